"""Who said a quotation: the speech cue next to it ("he told Middle East Eye", "said David M. Witty"),
its subject, a pronoun resolved to the nearest person before it, and the outlet the cue names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..datafile import load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DATA = Path(__file__).resolve().parent.parent / "data" / "quotes.yaml"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NAMED = ("PERSON", "ORG", "NORP", "GPE")
REACH_AFTER = 160
REACH_BEFORE = 240
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"\u201c\u2018(]?[A-Z])|\n")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Col|Lt|Sgt|Capt|Cpl|Maj|Adm|Cmdr|St|Jr|Sr|"
                           r"Prof|Rev|Pres|Sec|Supt|Insp|No|Inc|Co|Corp|Ltd|vs|Mt|Ft|Gens|Del|Amb|Atty|Brig|Pvt|Hon|Fr|Ald|Cmdr|Messrs)|\b[A-Z]|\bU\.S|\bU\.N)$")


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just past each sentence end in text[start:end] (not after "Mr." or an initial)."""
    return [m.end() for m in _SENTENCE_END.finditer(text, start, min(len(text), end + 3))
            if m.end() <= end and not (m.group() == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()))]


@dataclass(frozen=True)
class Attribution:
    """A speaker found for a quotation: the span in the text, the cue, and the outlet span if named."""

    speaker: Span
    cue: Span
    outlet: Span | None = None


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(DATA.read_text())
    return data


def cue_lemmas() -> frozenset[str]:
    """The lemmas of speech cue verbs ("say", "tell", "add", ...)."""
    return frozenset(vocabulary()["cues"])


def region_after(text: str, close: int, limit: int) -> tuple[int, int]:
    """Characters after a closing mark up to the sentence end, the next quotation or the paragraph end."""
    end = min(limit, close + REACH_AFTER, len(text))
    ends = _sentence_ends(text, close + 1, end)
    return close + 1, (ends[0] if ends else end)


def region_before(text: str, open_: int, limit: int) -> tuple[int, int]:
    """Characters before an opening mark back to the previous sentence end, quotation or paragraph start."""
    start = max(limit, open_ - REACH_BEFORE, 0)
    ends = _sentence_ends(text, start, open_)
    return (ends[-1] if ends else start), open_


def _cue_tokens(doc: Doc, start: int, end: int, inside: list[tuple[int, int]]) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    cues = cue_lemmas()
    out = []
    for t in span:
        if any(a <= t.idx < b for a, b in inside):
            continue
        if t.lemma_.lower() in cues and t.pos_ in ("VERB", "AUX") or (t.lower_ == "according" and t.i + 1 < len(doc)
                                                                           and doc[t.i + 1].lower_ == "to"):
            out.append(t)
    return out


def speaker_span(tok: Token) -> Span:
    """The phrase that names the speaker around `tok`: its entity, else its noun chunk, else the token."""
    doc = tok.doc
    if tok.ent_type_:
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
    for chunk in doc.noun_chunks:
        if chunk.start <= tok.i < chunk.end:
            return chunk
    return doc[tok.i:tok.i + 1]


def subject_of(cue: Token, inside: list[tuple[int, int]]) -> Token | None:
    """The subject of a cue verb, climbing through participles ("..., saying"), prepositions and conjuncts."""
    doc = cue.doc
    if cue.lower_ == "according":
        to = doc[cue.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if objs:
            return objs[0]
        return doc[cue.i + 2] if cue.i + 2 < len(doc) else None
    node: Token | None = cue
    for _ in range(4):
        if node is None:
            break
        subs = [c for c in node.children if c.dep_ in SUBJECT_DEPS and not any(a <= c.idx < b for a, b in inside)]
        if subs:
            s = subs[0]
            if s.dep_ == "nsubjpass":
                agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                return agents[0] if agents else None
            if s.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                return node.head
            return s
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head  # "footage of Hillary Clinton asking, ..."
        if node.dep_ in ("advcl", "xcomp", "conj", "ccomp", "relcl", "pcomp", "prep") and node.head is not node:
            node = node.head
        else:
            break
    return None


def _nearby_name(cue: Token, lo: int, inside: list[tuple[int, int]]) -> Token | None:
    """A fallback when the parse gives no subject: the nearest person before the cue (back to `lo`), else a
    name or pronoun just after it ("said Smith")."""
    doc = cue.doc
    people = [e for e in doc.ents if e.label_ == "PERSON" and lo <= e.start_char and e.end <= cue.i
              and not any(a <= e.start_char < b for a, b in inside)]
    if people:
        return people[-1].root
    for j in range(cue.i + 1, min(len(doc), cue.i + 4)):
        t = doc[j]
        if any(a <= t.idx < b for a, b in inside):
            break
        if t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PRON" and t.lower_ in vocabulary()["person_pronouns"]):
            return t
    return None


def _canonical(cue: Token, subj: Token, close: int) -> bool:
    """True for "“...,” she said" / "“...,” said Smith": only the speaker (or adverbs) between quote and cue."""
    between = [t for t in cue.doc[:cue.i] if t.idx > close]
    words = {t.i for t in subj.subtree}
    return all(t.i in words or t.is_punct or t.pos_ in ("ADV", "AUX", "PART") for t in between)


def _outlet(cue: Token) -> Span | None:
    """What the cue says the words were told to or published in ("told Middle East Eye")."""
    if cue.lemma_.lower() not in ("tell", "say", "write", "add"):
        return None
    for c in cue.children:
        target: Token | None = c
        if c.dep_ == "prep" and c.lower_ in ("to", "with"):
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ not in ("dative", "dobj"):
            continue
        if target is not None and target.ent_type_ in ("ORG", "GPE", "WORK_OF_ART"):
            return speaker_span(target)
    return None


def _intro_line(text: str, open_: int, limit: int) -> tuple[int, int] | None:
    """The line just before a quotation that opens its own paragraph, when it ends with a colon ("X reports:")."""
    line_start = text.rfind("\n", 0, open_) + 1
    if text[line_start:open_].strip():
        return None
    end = len(text[:line_start].rstrip())
    start = max(text.rfind("\n", 0, end) + 1, limit)
    if end <= start or not text[start:end].endswith(":") or end - start > REACH_BEFORE:
        return None
    return start, end


def _colon_subject(doc: Doc, start: int, open_: int, inside: list[tuple[int, int]]) -> tuple[Token, Token] | None:
    """("verb", speaker) when a quotation follows a colon in its own sentence and that clause's subject names
    someone: "Senator Ray Cole scolded him: “...”" (any verb; the colon makes the words the subject's)."""
    before = doc.text[start:open_].rstrip()
    if not before.endswith(":"):
        return None
    span = doc.char_span(start, start + len(before), alignment_mode="contract")
    if span is None or len(span) < 3:
        return None
    verb = span[-1].head
    while verb.dep_ not in ("ROOT",) and verb.head is not verb and verb.head.i >= span.start:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not (span.start <= verb.i < span.end):
        return None
    subj = subject_of(verb, inside)
    if subj is None or subj.pos_ == "PRON" or not (span.start <= subj.i < span.end):
        return None
    named = subj.ent_type_ in NAMED or subj.lemma_.lower() in vocabulary().get("person_nouns", ())
    return (verb, subj) if named else None


def attribute(doc: Doc, open_: int, close: int, *, before_limit: int, after_limit: int,
              inside: list[tuple[int, int]]) -> Attribution | None:
    """The speech cue nearest the quotation in its sentence, with the cue's subject as the speaker.

    A cue right after the quotation ("“...,” he said") wins; then the nearest cue before or after it.
    """
    text = doc.text
    a0, a1 = region_after(text, close, after_limit)
    b0, b1 = region_before(text, open_, before_limit)
    ranked = []
    named: dict[int, Span] = {}  # cue index -> the name between quotation and cue, where the parse found no subject
    for t in _cue_tokens(doc, a0, a1, inside):
        subj = subject_of(t, inside) or _nearby_name(t, a0, inside)
        if subj is None and (between := _name_between(t, close)) is not None:
            subj, named[t.i] = between.root, between
        if subj is not None:
            ranked.append(((t.idx - close) + (0 if _canonical(t, subj, close) else 1000), t, subj))
    for t in _cue_tokens(doc, b0, b1, inside):
        subj = subject_of(t, inside) or _nearby_name(t, b0, inside)
        if subj is not None:
            ranked.append((open_ - t.idx + 1, t, subj))
    if not ranked:
        intro = _intro_line(text, open_, before_limit)
        if intro is not None:
            for t in _cue_tokens(doc, intro[0], intro[1], inside):
                subj = subject_of(t, inside)
                if subj is not None:
                    ranked.append((intro[1] - t.idx, t, subj))
    if not ranked:
        colon = _colon_subject(doc, b0, open_, inside)
        if colon is not None:
            return Attribution(speaker_span(colon[1]), doc[colon[0].i:colon[0].i + 1], None)
        return None
    _, cue, subj = min(ranked, key=lambda r: r[0])
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
    if subj.pos_ == "NOUN" and appos is not None:  # "the mayor's aide, Mary Smith, said": the named person
        subj = appos
    return Attribution(named.get(cue.i) or speaker_span(subj), doc[cue.i:cue.i + (2 if cue.lower_ == "according" else 1)],
                       _outlet(cue))


def _name_between(cue: Token, close: int) -> Span | None:
    """'“...,” Tulsa police Chief Jane Roe said': the capitalised name (with its title words) that stands alone between
    a closing mark and the cue, when the parse gave the cue no subject."""
    doc = cue.doc
    words = [t for t in doc[:cue.i] if t.idx > close]
    while words and words[0].is_punct:
        words = words[1:]
    if not 1 <= len(words) <= 7 or not all(w.is_title or w.is_upper or w.pos_ in ("NOUN", "ADJ", "DET") for w in words):
        return None
    if not (words[-1].is_title and words[-1].pos_ == "PROPN"):  # the phrase ends in a name
        return None
    return doc[words[0].i:words[-1].i + 1]
