"""The write path: one document's facts as rows, their columns derived from the records' fields.

A record's scalar field is the column of its name; a nested record `f` (Voice, Toll, Mention) is the columns
`f_<field>`; a tuple of strings is a JSON list; a tuple of records is a child table (mentions) or stays in the
facts JSON (an event's evidence). Adding a field to a record therefore needs a migration adding its column.
"""

from __future__ import annotations

import json
import sqlite3
import typing
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, get_args, get_origin

from ..records import Actor, Count, Document, Event, Facts, Mention, Place, Quote, Segment, Tension
from .actor_mentions import add_document as add_actor_mentions
from .actor_relations import add_document as add_actor_relations
from .actor_years import add_document as add_actor_years
from .edges import add_document as add_edges
from .pairs import add_document as add_pairs

# Fields kept only in the facts JSON: reader markup, per-document aliases of a corpus-wide actor row.
ELSEWHERE: dict[type, frozenset[str]] = {Document: frozenset({"hints"}), Actor: frozenset({"aliases"})}
# Columns named before this writer derived them (migration 004_tolls).
RENAMED = {"fatalities_value": "fatalities"}
# Each record's table and the keys that tie its rows to the document (or to the actor / place mentioned).
TABLES: dict[type, str] = {Document: "documents", Segment: "segments", Actor: "actors", Event: "events",
                           Quote: "quotes", Count: "counts", Place: "places", Tension: "tensions"}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _record(hint: Any) -> type | None:
    """The record class a field holds (`Voice`, `Mention | None`), else None."""
    for h in (hint, *get_args(hint)):
        if isinstance(h, type) and is_dataclass(h):
            return h
    return None


def _is_records(hint: Any) -> bool:
    """A tuple of records (mentions, evidence): stored as child rows or in the facts JSON, never as a column."""
    return get_origin(hint) is tuple and _record(get_args(hint)[0]) is not None


@cache
def columns(cls: type) -> tuple[str, ...]:
    """The columns a record of `cls` fills, in field order."""
    out: list[str] = []
    for f in fields(cls):
        hint = _hints(cls)[f.name]
        if f.name in ELSEWHERE.get(cls, ()) or _is_records(hint):
            continue
        sub = _record(hint)
        if sub is not None:
            out.extend(RENAMED.get(f"{f.name}_{c}", f"{f.name}_{c}") for c in columns(sub))
        else:
            out.append(f.name)
    return tuple(out)


def values(record: Any) -> tuple[Any, ...]:
    """The record's values for `columns(type(record))`."""
    cls: type = type(record)
    out: list[Any] = []
    for f in fields(cls):
        hint = _hints(cls)[f.name]
        if f.name in ELSEWHERE.get(cls, ()) or _is_records(hint):
            continue
        v = getattr(record, f.name)
        sub = _record(hint)
        if sub is not None:
            out.extend(values(v) if v is not None else (None,) * len(columns(sub)))
        elif isinstance(v, tuple):
            out.append(json.dumps(list(v)))
        else:
            out.append(v)
    return tuple(out)


def _sql(table: str, cols: tuple[str, ...], conflict: str = "") -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table}({names}) VALUES ({', '.join('?' * len(cols))}){conflict}"


def _rows(conn: sqlite3.Connection, cls: type, keys: tuple[str, ...], rows: list[tuple[Any, ...]],
          conflict: str = "") -> None:
    if rows:
        conn.executemany(_sql(TABLES[cls], keys + columns(cls), conflict), rows)


def _mentions(conn: sqlite3.Connection, table: str, key: str, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        conn.executemany(_sql(table, ("doc_id", key) + columns(Mention)), rows)


def insert(conn: sqlite3.Connection, f: Facts) -> None:
    """Write one document's facts (the caller holds the transaction and has checked it is new)."""
    d = f.document
    conn.execute(_sql("documents", columns(Document) + ("n_words", "facts")),
                 values(d) + (len(d.text.split()), f.to_json()))
    doc = (d.id,)
    _rows(conn, Segment, ("doc_id",), [doc + values(s) for s in f.segments])
    skip = " ON CONFLICT(id) DO NOTHING"
    _rows(conn, Actor, (), [values(a) for a in f.actors], skip)
    _mentions(conn, "mentions", "actor_id", [(d.id, a.id, *values(m)) for a in f.actors for m in a.mentions])
    _rows(conn, Event, ("doc_id",), [doc + values(e) for e in f.events])
    _rows(conn, Quote, ("doc_id",), [doc + values(q) for q in f.quotes])
    _rows(conn, Count, ("doc_id",), [doc + values(n) for n in f.counts])
    _rows(conn, Place, (), [values(p) for p in f.places], skip)
    _mentions(conn, "place_mentions", "place_id", [(d.id, p.id, *values(m)) for p in f.places for m in p.mentions])
    _rows(conn, Tension, ("doc_id",), [doc + values(t) for t in f.tensions])
    add_pairs(conn, f)
    add_actor_years(conn, f)
    add_actor_mentions(conn, f)
    add_actor_relations(conn, f)
    add_edges(conn, f)
