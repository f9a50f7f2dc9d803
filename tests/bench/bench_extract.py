"""Benchmark: clean + extract on the seed corpus, as MB/s (a figure, not a timed test).

    python tests/bench/bench_extract.py [--copies 200] [--jobs 2] [--repeat 5]

The five seeds concatenated ``copies`` times (about 11 MB for 200) are read as
documents, as ``cqmap extract`` reads a folder. Printed:

* warm-up: the import, the first document (gazetteer, lexicon, pattern tables) and the
  first Traditional one with pinyin and mojibake (t2s dictionaries, character tables);
* MB/s in one process for the Simplified seeds (000, 001), the Traditional pinyin
  seeds (002-004) and all five, with the share of time spent cleaning;
* the speed-up of ``--jobs N`` worker processes over one, on all five;
* when cpca is installed (``pip install cpca==0.5.5``, a yardstick, not a dependency):
  its speed on the same documents, measured in turns with ours, and the ratios. The
  machine's speed drifts; the ratios much less.

The machine's speed varies (other processes run): one-process figures are the best of
``--repeat`` runs in CPU time (``time.process_time``), and the runs with one and with N
jobs alternate, best wall time of each.

cpca 0.5.5 finds county names only: it is given each document decoded (it cannot
clean), one call per document, as cqmap reads them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from cqmap.geo.clean import clean_bytes
    from cqmap.geo.extract import extract_bytes, extract_paths

    t_import = time.perf_counter() - t0
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    data = [p.read_bytes() for p in seeds]
    t0 = time.perf_counter()
    extract_bytes(data[0], doc_id="warm")
    t_first = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_bytes(data[2], doc_id="warm")
    t_trad = time.perf_counter() - t0
    print(
        f"warm-up: import {t_import:.2f} s, first document {t_first:.2f} s, first Traditional "
        f"pinyin document {t_trad:.2f} s (total {t_import + t_first + t_trad:.2f} s)"
    )

    sets = {
        "simplified (000, 001)": data[:2],
        "traditional+pinyin (002-004)": data[2:],
        "all five seeds": data,
    }
    for label, docs in sets.items():
        corpus = docs * args.copies
        size = sum(len(d) for d in corpus)
        runs, clean_runs = [], []
        for _ in range(args.repeat):
            t0 = time.process_time()
            for d in corpus:
                clean_bytes(d)
            clean_runs.append(time.process_time() - t0)
            t0 = time.process_time()
            for i, d in enumerate(corpus):
                extract_bytes(d, doc_id=str(i))
            runs.append(time.process_time() - t0)
        best, best_clean = min(runs), min(clean_runs)
        print(
            f"{label:30s} {len(corpus):5d} docs {size / 1e6:6.2f} MB  "
            f"{size / 1e6 / best:6.1f} MB/s clean+extract  "
            f"(cleaning alone {size / 1e6 / best_clean:5.1f} MB/s, {best_clean / best:4.0%} of the time)"
        )

    _yardstick(sets, args.copies, args.repeat, extract_bytes)

    if args.jobs > 1:
        tmp = ROOT / "tests" / "artifacts" / "bench-corpus"
        tmp.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(args.copies):
            for p, d in zip(seeds, data):
                path = tmp / f"{i:04d}_{p.name}"
                if not path.exists():
                    path.write_bytes(d)
                paths.append(str(path))
        size = sum(len(d) for d in data) * args.copies
        timings: dict[int, float] = {1: float("inf"), args.jobs: float("inf")}
        n = 0
        for _ in range(args.repeat):
            for jobs in timings:
                t0 = time.perf_counter()
                n = sum(1 for r in extract_paths(paths, jobs=jobs) if r.record)
                timings[jobs] = min(timings[jobs], time.perf_counter() - t0)
        for jobs, elapsed in timings.items():
            print(f"files, --jobs {jobs}: {n} docs, {size / 1e6 / elapsed:6.1f} MB/s")
        print(f"speed-up of --jobs {args.jobs}: {timings[1] / timings[args.jobs]:.2f}x")
    return 0


def _yardstick(sets: dict[str, list[bytes]], copies: int, repeat: int, extract_bytes) -> None:
    """cpca's speed on the same documents, in turns with ours (best CPU time of each).

    cpca is timed per document (as cqmap reads them) and on the documents joined into one
    string (which spares it the per-call costs); the ratios are cqmap's speed over each.
    """
    try:
        import cpca
    except ImportError:
        print("cpca: not installed (pip install cpca==0.5.5 to compare)")
        return
    cpca.transform_text_with_addrs(sets["all five seeds"][0].decode("utf-8"))  # its warm-up
    for label, docs in sets.items():
        corpus = docs * max(1, copies // 5)
        size = sum(len(d) for d in corpus)
        ours = per_document = joined = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            for d in corpus:
                extract_bytes(d)
            ours = min(ours, time.process_time() - t0)
            t0 = time.process_time()
            for d in corpus:
                cpca.transform_text_with_addrs(d.decode("utf-8"))
            per_document = min(per_document, time.process_time() - t0)
            t0 = time.process_time()
            cpca.transform_text_with_addrs("\n".join(d.decode("utf-8") for d in corpus))
            joined = min(joined, time.process_time() - t0)
        print(
            f"{label:30s} cqmap {size / 1e6 / ours:5.1f} MB/s; cpca {size / 1e6 / per_document:5.1f} "
            f"per document, {size / 1e6 / joined:5.1f} joined: cqmap at "
            f"{per_document / ours:4.2f}x / {joined / ours:4.2f}x cpca's speed"
        )


if __name__ == "__main__":
    raise SystemExit(main())
