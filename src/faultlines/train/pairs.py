"""Span-labelled (source, target) pairs from the tune splits of ../shared/data, to train the learned pair linker.

Each example marks the source and the target mention of one event as character spans of its text (None: the
text names no such party). Only tune records are read (corpora.split_of), and M2E2 documents the analysts coded
are left out (they are the linker's held-out bench). ``python -m faultlines.train.pairs`` prints the counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import permutations, product

from . import corpora
from .analyst import load_doc_specs
from .corpora import Record

Span = tuple[int, int]
# GSR compound actors ("(SRC/TAR: X) and (SRC/TAR: Y) agreed"): every such record reads as the two parties doing it
# together, so for these mutual types each ordered pair is an example; a lone compound actor ("French and Egyptian
# warships") names no pair, and the one ASSAULT ("both are guilty of violating the ceasefire") is not mutual.
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REJECT"})
# M2E2: Meet and Phone-Write list their parties as Entity (each acts with each); a Demonstrate Entity is the protester.
MUTUAL_ACE = frozenset({"Contact:Meet", "Contact:Phone-Write"})
_KILLED = re.compile(r"(?:kill|murder|slain|slay|assassinat|execut|behead|massacr|shot|gunned)", re.I)
_AID = re.compile(r"(?:aid|grant|donat|fund|assist|relief|contribut)", re.I)
_FORCES = re.compile(r"\b(?:troops?|soldiers?|forces|police|policemen|militia\w*|fighters|marines|warships?|"
                     r"army|weapons|arms|missiles?|tanks|jets|bombers|peacekeepers)\b", re.I)
_GSR_TAG = re.compile(r"\((SRC|TAR|SRC/TAR|SRC/LOC|TAR/LOC|LOC):")
_PREP = re.compile(r"(?:on|to|of|for|from|with|against|at|in|by|between)\s+", re.I)
_INNER_TAG = re.compile(r"\([A-Z]+(?:/[A-Z]+)?:\s*([^()]*)\)")  # a tag nested in a phrase keeps only its words


@dataclass(frozen=True)
class PairExample:
    corpus: str                       # "conflibert" | "gsr" | "m2e2" | "acled"
    key: str                          # the record's key (unique within corpus)
    group: str                        # fold group: the document id (m2e2 doc_id, acled key, gsr id, conflibert key)
    text: str                         # the text the spans index (one sentence or one short note)
    source: Span | None               # char span of the source mention (None: no source named / agentless)
    target: Span | None               # char span of the target mention (None: no target)
    type: str | None                  # PLOVER type when the corpus gives it
    quad: int | None = None           # ConfliBERT quad class when given (its own 0-4 coding)


def pair_examples(names: tuple[str, ...] = ("conflibert", "gsr", "m2e2", "acled")) -> Iterator[PairExample]:
    """Every tune-split example of the named corpora (one per source/target pair of an event)."""
    readers = {"conflibert": lambda: conflibert_pairs(corpora.conflibert("train")),
               "gsr": lambda: gsr_pairs(corpora.gsr()),
               "m2e2": lambda: m2e2_pairs(corpora.m2e2())}
    for name in names:
        if name in readers:
            yield from readers[name]()


def conflibert_pairs(records: Iterable[Record]) -> Iterator[PairExample]:
    """ConfliBERT CAMEO train sentences: every (S, T) combination; reciprocal (R) parties both ways.

    ``quad`` is ConfliBERT's CAMEO quad class: 0 neutral (statements, appeals), 1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict; it gives no PLOVER type.
    """
    for rec in records:
        if rec["split"] != "tune":
            continue
        text = rec["text"]
        sides = [[_unprep(text, sp) for sp in rec[side]] for side in ("S", "T", "R")]
        for source, target in _combine(*sides):
            yield PairExample("conflibert", rec["key"], rec["key"], text, source, target, None, rec["quad"])


def gsr_pairs(records: Iterable[Record]) -> Iterator[PairExample]:
    """PLOVER GSR tune sentences: every (SRC, TAR) combination of the markup, compound actors both ways (MUTUAL)."""
    for rec in records:
        if rec["split"] != "tune":
            continue
        tags = gsr_tags(rec["text"], rec.get("markup") or "")
        if tags is None:
            continue
        sources = [sp for tag, sp in tags if tag == "SRC"]
        targets = [sp for tag, sp in tags if tag == "TAR"]
        both = [sp for tag, sp in tags if tag == "SRC/TAR"]
        if both and rec["type"] not in MUTUAL:
            continue
        for source, target in _combine(sources, targets, both):
            yield PairExample("gsr", rec["key"], rec["key"], rec["text"], source, target, rec["type"])


def m2e2_pairs(records: Iterable[Record], held: frozenset[str] | None = None) -> Iterator[PairExample]:
    """M2E2 tune sentences, documents in ``held`` (default: the analyst pool) left out: one example per (source
    argument, target argument) of an event; the spans are ACE argument heads ("police", "Assad"), often one word.
    Sources: Attacker, Agent, Giver; targets: Target, Victim, Person, Recipient; a conditional type without its
    guard is skipped (a death without a killer, money that is no aid, transport of anything but forces)."""
    held = analyst_m2e2_docs() if held is None else held
    for rec in records:
        if rec["split"] != "tune" or rec["doc"] in held:
            continue
        text, seen = rec["text"], set()
        for event in rec["events"]:
            for source, target in _m2e2_event(text, event):
                if source != target and (source, target, event["plover"]) not in seen:
                    seen.add((source, target, event["plover"]))
                    yield PairExample("m2e2", rec["key"], rec["doc"], text, source, target, event["plover"])


def _m2e2_event(text: str, event: Record) -> Iterator[tuple[Span | None, Span | None]]:
    ace, trigger = event["ace"], text[event["span"][0]:event["span"][1]]
    roles: dict[str, list[Span]] = {}
    for role, span in event["args"]:
        roles.setdefault(role, []).append(span)
    if ace in MUTUAL_ACE:
        yield from permutations(roles.get("Entity", []), 2)  # one party alone is mostly a talk or a press call
        return
    if ace == "Conflict:Demonstrate":
        yield from ((sp, None) for sp in roles.get("Entity", []))
        return
    sources = [sp for role in ("Attacker", "Agent", "Giver") for sp in roles.get(role, [])]
    targets = [sp for role in ("Target", "Victim", "Person", "Recipient") for sp in roles.get(role, [])]
    if ace == "Life:Die" and not (sources or _KILLED.match(trigger)):
        return  # a death without a killer is no ASSAULT ("drowned", "died in hospital")
    if ace == "Transaction:Transfer-Money" and not _AID.match(trigger):
        return  # debts, fees and purchases are no AID
    if ace == "Movement:Transport":
        cargo = [text[a:b] for role, (a, b) in event["args"] if role == "Artifact"]
        if not any(_FORCES.search(c) for c in cargo):
            return  # MOBILIZE only when troops, police or arms are moved
        targets = []
    yield from _combine(sources, targets, [])


def analyst_m2e2_docs() -> frozenset[str]:
    """M2E2 doc_ids of the analyst pool (the linker's held-out bench)."""
    return frozenset(s["key"] for s in load_doc_specs() if s["corpus"] == "m2e2")


def gsr_tags(text: str, markup: str) -> list[tuple[str, Span]] | None:
    """(tag, span in ``text``) of each SRC, TAR and SRC/TAR phrase of a GSR markup, found in order as whole words;
    None when a phrase is not found (the record is skipped rather than guessed). A party tagged inside a place
    ("(LOC: (SRC: in the capital))") is a place; SRC/LOC and TAR/LOC count as SRC and TAR."""
    found: list[tuple[str, Span]] = []
    pos = 0
    for tag, phrase, in_loc in _gsr_phrases(markup):
        if tag == "LOC" or in_loc:
            continue
        span = _find_words(text, phrase, pos)
        if span is None:
            return None
        found.append((tag.replace("/LOC", ""), span))
        pos = span[1]
    return found


def _gsr_phrases(markup: str) -> Iterator[tuple[str, str, bool]]:
    """(tag, phrase, inside a LOC tag) of each tag, the phrase running to its balanced closing parenthesis."""
    loc_ends: list[int] = []
    for m in _GSR_TAG.finditer(markup):
        depth, i = 1, m.end()
        while i < len(markup) and depth:
            depth += {"(": 1, ")": -1}.get(markup[i], 0)
            i += 1
        phrase = markup[m.end():i - 1] if depth == 0 else markup[m.end():]
        while (plain := _INNER_TAG.sub(r"\1", phrase)) != phrase:
            phrase = plain
        in_loc = any(m.start() < end for end in loc_ends)
        if m.group(1) == "LOC":
            loc_ends.append(i)
        yield m.group(1), phrase.strip(), in_loc


def _find_words(text: str, phrase: str, pos: int) -> Span | None:
    words = phrase.split()
    if not words:
        return None
    m = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)").search(text, pos)
    return (m.start(), m.end()) if m else None


def _combine(sources: list[Span], targets: list[Span], mutual: list[Span]) -> Iterator[tuple[Span | None, Span | None]]:
    """(source, target) pairs: every source with every target (None for an empty side, nothing if both are empty),
    then each ordered pair of distinct mutual parties."""
    none: list[Span | None] = [None]
    if sources or targets:
        yield from product(sources or none, targets or none)
    yield from permutations(mutual, 2)


def _unprep(text: str, span: Span) -> Span:
    """The span without a leading preposition ConfliBERT sometimes tags ("[on the former leader]")."""
    m = _PREP.match(text, span[0], span[1])
    return (m.end(), span[1]) if m and m.end() < span[1] else span


def summary(examples: Iterable[PairExample] | None = None) -> str:
    """Counts per corpus and per type (with how many have both sides), one line each."""
    rows = list(pair_examples() if examples is None else examples)
    lines = []
    for corpus in sorted({e.corpus for e in rows}):
        mine = [e for e in rows if e.corpus == corpus]
        both = sum(e.source is not None and e.target is not None for e in mine)
        lines.append(f"{corpus}: {len(mine)} examples, {both} with both parties, "
                     f"{len({e.group for e in mine})} groups")
        kinds = Counter(e.type or (f"quad {e.quad}" if e.quad is not None else "untyped") for e in mine)
        lines += [f"  {kind:<12} {n}" for kind, n in sorted(kinds.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
