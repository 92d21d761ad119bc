"""Build a large, realistic store quickly: real ingested facts, re-dated and re-placed, written through `Store`.

    python bench/make_store.py --documents 100000 --db /tmp/big.db [--from SOURCE.db] [--seed 7]

Each new document is a copy of one source document's facts (no NLP runs): its dates move by whole
years and months, its places are swapped for other places of the source, about half its actors are
swapped for other actors of the same kind, and it gets its own id and title, so the network, the map,
the timeline and the evidence lists grow as a real archive would. Without `--from`, a source store is
built once (cached under /tmp): the bundled example and a few dozen GeoWebNews articles (when
../shared/data is beside the repo) through `faultlines ingest`, plus synthetic variety from
`bench/load.py`'s generator. Prints documents, events and seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from faultlines.records import Facts
from faultlines.store import Store

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GWN = REPO.parent / "shared" / "data" / "geowebnews" / "GWN.xml"
EXAMPLE = REPO / "src" / "faultlines" / "examples" / "border-crossings.txt"
SOURCE_CACHE = Path(tempfile.gettempdir()) / "faultlines-make-store-source.db"
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
MONTH = re.compile(r"^(\d{4})-(\d{2})")


def build_source(path: Path, *, articles: int = 40, synthetic: int = 300) -> Path:
    """Ingest the example (and GeoWebNews articles, when present) and add synthetic variety; once."""
    if path.exists():
        with Store(path, readonly=True) as s:
            if s.count("documents"):
                return path
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "source.jsonl"
        rows = [{"text": EXAMPLE.read_text(), "title": "Border crossings", "published": "2019-05-02",
                 "source": "example"}]
        if GWN.exists():
            root = ET.parse(GWN).getroot()
            for i, a in enumerate(root.iter("article")):
                if i >= articles:
                    break
                title, text = a.findtext("title") or "", a.findtext("text") or ""
                rows.append({"text": f"{title}\n\n{text}", "title": title, "published": f"2018-{i % 12 + 1:02d}-15",
                             "source": "GeoWebNews"})
        feed.write_text("".join(json.dumps(r) + "\n" for r in rows))
        subprocess.run([sys.executable, "-c", "from faultlines.cli import main; main()", "ingest", str(feed),
                        "--db", str(path)], check=False, stdout=subprocess.DEVNULL)
    sys.path.insert(0, str(HERE))
    from load import synthetic_facts  # bench/load.py: made-up actors, places and sentences

    with Store(path) as store:
        store.add_many(list(synthetic_facts(synthetic, n_actors=150, n_places=60, seed=11)))
    return path


def _shift_dates(value: str | None, years: int) -> str | None:
    if not value:
        return value
    return YEAR.sub(lambda m: str(int(m.group(1)) + years), value)


def _with_month(value: str | None, month: int) -> str | None:
    """A published date moved to another month (day kept when it exists in every month)."""
    if not value:
        return value
    m = MONTH.match(value)
    if not m:
        return value
    rest = value[7:]
    if rest[:1] == "-" and rest[1:3].isdigit() and int(rest[1:3]) > 28:
        rest = "-28" + rest[3:]
    return f"{m.group(1)}-{month:02d}{rest}"


class Pools:
    """The source's actors (by kind) and places, to swap into copies."""

    def __init__(self, sources: list[dict[str, Any]]) -> None:
        self.actors: dict[str, dict[str, Any]] = {}
        self.places: dict[str, dict[str, Any]] = {}
        for f in sources:
            for a in f["actors"]:
                self.actors.setdefault(a["id"], {k: a[k] for k in ("id", "name", "kind", "country", "parent")})
            for p in f["places"]:
                self.places.setdefault(p["id"], {k: v for k, v in p.items() if k != "mentions"})
        by_kind: dict[str, list[str]] = defaultdict(list)
        for a in self.actors.values():
            by_kind[a["kind"]].append(a["id"])
        self.by_kind = {k: sorted(v) for k, v in by_kind.items()}
        self.place_ids = sorted(self.places)


def copy_facts(src: dict[str, Any], n: int, pools: Pools, rng: random.Random) -> Facts:
    """Copy `n` of a source document: new id and title, dates moved, places and some actors swapped."""
    f = json.loads(json.dumps(src))
    old_id = f["document"]["id"]
    new_id = "mk" + hashlib.sha1(f"{old_id}:{n}".encode()).hexdigest()[:22]
    years, month = rng.randint(-9, 3), rng.randint(1, 12)
    doc = f["document"]
    doc.update(id=new_id, published=_with_month(_shift_dates(doc.get("published"), years), month),
               title=f"{doc.get('title') or 'Report'} ({n})", origin=f"make_store:{n}",
               source=rng.choice(["Wire A", "Wire B", "Daily C", "Radio D", "Monitor E", doc.get("source") or "Wire A"]))
    swap_actor: dict[str, dict[str, Any]] = {}
    for a in f["actors"]:
        same = pools.by_kind.get(a["kind"], [])
        if same and rng.random() < 0.5:
            swap_actor[a["id"]] = pools.actors[rng.choice(same)]
    originals, taken = {a["id"] for a in f["actors"]}, set()
    for a in f["actors"]:
        new = swap_actor.get(a["id"])
        if new is not None and new["id"] not in originals and new["id"] not in taken:
            a.update(id=new["id"], name=new["name"], country=new["country"], parent=new["parent"])
        else:
            swap_actor.pop(a["id"], None)
        taken.add(a["id"])
    actors = f["actors"]
    f["actors"] = actors
    ids = {old: new["id"] for old, new in swap_actor.items()}
    places = {p["id"]: pools.places[rng.choice(pools.place_ids)] for p in f["places"]} if pools.place_ids else {}
    kept: dict[str, dict[str, Any]] = {}
    for p in f["places"]:
        new = places[p["id"]]
        if new["id"] in kept:
            kept[new["id"]]["mentions"].extend(p["mentions"])
            continue
        kept[new["id"]] = {**new, "mentions": p["mentions"]}
    f["places"] = list(kept.values())
    for e in f["events"]:
        e["source"], e["target"] = ids.get(e["source"], e["source"]), ids.get(e["target"], e["target"])
        e["place"] = places[e["place"]]["id"] if e.get("place") in places else e.get("place")
        e["date"] = _shift_dates(e.get("date"), years)
    for q in f["quotes"]:
        q["speaker"], q["outlet"] = ids.get(q.get("speaker"), q.get("speaker")), ids.get(q.get("outlet"), q.get("outlet"))
    for c in f["counts"]:
        c["actor"] = ids.get(c.get("actor"), c.get("actor"))
        c["place"] = places[c["place"]]["id"] if c.get("place") in places else c.get("place")
    for t in f["tensions"]:
        t["actors"] = [ids.get(a, a) for a in t["actors"]]
        t["events"] = [r.replace(old_id, new_id) for r in t["events"]]
    return Facts.from_dict(f)


def generate(sources: list[dict[str, Any]], documents: int, *, seed: int = 7, start: int = 0) -> Iterator[Facts]:
    rng = random.Random(seed + start)
    pools = Pools(sources)
    for n in range(start, documents):
        yield copy_facts(sources[n % len(sources)], n, pools, rng)


def make_store(db: Path, documents: int, source: Path, *, seed: int = 7, batch: int = 500) -> tuple[int, int]:
    """Fill `db` up to `documents` documents from `source`'s facts; returns (documents, events)."""
    with Store(source, readonly=True) as s:
        sources = [json.loads(r[0]) for r in s.conn.execute("SELECT facts FROM documents ORDER BY rowid")]
    if not sources:
        raise SystemExit(f"{source}: no documents to copy")
    with Store(db) as store:
        have = store.count("documents")
        chunk: list[Facts] = []
        for facts in generate(sources, documents, seed=seed, start=have):
            chunk.append(facts)
            if len(chunk) == batch:
                store.add_many(chunk)
                chunk = []
        store.add_many(chunk)
        return store.count("documents"), store.count("events")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--from", dest="source", type=Path, default=None, help="store whose facts are copied")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch", type=int, default=500, help="documents per transaction (ingest writes 32)")
    args = ap.parse_args()
    t = time.perf_counter()
    source = args.source or build_source(SOURCE_CACHE)
    with Store(source, readonly=True) as s:
        print(f"source {source}: {s.count('documents')} documents, {s.count('events')} events "
              f"({time.perf_counter() - t:.1f} s)")
    t = time.perf_counter()
    docs, events = make_store(args.db, args.documents, source, seed=args.seed, batch=args.batch)
    print(f"{args.db}: {docs} documents, {events} events in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
