"""Words of freight transport that more than one part of cqmap knows: modes, facility words, corridors.

A corridor (西部陆海新通道, 中欧班列) is a programme of services, not a place: the matcher
never reads a place inside its name (通道 is also a county's short name), and the route
reader (:mod:`cqmap.geo.routes`) reads a corridor's services.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "MODES",
    "MODE_LEGS",
    "WATER_MODES",
    "FACILITY_WORDS",
    "Corridor",
    "CORRIDORS",
    "finer_mode",
]

# The modes of a route: by river, by rail, rail and sea (铁海联运), rail and river
# (铁水联运), river and sea (江海联运), by road, or not said.
MODES = ("river", "rail", "rail-sea", "rail-river", "river-sea", "road", "unspecified")
# The plain modes a combined one is made of: a service told once as a river liner and
# once as a 近洋 line (river-sea) is one service, of the combined mode.
MODE_LEGS = {"rail-sea": ("rail",), "rail-river": ("rail", "river"), "river-sea": ("river",)}
# The modes whose routes run on the water (drawn along the rivers where they can be).
WATER_MODES = ("river", "river-sea")


# A facility word after a place (綦江港, 南川站, 大阪港, 昆明无水港), or a facility, a qualifier and a part of it
# (果园港集装箱码头, 鱼嘴站北货场). Each word with the kind it makes.
FACILITY_WORDS: dict[str, str] = {
    "港口": "port", "港": "port", "港区": "port area", "作业区": "port area",
    "码头": "terminal", "集装箱码头": "terminal", "铁路港": "rail hub", "国际港": "rail hub",
    "无水港": "dry port", "物流园": "dry port", "物流港": "dry port", "国际物流港": "dry port",
    "火车站": "rail station",
    "货运站": "rail station", "站": "rail station", "东站": "rail station",
    "西站": "rail station", "南站": "rail station", "北站": "rail station",
    "货场": "rail station", "集疏运中心": "terminal", "口岸": "border crossing",
    "机场": "airport",
}  # fmt: skip


class Corridor(NamedTuple):
    name: str  # canonical
    names: tuple[str, ...]  # as articles write it
    mode: str  # the mode of its services


CORRIDORS: tuple[Corridor, ...] = (
    Corridor(
        "西部陆海新通道",
        ("西部陆海新通道", "国际陆海贸易新通道", "陆海贸易新通道", "陆海新通道", "南向通道"),
        "rail-sea",
    ),
    Corridor("中欧班列", ("中欧班列", "渝新欧"), "rail"),
    Corridor("长江黄金水道", ("长江黄金水道", "黄金水道"), "river"),
    Corridor("中老铁路", ("中老铁路", "中老国际铁路"), "rail"),
)


def finer_mode(a: str, b: str) -> str | None:
    """Of two modes told of one service, the one that says more (``unspecified`` says
    least, a combined mode more than its legs); ``None`` when they disagree."""
    if a == b or b == "unspecified":
        return a
    if a == "unspecified":
        return b
    if a in MODE_LEGS.get(b, ()):
        return b
    if b in MODE_LEGS.get(a, ()):
        return a
    return None
