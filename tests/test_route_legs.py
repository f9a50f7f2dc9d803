"""A route told over several clauses or sentences: onward legs (a train's goods going on by
ship, or handed to another service), the same run told again (one route, its stops and
ends kept), and where the telling of one movement stops and another begins."""

from __future__ import annotations

import pytest
from reading import _routes

from cqmap.geo.extract import extract_text


def test_a_service_opened_in_the_next_sentence_is_no_onward_leg():
    """开行至俄罗斯的班列 in the sentence after a line to 比什凯克 opens a service of its own:
    the first line still ends at 比什凯克."""
    text = (
        "今年,湛江市已向西开行至吉尔吉斯斯坦比什凯克的中欧班列。"
        "此外,还向北开行了至俄罗斯的中欧接续班列。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes][:1] == [("湛江市", ["比什凯克"])]


def test_goods_sent_straight_on_by_rail_and_sea_extend_the_train_over_the_sea():
    """…抵达厦门港。随后,货物通过铁海联运模式直运台湾台中、基隆: the train's route goes on
    to those ports, by rail and sea (直运: sent straight there)."""
    text = (
        "10日,一列货运列车从南昌向塘国际陆港出发,次日抵达厦门港。"
        "随后,这批货物将通过铁海联运模式直运台湾台中、基隆等港口。"
    )
    assert _routes(text) == [("南昌国际陆港", ["台中港", "基隆港"], ["厦门港"], "rail-sea")]


def test_a_train_told_leaving_is_sent_on_to_where_it_delivers_not_where_figures_go():
    """…从南宁国际铁路港启动发车。这趟列车…将货物送达老挝万象: where it goes (送达); a
    sentence of figures (统计显示,…始发的班列已累计发送…) tells no train leaving."""
    text = "一趟货物列车近日从南宁国际铁路港启动发车。这趟列车全程运行约3天,将货物送达老挝万象。"
    assert _routes(text) == [("南宁国际铁路港", ["万象"], [], "rail")]
    text = (
        "统计显示,今年广西始发的中越班列已累计发送货物1万标箱。"
        "班列所运货物品类丰富,出境货物则送达越南、老挝、泰国等国家。"
    )
    assert _routes(text) == []


def test_where_ships_can_reach_from_a_port_is_no_onward_leg():
    """船舶经此可抵达…,出海后,可直达美国、日本: the port's reach, not the barges told
    before going on; a run's time (约2天后可到达) is where it goes."""
    text = (
        "近日,货船牵引驳船驶离黑河港,前往俄罗斯布拉戈维申斯克。"
        "船舶经此可抵达黑龙江水系各港,出海后,可直达日本、韩国等国家。"
    )
    routes = extract_text(text)["routes"]
    assert [r["destinations"] for r in routes] == [["布拉戈维申斯克"]]
    # (货物可方便分拨到…: where goods can be handed on from its end)
    text = (
        "12月20日,西安开行X8159次列车前往布达佩斯。"
        "布达佩斯是中东欧的物流中心,货物可方便分拨到斯洛伐克、奥地利等国家。"
    )
    assert [r["destinations"] for r in extract_text(text)["routes"]] == [["布达佩斯"]]


def test_where_ships_can_go_straight_from_a_port_is_no_route_of_it():
    """A port told by the golden waterway it ships on, then what boats will be able to
    reach once a canal is dug (可直抵, 可直航, as 可直达): no run from the port."""
    for verb in ("直抵", "直航"):
        text = (
            "宿迁港是运河边的老港,货物一向走“运河-长江”黄金水道。"
            f"等新航道挖通,这里的千吨货船可{verb}南京、上海。"
        )
        assert extract_text(text)["routes"] == []


def test_a_ship_told_sailing_with_no_start_leaves_the_port_of_the_sentence_before():
    """某港…纪录。“某某”轮本航次…驶往釜山: the ship sails from the port the sentence before
    was about; not a train told so, nor ships told lying at a port before they sail."""
    text = "今年以来,日照港的对韩航线屡创出口纪录。“海风”轮本航次装载320标箱驶往韩国釜山,几乎满载。"
    assert _routes(text) == [("日照港", ["釜山"], [], "sea")]
    text = "今年以来,日照港的铁路集装箱量屡创纪录。该班列本次装载50车,开往西安。"
    assert _routes(text) == []
    text = "今年以来,日照港的对韩航线屡创纪录。停在青岛港的三艘货轮一起解缆,航向韩国。"
    assert _routes(text) == []


def test_a_train_goes_on_where_the_next_sentence_says():
    text = "首趟班列从鱼嘴站出发,驶往钦州港。班列将经钦州港运输至越南、印度等地。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "鱼嘴站",
        ["越南", "印度"],
        ["钦州港"],
    )
    # the goods told again as "this lot" of what they are (这批汽车, 这批榴莲)
    text = "一批汽车搭乘中欧班列从兴隆场站始发。这批汽车将经满洲里出境,约20天后运抵比利时。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "兴隆场站",
        ["比利时"],
        ["满洲里"],
    )
    # a river liner's goods shipped on from Shanghai are another service's
    text = "新田港至上海港的班轮每周三班。货物抵达上海港后换装海轮,再出口至马来西亚。"
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == ["上海港"]


@pytest.mark.parametrize(
    "text",
    [
        # a line about the cargo between the train and where it goes on to
        "首趟班列从鱼嘴站驶出,开往钦州港。此趟班列共装载80个标箱。\n班列将经钦州港运输至越南、印度等地。",
        # a corridor named at the origin in between; the goods pass the train's end
        "首趟班列从鱼嘴站驶出,开往钦州港。鱼嘴站在陆海新通道上地位重要。"
        "本次班列运载的货物再通过钦州港分拨至越南、印度等国家。",
    ],
)
def test_the_train_that_goes_on_is_the_one_whose_end_the_goods_pass(text):
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "鱼嘴站",
        ["越南", "印度"],
        ["钦州港"],
    )


def test_a_service_told_by_its_ends_and_again_with_more_ends_is_one_route():
    text = (
        "中老铁路(达州—万象)国际货运列车首发。班列从达州出发,将经重庆、云南到达老挝琅勃拉邦和万象。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "达州市"
    assert route["destinations"] == ["万象", "琅勃拉邦"]
    assert route["via"] == ["重庆市", "云南省"]


def test_a_liner_told_again_as_a_near_sea_line_is_one_route_of_the_combined_mode():
    text = (
        "12月16日,“宜宾至武汉至上海直达日本航线”首航集装箱班轮在宜宾港起航。"
        "宜宾至武汉至上海直达日本近洋航线的开通,标志着宜宾港走向国际市场。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["mode"]) == (
        "宜宾港",
        ["日本"],
        "river-sea",
    )


def test_a_train_does_not_go_on_to_where_it_is_planned_to_go():
    text = (
        "首趟班列从团结村出发,经凭祥出境后前往越南河内。该班列远期将通过泛亚铁路直达泰国、新加坡。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == ["河内"] and route["via"] == ["凭祥"]


def test_a_train_does_not_go_on_to_where_goods_to_come_will_go():
    text = "“衡阳—钦州港”铁海联运班列昨日首发。后续还将安排多批货物经这条班列发往越南、泰国。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("衡阳市", ["钦州港"])


def test_a_train_does_not_go_on_to_a_channel_explored():
    """探索西安直达中东欧的国际货运通道: an aim, not where the train told goes on to."""
    text = (
        "首列班列从兰州东川站始发,经霍尔果斯出境,抵达阿塞拜疆巴库。"
        "为深化合作,兰州探索直达中东欧的国际货运通道,与多家企业共同推动班列常态化。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == ["巴库"]


def test_a_stop_told_again_as_an_end_stays_a_stop():
    text = (
        "首趟班列从果园港出发,开往钦州港。货物再通过钦州港分拨至越南。"
        "该班列2天即可到达钦州港,换海船到越南不超过10天。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == ["越南"] and route["via"] == ["钦州港"]


def test_one_service_named_two_ways_is_one_route_with_its_names():
    text = (
        "5月8日,万州港至上海港的集装箱班轮首航。这条“万沪快线”往返于万州港和上海港之间,每周两班。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "万州港" and route["destinations"] == ["上海港"]
    assert route["names"] == ["万州港至上海港的集装箱班轮"] and route["opened"] == "05-08"


def test_a_train_told_going_on_as_it_goes_on():
    """它 opening the next sentence: the train that left, going on (它将途经满洲里…)."""
    text = (
        "一趟中欧班列(重庆)从沙坪坝区团结村中心站驶出。"
        "它将途经满洲里,15天后抵达俄罗斯,为俄罗斯朋友带去重庆造产品。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "团结村",
        ["俄罗斯"],
        ["满洲里"],
    )


def test_a_departure_from_a_finer_place_refines_the_routes_origin():
    """A liner named by its ports, then told leaving one of the port's terminals with no
    end named: the terminal is where the route starts (its evidence says so)."""
    text = "涪陵—南京集装箱班轮今日首航。上午9时,满载货物的货轮缓缓驶离涪陵港龙头作业区。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("龙头港", ["南京港"])  # (its 作业区)
    assert [e["pattern"] for e in route["evidence"]] == ["X—Y service", "departure"]


def test_a_train_told_again_from_where_its_goods_started_is_one_route():
    """这是首列“A—B—C”班列 after a train from a station of B to C: one route, from A,
    with the station where it left as a stop."""
    text = (
        "12月3日上午,满载泰国大米的班列从钦州港东站发出,将于4天后到达重庆团结村。"
        "这是首列“泰国曼谷—中国钦州—中国重庆”铁海联运班列。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "曼谷",
        ["团结村"],
        ["钦州港东站"],
    )
    assert route["mode"] == "rail-sea"


def test_the_ships_of_a_voyage_told_going_on_extend_its_route():
    text = (
        "从遵义港发出的8艘货船沿乌江而下,途经思南到达沿河。货船将沿乌江水路直奔重庆涪陵进入长江。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("遵义港", ["涪陵区"])
    assert route["via"] == ["思南县", "沿河土家族自治县"]  # (思南: a weak name, then 到达)


def test_a_ship_told_leaving_then_arriving_a_sentence_on_is_one_route():
    text = (
        "3月8日9时,装满化肥的“长江6”轮从阳逻港出发。"
        "10天后,“长江6”轮将驶抵越南胡志明市凯莱港,结束首航。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("阳逻港", ["凯莱港"])
    assert route["mode"] == "river-sea"  # (a ship by its name, to a port across the sea)
    assert [e["sentence"] for e in route["evidence"]] == [0, 1]
    # (a sentence that names a start of its own is another movement)
    text = "货轮从阳逻港出发。另一艘货轮从九江港出发,抵达上海港。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("九江港", ["上海港"])
    ]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # told with the liner, in the same sentence
        (
            "广安至重庆果园港集装箱班轮今日首航,船上的货物将经果园港通过江海联运至上海港,"
            "最终运至浙江省嘉兴市。",
            [
                ("广安市", ["果园港"], [], "river"),
                ("广安市", ["嘉兴市"], ["果园港", "上海港"], "river-sea"),
            ],
        ),
        # told a sentence on, as planned (按计划 is what this shipment does)
        (
            "南充至重庆集装箱航线首航。按计划,船上的石英砂将在果园港换装,以江海联运方式"
            "抵达天津港,终点是河北省唐山市。",
            [
                ("南充港", ["唐山市"], ["果园港", "天津港"], "river-sea"),
                ("南充港", ["重庆市"], [], "river"),
            ],
        ),
        # not through the liner's end: another shipment
        (
            "南充至重庆集装箱航线首航。另有一批货物在宜昌港换装,以江海联运方式运至上海港。",
            [("南充港", ["重庆市"], [], "river")],
        ),
        # a plan is not this shipment
        (
            "南充至重庆集装箱航线首航。远期计划将货物经果园港以江海联运方式运至上海港。",
            [("南充港", ["重庆市"], [], "river")],
        ),
    ],
)
def test_a_liners_goods_shipped_on_by_sea_from_its_end_are_a_movement_of_their_own(text, routes):
    """The liner stays a liner (its service ends at its port); the goods that go on by
    江海联运 through its end are a route from the liner's origin, its end a stop."""
    assert _routes(text) == sorted(routes)


def test_a_trains_goods_shipped_on_by_river_are_no_part_of_the_train():
    """A train's onward sentence by 江海联运 tells a liner's service, not where the train
    goes: the train keeps its ends."""
    text = "涪陵西站至武汉的沿江班列今日首发。这些货物到达武汉后,随后将通过江海联运发往韩国。"
    assert _routes(text) == [("涪陵西站", ["武汉市"], [], "rail")]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # an end of one telling is a stop of the other: the train goes on
        (
            "秀山站首次开行至钦州港东站的西部陆海新通道班列。西部陆海新通道班列从秀山站"
            "货场驶出,经钦州港东站转海运出口至马来西亚、越南。",
            [("秀山站", ["马来西亚", "越南"], ["钦州港东站"], "rail-sea")],
        ),
        # a stop told by its port and by its station is one stop, the station
        (
            "首趟班列从团结村开往钦州港。该班列经钦州港东站转海运至新加坡。",
            [("团结村", ["新加坡"], ["钦州港东站"], "rail-sea")],  # (on by sea)
        ),
    ],
)
def test_a_train_told_twice_passes_the_end_of_its_first_telling(text, routes):
    assert _routes(text) == routes


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # where the goods go is not where a transhipment starts (no 上海港 → 重庆港)
        (
            "从宜宾港到上海港需要在重庆港中转换船。",
            [("宜宾港", ["上海港"], ["重庆港"], "river")],
        ),
        # what was done before is not where this train goes on to
        (
            "首趟班列从重庆开往满洲里。在此之前,重庆运往俄罗斯的货物基本走海运。",
            [("重庆市", ["满洲里"], [], "rail")],
        ),
    ],
)
def test_what_was_done_before_and_where_goods_go_start_no_route(text, routes):
    assert _routes(text) == routes


def test_a_liner_told_again_from_its_port_after_leaving_its_terminal_is_one_route():
    """The liner left a terminal of its port's district (its origin refined to it); told
    again from the port by the same name, it is the same liner."""
    text = (
        "沪渝直达快线万州—上海班轮成功首航。当天,货轮缓缓驶离万州江南集装箱码头。"
        "万州区负责人表示,万州—上海班轮开通,将增强万州港的集货能力。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("万州江南集装箱码头", ["上海港"])
    assert [e["pattern"] for e in route["evidence"]] == ["X—Y service", "departure", "X—Y service"]


def test_a_liners_goods_that_change_to_a_sea_ship_end_the_liner_there():
    """…驶离宜宾港,…快线启航,将在抵达上海港后,最终转海船发往俄罗斯: the liner goes to
    上海港; the sea ship is another service."""
    text = "船舶缓缓驶离宜宾港,集装箱班轮快线正式启航,将在抵达上海港后,最终转海船发往俄罗斯。"
    assert ("宜宾港", ["上海港"], [], "river") in _routes(text)


def test_trains_of_one_day_from_several_stations_are_a_route_each_and_go_on_alike():
    """从团结村、鱼嘴、小南垭等多个站点同时驶出, then where their goods go on: every
    station's train goes there; a train of another corridor from one of the stations,
    told before, keeps its own end."""
    text = (
        "清晨,团结村站汽笛长鸣,一列中欧班列驶出站台,奔赴欧洲。"
        "同日,西部陆海新通道班列从团结村、鱼嘴、小南垭等多个站点同时驶出。"
        "这些班列装着家电和汽车配件,以铁海联运方式运往泰国、越南等地。"
    )
    routes = _routes(text)
    assert ("团结村", ["欧洲"], [], "rail") in routes
    for station in ("团结村", "鱼嘴站", "小南垭站"):
        assert (station, ["泰国", "越南"], [], "rail-sea") in routes, routes
    assert len(routes) == 4


def test_trains_leaving_several_yards_listed_after_the_verb_are_a_route_each():
    """分别驶出X、Y和Z三大场站,发往…: each yard's train goes to all the ends told."""
    text = "当天上午,三列班列分别驶出西安、郑州和兰州三大场站,发往明斯克、华沙等城市。"
    routes = _routes(text)
    for city in ("西安市", "郑州市", "兰州市"):
        assert (city, ["明斯克", "华沙"], [], "rail") in routes, routes
    assert len(routes) == 3


def test_trains_each_leaving_a_place_listed_before_the_verb_are_a_route_each():
    """X站、Y站分别开出…,驶往…: each station's train goes to the end told (the last with its
    city before it)."""
    text = "新年首日,成都城厢站、重庆团结村站分别开出一趟中欧班列,装着家电驶往俄罗斯。"
    routes = sorted(r[:2] for r in _routes(text))
    assert routes == [("团结村", ["俄罗斯"]), ("城厢站", ["俄罗斯"])], routes


def test_trains_from_places_listed_right_before_where_they_go_are_a_route_each():
    """从重庆和成都开往欧洲: two places left, one end; a route from each."""
    text = "元旦当天,装满货物的中欧班列从西安和郑州开往欧洲。"
    assert sorted(r[:2] for r in _routes(text)) == [("西安市", ["欧洲"]), ("郑州市", ["欧洲"])]


def test_a_corridors_lines_told_one_after_another_by_their_ends_are_a_route_each():
    """从X到Y,从Z到W,…如今都可以通过中欧班列相连: a line each, to its own end (the end
    told with its country or city before it: 莫斯科的沃尔西诺)."""
    text = (
        "从成都到波兰罗兹,从西安至德国汉堡,从长沙到俄罗斯莫斯科的沃尔西诺,"
        "这些城市如今都可以通过中欧班列相连。"
    )
    assert sorted(_routes(text)) == [
        ("成都市", ["罗兹"], [], "rail"),
        ("西安市", ["汉堡"], [], "rail"),
        ("长沙市", ["沃尔西诺站"], [], "rail"),
    ]


def test_a_train_of_the_sentences_before_leaves_from_the_port_they_were_about():
    """这趟班列将出发前往钦州港, a paragraph after the station is named: from the station;
    with no port named before, no route."""
    text = (
        "4月9日上午,在重庆团结村中心站,调度员紧盯着监控屏幕。\n"
        "屏幕上,工人正在紧张装箱。\n"
        "当天下午3点,这趟装满摩托车配件的班列,将出发前往广西钦州港。"
    )
    assert _routes(text) == [("团结村", ["钦州港"], [], "rail")]
    assert _routes("当天下午3点,这趟装满摩托车配件的班列,将出发前往广西钦州港。") == []
    # (far from the port, the sentence is about another train)
    far = "团结村中心站迎来开放日。\n屏幕上,工人正在装箱。\n天气晴好。\n这趟班列将出发前往钦州港。"
    assert _routes(far) == []


def test_two_trains_named_only_by_their_corridor_are_one_only_where_their_ends_agree():
    """南向通道 toward 新加坡 from 北部湾港, and its up-direction test train from 钦州港站 to
    遵义北站: two routes. 中欧班列 to 杜伊斯堡, told again going to 欧洲: one."""
    text = (
        "南向通道把北部湾港作为始发港,先走铁路,再向南经海运至新加坡、南亚。"
        "7月3日,南向通道首趟上行测试班列从钦州港站发出,于次日到达遵义北站。"
    )
    assert _routes(text) == [
        ("北部湾港", ["新加坡", "南亚"], [], "rail-sea"),
        ("钦州港站", ["遵义北站"], [], "rail-sea"),
    ]
    text = (
        "首列从果园港始发的中欧班列驶出站台,开往德国杜伊斯堡。这是一次突破。各方都很关注。"
        "集团负责人说,中欧班列在果园港实现水铁联运直达欧洲,辐射周边省份。"
    )
    assert [r[:2] for r in _routes(text)] == [("果园港", ["杜伊斯堡"])]


def test_a_trains_goods_told_going_on_leave_it_where_they_change_to_another_service():
    """…到达盐田港后,通过驳船运至葵青港,换装国际班轮发往欧洲: the train's goods go on to
    葵青港; the liners from there are another service."""
    text = (
        "首趟班列从团结村发出,驶往深圳盐田港。班列所载货物到达盐田港后,"
        "将通过驳船运至香港葵青港,换装国际班轮发往欧洲、日本等地。"
    )
    assert _routes(text) == [("团结村", ["葵青港"], ["盐田港区"], "rail")]


def test_goods_going_on_by_some_sea_ship_are_no_route_of_their_own():
    """…抵达广州南沙港,随后换装海轮运往中东市场: the train's route ends at the port; the sea
    ship is no service the text tells (a named one is: 转搭华南集装箱快线)."""
    text = (
        "一列铁海联运专列从果园港鱼嘴站发出,预计48小时后抵达广州南沙港,随后换装海轮运往中东市场。"
    )
    assert _routes(text) == [("鱼嘴站", ["南沙港区"], [], "rail-sea")]


def test_goods_taken_over_by_another_carrier_leave_the_train_where_it_ends():
    """…发往兰州西站,到站后由当地物流公司接力,再发往中亚: another carrier takes the goods
    on (接力, a relay), as where they change service; the train's route ends at the station."""
    text = "这趟班列先从西安国际港站发往兰州西站,到站后由当地物流公司接力,再组织发往阿拉木图。"
    assert [r[:2] for r in _routes(text)] == [("西安国际港站", ["兰州西站"])]


def test_a_train_told_leaving_then_planned_to_arrive_in_a_clause_of_its_own():
    """…专列从松原粮库专用线驶出。这是首趟…专列,列车计划在3天后抵达沂南站: the plan is the
    train's own course, told of it in its clause; a plan told of anything else is none."""
    text = (
        "8日夜里,满载玉米的专列从松原粮库专用线驶出。这是当地首趟发往山东的散粮专列,"
        "列车计划在3天后抵达沂南站。"
    )
    assert [r[:2] for r in _routes(text)] == [("松原粮库专用线", ["沂南站"])]
    text = "8日夜里,满载玉米的专列从松原粮库专用线驶出。这是当地首趟散粮专列,当地计划明年开通至沂南站的班列。"
    assert [r[:2] for r in _routes(text)] == []


def test_trains_counted_each_to_its_end_are_no_leg_of_the_train_before():
    """…班列从南昌国际陆港驶出,向宁波穿山港进发。…共发出4趟班列,分别开往厦门港、北仑港…: the
    trains counted go each to its own end; the train told before still goes to 穿山港."""
    text = (
        "当晚,一趟班列从南昌国际陆港缓缓驶出,向宁波穿山港进发。"
        "当天,陆港共发出4趟班列,分别开往厦门港、北仑港、穿山港和江阴港。"
    )
    assert [r[:2] for r in _routes(text)][:1] == [("南昌国际陆港", ["穿山港区"])]


def test_goods_spread_over_china_from_where_the_train_arrives_end_it_there():
    """…从磨憨站发车。该趟列车…到达蒙自北站,再由那里集散至中国各地: the station is the train's end;
    China adds nothing."""
    text = "当天,首列大米专列从磨憨站发车。列车约两天后到达蒙自北站,再由那里集散至中国各地。"
    assert [r[:2] for r in _routes(text)] == [("磨憨", ["蒙自北站"])]


def test_a_trains_goods_told_leaving_its_port_for_abroad_go_on_with_it():
    """…开往宁波舟山港。这些货物将从宁波舟山港装船出海,…出口至印度: the goods leaving the
    train's port for abroad are its route going on; a line the port opens is its own, and
    goods going on in China by a line of its own too."""
    text = (
        "上周五,一列海铁联运班列从合肥北站物流基地出发,开往宁波舟山港。"
        "这些货物将从宁波舟山港装船出海,经远洋航线出口至巴基斯坦、印度等国。"
    )
    assert _routes(text) == [("合肥北站物流基地", ["巴基斯坦", "印度"], ["宁波舟山港"], "rail-sea")]
    text = "上周五,一列班列从合肥北站物流基地出发,开往宁波舟山港。宁波舟山港当天开通至印度的航线。"
    assert [r[:2] for r in _routes(text)] == [
        ("合肥北站物流基地", ["宁波舟山港"]),
        ("宁波舟山港", ["印度"]),
    ]


def test_where_a_services_lines_have_spread_is_no_leg_of_its_train():
    """…从合肥北站物流基地出发驶向德国汉堡。开行以来,线路已陆续拓展至白俄罗斯明斯克、
    芬兰赫尔辛基: the network's reach, not the train going on; but a line extended once to
    one more end (首次把线路延伸到德国汉堡) is a route of its own."""
    text = (
        "9月上旬,中欧班列从合肥北站物流基地出发驶向德国汉堡。"
        "开行以来,该省中欧班列的线路已陆续拓展至白俄罗斯明斯克、芬兰赫尔辛基等城市。"
    )
    assert [r[:2] for r in _routes(text)] == [("合肥北站物流基地", ["汉堡"])]


def test_goods_handed_on_in_china_where_a_run_ends_are_no_part_of_it():
    """…抵达重庆后将运转至成都及周边地区进行分销: the train ends at 重庆; a rail-sea train's
    goods shipped on abroad still go on with it."""
    text = "冷链班列在老挝万象南站发车,经磨憨口岸入境,抵达重庆后将运转至成都及周边地区进行分销。"
    assert [r[:2] for r in _routes(text)] == [("万象南站", ["重庆市"])]
    text = "班列从团结村出发,抵达钦州港后转运至新加坡。"
    assert [r[:2] for r in _routes(text)] == [("团结村", ["新加坡"])]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # (a train's goods going on by ship, no service named: one rail-sea route, the
        # port a stop)
        (
            "一列班列从鱼嘴站出发,抵达钦州港东站后通过船舶转运至越南、印尼。",
            [("鱼嘴站", ["越南", "印度尼西亚"], ["钦州港东站"], "rail-sea")],
        ),
        (
            "一列集装箱班列从重庆出发,抵达钦州港集装箱办理站,然后从钦州港码头转海运发往印度。",
            [("重庆市", ["印度"], ["钦州港集装箱办理站"], "rail-sea")],
        ),
        (
            "班列从涪陵西站出发,驶往钦州港。货物到钦州港后,再换装海运货轮运抵新加坡。",
            [("涪陵西站", ["新加坡"], ["钦州港"], "rail-sea")],
        ),
        # (the ship told before the word of changing, a remark on the network after the
        # goods' ends)
        (
            "铁海联运班列由团结村站开出,运抵钦州港东站,再按船期经海运转驳至新加坡、雅加达,"
            "至此该地国际班列已通达百余个城市。",
            [("团结村", ["新加坡", "雅加达"], ["钦州港东站"], "rail-sea")],
        ),
        # (ferried across a sea, then on by rail to its end: one rail-sea route)
        (
            "一列中欧班列从乌鲁木齐出发,抵达阿克套港后转乘轮渡横渡里海,再由铁路运抵巴库。",
            [("乌鲁木齐市", ["巴库"], ["阿克套港"], "rail-sea")],
        ),
        # (a liner named for the sea leg is a service of its own; the train ends at the port)
        (
            "班列从鱼嘴站出发,驶往钦州港。货物将运至钦州港,再换装远洋班轮运抵新加坡。",
            [("鱼嘴站", ["钦州港"], [], "rail")],
        ),
        # (shipped on to a market: the goods are sold there, the train ends at the port)
        (
            "专列从鱼嘴站发出,预计两天后抵达南沙港,随后换装海轮运往中东市场。",
            [("鱼嘴站", ["南沙港区"], [], "rail")],
        ),
        # (the sea told only in a comparison after the train's end)
        (
            "班列驶出贵阳国际陆港,奔赴俄罗斯莫斯科,比传统先陆运再海运缩短了20天。",
            [("贵阳国际陆港", ["莫斯科"], [], "rail")],
        ),
    ],
)
def test_a_trains_goods_going_on_by_ship_are_its_rail_sea_route(text, routes):
    assert _routes(text) == routes


def test_people_boarding_a_train_are_no_goods_going_on():
    text = "当日,陆海新通道班列从钦州港出发,驶往团结村。次日,代表团一行踏上开往成都的列车。"
    assert [r[:2] for r in _routes(text)] == [("钦州港", ["团结村"])]


def test_a_services_other_direction_and_where_its_goods_are_sold_are_no_routes_of_their_own():
    """渝穗班列 from 果园港 to 南沙港, its 对向列车 the same day, and the goods it carries
    exported to 非洲: one route."""
    text = (
        "15日,渝穗海铁联运(重庆果园港—广州南沙港)国际班列从重庆果园港驶出,开往广州南沙港。"
        "同一时间,从南沙港驶向果园港的对向列车也已发车。"
        "渝穗班列所运的主要是销往东南亚、非洲、欧美的机械和化工品。"
    )
    assert [r[:2] for r in _routes(text)] == [("果园港", ["南沙港区"])]


def test_a_train_leaving_again_from_where_it_arrived_is_one_route():
    """…到达二连浩特口岸,办好手续后再从二连浩特出发驶往徐州: one train, the crossing a stop."""
    text = (
        "木材班列5月27日由俄罗斯乌兰乌德开出,6月9日到达二连浩特口岸,在那里办完入关手续,"
        "6月15日再从二连浩特出发驶往徐州。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "乌兰乌德",
        ["徐州市"],
        ["二连浩特"],
    )


def test_a_clause_after_a_semicolon_on_a_service_of_its_own_is_read_apart():
    """渝桂新班列…开往新加坡;北部湾至香港航线也已启动: two clauses, two services; the
    movement of the first ends at the semicolon."""
    text = "渝桂新班列从重庆出发、经广西开往新加坡,已常态化运营;北部湾至香港的航线也已启动。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("重庆市", ("新加坡",)), ("北部湾港", ("香港特别行政区",))}


def test_a_clause_after_a_semicolon_going_on_with_the_same_train_stays_its_route():
    text = "一列班列从东莞石龙站开出,满载家电;几天后,它经满洲里出境,终点是莫斯科。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "石龙站",
        ["莫斯科"],
        ["满洲里"],
    )


def test_a_line_named_in_quotes_then_told_with_this_takes_the_run_before_it():
    """“泰国—钦州—重庆”这条线路由此开通: the train of the sentence before, from where its
    goods started, on the day it left."""
    text = (
        "6月8日上午,一趟铁海联运班列由广西钦州港东站开出,车上是泰国的榴莲,约3天后到达重庆。"
        "“泰国—钦州—重庆”这条海铁联运线路由此开通运行。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"], route["opened"]) == (
        "泰国",
        ["重庆市"],
        ["钦州港东站"],
        "06-08",
    )


@pytest.mark.parametrize(
    "lead",
    [
        # a label's line joined to the sentence after it: that sentence's paragraph
        "据介绍:\n",
        # a share bar written with a colon: chrome, dropped
        "分享:\n",
        # a headline naming the corridor's first train from the city, and an outlet's
        # line: the train told leaving is the headline's, and goes on a sentence later
        "遂宁首趟陆海新通道班列发车\n四川日报\n",
    ],
)
def test_a_train_told_leaving_then_where_it_goes_after_a_label_or_headline(lead):
    text = lead + (
        "1月12日上午一列货运班列驶出遂宁西部铁路物流园,车上装着工业制成品。"
        "列车将经重庆开往广西钦州。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("遂宁西部铁路物流园", ["钦州市"])]


def test_goods_landed_and_changed_at_a_port_pass_it_and_the_train_told_so_is_one():
    """在湛江港上岸换装: a stop; the train named by its ends, then told again from where its
    goods started (装船启运 at 海口港), is one route from there."""
    text = (
        "2月8日,37002次铁海联运班列由湛江港开出,约4天后到达昆明王家营站。"
        "货物先从海口港装船启运,在湛江港上岸换装,再乘铁海联运班列运抵云南昆明。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("海口港", ["昆明王家营站"], ["湛江港"])]


def test_a_train_from_here_extended_to_places_and_a_ports_station_written_chezhan():
    """第一列专列从这里开出 (here: the station told of before), then its line 延伸到 places:
    one route from there; 防城港车站 is the port's station."""
    text = (
        "防城港车站连通250多个港口。\n"
        "2016年2月,第一列冷链集装箱专列从这里开出。两年来,专列线路陆续延伸到重庆、济南、沈阳等地。"
    )
    record = extract_text(text)
    assert "防城港站" in {p["name"] for p in record["ports"]}
    routes = [(r["destinations"], r["opened"]) for r in record["routes"]]
    assert routes == [(["重庆市", "济南市", "沈阳市"], "2016-02")]


def test_a_train_told_arriving_then_where_its_goods_came_from():
    """一趟班列开进…小南垭站 (no start named), then 这批榴莲是从泰国起运的,…就到了重庆: one
    route from 泰国 to the station told before (not 代表团…就到了重庆: no goods)."""
    text = (
        "11日,一趟冷链班列开进重庆市江津区小南垭站,车上是泰国榴莲。"
        "“这批榴莲是7日从泰国起运的,只走了4天就到了重庆。”"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("泰国", ["小南垭站"])]
    assert extract_text("代表团从成都出发,下午就到了重庆。")["routes"] == []


def test_another_train_told_after_a_semicolon_is_no_end_of_the_first():
    text = (
        "15日,一列班列从重庆鱼嘴铁路货运站开出,南下经广西钦州,以铁海联运方式运往新加坡;"
        "同一时间,旁边轨道上,一列国际班列同时发车西行,目的地是哈萨克斯坦。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes[0] == ("鱼嘴站", ["新加坡"])


def test_a_train_told_arriving_then_told_leaving_where_it_came_from():
    """…第一趟进口整车班列平稳到达重庆。列车由德国杜伊斯堡发车,一路穿过波兰、白俄罗斯…: the
    train told again leaving (列车…) is one route to where it arrived; a sentence on
    another departure (no reference back) is not."""
    text = (
        "8月30日,第一趟进口整车班列平稳到达重庆。"
        "列车由德国杜伊斯堡发车,一路穿过波兰、白俄罗斯,再越过阿拉山口入境中国。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("杜伊斯堡", ["重庆市"], ["波兰", "白俄罗斯", "阿拉山口"])]
    text = "首趟班列平稳到达重庆。同日,湖北宜昌的白洋港也开出一趟货车。"
    assert extract_text(text)["routes"] == []


def test_a_comparison_names_no_end_and_some_of_the_trains_do_not_go_on():
    """同上海至重庆的长江运输比: what a run is compared with is no route; 其中3列是越南货物
    过境中国再运往欧洲: some of the trains counted, not the train going on."""
    text = "广西在2017年4月28日发出首趟南向通道上行专列,同上海至重庆的长江运输比,要快12天以上。"
    assert [r["destinations"] for r in extract_text(text)["routes"]] == []
    text = (
        "广西开行的南宁-河内、凭祥-河内这2趟中欧班列都跑得不错。到4月10日,南宁(凭祥)河内"
        "跨境集装箱班列总共开了25列:去程7列,装的是电子产品;回程18列,装的是电子产品和"
        "金属矿等,其中3列是越南货物过境中国再运往欧洲。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("南宁市", ["河内"]), ("凭祥市", ["河内"])]


def test_a_ship_told_leaving_this_port_then_arriving_goes_from_the_port_told_of():
    text = "果园港是长江上游的重要港口。3月1日,首艘集装箱货轮从这座港口启航。9天后,货轮抵达上海港。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("果园港", ["上海港"])]


def test_a_lines_train_told_leaving_a_station_of_its_city_then_going_on():
    """The line named in the headline, its train told leaving a station of the line's city
    and where it passes and ends a sentence on: one route, from the station, with its stop."""
    text = (
        "烟台—蒙古国中欧班列开通\n\n"
        "7日,烟台大季家站开出一趟中欧班列。该班列将经二连浩特口岸出境,约9天后到达蒙古乌兰巴托。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("烟台大季家站", ["乌兰巴托"], ["二连浩特"])]


def test_a_service_named_by_its_ends_and_its_return_told_two_way_are_two_routes():
    """“宜宾—北部湾港”班列, then the first train back (双向): each a first run of its own."""
    text = (
        "6月28日,一列班列从钦州港东站开出,将抵达宜宾北站。"
        "今年5月22日,“宜宾—北部湾港”集装箱班列首次南下;这趟列车则是其后的第一趟返程车,"
        "双向对流的通道由此运转。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("钦州港东站", ("宜宾北站",)), ("宜宾市", ("北部湾港",))}


def test_goods_told_leaving_then_that_they_can_reach_a_place():
    text = "列车从昆明王家营西站开出。这批鲜花三天后可到泰国曼谷。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("王家营西站", ["曼谷"])]


def test_a_ship_told_leaving_the_port_told_of_a_few_sentences_before():
    """头一艘集装箱船拉响汽笛离港: the port of the story, told a few sentences before."""
    text = (
        "芜湖朱家桥外贸码头于昨日投入运营。这是安徽第一个外贸母港。"
        "另据报道,开港仪式在芜湖市召开。当天中午,首艘货轮鸣笛离港,顺江而下,驶向上海港。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("朱家桥港区", ["上海港"])]


def test_a_train_told_arriving_then_told_back_leaving_a_city_is_one_route():
    """…专列开进布拉格。据了解,这趟首开的…专列于3日自重庆发车: to where it was told arriving."""
    text = (
        "12日,中欧班列“中国邮政号”开进捷克的首都布拉格。"
        "据了解,这趟首开的中欧班列邮包专列于3日自重庆发车,一共装运44个集装箱。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("重庆市", ["布拉格"])]


def test_a_train_leaving_the_station_its_sentence_named_and_its_goods_gathered_on_the_way():
    """沧州黄骅站响起汽笛,一趟列车由该站起步,开往乌兰巴托。…运到黄骅港集中,再…一路直发
    乌兰巴托: from the station, the port where the goods gathered a stop, not its end;
    就此开通 tells the opening."""
    text = (
        "发布时间:2019-05-08\n8日上午,沧州黄骅北站响起一阵汽笛,一趟货运列车由该站起步,"
        "开往蒙古国首都乌兰巴托。黄骅港中欧国际班列就此开通。"
        "车上的货物先经海运运到黄骅港集中,再取道二连浩特口岸,一路直发乌兰巴托。"
    )
    routes = [(r["origin"], r["destinations"], r["opened"]) for r in extract_text(text)["routes"]]
    assert routes == [("黄骅北站", ["乌兰巴托"], "2019-05-08")]


def test_a_train_told_again_with_only_where_it_stops_on_its_way():
    """一列“东盟快班”驶离杜伊斯堡…运抵越南。该班列途中将在重庆中转: a train (列), with a stop."""
    text = (
        "12日,一列“东盟快班”驶离德国杜伊斯堡,大约三周后将运抵泰国、越南两国。"
        "该班列途中将在成都中转。"
    )
    routes = [
        (r["origin"], r["destinations"], r["via"], r["mode"]) for r in extract_text(text)["routes"]
    ]
    assert routes == [("杜伊斯堡", ["泰国", "越南"], ["成都市"], "rail")]


def test_a_train_named_again_sentences_later_goes_where_it_says():
    """首趟班列从宜昌东站开出。…(two sentences on other things)…这趟班列会从满洲里出境,…开到
    德国汉堡: the train told leaving, named again (这趟班列) three sentences on."""
    text = (
        "20日,首趟“宜-汉-欧”国际货运班列从宜昌东站缓缓开出。\n"
        "宜昌同欧洲的经贸往来由此多了一条新通道。\n"
        "宜昌已有航空、水运两个一类口岸。\n"
        "据了解,这趟班列会在满洲里出境,约半个月后开到德国汉堡。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("宜昌东站", ["汉堡"])]


def test_a_routes_end_told_again_after_its_stops_is_no_stop():
    """…开往华沙——…。列车从…出境以后,穿过…等国,…到达华沙: the end told again where the
    train arrives is no stop of its own."""
    text = (
        "周一上午,满载配件的X8120次列车从义乌西站开出,开往波兰首都华沙——它是本省第一趟"
        "开往波兰的班列。列车从霍尔果斯口岸出境以后,穿过哈萨克斯坦和白俄罗斯等国,行程一万"
        "余公里,约16天后到达华沙。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == ["华沙"]
    assert "华沙" not in route["via"] and "白俄罗斯" in route["via"]


def test_a_stop_in_china_told_after_a_train_abroad_is_no_new_end():
    """“江门—磨憨—万象南(塔纳棱陆港)”中老班列…。列车…一路行至云南昆明,经磨憨口岸驶出国境:
    昆明 is a stop on its way; the end stays the dry port in Laos named in brackets."""
    text = (
        "3月16日,“江门—磨憨—万象南(塔纳棱陆港)”中老班列首发。"
        "列车沿南昆铁路一路行至云南昆明,经云南磨憨口岸驶出国境。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == ["塔纳棱陆港"]
    assert route["via"] == ["昆明市", "磨憨"]


def test_where_a_train_crossing_china_changes_is_a_stop():
    """越南河内至德国汉堡的过境中转班列…到达郑州后,在圃田站完成重新编组: a train from abroad
    to abroad told arriving in China stops there; its end stays the one told."""
    text = (
        "越南河内至德国汉堡的过境中转中欧班列由此成功开行。"
        "该列车的始发地是越南河内,1月15日到达郑州后,在圃田站完成重新编组。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("河内", ["汉堡"])
    assert route["via"] == ["郑州市"]


@pytest.mark.parametrize(
    "last",
    [
        # (where it goes, told on: the train of the sentences before)
        "据悉,这趟班列将在钦州港换船出海,约一个月后到达非洲莫桑比克和尼日利亚。",
        # (told again from where it left, captions between)
        "据悉,从果园港发出后,这趟班列将在钦州港换船出海,约一个月后到达非洲莫桑比克和尼日利亚。",
    ],
)
def test_the_train_told_again_a_few_sentences_on_goes_to_places_in_its_area(last):
    """一趟非洲班列从果园港驶出, photo captions between, then 这趟班列…到达非洲莫桑比克和
    尼日利亚: the one train, to the two countries (not a second route, nor one of them)."""
    text = (
        "昨天,一趟装着汽车配件的陆海新通道非洲班列从果园港驶出。\n"
        "果园港非洲班列发车现场 图片来源网络\n"
        "这是果园港今年开出的第一趟非洲班列。\n"
        "非洲班列装车 图片来源网络\n" + last
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("果园港", ["莫桑比克", "尼日利亚"])]


def test_the_plan_of_the_train_told_leaving_is_its_course():
    """…从西安国际港站开出。列车上装的是…,计划经霍尔果斯口岸出境,最后到达德国曼海姆: the
    train's schedule; a plan for a new line or what it may do is no run."""
    text = "当天,一列中欧班列从西安国际港站开出。列车上装的是汽车配件,计划经霍尔果斯口岸出境,最后到达德国曼海姆。"
    assert _routes(text) == [("西安国际港站", ["曼海姆"], ["霍尔果斯"], "rail")]
    text = "当天,一列中欧班列从西安国际港站开出。班列开通后,可实现货物转运至德国曼海姆。"
    assert _routes(text) == []


def test_where_a_run_may_go_one_day_is_no_end_of_it():
    """…(仅由深圳开往明斯克),每周一班;今后计划延伸至德国汉堡: the train runs to 明斯克; 汉堡
    is a plan."""
    text = "一列由深圳驶往明斯克的货运列车在盐田港发出首班。这班列车只跑单程(仅由深圳开往明斯克),每周一班;今后计划延伸至德国汉堡。"
    assert all(r[1] == ["明斯克"] for r in _routes(text))
    assert _routes(text)


def test_where_a_service_is_to_go_as_its_next_step_is_no_end_of_it():
    """…深蓉班列今后还将延伸至重庆: the train runs to 成都; 重庆 is the service's next step,
    a plan."""
    text = "首列深圳至成都货运班列昨天驶出深圳平湖南站。公司负责人说,深蓉班列今后还将延伸至重庆。"
    assert [r[1] for r in _routes(text)] == [["成都市"]]


def test_a_service_told_by_its_city_and_its_train_from_the_citys_hub_is_one_route():
    """成都—塔什干班列 in a title; a 中亚班列 told leaving 成都国际铁路港 and, past 霍尔果斯,
    reaching 塔什干: one route, from the hub, with the service's name."""
    text = (
        "成都—塔什干班列首发,\n二手车出口再添通道\n\n"
        "8月9日,一列中亚班列载着二手汽车在成都国际铁路港首发。"
        "预计约15天后,这些车将经由霍尔果斯出境,途经阿拉木图,最终到达乌兹别克斯坦的塔什干。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("成都国际铁路港", ["塔什干"])]
    assert routes[0]["name"] == "成都—塔什干班列"


def test_a_service_told_from_china_and_from_its_cities_is_their_routes():
    """中国至越南河内国际道路运输线, its trucks told leaving 南宁 and 昆明 for 河内: the
    service told by its country is theirs; its name joins them."""
    text = (
        "中国至越南河内国际道路运输线路5月14日正式开通。"
        "当天,两支货车车队分别从南宁、昆明出发,驶往越南河内。"
    )
    routes = extract_text(text)["routes"]
    assert sorted((r["origin"], r["destinations"][0]) for r in routes) == [
        ("南宁市", "河内"),
        ("昆明市", "河内"),
    ]
    assert all(r["opened"] == "05-14" for r in routes)
    # (its name among every name of the service, as any route's names hold its name)
    assert all(r["names"] == [r["name"]] == ["中国至越南河内国际道路运输线"] for r in routes)


def test_a_train_told_going_to_china_then_to_its_city_is_one_route():
    """伦敦开往中国的列车, told a sentence on arriving in 义乌 (or first to 义乌, then to 中国):
    one route, to the city, as 欧洲 and 杜伊斯堡 are one."""
    for text in (
        "伦敦开往中国的货运列车启程。列车周一由伦敦出发,预计月底抵达中国义乌。",
        "列车周一由伦敦出发,预计月底抵达中国义乌。伦敦开往中国的货运列车受到关注。",
    ):
        assert [r[:2] for r in _routes(text)] == [("伦敦", ["义乌市"])]


def test_a_liners_calls_told_beside_its_line_are_its_stops():
    """…码头开通直达天津的航线。该航线…沿途挂靠宁波、青岛、大连、天津: the calls of the
    line told before them, its stops (not a route from the first call)."""
    text = (
        "5月8日,泉州码头开通直达天津的集装箱航线。"
        "该航线投入两艘船舶,沿途挂靠宁波、青岛、大连、天津等港口。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("泉州码头", ["天津港"], ["宁波舟山港", "青岛港", "大连港"])]


def test_a_service_told_from_a_province_and_from_its_city_is_the_citys_route():
    """湖南经东盟国际班列…, a train told leaving 怀化 for 万象: the province's service told
    again from the place it leaves, one route."""
    text = (
        "今年一季度,湖南至东盟国际班列开行数量同比增长四成。出口货物以机电产品为主。"
        "新能源汽车出口成为亮点。省内多个物流园区参与集货。"
        "4月23日,一趟中老图定班列从湖南怀化出发,驶往老挝万象。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("怀化市", ["万象"])]


def test_a_run_out_and_back_ends_where_it_turns():
    """从西安出发,开往阿拉木图,…返回西安: a loop told as one run ends at its far place (not
    a route of no end); from a station, back to its city, likewise; a crossing passed on
    the way out stays a stop. An end that is the start, with no way back told, turns
    nothing (…经霍尔果斯口岸出境后运抵重庆: the crossing stays a stop, no end; a run with
    no end is no route)."""
    text = "一列班列从西安出发,开往哈萨克斯坦阿拉木图,卸下家电后装上小麦返回西安。"
    assert _routes(text) == [("西安市", ["阿拉木图"], [], "rail")]
    text = "这趟班列从西安国际港站开出,驶往阿拉木图,卸货后再装上棉纱返回西安。"
    assert _routes(text) == [("西安国际港站", ["阿拉木图"], [], "rail")]
    text = "班列从西安出发,经霍尔果斯驶往阿拉木图,随后装上小麦返回西安。"
    assert _routes(text) == [("西安市", ["阿拉木图"], ["霍尔果斯"], "rail")]
    text = "一趟班列从重庆出发,经霍尔果斯口岸出境后运抵重庆。"
    assert extract_text(text)["routes"] == []


def test_a_train_told_stopping_at_its_end_then_leaving_its_start():
    """…高铁快运列车停靠成都双流西站。这趟列车自昆明洛羊镇站发车: where it stops at
    last, then where it left; parcels on a high-speed train from 汉口站 (a station no
    division names) are freight too."""
    text = "清晨,满载鲜花快件的高铁快运列车停靠成都双流西站。这趟列车自昆明洛羊镇站发车。"
    assert _routes(text) == [("昆明洛羊镇站", ["双流西站"], [], "rail")]
    text = "DJ892次列车从汉口火车站出发,驶往广州白云站,车上装的全是快递包裹。"
    assert _routes(text) == [("汉口站", ["白云站"], [], "rail")]


def test_goods_told_along_a_waterway_then_sent_on_again_are_one_route():
    """沿长江航道由泸州运抵武汉 (a way gone along, not one starting there), then 再由…,
    随后自…: the legs of one shipment."""
    text = "这批集装箱先沿长江航道由宜宾运抵武汉,再由武汉发往上海,随后自上海直航台湾高雄。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["via"]) for r in routes] == [
        ("宜宾港", ["高雄"], ["武汉港", "上海港"])
    ]


def test_where_goods_enter_the_country_on_their_way_is_a_stop():
    """走公路在瑞丽口岸进境,运到…: the crossing is passed, no start of its own."""
    text = "货物先从缅甸曼德勒发出,走公路在瑞丽口岸进境,运到昆明王家营西站后,再换乘火车运往重庆。"
    routes = extract_text(text)["routes"]
    assert [r["origin"] for r in routes][0] == "曼德勒"
    assert "瑞丽" not in [r["origin"] for r in routes] and "瑞丽" in routes[0]["via"]


def test_a_first_run_told_from_elsewhere_is_no_train_before_going_on():
    """首列…中亚班列由武威南开往…: a service of its own (its start unknown here), whose
    later runs' ends are no ends of the train told before."""
    text = (
        "今年中亚班列(兰州至阿拉木图)已开行13列。\n"
        "2019年5月8日首列“飞天号”班列由古浪南开往阿拉木图,此后班列又把货物送到了鹿特丹、"
        "汉堡等城市。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("兰州市", ["阿拉木图"])]


def test_where_goods_may_go_next_is_no_end_of_the_run():
    """…初期先海运至日本、韩国,下一步有望运输至马来西亚: the places hoped for next are no ends."""
    text = "货物将从焦作站运输至青岛港,初期先海运至日本、韩国,下一步有望运输至马来西亚和欧洲。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("焦作站", ["日本", "韩国"])]


def test_a_train_told_on_its_way_back_goes_on_no_further():
    """…回程时该班列还会把钢材运往果园港: the train's return, not a leg beyond where it
    went (the route keeps its end; none ends where it started)."""
    text = (
        "果园港的堆场上,澳大利亚铁矿石正被装上列车,随后运往内江市威远县。"
        "这样的列车每天有两班开往威远县。\n"
        "另外,回程时该班列还会把攀钢生产的钢材运往果园港。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert ("果园港", ["威远县"]) in routes
    assert all(dests and "果园港" not in dests for _, dests in routes), routes


def test_a_corridor_train_changed_to_or_boarded_again_starts_no_route_of_its_own():
    """…抵达西安国际港站后,再次搭乘中欧班列发往塔什干; 要在武汉换乘中欧班列: the goods going on
    from where they arrived, no route from there (the train before goes on, if it does)."""
    text = (
        "一列货运班列从安康东站驶出,开往西安。班列抵达西安国际港站后,再次搭乘中欧班列发往塔什干。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("安康东站", ["塔什干"], ["西安国际港站"])]
    text = "一艘货轮把货从名古屋运到阳逻港。这批货物随后要在武汉换乘中欧班列,继续运往塔什干。"
    origins = [r["origin"] for r in extract_text(text)["routes"]]
    assert "阳逻港" not in origins


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (the goods arrive, then board a sea ship: one movement)
        (
            "10月初,一批来自四川泸州的白酒运抵上海洋山港,转乘海轮驶往日本大阪。",
            ("泸州港", ["大阪"], ["洋山港"]),
        ),
        # (two movements, the second from where the first ended, the goods changing ships)
        (
            "铁矿石由海轮从澳大利亚运到南通港,然后换装到驳船上,由南通港经长江运抵武汉港。",
            ("澳大利亚", ["武汉港"], ["南通港"]),
        ),
    ],
)
def test_goods_by_water_changing_ships_where_they_arrive_are_one_route(text, route):
    """运抵洋山港,转乘海轮驶往大阪; 由海轮运到南通港,然后换装到驳船上,由南通港…运抵武汉港:
    goods changing ships with no service named go on one route, the port a stop."""
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [route]


def test_what_ships_cannot_do_is_no_run_going_on():
    """…驶往马鞍山港。…大船不能上溯至南京以上港口: how things stand for ships, not where the
    ship told before goes on."""
    text = (
        "“长江之星”号货船从宁波舟山港起航,沿长江西行开往马鞍山港。"
        "有了这艘散货船,远洋大船不能上溯到南京以上港口的局面将被改变。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("宁波舟山港", ["马鞍山港"])]


@pytest.mark.parametrize(
    "text",
    [
        # (in the sentence of the run)
        "这趟冷链班列昨天从大连港铁路中心站开出,到达后贝加尔斯克后换装宽轨车组,十天后抵达莫斯科。",
        # (in the sentence after the train told)
        "这趟冷链班列昨天从大连港铁路中心站开出,驶向莫斯科。货物在后贝加尔斯克换装宽轨冷藏车,"
        "十天后抵达莫斯科。",
    ],
)
def test_a_train_whose_goods_change_wagons_at_a_border_goes_on(text):
    """到达后贝加尔斯克后换装宽轨车组,…抵达莫斯科: the goods moved onto other wagons where
    the gauge changes: the train's run goes on to its end, the station a stop; no route
    ending at the station."""
    assert [r[:3] for r in _routes(text)] == [("大连港铁路中心站", ["莫斯科"], ["后贝加尔斯克"])]


def test_a_markets_reach_is_no_run_going_on():
    """…市场辐射扩大至东南亚、中亚等地区 tells where a yard's or a service's market reaches,
    no train told before going on there: the line keeps its end."""
    text = (
        "“天津港-塔什干”中亚班列上月开通。据了解,这个货场办理国际班列的发运,"
        "市场辐射扩大至东南亚、中亚等地区。"
    )
    assert _routes(text) == [("天津港", ["塔什干"], [], "rail")]


def test_a_services_lines_told_spreading_are_no_run_going_on():
    """A service's lines told spreading out, then the places they came to reach (线路不断
    向外延伸,先后通达…): its network, not the train told before going on."""
    text = (
        "3月2日,一列中欧班列(合肥—汉堡)由合肥北站物流基地发车,开往德国汉堡。\n"
        "五年来,安徽中欧班列的线路不断向外延伸,先后通达白俄罗斯明斯克、芬兰赫尔辛基等城市。"
    )
    assert [r[:3] for r in _routes(text)] == [("合肥北站物流基地", ["汉堡"], [])]


def test_a_role_a_place_strives_to_take_is_no_run_going_on():
    """把自身建成通往中亚、欧洲的重要纽带: where a place means to reach, not the train told
    before going on there."""
    text = (
        "5月23日,一趟班列由泸州港站始发,取道霍尔果斯口岸离境,终点是乌兹别克斯坦。\n"
        "近年来,泸州依托中欧班列,努力把自身建成通往中亚、欧洲的重要纽带。"
    )
    assert [r[:3] for r in _routes(text)] == [("泸州港站", ["乌兹别克斯坦"], ["霍尔果斯"])]
