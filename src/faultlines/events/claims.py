"""Who claims or denies an event: the reporting, accusing or denying verb (or claim noun) whose clause holds it.

"X accused Y of arming Z", "X alleged that Y armed Z", "X denied its involvement in arming Z", "X rejected
reports that Y armed Z": the arming is X's claim (or denial), not the author's assertion.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from ..records import Event, Mention, Quote, Voice
from .boasts import PARTS, charge_misparsed, claim_content, own_claim
from .claim_conjuncts import carried, misread_claimants
from .deeds import deed_data, holder, loaded
from .noun_parties import blamed_on
from .polarity import WARNINGS
from .pronouns import in_quotation
from .syntax import VERBAL, agents, conjuncts, directed, is_passive, subjects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .lexicon import Lexicon

Stance = Literal["claim", "denial"]
# Links a trigger climbs to reach the verb or noun that reports it.
UP = frozenset({"ccomp", "xcomp", "pcomp", "prep", "pobj", "dobj", "acl", "conj", "advcl", "compound", "nsubj",
                "nsubjpass", "attr", "oprd", "appos", "mark", "acomp", "relcl"})
TELLING = frozenset({"tell", "inform", "assure", "warn", "remind", "brief"})  # whom one tells is whom one then urges
HOLDING = frozenset({"have", "show", "provide", "offer"})  # evidence held or shown is its holder's claim
CALLS = frozenset({"call", "urge", "demand", "ask", "appeal", "press", "request", "implore", "plead"})
ALLEGED = frozenset({"alleged", "allegedly", "purported", "purportedly", "supposed", "supposedly", "claimed"})
CLAIM_PREPS = frozenset({"of", "for", "in", "about", "over", "behind", "with"})
# Present-tense claims that end a sentence after their speaker (", police allege.", ", prosecutors say."); the
# parser may read them as a noun ("police allege" appos) or a relative clause.
TRAILING = frozenset({"allege", "alleges", "say", "says", "claim", "claims", "contend", "contends"})
DOCUMENT_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})  # what "a report accusing X" itself does
FIRST = frozenset({"we", "i"})  # a quotation's speaker condemning in the first person
SPEAKER_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})  # the speaker's phrase: "the", "federal", "court"


# Offences one is charged with, told by a gerund ("charged with inciting violence", "with obstructing an inquiry");
# a gerund of anything else is a task given ("the body charged with overseeing the vote", "charged with keeping order");
# policing.py's CRIME_GERUNDS serve its agentless court reading, which also takes "carrying" and "selling".
OFFENCES = frozenset({
    "incite", "obstruct", "steal", "embezzle", "murder", "kill", "assault", "attack", "rape", "kidnap", "abduct",
    "launder", "defraud", "bribe", "conspire", "plot", "smuggle", "traffic", "possess", "insult", "defame", "threaten",
    "harass", "torture", "rob", "loot", "bomb", "shoot", "stab", "beat", "misappropriate", "forge", "falsify", "evade",
    "spy", "subvert", "abet", "belong", "hack", "sabotage", "vandalise", "vandalize", "desecrate", "hijack", "extort",
    "blackmail", "counterfeit", "tamper", "intimidate", "massacre", "commit", "mislead", "lie", "perjure", "spread",
    "disturb", "damage", "destroy", "burn", "attempt", "instigate", "leak", "divulge", "desert",
    "mutiny", "riot", "trespass", "poach", "abuse", "molest", "solicit", "endanger", "injure", "wound", "strangle"})


def charged_offence(v: Token) -> bool:
    """"was charged with inciting violence", "charged X with obstructing justice": a charge laid (its gerund an
    offence); "charged with keeping order" is a task, no charge."""
    return v.lemma_ == "charge" and any(
        p.lemma_.lower() in OFFENCES for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.tag_ == "VBG" or g.dep_ == "pcomp" for p in conjuncts(g))


@dataclass(frozen=True)
class Claim:
    """The claimants (tokens; empty when unnamed) and whether they assert or deny what the clause says."""

    claimants: tuple[Token, ...]
    stance: Stance


def _speakers(v: Token) -> tuple[Token, ...]:
    found = agents(v) if is_passive(v) else subjects(v)
    return tuple(s for s in found if s.pos_ != "PRON" or s.lower_ not in ("that", "this", "which")
                 or (s.lower_ == "it" and is_passive(v)))


def paragraph_speaker(text: str, quotes: Sequence[Quote], at: int) -> str | None:
    """The named speaker of a quotation in the paragraph holding `at` (the nearest before it, else after): who an
    unnamed claim of that paragraph is told by ("'...,' the spokesman said. The officer is accused of ...")."""
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    named = [q for q in quotes if lo <= q.start < hi and (q.speaker_name or q.speaker)]
    before = [q for q in named if q.start <= at]
    q = max(before, key=lambda q: q.start) if before else min(named, key=lambda q: q.start, default=None)
    return (q.speaker_name or q.speaker) if q is not None else None


def pronoun_claimant(pron: Token) -> Token | None:
    """The noun a claimant "it"/"they"/"he"/"she" stands for ('The ministry condemned the raid. "...," it said'):
    the nearest earlier subject noun outside quotations, in its sentence or the two before, of the pronoun's number
    ("it" a singular, "they" a plural, "he"/"she" a named person or a singular noun)."""
    p = pron.lower_
    if p not in ("it", "they", "he", "she"):
        return None
    floor = pron.sent.start
    for _ in range(2):
        floor = pron.doc[floor - 1].sent.start if floor > 0 else floor
    for i in range(pron.i - 1, floor - 1, -1):
        t = pron.doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") or in_quotation(t):
            continue
        plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
        person = t.ent_type_ == "PERSON"
        if (p == "they") == plural and (p != "it" or not person) and (p not in ("he", "she") or t.tag_ in ("NN", "NNP")):
            return t
    return None


def _noun_claimants(n: Token, lex: Lexicon) -> Claim:
    """Who makes or denies the claim a noun names ("rejected US accusations that ...", "the UN's report that ...")."""
    own = tuple(c for c in n.lefts if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ", "PRON"))
    head = n.head
    if n.dep_ in ("dobj", "nsubjpass") and head.pos_ in VERBAL:
        lemma = head.lemma_.lower()
        if lemma in lex.denial_verbs or (lemma in lex.dismissive_verbs and n.lemma_.lower() in lex.claim_nouns):
            return Claim(_speakers(head), "denial")
        if lemma in lex.claim_verbs or lemma in lex.claim_hosts or (lemma in HOLDING and n.lemma_.lower() == "evidence"):
            return Claim(own or _speakers(head), "claim")  # "says it has evidence that X armed them"
    if n.dep_ == "pobj" and head.lower_ in ("of", "against") and head.head.lemma_.lower() in lex.denial_verbs:
        return Claim(_speakers(head.head), "denial")
    return Claim(own, "claim")


def apart(x: Token, h: Token) -> bool:
    """"X arrested two men; the minister said nothing": a clause before a semicolon is no report of the verb after it
    (nor of one whose object says there was none)."""
    return (x.i < h.i and any(w.text == ";" for w in x.doc[x.right_edge.i + 1: h.i])) or any(
        c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in h.children)


def parenthetical(t: Token, lex: Lexicon) -> Token | None:
    """"X was arrested at the airport, Chief Y said, and has been in custody": a verb of saying after a comma that the
    parser hung on the trigger's clause as a parataxis (not its head), with a subject of its own."""
    top = t
    while top.dep_ in ("conj", "xcomp", "prep", "pobj", "dobj", "pcomp", "acomp", "advcl") and top.head.i != top.i:
        top = top.head
    return next((p for p in top.children if p.dep_ == "parataxis" and p.i > t.i and p.lemma_.lower() in lex.claim_verbs
                 and "," in (t.doc[p.left_edge.i].text, t.doc[p.left_edge.i - 1].text)
                 and any(c.dep_ == "nsubj" for c in p.children)), None)


def told_call(t: Token) -> bool:
    """"told Y (that) ..., calling for / urging Z": a call in a participle after the reported clause of a verb of
    telling is the teller's own act."""
    h = t.head
    return t.tag_ == "VBG" and t.dep_ == "advcl" and t.lemma_.lower() in CALLS and t.doc[t.i - 1].text == "," \
        and h.dep_ == "ccomp" and h.i < t.i and h.head.lemma_.lower() in TELLING


def boasted(t: Token) -> Claim | None:
    """The trigger lies in the content of a claim a party makes of its own deed: that party's claim."""
    for a in [t, *t.ancestors][:6]:
        n = claim_content(a) if a.pos_ in VERBAL else None
        maker = own_claim(n, a) if n is not None else None
        if maker is not None:
            return Claim((maker,), "claim")
    return None


def _culpable(x: Token) -> bool:
    """"responsible", "accountable": what one holds a party for an act."""
    from .criticism import criticism_data
    return x.lemma_.lower() in criticism_data().culpable


def claim_of(t: Token, lex: Lexicon) -> Claim | None:
    """The claim that holds the trigger `t`, or None when nothing reports it (the voice is then the segment's)."""
    if t.lemma_.lower() in lex.claim_nouns and (t.pos_ not in VERBAL or (
            t.dep_ in ("relcl", "ccomp") and t.head.lemma_.lower() == t.lemma_.lower())):
        return None  # "rejected the US accusations", "the charges with which X charges Y", "A is charged with theft;
        # B is charged with fraud": the accusing happened ("was charged, police said" is told)
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lemma_.lower() in lex.claim_nouns and any(
            r.type in DOCUMENT_ACTS for r in lex.verbs.get(t.lemma_.lower(), ())):
        return None  # "released a report accusing Venezuela of ...": the report's accusing, told by the author
        # ("wanted on charges of ... the shooting death of Y": a shooting charged, no act of the charges)
    if relative_denial(t, lex):
        return None  # "X blamed Y, which Y denies": the author reports the denial; it is nobody's claim
    source = according_to(t) or trailing_speaker(t)
    if source is not None:
        return Claim((source,), "claim")
    boast = boasted(t)
    if boast is not None:
        return boast  # "X denied a claim by the rebels that they shot down the jet": the rebels' claim, not denied
    told = parenthetical(t, lex)
    if told is not None:
        return Claim(_speakers(told), "claim")
    if any(c.lower_ in ALLEGED and c.dep_ in ("advmod", "amod") for c in t.children):
        return Claim((), "claim")  # "the alleged attack", "allegedly armed": someone's claim, not the author's
    if told_call(t):
        return None  # "told Y that the talks stalled, calling for Z": the teller's own call, not what was told
    misread = misread_claimants(t)
    if misread:
        return Claim(misread, "claim")
    x = t
    for _ in range(10):
        h = x.head
        if h is x or x.dep_ not in UP:
            return None
        lemma = h.lemma_.lower()
        if h.pos_ in VERBAL:
            if lemma in lex.claim_verbs or lemma in lex.denial_verbs:
                x = carried(x, h) or x  # "says she was beaten, was jailed ...": told as the first conjunct is
            if lemma in lex.denial_verbs and x.dep_ in ("ccomp", "xcomp", "prep", "dobj", "pcomp"):
                if charge_misparsed(h) == x and x.lemma_.lower() in lex.claim_verbs:
                    return None  # "X accuses Y of Z, a charge W denies": the accusing is told; W denies its content
                return Claim(_speakers(h), "denial")
            if lemma in lex.claim_verbs and not (x.dep_ == "xcomp" and lemma in lex.directive_heads and directed(h)) \
                    and not apart(x, h):
                if x.dep_ in ("ccomp", "xcomp") or (x.dep_ == "prep" and (x.lower_ in CLAIM_PREPS or (
                        x.lower_ == "against" and lemma in WARNINGS))):  # "warned X against sending troops"
                    return Claim(_speakers(h), "claim")
                if x.dep_ == "dobj" and x.lemma_.lower() in lex.claim_nouns:
                    return Claim(_speakers(h), "claim")
            if x.dep_ == "dobj" and x.i == holder(t).i and loaded(t) and lemma in deed_data().condemning:
                outer = claim_of(h, lex)  # "'we, the leaders of A and B, condemn ...,' the bloc said": the bloc's
                if outer is not None and outer.claimants:
                    return outer
                who = _speakers(h)  # "condemned Serbia's act of aggression": the condemner's word ("we condemn" in a
                if not all(w.lower_ in FIRST for w in who):  # quotation: its speaker's, the segment's voice)
                    return Claim(who, "claim")
            if lemma == "hold" and loaded(t) and x.dep_ in ("ccomp", "acomp", "advcl") and _culpable(x):
                return Claim(_speakers(h), "claim")  # "holds Kenya responsible for the atrocities": the holder's
            if x.dep_ == "dobj" and x is t and blamed_on(x):
                return Claim(_speakers(h), "claim")  # "Kyiv blamed the shelling on Russia": Russia shelled, says Kyiv
            if lemma in lex.dismissive_verbs and x.dep_ == "dobj" and x.lemma_.lower() in lex.claim_nouns:
                return Claim(_speakers(h), "denial")
            if x.dep_ in ("nsubj", "nsubjpass") and x is not t:
                return None  # a clause of its own: "the claim that X armed Y angered Z" stops at the claim noun
            if x.dep_ in ("advcl", "conj") and x is not t and (lemma in lex.claim_verbs or lemma in lex.denial_verbs
                                                               or h.dep_ not in UP):
                return None  # "X said A, and B struck C": the saying's own conjunct; "says it took A and is pressing
                # its attacks" stays inside what is said
        elif h.pos_ in ("NOUN", "PROPN") and lemma in lex.claim_nouns and x.dep_ in ("acl", "ccomp", "prep", "relcl") \
                and (x.dep_ != "prep" or x.lower_ in ("of", "that", "about", "over", "in", "behind", "for")) \
                and not (lemma in PARTS and h.dep_ == "dobj" and h.head.lemma_.lower() in PLAYING):  # "says it had no
            # role in the attack": a part had (or not), told by whoever tells it
            return _noun_claimants(h, lex)  # "charges by X that ..." climbs on to the verb that denies them
        x = h
    return None


def according_to(t: Token) -> Token | None:
    """"X struck Y, according to Z": the source Z named on the trigger's clause (or the clause above it)."""
    x = t
    for _ in range(4):
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for to in c.children:
                    objs = [p for p in to.children if p.dep_ == "pobj"] if to.lower_ == "to" else []
                    if objs:
                        return objs[0]
        if x.head is x or x.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj"):
            return None
        x = x.head
    return None


def trailing_speaker(t: Token) -> Token | None:
    """"He pointed a gun at two women, police allege.": the speaker of a present-tense claim that ends the sentence
    after a comma, where the parser did not give the claim its subject (a noun, a relative clause, "police" a compound)."""
    words = [x for x in t.sent if not x.is_punct]
    v = words[-1] if words else t
    if v.lower_ not in TRAILING or v.i < t.i + 3 or (v.dep_ == "ROOT" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):
        return None
    s = t.doc[v.i - 1]
    if s.pos_ not in ("NOUN", "PROPN") or not (v.lower_.endswith("s") or s.tag_ in ("NNS", "NNPS")
                                                or s.lower_ == "police"):
        return None
    comma = next((i for i in range(s.i - 1, max(t.i, s.i - 4), -1) if t.doc[i].text == ","), None)
    if comma is None or any(x.pos_ not in SPEAKER_WORDS for x in t.doc[comma + 1: s.i]):
        return None
    return s


RELATIVES = frozenset({"which", "that", "what"})
BARE_DENIED = frozenset({"it", "this", "that", "so", "them"})  # "denied it": what it denies is the claim before


def relative_denial(v: Token, lex: Lexicon) -> bool:
    """"..., which Y denies", "a charge that Y denies", "a charge denied by Y": a denial told in a relative clause
    (or participle) hung on the accusation, with the denier named in it."""
    if v.pos_ not in VERBAL or v.lemma_.lower() not in lex.denial_verbs or (
            v.dep_ not in ("relcl", "acl") and charge_misparsed(v) is None):
        return False
    if any(c.dep_ == "neg" for c in v.children):
        return False
    return bool(_speakers(v))


def relative_accusers(v: Token, lex: Lexicon) -> list[Token]:
    """Who made the accusation that a relative denial answers: the speakers of the claim verb the clause hangs on
    ("Britain blames Russia in the case, which Russia denies" -> Britain)."""
    if not relative_denial(v, lex):
        return []
    charge = charge_misparsed(v)
    if charge is not None:  # "X accuses Y of Z, a charge W denies" parsed with the denial as the head
        denier = {s.i for s in _speakers(v)}
        return [s for s in _speakers(charge) if s.i not in denier] if charge.lemma_.lower() in lex.claim_verbs else []
    x = v.head
    for _ in range(12):  # "..., the poisoning of a spy and his daughter in Britain, a charge that Russia denies"
        h = x.head
        if h.i == x.i:
            return []
        if h.pos_ in VERBAL and x.dep_ in ("dobj", "pobj", "npadvmod", "appos", "advcl", "prep", "conj", "ccomp",
                                           "nsubj", "nsubjpass", "attr", "acomp"):
            if h.lemma_.lower() in lex.claim_verbs:
                denier = {s.i for s in _speakers(v)}
                return [s for s in _speakers(h) if s.i not in denier]
            if h.dep_ not in ("ccomp", "conj", "advcl", "pcomp"):  # "accuses X of shelling Goma, which X denies"
                return []
        x = h
    return []


def claimant_tokens(claim: Claim) -> list[Token]:
    """One token per claimant, coordinated claimants split ("the army and UN experts")."""
    out: list[Token] = []
    for c in claim.claimants:
        for x in conjuncts(c):
            if x not in out:
                out.append(x)
    return out


# Claim nouns that, bare, stand for an accusation made before ("denied the allegations", "rejected the charges",
# "denied any involvement").
ALLEGATION_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "report", "rumour", "rumor", "assertion",
                              "suggestion", "suspicion", "involvement", "responsibility", "complicity", "wrongdoing",
                              "role", "hand", "part"})


# the verbs that take a part one had in an act ("denied playing any role", "says it had no role in it")
PLAYING = frozenset({"play", "have", "take", "bear"})


def _in_it(prep: Token) -> bool:
    """"in it", "for that": a part in the act named before, not in one the sentence names."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.lower_ in BARE_DENIED for p in objs)


def _denier(v: Token, lex: Lexicon) -> Token | None:
    """The subject of "X denies the allegations" (a denial or dismissal of a bare claim noun), else None."""
    if v.pos_ not in VERBAL or v.lemma_.lower() not in lex.denial_verbs | lex.dismissive_verbs:
        return None
    if any(c.dep_ == "neg" for c in v.children):
        return None  # "did not deny the allegations"
    if relative_denial(v, lex):  # "..., a charge that Iran denies", "a charge denied by Tehran"
        who = [s for s in _speakers(v) if s.lower_ not in RELATIVES]
        return who[0] if who and who[0].pos_ in ("NOUN", "PROPN") else None
    objs = [o for o in v.children if o.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative")]
    if v.lemma_.lower() in lex.denial_verbs and not is_passive(v) and (not objs or all(
            o.dep_ == "dobj" and o.lower_ in BARE_DENIED for o in objs)):  # "Iran denied it", "Iran has denied"
        subj = subjects(v)
        return subj[0] if subj and subj[0].pos_ in ("NOUN", "PROPN") else None
    claims = [o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in ALLEGATION_NOUNS] or [
        o for x in v.children if x.dep_ == "xcomp" and x.lemma_.lower() in PLAYING  # "denied playing any role"
        for o in x.children if o.dep_ == "dobj" and o.lemma_.lower() in PARTS]
    objs += [o for x in v.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "prep"]
    if not claims or any(c.dep_ in ("acl", "relcl", "ccomp") or (c.dep_ == "prep" and not _in_it(c))
                         for o in claims for c in o.children) or (any(o.lemma_.lower() in PARTS for o in claims) and any(
                             o.dep_ == "prep" and o.lower_ in CLAIM_PREPS and not _in_it(o) for o in objs)):
        return None  # "denied the allegation that X ...", "denied involvement in the raid", "denied a hand in the
        # raid" (the parser hangs "in" on the verb): that clause is the claim
    subj = subjects(v)
    return subj[0] if subj and subj[0].pos_ in ("NOUN", "PROPN") else None


def denied_allegations(doc: Doc, found: list[Event], lex: Lexicon, actor_of: Callable[[Token], str | None],
                       name_of: Callable[[Token], str | None]) -> list[Event]:
    """"X denies the allegations": each claim that X did something, told in another's voice in the same or the
    previous sentence, again as X's own negated account (so that the two form a contested claim)."""
    out: list[Event] = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        for v in sent:
            who = _denier(v, lex)
            aid = actor_of(who) if who is not None else None
            if who is None or aid is None:
                continue
            name = name_of(who)
            lo = sents[k - 1].start_char if k else sent.start_char
            text = sent.text.rstrip()
            for e in found:
                if lo <= e.start < v.idx and e.source == aid and e.voice.kind == "quoted" and e.voice.name != name \
                        and e.polarity == "asserted" and e.type not in ("ACCUSE", "REJECT"):
                    out.append(replace(e, polarity="negated", voice=Voice("quoted", name), start=sent.start_char,
                                       end=sent.start_char + len(text), text=text,
                                       trigger=Mention(v.idx, v.idx + len(v.text), v.text),
                                       evidence=(Mention(sent.start_char, sent.start_char + len(text), text),)))
    return out
