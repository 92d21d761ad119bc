"""Fixtures of the event tests: the rules-only pipeline (no judge), sharing the session's spaCy model."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def rules(pipeline):
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


@pytest.fixture(scope="module")
def code(rules):
    """code(text) -> [(type, source, target, polarity, voice kind, voice name)]; a test file may define its own."""

    def run(text: str):
        return [(e.type, e.source, e.target, e.polarity, e.voice.kind, e.voice.name)
                for e in rules.extract(document_from_text(text)).events]

    return run


@pytest.fixture(scope="module")
def code_modes(rules):
    """code_modes(text) -> [(type, mode, source, target, polarity)]."""

    def run(text: str):
        return [(e.type, e.mode, e.source, e.target, e.polarity) for e in rules.extract(document_from_text(text)).events]

    return run
