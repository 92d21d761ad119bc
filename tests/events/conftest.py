"""Fixtures of the event tests: the rules-only pipeline (no judge), sharing the session's spaCy model."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rules(pipeline):
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)
