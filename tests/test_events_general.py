"""Event coding on general news through the whole pipeline, on sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> (events as (type, source, target) triples, facts)."""

    def run(text: str):
        facts = pipeline.extract(document_from_text(text))
        return {(e.type, e.source, e.target) for e in facts.events}, facts

    return run


def test_backed_generic_group_is_its_own_actor(code):
    triples, facts = code("The United States has armed the Syrian Democratic Forces since 2015. "
                          "Meanwhile Iranian-backed militias have moved fighters into Deir ez-Zor.")
    backed = [a for a in facts.actors if "Iranian-backed" in a.name]
    assert backed and backed[0].id != "SDF"
    assert ("SUPPORT", "IRN", backed[0].id) in triples
    assert not any(t[:2] == ("SUPPORT", "IRN") and t[2] == "SDF" for t in triples)


@pytest.mark.parametrize("text", [
    "Turkey considers the YPG a terrorist group.",
    "Ankara regards the YPG as a terrorist organization.",
    "Turkey, a NATO member, considers the YPG, the backbone of the coalition, a terrorist organisation.",
])
def test_considering_a_group_terrorist_accuses_it(code, text):
    triples, _ = code(text)
    assert ("ACCUSE", "TUR", "YPG") in triples


def test_opinion_verbs_without_terror_are_not_events(code):
    triples, _ = code("Many critics consider the film a triumph.")
    assert not any(t[0] == "ACCUSE" for t in triples)


def test_no_targetless_duplicate_of_a_targeted_event(code):
    triples, _ = code("Turkish jets struck YPG positions near Tal Rifaat on Sunday, killing at least 12 fighters.")
    assert ("ASSAULT", "TUR.MIL", "YPG") in triples
    assert ("ASSAULT", "TUR.MIL", None) not in triples


def test_object_it_is_the_nearest_organisation_not_the_subject(code):
    triples, _ = code("So Washington arms the YPG, and Ankara bombs it.")
    assert ("ASSAULT", "TUR", "YPG") in triples
    triples, _ = code("Hezbollah fired rockets at Israel, and Israel attacked it.")
    assert ("ASSAULT", "ISR", "HEZBOLLAH") in triples


def test_it_after_a_thing_is_not_an_actor(code):
    _, facts = code("Iran signed the deal with Russia and the parliament ratified it.")
    doc_it = facts.text.index(" it.") + 1
    assert not any(m.start == doc_it for a in facts.actors for m in a.mentions)


def test_designated_pronoun_is_a_listable_group_not_troops(code):
    triples, _ = code("The Shia militias fought beside American soldiers near Mosul. "
                      "At least one of them is listed as a terrorist group by the State Department.")
    listed = {t[2] for t in triples if t[0] == "SANCTION"}
    assert "PMF" in listed and "USA.MIL" not in listed


@pytest.mark.parametrize("text", [
    "The five airlines agreed that their representation in Brussels is weak.",
    "She has been accepted to Harvard University.",
    "Two guards will be charged with keeping the prisoner in check.",
    "This district formed the heart of the old city of Ali Hassan.",
    "The army is pressing its military operations in the last enclave.",
    "The reform reduced the cost of air traffic control in France.",
    "ATC strikes disrupted flights across France.",
    "The proposal was met with anger by the union.",
])
def test_ordinary_news_is_not_an_event(code, text):
    triples, _ = code(text)
    assert not triples, triples


@pytest.mark.parametrize("text, triple", [
    ("Iran agreed to supply Syria with oil.", ("AGREE", "IRN", "SYR")),
    ("Israel agreed with Egypt on a truce.", ("AGREE", "ISR", "EGY")),
    ("The United States suspended part of a military aid program for Bosnia.", ("SANCTION", "USA", "BIH")),
    ("Theresa May has received strong backing from the United States.", ("SUPPORT", "USA", "THERESA_MAY")),
    ("Hamas gets funding from Qatar.", ("AID", "QAT", "HAMAS")),
    ("Russian air strikes hit rebel positions.", None),
])
def test_general_rules_keep_real_events(code, text, triple):
    triples, _ = code(text)
    if triple is None:
        assert any(t[0] == "ASSAULT" for t in triples), triples
    else:
        assert triple in triples, triples


def test_a_city_as_target_stands_for_its_country(code):
    triples, facts = code("Turkish jets bombed Afrin and shelled Qamishli.")
    assert ("ASSAULT", "TUR.MIL", "SYR") in triples
    syria = next(a for a in facts.actors if a.id == "SYR")
    assert "Afrin" in {m.text for m in syria.mentions}


def test_a_place_not_in_any_event_is_not_an_actor_mention(code):
    _, facts = code("The conference opened in Aleppo on Monday.")
    assert not any(a.id == "SYR" for a in facts.actors)


@pytest.mark.parametrize("text", [
    "Winning over residents, both Nelson and Banks agree, has been a slow process.",
    "The university will confer an honorary degree on Governor Tambuwal.",
    "The court ruled the hospital can turn off his life support.",
    "The parents withdrew the challenge after new tests.",
])
def test_more_ordinary_news_is_not_an_event(code, text):
    triples, _ = code(text)
    assert not triples, triples


@pytest.mark.parametrize("text, triple", [
    ("Egypt struck a deal with Ethiopia over the dam.", ("AGREE", "EGY", "ETH")),
    pytest.param("The firm struck a deal with the Malaysian government.", ("AGREE", None, "MYS.GOV"),
                 marks=pytest.mark.xfail(strict=True, reason="round 14's judge vetoed it, and round 20's (trained with the "
                                         "analysts' rows, where an AGREE with no named source was never right) again")),
    ("Russia withdrew its troops from Syria.", ("RETREAT", "RUS", "SYR")),
    ("Pakistan conferred with China on the border.", ("CONSULT", "PAK", "CHN")),
])
def test_idioms_code_the_right_event(code, text, triple):
    triples, _ = code(text)
    assert triple in triples, triples
    assert not any(t[0] == "ASSAULT" for t in triples)


@pytest.mark.parametrize("text", [
    "Dropbox is releasing Smart Sync for all its business customers.",
    "The movement started with teachers striking in West Virginia.",
    "Forward Sam Gallagher will miss the relegation battle.",
    "Governor Mary Fallin signed legislation last week.",
])
def test_products_labour_sport_and_laws_are_not_events(code, text):
    triples, _ = code(text)
    assert not triples, triples


@pytest.mark.parametrize("text, triple", [
    ("Hamas released two Israeli hostages.", ("RETREAT", "HAMAS", "ISR.CVL")),
    ("Venezuela signed an agreement with South Africa.", ("SUPPORT", "VEN", "ZAF")),
    ("Israeli jets struck Hamas targets in Gaza.", ("ASSAULT", "ISR.MIL", "HAMAS")),
])
def test_real_releases_signings_and_strikes_stay(code, text, triple):
    triples, _ = code(text)
    assert triple in triples, triples


def test_a_kind_of_actor_placed_in_a_region_is_that_country_s(code):
    triples, facts = code("Government troops attacked rebels in Darfur.")
    assert ("ASSAULT", "SDN.MIL", "SDN.REB") in triples  # the only state in the story is Sudan
    assert any(a.id == "SDN.REB" and a.mentions for a in facts.actors)


@pytest.mark.parametrize("text, triple", [
    ("Turkey also bought Russian missiles.", ("AID", "RUS", "TUR")),
    ("Hamas received money from Qatar.", ("AID", "QAT", "HAMAS")),
])
def test_buying_or_receiving_arms_or_money_is_the_giver_s_aid(code, text, triple):
    triples, _ = code(text)
    assert triple in triples, triples


@pytest.mark.parametrize("text", ["He bought a Japanese car.", "India imports oil from Iraq."])
def test_ordinary_purchases_are_not_aid(code, text):
    triples, _ = code(text)
    assert not triples, triples


def test_a_led_alliance_is_not_an_act_of_allying_with_what_it_fights(code):
    triples, _ = code("The United States supplied the Kurdish-led alliance with rifles and ammunition "
                      "for the fight against the Islamic State.")
    assert not any(t[0] == "COOPERATE" for t in triples), triples


def test_talks_with_leaders_of_a_group_still_find_the_group(code):
    triples, _ = code("Egypt held talks with leaders of Hamas in Cairo.")
    assert any(t[0] == "CONSULT" and t[2] == "HAMAS" for t in triples), triples
