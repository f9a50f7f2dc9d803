"""The route forms of services run both ways between two places (往返于万州港和上海港
之间, 宁波往返圣保罗全货运航线, 兰州与连云港之间对开班列), with their examples.

The first-named end is the route's start. Each entry is a
:class:`cqmap.geo.routes.RouteForm`; :data:`cqmap.geo.route_forms_named.NAMED_FORMS`
places them among the forms of services named by their ends.
"""

from __future__ import annotations

from cqmap.geo.route_named import read_run_between
from cqmap.geo.route_pieces import BRACKETED, CLAUSE, DASH, LINK, SERVICE, SERVICE_KINDS, T
from cqmap.geo.route_services import LINKING_LINES
from cqmap.geo.route_types import Example, RouteForm

__all__ = ["BOTH_WAYS_FORMS"]

# The kinds of an air line between its ends and its service word, beside the kinds of
# service (宁波往返圣保罗全货运航线, 襄阳往返深圳定期货运航线)
_BOTH_WAYS_KINDS = "全货机|全货运|定期|航空"
# The verbs of a service running both ways between ends named after them (往返于, 往来,
# 穿梭, 运行于; 在X和Y之间往返)
_BOTH_WAYS = "往返|往来|穿梭|运行"
# The verbs of a line told by the ends it links (连接, 连通, 联通: 连接南宁与河内的班列)
_LINKS = "连接|连通|联通"
# The words of a line opened or put into service (开通, 开通运营, 投入运营)
_PUT_INTO_SERVICE = "开通|开行|投入运营|投入运行|首发"

BOTH_WAYS_FORMS: tuple[RouteForm, ...] = (
    RouteForm(
        "X往返Y service",
        # 往返 between a line's ends, the service after them: a line both ways, read from the
        # end named first (武汉往返大阪全货机航线; 南宁往返河内、胡志明等货运线路, one to
        # each of the far ends listed)
        # (not 往返于, the ends after it: 往返于万州港和上海港之间)
        rf"(?<![从由自经])(?P<o>{T})往返(?P<d>{T}(?:[、和及]{T})*)(?!{DASH}|至|到|{T})"
        # (the service right after them, of kinds only: not 往返孟加拉、新加坡等国的进出口直航
        # 服务, a port's reach)
        rf"(?:等(?:地|城市)?)?的?(?P<tail>(?:{SERVICE_KINDS}|{_BOTH_WAYS_KINDS})*{SERVICE})",
        (
            Example("武汉往返大阪全货机航线昨日开通。", "武汉市", ("大阪",), mode="air"),
            Example(
                "机场已开通南宁往返河内、胡志明等国际货运线路。",
                "南宁市",
                ("胡志明市",),
                mode="unspecified",
            ),
        ),
        named=True,
    ),
    RouteForm(
        "往返于X和Y之间",
        # 该航线往返于万州港和上海港之间 (the first-named end first)
        # (or a service between them named after 的: 往返于中国开远和越南海防的米轨班列)
        # (not every service between them: 凡是往来中国和欧洲的货运专列)
        rf"(?<!凡是)(?<!所有)(?:{_BOTH_WAYS})于?(?P<o>{T})(?:和|与|及|至|、)(?P<d>{T})"
        rf"(?:之间|间|的(?=[^，,。；;]{{0,14}}?{SERVICE}))",
        (
            Example("该航线往返于万州港和上海港之间。", "万州港", ("上海港",)),
            Example("往返于昆明和老挝万象的国际货运列车已开行千列。", "昆明市", ("万象",)),
        ),
    ),
    RouteForm(
        "往返于X—Y—Z之间",
        # a chain of ports the service calls at, both ways
        rf"(?:{_BOTH_WAYS})于?(?P<chain>{T}(?:{BRACKETED})?(?:{LINK}){{2,}})(?:之间|间)",
        (
            Example(
                "快线往返于宜宾港—泸州港—果园港—上海港之间。",
                "宜宾港",
                ("上海港",),
                ("泸州港", "果园港"),
            ),
        ),
    ),
    RouteForm(
        "在X和Y之间往返",
        # (双向对开: trains run both ways between them)
        # (each end with its country before it: 在中国昆明和老挝万象之间; 循环往返, a
        # shuttle)
        rf"在(?:{T}(?={T}))?(?P<o>{T})(?:和|与|及|、)(?:{T}(?={T}))?(?P<d>{T})(?:之间|间)"
        rf"(?:双向|循环)?(?:{_BOTH_WAYS}|对开)",
        (
            Example("货轮每周在城陵矶港和果园港之间往返一次。", "城陵矶港", ("果园港",)),
            Example("米轨班列每天在中国开远、越南海防之间双向对开。", "开远市", ("海防市",)),
            Example("这趟班列在中国玉溪和老挝万象之间循环往返。", "玉溪市", ("万象",)),
        ),
    ),
    RouteForm(
        "分别从X、Y对向开出",
        # two trains of one service leaving its two ends towards each other (分别从武汉
        # 吴家山站、重庆团结村站对向开出): the service both ways, the first-named end first
        # (each end with its city or district before it)
        rf"分别(?:从|由|自)(?:{T}(?={T})){{0,2}}(?P<o>{T})(?:和|与|及|、)(?:{T}(?={T})){{0,2}}"
        rf"(?P<d>{T})(?:对向|相向)(?:开出|开行|发车|出发|驶出|始发)",
        (
            Example(
                "两趟“长江班列”当天分别从武汉吴家山站、重庆团结村站对向开出。",
                "吴家山站",
                ("团结村",),
                mode="rail",
            ),
        ),
    ),
    RouteForm(
        "X与Y之间往来的service",
        # the service running both ways between two ends, named after them (中国山腰口岸
        # 与越南老街口岸之间往来的米轨国际联运列车): the first-named end first
        # (or sailing straight between them, each end with its province or country before
        # it: 从事连云港与台湾高雄之间直航的船舶)
        rf"(?P<o>{T})(?:和|与|及|、)(?:{T}(?={T}))?(?P<d>{T})(?:之间|间)"
        rf"(?:往返|往来|穿梭|对开|直航)(?:的|运行的)"
        rf"(?P<tail>{CLAUSE}{{0,12}}?(?:列车|班列|班轮|货轮|专列|班车|船舶|集装箱船))",
        (
            Example(
                "中国磨憨口岸与老挝磨丁口岸之间往来的国际联运列车已开出5000列。",
                "磨憨",
                ("磨丁",),
                mode="rail",
            ),
            Example("从事连云港港与台湾高雄港之间直航的集装箱船已有5艘。", "连云港港", ("高雄港",)),
        ),
    ),
    RouteForm(
        "X与Y之间开行service",
        # a service told run between two ends (洛阳与山东日照港间每周开行三班铁海联运班列,
        # 兰州与连云港之间对开班列): the first-named end first, as for a service both ways;
        # the ends of any kind, a port after its province (not 往返于, 在 …之间: the forms
        # above; not 中国与欧洲之间双向往来的班列, 香港和盐田港之间的航线互补: services told
        # in general, with no run of their own; nor between China and a country: the
        # programme as a whole, read_run_between)
        rf"(?<![于在])(?P<o>{T})(?:和|与|及)(?:{T}(?={T}))?(?P<d>{T})(?:之间|间)"
        rf"(?P<tail>[^，。；,;的\ue000-\uefff]{{0,8}}?(?:开通|开行|开辟|开设|对开)了?"
        rf"{CLAUSE}{{0,12}}?{SERVICE})(?!通道|大通道|走廊)",
        (
            Example("兰州与连云港之间每周对开两列班列。", "兰州市", ("连云港市",), mode="rail"),
            Example(
                "洛阳与山东日照港间每周开行三班铁海联运班列。",
                "洛阳市",
                ("日照港",),
                mode="rail-sea",
            ),
        ),
        reader=read_run_between,
    ),
    RouteForm(
        "连接X与Y的service开通",
        # a line told by the ends it links, then opened (连通中国武汉和法国里昂的货运铁路线
        # 开通; 连接广州、南宁与越南同登的新路线已开通): from the end named first, a place
        # between them a stop, each end with its country before it; only where the line is
        # told opened or put into service right after it (not 连接中国与欧洲的物流通道, a
        # corridor told in general; nor between China and a country: read_run_between)
        rf"(?:{_LINKS})(?:{T}(?={T}))?(?P<o>{T})(?:[、和及](?:{T}(?={T}))?(?P<v>{T}))?"
        rf"(?:与|和|及|、)(?:{T}(?={T}))?(?P<d>{T})的"
        rf"(?P<tail>{CLAUSE}{{0,8}}?(?:{SERVICE}|{'|'.join(LINKING_LINES)}))"
        rf"(?=[^，,。；;\ue000-\uefff]{{0,8}}?(?:{_PUT_INTO_SERVICE}))",
        (
            Example(
                "连通中国成都和波兰罗兹的货运铁路线于当天正式开通。",
                "成都市",
                ("罗兹",),
                mode="rail",
            ),
            Example(
                "一条连接中国南宁、凭祥与越南河内的货运新路线近日开通。",
                "南宁市",
                ("河内",),
                ("凭祥市",),
            ),
        ),
        water="unspecified",
        reader=read_run_between,
    ),
)
