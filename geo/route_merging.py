"""One service told several times is one route: the merging of freight routes.

:func:`merge_route` adds a sentence's routes to the document's: the same service named
again (by its name, or by its ends, the most specific places kept; a river liner told
again as a 近洋 line; a train to 欧洲 told as a train to 杜伊斯堡 a sentence on) is one
route with all its names, while the lines of one list stay apart. A sentence's own forms
are merged so too (:func:`cqmap.geo.route_reading.read_routes`), and a route taken on
over the sentences after it (:mod:`cqmap.geo.route_onward`).
"""

from __future__ import annotations

import re
from functools import partial

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_runs import LINES_COUNTED, OPENED_ONE_AFTER_ANOTHER
from cqmap.geo.route_services import CORRIDOR_OF
from cqmap.geo.route_types import Route
from cqmap.geo.vocabulary import BY_WATER_OR_UNSAID, finer_mode

__all__ = [
    "merge_route",
    "matching",
    "absorb",
    "absorb_told",
    "add_route",
    "told_the_other_way",
    "same_municipality",
    "reverse_of",
    "starts_before",
    "take_start",
    "at_origin",
    "finer",
    "finest",
]


def _same_ends(
    a: Route, b: Route, gaz: Gazetteer, *, exactly: bool = False, areas: bool = True
) -> bool:
    """Whether two routes join the same places: each end one place, or one in the other
    (果园港 and 重庆港, 龙头港 and 涪陵区); a stop of one may be an end of the other, and
    the ends of one may be some of the other's (达州—万象, and 达州 to 琅勃拉邦 and 万象),
    unless ``exactly``."""
    if not (
        (gaz.holds if areas else partial(_holds_in_country, gaz))(a.origin, b.origin)
        or _one_port(a.origin, b.origin, gaz)
    ):
        return False
    # (伦敦开往中国的列车 told as the train to 义乌 a sentence on: one, as 欧洲 and 杜伊斯堡
    # are)
    holds = partial(_holds, gaz) if areas else partial(_holds_in_country, gaz)

    def reached(x: str, route: Route) -> bool:
        # (an end of one inside a country or province the other only passes is no stop
        # of it: the train to 阿拉木图 is not the one to 汉堡 that 途经哈萨克斯坦)
        return any(holds(x, y) for y in route.destinations) or any(
            holds(x, v) and not _passed_around(v, x, gaz) for v in route.via
        )

    a_in_b = all(reached(x, b) for x in a.destinations)
    b_in_a = all(reached(x, a) for x in b.destinations)
    if a.destinations and b.destinations and not exactly:
        return a_in_b or b_in_a
    return a_in_b and b_in_a


# The places a route may pass around another's end, not at it: a country, a part of the
# world or a province told passed (途经哈萨克斯坦, 经新疆)
_PASSED_AROUND = ("country", "area", "province")


def _passed_around(stop: str, end: str, gaz: Gazetteer) -> bool:
    """Whether ``stop``, a place a route passes, holds ``end`` and is a country, a part
    of the world or a province: passing it is not reaching ``end``."""
    return (
        stop != end
        and stop in gaz.ancestors(end)
        and getattr(gaz.places.get(stop), "level", None) in _PASSED_AROUND
    )


def _holds(gaz: Gazetteer, a: str | None, b: str | None) -> bool:
    """:meth:`Gazetteer.holds`, with China holding the places in it (the gazetteer keeps
    中国 out of their ancestors), and a city the airport it serves and is named by, though
    it lies in another (西安市, 西安咸阳国际机场: a line to 西安 and a freighter landing at
    the airport end at one place)."""
    return (
        gaz.holds(a, b)
        or (a == CHINA and b is not None and b != CHINA and gaz.in_china(b))
        or (b is not None and _airport_of(a, b, gaz))
    )


def _holds_in_country(gaz: Gazetteer, a: str, b: str) -> bool:
    """:meth:`Gazetteer.holds`, but not a part of the world (欧洲) holding a place in it;
    a city holds the airport it serves and is named by (see :func:`_holds`)."""
    if a != b and "area" in (
        getattr(gaz.places.get(a), "level", None),
        getattr(gaz.places.get(b), "level", None),
    ):
        return False
    return gaz.holds(a, b) or _airport_of(a, b, gaz)


def _a_country_or_area(place: str, gaz: Gazetteer) -> bool:
    return getattr(gaz.places.get(place), "level", None) in ("country", "area")


def _lines_of_one_list(existing: Route, route: Route) -> bool:
    """Whether ``route`` and a line ``existing`` took in were read from one sentence, to
    other ends: two lines of one list, whatever name they share."""
    if not route.evidence:
        return False
    told = route.evidence[-1]
    return set(existing.destinations) != set(route.destinations) and any(
        e.document == told.document and e.sentence == told.sentence for e in existing.evidence
    )


def _named_apart(a: Route, b: Route, gaz: Gazetteer) -> bool:
    """Whether two routes are chains named apart, each by its ends and its stops, ending
    in different places, neither in the other (列日—鄂州—亚特兰大航线, then 列日—鄂州—
    亚特兰大—纽约航线): two lines, though the end of one is a stop of the other (not
    贵阳-钦州港-胡志明 and 贵阳-钦州港-胡志明港, one line)."""
    return bool(
        a.name
        and b.name
        and a.via
        and b.via
        and a.name not in b.names
        and b.name not in a.names
        and not any(_holds(gaz, x, y) for x in a.destinations for y in b.destinations)
    )


def _near(a: Route, b: Route, sentences: int = 1) -> bool:
    """Whether two routes are told within a few sentences of each other (their last
    sentences: they are read in order, so a route repeated all over a long text costs
    no more each time)."""
    return any(
        abs(x.sentence - y.sentence) <= sentences for x in a.evidence[-2:] for y in b.evidence[-2:]
    )


def told_the_other_way(
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
    return gaz.innermost(stops)


def finer(a: str, b: str, gaz: Gazetteer) -> str:
    """Of two places one of which holds the other, the one inside (the text's most specific);
    an airport is finer than the city it serves and is named by, though it lies in another
    (西安咸阳国际机场, in 咸阳市, is finer than 西安市), whichever was told first."""
    return b if a in gaz.ancestors(b) or _airport_of(a, b, gaz) else a


def _airport_of(city: str | None, place: str, gaz: Gazetteer) -> bool:
    """Whether ``place`` is the airport of ``city``, by a name of it (西安咸阳国际机场,
    西安机场: the airport of the city it serves, in another)."""
    a, b = gaz.places.get(city) if city else None, gaz.places.get(place)
    return (
        a is not None
        and b is not None
        and b.kind == "airport"
        and f"{a.short_name or a.name}机场" in b.names
    )


def merge_route(
    routes: list[Route],
    route: Route,
    gaz: Gazetteer,
    *,
    among: int | None = None,
    reach: int = 1,
    listed: bool = False,
) -> Route:
    """Add a document's route, or merge it into the one it repeats: the same service
    named again (by its name, or by its ends, the most specific places kept) is one route
    with all its names. ``among``: only the first routes of ``routes`` may be the one it
    repeats (the routes of one sentence were merged as they were read). ``reach``: how
    many sentences back a route to a part of the world (欧洲) may be the one ``route``
    tells to places in it (the sentence says it is the train told before: 这趟班列).
    ``listed``: ``route`` is one of lines from several starts its sentence lists, a
    service of its own, not another told again from where its goods started."""
    candidates = routes[:among] if among is not None else routes
    existing = matching(candidates, route, gaz, reach)
    if existing is None:
        for other in candidates:
            if finer_mode(other.mode, route.mode) is None:
                continue
            if not listed and starts_before(other, route, gaz):
                # (驶离果园港…到达波兹南, then 这趟班列于8月2日从厦门发车,…到达果园港,…驶往
                # 波兹南: the train told again from where its goods started; not 又开行了
                # 青岛-西安-汉堡、天津-西安-汉堡等线路的班列 after the train from 西安 to 汉堡:
                # lines of their own)
                take_start(other, route, gaz)
                return other
            if starts_before(route, other, gaz) and not _own_leg(route, other):
                # (…from 厦门 via 果园港 to 波兹南, then the train told leaving 果园港: a leg
                # of it told again)
                absorb_told(other, route)
                return other
        add_route(routes, route)
        return route
    if route.name not in CORRIDOR_OF and told_the_other_way([existing], route, gaz, stops=True):
        # (named again by its ends the other way round: its names and sentences only)
        if route.name and route.name not in existing.names:
            existing.names.append(route.name)
        _take_date_and_evidence(existing, route)
        return existing
    absorb(existing, route, gaz)
    return existing


def _own_leg(route: Route, combined: Route) -> bool:
    """Whether ``route``, a line named by its own ends from a stop of ``combined``, a
    service of trains and ships (重庆 by way of 广西 to 新加坡, 铁海联运), is the liner of
    its way by sea, a service of its own (北部湾港至新加坡航线), not the train told again
    from that stop."""
    return (
        combined.mode in ("rail-sea", "rail-river")
        and route.mode in BY_WATER_OR_UNSAID
        and _SHIPS.search(route.name or "") is not None
    )


# A line's name that says it is a liner's (…航线, 班轮, 快航)
_SHIPS = re.compile("航线|班轮|快航|快线|直航")


def absorb_told(existing: Route, other: Route, *, take_name: bool = False) -> None:
    """Take the names, date and evidence of ``other``, the service of ``existing`` told
    again (a part of it from one of its stops; or told by its country or province, or by
    a liner's calls), into ``existing``; ``take_name``: its name too, where ``existing``
    has none."""
    if take_name and existing.name is None:
        existing.name = other.name
    for name in (existing.name, *other.names, other.name):
        if name and name not in existing.names:
            existing.names.append(name)
    _take_date_and_evidence(existing, other)


def starts_before(existing: Route, route: Route, gaz: Gazetteer) -> bool:
    """Whether ``route`` is ``existing`` told again with the places before where it left:
    the same ends, and where it left one of its stops (a train from 钦州港东站 to 兰州,
    then 这是首列“印度孟买—中国钦州—中国兰州”铁海联运班列)."""
    return (
        route.origin != existing.origin
        and len(route.destinations) == len(existing.destinations)
        and any(gaz.holds(v, existing.origin) for v in route.via)  # (asked first: cheap)
        and all(
            any(gaz.holds(d, e) or gaz.holds(e, d) for e in existing.destinations)
            for d in route.destinations
        )
    )


def take_start(existing: Route, route: Route, gaz: Gazetteer) -> None:
    """Merge ``route`` into ``existing`` (see :func:`starts_before`): its first places are
    the start, and where ``existing`` left a stop."""
    left_from = existing.origin
    held = next(v for v in route.via if gaz.holds(v, left_from))
    existing.origin = route.origin
    existing.via = [v for v in existing.via if v != left_from]
    route.via = [left_from if v == held else v for v in route.via]
    absorb(existing, route, gaz)


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


# A province, a country or a part of the world told as where goods go all over it (四川各地,
# 欧洲各地, 乌兹别克斯坦各地): its places, not one of them
_ALL_OVER = re.compile("([\u4e00-\u9fff]{2,7}?)(?:各地|各城市|各省|全境)")


def _all_over(a: Route, b: Route, gaz: Gazetteer) -> bool:
    """Whether ``a``'s ends are told in its sentences as places all over which its goods go
    (发往四川各地), and ``b`` goes to a place within one of them, not to it."""
    over = {
        name
        for e in a.evidence
        for m in _ALL_OVER.finditer(e.quote)
        for cut in range(len(m.group(1)) - 1)
        for name in gaz.candidates(m.group(1)[cut:])
    }
    ends = [d for d in a.destinations if d in over]
    return bool(ends) and any(
        d not in ends and any(gaz.holds(x, d) for x in ends) for d in b.destinations
    )


def add_route(routes: list[Route], route: Route) -> None:
    routes.append(route)
    if route.name and route.name not in route.names:
        route.names.append(route.name)


def _origins_meet(a: str | None, b: str | None, gaz: Gazetteer) -> bool:
    """Whether two routes' origins are one place, one in the other, a city and its
    airport, or a port and a terminal at it: what every way of naming a route again asks
    first (:func:`matching`)."""
    return (
        gaz.holds(a, b)
        or _one_port(a, b, gaz)
        or (a is not None and b is not None and (_airport_of(a, b, gaz) or _airport_of(b, a, gaz)))
    )


def matching(routes: list[Route], route: Route, gaz: Gazetteer, reach: int = 1) -> Route | None:
    """The route of ``routes`` that ``route`` names again, if any: one from the same
    place before one from a place that holds it (忠县—宜昌 is not 重庆—宜昌 again)."""
    # (only a route whose origin meets this one's, or that was named as this one is, can
    # be it: asked once per origin, so that a text of thousands of routes is not read in
    # time quadratic in the gazetteer's questions)
    meets: dict[str | None, bool] = {}

    def may_be(existing: Route) -> bool:
        if existing.origin not in meets:
            meets[existing.origin] = _origins_meet(existing.origin, route.origin, gaz)
        return meets[existing.origin] or (route.name is not None and route.name in existing.names)

    routes = [existing for existing in routes if may_be(existing)]
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
        if _named_apart(existing, route, gaz):
            continue
        if _all_over(existing, route, gaz) or _all_over(route, existing, gaz):
            # (煤炭由果园港运到四川各地, then the train from 果园港 to 威远县: the goods'
            # flow all over a province is no one train to a place in it)
            continue
        if _lines_of_one_list(existing, route):
            # (the lines of one list are no one service, though one of them was told before:
            # not by the list's name, 南昌至盐田港、北仑港、江阴港等9条…班列, nor by passing
            # the stops of a train told before that took in one of them, 青岛港—霍尔果斯班列、
            # 青岛港—二连浩特—乌兰巴托班列)
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
            route.evidence
            and (
                LINES_COUNTED.search(route.evidence[-1].quote)
                or OPENED_ONE_AFTER_ANOTHER.search(route.evidence[-1].quote)
            )
            and set(existing.destinations) != set(route.destinations)
            and (
                any(_a_country_or_area(d, gaz) for d in existing.destinations)
                or (
                    (
                        len(route.destinations) > 1
                        or OPENED_ONE_AFTER_ANOTHER.search(route.evidence[-1].quote)
                    )
                    and any(_a_country_or_area(d, gaz) for d in route.destinations)
                )
            )
        ):
            continue  # (开通了武汉至德国汉堡…等17条线路: a line of a network, not the train
            # to 德国 told before; nor 已开通至南亚、中东、非洲的7条线路 the train to 米兰; nor
            # lines opened one after another to one part of the world, 西安、长沙等城市陆续开行了
            # 开往欧洲的班列, the train from 西安 to 汉堡 told before;
            # but “南充港-重庆港”航线开航,3条航线…: the line to 果园港)
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
                and told_the_other_way([existing], route, gaz, stops=True)
            )
            or (same_mode and _same_ends(existing, route, gaz, areas=areas))
            or (legs_of_mode and _same_ends(existing, route, gaz, exactly=True, areas=areas))
            # (a chain that passes where a train of a combined mode told before ended, 武汉-
            # 厦门-泰国联运通道 after the rail-sea train from 吴家山站 to 厦门: that train's
            # route, named on to where its goods go by sea)
            or (
                legs_of_mode
                and finer_mode(existing.mode, route.mode) == existing.mode
                and route.name
                and route.via
                and _near(existing, route)
                and existing.destinations
                and all(any(_holds(gaz, d, v) for v in route.via) for d in existing.destinations)
                and _same_ends(existing, route, gaz, areas=areas)
            )
        ):
            if existing.origin == route.origin:
                return existing
            found = found or existing
    return found


def absorb(existing: Route, route: Route, gaz: Gazetteer, *, ends_only: bool = False) -> None:
    """Merge ``route`` into ``existing``, the route it names again; ``ends_only``: take
    only its more specific names of the same ends (a movement told with a named line:
    驶离涪陵黄旗港…直达宁波舟山港 for the 重庆港—宁波舟山港 line, whose goods go on by sea
    on another service)."""
    existing.origin = finer(existing.origin, route.origin, gaz)
    for d in route.destinations:
        held = next((i for i, x in enumerate(existing.destinations) if _holds(gaz, x, d)), None)
        if held is None and (ends_only or any(gaz.holds(v, d) for v in existing.via)):
            continue  # (a stop of the route told as its end: 班列到达钦州港, 换海船到越南)
        if held is None and any(_holds(gaz, d, x) for x in existing.destinations):
            continue  # (an end told again by a coarser name: 义乌, then 中国)
        if held is None:
            existing.destinations.append(d)
        else:
            x = existing.destinations[held]
            existing.destinations[held] = d if x == CHINA else finer(x, d, gaz)
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
        if not existing.evidence.cites(ev.sentence):
            existing.evidence.append(ev)


def _one_port(a: str | None, b: str | None, gaz: Gazetteer) -> bool:
    """Whether ``a`` and ``b`` are a port and a terminal the text names at it, by its
    district (万州港 and 万州江南集装箱码头: :func:`_at_origin` either way)."""
    return b is not None and a is not None and (at_origin(a, b, gaz) or at_origin(b, a, gaz))


def same_municipality(origin: str | None, place: str, gaz: Gazetteer) -> bool:
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
    return (
        gaz.holds(origin, place)
        or (a.level == "port" and b.derived and a.host is not None and a.host == b.host)
        # (西安咸阳国际机场, 西安机场: the airport of the city it serves, in another)
        or _airport_of(origin, place, gaz)
    )
