"""The pooled analyst sets as a reproducible bench: labels in analyst_rows.tsv, texts rebuilt from ../shared.

API (shared with the learner): ``documents(shared_root) -> list[AnalystDoc]``, ``sentence_spans(text)``,
``party_matches(gold_party, accepted, actor)`` and ``classify(doc_rows, doc_json) -> (row classes, spurious)``.
The repo keeps no text of ../shared: a document is rebuilt from its corpus and checked against a SHA-1.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROWS = HERE / "analyst_rows.tsv"
DOCS = HERE / "analyst_docs.tsv"
SHARED = Path(__file__).resolve().parents[4] / "shared"

# The analysts' sentence splitter (their tools/sents.py): gold sentence numbers count these spans from 1.
_SPLIT = re.compile(r'(?<=[.!?])["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n|(?<=\S)\n(?=\S)')
_ABBR = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Gen|Sgt|Lt|Col|Jr|St|Engr|U\.S|N\.M|Md|No|vs|Inc|Ltd|Mt|Gov"
                   r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ft|Ave|Corp|Co)\.$")
_INITIAL = re.compile(r"\b[A-Z]\.$")


@dataclass(frozen=True)
class AnalystRow:
    """One gold statement: where it is (sentence number, SHA-1 of that sentence) and what the analyst coded."""

    set: str
    row: str
    doc: str
    sent: int
    sent_sha1: str
    type: str
    source: str
    target: str
    polarity: str
    voice: str
    accepted: str
    hand_judge: str = ""
    hand_rules: str = ""
    family: str = ""


@dataclass(frozen=True)
class AnalystDoc:
    """A rebuilt document: its set, short name, corpus key, the exact text the analysts fed the tool, its rows."""

    set: str
    doc: str
    corpus: str
    key: str
    text: str
    rows: tuple[AnalystRow, ...]

    @property
    def name(self) -> str:
        return f"{self.set}_{self.doc}"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in the analysts' numbering (span i is sentence i + 1)."""
    spans, start = [], 0
    for m in _SPLIT.finditer(text):
        before = text[start:m.start()].rstrip()
        if _ABBR.search(before) or _INITIAL.search(before):
            continue
        g = m.group(0)
        spans.append((start, m.start() + len(g) - len(g.lstrip('"”’)'))))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentence_of(spans: list[tuple[int, int]], char: int) -> int:
    """The 1-based sentence number holding a character offset (0 when none does)."""
    return next((i for i, (a, b) in enumerate(spans, 1) if a <= char < b), 0)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ labels
def load_rows(path: Path = ROWS) -> list[AnalystRow]:
    with path.open(encoding="utf-8") as f:
        return [_row(r) for r in csv.DictReader(f, delimiter="\t")]


def _row(r: dict[str, str]) -> AnalystRow:
    return AnalystRow(set=r["set"], row=r["row"], doc=r["doc"], sent=int(r["sent"]), sent_sha1=r["sent_sha1"],
                      type=r["type"], source=r["source"], target=r["target"], polarity=r["polarity"],
                      voice=r["voice"], accepted=r["accepted"], hand_judge=r.get("hand_judge", ""),
                      hand_rules=r.get("hand_rules", ""), family=r.get("family", ""))


def load_doc_specs(path: Path = DOCS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


# ------------------------------------------------------------------ text builder
def _gwn_texts(shared: Path, files: set[str]) -> dict[str, str]:
    root = ET.parse(shared / "data" / "geowebnews" / "GWN.xml").getroot()
    return {a.get("file", ""): a.findtext("text") or "" for a in root.findall("article") if a.get("file") in files}


def _gun_texts(shared: Path, ids: set[str]) -> dict[str, str]:
    out = {}
    with (shared / "data" / "gun_incidents" / "documents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if any(k in line for k in ids):
                d = json.loads(line)
                if d["id"] in ids:
                    out[d["id"]] = d["title"] + "\n\n" + d["text"]
    return out


def _m2e2_sentences(shared: Path, ids: set[str]) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = {}
    path = shared / "data" / "events_train" / "m2e2" / "m2e2_sentences_plover.jsonl"
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["doc_id"] in ids:
                out.setdefault(d["doc_id"], {})[int(d["id"].rsplit("_", 1)[1])] = d["text"]
    return out


def base_texts(shared: Path, specs: list[dict[str, str]]) -> dict[str, str]:
    """Each document's text before its edits: the GeoWebNews article, the gun report (title, blank line, text)
    cut after sentence ``cut``, or the M2E2 sentences _0.._cut joined by blank lines."""
    want: dict[str, set[str]] = {"gwn": set(), "gun": set(), "m2e2": set()}
    for s in specs:
        want[s["corpus"]].add(s["key"])
    gwn = _gwn_texts(shared, want["gwn"]) if want["gwn"] else {}
    gun = _gun_texts(shared, want["gun"]) if want["gun"] else {}
    m2e2 = _m2e2_sentences(shared, want["m2e2"]) if want["m2e2"] else {}
    out = {}
    for s in specs:
        name, key, cut = f"{s['set']}_{s['doc']}", s["key"], int(s["cut"] or 0)
        if s["corpus"] == "gwn" and key in gwn:
            out[name] = gwn[key]
        elif s["corpus"] == "gun" and key in gun:
            text = gun[key]
            spans = sentence_spans(text)
            out[name] = text[:spans[cut - 1][1]].rstrip() + "\n" if cut and len(spans) > cut else text
        elif s["corpus"] == "m2e2" and key in m2e2:
            sents = m2e2[key]
            out[name] = "\n\n".join(sents[n] for n in sorted(sents) if not cut or n <= cut)
    return out


def apply_edits(text: str, edits: list[list[int | str]]) -> str:
    """Apply [start, end, insert] edits (offsets into the unedited text, in order)."""
    parts, pos = [], 0
    for start, end, insert in edits:
        parts += [text[pos:int(start)], str(insert)]
        pos = int(end)
    return "".join(parts) + text[pos:]


def edits_between(base: str, target: str) -> list[list[int | str]]:
    """The [start, end, insert] edits turning ``base`` into ``target`` (whitespace and punctuation only, in practice)."""
    import difflib
    sm = difflib.SequenceMatcher(None, base, target, autojunk=False)
    return [[i1, i2, target[j1:j2]] for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]


def documents(shared_root: Path | str = SHARED, *, sets: set[str] | None = None, skipped: list[str] | None = None,
              docs_file: Path = DOCS, rows_file: Path = ROWS) -> list[AnalystDoc]:
    """Every pooled document rebuilt from ``shared_root`` whose text matches its SHA-1, with its gold rows.
    A document that cannot be rebuilt exactly is left out and its name appended to ``skipped``."""
    shared = Path(shared_root)
    specs = [s for s in load_doc_specs(docs_file) if sets is None or s["set"] in sets]
    rows: dict[str, list[AnalystRow]] = {}
    for r in load_rows(rows_file):
        rows.setdefault(f"{r.set}_{r.doc}", []).append(r)
    bases = base_texts(shared, specs) if (shared / "data").is_dir() else {}
    out = []
    for s in specs:
        name = f"{s['set']}_{s['doc']}"
        base = bases.get(name)
        text = apply_edits(base, json.loads(s["edits"])) if base is not None else None
        if text is None or sha1(text) != s["sha1"] or not _rows_fit(text, rows.get(name, [])):
            if skipped is not None:
                skipped.append(name)
            continue
        out.append(AnalystDoc(s["set"], s["doc"], s["corpus"], s["key"], text, tuple(rows.get(name, []))))
    return out


def _rows_fit(text: str, rows: list[AnalystRow]) -> bool:
    """Every row's sentence exists and has the text the analyst numbered (by SHA-1)."""
    spans = sentence_spans(text)
    return all(0 < r.sent <= len(spans) and sha1(text[spans[r.sent - 1][0]:spans[r.sent - 1][1]].strip()) == r.sent_sha1
               for r in rows)


def iter_rows_by_doc(docs: list[AnalystDoc]) -> Iterator[tuple[AnalystDoc, AnalystRow]]:
    for d in docs:
        for r in d.rows:
            yield d, r


# ------------------------------------------------------------------ party matcher
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
