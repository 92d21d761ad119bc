"""Toponym recognition and resolution against GeoWebNews (Gritta et al. 2019; GPL-3).

Gold subset ("named toponyms"): types Literal, Mixed, Metonymic, Literal_Modifier and
Non_Literal_Modifier, leaving out adjectival modifiers ("Syrian forces": a demonym, which the
pipeline treats as an actor, not a place). Predictions are the mentions of `facts.places`. A
prediction overlapping a gold named toponym is a hit; one overlapping an annotation we do not
evaluate (embedded toponyms inside organisation names, coerced buildings, demonyms, adjectival
modifiers, common-noun expressions) is left out; any other prediction (including on Non_Toponym
and Homonym annotations) is a false positive. Accuracy@161km is over recognised gold spans that
have coordinates (and, in brackets, over all gold spans with coordinates).
Usage: python bench/places_gwn.py [GWN.xml] [--limit N]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geowebnews" / "GWN.xml"
NAMED = {"Literal", "Mixed", "Metonymic", "Literal_Modifier", "Non_Literal_Modifier"}
FALSE = {"Non_Toponym", "Homonym"}
KM = 161.0


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    kind: str
    adjective: bool
    lat: float | None
    lon: float | None

    @property
    def named(self) -> bool:
        return self.kind in NAMED and not self.adjective


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load(path: Path) -> list[tuple[str, list[Toponym]]]:
    out = []
    for art in ET.parse(path).getroot().findall("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.find("toponyms") or []:
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            tops.append(Toponym(int(t.findtext("start")), int(t.findtext("end")), t.findtext("extractedName") or "",
                                t.findtext("type") or "", t.findtext("modifierType") == "Adjective",
                                float(lat) if lat else None, float(lon) if lon else None))
        out.append((text, tops))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", action="store_true", help="print wrong resolutions")
    ap.add_argument("--split", choices=("tune", "test", "all"), default="all",
                    help="articles of one part of the once-and-for-all split (bench/splits.py, keyed by position)")
    args = ap.parse_args()

    from faultlines.pipeline import Pipeline
    from faultlines.read import document_from_text

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from splits import split_of

    articles = [a for i, a in enumerate(load(args.data))
                if args.split == "all" or split_of("geowebnews", str(i)) == args.split][: args.limit or None]
    t0 = time.time()
    pipe = Pipeline()
    start = time.time()
    tp = fp = gold_n = recalled = 0
    resolved = correct = with_coords = 0
    docs = [document_from_text(text, guess_title=False) for text, _ in articles]
    for facts, (_, tops) in zip(pipe.extract_many(docs), articles, strict=True):
        named = [t for t in tops if t.named]
        gold_n += len(named)
        preds = [(m.start, m.end, p) for p in facts.places for m in p.mentions]
        for s, e, _ in preds:
            over = [t for t in tops if t.start < e and s < t.end]
            if any(t.named for t in over):
                tp += 1
            elif not over or any(t.kind in FALSE for t in over):
                fp += 1
        for t in named:
            mine = [p for s, e, p in preds if t.start < e and s < t.end]
            recalled += bool(mine)
            if t.lat is None or t.lon is None:
                continue
            with_coords += 1
            if mine:
                resolved += 1
                d = haversine(mine[0].lat, mine[0].lon, t.lat, t.lon)
                correct += d <= KM
                if args.errors and d > KM:
                    print(f"  {t.name!r} -> {mine[0].name} ({mine[0].country}) {d:.0f} km off")
    elapsed = time.time() - start
    p = tp / (tp + fp) if tp + fp else 0.0
    r = recalled / gold_n if gold_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = correct / resolved if resolved else 0.0
    acc_all = correct / with_coords if with_coords else 0.0
    print(f"GeoWebNews ({args.split}): {len(articles)} articles, {gold_n} gold named toponyms ({with_coords} with coordinates); "
          f"{elapsed:.1f} s extraction (+{start - t0:.1f} s start-up)")
    print(f"toponym recognition  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    print(f"accuracy@161km       {acc:.3f} of {resolved} recognised  ({acc_all:.3f} of all {with_coords} with coordinates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
