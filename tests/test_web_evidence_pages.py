"""An edge shows its sentences `EVIDENCE_PAGE` at a time; a sentence's HTML is the macro's, rendered in Python."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from jinja2 import Environment, FileSystemLoader

from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store
from faultlines.web.app import HERE, create_app
from faultlines.web.evidence import evidence_item
from faultlines.web.network import EVIDENCE_PAGE

N = EVIDENCE_PAGE + 7  # two pages


def _store(path: Path) -> Path:
    with Store(path) as store:
        for k in range(N):
            text = f"The coastal brigade shelled the river camp for the {k}th night."
            actors = (Actor("brigade", "Coastal Brigade", "military"), Actor("camp", "River Camp", "armed_group"))
            event = Event("e0", "ASSAULT", "brigade", "camp", 0, len(text), text, sign=-1, date=f"2020-01-{k % 28 + 1:02d}")
            store.add(Facts(document=Document(f"doc-{k:03d}", text, published="2020-02-01"), actors=actors,
                            events=(event,)))
    return path


def test_an_edge_comes_a_page_at_a_time(tmp_path: Path) -> None:
    client = TestClient(create_app(_store(tmp_path / "e.db"), rate=0))
    pair = {"source": "brigade", "target": "camp"}
    one = client.get("/edge.json", params=pair).json()
    two = client.get("/edge.json", params={**pair, "page": 2}).json()
    assert one["total"] == N and one["per_page"] == EVIDENCE_PAGE
    assert len(one["events"]) == EVIDENCE_PAGE and len(two["events"]) == N - EVIDENCE_PAGE
    assert len({e["doc_id"] for e in one["events"] + two["events"]}) == N
    html = client.get("/edge", params=pair).text
    assert html.count('<li class="evidence') == EVIDENCE_PAGE and "next page" in html
    last = client.get("/edge", params={**pair, "page": 2}).text
    assert f'start="{EVIDENCE_PAGE + 1}"' in last and "next page" not in last
    assert "shelled the river camp for the" in last


VIEW = {"doc_id": "d 1/<x>", "id": "e&1", "type": "ASSAULT", "mode": "air", "sign": -1, "source": "a b",
        "source_name": "Alpha <Unit>", "source_known": True, "target": "b", "target_name": "Bravo", "target_known": True,
        "polarity": "asserted", "voice": {"kind": "quoted", "name": "O'Brien & co"},
        "pieces": [{"text": "Alpha <hit>", "classes": ["source", "trigger"]}, {"text": " Bravo.", "classes": []}],
        "event_date": "2014", "title": "A <title>", "outlet": "Wire", "published": "2014-02-03",
        "url": 'https://example.org/a?b=1&c="2"'}
CHANGES: list[dict[str, Any]] = [
    {}, {"mode": None, "sign": 1}, {"sign": 0, "event_date": None, "title": None}, {"source_known": False},
    {"target": None, "target_name": None, "target_known": False}, {"target": None, "target_known": False},
    {"voice": {"kind": "author", "name": None}}, {"outlet": None, "published": None, "url": None},
    {"pieces": []}, {"pieces": [{"text": "<script>x</script>", "classes": ["actor"]}]}, {"source_name": None},
]


def test_the_python_item_is_the_macro() -> None:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True)
    macro = env.get_template("macros.html").module.evidence_item  # type: ignore[attr-defined]
    for change in CHANGES:
        view = {**VIEW, **change}
        assert str(evidence_item(view)) == str(macro(view)), change
    assert "<script>" not in evidence_item({**VIEW, **CHANGES[9]})
