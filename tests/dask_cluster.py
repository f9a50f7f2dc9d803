"""A dask cluster for the tests: a scheduler and ``dask worker`` processes on 127.0.0.1.

Each runs in a session of its own (``python -m dask ...``), logging to a file, and is
stopped with what it started (a worker's nanny and its worker) when the cluster ends::

    with dask_cluster(logs) as address:   # tcp://127.0.0.1:PORT, its workers ready
        ...

Needs dask.distributed (the ``[dask]`` extra): :func:`needs_dask` skips a test without
it, or fails it under ``CQMAP_REQUIRE_CLIENTS=1`` (CI).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import dask  # noqa: F401
    import distributed

    HAVE_DASK = True
except ImportError:  # (required in CI: .ci/run installs the dask extra)
    HAVE_DASK = False


def needs_dask() -> None:
    """Skip (fail under ``CQMAP_REQUIRE_CLIENTS=1``) without dask.distributed."""
    from conftest import require_client  # tests/ is on sys.path (rootdir conftest)

    require_client(HAVE_DASK, "dask.distributed is not installed (pip install 'cqmap[dask]')")


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen) -> None:
    """End a process started for the cluster, and what it started (its own session)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # (a worker its nanny left behind)
    except ProcessLookupError:
        pass


def workers_ready(address: str, n: int = 2) -> None:
    """Wait until the scheduler at ``address`` has ``n`` workers."""
    with distributed.Client(address, timeout=60) as client:
        client.wait_for_workers(n, timeout=120)


@contextmanager
def cluster_processes(
    logs: str | os.PathLike, *, workers: int = 2
) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """A scheduler and ``workers`` workers of one thread each (a nanny each), on a free
    port of 127.0.0.1; yields the scheduler's address, once the workers are ready, and
    the processes started (the benchmarks count their CPU); stops them all at the end.
    Their output goes to ``logs/<name>.log``."""
    logs = Path(logs)
    address = f"tcp://127.0.0.1:{free_port()}"
    procs: list[subprocess.Popen] = []

    def launch(name: str, *args: str) -> None:
        with open(logs / f"{name}.log", "wb") as log:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "dask", *args],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )  # fmt: skip
            )

    try:
        port = address.rsplit(":", 1)[1]
        launch("scheduler", "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard")
        for k in range(1, workers + 1):
            launch(
                f"worker-{k}", "worker", address, "--nthreads", "1", "--nworkers", "1",
                "--no-dashboard", "--host", "127.0.0.1", "--name", f"w{k}",
            )  # fmt: skip
        workers_ready(address, workers)
        yield address, procs
    finally:
        for proc in reversed(procs):
            stop(proc)


@contextmanager
def dask_cluster(logs: str | os.PathLike, *, workers: int = 2) -> Iterator[str]:
    """The scheduler's address of :func:`cluster_processes` (a test skips without dask)."""
    needs_dask()
    with cluster_processes(logs, workers=workers) as (address, _):
        yield address
