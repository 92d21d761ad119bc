"""Force told by its tool or hold ("used a Taser on X", "pepper-sprayed the crowd", "tackled the gunman", "took the
shooter down"), shots fired at a party by no one named ("shots were fired at two officers"), gunfire traded ("exchanged
gunfire with troopers") and a chase ("led police on a chase"): the acts of police reporting with no trigger verb of
their own; also a weapon aimed or drawn ("pointed a gun at the officer": THREATEN) and a police pursuit ("chased the
pair", "searched for the gunman": COERCE), round 18; a toll told with no doer ("ten people were dead", "a protester
died": ASSAULT) and people stopped or blocked by a security force (COERCE restrict), round 21. Words are data
(data/policing.yaml)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .policing import policing_data
from .readings import Candidate, Readings
from .syntax import FOR, TO, VERBAL, WH, WITH, agents, antecedent, is_passive, objects, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

ON = frozenset({"on", "against", "at"})
AIMED_AT = frozenset({"at", "on", "toward", "towards"})  # "pointed a gun at", "pulled a knife on"
FORCES = frozenset({"police", "military", "intelligence"})
PARTY_KINDS = frozenset({"person", "civilians", "police", "armed_group", "military", "government", "legislature"})
STOPPED_KINDS = frozenset({"person", "civilians", "political_party", "media"})  # people a force keeps from going on
BE = frozenset({"be", "remain"})
OF_FROM = frozenset({"of", "from"})


@lru_cache(maxsize=1)
def _force_lemmas() -> frozenset[str]:
    """Every verb lemma `ForceActs.force_act` reads (the cheap test before the sentence is searched for sport)."""
    data = policing_data()
    return (frozenset().union(*(data[k] for k in ("force_verbs", "spray_verbs", "use_verbs", "takedown_verbs",
                                                 "fire_verbs", "trade_verbs", "threat_verbs", "pursuit_verbs",
                                                 "stop_verbs", "force_verbs_out", "displace_verbs")))
                      | {"lead"})


def _nearby_lemmas(tok: Token) -> set[str]:
    """The lemmas of a word's sentence and of the one before it."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return {t.lemma_.lower() for t in tok.doc[start:sent.end]}


def _denied_violence(tok: Token, cues: set[str] | frozenset[str]) -> bool:
    """The toll's sentence denies a violent act ("our aircraft did not strike the market, adding that 12 people
    died"): whose dead they are is the disputed point, so no attack by no one on the speaker's people is told."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in cues and any(c.dep_ == "neg" for c in t.children)
               for t in tok.sent)


class ForceActs(Readings):
    """Mixed into `PoliceActs`: `force_act(tok)` reads a verb for one of the force shapes."""

    def force_act(self, tok: Token) -> list[Candidate]:
        """The force a verb tells with its tool, hold, shots, traded gunfire or chase; [] for any other verb."""
        data = policing_data()
        lemma = tok.lemma_.lower()
        if tok.pos_ not in VERBAL or tok.dep_ == "amod" or lemma not in _force_lemmas() \
                or any(t.lemma_.lower() in self.lex.sports_words for t in tok.sent):
            return []  # "the linebacker tackled the quarterback": a game
        if lemma in data["force_verbs"] or (lemma in data["spray_verbs"] and self._sprayed(tok, data)):
            return self._forced(tok, "beat" if lemma == "tackle" else None)
        if lemma in data["use_verbs"] and any(o.lemma_.lower() in data["force_tools"] or any(
                c.lemma_.lower() in data["force_tools"] for c in o.lefts) for o in objects(tok)):
            return self._forced(tok, None, ON)  # "used a Taser on him", "deployed pepper spray against"
        if lemma in data["takedown_verbs"] and (any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) or any(
                p.lemma_.lower() == "ground" for p in prep_objects(tok, TO))):
            return self._forced(tok, "beat")  # "took the shooter down", "wrestled him to the ground"
        if lemma in data["threat_verbs"] and (threat := self._weapon_threat(tok, data)):
            return threat  # "pointed a gun at the officer", "pulled a pistol from his waistband"
        if lemma in data["fire_verbs"] and is_passive(tok) and not agents(tok) and any(
                s.lemma_.lower() in data["shot_nouns"] for s in subjects(tok)):
            return self._shots_at(tok)  # "shots were fired at two officers"
        if lemma in data["trade_verbs"] and any(o.lemma_.lower() in data["shot_nouns"] for o in objects(tok)):
            return self._traded(tok)  # "exchanged gunfire with troopers"
        if lemma in data["pursuit_verbs"] and (pursuit := self._pursuit(tok, data)):
            return pursuit  # "police chased the pair", "deputies searched for the gunman"
        if lemma == "lead" and any(p.lemma_.lower() in data["chase_nouns"] for p in prep_objects(tok, frozenset({"on"}))):
            return self._chased(tok)  # "led police on a chase"
        if lemma in data["stop_verbs"]:
            return self._stopped(tok)  # "police blocked the marchers", "were stopped by police"
        if lemma in data["displace_verbs"] or (lemma in data["force_verbs_out"] and any(
                x.dep_ == "xcomp" and x.lemma_.lower() in data["flee_verbs"] for x in tok.children)):
            return self._driven_out(tok, data)  # "the fighting forced thousands to flee", "were displaced"
        return []

    def _driven_out(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"the fighting has forced thousands to flee", "were forced to leave their homes", "were displaced by the
        clashes", "the militia displaced the villagers": COERCE deport of the people driven out, by the armed party
        that drove them, or by no one named when fighting did (a storm or prices drive no one out here)."""
        if is_passive(tok):
            doers, done = agents(tok), [s for s in subjects(tok) if s.dep_ == "nsubjpass"]
        else:
            doers, done = subjects(tok), objects(tok)
        target, target_tok = self._force_party(done)
        if target is None:  # "forced thousands to flee": counted people are the place's civilians
            target_tok = next((d for d in done if d.pos_ == "NUM" or d.lemma_.lower() in self.lex.partitive), None)
            target = self.generic_actor(target_tok, "CVL") if target_tok is not None else None
        if target is None or target_tok is None or (t := self.entry(target)) is None \
                or t.kind not in ("civilians", "person"):
            return []  # "forced the government to flee" is another story; "displaced the ball"
        violent = [d for d in doers if d.lemma_.lower() in data["violence_nouns_out"]]
        source, source_tok = (None, None) if violent or not doers else self._force_party(doers)
        if doers and not violent and (source is None or (e := self.entry(source)) is None
                                      or e.kind not in FORCES | {"armed_group", "state", "government"}):
            return []  # "rising prices forced families to leave", "the storm displaced thousands"
        if not doers and not _nearby_lemmas(tok) & (data["violence_nouns_out"] | data["toll_cues"]):
            return []  # "were forced to leave the stadium early": no violence told
        if source == target:
            return []
        return [Candidate("COERCE", "deport", source, target, tok, source_tok, target_tok)]

    def toll(self, tok: Token) -> list[Candidate]:
        """"ten people were dead", "about 20 officers were hurt", "a fifth protester had died": an attack on the dead or
        hurt by no one named, in a report of violence (not "died of cancer", nor a sentence with no word of violence
        in it or the one before)."""
        data = policing_data()
        lemma = tok.lemma_.lower()
        if lemma in data["toll_verbs"] and tok.pos_ == "VERB" and not is_passive(tok):
            held = [s for s in subjects(tok) if s.dep_ == "nsubj"]
            if any(p.lemma_.lower() not in data["toll_causes"] for p in prep_objects(tok, OF_FROM)):
                return []  # "died of cancer", "died from a heart attack"
        elif lemma in data["toll_words"] and (
                (tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_.lower() in BE)
                or (tok.pos_ == "VERB" and is_passive(tok) and not agents(tok))):
            held = [s for s in subjects(tok.head if tok.pos_ == "ADJ" else tok) if s.dep_ in ("nsubj", "nsubjpass")]
        else:
            return []
        if not held or any(s.pos_ == "PRON" for s in held) or self._spared_toll(tok, held) \
                or not _nearby_lemmas(tok) & data["toll_cues"] or _denied_violence(tok, data["toll_cues"]):
            return []  # "it was dead", "nobody was hurt", "the king died in 1990"; a denial's toll is disputed
        target, target_tok = self._force_party(held)
        if target is None or target_tok is None or target_tok.pos_ != "NOUN" or target_tok not in held or not (
                target_tok.tag_ == "NNS" or any(c.dep_ == "nummod" or c.ent_type_ == "ORDINAL" for c in target_tok.lefts)):
            return []  # "Deputy Garafola died as a hero", "the man died": a death told again; a toll counts its dead
        return [Candidate("ASSAULT", None, None, target, tok, None, target_tok)]

    def _spared_toll(self, tok: Token, held: list[Token]) -> bool:
        """"nobody was hurt", "no one died", "were not hurt": no toll (the polarity stage would print it negated)."""
        return any(s.lower_ in ("nobody", "none", "noone") or any(c.lower_ in ("no", "none") for c in s.lefts)
                   for s in held) or any(c.dep_ == "neg" for c in (tok, tok.head) for c in c.children)

    def _stopped(self, tok: Token) -> list[Candidate]:
        """"police blocked the candidate from reaching the rally", "they were stopped by police", "troops blocked the
        marchers": COERCE restrict of people by a security force (a road, a bill or a sale blocked is another rule's)."""
        if is_passive(tok):
            doers, done = agents(tok), [s for s in subjects(tok) if s.dep_ == "nsubjpass"]
        else:
            doers, done = [(antecedent(s) or s) if s.tag_ in WH else s for s in subjects(tok)], objects(tok)
        source, source_tok = self._force_party(doers)
        if source is None or (e := self.entry(source)) is None or e.kind not in FORCES:
            return []  # "the senator blocked the nominee", "rain stopped the match"
        target, target_tok = self._force_party(done)
        if target is None or target == source or target_tok is None or (t := self.entry(target)) is None \
                or t.kind not in STOPPED_KINDS or target_tok.lemma_.lower() in self.lex.instruments:
            return []  # "police stopped the car", "soldiers blocked the road", "troops halted the rebels' advance"
        return [Candidate("COERCE", "restrict", source, target, tok, source_tok, target_tok)]

    @staticmethod
    def _sprayed(tok: Token, data: dict[str, frozenset[str]]) -> bool:
        """"pepper-sprayed the crowd", "sprayed him with pepper spray / mace" (not "sprayed the crops")."""
        return any(c.lower_ in data["force_tools"] for c in tok.lefts if c.dep_ in ("npadvmod", "compound", "advmod")) \
            or any(p.lemma_.lower() in data["force_tools"] or any(c.lemma_.lower() in data["force_tools"]
                   for c in p.lefts) for p in prep_objects(tok, WITH))

    def _force_party(self, toks: list[Token]) -> tuple[str | None, Token | None]:
        """The first of `toks` that is a party (a person, civilians, a force), not a thing ("took down the drone")."""
        for aid, t in self._actors(toks):
            e = self.entry(aid)
            if aid is not None and t is not None and e is not None and e.kind in PARTY_KINDS \
                    and t.lemma_.lower() not in self.lex.instruments:
                return aid, t
        return None, None

    def _forced(self, tok: Token, mode: str | None, preps: frozenset[str] = frozenset()) -> list[Candidate]:
        """Who used force on whom: the subject on the object (or on the `preps` object: "used a Taser on X"); in the
        passive the agent on the subject ("was tackled by a guard")."""
        if is_passive(tok):
            doers, done = agents(tok), subjects(tok)
        else:
            doers, done = subjects(tok), (prep_objects(tok, preps) if preps else objects(tok))
        target, target_tok = self._force_party(done)
        if target is None:
            return []  # "tackled the problem", "took down the flag", "used a Taser on the dog"
        source, source_tok = self._force_party(doers) if doers else (None, None)
        if source == target:
            return []
        return [Candidate("ASSAULT", mode, source, target, tok, source_tok, target_tok)]

    def repressed(self, c: Candidate) -> Candidate:
        """A crowd-control tool fired at someone ("fired tear gas at protesters", "used pepper spray on him") is force
        without gunfire: the attack keeps its type (as round 15 codes tear gas fired at protesters) and drops the
        firearms mode."""
        data = policing_data()
        if c.type != "ASSAULT" or c.mode != "firearms" or not any(
                o.lemma_.lower() in data["force_tools"] or any(m.lemma_.lower() in data["force_tools"]
                                                               for m in o.lefts if m.dep_ in ("compound", "amod"))
                for o in objects(c.trigger)):
            return c
        return Candidate("ASSAULT", None, c.source, c.target, c.trigger, c.source_tok, c.target_tok, c.host)

    def _shots_at(self, tok: Token) -> list[Candidate]:
        """"shots were fired at two officers": an attack on them by no one named (the car or house fired at is
        where the shots went, no party)."""
        target, target_tok = self._force_party(prep_objects(tok, ON | frozenset({"toward", "towards", "into"})))
        if target is None:
            return []
        return [Candidate("ASSAULT", "firearms", None, target, tok, None, target_tok)]

    def _traded(self, tok: Token) -> list[Candidate]:
        """"the suspect exchanged gunfire with troopers": the subject fired on the "with" party (as "exchanged fire")."""
        source, source_tok = self._force_party(subjects(tok))
        target, target_tok = self._force_party([*prep_objects(tok, WITH), *(p for o in objects(tok) for p in prep_objects(o, WITH))])
        if source_tok is not None and (e := self.entry(source)) is not None and e.kind == "civilians":
            source = self.generic_actor(source_tok, "UAG") or source  # "the driver exchanged gunfire": an armed man
        if target is None or source == target:
            return []
        return [Candidate("ASSAULT", "firearms", source, target, tok, source_tok, target_tok)]

    def _chased(self, tok: Token) -> list[Candidate]:
        """"the driver led police on a chase": the police pursued the driver (COERCE)."""
        police, police_tok = self._force_party(objects(tok))
        fled, fled_tok = self._force_party(subjects(tok))
        e = self.entry(police)
        if police is None or fled is None or e is None or e.kind != "police" or police == fled:
            return []  # "led the team on a tour"
        return [Candidate("COERCE", None, police, fled, tok, police_tok, fled_tok)]

    def _weapon_threat(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"pointed a gun at the officer", "aimed a rifle at him", "pointed his pistol at the officer's dog": THREATEN
        of the one aimed at; "pulled (out) a gun", "drew a knife", aimed at no one, threatens the police the sentence
        names (the confrontation it reports). A film, a game, a drill or a toy is none; the police drawing is theirs."""
        weapons = [o for o in objects(tok) if o.lemma_.lower() in data["threat_weapons"]
                   or (o.lemma_.lower() in data["threat_objects"] and not any(c.dep_ == "prep" for c in o.children))]
        if is_passive(tok) or not weapons or any(t.lemma_.lower() in data["play_words"] for t in tok.sent) or any(
                c.lemma_.lower() in data["toy_marks"] for w in weapons for c in w.lefts):
            return []  # "pointed the camera at", "the actor drew a pistol in the scene", "a water pistol"
        doers = [(antecedent(s) or s) if s.tag_ in WH else s for s in subjects(tok)]
        source, source_tok = self._force_party(doers)
        if source is None:  # "the youngster pulled a gun": a person of no kind the dictionary lists, a civilian
            source_tok = next((d for d in doers if d.pos_ == "NOUN" and d.lemma_.lower() in data["threat_people"]), None)
            source = self.generic_actor(source_tok, "CVL") if source_tok is not None else None
        if source is None or source_tok is None:
            return []  # "the statue points a sword at the sky"
        aims = prep_objects(tok, AIMED_AT) + [p for w in weapons for p in prep_objects(w, AIMED_AT)]
        target, target_tok = self._aimed_party(aims, source, tok, data) if aims else (None, None)
        if target is None and not aims and tok.lemma_.lower() in data["drawn_verbs"] and source_tok.pos_ != "PRON" \
                and all(w.lemma_.lower() in data["threat_weapons"] for w in weapons):  # "he pulled": whose, unsure
            target, target_tok = self._sentence_police(tok, source)
        if (e := self.entry(source)) is not None and e.kind == "civilians" and (t := self.entry(target)) is not None \
                and t.kind == "civilians":
            armed = self.generic_actor(source_tok, "UAG")  # "a man pointing a gun at people": an armed man
            source = armed if armed and armed != target else source
        if target is None or target == source:
            return []  # "pointed his gun at the sky", "the officer drew his weapon"
        return [Candidate("THREATEN", None, source, target, tok, source_tok, target_tok)]

    def _aimed_party(self, aims: list[Token], source: str, tok: Token,
                     data: dict[str, frozenset[str]]) -> tuple[str | None, Token | None]:
        """The party a weapon is aimed at: the "at" object, a police dog's officer ("at the officer's dog", "at an
        officer and police dog" as misparsed), and for a pronoun naming the aimer himself the one named before it
        in the sentence ("swore at the officer and pointed the gun at him")."""
        heads: list[Token] = []
        animals = [a for a in aims if a.lemma_.lower() in data["police_animals"] or any(
            c.lemma_.lower() in data["police_animals"] for c in a.lefts if c.dep_ in ("amod", "compound"))]
        for a in aims:
            heads.append(a)
            if a in animals:  # "at the officer's canine partner", "at an officer and police dog" (misparsed)
                heads.extend(c for c in a.lefts if c.dep_ in ("poss", "nmod", "compound") and c.pos_ in ("NOUN", "PROPN"))
        target, target_tok = self._force_party(heads)
        if target is None:  # "at the approaching officers": the police of the report
            target_tok = next((h for h in heads if h.lemma_.lower() in data["police_nouns"] and h.pos_ == "NOUN"), None)
            target = self.generic_actor(target_tok, "POL") if target_tok is not None else None
        if target is None and any(c.lemma_.lower() == "police" for a in animals for c in a.lefts):
            return self._sentence_police(tok, source)  # "at a police dog": the police's
        if (target is None or target == source) and any(a.pos_ == "PRON" for a in aims):
            before = [t for t in tok.sent if t.i < tok.i and t.dep_ in ("pobj", "dobj") and t.pos_ in ("NOUN", "PROPN")]
            for t in reversed(before):
                aid, at = self._force_party([t])
                if aid is not None and aid != source:
                    return aid, at
        return target, target_tok

    def _sentence_police(self, tok: Token, source: str) -> tuple[str | None, Token | None]:
        """The police a sentence names besides the one who drew ("police shot a boy who pulled a gun"), if any."""
        words = policing_data()["police_nouns"]
        for t in tok.sent:
            if t.lemma_.lower() in words and t.pos_ in ("NOUN", "PROPN") and t.i != tok.i \
                    and t.head.lemma_.lower() not in self.lex.reporting_verbs:  # "..., police said" tells, no party
                aid, at = self._force_party([t])
                if aid is not None and aid != source and (e := self.entry(aid)) is not None and e.kind == "police":
                    return aid, at
        return None, None

    def _pursuit(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Candidate]:
        """"police chased the pair into an alley", "deputies are working to locate the shooter", "officers searched for
        the suspects": COERCE of the pursued by a security force; a search or hunt only for a suspect or an armed
        party ("searched for the missing hikers" is a rescue, "searched the house" names no one)."""
        lemma = tok.lemma_.lower()
        if is_passive(tok):
            return []
        sought = prep_objects(tok, FOR) if lemma in data["search_verbs"] else objects(tok)
        source, source_tok = self._force_party(subjects(tok))
        if source is None or (e := self.entry(source)) is None or e.kind not in FORCES:
            return []  # "the dog chased the cat", "rescuers searched for the hikers"
        target, target_tok = self._force_party(sought)
        if target is None or target == source or target_tok is None or target_tok.pos_ == "PRON":
            return []
        t = self.entry(target)
        armed = t is not None and t.kind == "armed_group"
        wanted = target_tok.lemma_.lower() in data["wanted_nouns"] or armed
        if (lemma not in data["chase_verbs"] and not wanted) or (e.kind != "police" and not armed):
            return []  # "police searched for the missing boy", "troops located the survivors", "soldiers chased a man"
        if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in data["effort_hosts"]:
            tok = tok.head  # "are working to locate the shooter": the search is under way, not intended
        return [Candidate("COERCE", None, source, target, tok, source_tok, target_tok)]
