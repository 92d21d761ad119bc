"""Fusion: reports that look like one happening (type, date, place, rarity-weighted wording) join one incident."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

from .reports import Report, day, distinctive

NEAR_KM = 30.0  # two specific places closer than this are the same scene
FAR_KM = 150.0  # farther than this they are not
WINDOW_DAYS = 10  # reports this many days apart need no more shared wording than same-day reports
HORIZON_DAYS = 365  # follow-ups (arrests, trials) this many days later still join, on stronger wording
COMMON = 20  # a word more reports than this (and than one in COMMON_SHARE) use proposes no candidates
COMMON_SHARE = 100  # (it still counts in the similarity: a city's name, a wire service's)
THRESHOLD = 0.20  # the least weighted overlap of distinctive words for two reports to be one incident
SAME_DAY = 0.05  # added when two reports are dated the same day (or the next)
SAME_TOLL = 0.05  # added when the tolls agree wherever both give one
SAME_PLACE = 0.05  # added when they name the same scene (one place, places close, or one names the other's town)
FAR = 0.15  # taken off when their places are farther apart than FAR_KM
NAMED_PEOPLE = 2  # reports naming this many of the same people need no more wording however late one is
PERSON_DF = 3  # a person more reports than this name (a police chief, a mayor) does not single out a happening
LATE = 0.08  # added to the threshold for every WINDOW_DAYS beyond the first
LATE_FOLLOW_UP = 0.04  # ... when the later report is a follow-up (an arrest, a trial: late by nature)
CUE = 0.02  # added for each scene, circumstance or victim word two reports within WINDOW_DAYS share ...
CUES = 2  # ... up to this many
OTHER_AGES = 0.1  # taken off when both reports give people's ages and share none (other victims, another day)
MERGE = 0.40  # a report scoring this much with members of two incidents joins them into one (the older id)


@dataclass
class Incident:
    """Reports of one happening and what they add up to."""

    id: str
    reports: list[Report] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # ids of the incidents merged into this one (their aliases)

    def add(self, r: Report) -> None:
        self.reports.append(r)



def km(a: Report, b: Report) -> float | None:
    """Great-circle distance between two reports' places, or None when one has none."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _norm(r: Report, weights: dict[str, float]) -> float:
    return sum(weights.get(k, 1.0) ** 2 for k in r.keys)


def similarity(a: Report, b: Report, *, window: int = WINDOW_DAYS, weights: dict[str, float] | None = None,
               norms: dict[str, float] | None = None, people: Counter[str] | None = None) -> float:
    """How much `a` and `b` look like one happening: 0 when type or date rule it out, else the overlap of their
    distinctive words (each weighted by its rarity in `weights`), raised when they name the same scene, fall on
    the same day or give the same toll, and lowered the later one is than the other (follow-ups must share
    more) and when their places are far apart."""
    w = weights or {}
    na = norms[a.doc_id] if norms and a.doc_id in norms else _norm(a, w)
    nb = norms[b.doc_id] if norms and b.doc_id in norms else _norm(b, w)
    if not na or not nb:
        return 0.0
    return _scored(a, b, _cosine(sum(w.get(k, 1.0) ** 2 for k in a.keys & b.keys), na, nb), window,
                   _named(a, b, people))


def _cosine(overlap: float, na: float, nb: float) -> float:
    """The weighted overlap of two word sets over their norms (squared weights summed): their cosine."""
    return overlap / math.sqrt(na * nb)


def _named(a: Report, b: Report, people: Counter[str] | None) -> int:
    """How many people both reports name by full name that few reports name (at most PERSON_DF in `people`)."""
    return sum(1 for p in set(a.people) & set(b.people) if people is None or people[p] <= PERSON_DF)


def _scored(a: Report, b: Report, cosine: float, window: int, named: int = 0) -> float:
    """`similarity` from the cosine of the two reports' weighted word sets: the evidence besides the wording.
    Reports that share NAMED_PEOPLE rarely named people need no more wording however late one is."""
    if a.type and b.type and a.type != b.type and "ASSAULT" not in (a.type, b.type):
        return 0.0  # a coder may give one attack another violent type; two non-attacks of different kinds differ
    da, db = day(a.date), day(b.date)
    gap = _gap(_ordinals(a), _ordinals(b)) if da and db else 0
    if gap > HORIZON_DAYS:
        return 0.0
    score = cosine - _late(gap, window, named, (a if a.date and b.date and a.date > b.date else b).follows)
    if da and db and gap <= 1:
        score += SAME_DAY
    if agree := _tolls_agree(a, b):
        score += SAME_TOLL * agree
    if _other_ages(a, b):
        score -= OTHER_AGES
    if gap <= window and a.cues and b.cues:
        score += CUE * min(CUES, len(set(a.cues) & set(b.cues)))
    dist = km(a, b)
    if a.specific and b.specific and dist is not None and (a.place_id == b.place_id or dist <= NEAR_KM):
        score += SAME_PLACE
    elif _named_by_other(a, b):
        score += SAME_PLACE  # one names the other's town (its own place unresolved, or resolved to a namesake)
    elif a.specific and b.specific and dist is not None and dist > FAR_KM:
        score -= FAR  # the gazetteer may be wrong about one of them: strong wording still joins them
    return score


def _late(gap: int, window: int, named: int, follows: bool) -> float:
    """What lateness takes off a score: LATE (LATE_FOLLOW_UP when the later report is a follow-up) for every
    doubling of the gap beyond the window; nothing when the reports share NAMED_PEOPLE rarely named people."""
    if gap <= window or named >= NAMED_PEOPLE:
        return 0.0
    return (LATE_FOLLOW_UP if follows else LATE) * math.log2(gap / window)


def _ordinals(r: Report) -> tuple[int, ...]:
    """The report's day and the days it recalls, as ordinals (its own day first; () when it is undated)."""
    return _days(r.date, r.recalls)


@lru_cache(maxsize=65536)
def _days(when: str | None, recalls: tuple[str, ...]) -> tuple[int, ...]:
    d = day(when)
    if d is None:
        return ()
    return (d.toordinal(), *(x.toordinal() for x in map(day, recalls) if x is not None))


def _gap(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """Days between two reports' happenings (`_ordinals`): between their days, or between a day one of them
    recalls ("the Jan. 7 shooting") and the other's day or a day it recalls, whichever is least."""
    best = abs(a[0] - b[0])
    if len(a) > 1 or len(b) > 1:
        best = min(best, min(abs(x - y) for x in a for y in b))
    return best


def _other_ages(a: Report, b: Report) -> bool:
    """Whether both reports give ages ("age:17") and none of them is the same."""
    ages_a, ages_b = _ages(a.keys), _ages(b.keys)
    return bool(ages_a) and bool(ages_b) and not ages_a & ages_b


@lru_cache(maxsize=65536)
def _ages(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith("age:"))


def _tolls_agree(a: Report, b: Report) -> int:
    """How many figures (killed, injured) the two reports both give, when they give the same figures wherever both
    give one and share at least one above 0; else 0."""
    ga, gb = dict(a.guessed), dict(b.guessed)
    shared = [(x, y) for x, y in ((a.killed if a.killed is not None else ga.get("killed"),
                                   b.killed if b.killed is not None else gb.get("killed")),
                                  (a.injured if a.injured is not None else ga.get("injured"),
                                   b.injured if b.injured is not None else gb.get("injured")))
              if x is not None and y is not None]
    return len(shared) if shared and all(x == y for x, y in shared) and any(x > 0 for x, _ in shared) else 0


def _named_by_other(a: Report, b: Report) -> bool:
    """Whether one report's place name is among the other's distinctive words: then the gazetteer, not the
    reports, put them far apart (a town read as a namesake abroad)."""
    return any(p is not None and (words := _words(p)) and words <= q.keys
               for p, q in ((a.place_name, b), (b.place_name, a)))


@lru_cache(maxsize=65536)
def _words(name: str) -> frozenset[str]:
    return distinctive(name)


def rarity(reports: Iterable[Report]) -> dict[str, float]:
    """Each distinctive word's weight: its inverse document frequency among `reports`."""
    df: Counter[str] = Counter()
    n = 0
    for r in reports:
        n += 1
        df.update(r.keys)
    return {k: math.log((n + 1) / (c + 0.5)) for k, c in df.items()}


def fuse(reports: Iterable[Report], incidents: list[Incident] | None = None, *,
         threshold: float = THRESHOLD, window: int = WINDOW_DAYS, merge: float = MERGE) -> list[Incident]:
    """Attach each report to the incident it best matches (its best-matching member at or above `threshold`),
    or open a new one; `incidents` are existing incidents to extend. Reports are taken in (date, id) order, so
    the result depends only on what is fused and in which batches. Candidates are the reports that share a
    word with it that few reports use and that are dated within a HORIZON_DAYS period of it (an inverted index
    by period), so fusion stays near-linear."""
    out = list(incidents or [])
    new = sorted(reports, key=lambda r: (r.date or "", r.doc_id))
    members = [(inc, r) for inc in out for r in inc.reports]
    weights = rarity([r for _, r in members] + new)
    sq = {k: w * w for k, w in weights.items()}
    people: Counter[str] = Counter(p for _, r in members for p in r.people)
    people.update(p for r in new for p in r.people)
    norms: dict[str, float] = {}
    days: dict[str, int | None] = {}
    ordinals: dict[str, tuple[int, ...]] = {}
    where: dict[str, tuple[Incident, Report]] = {}
    postings: dict[str, dict[int, list[str]]] = {}  # word -> HORIZON_DAYS-long period (-1: undated) -> reports
    used: Counter[str] = Counter()  # word -> reports indexed under it
    common_at = max(COMMON, (len(members) + len(new)) // COMMON_SHARE)

    def index(inc: Incident, r: Report) -> None:
        where[r.doc_id] = (inc, r)
        d = days[r.doc_id]
        period = d // HORIZON_DAYS if d is not None else -1
        for k in r.keys:
            postings.setdefault(k, {}).setdefault(period, []).append(r.doc_id)
        used.update(r.keys)

    def prepare(r: Report) -> None:
        norms[r.doc_id] = sum(sq[k] for k in r.keys)
        ordinals[r.doc_id] = _ordinals(r)
        days[r.doc_id] = ordinals[r.doc_id][0] if ordinals[r.doc_id] else None

    for inc, r in members:
        prepare(r)
        index(inc, r)
    bonus = SAME_DAY + 2 * SAME_TOLL + SAME_PLACE + CUE * CUES  # the most the evidence besides the wording adds
    for r in new:
        prepare(r)
        nr, dr, mine = norms[r.doc_id], days[r.doc_id], ordinals[r.doc_id]
        shared: dict[str, float] = {}  # candidate -> weighted overlap over r's uncommon words (an inverted index)
        common: list[str] = []
        near = None if dr is None else (-1, dr // HORIZON_DAYS - 1, dr // HORIZON_DAYS, dr // HORIZON_DAYS + 1)
        for k in r.keys:
            by_period = postings.get(k)
            if not by_period:
                continue
            if used[k] > common_at:
                common.append(k)
                continue
            wk = sq[k]
            for posted in (by_period.values() if near is None else (by_period.get(p, ()) for p in near)):
                for doc_id in posted:
                    shared[doc_id] = shared.get(doc_id, 0.0) + wk
        most = sum(sq[k] for k in common)  # the most r's common words can add to an overlap
        scores: dict[str, float] = {}
        by_id: dict[str, Incident] = {}
        for doc_id, overlap in shared.items():
            inc, m = where[doc_id]
            late = 0.0
            if dr is not None and (dm := days[doc_id]) is not None:
                om = ordinals[doc_id]
                gap = abs(dr - dm) if len(mine) == 1 and len(om) == 1 else _gap(mine, om)
                if gap > HORIZON_DAYS:
                    continue
                named = _named(r, m, people) if r.people and m.people else 0
                late = _late(gap, window, named, (r if dr > dm else m).follows)
            denominator = math.sqrt(nr * norms[doc_id]) if nr and norms[doc_id] else 0.0
            if not denominator or (overlap + most) / denominator + bonus - late < threshold:
                continue  # no other evidence can lift it to the threshold
            if common:
                overlap += sum(sq[k] for k in common if k in m.keys)
            sc = _scored(r, m, _cosine(overlap, nr, norms[doc_id]), window, _named(r, m, people) if r.people else 0)
            if sc > scores.get(inc.id, 0.0):
                scores[inc.id], by_id[inc.id] = sc, inc
        d = day(r.date)
        ranked = sorted(((sc, i) for i, sc in scores.items() if sc >= threshold and not (
            d and (first := _first_day(by_id[i])) and abs((d - first).days) > HORIZON_DAYS)), key=lambda x: (-x[0], x[1]))
        if ranked:
            best = by_id[ranked[0][1]]
            strong = [by_id[i] for sc, i in ranked[1:] if sc >= merge] if ranked[0][0] >= merge else []
            if strong:
                best = _merge([best, *strong], out, where)
        else:
            best = Incident(id="incident:" + r.doc_id[:16])
            out.append(best)
        best.add(r)
        index(best, r)
    return out


def _merge(incs: list[Incident], out: list[Incident], where: dict[str, tuple[Incident, Report]]) -> Incident:
    """Join incidents one report strongly matches into the oldest (earliest first day, then id); each absorbed
    id is recorded in the keeper's `merged`. Incidents that would span more than HORIZON_DAYS stay apart."""
    keep = min(incs, key=lambda i: (_first_day(i) or Date.max, i.id))
    for inc in incs:
        if inc is keep:
            continue
        days = [d for r in keep.reports + inc.reports if (d := day(r.date))]
        if days and (max(days) - min(days)).days > HORIZON_DAYS:
            continue
        keep.reports.extend(inc.reports)
        keep.merged.extend([inc.id, *inc.merged])
        for m in inc.reports:
            where[m.doc_id] = (keep, m)
        out.remove(inc)
    return keep


def _first_day(inc: Incident) -> Date | None:
    """The incident's earliest day: no report joins it more than HORIZON_DAYS away from it (no chains)."""
    days = [d for r in inc.reports if (d := day(r.date))]
    return min(days) if days else None


