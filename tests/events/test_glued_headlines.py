"""Events of a first line that glues a Title Case headline to the body ("Headline-DATELINE — -Body"): the dateline
and the headline's last name are no party of the body's first sentence (`structure.glued`)."""

from __future__ import annotations

NBSP = "\xa0"


def test_the_body_keeps_its_own_parties(code):
    text = (f"Police Detain, Then Free Opposition Leader Mwangi-NAIROBI —{NBSP}-Kenyan police detained opposition "
            "leader John Mwangi in the capital on Monday.")
    events = code(text)
    assert any(e[0] == "COERCE" and e[1] == "KEN.POL" and e[3] == "asserted" for e in events), events
    assert all(e[1] is None or "NAIROBI" not in e[1].upper() for e in events), events
