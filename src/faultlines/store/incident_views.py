"""Keyed reads behind the incident page: an incident's stored record and its reports (written by
`store/incidents.py`, which fuses them)."""

from __future__ import annotations

import sqlite3

from .rows import scalar


def incident_summary(conn: sqlite3.Connection, incident_id: str) -> str | None:
    """The incident's JSON record, or None when there is no such incident."""
    value = scalar(conn, "SELECT summary FROM incidents WHERE id = ?", (incident_id,))
    return str(value) if value is not None else None


def incident_reports(conn: sqlite3.Connection, incident_id: str) -> dict[str, str]:
    """Document id -> its report's JSON, for every document that reports this incident."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT doc_id, report FROM incident_reports WHERE incident_id = ? AND report IS NOT NULL", (incident_id,))}
