"""The analyst's desk: filters that keep their word, a timeline, the map of events, friendly errors,
evidence that names its article, and no broken link anywhere a reader can click from the home page."""

from __future__ import annotations

import html
import re
from collections import deque

import pytest
from fastapi.testclient import TestClient

from faultlines.web import create_app
from faultlines.web.db import Reader
from faultlines.web.pages import dictionary_listings
from tests.web_fixtures import build_store, desk_facts

US, HASHD, BRIGADE = "united states", "hashd militia", "hezbollah brigade"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from faultlines.records import Actor, Document, Facts

    path = build_store(tmp_path_factory.mktemp("desk") / "desk.db", *desk_facts())
    # An actor the dictionary lists, whose listing names actors this store has never seen.
    listing = next(d for d in dictionary_listings(Reader(path)) if d.by != d.target)
    from faultlines.store import Store

    with Store(path) as store:
        store.add(Facts(document=Document("doc-listed", "Listed."), actors=(Actor(listing.target, "Listed", "armed_group"),)))
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db, rate=0))


def _pairs(data: dict) -> set[tuple[str, str]]:
    return {(e["source"], e["target"]) for e in data["edges"]}


def test_a_date_range_leaves_undated_events_out_unless_asked(client):
    everything = _pairs(client.get("/network.json").json())
    assert (BRIGADE, US) in everything  # no range: undated events are in, as before
    ranged = _pairs(client.get("/network.json", params={"from": "2019", "to": "2019"}).json())
    assert (US, BRIGADE) in ranged and (BRIGADE, US) not in ranged
    asked = _pairs(client.get("/network.json", params={"from": "2019", "to": "2019", "undated": "1"}).json())
    assert (BRIGADE, US) in asked
    never = _pairs(client.get("/network.json", params={"undated": "0"}).json())
    assert (BRIGADE, US) not in never and (US, BRIGADE) in never
    old = client.get("/network.json", params={"from": "1990", "to": "1991"}).json()
    assert old["edges"] == []


def test_actor_polarity_and_type_filters(client):
    focus = client.get("/network.json", params={"actor": BRIGADE}).json()
    assert focus["edges"] and all(BRIGADE in (e["source"], e["target"]) for e in focus["edges"])
    assert client.get("/network.json", params={"actor": "nobody at all"}).json()["edges"] == []
    sanctions = client.get("/network.json", params={"type": "SANCTION"}).json()
    assert {t for e in sanctions["edges"] for t in e["types"]} == {"SANCTION"}
    page = client.get("/network", params={"actor": BRIGADE, "type": "SANCTION", "polarity": "negated"}).text
    assert 'value="hezbollah brigade"' in page and "Hezbollah Brigade" in page
    assert re.search(r'value="SANCTION" checked', page) and re.search(r'value="negated" checked', page)
    assert not re.search(r'value="asserted" checked', page)


def test_bad_parameters_get_a_page_for_people_and_json_for_programs(client):
    r = client.get("/network", params={"from": "yesterday"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "from: &#34;yesterday&#34; is not a date" in r.text or 'from: "yesterday" is not a date' in html.unescape(r.text)
    assert '{"detail"' not in r.text
    j = client.get("/network.json", params={"from": "2019-13"})
    assert j.status_code == 422 and j.json()["detail"][0].startswith("from:")
    assert client.get("/network", params={"level": "nation"}).status_code == 400
    assert client.get("/actor", params={"id": ""}).status_code == 400
    assert client.get("/actor", params={"id": "nobody"}).status_code == 404


def test_tensions_filter_by_kind(client):
    all_kinds = client.get("/tensions.json").json()
    kinds = {t["kind"] for t in all_kinds["tensions"]}
    assert "blowback" in kinds and len(kinds) > 1
    only = client.get("/tensions.json", params={"kind": "blowback"}).json()
    assert only["tensions"] and {t["kind"] for t in only["tensions"]} == {"blowback"}
    page = client.get("/tensions", params={"kind": "blowback"}).text
    assert "designated_partner" not in page.split('<ol class="tensions">')[1]
    assert client.get("/tensions", params={"kind": "Bad Kind!"}).status_code == 400


def test_evidence_names_its_article_with_date_and_address(client):
    data = client.get("/edge.json", params={"source": US, "target": BRIGADE}).json()
    ev = data["events"][0]
    assert ev["event_date"] == "2019-03-01" and ev["published"] == "2019-03-04"
    assert ev["url"] == "https://news.example.org/desk" and ev["outlet"] == "Desk Wire"
    page = client.get("/edge", params={"source": US, "target": BRIGADE}).text
    assert 'href="https://news.example.org/desk"' in page and "Desk Wire" in page and "2019-03-01" in page
    # A javascript: address is never a link.
    blow = client.get("/edge.json", params={"source": US, "target": HASHD}).json()["events"][0]
    assert blow["url"] is None and "javascript:" not in client.get("/edge", params={"source": US, "target": HASHD}).text


def test_timeline_counts_per_month_and_week(client):
    t = client.get("/timeline.json").json()
    periods = {p["period"]: p for p in t["periods"]}
    assert periods["2019-03"]["n"] == 1 and periods["2019-03"]["negative"] == 1
    assert periods["2019-03"]["from"] == "2019-03-01" and periods["2019-03"]["to"] == "2019-03-31"
    assert t["undated"] == 1  # the undated report is counted apart, not placed on the axis
    weeks = client.get("/timeline.json", params={"bucket": "week"}).json()
    assert "2019-W09" in {p["period"] for p in weeks["periods"]}
    assert client.get("/timeline.json", params={"actor": HASHD}).json()["periods"]
    assert all(p["n"] == 0 for p in client.get("/timeline.json", params={"actor": "nobody"}).json()["periods"])
    page = client.get("/timeline").text
    assert "/network?" in page and "from=2019-03-01" in page


def test_map_shows_events_under_the_filters(client):
    places = {p["name"]: p for p in client.get("/map.json").json()["places"]}
    assert places["Baghdad"]["events"] == 1 and places["Mosul"]["events"] == 1
    ranged = {p["name"] for p in client.get("/map.json", params={"from": "2017", "to": "2017"}).json()["places"]}
    assert ranged == {"Mosul"}  # Baghdad's event is undated
    aid_only = client.get("/map.json", params={"type": "AID"}).json()["places"]
    assert aid_only == []


def test_listings_do_not_link_to_actors_the_store_lacks(client, db):
    from urllib.parse import unquote_plus

    listing = next(d for d in dictionary_listings(Reader(db)) if d.by != d.target)
    page = client.get("/actor", params={"id": listing.target}).text
    assert "listed by" in page
    assert client.get("/actor.json", params={"id": listing.by}).status_code == 404  # not in this store ...
    linked = {unquote_plus(html.unescape(x)) for x in re.findall(r'href="/actor\?id=([^"]*)"', page)}
    assert listing.by not in linked
    assert "/actor?id=None" not in page and 'href="/actor?id="' not in page


def test_every_link_reachable_from_home_answers_200(client):
    """Crawl from / following every same-site link on every page (and each page's .json twin)."""
    seen: set[str] = set()
    queue: deque[str] = deque(["/"])
    broken: list[tuple[str, int, str]] = []
    while queue and len(seen) < 600:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        r = client.get(url)
        if r.status_code != 200:
            broken.append((url, r.status_code, r.headers.get("x-from", "")))
            continue
        if not r.headers.get("content-type", "").startswith("text/html"):
            continue
        for href in re.findall(r'(?:href|src)="([^"]+)"', r.text):
            link = html.unescape(href).split("#")[0]
            if link.startswith("/") and not link.startswith("//") and link not in seen:
                queue.append(link)
    assert len(seen) > 40
    assert broken == []


def test_report_counts_what_it_lists_and_cites_its_articles(db):
    from faultlines.web.report import build_report

    page = build_report(db)
    listed = page.split('<section id="tensions">')[1].split("</section>")[0].count('<li class="tension')
    stated = int(re.search(r"· (\d+) tensions? ·", page).group(1))
    assert stated == listed > 0
    assert 'href="https://news.example.org/desk"' in page and "Desk Wire" in page
    assert "event: <time>2019-03-01</time>" in page and "published <time>2019-03-04</time>" in page
    assert "javascript:" not in page


def test_the_filter_form_as_a_browser_submits_it_is_accepted(client):
    """Empty fields (no actor, undated on automatic) are how a form arrives: never an error."""
    form = {"from": "", "to": "", "undated": "", "actor": "", "level": "group", "min_weight": "1",
            "voice": ["author", "quoted"], "polarity": "asserted"}
    for path in ("/network", "/map", "/timeline", "/network.json", "/map.json", "/timeline.json"):
        assert client.get(path, params=form).status_code == 200, path


def test_place_detail_follows_the_filters(client):
    baghdad = next(p for p in client.get("/map.json").json()["places"] if p["name"] == "Baghdad")
    assert [e["type"] for e in client.get("/place.json", params={"id": baghdad["id"]}).json()["events"]] == ["ASSAULT"]
    ranged = client.get("/place.json", params={"id": baghdad["id"], "from": "2019", "to": "2019"}).json()
    assert ranged["events"] == [] and ranged["place"]["name"] == "Baghdad"


def test_an_impossible_date_in_the_store_never_breaks_the_timeline(tmp_path):
    from faultlines.records import Document, Event, Facts

    text = "The Hashd militia attacked the State Department."
    bad = Facts(document=Document("doc-bad-date", text, title="Bad date"),
                events=(Event("e1", "ASSAULT", HASHD, "state department", 0, len(text), text, date="2017-02-31",
                              sign=-1),))
    c = TestClient(create_app(build_store(tmp_path / "bad.db", bad), rate=0))
    t = c.get("/timeline.json")
    assert t.status_code == 200 and t.json()["undated"] >= 1
    assert c.get("/timeline").status_code == 200 and c.get("/network", params={"from": "2017"}).status_code == 200


def test_actor_filter_takes_a_name_as_well_as_an_id(client):
    by_id = client.get("/network.json", params={"actor": BRIGADE}).json()
    by_name = client.get("/network.json", params={"actor": "hezbollah BRIGADE"}).json()
    assert by_name["edges"] == by_id["edges"] and by_name["filters"]["actor"] == [BRIGADE]
