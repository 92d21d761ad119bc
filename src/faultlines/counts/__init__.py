"""Counts: numbers of killed, missing, troops, weapons ... with ranges, bounds and vague quantities.

Interface: `find_counts(ctx, actors, places, events) -> list[Count]` (casualties linked to events),
`event_tolls(ctx, events, counts)` (Event.fatalities); the number grammar is `parse_quantity`.
"""

from .extract import find_counts
from .grammar import Quantity, find_quantities, number_value, parse_quantity
from .tolls import event_tolls, note_fatalities, toll_disputes

__all__ = ["Quantity", "event_tolls", "find_counts", "find_quantities", "note_fatalities", "number_value",
           "parse_quantity", "toll_disputes"]
