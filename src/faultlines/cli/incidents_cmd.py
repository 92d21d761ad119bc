"""`faultlines incidents`: the reports of one happening by several outlets, fused, with their tolls and disputes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .analysis_cmd import DB, FORMAT, SINCE, UNTIL, _emit, _fmt
from .common import Fmt, check_date, err_console, fail, one_line_errors


def register(app: typer.Typer) -> None:
    app.command("incidents")(incidents)


def _figure(f: dict[str, Any] | None) -> str:
    if not f:
        return ""
    if f["low"] == f["high"]:
        return str(f["value"])
    return f"{f['value']} ({f['low']}-{f['high']})"


def _flat(r: dict[str, Any]) -> dict[str, Any]:
    """An incident as one CSV / table row."""
    place = r.get("place") or {}
    return {
        "id": r["id"], "type": r["type"], "mode": r["mode"], "date": r["date"] or "", "start": r["start"],
        "end": r["end"], "when": r["date"] or (f"{r['start']}..{r['end']}" if r["start"] else ""),
        "place": place.get("name"), "lat": place.get("lat"), "lon": place.get("lon"), "actors": r["actors"],
        "killed": _figure(r["killed"]), "injured": _figure(r["injured"]),
        "documents": [d["url"] or d["id"] for d in r["documents"]], "n": len(r["documents"]),
        "outlets": sorted({d["outlet"] or "" for d in r["documents"]}), "events": r["events"],
        "contested": sorted({c["on"] for c in r["contested"]}), "confidence": r["confidence"],
        "headline": next((d["title"] for d in r["documents"] if d["title"]), ""),
    }


@one_line_errors
def incidents(
    db: DB = Path("faultlines.db"),
    since: SINCE = None, until: UNTIL = None,
    type: Annotated[str | None, typer.Option("--type", "-t", help="Only incidents of this PLOVER type, e.g. ASSAULT.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Only incidents whose place name contains this.")] = None,
    min_documents: Annotated[int, typer.Option("--min-documents", "-m", min=1, help="Only incidents reported by at least this many documents.")] = 1,
    contested: Annotated[bool, typer.Option("--contested", help="Only incidents whose reports disagree (toll or perpetrator).")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many, earliest first (0: all).")] = 0,
    update: Annotated[bool, typer.Option("--update/--no-update", help="First fuse the documents not fused yet (writes the store); --no-update only reads.")] = True,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Forget the stored incidents and fuse every document again (after an upgrade).")] = False,
    format: FORMAT = None,
) -> None:
    """Incidents: what several outlets report about one happening, fused into one record.

    Each has its type, place, date or date range, actors, killed and injured ({value, low, high}: the most
    conservative figure more than one report gives, else the lowest, and the range of all), every report
    (outlet, URL, date, voice), and `contested`: where the reports disagree on the toll or on who did it.
    """
    from ..corpus import Corpus
    from ..records import PLOVER_TYPES
    from ..store.incidents import IncidentFilters

    if type is not None and type.upper() not in PLOVER_TYPES:
        fail(f"unknown --type {type}; choose from {', '.join(PLOVER_TYPES)}", 2)
    since, until = check_date(since, "--since"), check_date(until, "--until")
    flt = IncidentFilters(since=since, until=until, type=type.upper() if type else None, min_documents=min_documents, contested=contested,
                          place=place)
    with Corpus(db, readonly=not update) as corpus:
        if update:
            done = corpus.fuse_incidents(rebuild=rebuild)
            if done.documents:
                err_console.print(f"fused {done.documents:,} new documents: {done.reports:,} reports, "
                                  f"{done.opened:,} new incidents, {done.attached:,} incidents extended",
                                  highlight=False)
        if not corpus.has_incidents():
            fail(f"{db}: no incidents yet (run `faultlines incidents --db {db}` without --no-update)")
        rows = []
        for r in corpus.incidents(flt):
            rows.append(r)
            if limit and len(rows) >= limit:
                break
    fmt = _fmt(format)
    if fmt is Fmt.json:
        _emit(rows, fmt, [], "")
    elif fmt is Fmt.csv:
        _emit([_flat(r) for r in rows], fmt, ["id", "type", "mode", "date", "start", "end", "place", "lat", "lon",
                                              "actors", "killed", "injured", "documents", "events", "contested",
                                              "confidence"], "")
    else:
        _emit([_flat(r) for r in rows], fmt, ["when", "type", "place", "killed", "injured", "n", "contested",
                                              "headline"], f"Incidents ({len(rows)})", wide="headline")
