"""What the judge keeps beyond its veto: an appeal's requested action goes, a denial and an intent stay."""

from __future__ import annotations

from faultlines.events.judge import governed, judge_events, load_judge
from faultlines.train.code import code_texts


def _coded(pipeline, text: str):
    return next(code_texts(pipeline, [text]))


def test_the_action_an_appeal_asks_for_is_not_a_second_event(pipeline):
    c = _coded(pipeline, "The European Union asked Turkey to stop shelling Kurdish positions.")
    asked = next(e for e in c.events if e.type == "REQUEST")
    shelling = next(e for e in c.events if e.type == "ASSAULT")
    assert shelling.polarity == "hypothetical"
    assert governed(c.ctx.doc, shelling, c.events) and not governed(c.ctx.doc, asked, c.events)
    judged = judge_events(c.ctx, c.events, load_judge())
    assert [e.type for e in judged] == ["REQUEST"]


def test_the_action_a_wish_asks_of_someone_else_is_not_an_event(pipeline):
    c = _coded(pipeline, "The minister said he wants the United States to lift the sanctions on Cuba.")
    lift = next(e for e in c.events if e.trigger is not None and e.trigger.text == "lift")
    assert lift.polarity == "hypothetical" and lift.source is not None
    assert governed(c.ctx.doc, lift, c.events)
    assert not any(e.trigger == lift.trigger for e in judge_events(c.ctx, c.events, load_judge()))


def test_a_denied_relation_and_an_intent_are_kept(pipeline):
    denied = _coded(pipeline, "Russia denied that its jets bombed the hospital in Idlib.")
    bombed = next(e for e in denied.events if e.type == "ASSAULT")
    assert bombed.polarity == "negated" and not governed(denied.ctx.doc, bombed, denied.events)
    assert any(e.type == "ASSAULT" for e in judge_events(denied.ctx, denied.events, load_judge()))
    plan = _coded(pipeline, "The Kremlin is considering sending troops to Belarus.")
    sending = next(e for e in plan.events if e.trigger is not None and e.trigger.text == "sending")
    assert sending.polarity == "hypothetical" and not governed(plan.ctx.doc, sending, plan.events)
