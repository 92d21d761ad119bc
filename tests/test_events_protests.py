"""Protest notes the coder used to miss: a demand coordinated with the protest, the parser's "protested demanding X",
a crowd as the protesters, motorcades and human chains; sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> list of (type, source kind, source name) of the asserted events."""

    def run(text: str):
        facts = pipeline.extract(document_from_text(text))
        by_id = {a.id: a for a in facts.actors}
        return [(e.type, by_id[e.source].kind if e.source in by_id else None,
                 by_id[e.source].name if e.source in by_id else None)
                for e in facts.events if e.polarity == "asserted"]

    return run


@pytest.mark.parametrize("text", [
    "On 9 June 2021, journalists protested in Quetta, Pakistan, and demanded the release of a colleague.",
    "On 9 June 2021, in Arequipa, Peru, at least 200 nurses protested demanding unpaid bonuses.",
    "A crowd held a protest in Shiraz, Iran, against power cuts.",
    "On 9 June 2021, in Salta, Argentina, taxi drivers did a motorcade to demand subsidies.",
    "On 9 June 2021, students formed a human chain in Dhaka, Bangladesh, against the new tax.",
    "Farmers took part in a procession in Lahore, Pakistan, against the price of wheat.",
    "On 2 June 2021, a joint action committee held a protest outside a newspaper office in Quetta, Pakistan.",
])
def test_protest_notes_code_a_protest_by_civilians(code, text):
    evs = code(text)
    assert any(t == "PROTEST" and k == "civilians" for t, k, _ in evs), evs


@pytest.mark.parametrize("text", [
    "The company demonstrates the potential of solar power in Chile.",
    "The new survey demonstrated growing support for the reform in Peru.",
    "The human chain of command in the ministry was reorganised.",
    "The committee held a meeting in Quetta, Pakistan.",
])
def test_no_protest_where_nobody_protests(code, text):
    assert not [e for e in code(text) if e[0] == "PROTEST"]


def test_a_state_body_holding_a_protest_is_no_crowd(code):
    evs = code("The army held a protest in Quetta, Pakistan.")
    assert not any(t == "PROTEST" and k == "civilians" for t, k, _ in evs), evs


def test_a_crowd_that_beats_a_man_is_a_mob(code):
    evs = code("A crowd beat a suspected thief in Kano, Nigeria.")
    assert any(t == "ASSAULT" and n and "protesters" in n.lower() for t, _, n in evs), evs
