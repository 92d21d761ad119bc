"""A place's events newest first, read by key (dated through `events_place_date`, undated through their
articles), in exactly the order of one query over all of the place's events."""

from __future__ import annotations

import random
from pathlib import Path

from faultlines.records import Document, Event, Facts, Place
from faultlines.store import Store, views

WELL = Place("geonames:4242", "Dry Well", 31.0, 35.0, "JO", 4242)
HILL = Place("geonames:4243", "Stone Hill", 31.5, 35.5, "JO", 4243)
DATES = [None, "2015", "2015-06", "2015-06-02", "2016-01-01", "2014-2018", "2016/..", "2016"]
PUBLISHED = [None, "2015-06-02", "2016-01-01", "2017-03-09", "2016"]
SPEC = ("SELECT e.doc_id, e.id FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.place = ? "
        "ORDER BY COALESCE(e.date, d.published) DESC, e.rowid LIMIT ?")


def _store(path: Path) -> Path:
    rng = random.Random(5)
    text = "The caravan was stopped at the well and the guards fired on the hill."
    with Store(path) as s:
        for d in range(60):
            events = tuple(Event(f"e{k}", rng.choice(["ASSAULT", "COERCE", "AID"]), "guards", "caravan", 0, len(text),
                                 text, place=rng.choice([WELL.id, HILL.id, None]), date=rng.choice(DATES))
                           for k in range(rng.randint(1, 6)))
            s.add(Facts(document=Document(f"doc-{d:02d}", text + f" ({d})", published=rng.choice(PUBLISHED)),
                        events=events, places=(WELL, HILL)))
    return path


def test_place_events_come_in_the_order_of_one_query_over_the_place(tmp_path: Path) -> None:
    with Store(_store(tmp_path / "p.db")) as s:
        for place in (WELL.id, HILL.id, "geonames:0"):
            every = [tuple(r) for r in s.conn.execute(SPEC, (place, 10_000))]
            assert place == "geonames:0" or len(every) > 40
            for limit in (1, 7, 40, 10_000):
                got = views.place_events(s.conn, place, limit=limit)
                assert [(r["doc_id"], r["id"]) for r in got] == every[:limit], (place, limit)
                assert all(set(r) == set(views.PlaceEvent.__annotations__) for r in got)
        plan = " ".join(str(tuple(r)) for r in s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM events WHERE place = ? AND date IS NOT NULL ORDER BY date DESC", ("x",)))
        assert "events_place_date" in plan


def test_conditions_drop_only_the_events_they_name_and_keep_the_order(tmp_path: Path) -> None:
    rng = random.Random(8)
    text = "The guards fired on the caravan; the caravan's escort answered and the guards withdrew."
    with Store(tmp_path / "c.db") as s:
        for d in range(40):
            events = tuple(Event(f"e{k}", rng.choice(["ASSAULT", "COERCE", "AID"]),
                                 *rng.choice([("guards", "caravan"), ("caravan", "guards"), ("guards", None),
                                              ("guards", "guards"), (None, "caravan")]), 0, len(text), text,
                                 place=WELL.id, date=rng.choice(DATES), polarity=rng.choice(["asserted", "negated"]))
                           for k in range(rng.randint(1, 6)))
            s.add(Facts(document=Document(f"doc-{d:02d}", text + f" ({d})", published=rng.choice(PUBLISHED)),
                        events=events, places=(WELL,)))
        every = views.place_events(s.conn, WELL.id, limit=10_000)
        cases = [dict(relations=True), dict(polarities={"negated"}), dict(types={"AID", "COERCE"}, relations=True),
                 dict(voices={"author"}, polarities={"asserted"}), dict(voices={"quoted"})]
        sizes = set()
        for case in cases:
            expected = [r for r in every
                        if (not case.get("relations") or r["source"] and r["target"] and r["source"] != r["target"])
                        and r["voice_kind"] in case.get("voices", {r["voice_kind"]})
                        and r["polarity"] in case.get("polarities", {r["polarity"]})
                        and r["type"] in case.get("types", {r["type"]})]
            sizes.add(len(expected))
            for limit in (1, 9, 10_000):
                assert views.place_events(s.conn, WELL.id, limit=limit, **case) == expected[:limit], (case, limit)
        assert len(sizes) == len(cases) and 0 in sizes and max(sizes) > 40  # no quoted voice: an empty answer
