"""Value types: one country table under ISO2 and ISO3, the name keys, and dates written and read back."""

from __future__ import annotations

import datetime as dt

import pytest

from faultlines.actors.countries import load_countries
from faultlines.events.when import normalize_date
from faultlines.places.resolve import _demonyms
from faultlines.values import (
    Span,
    countries,
    country,
    country_name,
    event_span,
    fold,
    iso2_of,
    iso3_of,
    iso_date,
    iso_interval,
    name_key,
    parse_day,
    parse_span,
    skeleton,
    slug,
    strip_accents,
)
from faultlines.values.countries import place_rows


def test_one_country_under_both_codes():
    iraq = country("IQ")
    assert iraq is not None and iraq is country("IRQ") and iraq is country("irq")
    assert (iraq.iso2, iraq.iso3, iraq.numeric, iraq.name) == ("IQ", "IRQ", 368, "Iraq")
    assert "Iraqi" in iraq.adjectives and iraq.capital == "Baghdad"
    assert iraq.place is not None and iraq.place.demonym == "Iraqi"
    assert iso3_of("SY") == "SYR" and iso2_of("SYR") == "SY" and iso3_of("ZZ") is None and iso3_of(None) is None
    assert country_name("IRN") == country_name("IR") == "Iran"


def test_codes_only_geonames_keeps_are_in_the_table_and_only_kosovo_is_an_actor():
    kosovo = country("XK")
    assert kosovo is not None and kosovo.iso3 == "XKX" and not kosovo.official and "Kosovar" in kosovo.adjectives
    assert "XKX" in load_countries() and "IRQ" in load_countries()  # a party in the news, outside ISO 3166-1
    assert "SCG" not in load_countries() and "ANT" not in load_countries()  # dissolved
    assert len({c.iso2 for c in countries()}) == len(countries())


def test_the_gazetteer_countries_and_the_actor_countries_are_one_table():
    assert all(country(p.iso2) is not None for p in place_rows())
    assert _demonyms()["iraqi"] == "IQ" and load_countries()["IRQ"].place is not None


@pytest.mark.parametrize(("a", "b"), [("Asa'ib Ahl al-Haq", "Asaib Ahl al Haq"), ("the Taliban's", "Taliban"),
                                      ("Ḥizb Allāh", "Hizb Allah")])
def test_actor_name_spellings_meet_under_one_key(a, b):
    assert fold(a) == fold(b)


def test_accents_are_stripped_once_for_actors_and_places():
    assert strip_accents("Al Fallūjah, Ṣanʿāʾ") == "Al Fallujah, Sanʿaʾ"
    assert skeleton("Fallujah") == skeleton("al-Falluja") == skeleton("Al Fallūjah")
    assert name_key("al-Raqqa") == "raqqa" and slug("David M. Witty") == "david-m-witty"


def test_dates_written_are_read_back_as_day_spans():
    assert iso_date(2014) == "2014" and iso_date("2014", 6) == "2014-06" and iso_date(2014, 6, 3) == "2014-06-03"
    assert iso_interval("2015-03", None) == "2015-03/.." and iso_interval(None, "2011") == "../2011"
    assert parse_span("2015-03/..") == Span("2015-03-01", None)
    assert parse_span("../2011") == Span(None, "2011-12-31")
    assert parse_span("2003/2011") == Span("2003-01-01", "2011-12-31")
    assert parse_span("2014-02") == Span("2014-02-01", "2014-02-28") and parse_span("soon") == Span()
    assert parse_span("2016-02") == Span("2016-02-01", "2016-02-29") and parse_span("2014-04").hi == "2014-04-30"
    assert event_span("2015-03/..", "2016-01-05") == Span("2015-03-01", "2016-01-05")


def test_the_event_coder_writes_what_the_parser_reads():
    since = normalize_date("since", "March 2015")
    assert since == "2015-03/.." and parse_span(since) == Span("2015-03-01", None)
    assert normalize_date("from", "2003 to 2011") == "2003/2011"
    assert normalize_date("on", "Saturday", "2017-03-06T09:00:00Z") == "2017-03-04"


def test_parse_day_reads_the_day_of_a_timestamp():
    assert parse_day("2017-03-04T10:00:00Z") == dt.date(2017, 3, 4)
    assert parse_day("not a date") is None and parse_day(None) is None


def test_calendar_days_between_and_in_the_middle():
    from faultlines.values import days_between, midpoint, real_day

    assert real_day("2015-02-28") and not real_day("2015-02-31") and not real_day("2015-13") and not real_day(None)
    assert days_between("2015-03-01", "2015-03-01") == 0 and days_between("2015-02-01", "2015-03-01") == 28
    assert midpoint("2015-03-01", "2015-03-31") == "2015-03-16" and midpoint("2015-03-01", "2015-03-02") == "2015-03-01"
