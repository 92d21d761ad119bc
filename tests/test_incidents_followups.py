"""Follow-ups months later: a report that names the happening's day ("the March 13 shooting") or tells of its
aftermath (a sentence, a trial) links across the months; reports with no coded event still make a report when
their lead tells of violence. The reports are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from faultlines.analysis.incidents import fuse, recalled, report_of, similarity
from tests.incident_texts import made

SHOOTING = ("Two men wounded outside Larkspur Avenue barbershop in Dayton", "2021-03-14",
            "https://gazette.example/larkspur",
            "Two men were wounded late Saturday when someone opened fire outside a barbershop in the 400 block of "
            "Larkspur Avenue in Dayton, police said. Officers found Marcus Delaney, 27, and a second man with "
            "gunshot wounds. Both were taken to a hospital.")
SENTENCED = ("Dayton man sentenced to 12 years in prison", "2021-09-20", "https://tv.example/sentenced",
             "A judge on Monday sentenced Ronald Pike to 12 years in prison for the March 13 shooting outside a "
             "Larkspur Avenue barbershop in Dayton that wounded Marcus Delaney, 27, and another man.")
UNDATED = ("Dayton man sentenced to 12 years in prison", "2021-09-20", "https://tv.example/sentenced-2",
           "A judge on Monday sentenced Ronald Pike to 12 years in prison for the shooting outside a "
           "Larkspur Avenue barbershop in Dayton that wounded Marcus Delaney, 27, and another man.")
NEWS = ("Woman wounded outside Larkspur Avenue barbershop in Dayton", "2021-09-20", "https://tv.example/again",
        "A woman was wounded on Sunday when someone opened fire outside a barbershop on Larkspur Avenue in Dayton, "
        "police said. Officers found Tamika Reeves, 45, with a gunshot wound to the arm.")
NO_EVENT = ("Neighbours on Larkspur Avenue want cameras", "2021-03-16", "https://radio.example/cameras",
            "Residents of Larkspur Avenue in Dayton asked the city for street cameras on Tuesday, two days after "
            "gunfire outside the barbershop wounded two men.")
OTHERS = {  # other shootings of the year, so that words have their rarity
    "toledo": ("Woman killed in Toledo apartment shooting", "2021-05-02", "https://gazette.example/toledo",
               "A 41-year-old woman was shot and killed Saturday inside an apartment on Wembley Court in Toledo."),
    "columbus": ("Three hurt in Columbus drive-by shooting", "2021-06-11", "https://tv.example/columbus",
                 "Three people were wounded Friday night in a drive-by shooting on Cleveland Avenue in Columbus."),
    "akron": ("Teen shot at Akron park", "2021-08-01", "https://radio.example/akron",
              "A 16-year-old boy was shot in the leg at Perkins Park in Akron on Sunday, police said."),
}


@pytest.fixture(scope="module")
def reports(pipeline):
    out = {k: report_of(pipeline.extract(made(v, k))) for k, v in
           {"shooting": SHOOTING, "sentenced": SENTENCED, "undated": UNDATED, "news": NEWS, **OTHERS}.items()}
    assert all(r is not None for r in out.values())
    return out


@pytest.mark.parametrize("text, published, days", [
    ("for the March 13 shooting", "2021-09-20", ("2021-03-13",)),
    ("killed on Dec. 30, police said", "2021-01-05", ("2020-12-30",)),  # no year: the last one before publication
    ("on Sept. 30, 2020, and again on October 2nd", "2021-01-05", ("2020-09-30", "2020-10-02")),
    ("a hearing set for June 2", "2021-03-01", ()),  # no June 2 before publication within a year... but 2020's
    ("the May 2015 flood", "2021-03-01", ()),  # a month and a year name no day
    ("on Jan. 7, 2015", "2021-03-01", ()),  # years before: history, not the happening
    ("at 10 a.m.", None, ()),
])
def test_recalled_days(text, published, days):
    if text.startswith("a hearing"):  # a day after publication is last year's
        days = ("2020-06-02",)
    assert recalled(text, published) == days


def test_a_sentence_months_later_that_names_the_day_joins_the_shooting(reports):
    shooting, sentenced, undated = reports["shooting"], reports["sentenced"], reports["undated"]
    assert sentenced.recalls == ("2021-03-13",) and sentenced.follows
    assert similarity(shooting, sentenced) > similarity(shooting, undated)
    fused = fuse([shooting, sentenced, *(reports[k] for k in OTHERS)])
    (inc,) = [i for i in fused if any(r.doc_id == "sentenced" for r in i.reports)]
    assert {r.doc_id for r in inc.reports} == {"shooting", "sentenced"}


def test_a_new_shooting_months_later_at_the_same_place_stays_apart(reports):
    """Not a follow-up and recalling no day: the same words months later are another happening."""
    news = reports["news"]
    assert not news.follows and not news.recalls
    assert similarity(reports["shooting"], news) < similarity(reports["shooting"], reports["sentenced"])
    fused = fuse([reports["shooting"], news, *(reports[k] for k in OTHERS)])
    assert len(fused) == 2 + len(OTHERS)


def test_a_follow_up_pays_less_for_being_late(reports):
    undated = reports["undated"]
    assert undated.follows
    assert similarity(reports["shooting"], undated) > similarity(reports["shooting"], replace(undated, follows=False))


def test_a_document_with_no_event_still_reports_when_its_lead_tells_of_violence(pipeline):
    r = report_of(pipeline.extract(made(NO_EVENT, "cameras")))
    assert r is not None and "larkspur" in r.keys
    calm = ("Neighbours on Larkspur Avenue want cameras", "2021-03-16", "https://radio.example/calm",
            "Residents of Larkspur Avenue in Dayton asked the city for street cameras on Tuesday.")
    assert report_of(pipeline.extract(made(calm, "calm"))) is None


def test_reports_giving_other_ages_are_less_alike(reports):
    """Both give ages and none is the same: other victims, so likely another shooting."""
    shooting = reports["shooting"]
    assert "age:27" in shooting.keys
    other = replace(shooting, doc_id="other-ages", keys=(shooting.keys - {"age:27"}) | {"age:45"})
    unaged = replace(shooting, doc_id="no-ages", keys=(shooting.keys - {"age:27"}) | {"lilac"})  # as many words
    assert similarity(shooting, other) < similarity(shooting, unaged)


def test_a_local_outlet_named_after_its_town_keeps_the_town_as_a_word(pipeline):
    """Words of the outlet's name are dropped (page furniture), but not the town the report is about."""
    title, published, _, body = SHOOTING
    local = report_of(pipeline.extract(made((title, published, "https://www.daytondaily.example/news/1", body),
                                            "local")))
    assert local is not None and "dayton" in local.keys


def test_two_figures_agreeing_count_more_than_one(reports):
    a = replace(reports["shooting"], killed=1, injured=3, guessed=())
    both = replace(a, doc_id="both")
    one = replace(a, doc_id="one", injured=None)
    assert similarity(a, both) > similarity(a, one)
