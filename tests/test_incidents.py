"""Incidents: three outlets on one strike (two tolls, one denial) fuse into one incident; a bombing elsewhere
does not. The reports are written for these tests."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from faultlines.analysis.incidents import (
    Incident,
    contested,
    figure,
    fuse,
    outlet_of,
    report_of,
    similarity,
    summary,
)
from faultlines.records import Document, Facts
from faultlines.store import Store
from faultlines.store.incidents import (
    IncidentFilters,
    fuse_store,
    incident_of,
    incident_tensions,
    iter_incidents,
)

REPORTS = {
    "wire": ("Airstrike kills 12 in Saraqib market", "2019-05-10", "https://wire.example/saraqib",
             "Russian warplanes struck a crowded market in Saraqib on Thursday, killing 12 civilians and wounding "
             "30 others, the Syrian Observatory for Human Rights said. Rescue workers pulled bodies from the rubble "
             "of the vegetable market near the Grand Mosque."),
    "daily": ("Death toll from Saraqib market strike rises", "2019-05-11", "https://daily.example/news/saraqib-toll",
              "At least 15 people were killed and 30 wounded when Russian jets bombed the vegetable market in "
              "Saraqib near the Grand Mosque on Thursday, local rescuers said."),
    "tass": ("Moscow denies bombing Saraqib market", "2019-05-11", "https://tass.example/saraqib",
             "Russia did not bomb the market in Saraqib, the Russian Defence Ministry said on Friday. \"Russian "
             "aircraft did not strike the vegetable market near the Grand Mosque,\" a ministry spokesman said, "
             "adding that 12 people died."),
    "kabul": ("Car bomb kills 7 in Kabul", "2019-05-10", "https://wire.example/kabul",
              "A car bomb exploded near a police station in Kabul on Thursday, killing 7 people and wounding 20, "
              "officials said. The Taliban claimed the attack."),
}


def document(key: str) -> Document:
    title, published, url, body = REPORTS[key]
    text = title + "\n\n" + body
    return Document(id=hashlib.sha1(text.encode()).hexdigest()[:20], text=text, title=title, published=published,
                    url=url)


@pytest.fixture(scope="module")
def facts(pipeline) -> dict[str, Facts]:
    return {k: pipeline.extract(document(k)) for k in REPORTS}


@pytest.fixture(scope="module")
def reports(facts):
    return {k: report_of(f) for k, f in facts.items()}


def strike(incidents: list[Incident], reports) -> Incident:
    (inc,) = [i for i in incidents if any(r.doc_id == reports["wire"].doc_id for r in i.reports)]
    return inc


def test_each_outlet_reports_the_strike_at_its_place(reports):
    for k in ("wire", "daily", "tass"):
        assert reports[k] is not None and reports[k].place_name == "Saraqib", k
    assert reports["wire"].outlet == "wire.example" and reports["kabul"].place_name == "Kabul"
    assert "RUS.MIL" in reports["wire"].sources
    assert "RUS.MIL" in reports["tass"].denied  # a denial is a report of the same happening


def test_three_outlets_one_incident_and_the_bombing_elsewhere_apart(reports):
    fused = fuse(reports.values())
    inc = strike(fused, reports)
    assert {r.outlet for r in inc.reports} == {"wire.example", "daily.example", "tass.example"}
    assert len(fused) == 2
    assert similarity(reports["wire"], reports["kabul"]) < similarity(reports["wire"], reports["daily"])


def test_the_toll_is_the_most_conservative_credible_figure_and_the_dispute_is_kept(reports):
    s = summary(strike(fuse(reports.values()), reports))
    assert s["killed"] == {"value": 12, "low": 12, "high": 15}  # two reports say 12, one 15
    assert s["injured"] == {"value": 30, "low": 30, "high": 30}
    assert s["place"]["name"] == "Saraqib" and s["type"] == "ASSAULT"
    assert s["date"] == "2019-05-09"  # "on Thursday" before the first publication
    on = {c["on"]: c for c in s["contested"]}
    assert set(on) == {"killed", "perpetrator"}
    assert [c["value"] for c in on["killed"]["claims"]] == [12, 15]
    assert on["killed"]["claims"][1]["outlets"] == ["daily.example"]
    denial = [c for c in on["perpetrator"]["claims"] if "denied" in c]
    assert denial and denial[0]["outlets"] == ["tass.example"] and "RUS.MIL" in denial[0]["denied"]


def test_figure_rule():
    assert figure([12, 15, 12]).value == 12
    assert figure([15, 12]) is not None and figure([15, 12]).value == 12  # no agreement: the lowest
    assert figure([20, 15, 20, 15]).value == 15  # agreements on both: the lower of them
    assert figure([None, None]) is None
    f = figure([3, None, 9])
    assert f is not None and (f.low, f.high) == (3, 9)


def test_reports_far_apart_in_time_or_of_another_type_do_not_fuse(reports):
    late = replace(reports["daily"], date="2020-09-01", doc_id="late")
    threat = replace(reports["wire"], type="THREATEN", doc_id="threat")
    rally = replace(reports["daily"], type="MOBILIZE", doc_id="rally")
    assert similarity(reports["wire"], late) == 0.0
    assert similarity(threat, rally) == 0.0  # two happenings of different kinds, neither an attack
    agreeing = replace(reports["daily"], killed=12, doc_id="agree")
    assert contested(Incident("x", [reports["wire"], agreeing])) == []


def test_a_follow_up_weeks_later_needs_more_shared_wording(reports):
    soon = replace(reports["daily"], doc_id="soon")
    weeks = replace(reports["daily"], date="2019-07-20", doc_id="weeks")
    assert 0 < similarity(reports["wire"], weeks) < similarity(reports["wire"], soon)


@pytest.mark.parametrize(("headline", "killed", "guess"), [
    ("Three shot, one dead outside a bar in Tulsa", None, {"killed": 1, "injured": 2}),
    ("Girl, 7, shot on her way to school", None, {"injured": 1}),
    ("Shopkeeper dies after robbery in Leeds", None, {"killed": 1}),
    ("Five wounded in market attack", None, {"injured": 5}),
    ("Police look into gunfire report", None, {}),
    ("Teen shot in Akron", 1, {}),  # the counts already say he was killed
])
def test_a_headline_gives_figures_when_the_counts_do_not(headline, killed, guess):
    from faultlines.analysis.incidents.reports import _guess

    assert _guess(headline, killed, None) == guess


def test_outlet_of():
    assert outlet_of(None, "https://www.example.org/a/b") == "example.org"
    assert outlet_of("Reuters", "https://www.example.org/") == "Reuters"
    assert outlet_of(None, None) is None


def test_store_fusion_is_incremental_and_idempotent(facts, reports, tmp_path):
    with Store(tmp_path / "a.db") as store:
        for k in ("wire", "kabul", "daily"):
            store.add(facts[k])
        first = fuse_store(store.conn)
        assert (first.documents, first.reports, first.opened) == (3, 3, 2)
        store.add(facts["tass"])
        later = fuse_store(store.conn)
        assert (later.documents, later.opened, later.attached) == (1, 0, 1)  # the denial joins the strike
        before = store.conn.execute("SELECT * FROM incidents ORDER BY id").fetchall()
        again = fuse_store(store.conn)
        assert again.documents == 0
        assert store.conn.execute("SELECT * FROM incidents ORDER BY id").fetchall() == before
        incremental = list(iter_incidents(store.conn))
        assert incident_of(store.conn, reports["tass"].doc_id) == incident_of(store.conn, reports["wire"].doc_id)
    with Store(tmp_path / "b.db") as store:
        for f in facts.values():
            store.add(f)
        fuse_store(store.conn)
        assert [(r["id"], r["killed"], len(r["documents"])) for r in iter_incidents(store.conn)] == \
            [(r["id"], r["killed"], len(r["documents"])) for r in incremental]
        assert [r["place"]["name"] for r in iter_incidents(store.conn, IncidentFilters(contested=True))] == \
            ["Saraqib"]
        assert list(iter_incidents(store.conn, IncidentFilters(min_documents=2, place="kabul"))) == []
        found = {t.id.rsplit(":", 1)[1]: t for t in incident_tensions(store.conn)}
        assert set(found) == {"killed", "perpetrator"} and all(t.kind == "contested" for t in found.values())
        assert "12 (tass.example, wire.example) vs 15 (daily.example)" in found["killed"].summary
        assert "RUS.MIL" in found["perpetrator"].actors and found["perpetrator"].events


def test_cli_lists_incidents_as_json_csv_and_table(facts, tmp_path):
    from faultlines.cli import app

    db = tmp_path / "c.db"
    with Store(db) as store:
        for f in facts.values():
            store.add(f)
    runner = CliRunner()
    res = runner.invoke(app, ["incidents", "--db", str(db), "--format", "json", "--min-documents", "2"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 1
    row = rows[0]
    for key in ("id", "type", "mode", "date", "place", "actors", "killed", "injured", "documents", "events",
                "contested"):
        assert key in row
    assert {d["url"] for d in row["documents"]} == {REPORTS[k][2] for k in ("wire", "daily", "tass")}
    res = runner.invoke(app, ["incidents", "--db", str(db), "--no-update", "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[0].startswith("id,type,mode,date")
    assert len(res.stdout.splitlines()) == 3
    res = runner.invoke(app, ["incidents", "--db", str(db), "--no-update", "--format", "table", "--type", "assault"])
    assert res.exit_code == 0 and "Saraqib" in res.stdout
    assert runner.invoke(app, ["incidents", "--help"]).exit_code == 0


def test_acled_export_per_incident_has_one_row_per_incident_with_every_outlet(facts, tmp_path):
    import csv
    import io

    from faultlines.cli import app

    db = tmp_path / "e.db"
    with Store(db) as store:
        for f in facts.values():
            store.add(f)
        fuse_store(store.conn)
    runner = CliRunner()
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "acled", "--per", "incident"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout[res.stdout.index("event_id_cnty"):])))
    assert len(rows) == 2
    (strike,) = [r for r in rows if r["location"] == "Saraqib"]
    assert strike["source"] == "daily.example; tass.example; wire.example"
    assert strike["fatalities"] == "12" and strike["country"] == "Syria" and strike["event_date"] == "2019-05-09"
    assert strike["actor1"] and "contested=killed,perpetrator" in strike["tags"]
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "plover", "--per", "incident"]).exit_code == 2


def test_ingest_fuses_and_reingesting_changes_nothing(tmp_path):
    from faultlines.run import ingest

    src = tmp_path / "news.jsonl"
    with src.open("w") as fh:
        for title, published, url, body in REPORTS.values():
            fh.write(json.dumps({"title": title, "published": published, "url": url,
                                 "text": title + "\n\n" + body}) + "\n")
    db = tmp_path / "i.db"
    ingest([str(src)], str(db))
    with Store(db) as store:
        first = store.conn.execute("SELECT id, summary FROM incidents ORDER BY id").fetchall()
    assert len(first) == 2
    ingest([str(src)], str(db))
    with Store(db) as store:
        assert store.conn.execute("SELECT id, summary FROM incidents ORDER BY id").fetchall() == first


@pytest.fixture(scope="module")
def fused_db(facts, tmp_path_factory):
    """A store of the four reports, fused (as `faultlines ingest` leaves it)."""
    db = tmp_path_factory.mktemp("fused") / "f.db"
    with Store(db) as store:
        for f in facts.values():
            store.add(f)
        fuse_store(store.conn)
    return db


def test_tensions_show_the_incident_reports_disagreeing(fused_db, reports):
    from faultlines import Corpus
    from faultlines.cli import app

    res = CliRunner().invoke(app, ["tensions", "--db", str(fused_db), "--kind", "contested", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["id"].rsplit(":", 1)[1]: r for r in map(json.loads, res.stdout.splitlines()) if
            r["id"].startswith("incident:")}
    assert set(rows) == {"killed", "perpetrator"} and all(r["kind"] == "contested" for r in rows.values())
    assert "12 (tass.example, wire.example) vs 15 (daily.example)" in rows["killed"]["summary"]
    docs = {e["doc_id"] for e in rows["killed"]["events"]}
    assert {reports["wire"].doc_id, reports["daily"].doc_id} <= docs  # both sides' evidence events
    assert "RUS.MIL" in [a["id"] for a in rows["perpetrator"]["actors"]]
    sides = {e["doc_id"] for e in rows["perpetrator"]["events"]}
    assert {reports["wire"].doc_id, reports["tass"].doc_id} <= sides  # the denial's negated event is evidence too
    res = CliRunner().invoke(app, ["tensions", "--db", str(fused_db), "--since", "2020", "--format", "json"])
    assert res.exit_code == 0 and "incident:" not in res.stdout  # the incident is outside the dates
    with Corpus(fused_db, readonly=True) as corpus:
        found = [t for t in corpus.tensions() if t.id.startswith("incident:")]
        assert {t.id.rsplit(":", 1)[1] for t in found} == {"killed", "perpetrator"}
        assert all("/" in e for t in found for e in t.events)
        assert [t for t in corpus.tensions(level="state") if t.id.startswith("incident:")]
