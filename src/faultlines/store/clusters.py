"""SQL behind near-duplicate clustering: publications, MinHash signatures and the `clusters` table.

The MinHash arithmetic lives in `faultlines.dedupe`; these functions only read and write rows, without
committing unless they say so (the caller's transaction decides)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from .edges import has_edges, recount_copies


@dataclass(frozen=True)
class Publication:
    """Where and when one text was published (one row per input location)."""

    doc_id: str
    origin: str
    url: str | None
    source: str | None
    published: str | None
    title: str | None


@dataclass(frozen=True)
class Signed:
    """A stored signature with the document's publication date (the cluster's representative is the earliest)."""

    doc_id: str
    hashvalues: bytes
    published: str | None


def record_publications(conn: sqlite3.Connection, rows: Iterable[Publication]) -> None:
    """Insert publications without committing; repeats are ignored."""
    conn.executemany("INSERT OR IGNORE INTO publications(doc_id, origin, url, source, published, title) "
                     "VALUES (?,?,?,?,?,?)",
                     [(p.doc_id, p.origin, p.url, p.source, p.published, p.title) for p in rows])


def record_signatures(conn: sqlite3.Connection, rows: Iterable[tuple[str, bytes]], *, num_perm: int, seed: int,
                      scheme: str) -> None:
    """Insert (doc id, signature) rows without committing; a document already signed keeps its signature."""
    conn.executemany("INSERT OR IGNORE INTO minhashes(doc_id, num_perm, seed, scheme, hashvalues) VALUES (?,?,?,?,?)",
                     [(i, num_perm, seed, scheme, s) for i, s in rows])


def unsigned(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(id, text) of every stored document that has no signature yet."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT d.id, d.text FROM documents d LEFT JOIN minhashes m ON m.doc_id = d.id WHERE m.doc_id IS NULL")]


def signatures(conn: sqlite3.Connection, *, num_perm: int, seed: int, scheme: str) -> list[Signed]:
    """Every signature made with these MinHash settings, by document id."""
    return [Signed(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT m.doc_id, m.hashvalues, d.published FROM minhashes m JOIN documents d ON d.id = m.doc_id "
        "WHERE m.num_perm = ? AND m.seed = ? AND m.scheme = ? ORDER BY m.doc_id", (num_perm, seed, scheme))]


def replace_clusters(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, float]]) -> None:
    """Replace every cluster with (doc id, representative id, similarity) rows, in one transaction."""
    with conn:
        conn.execute("DELETE FROM clusters")
        conn.executemany("INSERT INTO clusters(doc_id, dup_of, similarity) VALUES (?,?,?)", list(rows))
        if has_edges(conn):
            recount_copies(conn)


def dup_of(conn: sqlite3.Connection) -> dict[str, str]:
    """Document id -> the id of the document it is a copy of (only for copies)."""
    return {r[0]: r[1] for r in conn.execute("SELECT doc_id, dup_of FROM clusters WHERE doc_id != dup_of")}
