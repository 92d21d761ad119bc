"""The word lists of data/diplomacy.yaml, loaded once and checked for unknown keys, and the one test the noun coder
asks of them ("came to Syria's aid": the possessor is the one helped)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafile import data_file, word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

KEYS = frozenset({"version", "bonds", "bond_frames", "bad_bonds", "praising", "strengthening", "pair_words", "jointly",
                  "not_joint", "joint_kinds", "manners", "signing", "agreements", "paired_types", "after_preps",
                  "meetings", "honours", "good_bonds", "describing", "praise_nouns", "praise_hosts",
                  "carriers", "going", "receiving", "visitors", "visiting", "partner_verbs", "not_partnered",
                  "rescues", "coming", "defences", "ally_nouns", "past_allies", "kin",
                  "teaming", "teaming_objects", "deploying", "forces_sent",
                  "in_support", "with_nouns", "not_partners", "wishes",
                  "partner_types", "colluding", "colluding_verbs", "colluding_nouns", "bribes", "bribe_takers",
                  "imposing", "suspending", "sanction_nouns", "hostile_measures", "concerns", "concern_adjectives",
                  "concern_hosts",
                  "concern_preps", "concern_welfare", "concern_acts", "briefing", "speaking",
                  "informing_police", "briefed_kinds", "brokering", "brokered", "venues",
                  "controls", "control_verbs", "outlets",
                  "concern_guesses", "recognising", "recognised", "asking", "asked_help", "alleging", "hoping",
                  "touring"})
STIRRING = frozenset({"fuel", "foment", "stoke", "orchestrate", "instigate", "fan"})  # events.yaml: "fuelled the
# unrest in X" backs whoever fights there, not X
VOTES = frozenset({"result", "outcome", "election", "vote", "referendum", "poll", "ballot", "plebiscite"})
HONOUR_KEYS = frozenset({"verbs", "things", "qualified", "renaming", "named"})

@dataclass(frozen=True)
class DiplomacyData:
    """The word lists of data/diplomacy.yaml."""

    words: dict[str, frozenset[str]]
    qualified: dict[str, frozenset[str]]

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.words[key]


@lru_cache(maxsize=1)
def diplomacy_data() -> DiplomacyData:
    """data/diplomacy.yaml, checked for unknown keys."""
    raw = data_file("diplomacy.yaml")
    honours = raw.get("honours") or {}
    if set(raw) - KEYS or set(honours) - HONOUR_KEYS:
        raise ValueError(f"diplomacy.yaml: unknown keys {sorted(set(raw) - KEYS) + sorted(set(honours) - HONOUR_KEYS)}")
    words = {k: word_list(raw, k) for k in raw if k not in ("version", "honours")}
    words |= {f"honour_{k}": word_list(honours, k) for k in honours if k != "qualified"}
    words["colluding_words"] = words["colluding_verbs"] | words["colluding_nouns"] | words["bribes"] | {"tip"}
    qualified = honours.get("qualified") or {}
    return DiplomacyData(words, {str(k): word_list(qualified, k) for k in qualified})



def rescued(n: Token) -> bool:
    """"came to Syria's aid", "rushed to the rescue of Qatar": a noun of help under "to" after a verb of coming; its
    possessor is the one helped, not the giver (events/companions.py codes it)."""
    d = diplomacy_data()
    return n.lemma_.lower() in d["rescues"] and n.dep_ == "pobj" and n.head.lower_ == "to" \
        and n.head.head.lemma_.lower() in d["coming"]


def hostile_measure(t: Token) -> bool:
    """A measure done to a party ("sanctions", "an embargo", "strikes", "military action", "a resolution"): backing it
    is no support of whom its "against" or "on" phrase names ("backed sanctions against Russia": not Russia)."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in diplomacy_data()["hostile_measures"]


def withheld(t: Token) -> bool:
    """"does not recognize the results", "would not recognise Kosovo": recognition withheld from a vote, a government
    or a state is a rejection (CAMEO 12), not a negated endorsement; "did not recognize the suspect" stays as it is."""
    d = diplomacy_data()
    return t.lemma_.lower() in d["recognising"] and any(
        o.dep_ == "dobj" and (o.lemma_.lower() in d["recognised"] or o.ent_type_ in ("GPE", "ORG", "NORP"))
        for o in t.children)


def placed_vote(t: Token, target: Token | None) -> bool:
    """The target of a verb of recognising (or of stirring unrest) is only where the vote recognised was held ("the
    results of the referendum held in eastern Moldova", "the vote in the north of Moldova", "Moldova Polls", "fuelled
    the unrest in Kashmir"): the place is no party recognised, rejected or backed."""
    if target is None or t.lemma_.lower() not in diplomacy_data()["recognising"] | STIRRING:
        return False
    if target.lemma_.lower() in VOTES:
        return True  # "Does Not Recognize E. Ukraine Polls": the polls held there, named by their place
    up = target
    while up.i != t.i and up.head.i != up.i:
        if up.dep_ == "acl" or (up.dep_ == "prep" and up.lower_ == "in"):
            return True
        up = up.head
    return False


def protested(v: Token) -> Token | None:
    """The clause a protest says, when "protest" is a verb of saying: "protested that Kenya was failing to ...", "Kenya
    is failing to ..., a rights group protested" (the parser hangs the verb on its subject); else None."""
    if v.lemma_.lower() != "protest":
        return None
    said = next((c for c in v.children if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" for s in c.children)), None)
    root = v.sent.root
    if said is None and v.dep_ == "acl" and v.head.dep_ in ("appos", "npadvmod", "dobj", "nsubj") \
            and root.pos_ in ("VERB", "AUX") and root.i < v.head.i and any(t.lower_ == "," for t in v.doc[root.i:v.i]):
        said = root
    return said

