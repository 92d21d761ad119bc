"""A learned trigger spotter: the PLOVER type of a verb or event noun the lexicon does not list.

Features are the token's parse (lemma, tag, dependency, head, children, neighbours, the entity types of its
arguments), its contextual vector from the model's tok2vec (`doc.tensor`), and, when the weights were trained with
them, its WordNet supersenses and hypernyms (events/wordnet.py) and the static word vectors (faultlines.lexvec) of
its anchor words (`~slot=word` features, the judge's definition in events/anchors.py: trigger, object, subject,
governor; both measured and not shipped, see docs/model-card.md). A word the weights never saw may have its own
threshold, chosen on folds grouped by lemma (weights without one use the common threshold). A multinomial
logistic regression trained by ``python -m faultlines.train.trigger_fit`` on RAMS, M2E2, GSR and ConfliBERT tune
records scores them; the weights ship as data/event_spotter.npz (numpy at run time).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import IO, TYPE_CHECKING

import numpy as np

from .anchors import anchors, lexical
from .wordnet import meaning_features

if TYPE_CHECKING:
    from spacy.tokens import Token

NONE = "NONE"
WEIGHTS = "event_spotter.npz"
SPOT_FLAG = "FAULTLINES_SPOT"  # a probability: type a spotted trigger at least this surely (overrides the weights)
SUBJ = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
OBJ = frozenset({"dobj", "dative", "attr", "oprd", "pobj"})
NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def _kind(t: Token) -> str:
    """An argument's coarse kind: its entity type, a pronoun, or its part of speech."""
    return t.ent_type_ or ("PRON" if t.pos_ == "PRON" else t.pos_)


def token_features(tok: Token) -> list[str]:
    """String features of one token in its parse (no event, no lexicon: the same in training and use), then its
    anchor words (`~slot=word`, events/anchors.py), which only the vector slots read."""
    lem = tok.lemma_.lower()
    head = tok.head
    out = [f"l={lem}", f"p={tok.pos_}", f"t={tok.tag_}", f"d={tok.dep_}", f"h={head.lemma_.lower()}",
           f"hd={tok.dep_}|{head.pos_}", f"hl={tok.dep_}|{head.lemma_.lower()}", f"suf={lem[-4:]}"]
    for ch in tok.children:
        out += [f"cd={ch.dep_}", f"ch={ch.dep_}:{ch.lemma_.lower()}"]
        if ch.dep_ in SUBJ or ch.dep_ in OBJ or ch.dep_ == "poss":
            out += [f"ck={ch.dep_}:{_kind(ch)}", f"lck={lem}|{ch.dep_}:{_kind(ch)}"]
        elif ch.dep_ == "prep":
            out += [f"pr={ch.lower_}", f"lpr={lem}|{ch.lower_}"]
            out += [f"pk={ch.lower_}:{_kind(g)}" for g in ch.children if g.dep_ == "pobj"]
        elif ch.dep_ == "agent":
            out += [f"ak={_kind(g)}" for g in ch.children if g.dep_ == "pobj"]
    if tok.dep_ in SUBJ | OBJ and head.pos_ in ("VERB", "AUX"):
        out += [f"hs={k}" for k in (_kind(c) for c in head.children if c.dep_ in SUBJ)]
    sent = tok.sent
    for j in (-2, -1, 1, 2):
        k = tok.i + j
        out.append(f"n{j}={tok.doc[k].lemma_.lower() if sent.start <= k < sent.end else '<s>'}")
    return out + anchors(tok)  # the anchor words: never sparse features, only the vector slots read them


def meaning(tok: Token) -> list[str]:
    """WordNet features of the token's word (events/wordnet.py), a particle verb's form first ('break up')."""
    prt = tuple(ch.lemma_.lower() for ch in tok.children if ch.dep_ == "prt")
    return list(meaning_features(tok.lemma_.lower(), tok.pos_, prt))


def token_vector(tok: Token) -> np.ndarray:
    """The token's contextual vector from the model's tok2vec (zeros when the parse carries none)."""
    tensor = tok.doc.tensor
    if tensor is None or getattr(tensor, "shape", (0,))[0] != len(tok.doc):
        return np.zeros(0, dtype=np.float32)
    return np.asarray(tensor[tok.i], dtype=np.float32)


@dataclass(frozen=True)
class Spotter:
    """Weights of the spotter's linear model (sparse features and the standardised token vector) and its threshold."""

    index: dict[str, int]
    classes: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_classes)
    dense: np.ndarray  # (n_dims, n_classes)
    mean: np.ndarray
    scale: np.ndarray
    bias: np.ndarray
    threshold: float  # keep the best type when its probability reaches this (above 1: never)
    unseen: float = 2.0  # the threshold for a word the weights never saw (no `l=` feature; above 1: never)
    meaning: bool = False  # the weights were trained with WordNet features (`trigger_fit --wordnet 1`)
    slots: tuple[str, ...] = ()  # static word vectors of these anchor slots (anchors.SLOTS), times `lexweight`
    word_weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))  # (300 * slots, classes)
    lexweight: float = 1.0

    def proba(self, tok: Token) -> np.ndarray:
        feats = token_features(tok) + (meaning(tok) if self.meaning else [])
        rows = [self.index[f] for f in set(feats) if f in self.index]
        z = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        vec = token_vector(tok)
        if len(vec) == len(self.mean):
            z = z + ((vec - self.mean) / self.scale) @ self.dense
        if self.slots:
            z = z + self.lexweight * lexical(feats, self.slots) @ self.word_weights
        z = np.exp(z - z.max())
        p: np.ndarray = z / z.sum()
        return p

    def spot(self, tok: Token) -> str | None:
        """The token's PLOVER type when the model is sure enough of it, else None."""
        p = self.proba(tok)
        best_p, best = max((p[i], c) for i, c in enumerate(self.classes) if c != NONE)
        known = f"l={tok.lemma_.lower()}" in self.index
        return best if best_p >= (self.threshold if known else self.unseen) else None


@lru_cache(maxsize=1)
def load_spotter() -> Spotter | None:
    """The shipped spotter, or None when no weights file is in the package (or its threshold keeps nothing)."""
    ref = resources.files("faultlines") / "data" / WEIGHTS
    if not ref.is_file():
        return None
    with ref.open("rb") as fh:
        spotter = read_spotter(fh)
    return spotter if spotter.threshold <= 1.0 else None


def read_spotter(fh: IO[bytes]) -> Spotter:
    """A spotter from a weights file written by ``trigger_fit`` (older files lack the unseen threshold and the
    word-vector slots)."""
    with np.load(fh, allow_pickle=False) as z:
        names = [str(s) for s in z["features"]]
        slots = tuple(str(s) for s in z["slots"]) if "slots" in z.files else ()
        return Spotter(index={n: i for i, n in enumerate(names)}, classes=tuple(str(c) for c in z["classes"]),
                       weights=z["weights"].astype(np.float32), dense=z["dense"].astype(np.float32),
                       mean=z["mean"].astype(np.float32), scale=z["scale"].astype(np.float32),
                       bias=z["bias"].astype(np.float32), threshold=_threshold(float(z["threshold"])),
                       unseen=_threshold(float(z["unseen" if "unseen" in z.files else "threshold"])),
                       meaning=any(n.startswith("ws=") for n in names), slots=slots,
                       word_weights=z["word_weights"].astype(np.float32) if slots else np.zeros((0, 0), np.float32),
                       lexweight=float(z["lexweight"]) if slots else 1.0)


def _threshold(shipped: float) -> float:
    """The shipped threshold, or the one the FAULTLINES_SPOT environment variable sets."""
    try:
        return float(os.environ[SPOT_FLAG])
    except (KeyError, ValueError):
        return shipped
