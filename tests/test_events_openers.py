"""Sentences re-parsed after a date-and-place opener (events/openers.py): one copy of the document for all of
them, with the same annotations as re-parsing each sentence over its own copy of the document's prefix."""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

from faultlines.events.headlines import ATTRS
from faultlines.events.openers import _clause_parse, reparsed_clause

NOTES = ("On 4 June 2021, in Cuiaba, Mato Grosso, bus drivers blocked a highway to demand unpaid wages. "
         "The drivers said they had not been paid since March. "
         "On 5 June 2021, in Goma, Nord-Kivu, students marched to the governor's office. "
         "Police dispersed them with tear gas. "
         "On 6 June 2021, in Sukkur, Sindh, journalists protested against the arrest of an editor. "
         "On 9 June 2021, in Sobral, Ceara, street vendors protested against the closure of the market.")


def prefix_reparse(sent, nlp):
    """The former way, kept here as the reference: the sentence's re-parse over a copy of the prefix."""
    parsed = _clause_parse(sent, nlp)
    if parsed is None:
        return None
    start, copy, root = parsed
    doc = sent.doc
    head = doc[: sent.end]
    arr = head.as_doc().to_array(ATTRS)
    arr[start: sent.end] = copy.to_array(ATTRS)
    h, dep = ATTRS.index(HEAD), ATTRS.index(DEP)
    for i in range(sent.start, start):
        tok = doc[i]
        if not sent.start <= tok.head.i < start or tok.head.i == i:
            arr[i, h] = start + root - i
            arr[i, dep] = doc.vocab.strings["punct" if tok.is_punct else "prep"]
    new = Doc(doc.vocab, words=[t.text for t in head], spaces=[bool(t.whitespace_) for t in head])
    new.from_array(ATTRS, arr)
    return new[sent.start: sent.end]


def annotations(span):
    return [(t.i, t.idx, t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in span]


def test_one_copy_gives_the_prefix_copies_annotations(pipeline):
    doc = pipeline.nlp(NOTES)
    reparsed = 0
    for sent in doc.sents:
        new, old = reparsed_clause(sent, pipeline.nlp), prefix_reparse(sent, pipeline.nlp)
        assert (new is None) == (old is None), sent.text
        if new is not None:
            reparsed += 1
            assert annotations(new) == annotations(old), sent.text
    assert reparsed >= 2  # the test would prove nothing if no sentence needed a re-parse


def test_the_re_parsed_sentences_share_one_copy_of_the_document(pipeline):
    """Each re-parse used to copy the document up to its sentence: quadratic on a long document."""
    doc = pipeline.nlp(NOTES)
    spans = [s for s in (reparsed_clause(sent, pipeline.nlp) for sent in doc.sents) if s is not None]
    assert len(spans) >= 2 and all(s.doc is spans[0].doc for s in spans)
    assert len(spans[0].doc) == len(doc)


def test_the_subject_after_the_opener_is_the_clause_subject(pipeline):
    doc = pipeline.nlp(NOTES)
    sent = list(doc.sents)[2]
    clause = reparsed_clause(sent, pipeline.nlp) or sent
    students = next(t for t in clause if t.text == "students")
    assert students.dep_ == "nsubj" and students.head.text == "marched"
