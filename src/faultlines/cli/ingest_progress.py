"""The ingest progress bar (documents/s, words/s) and the end-of-run summary table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..run import Summary


class _Rates(ProgressColumn):
    def render(self, task: Task) -> Text:
        s: Summary | None = task.fields.get("summary")
        if s is None or s.seconds <= 0:
            return Text("")
        return Text(f"{s.stored / s.seconds:,.1f} docs/s  {s.words / s.seconds:,.0f} words/s", style="cyan")


class IngestProgress:
    """A live line: read / stored / duplicates / rejected, with rates; call `update(summary)`."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), _Rates(), TimeElapsedColumn(),
                                 console=console, transient=False)
        self.task = self.progress.add_task("starting workers", total=None)

    def update(self, s: Summary) -> None:
        desc = (f"read {s.read:,}  stored {s.stored:,}  duplicates {s.duplicates:,}  "
                f"rejected {s.n_rejected:,}")
        self.progress.update(self.task, description=desc, summary=s)

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.stop()


def print_summary(s: Summary, db: Path, console: Console) -> None:
    table = Table(title=f"ingest into {db}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    rate = f"  ({s.words / s.seconds:,.0f} words/s)" if s.seconds > 0 else ""
    table.add_row("read", f"{s.read:,}")
    table.add_row("stored", f"{s.stored:,}")
    table.add_row("duplicates (already stored)", f"{s.duplicates:,}")
    table.add_row("near-duplicates in store", f"{s.near_duplicates:,} in {s.clusters:,} clusters")
    table.add_row("rejected", f"{s.n_rejected:,}")
    for reason, n in s.rejected.most_common():
        table.add_row(f"  {reason}", f"{n:,}")
    table.add_row("words", f"{s.words:,}")
    table.add_row("seconds", f"{s.seconds:,.1f}{rate}")
    console.print(table)
    for r in s.rejects[:20]:
        console.print(f"[yellow]rejected[/] {r.location}: {r.reason}", highlight=False, markup=True)
    if len(s.rejects) > 20:
        console.print(f"... and {len(s.rejects) - 20} more (SELECT * FROM rejects)")
