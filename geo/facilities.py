"""Facilities a text names that the gazetteer's table does not have: the reader that
runs the facility readers over a text's mentions, in order.

Each facility read is registered with the gazetteer
(:meth:`cqmap.geo.gazetteer.Gazetteer.facility`) and read as a port from then on. The
readers, one module each: ports named in lists and a line's ports of call
(:mod:`cqmap.geo.facility_lists`), a port's areas listed after it
(:mod:`cqmap.geo.facility_areas`: 宜宾港涵盖翠柏港区、南溪港区…), terminals listed before 等
(:mod:`cqmap.geo.facility_terminals`), then, mention by mention, the parts a port of the
table names right after it (:mod:`cqmap.geo.facility_parts`: 果园港集装箱码头, 广元港红岩
作业区), the facility a place names with a facility word (:mod:`cqmap.geo.facility_places`:
綦江港, 南川站, 藤县港区; not 万州区港口物流), and the facilities of their own names told
after a place or a facility (:mod:`cqmap.geo.facility_named`: 北碚犁子林码头, 遵义港沙湾
港区); the stations and yards a railway office holds (:mod:`cqmap.geo.facility_offices`),
the facilities written again without what they were read after
(:mod:`cqmap.geo.facility_again`), the stations and ports named after their town
(:mod:`cqmap.geo.towns`), and last the stations told by the line they are on
(:mod:`cqmap.geo.facility_lines`: 京九铁路栗木站) and the stations and crossings told
where a run leaves, passes or arrives (:mod:`cqmap.geo.facility_runs`: 由白羊墅站出发,
经金城口岸). What a facility's own name is, and the words that end one, are :mod:`cqmap.geo.facility_names`.

Read here: a port abroad of its own name right after its country or a city abroad (俄罗斯
东方港, 阿布扎比哈里发港; 孟加拉国吉大港, a city named for its port), a facility named after
a place and 的 (成都的大湾镇站, 宜城市的小河港), a port of its own name right after its city
(济宁春江港), and what is no facility: a company's name or a port's committee going on
(沧州港海物流有限公司, 太仓港管委会), a port of entry or airport as a part of one
(阿拉山口边境口岸, 仙女山机场颁发机场许可证), and never the facility again (团结村火车站,
泸州港港区).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from cqmap.geo.facility_again import (
    areas_again,
    heads_again,
    named_again,
    own_names_again,
    own_names_retold,
)
from cqmap.geo.facility_areas import (
    areas_listed,
    areas_of_the_port_before,
    areas_sharing_a_word,
)
from cqmap.geo.facility_lines import stations_on_lines
from cqmap.geo.facility_lists import ports_abroad_listed, ports_listed
from cqmap.geo.facility_named import (
    CROSSING_WAYS,
    named_after,
    parts_named,
    terminals_told_alone,
)
from cqmap.geo.facility_names import (
    AIRPORT_ABROAD,
    NOT_PORT_NAMES,
    PORT_OF_ITS_OWN,
    RAILWAY_STATION,
    STATION_ABROAD,
    ZONE_WORDS,
    is_own_name,
    port_abroad,
    station_name,
)
from cqmap.geo.facility_offices import held_by_office
from cqmap.geo.facility_parts import hub_parts, part_after_port
from cqmap.geo.facility_places import (
    DIVISION_ENDINGS,
    STATION_AFTER_FULL_NAME,
    facility_after_place,
    provinces_city_facility,
    short_of_a_table_port,
)
from cqmap.geo.facility_runs import HUB_WORD, facilities_of_runs, hubs_of_runs
from cqmap.geo.facility_terminals import centres_by_number, terminals_listed
from cqmap.geo.place_context import COMPANY_NAMED_AFTER, OFFICE_NAMED_AFTER
from cqmap.geo.towns import town_facilities
from cqmap.geo.vocabulary import FACILITY_HOSTS, FACILITY_WORDS, RAILWAY_GROUP_MARK

__all__ = ["facilities"]


# The levels of place a railway is named after (南昌铁路, 成都铁路)
_RAILWAY_CITIES = frozenset({"prefecture", "municipality"})  # (not 紫云铁路, a line)
# The places a port of its own name is told right after (济宁春江港; not 四川, 重庆: a
# province's or the municipality's ports are named with their city)
_PORT_HOSTS = frozenset({"district", "county", "prefecture"})


def _in_place_of_inner(out: list, read: list) -> list:
    """``out`` with the facilities ``read`` whole in place of the mentions that start inside
    one of them (a terminal's or a hub's name gives way to no place inside it), sorted. The
    spans read are merged where they overlap, and each mention is looked up among them by
    bisection: a text of many such facilities is read in linear time."""
    merged: list[list[int]] = []
    for a, b, _ in sorted(read, key=lambda h: h[0]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    firsts = [a for a, _ in merged]
    kept = [h for h in out if not ((i := bisect_right(firsts, h[0])) and h[0] < merged[i - 1][1])]
    return sorted([*kept, *read], key=lambda h: h[0])


def facilities(text: str, raw: list, lex) -> list:
    """The mentions ``(start, end, surface)`` of :class:`cqmap.geo.matcher.Lexicon` ``lex``,
    with a place or facility that a facility word follows taken as the facility it names
    (綦江港, 果园港集装箱码头; see :data:`FACILITY_WORDS`)."""
    gaz = lex.gazetteer
    listed = ports_listed(text, gaz)
    if listed:
        kept = [h for h in raw if not any(s < h[1] and h[0] < e for s, e, _ in listed)]
        added = [(s, e, lex.facility_surface(gaz.places[p], text[s:e])) for s, e, p in listed]
        raw = sorted([*kept, *added], key=lambda h: h[0])
    if "港区" in text or "作业区" in text:
        raw = areas_listed(text, raw, lex)
    if "码头" in text:
        raw = terminals_listed(text, raw, lex)
    out = raw
    covered = 0  # (the end of the last facility read: a mention inside it is part of it)
    inserted = []  # (facilities read after a place that stays a mention of its own)
    own_names = []  # (facilities read after their place: their own names, and the facility)
    for i, (start, end, surface) in enumerate(raw):
        if start < covered:
            continue
        if surface.form == "composite" or surface.shared or end >= len(text):
            continue
        level = surface.levels[0] if surface.levels else None
        place, end_at, short = None, end, None
        provincial = provinces_city_facility(text, raw, i, gaz)
        if provincial is not None:
            # (江苏(苏州)国际铁路物流中心, 甘肃(武威)国际陆港: a province's facility at its
            # city in brackets, named as written)
            if out is raw:
                out = list(raw)
            word_end, word = provincial
            first = raw[i - 1][0]
            name = text[first:word_end]
            port = gaz.facility(name, FACILITY_WORDS[word], parent=None, host=surface.place)
            out[i - 1] = (first, word_end, lex.facility_surface(port, name))
            covered = word_end
            continue
        if level == "port":
            place, end_at = part_after_port(text, raw, i, gaz)
            if place is None and (inland := _INLAND_OF_PORT.match(text, end)) is not None:
                port = gaz.places[surface.place]
                if port.kind in ("sea port", "river port"):
                    # (唐山港内陆港: the dry port a sea port keeps inland, no part of it:
                    # placed in China only, where the port's name does not say)
                    name = surface.text + inland.group()
                    place = gaz.facility(name, "dry port", parent=None, host="中国")
                    end_at = inland.end()
            elif (
                place is None
                and (dry := _DRY_PORT_AT_CROSSING.match(text, end)) is not None
                and gaz.places[surface.place].kind == "border crossing"
                and is_own_name(dry.group("own"))
            ):
                # (霍尔果斯-东门无水港, 霍尔果斯东门无水港: a dry port of its own name at the
                # crossing, named with it as written; the crossing is no mention of its own)
                name = surface.text + dry.group()
                place = gaz.facility(name, "dry port", parent=surface.place, host=None)
                end_at = dry.end()
        elif level in FACILITY_HOSTS and (
            surface.form == "short"
            or surface.text[-1] not in DIVISION_ENDINGS
            # (藤县港区, 渠县站: a full name of two characters is the only name the place has)
            or len(surface.text) == 2
            # (济州港: a city abroad whose name ends as a division's does)
            or (level == "city" and surface.text[-1] != "市")
            or (short := short_of_a_table_port(text, end, surface, gaz)) is not None
            or STATION_AFTER_FULL_NAME.match(text, end)
        ):
            place, end_at, start = facility_after_place(text, raw, i, start, short, gaz)
            lead = _sea_port_before(text, raw, i, start, place, gaz)
            if lead is not None:
                # (天津港银川无水港, 福建港口成都内陆港: the dry port a sea port keeps inland,
                # named with the port first; placed where its own place is)
                if out is raw:
                    out = list(raw)
                name = text[lead:start] + place.name
                place = gaz.facility(name, place.kind, parent=None, host=surface.place)
                out[i - 1] = (lead, end_at, lex.facility_surface(place, text[lead:end_at]))
                covered = end_at
                continue
        elif level not in FACILITY_HOSTS and level != "province":
            continue  # (a province hosts only facilities of their own names: 山西中鼎物流园)
        if (
            level == "country"
            and surface.place != "中国"
            or level == "city"
            and not gaz.in_china(surface.place)
        ) and place is None:
            # (俄罗斯东方港: a port of its own name abroad; the country stays a mention of
            # its own; so after a city abroad, 阿布扎比哈里发港)
            port = _port_abroad(text, end, raw, i)
            if port is not None:
                # (河内东英车站 is 东英站, as a station is named)
                name = station_name(port.group("own") + port.group("port"))
                kind = FACILITY_WORDS[port.group("port")]
                abroad = gaz.facility(name, kind, parent=None, host=surface.place)
                inserted.append((end, port.end(), lex.facility_surface(abroad, port.group())))
                covered = port.end()
                continue
        if level == "city" and place is None and _named_for_its_port(text, end, surface, gaz):
            # (钦州港—吉大港, 莱城和莫尔兹比港: a city abroad named for its port, written
            # without 市, is its port wherever it is named, as after its country)
            if out is raw:
                out = list(raw)
            port = gaz.facility(
                surface.place + "港", FACILITY_WORDS["港"], parent=None, host=surface.place
            )
            out[i] = (start, end, lex.facility_surface(port, surface.text))
            covered = end
            continue
        named = named_after(text, end_at, raw, i, gaz)
        if (
            named is None
            and place is None
            and text[end_at : end_at + 1] in (")", "）")
            and text[start - 1 : start] in ("(", "（")
            and i > 0
            and raw[i - 1][1] == start - 1
            and raw[i - 1][2].place in gaz.ancestors(surface.place)
        ):
            # (成都(双流)空铁国际联运港: the district in brackets after its city, then the
            # facility's own name there)
            named = named_after(text, end_at + 1, raw, i, gaz)
        if named is None and place is None and level in _RAILWAY_CITIES:
            named = named_after(text, end_at, raw, i, gaz, RAILWAY_STATION)
        if named is None and place is None and level != "province":
            # (成都的大湾镇站: a place's terminal or station, named after 的; 杜伊斯堡市的
            # DIT场站, 杜伊斯堡市DIT场站: a city abroad written with 市; 安庆港的五里庙集装箱
            # 码头: a port's)
            of_zone = _CITY_OF.match(text, end_at)
            of = len(of_zone.group()) if level != "port" or not of_zone.group("zone") else 0
            if of:
                named = named_after(text, end_at + of, raw, i, gaz)
            if named is None and of and text[end_at + of - 1] == "的" and level != "port":
                # (宜城市的小河港: a port of its own name, told as the place's; not 开普敦的
                # 基本港, a word of its role)
                named = named_after(text, end_at + of, raw, i, gaz, PORT_OF_ITS_OWN)
                if named is not None and not is_own_name(
                    named.group("own"), not_names=NOT_PORT_NAMES
                ):
                    named = None
            if (
                named is None
                and text.startswith("港", end_at + 2)
                and not of
                and level in _PORT_HOSTS
            ):
                # (济宁春江港: a port of its own name right after its city)
                named = named_after(text, end_at, raw, i, gaz, PORT_OF_ITS_OWN)
                if named is not None and not is_own_name(
                    named.group("own"), not_names=NOT_PORT_NAMES
                ):
                    named = None
        if (
            named is not None
            and named.group("w") == "口岸"
            and (place is not None or level == "port")
            # (霍尔果斯公路口岸: the crossing's road crossing, one of its own)
            and not (level == "port" and named.group("own") in CROSSING_WAYS)
        ):
            named = None  # (阿拉山口边境口岸, 安庆港扩大口岸开放: no port of entry of its own)
        if (
            named is not None
            and named.group("w") == "口岸"
            and level == "country"
            and named.group("own") in CROSSING_WAYS
        ):
            named = None  # (对蒙古国公路口岸: the country's crossings by road, none named)
        if (
            named is not None
            and FACILITY_WORDS[named.group("w")] == "airport"
            and (place is not None or level == "port")
            and (place or gaz.places[surface.place]).kind == "airport"
        ):
            named = None  # (仙女山机场颁发机场许可证: no airport is a part of an airport)
        if named is not None:
            place, end_at, start = parts_named(
                text, raw, i, start, named, place, end_at, own_names, gaz
            )
        if (
            place is None
            or COMPANY_NAMED_AFTER.match(text, end_at)
            or OFFICE_NAMED_AFTER.match(text, end_at)
        ):
            # (沧州港海物流有限公司: a company's name, the place stays a mention; 武汉新港委,
            # 太仓港管委会: the port's committee)
            continue
        if out is raw:
            out = list(raw)
        out[i] = (start, end_at, lex.facility_surface(place, text[start:end_at]))
        covered = end_at
    if "的" in text or RAILWAY_GROUP_MARK in text:
        inserted += held_by_office(text, out, lex)
    if inserted:
        # (…在俄罗斯扎鲁比诺港装船…“珲春-扎鲁比诺港-青岛”航线: a port abroad of its own name,
        # read after its country, is that port where the text names it again without it)
        inserted += named_again(text, [*out, *inserted], inserted, lex)
    if own_names:
        # (新乡市塔铺火车站, then 塔铺站 and 塔铺车站: a facility of its own name read after
        # its place, where the text names it again without the place)
        inserted += own_names_again(text, [*out, *inserted], own_names, lex)
    if "港区" in text:
        # (盐城港滨海港区…滨海港到上海港的航线: a port area written again as its port, 港
        # for 港区, where nothing else is read there)
        inserted += areas_again(text, [*out, *inserted], lex)
    if inserted:
        out = sorted([*out, *inserted], key=lambda h: h[0])
    if own_names:
        # (舟山大浦口集装箱码头, then 大浦口集装箱码头: that terminal again, not 浦口区's)
        out = own_names_retold(text, out, own_names, lex)
    if out is not raw and covered:
        # (万州港江南集装箱码头: the weak 江南 inside the terminal's name is no mention)
        kept, last_end = [], -1
        for hit in out:
            if hit[0] >= last_end:
                kept.append(hit)
                last_end = hit[1]
        out = kept
    if "、" in text and ("港区" in text or "作业区" in text):
        # (某港…其中甲、乙等核心作业区: a port's areas by their own names, sharing one
        # word, read once the port before them is)
        out = areas_sharing_a_word(text, out, lex)
    out = town_facilities(text, heads_again(out, lex), lex)
    if "站" in text and ("铁路" in text or "线" in text):
        # (京九铁路栗木站, 焦柳线岩屋庙站: a station told by the line it is on, where no
        # reader before found it, a town's station among them)
        on_lines = stations_on_lines(text, out, lex)
        if on_lines:
            out = sorted([*out, *on_lines], key=lambda h: h[0])
    if "站" in text or "口岸" in text:
        # (由白羊墅站出发, 驶入松坝站, 经金城口岸出境: a station or crossing of its own name
        # told where a run leaves, passes, goes or arrives, where no reader before found it)
        of_runs = facilities_of_runs(text, out, lex)
        if of_runs:
            out = sorted([*out, *of_runs], key=lambda h: h[0])
    if "码头" in text:
        # (金沙江某某码头: a terminal of its own name after the river it lies on; 某某综合码头,
        # one told by what it serves)
        alone = terminals_told_alone(text, out, lex)
        if alone:
            out = _in_place_of_inner(out, alone)
    if "货柜中心" in text:
        # (高雄港…第六货柜中心: a container centre by its number, the port's terminal)
        centres = centres_by_number(text, out, lex)
        if centres:
            out = sorted([*out, *centres], key=lambda h: h[0])
    if "港区" in text or "作业区" in text:
        # (黄冈某港…在该港某某港区动工, 其西港区: an area of the port told before)
        of_port = areas_of_the_port_before(text, out, lex)
        if of_port:
            out = sorted([*out, *of_port], key=lambda h: h[0])
    if "港" in text and ("、" in text or "和" in text or "及" in text or "与" in text):
        # (泰国林查班港、曼谷港和某某港: a port of its own name listed after a port abroad)
        abroad = ports_abroad_listed(text, out, lex)
        if abroad:
            out = _in_place_of_inner(out, abroad)
    if HUB_WORD.search(text):
        # (从某地中欧班列集结中心开出, 驶离…物流园: a hub of its own name told where a run
        # leaves or reaches it, its name holding the place or facility it is at)
        hubs = hubs_of_runs(text, out, lex)
        if hubs:
            out = _in_place_of_inner(out, hubs)
    if "铁" in text or "公路" in text:
        # (某某陆港公铁联运中心, 某某物流园铁路物流基地: a hub's part for the ways it joins)
        out = hub_parts(text, out, lex)
    return out


# What may stand between a place and a facility named after it: 的, or 市 after a city
# abroad (杜伊斯堡市DIT场站), or a city's or county's zone of development, where the
# facility lies (某市高新区的某某铁路物流园, 某县经开区某某物流园)
_CITY_OF = re.compile(f"(?:市|(?P<zone>{'|'.join(ZONE_WORDS)}))?的?")


# (not 最大港, 第一大港, 重要港: what kind of port, abroad; nor 武汉临空港经济开发区, 郑州
# 航空港: an airport's economic zone)


# The words of a dry port a sea port keeps inland, named with the port first (天津港银川
# 无水港, 唐山港内陆港; not 陆港 alone, a word of many parks: 郑州陆港)
_INLAND_WORDS = ("国际内陆港", "内陆港", "国际无水港", "无水港")
_INLAND_OF_PORT = re.compile("|".join(_INLAND_WORDS))
# A dry port of its own name right after the border crossing it lies at, a dash between
# or none (霍尔果斯-东门无水港, 霍尔果斯—东门无水港, 霍尔果斯东门无水港)
_DRY_PORT_AT_CROSSING = re.compile(
    "[-—–]?(?P<own>[\u4e00-\u9fff]{2})(?:国际陆港|国际无水港|无水港|陆港)"
)
# A port group named by its province, then 港口 (福建港口, 山东港口: the province's ports as
# one company), before the dry port it keeps inland
_PROVINCES_PORTS = "港口"


def _sea_port_before(text: str, raw: list, i: int, start: int, place, gaz) -> int | None:
    """Where the name of the sea port or port group right before a dry port read after its
    place starts (天津港银川无水港: 天津港; 福建港口成都内陆港: 福建港口), else None."""
    if place is None or i == 0 or not place.name.endswith(_INLAND_WORDS):
        return None
    before_start, before_end, before = raw[i - 1]
    if before.form == "composite" or before.shared or not before.levels:
        return None
    if before_end == start and before.levels[0] == "port":
        port = gaz.places[before.place]
        return before_start if port.kind in ("sea port", "river port") else None
    if (
        before.levels[0] == "province"
        and text.startswith(_PROVINCES_PORTS, before_end)
        and before_end + len(_PROVINCES_PORTS) == start
    ):
        return before_start
    return None


def _named_for_its_port(text: str, end: int, surface, gaz) -> bool:
    """Whether a city abroad is named for its port and written so (吉大港, 莫尔兹比港; not
    吉大港市, nor a city in China: 连云港's is read by the shared names' rules)."""
    return (
        surface.form != "composite"
        and not surface.shared
        and surface.place.endswith("港")
        and not surface.text.endswith("市")
        and not text.startswith("市", end)
        and not gaz.in_china(surface.place)
    )


# Facilities of their own names right after a country abroad, by the word that ends them and
# how far it may stand: an airport (哈萨克斯坦纳扎尔巴耶夫国际机场) and a station (哈萨克斯坦
# 阿腾科里站; after a city, a station's name keeps the city, 河内东英站, as a terminal's does)
_OWN_NAMES_ABROAD = (("机场", 12, AIRPORT_ABROAD), ("站", 7, STATION_ABROAD))


def _port_abroad(text: str, end: int, raw: list, i: int) -> re.Match | None:
    """A port's own name right after a place abroad, mention ``i``, at ``end``
    (:func:`~cqmap.geo.facility_names.port_abroad`), or an airport's or a station's right
    after a country abroad (:data:`_OWN_NAMES_ABROAD`), if no other mention starts inside it
    (越南海防港 is 海防's port)."""
    country = raw[i][2].levels[:1] == ("country",)
    m = port_abroad(text, end, after_country=country)
    for word, reach, pattern in _OWN_NAMES_ABROAD if m is None and country else ():
        if word in text[end : end + reach]:
            m = pattern.match(text, end)
            if m is not None and is_own_name(m.group("own")):
                break
            m = None
    if m is None or (i + 1 < len(raw) and raw[i + 1][0] < m.end()):
        return None
    return m
