"""Small stores for the web tests: hand-built facts with exact content, plus one real pipeline run."""

from __future__ import annotations

from pathlib import Path

from faultlines.records import (
    Actor,
    Count,
    Document,
    Event,
    Facts,
    Mention,
    Place,
    Quote,
    Segment,
    Tension,
    Voice,
)
from faultlines.store import Store

XSS = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _span(text: str, needle: str, after: int = 0) -> Mention:
    start = text.index(needle, after)
    return Mention(start, start + len(needle), needle)


def blowback_facts() -> Facts:
    """The United States arms a militia that later attacks US troops, and the State Department lists it."""
    title = "Washington's awkward allies"
    s1 = "The United States armed the Hashd militia from 2014 to 2018."
    s2 = "In 2017 the Hashd militia attacked US troops near Mosul, killing 3 soldiers."
    s3 = "The State Department designated the Hashd militia a terrorist organisation."
    comment = f"reader42: I saw this coming {XSS}"
    text = "\n".join([title, s1, s2, s3, "", comment])
    o2, o3, oc = text.index(s2), text.index(s3), text.index(comment)
    us, hashd, state = "united states", "hashd militia", "state department"
    actors = (
        Actor(us, "United States", "state", "USA",
              mentions=(_span(text, "United States"), _span(text, "US troops"))),
        Actor(hashd, "Hashd militia <b>", "armed_group", "IRQ",
              mentions=(_span(text, "Hashd militia"), _span(text, "Hashd militia", o2),
                        _span(text, "Hashd militia", o3))),
        Actor(state, "State Department", "government", "USA", parent=us, mentions=(_span(text, "State Department"),)),
    )
    mosul = Place("geonames:99072", "Mosul", 36.335, 43.11889, "IQ", 99072, mentions=(_span(text, "Mosul"),))
    e1 = Event("e1", "AID", us, hashd, text.index(s1), text.index(s1) + len(s1), s1, mode="military",
               date="2014-2018", sign=1, trigger=_span(text, "armed"), source_mention=_span(text, "United States"),
               target_mention=_span(text, "Hashd militia"))
    e2 = Event("e2", "ASSAULT", hashd, us, o2, o2 + len(s2), s2, place=mosul.id, date="2017", sign=-1,
               trigger=_span(text, "attacked"), source_mention=_span(text, "Hashd militia", o2),
               target_mention=_span(text, "US troops"))
    e3 = Event("e3", "SANCTION", state, hashd, o3, o3 + len(s3), s3, date="2017", sign=-1,
               trigger=_span(text, "designated"), source_mention=_span(text, "State Department"),
               target_mention=_span(text, "Hashd militia", o3))
    e4 = Event("e4", "ACCUSE", "commenter", hashd, oc, oc + len(comment), comment, sign=-1,
               voice=Voice("commenter", "reader42"))
    count = Count("c1", "killed", "soldiers", text.index("3 soldiers"), text.index("3 soldiers") + 10, "3 soldiers",
                  value=3, actor=us, place=mosul.id)
    quote = Quote("q1", XSS, oc, oc + len(comment), speaker=hashd, speaker_name="reader42")
    tension = Tension("t1", "blowback", (us, hashd), "United States aids Hashd militia, which attacked it",
                      ("e1", "e2"), 0.9)
    return Facts(
        document=Document("doc-blowback", text, title=title, published="2017-06-01", source="Test Wire",
                          url="javascript:alert(1)"),
        segments=(Segment("s1", "title", 0, len(title)), Segment("s2", "body", len(title) + 1, oc - 2),
                  Segment("s3", "comment", oc, len(text), author="reader42")),
        actors=actors, events=(e1, e2, e3, e4), quotes=(quote,), counts=(count,), places=(mosul,),
        tensions=(tension,))


def script_facts() -> Facts:
    """A document whose title and text carry markup that must render as text."""
    text = f"Breaking {XSS} the Hashd militia denied everything."
    return Facts(document=Document("doc-script", text, title=f"Title {XSS}", published="2018-01-02"),
                 segments=(Segment("s1", "body", 0, len(text)),))


def build_store(path: Path, *extra: Facts) -> Path:
    with Store(path) as store:
        store.add(blowback_facts())
        store.add(script_facts())
        for f in extra:
            store.add(f)
    return path


def desk_facts() -> tuple[Facts, Facts]:
    """Two more articles for the analyst's desk: one dated, with an address; one with no date at all."""
    us, brigade = "united states", "hezbollah brigade"
    t1 = "The United States sanctioned the Hezbollah Brigade on 1 March 2019, officials said."
    dated = Facts(
        document=Document("doc-desk", t1, title="Sanctions on a brigade", published="2019-03-04",
                          source="Desk Wire", url="https://news.example.org/desk"),
        segments=(Segment("s1", "body", 0, len(t1)),),
        actors=(Actor(us, "United States", "state", "USA", mentions=(_span(t1, "United States"),)),
                Actor(brigade, "Hezbollah Brigade", "armed_group", "IRQ", mentions=(_span(t1, "Hezbollah Brigade"),))),
        events=(Event("e1", "SANCTION", us, brigade, 0, len(t1), t1, date="2019-03-01", sign=-1,
                      trigger=_span(t1, "sanctioned")),))
    t2 = "The Hezbollah Brigade attacked United States forces in Baghdad."
    baghdad = Place("geonames:98182", "Baghdad", 33.34, 44.40, "IQ", 98182, mentions=(_span(t2, "Baghdad"),))
    undated = Facts(
        document=Document("doc-undated", t2, title="An undated report"),
        segments=(Segment("s1", "body", 0, len(t2)),),
        actors=(Actor(brigade, "Hezbollah Brigade", "armed_group", "IRQ", mentions=(_span(t2, "Hezbollah Brigade"),)),
                Actor(us, "United States", "state", "USA", mentions=(_span(t2, "United States"),))),
        places=(baghdad,),
        events=(Event("e1", "ASSAULT", brigade, us, 0, len(t2), t2, place=baghdad.id, sign=-1,
                      trigger=_span(t2, "attacked")),))
    return dated, undated
