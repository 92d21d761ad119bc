"""The Python API: `read` gives typed records; `Corpus` ingests and answers with the network and tensions."""

from __future__ import annotations

from pathlib import Path

from faultlines import Corpus, Facts, read

from .conftest import ARTICLE


def test_read_text_gives_typed_records():
    f = read("Turkish jets struck Kurdish militia positions near Afrin on Sunday.", published="2018-01-21")
    assert isinstance(f, Facts)
    assert f.document.published == "2018-01-21"
    assert any(a.kind in ("military", "state") for a in f.actors)
    assert f.to_dict()["schema"] == "faultlines.facts/1"


def test_corpus_ingest_network_and_tensions(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        summary = corpus.ingest([ARTICLE])
        assert len(corpus) == 1
        again = corpus.ingest([ARTICLE])
        assert len(corpus) == 1
        assert summary is not None and again is not None
        net = corpus.network(level="state")
        ids = {n.id for n in net.nodes}
        assert "USA" in ids
        kinds = {t.kind for t in corpus.tensions()}
        assert "blowback" in kinds
        doc = next(iter(corpus))
        assert corpus.facts(doc.document.id) == doc


def test_read_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Rebels shelled the airport\nRebels shelled the airport in Tripoli on Monday.")
    f = read(Path(p))
    assert f.document.title == "Rebels shelled the airport"


def test_read_function_survives_reader_imports():
    """`faultlines.read` is the function even after the readers subpackage of the same name is imported."""
    import subprocess
    import sys

    code = ("import faultlines.cli, faultlines.read.dispatch, faultlines.read.html\n"
            "from faultlines.read import ReadError\n"
            "import faultlines\nfrom faultlines import read\n"
            "assert callable(read) and callable(faultlines.read), type(faultlines.read)\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
