"""An actor's page shows its SANCTION events a page at a time by key; event views are rendered once and kept."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store
from faultlines.web.app import create_app
from faultlines.web.db import Reader
from faultlines.web.network import events_by_ref
from faultlines.web.pages import DESIGNATIONS_PAGE

N = DESIGNATIONS_PAGE + 12  # two pages


def _facts(n: int, *, with_guild: bool = True) -> Facts:
    text = f"The treasury sanctioned the shipping guild over cargo number {n}."
    actors = [Actor("treasury", "Treasury", "government")]
    if with_guild:
        actors.append(Actor("guild", "Shipping Guild", "other"))
    event = Event("e0", "SANCTION", "treasury", "guild", 0, len(text), text, sign=-1)
    return Facts(document=Document(f"doc-{n:03d}", text, published="2021-03-04"), actors=tuple(actors),
                 events=(event,))


def _store(path: Path, n: int = N) -> Path:
    with Store(path) as store:
        for k in range(n):
            store.add(_facts(k))
    return path


def test_designations_come_a_page_at_a_time(tmp_path: Path) -> None:
    client = TestClient(create_app(_store(tmp_path / "a.db"), rate=0))
    first = client.get("/actor.json", params={"id": "treasury"}).json()
    assert first["designations_total"] == N
    assert [e["doc_id"] for e in first["designations"]] == [f"doc-{k:03d}" for k in range(DESIGNATIONS_PAGE)]
    after = first["designations_next"]
    assert after
    second = client.get("/actor.json", params={"id": "treasury", "after": after}).json()
    assert [e["doc_id"] for e in second["designations"]] == [f"doc-{k:03d}" for k in range(DESIGNATIONS_PAGE, N)]
    assert second["designations_next"] is None
    assert second["out"] == first["out"] and first["out"][0]["n"] == N
    html = client.get("/actor", params={"id": "guild"}).text
    assert f"{N} sanction events" in html and f"after={after}" in html
    assert client.get("/actor", params={"id": "guild", "after": -1}).status_code == 400


def test_event_views_are_kept_and_named_as_the_actors_are_now(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    with Store(path) as store:
        store.add(_facts(0, with_guild=False))  # the guild is not an actor of the store yet
    reader = Reader(path, stale_from=0)
    ref = ("doc-000", "e0")
    (before,) = events_by_ref(reader, [ref])
    assert before["target_known"] is False and before["target_name"] == "guild"
    assert len(reader.event_views) == 1
    with Store(path) as store:
        store.add(_facts(1))  # now it is, with a name
    (after,) = events_by_ref(reader, [ref])
    assert after["target_known"] is True and after["target_name"] == "Shipping Guild"
    assert after["pieces"] is before["pieces"]  # the kept view, renamed, not rendered again


def test_the_html_page_shows_the_50_most_frequent_relations_and_renders_again_when_the_store_grows(
        tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as store:
        for k in range(60):
            text = f"The treasury sanctioned trader number {k}."
            store.add(Facts(document=Document(f"t-{k}", text), actors=(
                Actor("treasury", "Treasury", "government"), Actor(f"trader-{k}", f"Trader {k}", "other")),
                events=(Event("e0", "SANCTION", "treasury", f"trader-{k}", 0, len(text), text, sign=-1),)))
    client = TestClient(create_app(path, rate=0))
    html = client.get("/actor", params={"id": "treasury"}).text
    assert html.count('href="/edge?source=treasury') == 50 and "the 50 most frequent of 60" in html
    assert len(client.get("/actor.json", params={"id": "treasury"}).json()["out"]) == 60
    with Store(path) as store:
        store.add(_facts(0))  # one more relation: the kept page is stale
    assert "the 50 most frequent of 61" in client.get("/actor", params={"id": "treasury"}).text
