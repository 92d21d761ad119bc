"""The once-and-for-all tune/test split of every development set in ../shared/data.

A record's split depends only on its stable key (a record id, a file name, an ACLED event id), hashed with
SHA-1: no seed to change, no order to reshuffle. About 30% of each set is ``test``; rules, lexicons and model
settings are tuned on ``tune`` only, and the figures that count are printed on ``test``.

Keys by set (each bench builds them the same way):

- PLOVER GSR: the record ``id`` ("PLOVER-GSR01-...").
- ConfliBERT CAMEO: has its own train/test files; ``test`` is cameo_class_test.tsv, never tuned on.
- M2E2: the document id; RAMS: the ``doc_key``; both split by document, so no window leaks across.
- ACLED dev notes: ``event_id_cnty``.
- webpages: the file name ("034.html").
- gun_incidents: the incident id.

The synthetic NGEC stories are training data only and never evaluation data, so they have no test split.

Documents the analysts coded whole (``ANALYST_DOCS``, src/faultlines/train/analyst_docs.tsv) are training data of the
event judge since issue 12 round 19, whatever their split: a held-out bench leaves them out (``analyst_keys``).
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Literal

Split = Literal["tune", "test"]
TEST_SHARE = 30  # percent
ANALYST_DOCS = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "train" / "analyst_docs.tsv"


def split_of(dataset: str, key: str) -> Split:
    """``"test"`` for about 30% of keys of ``dataset``, ``"tune"`` for the rest; stable forever."""
    digest = hashlib.sha1(f"{dataset}:{key}".encode()).digest()
    return "test" if int.from_bytes(digest[:4], "big") % 100 < TEST_SHARE else "tune"


def is_test(dataset: str, key: str) -> bool:
    return split_of(dataset, key) == "test"


def analyst_keys(corpus: str) -> list[str]:
    """The keys (M2E2 doc_id, GeoWebNews file, gun incident document) of the analyst-coded documents of `corpus`
    ("m2e2", "gwn", "gun"): the judge is trained on them, so held-out benches leave them out."""
    if not ANALYST_DOCS.is_file():
        return []
    with ANALYST_DOCS.open(encoding="utf-8") as f:
        return sorted({r["key"] for r in csv.DictReader(f, delimiter="\t") if r["corpus"] == corpus})
