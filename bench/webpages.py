"""Real saved web pages (../shared/data/webpages): title, dateline, comments, commenters and language, per kind.

Every page is read with `faultlines.read.read_one` and split with `faultlines.structure.segment`. Figures are
printed separately for the tune and the test pages (bench/splits.py, dataset "webpages"); rules are tuned on
tune pages only, and test pages are never opened while writing them.

What is measured, per page:
- title: the title read equals the page's visible headline. On tune pages the headline is the hand-checked
  one in EXPECTED; elsewhere the reference is the page's og:title or first <h1> (site suffix dropped).
- comments: comment units found vs the count (EXPECTED on tune pages, else INDEX.tsv's heuristic count);
  a page scores when the two agree within 20% (or both are zero).
- authors: share of comment units whose author is a name (not None, not "commenter N").
- first/last: on tune pages with a thread, the first and the last comment's author match the hand check.
- dateline: a dateline segment is found on news_dateline pages, and none on the other kinds.
- language: the language reported equals INDEX.tsv's.

Usage: python bench/webpages.py [DATA_DIR] [--only 034.html] [--show] [--split tune|test]
"""

from __future__ import annotations

import argparse
import csv
import html as html_lib
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import split_of  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "webpages"

# Hand checks on TUNE pages only (read in a browser-like view by the bench's author): the visible headline,
# the number of comments shown on the page, and the authors of the first and last comment.
# file -> (headline, comments, first author, last author)
EXPECTED: dict[str, tuple[str, int, str | None, str | None]] = {}


def _norm(s: str | None) -> str:
    s = html_lib.unescape(s or "").lower()
    s = re.sub(r"[\u2018\u2019\u201c\u201d\"'`´]", "", s)
    return re.sub(r"\W+", " ", s).strip()


def reference_title(raw: str) -> str | None:
    """og:title, else the first <h1>, for pages with no hand check."""
    m = re.search(r"<meta[^>]+property=[\"']og:title[\"'][^>]*content=[\"']([^\"']+)", raw, re.I) or \
        re.search(r"<meta[^>]+content=[\"']([^\"']+)[\"'][^>]*property=[\"']og:title", raw, re.I)
    if m:
        return re.split(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]+$", html_lib.unescape(m.group(1)).strip())[0]
    m = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.I | re.S)
    return re.sub(r"<[^>]+>", " ", m.group(1)).strip() if m else None


def title_ok(found: str | None, expected: str | None) -> bool:
    a, b = _norm(found), _norm(expected)
    return bool(a) and bool(b) and (a == b or (len(a) >= 0.6 * len(b) and (a in b or b in a)))


def _units(doc, segs) -> list:  # noqa: ANN001
    """Comment units: consecutive comment/signature segments of one author and reply target are one comment."""
    out: list = []
    prev = None
    for s in segs:
        if s.kind not in ("comment", "signature"):
            prev = None
            continue
        key = (s.author, s.reply_to)
        if prev is not None and prev == key and s.kind == "signature":
            continue
        if prev is not None and prev == key and out and s.start - out[-1].end < 3:
            out[-1] = s.__class__(out[-1].id, "comment", out[-1].start, s.end, s.author, s.reply_to)
            continue
        out.append(s)
        prev = key
    return out


def named(author: str | None) -> bool:
    return bool(author) and not re.fullmatch(r"commenter \d+", author or "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--show", action="store_true", help="print each tune page's result")
    ap.add_argument("--split", choices=("tune", "test"), help="only this split")
    args = ap.parse_args()
    index = args.data / "INDEX.tsv"
    if not index.is_file():
        print(f"no webpages data at {args.data}; nothing to measure")
        return 0
    from faultlines.read import read_one
    from faultlines.structure import segment

    rows = list(csv.DictReader(index.open(encoding="utf-8"), delimiter="\t"))
    agg: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        name, kind = row["file"], row["kind"]
        if args.only and name not in args.only:
            continue
        split = split_of("webpages", name)
        if args.split and split != args.split:
            continue
        raw = (args.data / name).read_text(encoding="utf-8", errors="replace")
        [doc] = read_one(str(args.data / name))
        segs = segment(doc)
        units = _units(doc, segs)
        exp = EXPECTED.get(name) if split == "tune" else None
        ref_title = exp[0] if exp else reference_title(raw)
        want = exp[1] if exp else int(row["approx_comment_count"] or 0)
        m = agg[(split, kind)]
        m["title"].append(float(title_ok(doc.title, ref_title)))
        n = len(units)
        m["comments"].append(float(n == want == 0 or (want > 0 and abs(n - want) <= 0.2 * want)))
        if want:
            m["authors"].append(sum(named(u.author) for u in units) / max(n, want))
        if exp and exp[1]:
            first_ok = bool(units) and _norm(units[0].author) == _norm(exp[2])
            last_ok = bool(units) and _norm(units[-1].author) == _norm(exp[3])
            m["first"].append(float(first_ok))
            m["last"].append(float(last_ok))
        has_dateline = any(s.kind == "dateline" for s in segs)
        m["dateline"].append(float(has_dateline == (kind == "news_dateline")))
        lang = getattr(doc, "language", None)
        m["language"].append(float(lang == row["language"]))
        if args.show and split == "tune":  # test pages are never shown
            dl = next((doc.text[s.start:s.end] for s in segs if s.kind == "dateline"), "")
            print(f"{name} {split:4} {kind:13} lang={lang} title={doc.title!r:.70} ref={ref_title!r:.50} "
                  f"comments={n}/{want} named={sum(named(u.author) for u in units)} dateline={dl!r} "
                  f"first={units[0].author if units else None!r} last={units[-1].author if units else None!r}")
    cols = ("title", "comments", "authors", "first", "last", "dateline", "language")
    print(f"{'split':5} {'kind':14} {'pages':>5} " + " ".join(f"{c:>9}" for c in cols))
    for split in ("tune", "test"):
        total: dict[str, list[float]] = defaultdict(list)
        for (sp, kind), m in sorted(agg.items()):
            if sp != split:
                continue
            for c in cols:
                total[c].extend(m[c])
            cells = [f"{sum(m[c]) / len(m[c]):9.2f}" if m[c] else f"{'-':>9}" for c in cols]
            print(f"{split:5} {kind:14} {len(m['title']):5} " + " ".join(cells))
        if total["title"]:
            cells = [f"{sum(total[c]) / len(total[c]):9.2f}" if total[c] else f"{'-':>9}" for c in cols]
            print(f"{split:5} {'ALL':14} {len(total['title']):5} " + " ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
