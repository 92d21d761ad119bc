"""Each actor's mentions and documents kept on write equal a count over `mentions`, and so does the rebuild."""

from __future__ import annotations

from pathlib import Path

from faultlines.records import Actor, Document, Facts, Mention
from faultlines.store import Store, actor_mentions, views

NAMES = {"navy": "Navy", "port": "Port Authority", "union": "Dock Union"}


def _facts(n: int) -> Facts:
    named = list(NAMES)[: 1 + n % 3]
    text = " and ".join(f"the {NAMES[a]}" for a in named) + f" spoke on day {n}; the {NAMES[named[0]]} again."
    actors = []
    for a in named:
        spans = [Mention(i, i + len(NAMES[a]), NAMES[a]) for i in _finds(text, NAMES[a])]
        actors.append(Actor(a, NAMES[a], "other", mentions=tuple(spans)))
    return Facts(document=Document(f"doc-{n}", text), actors=tuple(actors))


def _finds(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def test_kept_counts_equal_the_mentions_and_the_rebuild(tmp_path: Path) -> None:
    with Store(tmp_path / "m.db") as store:
        for n in range(12):
            store.add(_facts(n))
        conn = store.conn
        kept = {a: actor_mentions.counts(conn, a) for a in (*NAMES, "nobody")}
        assert kept == {a: dict(views.mention_count(conn, a)) for a in (*NAMES, "nobody")}
        assert kept["navy"] == {"mentions": 24, "documents": 12}  # first in every document, so named twice
        assert actor_mentions.rebuild(conn) == 3
        assert {a: actor_mentions.counts(conn, a) for a in (*NAMES, "nobody")} == kept
