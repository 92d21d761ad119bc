"""Neutral wire sentences (statements, appeals, condolences) assert no event; sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> events as (type, polarity) pairs."""

    def run(text: str) -> set[tuple[str, str]]:
        return {(e.type, e.polarity) for e in pipeline.extract(document_from_text(text)).events}

    return run


def asserted(found: set[tuple[str, str]]) -> set[str]:
    return {t for t, p in found if p == "asserted" and t != "REQUEST"}


@pytest.mark.parametrize("text, type_", [
    ("The envoy said she hopes Germany and France will persuade the new Turkish president to lift the embargo on "
     "Cyprus.", "CONCEDE"),  # "hopes" is lemmatized "hop" without the lexicon's fix
    ("The Red Cross appealed for $40 million to help the Malawian government feed families displaced by the floods.",
     "AID"),
    ("Church leaders appealed for talks between the Houthis and the Yemeni government.", "CONSULT"),
    ("Egypt's foreign minister voiced hope that the new cabinet in Rome will help Egypt build closer ties with "
     "Italy.", "COOPERATE"),
])
def test_what_is_hoped_or_appealed_for_is_never_asserted(code, text, type_):
    # the appeal or the hope carries the act; the judge drops the wished act itself, or keeps it hypothetical
    found = code(text)
    assert type_ not in asserted(found) and (type_, "negated") not in found


@pytest.mark.parametrize("text", [
    "Canada's prime minister offered condolences over the bombing of a mosque in Kabul by Islamic State militants.",
    "Pakistan paid tribute to the soldiers killed by Taliban fighters in Waziristan last year.",
    "The Kenyan president sent a condolence message to his Somali counterpart following Tuesday's suicide bombing "
    "in Mogadishu.",
    "Norway expressed its deepest condolences to the relatives of those who died in the Istanbul bomb attack.",
])
def test_the_occasion_of_a_condolence_is_no_event(code, text):
    assert not asserted(code(text))


@pytest.mark.parametrize("text, type_", [
    ("Gunmen bombed a mosque in Kabul on Friday, killing 30 worshippers.", "ASSAULT"),
    ("After the floods, the European Union sent $40 million in aid to Malawi.", "AID"),
    ("Turkey lifted its embargo on Armenia on Monday.", "CONCEDE"),
])
def test_the_same_acts_told_plainly_stay_asserted(code, text, type_):
    assert type_ in asserted(code(text))


@pytest.mark.parametrize("text", [
    "The Chinese government insists it is meeting global standards on steel exports.",
    "Germany met its NATO spending target for the first time this year.",
])
def test_meeting_a_standard_is_no_meeting(code, text):
    assert "CONSULT" not in {t for t, _ in code(text)}


def test_meeting_a_minister_is_still_a_meeting(code):
    assert ("CONSULT", "asserted") in code("The Iraqi prime minister met the Turkish foreign minister in Baghdad.")


@pytest.mark.parametrize("text", [
    "The UN envoy said they were waiting for the Sudanese army to investigate the killings in Darfur.",
    "Turkey is expected to sign a gas deal with Azerbaijan next week.",
])
def test_what_is_awaited_or_expected_has_not_happened(code, text):
    found = code(text)
    assert not asserted(found) and all(p == "hypothetical" for _, p in found)


def test_an_actor_s_own_plan_stays_as_a_hypothetical(code):
    found = code("Turkey is expected to sign a gas deal with Azerbaijan next week.")
    assert found and all(p == "hypothetical" for _, p in found)


@pytest.mark.parametrize("text", [
    "Kenyan officials say they agree with the World Bank that the dam project was badly managed.",
    "The Greek government agrees with the European Commission that the budget targets are too strict.",
])
def test_agreeing_with_an_opinion_is_no_agreement(code, text):
    assert "AGREE" not in {t for t, _ in code(text)}


def test_agreeing_with_a_party_on_a_withdrawal_is_an_agreement(code):
    assert ("AGREE", "asserted") in code("Russia agreed with Turkey that its troops would leave the border area by "
                                         "Friday.")
