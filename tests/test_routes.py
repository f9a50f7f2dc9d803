"""Routes read from text: the route forms (the route table's examples and sentences written
for the purpose), what is and is not a service, lines listed or counted (a route each), and
the mode a route goes by. Where routes start, end and stop is in test_route_ends.py; a route
told over several clauses or sentences in test_route_legs.py."""

from __future__ import annotations

import re

import pytest
from reading import _routes, route
from tables import table_examples

from cqmap.geo.extract import extract_text
from cqmap.geo.route_forms import ROUTE_FORMS
from cqmap.geo.route_modes import AIR_FREIGHT, BY_AIR
from cqmap.geo.route_services import CORRIDOR_OF, ROUTE_HINTS


# --------------------------------------------------------------------------- route forms
def test_route_patterns_on_unseen_sentences():
    rec = extract_text("3月1日,“涪陵—上海”集装箱班轮航线正式开通。")
    r = route(rec, name="涪陵—上海集装箱班轮航线")
    assert (r["origin"], r["destinations"], r["mode"], r["opened"]) == (
        "涪陵港",
        ["上海港"],
        "river",
        "03-01",
    )
    rec = extract_text("万州港至上海洋山港的集装箱直达航线正式开通。")
    r = route(rec, origin="万州港")
    assert (r["destinations"], r["mode"]) == (["洋山港"], "river")  # (the port area named)
    assert extract_text("两江新区到万州区考察航线运营情况。")["routes"] == []  # a visit
    rec = extract_text("涪陵港龙头港区开行至四川泸州港的集装箱班轮。")
    r = route(rec, origin="龙头港")  # (the port area, named after its port)
    assert (r["destinations"], r["mode"]) == (["泸州港"], "river")
    rec = extract_text("中欧班列从团结村出发,驶往德国、波兰。")
    r = route(rec, origin="团结村")
    assert r["destinations"] == ["德国", "波兰"] and r["mode"] == "rail"


def test_more_route_forms_on_unseen_sentences():
    def only(text):
        routes = extract_text(text)["routes"]
        assert len(routes) == 1, routes
        r = routes[0]
        return r["name"], r["origin"], r["destinations"], r["mode"], r["opened"]

    # a road service (班车), named by its ends
    assert only("重庆果园港至越南河内的跨境公路班车正式开通。") == (
        "重庆果园港至越南河内的跨境公路班车", "果园港", ["河内"], "road", None
    )  # fmt: skip
    # a service opened between two ports; a service plying between two ports
    assert only("果园港与涪陵港开通“水水中转”穿梭巴士。")[1:4] == ("果园港", ["涪陵港"], "river")
    assert only("据悉,该航线每周一班,往返于万州港和上海港之间。")[1:4] == (
        "万州港", ["上海港"], "river"
    )  # fmt: skip
    # ... the same service as the sentence before names: one route, with both sentences
    rec = extract_text("万州港至上海港集装箱班轮3月1日开通。据悉,该航线往返于万州港和上海港之间。")
    (r,) = rec["routes"]
    assert (r["name"], r["opened"], [e["sentence"] for e in r["evidence"]]) == (
        "万州港至上海港集装箱班轮", "03-01", [0, 1]
    )  # fmt: skip
    # 首趟 … 发车 states the opening date
    assert only("9月20日,首趟“万州—宜昌”铁水联运班列在万州新田港发车。")[4] == "09-20"
    # a composite's ends refined by the places the sentence names inside them; the
    # hub named after its city is where a train starts
    assert only("“渝黔”班列从重庆团结村出发开往贵阳。")[1:4] == ("团结村", ["贵阳市"], "rail")
    assert only("满载货物的班列从重庆团结村出发,驶往德国。")[1:3] == ("团结村", ["德国"])
    # a composite that only starts a longer name: the sentence's own end, and its stops
    routes = extract_text("首列“渝黔桂新”铁海联运班列在果园港鸣笛发车,经贵阳、南宁抵达钦州港。")
    (r,) = routes["routes"]
    assert (r["origin"], r["destinations"], r["via"], r["mode"]) == (
        "果园港", ["钦州港"], ["贵阳市", "南宁市"], "rail-sea"
    )  # fmt: skip
    # a service with its ends in brackets after it
    assert only("今年开行的渝甬班列(重庆—宁波)实现常态化运行。")[:4] == (
        "渝甬班列", "重庆市", ["宁波市"], "rail"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("form", "example"), table_examples(ROUTE_FORMS, label=lambda e: e.sentence[:16])
)
def test_every_route_form_reads_its_examples(form, example):
    """The examples of each entry of the route table are its tests: the route is read,
    by that form (its name is in the evidence)."""
    routes = extract_text(example.sentence)["routes"]
    found = [
        r
        for r in routes
        if r["origin"] == example.origin and tuple(r["destinations"]) == example.destinations
    ]
    assert found, routes
    r = found[0]
    assert tuple(r["via"]) == example.via
    assert example.mode is None or r["mode"] == example.mode
    assert form.name in {e["pattern"] for e in r["evidence"]}


def test_a_grouping_may_stand_between_a_routes_ends_and_its_service():
    text = "北碚区开通了北碚犁子林码头至南充河西码头的川渝水路货运航线。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("北碚犁子林码头", ["南充河西码头"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一支船队自遵义港沙湾港区启航,顺着乌江直奔涪陵黄旗港。", [("沙湾港区", ["黄旗作业区"])]),
        ("一趟专列自内江站开出,直驶老挝万象。", [("内江站", ["万象"])]),  # (直驶: straight there)
        # (以X为到站: the station it is to end at)
        ("该班列从团结村站始发,在国外则以德国杜伊斯堡站为到站。", [("团结村", ["杜伊斯堡站"])]),
        ("以烟台—巫山直飞航线开通为契机,加强旅游推介。", []),  # by air
        # (a channel of combined transport between two places; not the way compared with)
        (
            "重庆至钦州至新加坡的海铁联运通道,比重庆至上海至新加坡江海联运通道距离减少2100公里。",
            [("重庆市", ["新加坡"])],
        ),
        ("果园港开通至新加坡港的铁水联运通道。", [("果园港", ["新加坡港"])]),
        # (goods going on by another service where the train ends: no end of the train's)
        (
            "一列班列从重庆沙坪坝团结村站出发,行驶1862公里后将抵达深圳盐田港区。\n"
            "近年来,重庆国际物流枢纽园区每年发出各类跨境班列超4000班。\n"
            "随着“渝深快线班列”开通,重庆外贸货物2至3天可到达盐田港区,借助港区密集快捷的"
            "远洋航线实现2周抵达美国、3周抵达欧洲。",
            [("团结村", ["盐田港区"])],
        ),
        # (a train's goods handed on where it arrives; a line's 快线专列 is a train)
        (
            "“广西防城港—重庆江津”冷链海陆快线专列开行。列车从广西防城港站开出,驶向重庆江津"
            "小南桠站。该批货物通过铁路到达重庆江津区后,经江津综保区分拨到广安、成都等城市。",
            [("防城港站", ["小南垭站"])],
        ),
        # (a visit, 到 and a verb before the service word; a section of a line)
        ("两江新区到万州区考察航线建设情况。", []),
        ("从重庆到白俄罗斯、波兰边界这段线路是全程的85%。", []),
        # (中国 as the end of a line from China says nothing)
        ("班列从团结村出发。目前班列线路已通达中国18省、61市、120站。", []),
        # (去往: where it goes on to)
        (
            "货船从重庆果园港出发,沿江而下,在江苏太仓港转运后,再去往上海洋山港。",
            [("果园港", ["洋山港"])],
        ),
        # (a chain of short names is not its first two's composite: 渝黔桂新, not 渝黔)
        ("渝黔桂新“南向通道”班列2017年秋季开行,是如今西部陆海新通道的雏形。", []),
        # (a railway named by its ends: no service)
        ("成渝铁路复线货运班列增多。", []),
        # (渝甬 one of the directions counted, no line of its own)
        ("园区已开出渝满俄、中欧班列、渝甬四向班列,线路达58条。", []),
        # (a hub's ways told by their directions: the corridor of each way, no route)
        ("向北,“渝满俄”班列常态化开行;向东,渝甬班列助力出海。", []),
        ("往北,有“渝满俄”班列连起俄罗斯。", []),
        # (a station of the port told a few words after it, where the train stands)
        (
            "在万州新田港国际物流枢纽新田港站,一列班列驶往广西钦州港。",
            [("新田港站", ["钦州港"])],
        ),
        # (another train the same day: a run of its own, not the first going on)
        (
            "一列班列在团结村中心站鸣笛,驶往霍尔果斯。同日,一列班列南下发往越南河内。",
            [("团结村", ["霍尔果斯"])],
        ),
        # (where they go told again, coarser, after a comma: no end beyond; and a train
        # of goods made in both, “川渝造”, runs between neither)
        (
            "两列“川渝造”班列当日同时从重庆团结村、成都国际铁路港开出,"
            "分别驶向德国杜伊斯堡和荷兰蒂尔堡,向欧洲进发。",
            [("团结村", ["杜伊斯堡"]), ("成都国际铁路港", ["蒂尔堡"])],
        ),
        # (a freight charter flown as a line; a tourists' charter is none)
        ("“重庆—迪拜”国际货运包机首航。", [("重庆市", ["迪拜"])]),
        ("“重庆—三亚”旅游包机首航,游客200人。", []),
        # (the scene, then a fleet or a ship heading off from it)
        ("贵州思南港,20艘满载煤炭的船队驶向重庆涪陵。", [("思南港", ["涪陵港"])]),
        ("在万州新田港,一艘艘集装箱船驶向上海。", [("新田港", ["上海港"])]),
        # (a ship told by the boxes it carries, named by its ends: a service as 货轮 is;
        # 貨櫃輪 in pages of Taiwan)
        ("涪陵港开往太仓港的首艘集装箱船昨天启航。", [("涪陵港", ["太仓港"])]),
        ("高雄港開往廈門港的首艘貨櫃輪昨日啟航。", [("高雄港", ["厦门港"])]),
    ],
)
def test_more_ways_to_go(text, expected):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # a service named by its ends' short forms
        ("今年开行的渝甬铁海联运班列运量大增。", [("重庆市", ["宁波市"])]),
        # the named service's train, then a leg on another named service from its end
        (
            "渝湛班列集装箱自团结村站发出,到达湛江港后,转搭华南集装箱快线直达广州南沙港。",
            [("团结村", ["湛江港"]), ("湛江港", ["南沙港区"])],
        ),
    ],
)
def test_services_named_by_their_ends_short_forms(text, routes):
    assert [r[:2] for r in _routes(text)] == routes


def test_a_corridors_name_before_the_ends_in_brackets_is_part_of_the_services_name():
    text = "9月14日,南向通道(广西南宁—甘肃兰州)冷链集装箱班列开出首趟。"
    (route,) = extract_text(text)["routes"]
    assert route["name"] == "南向通道(广西南宁—甘肃兰州)冷链集装箱班列"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("这意味着铁海快线(兰州—天津—汉堡)开通了。", "铁海快线"),
        ("这标志着渝甬班列(重庆—宁波)开行了。", "渝甬班列"),
    ],
)
def test_a_services_name_after_words_of_what_an_event_means_is_the_name_alone(text, name):
    """意味着 and 标志着 say what an event means: no part of the service's name."""
    (route,) = extract_text(text)["routes"]
    assert route["name"] == name


def test_shares_of_a_ships_goods_sent_on_by_feeder_lines_do_not_extend_its_line():
    """其中100标箱…通过支线转运至潍坊: some of the goods, on services of their own."""
    text = (
        "3月11日,“锦州-威海-太仓”集装箱航线首航。该航线实行周班运营,“华达607”轮首航运来"
        "300标箱,其中100标箱为本地货物,100标箱通过支线转运至潍坊,100标箱通过支线转运至青岛。"
    )
    assert [r[:3] for r in _routes(text)] == [("锦州港", ["太仓港"], ["威海市"])]


def test_a_lines_ends_joined_by_an_equals_sign_as_some_pages_type_a_dash():
    """鄂州=仁川国际货运航线: = between the ends, as a dash (and it confirms a weak name)."""
    text = "8月27日,一家航空公司的鄂州=仁川国际货运航线首航。"
    assert [r[:2] for r in _routes(text)] == [("鄂州市", ["仁川"])]


def test_a_service_passing_a_place_then_going_on_to_its_end_is_one_route():
    """A经B到C: B is passed, C is the end (not A→B and B→C)."""
    text = "兰州经天津到汉堡的国际铁海联运班列首发。"
    assert [r[:3] for r in _routes(text)] == [("兰州市", ["汉堡"], ["天津市"])]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # a city's trains named with the part of the world they go to (成都中亚班列)
        ("西安中亚班列开往塔什干。", [("西安市", ["塔什干"])]),
        # its end told after it runs, in the clauses after
        (
            "5月11日起,西安中亚公共班列投入运行,列车经霍尔果斯口岸出关,终点为乌兹别克斯坦塔什干。"
            "西安的中亚班列站点遍及4国,并延伸到阿塞拜疆。",
            [("西安市", ["塔什干"])],
        ),
    ],
)
def test_a_citys_trains_named_with_where_they_go(text, routes):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes


def test_a_service_launched_to_a_port_and_a_station_named_after_an_international_port():
    text = (
        "汽笛声中,一列班列驶离吉安港,开往福州国际港站。"
        "2018年10月31日,吉安港先推出了到盐田港的“同港同价”班列;此后又推出了对接厦门港的班列。"
    )
    routes = [(r["origin"], r["destinations"], r["opened"]) for r in extract_text(text)["routes"]]
    assert routes[0][:2] == ("吉安港", ["福州国际港站"])
    assert ("吉安港", ["盐田港区"], "2018-10-31") in routes


@pytest.mark.parametrize(
    ("text", "origin", "destination", "mode"),
    [
        ("渝泰携手共建“重庆—曼谷”双向铁路运输通道。", "重庆市", "曼谷", "rail"),
        ("去年开通“宜宾—武汉”水上快速通道。", "宜宾港", "武汉港", "river"),
    ],
)
def test_a_channel_named_by_its_ends_is_a_route(text, origin, destination, mode):
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == [
        (origin, [destination], mode)
    ]


# --------------------------------------------------------------------------- services
@pytest.mark.parametrize(
    "text",
    [
        "千吨级船舶可从四川广元直达上海。",  # what ships can do
        "形成了一条从广元出发,经南充、广安至重庆的水上出川大通道。",  # a waterway
        "货船可沿着京杭运河从济宁一路驶到扬州。",  # what ships can do along a canal
    ],
)
def test_what_ships_can_do_and_a_waterway_are_no_service(text):
    assert extract_text(text)["routes"] == []


def test_a_movement_ends_where_the_sentence_starts_another():
    text = "两艘货船当日从广元起锚,标志着千吨级船舶可从四川广元直达上海。"
    assert extract_text(text)["routes"] == []


def test_a_crossing_a_train_leaves_by_way_of_is_no_start_of_it():
    # (经由: by way of the crossing; 由 there is no 'from')
    text = "昨天,南宁至河内国际货运班列发车,将经由凭祥口岸出境开往越南河内。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("南宁市", ["河内"])]


def test_a_combined_transport_service_offered_by_its_ends_is_a_route():
    text = "该公司为客户提供“长沙—钦州港—新加坡”铁海联运服务。"
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("长沙市", ["新加坡"], ["钦州港"])]


def test_a_corridor_of_trains_is_no_service():
    assert extract_text("标志着欧洲-成都-东南亚货运列车通道双向畅通。")["routes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "首趟渝新欧回程班列载着德国汽车开抵重庆。",  # the brand's train coming home
        "渝新欧班列通往欧洲多国。",  # the brand's reach over a part of the world
    ],
)
def test_a_brands_train_starts_from_its_city_only_where_it_leaves_it(text):
    assert [r["origin"] for r in extract_text(text)["routes"]] != ["重庆市"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该轮作为江海直达船舶,可实现果园港至南京港全程直达。", []),  # what a ship can do
        ("该轮开通果园港至南京港直达航线。", [("果园港", ["南京港"])]),
    ],
)
def test_what_a_ship_can_do_is_no_service(text, expected):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "去年成渝两地中欧班列共开出4800余列。",  # trains of both places
        "当天两地各发出一趟中欧班列(成渝)号列车。",  # a brand in brackets
        "成渝中欧班列品牌的竞争力位居全国前列。",  # the corridor's trains of both
    ],
)
def test_a_composite_naming_where_trains_start_names_no_route_between_its_places(text):
    assert extract_text(text)["routes"] == []


def test_what_a_port_will_be_by_then_is_no_route():
    text = "新生港年底建成。届时,新生港将通过西部陆海新通道直达东南亚。"
    assert extract_text(text)["routes"] == []


def test_a_railways_course_and_what_it_makes_possible_are_no_route():
    text = (
        "本次班列从团结村站始发,途经云南到达老挝万象。"
        "中老铁路北起昆明,向南经磨憨口岸,最终到达万象。"
        "班列开通后,也可实现货物转运至泰国和越南。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("团结村", ["万象"])]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # (where a port's lines reach: no run)
        ("湛江港的外贸航线不断加密,从湛江港出发,外贸货物可以直达南亚、中东和日韩。", []),
        # (a run's time told: where the service arrives)
        ("冷链班车从南宁出发,最快16小时就能直达河内。", [("南宁市", ["河内"], [], "road")]),
        # (what a corridor's trains could carry, once the railway is extended: no run)
        ("中老铁路将延伸至曼谷,届时水果可由曼谷经万象运到昆明。", []),
    ],
)
def test_where_goods_can_reach_from_a_place_is_no_run_but_a_runs_time_is(text, routes):
    assert _routes(text) == routes


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        (
            "5月9日,一批过境货车在天津港装上火车后发运至蒙古国。",
            [("天津港", ["蒙古国"], [], "rail")],
        ),
        ("4月3日,一批国产汽车在天津港装船出口南美。", [("天津港", ["南美"], [], "sea")]),
    ],
)
def test_goods_loaded_at_a_place_and_sent_on_move_from_it(text, routes):
    assert _routes(text) == routes


def test_goods_told_sent_to_a_place_move_there():
    """送往, 送到, 送达 tell goods moved as 运往 does: a sentence with no other word of a
    route is read for one."""
    assert _routes("上周,一批货物从西安送往汉堡。") == [("西安市", ["汉堡"], [], "unspecified")]


@pytest.mark.parametrize(
    "text",
    ["十年过去,蓉欧快铁已并入中欧班列的统一品牌。", "今年汉欧班列的开行量又创新高。"],
)
def test_a_citys_trains_to_a_part_of_the_world_named_alone_are_no_route(text):
    """蓉欧快铁, 汉欧班列: a city's trains to Europe, by their brand and no end of their own
    (told with one, 蓉欧快铁…直奔波兰罗兹, they run there: a route form's example)."""
    assert _routes(text) == []


def test_the_legs_of_one_run_told_by_their_ways_in_brackets_are_no_services():
    """铁路(…)、跨国公路(…)、境外铁路(…): how each leg of one run goes; the run is the route
    (中老铁路(江津—万象) still names a service: a route form's example)."""
    text = (
        "一列满载机械配件的列车从兰州出发,采用铁路(兰州—阿克苏)、跨国公路(阿克苏—比什凯克)、"
        "境外铁路(比什凯克—塔什干)的多式联运方式,前往塔什干。"
    )
    assert [(r[0], r[1]) for r in _routes(text)] == [("兰州市", ["塔什干"])]


def test_services_listed_each_with_its_ends_in_brackets_are_a_route_each():
    """中欧班列(…)、中欧班列(…)和中亚班列(…): each bracket is the service's before it, not
    the next one's, and what lists them is no part of their names."""
    text = "该市开出的班列线路目前有三条:中亚班列(昆明-阿拉木图)、中欧班列(昆明-汉堡)和中欧班列(昆明-莫斯科)。"
    routes = extract_text(text)["routes"]
    assert sorted((r["destinations"][0], r["name"]) for r in routes) == [
        ("汉堡", "中欧班列"),
        ("莫斯科", "中欧班列"),
        ("阿拉木图", "中亚班列"),
    ]


def test_an_end_in_brackets_of_a_service_is_no_start_of_the_one_before():
    """中亚班列(兰州至阿拉木图)和中欧班列(兰州至汉堡)一共发出13列: 汉堡 closes a bracket,
    it starts no 中亚班列."""
    text = "今年以来,中亚班列(兰州至阿拉木图)和中欧班列(兰州至汉堡)一共发出13列。"
    assert sorted((r[0], r[1]) for r in _routes(text)) == [
        ("兰州市", ["汉堡"]),
        ("兰州市", ["阿拉木图"]),
    ]


def test_stops_told_after_tujing_misspelt_are_stops():
    """途径 before places is 途经 as pages often misspell it: the places are stops (and 海防
    is read as the city, its weak name confirmed by the word)."""
    text = "新航线的首班船从钦州港启航,途径海防、胡志明,最终抵达曼谷。"
    assert _routes(text) == [("钦州港", ["曼谷"], ["海防市", "胡志明市"], "sea")]


def test_a_train_told_laden_then_leaving_arrives_where_it_gets_to():
    """A train told first by its load, then, in a clause of its own, leaving a place and
    getting (到) somewhere: the train's run, its subject in the clause before; so too where
    it can get there by a part of a month (下旬可到达)."""
    text = "另一列回程班列装满了木材,也从杜伊斯堡市启程,下个月中旬前后可到西安。"
    assert _routes(text) == [("杜伊斯堡", ["西安市"], [], "rail")]
    text = "返程班列从汉堡发车,本月下旬可到达郑州。"
    assert _routes(text) == [("汉堡", ["郑州市"], [], "rail")]
    # (a span, no run: nothing leaves)
    assert _routes("船舶满载建材,从宜昌到重庆这段航道要走两天。") == []


def test_a_crossing_a_train_takes_its_way_by_is_a_stop():
    """取道 (by way of) before a crossing: the crossing is a stop of the train's run."""
    text = "这列货车由襄阳东站开出,取道二连浩特口岸离境,十五天后抵达莫斯科。"
    assert _routes(text) == [("襄阳东站", ["莫斯科"], ["二连浩特"], "rail")]


def test_a_way_for_tourists_is_no_freight_route():
    """路线 is a service word only as a way of freight (铁路路线, 物流路线)."""
    assert _routes("万州开辟一条直达巫山的精品旅游路线。") == []
    assert _routes("重庆开辟一条直达欧洲的国际铁路路线。") == [("重庆市", ["欧洲"], [], "rail")]


def test_a_corridor_named_beside_another_route_is_named_by_the_text():
    """渝甬班列+中欧班列 过境运输: the sentence reads the 渝甬 route; 中欧班列, named
    without a route of its own, is one of the text's corridors."""
    record = extract_text("今年3月首次尝试“渝甬班列+中欧班列”过境运输模式。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("重庆市", ["宁波市"])]
    assert [c["name"] for c in record["corridors"]] == ["中欧班列"]


@pytest.mark.parametrize(
    "text",
    [
        "钦州港位于西部陆海新通道南端。码头启用了智能理货系统,对西南乃至中欧班列的货源吸引力越来越大。",
        "兴隆场编组站连接襄渝线、渝怀线和中欧班列。西部陆海新通道的班列也在该站编组。",
    ],
)
def test_two_corridors_told_at_one_place_are_both_named(text):
    """A place told on one corridor, then on another (a port of the land–sea corridor
    drawing goods for the China–Europe trains): both corridors are named, though the two
    parts from that place are one."""
    named = {c["name"] for c in extract_text(text)["corridors"]}
    assert named == {"西部陆海新通道", "中欧班列"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("巫山县的交通网由长江黄金水道、高速公路、高铁和机场组成。", "长江黄金水道"),
        ("旅客们乘坐高铁沿着西部陆海新通道的铁路线南下。", "西部陆海新通道"),
    ],
)
def test_a_corridor_named_in_a_sentence_on_passengers_is_named(text, named):
    """A sentence on passengers (高铁, 旅客) reads no freight route, but the corridor it
    names is still one of the text's."""
    record = extract_text(text)
    assert record["routes"] == []
    assert [c["name"] for c in record["corridors"]] == [named]


def test_what_may_be_some_day_on_a_corridor_is_no_route():
    """未来…将可以通过西部陆海新通道直达重庆: a corridor named, no run."""
    record = extract_text(
        "小南垭站迎来首班冷链班列。未来,东南亚的水果将可以通过西部陆海新通道直达重庆。"
    )
    assert not any(r["destinations"] == ["重庆市"] for r in record["routes"])
    assert [c["name"] for c in record["corridors"]] == ["西部陆海新通道"]


@pytest.mark.parametrize(
    "text",
    [
        # (届时…可开行: what a port may run once something is done)
        "新码头明年投用。届时,果园港可开出直达中亚的集装箱班列。",
        # (未来…将: what is to be, told by the goods' way)
        "未来,基地的汽车将从团结村站出发,经铁海联运运往中东、非洲。",
        # (将逐步开通: lines to be opened one after another, every one of the sentence)
        "航站楼扩建完成后,年内还将逐步开通鄂州至大连、厦门等地客运航线,并开通鄂州至大阪、曼谷等地货运航线。",
    ],
)
def test_what_may_be_some_day_is_no_route_whatever_its_form(text):
    assert extract_text(text)["routes"] == []


def test_a_road_told_from_where_it_starts_is_no_service():
    """中吉乌公路从喀什出发,…终点是塔什干: a way described, not goods moved on it."""
    text = "这条跨境公路从新疆喀什出发,经伊尔克什坦口岸进入吉尔吉斯斯坦,终点是塔什干。"
    assert extract_text(text)["routes"] == []


def test_a_siding_or_an_artery_told_from_where_it_starts_is_no_service():
    """铁路专用线从…站引出,直达…码头; 水运大动脉——从涪陵出发: a way built or planned, no
    goods moved on it; a train leaving from the siding still starts there."""
    text = "新建的铁路专用线从香炉山站引出,直达阳逻港集装箱码头,全长约两公里。"
    assert extract_text(text)["routes"] == []
    text = "这条规划中的水运大动脉——从重庆涪陵出发,溯乌江入黔,最终直抵北部湾港。"
    assert extract_text(text)["routes"] == []
    text = "首趟班列从阳逻港铁路专用线驶出,开往西安。"
    assert [r["destinations"] for r in extract_text(text)["routes"]] == [["西安市"]]


def test_a_kind_of_service_defined_a_count_shaped_name_and_a_lists_number():
    """中亚班列,指的是…: a kind defined, no service; 三条航线: a count, not 三条 in Japan;
    1.中亚班列(…): the list's number is no part of the line's name."""
    record = extract_text("中欧班列,指的是从中国始发、目的地为欧洲各国的集装箱班列。")
    assert record["routes"] == []
    record = extract_text("三条航线投运后,黄石新港的状况就此改变。")
    assert "三条" not in {r["name"] for r in record["regions"]}
    # (a count closing a clause, 增加到三条: a count too, after 到 or 第; 日本三条: the city)
    record = extract_text("通往东盟的铁路货运通道增加到三条:这次打通的是第三条。")
    assert "三条" not in {r["name"] for r in record["regions"]}
    record = extract_text("这批五金货物运往日本三条。")
    assert "三条" in {r["name"] for r in record["regions"]}
    record = extract_text("现开行的主要线路:\n1.中亚班列(连云港~塔什干)。列车在连云港发车。")
    assert [r["names"] for r in record["routes"]] == [["中亚班列"]]


def test_a_fast_line_and_goods_set_off_are_service_words():
    """“精品快航”直达航线 is a liner's service; 装车起运 is a start."""
    routes = extract_text("泰州港开出了至上海洋山港、重庆港的“精品快航”。")["routes"]
    assert sorted(d for r in routes for d in r["destinations"]) == ["洋山港", "重庆港"]
    routes = extract_text("该航线在合肥港派河港区装车起运,一路直抵上海海通码头。")["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("派河港区", ["上海海通码头"])]


def test_how_often_lines_run_at_a_place_is_no_line_opened():
    """…加密东南亚等国际班列在小南垭站的开行频次: how often they run, no line opened there."""
    assert extract_text("将进一步加密东南亚等国际班列在小南垭站的开行频次。")["routes"] == []


# --------------------------------------------------------------------------- lines listed
def test_the_lines_of_one_list_stay_apart_though_one_port_holds_another():
    text = "重庆共有重庆—宜昌、忠县—宜昌、万州—宜昌三条滚装航线。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("重庆市", ("宜昌港",)), ("忠县港", ("宜昌港",)), ("万州港", ("宜昌港",))}


def test_the_lines_of_one_list_stay_apart_though_one_was_told_before():
    """A train to 北仑港 told, then a list of counted lines of one name, one of them to 北仑港:
    the list's name makes no one service of its lines."""
    text = (
        "一列铁海联运班列从赣州国际陆港出发,抵达宁波北仑港后将换船出海。"
        "目前,赣州国际陆港已开通赣州至厦门高崎港、宁波北仑港、深圳盐田港等6条铁海联运班列。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {
        ("赣州国际陆港", ("北仑港区",)),
        ("赣州国际陆港", ("盐田港区",)),
        ("赣州国际陆港", ("厦门高崎港",)),
    }


def test_the_lines_of_one_list_stay_apart_though_they_pass_a_train_told_before():
    """A train to 欧洲 told by its stops, then a list of lines each to or by one of them:
    the lines after the first one taken in are lines of their own, not that train again."""
    text = (
        "上月,一列班列由青岛港出发,向西经阿拉山口和霍尔果斯出境,开往欧洲。"
        "青岛港现有两条过境班列:青岛港—霍尔果斯班列、青岛港—阿拉山口—杜伊斯堡班列。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert ("青岛港", ("杜伊斯堡",)) in routes
    assert ("青岛港", ("欧洲",)) in routes


def test_lines_listed_from_several_starts_do_not_take_over_a_train_told_before():
    """A train from 西安 to 汉堡 told first, then lines from three coastal cities by way of
    西安 to 汉堡, listed: each listed line is a service of its own, and the first train keeps
    its start (a single line told from where its goods started is still the train before)."""
    text = (
        "上周,一列班列从西安国际港站开出,驶向德国。西安到汉堡的班列是2015年开通的。今年,"
        "西安又开行了青岛-西安-汉堡、天津-西安-汉堡、连云港-西安-汉堡等线路的班列。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {
        ("西安国际港站", ("汉堡",)),
        ("青岛市", ("汉堡",)),
        ("天津市", ("汉堡",)),
        ("连云港市", ("汉堡",)),
    }


def test_a_train_told_by_its_start_and_stops_only_is_a_route_only_when_named():
    """A train told leaving and passing a crossing, with no end named: nothing to draw it
    to, no route; but a service the text names keeps its route of no end, which the
    outputs list as not drawn (a corridor's part is settled apart)."""
    text = "一趟班列从重庆出发,经霍尔果斯口岸出境后运抵重庆。"
    assert extract_text(text)["routes"] == []
    text = "首趟“襄汉欧”班列开到武汉以后,在阿拉山口离开国境,再穿过哈萨克斯坦和波兰。"
    (route,) = extract_text(text)["routes"]
    assert route["name"] and route["destinations"] == []


def test_a_clause_after_a_semicolon_from_another_start_tells_its_own_ends():
    """A China–Europe train told leaving 苏州西站 for 莫斯科, then, after a semicolon, another
    train told leaving 连云港 for 阿拉木图: each its own end, the first not taken on to the
    second's."""
    text = "一趟中欧班列从苏州西站驶出,去往莫斯科;当天,从连云港出发的班列也驶向阿拉木图。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("苏州西站", ("莫斯科",)), ("连云港市", ("阿拉木图",))}


def test_a_train_to_a_city_of_a_country_another_train_passes_is_another_train():
    """A train told passing 哈萨克斯坦 on its way to 杜伊斯堡, then a train to 阿拉木图,
    in that country: passing the country is not reaching the city, two routes."""
    text = (
        "一列班列从西安国际港站出发,途经哈萨克斯坦和俄罗斯,最后开抵德国杜伊斯堡。"
        "此外,西安还开行了西安至阿拉木图的班列。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("西安国际港站", ("杜伊斯堡",)), ("西安市", ("阿拉木图",))}


def test_yunda_is_a_word_of_arriving():
    """运达 (goods carried to a place), as 运抵: the train's end, where it leaves told before."""
    text = "一趟货运班列装着建材从乌鲁木齐出发,运达哈萨克斯坦阿拉木图。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("乌鲁木齐市", ("阿拉木图",))}


def test_what_a_train_can_do_in_its_runs_time_is_a_run():
    """只要3天就能从老挝运到昆明: the run's time, then where it arrives, a run; 船舶可从…直达…
    without a time told is what ships can do, no run."""
    text = "香蕉搭乘中老班列,只要3天就能从老挝运到昆明。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("老挝", ("昆明市",))}
    assert extract_text("香蕉搭乘中老班列,能从老挝运到昆明。")["routes"] == []


def test_lines_opened_one_after_another_to_a_part_of_the_world_are_not_the_train_told():
    """A train from 西安国际港站 to 汉堡, then 西安和长沙…陆续开行了去往欧洲的班列: lines of a
    network to 欧洲, not that one train told again."""
    text = (
        "一列中欧班列今天从西安国际港站开出,驶往德国汉堡。"
        "这几年,西安和长沙也陆续开行了去往欧洲的货运班列。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("西安国际港站", ("汉堡",)), ("西安市", ("欧洲",)), ("长沙市", ("欧洲",))}


def test_places_listed_after_jing_are_passed_not_started_from():
    """成都、重庆分别经怀化、贵阳至北部湾港: the places after 经 are passed, whichever item of
    their list a reading starts at."""
    text = "目前,成都、重庆分别经怀化、贵阳、柳州至北部湾港的铁路线路均已打通。"
    origins = {r["origin"] for r in extract_text(text)["routes"]}
    assert not origins & {"贵阳市", "怀化市", "柳州市"}


def test_places_that_opened_trains_to_a_part_of_the_world_each_have_a_route():
    text = "随后,武汉、苏州、成都、郑州等城市相继开行直达欧洲的铁路列车。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {(o, ("欧洲",)) for o in ("武汉市", "苏州市", "成都市", "郑州市")}


def test_lines_counted_after_one_name_are_a_route_each():
    text = "目前,泸州港已开通“泸州—武汉、南京、上海”等地12条集装箱航线。"
    routes = sorted((r["origin"], r["destinations"]) for r in extract_text(text)["routes"])
    assert routes == [("泸州港", ["上海港"]), ("泸州港", ["南京港"]), ("泸州港", ["武汉港"])]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        (
            "北部湾港常态化开行至重庆、成都、昆明等5个方向班列。",
            [
                ("北部湾港", ["成都市"], [], "rail"),
                ("北部湾港", ["昆明市"], [], "rail"),
                ("北部湾港", ["重庆市"], [], "rail"),
            ],
        ),
        ("班列从团结村开往越南、泰国。", [("团结村", ["越南", "泰国"], [], "rail")]),  # one train
    ],
)
def test_trains_to_several_directions_are_a_service_each(text, routes):
    assert _routes(text) == routes


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # the trains of a service to several cities of China: a service to each
        (
            "目前已常态化开行北部湾港至重庆、成都、昆明等西部地区海铁联运班列。",
            [
                ("北部湾港", ["成都市"], [], "rail-sea"),
                ("北部湾港", ["昆明市"], [], "rail-sea"),
                ("北部湾港", ["重庆市"], [], "rail-sea"),
            ],
        ),
        # ships leaving together for two counties: one movement
        (
            "6艘船舶从北碚犁子林码头出发,沿嘉陵江前往仪陇县、南部县等地。",
            [("北碚犁子林码头", ["仪陇县", "南部县"], [], "river")],
        ),
        # a list of ends with an aside that is no place of its own, the last after 以及
        (
            "一列班列从西安出发,通往波兰马拉舍维奇(华沙)、比利时根特以及拉脱维亚里加。",
            [("西安市", ["马拉舍维奇", "根特", "里加"], [], "rail")],
        ),
        # one train's goods to several countries: one route
        (
            "班列从果园港出发,驶往越南、泰国。",
            [("果园港", ["越南", "泰国"], [], "rail")],
        ),
        # the way a route is compared with is no route
        ("此趟班列全程约25天,相较于从广东直接海运至欧洲,节约20天。", []),
        # the crossing it leaves the country by, of its own name, told with its province:
        # a stop, not a start
        (
            "一辆货车从广东深圳发车,将从新疆都拉塔口岸出境,开往阿拉木图。",
            [("深圳市", ["阿拉木图"], ["都拉塔口岸"], "road")],
        ),
        # how goods used to go, or must go: no service run
        ("以前从沙坪坝发出的货车最远只开到昆明,如今能开到欧洲。", []),
        ("进口货物一般需要从上海港经长江运抵万州。", []),
        # the time before, then what goods mostly did, clauses on: the old way, no service
        ("此前,这里产的陶瓷主要是靠汽车运至广州,或由长沙铁运至钦州港,再船运出海。", []),
        ("原来,矿石运输方式一般是海运,先由澳大利亚运到上海港,再沿长江运至果园港。", []),
        # what one plans, hopes or is able to carry from a start: no service run (not a
        # first run told with 把)
        ("我们明年还计划把班列从成都开到伊朗德黑兰。", []),
        ("专家希望二十天内就能把货物从德国运到重庆。", []),
        ("这是首次把榨菜从涪陵运到上海。", [("涪陵区", ["上海市"], [], "unspecified")]),
        # a corridor's trains from two places, 分别 to two: each its own, in turn
        (
            "两列西部陆海新通道班列从成都、重庆发出,经钦州港分别到达马来西亚和泰国。",
            [
                ("成都市", ["马来西亚"], ["钦州港"], "rail-sea"),
                ("重庆市", ["泰国"], ["钦州港"], "rail-sea"),
            ],
        ),
        # exported to a place right after the verb; not the markets of goods (出口到X的)
        (
            "3月27日,两辆货车从忠县出发,首次通过公路和海运出口新加坡。",
            [("忠县", ["新加坡"], [], "road")],
        ),
        ("班列从团结村出发,运输出口到非洲、欧美的化工品。", []),
        # goods named by their place and shipped; not a trade's figures (出口至越南的榨菜增长)
        ("15日凌晨,27吨巫山脆李装车启运泰国曼谷。", [("巫山县", ["曼谷"], [], "unspecified")]),
        ("今年重庆出口至越南的榨菜增长5%。", []),
        # dispatched there (在…发运, the clause's last word), then shipped on to its end
        (
            "3月2日,首批30吨柑橘在江永县装车发运,由公路运至深圳盐田港,再经海运运往香港。",
            [("江永县", ["香港特别行政区"], ["盐田港区"], "road")],
        ),
        ("这是泰国首次通过老挝将农产品运往重庆。", []),  # a way through, no origin
        # an area the line is named to, told finer before it (飞往莫斯科和卢森堡…重庆至欧洲)
        (
            "货机从重庆江北国际机场起飞,飞往莫斯科和卢森堡,这标志着重庆至欧洲的货运航线首航。",
            [("江北国际机场", ["莫斯科", "卢森堡"], [], "air")],
        ),
        # cargo lines flown to places listed: a line each; lines of passengers: none
        (
            "2011年,重庆机场新开了重庆至台中、高雄的客运航线,重庆至香港、台北、莫斯科的货运航线。",
            [
                ("重庆市", ["台北"], [], "air"),
                ("重庆市", ["莫斯科"], [], "air"),
                ("重庆市", ["香港特别行政区"], [], "air"),
            ],
        ),
        # where people come from is no origin of goods (来自X的采购商)
        ("来自越南、泰国等国家的采购商代表签约,柑橘将搭乘西部陆海新通道班列发往柬埔寨。", []),
        # a passengers' train named before where it runs from (客运列车由X…前往Y): none; buses
        # shipped are goods
        ("如今,国际客运列车由北京经二连浩特前往乌兰巴托等地。", []),
        (
            "一趟专列载着30台客车驶离贵阳都拉营站,开往老挝万象。",
            [("都拉营国际陆海通物流港", ["万象"], [], "rail")],
        ),
        # goods by ship first, then by train (上船,经过海上运输,…再搭载中欧班列前往): rail-sea
        (
            "这个货柜从泰国曼谷上船,经过5天的海上运输,到达厦门后再搭载中欧班列前往德国汉堡。",
            [("曼谷", ["汉堡"], ["厦门市"], "rail-sea")],
        ),
        # a place runs a train that goes somewhere (X开行…列车前往Y)
        ("12月20日,郑州开行X8021次列车前往汉堡。", [("郑州市", ["汉堡"], [], "rail")]),
        # express parcels carried on a high-speed train (高铁快件) are freight
        (
            "DJ5421次列车搭载着800件高铁快件从贵阳北站出发,2个半小时后,列车抵达昆明南站。",
            [("贵阳北站", ["昆明南站"], [], "rail")],
        ),
        # passengers' ro-ro lines (客滚航线) carry people
        ("平潭港已开通至台中、台北两条高速客滚航线。", []),
        # nor where a corridor's goods come from in general (来自X、Y等地的货物…运往)
        ("来自天津、杭州、深圳等地的家电也陆续经中老铁路运往老挝。", []),
        # a port's figures: the sailings of a line counted, or a way of working named after it
        ("今年一季度,果园港集装箱量增长,发运沪渝直达快线300艘次。", []),
        ("1—10月沪渝直达快线共计完成上下水983艘次。", []),
        ("码头按照沪渝直达“快线优先、以出保进”的方式组织生产。", []),
    ],
)
def test_services_to_several_cities_and_ways_compared_with(text, routes):
    assert _routes(text) == routes


def test_directions_counted_are_all_the_services_ends():
    """…通往重庆、成都等地的班列…,开行至重庆、成都、昆明等5个方向班列: a service to each
    direction counted, 昆明 too."""
    text = "北部湾港通往重庆、成都等地的集装箱班列迅速增长,现已常态化开行至重庆、成都、昆明等5个方向班列。"
    assert [r[:2] for r in _routes(text)] == [
        ("北部湾港", ["成都市"]),
        ("北部湾港", ["昆明市"]),
        ("北部湾港", ["重庆市"]),
    ]


def test_road_lines_listed_by_their_ends_are_a_route_each():
    """南宁—河内、深圳—河内、崇左—河内几条国际道路运输线: three road lines (崇左 starts a
    chain of its own, it is no second end of 深圳's)."""
    text = "去年已有南宁—河内、深圳—河内、崇左—河内几条国际道路运输线投入运营。"
    routes = extract_text(text)["routes"]
    assert sorted((r["origin"], r["destinations"][0], r["mode"]) for r in routes) == [
        ("南宁市", "河内", "road"),
        ("崇左市", "河内", "road"),
        ("深圳市", "河内", "road"),
    ]
    assert all(len(r["destinations"]) == 1 for r in routes)


@pytest.mark.parametrize(
    "text",
    [
        "该市已陆续开通至德国、越南、泰国等线路。",
        "该市已开通至越南、至泰国和至德国等出口方向班列线路3条。",
    ],
)
def test_lines_listed_to_several_ends_are_a_line_to_each(text):
    routes = extract_text("烟台港" + text)["routes"]
    assert sorted(d for r in routes for d in r["destinations"]) == ["德国", "泰国", "越南"]
    assert all(len(r["destinations"]) == 1 for r in routes)


def test_lines_listed_then_counted_beyond_their_ends_are_each_read_once():
    """至匈牙利、至波兰…等去程方向班列线路7条: more lines counted than ends listed; a line to
    each end, once (each line's ends were counted again)."""
    text = (
        "目前,长沙国际铁路港已开通至匈牙利、至波兰、至明斯克和至中亚五国等去程方向中欧班列线路7条。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert len(routes) == len(set(map(str, routes))) == 4


def test_a_county_inland_port_and_lines_counted_with_their_ends_in_brackets():
    text = "今年新增内河集装箱航线2条(沭阳内河港到太仓港、淮安港内港池到上海港外高桥港区)。"
    record = extract_text(text)
    assert "沭阳内河港" in [p["name"] for p in record["ports"]]
    routes = {(r["origin"], tuple(r["destinations"])) for r in record["routes"]}
    assert routes == {("沭阳内河港", ("太仓港",)), ("淮安港", ("外高桥港区",))}


def test_a_line_read_again_is_itself_not_the_line_whose_end_it_passes():
    text = "其中有蚌埠—淮南、蚌埠—合肥以及蚌埠—淮南—合肥等航线。"
    routes = {
        (r["origin"], tuple(r["destinations"]), tuple(r["via"]))
        for r in extract_text(text)["routes"]
    }
    assert len(routes) == 3
    assert any(r[2] == () and r[1][0].startswith("淮南") for r in routes), routes


def test_lines_listed_then_counted_after_their_service_are_a_line_to_each():
    text = "淮南港是淮河的重要港口。该港陆续开出至太仓、扬州、上海的内贸航线,共计3条。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert sorted(routes) == [
        ("淮南港", ["上海港"]),
        ("淮南港", ["太仓港"]),
        ("淮南港", ["扬州港"]),
    ]


# --------------------------------------------------------------------------- modes
@pytest.mark.parametrize(
    ("a", "b", "finer"),
    [
        ("river", "river-sea", "river-sea"),
        ("rail-river", "river", "rail-river"),
        ("rail", "unspecified", "rail"),
        ("rail", "river", None),
        ("rail-sea", "river-sea", None),
    ],
)
def test_the_finer_of_two_modes(a, b, finer):
    from cqmap.geo.vocabulary import finer_mode

    assert finer_mode(a, b) == finer_mode(b, a) == finer


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # a list of quoted lines, one a gulf's ports, with a word of no mode (线路)
        (
            "通道新开“遂宁-钦州”、“张掖-重庆-北部湾”等多条新线路。",
            [
                ("遂宁市", ["钦州市"], [], "unspecified"),
                ("张掖市", ["北部湾港"], ["重庆市"], "unspecified"),
            ],
        ),
        ("北部湾经济区发展迅速。", []),  # the region, no port
        # the province's coast: the province is the place; a port group's company
        ("货物由铁路运到广西北部湾后换船出口。", []),
        ("据广西北部湾国际港务集团介绍,吞吐量再创新高。", []),
        ("这条公路是前往北部湾出海口最近的通道。", []),
    ],
)
def test_lines_of_no_mode_and_the_gulfs_ports(text, routes):
    read = [
        (r["origin"], r["destinations"], r["via"], r["mode"]) for r in extract_text(text)["routes"]
    ]
    assert sorted(read) == sorted(routes)
    if not routes:
        assert extract_text(text)["ports"] == []


def test_a_freight_line_of_a_sentence_of_aircraft_is_by_air():
    text = "一架货机离开江北国际机场飞往欧洲,标志着重庆—上海—列日国际货运航线开通。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"], route["mode"]) == (
        "江北国际机场",
        ["列日"],
        ["上海市"],
        "air",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (lines counted after their ends, and joined by 及: one route each)
        (
            "江北国际机场今年新开重庆至米兰、曼谷及达卡3条国际货运航线。",
            [("重庆市", ["米兰"]), ("重庆市", ["曼谷"]), ("重庆市", ["达卡"])],
        ),
        # (chains parted by commas; a city's name right before 货运航线 is a route's end)
        (
            "重庆机场开通重庆-东京,班加罗尔-重庆等货运航线,加密重庆至芝加哥货运航线。",
            # (the airport told opening them: its lines, from and to it)
            [
                ("江北国际机场", ["东京"]),
                ("班加罗尔", ["江北国际机场"]),
                ("江北国际机场", ["芝加哥"]),
            ],
        ),
        # (a stop the gazetteer does not know: no stop, and no end of the route)
        (
            "航空公司开通重庆-纳乌什基(经停)-莫斯科货运航线。",
            [("重庆市", ["莫斯科"])],
        ),
        ("航空公司开通重庆-纳乌什基货运航线。", []),
        # (a city the time zone named after it gives its Chinese name: 克拉斯诺亚尔斯克)
        ("航空公司开通重庆-克拉斯诺亚尔斯克货运航线。", [("重庆市", ["克拉斯诺亚尔斯克"])]),
        # (the cities an airport's cargo lines serve; not those its passengers' lines serve,
        # though a list counts them)
        (
            "重庆机场开通国际航线58条。其中,客运航线46条,航点覆盖罗马、悉尼、首尔等40个城市;"
            "货运航线12条,航点覆盖了列日、首尔、曼谷等12个城市。",
            [("江北国际机场", ["列日"]), ("江北国际机场", ["首尔"]), ("江北国际机场", ["曼谷"])],
        ),
        # (passengers' flights: no freight route)
        ("机场开通重庆至曼谷直飞航线,旅客可当天往返。", []),
        # (直航 in a sentence of passengers' flights: a line flown, no freight route)
        ("重庆至卡塔尔多哈直航国际航线开通,补上了重庆直飞中东客运航班的空白。", []),
    ],
)
def test_lines_flown_with_freight_are_air_routes(text, expected):
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == expected
    assert all(r["mode"] == "air" for r in routes)


def test_a_ports_line_beside_its_airport_stays_on_the_water():
    text = "万州新田港紧邻万州机场,开通了万州至上海的集装箱航线。"
    (route,) = extract_text(text)["routes"]
    assert route["mode"] == "river"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("货轮从荆州港出发,前往韩国釜山及日本大阪。", "river-sea"),
        ("岳阳城陵矶港至香港的集装箱班轮航线开通。", "river-sea"),
        ("货轮从宜宾港出发,驶往上海港。", "river"),
    ],
)
def test_a_liner_to_ports_across_the_sea_goes_by_river_and_sea(text, mode):
    (route,) = extract_text(text)["routes"]
    assert route["mode"] == mode


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # (lines told opened before the one told, the service word left out: one each)
        (
            "这是营口港继开行直达莫斯科、华沙和白俄罗斯后的第四条中欧班列。",
            [("营口港", ["莫斯科"]), ("营口港", ["华沙"]), ("营口港", ["白俄罗斯"])],
        ),
        # (直通: straight to it)
        ("中欧班列从团结村站驶出,直通杜伊斯堡。", [("团结村", ["杜伊斯堡"])]),
        # (where a train's goods come from, reaching farther: no movement)
        ("中亚班列的货源已由陕西辐射至甘肃、宁夏、山东等地。", []),
        # (lines counted, then their starts counted: a network, no service)
        ("截至年底,已铺画出61条从重庆、苏州、义乌等城市直通欧洲的运行线。", []),
    ],
)
def test_lines_told_before_straight_lines_and_a_network_of_lines(text, routes):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes


def test_lines_listed_told_leaving_a_station_of_their_start_leave_from_it():
    """西安—青岛、西安—宁波的班列从西安国际港站驶出: each line leaves from the station."""
    text = "当天下午,西安—青岛、西安—宁波的陆海联运班列从西安国际港站缓缓驶出。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("西安国际港站", ["青岛市"]), ("西安国际港站", ["宁波市"])]


def test_a_water_lines_end_named_by_its_city_is_no_port_of_entry():
    """湛江口岸营商环境…,开通湛江-温州航线: the line's end is the city's port on the water
    (湛江港), not its port of entry as a whole (湛江口岸)."""
    text = "湛江口岸营商环境不断优化,湛江港集团开通湛江-温州内贸班轮航线。"
    assert [r["origin"] for r in extract_text(text)["routes"]] == ["湛江港"]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("兰州—汉堡—兰州中欧往返货运班列开行。", ("兰州市", ["汉堡"], [])),
        (
            "开通钦州港—洋浦—新加坡—吉大港—新加坡—钦州港闭合航线。",
            ("钦州港", ["吉大港港"], ["洋浦港", "新加坡"]),
        ),
    ],
)
def test_a_loop_ends_where_it_turns_back(text, route):
    """兰州—汉堡—兰州: a chain back to its start ends at the last place before the stops it
    passed already on the way out (吉大港's port, not 新加坡 passed again)."""
    (read,) = extract_text(text)["routes"]
    assert (read["origin"], read["destinations"], read["via"]) == route


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("货轮从洋浦港出发,驶往新加坡。", ("洋浦港", ["新加坡"])),
        ("还打通了洋浦至锦州港、天津港等多条运输路径。", ("洋浦港", ["锦州港", "天津港"])),
        ("湛江港至胡志明港的集装箱航线开通。", ("湛江港", ["胡志明港"])),
    ],
)
def test_a_line_between_sea_ports_is_of_no_river(text, route):
    """洋浦至天津港: a water line whose ends are all sea ports, or places across the sea,
    goes on no river: its mode is sea (not river, nor river-sea)."""
    (read,) = extract_text(text)["routes"]
    assert (read["origin"], read["destinations"], read["mode"]) == (*route, "sea")


def test_a_line_of_the_sea_may_call_at_coastal_cities_but_not_pass_inland():
    """A sea line calling at a coastal city (厦门: its port is a sea port) is of the sea; one
    told passing an inland city (重庆) is no line of the sea, and says no other way."""
    ((route,),) = [extract_text("湛江港经厦门至胡志明港的集装箱航线开通。")["routes"]]
    assert (route["origin"], route["destinations"], route["via"], route["mode"]) == (
        "湛江港",
        ["胡志明港"],
        ["厦门市"],
        "sea",
    )
    ((route,),) = [extract_text("湛江港经重庆至胡志明港的集装箱航线开通。")["routes"]]
    assert (route["via"], route["mode"]) == (["重庆市"], "unspecified")


@pytest.mark.parametrize(
    ("text", "origin", "mode"),
    [
        ("川航“成都双流—布达佩斯”定期货运航线就此开航。", "双流国际机场", "air"),
        ("该公司此前已开通成都至比利时布鲁塞尔航线。", "成都市", "air"),
        ("重庆至上海航线今天开通。", "重庆市", "river"),  # (ports at both ends: ships)
        # (a freight line of a list, told with no word of ships)
        ("今年陆续开通重庆-达卡,班加罗尔-重庆等国际货运航线。", "重庆市", "air"),
        ("开通南充至重庆的川渝水路货运航线。", "南充港", "river"),  # (水路: by water)
    ],
)
def test_a_line_between_places_with_no_port_on_the_water_is_flown(text, origin, mode):
    """成都至布鲁塞尔航线, told with no word of ships: no ship reaches either end, so it is
    flown; a district named in it is its airport (成都双流: 双流国际机场)."""
    route = extract_text(text)["routes"][0]
    assert (route["origin"], route["mode"]) == (origin, mode)


@pytest.mark.parametrize(
    "text",
    [
        "福建东山至台湾集装箱货运航线实现常态化运营。",
        # (a line at sea, told so in its sentence: 海上)
        "今年莆田开通秀屿至台中货运直航航线,两岸又多了一条海上直航航线。",
    ],
)
def test_a_container_line_is_not_flown_though_no_port_is_known_at_its_ends(text):
    """东山至台湾集装箱货运航线: containers, carried by ship, not a freighter's line; nor
    a line the sentence says is at sea (海上直航航线)."""
    route = extract_text(text)["routes"][0]
    assert route["origin"] in ("东山县", "秀屿区") and route["mode"] != "air"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("一列货车驶离巫山站,两小时后到达重庆北站。", "rail"),  # (列 counts trains)
        ("一辆货车驶离巫山站,两小时后到达重庆北站。", "road"),  # (辆, a lorry)
    ],
)
def test_a_freight_train_counted_as_a_train_goes_by_rail(text, mode):
    (route,) = extract_text(text)["routes"]
    assert route["mode"] == mode


@pytest.mark.parametrize(
    "text",
    [
        "这趟班列的海运航线从上海港直达汉堡港,全程约30天。",
        "与班列配套的海运航线从宁波港开往钱凯港。",
    ],
)
def test_a_line_of_the_sea_told_as_a_trains_goes_by_sea(text):
    """班列的海运航线: the line is the service told, the train only whose it is; its mode
    is the line's, not the train's."""
    (route,) = extract_text(text)["routes"]
    assert route["mode"] not in ("rail", "rail-sea")


def test_an_air_line_named_by_its_ends_with_fei_from_the_airport_a_freighter_left():
    """一架全货机在郑州新郑国际机场升空,郑州飞日本大阪的定期货运航线首航: an air line, from
    the airport the freighter left."""
    text = "一架全货机在郑州新郑国际机场升空,郑州飞日本大阪的定期货运航线顺利完成首航。"
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("新郑国际机场", ["大阪"], "air")]


@pytest.mark.parametrize("word", ["远洋", "河海直达"])
def test_an_ocean_going_line_from_a_river_port_goes_by_river_and_sea(word):
    text = f"4月12日,淮安港至上海洋山港的{word}集装箱航线投入运营。"
    (route,) = extract_text(text)["routes"]
    assert route["mode"] == "river-sea"


def test_all_freighter_lines_are_flown_both_ways_between_their_ends():
    """西安至银川往返全货运航线: an air line (全货运), to 银川 (a weak name before 往返)."""
    routes = extract_text("今年7月,西安至银川往返全货运航线由圆通航空开通。")["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == [
        ("西安市", ["银川市"], "air")
    ]


def test_an_airline_of_mail_and_freight_flies_freight():
    """An aircraft of a mail or freight airline (邮政航空, 顺丰航空) carries freight: its
    flight between two airports is an air route; a way through the air (空中通道) is by air."""
    text = "清晨,一架邮政航空的飞机从郑州新郑国际机场起飞,两小时后飞抵南京禄口国际机场。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == [
        ("新郑国际机场", ["禄口国际机场"], "air")
    ]
    assert BY_AIR.search("这条空中通道") and AIR_FREIGHT.search("顺丰航空的飞机")


def test_lines_of_a_freight_airline_written_short_are_flown():
    """货航 is a freight airline written short (西北国际货航, 卢森堡货航): its lines listed
    are flown, each once; 散货航线 is a line of bulk ships."""
    text = "今年,西部货航新开成都至郑州、郑州至河内两条航线。"
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("成都市", ["郑州市"], "air"), ("郑州市", ["河内"], "air")]
    assert AIR_FREIGHT.search("卢森堡货航") and not AIR_FREIGHT.search("开通散货航线")


def test_services_told_each_before_they_start_go_each_to_their_end():
    """分别 told before the start as well as at the end (分别装载…开出,分别驶向A、B): several
    services, a route each; one train's goods sent on 分别 stay one route."""
    text = "当日,两艘货船分别装载集装箱从乍浦港区开出,分别驶向芜湖港、桐乡。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("乍浦港区", ["芜湖港"]), ("乍浦港区", ["桐乡市"])]
    text = "班列从团结村出发,货物分别运往德国和波兰。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("团结村", ["德国", "波兰"])]


def test_lines_to_countries_counted_are_a_line_each():
    """…开通了郑州直达俄罗斯、老挝、格鲁吉亚等3个国家的国际公路运输线路: lines, one to each
    country (a train's goods to several countries are one route)."""
    text = "去年以来,我省陆续开通了郑州直达俄罗斯、老挝、格鲁吉亚等3个国家的国际公路运输线路。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("郑州市", ["俄罗斯"]), ("郑州市", ["老挝"]), ("郑州市", ["格鲁吉亚"])]


def test_lines_opened_one_after_another_are_not_the_train_told_before():
    """先后开通了郑州…至俄罗斯、中亚和德国的班列通道: a network's lines opened one after
    another, not the train to 莫斯科 told in the sentence before, which keeps its one end."""
    text = (
        "本月初,一趟中欧班列由郑州圃田站发车,驶往莫斯科。今年以来,郑州已先后开通了郑州经"
        "霍尔果斯、二连浩特口岸至俄罗斯、中亚和德国的中欧班列通道。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert ("圃田站", ["莫斯科"]) in routes


def test_every_service_between_two_places_is_no_route():
    """凡是往来中国和欧洲的货运专列: what every such train is called, no service of its own."""
    text = "从那以后,凡是往来中国和欧洲的货运专列都统一叫作中欧班列。"
    assert extract_text(text)["routes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "这条航线是东南亚地区通往北美西岸的一条东西向航线,每周都有大船经过。",
        "新航线的开通,使之成为中国—东盟之间又一条重要的海上运输通道。",
        # (the country to parts of the world: the corridor's or the trade's way)
        "边境关闭后,从中国驶往欧洲的长途货运列车“中欧班列”暂时停驶。",
        "在这个口岸,车队将中国的新能源汽车运往中亚。",
        # (tourists' trains and lines: passengers)
        "首趟中国—中亚国际人文旅游专列本周开行。",
        # (two countries' connectivity project by their names, its train: no line between
        # the two)
        "中国—新加坡互联互通项目的冷链班列昨天开行。",
        "两地将共同打造巫山-奉节-云阳精品旅游线路。",
        # (a passenger train told by its number, not a freight train's: K…次, G…次)
        "随着K1234次列车驶出万州车站,这条铁路的万州至达州段正式开通运营。",
    ],
)
def test_a_lane_of_trade_or_a_tourists_line_is_no_route(text):
    """东南亚地区至北美的东西航线, 中国—东盟的海上运输通道: lanes of trade told by world
    regions, which no one service runs; 旅游专列, 旅游线路: tourists' trains and ways;
    K1234次列车: a passenger train by its number."""
    assert extract_text(text)["routes"] == []


def test_a_line_through_places_between_world_regions_is_a_route():
    """东盟经南宁至欧洲: a line through a place between two regions is one service."""
    text = "一列满载电子产品的班列从东盟经南宁发往欧洲。"
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("东南亚", ["欧洲"], ["南宁市"])]


def test_a_network_of_lines_counted_reaching_countries_is_no_route():
    """已有11条线路,辐射到西班牙、伊朗…等国家: all the lines of a place, no one service."""
    text = "眼下义乌始发的中欧班列已有11条线路,辐射到西班牙、伊朗、阿富汗、俄罗斯等国家。"
    assert extract_text(text)["routes"] == []


def test_lines_run_before_the_one_told_are_a_line_each():
    """继开行至宁波港、连云港港、上海港班列之后的第四条线路: three lines run before, one to each."""
    text = "这是徐州中欧班列继开行至宁波港、连云港港、上海港班列之后的第四条海铁联运线路。"
    ends = sorted(tuple(r["destinations"]) for r in extract_text(text)["routes"])
    assert ends == [("上海港",), ("宁波舟山港",), ("连云港港",)]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # (the coasts sea lines are named for: areas of their own)
        ("洋浦港至西非的洲际集装箱航线本月开通。", [("洋浦港", ["西非"])]),
        # (lines opened one after another: a line to each)
        (
            "去年,北海港先后开通至美西、美东、南美西航线。",
            [("北海港", ["美西"]), ("北海港", ["美东"]), ("北海港", ["南美西"])],
        ),
        (
            "山东临沂相继开出至乌兹别克斯坦塔什干、德国汉堡等国际货运班列。",
            [("临沂市", ["塔什干"]), ("临沂市", ["汉堡"])],
        ),
        # (trains sent one after another: a train to each)
        (
            "去年,临沂市先后发出至塔吉克斯坦、格鲁吉亚等数趟国际货运班列。",
            [("临沂市", ["塔吉克斯坦"]), ("临沂市", ["格鲁吉亚"])],
        ),
        # (a port's network counted by its trades and lines: no one service)
        ("该港区已开通韩国、西非、美东、中东等4大板块共30条国际班轮航线。", []),
    ],
)
def test_sea_lines_to_coasts_one_by_one_and_a_network_counted(text, routes):
    """至西非, 先后开通至美西、美东航线: lines to the coasts ships sail for, one each;
    …等4大板块共30条航线: a port's network."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes


def test_a_ship_named_with_lun_inside_its_quotes_carries_freight():
    """从钱凯港驶来的“新上海轮”…抵达洋山港: a ship by its name, 轮 inside the quotes;
    the place in its name is no place of the story."""
    text = "从秘鲁钱凯港驶来的“新上海轮”航行23天,于18日抵达洋山港。"
    record = extract_text(text)
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("钱凯港", ["洋山港"])]
    assert "上海市" not in [r["name"] for r in record["regions"]]


def test_the_ports_a_line_calls_at_on_its_way_are_its_stops():
    """由泸州港发出,挂靠果园港、阳逻港,最终抵达上海港: the ports called at between its
    start and its end are stops, in order."""
    text = "这条集装箱航线每周两班,由泸州港发出,挂靠果园港、阳逻港,最终抵达上海港。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["via"]) for r in routes] == [
        ("泸州港", ["上海港"], ["果园港", "阳逻港"])
    ]


@pytest.mark.parametrize(
    "text, routes",
    [
        # (a start, then calls and no end: each call a destination; back at its start, no end)
        ("货轮自烟台港起航,挂靠大连、天津、烟台。", [("烟台港", ["大连港", "天津港"])]),
        # (an end told after the calls: the movement's, the calls no end of it)
        ("货轮从青岛港启航,挂靠海防、曼谷等港口后驶往新加坡。", [("青岛港", ["新加坡"])]),
        # (a comma ends the list of calls after a start: the next clause another ship's)
        (
            "货轮自烟台港起航,挂靠大连、天津,另一艘挂靠青岛、上海。",
            [("烟台港", ["大连港", "天津港"])],
        ),
        # (several lines from one start: the calls theirs together)
        ("两条航线均从青岛港出发,分别挂靠越南海防、胡志明和泰国曼谷、林查班。", []),
        # (a start told in other words and calls before: these calls are part of the line)
        ("航线以天津港为起点,先后靠泊大连、青岛等港口,再挂靠釜山、神户、横滨等港口。", []),
        # (two calls and no start: no line told)
        ("该航线挂靠天津、釜山。", []),
        # (a passenger boat's stops: no freight line)
        ("客轮从重庆港出发,沿途停靠丰都、忠县、万州。", []),
        # (the last call a name no table holds: the line's end unknown)
        ("这条航线每周一班,依次挂靠釜山、横滨、名古屋、阿尔格萨拉斯。", []),
    ],
)
def test_a_line_told_by_its_start_and_its_calls(text, routes):
    """从大连港启航,挂靠A、B、C: a liner from its start to each port it calls at, where the
    sentence tells no end; not where it tells one, nor a passenger boat's stops."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes


@pytest.mark.parametrize(
    "text, routes",
    [
        # (an end no table holds between two it does: passed over, the list read on)
        ("南通港今年新开至上海、嘉禾湾、宁波的直达航线。", [("南通港", ["上海港", "宁波舟山港"])]),
        ("班列从西安出发,驶往匈牙利、嘉禾湾、波兰。", [("西安市", ["匈牙利", "波兰"])]),
        # (spaces around the commas, as web copies type them)
        ("班列从西安出发,驶往匈牙利 、波兰 、捷克。", [("西安市", ["匈牙利", "波兰", "捷克"])]),
        (
            "今年开通了周口港、淮滨港到合肥港、嘉禾湾、芜湖港的集装箱航线。",
            [("周口港", ["合肥港", "芜湖港"]), ("淮滨港", ["合肥港", "芜湖港"])],
        ),
        # (lines opened one after another from their start: one to each end)
        (
            "今年先后开通了芜湖港至南京港、嘉禾湾、太仓港的内贸航线。",
            [("芜湖港", ["南京港"]), ("芜湖港", ["太仓港"])],
        ),
        # (the last item no place: the list ends before it)
        ("南通港今年新开至上海、宁波、嘉禾湾的直达航线。", [("南通港", ["上海港", "宁波舟山港"])]),
    ],
)
def test_a_list_of_ends_passes_over_an_item_that_names_no_place(text, routes):
    """至上海、嘉禾湾、宁波的航线: an item of a list of ends that names no place is passed
    over, not the end of the list; lines opened one after another, one to each end."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes


def test_a_network_of_lines_is_no_line():
    """通往东南亚的航线网: the network a port's lines make, no line of its own; the line
    told so without 网 is one."""
    assert extract_text("这条新线让重庆港通往东南亚的航线网更加密集。")["routes"] == []
    routes = extract_text("这条新线让重庆港通往东南亚的航线更加密集。")["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("重庆港", ["东南亚"])]


def test_a_service_named_from_its_ends_in_brackets_holds_no_half_bracket():
    """一列(塔什干—西安)中亚班列, “义新欧”(义乌—列日)班列: the name read from the ends on
    holds no closing bracket without its opening one; a bracket whole stays."""
    for text, name in (
        ("2月24日,一列(塔什干—西安)中亚班列开进西安新筑车站。", "塔什干—西安中亚班列"),
        ("10月9日,“义新欧”(义乌—列日)班列驶出义乌。", "义乌—列日班列"),
        ("中老铁路(合肥—万象)国际货运列车于1月30日发出。", "中老铁路(合肥—万象)国际货运列车"),
    ):
        routes = extract_text(text)["routes"]
        assert [r["name"] for r in routes] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "近年来中欧、中亚班列开行数量增长很快。",
        "这座城市又开通了中欧中亚班列,成为陆上的枢纽。",
        "中欧(亚)班列的货源也在这里集结。",
        # (as some provinces call them, or by another word for a train)
        "省内各市的欧亚班列今年已开行数百列。",
        "赣州陆港开行的中欧亚班列越来越多。",
        "越来越多的中欧列车在这座城市集结。",
    ],
)
def test_china_europe_trains_told_with_those_to_central_asia_are_the_corridor(text):
    """中欧、中亚班列, 中欧中亚班列, 中欧(亚)班列: the China–Europe trains told with those
    to Central Asia, sharing their word, name 中欧班列; so do 欧亚班列, 中欧亚班列 and
    中欧列车, the same trains by other names."""
    assert "中欧班列" in {c["name"] for c in extract_text(text)["corridors"]}


def test_a_citys_brand_of_china_europe_trains_is_the_corridor():
    """长安号, 义新欧, 汉新欧 …: the brands the cities give their China–Europe trains are
    names of 中欧班列."""
    routes = extract_text("一列长安号当天从西安国际港站开出,驶向德国汉堡。")["routes"]
    assert [(r["origin"], r["destinations"], r["corridor"]) for r in routes] == [
        ("西安国际港站", ["汉堡"], "中欧班列")
    ]
    record = extract_text("今年以来,“汉新欧”开行量稳步增长。")
    assert [c["name"] for c in record["corridors"]] == ["中欧班列"]


@pytest.mark.parametrize(
    "text",
    [
        "这家工厂的零件如今搭乘哈欧班列去欧洲。",
        "郑新欧、蓉新欧的班次今年都增加了。",
        "湘欧班列和黔新欧都在扩大货源。",
        "当地的赣欧班列已经常态化开行。",
        "襄西欧班列的货物在西安集结后再出境。",
        "长满欧班列今年开行了一百多列。",
    ],
)
def test_more_cities_brands_of_china_europe_trains_are_the_corridor(text):
    """哈欧班列, 郑新欧, 湘欧班列, 赣欧班列, 长满欧 …: more cities' brands of their
    China–Europe trains, and those of cities joined to another's (襄西欧), name 中欧班列."""
    assert [c["name"] for c in extract_text(text)["corridors"]] == ["中欧班列"]


def test_a_feeder_line_and_a_shuttle_liner_are_services():
    """“日照-青岛”集装箱外贸内支线 (a feeder to a hub port), 往返于连云港港与上海港的“海上
    巴士” (a shuttle liner): routes; a railway's branch (铁路支线) is none."""
    assert _routes("“日照-青岛”集装箱外贸内支线今天正式开通运营。") == [
        ("日照港", ["青岛港"], [], "sea")
    ]
    routes = extract_text("这条航线被称作往返于连云港港与上海港的“海上巴士”。")["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("连云港港", ["上海港"])]
    assert extract_text("达州至万州的铁路支线建成通车。")["routes"] == []


def test_a_facility_after_a_city_abroad_and_its_state_is_the_end():
    """驶往俄罗斯卡卢加州沃尔西诺站: the oblast named after the city (卡卢加州), then the
    terminal in it: the terminal is the end, and the oblast, a division the gazetteer
    holds, only says where it is (no region), as the country before it does."""
    record = extract_text("一列班列从大朗站开出,驶往俄罗斯卡卢加州沃尔西诺站。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("大朗站", ["沃尔西诺站"])
    ]
    assert [r["name"] for r in record["regions"]] == []


def test_a_verb_of_going_closing_a_quote_goes_to_the_place_after_it():
    """…从汉口火车站开出,…5小时后“一站直达”北京: the quoted verb's place is the end."""
    text = "一列高铁快运动车组从汉口火车站开出,满载电商快件,5小时后“一站直达”北京。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("汉口站", ["北京市"])]


def test_a_service_said_after_its_run_to_be_a_way_keeps_its_route():
    """…从城厢站出发,…到达钦州港东站,是四川最短的出海铁路货运大通道: the train's run, then
    what it is; not 一条从广元出发…至重庆的水上通道, a way's course."""
    text = (
        "南向班列从成都城厢站出发,经由成渝线、南昆线到达钦州港东站,"
        "是四川最短的出海铁路货运大通道,也是通向东南亚地区的物流新通道。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("城厢站", ["钦州港东站"])]
    # (a waterway's course, 水路, is no run)
    assert _routes("这条从贵州通往重庆的水路,已停航多年。") == []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (a river port to a sea port on no river: 营口港, 洋山港)
        ("南京港至营口港的内贸集装箱航线本周开通。", ("南京港", ["营口港"], "river-sea")),
        (
            "岳阳城陵矶港至宁波舟山港的集装箱航线本周开通。",
            ("城陵矶港", ["宁波舟山港"], "river-sea"),
        ),
        # (a port at the river's mouth, 上海港 and its areas, keeps the river's mode)
        ("泸州港至上海港的集装箱航线本周开通。", ("泸州港", ["上海港"], "river")),
        ("武汉至洋山的集装箱航线本周开通。", ("武汉港", ["洋山港"], "river")),
        # (nor a line whose other end names no port)
        ("榆林至天津港的物流通道已经打通。", ("榆林市", ["天津港"], "river")),
    ],
)
def test_a_river_line_to_a_sea_port_off_the_rivers_goes_by_river_and_sea(text, route):
    """南京至营口: a river port's line to a sea port of China on no river goes by river and
    sea; to 上海港, at the river's mouth, it stays on the river."""
    (read,) = extract_text(text)["routes"]
    assert (read["origin"], read["destinations"], read["mode"]) == route


def test_an_area_of_china_is_no_place_across_the_sea():
    """梧州港—珠三角: the Pearl River delta, an area of 广东, is no place across the sea: a
    river liner to it stays on the river (to 东南亚 it goes by sea too)."""
    (read,) = extract_text("梧州港—珠三角集装箱班轮航线本月开行。")["routes"]
    assert (read["destinations"], read["mode"]) == (["珠三角"], "river")
    (read,) = extract_text("梧州港—东南亚集装箱班轮航线本月开行。")["routes"]
    assert (read["destinations"], read["mode"]) == (["东南亚"], "river-sea")


def test_lines_listed_from_a_sea_port_each_take_their_own_ends_mode():
    """A sea port's lines listed by their far ends: each line's mode is its own (to 锦州 and
    to 泉州, a city whose ports are all of the sea: sea; to 宿迁, inland: not the sea's)."""
    text = "连云港港的海船航线发展迅速,已开通的航线有锦州、泉州和宿迁。"
    modes = {r["destinations"][0]: r["mode"] for r in extract_text(text)["routes"]}
    assert modes == {"锦州港": "sea", "泉州市": "sea", "宿迁市": "river"}


def test_a_line_from_a_terminal_of_a_sea_ports_city_is_a_line_of_the_sea():
    """厦门嵩屿码头 (a terminal of its own name in 厦门, whose port is a sea port) to 海防港:
    a line of the sea, not river–sea; a terminal of a river port's city stays on the river."""
    assert _routes("该轮从厦门嵩屿码头出发,驶往越南海防港。") == [
        ("厦门嵩屿码头", ["海防港"], [], "sea")
    ]
    assert _routes("货轮从宜昌云池码头出发,驶往上海港。") == [
        ("宜昌云池码头", ["上海港"], [], "river")
    ]


def test_a_line_told_run_before_the_new_one_is_no_train_going_on():
    """这是继开通往明斯克的班列后,新开通的线路: the line to 明斯克 ran before; the train told
    after it going to 莫斯科 is the new one, not the 明斯克 line going on."""
    text = (
        "今年首列中欧班列从长沙北站启运,终点为俄罗斯莫斯科。"
        "这是长沙继开通往白俄罗斯明斯克的班列后,新开通的一条班列线路。"
        "启程!今年头一列中欧班列开往莫斯科。"
    )
    routes = [(r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert sorted(routes) == [(["明斯克"], []), (["莫斯科"], [])]


def test_trains_told_leaving_then_arriving_each_at_its_end():
    """两列…首发。两列列车将分别抵达A和B: a train told leaving, then where each arrives (a
    station of its own name and 货运站), a route each."""
    text = (
        "11月3日,两趟冷链班列同时在玉溪研和货运站首发。两列列车次日将分别抵达越南老街和老挝万象。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("玉溪研和货运站", ["老街市"]), ("玉溪研和货运站", ["万象"])]


def test_a_train_told_leaving_then_arriving_where_it_was_told_passing_has_no_end_there():
    """由寿光始发,经二连浩特出境。专列在到达二连浩特后…: the crossing it passes, reached on the
    way, is no end; where it is told arriving after, elsewhere, still is."""
    left = "一列果蔬专列由山东寿光始发,经二连浩特出境。"
    text = f"{left}专列在到达二连浩特后,海关随即办理了查验和换装手续。"
    assert extract_text(text)["routes"] == []
    routes = [
        (r["origin"], r["destinations"])
        for r in extract_text(f"{left}十天后,专列将到达莫斯科。")["routes"]
    ]
    assert routes == [("寿光市", ["莫斯科"])]


def test_a_train_named_by_where_it_goes_is_no_train_before_going_on():
    """辅线班列…目的地为塔什干。主线开往华沙的班列已抵达叶卡捷琳堡: the main line's
    train is one of its own, not the branch train going on."""
    text = (
        "9月12日,首趟班列分两线开行。辅线班列由长沙北站开出,经阿拉山口出境,目的地为塔什干。"
        "主线开往波兰华沙的班列现已抵达俄罗斯叶卡捷琳堡。"
    )
    routes = [(r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [(["塔什干"], ["阿拉山口"])]


def test_lines_opened_with_no_subject_leave_the_port_told_two_sentences_before():
    """…太仓港共有泊位81个。航道水深达到12.5米。开通了至韩国、日本的近洋航线: the port of
    the paragraph, where the sentence between names no place; not a sentence with a subject
    of its own."""
    text = "目前,太仓港共有码头泊位81个。进港航道水深达到12.5米。开通了至韩国、日本的近洋航线。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("太仓港", ["韩国", "日本"])]
    text = "班列从沈阳东站开出,驶往万象。首次成功开行。此前,中国西部都已开通驶往东盟的线路。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("沈阳东站", ["万象"])]


@pytest.mark.parametrize(
    "text",
    [
        "这趟班车是川渝两地开通的首条跨省农村客运直达线路,方便沿线村民出行。",  # (passengers)
        "到2027年,川渝间水水中转航线力争达到6条以上。",  # (the lines between, counted)
    ],
)
def test_a_composites_bus_of_passengers_or_lines_counted_between_are_no_route(text):
    assert extract_text(text)["routes"] == []


def test_a_way_compared_with_after_jiao_is_no_train_going_on():
    """较重庆至上海走长江水路节省10天: the way by river compared with, not the train told
    before going on to 上海."""
    text = "首趟钦州—重庆班列开行。该班列较重庆至上海走长江水路节省10天左右。"
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("钦州市", ["重庆市"], [])]


def test_a_network_of_lines_to_parts_of_the_world_keeps_out_of_the_train_told():
    """…班列开出,目的地是意大利米兰,预计约25天后抵达米兰。…已开通至东南亚、欧洲、中亚的9条线路: the
    network's lines are no ends of the train to 米兰, nor is 欧洲 told as 米兰."""
    text = (
        "9日,一趟中欧班列由苏州开出,目的地是意大利米兰。这趟班列预计约25天后抵达米兰。"
        "开行至今,该市的中欧班列已开通至东南亚、欧洲、中亚的9条线路。"
    )
    routes = [r["destinations"] for r in extract_text(text)["routes"]]
    assert ["米兰"] in routes and all(len(d) == 1 or "米兰" not in d for d in routes)
    assert all("欧洲" in d for d in routes if len(d) > 1)


def test_a_crossing_passed_is_no_port_the_next_trains_leave_from():
    """…从阿拉山口出境,开往德国汉堡。…还将开出两列去往汉堡的中欧班列: the crossing the
    train passed is not where the next sentence's trains start."""
    text = (
        "周三上午,一列41车的班列由武汉铁路局吴家山开出,由满洲里出境,开往德国汉堡。"
        "这已是该站今年发出的第12列中欧班列,也是当天开出的第二列——当天早些时候,该站还开出一列"
        "X8021次列车,从阿拉山口出境,开往德国汉堡。"
        "未来两天还将开出两列去往汉堡的中欧班列。"
    )
    routes = [r["origin"] for r in extract_text(text)["routes"]]
    assert "阿拉山口" not in routes


def test_a_crossing_the_trains_cross_the_border_at_is_no_start_of_them():
    """阿拉山口是…口岸,…班列都在阿拉山口换轨出境,…开往欧洲: the crossing, told first as
    the clause's subject, is where the trains leave the country, not where they start."""
    text = (
        "阿拉山口是我国西部的铁路口岸,全国二十多个城市的班列都在阿拉山口换轨出境,"
        "经过哈萨克斯坦,开往欧洲。"
    )
    assert [r["origin"] for r in extract_text(text)["routes"]] == []


def test_a_crossing_told_before_lets_out_the_trains_that_cross_the_border():
    """…满洲里口岸…。出境班列可到达荷兰、德国…: the trains of the next sentence, which cross
    the border at no crossing it names, pass the crossing told before; no start of theirs."""
    text = (
        "今年前五个月,经由满洲里口岸的中欧班列有900列。"
        "出境的中欧班列可抵达德国、波兰、荷兰等十几个欧洲国家,货源来自全国40多个城市。"
    )
    assert [r["origin"] for r in extract_text(text)["routes"]] == []


def test_the_type_of_ship_designed_for_a_line_is_no_service():
    """万州—洋山港江海直达集装箱船的船型设计: a ship's design for the line, no run of it;
    the line itself, told by its service, is still read."""
    text = "市里将着手万州—洋山港江海直达集装箱船的船型设计研究,以提升外贸水运效率。"
    assert extract_text(text)["routes"] == []
    text = "万州—洋山港江海直达集装箱航线今年开通,全程约需7天。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("万州港", ["洋山港"])
    ]


def test_a_call_issued_in_a_place_is_no_train_leaving_it():
    """在北京…发出邀请: an invitation issued there, no train sent off; the train of the
    next clause starts where it is told to (从义乌出发)."""
    text = "当年,部长在北京向到访的西班牙客人发出邀请,“义新欧”班列从义乌出发,驶往马德里。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("义乌市", ["马德里"])]


def test_a_freight_airlines_line_named_in_brackets_is_flown():
    """顺丰航空开通花湖机场又一条国际航线“鄂州—洛杉矶”: a line in a sentence of a freight
    airline and an airport, no ships: flown, from 鄂州 (not from its river port)."""
    text = "5月26日,顺丰航空开通花湖机场又一条国际航线“鄂州—洛杉矶”,航空物流再添通道。"
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("鄂州市", ["洛杉矶"], "air")]


def test_another_rivers_golden_waterway_is_not_the_yangtzes():
    """西江黄金水道, 嘉陵江黄金水道: those rivers'; 黄金水道 alone, or after 长江, the Yangtze's."""
    named = [c["name"] for c in extract_text("梧州港是西江黄金水道上的枢纽港。")["corridors"]]
    assert named == ["西江黄金水道"]
    named = [c["name"] for c in extract_text("南充港是嘉陵江黄金水道上的港口。")["corridors"]]
    assert named == ["嘉陵江黄金水道"]
    # (the last river named before it in the sentence is whose it is)
    assert extract_text("这些年西江的运量猛增,已是一条亿吨级黄金水道。")["corridors"] == []
    assert extract_text("乌江通航后,自古的“黄金水道”又热闹起来。")["corridors"] == []
    named = [c["name"] for c in extract_text("乌江汇入长江,长江是“黄金水道”。")["corridors"]]
    assert named == ["长江黄金水道"]
    named = [c["name"] for c in extract_text("广西江海联运畅通,黄金水道更忙。")["corridors"]]
    assert named == ["长江黄金水道"]
    named = [c["name"] for c in extract_text("打造长江这条黄金水道。")["corridors"]]
    assert named == ["长江黄金水道"]


@pytest.mark.parametrize(
    "text",
    [
        # (a tributary told by the Yangtze it flows into: the tributary's)
        "嘉陵江是长江上游北岸的一条大支流,水量稳定,是四川的一条“黄金水道”。",
        # (the river named right after it)
        "到那时,连通成渝的“黄金水道”嘉陵江航道将全线畅通。",
        # (in quotes, no river named: a figure of speech)
        "新挖的运河成了县里货运的“黄金水道”",
        # (another river's, where the corridor's form would read a service from the port
        # told of before)
        "梧州港今年货物吞吐量大增。沿江城市的官员们齐聚梧州,商量怎样让西江成为“黄金水道”。",
    ],
)
def test_golden_waterway_of_no_yangtze(text):
    """黄金水道 alone is another river's after a tributary, before a river, or a figure of
    speech in quotes in a sentence naming no river: no 长江黄金水道."""
    assert extract_text(text)["corridors"] == []


def test_golden_waterway_quoted_is_the_yangtzes_where_named():
    """A quoted 黄金水道 in a sentence that names the Yangtze is still its."""
    named = [
        c["name"] for c in extract_text("被誉为“黄金水道”的长江上,货船往来不断。")["corridors"]
    ]
    assert named == ["长江黄金水道"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("满洲里地处中蒙俄经济走廊的要冲,货运量逐年上升。", ["中蒙俄经济走廊"]),
        ("连云港被称为新亚欧大陆桥的东方桥头堡。", ["新亚欧大陆桥"]),
        ("满洲里口岸处在第一欧亚大陆桥之上。", ["第一亚欧大陆桥"]),
        # (a train named by the bridge: the route's name)
        ("一列新亚欧大陆桥国际货运班列昨天在站内装车。", []),
        ("这批粮食走的是北粮南运的传统路线,经营口港装船。", ["北粮南运"]),
        (
            "会上各方谈到跨里海国际运输走廊与中国—中南半岛经济走廊。",
            ["跨里海国际运输走廊", "中国—中南半岛经济走廊"],
        ),
        # (the land–sea corridors of other parts of the country, and the new Eurasian one:
        # none of them the west's)
        ("锦州港想做东北陆海新通道上的枢纽。", ["东北陆海新通道"]),
        ("这座港口将成为中部陆海新通道的起点之一。", ["中部陆海新通道"]),
        ("省里提出建设中部陆海大通道。", ["中部陆海大通道"]),
        ("厦门港要服务东南陆海新通道。", ["东南陆海新通道"]),
        ("霍尔果斯与连云港共建新亚欧陆海联运通道。", ["新亚欧陆海联运通道"]),
        # (the halves of 一带一路: no corridor, as the initiative is none)
        ("该市是丝绸之路经济带上的节点城市。", []),
    ],
)
def test_a_programme_named_is_a_corridor_of_the_text(text, named):
    """An economic corridor, a land bridge, a flow of goods the country plans (中蒙俄经济
    走廊, 新亚欧大陆桥, 北粮南运): named, with no service of its own, a corridor of the text."""
    record = extract_text(text)
    assert [c["name"] for c in record["corridors"]] == named
    assert record["routes"] == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("嘉陵江“黄金水道”上的货船又多了起来。", ["嘉陵江黄金水道"]),
        ("赣江黄金水道的航道等级还要提升。", ["赣江黄金水道"]),
        ("右江黄金水道与西江亿吨黄金水道相连。", ["右江黄金水道", "西江黄金水道"]),
    ],
)
def test_a_rivers_golden_waterway_named_with_it_is_its_own(text, named):
    """嘉陵江“黄金水道”, 赣江黄金水道, 西江亿吨黄金水道: a river's golden waterway named with
    the river before it, a programme of its own under the river's name; no Yangtze's."""
    assert [c["name"] for c in extract_text(text)["corridors"]] == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # (the second land bridge by its three names; the first by its number and by Siberia)
        ("新亚欧大陆桥也叫第二亚欧大陆桥,亚欧第二大陆桥东起连云港。", ["新亚欧大陆桥"]),
        ("欧亚第一大陆桥即西伯利亚大陆桥,途经满洲里。", ["第一亚欧大陆桥"]),
        ("这里既是亚欧大陆桥的节点,也在欧亚大陆桥的西段。", ["亚欧大陆桥"]),
        ("跨里海运输走廊又称跨里海国际运输走廊。", ["跨里海国际运输走廊"]),
    ],
)
def test_a_programme_written_several_ways_is_one_corridor(text, named):
    """One land bridge or corridor, however its name is written (第二亚欧大陆桥 is the new one,
    新亚欧大陆桥): one corridor of the text, under one name."""
    assert [c["name"] for c in extract_text(text)["corridors"]] == named


def test_the_land_sea_corridor_by_its_projects_name_is_one_name():
    """中新互联互通南向通道: the land–sea corridor by the China–Singapore project it was born
    of, one name of 西部陆海新通道, read whole as its service's name."""
    text = "一列中新互联互通南向通道班列从团结村站出发,驶往钦州港。"
    routes = extract_text(text)["routes"]
    assert [(r["name"], r["corridor"]) for r in routes] == [
        ("中新互联互通南向通道班列", "西部陆海新通道")
    ]


def test_another_parts_land_sea_corridor_is_not_the_wests():
    """东北陆海新通道, 中部陆海新通道: other corridors, each its own; 陆海新通道 alone, the
    west's."""
    for text, name in (
        ("锦州港是东北陆海新通道的出海口。", "东北陆海新通道"),
        ("宜都要做中部陆海新通道的出海口。", "中部陆海新通道"),
        ("福州港想成为东南陆海新通道的枢纽。", "东南陆海新通道"),
    ):
        assert [c["name"] for c in extract_text(text)["corridors"]] == [name]
    assert extract_text("机场正在打造空中陆海新通道。")["corridors"] == []
    # (its first name, the China–Singapore project's southbound corridor)
    assert CORRIDOR_OF["中新南向通道"].name == "西部陆海新通道"
    named = [c["name"] for c in extract_text("钦州港是陆海新通道的出海口。")["corridors"]]
    assert named == ["西部陆海新通道"]


def test_the_land_sea_corridor_by_its_international_name_or_as_a_great_corridor():
    """国际陆海新通道, 西部陆海大通道: names of 西部陆海新通道, read as the west's corridor
    (and a reading that names it so names the corridor cqmap names)."""
    assert CORRIDOR_OF["国际陆海新通道"].name == "西部陆海新通道"
    named = [c["name"] for c in extract_text("这条水道连着西部陆海大通道。")["corridors"]]
    assert named == ["西部陆海新通道"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("7月2日,一架全货机从花湖机场起飞,飞往美国最大城市纽约。", "纽约"),
        ("班列从团结村出发,开往德国最大的内河港杜伊斯堡。", "杜伊斯堡"),
        ("一艘货轮从钦州港启航,驶往欧洲重要港口汉堡。", "汉堡"),
    ],
)
def test_an_end_told_after_what_it_is_is_that_place(text, end):
    """美国最大城市纽约, 最大的内河港杜伊斯堡: what the place is, then its name: the end."""
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == [end]


def test_a_partner_of_a_pact_is_no_start_of_the_lines_opened():
    """该作业区已与赤湾港结成港口联盟,开通至上海、天津等港口的航线: the lines are the work
    area's (which the gazetteer does not know), not 赤湾港's."""
    text = "该作业区此前已与赤湾港结成港口联盟,开通至上海、天津等主要港口的航线。"
    assert [r["origin"] for r in extract_text(text)["routes"]] == []


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # (直飞: flies straight to it, told before where it takes off)
        ("首架直飞台北桃园机场的货运航班从广州白云机场起飞。", ("白云国际机场", ["台北桃园机场"])),
        # (a flight laden with goods, the goods told first)
        (
            "满载货物的一趟航班从宜昌三峡国际机场起飞,飞往泰国曼谷廊曼机场。",
            ("三峡国际机场", ["曼谷廊曼机场"]),
        ),
    ],
)
def test_a_flight_straight_to_a_place_or_laden_with_goods_flies_freight(text, ends):
    (route,) = extract_text(text)["routes"]
    assert ((route["origin"], route["destinations"]), route["mode"]) == (ends, "air")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("一架全货机由花湖机场飞往宝安机场,运去一批快件。", ("花湖国际机场", ["宝安国际机场"])),
        ("一架全货机昨晚从曼谷飞抵郑州。", ("曼谷", ["郑州市"])),
    ],
)
def test_freight_flown_to_a_place_with_no_other_word_of_transport_is_read(text, ends):
    """由花湖机场飞往宝安机场, 从曼谷飞抵郑州: a freighter's flight told by 飞往 or 飞抵
    alone is a sentence of transport, read for routes (a passengers' flight is none)."""
    (route,) = extract_text(text)["routes"]
    assert ((route["origin"], route["destinations"]), route["mode"]) == (ends, "air")
    assert extract_text(text.replace("全货机", "客机载着旅客"))["routes"] == []


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("一架货机由郑州起飞,三个小时后平稳降落于咸阳国际机场。", ("郑州市", ["咸阳国际机场"])),
        ("从曼谷飞来的一架全货机昨夜平稳着陆昆明长水国际机场。", ("曼谷", ["长水国际机场"])),
        ("一架满载水果的货运飞机由河内起飞,当晚落地南宁吴圩国际机场。", ("河内", ["吴圩国际机场"])),
        # (the sky it comes down through is no start: 从…上空下降)
        (
            "从广州飞来的一架货运飞机从新区上空缓缓下降,最后降落于咸阳国际机场。",
            ("广州市", ["咸阳国际机场"]),
        ),
    ],
)
def test_a_freighter_told_landing_at_a_place_ends_there(text, ends):
    """降落在, 着陆, 降在, 落地 a place: where a freighter flown from a place ends, as 飞抵
    is; a passengers' flight is none."""
    (route,) = extract_text(text)["routes"]
    assert ((route["origin"], route["destinations"]), route["mode"]) == (ends, "air")
    passengers = text.replace("全货机", "客机").replace("货运飞机", "客机").replace("货机", "客机")
    assert extract_text(passengers.replace("一架", "载着旅客的一架"))["routes"] == []
    # (落地 of a way of shipping put into practice somewhere is no landing)
    assert extract_text("从郑州开始试点的铁海联运模式已落地新疆。")["routes"] == []


def test_a_liner_named_from_a_stop_of_a_train_and_ship_service_is_its_own():
    """A train-and-ship service by way of a province, then a liner named by its ends from
    a port of that province: the liner of the way by sea, a route of its own, not the
    service told again from its stop."""
    text = (
        "这趟铁海联运班列从成都出发,经广西出海,最终抵达新加坡。"
        "上个月,“北部湾港—新加坡”集装箱航线也开始每周三班。"
    )
    ends = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert ends == [("成都市", ["新加坡"]), ("北部湾港", ["新加坡"])]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("一批电子元件从重庆运往钦州,其中约三成随后转运至越南。", ("重庆市", ["钦州市"])),
        ("这批家电由成都发往昆明,其中有40%还将转运至老挝。", ("成都市", ["昆明市"])),
    ],
)
def test_a_share_of_the_goods_sent_on_is_no_end_of_the_run(text, ends):
    """其中约三成…转运至, 其中有40%…: where a part of the goods goes on is no end of the
    run told before it, which ends where it was bound, with no stop."""
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (*ends, [])


def test_goods_hauled_short_between_two_facilities_go_by_road():
    """短驳至 a place: a short haul by lorry from one facility to another, a route by road."""
    (route,) = extract_text("快件每天从天河机场短驳至花湖机场装机。")["routes"]
    assert (route["origin"], route["destinations"], route["mode"]) == (
        "天河国际机场",
        ["花湖国际机场"],
        "road",
    )


def test_a_list_of_ends_whose_last_is_joined_by_yiji_is_read_whole():
    """至韩国、日本以及新加坡等地的直航航线: 以及 joins the last end of the list, as 和 does;
    a line to each."""
    text = "今年,青岛港又开通了至韩国、日本以及新加坡等地的直航航线。"
    ends = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert ends == [("青岛港", [d]) for d in ("韩国", "日本", "新加坡")]


def test_the_cities_an_airports_freighter_lines_reach_each_after_its_country():
    """全货机航线通达…不少城市,包括德国法兰克福,美国芝加哥: a line to each city, none to the
    country named before it to say where the city is."""
    text = (
        "萧山国际机场的货运业务增长很快。该场全货机航线已通达欧美不少城市,包括"
        "德国法兰克福,美国芝加哥,匈牙利布达佩斯等。"
    )
    ends = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert ends == [("萧山国际机场", [d]) for d in ("法兰克福", "芝加哥", "布达佩斯")]


def test_a_channel_of_logistics_named_by_its_ends_in_quotes_is_a_service():
    """“黄骅港—锦州港”粮食物流新通道: a channel named by its ends is a service between them;
    not one told by what it joins (由武汉通往中亚的物流新通道), nor a corridor's name
    (物流大通道)."""
    text = "今年春天,“黄骅港—锦州港”粮食物流新通道投入运行。"
    ends = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert ends == [("黄骅港", ["锦州港"])]
    text = "一条由武汉通往中亚地区的物流新通道已经打通。"
    assert extract_text(text)["routes"] == []


def test_the_sailings_of_a_liner_between_ports_are_no_flights():
    """太仓港开通了至洋山港的中转航班: 航班 in a sentence of ports and of no aircraft are a
    liner's sailings, a line by water; 航班 told with aircraft or airports are still flights."""
    (route,) = extract_text("太仓港开通了至洋山港的中转航班。")["routes"]
    assert (route["origin"], route["destinations"], route["mode"]) == (
        "太仓港",
        ["洋山港"],
        "river",
    )
    (route,) = extract_text("白云机场开通了至曼谷的货运航班。")["routes"]
    assert route["mode"] == "air"


def test_the_posts_own_air_lines_carry_freight():
    """中国邮政开通的…航线: the post's lines fly mail and goods, a line of freight though the
    sentence names no freighter."""
    text = "继去年开通“银川—南京”航线后,中国邮政又开通一条冷鲜肉航线,成为牛羊肉运往各地的空中通道。"
    ends = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert ("银川市", ["南京市"], "air") in ends


def test_the_station_a_flight_is_bound_for_is_its_end():
    """起飞,目的站为日本大阪: the station or airport it is bound for, as 目的地为."""
    (route,) = extract_text("一架货运包机从郑州新郑国际机场起飞,目的站为日本大阪。")["routes"]
    assert (route["origin"], route["destinations"]) == ("新郑国际机场", ["大阪"])


def test_a_corridors_train_whose_end_is_named_first_goes_there():
    """开往德国汉堡的中欧班列从西安新筑站驶出: the end named before where the corridor's train
    leaves, as for any service."""
    (route,) = extract_text("一列开往德国汉堡的中欧班列从西安新筑站缓缓驶出。")["routes"]
    assert (route["destinations"], route["corridor"]) == (["汉堡"], "中欧班列")


def test_the_airline_that_flies_a_line_is_no_start():
    """由天津货运航空执飞: the airline named after its city flies the freighter; the city
    is not where it took off."""
    routes = extract_text("一架由天津货运航空执飞的全货机顺利起飞,前往韩国首尔仁川国际机场。")[
        "routes"
    ]
    assert [r["origin"] for r in routes if r["origin"] == "天津市"] == []


def test_more_lines_than_the_parts_of_the_world_they_reach_are_a_network():
    """已开通至欧洲、中亚、东南亚的9条线路: nine lines, three parts of the world; no line to
    each, nor one to all three. As many lines as places named are read."""
    text = "西安中欧班列已开通至欧洲、中亚、东南亚的9条线路,通达数十个城市。"
    assert extract_text(text)["routes"] == []
    text = "西安已开通至中亚、欧洲的2条线路。"
    ends = {d for r in extract_text(text)["routes"] for d in r["destinations"]}
    assert ends == {"中亚", "欧洲"}


def test_a_tir_line_goes_by_road_and_the_customs_that_oversee_it_start_none():
    """“郑州—阿什哈巴德”TIR运输线路: trucks under the TIR convention go by road; 由郑州海关…
    实施监管 says who oversees the trucks, not where they leave from."""
    text = (
        "当天,一批TIR车辆由郑州海关下属的新郑海关实施监管,从郑州出发驶向阿什哈巴德。"
        "“郑州—阿什哈巴德”TIR运输线路就此开通。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == [
        ("郑州市", ["阿什哈巴德"], "road")
    ]


def test_what_ships_can_do_from_a_place_is_no_run():
    """5000吨级船舶从武汉可一路开到宜昌: a channel's reach, told after the start; a run from
    there is one."""
    text = (
        "去年宜昌段长江航道的疏浚工程完工,5000吨级船舶从武汉可一路开到宜昌,中游航运的瓶颈被打通。"
    )
    assert extract_text(text)["routes"] == []
    text = "首趟班列从武汉出发,一路开到宜昌。"
    assert [r["origin"] for r in extract_text(text)["routes"]] == ["武汉市"]


def test_goods_told_both_ways_are_no_one_movement():
    """棉花从中亚运来,…家电通过连云港直通中亚和欧洲: the place goods come from is among where
    other goods go; no route from it. Goods brought from a place to one named are one."""
    text = (
        "棉花、羊毛、化肥等货物从中亚地区运来,国内的家电、机械、服装以及日本的汽车、"
        "泰国的大米等货物,通过连云港海铁联运直通中亚和欧洲。"
    )
    assert extract_text(text)["routes"] == []
    text = "这批货物从越南运来,抵达重庆团结村。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("越南", ["团结村"])
    ]


def test_who_receives_the_goods_abroad_is_no_start():
    """出境后由德国收货;洛阳发往二连浩特: the country that receives the goods of one train is
    not where the next one starts."""
    text = "三列班列发往霍尔果斯,出境后由德国收货;另一列从洛阳发往二连浩特。"
    assert [r["origin"] for r in extract_text(text)["routes"]] == ["洛阳市"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "继义乌—伊朗班列开通之后,义乌还谋划开通义乌—马德里、华沙等班列。",
            [("义乌市", ["伊朗"])],
        ),
        (
            "通过已开通的西安至河内货运航线和年内即将开通的西安至明斯克货运航线,枢纽作用更强。",
            [("西安市", ["河内"])],
        ),
        ("下一步,航空公司还将视货源情况,开通郑州直达芝加哥的全货机航线。", []),
        ("陆港计划先试运行一段时间,再打造怀化至海防的冷链班列。", []),
    ],
)
def test_a_line_told_as_still_to_be_opened_is_no_service(text, expected):
    """谋划开通…, 即将开通的…, 还将…开通…, 计划…打造…: a line planned, not run; a line
    opened beside it (已开通的西安至河内, 开通义乌—伊朗) is."""
    ends = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert ends == expected


def test_lines_counted_to_countries_with_their_cities_in_brackets_are_a_line_each():
    """…至白俄罗斯(奥尔沙、明斯克)、荷兰(鹿特丹)等6条国际直达班列: a line to each city."""
    text = "南昌国际陆港目前已开出南昌至白俄罗斯(奥尔沙、明斯克)、荷兰(鹿特丹)等6条国际直达班列。"
    ends = sorted(tuple(r["destinations"]) for r in extract_text(text)["routes"])
    assert ends == [("奥尔沙",), ("明斯克",), ("鹿特丹",)]


def test_a_flight_told_carrying_goods_is_flown_freight():
    """A scheduled flight that makes its first trip carrying goods (航班…首航,携带…货物) is
    a freight line flown; a train whose ceremony sends balloons up (气球升空) is no flight."""
    text = "4月8日,一趟长沙至香港的定期航班首航,携带3吨电子产品等货物从长沙黄花国际机场飞出。"
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("黄花国际机场", ["香港特别行政区"], "air")]
    text = "仪式结束,气球升空,满载欧洲货物的返程班列驶离波兰库特诺,朝成都开去。"
    assert [r["mode"] for r in extract_text(text)["routes"]] == ["rail"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (goods aboard a high-speed train: a rail route)
        (
            "10月9日,一趟从成都东站开出的动车组抵达西安北站,首单空铁联运货物完成运输。",
            [("成都东站", ["西安北站"], "rail")],
        ),
        # (passengers aboard, goods besides: no freight route)
        ("从成都东站开出的动车组抵达西安北站,旅客带着商品陆续下车。", []),
    ],
)
def test_a_high_speed_train_told_carrying_goods_is_a_freight_route(text, expected):
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == expected


def test_a_line_to_a_coast_of_america_told_in_full_goes_to_that_coast():
    """至美国西岸航线: the west coast (美西), as 南美西岸 is 南美西; not the country."""
    text = "青岛港至美国西岸航线为周班,单程需要约十四天。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("青岛港", ["美西"])]


def test_a_chain_passing_where_a_train_told_before_ended_names_that_train_further():
    """A rail-sea train to a port, then a chain named by its ends that passes the port
    (武汉-厦门-越南联运通道): the train's route, named on to where its goods go by sea;
    not a rail line of its own beside it."""
    text = (
        "列车从吴家山站开出,驶往厦门的高崎站,它是武汉开往厦门的第一趟铁海联运班列。"
        "该班列开出后,武汉-厦门-越南国际联运通道随之打通。"
        "货物到厦门后将在厦门港换装货轮运往越南。"
    )
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("吴家山站", ["越南"], "rail-sea")]


def test_an_air_line_told_as_a_silk_road_of_the_air_carries_freight():
    """郑州—卢森堡“空中丝绸之路”: the figure names a line of freight flown, though the
    sentence says nothing else of freight or aircraft."""
    text = "展馆的灯光映着郑州—卢森堡“空中丝绸之路”的故事。"
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("郑州市", ["卢森堡"], "air")]


@pytest.mark.parametrize(
    "text",
    [
        "这批货物由老挝运输到泰国。",
        "这批货物从昆明运送至万象。",
    ],
)
def test_goods_carried_to_a_place_are_read_as_with_yunshuzhi(text):
    """运输到, 运送至: goods carried there, a sentence read for routes as one
    with 运输至 or 运至 is."""
    assert len(extract_text(text)["routes"]) == 1


def test_places_listed_before_goods_carried_on_each_start_a_route():
    """由A、B、C海运至D (or 运至, 运输到): goods carried from each place listed, a route
    each, as with 运往 after the list."""
    text = "这批货物由上海港、宁波港海运至黄骅港,然后换装火车。"
    routes = sorted((r["origin"], r["destinations"]) for r in extract_text(text)["routes"])
    assert routes == [("上海港", ["黄骅港"]), ("宁波舟山港", ["黄骅港"])]


def test_the_china_europe_programme_by_its_platform_in_brackets_is_the_programme():
    """中欧班列(成都), 中欧班列（西安）: the programme by its platform; the text reads the
    programme and the place after it stays a place."""
    record = extract_text("今年中欧班列(成都)已累计开行一千余列,货值稳步增长。")
    assert [c["name"] for c in record["corridors"]] == ["中欧班列"]
    assert "成都市" in [r["name"] for r in record["regions"]]
    record = extract_text("中欧班列（西安）本月开行量再创新高。")
    assert [c["name"] for c in record["corridors"]] == ["中欧班列"]
    assert "西安市" in [r["name"] for r in record["regions"]]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("首趟中老铁路国际货运列车的货物已装好。", []),
        ("这批货物将在中老铁路磨憨站换装。", []),
        ("中老铁路开通以来,货运量大增。", ["中老铁路"]),
    ],
)
def test_a_railways_name_before_its_train_or_station_names_no_corridor(text, named):
    """中老铁路国际货运列车, 中老铁路磨憨站: the railway's name is the train's or the
    station's; the railway named as itself is a corridor of the text."""
    assert [c["name"] for c in extract_text(text)["corridors"]] == named


def test_services_opened_by_a_place_named_before_the_verb_are_not_the_ports_before():
    """A place named in the clause before 开通 (这是株洲市继开通往…) opened the services
    it tells: they start there, not at the facility the sentence before was about."""
    text = (
        "首列班列从株洲中车物流基地启运,终点站为莫斯科。"
        "这也是株洲市继开通往明斯克的班列后,新开的又一条货运线路。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert ("株洲市", ("明斯克",)) in routes
    assert ("株洲中车物流基地", ("明斯克",)) not in routes


def test_goods_that_can_be_carried_by_way_of_a_railway_make_no_run():
    """What goods can do (能够通过铁路运往…) is the place's reach, no run of a service."""
    text = "班列开行以后,甘肃的货物能够通过铁路运往中亚、欧洲等市场。"
    assert extract_text(text)["routes"] == []


def test_lines_counted_before_the_places_they_reach_are_a_route_each():
    """Lines counted (线路已有9条) and then told from their place to a list of ends: a
    route to each end, not one line to them all."""
    text = "目前,该站开通的国际线路已有9条,由兰州通往阿拉木图、鹿特丹、汉堡等地。"
    routes = sorted((r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"])
    assert routes == [("兰州市", ("汉堡",)), ("兰州市", ("阿拉木图",)), ("兰州市", ("鹿特丹",))]


def test_a_place_right_after_zhi_before_a_train_leaving_is_where_it_goes():
    """至 or 到 right before a place names where a train goes (首趟至哈萨克斯坦班列启程),
    not where it leaves; goods brought to a station that leaves (运至…站发车) still start
    there."""
    text = "首趟至哈萨克斯坦班列启程,此后又直达法国巴黎、土耳其。"
    assert not [r for r in extract_text(text)["routes"] if r["origin"] == "哈萨克斯坦"]
    text = "集装箱运至钦州港东站发车,驶往新加坡。"
    origins = [r["origin"] for r in extract_text(text)["routes"]]
    assert origins == ["钦州港东站"]


def test_a_line_of_containers_written_huogui_is_no_air_line():
    """莆田至台湾货柜货运航线: 货柜, the container as Taiwan writes it, says a line of
    ships, as 集装箱 does; 货运航线 then names no freight flown."""
    routes = extract_text("莆田至台湾货柜货运航线昨天恢复运行。")["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == [
        ("莆田市", ["台湾省"], "river-sea")
    ]


def test_chains_named_apart_ending_in_different_places_are_two_lines():
    """A chain named by its ends and stops, then a longer one going on from its end
    (卢森堡—郑州—芝加哥, then 卢森堡—郑州—芝加哥—纽约): two lines, not one told again."""
    text = (
        "卢森堡—郑州—芝加哥—纽约货运航线昨日首飞。\n"
        "早在2015年,货航就在郑州开辟了卢森堡—郑州—芝加哥航线。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert ("卢森堡", ["纽约"], ["郑州市", "芝加哥"]) in routes
    assert ("卢森堡", ["芝加哥"], ["郑州市"]) in routes


def test_arrivals_and_departures_jinchugang_are_no_word_of_ships():
    """进出港 tells arrivals and departures of any kind: a freighter's course in a sentence
    of its 进出港 capacity is flown, not a line by water."""
    text = "新开的全货机航班航线为银川—西安—深圳,每周可提供约100吨的进出港运力。"
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("银川市", ["深圳市"], "air")]


def test_a_train_leaving_a_station_told_after_its_railway_line_starts_there():
    """自浩吉铁路欧庙站始发: the railway line named before the station says which station
    it is; the train still leaves from it. A line drawn out of a station (线路从…站引出) is
    a railway's course, no run."""
    text = "一列煤炭班列今晨自浩吉铁路欧庙站始发,目的地是青铜峡站。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("欧庙站", ["青铜峡站"])]
    text = "这条支线从宜万铁路宜昌南站的西端引出,一直通到秭归县茅坪港。"
    assert extract_text(text)["routes"] == []


def test_the_route_hints_are_plain_words():
    """The hints a sentence is read for routes by are plain words: one pass over a text
    then scans for their first characters (a pattern among them, with a class or a gap,
    makes that pass many times slower; its plain words stand for it)."""
    assert [w for w in ROUTE_HINTS if re.escape(w) != w] == []


def test_a_channel_or_a_trip_measured_from_a_place_to_another_is_no_run():
    """由某地始发…通往某地的货运物流渠道 is a channel of trade; 从韩国到中亚的运输时间 the time
    a trip takes, in the movement's own clause: no run either. A run told before its gain
    (…驶往罗兹,使成都到欧洲的运输时间缩短) is still one."""
    text = "此次试运行意味着由哈萨克斯坦阿拉木图始发,通往中国西部的货运物流渠道正式打通。"
    assert extract_text(text)["routes"] == []
    text = "有了这条海铁联运线,从韩国到中亚的运输时间由两个月缩短为半个月。"
    assert extract_text(text)["routes"] == []
    text = "中欧班列从成都出发驶往罗兹,使成都到欧洲的运输时间缩短一半。"
    assert _routes(text) == [("成都市", ["罗兹"], [], "rail")]


def test_a_chain_going_on_to_an_end_the_gazetteer_does_not_know_is_not_cut_at_a_stop():
    """长沙—武汉—亚太…班列 goes on by a dash to 亚太, an end no place of the gazetteer: no
    route ending at the stop 武汉; a chain whose last end is known is read whole (欧美, a
    part of the world)."""
    text = "长沙—武汉—亚太铁水联运班列上周开始每周两班。"
    assert extract_text(text)["routes"] == []
    text = "长沙—武汉—欧美铁水联运班列上周开始每周两班。"
    assert _routes(text) == [("长沙市", ["欧美"], ["武汉市"], "rail-river")]
    text = "长沙—武汉—杜伊斯堡国际货运班列上周开始每周两班。"
    assert _routes(text) == [("长沙市", ["杜伊斯堡"], ["武汉市"], "rail")]


def test_a_line_named_by_its_ends_runs_from_the_start_told_where_its_named_start_is_a_stop():
    """南宁至达卡…航线 told leaving another airport and stopping at 南宁 (经停, 途经) on its
    way to 达卡 runs from that airport, 南宁 a stop; a line told leaving from its named
    start keeps it."""
    text = "圆通的南宁至达卡货运航线每周两班,先由昆明长水国际机场起飞,经停南宁后飞往达卡。"
    assert _routes(text) == [("长水国际机场", ["达卡"], ["南宁市"], "air")]
    text = "圆通的南宁至达卡货运航线每周两班,由吴圩国际机场起飞后直飞达卡。"
    assert [r[:2] for r in _routes(text)] == [("吴圩国际机场", ["达卡"])]


def test_goods_sent_all_over_a_province_are_no_one_train_to_a_place_in_it():
    """Goods told going from a port all over a province (发往四川各地), then a train from
    the port to one county of it: two routes, the flow to the province and the train; not
    one to the county."""
    text = (
        "每年都有大批煤炭和粮食由果园港运到四川各地。"
        "在果园港内,工人把矿石装上列车,然后发往内江市威远县。"
    )
    assert [r[:2] for r in _routes(text)] == [("果园港", ["四川省"]), ("果园港", ["威远县"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the port the sentence opens with: its services told in a later clause)
        ("九江港近年不断扩容,去年开通了直达洋山港的集装箱班轮。", [("九江港", ["洋山港"])]),
        ("近年来,九江港不断扩容,去年开通了至洋山港的集装箱班轮。", [("九江港", ["洋山港"])]),
        # (not where another place is named between the subject and the telling)
        ("九江港近年不断扩容,吞吐量超过芜湖港,去年开通了直达洋山港的集装箱班轮。", []),
        # (nor what it plans)
        ("九江港近年不断扩容,计划开通直达洋山港的集装箱班轮。", []),
        # (else the city or county the sentence is about; not a province)
        ("九江市近年加快开放,去年开通了至洋山港的集装箱班轮。", [("九江港", ["洋山港"])]),
        ("江西省近年加快开放,去年开通了至洋山港的集装箱班轮。", []),
        ("九江市近年加快开放,与芜湖市合作,去年开通了至洋山港的集装箱班轮。", []),
        # (a city in a company's name: the company's speaker, no subject; a plan: none)
        (
            "九江市国际货运有限公司经理王某说,近年九江班列已开通至中亚、南亚的6条线路,"
            "明年打算再开一条前往德国汉堡的线路。",
            [],
        ),
        (
            "九江港近年不断扩容,已开通至洋山港的航线,明年打算开通前往南京港的航线。",
            [("九江港", ["洋山港"])],
        ),
    ],
)
def test_services_opened_by_the_port_a_sentence_is_about(text, expected):
    """A sentence about a port (its first place, a facility, in its first clause) telling
    in a later clause services opened to a place, with no start of their own: they leave
    from that port, unless another place is named between."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (该港 names the port told before: its liners leave from it)
        (
            "九江港今年新建两个泊位。该港的集装箱班轮每周三班发往洋山港。",
            [("九江港", ["洋山港"], "river")],
        ),
        # (an airport's flights with no mode said fly, one to each place)
        (
            "萧山国际机场的货量连年增长。该机场的货运航班飞往列日、芝加哥。",
            [("萧山国际机场", ["列日"], "air"), ("萧山国际机场", ["芝加哥"], "air")],
        ),
        # (no port told before; a start of its own; passengers)
        ("今年新建两个泊位。该港的集装箱班轮每周三班发往洋山港。", []),
        (
            "九江港今年新建两个泊位。该港的集装箱班轮也从芜湖港发往洋山港。",
            [("芜湖港", ["洋山港"], "river")],
        ),
        ("九江港今年新建两个泊位。该港的客运班轮发往洋山港。", []),
    ],
)
def test_the_services_of_a_facility_named_again_leave_from_it(text, expected):
    """该港的班轮发往Y, 该机场的航班飞往Y: the services of the facility told before, named
    again, leave from it, where the sentence names no start of its own."""
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the port's city, in its company's name, before a speaker's words)
        (
            "九江港去年新建两个泊位。九江港务公司经理王某说:“我们去年开通了至洋山港的集装箱航线。”",
            [("九江港", ["洋山港"])],
        ),
        # (another city, named before the telling, opened them: its own, not the port's)
        (
            "九江港去年新建两个泊位。这是芜湖市继开通至洋山港的集装箱航线后的又一举措。",
            [("芜湖港", ["洋山港"])],
        ),
    ],
)
def test_a_company_named_after_a_place_is_no_other_subject(text, expected):
    """Services opened with no start of their own, told after a company named after a place
    (a speaker of it): the port's told before; a place itself named before them opened
    them."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a place named between: the port is no longer what the paragraph is about)
        (
            "九江港的集装箱吞吐量去年翻番。南昌的企业也来这里发货。港口还改造了两个泊位。"
            "全年新辟航线6条,其中有日本、韩国两条外贸航线。",
            [],
        ),
        # (another paragraph)
        (
            "九江港的集装箱吞吐量去年翻番。\n今年重点是加大揽货力度。港口还改造了两个泊位。"
            "全年新辟航线6条,其中有日本、韩国两条外贸航线。",
            [],
        ),
    ],
)
def test_lines_opened_a_few_sentences_on_need_the_port_of_the_paragraph(text, expected):
    """Lines opened with no subject a few sentences after a port (开辟了…航线): the port's
    only in its paragraph and where no sentence between names another place."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (no services: 没有; a company's own: 拥有 is no telling of the port's)
        ("九江港去年新建两个泊位。目前还没有直达洋山港的集装箱班轮。", []),
        ("小南垭站是江津区的铁路货场,拥有开往钦州港的班列。", []),
    ],
)
def test_services_a_place_has_need_its_own_telling(text, expected):
    """有开往Y的service tells the services of the place the sentence is about; 没有 and
    拥有 tell none."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        # (a train along railways named by two places' short names, or by no place)
        "这列班列从万州出发,沿成渝线、京广线、襄渝线驶往广州。",
        # (lines of a part of the world: a region's trade, no place's)
        "果园港已开通中亚线、美西线和东北线。",
        # (线路 is a route told in general, no line named)
        "温州港开通厦门线路和深圳线路。",
    ],
)
def test_lines_named_by_a_region_or_a_railway_are_no_ports_lines_to_a_place(text):
    """Lines listed as <far end>线 after a port's opening (开通厦门线、深圳线) are its
    lines, one to each; a railway named by two places' short names (成渝线), a region's
    line (中亚线, 美西线) and 线路 are not."""
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert not [r for r in routes if r[0] in ("果园港", "温州港")]
    assert ("万州港", ["成都市"]) not in routes and ("万州港", ["重庆市"]) not in routes


def test_countries_written_together_in_a_lines_name_are_its_far_ends():
    """日韩, 澳新 in a line's name after its start (九江至日韩近洋航线) are two countries, one
    route to both; 中欧, 中亚 are programmes and corridors, and a line still being prepared
    (…航线的开通筹备) is none."""
    text = "九江至日韩近洋直达航线今年运了3000标箱。"
    assert [r[:2] for r in _routes(text)] == [("九江港", ["日本", "韩国"])]
    text = "厦门港开通了厦门—澳新集装箱航线。"
    assert [r[:2] for r in _routes(text)] == [("厦门港", ["澳大利亚", "新西兰"])]
    text = "市里将加快推进九江港至日韩航线的开通筹备。"
    assert _routes(text) == []
    text = "九江至中亚集装箱班列每周一班。"
    assert not [r for r in _routes(text) if "日本" in r[1] or "韩国" in r[1]]


def test_an_airports_cargo_network_reaching_parts_of_the_world_is_no_line():
    """An airport's cargo lines told reaching cities listed (货运航线…已连通列日、芝加哥)
    are a line to each; told reaching parts of the world (通达欧洲、北美和亚洲的网络), they
    are its network's reach, no line."""
    text = "目前在双流国际机场运行的货运航线有20条,大致织成了通达欧洲、北美和非洲的货运网络。"
    assert _routes(text) == []


def test_lines_told_opened_before_a_places_new_line_are_its_own():
    """Lines named by their far ends, told opened before a place's new line (在列日、芝加哥
    等货运航线开通之后,郑州又…), are that place's, one to each, and the new line's day is
    not theirs; places ranked before another (继北京、上海之后,成都成为…) tell no line."""
    text = "5月8日,在比利时列日、美国芝加哥等全货运航线开通之后,郑州又新开了一条全货运航线。"
    routes = extract_text(text)["routes"]
    assert sorted(r["destinations"][0] for r in routes) == ["列日", "芝加哥"]
    assert all(r["opened"] is None for r in routes)
    text = "继北京、上海之后,成都成为第三个开通全货运航线的城市。"
    assert _routes(text) == []


def test_places_counted_as_a_lines_ends_are_a_line_each():
    """A line to places counted (通往宜昌和万州两地的水运航线) is a line to each; places
    counted as parties (两地的企业) tell no line."""
    text = "据了解,泸州港早已开通通往宜昌和万州两地的水运航线。"
    assert [r[:2] for r in _routes(text)] == [("泸州港", ["万州港"]), ("泸州港", ["宜昌港"])]
    text = "宜昌和万州两地的企业共同开通了班列。"
    assert _routes(text) == []


def test_a_ports_lines_listed_after_they_are_told_opened():
    """The lines a port opened, listed by their far ends after 有 (日照港开通的航线有锦州、
    泉州), are a line to each; their count (航线有80多条) and a network counted (连着…90余个
    国家的500余座港口) are none."""
    text = "日照港已开通的航线有锦州、泉州和汕头。"
    assert [r[1][0] for r in _routes(text)] == ["汕头港", "泉州市", "锦州港"]
    text = "日照港开辟的航线有80多条,连着世界上90余个国家的500余座港口。"
    assert _routes(text) == []


def test_lines_opened_one_after_another_from_a_place_named_first_are_a_line_each():
    """Lines opened one after another (先后开出了南通港至洋山港、武汉港的直达航线), their
    start named first: a line to each end."""
    text = "这几年先后开出了南通港至上海洋山港、武汉港的直达航线。"
    assert [r[:2] for r in _routes(text)] == [("南通港", ["武汉港"]), ("南通港", ["洋山港"])]


def test_a_places_lines_told_before_its_next_one_counted_are_a_line_each():
    """A place's lines told run before its next one, counted (西安至天津港、日照港之后,第三条
    …线路), are a line to each, with no day of the sentence; goods told reaching places
    (运至天津港、日照港之后,再…) are no line."""
    text = "6月5日,西安—宁波港班列开行,标志着西安至天津港、日照港之后,第三条海铁联运线路开通。"
    routes = [(r["destinations"][0], r["opened"]) for r in extract_text(text)["routes"]]
    assert ("天津港", None) in routes and ("日照港", None) in routes
    text = "这批钢材运至天津港、日照港之后,再分别装船出口。"
    assert not [r for r in _routes(text) if r[1] == ["天津港"]]


def test_lines_before_the_one_counted_take_no_day_of_its_sentence():
    """在甲、乙、丙之后,…开出了第四条新线路: the lines before the one counted opened on
    other days."""
    text = "在汉堡、华沙、布拉格之后,5月2日西安开出了第四条中欧班列新线路——西安-布达佩斯班列。"
    opened = {r["destinations"][0]: r["opened"] for r in extract_text(text)["routes"]}
    assert opened["华沙"] is None and opened["布拉格"] is None


def test_a_route_told_again_cites_each_sentence_once():
    """A route told in many sentences keeps one evidence per sentence, in their order."""
    text = "万州港至上海港的航线开通。" * 5
    (told,) = extract_text(text)["routes"]
    assert [e["sentence"] for e in told["evidence"]] == [0, 1, 2, 3, 4]


def test_a_routes_citations_survive_a_copy_and_a_pickle():
    """The sentences a route cites are known again after a deep copy or a pickle (a
    record's routes may cross processes)."""
    import copy
    import pickle

    from cqmap.geo.route_types import Route
    from cqmap.geo.skeleton import Evidence

    ev = Evidence("d", 3, 0, 5, "万州港至上海港", "X至Y")
    route = Route(None, "万州港", ["上海港"], [], "river", evidence=[ev])
    for again in (copy.deepcopy(route), pickle.loads(pickle.dumps(route))):
        assert again.evidence.cites(3) and not again.evidence.cites(4)
        again.evidence.append(ev._replace(sentence=4))
        assert again.evidence.cites(4)


def test_lines_counted_after_the_places_they_go_to_are_a_line_each():
    """Lines from a place to places listed, counted after them (通往南京、上海的两条外贸
    航线): a line to each; not counted, one line to them all."""
    text = "去年开通了从岳阳港通往南京、上海的两条外贸航线。"
    assert [r[:2] for r in _routes(text)] == [("岳阳港", ["上海港"]), ("岳阳港", ["南京港"])]
    text = "去年开通了从岳阳港通往南京、上海的外贸航线。"
    assert [r[:2] for r in _routes(text)] == [("岳阳港", ["南京港", "上海港"])]


def test_the_last_end_of_a_list_after_a_comma_and_yiji_is_one_of_them():
    """Ends listed, the last after a comma and 以及 (分别运往新加坡,以及越南胡志明和泰国
    曼谷): all of them the route's."""
    text = "货物在钦州港装船,分别运往新加坡,以及越南胡志明和泰国曼谷。"
    assert [r[:2] for r in _routes(text)] == [("钦州港", ["新加坡", "胡志明市", "曼谷"])]


def test_lines_listed_after_their_kind_are_each_read_once_by_their_kind():
    """新开的国际货运航线是:甲—乙,甲—丙: each line once (the first is no course told alone),
    flown (freight lines, no word of ships)."""
    text = "新开的国际货运航线是:济南—莫斯科,济南—首尔。"
    assert [r[:2] + r[3:] for r in _routes(text)] == [
        ("济南市", ["莫斯科"], "air"),
        ("济南市", ["首尔"], "air"),
    ]


def test_lines_to_countries_their_cities_in_brackets_counted_after_共_are_a_line_each():
    """南昌至荷兰(鹿特丹)、俄罗斯(莫斯科)…共5条国际直达班列: lines counted after 共, one to
    each city."""
    text = "南昌至荷兰(鹿特丹)、俄罗斯(莫斯科)、法国(巴黎)共3条国际直达班列已常态化开行。"
    assert sorted(r[1][0] for r in _routes(text)) == sorted(["鹿特丹", "莫斯科", "巴黎"])
