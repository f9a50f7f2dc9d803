"""Stations and ports named after the town they lie in (geo/towns.py), placed at the
town's county only where the text names that county or its prefecture."""

import pytest

from cqmap.geo.extract import extract_text
from cqmap.geo.towns import TOWN_SUFFIXES, town_counties


def ports(text: str) -> dict:
    return {p["name"]: (p["kind"], p["host"]) for p in extract_text(text)["ports"]}


def test_every_town_is_found_as_written_and_without_its_word_of_kind():
    index = town_counties()
    assert index["萨拉齐镇"] == index["萨拉齐"] == ["150221"]  # (土默特右旗, 包头)
    assert len(index["城厢"]) > 5  # (a name many towns hold)
    # (a word of kind alone is no name: 镇, 乡)
    assert not any(name in index for name in TOWN_SUFFIXES)
    assert all(len(name) >= 2 for name in index)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the town's county named: 嫘祖镇 lies in 远安县)
        ("远安县的磷矿石在嫘祖站装车,运往武汉。", {"嫘祖站": ("rail station", "远安县")}),
        # (its prefecture named: 萨拉齐镇 lies in 土默特右旗, in 包头)
        ("包头市的煤炭专列从萨拉齐站出发。", {"萨拉齐站": ("rail station", "土默特右旗")}),
        # (a name several towns hold, told by the county named: 万州's 牌楼)
        ("万州区的货物从牌楼站装车外运。", {"牌楼站": ("rail station", "万州区")}),
        # (a railway's station at the town, after the railway's name: 赶水镇 lies in 綦江区)
        ("綦江区的煤炭在川黔铁路赶水站装车外运。", {"赶水站": ("rail station", "綦江区")}),
        # (a border crossing after its town: 满都拉镇 lies in 达茂旗, in 包头; 硕龙镇 in 大新县, its
        # road crossing named with the way it carries)
        (
            "包头市北部的满都拉口岸今年过货量大增。",
            {"满都拉口岸": ("border crossing", "达尔罕茂明安联合旗")},
        ),
        ("大新县的硕龙公路口岸扩大开放。", {"硕龙公路口岸": ("border crossing", "大新县")}),
        # (a river port after its town: 关累镇 lies in 勐腊县)
        ("勐腊县的货船从关累港出发,驶往老挝。", {"关累港": ("port", "勐腊县")}),
        # (a name that starts inside the town's name and ends on its word, 香港 in 蔗香港,
        # gives way: 蔗香镇 lies in 望谟县)
        ("望谟县的第一艘货船从蔗香港出发。", {"蔗香港": ("port", "望谟县")}),
    ],
)
def test_a_station_or_port_named_after_its_town_is_at_the_towns_county(text, expected):
    assert {k: v for k, v in ports(text).items() if k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "这批磷矿石在嫘祖站装车,运往武汉。",  # (no county nor prefecture of the town told)
        "内蒙古达茂旗的煤在白彦花站装车。",  # (the only 白彦花镇 lies elsewhere, 乌拉特前旗)
        "远安县的磷矿石在新嫘祖站装车。",  # (a longer name that ends with the town's)
    ],
)
def test_a_town_the_text_does_not_place_names_no_facility(text):
    assert not any("嫘祖" in name or "白彦花" in name for name in ports(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (towns of the county named, and a county, each with the word they share)
        (
            "远安县境内的货运铁路设旧县、远安和嫘祖车站。",
            {
                "旧县站": ("rail station", "远安县"),
                "远安站": ("rail station", "远安县"),
                "嫘祖站": ("rail station", "远安县"),
            },
        ),
        # (cities; the last named with the word as any station is)
        (
            "货物经南宁、柳州、桂林站发往各地。",
            {
                "南宁站": ("rail station", "南宁市"),
                "柳州站": ("rail station", "柳州市"),
                "桂林站": ("rail station", "桂林市"),
            },
        ),
        # (counted: each name a station, the last too, whatever the last is; 干溪 is no
        # town of the county named: a station of its own name, where 旧县站 lies)
        (
            "远安县这条支线将预留旧县、干溪两座车站。",
            {"旧县站": ("rail station", "远安县"), "干溪站": ("rail station", "远安县")},
        ),
        (
            "远安县的货运铁路建成远安、嫘祖等车站。",
            {"远安站": ("rail station", "远安县"), "嫘祖站": ("rail station", "远安县")},
        ),
    ],
)
def test_stations_listed_sharing_one_word_are_each_a_station(text, expected):
    assert ports(text) == expected


def test_two_names_before_a_station_are_no_list_of_stations():
    """重庆、成都站: one name and a station, not two stations."""
    assert list(ports("班列从重庆、成都站出发。")) == ["成都站"]


def test_the_first_name_of_a_list_is_no_place_that_a_longer_name_runs_into():
    """曲靖市珠江源、龙津沟、宣威车站: 珠江 runs into 江源, no 江源区's station."""
    found = ports("曲靖市珠江源、龙津沟、宣威车站装运化肥。")
    assert "江源站" not in found and "江源区" not in {host for _, host in found.values()}


def test_stations_of_no_places_name_listed_right_after_a_place_lie_there():
    """曲靖市龙津沟、珠江源等车站: stations of their own names, at the city named right before
    the list; the city there only says where they are."""
    record = extract_text("化肥在曲靖市龙津沟、珠江源等车站装车外运。")
    assert {p["name"]: p["host"] for p in record["ports"]} == {
        "珠江源站": "曲靖市",
        "龙津沟站": "曲靖市",
    }
    assert record["regions"] == []


def test_a_station_of_its_own_name_among_stations_counted():
    """宜都、干溪两座车站: 干溪, no town nor place, is a station of its own name, where the
    other stations of the list lie; 江山、后溪街、龙游东、衢州等4个办理站: in the prefecture
    all the others lie in; 一站式 counts no station."""
    record = extract_text("这条运煤铁路在宜都、干溪两座车站之间铺设双线。")
    assert {p["name"]: p["host"] for p in record["ports"]} == {
        "宜都站": "宜都市",
        "干溪站": "宜都市",
    }
    text = "当地能办理货运的有江山、后溪街、龙游东、衢州等4个办理站。"
    ports = {p["name"]: p["host"] for p in extract_text(text)["ports"]}
    assert ports["后溪街站"] == "衢州市"
    # (what a station is for a run, not its name)
    text = "新线将开设始发、终到两个车站,干溪、宜都两个车站则先预留。"
    assert {p["name"] for p in extract_text(text)["ports"]} == {"干溪站", "宜都站"}
    text = "货物运抵干溪站,报关、查验一站式办理。"
    assert {p["name"] for p in extract_text(text)["ports"]} == {"干溪站"}
