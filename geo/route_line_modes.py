"""The mode a line or a route is read with: by its own words, its sentence's, or its ends.

A line a form reads takes the mode its own words say (its service word and name), else
its sentence's, else the form's (:func:`line_mode`): a line flown with freight is
``air``, one flown with passengers no freight route (``None``); a service that says
nothing of how it runs (线路, 专线) is ``unspecified`` where the form would take the
river's. A route's mode then follows from its ends
(:func:`cqmap.geo.route_building.route_of`): a river route to ports abroad goes by sea too
(:func:`by_sea`), and so does one line between a port on a river and a sea port off the
rivers (:func:`to_the_sea`); a water line between sea ports only (or cities whose ports
are all of the sea) is of the sea, on no river (:func:`of_the_sea`); and a line (航线)
told with no word of ships between places with no port on the water is flown
(:func:`flown_inland`).

The words of modes (how a sentence says a mode, flown, by ship) are
:mod:`cqmap.geo.route_modes`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.places import Place
from cqmap.geo.route_ends import over_sea
from cqmap.geo.route_modes import AIR_FREIGHT, BY_AIR, air_line, mode_of, not_by_water
from cqmap.geo.route_services import PASSENGERS
from cqmap.geo.route_types import RouteForm

if TYPE_CHECKING:
    from cqmap.geo.routes import Context

__all__ = [
    "RIVER_SERVICE",
    "by_sea",
    "by_sea_only",
    "flown_inland",
    "line_mode",
    "of_the_sea",
    "to_the_sea",
]

RIVER_SERVICE = re.compile("快线|航线|班轮")
# Services that say nothing of how they run (遂宁—钦州线路): no mode, where the form would
# take the river's
_ANY_SERVICE = re.compile("线路|专线")


def _unsaid(tail: str, water: str) -> str:
    """The mode of a service whose words and sentence say none: the form's, unless its
    word names no way of running (线路, 专线)."""
    return "unspecified" if _ANY_SERVICE.search(tail) and not RIVER_SERVICE.search(tail) else water


def by_sea(mode: str, places: list[str | None], gaz: Gazetteer) -> str:
    """The mode of a route between ``places``: a river route to ports abroad goes by sea
    too (荆州港直航日韩: river-sea)."""
    if mode == "river" and any(over_sea(x, gaz) for x in places):
        return "river-sea"
    return mode


def to_the_sea(
    mode: str,
    origin: str | None,
    destination: str | None,
    gaz: Gazetteer,
    stops: list[str] | None = None,
) -> str:
    """The mode of one line from ``origin`` to ``destination``: a river line between a
    port on a river and a sea port of China off the rivers goes by sea too (南京至营口的航线,
    城陵矶至宁波舟山港: river-sea; not 泸州港至上海港 nor 武汉至洋山, a port at the river's
    mouth, nor a line whose other end names no port, 榆林—天津港物流通道); a line of the sea
    where both ends are, by ``stops`` (:func:`of_the_sea`)."""
    if mode == "river" and any(
        _off_the_rivers(a, gaz) and _on_a_river(b, gaz)
        for a, b in ((origin, destination), (destination, origin))
    ):
        mode = "river-sea"
    return of_the_sea(mode, [origin, destination], gaz, stops)


def _off_the_rivers(name: str | None, gaz: Gazetteer) -> bool:
    """Whether a place is a sea port of China on no river (营口港, 宁波舟山港 and its
    terminals), or a region whose port is one (营口市); not one at a river's mouth (上海港,
    its areas 外高桥港区 and 洋山港, and a terminal of 上海港 that cqmap derives)."""
    port = _water_port(name, gaz)
    return port is not None and "sea port" in _kinds(port, gaz) and _river(port, gaz) is None


def _kinds(port: Place, gaz: Gazetteer, *more: str | None) -> set[str | None]:
    """The kinds of a port and of the facilities it is part of (and of ``more``)."""
    return {
        port.kind,
        *(getattr(gaz.places.get(a), "kind", None) for a in (*gaz.ancestors(port.name), *more)),
    }


def _on_a_river(name: str | None, gaz: Gazetteer) -> bool:
    """Whether a place is a port of China on a river (南京港, 城陵矶港, 上海港), or a region
    whose port is one (南京市)."""
    port = _water_port(name, gaz)
    return port is not None and _river(port, gaz) is not None


def _water_port(name: str | None, gaz: Gazetteer) -> Place | None:
    """The port of China a place is, or the one port of the region it is."""
    place = gaz.places.get(name) if name else None
    if place is not None and place.level != "port":
        port = gaz.port_of(place.name)
        place = gaz.places.get(port) if port else None
    if place is None or place.level != "port" or not gaz.in_china(place.name):
        return None
    return place


def _river(port: Place, gaz: Gazetteer) -> str | None:
    """The river a port lies on: its own, else the port's it is part of (洋山港, 上海港's
    area, is a line's on the 长江 as 上海港 is), else its city's port's (厦门海天码头, a
    terminal cqmap derives)."""
    chain = [port, *(gaz.places[p] for p in _parents(port, gaz))]
    river = next((p.river for p in chain if p.river), None)
    if river is None and all(p.derived for p in chain) and port.host:
        host_port = _water_port(port.host, gaz)
        if host_port is not None and host_port is not port:
            return _river(host_port, gaz)
    return river


def _parents(port: Place, gaz: Gazetteer) -> list[str]:
    """The facilities ``port`` is a part of, nearest first."""
    out: list[str] = []
    parent = port.parent
    while parent and parent in gaz.places and parent not in out:
        out.append(parent)
        parent = gaz.places[parent].parent
    return out


def of_the_sea(
    mode: str, ends: list[str | None], gaz: Gazetteer, stops: list[str] | None = None
) -> str:
    """The mode of a water route between ``ends`` by ``stops``: ``sea`` where they are all
    sea ports of China (or their parts) or places across the sea (洋浦至天津港, 洋浦小铲滩
    码头—澳洲, 湛江至新加坡: a line of the sea, on no river); ``unspecified`` where its ends
    are so but it passes a place inland (老挝经重庆通往欧洲的线路: no line of the sea, and
    its words say no other way)."""
    if mode in ("river", "river-sea") and by_sea_only(ends, gaz):
        # (a stop of the sea: a sea port, a place across the sea, a city whose ports are of
        # the sea, 温州 and 厦门: a call at its port)
        return "sea" if by_sea_only(list(stops or ()), gaz) else "unspecified"
    return mode


def by_sea_only(ends: list[str | None], gaz: Gazetteer) -> bool:
    """Whether a water line's ends are all sea ports of China (or their parts), cities
    whose ports are all of the sea, or places across the sea: a line of the sea, on no
    river."""
    for end in ends:
        place = gaz.places.get(end) if end else None
        if place is None:
            return False
        if over_sea(end, gaz):
            continue
        if place.level != "port":
            # (a city of China whose ports are all of the sea: 泉州市, 湄洲湾港 and 泉州港)
            ports = gaz.water_ports(end)
            if ports and by_sea_only(list(ports), gaz):
                continue
            return False
        # (a terminal of its own name in a city whose port is a sea port: 厦门海天码头)
        of_host = gaz.port_of(place.host) if place.host else None
        if "sea port" not in _kinds(place, gaz, of_host):
            return False
    return True


def flown_inland(name: str | None, ends: list[str | None], ctx: Context) -> bool:
    """Whether a line (航线) told with no word of ships runs between places none of which
    has a port on the water (成都至布鲁塞尔航线, “成都双流—布达佩斯”货运航线): it is flown."""
    if not (name or "").endswith(("航线", "航班")) or not not_by_water(ctx.text):
        return False
    if _WATER_TAIL.search(name):
        return False  # (平潭至台湾集装箱货运航线: containers, by ship)
    gaz = ctx.gaz
    places = [gaz.places.get(e) for e in ends if e]
    return bool(places) and all(
        p is not None and p.level != "country" and not gaz.on_the_water(p.name) for p in places
    )


def line_mode(
    form: RouteForm, tail: str, name: str | None, ctx: Context, *, flown: bool = False
) -> str | None:
    """The mode of a line read by ``form`` (the words ``tail`` before its service word,
    its ``name``; ``flown``, told flying there: :data:`~cqmap.geo.route_modes.FLIES_TO`):
    by its words, else the sentence's; ``air`` for a line flown with freight
    (货机离开江北国际机场飞往欧洲,…这条货运航线由此开通); ``None`` for one flown with
    passengers (烟台—巫山直飞航线, 从永川飞往黔江的短途运输航线), which is no freight
    route."""
    if PASSENGERS.search(tail):
        return None  # (重庆至台中、高雄的客运航线: its own words say passengers)
    if flown or air_line(tail, name, ctx.text):
        return "air" if AIR_FREIGHT.search(ctx.text) else None
    if AIR_FREIGHT.search(tail) and not _WATER_TAIL.search(tail) and not_by_water(ctx.text):
        # (重庆-达卡,重庆-东京等国际货运航线: a freight line, told with no word of ships)
        return "air"
    if form.water == "unspecified" and not tail and BY_AIR.search(ctx.text):
        # (“首尔—西安—河内”开航,…第五航权货运航线: a line whose words say no mode, in a
        # sentence of aircraft)
        return "air" if AIR_FREIGHT.search(ctx.text) else None
    own = mode_of(name or tail, None)
    if (
        own is None
        and AIR_FREIGHT.search(ctx.text)
        and BY_AIR.search(ctx.text)
        and not_by_water(ctx.text)
    ):
        # (一家航空公司开通花湖机场的首条欧洲货运航线“鄂州—列日”: a freight airline's line, in
        # a sentence of airports and no ships)
        return "air"
    return own or ctx.mode(_unsaid(tail, form.water))


# Words of the water in a line's own words (川渝水路货运航线, 集装箱货运航线; 货柜, the
# container as Taiwan and Hong Kong write it: 莆田至台湾货柜货运航线)
_WATER_TAIL = re.compile("水|集装箱|货柜|江|海|河|滚装|散货|内支线")
