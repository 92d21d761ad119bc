"""Quotes: direct quotations tied to their speaker and the outlet they were given to or printed in.

Interface: `find_quotes(ctx, actors) -> list[Quote]`. Quotations come from quote marks
(`marks.quotation_spans`), speakers from the nearest speech cue (`attribution.attribute`); a
quotation with no cue continues the one just before it; a signature quotation
("... ---- William Casey, CIA Director, 1981") is kept once, with the name after the dashes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.affiliation import SPEAKING
from ..actors.organisations import OUTLET_NOUNS
from ..records import Mention, Quote
from .attribution import Attribution, attribute, cue_lemmas, speaker_span, subject_of, vocabulary
from .marks import Marked, quotation_spans
from .reposted import reposted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..actors import ActorLookup
    from ..context import Context

__all__ = ["find_quotes", "quotation_spans", "attribute"]

SIGNED = re.compile(r"\s*(?:-{2,}|\u2014|\u2015|\u2013)+\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})")


def credit_spans(ctx: Context) -> list[tuple[int, int]]:
    """Datelines, bylines and credit lines: the report's writers and agency, never its speakers."""
    return [(s.start, s.end) for s in ctx.segments if s.kind == "dateline"]


def _persons(ctx: Context, actors: ActorLookup, inside: list[tuple[int, int]],
             credits: list[tuple[int, int]]) -> list[tuple[int, int, str | None, str]]:
    """(start, end, actor id, text) of every mention of a person, in text order, bylines aside; with the
    subjects of speech cues that name a person by role ("a spokesman for the army said")."""
    out = {(e.start_char, e.end_char): (actors.actor_at(e.start_char, e.end_char), e.text)
           for e in ctx.doc.ents if e.label_ == "PERSON"}
    for a in actors.actors():
        if a.kind == "person":
            for m in a.mentions:
                out[(m.start, m.end)] = (a.id, a.name or m.text)
    nouns, cues = set(vocabulary()["person_nouns"]), cue_lemmas()
    for t in ctx.doc:
        if t.lemma_.lower() not in cues or t.pos_ not in ("VERB", "AUX") or _within(t.idx, inside):
            continue
        subj = subject_of(t, inside)
        if subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() in nouns and not subj.ent_type_:
            named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            sp = (subj.doc[named.left_edge.i:named.right_edge.i + 1] if named is not None
                  else _role_phrase(speaker_span(subj)))
            out.setdefault((sp.start_char, sp.end_char), (actors.resolve(sp), sp.text))
    return sorted((s, e, aid, name) for (s, e), (aid, name) in out.items() if not _within(s, credits))


def _groups(ctx: Context, actors: ActorLookup, inside: list[tuple[int, int]],
            credits: list[tuple[int, int]]) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, actor id, text, plural) of the organisations and states that are subjects of speech cues
    outside quotations ("The army said on Sunday ..."), in text order: what a later "it added" points back to."""
    cues = cue_lemmas()
    out = []
    for t in ctx.doc:
        if t.lemma_.lower() not in cues or t.pos_ not in ("VERB", "AUX") or _within(t.idx, inside + credits):
            continue
        subj = subject_of(t, inside)
        if subj is None or subj.pos_ == "PRON":
            continue
        sp = speaker_span(subj)
        aid = actors.resolve(sp)
        entry = actors.entry(aid) if aid else None
        if aid and entry is not None and entry.kind != "person":
            out.append((sp.start_char, sp.end_char, aid, sp.text, subj.tag_ in ("NNS", "NNPS")))
    return out


NAMED_BESIDE = OUTLET_NOUNS | SPEAKING  # head nouns whose speaker is the name beside them ("the newspaper X")
GROUP_REACH = 1200  # characters: an organisation that spoke further back (about two paragraphs) is no "it"


def _group_antecedent(groups: list[tuple[int, int, str, str, bool]], before: int, pronoun: str) -> tuple[str, str] | None:
    """The nearest organisation that spoke before `before`, within GROUP_REACH: "it" takes a singular one, "they"
    any."""
    for _, e, aid, name, plural in reversed(groups):
        if e <= before and not (pronoun == "it" and plural):
            return (aid, name) if before - e <= GROUP_REACH else None
    return None


def _role_phrase(sp: Span) -> Span:
    """A role with whom it speaks for: "a spokesman" -> "a spokesman for the army" (the prepositional phrase kept)."""
    prep = next((c for c in sp.root.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with")
                 and c.i == sp.end), None)
    return sp.doc[sp.start:prep.right_edge.i + 1] if prep is not None else sp


def _within(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in spans)


def _antecedent(persons: list[tuple[int, int, str | None, str]], before: int,
                inside: list[tuple[int, int]], doc: Doc | None = None) -> tuple[str | None, str] | None:
    """The person a "he"/"she" speaker points back to: in the nearest sentence before `before` that mentions a person
    outside quotations, its subject ("Anna Berg said after meeting Tom Lee. ... she added": Berg), else the nearest."""
    earlier = [p for p in persons if p[1] <= before and not any(a <= p[0] < b for a, b in inside)]
    if not earlier:
        return None
    s, _, aid, name = earlier[-1]
    if doc is not None:
        sent = doc.char_span(s, earlier[-1][1], alignment_mode="expand")
        if sent is not None:
            bounds = (sent.sent.start_char, sent.sent.end_char)
            for ps, pe, paid, pname in reversed(earlier):
                if not bounds[0] <= ps < bounds[1]:
                    break
                span = doc.char_span(ps, pe, alignment_mode="expand")
                if span is not None and (span.root.dep_ in ("nsubj", "nsubjpass") or (  # "An activist, Tep Vanny, said"
                        span.root.dep_ == "appos" and span.root.head.dep_ in ("nsubj", "nsubjpass"))):
                    return paid, pname
    return aid, name


def _outlet_id(ctx: Context, actors: ActorLookup, name: str | None) -> str | None:
    """The actor id for an outlet named in an excerpt's introduction, found where it is mentioned."""
    if not name:
        return None
    for m in re.finditer(re.escape(name), ctx.text):
        aid = actors.actor_at(m.start(), m.end())
        if aid is not None:
            return aid
    return None


def _continues(text: str, prev: Marked, cur: Marked) -> bool:
    """True when `cur` goes on from `prev`: in the same paragraph, or opening the next paragraph."""
    gap = text[prev.close + 1:cur.open]
    if "\n" not in gap.strip("\n "):
        return True
    paragraphs = [p for p in gap.split("\n") if p.strip()]
    return len(paragraphs) <= 1 and not gap.rpartition("\n")[2].strip()


def find_quotes(ctx: Context, actors: ActorLookup) -> list[Quote]:
    text = ctx.text
    marked = quotation_spans(text)
    inside = [(m.open, m.close + 1) for m in marked]
    credits = credit_spans(ctx)
    persons = _persons(ctx, actors, inside, credits)
    groups = _groups(ctx, actors, inside, credits)
    pron_person = set(vocabulary()["person_pronouns"])
    out: list[Quote] = []
    seen_signed: set[str] = set()
    prev: tuple[Marked, Quote] | None = None
    marks: list[Marked] = []
    for k, m in enumerate(marked):
        raw = text[m.open + 1:m.close]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip().rstrip(",")
        start = m.open + 1 + lead
        end = start + len(body)
        voice = ctx.segment_voice(start)
        speaker = speaker_name = outlet = None
        speaker_mention = cue = None
        signed = SIGNED.match(text, m.close + 1) if not m.unclosed else None
        if signed:
            key = " ".join(body.lower().split())
            if key in seen_signed:
                continue
            seen_signed.add(key)
            speaker_name = signed.group(1).strip(" -")
            speaker = actors.actor_at(signed.start(1), signed.start(1) + len(speaker_name))
            speaker_mention = Mention(signed.start(1), signed.start(1) + len(speaker_name), speaker_name)
        else:
            att: Attribution | None = attribute(
                ctx.doc, m.open, m.close,
                before_limit=marked[k - 1].close + 1 if k else 0,
                after_limit=marked[k + 1].open if k + 1 < len(marked) else len(text),
                inside=inside + credits)
            if att is not None:
                sp: Span = att.speaker
                speaker_mention = Mention(sp.start_char, sp.end_char, sp.text)
                cue = Mention(att.cue.start_char, att.cue.end_char, att.cue.text)
                if len(sp) == 1 and sp[0].lower_ in pron_person:
                    ante = _antecedent(persons, m.open if sp.start_char > m.open else sp.start_char, inside, ctx.doc)
                    if ante is not None:
                        speaker, speaker_name = ante
                elif len(sp) == 1 and sp[0].lower_ in ("it", "they"):  # '"...," it added': the organisation that spoke
                    found = _group_antecedent(groups, m.open if sp.start_char > m.open else sp.start_char, sp[0].lower_)
                    if found is not None:
                        speaker, speaker_name = found
                elif sp[0].pos_ != "PRON":
                    speaker = actors.resolve(sp)
                    speaker_name = sp.text
                    named = actors.entry(speaker) if sp.root.lemma_.lower() in NAMED_BESIDE else None
                    if named is not None:  # "The newspaper El Heraldo said", "Spokesperson for X Heather Nauert"
                        speaker_name = named.name
                if att.outlet is not None:
                    outlet = actors.resolve(att.outlet)
            elif prev is not None and _continues(text, prev[0], m):
                p = prev[1]
                speaker, speaker_name, outlet, speaker_mention = p.speaker, p.speaker_name, p.outlet, p.speaker_mention
        if outlet is None and voice.kind == "quoted":
            outlet = _outlet_id(ctx, actors, voice.name)
        q = Quote(id=f"q{len(out) + 1}", text=body, start=start, end=end, speaker=speaker,
                  speaker_name=speaker_name, outlet=outlet, voice=voice, speaker_mention=speaker_mention, cue=cue)
        out.append(q)
        marks.append(m)
        prev = (m, q)
    return reposted(ctx, _runs_back(text, marks, out))


def _runs_back(text: str, marks: list[Marked], quotes: list[Quote]) -> list[Quote]:
    """A quotation left open at its paragraph's end, with no speaker, is the speaker's of the quotation that
    goes on in the next paragraph (the multi-paragraph convention: the cue often comes in the last one)."""
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if marks[k].unclosed and not (q.speaker or q.speaker_name) and (nxt.speaker or nxt.speaker_name) \
                and not text[marks[k].close:marks[k + 1].open].strip():
            out[k] = replace(q, speaker=nxt.speaker, speaker_name=nxt.speaker_name, outlet=q.outlet or nxt.outlet,
                             speaker_mention=nxt.speaker_mention)
    return out
