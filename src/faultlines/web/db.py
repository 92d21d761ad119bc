"""Read-only access to the store for the web layer: one `Corpus` per thread, small caches."""

from __future__ import annotations

import gc
import queue
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..corpus import Corpus
from ..records import Facts
from ..store import Store, kept_tensions, views

T = TypeVar("T")
_PINNED: ContextVar[tuple[int, str] | None] = ContextVar("faultlines_stamp", default=None)


PAGES_BYTES = 48 << 20  # bytes of page bodies kept: the 100,000-document store warms 850 (26 MB), 20-75 kB each


@dataclass(frozen=True)
class _Bucket:
    """Which cache a value lives in: `small` ones, `page` bodies (`absent`: whether a body shows nothing), or the
    expensive ones."""

    small: bool
    page: bool
    absent: Callable[[Any], bool] | None = None


def _size(value: object) -> int:
    """The bytes a page body holds (a body is bytes; anything else counts as nothing)."""
    return len(value) if isinstance(value, bytes | bytearray | str) else 0


@dataclass
class _Entry:
    value: Any
    generation: tuple[int, str]  # the store's state the value was computed from (`stamp`)
    made: float  # time.monotonic() when it was computed
    cost: float  # seconds it took
    size: int = 0  # bytes of a page body (counted against `pages_bytes`)


class LRU:
    """A thread-safe least-recently-used map of fixed size (values that never change once made)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class Reader:
    """Opens the store read-only, once per worker thread; never writes (the store is `mode=ro`).

    Computed values are cached per key and stamped with the store's generation (the last document
    rowid: documents are only ever added). When the store has grown, a value is recomputed at once if
    it took under `sync_cost` seconds or the store is small (under `stale_from` documents); a costlier one (the network, the tensions) is still served while one
    background thread recomputes it, at most every `refresh_factor` times what it cost (and `min_refresh`
    seconds), and rests `refresh_pause` times as long after each, so a long ingest never makes a reader
    wait on the analysis.
    """

    def __init__(self, path: str | Path, *, cache_size: int = 256, facts_cache_size: int = 512,
                 min_refresh: float = 1.0, refresh_factor: float = 3.0, sync_cost: float = 0.1,
                 stale_from: int = 5000, refresh_pause: float = 2.0, event_views_size: int = 4096,
                 pages_size: int = 1536, pages_bytes: int = PAGES_BYTES, absent_size: int = 64) -> None:
        self.path = Path(path)
        Corpus(self.path, readonly=True).close()  # fail early, with the store's own one-line error
        self._local = threading.local()
        self._lock = threading.Lock()
        self._cache: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._cache_size = cache_size
        self._facts: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._facts_size = facts_cache_size
        self._pages: OrderedDict[Hashable, _Entry] = OrderedDict()  # whole page bodies (an actor's, a place's, an edge's)
        self.pages_size, self.pages_bytes = pages_size, pages_bytes  # bodies kept at most: how many, bytes
        self.pages_held = 0  # bytes of the bodies in `_pages`
        self._absent: OrderedDict[Hashable, _Entry] = OrderedDict()  # pages of nothing: no such actor, place, edge
        self._absent_size = absent_size
        self._computing: dict[Hashable, threading.Lock] = {}
        self.min_refresh, self.refresh_factor, self.sync_cost = min_refresh, refresh_factor, sync_cost
        self.stale_from, self.refresh_pause = stale_from, refresh_pause
        self._pending: set[Hashable] = set()
        self._queue: queue.SimpleQueue[tuple[Hashable, Callable[[], Any], _Bucket]] = queue.SimpleQueue()
        self._refresher: threading.Thread | None = None
        self.event_views = LRU(event_views_size)  # rendered event views by (doc_id, event_id), shared by every page
        self.refreshes = 0  # stale values recomputed in the background so far (a whole page cached before is stale)

    @property
    def corpus(self) -> Corpus:
        """This thread's read-only `Corpus` over the store."""
        corpus: Corpus | None = getattr(self._local, "corpus", None)
        if corpus is None:
            corpus = Corpus(self.path, readonly=True)
            self._local.corpus = corpus
        return corpus

    @property
    def store(self) -> Store:
        return self.corpus.store

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection, for the store's query functions (`faultlines.store.views`, ...)."""
        return self.corpus.store.conn

    def generation(self) -> int:
        """The store only grows (documents are never rewritten), so the last rowid marks its state."""
        return views.generation(self.conn)

    _total_docs = generation

    def stamp(self) -> tuple[int, str]:
        """What cached values are stamped with: the generation, and when the writer last kept the tensions (read
        once per request inside `pinned`: a page asks for it once per cached value)."""
        pinned = _PINNED.get()
        return pinned if pinned is not None else kept_tensions.stamp(self.conn)

    @contextmanager
    def pinned(self) -> Iterator[tuple[int, str]]:
        """Read the stamp once; `stamp()` answers with it in this context (and the threads it runs code in)."""
        token = _PINNED.set(kept_tensions.stamp(self.conn))
        try:
            yield self.stamp()
        finally:
            _PINNED.reset(token)

    def cached(self, key: Hashable, make: Callable[[], T], *, small: bool = False, fixed: bool = False,
               page: bool = False, absent: Callable[[T], bool] | None = None) -> T:
        """Memoise a read per store generation; one thread computes a missing value, the others wait.

        `small` values (one document's facts) live in their own LRU so that they never push the
        expensive ones (the network, the tensions) out; `page` ones (a page's body, warmed at start for the
        busiest actors and places) in a third, bounded by count and by bytes, so that visits to documents never
        push them out; a small value or a page of nothing (None, or a value `absent` says is empty: an edge without
        events) in a small fourth, so that made-up ids never push either out. A `fixed` value, once found (not None),
        never changes as the store grows. A stale value is returned as it is and refreshed in the background.
        """
        bucket = _Bucket(small, page, absent)
        gen = self.stamp()
        fresh_only = getattr(self._local, "fresh_only", False)
        with self._lock:
            cache, e = self._held(key, bucket)
            if e is not None:
                cache.move_to_end(key)
                if e.generation == gen or (fixed and e.value is not None):
                    return e.value  # type: ignore[no-any-return]
                if not fresh_only and gen[0] >= self.stale_from and e.cost >= self.sync_cost:
                    self._schedule(key, make, bucket, e)
                    self._local.stale = True  # what is being made from it is stale too (see _compute)
                    return e.value  # type: ignore[no-any-return]
            lock = self._computing.setdefault(key, threading.Lock())
        with lock:
            with self._lock:
                _, e = self._held(key, bucket)
                if e is not None and e.generation >= gen:
                    return e.value  # type: ignore[no-any-return]
            return self._compute(key, make, bucket, gen)

    def _held(self, key: Hashable, bucket: _Bucket) -> tuple[OrderedDict[Hashable, _Entry], _Entry | None]:
        """Where the key's value is kept (called holding the lock), and its entry if there is one."""
        home = self._home(bucket)
        e = home.get(key)
        if e is not None or home is self._cache:
            return home, e
        return self._absent, self._absent.get(key)

    def _home(self, bucket: _Bucket) -> OrderedDict[Hashable, _Entry]:
        return self._pages if bucket.page else self._facts if bucket.small else self._cache

    def _compute(self, key: Hashable, make: Callable[[], T], bucket: _Bucket, gen: tuple[int, str]) -> T:
        outer = getattr(self._local, "stale", False)
        self._local.stale = False
        t0 = time.monotonic()
        try:
            value = make()
        finally:
            stale = self._local.stale  # made from a value served stale: stamped one generation back, made again
            self._local.stale = outer or stale  # once that value is fresh, never kept as current
        t1 = time.monotonic()
        if stale:
            gen = (gen[0] - 1, gen[1])
        if t1 - t0 > 0.5:
            gc.freeze()  # a long-lived value: keep the cyclic collector from walking it (multi-second pauses)
        with self._lock:
            self._keep(key, _Entry(value, gen, t1, t1 - t0, _size(value)), bucket)
            self._computing.pop(key, None)
        return value

    def _keep(self, key: Hashable, entry: _Entry, bucket: _Bucket) -> None:
        """Keep a value unless a newer one is kept already (called holding the lock); the least recently used go
        first while a cache is over its count (the page bodies: or over `pages_bytes`). A small value or a page
        of nothing (None, or what `absent` says is empty) is kept apart, in the LRU of `absent_size`."""
        home = self._home(bucket)
        _, old = self._held(key, bucket)
        if old is not None and old.generation > entry.generation:
            return
        gone = home.pop(key, None)
        if gone is not None and home is self._pages:
            self.pages_held -= gone.size
        self._absent.pop(key, None)
        if home is not self._cache and (entry.value is None or (bucket.absent is not None and bucket.absent(entry.value))):
            self._absent[key] = entry
            while len(self._absent) > self._absent_size:
                self._absent.popitem(last=False)
            return
        if home is self._pages:
            if entry.size > self.pages_bytes:
                return  # a body larger than the whole budget is made again on each visit, never kept
            self.pages_held += entry.size
        home[key] = entry
        size = self.pages_size if home is self._pages else self._facts_size if home is self._facts else self._cache_size
        while len(home) > size or (home is self._pages and self.pages_held > self.pages_bytes):
            _, gone = home.popitem(last=False)
            if home is self._pages:
                self.pages_held -= gone.size

    def _schedule(self, key: Hashable, make: Callable[[], Any], bucket: _Bucket, e: _Entry) -> None:
        """Queue a stale value for the refresher (called holding the lock)."""
        if key in self._pending or time.monotonic() - e.made < max(self.min_refresh, self.refresh_factor * e.cost):
            return
        self._pending.add(key)
        self._queue.put((key, make, bucket))
        if self._refresher is None or not self._refresher.is_alive():
            self._refresher = threading.Thread(target=self._refresh, daemon=True, name="faultlines-refresh")
            self._refresher.start()

    def _refresh(self) -> None:
        """Recompute stale values one at a time; what they read through `cached` is recomputed too."""
        self._local.fresh_only = True
        while True:
            try:
                key, make, bucket = self._queue.get(timeout=30)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._refresher = None
                        self.close()
                        return
                continue
            t0 = time.monotonic()
            try:
                lock = self._computing.setdefault(key, threading.Lock())
                with lock:
                    self._compute(key, make, bucket, self.stamp())
                self.refreshes += 1
            except Exception:  # noqa: BLE001 - the request path reports real errors; keep the stale value
                pass
            finally:
                with self._lock:
                    self._pending.discard(key)
            time.sleep(self.refresh_pause * (time.monotonic() - t0))  # leave the GIL to the requests

    def facts(self, doc_id: str) -> Facts | None:
        """One document's full facts (offsets of triggers and mentions live only there)."""
        return self.cached(("facts", doc_id), lambda: self.store.facts(doc_id), small=True, fixed=True)

    def iter_facts(self) -> Iterator[Facts]:
        """Every document's facts (lets the analysis read the store through this reader)."""
        return self.store.iter_facts()

    def close(self) -> None:
        corpus = getattr(self._local, "corpus", None)
        if corpus is not None:
            corpus.close()
            self._local.corpus = None
