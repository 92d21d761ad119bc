"""Labels of the analysts' articles for the judge (train/analyst_labels.py): a candidate takes the type of a gold row
with its parties, NONE when no row of its sentence shares a party, unknown otherwise. Rows and parties made up."""

from __future__ import annotations

from typing import Any

from faultlines.events.judge import NONE
from faultlines.records import Event
from faultlines.train.analyst import AnalystRow
from faultlines.train.analyst_labels import label

PERU = {"id": "PER", "name": "Peru", "kind": "state", "country": "PER", "aliases": [], "mentions": []}
BOLIVIA = {"id": "BOL", "name": "Bolivia", "kind": "state", "country": "BOL", "aliases": [], "mentions": []}
CHILE = {"id": "CHL", "name": "Chile", "kind": "state", "country": "CHL", "aliases": [], "mentions": []}
ECUADOR = {"id": "ECU", "name": "Ecuador", "kind": "state", "country": "ECU", "aliases": [], "mentions": []}
ACTORS: dict[str, dict[str, Any]] = {a["id"]: a for a in (PERU, BOLIVIA, CHILE, ECUADOR)}


def row(type_: str, source: str, target: str, accepted: str = "") -> AnalystRow:
    return AnalystRow("freshX", "Q01", "doc", 3, "", type_, source, target, "asserted", "author", accepted)


def cand(type_: str, source: str | None, target: str | None) -> Event:
    return Event("e1", type_, source, target, 0, 40, "made up")


def test_parties_and_type_of_a_row_keep_the_candidate_type() -> None:
    assert label(cand("ACCUSE", "PER", "BOL"), [row("ACCUSE", "Peru", "Bolivia")], ACTORS) == "ACCUSE"


def test_an_accepted_type_is_the_candidate_own() -> None:
    rows = [row("REJECT", "Peru", "Bolivia", "ACCUSE/PROTEST accepted")]
    assert label(cand("PROTEST", "PER", "BOL"), rows, ACTORS) == "PROTEST"


def test_parties_right_and_type_wrong_is_a_retype_example() -> None:
    assert label(cand("ASSAULT", "PER", "BOL"), [row("ACCUSE", "Peru", "Bolivia")], ACTORS) == "ACCUSE"


def test_no_row_sharing_a_party_is_none() -> None:
    assert label(cand("ASSAULT", "CHL", "ECU"), [row("ACCUSE", "Peru", "Bolivia")], ACTORS) == NONE
    assert label(cand("ASSAULT", "CHL", "ECU"), [], ACTORS) == NONE  # a sentence with no row


def test_one_party_right_is_unknown() -> None:
    """A wrong edge the judge cannot mend by typing it: neither a keep nor a veto example."""
    assert label(cand("ACCUSE", "PER", "CHL"), [row("ACCUSE", "Peru", "Bolivia")], ACTORS) is None


def test_reversed_parties_count_only_where_the_row_accepts_it() -> None:
    assert label(cand("CONSULT", "BOL", "PER"), [row("CONSULT", "Peru", "Bolivia", "reverse accepted")], ACTORS) \
        == "CONSULT"
    assert label(cand("ACCUSE", "BOL", "PER"), [row("ACCUSE", "Peru", "Bolivia")], ACTORS) is None


def test_an_agentless_row_wants_no_source() -> None:
    rows = [row("ASSAULT", "None (agentless)", "Bolivia")]
    assert label(cand("ASSAULT", None, "BOL"), rows, ACTORS) == "ASSAULT"
    assert label(cand("ASSAULT", "ECU", "CHL"), rows, ACTORS) == NONE


def test_an_open_candidate_takes_the_row_type_or_none() -> None:
    """An open candidate's type is a placeholder: even a placeholder equal to the row's type is read as untyped."""
    rows = [row("CONSULT", "Peru", "Bolivia")]
    assert label(cand("CONSULT", "PER", "BOL"), rows, ACTORS, typed=False) == "CONSULT"
    assert label(cand("CONSULT", "PER", "BOL"), [row("AID", "Peru", "Bolivia")], ACTORS, typed=False) == "AID"
    assert label(cand("CONSULT", "CHL", "ECU"), rows, ACTORS, typed=False) == NONE
