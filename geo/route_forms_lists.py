"""The route forms of lines listed: one entry per way articles list several lines at once,
with its examples.

Chains listed sharing one service word (泸州—成都、泸州—昆明铁水联运班列), lines counted
(航线3条(射阳港到太仓港、大丰港到宿迁港)), lines after a colon (…班列: 江津—成都 江津—
昆明), and a list of origins to the same ends (水富港、广元港至果园港的穿梭巴士). Each entry
is a :class:`cqmap.geo.routes.RouteForm`; :data:`cqmap.geo.route_forms_named.NAMED_FORMS`
tries them first, before the forms of a single service named by its ends.
"""

from __future__ import annotations

from cqmap.geo.route_named import (
    read_chain_list,
    read_pairs_counted,
)
from cqmap.geo.route_pieces import (
    CLAUSE,
    DASH,
    JOIN,
    LISTED_CHAIN,
    SERVICE,
    SERVICE_KINDS,
    TAIL,
    T,
)
from cqmap.geo.route_types import Example, RouteForm
from cqmap.geo.skeleton import B

__all__ = ["LIST_FORMS"]

# What parts two chains of a list
# (after 、, a word of where the next lies that names no place: 珞璜港—新田港、中心城区果园港—
# 水富港)
_CHAIN_JOIN = (
    '(?:、[\u4e00-\u9fff]{0,4}?|[,，]|[”"」]?(?:和|及|以及|与)[“"「]?|(?<=[”"」])(?=[“"「]))'
)
# A chain of a list whose end the gazetteer does not know (泸州港-普兴, a town): no route
# of its own, and no end of the list
# (or 至 one of five or six characters, a city abroad: 合肥至沃罗腾斯克; after its country
# named: 晋中至哈萨克斯坦巴甫洛达尔)
_UNKNOWN_END = (
    f'[“"「]?{T}[“”"「」]?(?:{DASH}{{1,2}}[\u4e00-\u9fff]{{2,4}}?|至{B}?[\u4e00-\u9fff]{{2,6}}?)[”"」]?'
    f"(?={_CHAIN_JOIN})"
)
# A line's two ends, in a list of lines (射阳港到太仓港; 大丰港内港池到宿迁港: a part of
# the first that the gazetteer does not know, left out)
_PAIR = f"{T}[\u4e00-\u9fff]{{0,3}}?(?:到|至|{DASH}{{1,2}}){T}"
# A line's two ends joined by 到, in a list of such lines (郑州到汉堡、郑州到明斯克; its far
# ends may be two: 泸州到泰国和越南)
_PAIR_TO = f"{T}到{T}(?:[和及与]{T})*"
# The close of a list of places that says there are more, or what they are (等站点, 等港口,
# 等3个城市)
_AND_SO_ON = "等(?:\\d{1,2}|[两三四五六七八九十]{1,2})?个?(?:站点|车站|港口|城市|地区|地)?"
# A line named by two short names of its ends' provinces or cities, in a list of lines (渝桂,
# 黔桂): no place of the text's own to read
_SHORT_NAMED = "[\u4e00-\u9fff]{2}"
_LISTED_LINE = f"(?:{LISTED_CHAIN}|{_SHORT_NAMED})"
# What a line of a list carries, before it (内贸走, 外贸为)
_LINE_LABEL = "(?:[\u4e00-\u9fff]{1,3}(?:走|为|是))?"


LIST_FORMS: tuple[RouteForm, ...] = (
    RouteForm(
        "X—Y、X—Y service",
        # a list of chains sharing one service word, one route each: 泸州—成都、泸州—昆明
        # 铁水联运班列; 泸州—武汉—台湾、泸州—南京—韩国近洋航线 (the middle a stop); parted
        # by commas too (重庆—东京,班加罗尔—重庆等货运航线), the last by 和 (泸州港-乐山（峨眉）
        # 和泸州港-昆明等…班列), or each in quotes (“泸州—上海”“泸州—武汉”和“泸州—武汉—台湾”)
        rf"(?P<chains>{LISTED_CHAIN}(?:{_CHAIN_JOIN}(?:{LISTED_CHAIN}|{_UNKNOWN_END}))+)"
        rf"{TAIL}",
        (
            Example(
                "已开通江津—成都、江津—昆明铁水联运班列。",
                "江津区",
                ("昆明市",),
                mode="rail-river",
            ),
            Example(
                "重庆共有忠县一宜昌、万州一宜昌两条滚装航线。", "万州港", ("宜昌港",), mode="river"
            ),
            Example(
                "已开行的江津-成都,江津-乐山（峨眉）和江津-昆明等铁水联运班列。",
                "江津区",
                ("乐山市",),
                mode="rail-river",
            ),
            # (a chain to a city the gazetteer does not know, after its country: the others
            # still read, none to the country)
            Example(
                "该站已开行西安至德国汉堡、西安至白俄罗斯科利亚季奇、西安至波兰华沙等国际班列。",
                "西安市",
                ("汉堡",),
                mode="rail",
            ),
            # (a chain to a town the gazetteer does not know: the others still read)
            Example(
                "已开行的江津-成都,江津-普兴,江津-乐山和江津-昆明等铁水联运班列。",
                "江津区",
                ("成都市",),
                mode="rail-river",
            ),
            Example(
                "已开通“万州—上海”“万州—武汉”和“万州—武汉—台湾”等集装箱班轮航线。",
                "万州港",
                ("武汉港",),
                mode="river",
            ),
            # (each in the corner brackets of a Traditional page, which quote as “” do)
            Example(
                "该公司今年开通「郑州—塔什干—伊斯坦布尔」「郑州—塔什干—苏黎世」等全货机航线。",
                "郑州市",
                ("伊斯坦布尔",),
                ("塔什干",),
                "air",
            ),
            Example(
                "开行宜宾—武汉—釜山、宜宾—南京—大阪集装箱近洋航线。",
                "宜宾港",
                ("大阪",),
                ("南京市",),
                "river-sea",
            ),
            # (a chain after a word of where it lies that names no place)
            Example(
                "本月新开了涪陵龙头港—万州新田港、中心城区果园港—宜宾港两条集装箱班轮。",
                "龙头港",
                ("新田港",),
                mode="river",
            ),
            # (a chain whose last end lists two places; the next chain's first place no
            # end of the one before it)
            Example(
                "今年该港新辟了南通至名古屋和大阪、南通至胡志明等近洋航线。",
                "南通港",
                ("名古屋", "大阪"),
            ),
            Example("今年江苏新辟了南通至仁川、张家港至胡志明等近洋航线。", "南通港", ("仁川",)),
        ),
        reader=read_chain_list,
    ),
    RouteForm(
        "X—Y、X—Y N条",
        # a list of chains counted as lines, the sentence's service named before it (班列
        # 线路由…发展到北部湾港—重庆、北部湾港—四川…6条): one route each
        # (the last to two parts of a province, 北部湾港—桂东/桂北: no end of its own)
        rf"(?P<chains>{LISTED_CHAIN}(?:{_CHAIN_JOIN}(?:{LISTED_CHAIN}|{_UNKNOWN_END}))*)"
        rf"(?:{_CHAIN_JOIN}{T}{DASH}{{1,2}}[\u4e00-\u9fff\ue000-\uefff]{{1,4}}/[\u4e00-\u9fff]{{1,4}})?"
        # (the count ends the clause: 两条全货机航线 names its service, read above; or
        # opens the next with its service: 果园港—水富港,开州港—新田港,两条试点航线同时起航)
        # (or says they are all of the kind: 来宾至北部湾、南宁至北部湾两条均在其列)
        rf"(?P<tail>等?(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,2}})条(?=[，,。；;、\s]|$|均|都|皆)"
        rf"|[，,](?:共|这)?(?:\d{{1,3}}|[二两三四五六七八九十]{{1,2}})条{CLAUSE}{{0,6}}?{SERVICE})",
        (
            Example(
                "通道上的班列线路已发展到北部湾港—重庆、北部湾港—四川、北部湾港—云南3条。",
                "北部湾港",
                ("云南省",),
                mode="rail",
            ),
            Example(
                "当天,江津珞璜港—万州新田港,开州港—宜昌港,两条试点航线同时起航。",
                "开州港",
                ("宜昌港",),
                mode="river",
            ),
            # (the count saying they are all of the kind: 两条均在其列)
            Example(
                "今年新开线路3条,遵义至北部湾、安顺至北部湾两条均在其列。",
                "安顺市",
                ("北部湾港",),
            ),
        ),
        reader=read_chain_list,
    ),
    RouteForm(
        "X—Y、X—Y 等N个站点",
        # lines listed, then counted as the places they reach (覆盖长沙至汉堡、长沙至明斯
        # 克、长沙至阿拉木图等30个目的站点的物流网络): one route each, of the sentence's mode
        rf"(?P<chains>{LISTED_CHAIN}(?:{_CHAIN_JOIN}(?:{LISTED_CHAIN}|{_UNKNOWN_END}))+)"
        rf"(?P<tail>等(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})多?个"
        # (where they lie, then what they are: 等20个境外目的站点)
        rf"(?:境外|国外|海外)?(?:目的)?(?:站点|城市|目的地))",
        (
            Example(
                "合肥中欧班列已织成覆盖合肥至汉堡、合肥至塔什干等40个目的站点的网络。",
                "合肥市",
                ("塔什干",),
                mode="rail",
            ),
            Example(
                "西安的班列已通达西安至罗兹、西安至布达佩斯等20多个境外目的站点。",
                "西安市",
                ("布达佩斯",),
                mode="rail",
            ),
            # (an end the gazetteer does not know between them: the others still read)
            Example(
                "线路覆盖合肥至汉堡、合肥至沃罗腾斯克、合肥至塔什干等40个目的站点。",
                "合肥市",
                ("汉堡",),
            ),
        ),
        water="unspecified",
        reader=read_chain_list,
    ),
    RouteForm(
        "service N条(X到Y、X到Y)",
        # lines counted, then each by its two ends in brackets (新增内河集装箱航线3条(射阳港
        # 到太仓港、大丰港到宿迁港)): one route each
        rf"(?P<tail>{SERVICE})(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,2}})条[（(]"
        rf"(?P<pairs>{_PAIR}(?:、{_PAIR})*)[)）]",
        (
            Example(
                "今年新增内河集装箱航线2条(淮安港到太仓港、连云港到宿迁港)。",
                "淮安港",
                ("太仓港",),
                mode="river",
            ),
        ),
        reader=read_pairs_counted,
    ),
    RouteForm(
        "service(X—Y、X—Y)",
        # lines listed in brackets right after their service, each a chain of its own
        # (开通三条集装箱航线(甲港-乙港、甲港-丙港、甲港-乙港-丙港)): one route each, its
        # middle places stops; one chain alone in brackets is the service's own ends
        # (their count told as what there is, 已有6条; the list joined by 和 at its end, and
        # lines among them named by their two provinces' short names, 渝桂, no chain to read)
        # (the words of its kind before it, 铁海联运班列: its mode)
        rf"(?P<tail>(?:{SERVICE_KINDS})*{SERVICE})"
        rf"(?:(?:已有|共有|现有|有)?(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,2}})条)?"
        # (told opened before the brackets: 九条集装箱航线同时开通(甲—乙、甲—丙))
        rf"(?:(?:同时|正式|一同|一起|相继)?(?:开通|开行|开辟|开航|首航))?[（(]"
        rf"(?P<chains>{_LISTED_LINE}(?:[、和及]{_LISTED_LINE})+)[)）]",
        (
            Example(
                "港口集团新开三条集装箱航线(周口港-合肥港、周口港-芜湖港、淮滨港-合肥港-芜湖港)。",
                "淮滨港",
                ("芜湖港",),
                ("合肥港",),
                "river",
            ),
            # (told opened before the brackets)
            Example(
                "九条运河集装箱航线同时开通(周口—合肥、周口—芜湖、淮滨—合肥)。",
                "淮滨县",
                ("合肥市",),
                mode="river",
            ),
            # (counted as what there is, some named by short names, the last joined by 和)
            Example(
                "沿线的铁海联运班列已有4条(川桂、钦州港-万州、滇桂和钦州港-达州)。",
                "钦州港",
                ("达州市",),
                mode="rail-sea",
            ),
        ),
        reader=read_chain_list,
    ),
    RouteForm(
        "X到Y、X到Z service",
        # lines listed each by its two ends joined by 到 (to which the chains' links do not
        # reach), then their service (昆明到万象、昆明到曼谷等两条班列): one route each
        rf"(?<![从由自经])(?P<pairs>{_PAIR_TO}(?:、{_PAIR_TO})+)"
        rf"(?:等(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,2}})?条)?{TAIL}",
        (
            Example(
                "新开昆明到万象、昆明到曼谷等两条国际货运班列。",
                "昆明市",
                ("曼谷",),
                mode="rail",
            ),
        ),
        reader=read_pairs_counted,
    ),
    RouteForm(
        "service: X—Y X—Y",
        # a service word, then its lines listed: 已开通6条核心线路:成都—罗兹 成都—莫斯科;
        # 开通集装箱班轮航线:泸州—上海、泸州—南京 (one route each); 滚装航线共3条,即“宜昌—
        # 忠县”“宜昌—万州”; each line may be told by what it carries (内贸走芜湖—南京,
        # 外贸走芜湖—上海)
        # (the words of its kind before it, 国际货运航线: its mode)
        rf"(?P<tail>(?:{SERVICE_KINDS})*{SERVICE}(?:航线|班轮)?)"
        # (or after 里/中 and 有: 这批线路里,有周口—合肥、周口—芜湖等)
        rf"(?:[:：]|[^。；;:：\ue000-\uefff]{{0,8}}?(?:即|包括|分别是|分别为|已有|共有|现有|[里中][,，]?有)[:：]?"
        # (是 or 为 and a colon: 新开的货运航线是:甲—乙,甲—丙)
        rf"|(?:是|为)[:：])\s*"
        # (the last joined by 和: 两条航线:甲—乙和甲—丙)
        rf"{_LINE_LABEL}(?P<chains>{LISTED_CHAIN}(?:(?:[\s、,，”“\"]+|[和及]){_LINE_LABEL}{LISTED_CHAIN})+)",
        (
            Example(
                "中欧班列已开通核心线路:成都—罗兹 成都—莫斯科 杜伊斯堡—成都。",
                "杜伊斯堡",
                ("成都市",),
                mode="rail",
            ),
            Example(
                "开通集装箱班轮航线:泸州—上海、泸州—南京。", "泸州港", ("南京港",), mode="river"
            ),
            Example(
                "新开两条直达航线:内贸走泸州—南京,外贸走泸州—上海外高桥港区。",
                "泸州港",
                ("外高桥港区",),
                mode="river",
            ),
            Example(
                "目前泸州港开通的集装箱班轮航线已有泸州—上海、泸州—武汉等。",
                "泸州港",
                ("武汉港",),
                mode="river",
            ),
            Example(
                "三峡滚装运输航线共3条,即“宜昌—忠县”“宜昌—万州”“宜昌—重庆”。",
                "宜昌港",
                ("万州港",),
                mode="river",
            ),
            # (是 and a colon before them; a chain through a stop among them; freight
            # lines told with no word of ships: flown)
            Example(
                "今年新开的货运航线是:郑州—首尔,郑州—东京—芝加哥。",
                "郑州市",
                ("芝加哥",),
                ("东京",),
                "air",
            ),
            # (the last joined by 和)
            Example("该港已有两条近洋航线:南通—仁川和南通—釜山。", "南通港", ("釜山",)),
            # (里/中 and 有 before the lines)
            Example(
                "新开的集装箱航线里,有宜宾—泸州、宜宾—江津等。",
                "宜宾港",
                ("江津港",),
                mode="river",
            ),
        ),
        water="unspecified",  # (线路 says no mode: the sentence's words, else none)
        reader=read_chain_list,
    ),
    RouteForm(
        "X、Y至Z对开",
        # a service told before in the sentence, run both ways between its ends listed
        # (冷链班列实现成都、重庆至万象双向对开): one route each, from the places named first
        rf"(?<![{DASH[1:-1]}至到经])(?<!经{T}[、和及])(?P<o>{T}(?:[、和及]{T})*)"
        rf"(?:至|到|{DASH}{{1,2}})(?P<d>{T}{{1,2}})(?P<tail>(?:双向|相向)?对开)",
        (
            Example(
                "目前,中老泰冷链班列已经实现成都、重庆至泰国曼谷双向对开。",
                "重庆市",
                ("曼谷",),
                mode="rail",
            ),
        ),
        water="unspecified",
    ),
    RouteForm(
        "X、Y至Z service",
        # a list of origins to one end, one route each: 开通水富港、广元港、南充港至果园港的
        # 水水中转穿梭巴士
        # (the first not the end of a chain before it, nor listed with that end: 忠县—南京、
        # 忠县—太仓; 青岛至福冈和大阪、青岛至海防)
        # (counted, through a stop: 老挝、越南、泰国三国经重庆通往欧洲的线路)
        # (or closed by 等 and what they are: 丽水站、缙云站等站点至宁波舟山港的…通道)
        # (not after 通过: 通过河口口岸、友谊关口岸至越南河内的两条线路 pass them; nor after
        # 经, from any item of its list on: 重庆、昆明分别经遵义、柳州至北部湾港口 pass them)
        rf"(?<!{DASH[:-1]}至到一])(?<!通过)(?<![{DASH[1:-1]}至到]{T}[、和及])"
        rf"(?<!经)(?<!经{T}[、和及])(?<!经{T}[、和及]{T}[、和及])(?P<o>{T}(?:[、和及]{T})+)"
        rf"(?:[两三四五六七八九](?:国|地|港)|{_AND_SO_ON})?(?:经(?P<v>{T}))?(?:至|到|通往|{DASH}{{1,2}})"
        # (周口港、淮滨港到合肥港、芜湖港的集装箱航线: each to the ends listed)
        rf"(?P<d>{T}(?:{JOIN}{T})*)"
        rf"(?!{DASH}|至|[、和及]{T})"
        rf"{TAIL}",
        (
            Example(
                "果园港相继开通水富港、广元港、南充港至果园港的水水中转穿梭巴士。",
                "广元港",
                ("果园港",),
                mode="river",
            ),
            Example(
                "重庆、忠县、万州至宜昌的滚装航线有三条。", "忠县港", ("宜昌港",), mode="river"
            ),
            Example(
                "同日首航的还有荆州港、鄂州港到九江港、安庆港的集装箱航线。",
                "鄂州港",
                ("九江港", "安庆港"),
                mode="river",
            ),
            Example(
                "该无水港先后打通了丽水站、缙云站等站点至宁波舟山港的海铁联运通道。",
                "缙云站",
                ("宁波舟山港",),
                mode="rail-sea",
            ),
            Example(
                "已开通缅甸、越南两国经昆明通往欧洲的班列线路。",
                "越南",
                ("欧洲",),
                ("昆明市",),
                "rail",
            ),
        ),
    ),
)
