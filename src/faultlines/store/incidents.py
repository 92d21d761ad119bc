"""The incidents' SQL: fuse the documents not yet fused into the stored incidents, and read incidents back.

Incremental and idempotent: a document is fused once (`incident_reports` remembers it, with or without a
report); only the incidents that gain a report are summarised again. Re-running changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..analysis.incidents import THRESHOLD, WINDOW_DAYS, Incident, Report, fuse, report_of, summary, tensions
from ..records import Facts, Tension

_LIGHT = ("segments", "quotes", "tensions")  # parts of the facts fusion does not read


@dataclass(frozen=True)
class Fusion:
    """What one `fuse_store` run did."""

    documents: int  # documents read for the first time
    reports: int  # of them, those reporting a happening
    opened: int  # new incidents
    attached: int  # reports attached to incidents that already existed


def _report_json(r: Report) -> str:
    d = asdict(r)
    d["keys"] = sorted(r.keys)
    return json.dumps(d, ensure_ascii=False)


def _report(text: str) -> Report:
    d = json.loads(text)
    d["keys"] = frozenset(d["keys"])
    for k in ("sources", "targets", "denied", "events", "denials", "people", "cues", "recalls", "rose"):
        d[k] = tuple(d.get(k, ()))  # `denials`, `people`, `cues`, `recalls`: absent from an older faultlines' reports
    d["guessed"] = tuple(tuple(g) for g in d.get("guessed", ()))
    return Report(**d)


def _facts(text: str) -> Facts:
    obj = json.loads(text)
    for k in _LIGHT:
        obj[k] = []
    return Facts.from_dict(obj)


def stored_incidents(conn: sqlite3.Connection) -> list[Incident]:
    """Every stored incident with its reports (in the order they were attached)."""
    incs: dict[str, Incident] = {}
    for inc_id, text in conn.execute("SELECT incident_id, report FROM incident_reports "
                                     "WHERE incident_id IS NOT NULL ORDER BY rowid"):
        incs.setdefault(inc_id, Incident(inc_id)).add(_report(text))
    for alias, inc_id in conn.execute("SELECT alias, incident_id FROM incident_aliases ORDER BY alias"):
        if inc_id in incs:
            incs[inc_id].merged.append(alias)
    return list(incs.values())


def fuse_store(conn: sqlite3.Connection, *, threshold: float = THRESHOLD, window: int = WINDOW_DAYS) -> Fusion:
    """Fuse the documents that have not been fused yet; write their reports and the touched incidents."""
    fresh = conn.execute("SELECT d.id, d.facts FROM documents d LEFT JOIN incident_reports r ON r.doc_id = d.id "
                         "WHERE r.doc_id IS NULL ORDER BY d.id").fetchall()
    if not fresh:
        return Fusion(0, 0, 0, 0)
    reports = []
    empty = []
    for doc_id, text in fresh:
        r = report_of(_facts(text))
        (reports.append(r) if r is not None else empty.append(doc_id))
    existing = stored_incidents(conn)
    before = {inc.id: len(inc.reports) for inc in existing}
    stored = {r.doc_id for inc in existing for r in inc.reports}
    fused = fuse(reports, existing, threshold=threshold, window=window)
    touched = [inc for inc in fused if len(inc.reports) != before.get(inc.id, 0)]
    rows = [(r.doc_id, inc.id, _report_json(r)) for inc in touched for r in inc.reports if r.doc_id not in stored]
    gone = [(alias, inc.id) for inc in touched for alias in inc.merged if alias in before]
    with conn:
        conn.executemany("INSERT OR IGNORE INTO incident_reports(doc_id, incident_id, report) VALUES (?,?,?)", rows)
        conn.executemany("INSERT OR IGNORE INTO incident_reports(doc_id, incident_id, report) VALUES (?,NULL,NULL)",
                         [(i,) for i in empty])
        for alias, kept in gone:  # an incident merged into an older one: its reports move, its id stays an alias
            conn.execute("UPDATE incident_reports SET incident_id = ? WHERE incident_id = ?", (kept, alias))
            conn.execute("DELETE FROM incidents WHERE id = ?", (alias,))
            conn.execute("UPDATE incident_aliases SET incident_id = ? WHERE incident_id = ?", (kept, alias))
            conn.execute("INSERT OR REPLACE INTO incident_aliases(alias, incident_id) VALUES (?,?)", (alias, kept))
        for inc in touched:
            s = summary(inc)
            conn.execute('INSERT OR REPLACE INTO incidents(id, type, start, "end", n_documents, n_contested, summary) '
                         "VALUES (?,?,?,?,?,?,?)", (inc.id, s["type"], s["start"], s["end"], len(inc.reports),
                                                    len(s["contested"]), json.dumps(s, ensure_ascii=False)))
    opened = sum(1 for inc in touched if inc.id not in before)
    return Fusion(documents=len(fresh), reports=len(reports), opened=opened,
                  attached=sum(1 for inc in touched if inc.id in before))


def has_incidents(conn: sqlite3.Connection) -> bool:
    """Whether the store has the incidents' tables (a store written by an older faultlines, opened read-only, has not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incidents'").fetchone() is not None


def forget_incidents(conn: sqlite3.Connection) -> None:
    """Drop every incident and fused report, so that the next `fuse_store` fuses the whole store again."""
    with conn:
        conn.execute("DELETE FROM incident_reports")
        conn.execute("DELETE FROM incidents")
        conn.execute("DELETE FROM incident_aliases")


@dataclass(frozen=True)
class IncidentFilters:
    """Which incidents to list: dates overlap [since, until], type, at least `min_documents`, contested only."""

    since: str | None = None
    until: str | None = None
    type: str | None = None
    min_documents: int = 1
    contested: bool = False
    place: str | None = None  # a substring of the place name, case-insensitive


def iter_incidents(conn: sqlite3.Connection, filters: IncidentFilters | None = None) -> Iterator[dict[str, Any]]:
    """Stored incidents, earliest first, as their JSON objects."""
    f = filters or IncidentFilters()
    sql = "SELECT summary FROM incidents WHERE n_documents >= ?"
    args: list[Any] = [f.min_documents]
    if f.since:
        sql += ' AND coalesce("end", start) >= ?'
        args.append(f.since)
    if f.until:
        sql += " AND start <= ?"
        args.append(f.until + "\uffff")
    if f.type:
        sql += " AND type = ?"
        args.append(f.type.upper())
    if f.contested:
        sql += " AND n_contested > 0"
    for (text,) in conn.execute(sql + " ORDER BY start IS NULL, start, id", args):
        obj = json.loads(text)
        name = ((obj.get("place") or {}).get("name") or "").lower()
        if f.place and f.place.lower() not in name:
            continue
        yield obj


def incident_of(conn: sqlite3.Connection, doc_id: str) -> str | None:
    """The incident a document's report belongs to, if any."""
    row = conn.execute("SELECT incident_id FROM incident_reports WHERE doc_id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def incident_tensions(conn: sqlite3.Connection, filters: IncidentFilters | None = None) -> list[Tension]:
    """Every stored incident's disagreements (toll, perpetrator) as `contested` tensions, most outlets first;
    event refs are "doc_id/event_id". None when the store has no incidents' tables (an older store, read-only)."""
    if not has_incidents(conn):
        return []
    f = filters or IncidentFilters()
    out = [t for rec in iter_incidents(conn, replace(f, contested=True)) for t in tensions(rec)]
    return sorted(out, key=lambda t: (-t.strength, t.id))
