"""Freight routes read from a document: a sentence's routes, and a document's routes as
services.

:func:`read_routes` reads one sentence with the forms of :mod:`cqmap.geo.routes` and merges
what several forms read of one service. :func:`merge_route` adds a sentence's routes to
the document's: the same service named again (by its name, or by its ends, the most
specific places kept; a river liner told again as a 近洋 line; a train to 欧洲 told as a
train to 杜伊斯堡 a sentence on) is one route with all its names, while the lines of one
list stay apart. :mod:`cqmap.geo.route_onward` takes a route on over the sentences after
it, and :func:`settle_corridors` joins each part of a
corridor's route to the corridor's route from its place, or makes it a corridor mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import partial

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_anchors import read_corridor
from cqmap.geo.route_ends import origin_of
from cqmap.geo.route_forms import ROUTE_FORMS
from cqmap.geo.route_legs import carry_on, goes_on
from cqmap.geo.route_movements import read_movement
from cqmap.geo.route_words import (
    CLAUSE,
    CORRIDOR_OF,
    PASSENGERS,
    SEMICOLONS,
    TLIST,
    TRANSPORT_CUE,
    T,
)
from cqmap.geo.routes import (
    Context,
    CorridorMention,
    Route,
    read_groups,
)
from cqmap.geo.skeleton import Sentence
from cqmap.geo.vocabulary import finer_mode

__all__ = [
    "read_routes",
    "merge_route",
    "reverse_of",
    "starts_before",
    "take_start",
    "settle_corridors",
    "at_origin",
    "finer",
    "finest",
]


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
        return out, {}
    if _DEFINED.search(text):
        return out, dict(ctx.corridors)  # (中亚班列,指的是从中国始发…: a kind defined)
    # (渝桂新班列从重庆开往新加坡;北部湾—新加坡航线也已启动: clauses parted by a semicolon tell
    # services of their own; a form read only where no other did reads each clause)
    clauses_read: set[int] = set()
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
                # (到达湛江港后,转搭…快线直达大湾区: a leg on another service, named, from
                # where the match's first leg ends, even where a named service read that leg)
                onward = route.form == "transfer" and any(
                    route.origin in leg.destinations for leg in legs
                )
                legs.append(route)
                existing = _matching(out[:before], route, gaz)
                if existing is not None:  # (named twice, or read by two forms)
                    _absorb(existing, route, gaz, ends_only=refine_only)
                    if refine_only:
                        # (贵阳至仰光、贵阳至达卡两条航线在龙洞堡国际机场开通: each line of
                        # the list starts there)
                        for other in out[:before]:
                            if other.origin in gaz.ancestors(route.origin):
                                other.origin = route.origin
                elif refine_only and (turned := _told_the_other_way(out[:before], route, gaz)):
                    # (黄冈——舟山江海直达航线…从舟山一路直航到黄冈: the line named by its
                    # ends, told running from the second: it runs that way)
                    turned.origin, turned.destinations = (
                        finer(turned.destinations[0], route.origin, gaz),
                        [finer(turned.origin, route.destinations[0], gaz)],
                    )
                elif not refine_only or onward:
                    _add(out, route)
            if len(out) > before or legs:
                clauses_read.add(clause)
            if form.fallback and out and form.reader is not read_movement:
                break  # (a movement's form reads each told in the sentence: 重庆的班列将
                # 驶向杜伊斯堡,成都的班列将行至罗兹)
    for route in out:
        if len(route.destinations) == 1 and any(
            _RETURN_OF_LINE.search(n) for n in (route.name, *route.names) if n
        ):
            # (“重庆—杜伊斯堡”回程班列, “怀化—北部湾港”…回程班列: the line's train coming back,
            # from its far end; not 杜伊斯堡至成都的回程线路, a way named as it runs)
            route.origin, route.destinations = route.destinations[0], [route.origin]
            route.via = route.via[::-1]
    # (开行至重庆、成都、昆明等5个方向班列: directions counted, a service to each; so are
    # lines counted, “济宁—武汉、太仓、上海”等地16条集装箱航线)
    directions = (
        [_listed(sent, m) for m in _DIRECTIONS.finditer(skeleton)]
        if "个" in skeleton or "条" in skeleton
        else []
    )
    if "线路" in skeleton or "航线" in skeleton:
        # (相继开通临沂至越南、哈萨克斯坦、德国、俄罗斯等线路: lines, one to each)
        directions += [_listed(sent, m) for m in _LINES.finditer(skeleton)]
    # (花湖机场陆续开出的航线已飞到列日、金奈和德里等地: lines flown, not one aircraft's run)
    lines_flown = "航线" in skeleton and _ONE_AIRCRAFT.search(skeleton) is None
    out = [service for route in out for service in _services(route, directions, gaz, lines_flown)]
    if len(out) == 1 and ctx.first_origin is not None:
        # (西部陆海新通道(重庆涪陵—广西钦州)专列从涪陵西站驶出: the service's end named by
        # its place, and the station it left from, a port there: the station; of a list
        # of lines, the sentence does not say which left from it)
        (route,) = out
        left = origin_of(sent, ctx.first_origin, gaz)
        if left != route.origin and (
            at_origin(route.origin, left, gaz) or _same_municipality(route.origin, left, gaz)
        ):
            route.origin = left
    if len(out) == 1 and len(out[0].destinations) == 1 and ctx.first_destinations is not None:
        # (中老泰冷链班列(老挝万象—重庆江津)抵达江津小南垭铁路物流中心: the service's end
        # named by its place, and the station it arrived at, a port there: the station)
        (route,) = out
        arrived = sent.places_in(ctx.first_destinations.group("list"))
        if len(arrived) == 1 and arrived[0] != route.destinations[0]:
            if at_origin(route.destinations[0], arrived[0], gaz):
                route.destinations = arrived
    corridors = ctx.corridors
    named = {r.corridor for r in out if r.corridor}
    return out, {c: n for c, n in corridors.items() if c not in named}


_CLAUSE_MARKS = frozenset(SEMICOLONS)
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
_DIRECTIONS = re.compile(
    rf"(?P<list>{TLIST})(?:等?(?:\d+|[两二三四五六七八九十]+)个(?:方向|目的地|城市)"
    rf"|[”\"]?(?:等地?)?(?:\d+|[两二三四五六七八九十]+)条"
    # (开出至太仓、扬州、上海的内贸航线,共计3条: the lines, then their count)
    rf"|的?{CLAUSE}{{0,10}}?(?:航线|班列|线路|班轮)[，,](?:共计|共有|共|合计)(?:\d+|[两二三四五六七八九十]+)条)"
)

# A list of places closed by 等, then lines (至越南、哈萨克斯坦、德国等线路; 至德国、至波兰和
# 至中亚五国等出口方向中欧班列线路8条): a line to each
# (…、哈萨克斯坦等6个国家的国际公路运输线路: counted, and the lines' kind)
_LINES = re.compile(rf"(?P<list>{T}(?:[、和及与/]至?{T})*)等{CLAUSE}{{0,16}}?(?:线路|航线)")


# The forms that read trains or ships leaving (a movement, a corridor's train), not a
# service named by its ends
_LEAVING = frozenset(f.name for f in ROUTE_FORMS if f.reader in (read_movement, read_corridor))
# One aircraft told flying (一架全货机…飞往莫斯科和卢森堡): one run, whatever lines it opens
_ONE_AIRCRAFT = re.compile("一架|架次|航班|包机")
# The forms whose destinations listed are each a service's end (开通了上海、广州等方向的班列)
_EACH = frozenset(f.name for f in ROUTE_FORMS if f.each)
# The levels of China's cities and provinces (a route's ends each a service's of its own)
_CHINA_DIVISIONS = frozenset({"municipality", "prefecture", "province", "county", "district"})


def _cities(ends: list[str], gaz: Gazetteer) -> bool:
    """Whether ``ends`` are divisions of China (no ports, countries or areas)."""
    return all(getattr(gaz.places.get(end), "level", None) in _CHINA_DIVISIONS for end in ends)


def _listed(sent: Sentence, m: re.Match) -> list[str]:
    """The places of a match's list, in the order told (a list, not a set: the routes made
    of them come out in the text's order whatever the hash seed)."""
    return list(dict.fromkeys(sent.places_in(m.group("list"))))


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
    return [
        Route(
            route.name,
            route.origin,
            [end],
            list(route.via),
            route.mode,
            corridor=route.corridor,
            form=route.form,
        )  # fmt: skip
        for end in ends
    ]


def _same_ends(
    a: Route, b: Route, gaz: Gazetteer, *, exactly: bool = False, areas: bool = True
) -> bool:
    """Whether two routes join the same places: each end one place, or one in the other
    (果园港 and 重庆港, 龙头港 and 涪陵区); a stop of one may be an end of the other, and
    the ends of one may be some of the other's (达州—万象, and 达州 to 琅勃拉邦 and 万象),
    unless ``exactly``."""
    holds = gaz.holds if areas else partial(_holds_in_country, gaz)
    if not (holds(a.origin, b.origin) or _one_port(a.origin, b.origin, gaz)):
        return False
    ends_a, ends_b = [*a.destinations, *a.via], [*b.destinations, *b.via]
    a_in_b = all(any(holds(x, y) for y in ends_b) for x in a.destinations)
    b_in_a = all(any(holds(x, y) for y in ends_a) for x in b.destinations)
    if a.destinations and b.destinations and not exactly:
        return a_in_b or b_in_a
    return a_in_b and b_in_a


def _holds_in_country(gaz: Gazetteer, a: str, b: str) -> bool:
    """:meth:`Gazetteer.holds`, but not a part of the world (欧洲) holding a place in it."""
    if a != b and "area" in (
        getattr(gaz.places.get(a), "level", None),
        getattr(gaz.places.get(b), "level", None),
    ):
        return False
    return gaz.holds(a, b)


def _near(a: Route, b: Route, sentences: int = 1) -> bool:
    """Whether two routes are told within a few sentences of each other (their last
    sentences: they are read in order, so a route repeated all over a long text costs
    no more each time)."""
    return any(
        abs(x.sentence - y.sentence) <= sentences for x in a.evidence[-2:] for y in b.evidence[-2:]
    )


def _told_the_other_way(
    routes: list[Route], route: Route, gaz: Gazetteer, *, stops: bool = False
) -> Route | None:
    """The route of ``routes`` with one destination (and no stops, unless ``stops``) whose
    ends are ``route``'s the other way round (a line named by its ends, then told running
    from its second end), if any."""
    if len(route.destinations) != 1:
        return None
    for other in routes:
        if (
            len(other.destinations) == 1
            and (stops or not other.via)
            and gaz.holds(other.destinations[0], route.origin)
            and gaz.holds(other.origin, route.destinations[0])
        ):
            return other
    return None


def finest(stops: list[str], gaz: Gazetteer) -> list[str]:
    """The stops, a stop told by its port and by its station (钦州港, 钦州港东站) once,
    by the finer name where the finer stands."""
    return [v for v in stops if not any(v in gaz.ancestors(x) for x in stops if x != v)]


def finer(a: str, b: str, gaz: Gazetteer) -> str:
    """Of two places one of which holds the other, the one inside (the text's most specific)."""
    return b if a in gaz.ancestors(b) else a


def merge_route(
    routes: list[Route],
    route: Route,
    gaz: Gazetteer,
    *,
    among: int | None = None,
    reach: int = 1,
) -> Route:
    """Add a document's route, or merge it into the one it repeats: the same service
    named again (by its name, or by its ends, the most specific places kept) is one route
    with all its names. ``among``: only the first routes of ``routes`` may be the one it
    repeats (the routes of one sentence were merged as they were read). ``reach``: how
    many sentences back a route to a part of the world (欧洲) may be the one ``route``
    tells to places in it (the sentence says it is the train told before: 这趟班列)."""
    candidates = routes[:among] if among is not None else routes
    existing = _matching(candidates, route, gaz, reach)
    if existing is None:
        for other in candidates:
            if finer_mode(other.mode, route.mode) is None:
                continue
            if starts_before(other, route, gaz):
                # (驶离果园港…到达波兹南, then 这趟班列于8月2日从厦门发车,…到达果园港,…驶往
                # 波兹南: the train told again from where its goods started)
                take_start(other, route, gaz)
                return other
            if starts_before(route, other, gaz):
                # (…from 厦门 via 果园港 to 波兹南, then the train told leaving 果园港: a leg
                # of it told again)
                _absorb_leg(other, route)
                return other
        _add(routes, route)
        return route
    if route.name not in CORRIDOR_OF and _told_the_other_way([existing], route, gaz, stops=True):
        # (named again by its ends the other way round: its names and sentences only)
        if route.name and route.name not in existing.names:
            existing.names.append(route.name)
        _take_date_and_evidence(existing, route)
        return existing
    _absorb(existing, route, gaz)
    return existing


def _absorb_leg(existing: Route, leg: Route) -> None:
    """Take the names and evidence of ``leg``, a part of ``existing`` told again from one
    of its stops, into ``existing``."""
    for name in leg.names or ([leg.name] if leg.name else []):
        if name not in existing.names:
            existing.names.append(name)
    _take_date_and_evidence(existing, leg)


def starts_before(existing: Route, route: Route, gaz: Gazetteer) -> bool:
    """Whether ``route`` is ``existing`` told again with the places before where it left:
    the same ends, and where it left one of its stops (a train from 钦州港东站 to 兰州,
    then 这是首列“印度孟买—中国钦州—中国兰州”铁海联运班列)."""
    return (
        route.origin != existing.origin
        and len(route.destinations) == len(existing.destinations)
        and all(
            any(gaz.holds(d, e) or gaz.holds(e, d) for e in existing.destinations)
            for d in route.destinations
        )
        and any(gaz.holds(v, existing.origin) for v in route.via)
    )


def take_start(existing: Route, route: Route, gaz: Gazetteer) -> None:
    """Merge ``route`` into ``existing`` (see :func:`starts_before`): its first places are
    the start, and where ``existing`` left a stop."""
    left_from = existing.origin
    held = next(v for v in route.via if gaz.holds(v, left_from))
    existing.origin = route.origin
    existing.via = [v for v in existing.via if v != left_from]
    route.via = [left_from if v == held else v for v in route.via]
    _absorb(existing, route, gaz)


def reverse_of(routes: list[Route], route: Route, gaz: Gazetteer) -> Route | None:
    """The route of ``routes`` that ``route`` runs the other way (one end each, swapped:
    果园港—南沙港区 and 南沙港区—果园港), if any."""
    if len(route.destinations) != 1:
        return None
    (back,) = route.destinations
    for existing in routes:
        if len(existing.destinations) == 1 and (
            gaz.holds(existing.origin, back) or gaz.holds(back, existing.origin)
        ):
            there = existing.destinations[0]
            if gaz.holds(there, route.origin) or gaz.holds(route.origin, there):
                return existing
    return None


def _add(routes: list[Route], route: Route) -> None:
    routes.append(route)
    if route.name and route.name not in route.names:
        route.names.append(route.name)


def _matching(routes: list[Route], route: Route, gaz: Gazetteer, reach: int = 1) -> Route | None:
    """The route of ``routes`` that ``route`` names again, if any: one from the same
    place before one from a place that holds it (忠县—宜昌 is not 重庆—宜昌 again)."""
    found = None
    for existing in routes:
        if (existing.origin, existing.destinations, existing.via) == (
            route.origin,
            route.destinations,
            route.via,
        ) and finer_mode(existing.mode, route.mode) is not None:
            # (阜阳—合肥、阜阳—合肥—芜湖: the line read again is that one, not the other
            # whose end it passes)
            return existing
    for existing in routes:
        if existing.corridor != route.corridor and existing.corridor and route.corridor:
            continue
        if route.corridor and not (route.destinations and existing.destinations):
            continue  # (a part of a corridor's route: settled at the end, settle_corridors)
        same_mode = existing.mode == route.mode or "unspecified" in (existing.mode, route.mode)
        # (a river liner told again as a 近洋 line: one service, when its ends are the same)
        legs_of_mode = not same_mode and finer_mode(existing.mode, route.mode) is not None
        # (a corridor's name is no service's: two of its trains are one only where their
        # ends agree, 欧洲 and 杜伊斯堡, not 新加坡 and 遵义北站)
        same_name = (
            route.name
            and route.name == existing.name
            and (route.name not in CORRIDOR_OF or _same_ends(existing, route, gaz))
        )
        # (a train to 欧洲 told as a train to 杜伊斯堡 a sentence on is one; a train to
        # 东盟国家 the day before one to 河内 is another)
        areas = not route.evidence or not existing.evidence or _near(existing, route, reach)
        if (
            (
                same_name
                and (
                    gaz.holds(existing.origin, route.origin)
                    or _one_port(existing.origin, route.origin, gaz)
                )
            )
            # (the line named by its ends again, after it was told running the other way:
            # 黄冈——舟山江海直达航线, which runs from 舟山)
            or (
                route.name in existing.names
                and route.name not in CORRIDOR_OF  # (中欧班列 back from 欧洲: a return)
                and _told_the_other_way([existing], route, gaz, stops=True)
            )
            or (same_mode and _same_ends(existing, route, gaz, areas=areas))
            or (legs_of_mode and _same_ends(existing, route, gaz, exactly=True, areas=areas))
        ):
            if existing.origin == route.origin:
                return existing
            found = found or existing
    return found


def _absorb(existing: Route, route: Route, gaz: Gazetteer, *, ends_only: bool = False) -> None:
    """Merge ``route`` into ``existing``, the route it names again; ``ends_only``: take
    only its more specific names of the same ends (a movement told with a named line:
    驶离涪陵黄旗港…直达宁波舟山港 for the 重庆港—宁波舟山港 line, whose goods go on by sea
    on another service)."""
    existing.origin = finer(existing.origin, route.origin, gaz)
    for d in route.destinations:
        held = next((i for i, x in enumerate(existing.destinations) if gaz.holds(x, d)), None)
        if held is None and (ends_only or any(gaz.holds(v, d) for v in existing.via)):
            continue  # (a stop of the route told as its end: 班列到达钦州港, 换海船到越南)
        if held is None:
            existing.destinations.append(d)
        else:
            existing.destinations[held] = finer(existing.destinations[held], d, gaz)
    for v in route.via if not ends_only else ():
        if v not in existing.via and v not in existing.destinations:
            existing.via.append(v)
    passed = [d for d in existing.destinations if any(gaz.holds(d, v) for v in route.via)]
    if not ends_only and passed and len(passed) < len(existing.destinations):
        # (an end of one telling is a stop of the other: 开行至钦州港东的班列, then
        # 经钦州港东转海运出口至马来西亚: the train goes on)
        existing.destinations = [d for d in existing.destinations if d not in passed]
        stops = [v for v in route.via if any(gaz.holds(d, v) for d in passed)]
        existing.via = finest(list(dict.fromkeys([*stops, *existing.via])), gaz)
    existing.via = finest([v for v in existing.via if v not in existing.destinations], gaz)
    existing.mode = finer_mode(existing.mode, route.mode) or existing.mode
    existing.corridor = existing.corridor or route.corridor
    if route.name and route.name not in existing.names:
        existing.names.append(route.name)
        if existing.name is None or existing.name == existing.corridor:
            existing.name = route.name
    _take_date_and_evidence(existing, route)


def _take_date_and_evidence(existing: Route, route: Route) -> None:
    """``existing`` takes ``route``'s opening date where it has none, and the evidence of
    its sentences it does not cite yet."""
    if existing.opened is None and route.opened:
        existing.opened, existing.opened_year_inferred = route.opened, route.opened_year_inferred
    for ev in route.evidence:
        if all(e.sentence != ev.sentence for e in existing.evidence):
            existing.evidence.append(ev)


def _one_port(a: str | None, b: str | None, gaz: Gazetteer) -> bool:
    """Whether ``a`` and ``b`` are a port and a terminal the text names at it, by its
    district (万州港 and 万州江南集装箱码头: :func:`_at_origin` either way)."""
    return b is not None and a is not None and (at_origin(a, b, gaz) or at_origin(b, a, gaz))


def _same_municipality(origin: str | None, place: str, gaz: Gazetteer) -> bool:
    """Whether ``place`` is a port or station of the municipality the district ``origin``
    lies in (a 长寿—钦州 train that leaves from 团结村, in 沙坪坝: it starts there)."""
    a, b = gaz.places.get(origin) if origin else None, gaz.places.get(place)
    if a is None or b is None or b.level != "port" or a.level != "district":
        return False
    city = gaz.places.get(a.province) if a.province else None
    return city is not None and city.level == "municipality" and b.province == a.province


def at_origin(origin: str | None, place: str, gaz: Gazetteer) -> bool:
    """Whether ``place`` is a port within ``origin``, a terminal of the district that holds
    the port ``origin`` (万州江南集装箱码头 at 万州港), or a city or county of the province
    ``origin``."""
    if origin is None:
        return False
    a, b = gaz.places.get(origin), gaz.places.get(place)
    if a is None or b is None:
        return False
    if b.level != "port":
        # (首列广西至北京的班列在防城港发出: a city of the province, where it left)
        return (
            a.level == "province"
            and b.level in ("prefecture", "county")
            and gaz.holds(origin, place)
        )
    return gaz.holds(origin, place) or (
        a.level == "port" and b.derived and a.host is not None and a.host == b.host
    )


def settle_corridors(
    routes: list[Route], corridors: dict[str, CorridorMention], gaz: Gazetteer
) -> list[Route]:
    """The routes, with each part of a corridor's route (a place on it, no destination)
    joined to the corridor's route from that place, or else made a corridor mention; 中国
    left out where it says nothing (an end of a route from China, a stop of one to it)."""
    out = []
    for route in routes:
        if CHINA in route.destinations and route.origin and gaz.in_china(route.origin):
            route.destinations = [d for d in route.destinations if d != CHINA]
            if not route.destinations and not route.corridor:
                continue
        if CHINA in route.via and any(gaz.in_china(d) for d in route.destinations):
            route.via = [v for v in route.via if v != CHINA]
        if route.corridor and not route.destinations:
            whole = next(
                (
                    r
                    for r in routes
                    if r.corridor == route.corridor and r.origin == route.origin and r.destinations
                ),
                None,
            )
            if whole is not None:
                whole.evidence.extend(
                    e
                    for e in route.evidence
                    if all(e.sentence != w.sentence for w in whole.evidence)
                )
                whole.evidence.sort(key=lambda e: e.sentence)
            else:
                entry = corridors.setdefault(route.corridor, CorridorMention(route.corridor))
                entry.evidence.extend(route.evidence)
                entry.evidence.sort(key=lambda e: e.sentence)
            continue
        out.append(route)
    return out
