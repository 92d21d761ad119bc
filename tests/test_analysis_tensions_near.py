"""Blowback and designated partners look up, once per (side, recipient), the attacks and listings whose actor is
related to the recipient; the tensions are the same as testing every one of them for every aid."""

from __future__ import annotations

import random

import pytest

from faultlines.analysis import tensions
from faultlines.analysis.relations import ActorInfo, Hierarchy, Relation
from faultlines.values.dates import Span

TYPES = ["AID", "SUPPORT", "ASSAULT", "COERCE", "SANCTION", "AID", "ASSAULT"]


class _EveryTime(tensions._Related):  # the old way: the relation test for every aid and every item
    def of(self, side, recipient):
        return [x for x in self.by_side.get(side, []) if self.h.related(self.actor(x), recipient)]


def _world(seed: int) -> tuple[list[Relation], Hierarchy]:
    rng = random.Random(seed)
    h = Hierarchy()
    for s in range(4):
        h.add(ActorInfo(f"S{s}", f"State {s}", "state", f"C{s}"))
        h.add(ActorInfo(f"S{s}.mil", f"Army {s}", "military", f"C{s}", f"S{s}"))
    for g in range(6):
        h.add(ActorInfo(f"g{g}", f"Group {g}", "armed_group", None, f"g{g - 1}" if g % 2 else None))
    actors = list(h.actors)
    out = []
    for i in range(400):
        s, t = rng.sample(actors, 2)
        typ = rng.choice(TYPES)
        year = rng.randint(2010, 2016)
        span = Span(f"{year}-01-01", f"{year + rng.randint(0, 2)}-12-31") if rng.random() < 0.8 else Span()
        out.append(Relation(f"d{i % 90}", f"e{i}", typ, s, t, 1 if typ in ("AID", "SUPPORT") else -1, "asserted",
                            rng.choice(["author", "quoted"]), None, span, f"{s} {typ} {t}"))
    return out, h


@pytest.mark.parametrize("seed", range(6))
def test_the_same_tensions_as_testing_every_item_for_every_aid(seed, monkeypatch):
    relations, h = _world(seed)
    kinds = ("blowback", "designated_partner")
    found = tensions.find_tensions(relations, h, kinds=kinds)
    assert {t.kind for t in found} == set(kinds)
    monkeypatch.setattr(tensions, "_Related", _EveryTime)
    assert tensions.find_tensions(relations, h, kinds=kinds) == found
