"""Incidents merged when a later report strongly matches two of them: the older id stays, the other becomes an
alias, and re-fusing changes nothing. The reports are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from faultlines.analysis.incidents import fuse, report_of, similarity
from faultlines.analysis.incidents.reports import ages, cues
from faultlines.records import Document
from faultlines.store import Store
from faultlines.store.incident_views import current_id, incident_summary
from faultlines.store.incidents import fuse_store, incident_of, iter_incidents

FIRST = ("Man wounded on Quillfeather Street in Dayton", "2022-05-07", "https://gazette.example/quillfeather",
         "Tobias Wrenfield, 31, was wounded early Saturday on Quillfeather Street in Dayton, police said. "
         "He was found near the Amberline laundromat and taken to a hospital.")
SECOND = ("Gunfire outside Sharpcut Barbers leaves one hurt", "2022-05-07", "https://tv.example/sharpcut",
          "Witness Nadia Vossberg told reporters she heard six shots outside Sharpcut Barbers in Elmridge "
          "before a car sped off toward Kestrel Park. One person was hurt.")
BOTH = ("Dayton shooting: Quillfeather Street victim found near Sharpcut Barbers", "2022-05-08",
        "https://daily.example/both",
        "Tobias Wrenfield, 31, was shot on Quillfeather Street near the Amberline laundromat and Sharpcut "
        "Barbers in the Elmridge neighbourhood on Saturday. Nadia Vossberg said she heard six shots before a car "
        "sped off toward Kestrel Park.")


def made(item: tuple[str, str, str, str], doc_id: str) -> Document:
    title, published, url, body = item
    return Document(id=doc_id, text=title + "\n\n" + body, title=title, published=published, url=url)


def test_a_report_matching_two_incidents_merges_them_into_the_older(pipeline):
    first, second, both = (report_of(pipeline.extract(made(x, k))) for x, k in
                           ((FIRST, "first"), (SECOND, "second"), (BOTH, "both")))
    assert first is not None and second is not None and both is not None
    apart = fuse([first, second])
    assert len(apart) == 2, [[r.doc_id for r in i.reports] for i in apart]
    (merged,) = fuse([both], apart)
    assert {r.doc_id for r in merged.reports} == {"first", "second", "both"}
    kept, gone = merged.id, ({i.id for i in apart} - {merged.id})
    assert merged.merged == sorted(gone) and kept in {i.id for i in apart}
    unmerged = fuse([both], fuse([first, second]), merge=9.0)  # with merging off it joins one only
    assert len(unmerged) == 2


def test_the_store_keeps_the_older_id_and_an_alias_and_refusing_changes_nothing(pipeline, tmp_path):
    with Store(tmp_path / "m.db") as store:
        store.add(pipeline.extract(made(FIRST, "first")))
        store.add(pipeline.extract(made(SECOND, "second")))
        assert fuse_store(store.conn).opened == 2
        ids = {incident_of(store.conn, "first"), incident_of(store.conn, "second")}
        store.add(pipeline.extract(made(BOTH, "both")))
        fuse_store(store.conn)
        (rec,) = list(iter_incidents(store.conn))
        assert {d["id"] for d in rec["documents"]} == {"first", "second", "both"}
        assert rec["id"] in ids and set(rec["aliases"]) == ids - {rec["id"]}
        assert {incident_of(store.conn, k) for k in ("first", "second", "both")} == {rec["id"]}
        for old in ids:  # a link to the absorbed incident still finds the merged one
            assert current_id(store.conn, old) == rec["id"] and incident_summary(store.conn, old) is not None
        before = store.conn.execute("SELECT * FROM incidents").fetchall()
        assert fuse_store(store.conn).documents == 0
        assert store.conn.execute("SELECT * FROM incidents").fetchall() == before


CLUB = ("Two hurt in Brightwater nightclub shooting", "2022-06-11", "https://gazette.example/club",
        "A 19-year-old woman and her brother were wounded early Saturday when a man fired into the crowd at a "
        "nightclub in Brightwater, police said.")
CLUB_TV = ("Siblings shot at club near Harbor Row", "2022-06-11", "https://tv.example/siblings",
           "Police said a woman, 19, and her brother were hit by gunfire inside a crowded nightclub on Harbor Row "
           "overnight. Both are expected to survive.")


def test_scene_and_victim_words_and_ages_are_evidence(pipeline):
    assert cues("A Road-Rage shooting wounded his daughter near a gas station") == ("daughter", "gas station",
                                                                                     "road rage")
    assert ages("a 17-year-old boy and Jane Roe, 41, were hurt; 3 others fled") == {"age:17", "age:41"}
    a = report_of(pipeline.extract(made(CLUB, "club")))
    b = report_of(pipeline.extract(made(CLUB_TV, "club-tv")))
    assert a is not None and b is not None
    assert {"nightclub", "brother"} <= set(a.cues) & set(b.cues)
    assert "age:19" in a.keys & b.keys
    assert similarity(a, b) > similarity(a, replace(b, cues=()))
    late = replace(b, date="2022-07-30")  # weeks later the same words no longer single the happening out
    assert similarity(a, late) == pytest.approx(similarity(a, replace(late, cues=())))
