"""Red-team reproducers (issue 18): one bad record never sinks a batch; no hang and no unbounded read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.read import Reject, dispatch, iter_documents

runner = CliRunner()
CLI = [sys.executable, "-c", "from faultlines.cli import main; main()"]
GOOD = ["Turkish jets struck Kurdish positions near Afrin on Sunday.",
        "Rebels shelled the airport in Tripoli on Monday, officials said."]


def _errors(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("error:")]


def test_one_bad_jsonl_line_does_not_sink_the_others(tmp_path):
    lines = [json.dumps({"text": GOOD[0]}), json.dumps({"text": ""}), "{oops", json.dumps({"text": GOOD[1]})]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n")
    r = runner.invoke(app, ["read", str(tmp_path / "docs.jsonl"), "--format", "json"])
    assert r.exit_code == 1
    texts = [json.loads(ln)["text"] for ln in r.stdout.splitlines() if ln.strip()]
    assert texts == GOOD
    errs = _errors(r.stderr)
    assert len(errs) == 2 and "docs.jsonl:2: empty document" in errs[0] and "docs.jsonl:3: invalid JSON" in errs[1]
    assert "Traceback" not in r.output


def test_one_bad_file_among_several(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD[0])
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "b.txt").write_text(GOOD[1])
    args = [str(tmp_path / n) for n in ("a.txt", "empty.txt", "missing.txt", "b.txt")]
    r = runner.invoke(app, ["read", *args, "--format", "json"])
    assert r.exit_code == 1
    assert [json.loads(ln)["text"] for ln in r.stdout.splitlines() if ln.strip()] == GOOD
    errs = _errors(r.stderr)
    assert len(errs) == 2 and "empty.txt" in errs[0] and "missing.txt: no such file" in errs[1]


def test_symlink_loops_in_a_directory_end_and_store_each_file_once(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(GOOD[0])
    (root / "sub" / "up").symlink_to("..")          # a loop back to the top
    (root / "sub" / "again").symlink_to("../sub")   # a second way to the same directory
    (root / "x.txt").symlink_to("y.txt")            # two links pointing at each other
    (root / "y.txt").symlink_to("x.txt")
    start = time.monotonic()
    items = list(iter_documents([str(root)]))
    assert time.monotonic() - start < 10
    docs = [i for i in items if not isinstance(i, Reject)]
    assert [d.text for d in docs] == [GOOD[0]]
    assert {os.path.basename(r.location) for r in items if isinstance(r, Reject)} == {"x.txt", "y.txt"}


def test_fifo_in_a_directory_is_rejected_not_waited_on(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD[0])
    os.mkfifo(tmp_path / "b.txt")
    items = list(iter_documents([str(tmp_path)]))
    assert [i.text for i in items if not isinstance(i, Reject)] == [GOOD[0]]
    assert [i.reason for i in items if isinstance(i, Reject)] == ["not a regular file (a FIFO, device or socket), skipped"]


def test_fifo_named_alone_with_no_writer_gives_up(tmp_path, monkeypatch):
    monkeypatch.setattr(dispatch, "IDLE_SECONDS", 0.3)
    os.mkfifo(tmp_path / "in.txt")
    start = time.monotonic()
    (item,) = iter_documents([str(tmp_path / "in.txt")])
    assert isinstance(item, Reject) and "no data" in item.reason
    assert time.monotonic() - start < 5


def test_fifo_named_alone_with_a_writer_is_read(tmp_path):
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"sleep 0.3; printf '%s\\n' '{json.dumps({'text': GOOD[0]})}' > '{fifo}'"])
    try:
        items = list(iter_documents([str(fifo)]))
    finally:
        writer.wait(timeout=10)
    assert [i.text for i in items] == [GOOD[0]]


def test_dev_zero_as_a_file_is_bounded():
    (item,) = iter_documents(["/dev/zero"])
    assert isinstance(item, Reject) and "too large" in item.reason


@pytest.mark.parametrize("cmd", [["read", "-", "--format", "json"], ["ingest", "-", "-q"]])
def test_dev_zero_on_stdin_is_bounded(tmp_path, cmd):
    with open("/dev/zero", "rb") as zero:
        p = subprocess.run([*CLI, *cmd, *(["--db", str(tmp_path / "z.db")] if cmd[0] == "ingest" else [])],
                           stdin=zero, capture_output=True, text=True, timeout=120)
    out = p.stdout + p.stderr
    assert p.returncode != 0
    assert "too large" in out and "Traceback" not in out and "MemoryError" not in out


def test_a_huge_jsonl_line_is_one_reject_and_the_next_line_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(dispatch, "MAX_BYTES", 1000)
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": GOOD[1]}) + "\n")
    items = list(iter_documents([str(tmp_path / "d.jsonl")]))
    assert isinstance(items[0], Reject) and items[0].location.endswith("d.jsonl:1") and "too large" in items[0].reason
    assert items[1].text == GOOD[1]


def test_decomposed_text_reads_like_composed_with_offsets_into_the_original(pipeline):
    import unicodedata

    from faultlines.read import document_from_text

    nfc = ("Turkish President Recep Tayyip Erdoğan said Ankara would strike the YPG near Afrin.\n"
           "The Syrian Democratic Forces, armed by Washington, vowed to hold Manbij and Kobanê.")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    a = pipeline.extract(document_from_text(nfc, guess_title=False))
    b = next(pipeline.extract_many([document_from_text(nfd, guess_title=False)]))
    assert b.text == nfd and a.document.id == b.document.id
    assert {x.name for x in b.actors} == {x.name for x in a.actors}
    assert "Recep Tayyip Erdogan" in {x.name for x in b.actors}
    assert {x.name for x in b.places} == {x.name for x in a.places}
    assert [(e.type, e.source, e.target) for e in b.events] == [(e.type, e.source, e.target) for e in a.events]
    spans = [m for x in (*b.actors, *b.places) for m in x.mentions] + [*b.events, *b.quotes, *b.counts]
    assert spans and all(b.text[s.start:s.end] == s.text for s in spans)
    assert any(unicodedata.normalize("NFC", m.text) == "Recep Tayyip Erdoğan" and m.text != "Recep Tayyip Erdoğan"
               for x in b.actors for m in x.mentions)
    assert all(0 <= s.start < s.end <= len(b.text) for s in b.segments)


def test_a_long_document_is_parsed_in_pieces_with_the_same_offsets(pipeline):
    from faultlines.longdocs import parse_long, pieces

    text = " ".join(f"Turkish jets struck YPG positions near Afrin on day {i}, killing {i + 3} fighters."
                    for i in range(60))
    parts = pieces(text, 600)
    assert "".join(parts) == text and len(parts) > 5 and all(len(p) <= 600 for p in parts)
    assert all(p.rstrip().endswith(".") for p in parts[:-1])  # cut after sentence ends
    assert "".join(pieces("x" * 2000, 600)) == "x" * 2000  # no space at all: hard cuts, nothing lost
    whole, cut = pipeline.nlp(text), parse_long(pipeline.nlp, text, 600)
    assert cut.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in cut.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert [t.idx for t in cut] == [t.idx for t in whole]
