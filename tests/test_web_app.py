"""The explorer's pages and their JSON twins, over a small store built in the test."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from faultlines.web import create_app
from tests.web_fixtures import build_store

US, HASHD = "united states", "hashd militia"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("web") / "web.db")
    return TestClient(create_app(db))


def test_network_json_has_signed_weighted_edges(client):
    data = client.get("/network.json").json()
    edges = {(e["source"], e["target"]): e for e in data["edges"]}
    assert edges[(US, HASHD)]["sign"] == 1 and edges[(US, HASHD)]["types"] == ["AID"]
    assert edges[(HASHD, US)]["sign"] == -1 and "ASSAULT" in edges[(HASHD, US)]["types"]
    names = {n["id"]: n for n in data["nodes"]}
    assert names[HASHD]["kind"] == "armed_group" and names[US]["country"] == "USA"
    assert all(isinstance(n["faction"], int) for n in data["nodes"])


def test_network_filters_voice_type_and_time(client):
    without_comments = client.get("/network.json", params={"voice": ["author", "quoted"]}).json()
    assert not any(e["source"] == "commenter" for e in without_comments["edges"])
    assert any(e["source"] == "commenter" for e in client.get("/network.json").json()["edges"])
    only_aid = client.get("/network.json", params={"type": "AID"}).json()
    assert [(e["source"], e["target"]) for e in only_aid["edges"]] == [(US, HASHD)]
    assert client.get("/network.json", params={"from": "", "to": ""}).json()["edges"]  # empty form fields
    early = client.get("/network.json", params={"to": "2013"}).json()
    assert not any(e["types"] == ["ASSAULT"] for e in early["edges"])


def test_network_levels(client):
    state = client.get("/network.json", params={"level": "state"}).json()
    ids = {n["id"] for n in state["nodes"]}
    assert "state department" not in ids  # an organ of the US folds into the state at that level
    assert client.get("/network.json", params={"level": "nation"}).status_code == 422


def test_edge_evidence_highlights_actor_and_trigger(client):
    data = client.get("/edge.json", params={"source": US, "target": HASHD}).json()
    assert data["total"] == 1
    ev = data["events"][0]
    assert ev["text"].startswith("The United States armed")
    marked = {c: "".join(p["text"] for p in ev["pieces"] if c in p["classes"]) for c in ("source", "target", "trigger")}
    assert marked == {"source": "United States", "target": "Hashd militia", "trigger": "armed"}
    assert "".join(p["text"] for p in ev["pieces"]) == ev["text"]
    assert ev["voice"]["kind"] == "author" and ev["polarity"] == "asserted" and ev["date"] == "2014-2018"
    page = client.get("/edge", params={"source": US, "target": HASHD}).text
    assert 'class="hl-trigger ">armed</span>' in page
    assert "/document/doc-blowback#ev-e1" in page


def test_actor_page_relations_quotes_counts_designations_timeline(client):
    data = client.get("/actor.json", params={"id": HASHD}).json()
    assert {r["other"] for r in data["in"]} >= {US, "state department"}
    assert [r["type"] for r in data["out"] if r["other"] == US] == ["ASSAULT"]
    assert data["designations"][0]["type"] == "SANCTION"
    assert data["quotes"][0]["speaker"] == HASHD
    assert [t["year"] for t in data["timeline"]] == ["2014", "2017"]
    us = client.get("/actor.json", params={"id": US}).json()
    assert us["counts"][0]["value"] == 3 and us["children"][0]["id"] == "state department"
    assert client.get("/actor", params={"id": HASHD}).status_code == 200
    assert client.get("/actor", params={"id": "nobody"}).status_code == 404


def test_tensions_ranked_and_open_their_evidence(client):
    tensions = client.get("/tensions.json").json()["tensions"]
    kinds = [t["kind"] for t in tensions]
    assert "blowback" in kinds and "designated_partner" in kinds
    assert [t["rank"] for t in tensions] == list(range(1, len(tensions) + 1))
    blow = next(t for t in tensions if t["kind"] == "blowback")
    detail = client.get("/tension.json", params={"id": blow["id"]}).json()
    assert {e["type"] for e in detail["evidence"]} == {"AID", "ASSAULT"}
    html = client.get("/tensions").text
    assert "/tension?id=blowback" in html
    assert client.get("/tension", params={"id": blow["id"]}).status_code == 200


def test_document_segments_and_highlights(client):
    data = client.get("/document/doc-blowback.json").json()
    kinds = [b["kind"] for b in data["blocks"] if b["kind"] != "gap"]
    assert kinds[:2] == ["title", "body"] and "comment" in kinds
    comment = next(b for b in data["blocks"] if b["kind"] == "comment")
    assert comment["author"] == "reader42"
    classes = {c for b in data["blocks"] for p in b["pieces"] for c in p["classes"]}
    assert {"actor", "trigger", "place", "count", "event"} <= classes
    html = client.get("/document/doc-blowback").text
    assert 'class="seg seg-comment"' in html and 'id="ev-e2"' in html


def test_document_shows_its_own_tensions_from_the_tensions_table(client):
    t = client.get("/document/doc-blowback.json").json()["tensions"]
    assert [(x["id"], x["kind"], x["events"]) for x in t] == [("t1", "blowback", ["e1", "e2"])]
    assert [a["name"] for a in t[0]["actors"]] == ["United States", "Hashd militia <b>"]  # the document's names
    html = client.get("/document/doc-blowback").text
    assert "Fault lines in this article" in html and 'href="#ev-e2"' in html


def test_map_places_with_events_and_counts(client):
    places = client.get("/map.json").json()["places"]
    mosul = next(p for p in places if p["name"] == "Mosul")
    assert (mosul["events"], mosul["counts"], mosul["documents"]) == (1, 1, 1)
    detail = client.get("/place.json", params={"id": mosul["id"]}).json()
    assert detail["events"][0]["type"] == "ASSAULT" and detail["counts"][0]["value"] == 3
    assert "/static/vendor/topojson-client.min.js" in client.get("/map").text


def test_search_actors_and_documents(client):
    data = client.get("/search.json", params={"q": "hashd"}).json()
    assert data["actors"][0]["id"] == HASHD
    assert {d["id"] for d in data["documents"]} == {"doc-blowback", "doc-script"}
    hit = "".join(p["text"] for d in data["documents"] for p in d["snippet"] if "hit" in p["classes"])
    assert "Hashd" in hit
    # FTS5 syntax in the query is data, not syntax: no error, no injection.
    for q in ['"', "hashd OR", "NEAR(a b)", "col:x", "*", "a AND (", "') --"]:
        assert client.get("/search.json", params={"q": q}).status_code == 200
    assert client.get("/search", params={"q": "Mosul"}).status_code == 200


def test_real_pipeline_document_is_served(tmp_path, pipeline):
    from faultlines.read import read_one
    from faultlines.store import Store

    article = tmp_path / "article.txt"
    article.write_text("Iran arms militias in Iraq\n\nIran has armed and trained Shia militias in Iraq since 2014, "
                       "officials said. The militias attacked US troops near Baghdad in 2019.\n")
    facts = pipeline.extract(read_one(str(article))[0])
    db = tmp_path / "real.db"
    with Store(db) as store:
        store.add(facts)
    c = TestClient(create_app(db))
    doc = c.get(f"/document/{facts.document.id}.json").json()
    assert doc["document"]["title"] == facts.document.title
    assert "".join(p["text"] for b in doc["blocks"] for p in b["pieces"]) == facts.text
    assert c.get("/network.json").status_code == 200
    assert c.get("/search.json", params={"q": "militias"}).json()["documents"][0]["id"] == facts.document.id


def test_pages_follow_the_store_as_it_grows(tmp_path):
    """The explorer reads while an ingest writes: a new document shows up without a restart."""
    from faultlines.records import Document, Event, Facts
    from faultlines.store import Store

    db = build_store(tmp_path / "grow.db")
    c = TestClient(create_app(db))
    before = c.get("/network.json").json()
    assert not any(e["source"] == HASHD and e["target"] == "state department" for e in before["edges"])
    text = "The Hashd militia threatened the State Department."
    with Store(db) as store:
        store.add(Facts(document=Document("doc-new", text, title="New"),
                        events=(Event("e1", "THREATEN", HASHD, "state department", 0, len(text), text, sign=-1),)))
    after = c.get("/network.json").json()
    assert any(e["source"] == HASHD and e["target"] == "state department" for e in after["edges"])
    assert c.get("/edge.json", params={"source": HASHD, "target": "state department"}).json()["total"] == 1


def test_actor_page_shows_dictionary_listings(tmp_path):
    from faultlines.records import Actor, Document, Facts
    from faultlines.store import Store
    from faultlines.web.db import Reader
    from faultlines.web.pages import dictionary_listings

    db = build_store(tmp_path / "listed.db")
    listing = dictionary_listings(Reader(db))[0]  # whatever the shipped dictionary lists first
    with Store(db) as store:
        store.add(Facts(document=Document("doc-listed", "x"), actors=(Actor(listing.target, "Listed", "armed_group"),)))
    c = TestClient(create_app(db))
    data = c.get("/actor.json", params={"id": listing.target}).json()
    assert {(x["by"], x["list"]) for x in data["listings"]} >= {(listing.by, listing.list)}
    assert "listed by" in c.get("/actor", params={"id": listing.target}).text


def test_empty_store_pages(tmp_path):
    from faultlines.store import Store

    Store(tmp_path / "empty.db").close()
    c = TestClient(create_app(tmp_path / "empty.db"))
    for url in ["/network", "/network.json", "/tensions", "/tensions.json", "/map", "/map.json", "/search?q=x",
                "/search.json?q=x", "/edge.json?source=a&target=b"]:
        assert c.get(url).status_code == 200, url
    assert c.get("/network.json").json()["edges"] == []
    assert c.get("/document/nothing").status_code == 404
