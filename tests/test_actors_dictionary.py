"""The actor dictionary: bundled data, every country, demonyms, parents, designations, user files."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from faultlines.actors import DictionaryError, load_dictionary
from faultlines.records import ACTOR_KINDS
from faultlines.values.names import fold


@pytest.fixture(scope="module")
def d():
    return load_dictionary()


def test_every_country_is_a_state(d):
    for c in pycountry.countries:
        e = d.entry(c.alpha_3)
        assert e is not None and e.kind == "state" and e.country == c.alpha_3


def test_kinds_and_countries_are_valid(d):
    isos = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo: GeoNames keeps it, ISO 3166-1 does not
    for e in d.entries.values():
        assert e.kind in ACTOR_KINDS, e
        assert e.country is None or e.country in isos, e


@pytest.mark.parametrize("word,iso", [("Iranian", "IRN"), ("Saudi", "SAU"), ("Saudis", "SAU"), ("American", "USA"),
                                      ("Americans", "USA"), ("Iraqis", "IRQ"), ("Syrian", "SYR"), ("British", "GBR"),
                                      ("Turks", "TUR"), ("Emirati", "ARE"), ("Lebanese", "LBN")])
def test_demonyms(d, word, iso):
    assert d.demonym(word) == iso


@pytest.mark.parametrize("names,aid", [
    (["Daesh", "ISIS", "ISIL", "Islamic State", "the Islamic State", "Da'esh"], "ISIS"),
    (["Popular Mobilisation Forces", "Popular Mobilization Forces", "al-Hashd al-Shaabi", "Shia militias",
      "Shiite militias"], "PMF"),
    (["Asa'ib Ahl al-Haq", "Asaib Ahl al Haq", "Asa\u2019ib Ahl al-Haq"], "AAH"),
    (["Kata'ib Hezbollah", "Kataib Hizballah", "Kata'ib Hizbullah"], "KH"),
    (["Revolutionary Guards", "Islamic Revolutionary Guard Corps", "IRGC"], "IRGC"),
    (["United States", "U.S.", "US", "America"], "USA"),
    (["Erdoğan", "Erdogan"], "RECEP_TAYYIP_ERDOGAN"),
    (["Houthi", "Houthis", "Ansar Allah"], "HOUTHIS"),
])
def test_name_folding_meets_spellings(d, names, aid):
    assert {d.lookup(n) for n in names} == {aid}


def test_al_qaeda_in_iraq_is_not_al_qaeda(d):
    assert d.lookup("al-Qaeda in Iraq") == "AQI" and d.lookup("Al-Qaeda") == "AQ"
    assert d.entry("AQI").parent == "AQ"


def test_fold():
    assert fold("The Popular Mobilisation Forces") == fold("popular mobilisation forces")
    assert fold("al-Hashd al-Sha'bi") == fold("Hashd al-Shabi")
    assert fold("Iran's") == "iran"


def test_parent_chains(d):
    assert d.parent_chain("IRGC.QF") == ["IRGC", "IRN"]
    assert d.parent_chain("USA.GOV.STATE") == ["USA.GOV", "USA"]
    assert d.parent_chain("AAH") == ["PMF"]
    assert d.parent_chain("PMF") == []


def test_state_organs_are_synthesised(d):
    e = d.entry("IRN.MIL")
    assert (e.kind, e.country, e.parent) == ("military", "IRN", "IRN")
    e = d.entry("FJI.REB")
    assert (e.kind, e.country, e.parent) == ("armed_group", "FJI", None)
    assert d.entry("XXX.MIL") is None and d.entry("IRN.NOPE") is None


def test_designations_are_dated_and_known(d):
    kh = d.designations_of("KH")
    assert any(x.body == "USA.GOV.STATE" and x.list == "FTO" and x.date == "2009-07-02" for x in kh)
    for x in d.designations:
        assert d.entry(x.actor) and d.entry(x.body) and len(x.date) == 10
        assert x.until is None or x.until > x.date


def test_ruler_patterns_are_case_safe(d):
    pats = d.ruler_patterns()
    assert all(p["id"] for p in pats)
    us = [p for p in pats if p["id"] == "USA" and isinstance(p["pattern"], list)]
    assert {"ORTH": "US"} in [p["pattern"][0] for p in us]  # the pronoun "us" must not match
    assert not any(p["pattern"] == "US" for p in pats)
    assert any(p["pattern"] == "Kataib Hezbollah" and p["id"] == "KH" for p in pats)


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "my.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_user_file_extends_and_overrides(tmp_path):
    p = _write(tmp_path, """
actors:
  - {id: SHIA_MILITIAS, name: Shia militias, kind: armed_group, country: IRQ, aliases: [Shiite militias]}
  - {id: PMF, name: Popular Mobilisation Forces, kind: armed_group, aliases: [Hashd Forces]}
designations:
  - {actor: SHIA_MILITIAS, body: USA.GOV.STATE, list: watch list, date: 2020-01-01}
""")
    d = load_dictionary([p])
    assert d.lookup("Shia militias") == "SHIA_MILITIAS" and d.lookup("Shiite militias") == "SHIA_MILITIAS"
    assert d.lookup("Hashd Forces") == "PMF" and d.lookup("al-Hashd al-Shaabi") == "PMF"
    assert d.designations_of("SHIA_MILITIAS")[0].date == "2020-01-01"
    assert any(p["id"] == "SHIA_MILITIAS" for p in d.ruler_patterns())


@pytest.mark.parametrize("text,needle", [
    ("- {id: X, name: X Brigade, kind: militia}", "unknown kind 'militia'"),
    ("- {id: X, name: X Brigade, kind: armed_group, country: Iraq}", "not an ISO 3166 alpha-3"),
    ("- {id: X, name: X Brigade, kind: armed_group, parent: NOPE}", "parent 'NOPE'"),
    ("- {id: X, kind: armed_group}", "missing or empty 'name'"),
    ("- {id: X, name: X, kind: other, colour: red}", "unknown field"),
    ("actors: [", "not valid YAML"),
    ("designations:\n  - {actor: X, body: USA, list: L, date: 'last year'}", "not YYYY"),
])
def test_bad_user_file_gives_one_line(tmp_path, text, needle):
    p = _write(tmp_path, text)
    with pytest.raises(DictionaryError) as err:
        load_dictionary([p])
    msg = str(err.value)
    assert needle in msg and str(p) in msg and "\n" not in msg


def test_user_file_reaches_the_pipeline(tmp_path):
    from faultlines.pipeline import Pipeline
    from faultlines.read import document_from_text

    p = _write(tmp_path, "- {id: ZAGROS_FRONT, name: Zagros Front, kind: armed_group, country: IRQ, aliases: [ZF]}\n")
    facts = Pipeline(actors_files=[p]).extract(document_from_text("The Zagros Front shelled a village near Sulaymaniyah."))
    actor = next(a for a in facts.actors if a.id == "ZAGROS_FRONT")
    assert actor.kind == "armed_group" and actor.country == "IRQ" and actor.mentions[0].text == "Zagros Front"
