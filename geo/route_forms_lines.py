"""The route forms of the lines a place has: one entry per way articles tell the lines a
port, a station, an airport or a city runs, opened or listed by where they go, with its
examples.

Lines told by their far ends after their start (九江至日韩航线), before a place's new line
(在列日、芝加哥等航线开通之后), counted up to a new one (X至Y、Z之后,第N条线路), opened
at a place (Y、Z等航线在X开通) or sailing first from it (Y航线首航X); and the services a
place has or opened with no start of their own told (每天都有开往Y的班列; X的航线通达Y;
开辟了Y航线; 开通的航线有Y、Z; 开设了多条航线,还有至Y、Z的航线; 开通了Y线、Z线). Each
entry is a :class:`cqmap.geo.routes.RouteForm`; :data:`cqmap.geo.route_forms.ROUTE_FORMS`
runs :data:`LINES_TOLD_BY_THEIR_ENDS` after the transshipments and before corridors, and
:data:`LINES_A_PLACE_HAS` after the services opened to a place.
"""

from __future__ import annotations

from cqmap.geo.route_anchors import (
    read_anchor_services,
    read_lines_before,
    read_lines_by_end,
    read_lines_named,
    read_lines_reaching,
)
from cqmap.geo.route_movement_words import (
    GOES_TO,
    HAS_SERVICE,
)
from cqmap.geo.route_named import (
    read_countries_together,
)
from cqmap.geo.route_pieces import CLAUSE, DASH, SERVICE, SERVICE_KINDS, TAIL, TLIST, T
from cqmap.geo.route_types import Example, RouteForm
from cqmap.geo.skeleton import P
from cqmap.geo.vocabulary import COUNTRIES_TOGETHER

__all__ = ["LINES_TOLD_BY_THEIR_ENDS", "LINES_A_PLACE_HAS"]


# A line named by its far end and 线 (天津线), or by a word no place holds (东北线), in a
# list of such lines; not 线路, a route told in general
_NAMED_LINE = f"(?:{T}|[\u4e00-\u9fff]{{1,3}}?)线(?!路)"


LINES_TOLD_BY_THEIR_ENDS: tuple[RouteForm, ...] = (
    RouteForm(
        "X至日韩service",
        # a line from a place to countries written together by one character of each (武汉
        # 至日韩直达航线): one route to them all; not 中欧, 中亚 (programmes, corridors)
        rf"(?<![至到往经{DASH[1:-1]}])(?P<o>{T})(?:至|到|{DASH}{{1,2}}|直达|直航|通往)"
        rf"(?P<g>{'|'.join(COUNTRIES_TOGETHER)}){TAIL}",
        (
            Example(
                "芜湖至日韩近洋直达航线上半年共运了5000标箱。",
                "芜湖港",
                ("日本", "韩国"),
                mode="river-sea",
            ),
        ),
        reader=read_countries_together,
    ),
    RouteForm(
        "在Y、Z等service开出之后,X",
        # lines named by their far ends, two or more, told opened before a place's new line
        # (在列日、芝加哥等货运航线开通之后,郑州又…; 继汉堡、华沙、布拉格之后,…开出了第四条
        # 新线路——西安-布达佩斯班列): from the place the sentence names next, one to each; not
        # places ranked (继北京、上海之后,成都成为…: no line told)
        rf"(?:在|继)(?P<d>{T}{{1,2}}(?:(?:[、和及与]|以及){T}{{1,2}})+)(?:等(?:地|城市)?)?"
        rf"(?:(?P<tail>{CLAUSE}{{0,8}}?{SERVICE})(?:开通|开出|开行|开辟|首航)(?:之后|以后|后)"
        rf"|(?:之后|以后)[，,](?=[^。；;]{{0,24}}?(?:开通|开出|开行|开辟)了?第[一二三四五六七八九十\d]+条))",
        (
            Example(
                "在比利时列日、美国芝加哥等全货运航线开通之后,郑州今年又新开了一条全货运航线。",
                "郑州市",
                ("芝加哥",),
                mode="air",
            ),
            Example(
                "继汉堡、华沙、布拉格之后,上周西安开出了第四条中欧班列新线路——西安-布达佩斯班列。",
                "西安市",
                ("华沙",),
                mode="rail",
            ),
        ),
        reader=read_lines_before,
        each=True,
    ),
    RouteForm(
        "X至Y、Z之后,第N条service",
        # lines from a place told run before its next one, counted (某地至甲港、乙港之后,第三条
        # 海铁联运线路开通): a line to each
        rf"(?<![至到经])(?P<o>{T})(?:至|到)(?P<d>{T}(?:[、和及与]{T})+)(?:之后|以后)[，,]?"
        rf"(?=的?第[一二三四五六七八九十\d]+条)",
        (
            Example(
                "西安—宁波港班列开行,标志着西安至天津港、日照港之后,第三条海铁联运线路开通。",
                "西安市",
                ("日照港",),
            ),
        ),
        each=True,
    ),
    RouteForm(
        "Y、Z等service在X开通",
        # lines named by where they go, then opened (or run more often) at a place:
        # 法兰克福、芝加哥、东京等国际货运航线在重庆或加密或新开 (from there, one to each)
        rf"(?P<d>{TLIST})等?(?P<tail>(?:{SERVICE_KINDS})*{SERVICE})在(?P<o>{T})"
        # (not 加密东南亚等国际班列在小南垭站的开行频次: how often they run)
        r"[^。；;，,的]{0,6}?(?:开通|新开|开行|开辟|首航)(?![频量数])",
        (
            Example(
                "法兰克福、芝加哥、东京等国际货运航线在重庆或加密或新开。",
                "重庆市",
                ("芝加哥",),
            ),
        ),
    ),
    RouteForm(
        "Y service首航X",
        # a line named by where it goes, making its first call at a port (中联航运泰国快线SCT
        # 首航南沙港区, 印度航线AS1首航南沙港): from that port
        # (a few words of how it runs between: 日本双班直航快线)
        rf"(?P<d>{TLIST})(?P<tail>[\u4e00-\u9fff]{{0,4}}?(?:{SERVICE_KINDS})*{SERVICE})"
        rf"[A-Za-z0-9]{{0,6}}(?:正式|顺利)?首航(?:于|在)?(?P<o>{P})",
        (
            Example("3月8日,中联航运泰国快线SCT首航南沙港区。", "南沙港区", ("泰国",)),
            Example("日本双班直航快线JTK3首航南沙港区。", "南沙港区", ("日本",)),
            Example("新开通的印度航线AS1首航南沙港。", "南沙港区", ("印度",), mode="sea"),
        ),
    ),
)

LINES_A_PLACE_HAS: tuple[RouteForm, ...] = (
    RouteForm(
        "X有开往Y的service",
        # the services a place has, each going to a place (每天都有开往钦州港的班列, 已有直达
        # 洋山港的班轮): from the port the sentence is about, else the one the sentences
        # before were about, as 开通了到Y的service reads them
        rf"{HAS_SERVICE}(?=(?:{GOES_TO}){T})",
        (
            Example(
                "小南垭站是江津区的铁路货场,每天都有开往钦州港的班列。",
                "小南垭站",
                ("钦州港",),
            ),
            Example(
                "九江港去年新建两个泊位。目前已有直达洋山港的集装箱班轮。",
                "九江港",
                ("洋山港",),
            ),
        ),
        reader=read_anchor_services,
        fallback=True,
    ),
    RouteForm(
        "X的航线通达Y",
        # the places a port's lines reach, named one by one (泉州港的国际航线通达菲律宾、
        # 日本; 对台航线每周两班,覆盖基隆、台中): one route to them all from the port the
        # sentence names before them, else the one the sentences before were about; not
        # where the lines may reach (可通达), nor parts of the world (覆盖东南亚、欧洲: the
        # network's reach), nor what they came to cover (覆盖延伸至)
        rf"(?:航线|班轮|航班)(?:[^。；;\ue000-\uefff]{{0,10}}?[，,])?(?:不仅|已经?|均|基本|还)*"
        rf"(?<![能可以])(?:通达|覆盖|辐射)了?(?P<d>{TLIST})",
        (
            Example(
                "目前,厦门港运营的集装箱外贸航线通达日本、韩国、越南等国家。",
                "厦门港",
                ("日本", "韩国", "越南"),
            ),
            Example(
                "太仓港开通对台航线以来,航线每周两班,覆盖基隆、台中等主要港口。",
                "太仓港",
                ("基隆港", "台中港"),
            ),
        ),
        reader=read_lines_reaching,
    ),
    RouteForm(
        "X开辟了Y航线",
        # lines a port opened, each named by where it goes alone (开辟了南美西航线, 新辟航线
        # 4条,其中有越南、日本和韩国3条外贸航线): from that port, one to each; not a
        # line's ends (开通重庆至上海航线) nor a service of trains or flights
        # (the line told first, its place after a dash: 开辟了一条远洋班轮——南美西航线;
        # not after a place: 重庆—上海航线, a line's ends)
        rf"(?:开通|开辟|新辟|新开|开设|增开|其中有|其中包括)了?[^，。；,;\ue000-\uefff至到往]{{0,14}}?"
        rf"(?<![至到往])(?<!{T}[—–\-－])(?<!{T}——)(?P<d>{T}(?:[、和及与]{T})*)(?![至到往—–\-－])"
        r"(?:等)?(?:\d+|[一二三四五六七八九十两几]+)?条?"
        r"(?:外贸|内贸|国际|远洋|近洋|集装箱|直达|直航|班轮|定期|干线)*(?:航线|班轮)",
        (
            Example("芜湖港今年又开辟了一条远洋班轮——南美西航线。", "芜湖港", ("南美西",)),
            Example("芜湖港今年开辟了日本、韩国航线。", "芜湖港", ("韩国",)),
            Example(
                "芜湖港今年新辟航线4条,其中有越南、日本和韩国3条外贸航线。",
                "芜湖港",
                ("韩国",),
            ),
            # (the port a sentence before that, where the one between names no place)
            Example(
                "九江港的集装箱吞吐量去年翻番。今年重点是加大揽货力度。全年新辟航线6条,"
                "其中有日本、韩国两条外贸航线。",
                "九江港",
                ("韩国",),
            ),
            # (a few sentences on in its paragraph, where none between names a place)
            Example(
                "九江港的集装箱吞吐量去年翻番。今年重点是加大揽货力度。港口还改造了两个泊位。"
                "全年新辟航线6条,其中有日本、韩国两条外贸航线。",
                "九江港",
                ("日本",),
            ),
        ),
        reader=read_lines_by_end,
        fallback=True,
        each=True,
    ),
    RouteForm(
        "X开通的航线有Y、Z",
        # the lines a port (or the company of the port told before) opened or runs, listed
        # by their far ends after 有 or 包括 (该公司已开通的航线有大连、烟台和厦门): from that
        # port, one to each; not a count of them (航线有90多条), nor their kinds
        rf"(?:开通|开辟|开设|运营|经营|开行)的[^，。；,;\ue000-\uefff]{{0,8}}?(?:航线|班轮|航班)"
        rf"(?:主要)?(?:有|包括|涵盖)[:：]?(?P<d>{TLIST})",
        (
            Example(
                "烟台港的集装箱业务近年增长很快。港务公司已开通的航线有大连、厦门和深圳。",
                "烟台港",
                ("厦门港",),
            ),
        ),
        reader=read_lines_by_end,
        fallback=True,
        each=True,
    ),
    RouteForm(
        "X开设了多条航线,还有至Y、Z的航线",
        # lines a port opened, counted, then some told by where they go (新开了5条航线,其中有
        # 通往印度、肯尼亚的远洋航线; 除了某国,还有开往…的航线): from that port, one to each
        rf"(?:开通|开设|开辟|新开|新辟|开出)了?(?:多|\d+|[两三四五六七八九十几]+)条"
        rf"[^。；;]{{0,24}}?(?:其中有|还有|包括)(?:驶向|驶往|通往|开往|前往|至|到)"
        rf"(?P<d>{TLIST})(?:等地?)?的?{CLAUSE}{{0,8}}?(?:航线|班轮)",
        (
            Example(
                "为拓展外贸,宁波舟山港今年新开了5条航线,其中有通往印度、肯尼亚的远洋航线。",
                "宁波舟山港",
                ("肯尼亚",),
            ),
        ),
        reader=read_lines_by_end,
        each=True,
    ),
    RouteForm(
        "X开通了Y线、Z线",
        # lines a port opened or runs, listed each by its far end and 线 (开通华北线、大连线
        # 和厦门线): from that port, one to each; not a region's (东北线), nor a railway
        # named by two places' short names (成渝线), nor the lines a train runs along (沿…线)
        rf"(?:开通|开辟|新辟|新开|开设|增开|开出|开行|运营|经营)了?[^，。；,;\ue000-\uefff]{{0,4}}?"
        rf"(?P<d>{_NAMED_LINE}(?:(?:[、和及与]|以及){_NAMED_LINE})+)",
        (
            Example("温州港此前已陆续开通华北线、厦门线和深圳线。", "温州港", ("深圳港",)),
            Example("温州港此前已陆续开通华北线、厦门线和深圳线。", "温州港", ("厦门港",)),
        ),
        reader=read_lines_named,
        fallback=True,
        each=True,
    ),
)
