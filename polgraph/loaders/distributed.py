"""Two executors for the same shard task (``shards.run_partition``): a local process pool and Dask distributed.

``scheduler`` is ``local:N`` (a Dask LocalCluster of N single-threaded worker processes on 127.0.0.1) or a
scheduler address such as ``tcp://HOST:8786``; without one, ``workers`` processes of this machine run the
partitions. Workers read the sources and write the shards themselves, so on a cluster both must be on a
file system every worker sees.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from polgraph.loaders.shards import Partition, ShardReport, complete, run_partition

SINGLE_THREADED = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


class SchedulerError(RuntimeError):
    """The Dask scheduler cannot be reached or started, or Dask is not installed."""


@dataclass
class RunResult:
    reports: list[ShardReport] = field(default_factory=list)
    lost: dict[int, str] = field(default_factory=dict)
    """Partitions whose task failed as a whole (a worker crash, an unreadable file): index -> reason."""


@contextmanager
def dask_client(scheduler: str) -> Iterator:
    """A Dask client on ``local:N`` (a LocalCluster made here and closed afterwards) or a scheduler address."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise SchedulerError("--scheduler needs Dask: pip install 'polgraph[dask]'") from err
    cluster = None
    try:
        if scheduler.startswith("local:"):
            count = scheduler.partition(":")[2]
            if not count.isdigit() or not 1 <= int(count) <= 256:
                raise SchedulerError(f"{scheduler}: expected local:N with N workers, 1 to 256")
            cluster = LocalCluster(
                n_workers=int(count),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.CRITICAL,
            )
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=15)
    except (OSError, TimeoutError, ValueError) as err:
        if cluster is not None:
            cluster.close()
        raise SchedulerError(f"{scheduler}: cannot reach the Dask scheduler ({err})") from err
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dashboard(client) -> str | None:
    """The address of the Dask dashboard, when the scheduler serves one (it needs bokeh)."""
    import importlib.util

    services = client.scheduler_info().get("services", {})
    if "dashboard" not in services:
        return None
    return client.dashboard_link + ("" if importlib.util.find_spec("bokeh") else " (pip install bokeh to see it)")


def run(
    parts: list[Partition],
    out: Path,
    workers: int = 1,
    client=None,
    on_done: Callable[[ShardReport], None] | None = None,
) -> RunResult:
    """Every partition not already complete, through Dask (``client``) or a pool of ``workers`` processes."""
    result = RunResult()
    todo = []
    for part in parts:
        done = complete(out, part)
        if done:
            result.reports.append(done)
            if on_done:
                on_done(done)
        else:
            todo.append(part)
    if client is not None:
        from distributed import as_completed as dask_completed

        futures = dict(zip(client.map(run_partition, todo, out=str(out.absolute()), pure=False), todo))
        outcomes = ((futures[f], f) for f in dask_completed(list(futures)))
    else:
        for name in SINGLE_THREADED:  # one core per worker, as Dask's nanny sets for its workers
            os.environ.setdefault(name, "1")
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        local = {pool.submit(run_partition, part, str(out.absolute())): part for part in todo}
        outcomes = ((local[f], f) for f in as_completed(local))
    try:
        for part, future in outcomes:
            try:
                report = future.result()
            except Exception as err:  # noqa: BLE001 - a lost partition is reported; a rerun retries it
                result.lost[part.index] = f"{type(err).__name__}: {err}"
                continue
            result.reports.append(report)
            if on_done:
                on_done(report)
    finally:
        if client is None:
            pool.shutdown(cancel_futures=True)
    return result
