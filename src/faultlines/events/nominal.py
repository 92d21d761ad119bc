"""Nominal events: a trigger noun ("the sale of artillery", "a protest was held") with the verb that hosts it,
and role nouns ("Y serves as a patron to X")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import NAME_MODS, backing
from .diplomacy_data import rescued
from .noun_parties import (
    blamed_on,
    charged_with,
    claimants,
    hyphen_doers,
    met_before,
    noun_agents,
    patient_owner,
    relative_host,
    rung_to,
    split_sides,
    users,
)
from .noun_sides import GUNFIGHTS, PAIRED, TRIED, NounSides, set_off
from .pairing import HURT, TRAVELS, Pairing, hurt_in
from .polarity import intent_type
from .readings import LED, PARTNERED, Candidate
from .syntax import (
    OF,
    VERBAL,
    WH,
    WITH,
    agents,
    clause_subject,
    is_passive,
    objects,
    prep_objects,
    subjects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Rule

RECEIVE = frozenset({"receive", "get", "obtain", "enjoy", "win", "gain", "secure", "accept"})
DRAWN = frozenset({"draw", "face", "attract", "earn", "incur", "court", "invite", "suffer", "provoke", "spark", "prompt",
                   "elicit", "meet"})  # what the subject brings on itself: its source is the "from" noun or no one
INTERNAL = frozenset({"civil", "internal", "domestic", "sectarian", "intercommunal", "inter-communal", "tribal"})
HEDGES = frozenset({"understanding", "knowledge", "mind", "surprise", "regret"})
PHONES = frozenset({"phone", "telephone", "video", "conference"})
COURTESY = frozenset({"courtesy", "condolence", "farewell", "official", "state"})  # calls that are visits
GIVING = frozenset({"AID", "SUPPORT", "COOPERATE"})
HAPPEN = frozenset({"take", "occur", "erupt", "break", "happen", "start", "begin"})  # "a protest took place"
# "protests spread to 20 cities", "the demonstrations continued": a protest going on, held by the place's protesters
GOING_ON = frozenset({"spread", "continue", "grow", "swell", "escalate", "intensify", "resume", "rage", "persist"})
# nouns read as an armed act only between named parties: "Iran's intervention in Yemen", not "in Iraqi politics",
# "in the US election" or "any foreign intervention" (no one named intervenes)
NAMED_ONLY = frozenset({"intervention"})
# mass killings named after their victims or their country, not their doers ("the Armenian genocide")
VICTIM_NAMED = frozenset({"genocide", "holocaust", "pogrom"})
# prepositions of a time adjunct: "offered aid after the bombing" -- the bombing is an event of its own, not the verb's
TIME_PREPS = frozenset({"after", "before", "following", "since", "until", "till"})
FRAMES = frozenset({"during", "amid", "amidst"})  # "carried out a kidnapping during an incursion": a light verb's frame
AMONG = frozenset({"in", "across", "throughout", "within"})  # where criticism is drawn: that country's people
# "North Korea has been under UN sanctions", "the convoy came under fire from X": the subject of these verbs undergoes
# the "under" noun's act, done by its modifier or its "from"/"by" phrase (never by the subject)
UNDERGO = frozenset({"be", "remain", "come", "fall", "live", "stay", "place", "put", "keep", "suffer", "lie"})
UNDERGONE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "AID", "SUPPORT"})
# acts of speech whose "from" party is the speaker ("calls from the EU", "criticism from Brussels"), and verbs by which
# the one addressed answers them ("Israel ignored calls from the EU": the EU asks Israel)
SPOKEN = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
RESPONSES = frozenset({"reject", "dismiss", "ignore", "heed", "answer", "rebuff", "defy", "deny", "accept", "welcome",
                       "reply", "respond", "resist", "counter", "refute", "rebut", "brush", "shrug", "bristle"})
# acts aimed at what someone did or offered: the owner of that thing is the target ("India's rejection of Pakistan's offer")
OWNER_TARGETED = frozenset({"ACCUSE", "REJECT"})
DEFIED = frozenset({"defy", "brave", "flout", "resist"})  # restrictions their subject is under
SUFFERED = frozenset({"face", "suffer", "endure", "undergo", "withstand", "repel", "repulse", "survive", "thwart",
                      "foil", "escape"})  # an act their subject is the one hit by
OPPOSED = frozenset({"against", "over", "about"})  # what a hosting verb's act is against is no act of its doer
DRILLS = frozenset({"exercise", "drill", "manoeuvre", "maneuver"})
MET = frozenset({"counterpart", "delegation", "minister", "leader", "president", "premier", "chancellor"})
ENVOYS = frozenset({"diplomat", "ambassador", "envoy", "consul", "attache", "attaché", "spy", "agent", "official"})
MEETERS = ENVOYS | MET  # "talks with envoys / his counterpart": whom one meets
DROPPED = frozenset({"drop", "dismiss", "withdraw", "quash", "overturn", "throw", "clear", "lift", "void", "annul",
                     "reduce", "deny", "reject", "contest", "dispute", "fight"})  # charges let go or disputed
# charges that are prices ("bank charges against customers rose", "fuel charges") and what prices do
FEES = frozenset({"bank", "service", "fuel", "import", "fixed", "extra", "user", "card", "delivery", "roaming", "late",
                  "overdraft", "interest", "handling", "freight", "customs", "shipping", "transaction", "admission",
                  "parking", "electricity", "water", "power", "network", "connection", "hidden", "monthly", "annual"})
PRICED = frozenset({"rise", "fall", "increase", "decrease", "climb", "soar", "double", "triple", "cost", "total"})


def _owners(t: Token) -> list[Token]:
    """The owner words of a thing: its possessor, or a named adjective or compound ("the Russian invasion")."""
    return [c for c in t.children if c.dep_ == "poss" or (
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))]


class NominalEvents(Pairing, NounSides):
    """Codes trigger nouns and role nouns; `SentenceCoder` adds the verbs."""

    def _is_host(self, v: Token, generic: bool) -> bool:
        lemma = v.lemma_.lower()
        if v.pos_ not in VERBAL or lemma in self.lex.non_hosts:
            return False
        if lemma in self.lex.hosts or lemma in self.lex.transfer or lemma in self.lex.acquire:
            return True
        return generic and lemma not in self.lex.trigger_lemmas and lemma not in self.lex.reporting_verbs

    def _noun_host(self, n: Token) -> tuple[Token | None, Token]:
        """The verb that lends its subject to a nominal trigger: a light verb, or any non-trigger verb of its object."""
        h = n
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in self.lex.transparent:
            h = h.head.head
        if h.dep_ in ("dobj", "nsubjpass", "attr") and self._is_host(h.head, generic=h.dep_ == "dobj"):
            return h.head, h
        if h.dep_ == "pobj" and (h.head.lower_ in TIME_PREPS or (
                h.head.lower_ in FRAMES and h.head.head.lemma_.lower() not in self.lex.hosts)):
            return None, h  # "offered aid after (during) the bombing": a time adjunct names an event of its own
        if h.dep_ == "pobj" and h.head.lower_ == "over" and h.head.head.lemma_.lower() == "preside" \
                and prep_objects(h, WITH):
            return h.head.head, h  # "X presided over the meeting with Y"
        if h.dep_ == "pobj" and h.head.lower_ not in OPPOSED and self._is_host(h.head.head, generic=h.head.lower_ in (
                "in", "on")):  # "organised a protest against the attack": the attack is what they oppose
            return h.head.head, h
        return None, h

    @staticmethod
    def _happened(a: Token) -> bool:
        """"a shoot-out took place", "a protest broke out": the noun is the subject of a verb of happening."""
        return a.dep_ == "nsubj" and a.head.lemma_.lower() in HAPPEN and not any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in (*a.children, *a.head.children))

    @staticmethod
    def _going_on(a: Token) -> bool:
        """"protests spread to 20 cities", "the rallies continued": the noun is the subject of a verb of going on."""
        return a.dep_ == "nsubj" and a.head.lemma_.lower() in GOING_ON and not any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in (*a.children, *a.head.children))

    @staticmethod
    def _existential(a: Token) -> bool:
        """"there were protests against X", "there have been rallies": the noun is what there is, done by no one named."""
        v = a.head
        return a.dep_ in ("attr", "nsubj") and v.lemma_ == "be" and any(c.dep_ == "expl" for c in v.children) \
            and not any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in (*a.children, *v.children))

    def noun(self, n: Token, rules: tuple[Rule, ...]) -> list[Candidate]:
        if n.pos_ not in ("NOUN", "PROPN"):
            return []
        a = n  # the noun phrase carrying the arguments: "a mediation effort between X and Y"
        if n.dep_ == "compound":
            if n.head.lemma_.lower() not in self.lex.light_nouns:
                return []
            a = n.head
        mods = {c.lemma_.lower() for c in n.lefts if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {p.lemma_.lower() for p in prep_objects(n, OF)}  # "the sale of artillery"
        if n.lemma_.lower() in DRILLS and self._pair(n):
            mods.add("joint")  # "the U.S.-South Korean drills": two states' drills are joint
        things = {p.lemma_.lower() for p in prep_objects(n, frozenset({"for", "to"}))  # "support for the bill"
                  if not any(c.dep_ == "poss" for c in p.children)}  # "support for Kenya's proposal" is Kenya's
        fitting = [r for r in rules if r.needs_compound & (mods | things if r.not_event else mods)] or [
            r for r in rules if not r.needs_compound]
        if not fitting:
            return []
        rule = fitting[0]
        if rule.not_event or rescued(n):  # "life support"; "came to Syria's aid" is Syria helped (events/companions.py)
            return []
        if n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in self.lex.idle_hosts.get(n.lemma_.lower(), ()):
            return []  # "received several calls about a burglary": telephone calls; "issued alerts": warnings
        if n.dep_ == "pobj" and n.head.lower_ == "to" and n.lemma_.lower() in HEDGES:
            return []  # "to our understanding, he was ...": a hedge, no agreement
        if n.lemma_.lower() in self.lex.transparent and any(
                p.lemma_.lower() in self.lex.nouns for p in prep_objects(n, OF)):
            return []
        by = noun_agents(a)
        srcs = [c for c in a.children if c.dep_ == "poss"] + by
        srcs += [c for c in (*n.lefts, *(a.lefts if a is not n else ()))
                 if c.dep_ in NAME_MODS and c is not n and c.lemma_.lower() not in rule.needs_compound]
        srcs = [c for c in srcs if not backing(c)]  # "the Russian-backed offensive" is not Russia's own
        srcs = [c for c in srcs if self.np_actor(c) or (c in by and self.generic_actor(c))]  # "fire by unknown gunmen"
        if n.lemma_.lower() in self.lex.located_nouns:  # "the Sudan war" is fought in Sudan, not by it
            srcs = [c for c in srcs if not (c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC"))]
        if rule.type == "ASSAULT":  # "the Kabul bomb attack", "a Kyiv strike": the town is where, not who
            srcs = [c for c in srcs if not (c.dep_ == "compound" and self.town(c))]
        if n.lemma_.lower() in VICTIM_NAMED:  # "the Armenian genocide" was done to Armenians, "the Rwandan" in Rwanda
            srcs = [c for c in srcs if not (c.dep_ in NAME_MODS and c.ent_type_ in ("GPE", "LOC", "NORP"))]
        if any(m.lower_ in INTERNAL for m in n.lefts):  # "Yemen's civil war" is fought in Yemen, by its sides
            srcs = [c for c in srcs if c.ent_type_ not in ("GPE", "LOC", "NORP")]
        sparked = rule.type == "PROTEST" and set_off(a) is not None  # "the verdict sparked protests": a crowd's
        under = self._under(a, rule)
        if under is not None:
            return self._undergone(n, a, rule, srcs, under)
        laid = blamed_on(a)  # "blamed the attack on X": X is said to have done it
        if laid and not srcs:
            srcs = [c for c in laid if self.np_actor(c) or self.generic_actor(c)]
        if not srcs and rule.type == "ASSAULT":  # "the Houthis claimed the drone attack"
            srcs = [c for c in claimants(a) if self.np_actor(c)]
        fired = self.fired_from(n, a) if not srcs and rule.type == "ASSAULT" else []
        srcs = srcs or fired  # "airstrikes from Russian warplanes": the warplanes' (noun_forces.py)
        owned = patient_owner(n, a)
        owners = {o.i for o in owned}
        srcs = [c for c in srcs if c.i not in owners]
        aided = self._with_help(n, a, rule, srcs)
        if aided is not None:
            return aided
        if rule.type == "ASSAULT" and a.lemma_.lower() in self.lex.reciprocal_nouns and self.sporting(n.sent):
            return []  # "the clash between Ghana and Nigeria ended 2-1": a match
        fought = None if srcs or rule.type != "ASSAULT" else self.fought_in(n, a, rule.type, self._mode(n, rule.type,
                                                                                                           rule.mode))
        if fought:  # "two militants were killed in a gunfight with Indian troops"
            return fought
        host, _ = self._noun_host(a)
        if a.dep_ == "dobj" and a.head.lemma_.lower() in self.lex.transfer | self.lex.acquire and \
                self.lex.objects.get(n.lemma_.lower()) == ("AID", "military"):
            return []  # "sold bombs to X": the weapons moved are the transfer's thing, not an attack
        if host is not None and host.lemma_.lower() in RECEIVE | DRAWN and not is_passive(host) and not srcs:
            # "X received strong backing from Y" -> Y backs X; "X drew criticism" names no critic: X is no accuser
            givers = prep_objects(host, frozenset({"from"})) + prep_objects(a, frozenset({"from"}))
            critics = self._critics_at(host, a) if not givers and rule.type == "ACCUSE" and host.lemma_.lower() in DRAWN \
                else None
            if critics is not None:  # "faced criticism in Kenya": Kenya's people criticise the subject
                at, people = critics
                self.place_spans.setdefault(people, set()).add((at.i, at.i + 1))
                out = self._pairs("ACCUSE", None, n, [at], subjects(host), True, host)
                return [replace(c, source=people) for c in out if c.source is not None and c.target != people]
            if not givers and host.lemma_.lower() in DRAWN and not sparked:
                return []
            if givers:  # "Italy's decision drew a rebuke from Germany": Germany rebukes Italy
                srcs, tgts0 = givers, [o for t in subjects(host) for o in self._act_owners(t, rule.type)]
                type_ = intent_type(host, rule.type, self.lex)
                out = self._pairs(type_, self._mode(n, rule.type, rule.mode), n, srcs, tgts0, rule.needs_target, host)
                return [c for c in out if c.source is not None]
        if not srcs and host is not None and rule.type in ("SUPPORT", "AID") and prep_objects(a, frozenset({"from"})):
            return []  # "X counts on (wants) support from Y": the support is Y's (events/backing.py), never X's
        heard = [p for p in prep_objects(a, frozenset({"from"})) if self.np_actor(p)] if rule.type in SPOKEN else []
        if heard and not srcs:  # "calls from the EU for restraint", "ignored calls from the EU": the EU's call
            srcs = heard
            if host is not None and host.lemma_.lower() in RESPONSES and not any(
                    self.np_actor(t) for t in prep_objects(a, rule.target_preps)):
                answered = agents(host) if is_passive(host) else subjects(host)  # "Israel ignored calls from the EU"
                out = self._pairs(rule.type, self._mode(n, rule.type, rule.mode), n, srcs, answered, True, host)
                return [c for c in out if c.source is not None]
            host = None  # the hearer's verb is not the speaker's
        if not srcs and host is None and (rel := relative_host(a, self.lex.hosts)) is not None and any(
                self.np_actor(x) for x in rel[1] or subjects(rel[0])):  # not "the war we have in X"
            host, srcs = rel  # "the call Biden made to Erdogan": the relative's subject, and its "to" party
        if not srcs and host is None and rule.type == "ASSAULT" and (used := users(a)) is not None:
            host, srcs = used  # "X used a rifle in the attack", "X bought guns used in the shooting"
        charged = False
        if not srcs and host is None and rule.type == "ASSAULT" and (held := charged_with(a)) is not None:
            srcs = [s for s in held[1] if self.np_actor(s)]  # "X was charged in the killing
            charged = bool(srcs)  # of Y": X did it, as the charge says (the charge is its own event)
        if not srcs and host is None and rule.type == "CONSULT" and (met := met_before(a)) is not None and any(
                self.np_actor(w) or w.lemma_.lower() in MEETERS for w in prep_objects(a, WITH)):
            srcs = [s for s in subjects(met) if self.np_actor(s)]  # "X spoke after (his) talks with envoys of Y"
        if not srcs and host is not None and not sparked and not (  # "X survived (repelled) an attack": not X's
                rule.type in UNDERGONE and host.lemma_.lower() in SUFFERED and a.dep_ == "dobj"):  # "the verdict sparked protests": the crowd's, below
            srcs = agents(host) if is_passive(host) else subjects(host)
        if not srcs:
            srcs = self._agent_noun(a) or self._responsible(a)
        if not srcs and rule.type == "SANCTION":
            srcs = self._expelled_from(a)  # "the expulsion of Russian diplomats from Canada": Canada expels them
        between = prep_objects(a, frozenset({"between"}))
        sides: list[tuple[str, Token]] = []
        if not srcs and a.lemma_.lower() in self.lex.reciprocal_nouns and len(between) == 1:
            if split_sides(between[0]) and len(split := self.sides(between)) > 1:
                sides = split  # "clashes between Indian and Pakistani troops"
            elif rule.type != "ASSAULT":
                sides = self.two_states(between[0])  # "an agreement between the two countries": the two named near
        if sides:
            return [Candidate(rule.type, self._mode(n, rule.type, rule.mode), s, t, n, st, tt, host)
                    for s, st in sides for t, tt in sides if s != t]
        if not srcs and len(between) > 1 and a.lemma_.lower() in self.lex.reciprocal_nouns:
            srcs = between  # "a clash between GNA and LNA forces": each on the other
            return [c for c in self._pairs(rule.type, self._mode(n, rule.type, rule.mode), n, srcs, srcs, True, host)
                    if c.source is not None]
        if not srcs and len(between) == 1 and between[0].tag_ == "NNS" and a.lemma_.lower() in self.lex.reciprocal_nouns:
            srcs = between  # "clashes between rival gangs": the gangs, on each other (one generic actor)
            return [c for c in self._pairs(rule.type, self._mode(n, rule.type, rule.mode), n, srcs, [], False, host)
                    if c.source is not None]
        if not srcs and not between and a.lemma_.lower() in GUNFIGHTS and self._happened(a) and not prep_objects(a, OF) \
                and not prep_objects(a.head, frozenset({"between"})):  # "the shooting of an officer occurred": no side  # "erupted between X and Y": `happened`
            shooters = self.generic_actor(n, "UAG")  # "a shoot-out took place in X": armed men of no name, ACLED's
            return [Candidate(rule.type, "firearms", shooters, None, n, None, None, a.head)] if shooters else []
        blamed = {x.i for x in (*laid, *fired)}
        tgts = [t for t in prep_objects(a, rule.target_preps) if t.i not in blamed] or owned
        if rule.type == "ASSAULT":  # "a gun battle in X left eight people wounded": the people before the place
            hurt = self._left_hurt(a) or ([] if {n.lemma_.lower(), a.lemma_.lower()} & self.lex.reciprocal_nouns
                                          else hurt_in(a))
            tgts = hurt + [t for t in tgts if t.ent_type_ not in ("GPE", "LOC", "FAC")] or tgts
        if not tgts:  # "the visit by X to the UK", "an attack by X on Y": the parser hung the target on the agent
            tgts = [p for b in by for p in prep_objects(b, rule.target_preps - {"of"})]  # "officers of X" are X's
        if not tgts and rule.type in ("COERCE", "SANCTION") and a.dep_ == "dobj" and a.head.lemma_.lower() in DEFIED:
            tgts = subjects(a.head)  # "residents defied the curfew": it restricts them
        if not tgts and rule.target_clause:  # "its demands that Burundi's government grant ..."
            tgts = clause_subject(a)
        if not tgts:  # "the withdrawal of some forces from Panama"
            tgts = [p for o in prep_objects(a, OF) for p in prep_objects(o, rule.target_preps)]
        if not tgts and rule.type == "PROTEST" and self.after_spell(a) is not None and a.head.lower_ == "of":
            tgts = prep_objects(a.head.head, rule.target_preps - OF)  # "as part of protests in X against Y": on "part"
        tgts = [o for t in tgts for o in self._act_owners(t, rule.type)]
        if rule.type == "PROTEST":  # "protests against his rule": against the ruler
            tgts = self.ruler(a, tgts)
        if rule.type == "REQUEST":  # "a call for talks with Russia" asks nothing of Russia; "for restraint by X" of X
            tgts = [o for t in tgts for o in ([t] if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ != "for"
                                              or self._actorish(t) else prep_objects(t, frozenset({"by"})) + _owners(t))]
        if n.lemma_.lower() in NAMED_ONLY:
            tgts = [t for t in tgts if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "NORP", "ORG")]
            if not tgts or not srcs:
                return []
        if not tgts and host is not None and rule.type in UNDERGONE and a.dep_ == "dobj" \
                and host.lemma_.lower() in SUFFERED and not is_passive(host):
            tgts = subjects(host)  # "the rebels faced an offensive by the army", "X survived an attack" (round 19)
        if not tgts and host is not None:  # "launched an offensive in its war with Iraq"
            tgts = prep_objects(host, rule.target_preps)
        if not tgts and n.lemma_.lower() in TRAVELS and a.dep_ == "pobj" and a.head.lower_ == "for" \
                and a.head.head.pos_ in VERBAL:  # "lands in Kenya for his first visit": the visit is to Kenya
            tgts = [p for p in prep_objects(a.head.head, frozenset({"in", "to"})) if p.ent_type_ == "GPE"]
            srcs = srcs or (subjects(a.head.head) if tgts else [])  # "the premier flew to Japan for a visit"
        paired = bool(tgts) and all(t.lemma_.lower() in PAIRED and t.head.lower_ == "between" for t in tgts)
        if len(srcs) > 1 and (rule.type in ("COOPERATE", "CONSULT") and not tgts or rule.type == "AGREE" and paired) \
                and a.lemma_.lower() in self.lex.reciprocal_nouns:
            tgts = srcs  # "India and France began joint exercises", "X and Y announced a deal between the two countries"
        type_ = intent_type(host, rule.type, self.lex) if host is not None else rule.type
        talked = prep_objects(a, WITH)
        phoned = any(c.lemma_.lower() in PHONES for c in n.lefts)
        rung = rung_to(a, host, phoned) if rule.type == "REQUEST" and n.lemma_.lower() == "call" else []
        if rule.type == "REQUEST" and n.lemma_.lower() == "call" and (talked or rung or phoned):
            type_, tgts = "CONSULT", talked or rung  # "Trump's call with Zelenskiy", "a phone call to X": a talk
        elif rule.type == "REQUEST" and n.lemma_.lower() == "call" and (any(
                c.lemma_.lower() in COURTESY for c in n.lefts) or (host is not None and host.lemma_.lower() == "pay")):
            type_ = "CONSULT"  # "paid a courtesy call on the premier": a visit, not an appeal
        needs = rule.needs_target or bool(heard)  # "threats from X" name their target, or are no edge
        if rule.type in PARTNERED:  # "the Kurdish-led alliance" names who leads it, not an act of allying
            doc = n.doc
            led = [c for c in srcs if c.lower_ in LED or (
                c.i + 2 < len(doc) and doc[c.i + 1].text == "-" and doc[c.i + 2].lower_ in LED)]
            if led:
                srcs, needs = [c for c in srcs if c not in led], True
        out = self._state_giver(n, self._pairs(type_, self._mode(n, rule.type, rule.mode), n, srcs, tgts, needs, host))
        if not srcs and type_ not in PARTNERED:  # "U.S.-imposed sanctions on Russia": the doer in one word
            out = self._hyphen_doer(n, out)
        out = self._invaded(n, out)
        if rule.type in ("ASSAULT", "COERCE") and not srcs:  # "the police killing of a teenager"
            out = self.force_doer(n, out)
        agentless = (host is not None and is_passive(host) and not agents(host)) or self._happened(a) \
            or self._existential(a) or self.unnamed_crowd(host) or self._going_on(a) or sparked
        held_in = {p.i for p in prep_objects(a, frozenset({"in", "across", "throughout"})) if p.ent_type_ in ("GPE", "LOC")}
        if sparked:  # "sparked protests in Lahore": the place is where, never whom (the parser may hang it on the verb)
            out = [replace(c, target=None, target_tok=None) if c.target_tok is not None and c.target_tok.ent_type_ in (
                "GPE", "LOC", "FAC") else c for c in out]
        if held_in and type_ == "PROTEST" and (sparked or (host is None and self.after_spell(a) is not None)):
            # "following (it sparked) protests in Kenya": Protesters (Kenya); "rumours of protests in X" are none
            agentless = True
            out = [replace(c, target=None, target_tok=None) if c.target_tok is not None and c.target_tok.i in held_in
                   else c for c in out]
        elif host is None and type_ == "PROTEST" and not srcs and self.after_spell(a) is not None and any(
                self.opposed(c.target_tok) for c in out):  # "fled after (weeks of) protests against his rule": a crowd's
            agentless = True
        if type_ == "PROTEST" and agentless and not any(c.source for c in out):
            crowd = self.home_crowd(self.generic_actor(n, "PRT"), out)  # "a protest was held in
            # Split": Protesters (Croatia); "protests against the Serbian government": Serbia's
            if host is None and self._existential(a):
                host = a.head  # "there will be a rally": its tense and mood are the verb's
            if crowd is not None:
                out = [Candidate(type_, c.mode, crowd, c.target, n, None, c.target_tok, host) for c in out
                       if c.target != crowd] or [Candidate(type_, self._mode(n, rule.type, rule.mode), crowd, None, n,
                                                           None, None, host)]
        out = self.tried(n, host, out) if type_ == "ACCUSE" else out  # "the trial of X opened in Moscow": the courts'
        if charged:  # "X, accused of genocide": a charge with no one hit names no act of X's to code
            out = [c for c in out if c.target is not None]
        return self.wire_fixes(n, [c for c in out if c.source is not None or rule.type in ("ASSAULT", "COERCE") or (
            type_ == "ACCUSE" and self._legal(n))], type_,  # "the trial of X", "charges against X" by no one named
            # (`tried` places a trial's courts)
                               self._mode(n, rule.type, rule.mode), host)

    def _hyphen_doer(self, n: Token, out: list[Candidate]) -> list[Candidate]:
        """"U.S.-imposed sanctions on Russia", "the Saudi-led campaign against the Houthis": the one state (or party)
        a hyphenated word before the act names is its doer, where no other is found."""
        d = self.actors.dictionary
        named = {x: t for t, name in hyphen_doers(n) if (x := d.lookup(name) or d.demonym(name)) is not None}
        if len(named) != 1 or any(c.source is not None for c in out):
            return out
        (doer, at), = named.items()
        return [replace(c, source=doer, source_tok=at) for c in out if c.target != doer]

    @staticmethod
    def _legal(n: Token) -> bool:
        """A legal act that stands with its maker unnamed: a trial, an indictment or a prosecution ("the trial of X"),
        charges ("charges against X", plural: "a cavalry charge" is none) that are not dropped (a concession)."""
        lemma = n.lemma_.lower()
        if lemma == "charge":  # "threatened (plans) to file charges against X": not filed yet, the verb's act
            return n.tag_ == "NNS" and not (n.dep_ in ("nsubjpass", "dobj") and (
                n.head.lemma_.lower() in DROPPED or n.head.dep_ in ("xcomp", "advcl", "ccomp"))) \
                and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in FEES for c in n.children) \
                and not (n.dep_ == "nsubj" and n.head.lemma_.lower() in PRICED)
        return lemma in TRIED

    @staticmethod
    def _left_hurt(a: Token) -> list[Token]:
        """Whom an attack left dead or wounded: the object of "left" with such a complement, the attack its subject or
        the antecedent of its subject ("an attack that left ten soldiers dead"; round 19)."""
        v = a.head if a.dep_ == "nsubj" and a.head.lemma_ == "leave" else next((
            r for r in a.children if r.dep_ == "relcl" and r.lemma_ == "leave" and r.i > a.i
            and any(s.dep_ == "nsubj" and s.tag_ in WH for s in r.children)), None)
        if v is None:
            return []
        doc = a.doc
        return [o for o in objects(v) if any(c.lower_ in HURT for c in (*o.children, *v.children)
                                             if c.dep_ in ("oprd", "xcomp", "acomp", "amod", "ccomp", "advcl"))
                or (o.i + 1 < len(doc) and doc[o.i + 1].lower_ in HURT and doc[o.i + 1].head.i != o.i)]

    def _act_owners(self, t: Token, type_: str) -> list[Token]:
        """Whom an act or a thing criticised or turned down stands for: its owner ("rejection of Pakistan's offer",
        "criticism of the Russian invasion"); `t` itself when it names a party or has no owner."""
        if type_ not in OWNER_TARGETED or t.pos_ != "NOUN" or self.np_actor(t) or self._actorish(t):
            return [t]
        return [o for o in _owners(t) if self.np_actor(o)] or [t]

    def _critics_at(self, host: Token, a: Token) -> tuple[Token, str] | None:
        """"faced criticism in Kenya / in the country": the people of the one state named where the criticism is
        drawn, as that state's civilians (the place's word stands for them)."""
        d = self.actors.dictionary
        for p in prep_objects(host, AMONG) + prep_objects(a, AMONG):
            country = self.place_country(p) if p.pos_ == "PROPN" else None
            if p.lemma_.lower() == "country" and any(c.lower_ == "the" for c in p.lefts):  # the one state named
                states = {e.id for x in self.actors.mentioned() if (e := self.entry(x)) is not None and e.kind == "state"}
                country = states.pop() if len(states) == 1 else None
            e = self.entry(country or self.np_actor(p))
            if e is None or e.kind != "state" or d.entry(d.sub_actor(e.id, "CVL")) is None:
                continue
            return p, d.sub_actor(e.id, "CVL")
        return None

    @staticmethod
    def _under(a: Token, rule: Rule) -> Token | None:
        """The verb of "X has been / came / was placed under <act>", when the act is one done to someone."""
        v = a.head.head
        if a.dep_ != "pobj" or a.head.lower_ != "under" or v.pos_ not in VERBAL or rule.type not in UNDERGONE:
            return None
        return v if v.lemma_.lower() in UNDERGO else None

    def _undergone(self, n: Token, a: Token, rule: Rule, srcs: list[Token], v: Token) -> list[Candidate]:
        """"Gaza remains under an Israeli blockade", "the base came under fire from militias": the subject is the
        target; the doer is the noun's own modifier or "by" phrase, or a "from"/"by" phrase of the verb."""
        if not srcs:
            srcs = [p for p in prep_objects(a, frozenset({"from"})) + prep_objects(v, frozenset({"from", "by"}))
                    + (agents(v) if is_passive(v) else []) if self.np_actor(p) or self.generic_actor(p)]
        out = self._pairs(rule.type, self._mode(n, rule.type, rule.mode), n, srcs, subjects(v), rule.needs_target, v)
        return [c for c in out if c.source is not None or rule.type in ("ASSAULT", "COERCE")]

    def _with_help(self, n: Token, a: Token, rule: Rule, srcs: list[Token]) -> list[Candidate] | None:
        """"X took the town with help from Y", "with Y's support": Y gives to the one who acts; None when the noun
        is not such a manner phrase."""
        v = a.head.head
        if rule.type not in GIVING or a.dep_ != "pobj" or a.head.lower_ != "with" or v.pos_ not in VERBAL \
                or a.head.head.i > a.i:
            return None
        givers = srcs + prep_objects(a, frozenset({"from", "of"}))
        receivers = agents(v) if is_passive(v) else subjects(v)
        if not givers or not receivers:
            return []
        out = self._pairs(rule.type, self._mode(n, rule.type, rule.mode), n, givers, receivers, True, v)
        return [c for c in out if c.source is not None and not self._own_kind(c)]

    def _expelled_from(self, a: Token) -> list[Token]:
        """The state envoys are sent out of, as with the passive verb ("Russian diplomats expelled from Canada"):
        only when "from" hangs on the noun event or the envoys' own state is named, so that it names no nationality."""
        envoys = [o for o in prep_objects(a, OF) if o.lemma_.lower() in ENVOYS]
        out = [p for p in prep_objects(a, frozenset({"from"})) if envoys]
        out += [p for o in envoys if any(c.ent_type_ in ("NORP", "GPE") for c in o.lefts)
                for p in prep_objects(o, frozenset({"from"}))]
        return [p for p in out if p.ent_type_ == "GPE" and self.np_actor(p)]

    def _own_kind(self, c: Candidate) -> bool:
        """"the rebels advanced with help from Russia": a generic actor placed in the giver's own country by default
        is not whom it helps."""
        e = self.entry(c.target)
        return e is not None and e.country == c.source

    def _state_giver(self, n: Token, found: list[Candidate]) -> list[Candidate]:
        """"U.S. military aid", "Russian military support": "military" says what kind of help; the state gives it,
        not its army."""
        if not any(c.dep_ == "amod" and c.lemma_.lower() == "military" for c in n.lefts):
            return found
        out = []
        for c in found:
            e = self.entry(c.source)
            if c.type in GIVING and e is not None and e.kind == "military" and e.country and self.entry(e.country) \
                    and c.source_tok is not None and c.source_tok.head.i == n.i and c.source_tok.i < n.i:
                c = replace(c, source=e.country)
            out.append(c)
        return out

    def role(self, n: Token) -> list[Candidate]:
        """"X has Y as advisors" -> Y AID X; "Y serves as a patron to X", "Y is the conduit for money to X" -> Y to X."""
        type_, mode = self.lex.roles[n.lemma_.lower()]
        to = frozenset({"to", "for", "of"})
        if n.dep_ == "attr" and n.head.lemma_ == "be":
            tgts = prep_objects(n, to) + [p for c in n.children if c.dep_ in ("acl", "advcl")
                                          for p in prep_objects(c, frozenset({"to"}))]  # "for the money going to X"
            return self._pairs(type_, mode, n, subjects(n.head), tgts, needs_target=True, host=n.head)
        if n.dep_ != "pobj" or n.head.lower_ != "as":
            return []
        v = n.head.head
        if v.pos_ not in VERBAL:
            return []
        if v.lemma_ == "have":
            return self._pairs(type_, mode, n, objects(v), subjects(v), needs_target=True, host=v)
        return self._pairs(type_, mode, n, subjects(v), prep_objects(n, to), needs_target=True, host=v)
