"""The judge's features read the real parse: ancestors stop at the root, and the trigger's frame is named."""

from __future__ import annotations

from faultlines.events.judge import features, load_judge, trigger_token
from faultlines.read import document_from_text
from faultlines.records import Event, Mention
from faultlines.train.code import code_texts

TYPES = {"arm": "AID", "shell": "ASSAULT", "attack": "ASSAULT"}


def _feats(pipeline, text: str, lemma: str) -> list[str]:
    """Features of a candidate on the first word with this lemma, in spaCy's own parse of the text."""
    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.lemma_ == lemma)
    trigger = Mention(tok.idx, tok.idx + len(tok), tok.text)
    event = Event("e1", TYPES[lemma], None, None, 0, len(text), text, trigger=trigger)
    found = trigger_token(doc, event)
    assert found is not None and found.i == tok.i
    return features(event, found)


def test_ancestors_stop_at_the_root(pipeline):
    root = _feats(pipeline, "Russia armed the rebels in the east.", "arm")
    assert not [f for f in root if f.startswith(("a0=", "a1="))]
    under = _feats(pipeline, "Officials said that Russia armed the rebels in the east.", "arm")
    assert "a0=say" in under and not [f for f in under if f.startswith("a1=")]


def test_frame_names_negation_modality_and_reported_speech(pipeline):
    plain = _feats(pipeline, "Russia armed the rebels in the east.", "arm")
    negated = _feats(pipeline, "Russia did not arm the rebels in the east.", "arm")
    modal = _feats(pipeline, "Russia could arm the rebels in the east.", "arm")
    reported = _feats(pipeline, "Officials said that Russia armed the rebels in the east.", "arm")
    assert "neg|AID" in negated and "neg|AID" not in plain
    assert "mod=could" in modal and not [f for f in plain if f.startswith("mod=")]
    assert "rep" in reported and "rep" not in plain
    assert "nom=False|AID" in plain and "su=nsubj:GPE" in plain


def test_frame_names_a_passive_agent_and_a_nominal_host(pipeline):
    passive = _feats(pipeline, "The village was shelled by rebel fighters on Sunday.", "shell")
    assert "su=agent:fighter" in passive
    nominal = _feats(pipeline, "Rebels launched an attack on the army base.", "attack")
    assert "nom=True|ASSAULT" in nominal and "host=dobj:launch|ASSAULT" in nominal


def test_shipped_judge_keeps_a_rally_and_vetoes_a_road_accident(pipeline):
    assert load_judge() is not None
    rally = "Tens of thousands rallied in the port city to protest against the new labour law."
    accident = "A coach carrying pilgrims overturned on a mountain road, killing 23 passengers."
    rules_rally = next(code_texts(pipeline, [rally])).events
    rules_accident = next(code_texts(pipeline, [accident])).events
    assert any(e.type == "PROTEST" for e in rules_rally) and any(e.type == "ASSAULT" for e in rules_accident)
    assert any(e.type == "PROTEST" for e in pipeline.extract(document_from_text(rally)).events)
    assert not any(e.type == "ASSAULT" for e in pipeline.extract(document_from_text(accident)).events)


def test_shipped_judge_vetoes_a_blizzard_and_keeps_gunmen(pipeline):
    blizzard = "A blizzard killed nine herders in Mongolia."
    gunmen = "Gunmen killed 20 villagers in Plateau state."
    assert any(e.type == "ASSAULT" for e in next(code_texts(pipeline, [blizzard])).events)
    assert not any(e.type == "ASSAULT" for e in pipeline.extract(document_from_text(blizzard)).events)
    assert any(e.type == "ASSAULT" for e in pipeline.extract(document_from_text(gunmen)).events)
