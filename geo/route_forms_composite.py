"""The route forms of services named by a composite of their ends' short names (渝新欧,
蓉欧快铁, 中欧班列(渝新欧)): one entry, with its examples.

The entry is a :class:`cqmap.geo.routes.RouteForm`, read by
:func:`cqmap.geo.route_named.read_composite`; :data:`cqmap.geo.route_forms_named.NAMED_FORMS`
places it among the forms of services named by their ends.
"""

from __future__ import annotations

from cqmap.geo.route_named import read_composite
from cqmap.geo.route_pieces import CLAUSE, T
from cqmap.geo.route_types import Example, RouteForm
from cqmap.geo.skeleton import B

__all__ = ["COMPOSITE_FORMS"]


COMPOSITE_FORMS: tuple[RouteForm, ...] = (
    RouteForm(
        "composite service",
        # 沪渝集装箱直达快线(万州航线): a composite (沪渝) names both ends (not in brackets
        # after a corridor, 中欧班列(成渝)号, nor before 两地, 成渝两地中欧班列: trains
        # from both, nor before a corridor's service, 成渝中欧班列; nor before 出口,
        # 成渝出口专列: the export trains of both; nor a railway or a road named by its
        # ends, 成渝铁路侯家坪站; a hub's ways told by their directions, 渝满俄、渝甬等三向国际
        # 班列, are left to its reader: route_named.read_composite)
        # (nor the end of another line, 九江至川渝始发集装箱班轮: 川渝 where it goes)
        # (nor where the goods are made, “川渝造”班列)
        rf"(?<![(（至到往])(?P<c>{B})(?!两地|三地|地区|出口|进口|造|制造|铁路|高铁|高速|公路|城际"
        rf"|中欧|中亚|中老|中越|西部陆海|陆海新通道"
        # (nor the start of a longer chain of short names, 渝黔桂新: not 渝黔's)
        rf"|[桂新欧俄满甬湘滇])"
        rf"(?P<tail>{CLAUSE}{{0,14}}?(?:快线|航线|班轮|班列|专列|班车|快铁)(?:班列|专列)?)"
        rf"(?P<paren>[”\"’]?\s*[(（](?P<x>{T})(?:航线|线|班轮)[)）])?"
        # (not its sailings counted, 发运沪渝直达快线300艘次: a port's figures; nor a way of
        # working named after it, 按照沪渝直达“快线优先”的方式)
        rf"(?!{CLAUSE}{{0,10}}?\d+(?:艘次|航次|班次|艘)|{CLAUSE}{{0,14}}?的方式)",
        (
            Example(
                "沪渝集装箱直达快线(万州航线)6月22日首航。", "万州港", ("上海港",), mode="river"
            ),
            # (成渝出口专列: the export trains of both, no route between them)
            Example("江津开行了成渝出口专列和沪渝集装箱快线。", "重庆市", ("上海港",)),
            # (the one port of an end the sentence names)
            Example(
                "2019年5月,重庆果园港与太仓港和上海港开行“沪渝直达快线”。", "果园港", ("上海港",)
            ),
            # (渝深: 重庆's trains to 深圳, told finer by the port; 快线班列, a train)
            Example(
                "“渝深精品快线班列”把重庆至深圳盐田港的在途时间压缩到两天左右。",
                "重庆市",
                ("盐田港区",),
                mode="rail",
            ),
            # (蓉欧快铁: 成都's trains to Europe, told finer by where it goes)
            Example("首趟“蓉欧快铁”从中心站驶出,直奔波兰罗兹。", "成都市", ("罗兹",), mode="rail"),
            # (厦蓉欧: 厦门, 成都 on the way, Europe)
            Example(
                "首趟厦蓉欧班列从海沧铁路货运站出发,开往波兰罗兹。",
                "海沧铁路货运站",
                ("罗兹",),
                ("成都市",),
                "rail",
            ),
            # (泸蓉欧: the composite ends a longer chain of short names, which starts it)
            Example(
                "川南已开通直达波兰罗兹的“泸蓉欧”快铁。", "泸州市", ("罗兹",), ("成都市",), "rail"
            ),
            # (a service's ends in order, its middle a stop: 渝满俄, 重庆 by 满洲里 to Russia)
            Example(
                "早在2015年,首班“渝满俄”班列就已开行。", "重庆市", ("俄罗斯",), ("满洲里",), "rail"
            ),
            # (its train coming back: from its far end, by its stops in turn)
            Example(
                "返程的首趟“厦蓉欧”班列开进厦门海沧站。", "欧洲", ("海沧站",), ("成都市",), "rail"
            ),
            # (an end told after it that is its own start: not where it goes)
            Example(
                "“越桂蓉欧快线”开通以后,从成都发货到越南更快了。",
                "越南",
                ("欧洲",),
                ("广西壮族自治区", "成都市"),
            ),
        ),
        reader=read_composite,
    ),
)
