"""The place-like words of a text the gazetteer does not place, reported as such.

A record's ``unresolved``: towns and county-level names the gazetteer does not hold
(kinds ``town`` and ``county-level``), and names several places hold that the text does
not tell apart (kind ``shared``, with their ``candidates``). Never guessed: a name is
resolved by :mod:`cqmap.geo.matcher` or reported here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from cqmap.geo.lexicon import Hit

__all__ = ["unresolved"]

# Place-like words the gazetteer does not know: towns, and county-level names.
_SUFFIXES = ("街道", *"镇乡县区市")
_GENERIC_ENDINGS = (
    "城区", "山区", "库区", "园区", "新区", "社区", "小区", "景区", "片区", "辖区", "港区",
    "矿区", "灾区", "示范区", "先行区", "核心区", "承载区", "功能区", "自贸区", "综保区",
    "保税区", "开发区", "试验区", "集聚区", "引领区", "创新区", "协同区", "经济区", "产业区",
    "主城区", "都市区", "市区", "郊区", "城市", "都市", "超市", "门市", "股市", "楼市", "车市",
    "全市", "各市", "本市", "该市", "区县", "市县", "各县", "全县", "该县", "本县",
    "各区", "全区", "本区", "该区", "我区", "城乡", "家乡", "故乡", "下乡", "返乡",
    "乡镇", "城镇", "集镇", "重镇", "名镇", "小镇", "特色小镇", "街道", "试点区", "发展区",
    "服务区", "办公区", "生活区", "工业区", "农业区", "旅游区", "生态区", "展区", "分区", "校区",
    "院区", "厂区", "营区", "战区", "禁区", "误区", "盲区", "专区", "赛区", "航区", "水域区",
    "地区", "上市", "跨区", "跨市", "跨县",
)  # fmt: skip
_GENERIC = frozenset(_GENERIC_ENDINGS)
# Numerals before a suffix count places of that kind (两县, 四区), no name
_COUNT_CHARS = frozenset("一二三四五六七八九十两几多数百")
# A suffix followed by these is the start of another word (市场, 区域, 县城, 乡村 ...).
_WORD_AFTER = {
    "市": set("场民委政级值面容貌长"),
    "区": set("域县位别分块划间委政长"),
    "县": set("城域级委政长"),
    "乡": set("村镇愁亲土音"),
    "镇": set("压定守静"),
    "街道": set("办"),
}
_BOUNDARY_BEFORE = '，,。；;：:、（）()“”"《》 \n在到与和及赴于从自'
_BLANK = "\x00"  # stands for the characters of known names (never in cleaned text)
_BEFORE_STEM = frozenset(_BOUNDARY_BEFORE + _BLANK)
# A suffix with a stem of two Han characters that starts the text or follows a boundary
# or a name (a blank), or else with a stem of three that does so (its first character then
# neither a boundary nor a blank): one pass finds just the candidates.
_NOT_BEFORE_STEM = f"[^{re.escape(_BOUNDARY_BEFORE)}{_BLANK}]"


_HAN = "[\u4e00-\u9fff]"
# (Matched only where str.find found a suffix: no scanning speed to keep. Checked before
# the suffix: two Han characters, then either nothing or a boundary before them, or else a
# third Han character with nothing or a boundary before it. The Han class is written
# twice, not twice a suffix: ``re`` builds the bitmap of a class one code point at a time,
# 20,000 for this one.)
_CANDIDATE = re.compile(
    f"(?<={_HAN}{{2}})"
    f"(?:(?<!{_NOT_BEFORE_STEM}..)|(?<={_HAN}..)(?<!{_NOT_BEFORE_STEM}...))"
    f"(?:{'|'.join(_SUFFIXES)})"
)


def _sentence_index(starts: Sequence[int]):
    def index(offset: int) -> int:
        return bisect_right(starts, offset, 1) - 1  # (lo=1: 0 before the first sentence too)

    return index


def unresolved(
    text: str, hits: Sequence[Hit], shared: Sequence[Hit], starts: Sequence[int]
) -> list[dict]:
    """Place-like words the gazetteer does not know (towns, other counties), and names
    several places hold that the text does not tell apart (kind ``shared``, with the
    ``candidates``), reported as such.

    A candidate is 2-3 Han characters and a suffix (镇, 乡, 街道, 县, 区, 市) that starts
    right after a known place or a boundary (punctuation, 在, 到, 与 ...), is not a
    generic word (城区, 园区, 全市 ...) and is not the start of a longer word (市场, 区域).
    The two-character stem is preferred; the three-character one is taken where only it
    starts at such a place. ``starts`` are the offsets the text's sentences start at.
    """
    sentence_of = _sentence_index(starts)
    # The text with every known name blanked out (same length): no suffix inside a name is
    # found, no stem holds a character of one, and a blank before a stem is a name's end.
    parts: list[str] = []
    pos = 0
    found: dict[str, dict] = {}
    for start, end, surface in shared:
        entry = found.setdefault(
            surface.text,
            {
                "surface": surface.text,
                "kind": "shared",
                "candidates": sorted(c.place for c in surface.choices),
                "mentions": [],
            },
        )
        entry["mentions"].append(
            {"surface": surface.text, "start": start, "end": end, "sentence": sentence_of(start)}
        )
    for start, end, _ in sorted((*hits, *shared), key=lambda h: h[:2]):
        parts.append(text[pos:start])
        parts.append(_BLANK * (end - start))
        pos = end
    parts.append(text[pos:])
    blanked = "".join(parts)
    n = len(text)
    # The suffixes' places: str.find is many times faster than a regex scanning for a set
    # of characters (and the suffixes, 街道 or one character, never overlap).
    places: list[int] = []
    for suffix in _SUFFIXES:
        pos = blanked.find(suffix)
        while pos >= 0:
            places.append(pos)
            pos = blanked.find(suffix, pos + len(suffix))
    places.sort()
    match = _CANDIDATE.match
    for pos in places:
        m = match(blanked, pos)
        if m is None:
            continue
        s_start, end = m.span()
        suffix = m.group()
        if end < n and text[end] in _WORD_AFTER[suffix]:
            continue
        start = s_start - 2
        if start and blanked[start - 1] not in _BEFORE_STEM:
            start -= 1  # (the regex saw that the longer stem starts at a boundary)
        word = text[start:end]
        if word in _GENERIC or word[-2:] in _GENERIC or word[-3:] in _GENERIC:
            continue
        if word[-2] in _COUNT_CHARS:
            continue  # (卢湾、嘉定、黄浦、宝山四区: places counted, 四区 no name's end)
        kind = "town" if suffix in ("镇", "乡", "街道") else "county-level"
        entry = found.setdefault(word, {"surface": word, "kind": kind, "mentions": []})
        entry["mentions"].append(
            {"surface": word, "start": start, "end": end, "sentence": sentence_of(start)}
        )
    return sorted(found.values(), key=lambda e: (e["mentions"][0]["start"], e["surface"]))
