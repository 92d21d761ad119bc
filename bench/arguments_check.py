"""Every event argument (source, target) on TUNE conflict articles, for judging by hand (issue 12, round 8).

Prints one line per event: document, type, polarity/voice, source phrase -> actor, target phrase -> actor, and the
sentence. Articles: bench/conflict_articles.py (GeoWebNews tune articles with the most conflict words, plus tune pages).

Usage: python bench/arguments_check.py [--n 10] [--pages 047.html] [--no-model] [--test]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflict_articles import conflict_articles  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--skip", type=int, default=0, help="skip the N most warlike articles")
    ap.add_argument("--pages", default="047.html,035.html")
    ap.add_argument("--test", action="store_true", help="the test split instead (report figures only)")
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args()
    want = "test" if args.test else "tune"

    from faultlines.pipeline import Pipeline

    pages = tuple(args.pages.split(",")) if args.pages else ()
    docs = conflict_articles(want, args.n, skip=args.skip, pages=pages)
    pipe = Pipeline(model=not args.no_model)
    total = 0
    for (key, _doc), facts in zip(docs, pipe.extract_many([d for _, d in docs]), strict=True):
        names = {a.id: a.name for a in facts.actors}
        for ev in facts.events:
            total += 1
            parts = []
            for aid, m in ((ev.source, ev.source_mention), (ev.target, ev.target_mention)):
                parts.append(f"{m.text if m else '-'!r}->{names.get(aid or '', aid)}")
            sent = " ".join(ev.text.split())
            print(f"{key}\t{ev.type}\t{ev.polarity}/{ev.voice.kind}\t{parts[0]}\t{parts[1]}\t{sent}")
    print(f"# {total} events in {len(docs)} {want} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
