"""Court acts told in the passive with no one named making them: "was charged with murder", "was indicted", "was
sentenced to ten years" in a local report are by the judiciary of the report's one country (prosecutors charge
on the courts' side); never where the sentence names an armed group, for a state's organ or a foreigner held."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import VERBAL, agents, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .arguments import ArgumentResolver

COURT_ACTS = frozenset({"charge", "indict", "convict", "sentence", "arraign", "prosecute"})
# "was charged with killing X" is a charge; "was charged with overseeing the budget" is a task
CRIME_GERUNDS = frozenset({"kill", "murder", "shoot", "stab", "assault", "attack", "rob", "possess", "threaten",
                           "kidnap", "rape", "beat", "injure", "wound", "endanger", "discharge", "carry", "steal",
                           "traffic", "sell", "obstruct", "tamper", "resist", "fire", "strangle", "abuse"})
HELD_KINDS = frozenset({"person", "civilians"})
UNDONE = frozenset({"recommend", "schedule", "set", "face", "due", "likely", "propose", "suggest", "could", "would"})


def charging_court(res: ArgumentResolver, trigger: Token, held: str) -> str | None:
    """The judiciary of the report's one country for an agentless passive court act on a person or civilians."""
    if trigger.pos_ not in VERBAL or trigger.lemma_.lower() not in COURT_ACTS or not is_passive(trigger) \
            or agents(trigger):
        return None
    if trigger.lemma_.lower() == "charge" and any(o.pos_ == "VERB" and o.lemma_.lower() not in CRIME_GERUNDS
                                                  for o in prep_objects(trigger, frozenset({"with"}))):
        return None  # "was charged with overseeing the budget": a task, no accusation
    if any(a.lemma_.lower() in UNDONE | res.lex.hypothetical_heads | res.lex.directive_heads for a in trigger.ancestors):
        return None  # "will recommend that he be sentenced", "is scheduled to be sentenced": not yet done
    country = res.lone_country
    d = res.actors.dictionary
    victim = res.entry(held)
    if country is None or victim is None or victim.kind not in HELD_KINDS or victim.country not in (None, country):
        return None
    if any((e := res.entry(res.actors.token_actor(t.i))) is not None and e.kind == "armed_group" for t in trigger.sent):
        return None
    aid = d.sub_actor(country, "JUD")
    if d.entry(aid) is None:
        return None
    res.place_spans.setdefault(aid, set()).add((trigger.i, trigger.i + 1))  # the unseen court stands at the verb
    return aid
