"""Near-duplicate (syndicated) copies: MinHash LSH over word shingles, from `datasketch`.

One wire story reprinted by fifty outlets is one piece of evidence with fifty publications: every
stored document belongs to a cluster whose representative (`dup_of`) is its earliest-published
member, so the analysis can count a cluster once (`document_evidence`, `event_evidence` views).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .records import Document

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme; stored with each signature
SHINGLE = 4  # words per shingle
THRESHOLD = 0.7  # estimated Jaccard similarity above which two documents are copies

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Lower-cased word k-grams; a text shorter than k words is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes (NUM_PERM unsigned 64-bit integers)."""
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m.hashvalues.astype(np.uint64).tobytes()


def _lean(sig: bytes) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(sig, dtype=np.uint64), scheme=SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))


def publication_rows(document: Document, doc_id: str | None = None) -> tuple:
    """A `publications` row: where and when this text was published (one per input location)."""
    d = document
    return (doc_id or d.id, d.origin or "", d.url, d.source, d.published, d.title)


def record_publications(conn: sqlite3.Connection, rows: Iterable[tuple]) -> None:
    """Insert publications without committing (the caller's transaction decides); repeats are ignored."""
    conn.executemany("INSERT OR IGNORE INTO publications(doc_id, origin, url, source, published, title) "
                     "VALUES (?,?,?,?,?,?)", list(rows))


def record_signatures(conn: sqlite3.Connection, rows: Iterable[tuple[str, bytes]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO minhashes(doc_id, num_perm, seed, scheme, hashvalues) VALUES (?,?,?,?,?)",
                     [(i, NUM_PERM, SEED, SCHEME, s) for i, s in rows])


@dataclass(frozen=True)
class Clustering:
    """The result of `update_clusters`: how many documents are copies of another, in how many clusters."""

    documents: int
    near_duplicates: int
    clusters: int


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def update_clusters(conn: sqlite3.Connection, *, threshold: float = THRESHOLD) -> Clustering:
    """Sign documents that lack a signature, then recompute every cluster (deterministic in the store's content)."""
    missing = conn.execute("SELECT d.id, d.text FROM documents d LEFT JOIN minhashes m ON m.doc_id = d.id "
                           "WHERE m.doc_id IS NULL").fetchall()
    with conn:
        record_signatures(conn, ((r[0], signature(r[1])) for r in missing))
    rows = conn.execute("SELECT m.doc_id, m.hashvalues, d.published FROM minhashes m "
                        "JOIN documents d ON d.id = m.doc_id WHERE m.num_perm = ? AND m.seed = ? AND m.scheme = ? "
                        "ORDER BY m.doc_id", (NUM_PERM, SEED, SCHEME)).fetchall()
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sigs: dict[str, bytes] = {}
    published: dict[str, str | None] = {}
    for doc_id, sig, pub in rows:
        sigs[doc_id] = sig
        published[doc_id] = pub
        lsh.insert(doc_id, _lean(sig))
    uf = _UnionFind()
    for doc_id, sig in sigs.items():
        for other in lsh.query(_lean(sig)):
            if other != doc_id and similarity(sig, sigs[other]) >= threshold:
                uf.union(doc_id, other)
    groups: dict[str, list[str]] = {}
    for doc_id in uf.parent:
        groups.setdefault(uf.find(doc_id), []).append(doc_id)
    out: list[tuple[str, str, float]] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        rep = min(members, key=lambda i: (published[i] or "9999", i))
        out.extend((m, rep, 1.0 if m == rep else round(similarity(sigs[m], sigs[rep]), 3)) for m in members)
    with conn:
        conn.execute("DELETE FROM clusters")
        conn.executemany("INSERT INTO clusters(doc_id, dup_of, similarity) VALUES (?,?,?)", out)
    n_clusters = sum(1 for m in groups.values() if len(m) > 1)
    return Clustering(documents=len(sigs), near_duplicates=len(out) - n_clusters, clusters=n_clusters)


def dup_of(conn: sqlite3.Connection) -> dict[str, str]:
    """Document id -> the id of the document it is a copy of (only for copies)."""
    return {r[0]: r[1] for r in conn.execute("SELECT doc_id, dup_of FROM clusters WHERE doc_id != dup_of")}

