"""An edge shows its sentences `EVIDENCE_PAGE` at a time; each sentence's HTML is rendered once per naming."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from jinja2 import Environment, FileSystemLoader

from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store
from faultlines.web.app import HERE, _evidence_html, create_app
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


def test_a_sentence_is_rendered_once_per_naming() -> None:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True)
    macro = env.get_template("macros.html").module.evidence_item  # type: ignore[attr-defined]
    calls: list[str] = []

    def counted(e: dict[str, Any]) -> Any:
        calls.append(e["id"])
        return macro(e)
    render = _evidence_html(counted, size=2)
    view = {"doc_id": "d1", "id": "e1", "type": "ASSAULT", "mode": None, "sign": -1, "source": "a",
            "source_name": "Alpha <Unit>", "source_known": True, "target": "b", "target_name": "Bravo",
            "target_known": False, "polarity": "asserted", "voice": {"kind": "author", "name": None},
            "pieces": [{"text": "Alpha hit Bravo.", "classes": []}], "event_date": None, "title": "t",
            "outlet": None, "published": None, "url": None}
    first = render(view)
    assert render(dict(view)) is first and calls == ["e1"]
    assert "Alpha &lt;Unit&gt;" in first and 'href="/actor?id=a"' in first
    renamed = render({**view, "source_name": "Alpha Corps"})
    assert "Alpha Corps" in renamed and calls == ["e1", "e1"]
