#!/usr/bin/env python3
"""RAMS argument bench: source / target of the events coded at the gold trigger, on whole 5-sentence news windows.

Usage (from the project root):  .venv/bin/python bench/arguments_rams.py [--split tune|test] [--limit N]
    [--errors] [--no-model]

RAMS (../shared/data/events_train/rams/{dev,test}.jsonlines) gives a window of five sentences around one gold
trigger, with its arguments by role anywhere in the window. Each window is read whole (a sentence's tokens joined
by spaces, the sentences by a space), split by ``split_of("rams", doc_key)`` as bench/events_heldout.py does.
Only windows whose AIDA type maps to a PLOVER type (aida2plover.tsv, direct or conditional) count. The event
scored is the one whose trigger overlaps the gold trigger (the gold PLOVER type first, when several are there).
Gold roles map to source / target by ROLES below. Per role: right (our mention overlaps a gold span of the role,
or our actor is the actor of a gold span), wrong (given, not right), missed (a gold span, nothing given); a role
the gold leaves empty is not scored (``extra`` counts what we gave there). P = right / (right + wrong),
R = right / gold (over all mapped windows, found or not), and R@found over windows with an event at the trigger.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import split_of  # noqa: E402

RAMS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events_train" / "rams"

# AIDA role (the name after "evtNNNargNN") -> the PLOVER argument it is; checked by hand against meta.json for
# every AIDA type that aida2plover.tsv maps to a PLOVER type. Symmetric roles ("participant") are "either": a
# source or a target is right on any of them. Roles that are no party (place, instrument, artifact, crime,
# money, vehicle, origin) are left out.
ROLES: dict[str, str] = {
    # conflict.attack.*, artifactexistence.damagedestroy.*, life.die/injure caused by violence
    "attacker": "source", "target": "target", "damager": "source", "destroyer": "source",
    "damagerdestroyer": "source", "killer": "source", "injurer": "source", "victim": "target",
    # conflict.demonstrate, conflict.yield
    "demonstrator": "source", "yielder": "source", "retreater": "source", "surrenderer": "source",
    "recipient": "target",
    # contact.*: commandorder, commitmentpromise, requestadvise, threatencoerce; discussion, negotiate, collaborate
    "communicator": "source", "participant": "either",
    # government.agreements.reject..., government.vote.violationspreventvote
    "rejecternullifier": "source", "otherparticipant": "target", "preventer": "source", "voter": "target",
    # justice.*
    "jailer": "source", "detainee": "target", "prosecutor": "source", "judgecourt": "source",
    "investigator": "source", "executioner": "source", "extraditer": "source", "defendant": "target",
    # movement.*: prevententry / preventexit (the one kept in or out), evacuationrescue, grantentryasylum,
    # sendsupplyexport (the destination is who receives), quitretire (the employer is left)
    "transporter": "source", "passenger": "target", "granter": "source", "destination": "target",
    "employee": "source", "placeofemployment": "target",
    # transaction.*: embargosanction (giver and recipient are both sanctioned), giftgrantprovideaid
    "giver": "source", "beneficiary": "target",
}
# per AIDA type, roles read otherwise than ROLES says: who moves under prevententry/preventexit is kept in or
# out (target), and under an embargo the giver is sanctioned too
OVERRIDES: dict[str, dict[str, str]] = {
    "movement.transportartifact.prevententry": {"transporter": "target"},
    "movement.transportartifact.preventexit": {"transporter": "target"},
    "movement.transportperson.prevententry": {"transporter": "target"},
    "movement.transportperson.preventexit": {"transporter": "target"},
    "transaction.transaction.embargosanction": {"giver": "target"},
    "transaction.transfermoney.embargosanction": {"giver": "target"},
    "transaction.transferownership.embargosanction": {"giver": "target"},
}


def plover_map() -> dict[str, tuple[str, str]]:
    """AIDA type -> (PLOVER type, confidence) for the types that map to one."""
    with open(RAMS / "aida2plover.tsv", newline="") as fh:
        return {r["aida_type"]: (r["plover"], r["confidence"]) for r in csv.DictReader(fh, delimiter="\t")
                if r["plover"] != "NONE"}


def role_of(aida: str, link: str) -> str | None:
    """'evt005arg01attacker' under conflict.attack.* -> 'source'."""
    name = link[link.index("arg") + 5:]
    return OVERRIDES.get(aida, {}).get(name) or ROLES.get(name)


def joined(rec: dict[str, Any]) -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    """A RAMS window's tokens joined by spaces, and the character span of its tokens a..b (inclusive)."""
    toks = [t for s in rec["sentences"] for t in s]
    starts, pos = [], 0
    for t in toks:
        starts.append(pos)
        pos += len(t) + 1
    return " ".join(toks), lambda a, b: (starts[a], starts[b] + len(toks[b]))


def windows(split: str) -> Iterator[dict[str, Any]]:
    """Mapped RAMS windows of `split`: text, trigger span and gold argument spans (character offsets) by role."""
    mapped = plover_map()
    for name in ("dev.jsonlines", "test.jsonlines"):
        with open(RAMS / name) as fh:
            for line in fh:
                rec = json.loads(line)
                if split_of("rams", rec["doc_key"]) != split:
                    continue
                aida = rec["evt_triggers"][0][2][0][0]
                if aida not in mapped:
                    continue
                text, span = joined(rec)
                t0, t1 = rec["evt_triggers"][0][:2]
                gold: dict[str, list[tuple[int, int]]] = {"source": [], "target": [], "either": []}
                for _, (a, b), link in rec["gold_evt_links"]:
                    role = role_of(aida, link)
                    if role:
                        gold[role].append(span(a, b))
                yield {"key": rec["doc_key"], "text": text, "trigger": span(t0, t1), "aida": aida,
                       "plover": mapped[aida][0], "conf": mapped[aida][1], "gold": gold}


def overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in spans)


def judge_role(actor: str | None, mention, spans: list[tuple[int, int]], actors) -> str:
    """'right', 'wrong' or 'missed' for one of our arguments against the gold spans of its role (a mention that
    names no actor is no argument: the map draws no edge to it)."""
    if actor is None:
        return "missed"
    if mention is not None and overlaps(mention.start, mention.end, spans):
        return "right"
    if actor is not None and any(actors.actor_at(a, b) == actor for a, b in spans):
        return "right"
    return "wrong"


def at_trigger(rec: dict[str, Any], events: list) -> Any:
    """The event coded at the gold trigger, the gold PLOVER type first; None when there is none."""
    at = [e for e in events if e.trigger is not None and overlaps(e.trigger.start, e.trigger.end, [rec["trigger"]])]
    return next((e for e in at if e.type == rec["plover"]), at[0] if at else None)


def score(recs: list[dict[str, Any]], coded: list, events: Callable, errors: list | None) -> dict[str, Any]:
    tally: Counter = Counter()
    for rec, c in zip(recs, coded, strict=True):
        ev = at_trigger(rec, events(c))
        tally["found"] += ev is not None
        tally["type ok"] += ev is not None and ev.type == rec["plover"]
        if ev is not None and ev.source is None:
            tally["no source"] += 1
        either = rec["gold"]["either"]
        for role in ("source", "target"):
            spans = rec["gold"][role] + either
            if not spans:
                if ev is not None and getattr(ev, role) is not None:  # given where the gold has none: not scored
                    tally[f"{role} extra"] += 1
                continue
            tally[f"{role} gold"] += 1
            if ev is None:
                continue
            tally[f"{role} gold@found"] += 1
            verdict = judge_role(getattr(ev, role), getattr(ev, f"{role}_mention"), spans, c.actors)
            tally[f"{role} {verdict}"] += 1
            if errors is not None and verdict != "right":
                text = rec["text"]
                m = getattr(ev, f"{role}_mention")
                got = f"{text[m.start:m.end]}->{getattr(ev, role)}" if m is not None else "-"
                a, b = rec["trigger"]
                errors.append((f"{role} {verdict}", f"[{rec['key'][-8:]}] {rec['aida']} {ev.type} "
                               f"trigger={text[a:b]!r} gold={'; '.join(text[x:y] for x, y in spans)!r} "
                               f"got={got!r}\n      {text}"))
    n = len(recs)
    out: dict[str, Any] = {"windows": n, "event at trigger": tally["found"] / max(1, n),
                           "type right": tally["type ok"] / max(1, tally["found"]),
                           "no source": tally["no source"] / max(1, tally["found"])}
    for role in ("source", "target"):
        right, wrong = tally[f"{role} right"], tally[f"{role} wrong"]
        out[f"{role} gold"] = tally[f"{role} gold"]
        out[f"{role} right"] = right
        out[f"{role} wrong"] = wrong
        out[f"{role} missed"] = tally[f"{role} missed"]
        out[f"{role} P"] = right / max(1, right + wrong)
        out[f"{role} R"] = right / max(1, tally[f"{role} gold"])
        out[f"{role} R@found"] = right / max(1, tally[f"{role} gold@found"])
        out[f"{role} extra"] = tally[f"{role} extra"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "test"), default="tune")
    ap.add_argument("--limit", type=int, default=0, help="sample at most N windows (seed 13)")
    ap.add_argument("--errors", action="store_true", help="list every wrong or missed argument (tune only)")
    ap.add_argument("--no-model", action="store_true", help="rules only (no judge column)")
    args = ap.parse_args()
    if not RAMS.exists():
        print(f"arguments_rams: no data at {RAMS}; nothing to do")
        return 0
    if args.errors and args.split == "test":
        ap.error("--errors lists tune windows only")

    from faultlines.events.judge import judge_events, load_judge
    from faultlines.pipeline import Pipeline
    from faultlines.train.code import code_texts

    recs = list(windows(args.split))
    if args.limit and len(recs) > args.limit:
        recs = random.Random(13).sample(recs, args.limit)
    t0 = time.perf_counter()
    coded = list(code_texts(Pipeline(), [r["text"] for r in recs], batch_size=16))
    paths: dict[str, Callable] = {"rules": lambda c: c.events}
    judge = None if args.no_model else load_judge()
    if judge is not None:
        judged = {id(c): judge_events(c.ctx, c.events, judge) for c in coded}
        paths["rules+model"] = lambda c: judged[id(c)]
    errors: list[tuple[str, str]] = []
    results = {k: score(recs, coded, ev, errors if args.errors and k == "rules" else None) for k, ev in paths.items()}
    print(f"split: {args.split}" + ("" if args.split == "test" else "  (TUNE: not the figures that count)"))
    print(f"== RAMS arguments ({len(recs)} windows, {time.perf_counter() - t0:.0f} s)")
    print(f"{'':18}" + "".join(f"{k:>14}" for k in results))
    for key in results["rules"]:
        cells = [results[k][key] for k in results]
        print(f"{key:18}" + "".join(f"{v:>14.3f}" if isinstance(v, float) else f"{v!s:>14}" for v in cells))
    if errors:
        print("\n  errors by cause (rules): " + ", ".join(f"{k} {v}" for k, v in Counter(c for c, _ in errors).most_common()))
        for cause, detail in sorted(errors):
            print(f"  {cause}: {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
