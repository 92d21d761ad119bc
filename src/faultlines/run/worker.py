"""The per-document work, the same on a local process pool and on Dask: admit, extract, sign.

A worker process loads one `Pipeline` (spaCy model, dictionary, gazetteer, fast-path pre-filter) the first
time it is asked for it and keeps it; `process_batch` parses a batch with `nlp.pipe`.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..read import Reject
from ..records import Document, Facts
from .checks import Admission, admit, language_of

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs to build its pipeline; picklable, so it travels to Dask workers."""

    actors_files: tuple[str, ...] = ()
    author_country: str | None = None
    admission: Admission = field(default_factory=Admission)
    fast: bool = True
    batch_size: int = 32
    model: bool = True  # the trained event judge (False: rules only)


@dataclass(frozen=True)
class Extracted:
    """One document's facts, its MinHash signature (for near-duplicates) and its word count."""

    facts: Facts
    minhash: bytes
    n_words: int


Outcome = Extracted | Reject

_PIPELINES: dict[WorkerConfig, Pipeline] = {}


def pipeline_for(config: WorkerConfig) -> Pipeline:
    """This process's pipeline for `config` (on the fast path if `config.fast`), loaded once."""
    if config not in _PIPELINES:
        from ..pipeline import Pipeline

        pipe = Pipeline(actors_files=[Path(p) for p in config.actors_files] or None,
                        author_country=config.author_country, model=config.model, fast=config.fast)
        if config.admission.languages:
            language_of("warm up")  # load the language-id model with the pipeline, not in the first batch
        _PIPELINES[config] = pipe
    return _PIPELINES[config]


def process_batch(docs: list[Document], config: WorkerConfig) -> list[Outcome]:
    """Extract a batch; a document that fails admission or extraction comes back as a Reject."""
    from ..dedupe import signature

    pipe = pipeline_for(config)
    out: dict[int, Outcome] = {}
    ok: list[tuple[int, Document]] = []
    for i, d in enumerate(docs):
        reason = admit(d, config.admission)
        if reason:
            out[i] = Reject(d.origin or d.id, reason)
        else:
            ok.append((i, d))
    try:
        facts = list(pipe.extract_many([d for _, d in ok], batch_size=config.batch_size))
        done = list(zip([i for i, _ in ok], facts, strict=True))
    except Exception:  # isolate the document that fails, keep the rest of the batch
        done = []
        for i, d in ok:
            try:
                done.append((i, next(pipe.extract_many([d], batch_size=1))))
            except Exception as e:  # noqa: BLE001 - any failure of one document must not stop a corpus run
                out[i] = Reject(d.origin or d.id, f"extraction failed ({e.__class__.__name__}: {e})"[:300])
    for i, f in done:
        out[i] = Extracted(f, signature(f.document.text), len(f.document.text.split()))
    return [out[i] for i in range(len(docs))]


def init_worker(config: WorkerConfig) -> None:
    """Process-pool initializer: load the pipeline now and exit if the parent dies (even by kill -9)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="faultlines-parent-watch").start()
    pipeline_for(config)
