"""`faultlines export`: PLOVER JSONL field names, ACLED columns, flat CSV, GraphML; copies exported once."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.dedupe import update_clusters
from faultlines.export import ACLED_COLUMNS, export
from faultlines.read import document_from_text
from faultlines.records import Actor, Count, Event, Facts, Mention, Place, Voice
from faultlines.store import Store

STORY = ("Militia fighters fired rockets at the army base outside Kirkuk on Sunday, killing 3 soldiers, "
         "officials said. Tehran armed the militia for years, according to the ministry. The weather was "
         "fine and the markets were open for most of the afternoon in the city centre.")


def _facts(outlet: str, published: str) -> Facts:
    text = f"{STORY}\n\n{outlet}"
    doc = document_from_text(text, published=published, source=outlet, origin=f"{outlet}.txt",
                             guess_title=False)
    s1 = text.index("Militia")
    e1 = text.index("officials said.") + len("officials said.")
    s2 = text.index("Tehran")
    e2 = text.index("ministry.") + len("ministry.")
    k = text.index("3 soldiers")
    militia = Actor("militia-x", "Militia X", "armed_group", None, mentions=(Mention(s1, s1 + 7, "Militia"),))
    army = Actor("iraq-army", "Iraqi Army", "military", "IRQ", mentions=())
    iran = Actor("iran", "Iran", "state", "IRN", mentions=(Mention(s2, s2 + 6, "Tehran"),))
    kirkuk = Place("geonames:94787", "Kirkuk", 35.47, 44.39, "IQ", 94787,
                   mentions=(Mention(text.index("Kirkuk"), text.index("Kirkuk") + 6, "Kirkuk"),))
    events = (
        Event("e1", "ASSAULT", "militia-x", "iraq-army", s1, e1, text[s1:e1], mode="explosives",
              place="geonames:94787", date="2024-05-05", sign=-1),
        Event("e2", "AID", "iran", "militia-x", s2, e2, text[s2:e2], mode="military", sign=1,
              voice=Voice("quoted", "ministry")),
        Event("e3", "AID", "iran", "iraq-army", s2, e2, text[s2:e2], polarity="negated", sign=1),
    )
    counts = (Count("n1", "killed", "soldiers", k, k + 10, "3 soldiers", value=3),)
    return Facts(document=doc, actors=(militia, army, iran), events=events, counts=counts, places=(kirkuk,))


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "f.db"
    with Store(path) as store:
        store.add_many([_facts("Daily Bugle", "2024-05-06"), _facts("Courier", "2024-05-05")])
        update_clusters(store.conn)
    return path


def _export(db, fmt, **kw) -> str:
    with Store(db, readonly=True) as store:
        buf = io.StringIO()
        export(store.conn, fmt, buf, **kw)
        return buf.getvalue()


def test_plover_jsonl_uses_plover_field_names_and_counts_copies_once(db):
    recs = [json.loads(x) for x in _export(db, "plover").splitlines()]
    assert len(recs) == 3  # the copy's three events are left out
    assault = next(r for r in recs if r["event"] == "ASSAULT")
    assert assault["actor"]["actorText"] == "Militia X" and assault["recipient"]["code"] == "IRQ"
    assert assault["mode"] == "explosives" and assault["dead"] == 3
    assert assault["event_loc"]["name"] == "Kirkuk" and assault["event_loc"]["country"] == "IQ"
    assert assault["date"] == "2024-05-05" and assault["publication"] == "Courier"
    assert {"actor", "recipient", "event", "mode", "event_loc", "size"} <= set(assault)
    assert len(_export(db, "plover", include_copies=True).splitlines()) == 6


def test_acled_csv_has_acled_columns_and_only_asserted_events(db):
    rows = list(csv.DictReader(io.StringIO(_export(db, "acled"))))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert len(rows) == 2  # the negated AID is not an ACLED event
    assault = next(r for r in rows if r["tags"].startswith("faultlines; plover=ASSAULT"))
    assert assault["event_type"] == "Explosions/Remote violence"
    assert assault["actor1"] == "Militia X" and assault["inter1"] == "3" and assault["inter2"] == "1"
    assert assault["interaction"] == "13" and assault["fatalities"] == "3"
    assert assault["country"] == "Iraq" and assault["iso"] == "368" and assault["location"] == "Kirkuk"
    aid = next(r for r in rows if "plover=AID" in r["tags"])
    assert aid["event_type"] == "Strategic developments"


def test_graphml_signed_edges_count_evidence_not_copies(db):
    g = nx.parse_graphml(_export(db, "graphml"), force_multigraph=True)
    assert g.nodes["militia-x"]["name"] == "Militia X"
    edges = {(s, t, d["type"]): d for s, t, d in g.edges(data=True)}
    assert edges[("militia-x", "iraq-army", "ASSAULT")]["sign"] == -1
    assert edges[("iran", "militia-x", "AID")]["evidence"] == 1  # two documents, one wire story
    assert ("iran", "iraq-army", "AID") not in edges  # negated


def test_cli_export_csv_to_file(db, tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 3 and {r["type"] for r in rows} == {"ASSAULT", "AID"}
    text = rows[0]["text"]
    assert text and STORY.find(text) >= 0


def test_cli_export_missing_store_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
