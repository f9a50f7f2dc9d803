"""Benchmark: ``cqmap extract`` and ``cqmap build`` on large synthetic corpora — wall
time, CPU, peak memory, output sizes.

    python tests/bench/bench_scale.py [--sizes 1000 10000] [--jobs 1 2]
        [--commands extract build] [--corpus-dir DIR] [--baseline SRC] [--format jsonl]

For each size N, N articles are made from the seeds (``tests/synthetic.py``: article
``k`` is seed ``k % 5`` with an id and a date of its own), and the installed ``cqmap
extract DIR --format jsonl -o FILE --jobs J`` and ``cqmap build DIR -o FOLDER --jobs J``
run on them for each J, one run at a time. Printed side by side:

* wall time, and total CPU (user + system) of the command and its workers
  (``os.wait4``: the process and every descendant it waited for), and the CPU of the
  parent alone (from ``/proc``: what reading in order and writing costs it);
* peak memory (the high-water mark of resident memory, ``VmHWM``) of the parent and of
  the largest worker, read from ``/proc`` every 20 ms while they run, and the largest of
  all from ``wait4`` (``ru_maxrss``), which needs no sampling;
* the size of the output (a build's: the whole folder, its largest HTML page and its
  index page), and whether it is the same bytes as the first run of that N and command
  (of that code, for a build: the builds of two codes may differ by design), compared by
  SHA-256, read in pieces (the benchmark stays small, since a process's memory before
  it starts a command counts in that command's ``ru_maxrss``).

The aggregation share: for each code and J, the build's wall and CPU time over those
of ``cqmap extract`` of the same corpus (both write the records; the build also folds
them into the summary and writes the layers, maps and index page), as a share of the
extraction's.

``--baseline SRC`` times, in turn with the installed code, another copy of the source
(for example the last commit: ``git archive HEAD | tar -x -C /tmp/old``), run as
``python -c "from cqmap.cli.main import cqmap; ..."`` with ``SRC`` imported as the
package ``cqmap`` (the source tree's root is that package; a tree from before the
package had a root, with its ``cli`` first on ``sys.path``): the before/after
comparison, measured in the same session; ``--baseline-commands`` limits it to some
commands (``build``: the extraction is the same code), the installed code's extraction
then standing for the baseline's in the aggregation share.

These are figures to watch, not a timed test: the machine's speed drifts (other
processes run), so compare the rows of one run. ``/proc`` sampling is Linux only;
elsewhere the per-process peaks print as ``-``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import make_corpus  # noqa: E402  (tests/ is put on the path above)


def installed_cqmap() -> list[str]:
    """The console script installed beside this Python (not a shell shim in front of it)."""
    beside = Path(sys.executable).parent / "cqmap"
    found = str(beside) if beside.is_file() else shutil.which("cqmap")
    if found is None:
        raise SystemExit("bench_scale: the cqmap executable is not installed (pip install .)")
    return [found]


def baseline_cqmap(source: Path) -> list[str]:
    """``cqmap`` run from the source tree ``source``: the tree's root is the package
    ``cqmap`` (a link named cqmap to it goes first on ``sys.path``); an older tree's
    top-level cli, geo and layers go first instead."""
    source = source.resolve()
    if (source / "__init__.py").is_file():
        holder = Path(tempfile.mkdtemp(prefix="cqmap-baseline-"))
        (holder / "cqmap").symlink_to(source, target_is_directory=True)
        path, entry = holder, "from cqmap.cli.main import cqmap"
    else:
        path, entry = source, "from cli.main import cqmap"
    code = f"import sys; sys.path.insert(0, {str(path)!r}); {entry}; cqmap()"
    return [sys.executable, "-c", code]


# --------------------------------------------------------------------------- measuring
def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds a process has used so far."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK


def _peak_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


@dataclass
class Sampler:
    """Polls the peak resident memory and the CPU time of a process and its descendants
    (Linux); the last values read before each ends."""

    root: int
    peaks: dict[int, int] = field(default_factory=dict)
    cpu: dict[int, float] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        while not self._stop.is_set():
            tree = _children()
            todo, seen = [self.root], []
            while todo:
                pid = todo.pop()
                seen.append(pid)
                todo.extend(tree.get(pid, []))
            for pid in seen:
                kb, cpu = _peak_kb(pid), _cpu_s(pid)
                if kb is not None:
                    self.peaks[pid] = max(kb, self.peaks.get(pid, 0))
                if cpu is not None:
                    self.cpu[pid] = max(cpu, self.cpu.get(pid, 0.0))
            self._stop.wait(0.02)

    def stop(self) -> None:
        self._stop.set()


@dataclass
class Run:
    label: str
    articles: int
    jobs: int
    kind: str
    wall: float
    cpu: float
    parent_cpu: float | None
    parent_mb: float | None
    worker_mb: float | None
    max_mb: float
    output_mb: float
    status: int
    output: Path
    html_mb: float | None = None  # a build's largest HTML page
    index_kb: float | None = None  # a build's index.html


def _size(path: Path) -> int:
    """The bytes of a file, or of every file below a folder (0 when missing)."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def measure(
    command: list[str], label: str, articles: int, jobs: int, out: Path, kind: str = "extract"
) -> Run:
    """Run ``command`` to completion and measure it (see the module docstring)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = Sampler(proc.pid)
    thread = threading.Thread(target=sampler.run, daemon=True)
    thread.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    sampler.stop()
    thread.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        print(f"  {label} jobs {jobs}: exit {proc.returncode}: {stderr.strip()[-300:]}")
    parent = sampler.peaks.get(proc.pid)
    workers = [kb for pid, kb in sampler.peaks.items() if pid != proc.pid]
    pages = sorted(out.rglob("*.html"), key=lambda p: p.stat().st_size) if out.is_dir() else []
    return Run(
        label=label,
        articles=articles,
        jobs=jobs,
        kind=kind,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        parent_cpu=sampler.cpu.get(proc.pid),
        parent_mb=parent / 1024 if parent else None,
        worker_mb=max(workers) / 1024 if workers else None,
        max_mb=usage.ru_maxrss / 1024,
        output_mb=_size(out) / 1e6,
        status=proc.returncode,
        output=out,
        html_mb=pages[-1].stat().st_size / 1e6 if pages else None,
        index_kb=(out / "index.html").stat().st_size / 1e3 if pages else None,
    )


def _digest(path: Path) -> str:
    """The SHA-256 of a file, read a megabyte at a time; of a folder, of its files'
    names and bytes, in name order."""
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if path.is_dir():
            h.update(str(file.relative_to(path)).encode() + b"\0")
        with open(file, "rb") as f:
            for block in iter(lambda f=f: f.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "-"


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _row(rows: list[Run], n: int, kind: str, label: str, jobs: int) -> Run | None:
    return next(
        (r for r in rows if (r.articles, r.kind, r.label, r.jobs) == (n, kind, label, jobs)),
        None,
    )


def _aggregation_share(rows: list[Run], n: int, labels: list[str], jobs: list[int]) -> None:
    """Print what a build takes beyond the extraction of the same corpus (the summary, the
    layers, the maps and the index page), in seconds and as a share of the extraction."""
    for label in labels:
        for j in jobs:
            build = _row(rows, n, "build", label, j)
            extract = _row(rows, n, "extract", label, j) or _row(rows, n, "extract", "installed", j)
            if build is None or extract is None:
                continue
            wall, cpu = build.wall - extract.wall, build.cpu - extract.cpu
            print(
                f"{n} articles, {label}, jobs {j}: build beyond extract (summary, layers, maps): "
                f"{wall:+.1f} s wall ({wall / extract.wall:+.1%} of extract), "
                f"{cpu:+.1f} s CPU ({cpu / extract.cpu:+.1%})"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    parser.add_argument(
        "--commands", nargs="+", choices=["extract", "build"], default=["extract", "build"]
    )
    parser.add_argument(
        "--baseline-commands", nargs="+", choices=["extract", "build"],
        help="the commands the baseline runs (default: --commands)",
    )  # fmt: skip
    parser.add_argument("--corpus-dir", type=Path, help="keep the corpora here (made once, reused)")
    parser.add_argument(
        "--baseline", type=Path, metavar="SRC", help="a source tree of the code to compare with"
    )
    args = parser.parse_args()

    codes = [("installed", installed_cqmap())]
    if args.baseline:
        codes.append(("baseline", baseline_cqmap(args.baseline.resolve())))
    scratch = Path(tempfile.mkdtemp(prefix="cqmap-bench-scale-"))
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), load average "
        f"{_load()} (other processes share the CPUs); scratch {scratch}"
    )
    rows: list[Run] = []
    same: dict[tuple[int, str, str, int], bool] = {}
    digests: dict[tuple[int, str, str, int], str] = {}
    try:
        for n in args.sizes:
            base = args.corpus_dir or scratch
            corpus = base / f"corpus-{n}"
            if len(list(corpus.glob("*.txt"))) != n:
                shutil.rmtree(corpus, ignore_errors=True)
                t0 = time.perf_counter()
                make_corpus(corpus, n)
                print(f"made {n} articles in {time.perf_counter() - t0:.1f} s")
            size = sum(p.stat().st_size for p in corpus.glob("*.txt")) / 1e6
            print(f"{n} articles, {size:.1f} MB")
            references: dict[tuple, str] = {}
            for kind in args.commands:
                for jobs in args.jobs:
                    for label, command in codes:  # (in turns: the machine drifts)
                        if label == "baseline" and kind not in (
                            args.baseline_commands or args.commands
                        ):
                            continue
                        if kind == "extract":
                            out = scratch / f"out-{n}-{label}-{jobs}.{args.format}"
                            call = ["extract", str(corpus), "--format", args.format]
                        else:
                            out = scratch / f"site-{n}-{label}-{jobs}"
                            call = ["build", str(corpus)]
                        run = measure(
                            [*command, "-q", *call, "--jobs", str(jobs), "-o", str(out),
                             "--overwrite"],
                            label, n, jobs, out, kind,
                        )  # fmt: skip
                        rows.append(run)
                        pages = (
                            f", largest page {run.html_mb:.1f} MB, index {run.index_kb:.0f} KB"
                            if run.html_mb is not None
                            else ""
                        )
                        print(
                            f"  {kind:7} {label:9} jobs {jobs}: {run.wall:6.1f} s wall, "
                            f"{run.cpu:6.1f} s CPU, peak {_mb(run.parent_mb)} MB parent / "
                            f"{_mb(run.worker_mb)} MB worker{pages}"
                        )
                        # (read in pieces: a big bench process would count in the next
                        # run's ru_maxrss)
                        digest = digests[(n, kind, label, jobs)] = _digest(out)
                        if out.is_dir():
                            shutil.rmtree(out, ignore_errors=True)
                        out.unlink(missing_ok=True)
                        key = (kind,) if kind == "extract" else (kind, label)
                        if key not in references:
                            references[key] = digest
                        else:
                            same[(n, kind, label, jobs)] = digest == references[key]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"load average at the end: {_load()}")
    print()
    header = (
        f"{'articles':>8} {'command':7} {'code':9} {'jobs':>4} {'wall s':>7} {'CPU s':>7} "
        f"{'CPU/wall':>8} {'parent CPU s':>12} "
        f"{'parent MB':>9} {'worker MB':>9} {'max MB':>7} {'out MB':>7} {'page MB':>7} "
        f"{'index KB':>8} {'docs/s':>7} {'same bytes':>10}"
    )
    print(header)
    for r in rows:
        check = same.get((r.articles, r.kind, r.label, r.jobs))
        print(
            f"{r.articles:>8} {r.kind:7} {r.label:9} {r.jobs:>4} {r.wall:>7.1f} {r.cpu:>7.1f} "
            f"{r.cpu / r.wall:>8.2f} "
            f"{'-' if r.parent_cpu is None else f'{r.parent_cpu:.1f}':>12} "
            f"{_mb(r.parent_mb):>9} {_mb(r.worker_mb):>9} "
            f"{r.max_mb:>7.0f} {r.output_mb:>7.1f} "
            f"{'-' if r.html_mb is None else f'{r.html_mb:.1f}':>7} "
            f"{'-' if r.index_kb is None else f'{r.index_kb:.0f}':>8} "
            f"{r.articles / r.wall:>7.1f} "
            f"{'(first)' if check is None else 'yes' if check else 'NO':>10}"
        )
    print()
    for n, kind in ((n, kind) for n in args.sizes for kind in args.commands):
        for label, _ in codes:
            by_jobs = {r.jobs: r for r in rows if (r.articles, r.kind, r.label) == (n, kind, label)}
            one = by_jobs.get(1)
            for jobs, r in sorted(by_jobs.items()):
                if one is not None and jobs != 1:
                    print(
                        f"{n} articles, {kind}, {label}: jobs {jobs} is "
                        f"{one.wall / r.wall:.2f}x jobs 1 in wall time, with "
                        f"{r.cpu / one.cpu:.2f}x its CPU"
                    )
        if kind == "build":
            _aggregation_share(rows, n, [label for label, _ in codes], args.jobs)
        if args.baseline:
            for jobs in args.jobs:
                new, old = (
                    next(
                        (
                            r
                            for r in rows
                            if (r.articles, r.kind, r.label, r.jobs) == (n, kind, label, jobs)
                        ),
                        None,
                    )  # fmt: skip
                    for label in ("installed", "baseline")
                )
                if new and old:
                    pages = (
                        f", largest page {new.html_mb:.1f} / {old.html_mb:.1f} MB"
                        if new.html_mb is not None and old.html_mb is not None
                        else ""
                    )
                    print(
                        f"{n} articles, {kind}, jobs {jobs}: installed / baseline: wall "
                        f"{new.wall / old.wall:.2f}x, CPU {new.cpu / old.cpu:.2f}x, parent peak "
                        f"{_mb(new.parent_mb)} / {_mb(old.parent_mb)} MB{pages}"
                    )
    for (n, kind, label, jobs), digest in digests.items():
        if label == "baseline" and (n, kind, "installed", 1) in digests:
            equal = digest == digests[(n, kind, "installed", 1)]
            print(
                f"{n} articles, {kind}: baseline jobs {jobs} gives the bytes of installed "
                f"jobs 1: {'yes' if equal else 'NO'}"
            )
    return 1 if any(r.status not in (0,) for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
