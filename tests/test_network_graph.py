"""One network builder: `export --format graphml|gexf` and `network --format graphml|gexf` write the same graph
for the same store (a store built by reading two short articles through the real pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.read import document_from_text
from faultlines.store import Store

ARTICLES = (
    ("Iran armed Hezbollah for years, Western officials said on Monday. Israeli jets struck Hezbollah positions "
     "in southern Lebanon on Sunday. The United States sanctioned Iran's Revolutionary Guards in 2019.",
     "Daily Bugle", "2024-03-04"),
    ("Saudi Arabia funded rebel groups in Syria, according to a United Nations report. Syrian government forces "
     "attacked the rebels near Aleppo. Turkey denied that it armed the rebels.", "Courier", "2024-03-05"),
)
runner = CliRunner()


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "g.db"
    with Store(path) as store:
        for text, outlet, published in ARTICLES:
            store.add(pipeline.extract(document_from_text(text, published=published, source=outlet,
                                                          guess_title=False)))
    return path


def _write(db: Path, command: str, fmt: str, out: Path) -> bytes:
    r = runner.invoke(app, [command, "--db", str(db), "-f", fmt, "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_and_network_write_the_same_graph(db, tmp_path, fmt):
    exported = _write(db, "export", fmt, tmp_path / f"export.{fmt}")
    networked = _write(db, "network", fmt, tmp_path / f"network.{fmt}")
    assert exported == networked


def test_the_graph_has_one_set_of_names_weights_and_evidence(db, tmp_path):
    g = nx.read_graphml(_path(db, tmp_path), force_multigraph=True)
    assert g.nodes["IRN"]["label"] == "Iran" and "name" not in g.nodes["IRN"]
    edges = {(s, t, d["event_type"]): d for s, t, d in g.edges(data=True)}
    aid = edges[("IRN", "HEZBOLLAH", "AID")]
    assert (aid["sign"], aid["weight"], aid["documents"], aid["voices"]) == (1, 1, 1, 1)
    assert aid["outlets"] == "Daily Bugle"
    [ref] = json.loads(aid["evidence"])
    doc_id, _, event_id = ref.rpartition("/")
    assert doc_id and event_id
    assert ("TUR", "SYR.REB", "AID") not in edges  # denied: asserted events only, as `network` by default
    assert edges[("SYR.MIL", "SYR.REB", "ASSAULT")]["sign"] == -1


def _path(db: Path, tmp_path: Path) -> Path:
    out = tmp_path / "e.graphml"
    _write(db, "export", "graphml", out)
    return out
