"""The analyst-row loader: the analysts' sentence numbering, texts rebuilt from a shared root and checked by SHA-1,
skipping (never mislabelling) what cannot be rebuilt, and a labels file that holds no text. Texts are made up."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from faultlines.train.analyst import (
    DOCS,
    ROWS,
    apply_edits,
    base_texts,
    documents,
    edits_between,
    load_doc_specs,
    load_rows,
    sentence_spans,
    sha1,
)

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _numbered(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def test_sentence_numbering_follows_the_analysts_splitter() -> None:
    text = ("Rebels Seize Border Post\n\nGen. Alvarez said the post fell. J. Mora, a resident, fled. "
            "\"We ran,\" she said. Troops arrived at 5 p.m. in trucks.\nA caption line")
    assert _numbered(text) == [
        "Rebels Seize Border Post",
        "Gen. Alvarez said the post fell.",          # no break after a title
        "J. Mora, a resident, fled.",                # nor after an initial
        "\"We ran,\" she said.",
        "Troops arrived at 5 p.m. in trucks.",       # no break before a lower-case word
        "A caption line",                            # a single line break ends a sentence
    ]


def test_edits_rebuild_the_target_exactly() -> None:
    base = "Headline-CITY — -Body one\n\nBody two"
    target = "Headline\n\nCITY — Body one.\n\nBody two."
    edits = edits_between(base, target)
    assert apply_edits(base, edits) == target
    assert all(not re.search(r"[A-Za-z]", str(e[2])) for e in edits)  # only punctuation and spacing is stored


def _shared(root: Path) -> None:
    gwn = root / "data" / "geowebnews"
    gwn.mkdir(parents=True)
    (gwn / "GWN.xml").write_text('<articles><article file="7"><text>Police detained two men. They were freed.'
                                 '</text></article><article file="8"><text>Other.</text></article></articles>')
    gun = root / "data" / "gun_incidents"
    gun.mkdir(parents=True)
    (gun / "documents.jsonl").write_text(json.dumps({"id": "abc123", "title": "Officer shot",
                                                     "text": "An officer was shot. A man was held. He was charged."})
                                         + "\n")
    m2e2 = root / "data" / "events_train" / "m2e2"
    m2e2.mkdir(parents=True)
    lines = [{"doc_id": "VOA_X", "id": f"VOA_X_{i}", "text": t}
             for i, t in enumerate(["Army Retakes Town-TOWN — -The army retook the town", "Rebels fled", "Later"])]
    (m2e2 / "m2e2_sentences_plover.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")


def _specs(path: Path, texts: dict[str, str], bases: dict[str, str], rows_path: Path) -> None:
    specs = [("gwn7", "gwn", "7", ""), ("gun1", "gun", "abc123", "3"), ("voa", "m2e2", "VOA_X", "1")]
    with path.open("w") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["set", "doc", "corpus", "key", "cut", "sentences", "sha1", "edits"])
        for doc, corpus, key, cut in specs:
            edits = edits_between(bases[doc], texts[doc])
            w.writerow(["s", doc, corpus, key, cut, len(sentence_spans(texts[doc])), sha1(texts[doc]),
                        json.dumps(edits)])
    with rows_path.open("w") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["set", "row", "doc", "sent", "sent_sha1", "type", "source", "target", "polarity", "voice",
                    "accepted"])
        w.writerow(["s", "G1", "gwn7", 1, sha1("Police detained two men."), "COERCE", "Police", "Civilians",
                    "asserted", "author", ""])
        w.writerow(["s", "U2", "gun1", 3, sha1("A man was held."), "COERCE", "None", "Man", "asserted", "author",
                    ""])


def test_documents_rebuilt_from_a_shared_root(tmp_path: Path) -> None:
    _shared(tmp_path / "shared")
    texts = {"gwn7": "Police detained two men. They were freed.",
             "gun1": "Officer shot\n\nAn officer was shot. A man was held.\n",     # cut after sentence 3
             "voa": "Army Retakes Town\n\nTOWN — The army retook the town.\n\nRebels fled.\n"}
    bases = {"gwn7": texts["gwn7"], "gun1": texts["gun1"],
             "voa": "Army Retakes Town-TOWN — -The army retook the town\n\nRebels fled"}
    _specs(tmp_path / "docs.tsv", texts, bases, tmp_path / "rows.tsv")
    skipped: list[str] = []
    docs = documents(tmp_path / "shared", skipped=skipped, docs_file=tmp_path / "docs.tsv",
                     rows_file=tmp_path / "rows.tsv")
    assert skipped == []
    assert {d.doc: d.text for d in docs} == texts
    assert [r.row for d in docs for r in d.rows] == ["G1", "U2"]


def test_a_document_that_does_not_rebuild_exactly_is_skipped(tmp_path: Path) -> None:
    _shared(tmp_path / "shared")
    texts = {"gwn7": "Police detained two men. They were freed.",
             "gun1": "Officer shot\n\nAn officer was shot. A man was held.\n",
             "voa": "Army Retakes Town\n\nTOWN — The army retook the town.\n\nRebels fled.\n"}
    _specs(tmp_path / "docs.tsv", texts, dict(texts), tmp_path / "rows.tsv")  # the M2E2 edits are missing
    xml = tmp_path / "shared" / "data" / "geowebnews" / "GWN.xml"
    xml.write_text(xml.read_text().replace("two men", "three men"))         # the article changed
    skipped: list[str] = []
    docs = documents(tmp_path / "shared", skipped=skipped, docs_file=tmp_path / "docs.tsv",
                     rows_file=tmp_path / "rows.tsv")
    assert [d.doc for d in docs] == ["gun1"]
    assert skipped == ["s_gwn7", "s_voa"]


def test_without_shared_data_everything_is_skipped(tmp_path: Path) -> None:
    skipped: list[str] = []
    assert documents(tmp_path / "nowhere", skipped=skipped) == []
    assert len(skipped) == len(load_doc_specs())
    sys.path.insert(0, str(BENCH))
    try:
        import analyst_rows
    finally:
        sys.path.remove(str(BENCH))
    assert analyst_rows.main(["--shared", str(tmp_path / "nowhere")]) == 0


def test_the_labels_hold_no_text() -> None:
    rows = load_rows(ROWS)
    specs = {(s["set"], s["doc"]) for s in load_doc_specs(DOCS)}
    assert len(rows) > 3400 and len(specs) == 183
    header = ROWS.read_text(encoding="utf-8").split("\n", 1)[0].split("\t")
    assert "quote" not in header and "text" not in header
    for r in rows:
        assert (r.set, r.doc) in specs
        assert re.fullmatch(r"[0-9a-f]{40}", r.sent_sha1)
        assert not re.search(r"[\"“”]", r.source + r.target + r.accepted + r.voice)  # no quoted fragment
    for s in load_doc_specs(DOCS):
        assert all(not re.search(r"[A-Za-z0-9]", str(e[2])) for e in json.loads(s["edits"]))


def test_compare_lists_gains_losses_and_new_spurious_events() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import analyst_rows
    finally:
        sys.path.remove(str(BENCH))
    f = analyst_rows.ROW_FIELDS

    def rows(*lines: str) -> list[dict[str, str]]:
        return [dict(zip(f, line.split("|"), strict=True)) for line in lines]

    before = rows("rules|s|A|d|1|missed|", "rules|s|B|d|2|fully right|x", "rules|s|C|d|3|wrong type|y",
                  "rules|s|SPURIOUS|d|4|spurious|ASSAULT Peru -> Bolivia")
    after = rows("rules|s|A|d|1|fully right|z", "rules|s|B|d|2|wrong source|x", "rules|s|C|d|3|wrong target|y",
                 "rules|s|SPURIOUS|d|5|spurious|COERCE Peru -> None")
    text = analyst_rows.compare(before, after)
    assert "fully right 1 -> 1 of 3 (+1 -1, 1 other class changes); spurious 1 -> 1" in text
    assert "gained s A: missed -> fully right" in text and "lost s B: fully right -> wrong source" in text
    assert "new spurious s d 5 COERCE Peru -> None" in text and "spurious gone s d 4 ASSAULT Peru -> Bolivia" in text


def test_agreement_with_hand_classes() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import analyst_rows
    finally:
        sys.path.remove(str(BENCH))
    hand = {"A": "fully right", "B": "missed", "C": "wrong type", "D": "wrong source"}
    lines = ["p\ts\tA\td\t1\tfully right\t", "p\ts\tB\td\t1\tfully right\t", "p\ts\tC\td\t2\tmissed\t",
             "p\ts\tD\td\t2\twrong source\t", "p\ts\tSPURIOUS\td\t3\tspurious\tX"]
    text = analyst_rows.agreement(hand, lines, "p")
    assert "4 rows, fully right yes/no 3/4 (75.0%), same class 2/4 (50.0%)" in text
    assert "missed by hand, fully right here: 1" in text


def test_a_titled_geowebnews_article_is_cut_after_its_sentence(tmp_path: Path) -> None:
    gwn = tmp_path / "data" / "geowebnews"
    gwn.mkdir(parents=True)
    (gwn / "GWN.xml").write_text('<articles><article file="9"><title>Envoy Walks Out</title><text>The envoy left the '
                                 'talks. Mediators stayed. A storm hit the coast.</text></article></articles>')
    spec = {"set": "s", "doc": "t", "corpus": "gwn_titled", "key": "9"}
    assert base_texts(tmp_path, [{**spec, "cut": "2"}])["s_t"] == "Envoy Walks Out\n\nThe envoy left the talks.\n"
    assert base_texts(tmp_path, [{**spec, "cut": ""}])["s_t"].endswith("A storm hit the coast.")
