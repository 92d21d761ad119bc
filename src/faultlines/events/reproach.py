"""Reproach, refusal and advice said without a verb of accusing, rejecting or asking: "it is shameful for X to say",
"there is no justification for X's violence" (ACCUSE X), "I will not be part of X's illegal extension" (REJECT X),
"X advocates that Y should resign" (REQUEST Y), "X said it was Y who attacked first" (ACCUSE Y), and a party's deed
named by a word of condemnation ("condemned Serbia's act of aggression": Serbia's ASSAULT, deeds.py). The speaker is
the one who says it: the subject of the verb of saying, or the speaker of the quotation; the author's own words
reproach no one. Words are data (data/criticism.yaml, data/deeds.yaml)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .deeds import broken, deed_data, holder, loaded
from .nominal import _owners
from .pronouns import in_quotation
from .readings import Candidate
from .syntax import FOR, IN, OF, VERBAL, WH, agents, is_passive, prep_objects, subjects
from .verdicts import HARMS
from .violence_nouns import ViolenceFrames

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "acl"})
HEDGES = frozenset({"would", "could", "might", "may", "will", "shall"})  # "it would be shameful for X to": a warning
OF_TO = frozenset({"of", "to", "in"})
AIMED = frozenset({"against", "on", "toward", "towards"})  # "aggression against Georgia"
# verbs of wrecking an effort (criticism.yaml wrongs, round 19): only as the clause a speaker says
SPOILING = frozenset({"sabotage", "undermine", "torpedo", "meddle", "interfere"})
DECLARED = frozenset({"declaration", "act"})  # "a declaration of war", "an act of aggression"
WARS = frozenset({"war", "aggression", "terrorism", "terror", "hostility", "piracy"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# an act of no one named that may yet happen ("further attacks", "possible strikes"): no harm done to reproach
FEARED = frozenset({"possible", "potential", "future", "further", "planned", "imminent", "looming", "threatened",
                    "expected", "feared", "likely", "new", "more", "renewed", "any"})
# harms named by a noun the lexicon reads in its own frames (violence_nouns.py), not as an act of its nouns
VIOLENCE = frozenset({"violence", "bloodshed", "brutality", "murder", "slaying", "rampage", "massacre", "killing"})
CLAIMED = frozenset({"allegation", "accusation", "claim", "charge", "report", "suspicion", "rumour", "rumor",
                     "assertion", "speculation", "fear", "concern"})


def _negated(*toks: Token) -> bool:
    return any(c.dep_ == "neg" for t in toks for c in t.children)


def _hedged(t: Token) -> bool:
    """The verb carries a modal of what may be ("would violate", "would be shameful")."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGES for c in t.children)


def _owned(acts: list[Token]) -> list[Token]:
    """The acts with an owner word ("the army's violence", "Russian aggression"): a bare "violence" is no one's, nor
    is a day's ("Sunday's violence against the police" accuses no one, never the police; round 20, P)."""
    return [a for a in acts if any(c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "ADJ", "NOUN")
                                   and (c.dep_ == "poss" or c.ent_type_) and c.ent_type_ not in ("DATE", "TIME")
                                   for c in a.children)]


def _infinitive(t: Token) -> Token | None:
    """The "to"-infinitive clause on `t` ("shameful ... for X to say"), if any."""
    return next((c for c in t.children if c.dep_ in CLAUSES and c.pos_ in VERBAL
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _that_clause(t: Token) -> Token | None:
    """The "that" clause on `t` ("it is shameful that X has jailed ..."), if any."""
    return next((c for c in t.children if c.dep_ in ("ccomp", "advcl") and c.pos_ in VERBAL
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)



def obliged(c: Token, modals: frozenset[str]) -> bool:
    """A clause under an obligation modal ("Iran should negotiate"); a modal before its subject is a condition ("should
    Kismayo fall": if it falls, round 19, Y2)."""
    subj = [x.i for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")]
    return any(a.dep_ == "aux" and a.lower_ in modals and not (subj and a.i < min(subj)) for a in c.children)


def subjunctive(c: Token) -> bool:
    """A bare verb of no modal under a singular subject: "suggested that Iran negotiate" asks it (round 19, Y2)."""
    subj = [x for x in c.children if x.dep_ == "nsubj"]
    return c.tag_ in ("VB", "VBP") and c.lower_ == c.lemma_.lower() and len(subj) == 1 \
        and subj[0].tag_ in ("NN", "NNP") and not any(x.dep_ in ("aux", "auxpass", "neg", "conj") for x in c.children)

class Reproaches(ViolenceFrames):
    """Readings of reproach, refusal and advice; `CriticismIdioms` asks them for each token of a sentence."""

    def speakers(self, t: Token) -> tuple[list[Token], str | None]:
        """Who says the clause holding `t`: the subjects of the verb of saying it hangs on ("X said it was shameful"),
        else the speaker of the quotation it stands in (by actor id); nobody for the author's own words."""
        v = t
        while v.head.i != v.i:
            if v.dep_ in ("ccomp", "parataxis") and v.head.lemma_.lower() in self.lex.reporting_verbs:
                return subjects(v.head), None
            v = v.head
        if in_quotation(t):
            return [], next((q.speaker for q in self.quotes if q.start <= t.idx < q.end), None)
        return [], None

    def _said(self, type_: str, t: Token, tgts: list[Token], host: Token) -> list[Candidate]:
        """`type_` by the speaker of `t`'s clause on the parties `tgts` name (or own, for an act)."""
        srcs, speaker = self.speakers(t)
        if not srcs and speaker is None:
            return []
        tgts = [o for x in tgts for o in self._act_owners(x, type_)]
        out = self._pairs(type_, None, host, srcs, tgts, True, host)
        if speaker is not None:
            out = [replace(c, source=speaker) for c in out if c.target != speaker]
        return [c for c in out if c.source is not None and c.target is not None]

    def said_wrong(self, v: Token, words: frozenset[str], ground: frozenset[str]) -> list[Candidate]:
        """"Seoul says the North's jamming violates the armistice", "Kyiv said Russia breached the truce": one who says a
        party (or its act) breaks a rule ACCUSEs that party; not denied, hedged ("would violate") or self-accused."""
        if v.lemma_.lower() not in words or v.pos_ not in VERBAL or _negated(v) \
                or _hedged(v) or (v.dep_ == "acl" and v.head.lemma_.lower() in CLAIMED) \
                or (v.lemma_.lower() in SPOILING and v.dep_ not in ("ccomp", "parataxis", "conj")):
            return []  # "said ... over allegations that Russia interfered": the allegation's, not the speaker's;
            # "individuals undermining the peace", "used it to meddle": no one said to have done it
        host = v.head if v.dep_ in ("ccomp", "parataxis") else None
        if host is not None and (_negated(host) or host.lemma_.lower() in self.lex.denial_verbs):
            return []  # "did not say", "denied that it breached"
        if any(o.dep_ == "dobj" and (o.lemma_.lower() in ground or any(d.lower_ == "no" for d in o.children))
               for o in v.children):
            return []  # "breached the enemy's lines" is a breakthrough; "violated no agreement" denies it
        doers = agents(v) if is_passive(v) else subjects(v)
        return [c for c in self._said("ACCUSE", v, doers, v)  # "Moscow said its forces ...": not its own side
                if c.source is not None and c.target is not None and c.source.split(".")[0] != c.target.split(".")[0]]

    def shameful(self, a: Token, words: frozenset[str]) -> list[Candidate]:
        """"It is shameful for the governor to say that", "it was disgraceful of Uganda to close the border", "it
        is outrageous that Kenya has jailed them": the speaker ACCUSEs the one whose act it is; not denied ("is not shameful"), nor a warning ("would be")."""
        be = a.head
        if a.lemma_.lower() not in words or a.dep_ != "acomp" or be.lemma_ != "be" \
                or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children) \
                or _negated(be, a) or _hedged(be):
            return []
        act = _infinitive(be) or _infinitive(a) or _that_clause(be) or _that_clause(a)
        if act is None:
            return []
        mark = "that" if any(m.dep_ == "mark" and m.lower_ == "that" for m in act.children) else "for"
        doers = [s for s in act.children if s.dep_ == "nsubj" and any(  # "for X to", "that X has" (not one done to)
            m.dep_ == "mark" and m.lower_ == mark for m in act.children)] + prep_objects(a, OF)
        return self._said("ACCUSE", a, doers, be)

    def unjustified(self, n: Token, words: frozenset[str]) -> list[Candidate]:
        """"There was no justification for the army's violence", "sees no excuse for X's attack": the speaker (or the
        one who sees none) ACCUSEs the act's owner; "there is a justification for" or a thing owned by no one is none."""
        if n.lemma_.lower() not in words or not any(c.dep_ == "det" and c.lower_ == "no" for c in n.children):
            return []
        acts = _owned([p for p in prep_objects(n, FOR) if p.pos_ == "NOUN"])
        if not acts:  # "there was no justification for Sunday's violence": the doer is not named
            done = [p for p in prep_objects(n, FOR) if self._done_harm(p)]
            v = n.head
            if done and n.dep_ == "attr" and v.lemma_ == "be" and not _negated(v):
                return self._said_of_none(n, v)
            return []
        v = n.head
        if n.dep_ == "dobj" and v.pos_ in VERBAL and v.lemma_.lower() in ("see", "find", "have") and not _negated(v):
            tgts = [o for x in acts for o in self._act_owners(x, "ACCUSE")]
            out = self._pairs("ACCUSE", None, v, subjects(v), tgts, True, v)
            return [c for c in out if c.source is not None and c.target is not None]
        if n.dep_ != "attr" or v.lemma_ != "be" or _negated(v):
            return []
        return self._said("ACCUSE", n, acts, v)

    def refused_part(self, n: Token, words: frozenset[str]) -> list[Candidate]:
        """"I will not be part of Mugabe's illegal extension", "refuses to be party to X's scheme": the subject REJECTs
        the act's owner; an act owned by no one ("will not be part of the talks") names no one turned down."""
        be = n.head
        if n.lemma_.lower() not in words or n.dep_ != "attr" or be.lemma_ != "be":
            return []
        refused = be.dep_ == "xcomp" and be.head.lemma_.lower() in ("refuse", "decline")
        if not (_negated(be) or refused):
            return []
        acts = _owned([p for p in prep_objects(n, OF_TO) if p.pos_ == "NOUN"])
        tgts = [o for x in acts for o in self._act_owners(x, "REJECT")]
        out = self._pairs("REJECT", None, n, subjects(be.head if refused else be), tgts, True)  # on "part": the
        # refusal's own "not" makes no denial of it
        return [c for c in out if c.source is not None and c.target is not None]

    def advised(self, v: Token, words: frozenset[str]) -> list[Candidate]:
        """"Brazil advocates that Venezuela should hold elections", "recommended that Uganda must": the subject asks
        (REQUEST) the clause's subject; a verb of saying already reads its own "should" clause (coder.report)."""
        if v.lemma_.lower() not in words or v.pos_ not in VERBAL or _negated(v) \
                or v.lemma_.lower() in self.lex.reporting_verbs:
            return []
        out: list[Candidate] = []
        for c in v.children:
            if c.dep_ == "ccomp" and (obliged(c, self.lex.obligation) or subjunctive(c)) \
                    and not any(w.tag_ in WH for w in c.subtree if w.i < c.i):  # "recommend how many troops should"
                out += self._pairs("REQUEST", None, v, subjects(v), [s for s in c.children if s.dep_ == "nsubj"],
                                   needs_target=True)  # the doer asked; "that troops should be sent" asks no troops
        return [c for c in out if c.source is not None]

    def dared(self, v: Token, words: frozenset[str]) -> list[Candidate]:
        """"Russia challenged Britain to explain the poisoning", "dared Kenya to hold a vote": the subject asks
        (REQUEST) the object; "challenged the ruling" (no infinitive) asks no one."""
        if v.lemma_.lower() not in words or v.pos_ not in VERBAL or _negated(v) or is_passive(v):
            return []
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs or _infinitive(v) is None:
            return []
        out = self._pairs("REQUEST", None, v, subjects(v), objs, needs_target=True)
        return [c for c in out if c.source is not None]

    def _named_by(self, n: Token) -> bool:
        """Someone other than the author names the deed so: a claimant of its clause, the subject of the verb of saying
        it hangs on, or a quotation's speaker."""
        from .claims import claim_of
        claim = claim_of(n, self.lex)
        if claim is not None and claim.stance == "claim" and claim.claimants:
            return True
        srcs, speaker = self.speakers(n)
        return bool(srcs) or speaker is not None

    @staticmethod
    def _held(n: Token) -> list[Token]:
        """The party held responsible for the deed ("holds Kenya responsible for human rights violations")."""
        from .criticism import criticism_data
        a = n.head.head
        if n.dep_ != "pobj" or n.head.lower_ != "for" or a.lemma_.lower() not in criticism_data().culpable:
            return []
        return [s for s in a.children if s.dep_ == "nsubj"] + [o for o in a.head.children if o.dep_ == "dobj"]

    def loaded_deed(self, n: Token) -> list[Candidate]:
        """"condemned Serbia's act of aggression in Kosovo", "'Ethiopia's atrocities' in Tigray": the owner's deed
        (deeds.py), on the party it is aimed at, the owner of what it breaks, or the state it is done in (not the
        owner's own); none unowned, hedged, breaking no party's thing ("violation of the truce") or named by no one."""
        data = deed_data()
        type_ = data.deeds.get(n.lemma_.lower())
        top = holder(n)
        if type_ is None or not loaded(n) or (top.head.pos_ in VERBAL and (_negated(top.head) or _hedged(top.head))) \
                or (top.dep_ == "dobj" and (w := top.head.lemma_.lower()) not in data.condemning
                    and w not in data.done):
            return []  # "did not condemn X's aggression", "would be an act of aggression"; "invited / deterred
            # Russian aggression" names none done
        owners = [o for o in (*_owners(top), *_owners(n), *self._held(top)) if self.np_actor(o)]
        things = broken(n)
        if not owners or (n.lemma_.lower() in data.breaking and not things) or not self._named_by(n):
            return []
        tgts = [p for x in (n, top) for p in prep_objects(x, AIMED)]
        tgts += [o for b in things for o in (*prep_objects(b, OF), *(c for c in b.children if c.dep_ == "poss"))]
        own = {self.np_actor(o) for o in owners}
        tgts += [p for x in (n, top) for p in prep_objects(x, IN) if (self.place_country(p) or self.np_actor(p)) not in own]
        out = self._pairs(type_, None, n, owners, tgts[:1], False, n)
        return [c for c in out if c.source is not None and c.source != c.target]

    def cleft_blame(self, be: Token) -> list[Candidate]:
        """"Ankara said it was Syrian government forces who attacked first": the one who says a cleft names a party
        as the doer of a harm ACCUSEs it; not the author's own words, a denial, a question, "it was not X who" or a
        party harmed ("it was the rebels who were attacked")."""
        if be.lemma_ != "be" or be.dep_ != "ccomp" or _negated(be) or _hedged(be) \
                or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children) \
                or any(c.dep_ == "mark" and c.lower_ != "that" for c in be.children) \
                or (w := be.head.lemma_.lower()) in self.lex.denial_verbs or w in self.lex.dismissive_verbs:
            return []  # "denied that it was X who", "asked whether it was X who"
        doers = [a for a in be.children if a.dep_ == "attr" and any(
            r.dep_ == "relcl" and not is_passive(r) and not _negated(r) and self._harms(r)
            and any(w.dep_ == "nsubj" and w.tag_ in WH for w in r.children) for r in a.children)]
        return [c for c in self._said("ACCUSE", be, doers, be.head)  # on the verb of saying: the author tells it
                if c.source is not None and c.target is not None and c.source.split(".")[0] != c.target.split(".")[0]]

    def judged(self, be: Token, wrongs: frozenset[str], reproaches: frozenset[str]) -> list[Candidate]:
        """"Kyiv said the Russian decision was a declaration of war", "said Russia's move was unacceptable", "said
        Moscow's raid was a provocation": the one who says a party's act (or the party) is a wrong ACCUSEs it; not
        the author's own words, a denial ("is not"), a warning ("would be") or an act of no one named."""
        if be.lemma_ != "be" or be.dep_ != "ccomp" or _negated(be) or _hedged(be) \
                or any(c.dep_ == "mark" and c.lower_ != "that" for c in be.children) \
                or (w := be.head.lemma_.lower()) in self.lex.denial_verbs or w in self.lex.dismissive_verbs:
            return []
        said = [c for c in be.children if (c.dep_ == "attr" and (c.lemma_.lower() in wrongs or any(
            p.lemma_.lower() in WARS for p in prep_objects(c, OF) if c.lemma_.lower() in DECLARED)))
            or (c.dep_ == "acomp" and c.lemma_.lower() in reproaches)]
        if not said or any(k.dep_ == "neg" or k.lower_ == "no" for c in said for k in c.children):
            return []
        doers = [s for s in be.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]
        if doers and not _owned(doers) and all(self._done_harm(d) for d in doers) \
                and any(c.dep_ == "acomp" for c in said):  # "said the attack was despicable": its doer unnamed
            return self._said_of_none(be, be.head)
        return [c for c in self._said("ACCUSE", be, doers, be.head)
                if c.source is not None and c.target is not None and c.source.split(".")[0] != c.target.split(".")[0]]

    def _done_harm(self, p: Token) -> bool:
        """A harm done and named by its noun (the lexicon's attack, killing or arrest), told as one that happened
        ("the attack", "Sunday's violence"), not one feared ("further attacks", "any violence")."""
        return p.pos_ == "NOUN" and (p.lemma_.lower() in VIOLENCE or any(
            r.type in HARMS and not r.not_event for r in self.lex.nouns.get(p.lemma_.lower(), ()))) and any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in p.children) \
            and not any(c.lower_ in FEARED for c in p.children)

    def _said_of_none(self, t: Token, host: Token) -> list[Candidate]:
        """ACCUSE by the speaker of `t`'s clause of no one named: a harm reproached whose doer the sentence does not
        name ("Obama said there was no justification for Sunday's violence"), as "condemned the attack" is."""
        srcs, speaker = self.speakers(t)
        if speaker is not None:
            return [Candidate("ACCUSE", None, speaker, None, host, None, None, host)]
        return [c for c in self._pairs("ACCUSE", None, host, srcs, [], False, host) if c.source is not None]

    def _harms(self, v: Token) -> bool:
        """The verb names a harm done (an attack, a fight, a threat, force used) in the lexicon."""
        return any(r.type in HARMS and not r.not_event for r in self.lex.verbs.get(v.lemma_.lower(), ()))
