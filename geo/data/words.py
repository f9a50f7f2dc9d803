"""How often Chinese words are written: ``words.json``, to tell a place's short name from
two words that meet inside it.

Derived from the word distribution of the pinned ``jionlp`` (PyPI, Apache-2.0): its
``dictionary/word_distribution.zip`` counts the words of a large segmented corpus. Kept:
words of one to four Chinese characters counted at least :data:`MIN_COUNT` times, grouped by
the binary logarithm of their count to a quarter (:data:`STEPS`), which is all the reader
needs of it and keeps the file small. Written as

    {"total": N, "min_count": MIN_COUNT, "steps": STEPS, "words": [[step, "词 词 …"], …]}

with the steps in descending order and the words of a step in code-point order.
:mod:`cqmap.geo.word_splits` reads it to find where the best cut of a few characters
around a short name falls inside it (隆重庆祝 is 隆重 and 庆祝, not 重庆).
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from collections.abc import Iterable
from importlib import metadata

__all__ = ["MIN_COUNT", "STEPS", "word_counts", "words_json"]

# The least count of a word kept (a rarer word is read as its characters)
MIN_COUNT = 2000
# Steps of the binary logarithm of a count: a quarter each
STEPS = 4
_DISTRIBUTION = "jionlp/dictionary/word_distribution.zip"
_CHINESE = re.compile("[\u4e00-\u9fff]{1,4}")


def word_counts() -> Iterable[tuple[str, int]]:
    """The words of jionlp's word distribution with their counts, read from the installed
    distribution's files (jionlp itself is not imported: it loads much more than this)."""
    path = metadata.distribution("jionlp").locate_file(_DISTRIBUTION)
    with zipfile.ZipFile(str(path)) as archive:
        (member,) = archive.namelist()
        with archive.open(member) as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                if line.strip():
                    word, count = json.loads(line)
                    yield word, int(count)


def words_json(counts: Iterable[tuple[str, int]]) -> str:
    """The text of ``words.json``: the total of all counts, and the Chinese words of one to
    four characters counted at least :data:`MIN_COUNT` times, by step of their count (one
    step to a line)."""
    total = 0
    steps: dict[int, list[str]] = {}
    for word, count in counts:
        total += count
        if count >= MIN_COUNT and _CHINESE.fullmatch(word):
            steps.setdefault(round(math.log2(count) * STEPS), []).append(word)
    rows = ",\n".join(
        json.dumps([step, " ".join(sorted(steps[step]))], ensure_ascii=False)
        for step in sorted(steps, reverse=True)
    )
    return f'{{"total":{total},"min_count":{MIN_COUNT},"steps":{STEPS},"words":[\n{rows}\n]}}\n'
