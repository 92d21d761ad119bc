"""`faultlines tensions | network | actors | events`: the analysis of a store, in the terminal or as data."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from ..export.safe import csv_cell, term_text
from .common import Fmt, check_date, console, err_console, fail, is_tty, one_line_errors

if TYPE_CHECKING:
    from ..analysis import Filters, Network
    from ..corpus import Corpus

DB = Annotated[Path, typer.Option("--db", help="SQLite store to read.")]
SINCE = Annotated[str | None, typer.Option("--since", help="Only events on or after this date (2014, 2014-06, 2014-06-10).")]
UNTIL = Annotated[str | None, typer.Option("--until", help="Only events on or before this date.")]
VOICE = Annotated[list[str] | None, typer.Option("--voice", help="Only these voices: author, quoted, commenter (repeatable).")]
NO_COMMENTERS = Annotated[bool, typer.Option("--no-commenters", help="Leave out what commenters say.")]
POLARITY = Annotated[list[str] | None, typer.Option("--polarity", help="asserted (default), negated, hypothetical, question (repeatable).")]
TYPE = Annotated[list[str] | None, typer.Option("--type", "-t", help="Only these PLOVER event types, e.g. AID (repeatable).")]
LEVEL = Annotated[str, typer.Option("--level", help="Actors as coded (group), one step up their parent chain (parent), or folded into states (state).")]
FORMAT = Annotated[Fmt | None, typer.Option("--format", "-f", help="table, json (JSON Lines) or csv; default: table in a terminal, json in a pipe.")]
ACTORS = Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary YAML (repeatable).")]


class NetFmt(StrEnum):
    table = "table"
    json = "json"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    png = "png"
    svg = "svg"


def register(app: typer.Typer) -> None:
    app.command("tensions")(tensions)
    app.command("network")(network)
    app.command("actors")(actors_list)
    app.command("events")(events)


def _fmt(fmt: Fmt | None) -> Fmt:
    return fmt or (Fmt.table if is_tty() else Fmt.json)


def _filters(since: str | None, until: str | None, voice: list[str] | None, no_commenters: bool,
             polarity: list[str] | None, types: list[str] | None) -> Filters:
    from ..analysis import Filters
    from ..records import PLOVER_TYPES, POLARITIES, VOICE_KINDS

    voices = set(voice or VOICE_KINDS)
    if no_commenters:
        voices.discard("commenter")
    for option, given, known in (("--voice", voices, VOICE_KINDS), ("--polarity", set(polarity or ()), POLARITIES),
                                 ("--type", {t.upper() for t in types or ()}, PLOVER_TYPES)):
        if unknown := given - set(known):
            fail(f"unknown {option} {', '.join(sorted(unknown))}; choose from {', '.join(known)}", 2)
    since, until = check_date(since, "--since"), check_date(until, "--until")
    return Filters(since=since, until=until, voices=frozenset(voices),
                   polarities=frozenset(polarity or ("asserted",)),
                   types=frozenset(t.upper() for t in types or ()))


def _level(level: str) -> str:
    from ..analysis import LEVELS

    if level not in LEVELS:
        fail(f"--level must be one of {', '.join(LEVELS)}", 2)
    return level


def _open(db: Path, extra: list[Path] | None = None) -> Corpus:
    """The store, read-only, with the actor dictionary (parents, countries, designations) plus `extra` files;
    a dictionary that does not load is a warning, and the analysis uses the store's actors alone."""
    from ..corpus import Corpus

    for p in extra or []:
        if not p.is_file():
            fail(f"{p}: no such actor file")

    def warn(e: Exception) -> None:
        err_console.print(f"[yellow]warning:[/] actor dictionary not loaded ({e}); using the store's actors only",
                          highlight=False)

    return Corpus(db, readonly=True, actors_files=list(extra or []), on_bad_dictionary=warn)


def _emit(rows: list[dict[str, Any]], fmt: Fmt, columns: list[str], title: str,
          *, wide: str | tuple[str, ...] = ()) -> None:
    """JSON Lines, CSV, or a terminal table in which the `wide` column(s) share the spare width."""
    wides = (wide,) if isinstance(wide, str) else wide
    if fmt is Fmt.json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt is Fmt.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([csv_cell(_cell(r.get(c))) for c in columns])
    else:
        t = Table(title=title, title_justify="left", expand=True)
        room = console.width - 40 * len(wides) - 4
        narrow = max(7, min(22, room // max(1, len(columns) - len(wides)) - 3)) if wides else 30
        for c in columns:
            if c in wides:
                t.add_column(c, ratio=1, overflow="fold", min_width=40 if len(wides) == 1 else 14)
            else:
                t.add_column(c, no_wrap=True, overflow="ellipsis", max_width=narrow, min_width=min(len(c), narrow))
        for r in rows:
            t.add_row(*[Text(term_text(_cell(r.get(c), 160 if c in wides else 0))) for c in columns])
        console.print(t)


def _cell(v: object, width: int = 0) -> str:
    text = "; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v))
    return text if not width or len(text) <= width else text[: width - 1] + "…"


@one_line_errors
def tensions(
    db: DB = Path("faultlines.db"),
    kind: Annotated[list[str] | None, typer.Option("--kind", "-k", help="blowback, designated_partner, unbalanced_triad, both_sides, contested (repeatable).")] = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Only tensions involving this actor (id or name).")] = None,
    level: LEVEL = "group",
    since: SINCE = None, until: UNTIL = None, voice: VOICE = None, no_commenters: NO_COMMENTERS = False,
    polarity: POLARITY = None, type: TYPE = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many, strongest first (0: all).")] = 50,
    format: FORMAT = None, actors: ACTORS = None,
) -> None:
    """The fault lines in the store, strongest first, each in one sentence with its evidence events.

    Kinds: blowback (A aids B, B attacked A), designated_partner (A aids B, A lists or sanctions B),
    unbalanced_triad, both_sides (A aids B and C, who fight), contested (asserted by one voice, denied by another;
    or reports of one incident that disagree on its toll or on who did it, see `faultlines incidents`).
    """
    from ..analysis import KINDS, split_ref

    bad = set(kind or ()) - set(KINDS)
    if bad:
        fail(f"unknown tension kind(s): {', '.join(sorted(bad))}; choose from {', '.join(KINDS)}", 2)
    flt = _filters(since, until, voice, no_commenters, polarity, type)
    level = _level(level)
    with _open(db, actors) as corpus:
        found, h = corpus.ranked_tensions(filters=flt, kinds=kind or KINDS, level=level)
    if actor:
        want = actor.lower()
        found = [t for t in found if any(want in (a.lower(), h.name(a).lower()) for a in t.actors)]
    found = found[: limit or None]
    rows: list[dict[str, Any]] = [{"id": t.id, "kind": t.kind, "strength": t.strength, "summary": t.summary,
             "actors": [{"id": a, "name": h.name(a)} for a in t.actors],
             "events": [dict(zip(("doc_id", "event_id"), split_ref(e), strict=True)) for e in t.events]}
            for t in found]
    fmt = _fmt(format)
    if fmt is Fmt.csv:
        for r in rows:
            r["actors"] = [a["id"] for a in r["actors"]]
            r["events"] = [f"{e['doc_id']}/{e['event_id']}" for e in r["events"]]
        _emit(rows, fmt, ["kind", "strength", "summary", "actors", "events"], "")
    elif fmt is Fmt.table:
        for r in rows:
            r["evidence"] = len(r["events"])
        _emit(rows, fmt, ["kind", "strength", "summary", "evidence"], f"Tensions ({len(rows)})", wide="summary")
    else:
        _emit(rows, fmt, [], "")


@one_line_errors
def network(
    db: DB = Path("faultlines.db"),
    format: Annotated[NetFmt | None, typer.Option("--format", "-f", help="table (the camps and strongest ties), json, graphml, gexf, csv (edges), png or svg (a picture); default: table in a terminal, compact json in a pipe or with --output.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout (needed for png/svg in a terminal).")] = None,
    level: LEVEL = "group",
    since: SINCE = None, until: UNTIL = None, voice: VOICE = None, no_commenters: NO_COMMENTERS = False,
    polarity: POLARITY = None, type: TYPE = None,
    blocs: Annotated[int, typer.Option("--blocs", min=1, max=6, help="Most factions to split each connected part into.")] = 2,
    actors: ACTORS = None,
) -> None:
    """The signed actor network with its factions: json, graphml, gexf, csv, or a png/svg picture.

    Edges aggregate events by (source, target, type) with sign, weight, first/last dates and evidence;
    factions minimise frustration, and the frustration index says how far from balanced the network is.
    """
    from ..analysis import draw_network
    from ..export.safe import atomic_output

    flt = _filters(since, until, voice, no_commenters, polarity, type)
    with _open(db, actors) as corpus:
        net = corpus.network(level=_level(level), filters=flt, max_blocs=blocs)
    fmt = format.value if format is not None else ("table" if is_tty() and output is None else "json")
    if fmt == "table":
        _print_factions(net)
        return
    if fmt in ("png", "svg"):
        if output is None and sys.stdout.isatty():
            fail(f"a {fmt} picture needs --output FILE (or a pipe)", 2)
        draw_network(net, output if output is not None else sys.stdout.buffer, fmt=fmt)
    elif fmt in ("graphml", "gexf"):
        if output is not None:
            with atomic_output(output, "wb") as fh:
                net.write(fmt, fh)
        else:
            net.write(fmt, sys.stdout.buffer)
    elif output is not None:
        with atomic_output(output) as fh:
            net.write(fmt, fh)
    elif fmt == "json" and not is_tty():  # one compact line into a pipe
        sys.stdout.write(json.dumps(net.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        net.write(fmt, sys.stdout)
    if output is not None:
        f = net.factions
        console.print(f"{output}: {len(net.nodes)} actors, {len(net.edges)} edges, {len(f.blocs)} blocs, "
                      f"frustration {f.frustration}/{f.ties} ties (balance {f.balance:.2f})", highlight=False)


def _print_factions(net: Network, top: int = 15) -> None:
    """The camps at a glance, then the strongest ties."""
    f = net.factions
    names = {n.id: n.name for n in net.nodes}
    console.print(f"[bold]{len(net.nodes)} actors, {len(net.edges)} edges ({net.level} level); frustration "
                  f"{f.frustration} of {f.ties} ties, balance {f.balance:.2f}"
                  f"{'' if f.exact else ' (heuristic: an upper bound)'}[/]", highlight=False)
    t = Table(title="Blocs", title_justify="left", expand=True)
    t.add_column("bloc", no_wrap=True)
    t.add_column("actors", ratio=1, overflow="fold")
    for i, bloc in enumerate(f.blocs[:top]):
        t.add_row(str(i + 1), ", ".join(sorted(names.get(a, a) for a in bloc)))
    console.print(t)
    if len(f.blocs) > top:
        console.print(f"… and {len(f.blocs) - top} smaller blocs", highlight=False)
    rows = [{"source": names.get(e.source, e.source), "type": e.type, "target": names.get(e.target, e.target),
             "sign": {1: "+", -1: "−", 0: "0"}[e.sign], "weight": e.weight, "when": _years(e.first, e.last)}
            for e in net.edges[:top]]
    _emit(rows, Fmt.table, ["source", "type", "target", "sign", "weight", "when"], "Strongest ties",
          wide=("source", "target"))


def _years(first: str | None, last: str | None) -> str:
    a, b = (first or "")[:4], (last or "")[:4]
    return a if a == b else f"{a}–{b}"


@one_line_errors
def actors_list(
    db: DB = Path("faultlines.db"),
    kind: Annotated[str | None, typer.Option("--kind", help="Only actors of this kind (state, armed_group, ...).")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Only actors whose name or id contains this.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many, most mentioned first (0: all).")] = 100,
    format: FORMAT = None,
) -> None:
    """Actors in the store, most mentioned first, with their parent and how often they act and are acted on."""
    from ..records import ACTOR_KINDS

    if kind is not None and kind not in ACTOR_KINDS:
        fail(f"unknown --kind {kind}; choose from {', '.join(ACTOR_KINDS)}", 2)
    with _open(db) as corpus:
        rows = corpus.actors(kind=kind, name=name)
    rows = rows[:limit] if limit else rows
    _emit(rows, _fmt(format), ["id", "name", "kind", "country", "parent_name", "documents", "mentions", "as_source",
                               "as_target"], f"Actors ({len(rows)})", wide="name")


@one_line_errors
def events(
    db: DB = Path("faultlines.db"),
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="An actor (id or name) as source or target.")] = None,
    type: TYPE = None,
    since: SINCE = None, until: UNTIL = None, voice: VOICE = None, no_commenters: NO_COMMENTERS = False,
    polarity: Annotated[list[str] | None, typer.Option("--polarity", help="Only these polarities (default: all).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many, newest first (0: all).")] = 100,
    format: FORMAT = None,
) -> None:
    """Coded events, newest first, each with its sentence, voice and polarity."""
    from ..records import POLARITIES
    from ..values.dates import event_span

    flt = _filters(since, until, voice, no_commenters, polarity or list(POLARITIES), type)
    with _open(db) as corpus:
        ids: set[str] | None = None
        if actor:
            ids = corpus.find_actors(actor)
            if not ids:
                fail(f"no actor called {actor!r} in {db}")
        names = corpus.actor_names()
        rows: list[dict[str, Any]] = []
        for e in corpus.listed_events():
            if ids is not None and e.source not in ids and e.target not in ids:
                continue
            if not flt.passes(e.voice_kind, e.polarity, e.type, event_span(e.date, e.published)):
                continue
            rows.append({"doc_id": e.doc_id, "event_id": e.event_id, "date": e.date or e.published,
                         "source": names.get(e.source, e.source) if e.source else e.source, "type": e.type,
                         "mode": e.mode, "target": names.get(e.target, e.target) if e.target else e.target,
                         "polarity": e.polarity,
                         "voice": e.voice_kind + (f": {e.voice_name}" if e.voice_name else ""),
                         "text": " ".join((e.text or "").split())})
            if limit and len(rows) >= limit:
                break
    fmt = _fmt(format)
    if fmt is Fmt.table:  # a narrower view: type/mode and polarity folded together
        for r in rows:
            r["what"] = r["type"] + (f"/{r['mode']}" if r["mode"] else "") + \
                ("" if r["polarity"] == "asserted" else f" ({r['polarity']})")
        _emit(rows, fmt, ["date", "source", "what", "target", "voice", "text"], f"Events ({len(rows)})", wide="text")
    else:
        _emit(rows, fmt, ["doc_id", "event_id", "date", "source", "type", "mode", "target", "polarity", "voice",
                          "text"], "")
