"""Events: PLOVER coding of who did what to whom from dependency parses.

Interface: `code_events(ctx, actors, places) -> list[Event]`.
"""

from .coder import code_events

__all__ = ["code_events"]
