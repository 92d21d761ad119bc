"""Whole pages kept per URL while the store is unchanged: hits, ETag and 304, and a new answer once it changes."""

from __future__ import annotations

from fastapi.testclient import TestClient

from faultlines.actors import load_dictionary
from faultlines.analysis.tensions import keep_tensions
from faultlines.records import Document, Event, Facts
from faultlines.store import Store
from faultlines.web import create_app
from tests.web_fixtures import build_store


def _client(db) -> tuple[TestClient, object]:
    app = create_app(db, rate=0)
    return TestClient(app), app.app  # the Guard wraps the response cache


def test_a_repeated_page_is_answered_from_the_last_response(tmp_path):
    c, cache = _client(build_store(tmp_path / "r.db"))
    first = c.get("/actors.json")
    again = c.get("/actors.json")
    assert first.status_code == again.status_code == 200 and first.content == again.content
    assert cache.hits == 1 and again.headers["etag"] == first.headers["etag"]
    assert again.headers["x-content-type-options"] == "nosniff"  # the guard's headers still come on every answer
    gone = c.get("/actors.json", headers={"if-none-match": first.headers["etag"]})
    assert gone.status_code == 304 and gone.content == b""
    assert c.get("/actor.json", params={"id": "nobody"}).status_code == 404
    assert c.get("/actor.json", params={"id": "nobody"}).status_code == 404 and cache.hits == 2  # errors not kept


def test_a_new_document_or_newly_kept_tensions_give_a_new_answer(tmp_path):
    db = build_store(tmp_path / "g.db")
    c, cache = _client(db)
    before = c.get("/actors.json").json()
    text = "The Quds Legion attacked the Hashd militia."
    with Store(db) as store:
        store.add(Facts(document=Document("new-doc", text, title="New"),
                        events=(Event("e1", "ASSAULT", "quds legion", "hashd militia", 0, len(text), text, sign=-1),)))
    after = c.get("/actors.json").json()
    assert after != before and cache.hits == 0
    tensions = c.get("/tensions.json").json()
    assert c.get("/tensions.json").json() == tensions and cache.hits == 1
    with Store(db) as store:
        keep_tensions(store, load_dictionary())  # what `finish` does: same documents, tensions now kept
    assert c.get("/tensions.json").json()["tensions"] == tensions["tensions"] and cache.hits == 1
