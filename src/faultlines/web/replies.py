"""The small pieces the explorer's routes share: serialised JSON bodies, a 404 for what is missing, same-site links
and one-line messages for wrong parameters."""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import HTTPException
from fastapi.responses import Response

from .db import Reader

T = TypeVar("T")
DOC_ID = r"^[A-Za-z0-9_.:-]{1,128}$"


def cached_json(reader: Reader, key: Any, make: Any) -> Response:
    """A cached, already-serialised JSON body for the expensive twins (network, tensions)."""
    body = reader.cached(key, lambda: json.dumps(make(), ensure_ascii=False, separators=(",", ":")).encode())
    return Response(body, media_type="application/json")


def dumped_json(data: Any) -> Response:
    """JSON as FastAPI would send it (same bytes: compact, UTF-8, no NaN), without its `jsonable_encoder` walk and
    response validation: 1.5-6 ms for an edge's, a tension's or a document's page of events (10 times `json.dumps`)."""
    return Response(json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(),
                    media_type="application/json")


def problem_line(err: Any) -> str:
    """`from: "yesterday" is not a date like 2014, 2014-06 or 2014-06-30` and the like."""
    where = ".".join(str(x) for x in err.get("loc", ())[1:]) or "request"
    value = err.get("input")
    shown = f" {json.dumps(value, ensure_ascii=False)[:60]}" if isinstance(value, str | int) else ""
    if where in ("from", "to"):
        return f"{where}:{shown} is not a date like 2014, 2014-06 or 2014-06-30"
    return f"{where}:{shown} {err.get('msg', 'is not valid').lower()}"


def site_url(path: str, params: dict[str, Any] | None = None, **more: Any) -> str:
    """A same-site link with its query parameters encoded (templates cannot splat dicts)."""
    return path + "?" + urlencode({**(params or {}), **more}, doseq=True)


def found_or_404(value: T | None) -> T:
    """The value, or a 404 when there is none."""
    if value is None:
        raise HTTPException(status_code=404, detail="not found")
    return value


def doc_id_or_404(doc_id: str) -> str:
    if not re.fullmatch(DOC_ID, doc_id):
        raise HTTPException(status_code=404, detail="not found")
    return doc_id
