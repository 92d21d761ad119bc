"""The explorer's networks carry no sentences: their edges, and each edge's refs fetched by key, equal the
analysis' network with its evidence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

import pytest

from faultlines.analysis.network import network_of
from faultlines.records import Document, Event, Facts
from faultlines.web.db import Reader
from faultlines.web.network import View, edge_refs, full_network, gathered, group_pair_refs
from tests.web_fixtures import build_store, desk_facts

VIEWS = [View(), View(level="state"), View(level="parent"), View(voices=frozenset({"author"})),
         View(since="2018"), View(actors=("hashd militia",)), View(polarities=frozenset({"asserted", "negated"}))]


def _attacks() -> list[Facts]:
    """The same pair on several days (two of them the same day), so that refs have an order to keep."""
    text = "The Hashd militia attacked the State Department."
    return [Facts(document=Document(f"attack-{n}", text, title="Attack", published=day),
                  events=(Event("e1", "ASSAULT", "hashd militia", "state department", 0, len(text), text, sign=-1),
                          Event("e2", "ASSAULT", "hashd militia", "state department", 0, len(text), text, sign=-1)))
            for n, day in enumerate(["2019-02-01", "2021-07-09", "2019-02-01", "2020-11-30"])]


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Reader:
    return Reader(build_store(tmp_path_factory.mktemp("refs") / "r.db", *desk_facts(), *_attacks()))


@pytest.mark.parametrize("f", VIEWS, ids=lambda f: repr(f.key()[-1]) + str(len(f.actors)))
def test_edges_and_their_refs_equal_the_analysis_with_evidence(reader: Reader, f: View) -> None:
    relations, hierarchy = gathered(reader)
    whole = network_of(relations, hierarchy, level=f.level, filters=f)
    lean = full_network(reader, f)
    # a group network summed from the edge aggregates carries no voices, outlets or URL: the explorer shows none
    assert [replace(e, voices=0, outlets=(), url=None) for e in lean.edges] == [
        replace(e, evidence=(), voices=0, outlets=(), url=None) for e in whole.edges]
    assert lean.nodes == whole.nodes and lean.factions == whole.factions
    dated: dict[tuple[str, str], dict[tuple[str, str], str]] = defaultdict(dict)
    for e in whole.edges:
        for r in e.evidence:
            dated[(e.source, e.target)][(r.doc_id, r.event_id)] = r.date or ""
    refs = edge_refs(reader, f)
    assert set(refs.by_pair) == set(dated)
    for pair, by_ref in dated.items():
        assert refs.get(pair) == [ref for ref, _ in sorted(by_ref.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)]
        if f.level == "group":  # read by key from the pair's own events: the same refs
            assert group_pair_refs(reader, f, pair) == refs.get(pair)
    assert any(len(v) > 4 for v in dated.values())


def test_an_edge_page_shows_its_slice_of_the_refs_and_counts_them_all(reader: Reader) -> None:
    from faultlines.web.network import evidence

    refs = edge_refs(reader, View())
    busy = max(refs.by_pair, key=lambda p: len(refs.by_pair[p]))
    every = refs.get(busy)
    assert len(every) > 4
    for per_page in (1, 3, 50):
        for page in (1, 2, 3):
            got = evidence(reader, *busy, View(), page=page, per_page=per_page)
            assert got["total"] == len(every) == refs.count(busy)
            assert [(e["doc_id"], e["id"]) for e in got["events"]] == every[(page - 1) * per_page:page * per_page]
    assert refs.count(("nobody", "nothing")) == 0 and refs.get(("nobody", "nothing"), 0, 5) == []
