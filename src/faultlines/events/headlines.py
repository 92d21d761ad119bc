"""Title Case headlines ("Rebels Seize Town As Army Retreats") re-parsed from a sentence-cased copy.

spaCy tags capitalised headline verbs as PROPN; the copy keeps the case of names only, has the same
length and tokens, and its annotations are laid over the original tokens, so offsets carry over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from ..actors import ActorLookup
    from ..context import Context

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
NAME_ENTS = frozenset({"GPE", "LOC", "NORP"})


def is_headline(ctx: Context, sent: Span) -> bool:
    """A title segment, or a standalone line that is its whole paragraph."""
    seg = ctx.segment_at(sent.start_char)
    if seg is None or seg.kind in ("signature", "comment", "dateline"):
        return False
    if seg.kind == "title":
        return True
    text = ctx.text[seg.start:seg.end].strip()
    return "\n" not in text and not text.endswith((".", ";", ":", ",")) and sent.text.strip() == text


def sentence_cased(sent: Span, keep: set[int]) -> str:
    """The sentence's text with every word lower-cased but its first, acronyms and the token indices in `keep`."""
    parts = []
    for k, t in enumerate(sent):
        word = t.text if k == 0 or t.i in keep or t.is_upper or not t.is_alpha else t.text.lower()
        parts.append(word + t.whitespace_)
    return "".join(parts)


def name_tokens(sent: Span, actors: ActorLookup, place_spans: list[tuple[int, int]]) -> set[int]:
    """Tokens that name something: a resolved actor, a place mention, or a country, region or people."""
    return {t.i for t in sent if actors.token_actor(t.i) is not None or t.ent_type_ in NAME_ENTS
            or any(a <= t.idx < b for a, b in place_spans)}


def reparsed(sent: Span, nlp: Language, keep: set[int]) -> Span | None:
    """The sentence with the sentence-cased copy's parse over its own text and offsets; None if tokens differ."""
    copy = nlp(sentence_cased(sent, keep))
    if [(t.idx, len(t)) for t in copy] != [(t.idx - sent.start_char, len(t)) for t in sent]:
        return None
    doc = sent.doc
    head = doc[: sent.end]  # the document up to the headline: token indices and offsets stay the same
    arr = head.as_doc().to_array(ATTRS)
    arr[sent.start: sent.end] = copy.to_array(ATTRS)
    new = Doc(doc.vocab, words=[t.text for t in head], spaces=[bool(t.whitespace_) for t in head])
    new.from_array(ATTRS, arr)  # type: ignore[arg-type]  # spaCy types to_array's uint64 array as floats
    return new[sent.start: sent.end]


# Verbs a headline drops "was/were" before ("Police officer shot in Memphis", "Journalist detained"): acts done to
# someone, which in the active voice always name whom ("Gunman shoots two officers" is written in the present).
DONE_TO = frozenset({"shoot", "kill", "wound", "injure", "stab", "murder", "slay", "behead", "execute", "abduct",
                     "kidnap", "arrest", "detain", "jail", "charge", "indict", "convict", "sentence", "beat",
                     "assault", "hurt", "capture", "seize"})


def headline_participles(sent: Span) -> None:
    """A headline's first word the parser made an adjective subject is a noun ("Gunman" tagged JJ). A headline's past-tense act verb with a subject and no object is the participle of a dropped "was"
    ("Chicago police officer shot, suspect killed": both were shot and killed, by no one named): its tag becomes
    VBN and its subject a passive one, in place, so the coder reads the subject as the one the act was done to."""
    for t in sent:
        if t.dep_ == "nsubj" and t.tag_ == "JJ" and t.i == sent.start and t.head.pos_ == "VERB" and t.text.istitle():
            t.tag_, t.pos_, t.lemma_ = "NN", "NOUN", t.lower_  # "Gunman shoots two officers": no adjective does it
    for t in sent:
        if t.tag_ != "VBD" or t.lemma_.lower() not in DONE_TO:
            continue
        kids = list(t.children)
        if any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "agent", "xcomp", "nsubjpass") for c in kids):
            continue
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            continue
        t.tag_ = "VBN"
        subjects[0].dep_ = "nsubjpass"
