"""Read-only access to the store for the web layer: one connection per thread, small caches."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ..records import Facts
from ..store import Store

T = TypeVar("T")


class Reader:
    """Opens the store read-only, once per worker thread; never writes (the store is `mode=ro`)."""

    def __init__(self, path: str | Path, *, cache_size: int = 64, facts_cache_size: int = 512) -> None:
        self.path = Path(path)
        Store(self.path, readonly=True).close()  # fail early, with the store's own one-line error
        self._local = threading.local()
        self._lock = threading.Lock()
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_size = cache_size
        self._facts: OrderedDict[Hashable, Any] = OrderedDict()
        self._facts_size = facts_cache_size
        self._computing: dict[Hashable, threading.Lock] = {}

    @property
    def conn(self) -> sqlite3.Connection:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True)
            self._local.store = store
        return store.conn

    def _total_docs(self) -> int:
        """The store only grows (documents are never rewritten), so the last rowid marks its state."""
        return int(self.conn.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 0)

    def cached(self, key: Hashable, make: Callable[[], T], *, small: bool = False) -> T:
        """Memoise a read until the store grows; one thread computes a missing value, the others wait.

        `small` values (one document's facts) live in their own LRU so that they never push the
        expensive ones (the network, the tensions) out.
        """
        cache, size = (self._facts, self._facts_size) if small else (self._cache, self._cache_size)
        full = (key, self._total_docs())
        with self._lock:
            if full in cache:
                cache.move_to_end(full)
                return cache[full]  # type: ignore[no-any-return]
            lock = self._computing.setdefault(full, threading.Lock())
        with lock:
            with self._lock:
                if full in cache:
                    return cache[full]  # type: ignore[no-any-return]
            value = make()
            with self._lock:
                cache[full] = value
                self._computing.pop(full, None)
                while len(cache) > size:
                    cache.popitem(last=False)
        return value

    def facts(self, doc_id: str) -> Facts | None:
        """One document's full facts (offsets of triggers and mentions live only there)."""
        def load() -> Facts | None:
            row = self.conn.execute("SELECT facts FROM documents WHERE id = ?", (doc_id,)).fetchone()
            return Facts.from_dict(json.loads(row[0])) if row else None
        return self.cached(("facts", doc_id), load, small=True)

    def iter_facts(self) -> Iterator[Facts]:
        """Every document's facts (lets the analysis read the store through this reader)."""
        for row in self.conn.execute("SELECT facts FROM documents ORDER BY rowid"):
            yield Facts.from_json(row[0])

    def rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def row(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> dict[str, Any] | None:
        r = self.conn.execute(sql, tuple(params)).fetchone()
        return dict(r) if r else None

    def close(self) -> None:
        store = getattr(self._local, "store", None)
        if store is not None:
            store.close()
            self._local.store = None
