"""Loose event dates as comparable ISO day intervals: the value type lives in `values.dates`."""

from ..values.dates import Span, bound, event_span, parse_span

__all__ = ["Span", "bound", "event_span", "parse_span"]
