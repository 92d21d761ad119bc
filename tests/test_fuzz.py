"""A brief atheris run over the readers and the structure stage (coverage-guided; CI runs it every time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "fuzz" / "fuzz_readers.py"


def test_readers_survive_fuzzing(tmp_path):
    pytest.importorskip("atheris")
    p = subprocess.run([sys.executable, str(HARNESS), "-runs=4000", "-max_len=2048", f"-artifact_prefix={tmp_path}/"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    assert "Done 4000 runs" in p.stderr
