"""Load the explorer: every page kind against a local `faultlines serve`, optionally while an ingest writes.

    python bench/load.py --db /tmp/big.db [--documents 10000] [--requests 3000] [--concurrency 8]
                         [--write 750 | --ingest PATH] [--seconds 0]

Builds the store with `bench/make_store.py` when it has fewer than `--documents` documents, starts
`faultlines serve` on 127.0.0.1 in a subprocess, times how long until it answers, sends `--requests`
requests over `--concurrency` keep-alive connections (as fast as answered, or spread over `--seconds`),
and prints a table per page kind: n, p50, p95, p99, max, how many took over 200 ms, errors, then requests/s, the
server's peak RSS and the machine's load average before and after. With 100 requests a kind, p99 is the second
slowest (it moves by tens of ms between identical runs); p95 and the count over 200 ms move less. `--requests`
sets how many in all (each kind gets an equal share).
`--write N` adds N documents through `Store.add_many` in ingest-sized batches while the load runs;
`--ingest PATH` runs a real `faultlines ingest PATH` instead.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

from faultlines.records import PLOVER_SIGN, Actor, Document, Event, Facts, Mention, Place, Segment, Voice
from faultlines.store import Store

HERE = Path(__file__).resolve().parent


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


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


FILTERS = [{}, {"voice": ["author", "quoted"]}, {"type": ["AID", "SUPPORT"]}, {"from": "2012", "to": "2016"},
           {"polarity": ["asserted", "negated"]}, {"level": "state"}]


def sample_ids(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """Ids to ask for, read from the store before the load: busy actors, documents, places, search words."""
    with Store(db, readonly=True) as s:
        c = s.conn
        top = [r[0] for r in c.execute("SELECT source FROM events WHERE source IS NOT NULL GROUP BY source "
                                       "ORDER BY count(*) DESC LIMIT 60")]
        n = c.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 1
        rowids = ",".join(str(rng.randint(1, n)) for _ in range(200))
        docs = [r[0] for r in c.execute(f"SELECT id FROM documents WHERE rowid IN ({rowids})")]
        places = [r[0] for r in c.execute("SELECT place FROM events WHERE place IS NOT NULL GROUP BY place "
                                          "ORDER BY count(*) DESC LIMIT 40")]
        names = [r[0] for r in c.execute("SELECT name FROM actors ORDER BY rowid LIMIT 200")]
    words = sorted({w.lower() for name in names for w in name.split() if w.isalpha() and len(w) > 3})
    return {"actors": top, "docs": docs, "places": places, "words": words or ["militia"]}


def plan_requests(n: int, ids: dict[str, list[str]], edges: list[tuple[str, str]], tensions: list[str],
                  rng: random.Random) -> list[tuple[str, str]]:
    """(page kind, path) pairs: each kind in turn, its parameters drawn at random."""
    def f() -> str:
        return urlencode(rng.choice(FILTERS), doseq=True)

    def edge() -> str:
        s, t = rng.choice(edges) if edges else ("x", "y")
        return urlencode({"source": s, "target": t, "page": rng.choice([1, 1, 1, 2])})

    def words() -> str:
        return urlencode({"q": " ".join(rng.sample(ids["words"], min(len(ids["words"]), rng.randint(1, 2))))})

    kinds = {
        "network": lambda: "/network?" + f(),
        "network.json": lambda: "/network.json?" + f(),
        "network.json actor": lambda: "/network.json?" + urlencode({"actor": rng.choice(ids["actors"][:10])}),
        "timeline.json": lambda: "/timeline.json?" + f(),
        "edge": lambda: "/edge?" + edge(),
        "edge.json": lambda: "/edge.json?" + edge(),
        "actor": lambda: "/actor?" + urlencode({"id": rng.choice(ids["actors"])}),
        "actor.json": lambda: "/actor.json?" + urlencode({"id": rng.choice(ids["actors"])}),
        "actors.json": lambda: "/actors.json",
        "tensions": lambda: "/tensions",
        "tensions.json": lambda: "/tensions.json",
        "tension": lambda: "/tension?" + urlencode({"id": rng.choice(tensions or ["none"])}),
        "tension.json": lambda: "/tension.json?" + urlencode({"id": rng.choice(tensions or ["none"])}),
        "document": lambda: "/document/" + quote(rng.choice(ids["docs"])),
        "document.json": lambda: "/document/" + quote(rng.choice(ids["docs"])) + ".json",
        "map": lambda: "/map?" + f(),
        "map.json": lambda: "/map.json?" + f(),
        "place.json": lambda: "/place.json?" + urlencode({"id": rng.choice(ids["places"] or ["none"])}),
        "search": lambda: "/search?" + words(),
        "search.json": lambda: "/search.json?" + words(),
    }
    names = list(kinds)
    return [(names[i % len(names)], kinds[names[i % len(names)]]()) for i in range(n)]


def start_server(db: Path, port: int) -> tuple[subprocess.Popen[bytes], float, float]:
    """Start `faultlines serve`; seconds until it answers a page, and until the default network is there."""
    t0 = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-c", "from faultlines.cli import main; main()", "serve", "--db",
                               str(db), "--port", str(port), "--rate-limit", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ready = None
    while ready is None:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            get(conn, "/search.json?q=")
            ready = time.perf_counter() - t0
        except OSError:
            if server.poll() is not None or time.perf_counter() - t0 > 120:
                err = server.stderr.read().decode() if server.stderr else ""
                server.kill()
                raise SystemExit(f"serve did not start: {err}") from None
            time.sleep(0.05)
    get(conn, "/network.json")
    conn.close()
    return server, ready, time.perf_counter() - t0


def start_writer(args: argparse.Namespace, have: int) -> subprocess.Popen[bytes] | None:
    if args.ingest:
        cmd = [sys.executable, "-c", "from faultlines.cli import main; main()", "ingest", str(args.ingest),
               "--db", str(args.db)]
    elif args.write:
        cmd = [sys.executable, str(HERE / "make_store.py"), "--documents", str(have + args.write), "--db",
               str(args.db), "--batch", "32", "--seed", str(int(time.time()))]
    else:
        return None
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_load(port: int, plan: list[tuple[str, str]], concurrency: int, seconds: float
             ) -> tuple[dict[str, list[float]], dict[str, int], list[str], float]:
    results: dict[str, list[float]] = {k: [] for k, _ in plan}
    errors: dict[str, int] = {k: 0 for k, _ in plan}
    shown: list[str] = []
    lock = threading.Lock()
    counter = iter(range(len(plan)))
    interval = seconds / len(plan)
    start = time.perf_counter()

    def worker() -> None:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            if interval and (wait := start + i * interval - time.perf_counter()) > 0:
                time.sleep(wait)
            kind, path = plan[i]
            t0 = time.perf_counter()
            try:
                status, _ = get(c, path)
            except (OSError, http.client.HTTPException) as e:
                status = -1
                c.close()
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                shown.append(f"{path}: {e}")
            dt = time.perf_counter() - t0
            with lock:
                results[kind].append(dt)
                if status != 200 and not (status == 404 and kind.startswith("tension")):
                    errors[kind] += 1
                    if status > 0:
                        shown.append(f"{path}: HTTP {status}")
        c.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results, errors, shown, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/faultlines-load.db"))
    ap.add_argument("--documents", type=int, default=10_000, help="build the store up to this many (make_store)")
    ap.add_argument("--requests", type=int, default=3_000)
    ap.add_argument("--seconds", type=float, default=0.0, help="spread the requests over this long (0: closed loop)")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--write", type=int, default=0, help="documents to add through the store API during the load")
    ap.add_argument("--ingest", type=Path, default=None, help="run `faultlines ingest PATH` during the load")
    ap.add_argument("--profile", type=Path, default=None,
                    help="sample the server with py-spy (on PATH) during the load; write collapsed stacks here")
    args = ap.parse_args()

    with Store(args.db) as s:
        have = s.count("documents")
    if have < args.documents:
        subprocess.run([sys.executable, str(HERE / "make_store.py"), "--documents", str(args.documents), "--db",
                        str(args.db)], check=True)
    with Store(args.db, readonly=True) as s:
        have = s.count("documents")
        print(f"store {args.db}: {have:,} documents, {s.count('events'):,} events, {s.count('actors'):,} actors, "
              f"{args.db.stat().st_size / 1e6:,.0f} MB")
    port = free_port()
    server, ready, warm = start_server(args.db, port)
    writer = None
    try:
        print(f"serve answers after {ready:.2f} s; default network after {warm:.2f} s")
        rng = random.Random(1)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1800)
        edges = [(e["source"], e["target"]) for e in json.loads(get(conn, "/network.json")[1])["edges"]]
        t = time.perf_counter()
        tensions = [t["id"] for t in json.loads(get(conn, "/tensions.json")[1])["tensions"]][:100]
        print(f"tensions ready after another {time.perf_counter() - t:.2f} s")
        for q in FILTERS:  # first build of each filter's network, timeline and map, reported apart from the load
            times = []
            for page in ("/network.json?", "/timeline.json?", "/map.json?"):
                t = time.perf_counter()
                get(conn, page + urlencode(q, doseq=True))
                times.append(f"{page[1:-6]} {time.perf_counter() - t:.2f} s")
            print(f"  first build for filter {urlencode(q, doseq=True) or '(none)'}: {', '.join(times)}")
        conn.close()
        plan = plan_requests(args.requests, sample_ids(args.db, rng), edges, tensions, rng)
        writer = start_writer(args, have)
        load_before = os.getloadavg()
        spy = subprocess.Popen(["py-spy", "record", "--pid", str(server.pid), "--format", "raw", "--threads",
                                "--rate", "200", "-o", str(args.profile)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL) if args.profile else None
        results, errors, shown, elapsed = run_load(port, plan, args.concurrency, args.seconds)
        load_after = os.getloadavg()
        if spy is not None:
            spy.send_signal(2)  # py-spy writes its file on Ctrl-C
            spy.wait(timeout=60)
        done = sum(len(v) for v in results.values())
        during = "while an ingest writes" if writer else "no concurrent writes"
        if writer is not None:
            writer.wait(timeout=600)
            with Store(args.db, readonly=True) as s:
                during += f" ({s.count('documents') - have:,} documents written)"
        print(f"\n{done:,} requests, {sum(errors.values())} errors, {elapsed:.1f} s, {args.concurrency} connections, "
              f"{during}: {done / elapsed:.0f} requests/s")
        print(f"{'page kind':<20} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'>200ms':>6} "
              f"{'errors':>6}")
        every = [x for xs in results.values() for x in xs]
        for kind, xs in [*results.items(), ("all", every)]:
            if xs:
                print(f"{kind:<20} {len(xs):>5} {percentile(xs, .5) * 1000:>8.1f} {percentile(xs, .95) * 1000:>8.1f} "
                      f"{percentile(xs, .99) * 1000:>8.1f} {max(xs) * 1000:>8.1f} {sum(x > .2 for x in xs):>6} "
                      f"{errors[kind] if kind in errors else sum(errors.values()):>6}")
        print(f"serve peak RSS: {peak_rss_mb(server.pid):,.0f} MB; load average {load_before[0]:.1f} before the "
              f"requests, {load_after[0]:.1f} after")
        for e in shown[:5]:
            print("error:", e)
    finally:
        if writer is not None and writer.poll() is None:
            writer.kill()
            writer.wait()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a thread still building the analysis
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
