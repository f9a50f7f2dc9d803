"""The route forms of services named by their ends: one entry per way articles name a
line or a train by where it goes, with its examples.

Lists of lines first (:mod:`cqmap.geo.route_forms_lists`), then chains (泸州至珞璜至果园港
水水中转航线), ends in brackets (中老铁路(江津—万象)冷链专列), lines opened
to places (开通至宁波的直达航线), services both ways (往返于万州港和上海港之间), ends told as
a start and an end (以重庆为起点), and composite names (渝新欧, 蓉欧快铁). Each entry is a
:class:`cqmap.geo.routes.RouteForm`; :data:`cqmap.geo.route_forms.ROUTE_FORMS` runs these
first, then the forms of movements and of the places told before.
"""

from __future__ import annotations

from cqmap.geo.route_forms_both_ways import BOTH_WAYS_FORMS
from cqmap.geo.route_forms_brackets import BRACKET_FORMS
from cqmap.geo.route_forms_composite import COMPOSITE_FORMS
from cqmap.geo.route_forms_lists import LIST_FORMS
from cqmap.geo.route_movement_words import DEPART, NOT_A_COMPANY, RADIATES
from cqmap.geo.route_named import (
    ABBREVIATED,
    read_abbreviated,
    read_both_ways,
    read_named_by_end,
)
from cqmap.geo.route_pieces import (
    BRACKETED,
    CLAUSE,
    DASH,
    END_IS_RE,
    LINE_TAIL,
    LINK,
    ORIGIN_IS_RE,
    SERVICE,
    SERVICE_KINDS,
    TAIL,
    TLIST,
    TLIST_ASIDES,
    T,
)
from cqmap.geo.routes import Example, RouteForm, read_opened_list
from cqmap.geo.skeleton import P

__all__ = ["NAMED_BY_ENDS", "NAMED_FORMS"]

# The form of a service named by its ends (涪陵—上海集装箱班轮航线, “宜宾—北部湾港”班列)
NAMED_BY_ENDS = "X—Y service"

# Words of opening a line (开通, 新开, 开了)
_OPENS = "(?:开行|开通|开辟|开出|开设|新开|发出|开)了?"
_OPEN = (
    f"{_OPENS}"
    # (how many, or which of them: 开行首趟至宁波舟山港的…, 开出第100列至…)
    f"(?:[一两二三四五六七八九十\\d]+条|首[趟列班条]|第[一二三四五六七八九十百千\\d]+[趟列班条])?"
    f"(?:经(?P<v>{T}))?"
    "(?:至|到|往|前往|通往|直达|直航|飞往)"
)
_GO = "开往|驶往|发往|通往|驶向|运往|飞往"
# What a place is, set off by a dash after it and closed by a comma (花湖机场——国内首座
# 以货运为主的枢纽机场,): no place in it
_APPOSITIVE = "(?:[—–]{1,2}[^，。；,;\ue000-\uefff—–]{2,24}[，,])"


# A name the gazetteer does not know in a list of lines counted (沙巴 in 至上海、沙巴、北京3条
# 航线): the count after it says the list is of the lines' ends
_UNKNOWN_COUNTED = "[\u4e00-\u9fff]{2,4}(?=、[^。；;，,]{1,40}?(?:\\d+|[两二三四五六七八九十]+)条)"

# Words a service's name follows (首趟川—鄂—沪长江班轮): each its own lookbehind
_AFTER_WORDS = "|".join(
    f"(?<={w})" for w in ("首趟", "首条", "首班", "开通", "开行", "开辟", "这条")
)

# The forms still written here, placed by _ORDER below
_HERE: tuple[RouteForm, ...] = (
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
        # (and, in lines counted, a far end the gazetteer does not know between two it knows,
        # left out: 重庆至上海、沙巴、北京3条航线 goes to 北京 too)
        rf"(?:[、和及](?:{_UNKNOWN_COUNTED}、)?{T}(?:{BRACKETED})?(?!{DASH}|至))*)"
        # (nor a chain going on by a dash to an end the gazetteer does not know: 南京-上海-欧美
        # 班列 ends in 欧美, not at its stop 上海)
        rf"(?!{DASH}{{1,2}}[\u4e00-\u9fffA-Za-z])"
        # (not the ends in brackets of a service listed before another: 中欧班列(厦门-汉堡)、
        # 中亚班列(…): each bracket the service before it's)
        rf"(?![)）][、和及与，,])"
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
        rf"(?<![从由自经])(?P<o>{T})到(?P<d>{T}(?:(?:以及|、|和|及)到{T})*)的?"
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
        rf"(?P<d>{T}+(?:(?:[、和及与]|以及){T}+)*)",
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
        rf"(?<!经)(?P<o>{TLIST}){_APPOSITIVE}?"
        rf"(?:{CLAUSE}{{0,8}}?(?:{_OPEN}|{_GO})|(?<![至到经]{T})(?:首趟|首列|首班|第一趟|第一列)?直[达航])"
        rf"(?P<d>{TLIST_ASIDES}){TAIL}",
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
            # (its first, or its n-th, between the verb and where it goes)
            Example(
                "上月,赣州国际陆港开行首趟至宁波舟山港的铁海联运班列。",
                "赣州国际陆港",
                ("宁波舟山港",),
                mode="rail-sea",
            ),
            Example("綦江港通往桐梓县的集装箱公路班车开通。", "綦江港", ("桐梓县",), mode="road"),
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
        rf"(?:以(?P<o>{TLIST})为起点|(?:{ORIGIN_IS_RE})(?P<o2>{T})){CLAUSE}{{0,3}}?[,，、]?"
        rf"(?:经(?P<v>{T})[^，,。；;\ue000-\uefff]{{0,4}}?)?"
        rf"(?:以(?P<d>{T})为终点|(?:{END_IS_RE}|{_GO}|到|至|直达)"
        rf"(?P<d2>{TLIST}))",
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

# The forms in the order :data:`cqmap.geo.route_forms.ROUTE_FORMS` tries them, after the
# lists of lines (the first form that reads a service wins): each name once
_ORDER = (
    NAMED_BY_ENDS,
    "“X—Y”首航",
    "继X—Y之后",
    "X到Y service",
    "X到Y、Z service",
    "X往返Y service",
    "abbreviated ends service",
    "service (X—Y)",
    "service的线路为X—Y",
    "X开通Y等方向的service",
    "X开通至Y的service、至Z的service",
    "X至Y service…,至Z service",
    "N条service,X分别至A、B",
    "X有N班service直达Y",
    "X开通至Y的service",
    "Y班列…驶出X",
    "X与Y开通service",
    "往返于X和Y之间",
    "往返于X—Y—Z之间",
    "在X和Y之间往返",
    "分别从X、Y对向开出",
    "X与Y之间往来的service",
    "X与Y之间开行service",
    "X和Y…起点和终点",
    "以X为起点…Y为终点",
    "X开通…航线,终点是Y",
    "composite service",
)
_WRITTEN = (*COMPOSITE_FORMS, *BRACKET_FORMS, *BOTH_WAYS_FORMS, *_HERE)
if sorted(f.name for f in _WRITTEN) != sorted(_ORDER):
    raise ValueError("each form of a service named by its ends is placed in _ORDER once")
_BY_NAME = {f.name: f for f in _WRITTEN}
NAMED_FORMS: tuple[RouteForm, ...] = (*LIST_FORMS, *(_BY_NAME[name] for name in _ORDER))
