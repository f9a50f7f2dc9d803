"""A sentence's movement that goes on from the one told before it: the same train or
its goods on their next leg (…抵达钦州港,然后从钦州港码头转海运发往印度: by ship, the port a
stop; …到达二连浩特口岸,…再从二连浩特出发驶往徐州: the train leaving again, the crossing a
stop). :mod:`cqmap.geo.route_reading` asks them of each movement after the first.
"""

from __future__ import annotations

import re

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.route_modes import TRAINS, on_by_ship
from cqmap.geo.route_types import Route
from cqmap.geo.skeleton import Sentence
from cqmap.geo.vocabulary import BY_WATER_OR_UNSAID

__all__ = ["carry_on", "goes_on"]


def carry_on(train: Route, route: Route, m: re.Match, sent: Sentence, gaz: Gazetteer) -> bool:
    """Carry ``train`` on to ``route``'s ends, where ``route``, a movement told after the
    train's in the sentence, is its goods going on by ship from where the train ended
    (the port becomes a stop, the mode rail-sea); or join two legs of goods by water that
    change ships where one ends and the other starts, told in either order (the port a
    stop, the mode river-sea). Returns whether it did."""
    if not train.destinations or not route.destinations:
        return False
    if train.mode in TRAINS:
        (end,) = train.destinations if len(train.destinations) == 1 else (None,)
        if end is None or not _meet(end, route.origin, gaz):
            return False
        if not on_by_ship(sent.skeleton, m.start(), m.start() + _ON_BY_SHIP_SPAN):
            return False
        train.via = [*train.via, end]
        train.destinations = list(route.destinations)
        train.mode = "rail-sea"
        return True
    if train.mode not in BY_WATER_OR_UNSAID or route.mode not in BY_WATER_OR_UNSAID:
        return False
    # (goods by water changing ships where they arrive: 抵达上海洋山港,转乘海船驶往新加坡;
    # 由海轮运到连云港,然后换装到驳船上,由连云港…到达商水港: one route, the port a stop)
    span = (max(0, m.start() - _ON_BY_SHIP_SPAN), m.end() + _ON_BY_SHIP_SPAN)
    if not _CHANGED_SHIPS.search(sent.skeleton, *span):
        return False
    if len(train.destinations) == 1 and _meet(train.destinations[0], route.origin, gaz):
        train.via = [*train.via, train.destinations[0], *route.via]
        train.destinations = list(route.destinations)
    elif len(route.destinations) == 1 and _meet(route.destinations[0], train.origin, gaz):
        train.via = [*route.via, route.destinations[0], *train.via]
        train.origin = route.origin  # (the leg told second came first)
    else:
        return False
    train.mode = "river-sea"
    return True


def _meet(end: str | None, start: str | None, gaz: Gazetteer) -> bool:
    """Whether a leg ending at ``end`` and one starting at ``start`` meet there."""
    return (
        end is not None and start is not None and (gaz.holds(end, start) or gaz.holds(start, end))
    )


def goes_on(train: Route, route: Route, m: re.Match, sent: Sentence, gaz: Gazetteer) -> bool:
    """Carry ``train`` on to ``route``'s ends, where ``route``, a movement told after it in
    the sentence, leaves from where the train arrived, a border crossing it passes or a
    place it is told leaving again (再从二连浩特出发): the same train going on, the place a
    stop. Returns whether it did."""
    if len(train.destinations) != 1 or not route.destinations:
        return False
    (end,) = train.destinations
    if not (gaz.holds(end, route.origin) or gaz.holds(route.origin, end)):
        return False
    place = gaz.places.get(end)
    crossing = place is not None and place.kind == "border crossing"
    if not crossing and not _AGAIN.search(sent.skeleton, max(0, m.start() - 3), m.start() + 1):
        return False
    train.via = [*train.via, end]
    train.destinations = list(route.destinations)
    return True


# Leaving again, right before where (再从二连浩特出发, 随后由钦州港发出)
_AGAIN = re.compile("(?:再|又|随后|然后|之后|继而)(?:从|由|自)")
# Goods changing to another ship, no service named (转乘海船, 换装到这9条驳船上, 换装海轮)
_CHANGED_SHIPS = re.compile(
    "(?:转乘|换乘|换装|转装|转驳|过驳)(?:到|至)?[^，。；,;\ue000-\uefff]{0,6}?"
    "(?:海船|海轮|江船|江轮|驳船|货轮|内河船)"
)
# How far after a movement its goods are told going on by ship (a bound: a sentence of
# many movements stays linear)
_ON_BY_SHIP_SPAN = 40
