#!/usr/bin/env python3
"""Actor resolution on the PLOVER gold standard records (../shared/data/plover_gsr, 322 sentences).

Usage (from the project root):  .venv/bin/python bench/actors_plover.py [--show N]

For every gold source/target actor whose `actorText` is found in the sentence, the span is given to
`ActorIndex.resolve` and the resolved actor's code (its ISO3 `country`; IGO/NGO by kind; ISM for a
transnational Islamist group) is compared with the gold code. Printed, all from one run: the share
of found actors whose code matches (sources, targets, both), and the misses by category:
unresolved (nothing), place (a city or region, which the places stage owns, not an actor), no-country
(resolved to an actor without a country), wrong-country. A second target figure counts a place's
GeoNames country as a match, for coders that fall back to the place (CAMEO codes "Tehran" as IRN).
CAMEO's non-ISO codes are mapped: JAP -> JPN, ITL -> ITA, VTN -> VNM.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

import pycountry

from faultlines.actors import load_dictionary, resolve_actors
from faultlines.context import Context
from faultlines.nlp import build_nlp
from faultlines.places import Gazetteer
from faultlines.read import document_from_text
from faultlines.structure import segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
CAMEO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
KIND_CODE = {"igo": "IGO", "ngo": "NGO"}
ISO3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def gold_actors(side: object) -> list[tuple[str, str]]:
    if isinstance(side, dict):
        side = [side]
    if not isinstance(side, list):
        return []
    return [(a["actorText"], CAMEO.get(str(a["code"]).upper(), str(a["code"]).upper()))
            for a in side if isinstance(a, dict) and a.get("code") and a.get("actorText")]


def find(text: str, actor_text: str) -> tuple[int, int] | None:
    """Character span of the gold actor text in the sentence (the first piece of "U.S. ... negotiators")."""
    piece = re.split(r"\s*\.\.\.\s*", actor_text.strip().strip("(").strip())[0].strip(" ()")
    i = text.find(piece)
    if i < 0:
        i = text.lower().find(piece.lower())
    return (i, i + len(piece)) if i >= 0 and piece else None


def code_of(index, aid: str | None) -> str | None:
    e = index.entry(aid)
    if e is None:
        return None
    if e.country:
        return e.country
    parent = index.entry(e.parent)
    if parent is not None and parent.kind in KIND_CODE and not parent.country:
        return KIND_CODE[parent.kind]
    if e.kind == "armed_group":
        return "ISM"
    return KIND_CODE.get(e.kind)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", type=int, default=8, help="misses to print per category")
    args = ap.parse_args()
    records = [r for r in json.loads(args.data.read_text()) if r.get("event") not in (None, "DOCUMENT")]
    dictionary, gazetteer = load_dictionary(), Gazetteer()
    nlp = build_nlp(ruler_patterns=dictionary.ruler_patterns() + gazetteer.ruler_patterns())
    texts = [r["text"].strip().strip("{}") for r in records]
    t0 = time.perf_counter()
    tally: dict[str, Counter] = {"source": Counter(), "target": Counter()}
    resolve_secs = 0.0
    misses: dict[str, list[str]] = {}
    for rec, text, parsed in zip(records, texts, nlp.pipe(texts, batch_size=64), strict=True):
        document = document_from_text(text)
        ctx = Context(document=document, doc=parsed, segments=tuple(segment(document)))
        r0 = time.perf_counter()
        index = resolve_actors(ctx, dictionary)
        resolve_secs += time.perf_counter() - r0
        for side in ("source", "target"):
            for actor_text, gold in gold_actors(rec.get(side)):
                t = tally[side]
                t["gold"] += 1
                where = find(text, actor_text)
                span = parsed.char_span(*where, alignment_mode="expand") if where else None
                if span is None:
                    t["text not found"] += 1
                    continue
                t["found"] += 1
                aid = index.resolve(span)
                got = code_of(index, aid)
                if got == gold:
                    t["match"] += 1
                    continue
                if aid is None:
                    place = next((e for e in span.ents if e.label_ in ("GPE", "LOC", "FAC")), None)
                    cat = "place" if place is not None else "unresolved"
                    hits = gazetteer.lookup(place.text) if place is not None else []
                    top = max(hits, key=lambda h: h.population) if hits else None
                    if top is not None and ISO3.get(top.country or "") == gold:
                        t["place country"] += 1
                elif got is None:
                    cat = "no-country"
                else:
                    cat = "wrong-country"
                t[cat] += 1
                misses.setdefault(cat, []).append(f"{side[:3]} {actor_text!r} gold={gold} got={aid}/{got}")
    secs = time.perf_counter() - t0
    print(f"PLOVER GSR actors: {len(records)} sentences, {secs:.1f} s parse+resolve, "
          f"resolver {resolve_secs * 1000 / len(records):.1f} ms/sentence")
    both = tally["source"] + tally["target"]
    for name, t in (("source", tally["source"]), ("target", tally["target"]), ("all", both)):
        print(f"{name:6} ISO3 match {t['match'] / max(1, t['found']):.3f} of {t['found']} found "
              f"({t['gold']} gold, {t['text not found']} text not found)")
    print(f"target ISO3 match counting a place's country (GeoNames) as its actor: "
          f"{(tally['target']['match'] + tally['target']['place country']) / max(1, tally['target']['found']):.3f}")
    cats = ("unresolved", "place", "no-country", "wrong-country")
    print("misses: " + ", ".join(f"{c} {both[c]}" for c in cats))
    for c in cats:
        for line in misses.get(c, [])[: args.show]:
            print(f"  [{c}] {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
