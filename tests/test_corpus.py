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


def test_corpus_add_stores_what_ingest_does_and_exports(tmp_path):
    """`Corpus.add` records the publication and the MinHash too; `finish` clusters; `export` writes the events."""
    import io
    import sqlite3

    from faultlines.read import document_from_text
    from faultlines.records import Event

    text = "Gunmen attacked a convoy of aid trucks on the highway north of the capital on Monday, officials said."
    facts = []
    for outlet in ("Daily Bugle", "Courier"):
        doc = document_from_text(text, published="2024-03-04", source=outlet, origin=f"{outlet}.txt")
        facts.append(Facts(document=doc, events=(Event("e1", "ASSAULT", "gunmen", "drivers", 0, 25,
                                                       text[:25], sign=-1),)))
    with Corpus(tmp_path / "c.db") as corpus:
        assert corpus.add(facts[0]) is True
        assert corpus.add(facts[1]) is False  # the same text: one document, a second publication
        corpus.add_reject("bad.txt", "binary")
        assert corpus.finish().documents == 1
        out = io.StringIO()
        assert corpus.export("csv", out) == 1
        assert "Gunmen attacked a convoy" in out.getvalue()
        assert (len(corpus), corpus.count("events"), corpus.count("rejects")) == (1, 1, 1)
    c = sqlite3.connect(tmp_path / "c.db")
    assert c.execute("SELECT count(*) FROM publications").fetchone()[0] == 2
    assert c.execute("SELECT count(*) FROM minhashes").fetchone()[0] == 1


def test_corpus_dictionary_error_raises_or_goes_to_the_handler(tmp_path):
    """Without a handler a broken actor file is an error; with one, the corpus reports it and analyses without."""
    import pytest

    from faultlines.actors import DictionaryError

    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [this is: not: valid\n", encoding="utf-8")
    with Corpus(tmp_path / "c.db", actors_files=[bad]) as corpus, pytest.raises(DictionaryError, match="not valid YAML"):
        corpus.network()
    seen: list[Exception] = []
    with Corpus(tmp_path / "c.db", actors_files=[bad], on_bad_dictionary=seen.append) as corpus:
        assert corpus.dictionary is None and not corpus.network().nodes
        assert corpus.dictionary is None
    assert len(seen) == 1


def test_corpus_export_graph_uses_the_corpus_actor_files(tmp_path):
    """A GraphML export knows what the corpus' own actor files say (here: a country the store lacks), as
    `Corpus.network` does."""
    import io

    import networkx as nx

    from faultlines.store import Store
    from tests.test_analysis_fixtures import ev, facts

    with Store(tmp_path / "c.db") as s:
        s.add(facts("d1", ev("e1", "ASSAULT", "KRD", "ISIS", date="2016"), ev("e2", "AID", "USA", "KRD")))
    extra = tmp_path / "actors.yaml"
    extra.write_text("actors:\n  - {id: KRD, name: Kurdish forces, kind: armed_group, country: SYR}\n",
                     encoding="utf-8")

    def exported(corpus: Corpus) -> nx.MultiDiGraph:
        out = io.BytesIO()
        assert corpus.export("graphml", out) == 2
        return nx.read_graphml(io.BytesIO(out.getvalue()))

    with Corpus(tmp_path / "c.db", readonly=True) as corpus:
        assert exported(corpus).nodes["KRD"].get("country") is None
    with Corpus(tmp_path / "c.db", readonly=True, actors_files=[extra]) as corpus:
        g = exported(corpus)
        assert g.nodes["KRD"]["country"] == "SYR"
        assert {n.id: n.country for n in corpus.network().nodes}["KRD"] == "SYR"


def test_a_corpus_handed_to_build_network_is_read_as_its_store(tmp_path):
    """`build_network(corpus)` reads the store (copies merged, urls of wire stories), as `corpus.network()` does."""
    from faultlines.analysis import build_network

    with Corpus(tmp_path / "c.db") as corpus:
        corpus.ingest([ARTICLE])
        direct = build_network(corpus, dictionary=corpus.dictionary)
        via = corpus.network()
        assert direct.edges and [e.__dict__ for e in direct.edges] == [e.__dict__ for e in via.edges]
