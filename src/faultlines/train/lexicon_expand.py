"""Trigger candidates from WordNet: synonyms and direct troponyms of each verb trigger's first senses.

Prints candidates to check by hand (never used at run time): `python -m faultlines.train.lexicon_expand [--senses N]`.
A candidate is kept only when that synset is its own first (dominant) verb sense, and it is no word of the lexicon.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from functools import lru_cache

from ..events import wordnet
from ..events.lexicon import load_lexicon

# particle verbs spaCy parses as head + prt (the lexicon writes them "pull out")
PARTICLES = frozenset({"up", "out", "off", "down", "in", "away", "back", "over", "on", "around"})


@dataclass(frozen=True)
class Entry:
    """One verb synset: its lemmas (WordNet spelling, '_' for spaces), direct troponym offsets and gloss."""

    offset: int
    lemmas: tuple[str, ...]
    troponyms: tuple[int, ...]
    gloss: str


@dataclass(frozen=True)
class Candidate:
    """A word that may trigger the source lemma's event type."""

    word: str
    type: str
    mode: str | None
    source: str
    relation: str  # "synonym" or "troponym"
    source_gloss: str
    own_gloss: str


@lru_cache(maxsize=1)
def _lines() -> dict[int, bytes]:
    d = wordnet.data_dir()
    if d is None:
        return {}
    with open(d / "data.verb", "rb") as fh:
        return {int(line[:8]): line for line in fh if line[:1].isdigit()}


@lru_cache(maxsize=16384)
def entry(offset: int) -> Entry | None:
    """The verb synset at an offset of data.verb."""
    line = _lines().get(offset)
    if line is None:
        return None
    head, _, gloss = line.decode("utf-8").partition("|")
    f = head.split()
    words = int(f[3], 16)
    lemmas = tuple(f[4 + 2 * i].lower() for i in range(words))
    k = 4 + 2 * words
    tropo = [int(f[k + 2 + 4 * j]) for j in range(int(f[k])) if f[k + 1 + 4 * j] == "~" and f[k + 3 + 4 * j] == "v"]
    return Entry(offset, lemmas, tuple(tropo), gloss.strip())


def _form(lemma: str) -> str | None:
    """The lexicon spelling of a WordNet lemma, or None when the parser cannot match it."""
    lemma = lemma.split("(")[0]  # adjective markers do not occur on verbs, but be safe
    parts = lemma.split("_")
    if len(parts) == 1:
        return lemma if lemma.isalpha() else None
    if len(parts) == 2 and parts[0].isalpha() and parts[1] in PARTICLES:
        return " ".join(parts)
    return None


def candidates(first_senses: int = 2, gated: bool = False) -> list[Candidate]:
    """Candidates from every single-word or particle verb trigger of the lexicon (not_event rules skipped; rules
    gated on objects, subjects, "as" nouns or instruments only with `gated`: their words are mostly generic)."""
    lex = load_lexicon()
    known = set(lex.verbs) | {f"{v} {p}" for v, p in lex.phrasal}
    sources: dict[str, tuple[str, str | None]] = {}
    for lemma, rules in sorted(lex.verbs.items()):
        for r in rules:
            if not r.not_event and (gated or not r.gated):
                sources.setdefault(lemma, (r.type, r.mode))
    for (verb, rest), rules in sorted(lex.phrasal.items()):
        if rest in PARTICLES:
            for r in rules:
                if not r.not_event and (gated or not r.gated):
                    sources.setdefault(f"{verb} {rest}", (r.type, r.mode))
    out: dict[str, Candidate] = {}
    for src, (type_, mode) in sources.items():
        for off in wordnet.senses(src, "verb")[:first_senses]:
            syn = entry(off)
            if syn is None:
                continue
            pool = [(w, "synonym", off) for w in syn.lemmas]
            for t in syn.troponyms:
                te = entry(t)
                pool.extend((w, "troponym", t) for w in (te.lemmas if te else ()))
            for w, rel, at in pool:
                form = _form(w)
                if form is None or form in known or form in out:
                    continue
                own = wordnet.senses(w, "verb")
                if not own or own[0] != at:  # dominant sense only
                    continue
                first = entry(own[0])
                out[form] = Candidate(form, type_, mode, src, rel, syn.gloss, first.gloss if first else "")
    return sorted(out.values(), key=lambda c: (c.type, c.source, c.word))


def main(argv: list[str] | None = None) -> None:
    """Print the candidates, one a line (tab-separated)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--senses", type=int, default=2, help="first senses of each trigger lemma to expand")
    ap.add_argument("--gated", action="store_true", help="expand triggers of gated rules too")
    args = ap.parse_args(argv)
    for c in candidates(args.senses, args.gated):
        print("\t".join((c.word, c.type, c.mode or "-", c.source, c.relation, c.source_gloss[:80], c.own_gloss[:100])))


if __name__ == "__main__":
    main()
