"""Events over time for the explorer: counts per month or week under the network's own filters.

An event counts at the start of its own date ("2014-2018" at 2014), else at its article's publication
day; events with neither are counted apart as undated, never placed on the axis.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..values.dates import real_day
from .db import Reader
from .network import Filters, gathered

BUCKETS = ("month", "week")


def _period(day: str, bucket: str) -> tuple[str, str, str]:
    """(label, first day, last day) of the month or ISO week holding `day`."""
    d = date.fromisoformat(day)
    if bucket == "week":
        start = d - timedelta(days=d.weekday())
        y, w, _ = start.isocalendar()
        return f"{y}-W{w:02d}", start.isoformat(), (start + timedelta(days=6)).isoformat()
    first = d.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return day[:7], first.isoformat(), last.isoformat()


def _continuous(periods: dict[str, dict[str, Any]], bucket: str, cap: int = 2000) -> list[dict[str, Any]]:
    """The periods from the first to the last, empty ones included, so that the axis is time itself."""
    if not periods:
        return []
    ordered = [periods[k] for k in sorted(periods)]
    out: list[dict[str, Any]] = []
    day = date.fromisoformat(ordered[0]["from"])
    end = ordered[-1]["from"]
    while day.isoformat() <= end and len(out) < cap:
        label, first, last = _period(day.isoformat(), bucket)
        out.append(periods.get(label) or {"period": label, "from": first, "to": last, "n": 0, "positive": 0,
                                          "negative": 0, "neutral": 0})
        day = date.fromisoformat(last) + timedelta(days=1)
    return out if len(out) < cap else ordered


def timeline(reader: Reader, f: Filters, *, bucket: str = "month") -> dict[str, Any]:
    """Events per period for every filter but the date range (the range is what a reader brushes)."""
    def make() -> dict[str, Any]:
        relations, hierarchy = gathered(reader)
        wide = replace(f, since=None, until=None)
        per_day: Counter[tuple[str, str, bool]] = Counter()  # (day, sign kind, dated) -> events
        undated = by_publication = 0
        for r in relations:
            if not wide.keep(r, hierarchy):
                continue
            day = r.span.lo or r.span.hi
            if day is None:
                undated += 1
                continue
            per_day[day, "positive" if r.sign > 0 else "negative" if r.sign < 0 else "neutral", r.dated] += 1
        periods: dict[str, dict[str, Any]] = {}
        for (day, kind, dated), n in per_day.items():  # each day's period worked out once, not once an event
            if not real_day(day):  # one no calendar has ("2015-02-31")
                undated += n
                continue
            if not dated:
                by_publication += n
            label, first, last = _period(day, bucket)
            p = periods.setdefault(label, {"period": label, "from": first, "to": last, "n": 0, "positive": 0,
                                           "negative": 0, "neutral": 0})
            p["n"] += n
            p[kind] += n
        return {"filters": f.query(), "bucket": bucket, "periods": _continuous(periods, bucket),
                "undated": undated, "by_publication": by_publication,
                "selected": {"from": f.since, "to": f.until}}
    return reader.cached(("timeline", bucket, f.key()), make)
