"""`faultlines ingest`: read a corpus into the store, in parallel, idempotently; a summary at the end."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .common import console, err_console, fail, is_tty, one_line_errors

EXIT_REJECTED = 3


class SummaryFmt(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


@one_line_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (.txt .html .jsonl[.gz] .warc[.gz]); '-' is stdin.")],
    db: Annotated[Path, typer.Option("--db", help="SQLite store to write (created and migrated if needed).")] = Path("faultlines.db"),
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Local worker processes, each loading the pipeline once.")] = 1,
    dask: Annotated[str | None, typer.Option("--dask", help="Run on Dask: 'local:N' for a local cluster, or a scheduler address 'tcp://host:8786'.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per nlp.pipe batch and per task.")] = 32,
    fast: Annotated[bool, typer.Option("--fast/--full", help="Fast path: parse only sentences that name an actor or place or have a trigger.")] = True,
    languages: Annotated[str, typer.Option("--languages", help="Comma-separated ISO 639-1 languages to accept ('' accepts any).")] = "en",
    max_chars: Annotated[int, typer.Option(min=1, help="Reject documents longer than this many characters.")] = 1_000_000,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary YAML (repeatable).")] = None,
    author_country: Annotated[str | None, typer.Option(help="ISO3 country of the authors, for 'we' and 'our troops'.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_model: Annotated[bool, typer.Option("--no-model", help="Rules only: skip the trained event judge.")] = False,
    format: Annotated[SummaryFmt | None, typer.Option("--format", "-f", help="The summary as a table, or one JSON object; default: table in a terminal, json in a pipe.")] = None,
) -> None:
    """Ingest documents into the store: skip what is already there, mark syndicated copies, record rejects.

    Exit code 0 when everything was stored or already there, 3 when some input was rejected (see the
    `rejects` table), 1 on an error.
    """
    from ..run import Admission, WorkerConfig

    for p in actors or []:
        if not p.is_file():
            fail(f"{p}: no such actor file")
    if dask and workers > 1:
        fail("use either --workers or --dask, not both", 2)
    from ..run.executors import RunError, cap_workers, dask_local_workers

    try:
        local = dask_local_workers(dask) if dask else workers
    except RunError as e:
        fail(str(e), 2)
    if local is not None:
        _, note = cap_workers(local)
        if note:
            err_console.print(f"[yellow]warning:[/] {note}", highlight=False)
    config = WorkerConfig(actors_files=tuple(str(p) for p in actors or ()), author_country=author_country,
                          admission=Admission(max_chars=max_chars,
                                              languages=tuple(x.strip() for x in languages.split(",") if x.strip())),
                          fast=fast, batch_size=batch_size, model=not no_model)
    if not (dask or "").startswith("tcp://"):  # a remote cluster's workers have their own model
        from ..nlp import model_name

        model_name()  # no model: one line and exit 1, before the store file is created
        if not no_model:
            from .. import lexvec

            lexvec.require()  # the judge's word vectors, likewise
    from ..corpus import Corpus

    try:
        with Corpus(db, verify=True) as corpus:
            if quiet:
                summary = corpus.ingest(paths, workers=workers, dask=dask, config=config)
            else:
                from .ingest_progress import IngestProgress, count_inputs

                with IngestProgress(err_console, total=count_inputs(paths)) as bar:
                    summary = corpus.ingest(paths, workers=workers, dask=dask, config=config,
                                            progress=bar.update)
    except RunError as e:
        fail(str(e))
    from .ingest_progress import print_summary, summary_json

    if (format or (SummaryFmt.table if is_tty() else SummaryFmt.json)) is SummaryFmt.json:
        print(summary_json(summary, db))
    else:
        print_summary(summary, db, console)
    if summary.n_rejected:
        raise typer.Exit(EXIT_REJECTED)
