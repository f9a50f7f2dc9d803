"""Throughput of ``geo.clean.clean_bytes`` on the seed corpus.

Run as ``python tests/bench/bench_clean.py``. The five seeds are repeated 200 times
(about 11 MB, 1000 documents); the Simplified seeds (000, 001) and the Traditional ones
with pinyin readings and mojibake (002-004) are timed separately, each group five times
in CPU time (``time.process_time``; the best run is reported: the machine's other load
only ever slows a run down). The first call in a fresh process is timed on its own: it
loads the t2s dictionaries and builds the character tables and regexes (warm-up); the
import is timed too.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

_start = time.perf_counter()
from cqmap.geo.clean import clean_bytes  # noqa: E402

IMPORT = time.perf_counter() - _start

REPEAT = 200  # copies of each seed
RUNS = 5  # timings per group; the best is reported
SIMPLIFIED = ("000", "001")


def _time(batch: list[bytes]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.process_time()
        for data in batch:
            clean_bytes(data)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    docs = [(p.name[:3], p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]

    start = time.perf_counter()
    clean_bytes(dict(docs)["002"])  # pinyin and mojibake: builds every table
    warm = time.perf_counter() - start
    print(f"import cqmap.geo.clean: {IMPORT:.3f} s")
    print(f"warm-up (first call, dictionary loading): {warm:.3f} s")

    groups: dict[str, list[bytes]] = {"simplified": [], "traditional": []}
    for _ in range(REPEAT):
        for key, data in docs:
            groups["simplified" if key in SIMPLIFIED else "traditional"].append(data)
    total_bytes = 0
    total_time = 0.0
    for name, batch in groups.items():
        size = sum(map(len, batch))
        elapsed = _time(batch)
        total_bytes += size
        total_time += elapsed
        print(
            f"{name:12s} {len(batch):5d} docs {size / 1e6:6.2f} MB "
            f"{elapsed:6.3f} s {size / 1e6 / elapsed:7.1f} MB/s"
        )
    count = sum(map(len, groups.values()))
    print(
        f"{'all':12s} {count:5d} docs {total_bytes / 1e6:6.2f} MB "
        f"{total_time:6.3f} s {total_bytes / 1e6 / total_time:7.1f} MB/s"
    )


if __name__ == "__main__":
    main()
