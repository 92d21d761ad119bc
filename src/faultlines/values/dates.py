"""Dates as the facts carry them: ISO 8601 dates and intervals, partial or open ("2014", "2014-06", "2003/2011",
"2015-03/.."), written by `iso_date`/`iso_interval` and read back as comparable day spans by `parse_span`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_PART = r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?"
_ONE = re.compile(rf"^\s*(?:c\.\s*|circa\s+|~)?{_PART}\s*$")
_RANGE = re.compile(rf"^\s*{_PART}\s*(?:/|\.\.|–|—|-|\s+to\s+|\s+until\s+)\s*{_PART}\s*$")
_OPEN = re.compile(r"^\s*([\d-]*|\.\.)\s*/\s*([\d-]*|\.\.)\s*$")


@dataclass(frozen=True)
class Span:
    """A closed interval of ISO days; `lo`/`hi` are None when that end is unknown."""

    lo: str | None = None
    hi: str | None = None

    def before(self, other: Span) -> bool:
        """True when this span certainly ends before `other` starts."""
        return self.hi is not None and other.lo is not None and self.hi < other.lo

    def overlaps_window(self, since: str | None, until: str | None) -> bool:
        """True unless the span certainly lies outside [since, until] (open ends allowed)."""
        lo = self.lo or self.hi  # undated: the publication date stands in for the event's
        if since and self.hi is not None and self.hi < bound(since, low=True):
            return False
        return not (until and lo is not None and lo > bound(until, low=False))

    def label(self) -> str:
        """Years as a reader says them: "2014", "2003–2011", "until 2011", ""."""
        lo, hi = (self.lo or "")[:4], (self.hi or "")[:4]
        if lo and hi:
            return lo if lo == hi else f"{lo}–{hi}"
        return f"since {lo}" if lo else (f"until {hi}" if hi else "")


def _day(y: str, m: str | None, d: str | None, *, low: bool) -> str:
    if m is None:
        return f"{y}-01-01" if low else f"{y}-12-31"
    mm = int(m)
    if d is None:
        last = calendar.monthrange(int(y), mm)[1] if 1 <= mm <= 12 else 31  # month 13 stays invalid, checked later
        return f"{y}-{mm:02d}-01" if low else f"{y}-{mm:02d}-{last:02d}"
    return f"{y}-{mm:02d}-{int(d):02d}"


def bound(text: str, *, low: bool) -> str:
    """The first (low) or last day of a partial ISO date such as "2014" or "2014-06"."""
    m = _ONE.match(text)
    if not m:
        return text
    return _day(*m.groups(), low=low)


@lru_cache(maxsize=1 << 14)
def parse_span(text: str | None) -> Span:
    """Parse an event date; anything unreadable is an unknown span (memoised: a store has a few hundred distinct
    dates, read again for every event; a `Span` is frozen, so one may be shared)."""
    if not text:
        return Span()
    m = _ONE.match(text)
    if m:
        return Span(_day(*m.groups(), low=True), _day(*m.groups(), low=False))
    m = _RANGE.match(text)
    if m:
        g = m.groups()
        return Span(_day(*g[:3], low=True), _day(*g[3:], low=False))
    m = _OPEN.match(text)  # ISO 8601 open intervals: "2014/..", "../2011"
    if m:
        lo, hi = m.group(1), m.group(2)
        return Span(bound(lo, low=True) if _ONE.match(lo) else None, bound(hi, low=False) if _ONE.match(hi) else None)
    return Span()


def event_span(date: str | None, published: str | None) -> Span:
    """An event's time: its own date (an open end closed by the publication date), else "by the time
    it was published" (unknown start)."""
    span, pub = parse_span(date), parse_span(published)
    if span.lo and not span.hi:  # "since 2014", as of publication
        return Span(span.lo, pub.hi) if pub.hi and pub.hi >= span.lo else span
    if span.lo or span.hi:
        return span
    return Span(None, pub.hi)


def iso_date(year: int | str, month: int | None = None, day: int | None = None) -> str:
    """A partial ISO date: "2014", "2014-06", "2014-06-03"."""
    out = f"{int(year):04d}"
    if month is not None:
        out += f"-{month:02d}"
        if day is not None:
            out += f"-{day:02d}"
    return out


def iso_interval(start: str | None, end: str | None) -> str:
    """An ISO 8601 interval of partial dates, ".." for an open end: "2003/2011", "2015-03/..", "../2011"."""
    return f"{start or '..'}/{end or '..'}"


def parse_day(text: str | None) -> dt.date | None:
    """The calendar day an ISO timestamp or date starts with ("2017-03-04T10:00Z" -> 2017-03-04), or None."""
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def real_day(day: str | None) -> bool:
    """True for an ISO day that exists on the calendar (a coder's "2015-02-31" or "2015-13" does not)."""
    if not day:
        return False
    try:
        return dt.date.fromisoformat(day).year >= 1
    except ValueError:
        return False


def days_between(lo: str, hi: str) -> int:
    """Whole days from ISO day `lo` to ISO day `hi` (0 for the same day)."""
    return (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days


def midpoint(lo: str, hi: str) -> str:
    """The middle ISO day of [lo, hi] (rounded down)."""
    a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    return (a + (b - a) / 2).isoformat()
