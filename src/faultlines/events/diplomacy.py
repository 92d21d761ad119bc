"""Cooperative and diplomatic wording with no trigger verb of its own: praise of a bond ("hailed the excellent relations
between the two countries"), work on one ("will strengthen cooperation with Laos"), acts done jointly or "in
partnership with" a party, agreements signed "between A and B", "the Russia-Turkey summit", talks in a time adjunct and
honours. Words are data (data/diplomacy.yaml)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .allegations import AllegationFrames
from .appeals import AppealFrames
from .briefings import BriefingFrames
from .companions import CompanionFrames
from .concerns import ConcernFrames
from .controls import ControlFrames
from .diplomacy_data import DiplomacyData, diplomacy_data
from .measures import MeasureFrames
from .polarity import intent_type
from .readings import Candidate
from .syntax import (
    BETWEEN,
    FOR,
    OF,
    RELATIVE,
    TO,
    VERBAL,
    agents,
    is_passive,
    objects,
    prep_objects,
    subjects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

WITH = frozenset({"with", "to"})
ON = frozenset({"on", "upon", "to"})
AFTER = frozenset({"after"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "to"})
NAMES = ("compound", "amod", "nmod", "npadvmod")
OWN_ORGANS = frozenset({"state", "government", "person", "legislature", "military", "police"})
PARTNERS = frozenset({"together", "along", "alongside"})  # "together with Y", "along with Y", "alongside Y"


@lru_cache(maxsize=1)
def diplomacy_words() -> frozenset[str]:
    """Every lemma that may start a reading of this module: a sentence without one is not read for it."""
    d = diplomacy_data()
    return d["bonds"] | d["jointly"] | d["manners"] | d["signing"] | d["meetings"] | d["honour_verbs"] \
        | d["honour_renaming"] | d["praise_nouns"] | d["visitors"] | PARTNERS | d["rescues"] | d["ally_nouns"] \
        | d["teaming"] | d["deploying"] | d["in_support"] | d["wishes"] | d["colluding_words"] \
        | d["sanction_nouns"] | d["suspending"] | d["concerns"] | d["concern_adjectives"] \
        | d["briefing"] | d["speaking"] | d["informing_police"] | d["brokering"] | d["controls"] | d["asking"] \
        | d["alleging"] | d["hoping"]


def _qualifiers(t: Token) -> set[str]:
    """The words that say what a thing is: its modifiers, possessor and "of" object ("hero's status")."""
    return {c.lemma_.lower() for c in t.children if c.dep_ in (*NAMES, "poss")} | {
        p.lemma_.lower() for p in prep_objects(t, OF)}


class DiplomacyFrames(CompanionFrames, MeasureFrames, ConcernFrames, BriefingFrames, ControlFrames, AppealFrames,
                       AllegationFrames):
    """Readings of cooperative and diplomatic wording; `diplomacy(tok)` is asked for each token of a sentence."""

    def _data(self) -> DiplomacyData:
        return diplomacy_data()

    def diplomacy(self, tok: Token) -> list[Candidate]:
        d = diplomacy_data()
        lemma = tok.lemma_.lower()
        out: list[Candidate] = []
        if lemma in d["bonds"] and tok.pos_ == "NOUN":
            out += self.bond(tok)
        if lemma in d["jointly"] and tok.dep_ == "advmod" and tok.head.pos_ in VERBAL:
            out += self.joint(tok.head)
        if lemma in d["manners"] and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            out += self.manner(tok)
        if lemma in d["signing"] and tok.pos_ in VERBAL:
            out += self.signed(tok)
        if tok.pos_ == "NOUN" and lemma in self.lex.nouns:
            out += self.paired(tok)
        if lemma in d["meetings"] and tok.dep_ == "pobj" and (tok.head.lower_ in d["after_preps"] or (
                tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in d["going"])):
            out += self.after_talks(tok)
        if lemma in d["visitors"] and tok.dep_ == "dobj" and tok.head.lemma_.lower() in d["receiving"]:
            out += self.received(tok)
        if (lemma in d["praise_nouns"] and tok.pos_ == "NOUN") or (lemma in d["wishes"] and tok.dep_ == "nsubj"):
            out += self.praise(tok)
        if lemma in d["honour_verbs"] and tok.pos_ in VERBAL:
            out += self.honour(tok)
        if lemma in d["honour_renaming"] and tok.pos_ in VERBAL:
            out += self.renamed(tok)
        if tok.lower_ in PARTNERS:
            out += self.partnered(tok)
        if lemma in d["rescues"] and tok.pos_ == "NOUN":
            out += self.rescue(tok)
        if lemma in d["ally_nouns"] and tok.pos_ == "NOUN":
            out += self.allied(tok)
        if lemma in d["in_support"] and tok.pos_ == "NOUN":
            out += self.in_support(tok)
        if lemma in d["teaming"] and tok.pos_ in VERBAL:
            out += self.teamed(tok)
        if lemma in d["deploying"] and tok.pos_ in VERBAL:
            out += self.sent_to_help(tok)
        if lemma in d["colluding_words"]:
            out += self.colluded(tok)  # companions.py: "colluded with the cartel", "on the payroll of X"
        if lemma in d["sanction_nouns"]:
            out += self.imposed(tok)  # measures.py: "the sanctions the U.N. imposed on North Korea"
        if lemma in d["suspending"]:
            out += self.suspended(tok)  # measures.py: "the African Union suspended Mali"
        if (lemma in d["concerns"] and tok.pos_ == "NOUN") or tok.lower_ in d["concern_adjectives"]:
            out += self.concern(tok)  # concerns.py: "expressed concern about Russia's drills"
        if (lemma in d["briefing"] or lemma in d["speaking"] or lemma in d["informing_police"]) and tok.pos_ in VERBAL:
            out += self.briefed(tok)  # briefings.py: "briefed the Somali government", "spoke to Blinken"
        if lemma in d["brokering"] and tok.pos_ in VERBAL:
            out += self.co_brokers(tok)
        if lemma in d["alleging"]:
            out += self.alleged(tok)  # allegations.py: "amid allegations that Iran meddled in the vote"
        if lemma in d["asking"]:
            out += self.appeal(tok)  # appeals.py: "asked for the king's support"
        if lemma in d["hoping"]:
            out += self.hoped(tok)  # appeals.py: "expressed the hope that the AU will act"
        if lemma in d["controls"] and tok.pos_ == "NOUN":
            out += self.tightened(tok)  # controls.py: "tightened its grip on Crimea"
        return out

    def void_vote(self, c: Candidate) -> bool:
        """"I voted for Modi": a voter the pronoun does not resolve is no one ("a town which voted for X" is its
        people, left unnamed)."""
        return c.type == "SUPPORT" and c.source is None and c.trigger.lemma_.lower() == "vote" and any(
            s.pos_ == "PRON" and s.lower_ not in RELATIVE for s in subjects(c.trigger))

    def void_tour(self, c: Candidate) -> bool:
        """"Lopez deployed to Iraq in 2011", "he was deployed to Afghanistan twice": one soldier's tour of duty is
        no mobilisation against the country (a force deployed, or troops sent by a state, still are)."""
        v = c.trigger
        if c.type != "MOBILIZE" or v.pos_ not in VERBAL or v.lemma_.lower() not in diplomacy_data()["touring"] \
                or any(k.dep_ == "dobj" for k in v.children) or agents(v):
            return False
        doers = subjects(v) + [k for k in v.children if k.dep_ == "nsubjpass"]
        e = self.entry(c.source)
        return (e is not None and e.kind == "person") or any(
            t.ent_type_ == "PERSON" or t.lower_ in ("he", "she") for t in doers)

    def owner_not_side(self, c: Candidate) -> bool:
        """An AGREE whose target is the promiser's own state, the owner of the thing agreed on and no side of it
        ("pledged to do away with Colombia's oil industry", by a Colombian); the agreement stands, with no target.
        (A people's adjective on a thing keeps its owner: "agreed to lift tariffs on American products" is the US.)"""
        if c.type != "AGREE" or c.target is None:
            return False
        e = self.entry(c.source)
        return e is not None and e.kind in OWN_ORGANS and c.target != c.source and self._state_of(c.source) == c.target

    # --- helpers -------------------------------------------------------------------------------------------------
    def _acting(self, v: Token) -> list[Token]:
        return agents(v) if is_passive(v) else subjects(v)

    def _named(self, toks: list[Token]) -> list[tuple[str, Token]]:
        """The actors of argument heads, places left out ("talks in Geneva")."""
        return [(a, t) for a, t in self._actors(toks) if a is not None and t is not None and t.i not in self.placed_at]

    def _state_of(self, aid: str | None) -> str | None:
        e = self.entry(aid)
        if e is None:
            return None
        return aid if e.kind == "state" else e.country

    def _own_act(self, v: Token) -> bool:
        """The verb codes an act of its own here ("jointly attacked X"): an ungated rule that needs no named target, or
        a rule whose object gate its object meets ("jointly organised a battalion")."""
        things = {t.lemma_.lower() for t in objects(v) + [c for c in v.children if c.dep_ == "nsubjpass"]}
        return any(not r.not_event and ((not r.gated and not r.needs_target) or r.objects & things)
                   for r in self.lex.verbs.get(v.lemma_.lower(), ()))

    def _kind_ok(self, aid: str) -> bool:
        e = self.entry(aid)
        return e is not None and e.kind in diplomacy_data()["joint_kinds"]

    def _each(self, type_: str, parties: list[tuple[str, Token]], trigger: Token, host: Token | None) -> list[Candidate]:
        """Each party on each other one (two or more different actors)."""
        return self._cross(type_, parties, parties, trigger, host)

    def _cross(self, type_: str, doers: list[tuple[str, Token]], others: list[tuple[str, Token]], trigger: Token,
               host: Token | None) -> list[Candidate]:
        """Each doer on each other party (never on itself or its own body)."""
        return [Candidate(type_, None, a, b, trigger, ta, tb, host) for a, ta in doers for b, tb in others
                if a != b and not self._related(a, b)]

    def _states_near(self, tok: Token, but: set[str]) -> list[tuple[str, Token]]:
        """The states named in `tok`'s sentence (else the one before) other than `but`: the counterpart of a bond
        named only as "bilateral" or "the two countries"."""
        d = diplomacy_data()
        sent = tok.sent
        for _ in range(2):
            found: dict[str, Token] = {}
            for t in sent:
                if t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "to") \
                        and t.head.head.lemma_.lower() not in d["visiting"]:
                    continue  # "in Accra" is where, not who ("on a visit to Ankara", "talks in Ankara": Turkey is)
                aid = self._fitting(t, "state")
                if aid is not None and aid not in but and aid not in found:
                    found[aid] = t
            if found:
                return list(found.items())
            if sent.start == 0:
                return []
            sent = tok.doc[sent.start - 1].sent
        return []

    # --- bonds ---------------------------------------------------------------------------------------------------
    def _counterparts(self, n: Token, v: Token, speaker: str) -> list[tuple[str, Token]]:
        """Whom a bond of `speaker`'s links it to: the "with" party, the other of "between A and B" or of a pair of
        names ("Ghana-Togo ties"), else the one other state near it when the bond is "bilateral" or "of the two
        countries"; never a bond the speaker is no side of."""
        d = diplomacy_data()
        own = {speaker, self._state_of(speaker)} - {None}
        if any(self._state_of(o) not in own and o not in own
               for o, _ in self._named([c for c in n.children if c.dep_ == "poss"])):
            return []  # "praised France's ties with Spain": a bond of others
        named = self._named(prep_objects(n, WITH) + prep_objects(v, frozenset({"with"})))
        if named:
            return [(a, t) for a, t in named if a not in own]
        sides = self._named(prep_objects(n, BETWEEN)) + self._named(
            [c for c in n.children if c.dep_ in NAMES and (c.ent_type_ or c.pos_ == "PROPN")])
        ids = {a for a, _ in sides}
        if len(ids) >= 2:
            if not ids & own and not {self._state_of(a) for a in ids} & own:
                return []  # "praised the ties between Ghana and Togo": a third party's bond, not coded
            return [(a, t) for a, t in sides if a not in own and self._state_of(a) not in own]
        words = {c.lower_ for c in n.subtree} | {c.lemma_.lower() for c in n.subtree}
        if ids - own or not words & d["pair_words"]:
            return []
        near = self._states_near(n, {x for x in own if x})
        return near if len(near) == 1 else []

    def bond(self, n: Token) -> list[Candidate]:
        """"X hailed the excellent relations between the two countries" -> X SUPPORT the other; "X will strengthen
        ties with Y" -> X COOPERATE Y ("A and B agreed to deepen cooperation": each with the other)."""
        d = diplomacy_data()
        h = n
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in d["bond_frames"]:
            h = n.head.head  # "the importance of bilateral relations"
        said = self._said_good(h)
        if said is not None:
            return self._backed(n, said, h.head, n)
        if h.dep_ not in ("dobj", "nsubjpass") or h.head.pos_ not in VERBAL:
            return []
        v = h.head
        lemma = v.lemma_.lower()
        if lemma in d["describing"] and h.dep_ == "dobj" and any(
                self._good(o) for o in prep_objects(v, frozenset({"as"})) + [
                    c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"]):
            return self._backed(n, v, v, v)  # "described its ties with Uganda as cordial"
        if lemma in d["praising"] and not is_passive(v):
            type_ = "SUPPORT"
            if any(c.lemma_.lower() in d["bad_bonds"] for c in n.children):
                return []  # "highlighted the strained relations"
        elif lemma in d["strengthening"]:  # "upgraded diplomatic ties": the noun's own type (SUPPORT)
            type_ = intent_type(v, self._noun_type(n, "COOPERATE"), self.lex)  # "vowed to deepen ties": AGREE
        else:
            return []
        speakers = self._named(self._acting(v))
        if not speakers and n.dep_ == "dobj":
            speakers = self._named([c for c in n.children if c.dep_ == "poss"])  # "Ghana's ties" strengthened by it
        if len({a for a, _ in speakers}) >= 2 and not prep_objects(n, WITH):
            return self._each(type_, speakers, v, v)  # "Vietnam and Laos will strengthen cooperation"
        return self._to_counterparts(type_, speakers, n, v, v, v)

    def _to_counterparts(self, type_: str, speakers: list[tuple[str, Token]], n: Token, v: Token, trigger: Token,
                         host: Token) -> list[Candidate]:
        """Each speaker on the counterparts of its own bond `n`."""
        return [c for s in speakers for c in self._cross(type_, [s], self._counterparts(n, v, s[0]), trigger, host)]

    def _noun_type(self, n: Token, default: str) -> str:
        """The type the lexicon gives the noun with its modifiers ("diplomatic ties" SUPPORT), else `default`."""
        mods = {c.lemma_.lower() for c in n.children if c.dep_ in NAMES}
        return next((r.type for r in self.lex.nouns.get(n.lemma_.lower(), ())
                     if r.needs_compound & mods and not r.not_event), default)

    @staticmethod
    def _good(t: Token) -> bool:
        """A word or phrase that calls a bond good ("excellent", "as cordial", "at their best")."""
        good = diplomacy_data()["good_bonds"]
        return t.lemma_.lower() in good or t.lower_ in good or any(
            c.dep_ in ("amod", "acomp", "pobj", "conj") and (c.lemma_.lower() in good or c.lower_ in good)
            for c in t.children)

    def _said_good(self, h: Token) -> Token | None:
        """The verb of saying whose speaker calls the bond good: "said relations with Togo were excellent"."""
        be = h.head
        if h.dep_ != "nsubj" or be.lemma_.lower() not in ("be", "remain") or be.dep_ != "ccomp" \
                or be.head.lemma_.lower() not in self.lex.reporting_verbs or any(c.dep_ == "neg" for c in be.children):
            return None
        if not any(c.dep_ in ("acomp", "attr") and self._good(c) for c in be.children) and not any(
                self._good(p) for p in prep_objects(be, frozenset({"at"}))):
            return None
        return be.head

    def _backed(self, n: Token, speaker_verb: Token, v: Token, trigger: Token) -> list[Candidate]:
        """The speaker of `speaker_verb` SUPPORT the counterpart of its own bond `n`."""
        return self._to_counterparts("SUPPORT", self._named(self._acting(speaker_verb)), n, v, trigger, speaker_verb)

    def praise(self, n: Token) -> list[Candidate]:
        """"expressed appreciation for Sudan's role", "conveyed its gratitude to Algeria", "sent a message of
        congratulations to X", "sent condolences to the victims' families": the speaker SUPPORT the one addressed
        or the owner of the thing praised; "our sympathies go out to X": the possessor's."""
        d = diplomacy_data()
        h = n
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in d["carriers"]:
            h = n.head.head
        elif n.dep_ == "compound" and n.head.lemma_.lower() in d["carriers"]:
            h = n.head  # "sent a condolence message to X"
        v = h.head
        if h.dep_ == "nsubj" and ((v.lemma_.lower() in d["going"] and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in v.children)) or v.lemma_ == "be"):
            # "my condolences go out to the family", "our thoughts and prayers are with the families"
            speakers = self._named([c for c in n.children if c.dep_ == "poss"])
            return self._cross("SUPPORT", speakers, self._addressed(prep_objects(v, WITH)), n, v)
        if h.dep_ != "dobj" or v.pos_ not in VERBAL or v.lemma_.lower() not in d["praise_hosts"]:
            return []
        to = self._addressed(prep_objects(n, WITH) + prep_objects(h, WITH) + prep_objects(v, WITH))  # "to X", "with X"
        if not to:
            things = prep_objects(n, FOR) + prep_objects(h, FOR) + prep_objects(v, FOR)
            to = self._named([t for t in things if self.np_actor(t)] + [
                c for t in things if not self.np_actor(t) for c in t.children if c.dep_ == "poss"])
        return self._cross("SUPPORT", self._named(self._acting(v)), to, n, v)

    def _addressed(self, toks: list[Token]) -> list[tuple[str, Token]]:
        """The parties a message is addressed to; bereaved kin named by no party ("the victims' families", "the
        family of the slain officer") are civilians of the place."""
        named = self._named(toks)
        if named:
            return named
        kin = diplomacy_data()["kin"]
        return [(g, t) for t in toks if t.lemma_.lower() in kin and (g := self.generic_actor(t, "CVL")) is not None]

    # --- acts done together --------------------------------------------------------------------------------------
    def joint(self, v: Token) -> list[Candidate]:
        """"China and Russia have made efforts together", "was jointly organised by Ghana and the AU": the doers
        each COOPERATE with the other; "jointly with Y" the doer with Y. Not on a trigger verb (its own act)."""
        d = diplomacy_data()
        lemma = v.lemma_.lower()
        if lemma in d["not_joint"] or self._own_act(v) or any(c.dep_ == "prt" for c in v.children):
            return []
        doers = [(a, t) for a, t in self._named(self._acting(v)) if self._kind_ok(a)]
        partners = [(a, t) for a, t in self._named(prep_objects(v, frozenset({"with"})) + [
            p for c in v.children if c.dep_ == "advmod" and c.lower_ in d["jointly"] for p in prep_objects(c, WITH)])
            if self._kind_ok(a)]
        type_ = intent_type(v, "COOPERATE", self.lex)  # "will jointly organise": a promise, AGREE
        if partners:
            return self._cross(type_, doers, partners, v, v)
        return self._each(type_, doers, v, v) if len({a for a, _ in doers}) >= 2 else []

    def co_brokers(self, v: Token) -> list[Candidate]:
        """"Russia and Turkey brokered the deal": the brokers CONSULT each other (a deal-like thing brokered)."""
        d = diplomacy_data()
        things = objects(v) + ([c for c in v.children if c.dep_ == "nsubjpass"] if is_passive(v) else [])
        if not {t.lemma_.lower() for t in things} & d["brokered"]:
            return []
        doers = [(a, t) for a, t in self._named(self._acting(v)) if self._kind_ok(a)]
        return self._each("CONSULT", doers, v, v) if len({a for a, _ in doers}) >= 2 else []

    def manner(self, n: Token) -> list[Candidate]:
        """"trained the recruits in partnership with the British army": the doer COOPERATE the "with" party."""
        v = n.head.head
        for _ in range(2):  # "trained the recruits in partnership with X": the verb of the noun it hangs on
            if v.pos_ in VERBAL or v.dep_ not in ("dobj", "pobj", "nsubjpass", "attr"):
                break
            v = v.head.head if v.dep_ == "pobj" else v.head
        if v.pos_ not in VERBAL:
            return []
        partners = self._named(prep_objects(n, frozenset({"with"})))
        doers = self._named(self._acting(v))
        return self._cross("COOPERATE", doers, partners, n, v)

    def signed(self, v: Token) -> list[Candidate]:
        """"A Memorandum of Understanding would be signed between India and Japan", "India and Japan signed an
        accord", "the agreement reached between A and B": each AGREE the other (a promise to sign too); a "with"
        party is the lexicon's own reading."""
        d = diplomacy_data()
        things = objects(v) + ([c for c in v.children if c.dep_ == "nsubjpass"] if is_passive(v) else [])
        if v.dep_ == "acl" and v.tag_ == "VBN":
            things.append(v.head)  # "the accord reached between Kenya and Somalia"
        agreed = {t.lemma_.lower() for t in things} & d["agreements"]
        if not agreed:
            return []
        type_ = intent_type(v, next((r.type for r in self.lex.verbs.get(v.lemma_.lower(), ()) if r.objects & agreed),
                                    "AGREE"), self.lex)  # "agreed to sign a deal": a promise, AGREE
        between = self._named(prep_objects(v, BETWEEN) + [p for t in things for p in prep_objects(t, BETWEEN)])
        if len({a for a, _ in between}) >= 2:
            return self._each(type_, between, v, v)
        if is_passive(v) or prep_objects(v, WITH) or any(prep_objects(t, WITH) for t in things) \
                or v.lemma_.lower() in d["brokering"]:
            return []  # "Egypt and Qatar brokered the truce": brokers, not its sides (co_brokers)
        doers = self._named(subjects(v))
        return self._each(type_, doers, v, v) if len({a for a, _ in doers}) >= 2 else []

    def paired(self, n: Token) -> list[Candidate]:
        """"the DPRK-U.S. summit", "Russia-Turkey talks": two names joined by a hyphen are the noun's two sides."""
        rule = next((r for r in self.lex.nouns[n.lemma_.lower()] if not r.needs_compound and not r.not_event), None)
        if rule is None or rule.type.lower() not in diplomacy_data()["paired_types"]:
            return []
        doc = n.doc
        # names before the noun, in its phrase ("the U.S.-China trade talks"), that a hyphen joins to the next name
        names = [t for t in n.subtree if t.i < n.i and t.dep_ in NAMES and (t.ent_type_ or t.pos_ == "PROPN")]
        joined = [t for t in names if any(u.i == t.i + 2 and doc[t.i + 1].text == "-" for u in names)
                  or any(u.i == t.i - 2 and doc[t.i - 1].text == "-" for u in names)]
        sides = self._named(joined)
        if len({a for a, _ in sides}) != 2:
            return []
        return self._each(rule.type, sides, n, None)

    def received(self, n: Token) -> list[Candidate]:
        """"received a delegation from Uganda": the host CONSULT the party the visitors come from or stand for (not
        when the visitors resolve to a party of their own: the verb's own reading has them)."""
        v = n.head
        if self.np_actor(n):
            return []
        senders = self._named(prep_objects(n, frozenset({"from", "of"})) + prep_objects(v, frozenset({"from"})))
        return self._cross("CONSULT", self._named(self._acting(v)), senders, v, v)

    def after_talks(self, n: Token) -> list[Candidate]:
        """"arrived in Cairo following his talks with the Sudanese president", "will fly to Kampala for talks with
        Museveni": the subject (or the talks' owner) CONSULT the "with" party; with none, the state of the place it
        goes to, as for a visit ("will head to Kyiv for discussions": Ukraine; round 18, D)."""
        v = n.head.head
        others = self._named(prep_objects(n, frozenset({"with"})))
        if not others and n.head.lower_ == "for" and not prep_objects(n, BETWEEN) and v.pos_ in VERBAL \
                and not _planned_trip(v):
            # "will head to Beijing for talks", "is heading to Kyiv for talks": a plan, which the coder would print
            # as done (left out); "was heading to Nairobi for discussions" was on its way
            visited = [(st, t) for a, t in self._actors(prep_objects(v, TO)) if t is not None
                       and t.lower_ not in diplomacy_data()["venues"] and (st := self._state_of(a)) is not None]
            goers = subjects(v) + [c for c in v.children if c.dep_ == "nsubjpass"]  # "I will be headed to Kyiv"
            return self._cross("CONSULT", self._named(goers), visited, v, v)  # "heading to Kyiv for talks"
        if not others or v.pos_ not in VERBAL:
            return []
        owners = [c for c in n.children if c.dep_ == "poss"]
        doers = self._named(owners) or self._named(self._acting(v))
        return self._cross("CONSULT", doers, others, n, v)

    # --- honours -------------------------------------------------------------------------------------------------
    def _honouring(self, t: Token) -> bool:
        d = diplomacy_data()
        lemma = t.lemma_.lower()
        need = d.qualified.get(lemma)
        return lemma in d["honour_things"] and (need is None or bool(_qualifiers(t) & need))

    def honour(self, v: Token) -> list[Candidate]:
        """"conferred an honorary doctorate on X", "awarded X the national medal", "accorded hero's status to X":
        the giver SUPPORT X."""
        things = [t for t in objects(v) + [c for c in v.children if c.dep_ == "nsubjpass"] if self._honouring(t)]
        if not things:
            return []
        held = prep_objects(v, ON) + [p for t in things for x in (t, *prep_objects(t, OF)) for p in prep_objects(x, ON)] \
            + [c for c in v.children if c.dep_ == "dative"]  # "the order of merit on X": "on" hung on "merit"
        if is_passive(v) and not held:  # "the envoy was awarded the medal by the president"
            held = [c for c in v.children if c.dep_ == "nsubjpass" and c not in things]
        honoured = self._named(held)
        givers = self._named(self._acting(v))
        return self._cross("SUPPORT", givers, honoured, v, v)

    def renamed(self, v: Token) -> list[Candidate]:
        """"renamed the main street after X": the namer SUPPORT X."""
        d = diplomacy_data()
        things = objects(v) + ([c for c in v.children if c.dep_ == "nsubjpass"] if is_passive(v) else [])
        if not any(t.lemma_.lower() in d["honour_named"] for t in things):
            return []
        honoured = self._named(prep_objects(v, AFTER) + [p for t in things for p in prep_objects(t, AFTER)])
        givers = self._named(self._acting(v))
        return self._cross("SUPPORT", givers, honoured, v, v)


def _planned_trip(v: Token) -> bool:
    """A trip still ahead: a future auxiliary ("will head to"), or going told in the present ("is heading to", a
    headline's bare "Heading to")."""
    aux = [c for c in v.children if c.dep_ == "aux"]
    return any(c.lower_ in FUTURE for c in aux) or (v.tag_ == "VBG" and not any(
        c.lemma_ == "be" and c.tag_ == "VBD" for c in aux))
