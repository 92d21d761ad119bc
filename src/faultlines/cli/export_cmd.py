"""`faultlines export`: the store's events as PLOVER JSON Lines, ACLED CSV, flat CSV, GraphML or GEXF."""

from __future__ import annotations

import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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
    include_copies: Annotated[bool, typer.Option("--include-copies", help="Also export events of syndicated copies (near-duplicates).")] = False,
    keep_undated: Annotated[bool, typer.Option("--keep-undated", help="plover, acled: also write events with no date at all (date null / empty), which PLOVER and ACLED do not allow.")] = False,
    per: Annotated[str, typer.Option("--per", help="acled: one row per event (default) or per incident (the reports of one happening fused, all outlets in source; see `faultlines incidents`).")] = "event",
) -> None:
    """Export the events in the store; syndicated copies of a story are exported once."""
    from ..export import BINARY, atomic_output
    from ..export import export as run_export
    from ..export.safe import OutputError
    from ..store import Store

    fmt = format.value
    skipped: Counter[str] = Counter()
    if output is not None and output.is_dir():
        fail(f"{output} is a directory", 2)
    if per not in ("event", "incident") or (per == "incident" and fmt != "acled"):
        fail("--per incident goes with --format acled; --per is event or incident", 2)
    if per == "incident":
        from ..export.incidents import write_acled_incidents

        run_export = lambda conn, _fmt, out, **_kw: write_acled_incidents(conn, out)  # noqa: E731
    with Store(db, readonly=True) as store:
        try:
            if output is None:
                stream = sys.stdout.buffer if fmt in BINARY else sys.stdout
                n = run_export(store.conn, fmt, stream, include_copies=include_copies,
                                keep_undated=keep_undated, skipped=skipped)
            else:
                with atomic_output(output, "wb" if fmt in BINARY else "w") as fh:
                    n = run_export(store.conn, fmt, fh, include_copies=include_copies,
                                keep_undated=keep_undated, skipped=skipped)
        except (BrokenPipeError, OutputError):
            raise  # one line from one_line_errors (a file's error names the file, not its temp file)
        except OSError as e:
            fail(f"cannot write to stdout: {e.strerror or e}")
    what = "edges" if fmt in BINARY else "events"
    err_console.print(f"exported {n:,} {what} as {fmt}" + (f" to {output}" if output else ""), highlight=False)
    for reason, k in sorted(skipped.items()):
        err_console.print(f"left out {k:,} events: {reason}", highlight=False)
