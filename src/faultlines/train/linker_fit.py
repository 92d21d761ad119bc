"""``python -m faultlines.train.linker_fit``: train the pair linker (events/linker.py) from sentences whose source and
target mentions are marked (train/pairs.py: ConfliBERT, PLOVER GSR, M2E2, ACLED; tune splits only).

Every text is read by the rule stages; each ordered pair of actor mentions the linker would score gets its
features. A pair whose source token lies in a marked source span and whose target token in the marked target span
is a LINK (typed when the corpus gives the type); any other pair of the sentence is NONE, except a pair of the same
two actors through other mentions (unlabelled: "it" may be the marked party). Two logistic regressions are fitted
(train/fit.py): LINK against NONE on every pair, and the type on the typed links. Their thresholds are chosen on
5-fold out-of-fold probabilities (folds by text) for a precision target, and both are written next to the judge's
weights as data/event_linker_link.npz and data/event_linker_type.npz.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from ..events.judge import NONE
from ..events.linker import LINK, WEIGHTS, Pair
from ..events.proposer import PAIRS
from ..pipeline import Pipeline
from . import corpora
from .code import cached, code_texts
from .fit import Fitted, fit, save

DATA = Path(__file__).resolve().parents[1] / "data"
CACHE = Path("artifacts") / "linker_pairs.json.gz"
UNKNOWN = "?"  # an analyst pair sharing one party with a gold row: trained as NONE, counted apart when measured
LINK_MIN = 0.7  # a pair is linked when P(link) reaches this (chosen leaving each analyst set out: --loso)
TYPE_MIN = 0.5  # a linked pair's best type must reach this probability


def _inside(tok_start: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= tok_start < span[1]


def label_pairs(pairs: list[Pair], gold: list[tuple[tuple[int, int] | None, tuple[int, int] | None, str | None]]
                ) -> list[tuple[Pair, str | None, str | None]]:
    """Each pair with its link label (LINK, NONE, or None: unlabelled) and its type when a typed LINK."""
    links: dict[int, str | None] = {}
    for k, p in enumerate(pairs):
        for src, tgt, type_ in gold:
            if _inside(p.a.tok.idx, src) and _inside(p.b.tok.idx, tgt):
                links[k] = type_ if links.get(k) is None else links[k]
    linked_actors = {frozenset((pairs[k].a.actor, pairs[k].b.actor)) for k in links}
    mirrors = {(pairs[k].b.tok.i, pairs[k].a.tok.i) for k in links}
    out: list[tuple[Pair, str | None, str | None]] = []
    for k, p in enumerate(pairs):
        if k in links:
            out.append((p, LINK, links[k]))
        elif frozenset((p.a.actor, p.b.actor)) in linked_actors and (p.a.tok.i, p.b.tok.i) not in mirrors:
            out.append((p, None, None))  # the same two actors through other mentions: not a sure NONE
        else:
            out.append((p, NONE, None))  # another pair, or a link read the wrong way round
    return out


def _cols() -> dict[str, list[Any]]:
    return {"X": [], "link": [], "type": [], "group": [], "corpus": [], "set": [], "where": [], "taken": [], "actors": []}


def _add(cols: dict[str, list[Any]], p: Pair, lab: str, type_: str | None, corpus: str, group: str,
         set_: str = "", where: str = "") -> None:
    cols["X"].append(list(p.feats))
    cols["link"].append(lab)
    cols["type"].append(type_)
    cols["group"].append(f"{corpus}:{group}")
    cols["corpus"].append(corpus)
    cols["set"].append(set_)
    cols["where"].append(where)
    cols["taken"].append(p.taken)
    cols["actors"].append(f"{p.a.actor} > {p.b.actor}")


def collect(pipeline: Pipeline, names: tuple[str, ...]) -> dict[str, list[Any]]:
    """The labelled pairs of every example text (features, link label, type, fold group, corpus); the neutral
    ConfliBERT sentences (class 0, no party marked) give pairs that are all NONE."""
    from rich.progress import track

    from .pairs import pair_examples

    by_text: dict[str, list[Any]] = defaultdict(list)
    meta: dict[str, tuple[str, str]] = {}
    for ex in pair_examples(tuple(n for n in names if n != "analyst")):
        by_text[ex.text].append((ex.source, ex.target, ex.type))
        meta.setdefault(ex.text, (ex.corpus, ex.group))
    if "conflibert" in names:
        for r in corpora.conflibert("train"):
            if r["quad"] == 0 and not (r["S"] or r["T"]) and r["text"] not in by_text:
                by_text[r["text"]] = []
                meta[r["text"]] = ("conflibert", r["key"])
    texts = list(by_text)
    cols = _cols()
    for text, coded in track(zip(texts, code_texts(pipeline, texts), strict=True), total=len(texts),
                             description="pairs of the training texts"):
        pairs, _ = coded.ctx.doc.user_data[PAIRS]()
        corpus, group = meta[text]
        gold = by_text[text]
        if gold and not any(src and tgt for src, tgt, _ in gold):
            continue  # one party marked: the corpus says nothing of the other pairs ("police" at a protest)
        for p, lab, type_ in label_pairs(pairs, gold):
            if lab is not None:
                _add(cols, p, lab, type_, corpus, group)
    if "analyst" in names:
        analyst_pairs(pipeline, cols)
    return cols


def analyst_pairs(pipeline: Pipeline, cols: dict[str, list[Any]]) -> None:
    """The pairs of the analysts' pooled documents: a LINK of the row's type when a gold row of the sentence has
    the pair's two parties in this direction (its classer's party matching), NONE when no row of the sentence
    shares either party, else UNKNOWN (trained as NONE, counted apart by --loso)."""
    from dataclasses import asdict

    from rich.progress import track

    from .analyst import sentence_of, sentence_spans
    from .analyst_labels import analyst_records, party_label, rows_by_sentence

    recs = analyst_records(hold=set())
    texts = [r["text"] for r in recs]
    for rec, coded in track(zip(recs, code_texts(pipeline, texts), strict=True), total=len(recs),
                            description="pairs of the analysts' documents"):
        pairs, entry = coded.ctx.doc.user_data[PAIRS]()
        actors = {a.id: asdict(a) for a in coded.actors.actors()}
        spans = sentence_spans(rec["text"])
        by_sent = rows_by_sentence(rec["rows"])
        for p in pairs:
            for aid in (p.a.actor, p.b.actor):
                if aid not in actors and (e := entry(aid)) is not None:
                    actors[aid] = asdict(e)
            sent = sentence_of(spans, p.a.tok.idx)
            ev = {"type": "", "source": p.a.actor, "target": p.b.actor, "polarity": "asserted",
                  "voice": {"kind": "author", "name": None}}
            got = party_label(ev, by_sent.get(sent, []), actors)  # a row's type, NONE, or None (one party shared)
            lab, typed = (LINK, got) if got not in (None, NONE) else (got or UNKNOWN, None)
            _add(cols, p, lab, typed, "analyst", rec["doc"], rec["set"], f"{rec['doc']}:{sent}")


def save_binary(path: Path, fitted: Fitted, minimum: float) -> None:
    """A two-class model in the judge's format (classes NONE, LINK): the NONE column all zero."""
    model = fitted.model
    sign = 1.0 if model.classes_[1] == LINK else -1.0  # scikit-learn's one row of weights is its second class's
    coef = sign * model.coef_.T.astype(np.float32)
    n = len(fitted.vocab)
    zeros = np.zeros_like(coef)
    arrays: dict[str, Any] = {"features": np.array(fitted.vocab), "classes": np.array([NONE, LINK]),
                              "weights": np.hstack([zeros[:n], coef[:n]]),
                              "bias": np.array([0.0, sign * float(model.intercept_[0])], dtype=np.float32),
                              "veto": np.float32(minimum)}
    if fitted.mean is not None and fitted.scale is not None:
        arrays |= {"dense": np.hstack([zeros[n:], coef[n:]]), "mean": fitted.mean.astype(np.float32),
                   "scale": fitted.scale.astype(np.float32)}
    np.savez_compressed(path, **arrays)


def train(cols: dict[str, list[Any]], rows: list[int], args: argparse.Namespace, *, oof: bool
          ) -> tuple[Fitted, Fitted]:
    """The link model on `rows` and the type model on their typed links (final fits; out-of-fold when `oof`)."""
    X = [cols["X"][k] for k in rows]
    y = [LINK if cols["link"][k] == LINK else NONE for k in rows]
    groups = [cols["group"][k] for k in rows]
    w = np.array([args.analyst if cols["corpus"][k] == "analyst" else 1.0 for k in rows])
    link = fit(X, y, groups, w, C=args.C, min_count=args.min_count, final=True, vectors=args.link_vectors, oof=oof)
    typed = [k for k in rows if cols["type"][k]]
    wt = np.array([args.analyst if cols["corpus"][k] == "analyst" else 1.0 for k in typed])
    typer = fit([cols["X"][k] for k in typed], [cols["type"][k] for k in typed], [cols["group"][k] for k in typed],
                wt, C=args.C, min_count=args.min_count, final=True, vectors=args.vectors, oof=oof)
    return link, typer


def loso(cols: dict[str, list[Any]], args: argparse.Namespace) -> None:
    """Leave each analyst set out: train on the rest, score its pairs the rules left unlinked, and print how many
    links would be added at several link thresholds (right: the row's parties and type; wrong type; NONE: no row
    of the sentence has either party; unknown)."""
    sets = sorted({s for s in cols["set"] if s})
    held = [k for k, s in enumerate(cols["set"]) if s]
    p_link = np.zeros(len(cols["X"]))
    best: list[str] = [""] * len(cols["X"])
    p_type = np.zeros(len(cols["X"]))
    for s in sets:
        train_rows = [k for k in range(len(cols["X"])) if cols["set"][k] != s and (args.analyst > 0 or not cols["set"][k])]
        test_rows = [k for k in held if cols["set"][k] == s]
        link, typer = train(cols, train_rows, args, oof=False)
        X = [cols["X"][k] for k in test_rows]
        pl = link.proba(X)[:, list(link.model.classes_).index(LINK)]
        pt = typer.proba(X)
        for j, k in enumerate(test_rows):
            p_link[k] = pl[j]
            best[k] = str(typer.model.classes_[int(pt[j].argmax())])
            p_type[k] = float(pt[j].max())
        print(f"  {s}: {len(test_rows)} unlinked pairs scored", flush=True)
    taken: dict[tuple[str, frozenset[str]], tuple[float, str]] = {}  # the rules' pairs: best P(link), label
    for k in held:
        if cols["taken"][k]:
            key = (cols["where"][k], frozenset(cols["actors"][k].split(" > ")))
            p, lab = taken.get(key, (0.0, NONE))
            taken[key] = (max(p, p_link[k]), LINK if LINK in (lab, cols["link"][k]) else cols["link"][k])
    print("  pairs the rules link, by the linker's P(link) (either way, best mention): LINK / NONE / unknown")
    for lo, hi in ((0, .05), (.05, .1), (.1, .2), (.2, .4), (.4, .7), (.7, 1.01)):
        labs = Counter(lab for p, lab in taken.values() if lo <= p < hi)
        print(f"  [{lo:.2f}, {hi:.2f}): {sum(labs.values()):4d}  {labs[LINK]:4d} / {labs[NONE]:4d} / {labs[UNKNOWN]:4d}")
    test = [k for k in held if not cols["taken"][k]]
    surest: dict[tuple[str, frozenset[str]], int] = {}  # one decision per pair of actors in a sentence, as linked()
    for k in test:
        key = (cols["where"][k], frozenset(cols["actors"][k].split(" > ")))
        if key not in surest or p_link[k] > p_link[surest[key]]:
            surest[key] = k
    test = sorted(surest.values())
    if args.dump:
        with open(args.dump, "w") as fh:
            for k in test:
                if p_link[k] >= 0.5:
                    fh.write(f"{p_link[k]:.3f}\t{best[k]}\t{p_type[k]:.3f}\t{cols['link'][k]}\t{cols['type'][k]}\t"
                             f"{cols['where'][k]}\t{cols['actors'][k]}\t{' '.join(cols['X'][k][:3])}\n")
    print("  link  type   kept  right  wrong-type  none  unknown")
    for at in (0.5, 0.6, 0.7, 0.8, 0.9):
        for tm in (0.4, 0.5, 0.6, 0.7, 0.8):
            kept = [k for k in test if p_link[k] >= at and p_type[k] >= tm]
            right = sum(cols["link"][k] == LINK and cols["type"][k] == best[k] for k in kept)
            wrong = sum(cols["link"][k] == LINK and cols["type"][k] != best[k] for k in kept)
            none = sum(cols["link"][k] == NONE for k in kept)
            unknown = sum(cols["link"][k] == UNKNOWN for k in kept)
            print(f"  {at:4.2f}  {tm:4.2f}  {len(kept):5d} {right:6d} {wrong:11d} {none:5d} {unknown:8d}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default="conflibert,gsr,m2e2,acled,analyst")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--vectors", type=float, default=0.5, help="the type model's word-vector factor")
    ap.add_argument("--link-vectors", type=float, default=0.0, help="the link model's word-vector factor")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--analyst", type=float, default=1.0, help="training weight of the analysts' documents (0: none)")
    ap.add_argument("--link-min", type=float, default=LINK_MIN)
    ap.add_argument("--type-min", type=float, default=TYPE_MIN)
    ap.add_argument("--loso", action="store_true", help="leave each analyst set out and report; write nothing")
    ap.add_argument("--dump", type=Path, help="with --loso: write the held-out pairs scored P(link) >= 0.5 here")
    ap.add_argument("--hold", default="", metavar="SET,SET", help="analyst sets left out of training")
    ap.add_argument("--out", type=Path, default=DATA, help="folder the two weights files are written to")
    ap.add_argument("--reuse", action="store_true", help=f"reuse the pairs cached in {CACHE}")
    args = ap.parse_args()
    if not corpora.available():
        print(f"faultlines.train.linker_fit: no training data at {corpora.TRAIN}")
        return 1
    t0 = time.perf_counter()
    cols = cached(CACHE, args.reuse, lambda: collect(Pipeline(model=False), tuple(args.corpora.split(","))))
    print(f"{len(cols['X'])} pairs, {sum(v == LINK for v in cols['link'])} links, "
          f"{sum(v == UNKNOWN for v in cols['link'])} unknown; "
          f"by corpus {dict(Counter(cols['corpus']))}")
    if args.loso:
        loso(cols, args)
    else:
        hold = set(args.hold.split(",")) - {""}
        rows = [k for k in range(len(cols["X"])) if cols["set"][k] not in hold and (
            args.analyst > 0 or cols["corpus"][k] != "analyst")]
        link, typer = train(cols, rows, args, oof=False)
        args.out.mkdir(parents=True, exist_ok=True)
        base = args.out / WEIGHTS
        save_binary(base.with_name(base.stem + "_link.npz"), link, args.link_min)
        save(base.with_name(base.stem + "_type.npz"), typer, veto=args.type_min)
    print(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
