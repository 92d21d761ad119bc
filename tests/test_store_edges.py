"""`edge_days`: the edge aggregates the write path keeps give the network the analysis builds over every relation."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from faultlines.analysis import Filters
from faultlines.analysis.network import Network, gather, network_of, summed_network
from faultlines.corpus import Corpus
from faultlines.store import Store
from faultlines.store.edges import rebuild

WIRE = ("Russian troops shelled Kharkiv overnight and Russia attacked Ukraine with drones, the governor said. "
        "The United States sent air defence systems to Ukraine. Germany pledged tanks to Ukraine.")
FIRST = [
    ("2023-02-01", "wire", WIRE),
    ("2023-02-02", "daily", WIRE + " Local papers carried the story."),
    ("2023-03-10", "daily", "Israel struck Hamas positions in Gaza. Hamas fired rockets at Israel. "
                            "\"We will answer every rocket,\" the Israeli prime minister said."),
    ("2023-04", "herald", "Russia attacked Ukraine again. Ukraine attacked Russian positions near Kherson."),
]
SECOND = [
    ("2024-01-15", "herald", "The United States sent more weapons to Ukraine. Russia threatened Ukraine."),
    ("2024-05-20", "wire", "Israel struck Hamas in Gaza again. Qatar sent aid to Hamas, officials said."),
    ("", "blog", "The European Union sanctioned Russia. Russia denied that it attacked Ukraine."),
]


def _feed(path: Path, rows: list[tuple[str, str, str]]) -> str:
    path.write_text("".join(json.dumps({"text": text, "title": text[:30], "source": outlet,
                                        **({"published": day} if day else {})}) + "\n"
                            for day, outlet, text in rows), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("edges")
    db = tmp / "s.db"
    with Corpus(db) as corpus:  # two runs: the second folds into what the first wrote, and reclusters
        corpus.ingest([_feed(tmp / "first.jsonl", FIRST)])
        corpus.ingest([_feed(tmp / "second.jsonl", SECOND)])
    return db


def _edges(net: Network) -> dict[tuple[str, str, str], tuple[object, ...]]:
    return {(e.source, e.target, e.type): (e.sign, e.weight, e.documents, e.first, e.last) for e in net.edges}


def _both(conn: sqlite3.Connection, f: Filters) -> tuple[Network, Network]:
    relations, h = gather(conn)
    summed = summed_network(conn, h, filters=f)
    assert summed is not None
    return network_of(relations, h, filters=f, evidence=False), summed


@pytest.mark.parametrize("f", [Filters(), Filters(voices=frozenset({"author"})), Filters(types=frozenset({"ASSAULT"})),
                               Filters(polarities=frozenset({"asserted", "negated"})), Filters(actors=("UKR",)),
                               Filters(actors=("RUS",), voices=frozenset({"author"}))],
                         ids=["default", "author", "assault", "negated", "focus", "focus-author"])
def test_the_summed_network_equals_the_analysis_network(store_path: Path, f: Filters) -> None:
    with Store(store_path, readonly=True) as s:
        today, summed = _both(s.conn, f)
    assert len(today.edges) >= 3
    assert _edges(summed) == _edges(today)
    assert [(e.source, e.target, e.type) for e in summed.edges] == [(e.source, e.target, e.type) for e in today.edges]
    assert summed.factions.blocs == today.factions.blocs
    assert {n.id: (n.name, n.faction) for n in summed.nodes} == {n.id: (n.name, n.faction) for n in today.nodes}


def test_wire_copies_count_once(store_path: Path) -> None:
    with Store(store_path, readonly=True) as s:
        assert s.conn.execute("SELECT count(*) FROM clusters").fetchone()[0] >= 2
        assert s.conn.execute("SELECT count(*) FROM edge_copies WHERE said < 0").fetchone()[0] >= 1
        today, summed = _both(s.conn, Filters())
    # two copies of one wire story count once, beside the herald's own "Russia attacked Ukraine again"
    assert _edges(summed)[("RUS", "UKR", "ASSAULT")][1:3] == (2, 2)
    assert _edges(summed) == _edges(today)


def test_a_date_window_counts_the_stories_of_its_days(store_path: Path) -> None:
    with Store(store_path, readonly=True) as s:
        today, summed = _both(s.conn, Filters(since="2023-03", until="2024-01"))
    # no story reports one edge in one voice on two days here, so both counts agree
    assert summed.edges and _edges(summed) == _edges(today)
    assert all(e.first and e.first >= "2023-03" for e in summed.edges)


def test_under_a_date_window_a_story_counts_once_per_day(store_path: Path) -> None:
    """The definition under a window: (story, voice) pairs per day, so two copies of one wire story published on
    two days of the window count twice (the whole-time network counts them once)."""
    with Store(store_path, readonly=True) as s:
        today, summed = _both(s.conn, Filters(since="2023-02", until="2023-02"))
    assert _edges(summed)[("RUS", "UKR", "ASSAULT")][1] == 2
    assert _edges(today)[("RUS", "UKR", "ASSAULT")][1] == 1


def test_filters_the_aggregates_cannot_answer_give_none(store_path: Path) -> None:
    with Store(store_path, readonly=True) as s:
        _, h = gather(s.conn)
        assert summed_network(s.conn, h, filters=Filters(polarities=frozenset({"asserted", "hypothetical"}))) is None


def test_rebuilding_gives_the_rows_the_write_path_kept(store_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with sqlite3.connect(store_path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    query = "SELECT * FROM {} ORDER BY 1, 2, 3, 4, 5, 6"
    with sqlite3.connect(copy) as conn:
        kept = {t: conn.execute(query.format(t)).fetchall() for t in ("edge_days", "edge_copies")}
        assert rebuild(conn) == len(kept["edge_days"]) > 10
        assert {t: conn.execute(query.format(t)).fetchall() for t in kept} == kept

