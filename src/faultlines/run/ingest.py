"""Ingest a corpus into a store: read, skip what is stored, extract in parallel, write from one place.

Idempotent and resumable: documents are keyed by content hash and each batch is written in one
transaction (facts, signature, publications together), so a run killed at any point and run again
leaves the same store as one clean run.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..dedupe import (
    Clustering,
    Publication,
    publication_rows,
    record_publications,
    record_signatures,
    update_clusters,
)
from ..read import Reject, iter_documents
from ..records import Document
from ..store import Store
from .executors import Executor, make_executor
from .worker import Extracted, Outcome, WorkerConfig

BATCH_CHARS = 250_000  # a batch closes at this many characters (or `batch_size` documents)


@dataclass
class Summary:
    """What an ingest run did; `rejected` counts reasons, `rejects` keeps every rejected location."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    clusters: int = 0
    words: int = 0
    seconds: float = 0.0
    rejected: Counter[str] = field(default_factory=Counter)
    rejects: list[Reject] = field(default_factory=list)

    @property
    def n_rejected(self) -> int:
        return sum(self.rejected.values())

    def reject(self, r: Reject) -> None:
        self.rejects.append(r)
        self.rejected[reason_kind(r.reason)] += 1


def reason_kind(reason: str) -> str:
    """A reason without its particulars, for grouping: "language 'de' (p=1.00) ..." -> "language 'de'"."""
    return re.split(r"\s*[(:]", reason, maxsplit=1)[0].strip() or reason


def _batches(items: Iterable[Document | Reject], size: int) -> Iterator[list[Document | Reject]]:
    """Group a stream; rejects and documents travel together so the writer sees them in read order."""
    batch: list[Document | Reject] = []
    chars = 0
    for it in items:
        batch.append(it)
        if isinstance(it, Document):
            chars += len(it.text)
        if sum(isinstance(x, Document) for x in batch) >= size or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


class Ingest:
    """One ingest run into `store`, on `executor`; `progress(summary)` is called as batches are written."""

    def __init__(self, store: Store, executor: Executor, *, batch_size: int = 32,
                 progress: Callable[[Summary], Any] | None = None) -> None:
        self.store = store
        self.executor = executor
        self.batch_size = batch_size
        self.progress = progress or (lambda s: None)
        self.summary = Summary()
        self._in_flight: dict[str, list[Publication]] = {}  # doc id -> publications waiting for its outcome
        self._submitted: dict[Any, list[Document]] = {}  # future -> its batch

    def run(self, items: Iterable[Document | Reject]) -> Summary:
        t0 = time.perf_counter()
        pending: set[Any] = set()
        limit = 2 * max(1, self.executor.workers)
        for batch in _batches(self._fresh(items), self.batch_size):
            docs = [x for x in batch if isinstance(x, Document)]
            for r in (x for x in batch if isinstance(x, Reject)):
                self._write_reject(r)
            if docs:
                fut = self.executor.submit(docs)
                self._submitted[fut] = docs
                pending.add(fut)
            while len(pending) >= limit:
                pending = self._drain(pending)
            self.summary.seconds = time.perf_counter() - t0
            self.progress(self.summary)
        while pending:
            pending = self._drain(pending)
            self.summary.seconds = time.perf_counter() - t0
            self.progress(self.summary)
        clustering = finish(self.store)
        self.summary.near_duplicates = clustering.near_duplicates
        self.summary.clusters = clustering.clusters
        self.summary.seconds = time.perf_counter() - t0
        return self.summary

    def _fresh(self, items: Iterable[Document | Reject]) -> Iterator[Document | Reject]:
        """Documents not yet stored nor seen in this run; a repeat only adds a publication."""
        for it in items:
            if isinstance(it, Reject):
                yield it
                continue
            self.summary.read += 1
            if it.id in self._in_flight:
                self.summary.duplicates += 1
                self._in_flight[it.id].append(publication_rows(it))
            elif self.store.has(it.id):
                self.summary.duplicates += 1
                with self.store.conn:
                    record_publications(self.store.conn, [publication_rows(it)])
            else:
                self._in_flight[it.id] = [publication_rows(it)]
                yield it

    def _drain(self, pending: set[Any]) -> set[Any]:
        done = self.executor.wait(pending)
        for fut in done:
            self._write(self._submitted.pop(fut), self.executor.result(fut))
        return pending - done

    def _write(self, docs: list[Document], outcomes: list[Outcome]) -> None:
        extracted = [o for o in outcomes if isinstance(o, Extracted)]
        new = write(self.store, extracted,
                    [row for o in extracted for row in self._in_flight.get(o.facts.document.id, [])])
        self.summary.stored += new
        self.summary.duplicates += len(extracted) - new  # stored meanwhile by a concurrent run
        for o in extracted:
            self._in_flight.pop(o.facts.document.id, None)
            self.summary.words += o.n_words
        for d, out in zip(docs, outcomes, strict=True):
            if isinstance(out, Reject):  # the same text read at other locations is rejected there too
                self._write_reject(out)
                for row in self._in_flight.pop(d.id, [])[1:]:
                    self._write_reject(Reject(row.origin, out.reason))

    def _write_reject(self, r: Reject) -> None:
        self.store.add_reject(r.location, r.reason)
        self.summary.reject(r)


def write(store: Store, extracted: list[Extracted], publications: list[Publication]) -> int:
    """Store facts with their signatures and publications in one transaction; returns how many were new.

    The one write path of `ingest` and `read --db`, so both leave the same rows."""
    conn = store.conn
    # One transaction: these statements open it, `add_many` commits it (or rolls all of it back).
    record_signatures(conn, ((o.facts.document.id, o.minhash) for o in extracted))
    record_publications(conn, publications)
    return store.add_many([o.facts for o in extracted])


def finish(store: Store) -> Clustering:
    """After a run: sign what is unsigned, recompute the near-duplicate clusters, fuse new reports into incidents,
    keep the store's tensions for the explorer (`kept_tensions`)."""
    clustering = update_clusters(store.conn)
    from ..store.incidents import fuse_store  # the new reports join their incidents (store/incidents.py)

    fuse_store(store.conn)
    from ..actors import load_dictionary
    from ..analysis.tensions import keep_tensions  # the explorer reads the store's tensions by key

    keep_tensions(store, load_dictionary())
    return clustering


def ingest(paths: list[str], db: str, *, workers: int = 1, dask: str | None = None,
           config: WorkerConfig | None = None, progress: Callable[[Summary], Any] | None = None) -> Summary:
    """Read `paths` into the store at `db` with `workers` local processes or on the Dask cluster `dask`."""
    with Store(db, verify=True) as store:
        return ingest_into(store, paths, workers=workers, dask=dask, config=config, progress=progress)


def ingest_into(store: Store, paths: list[str], *, workers: int = 1, dask: str | None = None,
                config: WorkerConfig | None = None, progress: Callable[[Summary], Any] | None = None) -> Summary:
    """Read `paths` into an open store (see `ingest`)."""
    config = config or WorkerConfig()
    executor = make_executor(config, workers=workers, dask=dask)
    try:
        return Ingest(store, executor, batch_size=config.batch_size, progress=progress).run(iter_documents(paths))
    finally:
        executor.close()
