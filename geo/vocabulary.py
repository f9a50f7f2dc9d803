"""The words of cqmap's records that more than one part of it knows, stated once: modes,
facility words and corridors, the 一区两群's groups, the levels of places, the kinds of ports,
the relations, scripts and kinds of unresolved names a record holds, and the numerals
that count places and lines.

A corridor (西部陆海新通道, 中欧班列) is a programme of services, not a place: the matcher
never reads a place inside its name (通道 is also a county's short name), and the route
reader (:mod:`cqmap.geo.routes`) reads a corridor's services.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "COUNTRIES_TOGETHER",
    "PROGRAMMES",
    "COMPANY_WORDS",
    "JOINT_MEETING",
    "JOINT_MEETING_REACH",
    "DASHES",
    "DIRECTIONS",
    "MODES",
    "MODE_LEGS",
    "BY_WATER_OR_UNSAID",
    "WATER_MODES",
    "FACILITY_WORDS",
    "facility_kind",
    "facility_word",
    "Corridor",
    "CORRIDORS",
    "OTHER_GOLDEN_RIVERS",
    "finer_mode",
    "RELATIONS",
    "SCRIPTS",
    "UNRESOLVED_KINDS",
    "ONE_DISTRICT",
    "NORTHEAST",
    "SOUTHEAST",
    "GROUPS",
    "SUBGROUPS",
    "FACILITY_HOSTS",
    "LEVELS",
    "REGION_LEVELS",
    "WATER_PORT_KINDS",
    "PORT_KINDS",
    "NUMERALS",
    "count_of",
]

# A joint meeting of several places' bodies (联席会议, 联合协商会议): its places are its
# parties (a group of provinces by their one-character names, read by the matcher and the
# pair table)
JOINT_MEETING = "(?:联席会|联合协商会)"
# How many characters may tell the meeting's purpose between the parties and the meeting
# (湘鄂渝黔四省市政协助推武陵山片区脱贫攻坚合作联席会)
JOINT_MEETING_REACH = 30

# The modes of a route: by river, by rail, rail and sea (铁海联运), rail and river
# (铁水联运), river and sea (江海联运), by sea (a line between sea ports, on no river: 洋浦至
# 天津港), by road, by air (a freight line: 货运航线, 全货机), or not said.
MODES = (
    "river", "rail", "rail-sea", "rail-river", "river-sea", "sea", "road", "air", "unspecified",
)  # fmt: skip
# The plain modes a combined one is made of: a service told once as a river liner and
# once as a 近洋 line (river-sea) is one service, of the combined mode.
MODE_LEGS = {
    "rail-sea": ("rail", "sea"),
    "rail-river": ("rail", "river"),
    "river-sea": ("river", "sea"),
}
# The modes of goods moved by water, or of no mode said (来自宜昌的柑橘抵达外高桥)
BY_WATER_OR_UNSAID = ("river", "river-sea", "sea", "unspecified")
# The modes whose routes run on the water (drawn along the rivers where they can be).
WATER_MODES = ("river", "river-sea")


# A facility word after a place (綦江港, 南川站, 大阪港, 昆明无水港), or a facility, a qualifier and a part of it
# (果园港集装箱码头, 鱼嘴站北货场). Each word with the kind it makes.
FACILITY_WORDS: dict[str, str] = {
    "港口": "port", "港": "port", "港区": "port area", "作业区": "port area",
    "内河港": "river port",  # (射阳内河港: a county's inland port)
    "新港": "port",  # (长沙新港, 武汉新港: a city's new port, named so)
    "海运港": "port", "水运港": "port",  # (某市海运港: the city's port, 某市港)
    "中心港": "port",  # (周口中心港, 淮滨中心港: a city's or county's central port)
    "中心港区": "port area",  # (梧州中心港区: a city's port's central area)
    "保税港区": "port area",  # (钦州保税港区: a port area under customs bond)
    # (北京铁路物流中心琉璃河营业网点: a freight outlet of the railway's hub)
    "营业网点": "rail station",
    # (嘉兴内河集装箱码头: a city's inland container terminal, as 射阳内河港 is its port)
    "内河码头": "terminal", "内河集装箱码头": "terminal",
    "码头": "terminal", "集装箱码头": "terminal", "铁路港": "rail hub", "国际港": "rail hub", "国际港站": "rail station",
    "国际铁路港": "rail hub",  # (眉山国际铁路港)
    "国际铁港": "rail hub",  # (长沙国际铁港: the rail port, told short)
    "国际联运港": "rail hub", "联运港": "rail hub",  # (成都(双流)空铁国际联运港: an air–rail hub)
    "无水港": "dry port", "物流园": "dry port", "国际物流园": "dry port",
    "国际无水港": "dry port",  # (梅州国际无水港)
    "公铁物流园": "dry port",  # (河南现代公铁物流园: a park where road meets rail)
    # (长治陆港物流园区: a dry port's logistics park, as a city names it)
    "物流园区": "dry port", "陆港物流园区": "dry port", "物流港": "dry port", "国际物流港": "dry port",
    "陆港物流园": "dry port",  # (廊坊陆港物流园: the park, not the city's 陆港 and a word left over)
    "陆港": "dry port", "国际陆港": "dry port", "内陆港": "dry port",
    "国际内陆港": "dry port",  # (合肥国际内陆港: a city's dry port, 国际 before 内陆港)
    "火车站": "rail station", "办理站": "rail station",
    "货运站": "rail station", "火车货运站": "rail station", "车站": "rail station", "站": "rail station", "东站": "rail station",
    # (岳阳货运北站: a city's freight station by its direction)
    "货运东站": "rail station", "货运西站": "rail station", "货运南站": "rail station",
    "货运北站": "rail station",
    # (温州西货运场: a station's freight yard, by its direction)
    "货运场": "rail station", "东货运场": "rail station", "西货运场": "rail station",
    "南货运场": "rail station", "北货运场": "rail station",
    # (陇南西货场, 重庆东货场: likewise, a yard by its direction)
    "东货场": "rail station", "西货场": "rail station", "南货场": "rail station", "北货场": "rail station",
    "西站": "rail station", "南站": "rail station", "北站": "rail station",
    # (襄阳北编组场, 兰州北编组站, 怀化铁路编组站: a city's marshalling yard, by its direction)
    "编组站": "rail station", "编组场": "rail station", "铁路编组站": "rail station",
    "东编组站": "rail station", "西编组站": "rail station", "南编组站": "rail station",
    "北编组站": "rail station", "东编组场": "rail station", "西编组场": "rail station",
    "南编组场": "rail station", "北编组场": "rail station",
    # (义乌火车西站 is 义乌西站)
    "火车东站": "rail station", "火车西站": "rail station", "火车南站": "rail station",
    "火车北站": "rail station",
    "货场": "rail station", "集疏运中心": "terminal", "口岸": "border crossing",
    # (同江北口岸: the crossing at a place's station named by its direction)
    "东口岸": "border crossing", "西口岸": "border crossing", "南口岸": "border crossing",
    "北口岸": "border crossing",
    "边境口岸": "border crossing",  # (吉隆边境口岸: a place's crossing, 吉隆口岸)
    "中心站": "rail station", "场站": "rail station",
    # (乌苏铁路货场, 南宁铁路物流中心: a railway's yard or freight hub at the place)
    "铁路货场": "rail station", "铁路物流中心": "rail hub",
    "铁路物流园": "rail hub",  # (广州增城铁路物流园, 深圳平湖南铁路物流园)
    "铁路枢纽": "rail hub",  # (长春铁路枢纽, 安康铁路枢纽: a city's railway hub as a whole)
    # (长春铁路综合货场, 广元铁路综合物流基地: a railway's yard or base at the place)
    "铁路综合货场": "rail station", "铁路物流基地": "rail hub", "铁路综合物流基地": "rail hub",
    "铁路货运站": "rail station",  # (厦门海沧铁路货运站)
    "铁路货运中心": "rail hub",  # (济南董家铁路货运中心: of its own name only)
    # (江都铁路专用线, 深圳横岗专用线: a siding where trains are loaded, at the place)
    "铁路专用线": "rail station", "专用线": "rail station",
    "铁路集装箱中心站": "rail hub", "集装箱中心站": "rail hub",
    # (a port of entry by its kind: 成都铁路口岸, 九江水运口岸, 霍尔果斯公路口岸)
    "铁路口岸": "rail hub", "水运口岸": "port", "公路口岸": "border crossing",
    # (宜昌航空口岸, 双流航空口岸: a city's airport as its port of entry by air)
    "航空口岸": "airport",
    # (only after a station: 合肥北站物流基地, 合肥北站货运中心; 南京货运中心 is an office)
    "物流基地": "rail hub", "货运中心": "rail hub",
    # (only with a name of its own: 保山蒲缥物流中心; 重庆物流中心 is no facility)
    "物流中心": "dry port",
    "机场": "airport", "国际机场": "airport",
    "新机场": "airport",  # (重庆新机场: a city's new airport, planned or built, named so)
}  # fmt: skip


class Corridor(NamedTuple):
    name: str  # canonical
    names: tuple[str, ...]  # as articles write it
    mode: str  # the mode of its services


CORRIDORS: tuple[Corridor, ...] = (
    Corridor(
        "西部陆海新通道",
        # (中新南向通道: its first name, the southbound corridor of the China–Singapore project)
        (
            "西部陆海新通道",
            "国际陆海贸易新通道",
            "陆海贸易新通道",
            "陆海新通道",
            "中新南向通道",
            "南向通道",
            # (by the China–Singapore connectivity project it was born of)
            "中新互联互通陆海新通道",
            "中新互联互通南向通道",
            "中新互联互通项目陆海新通道",
            "中新互联互通项目南向通道",
            # (by its short international name, or told as a great corridor of the west:
            # 国际陆海新通道, 西部陆海大通道)
            "国际陆海新通道",
            "西部陆海大通道",
        ),
        "rail-sea",
    ),
    # (and the brands of the cities' China–Europe trains: “义新欧”(义乌—列日), 长安号)
    Corridor(
        "中欧班列",
        (
            "中欧班列",
            "渝新欧",
            "义新欧",
            "汉新欧",
            "合新欧",
            "郑欧班列",
            "苏满欧",
            "长安号",
            "齐鲁号",
            # (more cities' brands, by their short names: 蓉新欧, 郑新欧, 湘新欧 and 湘欧班列,
            # 黔新欧, 赣欧班列, 哈欧班列, 津欧班列, 渝欧班列, 汉欧班列, 长满欧; and the trains of
            # cities joined to another's, 襄西欧 and 徐西欧 by 西安's, 襄欧班列. Not the
            # composites a route is read from, 蓉欧快铁, 厦蓉欧, 蚌西欧: a line of their own,
            # its ends their names' places; nor 渝满俄, a line to Russia)
            "蓉新欧",
            "郑新欧",
            "湘新欧",
            "湘欧班列",
            "黔新欧",
            "赣欧班列",
            "哈欧班列",
            "津欧班列",
            "渝欧班列",
            "汉欧班列",
            "长满欧",
            "襄西欧",
            "徐西欧",
            "襄欧班列",
            # (told with the trains to Central Asia, sharing their word: 中欧中亚班列,
            # 中欧、中亚班列, 中欧(亚)班列)
            "中欧中亚班列",
            "中欧、中亚班列",
            "中欧(亚)班列",
            "中欧（亚）班列",
            # (the same trains as some provinces call them: 欧亚班列, 中欧亚班列; or by
            # another word for a train: 中欧列车)
            "欧亚班列",
            "中欧亚班列",
            "中欧列车",
        ),
        "rail",
    ),
    Corridor("长江黄金水道", ("长江黄金水道", "黄金水道"), "river"),
    Corridor("中老铁路", ("中老铁路", "中老国际铁路"), "rail"),
)


# The city whose China–Europe trains a brand names (渝新欧: Chongqing's, 长安号: Xi'an's): where
# a train told by its brand starts when the sentence names no start (长安号开进米兰); not
# 齐鲁号, a province's trains from several cities
BRAND_HOMES: dict[str, str] = {
    "渝新欧": "重庆市",
    "义新欧": "义乌市",
    "汉新欧": "武汉市",
    "合新欧": "合肥市",
    "郑欧班列": "郑州市",
    "苏满欧": "苏州市",
    "长安号": "西安市",
}


def _land_bridge_names(nth: str) -> tuple[str, ...]:
    """The ways one land bridge across Eurasia is written by its number (第一亚欧大陆桥,
    欧亚第一大陆桥 …)."""
    return tuple(f"{w}大陆桥" for a in ("亚欧", "欧亚") for w in (f"{nth}{a}", f"{a}{nth}"))


# Rivers other than the Yangtze that articles call a golden waterway (西江已成为亿吨黄金水道,
# 乌江自古是“黄金水道”): the last river a sentence names before 黄金水道 alone is whose it
# is (:mod:`cqmap.geo.route_services`). (Not 黑龙江 nor 沅江, names of places too; nor the
# end of a place's name and the start of the next: 广西江海联运, 湖北江陵, 广东江门, 武汉江夏
# name no river.)
OTHER_GOLDEN_RIVERS = (
    "乌江", "西江", "北江", "东江", "珠江", "嘉陵江", "汉江", "湘江", "赣江", "闽江", "右江",
    "左江", "岷江", "沱江", "渠江", "涪江", "金沙江", "松花江", "淮河", "京杭运河", "京杭大运河",
)  # fmt: skip


def _golden_names(river: str) -> tuple[str, ...]:
    """The ways a river's golden waterway is written with the river's name before it
    (西江黄金水道, 嘉陵江“黄金水道”, 西江亿吨黄金水道)."""
    return tuple(
        f"{river}{a}{w}{b}"
        for w in ("黄金水道", "亿吨黄金水道")
        for a, b in (("", ""), ("“", "”"), ('"', '"'))
    )


# Programmes named as a whole, no service of their own that a route could run (中蒙俄经济
# 走廊上的重要节点; 新亚欧大陆桥的东方起点; 北粮南运的主通道): a corridor named wherever the text
# names it, never a route's (the forms read services only). Not the two halves of 一带一路
# (丝绸之路经济带, 海上丝绸之路): the initiative's own words, no more a corridor than it is
PROGRAMMES: tuple[Corridor, ...] = (
    Corridor("丝路海运", ("丝路海运",), "sea"),
    # (the land bridges across Eurasia, one programme each, however its name is written:
    # the first by Siberia, the second (the new one) by Lianyungang and Alashankou, the third
    # proposed by the south; 亚欧大陆桥 alone is the land bridge at large)
    Corridor(
        "新亚欧大陆桥",
        ("新亚欧大陆桥", "新欧亚大陆桥", *_land_bridge_names("第二")),
        "rail",
    ),
    Corridor("第一亚欧大陆桥", (*_land_bridge_names("第一"), "西伯利亚大陆桥"), "rail"),
    Corridor("第三亚欧大陆桥", _land_bridge_names("第三"), "rail"),
    Corridor("亚欧大陆桥", ("亚欧大陆桥", "欧亚大陆桥"), "rail"),
    # (the economic corridors of the Belt and Road, by their countries)
    Corridor("中蒙俄经济走廊", ("中蒙俄经济走廊",), "unspecified"),
    Corridor("中国—中南半岛经济走廊", ("中国—中南半岛经济走廊", "中国-中南半岛经济走廊"), "unspecified"),
    Corridor("中国—中亚—西亚经济走廊", ("中国—中亚—西亚经济走廊", "中国-中亚-西亚经济走廊"), "unspecified"),
    Corridor("中巴经济走廊", ("中巴经济走廊",), "unspecified"),
    Corridor("中缅经济走廊", ("中缅经济走廊",), "unspecified"),
    Corridor("孟中印缅经济走廊", ("孟中印缅经济走廊",), "unspecified"),
    Corridor(
        "跨里海国际运输走廊",
        ("跨里海国际运输走廊", "跨里海运输走廊", "跨里海国际走廊"),
        "unspecified",
    ),
    # (the land–sea corridors of other parts of the country, each a programme of its own, not
    # the west's (东北陆海新通道上的港口, 中部陆海新通道的起点); and the new Eurasian
    # land–sea corridor strung by 连云港 and 霍尔果斯)
    Corridor("东北陆海新通道", ("东北陆海新通道",), "unspecified"),
    Corridor("东南陆海新通道", ("东南陆海新通道",), "unspecified"),
    Corridor("中部陆海新通道", ("中部陆海新通道",), "unspecified"),
    Corridor("中部陆海大通道", ("中部陆海大通道",), "unspecified"),
    Corridor("新亚欧陆海联运通道", ("新亚欧陆海联运通道",), "unspecified"),
    # (a river's own waterway, each named with its river: 西江黄金水道, 嘉陵江“黄金水道”;
    # 黄金水道 alone is the Yangtze's)
    *(Corridor(f"{r}黄金水道", _golden_names(r), "river") for r in OTHER_GOLDEN_RIVERS),
    # (the country's great flows of goods, a programme of their own: 北粮南运)
    Corridor("北粮南运", ("北粮南运",), "unspecified"),
)  # fmt: skip


# An office that holds a station or yard, before it (南京货运中心所属的尧化门铁路货场, 汉西车务段
# 管内的吴家山站): the facility is the office's place's
OFFICES = ("局", "段", "中心", "公司")
HELD_BY_OFFICE = ("所辖", "管内", "所属", "下属", "管辖")
# A railway group's full name, right before a yard or station of its own name that it runs
# (中国铁路呼和浩特局集团有限公司沙良物流园): the facility is at the place the group is named after
# (and 局集团 right after a place's short name says the place is meant: the group's)
RAILWAY_GROUP_MARK = "局集团"
# The words that end a company's name (重庆港务物流集团, 果园集装箱码头有限公司, 有限责任公司):
# a facility's or a region's name before them is the company's
COMPANY_WORDS = ("集团", "股份", "有限", "公司")
RAILWAY_GROUP = (f"{RAILWAY_GROUP_MARK}有限公司", f"{RAILWAY_GROUP_MARK}公司")


# Words that say which place a service starts from or ends at, right before the place
# (这趟班列的始发地是奎屯; 终点为杜伊斯堡): a route's end, and a strong context for a weak name
ORIGIN_IS = (
    "起点为", "起点是", "始发地为", "始发地是", "始发站为", "始发站是", "出发地为", "出发地是",
)  # fmt: skip
END_IS = (
    "终点为",
    "终点是",
    "终点站为",
    "终点站是",
    "目的地为",
    "目的地是",
    "目的港为",
    "目的港是",
    # (…包机从新郑国际机场起飞,目的站为日本大阪: the station or airport it is bound for)
    "目的站为",
    "目的站是",
)


def facility_word(name: str) -> str:
    """The facility word a name ends with, the longest (余庆港区: 港区; 东川铁路物流中心:
    铁路物流中心), or "" where none does."""
    return max((w for w in FACILITY_WORDS if name.endswith(w)), key=len, default="")


def facility_kind(name: str) -> str:
    """The kind of a facility by the facility word its name ends with, the longest
    (余庆港区: a port area; 鱼嘴站北货场: a rail station); a port where none does."""
    return FACILITY_WORDS[facility_word(name) or "港"]


def finer_mode(a: str, b: str) -> str | None:
    """Of two modes told of one service, the one that says more (``unspecified`` says
    least, a combined mode more than its legs, and ``sea`` with a river's or a railway's
    is their combined mode); ``None`` when they disagree."""
    if a == b or b == "unspecified":
        return a
    if a == "unspecified":
        return b
    if a in MODE_LEGS.get(b, ()):
        return b
    if b in MODE_LEGS.get(a, ()):
        return a
    if "sea" in (a, b):
        # (a line of the sea told again in a river liner's or a train's words: the service
        # goes by both, 江海联运 or 铁海联运; told in other words, it says what they say, as a
        # line whose mode is unsaid would)
        other = b if a == "sea" else a
        return _WITH_THE_SEA.get(other, other)
    return None


# The combined mode of a plain one and the sea's
_WITH_THE_SEA = {"river": "river-sea", "rail": "rail-sea"}


# Words of a record (:mod:`cqmap.geo.schema`) that were only loose strings where they are
# made; stated here once, so that readers and the typed records share them.

# The relation of a pairing: ``official`` (a reference pairing, or the 一区 with the 两群
# in a 对口/结对/帮扶 context) or ``cooperation`` (:mod:`cqmap.geo.relations`).
RELATIONS = ("official", "cooperation")
# The script of a document's input (:mod:`cqmap.geo.clean.script`); the text read is
# always Simplified.
SCRIPTS = ("simplified", "traditional", "mixed")
# The kinds of a name the gazetteer does not place (:mod:`cqmap.geo.extract`): a town
# (镇, 乡, 街道), a county-level name it does not hold, or a name several places hold
# that the text does not tell apart (with its candidates).
UNRESOLVED_KINDS = ("town", "county-level", "shared")


# --------------------------------------------------------------------------- places
# The 一区两群: the groups of Chongqing's districts, and the two parts of the 一区.
ONE_DISTRICT = "主城都市区"
NORTHEAST = "渝东北三峡库区城镇群"
SOUTHEAST = "渝东南武陵山区城镇群"
GROUPS = (ONE_DISTRICT, NORTHEAST, SOUTHEAST)
SUBGROUPS = ("中心城区", "主城新区")

# Levels of places, from the districts this toolkit is about outwards. A ``county`` is a
# county-level division outside Chongqing (Chongqing's own are ``district``); a ``state``
# is another country's first-level division (雪兰莪州, 老街省); a ``city`` is a foreign city.
LEVELS = (
    "district",
    "zone",
    "municipality",
    "prefecture",
    "county",
    "new area",
    "province",
    "country",
    "state",
    "city",
    "area",  # a part of the world (欧洲, 东南亚): a route's end, never a region
    "port",
)
REGION_LEVELS = tuple(level for level in LEVELS if level not in ("area", "port"))
# The dashes written between two places of a line (重庆—万象, 鄂州=仁川)
DASHES = "—－-~～=＝"
# The four directions, after a city's name in a station's (怀化西站, 重庆北)
DIRECTIONS = "东西南北"
# A part of a country or province told between it and a place in it (中国大陆东部浙江省金华市,
# 俄罗斯西部的斯摩棱斯克, 德国北部的汉堡: where in it the place lies)
PART_OF = "(?:大陆|内地|境内)?(?:东|西|南|北|中|东南|西南|东北|西北)部的?"
# The levels of place whose name, with a facility word, names a facility (綦江港, 大阪港)
FACILITY_HOSTS = frozenset(
    {"district", "county", "prefecture", "municipality", "city", "country", "zone"}
)

# --------------------------------------------------------------------------- facilities
# The kinds of a port or hub (a record's port ``kind``).
PORT_KINDS = (
    "river port",
    "sea port",
    "port",  # a port a text names that the table does not have (its water not known)
    "port area",
    "terminal",
    "dry port",
    "rail hub",
    "rail station",
    "border crossing",
    "airport",
)
# Ports on the water (a region's endpoint of a river route is moved to its port).
WATER_PORT_KINDS = ("river port", "sea port", "port area", "terminal")


# The numerals that count places and lines (川渝六方, 8条线路, 六县一区: up to ten written in
# words)
# Countries written together by one character of each, as a line's far ends (日韩航线: to
# Japan and Korea); not 中欧, 中亚, 中老: programmes and corridors, China and another
COUNTRIES_TOGETHER: dict[str, tuple[str, ...]] = {
    "日韩": ("日本", "韩国"),
    "韩日": ("韩国", "日本"),
    "澳新": ("澳大利亚", "新西兰"),
}

NUMERALS: dict[str, int] = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def count_of(told: str) -> int:
    """A count told in figures or in :data:`NUMERALS` (8条, 八条)."""
    return int(told) if told.isdigit() else NUMERALS[told]
