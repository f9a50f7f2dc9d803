"""Regex builders shared by the cleaner, the Traditional-Chinese converter and the matcher.

``re`` is fast on two shapes, and these build them from data tables: character classes
with merged ranges, and alternations of many words shaped as a prefix trie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["char_class", "trie_regex"]


def char_class(chars: Iterable[str]) -> str:
    """A regex character-class body for the BMP characters of ``chars`` (ranges merged).

    Non-BMP characters are left out on purpose: one of them turns ``re``'s bitmap
    character set into a linear list and makes every search ~100 times slower.
    """
    codes = sorted({ord(c) for c in chars if ord(c) < 0x10000})
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


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
