"""Court acts told in the passive with no one named making them: "was charged with murder", "was indicted", "was
sentenced to ten years", "no charges have been filed against X" in a local report are by the judiciary of the
report's one country (prosecutors charge on the courts' side), and "was arrested on a warrant" in a local report on
police work by its police; never where the sentence names an armed group, for a foreigner held, nor for a state's
organ (but a police officer charged or tried). Also the loader of data/policing.yaml, which police_acts.py and
force_acts.py read."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..datafile import data_file
from .placements import POLICE_WORDS
from .syntax import VERBAL, agents, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .arguments import ArgumentResolver

KEYS = frozenset({"version", "custody_nouns", "custody_verbs", "spared_verbs", "fight_verbs", "fight_for", "alert_nouns",
                  "self_harms", "leading_to", "call_nouns", "call_answers", "call_kinds", "tip_nouns", "armed_verbs",
                  "armed_marks", "shooter_verbs", "found_verbs", "answer_words",
                  "partitive_few", "force_verbs", "spray_verbs", "use_verbs", "force_tools", "takedown_verbs",
                  "fire_verbs", "shot_nouns", "trade_verbs", "chase_nouns", "surrender_verbs",
                  "arrival_verbs", "street_words", "held_people",
                  "shooter_nouns", "venue_nouns", "crowd_people", "captive_verbs", "captive_marks", "captive_places", "held_things", "people_nouns",
                  "not_held", "hands_verbs", "hands_nouns", "clear_verbs", "clear_sites", "crowd_words", "protest_sites",
                  "launch_verbs", "missile_nouns", "sea_words", "test_words", "tap_verbs", "tap_nouns", "trial_verbs",
                  "advance_verbs", "advance_grounds", "dismiss_verbs", "dismiss_posts",
                  "inquiry_nouns", "inquiry_verbs", "release_verbs", "threat_verbs", "threat_weapons",
                  "threat_objects", "drawn_verbs", "police_nouns", "play_words", "police_animals",
                  "threat_people", "pursuit_verbs", "search_verbs", "chase_verbs", "wanted_nouns", "fee_words",
                  "court_hosts", "effort_hosts", "sacked_verbs", "leave_verbs",
                  "memory_verbs", "cordon_verbs", "toy_marks",
                  "sacked_contexts", "toll_verbs", "toll_words", "toll_cues", "toll_causes", "stop_verbs",
                  "force_verbs_out", "flee_verbs", "displace_verbs", "violence_nouns_out"})
COURT_ACTS = frozenset({"charge", "indict", "convict", "sentence", "arraign", "prosecute"})
JUDGING = frozenset({"convict", "sentence"})  # the court's own acts; a charge is brought by someone the report names
# "was charged with killing X" is a charge; "was charged with overseeing the budget" is a task
CRIME_GERUNDS = frozenset({"kill", "murder", "shoot", "stab", "assault", "attack", "rob", "possess", "threaten",
                           "kidnap", "rape", "beat", "injure", "wound", "endanger", "discharge", "carry", "steal",
                           "traffic", "sell", "obstruct", "tamper", "resist", "fire", "strangle", "abuse"})
HELD_KINDS = frozenset({"person", "civilians"})
CUSTODY_VERBS = frozenset({"take", "place", "put", "book", "remand"})  # "was placed into custody"
HOLDS = frozenset({"custody", "jail"})
FILINGS = frozenset({"file", "lodge", "bring", "press"})  # "charges were filed against X": the verb of a charge noun
UNDONE = frozenset({"recommend", "schedule", "set", "face", "due", "likely", "propose", "suggest", "could", "would"})


@lru_cache(maxsize=1)
def policing_data() -> dict[str, frozenset[str]]:
    """data/policing.yaml, checked for unknown keys by name."""
    raw: dict[str, Any] = data_file("policing.yaml")
    if set(raw) - KEYS:
        raise ValueError(f"policing.yaml: unknown keys {sorted(set(raw) - KEYS)}")
    return {k: frozenset(v) for k, v in raw.items() if k != "version"}


def _held(res: ArgumentResolver, trigger: Token) -> bool:
    """"was arrested", "was detained", "was taken into custody", "was booked into jail": held by the police."""
    lemma = trigger.lemma_.lower()
    return lemma in res.lex.police_holds or (lemma in CUSTODY_VERBS and any(
        p.lemma_.lower() in HOLDS for p in prep_objects(trigger, frozenset({"into", "in"}))))


def charging_court(res: ArgumentResolver, trigger: Token, held: str) -> str | None:
    """The judiciary of the report's one country for an agentless passive court act on a person or civilians ("was
    indicted", "no charges have been filed against X")."""
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() == "charge" and trigger.dep_ == "nsubjpass" \
            and trigger.head.lemma_.lower() in FILINGS:
        trigger = trigger.head  # the filing verb of "charges were filed against X" stands for the charge
    elif trigger.pos_ not in VERBAL or (trigger.lemma_.lower() not in COURT_ACTS and not _held(res, trigger)):
        return None
    if not is_passive(trigger) or agents(trigger):
        return None
    if trigger.lemma_.lower() == "charge" and trigger.pos_ in VERBAL and any(
            o.pos_ == "VERB" and o.lemma_.lower() not in CRIME_GERUNDS for o in prep_objects(trigger, frozenset({"with"}))):
        return None  # "was charged with overseeing the budget": a task, no accusation
    if any(a.lemma_.lower() in UNDONE | res.lex.hypothetical_heads | res.lex.directive_heads for a in trigger.ancestors):
        return None  # "will recommend that he be sentenced", "is scheduled to be sentenced": not yet done
    country = res.lone_country or res.home_police()  # a town's name read as a foreign state leaves the home's police
    d = res.actors.dictionary
    victim = res.entry(held)
    court = not _held(res, trigger)  # "the officer was charged": police are tried too
    if court and trigger.lemma_.lower() not in JUDGING:
        return None  # "was charged", "was indicted": police or prosecutors, whom the report leaves unnamed (round 21)
    if country is None or victim is None or victim.kind not in HELD_KINDS | ({"police"} if court else set()) \
            or victim.country not in (None, country):
        return None
    if any((e := res.entry(res.actors.token_actor(t.i))) is not None and e.kind == "armed_group" for t in trigger.sent):
        return None
    sector = "JUD"
    if not court:  # "was arrested on a warrant, police said": the police
        if not any(t.lemma_.lower() in POLICE_WORDS for t in trigger.doc):
            return None  # "was detained after her boat drifted": whose guards, the report does not say
        sector = "POL"
    aid = d.sub_actor(country, sector)
    if d.entry(aid) is None:
        return None
    res.place_spans.setdefault(aid, set()).add((trigger.i, trigger.i + 1))  # the unseen court stands at the verb
    return aid
