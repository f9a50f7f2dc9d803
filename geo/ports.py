"""Ports and freight hubs as a hierarchy: the hand-curated table behind ``ports.geojson``.

A facility is a port (river or sea), a port area or terminal of a port, a dry port, a
rail hub or station, a border crossing or an airport (:data:`PORT_KINDS`). ``parent``
is the facility it belongs to: 新田港 is a port area of 万州港, itself a port area of
重庆港, the port of Chongqing as a whole; 钦州港东站 serves 钦州港, a port area of
北部湾港. Records name the most specific facility a text names.

An alias is a name articles use for the facility itself: a province's name before it
(广西钦州港) says where the facility is; it is joined to the port when routes are read, and
a record lists it as a region only where the text names it as a place elsewhere too.

Coordinates are WGS84 and placed by hand (``approximate``), each with the accuracy it
is thought good to (``accuracy_m``): at the terminal, on the bank of the river for
river ports. An umbrella port shares the point of its main terminal. The host region
of each facility is *not* typed here: :mod:`cqmap.geo.data.build` computes it by a spatial
join against the district and division boundaries, and the tests check it against
the county each point was placed in.
"""

from __future__ import annotations

from typing import NamedTuple

from cqmap.geo.vocabulary import PORT_KINDS

__all__ = ["PORT_KINDS", "Port", "PORTS", "PLACE_ALIASES"]


class Port(NamedTuple):
    name: str  # canonical
    aliases: tuple[str, ...]
    kind: str  # one of PORT_KINDS
    parent: str | None  # the facility it belongs to (canonical name)
    lon: float
    lat: float
    accuracy_m: int  # how far the hand-placed point may be from the facility
    river: str | None  # the named river of a river port (geo/data/rivers.geojson)


# fmt: off
PORTS: tuple[Port, ...] = (
    Port("重庆港", ("重庆港口",), "river port", None, 106.7586, 29.6152, 2000, "长江"),
    Port("果园港", ("果园", "重庆果园港", "果园港区", "果园作业区", "果园港国家物流枢纽", "果园港铁路专用线"), "port area", "重庆港", 106.7586, 29.6152, 2000, "长江"),
    Port("寸滩港", ("寸滩", "寸滩港区", "寸滩集装箱码头", "寸滩作业区", "重庆寸滩港"), "port area", "重庆港", 106.601, 29.6209, 2000, "长江"),
    # (寸滩's container terminal moved to 果园港; the site is now a cruise home port)
    Port("寸滩邮轮母港", ("寸滩邮轮港", "寸滩国际邮轮母港", "重庆寸滩国际邮轮母港", "重庆邮轮母港"), "terminal", "寸滩港", 106.601, 29.6209, 2000, "长江"),
    Port("两路寸滩保税港区", ("重庆两路寸滩保税港区", "两路寸滩综合保税区", "两路寸滩保税区", "两路寸滩保税港", "寸滩保税港区", "寸滩保税港"), "port area", "重庆港", 106.601, 29.6209, 10000, "长江"),
    Port("九龙坡港区", ("九龙坡港", "九龙坡码头", "九龙坡集装箱码头", "重庆九龙坡港"), "port area", "重庆港", 106.53, 29.504, 2000, "长江"),
    Port("佛耳岩港", ("佛耳岩", "佛耳岩港区", "佛耳岩作业区", "巴南佛耳岩港", "重庆佛耳岩港", "佛耳岩码头", "巴南佛耳岩码头"), "port area", "重庆港", 106.532, 29.4, 5000, "长江"),
    Port("长寿港", ("长寿港区", "重庆港长寿港区", "长寿港口"), "port area", "重庆港", 107.06, 29.823, 5000, "长江"),
    Port("胡家坪港", ("胡家坪作业区", "长寿胡家坪港"), "port area", "长寿港", 107.06, 29.823, 10000, "长江"),
    Port("涪陵港", ("涪陵港区", "重庆港涪陵港区", "重庆涪陵港"), "port area", "重庆港", 107.312, 29.741, 5000, "长江"),
    Port("龙头港", ("涪陵龙头港", "龙头港区", "龙头作业区", "重庆龙头港", "重庆港龙头作业区", "龙头港口"), "port area", "涪陵港", 107.312, 29.741, 5000, "长江"),
    Port("黄旗作业区", ("黄旗港", "涪陵黄旗港", "黄旗码头", "黄旗港码头", "涪陵黄旗码头"), "port area", "涪陵港", 107.34, 29.76, 10000, "长江"),
    Port("白涛港", ("白涛作业区", "白涛港区", "涪陵白涛港"), "port area", "涪陵港", 107.465, 29.58, 5000, "乌江"),
    Port("忠县港", ("忠县港区", "重庆港忠县港区", "忠州港"), "port area", "重庆港", 107.94, 30.205, 5000, "长江"),
    Port("新生港", ("重庆新生港", "忠县新生港", "新生港区", "新生作业区"), "port area", "忠县港", 107.94, 30.205, 5000, "长江"),
    Port("万州港", ("万州港区", "重庆港万州港区", "重庆万州港"), "port area", "重庆港", 108.412, 30.712, 5000, "长江"),
    Port("新田港", ("万州新田港", "新田港区", "新田作业区", "新田港作业区", "万州港新田港区", "新田枢纽港", "万州新田枢纽港"), "port area", "万州港", 108.412, 30.712, 5000, "长江"),
    Port("沱口作业区", ("江南沱口", "江南沱口作业区", "沱口港", "万州沱口", "万州港沱口作业区", "沱口码头", "万州沱口码头"), "port area", "万州港", 108.425, 30.775, 5000, "长江"),
    Port("红溪沟作业区", ("红溪沟", "红溪沟港", "万州红溪沟", "红溪沟码头", "红溪沟货运港区", "红溪沟港区", "红溪沟铁水联运港区"), "port area", "万州港", 108.395, 30.815, 5000, "长江"),
    Port("云阳港", ("云阳港区", "重庆港云阳港区"), "port area", "重庆港", 108.7, 30.93, 5000, "长江"),
    Port("奉节港", ("奉节港区", "重庆港奉节港区"), "port area", "重庆港", 109.465, 31.02, 5000, "长江"),
    Port("巫山港", ("巫山港区", "重庆港巫山港区"), "port area", "重庆港", 109.88, 31.075, 5000, "长江"),
    Port("江津港", ("江津港区", "重庆港江津港区", "重庆江津港"), "port area", "重庆港", 106.423, 29.349, 5000, "长江"),
    Port("珞璜港", ("珞璜", "江津珞璜港", "珞璜港区", "珞璜作业区", "重庆珞璜港"), "port area", "江津港", 106.423, 29.349, 5000, "长江"),
    Port("兰家沱港", ("兰家沱作业区", "兰家沱港区", "江津兰家沱"), "port area", "江津港", 106.27, 29.295, 10000, "长江"),
    Port("合川港", ("合川港区", "重庆港合川港区"), "port area", "重庆港", 106.275, 29.992, 5000, "嘉陵江"),
    Port("渭沱港", ("渭沱作业区", "合川渭沱港"), "port area", "合川港", 106.17, 30.0, 10000, None),
    Port("武隆港", ("武隆港区", "重庆港武隆港区"), "port area", "重庆港", 107.757, 29.329, 5000, "乌江"),
    Port("彭水港", ("彭水港区", "重庆港彭水港区"), "port area", "重庆港", 108.16, 29.285, 5000, "乌江"),
    # the specialised ports of the 4+9 cluster not above, and the port areas of their
    # counties (placed on their river, in their county)
    Port("永川港", ("永川港区", "重庆港永川港区"), "port area", "重庆港", 105.85, 29.011, 10000, "长江"),
    Port("朱沱港", ("永川朱沱港", "朱沱港区", "朱沱作业区"), "port area", "永川港", 105.85, 29.011, 10000, "长江"),
    Port("洛碛港", ("渝北洛碛港", "洛碛港区", "洛碛作业区"), "port area", "重庆港", 106.914, 29.692, 10000, "长江"),
    Port("丰都港", ("丰都港区", "重庆港丰都港区"), "port area", "重庆港", 107.774, 29.931, 10000, "长江"),
    Port("水天坪港", ("丰都水天坪港", "水天坪作业区", "水天坪港区"), "port area", "丰都港", 107.774, 29.931, 10000, "长江"),
    Port("夔门港", ("奉节夔门港", "夔门作业区", "夔门港区"), "port area", "奉节港", 109.52, 31.037, 10000, "长江"),
    Port("白马港", ("武隆白马港", "白马作业区", "白马港区"), "port area", "武隆港", 107.63, 29.394, 10000, "乌江"),
    # more port areas and terminals of 重庆港 (on the bank, in their district)
    Port("郭家沱码头", ("郭家沱滚装码头", "郭家沱重载汽车滚装码头", "郭家沱汽车滚装码头", "郭家沱重载滚装码头", "郭家沱港", "郭家沱港区", "郭家沱作业区", "江北郭家沱码头", "重庆郭家沱码头"), "port area", "重庆港", 106.682, 29.573, 5000, "长江"),
    Port("东港码头", ("重庆东港", "南岸东港", "东港港区", "东港作业区", "重庆东港码头", "重庆港东港"), "port area", "重庆港", 106.745, 29.602, 5000, "长江"),
    Port("朝天门码头", ("朝天门港", "朝天门客运码头", "重庆朝天门码头", "朝天门港区"), "port area", "重庆港", 106.586, 29.5655, 2000, "长江"),
    Port("猫儿沱港", ("猫儿沱港区", "猫儿沱作业区", "猫儿沱码头", "江津猫儿沱港"), "port area", "江津港", 106.39, 29.316, 5000, "长江"),
    Port("团结村", ("团结村站", "团结村中心站", "重庆团结村站", "团结村车站", "重庆团结村车站", "团结村铁路集装箱中心站", "团结村铁路中心站", "重庆铁路集装箱中心站", "中铁联集重庆中心站", "重庆中心站", "重庆铁路口岸", "团结村铁路口岸", "重庆国际物流枢纽园区", "重庆国际枢纽园区", "西部物流园", "重庆西部物流园", "西部物流园区", "重庆西部物流园区", "团结村集装箱中心站", "重庆铁路集装箱中心", "团结村集装箱中心"), "rail hub", None, 106.37, 29.655, 5000, None),
    Port("陆海新通道无水港", ("重庆无水港", "西部陆海新通道无水港"), "dry port", None, 106.37, 29.655, 5000, None),
    Port("兴隆场站", ("兴隆场编组站", "兴隆场", "重庆兴隆场站", "兴隆场车站", "重庆西编组站"), "rail station", None, 106.345, 29.715, 5000, None),
    Port("鱼嘴站", ("鱼嘴", "鱼嘴铁路站", "鱼嘴铁路货运站", "重庆鱼嘴站", "鱼嘴中心站", "鱼嘴货运站", "鱼嘴站南货场", "鱼嘴站北货场", "鱼嘴铁路货运站南货场", "鱼嘴铁路货运站北货场"), "rail hub", "果园港", 106.8, 29.655, 5000, None),
    Port("小南垭站", ("小南垭", "小南垭铁路物流中心", "小南垭物流中心", "小岚垭铁路物流中心", "小南垭铁路物流枢纽", "江津小南垭", "珞璜铁路综合物流枢纽", "小南垭铁路物流园", "小南桠站", "小南桠", "江津小南桠"), "rail hub", None, 106.44, 29.33, 5000, None),
    # the road freight hub at 南彭 (巴南区): cross-border lorries to ASEAN (东盟班车) leave here
    Port("重庆公路物流基地", ("南彭公路物流基地", "重庆南彭公路物流基地", "南彭物流基地", "重庆南彭", "南彭"), "dry port", None, 106.64, 29.41, 5000, None),
    Port("南彭公路保税物流中心", ("南彭公路物流保税中心", "南彭保税物流中心", "重庆南彭公路保税物流中心", "重庆南彭公路物流保税中心", "南彭B型保税物流中心"), "dry port", "重庆公路物流基地", 106.64, 29.41, 5000, None),
    Port("重庆东盟国际物流园", ("东盟国际物流园", "南彭东盟国际物流园", "重庆公运东盟国际物流园"), "dry port", "重庆公路物流基地", 106.64, 29.41, 5000, None),
    Port("南彭站", ("南彭火车站", "重庆南彭站", "东环线南彭站"), "rail station", "重庆公路物流基地", 106.64, 29.41, 5000, None),
    Port("秀山站", ("秀山站货场", "秀山铁路货场"), "rail station", None, 108.98, 28.44, 5000, None),
    Port("涪陵西站", ("涪陵西",), "rail station", None, 107.3, 29.725, 5000, None),
    Port("龙头港站", ("龙头港铁路专用线", "涪陵龙头港站"), "rail station", "龙头港", 107.31, 29.735, 5000, None),
    Port("涪陵北站", ("涪陵北",), "rail station", None, 107.36, 29.76, 10000, None),
    # 綦江's junction of the 川黔 and 三万南 lines
    Port("三江站", ("綦江三江站",), "rail station", None, 106.61, 29.09, 5000, None),
    Port("水富港", (), "river port", None, 104.405, 28.632, 5000, None),
    Port("中嘴作业区", ("水富港中嘴作业区", "水富中嘴作业区"), "port area", "水富港", 104.405, 28.632, 5000, None),
    Port("宜宾港", (), "river port", None, 104.73, 28.785, 5000, "长江"),
    Port("志城作业区", ("宜宾志城港", "志城港", "宜宾港志城作业区", "志诚作业区"), "port area", "宜宾港", 104.73, 28.785, 5000, "长江"),
    Port("泸州港", ("天府首港",), "river port", None, 105.485, 28.899, 5000, "长江"),
    Port("泸州港集装箱码头", ("泸州港多用途码头", "龙溪口集装箱码头", "龙溪口", "泸州集装箱码头", "龙溪口作业区"), "port area", "泸州港", 105.485, 28.899, 5000, "长江"),
    Port("南充港", (), "river port", None, 106.058, 30.706, 5000, "嘉陵江"),
    Port("都京作业区", ("南充都京港", "都京港区", "都京港", "南充港都京作业区"), "port area", "南充港", 106.058, 30.706, 5000, "嘉陵江"),
    Port("武胜港", ("武胜港区",), "river port", None, 106.275, 30.35, 10000, "嘉陵江"),
    Port("广安港", (), "river port", None, 106.638, 30.478, 5000, "渠江"),
    Port("新东门作业区", ("广安港新东门作业区", "新东门港"), "port area", "广安港", 106.638, 30.478, 5000, "渠江"),
    Port("广元港", ("千里嘉陵第一港",), "river port", None, 105.822, 32.433, 5000, "嘉陵江"),
    Port("达州港", (), "river port", None, 106.97, 30.84, 10000, "渠江"),
    Port("达州无水港", ("达州港无水港",), "dry port", None, 107.47, 31.21, 10000, None),
    Port("成都国际铁路港", ("成都铁路港", "青白江铁路港", "成都国际陆港", "青白江国际铁路港", "成都青白江铁路港", "成都铁路口岸", "成都国际铁路口岸"), "rail hub", None, 104.258, 30.812, 5000, None),
    Port("城厢站", ("成都城厢站", "青白江城厢站", "成都铁路集装箱中心站", "城厢中心站", "成都城厢中心站", "城厢火车站"), "rail station", "成都国际铁路港", 104.258, 30.812, 5000, None),
    Port("成都无水港", (), "dry port", None, 104.27, 30.56, 10000, None),
    Port("天府国际机场", ("成都天府国际机场", "天府机场", "成都天府机场"), "airport", None, 104.4442, 30.3125, 1000, None),
    Port("天河国际机场", ("武汉天河国际机场", "天河机场", "武汉天河机场"), "airport", None, 114.2081, 30.7838, 2000, None),
    Port("花湖国际机场", ("鄂州花湖国际机场", "花湖机场", "鄂州花湖机场"), "airport", None, 115.0, 30.34, 5000, None),
    Port("双流国际机场", ("成都双流国际机场", "双流机场", "成都双流机场"), "airport", None, 103.9471, 30.5785, 1000, None),
    Port("江北国际机场", ("重庆江北国际机场", "江北机场", "重庆江北机场", "重庆机场"), "airport", None, 106.6417, 29.7192, 1000, None),
    Port("万州五桥机场", ("万州机场", "五桥机场", "万州五桥国际机场", "重庆万州机场"), "airport", None, 108.4331, 30.8017, 2000, None),
    # Chongqing's other civil airports (points placed by hand on their runways)
    Port("黔江武陵山机场", ("武陵山机场", "黔江机场", "重庆黔江武陵山机场"), "airport", None, 108.831, 29.513, 2000, None),
    Port("巫山机场", ("重庆巫山机场",), "airport", None, 109.707, 31.065, 3000, None),
    Port("武隆仙女山机场", ("仙女山机场", "武隆机场", "重庆武隆仙女山机场"), "airport", None, 107.692, 29.466, 3000, None),
    # the main cargo airports of the cities whose freight lines articles name
    Port("长水国际机场", ("昆明长水国际机场", "长水机场", "昆明长水机场", "昆明机场"), "airport", None, 102.9292, 25.1019, 2000, None),
    Port("咸阳国际机场", ("西安咸阳国际机场", "咸阳机场", "西安咸阳机场", "西安机场"), "airport", None, 108.7519, 34.4471, 2000, None),
    Port("吴圩国际机场", ("南宁吴圩国际机场", "吴圩机场", "南宁吴圩机场", "南宁机场"), "airport", None, 108.1723, 22.6083, 2000, None),
    Port("新郑国际机场", ("郑州新郑国际机场", "新郑机场", "郑州新郑机场", "郑州机场"), "airport", None, 113.8409, 34.5197, 2000, None),
    Port("地窝堡国际机场", ("乌鲁木齐地窝堡国际机场", "地窝堡机场", "乌鲁木齐地窝堡机场", "乌鲁木齐机场"), "airport", None, 87.4742, 43.9071, 2000, None),
    Port("中川国际机场", ("兰州中川国际机场", "中川机场", "兰州中川机场", "兰州机场"), "airport", None, 103.6209, 36.5152, 2000, None),
    Port("黄花国际机场", ("长沙黄花国际机场", "黄花机场", "长沙黄花机场", "长沙机场"), "airport", None, 113.22, 28.1892, 2000, None),
    Port("昌北国际机场", ("南昌昌北国际机场", "昌北机场", "南昌昌北机场", "南昌机场"), "airport", None, 115.9, 28.865, 2000, None),
    Port("新桥国际机场", ("合肥新桥国际机场", "新桥机场", "合肥新桥机场", "合肥机场"), "airport", None, 116.9761, 31.9889, 2000, None),
    Port("萧山国际机场", ("杭州萧山国际机场", "萧山机场", "杭州萧山机场", "杭州机场"), "airport", None, 120.4344, 30.2295, 2000, None),
    Port("浦东国际机场", ("上海浦东国际机场", "浦东机场", "上海浦东机场"), "airport", None, 121.8053, 31.1434, 2000, None),
    Port("白云国际机场", ("广州白云国际机场", "白云机场", "广州白云机场", "广州机场"), "airport", None, 113.2988, 23.3924, 2000, None),
    Port("宝安国际机场", ("深圳宝安国际机场", "宝安机场", "深圳宝安机场", "深圳机场"), "airport", None, 113.8107, 22.6393, 2000, None),
    # more cargo airports whose lines articles name (points placed by hand on their runways)
    Port("龙洞堡国际机场", ("贵阳龙洞堡国际机场", "龙洞堡机场", "贵阳龙洞堡机场", "贵阳机场"), "airport", None, 106.801, 26.5385, 2000, None),
    Port("曹家堡国际机场", ("西宁曹家堡国际机场", "曹家堡机场", "西宁曹家堡机场", "西宁机场"), "airport", None, 102.043, 36.5275, 2000, None),
    Port("河东国际机场", ("银川河东国际机场", "河东机场", "银川河东机场", "银川机场"), "airport", None, 106.3898, 38.321, 2000, None),
    Port("白塔国际机场", ("呼和浩特白塔国际机场", "白塔机场", "呼和浩特白塔机场", "呼和浩特机场"), "airport", None, 111.824, 40.8514, 2000, None),
    Port("三峡国际机场", ("宜昌三峡国际机场", "三峡机场", "宜昌三峡机场", "宜昌机场"), "airport", None, 111.48, 30.5566, 2000, None),
    Port("五粮液机场", ("宜宾五粮液机场", "宜宾机场"), "airport", None, 104.525, 28.858, 2000, None),
    Port("高坪机场", ("南充高坪机场", "南充机场"), "airport", None, 106.1626, 30.7955, 2000, None),
    # (遂宁's airport in 安居区, to be raised to one of civil transport; named with its city
    # or not; placed at the district's point, approximate, 20 km)
    Port("遂宁安居机场", ("安居机场",), "airport", None, 105.41, 30.4, 20000, None),
    Port("高崎国际机场", ("厦门高崎国际机场", "高崎机场", "厦门高崎机场", "厦门机场"), "airport", None, 118.128, 24.544, 2000, None),
    Port("长乐国际机场", ("福州长乐国际机场", "长乐机场", "福州长乐机场", "福州机场"), "airport", None, 119.663, 25.9351, 2000, None),
    Port("禄口国际机场", ("南京禄口国际机场", "禄口机场", "南京禄口机场", "南京机场"), "airport", None, 118.862, 31.742, 2000, None),
    Port("遥墙国际机场", ("济南遥墙国际机场", "遥墙机场", "济南遥墙机场", "济南机场"), "airport", None, 117.216, 36.8572, 2000, None),
    Port("滨海国际机场", ("天津滨海国际机场", "滨海机场", "天津滨海机场", "天津机场"), "airport", None, 117.346, 39.1244, 2000, None),
    Port("胶东国际机场", ("青岛胶东国际机场", "胶东机场", "青岛胶东机场", "青岛机场"), "airport", None, 120.0983, 36.365, 2000, None),
    Port("首都国际机场", ("北京首都国际机场", "首都机场", "北京首都机场"), "airport", None, 116.585, 40.0801, 2000, None),
    Port("思南港", (), "river port", None, 108.24, 27.95, 10000, "乌江"),
    Port("邵家桥港区", ("思南港邵家桥港区", "思南邵家桥港区"), "port area", "思南港", 108.24, 27.95, 10000, "乌江"),
    Port("宜昌港", ("宜昌港区",), "river port", None, 111.29, 30.7, 5000, "长江"),
    Port("秭归港", ("茅坪港", "三峡枢纽秭归港", "秭归茅坪港", "三峡茅坪港"), "port area", "宜昌港", 110.985, 30.845, 5000, "长江"),
    Port("白洋港", ("宜昌白洋港", "白洋作业区", "白洋港区", "枝江白洋港"), "port area", "宜昌港", 111.505, 30.425, 5000, "长江"),
    Port("云池港", ("宜昌云池港", "云池作业区", "云池港区"), "port area", "宜昌港", 111.445, 30.475, 5000, "长江"),
    Port("太平溪港", ("宜昌太平溪港", "太平溪港区", "太平溪作业区", "太平溪码头"), "port area", "宜昌港", 110.985, 30.862, 5000, "长江"),
    Port("荆州港", (), "river port", None, 112.2668, 30.2824, 5000, "长江"),
    Port("盐卡港区", ("荆州盐卡港", "盐卡港", "荆州港盐卡港区", "盐卡作业区"), "port area", "荆州港", 112.2668, 30.2824, 5000, "长江"),
    Port("岳阳港", (), "river port", None, 113.145, 29.45, 5000, "长江"),
    Port("城陵矶港", ("城陵矶", "岳阳城陵矶港", "城陵矶新港", "城陵矶港区", "城陵矶码头"), "port area", "岳阳港", 113.145, 29.45, 5000, "长江"),
    Port("武汉港", (), "river port", None, 114.558, 30.648, 5000, "长江"),
    Port("阳逻港", ("武汉阳逻港", "阳逻港区", "阳逻集装箱港区", "阳逻国际港"), "port area", "武汉港", 114.558, 30.648, 5000, "长江"),
    Port("沌口港区", ("沌口港", "武汉沌口港", "武汉港沌口港区"), "port area", "武汉港", 114.2007, 30.4639, 5000, "长江"),
    Port("金口港区", ("武汉金口港", "武汉港金口港区", "金口滚装码头", "金口汽车滚装码头"), "port area", "武汉港", 114.105, 30.34, 5000, "长江"),
    Port("香炉山站", ("阳逻港香炉山站", "武汉香炉山站"), "rail station", "阳逻港", 114.57, 30.68, 5000, None),
    # (黄石's port as a whole, named like the city's district 黄石港区 on its bank; placed
    # by hand on the river there)
    Port("黄石港", ("黄石港口",), "river port", None, 115.085, 30.225, 5000, "长江"),
    Port("黄石新港", ("棋盘洲港区", "黄石棋盘洲港", "棋盘洲港", "黄石港棋盘洲港区"), "river port", None, 115.265, 30.128, 5000, "长江"),
    Port("鄂州港", (), "river port", None, 114.89, 30.4, 10000, "长江"),
    Port("三江港", ("鄂州三江港", "三江港区", "鄂州港三江港区"), "port area", "鄂州港", 114.975, 30.392, 5000, "长江"),
    Port("黄冈港", ("黄州港",), "river port", None, 114.875, 30.425, 10000, "长江"),
    Port("咸宁港", (), "river port", None, 113.93, 30.025, 10000, "长江"),
    Port("九江港", (), "river port", None, 115.93, 29.72, 5000, "长江"),
    Port("九江城西港区", ("九江港城西港区",), "port area", "九江港", 115.93, 29.72, 5000, "长江"),
    Port("安庆港", ("安庆五里庙码头",), "river port", None, 117.08, 30.505, 5000, "长江"),
    Port("池州港", (), "river port", None, 117.52, 30.735, 10000, "长江"),
    Port("铜陵港", (), "river port", None, 117.77, 30.94, 10000, "长江"),
    Port("芜湖港", (), "river port", None, 118.345, 31.395, 5000, "长江"),
    Port("朱家桥港区", ("朱家桥外贸码头", "芜湖朱家桥港区", "芜湖港朱家桥港区"), "port area", "芜湖港", 118.345, 31.395, 5000, "长江"),
    Port("马鞍山港", (), "river port", None, 118.437, 31.72, 5000, "长江"),
    Port("郑蒲港区", ("郑蒲港", "马鞍山郑蒲港", "马鞍山港郑蒲港区"), "port area", "马鞍山港", 118.43, 31.745, 5000, "长江"),
    Port("南京港", (), "river port", None, 119.03, 32.185, 5000, "长江"),
    Port("龙潭港区", ("龙潭港", "南京龙潭港", "龙潭集装箱码头", "南京港龙潭港区"), "port area", "南京港", 119.03, 32.185, 5000, "长江"),
    Port("镇江港", ("镇江大港",), "river port", None, 119.6, 32.18, 5000, "长江"),
    Port("扬州港", (), "river port", None, 119.4, 32.25, 5000, "长江"),
    Port("泰州港", (), "river port", None, 119.97, 32.02, 10000, "长江"),
    Port("常州港", (), "river port", None, 119.95, 32.005, 10000, "长江"),
    Port("江阴港", (), "river port", None, 120.28, 31.94, 10000, "长江"),
    Port("苏州港", (), "river port", None, 121.23, 31.62, 5000, "长江"),
    Port("太仓港", ("苏州港太仓港区", "太仓港区"), "port area", "苏州港", 121.23, 31.62, 5000, "长江"),
    Port("张家港港", ("张家港港区", "苏州港张家港港区"), "port area", "苏州港", 120.51, 32.01, 5000, "长江"),
    Port("常熟港区", ("常熟港", "苏州港常熟港区"), "port area", "苏州港", 120.93, 31.78, 5000, "长江"),
    Port("南通港", ("南通狼山港区",), "river port", None, 120.87, 31.96, 5000, "长江"),
    Port("上海港", ("上海港口",), "sea port", None, 121.6, 31.36, 2000, "长江"),
    Port("外高桥港区", ("外高桥", "外高桥港", "外高桥集装箱码头"), "port area", "上海港", 121.6, 31.36, 2000, "长江"),
    Port("洋山港", ("洋山", "洋山深水港", "洋山港区", "洋山深水港区", "洋山码头", "上海洋山码头", "洋山港码头"), "port area", "上海港", 122.06, 30.625, 5000, None),
    # (the rail–sea trains' yard near 洋山's bridge, named after its town: 合肥—上海芦潮港班列)
    Port("芦潮港铁路集装箱中心站", ("芦潮港", "上海芦潮港", "芦潮港站", "芦潮港中心站", "上海芦潮港铁路集装箱中心站", "芦潮港集装箱中心站"), "rail hub", None, 121.87, 30.89, 5000, None),
    Port("北部湾港", ("北部湾", "北部湾港口"), "sea port", None, 108.645, 21.65, 5000, None),
    Port("钦州港", ("北部湾港钦州港区", "钦州港区"), "port area", "北部湾港", 108.645, 21.65, 5000, None),
    Port("钦州港东站", ("钦州港东", "钦州铁路集装箱中心站"), "rail station", "钦州港", 108.64, 21.68, 5000, None),
    Port("北海港", ("北部湾港北海港区", "石步岭港区"), "port area", "北部湾港", 109.06, 21.49, 5000, None),
    Port("铁山港", ("铁山港区", "北海铁山港", "北部湾港铁山港区"), "port area", "北海港", 109.55, 21.55, 5000, None),
    Port("防城港", ("防城港港", "防城港港区", "北部湾港防城港区"), "port area", "北部湾港", 108.36, 21.6, 5000, None),
    Port("湛江港", ("湛江港霞山港区",), "sea port", None, 110.41, 21.2, 5000, None),
    Port("洋浦港", ("洋浦", "洋浦国际集装箱码头", "小铲滩码头", "洋浦小铲滩码头", "小铲滩", "洋浦小铲滩"), "sea port", None, 109.17, 19.72, 5000, None),
    Port("宁波舟山港", ("宁波港", "宁波-舟山港", "宁波—舟山港", "宁波－舟山港", "宁波舟山港口"), "sea port", None, 121.86, 29.93, 5000, None),
    Port("北仑港区", ("北仑港", "宁波北仑港"), "port area", "宁波舟山港", 121.86, 29.93, 5000, None),
    # (舟山's part of the port, where the river-sea ships of the Yangtze load: 舟山 as a
    # water route's end is this port)
    Port("舟山港", ("舟山港区", "宁波舟山港舟山港区", "舟山港口"), "port area", "宁波舟山港", 122.07, 30.0, 10000, None),
    Port("连云港港", ("连云港区", "连云港"), "sea port", None, 119.44, 34.75, 5000, None),
    # (the China–Kazakhstan base at 连云港's 庙岭 port area, where its trains to Central Asia
    # start; placed by hand)
    Port("中哈物流合作基地", ("中哈(连云港)物流合作基地", "中哈连云港物流合作基地", "连云港中哈物流合作基地", "连云港中哈国际物流合作基地", "中哈国际物流合作基地", "中哈(连云港)物流中转基地", "中哈连云港物流中转基地"), "rail hub", "连云港港", 119.43, 34.74, 3000, None),
    Port("青岛港", (), "sea port", None, 120.2, 36.01, 5000, None),
    Port("前湾港区", ("青岛前湾港", "前湾港", "青岛港前湾港区", "青岛前湾港区"), "port area", "青岛港", 120.2, 36.01, 5000, None),
    Port("天津港", ("天津新港",), "sea port", None, 117.78, 38.99, 5000, None),
    # (the port's rail station and its container centre, where trains from inland meet the
    # ships; named so, 新港北 holds no 港北区 of 贵港; placed at the port's point, 10 km)
    Port("新港北站", ("天津新港北站", "新港北火车站", "天津港新港北站", "新港北集装箱中心站", "天津新港北集装箱中心站"), "rail station", "天津港", 117.78, 38.99, 10000, None),
    Port("营口港", (), "sea port", None, 122.08, 40.28, 5000, None),
    # (营口港's main area at 鲅鱼圈, where the umbrella port's point is: a part of it, named
    # as pages name it)
    Port("鲅鱼圈港", ("鲅鱼圈港区", "营口鲅鱼圈港"), "port area", "营口港", 122.08, 40.28, 5000, None),
    Port("大连港", (), "sea port", None, 121.9, 39.05, 5000, None),
    Port("大窑湾港区", ("大连大窑湾", "大窑湾码头", "大连大窑湾码头", "大窑湾集装箱港区", "大窑湾集装箱码头", "大连港大窑湾港区"), "port area", "大连港", 121.9, 39.05, 5000, None),
    Port("广州港", (), "sea port", None, 113.66, 22.68, 5000, None),
    Port("南沙港区", ("南沙港", "广州南沙港", "广州港南沙港区", "南沙集装箱码头"), "port area", "广州港", 113.66, 22.68, 5000, None),
    Port("深圳港", (), "sea port", None, 114.275, 22.575, 2000, None),
    Port("盐田港区", ("盐田港", "深圳盐田港", "盐田国际集装箱码头", "盐田国际"), "port area", "深圳港", 114.275, 22.575, 2000, None),
    Port("厦门港", (), "sea port", None, 118.05, 24.45, 5000, None),
    Port("海沧港区", ("厦门海沧港", "海沧港", "厦门港海沧港区", "厦门海沧港区"), "port area", "厦门港", 118.05, 24.45, 5000, None),
    # (the other sea ports of China's coast that lines call at, by the city's name and 港:
    # a line between them goes on no river)
    Port("锦州港", (), "sea port", None, 121.07, 40.81, 5000, None),
    Port("秦皇岛港", (), "sea port", None, 119.62, 39.93, 5000, None),
    Port("丹东港", ("丹东大东港",), "sea port", None, 124.15, 39.85, 10000, None),
    Port("黄骅港", (), "sea port", None, 117.88, 38.32, 10000, None),
    Port("东营港", (), "sea port", None, 118.95, 38.08, 10000, None),
    Port("烟台港", (), "sea port", None, 121.39, 37.55, 10000, None),
    Port("威海港", (), "sea port", None, 122.13, 37.51, 5000, None),
    Port("日照港", (), "sea port", None, 119.54, 35.39, 5000, None),
    Port("温州港", (), "sea port", None, 120.7, 28.0, 30000, None),
    # (温州港's deep-water port area on the island of 状元岙 in 洞头区, named with its terminal)
    Port("状元岙港区", ("状元岙深水港码头", "状元岙深水港", "状元岙码头", "状元岙港", "温州港状元岙港区"), "port area", "温州港", 121.1, 27.87, 8000, None),
    Port("台州港", (), "sea port", None, 121.43, 28.67, 20000, None),
    # (玉环's port area on the Taiwan Strait lines; placed by hand south-west of 珠港)
    Port("大麦屿港", ("大麦屿港区", "台州港大麦屿港区", "玉环大麦屿港", "台州大麦屿港"), "port area", "台州港", 121.17, 28.09, 10000, None),
    Port("宁德港", (), "sea port", None, 119.55, 26.65, 20000, None),
    Port("漳州港", (), "sea port", None, 117.93, 24.41, 20000, None),
    Port("汕头港", (), "sea port", None, 116.7, 23.36, 5000, None),
    Port("珠海港", ("高栏港", "珠海高栏港"), "sea port", None, 113.27, 21.96, 20000, None),
    Port("海口港", ("秀英港", "海口秀英港"), "sea port", None, 110.28, 20.02, 5000, None),
    # (东方's sea port on Hainan's west coast; placed at its harbour in 八所)
    Port("八所港", ("东方八所港",), "sea port", None, 108.63, 19.1, 5000, None),
    # (抚远's river port on the 黑龙江, where river-sea ships load for Russia and the sea;
    # placed at 抚远's town on the bank)
    Port("莽吉塔港", ("抚远莽吉塔港", "莽吉塔港区", "抚远莽吉塔港区"), "river port", None, 134.29, 48.36, 10000, None),
    # (the other port areas of the main sea ports that articles name by their own names,
    # with no place before them: 蛇口港, 穿山港, 黄埔港, 曹妃甸港, 葵青港)
    Port("蛇口港区", ("蛇口", "蛇口港", "深圳蛇口港", "蛇口集装箱码头", "蛇口码头"), "port area", "深圳港", 113.905, 22.475, 3000, None),
    Port("赤湾港区", ("赤湾", "赤湾港", "深圳赤湾港", "赤湾集装箱码头"), "port area", "深圳港", 113.885, 22.467, 3000, None),
    Port("妈湾港区", ("妈湾", "妈湾港", "深圳妈湾港"), "port area", "深圳港", 113.866, 22.505, 3000, None),
    Port("大铲湾港区", ("大铲湾港", "大铲湾码头", "深圳大铲湾港"), "port area", "深圳港", 113.845, 22.555, 3000, None),
    Port("香港港", ("香港港口",), "sea port", None, 114.125, 22.345, 5000, None),
    Port("葵青港", ("葵青集装箱码头", "葵青货柜码头", "葵涌货柜码头", "香港葵青港", "葵青港区"), "port area", "香港港", 114.125, 22.345, 3000, None),
    Port("穿山港区", ("穿山港", "宁波穿山港", "宁波舟山港穿山港区", "穿山集装箱码头"), "port area", "宁波舟山港", 121.93, 29.895, 3000, None),
    Port("穿山港站", ("铁路穿山港站",), "rail station", "穿山港区", 121.915, 29.89, 3000, None),
    Port("镇海港区", ("镇海港", "宁波镇海港", "宁波舟山港镇海港区"), "port area", "宁波舟山港", 121.72, 29.965, 3000, None),
    Port("大榭港区", ("大榭港", "宁波大榭港", "大榭集装箱码头"), "port area", "宁波舟山港", 121.96, 29.93, 3000, None),
    Port("梅山港区", ("梅山港", "宁波梅山港", "梅山集装箱码头"), "port area", "宁波舟山港", 121.98, 29.78, 3000, None),
    Port("黄埔港区", ("黄埔港", "广州黄埔港", "广州港黄埔港区"), "port area", "广州港", 113.46, 23.09, 3000, None),
    Port("新沙港区", ("新沙港", "广州港新沙港区"), "port area", "广州港", 113.6, 23.07, 3000, None),
    Port("北疆港区", ("天津港北疆港区", "天津北疆港区"), "port area", "天津港", 117.72, 39.03, 3000, None),
    Port("南疆港区", ("天津港南疆港区", "天津南疆港区"), "port area", "天津港", 117.75, 38.975, 3000, None),
    Port("董家口港区", ("董家口港", "青岛董家口港", "青岛港董家口港区"), "port area", "青岛港", 119.75, 35.605, 5000, None),
    Port("东渡港区", ("东渡港", "厦门东渡港", "厦门港东渡港区"), "port area", "厦门港", 118.075, 24.49, 3000, None),
    # (the container terminal of 东渡港区 a company's name gives it: 海天码头)
    Port("海天码头", ("海天集装箱码头", "厦门海天码头", "厦门港海天码头"), "terminal", "东渡港区", 118.075, 24.49, 3000, None),
    Port("嘉兴港", (), "sea port", None, 121.1, 30.6, 5000, None),
    Port("乍浦港区", ("乍浦港", "嘉兴乍浦港", "嘉兴港乍浦港区"), "port area", "嘉兴港", 121.1, 30.6, 5000, None),
    Port("唐山港", (), "sea port", None, 119.0, 39.21, 5000, None),
    Port("京唐港区", ("京唐港", "唐山京唐港", "唐山港京唐港区"), "port area", "唐山港", 119.0, 39.21, 5000, None),
    Port("曹妃甸港区", ("曹妃甸港", "唐山曹妃甸港", "唐山港曹妃甸港区"), "port area", "唐山港", 118.48, 39.0, 5000, None),
    Port("湄洲湾港", ("湄洲湾港口",), "sea port", None, 118.94, 25.18, 10000, None),
    Port("肖厝港区", ("肖厝港", "泉港肖厝港区", "湄洲湾港肖厝港区"), "port area", "湄洲湾港", 118.94, 25.18, 5000, None),
    Port("泉州港", (), "sea port", None, 118.72, 24.8, 5000, None),
    Port("石湖港区", ("石湖港", "泉州石湖港", "泉州港石湖港区", "石湖作业区"), "port area", "泉州港", 118.72, 24.8, 5000, None),
    Port("福州港", (), "sea port", None, 119.65, 25.98, 10000, None),
    # (福州江阴港, in 福清: a sea port area of its own name, not 江苏's 江阴港; 福州江阴 in a
    # line's calls)
    Port("江阴港区", ("福州江阴港", "福州港江阴港区", "福建江阴港", "江阴港", "福州江阴"), "port area", "福州港", 119.43, 25.46, 5000, None),
    # (福州港's port area of 平潭, the island county's terminals told as one: 金井, 澳前)
    Port("平潭港区", ("平潭港", "平潭港口", "福州港平潭港区"), "port area", "福州港", 119.78, 25.5, 15000, None),
    # (the dry port of Xi'an, a district of logistics that holds its rail port)
    # (西安国际港务区 is the zone the dry port lies in, named as the zone, 西安国际港务区管委会: no
    # facility of its own)
    Port("西安国际陆港", ("西安陆港", "西安国际内陆港"), "dry port", None, 109.06, 34.39, 5000, None),
    Port("西安国际港站", ("西安港", "新筑站", "西安新筑站", "西安港新筑车站", "西安国际港务区站"), "rail hub", "西安国际陆港", 109.08, 34.4, 5000, None),
    Port("圃田站", ("郑州圃田站", "郑州铁路集装箱中心站", "郑州圃田集装箱中心站", "郑州铁路口岸", "圃田集装箱中心站", "郑州集装箱货运中心站", "郑州铁路集装箱货运中心站", "中铁联集郑州中心站"), "rail hub", None, 113.7992, 34.7307, 1000, None),
    Port("腾俊国际陆港", ("昆明腾俊国际陆港", "腾俊陆港"), "dry port", None, 102.6, 24.67, 5000, None),
    Port("王家营西站", ("昆明王家营西站", "昆明铁路集装箱中心站", "中铁联集昆明中心站", "王家营西", "昆明王家营西"), "rail hub", None, 102.78, 24.99, 5000, None),
    Port("南宁国际铁路港", ("南宁铁路港", "沙井铁路港"), "rail hub", None, 108.25, 22.77, 5000, None),
    # rail hubs and stations elsewhere in China that trains to and from Chongqing use
    Port("吴家山站", ("武汉吴家山站", "吴家山车站", "吴家山物流基地站", "吴家山物流基地车站", "中铁联集武汉中心站", "武汉中心站", "武汉铁路集装箱中心站", "吴家山集装箱中心站", "吴家山铁路集装箱中心站", "吴家山中心站", "吴家山中铁联集货场", "吴家山铁路中心站"), "rail hub", None, 114.14, 30.65, 5000, None),
    Port("滠口站", ("武汉滠口站", "滠口车站"), "rail station", None, 114.335, 30.72, 5000, None),
    Port("霞凝货场", ("长沙霞凝货场", "霞凝铁路货场", "霞凝铁路口岸", "长沙霞凝铁路口岸", "长沙北站"), "rail hub", None, 113.0, 28.34, 5000, None),
    Port("怀化西站", ("怀化西货场", "怀化西铁路货场", "新怀化西货场", "怀化西铁路物流园", "怀化西货运站", "怀化西编组站", "怀化国际陆港", "湖南怀化国际陆港"), "rail hub", None, 109.95, 27.52, 10000, None),
    Port("改貌铁路物流中心", ("改貌物流中心", "贵阳改貌铁路物流中心", "改貌铁路口岸", "贵阳改貌铁路口岸", "改貌站", "贵阳改貌站", "改貌铁路货运中心", "改貌货场", "贵阳改貌", "贵阳南站"), "rail hub", None, 106.69, 26.52, 10000, None),
    Port("都拉营国际陆海通物流港", ("都拉营物流港", "贵阳都拉营国际陆海通物流港", "都拉营国际陆港", "都拉营国际内陆港", "都拉国际物流港", "都拉营站", "贵阳都拉营"), "rail hub", None, 106.66, 26.64, 5000, None),
    Port("东川铁路物流中心", ("兰州东川铁路物流中心", "兰州铁路东川物流中心", "东川物流中心", "兰州东川站", "兰州东川", "兰州铁路集装箱中心站", "兰州国际陆港", "甘肃(兰州)国际陆港", "兰州陆港"), "rail hub", None, 103.46, 36.14, 10000, None),
    Port("中川北站", ("兰州新区中川北站", "中川北站物流园", "兰州新区北站"), "rail hub", None, 103.7, 36.58, 10000, None),
    # (the city's land port district, that holds the hub and more (its multimodal centre,
    # its road freight); placed by hand at the hub's point, approximate, 10 km)
    Port("乌鲁木齐国际陆港区", ("乌鲁木齐国际陆港",), "dry port", None, 87.48, 43.84, 10000, None),
    Port("乌鲁木齐集结中心", ("中欧班列乌鲁木齐集结中心", "中欧(中亚)班列乌鲁木齐集结中心", "中欧班列(乌鲁木齐)集结中心", "乌鲁木齐中欧班列集结中心", "乌鲁木齐中欧(中亚)班列集结中心", "乌鲁木齐集结中心站", "乌鲁木齐西站", "乌西站"), "rail hub", None, 87.48, 43.84, 10000, None),
    # (the container centre station, at 三坪 in 头屯河区: 鱼嘴 to 三坪 trains)
    Port("三坪站", ("三坪", "乌鲁木齐三坪站", "新疆三坪", "三坪集装箱中心站", "乌鲁木齐集装箱中心站", "乌鲁木齐铁路集装箱中心站"), "rail station", "乌鲁木齐集结中心", 87.43, 43.87, 10000, None),
    Port("南昌国际陆港", ("南昌向塘国际陆港", "向塘国际陆港", "向塘铁路口岸", "南昌向塘铁路口岸", "向塘西站", "向塘西编组站", "向塘铁路物流基地", "向塘物流基地", "向塘国际物流港", "南昌向塘国际物流港"), "rail hub", None, 115.96, 28.43, 5000, None),
    Port("义乌西站", ("义乌铁路口岸", "铁路义乌西站", "义乌铁路西站", "义乌西货运站"), "rail hub", None, 119.99, 29.31, 10000, None),
    Port("苏州西站", (), "rail station", None, 120.5, 31.4, 10000, None),
    Port("合肥北站", (), "rail station", None, 117.3, 31.93, 10000, None),
    # (the station's freight yard the China–Europe trains leave from, named with its office:
    # 合肥货运中心北站物流基地)
    Port("合肥北站物流基地", ("合肥货运中心北站物流基地", "合肥铁路北站物流基地"), "rail hub", "合肥北站", 117.3, 31.93, 10000, None),
    # (stations of parcels on high-speed trains, named by no division: 汉口站, 上海虹桥站)
    Port("汉口站", ("汉口火车站", "武汉汉口站"), "rail station", None, 114.26, 30.62, 2000, None),
    Port("虹桥站", ("上海虹桥站", "虹桥火车站"), "rail station", None, 121.32, 31.195, 2000, None),
    Port("海沧站", ("厦门海沧站", "海沧铁路货场", "厦门海沧铁路货场"), "rail hub", None, 117.99, 24.49, 5000, None),
    Port("前场站", ("厦门前场站", "前场火车站", "前场铁路货场", "前场铁路大型货场"), "rail station", None, 118.08, 24.63, 10000, None),
    Port("广州国际港", ("广州铁路集装箱中心站", "广州国际港站"), "rail hub", None, 113.24, 23.32, 5000, None),
    Port("大朗站", ("广州大朗站", "大朗货场", "广州大朗货场"), "rail station", None, 113.32, 23.3, 10000, None),
    Port("平湖南站", ("平湖南", "深圳平湖南站", "平湖南铁路枢纽", "深圳平湖南铁路枢纽", "平湖南铁路货场", "平湖南铁路物流园", "深圳平湖南铁路物流园"), "rail hub", None, 114.125, 22.665, 5000, None),
    Port("石龙站", ("东莞石龙站", "石龙铁路国际物流中心", "东莞石龙铁路国际物流中心", "石龙国际铁路发运中心", "石龙货运站", "东莞石龙货运站"), "rail hub", None, 113.87, 23.1, 5000, None),
    Port("上合示范区青岛多式联运中心", ("青岛多式联运中心", "上合示范区多式联运中心", "中铁联集青岛中心站", "中铁集装箱青岛中心站", "青岛铁路集装箱中心站", "胶州湾国际物流园"), "rail hub", None, 120.01, 36.31, 5000, None),
    Port("石家庄国际陆港", ("河北石家庄国际陆港",), "rail hub", None, 114.61, 37.62, 5000, None),
    # dry ports and rail freight parks placed in their city (a park's exact site not known to
    # better than the accuracy given): 徐州's in 铜山区, 晋中's in 榆次区, 银川's by 贺兰山
    Port("淮海国际陆港", ("徐州淮海国际陆港",), "dry port", None, 117.28, 34.3, 15000, None),
    Port("中鼎物流园", ("山西中鼎物流园", "晋中中鼎物流园"), "rail hub", None, 112.75, 37.65, 15000, None),
    Port("银川国际公铁物流港", ("银川公铁物流港", "银川公铁物流园"), "dry port", None, 106.3, 38.55, 15000, None),
    # (赣州's dry port at 南康, 赣州港 for short, as its own pages call it)
    Port("赣州国际陆港", ("赣州港", "赣州国际内陆港", "赣州内陆港", "江西赣州国际陆港"), "dry port", None, 114.8, 25.68, 10000, None),
    # (a freight station of 昆明's western suburbs, where fertiliser is loaded)
    Port("桃花村站", ("昆明桃花村站",), "rail station", None, 102.65, 25.06, 10000, None),
    Port("万象南站", ("万象南",), "rail station", None, 102.73, 17.9, 10000, None),
    Port("安员站", ("河内安员站",), "rail station", None, 105.92, 21.08, 5000, None),
    # ports abroad whose cities the world's data gives no Chinese name (门司 …); 科伦坡港,
    # Colombo's, named with 港 (the city is 科伦坡)
    Port("门司港", ("门司", "北九州门司港"), "sea port", None, 130.96, 33.945, 5000, None),
    Port("科伦坡港", (), "sea port", None, 79.845, 6.95, 3000, None),
    Port("林查班港", ("林查班", "廉差邦港"), "sea port", None, 100.885, 13.08, 5000, None),
    Port("丹吉尔港", ("丹吉尔", "丹吉尔地中海港"), "sea port", None, -5.5, 35.885, 20000, None),
    # (Bandar Anzali, Iran's Caspian port of the trains and ships from 乌鲁木齐 via 阿克套)
    Port("安扎利港", ("安扎利", "班达尔安扎利港"), "sea port", None, 49.46, 37.47, 5000, None),
    Port("杰贝阿里港", ("杰贝阿里", "迪拜杰贝阿里港", "阿联酋杰贝阿里港"), "sea port", None, 55.12, 24.98, 10000, None),
    # (Tanjung Pelepas, 柔佛's transhipment port at the mouth of the Pulai river, named by
    # its own name with 港 or without: 停靠丹戎帕拉帕斯)
    Port("丹戎帕拉帕斯港", ("丹戎帕拉帕斯",), "sea port", None, 103.55, 1.36, 3000, None),
    Port("凯莱港", ("广宁凯莱港",), "sea port", None, 107.05, 20.97, 5000, None),
    # (钱凯, the town north of 利马 the port is named after: 钱凯—上海 direct line)
    Port("钱凯港", ("钱凯",), "sea port", None, -77.265, -11.58, 5000, None),
    # (a city state: 新加坡 is a country, and a port is no region's)
    Port("新加坡港", (), "sea port", None, 103.77, 1.27, 10000, None),
    Port("海拉顿", ("海拉顿口岸", "海拉顿站"), "border crossing", None, 67.42, 37.2, 5000, None),
    Port("杜伊斯堡港", ("杜伊斯堡港口",), "rail hub", None, 6.705, 51.385, 5000, None),
    # (the trains' yard in the port, where they are met: named apart from it)
    Port("DIT场站", ("杜伊斯堡DIT场站", "杜伊斯堡DIT码头", "DIT码头"), "rail station", "杜伊斯堡港", 6.705, 51.385, 5000, None),
    Port("霍尔果斯", ("霍尔果斯口岸", "霍尔果斯国境站", "霍尔果斯铁路口岸", "霍尔果斯站"), "border crossing", None, 80.42, 44.21, 5000, None),
    Port("阿拉山口", ("阿拉山口口岸", "阿拉山口国境站", "阿拉山口铁路口岸", "阿拉山口站"), "border crossing", None, 82.57, 45.17, 5000, None),
    Port("满洲里", ("满洲里口岸", "满洲里国境站", "满洲里铁路口岸", "满洲里站"), "border crossing", None, 117.4, 49.59, 5000, None),
    Port("二连浩特", ("二连浩特口岸", "二连浩特国境站", "二连浩特铁路口岸", "二连站"), "border crossing", None, 111.97, 43.65, 5000, None),
    Port("凭祥", ("凭祥口岸", "凭祥铁路口岸", "凭祥站"), "border crossing", None, 106.755, 22.1, 5000, None),
    Port("友谊关", ("友谊关口岸", "凭祥友谊关"), "border crossing", "凭祥", 106.72, 21.99, 5000, None),
    # (the railway's freight and inspection yard of the crossing, named with its railway: 国铁)
    Port("凭祥口岸物流中心", ("国铁凭祥口岸物流中心", "凭祥铁路口岸物流中心"), "rail hub", "凭祥", 106.755, 22.1, 10000, None),
    Port("磨憨", ("磨憨口岸", "磨憨国境站", "磨憨铁路口岸", "磨憨边境口岸", "磨憨站"), "border crossing", None, 101.685, 21.19, 5000, None),
    Port("绥芬河", ("绥芬河口岸", "绥芬河国境站", "绥芬河铁路口岸", "绥芬河站"), "border crossing", None, 131.15, 44.4, 5000, None),
    Port("东兴", ("东兴口岸", "东兴国门"), "border crossing", None, 107.966, 21.546, 2000, None),
    Port("瑞丽", ("瑞丽口岸", "姐告口岸"), "border crossing", None, 97.87, 24.0, 5000, None),
    Port("伊尔克什坦口岸", ("伊尔克什坦", "伊尔克什坦公路口岸"), "border crossing", None, 73.96, 39.7, 5000, None),
    Port("河口口岸", ("河口铁路口岸", "云南河口口岸", "河口北站"), "border crossing", None, 103.96, 22.52, 5000, None),
    Port("龙邦口岸", ("靖西龙邦口岸",), "border crossing", None, 106.33, 22.87, 5000, None),
    Port("水口口岸", ("龙州水口口岸",), "border crossing", None, 106.595, 22.5, 5000, None),
    Port("清水河口岸", ("临沧清水河口岸", "孟定清水河口岸"), "border crossing", None, 98.93, 23.58, 10000, None),
    # China's road crossings of Xinjiang, Inner Mongolia, Jilin, Yunnan, Guangxi and Tibet:
    # points from the coordinates public reference pages state for each (the gate, pass,
    # bridge or port area they name), at their precision (a whole minute: 2 km); a pass
    # whose inspection lies inland carries that distance as its accuracy
    # (红其拉甫: the gate at the pass; its inspection has been done near 塔什库尔干's town
    # since 1993)
    Port("红其拉甫口岸", ("红其拉甫", "红其拉甫港", "红其拉甫公路口岸", "红其拉甫陆路口岸", "红其拉甫山口"), "border crossing", None, 75.4283, 36.8504, 2000, None),
    # (the pass; the port area at 托帕 lies some 110 km inland)
    Port("吐尔尕特口岸", ("吐尔尕特", "吐尔尕特公路口岸", "吐尔尕特山口"), "border crossing", None, 75.4272, 40.5925, 110000, None),
    # (the 阔勒买 pass; the port area lies 14.5 km inland; 卡拉苏 alone names many places)
    Port("卡拉苏口岸", ("卡拉苏公路口岸",), "border crossing", None, 74.8014, 38.1494, 15000, None),
    Port("巴克图口岸", ("巴克图", "巴克图公路口岸"), "border crossing", None, 82.8, 46.6833, 2000, None),
    Port("塔克什肯口岸", ("塔克什肯", "塔克什肯公路口岸"), "border crossing", None, 90.8, 46.1833, 2000, None),
    Port("吉木乃口岸", ("吉木乃公路口岸",), "border crossing", None, 85.7167, 47.55, 2000, None),
    Port("乌拉斯台口岸", ("乌拉斯台", "乌拉斯台公路口岸"), "border crossing", None, 90.7667, 45.4167, 2000, None),
    Port("策克口岸", ("策克", "策克公路口岸"), "border crossing", None, 101.3, 42.5667, 2000, None),
    Port("珠恩嘎达布其口岸", ("珠恩嘎达布其", "珠恩嘎达布其公路口岸"), "border crossing", None, 116.2625, 45.7619, 2000, None),
    Port("额布都格口岸", ("额布都格", "额布都格水运口岸"), "border crossing", None, 118.1736, 48.0408, 2000, None),
    Port("室韦口岸", ("室韦水运口岸",), "border crossing", None, 119.8833, 50.3333, 2000, None),
    # (the 图们江 bridge to 元汀)
    Port("圈河口岸", ("圈河", "圈河公路口岸"), "border crossing", None, 130.5225, 42.5678, 2000, None),
    # (the boundary marker by the bridge; 天保 alone is also the forests' programme)
    Port("天保口岸", ("麻栗坡天保口岸",), "border crossing", None, 104.8494, 22.9369, 2000, None),
    Port("畹町口岸", ("瑞丽畹町口岸",), "border crossing", None, 98.0767, 24.0878, 2000, None),
    Port("峒中口岸", ("峒中公路口岸",), "border crossing", None, 107.5, 21.6333, 2000, None),
    # (the friendship bridge; the port area is uphill in 樟木's town; 樟木 alone is a wood)
    Port("樟木口岸", ("聂拉木樟木口岸",), "border crossing", None, 85.964, 27.9734, 10000, None),
    # the crossings on the other side of the border (hosts are countries: each point lies
    # farther inside its country than its accuracy, or the join would give it to China)
    Port("多斯特克", ("多斯特克站", "多斯特克口岸", "多斯特克车站", "多斯托克", "多斯托克站", "多斯托克车站", "多斯托克口岸"), "border crossing", None, 82.49, 45.25, 5000, None),
    Port("阿腾科里", ("阿腾科里站", "阿腾科里口岸", "阿腾科里车站"), "border crossing", None, 80.3, 44.2, 5000, None),
    # (后贝加尔, as pages write it short, the crossing of 满洲里's trains; the krai, 后贝加尔
    # 边疆区, is named in full)
    Port("后贝加尔斯克", ("后贝加尔斯克站", "后贝加尔斯克口岸", "后贝加尔", "后贝加尔站", "后贝加尔口岸"), "border crossing", None, 117.3, 49.655, 2000, None),
    Port("扎门乌德", ("扎门乌德站", "扎门乌德口岸", "蒙古扎门乌德"), "border crossing", None, 111.9, 43.717, 3000, None),
    Port("布列斯特口岸", ("布列斯特站", "布列斯特铁路口岸", "布列斯特车站"), "border crossing", None, 23.7, 52.1, 5000, None),
    # (波兰马拉: the short name Chongqing's texts give it, a place only in a strong context)
    Port("马拉舍维奇", ("马拉舍维奇站", "马拉舍维奇口岸", "马拉舍维奇车站", "马瓦舍维奇", "马瓦谢维切", "马拉"), "border crossing", None, 23.55, 52.04, 5000, None),
    # the terminals abroad the China–Europe trains end at, named with their town (莫斯科沃尔西诺,
    # 卡卢加州沃罗滕斯克): points placed by hand near the town's station
    Port("沃尔西诺站", ("沃尔西诺", "沃尔西诺车站", "沃尔西诺物流园"), "rail station", None, 36.63, 55.08, 15000, None),
    Port("沃罗滕斯克站", ("沃罗滕斯克", "沃罗滕斯克市", "沃罗滕斯克车站", "沃罗腾斯克", "沃罗腾斯克站"), "rail station", None, 36.0, 54.49, 15000, None),
    Port("别雷拉斯特", ("别雷拉斯特站", "别雷拉斯特物流中心", "别雷拉斯特物流枢纽", "别雷拉斯特码头"), "rail hub", None, 37.45, 56.15, 10000, None),
    Port("斯瓦夫库夫", ("斯瓦夫库夫站", "斯瓦夫库夫欧洲物流中心"), "rail hub", None, 19.38, 50.3, 10000, None),
    Port("磨丁", ("磨丁口岸", "磨丁站", "磨丁边境口岸", "磨丁铁路口岸"), "border crossing", None, 101.67, 21.15, 2000, None),
    Port("同登站", ("同登口岸", "同登火车站", "同登"), "border crossing", None, 106.695, 21.935, 2000, None),
    # more terminals, yards and crossings abroad where China's trains end or change gauge,
    # placed by hand at their town's station or yard (the accuracy says how well): Poland's
    # broad-gauge terminal at Hrubieszów, Kutno's yard by Łódź, Belarus's Zhodzina, Russia's
    # Selyatino (Moscow oblast), Doskino (Nizhny Novgorod), Inya-Vostochnaya and
    # Kleshchikha (Novosibirsk), Budapest's BILK, Malaysia's Sungai Way (Selangor)
    Port("赫鲁别舒夫", ("赫鲁别舒夫站", "赫鲁别舒夫口岸", "赫鲁别舒夫车站"), "border crossing", None, 23.89, 50.81, 5000, None),
    Port("库特诺铁路货运站", ("库特诺货运站", "库特诺站", "库特诺车站"), "rail hub", None, 19.36, 52.23, 5000, None),
    Port("若季诺站", ("若季诺车站", "若季诺货运站"), "rail station", None, 28.33, 54.1, 5000, None),
    Port("谢利亚季诺站", ("谢利亚季诺", "谢利亚季诺车站"), "rail station", None, 36.97, 55.52, 5000, None),
    Port("多斯基诺站", ("多斯基诺", "多斯基诺车站"), "rail station", None, 43.75, 56.22, 20000, None),
    Port("伊尼亚-东站", ("伊尼亚-东", "伊尼亚东站", "伊尼亚东"), "rail station", None, 83.05, 55.05, 10000, None),
    Port("克列西哈站", ("克列西哈", "克列西哈车站"), "rail station", None, 82.87, 54.99, 10000, None),
    Port("BILK场站", ("BILK", "BILK码头", "BILK物流园", "BILK货运站"), "rail hub", None, 19.12, 47.4, 5000, None),
    Port("双溪威站", ("双溪威", "双溪威车站"), "rail station", None, 101.62, 3.09, 15000, None),
    # sea ports of container lines from China named in lists of calls (那瓦西瓦, 皮帕瓦沃: India's
    # west coast; 焦亚陶罗, Italy's; Port Klang's Westport; Barcelona's, 巴赛隆纳 in Taiwan's
    # usage; 博多, Fukuoka's; Zeebrugge, Bremerhaven, Thailand's Ranong on the Andaman Sea)
    Port("那瓦西瓦港", ("那瓦西瓦", "那瓦舍瓦港", "那瓦舍瓦"), "sea port", None, 72.95, 18.95, 5000, None),
    Port("皮帕瓦沃港", ("皮帕瓦沃",), "sea port", None, 71.51, 20.92, 5000, None),
    Port("焦亚陶罗港", ("焦亚陶罗",), "sea port", None, 15.9, 38.45, 5000, None),
    Port("巴生西港", (), "sea port", None, 101.29, 2.92, 5000, None),
    Port("巴塞罗那港", ("巴赛隆纳港",), "sea port", None, 2.16, 41.35, 5000, None),
    Port("博多港", ("福冈博多港", "博多"), "sea port", None, 130.4, 33.61, 3000, None),
    Port("泽布吕赫港", ("泽布吕赫",), "sea port", None, 3.2, 51.33, 3000, None),
    Port("不来梅哈芬港", ("不莱梅哈芬港", "不莱梅哈芬"), "sea port", None, 8.58, 53.55, 5000, None),
    Port("拉廊港", ("拉廊",), "sea port", None, 98.62, 9.95, 5000, None),
    # (London's airport, where lines of freight and of passengers land)
    Port("希思罗机场", ("伦敦希思罗机场", "希斯罗机场", "伦敦希斯罗机场"), "airport", None, -0.454, 51.47, 2000, None),
)
# fmt: on


def _with_city_international(port: Port) -> Port:
    """An international airport named by its city alone (重庆机场) is written with 国际 too
    (重庆国际机场, 乌鲁木齐国际机场): the table states the one, the other is derived."""
    if port.kind != "airport" or not port.name.endswith("国际机场"):
        return port
    more = tuple(
        a[:-2] + "国际机场"
        for a in port.aliases
        if a.endswith("机场")
        and not a.endswith("国际机场")
        and a[:-2] + "国际机场" not in port.aliases
        # (the city's name alone: 重庆机场, not 江北机场, the airport's own)
        and not a.startswith(port.name[:2])
        and not port.name.startswith(a[:-2])
    )
    return port._replace(aliases=(*port.aliases, *more)) if more else port


PORTS = tuple(_with_city_international(p) for p in PORTS)

# Aliases that name the place a facility is at rather than the facility: a gulf, a town
# (重庆至北部湾的班列, 运抵珞璜, 经马拉舍维奇入境). Where a route goes there, it goes to
# the facility; but a text that names only the place names no facility, and the record
# does not list it among its ports (as readers do not: 北部湾 without 港 in 41 pages of the
# corpus, never the port).
PLACE_ALIASES = frozenset(
    {
        "北部湾",
        "平湖南",  # (深圳平湖南: the town of the rail hub; not 平湖 and 湖南)
        "林查班",
        "马拉舍维奇",
        "马拉",
        "马瓦舍维奇",
        "珞璜",
        "寸滩",
        "沃尔西诺",
        "沃罗滕斯克",
        "沃罗滕斯克市",
        "斯瓦夫库夫",
        # (越南同登, 日本博多, 比利时泽布吕赫, 泰国拉廊: a town known for its crossing or port)
        "同登",
        "博多",
        "泽布吕赫",
        "不莱梅哈芬",  # (the city's name written 不来梅哈芬 is a place of its own)
        "拉廊",
    }
)
