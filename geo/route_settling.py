"""A document's routes settled once all its sentences are read.

:func:`settle_corridors` joins each part of a corridor's route (a place on it, no
destination) to the corridor's route from that place, or makes it a corridor mention;
drops a run told with no end and no name; and joins a service told twice, by its country, province
or city and by the facility it leaves, or as a liner's calls beside its line.
"""

from __future__ import annotations

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_merging import absorb_told
from cqmap.geo.route_named import CALLS
from cqmap.geo.route_services import CORRIDOR_OF, CORRIDOR_RE
from cqmap.geo.route_types import CorridorMention, Route
from cqmap.geo.vocabulary import finer_mode

__all__ = ["settle_corridors"]


def settle_corridors(
    routes: list[Route], corridors: dict[str, CorridorMention], gaz: Gazetteer
) -> list[Route]:
    """The routes, with each part of a corridor's route (a place on it, no destination)
    joined to the corridor's route from that place, or else made a corridor mention; 中国
    left out where it says nothing (an end of a route from China, a stop of one to it),
    and a route's end left out of its stops."""
    out = []
    for route in routes:
        if CHINA in route.destinations and route.origin and gaz.in_china(route.origin):
            route.destinations = [d for d in route.destinations if d != CHINA]
            if not route.destinations and not route.corridor:
                continue
        if CHINA in route.via and any(gaz.in_china(d) for d in route.destinations):
            route.via = [v for v in route.via if v != CHINA]
        # (…开往华沙…。列车从某口岸出境以后,穿过某国…,16天后到达华沙: the end told again
        # after the stops is no stop of its own)
        ends = {route.origin, *route.destinations}
        route.via = [v for v in route.via if v not in ends]
        if route.corridor and not route.destinations:
            for corridor in _corridors_of(route):
                whole = next(
                    (
                        r
                        for r in routes
                        if r.corridor == corridor and r.origin == route.origin and r.destinations
                    ),
                    None,
                )
                if whole is not None:
                    whole.evidence.extend(
                        e for e in route.evidence if not whole.evidence.cites(e.sentence)
                    )
                    whole.evidence.sort(key=lambda e: e.sentence)
                else:
                    entry = corridors.setdefault(corridor, CorridorMention(corridor))
                    entry.evidence.extend(route.evidence)
                    entry.evidence.sort(key=lambda e: e.sentence)
            continue
        if not route.destinations and not route.name:
            # (a train told by its start and stops only, no corridor's: no end to draw it
            # to, no route; a service the text names is kept, so that what cannot be drawn
            # of it is said: 江津至珞璜港的集装箱短驳班轮, read with no end)
            continue
        out.append(route)
    return _calls_of_a_line(_told_by_city(_told_by_country(out, gaz), gaz), gaz)


def _corridors_of(route: Route) -> list[str]:
    """The corridors a corridor's part (a place on it, no destination) is told of: its own,
    and those of the names it took from parts merged into it (钦州港 told on the land–sea
    corridor, then as drawing goods for the China–Europe trains: both corridors)."""
    named = (CORRIDOR_RE.match(n) for n in (route.name, *route.names) if n)
    return list(dict.fromkeys([route.corridor, *(CORRIDOR_OF[m.group()].name for m in named if m)]))


def _told_by_country(routes: list[Route], gaz: Gazetteer) -> list[Route]:
    """The routes, but for one from 中国 or a province to ends that other routes run to from
    places in it (中国至越南河内国际道路运输线, its trucks told leaving 南宁 and 昆明 for 河内;
    粤藏中南亚班列, its train told leaving 广州 for 加德满都): the same service told by its
    country or province, whose name and evidence join theirs."""
    out = []
    for route in routes:
        if route.destinations and _told_coarse(route.origin, gaz):
            finer = [
                r
                for r in routes
                if r.origin not in (None, route.origin)
                and (
                    gaz.in_china(r.origin)
                    if route.origin == CHINA
                    else gaz.holds(route.origin, r.origin)
                )
                and _ends_meet(route, r, gaz)
            ]
            if finer:
                for r in finer:
                    _join_told(r, route)
                continue
        out.append(route)
    return out


# The levels of a place a service may be named by, for the facility its trains leave
# (宝鸡—中亚国际专列, its train told leaving 宝鸡阳平站)
_TOWN_LEVELS = frozenset({"municipality", "prefecture", "city", "county", "district"})


def _told_by_city(routes: list[Route], gaz: Gazetteer) -> list[Route]:
    """The routes, but for one from a city or county to the very ends of one other route,
    from a facility in it (宝鸡—中亚国际专列, its train told leaving 宝鸡阳平站, passing
    阿拉山口, for 中亚; 成都—塔什干班列, the train from 成都国际铁路港 to 塔什干): the same
    service told by its city, whose name and evidence join the facility's route. Two
    facilities of the city running there: neither is told which."""
    out = []
    by_ends: dict[frozenset[str], list[Route]] = {}  # (their ends do not change here)
    for r in routes:
        by_ends.setdefault(frozenset(r.destinations), []).append(r)
    for route in routes:
        place = gaz.places.get(route.origin) if route.origin else None
        if route.destinations and place is not None and place.level in _TOWN_LEVELS:
            finer = [
                r
                for r in by_ends[frozenset(route.destinations)]
                if r.origin not in (None, route.origin)
                and getattr(gaz.places.get(r.origin), "level", None) == "port"
                and gaz.holds(route.origin, r.origin)
                and finer_mode(r.mode, route.mode) is not None
            ]
            if len(finer) == 1:
                _join_told(finer[0], route)
                continue
        out.append(route)
    return out


def _told_coarse(origin: str | None, gaz: Gazetteer) -> bool:
    """Whether a route's origin is China or a province of it: a service told by them may
    be told again from the place it leaves."""
    place = gaz.places.get(origin) if origin else None
    return origin == CHINA or (place is not None and place.level == "province")


def _calls_of_a_line(routes: list[Route], gaz: Gazetteer) -> list[Route]:
    """The routes, but for a liner's calls (:data:`~cqmap.geo.route_named.CALLS`, read from
    the first call) that end where a line told beside them from another start ends
    (泉州码头开通…航线,沿途挂靠厦门、福清、乍浦、上海…泉州码头至上海): the line's stops."""
    out = []
    for route in routes:
        if route.form == CALLS and route.destinations:
            line = next(
                (
                    r
                    for r in routes
                    if r is not route
                    and r.form != CALLS
                    and r.origin is not None
                    and r.origin not in (route.origin, *route.via, *route.destinations)
                    and abs(r.evidence[0].sentence - route.evidence[0].sentence) <= 2
                    and _ends_meet(route, r, gaz)
                ),
                None,
            )
            if line is not None:
                calls = [route.origin, *route.via]
                line.via = list(dict.fromkeys([*line.via, *calls]))
                _join_told(line, route)
                continue
        out.append(route)
    return out


def _ends_meet(route: Route, other: Route, gaz: Gazetteer) -> bool:
    """Whether each end of ``route`` is an end of ``other``, or holds or lies in one."""
    return all(
        any(gaz.holds(d, e) or gaz.holds(e, d) for e in other.destinations)
        for d in route.destinations
    )


def _join_told(route: Route, other: Route) -> None:
    """``route`` takes the names and evidence of ``other``, the same service told otherwise
    (:func:`~cqmap.geo.route_merging.absorb_told`), its evidence in the order of the text."""
    absorb_told(route, other, take_name=True)
    route.evidence.sort(key=lambda e: e.sentence)
