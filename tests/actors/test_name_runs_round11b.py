"""Places and demonyms inside longer proper names are no state of their own (#12 round 11b)."""

from __future__ import annotations

from faultlines.read import document_from_text


def read(pipeline, text: str):
    return pipeline.extract(document_from_text(text, guess_title=False))


def ids(pipeline, text: str) -> set[str]:
    return {a.id for a in read(pipeline, text).actors}


def test_a_demonym_opening_a_treatys_name_is_no_state(pipeline):
    assert "USA" not in ids(pipeline, "Mexico rejected the North American Free Trade Agreement talks on Monday.")
    assert "FRA" not in ids(pipeline, "Brazil quit the Paris Agreement last year.")


def test_a_demonym_before_a_common_noun_is_still_the_state(pipeline):
    assert "USA" in ids(pipeline, "Mexico rejected the American proposal on Monday.")


def test_a_university_named_for_a_place_is_one_body(pipeline):
    found = read(pipeline, "A lecturer at the University of Texas, Austin, condemned the strike.")
    names = {a.id: [m.text for m in a.mentions] for a in found.actors}
    assert not any(i.startswith("university-of") and i.rstrip("-").endswith("of") for i in names)
    assert any("Texas" in " ".join(ms) and "University" in " ".join(ms) for ms in names.values())
    assert "Arizona State University" in {m.text for a in read(pipeline, "Students at Arizona State University "
                                                                         "marched on Friday.").actors
                                          for m in a.mentions}


def test_a_family_name_after_a_particle_is_no_capital(pipeline):
    facts = read(pipeline, "Soldiers detained Carlos de Santiago near the border with Colombia.")
    assert "CHL" not in {a.id for a in facts.actors}
    assert any(m.text == "Carlos de Santiago" for a in facts.actors for m in a.mentions)
