"""Each actor's relations kept on write equal a count over `events` (self-relations, neutral signs, missing ends
included), and so does the rebuild; a store without the table is counted from its events."""

from __future__ import annotations

import random
from pathlib import Path

from faultlines.records import Document, Event, Facts
from faultlines.store import Store, actor_relations, views

ACTORS = ["navy", "port", "union", "guild", None]
TYPES = [("ASSAULT", -1), ("AID", 1), ("CONSULT", 0), ("ACCUSE", 0), ("SUPPORT", 1)]


def _facts(n: int, rng: random.Random) -> Facts:
    text = f"The harbour dispute went on for a day ({n})."
    events = []
    for k in range(rng.randint(1, 7)):
        etype, sign = rng.choice(TYPES)
        events.append(Event(f"e{k}", etype, rng.choice(ACTORS), rng.choice(ACTORS), 0, len(text), text,
                            sign=rng.choice([sign, 0])))
    return Facts(document=Document(f"doc-{n}", text), events=tuple(events))


def _every(conn: object, count: object) -> dict[tuple[str, bool], list[object]]:
    return {(a, out): count(conn, a, outgoing=out) for a in [*filter(None, ACTORS), "nobody"]  # type: ignore[operator]
            for out in (True, False)}


def test_kept_relations_equal_the_events_and_the_rebuild(tmp_path: Path) -> None:
    rng = random.Random(11)
    with Store(tmp_path / "r.db") as store:
        for n in range(40):
            store.add(_facts(n, rng))
        conn = store.conn
        kept = _every(conn, actor_relations.counts)
        assert kept == _every(conn, views.relation_counts)
        assert any(r["other"] == "navy" for r in kept[("navy", True)])  # a self-relation is counted, as before
        assert sum(r["n"] for r in kept[("port", True)]) == conn.execute(
            "SELECT count(*) FROM events WHERE source = 'port' AND target IS NOT NULL").fetchone()[0]
        rows = actor_relations.rebuild(conn)
        assert rows == conn.execute("SELECT count(*) FROM (SELECT DISTINCT source, target, type FROM events "
                                    "WHERE source IS NOT NULL AND target IS NOT NULL)").fetchone()[0]
        assert _every(conn, actor_relations.counts) == kept
        conn.execute("DROP TABLE actor_relations")  # a store that predates it
        assert _every(conn, actor_relations.counts) == kept
