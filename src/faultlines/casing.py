"""Title Case lines read in sentence case: spaCy's small model tags capitalised headline words as names
("Kenya Expels Chinese Diplomat" becomes one place), so a copy keeps the capitals of names only.

The copy has the same length and tokens as the line, so its annotations can be laid over the original.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.language import Language
    from spacy.tokens import Doc, Span

RULERS = ("exact_ruler", "entity_ruler")  # the dictionary's and the gazetteer's names (nlp.build_nlp)
CAPTION_TAGS = frozenset({"FILE", "PHOTO", "VIDEO"})  # an agency caption's slug: "FILE - ...", "FILE PHOTO - ..."


# All-caps names the parser reads as English words, spelt for the parse as a name it reads as one ("IS claimed the
# attack": the Islamic State, not the verb "is")
ACRONYMS = {"IS": "ISIS"}


def acronym_words(sent: Span) -> list[str] | None:
    """The sentence's words with `ACRONYMS` spelt as names, for a parse; None when it has none, or is an all-caps
    line ("THIS IS A TEST": the words are words)."""
    words = [ACRONYMS.get(t.text, t.text) for t in sent]
    if words == [t.text for t in sent] or not any(t.is_lower for t in sent):
        return None
    return words


def parsed_copy(nlp: Language, sent: Span, words: list[str], skip: str, one: bool = True) -> Doc | None:
    """`words` (one for each token of `sent`) parsed by every pipe of `nlp` but `skip`; with `one`, None unless
    it reads as one sentence."""
    from spacy.tokens import Doc

    copy = Doc(sent.doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
    for name, proc in nlp.pipeline:
        if name != skip:
            copy = proc(copy)
    return copy if not one or len(list(copy.sents)) == 1 else None


def title_case(sent: Span) -> bool:
    """A headline-style line ("Drone Attack Kills Five In Northern Mali"): nearly every word starts with a capital,
    short lower-case function words apart ("Rebels Seize Post on Border as Army Retreats")."""
    words = [t for t in sent if t.is_alpha and not t.is_upper]
    if len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words):
        return True
    content = [t for t in words if not (t.is_lower and t.is_stop and len(t) <= 4)]  # AP style: "on", "as" small
    return len(content) >= 3 and all(t.text[:1].isupper() for t in content)


def sentence_cased(sent: Span, keep: set[int]) -> str:
    """The sentence's text with every word lower-cased but its first, acronyms and the token indices in `keep`."""
    parts = []
    for k, t in enumerate(sent):
        word = t.text if k == 0 or t.i in keep or t.is_upper or not t.is_alpha else t.text.lower()
        parts.append(word + t.whitespace_)
    return "".join(parts)


def known_names(sent: Span, nlp: Language, named: Collection[int] = ()) -> set[int]:
    """The tokens of a Title Case line that keep their capitals: names the dictionary or gazetteer knows, words that
    are no English word ("Besigye"), and a name in `named` (token indices the first parse named) right after a
    lower-case preposition ("in Lima", "at Camp David"), up to a present verb ("as Russia Tightens Grip": the verb
    ends the name). The first parse's names are not trusted alone: it reads "Kenya Expels" as one place."""
    from .places.gazetteer import english_words

    ruled = nlp.make_doc(sent.text)
    for name in RULERS:
        if name in nlp.pipe_names:
            ruled = nlp.get_pipe(name)(ruled)
    chars = {sent.start_char + t.idx for e in ruled.ents for t in e}
    english = english_words()
    verbs = present_verbs(sent)
    keep: set[int] = set()
    chain: set[int] = set()  # a name begun after a lower-case preposition: only it goes on through named words
    for t in sent:
        after = t.i > sent.start and ((t.nbor(-1).is_lower and t.nbor(-1).pos_ == "ADP") or (
            t.i - 1 in chain and t.is_alpha and t.nbor(-1).is_alpha))
        if t.idx in chars or (t.is_alpha and t.text[:1].isupper() and not any(w in english for w in stems(t.lower_))):
            keep.add(t.i)
            if after:
                chain.add(t.i)
        elif t.i in named and after and t.i not in verbs and not (t.nbor(-1).lower_ == "to" and t.lower_ in english):
            keep.add(t.i)  # "at Camp David": the name goes on; "Agree to Reopen Border": an English word after
            chain.add(t.i)  # "to" starts no name the dictionary does not know (it is the verb)
        elif t.is_alpha and t.text[:1].isupper() and t.i > sent.start and t.nbor(-1).text.endswith(".") \
                and len(t.nbor(-1)) <= 4 and t.nbor(-1).text[:1].isupper():
            keep.update((t.i - 1, t.i))  # "Rep. Smith", "Gen. Lee", "S. African": a title's or a name's abbreviation
    return keep


def present_verbs(sent: Span) -> set[int]:
    """Tokens that may be a headline's present verb with its object after it ("as Russia Tightens Grip on Crimea"):
    an "-s" form of an English word followed by another word."""
    return {t.i for t in sent[:-1] if len(t) > 3 and t.lower_.endswith("s") and not t.lower_.endswith("ss")
            and t.nbor().is_alpha and english_stem(t.lower_) is not None}


def english_stem(word: str) -> str | None:
    """The English word an "-s" form spells ("tightens" -> "tighten", "pushes" -> "push"), or None."""
    from .places.gazetteer import english_words

    words = english_words()
    forms = (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "", word[:-1])
    return next((f for f in forms if len(f) > 2 and f in words), None)


def english(sent: Span, share: float = 0.8) -> bool:
    """Most of the sentence's words are English words (a German line's capitalised nouns are no headline)."""
    from .places.gazetteer import english_words

    words = english_words()
    alpha = [t for t in sent if t.is_alpha]
    return bool(alpha) and sum(any(w in words for w in stems(t.lower_)) for t in alpha) >= share * len(alpha)


def stems(word: str) -> tuple[str, ...]:
    """The word and the stems its "-ed" or "-ing" ending may hide ("seized", "jammed", "fleeing", "buried"), or the
    singular of a "-men" plural ("women", "gunmen")."""
    if word.endswith("men") and len(word) > 3:
        return word, word[:-3] + "man"
    for end in ("ed", "ing"):
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            return word, stem, stem + "e", stem[:-1], stem[:-1] + "y" if stem.endswith("i") else stem
    return (word,)


def standalone(sent: Span) -> bool:
    """The sentence is a whole line of its own (a headline, a subhead), not part of a paragraph nor a sentence
    that ends with a full stop."""
    text = sent.doc.text
    before = text[text.rfind("\n", 0, sent.start_char) + 1: sent.start_char]
    end = sent.start_char + len(sent.text.rstrip())
    nl = text.find("\n", end)
    after = text[end: len(text) if nl < 0 else nl]
    line = sent.text.strip()
    from .structure.glued import glued_title  # "Headline-DATELINE — -Body": the headline is a line of its own

    if (g := glued_title(text)) is not None and (sent.start_char, end) == (g.title_start, g.title_end):
        return True
    return not before.strip() and not after.strip() and len(line) <= 200 and not line.endswith(".")
