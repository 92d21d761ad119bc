"""Exports from the store: PLOVER JSON Lines, ACLED-style CSV, a flat events CSV, GraphML and GEXF.

By default events from syndicated copies (documents whose `dup_of` is another document) are left
out, so a wire story reprinted fifty times is exported once; `include_copies=True` keeps them.
Every writer is hardened the same way (`safe`): CSV cells never start a spreadsheet formula, XML labels
carry no control characters, and the CLI writes files atomically.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from importlib import import_module
from typing import IO, TYPE_CHECKING, Any

from .safe import atomic_output, csv_row

if TYPE_CHECKING:
    from ..actors import Dictionary
    from .rows import Row

__all__ = ["ACLED_COLUMNS", "BINARY", "CSV_COLUMNS", "FORMATS", "Row", "atomic_output", "export", "file_graph",
           "iter_rows", "signed_graph", "write_graph"]
# The writers load on first use, so that `faultlines --help` and the error helpers stay fast.
_LAZY = {"ACLED_COLUMNS": "acled", "Row": "rows", "iter_rows": "rows", "file_graph": "graph",
         "signed_graph": "graph", "write_graph": "graph"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

FORMATS = ("plover", "acled", "csv", "graphml", "gexf")
BINARY = ("graphml", "gexf")
CSV_COLUMNS = (
    "doc_id", "evidence_id", "event_id", "type", "mode", "sign", "polarity", "source", "source_name",
    "target", "target_name", "place", "place_name", "lat", "lon", "date", "fatalities", "voice_kind", "voice_name",
    "start", "end", "text", "title", "published", "outlet", "url", "origin",
)


def _coder() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"faultlines {version('faultlines')}"
    except PackageNotFoundError:
        return "faultlines"


def csv_record(r: Row) -> dict[str, Any]:
    e, d, p = r.event, r.doc, r.place
    return {
        "doc_id": d.id, "evidence_id": d.evidence_id, "event_id": e.id, "type": e.type, "mode": e.mode,
        "sign": e.sign, "polarity": e.polarity, "source": e.source,
        "source_name": r.source.name if r.source is not None else None, "target": e.target,
        "target_name": r.target.name if r.target is not None else None, "place": e.place,
        "place_name": p.name if p is not None else None, "lat": p.lat if p is not None else None,
        "lon": p.lon if p is not None else None, "date": e.date,
        "fatalities": e.fatalities.value if e.fatalities is not None else None,
        "voice_kind": e.voice.kind, "voice_name": e.voice.name, "start": e.start, "end": e.end, "text": e.text,
        "title": d.title, "published": d.published, "outlet": d.outlet, "url": d.url, "origin": d.origin,
    }


def export(conn: sqlite3.Connection, fmt: str, out: IO[Any], *, include_copies: bool = False,
           keep_undated: bool = False, skipped: Counter[str] | None = None,
           dictionary: Dictionary | None = None) -> int:
    """Write the store's events to `out` (binary for graphml/gexf, text otherwise) in `fmt`; returns how many
    records (edges for a graph) were written. Events a format cannot hold are counted in `skipped` by reason;
    `keep_undated` writes events with no date at all anyway (date null / empty: outside PLOVER's and ACLED's rules)."""
    from .acled import ACLED_COLUMNS, acled_record
    from .graph import signed_graph, write_graph
    from .plover import plover_record
    from .rows import iter_rows

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    skipped = skipped if skipped is not None else Counter()
    if fmt in BINARY:
        g = signed_graph(conn, dictionary=dictionary)
        write_graph(g, fmt, out)
        return int(g.number_of_edges())
    n = 0
    rows = iter_rows(conn, include_copies=include_copies)
    if fmt == "plover":
        coder = _coder()
        for r in rows:
            rec = plover_record(r, coder=coder)
            if rec["date"] is None and not keep_undated:
                skipped["no date (PLOVER requires one; --keep-undated writes them with date null)"] += 1
                continue
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    columns = ACLED_COLUMNS if fmt == "acled" else CSV_COLUMNS
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        if fmt == "acled":
            if r.event.polarity != "asserted":
                continue  # ACLED records events that happened, not denials, threats of the future or questions
            row = acled_record(r, keep_undated=keep_undated)
            if row is None:
                skipped["no date (ACLED requires one; --keep-undated writes them with an empty event_date)"] += 1
                continue
        else:
            row = csv_record(r)
        writer.writerow(csv_row(row))
        n += 1
    return n
