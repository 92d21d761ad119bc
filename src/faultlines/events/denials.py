"""Denials as rejections of the accuser: "Russia accused Ukraine of shelling the plant. Kyiv denied the allegations"
-> Ukraine REJECT Russia. The accuser is the claim noun's own ("dismissed Washington's accusations", "rejected
the charges by Moscow") or else the one actor that accused the denier in the same or the previous sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .boasts import BY_MAKER, PARTS, charge_misparsed, claim_content, own_claim
from .claims import ALLEGATION_NOUNS, BARE_DENIED
from .criticism import criticism_data
from .readings import Candidate
from .syntax import IN, VERBAL, is_passive, prep_objects, subjects
from .verdicts import is_word, said_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from ..records import Event
    from .lexicon import Lexicon

# the claim noun's maker: "accusations by Moscow", "claims from Kyiv", "the allegations of the opposition"
MAKERS = frozenset({"by", "from", "of"})
# what a denial names as denied: a bare claim ("the allegations"), "it", or an act ("denied arming X", "that ...")
DENIED_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
# clauses that state what is denied ("denied charges that ...", "rejected claims it had ..."): CAMEO's denial of
# responsibility, a statement; the denied act itself is kept as the denier's negated account (events/claims.py)
STATED = frozenset({"ccomp", "acl", "relcl"})
# accusations that make a denial a rejection of their maker
ACCUSATIONS = frozenset({"ACCUSE"})
# how an accusation names the act it charges: "accused X of shelling", "blamed X for the attack", "criticised X over"
CHARGED_PREPS = frozenset({"of", "for", "over"})
# a claim noun's modifier that points back to claims told before ("said all such allegations were lies")
BACK = frozenset({"such"})


def _act_types(t: Token, lex: Lexicon) -> set[str]:
    """The PLOVER types the lexicon gives an act word as a verb or a noun."""
    lemma = t.lemma_.lower()
    return {r.type for r in (*lex.verbs.get(lemma, ()), *lex.nouns.get(lemma, ())) if not r.not_event}


def _act(o: Token, lex: Lexicon) -> bool:
    """A denied object that names an act ("denied arming X", "denied the killing of civilians"), not a claim."""
    return o.dep_ == "dobj" and (o.tag_ == "VBG" or (o.pos_ == "NOUN" and bool(_act_types(o, lex))))


def _charged_acts(v: Token) -> list[Token]:
    """The acts an accusation names: "of shelling the plant", "for the attack", "said X had shelled ..."."""
    out = [c for c in v.children if c.dep_ == "ccomp" or (c.dep_ == "dobj" and v.lemma_.lower() == "blame")]
    for c in v.children:  # ("blamed the raid on X": the raid is charged)
        if c.dep_ == "prep" and c.lower_ in CHARGED_PREPS:
            out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return out


def _same_act(denied: list[Token], charged: list[Token], lex: Lexicon) -> bool:
    """A denied act is the charged one: the same lemma, or a PLOVER type in common."""
    return any(d.lemma_.lower() == c.lemma_.lower() or _act_types(d, lex) & _act_types(c, lex)
               for d in denied for c in charged)


def _part_acts(claim: Token | None, lex: Lexicon) -> list[Token]:
    """The acts a denied part names ("denied any role in the raid" -> the raid); none for a bare "any role"."""
    if claim is None or claim.lemma_.lower() not in PARTS:
        return []
    return [p for p in prep_objects(claim, IN) if p.tag_ == "VBG" or _act_types(p, lex)]


def _claim_makers(n: Token, actor_of: Callable[[Token], str | None]) -> list[Token]:
    """The makers a claim noun names: its possessor, its demonym or name modifier, its "by"/"from" object."""
    own = [c for c in n.children if c.dep_ in ("poss", "amod", "compound", "nmod") and actor_of(c)]
    own += [p for p in prep_objects(n, MAKERS) if actor_of(p) and not (p.head.lower_ == "of" and p.tag_ == "VBG")]
    return own


def _stated(v: Token, claim: Token | None) -> bool:
    """The denial states what it denies ("denied charges by X that ...", "rejected US claims it was ...")."""
    around = [v] if claim is None else [v, claim, *prep_objects(claim, MAKERS)]
    return any(c.dep_ in STATED for x in around for c in x.children)


def _boast(claim: Token | None) -> bool:
    """The denied claim is one its maker made of its own deed ("a claim by the rebels that they shot down the jet"):
    the denial turns the maker down (the deed stays the maker's claim, events/claims.py)."""
    return claim is not None and any(own_claim(claim, c) is not None for c in (*claim.children, *(
        r for p in prep_objects(claim, BY_MAKER) for r in p.children)) if c.pos_ in VERBAL and claim_content(c) == claim)


def _denial(v: Token, lex: Lexicon) -> tuple[Token, Token | None] | None:
    """(the denier, the claim noun or None) of an active, unnegated denial of an accusation, else None."""
    lemma = v.lemma_.lower()
    if v.pos_ not in VERBAL or is_passive(v) or any(c.dep_ == "neg" for c in v.children):
        return None  # "did not deny the allegations", "the claims were denied"
    if lemma not in lex.denial_verbs and lemma not in lex.dismissive_verbs:
        return None
    subs = [s for s in subjects(v) if s.pos_ in ("NOUN", "PROPN", "PRON")]
    if not subs:
        return None
    objs = [c for c in v.children if c.dep_ in DENIED_DEPS]
    claims = [o for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in ALLEGATION_NOUNS]
    if claims:
        return subs[0], claims[0]
    if lemma in lex.denial_verbs and (not objs or all(o.lower_ in BARE_DENIED for o in objs)
                                      or any(o.dep_ in ("ccomp", "xcomp") or _act(o, lex) for o in objs)):
        return subs[0], None  # "Kyiv denied it", "denied arming the militia", "denied that ...", "denied the killing"
    return None


def _called_false(v: Token, lex: Lexicon) -> tuple[Token, Token | None] | None:
    """(the speaker, the claim noun or None) of a bare accusation called false: "Islamabad called it a sheer
    fabrication", "Kyiv called the accusation absurd", "the ministry said the claims were baseless"."""
    data = criticism_data()
    lemma = v.lemma_.lower()
    if v.pos_ not in VERBAL or is_passive(v) or any(c.dep_ == "neg" for c in v.children):
        return None
    if lemma in data.naming:
        pairs = said_of(v)
    elif lemma in lex.reporting_verbs:  # "said the claims were baseless"
        pairs = [(s, a) for c in v.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                 and not any(n.dep_ == "neg" for n in c.children)
                 for s in c.children if s.dep_ == "nsubj" for a in c.children if a.dep_ in ("attr", "acomp")]
    else:
        return None
    subs = [s for s in subjects(v) if s.pos_ in ("NOUN", "PROPN")]
    for obj, said in pairs:
        bare = obj.lower_ in BARE_DENIED or (obj.lemma_.lower() in ALLEGATION_NOUNS | data.claims
                                             and not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl")
                                                         and c.lower_ not in BACK for c in obj.children))
        if subs and bare and is_word(said, data.falsities):
            return subs[0], (obj if obj.pos_ == "NOUN" else None)
    return None


def _trigger(doc: Doc, e: Event) -> Token:
    """The token an event's trigger (or, without one, its span) starts at."""
    start = e.trigger.start if e.trigger else e.start
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None else doc[0]


def rejected_accusers(doc: Doc, found: list[Event], lex: Lexicon,
                      actor_of: Callable[[Token], str | None]) -> list[Candidate]:
    """A REJECT of the accuser for each denial whose accuser is named in its claim noun, or is the only actor that
    accused the denier (an asserted ACCUSE) in the same sentence before the denial or in the sentence before."""
    out: list[Candidate] = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        for v in sent:
            got = _denial(v, lex)
            called = got is None and (got := _called_false(v, lex)) is not None
            if got is None:
                continue
            who, claim = got
            denier = actor_of(who)
            if denier is None:
                continue
            makers = _claim_makers(claim, actor_of) if claim is not None else []
            if claim is not None:  # "rejected the accusation by Washington": the parser hangs "by" on the active verb
                makers += [p for p in prep_objects(v, frozenset({"by"})) if actor_of(p)]
            makers = [m for m in makers if actor_of(m) != denier]
            if makers and _stated(v, claim) and not _boast(claim):
                continue  # "denied charges by X that it tortured a priest": a statement; the act is X's negated account
            if makers:
                accuser, tok = actor_of(makers[0]), makers[0]
            else:
                charge = charge_misparsed(v)
                parted = _part_acts(claim, lex)
                if claim is not None and charge is None and not parted and any(
                        c.dep_ in ("poss", "det") and c.lower_ not in ("the", "these", "those", "such")
                        for c in claim.children) and not any(c.lower_ in BACK for c in claim.children):
                    continue  # "denied its involvement", "rejected any allegations": no accusation named before ("all
                    # such allegations" point back to one)
                lo = sents[k - 1].start_char if k else sent.start_char
                accusations = [e for e in found if e.type in ACCUSATIONS and e.polarity == "asserted"
                               and e.target is not None
                               and e.target.split(".")[0] == denier.split(".")[0]
                               and e.source and e.source.split(".")[0] != denier.split(".")[0]
                               and lo <= (e.trigger.start if e.trigger else e.start) < v.idx]
                acts = [c for c in v.children if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and _act(c, lex))]
                if charge is not None:  # "X accuses Y of Z, a charge W denies": that accusation, parsed as the clause
                    accusations = [e for e in accusations if _trigger(doc, e) == charge]
                elif claim is None and acts and not called:  # "denied that it had received tanks" answers no charge of
                    # shelling
                    accusations = [e for e in accusations if _same_act(acts, _charged_acts(_trigger(doc, e)), lex)]
                elif parted:  # "denied any role in the raid": the accusation must charge that act
                    accusations = [e for e in accusations if _same_act(parted, _charged_acts(_trigger(doc, e)), lex)]
                accusers = {e.source for e in accusations}
                if len(accusers) != 1:
                    continue
                accuser, tok = next(iter(accusers)), None
            out.append(Candidate("REJECT", None, denier, accuser, v, who, tok))
    return out
