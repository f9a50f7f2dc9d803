"""Character knowledge the steps share: Han ranges, punctuation, the characters
that call for a step, and the frequent characters of GB2312 and Big5 (derived from the
codecs the standard library ships).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from cqmap.geo.patterns import char_class
from cqmap.geo.t2s import tables as _t2s_tables

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
HAN_OR_WORD_RE = re.compile(f"[{HAN}A-Za-z]")

# Punctuation a repaired run may contain (after full-width normalisation).
CJK_PUNCT = frozenset("、。·—～…‘’“”〔〕〈〉《》「」『』〖〗【】!,.:;?()[]-~\"'%")
# A run's first character is (lost byte, first run byte). Shifts start at CJK
# punctuation, so the lost byte is taken as 0xA1/0xA3 when that gives one of these.
PUNCT_LEADS = (0xA1, 0xA3)
PUNCT_START = frozenset("、。“”‘’《》〈〉「」『』【】〔〕…—！，：；？（）")


@dataclass(frozen=True)
class _Charsets:
    common: frozenset[str]  # GB2312 level 1 and Big5 level 1: the frequent characters
    known: frozenset[str]  # all of GB2312 and Big5
    trad_only: frozenset[str]  # changed by t2s and absent from GB2312
    simp_only: frozenset[str]  # t2s results absent from Big5


# A byte that ``surrogateescape`` kept undecoded
_ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")


def _pairs(codec: str, leads: Iterable[int], trails: Iterable[int]) -> Iterator[str]:
    """The characters the two-byte codes ``lead trail`` stand for in ``codec`` (each once).

    The codes are decoded at once, separated by NULs (no trail byte is a NUL, so each
    decodes on its own, as these codecs keep no state), with the bytes of a code that is
    not a character escaped (``surrogateescape``): about ten times faster than one
    ``decode`` per code.
    """
    trails = list(trails)
    codes = [bytes((lead, trail)) for lead in leads for trail in trails]
    pieces = b"\0".join(codes).decode(codec, "surrogateescape").split("\0")
    if len(pieces) != len(codes):  # (a codec that took a NUL into an error: one by one)
        for code in codes:
            try:
                yield code.decode(codec)
            except UnicodeDecodeError:
                continue
        return
    for piece in dict.fromkeys(pieces):
        if not _ESCAPED_BYTE_RE.search(piece):
            yield piece


@lru_cache(maxsize=1)
def charsets() -> _Charsets:
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    gb1 = set(_pairs("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)))
    gb2 = set(_pairs("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF)))
    b51 = set(_pairs("big5", range(0xA4, 0xC6), big5_trails))
    b51.update(_pairs("big5", [0xC6], range(0x40, 0x7F)))
    b52 = set(_pairs("big5", range(0xC9, 0xFA), big5_trails))
    mapped = {k: v for k, v in _t2s_tables().mapped.items() if ord(k) < 0x10000}
    trad_only = {k for k in mapped if k not in gb1 and k not in gb2}
    simp_only = {v for v in mapped.values() if len(v) == 1 and v not in b51 and v not in b52}
    simp_only -= set(mapped)
    common = gb1 | b51
    return _Charsets(
        common=frozenset(common),
        known=frozenset(gb1 | gb2 | b51 | b52),
        trad_only=frozenset(trad_only),
        simp_only=frozenset(simp_only),
    )


@lru_cache(maxsize=1)
def plausible_re() -> re.Pattern[str]:
    """Runs of ordinary text, for choosing a decoding (compiled only when one is needed)."""
    ordinary = char_class(charsets().common | CJK_PUNCT | PUNCT_START)
    return re.compile(f"[\\t\\n\\r\\x20-\\x7e\\u3000{ordinary}\\uff01-\\uff5e]+")


SENT_END = "。！？!?；…"
CLAUSE_END = "，,、:：;"
SENT_PUNCT_RE = re.compile("[。！？!?]")

# Anything that needs attention before the per-step checks (one scan decides which run).
ODD_CHARS = "\r\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2028\u2029\u2060\ufeff"

# Characters some step of clean_text acts on; one findall decides which steps run.
# (Toned letters are looked for separately: pinyin documents hold hundreds of them.)
ATTENTION_RE = re.compile(
    f"[{ODD_CHARS}\uff01-\uff5e\u3000\u00a0\u2012\u2015\u2500?\ufffd\t\u1680\u2000-\u200a\u202f\u205f\u0300-\u036f]"
)
ATTENTION_ODD = frozenset(
    map(chr, [0x0D, *range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])
) | frozenset("\u00ad\u200b\u200c\u200d\u2028\u2029\u2060\ufeff")
ATTENTION_FULLWIDTH = frozenset(
    map(chr, [*range(0xFF01, 0xFF5F), 0x3000, 0xA0, 0x2012, 0x2015, 0x2500])
)
ATTENTION_COMBINING = frozenset(map(chr, range(0x300, 0x370)))  # "qu\u0304" for "qū"
ATTENTION_SPACE = frozenset("\t\u1680\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200B))))
