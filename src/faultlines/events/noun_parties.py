"""Who an act noun names as its doers: its "by" agents (also where the parser hung them on its "of" object or on the
active verb it is the object of) and whom it is blamed on ("blamed the attack on X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import VERBAL, conjuncts, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


def noun_agents(act: Token) -> list[Token]:
    """The "by" agents of an act noun, also where the parser hung "by" on its "of" object ("the arrest of journalists
    by police")."""
    return prep_objects(act, frozenset({"by"})) or [
        p for o in prep_objects(act, frozenset({"of"})) for p in prep_objects(o, frozenset({"by"}))] or _stray_agents(act)


BLAMING = frozenset({"blame", "pin"})


def blamed_on(act: Token) -> list[Token]:
    """Whom "blamed the attack on X" lays the act on: the verb's "on" object, else the act's own (last) "on" object
    unless that is a site ("blamed the attack on the embassy" names no culprit)."""
    v = act.head
    if act.dep_ != "dobj" or v.pos_ not in VERBAL or v.lemma_.lower() not in BLAMING:
        return []
    laid = prep_objects(v, frozenset({"on", "upon"}))
    if laid:
        return laid
    own = [c for x in (act, *prep_objects(act, frozenset({"of"}))) for c in x.children  # "the shelling of X on Y"
           if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    objs = [p for p in own[-1].children if p.dep_ == "pobj"] if own else []
    if not objs or any(p.ent_type_ in ("FAC", "LOC") for p in objs):
        return []
    return [x for p in objs for x in conjuncts(p)]


def _stray_agents(act: Token) -> list[Token]:
    """A "by" phrase the parser hung on the active verb whose object the act is ("protested the bombing of X on Friday
    by the Turkish air force"): an active verb has no agent of its own; a bare "by force" is a manner, not a doer."""
    v = act.head
    if act.dep_ != "dobj" or v.pos_ not in VERBAL or is_passive(v):
        return []
    return [p for c in v.children if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")) and c.i > act.i
            for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.tag_ != "VBG"
            and (p.pos_ == "PROPN" or any(x.dep_ in ("det", "amod", "compound", "poss") for x in p.lefts))
            for p in conjuncts(p)]
