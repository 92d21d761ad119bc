"""Labelled tokens for the trigger spotter (events/spotter.py), tune splits only.

A token is a verb or noun of a parsed sentence. Its label is a PLOVER type at a gold trigger whose type maps
directly, NONE where the gold says no PLOVER event, or unknown (left out):
- M2E2 (ACE) marks every event of its types: a token off every trigger is NONE when its lemma is never a trigger
  anywhere, or when every type its lemma ever takes is one ACE annotates in full (ASSAULT, CONSULT, COERCE);
- RAMS marks ONE trigger per example: its other tokens are NONE only when their lemma is never a trigger anywhere;
- GSR and ConfliBERT (neutral class) sentences give such never-trigger negatives in wire prose.
"Never a trigger anywhere": in no set's gold and not in the rule lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..events.lexicon import Lexicon
from ..events.proposer import spot_word
from ..events.spotter import NAMES, NONE, token_features, token_vector
from ..pipeline import Pipeline
from . import corpora
from .code import code_texts
from .labels import M2E2_UNMARKED, RAMS_NONE

ACE_FULL = frozenset({"ASSAULT", "CONSULT", "COERCE"})  # M2E2 types whose absence marks a negative


@dataclass
class Rows:
    """Feature lists, token vectors, labels, set names, fold groups, and whether the spotter would see the token
    (a word it may type that no rule event stands on)."""

    X: list[list[str]]
    V: list[np.ndarray]
    y: list[str]
    names: list[str]
    groups: list[str]
    seen: list[bool]

    def add(self, tok: Any, label: str, name: str, group: str, lex: Lexicon, free: bool) -> None:
        self.X.append(token_features(tok))
        self.V.append(token_vector(tok))
        self.y.append(label)
        self.names.append(name)
        self.groups.append(group)
        self.seen.append(free and spot_word(tok, lex))


def _records() -> Iterator[tuple[str, str, str, list[tuple[tuple[int, int], str, str]]]]:
    """(set, group, text, gold triggers as (span, plover-or-NONE-or-'', conf)) of every tune record."""
    for r in corpora.m2e2():
        if r["split"] == "tune":
            yield "m2e2", f"m2e2:{r['doc']}", r["text"], [(g["span"], g["plover"], g["conf"]) for g in r["events"]]
    for r in corpora.rams():
        if r["split"] == "tune":
            none = r["conf"] == "none" and r["aida"].startswith(RAMS_NONE)
            gold = (r["span"], NONE if none else r["plover"], "direct" if none else r["conf"])
            yield "rams", f"rams:{r['key']}", r["text"], [gold]
    for r in corpora.gsr():
        if r["split"] == "tune":
            yield "gsr", f"gsr:{r['key']}", r["text"], []
    for r in corpora.conflibert("train"):
        if r["quad"] == 0:
            yield "conflibert", f"conflibert:{r['key']}", r["text"], []


def _candidate(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "NOUN") and tok.lemma_.isalpha() and tok.ent_type_ not in NAMES


def labelled_tokens(pipeline: Pipeline, lex: Lexicon) -> Rows:
    """Every labelled verb and noun of the tune records (see the module's note)."""
    recs = list(_records())
    docs, taken = [], []
    for c in code_texts(pipeline, [t for _, _, t, _ in recs]):
        docs.append(c.ctx.doc)
        taken.append({i for e in c.events if e.trigger is not None for i in range(e.trigger.start, e.trigger.end)})
    marked: dict[str, set[str]] = {}  # lemma -> every PLOVER reading a gold trigger of it has ('' none)
    for (_, _, _, gold), doc in zip(recs, docs, strict=True):
        for span, plover, _ in gold:
            for tok in doc.char_span(*span, alignment_mode="expand") or ():
                marked.setdefault(tok.lemma_.lower(), set()).add(plover)
    for lemma, rules in (*lex.verbs.items(), *lex.nouns.items()):
        marked.setdefault(lemma, set()).update(r.type for r in rules)
    triggers = set(marked) | lex.trigger_lemmas
    rows = Rows([], [], [], [], [], [])
    for (name, group, _, gold), doc, ruled in zip(recs, docs, taken, strict=True):
        at: dict[int, tuple[str, str]] = {}
        for span, plover, conf in gold:
            got = doc.char_span(*span, alignment_mode="expand")
            if got is not None and len(got):
                at[got.root.i] = (plover, conf)
                at.update({t.i: ("", "inside") for t in got if t.i != got.root.i})
        for tok in doc:
            if not _candidate(tok):
                continue
            lemma = tok.lemma_.lower()
            if tok.i in at:
                plover, conf = at[tok.i]
                if conf == "direct" and plover:
                    rows.add(tok, plover, name, group, lex, tok.idx not in ruled)
                continue
            if lemma not in triggers or (name == "m2e2" and lemma not in M2E2_UNMARKED
                                         and marked.get(lemma, {"?"}) <= ACE_FULL):
                rows.add(tok, NONE, name, group, lex, tok.idx not in ruled)
    return rows
