"""Direct-quote detection and speaker attribution against PolNeAR (dev split, brat standoff).

Gold direct quotes are the attributions whose Content starts with a quotation mark (one annotator
per article: the first .ann file in name order). A predicted quote is correct when it overlaps a gold
direct Content; its speaker is correct when `speaker_mention` overlaps that attribution's Source.
Strict precision counts every other prediction as wrong; lenient precision leaves out predictions
that fall inside a non-direct (paraphrase) Content, where the corpus marks the attribution but not
the quotation as a unit. Articles are split once and for all by bench/splits.py (dataset "polnear", key: the
text file's stem); tune on ``--split tune``, report ``--split test``.
Usage: python bench/quotes_polnear.py [DATA_DIR] [--limit N] [--split tune|test]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import split_of  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear_dev"
MARKS = ("\u201c", '"')


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False


def _spans(field_: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field_.split(";"))]


def load_gold(ann: Path, text: str) -> list[Gold]:
    """Attributions of one .ann file: Content spans (direct or not) with their Source spans."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            role, _, rest = parts[1].partition(" ")
            spans[parts[0]] = (role, _spans(rest))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for e in events:
        if "Content" not in e or e["Content"] not in spans:
            continue
        content = spans[e["Content"]][1]
        source = spans[e["Source"]][1] if e.get("Source") in spans else []
        first = text[content[0][0]:content[0][1]].lstrip()
        out.append(Gold(content, source, first.startswith(MARKS)))
    return out


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--split", choices=("tune", "test"), help="only this split (bench/splits.py, dataset polnear)")
    args = ap.parse_args()

    from faultlines.pipeline import Pipeline
    from faultlines.read import document_from_text

    texts = sorted(p for p in (args.data / "dev" / "text").glob("*.txt")
                   if not args.split or split_of("polnear", p.stem) == args.split)[: args.limit or None]
    t0 = time.time()
    pipe = Pipeline()
    start = time.time()
    gold_direct = gold_with_source = 0
    pred_n = pred_strict_fp = pred_lenient_fp = pred_tp = 0
    q_recall = 0
    sp_pred = sp_pred_lenient = sp_tp_pred = sp_tp_gold = 0
    docs, golds = [], []
    for path in texts:
        anns = sorted((args.data / "dev" / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        docs.append(document_from_text(text))
        golds.append(load_gold(anns[0], text))
    for facts, gold in zip(pipe.extract_many(docs), golds, strict=True):
        direct = [g for g in gold if g.direct]
        other = [g for g in gold if not g.direct]
        gold_direct += len(direct)
        gold_with_source += sum(1 for g in direct if g.source)
        preds = [([(q.start, q.end)], q) for q in facts.quotes]
        for span, q in preds:
            pred_n += 1
            hit = [g for g in direct if overlaps(span, g.content)]
            has_speaker = q.speaker_mention is not None
            if hit:
                pred_tp += 1
            elif overlaps(span, [c for g in other for c in g.content]):
                pred_strict_fp += 1
                sp_pred += has_speaker
                continue
            else:
                pred_strict_fp += 1
                pred_lenient_fp += 1
            sp_pred += has_speaker
            sp_pred_lenient += has_speaker
            if has_speaker and any(g.source and overlaps([(q.speaker_mention.start, q.speaker_mention.end)], g.source)
                                   for g in hit):
                sp_tp_pred += 1
        for g in direct:
            mine = [q for span, q in preds if overlaps(span, g.content)]
            if mine:
                q_recall += 1
            if g.source and any(q.speaker_mention is not None
                                and overlaps([(q.speaker_mention.start, q.speaker_mention.end)], g.source) for q in mine):
                sp_tp_gold += 1
    elapsed = time.time() - start
    dp, _, _ = prf(pred_tp, pred_tp + pred_lenient_fp, gold_direct)
    dr = q_recall / gold_direct if gold_direct else 0.0
    df = 2 * dp * dr / (dp + dr) if dp + dr else 0.0
    sp_p, _, _ = prf(pred_tp, pred_n, gold_direct)
    print(f"PolNeAR dev ({args.split or 'all'}): {len(docs)} articles, {gold_direct} gold direct quotes ({gold_with_source} with a source), "
          f"{pred_n} predicted quotes; {elapsed:.1f} s extraction (+{start - t0:.1f} s start-up)")
    print(f"direct-quote detection  P {dp:.3f}  R {dr:.3f}  F1 {df:.3f}   (strict P {sp_p:.3f})")
    p = sp_tp_pred / sp_pred_lenient if sp_pred_lenient else 0.0
    r = sp_tp_gold / gold_with_source if gold_with_source else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    p_strict = sp_tp_pred / sp_pred if sp_pred else 0.0
    f1_strict = 2 * p_strict * r / (p_strict + r) if p_strict + r else 0.0
    print(f"speaker attribution     P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   (strict P {p_strict:.3f}, F1 {f1_strict:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
