"""The open candidates' threshold, chosen out of fold for precision on the wire sets, and its report."""

from __future__ import annotations

from collections import Counter

import numpy as np

from ..events.judge import NONE

WIRE = frozenset({"open-conflibert", "open-gsr", "open-m2e2", "open-rams"})
OFF = 2.0  # a threshold no probability reaches: the open candidates are never kept
MIN_KEPT = 10  # a threshold must keep at least this many candidates out of fold to be trusted
WIRE_FALSE = 0.01  # and keep a wrong one on at most this share of the wire sets' open candidates


def best_types(proba: np.ndarray, classes: list[str]) -> tuple[np.ndarray, list[str]]:
    """Each row's most probable type other than NONE, and its probability."""
    typed = proba.copy()
    typed[:, classes.index(NONE)] = -1.0
    best = typed.argmax(axis=1)
    return typed[np.arange(len(best)), best], [classes[i] for i in best]


def _scores(p: np.ndarray, best: list[str], y: list[str], rows: list[int], t: float) -> tuple[int, int, int]:
    kept = [k for k in rows if p[k] >= t]
    ok = sum(best[k] == y[k] for k in kept)
    return len(kept), ok, sum(y[k] != NONE for k in rows)


def choose_open(proba: np.ndarray, classes: list[str], y: list[str], names: list[str], target: float) -> float:
    """The lowest threshold on the best type's probability whose kept candidates (wire sets and own sentences) are
    typed right at least `target` of the time out of fold, keeping MIN_KEPT or more, and so are the kept wire
    candidates alone, wrong on at most WIRE_FALSE of the wire candidates; OFF when none is."""
    if not len(y):
        print("  open candidates: none labelled; the proposer stays off")
        return OFF
    p, best = best_types(proba, classes)
    rows = [k for k, n in enumerate(names) if n in WIRE or n == "open-handmade"]
    wire = [k for k, n in enumerate(names) if n in WIRE]
    for t in np.arange(0.30, 0.96, 0.05):
        kept, ok, _ = _scores(p, best, y, rows, float(t))
        w_kept, w_ok, _ = _scores(p, best, y, wire, float(t))
        if kept >= MIN_KEPT and ok / kept >= target and w_ok >= target * w_kept \
                and w_kept - w_ok <= WIRE_FALSE * len(wire):
            print(f"  open threshold: best type P >= {t:.2f} (out of fold, wire + own: {ok}/{kept} = {ok / kept:.3f};"
                  f" wire: {w_ok}/{w_kept} of {len(wire)})")
            return float(t)
    print(f"  open threshold: no threshold reaches precision {target:.2f}; the proposer stays off")
    return OFF


def open_report(proba: np.ndarray, classes: list[str], y: list[str], names: list[str], chosen: float) -> None:
    """Out-of-fold kept precision and recall of the open candidates per set, at several thresholds."""
    if not len(y):
        return
    p, best = best_types(proba, classes)
    print(f"  open labels: {dict(Counter(y).most_common())}")
    for name in sorted(set(names)) + ["WIRE"]:
        rows = [k for k, n in enumerate(names) if (n in WIRE if name == "WIRE" else n == name)]
        cells = []
        for t in sorted({0.3, 0.4, 0.5, 0.7, 0.9, min(chosen, 0.99)}):
            kept, ok, pos = _scores(p, best, y, rows, t)
            cells.append(f"@{t:.2f} kept {kept:4} P {ok / max(1, kept):.2f} R {ok / max(1, pos):.2f}")
        print(f"  oof {name:16} n={len(rows):5} pos={sum(y[k] != NONE for k in rows):4}  " + " | ".join(cells))
    chosen_rows = [k for k in range(len(y)) if p[k] >= chosen and names[k] in WIRE]
    pairs = Counter((y[k], best[k]) for k in chosen_rows if y[k] != best[k])
    print("  open kept, wrong (label -> judge): " + ", ".join(f"{g}->{b} {n}" for (g, b), n in pairs.most_common(8)))
