"""Event coder: roles, constructions, polarity, intent, dates and merging on short sentences.

Actors here come from a small index over the parser's named entities (one actor per name) with the
bundled dictionary, so these tests check the coder alone; tests/test_events_seed.py runs the full pipeline.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from faultlines.actors import Dictionary, Entry, load_dictionary
from faultlines.context import Context
from faultlines.events import code_events
from faultlines.events.assemble import merge_events
from faultlines.events.lexicon import LexiconError, build_lexicon, load_lexicon
from faultlines.events.when import normalize_date
from faultlines.nlp import load_model
from faultlines.read import document_from_text
from faultlines.records import PLOVER_TYPES, Event, Mention, Voice
from faultlines.structure import segment


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    return load_dictionary()


class EntityActors:
    """An `ActorLookup` over spaCy entities: one actor per name, none of them in the dictionary."""

    LABELS = ("PERSON", "ORG", "GPE", "NORP")

    def __init__(self, doc) -> None:
        self.doc = doc
        self.dictionary = dictionary()
        self.spans = [(e.start_char, e.end_char, e.text.lower().removeprefix("the "))
                      for e in doc.ents if e.label_ in self.LABELS]

    def entry(self, actor_id: str | None) -> Entry | None:
        return None

    def mentioned(self) -> set[str]:
        return {k for _, _, k in self.spans}

    def token_actor(self, i: int) -> str | None:
        t = self.doc[i]
        return self.actor_at(t.idx, t.idx + len(t))

    def actors(self) -> tuple:
        return ()

    def actor_at(self, start: int, end: int) -> str | None:
        return next((k for s, e, k in self.spans if s < end and start < e), None)

    def resolve(self, item) -> str | None:
        start = item.idx if hasattr(item, "idx") else item.start_char
        end = start + len(item.text) if hasattr(item, "idx") else item.end_char
        return self.actor_at(start, end)

    def implied_events(self) -> list:
        return []


@lru_cache(maxsize=64)
def events_of(text: str, published: str | None = None) -> tuple[Event, ...]:
    document = document_from_text(text, published=published)
    doc = load_model()(text)
    ctx = Context(document=document, doc=doc, segments=tuple(segment(document)))
    return code_events(ctx, EntityActors(doc), []).events


def triples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in events_of(text)}


def one(text: str, type_: str) -> Event:
    found = [e for e in events_of(text) if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.source, e.target) for e in events_of(text)]}"
    return found[0]


# ---------------------------------------------------------------- lexicon


def test_bundled_lexicon_loads_with_every_type_known():
    lex = load_lexicon()
    assert {r.type for rules in lex.verbs.values() for r in rules} <= set(PLOVER_TYPES)
    assert "arm" in lex.trigger_lemmas and "bombing" in lex.nouns and "provide" in lex.transfer


@pytest.mark.parametrize("bad, why", [
    ({"verbs": {"ARM": [{"lemmas": ["arm"]}]}}, "not a PLOVER type"),
    ({"verbs": {"AID": [{"lemmas": ["arm"], "colour": "red"}]}}, "unknown keys"),
    ({"verbs": {"AID": [{"lemmas": ["arm"], "target_preps": [True]}]}}, "list of words"),
    ({"verbz": {}}, "unknown sections"),
    ({"transfer": {"objects": ["rifles"]}}, "transfer.objects: expected a mapping"),
    (["verbs"], "a mapping at the top"),
])
def test_lexicon_validation_names_the_problem(bad, why):
    with pytest.raises(LexiconError, match=why):
        build_lexicon(bad)


# ---------------------------------------------------------------- roles and constructions


def test_active_verb_with_mode_and_year():
    e = one("Iran armed Hezbollah in 2014.", "AID")
    assert (e.source, e.target, e.mode, e.date) == ("iran", "hezbollah", "military", "2014")
    assert e.trigger.text == "armed" and e.polarity == "asserted" and e.sign == 1


def test_passive_with_coordinated_verbs_shares_the_agent():
    found = triples("Hezbollah has been bankrolled and equipped by Iran since 2006.")
    assert ("AID", "iran", "hezbollah") in found
    assert one("Hezbollah has been bankrolled and equipped by Iran since 2006.", "AID").date == "2006/.."


def test_coordinated_subjects_give_one_event_each():
    found = triples("Syria and Iran have armed Hamas for years.")
    assert {("AID", "syria", "hamas"), ("AID", "iran", "hamas")} <= found


def test_relative_clause_and_main_clause():
    found = triples("Hamas, which is backed by Iran, attacked Israel on Monday.")
    assert ("SUPPORT", "iran", "hamas") in found
    assert ("ASSAULT", "hamas", "israel") in found


def test_participial_opener_is_passive_on_the_main_subject():
    assert ("SUPPORT", "iran", "hezbollah") in triples("Raised by Iran, Hezbollah has grown into a large army.")


def test_purpose_clause_inherits_the_subject():
    assert ("ASSAULT", "hezbollah", "israel") in triples("Hezbollah was organized to fight Israel.")


def test_light_verb_transfer_takes_type_from_the_thing_given():
    e = one("The United States provided hundreds of guns and training to Ukraine last year.", "AID")
    assert (e.source, e.target, e.mode) == ("united states", "ukraine", "military")


def test_nominalisation_with_host_verb_and_mode():
    e = one("Hamas launched a campaign of suicide bombings against Israel.", "ASSAULT")
    assert (e.source, e.target, e.mode) == ("hamas", "israel", "suicide-attack")


def test_possessive_nominal_trigger():
    assert ("SUPPORT", "iran", "hezbollah") in triples("Iran's support for Hezbollah has grown.")


def test_designation_as_terrorist_is_sanction():
    e = one("Hezbollah is listed as a terrorist group by the State Department.", "SANCTION")
    assert (e.source, e.target, e.mode) == ("state department", "hezbollah", "designation")


def test_listing_without_terrorist_is_not_an_event():
    assert not [e for e in events_of("Hezbollah is listed as a political party by Lebanon.") if e.type == "SANCTION"]


def test_have_as_role():
    e = one("Hezbollah has the Quds Force as advisors.", "AID")
    assert (e.source, e.target) == ("the quds force", "hezbollah") or e.source.endswith("quds force")


def test_reported_obligation_is_request():
    assert ("REQUEST", "britain", "libya") in triples("Britain said Libya must hand over the suspects.")


def test_intent_turns_cooperation_into_agree():
    assert {e.type for e in events_of("Jordan will give Iraq a loan.")} == {"AGREE"}
    assert one("Syria threatened to attack Turkey.", "THREATEN").target == "turkey"


# ---------------------------------------------------------------- polarity


@pytest.mark.parametrize("text, type_, pol", [
    ("Syria did not arm Hamas.", "AID", "negated"),
    ("Iran has no ties to Hamas.", "COOPERATE", "negated"),
    ("If Israel attacks Hamas, the war will spread.", "ASSAULT", "hypothetical"),
    ("You can't overthrow Assad without fighting Hezbollah.", "ASSAULT", "hypothetical"),
    ("Why is Iran arming Hezbollah?", "AID", "question"),
    ("Iran armed Hezbollah.", "AID", "asserted"),
])
def test_polarity(text, type_, pol):
    assert one(text, type_).polarity == pol


# ---------------------------------------------------------------- dates and merging


@pytest.mark.parametrize("prep, text, published, want", [
    ("from", "2003 to 2011", None, "2003/2011"),
    ("since", "2014", None, "2014/.."),
    ("in", "2014", None, "2014"),
    ("in", "March 2015", None, "2015-03"),
    ("on", "Saturday", "2017-03-01", "2017-02-25"),
    ("on", "Saturday", None, None),
    ("in", "recent weeks", "2017-03-01", None),
])
def test_normalize_date(prep, text, published, want):
    assert normalize_date(prep, text, published) == want


def test_weekday_against_the_publication_date():
    e = events_of("Israel bombed Gaza on Saturday.", "2017-03-01")
    assert [x.date for x in e if x.type == "ASSAULT"] == ["2017-02-25"]


def test_duplicates_merge_keeping_evidence():
    a = Event(id="", type="AID", source="iran", target="hamas", start=0, end=10, text="x",
              evidence=(Mention(0, 10, "x"),), voice=Voice("author"))
    b = Event(id="", type="AID", source="iran", target="hamas", start=20, end=30, text="y", date="2014",
              evidence=(Mention(20, 30, "y"),), voice=Voice("author"))
    c = Event(id="", type="AID", source="iran", target="hamas", start=40, end=50, text="z", polarity="negated",
              evidence=(Mention(40, 50, "z"),), voice=Voice("author"))
    out = merge_events([a, b, c])
    assert len(out) == 2 and [e.id for e in out] == ["e1", "e2"]
    assert out[0].date == "2014" and [m.start for m in out[0].evidence] == [0, 20]


def test_sentences_without_trigger_give_nothing():
    assert events_of("The weather in Baghdad was mild and the markets were busy.") == ()


# ---------------------------------------------------------------- PLOVER conventions and guards


def test_refused_promise_is_reject():
    assert {e.type for e in events_of("Syria said it will not accept the Turkish proposal.")} == {"REJECT"}


def test_conditional_promise_is_threat():
    assert one("Syria will withdraw its troops from Lebanon unless Israel agrees.", "THREATEN").source == "syria"


def test_pronoun_in_reported_speech_is_the_speaker():
    e = one("Japan said on Tuesday it had halted economic aid to Serbia.", "SANCTION")
    assert (e.source, e.target) == ("japan", "serbia")


def test_ending_talks_is_sanction_and_cancelling_a_lecture_is_not():
    assert ("SANCTION", "japan", "china") in triples("Japan ended talks with China on Monday.")
    assert not events_of("Japan cancelled the lecture.")


def test_located_source():
    assert one("Security forces in Guinea tortured dozens of refugees.", "ASSAULT").source == "guinea"


def test_agent_noun_is_the_source_of_the_nominal_event():
    e = one("Muqtada al-Sadr is one of the leaders of the insurgency against the United States.", "ASSAULT")
    assert (e.source, e.target) == ("muqtada al-sadr", "united states")


def test_place_is_the_target_of_a_located_coercion():
    e = one("The Iraqi army imposed a curfew in Baghdad on Friday.", "COERCE")
    assert e.target == "baghdad"


@pytest.mark.parametrize("text", [
    "Arcade Fire played in Paris with Israel's Idan Raichel.",
    "The mall in Texas offers food and clothes.",
    "Argentina demonstrates the potential of Brazil.",
    "France has a raised basement.",
])
def test_names_adjectives_and_other_senses_are_not_events(text):
    assert events_of(text) == ()


def test_rather_than_negates():
    assert one("Iran attacked Iraq rather than cooperating with Syria.", "COOPERATE").polarity == "negated"
    assert one("Iran attacked Iraq rather than cooperating with Syria.", "ASSAULT").polarity == "asserted"


def test_a_denial_is_the_named_party_s_negated_claim():
    e = one("Iran denied that it had armed Hezbollah.", "AID")
    assert (e.source, e.target, e.polarity) == ("iran", "hezbollah", "negated")
    assert (e.voice.kind, e.voice.name) == ("quoted", "Iran")
    assert one("Iran armed Hezbollah.", "AID").voice.kind == "author"


def test_a_user_lexicon_replaces_the_bundled_one(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("verbs:\n  SUPPORT:\n    - {lemmas: [bless], needs_target: true}\n")
    lex = load_lexicon(path)
    assert set(lex.verbs) == {"bless"} and "arm" not in lex.trigger_lemmas
    text = "Iran blessed Hezbollah. Syria has armed Hamas for years."
    doc = load_model()(text)
    document = document_from_text(text)
    ctx = Context(document=document, doc=doc, segments=tuple(segment(document)))
    found = code_events(ctx, EntityActors(doc), [], lexicon=lex).events
    assert [(e.type, e.source, e.target) for e in found] == [("SUPPORT", "iran", "hezbollah")]


def test_role_noun_after_a_copula():
    e = one("Qatar is the main conduit for the money going to Hamas.", "AID")
    assert (e.source, e.target, e.mode) == ("qatar", "hamas", "economic")
