"""Full-text search over actors and documents (FTS5 tables `actors_fts` and `documents_fts`).

`match` is an FTS5 query the caller has already made safe (`faultlines.web.pages.fts_query` quotes every word)."""

from __future__ import annotations

import sqlite3
from typing import TypedDict

from ..records import ActorKind
from .rows import dicts, scalar


class ActorHit(TypedDict):
    id: str
    name: str
    kind: ActorKind
    country: str | None


class DocumentHit(TypedDict):
    id: str
    title: str | None
    published: str | None
    source: str | None
    snippet: str | None


def actors(conn: sqlite3.Connection, match: str, *, limit: int = 20) -> list[ActorHit]:
    """Actors whose name matches, best first."""
    return dicts(conn,
                 "SELECT a.id, a.name, a.kind, a.country FROM actors_fts JOIN actors a ON a.rowid = actors_fts.rowid "
                 "WHERE actors_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit), as_=ActorHit)


def documents_matching(conn: sqlite3.Connection, match: str, *, cap: int) -> int:
    """How many documents match, counting no further than `cap` (ranking costs as much as there are matches)."""
    return int(scalar(conn, "SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)",
                      (match, cap)))


def documents(conn: sqlite3.Connection, match: str, *, limit: int, offset: int, newest: bool,
              marks: tuple[str, str]) -> list[DocumentHit]:
    """One page of matching documents, by relevance (bm25) or newest first, each with a snippet whose hits
    are wrapped in `marks` (characters the caller turns into markup)."""
    order = "documents_fts.rowid DESC" if newest else "rank"
    return dicts(conn,
                 "SELECT d.id, d.title, d.published, d.source, "
                 "snippet(documents_fts, 1, ?, ?, '…', 16) AS snippet "
                 "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ? "
                 f"ORDER BY {order} LIMIT ? OFFSET ?", (marks[0], marks[1], match, limit, offset), as_=DocumentHit)
