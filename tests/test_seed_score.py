"""Runs ../shared/eval/score_seed.py against the installed CLI and prints the seed score."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SHARED

SCORER = SHARED / "eval" / "score_seed.py"
BAR = 0.90  # share of "must" checks; the scorer's own default bar


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score_seed.py not present")
def test_seed_score(capsys):
    exe = Path(sys.executable).with_name("faultlines")
    cmd = str(exe) if exe.exists() else shutil.which("faultlines")
    assert cmd, "faultlines is not installed"
    p = subprocess.run([sys.executable, str(SCORER), "--cmd", f"{cmd} read", "--bar", str(BAR)],
                       capture_output=True, text=True, timeout=600)
    summary = p.stdout.strip().splitlines()[-1]
    with capsys.disabled():
        print("\n" + "\n".join(ln for ln in p.stdout.splitlines() if ln.startswith("FAIL")))
        print(summary)
    m = re.search(r"must (\d+)/(\d+)", summary)
    assert m, p.stdout + p.stderr
    assert int(m.group(1)) / int(m.group(2)) >= BAR, summary
