"""Real saved web pages (../shared/data/webpages): title, dateline, comments, commenters and language, per kind.

Every page is read with `faultlines.read.read_one` and split with `faultlines.structure.segment`. Figures are
printed separately for the tune and the test pages (bench/splits.py, dataset "webpages"); rules are tuned on
tune pages only, and test pages are never opened while writing them.

What is measured, per page:
- title: the title read equals the page's visible headline. On tune pages the headline is the hand-checked
  one in EXPECTED; elsewhere the reference is the page's og:title or first <h1> (site suffix dropped).
  title~ compares every page with that automatic reference, so tune and test read alike (on tune pages the
  automatic reference itself agrees with the hand check on 82% of pages: sharing titles differ from headlines).
- comments: comment units found vs the count (EXPECTED on tune pages, else INDEX.tsv's heuristic count);
  a page scores when the two agree within 20% (or both are zero).
- authors: share of comment units whose author is a name (not None, not "commenter N").
- first/last: on tune pages with a thread, the first and the last comment's author match the hand check.
- dateline: a dateline segment is found on news_dateline pages, and none on the other kinds.
- language: the language reported equals INDEX.tsv's.
- under each split: how many comment units carry a reply_to and a date (counted, not checked).

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

# Hand checks on TUNE pages only, by the bench's author reading each page's markup: the visible headline, the
# number of comments shown (pingbacks left out; in a forum, the posts after the opening post), and the authors
# of the first and the last comment (None: not checked). file -> (headline, comments, first, last)
EXPECTED: dict[str, tuple[str, int, str | None, str | None]] = {
    "001.html": ("Die Cider Connection: Abmahnungen gegen Nutzer von Creative-Commons-Bildern", 74, "blah blubb",
                 "Anonymaus"),
    "003.html": ("Die Ablehnung von “Gendersprache” – medial produziert", 59, "Dietmar Hilsebein", "Karl Mistelberger"),
    "007.html": ("„Das wird man ja wohl noch sagen dürfen!“", 40, "photobix", "Lusru"),
    "008.html": ("Gute Tabus, schlechte Tabus: Die vertauschten Rollen in der Debatte über Israel", 17,
                 "Kritischer Kritiker", "Alexander"),
    "009.html": ("No Peace for Our Time – Pence, Syrien und die Türkei", 18, "Nibelung", "H. Priess"),
    "010.html": ("Sie wissen (nicht), was sie tun: Identitätspolitische Linke unterschlägt den Homosexuellenhass "
                 "neuer Qualität", 10, "Gerhard Baierlein", "Dirk Schöllgen"),
    "011.html": ("Muffin Grundrezept", 51, "sarah", "Markus"),
    "012.html": ("Anthony Lynn: “We needed to win this game”", 34, "thelastchargersfan", "Guy Hence"),
    "013.html": ("Business Focus: It’s Why Some People Triumph Online and Others Never Make It", 10, "Gaye",
                 "Pamela Wilson"),
    "014.html": ("2021-2022 Line Outline", 22, "toddball", "Luke Koppa"),
    "015.html": ("Simon Pegg Gave His Blessing For A Touring ‘Shaun Of The Dead’ Stage Show", 6, "Verbal Kunt",
                 "Phyllis Rivers"),
    "016.html": ("新竹尖石_美樹營地賞楓 (2)", 39, "小鳳", "蔡敏嫻"),
    "017.html": ("How to Program Your Mind to Stop Buying Crap You Don’t Need", 12, None, None),
    "018.html": ("America’s Most Underrated Food City: Here Are the Best Restaurants in OKC", 62,
                 "Rob+Ann @TravelLatte(.net)", "RestaurantLover"),
    "019.html": ("Understanding Web Design", 22, "Hans", "Ping2world"),
    "020.html": ("A 2024 Discussion Whether To Convert The Linux Kernel From C To Modern C++", 100, "david.emery",
                 "serviscope_minor"),
    "021.html": ("Turning off all LED of RPi 5", 15, "jahboater", "Anonymous"),
    "022.html": ("What do you pay attention to if you are going to buy a web hosting service?", 17, "1Ali",
                 "anotherdrz"),
    "023.html": ("Confusing resolver structure", 8, "rimelek", "amondale"),
    "025.html": ("If the forum comes to an end soon.", 24, "Ultimate Steve", "Iapetus7342"),
    "027.html": ("SMF vs MyBB? What are the differences? (looking for 2024 opinions)", 9, "User 37079", "doylecc"),
    "028.html": ("Higher Logic has terminated open source Vanilla", 3, "K17", "Linc"),
    "029.html": ("Why is RAID not a backup?", 37, "Kevin Dente", "Massimo"),
    "030.html": ("[Official thread] 2024 general election discussion", 19, "Andrew97", "Saracen's Fez"),
    "031.html": ("RC1 of NodeBB v4", 11, "julian", "julian"),
    "032.html": ("How close is China’s EUV project to eliminating ASML’s monopoly?", 0, None, None),
    # page 34 of the thread: no opening post on the page, all 20 posts are replies
    "034.html": ("Microsoft beginnt mit der Auslieferung des Vorbereitungsupdate!", 20, "Predator", "tommyp"),
    "035.html": ("Attack stokes instability fears in North Africa", 0, None, None),
    "036.html": ("Russia: Space ship malfunctions, breaks up over Siberia", 3, "J", "sai"),
    "037.html": ("South Korean president’s impeachment fails after ruling party lawmakers walk out", 0, None, None),
    "038.html": ("Esper accuses China of intimidating smaller Asian nations", 0, None, None),
    "039.html": ("Unpredictable Sondland faces questions about Trump, Ukraine", 0, None, None),
    "040.html": ("UK Tories under fire for Twitter name switch during debate", 0, None, None),
    "041.html": ("7 key questions heading into the 2020 Democratic debate", 0, None, None),
    "042.html": ("Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's "
                 "suicide", 0, None, None),
    "043.html": ("Oversupply angst drags oil lower, stocks drift near highs", 0, None, None),
    "046.html": ("Fed lifts rates, sees faster pace of hikes in Trump's first year", 0, None, None),
    "047.html": ("What It’s Like to Give Birth in Gaza", 0, None, None),
    "049.html": ("Verhärtete Fronten nach Tumulten bei Luckes Vorlesung", 0, None, None),
    "051.html": ("'Parasite' scores historic upset at SAG awards, boosting Oscar chances", 0, None, None),
    "053.html": ("Obama admits US gun laws are his 'biggest frustration'", 0, None, None),
    "054.html": ("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", 0, None, None),
    "056.html": ("Una solución no violenta para la cuestión mapuche", 0, None, None),
    "057.html": ("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout", 0, None, None),
    "058.html": ("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", 0, None, None),
    "059.html": ("Zugverkehr: Im ICE von Frankfurt nach Barcelona", 8, "ThomasMelber", "besserStill"),
    "060.html": ("Mozilla", 0, None, None),
    "062.html": ("remoteStorage", 0, None, None),
    "063.html": ("Open Verilog flow for Silego GreenPak4 programmable logic devices", 0, None, None),
    "064.html": ("12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets", 1, "Klaus-Peter Baumgardt",
                 "Klaus-Peter Baumgardt"),
}


def _norm(s: str | None) -> str:
    s = html_lib.unescape(s or "").lower()
    s = re.sub(r"[\u2018\u2019\u201c\u201d\"'`´]", "", s)
    return re.sub(r"\W+", " ", s).strip()


def reference_title(raw: str) -> str | None:
    """og:title (site suffix after " | " or " - " dropped), else the first <h1>, for pages with no hand check."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(raw.encode("utf-8"))
    og = next((m.get("content") for m in tree.iter("meta") if m.get("property") == "og:title" and m.get("content")),
              None)
    if og:
        return re.split(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]+$", og.strip())[0]
    h1 = next(iter(tree.iter("h1")), None)
    return re.sub(r"\s+", " ", h1.text_content()).strip() if h1 is not None else None


def title_ok(found: str | None, expected: str | None) -> bool:
    a, b = _norm(found), _norm(expected)
    return bool(a) and bool(b) and (a == b or (len(a) >= 0.6 * len(b) and (a in b or b in a)))


def _units(doc, segs) -> list:  # noqa: ANN001
    """Comment units: each comment segment of a page read from markup; in plain text, consecutive comment and
    signature segments of one author and reply target are one comment."""
    if doc.hints:
        return [s for s in segs if s.kind == "comment"]
    out: list = []
    prev = None
    for s in segs:
        if s.kind not in ("comment", "signature"):
            prev = None
            continue
        key = (s.author, s.reply_to)
        if prev is not None and prev == key:
            continue
        out.append(s)
        prev = key
    return out


def named(author: str | None) -> bool:
    return bool(author) and not re.fullmatch(r"commenter \d+", author or "")


def index_rows(data: Path) -> list[dict[str, str]] | None:
    """The rows of the pages' INDEX.tsv (file, kind, language, ...), or None with a message when the data is absent."""
    index = data / "INDEX.tsv"
    if not index.is_file():
        print(f"no webpages data at {data}; nothing to measure")
        return None
    return list(csv.DictReader(index.open(encoding="utf-8"), delimiter="\t"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--show", action="store_true", help="print each tune page's result")
    ap.add_argument("--split", choices=("tune", "test"), help="only this split")
    args = ap.parse_args()
    rows = index_rows(args.data)
    if rows is None:
        return 0
    from faultlines.read import read_one
    from faultlines.structure import segment

    agg: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    links: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # split -> [comment units, with reply_to, dated]
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
        m["title~"].append(float(title_ok(doc.title, reference_title(raw))))
        n = len(units)
        m["comments"].append(float(n == want == 0 or (want > 0 and abs(n - want) <= 0.2 * want)))
        if want:
            m["authors"].append(sum(named(u.author) for u in units) / max(n, want))
        links[split][0] += len(units)
        links[split][1] += sum(1 for u in units if u.reply_to)
        links[split][2] += sum(1 for u in units if getattr(u, "date", None))
        if exp and exp[1] and exp[2]:
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
    cols = ("title", "title~", "comments", "authors", "first", "last", "dateline", "language")
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
            units_n, replies, dated = links[split]
            print(f"{split:5} comment units {units_n}: reply_to given on {replies}, a date on {dated}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
