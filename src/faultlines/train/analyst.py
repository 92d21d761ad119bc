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


def documents(shared_root: Path | str = SHARED, *, sets: set[str] | None = None,
              skipped: list[str] | None = None) -> list[AnalystDoc]:
    """Every pooled document rebuilt from ``shared_root`` whose text matches its SHA-1, with its gold rows.
    A document that cannot be rebuilt exactly is left out and its name appended to ``skipped``."""
    shared = Path(shared_root)
    specs = [s for s in load_doc_specs() if sets is None or s["set"] in sets]
    rows: dict[str, list[AnalystRow]] = {}
    for r in load_rows():
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
               "girl": {"civilians"}, "father": {"civilians"}, "victim": {"civilians"}, "user": {"civilians"}}
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


def _names(actor: Actor) -> list[list[str]]:
    names = [actor.get("name") or "", *(actor.get("aliases") or []),
             *(m.get("text", "") for m in actor.get("mentions") or [])]
    return [w for w in (_words(n) for n in names) if w]


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
    return kinds


def _private_person(phrase: str) -> bool:
    """A personal name the dictionary does not know ("Diane McIver"): the analysts accept civilians for it."""
    tokens = phrase.split()
    return (2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and _resolved(phrase) is None
            and not {fold_text(t) for t in tokens} & _ORG_WORDS)


def _generic(phrase: str) -> bool:
    """A phrase made only of generic nouns and qualifiers (no proper name of a party)."""
    return bool(_kinds_of(phrase)) and not re.search(r"\b[A-Z][a-z]+\s+[A-Z]", phrase)


def _name_match(phrase: str, actor: Actor) -> bool:
    """The phrase names this actor: its words are all in one of the actor's names, or a name's words in it."""
    ws = set(_words(phrase))
    if not ws or _generic(phrase):
        return False
    for n in _names(actor):
        ns = set(n)
        if ws <= ns or (ns <= ws and (any(len(w) > 2 for w in ns) or len(n) == 1) and not _generic(" ".join(n))):
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
    if gold_id == aid or gold_id in d.parent_chain(aid) or aid in d.parent_chain(gold_id):
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
    civil = any(_kinds_of(h) & {"civilians", "armed_group"} for h in heads)
    for h in heads:
        if _none_like(h):
            continue
        if _name_match(h, actor) or _actor_kinds(actor) & _kinds_of(h):
            return True
        if actor.get("kind") == "civilians" and _private_person(h):
            return True
        if (gid := _resolved(h)) and _same_party(gid, actor):
            return True
    for p in parens:
        if _name_match(p, actor) or (_actor_kinds(actor) & _kinds_of(p) and not _resolved(p)):
            return True
        if actor.get("kind") == "civilians" and _private_person(p) and not civil_excluded(heads):
            return True
        gid = _resolved(p)
        if gid and not civil and _same_party(gid, actor):
            return True
    return False


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


_POLS = ("asserted", "negated", "hypothetical", "question")
_OK = re.compile(r"\s+(?:accepted|ok)\b.*$")


def parse_accepted(text: str) -> Accepted:
    """Parse "target None accepted; COERCE/THREATEN accepted; reverse accepted; voice author accepted"."""
    types: set[str] = set()
    sources: list[str] = []
    targets: list[str] = []
    pols: set[str] = set()
    voices: list[str] = []
    reverse = anypol = False
    for clause in (c.strip() for c in re.split(r";\s*", text)):
        low = clause.lower()
        if not clause or "not accepted" in low or "required" in low or not re.search(r"\b(accepted|ok)\b|either", low):
            continue
        if "->" in clause:
            continue
        body = _OK.sub("", clause)
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
    return Accepted(frozenset(types), tuple(sources), tuple(targets), frozenset(pols), tuple(voices), reverse, anypol)


def _voice_ok(row: AnalystRow, alt: Accepted, event: dict[str, Any], actors: dict[str, Actor]) -> bool:
    """The printed voice is the analyst's (or an accepted one); a speaker's voice for its own act stands for the
    author's, and a quoted voice with no speaker named counts as the author's."""
    voice = event.get("voice") or {}
    wanted = [re.sub(r"(?i)^quoted:\s*", "", w).strip() for w in (row.voice, *alt.voices)]
    author_ok = any(_none_like(w) or w.lower().startswith("author") for w in wanted)
    name = voice.get("name") or ""
    if voice.get("kind") == "author" or not name:
        return author_ok
    actor = next((a for a in actors.values() if a.get("name") == name), None)
    if author_ok and actor is not None and actor.get("id") == event.get("source"):
        return True
    said = set(_words(name))
    for w in wanted:
        if w.lower().startswith("author"):
            continue
        ws = set(_words(_PAREN.sub(" ", w))) | {x for m in _PAREN.finditer(w) for x in _words(m.group(1))}
        if said & {x for x in ws if len(x) > 3} or (said and said <= ws):
            return True
        if actor is not None and _one(w, actor):
            return True
    return False


def judge_event(row: AnalystRow, event: dict[str, Any], actors: dict[str, Actor]) -> str:
    """The row's class if this event were its printed event: the first fault in the analysts' order."""
    alt = parse_accepted(row.accepted)
    src, tgt = actors.get(event.get("source") or ""), actors.get(event.get("target") or "")
    s_ok = party_matches(row.source, alt.sources, src)
    t_ok = party_matches(row.target, alt.targets, tgt)
    swapped = party_matches(row.source, alt.sources, tgt) and party_matches(row.target, alt.targets, src)
    if alt.reverse and swapped:
        s_ok = t_ok = True
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
    alt = parse_accepted(row.accepted)
    parties = (row.source, *alt.sources, row.target, *alt.targets)
    named = [actors.get(event.get(k) or "") for k in ("source", "target")]
    return sum(1 for a in named if a is not None and any(_one(p, a) for p in parties)) >= 2


def event_sentences(event: dict[str, Any], spans: list[tuple[int, int]]) -> set[int]:
    """The sentences an event is printed in: its own and every evidence sentence (a merged event counts in each)."""
    starts = [event.get("start", -1)] + [ev.get("start", -1) for ev in event.get("evidence") or []]
    return {n for n in (sentence_of(spans, s) for s in starts if s is not None and s >= 0) if n}


@dataclass(frozen=True)
class RowClass:
    row: AnalystRow
    cls: str
    event: str = ""


def classify(doc_rows: list[AnalystRow] | tuple[AnalystRow, ...], doc_json: dict[str, Any]
             ) -> tuple[list[RowClass], list[dict[str, Any]]]:
    """Class every gold row of a document from its facts JSON, and list the spurious events (printed, matched
    to no row, with a named party that is no party of any row of their sentences)."""
    text = doc_json["text"]
    spans = sentence_spans(text)
    actors = {a["id"]: a for a in doc_json.get("actors", [])}
    events = [(e, event_sentences(e, spans)) for e in doc_json.get("events", [])]
    rank = {c: i for i, c in enumerate(CLASSES)}
    used: set[str] = set()
    chosen: dict[str, RowClass] = {}
    for first_pass in (True, False):
        for row in doc_rows:
            if row.row in chosen:
                continue
            best: tuple[int, str] | None = None
            for e, sents in events:
                if row.sent not in sents:
                    continue
                cls = judge_event(row, e, actors)
                if first_pass and cls != "fully right":
                    continue
                if not first_pass and (e["id"] in used or not _relevant(row, e, actors, cls)):
                    continue
                score = (0 if cls == "fully right" else len(CLASSES) - rank[cls], e["id"])
                if best is None or score[0] < best[0] or (score[0] == best[0] and cls == "fully right"):
                    best = (score[0], e["id"])
                    chosen[row.row] = RowClass(row, cls, _label(e, spans))
            if best is not None and first_pass:
                used.add(best[1])
    classes = [chosen.get(r.row, RowClass(r, "missed")) for r in doc_rows]
    matched = {c.event for c in classes if c.event}
    spurious = [e for e, sents in events if _label(e, spans) not in matched and _stray(e, sents, doc_rows, actors)]
    return classes, spurious


def _label(event: dict[str, Any], spans: list[tuple[int, int]]) -> str:
    trig = (event.get("trigger") or {}).get("text")
    return f"s{sentence_of(spans, event.get('start', 0))}:{event.get('type')}:{trig}:{event.get('id')}"


def _stray(event: dict[str, Any], sents: set[int], rows: list[AnalystRow] | tuple[AnalystRow, ...],
           actors: dict[str, Actor]) -> bool:
    """A named party of the event matches no party of any gold row in the event's sentences."""
    parties = [p for r in rows if r.sent in sents
               for p in (r.source, r.target, *parse_accepted(r.accepted).sources, *parse_accepted(r.accepted).targets)]
    named = [a for a in (actors.get(event.get(k) or "") for k in ("source", "target")) if a is not None]
    return any(not any(_one(p, a) for p in parties) for a in named)
