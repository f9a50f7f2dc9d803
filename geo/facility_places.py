"""The facility a place names with a facility word right after it.

A place, then a facility word, names a facility of that place (綦江港, 南川站, 大阪港,
昆明无水港; 开州港口 is 开州港, 南充市火车站 南充站), and a city's station is named by its
direction alone in a chain of a line's ends (“怀化西-万象南”班列). Not after a place's
full name (万州区港口物流 is no facility) but of two characters (藤县港区) or where the
two name a port of the table (南宁市国际铁路港), nor a word that is an office's there
(隶属长沙铁路物流中心, …物流中心相关负责人), nor a province's or the municipality's ports
of entry as one (重庆口岸). The facility's part told right after it is read with it
(万州站货场, 赣州国际陆港站, 长沙新港汽车滚装码头), and a railway bureau's short name or an
operator's letters before it are part of its name (济铁菏泽物流园, CSP武汉码头). A province's
facility at its city in brackets is named as written (江苏(苏州)国际铁路物流中心).
:func:`facility_after_place` and :func:`provinces_city_facility` read them for
:func:`cqmap.geo.facilities.facilities`.
"""

from __future__ import annotations

import re

from cqmap.geo.facility_names import NAMED, NOT_AFTER_FACILITY, station_name
from cqmap.geo.facility_parts import AFTER_FACILITY, STATION_PARTS
from cqmap.geo.gazetteer import WATER_PORT_KINDS
from cqmap.geo.places import Place
from cqmap.geo.vocabulary import DASHES, DIRECTIONS, FACILITY_WORDS

__all__ = [
    "DIVISION_ENDINGS",
    "RAILWAY_BUREAUS",
    "STATION_AFTER_FULL_NAME",
    "facility_after_place",
    "provinces_city_facility",
    "short_of_a_table_port",
]


# A station's yard right after it (万州站货场, 汉寿南站货运场; 郑州北站编组场, its
# marshalling yard)
_STATION_YARD = re.compile("货运场|货场|编组场|编组站")


# (北京营业网点: a bank's as well; an outlet only of a railway's hub, 北京铁路物流中心琉璃河营业网点)
# (or only with a name of its own: 保山蒲缥物流中心, 济南董家铁路货运中心; 南京铁路货运中心 may be
# an office)
_ONLY_AFTER_FACILITY = (*STATION_PARTS, "营业网点", "物流中心", "铁路货运中心")


_AFTER_PLACE = re.compile(
    f"(?:{'|'.join(sorted(set(FACILITY_WORDS) - set(_ONLY_AFTER_FACILITY), key=len, reverse=True))})"
    f"{NOT_AFTER_FACILITY}"
)


# A city's station by its direction, written without 站 in a chain of a line's ends
# (“怀化西-万象南”班列, 成都-重庆西): the direction, right before a dash or right after
# one and before the chain's end (a quote, or the service's word)
_BEFORE_DASH = re.compile(f'[{DIRECTIONS}](?=[”"]?[{re.escape(DASHES)}])')


_AT_CHAIN_END = re.compile(f'[{DIRECTIONS}](?=[”"]|班列|专列)')


def _station_in_chain(text: str, start: int, end: int) -> re.Match | None:
    """The direction after a place at ``start``–``end`` that names its station in a chain
    of a line's ends (:data:`_BEFORE_DASH`, :data:`_AT_CHAIN_END`), else None."""
    m = _BEFORE_DASH.match(text, end)
    if m is None and text[max(0, start - 2) : start].lstrip('“"')[-1:] in tuple(DASHES):
        m = _AT_CHAIN_END.match(text, end)
    return m


DIVISION_ENDINGS = frozenset("区县市省州旗盟")


# A facility word as a facility's name writes it (开州港口 is 开州港, 吉隆边境口岸 吉隆口岸;
# 某市海运港, 某市水运港: the place's port, told by the way its goods go)
_WORD_IN_NAME = {"港口": "港", "边境口岸": "口岸", "海运港": "港", "水运港": "港"}


# A city's railway station after its full name (拉萨市火车货运站, 南充市火车站; a city's
# station by its direction, 蚌埠市北站): the station of the city, where a port after it
# would be the city's ports (万州区港口物流)
STATION_AFTER_FULL_NAME = re.compile(
    "火车(?:货运)?[东西南北]?站|货运[东西南北]?站|(?<=市)[东西南北]站"
)
# A station named by its direction alone (北站): after a city's full name, the city's
_DIRECTION_STATION = frozenset(f"{d}站" for d in DIRECTIONS)


# A railway group's short name, before a place's facility that it runs, is part of the
# facility's name (济铁菏泽物流园, 济铁胶州物流园: 中国铁路济南局's)
RAILWAY_BUREAUS = frozenset(
    ("京铁", "哈铁", "沈铁", "呼铁", "太铁", "济铁", "郑铁", "武铁", "西铁", "上铁", "南铁",
     "广铁", "成铁", "昆铁", "兰铁", "乌铁",
     # (中铁天津集装箱中心站: China Railway's container centre at the place, named so)
     "中铁")
)  # fmt: skip


# An operator's Latin letters before a place's terminal (CSP武汉码头), part of its name
_LATIN_LEAD = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}\Z")


def facility_after_place(
    text: str, raw: list, i: int, start: int, short: str | None, gaz
) -> tuple[Place | None, int, int]:
    """The facility a place names with a facility word right after it (綦江港, 开州港口,
    怀化西 in a chain of stations, 南充市火车站), and its part told right after
    (万州站货场, 赣州国际陆港站, 长沙新港汽车滚装码头): the facility, where its name ends and
    where it starts (济铁菏泽物流园, CSP武汉码头: the railway's or the operator's letters
    before it are its name's); else None, the place's end and its start. ``short`` is the
    place's name as a table port's head (:func:`short_of_a_table_port`), if it is one."""
    _, end, surface = raw[i]
    level = surface.levels[0] if surface.levels else None
    place, end_at = None, end
    # (a short name: 綦江港, 开州港; after a full one, 万州区港口物流 is no facility)
    m = _AFTER_PLACE.match(text, end) or _station_in_chain(text, start, end)
    if (
        m is not None
        and not (level == "country" and m.group() != "港")
        # (重庆口岸, 四川口岸, 贵州航空口岸: a province's ports of entry as one, for customs)
        and not (level in ("province", "municipality") and m.group() in ("口岸", "航空口岸"))
        # (河南铁路枢纽, 云南最大铁路枢纽: a province's railways, no one hub)
        and not (level == "province" and m.group() == "铁路枢纽")
        # (a name of its own starts inside: 江北机场 is not 江北 + 机场)
        and not (i + 1 < len(raw) and raw[i + 1][0] < m.end())
        # (怀化西货运站(隶属长沙铁路物流中心): the office a unit belongs to; 重庆铁路物流
        # 中心团结村营业部, …物流中心相关负责人: the office, its branch or its staff)
        and not (
            m.group().endswith("中心")
            and (
                _BELONGS_TO.search(text, max(0, start - 4), start)
                or _OF_A_COMPANY.search(text, max(0, start - 2), start)
                or _OFFICE_STAFF.match(text, m.end())
            )
        )
        # (主管一省货运的某地铁路物流中心, 某地铁路物流中心拥有…: the railway's freight office
        # named after its city, told as a body; a yard only where a run leaves or reaches it,
        # or where a unit of its own name follows, 北京铁路物流中心某某营业网点)
        and not (
            m.group() == "铁路物流中心"
            and not _RUN_AT.search(text, max(0, start - 2), start)
            and not NAMED.match(text, m.end())
        )
    ):
        # (开州港口 is 开州港: 港口 is the word for any port; 吉隆边境口岸 is 吉隆口岸;
        # 怀化西 in a chain, 怀化西站)
        word = _WORD_IN_NAME.get(m.group(), m.group())
        word = word + "站" if len(word) == 1 and word in DIRECTIONS else word
        # (南宁市国际铁路港: the table's 南宁国际铁路港, named after the city's full name)
        written = short or surface.text
        by_short_name = station_name(word) != word or word in _DIRECTION_STATION
        if by_short_name and surface.text[-1] in DIVISION_ENDINGS:
            # (南充市火车站 is 南充站, 蚌埠市北站 蚌埠北站: a station is named by its city's
            # short name)
            written = gaz.places[surface.place].short_name or written
        name, kind = station_name(written + word), FACILITY_WORDS[word]
        if text[max(0, start - 2) : start] in RAILWAY_BUREAUS:
            start -= 2  # (济铁菏泽物流园: the railway's, named so)
            name = text[start : start + 2] + name
        elif lead := _LATIN_LEAD.search(text, max(0, start - 5), start):
            start = lead.start()  # (CSP武汉码头: its operator's letters, named so)
            name = lead.group() + name
        place = gaz.facility(name, kind, parent=None, host=surface.place)
        end_at = m.end()
        if name.endswith("站") and (yard := _STATION_YARD.match(text, end_at)):
            # (万州站货场, 汉寿南站货运场: the station's yard)
            place = gaz.facility(name + yard.group(), kind, parent=place.name, host=None)
            end_at = yard.end()
        elif kind in WATER_PORT_KINDS or kind == "port" or kind == "dry port":
            part = AFTER_FACILITY.match(text, end_at)
            if part is not None and part.group("station") and kind == "dry port":
                # (赣州国际陆港站: the dry port's railway station)
                place = gaz.facility(
                    station_name(name + part.group()),
                    FACILITY_WORDS["站"],
                    parent=place.name,
                    host=None,
                )
                end_at = part.end()
            elif kind != "dry port" and part is not None and part.group("part"):
                # (长沙新港汽车滚装码头: a terminal of the port read just now)
                word = FACILITY_WORDS[part.group("w")]
                place = gaz.facility(name + part.group(), word, parent=place.name, host=None)
                end_at = part.end()
    return place, end_at, start


def provinces_city_facility(text: str, raw: list, i: int, gaz) -> tuple[int, str] | None:
    """Where a facility word ends, and the word, after a city in brackets right after its
    province (江苏(苏州)国际铁路物流中心: ``国际`` may come first), else None."""
    start, end, surface = raw[i]
    if (
        i == 0
        or text[start - 1 : start] not in ("(", "（")
        or text[end : end + 1] not in (")", "）")
    ):
        return None
    _, p_end, province = raw[i - 1]
    if p_end != start - 1 or not province.levels or province.levels[0] != "province":
        return None
    if province.place not in gaz.ancestors(surface.place):
        return None
    at = end + 1 + (2 if text.startswith("国际", end + 1) else 0)
    m = _AFTER_PLACE.match(text, at)
    if m is None or m.group() in ("港口", "口岸"):
        return None
    return m.end(), m.group()


def short_of_a_table_port(text: str, end: int, surface, gaz) -> str | None:
    """The short name of a city named in full (南宁市) where it and the facility word after
    it name a port of the table (南宁国际铁路港), else None: 万州区港口物流 is still none."""
    place = gaz.places.get(surface.place)
    m = _AFTER_PLACE.match(text, end)
    if m is None or place is None or not place.short_name or not surface.text.endswith("市"):
        return None
    if m.group() in ("港口", "口岸"):
        return None  # (重庆市港口规划, 重庆市口岸: the city's ports as a whole)
    port = gaz.get(place.short_name + m.group())
    return place.short_name if port is not None and port.level == "port" and port.curated else None


# What a unit belongs to, right before it (隶属长沙铁路物流中心, 属南宁铁路物流中心): an office
# An office's branch or staff right after it (…物流中心团结村营业部, …物流中心相关负责人,
# …物流中心吴家山营业室, …物流中心营销部, …物流中心副主任)
# (…物流中心的工作人员, …物流中心的一位负责人: its staff, told with 的; …物流中心物流调度部,
# a department of it)
_OFFICE_STAFF = re.compile(
    "(?:[\u4e00-\u9fff]{0,4}?(?:营业部|营业所|营业室|营销部|货运部|调度部))"
    "|(?:的(?:一位|一名|几位|多位)?)?(?:有关|相关)?副?(?:负责人|工作人员|党委|主任|经理|经济师|职工)"
)


# A word of a run leaving, entering or reaching a place right before it (驶离南宁铁路物流中心,
# 从某地铁路物流中心开出, 运抵…): the railway's freight office is told as its yard
_RUN_AT = re.compile(
    "(?:驶离|驶出|驶入|驶进|驶抵|开进|开出|离开|进入|抵达|到达|运抵|运至|发往|开往|从|由|至|到)\\Z"
)


_BELONGS_TO = re.compile("(?:隶属于?|属于?|归属于?)\\Z")


# The company a unit is of, right before it (中国铁路成都局集团有限公司重庆铁路物流中心: the
# railway's freight office, a unit of the company)
_OF_A_COMPANY = re.compile("(?:公司|集团)\\Z")
