"""`faultlines export`: the store's events as PLOVER JSON Lines, ACLED CSV, flat CSV, GraphML or GEXF."""

from __future__ import annotations

import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from .common import err_console, fail, one_line_errors


class ExportFormat(StrEnum):
    plover = "plover"
    acled = "acled"
    csv = "csv"
    graphml = "graphml"
    gexf = "gexf"


def register(app: typer.Typer) -> None:
    app.command("export")(export)


@one_line_errors
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="plover: PLOVER JSON Lines; acled: CSV in ACLED's columns; csv: one row per event; graphml, gexf: signed actor network.")] = ExportFormat.plover,
    db: Annotated[Path, typer.Option("--db", help="The store to read.")] = Path("faultlines.db"),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically: all or nothing) instead of stdout.")] = None,
    include_copies: Annotated[bool, typer.Option("--include-copies", help="Also export events of syndicated copies (near-duplicates); not for graphml/gexf, whose edges count a wire story once and list every copy as evidence.")] = False,
    keep_undated: Annotated[bool, typer.Option("--keep-undated", help="plover, acled: also write events with no date at all (date null / empty), which PLOVER and ACLED do not allow.")] = False,
    per: Annotated[str, typer.Option("--per", help="acled: one row per event (default) or per incident (the reports of one happening fused, all outlets in source; see `faultlines incidents`).")] = "event",
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="graphml, gexf: extra actor dictionary YAML, as `network --actors` (repeatable).")] = None,
) -> None:
    """Export the events in the store; syndicated copies of a story are exported once."""
    from ..corpus import Corpus
    from ..export import BINARY, atomic_output
    from ..export.safe import OutputError

    fmt = format.value
    skipped: Counter[str] = Counter()
    if output is not None and output.is_dir():
        fail(f"{output} is a directory", 2)
    if per not in ("event", "incident") or (per == "incident" and fmt != "acled"):
        fail("--per incident goes with --format acled; --per is event or incident", 2)
    for p in actors or []:
        if not p.is_file():
            fail(f"{p}: no such actor file")
    with Corpus(db, readonly=True, actors_files=list(actors or [])) as corpus:

        def write(out: IO[Any]) -> int:
            if per == "incident":
                return corpus.export_incidents(out)
            return corpus.export(fmt, out, include_copies=include_copies, keep_undated=keep_undated, skipped=skipped)
        try:
            if output is None:
                n = write(sys.stdout.buffer if fmt in BINARY else sys.stdout)
            else:
                with atomic_output(output, "wb" if fmt in BINARY else "w") as fh:
                    n = write(fh)
        except (BrokenPipeError, OutputError):
            raise  # one line from one_line_errors (a file's error names the file, not its temp file)
        except OSError as e:
            fail(f"cannot write to stdout: {e.strerror or e}")
    what = "edges" if fmt in BINARY else "events"
    err_console.print(f"exported {n:,} {what} as {fmt}" + (f" to {output}" if output else ""), highlight=False)
    for reason, k in sorted(skipped.items()):
        err_console.print(f"left out {k:,} events: {reason}", highlight=False)
