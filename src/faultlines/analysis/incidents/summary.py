"""An incident's record: tolls by ACLED's conservative rule, where its reports disagree, its JSON object."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...records import Tension
from .fusion import Incident
from .reports import Report


@dataclass(frozen=True)
class Figure:
    """A toll as a report or an incident gives it: `value` to use, `low`/`high` its range."""

    value: int | None = None
    low: int | None = None
    high: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"value": self.value, "low": self.low, "high": self.high}


def figure(values: Sequence[int | None]) -> Figure | None:
    """ACLED's rule over reports' figures: the most conservative figure at least two reports give, else the
    lowest; `low`/`high` span every report's figure."""
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    common = [v for v, n in Counter(vals).items() if n >= 2]
    return Figure(min(common) if common else min(vals), min(vals), max(vals))


def toll(reports: Sequence[Report], what: str) -> Figure | None:
    """The incident's figure for `what` ("killed", "injured") from the reports that count it, else from what
    their headlines alone say. A report that says the toll rose (to a higher figure) raises it, as ACLED does."""
    fig = figure([getattr(r, what) for r in reports]) or figure([dict(r.guessed).get(what) for r in reports])
    risen = [v for r in reports if what in r.rose and (v := getattr(r, what)) is not None]
    if fig is not None and fig.value is not None and risen and max(risen) > fig.value:
        return Figure(max(risen), fig.low, fig.high)
    return fig


def contested(inc: Incident) -> list[dict[str, object]]:
    """Where the reports disagree: on the killed toll, on the injured toll, on who did it."""
    out: list[dict[str, object]] = []
    for what in ("killed", "injured"):
        by_value: dict[int, list[Report]] = {}
        for r in inc.reports:
            v = getattr(r, what)
            if v is not None:
                by_value.setdefault(v, []).append(r)
        if len(by_value) > 1:
            out.append({"on": what, "claims": [
                {"value": v, "documents": [r.doc_id for r in rs], "outlets": sorted({r.outlet or "" for r in rs}),
                 "evidence": rs[0].evidence, "events": [f"{r.doc_id}/{e}" for r in rs for e in r.events]}
                for v, rs in sorted(by_value.items())]})
    perpetrators = {s for r in inc.reports for s in r.sources}
    deniers = [r for r in inc.reports if set(r.denied) & perpetrators]
    disjoint = [r for r in inc.reports if r.sources]
    if deniers or len({r.sources for r in disjoint}) > 1 and not set.intersection(*(set(r.sources) for r in disjoint)):
        claims = [{"source": list(r.sources), "documents": [r.doc_id], "outlets": [r.outlet or ""],
                   "evidence": r.evidence, "events": [f"{r.doc_id}/{e}" for e in r.events]} for r in disjoint]
        claims += [{"denied": sorted(set(r.denied) & perpetrators), "documents": [r.doc_id],
                    "outlets": [r.outlet or ""], "evidence": r.evidence,
                    "events": [f"{r.doc_id}/{e}" for e in r.denials]} for r in deniers]
        out.append({"on": "perpetrator", "claims": claims})
    return out


def summary(inc: Incident) -> dict[str, Any]:
    """The incident as the CLI and the store give it (the `faultlines incidents` JSON object)."""
    rs = inc.reports
    types = Counter(r.type for r in rs if r.type)
    modes = Counter(r.mode for r in rs if r.mode)
    days = sorted(r.date for r in rs if r.date)
    event_days = sorted(r.date for r in rs if r.date and r.dated_by == "event")
    places = Counter((r.place_id, r.place_name, r.lat, r.lon) for r in rs if r.place_id and r.specific) or \
        Counter((r.place_id, r.place_name, r.lat, r.lon) for r in rs if r.place_id)
    place = places.most_common(1)[0][0] if places else None
    span = event_days or days
    actors = sorted({a for r in rs for a in r.sources + r.targets})
    killed, injured = toll(rs, "killed"), toll(rs, "injured")
    outlets = {r.outlet for r in rs}
    return {
        "id": inc.id, "type": types.most_common(1)[0][0] if types else None,
        "mode": modes.most_common(1)[0][0] if modes else None,
        "date": span[0] if span and span[0] == span[-1] else None,
        "start": span[0] if span else None, "end": span[-1] if span else None,
        "place": {"id": place[0], "name": place[1], "lat": place[2], "lon": place[3],
                  "specific": any(r.specific for r in rs if r.place_id == place[0])} if place else None,
        "actors": actors, "sources": sorted({a for r in rs for a in r.sources}),
        "targets": sorted({a for r in rs for a in r.targets}), "killed": killed.to_dict() if killed else None,
        "injured": injured.to_dict() if injured else None,
        "documents": [{"id": r.doc_id, "url": r.url, "title": r.title, "published": r.published,
                       "outlet": r.outlet, "voice": r.voice, "killed": r.killed, "injured": r.injured}
                      for r in sorted(rs, key=lambda r: (r.published or "", r.doc_id))],
        "events": [f"{r.doc_id}:{e}" for r in rs for e in r.events],
        "contested": contested(inc),
        "confidence": round(min(1.0, 0.5 + 0.15 * (len(outlets) - 1)), 2),
        "aliases": sorted(inc.merged),  # ids of incidents merged into this one: links to them still find it
    }


def tensions(record: dict[str, Any]) -> list[Tension]:
    """An incident's disagreements as corpus-level `contested` tensions, each with both sides' evidence events."""
    out = []
    place = (record.get("place") or {}).get("name")
    what = f"{(record.get('type') or 'the incident').lower()}{' in ' + place if place else ''}" \
           f"{' on ' + record['start'] if record.get('start') else ''}"
    events = {d["id"]: [f"{d['id']}/{e[len(d['id']) + 1:]}" for e in record["events"] if e.startswith(d["id"] + ":")]
              for d in record["documents"]}  # refs as the corpus' tensions give them: "doc_id/event_id"
    for c in record["contested"]:
        sides = []
        for claim in c["claims"]:
            said = claim.get("value", None)
            if said is None:
                said = ("denied " if "denied" in claim else "") + ", ".join(claim.get("denied") or claim.get("source"))
            sides.append(f"{said} ({', '.join(claim['outlets'])})")
        # each side's own events ("doc_id/event_id"; a denial's negated event), else its documents' events
        refs = tuple(dict.fromkeys(e for claim in c["claims"] for e in (claim.get("events") or [
            e for doc in claim["documents"] for e in events.get(doc, ())])))
        actors = tuple(sorted({a for claim in c["claims"] for a in claim.get("source", []) + claim.get("denied", [])}))
        out.append(Tension(id=f"{record['id']}:contested:{c['on']}", kind="contested",
                           actors=actors or tuple(record.get("actors") or ()),
                           summary=f"Reports of {what} disagree on {c['on']}: " + " vs ".join(sides),
                           events=refs, strength=float(len({o for cl in c["claims"] for o in cl["outlets"]}))))
    return out
