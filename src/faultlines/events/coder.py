"""PLOVER event coder: trigger lemmas (data/events.yaml) + dependency roles -> typed, sourced events.

Works sentence by sentence and skips any sentence without a trigger lemma. Each candidate gets
its source and target from `syntax`, polarity and intent from `polarity`, date and place from
`when`, voice from the structure stage; duplicates within a document are merged, keeping every
evidence sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..records import PLOVER_SIGN, Event, Mention, Place
from .anaphora import carry_sources, occasion_sources
from .appeals import sourced_requests
from .assemble import build_events, merge_events
from .backing import later_events
from .boasts import own_made
from .claims import TELLING, denied_allegations, relative_accusers, told_call
from .criticism import CriticismIdioms, idiom_words
from .diplomacy import DiplomacyFrames, diplomacy_words
from .found import without_states
from .headlines import asked_part, headline_participles, is_headline, name_tokens, reparsed
from .lexicon import Lexicon, Rule, load_lexicon
from .nominal import ENVOYS
from .noun_parties import noun_agents
from .openers import reparsed_clause
from .pairing import OBJECT_PREPS, PLACE_PREPS
from .polarity import intent_type, mourned, negated_here
from .police_acts import PoliceActs, police_words
from .proposer import stash_open
from .readings import (
    Candidate,
    carry_targets,
    dateline_spans,
    drop_partial,
    drop_placed,
    protest_aims,
    within,
)
from .reproach import obliged
from .syntax import (
    BETWEEN,
    DEPLOYING,
    FROM,
    OF,
    TO,
    VERBAL,
    WITH,
    agents,
    antecedent,
    clause_subject,
    condition_parties,
    dangling_subject,
    gerund_possessor,
    is_passive,
    objects,
    prep_objects,
    question_clause,
    subjects,
    title_case,
    to_clause,
)
from .transfers import TransferEvents

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Span, Token

    from ..actors import ActorLookup, StandIn
    from ..context import Context

NAMES = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "GPE", "LOC", "NORP", "DATE", "TIME",
         "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "LANGUAGE"}
SPEECH_ACTS = ("AGREE", "REJECT", "THREATEN", "REQUEST", "CONCEDE")
TOPICAL = frozenset({"discuss", "negotiate", "debate", "address", "raise", "review", "examine", "consider", "explore"})
XCOMP_PREPS = frozenset({"to", "with", "against", "on", "for", "from", "in"})
BLAZE = frozenset({"alight", "ablaze"})
FREED = frozenset({"free", "loose"})
VIA_PREPS = frozenset({"with", "from", "using", "of"})
KEYED = frozenset({"peacekeeping"})  # compounds that name what an object is ("peacekeeping troops" are peacekeepers)
# Acts one is said to be behind that are no event trigger of their own ("responsible for the poisoning").
BLAMED_ACTS = frozenset({"poisoning", "assassination", "murder", "killing", "hacking", "hack", "sabotage", "explosion",
                         "blast", "kidnapping", "abduction", "massacre", "plot", "crash", "downing", "leak"})
HELP = frozenset({"help", "assist", "aid"})  # "helped X (to) find Y": X is the one helped
CULPABLE = frozenset({"responsible", "involve", "involved", "guilty", "culpable", "complicit"})
PLACE_OBJECT = "@place"  # a rule's object word that stands for any place name
MEDIA_OBJECT = "@media"  # ... and one that stands for any news outlet the dictionary knows
PLACE_NAMES = frozenset({"GPE", "LOC"})
RETAKE = frozenset({"retake", "recapture", "reclaim", "regain", "liberate"})
DOWNING = frozenset({"down", "shoot"})
STATE_KINDS = frozenset({"state", "government", "military", "police", "intelligence"})
ARMED_KINDS = frozenset({"military", "police", "armed_group", "intelligence"})


class SentenceCoder(TransferEvents, CriticismIdioms, DiplomacyFrames, PoliceActs):
    """Codes the events of one document's sentences against its actor index."""

    def _cued(self, o: Token) -> bool:
        """"protested demanding permits": the parser made the demand's object the protest's, with "demanding" its
        adjective."""
        return any(a.dep_ == "amod" and a.tag_ == "VBG" and a.lemma_.lower() in self.lex.protest_cues for a in o.lefts)

    def _sports_result(self, v: Token) -> bool:
        """"Uganda beat Kenya 2-0 in the final": a score or a sports noun in the sentence of a verb of winning, whose
        subject is no common noun ("police beat fans after the match" stays an assault)."""
        return v.lemma_.lower() in self.lex.sports_verbs and not any(s.pos_ == "NOUN" for s in subjects(v)) \
            and self._sporting(v)

    def verb(self, v: Token, rules: tuple[Rule, ...]) -> list[Candidate]:
        if self._sports_result(v) or any(c.lemma_.lower() == "test" and c.dep_ in ("npadvmod", "compound", "advmod")
                                         for c in v.children):  # "test-fired a missile": a test, no attack
            rules = tuple(r for r in rules if r.type != "ASSAULT")
        passive = is_passive(v)
        if passive and v.dep_ in ("acl", "ROOT") and all(r.intransitive for r in rules) and not agents(v):
            passive = False  # "On 2 May, workers protested in X": nobody "is protested"
        subs = subjects(v)
        if subs and v.dep_ in ("xcomp", "advcl") and all(s.head.i == v.head.i and s.dep_ in ("dobj", "dative") for s in subs) \
                and not any(self.np_actor(s) or (self._actorish(s) and not (  # "sent troops to fight X", not "urged forces to"
                    self._force(s) and (v.head.lemma_.lower() not in self.lex.verbs or v.head.lemma_.lower() in DEPLOYING)))
                        or s.lemma_.lower() in self.lex.hypothetical_nouns for s in subs):  # "a plea to X to talk"
            subs = [s for s in subjects(v.head) if s not in subs] or subs  # "police used tear gas to disperse"
        if not subs:
            d = dangling_subject(v)
            subs = [d] if d is not None else []
        by = [a for s in subs if s.dep_ == "nsubj" and s.head.i == v.i and (self._act(s) or (s.tag_ == "VBG" and s.lemma_.lower() in self.lex.verbs))
              for a in noun_agents(s)] if not passive else []
        if by:
            subs = by  # "shelling by the rebels killed six people": the rebels did
        if subs and v.dep_ == "acl" and not passive and self.np_actor(subs[0]) is None \
                and v.head.dep_ in ("dobj", "pobj", "nsubjpass") and own_made(subs[0]) is None \
                and self.actors.dictionary.generic_actors.get(subs[0].lemma_.lower(), "CVL") == "CVL":
            # a claim's maker; but "backs rebels fighting to oust him", "protesters demanding": a crowd's own act
            host = v.head.head if v.head.dep_ != "pobj" else v.head.head.head
            subs = subjects(host) or subs
        objs = objects(v)
        out: list[Candidate] = []
        for rule in rules:
            if rule.needs_compound:
                continue  # a noun's condition: "a bombing campaign" is an attack, "campaigning on an agenda" is not
            if rule.as_nouns and not self._has_as(v, rule.as_nouns):
                continue
            if rule.objects and not self._objects_fit(rule, objs + (subs if passive else [])):
                continue  # a passive's subject is its object ("two journalists were freed")
            outs = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "out"]  # "pulled out of": out's "of"
            preps = (VIA_PREPS | TO) if rule.not_event else VIA_PREPS  # "stormed to the title"
            via = [p for x in (v, *outs, *objs) for p in prep_objects(x, preps if x not in objs else preps - {"of"})
                   if p.lemma_.lower() in rule.via]  # "pulled out of talks", "hit its positions with drones"
            if rule.via and not via:
                continue  # "hit Kharkiv with drones", "withdrew from dealings with X"
            doers = (agents(v) or subs) if passive else subs  # "Douma is surrounded by government forces"
            named = [(antecedent(x) or x) if x.tag_ in ("WDT", "WP") else x for x in doers]  # "the bomb that hit X"
            if rule.subjects and not any(x.lemma_.lower() in rule.subjects  # "peacekeepers arrived in X"
                                         for x in named + [p for x in named for p in prep_objects(x, OF)]) \
                    and not self._named_force(rule, named):
                continue
            if rule.intransitive and any(c.dep_ == "dobj" and not self._cued(c) for c in v.children):
                continue  # its own object: "protested and demanded his release" still protested
            if rule.not_event:
                return out  # "meeting the rules", "met the deadline": no meeting
            if self._not_an_act(v, rule, objs, passive):
                continue
            if rule.type == "REQUEST" and not (objs or prep_objects(v, rule.target_preps) or any(
                    c.dep_ in ("ccomp", "xcomp") and not question_clause(c) for c in v.children) or clause_subject(v)):
                continue  # '"Can he?" he asked.', "asked why X stayed quiet": a request names what or whom it asks
            # what is mobilised is the force itself, not a target
            moved = rule.type == "MOBILIZE" or (rule.type == "RETREAT" and bool(objs) and all(map(self._force, objs)))
            # "discussed Britain's exit with X": X, not Britain (one visits or mediates parties, not topics)
            if rule.type == "CONSULT" and not passive and v.lemma_.lower() in TOPICAL:
                objs = [o for o in objs if not self._topic(o)] + [
                    p for o in objs if self._topic(o) for p in prep_objects(o, WITH)]  # "with" hung on the topic
            srcs, tgts = (agents(v), subs) if passive else (subs, [] if moved else objs)  # "pulled out its troops"
            told = self._told(v) if rule.type == "REQUEST" and not passive else None
            if told is not None and not any(self.np_actor(o) for o in objs + prep_objects(v, rule.target_preps)):
                host, heard = told  # "told Y that ..., calling for Z": the call is made to Y, by the teller
                srcs, tgts = (subjects(host) if v.head.i != host.i else srcs), heard
            if passive and not srcs and rule.type in ("CONCEDE", "RETREAT") and any(map(self._act, subs)):
                srcs, tgts = self._undone(subs)  # "American sanctions on Iran were lifted": the US lifts them
            if passive and not srcs and rule.type == "SANCTION" and any(x.lemma_.lower() in ENVOYS for x in subs):
                srcs = prep_objects(v, frozenset({"from"}))  # "Russian diplomats expelled from Canada": Canada expels
            if passive and not srcs and (rule.needs_target or rule.type == "REQUEST"):
                continue  # "West Africans ordered out of Nigeria": no one to code as the requester
            own = {self.np_actor(x) for x in srcs} - {None}
            if not any(a and a not in own for a in (self.np_actor(t) for t in tgts)):
                extra = prep_objects(v, rule.target_preps)
                for o in objs:  # "assisting offences of Brent": a city "of" a thing is no party to a non-place act
                    if self._follower(o):
                        continue  # "attacked supporters of X": not X
                    if rule.type == "ACCUSE" and self._act(o):
                        extra.extend(self._doers(o))  # "condemned the killing of X by Y": Y, never X
                        continue
                    preps = OBJECT_PREPS - ({"by"} if rule.type == "THREATEN" and self._act(o) else set())  # "threatened
                    # sanctions by the US and its allies": the threatener's side, never whom the threat aims at
                    extra.extend(p for p in prep_objects(o, preps | (PLACE_PREPS if moved else set()))
                                 if not (p.head.lower_ == "of" and rule.type not in self.lex.place_targets
                                         and self._in_place(p)))
                for p in via:
                    extra.extend(prep_objects(p, rule.target_preps))  # "from dealings with Egypt"
                if "between" in rule.target_preps:  # "brokered a truce between X and Y"
                    extra.extend(p for o in objs for p in prep_objects(o, BETWEEN))
                if rule.target_clause:
                    extra.extend(clause_subject(v))
                if PLOVER_SIGN[rule.type] < 0 and not passive:  # "warned that ... unless Delhi ends": Delhi
                    extra.extend(condition_parties(v, told=rule.type == "THREATEN"))
                if rule.type == "AID" and v.lemma_.lower() in HELP and not passive and not objs and own:
                    extra.extend(s for x in v.children if x.dep_ in ("ccomp", "xcomp") for s in x.children
                                 if s.dep_ == "nsubj" and v.i < s.i < x.i)  # "helped Indonesia find": Indonesia
                addressed = rule.type == "REQUEST" and any(  # "urged her to leave X": whom it asks is her, never X
                    o.i < x.i and (o.pos_ == "PRON" or self._actorish(o)) for o in objs for x in v.children
                    if x.dep_ == "xcomp")
                for x in v.children:  # "refused to commit to assistance to X", "threatened to cut aid to X"
                    if ((x.dep_ == "xcomp" and not addressed) or (to_clause(x) and (not objs or rule.type == "THREATEN" or any(
                            o.lemma_.lower() in self.lex.hypothetical_nouns for o in objs)))) \
                            and not passive and rule.type in SPEECH_ACTS:  # is a purpose; "rejected appeals to free X";
                        # "threatened sanctions to isolate X" aims at X
                        extra.extend(objects(x) + prep_objects(x, XCOMP_PREPS))
                tgts = tgts + extra
            if rule.type == "REJECT" and not any(self.np_actor(t) for t in tgts):
                tgts = tgts + relative_accusers(v, self.lex)  # "Britain blames Russia, which Russia denies"
            type_ = intent_type(v, rule.type, self.lex)
            out.extend(self._pairs(type_, self._mode(v, rule.type, rule.mode), v, srcs, tgts, rule.needs_target))
            if out or rule.gated:
                break
        return out

    def _own_name_cleared(self, v: Token, found: list[Candidate]) -> list[Candidate]:
        """A headline verb the names stage ran into a name after it ("X to Boycott Regional Summit" as one body): that
        name is no party to the verb's act."""
        own = self.np_actor(v) if v.ent_type_ else None
        if own is None:
            return found
        return [replace(c, target=None, target_tok=None) if c.target == own else c for c in found if c.source != own]

    def _told(self, v: Token) -> tuple[Token, list[Token]] | None:
        """"X told Y (that ...), calling for / urging Z": a participial call hung on a verb of telling (or on its
        reported clause, after a comma) and the actors told, to whom the call is made."""
        if v.tag_ != "VBG" or v.dep_ != "advcl":
            return None
        host = v.head
        if told_call(v):
            host = host.head
        if host.lemma_.lower() not in TELLING or host.pos_ != "VERB" or host.i > v.i:
            return None
        heard = [c for c in host.children if c.dep_ in ("dobj", "dative") and self.np_actor(c)]
        return (host, heard) if heard else None

    def _own_ground(self, c: Candidate) -> bool:
        """Ground a state's organ takes in its own country, whose place stood for the target: no party is named (an
        armed group of the country taking a town takes it from the state); and an aircraft downed, named by no owner,
        that the resolver gave to the downer's own forces ("would not apologise for downing the jet")."""
        lemma = c.trigger.lemma_.lower()
        if c.target_tok is None or c.source == c.target or (c.source is None and lemma not in RETAKE):
            return False
        e, t = self.entry(c.source), self.entry(c.target)
        if t is None:
            return False
        if e is not None and c.mode == "heavy-weapons" and lemma in DOWNING \
                and t.country == (e.country or e.id) \
                and not any(m.dep_ in ("compound", "amod", "poss") for m in c.target_tok.lefts):
            return True
        place = c.target_tok.i in self.placed_at or (c.target_tok.lemma_.lower() in self.lex.settlements and any(
            m.dep_ == "poss" and m.ent_type_ in PLACE_NAMES for m in c.target_tok.children))  # "Iraq's second city"
        if place and lemma in RETAKE:
            return True  # "retake Mosul", "vowed to liberate Iraq's second city": ground taken back, from no one named
        if not place or c.mode != "seize":
            return False
        return e is not None and e.kind in STATE_KINDS and e.country == c.target

    def _taken_from(self, c: Candidate) -> Candidate:
        """The holder ground is taken from ("retake Iraq's second city from the militants"), else no target."""
        held = [(a, t) for a, t in self._actors(prep_objects(c.trigger, FROM)) if a and a != c.source
                and t is not None and t.i not in self.placed_at]
        return replace(c, target=held[0][0], target_tok=held[0][1]) if held else replace(c, target=None, target_tok=None)

    def _named_force(self, rule: Rule, named: list[Token]) -> bool:
        """A rule gated on forces acting ("force" among its subjects) fits a subject that names an armed body
        ("Iranian Revolutionary Guards boarded a tanker"); never for a rule that says the words are no event."""
        if rule.not_event or "force" not in rule.subjects:
            return False
        return any((e := self.entry(self.np_actor(x))) is not None and e.kind in ARMED_KINDS for x in named)

    def _objects_fit(self, rule: Rule, objs: list[Token]) -> bool:
        """An object (its "of" noun, or its compound: "peacekeeping troops") is one the rule lists."""
        pool = objs + [p for o in objs for p in prep_objects(o, OF)]  # "suspended part of a program"
        pool += [c for o in objs for c in o.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in KEYED]
        return any(o.lemma_.lower() in rule.objects or (o.ent_type_ in PLACE_NAMES and PLACE_OBJECT in rule.objects)
                   or MEDIA_OBJECT in rule.objects and self._media(o) for o in pool)  # "@place": "took control of Kunduz"

    def _media(self, tok: Token) -> bool:
        """The word names a news outlet the dictionary knows ("blocked the BBC"; "@media" in a rule's objects)."""
        names = [tok, *(c for c in tok.children if c.dep_ == "compound")]  # "blocked BBC Persian"
        return any((e := self.entry(self.np_actor(x))) is not None and e.kind == "media" for x in names)

    def report(self, v: Token) -> list[Candidate]:
        """"X said Y must ..." -> X REQUEST Y."""
        for c in v.children:
            if c.dep_ == "ccomp" and obliged(c, self.lex.obligation):  # not "should X fall" (a condition)
                return self._pairs("REQUEST", None, v, subjects(v), subjects(c), needs_target=True)
            if c.dep_ == "ccomp" and c.lemma_ == "need" and any(x.dep_ == "xcomp" for x in c.children) and not any(
                    a.dep_ == "aux" and a.lower_ in self.lex.intent_modals for a in c.children):  # "will need to" predicts
                return [p for p in self._pairs("REQUEST", None, v, subjects(v), subjects(c), needs_target=True)
                        if p.source is not None and not self._own_state(p)]  # "X said Y needs to V": a demand
            if c.dep_ == "ccomp" and self._culpable(c) and not negated_here(c, self.lex) and not negated_here(v, self.lex):
                return self._pairs("ACCUSE", None, v, subjects(v), subjects(c), needs_target=True)
        return []

    def _own_state(self, p: Candidate) -> bool:
        """"India needs to reform, its finance minister said": a speaker's view of what their own state must do."""
        e = self.entry(p.source)
        return e is not None and e.country is not None and e.country == p.target

    def _culpable(self, c: Token) -> bool:
        """"(X says) Y was behind / involved in / responsible for the attack": the clause lays an act on Y."""
        preds = [c] + [a for a in c.children if a.dep_ in ("acomp", "attr")]
        acts = [p for x in preds if x.lemma_.lower() in CULPABLE or x.lemma_ == "be"
                for p in prep_objects(x, frozenset({"in", "for", "behind", "of"}))
                if x.lemma_.lower() in CULPABLE or p.head.lower_ == "behind"]
        return any(a.lemma_.lower() in self.lex.nouns or a.lemma_.lower() in BLAMED_ACTS for a in acts)

    def sentence(self, sent: Span) -> list[Candidate]:
        lex = self.lex
        out: list[Candidate] = []
        headline = title_case(sent)
        absorbed: set[int] = set()
        for tok in sent:
            lemma = tok.lemma_.lower()
            out.extend(self.criticism(tok))  # "took aim at X", "came under fire from Y" (events/criticism.py)
            out.extend(self.diplomacy(tok))  # "hailed the ties with X", "the A-B summit" (events/diplomacy.py)
            out.extend(self.police_act(tok))  # "X is in custody" (events/police_acts.py)
            if lemma in HELP and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                    and "aid" in lex.nouns:
                out.extend(self.noun(tok, lex.nouns["aid"]))  # "with help from X": help is given only in this phrase
                continue
            if lemma not in lex.trigger_lemmas or (tok.ent_type_ in NAMES and not (
                    headline and tok.pos_ in VERBAL and (self.np_actor(tok) is None or (
                        tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children))))):
                continue  # "Arcade Fire", "The Band's Visit", "Free Trade Agreement" are names, not events
            if mourned(tok, lex):
                continue  # "condolences over the bombing": the occasion of a condolence, not news
            if tok.pos_ in VERBAL:
                rules = lex.verbs.get(lemma, ())
                if (tok.dep_ == "amod" or tok.tag_ == "JJ") and gerund_possessor(tok) is None:
                    continue  # "a raised basement": participles used as adjectives are not events
                if lemma in lex.agentless_verbs:
                    out.extend(self.agentless(tok))
                for c in tok.children:
                    if c.dep_ in ("prt", "dobj") or (c.dep_ == "prep" and not any(
                            p.ent_type_ in ("DATE", "TIME") for p in c.children)):  # "called ... on Thursday"
                        word = c.lower_ if c.dep_ == "prep" else c.lemma_.lower()  # "according" is no "accord"
                        if c.dep_ == "dobj" and armed_object(c, lex) and not any(
                                r.type == "ASSAULT" for r in lex.phrasal.get((lemma, word), ())):
                            continue  # "staged air strikes": an attack, not a walkout ("opened fire on" is one)
                        rules = lex.phrasal.get((lemma, word), rules)
                        for p in c.children:  # "took to the streets", "placed under house arrest"
                            if (lemma, f"{word} {p.lemma_.lower()}") in lex.phrasal:
                                rules = lex.phrasal[(lemma, f"{word} {p.lemma_.lower()}")]
                                absorbed.add(p.i)  # the phrase's noun is no event of its own
                                break
                    elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                        rules = lex.phrasal.get((lemma, "for"), rules)  # "called for Russia to withdraw"
                if lemma in ("set", "let") and any(c.lower_ in FREED for o in (tok, *objects(tok)) for c in o.children
                                                   if c.dep_ not in ("dobj", "nsubj", "nsubjpass")):
                    rules = lex.verbs.get("free", rules)  # "set the hostages free", "were let loose by the rebels"
                if lemma == "set" and any(c.lower_ in BLAZE or (c.dep_ == "prep" and c.lower_ == "on" and any(
                        p.lower_ == "fire" for p in c.children)) for o in (tok, *objects(tok)) for c in o.children):
                    rules = lex.verbs.get("torch", rules)  # "set a bank on fire", "was set alight by rioters"
                if lemma in lex.acquire and not is_passive(tok):
                    found = self.acquire(tok)
                    out.extend(found)
                    if found:
                        continue
                if lemma in lex.transfer:
                    found = self.transfer(tok)
                    out.extend(found)
                    if found:
                        continue
                if rules:
                    out.extend(self._own_name_cleared(tok, self.verb(tok, rules)))
                if lemma in lex.reporting_verbs:
                    out.extend(self.report(tok))
            elif tok.pos_ in ("NOUN", "PROPN"):
                if lemma in lex.roles:
                    out.extend(self.role(tok))
                if lemma in lex.nouns and tok.i not in absorbed:
                    out.extend(self.noun(tok, lex.nouns[lemma]))
        if any(t.lemma_.lower() in lex.disasters and not (t.pos_ in VERBAL and any(  # "shots were fired" is no blaze
                r.type == "ASSAULT" for r in lex.verbs.get(t.lemma_.lower(), ()))) for t in sent):  # "killed in the quake"
            out = [c for c in out if c.source is not None or c.type not in ("ASSAULT", "COERCE")]
        out = protest_aims(self.in_words(self.police_idioms(out)), self.placed_at)  # "fighting for his life"
        out = [self._taken_from(c) if self._own_ground(c) else c  # "Syrian troops retook Palmyra": from no one
               for c in out]  # named, not from Syria
        out = [c for c in out if c.source is not None or c.target is not None]
        return drop_placed(drop_partial([self._designee(c) for c in self._absorb_intent(without_states(out))]),
                           self.placed_at)


def armed_object(obj: Token, lex: Lexicon) -> bool:
    """"air strikes", "a drone strike", "a strike on a power plant": an object a weapon word modifies or an "on"
    phrase aims, so the verb's object phrase ("stage strike") reads as an attack, not a labour act."""
    weapons = set(lex.modes.get("ASSAULT", {})) | lex.instruments | {"military", "retaliatory", "naval"}
    if obj.lemma_.lower() not in lex.instruments:
        return False  # "pinned the blame on China" aims no weapon
    return any(m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in weapons for m in obj.lefts) or any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.ent_type_ not in ("DATE", "TIME") for o in p.children)
        for p in (*obj.children, *obj.head.children))  # "on" hung on the object or on its verb


@dataclass(frozen=True)
class CodedEvents:
    """A document's events, and the mentions that stood for their actors (for the actors stage to record)."""

    events: tuple[Event, ...]
    stand_ins: tuple[StandIn, ...] = ()


def fix_lemmas(tokens: Iterable[Token], lex: Lexicon) -> None:
    """The lexicon's lemma fixes ("raped" -> "rap" becomes "rape") and hyphen-split nouns ("sit - in" is one
    noun), so every lemma test sees the trigger; run on the document's parse and on every re-parse of a sentence."""
    for tok in tokens:
        fixed = lex.lemma_fixes.get(tok.lower_)
        if fixed is not None and tok.pos_ in VERBAL:
            tok.lemma_ = fixed
        elif tok.pos_ == "NOUN" and tok.i > 1 and tok.nbor(-1).text == "-":  # "sit - in", "shoot - out": one noun
            joined = f"{tok.nbor(-2).lower_}-{tok.lower_}"
            if joined in lex.nouns and tok.nbor(-2).head.i == tok.i:
                tok.lemma_ = joined


def code_events(ctx: Context, actors: ActorLookup, places: list[Place], *, lexicon: Lexicon | None = None,
                nlp: Language | None = None) -> CodedEvents:
    """All events of one document, merged, in text order; with `nlp`, Title Case headlines are re-parsed."""
    lex = lexicon or load_lexicon()
    coder = SentenceCoder(actors, lex, places)
    coder.quotes = ctx.quotes  # "we" in a quotation of several sentences: its speaker's side (events/pronouns.py)
    place_mentions = [(m.start, m.end, p.id) for p in places for m in p.mentions]
    place_mentions_spans = [(a, b) for a, b, _ in place_mentions]
    found: list[Event] = []
    datelines = dateline_spans(ctx)
    fix_lemmas(ctx.doc, lex)
    before: list[Candidate] = []
    idioms = idiom_words() | diplomacy_words() | police_words()
    for sent in ctx.doc.sents:
        if ctx.in_signature(sent.start_char):
            continue
        headline = None
        if is_headline(ctx, sent):
            sent = asked_part(sent)  # "Did X shoot? - Local News": the site is no party
        if nlp is not None and title_case(sent) and is_headline(ctx, sent):
            headline = reparsed(sent, nlp, name_tokens(sent, actors, place_mentions_spans))
        elif nlp is not None:  # "On 2 May 2021, in X, Y, teachers protested": the clause parsed without its opener
            headline = reparsed_clause(sent, nlp)
        if headline is not None:  # a fresh parse: its lemmas need the same fixes
            fix_lemmas(headline, lex)
        if is_headline(ctx, sent):  # "Police officer shot in Memphis": the officer was shot
            headline_participles(headline if headline is not None else sent)
        opener = headline is not None and not title_case(sent)
        if not any(t.lemma_.lower() in lex.trigger_lemmas or t.lemma_.lower() in idioms for t in headline or sent):
            before = []
            continue
        now = occasion_sources(coder.sentence(headline or sent), coder.np_actor)
        now = carry_sources(carry_targets(now, before), before, lex.nouns)
        before = now
        for c in now:
            if headline is not None and not opener and c.source is None and c.target is None:
                continue  # a headline event names an actor
            if within(c.source_tok, datelines) or within(c.target_tok, datelines):
                continue  # "TRIPOLI (Reuters) - ...": the filing city and the agency are no party
            if coder.void_vote(c) or coder.void_tour(c):
                continue  # "I voted for X": a voter no one resolves; "he deployed to Iraq": a tour (events/diplomacy.py)
            if coder.owner_not_side(c):  # "pledged to reform Colombia's oil industry": Colombia is no side
                c = replace(c, target=None, target_tok=None)
                if c.source is None:
                    continue
            found.extend(build_events(ctx, c, lex, place_mentions, coder.actor_name))
    found.extend(denied_allegations(ctx.doc, found, lex, coder.np_actor, coder.actor_name))
    found.extend(later_events(ctx, found, lex, coder, place_mentions))  # "X denied the allegations", "with X's backing"
    stand_ins = coder.stand_ins({a for e in found for a in (e.source, e.target) if a})
    stash_open(ctx, coder, place_mentions, found)  # words outside the lexicon, proposed when the judge asks
    for imp in actors.implied_events():
        if ctx.in_signature(imp.start):
            continue
        text = ctx.text[imp.start:imp.end]
        found.append(Event(id="", type=imp.type, mode=imp.mode, source=imp.source, target=imp.target,
                           start=imp.start, end=imp.end, text=text, voice=ctx.voice_at(imp.start),
                           sign=PLOVER_SIGN[imp.type], evidence=(Mention(imp.start, imp.end, text),)))
    return CodedEvents(tuple(sourced_requests(merge_events(found))), tuple(stand_ins))
