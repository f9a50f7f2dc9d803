"""The mode a line or a route is read with: by its own words, its sentence's, or its ends.

A line a form reads takes the mode its own words say (its service word and name), else
its sentence's, else the form's (:func:`line_mode`): a line flown with freight is
``air``, one flown with passengers no freight route (``None``); a service that says
nothing of how it runs (线路, 专线) is ``unspecified`` where the form would take the
river's. A route's mode then follows from its ends
(:func:`cqmap.geo.route_building.route_of`): a river route to ports abroad goes by sea too
(:func:`by_sea`), a water line between sea ports only is of the sea, on no river
(:func:`of_the_sea`), and a line (航线) told with no word of ships between places with no
port on the water is flown (:func:`flown_inland`).

The words of modes (how a sentence says a mode, flown, by ship) are
:mod:`cqmap.geo.route_modes`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.route_ends import over_sea
from cqmap.geo.route_modes import AIR_FREIGHT, BY_AIR, air_line, mode_of, not_by_water
from cqmap.geo.route_services import PASSENGERS
from cqmap.geo.route_types import RouteForm

if TYPE_CHECKING:
    from cqmap.geo.routes import Context

__all__ = ["RIVER_SERVICE", "by_sea", "by_sea_only", "flown_inland", "line_mode", "of_the_sea"]

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


def of_the_sea(
    mode: str, ends: list[str | None], gaz: Gazetteer, stops: list[str] | None = None
) -> str:
    """The mode of a water route between ``ends`` by ``stops``: ``sea`` where they are all
    sea ports of China (or their parts) or places across the sea (洋浦至天津港, 洋浦小铲滩
    码头—澳洲, 湛江至新加坡: a line of the sea, on no river); ``unspecified`` where its ends
    are so but it passes a place inland (老挝经重庆通往欧洲的线路: no line of the sea, and
    its words say no other way)."""
    if mode in ("river", "river-sea") and by_sea_only(ends, gaz):
        return "sea" if all(_on_the_sea(v, gaz) for v in stops or ()) else "unspecified"
    return mode


def _on_the_sea(stop: str, gaz: Gazetteer) -> bool:
    """Whether a line's stop is a sea port or a place across the sea, or a region whose
    port is a sea port (温州, 厦门: a call at its port)."""
    if by_sea_only([stop], gaz):
        return True
    place = gaz.places.get(stop)
    port = gaz.port_of(stop) if place is not None and place.level != "port" else None
    return port is not None and by_sea_only([port], gaz)


def by_sea_only(ends: list[str | None], gaz: Gazetteer) -> bool:
    """Whether a water line's ends are all sea ports of China (or their parts) or places
    across the sea: a line of the sea, on no river."""
    for end in ends:
        place = gaz.places.get(end) if end else None
        if place is None:
            return False
        if over_sea(end, gaz):
            continue
        # (a terminal of its own name in a city whose port is a sea port: 厦门海天码头)
        of_host = gaz.port_of(place.host) if place.level == "port" and place.host else None
        kinds = {
            place.kind,
            *(getattr(gaz.places.get(a), "kind", None) for a in (*gaz.ancestors(end), of_host)),
        }
        if place.level != "port" or "sea port" not in kinds:
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
