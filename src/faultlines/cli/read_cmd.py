"""`faultlines read`: extract the facts of one or more documents; JSON Lines or a terminal report."""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from .common import console, err_console, is_tty, one_line_errors
from .report import print_report

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..records import Document, Facts
    from ..run.checks import Admission


class ReadFmt(StrEnum):
    json = "json"
    table = "table"


def register(app: typer.Typer) -> None:
    app.command("read")(read)


@one_line_errors
def read(
    files: Annotated[list[str], typer.Argument(help="Files or directories to read (.txt .html .jsonl .warc); '-' is stdin.")],
    format: Annotated[ReadFmt | None, typer.Option("--format", "-f", help="json: one facts object per line; table: a readable report. Default: table in a terminal, json in a pipe.")] = None,
    db: Annotated[Path | None, typer.Option(help="Also store the facts in this SQLite file.")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary YAML (repeatable).")] = None,
    author_country: Annotated[str | None, typer.Option(help="ISO3 country of the author, for 'we' and 'our troops'.")] = None,
    languages: Annotated[str, typer.Option(help="Comma-separated ISO 639-1 languages to accept ('' accepts any).")] = "en",
    no_model: Annotated[bool, typer.Option("--no-model", help="Rules only: skip the trained event judge.")] = False,
) -> None:
    """Read documents and print who did what to whom, with quotes, counts, places and tensions.

    A bad input or record (file:line) is reported on stderr, one line each, and the others are still read;
    the exit code is then 1.
    """
    from ..pipeline import Pipeline
    from ..read import ReadError
    from ..run.checks import Admission

    fmt = format or (ReadFmt.table if is_tty() else ReadFmt.json)

    for p in actors or []:
        if not p.is_file():
            raise ReadError(f"{p}: no such actor file")
    admission = Admission(languages=tuple(x.strip() for x in languages.split(",") if x.strip()))
    rejected = Counter[str]()
    rejects: list[tuple[str, str]] = []  # (location, reason), recorded in the store with `--db` as `ingest` does
    documents = admitted(files, admission, rejected, rejects)
    first = next(documents, None)
    if first is None:
        if rejected:
            raise typer.Exit(1)
        raise ReadError(f"{' '.join(files)}: no documents")
    corpus = None
    if db is not None:  # before the model loads: a bad store fails at once
        from ..corpus import Corpus

        corpus = Corpus(db)
    try:
        pipeline = Pipeline(actors_files=list(actors or []), author_country=author_country, model=not no_model)
        for facts in extract_each(pipeline, itertools.chain([first], documents), rejected, rejects):
            if corpus is not None:
                corpus.add(facts)
            if fmt is ReadFmt.json:
                sys.stdout.write(facts.to_json() + "\n")
            else:
                print_report(facts, console, pipeline.dictionary)
        if corpus is not None:
            for where, reason in rejects:
                corpus.add_reject(where, reason)
            corpus.finish()  # as `ingest` does: near-duplicate clusters, incidents
    finally:
        if corpus is not None:
            corpus.close()
    if rejected:
        n = sum(rejected.values())
        if n > 1:
            err_console.print(f"{n} inputs rejected", highlight=False)
        raise typer.Exit(1)


def admitted(files: list[str], admission: Admission, rejected: Counter[str],
             rejects: list[tuple[str, str]] | None = None) -> Iterator[Document]:
    """The readable, admitted documents of `files`; each reject is one stderr line and counted."""
    from ..read import Reject, iter_documents
    from ..run.checks import admit

    for item in iter_documents(files):
        reason = item.reason if isinstance(item, Reject) else admit(item, admission)
        if reason is None and not isinstance(item, Reject):
            yield item
            continue
        where = item.location if isinstance(item, Reject) else (item.origin or "input")
        rejected[where] += 1
        if rejects is not None:
            rejects.append((item.location if isinstance(item, Reject) else item.origin or item.id, str(reason)))
        err_console.print(f"[bold red]error:[/] {escape(where)}: {escape(str(reason))}", highlight=False,
                          soft_wrap=True)


def extract_each(pipeline: Pipeline, documents: Iterator[Document], rejected: Counter[str],
                 rejects: list[tuple[str, str]] | None = None, batch: int = 16) -> Iterator[Facts]:
    """Facts of each document, in batches; a document the pipeline fails on is reported, not fatal."""
    while chunk := list(itertools.islice(documents, batch)):
        try:
            yield from list(pipeline.extract_many(chunk))
            continue
        except Exception:  # noqa: BLE001 - one document must not sink the batch
            pass
        for doc in chunk:  # find the one that fails; the others are still read
            try:
                yield pipeline.extract(doc)
            except Exception as e:  # noqa: BLE001
                where = doc.origin or doc.id
                rejected[where] += 1
                if rejects is not None:
                    rejects.append((where, f"extraction failed ({e.__class__.__name__}: {e})"[:300]))
                err_console.print(f"[bold red]error:[/] {escape(where)}: extraction failed "
                                  f"({e.__class__.__name__})", highlight=False, soft_wrap=True)
