"""Support and aid named as what a party has or acts with: "With backing from Iran, the Houthis advanced" and "the
militia enjoys the support of Tehran" -> Iran SUPPORT the Houthis, Tehran SUPPORT the militia; "help from Rwanda" is
AID. The giver is the noun's "from" object (or "of" object after "the"); the receiver the clause's subject."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .assemble import build_events
from .denials import rejected_accusers
from .readings import Candidate
from .syntax import OF, VERBAL, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from ..context import Context
    from ..records import Event
    from .arguments import ArgumentResolver
    from .lexicon import Lexicon

GIVEN = {"support": "SUPPORT", "backing": "SUPPORT", "sponsorship": "SUPPORT", "patronage": "SUPPORT",
         "endorsement": "SUPPORT", "blessing": "SUPPORT",
         "help": "AID", "aid": "AID", "assistance": "AID", "funding": "AID", "financing": "AID", "arming": "AID"}
# verbs whose subject has (or gets) what its object names ("enjoys the backing of", "won support from")
HAVING = frozenset({"have", "enjoy", "get", "receive", "win", "gain", "secure", "obtain", "draw", "attract", "rely",
                    "count", "depend", "benefit"})
# prepositions that hang a clause's means on it ("with Iran's help", "thanks to help from", "relied on aid from")
MEANS = frozenset({"with", "on", "upon", "from"})
# having verbs that name support hoped for or needed, not given: "counting on support from X", "relies on aid from"
EXPECTING = frozenset({"count", "depend", "rely"})
DETS = frozenset({"the"})
NOT_GIVERS = frozenset({"PRON"})


def _giver(n: Token, actor_of: Callable[[Token], str | None]) -> Token | None:
    """The party a support or aid noun comes from: its "from" object, or its "of" object after "the"."""
    for p in prep_objects(n, frozenset({"from"})):
        if p.pos_ not in NOT_GIVERS and actor_of(p):
            return p
    if any(c.dep_ == "det" and c.lower_ in DETS for c in n.children):
        for p in prep_objects(n, OF):
            if p.pos_ not in NOT_GIVERS and p.tag_ != "VBG" and actor_of(p):
                return p
    return None


def _holder(n: Token) -> Token | None:
    """The verb whose subject holds the noun: "with X's backing, they advanced", "enjoys the backing of",
    "relies on help from", "thanks to support from", "the troops, with the help of X, advanced"."""
    h = n.head
    if n.dep_ == "dobj" and h.pos_ in VERBAL and h.lemma_.lower() in HAVING:
        return h
    if h.lower_ == "thanks" and n.dep_ == "relcl" and h.head.pos_ in VERBAL:
        return h.head  # "Thanks to support from X, they ...", as the small parser reads it
    if n.dep_ != "pobj":
        return None
    if h.lower_ == "to" and h.head.lower_ == "thanks":
        h = h.head
    elif h.lower_ not in MEANS or (h.lower_ != "with" and h.head.lemma_.lower() not in HAVING):
        return None
    v = h.head
    if h.lower_ == "with" and v.dep_ == "nsubj" and v.pos_ in ("NOUN", "PROPN"):
        v = v.head  # "Nigerian troops, with the help of Chadian soldiers, retook the town": hung on the subject
    return v if v.pos_ in VERBAL else None


def backed(doc: Doc, lex: Lexicon, actor_of: Callable[[Token], str | None]) -> list[Candidate]:
    """A SUPPORT or AID event for each support or aid noun that a clause's subject has or acts with."""
    out: list[Candidate] = []
    for n in doc:
        type_ = GIVEN.get(n.lemma_.lower()) if n.pos_ == "NOUN" else None
        if type_ is None or any(c.dep_ in ("poss", "neg") or c.lower_ == "no" for c in n.children):
            continue  # "with Iran's backing" is the noun's own reading; "with no help from" gives none
        giver = _giver(n, actor_of)
        v = _holder(n) if giver is not None else None
        if giver is None or v is None or is_passive(v) or any(c.dep_ == "neg" for c in v.children):
            continue
        src = actor_of(giver)
        takers = [s for s in subjects(v) if actor_of(s) and actor_of(s) != src]
        if not takers:
            continue
        mode = next((lex.modes.get("AID", {}).get(c.lemma_.lower()) for c in n.children
                     if c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.modes.get("AID", {})), None)
        out.append(Candidate(type_, mode if type_ == "AID" else None, src, actor_of(takers[0]), n, giver, takers[0], v))
    return out


# verbs whose subject carries out the act noun they take: "launched a Russian-backed offensive"
CARRYING = frozenset({"launch", "mount", "begin", "start", "wage", "lead", "conduct", "stage", "carry", "press",
                      "continue", "resume", "spearhead", "open", "step", "intensify", "escalate"})
FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})
VAGUE_BACKERS = frozenset({"western", "west", "foreign", "international", "state", "government", "outside"})


def _backer_word(n: Token, relations: dict[str, tuple[str | None, str | None]]) -> tuple[Token, str, str | None] | None:
    """The backer word and relation of a compound on act noun `n`: ("Russian", SUPPORT) from "Russian-backed"."""
    for c in n.lefts:
        if c.dep_ not in ("amod", "compound"):
            continue
        low = c.lower_
        if low in relations and c.i >= 2 and c.doc[c.i - 1].text == "-":
            word, verb = c.doc[c.i - 2], low
        elif "-" in low and low.rsplit("-", 1)[1] in relations:
            word, verb = c, low.rsplit("-", 1)[1]
        else:
            continue
        etype, mode = relations[verb]
        if etype is not None and word.lower_.split("-")[0] not in VAGUE_BACKERS:
            return word, etype, mode
    return None


def _act_doer(n: Token) -> Token | None:
    """Who carries out act noun `n`: its "by" object, its possessor, or the subject of a verb that launches it."""
    for p in prep_objects(n, frozenset({"by"})):
        return p
    for c in n.lefts:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
    v = n.head
    if n.dep_ == "dobj" and v.pos_ in VERBAL and v.lemma_.lower() in CARRYING and not is_passive(v):
        return next(iter(subjects(v)), None)
    return None


def backed_acts(doc: Doc, lex: Lexicon, relations: dict[str, tuple[str | None, str | None]],
                actor_of: Callable[[Token], str | None], named: Callable[[str], str | None]) -> list[Candidate]:
    """"Syrian troops launched a Russian-backed offensive", "an Iranian-funded campaign by the Houthis": the backer
    of a force act backs (or, funding, arming or training it, aids) whoever carries it out."""
    out: list[Candidate] = []
    for n in doc:
        if n.pos_ != "NOUN" or not any(r.type in FORCE_ACTS for r in lex.nouns.get(n.lemma_.lower(), ())):
            continue
        found = _backer_word(n, relations)
        doer = _act_doer(n) if found is not None else None
        if found is None or doer is None or any(c.dep_ == "neg" for c in (*n.children, *n.head.children)):
            continue
        word, etype, mode = found
        src = actor_of(word) or named(word.text.rsplit("-", 1)[0] if "-" in word.text else word.text)
        tgt = actor_of(doer)
        if src and tgt and src != tgt:
            out.append(Candidate(etype, mode if etype == "AID" else None, src, tgt, n, word, doer, n.head))
    return out


# meetings named in a clause's adjunct: "after talks with Putin, X said", "during a meeting with the emir" (an interview
# with a newspaper is how a statement was made, no meeting of parties: CAMEO's 010, not 04)
MEETINGS = frozenset({"talk", "meeting", "negotiation", "discussion", "conversation", "consultation", "call", "contact",
                      "conference"})
AT_MEETING = frozenset({"in", "during", "after", "at", "following", "on"})
PHONES = frozenset({"phone", "telephone"})


def adjunct_meetings(doc: Doc, actor_of: Callable[[Token], str | None],
                     kind_of: Callable[[str], str | None] = lambda _: None) -> list[Candidate]:
    """CONSULT from a clause's subject to whom a meeting noun in its adjunct is "with" ("After talks with Putin,
    Erdogan said": Erdogan CONSULT Putin; "told Erdogan in a phone call": Erdogan, the one told). An outlet is no
    party: "in a conversation with the BBC" is an interview, how a statement was made."""
    out: list[Candidate] = []
    for n in doc:
        lemma = n.lemma_.lower()
        if n.pos_ != "NOUN" or lemma not in MEETINGS or n.dep_ != "pobj" or n.head.lower_ not in AT_MEETING:
            continue
        phone = any(c.lemma_.lower() in PHONES for c in n.children if c.dep_ in ("compound", "amod"))
        if (lemma == "call" and not phone) or (lemma == "contact" and n.head.lower_ != "in") \
                or any(c.dep_ in ("poss", "neg") for c in n.children):
            continue  # "a call for calm"; "made contact"; "Putin's talks with X" are the noun's own reading
        v = n.head.head
        if v.pos_ not in ("VERB", "AUX") or is_passive(v) or any(c.dep_ == "neg" for c in v.children):
            continue
        subs = [s for s in subjects(v) if actor_of(s)]
        if not subs:
            continue
        others = prep_objects(n, frozenset({"with"}))
        if not others and v.lemma_.lower() == "tell":
            others = [c for c in v.children if c.dep_ in ("dobj", "dative")]  # "told Erdogan in a phone call"
        others = [o for o in others if (a := actor_of(o)) and a != actor_of(subs[0]) and kind_of(a) != "media"]
        if others:
            out.append(Candidate("CONSULT", "phone" if phone else None, actor_of(subs[0]), actor_of(others[0]), n,
                                 subs[0], others[0], v))
    return out


def later_events(ctx: Context, found: list[Event], lex: Lexicon, coder: ArgumentResolver,
                 place_mentions: list[tuple[int, int, str]]) -> list[Event]:
    """The events read once a document's own are found: denials that reject their accuser, support or aid a clause's
    subject has or acts with, and meetings in a clause's adjunct (told in the voice of the sentence, not of the
    reporting verb they hang on: "X told Reuters in an interview that ...")."""
    actor_of = coder.np_actor
    out = [e for c in rejected_accusers(ctx.doc, found, lex, actor_of)
           for e in build_events(ctx, c, lex, place_mentions, coder.actor_name)]
    for c in backed(ctx.doc, lex, actor_of):
        expected = c.host is not None and c.host.lemma_.lower() in EXPECTING
        out += [replace(e, polarity="hypothetical") if expected and e.polarity == "asserted" else e
                for e in build_events(ctx, c, lex, place_mentions, coder.actor_name)]

    d = coder.actors.dictionary
    for c in backed_acts(ctx.doc, lex, d.relations, actor_of, lambda w: d.demonym(w) or d.lookup(w)):
        out += build_events(ctx, c, lex, place_mentions, coder.actor_name)

    def kind_of(actor_id: str) -> str | None:
        entry = coder.entry(actor_id)
        return entry.kind if entry is not None else None

    for c in adjunct_meetings(ctx.doc, actor_of, kind_of):
        found_here = build_events(ctx, c, lex, place_mentions, coder.actor_name)
        if c.host is not None and c.host.lemma_.lower() in lex.claim_verbs:  # the meeting is how it was said, not what
            found_here = [replace(e, voice=ctx.voice_at(c.trigger.idx)) for e in found_here[:1]]
        out += found_here
    return out
