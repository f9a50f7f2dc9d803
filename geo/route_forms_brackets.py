"""The route forms of a service whose ends are told after its name: in brackets (中老铁路
(江津—万象)冷链专列) or as its way (该班列的线路为重庆—杜伊斯堡), with their examples.

Each entry is a :class:`cqmap.geo.routes.RouteForm`;
:data:`cqmap.geo.route_forms_named.NAMED_FORMS` places them among the forms of services
named by their ends.
"""

from __future__ import annotations

from cqmap.geo.route_named import read_bracket_ends, read_course
from cqmap.geo.route_pieces import DASH, SERVICE_ENDS, T
from cqmap.geo.route_types import Example, RouteForm

__all__ = ["BRACKET_FORMS"]


BRACKET_FORMS: tuple[RouteForm, ...] = (
    RouteForm(
        "service (X—Y)",
        # 渝甬班列(重庆—宁波), 中老铁路(江津—万象): the ends in brackets after the service.
        # (Read from the bracket and checked behind, a fixed width: a run before the
        # service, tried at every character, costs 20 times as much.)
        # (广西北部湾: the province's coast, where its place is the end)
        # (or in quotes: 集装箱水运航线“余庆—重庆涪陵”)
        # (a stop the gazetteer does not know between two dashes: 南京—关西—广岛)
        # (a train's number before them: 中欧班列第10000次列车(X8020、义乌—马德里))
        rf"[(（“\"](?<=(?:{SERVICE_ENDS})[(（“\"])(?:[A-Z]{{1,2}}\d{{2,5}}次?[、,，]\s*)?"
        rf"(?P<chain>{T}(?:(?:{DASH}{{1,2}}[\u4e00-\u9fff]{{2,8}})?(?:{DASH}{{1,2}}|至){T})+)"
        rf"(?:北部湾)?[)）”\"]",
        (
            Example("今年开行的渝甬班列(重庆—宁波)运量大增。", "重庆市", ("宁波市",), mode="rail"),
            Example(
                "中欧班列第10000次列车(X8020、义乌—马德里)从义乌西站开出。",
                "义乌西站",
                ("马德里",),
                mode="rail",
            ),
            # (铁海快线: a rail-sea express)
            Example(
                "这意味着铁海快线(兰州—天津—汉堡)开通了。",
                "兰州市",
                ("汉堡",),
                ("天津市",),
                "rail-sea",
            ),
            Example("码头还停靠着一艘货船(广元至南充)。", "广元港", ("南充港",)),
            Example("首趟中老铁路(江津—万象)昨日开出。", "江津区", ("万象",), mode="rail"),
            Example("南京港开出外贸新航线“南京—关西—广岛”。", "南京港", ("广岛",)),
            Example("贵州首条集装箱水运航线“余庆—重庆涪陵”正式开通。", "余庆县", ("涪陵港",)),
            Example(
                "一季度,铁海联运班列(重庆-广西北部湾)开行450列。",
                "重庆市",
                ("广西壮族自治区",),
                mode="rail-sea",
            ),
            # (a network's lines by direction, each with its chain of places)
            Example(
                "公路班车已开通东线(重庆南彭-广西凭祥-越南河内)、中线(重庆南彭-泰国曼谷)。",
                "重庆公路物流基地",
                ("河内",),
                ("凭祥市",),
                "road",
            ),
            # (the station it arrives at, in the end its place names: the station)
            Example(
                "首班冷链班列(老挝万象—重庆江津)抵达江津小南垭铁路物流中心。",
                "万象",
                ("小南垭站",),
                mode="rail",
            ),
        ),
        reader=read_bracket_ends,
    ),
    RouteForm(
        "service的线路为X—Y",
        # a service's course told after what it is called, a chain of places to the
        # clause's end (首航航线为“长寿港重钢码头-涪陵港攀华码头”, 运行线路是：广元南—磨憨—
        # 万象南站; a stop the gazetteer does not know between two dashes)
        # (the course's word is checked behind, in the reader: a fixed width here)
        rf"(?<=[为是])[:：]?[“\"]?"
        rf"(?P<chain>{T}(?:(?:{DASH}{{1,2}}[\u4e00-\u9fff]{{2,8}})?(?:{DASH}{{1,2}}|至){T})+)"
        # (not the first of a list of chains: 航线是:甲—乙,甲—丙, each a line of its own)
        rf"[”\"]?(?=[，。；,;]|\Z)(?![，,、]{T}(?:{DASH}{{1,2}}|至))",
        (
            Example(
                "本次首航航线为“长寿港重钢码头-涪陵港攀华码头”,每月开行4班。",
                "重钢码头",
                ("攀华码头",),
                mode="river",
            ),
            Example(
                "这趟国际货运班列的运行线路是:广元—磨憨—老挝万象,预计用时5天。",
                "广元市",
                ("万象",),
                ("磨憨",),
                "rail",
            ),
            # (a course of aircraft carrying freight: flown)
            Example(
                "新开的全货机航班每周三班,航线为银川—西安—深圳,主要装运牛羊肉。",
                "银川市",
                ("深圳市",),
                ("西安市",),
                "air",
            ),
        ),
        reader=read_course,
    ),
)
