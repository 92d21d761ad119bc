"""Readings that are not events, and clean-up of one sentence's candidates: "agreed that", "charged with
keeping", "released an app", a designated "one of them", a target-less twin of a targeted event."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .arguments import ArgumentResolver
from .claims import charged_offence
from .polarity import approving
from .syntax import OF, VERBAL, agents, conjuncts, directed, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import Dictionary
    from ..context import Context
    from .lexicon import Rule

BLAMING = frozenset({"blame", "accuse", "charge", "suspect", "hold", "fault"})
LED = frozenset({"led", "dominated", "run", "controlled", "based"})
PARTNERED = frozenset({"COOPERATE", "CONSULT", "AGREE"})
LISTING = frozenset({"designation", "terrorism"})
STATE_PEOPLE = frozenset({"military", "police", "civilians", "state"})
# Verbs of a clause that pass a verdict on its subject ("said the vote was illegal", "the strikes constitute a crime"),
# with the dependents that carry it.
VERDICT_VERBS = {"be": ("attr", "acomp"), "remain": ("attr", "acomp"), "constitute": ("dobj",), "represent": ("dobj",)}
VOWS = frozenset({"vow", "pledge", "promise", "swear"})
STANCES = frozenset({"be", "remain", "stay", "become", "get"})  # "vowed to be tough": a stance promised, no act
SUPPOSING = frozenset({"would", "could", "might", "may"})  # "said the annexation would be a violation"
# what an inquiry looks into that accuses no one ("investigating the report", "probing the cause of the crash")
INQUIRIES = frozenset({"report", "case", "matter", "incident", "scene", "circumstance", "cause", "complaint", "call"})
GOING_ON = frozenset({"continue", "keep", "begin", "start"})  # "detectives continue to investigate"
TRIFLES = frozenset({"big", "huge", "great", "major"})  # "made a big deal of it"
WHERE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "around", "across", "throughout"})
HOMEFOLK = frozenset({"civilians", "police"})  # parties whose act in a town of their own country has no state target
LISTABLE = frozenset({"armed_group", "political_party", "ngo", "business", "religious"})


@dataclass
class Candidate:
    """An event found in one sentence, before voice, polarity and merging."""

    type: str
    mode: str | None
    source: str | None
    target: str | None
    trigger: Token
    source_tok: Token | None = None
    target_tok: Token | None = None
    host: Token | None = None


def _ultimatum(clause: Token) -> bool:
    """"warned that his fighters will storm the border unless Delhi ends the crackdown", "warned that we will strike":
    a warning that sets a condition, or tells what the warner's own side will do, is a threat, not a forecast."""
    return any(w.lower_ == "unless" for w in clause.subtree) or any(
        c.dep_ == "nsubj" and c.lower_ == "we" for c in clause.children)


class Readings(ArgumentResolver):
    """Checks shared by the trigger kinds of `SentenceCoder`."""

    def _actorish(self, t: Token) -> bool:
        """A noun that can stand for a party ("leaders of Hamas"), not a thing ("rifles")."""
        d = self.actors.dictionary
        lemma = t.lemma_.lower()
        return t.pos_ == "PROPN" or lemma in self.lex.partitive or lemma in self.lex.transparent \
            or bool(d.sector_of(lemma)) or lemma in d.member_nouns or lemma in d.person_nouns

    def _undone(self, subs: list[Token]) -> tuple[list[Token], list[Token]]:
        """"American sanctions on Iran were lifted": who ends an act lifted with no agent is its owner, and whom it
        ends it for is the act's target (the owner is never the target)."""
        acts = [s for s in subs if s.pos_ == "NOUN" and s.lemma_.lower() in self.lex.nouns]
        owners = [c for s in acts for c in s.children
                  if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self.np_actor(c))]
        return owners, [p for s in acts for p in prep_objects(s, frozenset({"on", "against"}))]

    def _not_an_act(self, v: Token, rule: Rule, objs: list[Token], passive: bool) -> bool:
        """Readings of trigger verbs that are not events: "agreed that ..." (an opinion), "was accepted to a
        college" / "was met with criticism" (no agent), "charged with keeping" (tasked), "formed the heart of"."""
        kids = list(v.children)
        if rule.infinitive and not directed(v):
            return True  # "told reporters that ...", "advised the ministry on security": no one asked to do anything
        if rule.infinitive and (not any(self.np_actor(s) or self.generic_actor(s) for s in (*subjects(v), *agents(v)))
                                or any(c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.unasked for c in kids)):
            return True  # "the storm pushed Cuba to evacuate" (no one asks), "told Israel to expect more arms" (no act)
        if rule.type == "REJECT" and self._denies_claim(v, objs):
            return True  # "denied arming X", "rejected the accusation that ...": a denial, not a rejection
        if rule.type == "REJECT" and any(c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.silent_refusals for c in kids):
            return True  # "declined to comment"
        if rule.type in ("ASSAULT", "COERCE") and not passive and any(
                s.lemma_.lower() in self.lex.disasters for s in subjects(v)):
            return True  # "a fire that killed 12", "floods destroyed homes"
        if rule.type in ("AGREE", "CONSULT") and passive and not agents(v):
            return True
        if rule.type == "PROTEST" and v.lemma_.lower() in self.lex.crowd_verbs and not self._protesting(v):
            return True  # "leaders gathered in Brussels" is a meeting place, not a protest
        if rule.type == "AGREE" and not objs and any(c.dep_ == "ccomp" for c in kids) and (not any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("with", "to", "on")) for c in kids)
                or v.tag_ in ("VBP", "VBZ")):
            return True  # "they agree with the auditors that ...": present tense, an opinion
        if rule.type == "AGREE" and v.lemma_ == "agree" and not objs and not any(c.dep_ in ("xcomp", "ccomp") for c in kids):
            withs = [p for c in kids if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if withs and not any(self.np_actor(p) or p.pos_ == "PRON" or p.lower_ in ("other", "another") for p in withs):
                return True  # "officials said they agree with the recommendation": an opinion, not an agreement
        if rule.type == "AGREE" and v.lemma_ == "agree" and not objs and not any(
                c.dep_ in ("xcomp", "ccomp", "prep", "advcl") for c in kids):
            return True  # "both Nelson and Banks agree, ..."
        if rule.type == "RETREAT" and v.lemma_ == "resign" and objs and any(self._private(s) for s in subjects(v)):
            return True  # "Dana Ruiz said she would resign her position": a private person's job, no yielding
        if rule.type == "RETREAT" and v.lemma_ == "retreat" and not any(c.dep_ == "prep" and c.lower_ == "from"
                                                                         for c in kids) \
                and self._one_person(subjects(v)):
            return True  # "the suspect retreated behind a dumpster": one person's moving for cover
        if rule.mode == "investigate" and v.pos_ in VERBAL and not passive and not rule.needs_target and not (any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids) and v.head.lemma_ not in GOING_ON) and not any(
                self.np_actor(o) or o.pos_ == "PRON" or o.lemma_.lower() not in INQUIRIES or prep_objects(o, OF)
                for o in objs):
            return True  # "officers investigating the robbery report", "while officers investigated": no one accused
        if rule.type == "AGREE" and v.lemma_ in VOWS and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in STANCES for c in kids):
            return True  # "vowed to be tough on crime", "promised to remain neutral": a stance, no promise to anyone
        if rule.type == "RETREAT" and objs and v.lemma_ in ("withdraw", "pull"):
            d = self.actors.dictionary
            return not any(
                self.np_actor(o) or d.sector_of(o.lemma_.lower()) or o.lemma_.lower() in d.member_nouns
                or o.lemma_.lower() in d.person_nouns for o in objs)  # "withdrew the challenge"
        if v.lemma_ == "strike" and not objs and not passive and not any(
                c.dep_ == "prep" and c.lower_ in ("on", "at", "against") for c in kids):
            return True  # "teachers striking in West Virginia": a labour strike
        if rule.mode == "release" and objs and not passive:
            return not any(x.lemma_.lower() in rule.objects or self._captive(x, self.actors.dictionary)
                           for o in objs for x in (o, *prep_objects(o, OF)))  # "released a statement"
        if v.lemma_ == "charge" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                p.tag_ == "VBG" or p.dep_ == "pcomp" for p in c.children) for c in kids):
            return not charged_offence(v)  # "charged with keeping order" is a task; "with inciting violence" a charge
        if rule.type == "MOBILIZE" and objs and v.lemma_ not in ("deploy", "mobilise", "mobilize", "mass"):
            d = self.actors.dictionary
            return not any(self.np_actor(o) or d.sector_of(o.lemma_.lower()) or o.lemma_.lower() in d.member_nouns
                           for o in objs)
        return False

    def _one_person(self, subs: list[Token]) -> bool:
        """One person: a named person or a singular person noun ("the suspect", "the gunman"), no army or unit."""
        d = self.actors.dictionary
        if len(subs) != 1 or subs[0].tag_ not in ("NN", "NNP"):
            return False
        s = subs[0]
        e = self.entry(self.np_actor(s))
        lemma = s.lemma_.lower()
        return (e is not None and e.kind == "person") or (s.pos_ == "NOUN" and (
            lemma in d.person_nouns or d.generic_actors.get(lemma) in ("CVL", "UAG")))

    def _protesting(self, v: Token) -> bool:
        """A crowd verb's subject is a protesting crowd, or its clause says what the crowd is for ("demanding")."""
        d = self.actors.dictionary
        subs = subjects(v)
        if any(d.generic_actors.get(s.lemma_.lower()) == "PRT" and (s.lemma_.lower() not in ("crowd", "throng") or any(
                d.generic_actors.get(g.lemma_.lower()) == "PRT" for g in s.subtree if g.i != s.i)) for s in subs):
            return True  # "a crowd of 300 people gathered at a park" protests only with a cue ("a crowd of protesters")
        around = [t for c in v.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
        return any(t.lemma_.lower() in self.lex.protest_cues for t in around)

    def _denies_claim(self, v: Token, objs: list[Token]) -> bool:
        """"denied arming X", "denied that ...", "denied its involvement", "dismissed reports of ..."."""
        lemma = v.lemma_.lower()
        claimish = any(o.lemma_.lower() in self.lex.claim_nouns or o.tag_ == "VBG" for o in objs)
        if lemma in self.lex.denial_verbs:
            return claimish or any(c.dep_ in ("ccomp", "xcomp") for c in v.children)
        return lemma in self.lex.dismissive_verbs and claimish

    def _responsible(self, n: Token) -> list[Token]:
        """"X claimed (denied) responsibility for the attack": X is the attack's claimed (denied) source."""
        p = n.head
        if n.dep_ == "pobj" and p.lower_ in ("for", "of") and p.head.pos_ in VERBAL \
                and p.head.lemma_.lower() in BLAMING:  # "blamed the PKK for the bombing": the PKK, as a claim
            return [c for c in p.head.children if c.dep_ == "dobj"]
        if n.dep_ != "pobj" or p.lower_ != "for" or p.head.lemma_.lower() not in ("responsibility", "credit", "blame"):
            return []
        owner = p.head
        if owner.dep_ == "dobj" and owner.head.pos_ in VERBAL and owner.head.lemma_.lower() != "blame":
            return subjects(owner.head)
        return []

    def _agent_noun(self, n: Token) -> list[Token]:
        """"He is one of the leaders of the insurgency": the leader is the source of the insurgency."""
        h = n
        while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head is not h.head:
            h = h.head.head
            if h.lemma_.lower() in self.lex.agent_nouns:
                while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in self.lex.partitive:
                    h = h.head.head
                while h.dep_ == "conj" and h.head.pos_ not in VERBAL:
                    h = h.head
                if h.dep_ in ("attr", "acomp", "conj") and h.head.pos_ in VERBAL:
                    return subjects(h.head)
                if h.dep_ == "appos":
                    return [h.head]
                return [h]
        return []

    def _has_as(self, v: Token, nouns: frozenset[str]) -> bool:
        if v.lemma_.lower() in self.lex.reporting_verbs:  # "said the vote was illegal": only a verdict the clause passes
            verdicts = [x for c in v.children if c.dep_ == "ccomp" and c.lemma_ in VERDICT_VERBS
                        and not any(n.dep_ == "neg" for n in c.children) and not self._supposed(c)
                        for x in c.children if x.dep_ in VERDICT_VERBS[c.lemma_]]
            return any(h.lemma_.lower() in nouns or any(x.lemma_.lower() in nouns for x in h.lefts) for h in verdicts)
        heads: list[Token] = []
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                heads.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ in ("oprd", "attr", "xcomp", "acomp", "ccomp") or (c.dep_ == "dobj" and is_passive(v)):
                heads.append(c)
            elif c.dep_ == "dobj" and any(o.dep_ == "dobj" and o.i < c.i for o in v.children):
                heads.append(c)  # "branded the raid a provocation", parsed with two objects: the second names the first
            elif c.dep_ in ("dobj", "dative"):  # "considers the YPG, the backbone of X, a terrorist organisation"
                heads.extend(x for x in c.subtree if x is not c and x.dep_ in ("appos", "oprd", "conj"))
                heads.extend(p for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children
                             if p.dep_ == "pobj")  # "described the strike by X as a terrorist act"
        heads += [p for h in heads if h.lemma_.lower() in ("act", "form") for p in prep_objects(h, OF)]
        return any(h.lemma_.lower() in nouns or any(x.lemma_.lower() in nouns for x in h.lefts) for h in heads)

    def _supposed(self, c: Token) -> bool:
        """"said the annexation would be a violation", "said it is illegal if X": a verdict on a case supposed, not
        on an act done (a modal of possibility or an "if" clause on the verdict's verb)."""
        return any((x.dep_ == "aux" and x.lower_ in SUPPOSING) or (x.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in self.lex.conditional_marks for m in x.children)) for x in c.children)

    def _absorb_intent(self, found: list[Candidate]) -> list[Candidate]:
        """Drop "agreed"/"threatened" when its infinitive ("to provide", "to attack") was coded itself, and the idiom
        "a big deal" (a fuss)."""
        inner = {c.trigger.i for c in found} | {c.host.i for c in found if c.host is not None}
        deals = {x.i for c in found if (d := approving(c.trigger)) is not None
                 for x in (d, *(o for o in d.children if o.dep_ == "dobj"))}  # "approved a deal to sell"

        def absorbed(c: Candidate) -> bool:
            t = c.trigger
            if c.type == "AGREE" and t.lemma_.lower() == "deal" and any(
                    m.dep_ == "amod" and m.lower_ in TRIFLES for m in t.children):
                return True  # "didn't want to make a big deal over $10": a fuss, no agreement
            if t.i in deals and c.type == "AGREE" and c.target is None:
                return True  # "approved a contract to sell X tanks": the sale is the event
            if c.type == "THREATEN" and c.target is None and t.lemma_.lower() == "warn" and any(
                    (k.dep_ == "ccomp" and not _ultimatum(k))
                    or (k.dep_ == "prep" and any(g.tag_ == "VBG" for g in k.children)) for k in t.children):
                return True  # "warned that 2017 would be a tough year", "warning candidates against moving left": a
                # forecast or advice to no party; a threat told is its own verb's
            if t.lemma_.lower() not in self.lex.intent_verbs:
                return False
            for k in t.children:
                if k.dep_ == "xcomp":
                    chain = conjuncts(k)
                    if any(x.i in inner for v in chain for x in [v, *v.children]):
                        return True
            return False
        return [self._where_not_whom(c) for c in found if not absorbed(c)]

    def _where_not_whom(self, c: Candidate) -> Candidate:
        """"Smith opened fire in Dayton", "a man the suspect shot near Toledo": a town or country named only in an
        "in/near/at" phrase is where a private person's act happened, no party to it (issue 12, item 8); a state's, a
        leader's, a force's, an armed group's or a crowd's act in a place keeps the place's country."""
        tt = c.target_tok
        if tt is None or tt.i not in self.placed_at or not (tt.dep_ == "pobj" and tt.head.lower_ in WHERE_PREPS):
            return c
        if c.source_tok is not None and self._private(c.source_tok):
            return replace(c, target=None, target_tok=None)
        e = self.entry(c.source)
        if e is not None and e.kind in HOMEFOLK and e.country == c.target:
            return replace(c, target=None, target_tok=None)  # "protesters gathered in downtown Dallas", "an officer
            # shot in Marksville": a home crowd's or police's act in its own country is not done to that country
        return c

    def _private(self, tok: Token) -> bool:
        """The phrase names a private person: one the dictionary does not know (no leader), the text ties to no body
        or state, and no title precedes ("President X", "Lt. Gen. X" are officials)."""
        e = self.entry(self.np_actor(tok))
        d = self.actors.dictionary
        if e is None or e.kind != "person" or e.parent is not None or e.country is not None or d.entry(e.id):
            return False
        return not any(c.dep_ == "compound" and c.lower_.rstrip(".") in d.titles for c in tok.lefts)

    def _captive(self, o: Token, d: Dictionary) -> bool:
        """Whether an object of "release"/"free" can be a person or a force held by someone."""
        lemma = o.lemma_.lower()
        if lemma in d.person_nouns or lemma in d.member_nouns or o.pos_ == "PRON":
            return True
        aid = self.np_actor(o)
        entry = self.entry(aid)
        return entry is not None and entry.kind not in ("other", "business", "media")

    def _designee(self, c: Candidate) -> Candidate:
        """"One of them is listed as a terrorist group": a pronoun that resolved to a state's troops or people
        stands, for a designation, for the nearest group that can be listed."""
        tt = c.target_tok
        if c.mode not in LISTING or tt is None or c.target is None:
            return c
        pron = tt if tt.pos_ == "PRON" else next((p for p in prep_objects(tt, OF) if p.pos_ == "PRON"), None)
        entry = self.entry(c.target)
        if pron is None or entry is None or entry.kind not in STATE_PEOPLE:
            return c
        sent = c.trigger.sent
        lo = max(0, sent.start - 80)
        for i in range(tt.i - 1, lo - 1, -1):
            aid = self.actors.resolve(tt.doc[i])
            e = self.entry(aid)
            if e is not None and e.kind in LISTABLE and aid != c.source:
                return Candidate(c.type, c.mode, c.source, aid, c.trigger, c.source_tok, tt.doc[i], c.host)
        return c


CARRIED = frozenset({"SANCTION", "AID"})
SANCTION_WORDS = frozenset({"sanction", "embargo", "blockade", "restriction", "measure", "penalty", "tariff"})
AIMING_PREPS = frozenset({"on", "against", "to", "for", "with", "from", "into", "toward", "towards"})


def _family(c: Candidate) -> str:
    """SANCTION for imposing or lifting sanctions alike ("lifted the sanctions" answers "imposed sanctions on X")."""
    t = c.trigger
    words = [t, *(o for o in t.children if o.dep_ in ("dobj", "nsubjpass"))]
    return "SANCTION" if c.type == "SANCTION" or any(w.lemma_.lower() in SANCTION_WORDS for w in words) else c.type


def _aimed(c: Candidate) -> bool:
    """The clause names whom the act is aimed at, or has an object of its own: nothing to carry."""
    heads = [x for x in (c.trigger, c.host) if x is not None]
    return any(k.dep_ in ("dative", "iobj") or (k.dep_ == "prep" and k.lower_ in AIMING_PREPS)
               for h in heads for x in (h, *(o for o in h.children if o.dep_ == "dobj")) for k in x.children)


def carry_targets(found: list[Candidate], before: list[Candidate]) -> list[Candidate]:
    """"Chad imposed sanctions on Sudan. In May it imposed further sanctions.": a sanction or aid with no target
    and no object in its clause takes the one target of the previous sentence's act of the same family and source."""
    out = []
    for c in found:
        if c.target is None and c.source is not None and c.type in CARRIED | {"CONCEDE"} and not _aimed(c):
            fam = _family(c)
            prior = {p.target for p in before if p.source == c.source and p.target is not None and _family(p) == fam
                     and fam in CARRIED}
            if len(prior) == 1:
                c = replace(c, target=prior.pop(), target_tok=None)
        out.append(c)
    return out


def _beneficiary(t: Token | None) -> bool:
    """"calling for NCP officials to be released": whom the demand is for, not whom it is made of."""
    return t is not None and (t.dep_ == "nsubjpass" or (t.dep_ == "nsubj" and is_passive(t.head)))


def protest_aims(found: list[Candidate], placed_at: set[int]) -> list[Candidate]:
    """"took to the streets to demand Maduro's ouster", "marched in Caracas to demand ...": a protest with no target
    (or only its place's country) is aimed at whom its purpose clause makes demands of or accuses, by the same crowd."""
    out = []
    backed = {(d.source, d.target) for d in found if d.type == "SUPPORT"}
    for c in found:
        placed = c.target_tok is not None and c.target_tok.i in placed_at
        if c.type == "PROTEST" and c.target is not None and (c.source, c.target) in backed:
            c = replace(c, target=None, target_tok=None)  # "demonstrating in support of X": for X, not against X
        if c.type == "PROTEST" and (c.target is None or placed) and c.source is not None:
            aims = {d.target for d in found if d.type in ("REQUEST", "ACCUSE") and d.source == c.source
                    and d.target is not None and d.trigger.head.i == c.trigger.i
                    and d.trigger.dep_ in ("advcl", "xcomp", "conj") and not _beneficiary(d.target_tok)}
            if len(aims) == 1:
                c = replace(c, target=aims.pop(), target_tok=None)
        out.append(c)
    return out


def drop_partial(found: list[Candidate]) -> list[Candidate]:
    """Drop an event missing its target (or source) when the same sentence has that event with it filled
    ("jets struck YPG positions, killing 12 fighters" is one assault on the YPG)."""
    full = {(c.type, c.mode, c.source, c.target, _purpose(c.trigger)) for c in found}

    def same(c: Candidate, t: str, m: str | None, aim: bool) -> bool:  # two explicit modes are two acts
        return t == c.type and (m == c.mode or m is None or c.mode is None) and (not aim or _purpose(c.trigger))
    return [c for c in found
            if not (c.target is None and c.source is not None and any(
                same(c, t, m, aim) and s == c.source and g is not None for t, m, s, g, aim in full))
            and not (c.source is None and c.target is not None and any(
                same(c, t, m, aim) and g == c.target and s is not None for t, m, s, g, aim in full))]


def _purpose(t: Token) -> bool:
    """An act aimed at, not done ("imposed a blockade to stop X arming"): it never stands for a done act in its
    sentence."""
    return t.dep_ in ("advcl", "xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)


def drop_placed(found: list[Candidate], placed_at: set[int]) -> list[Candidate]:
    """Drop an event whose target is only the country of a place when the same sentence codes that act, by the
    same source, on a party ("gunmen fired at a museum in Tunis, killing 19 tourists" hits the tourists, not
    Tunisia; "killed by an IS bomb in Syria" hit the soldier)."""
    def placed(c: Candidate) -> bool:
        return c.target_tok is not None and c.target_tok.i in placed_at
    hit = {(c.type, c.source) for c in found if c.target is not None and not placed(c)}
    out = []
    for c in found:
        if not (placed(c) and ((c.type, c.source) in hit or (c.source is None and any(t == c.type for t, _ in hit)))):
            out.append(c)
            continue
        for d in found:  # the dropped sighting may still say how ("opened fire": firearms)
            if d.type == c.type and d.mode is None and not placed(d) and d.target is not None:
                d.mode = c.mode
    return out


def dateline_spans(ctx: Context) -> list[tuple[int, int]]:
    """Character spans of the report's dateline ("BAGHDAD (Reuters) -"): the structure stage's dateline segments,
    or, when it found none, a dateline opening one of the document's first sentences."""
    spans = [(s.start, s.end) for s in ctx.segments if s.kind == "dateline"]
    if spans:
        return spans
    from ..structure.dateline import find_dateline

    for sent in ctx.doc.sents:
        if sent.start_char > 600:
            break
        d = find_dateline(sent.text, sent.start_char)
        if d is not None:
            return [(d.start, d.end)]
    return []


def within(t: Token | None, spans: list[tuple[int, int]]) -> bool:
    """The token starts inside one of the character spans (a dateline, a place mention)."""
    return t is not None and any(a <= t.idx < b for a, b in spans)
