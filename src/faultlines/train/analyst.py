"""The pooled analyst sets as a reproducible bench: labels in analyst_rows.tsv, texts rebuilt from ../shared.

API (shared with the learner): ``documents(shared_root) -> list[AnalystDoc]`` and ``sentence_spans(text)``; the
party matcher and the row classer are in ``analyst_match``.
The repo keeps no text of ../shared: a document is rebuilt from its corpus and checked against a SHA-1.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS = HERE / "analyst_rows.tsv"
DOCS = HERE / "analyst_docs.tsv"
SHARED = Path(__file__).resolve().parents[4] / "shared"

# The analysts' sentence splitter (their tools/sents.py): gold sentence numbers count these spans from 1.
_SPLIT = re.compile(r'(?<=[.!?])["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n|(?<=\S)\n(?=\S)')
_ABBR = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Gen|Sgt|Lt|Col|Jr|St|Engr|U\.S|N\.M|Md|No|vs|Inc|Ltd|Mt|Gov"
                   r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ft|Ave|Corp|Co)\.$")
_INITIAL = re.compile(r"\b[A-Z]\.$")


@dataclass(frozen=True)
class AnalystRow:
    """One gold statement: where it is (sentence number, SHA-1 of that sentence) and what the analyst coded."""

    set: str
    row: str
    doc: str
    sent: int
    sent_sha1: str
    type: str
    source: str
    target: str
    polarity: str
    voice: str
    accepted: str
    hand_judge: str = ""
    hand_rules: str = ""
    family: str = ""


@dataclass(frozen=True)
class AnalystDoc:
    """A rebuilt document: its set, short name, corpus key, the exact text the analysts fed the tool, its rows."""

    set: str
    doc: str
    corpus: str
    key: str
    text: str
    rows: tuple[AnalystRow, ...]

    @property
    def name(self) -> str:
        return f"{self.set}_{self.doc}"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in the analysts' numbering (span i is sentence i + 1)."""
    spans, start = [], 0
    for m in _SPLIT.finditer(text):
        before = text[start:m.start()].rstrip()
        if _ABBR.search(before) or _INITIAL.search(before):
            continue
        g = m.group(0)
        spans.append((start, m.start() + len(g) - len(g.lstrip('"”’)'))))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentence_of(spans: list[tuple[int, int]], char: int) -> int:
    """The 1-based sentence number holding a character offset (0 when none does)."""
    return next((i for i, (a, b) in enumerate(spans, 1) if a <= char < b), 0)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ labels
def load_rows(path: Path = ROWS) -> list[AnalystRow]:
    with path.open(encoding="utf-8") as f:
        return [_row(r) for r in csv.DictReader(f, delimiter="\t")]


def _row(r: dict[str, str]) -> AnalystRow:
    return AnalystRow(set=r["set"], row=r["row"], doc=r["doc"], sent=int(r["sent"]), sent_sha1=r["sent_sha1"],
                      type=r["type"], source=r["source"], target=r["target"], polarity=r["polarity"],
                      voice=r["voice"], accepted=r["accepted"], hand_judge=r.get("hand_judge", ""),
                      hand_rules=r.get("hand_rules", ""), family=r.get("family", ""))


def load_doc_specs(path: Path = DOCS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


# ------------------------------------------------------------------ text builder
def _gwn_texts(shared: Path, files: set[str], *, titled: bool = False) -> dict[str, str]:
    """GeoWebNews article texts by file number; ``titled``: the title, a blank line, then the text."""
    root = ET.parse(shared / "data" / "geowebnews" / "GWN.xml").getroot()
    return {a.get("file", ""): (f"{a.findtext('title') or ''}\n\n" if titled else "") + (a.findtext("text") or "")
            for a in root.findall("article") if a.get("file") in files}


def _cut(text: str, cut: int) -> str:
    """``text`` up to the end of sentence ``cut`` (all of it when 0 or past its end)."""
    spans = sentence_spans(text)
    return text[:spans[cut - 1][1]].rstrip() + "\n" if cut and len(spans) > cut else text


def _gun_texts(shared: Path, ids: set[str]) -> dict[str, str]:
    out = {}
    with (shared / "data" / "gun_incidents" / "documents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if any(k in line for k in ids):
                d = json.loads(line)
                if d["id"] in ids:
                    out[d["id"]] = d["title"] + "\n\n" + d["text"]
    return out


def _m2e2_sentences(shared: Path, ids: set[str]) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = {}
    path = shared / "data" / "events_train" / "m2e2" / "m2e2_sentences_plover.jsonl"
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["doc_id"] in ids:
                out.setdefault(d["doc_id"], {})[int(d["id"].rsplit("_", 1)[1])] = d["text"]
    return out


def base_texts(shared: Path, specs: list[dict[str, str]]) -> dict[str, str]:
    """Each document's text before its edits: the GeoWebNews article (``gwn_titled``: its title, a blank line, the
    text, cut after sentence ``cut``), the gun report (title, blank line, text) cut after sentence ``cut``, or the M2E2
    sentences _0.._cut joined by blank lines."""
    want: dict[str, set[str]] = {"gwn": set(), "gwn_titled": set(), "gun": set(), "m2e2": set()}
    for s in specs:
        want[s["corpus"]].add(s["key"])
    gwn = _gwn_texts(shared, want["gwn"]) if want["gwn"] else {}
    titled = _gwn_texts(shared, want["gwn_titled"], titled=True) if want["gwn_titled"] else {}
    gun = _gun_texts(shared, want["gun"]) if want["gun"] else {}
    m2e2 = _m2e2_sentences(shared, want["m2e2"]) if want["m2e2"] else {}
    out = {}
    for s in specs:
        name, key, cut = f"{s['set']}_{s['doc']}", s["key"], int(s["cut"] or 0)
        if s["corpus"] == "gwn" and key in gwn:
            out[name] = gwn[key]
        elif s["corpus"] == "gwn_titled" and key in titled:
            out[name] = _cut(titled[key], cut)
        elif s["corpus"] == "gun" and key in gun:
            out[name] = _cut(gun[key], cut)
        elif s["corpus"] == "m2e2" and key in m2e2:
            sents = m2e2[key]
            out[name] = "\n\n".join(sents[n] for n in sorted(sents) if not cut or n <= cut)
    return out


def apply_edits(text: str, edits: list[list[int | str]]) -> str:
    """Apply [start, end, insert] edits (offsets into the unedited text, in order)."""
    parts, pos = [], 0
    for start, end, insert in edits:
        parts += [text[pos:int(start)], str(insert)]
        pos = int(end)
    return "".join(parts) + text[pos:]


def edits_between(base: str, target: str) -> list[list[int | str]]:
    """The [start, end, insert] edits turning ``base`` into ``target`` (whitespace and punctuation only, in practice)."""
    import difflib
    sm = difflib.SequenceMatcher(None, base, target, autojunk=False)
    return [[i1, i2, target[j1:j2]] for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]


def documents(shared_root: Path | str = SHARED, *, sets: set[str] | None = None, skipped: list[str] | None = None,
              docs_file: Path = DOCS, rows_file: Path = ROWS) -> list[AnalystDoc]:
    """Every pooled document rebuilt from ``shared_root`` whose text matches its SHA-1, with its gold rows.
    A document that cannot be rebuilt exactly is left out and its name appended to ``skipped``."""
    shared = Path(shared_root)
    specs = [s for s in load_doc_specs(docs_file) if sets is None or s["set"] in sets]
    rows: dict[str, list[AnalystRow]] = {}
    for r in load_rows(rows_file):
        rows.setdefault(f"{r.set}_{r.doc}", []).append(r)
    bases = base_texts(shared, specs) if (shared / "data").is_dir() else {}
    out = []
    for s in specs:
        name = f"{s['set']}_{s['doc']}"
        base = bases.get(name)
        text = apply_edits(base, json.loads(s["edits"])) if base is not None else None
        if text is None or sha1(text) != s["sha1"] or not _rows_fit(text, rows.get(name, [])):
            if skipped is not None:
                skipped.append(name)
            continue
        out.append(AnalystDoc(s["set"], s["doc"], s["corpus"], s["key"], text, tuple(rows.get(name, []))))
    return out


def _rows_fit(text: str, rows: list[AnalystRow]) -> bool:
    """Every row's sentence exists and has the text the analyst numbered (by SHA-1)."""
    spans = sentence_spans(text)
    return all(0 < r.sent <= len(spans) and sha1(text[spans[r.sent - 1][0]:spans[r.sent - 1][1]].strip()) == r.sent_sha1
               for r in rows)


def iter_rows_by_doc(docs: list[AnalystDoc]) -> Iterator[tuple[AnalystDoc, AnalystRow]]:
    for d in docs:
        for r in d.rows:
            yield d, r
