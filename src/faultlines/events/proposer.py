"""Open candidates for the judge: words outside the lexicon that the trigger spotter types, and verbs whose
subject and object both resolve to actors.

The rule coder finds events on the verbs its lexicon lists; a verb it does not list ("encouraged", "worked with",
"imported from") is proposed here as an OPEN candidate, built through the same argument finding and
`build_events` path (voice, polarity, place and date as for rule events). A verb or noun the trigger spotter
(events/spotter.py) types gets its arguments as a rule trigger of that type; any other open verb is typed or
dropped by the judge's open model (events/judge.py). They are proposed only when the judge asks: the rules-only
path never sees them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .assemble import build_events
from .lexicon import Lexicon, Rule
from .linker import document_pairs, linked_events, load_linker
from .polarity import mourned
from .readings import dateline_spans, within
from .spotter import load_spotter
from .syntax import agents, is_passive, objects, prep_objects, subjects, title_case

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..context import Context
    from ..records import Event
    from .coder import SentenceCoder

OPEN = "OPEN"  # the candidate-type marker the judge's features carry for open candidates
KEY = "faultlines.open"  # where the open candidates wait in the parse's user_data for the judge
PAIRS = "faultlines.pairs"  # where the linker's pairs of actor mentions wait for its training (train/linker_fit.py)
PLACEHOLDER = "CONSULT"  # an open candidate's type until the judge gives it one (never shown)
# Copulas, light verbs, saying, knowing and seeing: two actors around them state no interaction.
SKIP = frozenset({
    "be", "become", "seem", "remain", "appear", "look", "sound", "feel", "stay", "have", "make", "take", "give", "get",
    "do", "go", "come", "put", "let", "keep", "say", "tell", "add", "note", "ask", "know", "think", "believe", "see",
    "hear", "watch", "want", "need", "include", "describe", "name", "call", "refer", "mention", "quote", "cite",
    "report", "write", "read", "show", "find", "consider", "regard", "view", "treat", "term", "dub", "label", "like",
    "love", "hate", "prefer", "expect", "hope", "wish", "mean", "represent", "contain", "involve", "cost", "own",
    "use", "try", "seek", "start", "begin", "continue", "stop", "end", "finish", "follow", "precede", "lead",
    "comprise", "compare", "replace", "succeed", "resemble", "outnumber", "surround", "border", "face", "hold",
    "allow", "enable", "cause", "explain", "understand", "remember", "learn", "teach", "wonder", "realize",
    "recognize", "tweet", "post", "publish", "broadcast", "interview", "answer", "reply", "respond", "insist",
    "argue", "claim", "suggest", "state", "announce", "confirm", "acknowledge", "admit", "estimate", "accord",
    "speak",  # "speaks to reporters": a saying verb; "spoke with X" is the lexicon's own CONSULT
    "attend",  # "attended the ceremony": presence; an attended meeting is coded on its noun
})  # "according to X" is parsed as a verb
# Prepositions whose object can be whom an act is done to, with or from ("worked with", "appealed to").
PREPS = frozenset({"with", "to", "against", "on", "for", "from", "into", "at", "toward", "towards", "over", "upon"})


@dataclass(frozen=True)
class OpenCandidates:
    """A document's open candidates, and how to record the mentions that stood for their actors."""

    events: tuple[Event, ...]
    record: Callable[[set[str]], None]
    spotted: tuple[Event, ...] = ()  # typed by the trigger spotter (events/spotter.py): kept as typed
    linked: tuple[Event, ...] = ()  # pairs of actors the learned linker links (events/linker.py): kept as typed


def stash_open(ctx: Context, coder: SentenceCoder, place_mentions: list[tuple[int, int, str]], found: list[Event],
               ) -> None:
    """Leave the document's open candidates in its parse for the judge (events/judge.py), proposed only when the
    judge asks for them: the rules-only path and the rule events' stand-ins never see their mentions."""
    rules = list(found)

    def propose() -> OpenCandidates:
        spotted = spotted_candidates(ctx, coder, place_mentions, rules)
        rules_and_spotted = rules + spotted  # a verb the spotter typed is not proposed again untyped
        events = open_candidates(ctx, coder, place_mentions, rules_and_spotted)
        # the linker's pairs read beside the rule events, as in its training; a pair a kept spotted or open event
        # links is left out by the judge (judge.open_events)
        linker = load_linker()
        links = linked_events(ctx, coder, place_mentions, rules, linker) if linker else []
        record = getattr(coder.actors, "record", None)  # the pipeline's ActorIndex; a bare lookup records nothing

        def stand_ins(ids: set[str]) -> None:
            if record is not None:
                record(coder.stand_ins(ids))

        return OpenCandidates(tuple(events), stand_ins, tuple(spotted), tuple(links))

    ctx.doc.user_data[KEY] = propose
    ctx.doc.user_data[PAIRS] = lambda: (document_pairs(ctx, coder, rules), coder.entry)  # for the linker's training


def waiting(doc: Doc) -> OpenCandidates | None:
    """The open candidates `stash_open` left in a parse, proposed on the first call; None when there are none."""
    got = doc.user_data.get(KEY)
    if callable(got) and not isinstance(got, OpenCandidates):
        got = doc.user_data[KEY] = got()
    return got if isinstance(got, OpenCandidates) else None


def spot_word(tok: Token, lex: Lexicon) -> bool:
    """A verb or noun the trigger spotter may type (when no rule event stands on it): no name, copula, light or
    saying word (reported speech is the rules' own)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "NOUN") or tok.tag_ == "JJ" or tok.dep_ in ("amod", "compound") or tok.ent_type_ \
            or len(lemma) < 3 or not lemma.isalpha():
        return False
    return not (lemma in SKIP or lemma in lex.reporting_verbs or lemma in lex.claim_verbs or lemma in lex.denial_verbs)


def spotted_candidates(ctx: Context, coder: SentenceCoder, place_mentions: list[tuple[int, int, str]],
                       found: list[Event]) -> list[Event]:
    """Events on words no rule event stands on that the trigger spotter types, their arguments found as for a
    rule trigger of that type; kept only when one party is an actor."""
    spotter = load_spotter()
    if spotter is None:
        return []
    lex = coder.lex
    taken = {i for e in found if e.trigger is not None for i in range(e.trigger.start, e.trigger.end)}
    datelines = dateline_spans(ctx)
    places = [(a, b) for a, b, _ in place_mentions]

    def where(t: Token | None) -> bool:  # a named place or a dateline is where, never a party the spotter may guess
        return within(t, datelines) or (t is not None and t.ent_type_ != "NORP" and within(t, places))

    out: list[Event] = []
    for sent in ctx.doc.sents:
        if ctx.in_signature(sent.start_char) or title_case(sent):
            continue
        disaster = any(t.lemma_.lower() in lex.disasters for t in sent)  # "killed in the quake": nobody's attack
        asks = max((t.i for t in sent if t.text == "?"), default=-1)
        for tok in sent:
            if tok.idx in taken or not spot_word(tok, lex) or tok.i <= asks:
                continue  # a question is the rules' (they keep it questioned), never an asserted spotted act
            own = (lex.verbs if tok.pos_ == "VERB" else lex.nouns).get(tok.lemma_.lower(), ())
            if held_back(tok, own, coder) or mourned(tok, lex) or (type_ := spotter.spot(tok)) is None:
                continue  # a lexicon word's own conditions, and a condolence's occasion, stand
            same = next((r for r in own if r.type == type_), None)  # the word's own reading: its mode, whether it
            rule = (Rule(type=type_, mode=same.mode if same else None,  # needs a target ("a man was arrested")
                         target_preps=PREPS.union(*(r.target_preps for r in own)),
                         needs_target=any(r.needs_target for r in own if r.type == type_)),)
            # the coder's idioms of police reporting stand for a spotted word as for a rule's ("shot himself")
            for c in coder.police_idioms(coder.verb(tok, rule) if tok.pos_ == "VERB" else coder.noun(tok, rule)):
                if (c.source is None and c.target is None) or c.source == c.target:
                    continue
                if disaster and c.source is None and c.type in ("ASSAULT", "COERCE"):
                    continue
                if where(c.source_tok) or where(c.target_tok):
                    continue
                out.extend(build_events(ctx, c, coder.lex, place_mentions, coder.actor_name))
    return out


def held_back(tok: Token, own: tuple[Rule, ...], coder: SentenceCoder) -> bool:
    """The lexicon's own conditions on the word stand against the spotter: a reading gated on its use that the rules
    did not take, or a no-event reading that this use meets ("shot a video", "charged the battery"). A no-event
    reading kept for certain objects leaves the word's other uses to the spotter ("was shot dead")."""
    for r in own:
        if r.not_event and r.objects and not replace(r, objects=frozenset(), not_event=False).gated:
            passive = tok.pos_ == "VERB" and is_passive(tok)
            if coder._objects_fit(r, objects(tok) + (subjects(tok) if passive else [])):
                return True
        elif r.gated or r.not_event:
            return True
    return False


def open_verb(v: Token, coder: SentenceCoder, taken: set[int]) -> bool:
    """A verb outside the lexicon that may carry an interaction: no copula, light, saying or trigger verb."""
    lex, lemma = coder.lex, v.lemma_.lower()
    if v.pos_ != "VERB" or v.tag_ == "JJ" or v.dep_ == "amod" or v.idx in taken or not lemma.isalpha():
        return False
    return not (lemma in SKIP or lemma in lex.verbs or lemma in lex.reporting_verbs or lemma in lex.claim_verbs
                or lemma in lex.denial_verbs)


def open_candidates(ctx: Context, coder: SentenceCoder, place_mentions: list[tuple[int, int, str]],
                    found: list[Event]) -> list[Event]:
    """Events (typed PLACEHOLDER until judged) on open verbs with an actor as subject (or passive agent) and another
    as object or prepositional object; every verb of a rule event's trigger is left to the rules."""
    taken = {i for e in found if e.trigger is not None for i in range(e.trigger.start, e.trigger.end)}
    datelines = dateline_spans(ctx)
    out: list[Event] = []
    for sent in ctx.doc.sents:
        if ctx.in_signature(sent.start_char) or title_case(sent):
            continue  # headlines are parsed again by the rule coder; their first parse is not trusted here
        for v in sent:
            if not open_verb(v, coder, taken):
                continue
            if is_passive(v):
                srcs, tgts = agents(v), subjects(v)
            else:
                srcs, tgts = subjects(v), objects(v) + prep_objects(v, PREPS)
            if not srcs or not tgts:
                continue
            for c in coder._pairs(OPEN, None, v, srcs, tgts, needs_target=True):
                if c.source is None or c.target is None or c.source == c.target:
                    continue
                if within(c.source_tok, datelines) or within(c.target_tok, datelines):
                    continue
                out.extend(build_events(ctx, replace(c, type=PLACEHOLDER), coder.lex, place_mentions, coder.actor_name))
    return out
