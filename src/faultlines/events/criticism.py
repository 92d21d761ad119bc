"""Criticism named by a figure of speech, with no verb of accusing ("took aim at X", "hit back at X", "had harsh
words for X") and attacks in words ("the minister came under fire from the opposition"): ACCUSE, in the speaker's
voice and under the verb's polarity. Idioms are data (data/criticism.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from ..actors.regions import SCORE  # a match's score
from ..datafile import data_file, word_list
from .deeds import deed_data
from .diplomacy_data import placed_vote, protested
from .polarity import polarity
from .pronouns import CONCERNED
from .reproach import Reproaches
from .syntax import OF, VERBAL, agents, is_passive, prep_objects, subjects
from .verdicts import Verdicts, called_false, named_as
from .violence_nouns import violence_nouns, violence_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Rule
    from .readings import Candidate

IDIOM_KEYS = frozenset({"version", "idioms", "under", "spoken_targets", "rejecting_blows", "stances", "claims",
                        "falsities", "moves", "reproaches", "excuses", "shares", "advising", "daring",
                        "naming", "epithets", "culpable", "wrongs", "norms", "breached", "misdeeds",
                        "objections"})
RULE_KEYS = frozenset({"verb", "particle", "object", "mods", "preps", "type", "target", "literal", "spoken"})
UNDER_KEYS = frozenset({"nouns", "verbs", "speakers"})
TYPES = frozenset({"ACCUSE", "REJECT"})
ARMED = frozenset({"military", "armed_group", "police", "intelligence"})
ATTACKS = frozenset({"attack", "assault", "onslaught", "broadside", "offensive"})
AIMED = frozenset({"on", "against", "toward", "towards", "upon"})
STANCE_PREPS = frozenset({"of", "about", "toward", "towards", "with", "at", "over"})
OWNED_BY = frozenset({"by", "from"})
PLANNED = frozenset({"proposed", "planned", "mooted"})
IN_WORDS = frozenset({"in"})  # "hit back at India in a statement"
SAYING = frozenset({"advcl", "conj", "ccomp", "xcomp"})  # "hit back at India, saying ..."
OBJECTED = frozenset({"to", "against"})  # "objections to the plan"
PRIVATE = frozenset({"civilians"})  # objections in court or at home: no party's
EXPRESSING = frozenset({"raise", "voice", "express", "lodge", "file", "register", "state", "reiterate"})


@dataclass(frozen=True)
class Idiom:
    """"X <verb> [<particle>] [<object>] <prep> Y": X criticises (or turns down) Y."""

    verb: str
    preps: frozenset[str]
    particle: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    mods: frozenset[str] = frozenset()
    type: str = "ACCUSE"
    on_object: bool = False  # the target is the direct object or its owner ("brushed aside Washington's concerns")
    each: bool = False  # the parties (subjects and "with" objects) each criticise the other ("traded accusations")
    literal: bool = False  # the verb also names a blow of arms ("hit back at"): it needs a words cue
    spoken: bool = False  # the verb names only words ("swore at"): its target may be armed ("swore at the officer")


@dataclass(frozen=True)
class CriticismData:
    """The idioms by verb lemma, the words of "came under fire from X", and the words of stances and rebuttals."""

    idioms: dict[str, tuple[Idiom, ...]]
    under_nouns: frozenset[str]
    under_verbs: frozenset[str]
    speakers: frozenset[str]
    spoken_targets: frozenset[str]
    rejecting_blows: frozenset[str]
    stances: dict[str, str]
    claims: frozenset[str]
    falsities: frozenset[str]
    moves: frozenset[str]
    reproaches: frozenset[str] = frozenset()
    excuses: frozenset[str] = frozenset()
    shares: frozenset[str] = frozenset()
    advising: frozenset[str] = frozenset()
    daring: frozenset[str] = frozenset()
    naming: frozenset[str] = frozenset()
    epithets: frozenset[str] = frozenset()
    culpable: frozenset[str] = frozenset()
    wrongs: frozenset[str] = frozenset()
    norms: frozenset[str] = frozenset()
    breached: frozenset[str] = frozenset()
    misdeeds: frozenset[str] = frozenset()
    objections: frozenset[str] = frozenset()


def _idiom(r: dict[str, Any]) -> Idiom:
    if set(r) - RULE_KEYS or "verb" not in r or "preps" not in r or r.get("type", "ACCUSE") not in TYPES \
            or r.get("target", "prep") not in ("prep", "object", "each"):
        raise ValueError(f"criticism.yaml: bad idiom {r!r}")
    return Idiom(str(r["verb"]), word_list(r, "preps"), word_list(r, "particle"), word_list(r, "object"), word_list(r, "mods"),
                 str(r.get("type", "ACCUSE")), r.get("target") == "object", r.get("target") == "each",
                 bool(r.get("literal", False)), bool(r.get("spoken", False)))


@lru_cache(maxsize=1)
def criticism_data() -> CriticismData:
    """data/criticism.yaml, checked for unknown keys by name."""
    raw = data_file("criticism.yaml")
    if set(raw) - IDIOM_KEYS:
        raise ValueError(f"criticism.yaml: unknown keys {sorted(set(raw) - IDIOM_KEYS)}")
    idioms: dict[str, list[Idiom]] = {}
    for r in raw.get("idioms") or ():
        i = _idiom(r)
        idioms.setdefault(i.verb, []).append(i)
    under = raw.get("under") or {}
    stances = raw.get("stances") or {}
    if set(under) - UNDER_KEYS or set(stances) - TYPES:
        raise ValueError("criticism.yaml: unknown 'under' or 'stances' keys")
    return CriticismData({k: tuple(v) for k, v in idioms.items()}, word_list(under, "nouns"), word_list(under, "verbs"),
                         word_list(under, "speakers"), word_list(raw, "spoken_targets"), word_list(raw, "rejecting_blows"),
                         {str(w).lower(): t for t, ws in stances.items() for w in ws}, word_list(raw, "claims"),
                         word_list(raw, "falsities"), word_list(raw, "moves"), word_list(raw, "reproaches"),
                         word_list(raw, "excuses"), word_list(raw, "shares"), word_list(raw, "advising"),
                         word_list(raw, "daring"), word_list(raw, "naming"), word_list(raw, "epithets"),
                         word_list(raw, "culpable"), word_list(raw, "wrongs"),
                         word_list(raw, "norms"), word_list(raw, "breached"), word_list(raw, "misdeeds"),
                         objections=word_list(raw, "objections"))


@lru_cache(maxsize=1)
def idiom_verbs() -> frozenset[str]:
    """Verb lemmas that may carry an idiom of criticism (the coder reads a sentence with one of them)."""
    return frozenset(criticism_data().idioms)


@lru_cache(maxsize=1)
def idiom_nouns() -> frozenset[str]:
    """Objects of idioms that need an adjective ("harsh words"): with an owner they criticise on their own ("X's harsh
    words for Y")."""
    return frozenset(o for rules in criticism_data().idioms.values() for i in rules if i.mods for o in i.object)


@lru_cache(maxsize=1)
def idiom_words() -> frozenset[str]:
    """Every word that may start a reading of this module: a sentence without one is not read for it."""
    data = criticism_data()
    return idiom_verbs() | idiom_nouns() | frozenset(data.stances) | data.under_nouns | data.falsities | data.reproaches \
        | data.excuses | data.shares | data.advising | data.daring | data.naming | data.wrongs | {"hold"} \
        | data.objections \
        | violence_words() | frozenset(deed_data().deeds)


def _to_blame(v: Token) -> bool:
    """"X is to blame": "blame" as the infinitive of "be", whose subject is the one blamed."""
    return v.dep_ == "xcomp" and v.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _fits(v: Token, i: Idiom) -> list[Token]:
    """The tokens an idiom's prepositions may hang on (the verb, its particle, its object), or [] if it does not fit."""
    prts = [c for c in v.children if c.dep_ in ("prt", "advmod") and c.lower_ in i.particle]
    if i.particle and not prts:
        return []
    objs = [c for c in v.children if c.dep_ == "dobj" and (not i.object or c.lemma_.lower() in i.object)
            and (not i.mods or any(m.dep_ == "amod" and m.lower_ in i.mods for m in c.children))]
    if (i.object or i.on_object) and not objs:
        return []
    if not i.object and not i.on_object and any(c.dep_ == "dobj" for c in v.children):
        return []  # "rounded on" has no object; "rounded the corner on Friday" is no criticism
    return [v, *prts, *objs]


def _shut(v: Token, data: CriticismData) -> bool:
    """A rebuttal idiom fits the verb and no criticising one does ("slammed the door on"): the verb's own sense of
    criticism ("slammed X") is not what it says."""
    rules = data.idioms.get(v.lemma_.lower(), ()) if v.pos_ in VERBAL else ()
    return any(i.type == "REJECT" and i.object and _fits(v, i) for i in rules) and not any(
        i.type == "ACCUSE" and _fits(v, i) for i in rules)


class CriticismIdioms(Reproaches, Verdicts):
    """Figures of speech of criticism, and words that attack ("under fire from the opposition")."""

    def criticism(self, tok: Token) -> list[Candidate]:
        """Every reading of this module that starts at `tok` (the coder asks for each token of a sentence)."""
        data = criticism_data()
        lemma = tok.lemma_.lower()
        out = self.idiom(tok) if lemma in data.idioms else []
        if lemma in idiom_nouns() and tok.pos_ == "NOUN":
            out += self.owned_words(tok)
        if tok.dep_ == "pobj" and tok.head.lower_ == "under":
            out += self.under_fire(tok)
        if lemma in data.stances or tok.lower_ in data.stances:  # "is frustrated with": a passive "frustrate"
            out += self.stance(tok)
        if lemma in data.falsities:
            out += self.rebuttal(tok)
        if lemma == "blame" and _to_blame(tok):
            out += self.to_blame(tok)
        if lemma in data.reproaches:
            out += self.shameful(tok, data.reproaches)  # reproach.py: "it is shameful for X to say"
        if lemma in data.objections and tok.pos_ == "NOUN":
            out += self.objection(tok)  # "objections voiced by X", "over the objections of X"
        if lemma in data.excuses:
            out += self.unjustified(tok, data.excuses)
        if lemma in data.shares:
            out += self.refused_part(tok, data.shares)
        if lemma in data.advising:
            out += self.advised(tok, data.advising)
        if lemma in data.daring:
            out += self.dared(tok, data.daring)
        if lemma in data.wrongs:
            out += self.said_wrong(tok, data.wrongs, data.breached)  # reproach.py: "Seoul says the North's jamming violates ..."
        if lemma in data.naming or lemma == "hold":
            out += self.verdict(tok)  # verdicts.py: "called X's claims fabricated", "held X responsible"
        if lemma == "be" and tok.dep_ == "ccomp":
            out += self.cleft_blame(tok)  # reproach.py: "said it was the army who attacked first"
            out += self.judged(tok, data.misdeeds | data.epithets, data.reproaches)  # "said X's move was a provocation"
        if lemma in deed_data().deeds:
            out += self.loaded_deed(tok)  # reproach.py: "condemned Serbia's act of aggression"
        if lemma in violence_words():
            out += self.violence(tok)  # violence_nouns.py: "the violence against police", "at the hands of"
        return out

    def to_blame(self, v: Token) -> list[Candidate]:
        """"The Kremlin said Ukraine was to blame for the crash": the speaker blames Ukraine (the author saying it
        names no accuser)."""
        be, said = v.head, v.head.head
        if be.dep_ != "ccomp" or not self._asserts(said) \
                or any(c.dep_ == "neg" for c in (*be.children, *v.children)):
            return []  # "said Ukraine was not to blame" accuses no one
        out = self._pairs("ACCUSE", None, said, subjects(said), subjects(be), True, said)
        return [c for c in out if c.source is not None and c.target is not None]

    def _asserts(self, said: Token) -> bool:
        """A verb of saying that asserts its clause: "denied that Ukraine was to blame" blames no one."""
        lemma = said.lemma_.lower()
        return lemma in self.lex.reporting_verbs and lemma not in self.lex.denial_verbs | self.lex.dismissive_verbs

    def _in_words(self, v: Token, i: Idiom, tgts: list[Token]) -> bool:
        """A words cue for a verb that also names a blow of arms: a thing said as its target ("hit back at India's
        remarks"), a verb of saying on it ("..., saying"), or "in a statement" (else the speaker's kind must speak)."""
        data = criticism_data()
        said = data.spoken_targets | data.claims
        return not i.literal or any(t.lemma_.lower() in said or any(  # "the proposed wall": a plan, not a wall
            a.lower_ in PLANNED for a in t.children if a.dep_ == "amod") for t in tgts) or any(
            c.dep_ in SAYING and self._asserts(c) for c in v.children) or any(
            p.lemma_.lower() in said for p in prep_objects(v, IN_WORDS))

    def idiom(self, v: Token) -> list[Candidate]:
        """"X took aim at Y", "X hit back at Y", "X brushed aside Y's concerns": X ACCUSE (REJECT) Y, both actors."""
        data = criticism_data()
        own = frozenset(p for i in data.idioms.get(v.lemma_.lower(), ()) for p in i.preps)
        if v.pos_ not in VERBAL or is_passive(v) or self._sporting(v) or self._violent(v, own):
            return []
        for i in data.idioms.get(v.lemma_.lower(), ()):
            hosts = _fits(v, i)
            if i.on_object and i.preps and not prep_objects(v, i.preps):
                continue  # "called out X for his silence"; "called out the National Guard" calls troops
            tgts = [o for o in hosts[1:] if o.dep_ == "dobj"] if i.on_object else [
                p for h in hosts for p in prep_objects(h, i.preps)]
            srcs = subjects(v)
            if i.each and hosts:  # "India and Pakistan traded accusations", "India traded barbs with Pakistan"
                srcs = tgts = srcs + tgts
            if not tgts:
                continue
            if any(t.lemma_.lower() in data.moves for t in tgts):
                return []  # "pushed back against Russian advances": a fight
            cued = self._in_words(v, i, tgts)  # a bare "Russia hit back at Ukraine" may be a blow
            tgts = [o for t in tgts for o in self._act_owners(t, i.type)]
            out = self._pairs(i.type, None, v, srcs, tgts, True, v)
            return [c for c in out if c.source is not None and c.target is not None
                    and (i.spoken or not self._armed(c.target))
                    and (cued or self._speaks(c.source))
                    and not (c.target_tok is not None and self.town(c.target_tok))]  # "hit back at Gaza": a place
        return []

    def stance(self, a: Token) -> list[Candidate]:
        """"Brazil has been critical of Argentina's policy" (ACCUSE), "was dismissive of the French offer" (REJECT)."""
        stances = criticism_data().stances
        type_ = stances.get(a.lemma_.lower()) or stances.get(a.lower_)
        felt = a.tag_ == "VBN" and a.pos_ == "VERB" and is_passive(a)  # "Serbia is frustrated with Kosovo"
        named = a.dep_ == "attr" and a.pos_ == "NOUN" and a.tag_ == "NN"  # "has been a fierce critic of X"
        if type_ is None or not (felt or (a.dep_ in ("acomp", "attr") and a.head.pos_ in VERBAL)) \
                or (a.dep_ == "attr" and not named):
            return []
        host = a if felt else a.head
        said = prep_objects(a, STANCE_PREPS) + (agents(a) if felt else [])  # "was angered by Kenya's remarks"
        tgts = [o for t in said for o in self._act_owners(t, type_)]
        out = self._pairs(type_, None, host, subjects(host), tgts, True, host)  # "has not been critical"
        return [c for c in out if c.source is not None and c.target is not None]

    def objection(self, n: Token) -> list[Candidate]:
        """"Kerry sought to address objections voiced by Netanyahu", "ruled over the objections of Israeli officials",
        "Russia's objections to NATO's expansion": the one who objects REJECTs the owner of what it objects to, or no one
        named; "raised no objection" is none, and an objection of no party named (a lawyer's in court) is none."""
        if any(c.lower_ in ("no", "without") for c in (*n.children, n.head)):
            return []
        owners = [c for c in n.children if c.dep_ == "poss"]
        owners += [o for o in prep_objects(n, OF) if self.np_actor(o) is not None]  # "the objections of X"
        owners += [a for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in agents(c)]  # "voiced by X"
        if n.dep_ == "dobj" and n.head.pos_ in VERBAL and n.head.lemma_.lower() in EXPRESSING:  # "Russia raised
            owners += subjects(n.head)  # objections to X"
        tgts = [o for t in prep_objects(n, OBJECTED) for o in self._act_owners(t, "REJECT")]
        host = n.head if n.head.pos_ in VERBAL else None
        if polarity(n, self.lex, host) == "hypothetical":
            return []  # "sought to address objections voiced by X": the objection is made, but the coder would tell it
            # as the seeking's (a wrong polarity is worse than none)
        out = self._pairs("REJECT", None, n, owners, tgts, False, host)
        return [c for c in out if c.source is not None and c.source != c.target
                and (e := self.entry(c.source)) is not None and e.kind not in PRIVATE]  # "the lawyer's objection"

    def rebuttal(self, p: Token) -> list[Candidate]:
        """"Moscow said the British accusations were baseless": the speaker REJECTs the claim's owner; a claim said
        not to be false, or owned by no one named, is none."""
        data = criticism_data()
        be, said = p.head, p.head.head
        if p.lemma_.lower() not in data.falsities or p.dep_ not in ("acomp", "attr") or be.lemma_ != "be" \
                or be.dep_ != "ccomp" or not self._asserts(said) \
                or any(c.dep_ == "neg" for c in (*be.children, *p.children)):
            return []
        claims = [c for c in be.children if c.dep_ == "nsubj" and c.lemma_.lower() in data.claims]
        owners = [o for c in claims for o in prep_objects(c, OWNED_BY) or self._act_owners(c, "REJECT")]
        out = self._pairs("REJECT", None, said, subjects(said), owners, True, said)  # the speaker's act, as told
        return [c for c in out if c.source is not None and c.target is not None]

    def owned_words(self, n: Token) -> list[Candidate]:
        """"Erdogan's harsh words for the Dutch government": the owner criticises the "for" party."""
        owners = [c for c in n.children if c.dep_ == "poss"]
        for i in (i for rules in criticism_data().idioms.values() for i in rules if i.mods and n.lemma_.lower() in i.object):
            if not owners or not any(m.dep_ == "amod" and m.lower_ in i.mods for m in n.children):
                return []
            tgts = [o for t in prep_objects(n, i.preps) for o in self._act_owners(t, "ACCUSE")]
            out = self._pairs("ACCUSE", None, n, owners, tgts, True, n.head if n.head.pos_ in VERBAL else None)
            return [c for c in out if c.source is not None and c.target is not None]
        return []

    def under_fire(self, n: Token) -> list[Candidate]:
        """"the minister came under fire from the opposition": the "from" party's words accuse the subject, when that
        party is of a speaking kind; "came under fire from rebels", an armed party, is an attack with firearms."""
        data = criticism_data()
        v = n.head.head
        if n.pos_ != "NOUN" or n.lemma_.lower() not in data.under_nouns or n.dep_ != "pobj" \
                or n.head.lower_ != "under" or v.pos_ not in VERBAL or v.lemma_.lower() not in data.under_verbs:
            return []
        if any(c.dep_ in ("compound", "amod") for c in n.children):
            return []  # "under heavy fire", "under rocket attack": weapons, not words
        critics = prep_objects(n, frozenset({"from"})) + prep_objects(v, frozenset({"from"}))
        out = self._pairs("ACCUSE", None, n, critics, subjects(v), True, v)
        shot = [replace(c, type="ASSAULT", mode="firearms") for c in out if n.lemma_.lower() == "fire"
                and c.source is not None and self._armed(c.source)]  # "came under fire from Boko Haram"
        return shot or [c for c in out if c.source is not None and self._speaks(c.source) and not self._armed(c.target)]

    def _sporting(self, v: Token) -> bool:
        """"Uganda hit back at Kenya 2-1": a score or a sports noun in the sentence makes it a match (the coder's
        sports-result test reads it too)."""
        return SCORE.search(v.sent.text) is not None or any(
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in self.lex.sports_words for t in v.sent)

    @cached_property
    def _attack_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The nouns (with the military moves of criticism.yaml) and the verbs of the lexicon's attacks, built once."""
        def assault(rules: dict[str, tuple[Rule, ...]]) -> frozenset[str]:
            return frozenset(w for w, rs in rules.items() if any(r.type == "ASSAULT" for r in rs))
        return assault(self.lex.nouns) | criticism_data().moves, assault(self.lex.verbs)

    def _violent(self, v: Token, own: frozenset[str] = frozenset()) -> bool:
        """"Israel hit back at Hamas with air strikes", "hit back at Ukraine, killing five": a weapon, an attack noun
        or verb (other than the idiom's own) in the sentence, or a "with" on the verb, makes a figure of speech
        literal (unless "with" is the idiom's own: "disagreed with Kenya")."""
        nouns, verbs = self._attack_words
        return any(c.dep_ == "prep" and c.lower_ == "with" and "with" not in own for c in v.children) or any(
            t.lemma_.lower() in self.lex.instruments or (t.pos_ == "NOUN" and t.lemma_.lower() in nouns)
            or (t.i != v.i and t.pos_ == "VERB" and t.lemma_.lower() in verbs) for t in v.sent)

    def _speaks(self, actor: str | None) -> bool:
        e = self.entry(actor)
        return e is not None and e.kind in criticism_data().speakers

    def _armed(self, actor: str | None) -> bool:
        e = self.entry(actor)
        return e is not None and e.kind in ARMED

    def in_words(self, found: list[Candidate]) -> list[Candidate]:
        """Attacks made in words: the nominal ASSAULT that `under_fire` has read as ACCUSE goes; an attack noun aimed
        at a policy, or a verb of hitting whose object is a proposal or a remark ("Obama's attack on Trump's policy",
        "shot down the Spanish proposal"), criticises (turns down) its owner; a protest lodged with a state by an idiom
        is no street protest; an idiom whose speaker is armed or unnamed ("the sniper took aim") is no criticism."""
        data = criticism_data()
        said = {(c.trigger.i, c.source, c.target) for c in found if c.type == "ACCUSE"}
        lodged = {c.trigger.i for c in found if c.trigger.lemma_.lower() in ("lodge", "file") and c.type == "ACCUSE"}
        idiomatic = {c.trigger.i for c in found if c.type in TYPES and c.trigger.lemma_.lower() in data.idioms}
        dared = {c.trigger.i for c in found if c.type == "REQUEST" and c.trigger.lemma_.lower() in data.daring}
        rebutting = data.naming | self.lex.reporting_verbs  # "called (said) X's claims were lies" turns X down
        rebutted = {(c.trigger.i, c.source, c.target) for c in found if c.type == "REJECT"
                    and c.trigger.lemma_.lower() in rebutting}
        out = []
        for c in found:
            if (c.type == "ASSAULT" and (c.trigger.i, c.source, c.target) in said) or (
                    c.type == "ACCUSE" and (c.trigger.i, c.source, c.target) in rebutted):
                continue
            if c.type == "PROTEST" and c.trigger.dep_ == "dobj" and c.trigger.head.i in lodged:
                continue
            if c.trigger.lemma_.lower() == "blame" and _to_blame(c.trigger):
                continue  # "Ukraine was to blame": Ukraine blames no one (`to_blame` reads it)
            if c.type == "ASSAULT" and not self._armed(c.source) and (
                    (c.trigger.pos_ == "NOUN" and self._at_words(c.trigger)) or self._hits_words(c.trigger)):
                if c.target is None or c.source is None:
                    continue  # "the Senate killed the bill": no attack, and no party named turns it down
                blow = c.trigger.pos_ in VERBAL and c.trigger.lemma_.lower() in data.rejecting_blows
                c = replace(c, type="REJECT" if blow else "ACCUSE", mode=None)
            if c.type in TYPES and c.trigger.pos_ in VERBAL and (c.source is None or self._armed(c.source)) and any(
                    _fits(c.trigger, i) for i in data.idioms.get(c.trigger.lemma_.lower(), ())):
                continue  # the idiom's shape with an armed or no speaker; the verb's other senses are not judged here
            if any(self._unpaired(t) for t in (c.source_tok, c.target_tok)):
                continue  # "China urged all parties concerned to ...", with no pair named: whoever they are
            if c.type == "REQUEST" and self._victim_asked(c.target_tok):
                continue  # "said the violence against police must end": asked of the violent, not of the police
            if (c.type == "REQUEST" and c.trigger.i in idiomatic) or (
                    c.type == "ACCUSE" and c.trigger.i in dared and c.trigger.lemma_.lower() not in data.idioms):
                continue  # "called out X for": criticism, no request; "charged the police to arrest": a request
            if c.source is None and (denier := self._denier_of(c.trigger)) is not None:
                c = replace(c, source=denier[0], source_tok=denier[1])  # "Chad denied the bombing of X": Chad's, negated
            if c.type == "REJECT" and self._act_denied(c.trigger, c.target_tok):
                continue  # "denied the killing of civilians": the victims are not turned down (denials.py: the accuser)
            if c.type == "REJECT" and c.trigger.lemma_.lower() in data.wrongs and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in data.norms | data.breached for o in c.trigger.children):
                continue  # "violating the rights of its people": a harm charged; "breached the lines": a breakthrough
            if c.type == "ACCUSE" and called_false(c, data):
                continue  # "calling it baseless": a claim turned down (denials.py: its maker), no party accused
            if c.type in ("ACCUSE", "SANCTION") and named_as(c, data):
                continue  # "labelled the PKK terrorists": "terrorists" is what the PKK is called, no second party
            if c.type == "PROTEST" and self._speaks(c.source) and (clause := protested(c.trigger)) is not None:
                tgt = next(((a, t) for a, t in self._actors(subjects(clause)) if a is not None), (None, None))
                c = replace(c, type="ACCUSE", mode=None, target=tgt[0], target_tok=tgt[1])  # "X is failing ..., a
                # rights group protested": words of protest, at the clause's subject
            if c.type == "SUPPORT" and placed_vote(c.trigger, c.target_tok):
                c = replace(c, target=None, target_tok=None)  # "recognize the results of the vote held in X": no party
                if c.source is None:
                    continue  # "rising prices fuelled the unrest in X": no party backs anyone
            if c.type == "ACCUSE" and _shut(c.trigger, data):
                continue  # "slammed the door on X's proposal" turns it down; the verb's "slammed X" sense is not read
            out.append(c)
        return out

    def _unpaired(self, t: Token | None) -> bool:
        """"relevant parties", "the parties concerned" that stand for no pair named before: the parties to the matter,
        not the speaker's country's political parties ("all parties" may be those)."""
        return t is not None and t.lemma_.lower() in ("party", "side") and t.tag_ == "NNS" and any(
            k.dep_ in ("amod", "acl") and k.lower_ in CONCERNED for k in t.children) and not any(
            k.dep_ in ("poss", "compound", "nmod", "amod") and (k.ent_type_ or k.pos_ == "PROPN") for k in t.children) \
            and self.pair_actors(t) is None  # "Yemen's warring parties" are Yemen's

    def _victim_asked(self, t: Token | None) -> bool:
        """`t` is whom an attack noun, the subject of an asked clause, is done to ("the attacks on Kenya must stop"):
        a request the clause makes is not of them ("control of the ministry must be taken from X" asks X)."""
        if t is None or t.dep_ != "pobj" or t.head.lower_ not in AIMED or t.head.head.dep_ not in ("nsubj", "nsubjpass"):
            return False  # "military intervention in Venezuela must be avoided" asks it of whoever would intervene
        n = t.head.head
        lemma = n.lemma_.lower()
        return lemma in violence_nouns().frames or any(
            r.type == "ASSAULT" for r in self.lex.nouns.get(lemma, ()) if not r.not_event)

    @staticmethod
    def _hits_words(v: Token) -> bool:
        """A verb of hitting whose direct object is a proposal, a policy or a remark ("torpedoed the deal")."""
        spoken = criticism_data().spoken_targets
        return v.pos_ in VERBAL and any(o.dep_ == "dobj" and o.lemma_.lower() in spoken for o in v.children)

    def _at_words(self, n: Token) -> bool:
        """An attack noun whose "on"/"against" object is a policy, a remark or a record, not a party or a place."""
        spoken = criticism_data().spoken_targets
        return n.lemma_.lower() in ATTACKS and any(
            p.lemma_.lower() in spoken for p in prep_objects(n, frozenset({"on", "against"})))
