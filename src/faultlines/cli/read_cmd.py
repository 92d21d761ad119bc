"""`faultlines read`: extract the facts of one or more documents; JSON Lines or a terminal report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .common import Fmt, console, fail, one_line_errors
from .report import print_report


def register(app: typer.Typer) -> None:
    app.command("read")(read)


@one_line_errors
def read(
    files: Annotated[list[str], typer.Argument(help="Files or directories to read (.txt .html .jsonl .warc); '-' is stdin.")],
    format: Annotated[Fmt, typer.Option("--format", "-f", help="json: one facts object per line; table: a readable report.")] = Fmt.table,
    db: Annotated[Path | None, typer.Option(help="Also store the facts in this SQLite file.")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary YAML (repeatable).")] = None,
    author_country: Annotated[str | None, typer.Option(help="ISO3 country of the author, for 'we' and 'our troops'.")] = None,
    languages: Annotated[str, typer.Option(help="Comma-separated ISO 639-1 languages to accept ('' accepts any).")] = "en",
) -> None:
    """Read documents and print who did what to whom, with quotes, counts, places and tensions."""
    from ..pipeline import Pipeline
    from ..read import ReadError, read_one

    if format is Fmt.csv:
        fail("read prints json or table; use `faultlines export --format csv` for CSV", 2)
    from ..run.checks import Admission, admit

    admission = Admission(languages=tuple(x.strip() for x in languages.split(",") if x.strip()))
    documents = []
    for f in files:
        for doc in read_one(f):
            reason = admit(doc, admission)
            if reason is not None:
                raise ReadError(f"{doc.origin or f}: {reason}")
            documents.append(doc)
    if not documents:
        raise ReadError(f"{' '.join(files)}: no documents")
    for p in actors or []:
        if not p.is_file():
            raise ReadError(f"{p}: no such actor file")
    pipeline = Pipeline(actors_files=list(actors or []), author_country=author_country)
    store = None
    if db is not None:
        from ..store import Store

        store = Store(db)
    for facts in pipeline.extract_many(documents):
        if store is not None:
            store.add(facts)
        if format is Fmt.json:
            sys.stdout.write(facts.to_json() + "\n")
        else:
            print_report(facts, console, pipeline.dictionary)
    if store is not None:
        store.close()
