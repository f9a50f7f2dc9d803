"""A synthetic corpus of any size made from the seed articles (tests and benchmarks).

Article ``k`` is seed ``k % 5`` under the name ``<k:06d>_<seed name>.txt`` (so its
document id differs), with its first date (``2022-01-05``, ``01-12 19:42``,
``12月14日``) moved to a day of its own: no two articles are the same bytes, and every
one is read like the seed it comes from.

A folder with a bad file in the middle (:func:`with_a_bad_file`), and the line of the
error record ``cqmap extract`` writes for it (:func:`error_line`, written here from the
README's record schema, not by cqmap's encoder).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

_DATE = re.compile(
    r"(?P<iso>20\d\d-\d\d-\d\d)|(?P<cn>\d{1,2}月\d{1,2}日)|(?<!\d)(?P<md>\d\d-\d\d)(?= \d\d:)"
)


def vary_date(text: str, k: int) -> str:
    """``text`` with its first date replaced by the ``k``-th day of a 10-year cycle."""
    day, month, year = k % 28 + 1, k // 28 % 12 + 1, 2014 + k // 336 % 10

    def day_of(m: re.Match) -> str:
        if m.group("iso"):
            return f"{year}-{month:02d}-{day:02d}"
        if m.group("cn"):
            return f"{month}月{day}日"
        return f"{month:02d}-{day:02d}"

    return _DATE.sub(day_of, text, count=1)


def make_corpus(folder: str | os.PathLike, n: int) -> list[Path]:
    """Write ``n`` articles into ``folder`` (made if missing); return their paths, in name
    order (the order ``cqmap extract folder`` reads them)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    paths = []
    for k in range(n):
        stem, text = seeds[k % len(seeds)]
        path = folder / f"{k:06d}_{stem}.txt"
        path.write_text(vary_date(text, k), encoding="utf-8")
        paths.append(path)
    return paths


# Bytes that no encoding reads as text: a PNG header and every byte value.
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def with_a_bad_file(
    corpus: str | os.PathLike, folder: str | os.PathLike, count: int, after: int
) -> tuple[list[str], Path]:
    """Make ``folder`` with the first ``count`` articles of ``corpus`` (in name order) and
    a file of :data:`BINARY` that a folder is read right after article ``after`` (from 0):
    return the articles' names and the bad file."""
    corpus, folder = Path(corpus), Path(folder)
    folder.mkdir()
    names = sorted(p.name for p in corpus.iterdir())[:count]
    for name in names:
        shutil.copy(corpus / name, folder / name)
    bad = folder / (names[after][:-4] + "b.txt")
    bad.write_bytes(BINARY)
    return names, bad


# What cqmap says of a file of BINARY (after its path).
BINARY_ERROR = "binary input (PNG image)"


def error_line(bad: str | os.PathLike, *, shown: str | None = None) -> bytes:
    """The JSON line of the error record of the file ``bad`` of :data:`BINARY`, read as
    ``shown`` (default: ``bad`` as a string): ``{"id", "path", "error"}`` in that order,
    compact, UTF-8 (its error the one line cqmap logs after ``cqmap: error:``)."""
    shown = str(bad) if shown is None else shown
    record = {"id": Path(bad).stem, "path": shown, "error": f"{shown}: {BINARY_ERROR}"}
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def with_error_line(jsonl: bytes, bad: str | os.PathLike, after: int) -> bytes:
    """``jsonl`` (the records of the good articles of :func:`with_a_bad_file`) with the
    error line of ``bad`` at its place: right after record ``after`` (from 0)."""
    lines = jsonl.splitlines(keepends=True)
    return b"".join([*lines[: after + 1], error_line(bad), *lines[after + 1 :]])
