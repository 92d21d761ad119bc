"""Acts reported without their agent (events/found.py): traces of an attack that someone observed or heard, and
reciprocal events whose sides hang on a verb of happening; sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> list of (type, mode, source kind, target kind, source name, target name)."""

    def run(text: str):
        facts = pipeline.extract(document_from_text(text))
        by_id = {a.id: a for a in facts.actors}

        def get(aid, attr):
            return getattr(by_id[aid], attr) if aid in by_id else None
        return [(e.type, e.mode, get(e.source, "kind"), get(e.target, "kind"), get(e.source, "name"),
                 get(e.target, "name")) for e in facts.events if e.polarity == "asserted"]

    return run


@pytest.mark.parametrize("text, mode", [
    ("On 14 June 2021, ceasefire monitors observed a total of 9 explosions near Horlivka.", "heavy-weapons"),
    ("On 14 June 2021, the monitoring mission recorded 30 shots/bursts of fire near Avdiivka.", "firearms"),
    ("Heavy gunfire was heard overnight in the Kibera slum of Nairobi, Kenya.", "firearms"),
    ("Several explosions were reported on the outskirts of Kadugli, Sudan, on Tuesday.", "heavy-weapons"),
])
def test_observed_explosions_are_an_attack_by_an_unidentified_group(code, text, mode):
    evs = code(text)
    assert ("ASSAULT", mode, "armed_group", None) in {e[:4] for e in evs}, evs


@pytest.mark.parametrize("text", [
    "No explosions were heard in Tripoli on Friday.",
    "Residents did not hear any gunfire near the market in Goma.",
    "A gas explosion was heard in a suburb of Kharkiv.",
    "Residents heard several explosions from the refinery in Baiji, Iraq, after a leak.",
    "Monitors observed the withdrawal of heavy weapons near Donetsk.",
])
def test_no_attack_without_a_trace_of_one(code, text):
    assert not [e for e in code(text) if e[0] == "ASSAULT"]


def test_a_trace_with_its_shooter_named_keeps_the_shooter(code):
    """"heard Russian shelling" names who shelled: the trace reading adds no unidentified group."""
    evs = code("Villagers heard Russian shelling near Kupiansk, Ukraine.")
    assert not any(e[4] and e[4].startswith("Unidentified") for e in evs), evs


@pytest.mark.parametrize("text, kinds", [
    ("On 9 June 2021, clashes erupted between villagers and soldiers near Dapaong, Togo.", {"civilians", "military"}),
    ("Heavy fighting broke out between the army and rebels near Beni, Congo.", {"military", "armed_group"}),
    ("On 9 June 2021, a gunfight took place between police and gunmen in Tegucigalpa, Honduras.",
     {"police", "armed_group"}),
])
def test_sides_on_a_verb_of_happening_fight_each_other(code, text, kinds):
    evs = [e for e in code(text) if e[0] == "ASSAULT"]
    assert {(e[2], e[3]) for e in evs} >= {tuple(sorted(kinds)), tuple(sorted(kinds, reverse=True))}, evs


def test_talks_that_took_place_are_a_consultation_both_ways(code):
    evs = code("Talks took place between Ghana and Togo in Accra.")
    assert {("Ghana", "Togo"), ("Togo", "Ghana")} <= {(e[4], e[5]) for e in evs if e[0] == "CONSULT"}, evs


def test_a_clash_that_did_not_happen_is_no_event(code):
    assert not [e for e in code("No clashes took place between the army and the rebels in Beni, Congo.")
                if e[0] == "ASSAULT"]


def test_exchanging_fire_is_reciprocal(code):
    evs = code("Soldiers and rebels exchanged fire near Beni, Congo.")
    pairs = {(e[2], e[3]) for e in evs if e[0] == "ASSAULT"}
    assert {("military", "armed_group"), ("armed_group", "military")} <= pairs, evs


def test_taking_part_in_a_protest_is_still_a_protest(code):
    """"take" is a verb of happening now; it still lends its subject to the protest it takes part in."""
    evs = code("On 9 June 2021, hundreds of nurses took part in a protest in Nairobi, Kenya.")
    assert any(e[0] == "PROTEST" and e[2] == "civilians" for e in evs), evs


@pytest.mark.parametrize("text, kinds", [
    ("On 3 June 2021, in Celaya, Guanajuato, armed men carried out a drive-by shooting against a man.", (None, "civilians")),
    ("On 3 June 2021, militants beheaded a village headman near Mocimboa da Praia, Mozambique.",
     ("armed_group", "civilians")),
    ("On 3 June 2021, cattle raiders clashed with pastoralists near Bor, South Sudan.", ("armed_group", "civilians")),
])
def test_unnamed_attackers_and_victims(code, text, kinds):
    """A shooting "against" someone, and the generic victims and attackers of ACLED-style notes."""
    evs = code(text)
    assert any(e[0] == "ASSAULT" and (kinds[0] is None or e[2] == kinds[0]) and e[3] == kinds[1] for e in evs), evs


def test_an_army_chief_is_no_civilian(code):
    assert not any(e[2] == "civilians" for e in code("The army chief visited Nigeria."))


@pytest.mark.parametrize("text, source", [
    ("A bomb exploded in a market in Maiduguri, Nigeria.", "Unidentified armed group (Nigeria)"),
    ("A roadside bomb planted by the Taliban exploded near a checkpoint in Kandahar, Afghanistan.", "Taliban"),
    ("On 3 June 2021, an IED planted by militants hit a police vehicle in Turbat, Pakistan.", None),
])
def test_a_device_that_goes_off_is_its_planters_attack(code, text, source):
    evs = [e for e in code(text) if e[0] == "ASSAULT" and e[1] == "explosives"]
    assert evs and (source is None or any(e[4] == source for e in evs)), code(text)
    assert all(e[2] == "armed_group" for e in evs), evs


@pytest.mark.parametrize("text", [
    "The gas cylinder exploded in a kitchen in Lagos, Nigeria.",
    "A car hit a pedestrian in Lagos, Nigeria.",
    "No bomb exploded in the market of Maiduguri, Nigeria.",
])
def test_accidents_are_no_blast_attack(code, text):
    assert not [e for e in code(text) if e[0] == "ASSAULT"]


def test_clashes_reported_between_two_sides(code):
    evs = code("On 3 June 2021, clashes were reported between army troops and rebels near Beni, Congo.")
    assert {("military", "armed_group"), ("armed_group", "military")} <= {(e[2], e[3]) for e in evs if e[0] == "ASSAULT"}


def test_exploding_bombs_is_still_an_attack(code):
    """"explode" is a trigger lemma now; it still lends its subject to the bombs it explodes."""
    evs = code("Militants exploded two bombs near a police station in Quetta, Pakistan.")
    assert any(e[0] == "ASSAULT" and e[2] == "armed_group" for e in evs), evs
