"""Casualty counts at event level: one test per form of issue 14, with sentences written for the tests."""

from __future__ import annotations

import pytest

from faultlines.counts import note_fatalities
from faultlines.read import document_from_text
from faultlines.records import Toll


def facts_of(pipeline, text):
    return pipeline.extract(document_from_text(text, guess_title=False))


def casualties(pipeline, text, category="killed"):
    return [c for c in facts_of(pipeline, text).counts if c.category == category]


@pytest.mark.parametrize(("text", "value"), [
    ("On 3 March, gunmen killed a teacher in the market of Maiduguri.", 1),  # a / an = 1
    ("Militants ambushed a patrol near Gao, killing an army officer.", 1),
    ("Unknown gunmen assassinated a member of the town council in Kismayo.", 1),
    ("A soldier shot and killed a shopkeeper in Bamenda after an argument.", 1),
    ("A trader was found dead in his shop in Jos on Tuesday.", 1),
    ("A detainee died as a result of torture in a police cell in Kananga.", 1),
    ("The body of a fisherman was recovered from the river near Mopti.", 1),
    ("Police shot dead a suspected robber in Lagos.", 1),
    ("The army said it killed 9 Al Shabaab militants near Afgooye.", 9),  # a name between number and noun
    ("Troops killed 1 Boko Haram fighter in an ambush near Bama.", 1),
    ("The fighting claimed the lives of at least two people in Beni.", 2),
    ("Two were killed and five were injured when the mob attacked the station.", 2),  # a bare number
    ("Bandits raided the village, killing four of them.", 4),
    ("Six members of the ADF (Allied Democratic Forces) died in the clash.", 6),  # a parenthesis between
    ("Shells killed a family of three in the old town of Taiz.", 3),
])
def test_each_killed_form_counts_the_dead(pipeline, text, value):
    found = casualties(pipeline, text)
    assert [c.value for c in found] == [value], found


def test_a_range_keeps_both_bounds(pipeline):
    (c,) = casualties(pipeline, "The clashes left between 2 to 4 ADF fighters dead near Beni.")
    assert (c.value, c.low, c.high) == (None, 2, 4)


@pytest.mark.parametrize(("text", "value"), [
    ("Four protesters were hospitalised after the police charge in Nairobi.", 4),
    ("The blast injured a child in the market of Kabul.", 1),
    ("The attack left 12 people wounded in Quetta.", 12),
])
def test_wounded_injured_and_hospitalised_are_wounded(pipeline, text, value):
    assert [c.value for c in casualties(pipeline, text, "wounded")] == [value]


@pytest.mark.parametrize("text", [
    "The group made an attempt to kill 40 soldiers at the base.",  # an intention
    "The rebels threatened to kill three hostages in Kidal.",
    "The convoy stopped 8 km west of the town of Ansongo.",  # a distance
    "The raid began at 5 pm and lasted 3 hours.",  # times
    "A 30-year-old man was questioned by the police.",  # an age
    "Russia delivered S-400 missiles and MQ-9 drones to its partner.",  # model designations
    "The report on page 12 lists the findings.",  # a page number
    "No police officer was injured in the raid.",  # negated
    "Residents protested over the death of a student in Kisumu.",  # a grievance, not this event's toll
])
def test_never_a_casualty(pipeline, text):
    found = [c for c in facts_of(pipeline, text).counts if c.category in ("killed", "wounded")]
    assert found == [], found


def test_dozens_of_air_strikes_are_not_weapons(pipeline):
    found = facts_of(pipeline, "The coalition carried out dozens of air strikes on the city.").counts
    assert all(c.category != "weapons" for c in found), found


def test_killed_and_wounded_together_is_only_a_ceiling(pipeline):
    (c,) = casualties(pipeline, "On 2 May, 7 militants were killed and wounded in an operation near Ghazni.")
    assert (c.value, c.low, c.high) == (None, None, 7)


def test_casualty_counts_link_to_their_event_and_fill_its_fatalities(pipeline):
    f = facts_of(pipeline, "Gunmen attacked a checkpoint in Herat, killing 5 soldiers and 1 police officer.")
    killed = [c for c in f.counts if c.category == "killed"]
    assert [c.value for c in killed] == [5, 1]
    (event,) = {c.event for c in killed}
    linked = next(e for e in f.events if e.id == event)
    assert linked.type == "ASSAULT" and linked.fatalities == Toll(6, 6, 6)


def test_a_later_sentence_with_the_toll_belongs_to_the_same_event(pipeline):
    f = facts_of(pipeline, "Gunmen attacked a police post in Kano. Two officers were killed. 2 fatalities.")
    killed = [c for c in f.counts if c.category == "killed"]
    assert len({c.event for c in killed}) == 1 and killed[0].event is not None
    assert note_fatalities(f) == 2


def test_a_definite_victim_restates_the_one_already_counted(pipeline):
    f = facts_of(pipeline, "Gunmen shot and killed a farmer near Kano. The victim died on the spot.")
    assert note_fatalities(f) == 1


def test_two_voices_with_two_tolls_keep_the_conservative_one_and_are_contested(pipeline):
    f = facts_of(pipeline, 'Gunmen attacked a police post in Kano, killing 12 officers. '
                           '"Twenty officers were killed," said Musa Bello, a police spokesman.')
    event = next(e for e in f.events if e.fatalities is not None)
    assert event.fatalities == Toll(12, 12, 20)
    assert any(t.kind == "contested" and event.id in t.events for t in f.tensions)


def test_a_coded_toll_wins(pipeline):
    f = facts_of(pipeline, "Rebels attacked an army base near Tillaberi, killing dozens of soldiers. "
                           "Fatalities coded as 12.")
    assert note_fatalities(f) == 12


def test_troops_go_to_the_actor_that_owns_them(pipeline):
    f = facts_of(pipeline, "The United States keeps about 900 troops in Syria and 2,500 in Iraq.")
    troops = [c for c in f.counts if c.category == "troops"]
    assert [c.value for c in troops] == [900, 2500]
    assert {c.actor for c in troops} == {"USA"}


def test_a_possessive_gives_the_troops_to_the_subject_before_it(pipeline):
    f = facts_of(pipeline, "The United States has changed its plans. Its 2,500 troops in Iraq will stay.")
    (c,) = [c for c in f.counts if c.category == "troops"]
    assert c.value == 2500 and c.actor == "USA"


def test_a_name_in_the_phrase_owns_the_troops(pipeline):
    f = facts_of(pipeline, "About 3,000 US troops arrived in Kuwait last week.")
    (c,) = [c for c in f.counts if c.category == "troops"]
    assert c.actor is not None and c.actor.startswith("USA")


def test_store_keeps_the_event_of_a_count_and_the_fatalities_of_an_event(pipeline, tmp_path):
    from faultlines.store import Store

    f = facts_of(pipeline, "Gunmen attacked a checkpoint in Herat, killing 5 soldiers and 1 police officer.")
    with Store(tmp_path / "t.db") as store:
        assert "004_tolls" in store.migrations()
        store.add(f)
        rows = store.conn.execute("SELECT event FROM counts WHERE category = 'killed'").fetchall()
        assert {r[0] for r in rows} == {c.event for c in f.counts if c.category == "killed"} != {None}
        tolls = store.conn.execute("SELECT fatalities, fatalities_low, fatalities_high FROM events "
                                   "WHERE fatalities IS NOT NULL").fetchall()
        assert [tuple(r) for r in tolls] == [(6, 6, 6)]
        back = store.facts(f.document.id)
        assert back is not None and back.counts == f.counts and back.events == f.events


@pytest.mark.parametrize(("text", "dead"), [
    ("On 3 May, a former teacher and his son were attacked and shot to death in Patiala. 2 killed.", 2),
    ("On 3 May, the district head and his bodyguard were killed when their car hit a bomb.", 2),
    ("On 4 May, 5 civilians (2 men, 2 women, and 1 child) were killed by a bomb in Ghazni.", 5),
    ("On 5 May, 21 rebels including 2 commanders and 4 soldiers were killed near Ghazni.", 25),
    ("On 2 May, in Recife, Pernambuco, a man was killed in a drive-by shooting.", 1),
    ("On 6 May, 3 police officers were killed in an ambush near Kidal. 3 fatalities.", 3),
])
def test_a_note_toll_counts_each_victim_once(pipeline, text, dead):
    assert note_fatalities(facts_of(pipeline, text)) == dead


def test_a_detained_man_later_found_dead_is_killed_once(pipeline):
    f = facts_of(pipeline, "On 7 May, gunmen abducted a trader in Mubi. The trader was later found dead.")
    assert note_fatalities(f) == 1


def test_a_vague_toll_reads_as_acled_codes_it(pipeline):
    f = facts_of(pipeline, "On 8 May, rebels attacked an army post near Tillaberi, killing dozens of soldiers.")
    killed = [c for c in f.counts if c.category == "killed"]
    assert [(c.low, c.high, c.approx) for c in killed] == [(24, 99, "dozens")]  # the count keeps what the text says
    assert note_fatalities(f) == 12  # ACLED's codebook: "dozens" is 12


@pytest.mark.parametrize(("text", "dead"), [
    ("On 9 May, in Campinas, Sao Paulo, a shop owner was killed by armed men on a motorcycle.", 1),
    ("On 1 May, a soldier fired upon a family in Dilling, killing the father and a son.", 2),
    ("On 27 April, 3 civilians including a teacher were kidnapped and killed by gunmen in Maymana.", 3),
])
def test_victims_the_parse_hangs_elsewhere(pipeline, text, dead):
    assert note_fatalities(facts_of(pipeline, text)) == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Two armed men exchanged fire with the police in Contagem, and one of the men was killed.", 1),
    ("Six people were shot in Leon. 3 people were injured and 1 person died in the hospital.", 1),
    ("A resident of the capital died from coronavirus on Monday.", 0),  # no violence
    ("The farmers slaughtered a goat outside the office as part of their protest.", 0),
])
def test_each_death_once_and_only_violent_ones(pipeline, text, dead):
    assert note_fatalities(facts_of(pipeline, text)) == dead
