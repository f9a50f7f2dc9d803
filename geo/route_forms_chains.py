"""The route forms of services named by a chain of their ends (涪陵—上海集装箱班轮航线,
泸州至珞璜至果园港水水中转航线, 南宁到河内集装箱跨境班列, “广州-台北”首航), with their
examples.

The first, :data:`NAMED_BY_ENDS`, is the form of a service named by its ends, places
joined by dashes or 至 before its service word; the others are a chain in quotes told
opening, a chain told as the line opened before, 到 between two ends, and ends written
short (川—鄂—沪). Each entry is a :class:`cqmap.geo.routes.RouteForm`;
:data:`cqmap.geo.route_forms_named.NAMED_FORMS` places them among the forms of services
named by their ends.
"""

from __future__ import annotations

from cqmap.geo.route_named import ABBREVIATED, read_abbreviated
from cqmap.geo.route_pieces import (
    BRACKETED,
    CLAUSE,
    DASH,
    HOW_OFTEN,
    LINK,
    NO_PLACE_ITEM,
    SERVICE,
    SERVICE_KINDS,
    TAIL,
    TLIST,
    T,
)
from cqmap.geo.route_types import Example, RouteForm

__all__ = ["CHAIN_FORMS", "NAMED_BY_ENDS"]

# The form of a service named by its ends (涪陵—上海集装箱班轮航线, “宜宾—北部湾港”班列)
NAMED_BY_ENDS = "X—Y service"


# Words a service's name follows (首趟川—鄂—沪长江班轮): each its own lookbehind
_AFTER_WORDS = "|".join(
    f"(?<={w})" for w in ("首趟", "首条", "首班", "开通", "开行", "开辟", "这条")
)

CHAIN_FORMS: tuple[RouteForm, ...] = (
    RouteForm(
        NAMED_BY_ENDS,
        # places joined by dashes or 至 and a service word: 涪陵—上海集装箱班轮航线,
        # 泸州至珞璜至果园港水水中转航线, 重庆——宜宾、泸州支线, 万州至上海至宁波直达越南、泰国航线
        # (not after 经: 开通经上海至越南海防的航线 passes 上海, it does not start there)
        # (中欧班列(重庆)—中东欧国家班列: the first end closing a bracket)
        # (a place listed after it that starts a chain of its own is no end of it: 深圳—河内、
        # 崇左—河内; 连云港至釜山、南京至胡志明)
        # (nor after 通过, an item of its list either: 通过河口口岸、友谊关口岸至河内的两条
        # 线路 pass them; nor an item of a list after 经: 分别经遵义、桂林、南宁至北部湾港)
        rf"(?<!经)(?<!通过)(?<!通过{T}[、和及])(?<!经{T}[、和及])(?<!经{T}[、和及]{T}[、和及])"
        rf"(?P<chain>[“\"]?{T}[“”\"]?(?:{BRACKETED}|[)）])?(?:{LINK})+"
        # (each item with its cities in brackets: 德国(汉堡)、波兰(华沙、罗兹))
        # (and an end the gazetteer does not know between two it knows, passed over as in
        # every list of ends, NO_PLACE_ITEM: 重庆至上海、沙巴、北京3条航线 goes to 北京 too)
        rf"(?:[、和及](?:{NO_PLACE_ITEM}、)?{T}(?:{BRACKETED})?(?!{DASH}|至))*)"
        # (nor a chain going on by a dash to an end the gazetteer does not know: 南京-上海-欧美
        # 班列 ends in 欧美, not at its stop 上海)
        rf"(?!{DASH}{{1,2}}[\u4e00-\u9fffA-Za-z])"
        # (not the ends in brackets of a service listed before another: 中欧班列(厦门-汉堡)、
        # 中亚班列(…): each bracket the service before it's)
        rf"(?![)）][、和及与，,])"
        # (nor two countries' connectivity project by their names: 中国—新加坡互联互通…班列 is
        # a train of the project, not a line between the two)
        rf"(?!互联互通)"
        rf"(?:直达(?P<beyond>{TLIST}))?{TAIL}",
        (
            Example(
                "3月1日,“涪陵—上海”集装箱班轮航线正式开通。", "涪陵港", ("上海港",), mode="river"
            ),
            Example(
                "泸州至珞璜港至果园港的水水中转航线已常态运行。", "泸州港", ("果园港",), ("珞璜港",)
            ),
            # (an air cargo line told by its figure, 空中丝绸之路)
            Example(
                "全货机开通后,西安—列日“空中丝绸之路”越飞越宽。", "西安市", ("列日",), mode="air"
            ),
            # (lines counted, one end unknown to the gazetteer between two it knows)
            Example(
                "今年新开重庆至上海、沙巴、北京3条货运航线。", "重庆市", ("北京市",), mode="air"
            ),
            # (the first end closing a bracket after a service word)
            Example("中欧班列(重庆)—中东欧国家班列今日发车。", "重庆市", ("中东欧",)),
            # (珞璜 alone, in a chain, is its port)
            Example("遵义至珞璜至宜昌铁水联运航线开通。", "遵义市", ("宜昌市",), ("珞璜港",)),
            Example("忠县——石柱、丰都集装箱支线班轮开通。", "忠县港", ("石柱县", "丰都港")),
            Example("“万州—南京”集装箱直航昨日驶离码头。", "万州港", ("南京港",), mode="river"),
            # (a line of rail and water, 铁水联运线)
            Example(
                "企业可选“宜宾-昆明”这条铁水联运线出货。", "宜宾市", ("昆明市",), mode="rail-river"
            ),
            # (a channel of combined transport told great or green: 联运大通道, 联运绿色通道)
            Example(
                "两地携手建设银川—天津港铁海联运大通道。", "银川市", ("天津港",), mode="rail-sea"
            ),
            Example(
                "芜湖—连云港铁海联运绿色通道本月贯通。",
                "芜湖市",
                ("连云港港",),
                mode="rail-sea",
            ),
            Example("万州一宜昌滚装航线恢复运行。", "万州港", ("宜昌港",), mode="river"),
            # (到 after a stop passed: the chain goes on to its end)
            Example(
                "兰州经天津到汉堡的国际铁海联运班列首发。",
                "兰州市",
                ("汉堡",),
                ("天津市",),
                "rail-sea",
            ),
            # (直航班轮 is a liner, not a flight; a shuttle liner, 港航巴士)
            Example("九江港至上海港直航班轮开通。", "九江港", ("上海港",), mode="river"),
            Example("南京港至太仓港“港航巴士”每周三班。", "南京港", ("太仓港",), mode="river"),
            # (一 for a dash between three places; a freight way, 运输新路线)
            Example(
                "打通了一条“泰国一老挝一重庆”冷链水果运输新路线。", "泰国", ("重庆市",), ("老挝",)
            ),
            Example(
                "遵义至涪陵至上海铁水联运班列发车。",
                "遵义市",
                ("上海市",),
                ("涪陵区",),
                "rail-river",
            ),
            # (直飞 between two places: an air line's ends)
            Example("厦门直飞曼谷的全货机货运航线于昨日首航。", "厦门市", ("曼谷",), mode="air"),
            # (each item with its city in brackets: the city)
            Example(
                "赣州已开通赣州至德国(汉堡)、波兰(华沙)等国际直达班列。",
                "赣州市",
                ("汉堡", "华沙"),
                mode="rail",
            ),
            # (a channel of combined transport told new, 联运新通道)
            Example(
                "这标志着“遵义—钦州—新加坡”海铁联运新通道于本周贯通。",
                "遵义市",
                ("新加坡",),
                ("钦州市",),
                "rail-sea",
            ),
            # (a slash between two places of a link: either is passed)
            Example(
                "哈萨克斯坦—霍尔果斯/阿拉山口—西安中亚回程班列开行。",
                "哈萨克斯坦",
                ("西安市",),
                ("霍尔果斯", "阿拉山口"),
            ),
        ),
        named=True,
    ),
    RouteForm(
        "“X—Y”首航",
        # a line named by its quoted ends, told opening by its first run: “首尔—西安—河内”
        # 开航仪式, “广州-台北”首航, “深圳--克拉斯诺尔斯克”开航
        rf"[“\"](?P<chain>{T}(?:{LINK})+)[”\"](?:航线|线路)?(?:正式)?(?:开航|首航|通航)",
        (
            Example("4月28日,一架全货机完成了“广州-台北”首航。", "广州市", ("台北",), mode="air"),
            Example("“首尔—西安—河内”开航仪式在西安举行。", "首尔", ("河内",), ("西安市",)),
        ),
        named=True,
        water="unspecified",  # (首航 says no mode: the sentence's words, else none)
    ),
    RouteForm(
        "继X—Y之后",
        # a line named by its ends alone as the one opened before the one told (继“襄阳—宁波”
        # 之后,又开辟一条出海通道; 继涪陵—南京后): a service of its own, its mode the sentence's
        # (its service word after the ends: the form of services named by their ends)
        rf"(?<=继)(?P<chain>[“\"]?{T}[“”\"]?(?:{LINK})+)[”\"]?(?=之?后)",
        (
            Example(
                "这趟班列开行,标志着本市继“十堰—宁波”之后又开辟一条出海通道。",
                "十堰市",
                ("宁波市",),
                mode="rail",
            ),
        ),
        named=True,
        water="unspecified",
    ),
    RouteForm(
        "X到Y service",
        # 中国南宁到越南河内集装箱跨境班列: 到 between the ends, the service right after
        # (济宁到重庆万州的集装箱水运航线: or after 的)
        # (not after 经: 西安经青岛到玛瑙斯的班列 passes 青岛, the chain of ends reads it)
        # (盐城港大丰港区到上海港宜东码头以及到宿迁港的航线: ends listed, each with its 到)
        # (or after 有 and how often it runs: 北海到新加坡有天天班轮)
        rf"(?<![从由自经])(?P<o>{T})到(?P<d>{T}(?:(?:以及|、|和|及)到{T})*)"
        rf"(?:的|有(?:{HOW_OFTEN}的?)?)?"
        rf"(?P<tail>(?:{SERVICE_KINDS})*{SERVICE})",
        (
            Example(
                "中国南宁到越南河内集装箱跨境班列开通运营3周年。", "南宁市", ("河内",), mode="rail"
            ),
            Example(
                "重庆江津到广西防城港汽车首趟班车正式发车。", "江津区", ("防城港市",), mode="road"
            ),
            Example(
                "济宁到重庆万州的集装箱水运航线本月起航。", "济宁市", ("万州港",), mode="river"
            ),
            # (the first line, told before the service word)
            Example("昨天,涪陵港到南京港首条集装箱航线开通。", "涪陵港", ("南京港",), mode="river"),
            # (the corridor the train runs on, named before its service word)
            Example(
                "泸州今年开行泸州到钦州港陆海新通道班列10列。", "泸州市", ("钦州港",), mode="rail"
            ),
            # (its runs told after 有, how often)
            Example("北海到新加坡有每周两班的集装箱班轮。", "北海港", ("新加坡",)),
            # (a line to each end listed with its 到)
            Example(
                "盐城港大丰港区到上海港宜东码头以及到宿迁港的航线开通。",
                "大丰港区",
                ("宿迁港",),
                mode="river",
            ),
        ),
        named=True,
        each=True,
    ),
    RouteForm(
        "X到Y、Z service",
        # 到 between the ends and the far ends listed, the service after them: one service
        # to them, as 至 reads them (南昌到鹿特丹、河内的国际货运班列); lines counted, one
        # each (赣州到德国汉堡、泰国曼谷2条国际货运班列)
        rf"(?<![从由自经])(?P<o>{T})到(?P<d>{T}(?:[、和及]{T})+)(?!{DASH}|至|到)的?"
        rf"(?P<tail>{CLAUSE}{{0,6}}?{SERVICE})",
        (
            Example(
                "开通了南昌到鹿特丹、河内的国际货运班列。",
                "南昌市",
                ("鹿特丹", "河内"),
                mode="rail",
            ),
            Example(
                "去年起陆续开通了赣州到德国汉堡、泰国曼谷2条国际货运班列。",
                "赣州市",
                ("曼谷",),
                mode="rail",
            ),
        ),
        named=True,
    ),
    RouteForm(
        "abbreviated ends service",
        # a service named by its places' one-character short names and dashes (泸-宁-韩,
        # 川—鄂—沪), or a list of such names sharing one service word; quoted, or after
        # a mark, so that the first is no character of a word
        rf"(?:^|(?<=[“\"‘「、,，:：\s的该])|{_AFTER_WORDS})(?P<names>{ABBREVIATED}(?:[”\"’」]?[、和及]?[“\"‘「]?{ABBREVIATED})*)"
        rf"(?P<tail>[”\"’」]?[^。；;，,“\"]{{0,10}}?{SERVICE})",
        (
            Example(
                "首趟“泸-宁-韩”集装箱班轮起航。", "泸州港", ("韩国",), ("南京市",), "river-sea"
            ),
            Example("已开通“泸-汉”、“泸-沪”等内支线班轮。", "泸州港", ("上海港",), mode="river"),
            Example("首趟川—鄂—沪长江班轮从宜宾港起航。", "宜宾港", ("上海港",), ("湖北省",)),
        ),
        reader=read_abbreviated,
        over_text=True,
    ),
)
