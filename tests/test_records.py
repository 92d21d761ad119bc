"""The facts JSON contract, version 1 (docs/facts.md): every key present, types right, offsets slicing the text,
the golden fixture read back unchanged, and loading refuses what the contract does not know."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from faultlines.records import (
    ACTOR_KINDS,
    COUNT_CATEGORIES,
    PLOVER_TYPES,
    POLARITIES,
    SEGMENT_KINDS,
    TENSION_KINDS,
    Facts,
    FactsError,
    Mention,
    Tension,
    Toll,
    Voice,
)

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


GOLDEN = Path(__file__).resolve().parent / "fixtures" / "facts_golden.json"


def _golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_golden_fixture_round_trips_through_the_records():
    """docs/facts.md's example: `faultlines read tests/fixtures/facts_golden.txt --format json`, checked by hand."""
    obj = _golden()
    facts = Facts.from_dict(obj)
    assert json.loads(facts.to_json()) == obj
    assert [e.type for e in facts.events] == ["AID", "ASSAULT", "SANCTION"]
    assert facts.events[2].polarity == "negated" and facts.events[2].voice == Voice("commenter", "commenter 1")
    assert facts.events[1].fatalities == Toll(12, 12, 12) and facts.counts[0].event == "e2"
    assert facts.quotes[0].cue == Mention(204, 208, "told")


def test_pipeline_output_has_the_golden_fields(pipeline):
    """Today's `read` writes exactly the fields of the golden fixture, section by section."""
    from faultlines.read import read_one

    fresh = json.loads(pipeline.extract(read_one(str(GOLDEN.with_suffix(".txt")))[0]).to_json())
    golden = _golden()
    assert fresh.keys() == golden.keys() and fresh["document"].keys() == golden["document"].keys()
    for section in ("segments", "actors", "events", "quotes", "counts", "places"):
        assert {k for x in fresh[section] for k in x} == {k for x in golden[section] for k in x}, section


@pytest.mark.parametrize(("edit", "message"), [
    (lambda o: o["events"][0].update(colour="red"), "events[0]: unknown key 'colour'"),
    (lambda o: o["events"][0]["voice"].update(kind="blogger"), "events[0].voice.kind: 'blogger' is not one of"),
    (lambda o: o["events"][1].update(type="INVADE"), "events[1].type: 'INVADE' is not in data/plover.yaml"),
    (lambda o: o["events"][0].update(mode="tanks"), "events[0].mode: 'tanks' is not in data/plover.yaml"),
    (lambda o: o["events"][0].update(polarity="maybe"), "events[0].polarity: 'maybe' is not one of"),
    (lambda o: o["events"][0].pop("start"), "events[0]: missing key 'start'"),
    (lambda o: o["actors"][1].update(kind="militia"), "actors[1].kind: 'militia' is not one of"),
    (lambda o: o["actors"][0]["mentions"][0].update(offset=3), "actors[0].mentions[0]: unknown key 'offset'"),
    (lambda o: o["counts"][0].update(category="dead"), "counts[0].category: 'dead' is not one of"),
    (lambda o: o["segments"][0].update(kind="footer"), "segments[0].kind: 'footer' is not one of"),
    (lambda o: o["document"].update(author="x"), "document: unknown key 'author'"),
    (lambda o: o.update(schema="faultlines.facts/2"), "schema: 'faultlines.facts/2' is not"),
    (lambda o: o.update(extra=[]), "facts: unknown key 'extra'"),
    (lambda o: o["tensions"].append({"id": "t", "kind": "feud", "actors": [], "summary": ""}),
     "tensions[0].kind: 'feud' is not one of"),
])
def test_loading_names_what_breaks_the_contract(edit, message):
    obj = _golden()
    edit(obj)
    with pytest.raises(FactsError) as e:
        Facts.from_dict(obj)
    assert message in str(e.value)


def test_vocabularies_serialise_as_plain_strings():
    t = Tension("blowback:A+B", "blowback", ("A", "B"), "A aids B; B attacked A", ("d/e1",), 0.5)
    obj = _golden()
    obj["tensions"] = [asdict(t) | {"actors": ["A", "B"], "events": ["d/e1"]}]
    facts = Facts.from_dict(obj)
    assert facts.tensions == (t,)
    assert json.loads(facts.to_json())["tensions"][0]["kind"] == "blowback"
    assert set(TENSION_KINDS) >= {"blowback", "designated_partner", "unbalanced_triad", "both_sides", "contested"}
    assert "dateline" in SEGMENT_KINDS and POLARITIES[0] == "asserted"
