"""A value made from another cached value that was served stale is itself stale: it is made again once the other is
fresh, never kept as current until the next write."""

from __future__ import annotations

import time
from pathlib import Path

from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store
from faultlines.web.db import Reader

ACTORS = (Actor("red", "Red Company", "armed_group"), Actor("blue", "Blue Council", "government"))


def _add(path: Path, n: int) -> None:
    text = f"Red Company raided the Blue Council's depot (item {n})."
    with Store(path) as s:
        s.add(Facts(document=Document(f"doc-{n:02d}", text), actors=ACTORS,
                    events=(Event("e1", "ASSAULT", "red", "blue", 0, 34, text[:34], sign=-1),)))


def test_a_page_made_from_a_stale_value_is_made_again_once_that_value_is_fresh(tmp_path):
    db = tmp_path / "s.db"
    _add(db, 0)
    # a value costing 20 ms or more may be served stale on any store; no background refresh in the test
    r = Reader(db, stale_from=0, sync_cost=0.02, min_refresh=1e6)

    def costly() -> int:
        time.sleep(0.05)
        return r.stamp()[0]

    def inner() -> int:
        return r.cached("inner", costly)

    def page(key: str) -> str:
        return r.cached(("page", key), lambda: f"made from generation {inner()}", page=True)

    first = page("a")
    _add(db, 1)  # the store grows: "inner" is now stale and is handed back as it is
    assert r.stamp()[0] > int(first.rsplit(" ", 1)[1])
    assert page("b") == first  # made now, from the stale inner value
    r._local.fresh_only = True  # what the background refresher does: recompute the stale inner value
    try:
        assert inner() == r.stamp()[0]
    finally:
        r._local.fresh_only = False
    assert page("b") == f"made from generation {r.stamp()[0]}"  # not kept as current: made again from the fresh one
