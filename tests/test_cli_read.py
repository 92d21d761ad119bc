"""`faultlines read` through typer's runner: JSON Lines, the table report, --db, help and bad input."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from faultlines.cli import app

from .conftest import ARTICLE, EXAMPLE

runner = CliRunner()


def test_help_lists_commands():
    r = runner.invoke(app, ["--help"])
    assert r.exit_code == 0 and "read" in r.output
    r = runner.invoke(app, ["read", "--help"])
    assert r.exit_code == 0 and "--format" in r.output and "--db" in r.output


def test_read_json_lines(tmp_path):
    r = runner.invoke(app, ["read", str(ARTICLE), "--format", "json"])
    assert r.exit_code == 0, r.output
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj["schema"] == "faultlines.facts/1" and obj["document"]["title"] == "Paying yesterday's enemies"


def test_read_two_files_and_store(tmp_path):
    db = tmp_path / "f.db"
    r = runner.invoke(app, ["read", str(ARTICLE), str(EXAMPLE), "--format", "json", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert len([ln for ln in r.stdout.splitlines() if ln.strip()]) == 2
    r = runner.invoke(app, ["read", str(ARTICLE), "--format", "json", "--db", str(db)])
    assert r.exit_code == 0
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_table_report_shows_sections():
    r = runner.invoke(app, ["read", str(EXAMPLE), "--format", "table"])
    assert r.exit_code == 0, r.output
    assert "Actors" in r.output and "Relations" in r.output


def test_stdin(tmp_path):
    r = runner.invoke(app, ["read", "-", "--format", "json"], input="Turkish jets struck Kurdish positions.\n")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["text"].startswith("Turkish jets")


def test_bad_inputs_one_line_nonzero(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff" * 100)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"text": "ok"}\n{oops\n')
    (tmp_path / "nothing").mkdir()
    for arg in ("missing.txt", "bin.txt", "empty.txt", "bad.jsonl", "nothing"):
        r = runner.invoke(app, ["read", str(tmp_path / arg), "--format", "json"])
        assert r.exit_code != 0, arg
        assert "Traceback" not in r.output
        err = r.stderr.strip()
        assert err.startswith("error:") and len(err.splitlines()) == 1, (arg, err)


def test_other_language_is_refused_unless_accepted(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_text("Les forces armées ont bombardé la ville pendant la nuit, selon les autorités locales. "
                 "Le gouvernement a condamné l'attaque et promis une enquête indépendante sur les victimes.")
    r = runner.invoke(app, ["read", str(p), "--format", "json"])
    assert r.exit_code == 1 and "language 'fr'" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = runner.invoke(app, ["read", str(p), "--format", "json", "--languages", ""])
    assert r.exit_code == 0, r.output
