"""The same per-document function on a real Dask LocalCluster of two workers gives the same store."""

from __future__ import annotations

import pytest

from faultlines.run import ingest
from tests.ingest_corpus import write_good
from tests.test_ingest import snapshot

pytestmark = pytest.mark.cluster


def test_dask_local_cluster_equals_in_process_run(tmp_path):
    corpus = write_good(tmp_path / "corpus", 6)
    (corpus / "notes.jsonl").write_text('{"text": "not closed"\n')
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    a = ingest([str(corpus)], str(local), workers=1)
    b = ingest([str(corpus)], str(dask), dask="local:2")
    assert (a.stored, a.n_rejected) == (b.stored, b.n_rejected) == (6, 1)
    assert snapshot(dask) == snapshot(local)
