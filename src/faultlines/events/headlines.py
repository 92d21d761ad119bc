"""Title Case headlines ("Rebels Seize Town As Army Retreats") re-parsed from a sentence-cased copy.

spaCy tags capitalised headline verbs as PROPN; the copy keeps the case of names only (`casing`), has the same
length and tokens, and its annotations are laid over the original tokens, so offsets carry over. A copy still
read as one noun phrase ("Police fire tear gas at nurses") is read again with its verb in the past tense.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from ..casing import (
    CAPTION_TAGS,
    acronym_words,
    english,
    english_stem,
    known_names,
    parsed_copy,
    sentence_cased,
)
from .lexicon import load_lexicon
from .polarity import DASHES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from ..actors import ActorLookup
    from ..context import Context

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
PARSE = ATTRS[:6]  # the tags and the parse, not the names
NAME_ENTS = frozenset({"GPE", "LOC", "NORP"})
NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
SUBORDINATE = frozenset({"as", "after", "while", "when", "before", "because", "since", "until"})  # a second clause
COMPLEMENTS = frozenset({"dobj", "prep", "xcomp", "ccomp", "dative", "prt"})
# Past tenses the verb-first reading writes for a headline's present verb (the tagger reads "-ed" as a verb);
# regular verbs are spelt by rule.
PAST = {"shoot": "shot", "flee": "fled", "fight": "fought", "hold": "held", "take": "took", "beat": "beat",
        "lead": "led", "send": "sent", "meet": "met", "strike": "struck", "hit": "hit", "seek": "sought",
        "bring": "brought", "leave": "left", "tell": "told", "throw": "threw", "shut": "shut", "steal": "stole",
        "slay": "slew", "sink": "sank", "overrun": "overran", "withdraw": "withdrew", "run": "ran", "give": "gave",
        "drive": "drove", "sweep": "swept", "tear": "tore", "swear": "swore", "freeze": "froze", "win": "won",
        "put": "put", "set": "set", "cut": "cut", "bind": "bound", "speak": "spoke", "break": "broke", "sell": "sold"}


def is_headline(ctx: Context, sent: Span) -> bool:
    """A title segment, or a standalone line that is its whole paragraph."""
    seg = ctx.segment_at(sent.start_char)
    if seg is None or seg.kind in ("signature", "comment", "dateline"):
        return False
    if seg.kind == "title":
        return True
    text = ctx.text[seg.start:seg.end].strip()
    return "\n" not in text and not text.endswith((".", ";", ":", ",")) and sent.text.strip() == text


def asked_part(sent: Span) -> Span:
    """A headline up to its question mark when a dash and the site's name follow ("Did X Shoot? - Local 9 News"):
    the site's name is no party of the question."""
    k = next((t.i for t in sent if t.text == "?" and t.i + 1 < sent.end and t.nbor().text in DASHES), None)
    return sent if k is None else sent.doc[sent.start: k + 1]


def name_tokens(sent: Span, actors: ActorLookup, place_spans: list[tuple[int, int]]) -> set[int]:
    """Tokens that name something: a resolved actor, a place mention, or a country, region or people."""
    return {t.i for t in sent if actors.token_actor(t.i) is not None or t.ent_type_ in NAME_ENTS
            or any(a <= t.idx < b for a, b in place_spans)}


def reparsed(sent: Span, nlp: Language, keep: set[int]) -> Span | None:
    """The sentence with the sentence-cased copy's parse over its own text and offsets; None if tokens differ.
    A copy whose parse has no verb with a subject is read again with a verb first (`verb_first`)."""
    keep = {i for i in known_names(sent, nlp, keep) if not announced_verb(sent.doc[i])}
    cased = sentence_cased(sent, keep)
    if (words := acronym_words(sent)) is None:
        copy = nlp(cased)
        if [(t.idx, len(t)) for t in copy] != [(t.idx - sent.start_char, len(t)) for t in sent]:
            return None
    else:  # "IS Flees Airport": the name spelt as one the parser reads as a name
        spelt = [w if w != t.text else cased[t.idx - sent.start_char: t.idx - sent.start_char + len(t)]
                 for w, t in zip(words, sent, strict=True)]
        copy = parsed_copy(nlp, sent, spelt, "", one=False)  # type: ignore[assignment]  # never None unless one
    found = clause_rows(copy, nlp)
    return titled_names(laid_over(sent, copy.to_array(ATTRS) if found is None else found))


MODIFIERS = frozenset({"amod", "compound", "nmod"})  # "Police Detain Opposition Leader X": a verb hung as a modifier
NAME_SLIPS = frozenset({"npadvmod", "prep", "dep", "appos", "attr", "advmod"})


def titled_names(span: Span) -> Span:
    """A name after its title in a headline's object ("Detain Journalist Ahmet Sik", "Arrest Opposition Leader Odinga")
    that the parser hung on the verb is the object's: the title's apposition, or the object itself when the title
    was made its compound. The span's own parse is mended in place."""
    for v in span:
        if v.pos_ != "VERB":
            continue
        done: set[int] = set()
        for k in sorted((c for c in v.children if c.dep_ in NAME_SLIPS and c.pos_ == "PROPN" and c.i > v.i),
                        key=lambda c: -c.i):
            if k.i in done:
                continue
            first = k.left_edge.i
            while first - 1 > v.i and span.doc[first - 1].pos_ == "PROPN" and span.doc[first - 1].head.i == v.i \
                    and span.doc[first - 1].dep_ in NAME_SLIPS:
                first -= 1
            done.update(range(first, k.i + 1))
            run = span.doc[first: k.i + 1]
            if any(t.pos_ != "PROPN" and t.dep_ != "compound" for t in run):
                continue
            title = span.doc[first - 1] if first - 1 > v.i else None
            if title is None or title.pos_ != "NOUN":
                continue
            for t in run[:-1]:
                t.head, t.dep_ = k, "compound"
            if title.dep_ == "dobj" and title.head.i == v.i:
                k.head, k.dep_ = title, "appos"  # "Detain Journalist Ahmet Sik"
            elif title.dep_ == "compound" and title.head.i == k.i and not any(
                    c.dep_ == "dobj" for c in v.children):
                k.dep_ = "dobj"  # "Detain Opposition Leader Besigye": the titled name is the object
    return span


def clause_rows(copy: Doc, nlp: Language) -> Any | None:
    """A sentence-cased headline's rows (`ATTRS`) with its verbs read as verbs (`verb_first`: a first clause with no
    verb, then a second clause after "as", "after", ...); None when the parse needs no change or none helps."""
    found = None if any(acting(t) for t in copy if t.dep_ == "ROOT") else verb_first(copy, nlp)
    if found is None:  # "Rebels Seize Town as Army Shells Port": the second clause's verb
        found = verb_first(copy, nlp, SUBORDINATE, lexical=True)
    return found if found is not None else verb_first(copy, nlp, SUBORDINATE)


def announced_verb(t: Token) -> bool:
    """"India to Boycott Summit": a trigger verb after "to" is the headline's announced act, not a name begun after
    a preposition (as "to Jordan" is), whatever the first parse made of the words after it."""
    return t.i > 0 and t.nbor(-1).lower_ == "to" and t.text[:1].isupper() and t.lower_ in load_lexicon().verbs \
        and t.nbor(-1).nbor(-1).pos_ in ("PROPN", "NOUN") if t.i > 1 else False


def caption_slug(sent: Span) -> int:
    """How many tokens a photo caption's slug takes ("FILE -", "FILE PHOTO -"): 0 when the sentence has none."""
    k = 0
    while k < len(sent) and sent[k].text in CAPTION_TAGS:
        k += 1
    return k + 1 if k and k < len(sent) and sent[k].text in ("-", "--", "—", "–") else 0


def present_reading(sent: Span, nlp: Language) -> Span | None:
    """A sentence of the body with no clause whose present plural verb the tagger made a noun ("Riot police fire
    tear gas at miners", a caption's "FILE - Police fire ..."), read with that verb first; None otherwise. A
    caption's slug is left out of the parse (its subject is the words after it, a common first word in lower case:
    "FILE - Riot police fire ...") and hangs from the clause's root."""
    if len(sent) < 4 or any(acting(t) for t in sent if t.dep_ == "ROOT") or not english(sent):
        return None
    slug = caption_slug(sent)
    if not slug:
        rows = verb_first(sent.as_doc(), nlp)
        return None if rows is None else laid_over(sent, rows)
    from ..places.gazetteer import english_words

    words = [t.text for t in sent[slug:]]
    first = sent[slug]
    if first.is_title and not first.ent_type_ and first.lower_ in english_words():
        words[0] = first.lower_  # "Riot police": no name
    clause = nlp(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent[slug:]]))
    rows = clause.to_array(ATTRS) if any(acting(t) for t in clause if t.dep_ == "ROOT") else verb_first(clause, nlp)
    if rows is None:
        return None
    h, dep = ATTRS.index(HEAD), ATTRS.index(DEP)
    root = next(k for k in range(len(rows)) if rows[k, h] == 0) + slug  # HEAD is an offset: the root's own is 0
    head = sent.as_doc().to_array(ATTRS)[:slug]
    for k in range(slug):  # the slug hangs from the clause's root
        head[k, h] = root - k
        head[k, dep] = nlp.vocab.strings["dep"]
    return laid_over(sent, numpy.concatenate([head, rows]))


def laid_over(sent: Span, rows: Any) -> Span:
    """The sentence with `rows` (a parse of its own tokens) laid over its document's copy; the names stay."""
    doc = sent.doc
    head = doc[: sent.end]  # the document up to the headline: token indices and offsets stay the same
    arr = head.as_doc().to_array(ATTRS)
    names = [ATTRS.index(ENT_IOB), ATTRS.index(ENT_TYPE)]
    arr[sent.start: sent.end] = rows
    arr[sent.start: sent.end, names] = sent.as_doc().to_array([ENT_IOB, ENT_TYPE])  # the names stage already read
    new = Doc(doc.vocab, words=[t.text for t in head], spaces=[bool(t.whitespace_) for t in head])
    new.from_array(ATTRS, arr)  # type: ignore[arg-type]  # spaCy types to_array's uint64 array as floats
    return new[sent.start: sent.end]


def acting(t: Token) -> bool:
    """A verb with a subject of its own: the parse read the line as a clause."""
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def present_lemma(word: str) -> str | None:
    """The trigger verb a headline's present form spells ("shells" -> "shell", "jails" -> "jail"), or None."""
    verbs = load_lexicon().verbs
    forms = (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "",
             word[:-3] + "y" if word.endswith("ies") else "")
    return next((f for f in forms if f and f in verbs), None)


def past(lemma: str) -> str:
    """A past tense to stand in for the headline's present verb ("shelled", "fled", "jammed")."""
    if lemma in PAST:
        return PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    if len(lemma) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def verb_first(copy: Doc, nlp: Language, after: frozenset[str] = frozenset(), lexical: bool = False) -> Any | None:
    """The sentence-cased headline parsed with its first act verb made unmistakable: "Police fire tear gas at
    nurses" reads as one noun compound, "Police fired tear gas at nurses" as a clause. The stand-in is parsed in
    its place; the rows keep the headline's own present tense and lemma. None when no reading makes a clause.
    With `after`, only a verb in a clause begun by one of those words ("as Army Shells Port") is tried, and it
    may hang from the first clause's verb; the lexicon's verbs first (`lexical`), then any English verb ("as Russia
    Tightens Grip"), so "as Ugandan Forces Shell Posts" reads "shell", not "forces", as the verb."""
    spaces = [bool(t.whitespace_) for t in copy]
    for t in copy[1:]:
        if after and not any(m.lower_ in after and m.i < t.i - 1 and not any(
                x.pos_ in ("VERB", "AUX") for x in copy[m.i + 1: t.i]) for m in copy[1: t.i]):
            continue
        if not t.is_lower or copy[t.i - 1].tag_ not in NOUNS or (acting(t) and t.dep_ not in MODIFIERS) or not (
                t.pos_ == "VERB" or (t.tag_ in NOUNS and (after or t.head.i > t.i or any(
                    c.dep_ == "nsubj" for c in t.children)))):
            continue  # "Phone Call: ...": a compound's own head is a noun; "Police Fire Tear Gas": "fire" modifies
        lemma = present_lemma(t.lower_)
        if lemma is None and after and not lexical and len(t) > 3 and t.lower_.endswith("s"):
            lemma = english_stem(t.lower_)  # "as Russia tightens grip": any verb of a clause
        if lemma is None:
            continue
        words = [x.text for x in copy]
        words[t.i] = past(lemma)
        again = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
        v = again[t.i]
        if v.pos_ != "VERB" or v.dep_ != ("advcl" if after else "ROOT") or not any(
                c.dep_ == "nsubj" and c.i < v.i for c in v.children) or not any(
                (c.dep_ in COMPLEMENTS or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))  # a titled name (`titled_names`)
                and c.i > v.i for c in v.children) or (after and not any(
                c.dep_ == "mark" and c.lower_ in after for c in v.children)):
            continue  # a clause that does something to someone or somewhere, not "Peace talks resume"
        rows = again.to_array(ATTRS)
        third = t.lower_ != lemma and t.lower_.endswith("s")
        strings = nlp.vocab.strings
        rows[t.i, ATTRS.index(TAG)] = strings.add("VBZ" if third else "VBP")
        rows[t.i, ATTRS.index(LEMMA)] = strings.add(lemma)
        rows[t.i, ATTRS.index(MORPH)] = nlp.vocab.morphology.add(
            "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if third else "Tense=Pres|VerbForm=Fin")
        return rows
    return None


# Verbs a headline drops "was/were" before ("Police officer shot in Memphis", "Journalist detained"): acts done to
# someone, which in the active voice always name whom ("Gunman shoots two officers" is written in the present).
DONE_TO = frozenset({"shoot", "kill", "wound", "injure", "stab", "murder", "slay", "behead", "execute", "abduct",
                     "kidnap", "arrest", "detain", "jail", "charge", "indict", "convict", "sentence", "beat",
                     "assault", "hurt", "capture", "seize"})


# Killings told by how, done to someone only with their complement ("Activist Gunned Down", "Blogger Hacked to
# Death"; "Hackers Hacked Into Networks" is done by the hackers)
BY_HOW = {"gun": "down", "mow": "down", "hack": "death", "club": "death", "stone": "death", "burn": "death",
          "bludgeon": "death", "bayonet": "death", "batter": "death", "kick": "death", "lynch": "death"}


def done_to(t: Token) -> bool:
    """An act verb a headline writes done to its subject with "was/were" dropped: a verb of `DONE_TO`, or a killing
    told by how with its complement ("Gunned Down", "Hacked to Death")."""
    lemma = t.lemma_.lower()
    if lemma in DONE_TO:
        return True
    word = BY_HOW.get(lemma)
    return word is not None and any(
        (c.dep_ == "prt" and c.lower_ == word) or (c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ == word for g in c.children)) for c in t.children)


# Headline verbs of criticism ("Blasts", "Slams", "Raps"): the reason after "Over" / "For" is the critic's charge
CRITICS = frozenset({"blast", "slam", "criticize", "criticise", "condemn", "fault", "rap", "lambast", "lambaste",
                     "denounce", "rebuke", "chide", "scold", "castigate", "berate", "censure"})
REASONS = frozenset({"over", "for"})


def criticised_for(sent: Span) -> None:
    """"Sen. X Blasts Russia Over Hacking": the hacking is what the senator charges Russia with, as in "accuses Russia
    of hacking", not the author's fact. The critic's verb is read as "accuse" (a verb of claiming), so the reason's
    act is told in the critic's voice; only a present trigger verb with a named critic (no "Jets Blast Positions"),
    a party criticised and a reason that holds an act."""
    triggers = load_lexicon().trigger_lemmas
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma not in CRITICS or lemma not in triggers or t.tag_ not in ("VBZ", "VBP") or not any(
                c.dep_ == "dobj" for c in t.children) or not any(
                c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_) for c in t.children):
            continue
        reasons = [c for c in t.children if c.dep_ == "prep" and c.lower_ in REASONS]
        if any(g.lemma_.lower() in triggers for r in reasons for g in r.subtree if g.i != r.i):
            t.lemma_ = "accuse"


# Verbs of hearsay a headline drops "is" before ("Minister Said to Warn Militia", "Army Thought to Hold Town")
HEARSAY = frozenset({"say", "report", "believe", "think", "rumor", "rumour", "allege", "understand", "know", "fear",
                     "confirm", "presume"})


# Participles a headline uses as adjectives of the people aimed at ("at Striking Doctors", "on Fleeing Villagers")
DOING = frozenset({"striking", "protesting", "fleeing", "retreating", "advancing", "demonstrating", "marching",
                   "rioting", "rebelling", "warring", "invading", "occupying", "rallying"})
AIMED = frozenset({"at", "on", "against", "toward", "towards", "upon"})


NAMED = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def paired_subjects(sent: Span) -> None:
    """"Obama, Saudi King Agree to X": a headline's comma stands for "and" between two subjects of a plural verb; the
    name before it, which the parser hung elsewhere, becomes a conjunct of the subject after it. Only a name of one
    to three capitalised words opening the line, and a present plural verb ("Agree", not "Agrees") after both."""
    k = next((t.i for t in sent[1:4] if t.text == ","), None)
    v = sent.root
    if k is None or v.tag_ != "VBP" or v.i < k:
        return
    left = sent.doc[k - 1]
    before = sent.doc[sent.start: k]
    subject = next((c for c in v.children if c.dep_ == "nsubj" and k < c.i < v.i), None)
    if subject is None or not (left.ent_type_ in NAMED or left.pos_ == "PROPN") or left.dep_ in ("nsubj", "conj") \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_stop for t in before) \
            or any(t.dep_ == "conj" for t in subject.children):
        return
    for t in before:
        if t is not left and not (before.start <= t.head.i < before.end):
            t.head, t.dep_ = left, "compound"
    left.head, left.dep_ = subject, "conj"
    if left.pos_ not in ("NOUN", "PROPN"):
        left.pos_, left.tag_ = "PROPN", "NNP"
    sent.doc[k].head = subject


def headline_participles(sent: Span) -> None:
    """A headline's first word the parser made an adjective subject is a noun ("Gunman" tagged JJ). A headline's
    past-tense act verb with a subject and no object is the participle of a dropped "was"
    ("Chicago police officer shot, suspect killed": both were shot and killed, by no one named): its tag becomes
    VBN and its subject a passive one, in place, so the coder reads the subject as the one the act was done to.
    A criticism's reason is the critic's charge (`criticised_for`)."""
    for t in sent:
        if t.dep_ == "nsubj" and t.tag_ == "JJ" and t.i == sent.start and t.head.pos_ == "VERB" and t.text.istitle():
            t.tag_, t.pos_, t.lemma_ = "NN", "NOUN", t.lower_  # "Gunman shoots two officers": no adjective does it
    for t in sent:  # "India to Boycott Summit": an announced act, read as "India is to boycott the summit"
        if t.dep_ in ("acl", "advcl") and t.tag_ == "VB" and t.head.dep_ == "ROOT" \
                and t.head.pos_ in ("NOUN", "PROPN") and t.i == t.head.i + 2 and any(
                    a.dep_ == "aux" and a.i == t.i - 1 and a.lower_ == "to" for a in t.children):
            noun = t.head
            t.head, t.dep_ = t, "ROOT"
            noun.head, noun.dep_ = t, "nsubj"
    paired_subjects(sent)
    for t in sent:  # "Envoy Heading to Kabul": "is" dropped before a verb in "-ing", read as "the envoy is heading"
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") \
                and t.i == t.head.i + 1 and not any(x.pos_ in ("VERB", "AUX") for x in sent[: t.head.i - sent.start]):
            noun = t.head
            t.head, t.dep_ = t, "ROOT"
            noun.head, noun.dep_ = t, "nsubj"
    for t in sent:  # "Teen With Toy Gun Killed by Police": the teen was killed, not the gun
        root = sent.root
        held = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > root.i
                for p in c.children if p.dep_ == "pobj"]
        if t.dep_ == "acl" and t.tag_ == "VBN" and done_to(t) and len(held) == 1 and t.i == held[0].i + 1 \
                and t.head.i in (root.i, held[0].i) \
                and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in t.children):
            t.head, t.dep_ = t, "ROOT"
            root.head, root.dep_ = t, "nsubjpass"
    for t in sent:  # "Outrage as 3 Officers Slain in Ambush": "were" dropped in a clause after "as"
        noun = t.head
        if t.dep_ == "acl" and t.tag_ == "VBN" and done_to(t) and t.i == noun.i + 1 and noun.dep_ == "pobj" \
                and noun.head.lower_ in SUBORDINATE and noun.head.head.i != noun.head.i \
                and not any(c.dep_ == "agent" for c in t.children):
            mark = noun.head
            t.head, t.dep_ = mark.head, "advcl"
            mark.head, mark.dep_ = t, "mark"
            noun.head, noun.dep_ = t, "nsubjpass"
    for t in sent:
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in DONE_TO and t.head.dep_ == "ROOT" \
                and t.head.pos_ in ("NOUN", "PROPN") and t.i == t.head.i + 1 and not any(
                    c.dep_ == "agent" for c in t.children):  # "Rebel Commander Arrested in Kabul": a clause
            noun = t.head
            t.head, t.dep_ = t, "ROOT"
            noun.head, noun.dep_ = t, "nsubjpass"
    for t in sent:
        if t.tag_ == "VBD" and t.lemma_.lower() in HEARSAY and any(c.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children):
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            if len(subjects) == 1 and not any(c.dep_ in ("dobj", "ccomp", "dative") for c in t.children):
                t.tag_ = "VBN"  # "Minister Said to Tip Off Cartel": others say so of him, he says nothing
                subjects[0].dep_ = "nsubjpass"
    for t in sent:  # "Fire Tear Gas at Striking Doctors": the doctors are on strike, no one strikes them
        nxt = sent.doc[t.i + 1] if t.i + 1 < sent.end else None
        if t.lower_ in DOING and t.dep_ == "pcomp" and t.head.lower_ in AIMED and nxt is not None \
                and nxt.dep_ == "dobj" and nxt.head.i == t.i and nxt.tag_ in ("NNS", "NNPS"):
            prep = t.head
            nxt.head, nxt.dep_ = prep, "pobj"
            t.head, t.dep_, t.tag_, t.pos_ = nxt, "amod", "JJ", "ADJ"
    for t in sent:
        head = t.head
        if t.tag_ in ("VBD", "VBN") and t.lemma_.lower() in DONE_TO and t.dep_ in ("xcomp", "advcl", "oprd", "ccomp") \
                and head.lemma_.lower() in HEARSAY and head.tag_ in ("VBD", "VBN") and head.i < t.i \
                and not any(c.dep_ in ("dobj", "ccomp") for c in head.children):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(subjects) == 1:  # "Seven Climbers Feared Killed": they are feared to have been killed
                subjects[0].head, subjects[0].dep_, t.tag_ = t, "nsubjpass", "VBN"
    for t in sent:
        if t.tag_ not in ("VBD", "VBN") or not done_to(t):
            continue
        kids = list(t.children)
        if any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "agent", "xcomp", "nsubjpass") for c in kids):
            continue
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if not subjects and t.dep_ == "ROOT" and t.i > sent.start and t.nbor(-1).head.i == t.i \
                and t.nbor(-1).pos_ in ("NOUN", "PROPN") and t.nbor(-1).dep_ in ("compound", "nmod", "npadvmod"):
            subjects = [t.nbor(-1)]  # "Top Militant Commander Killed in Raid": the name chain hangs on the verb
        if len(subjects) != 1:
            continue
        t.tag_ = "VBN"
        subjects[0].dep_ = "nsubjpass"
    criticised_for(sent)
