"""Who an act noun names as its doers: its "by" agents (also where the parser hung them on its "of" object or on the
active verb it is the object of), whom it is blamed on ("blamed the attack on X"), who claims it ("X claimed the
attack"), and the sides of "between Indian and Pakistani troops"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import (
    BETWEEN,
    FOR,
    OF,
    TO,
    VERBAL,
    WITH,
    conjuncts,
    is_passive,
    prep_objects,
    relative_object,
    subjects,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token


# runs of acts whose "by" phrase the parser hangs on the run, not the act: "a series of provocations by X"
RUNS = frozenset({"series", "wave", "spate", "string", "litany", "pattern", "catalogue", "catalog", "succession",
                  # and its going on again: "the resumption of heavy shelling by X on Y"
                  "resumption", "continuation", "renewal", "escalation", "intensification"})


def noun_agents(act: Token) -> list[Token]:
    """The "by" agents of an act noun, also where the parser hung "by" on its "of" object ("the arrest of journalists
    by police") or on the run of acts it is the "of" object of ("a series of provocations by X", "the resumption of
    shelling by X")."""
    run = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.lemma_.lower() in RUNS \
        else None
    found = prep_objects(act, frozenset({"by"})) or [
        p for o in prep_objects(act, OF) for p in prep_objects(o, frozenset({"by"}))] or _made_by(act) or (
        prep_objects(run, frozenset({"by"})) or _stray_agents(run) if run is not None else []) or _stray_agents(act)
    return [p for p in found if not merged_name(p)]


# verbs by which a doer makes an act: "a protest organised by X", "an attack carried out (claimed) by X"
MADE = frozenset({"organize", "organise", "stage", "carry", "conduct", "launch", "lead", "mount", "hold", "call",
                  "impose", "perpetrate", "commit", "claim", "order", "wage", "unleash", "spearhead"})


def _made_by(act: Token) -> list[Token]:
    """The "by" party of a participle after the act that says who made it ("a protest organised by the opposition",
    "the attack carried out by the rebels"); not of another participle ("a protest attended by thousands")."""
    return [p for v in act.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.i > act.i
            and v.lemma_.lower() in MADE for c in v.children if c.dep_ == "agent"
            for p in c.children if p.dep_ == "pobj" for p in conjuncts(p)]


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

# Acts whose owner is whom they were done to only when the owner is a named person: a role noun or a force owns the
# act it does ("the gunman's shooting", "the army's shelling").
NAMED_PATIENT_OWNED = frozenset({"shooting", "stabbing", "beating", "wounding"})


def patient_owner(n: Token, a: Token) -> list[Token]:
    """The owner of an act done to it ("his arrest", "Soleimani's assassination", "the Khashoggi murder"): its
    possessor, or a person's name before it, when no "of" object names whom it was done to; `a` is the noun phrase
    carrying the arguments."""
    lemma = n.lemma_.lower()
    if lemma not in PATIENT_OWNED | NAMED_PATIENT_OWNED or prep_objects(a, OF):
        return []
    named = lemma in NAMED_PATIENT_OWNED  # "Tyre Lee's shooting" was done to him; "the gunman's shooting" is not
    return [c for c in a.children if c.dep_ == "poss" and (not named or c.ent_type_ == "PERSON")] + [
        c for c in n.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]


def relative_host(act: Token, hosts: frozenset[str]) -> tuple[Token, list[Token]] | None:
    """"the call Biden made to Erdogan", "the raid the army carried out on the camp": an object relative on the act
    whose verb hosts it, with its doers (the relative's subject; a name the parser made the act's apposition, right
    before the verb) and its prepositions the act's; None for a subject relative ("the raid that killed ten"), a
    reduced passive ("the call made to X") or a verb that hosts nothing ("the call the aides discussed")."""
    for v in act.children:
        if v.lemma_.lower() not in hosts or v.i < act.i:
            continue
        if v.dep_ == "relcl" and (o := relative_object(v)) is not None and o.i == act.i:
            return v, []
        named = [x for x in act.children if x.dep_ == "appos" and x.pos_ == "PROPN" and x.i == v.i - 1]
        if v.dep_ == "acl" and named and not any(t.text == "," for t in act.doc[act.i:v.i]) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass", "agent") for c in v.children):
            return v, named
    return None


# a meeting named as the time of the clause's act: "X spoke after (following, before) talks with Y"
MET_AT = frozenset({"after", "following", "before"})


def met_before(act: Token) -> Token | None:
    """"Lavrov spoke to reporters after his talks with Wang", "X called for Y following a meeting with Z": a meeting
    with a party named as the time of a clause's act was held by that clause's subject; the clause's verb, or None for
    another shape (a passive clause, a meeting "between" others or with no one named)."""
    p = act.head
    v = p.head
    if act.dep_ != "pobj" or p.lower_ not in MET_AT or v.pos_ not in VERBAL or is_passive(v) \
            or not prep_objects(act, WITH) or prep_objects(act, BETWEEN):
        return None
    return v


# the forces a compound names as the doer of an act done to an "of" party: "the police killing of a teenager",
# "an army raid of the camp" (a force named with no one it was done to may be the one hurt: "Police Shooting")
FORCE_SECTORS = frozenset({"POL", "MIL"})


def force_compound(c: Token, act: Token, sector_of: Callable[[str], str | None]) -> bool:
    """A force word compounded on an act that has an "of" party of another kind ("the police shooting of a man", not
    "the police shooting of an officer"): the force did it."""
    sector = sector_of(c.lemma_.lower())
    return c.dep_ == "compound" and c.head.i == act.i and c.pos_ == "NOUN" and sector in FORCE_SECTORS and any(
        p.pos_ in ("NOUN", "PROPN") and sector_of(p.lemma_.lower()) != sector for p in prep_objects(act, OF))


def rung_to(call: Token, host: Token | None, phoned: bool) -> list[Token]:
    """Whom a call is made to as a talk: the "to" party of a phone call ("a phone call to Putin", "the phone call X made
    to Y"), or of any call to a named person that asks nothing ("the call Biden made to Erdogan"; "a call to Erdogan
    for restraint", "a call to the UN to act" are appeals)."""
    words = (call, host) if host is not None and host.lemma_.lower() == "make" else (call,)
    to = [p for w in words for p in prep_objects(w, TO)]
    if phoned:
        return to
    asks = any(prep_objects(w, FOR) for w in words) or any(
        c.dep_ in ("acl", "relcl", "advcl", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        for w in words for c in w.children)
    return [] if asks else [t for t in to if t.ent_type_ == "PERSON"]


USING = frozenset({"use", "employ"})
# what one does with weapons before they are used: "X bought guns used in the shooting" (not "sold", "found", "seized")
HAVING = frozenset({"purchase", "buy", "own", "carry", "bring", "acquire", "obtain", "possess"})


def users(act: Token) -> tuple[Token, list[Token]] | None:
    """"X used a rifle in the attack", "a rifle X is believed to have used in the attack", "X bought guns used in the
    shooting": whoever used (or had) the weapons used in the act did it; the verb that says so, with its subjects."""
    v = act.head.head
    if act.dep_ != "pobj" or act.head.lower_ not in ("in", "during") or v.pos_ not in VERBAL \
            or v.lemma_.lower() not in USING:
        return None
    if v.dep_ == "acl" and v.tag_ == "VBN":  # "weapons used in the attack": whoever had them
        owner = v.head
        return (owner.head, subjects(owner.head)) if owner.dep_ == "dobj" and owner.head.pos_ in VERBAL \
            and owner.head.lemma_.lower() in HAVING and not is_passive(owner.head) else None
    return None if is_passive(v) else (v, subjects(v))


# verbs of charging or holding someone over an act: "X was charged in the shooting of Y", "police arrested two men over
# the killing", "the man convicted of the murder of Y" -- whom they name did the act (round 19)
CHARGING = frozenset({"charge", "arrest", "indict", "convict", "detain", "jail", "sentence", "book", "prosecute", "try",
                      "accuse", "suspect"})
CHARGED_OVER = frozenset({"in", "with", "over", "for", "of"})
# acts "in" which people are arrested that are the arresters' own or fought by both sides: "men arrested in a raid on a
# club", "detained in a sweep", "arrested in clashes with police" name no act of the ones held
HOLDERS_ACTS = frozenset({"raid", "sweep", "operation", "crackdown", "clampdown", "roundup", "swoop", "purge", "search",
                          "manhunt", "dragnet", "sting", "clash", "gunfight", "shootout", "shoot-out", "firefight",
                          "confrontation", "standoff", "stand-off", "protest", "demonstration", "rally", "riot"})


def charged_with(act: Token) -> tuple[Token, list[Token]] | None:
    """"X was charged in the shooting of Y", "police arrested two men over the killing", "the man accused of the
    murder", "arrested in connection with the attack": the verb that charges someone with the act, and whom it charges
    (its object, or its passive subject)."""
    v = act.head.head
    if act.head.lower_ == "in" and act.lemma_.lower() in HOLDERS_ACTS:
        return None  # "men arrested in a raid on a club": the raid is the arresters'
    if act.head.lower_ == "with" and v.lower_ == "connection" and v.head.lower_ == "in":
        v = v.head.head  # "X was arrested in connection with the shooting"
    elif act.head.lower_ == "in" and v.pos_ == "NOUN" and v.dep_ == "pobj" and v.head.lower_ in CHARGED_OVER:
        v = v.head.head  # "X was charged with murder in the death of Y"
    if act.dep_ != "pobj" or act.head.lower_ not in CHARGED_OVER or v.pos_ not in VERBAL \
            or v.lemma_.lower() not in CHARGING:
        return None
    held = [v.head] if v.dep_ == "acl" and v.tag_ == "VBN" else subjects(v) if is_passive(v) else [
        o for o in v.children if o.dep_ == "dobj"]  # "the man accused of the murder", "was charged", "arrested X"
    return (v, held) if held else None


# a doer named in one hyphenated word before the act (round 19): "U.S.-imposed sanctions", "the Saudi-led offensive",
# "Iranian-funded militias' attacks" are the named party's; "-backed" is backing (arguments.backing), "-brokered" and
# "-mediated" name a third party, not a side
DONE_BY = frozenset({"imposed", "led", "launched", "ordered", "sponsored", "funded", "financed", "orchestrated",
                     "directed", "initiated", "enforced", "driven"})


def hyphen_doers(n: Token) -> list[tuple[Token, str]]:
    """The words before an act noun that name its doer in one hyphenated token ("U.S.-imposed"), with the name."""
    out = []
    for c in n.lefts:
        head, _, done = c.lower_.rpartition("-")
        if c.dep_ in ("amod", "compound") and head and done in DONE_BY and "-" not in head:
            out.append((c, c.text[:len(head)]))
    return out
