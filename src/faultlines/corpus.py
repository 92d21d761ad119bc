"""`Corpus`: the library over a store — ingest, then ask for the network, its fault lines, incidents, exports.

    from faultlines import Corpus
    corpus = Corpus("news.db")
    corpus.ingest(["articles/"])
    for t in corpus.tensions(): print(t.kind, t.summary)

Every command over `--db` opens a `Corpus`; the SQL it runs lives under `faultlines.store`.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .store import Store

if TYPE_CHECKING:
    from .actors.dictionary import Dictionary
    from .analysis import Filters, Network
    from .analysis.relations import Hierarchy
    from .dedupe import Clustering
    from .records import Facts, Tension
    from .run import Summary, WorkerConfig
    from .store.incidents import Fusion, IncidentFilters
    from .store.pairs import PairRow
    from .store.relations import ListedEvent


class Corpus:
    """A faultlines store with the analyses on top; every CLI command over `--db` is a method here."""

    def __init__(self, path: str | Path = "faultlines.db", *, readonly: bool = False, verify: bool = False,
                 actors_files: list[Path] | None = None,
                 on_bad_dictionary: Callable[[Exception], object] | None = None) -> None:
        """Open (and, for writing, migrate) the store at `path`; `verify` reads every page first.

        `on_bad_dictionary(error)`: when the actor files do not load, report it and analyse the store's actors
        alone (without it, the error is raised)."""
        self.path = Path(path)
        self.store = Store(self.path, readonly=readonly, verify=verify)
        self.actors_files = list(actors_files or [])
        self.on_bad_dictionary = on_bad_dictionary
        self._dictionary: Dictionary | None = None
        self._loaded = False

    @property
    def conn(self) -> sqlite3.Connection:
        """The store's connection, so that a Corpus can be handed to the analysis functions that take a store
        (`build_network(corpus)` reads it as a store: wire copies merged, not as loose facts)."""
        return self.store.conn

    @property
    def dictionary(self) -> Dictionary | None:
        """The actor dictionary (built-in plus `actors_files`), loaded on first use; None when it failed to load
        and `on_bad_dictionary` took the error."""
        if not self._loaded:
            from .actors import load_dictionary

            try:
                self._dictionary = load_dictionary(self.actors_files)
            except Exception as e:  # a broken dictionary must not stop the analysis of what is stored
                if self.on_bad_dictionary is None:
                    raise
                self.on_bad_dictionary(e)
            self._loaded = True
        return self._dictionary

    # -- writing ------------------------------------------------------------------------------
    def ingest(self, paths: Sequence[str | Path], *, workers: int = 1, dask: str | None = None,
               config: WorkerConfig | None = None, progress: Callable[[Summary], object] | None = None) -> Summary:
        """Read files, directories, JSONL or WARC into the store (idempotent; rejects are recorded).

        `config` sets the pipeline and admission (default: this corpus' actor files); `progress(summary)` is
        called as batches are written."""
        from .run import WorkerConfig
        from .run.ingest import ingest_into

        if config is None and self.actors_files:
            config = WorkerConfig(actors_files=tuple(str(p) for p in self.actors_files))
        return ingest_into(self.store, [str(p) for p in paths], workers=workers, dask=dask, config=config,
                           progress=progress)

    def add(self, facts: Facts) -> bool:
        """Store one document's facts with its publication and signature, as `ingest` does; False when it was
        already there (its publication is still recorded)."""
        from .dedupe import publication_rows, signature
        from .run.ingest import write
        from .run.worker import Extracted

        text = facts.document.text
        return write(self.store, [Extracted(facts, signature(text), len(text.split()))],
                     [publication_rows(facts.document)]) > 0

    def add_reject(self, location: str, reason: str) -> None:
        """Record an input that was not read, and why."""
        self.store.add_reject(location, reason)

    def finish(self) -> Clustering:
        """After adding documents: recompute the near-duplicate clusters and fuse new reports into incidents."""
        from .run.ingest import finish

        return finish(self.store)

    # -- reading ------------------------------------------------------------------------------
    def facts(self, doc_id: str) -> Facts | None:
        """One document's facts, or None when it is not stored."""
        return self.store.facts(doc_id)

    def __iter__(self) -> Iterator[Facts]:
        return self.store.iter_facts()

    def __len__(self) -> int:
        return self.store.count("documents")

    def count(self, table: str) -> int:
        """Rows in one of the store's tables (documents, events, actors, ...)."""
        return self.store.count(table)

    def network(self, *, level: str = "group", filters: Filters | None = None, max_blocs: int = 2) -> Network:
        """The signed actor network with its factions (see `faultlines.analysis.build_network`)."""
        from .analysis import build_network

        return build_network(self.store, level=level, filters=filters, dictionary=self.dictionary,
                             max_blocs=max_blocs)

    def tensions(self, *, level: str = "group", filters: Filters | None = None, kinds: Sequence[str] = (),
                 limit: int | None = None) -> list[Tension]:
        """The fault lines (of `kinds`; default every kind), strongest first."""
        found, _ = self.ranked_tensions(level=level, filters=filters, kinds=kinds)
        return found[:limit] if limit else found

    def ranked_tensions(self, *, level: str = "group", filters: Filters | None = None,
                        kinds: Sequence[str] = ()) -> tuple[list[Tension], Hierarchy]:
        """Every fault line, strongest first, with the hierarchy that names their actors (`Hierarchy.name`)."""
        from .analysis import KINDS
        from .analysis.tensions import ranked_tensions

        return ranked_tensions(self.store, dictionary=self.dictionary, filters=filters, kinds=kinds or KINDS,
                               level=level)

    def actors(self, *, kind: str | None = None, name: str | None = None) -> list[dict[str, Any]]:
        """Stored actors, most mentioned first, with parent name and counts (see `store.relations.actor_summaries`)."""
        from .store.relations import actor_summaries

        return actor_summaries(self.store.conn, kind=kind, name=name)

    def find_actors(self, text: str) -> set[str]:
        """Actor ids named `text` (id or name, any case); failing that, those whose name contains it."""
        from .store.relations import find_actors

        return find_actors(self.store.conn, text)

    def actor_names(self) -> dict[str, str]:
        """Every stored actor's name by id."""
        from .store.relations import actor_names

        return actor_names(self.store.conn)

    def listed_events(self) -> Iterator[ListedEvent]:
        """Every event, newest first (its own date, else its article's)."""
        from .store.relations import listed_events

        return listed_events(self.store.conn)

    def pairs(self, *, actor: str | None = None) -> list[PairRow]:
        """The per-pair relation aggregates the write path keeps (all, or those with `actor` at either end)."""
        from .store.pairs import pair_rows

        return pair_rows(self.store.conn, actor=actor)

    # -- incidents ----------------------------------------------------------------------------
    def fuse_incidents(self, *, rebuild: bool = False) -> Fusion:
        """Fuse the documents not fused yet into incidents (`rebuild`: forget the stored ones first)."""
        from .store.incidents import forget_incidents, fuse_store

        if rebuild:
            forget_incidents(self.store.conn)
        return fuse_store(self.store.conn)

    def has_incidents(self) -> bool:
        """True once incidents have been fused in this store."""
        from .store.incidents import has_incidents

        return has_incidents(self.store.conn)

    def incidents(self, filters: IncidentFilters | None = None) -> Iterator[dict[str, Any]]:
        """Stored incidents passing `filters`, earliest first (the incident JSON records)."""
        from .store.incidents import iter_incidents

        return iter_incidents(self.store.conn, filters)

    # -- exports ------------------------------------------------------------------------------
    def export(self, fmt: str, out: IO[Any], *, include_copies: bool = False, keep_undated: bool = False,
               skipped: Counter[str] | None = None) -> int:
        """Write the events in `fmt` (see `faultlines.export.export`; a graph uses this corpus' actor dictionary,
        as `network` does); returns how many records were written."""
        from .export import BINARY, export

        return export(self.store.conn, fmt, out, include_copies=include_copies, keep_undated=keep_undated,
                      skipped=skipped, dictionary=self.dictionary if fmt in BINARY else None)

    def export_incidents(self, out: IO[str]) -> int:
        """One ACLED row per fused incident; returns how many were written."""
        from .export.incidents import write_acled_incidents

        return write_acled_incidents(self.store.conn, out)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
