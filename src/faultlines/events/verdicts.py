"""Verdicts passed on a party or its claim with a verb of naming or holding: "the Kremlin called Ukraine's claims
fabricated" (REJECT Ukraine), "Budapest branded the Commission a threat" (ACCUSE), "Mexico held the cartel
responsible for the massacre" (ACCUSE). Words are data (data/criticism.yaml: naming, epithets, culpable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .boasts import PARTS
from .nominal import NominalEvents
from .syntax import VERBAL, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .criticism import CriticismData
    from .readings import Candidate

HARMS = frozenset({"ASSAULT", "COERCE", "FIGHT", "THREATEN"})
HAVING = frozenset({"have", "play", "bear"})  # "had no hand in", "played no part in"
COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "attr"})
# verbs that list a party as something ("designated the group a terrorist organisation"), beside the verbs of naming
DESIGNATING = frozenset({"designate", "list", "classify", "deem", "declare", "regard", "consider"})
AS = frozenset({"as"})
BY = frozenset({"by"})  # an active verb of naming: its "by" is the claim's maker, hung on the verb by the parser
OWNED_BY = frozenset({"by", "from"})  # not "of": "reports of Russian troops" are about them, not theirs
# "many people hold me responsible": whoever they are, no party judges
ANYONE = frozenset({"people", "person", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "many",
                    "some", "others", "nobody", "public"})


def said_of(v: Token) -> list[tuple[Token, Token]]:
    """(what is named, what it is named) of a verb of naming or holding, however the parser hung the second:
    "called X a threat" (oprd), "called X's claims fabricated" (a clause), "described X as lies", "held X responsible"
    (an adjective after the object), "branded the raid a provocation" (two objects)."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    named = [c for c in v.children if c.dep_ == "oprd"]
    if not objs and (_headless(v) or (len(named) > 1 and named[0].pos_ in ("NOUN", "PROPN"))):
        objs = named[:1]  # "The Turkish government called Sweden's claims baseless", "called the army's raid
        # "reckless"": both parsed as oprd, the first is what is named
    out = _misplaced(v, objs) + _names_glued(v, objs)
    out += [(o, c) for o in objs[:1] for c in v.children if (c.dep_ in COMPLEMENTS and c.i != o.i)
            or (c.dep_ == "dobj" and c.i > o.i)
            or (c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i > o.i)]  # "held China accountable", parsed as a clause
    out += [(d, o) for d in v.children if d.dep_ == "dative" for o in objs if o.i > d.i]  # "branded X an enemy"
    out += [(o, p) for o in objs[:1] for x in (v, o) for a in x.children if a.dep_ == "prep" and a.lower_ in AS
            for p in a.children if p.dep_ in ("pobj", "amod", "acomp")]  # "described X as lies", "as groundless"
    out += [(o, a) for o in objs[:1] for a in o.children if a.dep_ == "amod" and a.i > o.i]
    out += [(s, c) for c in v.children if c.dep_ == "ccomp" and not any(m.dep_ in ("mark", "aux") for m in c.children)
            for s in c.children if s.dep_ == "nsubj"]  # "called Ukraine's claims fabricated", parsed as a clause
    return out


def _misplaced(v: Token, objs: list[Token]) -> list[tuple[Token, Token]]:
    """The name an object is called, hung by the parser on a verb inside the object ("called the army's blocking of
    trucks sent to feed civilians "inexcusable"": the adjective closes the sentence, not the clause of "sent")."""
    out = []
    for o in objs[:1]:
        tail = [t for t in o.subtree if not t.is_punct]
        said = tail[-1] if tail else None
        if said is not None and said.i > o.i and said.pos_ == "ADJ" and said.dep_ in ("oprd", "acomp") \
                and said.head.i != v.i and said.head.pos_ == "VERB" and said.head.i > o.i:
            out.append((o, said))
    return out


def _names_glued(v: Token, objs: list[Token]) -> list[tuple[Token, Token]]:
    """"called the Ugandan troops occupiers", parsed as one noun: two plural nouns in a row, the first named the
    second."""
    return [(c, o) for o in objs[:1] if o.tag_ == "NNS" for c in o.children
            if c.dep_ == "compound" and c.tag_ == "NNS" and c.i == o.i - 1]


def called_false(c: Candidate, data: CriticismData) -> bool:
    """A verb of naming calls a bare "it" / "this" false ("rejected the charge, calling it baseless")."""
    t, v = c.target_tok, c.trigger
    return t is not None and t.lower_ in ("it", "this", "that") and v.lemma_.lower() in data.naming and any(
        said.i != t.i and is_word(said, data.falsities)
        for o, said in said_of(v) if o.i == t.i)


def named_as(c: Candidate, data: CriticismData) -> bool:
    """The target is the name a verb of naming gives its object ("labelled the PKK terrorists", "labels them
    terrorists", "branded X as traitors"): what a party is called is never a second party."""
    t, v = c.target_tok, c.trigger
    if t is None or v.lemma_.lower() not in data.naming | DESIGNATING:
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "as":
        return t.head.head.i == v.i or t.head.head.head.i == v.i
    return t.head.i == v.i and ((t.dep_ == "oprd" and not any(o.dep_ == "oprd" and o.i > t.i for o in v.children))
                                or (t.dep_ == "dobj" and any(o.dep_ in ("dobj", "dative") and o.i < t.i
                                                             for o in v.children)))  # of two oprd, the first is named


def _headless(v: Token) -> bool:
    """The parser made `v` a clause on a sentence's root noun ("The X government called ..."): that noun says it."""
    return v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") and v.i > v.head.i


def is_word(t: Token, words: frozenset[str]) -> bool:
    """The token's lemma or its lower-cased form is one of `words`."""
    return t.lemma_.lower() in words or t.lower_ in words


class Verdicts(NominalEvents):
    """Naming a claim false (REJECT its maker), a party a threat (ACCUSE), holding a party responsible (ACCUSE);
    the denier of an act noun denied."""

    def verdict(self, v: Token) -> list[Candidate]:
        """Every reading of a verb of naming or holding ("called", "branded", "held")."""
        from .criticism import criticism_data
        data = criticism_data()
        lemma = v.lemma_.lower()
        if v.pos_ not in VERBAL or (lemma not in data.naming and lemma != "hold"):
            return []
        passive = is_passive(v)
        pairs = [(s, c) for s in v.children if s.dep_ == "nsubjpass" for c in v.children
                 if c.dep_ in COMPLEMENTS or c.dep_ == "dobj"] if passive else said_of(v)  # "Chile was held
        # responsible by Peru", "was branded a traitor by X" (the name parsed as an object)
        srcs = [p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"] + [
            p for _, c in pairs for p in prep_objects(c, BY)] if passive \
            else subjects(v) or ([v.head] if _headless(v) else [])  # the parser may hang "by X" on the name
        if not srcs:
            return []  # "was held responsible", "was called a threat": by no one named
        out: list[Candidate] = []
        for obj, said in pairs:
            if lemma == "hold":
                if is_word(said, data.culpable):
                    out += self._pairs("ACCUSE", None, v, srcs, [obj], True, v)
            elif obj.lemma_.lower() in data.claims and is_word(said, data.falsities):
                makers = prep_objects(obj, OWNED_BY) or prep_objects(v, BY) or [  # "called the claims by X lies"
                    o for o in self._act_owners(obj, "REJECT") if o is not obj or self._owned(obj)]
                out += self._pairs("REJECT", None, v, srcs, makers, True, v)
            elif is_word(said, data.epithets) and not any(c.dep_ == "neg" for c in said.children):
                out += self._pairs("ACCUSE", None, v, srcs, [obj], True, v)
            elif (is_word(said, data.reproaches) or is_word(said, data.misdeeds)) \
                    and not any(c.dep_ == "neg" or c.lower_ == "no" for c in said.children):
                # "called the army's blocking of the convoy inexcusable", "called the Egyptian decision blatant
                # interference": the deed's owner (or the party so called)
                out += self._pairs("ACCUSE", None, v, srcs, self._act_owners(obj, "ACCUSE"), True, v)
        return [c for c in out if c.source is not None and c.target is not None and c.source != c.target
                and not (c.source_tok is not None and c.source_tok.lemma_.lower() in ANYONE)]

    def _owned(self, n: Token) -> bool:
        """A claim noun with an owner word that names a party ("Ukraine's claims", "the Finnish allegations")."""
        return any(c.dep_ in ("poss", "amod", "compound") and self.np_actor(c) for c in n.children)

    def _denier_of(self, n: Token) -> tuple[str, Token] | None:
        """The denier of an act noun denied ("Chad denied the bombing of X", "denied involvement in the killing of X"):
        the subject of the verb of denying, as an actor; else None."""
        if n.pos_ != "NOUN" or not self._harm(n):
            return None  # "denied the request of X" refuses X's request; it does not deny a request made
        part = n.head.head if n.dep_ == "pobj" else n
        if part.pos_ in VERBAL:  # "denied a hand in the attack": the parser hung "in" on the verb, not on "hand"
            part = next((o for o in part.children if o.dep_ == "dobj" and o.i < n.i
                         and o.lemma_.lower() in PARTS), part)
        host = part if part.lemma_.lower() in PARTS else n
        v, lemma = host.head, host.head.lemma_.lower()
        denying = lemma in self.lex.denial_verbs or (host.i != n.i and (lemma in self.lex.dismissive_verbs or (
            lemma in HAVING and any(c.dep_ == "det" and c.lower_ == "no" for c in host.children))))  # "rejected any
        # involvement in the attack", "had no hand in the attack"
        if host.dep_ != "dobj" or v.pos_ not in VERBAL or not denying or is_passive(v):
            return None
        who = [(a, t) for a, t in self._actors(subjects(v)) if a is not None and t is not None]
        return who[0] if len(who) == 1 else None

    def _act_denied(self, v: Token, t: Token | None) -> bool:
        """`t` lies inside an act a verb of denying has as its object ("denied the killing of civilians")."""
        return t is not None and v.pos_ in VERBAL and v.lemma_.lower() in self.lex.denial_verbs and any(
            o.dep_ == "dobj" and o is not t and t in o.subtree and (o.tag_ == "VBG" or self._harm(o)) for o in v.children)

    def _harm(self, n: Token) -> bool:
        """A noun of harm done (an attack, a killing, an arrest): what a denial of an act denies."""
        return any(r.type in HARMS and not r.not_event for r in self.lex.nouns.get(n.lemma_.lower(), ()))
