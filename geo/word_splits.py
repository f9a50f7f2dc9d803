"""Short names that two words meet inside: 隆重庆祝 is 隆重 and 庆祝, not 重庆.

A place's short name of two characters is often written where a word ends on its first
character and another begins on its second (繁荣昌盛: 繁荣, 昌盛, no 荣昌; 桥梁平台: no 梁平;
沿江北线: no 江北; 湖北京山: 湖北 and 京山, no 北京). :func:`cut_inside` cuts the few
characters around the name into the likeliest words, by how often each word is written
(``geo/data/words.py``: a unigram model, the likeliest cut found by dynamic programming),
and says whether the cut falls inside the name: then the name is no mention. Where the
name is the likelier word (开往重庆团结村, 前往上海参加: 上海 and 参加, not 海参), it stays.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache

from cqmap.geo.data import DATA_DIR

__all__ = ["cut_inside"]

# The characters read on each side of a name (the words that may meet inside it reach no
# further than their own length, four at most)
WINDOW = 4
# The longest word of the counts
_LONGEST = 4


@cache
def _costs() -> tuple[dict[str, float], float, float]:
    """Each word's cost, its negative binary logarithm of how often it is written; the cost
    of the rarest word kept, and of a character the counts do not keep (half as often)."""
    data = json.loads((DATA_DIR / "words.json").read_text(encoding="utf-8"))
    total = math.log2(data["total"])
    costs = {
        word: total - step / data["steps"]
        for step, words in data["words"]
        for word in words.split()
    }
    rarest = total - math.log2(data["min_count"])
    return costs, rarest, rarest + 1


def _chinese(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def cut_inside(text: str, start: int, end: int, names: Iterable[tuple] = ()) -> bool:
    """Whether the likeliest cut into words of ``text`` around ``text[start:end]``, a name
    of two characters, falls between its characters, or holds the name inside a longer
    word with more on both sides (繁荣昌盛); a word that begins with the name (重庆市) or
    ends with it (大上海) keeps it. Only where a word ends on its first character and
    another begins on its second (隆重, 庆祝); the name and the other ``names`` read around
    it (mentions, their start and end first) are words, each as often written as the rarest word kept at least (开远;
    上海洋山 is 上海 and 洋山, not 海洋)."""
    if end - start != 2:
        return False
    costs, rarest, unknown = _costs()
    before = text[start - 1 : start + 1] if start else ""
    if before not in costs or text[end - 1 : end + 1] not in costs:
        return False  # (most names: no two words meet inside them)
    a = start
    while a > max(0, start - WINDOW) and _chinese(text[a - 1]):
        a -= 1
    b = end
    while b < min(len(text), end + WINDOW) and _chinese(text[b]):
        b += 1
    window = text[a:b]
    named: dict[int, list[tuple[int, float]]] = {}  # (where each name ends: its start, cost)
    for s, e, *_ in (*names, (start, end)):
        if a <= s < e <= b:
            named.setdefault(e - a, []).append((s - a, min(costs.get(text[s:e], rarest), rarest)))
    best = [0.0] + [math.inf] * len(window)
    back = [0] * (len(window) + 1)
    for i in range(1, len(window) + 1):
        for k in range(1, min(_LONGEST, i) + 1):
            cost = costs.get(window[i - k : i], unknown if k == 1 else None)
            if cost is not None and best[i - k] + cost < best[i]:
                best[i], back[i] = best[i - k] + cost, i - k
        for j, cost in named.get(i, ()):
            if best[j] + cost < best[i]:
                best[i], back[i] = best[j] + cost, j
    # (the words of the likeliest cut, last first: the name is none where a word ends
    # between its characters, or where one word holds it with more on both sides)
    i, first, last = len(window), start - a, end - a
    while i:
        j = back[i]
        if i == first + 1 or (j < first and i > last):
            return True
        i = j
    return False
