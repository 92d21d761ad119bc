"""Tensions on hand-built facts: a known answer (and a known non-answer) for each kind."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.actors.dictionary import Designation, Dictionary, Entry
from faultlines.analysis import KINDS, Filters, corpus_tensions, document_tensions
from faultlines.records import PLOVER_SIGN
from faultlines.store import Store
from tests.test_analysis_fixtures import ev, facts


def kinds(found, kind):
    return [t for t in found if t.kind == kind]


def test_blowback_us_arms_militias_that_attacked_us():
    f = facts("d1", ev("e1", "AID", "COAL", "PMF", mode="military"),
              ev("e2", "ASSAULT", "PMF", "US-MIL", date="2003-2011"))
    [t] = kinds(document_tensions(f), "blowback")
    assert t.actors[:2] == ("USA", "PMF") and {"COAL", "US-MIL"} <= set(t.actors)
    assert set(t.events) == {"e1", "e2"}
    assert t.summary == ("United States (through U.S.-led coalition) arms Popular Mobilisation Forces, "
                         "which attacked U.S. military (2003–2011).")


def test_blowback_same_actor_reads_plainly():
    f = facts("d1", ev("e1", "SUPPORT", "USA", "PMF"), ev("e2", "ASSAULT", "PMF", "USA", date="2004"))
    [t] = kinds(document_tensions(f), "blowback")
    assert t.summary == "United States backs Popular Mobilisation Forces, which attacked United States (2004)."


def test_blowback_time_rule():
    before = facts("d1", ev("e1", "AID", "USA", "PMF", date="2017"), ev("e2", "ASSAULT", "PMF", "USA", date="2005"))
    during = facts("d1", ev("e1", "AID", "USA", "PMF", date="2005-2012"),
                   ev("e2", "ASSAULT", "PMF", "USA", date="2010-03"))
    after = facts("d1", ev("e1", "AID", "USA", "PMF", date="2005"), ev("e2", "ASSAULT", "PMF", "USA", date="2010"))
    assert kinds(document_tensions(before), "blowback")
    assert kinds(document_tensions(during), "blowback")
    assert not kinds(document_tensions(after), "blowback")


def test_blowback_through_a_member_group_but_not_strangers():
    f = facts("d1", ev("e1", "AID", "USA", "PMF"), ev("e2", "ASSAULT", "KH", "US-MIL", date="2008"))
    [t] = kinds(document_tensions(f), "blowback")
    assert "whose member Kata'ib Hezbollah attacked" in t.summary
    stranger = facts("d1", ev("e1", "AID", "USA", "PMF"), ev("e2", "ASSAULT", "ISIS", "USA"))
    assert not kinds(document_tensions(stranger), "blowback")


def test_designated_partner_from_sanction_event_via_parent_chain():
    f = facts("d1", ev("e1", "AID", "COAL", "PMF", text="the coalition is arming the militias"),
              ev("e2", "SANCTION", "US-STATE", "PMF", text="listed as a terrorist group by the State Department"))
    [t] = kinds(document_tensions(f), "designated_partner")
    assert {"USA", "PMF", "US-STATE"} <= set(t.actors) and set(t.events) == {"e1", "e2"}
    assert t.summary == ("United States (through U.S.-led coalition) arms Popular Mobilisation Forces, "
                         "while State Department lists it as terrorist.")


def _dictionary(since: str, until: str | None = None) -> Dictionary:
    """A real dictionary holding one actor and one dated listing of it."""
    return Dictionary(entries={"KH": Entry("KH", "Kata'ib Hezbollah", "armed_group", "IRQ", "PMF")},
                      designations=[Designation("KH", "USA", "Foreign Terrorist Organization", since, until)])


def test_designated_partner_from_dated_dictionary_designation():
    f = facts("d1", ev("e1", "AID", "US-MIL", "PMF", date="2017"))
    [t] = kinds(document_tensions(f, _dictionary("2009-07-02")), "designated_partner")
    assert t.actors[:2] == ("USA", "PMF") and "KH" in t.actors and t.events == ("e1",)
    assert "while United States lists Kata'ib Hezbollah (part of Popular Mobilisation Forces) as terrorist since 2009." in t.summary
    assert not kinds(document_tensions(f, _dictionary("2020-01-01")), "designated_partner")  # listed later
    assert not kinds(document_tensions(f, _dictionary("2009", "2012")), "designated_partner")  # delisted


def test_unbalanced_triad_friend_of_my_friend_is_my_enemy():
    f = facts("d1", ev("e1", "SUPPORT", "USA", "PMF"), ev("e2", "SUPPORT", "PMF", "SYR"),
              ev("e3", "THREATEN", "USA", "SYR"))
    [t] = kinds(document_tensions(f), "unbalanced_triad")
    assert t.actors[0] == "PMF" and {"SYR", "USA"} <= set(t.actors)
    assert t.summary in ("United States backs Popular Mobilisation Forces, and Popular Mobilisation Forces backs "
                         "Assad, but United States threatens Assad.",
                         "Popular Mobilisation Forces backs Assad, and United States backs Popular Mobilisation "
                         "Forces, but United States threatens Assad.")
    balanced = facts("d1", ev("e1", "SUPPORT", "USA", "PMF"), ev("e2", "ASSAULT", "PMF", "SYR"),
                     ev("e3", "THREATEN", "USA", "SYR"))
    assert not kinds(document_tensions(balanced), "unbalanced_triad")


def test_triad_uses_the_latest_sign_of_a_pair():
    f = facts("d1", ev("e0", "ASSAULT", "PMF", "USA", date="2006"), ev("e1", "AID", "USA", "PMF", date="2017"),
              ev("e2", "SUPPORT", "PMF", "SYR"), ev("e3", "THREATEN", "USA", "SYR"))
    assert kinds(document_tensions(f), "unbalanced_triad")


def test_both_sides():
    f = facts("d1", ev("e1", "AID", "SAU", "ISIS", voice="commenter"), ev("e2", "AID", "SAU", "KRD"),
              ev("e3", "ASSAULT", "ISIS", "KRD"))
    [t] = kinds(document_tensions(f), "both_sides")
    assert t.actors[:3] == ("SAU", "ISIS", "KRD")
    assert t.summary == "Saudi Arabia aids Islamic State and aids Kurdish forces, which fight each other."
    calm = facts("d1", ev("e1", "AID", "SAU", "ISIS"), ev("e2", "AID", "SAU", "KRD"))
    assert not kinds(document_tensions(calm), "both_sides")


def test_contested_needs_two_voices():
    f = facts("d1", ev("e1", "AID", "IRN", "PMF"),
              ev("e2", "AID", "IRN", "PMF", polarity="negated", voice="quoted", name="Iranian officials"))
    [t] = kinds(document_tensions(f), "contested")
    assert t.summary == "The author says Iran aids Popular Mobilisation Forces, but Iranian officials denies it."
    one_voice = facts("d1", ev("e1", "AID", "IRN", "PMF"), ev("e2", "AID", "IRN", "PMF", polarity="negated"))
    assert not kinds(document_tensions(one_voice), "contested")


def test_corpus_tensions_across_documents_rank_and_filter(tmp_path):
    with Store(tmp_path / "c.db") as s:
        s.add(facts("d1", ev("e1", "AID", "COAL", "PMF")))
        s.add(facts("d2", ev("e1", "ASSAULT", "PMF", "US-MIL", date="2007")))
        s.add(facts("d3", ev("e1", "SUPPORT", "SAU", "ISIS", voice="commenter"), ev("e2", "AID", "SAU", "KRD"),
                    ev("e3", "ASSAULT", "KRD", "ISIS")))
    with Store(tmp_path / "c.db", readonly=True) as s:
        found = corpus_tensions(s)
        assert [t.kind for t in found][:2] == ["blowback", "both_sides"]
        assert set(found[0].events) == {"d1/e1", "d2/e1"}
        no_comments = corpus_tensions(s, filters=Filters(voices=frozenset({"author", "quoted"})))
        assert not kinds(no_comments, "both_sides")
        assert [t.kind for t in corpus_tensions(s, kinds=["both_sides"])] == ["both_sides"]
        assert kinds(corpus_tensions(s, level="state"), "blowback")


def test_hypothetical_relations_make_no_tension_by_default():
    f = facts("d1", ev("e1", "AID", "USA", "PMF", polarity="hypothetical"), ev("e2", "ASSAULT", "PMF", "USA"))
    assert not document_tensions(f)


def test_designations_file_shape_with_dotted_bodies():
    """The shape of data/designations.yaml: {actor, body, list, date, until}; body USA.GOV.STATE counts for USA."""
    listing = Designation(actor="PMF", body="USA.GOV.STATE", list="FTO", date="2009-07-02")
    f = facts("d1", ev("e1", "AID", "USA", "PMF"))
    [t] = kinds(document_tensions(f, Dictionary(designations=[listing])), "designated_partner")
    assert t.actors[:2] == ("USA", "PMF") and "USA.GOV.STATE" in t.actors
    assert t.summary == "United States aids Popular Mobilisation Forces, while USA.GOV.STATE lists it as terrorist (FTO) since 2009."


def test_open_ended_dates():
    f = facts("d1", ev("e1", "AID", "USA", "PMF", date="2014/.."), ev("e2", "ASSAULT", "PMF", "USA", date="../2011"))
    [t] = kinds(document_tensions(f), "blowback")
    assert t.summary.endswith("which attacked United States (until 2011).")
    later = facts("d1", ev("e1", "AID", "USA", "PMF", date="../2011"), ev("e2", "ASSAULT", "PMF", "USA", date="2014/.."))
    assert not kinds(document_tensions(later), "blowback")


def test_what_if_triad_from_a_hypothetical_relation_at_half_strength():
    f = facts("d1", ev("e1", "AID", "COAL", "PMF"), ev("e2", "SUPPORT", "PMF", "SYR"),
              ev("e3", "COERCE", "USA", "SYR", polarity="hypothetical"),
              ev("e4", "SANCTION", "US-STATE", "PMF"))  # words; the arms decide the US-PMF sign
    [t] = kinds(document_tensions(f), "unbalanced_triad")
    assert "United States would coerce Assad" in t.summary and "U.S.-led coalition aids" in t.summary
    assert t.strength == 0.3


def test_designated_partner_time_rule_for_sanction_events():
    before = facts("d1", ev("e1", "AID", "USA", "PMF", date="2015"), ev("e2", "SANCTION", "US-STATE", "PMF", date="2019"))
    assert not kinds(document_tensions(before), "designated_partner")
    after = facts("d1", ev("e1", "AID", "USA", "PMF", date="2020"), ev("e2", "SANCTION", "US-STATE", "PMF", date="2019"))
    [t] = kinds(document_tensions(after), "designated_partner")
    assert t.summary == "United States aids Popular Mobilisation Forces, while State Department sanctions it."


def test_tension_ids_are_unique_within_a_document(tmp_path):
    f = facts("d1", ev("e1", "AID", "IRN", "PMF"), ev("e2", "SUPPORT", "IRN", "PMF"),
              ev("e3", "AID", "IRN", "PMF", polarity="negated", voice="quoted", name="Tehran"),
              ev("e4", "SUPPORT", "IRN", "PMF", polarity="negated", voice="quoted", name="Tehran"))
    found = document_tensions(f)
    assert len(kinds(found, "contested")) == 2 and len({t.id for t in found}) == len(found)
    with Store(tmp_path / "t.db") as s:
        assert s.add(replace(f, tensions=tuple(found)))


_ids = st.sampled_from(["USA", "US-STATE", "US-MIL", "COAL", "PMF", "KH", "IRN", "ISIS", "SYR", "SAU", "KRD"])
_events = st.lists(st.builds(
    lambda i, typ, s, t, date, pol, voice: ev(f"e{i}", typ, s, t, date=date, polarity=pol, voice=voice),
    st.integers(0, 10_000), st.sampled_from(sorted(PLOVER_SIGN)), _ids, _ids,
    st.sampled_from([None, "2003", "2003-2011", "2014/..", "../2011", "2017-06", "garbage"]),
    st.sampled_from(["asserted", "negated", "hypothetical", "question"]),
    st.sampled_from(["author", "quoted", "commenter"])), max_size=25, unique_by=lambda e: e.id)


@settings(max_examples=80, deadline=None)
@given(_events)
def test_any_facts_give_well_formed_tensions(events):
    found = document_tensions(facts("d1", *events), _dictionary("2009-07-02"))
    ids = {e.id for e in events}
    assert len({t.id for t in found}) == len(found)
    for t in found:
        assert t.kind in KINDS and t.summary.endswith(".") and t.strength > 0
        assert set(t.events) <= ids and len(t.actors) >= 2
