"""Fusion stays near-linear: 10,000 reports of 4,000 made-up happenings over three years fuse in under a minute
(the issue's bound for a 10,000-document store), and the reports of one happening end up together."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from faultlines.analysis.incidents import Report, fuse

TOWNS = [f"town{i}" for i in range(300)]
VOCABULARY = [f"word{i}" for i in range(20000)]


def reports(n: int, happenings: int, seed: int = 7) -> list[Report]:
    """`n` reports of `happenings` happenings: each happening has a town, a day and names of its own; each
    report of it adds words drawn from a long-tailed vocabulary (common words often, rare ones seldom)."""
    rnd = random.Random(seed)
    first = date(2014, 1, 1)
    out = []
    for i in range(n):
        h = i % happenings
        hr = random.Random(h)
        town, day = hr.choice(TOWNS), first + timedelta(days=hr.randrange(3 * 365))
        names = {f"name{h}a", f"name{h}b", f"street{h}"}
        words = {VOCABULARY[min(int(rnd.paretovariate(0.6)) - 1, len(VOCABULARY) - 1)] for _ in range(25)}
        late = rnd.random() < 0.1
        when = day + timedelta(days=rnd.randrange(30, 200) if late else rnd.randrange(2))
        out.append(Report(
            doc_id=f"doc{i:05d}", type="ASSAULT", mode=None, date=when.isoformat(), dated_by="published",
            place_id=town, place_name=town, lat=None, lon=None, specific=True, sources=(), targets=(), denied=(),
            killed=None, injured=hr.randrange(1, 4), keys=frozenset(names | words | {town}), events=(), guessed=(),
            evidence="", voice="author", outlet=f"outlet{rnd.randrange(50)}", url=None, title=None,
            published=when.isoformat(), recalls=(day.isoformat(),) if late else (), follows=late))
    return out


def test_ten_thousand_reports_fuse_in_under_a_minute():
    rs = reports(10000, 4000)
    t = time.perf_counter()
    fused = fuse(rs)
    took = time.perf_counter() - t
    assert took < 60, took
    of = {r.doc_id: inc.id for inc in fused for r in inc.reports}
    together = sum(1 for i in range(4000, 10000) if of[f"doc{i:05d}"] == of[f"doc{i % 4000:05d}"])
    assert together > 0.9 * 6000, together
    assert 0.95 * 4000 <= len(fused) <= 4000 * 1.05, len(fused)  # few happenings joined or split
