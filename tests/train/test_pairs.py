"""Pair examples for the linker: spans land on the marked parties; test records and misreadings are left out."""

from __future__ import annotations

import re

import pytest

from faultlines.train import corpora, pairs
from faultlines.train.pairs import PairExample


def _words(e: PairExample) -> tuple[str | None, str | None]:
    source, target = (None if sp is None else e.text[sp[0]:sp[1]] for sp in (e.source, e.target))
    return source, target


def _cb(text: str, quad: int, split: str = "tune", **sides: list[str]) -> dict:
    spans = {k: [(text.index(w), text.index(w) + len(w)) for w in sides.get(k, [])] for k in ("S", "T", "R")}
    return {"key": "train-1", "split": split, "text": text, "quad": quad, **spans}


def test_conflibert_gives_every_source_target_combination_and_reciprocal_parties_both_ways():
    text = "Chilean and Peruvian negotiators met in Lima while the navy of Ecuador shelled two fishing boats."
    got = [_words(e) for e in pairs.conflibert_pairs([_cb(text, 4, S=["the navy of Ecuador"], T=["two fishing boats"]),
                                                     _cb(text, 1, R=["Chilean", "Peruvian negotiators"])])]
    assert got == [("the navy of Ecuador", "two fishing boats"), ("Chilean", "Peruvian negotiators"),
                   ("Peruvian negotiators", "Chilean")]


def test_conflibert_one_sided_and_empty_records():
    text = "Farmers in Kenya blocked a highway near Nakuru."
    got = list(pairs.conflibert_pairs([_cb(text, 4, S=["Farmers in Kenya"]), _cb(text, 0)]))
    assert [(_words(e), e.quad, e.type) for e in got] == [(("Farmers in Kenya", None), 4, None)]


def test_conflibert_skips_test_records_and_drops_a_leading_preposition():
    text = "A Danish court lifted a travel ban on the former mayor of Aarhus."
    got = [_words(e) for e in pairs.conflibert_pairs([_cb(text, 2, S=["A Danish court"], T=["on the former mayor"]),
                                                     _cb(text, 2, split="test", S=["A Danish court"])])]
    assert got == [("A Danish court", "the former mayor")]


def _gsr(markup: str, kind: str, text: str | None = None, split: str = "tune") -> dict:
    plain = re.sub(r"\([A-Z/]+: ([^()]*)\)", r"\1", markup)
    return {"key": "PLOVER-X", "split": split, "text": plain if text is None else text, "type": kind, "markup": markup}


def test_gsr_finds_tagged_phrases_in_order_as_whole_words():
    rec = _gsr("(SRC: Oman) (EVT: urged) the Yemeni factions and (TAR: Yemen)'s (TAR: coast guard) to open the ports.",
               "REQUEST")
    got = list(pairs.gsr_pairs([rec]))
    assert [_words(e) for e in got] == [("Oman", "Yemen"), ("Oman", "coast guard")]
    assert got[0].target == (rec["text"].index("Yemen's"), rec["text"].index("Yemen's") + 5)
    assert (got[0].type, got[0].group, got[0].quad) == ("REQUEST", "PLOVER-X", None)


def test_gsr_keeps_a_partys_own_parentheses_and_drops_parties_tagged_inside_places():
    text = "Leaders of the Akhtar (Dawn) bloc said rioters in Quetta burned shops."
    markup = "Leaders of the (SRC: Akhtar (Dawn) bloc) (EVT: said) rioters (LOC: (SRC: in Quetta)) burned (TAR: shops)."
    rec = {"key": "k", "split": "tune", "text": text, "type": "ACCUSE", "markup": markup}
    assert [_words(e) for e in pairs.gsr_pairs([rec])] == [("Akhtar (Dawn) bloc", "shops")]


def test_gsr_compound_parties_pair_both_ways_only_for_mutual_types():
    agree = _gsr("(SRC/TAR: Chile) and (SRC/TAR: Bolivia) (EVT: signed) a water pact.", "AGREE")
    assault = _gsr("Both (SRC/TAR: Chile) and (SRC/TAR: Bolivia) (EVT: broke) the truce.", "ASSAULT")
    assert [_words(e) for e in pairs.gsr_pairs([agree, assault])] == [("Chile", "Bolivia"), ("Bolivia", "Chile")]


def test_gsr_skips_a_record_whose_phrase_is_not_in_the_text_and_test_records():
    typo = {"key": "a", "split": "tune", "text": "Peru recalled its envoy from Quito.",
            "type": "SANCTION", "markup": "(SRC: Peur) (EVT: recalled) its envoy from (TAR: Quito)."}
    held = _gsr("(SRC: Peru) (EVT: recalled) its envoy from (TAR: Quito).", "SANCTION", split="test")
    partial = _gsr("(SRC: Peru) (EVT: recalled) its envoy from (TAR: Quit).", "SANCTION",
                   text="Peru recalled its envoy from Quito.")
    assert list(pairs.gsr_pairs([typo, held, partial])) == []


def test_summary_counts_per_corpus_and_type():
    ex = [PairExample("gsr", "a", "a", "x y", (0, 1), (2, 3), "AGREE"),
          PairExample("gsr", "b", "b", "x y", (0, 1), None, "AGREE"),
          PairExample("conflibert", "c", "c", "x y", None, (2, 3), None, 3)]
    out = pairs.summary(ex).splitlines()
    assert out[0].startswith("conflibert: 1 examples, 0 with both")
    assert "gsr: 2 examples, 1 with both parties, 2 groups" in out
    assert any(line.split() == ["AGREE", "2"] for line in out)


@pytest.mark.skipif(not corpora.available(), reason="needs ../shared/data")
def test_shared_examples_are_tune_only_and_index_their_text():
    got = list(pairs.pair_examples())
    assert {e.corpus for e in got} == {"conflibert", "gsr", "m2e2", "acled"} and len(got) > 2500
    sets = {"gsr": "plover_gsr", "acled": "acled", "m2e2": "m2e2"}
    for e in got:
        assert not e.key.startswith("test-")
        assert e.corpus == "conflibert" or corpora.split_of(sets[e.corpus], e.group) == "tune"
        for sp in (e.source, e.target):
            assert sp is None or (0 <= sp[0] < sp[1] <= len(e.text) and e.text[sp[0]:sp[1]].strip())


def _m2e2(text: str, ace: str, plover: str, trigger: str, doc: str = "VOA_X", split: str = "tune",
          **args: str) -> dict:
    def at(word: str) -> tuple[int, int]:
        return (text.index(word), text.index(word) + len(word))
    roles = [(role.rstrip("0123456789"), at(word)) for role, word in args.items()]
    event = {"span": at(trigger), "plover": plover, "conf": "direct", "ace": ace, "args": roles}
    return {"key": f"{doc}_1", "doc": doc, "split": split, "text": text, "events": [event]}


def test_m2e2_reads_attacker_and_target_and_skips_places_and_weapons():
    text = "Rebel gunmen attacked a convoy of Malian soldiers with rockets near Gao."
    rec = _m2e2(text, "Conflict:Attack", "ASSAULT", "attacked", Attacker="gunmen", Target="soldiers",
                Instrument="rockets", Place="Gao")
    got = list(pairs.m2e2_pairs([rec], held=frozenset()))
    assert [(_words(e), e.type, e.group) for e in got] == [(("gunmen", "soldiers"), "ASSAULT", "VOA_X")]


def test_m2e2_leaves_out_held_documents_and_the_test_split():
    text = "Police in Harare detained two opposition activists."
    rec = _m2e2(text, "Justice:Arrest-Jail", "COERCE", "detained", Agent="Police", Person="activists")
    assert [_words(e) for e in pairs.m2e2_pairs([rec], held=frozenset())] == [("Police", "activists")]
    assert list(pairs.m2e2_pairs([rec], held=frozenset({"VOA_X"}))) == []
    assert list(pairs.m2e2_pairs([{**rec, "split": "test"}], held=frozenset())) == []


def test_m2e2_meetings_pair_both_ways_but_a_lone_party_is_no_example():
    text = "The Lao foreign minister met his Thai counterpart in Vientiane."
    rec = _m2e2(text, "Contact:Meet", "CONSULT", "met", Entity1="minister", Entity2="counterpart")
    got = [_words(e) for e in pairs.m2e2_pairs([rec], held=frozenset())]
    assert got == [("minister", "counterpart"), ("counterpart", "minister")]
    alone = _m2e2("The Lao foreign minister spoke at a press meeting.", "Contact:Meet", "CONSULT", "meeting",
                  Entity="minister")
    assert list(pairs.m2e2_pairs([alone], held=frozenset())) == []


def test_m2e2_guards_conditional_types():
    drowned = _m2e2("Nine migrants drowned off the coast of Lesbos.", "Life:Die", "ASSAULT", "drowned",
                    Victim="migrants")
    killed = _m2e2("Nine villagers were killed near the market.", "Life:Die", "ASSAULT", "killed", Victim="villagers")
    owes = _m2e2("Belarus owes Gazprom two billion dollars.", "Transaction:Transfer-Money", "AID", "owes",
                 Giver="Belarus", Recipient="Gazprom")
    aid = _m2e2("Norway gave aid to flood victims in Malawi.", "Transaction:Transfer-Money", "AID", "aid",
                Giver="Norway", Recipient="victims")
    trucks = _m2e2("The company moved grain to the port.", "Movement:Transport", "MOBILIZE", "moved",
                   Agent="company", Artifact="grain")
    troops = _m2e2("Moscow moved troops to the border.", "Movement:Transport", "MOBILIZE", "moved",
                   Agent="Moscow", Artifact="troops")
    got = [_words(e) for e in pairs.m2e2_pairs([drowned, killed, owes, aid, trucks, troops], held=frozenset())]
    assert got == [(None, "villagers"), ("Norway", "victims"), ("Moscow", None)]


def test_m2e2_protesters_are_sources_without_a_target():
    text = "Teachers marched in Nairobi against the pay freeze."
    rec = _m2e2(text, "Conflict:Demonstrate", "PROTEST", "marched", Entity="Teachers", Place="Nairobi")
    assert [(_words(e), e.type) for e in pairs.m2e2_pairs([rec], held=frozenset())] == [(("Teachers", None), "PROTEST")]


@pytest.mark.skipif(not corpora.available(), reason="needs ../shared/data")
def test_m2e2_examples_leave_out_the_analyst_pool():
    held = pairs.analyst_m2e2_docs()
    assert len(held) >= 30
    got = list(pairs.pair_examples(("m2e2",)))
    assert got and not {e.group for e in got} & held
    assert all(corpora.split_of("m2e2", e.group) == "tune" for e in got)


def _acled(note: str, sub: str, actor1: str, actor2: str = "", country: str = "Chad", iso3: str = "TCD",
           split: str = "tune") -> dict:
    return {"key": "TCD1", "split": split, "text": note, "event_type": "", "sub_event_type": sub, "actor1": actor1,
            "inter1": "", "actor2": actor2, "iso3": iso3, "country": country}


def _acled_words(*recs: dict) -> list[tuple[tuple[str | None, str | None], str | None]]:
    return [(_words(e), e.type) for e in pairs.acled_pairs(recs)]


def test_acled_aligns_kind_nouns_tied_to_the_country_in_the_first_sentence():
    note = ("On 3 March 2021, Chadian soldiers opened fire on herders near Mongo (Guera). "
            "Police later arrived in the area. [size=no report]")
    rec = _acled(note, "Attack", "Military Forces of Chad (2021-)", "Civilians (Chad)")
    assert _acled_words(rec) == []  # "herders" is no civilian noun of the list: the note is left out
    rec = _acled(note.replace("herders", "villagers"), "Attack", "Military Forces of Chad (2021-)", "Civilians (Chad)")
    assert _acled_words(rec) == [(("Chadian soldiers", "villagers"), "ASSAULT")]
    got = next(pairs.acled_pairs([rec]))
    assert got.text.endswith("(Guera).") and "Police" not in got.text and got.group == "TCD1"


def test_acled_skips_a_side_with_two_mentions_and_prefers_the_one_of_its_country():
    two = _acled("On 2 June 2021, gunmen killed a man and a woman near Sarh.", "Attack",
                 "Unidentified Armed Group (Chad)", "Civilians (Chad)")
    assert _acled_words(two) == []
    same_kind = _acled("On 9 June 2021, military forces of Kirovia fired on the military forces of Chad near Bol.",
                       "Armed clash", "Military Forces of Kirovia (2019-)", "Military Forces of Chad (2021-)")
    assert _acled_words(same_kind) == [(("military forces of Kirovia", "military forces of Chad"), "ASSAULT")]


def test_acled_a_longer_mention_of_the_other_side_wins_and_rebel_forces_are_no_army():
    note = "On 4 July 2021, armed men abducted a trader near Abeche."
    rec = _acled(note, "Abduction/forced disappearance", "Unidentified Armed Group (Chad)", "Civilians (Chad)")
    assert _acled_words(rec) == []  # "trader" is no civilian noun, and "men" inside "armed men" is not one either
    rebels = _acled("On 5 July 2021, the FACT rebel forces shelled army positions near Faya.", "Armed clash",
                    "FACT: Front for Change and Concord in Chad", "Military Forces of Chad (2021-)")
    assert _acled_words(rebels) == [(("FACT", "army"), "ASSAULT")]
    bare = _acled("On 5 July 2021, the FACT rebel forces shelled positions near Faya.", "Armed clash",
                  "FACT: Front for Change and Concord in Chad", "Military Forces of Chad (2021-)")
    assert _acled_words(bare) == []


def test_acled_protesters_by_kind_noun_or_as_the_subject_of_the_protest_verb():
    kind = _acled("On 1 May 2021, protesters blocked a road in Moundou.", "Peaceful protest", "Protesters (Chad)")
    subject = _acled("On 1 May 2021, in Moundou (Logone Occidental), about 40 bakers held a sit-in protest "
                     "against flour prices. [size=around 40]", "Peaceful protest", "Protesters (Chad)")
    arrest = _acled("On 1 May 2021, police arrested about 40 bakers in Moundou.", "Peaceful protest",
                    "Protesters (Chad)")
    assert _acled_words(kind, subject, arrest) == [(("protesters", None), "PROTEST"),
                                                   (("about 40 bakers", None), "PROTEST")]


def test_acled_keeps_protesters_alone_when_police_intervene_and_skips_other_types_and_test_notes():
    note = "On 8 May 2021, demonstrators marched in Sarh and the police dispersed them with tear gas."
    rec = _acled(note, "Protest with intervention", "Protesters (Chad)", "Police Forces of Chad (2021-)")
    assert _acled_words(rec) == [(("demonstrators", None), "PROTEST")]
    assert _acled_words({**rec, "sub_event_type": "Change to group/activity"}, {**rec, "split": "test"}) == []


def test_acled_an_armed_clash_worded_as_mutual_reads_both_ways():
    fought = _acled("On 6 June 2021, FACT fighters clashed with Chadian troops near Zouar.", "Armed clash",
                    "FACT: Front for Change and Concord in Chad", "Military Forces of Chad (2021-)")
    shelled = _acled("On 6 June 2021, FACT fighters shelled Chadian troops near Zouar.", "Armed clash",
                     "FACT: Front for Change and Concord in Chad", "Military Forces of Chad (2021-)")
    assert [w for w, _ in _acled_words(fought)] == [("FACT", "Chadian troops"), ("Chadian troops", "FACT")]
    assert [w for w, _ in _acled_words(shelled)] == [("FACT", "Chadian troops")]


def test_acled_a_protest_against_an_authority_takes_it_as_target_but_not_its_acts_or_an_issue():
    def target(tail: str) -> str | None:
        rec = _acled(f"On 3 May 2021, in Sarh, fishmongers protested {tail}", "Peaceful protest", "Protesters (Chad)")
        return next(iter(_acled_words(rec)))[0][1]
    assert target("against the regional administration over fuel prices.") == "the regional administration"
    assert target("against the Ministry of Fisheries.") == "the Ministry of Fisheries"
    assert target("against the police, outside the court.") == "the police"
    assert target("against the police raids on their stalls.") is None
    assert target("against a decision of the government to tax fish.") is None
    assert target("against the new fish tax.") is None


def test_acled_protesters_named_as_those_arrested_are_not_the_marchers():
    held = _acled("On 4 May 2021, students marched in Abeche against the police detaining two demonstrators.",
                  "Peaceful protest", "Protesters (Chad)")
    marched = _acled("On 4 May 2021, demonstrators marched in Abeche against the police.", "Peaceful protest",
                     "Protesters (Chad)")
    assert [w for w, _ in _acled_words(held, marched)] == [("demonstrators", "the police")]


def _rams(text: str, aida: str, plover: str, split: str = "tune", **args: str) -> dict:
    spans = [(role.rstrip("0123456789"), (text.index(w), text.index(w) + len(w))) for role, w in args.items()]
    return {"key": "nw_1", "doc": "http://example.org/a", "split": split, "text": text, "span": (0, 1),
            "plover": plover, "conf": "direct", "aida": aida, "args": spans}


def test_rams_reads_roles_by_type_and_leaves_out_kinds_without_a_clear_target():
    urge = _rams("The envoy urged the junta to free the detained mayor .", "contact.requestadvise.broadcast",
                 "REQUEST", communicator="envoy", recipient="junta", place="mayor")
    talks = _rams("Ghanaian and Togolese ministers held talks in Lome .", "contact.discussion.meet", "CONSULT",
                  participant1="Ghanaian", participant2="Togolese ministers")
    embargo = _rams("Oslo barred arms sales to the militia .", "transaction.transferownership.embargosanction",
                    "SANCTION", preventer="Oslo", recipient="militia")
    theft = _rams("Bandits robbed the convoy near Kano .", "conflict.attack.stealrobhijack", "ASSAULT",
                  attacker="Bandits", target="convoy")
    got = [(_words(e), e.type, e.group) for e in pairs.rams_pairs([urge, talks, embargo, theft])]
    assert got == [(("envoy", "junta"), "REQUEST", "http://example.org/a"),
                   (("Ghanaian", "Togolese ministers"), "CONSULT", "http://example.org/a"),
                   (("Togolese ministers", "Ghanaian"), "CONSULT", "http://example.org/a")]
    assert list(pairs.rams_pairs([{**urge, "split": "test"}, {**urge, "plover": ""}])) == []
