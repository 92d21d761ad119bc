"""Factions: split a signed graph into blocs that minimise frustration (structural balance).

A tie is frustrated when it is positive between blocs or negative inside one. The frustration
index is the least number of frustrated ties over all splits into two blocs; with `max_blocs=2`
and an exact search that is what `Factions.frustration` reports. Evidence weights break ties.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

EXACT_LIMIT = 1 << 17  # assignments tried exhaustively per connected component


@dataclass(frozen=True)
class Factions:
    blocs: tuple[tuple[str, ...], ...]  # biggest first; actors without signed ties are in no bloc
    frustration: int  # frustrated ties
    weighted: float  # their summed weight
    ties: int  # signed ties considered
    exact: bool  # found by exhaustive search (else local search, an upper bound)

    @property
    def balance(self) -> float:
        """1 for a perfectly balanced graph; the share of ties that are not frustrated."""
        return 1.0 - self.frustration / self.ties if self.ties else 1.0

    def of(self) -> dict[str, int]:
        """Actor -> bloc number."""
        return {a: i for i, bloc in enumerate(self.blocs) for a in bloc}

    def frustrated(self, ties: Mapping[tuple[str, str], float]) -> list[tuple[str, str]]:
        """The ties this split leaves frustrated."""
        of = self.of()
        return [(u, v) for (u, v), w in ties.items()
                if u in of and v in of and w != 0 and (w > 0) != (of[u] == of[v])]


def find_factions(ties: Mapping[tuple[str, str], float], *, max_blocs: int = 2, seed: int = 0) -> Factions:
    """Blocs for a signed graph given as {(u, v): signed weight}; exact for small components."""
    if max_blocs < 1:
        raise ValueError("max_blocs must be at least 1")
    clean = {(u, v): float(w) for (u, v), w in ties.items() if w and u != v}
    comps = _components(clean)
    blocs: list[tuple[int, tuple[str, ...]]] = []
    total_f, total_w, exact = 0, 0.0, True
    for comp in comps:
        idx = {a: i for i, a in enumerate(comp)}
        edges = [(idx[u], idx[v], w) for (u, v), w in clean.items() if u in idx]
        if max_blocs ** (len(comp) - 1) <= EXACT_LIMIT:
            assign = _exact(len(comp), edges, max_blocs)
        else:
            assign = _local_search(len(comp), edges, max_blocs, seed)
            exact = False
        f, w = _score(assign, edges)
        total_f, total_w = total_f + f, total_w + w
        for b in sorted(set(assign)):
            blocs.append((len(comp), tuple(sorted(a for a, i in idx.items() if assign[i] == b))))
    blocs.sort(key=lambda x: (-x[0], -len(x[1]), x[1]))
    return Factions(tuple(b for _, b in blocs), total_f, round(total_w, 6), len(clean), exact)


def _components(ties: Mapping[tuple[str, str], float]) -> list[list[str]]:
    adj: dict[str, set[str]] = {}
    for u, v in ties:
        adj.setdefault(u, set()).add(v)
        adj.setdefault(v, set()).add(u)
    seen: set[str] = set()
    out = []
    for start in sorted(adj):
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            a = stack.pop()
            comp.append(a)
            for b in adj[a] - seen:
                seen.add(b)
                stack.append(b)
        out.append(sorted(comp))
    return out


def _score(assign: list[int], edges: Iterable[tuple[int, int, float]]) -> tuple[int, float]:
    f, w = 0, 0.0
    for u, v, x in edges:
        if (x > 0) != (assign[u] == assign[v]):
            f, w = f + 1, w + abs(x)
    return f, w


def _exact(n: int, edges: list[tuple[int, int, float]], k: int) -> list[int]:
    """Every assignment with node 0 in bloc 0; least frustrated ties, then weight, then fewest blocs."""
    if n == 1:
        return [0]
    codes = np.arange(k ** (n - 1), dtype=np.int64)
    a = np.zeros((codes.size, n), dtype=np.int8)
    for i in range(1, n):
        a[:, i] = codes % k
        codes //= k
    count = np.zeros(a.shape[0], dtype=np.int32)
    weight = np.zeros(a.shape[0])
    for u, v, x in edges:
        bad = (a[:, u] != a[:, v]) if x > 0 else (a[:, u] == a[:, v])
        count += bad
        weight += bad * abs(x)
    used = np.zeros(a.shape[0], dtype=np.int8)
    for b in range(k):
        used += (a == b).any(axis=1)
    best = int(np.lexsort((used, np.round(weight, 9), count))[0])
    return [int(x) for x in a[best]]


def _local_search(n: int, edges: list[tuple[int, int, float]], k: int, seed: int, starts: int = 12) -> list[int]:
    """Relocation search (move one actor to the bloc that frees most ties) from spectral and random starts."""
    nbrs: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for u, v, x in edges:
        nbrs[u].append((v, x))
        nbrs[v].append((u, x))
    rng = random.Random(seed)
    starts = starts if n <= 200 else 3
    inits = [_spectral(n, edges)] + [[rng.randrange(k) for _ in range(n)] for _ in range(starts)]
    best, best_key = inits[0], (float("inf"), float("inf"))
    for assign in inits:
        assign = _relocate(list(assign), nbrs, k, rng)
        f, w = _score(assign, edges)
        if (f, w) < best_key:
            best, best_key = assign, (f, w)
    return best


def _cost(a: int, b: int, assign: list[int], nbrs: list[list[tuple[int, float]]]) -> tuple[int, float]:
    f, w = 0, 0.0
    for v, x in nbrs[a]:
        if (x > 0) != (assign[v] == b):
            f, w = f + 1, w + abs(x)
    return f, w


def _relocate(assign: list[int], nbrs: list[list[tuple[int, float]]], k: int, rng: random.Random) -> list[int]:
    if k == 2 and all(x == int(x) and abs(x) < 1 << 40 for ns in nbrs for _, x in ns):
        return _relocate2(assign, nbrs, rng)
    order = list(range(len(assign)))
    improved = True
    while improved:
        improved = False
        rng.shuffle(order)
        for a in order:
            here = _cost(a, assign[a], assign, nbrs)
            for b in range(k):
                if b != assign[a] and _cost(a, b, assign, nbrs) < here:
                    assign[a], here, improved = b, _cost(a, b, assign, nbrs), True
    return assign


def _relocate2(assign: list[int], nbrs: list[list[tuple[int, float]]], rng: random.Random) -> list[int]:
    """`_relocate` for two blocs, the same moves in the same order. A tie frustrated in one bloc is not in the
    other, so each actor's cost in its bloc is kept up to date as its neighbours move and its cost in the other
    is the rest of its ties: a test is O(1), a move O(ties). Weights must be whole numbers (exact sums)."""
    here_f = [0] * len(assign)
    here_w = [0.0] * len(assign)
    all_f = [len(ns) for ns in nbrs]
    all_w = [0.0] * len(assign)
    for a, ns in enumerate(nbrs):
        for v, x in ns:
            all_w[a] += abs(x)
            if (x > 0) != (assign[v] == assign[a]):
                here_f[a] += 1
                here_w[a] += abs(x)
    order = list(range(len(assign)))
    improved = True
    while improved:
        improved = False
        rng.shuffle(order)
        for a in order:
            f, w = all_f[a] - here_f[a], all_w[a] - here_w[a]
            if (f, w) < (here_f[a], here_w[a]):
                was = assign[a]
                assign[a], here_f[a], here_w[a], improved = 1 - was, f, w, True
                for v, x in nbrs[a]:  # the tie flips for the neighbour too
                    if (x > 0) != (assign[v] == was):
                        here_f[v], here_w[v] = here_f[v] - 1, here_w[v] - abs(x)
                    else:
                        here_f[v], here_w[v] = here_f[v] + 1, here_w[v] + abs(x)
    return assign


def _spectral(n: int, edges: list[tuple[int, int, float]], iterations: int = 200) -> list[int]:
    """Two blocs from the signs of the leading eigenvector of the signed adjacency matrix
    (power iteration on the shifted matrix, sparse: fine for tens of thousands of actors)."""
    u = np.array([e[0] for e in edges])
    v = np.array([e[1] for e in edges])
    s = np.array([1.0 if e[2] > 0 else -1.0 for e in edges])
    shift = float(np.bincount(np.concatenate([u, v]), minlength=n).max()) if edges else 0.0
    x = np.random.default_rng(0).uniform(0.5, 1.5, n)
    for _ in range(iterations):
        y = shift * x
        np.add.at(y, u, s * x[v])
        np.add.at(y, v, s * x[u])
        norm = np.linalg.norm(y)
        if norm == 0:
            break
        x = y / norm
    return [0 if val >= 0 else 1 for val in x]
