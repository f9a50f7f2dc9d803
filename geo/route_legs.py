"""A sentence's movement that goes on from the one told before it: the same train or
its goods on their next leg (…抵达钦州港,然后从钦州港码头转海运发往印度: by ship, the port a
stop; …到达二连浩特口岸,…再从二连浩特出发驶往徐州: the train leaving again, the crossing a
stop). :mod:`cqmap.geo.route_reading` asks them of each movement after the first.
"""

from __future__ import annotations

import re

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.route_words import TRAINS, on_by_ship
from cqmap.geo.routes import Route
from cqmap.geo.skeleton import Sentence

__all__ = ["carry_on", "goes_on"]


def carry_on(train: Route, route: Route, m: re.Match, sent: Sentence, gaz: Gazetteer) -> bool:
    """Carry ``train`` on to ``route``'s ends, where ``route``, a movement told after the
    train's in the sentence, is its goods going on by ship from where the train ended
    (the port becomes a stop, the mode rail-sea). Returns whether it did."""
    if train.mode not in TRAINS or len(train.destinations) != 1 or not route.destinations:
        return False
    (end,) = train.destinations
    if not (gaz.holds(end, route.origin) or gaz.holds(route.origin, end)):
        return False
    if not on_by_ship(sent.skeleton, m.start(), m.start() + _ON_BY_SHIP_SPAN):
        return False
    train.via = [*train.via, end]
    train.destinations = list(route.destinations)
    train.mode = "rail-sea"
    return True


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
# How far after a movement its goods are told going on by ship (a bound: a sentence of
# many movements stays linear)
_ON_BY_SHIP_SPAN = 40
