"""Events: PLOVER coding of who did what to whom from dependency parses.

Interface: `code_events(ctx, actors, places) -> list[Event]` (the rule coder's events) and
`judge_events(ctx, events) -> list[Event]` (the trained judge: keeps, retypes or vetoes each one).
"""

from .coder import code_events
from .judge import judge_events

__all__ = ["code_events", "judge_events"]
