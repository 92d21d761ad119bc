"""The analysts' party matcher and row classer: a gold row's parties read against a printed actor (the gold
conventions: generic kinds, a leader for his state and back, a state for its organs but not its civilians, acronyms),
and every row of a document classed by its first fault, as the analysts class by hand; spurious events listed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .analyst import AnalystRow, sentence_of, sentence_spans

Actor = dict[str, Any]
CLASSES = ("fully right", "wrong type", "wrong source", "wrong target", "reversed", "wrong polarity", "wrong voice",
           "missed")
_STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by", "its", "his", "her", "their",
                   "he", "she", "they", "it", "we", "i", "s", "who", "other", "some", "two", "three"})
# Generic nouns the analysts write, with the actor kinds they accept for them (beyond the dictionary's sectors).
_KIND_WORDS = {"officer": {"police", "military"}, "deputy": {"police", "legislature"}, "bailiff": {"police"},
               "suspect": {"armed_group", "civilians"}, "shooter": {"armed_group", "civilians"},
               "attacker": {"armed_group", "civilians"}, "gunman": {"armed_group", "civilians"},
               "gunmen": {"armed_group", "civilians"}, "inmate": {"civilians"}, "people": {"civilians"}, "voter": {"civilians"}, "blogger": {"civilians"},
               "investigator": {"police", "government"}, "security": {"military", "police"},
               "swat": {"police"}, "activist": {"civilians", "political_party", "ngo"}, "boy": {"civilians"},
               "girl": {"civilians"}, "father": {"civilians"}, "victim": {"civilians"}, "user": {"civilians"},
               "supporter": {"civilians"}}
_ORG_WORDS = frozenset({"bank", "party", "council", "commission", "group", "army", "front", "ministry", "department",
                        "office", "university", "agency", "union", "company", "committee", "court", "authority",
                        "police", "force", "forces", "times", "news", "state", "states", "government", "republic",
                        "movement", "brotherhood", "organization", "network", "institute", "nations", "league"})
_STATEISH = frozenset({"state", "government", "military", "police", "legislature", "intelligence", "person"})
_PAREN = re.compile(r"\(([^()]*)\)")
_SPLIT_ALT = re.compile(r"\s*(?:/|;|,| or )\s*")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold_text(text)) if w not in _STOP]


def fold_text(text: str) -> str:
    return re.sub(r"['’]s\b", "", text.lower().replace("u.s.", "us").replace("u.n.", "un"))


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    from faultlines.actors.dictionary import load_dictionary
    return load_dictionary()


def _none_like(text: str) -> bool:
    return bool(re.match(r"(?i)\s*(none|nobody|no one|unnamed|unknown|agentless)\b", text))


def _names(actor: Actor, *, mentions: bool = True) -> list[list[str]]:
    """The actor's names as word lists: a dictionary actor's own name and aliases (the words the text used for it
    may be another party's, "APC" resolved to the US Congress), else the printed name, aliases and mentions."""
    entry = _dictionary().entry(actor.get("id"))
    if entry is not None:
        names = [actor.get("name") or "", entry.name, *entry.aliases]
    else:
        names = [actor.get("name") or "", *(actor.get("aliases") or []),
                 *((m.get("text", "") for m in actor.get("mentions") or []) if mentions else ())]
    return [w for w in (_words(n) for n in names) if w]


def _acronym(phrase: str, actor: Actor) -> bool:
    """The actor is printed as the phrase's initials ("PSC" for Philippine Sports Commission)."""
    name = (actor.get("name") or "").replace(".", "")
    initials = "".join(w[0] for w in phrase.split() if w[:1].isupper())
    return 2 <= len(name) <= 6 and name.isupper() and name == initials


def _kinds_of(phrase: str) -> set[str]:
    """Actor kinds a generic noun phrase stands for ("Police", "security forces", "a man"): from its words."""
    d, kinds = _dictionary(), set()
    for w in _words(phrase):
        s = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        for x in (w, s):
            kinds |= _KIND_WORDS.get(x, set())
            code = d.sector_of(x)
            if code and code in d.sectors and code != "STATE":
                kinds.add(d.sectors[code].kind)
    return kinds


def _actor_kinds(actor: Actor) -> set[str]:
    """The actor's kind, plus the kinds its name's generic words give a person or an unclassed party
    ("SWAT", "Officer Jackson")."""
    kind = actor.get("kind")
    kinds = {kind} if kind else set()
    if kind in (None, "person", "other"):
        kinds |= _kinds_of(actor.get("name") or "")
    if kind in ("religious", "ethnic_group"):  # a community stands for its civilians ("Shia Muslims" protesting)
        kinds.add("civilians")
    return kinds


def _private_person(phrase: str) -> bool:
    """A personal name the dictionary does not know ("Diane McIver"): the analysts accept civilians for it."""
    tokens = phrase.split()
    return (2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and _resolved(phrase) is None
            and not {fold_text(t) for t in tokens} & _ORG_WORDS)


def _generic(phrase: str) -> bool:
    """A phrase made only of generic nouns and qualifiers ("Police", "Security forces"), no proper name."""
    return bool(_kinds_of(phrase)) and all(_kinds_of(t) for t in phrase.split() if t[:1].isupper())


def _name_match(phrase: str, actor: Actor) -> bool:
    """The phrase names this actor: its words are all in one of the actor's names, or a name's words in it."""
    ws = set(_words(phrase))
    if not ws or _generic(phrase):
        return False
    if _acronym(phrase, actor):
        return True
    if any(ws <= set(n) for n in _names(actor)):
        return True
    for n in _names(actor, mentions=False):  # a name of the actor inside the phrase ("John Kerry (US)"), never a
        ns = set(n)                          # bare surname mention ("Chipeco" for another Chipeco)
        if ns <= ws and (any(len(w) > 2 for w in ns) or len(n) == 1) and not _generic(" ".join(n)):
            return True
    return False


def _resolved(phrase: str) -> str | None:
    d = _dictionary()
    return d.lookup(phrase.strip()) or (d.demonym(phrase.strip()) if len(phrase.split()) == 1 else None)


def _same_party(gold_id: str, actor: Actor) -> bool:
    """The dictionary party the analyst named is this actor, its parent, or the same state at state level
    (a leader given as his state and a state given for its official or organ are accepted)."""
    d = _dictionary()
    aid = actor.get("id") or ""
    if gold_id in (aid, _resolved(actor.get("name") or "")) or gold_id in d.parent_chain(aid) or aid in d.parent_chain(gold_id):
        return True
    gk, gc = d.kind_of(gold_id), d.country_of(gold_id)
    ak, ac = actor.get("kind"), actor.get("country")
    if not gc or gc != ac:
        return False
    return (gk in {"state", "government"} and ak in _STATEISH) or (ak in {"state", "government"} and gk in _STATEISH)


def _one(gold: str, actor: Actor | None) -> bool:
    """One analyst party string ("Police (Baton Rouge)", "Donald Trump (US)", "None (agentless)") against one
    printed party."""
    head = _PAREN.sub(" ", gold).strip()
    parens = [p for m in _PAREN.finditer(gold) for p in _SPLIT_ALT.split(m.group(1)) if p.strip()]
    heads = [h for h in _SPLIT_ALT.split(head) if h.strip()] or ["none"]
    if actor is None:
        return any(_none_like(h) for h in heads)
    if all(_none_like(h) for h in heads):
        return False
    for h in heads:
        if _none_like(h):
            continue
        if _name_match(h, actor) or _actor_kinds(actor) & _kinds_of(h):
            return True
        if actor.get("kind") == "civilians" and _private_person(h):
            return True
        if (gid := _resolved(h)) and _same_party(gid, actor):
            return True
    return any(_paren_match(p, heads, actor) for p in parens)


def _paren_match(part: str, heads: list[str], actor: Actor) -> bool:
    """A qualifier in parentheses: another name of the party ("Gunman (Gavin Long)"), a generic word ("a man"), or
    its country ("Military (Iraq)": that state stands for a state organ or a named person, not for civilians,
    rebels or police)."""
    d = _dictionary()
    gid = _resolved(part)
    if gid and d.kind_of(gid) == "state":
        organ = all(not (k := _kinds_of(h)) or k & {"military", "government", "legislature"} for h in heads)
        return organ and actor.get("kind") in {"state", "government"} and actor.get("country") == d.country_of(gid)
    if _name_match(part, actor) or (_actor_kinds(actor) & _kinds_of(part) and not gid):
        return True
    if actor.get("kind") == "civilians" and _private_person(part) and not civil_excluded(heads):
        return True
    return bool(gid) and _same_party(str(gid), actor)


def civil_excluded(heads: list[str]) -> bool:
    """A head naming a state or organisation: a person in its parentheses is its official, not a civilian."""
    return any(_resolved(h) or {fold_text(w) for w in h.split()} & _ORG_WORDS for h in heads)


def party_matches(gold_party: str, accepted: list[str] | tuple[str, ...], actor: Actor | None) -> bool:
    """Whether a printed party (a facts-JSON actor, or None) is the analyst's party or one of the accepted ones."""
    return any(_one(g, actor) for g in (gold_party, *accepted))


# ------------------------------------------------------------------ row classer
@dataclass(frozen=True)
class Accepted:
    """The alternatives an analyst wrote in "also accepted", parsed."""

    types: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    polarities: frozenset[str] = frozenset()
    voices: tuple[str, ...] = ()
    reverse: bool = False
    any_polarity: bool = False
    edges: tuple[tuple[frozenset[str], str, str], ...] = ()  # another whole reading: "REJECT Pakistan -> India"


_POLS = ("asserted", "negated", "hypothetical", "question")
_EDGE = re.compile(r"(?:type\s+)?([A-Z]{3,}(?:/[A-Z]{3,})*)\s+(.+?)\s*->\s*(.+?)"
                   r"(?:\s+(?:asserted|negated|hypothetical|question))?(?:\s*\(.*\))?\s*$")
_OK = re.compile(r"\s+(?:accepted|ok)\b.*$")


def parse_accepted(text: str) -> Accepted:
    """Parse "target None accepted; COERCE/THREATEN accepted; reverse accepted; voice author accepted"."""
    types: set[str] = set()
    sources: list[str] = []
    targets: list[str] = []
    pols: set[str] = set()
    voices: list[str] = []
    reverse = anypol = False
    edges: list[tuple[frozenset[str], str, str]] = []
    for clause in (c.strip() for c in re.split(r";\s*", text)):
        low = clause.lower()
        if not clause or "not accepted" in low or "required" in low or not re.search(r"\b(accepted|ok)\b|either", low):
            continue
        body = _OK.sub("", clause)
        if "->" in clause:
            if m := _EDGE.match(body):
                target = re.sub(r"\s+(asserted|negated|hypothetical|question)\b.*$", "", m.group(3))
                edges.append((frozenset(m.group(1).split("/")), m.group(2), re.sub(r"\(or ([^)]*)\)", r"/ \1", target)))
            continue
        if "any polarity" in low:
            anypol = True
        if low.startswith(("reverse", "either direction")):
            reverse = True
        elif low.startswith("source/target "):
            sources.append(body[14:])
            targets.append(body[14:])
        elif low.startswith("source "):
            sources.append(body[7:])
        elif low.startswith("target "):
            targets.append(body[7:])
        elif low.startswith(("voice ", "author voice")):
            who = re.sub(r"(?i)^(voice\s+(quoted\s+)?|author voice)", "", body).strip()
            voices.append(who or "author")
        elif m := re.match(r"(?:type\s+)?(?:(asserted|negated|hypothetical|question)\s+)?([A-Z]{3,}(?:/[A-Z]{3,})*)"
                           r"(?:\s+(asserted|negated|hypothetical|question))?", body):
            types.update(m.group(2).split("/"))
            pols.update(p for p in (m.group(1), m.group(3)) if p)
        elif low.split()[0] in _POLS:
            pols.add(low.split()[0])
    return Accepted(frozenset(types), tuple(sources), tuple(targets), frozenset(pols), tuple(voices), reverse, anypol,
                    tuple(edges))


def _is_author(voice: str) -> bool:
    return bool(re.match(r"(?i)\s*author\b", voice))


def _voice_ok(row: AnalystRow, alt: Accepted, event: dict[str, Any], actors: dict[str, Actor]) -> bool:
    """The printed voice is the analyst's (or an accepted one); a speaker's voice for its own act stands for the
    author's (a quoted voice with no speaker named is neither)."""
    voice = event.get("voice") or {}
    wanted = [re.sub(r"(?i)^quoted:\s*", "", w).strip() for w in (row.voice, *alt.voices)]
    author_ok = any(_none_like(w) or _is_author(w) for w in wanted)
    name = voice.get("name") or ""
    if voice.get("kind") == "author":
        return author_ok
    if not name:
        return False
    actor = next((a for a in actors.values() if a.get("name") == name), None)
    if author_ok and actor is not None and party_matches(row.source, alt.sources, actor):
        return True  # the party speaking of its own act
    said = set(_words(name))
    for w in wanted:
        if _is_author(w):
            continue
        ws = set(_words(_PAREN.sub(" ", w))) | {x for m in _PAREN.finditer(w) for x in _words(m.group(1))}
        if said & {x for x in ws if len(x) > 3} or (said and said <= ws):
            return True
        if actor is not None and _one(w, actor):
            return True
    return False


def judge_event(row: AnalystRow, event: dict[str, Any], actors: dict[str, Actor], *, reverse: bool = True) -> str:
    """The row's class if this event were its printed event: the first fault in the analysts' order
    (``reverse=False``: the row's "reverse accepted" not used)."""
    alt = parse_accepted(row.accepted)
    src, tgt = actors.get(event.get("source") or ""), actors.get(event.get("target") or "")
    s_ok = party_matches(row.source, alt.sources, src)
    t_ok = party_matches(row.target, alt.targets, tgt)
    swapped = party_matches(row.source, alt.sources, tgt) and party_matches(row.target, alt.targets, src)
    if alt.reverse and reverse and swapped:
        s_ok = t_ok = True
    if any(event.get("type") in types and _one(s, src) and _one(t, tgt) for types, s, t in alt.edges):
        return "fully right"
    if event.get("type") != row.type and event.get("type") not in alt.types:
        return "wrong type"
    if not (s_ok and t_ok) and swapped:
        return "reversed"
    if not s_ok:
        return "wrong source"
    if not t_ok:
        return "wrong target"
    pol = event.get("polarity")
    if pol != row.polarity and pol not in alt.polarities and not alt.any_polarity:
        return "wrong polarity"
    if not _voice_ok(row, alt, event, actors):
        return "wrong voice"
    return "fully right"


def _relevant(row: AnalystRow, event: dict[str, Any], actors: dict[str, Actor], cls: str) -> bool:
    """An event counts for a row when its type fits or one of its named parties is one of the row's parties."""
    if cls != "wrong type":
        return True
    return _parties_shared(row, event, actors) >= 2


def _parties_shared(row: AnalystRow, event: dict[str, Any], actors: dict[str, Actor]) -> int:
    """How many of the event's named parties are parties of the row."""
    alt = parse_accepted(row.accepted)
    parties = (row.source, *alt.sources, row.target, *alt.targets)
    named = [actors.get(event.get(k) or "") for k in ("source", "target")]
    return sum(1 for a in named if a is not None and any(_one(p, a) for p in parties))


def event_sentences(event: dict[str, Any], spans: list[tuple[int, int]]) -> set[int]:
    """The sentences an event is printed in: its own and every evidence sentence (a merged event counts in each)."""
    starts = [event.get("start", -1)] + [ev.get("start", -1) for ev in event.get("evidence") or []]
    return {n for n in (sentence_of(spans, s) for s in starts if s is not None and s >= 0) if n}


def _twins(text: str, spans: list[tuple[int, int]]) -> dict[int, set[int]]:
    """Sentences repeated verbatim (a headline repeated as the first line) count once: each stands for all."""
    by_text: dict[str, set[int]] = {}
    for n, (a, b) in enumerate(spans, 1):
        by_text.setdefault(text[a:b].strip(), set()).add(n)
    return {n: same for same in by_text.values() if len(same) > 1 for n in same}


@dataclass(frozen=True)
class RowClass:
    """A row's class and the printed event it was judged on ("s4:COERCE:arrested:e3"; empty when missed)."""

    row: AnalystRow
    cls: str
    event: str = ""

    @property
    def event_id(self) -> str | None:
        return self.event.rsplit(":", 1)[1] if self.event else None


def classify(doc_rows: list[AnalystRow] | tuple[AnalystRow, ...], doc_json: dict[str, Any]
             ) -> tuple[list[RowClass], list[dict[str, Any]]]:
    """Class every gold row of a document from its facts JSON, and list the spurious events: printed, the event
    of no row, not the right edge of a row again (a duplicate) and not the wrong-typed reading of a missed row
    it shares a named party with."""
    text = doc_json["text"]
    spans = sentence_spans(text)
    actors = {a["id"]: a for a in doc_json.get("actors", [])}
    twins = _twins(text, spans)
    events = [(e, {t for n in event_sentences(e, spans) for t in twins.get(n, {n})})
              for e in doc_json.get("events", [])]
    judged = {(r.row, e["id"]): judge_event(r, e, actors) for r in doc_rows for e, sents in events if r.sent in sents}
    by_id = {e["id"]: e for e, _ in events}
    direct = {k for k, c in judged.items() if c == "fully right"
              and judge_event(next(r for r in doc_rows if r.row == k[0]), by_id[k[1]], actors, reverse=False) == c}
    pairs = _fully_right(doc_rows, judged, direct)
    used = {(r.sent, eid) for r in doc_rows for eid in [pairs.get(r.row)] if eid}
    # the rest: each printed event is the faulty reading of at most one more row, the least faulty pairs first
    rank = {c: i for i, c in enumerate(CLASSES)}
    rest = sorted(((-rank[cls], r.row, eid) for r in doc_rows if r.row not in pairs
                   for (rid, eid), cls in judged.items() if rid == r.row and cls != "fully right"
                   and _relevant(r, by_id[eid], actors, cls)), key=lambda x: x[0])
    rows = {r.row: r for r in doc_rows}
    chosen = {rid: RowClass(rows[rid], "fully right", _label(by_id[eid], spans)) for rid, eid in pairs.items()}
    for _, rid, eid in rest:
        if rid not in chosen and (rows[rid].sent, eid) not in used:
            chosen[rid] = RowClass(rows[rid], judged[(rid, eid)], _label(by_id[eid], spans))
            used.add((rows[rid].sent, eid))
    classes = [chosen.get(r.row, RowClass(r, "missed")) for r in doc_rows]
    matched = {c.event for c in classes if c.event}
    missed = {c.row.row for c in classes if c.cls == "missed"}
    spurious = [e for e, sents in events if _label(e, spans) not in matched
                and not any(judged.get((r.row, e["id"])) in _VARIANT for r in doc_rows)
                and not any(r.row in missed and (r.row, e["id"]) in judged and _parties_shared(r, e, actors) >= 1
                            for r in doc_rows)]
    return classes, spurious


def _fully_right(rows: list[AnalystRow] | tuple[AnalystRow, ...], judged: dict[tuple[str, str], str],
                 direct: set[tuple[str, str]]) -> dict[str, str]:
    """Row -> event pairs that are fully right, as many as possible, each event serving one row of a sentence
    (a merged event may serve one row in each of its sentences): augmenting paths, first over the pairs right
    in their own direction, then over those right only reversed ("reverse accepted")."""
    sent = {r.row: r.sent for r in rows}
    owner: dict[tuple[int, str], str] = {}
    options: dict[str, list[str]] = {}

    def place(rid: str, seen: set[str]) -> bool:
        for eid in options[rid]:
            if eid in seen:
                continue
            seen.add(eid)
            key = (sent[rid], eid)
            if key not in owner or place(owner[key], seen):
                owner[key] = rid
                return True
        return False

    for allowed in (direct, None):
        options = {r.row: [eid for (rid, eid), c in judged.items() if rid == r.row and c == "fully right"
                           and (allowed is None or (rid, eid) in allowed)] for r in rows}
        placed = set(owner.values())
        for r in rows:
            if r.row not in placed:
                place(r.row, set())
    return {rid: eid for (_, eid), rid in owner.items()}


def _label(event: dict[str, Any], spans: list[tuple[int, int]]) -> str:
    trig = (event.get("trigger") or {}).get("text")
    return f"s{sentence_of(spans, event.get('start', 0))}:{event.get('type')}:{trig}:{event.get('id')}"


_VARIANT = frozenset({"fully right", "wrong polarity", "wrong voice"})  # the right edge again: a duplicate, not spurious
