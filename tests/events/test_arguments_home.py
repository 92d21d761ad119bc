"""The document's home country on the argument resolver: computed once per document, the same as
`home_country`, and given to generic actors the sentence does not place. Sentences written for the test."""

from __future__ import annotations

from faultlines.actors import home_country
from faultlines.events.arguments import ArgumentResolver
from faultlines.events.lexicon import load_lexicon
from faultlines.longdocs import parse_one
from faultlines.read import document_from_text

TEXT = ("Nigeria's president met governors in Abuja on Monday. Nigeria said Nigeria would send troops. "
        "Officials in Nigeria gave no figures. Gunmen attacked a village overnight, witnesses said.")


def test_home_is_the_documents_dominant_country_and_is_kept(rules):
    doc = document_from_text(TEXT)
    ctx, actors, places, _ = rules.rule_stages(doc, parse_one(rules.nlp, doc.text))
    resolver = ArgumentResolver(actors, load_lexicon(), places)
    expected = home_country(actors, (iso for _, _, iso in resolver._places))
    assert expected == "NGA"
    assert resolver.home == expected
    assert resolver.__dict__["home"] == "NGA"  # cached: later generic nouns do not recount the document


def test_an_unplaced_generic_actor_takes_the_home_country(code):
    rows = code(TEXT)
    assert any(t == "ASSAULT" and s is not None and s.endswith(".NGA") for t, s, *_ in rows), rows
