"""The strong contexts that confirm a weak name (a short form, a foreign city, a country
whose name is also a word or a person's) as a place, where no full name of it in the
text does (:func:`cqmap.geo.matcher.scan` asks, mention by mention): a list with another
place, or told as places (昭通、六盘水等地); a dash to another place (重庆—万象, or past a
stop the gazetteer does not know, 南京—关西—广岛); a middle dot to another division of China
before what the two do together (重庆·巴里坤职教共建); two places written together before
what they do together (济宁万州签订); places abroad, or cities of China's prefectures,
listed together; a place that holds it before it, with 的 (俄罗斯的莫斯科) or 中国
(中国义乌), or in brackets after it (印度(德里、孟买)); a company's name a prefecture's
city starts (沈阳陆桥国际货运代理有限公司); places listed with what is theirs (常州的电机、
湖州的童装)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.place_context import (
    DASHES,
    LISTED_AS_PLACES,
    RUN_TOGETHER,
    STRONG_AFTER_RE,
    WORD_GOES_ON,
    listed_together,
)
from cqmap.geo.vocabulary import COMPANY_WORDS, DIRECTIONS, PART_OF

if TYPE_CHECKING:
    from cqmap.geo.lexicon import Hit, Surface

__all__ = [
    "aside_of_its_holder",
    "owners_listed",
    "dashed",
    "dotted",
    "goods_listed",
    "held_by_the_one_before",
    "in_list",
    "listed_abroad",
    "names_a_company",
    "of_china",
    "run_together",
]


def of_china(outer: Surface, inner: Surface, gaz: Gazetteer) -> bool:
    """Whether ``outer`` is 中国 and ``inner`` a place of China (中国义乌: China's)."""
    return outer.place == "中国" and gaz.in_china(inner.place)


# What lies between a place and a place in it told after it (俄罗斯的莫斯科, 德国北部汉堡)
_OF_OR_PART = re.compile(f"的|{PART_OF}")


def held_by_the_one_before(text: str, raw: list[Hit], i: int, gaz: Gazetteer) -> bool:
    """Whether mention ``i`` comes after a place that holds it and 的 or the part of it
    the place lies in (俄罗斯的莫斯科, 德国北部的汉堡: the country says where the city is, as
    俄罗斯莫斯科 does), or right after 中国 (从中国义乌发出: a place of China told so)."""
    if i == 0:
        return False
    _, p_end, previous = raw[i - 1]
    if p_end == raw[i][0] and of_china(previous, raw[i][2], gaz):
        return not WORD_GOES_ON.match(text, raw[i][1])  # (中国中西部: no 中西区)
    return (
        p_end < raw[i][0]
        and _OF_OR_PART.fullmatch(text, p_end, raw[i][0]) is not None
        and not previous.shared
        and previous.form != "composite"
        and previous.place in gaz.ancestors(raw[i][2].place)
    )


def dashed(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` and a neighbouring one have only a dash between them, or a
    stop of a line the gazetteer does not know between two dashes (南京—关西—广岛), or
    it is followed by 到 and a place (济宁到重庆万州: a route's ends, as with a dash), or
    by 至 or 经 and a place where it is a name in full of three characters or more
    (洛杉矶经郑州至墨西哥城; not 北上经满洲里, going north, though 北上 is a city of Japan)."""
    start, end, surface = raw[i]
    if (
        i + 1 < len(raw)
        and raw[i + 1][0] == end + 1
        and (
            text[end] == "到"
            or (text[end] in "至经" and surface.form == "name" and end - start >= 3)
        )
        and not (i and raw[i - 1][1] == start)  # (潼南双江到玉溪: towns of the place before)
    ):
        return True
    before = (
        i
        and raw[i - 1][1] < start
        and text[start - 1] in _DASH_CHARS  # (a character looked at first, the cheapest)
        and _DASHED.fullmatch(text, raw[i - 1][1], start)
    )
    # (怀化西-万象南: a city's station by its direction, the direction before the dash)
    at = (
        end + 1
        if text[end : end + 1] in tuple(DIRECTIONS) and text[end + 1 : end + 2] in tuple(DASHES)
        else end
    )
    after = (
        i + 1 < len(raw)
        and at < raw[i + 1][0]
        and text[at] in _DASH_CHARS
        and _DASHED.fullmatch(text, at, raw[i + 1][0])
    )
    return bool(before or after)


_DASH_RUN = f"[{re.escape(DASHES)}]+"
# (昆明一怀化: 一 between two places stands for a dash in pages typed carelessly)
_DASHED = re.compile(f"{_DASH_RUN}(?:[\u4e00-\u9fff]{{2,4}}{_DASH_RUN})?|一")
_DASH_CHARS = DASHES + "一"


# The levels of places that articles write together as a pair (济宁万州, 江北酉阳); not a
# province or the municipality, which a word may come before (山城重庆, 美丽四川)
_PAIRED_LEVELS = frozenset({"district", "zone", "county", "prefecture"})


def run_together(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` and the next are two places written together before what
    the two do together (济宁万州签订, 江北酉阳携手)."""
    if i + 1 >= len(raw) or raw[i + 1][0] != raw[i][1]:
        return False
    first, second = raw[i][2], raw[i + 1][2]
    return (
        bool(first.levels and first.levels[0] in _PAIRED_LEVELS)
        and bool(second.levels and second.levels[0] in _PAIRED_LEVELS)
        and RUN_TOGETHER.match(text, raw[i + 1][1]) is not None
    )


# A middle dot between two places of China writes them as partners under the title of
# what they do together (重庆·巴里坤职教共建, 城口·万源协作会议), as a dash writes
# a line's ends: the divisions it joins (not a city abroad: a foreign person's name is
# written with the same dot), and the words of their working together told right after
# (not a park, a train or a hall named so: 东营·酉阳产业园, 静安·夷陵号, 重庆·北川展销馆)
_DOTS = "·•・‧"
_DOTTED_LEVELS = frozenset({"municipality", "province", "prefecture", "district", "county", "zone"})
_DOTTED_TOGETHER = re.compile(
    "[^，,。；;！？!?\n]{0,10}?(?:合作|协作|协同|共建|结对|对口|帮扶|联席|座谈|交流|携手)"
)


def dotted(text: str, raw: list[Hit], i: int, gaz: Gazetteer) -> bool:
    """Whether mention ``i`` and a neighbouring one have only a middle dot between them,
    both divisions of China, before the words of their working together (重庆·巴里坤职教
    共建: the county, weak alone, is a place)."""
    start, end, surface = raw[i]
    if surface.form == "composite" or not _dotted_division(surface, gaz):
        return False
    before = i and raw[i - 1][1] + 1 == start and text[start - 1] in _DOTS
    after = i + 1 < len(raw) and raw[i + 1][0] == end + 1 and text[end] in _DOTS
    return any(
        near
        and raw[k][2].form != "composite"
        and _dotted_division(raw[k][2], gaz)
        and _DOTTED_TOGETHER.match(text, max(end, raw[k][1])) is not None
        for near, k in ((before, i - 1), (after, i + 1))
    )


def _dotted_division(surface: Surface, gaz: Gazetteer) -> bool:
    return (
        len(surface.places) == 1
        and bool(surface.levels)
        and surface.levels[0] in _DOTTED_LEVELS
        and gaz.in_china(surface.places[0])
    )


# Places abroad (a foreign city or country), or cities of China (a prefecture's, or a
# county-level city): three or more places abroad, or two or more cities of China, listed
# together confirm each other (航点包括列日、纽约、悉尼、布拉格: cities abroad; 辐射太原、银川、
# 石家庄等地, 继芜湖、铜陵之后, 经石河子、奎屯: cities of China, though each is weak; a city's
# short name is seldom a word, and two of them side by side are places)
_ABROAD_LEVELS = frozenset({"city", "country"})
_LISTED_ABROAD = 3
_LISTED_CITIES = 2


def _listed_kind(gaz: Gazetteer, name: str) -> str | None:
    """The kind of place a name of a list is, for :func:`listed_abroad`: abroad, a city
    of China (a prefecture's, or a county-level city: 石河子市, 奎屯市), or neither
    (``None``; a county's or a district's name, as often a station's or a lock's)."""
    place = gaz.places.get(name)
    if place is None:
        return None
    if place.level in _ABROAD_LEVELS and place.name != CHINA:
        return "abroad"
    city = place.level == "prefecture" or (place.level == "county" and place.name.endswith("市"))
    return "city" if city else None


def listed_abroad(text: str, raw: list[Hit], i: int, gaz: Gazetteer) -> bool:
    """Whether mention ``i``, a place abroad or a city of a prefecture of China, is one of
    at least :data:`_LISTED_ABROAD` places abroad or :data:`_LISTED_CITIES` cities listed
    together (each next to the other, parted by a joiner)."""

    def joined(k: int) -> bool:  # (mentions k and k + 1 listed together)
        return listed_together(text, raw[k][1], raw[k + 1][0])

    # (a name listed with no other is no list: looked at first, the cheapest)
    if not ((i and joined(i - 1)) or (i + 1 < len(raw) and joined(i))):
        return False
    kind = _listed_kind(gaz, raw[i][2].place)
    if kind is None:
        return False

    def alike(k: int) -> bool:
        return _listed_kind(gaz, raw[k][2].place) == kind

    first = last = i  # (walked only as far as the count needs: linear in long lists)
    while (
        last - first + 1 < _LISTED_ABROAD and first > 0 and joined(first - 1) and alike(first - 1)
    ):
        first -= 1
    while (
        last - first + 1 < _LISTED_ABROAD
        and last + 1 < len(raw)
        and joined(last)
        and alike(last + 1)
    ):
        last += 1
    return last - first + 1 >= (_LISTED_CITIES if kind == "city" else _LISTED_ABROAD)


# After a prefecture's city named short: the rest of a company's name, a few words and a
# company word (苏州佳世达电通公司, 沈阳陆桥国际货运代理有限公司, 安徽港口集团合肥有限公司);
# not a port of its name first (舟山港物流集团: the port's company)
_COMPANY_NAMED_AFTER = re.compile(f"(?!港)[\u4e00-\u9fff]{{0,12}}?(?:{'|'.join(COMPANY_WORDS)})")


# After a prefecture's city named short in brackets: the bracket closed, then the company
# word (某某电子(苏州)有限公司, 某某物流(无锡)股份公司: the company's branch of that city)
_COMPANY_BRACKET_CLOSED = re.compile(f"[)）](?:{'|'.join(COMPANY_WORDS)})")


# After a prefecture's city named short: a university or college of the city, an
# organisation named after it as a company is (嘉兴大学, 苏州大学, 宁波职业技术学院)
_SCHOOL_WORDS = ("大学", "学院", "职业技术学院")


# Before a prefecture's city named short and 局: a railway's bureau of that city (国铁太原局,
# 中国铁路沈阳局)
_RAILWAY_BEFORE = re.compile("(?:国铁|铁路)\\Z")


def names_a_company(text: str, raw: list[Hit], i: int, gaz: Gazetteer) -> bool:
    """Whether mention ``i``, the city of a prefecture, starts a company's or a school's
    name, or names a railway's bureau (a name inside an organisation's name is the place:
    沈阳陆桥国际货运代理有限公司, 嘉兴大学 and 国铁沈阳局 are their cities')."""
    start, end, surface = raw[i]
    place = gaz.places.get(surface.place)
    if place is None or place.level != "prefecture":
        return False
    if text[end : end + 1] == "局" and _RAILWAY_BEFORE.search(text, max(0, start - 2), start):
        return True
    if text[start - 1 : start] in ("(", "（") and _COMPANY_BRACKET_CLOSED.match(text, end):
        return True  # (某某光电(苏州)有限公司: the company's own place, in brackets)
    if text.startswith(_SCHOOL_WORDS, end):
        return True  # (嘉兴大学, 宁波职业技术学院: a school named after its city)
    return _COMPANY_NAMED_AFTER.match(text, end) is not None


# How far along a list of names its ends are looked for (昭通、六盘水等地: what they
# are; 印度(德里、孟买): whose)
_LIST_REACH = 40


def aside_of_its_holder(text: str, raw: list[Hit], i: int, gaz: Gazetteer) -> bool:
    """Whether mention ``i`` is listed in brackets right after a place that holds it, or
    is that place (印度(德里、孟买), 尼泊尔(加德满都): a country and its cities)."""
    start, end, surface = raw[i]
    if text[end : end + 1] in ("(", "（") and i + 1 < len(raw) and raw[i + 1][0] == end + 1:
        return surface.place in gaz.ancestors(raw[i + 1][2].place)
    if not start or text[start - 1] not in "、(（":
        return False  # (no list or bracket before it: looked at first, the cheapest)
    k, reach = i, max(0, i - _LIST_REACH)  # (bounded: linear in long lists)
    while k > reach and raw[k - 1][1] == raw[k][0] - 1 and text[raw[k][0] - 1] == "、":
        k -= 1
    at = raw[k][0] - 1
    if k == 0 or at < 0 or text[at] not in "(（" or raw[k - 1][1] != at:
        return False
    return raw[k - 1][2].place in gaz.ancestors(surface.place)


# A joiner after a name, then characters of a name up to the next one: the next begins
# inside an item of its own (卢森堡、比隆德: 隆德 is no item)
_TAIL_OF_AN_ITEM = re.compile("[、，,和及与][\u4e00-\u9fff]{1,3}")


def in_list(text: str, raw: list[Hit], i: int, dropped: set[int]) -> bool:
    """Whether mention ``i`` sits in a list with a neighbouring place name that is not
    weak, or weak and kept already (老挝琅勃拉邦和万象: the first confirmed by its country),
    or in a list told as places (昭通、六盘水等地; 湖州、杭州、嘉兴3个市)."""
    start, end, _ = raw[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(raw):
            continue
        o_start, o_end, other = raw[j]
        if other.rule is not None and other.rule.weak and (j > i or j in dropped):
            continue
        if listed_together(text, *((o_end, start) if j < i else (end, o_start))):
            return True
    # The list walked on from it, where it goes on (bounded: linear in long lists): a name
    # in it that is not weak, or a strong context after its last that the list shares,
    # confirms it (崇左、来宾、贵港至粤港澳大湾区); so does a list told as places (昭通、六盘水等地)
    last, reach = i, min(len(raw) - 1, i + _LIST_REACH)
    while last < reach and listed_together(text, raw[last][1], raw[last + 1][0]):
        last += 1
        if raw[last][2].rule is None or not raw[last][2].rule.weak:
            return True
    if last > i and STRONG_AFTER_RE.match(text, raw[last][1]):
        return True
    if last == i and i > 0 and _TAIL_OF_AN_ITEM.fullmatch(text, raw[i - 1][1], start):
        return False  # (列日、比隆德等地: the end of a name the gazetteer does not know)
    # (a count only after a list: 湖州、杭州3个市, not 杭州3个市场)
    return LISTED_AS_PLACES.match(text, raw[last][1]) is not None and (
        text.startswith("等", raw[last][1])
        or last > i
        or (i > 0 and listed_together(text, raw[i - 1][1], start))
    )


# A name, 的 and what is its (a few words), then a joiner: one item of a list of places'
# goods or parts (常州的电机、湖州的童装; 许昌的假发、南阳的玉器和洛阳的轴承)
_ITEM_OF_A_PLACE = re.compile("的[^，,。；;、和及与或]{1,12}[、和及与或]")


# A name and its goods (a few characters, no 的), then a joiner or the list's 等: one item of
# a list of goods each named by its place (朔州陶瓷、吕梁核桃等特色产品) ...
_GOODS_ITEM = re.compile("[^，,。；;、和及与或等的\\s]{1,6}?(?:[、和及与或]|(?=等))")
# ... the list closed by 等 and the goods' word (等特色产品, 等优质农产品, 等商品)
_GOODS_CLOSED = re.compile("[^，,。；;]{0,60}?等[^，,。；;]{0,8}?(?:产品|特产|商品|货物)")


def goods_listed(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` starts an item of a list of goods each named by its place, next
    to another item so named, the list closed by 等 and the goods' word (朔州陶瓷、吕梁核桃
    和忻州法兰等特色产品; 邻水脐橙、广安蜜柚等农产品: the places they come from; the
    matcher asks it of places of China only)."""
    start, end, _ = raw[i]
    item = _GOODS_ITEM.match(text, end)
    if item is None or _GOODS_CLOSED.match(text, end) is None:
        return False
    if i + 1 < len(raw) and raw[i + 1][0] == item.end():
        if _GOODS_ITEM.match(text, raw[i + 1][1]) is not None:
            return True
    if i == 0:
        return False
    before = _GOODS_ITEM.match(text, raw[i - 1][1])
    return before is not None and before.end() == start


def owners_listed(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` and a neighbouring one each stand before 的 and what is theirs,
    the two items listed together (常州的电机、湖州的童装: the places the goods come
    from)."""
    start, end, _ = raw[i]
    if text[end : end + 1] != "的":
        return False
    item = _ITEM_OF_A_PLACE.match(text, end)
    if (
        item is not None
        and i + 1 < len(raw)
        and raw[i + 1][0] == item.end()
        and text[raw[i + 1][1] : raw[i + 1][1] + 1] == "的"
    ):
        return True
    if i == 0 or text[raw[i - 1][1] : raw[i - 1][1] + 1] != "的":
        return False
    item = _ITEM_OF_A_PLACE.match(text, raw[i - 1][1])
    return item is not None and item.end() == start
