"""Readers for the development sets in ../shared/data used to train and test the event judge.

Each reader yields plain dicts with character offsets into the text it returns, and the record's
tune/test split (the same SHA-1 rule as bench/splits.py, so tuning never sees a test record).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"
TRAIN = SHARED / "events_train"
LEGACY = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST", "INVESTIGATE": "ACCUSE"}
Record = dict[str, Any]


def split_of(dataset: str, key: str) -> str:
    """``"test"`` for about 30% of keys; identical to bench/splits.py."""
    digest = hashlib.sha1(f"{dataset}:{key}".encode()).digest()
    return "test" if int.from_bytes(digest[:4], "big") % 100 < 30 else "tune"


def available() -> bool:
    return TRAIN.is_dir()


def align(text: str, tokens: list[str]) -> list[tuple[int, int] | None]:
    """Character span of each token found in order in ``text`` (None where a token is not found)."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for tok in tokens:
        i = text.find(tok, pos)
        if i < 0 or i - pos > 40:
            out.append(None)
            continue
        out.append((i, i + len(tok)))
        pos = i + len(tok)
    return out


def _span(spans: list[tuple[int, int] | None], start: int, end: int) -> tuple[int, int] | None:
    got = [s for s in spans[start:end] if s is not None]
    return (got[0][0], got[-1][1]) if got else None


def gsr(path: Path | None = None) -> Iterator[Record]:
    """PLOVER GSR sentences: one gold event each (legacy labels mapped to the PLOVER 16)."""
    path = path or SHARED / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    for rec in json.loads(path.read_text()):
        if rec.get("event") in (None, "DOCUMENT"):
            continue
        yield {"key": rec["id"], "split": split_of("plover_gsr", rec["id"]),
               "text": rec["text"].strip().strip("{}"), "type": LEGACY.get(rec["event"], rec["event"]),
               "source": rec.get("source"), "target": rec.get("target"), "markup": _markup(rec.get("textInfo"))}


def conflibert(part: str) -> Iterator[Record]:
    """ConfliBERT CAMEO sentences (part "train" or "test"): quad class 0-4 and Source/Target/Reciprocal char spans."""
    base = TRAIN / "conflibert_cameo"
    rows = [line.rsplit("\t", 1) for line in (base / f"cameo_class_{part}.tsv").read_text().splitlines() if line]
    blocks: dict[str, list[list[str]]] = {}
    for block in (base / f"cameo_ner_{part}.txt").read_text().strip().split("\n\n"):
        pairs = [ln.rsplit(" ", 1) for ln in block.splitlines() if " " in ln]
        blocks.setdefault(_squash("".join(p[0] for p in pairs)), pairs)
    for i, (text, label) in enumerate(rows):
        pairs = blocks.get(_squash(text), [])  # the NER file holds most sentences, in another order
        spans = align(text, [p[0] for p in pairs])
        roles: dict[str, list[tuple[int, int]]] = {"S": [], "T": [], "R": []}
        for (_tok, tag), sp in zip(pairs, spans, strict=True):
            if sp is None or tag == "O" or tag[2:] not in roles:
                continue
            side = roles[tag[2:]]
            if tag.startswith("I-") and side:
                side[-1] = (side[-1][0], sp[1])
            else:
                side.append(sp)
        yield {"key": f"{part}-{i}", "split": "test" if part == "test" else "tune", "text": text,
               "quad": int(label), "S": roles["S"], "T": roles["T"], "R": roles["R"]}


def m2e2() -> Iterator[Record]:
    """M2E2 VOA sentences with ACE events mapped to PLOVER (``events``: char span, plover, conf, (role, span) args)."""
    with open(TRAIN / "m2e2" / "m2e2_sentences_plover.jsonl") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"]
            spans = align(text, rec["tokens"])
            events = []
            for e in rec["events"]:
                sp = _span(spans, e["trigger"]["start"], e["trigger"]["end"])
                if sp is not None:
                    args = [(a["role"], _span(spans, a["start"], a["end"])) for a in e.get("args", [])]
                    events.append({"span": sp, "plover": e.get("plover") or "", "conf": e.get("plover_conf"),
                                   "ace": e["type"], "args": [(r, s) for r, s in args if s is not None]})
            yield {"key": rec["id"], "doc": rec["doc_id"], "split": split_of("m2e2", rec["doc_id"]),
                   "text": text, "events": events}


def rams() -> Iterator[Record]:
    """RAMS windows cut to the trigger sentence (tokens joined by spaces), one gold event each with its (role, span)
    arguments in that sentence; ``doc`` is the source article (its windows overlap)."""
    with open(TRAIN / "rams" / "rams_devtest_plover.jsonl") as fh:
        for line in fh:
            rec = json.loads(line)
            sents = rec["sentences"]
            offset = sum(len(s.split(" ")) for s in sents[: rec["trigger_sentence_idx"]])
            text = rec["trigger_sentence"]
            toks = text.split(" ")
            starts = [sum(len(t) + 1 for t in toks[:k]) for k in range(len(toks))]
            span = _token_span(starts, toks, rec["trigger"]["start"] - offset, rec["trigger"]["end"] - offset)
            if span is None:
                continue
            args = [(g["role"], _token_span(starts, toks, g["start"] - offset, g["end"] - offset))
                    for g in rec.get("args", []) if g.get("sent_idx") == rec["trigger_sentence_idx"]]
            yield {"key": rec["id"], "doc": rec.get("source_url") or rec["id"], "split": split_of("rams", rec["id"]),
                   "text": text, "span": span, "plover": rec["plover"], "conf": rec["plover_conf"],
                   "aida": rec["type"], "args": [(role, sp) for role, sp in args if sp is not None]}


def _token_span(starts: list[int], toks: list[str], a: int, b: int) -> tuple[int, int] | None:
    return (starts[a], starts[b - 1] + len(toks[b - 1])) if 0 <= a < b <= len(toks) else None


def acled(path: Path | None = None) -> Iterator[Record]:
    """ACLED notes with their human coding."""
    path = path or SHARED / "acled_dev" / "acled_2020-05_dev.csv"
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield {"key": row["event_id_cnty"], "split": split_of("acled", row["event_id_cnty"]),
                   "text": row["notes"], **{k: row[k] for k in (
                       "event_type", "sub_event_type", "actor1", "inter1", "actor2", "iso3", "country")}}


def ngec() -> Iterator[Record]:
    """Synthetic NGEC stories (weak story-level PLOVER labels; training only), disclaimer stripped."""
    base = TRAIN / "ngec_synthetic"
    with zipfile.ZipFile(base / "gpt_synthetic_events_2023-04-06.jsonl.zip") as z:
        for line in io.TextIOWrapper(z.open(z.namelist()[0])):
            rec = json.loads(line.replace("NaN", "null"))
            yield {"text": _strip(rec["text"]), "type": rec["event"], "mode": rec.get("mode")}
    with zipfile.ZipFile(base / "gpt_synthetic_events_2023-10-19_19.csv.zip") as z:
        for row in csv.DictReader(io.TextIOWrapper(z.open(z.namelist()[0]))):
            yield {"text": _strip(row["text"]), "type": row["label"], "mode": row.get("mode") or None}


def _markup(info: Any) -> str:
    """The GSR's tagged copy of the text ("(SRC: X) (EVT: agreed) ..."); one record gives it as a bare string."""
    return (info.get("markup") if isinstance(info, dict) else info) or ""


def _strip(text: str) -> str:
    if text.startswith("###"):
        end = text.find("###", 3)
        text = text[end + 3:] if end > 0 else text
    return text.strip()


def _squash(text: str) -> str:
    return "".join(text.split())[:120]
