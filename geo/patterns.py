"""Regex builders shared by the cleaner, the Traditional-Chinese converter and the matcher.

``re`` is fast on two shapes, and these build them from data tables: character classes
with merged ranges, and alternations of many words shaped as a prefix trie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import count

__all__ = ["char_class", "trie_regex"]


def char_class(chars: Iterable[str]) -> str:
    """A regex character-class body for the BMP characters of ``chars`` (ranges merged).

    Non-BMP characters are left out on purpose: one of them turns ``re``'s bitmap
    character set into a linear list and makes every search ~100 times slower.
    """
    codes = sorted(n for n in set(map(ord, chars)) if n < 0x10000)
    if not codes:
        return ""
    # (each run of consecutive code points as one range: where runs start, found in one
    # comprehension rather than a loop a character)
    starts = [i for i, a, b in zip(count(1), codes, codes[1:]) if b != a + 1]
    parts: list[str] = []
    lo = 0
    for end in (*starts, len(codes)):
        first, last = _escaped(codes[lo]), _escaped(codes[end - 1])
        parts.append(first if end - lo == 1 else f"{first}-{last}")
        lo = end
    return "".join(parts)


# re.escape escapes ASCII characters only: a character as a class writes it
_ASCII_ESCAPES = {n: re.escape(chr(n)) for n in range(128)}


def _escaped(code: int) -> str:
    return _ASCII_ESCAPES[code] if code < 128 else chr(code)


def trie_regex(words: Iterable[str], atoms: dict[str, str] | None = None) -> str:
    """A regex matching any of ``words``, longest first, shaped as a prefix trie (``re``
    then tries one branch per character instead of one per word).

    ``atoms`` maps a character to the regex written for it (e.g. a vowel to the class of
    its toned forms); other characters are escaped.
    """
    atoms = atoms or {}
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        tails = [
            (atoms.get(ch, re.escape(ch)), emit(sub)) for ch, sub in sorted(node.items()) if ch
        ]
        if not tails:
            return ""
        branches = [atom + tail for atom, tail in tails]
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if len(tails) == 1 and not tails[0][1]:
            return f"{branches[0]}?"  # one character: ``re`` repeats it cheaply
        # Optional, greedy: (?:X|) rather than (?:X)?, whose group repeat is much slower.
        return "(?:" + "|".join(branches) + "|)"

    return emit(trie)
