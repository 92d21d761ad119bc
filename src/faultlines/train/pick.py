"""The judge's thresholds, chosen out of fold: the best precision-weighted F of correctly typed kept candidates
among the settings whose false-event rate on neutral sentences stays under a cap."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..events.judge import NONE

BETA = 0.5  # precision weighs four times recall: a wrong edge costs more than a missed one
FALSE_SHARE = 0.5  # the judge must at least halve the rules' neutral false-event rate (ConfliBERT class 0), out of fold
NEUTRAL_OK = frozenset({NONE, "REQUEST"})  # an appeal is CAMEO's neutral quad, not a false event
RETYPES = (0.2, 0.3, 0.5, 0.7, 1.1)


@dataclass(frozen=True)
class Rows:
    """What the choice needs of each candidate: its own type, label, whether the judge path keeps it whatever the
    verdict (a non-asserted relation between two actors), whether it is asserted, and its neutral text (or None)."""

    cands: list[str]
    y: list[str]
    sticky: list[bool]
    asserted: list[bool]
    neutral: list[str | None]
    n_neutral: int  # every neutral text of the set, with or without a candidate

    def sub(self, ks: list[int]) -> Rows:
        return Rows([self.cands[k] for k in ks], [self.y[k] for k in ks], [self.sticky[k] for k in ks],
                    [self.asserted[k] for k in ks], [self.neutral[k] for k in ks], self.n_neutral)


def flags(feats: list[str]) -> tuple[bool, bool]:
    """(sticky, asserted) of a candidate from its judge features (judge.features names polarity and parties)."""
    asserted = "pol=asserted" in feats
    both = "src=True" in feats and "tgt=True" in feats
    return (both and not asserted), asserted


def verdicts(proba: np.ndarray, classes: list[str], rows: Rows, veto: float, retype: float) -> list[str]:
    """The judge path's outcome for each candidate (as judge.judge_events): NONE, its own type or a better one."""
    none = classes.index(NONE)
    col = {c: i for i, c in enumerate(classes)}
    typed = proba.copy()
    typed[:, none] = -1
    best_i = typed.argmax(axis=1)
    out = []
    for k, cand in enumerate(rows.cands):
        if proba[k, none] >= veto:
            out.append(cand if rows.sticky[k] else NONE)
            continue
        b, mine = classes[best_i[k]], proba[k, col[cand]] if cand in col else 0.0
        out.append(b if b != cand and typed[k, best_i[k]] - mine >= retype else cand)
    return out


def fbeta(final: list[str], y: list[str], beta: float = BETA) -> float:
    """F-beta of correctly typed kept candidates (beta < 1 favours precision)."""
    tp = sum(f != NONE and f == lab for f, lab in zip(final, y, strict=True))
    kept = sum(f != NONE for f in final)
    p, r = tp / max(1, kept), tp / max(1, sum(lab != NONE for lab in y))
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


def false_rate(final: list[str], rows: Rows) -> float:
    """Share of the neutral texts that keep an asserted event other than an appeal (as the held-out bench counts)."""
    false = {t for f, a, t in zip(final, rows.asserted, rows.neutral, strict=True)
             if t is not None and a and f not in NEUTRAL_OK}
    return len(false) / max(1, rows.n_neutral)


def choose(proba: np.ndarray, classes: list[str], rows: Rows, on: list[int], floor: float, *, beta: float = BETA,
           cap: float) -> tuple[float, float]:
    """Veto and retype thresholds with the best out-of-fold F-beta on rows `on` (the wire sets) among those whose
    neutral false-event rate is at most `cap` (the lowest rate when none is); a tie goes to the better F-beta on
    every row, then to the wider retype margin (fewer retypes)."""
    grid = []
    for veto in np.arange(floor, 0.96, 0.05):
        for retype in RETYPES:
            final = verdicts(proba, classes, rows, float(veto), retype)
            grid.append((false_rate(final, rows), round(fbeta([final[k] for k in on], [rows.y[k] for k in on], beta), 6),
                         round(fbeta(final, rows.y, beta), 6), float(veto), retype))
    ok = [g for g in grid if g[0] <= cap] or [g for g in grid if g[0] == min(grid)[0]]
    rate, f, f_all, veto, retype = max(ok, key=lambda g: (g[1], g[2], -g[0], g[4]))
    print(f"  thresholds: veto P(NONE) >= {veto:.2f}, retype margin {retype:.2f} (out-of-fold F{beta:g} {f:.3f} on the "
          f"chosen sets, {f_all:.3f} on all; neutral false events {rate:.3f}, cap {cap:.3f})")
    return veto, retype
