"""Triggers found through word vectors (issue 12 round 14, helper X): common act words nearest to each type's
triggers in en_core_web_md's vectors (train/lexicon_vectors.py), each read by hand and declared like the trigger whose
sense it shares; near misses (the word in another use) code nothing. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines import lexvec
from faultlines.events.lexicon import load_lexicon
from faultlines.train.lexicon_vectors import KEPT, REJECTED, candidates, known_words


@pytest.mark.parametrize("text, type_, source, target", [
    # legal acts
    ("Kenyan prosecutors prosecuted opposition leader Raila Odinga for treason.", "ACCUSE", "KEN.JUD", "raila-odinga"),
    ("Thai prosecutors arraigned former prime minister Thaksin Shinawatra on Tuesday.", "ACCUSE", "THA.JUD",
     "THAKSIN_SHINAWATRA"),
    ("Former aide Michael Cohen testified against Donald Trump.", "ACCUSE", "michael-cohen", "DONALD_TRUMP"),
    ("Kenya countersued Uganda over the border dispute.", "ACCUSE", "KEN", "UGA"),
    # criticism and rebuttal
    ("The Iranian president reviled the United States in a speech.", "ACCUSE", "IRN.GOV", "USA"),
    ("The Turkish president insulted the Dutch prime minister.", "ACCUSE", "TUR.GOV", "NLD.GOV"),
    ("Trump blasted the Federal Reserve on Tuesday.", "ACCUSE", "DONALD_TRUMP", "federal-reserve"),
    ("Hungary refuted the accusations from the European Commission.", "REJECT", "HUN", "EU"),
    ("Hungary rebutted the criticism from the European Commission.", "REJECT", "HUN", "EU"),
    ("The Chinese president snubbed the Australian prime minister at the summit.", "REJECT", "CHN.GOV", "AUS.GOV"),
    ("The Republican party disowned the candidate David Duke.", "REJECT", "USA.REP", "david-duke"),
    ("Trump mocked the Canadian prime minister at the summit.", "ACCUSE", "DONALD_TRUMP", "CAN.GOV"),
    ("Hamas taunted Israel in a video.", "ACCUSE", "HAMAS", "ISR"),
    ("The Kenyan president commuted the death sentences of 20 Ugandan prisoners.", "CONCEDE", "KEN.GOV", "UGA.CVL"),
    # threats
    ("A Hamas gunman brandished a rifle at Israeli soldiers.", "THREATEN", "HAMAS", "ISR.MIL"),
    ("The gunman pointed a rifle at two Kenyan police officers.", "THREATEN", "UNIDENTIFIED_ARMED_GROUP", "KEN.POL"),
    ("A Hamas militant pulled a knife on an Israeli soldier.", "THREATEN", "HAMAS", "ISR.MIL"),
    # diplomacy
    ("Russia invited the Taliban to talks in Moscow.", "AGREE", "RUS", "TALIBAN"),
    ("Ethiopia settled the dispute with Eritrea in 2018.", "AGREE", "ETH", "ERI"),
    ("Kenya concurred with Uganda on the border.", "AGREE", "KEN", "UGA"),
    ("Israel downgraded diplomatic ties with South Africa.", "SANCTION", "ISR", "ZAF"),
    # personnel acts (CAMEO 172) and repression
    ("The Ugandan army commander was relieved of his command by President Museveni.", "COERCE", "YOWERI_MUSEVENI",
     "UGA.MIL"),
    ("The Ugandan foreign minister was sacked from his post by President Museveni.", "COERCE", "YOWERI_MUSEVENI",
     "UGA.GOV"),
    ("The Russian authorities demoted the general.", "COERCE", "RUS.GOV", "RUS.MIL"),
    ("The Chinese government persecuted Uyghur Muslims in Xinjiang.", "COERCE", "CHN.GOV", "uyghur-muslims"),
    ("The Chinese coast guard harassed Philippine vessels.", "COERCE", "CHN.POL", "PHL"),
    ("Saudi Arabia exiled the Qatari emir.", "COERCE", "SAU", "QAT.GOV"),
    # violence
    ("Police punched a protester in Nairobi.", "ASSAULT", "KEN.POL", "KEN.PRT"),
    ("Russian police bludgeoned Chechen protesters in Grozny.", "ASSAULT", "RUS.POL", "RUS.PRT"),
    ("Gunmen mutilated the bodies of Nigerian soldiers.", "ASSAULT", "UNIDENTIFIED_ARMED_GROUP", "NGA.MIL"),
    ("The Nigerian army overpowered Boko Haram fighters near Maiduguri.", "ASSAULT", "NGA.MIL", "BOKO_HARAM"),
    # nouns
    ("Protesters condemned the ouster of President Mohamed Bazoum by the Nigerien army.", "COERCE", "NER.MIL",
     "mohamed-bazoum"),
    ("Amnesty condemned the beating of a protester by Kenyan police.", "ASSAULT", "KEN.POL", "PROTESTERS"),
    ("Amnesty condemned the persecution of Kenyan journalists by Ugandan police.", "COERCE", "UGA.POL", "KEN.MED"),
])
def test_a_vector_trigger_codes_its_event(code, text, type_, source, target):
    assert any(r[:3] == (type_, source, target) for r in code(text))


def test_modes_of_the_new_triggers(code_modes):
    assert ("COERCE", "arrest", "NGA.POL") in {r[:3] for r in code_modes("Nigerian police apprehended two suspects in Kano.")}
    assert ("ACCUSE", "investigate", "EGY.POL", "FRA.MED") in {
        r[:4] for r in code_modes("Egyptian police interrogated the French journalist for six hours.")}
    assert ("SANCTION", "withdraw") in {r[:2] for r in code_modes("Israel downgraded diplomatic ties with South Africa.")}


@pytest.mark.parametrize("text", [
    "The Indian prime minister snubbed the summit in Astana.",  # a meeting snubbed: no party (not its place)
    "The Kenyan actor, whose performance was snubbed by the Golden Globes, won in Berlin.",  # an award's snub
    "The explosion blasted the windows of the Kenyan embassy.",  # a blast, no criticism
    "The striker blasted the ball into the net.",
    "The government invited bids for the new port.",
    "Kenya settled the score with Uganda in the final.",  # revenge in sport, no settlement
    "The Kenyan government downgraded its growth forecast.",
    "The Kenyan team overpowered Uganda 3-1 in the final.",  # a sports result
    "Nigerian police bludgeoned the ball.",  # no party hit
    "Thousands of Kenyans commute to Nairobi every day.",
    "Kenya aimed at Uganda's market with new exports.",  # no weapon aimed
    "Police pointed their weapons at the ground.",
    "The Kenyan student said her classmates harassed her.",  # no force or authority harasses
    "The boy said Kenyan classmates harassed Ugandan pupils.",
    "The students staged a mock trial of the Kenyan president.",  # an adjective
    "Uganda sacked the Kenyan foreign minister's speech writer.",  # not an official the rule lists
    "Critics said Kenya's weak response invited Ugandan aggression.",  # brought on, no invitation
    "The Kenyan president's dismissal of the Ugandan proposal angered Kampala.",  # a rejection's noun, no sacking
])
def test_near_misses_code_nothing(code, text):
    assert code(text) == []


@pytest.mark.parametrize("text, kept", [
    ("The Kenyan court dismissed the charges against the opposition leader.", None),  # claims dismissed: no dismissal
    ("The Kenyan minister dismissed the allegations by Uganda.", "REJECT"),
])
def test_dismissing_a_claim_is_no_dismissal_of_an_official(code, text, kept):
    types = {r[0] for r in code(text)}
    assert "COERCE" not in types
    assert kept is None or kept in types


def test_fired_from_a_post_is_a_dismissal_not_gunfire(code):
    found = code("The Nigerian police chief was fired from his post by President Tinubu.")
    assert any(r[0] == "COERCE" and r[1] == "BOLA_TINUBU" for r in found)
    assert not any(r[0] == "ASSAULT" for r in found)


def test_the_review_is_in_the_lexicon():
    lex = load_lexicon()
    words = set(lex.verbs) | set(lex.nouns)
    assert set(KEPT) <= words
    rejected = {w for ws in REJECTED.values() for w in ws}
    assert not rejected & set(KEPT)
    assert not {"acquit", "strangle", "rout", "appoint", "nationalize", "quell"} & words


@pytest.mark.skipif(not lexvec.available(), reason="word-vector package not installed")
def test_candidates_are_new_words_ranked_by_type():
    found = candidates(top=5)
    known = known_words()
    assert found and not any(c.word in known for c in found)
    assert all(c.pos in ("verb", "noun") and " " not in c.word for c in found)
    by_group: dict[tuple[str, str, str | None], list[float]] = {}
    for c in found:
        by_group.setdefault((c.type, c.pos, c.mode), []).append(c.score)
    assert all(len(s) <= 5 and s == sorted(s, reverse=True) for s in by_group.values())


# review of round 14: sport, weapons, reactions invited and staff fired are no acts of these words
@pytest.mark.parametrize("text", [
    "Senegal's 3-1 beating of Egypt stunned Cairo.",  # a result, no beating
    "The supporters taunted the Ugandan players after the game.",  # sport's taunts
    "Kenyan fans mocked the Nigerian goalkeeper.",
    "The Nigerian governor fired three senior aides on Friday.",  # a dismissal, no gunfire
    "The Ugandan president fired the head of the electoral commission.",
    "Kenyan troops shelled out billions for new helicopters.",  # paying, no shelling
])
def test_review_near_misses_code_nothing(code, text):
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "Ukrainian drones blasted a Russian fuel depot near Bryansk.",  # weapons blast, no criticism
    "Russian troops blasted Ukrainian trenches near Avdiivka.",
])
def test_blasting_by_weapons_or_forces_is_no_criticism(code, text):
    assert "ACCUSE" not in {r[0] for r in code(text)}


@pytest.mark.parametrize("text, type_, source", [
    ("The general's coup invited condemnation from the African Union.", "ACCUSE", "AU"),
    ("The regime's crackdown invited sanctions from the United States.", "SANCTION", "USA"),
])
def test_a_reaction_invited_keeps_its_own_event(code, text, type_, source):
    found = code(text)
    assert any(r[:2] == (type_, source) for r in found)
    assert "AGREE" not in {r[0] for r in found}


def test_forces_blasting_with_weapons_stay_an_attack(code):
    found = code("Ethiopian forces blasted Tigrayan towns with artillery.")  # the attack rule, before the guards
    assert any(r[:2] == ("ASSAULT", "ETH.MIL") for r in found)
    assert "ACCUSE" not in {r[0] for r in found}


def test_fired_on_stays_gunfire(code):
    assert any(r[:3] == ("ASSAULT", "AL_SHABAAB", "KEN.GOV")
               for r in code("Two Kenyan officials were fired on by Al-Shabaab gunmen."))
