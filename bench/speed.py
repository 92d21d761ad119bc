"""Speed of `faultlines ingest` against a bare spaCy parse, 1 vs 2 workers, peak memory per worker.

Corpus: the GeoWebNews articles (../shared/data/geowebnews/GWN.xml) repeated, each copy made distinct,
to at least 1 MB of text. Prints, measured in this one run:
  - words/s of bare `nlp.pipe` with the model's full pipeline, and of `faultlines ingest --workers 1`
    (both from a cold start: model load included), and their ratio (target >= 1.0);
  - words/s of `--workers 2` and the scaling over one worker (target >= 1.7x);
  - peak RSS of each worker process (target <= 1 GB).
Usage: python bench/speed.py [--mb 1.0] [--gwn PATH] [--full]   (--full: ingest without the fast path)
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
STEADY: dict[int, float] = {}  # workers -> words/s after the first batch was stored (start-up excluded)
GWN = HERE.parent.parent / "shared" / "data" / "geowebnews" / "GWN.xml"


def corpus(gwn: Path, mb: float) -> list[dict]:
    """GWN articles, repeated with a distinct first line per copy until the texts reach `mb` megabytes."""
    root = ET.parse(gwn).getroot()
    arts = [(a.findtext("title") or "", a.findtext("text") or "") for a in root.iter("article")]
    out: list[dict] = []
    size, k = 0, 0
    while size < mb * 1_000_000:
        for i, (title, text) in enumerate(arts):
            body = f"{title}\n\nEdition {k + 1}, item {i + 1}.\n\n{text}"
            out.append({"text": body, "title": title})
            size += len(body.encode())
        k += 1
    return out


class PeakRSS:
    """Samples the RSS of this process and its children every 50 ms; `peaks` maps pid -> max bytes."""

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for p in [me, *me.children(recursive=True)]:
                try:
                    self.peaks[p.pid] = max(self.peaks.get(p.pid, 0), p.memory_info().rss)
                except psutil.Error:
                    pass
            time.sleep(0.05)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def bare(texts: list[str]) -> tuple[float, float, float]:
    """Seconds to load the model, seconds and CPU seconds to `nlp.pipe` every text with its full pipeline."""
    import importlib

    from faultlines.nlp import model_name

    t0 = time.perf_counter()
    nlp = importlib.import_module(model_name()).load()
    t1, c1 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):  # spaCy's own default batch size
        pass
    return t1 - t0, time.perf_counter() - t1, time.process_time() - c1


def run_ingest(path: Path, workers: int, fast: bool) -> tuple[float, float, float, int, int, dict[int, int]]:
    """Load seconds (in-process runs only; 0 for a pool, whose workers load while the run's clock runs),
    run seconds, run CPU seconds of this process, documents stored, words and peak RSS per process."""
    import os

    from faultlines.run import WorkerConfig, ingest
    from faultlines.run.worker import pipeline_for

    config = WorkerConfig(fast=fast)
    with tempfile.TemporaryDirectory() as tmp, PeakRSS() as rss:
        t0 = time.perf_counter()
        if workers == 1:
            pipeline_for(config)
        first: list[tuple[float, int]] = []

        def progress(summary: Any) -> None:  # the first stored batch: every worker is loaded and busy
            if summary.stored and not first:
                first.append((time.perf_counter(), summary.words))

        t1, c1 = time.perf_counter(), time.process_time()
        s = ingest([str(path)], os.path.join(tmp, "bench.db"), workers=workers, config=config, progress=progress)
        t2, c2 = time.perf_counter(), time.process_time()
    STEADY[workers] = (s.words - first[0][1]) / (t2 - first[0][0]) if first and t2 > first[0][0] else 0.0
    me = psutil.Process().pid
    peaks = {pid: b for pid, b in rss.peaks.items() if workers == 1 or pid != me}
    return t1 - t0, t2 - t1, c2 - c1, s.stored, s.words, peaks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--gwn", type=Path, default=GWN)
    ap.add_argument("--full", action="store_true", help="ingest without the fast path")
    args = ap.parse_args()

    docs = corpus(args.gwn, args.mb)
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(docs)} documents, {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB, {words:,} words; "
          f"{psutil.cpu_count()} CPUs, load average {psutil.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs))

        fast = not args.full
        load1, run1, cpu1, n1, w1, rss1 = run_ingest(path, 1, fast)
        print(f"faultlines ingest --workers 1: {w1 / run1:9,.0f} words/s warm, "
              f"{w1 / (load1 + run1):9,.0f} cold  (load {load1:.1f} s + run {run1:.1f} s, {n1} stored)", flush=True)
        _, run2, _, n2, w2, rss2 = run_ingest(path, 2, fast)
        print(f"faultlines ingest --workers 2: {w2 / run2:9,.0f} words/s cold  ({run2:.1f} s, {n2} stored)",
              flush=True)
        # the bare parse last, so that its model does not count in the in-process worker's memory
        load_b, parse_b, cpu_b = bare(texts)
        print(f"bare nlp.pipe:                 {words / parse_b:9,.0f} words/s warm, "
              f"{words / (load_b + parse_b):9,.0f} cold  (load {load_b:.1f} s + parse {parse_b:.1f} s)", flush=True)
    print(f"ratio ingest / bare parse:     {(w1 / run1) / (words / parse_b):.2f} warm, "
          f"{(w1 / (load1 + run1)) / (words / (load_b + parse_b)):.2f} cold, "
          f"{(w1 / cpu1) / (words / cpu_b):.2f} per CPU second   (target >= 1.0)")
    print(f"scaling 2 workers / 1 worker:  {(w2 / run2) / (w1 / (load1 + run1)):.2f}x cold, "
          f"{STEADY[2] / STEADY[1]:.2f}x after start-up ({STEADY[1]:,.0f} -> {STEADY[2]:,.0f} words/s)"
          "  (target >= 1.7x)")
    worst = max([*rss1.values(), *rss2.values()], default=0)
    print("peak RSS per worker:           "
          f"1 worker {max(rss1.values(), default=0) / 2**20:.0f} MB; 2 workers "
          + ", ".join(f"{b / 2**20:.0f} MB" for b in sorted(rss2.values(), reverse=True)[:2])
          + f"   (target <= 1024 MB: {'ok' if worst <= 2**30 else 'over'})")
    print(f"load average after: {psutil.getloadavg()[0]:.2f} (the CPUs are shared; figures vary with it)", flush=True)


if __name__ == "__main__":
    main()
