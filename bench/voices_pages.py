"""Voices on real saved pages: per page, its segments (kind, author) and each event's and quote's voice.

For judging by hand on the webpages TUNE split (bench/splits.py); test pages are printed only with --split test,
which is meant for a final count, not for writing rules. Usage: python bench/voices_pages.py [--only 035.html]
[--split tune|test] [--kinds news_dateline,news,...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import split_of  # noqa: E402
from webpages import DEFAULT, index_rows  # noqa: E402


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--split", choices=("tune", "test"), default="tune")
    ap.add_argument("--kinds", default="news_dateline,news,blog_comments,forum,other")
    ap.add_argument("--summary", action="store_true", help="only counts of segment kinds and voices per page")
    args = ap.parse_args()
    rows = index_rows(args.data)
    if rows is None:
        return 0
    from faultlines.pipeline import Pipeline
    from faultlines.read import read_one

    pipe = Pipeline()
    kinds = set(args.kinds.split(","))
    for row in rows:
        name = row["file"]
        if (args.only and name not in args.only) or (not args.only and (
                split_of("webpages", name) != args.split or row["kind"] not in kinds or row["language"] != "en")):
            continue
        [doc] = read_one(str(args.data / name))
        facts = pipe.extract(doc)
        text = facts.document.text if hasattr(facts, "document") and hasattr(facts.document, "text") else doc.text
        segs = Counter((s.kind, s.author if s.kind in ("excerpt", "dateline") else None) for s in facts.segments)
        voices = Counter((e.voice.kind, e.voice.name) for e in facts.events)
        print(f"=== {name} {row['kind']} title={doc.title!r:.80}")
        print("  segments:", dict(segs))
        print("  event voices:", dict(voices))
        if args.summary:
            continue
        for s in facts.segments:
            if s.kind in ("body", "title") and not args.only:
                continue
            print(f"  [{s.kind} {s.author!r}] {_short(text[s.start:s.end], 140)}")
        for q in facts.quotes:
            print(f"  Q speaker={q.speaker_name!r} outlet={q.outlet!r}: {_short(q.text, 90)}")
        for e in facts.events:
            print(f"  E {e.type} {e.source}->{e.target} {e.polarity} voice={e.voice.kind}:{e.voice.name!r} "
                  f"| {_short(e.text, 110)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
