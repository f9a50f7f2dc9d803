"""Benchmark: ``cqmap extract`` end to end against cpca 0.5.5, one document at a time.

    python tests/bench/bench_cpca.py [--repeat 5] [--unit sentences|lines|document]

A yardstick, not a test (cpca is not a dependency: ``pip install cpca==0.5.5``; without
it this prints how to install it and exits 0). The documents: the five seeds and, when
present, the local real pages of ``tests/corpus/local/`` (git-ignored), in three
versions, each written as a UTF-8 file of its own:

* **as is** — the files as they are (the seeds 002-004 and about a quarter of the local
  pages are Traditional, some with pinyin readings);
* **Simplified** — each decoded and converted by cqmap's ``to_simplified`` (markup and
  readings kept: cqmap still cleans them);
* **Traditional** — each decoded and converted by OpenCC ``s2t``
  (opencc-python-reimplemented, cqmap's dependency).

Per document, in one process, in turns (cqmap over all documents, then cpca over the
same ones, ``--repeat`` times; the best of each):

* **cqmap**: what ``cqmap extract --format jsonl`` does for each file: open and read the
  bytes, ``extract_bytes`` (decode, clean, extract), ``encode_jsonl``, and write the line
  to a file;
* **cpca**: ``cpca.transform(strings)`` once per document, where ``strings`` is the
  document as cqmap *cleaned* it (decoded, markup, chrome and readings removed,
  Simplified), cut into its sentences (cqmap's sentence offsets; ``--unit lines``: its
  lines; ``--unit document``: one string), empty ones left out. That preparation is done
  beforehand and is not timed: cpca is given the work cqmap does for itself.

Both speeds count the bytes of the same input files (MB/s) and the documents per second.
A line under each set gives cpca's matching alone (its ``_get_one_addr`` per string,
without the pandas DataFrame ``transform`` builds), to show where its time goes.
Timings are warm: cqmap's import and first document, and cpca's import and first call
(which imports pandas), are timed apart. cpca's import loads pandas and so numpy, with
which cqmap's t2s and script steps use array lookups (as ``cqmap extract`` does once it
has read 250,000 characters, or whenever numpy is loaded). CPU time
(``time.process_time``) is the figure; wall time is printed beside it. The machine's
speed drifts: compare the ratios of one run, and take the best of several runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

INSTALL = "pip install cpca==0.5.5"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs")
    parser.add_argument(
        "--unit",
        choices=("sentences", "lines", "document"),
        default="sentences",
        help="the strings cpca is given per document (default: the cleaned sentences)",
    )
    parser.add_argument(
        "--local",
        type=Path,
        default=ROOT / "tests" / "corpus" / "local",
        help="a folder of more articles (default: the local real pages, when present)",
    )
    args = parser.parse_args()

    if importlib.util.find_spec("cpca") is None:
        print(f"cpca is not installed: {INSTALL} (a yardstick only, not a dependency)")
        return 0

    t0 = time.perf_counter()
    from cqmap.geo.clean import clean_bytes, decode
    from cqmap.geo.extract import extract_bytes
    from cqmap.geo.records import encode_jsonl
    from cqmap.geo.t2s import to_simplified

    t_import = time.perf_counter() - t0

    sources = sorted((ROOT / "seeds").glob("*.txt"))
    if args.local.is_dir():
        sources += sorted(p for p in args.local.iterdir() if p.suffix in (".txt", ".html"))
    originals = [p.read_bytes() for p in sources]

    # cqmap's own first document (gazetteer, lexicon, patterns, t2s tables), timed apart
    t0 = time.perf_counter()
    encode_jsonl(extract_bytes(originals[0], doc_id="warm"))
    t_first = time.perf_counter() - t0

    from opencc import OpenCC

    s2t = OpenCC("s2t")
    texts = [decode(d).text for d in originals]
    versions = {
        "as is": originals,
        "Simplified": [to_simplified(t).encode("utf-8") for t in texts],
        "Traditional": [s2t.convert(t).encode("utf-8") for t in texts],
    }

    with tempfile.TemporaryDirectory(prefix="bench-cpca-") as tmp:
        sets = {}
        for label, docs in versions.items():
            folder = Path(tmp) / label.replace(" ", "-")
            folder.mkdir()
            paths = []
            for src, data in zip(sources, docs):
                path = folder / src.name
                path.write_bytes(data)
                paths.append(str(path))
            strings = [_strings(clean_bytes(d), args.unit) for d in docs]
            sets[label] = (paths, sum(len(d) for d in docs), strings)

        t0 = time.perf_counter()
        import cpca

        t_cpca_import = time.perf_counter() - t0
        t0 = time.perf_counter()
        cpca.transform(sets["as is"][2][0])
        t_cpca_first = time.perf_counter() - t0

        print(
            f"{len(sources)} documents ({len(sources) - 5} local pages and the 5 seeds); "
            f"cpca given the cleaned text as {args.unit}; best of {args.repeat}"
        )
        print(
            f"warm-up: cqmap import {t_import:.2f} s, first document {t_first:.2f} s; "
            f"cpca {cpca.__version__} import {t_cpca_import:.2f} s, first call "
            f"{t_cpca_first:.2f} s (pandas)"
        )
        print(
            f"{'documents':12s} {'MB':>5s}  {'cqmap docs/s':>12s} {'MB/s':>5s}  "
            f"{'cpca docs/s':>11s} {'MB/s':>5s}  {'cqmap/cpca':>10s}  (wall: cqmap, cpca, ratio)"
        )
        out_path = Path(tmp) / "records.jsonl"
        for label, (paths, size, strings) in sets.items():
            ours = theirs = ours_wall = theirs_wall = float("inf")
            with open(out_path, "wb") as out:
                for _ in range(args.repeat):
                    out.seek(0)
                    out.truncate()
                    w0, c0 = time.perf_counter(), time.process_time()
                    for path in paths:
                        with open(path, "rb") as f:
                            data = f.read()
                        out.write(
                            encode_jsonl(extract_bytes(data, doc_id=Path(path).stem, path=path))
                        )
                    ours = min(ours, time.process_time() - c0)
                    ours_wall = min(ours_wall, time.perf_counter() - w0)
                    w0, c0 = time.perf_counter(), time.process_time()
                    for doc in strings:
                        cpca.transform(doc)
                    theirs = min(theirs, time.process_time() - c0)
                    theirs_wall = min(theirs_wall, time.perf_counter() - w0)
            matching = float("inf")  # cpca's matching alone, without its DataFrame (private API)
            one = getattr(cpca, "_get_one_addr", None)
            for _ in range(args.repeat if one else 0):
                c0 = time.process_time()
                for doc in strings:
                    [one(s, False, {}) for s in doc]
                matching = min(matching, time.process_time() - c0)
            n, mb = len(paths), size / 1e6
            print(
                f"{label:12s} {mb:5.2f}  {n / ours:12.0f} {mb / ours:5.2f}  "
                f"{n / theirs:11.0f} {mb / theirs:5.2f}  {theirs / ours:9.2f}x  "
                f"({mb / ours_wall:.2f}, {mb / theirs_wall:.2f} MB/s, "
                f"{theirs_wall / ours_wall:.2f}x)"
            )
            if one:
                print(
                    f"{'':12s} cpca's matching alone (no DataFrame): {n / matching:.0f} docs/s, "
                    f"{matching / theirs:.0%} of its time"
                )
    return 0


def _strings(cleaned, unit: str) -> list[str]:
    """The strings cpca is given for one cleaned document."""
    text = cleaned.text
    if unit == "document":
        pieces = [text]
    elif unit == "lines":
        pieces = text.split("\n")
    else:
        pieces = [text[s:e] for s, e in cleaned.sentences]
    return [p for p in (p.strip() for p in pieces) if p] or [""]


if __name__ == "__main__":
    raise SystemExit(main())
