"""The CLI keeps the README's word: --version, table in a terminal and JSON in a pipe, usage errors in one
line with exit 2, flags without placeholders, a progress bar with a total, a summary that adds up."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import faultlines.nlp
from faultlines.cli import app
from faultlines.cli.ingest_progress import IngestProgress, count_inputs
from faultlines.run import Summary
from faultlines.store import Store
from tests.test_analysis_fixtures import ev, facts

from .conftest import EXAMPLE

runner = CliRunner()
CLI = [str(Path(sys.executable).with_name("faultlines"))]


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "p.db"
    with Store(path) as s:
        s.add(facts("d1", ev("e1", "AID", "COAL", "PMF", mode="military", text="The coalition arms the militias."),
                    ev("e2", "ASSAULT", "PMF", "US-MIL", date="2014", text="They fought American troops.")))
    return str(path)


def in_terminal(args: list[str]) -> str:
    """Run the installed `faultlines` with its stdout on a pseudo-terminal; what it printed there."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    proc = subprocess.Popen(CLI + args, stdout=follower, stderr=subprocess.PIPE, env=env)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    return out.decode("utf-8", "replace")


def test_version():
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.strip().startswith("faultlines ") and r.stdout.strip()[-1].isdigit()


@pytest.mark.parametrize("command", [[], ["read"], ["ingest"], ["events"], ["export"], ["incidents"]])
def test_flags_have_no_value_placeholder(command):
    r = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "--help" in r.output
    assert "<bool>" not in r.output and "<list[" not in r.output


def test_importing_the_cli_does_not_load_spacy():
    """`faultlines --help` stays fast (0.4 s here, 1.6 s before) because commands import spaCy lazily."""
    code = "import sys, faultlines.cli; print(sorted(m for m in ('spacy', 'thinc', 'networkx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("args, option", [
    (["events", "--since", "yesterday"], "--since"),
    (["tensions", "--until", "2014-13"], "--until"),
    (["actors", "--kind", "spaceship"], "--kind"),
    (["events", "--type", "TELEPORT"], "--type"),
    (["network", "--voice", "narrator"], "--voice"),
    (["incidents", "--no-update", "--type", "TELEPORT"], "--type"),
])
def test_bad_option_values_are_one_line_and_exit_2(db, args, option):
    r = runner.invoke(app, [*args, "--db", db])
    assert r.exit_code == 2, r.output
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and option in lines[0] and "error" in lines[0]


def test_read_offers_no_csv():
    r = runner.invoke(app, ["read", "--help"], env={"COLUMNS": "200"})
    assert "json|table" in r.output and "csv" not in r.output.split("--db")[0]
    assert runner.invoke(app, ["read", str(EXAMPLE), "--format", "csv"]).exit_code == 2


def test_read_prints_json_lines_into_a_pipe():
    r = subprocess.run(CLI + ["read", str(EXAMPLE), "--no-model"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    (line,) = r.stdout.splitlines()
    assert json.loads(line)["document"]["title"] == "Allies at odds along the Euphrates"


def test_read_prints_a_report_in_a_terminal():
    shown = in_terminal(["read", str(EXAMPLE), "--no-model"])
    assert "Allies at odds along the Euphrates" in shown and "Actors" in shown and "Relations" in shown
    assert '"schema"' not in shown


def test_network_is_a_table_in_a_terminal_and_compact_json_in_a_pipe(db):
    shown = in_terminal(["network", "--db", db])
    assert "Blocs" in shown and "Strongest ties" in shown and '"nodes"' not in shown
    piped = subprocess.run(CLI + ["network", "--db", db], capture_output=True, text=True, check=True).stdout
    (line,) = piped.splitlines()
    assert {n["id"] for n in json.loads(line)["nodes"]} >= {"COAL", "PMF"}


def test_events_table_in_a_terminal(db):
    shown = in_terminal(["events", "--db", db])
    assert "Events (2)" in shown and "{" not in shown


def test_events_csv_carries_document_and_event_ids(db):
    r = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    assert r.exit_code == 0, r.output
    header, *rows = r.stdout.splitlines()
    assert header.split(",")[:2] == ["doc_id", "event_id"]
    assert sorted(tuple(row.split(",")[:2]) for row in rows) == [("d1", "e1"), ("d1", "e2")]


def test_ingest_without_a_model_creates_no_store(tmp_path, monkeypatch):
    monkeypatch.setattr(faultlines.nlp, "MODEL_PACKAGES", ("no_such_spacy_model_package",))
    store = tmp_path / "never.db"
    r = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(store), "--quiet"])
    assert r.exit_code == 1 and "no English spaCy model" in r.stderr
    assert not store.exists()


def test_ingest_reports_an_unknown_extension_and_its_summary_adds_up(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(EXAMPLE.read_text())
    (corpus / "notes.dat").write_text("not a document type faultlines reads")
    db = str(tmp_path / "c.db")
    r = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--quiet", "--no-model"])
    assert r.exit_code == 3, r.output
    summary = json.loads(r.stdout)  # one JSON object in a pipe
    assert (summary["inputs"], summary["stored"], summary["duplicates"], summary["rejected"]) == (2, 1, 0, 1)
    assert summary["rejects"][0]["location"].endswith("notes.dat")
    assert summary["rejects"][0]["reason"].startswith("unsupported file type")
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--quiet", "--no-model", "--format", "table"],
                          env={"COLUMNS": "200"})
    assert again.exit_code == 3 and "notes.dat: unsupported file type" in again.stdout
    rows = {}
    for line in again.stdout.splitlines():
        cells = [c.strip() for c in line.strip("│┃| ").split("│")]
        if len(cells) == 2 and cells[1].replace(",", "").isdigit():
            rows[cells[0]] = int(cells[1].replace(",", ""))
    assert rows["inputs"] == 2 and rows["duplicates (already stored)"] == 1 and rows["rejected"] == 1
    assert rows["inputs"] == rows["stored"] + rows["duplicates (already stored)"] + rows["rejected"]


def test_usage_errors_are_one_line_from_the_script():
    """Typer's own checks (an unknown choice, a missing argument) also give one line and exit 2."""
    for args in (["read", "x.txt", "--format", "csv"], ["ingest"], ["events", "--limit", "-3"], ["nosuch"]):
        r = subprocess.run(CLI + args, capture_output=True, text=True, timeout=60)
        lines = r.stderr.splitlines()
        assert r.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: "), (args, r.stderr)


def test_count_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.dat").write_text("reported as unsupported")
    (tmp_path / ".DS_Store").write_text("hidden: skipped")
    assert count_inputs([str(tmp_path)]) == 4
    (tmp_path / "d.warc.gz").write_bytes(b"")
    assert count_inputs([str(tmp_path)]) is None
    assert count_inputs(["-"]) is None


def test_progress_bar_has_total_percentage_and_eta():
    out = io.StringIO()
    console = Console(file=out, width=160, force_terminal=True)
    with IngestProgress(console, total=4) as bar:
        bar.update(Summary(read=2, stored=1, duplicates=0, seconds=1.0, rejected=Counter({"binary": 1})))
        task = bar.progress.tasks[0]
        assert (task.completed, task.total, task.percentage) == (2, 4, 50.0)
    shown = out.getvalue()
    assert "50%" in shown and "2/4" in shown and "ETA" in shown
