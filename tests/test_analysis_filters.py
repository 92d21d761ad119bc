"""One `Filters` for the CLI, the explorer and the library: the same store and the same filters give the same
answer from every entry point."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from faultlines.analysis import Filters
from faultlines.analysis.relations import ActorInfo, Hierarchy, Relation
from faultlines.cli import app
from faultlines.corpus import Corpus
from faultlines.store import Store
from faultlines.values.dates import Span
from faultlines.web.app import create_app
from faultlines.web.network import View
from tests.test_analysis_fixtures import ev, facts

runner = CliRunner()


DAY = Span("2015-01-01", "2015-01-01")


def _rel(source: str = "KH", target: str = "USA", *, span: Span = DAY, voice: str = "author",
         polarity: str = "asserted", type: str = "ASSAULT") -> Relation:
    return Relation("d1", "e1", type, source, target, -1, polarity, voice, None, span)


def test_sets_are_normalised_so_equal_filters_are_equal():
    a = Filters(voices=("quoted", "author"), polarities=(), types=None, actors=("b", "a", "b"))  # type: ignore[arg-type]
    b = Filters(voices=frozenset({"author", "quoted"}), actors=("a", "b"))
    assert a == b and hash(a) == hash(b) and a.key() == b.key()
    assert Filters(voices=frozenset()).voices == {"author", "quoted", "commenter"}
    assert a.polarities == {"asserted"} and a.types == frozenset()
    with pytest.raises(ValueError, match="shouted"):
        Filters(voices=frozenset({"shouted"}))


def test_keep_window_voice_polarity_type_and_undated_events():
    r, undated = _rel(), _rel(span=Span())
    assert Filters().keep(r) and Filters().keep(undated)  # no window: nothing is too old or too new
    assert not Filters(since="2016").keep(r) and Filters(until="2015-01").keep(r)
    assert not Filters(since="2014").keep(undated)  # a window leaves out what has no date at all ...
    assert Filters(since="2014", undated=True).keep(undated)  # ... unless asked
    assert not Filters(undated=False).keep(undated)
    assert not Filters(voices=frozenset({"quoted"})).keep(r)
    assert not Filters().keep(_rel(polarity="negated"))
    assert not Filters(types=frozenset({"AID"})).keep(r) and Filters(types=frozenset({"ASSAULT"})).keep(r)


def test_actor_focus_follows_the_hierarchy_down_to_an_actors_parts():
    h = Hierarchy()
    h.add(ActorInfo("PMF", "Popular Mobilisation Forces", "armed_group"))
    h.add(ActorInfo("KH", "Kata'ib Hezbollah", "armed_group", parent="PMF"))
    focus = Filters(actors=("PMF",))
    assert focus.keep(_rel(), h)  # KH is part of PMF
    assert not focus.keep(_rel()) and Filters(actors=("KH",)).keep(_rel())  # without a hierarchy: the ids only
    assert not focus.keep(_rel("IRN", "USA"), h)


def test_a_page_view_is_a_filters_with_level_and_size():
    v = View(since="2014", voices=frozenset({"author"}), level="state", limit=5)
    assert isinstance(v, Filters) and v.keep(_rel()) == Filters(since="2014", voices=frozenset({"author"})).keep(_rel())
    assert v.query() == {"level": "state", "from": "2014", "voice": ["author"]}
    assert v.key() == (*Filters(since="2014", voices=frozenset({"author"})).key(), "state")


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "f.db"
    with Store(path) as s:
        s.add(facts("d1", ev("e1", "AID", "COAL", "PMF"), ev("e2", "ASSAULT", "PMF", "US-MIL", date="2007"),
                    ev("e3", "AID", "IRN", "PMF", voice="quoted", name="officials", date="2015")))
        s.add(facts("d2", ev("e1", "AID", "SAU", "ISIS", voice="commenter"), ev("e2", "ASSAULT", "ISIS", "PMF"),
                    ev("e3", "AID", "TUR", "KRD"), published=None))  # no date at all
    return path


def test_cli_library_and_explorer_agree_on_the_same_filters(db):
    flt = Filters(since="2007", voices=frozenset({"author", "quoted"}))
    with Corpus(db, readonly=True) as corpus:  # the library, with the built-in dictionary as the CLI
        lib_edges = {(e.source, e.target, e.type, e.weight) for e in corpus.network(filters=flt).edges}
        lib_tensions = [t.id for t in corpus.tensions(filters=flt)]
        assert {t.kind for t in corpus.tensions(filters=flt, kinds=["blowback"])} == {"blowback"}
        assert len(corpus.network(max_blocs=1).factions.blocs) < len(corpus.network(max_blocs=3).factions.blocs)
    assert lib_tensions and lib_edges
    r = runner.invoke(app, ["network", "--db", str(db), "--since", "2007", "--no-commenters", "-f", "json"])
    cli = json.loads(r.output)
    assert {(e["source"], e["target"], e["type"], e["weight"]) for e in cli["edges"]} == lib_edges
    assert ("TUR", "KRD", "AID") not in {k[:3] for k in lib_edges}  # undated, and a window was asked for
    r = runner.invoke(app, ["tensions", "--db", str(db), "--since", "2007", "--no-commenters", "-f", "json"])
    assert [json.loads(x)["id"] for x in r.output.splitlines()] == lib_tensions
    web = TestClient(create_app(db)).get("/network.json", params={"from": "2007", "voice": ["author", "quoted"]})
    pairs = {(e["source"], e["target"]): e["weight"] for e in web.json()["edges"]}
    assert pairs == {(s, t): w for s, t, _, w in lib_edges}  # one edge per pair here: one type each
