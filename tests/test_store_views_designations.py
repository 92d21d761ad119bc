"""An actor's designations read through its own index rows give the same refs, in the same order, as testing
every SANCTION event of the store (the query they replaced)."""

from __future__ import annotations

import random
from pathlib import Path

from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store, views

SCAN = ("SELECT e.doc_id, e.id FROM events e JOIN documents d ON d.id = e.doc_id "
        "WHERE e.type = 'SANCTION' AND (e.target = ? OR e.source = ?) ORDER BY e.rowid LIMIT 100")
ACTORS = ("ministry", "rebels", "council", "bank", "union")


def _facts(n: int, rng: random.Random) -> Facts:
    sentences, events = [], []
    for k in range(rng.randint(1, 4)):
        s, t = rng.sample(ACTORS, 2)
        etype = rng.choice(["SANCTION", "SANCTION", "ASSAULT", "AID"])
        sentence = f"The {s} acted against the {t} in case {n}-{k}."
        start = sum(len(x) + 1 for x in sentences)
        sentences.append(sentence)
        events.append(Event(f"e{k}", etype, s, t, start, start + len(sentence), sentence, sign=-1))
    text = " ".join(sentences)
    return Facts(document=Document(f"doc-{n}", text, published=f"20{10 + n % 12}-01-01"),
                 actors=tuple(Actor(a, a.title(), "other") for a in ACTORS), events=tuple(events))


def test_designations_by_index_equal_the_scan(tmp_path: Path) -> None:
    rng = random.Random(5)
    with Store(tmp_path / "d.db") as store:
        for n in range(320):
            store.add(_facts(n, rng))
        conn = store.conn
        at_limit = 0
        for a in (*ACTORS, "nobody"):
            expected = [tuple(r) for r in conn.execute(SCAN, (a, a))]
            assert views.designation_refs(conn, a) == expected, a
            at_limit += len(expected) == 100
        assert at_limit >= 2  # the busy actors have more than the 100 kept: the order is tested too


def test_designations_page_by_key_and_count(tmp_path: Path) -> None:
    rng = random.Random(9)
    with Store(tmp_path / "d.db") as store:
        for n in range(200):
            store.add(_facts(n, rng))
        conn = store.conn
        for a in (*ACTORS, "nobody"):
            every = [tuple(r) for r in conn.execute(SCAN.replace("LIMIT 100", ""), (a, a))]
            assert views.designation_count(conn, a) == len(every), a
            paged, after = [], 0
            while page := views.designation_page(conn, a, limit=7, after=after):
                assert len(page) <= 7
                paged.extend((d, e) for _, d, e in page)
                after = page[-1][0]
            assert paged == every, a
