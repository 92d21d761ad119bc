"""Acts of conflict news told without a trigger verb of their own (round 17, V): captivity ("the pilot was being
held by the militants", "held captive", "remains in the hands of X": COERCE arrest by the holders), a camp or a
square cleared of protesters (COERCE restrict), a missile test-launched into the sea (MOBILIZE, a show of force),
phones tapped or a caught on a wiretap (ACCUSE investigate) and a trial gone on or stood or charges faced (ACCUSE);
an official sacked or put on leave (COERCE restrict, round 18). Agentless, the act has no source. Words are data (data/policing.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .policing import policing_data
from .readings import Candidate, Readings
from .syntax import FROM, OF, VERBAL, agents, is_passive, objects, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

HELD_KINDS = frozenset({"person", "civilians", "police", "military", "government", "legislature", "media", "ngo",
                        "religious", "political_party"})
CAPTORS = frozenset({"armed_group", "military", "police", "intelligence", "government", "state"})
ARMED_CAPTORS = frozenset({"armed_group", "military", "police", "intelligence"})
SECURITY = frozenset({"military", "police", "government", "state", "intelligence"})
ARMED_SECTORS = frozenset({"REB", "UAG", "MIL"})  # holders of no name who are armed men ("held by paramilitary groups")
LAUNCHERS = frozenset({"military", "government", "state"})
IN = frozenset({"in", "into", "at"})
PLACES = ("GPE", "LOC", "FAC")
BODIES = HELD_KINDS - {"person", "civilians"}
NO_CAPTIVES = frozenset({"ORG", "EVENT", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "GPE", "LOC"})  # names of no person
PERSON_ENDS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee")  # "engineer", "journalist", "crewman"


class HeldActs(Readings):
    """Mixed into `PoliceActs`: `held_act(tok)` reads a verb for captivity, clearing, a test launch, a wiretap or a
    trial; [] for any other verb."""

    def held_act(self, tok: Token) -> list[Candidate]:
        """The act one of this module's shapes tells at `tok`."""
        data = policing_data()
        lemma = tok.lemma_.lower()
        readings = [read for key, read in self._readings() if lemma in data[key]]
        if not readings or tok.pos_ not in VERBAL or tok.dep_ == "amod" or any(
                t.lemma_.lower() in self.lex.sports_words for t in tok.sent):
            return []
        return next((found for read in readings if (found := read(tok, data))), [])

    def _readings(self) -> tuple[tuple[str, Callable[[Token, dict[str, frozenset[str]]], list[Candidate]]], ...]:
        """Each verb list of data/policing.yaml with the reading it starts ("fire" starts a launch and a dismissal)."""
        return (("captive_verbs", self._captivity), ("hands_verbs", self._in_hands), ("clear_verbs", self._cleared),
                ("launch_verbs", self._test_launch), ("tap_verbs", self._tapped), ("trial_verbs", self._tried),
                ("dismiss_verbs", self._dismissed), ("leave_verbs", self._on_leave))

    def under_inquiry(self, tok: Token) -> list[Candidate]:
        """"the governor is under investigation", "was placed under surveillance by the intelligence service": ACCUSE
        investigate of the subject, by the "by" party if a state's organ, else by no one named."""
        data = policing_data()
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in data["inquiry_nouns"] or tok.dep_ != "pobj" \
                or tok.head.lower_ != "under" or tok.head.head.pos_ not in VERBAL:
            return []
        verb = tok.head.head
        if verb.lemma_.lower() not in data["inquiry_verbs"]:
            return []  # "the documents under review", "a policy under scrutiny"
        target, target_tok = self._held_party([s for s in subjects(verb) if s.dep_ in ("nsubj", "nsubjpass")],
                                              HELD_KINDS | SECURITY)
        by = [p for x in (verb, tok) for p in prep_objects(x, frozenset({"by", "from"}))] + agents(verb)
        source, source_tok = self._held_party(by, SECURITY | frozenset({"judiciary", "legislature", "igo"})) \
            if by else (None, None)
        if target is None or source == target or (by and source is None):
            return []  # "under investigation by journalists": no state's inquiry
        return [Candidate("ACCUSE", "investigate", source, target, tok, source_tok, target_tok, verb)]

    def _dismissed(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"the general was dismissed from his post", "the police chief was sacked": COERCE restrict of the official
        by no one named (with an agent or in the active, the lexicon's rule codes it)."""
        if not is_passive(tok) or agents(tok) or (tok.lemma_.lower() == "fire" and any(
                c.dep_ == "prep" and c.lower_ in ("on", "at", "upon") and not any(
                    p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in tok.children)):
            return []  # "two officials were fired on": gunfire
        held = [s for s in subjects(tok) if s.dep_ == "nsubjpass"]
        posted = any(p.lemma_.lower() in data["dismiss_posts"] for p in prep_objects(tok, frozenset({"from", "of"})))
        official = any((w := s.lemma_.lower()) in self.lex.owning_officials or w in self.actors.dictionary.person_nouns
                       for s in held)
        target, target_tok = self._held_party(held, HELD_KINDS) if posted or official else (None, None)
        if target is None and tok.lemma_.lower() in data["sacked_verbs"] and (words := _nearby(tok, self.lex.reporting_verbs) | {
                c.lemma_.lower() for s in held for c in s.lefts if c.dep_ == "compound"}) \
                & data["sacked_contexts"] and not words & self.lex.sports_words:
            # "Reyes had been fired" in a report on an official body, "Colonel Ruiz had been fired": an official
            # sacked (not a coach, nor a company's chief for being told of by an official)
            target_tok = next((s for s in held if s.pos_ == "PROPN" and (e := self.entry(
                self.actors.token_actor(s.i))) is not None and e.kind in ("person", "other")), None)
            target = self.actors.token_actor(target_tok.i) if target_tok is not None else None
        if target is None:
            return []  # "the claims were dismissed", "the case was dismissed"
        return [Candidate("COERCE", "restrict", None, target, tok, None, target_tok)]

    def _held_party(self, toks: list[Token], kinds: frozenset[str]) -> tuple[str | None, Token | None]:
        """The first of `toks` that is an actor of one of `kinds` (not a place standing for its state); for people held,
        a state stands for its nationals ("the Canadian engineer" is Canada's)."""
        for aid, t in self._actors(toks):
            e = self.entry(aid)
            if aid is None or t is None or e is None or (t not in toks and t.dep_ in ("poss", "pobj", "compound")) \
                    or (t.dep_ == "pobj" and t.ent_type_ in PLACES):  # "Clinton's emails fell into Russian hands"
                continue
            if e.kind in kinds or (kinds is HELD_KINDS and e.kind == "state" and self._national(t)):
                return aid, t
        return None, None

    def _national(self, t: Token) -> bool:
        """"the Canadian engineer", "two Italian nurses", "a US soldier": people a state stands for, not its ground
        ("the Syrian town", "Iraqi territory")."""
        d, lemma, data = self.actors.dictionary, t.lemma_.lower(), policing_data()
        if t.pos_ != "NOUN" or lemma in self.lex.settlements or lemma in self.lex.force_sites \
                or lemma in self.lex.civil_property or lemma in data["held_things"]:
            return False
        people = data["people_nouns"]
        return lemma in d.person_nouns or lemma in d.member_nouns or ((lemma in people or lemma.endswith(PERSON_ENDS))
                                                                     and any(c.ent_type_ == "NORP" for c in t.lefts))

    def _person_word(self, t: Token) -> bool:
        """A person or people named by the word ("Brunson", "the detainees", "two engineers"), not a body."""
        d, lemma, data = self.actors.dictionary, t.lemma_.lower(), policing_data()
        return t.ent_type_ == "PERSON" or t.pos_ == "PRON" or lemma in d.person_nouns or lemma in d.member_nouns \
            or any(lemma in data[k] for k in ("people_nouns", "held_people", "crowd_people", "crowd_words")) \
            or (t.pos_ == "NOUN" and lemma.endswith(PERSON_ENDS))

    def _held_person(self, target: str, t: Token, tok: Token) -> bool:
        """The held party can be a captive: one the resolver made a person (whatever the tagger says of "Brunson"), or
        people named by a word; a body named by its name ("the Joint Commission", "the National Assembly") is not."""
        e = self.entry(target)
        if e is not None and e.kind == "person":
            return True
        if tok.dep_ in ("acl", "relcl"):
            return self._person_word(t)  # "a congress of the party held in Beijing"
        body_named = t.pos_ == "PROPN" and e is not None and e.kind in BODIES  # "the Nigerian Senate was held in Abuja"
        return self._person_word(t) or not (body_named or t.ent_type_ in NO_CAPTIVES)

    def _captivity(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"was being held by Boko Haram", "were held captive", "is being held in Raqqa", "the militants holding two
        engineers": COERCE arrest of the held by their holders (none named: no source)."""
        words = {c.lemma_.lower() for c in tok.subtree if c.i > tok.i or c.head == tok}
        if tok.dep_ in ("acl", "relcl"):  # "the meeting of the commission held in Caracas", "who had been held ..."
            words |= {a.lemma_.lower() for a in tok.head.ancestors} | {
                c.lemma_.lower() for a in tok.head.ancestors for c in a.children if c.dep_ == "xcomp"}
            if words & data["release_verbs"]:
                return []  # "two citizens who had been held for a year were released": the release tells it
        if words & data["not_held"] or any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in FROM) for c in tok.children) or any(
                c.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and c.lemma_.lower() not in data["captive_marks"]
                for c in tok.children):
            return []  # "held responsible", "held for observation", "held up", "held in high regard"
        marked = bool(words & data["captive_marks"])
        if is_passive(tok):
            held, holders = subjects(tok), agents(tok)
        else:
            held, holders = objects(tok), subjects(tok)
        target, target_tok = self._held_party(held, HELD_KINDS)
        if target is None or target_tok is None or not self._held_person(target, target_tok, tok):
            return []  # "the talks were held", "held the town", "a congress of the party held in Beijing"
        source, source_tok = self._held_party(holders, CAPTORS) if holders else (None, None)
        if holders and source is None:  # "held by paramilitary groups", "by militiamen": armed men of the place
            d = self.actors.dictionary
            source, source_tok = next(((x, h) for h in holders for w in (h, *h.lefts) if (
                k := d.sector_of(w.lemma_.lower())) in ARMED_SECTORS and (x := self.generic_actor(h, k)) is not None),
                (None, None))
        if holders and source is None:
            return []  # "the child was held by her mother"
        sited = any(p.ent_type_ in PLACES or p.lemma_.lower() in data["captive_places"] for p in prep_objects(tok, IN))
        e = self.entry(source)
        armed = e is not None and e.kind in ARMED_CAPTORS
        if not (marked or sited or armed) or source == target or self._held_where(tok, target, target_tok):
            return []  # "Israel holds the record", "the minister was held up"
        return [Candidate("COERCE", "arrest", source, target, tok, source_tok, target_tok)]

    def _held_where(self, tok: Token, target: str, target_tok: Token | None) -> bool:
        """"each detainee kept in Cuba": people of no named nation held in a country are not its people."""
        e = self.entry(target)
        if e is None or e.country is None or target_tok is None or target_tok.pos_ == "PROPN" or any(
                c.ent_type_ == "NORP" for c in target_tok.lefts):
            return False
        for p in prep_objects(tok, IN):
            state = self.entry(self.np_actor(p))
            if p.ent_type_ in PLACES and e.country in (self.place_country(p), state and state.kind == "state" and state.id):
                return True
        return False

    def held_idiom(self, c: Candidate) -> bool:
        """A force advancing "on the outskirts of Mosul" or on its own state's ground, or no force named: a move,
        no mobilisation against a party."""
        data = policing_data()
        if c.type != "MOBILIZE" or c.mode != "troops" or c.trigger.lemma_.lower() not in data["advance_verbs"]:
            return False
        e = self.entry(c.source)
        if e is None or (c.target_tok is not None and c.target_tok.lemma_.lower() in data["advance_grounds"]):
            return True
        return e.kind in SECURITY and e.country is not None and e.country == c.target

    def _in_hands(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"the pilot remains in the hands of the Taliban", "two nurses are in militant hands": COERCE arrest of the
        held person by the hands' owner (a town in a group's hands is held ground, no act)."""
        for hands in prep_objects(tok, IN):
            if hands.lemma_.lower() not in data["hands_nouns"]:
                continue
            owners = [c for c in hands.lefts if c.dep_ in ("poss", "compound", "amod")] + prep_objects(hands, OF)
            source, source_tok = self._held_party(owners, CAPTORS)
            target, target_tok = self._held_party([s for s in subjects(tok) if s.dep_ == "nsubj"], HELD_KINDS)
            if source is not None and target is not None and source != target:
                return [Candidate("COERCE", "arrest", source, target, tok, source_tok, target_tok)]
        return []

    def _cleared(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"police cleared the camp of protesters", "troops cleared the protesters from the square", "the protest camp
        was cleared": COERCE restrict of the protesters by the security forces (none named: no source)."""
        if is_passive(tok):
            doers, sites = agents(tok), subjects(tok)
        else:
            doers, sites = subjects(tok), objects(tok)
        doers = [s for d in doers for s in (subjects(d.head) if d.lemma_.lower() in self.lex.light_nouns
                                             and d.dep_ == "dobj" else [d])]  # "made an attempt to clear": its maker
        source, source_tok = self._held_party(doers, SECURITY) if doers else (None, None)
        if doers and source is None:
            return []  # "the cleaners cleared the square", "the court cleared him"
        site = next((s for s in sites if s.lemma_.lower() in data["clear_sites"]), None)
        target, target_tok = self._held_party([*prep_objects(site, OF), *prep_objects(tok, OF)], HELD_KINDS) \
            if site is not None else (None, None)  # "was cleared of wrongdoing": acquitted, no site
        if site is None:
            target, target_tok = self._held_party([s for s in sites if s.lemma_.lower() in data["crowd_words"]], HELD_KINDS)
        elif target is None and (site.lemma_.lower() in data["protest_sites"] or any(
                c.lemma_.lower() in data["protest_sites"] for c in site.lefts if c.dep_ in ("compound", "amod"))):
            target, target_tok = self.generic_actor(site, "PRT"), site  # "cleared the protest camp"
        if target is None or source == target:
            return []  # "cleared the area of mines", "cleared the building"
        return [Candidate("COERCE", "restrict", source, target, tok, source_tok, target_tok)]

    def _test_launch(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"North Korea launched another missile into the sea", "test-fired a ballistic missile": a state's show of
        force (MOBILIZE, CAMEO 15) with no target; a launch at a party is the attack rule's."""
        if is_passive(tok) or not any(o.lemma_.lower() in data["missile_nouns"] for o in objects(tok)):
            return []
        aims = prep_objects(tok, frozenset({"at", "on", "against", "toward", "towards", "over"}))
        if any(self._held_party([p], HELD_KINDS | CAPTORS)[0] is not None for p in aims):
            return []  # "launched missiles at Saudi Arabia": an attack
        sea = any(p.lemma_.lower() in data["sea_words"] or (p.ent_type_ == "LOC") for p in prep_objects(tok, IN))
        tested = any(t.lemma_.lower() in data["test_words"] for t in tok.sent)
        if not (sea or tested):
            return []  # "Hamas launched rockets overnight": whose was hit, the sentence does not say
        source, source_tok = self._held_party(subjects(tok), LAUNCHERS)
        if source is None:
            return []  # "SpaceX launched a rocket"
        return [Candidate("MOBILIZE", None, source, None, tok, source_tok, None)]

    def _tapped(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"his phones were being tapped", "the agency tapped the minister's phone": ACCUSE investigate of the
        phone's owner; "was caught on a wiretap": of the one caught."""
        if tok.lemma_.lower() == "catch":
            if not is_passive(tok) or not any(p.lemma_.lower() in data["tap_nouns"] for p in prep_objects(tok, IN | {"on"})):
                return []
            target, target_tok = self._held_party(subjects(tok), HELD_KINDS)
            source, source_tok = None, None
        else:
            if is_passive(tok):
                phones, doers = subjects(tok), agents(tok)
            else:
                phones, doers = objects(tok), subjects(tok)
            phones = [p for p in phones if p.lemma_.lower() in data["tap_nouns"]]
            if not phones:
                return []  # "tapped the ball", "tapped into the market"
            owners = [c for p in phones for c in p.lefts if c.dep_ == "poss"] + [o for p in phones for o in prep_objects(p, OF)]
            target, target_tok = self._held_party(owners, HELD_KINDS | SECURITY)
            source, source_tok = self._held_party(doers, SECURITY) if doers else (None, None)
        if target is None or source == target:
            return []
        return [Candidate("ACCUSE", "investigate", source, target, tok, source_tok, target_tok)]

    def _tried(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"X went on trial", "stands trial for murder", "faces trial on charges of inciting violence": ACCUSE of X by
        no one named (a trial of a drug, a time trial: no party tried; "will stand trial": hypothetical)."""
        trial = [o for o in [*objects(tok), *prep_objects(tok, frozenset({"on"}))] if o.lemma_.lower() == "trial"]
        charges = [o for o in objects(tok) if tok.lemma_.lower() == "face" and o.lemma_.lower() == "charge"
                   and o.tag_ == "NNS" and not any(c.lemma_.lower() in data["fee_words"] for c in o.lefts)]
        if not charges and (not trial or any(c.lemma_.lower() in self.lex.sports_words or c.dep_ == "compound"
                                             for c in trial[0].lefts)):
            return []  # "a time trial", "faces bank charges"; "is facing multiple charges", "to face fraud charges"
        source, source_tok = None, None
        if tok.lemma_.lower() == "put" and trial and not is_passive(tok):  # "Kenya will put X on trial" (round 19, X2)
            target, target_tok = self._held_party(objects(tok), HELD_KINDS)
            source, source_tok = self._held_party(subjects(tok), SECURITY | frozenset({"judiciary"}))
            if source is None or source == target:
                return []  # "the film puts the system on trial", "the book puts Churchill on trial": no state tries
        else:
            target, target_tok = self._held_party([s for s in subjects(tok) if s.dep_ == "nsubj" or (
                tok.dep_ == "xcomp" and s.head is not tok) or is_passive(tok)], HELD_KINDS)  # "X is expected to go
            # on trial": the raised X; "X was put on trial"
        if target is None:
            return []
        future = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in self.lex.intent_modals), None)
        if charges and tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in data["court_hosts"]:
            tok = tok.head  # "appeared in court to face fraud charges": the appearance tells the charges as faced
        return [Candidate("ACCUSE", None, source, target, tok, source_tok, target_tok, future)]  # a future host:
        # hypothetical

    def _on_leave(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"the officer was placed on administrative leave", "the department put two deputies on leave": COERCE
        restrict of the official by the "by" party or the subject, if a state's organ, else by no one named."""
        if not any(p.lemma_.lower() == "leave" for p in prep_objects(tok, frozenset({"on"}))):
            return []  # "placed on notice", "put on trial" (its own reading), "placed the blame on"
        if is_passive(tok):
            held, doers = [s for s in subjects(tok) if s.dep_ == "nsubjpass"], agents(tok)
        else:
            held, doers = objects(tok), subjects(tok)
        target, target_tok = self._held_party(held, HELD_KINDS)
        source, source_tok = self._held_party(doers, SECURITY | frozenset({"judiciary"})) if doers else (None, None)
        if target is None or target_tok is None or not self._held_person(target, target_tok, tok) or (
                doers and source is None) or source == target:
            return []  # "the plan was put on leave", "his wife placed him on leave"
        if (e := self.entry(target)) is not None and e.kind not in SECURITY | {"judiciary"} and not any(
                w.lemma_.lower() in data["sacked_contexts"] for s in held for w in s.subtree):
            return []  # "the teacher was put on leave": an employer's discipline, not a state's act on its official
        return [Candidate("COERCE", "restrict", source, target, tok, source_tok, target_tok)]


def _nearby(tok: Token, reporting: frozenset[str]) -> set[str]:
    """The lemmas of a word's sentence and the one before it (what the sentence is about, not the whole report), less
    those who tell it ("..., a government official said")."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    tellers = {w.i for t in tok.doc[start:sent.end] if t.lemma_.lower() in reporting
               for s in t.children if s.dep_ == "nsubj" for w in s.subtree}
    return {t.lemma_.lower() for t in tok.doc[start:sent.end] if t.i not in tellers}
