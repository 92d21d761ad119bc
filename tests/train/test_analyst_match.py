"""The analyst-row classer: party matching as the gold conventions read, first-fault order, accepted alternatives,
one event per row of a sentence, spurious events. Sentences, parties and documents here are made up."""

from __future__ import annotations

from typing import Any

import pytest

from faultlines.train.analyst import AnalystRow
from faultlines.train.analyst_match import classify, parse_accepted, party_matches

PERU = {"id": "PER", "name": "Peru", "kind": "state", "country": "PER", "aliases": [], "mentions": []}
PERU_CVL = {"id": "PER.CVL", "name": "Peruvian civilians", "kind": "civilians", "country": "PER"}
PERU_MIL = {"id": "PER.MIL", "name": "Peruvian military", "kind": "military", "country": "PER"}
PERU_POL = {"id": "PER.POL", "name": "Peruvian police", "kind": "police", "country": "PER"}
BOLIVIA = {"id": "BOL", "name": "Bolivia", "kind": "state", "country": "BOL", "aliases": [], "mentions": []}
TOWN_POLICE = {"id": "cusco-police", "name": "Cusco Police", "kind": "police", "country": "PER", "mentions": []}
QUISPE = {"id": "maria-quispe", "name": "Maria Quispe", "kind": "person", "country": None,
          "mentions": [{"text": "Quispe"}]}
RAMOS = {"id": "luis-ramos", "name": "Luis Ramos", "kind": "person", "country": None, "mentions": [{"text": "Ramos"}]}
SWAT = {"id": "swat", "name": "SWAT", "kind": "other", "country": None}
ATC = {"id": "atc", "name": "ATC", "kind": "other", "country": None}


@pytest.mark.parametrize(("gold", "actor", "want"), [
    ("Police (Cusco)", TOWN_POLICE, True),          # a generic party by its kind
    ("Police (Cusco)", PERU_POL, True),
    ("Police (Cusco)", SWAT, True),                 # a unit whose name says police
    ("Police (Cusco)", PERU_MIL, False),            # soldiers are not the police
    ("Police (Peru)", PERU, False),                 # nor is the state for its police
    ("Military (Peru)", PERU, True),                # a state for its armed forces
    ("Military (Peru)", BOLIVIA, False),            # another state never
    ("Civilians (Peru)", PERU, False),              # the place's state does not stand for its people
    ("Civilians (Peru)", PERU_CVL, True),
    ("Maria Quispe", QUISPE, True),
    ("Quispe", QUISPE, True),
    ("Ana Quispe", QUISPE, False),                  # a surname mention does not make another person the same
    ("Maria Quispe", PERU_CVL, True),               # a private person given as civilians
    ("Maria Quispe", PERU, False),
    ("Gunman (Luis Ramos)", RAMOS, True),           # the name in parentheses
    ("Andean Trade Council", ATC, True),            # printed by its initials
    ("Andean Tourism Board", ATC, False),
    ("None (agentless)", None, True),
    ("None (agentless)", PERU, False),
    ("Peru", None, False),
])
def test_party_matches(gold: str, actor: dict[str, Any] | None, want: bool) -> None:
    assert party_matches(gold, [], actor) is want


def test_party_matches_a_leader_for_his_state_and_the_state_for_him() -> None:
    usa = {"id": "USA", "name": "United States", "kind": "state", "country": "USA", "aliases": [], "mentions": []}
    trump = {"id": "DONALD_TRUMP", "name": "Donald Trump", "kind": "person", "country": "USA"}
    assert party_matches("Donald Trump (US)", [], usa)
    assert party_matches("United States", [], trump)
    assert not party_matches("Donald Trump (US)", [], PERU)


def test_party_matches_the_accepted_alternatives() -> None:
    assert not party_matches("Police (Cusco)", [], None)
    assert party_matches("Police (Cusco)", ["None"], None)
    assert party_matches("Maria Quispe", ["Peru"], PERU)


def test_parse_accepted() -> None:
    alt = parse_accepted("target None accepted; COERCE/THREATEN accepted; reverse accepted (exchange); "
                         "voice author accepted; hypothetical accepted; ASSAULT not accepted; "
                         "claimant's voice required; source Peru (government) ok; CONSULT negated accepted")
    assert alt.targets == ("None",)
    assert alt.sources == ("Peru (government)",)
    assert alt.types == {"COERCE", "THREATEN", "CONSULT"}
    assert alt.reverse
    assert alt.voices == ("author",)
    assert alt.polarities == {"hypothetical", "negated"}
    assert "ASSAULT" not in alt.types
    assert parse_accepted("").types == frozenset()


TEXT = ("Peru shelled Bolivia on Monday. Peru asked Bolivia for talks, officials said. "
        "Cusco police arrested Maria Quispe.")
ACTORS = [PERU, BOLIVIA, TOWN_POLICE, QUISPE]


def _row(rid: str, sent: int, type_: str, source: str, target: str, polarity: str = "asserted",
         voice: str = "author", accepted: str = "") -> AnalystRow:
    return AnalystRow(set="t", row=rid, doc="d", sent=sent, sent_sha1="", type=type_, source=source, target=target,
                      polarity=polarity, voice=voice, accepted=accepted)


def _event(eid: str, start: int, type_: str, source: str | None, target: str | None, polarity: str = "asserted",
           voice: dict[str, Any] | None = None, evidence: list[int] | None = None) -> dict[str, Any]:
    return {"id": eid, "start": start, "type": type_, "source": source, "target": target, "polarity": polarity,
            "voice": voice or {"kind": "author", "name": None}, "trigger": {"text": type_.lower()},
            "evidence": [{"start": s} for s in (evidence or [start])]}


def _doc(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {"text": TEXT, "actors": ACTORS, "events": events}


S2 = TEXT.index("Peru asked")
S3 = TEXT.index("Cusco")


def _classes(rows: list[AnalystRow], events: list[dict[str, Any]]) -> dict[str, str]:
    classes, _ = classify(rows, _doc(events))
    return {c.row.row: c.cls for c in classes}


def test_first_fault_order() -> None:
    rows = [_row("A", 1, "ASSAULT", "Peru", "Bolivia")]
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "PER", "BOL")]) == {"A": "fully right"}
    assert _classes(rows, [_event("e1", 0, "COERCE", "PER", "BOL")]) == {"A": "wrong type"}
    assert _classes(rows, [_event("e1", 0, "COERCE", "BOL", "BOL")]) == {"A": "wrong type"}  # before wrong source
    # another type between other parties is another statement: the row is missed
    assert _classes(rows, [_event("e1", 0, "COERCE", "cusco-police", "maria-quispe")]) == {"A": "missed"}
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "BOL", "BOL")]) == {"A": "wrong source"}
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "PER", "PER")]) == {"A": "wrong target"}
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "BOL", "PER")]) == {"A": "reversed"}
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "PER", "BOL", "negated")]) == {"A": "wrong polarity"}
    quoted = {"kind": "quoted", "name": "Maria Quispe"}
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "PER", "BOL", voice=quoted)]) == {"A": "wrong voice"}
    assert _classes(rows, []) == {"A": "missed"}


def test_accepted_alternatives_turn_faults_right() -> None:
    rows = [_row("A", 1, "ASSAULT", "Peru", "Bolivia", accepted="COERCE accepted; reverse accepted; "
                                                                "negated accepted")]
    assert _classes(rows, [_event("e1", 0, "COERCE", "PER", "BOL")]) == {"A": "fully right"}
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "BOL", "PER")]) == {"A": "fully right"}
    assert _classes(rows, [_event("e1", 0, "ASSAULT", "PER", "BOL", "negated")]) == {"A": "fully right"}
    assert _classes(rows, [_event("e1", 0, "REQUEST", "PER", "BOL")]) == {"A": "wrong type"}


def test_quoted_voice_and_the_event_of_its_own_sentence() -> None:
    said = {"kind": "quoted", "name": "officials"}
    rows = [_row("B", 2, "REQUEST", "Peru", "Bolivia", voice="quoted: officials (Peru)")]
    assert _classes(rows, [_event("e1", S2, "REQUEST", "PER", "BOL", voice=said)]) == {"B": "fully right"}
    assert _classes(rows, [_event("e1", S2, "REQUEST", "PER", "BOL")]) == {"B": "wrong voice"}
    assert _classes(rows, [_event("e1", 0, "REQUEST", "PER", "BOL", voice=said)]) == {"B": "missed"}  # sentence 1


def test_a_merged_event_counts_in_each_of_its_sentences_but_for_one_row_of_each() -> None:
    rows = [_row("A", 1, "ASSAULT", "Peru", "Bolivia"), _row("A2", 1, "ASSAULT", "Peru", "Bolivia"),
            _row("B", 2, "ASSAULT", "Peru", "Bolivia")]
    got = _classes(rows, [_event("e1", 0, "ASSAULT", "PER", "BOL", evidence=[0, S2])])
    assert got == {"A": "fully right", "A2": "missed", "B": "fully right"}


def test_the_direct_reading_is_preferred_to_the_reversed_one() -> None:
    rows = [_row("R1", 3, "ASSAULT", "Maria Quispe", "Police (Cusco)", accepted="reverse accepted"),
            _row("R2", 3, "ASSAULT", "Police (Cusco)", "Maria Quispe")]
    got = _classes(rows, [_event("e1", S3, "ASSAULT", "cusco-police", "maria-quispe")])
    assert got == {"R1": "missed", "R2": "fully right"}


def test_spurious_events() -> None:
    rows = [_row("C", 3, "COERCE", "Police (Cusco)", "Maria Quispe")]
    events = [_event("e1", S3, "COERCE", "cusco-police", "maria-quispe"),
              _event("e2", S3, "COERCE", "cusco-police", "maria-quispe", "hypothetical"),  # a duplicate
              _event("e3", S3, "ASSAULT", "PER", "BOL"),                                   # nobody's edge
              _event("e4", 0, "ASSAULT", "PER", "BOL")]                                    # a sentence with no row
    classes, spurious = classify(rows, _doc(events))
    assert [c.cls for c in classes] == ["fully right"]
    assert [e["id"] for e in spurious] == ["e3", "e4"]


def test_the_row_class_names_its_event() -> None:
    rows = [_row("A", 1, "ASSAULT", "Peru", "Bolivia"), _row("B", 2, "REQUEST", "Peru", "Bolivia")]
    classes, _ = classify(rows, _doc([_event("e7", 0, "ASSAULT", "PER", "BOL")]))
    assert [(c.cls, c.event_id) for c in classes] == [("fully right", "e7"), ("missed", None)]


def test_a_whole_other_reading_can_be_accepted() -> None:
    alt = parse_accepted("REJECT Bolivia -> Peru (or None) asserted author accepted; RETREAT police->Quispe ok")
    assert alt.edges == ((frozenset({"REJECT"}), "Bolivia", "Peru / None"), (frozenset({"RETREAT"}), "police", "Quispe"))
    rows = [_row("A", 1, "ASSAULT", "Peru", "Bolivia", accepted="REJECT Bolivia -> Peru (or None) asserted author accepted")]
    assert _classes(rows, [_event("e1", 0, "REJECT", "BOL", None)]) == {"A": "fully right"}
    assert _classes(rows, [_event("e1", 0, "REJECT", "PER", None)]) == {"A": "missed"}  # one shared party only
    assert _classes(rows, [_event("e1", 0, "REJECT", "PER", "BOL")]) == {"A": "wrong type"}


def test_a_line_repeated_verbatim_counts_once() -> None:
    text = "Peru shelled Bolivia\n\nPeru shelled Bolivia\n\nBolivia protested."
    rows = [_row("H", 1, "ASSAULT", "Peru", "Bolivia"), _row("P", 3, "PROTEST", "Bolivia", "Peru")]
    body = text.index("Peru shelled Bolivia", 1)
    events = [_event("e1", body, "ASSAULT", "PER", "BOL"), _event("e2", body, "PROTEST", "BOL", "PER")]
    classes, spurious = classify(rows, {"text": text, "actors": ACTORS, "events": events})
    assert [c.cls for c in classes] == ["fully right", "missed"]  # the headline's row, from the body's twin line
    assert [e["id"] for e in spurious] == ["e2"]                   # a protest on the wrong line is not row P's
