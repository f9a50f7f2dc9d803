"""Ports and freight hubs as a hierarchy: the hand-curated table behind ``ports.geojson``.

A facility is a port (river or sea), a port area or terminal of a port, a dry port, a
rail hub or station, a border crossing or an airport (:data:`PORT_KINDS`). ``parent``
is the facility it belongs to: 新田港 is a port area of 万州港, itself a port area of
重庆港, the port of Chongqing as a whole; 钦州港东站 serves 钦州港, a port area of
北部湾港. Records name the most specific facility a text names.

An alias is a name articles use for the facility itself: a province's name before it
(广西钦州港) is read as a place of its own, and the two are joined when routes are read.

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

__all__ = ["PORT_KINDS", "Port", "PORTS"]


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
    Port("九龙坡港区", ("九龙坡港", "九龙坡码头", "九龙坡集装箱码头", "重庆九龙坡港"), "port area", "重庆港", 106.53, 29.504, 2000, "长江"),
    Port("佛耳岩港", ("佛耳岩", "佛耳岩港区", "佛耳岩作业区", "巴南佛耳岩港", "重庆佛耳岩港"), "port area", "重庆港", 106.532, 29.4, 5000, "长江"),
    Port("长寿港", ("长寿港区", "重庆港长寿港区", "长寿港口"), "port area", "重庆港", 107.06, 29.823, 5000, "长江"),
    Port("胡家坪港", ("胡家坪作业区", "长寿胡家坪港"), "port area", "长寿港", 107.06, 29.823, 10000, "长江"),
    Port("涪陵港", ("涪陵港区", "重庆港涪陵港区", "重庆涪陵港"), "port area", "重庆港", 107.312, 29.741, 5000, "长江"),
    Port("龙头港", ("涪陵龙头港", "龙头港区", "龙头作业区", "重庆龙头港", "重庆港龙头作业区", "龙头港口"), "port area", "涪陵港", 107.312, 29.741, 5000, "长江"),
    Port("黄旗作业区", ("黄旗港", "涪陵黄旗港", "黄旗码头"), "port area", "涪陵港", 107.34, 29.76, 10000, "长江"),
    Port("白涛港", ("白涛作业区", "白涛港区", "涪陵白涛港"), "port area", "涪陵港", 107.465, 29.58, 5000, "乌江"),
    Port("忠县港", ("忠县港区", "重庆港忠县港区", "忠州港"), "port area", "重庆港", 107.94, 30.205, 5000, "长江"),
    Port("新生港", ("重庆新生港", "忠县新生港", "新生港区", "新生作业区"), "port area", "忠县港", 107.94, 30.205, 5000, "长江"),
    Port("万州港", ("万州港区", "重庆港万州港区", "重庆万州港"), "port area", "重庆港", 108.412, 30.712, 5000, "长江"),
    Port("新田港", ("万州新田港", "新田港区", "新田作业区", "新田港作业区", "万州港新田港区", "新田枢纽港", "万州新田枢纽港"), "port area", "万州港", 108.412, 30.712, 5000, "长江"),
    Port("沱口作业区", ("江南沱口", "江南沱口作业区", "沱口港", "万州沱口", "万州港沱口作业区"), "port area", "万州港", 108.425, 30.775, 5000, "长江"),
    Port("红溪沟作业区", ("红溪沟", "红溪沟港", "万州红溪沟", "红溪沟码头"), "port area", "万州港", 108.395, 30.815, 5000, "长江"),
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
    Port("团结村", ("团结村站", "团结村中心站", "重庆团结村站", "团结村铁路集装箱中心站", "团结村铁路中心站", "重庆铁路集装箱中心站", "中铁联集重庆中心站", "重庆铁路口岸", "重庆国际物流枢纽园区"), "rail hub", None, 106.37, 29.655, 5000, None),
    Port("陆海新通道无水港", ("重庆无水港", "西部陆海新通道无水港"), "dry port", None, 106.37, 29.655, 5000, None),
    Port("兴隆场站", ("兴隆场编组站", "兴隆场", "重庆兴隆场站", "兴隆场车站", "重庆西编组站"), "rail station", None, 106.345, 29.715, 5000, None),
    Port("鱼嘴站", ("鱼嘴铁路货运站", "重庆鱼嘴站", "鱼嘴中心站", "鱼嘴货运站", "鱼嘴站南货场"), "rail hub", "果园港", 106.8, 29.655, 5000, None),
    Port("小南垭站", ("小南垭", "小南垭铁路物流中心", "小南垭铁路物流枢纽", "江津小南垭", "珞璜铁路综合物流枢纽", "小南垭铁路物流园"), "rail hub", None, 106.44, 29.33, 5000, None),
    Port("秀山站", ("秀山站货场", "秀山铁路货场"), "rail station", None, 108.98, 28.44, 5000, None),
    Port("涪陵西站", ("涪陵西",), "rail station", None, 107.3, 29.725, 5000, None),
    Port("龙头港站", ("龙头港铁路专用线", "涪陵龙头港站"), "rail station", "龙头港", 107.31, 29.735, 5000, None),
    Port("涪陵北站", ("涪陵北",), "rail station", None, 107.36, 29.76, 10000, None),
    Port("水富港", ("中嘴作业区", "水富港中嘴作业区"), "river port", None, 104.405, 28.632, 5000, None),
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
    Port("成都国际铁路港", ("成都铁路港", "青白江铁路港", "成都国际陆港", "青白江国际铁路港", "成都青白江铁路港"), "rail hub", None, 104.258, 30.812, 5000, None),
    Port("城厢站", ("成都城厢站", "青白江城厢站", "成都铁路集装箱中心站"), "rail station", "成都国际铁路港", 104.258, 30.812, 5000, None),
    Port("成都无水港", (), "dry port", None, 104.27, 30.56, 10000, None),
    Port("天府国际机场", ("成都天府国际机场", "天府机场", "成都天府机场"), "airport", None, 104.4442, 30.3125, 1000, None),
    Port("天河国际机场", ("武汉天河国际机场", "天河机场", "武汉天河机场"), "airport", None, 114.2081, 30.7838, 2000, None),
    Port("花湖国际机场", ("鄂州花湖国际机场", "花湖机场", "鄂州花湖机场"), "airport", None, 115.0, 30.34, 5000, None),
    Port("双流国际机场", ("成都双流国际机场", "双流机场", "成都双流机场"), "airport", None, 103.9471, 30.5785, 1000, None),
    Port("江北国际机场", ("重庆江北国际机场", "江北机场", "重庆江北机场"), "airport", None, 106.6417, 29.7192, 1000, None),
    Port("思南港", ("邵家桥港区", "思南港邵家桥港区"), "river port", None, 108.24, 27.95, 10000, "乌江"),
    Port("宜昌港", ("宜昌港区",), "river port", None, 111.29, 30.7, 5000, "长江"),
    Port("秭归港", ("茅坪港", "三峡枢纽秭归港", "秭归茅坪港", "三峡茅坪港"), "port area", "宜昌港", 110.985, 30.845, 5000, "长江"),
    Port("白洋港", ("宜昌白洋港", "白洋作业区", "白洋港区", "枝江白洋港"), "port area", "宜昌港", 111.505, 30.425, 5000, "长江"),
    Port("云池港", ("宜昌云池港", "云池作业区", "云池港区"), "port area", "宜昌港", 111.445, 30.475, 5000, "长江"),
    Port("荆州港", ("荆州盐卡港", "盐卡港区"), "river port", None, 112.2668, 30.2824, 5000, "长江"),
    Port("岳阳港", (), "river port", None, 113.145, 29.45, 5000, "长江"),
    Port("城陵矶港", ("城陵矶", "岳阳城陵矶港", "城陵矶新港", "城陵矶港区", "城陵矶码头"), "port area", "岳阳港", 113.145, 29.45, 5000, "长江"),
    Port("武汉港", (), "river port", None, 114.558, 30.648, 5000, "长江"),
    Port("阳逻港", ("武汉阳逻港", "阳逻港区", "阳逻集装箱港区", "阳逻国际港"), "port area", "武汉港", 114.558, 30.648, 5000, "长江"),
    Port("九江港", ("九江城西港区",), "river port", None, 115.93, 29.72, 5000, "长江"),
    Port("安庆港", ("安庆五里庙码头",), "river port", None, 117.08, 30.505, 5000, "长江"),
    Port("芜湖港", ("朱家桥外贸码头", "芜湖朱家桥港区"), "river port", None, 118.345, 31.395, 5000, "长江"),
    Port("南京港", (), "river port", None, 119.03, 32.185, 5000, "长江"),
    Port("龙潭港区", ("龙潭港", "南京龙潭港", "龙潭集装箱码头", "南京港龙潭港区"), "port area", "南京港", 119.03, 32.185, 5000, "长江"),
    Port("镇江港", ("镇江大港",), "river port", None, 119.6, 32.18, 5000, "长江"),
    Port("苏州港", (), "river port", None, 121.23, 31.62, 5000, "长江"),
    Port("太仓港", ("苏州港太仓港区", "太仓港区"), "port area", "苏州港", 121.23, 31.62, 5000, "长江"),
    Port("南通港", ("南通狼山港区",), "river port", None, 120.87, 31.96, 5000, "长江"),
    Port("上海港", ("上海港口",), "sea port", None, 121.6, 31.36, 2000, "长江"),
    Port("外高桥港区", ("外高桥", "外高桥港", "外高桥集装箱码头"), "port area", "上海港", 121.6, 31.36, 2000, "长江"),
    Port("洋山港", ("洋山", "洋山深水港", "洋山港区", "洋山深水港区"), "port area", "上海港", 122.06, 30.625, 5000, None),
    Port("北部湾港", ("北部湾", "北部湾港口"), "sea port", None, 108.645, 21.65, 5000, None),
    Port("钦州港", ("北部湾港钦州港区", "钦州港区", "钦州港大榄坪"), "port area", "北部湾港", 108.645, 21.65, 5000, None),
    Port("钦州港东站", ("钦州港东", "钦州铁路集装箱中心站"), "rail station", "钦州港", 108.64, 21.68, 5000, None),
    Port("北海港", ("北部湾港北海港区", "石步岭港区"), "port area", "北部湾港", 109.06, 21.49, 5000, None),
    Port("铁山港", ("铁山港区", "北海铁山港", "北部湾港铁山港区"), "port area", "北海港", 109.55, 21.55, 5000, None),
    Port("防城港", ("防城港港", "防城港港区", "北部湾港防城港区"), "port area", "北部湾港", 108.36, 21.6, 5000, None),
    Port("湛江港", ("湛江港霞山港区",), "sea port", None, 110.41, 21.2, 5000, None),
    Port("洋浦港", ("洋浦国际集装箱码头",), "sea port", None, 109.17, 19.72, 5000, None),
    Port("宁波舟山港", ("宁波港", "宁波-舟山港", "宁波舟山港口"), "sea port", None, 121.86, 29.93, 5000, None),
    Port("北仑港区", ("北仑港", "宁波北仑港"), "port area", "宁波舟山港", 121.86, 29.93, 5000, None),
    Port("连云港港", ("连云港区",), "sea port", None, 119.44, 34.75, 5000, None),
    Port("青岛港", ("青岛前湾港", "前湾港区"), "sea port", None, 120.2, 36.01, 5000, None),
    Port("天津港", ("天津新港",), "sea port", None, 117.78, 38.99, 5000, None),
    Port("营口港", ("鲅鱼圈港区", "营口鲅鱼圈港"), "sea port", None, 122.08, 40.28, 5000, None),
    Port("大连港", ("大窑湾港区", "大连大窑湾"), "sea port", None, 121.9, 39.05, 5000, None),
    Port("广州港", (), "sea port", None, 113.66, 22.68, 5000, None),
    Port("南沙港区", ("南沙港", "广州南沙港", "广州港南沙港区", "南沙集装箱码头"), "port area", "广州港", 113.66, 22.68, 5000, None),
    Port("深圳港", (), "sea port", None, 114.275, 22.575, 2000, None),
    Port("盐田港区", ("盐田港", "深圳盐田港", "盐田国际集装箱码头"), "port area", "深圳港", 114.275, 22.575, 2000, None),
    Port("厦门港", ("海沧港区", "厦门海沧港"), "sea port", None, 118.05, 24.45, 5000, None),
    Port("西安国际港站", ("西安港", "新筑站", "西安新筑站", "西安港新筑车站", "西安国际港务区站"), "rail hub", None, 109.08, 34.4, 5000, None),
    Port("圃田站", ("郑州圃田站", "郑州铁路集装箱中心站", "郑州圃田集装箱中心站", "郑州铁路口岸", "圃田集装箱中心站"), "rail hub", None, 113.7992, 34.7307, 1000, None),
    Port("王家营西站", ("昆明王家营西站", "昆明铁路集装箱中心站", "中铁联集昆明中心站"), "rail hub", None, 102.78, 24.99, 5000, None),
    Port("南宁国际铁路港", ("南宁铁路港", "沙井铁路港"), "rail hub", None, 108.25, 22.77, 5000, None),
    Port("万象南站", ("老挝万象南站", "万象南"), "rail station", None, 102.73, 17.9, 10000, None),
    Port("安员站", ("河内安员站", "越南安员站"), "rail station", None, 105.92, 21.08, 5000, None),
    Port("杜伊斯堡港", ("杜伊斯堡DIT场站", "杜伊斯堡港口"), "rail hub", None, 6.705, 51.385, 5000, None),
    Port("霍尔果斯", ("霍尔果斯口岸", "霍尔果斯铁路口岸", "霍尔果斯站"), "border crossing", None, 80.42, 44.21, 5000, None),
    Port("阿拉山口", ("阿拉山口口岸", "阿拉山口铁路口岸", "阿拉山口站"), "border crossing", None, 82.57, 45.17, 5000, None),
    Port("满洲里", ("满洲里口岸", "满洲里铁路口岸", "满洲里站"), "border crossing", None, 117.4, 49.59, 5000, None),
    Port("二连浩特", ("二连浩特口岸", "二连浩特铁路口岸", "二连站"), "border crossing", None, 111.97, 43.65, 5000, None),
    Port("凭祥", ("凭祥口岸", "凭祥铁路口岸", "凭祥站"), "border crossing", None, 106.755, 22.1, 5000, None),
    Port("友谊关", ("友谊关口岸", "凭祥友谊关"), "border crossing", "凭祥", 106.72, 21.99, 5000, None),
    Port("磨憨", ("磨憨口岸", "磨憨铁路口岸", "磨憨边境口岸", "磨憨站"), "border crossing", None, 101.685, 21.19, 5000, None),
    Port("绥芬河", ("绥芬河口岸", "绥芬河铁路口岸", "绥芬河站"), "border crossing", None, 131.15, 44.4, 5000, None),
    Port("东兴", ("东兴口岸", "东兴国门"), "border crossing", None, 107.966, 21.546, 2000, None),
    Port("瑞丽", ("瑞丽口岸", "姐告口岸"), "border crossing", None, 97.87, 24.0, 5000, None),
)
# fmt: on
