"""The `.json` twins serialised with `json.dumps` send the bytes FastAPI's `jsonable_encoder` and `JSONResponse`
sent (the edge's, tension's, document's, search's, map's and the actor picker's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from faultlines.web import create_app, pages
from faultlines.web.db import Reader
from faultlines.web.network import View, evidence, network
from tests.web_fixtures import build_store, desk_facts


def _fastapi(data: Any) -> bytes:
    return bytes(JSONResponse(jsonable_encoder(data)).body)


def test_json_twins_are_the_bytes_fastapi_sent(tmp_path: Path) -> None:
    db = build_store(tmp_path / "j.db", *desk_facts())
    client = TestClient(create_app(db, rate=0))
    reader = Reader(db)
    edges = network(reader, View())["edges"]
    tensions = pages.tensions(reader)
    docs = [r[0] for r in reader.conn.execute("SELECT id FROM documents")]
    assert edges and tensions and len(docs) >= 3
    cases: list[tuple[str, dict[str, Any], Any]] = [("/actors.json", {}, {"actors": pages.actor_choices(reader)})]
    for e in edges:
        for page in (1, 2):
            cases.append(("/edge.json", {"source": e["source"], "target": e["target"], "page": page},
                          evidence(reader, e["source"], e["target"], View(), page=page)))
    cases += [("/tension.json", {"id": t["id"]}, pages.tension(reader, t["id"])) for t in tensions]
    cases += [(f"/document/{d}.json", {}, pages.document(reader, d)) for d in docs]
    cases += [("/search.json", {"q": q}, pages.search(reader, q)) for q in ("militia", "hashd", "state dep", "")]
    for f in (View(), View(voices=frozenset({"author"}))):
        cases.append(("/map.json", f.query(), {"filters": f.query(), "places": pages.event_places(reader, f)}))
    for path, params, data in cases:
        got = client.get(path, params=params)
        assert got.status_code == 200 and got.headers["content-type"] == "application/json", path
        assert got.content == _fastapi(data), (path, params)
    assert any(e["events"] for e in (c[2] for c in cases if c[0] == "/edge.json"))
    assert any(c[2]["places"] for c in cases if c[0] == "/map.json")
    assert client.get("/tension.json", params={"id": "none"}).status_code == 404
