"""Admission checks a document must pass before extraction: size and language (py3langid)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..records import Document

MAX_CHARS = 1_000_000  # spaCy's default `nlp.max_length`; larger documents are rejected, not parsed
LANG_SAMPLE = 4000  # characters of the text used for language identification
LANG_MIN_CHARS = 60  # below this, language identification is too unreliable to reject on


@dataclass(frozen=True)
class Admission:
    """Limits applied to every document; `languages` empty means any language is accepted."""

    max_chars: int = MAX_CHARS
    languages: tuple[str, ...] = ("en",)
    min_confidence: float = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability of the text's language (py3langid, normalised probabilities)."""
    lang, prob = _identifier().classify(text[:LANG_SAMPLE])
    return str(lang), float(prob)


def admit(document: Document, admission: Admission) -> str | None:
    """None when the document may be extracted, else the reason it is rejected."""
    n = len(document.text)
    if n > admission.max_chars:
        return f"too large ({n:,} characters > {admission.max_chars:,} limit)"
    if admission.languages and len(document.text.strip()) >= LANG_MIN_CHARS:
        # a page's own language (its article, not its widgets and comments) when the reader identified it
        lang, prob = (document.language, 1.0) if document.language else language_of(document.text)
        if lang not in admission.languages and prob >= admission.min_confidence:
            return f"language '{lang}' (p={prob:.2f}), not {'/'.join(admission.languages)}"
    return None
