"""Cooperation, aid and support told without a verb of their own: a partner in the act ("Kenyan police, together with
Somali troops, raided the camp", "investigating along with the state police"), a rescue ("came to the aid of Qatar",
"rushed to Kyiv's defence"), an alliance stated of two parties ("Armenia and Russia are close allies"), a stance ("rallied
in support of X"), forces joined ("joined forces with Y") and troops sent to help ("deployed troops to help Niger").
Words are data (data/diplomacy.yaml); `DiplomacyFrames` asks these readings for each token."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .diplomacy_data import rescued
from .nominal import NominalEvents
from .polarity import intent_type
from .readings import Candidate
from .syntax import FROM, OF, VERBAL, WITH, conjuncts, is_passive, objects, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .diplomacy_data import DiplomacyData



class CompanionFrames(NominalEvents):
    """Readings of a partner phrase, a rescue, an alliance of coordinated parties, a stance, forces joined and sent."""

    def _data(self) -> DiplomacyData:
        raise NotImplementedError

    def _named(self, toks: list[Token]) -> list[tuple[str, Token]]:
        raise NotImplementedError

    def _kind_ok(self, aid: str) -> bool:
        raise NotImplementedError

    def _cross(self, type_: str, doers: list[tuple[str, Token]], others: list[tuple[str, Token]], trigger: Token,
               host: Token | None) -> list[Candidate]:
        raise NotImplementedError

    def _each(self, type_: str, parties: list[tuple[str, Token]], trigger: Token, host: Token | None) -> list[Candidate]:
        raise NotImplementedError

    def _party(self, aid: str) -> bool:
        """A party that cooperates in these frames: a joint kind, not a company or an outlet (their deals and
        partnerships are business, no event: "KDKA-TV is joining forces with CBS radio")."""
        e = self.entry(aid)
        return self._kind_ok(aid) and e is not None and e.kind not in self._data()["not_partners"]

    # --- "X, together with Y, raided ..." ------------------------------------------------------------------------
    def _partner_phrase(self, tok: Token) -> tuple[Token, list[Token]] | None:
        """The word a partner phrase hangs on and its partners: "together with Y" (the adverb on "with"), "along with
        Y" ("with" on "along"), "alongside Y"."""
        low = tok.lower_
        if low == "together" and tok.dep_ == "advmod" and tok.head.lower_ == "with":
            return tok.head.head, [c for c in tok.head.children if c.dep_ == "pobj"]
        if low == "along" and tok.dep_ == "prep":
            withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
            return (tok.head, [p for w in withs for p in w.children if p.dep_ == "pobj"]) if withs else None
        if low == "alongside" and tok.dep_ == "prep":
            return tok.head, [c for c in tok.children if c.dep_ == "pobj"]
        return None

    def _working(self, v: Token) -> bool:
        """The verb is a material act done by its subject, not a state, a move or an end that others share ("died
        along with his driver", "arrived together with his wife"), nor a stance ("opposed the resolution along with
        the US": parallel votes, no cooperation)."""
        d = self._data()
        lemma = v.lemma_.lower()
        if lemma in d["not_joint"] or lemma in d["not_partnered"] or is_passive(v):
            return False
        return lemma in d["partner_verbs"] or any(not r.not_event and r.type.lower() in d["partner_types"]
                                                  for r in self.lex.verbs.get(lemma, ()))

    def partnered(self, tok: Token) -> list[Candidate]:
        """"Kenyan police, together with Somali troops, raided the camp", "is investigating along with the state
        police", "fought alongside Kurdish forces": the act's doer COOPERATE the partner (the act keeps its own
        source). A partner of a party who undergoes the act ("arrested X along with his wife") shares nothing done."""
        found = self._partner_phrase(tok)
        if found is None:
            return []
        at, partners = found
        partners = [p for t in partners for p in conjuncts(t)]  # "along with Ugandan and Burundian troops"
        if at.pos_ in VERBAL:
            v, doers = at, subjects(at)
        elif at.dep_ == "nsubj" and at.head.pos_ in VERBAL:  # "X, along with Y, arrested ...": an apposed partner
            v, doers = at.head, [at]
        elif at.dep_ == "dobj" and at.head.pos_ in VERBAL and not self.np_actor(at) and not self._actorish(at):
            v, doers = at.head, subjects(at.head)  # "investigating the shooting along with Y": hung on a thing done
        else:
            return []
        if not self._working(v) or v.dep_ == "pcomp" or any(c.dep_ == "neg" for c in v.children):
            return []  # "was jailed for fighting alongside X": whose act a gerund is, its clause does not say
        ok = [(a, t) for a, t in self._named(doers) if self._party(a)]
        with_ = [(a, t) for a, t in self._named(partners) if self._party(a)]
        return self._cross(intent_type(v, "COOPERATE", self.lex), ok, with_, tok, v)

    # --- "came to the aid of Y" ----------------------------------------------------------------------------------
    def rescue(self, n: Token) -> list[Candidate]:
        """"Turkey came to the aid of Qatar", "Russia came to Syria's rescue", "rushed to Kyiv's defence": the subject
        AID (a defence: SUPPORT) the one helped, its possessor or "of" object."""
        d = self._data()
        if not rescued(n):
            return []
        v = n.head.head
        if is_passive(v) or any(c.dep_ == "neg" for c in v.children):
            return []
        helped = [c for c in n.children if c.dep_ == "poss"] + prep_objects(n, OF)
        type_ = "SUPPORT" if n.lemma_.lower() in d["defences"] else "AID"
        return self._cross(intent_type(v, type_, self.lex), self._named(subjects(v)), self._named(helped), n, v)

    # --- "A and B are close allies" ------------------------------------------------------------------------------
    def allied(self, n: Token) -> list[Candidate]:
        """"Armenia and Russia are close allies", "A and B have long been allies": each SUPPORT the other (as "A is an
        ally of B" is coded); never "former allies", "no longer allies" or a negated copula."""
        d = self._data()
        if n.lemma_.lower() not in d["ally_nouns"] or n.dep_ != "attr" or n.tag_ != "NNS":
            return []
        v = n.head
        if v.lemma_.lower() not in ("be", "remain", "become", "stay") or any(
                c.dep_ == "neg" or c.lower_ in ("longer", "never") for c in v.children) or any(
                c.lemma_.lower() in d["past_allies"] or c.dep_ == "neg" for c in n.children) or prep_objects(n, OF):
            return []
        parties = [(a, t) for a, t in self._named(subjects(v)) if self._party(a)]
        if len({a for a, _ in parties}) < 2:
            return []
        return self._each("SUPPORT", parties, n, v)

    # --- "rallied in support of Y" ------------------------------------------------------------------------------
    def in_support(self, n: Token) -> list[Candidate]:
        """"Kenyans rallied in support of Odinga", "marched in solidarity with the Rohingya", "spoke in defence of
        Kyiv": the doer SUPPORT the one supported (never what is voted or spoken for: "in support of the bill")."""
        d = self._data()
        v = n.head.head
        if n.dep_ != "pobj" or n.head.lower_ != "in" or v.pos_ not in VERBAL or is_passive(v) or any(
                c.dep_ == "neg" for c in v.children) or any(c.dep_ in ("poss", "amod") for c in n.children):
            return []  # "in their support", "in tacit support": whose, or no one's
        backed = prep_objects(n, frozenset({"of", "with", "for"})) + (
            prep_objects(v, WITH) if n.lemma_.lower() in d["with_nouns"] else [])
        return self._cross("SUPPORT", self._named(subjects(v)), self._named(backed), n, v)

    # --- "joined forces with Y", "deployed troops to help Y" -----------------------------------------------------
    def teamed(self, v: Token) -> list[Candidate]:
        """"Ghana joined forces with Togo", "Ghana and Togo joined hands against piracy": the subject COOPERATE the
        "with" party, or coordinated subjects each the other (a promise of it: AGREE)."""
        d = self._data()
        if not any(o.lemma_.lower() in d["teaming_objects"] for o in objects(v)) or is_passive(v) or any(
                c.dep_ == "neg" for c in v.children):
            return []
        type_ = intent_type(v, "COOPERATE", self.lex)
        doers = [(a, t) for a, t in self._named(subjects(v)) if self._party(a)]
        partners = [(a, t) for a, t in self._named(prep_objects(v, WITH)) if self._party(a)]
        if partners:
            return self._cross(type_, doers, partners, v, v)
        return self._each(type_, doers, v, v) if len({a for a, _ in doers}) >= 2 else []

    def sent_to_help(self, v: Token) -> list[Candidate]:
        """"Chad deployed troops to help Niger (fight the jihadists)", "Rwanda dispatched soldiers to support
        Mozambique": the sender military AID the party its force is sent to help (not people in need: "deployed
        officers to help residents" is a state serving its own, which PLOVER does not code)."""
        d = self._data()
        if is_passive(v) or any(c.dep_ == "neg" for c in v.children):
            return []
        helped: list[Token] = []
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.lex.helping and any(
                    m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
                helped += objects(c) or [s for x in c.children if x.dep_ in ("ccomp", "xcomp")
                                         for s in x.children if s.dep_ == "nsubj"]  # "help Niger fight X"
        sent = [o for o in objects(v) if o.lemma_.lower() in d["forces_sent"]]
        if not helped or not sent:
            return []  # "authorities were mobilising to help the families": no force sent
        to = [(a, t) for a, t in self._named(helped) if (e := self.entry(a)) is not None and e.kind != "civilians"]
        return [Candidate(c.type, "military", c.source, c.target, c.trigger, c.source_tok, c.target_tok, c.host)
                for c in self._cross(intent_type(v, "AID", self.lex), self._named(subjects(v)), to, v, v)]

    # --- "colluded with the cartel", "in league with X", "on the payroll of X", "tipped off X" -------------------------
    def colluded(self, tok: Token) -> list[Candidate]:
        """Collusion told by its own words: "officers colluded (conspired) with the cartel", "was in league (in cahoots)
        with X", "was on the payroll of X", "took bribes from X", "tipped off X": the subject COOPERATE the other party
        (intelligence for a tip-off); negated, passive or with no two parties named, none."""
        d = self._data()
        lemma = tok.lemma_.lower()
        host, others, mode = tok, [], None
        if lemma in d["colluding_verbs"] and tok.pos_ in VERBAL:
            others = prep_objects(tok, WITH)
        elif lemma in d["colluding_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on"):
            host = tok.head.head
            others = prep_objects(tok, OF) if lemma == "payroll" else prep_objects(tok, WITH) + prep_objects(host, WITH)
        elif lemma in d["bribes"] and tok.dep_ == "dobj" and tok.head.lemma_.lower() in d["bribe_takers"]:
            host = tok.head
            others = prep_objects(host, FROM) + prep_objects(tok, FROM)
        elif lemma == "tip" and tok.pos_ in VERBAL and any(c.dep_ == "prt" and c.lower_ == "off" or c.dep_ == "prep"
                                                           and c.lower_ == "about" for c in tok.children):  # "tipped
            # the cartel about the raid" (round 19, X2; "tipped the balance", "tipped the waiter" have no "about")
            others, mode = [c for c in tok.children if c.dep_ == "dobj"], "intelligence"
        if not others or host.pos_ not in VERBAL or is_passive(host) or any(
                c.dep_ == "neg" for x in (tok, host) for c in x.children):
            return []
        doers = [(a, t) for a, t in self._named(subjects(host)) if self._party(a)]
        partners = [(a, t) for a, t in self._named(others) if self._party(a)]
        return [c if mode is None else replace(c, mode=mode) for c in self._cross(
            intent_type(host, "COOPERATE", self.lex), doers, partners, tok, host)]

