"""The explorer's incidents list and incident page over the three outlets on one strike (tests/test_incidents.py),
and an incident whose report carries markup."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from faultlines.records import Actor, Document, Event, Facts, Mention, Place
from faultlines.store import Store
from faultlines.store.incidents import fuse_store
from faultlines.web import create_app
from tests.test_incidents import REPORTS, document
from tests.test_web_security import tags
from tests.web_fixtures import XSS


@pytest.fixture(scope="module")
def client(pipeline, tmp_path_factory):
    db = tmp_path_factory.mktemp("webinc") / "w.db"
    with Store(db) as store:
        for k in REPORTS:
            store.add(pipeline.extract(document(k)))
        fuse_store(store.conn)
    return TestClient(create_app(db, rate=0))


def strike(client) -> dict:
    (row,) = [r for r in client.get("/incidents.json").json()["incidents"] if r["place"] == "Saraqib"]
    return row


def test_incidents_list_and_its_json_twin(client):
    data = client.get("/incidents.json").json()
    assert data["total"] == 2
    row = strike(client)
    for key in ("id", "when", "type", "place", "killed", "injured", "reports", "contested"):
        assert key in row
    assert row["killed"] == {"value": 12, "low": 12, "high": 15} and row["reports"] == 3
    assert row["contested"] == ["killed", "perpetrator"] and row["when"] == "2019-05-09"
    html = client.get("/incidents").text
    assert "Saraqib" in html and "Kabul" in html and "12 (12–15)" in html and "contested: killed" in html
    assert 'href="/incidents"' in client.get("/network").text  # in the navigation


@pytest.mark.parametrize(("params", "places"), [
    ({"place": "saraq"}, ["Saraqib"]), ({"type": "ASSAULT", "from": "2019-05", "to": "2019-05"}, None),
    ({"from": "2020"}, []), ({"to": "2019-04-30"}, []), ({"type": "", "from": "", "place": ""}, None)])
def test_incidents_filters(client, params, places):
    r = client.get("/incidents.json", params=params)
    assert r.status_code == 200
    got = [x["place"] for x in r.json()["incidents"]]
    if places is None:
        assert "Saraqib" in got
    else:
        assert got == places
    assert client.get("/incidents", params=params).status_code == 200


def test_incident_page_shows_the_reports_side_by_side(client):
    inc = client.get("/incident.json", params={"id": strike(client)["id"]}).json()
    by_outlet = {r["outlet"]: r for r in inc["report_list"]}
    assert set(by_outlet) == {"wire.example", "daily.example", "tass.example"}
    assert (by_outlet["wire.example"]["killed"], by_outlet["daily.example"]["killed"]) == (12, 15)
    assert by_outlet["daily.example"]["url"] == REPORTS["daily"][2] and by_outlet["daily.example"]["published"]
    assert "RUS.MIL" in [a["id"] for a in by_outlet["wire.example"]["by"]]
    assert "RUS.MIL" in [a["id"] for a in by_outlet["tass.example"]["denied"]]
    assert {d["on"] for d in inc["disputes"]} == {"killed", "perpetrator"}
    html = client.get("/incident", params={"id": inc["id"]}).text
    for outlet, (_, published, url, _) in zip(("wire.example", "daily.example", "tass.example"),
                                              (REPORTS["wire"], REPORTS["daily"], REPORTS["tass"]), strict=True):
        assert outlet in html and url in html and published in html
    assert "<td>12</td>" in html and ">15 ≠</span>" in html and "denies" in html  # 15 differs from the chosen 12
    assert "/tension?id=" in html


def test_bad_incident_ids_get_the_friendly_pages(client):
    for url, status in (("/incident?id=incident:nothing", 404), ("/incident?id=", 400), ("/incident", 400),
                        ("/incidents?from=yesterday", 400), ("/incidents?type=BOMBING", 400)):
        r = client.get(url)
        assert r.status_code == status, url
        assert "Back to the network" in r.text and "Traceback" not in r.text
    assert client.get("/incident.json", params={"id": "incident:nothing"}).status_code == 404


def test_contested_incident_on_the_tensions_page(client):
    data = client.get("/tensions.json", params={"kind": "contested"}).json()
    killed = next(t for t in data["tensions"] if t["id"].endswith(":contested:killed"))
    assert killed["incident"] == strike(client)["id"] and killed["events"]
    assert "12 (tass.example, wire.example) vs 15 (daily.example)" in client.get("/tensions").text
    assert "side by side" in client.get("/tension", params={"id": killed["id"]}).text


def test_incident_text_is_escaped(tmp_path):
    """Titles, outlets, sentences and actor names from a hostile document render as text."""
    title = f"Attack {XSS} in Mosul"
    text = f"{title}\n\nGunmen <b>attacked</b> a checkpoint in Mosul, killing 3 people. {XSS}"
    at = text.index("Gunmen")
    sentence = text[at:text.index("people.") + 7]
    mosul = Place("geonames:99072", "Mosul <b>", 36.335, 43.11889, "IQ", 99072, feature="city",
                  mentions=(Mention(text.index("Mosul"), text.index("Mosul") + 5, "Mosul"),))
    facts = Facts(document=Document("doc-xss-incident", text, title=title, published="2017-06-01",
                                    source=f"Outlet {XSS}", url="javascript:alert(1)"),
                  actors=(Actor("gunmen", f"Gunmen {XSS}", "armed_group"),),
                  places=(mosul,),
                  events=(Event("e1", "ASSAULT", "gunmen", None, at, at + len(sentence), sentence, place=mosul.id,
                                date="2017-05-31", sign=-1),))
    db = tmp_path / "x.db"
    with Store(db) as store:
        store.add(facts)
        fuse_store(store.conn)
    c = TestClient(create_app(db, rate=0))
    (row,) = c.get("/incidents.json").json()["incidents"]
    for url in ("/incidents", f"/incident?id={row['id']}"):
        r = c.get(url)
        assert r.status_code == 200, url
        assert "<script>window.__pwned" not in r.text and "<img src=x" not in r.text and "<b>" not in r.text
        for tag, attrs in tags(r.text):
            assert not any(k.startswith("on") for k in attrs), (tag, attrs)
            for k in ("href", "src", "action"):
                v = attrs.get(k)
                assert v is None or v.startswith(("/", "#", "?")), (tag, k, v)
    assert "&lt;script&gt;" in c.get(f"/incident?id={row['id']}").text
