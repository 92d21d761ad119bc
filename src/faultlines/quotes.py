"""Quotes: direct quotations tied to their speaker and outlet.

Interface: `find_quotes(ctx, actors) -> list[Quote]`. Baseline: text between double quote marks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .records import Quote

if TYPE_CHECKING:
    from .actors import ActorIndex
    from .context import Context

QUOTE_RE = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")


def find_quotes(ctx: Context, actors: ActorIndex) -> list[Quote]:
    out = []
    for i, m in enumerate(QUOTE_RE.finditer(ctx.text)):
        out.append(Quote(id=f"q{i + 1}", text=m.group(1), start=m.start(1), end=m.end(1)))
    return out
