"""Freight routes read from a sentence.

:func:`read_routes` reads one sentence with the forms of :mod:`cqmap.geo.routes` and merges
what several forms read of one service (:mod:`cqmap.geo.route_merging`, which merges a
document's routes too); :mod:`cqmap.geo.route_settling` settles a document's routes once
all its sentences are read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_anchors import read_corridor
from cqmap.geo.route_building import read_groups
from cqmap.geo.route_ends import listed_places, origin_of
from cqmap.geo.route_forms import ROUTE_FORMS
from cqmap.geo.route_legs import carry_on, goes_on
from cqmap.geo.route_line_modes import to_the_sea
from cqmap.geo.route_merging import (
    absorb,
    add_route,
    at_origin,
    finer,
    matching,
    same_municipality,
    told_the_other_way,
)
from cqmap.geo.route_movements import read_movement, read_sent_on
from cqmap.geo.route_pieces import CLAUSE, JOIN, SEMICOLONS, TLIST_ASIDES, T
from cqmap.geo.route_runs import (
    FUTURE,
    OPENED_IN_STAGES,
    PLANNED_OPENING,
    PLANNED_OPENING_REACH,
    counted_network,
)
from cqmap.geo.route_services import PASSENGERS, TRANSPORT_CUE
from cqmap.geo.route_types import Route
from cqmap.geo.routes import Context
from cqmap.geo.skeleton import ANY, Sentence
from cqmap.geo.vocabulary import count_of

__all__ = ["read_routes"]


def read_routes(
    sent: Sentence, text: str, anchor: str | None, gaz: Gazetteer
) -> tuple[list[Route], dict[str, str]]:
    """The routes one sentence names, and the corridors it names without a route.

    ``anchor`` is the port the sentence before was about (a corridor named with no place
    of its own starts there).
    """
    ctx = Context(sent, text, gaz, anchor)
    skeleton = sent.skeleton
    out: list[Route] = []
    if PASSENGERS.search(text) and not TRANSPORT_CUE.search(text):
        # (…由长江黄金水道、郑渝高铁和机场组成的交通网: no freight route, the corridor named)
        return out, {c: n for c, n in ctx.corridors.items() if c in ctx.corridors_alone}
    if _DEFINED.search(text):
        return out, dict(ctx.corridors)  # (中亚班列,指的是从中国始发…: a kind defined)
    # (渝桂新班列从重庆开往新加坡;北部湾—新加坡航线也已启动: clauses parted by a semicolon tell
    # services of their own; a form read only where no other did reads each clause)
    clauses_read: set[int] = set()
    # (where the first word of what may be, or of lines opened in stages, ends, in the
    # skeleton and in the text: found once, not searched before each match, so that a long
    # sentence of many matches is read in linear time)
    plan_ends = {False: _first_plan_end(skeleton), True: _first_plan_end(text)}
    for form in ROUTE_FORMS:
        regex = form.regex
        last_end = 0
        scanned = text if form.over_text else skeleton
        marks = (
            [k for k, c in enumerate(scanned) if c in _CLAUSE_MARKS]
            if any(c in text for c in SEMICOLONS)
            else []
        )
        read_before = frozenset(clauses_read)  # (not this form's own: each of a list)
        for m in _matches(regex, scanned, marks if form.fallback else []):
            if form.each and counted_network(scanned, m.start(), m.end()):
                continue  # (开通韩国、西非…等6大板块共42条航线: a network counted, no service)
            if not form.over_text and _planned(skeleton, m):
                continue  # (谋划开通义乌—华沙班列: a line still to be opened)
            plan_end = plan_ends[form.over_text]
            if plan_end is not None and plan_end <= m.start():
                # (届时,钦州港区可开行直达中东的班列; 未来,东南亚的水果将可以通过西部陆海新
                # 通道直达…: what may be, no run, whatever the form; 将逐步开通…: lines to
                # be opened one after another)
                continue
            clause = bisect_right(marks, m.start())
            refine_only = form.fallback and clause in read_before
            if (
                out
                and form.reader is read_movement
                and _GONE_ON.search(skeleton, last_end, m.start())
            ):
                break  # (到达保山北站后,…从德宏出口至缅甸: the same goods going on)
            last_end = m.end()
            read = form.reader or read_groups
            before = len(out)  # (the routes of one match are distinct: a list of lines)
            legs: list[Route] = []
            for route in read(form, m, ctx):
                if route.origin is None:
                    continue
                if (
                    before
                    and form.reader is read_movement
                    and (
                        carry_on(out[-1], route, m, sent, gaz)
                        or goes_on(out[-1], route, m, sent, gaz)
                    )
                ):
                    # (…抵达钦州港,然后从钦州港码头转海运发往印度; …到达二连浩特口岸,…再从
                    # 二连浩特出发驶往徐州: the train's route)
                    continue
                if route.destinations and all(
                    gaz.holds(d, route.origin) for d in route.destinations
                ):
                    continue  # (goes nowhere it is not already: 团结村站始发的重庆班列)
                if _trade_lane(route, gaz):
                    continue  # (东南亚地区至北美东行的东西航线: a trade lane, no service)
                # (到达湛江港后,转搭…快线直达大湾区: a leg on another service, named, from
                # where the match's first leg ends, even where a named service read that leg)
                onward = route.form == "transfer" and any(
                    route.origin in leg.destinations for leg in legs
                )
                legs.append(route)
                existing = matching(out[:before], route, gaz)
                if existing is not None:  # (named twice, or read by two forms)
                    absorb(existing, route, gaz, ends_only=refine_only)
                    if refine_only:
                        # (贵阳至仰光、贵阳至达卡两条航线在龙洞堡国际机场开通: each line of
                        # the list starts there)
                        for other in out[:before]:
                            if other.origin in gaz.ancestors(route.origin):
                                other.origin = route.origin
                elif refine_only and (turned := told_the_other_way(out[:before], route, gaz)):
                    # (黄冈——舟山江海直达航线…从舟山一路直航到黄冈: the line named by its
                    # ends, told running from the second: it runs that way)
                    turned.origin, turned.destinations = (
                        finer(turned.destinations[0], route.origin, gaz),
                        [finer(turned.origin, route.destinations[0], gaz)],
                    )
                elif refine_only and (named := _named_from_a_stop(out[:before], route, gaz)):
                    # (南宁至达卡货运航线…由昆明长水国际机场起飞,经停南宁后飞往达卡: the line's
                    # named start is a stop of the run the sentence tells, from its start)
                    named.via = [*route.via, *(v for v in named.via if v not in route.via)]
                    named.origin = route.origin
                elif not refine_only or onward:
                    add_route(out, route)
            if len(out) > before or legs:
                clauses_read.add(clause)
            if form.fallback and out and form.reader is not read_movement:
                break  # (a movement's form reads each told in the sentence: 重庆的班列将
                # 驶向杜伊斯堡,成都的班列将行至罗兹)
    for route in out:
        if (
            len(route.destinations) == 1
            and any(_RETURN_OF_LINE.search(n) for n in (route.name, *route.names) if n)
            and not _told_coming_home(route, gaz)
        ):
            # (“重庆—杜伊斯堡”回程班列, “怀化—北部湾港”…回程班列: the line's train coming back,
            # from its far end; not 杜伊斯堡至成都的回程线路, a way named as it runs)
            route.origin, route.destinations = route.destinations[0], [route.origin]
            route.via = route.via[::-1]
    # (开行至重庆、成都、昆明等5个方向班列: directions counted, a service to each; so are
    # lines counted, “济宁—武汉、太仓、上海”等地16条集装箱航线)
    directions = (
        [_listed(sent, m, gaz) for m in _DIRECTIONS.finditer(skeleton)]
        if "个" in skeleton or "条" in skeleton or "地的" in skeleton
        else []
    )
    if "线路" in skeleton or "航线" in skeleton or "班列" in skeleton:
        # (相继开通临沂至越南、哈萨克斯坦、德国、俄罗斯等线路: lines, one to each)
        directions += [
            _listed(sent, m, gaz, "list" if m.group("list") else "opened")
            for m in _LINES.finditer(skeleton)
        ]
    if "继" in skeleton:
        directions += [
            _listed(sent, m, gaz, "list" if m.group("list") else "opened")
            for m in _LINES_BEFORE.finditer(skeleton)
        ]
    if "条" in skeleton:
        # (已开通至南亚、中东、非洲的7条线路: more lines than the parts of the world they go
        # to, a network's reach, no line to each)
        for m in _LINES_TO_AREAS.finditer(skeleton):
            areas = _listed(sent, m, gaz)
            n = m.group("n")
            if all(gaz.places[a].level == "area" for a in areas) and len(areas) < count_of(n):
                out = [
                    r
                    for r in out
                    if not r.destinations or any(d not in areas for d in r.destinations)
                ]
    # (花湖机场陆续开出的航线已飞到列日、金奈和德里等地: lines flown, not one aircraft's run)
    lines_flown = "航线" in skeleton and _ONE_AIRCRAFT.search(skeleton) is None
    # (至匈牙利、至波兰…等去程方向班列线路7条: each line read, then each one's ends
    # counted again; a line once)
    services = {}
    for route in out:
        for service in _services(route, directions, gaz, lines_flown):
            ends = (service.origin, tuple(service.destinations), tuple(service.via))
            services.setdefault((service.name, *ends, service.mode, service.corridor), service)
    out = list(services.values())
    if len(out) == 1 and ctx.first_origin is not None:
        # (西部陆海新通道(重庆涪陵—广西钦州)专列从涪陵西站驶出: the service's end named by
        # its place, and the station it left from, a port there: the station; of a list
        # of lines, the sentence does not say which left from it)
        (route,) = out
        left = origin_of(sent, ctx.first_origin, gaz)
        if left != route.origin and (
            at_origin(route.origin, left, gaz) or same_municipality(route.origin, left, gaz)
        ):
            route.origin = left
    if out and (run_at := _facility_running(sent, gaz)) is not None:
        # (成都东站已开行成都至汉堡、罗兹国际货运班列; 在南宁国际铁路港分别开行“南宁—
        # 明斯克”…班列: lines named by their city's name, run from the facility there)
        # (and coming back to it: 班加罗尔-重庆 opened by 重庆机场 ends at the airport)
        for route in out:
            if at_origin(route.origin, run_at, gaz):
                route.origin = run_at
            route.destinations = [
                run_at if at_origin(d, run_at, gaz) else d for d in route.destinations
            ]
    if len(out) == 1 and len(out[0].destinations) == 1 and ctx.first_destinations is not None:
        # (中老泰冷链班列(老挝万象—重庆江津)抵达江津小南垭铁路物流中心: the service's end
        # named by its place, and the station it arrived at, a port there: the station)
        (route,) = out
        arrived = sent.places_in(ctx.first_destinations.group("list"))
        if len(arrived) == 1 and arrived[0] != route.destinations[0]:
            # (not the port of the station read: 运抵宁波舟山港铁路北仑港站)
            coarser = arrived[0] in gaz.ancestors(route.destinations[0])
            if at_origin(route.destinations[0], arrived[0], gaz) and not coarser:
                route.destinations = arrived
    corridors = ctx.corridors
    named = {r.corridor for r in out if r.corridor}
    return out, {c: n for c, n in corridors.items() if c not in named and c in ctx.corridors_alone}


def _named_from_a_stop(routes: list[Route], run: Route, gaz: Gazetteer) -> Route | None:
    """The route of ``routes`` read before in the clause (a line named by its ends, 南宁至
    达卡航线, or a leg told from a border crossing) that ``run``, a movement told after it
    from another start, goes to the end of, passing the route's start as a stop (经停,
    途经, 从某口岸离境): the run's start is the route's."""
    for line in routes:
        if (
            line.origin is not None
            and run.origin is not None
            and line.origin in run.via
            and not gaz.holds(line.origin, run.origin)
            and len(line.destinations) == len(run.destinations) == 1
            and (
                gaz.holds(line.destinations[0], run.destinations[0])
                or gaz.holds(run.destinations[0], line.destinations[0])
            )
        ):
            return line
    return None


def _first_plan_end(scanned: str) -> int | None:
    """Where the first word of what may be (:data:`~cqmap.geo.route_runs.FUTURE`) or of
    lines opened in stages (``OPENED_IN_STAGES``) ends in ``scanned``, if any. Both are
    words with no look around, none inside another: a match before a form's match exists
    exactly when the first one ends before it."""
    ends = [m.end() for m in (FUTURE.search(scanned), OPENED_IN_STAGES.search(scanned)) if m]
    return min(ends, default=None)


_CLAUSE_MARKS = frozenset(SEMICOLONS)


def _planned(skeleton: str, m: re.Match) -> bool:
    """Whether the match's first place is the start of a line told as still to be opened
    (:data:`~cqmap.geo.route_runs.PLANNED_OPENING`)."""
    first = _PLACE.search(skeleton, m.start(), m.end())
    if first is None:
        return False
    at = first.start()
    return PLANNED_OPENING.search(skeleton, max(0, at - PLANNED_OPENING_REACH), at) is not None


_PLACE = re.compile(ANY)
# A facility that runs lines, as the subject of its verb or where they are run (成都东站已开行
# 了…, 在南宁国际铁路港分别开行…)
_RUNS_LINES = re.compile(
    rf"(?:^|(?<=[，,])|在)(?P<f>{T})(?:已经?|先后|累计|陆续|分别|相继|还|也|共|目前)*"
    "(?:开行|开通|开出|发出)了?"
)


def _facility_running(sent: Sentence, gaz: Gazetteer) -> str | None:
    """The one facility a sentence tells running lines (see :data:`_RUNS_LINES`), or
    ``None``."""
    found = {
        place
        for m in _RUNS_LINES.finditer(sent.skeleton)
        if gaz.places[place := sent.place(m.group("f"))].level == "port"
    }
    return found.pop() if len(found) == 1 else None


# A channel of trade named by its ends (中国—东盟的又一条重要海上运输通道)
_THROUGH_CHANNEL = re.compile("通道")
# A line named by its ends with a dash, then told coming back (回程, 返程; not 去回程, both ways)
_RETURN_OF_LINE = re.compile("[—–\\-－][^至到]{1,12}?(?<![去往])(?:回程|返程)")


def _matches(regex: re.Pattern, scanned: str, marks: list[int]) -> Iterator[re.Match]:
    """The matches of ``regex`` in ``scanned``, each within one clause where ``marks``
    (the clause marks' places) part it."""
    start = 0
    for end in (*marks, len(scanned)):
        yield from regex.finditer(scanned, start, end)
        start = end + 1


# A kind of service defined (中亚班列,指的是从中国始发…的班列): no service of its own
_DEFINED = re.compile("指的是|是指|指的就是")


# Arrived somewhere, then going on (到达保山北站后,): a later movement of the sentence is
# the same goods' next leg
_GONE_ON = re.compile("(?:到达|抵达|运抵|运至|驶抵)[^，,。；;]{1,12}?后[，,]")


# A list of places, then how many directions (or destinations) they are of, or how many
# lines (伯恩茅斯、米兰…等9条货运航线)
# (the countries' cities in brackets: 德国(汉堡)、波兰(华沙、罗兹)等6条国际直达班列)
_DIRECTIONS = re.compile(
    rf"(?P<list>{TLIST_ASIDES})(?:等?(?:\d+|[两二三四五六七八九十]+)个(?:方向|目的地|城市)"
    # (通往重庆和广元两地的水运航线: the places counted, each a line's end; 通往宁波、南通
    # 和上海的三条航线, the lines counted after 的)
    rf"|(?:两|[三四五六七八九十])地(?=的{CLAUSE}{{0,10}}?(?:航线|班列|线路|班轮))"
    rf"|[”\"]?(?:等地?|共)?的?(?:\d+|[两二三四五六七八九十]+)条"
    # (开出至太仓、扬州、上海的内贸航线,共计3条: the lines, then their count)
    rf"|的?{CLAUSE}{{0,10}}?(?:航线|班列|线路|班轮)[，,](?:共计|共有|共|合计)(?:\d+|[两二三四五六七八九十]+)条)"
)

# A list of places closed by 等, then lines (至越南、哈萨克斯坦、德国等线路; 至德国、至波兰和
# 至中亚五国等出口方向中欧班列线路8条): a line to each
# (…、哈萨克斯坦等6个国家的国际公路运输线路: counted, and the lines' kind)
_LINES = re.compile(
    rf"(?P<list>{T}(?:{JOIN}至?{T})*)等{CLAUSE}{{0,16}}?(?:线路|航线)"
    # (先后开通至印度、美西、美东、南美西航线, 陆续开行至汉堡、瓜达尔和塔什干等国际货物班列:
    # lines opened one after another, one to each)
    # (陆续发出至土耳其、阿塞拜疆等多趟…班列: trains sent one after another)
    # (from their start: 先后开出了南通港至太仓港、宁波港的“某某快线”直达航线, their name
    # between)
    rf"|(?:先后|陆续|相继)(?:开通|开行|开辟|发出|开出)了?{T}?(?:至|到)(?P<opened>{T}(?:{JOIN}{T})+)"
    rf"(?:等{CLAUSE}{{0,8}}?|的{CLAUSE}{{0,10}}?)?(?:航线|线路|班列)"
)
# Lines to places, counted (开通至南亚、中东、非洲的7条线路)
_LINES_TO_AREAS = re.compile(
    rf"(?:至|到|往)(?P<list>{TLIST_ASIDES})的?(?P<n>\d+|[两二三四五六七八九十])条(?:线路|航线|班列)"
)
# Lines run before the one told (继开行至宁波港、连云港港、上海港班列之后的第四条…线路): a line
# to each
# (继开行直达莫斯科、华沙和白俄罗斯后的第四条中欧班列: told opened, the service word left out)
_LINES_BEFORE = re.compile(
    rf"继(?:开行|开通|开辟)?(?:至|到)?(?P<list>{T}(?:{JOIN}{T})+){CLAUSE}{{0,8}}?"
    "(?:班列|航线|线路|班轮)之后"
    rf"|继(?:开行|开通|开辟)(?:直达|至|到)(?P<opened>{T}(?:{JOIN}{T})+)之?后"
)


# The forms that read trains or ships leaving (a movement, a corridor's train; goods sent
# on together from where they arrived), not a service named by its ends
_LEAVING = frozenset(
    f.name for f in ROUTE_FORMS if f.reader in (read_movement, read_corridor, read_sent_on)
)
# One aircraft told flying (一架全货机…飞往莫斯科和卢森堡): one run, whatever lines it opens
_ONE_AIRCRAFT = re.compile("一架|架次|航班|包机")
# The forms whose destinations listed are each a service's end (开通了上海、广州等方向的班列)
_EACH = frozenset(f.name for f in ROUTE_FORMS if f.each)
# The levels of China's cities and provinces (a route's ends each a service's of its own)
_CHINA_DIVISIONS = frozenset({"municipality", "prefecture", "province", "county", "district"})


def _cities(ends: list[str], gaz: Gazetteer) -> bool:
    """Whether ``ends`` are divisions of China (no ports, countries or areas)."""
    return all(getattr(gaz.places.get(end), "level", None) in _CHINA_DIVISIONS for end in ends)


def _told_coming_home(route: Route, gaz: Gazetteer) -> bool:
    """Whether a way back is told as it runs, from abroad to China (中亚(塔什干—胶州)回程
    班列: already home-bound, not the way back of a line told outward)."""
    (end,) = route.destinations
    return not gaz.in_china(route.origin) and gaz.in_china(end)


def _trade_lane(route: Route, gaz: Gazetteer) -> bool:
    """Whether ``route`` is told by world regions alone, with no stop between them (东南亚
    至北美的东西航线, 中国—东盟的海上运输通道, 中国驶往欧洲的列车): a lane of trade, which
    no one service runs; a line through places (东盟经南宁、重庆至欧洲) is one."""
    ends = [route.origin, *route.destinations]
    levels = {getattr(gaz.places.get(end), "level", None) for end in ends}
    return (
        not route.via
        and "area" in levels
        and levels <= {"area", "country"}
        and (
            levels == {"area"}
            or (CHINA in ends and _THROUGH_CHANNEL.search(route.name or "") is not None)
            # (中国驶往欧洲的…中欧班列, 把中国的工程机械运往中亚: the country to parts of the
            # world, the corridor's or the trade's way; not 从中国运往印度, a country)
            or (
                route.origin == CHINA
                and all(
                    getattr(gaz.places.get(d), "level", None) == "area" for d in route.destinations
                )
            )
        )
    )


def _listed(sent: Sentence, m: re.Match, gaz: Gazetteer, group: str = "list") -> list[str]:
    """The places of a match's list (its ``group``; a country's cities in brackets after it
    in its place), in the order told (a list, not a set: the routes made of them come out
    in the text's order whatever the hash seed)."""
    return list(dict.fromkeys(listed_places(sent, m.group(group), gaz)))


def _services(
    route: Route, directions: list[list[str]], gaz: Gazetteer, lines_flown: bool = False
) -> list[Route]:
    """``route``, or a route to each of its ends where they are several services' ends:
    places the sentence counts as directions, or cities of China a service is named to
    (常态化开行北部湾港至重庆、成都、昆明等地的班列). One train's goods may go to several
    countries, and ships leaving together to several places are one movement."""
    ends = route.destinations

    # (…通往重庆、成都等地的班列…,开行至重庆、成都、昆明等5个方向班列: the directions
    # counted are all the services' ends)
    def among(end: str, listed: Iterable[str]) -> bool:  # (武汉港 for 武汉: a water end's port)
        return any(gaz.holds(end, x) or gaz.holds(x, end) for x in listed)

    counted = next(
        (listed for listed in directions if ends and all(among(e, listed) for e in ends)), None
    )
    if counted is not None and len(counted) > len(ends) and route.form not in _EACH:
        # (not for a form that read the list itself: a route to 首尔 of one list, counted
        # again in another, 航点覆盖罗马…首尔等40个城市, is no route to the other's places)
        ends = [*ends, *(d for d in counted if not among(d, ends) and d != route.origin)]
    several = len(ends) > 1 and (
        counted is not None
        or route.form in _EACH
        # (a line named to cities of China, or a line flown to places listed, 重庆至香港、
        # 台北、莫斯科的货运航线: each a line of its own)
        or (
            (route.form not in _LEAVING or (route.mode == "air" and lines_flown))
            and (_cities(ends, gaz) or (route.mode == "air" and not route.one_run))
        )
    )
    if not several:
        return [route]
    # (each line's mode by its own ends: 连云港港's lines to 锦州 and to 宿迁, one of the sea)
    return [
        Route(
            route.name,
            route.origin,
            [end],
            list(route.via),
            to_the_sea(route.mode, route.origin, end, gaz, route.via),
            corridor=route.corridor,
            form=route.form,
        )  # fmt: skip
        for end in ends
    ]
