"""Who an act noun names as its doers: its "by" agents (also where the parser hung them on its "of" object or on the
active verb it is the object of), whom it is blamed on ("blamed the attack on X"), who claims it ("X claimed the
attack"), and the sides of "between Indian and Pakistani troops"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import OF, VERBAL, conjuncts, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


# runs of acts whose "by" phrase the parser hangs on the run, not the act: "a series of provocations by X"
RUNS = frozenset({"series", "wave", "spate", "string", "litany", "pattern", "catalogue", "catalog", "succession"})


def noun_agents(act: Token) -> list[Token]:
    """The "by" agents of an act noun, also where the parser hung "by" on its "of" object ("the arrest of journalists
    by police") or on the run of acts it is the "of" object of ("a series of provocations by X")."""
    run = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.lemma_.lower() in RUNS \
        else None
    found = prep_objects(act, frozenset({"by"})) or [
        p for o in prep_objects(act, OF) for p in prep_objects(o, frozenset({"by"}))] or (
        prep_objects(run, frozenset({"by"})) or _stray_agents(run) if run is not None else []) or _stray_agents(act)
    return [p for p in found if not merged_name(p)]


def merged_name(t: Token) -> bool:
    """A name the parser ran into the sentence's verb and a name before it ("the abduction of X by al-Shabaab shocked
    Kenya" read as one phrase "al-Shabaab shocked Kenya"): a past verb made its modifier, after another name."""
    names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_]
    return t.pos_ == "PROPN" and bool(names) and any(
        m.dep_ == "amod" and m.i > names[0].i and m.tag_ in ("VBD", "VBN", "JJ") and m.lower_.endswith("ed")
        and m.nbor(-1).text != "-" for m in t.lefts)


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
    own = [c for x in (act, *prep_objects(act, OF)) for c in x.children  # "the shelling of X on Y"
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


CLAIMING = frozenset({"claim"})


def claimants(act: Token) -> list[Token]:
    """"The Houthis claimed the drone attack": the subject of an active "claim" whose object is the act owns it (a
    claim that something happened is a clause, not an object)."""
    v = act.head
    if act.dep_ != "dobj" or v.pos_ not in VERBAL or v.lemma_.lower() not in CLAIMING or is_passive(v):
        return []
    return [x for c in v.children if c.dep_ == "nsubj" for x in conjuncts(c)]


SIDE_NAMES = frozenset({"NORP", "GPE"})


def split_sides(head: Token) -> list[Token]:
    """"between Indian and Pakistani troops": the coordinated name modifiers of one plural head, each a side of its own
    (none for one modifier, "between Indian troops")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in SIDE_NAMES]
    out = [x for m in mods for x in conjuncts(m) if x.ent_type_ in SIDE_NAMES]
    return out if len(out) > 1 else []


# what makes an act noun one still to come ("the planned offensive", "upcoming talks", "a looming strike")
UNREALISED = frozenset({"planned", "proposed", "possible", "potential", "threatened", "expected", "looming", "imminent",
                        "anticipated", "future", "prospective", "mooted", "contemplated", "impending", "upcoming",
                        "intended", "scheduled", "feared", "rumoured", "rumored", "envisaged", "envisioned"})


def unrealised(n: Token, host: Token | None = None) -> bool:
    """An act noun whose own modifier says it has not happened yet ("the planned offensive on Rafah"); not when a host
    verb makes the act its own ("vowed to respond to any future attack" is a threat made now)."""
    return n.pos_ == "NOUN" and (host is None or host is n) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in UNREALISED for c in n.children)


# acts whose owner is the one they are done to ("his arrest", "Soleimani's assassination", "the Khashoggi murder"),
# unless an "of" object names that one ("Russia's arrest of the journalist")
PATIENT_OWNED = frozenset({"arrest", "detention", "capture", "abduction", "kidnapping", "kidnap", "imprisonment",
                           "jailing", "internment", "deportation", "extradition", "expulsion", "torture", "rape",
                           "assassination", "murder", "killing", "execution", "beheading", "lynching", "poisoning",
                           "prosecution", "indictment", "conviction", "sentencing", "interrogation", "ouster", "slaying",
                           "overthrow", "removal", "eviction", "disappearance", "release", "exile", "persecution"})


def patient_owner(n: Token, a: Token) -> list[Token]:
    """The owner of an act done to it ("his arrest", "Soleimani's assassination", "the Khashoggi murder"): its
    possessor, or a person's name before it, when no "of" object names whom it was done to; `a` is the noun phrase
    carrying the arguments."""
    if n.lemma_.lower() not in PATIENT_OWNED or prep_objects(a, OF):
        return []
    return [c for c in a.children if c.dep_ == "poss"] + [
        c for c in n.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
