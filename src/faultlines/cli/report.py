"""A terminal report of one document's facts, with rich tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..export.safe import term_text
from ..records import Facts

if TYPE_CHECKING:
    from ..actors import Dictionary

SIGN_STYLE = {1: "green", -1: "red", 0: "yellow"}


def _snippet(text: str, width: int = 90) -> str:
    text = " ".join(term_text(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _t(value: object) -> Text:
    """A table cell from extracted text: no markup is interpreted and no escape sequence reaches the terminal."""
    return Text(term_text("" if value is None else str(value)))


def print_report(f: Facts, console: Console, dictionary: Dictionary | None = None) -> None:
    """Print one document's facts; `dictionary` names parents that are not mentioned in the document."""
    names = {a.id: a.name for a in f.actors}

    def parent_name(pid: str | None) -> str:
        if not pid:
            return ""
        entry = dictionary.entry(pid) if dictionary is not None else None
        return names.get(pid) or (entry.name if entry is not None else pid)

    places = {p.id: p.name for p in f.places}
    d = f.document
    kinds: dict[str, int] = {}
    for s in f.segments:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    console.rule(Text(term_text(d.title or d.origin or d.id), style="bold"))
    console.print(f"document {d.id}  ·  {len(f.text.split())} words  ·  segments: "
                  + ", ".join(f"{v} {k}" for k, v in kinds.items()), highlight=False)

    actors = sorted(f.actors, key=lambda a: -len(a.mentions))
    t = Table(title=f"Actors ({len(actors)})", title_justify="left")
    for col in ("actor", "kind", "country", "part of", "mentions"):
        t.add_column(col)
    for a in actors[:30]:
        t.add_row(_t(a.name), _t(a.kind), _t(a.country), _t(parent_name(a.parent)), str(len(a.mentions)))
    console.print(t)

    console.print(f"[bold]Relations ({len(f.events)})[/]  [dim]source —TYPE/mode→ target · polarity · voice[/]")
    for e in f.events:
        line = Text("  ")
        line.append(term_text(names.get(e.source or "", "?")), style="bold")
        line.append(f" —{e.type}" + (f"/{e.mode}" if e.mode else "") + "→ ", style=SIGN_STYLE.get(e.sign, ""))
        line.append(term_text(names.get(e.target or "", "—")), style="bold")
        if e.place in places:
            line.append(f" @ {term_text(places[e.place])}")
        if e.date:
            line.append(f" ({term_text(e.date)})")
        if e.polarity != "asserted":
            line.append(f" · {e.polarity}", style="magenta")
        line.append(" · " + e.voice.kind + (f": {term_text(e.voice.name)}" if e.voice.name else ""), style="cyan")
        console.print(line)
        console.print(Text(f"      “{_snippet(e.text, 110)}”", style="dim"))
    if f.quotes:
        t = Table(title=f"Quotes ({len(f.quotes)})", title_justify="left")
        t.add_column("speaker")
        t.add_column("outlet")
        t.add_column("quote", overflow="fold")
        for q in f.quotes:
            t.add_row(_t(names.get(q.speaker or "", q.speaker_name or "?")), _t(names.get(q.outlet or "", "")),
                      _t(_snippet(q.text, 80)))
        console.print(t)
    if f.counts:
        t = Table(title=f"Counts ({len(f.counts)})", title_justify="left")
        for col in ("number", "category", "what", "actor", "place"):
            t.add_column(col)
        for c in f.counts:
            num = (str(c.value) if c.value is not None else
                   f"{c.low}–{c.high}" if c.low is not None and c.high is not None else
                   f"≥{c.low}" if c.low is not None else c.approx or c.text)
            t.add_row(_t(num), _t(c.category), _t(c.what), _t(names.get(c.actor or "", "")),
                      _t(places.get(c.place or "", "")))
        console.print(t)
    if f.places:
        t = Table(title=f"Places ({len(f.places)})", title_justify="left")
        for col in ("place", "country", "lat", "lon", "geonameid", "mentions"):
            t.add_column(col)
        for p in f.places:
            t.add_row(_t(p.name), _t(p.country), f"{p.lat:.2f}", f"{p.lon:.2f}", str(p.geonameid or ""),
                      str(len(p.mentions)))
        console.print(t)
    if f.tensions:
        console.print(f"[bold]Tensions ({len(f.tensions)})[/]")
        for x in sorted(f.tensions, key=lambda x: -x.strength):
            console.print(Text("  ") + Text(x.kind, style="red") + Text(" " + term_text(x.summary)))
