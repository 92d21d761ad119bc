"""Every event argument (source, target) on TUNE conflict articles, for judging by hand (issue 12, round 8).

Prints one line per event: document, type, polarity/voice, source phrase -> actor, target phrase -> actor, and the
sentence. Articles: the GeoWebNews tune articles with the most conflict words, plus tune pages.

Usage: python bench/arguments_check.py [--n 10] [--pages 047.html] [--no-model] [--test]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from places_gwn import DEFAULT as GWN  # noqa: E402
from places_gwn import load  # noqa: E402
from references_check import PAGES, WAR  # noqa: E402
from splits import split_of  # noqa: E402


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
    from faultlines.read import document_from_text, read_one

    arts = [(i, t) for i, (t, _) in enumerate(load(GWN)) if split_of("geowebnews", str(i)) == want]
    arts.sort(key=lambda a: -len(WAR.findall(a[1])) / (1 + len(a[1]) / 3000))
    chosen = arts[args.skip:args.skip + args.n]
    docs = [(f"gwn{i}", document_from_text(t, guess_title=False)) for i, t in chosen]
    for p in args.pages.split(",") if args.pages else []:
        if split_of("webpages", p) == want:
            docs.append((p, read_one(str(PAGES / p))[0]))
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
