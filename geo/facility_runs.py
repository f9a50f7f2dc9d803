"""Stations and border crossings told as where a run starts, passes, goes or ends.

A station's own name, two or three characters and 站, right after a word of a run leaving,
going or arriving (由白羊墅站出发, 运送至郜营站, 从阁老坝站接轨, 驶入松坝站) names that
station, though no place stands before it; so does a crossing's, two or three characters
and 口岸, after those words or one of passing (经金城口岸出境, 通过勐满口岸). Each lies in
the country of the last place abroad named before it in its sentence, else in China. Not a
word of kind or number (起点站, 火车站: :data:`cqmap.geo.facility_names.NOT_NAMES`), nor of
what a station does (编组站, 装车站), nor a yard (货站), a power station (思林电站), a word
of time (由原先站外) or of where crossings lie (经省外口岸); not where a name of the
gazetteer stands inside it, nor where the word of the run is part of a name.
:func:`facilities_of_runs` gives them, read after every other reader of
:func:`cqmap.geo.facilities.facilities` (a name read already stays as read).

A hub of its own name (…集结中心, …集散中心, …联运中心, …物流中心, …物流园, …陆港) or a
terminal (…码头) told where a run or a ship leaves it (从…开出, 由…出发, 从…离泊) or where
one leaves, goes into, calls at or reaches it (驶离, 驶入, 靠泊在, 抵达 …) names that hub
where its name holds a place or facility read and more than it: the hub lies at that
facility, else at the last place in its name; a province or country first only says where
it lies, and a terminal of a port is named without the port (某港下属某某码头: 某某码头).
A rail yard (…货场, …场站) is told so too, and a hub where a run's ceremony is held
(在某某物流园举行首发仪式). A name holding no place is the hub's own where a place is told
before it in its sentence, where it lies (某市的某某场站, 某县某某物流园); what stands before
的, or a zone after the place (某市自贸片区), only says where it lies.
:func:`hubs_of_runs` gives them, read last.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_lines import STATION_KINDS
from cqmap.geo.facility_names import (
    NOT_AFTER_FACILITY,
    NOT_NAMES,
    NOT_STATION_ENDS,
    ZONE_WORDS,
    is_own_name,
    station_name,
)
from cqmap.geo.vocabulary import DIRECTIONS, FACILITY_WORDS

__all__ = ["HUB_WORD", "facilities_of_runs", "hubs_of_runs"]


# Words of a run leaving, going or arriving, that a station's own name may follow
# (由白羊墅站出发, 至郜营站, 驶入松坝站); not 在 or 经, which so often go before other
# words (在建, 经过)
_RUN_WORDS = (
    "从", "由", "至", "抵达", "到达", "驶抵", "驶入", "驶离", "驶出", "驶进", "运抵", "发往",
    "开往", "运往",
    "驶向", "驶往",  # (驶向萨拉齐站: heading for it)
    "自",  # (自某某火车站驶向: from, as 从)
)  # fmt: skip
_OF_RUN = re.compile(
    f"(?:{'|'.join(_RUN_WORDS)})(?P<own>[\u4e00-\u9fff]{{2,3}}?)(?P<w>(?:火车|车)?[东西南北]?站){NOT_AFTER_FACILITY}"
)
# The words of passing a crossing's own name may follow as well (经金城口岸出境, 通过勐满口岸;
# 经过 and 经由 before 经, so that 过 or 由 is no part of the name)
# (not 经 of a word of its own: 经济区口岸, 经贸, 经营)
_PASSING_WORDS = ("经过", "经由", "经(?![济贸营验常费理销开典纬历])", "通过", "运到", "穿越")
_CROSSING_OF_RUN = re.compile(
    f"(?:{'|'.join((*_PASSING_WORDS, *_RUN_WORDS))})(?P<own>[\u4e00-\u9fff]{{2,3}}?)"
    f"(?P<w>(?:公路|铁路)?口岸){NOT_AFTER_FACILITY}"
)
# Words of where crossings lie rather than their names (经省外口岸, 通过境外口岸)
# (经两地口岸, 通过国家口岸: crossings of the two places, the country's; 通过公路口岸, 经水运
# 口岸, 对方口岸: crossings by the way they carry, or by the side they are on)
_WHERE_CROSSINGS_LIE = (
    "省外", "省内", "区外", "区内", "境外", "国外", "沿边", "双边", "周边", "两地", "各地", "多地",
    "国家", "全国", "本地", "公路", "水运", "海运", "空运", "陆运", "陆地", "水路", "航运", "对方",
    "我方", "双方", "本国", "邻国", "边民", "互市",
)  # fmt: skip
# Words of time that may stand where a name would (由原先站外通关: before, outside the station)
_OF_TIME = ("原先", "原来", "原本", "此前", "之前", "以前", "目前", "现在")
# Where a sentence ends, for the place abroad a station's sentence names before it
_SENTENCE_END = re.compile("[。!?！？\n]")


def facilities_of_runs(text: str, raw: list, lex) -> list:
    """The stations and crossings of their own names told right after a word of a run
    (:data:`_OF_RUN`, :data:`_CROSSING_OF_RUN`), where no mention of ``raw`` (sorted)
    covers the word or the name, as mentions to insert: in the country of the last place
    abroad named before it in its sentence, else in China."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    found = [*_OF_RUN.finditer(text)]
    if "口岸" in text:
        found = sorted([*found, *_CROSSING_OF_RUN.finditer(text)], key=lambda m: m.start())
    for m in found:
        own = m.group("own")
        if (
            not is_own_name(own)
            or own.startswith((*STATION_KINDS, *_OF_TIME, *_WHERE_CROSSINGS_LIE))
            or own[-1] in NOT_STATION_ENDS
            or "货" in own
        ):
            continue
        if m.group("w").endswith("口岸") and _shortens_a_crossing(own, gaz):
            continue  # (二连口岸: 二连浩特's, by its short name)
        k = bisect_left(starts, m.start())
        if (k < len(raw) and raw[k][0] < m.end()) or (k and raw[k - 1][1] > m.start()):
            continue  # (a name read already inside, or the word inside a name: 东至站)
        host = "中国"
        stop = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        for j in range(k - 1, -1, -1):
            if raw[j][0] < stop:
                break
            place = raw[j][2].place
            if place in gaz.places and not gaz.in_china(place):
                # (从哈萨克斯坦某某站出发: a station of that country)
                host = gaz.country_of(place) or host
                break
        word = m.group("w")
        name = station_name(own + word)
        kind = FACILITY_WORDS["口岸" if word.endswith("口岸") else "站"]
        place = gaz.facility(name, kind, parent=None, host=host)
        surface = lex.facility_surface(place, text[m.start("own") : m.end()])
        out.append((m.start("own"), m.end(), surface))
    return out


def _shortens_a_crossing(own: str, gaz) -> bool:
    """Whether ``own`` begins the name of a border crossing of the table, or one of its
    names (二连 of 二连浩特): a short name of that crossing, not one of its own."""
    return any(
        name.startswith(own)
        for place in gaz.places.values()
        if place.level == "port" and place.kind == "border crossing" and place.curated
        for name in (place.name, *place.aliases)
    )


# A hub's word, last in its name, with the kind of facility it makes (…集结中心, …物流园)
_HUB_WORDS = {
    "集结中心": "rail hub", "集散中心": "rail hub", "集货中心": "rail hub", "联运中心": "rail hub",
    "物流中心": "dry port", "物流园": "dry port", "陆港": "dry port",
    # (从某地某某货场出发, 由某县的某某场站开出: a rail yard of its own name)
    "货场": "rail station", "场站": "rail station",
    # (从某港某某码头出发, 靠泊某城某某码头: a terminal where a ship leaves or calls)
    "码头": "terminal",
}  # fmt: skip
_HUB_WORD = "|".join(sorted(_HUB_WORDS, key=len, reverse=True))
# Whether a text may tell one (most texts: no hub word at all)
HUB_WORD = re.compile(_HUB_WORD)
# A hub of its own name told where a run leaves it (从某地某某集结中心开出, 由…物流园出发) or
# where it leaves, goes into or reaches it (驶离…集散中心, 抵达…陆港): the name runs from the
# word of the run to the hub's word, brackets and Latin letters in it (中欧班列(某地)集结中心,
# 某地TIR集结中心)
_NAME = "[\u4e00-\u9fffA-Z()（）]{2,20}?"
_LEAVES = (
    "(?:缓缓|徐徐|慢慢|正式|顺利|鸣笛)?(?:开出|驶出|出发|发车|启程|始发|鸣笛"
    # (a ship leaving its berth: 离泊, 离岸, 起航, 启航, 解缆)
    "|离泊|离岸|起航|启航|解缆)"
)
# Words of holding an event there, a run's ceremony (举行, 举办, 办了)
_HELD = "(?:隆重)?(?:举行|举办|办了|启动)"
_HUB_OF_RUN = re.compile(
    f"(?:(?:从|由)(?P<own>{_NAME})(?P<w>{_HUB_WORD})(?={_LEAVES})"
    # (a ship calling at it or leaving it: 靠泊在, 靠上, 停靠在, 驶往, 返回, 离开)
    "|(?:驶离|驶出|驶入|驶抵|抵达|到达|运抵|靠泊在?|靠上|停靠在?|驶往|返回|离开)"
    f"(?P<own2>{_NAME})(?P<w2>{_HUB_WORD})(?!有限|公司|集团|股份)"
    # (not a hub's word inside a longer name: 某港铁水联运中心货运站, a station of it)
    "(?![\u4e00-\u9fff]{0,3}(?:站|码头|货场|作业区|港区))"
    # (where a run's ceremony is held: 首发仪式在某地某某物流园举行, 于某某陆港举行)
    f"|(?:在|于)(?P<own3>{_NAME})(?P<w3>{_HUB_WORD})(?={_HELD}))"
)
# Words of grammar no hub's name holds (从该中心出发, 由新建的物流园: no name)
_NOT_IN_HUB_NAME = frozenset("的和与及等在了是为将已把被从由到向至经这那该此其每再又也就还才以、")
# The service a hub gathers goods for, named first in its name (中欧班列某地集结中心, 国际
# 公路运输某省集结中心): no word of kind, though 中欧 and 国际 begin words of kind
_SERVICE_FIRST = ("中欧班列", "中欧(中亚)班列", "中亚班列", "国际公路运输")
# Words of whose a terminal is, between the port and its name (某港下属某某码头, 旗下)
_OWNED_BY = ("下属", "旗下", "所属")
# The levels of a place that only says where a hub lies, before its name
_WHERE_IT_LIES = (("country",), ("province",))


def hubs_of_runs(text: str, raw: list, lex) -> list:
    """The hubs of their own names told where a run leaves, goes into or reaches them
    (:data:`_HUB_OF_RUN`), whose names hold a place or a facility read (``raw``, sorted)
    and more than it (某地中欧班列集散中心; a city's direction alone, 某城南物流中心, names
    its south station's): the mentions ``(start, end, surface)`` to put in place of those
    inside, each hub placed at the facility inside it, else at the last place inside it;
    a name holding none, at the last place told before it in its sentence.
    Not a name that holds a word of grammar or starts with a word of kind (该, 新建 …), nor
    a railway's freight office (某地铁路物流中心), nor where a mention read already covers the
    hub's word or crosses the name's ends."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    sentence_ends: list[int] | None = None  # (where sentences end: found once, if needed)
    for m in _HUB_OF_RUN.finditer(text):
        group = next(g for g in ("own", "own2", "own3") if m.group(g))
        own, word = m.group(group), m.group("w") or m.group("w2") or m.group("w3")
        a, b = m.start(group), m.end()
        if "的" in own:
            # (从位于某片区的某某物流园开出, 由某县的某某场站开出: the name begins after the
            # last 的; what stands before it only says where the hub lies)
            cut = own.rindex("的") + 1
            own, a = own[cut:], a + cut
        if (
            len(own) < 2
            or _NOT_IN_HUB_NAME.intersection(own)
            or (own.startswith(NOT_NAMES) and not own.startswith(_SERVICE_FIRST))
            or (own + word).endswith("铁路物流中心")
            # (某港某某集装箱有限公司码头: a company's, named as the company is)
            or "公司" in own
        ):
            continue
        k = bisect_left(starts, a)
        if k and raw[k - 1][1] > a:
            continue  # (a mention across the name's start)
        inside = []
        while k < len(raw) and raw[k][0] < b:
            inside.append(raw[k])
            k += 1
        if any(h[1] > a + len(own) for h in inside):
            continue  # (the hub read already: 乌鲁木齐集结中心)
        if not inside:
            # (在某市高新区某某铁路物流园, 从某县的某某场站: a name of its own holding no
            # place, at the last place told before it in its sentence)
            if sentence_ends is None:
                sentence_ends = [e.end() for e in _SENTENCE_END.finditer(text)]
            stop = sentence_ends[i - 1] if (i := bisect_left(sentence_ends, a + 1)) else 0
            near = _place_before(raw, k, a, stop, gaz)
            zone = _ZONE_FIRST.match(own)
            if zone and len(own) - zone.end() >= 2:
                # (驶离某某自贸片区某某铁路物流货场: the zone only says where it lies)
                own, a = own[zone.end() :], a + zone.end()
            if near is None or not _own_hub_name(own):
                continue
            hub = gaz.facility(own + word, _HUB_WORDS[word], parent=None, host=near)
            out.append((a, b, lex.facility_surface(hub, text[a:b])))
            continue
        rest = len(own) - sum(h[1] - h[0] for h in inside)
        if rest < 2 and not (
            rest == 1 and own[-1] in DIRECTIONS and inside[-1][1] == a + len(own) - 1
        ):
            continue  # (重庆物流中心: the place's office, no hub of its own name)
        inside = [h for h in inside if h[2].place in gaz.places]
        if not inside:
            continue
        # (某省某地…集散中心: the province or country before it only says where it lies;
        # 某城某某港…物流园: the facility it is at begins its name; 某铁路港某城南物流中心:
        # a place after that facility does)
        at = next((n for n, h in enumerate(inside) if h[2].levels[:1] == ("port",)), None)
        if at is not None and at + 1 < len(inside):
            # (某铁路港某城南物流中心: the facility before the hub's own name stays read)
            a = inside[at + 1][0]
            name = text[a:b]
        elif at is not None:
            # (昆明某某国际陆港…中心: the facility as named, without its city before it)
            start, _, surface = inside[at]
            written = surface.place if surface.text.endswith(surface.place) else surface.text
            name = written + text[start + len(surface.text) : b]
            rest = text[start + len(surface.text) : b - len(word)]
            if rest.startswith(_OWNED_BY):
                rest = rest[2:]  # (某港下属某某码头: the port's terminal)
            if word == "码头" and rest:
                # (某港某某码头: a terminal of the port, named without it)
                name = rest + word
        else:
            start = a
            for h in inside:
                if h[0] != start or h[2].levels[:1] not in _WHERE_IT_LIES:
                    break
                start = h[1]
            if start > a and not is_own_name(text[start : b - len(word)]):
                # (香港国际货柜码头: words of kind after the region, no name of their own;
                # the region is part of the name)
                start = a
            name = text[start:b]
            head = next((h for h in inside if h[0] == start), None)
            zone = _ZONE_AFTER.match(text, head[1]) if head else None
            if zone and b - len(word) - zone.end() >= 2:
                # (襄阳自贸片区某某货场: the place's hub, the zone between only says where)
                name = text[start : head[1]] + text[zone.end() : b]
        kind = _HUB_WORDS[word]
        if at is not None:
            hub = gaz.facility(name, kind, parent=inside[at][2].place, host=None)
        else:
            hub = gaz.facility(name, kind, parent=None, host=inside[-1][2].place)
        out.append((a, b, lex.facility_surface(hub, text[a:b])))
    return out


def _place_before(raw: list, k: int, a: int, stop: int, gaz) -> str | None:
    """The place of the last mention of ``raw`` before ``raw[k]`` that ends by ``a`` and
    starts after ``stop`` (where its sentence begins), if it names a region (no facility:
    a hub at a port is that port's part)."""
    for j in range(k - 1, -1, -1):
        start, end, surface = raw[j]
        if start < stop:
            return None
        if end <= a and surface.place in gaz.places:
            return None if surface.levels[:1] == ("port",) else surface.place
    return None


def _own_hub_name(own: str) -> bool:
    """Whether ``own``, holding no place, names a hub of its own: no word of kind or
    number first (综合, 新建 …), and more than words of where (西部 alone is none)."""
    return not own.startswith(NOT_NAMES) and own not in _WHERE_ALONE and not own.isascii()


# The zones a hub lies in: a city's zones of development, and its free-trade zones
# (某某自贸片区, 某某综合保税区)
_ZONES = "|".join((*ZONE_WORDS, "自贸片区", "片区", "自贸区", "综合保税区", "保税区"))
# A zone first in the words before a hub's name, or right after a place before it
# (某某自贸片区某某货场; 某市自贸片区某某货场)
_ZONE_FIRST = re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{_ZONES})")
_ZONE_AFTER = re.compile(f"(?:{_ZONES})的?")
# Words of where that name no hub alone (从东部物流园: a part of a park, by its side)
_WHERE_ALONE = frozenset(("东部", "西部", "南部", "北部", "中部", "东区", "西区", "南区", "北区"))
