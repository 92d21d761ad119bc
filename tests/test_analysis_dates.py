"""Loose event dates as day intervals: the ground the time rules stand on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faultlines.values.dates import Span, event_span, parse_span


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("2014", "2014-01-01", "2014-12-31"),
    ("2014-02", "2014-02-01", "2014-02-28"), ("2016-02", "2016-02-01", "2016-02-29"),  # the calendar's last day, leap years too
    ("2014-06-10", "2014-06-10", "2014-06-10"),
    ("2003-2011", "2003-01-01", "2011-12-31"),
    ("2003–2011", "2003-01-01", "2011-12-31"),
    ("2003/2011", "2003-01-01", "2011-12-31"),
    ("2014/..", "2014-01-01", None),
    ("../2011", None, "2011-12-31"),
    ("last spring", None, None),
    (None, None, None),
])
def test_parse_span(text, lo, hi):
    assert parse_span(text) == Span(lo, hi)


def test_undated_events_take_the_publication_date_as_their_latest():
    assert event_span(None, "2017-06-01") == Span(None, "2017-06-01")
    assert event_span("2014/..", "2017-06") == Span("2014-01-01", "2017-06-30")
    assert event_span("2005", "2017") == Span("2005-01-01", "2005-12-31")


def test_windows_and_order():
    assert Span("2003-01-01", "2011-12-31").overlaps_window("2010", "2012")
    assert not Span("2003-01-01", "2011-12-31").overlaps_window("2012", None)
    assert not Span(None, "2017-06-01").overlaps_window(None, "2016")  # reported in 2017: taken as 2017
    assert Span("2003-01-01", "2005-12-31").before(Span("2006-01-01", None))
    assert not Span(None, None).before(Span("2006-01-01", None))
    assert Span("2003-01-01", "2011-12-31").label() == "2003–2011"


@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(1900, 2100))
def test_ranges_are_ordered_intervals(y1, m, y2):
    a, b = sorted((y1, y2))
    span = parse_span(f"{a}-{m:02d}/{b}")
    assert span.lo is not None and span.hi is not None and span.lo <= span.hi
    assert parse_span(f"{a}-{m:02d}").lo <= parse_span(f"{a}-{m:02d}").hi
