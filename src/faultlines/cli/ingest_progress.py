"""The ingest progress bar (total, percentage, ETA, documents/s, words/s) and the end-of-run summary table."""

from __future__ import annotations

import os
import time
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from ..run import Summary


class _Rates(ProgressColumn):
    def render(self, task: Task) -> Text:
        s: Summary | None = task.fields.get("summary")
        if s is None or s.seconds <= 0:
            return Text("")
        return Text(f"{s.stored / s.seconds:,.1f} docs/s  {s.words / s.seconds:,.0f} words/s", style="cyan")


_SINGLE = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
_LINES = (".jsonl", ".ndjson")


def count_inputs(paths: list[str], budget: float = 2.0) -> int | None:
    """How many items (documents, and files to reject) an ingest of `paths` will see, or None when that is
    not known cheaply: stdin, compressed or WARC files, or a count taking longer than `budget` seconds."""
    deadline = time.monotonic() + budget
    total = 0

    def one(path: str) -> int | None:
        name = path.lower()
        if name.endswith(_LINES):
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        if name.endswith((".gz", ".warc")):
            return None
        return 1  # a text or HTML document, or a file the reader reports as unsupported

    try:
        for raw in paths:
            if raw == "-":
                return None
            if os.path.isdir(raw):
                files = [os.path.join(d, f) for d, dirs, names in os.walk(raw, followlinks=False)
                         for f in names if not f.startswith(".")]
            else:
                files = [raw]
            for f in files:
                n = one(f)
                if n is None or time.monotonic() > deadline:
                    return None
                total += n
    except OSError:
        return None
    return total


class IngestProgress:
    """A live bar: items done of the total (with percentage and ETA) when the corpus size is known, then
    stored / duplicates / rejected and rates; call `update(summary)`."""

    def __init__(self, console: Console, total: int | None = None) -> None:
        columns: list[ProgressColumn] = [SpinnerColumn()]
        if total is not None:
            columns += [BarColumn(bar_width=24), TaskProgressColumn(), TextColumn("{task.completed:,.0f}/{task.total:,.0f}"),
                        TextColumn("ETA"), TimeRemainingColumn()]
        columns += [TextColumn("{task.description}"), _Rates(), TimeElapsedColumn()]
        self.progress = Progress(*columns, console=console, transient=False)
        self.task = self.progress.add_task("starting workers", total=total)

    def update(self, s: Summary) -> None:
        desc = (f"read {s.read:,}  stored {s.stored:,}  duplicates {s.duplicates:,}  "
                f"rejected {s.n_rejected:,}")
        done = s.stored + s.duplicates + s.n_rejected
        task = self.progress.tasks[0]
        if task.total is not None and done > task.total:  # the count was an estimate
            self.progress.update(self.task, total=done)
        self.progress.update(self.task, description=desc, summary=s, completed=done)

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def summary_json(s: Summary, db: Path, most: int = 1000) -> str:
    """The summary as one JSON object (for a pipe); inputs = stored + duplicates + rejected."""
    import json

    return json.dumps({
        "db": str(db), "inputs": s.stored + s.duplicates + s.n_rejected, "stored": s.stored,
        "duplicates": s.duplicates, "rejected": s.n_rejected, "rejected_by_reason": dict(s.rejected.most_common()),
        "near_duplicates": s.near_duplicates, "clusters": s.clusters, "words": s.words,
        "seconds": round(s.seconds, 3),
        "rejects": [{"location": r.location, "reason": r.reason} for r in s.rejects[:most]],
        "rejects_left_out": max(0, len(s.rejects) - most),
    }, ensure_ascii=False)


def print_summary(s: Summary, db: Path, console: Console) -> None:
    table = Table(title=f"ingest into {db}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    rate = f"  ({s.words / s.seconds:,.0f} words/s)" if s.seconds > 0 else ""
    # Every input ends in exactly one of the three rows below: stored, duplicate, or rejected (a file or a
    # line that could not be read at all, or a document refused), so they add up to `inputs`.
    table.add_row("inputs", f"{s.stored + s.duplicates + s.n_rejected:,}")
    table.add_row("stored", f"{s.stored:,}")
    table.add_row("duplicates (already stored)", f"{s.duplicates:,}")
    table.add_row("rejected", f"{s.n_rejected:,}")
    for reason, n in s.rejected.most_common():
        table.add_row(f"  {reason}", f"{n:,}")
    table.add_row("near-duplicates in store", f"{s.near_duplicates:,} in {s.clusters:,} clusters")
    table.add_row("words", f"{s.words:,}")
    table.add_row("seconds", f"{s.seconds:,.1f}{rate}")
    console.print(table)
    for r in s.rejects[:20]:
        console.print(f"[yellow]rejected[/] {r.location}: {r.reason}", highlight=False, markup=True)
    if len(s.rejects) > 20:
        console.print(f"... and {len(s.rejects) - 20} more (SELECT * FROM rejects)")
