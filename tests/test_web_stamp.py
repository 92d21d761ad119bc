"""The store's stamp is read once a request, in the request's own threads, and a write is seen by the next one."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store, kept_tensions
from faultlines.web.app import create_app
from faultlines.web.db import Reader


def _facts(n: int) -> Facts:
    text = f"The ferry company sued the harbour board over berth {n}."
    actors = (Actor("ferry", "Ferry Company", "other"), Actor("board", "Harbour Board", "government"))
    return Facts(document=Document(f"doc-{n}", text, published="2022-05-01"), actors=actors,
                 events=(Event("e0", "ACCUSE", "ferry", "board", 0, len(text), text, sign=-1),))


def test_a_pinned_stamp_holds_for_its_context_only(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add(_facts(0))
    reader = Reader(path)
    with reader.pinned() as before:
        with Store(path) as s:
            s.add(_facts(1))
        assert reader.stamp() == before
    assert reader.stamp()[0] > before[0]


def test_one_stamp_read_a_request_and_writes_seen_by_the_next(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add(_facts(0))
    client = TestClient(create_app(path, rate=0))
    real, reads = kept_tensions.stamp, []

    def counted(conn: object) -> tuple[int, str]:
        reads.append(1)
        return real(conn)  # type: ignore[arg-type]
    monkeypatch.setattr(kept_tensions, "stamp", counted)
    first = client.get("/actor.json", params={"id": "ferry"}).json()
    assert len(reads) == 1  # the response cache, the actor page and its designations asked for it in one request
    assert sum(r["n"] for r in first["out"]) == 1
    with Store(path) as s:
        s.add(_facts(1))
    again = client.get("/actor.json", params={"id": "ferry"}).json()
    assert sum(r["n"] for r in again["out"]) == 2 and len(reads) == 2
