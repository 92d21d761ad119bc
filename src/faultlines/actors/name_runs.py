"""Places and demonyms inside longer proper names (#12 round 11b): one name each, never a state of their own.

"Mario de Santiago" is a person (not "Mario de" and Chile's capital), "the University of California" one body,
"North American Free Trade Agreement" and "the Arizona State University" name no state as a party.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .genders import given_sex
from .name_shapes import BUILDINGS

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
NAMED_HEADS = DOCUMENT_HEADS | BODY_HEADS | THING_HEADS  # a name run ending in one names a document, body or thing
NOT_NAME_WORDS = NAMED_HEADS | BUILDINGS
PATRONYMICS = {"bin", "ibn", "bint", "ben"}  # "son of", "daughter of" inside an Arabic or Hebrew name
CAPTION_SLUGS = {"FILE", "PHOTO"}  # "FILE - ...", "FILE PHOTO - ...": an agency photo caption's slug


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
        if nxt is not None and _patronymic_tail(e, nxt):
            for t in nxt:
                t.ent_id_ = e.ent_id_  # a span's id is its root's, here a word of the tail
            out.append(Span(doc, e.start, nxt.end, label="PERSON"))
            k += 2
            continue
        if e.label_ in _PLACEISH and e.root.dep_ in ("compound", "amod"):
            run_end = _capital_run_end(doc, e.end)
            head = doc[run_end - 1] if run_end > e.end else None
            if head is not None and head.lower_ in NAMED_HEADS \
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


def _patronymic_tail(e: Span, nxt: Span) -> bool:
    """A dictionary person named with a title or in full, then the rest of the same name ("King Salman" + "bin Abd
    al-Aziz Al Saud"): one person (round 19, X2). A bare one-word name before "bin" may be a namesake's ("Salman bin
    Hamad" is another man), so it is left alone."""
    return e.label_ == "PERSON" and bool(e.ent_id_) and len(e) >= 2 and nxt.start == e.end \
        and nxt.label_ == "PERSON" and not nxt.ent_id_ and nxt[0].lower_ in PATRONYMICS


def namesake_runs(doc: Doc, ents: list[Span], keeps: Callable[[str, Token], bool],
                  stranger: Callable[[str], bool] = lambda _: False) -> tuple[list[Span], set[int]]:
    """A dictionary person's name inside a longer person's name is someone else's (round 17, E): a one-word name after
    a given name ("Karim Haftar", "Eric Trump"), any name before a surname the report uses again ("Burhan Wani ...
    Wani said", "Mullah Omar Khalid ... Khalid").
    `keeps(id, token)` is true for a neighbour that leaves the entry as it is: a word of its own name ("Hemedti
    Dagalo"), a title, a common noun ("Assad Forces"). The wider name is a PERSON span; its start is returned too
    (its root may still carry the leader's id). `stranger(id)` is true for an entry whose country the report never
    names: then a surname the parser joined to the name is enough ("Burhan Wani" in a report on Kashmir, round 18)."""
    out: list[Span] = []
    wider: set[int] = set()
    for e in ents:
        if e.label_ != "PERSON" or not e.ent_id_:
            out.append(e)
            continue
        start, end = e.start, e.end
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and _name_word(nxt) and not nxt.ent_type_ and given_sex(nxt.text) is None \
                and not keeps(e.ent_id_, nxt) and (_recurs(doc, end) or (  # not a next name run on ("Obama Hillary")
                    doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and stranger(e.ent_id_))):
            end += 1  # "Burhan Wani", "Mullah Omar Khalid" (and later "Wani", "Khalid")
        if len(e) == 1 and start > 0 and _name_word(doc[start - 1]) and given_sex(doc[start - 1].text) is not None \
                and not keeps(e.ent_id_, doc[start - 1]):
            start -= 1  # "Karim Haftar"
        if (start, end) == (e.start, e.end):
            out.append(e)
            continue
        out.append(Span(doc, start, end, label="PERSON"))
        wider.add(start)
    return out, wider


def _recurs(doc: Doc, i: int) -> bool:
    """The word at `i` stands again elsewhere in the document as a person's name or a proper noun party of its own
    (a surname used alone: "Wani said")."""
    return any(t.i not in (i, i - 1) and t.text == doc[i].text and t.pos_ == "PROPN"
               and (t.ent_type_ == "PERSON" or t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"))
               and not (t.i > 0 and doc[t.i - 1].text == doc[i - 1].text) for t in doc)


def _name_word(t: Token) -> bool:
    """A capitalised proper noun outside any other entity (a given name or a surname)."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not t.is_upper \
        and t.ent_type_ in ("", "PERSON") and t.lower_ not in NOT_NAME_WORDS


def uncaptioned(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names without a photo caption's slug the tagger ran into them ("FILE - Riot police", "Besigye FILE - Opposition"):
    the parts before and after "FILE -" / "FILE PHOTO -", each a name of its own when any word is left (round 17, E)."""
    out: list[Span] = []
    for e in ents:
        cut = next((t.i for t in e if t.text in CAPTION_SLUGS), None)
        if cut is None:
            out.append(e)
            continue
        after = cut + 1
        while after < e.end and (doc[after].text in CAPTION_SLUGS or not doc[after].is_alpha):
            after += 1
        out.extend(Span(doc, s, t, label=e.label_) for s, t in ((e.start, cut), (after, e.end))
                   if t > s and any(doc[i].is_alpha for i in range(s, t)))
    return out
