"""Casualties named by their verb: victims without a number ("killed a civilian", "a man was found dead",
"shot him dead") and bare numbers ("two were killed", "1 killed, 7 injured", "killing five of them").

A victim phrase with "a", "an" or "another" counts one; a pronoun or a definite singular ("the man", "him")
counts one too but is `weak`: it may only restate a victim already counted (see tolls.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .grammar import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PASSIVE_SUBJ = ("nsubjpass",)
INDEFINITE = ("a", "an", "another", "one")
SINGULAR_PRONOUNS = ("him", "her", "he", "she")
NOT_VICTIM = ("who", "that", "which", "what", "it", "this", "these", "those", "they", "them", "themselves",
              "himself", "herself", "itself", "one", "some", "all", "none", "each", "both", "any")


@dataclass(frozen=True)
class Victim:
    """A casualty found from its verb: the victim phrase's tokens [start, end), category and count."""

    start: int
    end: int
    category: str
    value: int
    weak: bool


@lru_cache(maxsize=1)
def _not_victims() -> tuple[frozenset[str], frozenset[str]]:
    v = vocabulary()
    return frozenset(v["not_victims"]), frozenset(v["background_words"])


@lru_cache(maxsize=1)
def _natural_causes() -> frozenset[str]:
    return frozenset(vocabulary()["natural_causes"])


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    v = vocabulary()
    verbs = {w: cat for cat, words in v["casualty_verbs"].items() for w in words}
    return (verbs, frozenset(v["die_verbs"]), frozenset(v["to_death_verbs"]), frozenset(v["death_nouns"]),
            frozenset(v["intent_words"]))


def intended(t: Token) -> bool:
    """True when a casualty word is an intention or a threat: "attempt to kill", "threatened to kill them"."""
    _, _, _, _, intent = lexicon()
    node = t
    for _ in range(3):
        if node.dep_ in ("xcomp", "acl", "advcl", "ccomp", "pcomp", "conj") and node.head is not node:
            node = node.head
            if node.lemma_.lower() in intent or node.lower_ in intent:
                return True
        else:
            return False
    return False


def background(t: Token) -> bool:
    """A death given as a cause or grievance, not as this event's toll: "protested over the death of X"."""
    _, words = _not_victims()
    gov = t.head
    if t.dep_ == "pobj" and (gov.lower_ in words or gov.head.lemma_.lower() in words):
        return True  # "over the death of", "in reaction to the assassination of"
    return gov is not t and gov.pos_ == "VERB" and gov.lemma_.lower() in words


def negated(t: Token) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _to_death(t: Token) -> bool:
    """`t` has "dead" or "to death" as a complement: "shot dead", "beaten to death", "found dead"."""
    for c in t.children:
        if c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "dobj", "ccomp", "amod", "npadvmod"):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def verb_category(t: Token) -> tuple[str, str] | None:
    """(category, role) of a casualty verb: role "object" (its object or passive subject is the victim)
    or "subject" (its subject is: "died"); None when `t` is no casualty verb here."""
    verbs, die, to_death, _, _ = lexicon()
    lemma = t.lemma_.lower()
    if t.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if any(c.lower_ == "fatally" for c in t.children):  # "fatally shot", "were fatally assaulted"
        return "killed", "object"
    if lemma in die or t.lower_ in die:
        natural = _natural_causes()
        if any(p.dep_ == "prep" and p.lower_ in ("from", "of") and any(g.lemma_.lower() in natural for g in p.subtree)
               for p in t.children):
            return None  # "died from coronavirus": no violence to count
        return "killed", "subject"
    if lemma in verbs:
        return verbs[lemma], "object"
    if (lemma in to_death or t.lower_ in to_death) and _to_death(t):
        return "killed", "object"
    if t.dep_ == "conj" and t.head.lemma_.lower() in verbs and lemma in to_death:  # "shot and killed"
        return verbs[t.head.lemma_.lower()], "object"
    return None


def _victim_tokens(t: Token, role: str) -> list[Token]:
    deps = ("nsubj", "nsubjpass") if role == "subject" else ("dobj", "nsubjpass")
    found = [c for c in t.children if c.dep_ in deps]
    if not found and role == "subject" and t.dep_ == "conj":  # "a suspect was shot and died"
        found = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and role == "object" and t.dep_ == "conj":
        found = [c for c in t.head.children if c.dep_ in ("dobj", "nsubjpass")]  # "X shot and killed a man"
    if not found and role == "object":
        for c in t.children:  # "shot and killed a man": the object hangs on the second verb
            if c.dep_ == "conj" and c.pos_ == "VERB":
                found = [g for g in c.children if g.dep_ == "dobj"]
                break
    if not found and role == "object" and any(c.dep_ == "auxpass" for c in t.children):
        # "in Manaus, Amazonas, a man was killed": the parse hangs the victim on the place as an apposition
        found = [x for x in t.sent if x.i < t.i and x.dep_ == "appos" and x.pos_ == "NOUN"
                 and x.head.pos_ == "PROPN" and not any(y.pos_ == "VERB" for y in t.doc[x.i + 1:t.i])][-1:]
    if not found and t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN") and t.tag_ == "VBN":
        found = [t.head]  # "a man killed in the raid"
    out: list[Token] = []
    for f in found:
        appos = [c for c in f.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if f.pos_ == "PROPN" and appos:  # "in Recife, Pernambuco, a man was killed": the parse's apposition
            f = appos[0]
        out.append(f)
        out.extend(c for c in f.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                   and any(g.dep_ in ("det", "poss") for g in c.children))  # "a man and his son"
    return out


def _singular(v: Token) -> tuple[int, bool] | None:
    """(1, weak) when the victim phrase headed by `v` names one person, else None."""
    low = v.lower_
    not_victims, _ = _not_victims()
    if low in NOT_VICTIM or v.lemma_.lower() in not_victims or v.like_num \
            or any(c.dep_ == "nummod" or c.like_num or c.lower_ in ("no", "any") for c in v.children):
        return None
    if v.pos_ == "PRON":
        return (1, True) if low in SINGULAR_PRONOUNS else None
    if v.tag_ in ("NNS", "NNPS") or low.endswith("men"):
        return None
    dets = [c.lower_ for c in v.children if c.dep_ in ("det", "poss")]
    if any(d in INDEFINITE for d in dets):
        return 1, False
    if v.pos_ == "PROPN" and v.ent_type_ == "PERSON":  # a full name, not a one-word name the tagger guessed
        ent = entity_of(v)
        return (1, False) if ent is not None and len(ent) > 1 else None
    if dets or v.pos_ == "NOUN":
        return 1, True
    return None


def entity_of(tok: Token) -> Span | None:
    """The named entity `tok` belongs to, read off the IOB tags around it instead of scanning `doc.ents`."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def find_victims(doc: Doc, covered: set[int]) -> list[Victim]:
    """Victims of casualty verbs that no numbered count already covers (`covered` holds token indices)."""
    _, _, _, death_nouns, _ = lexicon()
    pairs: list[tuple[str, Token]] = []
    for t in doc:
        vc = verb_category(t)
        if vc is not None and not intended(t) and not negated(t) and t.dep_ != "relcl":  # "those who killed X"
            pairs += [(vc[0], v) for v in _victim_tokens(t, vc[1])]
        elif t.lemma_.lower() in death_nouns and t.pos_ == "NOUN" and t.tag_ == "NN" and not background(t):
            for p in t.children:  # "the death of a man", "the body of a woman"
                if p.dep_ == "prep" and p.lower_ == "of":
                    pairs += [("killed", g) for g in p.children if g.dep_ == "pobj"]
    pairs.sort(key=lambda p: p[0] != "killed")  # "detained and tortured a villager to death": killed wins
    out: list[Victim] = []
    seen: set[int] = set()
    for category, v in pairs:
        if v.i in seen or v.i in covered:
            continue
        one = _singular(v)
        if one is None:
            continue
        seen.add(v.i)
        left = min([v.i] + [c.i for c in v.lefts if c.dep_ in ("det", "poss", "amod", "compound", "nmod")])
        out.append(Victim(left, v.i + 1, category, _members(v) or one[0], one[1]))
    out.sort(key=lambda v: v.start)
    return out


def _members(v: Token) -> int | None:
    """The size a collective victim states: "a family of three" -> 3."""
    from .grammar import number_value

    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj" and g.like_num and (n := number_value(g.text)) is not None:
                    return n
    return None


def bare_number_category(qspan: Span) -> str | None:
    """The category of a number that counts people without a noun: "two were killed", "1 killed, 7 injured",
    "killing five of them"."""
    from .extract import event_lexicon  # the event words, shared with the noun-phrase path

    events = event_lexicon()
    root = qspan.root
    doc = qspan.doc
    gov = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and gov is not root:
        vc = verb_category(gov)
        if vc is not None and not intended(gov) and not negated(gov):
            return vc[0]
        cat = events.get(gov.lemma_.lower())
        if cat is not None and gov.pos_ in ("VERB", "ADJ") and not intended(gov):
            return cat
    nxt = doc[qspan.end] if qspan.end < len(doc) else None
    if nxt is not None and nxt.tag_ in ("VBN", "JJ") and (cat := events.get(nxt.lower_)):  # "1 killed, 7 injured"
        return cat
    return None
