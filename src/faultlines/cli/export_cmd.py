"""`faultlines export`: the store's events as PLOVER JSON Lines, ACLED CSV, flat CSV or GraphML."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .common import err_console, one_line_errors


class ExportFormat(StrEnum):
    plover = "plover"
    acled = "acled"
    csv = "csv"
    graphml = "graphml"


def register(app: typer.Typer) -> None:
    app.command("export")(export)


@one_line_errors
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="plover: JSONL with PLOVER/POLECAT field names; acled: CSV in ACLED's columns; csv: one row per event; graphml: signed actor network.")] = ExportFormat.plover,
    db: Annotated[Path, typer.Option("--db", help="The store to read.")] = Path("faultlines.db"),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    include_copies: Annotated[bool, typer.Option("--include-copies", help="Also export events of syndicated copies (near-duplicates).")] = False,
) -> None:
    """Export the events in the store; syndicated copies of a story are exported once."""
    from ..export import export as run_export
    from ..store import Store

    with Store(db, readonly=True) as store:
        if output is None:
            n = run_export(store.conn, format.value, sys.stdout, include_copies=include_copies)
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = run_export(store.conn, format.value, fh, include_copies=include_copies)
    what = "edges" if format is ExportFormat.graphml else "events"
    err_console.print(f"exported {n:,} {what} as {format.value}" + (f" to {output}" if output else ""),
                      highlight=False)
