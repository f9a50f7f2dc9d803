"""Ports and freight hubs: the hand-curated table behind ``geo/data/ports.geojson``.

Coordinates are WGS84 and approximate (about +-2 km): hand-placed at the terminal,
on the bank of the river for river ports. The host region of each port is *not*
typed here: :mod:`geo.data.build` computes it by a spatial join against the
district and context boundaries, and the tests check it against public knowledge.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["PORT_KINDS", "Port", "PORTS"]

PORT_KINDS = ("river port", "sea port", "dry port", "rail hub", "airport")


class Port(NamedTuple):
    name: str  # canonical
    aliases: tuple[str, ...]
    kind: str  # one of PORT_KINDS
    lon: float
    lat: float
    river: str | None  # the named river a river port sits on (geo/data/rivers.geojson)


PORTS: tuple[Port, ...] = (
    Port(
        "果园港",
        ("重庆果园港", "果园港区", "果园港国家物流枢纽"),
        "river port",
        106.7586,
        29.6152,
        "长江",
    ),
    Port("寸滩港", ("寸滩", "寸滩港区", "寸滩集装箱码头"), "river port", 106.6010, 29.6209, "长江"),
    Port(
        "万州港",
        ("新田港", "万州新田港", "新田港区", "万州港新田港区"),
        "river port",
        108.4200,
        30.7600,
        "长江",
    ),
    Port("涪陵港", ("龙头港", "涪陵龙头港", "龙头港区"), "river port", 107.3121, 29.7449, "长江"),
    Port(
        "南充港",
        ("四川南充港", "南充都京港", "都京港区"),
        "river port",
        106.0582,
        30.7059,
        "嘉陵江",
    ),
    Port(
        "宜宾港",
        ("四川宜宾港", "宜宾志城港", "志城作业区"),
        "river port",
        104.7300,
        28.7900,
        "长江",
    ),
    Port("泸州港", ("四川泸州港", "泸州集装箱码头"), "river port", 105.4849, 28.8947, "长江"),
    Port("广安港", ("四川广安港",), "river port", 106.6436, 30.4753, "渠江"),
    Port("广元港", ("四川广元港",), "river port", 105.8221, 32.4328, "嘉陵江"),
    Port(
        "成都国际铁路港",
        ("成都铁路港", "青白江铁路港", "成都国际陆港"),
        "rail hub",
        104.2500,
        30.8000,
        None,
    ),
    Port("成都无水港", (), "dry port", 104.2700, 30.5600, None),
    Port(
        "上海港",  # the Port of Shanghai; its 洋山 deep-water area is an alias, not a point of its own
        ("上海外高桥港", "外高桥港区", "洋山港", "上海洋山港", "洋山深水港"),
        "river port",
        121.6000,
        31.3600,
        "长江",
    ),
    Port(
        "钦州港",
        ("广西钦州港", "北部湾港钦州港区", "钦州港区"),
        "sea port",
        108.6108,
        21.6943,
        None,
    ),
    Port(
        "团结村",
        ("团结村站", "团结村中心站", "重庆铁路口岸", "重庆国际物流枢纽园区"),
        "rail hub",
        106.3700,
        29.6500,
        None,
    ),
    Port(
        "江北国际机场",
        ("重庆江北国际机场", "江北机场"),
        "airport",
        106.6420,
        29.7190,
        None,
    ),
    Port("天府国际机场", ("成都天府国际机场",), "airport", 104.4450, 30.3120, None),
    Port("双流国际机场", ("成都双流国际机场", "双流机场"), "airport", 103.9470, 30.5780, None),
)
