"""Atheris harness for the readers: any bytes, as any supported kind of file, read or reject — never crash.

Run: `.venv/bin/python fuzz/fuzz_readers.py -runs=2000` (CI runs it briefly through tests/test_fuzz.py).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from faultlines.read import Reject, iter_documents
    from faultlines.structure import segment

SUFFIXES = (".txt", ".html", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
WORKDIR = Path(tempfile.mkdtemp(prefix="fl-fuzz-"))


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    suffix = SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
    path = WORKDIR / f"x{suffix}"
    path.write_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()))
    for item in iter_documents([str(path)]):
        if isinstance(item, Reject):
            assert item.reason and "\n" not in item.reason
            continue
        assert item.text.strip()
        for s in segment(item):
            assert 0 <= s.start < s.end <= len(item.text)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
