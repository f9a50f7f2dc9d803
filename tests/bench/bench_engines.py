"""Benchmark: the engines of ``cqmap extract`` side by side — wall time and total CPU.

    python tests/bench/bench_engines.py [--articles 4000] [--repeat 3] [--output dir|file]
        [--part-size 250] [--engines jobs1 jobs2 local1 local2 remote1 remote2]

A synthetic corpus of ``--articles`` articles (``tests/synthetic.py``) is read by the
installed ``cqmap extract CORPUS --out-dir DIR`` (or ``-o FILE --format jsonl``) with:

* ``jobs1``, ``jobs2``: ``--jobs 1`` (in this process), ``--jobs 2`` (a process pool);
* ``local1``, ``local2``: ``--scheduler local --jobs N`` (a dask LocalCluster of N
  worker processes, started and stopped by the command: its start is in the figures);
* ``remote1``, ``remote2``: ``--scheduler tcp://127.0.0.1:PORT``, a ``dask scheduler``
  and N ``dask worker`` processes (one thread, a nanny each) started by the benchmark
  beforehand (not in the figures) and stopped after.

Printed for each: the best and the median wall time of ``--repeat`` runs (taken in
turns, so that the machine's drift spreads over all), the median total CPU (user +
system: the command and every process it waited for, from ``os.wait4``; for ``remote``,
also the CPU the scheduler, nannies and workers used during the run, read from
``/proc``), and whether the output is the bytes of ``jobs1``. Then the ratios the
targets are about. These are figures, not a timed test: the machine's speed drifts
(other processes run), so compare the rows of one run.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from dask_cluster import cluster_processes  # noqa: E402  (tests/ is put on the path above)
from procs import descendants  # noqa: E402
from synthetic import make_corpus  # noqa: E402

ENGINES = ("jobs1", "jobs2", "local1", "local2", "remote1", "remote2")
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def installed_cqmap() -> str:
    beside = Path(sys.executable).parent / "cqmap"
    found = str(beside) if beside.is_file() else shutil.which("cqmap")
    if found is None:
        raise SystemExit("bench_engines: the cqmap executable is not installed (pip install .)")
    return found


# --------------------------------------------------------------------------- a dask cluster
def _cpu(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / _TICK
    return total


@dataclass
class Cluster:
    """The processes of a dask cluster (:func:`dask_cluster.cluster_processes`), whose
    CPU a run adds to its own."""

    address: str
    procs: list[subprocess.Popen]

    def cpu(self) -> float:
        return _cpu([pid for proc in self.procs for pid in [proc.pid, *descendants(proc.pid)]])


# --------------------------------------------------------------------------- runs
@dataclass
class Run:
    wall: float
    cpu: float
    digest: str
    status: int


def _digest(out: Path) -> str:
    h = hashlib.sha256()
    files = sorted(out.glob("part-*.jsonl")) if out.is_dir() else [out]
    for path in files:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()[:12]


def run(command: list[str], out: Path, cluster: Cluster | None) -> Run:
    if out.is_dir():
        shutil.rmtree(out)
    elif out.exists():
        out.unlink()
    before = cluster.cpu() if cluster else 0.0
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    status = os.waitstatus_to_exitcode(status)
    if status != 0:
        print(f"  exit {status}: {proc.stderr.read().decode()[-300:]}")
    proc.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime + ((cluster.cpu() - before) if cluster else 0.0)
    return Run(wall, cpu, _digest(out) if out.exists() else "-", status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--output", choices=["dir", "file"], default="dir")
    parser.add_argument("--part-size", type=int, default=250)
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--corpus-dir", type=Path, help="keep the corpus here (made once)")
    args = parser.parse_args()

    exe = installed_cqmap()
    scratch = Path(tempfile.mkdtemp(prefix="cqmap-bench-engines-"))
    corpus = (args.corpus_dir or scratch) / f"corpus-{args.articles}"
    if not corpus.is_dir() or len(list(corpus.iterdir())) != args.articles:
        make_corpus(corpus, args.articles)
    size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), load average {load}; "
        f"{args.articles} articles ({size:.1f} MB), output {args.output}, "
        f"part size {args.part_size}, best/median of {args.repeat}"
    )

    clusters: dict[str, Cluster] = {}
    commands: dict[str, list[str]] = {}
    outs: dict[str, Path] = {}
    with ExitStack() as stack:
        for engine in args.engines:
            n = int(engine[-1])
            out = scratch / f"out-{engine}" if args.output == "dir" else scratch / f"{engine}.jsonl"
            where = (
                ["--out-dir", str(out), "--part-size", str(args.part_size)]
                if args.output == "dir"
                else ["-o", str(out), "--format", "jsonl"]
            )
            options = {
                "jobs": ["--jobs", str(n)],
                "local": ["--scheduler", "local", "--jobs", str(n)],
            }
            if engine.startswith("remote"):
                logs = scratch / f"logs-{engine}"
                logs.mkdir()
                clusters[engine] = Cluster(*stack.enter_context(cluster_processes(logs, workers=n)))
                engine_args = ["--scheduler", clusters[engine].address]
            else:
                engine_args = options[engine[:-1]]
            commands[engine] = [exe, "-q", "extract", str(corpus), *where, *engine_args]
            outs[engine] = out

        runs: dict[str, list[Run]] = {e: [] for e in args.engines}
        for _ in range(args.repeat):
            for engine in args.engines:
                runs[engine].append(run(commands[engine], outs[engine], clusters.get(engine)))

    first = runs[args.engines[0]][0].digest
    best = {e: min(r.wall for r in rs) for e, rs in runs.items()}
    median = {e: statistics.median(r.wall for r in rs) for e, rs in runs.items()}
    cpu = {e: statistics.median(r.cpu for r in rs) for e, rs in runs.items()}
    print(
        f"\n{'engine':8s} {'best s':>7s} {'median s':>8s} {'CPU s':>6s} {'docs/s':>7s}  same bytes"
    )
    for e, rs in runs.items():
        same = "yes" if all(r.digest == first for r in rs) else "NO"
        print(
            f"{e:8s} {best[e]:7.2f} {median[e]:8.2f} {cpu[e]:6.2f} "
            f"{args.articles / best[e]:7.0f}  {same}"
        )

    def ratio(a: str, b: str, what: str, target: str) -> None:
        if a in runs and b in runs:
            print(
                f"{what:44s} wall {best[b] / best[a]:4.2f}x best, "
                f"{median[b] / median[a]:4.2f}x median; CPU {cpu[a] / cpu[b]:4.2f}x  ({target})"
            )

    print()
    ratio("jobs2", "jobs1", "--jobs 2 over --jobs 1", "target >= 1.8x, CPU <= 1.1x")
    ratio("local2", "local1", "--scheduler local: 2 workers over 1", "target >= 1.7x")
    ratio("remote2", "remote1", "dask cluster: 2 workers over 1", "target >= 1.7x")
    for e in ("local2", "remote2"):
        if e in runs and "jobs2" in runs:
            print(
                f"{e + ' against --jobs 2':44s} wall {best[e] / best['jobs2']:4.2f}x best, "
                f"{median[e] / median['jobs2']:4.2f}x median  (target <= 1.15x)"
            )
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
