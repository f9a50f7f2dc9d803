"""A route's ends named by their regions, told at the facility the text names there.

A line is often named by its places (中老铁路(江津—万象)国际货运班列, “万象—江津”班列)
while the text says where in the place it runs from or arrives (从小南垭站发出, 抵达万象南站).
A record names the most specific place the text gives for an end: where the document
names exactly one facility of the route's kind in an end's region (a station or rail hub
for a train, an airport for an air line, a port for a ship), the end is that facility.
Where it names several (团结村 and 鱼嘴站 in 重庆), or none, the region stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.route_types import Route
from cqmap.geo.vocabulary import WATER_PORT_KINDS

__all__ = ["FACILITY_KINDS_OF_MODE", "at_facilities"]

# The kinds of facility a route of each mode runs from or to
_RAIL = ("rail station", "rail hub")
FACILITY_KINDS_OF_MODE: dict[str, tuple[str, ...]] = {
    "rail": _RAIL,
    "rail-sea": _RAIL,
    "air": ("airport",),
    "river": (*WATER_PORT_KINDS, "river port"),
    "river-sea": (*WATER_PORT_KINDS, "river port"),
}
# The levels of an end a facility may stand in for: a county or a district of China, a
# city abroad (杜伊斯堡: 杜伊斯堡站). Not a prefecture or the municipality, which a line is
# named by where readers keep the city though the text names a station in it (重庆—杜伊斯堡
# from 团结村: 重庆), nor a province or a country (measured on the corpora: the prefectures
# made more ends unlike their readings than like)
_REGION_LEVELS = frozenset({"county", "district", "city"})


def at_facilities(routes: Iterable[Route], named: Iterable[str], gaz: Gazetteer) -> None:
    """Name each route's end that is a region by the one facility of the route's kind the
    document ``named`` in it, if there is exactly one (in place)."""
    named = list(dict.fromkeys(named))
    for route in routes:
        kinds = FACILITY_KINDS_OF_MODE.get(route.mode)
        if kinds is None:
            continue
        taken = {route.origin, *route.destinations, *route.via}
        route.origin = _facility_at(route.origin, named, kinds, taken, gaz)
        route.destinations = [_facility_at(d, named, kinds, taken, gaz) for d in route.destinations]


def _facility_at(
    end: str | None, named: list[str], kinds: tuple[str, ...], taken: set, gaz: Gazetteer
) -> str | None:
    place = gaz.places.get(end) if end else None
    if place is None or place.level not in _REGION_LEVELS:
        return end
    inside = [
        f
        for f in named
        if f not in taken and gaz.places[f].kind in kinds and end in gaz.ancestors(f)
    ]
    # (a port area and its port: the area, the more specific)
    inside = [f for f in inside if not any(f in gaz.ancestors(g) for g in inside if g != f)]
    return inside[0] if len(inside) == 1 else end
