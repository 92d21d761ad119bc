"""Comment threads copied as plain text: the real commenters and comments of the saved web pages, laid out the
way a page reads when copied ("jsmith42 says:", "anon_123 wrote:", a name line over a date line), segmented
without markup.

Each page with comments from markup (../shared/data/webpages) is rebuilt as plain text: its title, the article
text before the thread, a "Comments" heading (or none, with --no-heading), then one block per comment: a header
line in the chosen style and the comment's words. Measured per split (bench/splits.py, dataset "webpages"):
- comments: the comment units found agree with the page's comment count within 20%;
- authors: the share of comments whose commenter is found (multiset overlap of authors over the larger count).

Tune rules on --split tune only. Usage: python bench/threads_plain.py [--split tune|test] [--style says|wrote|dated]
[--no-heading] [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import split_of  # noqa: E402
from webpages import DEFAULT, _units, index_rows  # noqa: E402

STYLES = {
    "says": lambda name, i: f"{name} says:",
    "wrote": lambda name, i: f"{name} wrote:",
    "dated": lambda name, i: f"{name}\nMarch {1 + i % 28}, 2024 at {1 + i % 12}:{10 + i % 50:02d} pm",
}


def plain_thread(text: str, title: str | None, comments: list[tuple[str, str]], style: str, heading: bool) -> str:
    """The page as copied text: title, article, heading, then a header line and the words of each comment."""
    head = STYLES[style]
    parts = [title or "", text.strip()]
    if heading:
        parts.append("Comments")
    parts += [f"{head(name, i)}\n{words.strip()}" for i, (name, words) in enumerate(comments)]
    return "\n\n".join(p for p in parts if p)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--split", choices=("tune", "test"))
    ap.add_argument("--style", choices=tuple(STYLES), action="append")
    ap.add_argument("--no-heading", action="store_true")
    ap.add_argument("--show", action="store_true", help="per tune page")
    args = ap.parse_args()
    rows = index_rows(args.data)
    if rows is None:
        return 0
    from faultlines.read import read_one
    from faultlines.structure import segment

    agg: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        name = row["file"]
        split = split_of("webpages", name)
        if args.split and split != args.split:
            continue
        [doc] = read_one(str(args.data / name))
        hints = sorted((h for h in doc.hints if h[0] == "comment" and h[3]), key=lambda h: h[1])
        if not hints:
            continue
        article = doc.text[:hints[0][1]]
        if doc.title and article.lstrip().startswith(doc.title):
            article = article.lstrip()[len(doc.title):]
        heading = max((h[2] for h in doc.hints if h[0] == "heading" and h[2] <= hints[0][1]), default=None)
        if heading is not None:  # the reader's own heading line opening the thread: the style decides one
            article = doc.text[:doc.text.rfind("\n", 0, heading) + 1]
        comments = [(h[3], doc.text[h[1]:h[2]]) for h in hints if doc.text[h[1]:h[2]].strip()]
        for style in args.style or tuple(STYLES):
            text = plain_thread(article, doc.title, comments, style, not args.no_heading)
            plain = replace(doc, text=text, hints=())
            units = _units(plain, segment(plain))
            want = len(comments)
            m = agg[(split, style)]
            m["comments"].append(float(abs(len(units) - want) <= 0.2 * want))
            found, expected = Counter(u.author for u in units), Counter(n for n, _ in comments)
            m["authors"].append(sum((found & expected).values()) / max(len(units), want))
            if args.show and split == "tune":
                print(f"{name} {style:6} comments={len(units)}/{want} authors={m['authors'][-1]:.2f} "
                      f"found={[u.author for u in units[:4]]} want={[n for n, _ in comments[:4]]}")
    print(f"{'split':5} {'style':6} {'pages':>5} {'comments':>9} {'authors':>9}")
    for (split, style), m in sorted(agg.items()):
        print(f"{split:5} {style:6} {len(m['comments']):5} {sum(m['comments']) / len(m['comments']):9.2f} "
              f"{sum(m['authors']) / len(m['authors']):9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
