"""Plain-English pieces for tension summaries: verbs for PLOVER types and modes, voices, dates."""

from __future__ import annotations

from collections.abc import Iterable

from ..vocabulary import vocabulary
from .relations import Relation

_MODE_VERB = {
    "military": "arms", "weapons": "arms", "arms": "arms", "training": "trains", "economic": "funds",
    "financial": "funds", "funding": "funds", "humanitarian": "gives aid to", "intelligence": "shares intelligence with",
}
_TYPE_VERB = {name: t.verb for name, t in vocabulary().types.items()}  # data/plover.yaml
_PAST = {"attacks": "attacked", "coerces": "used force against", "threatens": "threatened"}


def verb(relations: Iterable[Relation]) -> str:
    """The most telling verb for some relations of one kind: a mode verb ("arms") beats a type verb."""
    rs = list(relations)
    for r in rs:
        if r.mode and r.mode.lower() in _MODE_VERB:
            return _MODE_VERB[r.mode.lower()]
    text = " ".join(r.text.lower() for r in rs)
    if rs and rs[0].type in ("AID", "SUPPORT"):
        for word, v in (("arm", "arms"), ("train", "trains"), ("fund", "funds"), ("financ", "funds"),
                        ("bankroll", "funds"), ("equip", "equips")):
            if word in text:
                return v
    return _TYPE_VERB.get(rs[0].type, rs[0].type.lower()) if rs else "relates to"


def past(v: str) -> str:
    return _PAST.get(v, v)


def when(relations: Iterable[Relation]) -> str:
    """" (2003–2011)" from the relations' own dates, or "" when none is dated."""
    dated = [r.span for r in relations if r.dated]
    if not dated:
        return ""
    lo = min((s.lo for s in dated if s.lo), default=None)
    hi = None if any(s.lo and not s.hi for s in dated) else max((s.hi for s in dated if s.hi), default=None)
    from ..values.dates import Span

    label = Span(lo, hi).label()
    return f" ({label})" if label else ""


def voice_label(r: Relation) -> str:
    if r.voice_kind == "author":
        return f"the author ({r.voice_name})" if r.voice_name else "the author"
    if r.voice_kind == "commenter":
        return f"commenter {r.voice_name}" if r.voice_name else "a commenter"
    return r.voice_name or "a quoted source"


def support(relations: Iterable[Relation]) -> float:
    """Evidence weight: distinct (story, voice) pairs, a commenter counting less than the author."""
    from .relations import VOICE_WEIGHT

    seen = {(r.copy, r.voice): VOICE_WEIGHT.get(r.voice_kind, 0.5) for r in relations}
    return round(sum(seen.values()), 3)
