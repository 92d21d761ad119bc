"""Requests by advising, daring and "should" clauses; criticism and refusal with no verb of accusing; noun events of
violence with their parties in the phrase (issue 12 round 15, R: events/reproach.py, events/violence_nouns.py,
data/criticism.yaml, data/violence_nouns.yaml); a double-barrelled surname named later by its last part
(actors/name_shapes.surname_keys); "relevant parties" for the pair named before (events/pronouns.py).
Near misses: speech that asks nothing, a denied or hedged reproach, a refusal of an act no one owns, violence with no
one it hits, a defeat suffered at someone's hands. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.actors.name_shapes import surname_keys


def edges(code, text, type_, polarity="asserted"):
    return {(r[1], r[2]) for r in code(text) if r[0] == type_ and r[3] == polarity}


@pytest.mark.parametrize("text, pair", [
    ("Russia challenged Britain to explain the poisoning.", ("RUS", "GBR")),
    ("Raila Odinga dared Robert Mugabe to hold a free vote.", ("raila-odinga", "ROBERT_MUGABE")),
    ("Kenya advocates that Uganda should hold fresh elections.", ("KEN", "UGA")),
    ("Raila Odinga recommended that Robert Mugabe must resign.", ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga advised Robert Mugabe to resign.", ("raila-odinga", "ROBERT_MUGABE")),
    ('"I am telling Robert Mugabe to retire now," Raila Odinga said.', ("raila-odinga", "ROBERT_MUGABE")),
    ("The Nigerian governor charged the Nigerian police to arrest the culprits.", ("NGA.GOV", "NGA.POL")),
])
def test_advising_daring_and_should_clauses_request_of_the_party_named(code, text, pair):
    assert pair in edges(code, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "Kenya challenged the ruling in court.",  # no infinitive: a legal challenge
    "Kenya does not advocate that Uganda should hold elections.",
    "The report suggests that Uganda should hold elections.",  # no party speaks
    "The minister told reporters that Uganda would hold elections.",
    "Police advised that the road to Uganda is closed.",
    "Kenya recommended how many Kenyan troops should be sent to Somalia.",
    "Kenya recommended that Kenyan troops should be sent to Somalia.",  # asks no troops
])
def test_speech_that_asks_nothing_of_a_party_is_no_request(code, text):
    assert not edges(code, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "China said relevant parties should meet each other half way.",
    "China urged the parties concerned to exercise restraint.",
])
def test_relevant_parties_with_no_pair_named_are_not_the_speakers_political_parties(code, text):
    assert not [r for r in code(text) if "CHN.OPP" in (r[1], r[2])]


def test_relevant_parties_stand_for_the_pair_named_before(code):
    text = "India and Pakistan exchanged fire on Monday. China said relevant parties should meet each other half way."
    assert {("CHN", "IND"), ("CHN", "PAK")} <= edges(code, text, "REQUEST")
    assert ("CHN", "CHN.OPP") not in edges(code, text, "REQUEST")


@pytest.mark.parametrize("text, type_, pair", [
    ('"It is shameful for the Kenyan government to say that," Raila Odinga said.', "ACCUSE",
     ("raila-odinga", "KEN.GOV")),
    ("Raila Odinga said it was shameful for Robert Mugabe to blame the protesters.", "ACCUSE",
     ("raila-odinga", "ROBERT_MUGABE")),
    ("Peru said it was disgraceful of Chile to close the border.", "ACCUSE", ("PER", "CHL")),
    ("Peru said it was unacceptable that Chile closed the border.", "ACCUSE", ("PER", "CHL")),
    ("Raila Odinga said there was no justification for Nigeria's attack.", "ACCUSE", ("raila-odinga", "NGA")),
    ("Kenya sees no justification for Uganda's decision.", "ACCUSE", ("KEN", "UGA")),
    ('"I will not be part of Robert Mugabe\'s illegal extension," Raila Odinga said.', "REJECT",
     ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga refused to be party to Robert Mugabe's plan.", "REJECT", ("raila-odinga", "ROBERT_MUGABE")),
    ("Two men swore at Kenyan police officers.", "ACCUSE", ("CIVILIANS", "KEN.POL")),
    ("Raila Odinga disagreed with Robert Mugabe's version of events.", "REJECT", ("raila-odinga", "ROBERT_MUGABE")),
    ("Peru strongly disagrees with Chile.", "REJECT", ("PER", "CHL")),
    ("Raila Odinga took a swipe at Robert Mugabe.", "ACCUSE", ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga picked holes in Robert Mugabe's plan.", "ACCUSE", ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga called out Robert Mugabe for his silence.", "ACCUSE", ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga frowned on Robert Mugabe's plan.", "ACCUSE", ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga was unhappy with Robert Mugabe's decision.", "ACCUSE", ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga questioned Robert Mugabe's commitment to the deal.", "ACCUSE", ("raila-odinga", "ROBERT_MUGABE")),
    ("Raila Odinga cast aspersions on Robert Mugabe.", "ACCUSE", ("raila-odinga", "ROBERT_MUGABE")),
    ("Russia slammed the door on Ukraine's proposal.", "REJECT", ("RUS", "UKR")),
    ("Robert Mugabe turned a deaf ear to Raila Odinga's calls for dialogue.", "REJECT",
     ("ROBERT_MUGABE", "raila-odinga")),
])
def test_reproach_and_refusal_without_an_accusing_verb(code, text, type_, pair):
    assert pair in edges(code, text, type_)


@pytest.mark.parametrize("text, type_", [
    ("Peru said it was not shameful for Chile to close the border.", "ACCUSE"),
    ("Peru said it would be shameful for Chile to close the border.", "ACCUSE"),  # a warning, no reproach yet
    ("It is shameful for Chile to close the border.", "ACCUSE"),  # the author's own words
    ("Peru said there was a justification for Chile's decision.", "ACCUSE"),
    ("Peru said it was wrong that Chile was not invited.", "ACCUSE"),  # Chile is the one left out
    ("Peru said it was sad for Chile to lose the match.", "ACCUSE"),  # sympathy
    ("Raila Odinga said he would be part of Robert Mugabe's cabinet.", "REJECT"),
    ("Raila Odinga will not be part of the talks with Kenya.", "REJECT"),  # no one's act turned down
    ("Peru and Chile disagreed on the date.", "REJECT"),
    ("Peru hit back at Chile with air strikes.", "ACCUSE"),  # "with" names weapons, not whom one disagrees with
])
def test_denied_hedged_or_unowned_reproach_gives_nothing(code, text, type_):
    assert not {p for p in edges(code, text, type_) if p[0] is not None and p[1] is not None}


@pytest.mark.parametrize("text, pair", [
    ("The violence against Kenyan police must stop.", (None, "KEN.POL")),
    ("Kenyan police brutality against protesters drew condemnation.", ("KEN.POL", "PROTESTERS")),
    ("Two protesters died at the hands of Kenyan police.", ("KEN.POL", "PROTESTERS")),
    ("Three Kenyan journalists suffered torture at the hands of Egyptian soldiers.", ("EGY.MIL", "KEN.MED")),
    ("Two Kenyan journalists were tortured at the hands of Kenyan police.", ("KEN.POL", "KEN.MED")),
])
def test_violence_nouns_with_their_parties_in_the_phrase(code, text, pair):
    assert pair in {(r[1], r[2]) for r in code(text) if r[0] == "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Violence in northern Nigeria worried the region.",  # where, not whom
    "Police brutality remains a problem in Kenya.",
    "The campaign to end violence against women in Kenya continues.",
    "Violence against Kenyan women is a national crisis.",  # a topic defined, no act
    "The charity works to raise awareness of violence against Kenyan women.",
    "Kenya launched a Plan to End Violence Against Children.",
    "Kenya said the attack was a naked aggression against the Somali people.",  # a verdict, not a second attack
    "Nigeria suffered a defeat at the hands of Ghana.",
    "Uganda was beaten at the hands of Kenya in the final.",
    "Kenya shook hands with Uganda.",
])
def test_violence_with_no_one_hit_or_a_defeat_is_no_attack(code, text):
    assert not [r for r in code(text) if r[0] == "ASSAULT"]


def test_a_double_barrelled_surname_is_named_later_by_its_last_part(code):
    assert surname_keys("Odigie-Oyegun") == ["odigie oyegun", "oyegun"]
    assert surname_keys("Smith") == ["smith"]
    text = "John Odigie-Oyegun leads the party. Timi Frank spoke in Abuja. Frank faulted Oyegun for the crisis."
    assert ("timi-frank", "john-odigie-oyegun") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Kenya said the attacks on Somali refugees must stop.",
    "The violence against Nigerian police in the north must end, the Nigerian senate said.",
])
def test_a_clause_asking_an_attack_to_end_asks_nothing_of_its_victims(code, text):
    assert not edges(code, text, "REQUEST")


def test_a_clause_asking_a_party_to_end_attacks_still_asks_it(code):
    assert ("KEN", "SOM") in edges(code, "Kenya said Somalia must stop the attacks.", "REQUEST")
    assert ("KEN", "SOM") in edges(code, "Kenya said military intervention in Somalia must be avoided.", "REQUEST")


@pytest.mark.parametrize("text", [
    "The Texas governor called out the National Guard.",  # troops called up, no one criticised
    "Kenyan police came down hard on protesters.",  # a crackdown, not words
    "Kenyan troops tore into al-Shabaab positions.",
    "Raila Odinga was happy with Robert Mugabe's decision.",
    "Kenyan police questioned Raila Odinga for hours.",  # questioning, no doubt cast
    "Russia slammed the door on Ukraine's proposal.",  # a refusal, not also a criticism
])
def test_idioms_that_also_name_force_or_approval_accuse_no_one(code, text):
    assert not edges(code, text, "ACCUSE")


def test_called_out_for_is_no_request_and_charged_with_is_still_a_charge(code):
    assert not edges(code, "Raila Odinga called out Robert Mugabe for his silence.", "REQUEST")
    assert ("KEN.LEG", "KEN.GOV") in edges(code, "The Kenyan senate charged the Kenyan minister with fraud.", "ACCUSE")
    assert not edges(code, "The Nigerian governor charged the Nigerian police to arrest the culprits.", "ACCUSE")


def test_a_countrys_warring_parties_are_still_read(code):
    assert [r for r in code("Yemen's warring parties agreed to a ceasefire in Hodeidah.") if r[0] == "AGREE"]


@pytest.mark.parametrize("text, triple", [
    ("Ghana dared Togo to publish the election results.", ("REQUEST", "GHA", "TGO")),
    ("Chile said it was shameful for Bolivia to close the border.", ("ACCUSE", "CHL", "BOL")),
    ("Raila Odinga disagreed with Robert Mugabe's account.", ("REJECT", "raila-odinga", "ROBERT_MUGABE")),
    ("Two Ugandan students died at the hands of Ugandan soldiers.", ("ASSAULT", "UGA.MIL", "UGA.CVL")),
])
def test_the_judge_keeps_the_new_families(pipeline, text, triple):
    from faultlines.read import document_from_text

    assert triple in {(e.type, e.source, e.target) for e in pipeline.extract(document_from_text(text)).events}
