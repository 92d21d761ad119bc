"""Near-duplicates: one wire story reprinted by several outlets is one cluster, counted once."""

from __future__ import annotations

from faultlines.dedupe import (
    dup_of,
    publication_rows,
    record_publications,
    signature,
    similarity,
    update_clusters,
)
from faultlines.read import document_from_text
from faultlines.records import Event, Facts
from faultlines.store import Store

WIRE = ("Gunmen attacked a convoy of aid trucks on the highway north of the capital on Monday, killing four drivers "
        "and wounding seven, the interior ministry said. The ministry blamed a local militia that has fought "
        "government forces for control of the road since the spring. A spokesman for the militia denied the "
        "accusation and said its fighters had been far from the area. Aid agencies suspended deliveries to the "
        "region until further notice, leaving thousands of displaced families without food.")
OTHER = ("The central bank raised interest rates by half a point on Thursday, citing inflation that has stayed "
         "above its target for a year. Economists had expected a smaller increase, and the currency rose "
         "against the dollar after the announcement. The bank said further rises were possible.")


def _copy(outlet: str, published: str) -> Facts:
    text = f"{outlet} staff report\n\n{WIRE}\n\nCopyright {outlet}. All rights reserved."
    doc = document_from_text(text, published=published, source=outlet, origin=f"{outlet}.txt")
    start = text.index("attacked")
    ev = Event(id="e1", type="ASSAULT", source="militia", target="drivers", start=start, end=start + 8,
               text="attacked", sign=-1)
    return Facts(document=doc, events=(ev,))


def test_signature_similarity_separates_copies_from_other_stories():
    a, b = signature(_copy("Daily Bugle", "2024-03-05").text), signature(_copy("Courier", "2024-03-04").text)
    assert similarity(a, b) > 0.7
    assert similarity(a, signature(OTHER)) < 0.2


def test_copies_form_one_cluster_under_the_earliest_publication(tmp_path):
    copies = [_copy("Daily Bugle", "2024-03-05"), _copy("Courier", "2024-03-04"), _copy("Gazette", "2024-03-06")]
    other = Facts(document=document_from_text(OTHER, origin="bank.txt"))
    with Store(tmp_path / "f.db") as store:
        store.add_many([*copies, other])
        with store.conn:
            record_publications(store.conn, [publication_rows(f.document) for f in [*copies, other]])
        result = update_clusters(store.conn)
        assert (result.clusters, result.near_duplicates) == (1, 2)
        rep = copies[1].document.id  # the Courier printed it first
        assert dup_of(store.conn) == {copies[0].document.id: rep, copies[2].document.id: rep}
        # three ASSAULT events in the store, but one piece of evidence
        row = store.conn.execute("SELECT count(*), count(DISTINCT evidence_id) FROM event_evidence").fetchone()
        assert tuple(row) == (3, 1)
        wire = store.conn.execute("SELECT n_documents, n_publications FROM wire_stories WHERE evidence_id = ?",
                                  (rep,)).fetchone()
        assert tuple(wire) == (3, 3)
        assert update_clusters(store.conn) == result  # recomputing changes nothing
