"""serve's warm-up builds the default network, and the networks focused on the busiest actors, before any visit."""

from __future__ import annotations

from pathlib import Path

from faultlines.web.app import WARM_FOCUS, _warm
from faultlines.web.db import Reader
from faultlines.web.network import View, involving, network

from .web_fixtures import build_store, desk_facts


def _boom() -> object:
    raise AssertionError("not built by the warm-up")


def test_warm_builds_the_busiest_actors_focused_networks(tmp_path: Path) -> None:
    reader = Reader(build_store(tmp_path / "w.db", *desk_facts()))
    _warm(reader)
    by_actor = involving(reader)
    busiest = sorted(by_actor, key=lambda a: (-len(by_actor[a]), a))[:WARM_FOCUS]
    assert busiest
    for a in busiest:
        f = View(actors=(a,))
        kept = reader.cached(("network-view", f), _boom)  # already there: `_boom` is never called
        assert kept == network(Reader(reader.path), f)  # and the same as a fresh build
    assert reader.cached(("network-view", View()), _boom)["edges"]
