"""`faultlines tensions | network | actors | events` on a hand-built store, through CliRunner."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.store import Store
from tests.test_analysis_fixtures import ev, facts

runner = CliRunner()


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "a.db"
    with Store(path) as s:
        s.add(facts("d1", ev("e1", "AID", "COAL", "PMF", mode="military", text="The coalition arms the militias."),
                    ev("e2", "ASSAULT", "PMF", "US-MIL", date="2003-2011", text="They fought American troops."),
                    ev("e3", "SANCTION", "US-STATE", "PMF", text="listed as a terrorist group")))
        s.add(facts("d2", ev("e1", "AID", "SAU", "ISIS", voice="commenter", name="Ellen"),
                    ev("e2", "ASSAULT", "ISIS", "PMF", date="2014")))
    return str(path)


def test_help_lists_the_commands():
    out = runner.invoke(app, ["--help"]).output
    for cmd in ("tensions", "network", "actors", "events"):
        assert cmd in out
    assert "--level" in runner.invoke(app, ["network", "--help"]).output


def test_tensions_json_lines(db):
    r = runner.invoke(app, ["tensions", "--db", db, "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.output.splitlines()]
    assert {x["kind"] for x in rows} >= {"blowback", "designated_partner"}
    blow = next(x for x in rows if x["kind"] == "blowback")
    assert blow["actors"][:2] == [{"id": "USA", "name": "United States"},
                                  {"id": "PMF", "name": "Popular Mobilisation Forces"}]
    assert {"doc_id": "d1", "event_id": "e2"} in blow["events"]
    assert "which attacked U.S. military (2003–2011)" in blow["summary"]


def test_tensions_filters_and_table(db):
    r = runner.invoke(app, ["tensions", "--db", db, "--kind", "blowback", "--format", "table"])
    assert r.exit_code == 0 and "blowback" in r.output and "designated_partner" not in r.output
    assert runner.invoke(app, ["tensions", "--db", db, "--kind", "nonsense"]).exit_code == 2
    r = runner.invoke(app, ["tensions", "--db", db, "--since", "2030", "--format", "json"])
    assert r.exit_code == 0 and r.output == ""


def test_network_formats(db, tmp_path):
    r = runner.invoke(app, ["network", "--db", db, "--level", "state"])
    data = json.loads(r.output)
    assert {n["id"] for n in data["nodes"]} == {"USA", "PMF", "SAU", "ISIS"}
    assert {"blocs", "frustration", "balance"} <= set(data["factions"])
    r = runner.invoke(app, ["network", "--db", db, "--no-commenters", "--format", "csv"])
    assert "\nSAU," not in r.output and r.output.startswith("source,")
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"n.{fmt}"
        assert runner.invoke(app, ["network", "--db", db, "-f", fmt, "-o", str(out)]).exit_code == 0
        assert reader(out).number_of_nodes() == 6
    out = tmp_path / "n.png"
    r = runner.invoke(app, ["network", "--db", db, "-f", "png", "-o", str(out)])
    assert r.exit_code == 0 and out.read_bytes()[:4] == b"\x89PNG" and "frustration" in r.output


def test_actors_and_events(db):
    rows = [json.loads(x) for x in runner.invoke(app, ["actors", "--db", db, "-f", "json"]).output.splitlines()]
    pmf = next(x for x in rows if x["id"] == "PMF")
    assert pmf["as_target"] == 3 and pmf["as_source"] == 1
    r = runner.invoke(app, ["events", "--db", db, "--actor", "popular mobilisation forces", "--type", "AID",
                            "-f", "json"])
    [row] = [json.loads(x) for x in r.output.splitlines()]
    assert row["source"] == "U.S.-led coalition" and row["text"] == "The coalition arms the militias."
    r = runner.invoke(app, ["events", "--db", db, "--actor", "Islamic State", "--since", "2014", "-f", "csv"])
    assert r.output.count("\n") == 3  # header + two events
    assert runner.invoke(app, ["events", "--db", db, "--actor", "Nobody"]).exit_code == 1


def test_missing_database_is_one_line(tmp_path):
    r = runner.invoke(app, ["tensions", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "no such database" in r.output and "Traceback" not in r.output


def test_tensions_of_one_actor(db):
    r = runner.invoke(app, ["tensions", "--db", db, "--actor", "popular mobilisation forces", "-f", "json"])
    assert r.exit_code == 0 and r.output and all("PMF" in [a["id"] for a in json.loads(x)["actors"]]
                                                 for x in r.output.splitlines())
    r = runner.invoke(app, ["tensions", "--db", db, "--actor", "Saudi Arabia", "-f", "json"])
    assert r.exit_code == 0 and r.output == ""


def test_network_table_shows_the_camps(db):
    r = runner.invoke(app, ["network", "--db", db, "--level", "state", "-f", "table"])
    assert r.exit_code == 0, r.output
    assert "frustration" in r.output and "Blocs" in r.output and "Strongest ties" in r.output
    assert "Popular Mobilisation Forces" in r.output


def test_a_broken_actor_file_is_a_warning_not_a_failure(db, tmp_path):
    """An actor file that does not parse: the analysis runs on the store's actors and says so once."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [this is: not: valid\n", encoding="utf-8")
    r = runner.invoke(app, ["network", "--db", db, "--format", "json", "--actors", str(bad)])
    assert r.exit_code == 0, r.output
    assert "actor dictionary not loaded" in r.output
    assert {n["id"] for n in json.loads(r.stdout.splitlines()[-1])["nodes"]} >= {"COAL", "PMF"}


def test_export_and_network_read_the_same_actor_files(db, tmp_path):
    """`export --actors` builds the graph `network --actors` does: same bytes, the file's country on the node."""
    extra = tmp_path / "actors.yaml"
    extra.write_text("actors:\n  - {id: KRD, name: Kurdish forces, kind: armed_group, country: SYR}\n"
                     "  - {id: ISIS, name: Islamic State, kind: armed_group, country: SYR}\n", encoding="utf-8")
    out = {}
    for command in ("export", "network"):
        path = tmp_path / f"{command}.graphml"
        r = runner.invoke(app, [command, "--db", db, "-f", "graphml", "-o", str(path), "--actors", str(extra)])
        assert r.exit_code == 0, r.output
        out[command] = path.read_bytes()
    assert out["export"] == out["network"]
    assert nx.read_graphml(tmp_path / "export.graphml").nodes["ISIS"]["country"] == "SYR"
