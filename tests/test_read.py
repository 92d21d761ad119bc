"""Readers: text, HTML, JSON Lines, directories, stdin — and one-line rejects for bad input."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.read import ReadError, Reject, doc_id, document_from_text, iter_documents, read_one


def test_text_file_title_and_id(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Rebels seize town\nRebels seized the town on Monday.\n", encoding="utf-8")
    [doc] = read_one(str(p))
    assert doc.title == "Rebels seize town"
    assert doc.id == doc_id(doc.text) and len(doc.id) == 20
    assert doc.origin == str(p)


def test_other_encoding_is_detected(tmp_path):
    p = tmp_path / "latin.txt"
    text = "Le général a déclaré que les forces armées se retireraient de la région après l'accord signé à Genève."
    p.write_bytes(text.encode("cp1252"))
    [doc] = read_one(str(p))
    assert "général" in doc.text and "Genève" in doc.text


def test_html_main_text_metadata_and_blockquote(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><head><title>Strikes | News</title>"
                 "<meta property='article:published_time' content='2018-03-04'></head><body><article>"
                 "<h1>Strikes near Afrin</h1><p>Turkish jets struck positions near Afrin on Sunday, the ministry "
                 "said in a statement that was carried by state media.</p><blockquote><p>We hit only "
                 "terrorist targets, the ministry said.</p></blockquote></article></body></html>")
    [doc] = read_one(str(p))
    assert doc.title == "Strikes near Afrin"
    assert doc.published == "2018-03-04"
    assert "Turkish jets struck" in doc.text and "<p>" not in doc.text
    kinds = [h[0] for h in doc.hints]
    assert "excerpt" in kinds
    ex = next(h for h in doc.hints if h[0] == "excerpt")
    assert doc.text[ex[1]:ex[2]].startswith("We hit only")


def test_jsonl_fields_and_bad_lines(tmp_path):
    p = tmp_path / "c.jsonl"
    lines = [json.dumps({"text": "Iran armed the militias.", "id": "x1", "title": "T1", "published": "2017-01-02",
                         "source": "Wire", "url": "http://e/1"}),
             "{not json",
             json.dumps({"title": "no text"}),
             "",
             json.dumps({"text": "Second story about the army."})]
    p.write_text("\n".join(lines) + "\n")
    items = list(iter_documents([str(p)]))
    docs = [i for i in items if not isinstance(i, Reject)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [d.text for d in docs] == ["Iran armed the militias.", "Second story about the army."]
    assert docs[0].title == "T1" and docs[0].published == "2017-01-02" and docs[0].source == "Wire"
    assert {r.location for r in rejects} == {f"{p}:2", f"{p}:3"}
    assert "invalid JSON" in rejects[0].reason
    with pytest.raises(ReadError, match=":2: invalid JSON"):
        read_one(str(p))


def test_jsonl_gz(tmp_path):
    p = tmp_path / "c.jsonl.gz"
    with gzip.open(p, "wt") as fh:
        fh.write(json.dumps({"text": "The army shelled the town."}) + "\n")
    [doc] = read_one(str(p))
    assert doc.text == "The army shelled the town."


def test_directory_reads_supported_files_only(tmp_path):
    (tmp_path / "a.txt").write_text("One story.\nText here.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Another story.\nMore text.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = list(iter_documents([str(tmp_path)]))
    docs = [d for d in items if not isinstance(d, Reject)]
    assert sorted(d.text.split("\n")[0] for d in docs) == ["Another story.", "One story."]
    assert [(r.location, r.reason.split(",")[0]) for r in items if isinstance(r, Reject)] == \
        [(str(tmp_path / "image.png"), "unsupported file type")]  # reported, not skipped silently


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "no such file"),
    (lambda p: p.write_bytes(b"\x00\x01\x02binary\x00" * 50), "binary"),
    (lambda p: p.write_text("   \n\n"), "empty"),
])
def test_bad_single_inputs_raise_one_line(tmp_path, setup, message):
    p = tmp_path / "bad.txt"
    setup(p)
    with pytest.raises(ReadError) as e:
        read_one(str(p))
    assert message in str(e.value) and "\n" not in str(e.value)


def test_empty_directory_is_rejected(tmp_path):
    with pytest.raises(ReadError, match="no readable files"):
        read_one(str(tmp_path))


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_document_from_any_text_keeps_text_or_rejects_empty(text):
    if not text.strip():
        with pytest.raises(ReadError):
            document_from_text(text)
        return
    doc = document_from_text(text)
    assert doc.text == text
    assert doc.id == doc_id(text)
    assert doc.title is None or doc.title in text


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_or_rejected_never_crash(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("b") / "x.txt"
    p.write_bytes(data)
    items = list(iter_documents([str(p)]))
    assert len(items) == 1
    assert isinstance(items[0], Reject) or items[0].text.strip()


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(ReadError, match="too large"):
        read_one(str(p))


def test_malformed_html_still_reads(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><p>The army <b>shelled <div>the town on Monday, officials said, as fighting "
                 "spread to the <i>northern suburbs</p></span></table> near the river.")
    [doc] = read_one(str(p))
    assert "shelled" in doc.text and "<" not in doc.text


def test_stdin_jsonl_reports_real_line_numbers(monkeypatch):
    import io

    data = b'{"text": "The army shelled the town."}\n\n{oops\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(iter_documents(["-"]))
    assert items[0].text == "The army shelled the town."
    assert isinstance(items[1], Reject) and items[1].location == "<stdin>:3"
