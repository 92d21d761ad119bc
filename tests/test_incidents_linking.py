"""Incident linking: two outlets telling one made-up shooting in different words are one incident; another
shooting in the same city on the same day is not. The reports are written for these tests."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from faultlines.analysis.incidents import fuse, report_of, similarity
from faultlines.records import Document
from tests.incident_texts import made

REPORTS = {
    "gazette": ("Two men wounded in shooting on Larkspur Avenue in Dayton", "2021-03-14",
                "https://gazette.example/larkspur",
                "Two men were wounded late Saturday when someone opened fire outside a barbershop in the 400 block "
                "of Larkspur Avenue in Dayton, police said. Officers found Marcus Delaney, 27, and a second man "
                "with gunshot wounds. Both were taken to a hospital with injuries that were not life-threatening."),
    "tv": ("Police seek gunman after barbershop shooting leaves two hurt", "2021-03-15",
           "https://tv.example/news/barbershop",
           "Dayton detectives are looking for the person who shot two men outside a Larkspur Avenue barbershop on "
           "Saturday night. Marcus Delaney, 27, was hit in the leg; the other man was treated and released, "
           "detectives said. No arrest has been made."),
    "other": ("Woman killed in Dayton apartment shooting", "2021-03-14", "https://gazette.example/wembley",
              "A 41-year-old woman was shot and killed Saturday inside an apartment on Wembley Court in Dayton, "
              "police said. Her husband, Ronald Pike, was arrested at the scene and charged with murder."),
}


def document(key: str) -> Document:
    title, published, url, body = REPORTS[key]
    text = title + "\n\n" + body
    return Document(id=hashlib.sha1(text.encode()).hexdigest()[:20], text=text, title=title, published=published,
                    url=url)


@pytest.fixture(scope="module")
def reports(pipeline):
    out = {k: report_of(pipeline.extract(document(k))) for k in REPORTS}
    assert all(r is not None for r in out.values())
    return out


def test_two_reports_of_one_shooting_in_other_words_are_one_incident(reports):
    fused = fuse(reports.values())
    (inc,) = [i for i in fused if any(r.doc_id == reports["gazette"].doc_id for r in i.reports)]
    assert {r.doc_id for r in inc.reports} == {reports["gazette"].doc_id, reports["tv"].doc_id}


def test_another_shooting_in_the_same_city_on_the_same_day_stays_apart(reports):
    fused = fuse(reports.values())
    assert len(fused) == 2
    (alone,) = [i for i in fused if any(r.doc_id == reports["other"].doc_id for r in i.reports)]
    assert len(alone.reports) == 1
    assert similarity(reports["gazette"], reports["other"]) < similarity(reports["gazette"], reports["tv"])


def test_an_event_dated_years_before_publication_does_not_date_the_report(pipeline):
    doc = Document(id="recalls-history", title="Man charged in Larkspur Avenue shooting", published="2021-04-02",
                   url="https://gazette.example/charged",
                   text="Man charged in Larkspur Avenue shooting\n\nA Dayton man was charged on Thursday with "
                        "shooting two men outside a barbershop. In 2009 he shot at a neighbour, court records show.")
    r = report_of(pipeline.extract(doc))
    assert r is not None and r.date is not None and r.date >= "2021"


def test_a_town_read_as_a_namesake_far_away_is_not_held_against_the_pair(reports):
    """The gazetteer may put one report's town abroad; when the other report names that town, no penalty."""
    a = replace(reports["gazette"], place_name="Montgomery County")  # a name the other report does not use
    b = reports["tv"]
    abroad = replace(b, place_id="elsewhere", place_name="Dayton", lat=(a.lat or 0.0) + 30, lon=a.lon or 0.0,
                     specific=True)
    a = replace(a, lat=a.lat or 0.0, lon=a.lon or 0.0, specific=True)
    unnamed = replace(abroad, place_name="Nowhereville")
    assert similarity(a, abroad) > similarity(a, unnamed)



ARREST = ("Man arrested in Larkspur Avenue barbershop shooting", "2021-03-20", "https://gazette.example/arrest",
          "Dayton police on Friday arrested Ronald Pike, 34, in the shooting that wounded David Morales, 27, "
          "outside a Larkspur Avenue barbershop last weekend. Pike is held at the county jail.")
TRIAL = ("Barbershop owner testifies in Larkspur Avenue shooting trial", "2021-10-20", "https://tv.example/trial",
         "Prosecutors say Ronald Pike, 34, shot David Morales, 27, outside the shop in March. The owner of the "
         "barbershop told jurors on Tuesday what he saw. Defence lawyer Helen Ortiz said her client was at home.")


def test_a_trial_months_later_naming_the_same_two_people_needs_no_more_wording(pipeline, reports):
    arrest = report_of(pipeline.extract(made(ARREST, "arrest")))
    trial = report_of(pipeline.extract(made(TRIAL, "trial")))
    assert arrest is not None and trial is not None
    shared = set(arrest.people) & set(trial.people)
    assert len(shared) >= 2, (arrest.people, trial.people)
    one = replace(trial, people=tuple(sorted(shared))[:1])  # the same trial report, had it named only one of them
    assert similarity(arrest, trial) > similarity(arrest, one)
    fused = fuse([arrest, trial, *reports.values()])
    (inc,) = [i for i in fused if any(r.doc_id == "trial" for r in i.reports)]
    assert "arrest" in {r.doc_id for r in inc.reports}
