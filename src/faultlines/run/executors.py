"""Where batches run: in this process, on a local process pool, or on a Dask cluster — one interface."""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing as mp
import os
from typing import Any, Protocol

from ..records import Document
from .worker import Outcome, WorkerConfig, init_worker, process_batch


class RunError(RuntimeError):
    """The run cannot go on (a worker died, the cluster is unreachable); the message is one line."""


class Executor(Protocol):
    """Submit batches, wait for some to finish, read their outcomes."""

    workers: int

    def submit(self, batch: list[Document]) -> Any: ...
    def wait(self, pending: set[Any]) -> set[Any]: ...
    def result(self, future: Any) -> list[Outcome]: ...
    def close(self) -> None: ...


class InProcess:
    """Run batches here, one at a time (`--workers 1`): no start-up cost, easiest to debug."""

    workers = 1

    def __init__(self, config: WorkerConfig) -> None:
        self.config = config

    def submit(self, batch: list[Document]) -> cf.Future[list[Outcome]]:
        fut: cf.Future[list[Outcome]] = cf.Future()
        fut.set_result(process_batch(batch, self.config))
        return fut

    def wait(self, pending: set[Any]) -> set[Any]:
        return set(pending)

    def result(self, future: Any) -> list[Outcome]:
        out: list[Outcome] = future.result()
        return out

    def close(self) -> None:
        pass


class ProcessPool:
    """`--workers N`: N spawned processes, each loading the pipeline once (in the pool initializer)."""

    def __init__(self, config: WorkerConfig, workers: int) -> None:
        self.config = config
        self.workers = workers
        self.pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                           initializer=init_worker, initargs=(config,))

    def submit(self, batch: list[Document]) -> cf.Future[list[Outcome]]:
        return self.pool.submit(process_batch, batch, self.config)

    def wait(self, pending: set[Any]) -> set[Any]:
        return cf.wait(pending, return_when=cf.FIRST_COMPLETED).done

    def result(self, future: Any) -> list[Outcome]:
        try:
            out: list[Outcome] = future.result()
            return out
        except cf.process.BrokenProcessPool:
            raise RunError("a worker process died (out of memory?); run the same command again to resume") from None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """`--dask local:N` (a LocalCluster of N single-threaded worker processes) or `--dask tcp://host:8786`."""

    def __init__(self, config: WorkerConfig, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - depends on the installed extra
            raise RunError("Dask is not installed; run: pip install 'faultlines[distributed]'") from None
        self.config = config
        self.cluster = None
        n = dask_local_workers(address)
        if n is not None:
            n, _ = cap_workers(n)
            self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(address, timeout="10s")
            except (OSError, TimeoutError) as e:
                raise RunError(f"cannot reach the Dask scheduler at {address} ({e.__class__.__name__})") from None
        self.workers = max(1, sum(w.get("nthreads", 1) for w in
                                  self.client.scheduler_info()["workers"].values()))

    def submit(self, batch: list[Document]) -> Any:
        return self.client.submit(process_batch, batch, self.config, pure=False)

    def wait(self, pending: set[Any]) -> set[Any]:
        from distributed import wait

        return set(wait(list(pending), return_when="FIRST_COMPLETED").done)

    def result(self, future: Any) -> list[Outcome]:
        res: list[Outcome] = future.result()
        future.release()
        return res

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


WORKER_GB = 1.0  # memory budget of one worker process (the pipeline plus a large document)
SCHEMES = ("tcp", "tls", "ucx", "ws", "wss", "inproc")


def dask_local_workers(address: str) -> int | None:
    """N for `local:N` (2 for `local`), None for a scheduler address; RunError for anything else."""
    if address == "local":
        return 2
    if address.startswith("local:"):
        n = address.partition(":")[2]
        if not n.isdigit() or int(n) < 1:
            raise RunError(f"--dask {address}: local:N needs a whole number of workers, at least 1")
        return int(n)
    scheme, sep, rest = address.partition("://")
    if not sep or scheme not in SCHEMES or not rest or rest.startswith(":"):
        raise RunError(f"--dask {address}: expected local:N or a scheduler address such as tcp://host:8786")
    return None


def available_gb() -> float | None:
    """Memory available for new processes (Linux MemAvailable), in GB; None when it cannot be known."""
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) / 1e6
    except OSError:
        pass
    return None


def cap_workers(requested: int) -> tuple[int, str | None]:
    """At most one worker per core and per WORKER_GB of available memory; the note says why, if capped."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    gb = available_gb()
    by_memory = max(1, int(gb // WORKER_GB)) if gb is not None else requested
    cap = max(1, min(cores, by_memory))
    if requested <= cap:
        return requested, None
    memory = f", {gb:.1f} GB available at ~{WORKER_GB:g} GB per worker" if gb is not None else ""
    return cap, f"{requested} workers capped at {cap} ({cores} cores{memory})"


def make_executor(config: WorkerConfig, *, workers: int = 1, dask: str | None = None) -> Executor:
    """The executor for the CLI's `--workers` / `--dask` options."""
    if dask:
        return DaskCluster(config, dask)
    workers, _ = cap_workers(workers)
    if workers <= 1:
        return InProcess(config)
    return ProcessPool(config, workers)
