"""`faultlines export`: PLOVER JSONL per the PLOVER manual (JSON Schema in docs/), ACLED CSV by ACLED's
codebook rules, GraphML/GEXF that load in networkx and igraph; outputs hardened; copies exported once."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

import networkx as nx
import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.dedupe import update_clusters
from faultlines.export import ACLED_COLUMNS, export
from faultlines.read import document_from_text
from faultlines.records import Actor, Count, Event, Facts, Mention, Place, Toll, Voice
from faultlines.store import Store

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "plover.schema.json"
STORY = ("Militia fighters fired rockets at the army base outside Kirkuk on Sunday, killing 3 soldiers, "
         "officials said. Tehran armed the militia for years, according to the ministry. The weather was "
         "fine and the markets were open for most of the afternoon in the city centre.")
GEXF_NS = "{http://www.gexf.net/1.2draft}"


def _facts(outlet: str | None, published: str | None, *, militia: str = "Militia X", extra: str = "",
           url: str | None = None) -> Facts:
    text = f"{STORY}\n\n{outlet or 'no outlet'}{extra}"
    doc = document_from_text(text, published=published, source=outlet, origin=f"{outlet}.txt", url=url,
                             guess_title=False)
    s1 = text.index("Militia")
    e1 = text.index("officials said.") + len("officials said.")
    s2 = text.index("Tehran")
    e2 = text.index("ministry.") + len("ministry.")
    k = text.index("3 soldiers")
    fired = text.index("fired")
    mx = Actor("militia-x", militia, "armed_group", None, mentions=(Mention(s1, s1 + 7, "Militia"),))
    army = Actor("iraq-army", "Iraqi Army", "military", "IRQ", mentions=())
    iran = Actor("iran", "Iran", "state", "IRN", mentions=(Mention(s2, s2 + 6, "Tehran"),))
    kirkuk = Place("geonames:94787", "Kirkuk", 35.47, 44.39, "IQ", 94787, feature="city",
                   mentions=(Mention(text.index("Kirkuk"), text.index("Kirkuk") + 6, "Kirkuk"),))
    iraq = Place("geonames:99237", "Iraq", 33.0, 44.0, "IQ", 99237, feature="country")
    events = (
        Event("e1", "ASSAULT", "militia-x", "iraq-army", s1, e1, text[s1:e1], mode="explosives",
              place="geonames:94787", date="2024-05-05", sign=-1, fatalities=Toll(3, 3, 3),
              trigger=Mention(fired, fired + 5, "fired"), source_mention=Mention(s1, s1 + 7, "Militia")),
        Event("e2", "AID", "iran", "militia-x", s2, e2, text[s2:e2], mode="military", sign=1,
              voice=Voice("quoted", "ministry"), place="geonames:99237", source_mention=Mention(s2, s2 + 6, "Tehran")),
        Event("e3", "AID", "iran", "iraq-army", s2, e2, text[s2:e2], polarity="negated", sign=1),
        Event("e4", "MOBILIZE", "iran", None, s2, e2, text[s2:e2], date="2024-05", sign=-1),
    )
    counts = (Count("n1", "killed", "soldiers", k, k + 10, "3 soldiers", value=3, event="e1"),)
    return Facts(document=doc, actors=(mx, army, iran), events=events, counts=counts, places=(kirkuk, iraq))


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "f.db"
    with Store(path) as store:
        store.add_many([_facts("Daily Bugle", "2024-05-06"), _facts("Courier", "2024-05-05")])
        update_clusters(store.conn)
    return path


def _store(tmp_path, *facts: Facts) -> Path:
    path = tmp_path / "g.db"
    with Store(path) as store:
        store.add_many(list(facts))
    return path


def _export(db, fmt, **kw) -> str:
    with Store(db, readonly=True) as store:
        buf: io.BytesIO | io.StringIO = io.BytesIO() if fmt in ("graphml", "gexf") else io.StringIO()
        export(store.conn, fmt, buf, **kw)
        v = buf.getvalue()
        return v.decode() if isinstance(v, bytes) else v


def test_plover_records_validate_against_the_schema_from_the_manual(db):
    import jsonschema

    schema = json.loads(SCHEMA.read_text())
    recs = [json.loads(x) for x in _export(db, "plover").splitlines()]
    assert len(recs) == 4  # the copy's four events are left out
    for rec in recs:
        jsonschema.validate(rec, schema)
    assault = next(r for r in recs if r["event"] == ["ASSAULT"])
    assert assault["mode"] == ["explosives"] and assault["context"] == [] and assault["quad_code"] == 4
    militia, = assault["source"]
    assert militia == assault["actor"][0]
    assert militia["entity_text"] == "Militia" and militia["identifier_text"] == "Militia X"
    assert militia["sector"] == "REB" and militia["code"] == "IMG"
    army, = assault["recipient"]
    assert army["code"] == "IRQ" and army["sector"] == "MIL"
    assert assault["date"] == "2024-05-05" and assault["enddate"] is None and assault["size"]["dead"] == 3
    loc = assault["event_loc"]
    assert loc["resolved_place"] == "Kirkuk" and loc["country_code"] == "IQ" and loc["cc3"] == "IRQ"
    assert loc["feature_code"] == "PPL" and loc["resolution"] == "city" and loc["admin1_code"] == "13"
    assert assault["event_text"] == ["fired"] and assault["text_info"]["start"] < assault["text_info"]["end"]
    cite = assault["cite_info"]
    assert cite["publication"] == "Courier" and cite["language"] == "en" and cite["coder"].startswith("faultlines")
    assert assault["coded_date"] and len(assault["coded_date"]) == 10
    aid = next(r for r in recs if r["event"] == ["AID"] and r["polarity"] == "asserted")
    assert aid["date"] == "2024-05-05" and aid["date_source"] == "published"  # the article's day stands in
    assert aid["event_loc"]["feature_code"] == "PCLI" and aid["event_loc"]["resolution"] == "country"
    month = next(r for r in recs if r["event"] == ["MOBILIZE"])
    assert (month["date"], month["enddate"]) == ("2024-05-01", "2024-05-31") and month["recipient"] == []
    assert len(_export(db, "plover", include_copies=True).splitlines()) == 8


def test_plover_leaves_out_undated_events_and_says_so(tmp_path):
    path = _store(tmp_path, _facts("Undated Daily", None))
    skipped: Counter[str] = Counter()
    with Store(path, readonly=True) as store:
        buf = io.StringIO()
        n = export(store.conn, "plover", buf, skipped=skipped)
    recs = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert n == 2 and {r["event"][0] for r in recs} == {"ASSAULT", "MOBILIZE"}  # their own dates
    assert sum(skipped.values()) == 2


def test_acled_csv_follows_the_codebook(db):
    rows = list(csv.DictReader(io.StringIO(_export(db, "acled"))))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert len(rows) == 3  # the negated AID is not an ACLED event
    for r in rows:
        assert len(r["event_date"]) == 10 and r["year"] == r["event_date"][:4]
        assert r["time_precision"] in ("1", "2", "3")
        assert len(r["interaction"]) == 2
    assault = next(r for r in rows if r["tags"].startswith("faultlines; plover=ASSAULT"))
    assert assault["event_date"] == "2024-05-05" and assault["time_precision"] == "1"
    assert assault["event_type"] == "Explosions/Remote violence"
    assert assault["actor1"] == "Militia X" and assault["inter1"] == "3" and assault["inter2"] == "1"
    assert assault["interaction"] == "13" and assault["fatalities"] == "3"
    assert assault["country"] == "Iraq" and assault["iso"] == "368" and assault["region"] == "Middle East"
    assert assault["location"] == "Kirkuk" and assault["geo_precision"] == "1" and assault["source"] == "Courier"
    aid = next(r for r in rows if "plover=AID" in r["tags"])
    assert aid["event_type"] == "Strategic developments" and aid["geo_precision"] == "3"  # a country centroid
    assert aid["fatalities"] == "0" and aid["time_precision"] == "2"
    sole = next(r for r in rows if "plover=MOBILIZE" in r["tags"])
    assert sole["interaction"] == "10" and sole["time_precision"] == "3" and sole["event_date"] == "2024-05-16"


def test_acled_country_names_are_acleds_and_source_is_the_outlet(tmp_path):
    f = _facts(None, "2019-03-02", url="https://www.example-news.org/a/1")
    syria = Place("geonames:163843", "Syria", 35.0, 38.0, "SY", 163843, feature="country")
    e1 = f.events[0]
    f2 = Facts(f.document, actors=f.actors, counts=f.counts, places=(*f.places, syria),
               events=(Event(**{**e1.__dict__, "place": "geonames:163843"}),))
    rows = list(csv.DictReader(io.StringIO(_export(_store(tmp_path, f2), "acled"))))
    assert rows[0]["country"] == "Syria" and rows[0]["iso"] == "760"
    assert rows[0]["source"] == "example-news.org" and rows[0]["tags"].endswith("; url=https://www.example-news.org/a/1")


def test_csv_cells_never_start_a_formula(tmp_path):
    evil = "=HYPERLINK(\"http://x\",\"click\")"
    path = _store(tmp_path, _facts("@outlet", "2024-05-06", militia=evil))
    for fmt, col in (("csv", "source_name"), ("acled", "actor1")):
        rows = list(csv.DictReader(io.StringIO(_export(path, fmt))))
        cells = [v for r in rows for v in r.values() if v and not _number(v)]
        assert cells and not any(v[0] in "=+-@" for v in cells), fmt
        assert any(r[col] == "'" + evil for r in rows), fmt


def _number(v: str) -> bool:
    try:
        float(v)
    except ValueError:
        return False
    return True


def _gexf_edges(text: str) -> list[ET.Element]:
    return list(ET.fromstring(text).iter(f"{GEXF_NS}edge"))


def test_graph_files_have_unique_edge_ids_and_load_everywhere(db, tmp_path):
    import igraph

    gml = _export(db, "graphml")
    g = nx.parse_graphml(gml, force_multigraph=True)
    assert g.nodes["militia-x"]["label"] == "Militia X"
    edges = {(s, t, d["event_type"]): d for s, t, d in g.edges(data=True)}
    assert edges[("militia-x", "iraq-army", "ASSAULT")]["sign"] == -1
    aid = edges[("iran", "militia-x", "AID")]
    assert aid["documents"] == aid["weight"] == 1  # two documents, one wire story
    assert len(json.loads(aid["evidence"])) == 2  # each copy's event is evidence
    assert ("iran", "iraq-army", "AID") not in edges  # negated
    assault = edges[("militia-x", "iraq-army", "ASSAULT")]
    assert (assault["first"], assault["last"]) == ("2024-05-05", "2024-05-05")
    assert assault["outlets"] == "Courier; Daily Bugle"
    ids = [e.get("id") for e in ET.fromstring(gml).iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == g.number_of_edges()
    (tmp_path / "g.graphml").write_text(gml)
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml"))
    assert ig.ecount() == g.number_of_edges() and "event_type" in ig.es.attributes()

    gexf = _export(db, "gexf")
    root = ET.fromstring(gexf)
    assert root.tag == f"{GEXF_NS}gexf" and root.get("version") == "1.2"
    els = _gexf_edges(gexf)
    assert all(e.get("type") in (None, "directed", "undirected", "mutual") for e in els)  # GEXF 1.2 XSD enum
    assert len({e.get("id") for e in els}) == len(els) == g.number_of_edges()
    declared = {a.get("id") for a in root.iter(f"{GEXF_NS}attribute")}
    assert all(v.get("for") in declared for v in root.iter(f"{GEXF_NS}attvalue"))
    h = nx.read_gexf(io.BytesIO(gexf.encode()))
    assert {d["event_type"] for _, _, d in h.edges(data=True)} == {"ASSAULT", "AID"}


def test_control_characters_never_reach_graph_files(tmp_path):
    path = _store(tmp_path, _facts("Bugle", "2024-05-06", militia="Militia\x00\x07\x1b[31mX\x0b"))
    for fmt in ("graphml", "gexf"):
        text = _export(path, fmt)
        ET.fromstring(text)  # well-formed XML 1.0
        assert "Militia[31mX" in text and "\x1b" not in text


def test_cli_export_writes_atomically_and_keeps_old_file_on_failure(db, tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 4 and {r["type"] for r in rows} == {"ASSAULT", "AID", "MOBILIZE"}
    assert rows[0]["url"] == "" and rows[0]["outlet"] == "Courier"
    before = out.read_bytes()
    big = _store(tmp_path, *(_facts(f"Outlet {k}", "2024-05-06", extra=f" {k}") for k in range(60)))
    # A disk that fills up: the file size limit makes every write past 64 KB fail with EFBIG.
    script = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
              "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536)); from faultlines.cli import main; "
              f"sys.argv = ['faultlines', 'export', '-f', 'plover', '--db', {str(big)!r}, '-o', {str(out)!r}]; main()")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "cannot write" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == before  # the old file, whole; no partial file beside it
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert CliRunner().invoke(app, ["export", "--db", str(big), "-o", str(out)]).exit_code == 0
    assert out.stat().st_size > 65536  # the same export fits when the disk has room


def test_cli_export_gexf_to_stdout(db):
    result = CliRunner().invoke(app, ["export", "--format", "gexf", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "<gexf" in result.stdout


def test_cli_export_missing_store_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1


def test_terminal_report_prints_no_escape_sequence_from_the_text():
    from rich.console import Console

    from faultlines.cli.report import print_report

    f = _facts("Bugle\x1b]0;pwned\x07", "2024-05-06", militia="Militia \x1b[2J[bold red]X[/]")
    buf = io.StringIO()
    print_report(f, Console(file=buf, force_terminal=True, width=200))
    out = buf.getvalue()
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x07" not in out
    assert "[bold red]X[/]" in out  # shown as written, not taken as markup


def test_network_command_files_are_well_formed_and_formula_free(tmp_path):
    evil = "=cmd|' /C calc'!A0\x00\x1b[31m"
    path = _store(tmp_path, _facts("Bugle", "2024-05-06", militia=evil))
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"n.{fmt}"
        r = CliRunner().invoke(app, ["network", "--db", str(path), "-f", fmt, "-o", str(out)])
        assert r.exit_code == 0, r.output
        root = ET.parse(out).getroot()  # well-formed despite the NUL and ESC in a name
        ids = [e.get("id") for e in root.iter() if e.tag.endswith("edge")]
        assert len(ids) == len(set(ids)) > 0
    r = CliRunner().invoke(app, ["network", "--db", str(path), "-f", "csv"])
    cells = [c for row in csv.reader(io.StringIO(r.stdout)) for c in row if c and not _number(c)]
    assert cells and not any(c[0] in "=+-@" for c in cells)


def test_keep_undated_writes_what_the_formats_would_leave_out(tmp_path):
    path = _store(tmp_path, _facts("Undated Daily", None))
    r = CliRunner().invoke(app, ["export", "-f", "plover", "--db", str(path), "--keep-undated"])
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(recs) == 4 and sum(x["date"] is None for x in recs) == 2
    r = CliRunner().invoke(app, ["export", "-f", "acled", "--db", str(path)])
    assert "left out 1 events: no date" in r.stderr
    rows = list(csv.DictReader(io.StringIO(CliRunner().invoke(
        app, ["export", "-f", "acled", "--db", str(path), "--keep-undated"]).stdout)))
    assert len(rows) == 3 and sum(x["event_date"] == "" for x in rows) == 1


def test_impossible_event_dates_fall_back_to_the_articles_day(tmp_path):
    f = _facts("Bugle", "2024-05-06")
    bad = Facts(f.document, actors=f.actors, places=f.places,
                events=(Event(**{**f.events[0].__dict__, "date": "2024-02-31"}),
                        Event(**{**f.events[3].__dict__, "date": "2024-13"})))
    path = _store(tmp_path, bad)
    recs = [json.loads(x) for x in _export(path, "plover").splitlines()]
    assert [(r["date"], r["date_source"]) for r in recs] == [("2024-05-06", "published")] * 2
    rows = list(csv.DictReader(io.StringIO(_export(path, "acled"))))
    assert {r["event_date"] for r in rows} == {"2024-05-06"}


@pytest.mark.parametrize("command", [["export", "-f", "graphml"], ["network", "-f", "graphml"], ["export", "-f", "csv"]])
def test_an_unwritable_output_is_one_line_naming_the_file(db, tmp_path, command):
    out = tmp_path / "missing-dir" / "out.file"
    r = CliRunner().invoke(app, [*command, "--db", str(db), "-o", str(out)])
    assert r.exit_code == 1 and isinstance(r.exception, SystemExit)  # a clean exit, not a traceback
    assert f"cannot write {out}" in r.output and ".part" not in r.output
    assert not out.parent.exists()
