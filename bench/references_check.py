"""Event arguments that came from a pronoun or a generic phrase, on TUNE conflict articles, for judging by hand.

Prints, per event role filled by (or left empty beside) a pronoun or an unnamed phrase: the sentence, the phrase
and the actor it resolved to. Articles: GeoWebNews tune articles with the most conflict words, plus tune pages.

Usage: python bench/references_check.py [--n 10] [--pages 035.html,038.html] [--test]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conflict_articles import conflict_articles  # noqa: E402

PRON = {"he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "us", "our"}


def generic(text: str) -> bool:
    """A mention that names no one: a pronoun or a phrase without a capitalised word after its determiner."""
    words = text.split()
    if not words:
        return False
    if words[0].lower() in PRON and (words[0].islower() or words[0].istitle()):
        return True
    body = [w for w in words if w.lower() not in ("the", "a", "an", "this", "these", "those", "that")]
    return bool(body) and not any(w[:1].isupper() for w in body)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--ids", default="1,121,25,255,123", help="GeoWebNews file numbers always read (tune only)")
    ap.add_argument("--pages", default="035.html,038.html")
    ap.add_argument("--test", action="store_true", help="the test split instead (report figures only)")
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args()
    want = "test" if args.test else "tune"

    from faultlines.pipeline import Pipeline

    files = tuple(i for i in args.ids.split(",") if i) if not args.test else ()
    pages = tuple(args.pages.split(",")) if args.pages and not args.test else ()
    docs = conflict_articles(want, args.n, files=files, pages=pages)
    pipe = Pipeline(model=not args.no_model)
    total = 0
    for (key, _doc), facts in zip(docs, pipe.extract_many([d for _, d in docs]), strict=True):
        names = {a.id: a.name for a in facts.actors}
        for ev in facts.events:
            for role, aid, m in (("src", ev.source, ev.source_mention), ("tgt", ev.target, ev.target_mention)):
                if m is None or not generic(m.text) or (aid is None and m.text.split()[0].lower() not in PRON):
                    continue
                total += 1
                sent = " ".join(ev.text.split())
                print(f"{key}\t{ev.type}\t{role}\t{m.text!r}\t{names.get(aid or '', aid)}\t{ev.voice.kind}\t{sent}")
    print(f"# {total} arguments from pronouns or generic phrases in {len(docs)} {want} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
