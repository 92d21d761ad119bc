"""The signed network: aggregation by (source, target, type), weights, dates, levels, filters, exports."""

from __future__ import annotations

import io
import json

import networkx as nx

from faultlines.analysis import Filters, build_network, draw_network
from faultlines.store import Store
from tests.test_analysis_fixtures import ev, facts


def _corpus():
    return [
        facts("d1", ev("e1", "AID", "COAL", "PMF", date="2017-03"), ev("e2", "AID", "COAL", "PMF"),
              ev("e3", "ASSAULT", "PMF", "US-MIL", date="2003-2011"), published="2017-06-01"),
        facts("d2", ev("e1", "AID", "COAL", "PMF", voice="quoted", name="Dorrian"),
              ev("e2", "AID", "IRN", "PMF"), ev("e3", "ASSAULT", "PMF", "ISIS", voice="commenter"),
              ev("e4", "ASSAULT", "US-MIL", "PMF", polarity="hypothetical"), published="2018-01-10"),
    ]


def test_edges_aggregate_with_weight_dates_and_evidence():
    net = build_network(_corpus())
    [aid] = [e for e in net.edges if (e.source, e.target, e.type) == ("COAL", "PMF", "AID")]
    assert aid.sign == 1 and aid.documents == 2 and aid.voices == 2 and aid.weight == 2
    assert aid.first == "2017-03-01" and aid.last == "2018-01-10"
    assert {(r.doc_id, r.event_id) for r in aid.evidence} == {("d1", "e1"), ("d1", "e2"), ("d2", "e1")}
    assert not [e for e in net.edges if e.source == "US-MIL"]  # hypothetical: left out by default


def test_levels_fold_organs_into_their_state():
    net = build_network(_corpus(), level="state")
    assert {n.id for n in net.nodes} == {"USA", "PMF", "IRN", "ISIS"}
    usa = net.node("USA")
    assert usa.members == ("COAL", "US-MIL") and usa.name == "United States"
    assert {(e.source, e.target, e.type) for e in net.edges} >= {("USA", "PMF", "AID"), ("PMF", "USA", "ASSAULT")}


def test_filters_time_voice_polarity_type():
    corpus = _corpus()
    assert not [e for e in build_network(corpus, filters=Filters(voices=frozenset({"author", "quoted"}))).edges
                if e.target == "ISIS"]
    old = build_network(corpus, filters=Filters(until="2012"))
    assert [(e.source, e.type) for e in old.edges] == [("PMF", "ASSAULT")]
    assert {e.type for e in build_network(corpus, filters=Filters(types=frozenset({"AID"}))).edges} == {"AID"}
    hyp = build_network(corpus, filters=Filters(polarities=frozenset({"asserted", "hypothetical"})))
    assert [e for e in hyp.edges if e.source == "US-MIL"]


def test_factions_on_the_network():
    net = build_network(_corpus(), level="state")
    of = {n.id: n.faction for n in net.nodes}
    assert of["IRN"] == of["PMF"] != of["ISIS"]
    assert net.factions.ties == 3  # USA-PMF nets out positive: two aid reports, one attack


def test_build_from_a_store_equals_build_from_facts(tmp_path):
    with Store(tmp_path / "n.db") as s:
        s.add_many(_corpus())
    with Store(tmp_path / "n.db", readonly=True) as s:
        from_store = build_network(s).to_json()
    assert from_store == build_network(_corpus()).to_json()


def test_exports_json_graphml_gexf_csv_png(tmp_path):
    net = build_network(_corpus())
    data = net.to_json()
    assert {"id", "name", "kind", "faction"} <= set(data["nodes"][0])
    assert {"source", "target", "type", "sign", "weight", "first", "last", "evidence"} <= set(data["edges"][0])
    assert json.loads(json.dumps(data)) == data
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        buf = io.BytesIO()
        net.write(fmt, buf)
        g = reader(io.BytesIO(buf.getvalue()))
        assert g.number_of_edges() == len(net.edges)
    csv_text = net.to_csv()
    assert csv_text.splitlines()[0].startswith("source,source_name,type,sign")
    assert len(csv_text.splitlines()) == len(net.edges) + 1
    draw_network(net, tmp_path / "n.png")
    draw_network(net, tmp_path / "n.svg")
    assert (tmp_path / "n.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "n.svg").read_bytes()[:400]


def test_yearly_slices_cover_multi_year_events():
    from faultlines.analysis import build_slices

    slices = dict(build_slices(_corpus()))
    assert list(slices) == [str(y) for y in range(2003, 2019)]
    assert [(e.source, e.type) for e in slices["2007"].edges] == [("PMF", "ASSAULT")]
    assert {e.type for e in slices["2018"].edges} == {"AID", "ASSAULT"}


def test_wire_copies_count_once(tmp_path):
    with Store(tmp_path / "w.db") as s:
        s.add(facts("d1", ev("e1", "AID", "IRN", "PMF")))
        s.add(facts("d2", ev("e1", "AID", "IRN", "PMF")))
        s.add(facts("d3", ev("e1", "AID", "IRN", "PMF")))
        with s.conn:
            s.conn.executemany("INSERT INTO clusters(doc_id, dup_of, similarity) VALUES (?,?,?)",
                               [("d1", "d1", 1.0), ("d2", "d1", 0.9)])
    with Store(tmp_path / "w.db", readonly=True) as s:
        [edge] = build_network(s).edges
    assert (edge.weight, edge.documents, edge.voices, len(edge.evidence)) == (2, 2, 2, 3)


def test_parent_level_moves_one_step_up():
    net = build_network([facts("d1", ev("e1", "AID", "IRN", "KH"), ev("e2", "SANCTION", "US-STATE", "KH"))],
                        level="parent")
    assert {(e.source, e.target) for e in net.edges} == {("IRN", "PMF"), ("USA", "PMF")}
    assert net.node("PMF").members == ("KH",)


def test_denials_are_evidence_but_not_ties():
    corpus = [facts("d1", ev("e1", "AID", "IRN", "PMF"),
                    ev("e2", "AID", "IRN", "PMF", polarity="negated", voice="quoted", name="Tehran"),
                    ev("e3", "AID", "SAU", "ISIS", polarity="negated"))]
    net = build_network(corpus, filters=Filters(polarities=frozenset({"asserted", "negated"})))
    edges = {(e.source, e.target): e for e in net.edges}
    assert edges[("IRN", "PMF")].sign == 1 and edges[("IRN", "PMF")].weight == 1
    assert len(edges[("IRN", "PMF")].evidence) == 2
    assert edges[("SAU", "ISIS")].sign == 0 and net.factions.ties == 1


def test_the_dictionary_gives_parents_and_names_the_facts_lack():
    from faultlines.actors.dictionary import Dictionary, Entry

    corpus = [facts("d1", ev("e1", "AID", "IRN", "PMF"))]
    d = Dictionary(entries={"PMF": Entry("PMF", "al-Hashd al-Shaabi", "armed_group", "IRQ", parent="IRQ.MIL"),
                            "IRQ.MIL": Entry("IRQ.MIL", "Iraqi armed forces", "military", "IRQ")})
    assert build_network(corpus).node("PMF").name == "Popular Mobilisation Forces"
    net = build_network(corpus, dictionary=d, level="parent")
    assert {(e.source, e.target) for e in net.edges} == {("IRN", "IRQ.MIL")}
    assert net.node("IRQ.MIL").name == "Iraqi armed forces" and net.node("IRQ.MIL").members == ("PMF",)
    assert build_network(corpus, dictionary=d).node("PMF").name == "al-Hashd al-Shaabi"  # the dictionary's name wins


def test_state_nodes_take_the_name_news_copy_uses():
    """Folded into states, an actor's country is labelled from the one country table: "Russia", not pycountry's
    "Russian Federation"; a code the table lacks keeps the code."""
    from faultlines.records import Actor, Document, Event, Facts

    f = Facts(document=Document(id="d", text="x", title="d", published="2020-01-01"),
              actors=(Actor("RU-MIL", "Russian forces", "military", "RUS"), Actor("TR-MIL", "Turkish army", "military", "TUR"),
                      Actor("XX", "Somebody", "armed_group", "QQQ")),
              events=(Event("e1", "ASSAULT", "RU-MIL", "TR-MIL", 0, 1, "x", sign=-1),
                      Event("e2", "ASSAULT", "XX", "TR-MIL", 0, 1, "x", sign=-1)))
    names = {n.id: n.name for n in build_network(f, level="state").nodes}
    assert names["state:RUS"] == "Russia" and names["state:TUR"] == "Turkey"
    assert names.get("state:QQQ", "QQQ") == "QQQ"


def test_gathered_without_texts_are_the_same_relations_without_sentences(tmp_path):
    from dataclasses import replace

    from faultlines.analysis.network import gather

    with Store(tmp_path / "t.db") as s:
        for f in _corpus():
            s.add(f)
        full, _ = gather(s)
        bare, _ = gather(s, texts=False)
    assert any(r.text for r in full)
    assert all(r.text == "" for r in bare)
    assert bare == [replace(r, text="") for r in full]
