""""them" in an apposed share of a plural noun ("40 people, many of them children, were killed") stands for that
noun, never for the party that said so (issue 12 round 20, P); a "them" elsewhere keeps its antecedent. Sentences
written for the test."""

from __future__ import annotations

from faultlines.read import document_from_text


def _edges(pipeline, text):
    return {(e.type, e.source, e.target) for e in pipeline.extract(document_from_text(text)).events}


def test_a_share_of_the_dead_is_the_dead_not_the_speaker(pipeline):
    text = ("Yemeni rebel forces say more than 40 people, many of them children, were killed in an assault on a "
            "village near Taiz.")
    edges = _edges(pipeline, text)
    assert ("ASSAULT", None, "YEM.CVL") in edges
    assert not any(t == "YEM.REB" for ty, _, t in edges if ty == "ASSAULT")


def test_them_after_and_keeps_its_antecedent(pipeline):
    from faultlines.pipeline import Pipeline

    rules = Pipeline(model=False, nlp=pipeline.nlp)  # the actor stage's reading, whatever the judge keeps
    edges = _edges(rules, "The rebels in Mali said soldiers had beaten many of them.")  # no comma before the share
    assert any(t == "MLI.REB" for ty, _, t in edges if ty == "ASSAULT")
