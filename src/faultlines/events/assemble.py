"""Turn coded candidates into `Event` records (voice, polarity, date, place) and merge duplicates."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..records import PLOVER_SIGN, Event, Mention, Voice
from .claims import claim_of, claimant_tokens, paragraph_speaker, pronoun_claimant
from .diplomacy_data import withheld
from .lexicon import Lexicon
from .polarity import REFUSING, ceased, kept_from, negated_here, pending, polarity
from .syntax import DOCUMENTS, VERBAL, prep_objects, subjects
from .when import event_date, event_place
from .wordnet import senses, synset

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from ..context import Context
    from .readings import Candidate

# A promise, concession or retreat that is refused is a rejection in PLOVER ("will not accept", "did not lift");
# one that is merely not ordered ("gave no order to pull out") stays a negated retreat.
REFUSALS = ("AGREE", "CONCEDE", "RETREAT")
SPEAKING = frozenset({"noun.person", "noun.group", "noun.Tops"})  # WordNet supersenses of nouns that can speak
BY_FROM = frozenset({"by", "from"})
ISSUING = frozenset({"release", "issue", "publish", "send", "post", "deliver", "file", "submit", "present", "unveil"})
INFORMANTS = frozenset({"source", "insider", "informant", "opposition"})  # "security sources said", "the opposition
# accuses" (WordNet puts the act of opposing first)


def _span(tok: Token | None) -> Mention | None:
    if tok is None:
        return None
    left = min((c.left_edge.i for c in tok.lefts if c.dep_ not in ("det", "punct")), default=tok.i)
    sp = tok.doc[left: tok.i + 1]
    return Mention(sp.start_char, sp.end_char, sp.text)


def _named(tok: Token | None, name_of: Callable[[Token], str | None]) -> Mention | None:
    """A resolved pronoun's mention is its antecedent's name in the same sentence ("UNRWA said it had suspended
    aid": UNRWA), the nearest earlier noun phrase naming the same actor; otherwise the pronoun itself."""
    if tok is None or tok.pos_ != "PRON":
        return _span(tok)
    name = name_of(tok)
    if name is not None:
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            a = tok.doc[i]
            if a.pos_ in ("NOUN", "PROPN") and a.dep_ not in ("compound", "amod", "nmod") and name_of(a) == name:
                return _span(a)
    return _span(tok)


def own_source(c: Candidate) -> bool:
    """A nominal trigger that names its own doer ("the Saudi bombing campaign", "Iran's shipments")."""
    t, st = c.trigger, c.source_tok
    if t.pos_ in VERBAL or st is None or st.pos_ == "PRON":  # "did not launch its attack": its own act, negated
        return False
    owners = {t.i, t.head.i} if t.dep_ == "compound" else {t.i}  # "the Saudi bombing campaign"
    return st.head.i in owners or (st.head.dep_ in ("amod", "compound", "prep") and st.head.head.i in owners)


def speaker_like(tok: Token) -> bool:
    """A mention that can speak: a named person or body, or a noun of people or groups ("witnesses", "the ministry");
    never a thing of the sentence ("after saying its new bid had failed": not "new bid")."""
    if tok.pos_ == "PRON":
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN" or tok.lemma_.lower() in INFORMANTS:
        return True
    if any(c.dep_ == "compound" and speaker_like(c) for c in tok.lefts):
        return True  # "court documents allege": the court's
    offsets = senses(tok.lemma_.lower(), "noun")[:3]
    if not offsets:
        return True  # a word WordNet lacks: not known to be a thing
    return any((sy := synset("noun", o)) is not None and sy.lexname in SPEAKING for o in offsets)


def issuer(tok: Token) -> Token | None:
    """The one who issued a document named as a claim's source ("a statement from the ministry", "its report")."""
    if tok.lemma_.lower() not in DOCUMENTS:
        return None
    released = subjects(tok.head) if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUING else []
    return next((o for o in [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, BY_FROM) + released
                 if speaker_like(o)), None)  # "released a report accusing X": the releaser


def claim_voices(ctx: Context, t: Token, lex: Lexicon, name_of: Callable[[Token], str | None]) -> list[tuple[Voice, bool]]:
    """The voices an event is told in, each with whether that voice denies it: the structure stage's voice,
    narrowed to the claimants whose saying, accusing or denial holds the trigger (one voice per claimant)."""
    voice = ctx.voice_at(t.idx)
    claim = claim_of(t, lex)
    if claim is None:
        return [(voice, False)]
    denied = claim.stance == "denial"
    if voice.kind == "commenter" or (voice.kind == "quoted" and voice.name and ctx.quote_at(t.idx) is not None):
        return [(voice, denied)]
    toks = [x for x in claimant_tokens(claim) if (seg := ctx.segment_at(x.idx)) is None or seg.kind != "dateline"]
    if not toks and t.pos_ in VERBAL and t.lemma_.lower() in lex.claim_verbs and t.dep_ not in ("xcomp", "ccomp"):
        return [(voice, denied)]  # "released a report accusing X", "are believed to be A and B, which blame X": the
        # accusing itself is told by the author (what it accuses X of is the report's); "X said to warn Y" is hearsay
    if not toks:  # "the accusation that X armed Y", "X is accused of": someone's claim, not the author's
        return [(Voice("quoted", None), denied)]
    toks = [issuer(x) or x for x in toks]  # "according to a statement from the ministry": the ministry
    out: list[tuple[Voice, bool]] = []
    for tok in toks:
        if tok.pos_ == "PRON" and name_of(tok) is None:  # '"...," it said': the ministry named before
            tok = pronoun_claimant(tok) or tok
        name = name_of(tok) or (_span(tok).text if speaker_like(tok) else None)  # type: ignore[union-attr]
        v = Voice("quoted", name or paragraph_speaker(ctx.text, ctx.quotes, t.idx))  # else the paragraph's speaker
        if (v, denied) not in out:
            out.append((v, denied))
    return out


def build_events(ctx: Context, c: Candidate, lex: Lexicon, place_mentions: list[tuple[int, int, str]],
                 name_of: Callable[[Token], str | None]) -> list[Event]:
    """One event per voice that tells the candidate (the author, or each claimant of a reported claim)."""
    sent = c.trigger.sent
    text = sent.text.rstrip()
    start = sent.start_char
    t = c.trigger
    extra = [x for x in (c.target_tok, c.host) if x is not None]
    seg = ctx.segment_at(start)
    base = polarity(t, lex, c.host)
    if base == "negated" and own_source(c) and not negated_here(t) and not ceased(t, lex):
        base = "asserted"  # "Britain is not part of the Saudi bombing campaign": the campaign is; Britain's part is not
    out = []
    for voice, denied in claim_voices(ctx, t, lex, name_of):
        type_, pol = c.type, base
        if denied and pol == "asserted":
            pol = "negated"
        elif pol == "negated" and (type_ in REFUSALS or (type_ == "SUPPORT" and withheld(t))) and not denied \
                and not pending(t) and (t.dep_ != "acl" or t.head.lemma_.lower() in REFUSING) \
                and not kept_from(t):  # "stopped X from withdrawing": X refused nothing; "does not recognize the
            # results" rejects them (diplomacy_data.withheld), and so does "X's refusal to recognize Y"
            type_, pol = "REJECT", "asserted"
        out.append(Event(id="", type=type_, mode=c.mode, source=c.source, target=c.target, start=start,
                         end=start + len(text), text=text, place=event_place(t, extra, place_mentions),
                         date=event_date(c.host if c.host is not None and t.pos_ not in VERBAL else t,
                                         ctx.document.published),
                         polarity=pol, voice=voice, sign=PLOVER_SIGN[type_],
                         trigger=Mention(t.idx, t.idx + len(t.text), t.text), source_mention=_named(c.source_tok, name_of),
                         target_mention=_named(c.target_tok, name_of), segment=seg.id if seg else None,
                         evidence=(Mention(start, start + len(text), text),)))
    return out


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (type, source, target, polarity, voice); later sightings add evidence and fill gaps."""
    merged: dict[tuple[Any, ...], Event] = {}
    for e in events:
        key = (e.type, e.source, e.target, e.polarity, e.voice.kind, e.voice.name)
        old = merged.get(key)
        if old is None:
            merged[key] = e
            continue
        ev = old.evidence + tuple(m for m in e.evidence if m not in old.evidence)
        merged[key] = replace(old, evidence=ev, mode=old.mode or e.mode, date=old.date or e.date,
                              place=old.place or e.place)
    out = sorted(merged.values(), key=lambda e: (e.start, e.trigger.start if e.trigger else 0))
    return [replace(e, id=f"e{i + 1}") for i, e in enumerate(out)]
