"""Load the explorer: a bounded number of requests against a local `faultlines serve` on loopback.

    python bench/load.py [--docs 10000] [--requests 5000] [--seconds 30] [--concurrency 8] [--db PATH]

Builds (or reuses) a synthetic store of `--docs` documents written directly with `Store.add_many`
(no NLP), starts `faultlines serve` on 127.0.0.1 in a subprocess, sends the requests at a steady pace
spread over `--seconds`, and prints throughput and p50/p99 latency for the network, evidence and
search endpoints.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from faultlines.records import PLOVER_SIGN, Actor, Document, Event, Facts, Mention, Place, Segment, Voice
from faultlines.store import Store

KINDS = ["state", "government", "military", "armed_group", "political_party", "person", "media", "igo"]
COUNTRIES = ["IRQ", "SYR", "IRN", "USA", "TUR", "SAU", "LBN", "YEM", "RUS", "ISR"]
VERBS = {"AID": "armed", "SUPPORT": "backed", "ASSAULT": "attacked", "SANCTION": "sanctioned", "ACCUSE": "accused",
         "COOPERATE": "worked with", "THREATEN": "threatened", "CONSULT": "met", "REJECT": "rejected",
         "COERCE": "detained members of", "AGREE": "agreed with", "PROTEST": "protested against"}
WORDS = ("ceasefire border convoy province offensive checkpoint brigade council militia pipeline refinery "
         "airstrike negotiations sanctions reconstruction displacement garrison corridor").split()


def synthetic_facts(n_docs: int, *, n_actors: int = 400, n_places: int = 120, seed: int = 7):
    """Documents of 3-8 sentences, each an event between two actors from a fixed pool (made-up names)."""
    rng = random.Random(seed)
    actors = [(f"actor-{i}", f"Group {i} {rng.choice(WORDS).title()}", rng.choice(KINDS), rng.choice(COUNTRIES))
              for i in range(n_actors)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n_actors)]  # a few actors dominate, as in real news
    places = [Place(f"geonames:{100000 + i}", f"Town {i}", rng.uniform(12, 40), rng.uniform(30, 60), "IQ",
                    100000 + i) for i in range(n_places)]
    types = list(VERBS)
    for d in range(n_docs):
        parts, events, mentions = [], [], {}
        title = f"Report {d}: {rng.choice(WORDS)} and {rng.choice(WORDS)}"
        pos = len(title) + 1
        place = rng.choice(places)
        for k in range(rng.randint(3, 8)):
            (sid, sname, _, _), (tid, tname, _, _) = rng.choices(actors, weights, k=2)
            if sid == tid:
                continue
            etype = rng.choice(types)
            filler = " ".join(rng.choices(WORDS, k=rng.randint(4, 12)))
            sentence = f"{sname} {VERBS[etype]} {tname} near {place.name} after the {filler}."
            start = pos
            s_m = Mention(start, start + len(sname), sname)
            v_at = start + len(sname) + 1
            trig = Mention(v_at, v_at + len(VERBS[etype]), VERBS[etype])
            t_at = v_at + len(VERBS[etype]) + 1
            t_m = Mention(t_at, t_at + len(tname), tname)
            mentions.setdefault(sid, []).append(s_m)
            mentions.setdefault(tid, []).append(t_m)
            voice = rng.choices([Voice("author"), Voice("quoted", "officials"), Voice("commenter", "anon")],
                                [6, 3, 1])[0]
            events.append(Event(f"e{k}", etype, sid, tid, start, start + len(sentence), sentence,
                                place=place.id, date=f"{rng.randint(2010, 2020)}-{rng.randint(1, 12):02d}",
                                polarity=rng.choices(["asserted", "negated"], [9, 1])[0], voice=voice,
                                sign=PLOVER_SIGN[etype], trigger=trig, source_mention=s_m, target_mention=t_m))
            parts.append(sentence)
            pos += len(sentence) + 1
        text = title + "\n" + " ".join(parts)
        by_id = {a[0]: a for a in actors}
        facts_actors = tuple(Actor(a, by_id[a][1], by_id[a][2], by_id[a][3], mentions=tuple(ms))
                             for a, ms in mentions.items())
        yield Facts(document=Document(f"synthetic-{d:06d}", text, title=title,
                                      published=f"{rng.randint(2010, 2020)}-{rng.randint(1, 12):02d}-01",
                                      source="Synthetic Wire"),
                    segments=(Segment("s1", "title", 0, len(title)), Segment("s2", "body", len(title) + 1, len(text))),
                    actors=facts_actors, events=tuple(events),
                    places=(Place(place.id, place.name, place.lat, place.lon, place.country, place.geonameid,
                                  mentions=(Mention(text.index(place.name), text.index(place.name) + len(place.name),
                                                    place.name),)),))


def build_store(path: Path, n_docs: int) -> Path:
    with Store(path) as store:
        have = store.count("documents")
        if have >= n_docs:
            return path
        batch: list[Facts] = []
        for f in synthetic_facts(n_docs):
            batch.append(f)
            if len(batch) == 500:
                store.add_many(batch)
                batch = []
        store.add_many(batch)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read()


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=5_000)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--db", type=Path, default=Path("/tmp/faultlines-load.db"))
    args = ap.parse_args()

    t = time.perf_counter()
    build_store(args.db, args.docs)
    with Store(args.db, readonly=True) as s:
        print(f"store: {s.count('documents')} documents, {s.count('events')} events, {s.count('actors')} actors "
              f"({time.perf_counter() - t:.1f} s to build or open)")

    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", "from faultlines.cli import main; main()", "serve", "--db", str(args.db),
                               "--port", str(port), "--rate-limit", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                t = time.perf_counter()
                status, body = get(conn, "/network.json")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    err = server.stderr.read().decode() if server.stderr else ""
                    raise SystemExit(f"serve did not start: {err}") from None
                time.sleep(0.2)
        print(f"first /network.json (builds the network over the whole store): {time.perf_counter() - t:.2f} s")
        net = json.loads(body)
        edges = [(e["source"], e["target"]) for e in net["edges"]]
        for warm in ({"voice": ["author", "quoted"]}, {"type": ["AID", "SUPPORT"]}):
            t = time.perf_counter()
            get(conn, "/network.json?" + urlencode(warm, doseq=True))
            print(f"first /network.json?{urlencode(warm, doseq=True)}: {time.perf_counter() - t:.2f} s")
        conn.close()

        rng = random.Random(1)
        plan: list[tuple[str, str]] = []
        for i in range(args.requests):
            kind = ("network", "evidence", "search")[i % 3]
            if kind == "network":
                q = rng.choice([{}, {"voice": ["author", "quoted"]}, {"type": ["AID", "SUPPORT"]}])
                plan.append((kind, "/network.json?" + urlencode(q, doseq=True)))
            elif kind == "evidence":
                s, tg = rng.choice(edges)
                plan.append((kind, "/edge.json?" + urlencode({"source": s, "target": tg})))
            else:
                plan.append((kind, "/search.json?" + urlencode({"q": " ".join(rng.sample(WORDS, rng.randint(1, 2)))})))

        results: dict[str, list[float]] = {"network": [], "evidence": [], "search": []}
        errors: list[str] = []
        lock = threading.Lock()
        counter = iter(range(len(plan)))
        interval = args.seconds / len(plan)
        start = time.perf_counter()

        def worker() -> None:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    break
                wait = start + i * interval - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                kind, path = plan[i]
                t0 = time.perf_counter()
                try:
                    status, _ = get(c, path)
                except (OSError, http.client.HTTPException) as e:
                    status = -1
                    errors.append(f"{path}: {e}")
                    c.close()
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                dt = time.perf_counter() - t0
                with lock:
                    if status == 200:
                        results[kind].append(dt)
                    elif status != -1:
                        errors.append(f"{path}: HTTP {status}")
            c.close()

        threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        elapsed = time.perf_counter() - start
        done = sum(len(v) for v in results.values())
        print(f"\n{done} requests OK, {len(errors)} errors, in {elapsed:.1f} s with {args.concurrency} connections: "
              f"{done / elapsed:.0f} requests/s (paced at {len(plan) / args.seconds:.0f}/s)")
        print(f"{'endpoint':<10} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8}")
        for kind, xs in results.items():
            if xs:
                print(f"{kind:<10} {len(xs):>6} {percentile(xs, .5) * 1000:>8.1f} {percentile(xs, .99) * 1000:>8.1f} "
                      f"{statistics.mean(xs) * 1000:>8.1f}")
        for e in errors[:5]:
            print("error:", e)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
