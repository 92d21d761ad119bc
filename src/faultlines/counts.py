"""Counts: numbers of killed, missing, troops, weapons ... with ranges and vague quantities.

Interface: `find_counts(ctx, actors, places) -> list[Count]`. Baseline: spaCy CARDINAL entities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Count, Place

if TYPE_CHECKING:
    from .actors import ActorIndex
    from .context import Context


def find_counts(ctx: Context, actors: ActorIndex, places: list[Place]) -> list[Count]:
    out = []
    for ent in ctx.doc.ents:
        if ent.label_ != "CARDINAL":
            continue
        digits = ent.text.replace(",", "")
        value = int(digits) if digits.isdigit() else None
        what = ent.root.head.text if ent.root.head is not ent.root else ""
        out.append(Count(id=f"c{len(out) + 1}", category="other", what=what, start=ent.start_char,
                         end=ent.end_char, text=ent.text, value=value))
    return out
