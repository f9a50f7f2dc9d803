"""The route forms of lines opened or run to places and of lines told by their start and
end (开通至宁波的直达航线, 以重庆为起点…杜伊斯堡为终点), with their examples.

A place opens a line to others (X开通至Y的航线, X开通Y等方向的航线, lines listed or
counted after it), a train told leaving its start after its name, and a line's start and
end told as such (X和Y…起点和终点, 起点为X,终点为Y, …航线,终点是Y). Each entry is a
:class:`cqmap.geo.routes.RouteForm`; :data:`cqmap.geo.route_forms_named.NAMED_FORMS`
places them among the forms of services named by their ends.
"""

from __future__ import annotations

from cqmap.geo.route_building import read_opened_list
from cqmap.geo.route_movement_words import DEPART, NOT_A_COMPANY, RADIATES
from cqmap.geo.route_named import read_both_ways, read_named_by_end
from cqmap.geo.route_pieces import (
    CLAUSE,
    END_IS_RE,
    HOW_OFTEN,
    JOIN,
    LINE_TAIL,
    ORIGIN_IS_RE,
    SERVICE,
    TAIL,
    TLIST,
    TLIST_ASIDES,
    T,
)
from cqmap.geo.route_types import Example, RouteForm
from cqmap.geo.skeleton import P

__all__ = ["OPENED_FORMS"]

# Words of opening a line (开通, 新开, 开了)
_OPENS = "(?:开行|开通|开辟|开出|开设|新开|发出|开)了?"

_OPEN = (
    f"{_OPENS}"
    # (how many, or which of them: 开行首趟至宁波舟山港的…, 开出第100列至…; or how often:
    # 开通了每周3班至洋山港的航线, 开通天天班至…)
    f"(?:[一两二三四五六七八九十\\d]+条|首[趟列班条]|第[一二三四五六七八九十百千\\d]+[趟列班条]"
    f"|{HOW_OFTEN})?"
    f"(?:经(?P<v>{T}))?"
    "(?:至|到|往|前往|通往|直达|直航|飞往)"
)

# (a word of opening may stand right before one of going: 也陆续开行了开往…的班列, 开通了去往…
# 的班列; the words before them then counted as before a word of going alone)
_GO = f"(?:{_OPENS})?(?:开往|驶往|发往|通往|驶向|运往|飞往|去往)"

# Since when, between the place and what it opened (成都自2013年起陆续开行了…, 2016年以来)
_SINCE = "(?:[从自]?[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:起|以来|至今|开始)?)"

# What a place is, set off by a dash after it and closed by a comma (花湖机场——国内首座
# 以货运为主的枢纽机场,): no place in it
_APPOSITIVE = "(?:[—–]{1,2}[^，。；,;\ue000-\uefff—–]{2,24}[，,])"

OPENED_FORMS: tuple[RouteForm, ...] = (
    RouteForm(
        "X开通Y等方向的service",
        # 鱼嘴站北货场…开通了上海、广州、北京、成都等方向的货运班列: the directions of its trains
        # (and 果园港新增新加坡港、杜伊斯堡港、长江沿线各港口等铁水联运通道: a list closed by a
        # kind of place, and 等)
        # (not a partner the place made a pact with: 新港作业区已与蛇口、盐田港结成港口联盟,
        # 开通至青岛、天津等港口的航线 are the first's)
        rf"(?P<o>{P})(?:(?!建立|签订|签署|结成|缔结)[^。；;\ue000-\uefff]){{0,40}}?"
        rf"(?:开通|开行|开辟|新增)了?(?:至|到)?(?P<d>{TLIST})"
        rf"(?:(?:、[^、，,。；;\ue000-\uefff]{{1,10}})?等(?:方向|地区|地|城市)?|方向|地区)的?{TAIL}",
        (
            # (a service to each direction)
            Example(
                "鱼嘴站北货场投入运营,开通了上海、广州、成都等方向的货运班列。",
                "鱼嘴站",
                ("广州市",),
                mode="rail",
            ),
            Example(
                "江北国际机场已开通至列日、卢森堡、莫斯科等多条全货机航线。",
                "江北国际机场",
                ("莫斯科",),
                mode="air",
            ),
            Example(
                "果园港新增新加坡港、杜伊斯堡港、长江沿线各港口等铁水联运通道。",
                "果园港",
                ("杜伊斯堡港",),
                mode="rail-river",
            ),
        ),
        each=True,
    ),
    RouteForm(
        "X开通至Y的service、至Z的service",
        # lines opened from one place, listed each with its end and service: a route each
        rf"(?P<o>{TLIST}){CLAUSE}{{0,8}}?(?:{_OPEN}|{_GO})(?P<d>{T}){TAIL}"
        rf"(?P<more>(?:(?:[、，,]\s*(?:以及|和|及)?|以及)(?:{_GO}|至|直达){T}{LINE_TAIL})+)",
        (
            Example(
                "此后,万州港陆续开通了通往上海洋山港的联盟航线、通往南京港的内贸直达线。",
                "万州港",
                ("洋山港",),
            ),
            Example(
                "此后,万州港陆续开通了通往上海洋山港的联盟航线、通往南京港的内贸直达线。",
                "万州港",
                ("南京港",),
            ),
        ),
        reader=read_opened_list,
    ),
    RouteForm(
        "X至Y service…,至Z service",
        # a line named by its ends, then in the next clause another from the same start
        # named by its end alone (钦州港至海防班轮每天一班,至曼谷班轮每周三班): a route
        # each, as lines opened one after another are
        # (not a chain's stop: 宜宾至武汉至上海…)
        rf"(?<![至到经])(?P<o>{T})(?:至|到)(?P<d>{T}){TAIL}[^。；;，,\ue000-\uefff]{{0,16}}[，,]"
        rf"(?P<more>(?:至|到){T}{LINE_TAIL})",
        (
            Example(
                "钦州港至海防班轮每天一班,至曼谷班轮每周三班。",
                "钦州港",
                ("曼谷",),
            ),
        ),
        reader=read_opened_list,
    ),
    RouteForm(
        "N条service,X分别至A、B",
        # lines told, then where each goes from one place (全区有3条全货机航线:乌鲁木齐分别
        # 飞往杜尚别、新西伯利亚以及阿什哈巴德): a line to each
        rf"(?P<tail>{SERVICE})[^。；;\ue000-\uefff]{{0,6}}?[，,:：](?P<o>{T})分别(?:至|到|飞往|通往|开往|直达)"
        rf"(?P<d>{T}+(?:{JOIN}{T}+)*)",
        (
            Example(
                "眼下全区共有3条全货机航线:乌鲁木齐分别飞往塔吉克斯坦杜尚别、俄罗斯新西伯利亚"
                "以及土库曼斯坦阿什哈巴德。",
                "乌鲁木齐市",
                ("阿什哈巴德",),
                mode="air",
            ),
        ),
        each=True,
    ),
    RouteForm(
        "X有N班service直达Y",
        # a place's regular services, counted, told where they go (九江港每周有3班集装箱班轮
        # 直达上海港; 九江城西港区每月定期有4个班轮直航南京)
        rf"(?P<o>{P})[^。；;\ue000-\uefff]{{0,30}}?(?:每[天日周月]|定期|常年)[^。；;\ue000-\uefff]{{0,6}}?"
        rf"有[一两二三四五六七八九十\d]+(?:个|班|艘|趟|列)(?P<tail>[^。；;，,\ue000-\uefff]{{0,8}}?"
        rf"(?:班轮|航班|班列|货轮|集装箱船|快班|航线))(?:直航|直达|开往|发往|驶往|通往)(?P<d>{TLIST})",
        (
            Example("九江港每周有3班集装箱班轮直达上海港。", "九江港", ("上海港",), mode="river"),
            Example("九江城西港区每月定期有4个班轮直航南京。", "九江城西港区", ("南京港",)),
        ),
    ),
    RouteForm(
        "X开通至Y的service",
        # 涪陵港开行至泸州港的集装箱班轮; 广元港、广安港相继开通至重庆港的班轮 (one each);
        # 綦江港通往桐梓县的公路班车
        # (not a stop: 三国经重庆通往欧洲的线路)
        # (after the origin, what it is, set off by a dash: 花湖机场——国内首座以货运
        # 为主的枢纽机场,开通了飞往列日机场的…航线)
        # (or 直达 right after the origin, or after its first of the kind: 重庆直达河内的国际
        # 班列, 黔江首趟直达钦州港的班列; not after a stop, 宜宾至武汉至上海直达日本, a chain's)
        rf"(?<!经)(?P<o>{TLIST}){_APPOSITIVE}?{_SINCE}?"
        rf"(?:{CLAUSE}{{0,8}}?(?:{_OPEN}|{_GO})|(?<![至到经]{T})(?:首趟|首列|首班|第一趟|第一列)?直[达航])"
        # (its ends told as some of them: 开往包括…等城市的, 至包括…在内的)
        rf"(?:包括|包含)?(?P<d>{TLIST_ASIDES}){TAIL}",
        (
            Example("涪陵港开行至四川泸州港的集装箱班轮。", "涪陵港", ("泸州港",)),
            Example("本月,重庆直达河内的国际铁路班列开行。", "重庆市", ("河内",), mode="rail"),
            # (直航: a ship's line straight to its end)
            Example("此前,钦州港已开通直航高雄港的集装箱定期班轮。", "钦州港", ("高雄港",)),
            # (its first of the kind between: 黔江首趟直达…)
            Example(
                "黔江首趟直达钦州港的铁海联运班列今天发车。", "黔江区", ("钦州港",), mode="rail-sea"
            ),
            Example(
                "昨天,花湖机场——国内首个货运枢纽机场,开通了飞往列日机场的国际货运航线。",
                "花湖国际机场",
                ("列日机场",),
                mode="air",
            ),
            Example("广元港、广安港相继开通至重庆港的集装箱班轮。", "广安港", ("重庆港",)),
            # (how often it runs, between the opening and where it goes)
            Example("九江港已开通每周3班至洋山港的集装箱航线。", "九江港", ("洋山港",)),
            # (its first, or its n-th, between the verb and where it goes)
            Example(
                "上月,赣州国际陆港开行首趟至宁波舟山港的铁海联运班列。",
                "赣州国际陆港",
                ("宁波舟山港",),
                mode="rail-sea",
            ),
            Example("綦江港通往桐梓县的集装箱公路班车开通。", "綦江港", ("桐梓县",), mode="road"),
            # (its ends told as some of many: 包括…等城市)
            Example(
                "西安自2014年以来陆续开行了开往包括匈牙利布达佩斯等城市的中欧班列。",
                "西安市",
                ("布达佩斯",),
                mode="rail",
            ),
            # (去往, as 开往 after the verb: 开行去往…的班列)
            Example(
                "今年赣州国际陆港还开行了去往塔什干的中亚班列。",
                "赣州国际陆港",
                ("塔什干",),
                mode="rail",
            ),
            # (a word of opening right before one of going: 开行了开往…)
            Example(
                "武汉、长沙两市随后也陆续开行了开往欧洲的货运班列。",
                "长沙市",
                ("欧洲",),
                mode="rail",
            ),
            Example("泸州港将开通经武汉至日本的近洋航线。", "泸州港", ("日本",), ("武汉市",)),
            Example(
                "2011年,重庆开辟一条直达欧洲的国际铁路路线。", "重庆市", ("欧洲",), mode="rail"
            ),
            # (cities in brackets after their country: the cities)
            Example(
                "昆明机场开通飞往印度(德里、孟买)的全货机航线。",
                "长水国际机场",
                ("孟买",),
                mode="air",
            ),
        ),
    ),
    RouteForm(
        "Y班列…驶出X",
        # 布达佩斯直达班列驶出重庆团结村站: a train named by where it goes, and where it leaves
        rf"(?P<d>{T})[”\"]?(?P<tail>(?:直达|国际)?(?:班列|专列|货运班列))[^。；;]{{0,30}}?"
        # (not where goods come from, reaching farther: 货源已由陕西辐射至甘肃)
        # (not 经由磨憨口岸出境: by way of it, a stop)
        rf"(?:(?:驶出|驶离|开出|从|(?<!经)由)(?P<o>{T}){NOT_A_COMPANY}(?!{RADIATES})"
        # (not an end in brackets of another service: 中亚班列(…)和中欧班列(兰州至汉堡)一共
        # 发出13列)
        rf"|(?P<o2>{T})[^。；;)）\ue000-\uefff]{{0,6}}?(?:{DEPART}))",
        (
            Example(
                "6月19日,布达佩斯直达班列驶出重庆团结村站。", "团结村", ("布达佩斯",), mode="rail"
            ),
            # (where the sentence then says it goes is where it goes: 中亚班列…最终抵达阿富汗)
            Example(
                "一列中亚班列从团结村站驶出,将经霍尔果斯出境,几天后最终抵达塔吉克斯坦杜尚别。",
                "团结村",
                ("杜尚别",),
                ("霍尔果斯",),
                "rail",
            ),
        ),
        reader=read_named_by_end,
    ),
    RouteForm(
        "X与Y开通service",
        # 果园港与涪陵港开通"水水中转"穿梭巴士: a service opened between two ports
        rf"(?P<o>{P})(?:与|和|及)(?P<d>{P})(?:之间|间)?(?P<tail>{CLAUSE}{{0,6}}?"
        rf"(?:开通|开行|开辟|开设|实现){CLAUSE}{{0,14}}?{SERVICE})",
        (Example("果园港与涪陵港开通“水水中转”穿梭巴士。", "果园港", ("涪陵港",)),),
    ),
    RouteForm(
        "X和Y…起点和终点",
        # 重庆与杜伊斯堡作为渝新欧大通道的起点和终点: the ends named together, then as ends
        rf"(?P<o>{T})(?:与|和|及)(?P<d>{T}){CLAUSE}{{0,30}}?(?:的|是|为)(?:起点和终点|起终点|起讫点)",
        (
            Example(
                "重庆和杜伊斯堡分别是这条国际铁路联运大通道的起点和终点。",
                "重庆市",
                ("杜伊斯堡",),
                mode="rail",
            ),
        ),
    ),
    RouteForm(
        "以X为起点…Y为终点",
        # 线路以团结村站为起点、以杜伊斯堡为终点; 起点为X,终点为Y; 始发地是X,开往Y
        # (several starts, then where they go by: 以天津、锦州为起点,经二连浩特口岸到蒙古国)
        # (以某港为始发点,某城为目的站点: the words of a start and of an end told
        # otherwise, the second without its 以)
        rf"(?:以(?P<o>{TLIST})为(?:起点|始发点|出发点)|(?:{ORIGIN_IS_RE})(?P<o2>{T}))"
        rf"{CLAUSE}{{0,3}}?[,，、]?"
        rf"(?:经(?P<v>{T})[^，,。；;\ue000-\uefff]{{0,4}}?)?"
        rf"(?:以(?P<d>{T})为终点|(?:{END_IS_RE}|{_GO}|到|至|直达)"
        rf"(?P<d2>{TLIST})|(?P<d3>{TLIST})为(?:主要)?(?:终点站?|目的站点?|目的地))",
        (
            Example("这条班列线路以团结村站为起点、以杜伊斯堡为终点。", "团结村", ("杜伊斯堡",)),
            Example(
                "中欧班列目前有以天津、锦州为起点,经二连浩特口岸到蒙古国的线路。",
                "锦州市",
                ("蒙古国",),
                ("二连浩特",),
            ),
            Example("该航线起点为果园港,终点为上海洋山港。", "果园港", ("洋山港",)),
            Example("这趟班列的始发地是奎屯,开往杜尚别,共有41节车皮。", "奎屯市", ("杜尚别",)),
            Example(
                "这条线路以青岛港为始发点,波兰华沙、德国汉堡为主要目的站点。",
                "青岛港",
                ("华沙", "汉堡"),
            ),
        ),
        reader=read_both_ways,
    ),
    RouteForm(
        "X开通…航线,终点是Y",
        # a place opens a line, and the next clause tells where it ends (黄石新港将再开一条
        # 江海联运航线,终点是上海洋山港), or the words right after the line do (阿拉尔开行的
        # 首趟专列目的地为台州, …专列的终点是…)
        rf"(?P<o>{T}){CLAUSE}{{0,14}}?{_OPENS}{CLAUSE}{{0,16}}?"
        rf"{SERVICE}(?:[，,]|的)?(?:{END_IS_RE})(?P<d>{TLIST})",
        (
            Example(
                "九江港下月将再开一条江海联运航线,终点是上海洋山港。",
                "九江港",
                ("洋山港",),
                mode="river-sea",
            ),
            Example(
                "满洲里开行了一趟中欧班列,目的地为波兰华沙。", "满洲里", ("华沙",), mode="rail"
            ),
            Example(
                "喀什市开行的首趟农产品专列目的地是江苏南京。", "喀什市", ("南京市",), mode="rail"
            ),
        ),
    ),
)
