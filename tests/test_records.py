"""The facts JSON contract, version 1: every key present, types right, offsets slicing the text."""

from __future__ import annotations

import json

from faultlines.records import ACTOR_KINDS, COUNT_CATEGORIES, PLOVER_TYPES, POLARITIES, SEGMENT_KINDS, Facts

TOP = {"schema", "document", "text", "segments", "actors", "events", "quotes", "counts", "places", "tensions"}
KEYS = {
    "segments": {"id", "kind", "start", "end", "author", "reply_to"},
    "actors": {"id", "name", "kind", "country", "aliases", "parent", "mentions"},
    "events": {"id", "type", "mode", "source", "target", "place", "date", "polarity", "voice", "sign", "start",
               "end", "text"},
    "quotes": {"id", "text", "start", "end", "speaker", "speaker_name", "outlet"},
    "counts": {"id", "value", "low", "high", "approx", "category", "what", "actor", "place", "start", "end", "text"},
    "places": {"id", "name", "lat", "lon", "country", "geonameid", "mentions"},
    "tensions": {"id", "kind", "actors", "summary", "events"},
}


def test_every_key_and_type(article_facts):
    obj = json.loads(article_facts.to_json())
    assert TOP <= obj.keys()
    assert obj["schema"] == "faultlines.facts/1"
    assert {"id", "title", "published", "source"} <= obj["document"].keys()
    assert obj["document"]["title"] in ("An alarming warning from Iraq", "Paying yesterday's enemies")
    for section, keys in KEYS.items():
        assert isinstance(obj[section], list)
        for item in obj[section]:
            missing = keys - item.keys()
            assert not missing, f"{section} item lacks {missing}"
    assert obj["actors"] and obj["segments"] and obj["places"]
    for s in obj["segments"]:
        assert s["kind"] in SEGMENT_KINDS
    for a in obj["actors"]:
        assert a["kind"] in ACTOR_KINDS
        assert a["country"] is None or (len(a["country"]) == 3 and a["country"].isupper())
    for e in obj["events"]:
        assert e["type"] in PLOVER_TYPES and e["polarity"] in POLARITIES and e["sign"] in (1, -1, 0)
        assert e["voice"]["kind"] in ("author", "quoted", "commenter")
    for c in obj["counts"]:
        assert c["category"] in COUNT_CATEGORIES
    for p in obj["places"]:
        assert isinstance(p["lat"], float) and isinstance(p["lon"], float)
        assert p["country"] is None or len(p["country"]) == 2


def test_offsets_slice_the_text(article_facts):
    text = article_facts.text
    for a in article_facts.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text, (a.id, m)
    for p in article_facts.places:
        for m in p.mentions:
            assert text[m.start:m.end] == m.text, (p.id, m)
    for q in article_facts.quotes:
        assert text[q.start:q.end] == q.text
    for c in article_facts.counts:
        assert text[c.start:c.end] == c.text
    for e in article_facts.events:
        assert text[e.start:e.end] == e.text
    for s in article_facts.segments:
        assert 0 <= s.start < s.end <= len(text)


def test_references_point_at_records(article_facts):
    actor_ids = {a.id for a in article_facts.actors}
    place_ids = {p.id for p in article_facts.places}
    for e in article_facts.events:
        assert e.source is None or e.source in actor_ids
        assert e.target is None or e.target in actor_ids
        assert e.place is None or e.place in place_ids
    for q in article_facts.quotes:
        assert q.speaker is None or q.speaker in actor_ids
    for t in article_facts.tensions:
        assert set(t.actors) <= actor_ids


def test_json_round_trip(article_facts):
    again = Facts.from_json(article_facts.to_json())
    assert again == article_facts
    assert again.to_json() == article_facts.to_json()
