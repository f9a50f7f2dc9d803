"""The ends of a route named by its places, told at the one facility of its kind the
text names there (geo/route_facilities.py)."""

from __future__ import annotations

import pytest

from cqmap.geo.extract import extract_text


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (the line named by its places, the stations told in other sentences)
        (
            "昨天,中老铁路(江津—万象)国际货运班列在江津开行。"
            "货物在小南垭站装车,列车后天抵达老挝万象南站。",
            ("小南垭站", ["万象南站"]),
        ),
        # (two stations of the place told: which one, untold)
        (
            "昨天,江津至万象的班列开行,小南垭站和珞璜站同时装车。",
            ("江津区", ["万象"]),
        ),
    ],
)
def test_a_line_s_end_is_the_one_facility_of_its_kind_the_text_names_there(text, route):
    """中老铁路(江津—万象)…, then 小南垭站 and 万象南站 told: the most specific places the
    text gives for the ends (a county's, a district's or a city abroad's)."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [route]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (the facility told running the lines, as their subject)
        ("目前,城厢站已开行了成都至明斯克国际货运班列。", ("城厢站", ["明斯克"])),
        # (or where they are run)
        ("去年,铁路部门在南宁国际铁路港开行了南宁至河内跨境班列。", ("南宁国际铁路港", ["河内"])),
        # (a city telling its own lines: the city)
        ("目前,贵阳已开行了贵阳至明斯克国际货运班列。", ("贵阳市", ["明斯克"])),
    ],
)
def test_lines_named_by_their_city_start_at_the_facility_told_running_them(text, route):
    """城厢站已开行了成都至明斯克…班列: the line named by its city's name leaves from the
    station there that runs it."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [route]


def test_an_airport_named_for_the_city_it_serves_is_that_citys_line_end():
    """西安咸阳国际机场 lies in 咸阳 and serves 西安: a freighter leaving it opens 西安's line,
    from the airport."""
    text = "一架全货机从西安咸阳国际机场起飞,飞往新西伯利亚,西安至新西伯利亚全货运航线开通。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("咸阳国际机场", ["新西伯利亚"])
    ]


def test_an_airport_named_for_the_city_it_serves_is_finer_when_told_after_the_city():
    """The line told first by its city's name (a headline), then a freighter leaving the
    city's airport in 咸阳: one route, from the airport, the finer end, whichever is told
    first."""
    text = (
        "西安至新西伯利亚全货运航线开通\n"
        "一架全货机从西安咸阳国际机场起飞,飞往新西伯利亚,西安至新西伯利亚全货运航线开通。"
    )
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("咸阳国际机场", ["新西伯利亚"])
    ]


def test_an_airport_named_for_the_city_it_serves_is_the_end_of_that_citys_line():
    """A freighter landing at the airport of the city it serves, in another (西安咸阳国际
    机场, in 咸阳), then the line told by the city's name sentences on: one route, to the
    airport, the finer end."""
    text = (
        "昨天深夜,一架货机由昆明起飞,两个小时后降落于西安咸阳国际机场。"
        "机场的货运量今年增长很快。新开的航线将带来更多货物。"
        "这条昆明—西安货运航线今后每周飞三班,多运鲜花。"
    )
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("昆明市", ["咸阳国际机场"])
    ]
