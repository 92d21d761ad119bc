"""Shared fixtures; heavy tests (browser, cluster) run only when their environment switch is on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "an-alarming-warning-from-iraq.txt"
EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "examples" / "border-crossings.txt"

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
def seed_facts(pipeline):
    from faultlines.read import read_one

    return pipeline.extract(read_one(str(SEED))[0])
