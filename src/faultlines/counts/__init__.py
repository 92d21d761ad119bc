"""Counts: numbers of killed, missing, troops, weapons ... with ranges, bounds and vague quantities.

Interface: `find_counts(ctx, actors, places) -> list[Count]`; the number grammar is `parse_quantity`.
"""

from .extract import find_counts
from .grammar import Quantity, find_quantities, number_value, parse_quantity

__all__ = ["Quantity", "find_counts", "find_quantities", "number_value", "parse_quantity"]
