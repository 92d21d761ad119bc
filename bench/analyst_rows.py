"""The pooled analyst rows as a bench: every gold statement of the blind sets (fresh3 to fresh11) and the labelled sets (lab1 to lab12) classed automatically.

Rebuilds each pooled document from ../shared (src/faultlines/train/analyst.py; labels in analyst_rows.tsv), reads it
with the pipeline on both paths (judge and rules only, one parse), classes every gold row like the analysts did
(first fault: type, source, target, reversed, polarity, voice; accepted alternatives honoured) and counts the
spurious events. These rows are TUNE material: the figures measure memory of them as well as skill.

    .venv/bin/python bench/analyst_rows.py [--sets fresh6,fresh7] [--paths both|model|rules]
        [--outputs [PATH=]DIR ...] [--save DIR] [--rows FILE] [--compare EARLIER_ROWS_FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from faultlines.train.analyst import (
    SHARED,
    AnalystDoc,
    documents,
    load_doc_specs,
    sentence_of,
    sentence_spans,
)
from faultlines.train.analyst_match import CLASSES, RowClass, classify

Outputs = dict[str, dict[str, Any]]  # document name ("fresh7_ukr") -> facts JSON


def read_outputs(folder: Path, docs: list[AnalystDoc]) -> Outputs:
    """Saved facts JSON for each document: <set>_<doc>.json, else <doc>.json (one set's folder)."""
    out = {}
    for d in docs:
        for name in (f"{d.name}.json", f"{d.doc}.json"):
            if (folder / name).is_file():
                out[d.name] = json.JSONDecoder().raw_decode((folder / name).read_text(encoding="utf-8").strip())[0]
                break
    return out


def run_pipeline(docs: list[AnalystDoc], paths: list[str]) -> dict[str, Outputs]:
    """Facts JSON of every document on each path ("model", "rules"), each document parsed once."""
    from rich.console import Console
    from rich.progress import track

    from faultlines.longdocs import parse_one
    from faultlines.pipeline import Pipeline
    from faultlines.read import iter_documents
    from faultlines.read.normalize import nfc_view
    from faultlines.records import Document

    first = Pipeline(model=paths[0] == "model")
    pipes = {paths[0]: first} | {p: Pipeline(model=p == "model", nlp=first.nlp) for p in paths[1:]}
    out: dict[str, Outputs] = {p: {} for p in paths}
    with tempfile.TemporaryDirectory() as tmp:
        for d in track(docs, description="reading the pooled documents", console=Console(stderr=True)):
            path = Path(tmp) / f"{d.name}.txt"
            path.write_text(d.text, encoding="utf-8")
            document = next(x for x in iter_documents([str(path)]) if isinstance(x, Document))
            parsed = parse_one(first.nlp, document.text) if nfc_view(document) is None else None
            for p, pipe in pipes.items():
                facts = pipe.extract(document) if parsed is None else _finish(pipe, document, parsed)
                out[p][d.name] = json.loads(facts.to_json())
    return out


def _finish(pipe: Any, document: Any, parsed: Any) -> Any:
    """One path's facts from a parse (the pipeline's own stages after parsing, as `extract` runs them)."""
    return pipe._finish(document, parsed)


def score(docs: list[AnalystDoc], outputs: Outputs) -> tuple[list[RowClass], dict[str, list[dict[str, Any]]]]:
    classes: list[RowClass] = []
    spurious: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        if d.name not in outputs:
            continue
        cls, sp = classify(d.rows, outputs[d.name])
        classes += cls
        spurious[d.name] = sp
    return classes, spurious


def table(path: str, classes: list[RowClass], spurious: dict[str, list[dict[str, Any]]]) -> str:
    sets = sorted({c.row.set for c in classes})
    head = ["set", "rows", "fully right", *(c for c in CLASSES if c != "fully right"), "spurious"]
    lines = [f"## {path}", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in [*sets, "total"]:
        mine = [c for c in classes if s in ("total", c.row.set)]
        n = Counter(c.cls for c in mine)
        sp = sum(len(v) for k, v in spurious.items() if s == "total" or k.startswith(s + "_"))
        right = f"{n['fully right']} ({n['fully right'] / max(1, len(mine)):.1%})"
        lines.append("| " + " | ".join([s, str(len(mine)), right, *(str(n[c]) for c in CLASSES[1:]), str(sp)]) + " |")
    return "\n".join(lines)


ROW_FIELDS = ("path", "set", "row", "doc", "sent", "class", "event")


def _spurious_line(path: str, name: str, event: dict[str, Any], facts: dict[str, Any]) -> str:
    """A spurious event as a rows-file line, keyed so that runs compare: sentence, type, party names."""
    names = {a["id"]: a["name"] for a in facts.get("actors", [])}
    sent = sentence_of(sentence_spans(facts["text"]), event.get("start", 0))
    parties = f"{names.get(event.get('source') or '')} -> {names.get(event.get('target') or '')}"
    set_, doc = name.split("_", 1)
    return f"{path}\t{set_}\tSPURIOUS\t{doc}\t{sent}\tspurious\t{event['type']} {parties}"


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _read_hand(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return {r["row"]: r["class"] for r in csv.DictReader(f, delimiter="\t")}


def agreement(hand: dict[str, str], lines: list[str], path: str) -> str:
    """How often the automatic class agrees with the hand class: fully right yes/no, and the exact class."""
    auto = {f[2]: f[5] for f in (x.split("\t") for x in lines) if f[2] != "SPURIOUS" and f[2] in hand}
    n = len(auto)
    right = sum((hand[k] == "fully right") == (c == "fully right") for k, c in auto.items())
    same = sum(hand[k] == c for k, c in auto.items())
    off = Counter((hand[k], c) for k, c in auto.items() if hand[k] != c)
    lines_out = [f"## {path} against the hand classes: {n} rows, fully right yes/no {right}/{n} "
                 f"({right / max(1, n):.1%}), same class {same}/{n} ({same / max(1, n):.1%})"]
    lines_out += [f"  {k[0]} by hand, {k[1]} here: {v}" for k, v in off.most_common()]
    return "\n".join(lines_out)


def compare(before: list[dict[str, str]], after: list[dict[str, str]]) -> str:
    """Rows gained (now fully right) and lost (no longer), other class changes counted, spurious events new and
    gone (by document, sentence, type and party names), per path."""
    out = []
    for path in sorted({r["path"] for r in after} & {r["path"] for r in before}):
        old = {(r["set"], r["row"]): r["class"] for r in before if r["path"] == path and r["row"] != "SPURIOUS"}
        new = {(r["set"], r["row"]): r["class"] for r in after if r["path"] == path and r["row"] != "SPURIOUS"}
        key = ("set", "doc", "sent", "event")
        sp_old = Counter(tuple(r[k] for k in key) for r in before if r["path"] == path and r["row"] == "SPURIOUS")
        sp_new = Counter(tuple(r[k] for k in key) for r in after if r["path"] == path and r["row"] == "SPURIOUS")
        both = [k for k in new if k in old]
        gained = [k for k in both if new[k] == "fully right" != old[k]]
        lost = [k for k in both if old[k] == "fully right" != new[k]]
        moved = sum(1 for k in both if old[k] != new[k]) - len(gained) - len(lost)
        out.append(f"## {path}: fully right {sum(old[k] == 'fully right' for k in both)} -> "
                   f"{sum(new[k] == 'fully right' for k in both)} of {len(both)} (+{len(gained)} -{len(lost)}, "
                   f"{moved} other class changes); spurious {sum(sp_old.values())} -> {sum(sp_new.values())}")
        out += [f"  gained {s} {r}: {old[(s, r)]} -> fully right" for s, r in gained]
        out += [f"  lost {s} {r}: fully right -> {new[(s, r)]}" for s, r in lost]
        out += [f"  new spurious {' '.join(k)}" for k in sp_new - sp_old]
        out += [f"  spurious gone {' '.join(k)}" for k in sp_old - sp_new]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="", help="comma-separated sets (fresh3..fresh11 blind, lab1..lab12 labelled tune); default all")
    ap.add_argument("--paths", choices=["both", "model", "rules"], default="both")
    ap.add_argument("--outputs", action="append", default=[], metavar="[PATH=]DIR",
                    help="score saved facts JSON in DIR instead of running (repeat: model=DIR1 --outputs rules=DIR2)")
    ap.add_argument("--save", type=Path, help="write each document's facts JSON here (<path>/<set>_<doc>.json)")
    ap.add_argument("--rows", type=Path, help="write every row's class here (TSV)")
    ap.add_argument("--compare", type=Path, help="an earlier --rows file: list the rows gained and lost, new spurious")
    ap.add_argument("--hand", action="append", default=[], metavar="PATH=CLASSES.tsv",
                    help="an analyst's hand classes (row, class) of the same outputs: print the agreement")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    sets = set(args.sets.split(",")) if args.sets else None
    if not (args.shared / "data").is_dir():
        print(f"no shared data at {args.shared}; nothing to score", file=sys.stderr)
        return 0
    skipped: list[str] = []
    docs = documents(args.shared, sets=sets, skipped=skipped)
    wanted = [s for s in load_doc_specs() if sets is None or s["set"] in sets]
    print(f"{len(docs)} of {len(wanted)} documents rebuilt exactly ({len(skipped)} skipped: "
          f"{', '.join(skipped) or 'none'}); {sum(len(d.rows) for d in docs)} gold rows", file=sys.stderr)
    if args.outputs:
        named = [o.split("=", 1) if "=" in o else ["saved", o] for o in args.outputs]
        runs = {name: read_outputs(Path(folder), docs) for name, folder in named}
    else:
        runs = run_pipeline(docs, ["model", "rules"] if args.paths == "both" else [args.paths])
    rows_out = []
    for path, outputs in runs.items():
        if args.save:
            (args.save / path).mkdir(parents=True, exist_ok=True)
            for name, facts in outputs.items():
                (args.save / path / f"{name}.json").write_text(json.dumps(facts), encoding="utf-8")
        classes, spurious = score(docs, outputs)
        print(table(path, classes, spurious) + "\n")
        rows_out += [f"{path}\t{c.row.set}\t{c.row.row}\t{c.row.doc}\t{c.row.sent}\t{c.cls}\t{c.event}" for c in classes]
        rows_out += [_spurious_line(path, name, e, outputs[name]) for name, evs in spurious.items() for e in evs]
    for spec in args.hand:
        path, tsv = spec.split("=", 1)
        print(agreement(_read_hand(Path(tsv)), [r for r in rows_out if r.startswith(path + "\t")], path))
    if args.compare:
        print(compare(_read_rows(args.compare), [dict(zip(ROW_FIELDS, r.split("\t"), strict=True)) for r in rows_out]))
    if args.rows:
        args.rows.write_text("\t".join(ROW_FIELDS) + "\n" + "\n".join(rows_out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
