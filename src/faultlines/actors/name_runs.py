"""Places and demonyms inside longer proper names (#12 round 11b): one name each, never a state of their own.

"Mario de Santiago" is a person (not "Mario de" and Chile's capital), "the University of California" one body,
"North American Free Trade Agreement" and "the Arizona State University" name no state as a party.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# a particle that joins a given name to a family name that may also be a place ("de Santiago", "van Buren")
PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "y"}
# heads of a capitalised name that names a document or a body, not a party to what is reported
DOCUMENT_HEADS = {"agreement", "agreements", "treaty", "accord", "accords", "pact", "convention", "protocol",
                  "charter", "act", "declaration", "doctrine", "compact", "partnership"}
BODY_HEADS = {"university", "college", "institute", "academy", "school", "museum", "foundation", "library"}
# heads of a capitalised name of a thing or an event: no actor at all ("the Qatar World Cup", "Kabul Airport")
THING_HEADS = {"airport", "stadium", "bridge", "dam", "cup", "championship", "games", "prize", "award", "airlines",
               "airways", "hospital"}
_PLACEISH = {"GPE", "NORP", "LOC"}


def _capital_run_end(doc: Doc, i: int) -> int:
    """End of the run of capitalised proper nouns starting at token `i` (hyphens inside a name kept)."""
    j = i
    while j < len(doc) and (doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADJ")
                            or doc[j].text == "-" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
        j += 1
    return j


def join_name_runs(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with name fragments joined: "Mario de" + "Santiago" one person, "the University of" + "California"
    one organisation; a place or demonym that only opens a capitalised document or body name is dropped."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        e = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.start == e.end and nxt.label_ in _PLACEISH:
            last = e[-1].lower_
            if e.label_ == "PERSON" and last in PARTICLES and len(e) >= 2:
                out.append(Span(doc, e.start, nxt.end, label="PERSON"))
                k += 2
                continue
            if e.label_ == "ORG" and last == "of" and len(e) >= 2 and e[-2].lower_ in BODY_HEADS:
                end = nxt.end
                after = ents[k + 2] if k + 2 < len(ents) else None
                if after is not None and after.label_ == "GPE" and after.start == end + 1 and doc[end].text == "," \
                        and after.root.dep_ == "appos" and e.start <= after.root.head.i < end:
                    end = after.end  # "the University of California, Los Angeles"
                    k += 1
                out.append(Span(doc, e.start, end, label="ORG"))
                k += 2
                continue
        if e.label_ in _PLACEISH and e.root.dep_ in ("compound", "amod"):
            run_end = _capital_run_end(doc, e.end)
            head = doc[run_end - 1] if run_end > e.end else None
            if head is not None and head.lower_ in DOCUMENT_HEADS | BODY_HEADS | THING_HEADS \
                    and all(doc[i].dep_ in ("compound", "amod") for i in range(e.start, run_end - 1)):
                if head.lower_ in BODY_HEADS:
                    out.append(Span(doc, e.start, run_end, label="ORG"))
                # and a document's or a thing's name is no actor at all
                while k + 1 < len(ents) and ents[k + 1].start < run_end:
                    k += 1
                k += 1
                continue
        out.append(e)
        k += 1
    return out
