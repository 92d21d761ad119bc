"""Shared fixtures; heavy tests (browser, cluster) run only when their environment switch is on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "an-alarming-warning-from-iraq.txt"
EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "examples" / "border-crossings.txt"
# An article written for the tests with the seed's structures (title, excerpt, quotes, thread, signatures,
# replies, a name line) so that a fresh clone, with no ../shared beside it, tests the same paths.
ARTICLE = Path(__file__).resolve().parent / "fixtures" / "paymasters.txt"
requires_seed = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present (fresh clone)")

GATES = {"browser": "FAULTLINES_BROWSER", "cluster": "FAULTLINES_CLUSTER"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for marker, env in GATES.items():
            if marker in item.keywords and os.environ.get(env) != "1":
                item.add_marker(pytest.mark.skip(reason=f"opt-in: set {env}=1 (CI does)"))


@pytest.fixture(scope="session")
def pipeline():
    """One loaded pipeline for the whole run (spaCy model + dictionary + gazetteer)."""
    from faultlines.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def owners(pipeline):
    """`owners(text, word)`: the actor id of each occurrence of `word` in the text, in order (None when none holds it)."""
    from faultlines.read import document_from_text

    def find(text: str, word: str) -> list[str | None]:
        facts = pipeline.extract(document_from_text(text, guess_title=False))
        out, at = [], text.find(word)
        while at >= 0:
            out.append(next((a.id for a in facts.actors for m in a.mentions if m.start <= at < m.end), None))
            at = text.find(word, at + 1)
        return out

    return find


@pytest.fixture(scope="session")
def seed_facts(pipeline):
    """The seed article's facts; tests about its particular content skip when ../shared is absent."""
    from faultlines.read import read_one

    if not SEED.exists():
        pytest.skip("../shared/seed not present (fresh clone)")
    return pipeline.extract(read_one(str(SEED))[0])


@pytest.fixture(scope="session", params=["article", "seed"])
def article_facts(request, pipeline):
    """Facts of the project's own test article, and of the seed when ../shared is there."""
    from faultlines.read import read_one

    if request.param == "seed" and not SEED.exists():
        pytest.skip("../shared/seed not present (fresh clone)")
    return pipeline.extract(read_one(str(ARTICLE if request.param == "article" else SEED))[0])
