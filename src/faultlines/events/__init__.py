"""Events: PLOVER coding of who did what to whom from dependency parses.

Interface: `code_events(ctx, actors, places) -> CodedEvents` (the rule coder's events, and the mentions that
stood for their actors, which the actors stage records with `ActorIndex.record`) and
`judge_events(ctx, events) -> list[Event]` (the trained judge: keeps, retypes or vetoes each one).
"""

from .coder import CodedEvents, code_events
from .judge import judge_events

__all__ = ["CodedEvents", "code_events", "judge_events"]
