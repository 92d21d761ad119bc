"""The per-document work, the same on a local process pool and on Dask: admit, pre-filter, extract, sign.

A worker process loads one `Pipeline` (spaCy model, dictionary, gazetteer) the first time it is asked
for it and keeps it; `process_batch` parses a batch with `nlp.pipe`.
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

_PIPELINES: dict[WorkerConfig, tuple[Pipeline, object | None]] = {}


def pipeline_for(config: WorkerConfig) -> tuple[Pipeline, object | None]:
    """This process's pipeline (and pre-filter) for `config`, loaded once."""
    if config not in _PIPELINES:
        from ..pipeline import Pipeline

        pipe = Pipeline(actors_files=[Path(p) for p in config.actors_files] or None,
                        author_country=config.author_country, model=config.model)
        prefilter = None
        if config.fast:
            from .prefilter import Prefilter

            prefilter = Prefilter.for_pipeline(pipe)
        if config.admission.languages:
            language_of("warm up")  # load the language-id model with the pipeline, not in the first batch
        _PIPELINES[config] = (pipe, prefilter)
    return _PIPELINES[config]


def _extract(pipe: Pipeline, prefilter: object | None, docs: list[Document], batch_size: int) -> list[Facts]:
    if prefilter is None:
        return list(pipe.extract_many(docs, batch_size=batch_size))
    from ..read.normalize import nfc_view
    from .prefilter import Prefilter, repair

    assert isinstance(prefilter, Prefilter)
    if any(nfc_view(d) is not None for d in docs):  # rare: decomposed text goes the full path, read as NFC
        return [pipe.extract(d) if nfc_view(d) is not None else _extract(pipe, prefilter, [d], batch_size)[0]
                for d in docs]
    masked = [prefilter.mask(d.text) for d in docs]
    out = []
    for f, m in zip(pipe.extract_many(docs, batch_size=batch_size, parse_texts=masked), masked, strict=True):
        # A fact that reaches into a blanked sentence is trimmed back; if one spans across a blanked
        # sentence, the document is parsed again in full.
        fixed = f if slices_text(f) else repair(f, m)
        out.append(fixed if fixed is not None and slices_text(fixed) else pipe.extract(f.document))
    return out


def slices_text(f: Facts) -> bool:
    """Every offset-carrying fact's `text` is the slice of the document text it points at."""
    text = f.document.text
    spans = [(x.start, x.end, x.text) for x in f.events]
    spans += [(x.start, x.end, x.text) for x in f.quotes]
    spans += [(x.start, x.end, x.text) for x in f.counts]
    spans += [(m.start, m.end, m.text) for a in f.actors for m in a.mentions]
    spans += [(m.start, m.end, m.text) for p in f.places for m in p.mentions]
    return all(text[s:e] == t for s, e, t in spans)


def process_batch(docs: list[Document], config: WorkerConfig) -> list[Outcome]:
    """Extract a batch; a document that fails admission or extraction comes back as a Reject."""
    from ..dedupe import signature

    pipe, prefilter = pipeline_for(config)
    out: dict[int, Outcome] = {}
    ok: list[tuple[int, Document]] = []
    for i, d in enumerate(docs):
        reason = admit(d, config.admission)
        if reason:
            out[i] = Reject(d.origin or d.id, reason)
        else:
            ok.append((i, d))
    try:
        facts = _extract(pipe, prefilter, [d for _, d in ok], config.batch_size)
        done = list(zip([i for i, _ in ok], facts, strict=True))
    except Exception:  # isolate the document that fails, keep the rest of the batch
        done = []
        for i, d in ok:
            try:
                done.append((i, _extract(pipe, prefilter, [d], 1)[0]))
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
