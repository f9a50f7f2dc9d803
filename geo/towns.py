"""Stations and ports named after the town they lie in.

A rail station, yard, port or wharf is often named after its town (萨拉齐站, 嫘祖站,
白市驿站, 关累港), a name the gazetteer's table does not have. A township-level division
of China (``towns.json``, :mod:`cqmap.geo.data.towns`), written as it is or without its
word of kind (萨拉齐镇, 萨拉齐), right before a facility word names that facility, placed at
the town's county as the facilities of :mod:`cqmap.geo.facilities` are at theirs
(approximate). Only where the text names that county or its prefecture: a town's name is
held by many towns (城厢, 马庄 …), and one held by one town may still name a place
elsewhere that is no division (兴隆场 in Chongqing is a rail yard, 兴隆场镇 lies in Hunan);
the text's own places tell which, or nothing is read. The town is never a region.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate

from cqmap.geo.facility_names import is_own_name, station_name
from cqmap.geo.places import data_tables
from cqmap.geo.vocabulary import FACILITY_WORDS

__all__ = ["TOWN_SUFFIXES", "town_counties", "town_facilities"]

# A township's word of kind, longest first (嘉定镇街道 is 嘉定镇 without 街道)
TOWN_SUFFIXES = ("民族苏木", "民族乡", "街道", "苏木", "镇", "乡")
_SUFFIX = re.compile(f"(?:{'|'.join(TOWN_SUFFIXES)})$")
_SUFFIX_SET = frozenset(TOWN_SUFFIXES)
# The facility words a town's name may stand before (not 港区, 港口: a port's parts)
_WORD = re.compile("火车站|车站|货场|站|码头|港(?![区口务城湾航])")
# The levels of the places a text names that tell a town's county: the county itself or
# its prefecture (a province holds too many towns of one name to tell)
_TELLING = {"county", "district", "prefecture", "city", "municipality"}
_LONGEST = 6  # (珠恩嘎达布其: a town's name, without its word, of up to six characters)
# What may stand right before a town's name, besides no character of a name and a place
# or facility read (包头萨拉齐站): a word of where, of moving or of having (从萨拉齐站,
# 驶出研和站, 停进研和站, 设有太阳坪站), a railway line or office (小西线跳磴站, 郑州局圃田
# 站), a port before its station; any other character makes it the end of a longer name
# (新云台码头, 艮山口站: not the towns 云台 and 山口)
_BEFORE = frozenset("从自由在于至到往向经达抵赴的和与及、出进入开离停驶发靠泊过有是为线局港")


@cache
def town_counties() -> dict[str, list[str]]:
    """Every township's name, as written and without its word of kind (two characters or
    more), with the adcodes of the counties that hold a town of that name (a county that
    holds two, 某镇 and 某乡, is listed twice)."""
    ((columns, rows),) = data_tables("towns.json").values()
    county_at, towns_at = columns["county"], columns["towns"]
    out: dict[str, list[str]] = {}
    for row in rows:
        county = row[county_at]
        for name in row[towns_at]:
            if name in _SUFFIX_SET:
                continue  # (a township the dictionary gives no name of its own: 街道)
            out.setdefault(name, []).append(county)
            stem = _SUFFIX.sub("", name)
            if stem != name and len(stem) >= 2 and stem not in _SUFFIX_SET:
                out.setdefault(stem, []).append(county)  # (not 苏木 of 苏木乡: a word)
    return out


def town_facilities(text: str, hits: list, lex) -> list:
    """The mentions ``hits`` with the facilities named after a town added (see the
    module's docstring), in order; ``hits`` itself where there are none."""
    if not any(w in text for w in ("站", "港", "码头", "货场")):
        return hits
    gaz = lex.gazetteer
    told = {
        place
        for _, _, surface in hits
        if surface.levels and surface.levels[0] in _TELLING
        for place in surface.places
    }
    if not told:
        return hits
    index = town_counties()
    spans = sorted((a, b) for a, b, _ in hits)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # (the farthest end so far)
    added = []
    for m in _WORD.finditer(text):
        own = _town_before(text, m.start(), index)
        if own is None:
            continue
        start = m.start() - len(own)
        k = bisect_left(starts, m.end())  # (the mentions starting before its end)
        if k and reach[k - 1] > start:
            continue  # (a name read already: a place's, or a facility's)
        before = text[start - 1 : start]
        if (
            "\u4e00" <= before <= "\u9fff"
            and before not in _BEFORE
            and not (k and reach[k - 1] == start)
        ):
            continue  # (the town's name is the end of a longer name: 新云台码头)
        word = m.group()
        name = station_name(own + word)
        if not is_own_name(own) or gaz.candidates(own + word):
            continue  # (连云港: the city, in an outlet's name; not 连云's port)
        counties = [
            place
            for code in dict.fromkeys(index[own])
            if (place := gaz.get(code)) is not None and (place.name in told or place.parent in told)
        ]
        if len(counties) != 1:
            continue  # (no town of its name in the places the text names, or several)
        known = gaz.get(name)  # (新筑车站: 新筑站, the table's 西安国际港站)
        place = (
            known
            if known is not None and known.level == "port"
            else gaz.facility(name, FACILITY_WORDS[word], parent=None, host=counties[0].name)
        )
        added.append((start, m.end(), lex.facility_surface(place, own + word)))
    if not added:
        return hits
    return sorted([*hits, *added], key=lambda h: h[0])


def _town_before(text: str, end: int, index: dict) -> str | None:
    """The longest township's name right before ``end`` (as written or without its word
    of kind), if any."""
    for length in range(min(_LONGEST, end), 1, -1):
        own = text[end - length : end]
        if own in index and all("\u4e00" <= c <= "\u9fff" for c in own):
            return own
    return None
