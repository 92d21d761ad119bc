"""Transfers and acquisitions: "Russia sold Turkey missiles", "supplied the rebels with arms" -> the giver AIDs the
receiver; "Turkey bought Russian missiles", "received weapons from Iran" -> the maker or giver AIDs the subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import NAME_MODS
from .diplomacy_data import diplomacy_data
from .nominal import NominalEvents
from .polarity import approving, intent_type
from .syntax import WH, agents, is_passive, objects, prep_objects, subjects

# recipients of information that make no partner of its giver ("passed the documents to reporters")
PRESS = frozenset({"press", "reporter", "journalist", "media", "newspaper", "paper", "broadcaster", "outlet",
                   "correspondent", "editor", "website", "blogger", "public"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .readings import Candidate


class TransferEvents(NominalEvents):
    """The readings of transfer verbs ("sell", "send", "supply") and acquisition verbs ("buy", "receive")."""

    def _themes(self, v: Token, things: list[Token] | None = None) -> list[Token]:
        """What is moved: the verb's objects (or `things`), a sum or an amount read through to its "of"/"in" noun."""
        out = []
        for o in objects(v) if things is None else things:
            lemma = o.lemma_.lower()
            if lemma in self.lex.transparent or lemma in self.lex.partitive or o.like_num:
                inner = prep_objects(o, frozenset({"of", "in"}))  # "$5 million in aid"
                if things is not None:  # "supplied X with $1 billion in loan guarantees": the sum, if nothing known
                    inner = [t for t in inner if t.lemma_.lower() in self.lex.objects or t.lemma_.lower() in
                             self.lex.nouns]
                out.extend(inner or [o])
            else:
                out.append(o)
        return out

    def transfer(self, v: Token) -> list[Candidate]:
        passive = is_passive(v)
        themes = self._themes(v)
        if passive:
            themes = themes + subjects(v)
        recips = [c for c in v.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON")]
        supplied = prep_objects(v, frozenset({"with"}))
        if supplied and not passive:  # "supplied the rebels with missiles": the object receives the with-thing
            recips += objects(v)
            themes = self._themes(v, supplied)  # "provided Ukraine with $2 billion in military assistance"
        dobjs = [c for c in v.children if c.dep_ == "dobj"]
        if not recips and len(dobjs) > 1 and self.np_actor(self._named_ally(dobjs[0])):
            recips = [dobjs[0]]  # "sold NATO ally Poland 250 tanks": two objects, the first receives
            themes = [t for t in themes if t.i != dobjs[0].i]
        recips = [self._named_ally(r) for r in recips]  # "sell NATO ally Hungary four drones": Hungary receives
        recips += prep_objects(v, self.lex.transfer_preps)
        for th in themes:  # "70 million dollars of aid for Romania", "asylum to five officers"
            recips += prep_objects(th, self.lex.transfer_preps)
            for o in objects(v):
                recips += prep_objects(o, self.lex.transfer_preps)
        if not recips:  # "sent a warship to help Cyprus": whom the thing is sent to help receives it
            recips = [o for c in v.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.lex.helping
                      for o in objects(c)]
        srcs = agents(v) if passive else subjects(v)
        deal = approving(v)
        if deal is not None and not any(self.np_actor(x) for x in srcs):
            srcs = subjects(deal)  # "the US approved a contract to sell Egypt tanks": the approver sells
        out: list[Candidate] = []
        if not recips:  # "the mall offers food": a transfer names its recipient
            return out
        for th in themes:
            lemma = th.lemma_.lower()
            if lemma not in self.lex.objects and lemma not in self.lex.nouns:  # "artillery systems", "missile units"
                lemma = next((c.lemma_.lower() for c in th.lefts if c.dep_ == "compound"
                              and self.lex.objects.get(c.lemma_.lower()) == ("AID", "military")), lemma)
            mode: str | None
            if lemma in self.lex.objects:
                type_, mode = self.lex.objects[lemma]
            elif lemma in self.lex.nouns:
                rule = self.lex.nouns[lemma][0]
                type_, mode = rule.type, rule.mode
            else:
                continue
            if type_ in ("AID", "SUPPORT"):  # "military aid", "air support": the modifier says what kind
                kind = self._mode(th, "AID", None)
                if kind:
                    type_, mode = "AID", kind
            if _credited(v, th):
                type_, mode = "SUPPORT", None  # "gave credit to Kyiv for its restraint": praise, no loan
            if mode == "intelligence":  # "provided intelligence to Macedonia" is aid (the PLOVER GSR's own coding);
                if v.lemma_.lower() in diplomacy_data()["colluding"]:  # slipped to a party, it is cooperation
                    type_ = "COOPERATE"  # ("was passing information to the cartel", "leaked intelligence to X")
                recips = [r for r in recips if not self._press(r)]  # "leaked the photo to a newspaper": no partner
            type_ = intent_type(v, type_, self.lex)
            out.extend(self._pairs(type_, mode, v, srcs, recips, needs_target=mode == "intelligence"))
        return out

    def _press(self, t: Token) -> bool:
        """The recipient is a news outlet or reporter: information given to the press is publicity, not collusion."""
        e = self.entry(self.np_actor(t))
        return (e is not None and e.kind == "media") or t.lemma_.lower() in PRESS

    def acquire(self, v: Token) -> list[Candidate]:
        """"Turkey bought Russian missiles", "the rebels received weapons from Iran" -> the giver AIDs the subject."""
        out: list[Candidate] = []
        for th in self._themes(v):
            lemma = th.lemma_.lower()
            if lemma not in self.lex.objects:
                continue
            type_, mode = self.lex.objects[lemma]
            if type_ != "AID":
                continue
            givers = prep_objects(v, frozenset({"from"})) + prep_objects(th, frozenset({"from"}))
            if not givers:  # the maker named on the thing
                givers = [c for c in th.lefts if c.dep_ in NAME_MODS and self.np_actor(c)]
            if givers:
                out.extend(self._pairs(intent_type(v, "AID", self.lex), mode, v, givers, subjects(v), needs_target=True))
        return [c for c in out if c.source is not None]


def _credited(v: Token, th: Token) -> bool:
    """"gave credit to X for its restraint": bare credit (no sum, kind or article) given for someone's deed is praise,
    not a loan ("gave $5 million in credit", "gave credit to Kenya for the railway", "export credits" stay aid)."""
    return v.lemma_.lower() == "give" and th.lemma_.lower() == "credit" and th.tag_ == "NN" \
        and not any(c.dep_ in ("det", "nummod", "amod", "compound", "poss") for c in th.children) \
        and any(r.tag_ == "VBG" or any(c.dep_ == "poss" or c.tag_ in WH for c in r.subtree)
                for p in (v, th) for f in p.children if f.dep_ == "prep" and f.lower_ == "for"
                for r in f.children if r.dep_ in ("pobj", "pcomp"))  # for "their restraint", "what they did", "helping"

