"""`Corpus`: the library entry point over a store — ingest, then ask for the network and its fault lines.

    from faultlines import Corpus
    corpus = Corpus("news.db")
    corpus.ingest(["articles/"])
    for t in corpus.tensions(): print(t.kind, t.summary)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .store import Store

if TYPE_CHECKING:
    from .analysis import Filters, Network
    from .records import Facts, Tension
    from .run import Summary


class Corpus:
    """A faultlines store with the analyses on top; every CLI command over `--db` is a method here."""

    def __init__(self, path: str | Path = "faultlines.db", *, readonly: bool = False,
                 actors_files: list[Path] | None = None) -> None:
        self.path = Path(path)
        self.store = Store(self.path, readonly=readonly)
        self.actors_files = list(actors_files or [])
        self._dictionary: Any = None

    @property
    def dictionary(self) -> Any:
        if self._dictionary is None:
            from .actors import load_dictionary

            self._dictionary = load_dictionary(self.actors_files)
        return self._dictionary

    def ingest(self, paths: list[str | Path], *, workers: int = 1, dask: str | None = None) -> Summary:
        """Read files, directories, JSONL or WARC into the store (idempotent; rejects are recorded)."""
        from .run import WorkerConfig, ingest

        config = WorkerConfig(actors_files=tuple(str(p) for p in self.actors_files)) if self.actors_files else None
        return ingest([str(p) for p in paths], str(self.path), workers=workers, dask=dask, config=config)

    def add(self, facts: Facts) -> bool:
        """Store one document's facts; False when it was already there."""
        return self.store.add(facts)

    def facts(self, doc_id: str) -> Facts | None:
        return self.store.facts(doc_id)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return self.store.iter_facts()

    def __len__(self) -> int:
        return self.store.count("documents")

    def network(self, *, level: str = "group", filters: Filters | None = None) -> Network:
        """The signed actor network with its factions (see `faultlines.analysis.build_network`)."""
        from .analysis import build_network

        return build_network(self.store, level=level, filters=filters, dictionary=self.dictionary)

    def tensions(self, *, level: str = "group", filters: Filters | None = None,
                 limit: int | None = None) -> list[Tension]:
        """The fault lines, strongest first."""
        from .analysis import corpus_tensions

        return corpus_tensions(self.store, dictionary=self.dictionary, filters=filters, level=level, limit=limit)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
