"""Baseline coder: actor-implied events only (the full dependency coder replaces this)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import PLOVER_SIGN, Event, Place

if TYPE_CHECKING:
    from ..actors import ActorIndex
    from ..context import Context


def code_events(ctx: Context, actors: ActorIndex, places: list[Place]) -> list[Event]:
    out = []
    for i, imp in enumerate(actors.implied_events()):
        out.append(Event(id=f"e{i + 1}", type=imp.type, mode=imp.mode, source=imp.source, target=imp.target,
                         start=imp.start, end=imp.end, text=ctx.text[imp.start:imp.end],
                         voice=ctx.voice_at(imp.start), sign=PLOVER_SIGN[imp.type]))
    return out
