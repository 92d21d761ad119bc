"""Candidate pairing: the sources and targets of a trigger's arguments (looking through "of", "in" and "with"
phrases), the force a move names, an invasion's state, and the trigger's mode."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import KIN, SUPPORTERS
from .diplomacy_data import hostile_measure
from .noun_parties import blamed_on, noun_agents
from .policing import charging_court
from .readings import PARTNERED, Candidate, Readings
from .syntax import (
    OF,
    TO,
    VERBAL,
    WITH,
    agents,
    by_means,
    conjuncts,
    first_conjunct,
    genitive,
    is_passive,
    prep_objects,
    to_clause,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_PREPS = frozenset({"of", "by", "from", "to", "for", "with"})
DEEP_PREPS = OBJECT_PREPS | {"in", "against", "on", "at", "into"}
HARMS = frozenset({"ASSAULT", "COERCE"})  # acts done to a party: praising them backs the doer, not the one hurt
AIMED = frozenset({"against", "on", "at", "into", "in"})  # whom a measure is aimed at: backing it backs no one there
PLACE_PREPS = frozenset({"in", "at", "into"})  # "near X" places an event; it does not name its target
SOURCE_PREPS = frozenset({"in", "of", "from", "throughout", "across"})
PEOPLE = frozenset({"victim", "woman", "man", "girl", "boy", "child", "teenager", "teen", "person", "journalist",
                    "student", "worker", "youth", "resident", "driver", "mother", "father", "son", "daughter", "wife",
                    "husband", "brother", "sister", "pedestrian", "bystander", "passenger", "farmer", "teacher"})
# whom one meets or talks with, named by the role it plays in the talk ("met his Turkish counterpart")
COUNTERPARTS = frozenset({"counterpart", "host", "guest", "delegation", "team", "side", "interlocutor", "emissary",
                          "mediator", "negotiator", "delegate", "visitor", "representative", "envoy", "leadership"})
# People named only as persons ("a man who opened fire", "two men", "the person in the car"): as the doer of an
# attack they are an unidentified armed individual or group, as ACLED codes them, never the civilians they attack.
LONE = frozenset({"man", "woman", "person", "individual", "teenager", "teen", "youth", "stranger", "suspect"})
HURT = frozenset({"dead", "wounded", "injured", "hurt", "killed", "maimed", "paralysed", "paralyzed"})
# the people an attack hit, of no other kind: victims, and kin ("shot his girlfriend", "stabbed their mom")
VICTIMS = KIN | {"victim", "bystander", "pedestrian", "onlooker", "girlfriend", "boyfriend", "fiancee", "fiancée",
                 "fiance", "mom", "mum", "mama", "dad", "grandmother", "grandfather", "grandson", "granddaughter",
                 "grandchild", "stepson", "stepdaughter", "stepfather", "stepmother", "family", "baby"}
# talks one goes to, hosts or brokers between others: "A and B visited", "A and B mediated" are not each other's
THIRD_PARTY = frozenset({"visit", "tour", "travel", "arrive", "go", "fly", "come", "mediate", "host", "broker",
                         "facilitate", "invite", "convene", "attend", "inspect"})
TRAVELS = frozenset({"visit", "trip", "tour", "inspection", "journey"})  # one goes to a place's country
# Verbs of meeting whose "with" party a participle's agreement is made with ("spoke with X, agreeing to cooperate")
TALKS = frozenset({"speak", "talk", "meet", "confer", "telephone", "phone", "negotiate"})
INVASIONS = frozenset({"invasion", "occupation", "annexation"})
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "area",
                     "heartland", "hinterland", "countryside", "interior"})
# place nouns beside the settlements and compass words: "Kurdish territory", "Sunni land" (round 19, Y1)
PLACES = frozenset({"territory", "border", "soil", "airspace", "waters", "land", "frontier", "coast", "homeland",
                    "area", "heartland", "stronghold", "neighbourhood", "neighborhood", "quarter", "camp"})  # not
# "bombed the Kurdish north": a compass point as object keeps its people (round 17, W)
PEOPLES = frozenset({"ethnic_group", "religious", "civilians"})  # "Houthi areas" may stand for the Houthis
SINCE = frozenset({"since", "after", "before", "during", "following", "until", "under", "amid"})
# People named by whom they follow or oppose: "supporters of X", "critics of X" are not X (nor in X's name).
FOLLOWERS = SUPPORTERS | {"backer", "critic", "opponent", "enemy", "foe", "rival", "adversary", "ally", "friend",
                          "partner", "detractor", "accuser", "challenger", "proxy", "client", "sponsor", "patron"}


def hurt_in(a: Token) -> list[Token]:
    """Whom an attack left dead or hurt, named before it: "Two dead in shooting at a bar", "Five killed in Kabul bomb
    attack", "three people were wounded in the raid", "gunmen wounded three in an attack"."""
    if a.dep_ not in ("pobj", "pcomp") or a.head.lower_ not in ("in", "during"):
        return []
    h = a.head.head
    if h.lower_ in HURT:
        if h.dep_ in ("acl", "amod") and h.head.pos_ in ("NUM", "NOUN"):
            return [h.head]
        return [c for c in h.children if c.dep_ in ("nsubjpass", "dobj")]
    if h.pos_ in ("NUM", "NOUN") and any(c.lower_ in HURT for c in h.children if c.dep_ in ("amod", "acl")):
        return [h]
    return []


def each_other(t: Token) -> bool:
    """"each other", "one another", or a thing of theirs ("each other's policies"): the coordinated subjects' act on
    one another."""
    for x in (t, *(c for c in t.children if c.dep_ == "poss")):
        pair = {x.lower_, *(c.lower_ for c in x.children if c.dep_ == "det")}
        if pair in ({"each", "other"}, {"one", "another"}) or (
                x.i > 0 and x.doc[x.i - 1].lower_ in ("each", "one") and x.lower_ in ("other", "another")):
            return True
    return False


def possessors(trigger: Token, srcs: list[Token]) -> list[Token]:
    """The sources with every possessor coordinated with a possessor of the trigger: "Qatar's and Turkey's funding",
    also when the parser hung the act on the first possessor ("condemned Egypt's and the UAE's arming")."""
    out: list[Token] = []
    if any(s.dep_ == "poss" and s.pos_ == "PROPN" and s.head.i == trigger.i for s in srcs):
        srcs = [s for s in srcs if not (s.dep_ == "compound" and s.ent_type_ == "GPE" and s.head.i == trigger.i)]
        # "Turkey's Syria operation": Turkey's, in Syria
    for s in srcs:
        found = [s]
        if s.dep_ == "poss" and s.head.i == trigger.i:
            found = conjuncts(s)
            first = trigger.head
            if trigger.dep_ == "conj" and first.i < s.i and first.pos_ in ("NOUN", "PROPN") \
                    and genitive(first):
                found = [first, *found]
        out.extend(t for t in found if all(t.i != o.i for o in out))
    return out


class Pairing(Readings):
    """Pairs a trigger's source and target tokens into candidates; shared by verbal and nominal triggers."""

    def _pairs(self, type_: str, mode: str | None, trigger: Token, srcs: list[Token], tgts: list[Token],
               needs_target: bool = False, host: Token | None = None) -> list[Candidate]:
        out: list[Candidate] = []
        srcs = possessors(trigger, srcs)
        if type_ == "AID" and not tgts and trigger.pos_ == "NOUN" and trigger.lower_.endswith("ing"):
            tgts = prep_objects(trigger, OF)  # "Iran's arming of the Houthis": a gerund's "of" is its object
        if type_ == "ASSAULT" and trigger.pos_ in VERBAL:  # "Two dead in shooting at a bar": its dead, before it
            tgts = [t for t in hurt_in(trigger) if t not in tgts] + tgts
        acts = [h for h in tgts if self._done_to_party(h)] if type_ == "SUPPORT" else []
        if acts:  # "welcomed the capture of X by the army": the army
            done_to = {x.i for h in acts for p in prep_objects(h, OF) for x in conjuncts(p)}
            tgts = [t for t in tgts if t.i not in done_to and all(t.i != h.i for h in acts)] + [
                d for h in acts for d in self._doers(h) if d not in tgts]
        if type_ == "AID":  # "sent soldiers to help Cameroon fight Boko Haram", however parsed: Cameroon is helped
            tgts = [h for t in tgts for h in self._helped(t)]
        targets = self._not_areas(self._actors(tgts, armed=type_ in HARMS))
        counted = next((t for t in tgts if self._counted(t)), None) if type_ == "ASSAULT" else None
        uncounted = targets
        if counted is not None and (targets[0][0] is None or all(  # "injured 8", "shot his girlfriend in Queens":
                tt is not None and tt.i in self.placed_at for _, tt in targets)):  # people, not the place's state
            targets = [(self.generic_actor(counted, "CVL"), counted)]
        level = tgts
        deep = False
        for _ in range(1 if needs_target else 2):  # "a camp for Congolese refugees", "fire at targets in Jericho"
            if targets[0][0] is not None or not level:
                break
            if trigger.pos_ not in VERBAL and type_ in PARTNERED and trigger.lemma_.lower() not in TRAVELS:
                # "alliance with rifles for the fight against X"; but "a visit to sites in the UK" visits the UK
                level = [t for t in level if self._actorish(t)]
            level = [p for t in level for p in (self._doers(t) if (type_ == "ACCUSE" and self._act(t)) or (
                type_ == "SUPPORT" and self._done_to_party(t)) else [
                p for x in (t, *(c for c in t.children if c.dep_ == "acl"))
                for p in prep_objects(x, (DEEP_PREPS - {"of"} if self._follower(t) else DEEP_PREPS)
                                      - ({"by"} if x is t and (self._own_of(t, trigger) or (
                                          type_ == "THREATEN" and self._act(t))) else set())
                                      - (AIMED if type_ == "SUPPORT" and hostile_measure(t) else set()))])]  # "threatened
            # sanctions by the US": the threatener's own side
            # "power lines leading into Kabul", "positions held by X"; "supporters of X" are not X, nor is the
            # "by" of "the arrest of journalists by police" whom the police arrest
            if level:
                targets, deep = self._actors(level), True
                targets = self._not_areas(targets)  # "killed in the Kurdish
                # southeast": an area a people lives in, no party
        if targets[0][0] is None and type_ in self.lex.place_targets and not any(map(self._someone, tgts)):
            anchor = host if host is not None and trigger.pos_ not in VERBAL else trigger
            at = prep_objects(anchor, PLACE_PREPS) + [p for t in tgts for p in prep_objects(t, PLACE_PREPS)]
            if at:
                targets = self._not_areas(self._actors(at))
        if deep and type_ not in self.lex.place_targets and targets[0][1] is not None \
                and targets[0][1].i in self.placed_at and any(self._party_noun(t) for t in tgts):
            targets = [(None, None)]  # "armed its allies in Iraq": the allies, whoever they are, are not Iraq
        if deep and type_ == "ACCUSE" and targets[0][1] is not None and targets[0][1].i in self.placed_at \
                and not any(self._act(t) or self._actorish(t) for t in tgts):
            targets = [(None, None)]  # "said the vote in Crimea was illegitimate": the vote's place did not hold it
        if deep and type_ not in self.lex.place_targets and targets[0][1] is not None \
                and targets[0][1].head.lower_ == "of" and self._in_place(targets[0][1]):
            targets = [(None, None)]  # "assisting offenders of Basra": a city "of" a thing is no party
        if type_ == "ASSAULT" and (trigger.lemma_.lower() in self.lex.reciprocal or trigger.lemma_.lower() in self.lex.reciprocal_nouns) and all(
                tt is not None and tt.i in self.placed_at and tt.head.lower_ in PLACE_PREPS and self._in_place(tt)
                for _, tt in targets):
            targets = [(None, None)]  # "flee the fighting in Mosul": the town is where the sides fight ("the war in
            # Ukraine" is still on Ukraine)
        governed = [(t, tt) for t, tt in targets if tt is not None and tt.i in self.placed_at
                    and tt.head.lower_ == "of" and self._office(tt.head.head)]
        if governed:  # "abducted the mayor of Tepic": the mayor, not the town's state
            targets = [x for x in targets if x not in governed] or [(None, None)]
        if targets[0][0] is None and tgts and type_ in ("ASSAULT", "COERCE") and self._supporters(tgts[0]):
            crowd = self._crowd(tgts[0])  # "detained dozens of supporters of X": a crowd, ACLED's "Protesters (Y)"
            targets = [(self.generic_actor(crowd, "PRT"), crowd)]
        if type_ == "ASSAULT" or (type_ == "COERCE" and mode == "destroy"):  # not "captured the mosque"
            targets = self._property_owner(tgts, targets, trigger if trigger.pos_ in VERBAL or host is None else host,
                                           srcs) or targets
        if needs_target and targets[0][0] is None and not self._mutual(type_, trigger, srcs, tgts):
            return out
        sources = self._actors(srcs, armed=type_ in HARMS)
        if sources[0][0] is None and not srcs and mode == "arrest" and targets[0][0] is not None:
            sources = [(self._arresting_police(trigger, targets[0][0]), None)]  # "was arrested in Kampala": Ugandan police
        if sources[0][0] is None and not srcs and type_ in ("ACCUSE", "COERCE") and targets[0][0] is not None:
            sources = [(charging_court(self, trigger, targets[0][0]), None)]  # "was indicted": the courts (policing.py)
        if sources[0][0] is None and srcs:  # "security forces in Guinea", "inhabitants of the Golan Heights"
            around = [p for t in srcs if self._actorish(t) or t.pos_ == "PRON"  # "a bomb in Syria" is nobody's
                      for p in prep_objects(t, SOURCE_PREPS - {"of"} if self._follower(t) else SOURCE_PREPS)]
            if around:
                sources = self._actors(around)
        if sources[0][0] is None and srcs and (type_ == "PROTEST" or self._supporters(srcs[0])):
            crowd = self._crowd(srcs[0])  # "a group of workers", "dozens of residents": the crowd named by "of"
            d = self.actors.dictionary
            armed = d.sector_of(crowd.lemma_.lower()) in ("MIL", "POL", "GOV", "INT", "REB", "LEG", "JUD")
            if crowd.pos_ == "NOUN" and crowd.tag_ == "NNS" and not armed:  # police burning flags are no protesters
                found = self.generic_actor(crowd, "PRT")  # "street vendors blocked roads to protest": protesters
                sources = [(found, crowd)] if found else sources
        if targets is not uncounted and any(self._compatriot(s, targets[0][0]) for s, _ in sources):
            targets = uncounted  # "Ukraine killed 500 near Bakhmut": its own civilians are not whom a state counts
        if len({s for s, _ in sources}) > 1 and any(map(each_other, tgts)):
            targets = sources  # "India and Pakistan blamed each other", "attacked each other's policies"
        if type_ in ("AGREE", "COOPERATE") and targets[0][0] is None and (partners := self._talked_with(trigger)):
            targets = partners  # "spoke with Putin, agreeing to cooperate against X": with Putin
        if type_ == "AGREE" and len({s for s, _ in sources} - {None}) > 1 and any(
                v.lemma_.lower() in self.lex.reciprocal and v.pos_ in VERBAL
                for v in (trigger, *((trigger.head,) if trigger.dep_ == "xcomp" else ()))) and (
                    targets[0][0] is None or (deep and all(tt is not None and tt.ent_type_ in ("GPE", "LOC")
                                                           and first_conjunct(tt).head.lower_ in PLACE_PREPS
                                                           for _, tt in targets))):
            targets = sources  # "X and Y agreed to set up safe zones in Yemen": with each other, not with Yemen
        if targets[0][0] is None and len({s for s, _ in sources}) > 1 and (
                trigger.lemma_.lower() in self.lex.reciprocal or (type_ in ("CONSULT", "COOPERATE") and (
                    trigger.pos_ in VERBAL and trigger.lemma_.lower() not in THIRD_PARTY))):
            targets = sources  # "the LNA and the GNA fought", "the Chilean and Peruvian delegations discussed": each other
        for s, st in sources:
            if s is not None and st is not None and type_ == "ASSAULT":
                s = self._armed_stranger(s, st)
            if s is not None and st is not None and type_ in ("ASSAULT", "COERCE") and any(t == s for t, _ in targets):
                s = self._mob(s, st)  # "villagers beat a man": a mob of the victims' own kind
            pairs = [(t, tt) for t, tt in targets if t != s and not (  # "visited the Embassy of Peru": its own country
                type_ == "CONSULT" and s is not None and t is not None and "." in s and s.split(".")[0] == t)
                and not self._home_visit(trigger, s, t, tt)] or [(None, None)]
            for t, tt in pairs:
                if s is None and t is None:
                    continue
                if needs_target and t is None:
                    continue
                out.append(Candidate(type_, mode, s, t, trigger, st, tt, host))
        return out

    def _talked_with(self, trigger: Token) -> list[tuple[str | None, Token | None]]:
        """The named "with" parties of the talks an agreement's participle hangs on ("spoke with X by phone, agreeing
        to cooperate": X); [] when it hangs on no verb of meeting."""
        v = trigger
        while v.dep_ == "xcomp" and v.head.i != v.i:
            v = v.head
        if v.dep_ != "advcl" or v.tag_ != "VBG" or v.head.lemma_.lower() not in TALKS:
            return []
        return [(a, t) for a, t in self._actors(prep_objects(v.head, WITH)) if a is not None]

    def _mutual(self, type_: str, trigger: Token, srcs: list[Token], tgts: list[Token]) -> bool:
        """"Ruto and Museveni spoke by phone", "A and B have made efforts together": a meeting (or a joint act) with two
        parties as its subject and no one else named (nor spoken "to": "spoke to reporters") is with each other."""
        together = type_ == "CONSULT" or trigger.lemma_.lower() in ("cooperate", "collaborate") or any(
            c.lower_ == "together" for c in trigger.subtree)  # "worked to bring peace" is no work with each other
        if any(c.dep_ in ("advcl", "xcomp") and to_clause(c) for c in trigger.children):
            return False  # "joined together to condemn X": the condemning is the news, not the joining
        return together and type_ in ("CONSULT", "COOPERATE") and trigger.pos_ in VERBAL and not tgts \
            and trigger.lemma_.lower() not in THIRD_PARTY and not prep_objects(trigger, TO) \
            and len({a for a, _ in self._actors(srcs)} - {None}) == 2 \
            and (trigger.lemma_.lower() != "speak" or any(by_means(c) for c in trigger.children))  # not "spoke at
        # the assembly", each a speech of their own

    def _arresting_police(self, trigger: Token, held: str | None) -> str | None:
        """"Besigye was arrested in Kampala": an arrest told in the passive with no one making it is by the police of
        the country its own place phrase names (ACLED's "Police Forces of Uganda"); never a capture or a kidnapping,
        a foreigner held (whose captors are a guess) or an arrest in a sentence naming an armed group (who may hold
        the place: "detained in northern Syria, where Islamic State fighters control several towns")."""
        if trigger.pos_ not in VERBAL or trigger.lemma_.lower() not in self.lex.police_holds or not is_passive(trigger) \
                or agents(trigger):
            return None
        d = self.actors.dictionary
        at = {iso for p in prep_objects(trigger, frozenset({"in", "at"})) for a, b, iso in self._places if a <= p.idx < b}
        country = at.pop() if len(at) == 1 else None  # "arrested in Kampala": a place on the verb itself, not the story's
        if not country or d.entry(country) is None or "POL" not in d.sectors:
            return None
        victim = self.entry(held)
        if victim is not None and victim.country and victim.country != country:
            return None  # "an American aid worker was detained in Syria": not for sure by Syria's police
        if any((e := self.entry(self.actors.token_actor(t.i))) is not None and e.kind == "armed_group"
               for t in trigger.sent):
            return None
        aid = d.sub_actor(country, "POL")
        self.place_spans.setdefault(aid, set()).add((trigger.i, trigger.i + 1))  # the unseen arresters stand at the verb
        return aid

    def _property_owner(self, tgts: list[Token], targets: list[tuple[str | None, Token | None]],
                        anchor: Token, srcs: list[Token]) -> list[tuple[str | None, Token | None]] | None:
        """"attacked a house in Kano", "torched Ali's car", "opened fire in a market in Jos": civilian property hit
        stands for its named owner, else for the civilians of the place (never its state); None when a party is named."""
        if targets[0][0] is not None and (targets[0][1] is None or targets[0][1].i not in self.placed_at):
            return None
        hit = [t for t in tgts if t.lemma_.lower() not in self.lex.instruments]  # "opened fire": no thing hit
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for s in srcs for c in s.children) or (
                not hit and srcs and all(s.lemma_.lower() in self.lex.trace_devices and self.np_actor(s) is None
                                         for s in srcs)):
            return None  # "no bomb hit the school"; "a bomb exploded in a market": its planters' attack (found.blast)
        pool = hit or prep_objects(anchor, PLACE_PREPS)  # "opened fire in a market": where it hit
        held = [t for t in pool if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.civil_property]
        if not held:
            return None
        d = self.actors.dictionary
        thing = held[0]
        owners = [c for c in thing.children if c.dep_ in ("compound", "amod", "nmod", "poss")] \
            + [o for p in prep_objects(thing, OF) for o in (p, *p.lefts)]
        if any(c.ent_type_ == "ORG" and c.dep_ != "poss" or d.sector_of(c.lemma_.lower()) in self.lex.owning_sectors
               or c.lemma_.lower() in self.lex.owning_officials for c in owners) \
                or any(c.dep_ == "acl" and c.lemma_.lower() in ("belong", "own") for c in thing.children):
            return None  # "a police car", "a UN vehicle", "the residence of the governor", "a vehicle belonging to X"
        owner = next(((a, c) for c in thing.children if c.dep_ == "poss" and (a := self.np_actor(c))), None)
        if owner is not None:
            return [owner]
        users = self._users(thing)
        if users:  # "a car carrying two Hezbollah fighters", "a house used by X": they, not the place's civilians
            return [users[0]] if len({a for a, _ in users}) == 1 and users[0][1].i not in self.placed_at \
                else [(None, None)]
        if not (self._located_country(thing) or self.lone_country):  # the report's home is no place of the act
            return None
        found = self.generic_actor(thing, "CVL")
        return [(found, thing)] if found else None

    def _users(self, thing: Token) -> list[tuple[str, Token]]:
        """The parties a participle under a thing names as carried in, holding or using it ("a car carrying X",
        "a house held by X", "a truck transporting X"), a named party or a people of a kind ("fighters")."""
        out = []
        for acl in (c for c in thing.children if c.dep_ == "acl"):
            for t in (*(c for c in acl.children if c.dep_ in ("dobj", "nsubj")), *prep_objects(acl, frozenset({"by"}))):
                a = self.np_actor(t) or next((x for c in t.lefts if c.dep_ in ("compound", "amod", "nmod")
                                              if (x := self.np_actor(c))), None) or self.generic_actor(t)
                if a:
                    out.append((a, t))
        return out

    def _act(self, t: Token) -> bool:
        return t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.nouns

    def _done_to_party(self, t: Token) -> bool:
        """An act of force or coercion named by a noun ("welcomed the capture of X by the army"): praise backs its doer,
        never the one it was done to."""
        from .violence_nouns import violence_nouns  # noqa: PLC0415 (violence_nouns imports this module)
        lemma = t.lemma_.lower()
        frame = violence_nouns().frames.get(lemma)
        return t.pos_ == "NOUN" and (frame is not None and frame.type in HARMS or any(
            r.type in HARMS for r in self.lex.nouns.get(lemma, ())))

    @staticmethod
    def _helped(t: Token) -> list[Token]:
        """Whom "help" helps where the parser ran the helped clause into one phrase ("help Cameroon fight Boko Haram" as
        a noun "Cameroon fight Boko Haram"): the name before the verb, never the one fought."""
        verbs = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "VERB"]
        return [n for v in verbs for n in v.lefts if n.dep_ in ("compound", "nsubj")] if verbs else [t]

    @staticmethod
    def _doers(act: Token) -> list[Token]:
        """Who did an act that is condemned or blamed ("condemned the killing of civilians by X"): its "by" agent, also
        hung on its "of" object; never whom it was done to ("condemned the attack on Kyiv" accuses no one named)."""
        return [c for c in act.children if c.dep_ == "poss"] + (noun_agents(act) or blamed_on(act))

    @staticmethod
    def _own_of(t: Token, trigger: Token) -> bool:
        """`t` is the "of" object of the trigger noun itself ("the arrest of journalists by police"): a "by" on it is the
        trigger's agent, where a "by" on another act is that act's doer ("protest against abuses by X")."""
        return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == trigger.i

    def _topic(self, t: Token) -> bool:
        """"discussed Britain's exit", "negotiated the Hillary Clinton emails": a thing talked about, not whom one
        talks with (its owner or name modifier is no party to the talk)."""
        d = self.actors.dictionary
        lemma = t.lemma_.lower()
        return t.pos_ == "NOUN" and self.actors.token_actor(t.i) is None and not self._actorish(t) \
            and lemma not in d.generic_actors and lemma not in d.relational_nouns and lemma not in COUNTERPARTS \
            and lemma not in d.titles and not t.like_num

    def _follower(self, t: Token) -> bool:
        """"supporters of X", "critics of X": people named by the one they follow or oppose, who are not that one."""
        lemma = t.lemma_.lower()
        return lemma in FOLLOWERS or lemma in self.actors.dictionary.relational_nouns

    def _crowd(self, t: Token) -> Token:
        """The people a group noun counts: "a group of workers", "dozens of residents" -> the "of" noun."""
        if t.lemma_.lower() in self.lex.transparent or t.lemma_.lower() in self.lex.partitive or t.like_num:
            return next(iter(prep_objects(t, OF)), t)
        return t

    def _supporters(self, t: Token) -> bool:
        """"supporters of X", "dozens of Y followers": a crowd (plural) named by whom it follows."""
        crowd = self._crowd(t)
        return crowd.pos_ == "NOUN" and crowd.tag_ == "NNS" and crowd.lemma_.lower() in SUPPORTERS

    def _force(self, t: Token) -> bool:
        """"troops", "its forces", "2,000 soldiers": a force someone moves, not whom the move is aimed at."""
        d = self.actors.dictionary
        lemma = t.lemma_.lower()
        if t.like_num or lemma in self.lex.partitive:
            t = next(iter(prep_objects(t, OF)), t)
            lemma = t.lemma_.lower()
        return t.pos_ == "NOUN" and (d.sector_of(lemma) == "MIL" or lemma in d.member_nouns)

    def _invaded(self, n: Token, found: list[Candidate]) -> list[Candidate]:
        """"fled Afghanistan after the 1979 invasion by the Soviet Union": an invasion or occupation with no target
        is of the one other state its sentence names."""
        if n.lemma_.lower() not in INVASIONS or not found or any(c.target is not None or c.source is None for c in found):
            return found
        if n.dep_ != "pobj" or n.head.lower_ not in SINCE:
            return found  # "the invasion by Russia angered France": France reacts; it was not invaded
        states = set()
        for t in n.sent:
            if t.ent_type_ == "GPE" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_type_ != "GPE"):
                aid = self.np_actor(t)
                e = self.entry(aid)
                if e is not None and e.kind == "state":
                    states.add(aid)
        doers = [self.entry(c.source) for c in found]
        states -= {c.source for c in found} | {e.country for e in doers if e is not None}
        if len(states) != 1:
            return found
        target = states.pop()
        return [replace(c, target=target, target_tok=None) for c in found]

    def _named_ally(self, r: Token) -> Token:
        """"NATO ally Hungary" before a second object: the name after the ally noun, whatever the parser hung it on."""
        d = self.actors.dictionary
        doc = r.doc
        if r.lemma_.lower() not in d.relational_nouns | d.sectors_relational_poss or r.i + 1 >= len(doc):
            return r
        name = doc[r.i + 1]
        return name if name.pos_ == "PROPN" and name.head.i != r.i and self.np_actor(name) else r

    def _compatriot(self, s: str | None, counted: str | None) -> bool:
        """The source is the counted civilians' own country ("Ukraine" and UKR.CVL); its forces may still kill its
        civilians ("Nigerian soldiers killed 20 in Maiduguri")."""
        c = self.entry(counted)
        return s is not None and c is not None and bool(c.country) and s == c.country

    def _in_place(self, t: Token) -> bool:
        """The token lies in a city's or region's name (not a country's)."""
        return t.ent_type_ in ("GPE", "LOC", "FAC") and any(a <= t.idx < b for a, b in self._place_country)

    def _someone(self, t: Token) -> bool:
        """"the victim was killed in London", "Ahmed Ali was shot in Baghdad", "about 24 have been killed in Syria": a
        person (or a number of people) the report names as the one hit; the place's country is not the target."""
        if t.pos_ == "NUM" and t.like_num and t.dep_ in ("nsubjpass", "dobj") \
                and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
            return True
        return t.pos_ in ("NOUN", "PROPN") and (t.ent_type_ == "PERSON" or t.lemma_.lower() in PEOPLE)

    def _not_areas(self, found: list[tuple[str | None, Token | None]]) -> list[tuple[str | None, Token | None]]:
        """The parties found that are not an area a people lives in; (None, None) when none is left."""
        return [x for x in found if not self._area(x[1]) and not self._peoples_place(x[0], x[1])] or [(None, None)]

    def _peoples_place(self, aid: str | None, t: Token | None) -> bool:
        """"advanced on Kurdish villages", "shelled Sunni areas": a people's adjective on a place noun names where, not
        whom (a state's adjective, "Turkish airspace", stays the state's place; an armed group's, its own)."""
        e = self.entry(aid)
        return t is not None and e is not None and e.kind in PEOPLES and t.pos_ == "NOUN" \
            and (t.lemma_.lower() in PLACES or t.lemma_.lower() in self.lex.settlements) \
            and any(self._peoples_word(c, aid) for c in t.children) \
            and not any(c.dep_ in ("poss", "acl", "relcl") or (c.dep_ == "compound" and not self._peoples_word(c, aid))
                        for c in t.children)  # "a Kurdish militia stronghold" is the militia's

    def _peoples_word(self, c: Token, aid: str | None) -> bool:
        """"Kurdish", "Druze" before a place noun: an adjective or name of the people found."""
        return c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or self._resolve(c) == aid)

    def _area(self, t: Token | None) -> bool:
        """"in the predominantly Kurdish southeast", "in the Sunni north": an area (of a people) where, never whom."""
        return t is not None and t.pos_ == "NOUN" and t.head.lower_ in PLACE_PREPS \
            and (t.lemma_.lower() in COMPASS or t.lemma_.lower() in self.lex.settlements) \
            and not any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in t.children)  # "Saudi Arabia's Jizan region"

    def _home_visit(self, trigger: Token, s: str | None, t: str | None, tt: Token | None) -> bool:
        """"The president plans to visit Dallas": a place of the visitor's own country is where he goes, no party."""
        e = self.entry(s)
        return trigger.lemma_.lower() in TRAVELS and e is not None and t is not None and tt is not None \
            and tt.i in self.placed_at and (e.country or e.id) == t

    def _office(self, t: Token) -> bool:
        """"the mayor", "the governor": one person named by an office (of a town), no party the town stands for."""
        d = self.actors.dictionary
        return t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in d.titles

    @staticmethod
    def _counted(t: Token) -> bool:
        """"Two dead in shooting", "Shooting injures 8", "the victims": people hurt, named only by their number (in a
        headline, before any people it could count again: "2 militants were killed and 7 wounded") or as victims --
        civilians of the place, as ACLED codes them; not "two of them", a year or a sum."""
        if t.pos_ == "NUM":
            sent = t.sent
            return sent.start == 0 and t.like_num and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
                and not any(x.tag_ in ("NNS", "NNPS") or x.ent_type_ in ("PERSON", "NORP", "ORG") or (
                    x.like_num and x.ent_type_ not in ("DATE", "TIME")) for x in t.doc[sent.start: t.i])
        return t.pos_ == "NOUN" and t.lemma_.lower() in VICTIMS and not any(
            c.dep_ == "poss" and c.pos_ != "PRON" for c in t.children)  # "his mom", not "the minister's son"

    def _party_noun(self, t: Token) -> bool:
        """"allies", "proxies", "militias": a party the report leaves unnamed (never the state it is placed in)."""
        d = self.actors.dictionary
        lemma = t.lemma_.lower()
        return lemma in d.relational_nouns or d.sector_of(lemma) in ("REB", "UAG", "OPP") or (
            lemma in d.sectors_relational_poss and any(c.dep_ == "poss" for c in t.lefts))

    def _armed_stranger(self, s: str, st: Token) -> str:
        """"a man who opened fire", "two men shot at": a person of no kind who attacks is an unidentified armed
        group of the place (ACLED's "Unidentified Armed Group (X)"), not the civilians it attacks."""
        e = self.entry(s)
        if e is None or e.kind != "civilians" or st.pos_ != "NOUN" or st.lemma_.lower() not in LONE:
            return s
        armed = self.generic_actor(st, "UAG")
        if armed is None:
            return s
        spans = self.place_spans.get(s)
        if spans:  # the civilians it was first read as no longer stand at its word
            spans -= {sp for sp in spans if sp[1] == st.i + 1}
        return armed

    def _mob(self, s: str, st: Token) -> str:
        """Civilians attacking civilians of the same place are a mob, ACLED's "Rioters (India)" against "Civilians"."""
        e = self.entry(s)
        if st.lemma_.lower() in self.lex.partitive or st.lemma_.lower() in self.lex.transparent:
            st = next(iter(prep_objects(st, OF)), st)  # "a group of residents"
        if e is None or e.kind != "civilians" or st.pos_ != "NOUN" or st.tag_ != "NNS":
            return s
        return self.generic_actor(st, "PRT") or s

    def _mode(self, tok: Token, type_: str, default: str | None) -> str | None:
        """The mode its modifiers, "with"/"using"/"by" phrase or object name give a trigger (data/events.yaml `modes`:
        "artillery fire" -> heavy-weapons, "military aid" -> military); else `default`."""
        table = self.lex.modes.get(type_)
        if not table:
            return default
        words = [c.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "using", "by"):
                words.extend(x.lemma_.lower() for x in c.subtree)
            if c.dep_ in ("dobj", "npadvmod"):
                words.append(c.lemma_.lower())
        for w in words:
            if w in table:
                return table[w]
        return default
