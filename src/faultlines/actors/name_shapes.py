"""The shapes of names the resolver reads: buildings, model numbers, storms, generational suffixes, possessives,
counted demonyms."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..values.names import fold
from .kin import SUFFIXES

BUILDINGS = frozenset({"prison", "jail", "hospital", "clinic", "school", "university", "airport", "bridge", "street",
                       "road", "avenue", "square", "mosque", "church", "synagogue", "temple", "hotel", "stadium", "camp",
                       "base", "museum", "market", "station", "port", "dam", "highway", "park", "building", "tower"})
ATTACKS = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "shooting", "massacre", "ambush", "raid",
                     "explosion", "siege", "assault", "killings"})
MODEL = re.compile(r"(?=[A-Z0-9-]*\d)[A-Z]{1,4}-?\d+[A-Z0-9-]*")
PLACE_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "upper", "lower", "greater", "new", "old", "great", "mount", "lake", "gulf", "port", "saint",
                         "st", "federal", "democratic", "islamic", "arab", "united", "republic", "kingdom"})


def machine(text: str) -> bool:
    """A model number alone or in a short name ("M109A5", "C-5 Galaxy", "Lockheed C-5 Galaxy"): equipment, not an
    actor; an organisation with a number ("Unit 8200", "Brigade 313") is no model number."""
    words = text.split()
    return len(words) <= 3 and any(MODEL.fullmatch(w) and any(c.isalpha() for c in w) for w in words)


def on_building(e: Span) -> bool:
    """The name modifies a building noun outside it ("the Hoa Lo prison")."""
    return any(t.dep_ == "compound" and t.head.lower_ in BUILDINGS and not e.start <= t.head.i < e.end for t in e)


def on_attack(e: Span) -> bool:
    """An unknown name between "the" and an attack noun ("the Ain Draham attack") is where it happened, not who."""
    return e.start > 0 and e.doc[e.start - 1].lower_ == "the" and any(
        t.dep_ == "compound" and t.head.lower_ in ATTACKS and not e.start <= t.head.i < e.end for t in e)


def unsuffixed(name: str) -> list[str]:
    """A name's words without a generational suffix ("Karim Haddad Jr." -> Karim, Haddad)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".").rstrip(",") in SUFFIXES:
        words = words[:-1]
    return words


def before_possessive(e: Span) -> Span:
    """"Essid's 2015 (visit)" tagged as one name: the name ends before its possessive; "'s Hoa Lo" (after "the
    city") starts after it."""
    start = e.start + 1 if e[0].tag_ == "POS" and len(e) > 1 else e.start
    cut = next((t.i for t in e if t.i > start and t.tag_ == "POS" and t.i + 1 < e.end
                and not e.doc[t.i + 1].text[:1].isupper()), None)  # "People's Liberation Front" stays whole
    if cut is None and start == e.start:
        return e
    return Span(e.doc, start, cut or e.end, label=e.label_, span_id=e.ent_id_)


STORMS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical", "super", "superstorm", "tornado",
                    "blizzard"})


def storm(e: Span) -> bool:
    """"Cyclone Idai", "Hurricane Maria", "Tropical Storm Ana": a named storm is weather, never an actor."""
    words = e.text.split()
    before = e.doc[e.start - 1].lower_ if e.start > 0 else ""
    return (len(words) >= 2 and words[0].lower() in STORMS) or before in ("cyclone", "hurricane", "typhoon", "storm")


QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "dozens", "hundreds", "thousands", "millions",
                         "scores", "tens", "numerous", "countless", "other", "ordinary", "young", "fellow", "number",
                         "majority", "handful", "couple", "group"})


# what people do or suffer, not states: a bare plural demonym as their doer or sufferer is that state's people
CROWD_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "riot", "flee", "chant", "gather", "mourn",
                         "queue", "line"})
HARM_VERBS = frozenset({"kill", "wound", "injure", "displace", "evacuate", "rescue", "abduct", "kidnap", "massacre",
                        "slaughter", "murder", "shoot", "detain", "arrest", "trap", "bury"})


def as_people(root: Token) -> bool:
    """A bare plural demonym ("Mexicans", not "the Saudis") as the doer of a crowd's act ("Iraqis marched") or the
    sufferer of harm ("Venezuelans were killed", "gunmen shot Syrians"): people, not the state."""
    if any(c.dep_ == "det" or c.dep_ == "poss" for c in root.lefts):
        return False
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubj" and lemma in CROWD_VERBS:
        return True
    return (root.dep_ == "nsubjpass" or root.dep_ == "dobj") and lemma in HARM_VERBS


def counted(e: Span) -> bool:
    """A plural demonym counted or quantified as people ("three Syrians", "many Tunisians", "thousands of Iraqis",
    bare "Iraqis" who march or are killed); "the Saudis" of diplomatic news stay the state."""
    root = e.root
    if root.tag_ not in ("NNPS", "NNS") and not e.text.endswith("s"):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in QUANTIFIERS for c in root.lefts) or as_people(root):
        return True
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "of" and (
        head.head.lower_ in QUANTIFIERS or head.head.like_num or head.head.pos_ == "NUM")


def surname_keys(surname: str) -> list[str]:
    """The folded keys a surname is later named by: itself, and a double-barrelled one's last part ("Odigie-Oyegun",
    then "Oyegun"; "al-Assad", then "Assad")."""
    key = fold(surname)
    parts = key.replace("-", " ").split()
    return [key, parts[-1]] if len(parts) > 1 and len(parts[-1]) > 2 else [key]


CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "picture", "pictures", "image", "images", "video", "credit",
                          "courtesy", "illustration", "graphic", "footage", "file"})


def credit_line(e: Span) -> bool:
    """A name in a photo credit ("Photo: Peter Dawson/FOX5", "(AP Photo/Ann Lee)", "Image by Ann Lee"): a
    photographer's, no party to the story."""
    doc = e.doc
    if e.label_ != "PERSON":
        return False
    if any(t.text in ("/", "|") for t in e[1:-1]):
        return True  # "Ann Lee/Daily Courier" tagged as one name
    after = doc[e.end] if e.end < len(doc) else None
    if after is not None and after.text in ("/", "|") and e.end + 1 < len(doc) and doc[e.end + 1].text[:1].isupper():
        return True  # "Peter Dawson/FOX5", "Ann Lee/Getty Images"
    before = [t.lower_ for t in doc[max(0, e.start - 3):e.start]]
    if not before or not any(w in CREDIT_WORDS for w in before):
        return False
    return before[-1] in (":", "/", "by", "of") and (before[-1] != "of" or "courtesy" in before)


def lead_modifier(v: Token) -> Token | None:
    """The first word of `v`'s sentence, right before it, where the parser made it a modifier of `v` and `v` is a
    past tense with no subject: "Long shot two officers", a surname read as an adverb (the subject it is meant to be)."""
    first = v.doc[v.sent.start]
    if first.i != v.i - 1 or first.dep_ not in ("advmod", "amod") or v.tag_ != "VBD" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    return first


def the_west(e: Span) -> bool:
    """The entity is "the West" as a bloc: capitalised, after "the", no name after it ("the West Bank")."""
    words = [t for t in e if t.lower_ != "the"]
    if len(words) != 1 or words[0].text != "West" or words[0].i == 0:
        return False
    doc = e.doc
    after = doc[words[0].i + 1] if words[0].i + 1 < len(doc) else None
    return doc[words[0].i - 1].lower_ == "the" and (after is None or after.pos_ != "PROPN" and not after.text[:1].isupper())
