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
from .store import clusters as stored
from .store.clusters import Publication, dup_of, record_publications

__all__ = ["Clustering", "Publication", "dup_of", "publication_rows", "record_publications", "record_signatures",
           "signature", "similarity", "shingles", "update_clusters"]

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
    return bytes(m.hashvalues.astype(np.uint64).tobytes())


def _lean(sig: bytes) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(sig, dtype=np.uint64), scheme=SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))


def publication_rows(document: Document, doc_id: str | None = None) -> Publication:
    """A `publications` row: where and when this text was published (one per input location)."""
    d = document
    return Publication(doc_id or d.id, d.origin or "", d.url, d.source, d.published, d.title)


def record_signatures(conn: sqlite3.Connection, rows: Iterable[tuple[str, bytes]]) -> None:
    """Store (doc id, signature) rows made with this module's MinHash settings, without committing."""
    stored.record_signatures(conn, rows, num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


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
    missing = stored.unsigned(conn)
    with conn:
        record_signatures(conn, ((doc_id, signature(text)) for doc_id, text in missing))
    rows = stored.signatures(conn, num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sigs: dict[str, bytes] = {}
    published: dict[str, str | None] = {}
    for row in rows:
        sigs[row.doc_id] = row.hashvalues
        published[row.doc_id] = row.published
        lsh.insert(row.doc_id, _lean(row.hashvalues))
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
    stored.replace_clusters(conn, out)
    n_clusters = sum(1 for m in groups.values() if len(m) > 1)
    return Clustering(documents=len(sigs), near_duplicates=len(out) - n_clusters, clusters=n_clusters)
