"""Policing acts with no trigger verb of their own ("the driver is in custody": held by the country's police) and
police idioms that name no act ("fighting for his life", "went down fighting", "on high alert", "two officers were
not injured", "unclear whether the officers were targeted"). Words are data (data/policing.yaml)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .force_acts import ForceActs
from .held_acts import HeldActs
from .pairing import LONE
from .polarity import negated_here, polarity
from .policing import policing_data
from .readings import Candidate
from .syntax import OF, VERBAL, agents, is_passive, objects, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

ANSWER_PREPS = frozenset({"to", "into", "of"})  # "responded to", "an investigation into / of"
AIMED = frozenset({"at", "on", "upon", "into", "toward", "towards"})
NOBODY = frozenset({"nobody", "none", "noone"})
CALLED = frozenset({"from", "for", "by", "to"})  # "a call from the union", "calls for calm", "calls to break the ban"
ARMED = frozenset({"military", "armed_group", "igo", "state"})
FORCES = frozenset({"military", "police", "armed_group", "intelligence"})  # their road blocks and fires protest nothing
CROWD = frozenset({"supporter", "follower", "sympathizer", "sympathiser", "loyalist", "protester", "protestor",
                   "demonstrator", "activist", "student", "youth", "woman", "resident", "crowd", "mob"})
# who may arrive on a visit though the report names no party for them (a storm or a boat arriving visits no one)
VISITORS = frozenset({"delegation", "official", "minister", "envoy", "leader", "president", "premier", "ambassador",
                      "diplomat", "team", "mission", "emissary", "negotiator", "chancellor", "king", "prince",
                      "secretary", "chief", "representative", "counterpart", "monarch", "emir", "sheikh"})
WHERE_AT = frozenset({"in", "at", "near", "across", "throughout", "around", "outside", "inside"})  # where it happened
SELF = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves", "self", "oneself"})


def police_words() -> frozenset[str]:
    """The words that may start a reading of this module: a sentence without one is not read for it."""
    data = policing_data()
    return data["custody_nouns"] | data["force_verbs"] | data["force_tools"] | data["shot_nouns"] | data["chase_nouns"] \
        | data["surrender_verbs"] | {"down", "ground"} | data["captive_verbs"] | data["hands_verbs"] | data["clear_verbs"] \
        | data["launch_verbs"] | data["tap_verbs"] | data["trial_verbs"] | data["dismiss_verbs"] \
        | data["inquiry_nouns"] | data["threat_verbs"] | data["pursuit_verbs"] \
        | data["leave_verbs"] | data["toll_verbs"] | data["toll_words"] | data["stop_verbs"] \
        | data["force_verbs_out"] | data["displace_verbs"]


def _partitive_person(tok: Token) -> Token:
    """"one of the suspects", "one of the victims": the person the partitive picks out, else the word itself."""
    return next(iter(prep_objects(tok, OF)), tok) if tok.lower_ in policing_data()["partitive_few"] else tok


class PoliceActs(ForceActs, HeldActs):
    """Custody told with a copula, force told by its tool or hold (events/force_acts.py), and the idioms of crime
    reporting that are no event."""

    def police_act(self, tok: Token) -> list[Candidate]:
        """"X is in custody", "X remains in police custody", "X was in the custody of the FBI": COERCE arrest of X by
        the custody's holder, else by the police of the report's one country."""
        data = policing_data()
        if (toll := self.toll(tok)):
            return toll  # "ten people were dead" (events/force_acts.py)
        if tok.pos_ in VERBAL:
            return self._deadline(tok) or self.force_act(tok) or self.held_act(tok)
        if tok.lemma_.lower() in data["inquiry_nouns"]:
            return self.under_inquiry(tok)  # "is under investigation" (events/held_acts.py)
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in data["custody_nouns"] or tok.dep_ != "pobj" \
                or tok.head.lower_ != "in":
            return []
        verb = tok.head.head
        if verb.lemma_.lower() not in data["custody_verbs"] or verb.pos_ not in ("VERB", "AUX"):
            return []
        held = [s for s in subjects(verb) if s.dep_ == "nsubj"]
        targets = self._actors(held) if held else [(None, None)]
        target, target_tok = targets[0]
        if target is None:
            return []
        owners = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "poss") and c.pos_ in ("NOUN", "PROPN")]
        owners += prep_objects(tok, OF)  # "in the custody of the FBI" ("the county jail" names a place, no holder)
        owners = owners if tok.lemma_.lower() == "custody" else []
        held_by = [self.entry(self.np_actor(o) or self.generic_actor(o)) for o in owners]
        if any(e is None or e.kind in ("civilians", "person") for e in held_by):
            return []  # "in the custody of his mother", "in state custody": a child's care, or no one known
        source = held_by[0].id if held_by and held_by[0] is not None else self._custody_police(tok, target)
        if source is None or source == target:
            return []
        return [Candidate("COERCE", "arrest", source, target, tok, None, target_tok, verb)]

    def _deadline(self, tok: Token) -> list[Candidate]:
        """"the suspect has until 8 p.m. to turn himself in", "was given until Friday to surrender": a demand of the
        police of the report's one country (REQUEST) on the one given the deadline."""
        data = policing_data()
        if tok.lemma_.lower() not in data["surrender_verbs"] or tok.dep_ not in ("xcomp", "advcl") or (
                tok.lemma_.lower() == "turn" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children)):
            return []
        host = tok.head
        if host.lemma_.lower() not in ("have", "give") or not any(
                p.dep_ == "prep" and p.lower_ in ("until", "till", "by") for p in host.children):
            return []  # "has to turn himself in" (no deadline), "wants to surrender"
        held = [s for s in subjects(host) if s.dep_ in ("nsubj", "nsubjpass")]
        target, target_tok = self._actors(held)[0] if held else (None, None)
        source = self._custody_police(tok, target) if target is not None else None
        if source is None or source == target:
            return []
        return [Candidate("REQUEST", None, source, target, host, None, target_tok)]  # the deadline given is the demand

    def _custody_police(self, tok: Token, held: str) -> str | None:
        """The police of the report's one country (never where the sentence names an armed group, nor for a
        foreigner held, whose captors are a guess)."""
        d = self.actors.dictionary
        country = self._located_country(tok) or self.lone_country
        victim = self.entry(held)
        if country is None or (victim is not None and victim.country not in (None, country)) or any(
                (e := self.entry(self.actors.token_actor(t.i))) is not None and e.kind == "armed_group"
                for t in tok.sent):
            return None
        aid = d.sub_actor(country, "POL")
        if d.entry(aid) is None:
            return None
        self.place_spans.setdefault(aid, set()).add((tok.i, tok.i + 1))
        return aid

    def police_idioms(self, found: list[Candidate]) -> list[Candidate]:
        """The candidates of a sentence without those read in an idiom that names no act, armed suspects armed, and
        the people found shot the ones shot."""
        answered = [self._answered(v) for c in found if not self._idiom(c) and not self._lone_office(c)
                    and not self._aimless_fire(c) and not self._arrival(c) and not self._held_found_dead(c)
                    and not self.held_idiom(c)
                    and (v := self._no_victim_source(c))]
        stops = {c.trigger.i for c in answered if c is not None and c.type == "COERCE" and c.mode == "restrict"
                 and c.trigger.lemma_.lower() in policing_data()["stop_verbs"]}
        return [self.repressed(self._armed_suspects(self._found_hurt(self._named_shooter(self._protesting_cast(
                    self._victims_not_place(c))))))
                for c in answered if c is not None and not (c.type == "PROTEST" and c.trigger.i in stops)]
        # "police blocked the marchers": the force's restriction, no protest at the verb

    def _protesting_cast(self, c: Candidate) -> Candidate:
        """"prisoners protested", "families of the missing held a sit-in": people of a crime report's cast who protest
        are protesters ("Protesters (X)"), as a crowd of a kind the dictionary does not list is."""
        st = c.source_tok
        e = self.entry(c.source)
        cast = policing_data()["crowd_people"]
        if c.type not in ("PROTEST", "REQUEST") or st is None or e is None or e.kind != "civilians" or not any(
                w.lemma_.lower() in cast for w in (st, *(x for x in st.lefts if x.dep_ == "compound"))):
            return c  # "prisoners", "family members", "friends and family" (its conjunct) protest as a crowd
        d = self.actors.dictionary
        own = d.sub_actor(e.country, "PRT") if e.country else None  # "Palestinian inmates rioted": Palestinians
        if own and d.entry(own) is not None:
            self.place_spans.setdefault(own, set()).add((st.i, st.i + 1))  # recorded as the actor's mention
            crowd: str | None = own
        else:
            crowd = self.generic_actor(st, "PRT")
        return replace(c, source=crowd) if crowd and crowd != c.target else c

    def _victims_not_place(self, c: Candidate) -> Candidate:
        """"tens of thousands were killed in Rwanda", "demonstrations were banned in Egypt", "the fighting in Sudan": the
        place of a passive attack or restriction, or of a fight told by no one's name, is not its target; counted people held by the verb are the place's civilians, and with
        no such people the act has no target (round 21)."""
        t, tt = c.trigger, c.target_tok
        if c.type not in ("ASSAULT", "COERCE") or tt is None or tt.i not in self.placed_at:
            return c
        if c.source is None and t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.located_nouns \
                and tt.dep_ == "pobj" and tt.head.lower_ == "in":
            return replace(c, target=None, target_tok=None)  # "the fighting in Sudan": where it was, no one's victim
        if t.pos_ not in VERBAL or not is_passive(t) or tt.dep_ != "pobj" or tt.head.lower_ not in WHERE_AT \
                or tt.head.head.i != t.i:
            return c  # "a missionary from Calgary was arrested": where he is from stands for him
        held = [s for s in subjects(t) if s.dep_ == "nsubjpass" and s.i != tt.i]
        if not held:
            return c  # "Aleppo was bombed": the place is what was hit
        counted = next((a for s in held if s.pos_ == "NUM" or s.lemma_.lower() in self.lex.partitive
                        if (a := self.generic_actor(s, "CVL")) is not None), None)
        if counted is not None and counted != c.source:
            return replace(c, target=counted, target_tok=held[0])
        return replace(c, target=None, target_tok=None)

    def _named_shooter(self, c: Candidate) -> Candidate:
        """"the Pulse nightclub shooter", "the Parkland shooter": a gunman named by where he struck is an unidentified
        armed man, not the club or the town (an armed group's own "Hamas gunmen" stay the group's)."""
        data = policing_data()
        for tok, role in ((c.source_tok, "source"), (c.target_tok, "target")):
            e = self.entry(getattr(c, role))
            if tok is None or e is None or e.kind in ("armed_group", "military", "police") \
                    or tok.lemma_.lower() not in data["shooter_nouns"] or not any(
                    m.ent_type_ in ("GPE", "LOC", "FAC") or m.lemma_.lower() in data["venue_nouns"]
                    for m in tok.lefts if m.dep_ in ("compound", "nmod")):
                continue  # "Abu Sayyaf gunmen", "Palestinian snipers": the group's or the people's own
            armed = self.generic_actor(tok, "UAG")
            if armed and armed != (c.target if role == "source" else c.source):
                c = replace(c, source=armed) if role == "source" else replace(c, target=armed)
        return c

    def _lone_office(self, c: Candidate) -> bool:
        """An act whose one party is a bare office noun ("authorities are asking anyone with information", "the
        killings ... with the authorities"): with no other party it is a police routine or a misread phrase
        ("Kenyan authorities", "authorities in Kano" are named by their state and stay)."""
        toks = [t for t, a in ((c.source_tok, c.source), (c.target_tok, c.target)) if a is not None]
        return len(toks) == 1 and toks[0] is not None and self._report_office(toks[0]) is not None

    @staticmethod
    def _no_victim_source(c: Candidate) -> Candidate | None:
        """"one of the victims wounded": a victim is never the attacker (the parser made "wounded" its verb); with no
        target left the act names no party."""
        st = c.source_tok
        if c.type != "ASSAULT" or st is None:
            return c
        person = _partitive_person(st)
        if person.lemma_.lower() != "victim":
            return c
        return replace(c, source=None, source_tok=None) if c.target is not None else None

    def _aimless_fire(self, c: Candidate) -> bool:
        """A sentence with the verb "fire" (read as a blaze, so its attacks by no one named dropped, before round 16)
        keeps such an attack only when it is the gunfire aimed at a party ("shots were fired at two officers", "fired
        shots into a car"), never at a place's country, a name in an address ("on Saint John St.") or no one; its other
        agentless acts stay dropped ("shells fired by X killed a civilian" named X the target)."""
        if c.type not in ("ASSAULT", "COERCE") or c.source is not None or c.mode == "restrict":
            return False  # "the officer had been fired in March": sacked, no gunfire
        fires = {x.i for x in c.trigger.sent if x.pos_ in VERBAL and x.lemma_.lower() == "fire"}
        if not fires:
            return False
        t, tt = c.trigger, c.target_tok
        fired = t.i if t.i in fires else (t.head.i if t.lemma_.lower() in policing_data()["shot_nouns"] else -1)
        aim = tt.head.head if tt is not None and tt.dep_ == "pobj" and tt.head.lower_ in AIMED else None
        if aim is not None and aim.lemma_.lower() in policing_data()["shot_nouns"] and aim.dep_ == "dobj":
            aim = aim.head  # "fired shots into his car": the shots' verb aims them
        return fired not in fires or tt is None or aim is None or aim.i not in (t.i, fired) or tt.i in self.placed_at \
            or tt.lower_.rstrip(".") in policing_data()["street_words"]

    @staticmethod
    def _held_found_dead(c: Candidate) -> bool:
        """"the inmate was found dead in his cell": a death in custody names no killer (the found-dead reading's
        unseen armed men are for bodies found in the open)."""
        tt = c.target_tok
        return c.type == "ASSAULT" and c.source_tok is None and c.trigger.lemma_.lower() in ("find", "discover") \
            and tt is not None and tt.lemma_.lower() in policing_data()["held_people"]

    def _arrival(self, c: Candidate) -> bool:
        """"authorities arrived at the home", "officers went to the house": police reaching a scene meet no one; an
        arrival of no party but a visitor's noun ("migrants arrived in Greece") is no visit."""
        e = self.entry(c.source)
        if c.type == "CONSULT" and c.source is None and c.trigger.lemma_.lower() == "arrive":
            return not any(x.lemma_.lower() in VISITORS for x in subjects(c.trigger))  # "Storm Maria arrived in Cuba"
        return c.type == "CONSULT" and e is not None and e.kind == "police" \
            and c.trigger.lemma_.lower() in policing_data()["arrival_verbs"]

    def _answered(self, c: Candidate) -> Candidate | None:
        """"officers responded to a shooting", "were called to a stabbing", "continued their investigation into the
        shooting": who answers or investigates an attack did not make it (its doer is not named; with no target left
        the attack names no party and goes)."""
        t, st = c.trigger, c.source_tok
        if c.type != "ASSAULT" or t.pos_ != "NOUN" or st is None:
            return c
        words = policing_data()["answer_words"]
        head = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ANSWER_PREPS else (
            t.head if t.dep_ == "dobj" else None)
        if head is None or not (head.lemma_.lower() in words or (head.pos_ in VERBAL and any(
                o.lemma_.lower() in words for o in objects(head)))):  # "continued their investigation into"
            return c
        doers = subjects(head) if head.pos_ in VERBAL else [
            x for x in (*head.children, *(subjects(head.head) if head.head.pos_ in VERBAL else ())) if x.dep_ in (
                "poss", "nsubj", "nsubjpass")]  # "the police's probe into the shooting"
        if not any(d.i == st.i for d in doers):
            return c
        return replace(c, source=None, source_tok=None) if c.target is not None else None

    def _found_hurt(self, c: Candidate) -> Candidate:
        """"officers found a man shot in a car", "found two women stabbed": the parser makes the one found the
        shooter (a subject of "shot"); he is the one shot, by no one the sentence names."""
        t, st = c.trigger, c.source_tok
        if c.type != "ASSAULT" or st is None or st.dep_ != "nsubj" or st.head.i != t.i or t.tag_ not in ("VBN", "VBD") \
                or t.dep_ not in ("ccomp", "xcomp", "oprd") or t.head.lemma_.lower() not in policing_data()["found_verbs"] \
                or objects(t) or any(x.dep_ in ("mark", "aux", "dative") or x.lower_ == "at" for x in t.children):
            return c  # "found that the man shot his wife", "found the man had shot", "found he shot at them"
        target, target_tok = self._actors([st])[0]
        return replace(c, source=None, target=target, source_tok=None, target_tok=target_tok if target else None)

    def _armed_suspects(self, c: Candidate) -> Candidate:
        """"three separatist suspects were killed", "Boko Haram suspects": suspects an armed group's word names are
        that group's; "the armed suspect was wounded", "shot a suspect who fired at officers", "one of the suspects
        opened fire": an unidentified armed group, not civilians ("police arrested the suspect" stays civilians)."""
        for tok, role in ((c.source_tok, "source"), (c.target_tok, "target")):
            e = self.entry(getattr(c, role))
            if tok is None or e is None or e.kind != "civilians":
                continue
            person = _partitive_person(tok)
            lemma = person.lemma_.lower()
            armed = self._police_suspects_group(person) if lemma == "suspect" else None
            if armed is None and (lemma == "suspect" or (person.i != tok.i and lemma in LONE)) and (
                    self._armed_suspect(person, c) or (person.i != tok.i and role == "source" and c.type == "ASSAULT")):
                armed = self.generic_actor(person, "UAG")  # "one of the men fired": as "a man who fired"
            if armed and armed != (c.target if role == "source" else c.source):  # never a party against itself
                c = replace(c, source=armed) if role == "source" else replace(c, target=armed)
        return c

    def _police_suspects_group(self, tok: Token) -> str | None:
        """The armed group a suspect's modifier names ("separatist suspects", "Boko Haram suspects")."""
        d = self.actors.dictionary
        for m in (m for m in tok.lefts if m.dep_ in ("compound", "amod", "nmod")):
            named = self.entry(self.np_actor(m))
            sector = d.generic_actors.get(m.lemma_.lower()) or d.sector_of(m.lemma_.lower())
            armed = named.id if named is not None and named.kind == "armed_group" else (
                self.generic_actor(tok, sector) if sector in ("REB", "UAG") else None)
            if armed:
                return armed
        return None

    def _armed_suspect(self, person: Token, c: Candidate) -> bool:
        """"the armed suspect", "a suspect armed with a rifle"; in an attack or threat also "a suspect who fired at
        officers", "who opened fire" (a suspect who shot someone and is then arrested or charged stays civilians)."""
        data = policing_data()
        if any(m.lower_ in data["armed_marks"] and m.dep_ in ("amod", "acl") for m in person.children):
            return True
        return c.type in ("ASSAULT", "THREATEN") and any(
            r.dep_ == "relcl" and not is_passive(r) and not negated_here(r, self.lex)
            and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in r.children)
            and (r.lemma_.lower() in data["shooter_verbs"] or any(o.lower_ in data["shooter_verbs"] for o in objects(r)))
            for r in person.children)

    def _idiom(self, c: Candidate) -> bool:
        data = policing_data()
        t = c.trigger
        lemma = t.lemma_.lower()
        if c.type == "ASSAULT" and lemma in data["fight_verbs"]:
            if any(p.lemma_.lower() in data["fight_for"] for p in prep_objects(t, frozenset({"for"}))):
                return True  # "is fighting for his life"
            if t.head.lemma_ == "go" and any(x.dep_ == "prt" and x.lower_ == "down" for x in t.head.children):
                return True  # "went down fighting"
        if c.type == "MOBILIZE" and lemma in data["alert_nouns"] and t.dep_ == "pobj" and t.head.lower_ == "on":
            kind = e.kind if (e := self.entry(c.source)) is not None else None  # troops on alert are readied; police
            return kind not in ARMED and (kind != "police" or self.lone_country is not None)  # in a local report wait
        lead = t.head.head if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "to" else None
        if lead is not None and lead.lemma_.lower() in data["leading_to"] and lead.dep_ in ("acl", "relcl") \
                and lead.head.lemma_.lower() in data["tip_nouns"]:
            return True  # "information leading to the arrest of the suspect": a hope ("led to the killing of" is not)
        if t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() in data["tip_nouns"]:
            return True  # "anyone with information that will assist police": an appeal for tips
        if c.type == "AID" and lemma in data["armed_verbs"] and is_passive(t) and not agents(t) and (
                (e := self.entry(c.target)) is None or e.kind in ("civilians", "person")):
            return True  # "it was not clear whether the suspects were armed": carrying weapons, no aid
        if c.type == "REQUEST" and lemma in data["call_nouns"] and t.pos_ == "NOUN" and (
                any(x.lower_ in data["call_kinds"] for x in t.lefts) or (
                t.dep_ == "pobj" and t.head.head.lemma_.lower() in data["call_answers"] and not any(
                    x.dep_ in ("acl", "relcl", "xcomp", "advcl") or (x.dep_ == "prep" and x.lower_ in CALLED)
                    for x in t.children))):
            return True  # "officers responded to a 911 call": a phone call ("a call from the union to strike" asks)
        if c.type == "PROTEST" and (e := self.entry(c.source)) is not None and e.kind in FORCES \
                and lemma in data["cordon_verbs"] and (e.kind != "armed_group" or not self._armed_backers(c.source_tok)):
            return True  # "police blocked traffic on the road", "fighters burned tires to hide": a force's, no protest
        if c.type == "SANCTION" and lemma in data["memory_verbs"] and c.target_tok is not None and any(
                x.dep_ in ("acl", "relcl") and (x.tag_ == "VBG" or any(a.lower_ == "being" for a in x.children))
                for x in c.target_tok.children):
            return True  # "he recalled an officer being killed in 1984": a memory, no recall of an envoy
        if c.type == "THREATEN" and lemma in data["threat_verbs"] and any(
                w.lemma_.lower() in data["play_words"] for w in t.sent):
            return True  # "in the film, the actor points a pistol at the detective": a scene, no threat
        if c.type != "ASSAULT":
            return False
        if lemma in data["self_harms"] and any(o.lower_ in SELF or any(x.lower_ == "own" for x in o.lefts)
                                               for o in objects(t)):
            return True  # "the deputy accidentally shot himself", "shot his own hand" ("blew himself up" attacks)
        if c.target_tok is not None and c.target_tok.dep_ == "nsubjpass" and self._spared(c.target_tok.head):
            return True  # "two officers were not injured in the shooting": the shooting did not hit them
        if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() == "target":
            t = t.head.head  # "targeted for attack": the targeting is the act
        if is_passive(t) and not agents(t):
            doubted = t.lemma_.lower() == "target" and polarity(t, self.lex) != "asserted"
            return self._spared(t) or doubted  # "two officers were not injured"; "unclear whether ... targeted"
        return False

    @staticmethod
    def _armed_backers(tok: Token | None) -> bool:
        """An armed group's crowd of backers ("Hezbollah supporters blocked roads"): they may protest."""
        return tok is not None and tok.lemma_.lower() in CROWD

    def _spared(self, v: Token) -> bool:
        """"were not injured", "no officers were hurt", "nobody was wounded": a harm denied with no one doing it."""
        return v.lemma_.lower() in policing_data()["spared_verbs"] and is_passive(v) and not agents(v) and (
            negated_here(v, self.lex) or any(s.lower_ in NOBODY or negated_here(s, self.lex) for s in subjects(v)))
