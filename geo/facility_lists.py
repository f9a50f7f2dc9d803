"""Ports named in lists: names sharing one facility word after a count (果园、珞璜、新田、
龙头四大枢纽港), ports counted then named in brackets by their places (亿吨大港有11个(南通、
太仓…)), the places a line calls at (挂靠釜山、上海、新加坡等港口; 港序依次为:高雄-厦门-香港),
and the ports abroad of their own names listed after one (泰国林查班港、某某港:
:func:`ports_abroad_listed`).
Each item is the table's port of its name, or the facility of the place it names, or none:
nothing is guessed. :func:`ports_listed` gives ``(start, end, port)`` of each, for
:func:`cqmap.geo.facilities.facilities` to read in place of the mentions there.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_names import (
    GANG_IN_ANOTHER_WORD,
    NOT_AFTER_FACILITY,
    NOT_PORT_NAMES,
    is_own_name,
)
from cqmap.geo.place_context import CONTEXT_RULES, NOT_PLACES
from cqmap.geo.vocabulary import DIRECTIONS, FACILITY_HOSTS, FACILITY_WORDS

__all__ = ["COUNT_BEFORE", "KIND_OF_PORT", "ports_abroad_listed", "ports_listed", "word_across"]


def ports_listed(text: str, gaz) -> list[tuple[int, int, str]]:
    """``(start, end, port)`` of each port a list of ``text`` names: names sharing a word
    (:func:`_listed_ports`) and the places a line calls at (:func:`_ports_of_call`)."""
    # (a list of two may be joined by 和 or 及 alone: 镇江和江阴等港口)
    listed = _listed_ports(text, gaz) if "、" in text or "和" in text or "及" in text else []
    if _CALL_WORD.search(text):
        listed += _ports_of_call(text, gaz)
    return listed


# A list of names sharing one facility word after a count (果园、珞璜、新田、龙头四大枢纽港;
# 主城寸滩、永川朱沱…等9个专业化重点港口; 主城、涪陵、万州三个枢纽港区): each name with
# the word is a port the table knows, or, for a place, the facility of that place with
# the word (德阳、昭通等无水港: 德阳无水港); else it is no facility. Found from the word back (a
# literal search runs far faster than a pattern tried at every character).
# (团结村、鱼嘴、小南垭等多个铁路站点: stations of the table, each with 站; 武汉天河、鄂州花湖两大
# 机场: airports of the table)
# (霞凝、醴陵…、岳阳12个内陆港: each place's dry port, not its river port)
# (衢州、后溪街、龙游东…6个办理站: stations that handle freight)
# (吉隆、樟木口岸, 里火、峒中等口岸: each place's crossing, 吉隆口岸, 里火口岸)
_SHARED_WORD = re.compile("无水港|内陆港|物流园|港区|港口|作业区|港|站点|车站|办理站|机场|口岸")
_STATION_WORDS = {"站点": "站", "车站": "站", "办理站": "站"}
# (港口城市, 港城: cities with ports; 港口群: a cluster of ports)
_NOT_SHARED_AFTER = re.compile("城|群")
KIND_OF_PORT = (
    "枢纽", "专业化", "重点", "主要", "大型", "内河", "沿江", "集装箱", "国际", "综合", "货运",
    "重要", "现代化", "区域性", "铁路", "内陆", "散货", "件杂货", "上游", "中游", "下游", "沿海",
    "沿线", "周边", "国内", "境外", "海外", "长江", "中转", "核心",
    "中国",  # (青岛、上海、宁波三大中国国内核心港口: the country's, before where or what kind)
    "河", "海",  # (安徽六大河港和连云港、日照两个海港: ports on rivers, on the sea)
    # (大连、青岛、厦门、深圳等东部沿海港口: where in the country they lie)
    "东部", "西部", "南部", "北部", "南方", "北方",
    # (盐田、蛇口、厦门等沿海地区的海港: the part of the country, with 的; 等地海港, the
    # places' sea ports; not 等地港口, the places' ports as a whole, 等地港口的合作)
    "地区", "的", "地海",
    # (引入遂宁、南充北2座既有车站: those there already, being built, or to be built)
    "既有", "在建", "新建",
    # (钦州、防城、北海、铁山四个天然港口: harbours of nature's making)
    "天然",
)  # fmt: skip
# (the count's measure word may be left out: 北海、钦州、防城三港合一)
# (or the count is said to be of the kind: 乐至、蓬溪南…等7座为新建车站)
COUNT_BEFORE = re.compile(
    r"(?:等|等?(?:\d{1,2}|[一二三四五六七八九十两多几]{1,2})(?:个|大|座)?)(?:为|是)?"
    rf"(?:{'|'.join(KIND_OF_PORT)}){{0,4}}\Z"
)
# (the last items joined by 和, 及 or 以及, and a country before a name: 覆盖新加坡、菲律宾
# 宿务、斐济苏瓦和新西兰奥克兰,以及澳大利亚达尔文等港口)
_ITEM_JOIN = "、|和|及|[，,]?以及"
# (an item holds no word of grammar: 万州港、珞璜港均是重庆四大枢纽港 lists no 重庆)
_ITEM_CHAR = "(?:(?![是为有的在与])[\u4e00-\u9fff])"
_LISTED = re.compile(rf"(?:{_ITEM_CHAR}{{2,9}}?(?:{_ITEM_JOIN})){{1,15}}{_ITEM_CHAR}{{2,9}}\Z")
_ITEMS = re.compile(f"(?:{_ITEM_JOIN})")
# Ports counted, then named in brackets by their places (亿吨大港有11个(南通、太仓…重庆))
_COUNTED_THEN_LISTED = re.compile(
    r"港口?(?:有|共有)?(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个?[(（]"
    r"(?P<list>(?:[\u4e00-\u9fff]{2,5}、){1,15}[\u4e00-\u9fff]{2,5})[)）]"
)


def _listed_ports(text: str, gaz) -> list[tuple[int, int, str]]:
    """The ports of lists that share one facility word: ``(start, end, port)`` of each
    name in the list that, with the word or with 港, is a port of the table."""
    out = []
    for w in _SHARED_WORD.finditer(text):
        if _NOT_SHARED_AFTER.match(text, w.end()):
            continue  # (重庆、武汉等长江沿线主要港口城市: the cities)
        count = COUNT_BEFORE.search(text, max(0, w.start() - 12), w.start())
        if count is None:
            out += _uncounted(text, w, gaz)
            continue
        listed = _LISTED.search(text, max(0, count.start() - 100), count.start())
        word = w.group()
        if listed is None and text.endswith(word, 0, count.start()):
            # (…、北京首都机场四大机场: the word said with the last name too)
            last = count.start() - len(word)
            listed = _LISTED.search(text, max(0, last - 100), last)
        if listed is None:
            continue
        # (a stop, 站点, only as the table knows it; a station, 车站, also of a place named:
        # 和田、喀什、叶城、阿克苏4个车站, each its place's station)
        station = _STATION_WORDS.get(w.group())
        places = station is None or w.group() in ("车站", "办理站")
        if w.group() in _UNCOUNTED_OF_PLACES:
            # (天津、上海、广州3个口岸, 哈尔滨、同江等口岸: cities where goods are cleared,
            # places still; only a crossing of the table is read, 里火、峒中等口岸)
            places = False
        out += _items_as_ports(listed, 0, station or w.group(), gaz, places=places)
    for m in _COUNTED_THEN_LISTED.finditer(text) if "个" in text else ():
        out += _items_as_ports(m, "list", "港", gaz, places=False)
    return list(dict.fromkeys(out))


# Ports a line calls at, in its order (挂靠新加坡、科伦坡、巴生等港口; 港序依次为:高雄-厦门-香港;
# 一路挂靠韩国釜山―上海―厦门等港口): each the table's port of its name with 港, else the port
# of the place it names (釜山: 釜山港); a country or province before a name says where it
# lies, and is part of the mention.
_CALL_WORDS = ("挂靠", "停靠", "挂港", "港序")
# (or the places a line passes, told as ports after them: 途经“湛江—蚬港—新加坡—海防”等
# 港口, 行经大连-青岛-…-安特卫普等港口; 途径 a misspelt 途经)
_PASSES = "途经|途径|行经|经停"
_CALL_WORD = re.compile("|".join((*_CALL_WORDS, _PASSES)))
_CALLS = re.compile(
    f'(?:{"|".join(_CALL_WORDS)}|(?P<passes>{_PASSES}))(?:顺序|次序)?(?:依次)?(?:为|是)?[:：]?[“"]?'
    "(?P<list>(?:[\u4e00-\u9fff]{2,7}[、\\-—―－→–]{1,2}){1,20}[\u4e00-\u9fff]{2,7})"
    '(?(passes)[”"]?等港口?)'
)
_ITEM = re.compile("[\u4e00-\u9fff]+")
_AND_MORE = re.compile("等(?:港口|港|城市)?\\Z")
# A train's stops, not a ship's calls: the list closed by stations (停靠伊尔库茨克、莫斯科、
# 马拉舍维奇6个站点), or a sentence of trains that names no ship nor line on the water
_STATIONS_AFTER = re.compile("等?[0-9一二三四五六七八九十几]*个?(?:站点|车站|站)")
_TRAIN = re.compile("班列|列车|火车")
_SENTENCE_REACH = 200
_SHIP = re.compile("船|轮|航线|班轮|港口|航次")


def _ports_of_call(text: str, gaz) -> list[tuple[int, int, str]]:
    """``(start, end, port)`` of each place a line calls at, as the port it calls at
    (:data:`_CALLS`); an item that names no place, or a port already, is left as it is."""
    out = []
    for m in _CALLS.finditer(text):
        if _STATIONS_AFTER.match(text, m.end()) or _train_stops(text, m.start()):
            continue
        offset = m.start("list")
        for item in _ITEM.finditer(m.group("list")):
            name = item.group()
            if more := _AND_MORE.search(name):
                name = name[: more.start()]
            port = _port_called_at(name, gaz)
            if port is not None:
                out.append((offset + item.start(), offset + item.start() + len(name), port))
    return out


def _train_stops(text: str, at: int) -> bool:
    """Whether the call word at ``at`` stands in a sentence of trains with no word of
    ships (:data:`_TRAIN`, :data:`_SHIP`): the stops of a train, no ports."""
    # (a bounded window each way: a text of many call words stays linear)
    lo, hi = max(0, at - _SENTENCE_REACH), min(len(text), at + _SENTENCE_REACH)
    start = max(lo, *(text.rfind(c, lo, at) + 1 for c in "。！？!?\n"))
    ends = [i for i in (text.find(c, at, hi) for c in "。！？!?\n") if i >= 0]
    sentence = text[start : min(ends) if ends else hi]
    return _TRAIN.search(sentence) is not None and _SHIP.search(sentence) is None


def _port_called_at(item: str, gaz) -> str | None:
    """The port a line calls at where an item of its calls names a place (厦门: 厦门港, of
    the table; 釜山: 釜山港, of the place; 海南洋浦: 洋浦港, 海南 saying where it lies), or
    none: a port named already (钦州港), a country (日本 is no one port), a name unknown."""
    for cut in range(len(item) - 1):
        before, name = item[:cut], item[cut:]
        within = gaz.candidates(before) if before else ()
        if before and not within:
            continue
        held = gaz.candidates(name)
        if any(gaz.places[h].level == "port" for h in held):
            return None
        ports = [h for h in gaz.candidates(name + "港") if gaz.places[h].level == "port"]
        port = ports[0] if len(ports) == 1 and gaz.places[ports[0]].curated else None
        if port is None and len(held) == 1:
            place = gaz.places[held[0]]
            # (香港: a province's rank, a city's size)
            if (place.level in FACILITY_HOSTS and place.level != "country") or (
                place.name.endswith("特别行政区")
            ):
                port = gaz.facility(name + "港", FACILITY_WORDS["港"], parent=None, host=place.name)
                port = port.name
        if port is not None and (not before or gaz.ancestors(port).intersection(within)):
            return port
    return None


# Words a list may share without a count (万州、黔江、巫山、武隆机场计划改扩建: each place's
# airport), where every item names one of the table's
# (宜宾和泸州港, 宜宾、泸州港: the port's word said once for a list of the table's ports)
_UNCOUNTED_WORDS = frozenset({"机场", "口岸", "港"})
# (宜宾和泸州港务局: a port authority's word, no port's; what may follow a facility's word)
_AFTER_A_PORTS_WORD = re.compile(NOT_AFTER_FACILITY)
# Of those, the words every item may name with its place where the table has none, and the
# levels of those places: a county's or a county-level city's, where crossings are (经吉隆、
# 樟木口岸出境: 吉隆口岸 and 樟木口岸 of the table; not 往返万象、走磨丁口岸, nor 桂林、北海经东兴
# 口岸: a city's name, a line's end, no crossing)
_UNCOUNTED_OF_PLACES = {"口岸": frozenset({"county"})}


def _uncounted(text: str, w: re.Match, gaz) -> list[tuple[int, int, str]]:
    """The ports of a list sharing the word ``w`` with no count before it, where the word
    may be shared so and every item names a port of the table with it; else none."""
    if w.group() not in _UNCOUNTED_WORDS:
        return []
    if w.group() == "港":
        # (the last item first, the port written whole: most 港 end no such list)
        join = max(text.rfind(c, max(0, w.start() - 10), w.start()) for c in "、和及")
        if (
            join < 0
            or _AFTER_A_PORTS_WORD.match(text, w.end()) is None
            or _table_port(text[join + 1 : w.start()], "港", gaz) is None
            # (班列往返于重庆和钦州港之间: a train's city, and a port)
            or _train_stops(text, w.start())
        ):
            return []
    listed = _LISTED.search(text, max(0, w.start() - 100), w.start())
    if listed is None:
        return []
    hosts = _UNCOUNTED_OF_PLACES.get(w.group())
    ports = _items_as_ports(listed, 0, w.group(), gaz, places=hosts is not None, hosts=hosts)
    if len(ports) != len(_ITEMS.split(listed.group())):
        return []
    # (the word is said with the last item: its mention holds it, 泸州港 of 宜宾和泸州港)
    start, end, port = ports[-1]
    return [*ports[:-1], (start, w.end(), port)] if end == w.start() else ports


def _items_as_ports(
    m: re.Match, group: int | str, word: str, gaz, *, places: bool, hosts=FACILITY_HOSTS
) -> list[tuple[int, int, str]]:
    """``(start, end, port)`` of each item of the list ``m`` matched in ``group`` (items
    parted by 、) that names a port of the table with ``word`` or 港, or, where ``places``,
    a facility of the place it names, of a level of ``hosts`` (:func:`_place_port`)."""
    out, offset = [], m.start(group)
    listed = m.group(group)
    at = 0
    for join in [*_ITEMS.finditer(listed), None]:
        end = join.start() if join is not None else len(listed)
        item = listed[at:end]
        port = _table_port(item, word, gaz) or (
            _place_port(item, word, gaz, hosts) if places else None
        )
        if port is not None:
            out.append((offset + end - len(port[1]), offset + end, port[0]))
        at = join.end() if join is not None else end
    return out


_NOT_ON_THE_WATER = ("dry port", "airport", "rail station", "border crossing")


def _table_port(item: str, word: str, gaz) -> tuple[str, str] | None:
    """The table's port that ``item`` (or its end: 永川朱沱 -> 朱沱) names with ``word``
    or 港, and the part of ``item`` that names it."""
    # (a dry port's, an airport's or a station's word names no port on the water: 岳阳内陆港
    # is not 岳阳港, 达州机场 not 达州港, 遂宁、南充2座车站 not 南充港; a crossing's neither:
    # 广州、上海等口岸 are 广州口岸 and 上海口岸, as each is named alone)
    words = (word,) if FACILITY_WORDS.get(word) in _NOT_ON_THE_WATER else (word, "港")
    for cut in range(len(item) - 1):
        name = item[cut:]
        for w in dict.fromkeys(words):
            held = gaz.candidates(name + w)
            place = gaz.places.get(held[0]) if len(held) == 1 else None
            if place is not None and place.level == "port" and place.curated:
                return place.name, name
    return None


def word_across(item: str, cut: int, gaz) -> bool:
    """Whether a name or a word that names no place (:data:`NOT_PLACES`) starts before
    ``cut`` in ``item`` and ends after it: the name after the cut is part of a longer one."""
    for start in range(max(0, cut - 4), cut):
        for end in range(cut + 1, min(len(item), start + 6) + 1):
            word = item[start:end]
            if len(word) >= 2 and (word in NOT_PLACES or gaz.candidates(word)):
                return True
    return False


def _place_port(item: str, word: str, gaz, hosts=FACILITY_HOSTS) -> tuple[str, str] | None:
    """The facility a place of the list names with the word, when the table does not
    have it (德阳、峨眉、昭通等无水港: 德阳无水港, at 德阳市), and the place's name; a
    station's item may be a place and a direction (蓬溪南: 蓬溪南站, at 蓬溪县)."""
    if word == "站" and (by_direction := _station_by_direction(item, gaz)) is not None:
        return by_direction
    for cut in range(len(item) - 1):  # (拟建立德阳: 德阳)
        name = item[cut:]
        held = gaz.candidates(name)
        if not held:
            continue
        if cut and word_across(item, cut, gaz):
            return None  # (曲靖市珠江源: 珠江 runs into it; the item is no 江源区's)
        rule = CONTEXT_RULES.get(name)
        if cut and rule is not None and rule.before and item[:cut].endswith(rule.before):
            return None  # (湄洲湾南岸: a bay's shore, as the name's rule says; no 南岸区's)
        # (a station of a name a prefecture and a city in it share: the city's, 喀什站)
        inner = gaz.innermost(held) if word == "站" else held
        one = inner[0] if len(inner) == 1 else None
        if one is None and FACILITY_WORDS.get(word) == "dry port":
            one = gaz.preferred(inner)  # (岳阳内陆港: the city's, not its county's)
        place = gaz.places.get(one) if one else None
        if place is not None and place.level in hosts and place.level != "country":
            kind = FACILITY_WORDS[word]
            if word in ("港", "港口") and name.endswith("港"):
                return None  # (莫尔兹比港: a city named for its port stays the city)
            named = name + ("港" if word == "港口" else word)  # (卡亚俄、圣安东尼奥等港口)
            return gaz.facility(named, kind, parent=None, host=place.name).name, name
        return None  # (the longest name known says what the item is: 上海港, not 海港区)
    return None


def _station_by_direction(item: str, gaz) -> tuple[str, str] | None:
    """The station of a place by its direction that an item of a list of stations names
    (新建蓬溪南、营山西、达州南7座车站: 蓬溪南站 at 蓬溪县; 营山西 is no 山西), and the item:
    the whole item, or its end after a word of what is done (新建), is a place's name of two
    characters or more and a direction, and no name itself (河南, 黔东南)."""
    if item[-1:] not in DIRECTIONS:
        return None
    for cut in range(len(item) - 2):
        name = item[cut:]
        if gaz.candidates(name) or (cut and word_across(item, cut, gaz)):
            return None  # (湖南, 黔西南: a name; 新建蓬溪南 is cut at 蓬溪南 only)
        # (资阳西: of 资阳市 and 益阳's 资阳区, the one the name alone stands for)
        held = gaz.innermost(gaz.candidates(name[:-1]))
        one = held[0] if len(held) == 1 else gaz.preferred(held) if held else None
        place = gaz.places.get(one) if one else None
        if place is None:
            continue
        if place.level not in _LISTED_BY_DIRECTION:
            return None
        port = gaz.facility(name + "站", FACILITY_WORDS["站"], parent=None, host=place.name)
        return port.name, name
    return None


# The places whose stations are named by their direction (达州南站, 渠县北站, 万州北站)
_LISTED_BY_DIRECTION = frozenset({"prefecture", "county", "district", "city"})


# A port of its own name listed right after a port abroad (泰国林查班港、曼谷港和某某港等港口;
# 越南海防港及某某港): a port of that country too, whatever its name is, as after the country
_NEXT_IN_LIST = re.compile(
    f"(?:、|和|及|与|以及)(?P<own>[\u4e00-\u9fff]{{2,6}}?)港{GANG_IN_ANOTHER_WORD}{NOT_AFTER_FACILITY}"
)


def ports_abroad_listed(text: str, raw: list, lex) -> list:
    """The ports of their own names listed right after a port abroad (:data:`_NEXT_IN_LIST`),
    where no mention of ``raw`` (sorted) but a weak one starts inside the name, as mentions
    to insert: each at the country of the port before it in the list. A list goes on past
    each port read (泰国甲港、乙港和丙港)."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    for _, b, surface in raw:
        if surface.levels[:1] != ("port",) or gaz.in_china(surface.place):
            continue
        country = gaz.country_of(surface.place)
        at = b
        while country is not None and (m := _NEXT_IN_LIST.match(text, at)) is not None:
            own = m.group("own")
            k = bisect_left(starts, m.start("own"))
            if not is_own_name(own, not_names=NOT_PORT_NAMES) or any(
                not (raw[j][2].rule is not None and raw[j][2].rule.weak)
                for j in range(k, bisect_left(starts, m.end()))
            ):
                break  # (a port read there: the list goes on from it, as its own mention)
            name = own + "港"
            port = gaz.facility(name, FACILITY_WORDS["港"], parent=None, host=country)
            out.append((m.start("own"), m.end(), lex.facility_surface(port, name)))
            at = m.end()
    return out
