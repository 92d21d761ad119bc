"""Factions and the frustration index on signed graphs whose balance is known."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.analysis import factions as fx
from faultlines.analysis import find_factions


def test_balanced_two_camps_have_zero_frustration():
    camp_a, camp_b = ["a1", "a2", "a3"], ["b1", "b2"]
    ties = {(u, v): 1 for c in (camp_a, camp_b) for u, v in combinations(c, 2)}
    ties |= {(u, v): -1 for u in camp_a for v in camp_b}
    f = find_factions(ties)
    assert f.frustration == 0 and f.balance == 1.0 and f.exact
    assert f.blocs == (tuple(camp_a), tuple(camp_b))


@pytest.mark.parametrize(("ties", "index"), [
    ({("a", "b"): -1, ("b", "c"): -1, ("a", "c"): -1}, 1),  # three enemies
    ({("a", "b"): 1, ("b", "c"): 1, ("a", "c"): -1}, 1),  # friend of my friend is my enemy
    ({(u, v): -1 for u, v in combinations("abcd", 2)}, 2),  # K4, all hostile: best split 2+2
    ({(u, v): -1 for u, v in combinations("abcde", 2)}, 4),  # K5, all hostile: best split 2+3
])
def test_frustration_index_of_small_graphs(ties, index):
    assert find_factions(ties).frustration == index


def test_three_blocs_resolve_three_mutual_enemies():
    f = find_factions({("a", "b"): -1, ("b", "c"): -1, ("a", "c"): -1}, max_blocs=3)
    assert f.frustration == 0 and len(f.blocs) == 3


def test_weights_decide_which_tie_to_break():
    ties = {("a", "b"): 5, ("b", "c"): 1, ("a", "c"): -3}
    f = find_factions(ties)
    assert f.frustration == 1 and f.weighted == 1
    assert f.frustrated(ties) == [("b", "c")]


def test_separate_components_are_separate_blocs():
    f = find_factions({("a", "b"): 1, ("c", "d"): -1})
    assert sorted(f.blocs) == [("a", "b"), ("c",), ("d",)] and f.frustration == 0


def test_heuristic_recovers_a_planted_partition_on_a_large_graph(monkeypatch):
    monkeypatch.setattr(fx, "EXACT_LIMIT", 1)  # force the local search
    rng = random.Random(3)
    nodes = [f"n{i}" for i in range(40)]
    camp = {n: i % 2 for i, n in enumerate(nodes)}
    ties = {(u, v): (1 if camp[u] == camp[v] else -1) for u, v in combinations(nodes, 2) if rng.random() < 0.3}
    flipped = list(ties)[:3]
    for k in flipped:
        ties[k] = -ties[k]
    f = find_factions(ties)
    assert not f.exact and f.frustration <= 3
    assert {frozenset(b) for b in f.blocs} == {frozenset(n for n in nodes if camp[n] == c) for c in (0, 1)}


def _brute_index(ties):
    nodes = sorted({a for pair in ties for a in pair})
    best = len(ties)
    for mask in range(1 << max(len(nodes) - 1, 0)):
        side = {n: (mask >> i) & 1 for i, n in enumerate(nodes[1:])} | {nodes[0]: 0}
        best = min(best, sum((w > 0) != (side[u] == side[v]) for (u, v), w in ties.items()))
    return best


signed_graphs = st.dictionaries(
    st.tuples(st.integers(0, 6), st.integers(0, 6)).filter(lambda p: p[0] < p[1]).map(lambda p: (f"n{p[0]}", f"n{p[1]}")),
    st.sampled_from([-2, -1, 1, 2]), min_size=1, max_size=15)


@settings(max_examples=60, deadline=None)
@given(signed_graphs)
def test_exact_search_finds_the_frustration_index(ties):
    f = find_factions(ties)
    assert f.exact and f.frustration == _brute_index(ties) == len(f.frustrated(ties))
    assert sorted(a for b in f.blocs for a in b) == sorted({a for p in ties for a in p})


@settings(max_examples=30, deadline=None)
@given(signed_graphs)
def test_local_search_is_an_upper_bound_and_reports_what_it_leaves(ties):
    old = fx.EXACT_LIMIT
    fx.EXACT_LIMIT = 1
    try:
        f = find_factions(ties)
    finally:
        fx.EXACT_LIMIT = old
    assert f.frustration >= _brute_index(ties) and f.frustration == len(f.frustrated(ties))


def test_two_bloc_relocation_makes_the_moves_the_plain_search_makes() -> None:
    """The O(1) test per actor of `_relocate2` gives the assignment recomputing every cost gives."""
    import random as _random

    from faultlines.analysis import factions as fa

    def plain(assign: list[int], nbrs: list[list[tuple[int, float]]], rng: _random.Random) -> list[int]:
        order, improved = list(range(len(assign))), True
        while improved:
            improved = False
            rng.shuffle(order)
            for a in order:
                other = 1 - assign[a]
                if fa._cost(a, other, assign, nbrs) < fa._cost(a, assign[a], assign, nbrs):
                    assign[a], improved = other, True
        return assign

    g = _random.Random(11)
    moved = 0
    for trial in range(60):
        n = g.randint(2, 120)
        nbrs: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        for _ in range(3 * n):
            u, v = g.randrange(n), g.randrange(n)
            if u != v:
                x = float(g.choice([-1, 1]) * g.choice([1, 2, 3, 7]))
                nbrs[u].append((v, x))
                nbrs[v].append((u, x))
        start = [g.randrange(2) for _ in range(n)]
        want = plain(list(start), nbrs, _random.Random(trial))
        assert fa._relocate(list(start), nbrs, 2, _random.Random(trial)) == want
        moved += want != start
    assert moved > 30
