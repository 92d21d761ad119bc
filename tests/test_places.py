"""Places: name keys, gazetteer lookups, disambiguation by the document's countries, the ruler and the seed."""

from __future__ import annotations

import time

import pytest

from faultlines.places import Gazetteer, choose, name_key, skeleton
from faultlines.places.gazetteer import Entry, load_index
from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer()


@pytest.mark.parametrize(("a", "b"), [
    ("Fallujah", "Al Fall\u016bjah"), ("Falluja", "al-Fallujah"), ("Tal Afar", "Tall \u2018Afar"),
    ("Saqlawiya", "Saqlawiyah"), ("Ar Raqqah", "Raqqa"),
])
def test_transliteration_variants_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


def test_name_key_drops_article_and_diacritics():
    assert name_key("Al-Fall\u016bjah") == name_key("Fallujah") == "fallujah"
    assert name_key("the Netherlands") == "netherlands"


@pytest.mark.parametrize(("name", "geonameid", "country"), [
    ("Mosul", 99072, "IQ"), ("Fallujah", 99454, "IQ"), ("Falluja", 99454, "IQ"), ("Najaf", 98860, "IQ"),
    ("Aleppo", 170063, "SY"), ("Iraq", 99237, "IQ"), ("Berlin", 2950159, "DE"),
])
def test_golden_lookups(gaz, name, geonameid, country):
    best = choose(gaz.lookup(name), set())
    assert best is not None and best.geonameid == geonameid and best.country == country


def test_supplement_has_conflict_towns_geonames_lacks(gaz):
    best = choose(gaz.lookup("Saqlawiyah"), {"IQ"})
    assert best is not None and best.country == "IQ" and abs(best.lat - 33.40) < 0.2 and abs(best.lon - 43.68) < 0.2


def test_document_countries_decide_between_namesakes():
    lebanon = Entry("geonames:1", "Tripoli", 34.44, 35.85, "LB", 1, 229_398, "city")
    libya = Entry("geonames:2", "Tripoli", 32.89, 13.19, "LY", 2, 1_302_947, "city")
    assert choose([lebanon, libya], set()) is libya
    assert choose([lebanon, libya], {"LB"}) is lebanon


def test_small_foreign_towns_are_not_believed():
    hamlet = Entry("geonames:3", "Sadr", 30.0, 50.0, "IR", 3, 900, "city")
    assert choose([hamlet], {"IQ"}) is None
    assert choose([hamlet], {"IR"}) is hamlet


def test_index_loads_fast_from_its_cache():
    load_index()
    load_index.cache_clear()
    t = time.perf_counter()
    load_index()
    assert time.perf_counter() - t < 5.0


def test_ruler_patterns_are_exact_case_token_patterns_of_sensible_size(gaz):
    pats = gaz.ruler_patterns()
    assert 1000 < len(pats) < 30000  # focus- and wide-country towns: about 20,000
    texts = {" ".join(t["ORTH"] for t in p["pattern"]) for p in pats}
    assert {"Saqlawiyah", "Fallujah", "Tal Afar"} <= texts
    assert "Hit" not in texts and "Iraq" not in texts and "More" not in texts  # words, countries: the model's


def test_places_in_a_document(pipeline):
    facts = pipeline.extract(document_from_text(
        "Fighting spread from Tal Afar to Saqlawiyah, officials in Baghdad said, as Iraq braced for more.",
        guess_title=False))
    got = {p.name: p for p in facts.places}
    assert {"Tal Afar", "Saqlawiyah", "Baghdad", "Iraq"} <= set(got)
    assert got["Tal Afar"].geonameid == 90393
    assert got["Iraq"].feature == "country" and got["Baghdad"].country == "IQ"


def test_seed_places(seed_facts):
    got = {p.name: p for p in seed_facts.places}
    for name, gid in [("Mosul", 99072), ("Al Fall\u016bjah", 99454), ("Najaf", 98860), ("Aleppo", 170063)]:
        assert got[name].geonameid == gid
    assert "Saqlawiyah" in got
    assert not any(m.text == "Sadr" for p in seed_facts.places for m in p.mentions)  # al-Sadr is a person
