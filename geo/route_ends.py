"""Where a route starts and ends: the places a sentence names as a movement's ends.

A movement's origin (:func:`origin_of`, and the places listed after it,
:func:`other_origins`), its destinations and stops after a point of the sentence
(:func:`ends_after`), and how places lie in one another for that (:func:`within`,
:func:`inside`; :func:`over_sea`: an end across the sea); where the telling of it
ends is :mod:`cqmap.geo.route_clauses`'s. The words these read by are
:mod:`cqmap.geo.route_words`; the readers that use them, :mod:`cqmap.geo.routes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_clauses import clause_end, clause_start, compared
from cqmap.geo.route_movement_words import (
    ACROSS_WORDS,
    DEPART,
    DESTINATIONS,
    GATHERED_AT,
    VIA,
    WAYS_NAME,
)
from cqmap.geo.route_pieces import T
from cqmap.geo.route_services import TRANSPORT_CUE
from cqmap.geo.skeleton import Sentence, is_token
from cqmap.geo.vocabulary import PART_OF

__all__ = [
    "crossed_at",
    "over_sea",
    "ends_after",
    "listed_bound_for",
    "listed_places",
    "sold_to",
    "via_places",
    "other_origins",
    "origin_of",
    "inside",
    "within",
    "THE_OTHER",
    "THE_OTHER_RUN",
]

# Across the sea from China's rivers: abroad, and these three
_OVER_SEA = frozenset({"香港特别行政区", "澳门特别行政区", "台湾省"})


# A border crossed a few words after a place (在霍尔果斯换装出境, 经二连浩特口岸出入境)
_CROSSED = re.compile(f"[^，,。；;\ue000-\uefff]{{0,8}}?(?:{'|'.join(ACROSS_WORDS)})")


def crossed_at(sent: Sentence, place: str, gaz: Gazetteer) -> bool:
    """Whether ``place`` is a border crossing the sentence tells a border crossed at
    (班列都在阿拉山口换装出境): where trains pass, no start."""
    if gaz.places[place].kind != "border crossing":
        return False
    skeleton = sent.skeleton
    return any(
        is_token(c) and place in sent.hit(c)[2].places and _CROSSED.match(skeleton, k + 1)
        for k, c in enumerate(skeleton)
    )


def over_sea(name: str | None, gaz: Gazetteer) -> bool:
    """Whether a route's end lies across the sea from China's rivers (釜山, 门司港, 新加坡,
    东南亚, 香港; not an area of China, 珠三角)."""
    place = gaz.places.get(name) if name else None
    if place is None or name == CHINA:
        return False
    if place.level == "area" and gaz.in_china(name):
        return False
    if place.level in ("country", "area") or name in _OVER_SEA:
        return True
    return any(
        a in _OVER_SEA or (a != CHINA and getattr(gaz.places.get(a), "level", None) == "country")
        for a in gaz.ancestors(name)
    )


# A port's railway station, named after it (宁波舟山港铁路北仑港站; not a railway bureau's
# place, 中国铁路西安局)
_RAILWAY_STATION_OF = re.compile(f"铁路({T})(?!局)")
# A railway bureau named by its seat, right after an end (开往郑州铁路局的略阳西站, 开进西安铁路
# 局新筑站): the bureau runs the station after it, the end; its seat is none
_BUREAU_AFTER = re.compile(f"(?:铁路)?局(?:集团有限公司|集团公司|集团)?(?:的)?({T})?")
# A place in an end, named right after it (老挝首都万象: the capital; 宁波舟山港铁路北仑港站;
# 巴西第一大城市圣保罗, 德国最大的内河港杜伊斯堡: what it is, then its name)
_EPITHET = (
    "(?:第[一二三四五六]大|最大的?|重要的?|著名的?|主要的?|东部|西部|南部|北部|中部)"
    "(?:城市|港口城市|港口|港|内河港|海港|工业城市|商业城市|经济中心|物流中心)的?"
)
_INNER = re.compile(f"(?:的|铁路)?(?:首都|首府|{_EPITHET}|{PART_OF})?({T})")
# The same, with the word between told (老挝首都万象, 哈萨克斯坦东南部阿拉木图): after the
# last end of a line named by its ends (至匈牙利首都布达佩斯的冷链专列), the end told finer
_INNER_TOLD = re.compile(f"(?:的)?(?:首都|首府|{_EPITHET}|{PART_OF})({T})")


def told_finer_after(sent: Sentence, k: int, end: str, gaz: Gazetteer) -> str:
    """``end``, or the place in it named right after skeleton index ``k`` with a word of
    what it is or where in it it lies between (首都, 第一大城市, 东南部: :data:`_INNER_TOLD`)."""
    inner = _INNER_TOLD.match(sent.skeleton, k)
    if inner is not None and inside(sent.place(inner.group(1)), end, gaz):
        return sent.place(inner.group(1))
    return end


# Goods handed on where a run ends, in China (抵达重庆后将运转至成都及周边地区进行分销)
_DISTRIBUTED = re.compile(
    r"后[，,]?\s*(?:将|再|随即|即|被|经[^，,。；;]{0,8}?)*(?:运转|分拨|配送|分销|转运|疏运)(?:至|到)?\Z"
)


# Goods exported on from where a run ends (到站后再转运出口…)
_AFTER_ARRIVAL = re.compile(r"后[，,]?\s*(?:将|再|随即|即|被)*(?:转运|中转|转口)?\Z")
# Goods told by where they are sold (出口到非洲的化工品, 销往欧洲的产品)
_SOLD = ("出口", "销往", "销售", "销至")
_GOODS_AFTER = re.compile("[^，。；,;]{0,10}?的")


def sold_to(skeleton: str, d: re.Match) -> bool:
    """Whether a :data:`DESTINATIONS` match tells where goods are sold, the goods named
    after it (出口到非洲、欧美的化工品), not where a movement goes."""
    return (
        skeleton.startswith(_SOLD, max(0, d.start() - 2))
        and _GOODS_AFTER.match(skeleton, d.end()) is not None
    )


# The second of two runs told one after the other (一列去往…,另一列去往…)
# (一列去往罗斯托克,另一列去往斯瓦夫库夫; 一班开往波兰马拉,一班开往德国杜伊斯堡: each its end)
_THE_OTHER = r"[，,；;]\s*(?:另(?:一|外一)|一)\s*"
_RUNS = "列|趟|艘|班|条"
THE_OTHER_RUN = re.compile(f"{_THE_OTHER}(?:{_RUNS})")
# ... or of the goods of one run shared between two ends (一半运往呼和浩特,另一半运往兰州:
# one run to both)
THE_OTHER = re.compile(f"{_THE_OTHER}(?:{_RUNS}|半|批|部分)")


_ITEM_WITH_ASIDE = re.compile(r"(?P<outer>[\ue000-\uefff])(?:[（(](?P<inner>[^()（）]*)[)）])?")


def listed_places(sent: Sentence, fragment: str, gaz: Gazetteer) -> list[str]:
    """The places of a list of a sentence's skeleton, each place with others in brackets
    after it that it holds told by these (飞往印度(德里、孟买): the cities, not the country)."""
    if "(" not in fragment and "（" not in fragment:
        return sent.places_in(fragment)
    told: list[str] = []
    for item in _ITEM_WITH_ASIDE.finditer(fragment):
        (outer,) = sent.places_in(item.group("outer"))
        inner = [x for x in sent.places_in(item.group("inner") or "") if outer in gaz.ancestors(x)]
        told += inner or [outer]  # (马德拉斯 in 印度's brackets names no 马德拉 of America)
    return told


# What joins the items of a list of ends each told with its word (至德国、至波兰和至莫斯科)
_LISTED_END = re.compile(r"\s*(?:、|和|及|以及)\s*")
# The share of the goods that goes to an end, told right after it, before the next end with
# its own share (发往西宁15车,发往银川10车; 运往某地300吨,运往另一地200吨):
# the goods split between the ends, each an end, not a stop on the way to the last
_SHARE = re.compile(
    r"\s*[\d一二三四五六七八九十百千两]+(?:多|余)?(?:个|节|辆|台|批)?"
    r"(?:集装箱|标准箱|标箱|车皮|车|吨|柜|箱|TEU)[，,、；;]\s*"
)


# A clause ending between two destinations (驶向蒂尔堡和杜伊斯堡,…奔向欧洲: the second
# told of the run again; not 运到白俄罗斯乃至西欧, an end beyond)
_CLAUSE_BREAK = re.compile("[，,；;]")


def ends_after(
    sent: Sentence, k: int, gaz: Gazetteer, end: int | None = None
) -> tuple[list[str], list[str]]:
    """The destinations and stops a sentence names after skeleton index ``k``: its last
    destination (…至德国的杜伊斯堡), and the places it passes (经达州…到达阿拉山口,进入
    哈萨克斯坦) in the order it names them."""
    skeleton = sent.skeleton
    stops: list[tuple[int, list[str]]] = []
    dests: list[str] = []
    last = k  # (where the last destination was told)
    end = len(skeleton) if end is None else end
    # (looked up once: a sentence of many ends is not searched again for each)
    may_compare = "比" in skeleton or "较" in skeleton or "不同于" in skeleton
    for d in DESTINATIONS.finditer(skeleton, k, end):
        if may_compare and compared(skeleton, d.start()):
            continue  # (同上海至重庆的长江运输比: what it is compared with)
        bare = d.group().startswith("到") and not d.group().startswith("到达")
        if bare and not _carried_to(skeleton, k, d.start(), first=not dests):
            continue  # (从重庆到广西,登高桥,进货场: a span, no movement)
        if _names_a_way(sent, d.end() - 1):
            continue  # (日喀则至吉隆公路: a road named by its ends, no end of a run)
        if sold_to(skeleton, d):
            continue  # (出口到非洲、欧美的化工品: where goods are sold, not where it goes)
        if skeleton.startswith(ACROSS_WORDS, d.end()) or skeleton.startswith(GATHERED_AT, d.end()):
            # (抵达阿拉山口出境: where it crosses the border, a stop; 运到曹妃甸港集中,再…:
            # where the goods are gathered, a stop)
            stops.append((d.start(), sent.places_in(d.group("list"))))
            continue
        if (
            dests
            and d.group().startswith("出口")
            and _AFTER_ARRIVAL.search(skeleton, max(0, d.start() - 12), d.start())
        ):
            break  # (驶往钦州港站,货物到站后再转运出口秘鲁、印度等国: markets, not its end)
        if dests and _DISTRIBUTED.search(skeleton, max(0, d.start() - 20), d.start() + 1):
            onward = sent.places_in(d.group("list"))
            if not any(over_sea(x, gaz) for x in onward):
                break  # (抵达重庆后将运转至成都…分销, 到达江津区后,经综保区分拨到广安: the
                # goods handed on, the run ends)
        told = listed_places(sent, d.group("list"), gaz)
        bureau = _BUREAU_AFTER.match(skeleton, d.end())
        if bureau is not None and len(told) == 1:
            if bureau.group(1) is None:
                continue  # (开往郑州铁路局的略阳西站: the bureau's station, no end named)
            told = [sent.place(bureau.group(1))]  # (开进西安铁路局新筑站: the station)
        inner = _INNER.match(skeleton, d.end())
        if inner and len(told) == 1 and _finer_end(sent.place(inner.group(1)), told[0], gaz):
            # (抵达菲律宾的马尼拉港, 两江新区鱼嘴站: the port; so told before it is weighed
            # against the ends before: 驶抵多斯特克站,换轨后继续开往哈萨克斯坦首都阿斯塔纳 goes
            # on to the capital, no coarser word of the station's country)
            told = [sent.place(inner.group(1))]
        if dests and _LISTED_END.fullmatch(skeleton, last, d.start()):
            # (至德国、至波兰、至莫斯科和至中亚五国: a list of ends, each with its 至)
            dests, last = [*dests, *told], d.end()
            continue
        if dests and THE_OTHER.search(skeleton, last, d.start()):
            dests = [*dests, *told]  # (一列去往罗斯托克,另一列去往斯瓦夫库夫: each an end)
            continue
        if dests and _SHARE.fullmatch(skeleton, last, d.start()):
            # (其中发往西宁15车,发往银川10车: each end with its share)
            dests, last = [*dests, *told], d.end()
            continue
        if (
            dests
            and told
            and _CLAUSE_BREAK.search(skeleton, last, d.start())
            and all(any(t in gaz.ancestors(x) for t in told) for x in dests)
            and all(any(t in gaz.ancestors(x) for x in dests) for t in told)
        ):
            continue  # (驶向蒂尔堡和杜伊斯堡,…奔向欧洲: where they go, told again coarser)
        if dests and not all(any(x in gaz.ancestors(t) for x in dests) for t in told):
            if _BOUND_FOR.match(skeleton, last, d.start()):
                # (至布达佩斯的班列…驶抵多布拉, 开往杜伊斯堡的班列已经到达叶卡捷琳堡: the
                # train named by where it is bound, told arriving on its way; a stop)
                stops.append((d.start(), told))
                continue
            # (开往杜伊斯堡,最终停靠在杜伊斯堡港: the end told again, finer, is no stop; a
            # stop where it was told, 驶抵俄罗斯…,再…进入黑龙江,最终到达抚远港)
            stops.append((last, dests))
        dests, last = told, d.end()
    for v in VIA.finditer(skeleton, k, end):
        stops.append((v.start(), _stops_of(sent, v)))
    via = [x for _, places in sorted(stops, key=lambda s: s[0]) for x in places]
    return dests, [x for x in via if x not in dests]


# A train named by where it is bound, right after that end (至华沙的中欧班列, 开往杜伊斯堡
# 的列车): the words up to where it is told arriving elsewhere (not the next of a list of
# trains: 至洋山港的江海联运班列、至武汉的沿江班列)
_BOUND_FOR = re.compile(
    "的[^，,。；;、\ue000-\uefff]{0,12}?(?:班列|专列|列车|货列)[^，,。；;、和及与\ue000-\uefff]{0,16}$"
)


def via_places(sent: Sentence) -> list[str]:
    """The places a sentence says a movement passes (经达州, 在果园港中转, 从阿拉山口出境)."""
    return [x for v in VIA.finditer(sent.skeleton) for x in _stops_of(sent, v)]


def _stops_of(sent: Sentence, v: re.Match) -> list[str]:
    """The places of a :data:`~cqmap.geo.route_movement_words.VIA` match, but for those naming a
    railway or a road (经成渝铁路; a country's railway, 泰国铁路, passes through it)."""
    group = next(g for g in ("list", "v", "x") if v.group(g))
    return [
        place
        for k, ch in enumerate(v.group(group), v.start(group))
        for place in sent.places_in(ch)
        if not _names_a_way(sent, k)
    ]


def _names_a_way(sent: Sentence, k: int) -> bool:
    """Whether the mention at skeleton index ``k`` names a railway or a road with the word
    after it (成渝铁路, 至吉隆公路; not a country's railway, 泰国铁路, which passes it)."""
    skeleton = sent.skeleton
    return (
        WAYS_NAME.match(skeleton, k + 1) is not None
        and is_token(skeleton[k])
        and sent.hit(skeleton[k])[2].levels[:1] != ("country",)
    )


def _carried_to(skeleton: str, k: int, at: int, *, first: bool = True) -> bool:
    """Whether a bare 到 (at ``at``, in a movement read from ``k``) tells something
    carried: a service or a word of freight in the clauses from the movement's to its
    own (班列从团结村到钦州港; 从果园港搭乘货轮,直接运输到上海港), not a span (从重庆到广西,
    登高桥). A movement's clause that opens with its start and leaving (从某地启程) has its
    subject in the clause before (回程班列满载板材,从曼海姆启程,三天后到青岛: the train), for
    the ``first`` end told (not 到达广州,之后再分送到…: where goods are handed on)."""
    start = clause_start(skeleton, k)
    if first and start and _LEAVING_FROM.match(skeleton, start):
        start = clause_start(skeleton, start - 1)
    end = clause_end(skeleton, at, len(skeleton))
    # (looked up among the sentence's words of freight, found once: a long sentence of
    # many bare 到 and no such word is not searched again for each)
    spans = _carried_spans(skeleton)
    i = bisect_left(spans, (start,))
    if i and spans[i - 1][1] > start:  # (one that starts inside the word before: 货运输)
        if _CARRIED.search(skeleton, start, min(end, spans[i - 1][1] + _CARRIED_LONGEST)):
            return True
    if i < len(spans) and spans[i][0] < end:
        return spans[i][1] <= end or _CARRIED.search(skeleton, spans[i][0], end) is not None
    return False


# A movement's clause that opens with its start and its leaving, no subject (也从某地启程)
_LEAVING_FROM = re.compile(
    f"(?:也|又|再|还|则|将|便|就|随后|然后)?(?:从|由|自)(?:{T}[市省县区]?){{1,2}}(?:{DEPART})"
)
_CARRIED = re.compile(
    f"{TRANSPORT_CUE.pattern}|运输|运送|集散|转运|装载|搭乘|铁路|货轮|装货|载货"
    # (这批榴莲是从泰国起运的,只走了4天就到了重庆: goods shipped)
    "|这批|该批|此批"
)
_CARRIED_LONGEST = 8  # (characters: the longest word of freight, 万标箱 with a digit)


@lru_cache(maxsize=8)
def _carried_spans(skeleton: str) -> list[tuple[int, int]]:
    """The spans of the words of freight of a skeleton, in order."""
    return [m.span() for m in _CARRIED.finditer(skeleton)]


# 从团结村、鱼嘴、小南垭等多个站点同时驶出: the other places a movement leaves from, listed
# after its first (trains of one day, a route each); or right before where they go
# (从重庆和成都开往欧洲; goods carried there, by sea or rail as well: 由宁波港、南沙港海运至
# 黄骅港, 从遂宁、广安运至重庆)
_GOING = (
    "(?:同时|分别|一起|陆续)?"
    "(?:开往|驶往|发往|运往|前往|驶向|开赴|(?:海|铁|水)?运(?:至|到|抵)|运输(?:至|到)|运送(?:至|到))"
)
_MORE_ORIGINS = re.compile(
    rf"(?:[、和及]{T})+(?=等|[^，。；,;\ue000-\uefff]{{0,12}}?(?:{DEPART})|{_GOING})"
)


# 分别驶出济南、青岛、淄博和临沂四大场站: the places left, listed after the verb, closed
# by 等, a count of them or the clause's end
_MORE_LEFT = re.compile(rf"(?:[、和及]{T})+(?=等|(?:\d+|[两二三四五六七八九十]+)[大个座]|[，,])")


# 成都城厢站、重庆团结村站分别开出…: the places listed before the last, which leaves with
# them, each told leaving by 分别 (each with its city before it: the city only says where
# it lies)
_LEAVING_EACH = re.compile("分别")
# What joins the items of a list of places (成都、重庆和贵阳)
_LIST_JOINS = "、和及与"
# A word of where goods go, right before a list (运往成都、重庆的货物)
_GOING_TO = "往至到抵达"


def _listed_before(skeleton: str, start: int) -> tuple[int, int] | None:
    """The list of places told right before ``start`` (成都、攀枝花、|昆明; 湖北宜昌、|湖南
    岳阳: an item may be a place and its province), as the indices of its first item and of
    the end of its last join, if there is one. Read backward from ``start``, so that a
    sentence of many places is read in linear time."""
    k = start - 1 if start and is_token(skeleton[start - 1]) else start
    end, first = k, None
    while k >= 2 and skeleton[k - 1] in _LIST_JOINS and is_token(skeleton[k - 2]):
        k -= 2
        if k and is_token(skeleton[k - 1]):
            k -= 1
        first = k
    return None if first is None else (first, end)


def _bound_for(skeleton: str, span: tuple[int, int]) -> bool:
    """Whether a list (its span, :func:`_listed_before`) is told after a word of where goods
    go (运往成都、重庆的货物: places the goods are bound for, none they come from)."""
    return span[0] > 0 and skeleton[span[0] - 1] in _GOING_TO


def listed_bound_for(skeleton: str, start: int) -> bool:
    """Whether the place at ``start`` ends a list of places goods are bound for."""
    span = _listed_before(skeleton, start)
    return span is not None and _bound_for(skeleton, span)


def other_origins(sent: Sentence, m: re.Match, origin: str) -> tuple[list[str], int]:
    """The places listed after the first of an :data:`~cqmap.geo.route_movement_words.ORIGIN` match
    (``从X、Y、Z…出发``, ``驶出X、Y和Z四大场站``), or before the last where each is told
    leaving (``X、Y分别开出``) or sending what arrives (``X、Y发来的班列开进Z``), each a
    movement's origin as well, and the skeleton index where the list ends."""
    groups = m.groupdict()
    if groups.get("o"):
        more = _MORE_ORIGINS.match(sent.skeleton, m.end())
    elif groups.get("o3"):
        more = _MORE_LEFT.match(sent.skeleton, m.end("o3"))
    elif (groups.get("o2") and _LEAVING_EACH.match(sent.skeleton, m.end("o2"))) or groups.get("o5"):
        first = "o2" if groups.get("o2") else "o5"
        span = _listed_before(sent.skeleton, m.start(first))
        if span is None or (first == "o5" and _bound_for(sent.skeleton, span)):
            return [], m.end()
        items = re.split(f"[{_LIST_JOINS}]", sent.skeleton[span[0] : span[1]])
        listed = [sent.places_in(item)[-1] for item in items if item]
        return [p for p in dict.fromkeys(listed) if p != origin], m.end()
    else:
        more = None
    if more is None:
        return [], m.end()
    return [p for p in dict.fromkeys(sent.places_in(more.group())) if p != origin], more.end()


def origin_of(sent: Sentence, m: re.Match, gaz: Gazetteer) -> str:
    """The place an :data:`~cqmap.geo.route_movement_words.ORIGIN` (or
    :data:`~cqmap.geo.route_movement_words.GOODS_FROM`) match starts from: 从重庆团结村 starts from
    团结村."""
    groups = m.groupdict()
    for group in ("o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9", "o10"):
        if groups.get(group):
            place = sent.place(groups[group])
            station = _RAILWAY_STATION_OF.match(sent.skeleton, m.end(group))
            if station and inside(sent.place(station.group(1)), place, gaz):
                return sent.place(station.group(1))  # (驶出宁波舟山港铁路北仑港站)
            # (驶离中国铁路X局集团有限公司X站: the station the railway runs)
            return _in_the_country(
                sent, _facility_of(sent, place, m.end(group), gaz), m.end(group), gaz
            )
    place = sent.place(m.group("o"))
    if m.group("inner"):
        inner = sent.place(m.group("inner"))
        if inside(inner, place, gaz):
            return inner
    return _in_the_country(sent, _facility_of(sent, place, m.end("o"), gaz), m.end("o"), gaz)


def _facility_of(sent: Sentence, place: str, end: int, gaz: Gazetteer) -> str:
    """``place``, or where it is a port, its facility told a few words on (在果园港国家
    物流枢纽鱼嘴货运站: 鱼嘴站, a station of the port)."""
    if getattr(gaz.places.get(place), "level", None) != "port":
        return place
    return _finest_after(sent, place, end, gaz)


def _in_the_country(sent: Sentence, place: str, end: int, gaz: Gazetteer) -> str:
    """``place``, or where it is a country, the place in it told a few words on (从中国内陆
    城市重庆出发; 从中国铁路北京局下花园铁路货场: the railway's yard)."""
    if getattr(gaz.places.get(place), "level", None) != "country":
        return place
    later = _LATER_PLACE.match(sent.skeleton, end)
    if later and inside(sent.place(later.group(1)), place, gaz):
        # (…X局集团有限公司X货运中心X北站物流基地: the office's unit, then its
        # yard, each finer)
        return _finest_after(sent, sent.place(later.group(1)), later.end(), gaz)
    return place


def _finest_after(sent: Sentence, place: str, end: int, gaz: Gazetteer) -> str:
    """``place``, or the finest of the places in it told one after another right after
    ``end`` (:data:`_FINER_AFTER`)."""
    while (finer := _FINER_AFTER.match(sent.skeleton, end)) and _finer_end(
        sent.place(finer.group(1)), place, gaz
    ):
        place, end = sent.place(finer.group(1)), finer.end()
    return place


# (not a railway bureau's place: 从中国铁路北京局下花园铁路货场, 从中国铁路X局集团有限公司
# X货运中心… start from the yard, the unit)
_LATER_PLACE = re.compile(
    f"[^，。；,;、\ue000-\uefff]{{1,8}}?(?:{T}局(?:集团有限公司|集团公司|集团)?)?({T})"
)
# A finer place a few words on, of the place told, no word of moving between
# (合肥货运中心合肥北站物流基地, 果园港国家物流枢纽鱼嘴货运站; not 从果园港出发至鱼嘴站)
_FINER_AFTER = re.compile(
    f"(?:(?!至|到|往|经|出|驶|开|发|运|抵|和|与|及|或)[^，。；,;、\ue000-\uefff]){{0,6}}?({T})"
)


def _finer_end(inner: str, outer: str, gaz: Gazetteer) -> bool:
    """Whether ``inner``, named right after the end ``outer``, is that end told finer: a
    place in it, or a port or station after a region (重庆市两江新区鱼嘴站: a zone holds
    no ports in the gazetteer, yet the station is where the train goes), or after a city
    abroad, or a division abroad, whose country hosts it (越南胡志明市凯莱港, 卡卢加州沃尔西诺站:
    the table places a port abroad in its country, not its city)."""
    if inside(inner, outer, gaz):  # (a place in it: 中国阿拉山口, 德国的杜伊斯堡)
        return True
    place, area = gaz.places.get(inner), gaz.places.get(outer)
    return (
        place is not None
        and area is not None
        and place.level == "port"
        and (
            area.level in ("zone", "district", "municipality")
            or (
                area.level in ("city", "state")
                and place.host is not None
                and place.host == area.province
            )
        )
    )


def inside(name: str, area: str, gaz: Gazetteer) -> bool:
    """Whether place ``name`` lies in ``area``, a country included (重庆 in 中国)."""
    if area in gaz.ancestors(name) or within(name, area, gaz):
        return True
    return area == CHINA and gaz.in_china(name)


def within(name: str, area: str, gaz: Gazetteer) -> bool:
    """Whether place ``name`` lies in ``area`` (itself, its province, a port's host's)."""
    if name == area:
        return True
    place = gaz.places.get(name)
    if place is None:
        return False
    if place.level == "port" and place.host:
        return within(place.host, area, gaz)
    return place.province == area or place.parent == area
