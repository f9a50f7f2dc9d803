"""Routes going on over sentences: what a sentence after a route's tells of it.

A train taken on to where a later sentence says its goods go (班列将经钦州港运输至越南:
:func:`extend_route`; the trains that left with it go on alike, :func:`go_on_alike`), a
river liner's goods shipped on by sea from its end (:func:`ship_on`), a route's ship or
train told leaving a finer place (:func:`depart_route`, :func:`departure`) and a ship or
train told leaving, then arriving a sentence or two on (:func:`arrival`). The document's
reading that calls them is :mod:`cqmap.geo.relations`; a sentence's own routes are
:mod:`cqmap.geo.route_reading`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_clauses import clause_start
from cqmap.geo.route_ends import ends_after, origin_of, over_sea, via_places
from cqmap.geo.route_line_modes import by_sea, by_sea_only, of_the_sea
from cqmap.geo.route_merging import at_origin, finer, finest
from cqmap.geo.route_modes import TRAINS, TRANSFER, mode_of, on_by_ship, regauged
from cqmap.geo.route_movement_words import CAN_REACH, DEPART, DESTINATIONS, FROM_HERE, ORIGIN
from cqmap.geo.route_runs import LINES_SPREAD, NOT_RUN, RESPECTIVELY, SEVERAL
from cqmap.geo.route_services import PASSENGERS
from cqmap.geo.route_types import Route
from cqmap.geo.skeleton import Sentence
from cqmap.geo.vocabulary import WATER_MODES, WATER_PORT_KINDS, finer_mode

__all__ = [
    "extend_route",
    "goods_go_on",
    "go_on_alike",
    "ship_on",
    "depart_route",
    "departure",
    "arrival",
    "sailed_from",
    "arrived_at",
    "came_from",
]


# The subject of a sentence that tells where a train or its goods go on to
_ONWARD_SUBJECT = re.compile("班列|列车|专列|货物|集装箱|货品|批货|(?:这|该|此)批|^它")
# Another train or ship told as the sentence's subject (当天,另有一列班列南下…发往东南亚;
# 另一趟班列…): a run of its own, not the one told before going on
_ANOTHER_RUN = re.compile(
    "^[^。；;]{0,8}?(?:另一|(?:同一天|同日|与此同时|同时)[，,]?一)(?:列|趟|艘)"
)
# People going somewhere by train (代表团一行踏上开往成都的列车): no goods going on
_PEOPLE_ABOARD = re.compile("代表团|考察团|一行|旅客|乘客|游客")
# A service opened to a place (成功向北开行至俄罗斯的中欧接续班列): one of its own, not the
# last one going on
_OPENED_TO = re.compile("(?:开行|开通|开辟|开出|推出)了?(?:至|到|往)")
# A network counted (线路已有123条,通达德国、波兰等21个国家; 25个省市开行过…,货物通达泰国、
# 老挝…) or told by its nodes (货物通达新加坡等东盟主要物流节点): all its lines, not the
# train told before going on
_NETWORK = re.compile(
    r"[\d一二三四五六七八九十百几多]+(?:条|个国家|个城市|座城市|个站点|个省|国)(?![际内外家])|站点遍及|遍及"
    r"|等[^，,。；;]{0,8}?(?:物流节点|节点城市|主要港口|主要城市)"
    # (班列线路已陆续拓展到波兰华沙…: its lines spreading)
    f"|{LINES_SPREAD.pattern}"
    # (货场的市场辐射扩大到中亚、东欧: where a market or a service reaches, as 辐射 says
    # where it is read for ends; not goods handed on, 转运辐射至…全境)
    "|(?:市场|服务|业务)辐射[^，,。；;]{0,4}?(?:到|至)"
)
# A role a place strives to take (把自身建成…通往中亚、欧洲的重要纽带, 打造成连接…的门户):
# where it means to reach, no train told before going on
_ROLE = re.compile(
    "(?:建成|建设成|打造成?|成为|构建)[^。；;]{0,30}?(?:纽带|枢纽|门户|桥头堡|节点|支点)"
)
# On its way (途中, 途经, 经停): where a train told before stops
_ON_THE_WAY = re.compile("途中|途经|经停")
# Some of the trains counted (其中3列是越南货物过境中国再运往欧洲), or some of the goods
# (其中100标箱…通过金丰潍坊支线转运至潍坊: shares sent on by feeder lines of their own): not
# the train or ship going on
_SOME_OF = re.compile("其中[\\d一二三四五六七八九十几]+(?:列|趟|班|批|艘|标箱|个?标准箱|个?集装箱)")
# The train told on its way back (返程时该班列还会…运往果园港): its return, not a leg on
# (not 回程中亚班列, 返程中欧班列: a service coming back)
_ON_ITS_RETURN = re.compile("(?:回程|返程)(?:时|途中|过程中)|[在于](?:回程|返程)中|返回时|回来时")
# The ships themselves (their voyage goes on; goods shipped on are another service's)
_SHIPS = re.compile('货船|船舶|货轮|船队|该轮|该船|此轮|[”"]轮')
# The goods go on by another service (借助港区密集的远洋航线实现2周抵达美国): where they
# reach it, the train's route ends
_BY_ANOTHER = re.compile("(?:借助|依托|搭乘)[^，,。；;]{0,12}?(?:航线|班轮|海运|海船|远洋)")
# Only a rail-sea or rail service's route goes on over the sea (a river liner's goods
# shipped on from Shanghai are another service's)
_GOES_ON = TRAINS


# A first run told (2014年12月12日首列“天马号”中亚班列由武威南开往…): a service of its own,
# not the train told before going on
# (not 首趟班列由此开行: the one told before, its opening)
_FIRST_RUN_TOLD = re.compile("首[列趟班][^，,。；;]{0,20}?(?:由|从|自)(?!此|这|该)")


# A train or ship named by where it goes (开往波兰华沙的主线班列已驶抵新西伯利亚): one of
# its own, not the one told before going on
_NAMED_BY_ITS_END = re.compile(
    "(?:开往|驶往|发往|前往|驶向|去往)[^，,。；;的]{1,16}的(?:班列|列车|专列|货轮|班轮|货船)"
)


# A sentence of figures (统计显示,…累计发送…,出境货物则送达越南、老挝: where a service's
# goods go in all), no run going on
_FIGURES = re.compile("统计显示|累计(?:发送|开行|运送|完成)|截至[^，,。]{0,10}?(?:累计|已)")


# What ships or trains cannot do (万吨海轮无法上溯到武汉以上港口, 江船不能出海): how things
# stand, no run going on
_CANNOT = re.compile("无法|不能|难以")


# A sentence opening on the train or ship itself (列车上装的是…, 该轮…)
_ITSELF = re.compile(r"\s*(?:(?:该|这|此)(?:趟|列|艘)?)?(?:列车|班列|专列|货轮|货船|船舶)")


def _not_a_run(text: str) -> bool:
    """Whether a sentence tells a plan, a future or a past rather than a run
    (:data:`~cqmap.geo.route_runs.NOT_RUN`); but the plan (计划) told of the train or ship
    itself is its run's course (车上装载着…,计划取道二连浩特口岸出境,…最终到达波兰华沙;
    这是…首趟专列,列车计划在3天后抵达沂南站: the clause's subject); what it may do is none
    (班列开通运营后,…可实现货物…转运至泰国)."""
    not_run = NOT_RUN.search(text)
    while (
        not_run
        and not_run.group() == "计划"
        and (_ITSELF.match(text) or _ITSELF.match(text, clause_start(text, not_run.start())))
    ):
        not_run = NOT_RUN.search(text, not_run.end())
    return not_run is not None


def extend_route(
    routes: list[Route], last: Route, sent: Sentence, text: str, gaz: Gazetteer
) -> Route | None:
    """Extend a train's route with where a later sentence says it goes on to (班列将经
    钦州港运输至越南、印度: its destinations become stops, these its destinations).

    The train is the document's route whose destination the sentence passes through
    (再通过钦州港分拨至…), else the route read last, or the route from its place when
    that was only a corridor named there. Returns the route extended (or confirmed).
    """
    # (the ships of a voyage told going on: 货船将沿乌江水路直奔重庆涪陵, their own run)
    voyage = last.mode in WATER_MODES and _SHIPS.search(text) is not None
    if (
        not (_ONWARD_SUBJECT.search(text) or voyage)
        or _SOME_OF.search(text)
        or _ON_ITS_RETURN.search(text)
        or ORIGIN.search(sent.skeleton)
        or _not_a_run(text)
        or _OPENED_TO.search(text)
        or _PEOPLE_ABOARD.search(text)
        or _ANOTHER_RUN.search(text)
        or _NETWORK.search(text)
        or _ROLE.search(text)
        or CAN_REACH.search(text)
        or _CANNOT.search(text)
        or _FIRST_RUN_TOLD.search(text)
        or _FIGURES.search(text)
        or _NAMED_BY_ITS_END.search(text)
        # (共发行5趟班列,分别开往厦门港、乐清湾…: trains counted, each to its own end)
        or ((each := RESPECTIVELY.search(text)) and SEVERAL.search(text, 0, each.start()))
    ):
        return None  # (a movement of its own; a plan, or what was done before: 远期将通过
        # 泛亚铁路直达泰国, 此前货物要运到团结村火车站)
    goes_on = (*_GOES_ON, *WATER_MODES) if voyage else _GOES_ON
    # (…到达盐田港后,经驳船运至葵青港,换装国际班轮发往欧洲: the goods leave this service
    # where they change to another, as a movement's do, read_movement)
    transfer = TRANSFER.search(sent.skeleton) or _BY_ANOTHER.search(sent.skeleton)
    if transfer is not None and last.mode == "rail" and regauged(sent.skeleton, transfer):
        transfer = None  # (货物到达后贝加尔斯克换装宽轨车组,…运抵莫斯科: the train goes on)
    dests, via = ends_after(sent, 0, gaz, transfer.start() if transfer else None)
    dests, via = _spread_from(dests, via, gaz)
    by_ship = transfer is not None and on_by_ship(sent.skeleton, transfer.start())
    if by_ship and last.mode in TRAINS:
        # (…运到北部湾港后,换装海船运抵新加坡: the train's goods go on by ship, the
        # port a stop of its route)
        onward, onward_via = ends_after(sent, transfer.end(), gaz)
        if onward:
            dests, via = onward, [*via, *dests, *onward_via]
    if not dests:
        # (该班列途中将在重庆中转: where the train told before stops on its way)
        stops = [
            v
            for v in via
            if v not in last.via
            and not gaz.holds(v, last.origin)
            and not any(gaz.holds(v, d) for d in last.destinations)
        ]
        if stops and last.destinations and _ON_THE_WAY.search(text):
            last.via = finest([*last.via, *stops], gaz)
            return last
        return None
    told_from = None  # (a train told leaving a station of a service's place: 临沂朱保站)
    if not last.destinations:  # (not a service of another corridor or mode from there)
        told_from = None if last.anchored else last.origin
        last = next(
            (
                r
                for r in reversed(routes)
                if r.destinations
                and gaz.holds(r.origin, last.origin)
                and not (r.corridor and last.corridor and r.corridor != last.corridor)
                and (r.mode == last.mode or finer_mode(r.mode, last.mode) is not None)
            ),
            last,
        )
    route = next(
        (
            r
            for r in reversed(routes)
            if r.mode in goes_on and any(gaz.holds(v, d) for v in via for d in r.destinations)
        ),
        last,
    )
    if route.mode not in goes_on or any(
        gaz.holds(d, route.origin)
        or (d == "中国" and gaz.in_china(route.origin))
        or _same_host(d, route.origin, gaz)
        for d in dests
    ):
        # (沿线各国的商品也被运到中国: goods coming back, no train going on; 从斯图加特陆运至
        # 杜伊斯堡场站: goods brought to where the train starts)
        return None
    if route.mode == "rail" and not by_ship and mode_of(text, None) in WATER_MODES:
        return None  # (a train's goods shipped on by river or 江海联运 are a liner's)
    if (
        route.destinations
        and all(_abroad(d, gaz) for d in route.destinations)
        and all(gaz.in_china(d) for d in dests)
    ):
        # (…万象南中老班列在江门北站首发。列车…一路行至云南昆明,经磨憨口岸驶出国境: a
        # stop in China on its way abroad, no end beyond the one told; and of a train
        # crossing China, 河内至汉堡的过境中转班列…1月15日到达郑州后: where it changes)
        route.via = finest(
            [
                v
                for v in dict.fromkeys([*dests, *route.via, *via])
                if not gaz.holds(v, route.origin) and v not in route.destinations
            ],
            gaz,
        )
        return route
    if told_from is not None and route.origin != told_from and gaz.holds(route.origin, told_from):
        # (齐鲁号…开辟临沂—蒙古国线路。…临沂朱保站开出一趟中欧班列。该班列将经二连浩特口岸
        # 出国境,…到达蒙古乌兰巴托: the line's train, from the station it was told leaving)
        route.origin = finer(route.origin, told_from, gaz)
    if all(any(gaz.holds(d, x) for x in [*route.destinations, *route.via]) for d in dests):
        # (where it goes or passes, told again: by a finer name, 欧洲 then 杜伊斯堡; and
        # where it passes on the way, 经二连浩特口岸)
        # (非洲 then 莫桑比克和尼日利亚: each place told in it)
        route.destinations = list(
            dict.fromkeys(
                y
                for x in route.destinations
                for y in [finer(x, d, gaz) for d in dests if gaz.holds(x, d)] or [x]
            )
        )
        passed = [v for v in via if not any(gaz.holds(x, v) for x in route.destinations)]
        if passed:
            route.via = finest(
                [v for v in dict.fromkeys([*route.via, *passed]) if not gaz.holds(v, route.origin)],
                gaz,
            )
        return route
    stops = [*route.via, *route.destinations, *via]
    route.via = finest(
        [v for v in dict.fromkeys(stops) if v not in dests and not gaz.holds(v, route.origin)],
        gaz,
    )
    route.destinations = list(dict.fromkeys(dests))
    if by_ship or (route.mode == "rail" and mode_of(text, None) == "rail-sea"):
        # (…抵达厦门港。随后,货物通过铁海联运模式直运台湾台中…: on over the sea)
        route.mode = "rail-sea"
    return route


# The goods of a train told going on (货物随后经连云港出海,…出口到巴基斯坦), not a
# service of the port's own (连云港开通至巴基斯坦的航线)
_GOODS = re.compile("货物|货品|产品|商品|这批|该批|此批")
# A line told opening (北部湾港至马尼拉的集装箱班轮直航航线正式开通): a service of its own
_LINE_OPENED = re.compile("开通|开辟|开行|首航|直航")


def goods_go_on(train: Route, route: Route, text: str, gaz: Gazetteer) -> bool:
    """Take the train told before on where a sentence's own movement takes its goods on
    from the port it went to (…班列从郑州圃田站发车,驶向连云港。货物随后经连云港
    出海,换乘远洋货船,…出口到巴基斯坦、埃及: one route to where the goods go abroad, the
    port a stop, over the sea). Returns whether it did; the movement is then no route of its
    own."""
    if (
        train.mode not in TRAINS
        or len(train.destinations) != 1
        or not route.destinations
        or route.origin is None
        or route.name is not None
        or route.mode in (*TRAINS, "air", "road")
    ):
        return False
    port = train.destinations[0]
    place = gaz.places.get(port)
    if (
        place is None
        or place.level != "port"
        or place.kind not in WATER_PORT_KINDS
        or not (gaz.holds(port, route.origin) or gaz.holds(route.origin, port))
    ):
        return False
    if (
        not _GOODS.search(text)
        or _not_a_run(text)
        or _NETWORK.search(text)
        or _FIGURES.search(text)
        or _LINE_OPENED.search(text)
        # (…到达湛江港后,转搭华南集装箱快线直达广州南沙港: a line of its own in China; the
        # goods going on over the sea are exported)
        or not all(over_sea(d, gaz) for d in route.destinations)
    ):
        return False
    train.via = finest(
        [
            v
            for v in dict.fromkeys([*train.via, port, *route.via])
            if not gaz.holds(v, train.origin)
        ],
        gaz,
    )
    train.destinations = list(route.destinations)
    if train.mode == "rail" and by_sea_only([port], gaz):
        train.mode = "rail-sea"
    return True


def _spread_from(dests: list[str], via: list[str], gaz: Gazetteer) -> tuple[list, list]:
    """Where goods arrive and then spread over China (…运抵河口北站,再分拨到中国各地): the
    place they arrive at is the end; China adds nothing."""
    if dests == [CHINA] and via and gaz.in_china(via[-1]):
        return [via[-1]], via[:-1]
    return dests, via


def _same_host(a: str, b: str, gaz: Gazetteer) -> bool:
    """Whether two facilities lie in one city or county (杜伊斯堡场站 and 杜伊斯堡站)."""
    pa, pb = gaz.places.get(a), gaz.places.get(b)
    if pa is None or pb is None or pa.level != "port" or pb.level != "port":
        return False
    host = gaz.places.get(pa.host) if pa.host else None
    return (
        host is not None
        and pa.host == pb.host
        and host.level not in ("country", "province", "municipality")
    )


def _abroad(place: str, gaz: Gazetteer) -> bool:
    """Whether a place lies in a country other than China (a country, or in one)."""
    return not gaz.in_china(place) and any(
        getattr(gaz.places.get(p), "level", None) == "country"
        for p in (place, *gaz.ancestors(place))
    )


def go_on_alike(
    siblings: list[Route], before: list[list[str]], extended: Route, gaz: Gazetteer
) -> list[Route]:
    """The trains that left with ``extended`` from other stations (``siblings``, read from
    one sentence, their destinations ``before`` the extension), given the onward ends a
    later sentence told for all (团结村、鱼嘴、小南垭等站点同时驶出,…驶向越南、泰国)."""
    at = next((k for k, r in enumerate(siblings) if r is extended), None)
    if at is None:
        return []
    out = []
    for route, was in zip(siblings, before):
        if route is not extended and was == before[at] and route.mode == extended.mode:
            route.destinations = [
                d for d in extended.destinations if not gaz.holds(d, route.origin)
            ]
            route.via = [v for v in extended.via if not gaz.holds(v, route.origin)]
            out.append(route)
    return out


def ship_on(liner: Route, sent: Sentence, text: str, gaz: Gazetteer) -> Route | None:
    """The goods of a river liner shipped on by sea from where it ends (…在果园港换装,以
    江海联运方式抵达天津港,终点是唐山; 经重庆果园港通过江海联运至营口港,最终运至盘锦):
    a movement of their own, from the liner's origin through its end, of mode
    ``river-sea``. The liner stays as it is (its service ends at its port). Returns the
    movement, or None when the sentence tells no such thing."""
    if liner.mode != "river" or not liner.destinations or NOT_RUN.search(text):
        return None
    if mode_of(text, None) != "river-sea":
        return None
    dests, via = ends_after(sent, 0, gaz)
    if not dests or not any(gaz.holds(end, v) for end in liner.destinations for v in via):
        return None  # (not through the liner's end: another shipment)
    ends = [liner.origin, *liner.destinations]
    if any(gaz.holds(x, d) or gaz.holds(d, x) for x in ends for d in dests):
        return None  # (where the liner goes or comes from, told again)
    return Route(
        None, liner.origin, dests, list(dict.fromkeys(via)), "river-sea", form="shipped on"
    )


def depart_route(routes: list[Route], sent: Sentence, gaz: Gazetteer) -> Route | None:
    """The route whose ship or train a sentence tells leaving a finer place than the
    route's origin, with nowhere named to go (…班轮成功首航。…缓缓驶离万州江南集装箱码头):
    that place becomes the route's origin. Returns the route, or None."""
    place = departure(sent, gaz)
    if place is None:
        return None
    for route in reversed(routes):
        if place != route.origin and at_origin(route.origin, place, gaz):
            route.origin = place
            return route
    return None


def departure(sent: Sentence, gaz: Gazetteer, anchor: str | None = None) -> str | None:
    """Where a sentence tells a ship or train leaving, with nowhere named for it to go
    (“华航汉亚6”轮当天从阳逻港一期码头出发。; 第一列专列从这里开出: ``anchor``, the facility
    the sentences before were about): the place it left, else None (not where a
    sentence of figures counts trains from: 统计显示,广西始发的中越班列已累计发送…)."""
    if _FIGURES.search(sent.skeleton):
        return None
    m = ORIGIN.search(sent.skeleton)
    if m is None:
        here = _FROM_HERE.search(sent.skeleton) if anchor is not None else None
        if here is None or ends_after(sent, here.end(), gaz)[0]:
            return None
        return anchor
    if m.group("o5") or ends_after(sent, m.end(), gaz)[0]:
        return None
    return origin_of(sent, m, gaz)


# Leaving from here (从这里开出, 由此出发): from the facility the sentences before were about
_FROM_HERE = re.compile(
    f"(?:{FROM_HERE}|(?:从|由)(?:此|该站|该港))[^，。；,;\ue000-\uefff]{{0,4}}?(?:{DEPART})"
)


# A ship told as a sentence's subject (该轮, 货轮, “某某”轮), and a train (its own story)
_A_SHIP = re.compile('货船|货轮|该轮|该船|此轮|[”"」]轮')
_A_TRAIN = re.compile("班列|列车|专列|火车")


def sailed_from(port: str, sent: Sentence, text: str, gaz: Gazetteer) -> list[Route]:
    """The route of a ship a sentence tells sailing to a place, naming no start, where the
    sentence right before it was about ``port`` (…刷新了某港的航线纪录。“某某”轮本航次载
    300标箱驶往韩国平泽): from the port, as :func:`arrival` reads a ship told leaving it.
    Not a train's sentence, nor what ships can or cannot reach (货船可直抵…, 大船不能上溯
    到…), nor a place told before the ship (靠泊基隆港的货轮…航向大陆: where it lay)."""
    if (
        gaz.places[port].level != "port"
        or _A_TRAIN.search(text)
        or CAN_REACH.search(text)
        or _CANNOT.search(text)
    ):
        return []
    skeleton = sent.skeleton
    ship = _A_SHIP.search(skeleton)
    first = DESTINATIONS.search(skeleton)
    if ship is None or first is None or first.start() < ship.end():
        return []
    routes = arrival(port, sent, text, "", gaz)
    for route in routes:
        route.mode = of_the_sea(route.mode, [port, *route.destinations], gaz, route.via)
    return routes


def arrived_at(sent: Sentence, gaz: Gazetteer) -> str | None:
    """Where a sentence tells a train or ship arriving, with no place named that it came
    from (一趟班列开进重庆市江津区小南垭站; 第一趟进口整车班列平稳到达重庆): its one end, else
    None."""
    if ORIGIN.search(sent.skeleton):
        return None
    dests, _ = ends_after(sent, 0, gaz)
    if len(dests) != 1 or gaz.places.get(dests[0]) is None:
        return None
    return dests[0]


def came_from(origin: str, place: str, sent: Sentence, text: str, gaz: Gazetteer) -> Route:
    """The route of a train or ship a sentence before told arriving at ``place``, where
    this one tells it leaving ``origin`` and going nowhere named (…班列平稳到达重庆。列车由
    德国杜伊斯堡发车,一路穿过波兰、白俄罗斯…): from there to ``place``, by the stops told."""
    via = [v for v in via_places(sent) if v not in (origin, place)]
    mode = by_sea(mode_of(text, None) or "unspecified", [place], gaz)
    return Route(None, origin, [place], via, mode, form="arrival, then departure")


def arrival(
    origin: str,
    sent: Sentence,
    text: str,
    left_text: str,
    gaz: Gazetteer,
    passed: Sequence[str] = (),
) -> list[Route]:
    """The route of a ship or train a sentence before told leaving ``origin`` (its text
    ``left_text``), to where this sentence says it arrives (9天后,“华航汉亚6”轮将抵达越南
    胡志明市凯莱港), when this one names no other start and tells a run; else none. Several
    told at once that arrive 分别 (两列首发列车…将分别抵达万象和老街) are a route each. A
    place that sentence told it passing (``passed``: 由寿光始发,经二连浩特出境。…专列到达
    二连浩特后,…换装: the crossing) is a stop it reaches, no end."""
    if ORIGIN.search(sent.skeleton) or _not_a_run(text) or PASSENGERS.search(text):
        return []
    dests, via = _spread_from(*ends_after(sent, 0, gaz), gaz)
    dests = [
        d
        for d in dests
        if not gaz.holds(d, origin) and not any(gaz.holds(d, p) or gaz.holds(p, d) for p in passed)
    ]
    if not dests:
        return []
    mode = by_sea(mode_of(left_text + text, None) or "unspecified", dests, gaz)
    via = [v for v in via if v != origin]
    each = (
        len(dests) > 1
        and RESPECTIVELY.search(sent.skeleton) is not None
        and SEVERAL.search(left_text + text) is not None
    )
    return [
        Route(None, origin, ends, via, mode, form="departure, then arrival")
        for ends in ([[d] for d in dests] if each else [dests])
    ]
