"""Span-labelled (source, target) pairs from the tune splits of ../shared/data, to train the learned pair linker.

Each example marks the source and the target mention of one event as character spans of its text (None: the
text names no such party). Only tune records are read (corpora.split_of), and M2E2 documents the analysts coded
are left out (they are the linker's held-out bench). ``python -m faultlines.train.pairs`` prints the counts.
No corpus codes every event of its text: ConfliBERT, GSR and ACLED one event each (ACLED no protest target
unless "against" names one), M2E2 only its eight ACE types, so another pair of the same text is no sure NONE.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations, product

from ..values.countries import Country, countries, country
from . import corpora
from .analyst import load_doc_specs, sentence_spans
from .corpora import Record

Span = tuple[int, int]
# GSR compound actors ("(SRC/TAR: X) and (SRC/TAR: Y) agreed"): every such record reads as the two parties doing it
# together, so for these mutual types each ordered pair is an example; a lone compound actor ("French and Egyptian
# warships") names no pair, and the one ASSAULT ("both are guilty of violating the ceasefire") is not mutual.
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REJECT"})
# M2E2: Meet and Phone-Write list their parties as Entity (each acts with each); a Demonstrate Entity is the protester.
MUTUAL_ACE = frozenset({"Contact:Meet", "Contact:Phone-Write"})
_KILLED = re.compile(r"(?:kill|murder|slain|slay|assassinat|execut|behead|massacr|shot|gunned)", re.I)
_AID = re.compile(r"(?:aid|grant|donat|fund|assist|relief|contribut)", re.I)
_FORCES = re.compile(r"\b(?:troops?|soldiers?|forces|police|policemen|militia\w*|fighters|marines|warships?|"
                     r"army|weapons|arms|missiles?|tanks|jets|bombers|peacekeepers)\b", re.I)
# RAMS (AIDA types): (source roles, target roles, roles of parties acting with each other) by type prefix.
RAMS_ROLES: tuple[tuple[str, tuple[frozenset[str], frozenset[str], frozenset[str]]], ...] = tuple(
    (prefix, (frozenset(src.split()), frozenset(tgt.split()), frozenset(both.split()))) for prefix, src, tgt, both in (
        ("conflict.attack.stealrobhijack", "", "", ""),
        ("conflict.attack.", "attacker", "target", ""),
        ("life.die.deathcausedbyviolentevents", "killer", "victim", ""),
        ("life.injure.injurycausedbyviolentevents", "injurer", "victim", ""),
        ("justice.judicialconsequences.execute", "executioner", "defendant", ""),
        ("justice.judicialconsequences.extradite", "extraditer", "defendant", ""),
        ("justice.judicialconsequences.convict", "judgecourt", "defendant", ""),
        ("justice.arrestjaildetain.", "jailer", "detainee", ""),
        ("justice.investigate.", "investigator", "defendant", ""),
        ("justice.initiatejudicialprocess.", "prosecutor", "defendant", ""),
        ("movement.transportperson.preventexit", "preventer", "passenger", ""),
        ("movement.transportperson.prevententry", "preventer", "passenger", ""),
        ("contact.requestadvise.", "communicator", "recipient", ""),
        ("contact.commandorder.", "communicator", "recipient", ""),
        ("contact.threatencoerce.", "communicator", "recipient", ""),
        ("contact.discussion.", "", "", "participant"),
        ("contact.negotiate.", "", "", "participant"),
        ("contact.collaborate.", "", "", "participant"),
        ("government.agreements.acceptagreementcontractceasefire", "", "", "participant"),
        ("transaction.transferownership.giftgrantprovideaid", "giver", "recipient beneficiary", ""),
        ("transaction.transfermoney.giftgrantprovideaid", "giver", "recipient beneficiary", ""),
        ("transaction.transaction.giftgrantprovideaid", "giver", "recipient beneficiary", ""),
        ("conflict.yield.", "yielder surrenderer retreater", "recipient", ""),
        ("conflict.demonstrate.", "demonstrator", "", ""),
    ))
# ACLED: the words a note uses for a generic actor (matched case-blind, whole words, after an optional country
# adjective or name); "forces" only after the country's word (a rebel group's "forces" is no army); named groups
# match by name or acronym.
ACLED_KINDS = {
    "Military Forces": r"(?:military(?:\s+(?:police(?:\s+forces)?|forces))?|armed\s+forces|army|troops|soldiers?|"
                       r"security\s+forces|government(?:al)?\s+(?:forces|troops|positions)|(?:{lead})\s+forces)",
    "Police Forces": r"(?:police(?:\s+(?:forces|officers?|officials|personnel))?|policem[ae]n|gendarmes?|gendarmerie)",
    "Protesters": r"(?:protesters|protestors|demonstrators)",
    "Rioters": r"(?:rioters|mob|protesters|protestors|demonstrators)",
    "Civilians": r"(?:civilians?|villagers?|residents?|farmers?|men|man|women|woman|boys?|girls?|child(?:ren)?|"
                 r"people|persons?)",
    "Unidentified Armed Group": r"(?:(?:unidentified|unknown|suspected)\s+)?(?:armed\s+(?:men|group|assailants|"
                                r"individuals|persons)|gunmen|assailants|attackers)",
    "Unidentified Gang": r"(?:(?:unidentified|unknown|suspected)\s+)?(?:gang(?:\s+members)?|gangsters|gunmen|"
                         r"armed\s+men|criminals|assailants)",
    "Government": r"(?:government|authorities)",
}
# A protest note's subject when it names no "protesters": "On 2 May 2020, [in Town (Province),] <who> held a
# protest / marched / gathered ..." (at most eight words, no comma).
_PROTEST_SUBJECT = re.compile(
    r"(?:On|Around|Between|As reported on)\s[^,]*?\d{4}(?:\s*\([^)]*\))?,\s+"
    r"(?:in\s+[^,(]*(?:\([^)]*\))?,\s+(?:[A-Z][^,(]*,\s+)?)?"
    r"(?P<who>(?:[\w'’./-]+\s+){0,7}?[\w'’.-]+)\s+(?:(?:held|staged|organi[sz]ed|performed|launched)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:protests?|demonstrations?|rally|rallies|march(?:es)?|sit-ins?|vigils?)|"
    r"protested|demonstrated|rallied|marched|gathered|assembled)\b")
# ... and the authority it protests against, when the note names one by an institution's head noun and nothing
# follows the noun but a clause ("against the district administration over ...", not "against the police attempts").
_PROTEST_TARGET = re.compile(
    r"\bagainst\s+(?P<who>(?:(?:the|their|its|local|district|provincial|state|federal|national|municipal|city|"
    r"regional|central|[A-Z][\w-]*)\s+){0,4}(?i:government|authorities|administration|ministry|minister|president|"
    r"governor|mayor|municipality|council|parliament|police|company|management|employer|regime)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)(?=\s*(?:[.,;:(]|$)|\s+(?:for|over|and|under|in|"
    r"at|on|after|demanding|who|which|because|to\s+demand)\b)")
_HELD_BEFORE = re.compile(r"\b(?:arrest\w*|detain\w*|detention\s+of)\s+(?:[\w-]+\s+){0,2}$", re.I)
_MUTUAL_FIGHT = re.compile(r"\b(?:clash\w*|exchang\w*\s+(?:of\s+)?(?:gun)?fire|fire\s*fights?|fought|fighting|"
                           r"gun\s*battles?|gunfights?)\b", re.I)
_ACLED_LOCAL = re.compile(r"([A-Z][\w'-]+)\s+(?:Ethnic|Communal|Clan)\s+Militia")
# Sub-event types whose actor2 the actor1 acts on, and those whose actor2 is not its target (kept without it).
ACLED_PAIRED = frozenset({"Armed clash", "Attack", "Air/drone strike", "Shelling/artillery/missile attack",
                          "Remote explosive/landmine/IED", "Grenade", "Abduction/forced disappearance",
                          "Sexual violence", "Looting/property destruction", "Mob violence",
                          "Excessive force against protesters", "Arrests"})
ACLED_SOLO = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration"})
_GSR_TAG = re.compile(r"\((SRC|TAR|SRC/TAR|SRC/LOC|TAR/LOC|LOC):")
_PREP = re.compile(r"(?:on|to|of|for|from|with|against|at|in|by|between)\s+", re.I)
_INNER_TAG = re.compile(r"\([A-Z]+(?:/[A-Z]+)?:\s*([^()]*)\)")  # a tag nested in a phrase keeps only its words


@dataclass(frozen=True)
class PairExample:
    corpus: str                       # "conflibert" | "gsr" | "m2e2" | "acled"
    key: str                          # the record's key (unique within corpus)
    group: str                        # fold group: the document id (m2e2 doc_id, acled key, gsr id, conflibert key)
    text: str                         # the text the spans index (one sentence or one short note)
    source: Span | None               # char span of the source mention (None: no source named / agentless)
    target: Span | None               # char span of the target mention (None: no target)
    type: str | None                  # PLOVER type when the corpus gives it
    quad: int | None = None           # ConfliBERT quad class when given (its own 0-4 coding)


def pair_examples(names: tuple[str, ...] = ("conflibert", "gsr", "m2e2", "acled")) -> Iterator[PairExample]:
    """Every tune-split example of the named corpora (one per source/target pair of an event); a name without a
    reader here ("analyst", read by train/linker_fit.py) is passed over; "rams" is opt-in."""
    readers = {"conflibert": lambda: conflibert_pairs(corpora.conflibert("train")),
               "gsr": lambda: gsr_pairs(corpora.gsr()),
               "m2e2": lambda: m2e2_pairs(corpora.m2e2()),
               "acled": lambda: acled_pairs(corpora.acled()),
               "rams": lambda: rams_pairs(corpora.rams())}
    for name in names:
        if name in readers:
            yield from readers[name]()


def conflibert_pairs(records: Iterable[Record]) -> Iterator[PairExample]:
    """ConfliBERT CAMEO train sentences: every (S, T) combination; reciprocal (R) parties both ways.

    ``quad`` is ConfliBERT's CAMEO quad class: 0 neutral (statements, appeals), 1 verbal cooperation, 2 material
    cooperation, 3 verbal conflict, 4 material conflict; it gives no PLOVER type.
    """
    for rec in records:
        if rec["split"] != "tune":
            continue
        text = rec["text"]
        sides = [[_unprep(text, sp) for sp in rec[side]] for side in ("S", "T", "R")]
        for source, target in _combine(*sides):
            yield PairExample("conflibert", rec["key"], rec["key"], text, source, target, None, rec["quad"])


def gsr_pairs(records: Iterable[Record]) -> Iterator[PairExample]:
    """PLOVER GSR tune sentences: every (SRC, TAR) combination of the markup, compound actors both ways (MUTUAL)."""
    for rec in records:
        if rec["split"] != "tune":
            continue
        tags = gsr_tags(rec["text"], rec.get("markup") or "")
        if tags is None:
            continue
        sources = [sp for tag, sp in tags if tag == "SRC"]
        targets = [sp for tag, sp in tags if tag == "TAR"]
        both = [sp for tag, sp in tags if tag == "SRC/TAR"]
        if both and rec["type"] not in MUTUAL:
            continue
        for source, target in _combine(sources, targets, both):
            yield PairExample("gsr", rec["key"], rec["key"], rec["text"], source, target, rec["type"])


def m2e2_pairs(records: Iterable[Record], held: frozenset[str] | None = None) -> Iterator[PairExample]:
    """M2E2 tune sentences, documents in ``held`` (default: the analyst pool) left out: one example per (source
    argument, target argument) of an event; the spans are ACE argument heads ("police", "Assad"), often one word.
    Sources: Attacker, Agent, Giver; targets: Target, Victim, Person, Recipient; a conditional type without its
    guard is skipped (a death without a killer, money that is no aid, transport of anything but forces)."""
    held = analyst_m2e2_docs() if held is None else held
    for rec in records:
        if rec["split"] != "tune" or rec["doc"] in held:
            continue
        text, seen = rec["text"], set()
        for event in rec["events"]:
            for source, target in _m2e2_event(text, event):
                if source != target and (source, target, event["plover"]) not in seen:
                    seen.add((source, target, event["plover"]))
                    yield PairExample("m2e2", rec["key"], rec["doc"], text, source, target, event["plover"])


def _m2e2_event(text: str, event: Record) -> Iterator[tuple[Span | None, Span | None]]:
    ace, trigger = event["ace"], text[event["span"][0]:event["span"][1]]
    roles: dict[str, list[Span]] = {}
    for role, span in event["args"]:
        roles.setdefault(role, []).append(span)
    if ace in MUTUAL_ACE:
        yield from permutations(roles.get("Entity", []), 2)  # one party alone is mostly a talk or a press call
        return
    if ace == "Conflict:Demonstrate":
        yield from ((sp, None) for sp in roles.get("Entity", []))
        return
    sources = [sp for role in ("Attacker", "Agent", "Giver") for sp in roles.get(role, [])]
    targets = [sp for role in ("Target", "Victim", "Person", "Recipient") for sp in roles.get(role, [])]
    if ace == "Life:Die" and not (sources or _KILLED.match(trigger)):
        return  # a death without a killer is no ASSAULT ("drowned", "died in hospital")
    if ace == "Transaction:Transfer-Money" and not _AID.match(trigger):
        return  # debts, fees and purchases are no AID
    if ace == "Movement:Transport":
        cargo = [text[a:b] for role, (a, b) in event["args"] if role == "Artifact"]
        if not any(_FORCES.search(c) for c in cargo):
            return  # MOBILIZE only when troops, police or arms are moved
        targets = []
    yield from _combine(sources, targets, [])


def rams_pairs(records: Iterable[Record]) -> Iterator[PairExample]:
    """RAMS tune windows (cut to the trigger sentence): the event's arguments in that sentence read by RAMS_ROLES;
    kinds the table leaves out (embargoes, promises, damage to things) give no example. Not in the default set:
    ``pair_examples(("rams",))``."""
    for rec in records:
        if rec["split"] != "tune" or not rec["plover"]:
            continue
        roles = next((r for prefix, r in RAMS_ROLES if rec["aida"].startswith(prefix)), None)
        if roles is None:
            continue
        sides: list[list[Span]] = [[sp for role, sp in rec["args"] if role in names] for names in roles]
        for source, target in _combine(*sides):
            if source != target:
                yield PairExample("rams", rec["key"], rec["doc"], rec["text"], source, target, rec["plover"])


def analyst_m2e2_docs() -> frozenset[str]:
    """M2E2 doc_ids of the analyst pool (the linker's held-out bench)."""
    return frozenset(s["key"] for s in load_doc_specs() if s["corpus"] == "m2e2")


def acled_pairs(records: Iterable[Record]) -> Iterator[PairExample]:
    """ACLED tune notes: actor1 as source, actor2 as target (None when empty), each aligned in the note's first
    sentence (the event) by acled_mentions; a note is kept only when every named side has exactly one mention
    there. Sub-event types where actor2 is no target (the police intervening in a protest) keep actor1 alone; an
    armed clash the sentence words as mutual ("clashed with", "exchanged fire") is read both ways; a protest's
    target is the authority it is "against" (_PROTEST_TARGET), else None."""
    from .labels import ACLED_ONE

    for rec in records:
        sub = rec["sub_event_type"]
        if rec["split"] != "tune" or sub not in ACLED_PAIRED | ACLED_SOLO:
            continue
        spans = sentence_spans(rec["text"])
        if not spans:
            continue
        text = rec["text"][spans[0][0]:spans[0][1]]
        names = [rec["actor1"], rec["actor2"] if sub in ACLED_PAIRED else ""]
        found = [acled_mentions(text, name, rec["country"], rec["iso3"]) if name else [] for name in names]
        source, target = (_alone(f, o) for f, o in ((found[0], found[1]), (found[1], found[0])))
        if source is None or (names[1] and target is None):
            continue
        if sub in ACLED_SOLO and _HELD_BEFORE.search(text, 0, source[0]):
            continue  # "the police arresting rioters": those held, not the marchers the note codes
        if sub in ACLED_SOLO and (against := _PROTEST_TARGET.search(text, source[1])):
            target = against.span("who")  # ACLED codes no protest target; "against the government" names one
        yield PairExample("acled", rec["key"], rec["key"], text, source, target, ACLED_ONE.get(sub))
        if sub == "Armed clash" and target is not None and _MUTUAL_FIGHT.search(text):
            yield PairExample("acled", rec["key"], rec["key"], text, target, source, ACLED_ONE.get(sub))


def _alone(spans: list[Span], others: list[Span]) -> Span | None:
    """The one mention of a side, after dropping those inside a longer mention of the other ("men" in "armed men")."""
    mine = [sp for sp in spans if not any(o[0] <= sp[0] and sp[1] <= o[1] and o != sp for o in others)]
    if len(mine) != 1 or any(o[0] < mine[0][1] and mine[0][0] < o[1] for o in others):
        return None
    return mine[0]


def acled_mentions(text: str, name: str, country_name: str = "", iso3: str = "") -> list[Span]:
    """Spans in ``text`` that may name the ACLED actor ``name`` (each part of an "X and/or Y" name): for a generic
    actor ("Police Forces of Kenya (2013-)", "Civilians (Kenya)") its kind nouns (ACLED_KINDS), only those tied to
    its country ("Kenyan police", "police of Kenya") when there are such; for protesters without a kind noun, the
    subject of the note's protest verb; for a named group its name or acronym ("NAF: United Armed Forces of ...")."""
    spans: set[Span] = set()
    for part in re.split(r"\s+and/or\s+", name):
        spans.update(_part_mentions(text, part, country_name, iso3))
    return sorted(spans)


def _part_mentions(text: str, part: str, country_name: str, iso3: str) -> list[Span]:
    head = re.sub(r"\s*\([^)]*\)", "", part).strip()
    base = re.sub(r"\s+of\s+(?:the\s+)?[A-Z].*$", "", head)
    kind = ACLED_KINDS.get(base)
    if kind is None and (local := _ACLED_LOCAL.fullmatch(head)):
        kind = re.escape(local.group(1)) + r"(?:\s+(?:ethnic|communal|clan))?\s+(?:militia\w*|fighters|gunmen|herd\w*)"
    if kind is None:
        acronym, _, full = part.partition(": ") if ": " in part else ("", "", part)
        full = re.sub(r"\s*\([^)]*\)|\s+-\s+.*$", "", full).strip()
        alts = "|".join(re.escape(f) for f in sorted({acronym.strip(), full} - {""}, key=len, reverse=True))
        return [m.span() for m in re.finditer(rf"(?<![\w-])(?:{alts})(?![\w-])", text)] if alts else []
    words = "|".join(re.escape(w) for w in sorted(_acled_country(part, country_name, iso3), key=len, reverse=True))
    words = words or "(?!)"
    hits = list(re.finditer(rf"(?<![\w-])(?:(?:{words})\s+)?(?:{kind.replace('{lead}', words)})"
                            rf"(?P<of>\s+of\s+(?:the\s+)?(?:{words}))?(?![\w-])", text, re.I))
    tied = [m for m in hits if m.group("of") or re.match(rf"(?:{words})\b", m.group(), re.I)]
    if not hits and base in ("Protesters", "Rioters") and (m := _PROTEST_SUBJECT.match(text)):
        return [m.span("who")]
    return [m.span() for m in (tied or hits)]


def _acled_country(name: str, country_name: str, iso3: str) -> tuple[str, ...]:
    """Adjectives and names of the country an ACLED actor name gives ("of Kenya", "(Kenya)"), else of the note's."""
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][^()]*?)\s*(?:\(|$)", name) or re.search(r"\(([A-Za-z][^)]*)\)", name)
    said = m.group(1).strip() if m else country_name
    hit = _country_names().get(said.lower()) or (country(iso3) if said == country_name else None)
    return (*hit.adjectives, *hit.names) if hit else (said,) if said else ()  # "Artsakh": its name only


@lru_cache(maxsize=1)
def _country_names() -> dict[str, Country]:
    return {n.lower(): c for c in countries() for n in (*c.names, c.short_name)}


def gsr_tags(text: str, markup: str) -> list[tuple[str, Span]] | None:
    """(tag, span in ``text``) of each SRC, TAR and SRC/TAR phrase of a GSR markup, found in order as whole words;
    None when a phrase is not found (the record is skipped rather than guessed). A party tagged inside a place
    ("(LOC: (SRC: in the capital))") is a place; SRC/LOC and TAR/LOC count as SRC and TAR."""
    found: list[tuple[str, Span]] = []
    pos = 0
    for tag, phrase, in_loc in _gsr_phrases(markup):
        if tag == "LOC" or in_loc:
            continue
        span = _find_words(text, phrase, pos)
        if span is None:
            return None
        found.append((tag.replace("/LOC", ""), span))
        pos = span[1]
    return found


def _gsr_phrases(markup: str) -> Iterator[tuple[str, str, bool]]:
    """(tag, phrase, inside a LOC tag) of each tag, the phrase running to its balanced closing parenthesis."""
    loc_ends: list[int] = []
    for m in _GSR_TAG.finditer(markup):
        depth, i = 1, m.end()
        while i < len(markup) and depth:
            depth += {"(": 1, ")": -1}.get(markup[i], 0)
            i += 1
        phrase = markup[m.end():i - 1] if depth == 0 else markup[m.end():]
        while (plain := _INNER_TAG.sub(r"\1", phrase)) != phrase:
            phrase = plain
        in_loc = any(m.start() < end for end in loc_ends)
        if m.group(1) == "LOC":
            loc_ends.append(i)
        yield m.group(1), phrase.strip(), in_loc


def _find_words(text: str, phrase: str, pos: int) -> Span | None:
    words = phrase.split()
    if not words:
        return None
    m = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)").search(text, pos)
    return (m.start(), m.end()) if m else None


def _combine(sources: list[Span], targets: list[Span], mutual: list[Span]) -> Iterator[tuple[Span | None, Span | None]]:
    """(source, target) pairs: every source with every target (None for an empty side, nothing if both are empty),
    then each ordered pair of distinct mutual parties."""
    none: list[Span | None] = [None]
    if sources or targets:
        yield from product(sources or none, targets or none)
    yield from permutations(mutual, 2)


def _unprep(text: str, span: Span) -> Span:
    """The span without a leading preposition ConfliBERT sometimes tags ("[on the former leader]")."""
    m = _PREP.match(text, span[0], span[1])
    return (m.end(), span[1]) if m and m.end() < span[1] else span


def summary(examples: Iterable[PairExample] | None = None) -> str:
    """Counts per corpus and per type (with how many have both sides), one line each."""
    rows = list(pair_examples() if examples is None else examples)
    lines = []
    for corpus in sorted({e.corpus for e in rows}):
        mine = [e for e in rows if e.corpus == corpus]
        both = sum(e.source is not None and e.target is not None for e in mine)
        lines.append(f"{corpus}: {len(mine)} examples, {both} with both parties, "
                     f"{len({e.group for e in mine})} groups")
        kinds = Counter(e.type or (f"quad {e.quad}" if e.quad is not None else "untyped") for e in mine)
        lines += [f"  {kind:<12} {n}" for kind, n in sorted(kinds.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
