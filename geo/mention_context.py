"""What the words around one mention say of it: the tests :func:`cqmap.geo.matcher.scan`
makes of a mention where it stands, beyond the strong contexts that confirm a weak name
(:mod:`cqmap.geo.weak_context`).

Whether a context rule's words rule a name out (:func:`rejected`: the words before or after
it, a river's bank, a part of a province told by its direction, a company named after it),
and the shorter name at the same place left when they do (:func:`shorter`); a name that is
a person's after a job title (:func:`titled`), or a train's or ship's in quotes
(:func:`names_a_service`); a weak name right after a division that does not hold it, a part
of that one (:func:`part_of_another`); a city abroad whose country the text names
(:func:`of_a_country_named`), or written with 州 after it, its oblast
(:func:`with_their_states`). Each looks at the text and the mentions, and rules nothing by
itself: scan decides in what order they are asked and what follows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.lexicon import Hit, Lexicon, Surface
from cqmap.geo.place_context import (
    COMPANY_NAMED_AFTER,
    NAMED_SERVICE_AFTER,
    NAMED_SERVICE_BEFORE,
    STRONG_AFTER_FACILITY,
    TITLED_PERSON_BEFORE,
    Rule,
)
from cqmap.geo.weak_context import of_china

__all__ = [
    "DIVISION_AFTER",
    "names_a_service",
    "of_a_country_named",
    "part_of_another",
    "rejected",
    "shorter",
    "titled",
    "with_their_states",
]

_RIVER_BEFORE = re.compile(r"(?:长江|嘉陵江|乌江|渠江|河|段)[^，。、；;,\s]{0,8}\Z")
# A river named in the sentences just before (a bank told at a sentence's start is its)
_RIVER_NAMED = re.compile("长江|嘉陵江|乌江|渠江|江面|江边|沿江")


# A part of a province named by its short name and a direction (川东, 鄂西, 陕南; not the
# provinces 陕西 and 渝北 district), as lists of areas name them
_PROVINCE_ONE = "[川黔湘鄂陕渝滇桂豫皖赣粤闽甘]"
_PROVINCE_PART = f"(?!陕西|渝北){_PROVINCE_ONE}(?:东北|东南|西北|西南|东|西|南|北)"
# (鄂湘西部, 陕甘南部: the west of 鄂 and 湘, the south of 陕 and 甘; 湘西部分县 is 湘西's)
_PART_BEFORE = re.compile(rf"(?:{_PROVINCE_PART}[、和及]?|{_PROVINCE_ONE})\Z")
_PART_AFTER = re.compile(
    rf"(?:[、和及]?{_PROVINCE_PART}(?![\u4e00-\u9fff]{{0,2}}[市州县区]))|地区|部(?!分)"
)


def rejected(text: str, start: int, end: int, rule: Rule) -> bool:
    if rule.river_bank and _RIVER_BEFORE.search(text, max(0, start - 12), start):
        return True
    if (
        rule.river_bank
        and text[end : end + 1] in ("，", ",")
        and (start == 0 or text[start - 1] in "。！？\n")
        and _RIVER_NAMED.search(text, max(0, start - 60), start)
    ):
        return True  # (长江…江面开阔,货轮往来不断。南岸,新田港二期已现雏形: the bank)
    if rule.direction and (
        _PART_BEFORE.search(text, max(0, start - 4), start) or _PART_AFTER.match(text, end)
    ):
        return True
    if rule.before:
        head = text[max(0, start - 4) : start]
        if any(head.endswith(b) for b in rule.before):
            return True
    if rule.after:
        tail = text[end : end + 6]
        if any(tail.startswith(a) for a in rule.after):
            return True
    return rule.company and COMPANY_NAMED_AFTER.match(text, end) is not None


def shorter(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, Surface | None]:
    """The longest name that starts at ``start`` and ends before ``end``, if any."""
    for stop in range(end - 1, start + 1, -1):
        surface = lex.surfaces.get(text[start:stop])
        if surface is not None:
            return stop, surface
    return end, None


# Places that hold others: one right before a weak name it does not hold shows the name
# is a part of it that the gazetteer does not know (成都城厢, a town of 成都).
_HOLDERS = frozenset({"municipality", "prefecture", "province", "country"})


def part_of_another(hits: list[Hit], i: int, lex: Lexicon, text: str = "") -> bool:
    """Whether mention ``i`` comes right after a division that does not hold it: a city or
    province, or a district or county when a facility word follows (青白江区城厢火车站:
    a station of 青白江区, not one of 莆田's 城厢区), or a short name of China's before a
    place abroad (韶关北江港区)."""
    if i == 0:
        return False
    p_start, p_end, previous = hits[i - 1]
    if p_end != hits[i][0] or previous.shared or previous.form == "composite":
        return False
    gaz = lex.gazetteer
    if previous.rule is not None and previous.rule.weak:
        # (a weak name of China's before a city abroad it names a part of: 韶关北江港区 is
        # a port area of 韶关 on the 北江, not of Bac Giang in Vietnam)
        return gaz.in_china(previous.place) and not gaz.in_china(hits[i][2].place)
    outer = gaz.places[previous.place]
    if previous.place in gaz.ancestors(hits[i][2].place) or of_china(previous, hits[i][2], gaz):
        return False
    if outer.level in _HOLDERS:
        return True
    return outer.level in ("district", "county") and bool(
        STRONG_AFTER_FACILITY.match(text, hits[i][1])
    )


def with_their_states(text: str, raw: list[Hit], lex: Lexicon) -> list[Hit]:
    """The hits, a city abroad written with 州 after it (俄罗斯卡卢加州沃尔西诺站: the oblast
    named after the city) taking the 州 in, so that what follows is read as in it."""
    gaz = lex.gazetteer
    out = []
    for k, (start, end, surface) in enumerate(raw):
        if (
            text[end : end + 1] == "州"
            and surface.form == "name"
            and gaz.places[surface.place].level == "city"
            and not gaz.in_china(surface.place)
            and k + 1 < len(raw)
            and raw[k + 1][0] == end + 1
        ):
            end, surface = end + 1, replace(surface, text=text[start : end + 1])
        out.append((start, end, surface))
    return out


def titled(text: str, start: int) -> bool:
    """Whether a job title comes right before the name at ``start`` (市长韩国瑜: a person's
    name, :data:`TITLED_PERSON_BEFORE`)."""
    return start > 1 and TITLED_PERSON_BEFORE.search(text, max(0, start - 3), start) is not None


def names_a_service(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands in a train's or ship's name in quotes
    (“兰州号”, “正利长沙”号): :data:`NAMED_SERVICE_BEFORE`, :data:`NAMED_SERVICE_AFTER`."""
    return bool(
        NAMED_SERVICE_AFTER.match(text, end)
        and NAMED_SERVICE_BEFORE.search(text, max(0, start - 5), start)
    )


def of_a_country_named(surface: Surface, countries: set[str], gaz: Gazetteer) -> bool:
    """Whether a weak name is a city abroad of three characters or more whose country the
    text names in full (哈萨克斯坦 … 阿拉木图缓缓启程, 俄罗斯 … 到达莫斯科沃尔西诺): such a
    name is no word of Chinese, and its country tells the story is about it; not a name of
    two characters (汉堡, 大分: words), nor a city whose country is not named."""
    place = gaz.places[surface.place]
    return (
        place.level == "city"
        and len(surface.text) >= _CITY_NAME_NO_WORD
        and place.parent is not None
        and place.parent in countries
    )


# A word of a division right after a city's name abroad: the division named after the city
# (萨马拉州, 圣贝纳迪诺郡, 克拉斯诺达尔边疆区), not the city
DIVISION_AFTER = re.compile("州|郡|省|边疆区")
# The length from which a city's name abroad is no word of Chinese (阿拉木图, 杜伊斯堡, 莫斯科;
# 汉堡, 大分, 米兰 are words or names of things)
_CITY_NAME_NO_WORD = 3
