"""Where a route starts, where it ends and where it stops on its way, read from sentences
written for the purpose: which place or facility is the origin (not where goods were made,
bought or grown, nor who built a corridor), the ends told, and the crossings and ports
passed."""

from __future__ import annotations

import pytest
from reading import _routes

from cqmap.geo.extract import extract_text
from cqmap.geo.gazetteer import gazetteer


def test_a_composite_after_zhi_is_where_a_line_goes_not_a_line_of_its_own():
    """九江至川渝始发集装箱班轮: 川渝 is where the line from 九江 goes, no 四川—重庆 line."""
    routes = extract_text("在沿江向西开通九江至川渝始发集装箱班轮。")["routes"]
    assert routes and all(r["origin"] == "九江港" for r in routes)


@pytest.mark.parametrize(
    ("text", "origin", "destinations"),
    [
        # where goods were made is not where the train leaves from
        (
            "班列满载来自越南的电视机,从钦州港东站发车,将抵达德国杜伊斯堡。",
            "钦州港东站",
            ["杜伊斯堡"],
        ),
        # unless nothing else is said to leave
        (
            "此前来自巴西的纸浆海运到上海港,再用驳船转运至重庆,如今走陆海新通道。",
            "巴西",
            ["重庆市"],
        ),
        # the capital after its province or country, the word for a capital between
        (
            "货运列车将从内蒙古首府呼和浩特,取道蒙古国,一路驶往德国法兰克福。",
            "呼和浩特市",
            ["法兰克福"],
        ),
        ("这趟班列将从广西首府南宁,经过凭祥,开往越南的河内。", "南宁市", ["河内"]),
        # the port inside the country it is named with
        ("专列从团结村站出发,换装货轮后抵达菲律宾的马尼拉港。", "团结村", ["马尼拉港"]),
    ],
)
def test_where_a_route_leaves_from_and_goes_to(text, origin, destinations):
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert (origin, destinations) in routes, routes


def test_who_builds_a_corridor_is_not_where_its_trains_leave():
    text = "陆海新通道由中国西部省份与新加坡合作打造。首趟专列在团结村站首发,运至钦州港。"
    assert all(r["origin"] != "中国" for r in extract_text(text)["routes"])


def test_a_named_line_takes_the_ends_its_movement_names_and_no_more():
    text = (
        "“重庆港—宁波舟山港”江海直达航线常态化开行:货轮驶离涪陵黄旗港,直达宁波舟山港,"
        "随后这批货物将换装海船出口至新加坡。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("黄旗作业区", ["宁波舟山港"])


def test_a_crossing_passed_with_its_epithet_is_a_stop_and_the_train_told_at_it_is_one():
    """越过北大门满洲里: a stop; the train told leaving the crossing first is the same."""
    text = (
        "新年刚开头,“粤满俄”班列已取道北大门满洲里驶出国门,朝俄罗斯的莫斯科开去。"
        "据海关介绍,该班列从东莞石龙站开出,越过北大门满洲里,终点是俄罗斯的莫斯科。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("石龙站", ["莫斯科"], ["满洲里"])]


def test_an_alternative_border_crossing_in_brackets_is_no_origin():
    """经阿拉山口(霍尔果斯)出境: both crossings are stops; the line has no origin told."""
    text = "渝新欧铁路在2011年开通,经新疆阿拉山口(霍尔果斯)出境后,进入哈萨克斯坦,终点是德国的杜伊斯堡。"
    assert not [r for r in extract_text(text)["routes"] if r["origin"] == "霍尔果斯"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 向X发出: sent toward it; 经X: a place it passes, no start
        (
            "中老铁路(江津—万象)班列首发。本趟列车是江津区向老挝万象发出的首趟列车,"
            "将经磨憨口岸出境前往老挝。",
            [("江津区", ["万象"])],
        ),
        # what was done before is not where this train goes on to
        (
            "首列中欧班列从果园港驶出,开往德国杜伊斯堡。此前货物要用汽车运到团结村火车站装车。",
            [("果园港", ["杜伊斯堡"])],
        ),
        # (nor what trains did so many years ago: no end of the trains told loaded now)
        (
            "在成都国际铁路港,工人正为中欧班列吊装集装箱。五年前每周只有两趟班列开往欧洲,"
            "如今每天都有十几列。",
            [],
        ),
    ],
)
def test_where_a_train_is_sent_to_and_has_been(text, expected):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


def test_where_the_cargo_is_from_is_not_where_the_train_leaves():
    text = "在钦州港东站,一列装载越南腰果的班列启程驶往重庆两江新区。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "钦州港东站"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place in an aside that lies in the place before it stands for that place
        ("这趟陆海新通道越南(河内)—中国(重庆)班列缓缓驶进车站。", ("河内", ["重庆市"])),
        # being somewhere is not leaving from it when a 从 follows
        ("在中国访问的越南总理迎接了从河内驶往重庆的国际班列。", None),
    ],
)
def test_ends_in_asides_and_places_one_is_at(text, expected):
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    if expected is None:
        assert all(origin != "中国" for origin, _ in routes), routes
    else:
        assert expected in routes, routes


def test_who_built_a_corridor_with_another_is_not_where_it_starts():
    text = "西部陆海新通道由中国西部各省区与东盟国家携手共建,是一条国际陆海贸易新通道,向南从广西、云南出海。"
    record = extract_text(text)
    assert record["routes"] == [] and [c["name"] for c in record["corridors"]] == ["西部陆海新通道"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "一列西部陆海新通道班列从钦州港东站缓缓驶出,向着重庆方向进发。",
            ("钦州港东站", ["重庆市"]),
        ),
        # (向着 before a place and 出发 after it: setting out for it, not from it)
        ("一趟冷链专列从南宁国际铁路港驶出,向着越南安员站出发。", ("南宁国际铁路港", ["安员站"])),
    ],
)
def test_a_train_heading_towards_a_place_goes_there(text, expected):
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 从X到Y with something carried in its clauses: a movement
        ("货物从果园港搭乘货轮,一路运输到宜昌港。", [("果园港", ["宜昌港"])]),
        ("这趟班列从团结村到钦州港,全程运行两天。", [("团结村", ["钦州港"])]),
        # a span of the way a reporter went, with a corridor named: no route
        ("从嘉陵江到北部湾,从重庆到广西,记者走访了西部陆海新通道沿线。", []),
    ],
)
def test_a_bare_dao_is_a_destination_only_when_something_is_carried(text, expected):
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == expected


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # passenger boats in the movement's clause: no freight route
        ("过去从忠县开往万州、丰都的客轮每天都有,如今码头转向货运。", []),
        # pleasure boats, and tickets for a boat: people aboard, no freight route
        ("国庆长假临近,从宜昌开往巫山的游船一票难求。", []),
        ("节前从景洪驶往老挝琅勃拉邦的船票已经卖完。", []),
        # a line that passes a port named after 经 does not start there
        ("涪陵港拟开通经上海至日本大阪的近洋航线。", [("涪陵港", ["大阪"], ["上海市"])]),
        # one train, its goods shipped on 分别 to two countries: one route
        (
            "一趟班列从永川出发开往钦州,集装箱到港后换船,分别运往越南和泰国。",
            [("永川区", ["越南", "泰国"], ["钦州市"])],
        ),
        # two trains 分别 to two ends: a route each
        (
            "两列班列从团结村分别发往河内和万象。",
            [("团结村", ["河内"], []), ("团结村", ["万象"], [])],
        ),
    ],
)
def test_routes_of_passengers_stops_and_respective_ends(text, routes):
    read = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert read == routes


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("班列运的是公司从澳大利亚进口的锰矿石,运抵遵义北站后转运。", []),  # bought there
        ("这批玉米由美国进口至南京港,再经长江运抵新田港。", [("美国", ["新田港"])]),
    ],
)
def test_where_goods_were_bought_is_no_origin_unless_they_move_from_it(text, routes):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes


def test_china_before_one_of_its_places_is_that_place():
    (route,) = extract_text("首列从中国重庆到白俄罗斯明斯克的中欧班列昨日抵达。")["routes"]
    assert (route["origin"], route["destinations"]) == ("重庆市", ["明斯克"])


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # where it already is is not where it goes (团结村 is in 重庆)
        ("一列西部陆海新通道重庆班列从团结村站始发。", []),
        # a port named after where the goods last go is not where they start
        (
            "客人们了解了越南商品通过陆海新通道运送到重庆的情况,又参观了重庆无水港。",
            [],
        ),
        # a port before where they last go still is (the train arrived there first)
        (
            "一列中欧班列抵达果园港,将于17日将货物通过长江铁水联运至江苏太仓港。",
            [("果园港", ["太仓港"], [], "rail-river")],
        ),
    ],
)
def test_a_corridors_service_starts_where_the_text_says_not_where_it_goes(text, routes):
    assert _routes(text) == routes


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        (
            "首趟班列从小南垭站发出,将通过阿拉山口出境,带着重庆造商品走向欧洲市场。",
            [("小南垭站", ["欧洲"], ["阿拉山口"], "rail")],
        ),
        ("重庆造汽车走向东南亚市场。", []),  # no service: a market, not a route
        ("助力重庆企业从内陆走向开放前沿。", []),
    ],
)
def test_a_service_heading_for_a_market_goes_there(text, routes):
    assert _routes(text) == routes


def test_a_movements_ends_stop_where_the_sentence_turns_to_a_remark_on_it():
    """…前往仪陇县、南部县等地,标志着…开通,这是继…到南充河西码头航线后的第二条: the
    line recalled in the remark is not where these ships go."""
    text = (
        "6艘船舶从北碚犁子林码头出发,沿嘉陵江前往仪陇县、南部县等地,标志着新航线开通,"
        "这是继去年开通的犁子林到南充河西码头航线后的第二条航线。"
    )
    assert _routes(text) == [("北碚犁子林码头", ["仪陇县", "南部县"], [], "river")]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # the service named by its places, and the station it left from: the station
        (
            "西部陆海新通道(重庆涪陵—广西钦州)铁海联运专列从涪陵西站驶出。",
            [("涪陵西站", ["钦州市"], [], "rail-sea")],
        ),
        # a station of the other end is no refinement of this one
        ("渝甬班列(重庆—宁波)从宁波北仑站发出。", [("重庆市", ["宁波市"], [], "rail")]),
        # of a list of lines, the sentence does not say which left from it
        (
            "中欧班列成都—莫斯科、成都—罗兹线路运行平稳 另一趟班列由成都国际铁路港始发",
            [("成都市", ["罗兹"], [], "rail"), ("成都市", ["莫斯科"], [], "rail")],
        ),
    ],
)
def test_a_services_end_named_by_its_place_is_the_station_it_left_from(text, routes):
    assert _routes(text) == routes


def test_a_remark_on_a_corridors_train_names_no_end_of_it():
    """…抵达重庆市江津区,这是首趟经由西部陆海新通道运抵重庆的冷链班列: the remark
    names the end again by a coarser name; the train goes to 江津区, not via it."""
    text = (
        "2月20日,一列满载香蕉的班列从东南亚出发抵达重庆市江津区,"
        "这是龙年首趟经由西部陆海新通道运抵重庆的冷链班列。"
    )
    assert _routes(text) == [("东南亚", ["江津区"], [], "rail-sea")]


def test_ends_each_told_with_its_share_of_the_goods_are_all_ends():
    """发往A 30车,发往B 20车: the goods split between the two ends, each an end; the first
    is no stop on the way to the second."""
    text = "一列化肥专列从宜宾港铁路专用线开出,其中发往昆明30车,发往贵阳20车。"
    assert _routes(text) == [("宜宾港", ["昆明市", "贵阳市"], [], "rail")]


def test_a_corridors_train_ends_where_a_clause_of_the_same_days_other_run_begins():
    """…奔赴莫斯科;同一天,从连云港…驶向阿拉木图: after the semicolon, the same day's other
    run; its end is not where the corridor's train told first goes."""
    text = (
        "年后首趟中欧班列上午从苏州西站开出,驶往莫斯科;同一天,"
        "一批过境货物从连云港发出,开往阿拉木图。"
    )
    assert _routes(text) == [
        ("苏州西站", ["莫斯科"], [], "rail"),
        ("连云港市", ["阿拉木图"], [], "rail"),
    ]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # a quantity of freight is a word of freight: goods from a place arriving
        ("湖北荆州的6万吨砂石成功抵达果园港。", [("荆州市", ["果园港"], [], "unspecified")]),
        # the cargo of a train that says where it left is no movement of its own
        (
            "班列从钦州港东站出发,载着巴西的3万吨纸浆运抵小南垭站。",
            [("钦州港东站", ["小南垭站"], [], "rail")],
        ),
    ],
)
def test_goods_from_a_place_move_unless_they_are_a_trains_cargo(text, routes):
    assert _routes(text) == routes


def test_a_water_route_to_a_country_ends_in_the_country_not_at_one_of_its_ports():
    """日本 is not the one Japanese port the table holds (门司港), named in the sentence or
    not; 门司 itself is that port."""
    assert gazetteer().port_of("日本") is None
    for text in (
        "泸州港开通至日本的近洋航线。",
        "武汉至日本直达航线延伸,先后抵达韩国釜山、日本门司和大阪。",
    ):
        assert any(r["destinations"] == ["日本"] for r in extract_text(text)["routes"]), text
    assert gazetteer().resolve("门司").name == "门司港"


def test_stops_told_with_their_country_and_a_station_named_after_its_city():
    """经过波兰、白俄罗斯到中国阿拉山口: stops, 阿拉山口 the finer of 中国 阿拉山口; 杜伊斯堡车站 (杜伊斯堡站),
    a station of the city, as written."""
    text = (
        "这趟整车班列从德国杜伊斯堡车站出发,经过波兰、白俄罗斯到中国阿拉山口,最后抵达重庆团结村。"
    )
    assert _routes(text) == [("杜伊斯堡站", ["团结村"], ["波兰", "白俄罗斯", "阿拉山口"], "rail")]


@pytest.mark.parametrize(
    ("text", "origin", "name"),
    [
        # the scene, a station in a clause of its own, where the train then leaves
        (
            "3月2日,江津小南垭铁路物流中心,首趟中老铁路(江津—万象)国际货运列车正式发车。",
            "小南垭站",
            "中老铁路(江津—万象)国际货运列车",
        ),
        # a service named by a district of the municipality, leaving from a station of it
        (
            "2020年3月,西部陆海新通道铁海联运班列(重庆长寿—广西钦州)在沙坪坝团结村顺利首发。",
            "团结村",
            "西部陆海新通道铁海联运班列",
        ),
    ],
)
def test_a_service_named_by_its_places_starts_where_it_is_told_leaving(text, origin, name):
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["name"]) == (origin, name)


def test_a_place_alone_in_a_clause_is_no_origin_of_a_train_said_to_leave_another():
    """重庆,…班列从果园港出发: the explicit 从 starts it; a city before it is no scene."""
    (route,) = extract_text("3月2日,团结村,天气晴好,一列班列从果园港出发,驶往钦州港。")["routes"]
    assert route["origin"] == "果园港"


@pytest.mark.parametrize(
    "text",
    [
        "首列中欧班列从团结村站出发。该班列经达州、西安、兰州,从阿拉山口出境,到达德国杜伊斯堡。",
        "首列中欧班列从团结村站出发。该班列途经达州,在阿拉山口口岸出境,终点是德国杜伊斯堡。",
    ],
)
def test_where_a_train_crosses_the_border_is_a_stop_not_its_origin(text):
    routes = _routes(text)
    assert [r[:2] for r in routes] == [("团结村", ["杜伊斯堡"])], routes
    assert "阿拉山口" in routes[0][2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "一列中欧班列从团结村站驶出。班列将在兰州集结,从阿拉山口或霍尔果斯口岸出境,最终抵达杜伊斯堡。",
            ("团结村", ["杜伊斯堡"]),
        ),
        (
            "几辆卡车从大连启程,一路北上,经满洲里口岸进入俄罗斯,最后开到新西伯利亚。",
            ("大连市", ["新西伯利亚"]),
        ),
    ],
)
def test_a_crossing_told_as_one_of_two_or_where_it_enters_a_country_is_no_origin(text, expected):
    """从阿拉山口或霍尔果斯口岸出境 (one of two crossings), 经满洲里口岸进入俄罗斯 (the
    country crossed into): where the train crosses, not where it starts."""
    assert [r[:2] for r in _routes(text)] == [expected]


def test_a_ship_leaving_a_terminal_a_ship_sailing_into_a_port_and_a_company_of_a_place():
    """…班轮在泸州港国际集装箱码头起航 (码头起航: the ship leaves the terminal); 驶入果园港
    (it arrives); 由福建某海运集团…从事 (a company named after its province is no origin)."""
    (route,) = extract_text("集装箱班轮在泸州港国际集装箱码头起航,将沿长江抵达上海港。")["routes"]
    assert (route["origin"], route["destinations"]) == ("泸州港国际集装箱码头", ["上海港"])
    (route,) = extract_text("一艘货轮从宜宾港出发,缓缓驶入果园港。")["routes"]
    assert route["destinations"] == ["果园港"]
    text = "直航开通后,将由福建某海运集团的两艘船从事城陵矶港至香港的水运直达航线货物运输。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("城陵矶港", ["香港特别行政区"])
    ]


def test_a_crossing_the_train_reaches_to_leave_the_country_is_a_stop():
    """班列将用四天抵达阿拉山口出境,再前往中亚五国: 阿拉山口 is passed, not the end."""
    text = "首趟中亚班列从团结村出发,开往哈萨克斯坦。班列将用四天时间抵达阿拉山口出境,再前往五国。"
    assert [r[:2] for r in _routes(text)] == [("团结村", ["哈萨克斯坦"])]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # (two movements told in one sentence: a route each)
        (
            "当天,成都的班列将开往波兰罗兹,重庆的班列将开往德国杜伊斯堡。",
            [("成都市", ["罗兹"]), ("重庆市", ["杜伊斯堡"])],
        ),
        # (the goods arrived somewhere, then going on from there: one journey)
        (
            "该班列从重庆出发,到达保山北站后,再由汽车从瑞丽口岸出口至缅甸。",
            [("重庆市", ["保山北站"])],
        ),
        # (the end named before a movement is none of a movement told after another)
        ("一列班列从重庆出发驶往万象,另一列同日从成都出发。", [("重庆市", ["万象"])]),
        # (运送至, and the end named right after 终点)
        (
            "从团结村中心站装上集装箱,一路向西,最后运送至中欧班列的终点德国杜伊斯堡站。",
            [("团结村", ["杜伊斯堡站"])],
        ),
        # (奔向: a foreign city's short name after it is one)
        ("小龙虾乘着中欧班列从武汉启程,一路奔向莫斯科。", [("武汉市", ["莫斯科"])]),
        # (how far the trains reach each way is no route)
        ("国内多座城市始发中欧班列,南至深圳、北至大庆、东到上海、西到喀什。", []),
        ("班列从重庆出发,向南至钦州港。", [("重庆市", ["钦州港"])]),
    ],
)
def test_each_movement_a_sentence_tells_is_read_to_its_ends(text, routes):
    assert [r[:2] for r in _routes(text)] == routes


def test_a_train_told_leaving_a_city_of_its_province_starts_there():
    text = "2016年,首列广西至北京的冷链集装箱班列从防城港开出。"
    assert [r[:2] for r in _routes(text)] == [("防城港市", ["北京市"])]


def test_where_a_ship_is_bound_and_where_goods_once_changed_service():
    """目的地是江苏泰州: where it goes; 原本需要从重庆转运: where goods changed, no origin."""
    text = "一艘货船从重庆涪陵黄旗港徐徐驶离,沿着长江一路向东进发,目的地是江苏泰州。"
    # (a ship's end named by its city: the city's port, 泰州港)
    assert [r[:2] for r in _routes(text)] == [("黄旗作业区", ["泰州港"])]
    text = "宜宾开通了直达上海的班轮,把原本需要从重庆转运的集装箱货物的运输时间缩短到10天。"
    assert all(r[0] != "重庆市" for r in _routes(text))


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("首趟“重庆—杜伊斯堡”回程班列昨天抵达团结村。", ("杜伊斯堡", ["团结村"])),
        ("中欧班列(成都—罗兹)回程班列抵达成都。", ("罗兹", ["成都市"])),
        # (a way named as it runs: no turning)
        ("杜伊斯堡至成都的回程线路第一次试跑。", ("杜伊斯堡", ["成都市"])),
        # (a way back named as it runs, from abroad home: no turning)
        ("首列中亚(阿拉木图—西安)回程班列满载小麦抵达。", ("阿拉木图", ["西安市"])),
        ("“欧洲—重庆”回程班列去年首次开到了江津。", ("欧洲", ["重庆市"])),
    ],
)
def test_a_lines_return_train_runs_from_its_far_end(text, ends):
    """“重庆—杜伊斯堡”回程班列: the line named by its ends, its train coming back."""
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ends


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # (a city after its country and 的)
        ("班列从东莞石龙站开出,它越过满洲里,终点是俄罗斯的莫斯科。", [("石龙站", ["莫斯科"])]),
        # (a city after its country and the part of it the city lies in: a name of two
        # characters, a word too, is the city there)
        ("首列班列从义乌西站开出,开往德国北部的汉堡。", [("义乌西站", ["汉堡"])]),
        ("首列班列从义乌西站开出,开往德国北部汉堡。", [("义乌西站", ["汉堡"])]),
        # (two runs told one after the other: a route each)
        (
            "5月9日,成都国际铁路港同时开出两列班列,一列去往德国汉堡,另一列去往波兰罗兹。",
            [("成都国际铁路港", ["汉堡"]), ("成都国际铁路港", ["罗兹"])],
        ),
        # (heading that way; a crossing's 国境站 is the crossing)
        (
            "一趟班列从西安新筑站开出后经霍尔果斯国境站离境,朝德国方向开去。",
            [("西安国际港站", ["德国"])],
        ),
        # (cities in brackets after their country, each a line; 马德拉斯 is 清奈 by its
        # former name, not 马德拉, a city of another country)
        (
            "昆明机场陆续开通飞往印度(德里、马德拉斯)、孟加拉(达卡)、尼泊尔(加德满都)的"
            "全货机航线。",
            [
                ("长水国际机场", ["德里"]),
                ("长水国际机场", ["清奈"]),
                ("长水国际机场", ["达卡"]),
                ("长水国际机场", ["加德满都"]),
            ],
        ),
        # (a weak name right before the kind of service to it: 至北部湾铁海联运班列)
        ("陆海新通道重庆至北部湾铁海联运班列发车。", [("重庆市", ["北部湾港"])]),
        # (一 typed for a dash before a weak name: 昆明一怀化)
        (
            "第一列万象—昆明一怀化国际货运接续班列从万象鸣笛出发。",
            [("万象", ["怀化市"])],
        ),
        # (a national new area where a train leaves)
        ("第一列“兰州号”中欧班列由兰州新区发车,一路直达德国汉堡。", [("兰州新区", ["汉堡"])]),
        # (lines a cargo airport opened, flown to places listed: a line each)
        (
            "花湖机场陆续开出的航线已飞到印度德里、比利时列日等地,这座货运枢纽机场日渐成形。",
            [("花湖国际机场", ["德里"]), ("花湖国际机场", ["列日"])],
        ),
        # (flights told with no freight: no route)
        ("航空上,机场开通了从永川飞往黔江、武隆的短途运输航线。", []),
        # (a freighter flying straight there: 直航)
        ("一架货机从成都双流国际机场腾空,直航缅甸仰光。", [("双流国际机场", ["仰光"])]),
        # (a town abroad known for its port or crossing: the facility)
        ("这趟班列从昆明开出,将开往泰国拉廊。", [("昆明市", ["拉廊港"])]),
        ("南京至日本博多的集装箱航线已经开通。", [("南京港", ["博多港"])]),
        ("一列中欧班列从西安开出,驶往比利时泽布吕赫。", [("西安市", ["泽布吕赫港"])]),
        ("柳州开往越南同登的班列每周开行两列。", [("柳州市", ["同登站"])]),
        # (波兰马拉: the crossing by the short name Chongqing's texts give it)
        ("另一班渝新欧班列当晚从重庆开往波兰马拉。", [("重庆市", ["马拉舍维奇"])]),
        # (a network counted after a train is no train going on)
        (
            "一列班列由阿拉山口站开出,开往波兰马拉舍维奇。"
            "取道这个口岸开行的线路已有123条,通达德国、波兰等21个国家。",
            [("阿拉山口", ["马拉舍维奇"])],
        ),
        # (lines of a network counted after a train: lines of their own, not its end told
        # again)
        (
            "当天,一趟中欧班列从吴家山站开出,经阿拉山口出境,直达德国。"
            "目前,武汉已开通了至波兰罗兹、法国里昂、德国汉堡等16条线路。",
            [
                ("吴家山站", ["德国"]),
                ("武汉市", ["罗兹"]),
                ("武汉市", ["里昂"]),
                ("武汉市", ["汉堡"]),
            ],
        ),
        # (a service the place intends to run, told after a train: no train going on)
        (
            "辅线一条是中亚班列,自长沙发车,经阿拉山口开到塔什干。"
            "长沙今年还打算开行经阿拉山口去往欧洲汉堡的班列。",
            [("长沙市", ["塔什干"])],
        ),
        # (goods brought to where the train starts, told after it: no train going on, but
        # a movement of its own from the city, read where its country is named: 德国)
        (
            "这趟进口整车班列从德国杜伊斯堡车站发出,经过波兰、俄罗斯、哈萨克斯坦到中国阿拉山口,"
            "最后抵达重庆团结村。据一家汽车销售公司的负责人介绍,此次搭乘首趟整车班列的30辆汽车"
            "从斯图加特总部陆运至杜伊斯堡场站,并在现场装箱。",
            [("杜伊斯堡站", ["团结村"]), ("斯图加特", ["杜伊斯堡场站"])],
        ),
        # (or a network told by its nodes: what the corridor's goods reach, not the train's)
        (
            "一趟测试班列由重庆开往越南河内。"
            "南向通道投用以后,货物通达新加坡等东盟主要物流节点能少用一周多。",
            [("重庆市", ["河内"])],
        ),
        # (a train told leaving a stop, then from where it started: one route)
        (
            "一趟班列驶离果园港,预计10天后到达波兰的波兹南。"
            "据悉,这趟班列8月2日从厦门发车,4日到达果园港,6日再次出发,驶往波兹南。",
            [("厦门市", ["波兹南"])],
        ),
        # (carried there: 运到, leg by leg; the place between a stop)
        (
            "这批纸先由海船从海南运到广西钦州,再改走铁路运到泸州。",
            [("海南省", ["泸州市"])],
        ),
        # (a ship leaving its berth, then berthing: 离泊, 靠上)
        ("一艘集装箱轮从郑蒲港离泊,预计三天后靠上宁波港。", [("郑蒲港区", ["宁波舟山港"])]),
        # (a ship named by its number leaving a port, heading for another: 离开, 驶去)
        (
            "远顺5698轮满载集装箱慢慢离开太仓港,朝外高桥港区驶去。",
            [("太仓港", ["外高桥港区"])],
        ),
    ],
)
def test_ends_of_trains_told_as_narratives(text, routes):
    record = extract_text(text)
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == routes
    assert "国境站" not in [p["name"] for p in record["ports"]]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (where a ship from abroad berths is where it goes)
        (
            "前不久,一艘货轮载着木材从俄罗斯驶来,停靠九江港,两地之间的直达航线就此开通。",
            ("俄罗斯", ["九江港"], []),
        ),
        # (where it berths on the way is a stop)
        ("货轮从重庆出发,途中停靠万州港,最终抵达上海港。", ("重庆市", ["上海港"], ["万州港"])),
    ],
)
def test_where_a_ship_berths(text, route):
    assert [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]] == [
        route
    ]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (goods exported on from where the train ends: markets, not its end)
        (
            "一列集装箱班列由万州新田港铁路专用线开出,驶往广西钦州港站,"
            "货物到站后再转运出口泰国、越南等国。",
            ("新田港", ["钦州港站"]),
        ),
        # (where goods from elsewhere are unloaded)
        (
            "5月6日,20个装着水泥的集装箱从湖北宜都运来,在重庆果园港顺利卸船。",
            ("宜都市", ["果园港"]),
        ),
        # (sent from a place, then carried to another)
        ("湖北宜都发来的20个标箱水泥运抵果园港。", ("宜都市", ["果园港"])),
        # (sent from a place, unloaded at another; 标准箱 tells freight)
        ("湖北宜都发来的12只标准箱在重庆果园港靠泊卸货。", ("宜都市", ["果园港"])),
        # (a train sent from a place, driving into the port it ends at)
        ("贵州遵义发来的磷肥班列径直开进了重庆果园港。", ("遵义市", ["果园港"])),
    ],
)
def test_where_goods_come_from_and_where_they_are_unloaded(text, route):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [route]


def test_trains_sent_from_places_listed_each_start_a_route():
    """遵义、贵阳发来的班列开进果园港: each place of the list sent a train there."""
    routes = extract_text("遵义、贵阳和六盘水发来的班列都可以开进果园港。")["routes"]
    assert sorted((r["origin"], r["destinations"]) for r in routes) == [
        ("六盘水市", ["果园港"]),
        ("贵阳市", ["果园港"]),
        ("遵义市", ["果园港"]),
    ]


def test_places_goods_are_bound_for_are_no_starts():
    """开行至捷克布拉格的班列驶抵…: 布拉格 is where the train goes, its country told before
    it; nor is a list of places the goods are bound for a list of starts."""
    text = "那趟自湖南株洲开行至捷克布拉格的班列历经16天驶抵波兰西部的某个换装站。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("株洲市", ["布拉格"])
    ]
    assert extract_text("一批运往遵义、贵阳的化肥运抵果园港。")["routes"] == []


def test_where_goods_are_bound_for_is_no_start():
    """发往成都的货物运抵果园港: 成都 is where the goods go on to, not where they came from."""
    for text in ("一批发往成都的笔记本电脑运抵果园港。", "一批运往老挝的化肥当天运抵团结村。"):
        assert extract_text(text)["routes"] == [], text


def test_where_a_train_leaves_the_country_is_no_start():
    for text in (
        "班列已取道满洲里驶出国门,驶向俄罗斯莫斯科。",
        "班列取道满洲里驶出国门,开往莫斯科。",
    ):
        assert all(r["origin"] != "满洲里" for r in extract_text(text)["routes"])


def test_a_train_coming_back_from_a_city_abroad():
    """首列从汉堡返回武汉的班列抵达吴家山站: from 汉堡, to the station it arrived at."""
    text = "2018年8月26日,首列从汉堡返回武汉的中欧班列抵达吴家山站。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("汉堡", ["吴家山站"])
    ]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # a yard its railway office holds, told after 从 with the office (所属的)
        (
            "首趟班列从南京货运中心所属的尧化门铁路货场开出,六天后到达万象。",
            ("南京尧化门铁路货场", ["万象"]),
        ),
        # the end told as a country's capital
        (
            "列车从南京尧化门铁路货场开出,大约六天后到达老挝首都万象。",
            ("南京尧化门铁路货场", ["万象"]),
        ),
        # where a service starts told as its 始发地 (a weak name there is a place)
        ("这趟班列的始发地是奎屯,开往杜尚别,共有41节车皮。", ("奎屯市", ["杜尚别"])),
    ],
)
def test_a_trains_start_held_by_an_office_or_told_as_its_start_and_a_capital_as_its_end(
    text, route
):
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [route]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # 开到: driven to a place, the train's end (not 开到晚上, a time)
        (
            "一列班列拉着41箱货物,从波兰罗兹开到成都青白江。会议从上午开到晚上。",
            [("罗兹", ["青白江区"])],
        ),
        # the provinces that have run such trains, counted: a network, not this train's
        # goods going on
        (
            "一列货物列车从老挝磨丁口岸出发,车上的货物到昆明后将再分销到各省。"
            "另据了解,国内已有25个省市开行过跨境货物列车,货物通达泰国、越南等国家。",
            [("磨丁", ["昆明市"])],
        ),
        # a new ship leaving its shipyard for its first trip: no freight route
        ("这是这艘新船驶离青岛船厂后的第一趟航程,它已停靠武汉阳逻港。", []),
    ],
)
def test_driven_to_a_place_a_network_counted_and_a_ship_from_its_yard(text, routes):
    read = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert read == routes


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # a word of how often between a place's service and where it goes
        ("北部湾港的铁海联运班列常态化开往昆明。", [("北部湾港", ["昆明市"])]),
        # the way back told on its own: 回到 its end (a loop closed, 再回到, is no end)
        (
            "一列中欧班列从沈阳出发,开往德国杜伊斯堡。返程则自杜伊斯堡启程,经波兰回到沈阳。",
            [("沈阳市", ["杜伊斯堡"]), ("杜伊斯堡", ["沈阳市"])],
        ),
        (
            "一架全货机从成都起飞,途经布鲁塞尔飞抵德里,再回到成都。",
            [("成都市", ["德里"])],
        ),
        # a foreign city after 自, or before 启程, is a place
        ("列车自杜伊斯堡启程,驶往沈阳。", [("杜伊斯堡", ["沈阳市"])]),
    ],
)
def test_a_services_frequency_and_its_way_back(text, routes):
    read = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert read == routes


@pytest.mark.parametrize(
    ("text", "routes", "ports"),
    [
        # the crossing told as the train's 出境口岸: a stop
        (
            "一列中欧班列从武汉吴家山站发车,出境口岸为阿拉山口铁路口岸,终点是德国汉堡。",
            [("吴家山站", ["汉堡"], ["阿拉山口"])],
            None,
        ),
        # a network: its lines counted and the countries they reach counted
        (
            "阿拉山口铁路口岸已累计通行114条中欧班列线路,通往波兰、德国等21国。",
            [],
            None,
        ),
        # … the lines counted after their word, the parts of the world told between the
        # places and the count
        (
            "赣州国际陆港已开出中欧班列1600列。"
            "江西中欧班列已开通线路12条,通达哈萨克斯坦、荷兰等欧洲、中亚25个国家的城市。",
            [],
            None,
        ),
        # an opening quote right before where the train goes (踏上开往“西安港”的路程)
        (
            "一列返程班列由哈萨克斯坦多斯托克车站开出,驶入新疆阿拉山口口岸,踏上开往“西安港”的路程。",
            [("多斯特克", ["西安国际港站"], ["阿拉山口"])],
            None,
        ),
        # the office a unit belongs to is no facility
        ("怀化西货运站(隶属长沙铁路物流中心)的负责人介绍了情况。", [], ["怀化西站"]),
    ],
)
def test_a_crossing_told_as_the_exit_a_network_and_an_office_a_unit_belongs_to(text, routes, ports):
    record = extract_text(text)
    read = [(r["origin"], r["destinations"], r["via"]) for r in record["routes"]]
    assert read == routes
    if ports is not None:
        assert [p["name"] for p in record["ports"]] == ports


def test_goods_loaded_at_a_port_and_bound_elsewhere_go_from_there():
    text = "14日,一台造桥机在宜城市的小河港吊装上船,目的地是泰国林查班港。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("宜城市小河港", ["林查班港"])]


def test_goods_gathered_on_the_way_pass_there():
    """在重庆集结后运进…: where goods are gathered on the way is a stop, not a start."""
    text = (
        "这批糖从越南海防港启运,经广西入境,在重庆集结后运进乌鲁木齐,最终运往哈萨克斯坦的阿拉木图。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("海防港", ["阿拉木图"], ["广西壮族自治区", "重庆市"])]


def test_goods_gathered_at_a_place_then_shipped_on_go_from_there_to_each_listed():
    """各地的货柜先集中到重庆,再由中老铁路运往老挝万象、泰国林查班/曼谷: from where they are
    gathered; a slash lists two places."""
    text = "四川、甘肃、山东等地的货柜先集中到重庆,再由中老铁路运往老挝万象、泰国林查班/曼谷等地。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("重庆市", ["万象", "林查班港", "曼谷"])]


def test_trains_told_one_by_one_each_go_to_their_own_end():
    text = "渝新欧还从重庆另发了2班去程班列,一班开往波兰,一班开往德国杜伊斯堡。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("重庆市", ["波兰"]), ("重庆市", ["杜伊斯堡"])]


def test_a_corridors_train_from_the_place_told_before_is_not_told_leaving_it():
    """由此重新开行 (thereby): the train's start stays the city it was told leaving."""
    text = (
        "记者在兰州国际陆港获悉,一趟班列从甘肃省兰州市发车,货物将运到利雅得。"
        "甘肃的西部陆海新通道班列由此重新开行。这批货到广西钦州港后改由轮船运往沙特阿拉伯。"
    )
    origins = {r["origin"] for r in extract_text(text)["routes"]}
    assert origins == {"兰州市"}


def test_where_goods_were_grown_is_no_origin():
    text = "这批运往泰国的苹果都由烟台市栖霞市种出,品质上乘。"
    assert extract_text(text)["routes"] == []


def test_a_train_changed_at_a_hub_on_the_way_goes_on_to_its_end():
    text = (
        "46050次列车从宝鸡东站开出,先到西安国际港站换装中转,再经满洲里铁路口岸离境,"
        "约13天后可到俄罗斯的莫斯科。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("宝鸡东站", ["莫斯科"], ["西安国际港站", "满洲里"])]


def test_who_opened_a_corridor_together_is_not_where_its_trains_leave():
    text = (
        "“南通道”是由新加坡与中国西部省份携手开辟的陆海贸易新通道,经由广西北部湾出海。"
        "据悉,这趟冷链列车的货物主要发往重庆的批发市场。"
    )
    assert all(r["origin"] != "新加坡" for r in extract_text(text)["routes"])


def test_where_a_ship_finally_enters_is_its_end_and_where_it_reached_before_a_stop():
    text = "货船于5月5日驶离南京港,先到达九江湖口,再驶进赣江,最终进入南昌港。"
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("南京港", ["南昌港"], ["湖口县"])]


def test_a_convoy_goes_by_road_and_its_own_country_is_no_stop():
    text = "22日,车队从中国南宁启程,先后通过中国、越南的口岸,车队最后开到金边。"
    routes = [
        (r["origin"], r["destinations"], r["via"], r["mode"]) for r in extract_text(text)["routes"]
    ]
    assert routes == [("南宁市", ["金边"], ["越南"], "road")]


def test_lines_opened_at_a_facility_of_their_start_start_there():
    """贵阳至仰光、贵阳至达卡两条航线在贵阳龙洞堡国际机场开通: both lines start at the airport."""
    routes = extract_text(
        "贵阳至缅甸仰光、贵阳至孟加拉达卡两条全货机货运航线在贵阳龙洞堡国际机场正式开通。"
    )["routes"]
    assert sorted((r["origin"], r["destinations"][0]) for r in routes) == [
        ("龙洞堡国际机场", "仰光"),
        ("龙洞堡国际机场", "达卡"),
    ]


def test_a_line_named_by_its_ends_told_running_from_its_second_end_runs_that_way():
    """黄冈——舟山江海直达航线…从舟山一路直航到黄冈: the line runs from 舟山 (its port, 舟山港,
    as 黄冈's is 黄冈港); named so again later, it is the same line."""
    text = (
        "此次开通的黄冈——舟山江海直达航线由货轮承运,首航从舟山一路直航到黄冈。"
        "眼下,黄冈——舟山江海直达航线上行以运粮食为主。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("舟山港", ["黄冈港"])]


def test_where_lines_can_reach_is_no_end_of_them():
    """…开出“济宁到武汉、太仓、上海”等地16条航线,…能通达南京港、镇江港等50多个港口: a line
    to each of the three; the ports the network can reach are no ends of them."""
    text = (
        "济宁市已开出“济宁到武汉、太仓、上海”等地16条集装箱水运航线,"
        "能通达南京港、镇江港、宁波港等50多个港口。"
    )
    routes = extract_text(text)["routes"]
    assert sorted(d for r in routes for d in r["destinations"]) == ["上海港", "太仓港", "武汉港"]


def test_what_a_run_opens_the_way_to_is_no_end_of_it():
    """…一路开往老挝万象,为大湾区通往东盟地区打开了一条新通道: the run ends at 万象."""
    text = "一列班列从昆明王家营西站首发,一路开往老挝万象,为西南地区通往东盟各国打开了新通道。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("王家营西站", ["万象"])]


def test_an_end_told_after_a_quoted_epithet_of_it_is_the_end():
    """抵达“海上丝绸之路”重要节点国家越南: 越南, its epithet in quotes before it."""
    text = "货轮从南平港启航,顺闽江而下,经福州港中转后,抵达“一带一路”沿线国家泰国。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["via"]) for r in routes] == [
        ("南平港", ["泰国"], ["福州港"])
    ]


def test_a_train_that_returns_home_ends_where_it_turns():
    """驶离X,抵达老挝,到达泰国,随后…返回中国: 泰国, by way of 老挝."""
    text = "冷链班列驶离昆明王家营西站,4天后抵达老挝,6天后到达泰国,随后装上榴莲返回中国。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["via"]) for r in routes] == [
        ("王家营西站", ["泰国"], ["老挝"])
    ]


def test_trains_counted_then_told_each_of_its_own_go_in_turn():
    """两列北向班列分别装着…,从成都、攀枝花出发,开往青岛、淄博: 成都—青岛, 攀枝花—淄博."""
    text = "两列北向班列分别装着元明粉和钛精矿,从成都、攀枝花出发,开往山东青岛、淄博。"
    routes = extract_text(text)["routes"]
    assert sorted((r["origin"], r["destinations"]) for r in routes) == [
        ("成都市", ["青岛市"]),
        ("攀枝花市", ["淄博市"]),
    ]


def test_two_ships_told_in_one_sentence_each_go_their_own_way():
    """…散货船从舟山鼠浪湖矿石中转码头解缆,朝江苏江阴驶去;舟山武港码头的卸船泊位上,…散货船
    也起锚了,目的港是上海罗泾码头: two movements, each from its terminal."""
    text = (
        "散货船从浙江舟山鼠浪湖矿石中转码头解缆,朝江苏江阴驶去;舟山武港码头的25万吨级"
        "卸船泊位上,另一艘散货船也起锚了,目的港是上海罗泾码头。"
    )
    routes = extract_text(text)["routes"]
    assert sorted((r["origin"], r["destinations"]) for r in routes) == [
        ("舟山武港码头", ["上海罗泾码头"]),
        ("舟山鼠浪湖矿石中转码头", ["江阴港"]),  # (a ship's end named by its city: its port)
    ]


def test_by_way_of_a_port_a_crossing_or_where_a_report_came_from_is_no_start():
    """经由广西钦州港: by way of it; 从我国新疆阿拉山口出境: the crossing where it leaves;
    从中国铁路上海局集团公司了解到: where the report came from."""
    assert extract_text("这趟班列就会出发,经由广西钦州港,最终到达东南亚。")["routes"] == []
    text = "中欧班列将从我国新疆阿拉山口出境,穿过哈萨克斯坦一路向西,终点是波兰华沙。"
    assert all(r["origin"] != "阿拉山口" for r in extract_text(text)["routes"])
    text = (
        "从中国铁路上海局集团公司了解到,一趟货运班列由中哈(连云港)物流合作基地开出,开往阿拉木图。"
    )
    assert all(r["origin"] != "上海市" for r in extract_text(text)["routes"])


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("班列从宁波舟山港铁路北仑港站驶出,开往重庆。", "北仑港站", "重庆市"),
        ("首趟进口班列驶出宁波舟山港铁路北仑港站,向重庆开去。", "北仑港站", "重庆市"),
        ("一列班列从重庆开出,运抵宁波舟山港铁路北仑港站。", "重庆市", "北仑港站"),
    ],
)
def test_a_ports_railway_station_named_after_it_is_the_end(text, origin, destination):
    """宁波舟山港铁路北仑港站: the port's railway station, where the train leaves or arrives."""
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == (origin, [destination])


def test_an_unknown_stop_after_its_country_does_not_end_a_chain():
    """中国珲春-俄罗斯扎鲁比诺-韩国束草: 扎鲁比诺 is unknown, a stop in 俄罗斯; the line ends
    at 束草."""
    (route,) = extract_text("中国珲春-俄罗斯扎鲁比诺-韩国束草陆海联合航线复航。")["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "珲春市",
        ["束草"],
        ["俄罗斯"],
    )


def test_crossings_passed_through_are_no_origins():
    """通过河口口岸、友谊关口岸至越南河内的两条运输线路: the crossings are passed; the trucks
    leave 南宁 and 昆明."""
    text = (
        "运输车队从广西南宁、云南昆明同步发车,向越南河内驶去,"
        "贯通了中方通过河口口岸、友谊关口岸至越南河内的两条运输线路。"
    )
    ends = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert ends == {("南宁市", ("河内",)), ("昆明市", ("河内",))}


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (a railway named by the places it joins: no stop)
        (
            "首列班列从昆明出发,经成渝铁路、渝怀铁路抵达怀化。",
            ("昆明市", ["怀化市"], []),
        ),
        # (a road named by its ends: no end of the run, which goes on)
        (
            "货物从拉萨出发,经日喀则至吉隆公路,从吉隆口岸出境运抵加德满都。",
            ("拉萨市", ["加德满都"], ["日喀则市", "吉隆口岸"]),
        ),
        # (a country's railway: the run passes through the country)
        (
            "列车从万象出发,换到泰国铁路一路南下,开到马来西亚巴生港。",
            ("万象", ["巴生港"], ["泰国"]),
        ),
    ],
)
def test_a_railway_or_road_named_by_places_is_no_stop_nor_end(text, route):
    """经成渝铁路, 日喀则至吉隆公路: a way named by the places it joins; 泰国铁路: a
    country's railway, through the country."""
    assert [r[:3] for r in _routes(text)] == [route]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (an end told, then passed: a stop where it was told, before the ones after it)
        (
            "该轮从宁波港起航,驶抵俄罗斯,再逆流而上进入黑龙江,最终到达同江港。",
            ("宁波舟山港", ["同江港"], ["俄罗斯", "黑龙江省"]),
        ),
        # (goods transshipped from a place to another: moved on from there)
        ("这船饲料从张家港转运到周口港。", ("张家港港", ["周口港"], [])),
    ],
)
def test_a_ship_told_of_and_goods_transshipped_to_a_port(text, route):
    """该轮从…起航: the ship told of; 从张家港转运到周口港: goods moved on from there."""
    assert [r[:3] for r in _routes(text)] == [route]


def test_a_train_named_by_where_it_is_bound_arrives_elsewhere_on_its_way():
    """至汉堡的中欧班列…驶抵马拉舍维奇: the train bound for 汉堡, told arriving at a place on
    its way, still ends there; the place is a stop (but each train of a list, 至芦潮港的…班列、
    至重庆的…班列, has its own end)."""
    assert _routes("首列由西安始发至德国汉堡的中欧班列用了10天驶抵波兰马拉舍维奇。") == [
        ("西安市", ["汉堡"], ["马拉舍维奇"], "rail")
    ]
    routes = extract_text("武汉吴家山站开出至上海芦潮港的铁海联运班列、至重庆的沿江班列。")[
        "routes"
    ]
    assert all("重庆市" not in r["via"] for r in routes)


def test_where_the_cargo_came_from_is_no_start_after_where_it_is_loaded():
    """在新田港,…来自澳大利亚的铁矿石…发往达州: the port where the train is loaded starts it
    (known by the verb told past the cargo); where the ore came from starts nothing."""
    assert _routes("在新田港,工人把来自澳大利亚的铁矿石装上列车,随后发往达州。") == [
        ("新田港", ["达州市"], [], "rail")
    ]


def test_a_train_goes_on_to_a_city_named_with_its_country_after_a_stop_there():
    """…到达多斯特克站,换轨后再开往哈萨克斯坦首都阿斯塔纳: the capital named after its country
    is where the train goes on to, the station a stop; not the country told again, coarser,
    of the station it reached."""
    assert _routes(
        "上月一列班列从西安开出,到达多斯特克站,换轨后再开往哈萨克斯坦首都阿斯塔纳。"
    ) == [("西安市", ["阿斯塔纳"], ["多斯特克"], "rail")]


def test_a_word_of_reach_does_not_run_over_a_list_mark_to_a_place():
    """铁路直达运输、南康区集中查验: 直达 names a way of carrying, and the place after the
    list's mark is where another step is done, no place the train reaches."""
    text = "这趟海铁联运班列从前场站出发,驶往赣州,全程采用铁路直达运输、南康区集中查验的通关模式。"
    assert _routes(text) == [("前场站", ["赣州市"], [], "rail-sea")]


def test_a_registered_company_named_after_a_place_is_no_start():
    """由北京某某航空货物运输代理有限公司从…运至银川: the company that moves the goods,
    its long registered name after the place, is no place a run starts."""
    text = "这批服装由北京远达航空货物运输代理有限公司从周边省份以公路运输方式集中运至银川。"
    assert all(origin != "北京市" for origin, *_ in _routes(text))


@pytest.mark.parametrize(
    "text, routes",
    [
        # (the bureau's stations are not in the gazetteer: no end named)
        ("一列运煤车在中卫站编组完毕,开往郑州铁路局管内的略阳西和首阳山。", []),
        # (the station the bureau runs is the end)
        (
            "一趟集装箱班列昨天由青岛站开出,今晨抵达成都铁路局城厢站。",
            [("青岛站", ["城厢站"], [], "rail")],
        ),
    ],
)
def test_a_railway_bureau_named_by_its_seat_is_no_end(text, routes):
    """开往郑州铁路局…, 抵达成都铁路局城厢站: the city names the railway bureau, no place
    the train goes; the station named after the bureau is."""
    assert _routes(text) == routes


def test_a_reporter_riding_a_train_is_no_freight_route():
    """记者从团结村站登上列车,…抵达鱼嘴站: a ride of people told by the reporter aboard,
    no movement of goods."""
    assert _routes("傍晚5时,记者从团结村站登上列车,只花了40分钟就抵达鱼嘴站。") == []


def test_where_shipments_arrived_counted_is_no_start():
    """运抵中国的第五船、抵达山东的第二船: the places the ore reached, each with its count
    of shipments, and no place it left."""
    assert _routes("这船矿石是该矿投产以来运到中国的第五船,也是到达山东的第二船。") == []


@pytest.mark.parametrize(
    "text, routes",
    [
        ("这条全长近900公里的水运航道,自涪陵出发,溯乌江而上,直抵遵义。", []),
        # (a ship told after the way runs on it)
        (
            "这条全长近900公里的水运航道已经通航,一艘货船自涪陵港出发,驶往遵义。",
            [("涪陵港", ["遵义市"], [], "river")],
        ),
    ],
)
def test_a_way_told_by_its_length_is_a_course_not_a_run(text, routes):
    """这条全长…公里的水运航道,自涪陵出发,…直抵遵义: the course of the way, no run on it;
    a ship told after it is one."""
    assert _routes(text) == routes


def test_a_place_named_after_a_part_of_the_end_is_the_end():
    """…运抵哈萨克斯坦东南部阿拉木图, …抵达中国大陆东部浙江省金华市: the part of the country
    told between it and the place in it (东南部, 大陆东部) only says where the place lies;
    the place is the end."""
    assert _routes("一列班列从郑州出发,一周后运抵哈萨克斯坦东南部阿拉木图。") == [
        ("郑州市", ["阿拉木图"], [], "rail")
    ]
    routes = extract_text("首趟班列从杜伊斯堡出发,上周运抵中国大陆东部浙江省金华市。")["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("杜伊斯堡", ["金华市"])]


def test_europe_and_america_told_as_one_is_an_end():
    """欧美, Europe and America named together as where goods go, is a part of the world
    (no region), as 欧洲 is: the train's goods going on there by ship end there."""
    text = "一列班列从合肥北站出发,抵达宁波舟山港后,再经海运发往欧美。"
    assert _routes(text) == [("合肥北站", ["欧美"], ["宁波舟山港"], "rail-sea")]
    assert [r["name"] for r in extract_text(text)["regions"]] == []


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("长沙至匈牙利首都布达佩斯的冷链专列昨日首发。", "布达佩斯"),
        ("首趟西安—哈萨克斯坦东南部阿拉木图班列上周发车。", "阿拉木图"),
    ],
)
def test_a_line_named_to_a_country_then_a_place_in_it_ends_at_that_place(text, end):
    """至匈牙利首都布达佩斯的冷链专列: a line named by its ends whose last is a country told
    finer right after it, by its capital or a part of it, ends at the place named."""
    assert [d for r in extract_text(text)["routes"] for d in r["destinations"]] == [end]


def test_the_goods_of_one_run_shared_between_two_ends_go_to_both():
    """一半运往A,另一半运往B: one run's goods shared, both its ends, neither a stop; two
    runs told so (一列…,另一列…) are a route each."""
    text = "这趟班列由长春新区国际港始发,装了40个集装箱,一半运往呼和浩特,另一半运往兰州。"
    assert [r[:3] for r in _routes(text)] == [("长春新区国际港", ["呼和浩特市", "兰州市"], [])]
