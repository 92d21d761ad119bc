"""Sentences that open with a date and place adverbial ("On 2 May 2021, in Teresina, Piaui, teachers protested ...")
re-parsed without it: the small parser often takes the subject for one more place or for the date's object.

The clause after the opener is parsed alone; its annotations are laid over the original tokens (offsets carry
over) and the opener hangs from the clause's root, as `headlines.reparsed` does for Title Case headlines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

from .headlines import ATTRS, present_reading

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

OPENING = frozenset({"on", "around", "between", "from", "during", "overnight", "as", "in", "late", "early", "by"})
PLACE_PREPS = frozenset({"in", "on", "at", "near", "along", "outside", "inside"})
PLACE_WORDS = frozenset({"PROPN", "PUNCT", "DET", "NUM", "ADP", "CCONJ"})


def opener_end(sent: Span) -> int | None:
    """The index of the first token after an opening date (and place) adverbial, or None without one."""
    toks = list(sent)
    if len(toks) < 6 or toks[0].lower_ not in OPENING:
        return None
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not commas or commas[0] > 8 or not any(t.ent_type_ in ("DATE", "TIME") for t in toks[:commas[0]]):
        return None
    end = commas[0] + 1
    if end < len(toks) and toks[end].lower_ in PLACE_PREPS:  # "in Teresina, Piaui, ": a place list
        later = [k for k in commas if k > end]
        if not later:
            return None
        end = later[0] + 1
        for k in later[1:]:
            if all(t.pos_ in PLACE_WORDS for t in toks[end:k]) and toks[end].pos_ == "PROPN":
                end = k + 1
            else:
                break
    if end >= len(toks) - 3 or not any(t.pos_ in ("VERB", "AUX") for t in toks[end:]):
        return None
    return sent.start + end


def needs_reparse(sent: Span, start: int) -> bool:
    """The parse after the opener lacks a verb root with a subject of its own."""
    root = sent.root
    if root.i < start or root.pos_ not in ("VERB", "AUX"):
        return True
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= start for c in root.children)


def _clause_parse(sent: Span, nlp: Language) -> tuple[int, Doc, int] | None:
    """The clause after the sentence's opener parsed alone: (its first token, the parse, its root's index in the
    parse); None when there is no opener, the parse was fine, or the re-parse does not split into the same tokens."""
    start = opener_end(sent)
    if start is None or not needs_reparse(sent, start):
        return None
    clause = sent.doc[start: sent.end]
    copy = nlp(clause.text)
    if [(t.idx, len(t)) for t in copy] != [(t.idx - clause.start_char, len(t)) for t in clause]:
        return None
    root = next((t for t in copy if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or len(list(copy.sents)) != 1:
        return None
    return start, copy, root.i


def reparsed_clauses(doc: Doc, nlp: Language) -> dict[int, Span]:
    """Every sentence of `doc` whose clause needed a re-parse, by its first token's index: the re-parses are laid
    over ONE copy of the document (token indices and offsets carry over), so a long document costs one copy."""
    found = [(sent, parsed) for sent in doc.sents if (parsed := _clause_parse(sent, nlp)) is not None]
    if not found:
        return {}
    arr: Any = doc.to_array(ATTRS)  # a 2-d integer array (HEAD is a relative offset)
    h, dep = ATTRS.index(HEAD), ATTRS.index(DEP)
    for sent, (start, copy, root) in found:
        arr[start: sent.end] = copy.to_array(ATTRS)
        new_root = start + root
        for i in range(sent.start, start):  # the opener hangs from the clause's root
            tok: Token = doc[i]
            if not sent.start <= tok.head.i < start or tok.head.i == i:
                arr[i, h] = new_root - i
                arr[i, dep] = doc.vocab.strings["punct" if tok.is_punct else "prep"]
    new = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    new.from_array(ATTRS, arr)
    return {sent.start: new[sent.start: sent.end] for sent, _ in found}


_DONE: WeakKeyDictionary[Doc, tuple[Language, dict[int, Span]]] = WeakKeyDictionary()


def reparsed_clause(sent: Span, nlp: Language) -> Span | None:
    """The sentence with its clause re-parsed after the opener, or without one read with its present plural verb
    first (`headlines.present_reading`: "Riot police fire tear gas at miners"); None when the parse was fine or the
    re-parse does not split into the same tokens. The document's opener re-parses are made once, on the first call."""
    doc = sent.doc
    done = _DONE.get(doc)
    if done is None or done[0] is not nlp:
        done = _DONE[doc] = (nlp, reparsed_clauses(doc, nlp))
    found = done[1].get(sent.start)
    return found if found is not None else present_reading(sent, nlp)
