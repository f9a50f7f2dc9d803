"""The parts a port of the table names right after it.

A port, then a qualifier and a word for a part of it, names that part (果园港集装箱码头,
万州港17号码头, 新田港铁路集疏运中心; 果园港站, the port's station; 万州站货场, a station's
yard), and a port, then two characters and 作业区, an operation area of its own
(广元港红岩作业区: 红岩作业区); in brackets right after it, the station, terminal or area
the service uses (宜宾港(一步滩站), 果园港(东港作业区)). A hub's 站 is the hub itself
(团结村站), and a name of its own starting inside is the table's (涪陵港龙头作业区).
:func:`part_after_port` reads it after a table's port for
:func:`cqmap.geo.facilities.facilities`; :data:`AFTER_FACILITY` is also how its other
readers find a part after a facility they read (长沙新港汽车滚装码头, 赣州国际陆港站).
Last, after every reader, a dry port or rail hub read, then the ways it joins and a hub's
word, names that part of it whole (某某国际陆港公铁联运中心, 某某物流园铁路物流基地, 某某物流
基地公路港): :func:`hub_parts`.
"""

from __future__ import annotations

import re

from cqmap.geo.facility_names import (
    FACILITY_PARTS,
    NOT_AFTER_FACILITY,
    SERVES,
    is_own_name,
    station_name,
)
from cqmap.geo.gazetteer import WATER_PORT_KINDS
from cqmap.geo.places import Place
from cqmap.geo.vocabulary import FACILITY_WORDS

__all__ = ["AFTER_FACILITY", "STATION_PARTS", "hub_parts", "part_after_port"]


# (a station's parts only: 合肥北站物流基地; after a place, 南京货运中心 is an office)
STATION_PARTS = ("物流基地", "货运中心")
# After a facility: a part of it (果园港集装箱码头; 果园港站, the port's station; 万州站货场,
# the station's yard), or an
# operation area with a name of its own (广元港红岩作业区: 红岩作业区, part of 广元港).
# A terminal by its number right after its port: the number and 号 (万州港17号码头), or 第 or
# the terminal's side before the number, 号 then left out (某港第3码头, 某港东8码头)
_NUMBERED = "(?:\\d{1,3}号|(?:第|[东西南北])\\d{1,3}(?:号|(?=码头)))"
# A port's multimodal centre, named by the ways of carrying it joins (日照港海铁联运站,
# 某国际陆港公铁联运中心, 阳逻港铁水联运示范基地; the centre's station, 某港海铁联运中心集散站,
# 某港铁水联运中心货运站), and the kind each of its words makes; not a service or a figure
# of it (海铁联运班列, 铁水联运量)
# The ways of carrying a centre joins (公铁: road and rail; 铁水 and 海铁: rail and water)
_WAYS = "公铁水|铁公水|公铁|铁水|水铁|海铁|铁海|空铁|多式"
_JOINED_WAYS = f"(?:{_WAYS})联运"
_JOINT_WORDS = {
    "中心集散站": "rail station",
    "中心货运站": "rail station",
    "站": "rail station",
    "中心": "rail hub",
    "基地": "rail hub",
    "物流园": "dry port",
}
_JOINT = f"(?P<joint>{_JOINED_WAYS}(?:[一二三]期)?(?:示范)?(?P<jw>{'|'.join(_JOINT_WORDS)}))"
AFTER_FACILITY = re.compile(
    f"(?:{_JOINT}|(?P<part>(?:{'|'.join(FACILITY_PARTS)}|{SERVES}){{1,2}}|{_NUMBERED})"
    "(?P<w>码头|作业区|港区|货场|火车站|集疏运中心|办理站|中心站|站)"
    f"|(?P<station>火车[东西南北]?站|车站|站)|(?P<yard>货运场|货场|{'|'.join(STATION_PARTS)})"
    f"|(?P<own>[\u4e00-\u9fff]{{2}})(?P<area>作业区))"
    f"{NOT_AFTER_FACILITY}"
)
# Right after a facility, in brackets, a part of it with a name of its own: the station,
# terminal or area the service uses (宜宾港(一步滩站), 果园港(东港作业区), 万象南(塔纳棱陆港))
_BRACKETED_PART = re.compile(
    "[(（](?P<own>[\u4e00-\u9fff]{2,4}?)(?P<w>火车站|站|码头|作业区|港区|陆港|无水港)[)）]"
)


# After a dry port or a rail hub: the ways it joins and a word of a hub, its part for those
# ways (某某国际陆港公铁联运中心, 某某物流园铁路物流基地, where road and rail or rail and
# water meet; 某某物流基地公路港, its park for lorries), named whole with the hub as
# written; not its siding (某物流园铁路专用线: a line, no part of its own name), nor a
# station's yard (某某火车站铁路货场: read as a yard is)
_HUB_PART = re.compile(
    f"(?:(?:铁路|{_WAYS})(?P<w>联运中心|集散中心|物流基地)|公路(?P<road>港)){NOT_AFTER_FACILITY}"
)
# The parts' kinds by their words (公路港: a park for lorries, a dry port of the road)
_HUB_PART_KINDS = {
    "联运中心": "rail hub",
    "集散中心": "rail hub",
    "物流基地": "rail hub",
    "港": "dry port",
}
# The kinds of facility such a part is told after
_HUB_KINDS = frozenset({"dry port", "rail hub"})


def _as_written(surface, place: Place, gaz) -> str:
    """A port or hub as the shortest of its names the text's mention ends with, without
    the city before it (宁波北仑港 is 北仑港; 合肥某某物流园, a hub cqmap named with its city as
    written, is 某某物流园): the name its parts are named with, however the hub is told."""
    host = gaz.places.get(place.host) if place.derived and place.host else None
    cities = (host.name, host.short_name) if host is not None else ()
    own = [place.name[len(c) :] for c in cities if c and place.name.startswith(c)]
    return min(
        (a for a in (place.name, *place.aliases, *own) if len(a) >= 2 and surface.text.endswith(a)),
        key=len,
        default=surface.text,
    )


def hub_parts(text: str, hits: list, lex) -> list:
    """``hits`` (sorted), a dry port or rail hub followed by the ways it joins and a word
    of a hub (:data:`_HUB_PART`: 某某陆港公铁联运中心) taken as that part of it, named
    whole and placed at the hub."""
    gaz, out = lex.gazetteer, None
    for i, (start, end, surface) in enumerate(hits):
        if surface.form == "composite" or surface.shared or surface.levels[:1] != ("port",):
            continue
        m = _HUB_PART.match(text, end)
        hub = gaz.places.get(surface.place)
        if m is None or hub is None or hub.kind not in _HUB_KINDS:
            continue
        if i + 1 < len(hits) and hits[i + 1][0] < m.end():
            continue  # (a mention starts inside it: a name of its own, not this part)
        written = _as_written(surface, hub, gaz)
        kind = _HUB_PART_KINDS[m.group("w") or m.group("road")]
        part = gaz.facility(written + m.group(), kind, parent=hub.name, host=None)
        if out is None:
            out = list(hits)
        out[i] = (start, m.end(), lex.facility_surface(part, text[start : m.end()]))
    return hits if out is None else out


def part_after_port(text: str, raw: list, i: int, gaz) -> tuple[Place | None, int]:
    """The part a port of the table names right after it (果园港集装箱码头, 涪陵港红岩作业区,
    北仑港站; 宜宾港(一步滩站)), and where the part's name ends; else None and the port's
    end."""
    _, end, surface = raw[i]
    port = gaz.places[surface.place]
    place, end_at = None, end
    m = AFTER_FACILITY.match(text, end)
    if (
        m is not None
        # (a hub's 站 is the hub itself, 团结村站; a dry port's is its station,
        # as 赣州国际陆港站 below)
        and not (
            m.group("station")
            and port.kind not in (*WATER_PORT_KINDS, "dry port")
            # (满洲里口岸站, 某某铁路口岸站: the crossing's station, a part of its own)
            and not (port.kind == "border crossing" and surface.text.endswith("口岸"))
        )
        # (a name of its own starts inside: 涪陵港龙头作业区 is the table's 龙头港)
        and not (i + 1 < len(raw) and raw[i + 1][0] < m.end())
        # (某港三个作业区, 某港主要作业区: a count or a word of kind, no area's own name)
        and not (m.group("own") and not is_own_name(m.group("own")))
    ):
        # (not 团结村火车站: the station itself)
        written = _as_written(surface, port, gaz)  # (宁波北仑港站 is 北仑港站)
        if m.group("own"):
            name, word = m.group(), m.group("area")  # (红岩作业区)
            kind = FACILITY_WORDS[word]
        elif m.group("joint"):
            # (日照港海铁联运站: the port's multimodal centre, named with the port)
            name, kind = written + m.group(), _JOINT_WORDS[m.group("jw")]
        else:  # (果园港集装箱码头; 北仑港站, as written where the port's name is not)
            word = station_name(m.group("w") or m.group("station") or m.group("yard"))
            name = station_name(written + m.group())  # (钦州港火车站 is 钦州港站)
            kind = FACILITY_WORDS[word]
        place = gaz.facility(name, kind, parent=surface.place, host=None)
        end_at = m.end()
    elif (
        (m := _BRACKETED_PART.match(text, end)) is not None
        and is_own_name(m.group("own"))
        and not (i + 1 < len(raw) and raw[i + 1][0] < m.end())
    ):
        # (宜宾港(一步滩站): the station of the port the service leaves from)
        name = station_name(m.group("own") + m.group("w"))
        place = gaz.facility(name, FACILITY_WORDS[m.group("w")], parent=surface.place, host=None)
        end_at = m.end()
    return place, end_at
