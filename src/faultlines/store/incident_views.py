"""Keyed reads behind the incident page: an incident's stored record and its reports (written by
`store/incidents.py`, which fuses them)."""

from __future__ import annotations

import sqlite3

from .rows import scalar


def incident_summary(conn: sqlite3.Connection, incident_id: str) -> str | None:
    """The incident's JSON record, or None when there is no such incident."""
    value = scalar(conn, "SELECT summary FROM incidents WHERE id = ?", (current_id(conn, incident_id),))
    return str(value) if value is not None else None


def incident_reports(conn: sqlite3.Connection, incident_id: str) -> dict[str, str]:
    """Document id -> its report's JSON, for every document that reports this incident."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT doc_id, report FROM incident_reports WHERE incident_id = ? AND report IS NOT NULL",
        (current_id(conn, incident_id),))}


def current_id(conn: sqlite3.Connection, incident_id: str) -> str:
    """The id an incident is stored under now: its own, or that of the older incident it was merged into (a
    store written before incidents merged has no aliases)."""
    if scalar(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_aliases'", ()) is None:
        return incident_id
    value = scalar(conn, "SELECT incident_id FROM incident_aliases WHERE alias = ?", (incident_id,))
    return str(value) if value is not None else incident_id
