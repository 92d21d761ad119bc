"""First visits under load: templates compiled before the first request, place.json serialised directly as
FastAPI would have (same JSON, for every filter and page)."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.encoders import jsonable_encoder
from fastapi.testclient import TestClient

from faultlines.analysis.filters import Filters
from faultlines.web import create_app
from faultlines.web.db import Reader
from faultlines.web.pages import place
from tests.test_web_place_filters import TOWN, _store
from tests.web_fixtures import build_store

HERE = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "web" / "templates"


def test_every_template_is_compiled_before_the_first_request(tmp_path):
    app = create_app(build_store(tmp_path / "web.db"))
    while not hasattr(app, "state"):  # the guard and the response cache wrap the FastAPI app
        app = app.app
    cached = {key[1] for key in app.state.templates.env.cache}
    assert cached == {p.name for p in HERE.glob("*.html")}


def test_place_json_equals_what_fastapi_encoded(tmp_path):
    db = _store(tmp_path / "place.db")
    client = TestClient(create_app(db, rate=0))
    reader = Reader(db)
    cases = [({}, Filters()), ({"voice": ["author"]}, Filters(voices=frozenset({"author"}))),
             ({"type": ["THREATEN"], "polarity": ["asserted"]},
              Filters(types=frozenset({"THREATEN"}), polarities=frozenset({"asserted"}))),
             ({"from": "2015", "to": "2018"}, Filters(since="2015", until="2018"))]
    for params, f in cases:
        for page in (1, 2):
            got = client.get("/place.json", params={"id": TOWN.id, "page": page, **params})
            assert got.status_code == 200 and got.headers["content-type"] == "application/json"
            want = jsonable_encoder(place(reader, TOWN.id, f, page=page))
            assert json.loads(got.content) == want and (want["events"] or page > 1)
    assert client.get("/place.json", params={"id": "geonames:0"}).status_code == 404
