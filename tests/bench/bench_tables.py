"""Benchmark: ``cqmap extract --out-dir`` as JSON Lines parts and as Parquet tables —
wall time, CPU, peak memory per process, output size.

    python tests/bench/bench_tables.py [--articles 10000] [--jobs 1 2] [--runs 1]
        [--corpus-dir DIR]

N articles are made from the seeds (``tests/synthetic.py``), and the installed ``cqmap
extract DIR --out-dir OUT [--format parquet] --jobs J`` runs on them for each format and
J, in turns (one run at a time; with ``--runs R``, R rounds of every combination). Each
run is measured as ``tests/bench/bench_scale.py`` measures one (``measure``: wall time;
CPU of the command and every worker; CPU of the parent alone; the peak resident memory
of the parent and of the largest worker, sampled from ``/proc``; the largest of all
from ``wait4``), with the size of its folder, its number of files, and whether the folder
is the same bytes (every file's name and bytes, SHA-256) as the first run of its format.
For Parquet, the rows of each table are printed once.

Figures to watch, not a timed test: the machine's speed drifts, so compare the rows of
one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_scale import _digest, _load, _mb, installed_cqmap, measure  # noqa: E402
from synthetic import make_corpus  # noqa: E402


def _rows(folder: Path) -> dict[str, int]:
    """The rows of each table of a folder of Parquet tables (from the files' footers)."""
    import pyarrow.parquet as pq

    return {
        table.name: sum(pq.read_metadata(p).num_rows for p in sorted(table.glob("*.parquet")))
        for table in sorted(folder.iterdir())
        if table.is_dir()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--corpus-dir", type=Path, help="keep the corpus here (made once, reused)")
    args = parser.parse_args()

    command = installed_cqmap()
    scratch = Path(tempfile.mkdtemp(prefix="cqmap-bench-tables-"))
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), load average "
        f"{_load()}; scratch {scratch}"
    )
    n = args.articles
    corpus = (args.corpus_dir or scratch) / f"corpus-{n}"
    if len(list(corpus.glob("*.txt"))) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        t0 = time.perf_counter()
        make_corpus(corpus, n)
        print(f"made {n} articles in {time.perf_counter() - t0:.1f} s")
    print(f"{n} articles, {sum(p.stat().st_size for p in corpus.glob('*.txt')) / 1e6:.1f} MB")
    table = []
    references: dict[str, str] = {}
    try:
        for _ in range(args.runs):
            for jobs in args.jobs:
                for fmt in ("jsonl", "parquet"):
                    out = scratch / f"out-{fmt}-{jobs}"
                    extra = ["--format", "parquet"] if fmt == "parquet" else []
                    run = measure(
                        [*command, "-q", "extract", str(corpus), "--out-dir", str(out), *extra,
                         "--jobs", str(jobs), "--overwrite"],
                        fmt, n, jobs, out,
                    )  # fmt: skip
                    files = sum(1 for p in out.rglob("*") if p.is_file())
                    digest = _digest(out)
                    same = references.setdefault(fmt, digest) == digest
                    if fmt == "parquet" and len(table) < 2:
                        print("  rows:", ", ".join(f"{k} {v:,}" for k, v in _rows(out).items()))
                    shutil.rmtree(out, ignore_errors=True)
                    table.append((run, files, same))
                    print(
                        f"  {fmt:7} jobs {jobs}: {run.wall:6.1f} s wall, {run.cpu:6.1f} s CPU, "
                        f"peak {_mb(run.parent_mb)} MB parent / {_mb(run.worker_mb)} MB worker, "
                        f"{run.output_mb:.1f} MB in {files} files"
                    )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"load average at the end: {_load()}")
    print()
    print(
        f"{'format':7} {'jobs':>4} {'wall s':>7} {'CPU s':>7} {'parent CPU s':>12} "
        f"{'parent MB':>9} {'worker MB':>9} {'max MB':>7} {'out MB':>7} {'files':>6} "
        f"{'docs/s':>7} {'same bytes':>10}"
    )
    for run, files, same in table:
        print(
            f"{run.label:7} {run.jobs:>4} {run.wall:>7.1f} {run.cpu:>7.1f} "
            f"{'-' if run.parent_cpu is None else f'{run.parent_cpu:.1f}':>12} "
            f"{_mb(run.parent_mb):>9} {_mb(run.worker_mb):>9} {run.max_mb:>7.0f} "
            f"{run.output_mb:>7.1f} {files:>6} {run.articles / run.wall:>7.0f} "
            f"{'yes' if same else 'NO':>10}"
        )
    return 0 if all(same and run.status == 0 for run, _, same in table) else 1


if __name__ == "__main__":
    sys.exit(main())
