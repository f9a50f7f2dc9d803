"""Fast Traditional -> Simplified conversion, identical to ``OpenCC('t2s').convert``.

opencc-python-reimplemented converts about 1 MB/s: it splits the text on separator
characters and, in every segment, repeatedly takes the longest phrase of
``TSPhrases.txt`` found anywhere in it (the leftmost one among equal lengths),
recursing on what is left and right of it; characters no phrase covers go one by one
through ``TSCharacters.txt`` (first of space-separated values).

This module reads the same two dictionary files (once, lazily, from the installed
``opencc`` package) and reproduces that result much faster:

* characters are mapped with one ``str.translate`` over the whole text;
* a phrase can only change the result when its conversion differs from the
  character-by-character one, and such a phrase always contains one of a few
  *trigger* characters (乾, 於, 畫, 覆, ...). Only the segments around trigger
  characters go through the phrase algorithm, which lists the segment's phrases once
  and picks each longest one by bisection instead of rescanning;
* text without any character that conversion would change is returned as is.

``tests/test_clean.py`` checks the equality with ``OpenCC('t2s').convert`` (hypothesis,
on dictionary keys, separators and random CJK, and on the seed articles).
"""

from __future__ import annotations

import os
import re
import sys
from bisect import bisect_left
from functools import cached_property, lru_cache

from cqmap.geo.patterns import char_class

__all__ = ["to_simplified", "changes_script", "tables", "code_points", "use_arrays"]

# OpenCC's separators (opencc.py ``split_chars_re``): whitespace and the listed
# punctuation. Every alternative there is one character (or a run of whitespace), so a
# character class finds the same segment boundaries.
_SEPARATORS = (
    "-,.?!*\u3000，。、；：？！…“”‘’『』「」﹁﹂—－（）《》〈〉～．／＼︒︑︔︓︿﹀︹︺︙︐［﹇］﹈︕︖"
    "︰︳︴︽︾︵︶｛︷｝︸﹃﹄【︻】︼"
)
_SEP_CLASS = "\\s" + re.escape(_SEPARATORS)
_SEP_RE = re.compile(f"[{_SEP_CLASS}]")
_ASTRAL = "\U00010000-\U0010ffff"
_ASTRAL_RE = re.compile(f"[{_ASTRAL}]")


class _Tables:
    """Dictionary data derived once from the opencc package files.

    What telling whether a text needs converting takes (:attr:`change_re`) is built at
    once; the rest when first asked for: a Simplified text needs none of it.
    """

    def __init__(self, chars: dict[str, str], phrases_all: dict[str, str]) -> None:
        seps = set(_SEPARATORS)
        # OpenCC never converts separators (they are split off first), so they stay out of
        # the character table even if a dictionary listed them.
        mapped = {
            k: v
            for k, v in chars.items()
            if len(k) == 1 and k != v and k not in seps and not k.isspace()
        }

        def charwise(s: str) -> str:
            return "".join(mapped.get(c, c) for c in s)

        # A phrase containing a separator can never match inside a segment.
        phrases = {k: v for k, v in phrases_all.items() if not _SEP_RE.search(k)}
        triggers: set[str] = set()
        for key, value in phrases.items():
            if value == charwise(key):
                continue  # converting it as a phrase or char by char gives the same text
            if len(value) != len(key):
                triggers.update(key)
                continue
            triggers.update(k for k, v in zip(key, value, strict=True) if charwise(k) != v)
        changing = set(mapped) | triggers
        #: character -> replacement, of every character the table changes (BMP or not)
        self.mapped: dict[str, str] = mapped
        self._triggers = triggers
        #: non-BMP character -> replacement
        self.astral: dict[str, str] = {k: v for k, v in mapped.items() if ord(k) >= 0x10000}
        #: phrase -> first conversion
        self.phrases: dict[str, str] = phrases
        #: characters conversion may change (any non-BMP one too)
        self.change_re: re.Pattern[str] = _class_re(
            changing, _ASTRAL if any(ord(c) > 0xFFFF for c in changing) else ""
        )

    @cached_property
    def char_table(self) -> list[int | str]:
        """BMP code point -> replacement (identity where unchanged), for ``str.translate``."""
        table: list[int | str] = list(range(0x10000))
        for k, v in self.mapped.items():
            if ord(k) < 0x10000:
                table[ord(k)] = v
        return table

    @cached_property
    def by_first(self) -> dict[str, tuple[int, ...]]:
        """First character -> phrase lengths, longest first."""
        by_first: dict[str, set[int]] = {}
        for key in self.phrases:
            by_first.setdefault(key[0], set()).add(len(key))
        return {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()}

    @cached_property
    def mapped_re(self) -> re.Pattern[str]:
        """BMP characters the character table changes."""
        return _class_re(set(self.mapped))

    @cached_property
    def trigger_re(self) -> re.Pattern[str]:
        """Characters of phrases that differ from char-by-char."""
        triggers = self._triggers
        return _class_re(triggers, _ASTRAL if any(ord(c) > 0xFFFF for c in triggers) else "")


def _opencc_dir() -> str:
    import opencc  # the runtime dependency; only its data files are used

    return os.path.join(os.path.dirname(opencc.__file__), "dictionary")


def _read_dict(path: str) -> dict[str, str]:
    # Same parsing as opencc.py: strip the line, split on the tab, keep the first value.
    table: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, value = line.strip().split("\t")
            table[key] = value.split(" ")[0]
    return table


def _class_re(chars: set[str], extra: str = "") -> re.Pattern[str]:
    # An empty class would be a syntax error; (?!) never matches. (A non-BMP *range*, as
    # ``extra``, stays cheap: only single non-BMP characters slow ``re`` down.)
    body = char_class(chars) + extra
    return re.compile(f"[{body}]" if body else "(?!)")


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Load and index the t2s dictionaries (cached: what telling a text's script needs at
    once, about half of it; the rest when a Traditional text first needs it)."""
    base = _opencc_dir()
    return _Tables(
        _read_dict(os.path.join(base, "TSCharacters.txt")),
        _read_dict(os.path.join(base, "TSPhrases.txt")),
    )


# From this length on, characters are mapped as an array of code points: str.translate
# takes ~70 ns a character (an int object each), a numpy lookup ~5 ns plus ~10 µs a call.
ARRAY_MIN = 200
# But numpy takes ~0.12 s to import: a process with an article or two to read is faster
# without it. Arrays are used once numpy is loaded anyway (the map commands load it) or
# once the process has handled this many characters without them.
_ARRAYS_AFTER = 250_000
_handled_without = 0


def use_arrays(n: int) -> bool:
    """Whether to handle a text of ``n`` characters as an array (see above)."""
    global _handled_without
    if n < ARRAY_MIN:
        return False
    if "numpy" in sys.modules:
        return True
    _handled_without += n
    return _handled_without > _ARRAYS_AFTER


@lru_cache(maxsize=1)
def _code_table():
    """Every code point's replacement code point (identity where unchanged), as an array;
    None if some replacement is not one character (the dictionaries have none)."""
    import numpy as np  # (here: a Simplified text never needs it)

    t = tables()
    replaced = [(c, v) for c, v in enumerate(t.char_table) if v.__class__ is str]
    replaced += [(ord(k), v) for k, v in t.astral.items()]
    if any(len(v) != 1 for _, v in replaced):
        return None
    table = np.arange(0x110000, dtype=np.uint32)
    table[[c for c, _ in replaced]] = [ord(v) for _, v in replaced]
    return table


def code_points(text: str):
    """The code points of ``text`` as a numpy array (lone surrogates included)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _charwise(text: str, t: _Tables) -> str:
    if use_arrays(len(text)) and (table := _code_table()) is not None:
        return table.take(code_points(text)).tobytes().decode("utf-32-le", "surrogatepass")
    out = text.translate(t.char_table)
    if t.astral and _ASTRAL_RE.search(out):
        out = _ASTRAL_RE.sub(lambda m: t.astral.get(m.group(), m.group()), out)
    return out


def _convert_segment(seg: str, t: _Tables) -> str:
    """OpenCC's phrase algorithm on one separator-free segment.

    In a span, the longest phrase lying wholly inside it is converted (the leftmost of
    equal ones), then the spans left and right of it, in turn. The phrases occurring
    in the segment are listed once, by length, with sorted start positions: the choice
    in a span is then a bisection per length. A stack replaces recursion (a segment
    may hold thousands of phrases).
    """
    n = len(seg)
    starts: dict[int, list[int]] = {}
    for i, ch in enumerate(seg):
        for length in t.by_first.get(ch, ()):
            if i + length <= n and seg[i : i + length] in t.phrases:
                starts.setdefault(length, []).append(i)
    if not starts:
        return _charwise(seg, t)
    lengths = sorted(starts, reverse=True)
    out: list[str] = []
    stack: list[tuple[int, int] | str] = [(0, n)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):  # a converted phrase
            out.append(item)
            continue
        lo, hi = item
        if lo >= hi:
            continue
        for length in lengths:
            if hi - lo < length:
                continue
            positions = starts[length]
            k = bisect_left(positions, lo)
            if k < len(positions) and positions[k] + length <= hi:
                p = positions[k]
                stack.append((p + length, hi))
                stack.append(t.phrases[seg[p : p + length]])
                stack.append((lo, p))
                break
        else:
            out.append(_charwise(seg[lo:hi], t))
    return "".join(out)


def changes_script(text: str) -> bool:
    """Whether :func:`to_simplified` would look at ``text`` at all (a fast pre-check)."""
    return tables().change_re.search(text) is not None


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified, exactly as ``OpenCC('t2s').convert``.

    Parameters
    ----------
    text
        Any text; characters without a Simplified form are kept.

    Returns
    -------
    str
        The converted text, equal to ``opencc.OpenCC('t2s').convert(text)``.
    """
    if not text or not changes_script(text):
        return text
    t = tables()
    first = t.trigger_re.search(text)
    if first is None:
        return _charwise(text, t)
    # Outside the phrase segments, skip the character table when nothing in it occurs
    # (Simplified text with a trigger character such as 覆 in 覆盖).
    mapped = bool(t.mapped_re.search(text) or (t.astral and _ASTRAL_RE.search(text)))
    plain = (lambda s: _charwise(s, t)) if mapped else (lambda s: s)
    # Only segments holding a trigger character need the phrase algorithm; find each one's
    # bounds (separators before and after) and convert everything else char by char.
    rev = text[::-1]
    n = len(text)
    pieces: list[str] = []
    done = 0
    pos = first.start()
    while True:
        after = _SEP_RE.search(text, pos)
        end = after.start() if after else n
        before = _SEP_RE.search(rev, n - pos)
        start = n - before.start() if before else 0
        start = max(start, done)
        pieces.append(plain(text[done:start]))
        pieces.append(_convert_segment(text[start:end], t))
        done = end
        nxt = t.trigger_re.search(text, end)
        if nxt is None:
            break
        pos = nxt.start()
    pieces.append(plain(text[done:]))
    return "".join(pieces)
