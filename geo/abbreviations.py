"""Places named by one character of their names, where no longer name covers them.

A province's one-character name (渝, 川, 黔 …: :data:`cqmap.geo.regions.ABBREVIATIONS_OF_VISITS`)
is the province right after a verb of going or being there and before what is done there
(来渝考察, 赴川调研, 在渝期间; 来渝北区 is 渝北区). A county's news names itself after 来 by
the first character of its name (华蓥市代表团来璧考察): that is the district, county or city
the text names in full, where exactly one starts with it. Three or more provinces written by
their one-character names, then their count (湘鄂渝黔四省市) or a joint meeting of theirs
(川陕渝地方政协…联合协商会议), are one group of those provinces, as a composite's name is.

:func:`cqmap.geo.matcher.scan` adds these to the lexicon's hits before its context rules:
the lexicon itself holds no name of one character, which would be read in every word.
"""

from __future__ import annotations

import re

from cqmap.geo.lexicon import Hit, Lexicon, Surface
from cqmap.geo.regions import (
    ABBREVIATIONS_OF_VISITS,
    PROVINCE_ABBREVIATIONS,
    VISIT_DEEDS,
    VISIT_VERBS,
)
from cqmap.geo.vocabulary import JOINT_MEETING, JOINT_MEETING_REACH, NUMERALS

__all__ = ["with_counted_groups", "with_one_character_names"]

# 来渝考察, 赴川, 在渝期间: a province's one-character name where it is visited
_VISITED = re.compile(
    f"[{VISIT_VERBS}]([{''.join(ABBREVIATIONS_OF_VISITS)}])"
    f"(?=[，,。；;、：:\\s）)]|{'|'.join(VISIT_DEEDS)})"
)
# 来璧考察, 率队来秀对接: a county's news on its guests names itself by the first character
# of its name after 来 (a word's second character: 来自, 来说, 来访 … is none)
_HOSTED = re.compile(
    "来(?![自说看源访到往电信临回去年此京])([\u4e00-\u9fff])"
    f"(?=[，,。；;、：:\\s]|{'|'.join(VISIT_DEEDS)})"
)
_HOST_LEVELS = frozenset({"district", "county", "zone", "prefecture"})


# Provinces by their one-character names, three or more, then their count (湘鄂渝黔四省市,
# 川陕渝三省, 渝川黔三地): a group of those provinces, as a composite's name is
_COUNTED_GROUP = re.compile(
    f"([{''.join(PROVINCE_ABBREVIATIONS)}]{{3,6}})([三四五六])"
    "(?:个)?(?=省区市|省市区|省市|省区|省份|省|地|方)"
)


# ... or then a joint meeting of theirs, in the clause (川陕渝地方政协推进…联合协商会议, 滇桂黔川渝
# 铁路运输第六次联席会议); not where they name the area whose places meet (渝湘黔少数民族毗邻地区
# 司法协作联席会: the border counties' courts)
_MEETING_GROUP = re.compile(
    # (nor an area named so, 川陕苏区, 陕甘宁边区)
    f"([{''.join(PROVINCE_ABBREVIATIONS)}]{{3,6}})(?![区边])"
    f"(?=(?:(?!毗邻|地区|区域|交界|边界|接壤)[^，,。；;]){{0,{JOINT_MEETING_REACH}}}?{JOINT_MEETING})"
)


def with_counted_groups(text: str, raw: list[Hit], lex: Lexicon) -> list[Hit]:
    """The hits with each group of provinces counted (:data:`_COUNTED_GROUP`) or holding a
    joint meeting (:data:`_MEETING_GROUP`) as one composite hit of its provinces, in place of
    the names found inside it (湘鄂渝黔四省市: 湖南, 湖北, 重庆 and 贵州, not 渝黔 and the
    others)."""
    if not (_COUNTED_GROUP.search(text) or _MEETING_GROUP.search(text)):
        return raw
    groups = []
    counted = [(m, NUMERALS[m.group(2)]) for m in _COUNTED_GROUP.finditer(text)]
    for m, count in counted + [(m, None) for m in _MEETING_GROUP.finditer(text)]:
        run = m.group(1)
        if any(s < m.end(1) and m.start(1) < e for s, e, _ in groups):
            continue  # (a group counted and holding a meeting: once)
        places = tuple(dict.fromkeys(PROVINCE_ABBREVIATIONS[c] for c in run))
        if count not in (None, len(run)) or len(places) != len(run):
            continue  # (the count is of the names: 四省市 after four of them)
        levels = tuple(lex.gazetteer.places[p].level for p in places)
        groups.append((m.start(1), m.end(1), Surface(run, places, "composite", None, levels, "B")))
    if not groups:
        return raw
    inside = [h for h in raw if not any(s <= h[0] < e for s, e, _ in groups)]
    return sorted(inside + groups, key=lambda h: h[0])


def with_one_character_names(text: str, raw: list[Hit], lex: Lexicon) -> list[Hit]:
    """The hits with each one-character name of a place that no other name covers: a
    province visited (:data:`_VISITED`), or a host (:data:`_HOSTED`) where exactly one
    district, county or city the text names in full starts with that character."""
    if not (_VISITED.search(text) or _HOSTED.search(text)):
        return raw
    named: dict[str, set[str]] = {}
    for _, _, surface in raw:
        if surface.places and not surface.shared and not (surface.rule and surface.rule.weak):
            place = lex.gazetteer.places.get(surface.place)
            if place is not None and place.level in _HOST_LEVELS:
                named.setdefault(surface.place[0], set()).add(surface.place)
    # (a host first: 来黔考察 in a text naming 黔江区 is 黔江, not Guizhou)
    found = []
    for m in _HOSTED.finditer(text):
        held = named.get(m.group(1))
        if held is not None and len(held) == 1:
            found.append((m, next(iter(held))))
    found += [(m, ABBREVIATIONS_OF_VISITS[m.group(1)]) for m in _VISITED.finditer(text)]
    taken = {i for start, end, _ in raw for i in range(start, end)}
    extra = []
    for m, name in found:
        place = lex.surfaces.get(name)
        if m.start(1) not in taken and place is not None and not place.shared:
            surface = Surface(
                m.group(1), place.places, "abbreviation", None, place.levels, place.cls
            )
            extra.append((m.start(1), m.end(1), surface))
            taken.add(m.start(1))  # (one place per character)
    return sorted(raw + extra, key=lambda h: h[0]) if extra else raw
