"""Event notes in the ACLED style ("On 3 May 2021, gunmen attacked ..."): generic actors, crowd verbs, agentless
passives and the parser's fragment readings, on sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> list of (type, mode, source kind or None, target kind or None, source name, target name)."""

    def run(text: str):
        facts = pipeline.extract(document_from_text(text))
        by_id = {a.id: a for a in facts.actors}

        def kind(aid):
            return by_id[aid].kind if aid in by_id else None

        def name(aid):
            return by_id[aid].name if aid in by_id else None
        return [(e.type, e.mode, kind(e.source), kind(e.target), name(e.source), name(e.target)) for e in facts.events]

    return run


def test_raped_is_not_rap(code):
    evs = code("On 12 March 2021, soldiers raped a woman in Bunia, Ituri.")
    assert any(t == "ASSAULT" and m == "sexual" and tk == "civilians" for t, m, _, tk, _, _ in evs)


@pytest.mark.parametrize("text", [
    "Congolese Soldiers Raped Two Women Near Bunia\n\nLocal officials said the army had opened an inquiry.",
    "On 2 May 2021, in Bunia, Ituri, Congolese soldiers raped two women.",
])
def test_lemma_fixes_hold_in_re_parsed_headlines_and_clauses(code, text):
    """A Title Case headline and a sentence after a date-and-place opener are parsed again; the lexicon's lemma
    fixes apply to that parse too (they were lost there, and no event was found)."""
    evs = code(text)
    assert any(t == "ASSAULT" and m == "sexual" and tk == "civilians" for t, m, _, tk, _, _ in evs), evs


def test_armed_men_are_an_armed_group_not_civilians(code):
    evs = code("On 12 March 2021, armed men attacked a bus in Zinder, Niger, killing four passengers.")
    assault = [e for e in evs if e[0] == "ASSAULT"]
    assert assault and all(sk == "armed_group" for _, _, sk, _, _, _ in assault)
    assert not any(sk == "civilians" for _, _, sk, _, _, _ in evs)


def test_unnamed_rebels_are_a_generic_armed_group(code):
    evs = code("On 12 March 2021, rebels abducted six farmers near the town.")
    assert ("COERCE", "arrest", "armed_group", "civilians") in {e[:4] for e in evs}


@pytest.mark.parametrize("text", [
    "On 12 March 2021, protesters gathered outside the parliament in Nairobi, Kenya.",
    "On 12 March 2021, dozens of residents gathered outside a clinic in Tyre, Lebanon, demanding its closure.",
])
def test_a_protesting_crowd_gathering_is_a_protest(code, text):
    assert any(e[0] == "PROTEST" for e in code(text))


def test_a_meeting_gathering_is_no_protest(code):
    assert not any(e[0] == "PROTEST" for e in code("Foreign ministers gathered in Brussels on Monday for the summit."))


def test_conjoined_passive_victims_are_not_attackers(code):
    evs = code("On 12 March 2021, two men were shot and killed in Tijuana, Mexico.")
    assert any(e[0] == "ASSAULT" and e[3] == "civilians" for e in evs)
    assert not any(e[0] == "ASSAULT" and e[2] == "civilians" for e in evs)


def test_participle_root_is_passive(code):
    evs = code("Three soldiers killed in an ambush near Gao were buried on Sunday.")
    assert not any(e[0] == "ASSAULT" and e[2] == "military" for e in evs)


@pytest.mark.parametrize("text", [
    "On 12 March 2021, a group of teachers protested in Lahore, Pakistan, to demand their salaries.",
    "On 12 March 2021, nurses and doctors protested in Lahore, Pakistan, against unpaid wages.",
])
def test_date_opener_fragment_keeps_the_protesters(code, text):
    evs = code(text)
    assert any(e[0] == "PROTEST" and e[2] == "civilians" for e in evs)


def test_clashes_between_one_generic_party(code):
    evs = code("On 12 March 2021, clashes between rival gangs in Cap-Haitien, Haiti, left three people dead.")
    assert any(e[0] == "ASSAULT" and e[2] == "armed_group" for e in evs)


def test_looting_is_destruction(code):
    evs = code("On 12 March 2021, militiamen looted shops and burned houses in Djugu, Congo.")
    assert any(e[0] == "COERCE" and e[1] == "destroy" and e[2] == "armed_group" for e in evs)


def test_opener_with_place_list_keeps_the_subject(pipeline):
    from faultlines.events.openers import reparsed_clause

    doc = pipeline.nlp("On 4 June 2021, in Cuiaba, Mato Grosso, bus drivers blocked a highway to demand unpaid wages.")
    sent = next(iter(doc.sents))
    clause = reparsed_clause(sent, pipeline.nlp)
    words = clause if clause is not None else sent
    drivers = next(t for t in words if t.text == "drivers")
    assert drivers.dep_ == "nsubj" and drivers.head.text == "blocked"
    assert [t.idx for t in words] == [t.idx for t in sent]


def test_agreeing_with_an_opinion_is_no_agreement(code):
    assert not any(e[0] == "AGREE" for e in code("Health officials said they agree with the recommendation."))
    assert any(e[0] == "AGREE" for e in code("Kenya and Somalia agreed with each other on a border plan."))


def test_fire_by_an_unknown_party_has_an_unidentified_source(code):
    evs = code("Heavy artillery fire by an unknown party was reported in Abu Salim, Libya.")
    assert any(e[0] == "ASSAULT" and e[2] == "armed_group" and e[4].startswith("Unidentified") for e in evs)


@pytest.mark.parametrize("text", [
    "Floodwaters swept away a bridge and killed three children in Sindh, Pakistan.",
    "A bus collided with a truck in Punjab, Pakistan, killing 11 passengers.",
])
def test_disasters_and_accidents_are_no_assault(code, text):
    assert not any(e[0] in ("ASSAULT", "COERCE") for e in code(text))


def test_hyphenated_sit_in_is_a_protest(code):
    evs = code("Residents staged a sit-in outside the governorate in Gafsa, Tunisia.")
    assert any(e[0] == "PROTEST" and e[2] == "civilians" for e in evs)


def test_anti_x_forces_are_not_x(code):
    evs = code("Anti-Houthi forces fired rockets at the port of Hodeidah, Yemen.")
    assert not any(e[4] == "Houthis" for e in evs)
    assert any(e[4] == "Houthis" for e in code("Houthi forces fired rockets at the port of Mocha, Yemen."))


def test_damage_and_road_blocks(code):
    assert any(e[0] == "COERCE" and e[1] == "destroy" for e in code(
        "On 29 April 2021, unknown rioters damaged the front of a bank in Sidon, Lebanon."))
    assert any(e[0] == "PROTEST" and e[1] == "obstruct" for e in code(
        "Angry residents burned tires on the main road in Aden, Yemen."))
    assert any(e[0] == "SANCTION" for e in code("The United States cut off aid to Honduras last year."))
    assert not any(e[0] == "PROTEST" for e in code("Police burned the flags of the movement."))


@pytest.mark.parametrize("text", [
    "On 4 April 2022, in Torreon, Coahuila, Mexico, a man was found dead beside a highway with bullet wounds.",
    "On 4 April 2022, the bodies of two women were found in a ditch in Torreon, Mexico.",
    "On 4 April 2022, farmers discovered the body of a teenager near a canal in Torreon, Mexico.",
])
def test_found_dead_is_an_assault_by_an_unidentified_armed_group(code, text):
    evs = code(text)
    assert [e[:4] for e in evs] == [("ASSAULT", None, "armed_group", "civilians")]
    assert evs[0][4] == "Unidentified armed group (Mexico)"


@pytest.mark.parametrize("text", [
    "On 4 April 2022, no bodies were found after the search in Torreon, Mexico.",
    "On 4 April 2022, the bodies of three climbers were found after the avalanche near Torreon, Mexico.",
    "On 4 April 2022, inspectors found evidence of fraud at the customs office in Torreon, Mexico.",
])
def test_finding_without_a_killing_is_no_assault(code, text):
    assert not [e for e in code(text) if e[0] == "ASSAULT"]


def test_a_found_soldier_is_the_states_forces_and_the_state_of_death_has_no_shooter(code):
    evs = code("On 4 April 2022, a soldier was found shot dead near his post in Gao, Mali.")
    assert [e[:4] for e in evs] == [("ASSAULT", None, "armed_group", "military")]


@pytest.mark.parametrize("text", [
    "On 4 April 2022, villagers beat a man to death in Gaya, India, accusing him of stealing a goat.",
    "On 4 April 2022, a mob lynched a suspected robber in Eldoret, Kenya.",
    "On 4 April 2022, a group of residents attacked two herders in Jos, Nigeria.",
])
def test_mob_violence_on_civilians_is_rioters_against_civilians(code, text):
    assault = [e for e in code(text) if e[0] == "ASSAULT"]
    assert assault and all(e[2] == "civilians" and e[3] == "civilians" and e[4] != e[5] for e in assault)
    assert any("protesters" in e[4] for e in assault)


@pytest.mark.parametrize("text", [
    "On 4 April 2022, a protest was held in Rijeka, Croatia, against the new parking fees.",
    "On 4 April 2022, demonstrations were staged in Porto, Portugal, over rising rents.",
])
def test_an_agentless_protest_is_by_protesters_of_the_place(code, text):
    evs = code(text)
    assert any(e[0] == "PROTEST" and e[2] == "civilians" and "protesters" in e[4] for e in evs)


def test_a_cancelled_protest_has_no_protesters(code):
    assert not [e for e in code("On 4 April 2022, a protest was cancelled in Rijeka, Croatia.") if e[0] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "On 4 April 2022, a shoot-out took place in the Boa Vista neighborhood of Recife, Brazil.",
    "On 4 April 2022, a gunfight broke out near the bus station in Kaduna, Nigeria.",
])
def test_an_agentless_gunfight_is_by_an_unidentified_armed_group(code, text):
    evs = code(text)
    assert [e[:3] for e in evs] == [("ASSAULT", "firearms", "armed_group")]


def test_no_gunfight_is_no_event(code):
    assert not code("On 4 April 2022, no shooting took place in Kaduna, Nigeria.")


def test_a_smuggler_exchanging_fire_with_police_is_an_armed_group(code):
    evs = code("On 4 April 2022, a smuggler exchanged fire with police in Arica, Chile.")
    assert [e[:4] for e in evs] == [("ASSAULT", "firearms", "armed_group", "police")]


@pytest.mark.parametrize("text", [
    "On 4 April 2022, rioters set a pharmacy on fire in Bouake, Ivory Coast.",
    "On 4 April 2022, a bus was set alight by unknown rioters in Bouake, Ivory Coast.",
])
def test_setting_on_fire_is_destruction(code, text):
    # property destruction by rioters: PLOVER's COERCE (mode destroy), or ASSAULT as the judge may retype it
    # (ACLED files it under riots); never a protest and never without its source
    assert any((e[0] == "ASSAULT" or e[:2] == ("COERCE", "destroy")) and "protesters" in (e[4] or "")
               for e in code(text))


def test_setting_something_on_a_table_is_no_event(code):
    assert not code("On 4 April 2022, the trophy was set on a table in Bouake, Ivory Coast.")
