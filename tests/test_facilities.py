"""Facilities read from text (ports, port areas, terminals, stations, yards, airports and
border crossings): the names read, what is no facility, what a facility is a part of and
where it lies, and places named like their ports or crossings."""

from __future__ import annotations

import json

import pytest

from cqmap.geo.extract import extract_text
from cqmap.geo.gazetteer import gazetteer


# --------------------------------------------------------------------------- facilities named
@pytest.mark.parametrize(
    ("text", "name", "parent", "host"),
    [
        # a place, a name of its own and a word for a terminal: named as written
        ("三艘货船从北碚犁子林码头出发。", "北碚犁子林码头", None, "北碚区"),
        ("货物在南充河西码头装船。", "南充河西码头", None, "南充市"),
        ("奉节宝塔坪旅游码头建成。", "奉节宝塔坪旅游码头", None, "奉节县"),
        ("班列9小时后抵达成都的大湾镇站。", "成都大湾镇站", None, "成都市"),  # (after 的)
        # after a port (known, or read just now): a part of it
        ("遵义港沙湾港区迎来首艘集装箱船。", "沙湾港区", "遵义港", "遵义市"),
        ("广元港红岩作业区开港。", "红岩作业区", "广元港", "广元市"),
        # (a phase of the port, no terminal's own name: 四期; the islands it lies on are 舟山's)
        ("货轮停靠在洋山港四期码头。", "洋山港四期码头", "洋山港", "舟山市"),
        # (a terminal of its own name with its phase, or working by itself, after its port)
        ("荆州港车湾三期多用途码头明年动工。", "车湾三期多用途码头", "荆州港", "荆州市"),
        # (a port's terminal named for a place: the city it serves, the province that built it)
        ("北部湾港钦州自动化码头的吞吐量再创新高。", "钦州自动化码头", "北部湾港", "钦州市"),
        ("两省合建的涪陵港贵州码头明年投用。", "贵州码头", "涪陵港", "涪陵区"),
        ("朱沱港铁路集疏运中心建成投用。", "朱沱港铁路集疏运中心", "朱沱港", "永川区"),
        # (a port's multimodal centre, named by the ways it joins: a part of the port)
        ("集装箱在日照港海铁联运站换装上船。", "日照港海铁联运站", "日照港", "日照市"),
        (
            "首趟班列驶离腾俊国际陆港公铁联运中心。",
            "腾俊国际陆港公铁联运中心",
            "腾俊国际陆港",
            "昆明市",
        ),
        ("货箱运进阳逻港铁水联运示范基地。", "阳逻港铁水联运示范基地", "阳逻港", "武汉市"),
        # (a station's yard, after the station: 货场)
        ("列车缓缓驶入万州站货场。", "万州站货场", "万州站", "万州区"),
        ("商品车在常德南站货运场装车。", "常德南站货运场", "常德南站", "常德市"),
        ("集装箱从团结村货场发出。", "团结村货场", "团结村", "沙坪坝区"),
        # (a port written with 区, its area: the table's 秭归港)
        ("汽车运抵宜昌港秭归港区茅坪作业区。", "茅坪作业区", "秭归港", "宜昌市"),
        # (an area of four characters of its own after its port, its direction the last)
        ("货轮靠上钦州港大榄坪南作业区的泊位。", "大榄坪南作业区", "钦州港", "钦州市"),
        # airports: a place and 机场 (a plane taking off from it), or a name of its own
        # (of cities whose airports the table does not hold)
        ("货机从运城机场起飞。", "运城机场", None, "运城市"),
        ("货物运抵桂林两江国际机场。", "桂林两江国际机场", None, "桂林市"),
        # (named after a district its city holds: that district's)
        ("货机从秦皇岛市北戴河机场起飞。", "北戴河机场", None, "北戴河区"),
        # a railway's yard or freight hub at a place
        ("一列货车从新疆塔城地区乌苏铁路货场启动。", "乌苏铁路货场", None, "乌苏市"),
        ("冷链班列驶离南宁铁路物流中心。", "南宁铁路物流中心", None, "南宁市"),
        ("中老班列驶出广州增城铁路物流园。", "增城铁路物流园", None, "增城区"),
        ("海铁联运班列从梅州国际无水港发出。", "梅州国际无水港", None, "梅州市"),
        ("专列由武汉东西湖铁路集装箱中心站开出。", "东西湖铁路集装箱中心站", None, "东西湖区"),
        # (China Railway's container centre at the place: 中铁 is part of its name)
        ("集装箱班列驶入中铁南昌集装箱中心站。", "中铁南昌集装箱中心站", None, "南昌市"),
        ("货物运抵中铁天津货柜中心站后装船。", "中铁天津货柜中心站", None, "天津市"),
        # a port of entry by its kind, or of its own name after a country (named without it)
        ("冷链车开进南宁铁路口岸。", "南宁铁路口岸", None, "南宁市"),
        ("车队途中经过老挝班海口岸。", "班海口岸", None, "老挝"),
        # a port's terminal, named after 的
        ("安庆港的五里庙集装箱码头上桥吊往来不停。", "五里庙集装箱码头", "安庆港", "安庆市"),
        # (a station's freight base: a part of it; 南京货运中心 alone is an office)
        ("苏州西站物流基地响起汽笛声。", "苏州西站物流基地", "苏州西站", "苏州市"),
        # a longer or a Latin name before a word that only names a freight yard
        (
            "卢森堡开往成都的班列出发了。列车驶离卢森堡迪德朗日铁路场站。",
            "迪德朗日铁路场站",
            None,
            "卢森堡",
        ),
        ("德国汉堡市的CTA场站办起接车仪式。", "汉堡CTA场站", None, "汉堡"),
        ("接车仪式在德国汉堡市CTA场站举行。", "汉堡CTA场站", None, "汉堡"),
        # a yard a railway office holds, at the place the office is named after
        (
            "列车从国铁上海局南京货运中心所辖的尧化门铁路货场开出。",
            "南京尧化门铁路货场",
            None,
            "南京市",
        ),
        # a station of its own name after a city whose short name is weak, holding a
        # county's short name (石台) inside it: the city's station, not 石台县's
        ("一列货车由沈阳虎石台车站专用线开出。", "沈阳虎石台站", None, "沈阳市"),
        ("一列货车由沈阳虎石台站开出。", "沈阳虎石台站", None, "沈阳市"),
        # a railway group's short name before a place's facility it runs: part of its name
        ("首趟班列从山东济铁菏泽物流园驶出。", "济铁菏泽物流园", None, "菏泽市"),
        # a city's dry port's logistics park, by its whole name
        ("首列国际班列从长治陆港物流园区开出。", "长治陆港物流园区", None, "长治市"),
        # a port of its own name told as a place's with 的, or an international port of
        # its own name after its city
        ("一台造桥机在宜城市的小河港吊装上船。", "宜城市小河港", None, "宜城市"),
        ("九江红光国际港正式开港运营。", "九江红光国际港", None, "九江市"),
        # a freight outlet of a railway's hub (not a bank's: 北京营业网点 alone is none)
        (
            "班列从北京铁路物流中心琉璃河营业网点的专用线开出。",
            "琉璃河营业网点",
            "北京铁路物流中心",
            "北京市",
        ),
        # a port area under customs bond, after its city, or with a name of its own
        ("记者走进钦州保税港区,码头上龙门吊林立。", "钦州保税港区", None, "钦州市"),
        ("货物运抵宁波梅山保税港区。", "宁波梅山保税港区", None, "宁波市"),
        # a city's new port (新港), and a terminal of it
        ("武汉新港的集装箱吞吐量增长。", "武汉新港", None, "武汉市"),
        ("汽车在长沙新港汽车滚装码头装船。", "长沙新港汽车滚装码头", "长沙新港", "长沙市"),
        # (a rail hub's container centre station)
        (
            "成都国际铁路港集装箱中心站一景。",
            "成都国际铁路港集装箱中心站",
            "成都国际铁路港",
            "成都市",
        ),
        # (a part of the port with a name of its own, in brackets after it)
        ("中欧班列由宜宾港(一步滩站)开出。", "一步滩站", "宜宾港", "宜宾市"),
        # (a terminal by its number)
        ("移民从万州港17号码头登船。", "万州港17号码头", "万州港", "万州区"),
        # (or with 第 or its side before the number, a port's or a city's port's)
        ("庆典将在釜山港第5码头举办。", "釜山港第5码头", "釜山港", "釜山"),
        ("滚装船昨天靠上泸州港东3码头。", "泸州港东3码头", "泸州港", "泸州市"),
        # (a port of its own name right after its city, the ship setting off from it)
        ("船队从宜城市小河港起程。", "宜城市小河港", None, "宜城市"),
        ("首航仪式在济宁春江港举行。济宁市开出多条航线。", "济宁春江港", None, "济宁市"),
        # (after a city's short name, weak alone: the port confirms it)
        ("衡阳松木港的液体泊位正式开通。", "衡阳松木港", None, "衡阳市"),
        # (what a terminal or yard serves, part of its name: 综合, 货运, 公用)
        ("一艘驳船靠上安康石梯货运码头卸货。", "安康石梯货运码头", None, "安康市"),
        ("宜宾志城综合货运码头完成竣工验收。", "宜宾志城综合货运码头", None, "宜宾市"),
        ("北碚犁子林公用码头恢复运营。", "北碚犁子林公用码头", None, "北碚区"),
        ("一列商品车班列从西安新筑铁路综合货场开出。", "西安新筑铁路综合货场", None, "西安市"),
        # (a terminal of a port area read just now after its place, named with the area)
        ("常德桃林港区综合码头迎来首航。", "桃林港区综合码头", "常德桃林港区", "常德市"),
        # (a weak name's station by its direction: not cut into by a name that starts
        # inside the place and ends on the direction, 江北 in 同江北站)
        ("满载木材的列车昨日从同江北站开出。", "同江北站", None, "同江市"),
        ("货车停靠潜江北站装货。", "潜江北站", None, "潜江市"),
        # (a crossing so too: 同江's north crossing, no crossing of Chongqing's 江北)
        ("班列将在黑龙江同江北口岸出境，驶向俄罗斯。", "同江北口岸", None, "同江市"),
        # (a port's name not cut by a weak name left out that starts before it: 上高 in
        # 靠上高雄港, 港南 in 改港南通口岸)
        ("一艘集装箱船昨天靠上高雄港卸货。", "高雄港", None, "高雄"),
        ("不少货主已改港南通口岸出口。", "南通口岸", None, "南通市"),
    ],
)
def test_a_facility_named_after_its_place_is_read(text, name, parent, host):
    ports = {p["name"]: p for p in extract_text(text)["ports"]}
    assert name in ports, ports
    assert (ports[name]["parent"], ports[name]["host"], ports[name]["derived"]) == (
        parent,
        host,
        True,
    )


def test_an_airport_named_with_and_without_guoji_is_one():
    text = "货物运抵桂林两江国际机场。桂林两江机场货运量增长。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["桂林两江国际机场"]


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        (
            "预计年底前,果园、珞璜、新田、龙头四大枢纽港全部投运。",
            ["果园港", "珞璜港", "新田港", "龙头港"],
        ),
        ("规划了永川朱沱、渝北洛碛、武隆白马等9个专业化重点港口。", ["朱沱港", "洛碛港", "白马港"]),
        ("已形成以主城、涪陵、万州三个枢纽港区为龙头的港口体系。", ["涪陵港", "万州港"]),
        # (harbours of nature's making, counted)
        ("这条沿海铁路通到北海、钦州两个天然港口。", ["北海港", "钦州港"]),
        ("港口与重庆江北、成都天府两大机场联通。", ["江北国际机场", "天府国际机场"]),
        # (a count without its measure word)
        ("此后,泸州、宜宾两港实现联动。", ["泸州港", "宜宾港"]),
        # (airports of the table sharing 机场 without a count)
        ("规划提出,万州、黔江、巫山机场将改扩建。", ["万州五桥机场", "黔江武陵山机场", "巫山机场"]),
        # (crossings sharing 口岸 without a count: a county's of its name, or the table's)
        ("这趟班列会经吉隆、樟木口岸开往加德满都。", ["吉隆口岸", "樟木口岸"]),
        # (counted, only the table's: the cities stay places)
        ("边民的货物从东兴、里火、峒中等口岸入境。", ["东兴", "峒中口岸"]),
        # (ports of the table sharing 港 without a count)
        ("航道疏浚以后,宜宾和泸州港都能停靠三千吨级船舶。", ["宜宾港", "泸州港"]),
        ("就吞吐量而言,它排在重庆、武汉港的后面。", ["重庆港", "武汉港"]),
    ],
)
def test_a_list_of_names_sharing_one_facility_word_names_the_ports(text, ports):
    record = extract_text(text)
    assert [p["name"] for p in record["ports"]] == ports
    assert not {"涪陵区", "万州区", "永川区", "渝北区", "港区"} & {
        r["name"] for r in record["regions"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "进口汽车过去大多在天津、上海、广州3个口岸清关。",
        "入冬后,这些货船分泊在同江、佳木斯、哈尔滨等口岸。",
        # (a line's end, a city, before a crossing)
        "这条线路从老挝万象、经磨丁口岸开往成都。",
    ],
)
def test_cities_listed_before_a_crossings_word_stay_places(text):
    """天津、上海、广州3个口岸: the cities where goods are cleared, no crossings of their own."""
    record = extract_text(text)
    assert not [p["name"] for p in record["ports"] if p["name"].endswith("口岸")]


@pytest.mark.parametrize(
    ("text", "ports", "regions"),
    [
        # (a train's city before a port: the city, not its port)
        ("冷链班列每天往返于重庆和钦州港之间。", ["钦州港"], ["重庆市"]),
        # (a port authority's word: no port)
        ("宜宾和泸州港务部门签了合作协议。", [], ["宜宾市", "泸州市"]),
    ],
)
def test_places_before_a_ports_word_not_shared_stay_places(text, ports, regions):
    record = extract_text(text)
    assert [p["name"] for p in record["ports"]] == ports
    assert [r["name"] for r in record["regions"]] == regions


def test_a_route_from_ports_sharing_one_word_has_each_port_for_origin():
    record = extract_text("货船分别从宜宾、泸州港起航驶往上海港。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("宜宾港", ["上海港"]),
        ("泸州港", ["上海港"]),
    ]


def test_a_bays_shore_in_a_list_of_areas_is_no_districts_area():
    """湄洲湾南岸、泉州湾两个港区: the bay's south shore, no port area of 南岸区."""
    record = extract_text("泉州港规划了湄洲湾南岸、泉州湾两个港区。")
    assert "南岸港区" not in [p["name"] for p in record["ports"]]
    assert "南岸区" not in [r["name"] for r in record["regions"]]


def test_shenzhens_port_areas_by_their_short_names_after_the_city():
    """深圳蛇口、妈湾: Shenzhen's port areas, named without 港 after the city."""
    record = extract_text("“昆明—深圳蛇口、妈湾”铁海联运班列开行。")
    assert [p["name"] for p in record["ports"]] == ["蛇口港区", "妈湾港区"]
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("昆明市", ["蛇口港区", "妈湾港区"])
    ]


def test_the_terminal_named_by_its_operator_is_the_port_area():
    """盐田国际, the company that runs 盐田港区's container terminal, names the terminal:
    the port area, not the district."""
    record = extract_text("盐田国际与江门的企业签约,共建海铁联运通道。")
    assert [p["name"] for p in record["ports"]] == ["盐田港区"]
    assert "盐田区" not in {r["name"] for r in record["regions"]}


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # (the last joined by 和 and 以及, a country before a name, a kind of port between
        # the list and the word; a city named for its port, 莫尔兹比港, is its port)
        (
            "这条航线串起中国香港、澳大利亚达尔文和巴布亚新几内亚莱城、莫尔兹比港等港口。",
            ["香港港", "达尔文港", "莱城港", "莫尔兹比港港"],
        ),
        ("新航线连接新加坡、巴生等国际中转港口。", ["新加坡港", "巴生港"]),
        # (an item told as a port already is that port: 上海港, not a port of 海港区)
        ("拓展与上海港、南京港、芜湖港等沿江沿海港口的航线。", ["上海港", "南京港", "芜湖港"]),
        # (where in the country they lie, before what kind they are)
        (
            "这批货先经铁路运至天津、上海、广州等东部沿海港口,然后装船出口。",
            ["天津港", "上海港", "广州港"],
        ),
        # (two joined by 和 alone)
        ("长江下游的南通和张家港等港口吞吐量增长。", ["南通港", "张家港港"]),
        # (the part of the country, with 的, before the word)
        (
            "该陆港正与广州、厦门、泉州等沿海地区的海港联手开行班列。",
            ["广州港", "厦门港", "泉州港"],
        ),
        # (stations that handle freight, each of its place)
        ("全市共有衢州、江山、龙游3个办理站。", ["衢州站", "江山站", "龙游站"]),
        # (those there already: 既有 between the count and the word)
        ("新线引入遂宁、南充北2座既有车站。", ["遂宁站", "南充北站"]),
        # (a station's word names no port on the water: 南充站, not the table's 南充港)
        ("铁路在遂宁、南充两个车站办理集装箱业务。", ["遂宁站", "南充站"]),
        # (the country's, before what kind they are)
        ("新航线连接天津、广州两大中国枢纽港口。", ["天津港", "广州港"]),
        # (no item holds a word of grammar: 均是重庆 lists no 重庆)
        ("万州港、珞璜港均是重庆四大长江枢纽港。", ["万州港", "珞璜港"]),
    ],
)
def test_places_listed_before_a_word_for_ports_are_ports(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


def test_a_port_abroad_read_after_its_country_is_that_port_named_again_without_it():
    """在俄罗斯扎鲁比诺港装船…“珲春-扎鲁比诺港-青岛”航线: the port the text read after its
    country is that port where it names it again, before or after, without it."""
    text = (
        "“珲春-扎鲁比诺港-青岛”航线首航。集装箱经珲春铁路口岸出境,在俄罗斯扎鲁比诺港装船起航,"
        "开往山东青岛港。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "珲春市",
        ["青岛港"],
        ["扎鲁比诺港"],
    )


def test_a_port_of_its_own_name_listed_after_a_port_abroad_is_of_that_country():
    """泰国林查班港、曼谷港和某某港: a port of its own name listed right after a port abroad is
    a port of that country too, placed at the country, and the list goes on past a port
    the table knows; not a word of kind (和其他港), nor after a port of China."""
    text = "新开的航线从钦州港出发,挂靠越南海防港、盖梅港和岘港以后回到钦州港。"
    ports = {p["name"]: p["host"] for p in extract_text(text)["ports"]}
    assert ports["盖梅港"] == "越南"
    text = "货轮先后停靠泰国林查班港、曼谷港及沙塔希港。"
    ports = {p["name"]: p["host"] for p in extract_text(text)["ports"]}
    assert ports["沙塔希港"] == "泰国"
    text = "货轮先后停靠泰国林查班港和其他港。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["林查班港"]
    text = "货轮先后停靠上海港和盖梅港。"
    assert "盖梅港" not in {p["name"] for p in extract_text(text)["ports"]}


def test_a_port_of_its_own_name_after_the_city_abroad_gone_to_is_that_port():
    """驶往阿布扎比哈里发港: the port of its own name in the city abroad is the end, and
    confirms the city; a port's words after a weak name abroad with no going to it do not
    (川内头号大港: the first port within Sichuan, not 川内 in Japan)."""
    (route,) = extract_text("货轮从洋浦港解缆启航,驶往阿布扎比哈里发港。")["routes"]
    assert (route["origin"], route["destinations"]) == ("洋浦港", ["哈里发港"])
    (route,) = extract_text("一艘集装箱船从钦州港开出,驶往雅加达丹戎不碌港。")["routes"]
    assert route["destinations"] == ["丹戎不碌港"]
    record = extract_text("这座开放的川内头号大港,欢迎客商来投资。")
    assert record["ports"] == [] and record["regions"] == []
    # (港口 after a city abroad is a word: a partner-port pact signed)
    assert extract_text("台湾与那霸签署伙伴港口合作书。")["ports"] == []


def test_a_ports_station_is_named_by_the_port_without_its_city():
    """开往宁波北仑港站: 北仑港站, the port's station, written without 宁波."""
    record = extract_text("X9530次列车由吴家山站发车,开往宁波北仑港站。")
    assert "北仑港站" in {p["name"] for p in record["ports"]}
    assert [r["destinations"] for r in record["routes"]] == [["北仑港站"]]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("西安自贸港建设正加快推进。", "西安自贸港"),  # a free-trade port: a policy
        ("这批货物经深圳陆路口岸出境。", "深圳陆路口岸"),  # what kind of crossing
        ("两位引航员从江阴引航站登轮。", "江阴引航站"),  # the pilots' station
        ("二连浩特是我国对蒙古国开放的唯一铁路口岸。", "唯一铁路口岸"),  # which one
        ("满洲里铁路口岸站副站长向记者介绍了情况。", "站副站"),  # its deputy master
        ("宜昌市以三峡机场为依托发展航空物流。", "宜昌市以三峡机场"),  # 以, grammar
        ("新建的盐田专用线连接码头与铁路。", "连接码头"),  # joining the wharf
        ("连云港口岸的海港口岸扩大开放。", "海港口岸"),  # its sea crossing, no 海港区
        ("中远海运物流与成都港投当天签约。", "成都港"),  # a port investment company
        ("泸州港疏港铁路专用线完成铺轨。", "疏港铁路专用线"),  # the port's access line
        ("日照港口岸两翼港区通过验收。", "两翼港区"),  # the crossing's two flanks
        ("库车机场开通乌鲁木齐机场异地货站业务。", "异地货站"),  # a desk elsewhere
        ("九江陆地港暨九江口岸作业区开工。", "暨九江口岸"),  # 暨, and
        ("游客下船后可转车去往澳门市区或机场。", "市区或机场"),  # 或, or
        ("这里从一个普通河港变为物流中心。", "通河港"),  # an ordinary river port
        ("两地将畅通川港物流通道。", "通川港"),  # 畅通, a verb, before 川港 (四川, 香港)
        # (no airport is a part of an airport: a licence granted to it)
        ("民航局为仙女山机场颁发机场许可证。", "颁发机场"),
        # (an event's stop in a city, no station)
        ("就业服务巡回行成都站活动在郫都区举行。", "成都站"),
        ("主题采访(贵阳站)活动昨天启动。", "贵阳站"),
        # (the old port's wharves, no wharf named 古港)
        ("广州古港码头修缮工程完工。", "广州古港码头"),
        # (where goods come in: no crossing's name)
        ("海关批准这里作为越南水果进入中国的入境口岸。", "入境口岸"),
        # (a time told between a port and a word for its wharves; an office named after
        # its crossings; a port's rail and sea park, the port's 港 and the ways it joins)
        ("会上介绍了泸州港近几年码头建设的进展。", "近几年码头"),
        ("重庆市商务局口岸管理处负责人出席了活动。", "重庆市商务局口岸"),
        ("福建港铁海国际物流园正在加紧建设。", "港铁海国际物流园"),
        # (a station's marshalling yard told by its word after it: no yard named 编组站)
        ("团结村站编组站的扩能工程开工了。", "编组站"),
        # (港澳 after a name: Hong Kong and Macau, the lines of a passenger terminal, no
        # port of the name)
        ("广州市区的琶洲港澳客运码头今年启用。", "琶洲港"),
        ("蛇口港澳客运码头加开了夜航班次。", "澳客运码头"),
        # (a province's plan of dry ports for its roads and rails, no one port)
        ("这个项目属于湖南省交通物流港规划的一部分。", "交通物流港"),
    ],
)
def test_words_of_kind_role_or_grammar_before_a_facility_word_name_none(text, wrong):
    assert wrong not in {p["name"] for p in extract_text(text)["ports"]}


def test_a_port_put_into_service_is_still_a_port():
    """綦江港投入使用: the port, put into service (港投 names a company only before 集团 …)."""
    assert "綦江港" in {p["name"] for p in extract_text("綦江港投入使用三年。")["ports"]}


def test_an_airport_named_by_its_city_alone_is_the_citys_airport_of_the_table():
    """贵阳机场, 宜昌三峡国际机场: the table's airport of the city, by any of its names."""
    record = extract_text("一架全货机从贵阳机场起飞,飞往缅甸仰光。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("龙洞堡国际机场", ["仰光"])
    ]
    record = extract_text("货机从宜昌三峡国际机场起飞。")
    assert [p["name"] for p in record["ports"]] == ["三峡国际机场"]


def test_a_hub_named_as_its_station_or_without_its_word_is_the_hub():
    """王家营西 without 站 in a list of stops, 广州国际港站 for the rail hub itself: the
    table's hub."""
    record = extract_text("列车经昆明王家营西、玉溪、西双版纳等站,由磨憨口岸出境,开往老挝万象。")
    assert "王家营西站" in {p["name"] for p in record["ports"]}
    record = extract_text("首列中欧班列从广州国际港站开出,驶往俄罗斯。")
    assert [r["origin"] for r in record["routes"]] == ["广州国际港"]


def test_an_electronic_port_is_no_facility():
    """黄石港电子口岸: an information system of the ports of entry."""
    assert extract_text("支持加快武汉、荆州、宜昌、黄石港电子口岸建设。")["ports"] == []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("“怀化西-万象南”班列已实现常态化开行。", ("怀化西站", ["万象南站"])),
        ("开行重庆西—成都东班列。", ("重庆西站", ["成都东站"])),
        # (a province's name that ends with a direction is no station: 陕西, 广西)
        ("陕西-广西班列开行。", ("陕西省", ["广西壮族自治区"])),
    ],
)
def test_a_citys_station_by_its_direction_in_a_chain(text, route):
    """怀化西-万象南: a city and a direction before a dash, or after one at the chain's end,
    is the city's station of that direction (怀化西站)."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [route]


def test_a_list_of_places_sharing_a_facility_word_names_a_facility_of_each():
    record = extract_text("本年拟建立德阳、昭通等无水港。")
    ports = {p["name"]: p["host"] for p in record["ports"]}
    assert ports == {"德阳无水港": "德阳市", "昭通无水港": "昭通市"}


def test_an_item_of_a_list_that_ends_a_longer_name_names_no_place_s_station():
    """曲靖市珠江源、沾益等车站: 珠江源 is a station's own name (珠江 runs into it), not
    江源区's station."""
    ports = {p["name"] for p in extract_text("货物在曲靖市珠江源、沾益等车站装车。")["ports"]}
    assert "江源站" not in ports


def test_a_list_of_places_sharing_an_airport_word_names_no_port_on_the_water():
    """万州、达州两大机场: 达州's airport (of the place), not 达州港."""
    ports = {p["name"] for p in extract_text("万州、达州两大机场开通新航线。")["ports"]}
    assert ports == {"万州五桥机场", "达州机场"}


def test_a_list_of_places_sharing_a_dry_port_word_names_no_port_on_the_water():
    """岳阳、醴陵等内陆港: each city's dry port (the city's, not its county's), not the
    river port of the place (岳阳港)."""
    record = extract_text("该港目前已在岳阳、醴陵、贵阳等5个内陆港开展业务。")
    ports = {p["name"]: (p["kind"], p["host"]) for p in record["ports"]}
    assert ports == {
        "岳阳内陆港": ("dry port", "岳阳市"),
        "醴陵内陆港": ("dry port", "醴陵市"),
        "贵阳内陆港": ("dry port", "贵阳市"),
    }


def test_a_city_of_the_country_before_the_port_is_the_ports_host():
    """阿塞拜疆的巴库港: the port of 巴库, a city of the country told before it, not a port of
    its own name placed at the country; the country only says where the port is."""
    record = extract_text("班列一路西行,目的地是阿塞拜疆的巴库港。")
    assert {p["name"]: p["host"] for p in record["ports"]} == {"巴库港": "巴库"}
    assert "阿塞拜疆" not in [r["name"] for r in record["regions"]]


@pytest.mark.parametrize(
    ("text", "name", "host"),
    [
        # (written again without its place, in a headline before it: not 南京's 浦口区's)
        (
            "大浦口集装箱码头月吞吐量破纪录\n上个月,舟山大浦口集装箱码头的吞吐量创了新高。",
            "舟山大浦口集装箱码头",
            "舟山市",
        ),
        # (written again after its province, which says where it lies)
        (
            "车队经腾冲猴桥口岸入境。第二批货物随后也从云南猴桥口岸入境。",
            "腾冲猴桥口岸",
            "腾冲市",
        ),
        # (written again after the city its district is in)
        (
            "班列开往九龙坡区的白市驿站,此后每周两列,第三天抵达重庆白市驿站。",
            "九龙坡区白市驿站",
            "九龙坡区",
        ),
        # (an area of its own name at a city whose port the table holds: that port's area,
        # as it is where the port is written before it)
        ("货轮靠上芜湖三山港区。此后,芜湖港三山港区每周都有航班。", "三山港区", "芜湖市"),
        # (an own name that holds its place's name: no place written before it again)
        ("列车从蒙自市蒙自北站开出。其余货物在蒙自北站装车。", "蒙自北站", "蒙自市"),
    ],
)
def test_a_facility_of_its_own_name_written_again_without_its_place_is_one(text, name, host):
    ports = extract_text(text)["ports"]
    assert [(p["name"], p["host"], len(p["mentions"])) for p in ports] == [(name, host, 2)]


def test_an_area_of_its_own_name_at_a_city_with_a_port_is_that_ports_area():
    """南通某某港区: the area of 南通港; 某市综保区作业区, a zone's, stays as written."""
    ports = extract_text("首条外贸航线从南通吕四起步港区开出。")["ports"]
    assert [(p["name"], p["parent"]) for p in ports] == [("吕四起步港区", "南通港")]
    ports = extract_text("九江综保区作业区正式封关运作。")["ports"]
    assert [(p["name"], p["parent"]) for p in ports] == [("九江综保区作业区", None)]


def test_a_facility_named_again_by_its_head_is_that_facility():
    """新田港, then 新田 alone: the port area told again, not 湖南's 新田县; but 万州港,
    then 万州: the port's own district stays the district."""
    text = "万州新田港迎来一趟班列。随后,这趟班列从新田出发,驶往钦州港。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("新田港", ["钦州港"])
    text = "万州港迎来一趟班列。随后,这趟班列从万州出发,驶往钦州港。"
    assert "万州区" in [r["name"] for r in extract_text(text)["regions"]]
    # (the port told first by a terminal of it: its head is the port's all the same)
    text = "武汉新港三江港区集装箱码头开工。业主为湖北长江三江港区域开发有限公司。"
    assert "三江侗族自治县" not in [r["name"] for r in extract_text(text)["regions"]]


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        ("煤炭专列从包西铁路沙坪子站驶出。", [("沙坪子站", "中国")]),
        ("支线在湘桂线冷水铺站接轨。", [("冷水铺站", "中国")]),
        # (what a station does, not its name)
        ("这里有一座大型铁路编组站和一座铁路无轨站。", []),
    ],
)
def test_a_station_told_by_the_line_it_is_on(text, ports):
    """包西铁路沙坪子站: a station of its own name after the railway line it is on."""
    assert [(p["name"], p["host"]) for p in extract_text(text)["ports"]] == ports


def test_a_train_leaving_a_station_told_by_its_line_leaves_the_station():
    """驶离包西铁路沙坪子站,开往…: the line's name is part of where the train leaves."""
    text = "一趟煤炭列车驶离包西铁路沙坪子站,开往宁夏青铜峡站。"
    assert [r["origin"] for r in extract_text(text)["routes"]] == ["沙坪子站"]


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # (each named whole, in the place told before the list; the first item's start is
        # not told: 抓紧推进新建码头 is no name)
        (
            "今年岳阳市将抓紧推进新建码头、荆江门粮食码头、道仁矶油品码头等项目。",
            [("荆江门粮食码头", "岳阳市"), ("道仁矶油品码头", "岳阳市")],
        ),
        # (in the place an item's name begins with; a station's terminal, not the station)
        (
            "湖南将加快建设物流园区、岳阳洗舱站码头、常德洗舱站码头等工程。",
            [("岳阳洗舱站码头", "岳阳市"), ("常德洗舱站码头", "常德市")],
        ),
        # (terminals of a size, no names)
        ("去年建成了5万吨级码头、10万吨级码头等泊位。", []),
    ],
)
def test_terminals_listed_each_with_its_word_are_read(text, ports):
    """荆江门粮食码头、道仁矶油品码头等: a list of terminals, each named whole."""
    assert [(p["name"], p["host"]) for p in extract_text(text)["ports"]] == ports


def test_a_station_named_after_its_port_is_the_station():
    text = "一列专列从重庆果园港鱼嘴站发出,预计48小时后抵达广州南沙港。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "鱼嘴站" and gazetteer().places["鱼嘴站"].parent == "果园港"


@pytest.mark.parametrize(
    ("text", "port", "kind"),
    [
        ("石柱县代表团考察了内江国际物流港项目。", "内江国际物流港", "dry port"),
        ("班列从重庆团结村铁路中心站发出。", "团结村", "rail hub"),
        ("列车经磨憨边境口岸出境。", "磨憨", "border crossing"),
        ("班列于10月20日从中国义乌铁路西站出发。", "义乌西站", "rail hub"),
        ("一列返程班列由哈萨克斯坦多斯托克车站发出。", "多斯特克", "border crossing"),
        # (a city's airport as its port of entry by air)
        ("今年宜昌航空口岸的国际货邮量翻了一番。", "宜昌航空口岸", "airport"),
        # (a city's land port district, not the hub of trains it holds)
        ("满载百货的班列开进了乌鲁木齐国际陆港区。", "乌鲁木齐国际陆港区", "dry port"),
        # (a sea port's main area, named with its city or not: the area, no longer the port)
        ("一艘滚装船昨天靠上营口鲅鱼圈港。", "鲅鱼圈港", "port area"),
        # (a port abroad by its own name, without 港 too)
        ("这艘货柜船回程时停靠丹戎帕拉帕斯。", "丹戎帕拉帕斯港", "sea port"),
        # (a river port on the 黑龙江, named with its town or not, its area as the port)
        ("一艘江海轮装满大豆驶离抚远莽吉塔港。", "莽吉塔港", "river port"),
        ("首批货物已运进莽吉塔港区。", "莽吉塔港", "river port"),
        # (a city's airport named with its district's name)
        ("两市商定把遂宁安居机场建成民用运输机场。", "遂宁安居机场", "airport"),
        # (天津港's station, no station of 贵港's 港北区)
        ("这列班列开到天津新港北站,集装箱再装船出海。", "新港北站", "rail station"),
        ("货物将在新港北集装箱中心站装车。", "新港北站", "rail station"),
        # (江津's rail hub by its logistics centre, its name as some pages misspell it)
        ("一批货物从小岚垭铁路物流中心发往北部湾。", "小南垭站", "rail hub"),
        # (the assembly centre named with its service first, its city in brackets)
        ("几个部门合力建起中欧班列(乌鲁木齐)集结中心。", "乌鲁木齐集结中心", "rail hub"),
        # (a city's railway hub as a whole)
        ("新线建成后将接入襄阳铁路枢纽。", "襄阳铁路枢纽", "rail hub"),
        # (a city's land port park, named whole)
        ("首趟班列昨天驶出沧州陆港物流园。", "沧州陆港物流园", "dry port"),
        # (a city's marshalling yard by its direction, and a station's yard of that kind)
        ("重载列车在株洲北编组场解体后分送各地。", "株洲北编组场", "rail station"),
        ("检车员一早就在合肥东站编组场检查车辆。", "合肥东站编组场", "rail station"),
        # (a border crossing's station, named with the crossing as written)
        ("一列冷藏车在绥芬河口岸站完成了换装。", "绥芬河口岸站", "rail station"),
        ("首趟回程班列开进二连浩特铁路口岸站。", "二连浩特铁路口岸站", "rail station"),
        # (a city's inland container terminal)
        ("湖州内河集装箱码头今年的吞吐量创了新高。", "湖州内河集装箱码头", "terminal"),
    ],
)
def test_more_names_of_facilities(text, port, kind):
    ports = {p["name"]: p["kind"] for p in extract_text(text)["ports"]}
    assert ports == {port: kind}


@pytest.mark.parametrize(
    ("text", "routes", "ports"),
    [
        # 果园 alone, in a chain of a service, is the port
        (
            "果园港现已开行果园—西昌、上海—果园—南充等多条水铁联运线路。",
            [("果园港", ["西昌市"], []), ("上海市", ["南充市"], ["果园港"])],
            ["果园港"],
        ),
        ("村里的果园今年又丰收了。", [], []),  # an orchard
        # (三坪 alone: Urumqi's container station, where a train goes to it)
        (
            "班列从团结村启程,一路向西开往新疆三坪。",
            [("团结村", ["三坪站"], [])],
            ["团结村", "三坪站"],
        ),
        # 鱼嘴 alone: the station where a train leaves from it, else the town or the bank
        ("一列班列从重庆鱼嘴启程,开往新疆。", [("鱼嘴站", ["新疆维吾尔自治区"], [])], ["鱼嘴站"]),
        ("长江北岸鱼嘴段岸线正在施工,鱼嘴立交也在建设。", [], []),
    ],
)
def test_a_stations_short_name_is_the_station_only_in_a_strong_context(text, routes, ports):
    record = extract_text(text)
    assert [(r["origin"], r["destinations"], r["via"]) for r in record["routes"]] == routes
    assert [p["name"] for p in record["ports"]] == ports


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # a short name ending as a division's full name does (州) is still a short name
        ("开州港—万州新田港航线开通。", {"开州港": "开州区", "新田港": "万州区"}),
        ("綦江港口开通航线。", {"綦江港": "綦江区"}),  # 港口 is the word for any port
        ("万州区港口物流发展。", {}),  # after a full name: no facility
        # (a full name of two characters is the only name of its place: 藤县's port area)
        ("梧州港正在扩建藤县港区。", {"梧州港": "梧州市", "藤县港区": "藤县"}),
        # a terminal of a port named by its parts (国际, 集装箱)
        ("列车驶离泸州港国际集装箱码头,直奔成都。", {"泸州港国际集装箱码头": "泸州市"}),
        # a dry port (陆港, 国际陆港), not a kind of hub (陆港型)
        ("中欧班列驶出贵阳国际陆港,奔赴莫斯科。", {"贵阳国际陆港": "贵阳市"}),
        ("万州港、达州陆港形成功能互补。", {"万州港": "万州区", "达州陆港": "达州市"}),
        ("重庆陆港型国家物流枢纽建设提速。", {}),
    ],
)
def test_a_port_named_by_a_places_short_name(text, ports):
    assert {p["name"]: p["host"] for p in extract_text(text)["ports"]} == ports


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        ("一列黔粤班列从贵州遵义阁老坝站缓缓驶出。", ["遵义阁老坝站"]),  # a station of its own
        ("旅客在成都东客站候车。", []),  # passengers'
        # (what kind of terminal, not which: a part of its port's name)
        ("钦州港自动化集装箱码头投入运营。", ["钦州港自动化集装箱码头"]),
        ("九江港新增开放码头两个。", ["九江港"]),
        # (万州's 火车站; a 水电站 is no name of a station of its own)
        ("班列经过万州火车站,路过一座水电站。", ["万州站"]),
        # (the border police's post at a crossing, no station of the crossing's)
        ("红其拉甫边检站的官兵在口岸执勤。", ["红其拉甫口岸"]),
        # (a plant's siding: no name holds 电厂 first; the station told after 由 is one of
        # its own, without 由)
        ("宜城电厂铁路专用线全长数公里,由欧庙站接轨引出。", ["欧庙站"]),
        # (a weak name after a station's word is the station's own name: no 新北区's
        # station)
        ("一条专用线将接入长沙火车新北站。", []),
        ("长沙铁路货运新北站正为班列装车。", []),
        # (a word of leaving before a station by its direction: not the weak 从江's station)
        ("一趟货车从江北站开出。", ["江北站"]),
    ],
)
def test_a_station_named_after_a_place(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("在钦州港火车站,前往重庆的列车整装待发。", "钦州港站"),  # (火车站 is 站)
        ("班列驶离广西钦州港火车东站。", "钦州港东站"),  # (火车东站 is 东站)
        ("货物运抵南川火车站。", "南川站"),
        ("货物运抵河内的东英车站。", "河内东英站"),  # (车站 is 站 too)
        ("班列抵达钦州港集装箱办理站。", "钦州港集装箱办理站"),
        # (a city's station by its direction, after the city's full name)
        ("今晨一列货车离开蚌埠市北站。", "蚌埠北站"),
        ("集装箱班列从南充市东站开出。", "南充东站"),
    ],
)
def test_a_station_is_named_with_zhan(text, port):
    assert [p["name"] for p in extract_text(text)["ports"]] == [port]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("装满葡萄酒的专列预计下月初驶入义乌火车西站。", "义乌西站"),  # (义乌西站)
        ("首趟班列当天从长春铁路综合货场开出。", "长春铁路综合货场"),
        ("首趟班列当天从广元铁路综合物流基地开出。", "广元铁路综合物流基地"),
        ("一列化工原料班列从四川绵阳皂角铺铁路物流基地开出。", "绵阳皂角铺铁路物流基地"),
        ("一列班列从兰州铁路东川物流中心开出。", "东川铁路物流中心"),  # (the table's)
        # (芦潮港, the rail–sea trains' yard by 洋山: the table's)
        ("合肥—上海芦潮港集装箱海铁联运班列开行。", "芦潮港铁路集装箱中心站"),
    ],
)
def test_railway_yards_and_bases_at_a_place_are_read(text, port):
    """A place's railway yard or base (长春铁路综合货场), one of its own name with
    物流基地 (皂角铺铁路物流基地), and a station written with 火车 and its direction
    (义乌火车西站) are facilities the trains leave from."""
    assert port in [p["name"] for p in extract_text(text)["ports"]]


def test_a_freight_centre_of_its_own_name_after_its_place_is_a_facility():
    """保山市蒲缥物流中心: a freight centre of its own name, where the train leaves."""
    record = extract_text("一列货物列车从保山市蒲缥物流中心开出,两天后到达成都城厢站。")
    assert "保山市蒲缥物流中心" in [p["name"] for p in record["ports"]]
    assert [r["origin"] for r in record["routes"]] == ["保山市蒲缥物流中心"]


def test_a_facility_word_is_no_part_of_a_facilitys_own_name():
    """从江都铁路专用线: 江都's siding after 从 (a word of moving from it), no siding named
    都铁路 after 从江 (a county's short name); 廊坊北铁路货场: the yard of the north
    station's railway."""
    ports = extract_text("一列班列从江都铁路专用线发出。")["ports"]
    assert [p["name"] for p in ports] == ["江都铁路专用线"]
    ports = extract_text("班列从廊坊北铁路货场发出。")["ports"]
    assert [p["name"] for p in ports] == ["廊坊北铁路货场"]


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # (a city's station after its full name; a station by its short name)
        ("首列班列缓缓驶入西宁市火车货运站。", ["西宁市火车货运站"]),
        ("班列从南充市火车东站开出。", ["南充东站"]),
        # (a port word after a full name is still none: the city's ports)
        ("万州区港口物流发展迅速。", []),
        # (a company's branch is no facility's name)
        ("园区引入了中国物流成都分公司物流基地项目。", []),
    ],
)
def test_a_citys_station_after_its_full_name(text, ports):
    """西宁市火车货运站: the city's station; 成都分公司物流基地: a company's project."""
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # (a facility of its own name after its province: the province says where it is)
        ("列车从湖北华中物流园出发,驶往杜伊斯堡。", ["华中物流园"]),
        # (a dry port of its own name, 物流港, as a park is)
        ("一艘滚装船驶离广东省小墨国际物流港,开往巴西。", ["小墨国际物流港"]),
        ("班列从浙江江滨无水港开出,驶往宁波舟山港。", ["江滨无水港", "宁波舟山港"]),
        # (a place's border crossing, written with 边境: the place's crossing)
        ("货车经吉隆边境口岸出境。", ["吉隆口岸"]),
        # (words of kind, no names: a border's crossings, a paper's office, the crossings
        # between two countries)
        ("西藏边境口岸建设加快。", []),
        ("本报广西记者站报道。", []),
        ("中越口岸通关便利化水平提高。", []),
        # (a province's air crossings as one; a province's railways, no one hub)
        ("全力把贵州航空口岸做大做强。", []),
        ("全力发挥湖南铁路枢纽的作用。", []),
    ],
)
def test_a_facility_of_its_own_name_after_its_province(text, ports):
    """湖北华中物流园: the park of its own name, in the province; 吉隆边境口岸: 吉隆口岸."""
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


def test_a_railways_freight_station_at_a_place_is_read():
    """厦门海沧铁路货运站: a railway's freight station at a place."""
    record = extract_text("8月16日,厦门海沧铁路货运站开出了首趟中欧班列。")
    assert [p["name"] for p in record["ports"]] == ["海沧铁路货运站"]


@pytest.mark.parametrize(
    ("text", "origin", "kind"),
    [
        # (a name of its own, then a railway's yard)
        ("班列从南京尧化门铁路货场开出,驶向老挝万象。", "南京尧化门铁路货场", "rail station"),
        # (a rail port abroad by a name of its own)
        ("班列从波兰库特诺国际港开出,驶往成都。", "库特诺国际港", "rail hub"),
        # (an international container terminal of its own name, after its port)
        ("货轮从日照港东方国际集装箱码头出发,驶往釜山。", "东方国际集装箱码头", "terminal"),
        # (a railway's freight centre of its own name; 南京铁路货运中心 may be an office)
        ("班列自济南董家铁路货运中心启程,驶往阿拉木图。", "济南董家铁路货运中心", "rail hub"),
        # (a siding: a railway's at a place, or one of its own name)
        ("首趟班列从扬州江都铁路专用线开出,驶往南京。", "江都铁路专用线", "rail station"),
        ("首趟班列从南昌横岗专用线开出,驶往厦门港。", "南昌横岗专用线", "rail station"),
    ],
)
def test_facilities_by_names_of_their_own_start_routes(text, origin, kind):
    record = extract_text(text)
    assert [r["origin"] for r in record["routes"]] == [origin]
    assert {p["name"]: p["kind"] for p in record["ports"]}[origin] == kind


def test_a_railway_groups_yard_named_after_its_city_is_a_facility_there():
    """中国铁路X局集团有限公司Y物流园: the group's city is a region, and its yard a facility
    of that city (the short name 兰州 is confirmed by the group named after it)."""
    text = "一列班列由中国铁路兰州局集团有限公司东岗物流园开出,驶向阿拉木图。"
    record = extract_text(text)
    assert "兰州市" in [r["name"] for r in record["regions"]]
    (route,) = record["routes"]
    assert (route["origin"], route["destinations"]) == ("兰州东岗物流园", ["阿拉木图"])


def test_a_named_international_logistics_park_after_its_city_is_a_facility():
    text = "首趟班列从包头沙河铁路国际物流园缓缓开出,驶往蒙古国乌兰巴托。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "包头沙河铁路国际物流园"


def test_a_station_after_a_citys_railway_is_that_citys_station():
    """南昌铁路向塘站: the city's station, named without 铁路; not after a county whose
    name is a railway line's (紫云铁路沙湾站 in 宜昌)."""
    text = "专列先在太原铁路北营站装车出发,再驶往老挝万象。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "太原北营站"
    text = "主线自紫云铁路沙湾站引出,接进白洋港。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["白洋港"]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("班列从泸州国际铁路港开出。", "泸州国际铁路港"),
        ("班列从株洲国际铁港开出。", "株洲国际铁港"),  # (the rail port, told short)
        # a country before a crossing of its own name says where it lies
        ("列车经中国天保口岸出境。", "天保口岸"),
        # an operator's letters before a place's terminal are part of its name
        ("列车从长江新区的CSP武汉码头出发。", "CSP武汉码头"),
        # a station's freight yard, by its direction
        ("一列货运列车驶离台州西货运场。", "台州西货运场"),
        # a name ending in 和
        ("专列从曲靖平和站出发,开往老挝万象。", "曲靖平和站"),
    ],
)
def test_names_of_facilities_after_a_place(text, port):
    assert port in [p["name"] for p in extract_text(text)["ports"]]


def test_a_yard_after_a_railway_bureau_is_the_start_not_the_bureau_s_city():
    """从中国铁路北京局下花园铁路货场开出: the yard (局 names no yard of its own), not 北京."""
    text = "首列班列从中国铁路北京局下花园铁路货场开出,计划从霍尔果斯出境后驶往塔什干。"
    record = extract_text(text)
    assert "下花园铁路货场" in {p["name"] for p in record["ports"]}
    assert [r["origin"] for r in record["routes"]] == ["下花园铁路货场"]
    # (the group's full name, then its unit and the unit's yard: the yard)
    text = (
        "一列开往明斯克的中欧班列今天从中国铁路上海局集团有限公司合肥货运中心合肥北站物流基地驶出。"
    )
    assert [r["origin"] for r in extract_text(text)["routes"]] == ["合肥北站物流基地"]


def test_a_hub_named_after_the_district_in_brackets_after_its_city():
    """成都(双流)空铁国际联运港: the district's air–rail hub (国际联运港), the train's start;
    中欧班列(重庆)缓缓驶出中心站: no facility after a place in brackets after a service."""
    text = "首趟由成都(双流)空铁国际联运港开出的货运班列已抵达老挝万象。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("双流空铁国际联运港", ["万象"])


def test_ports_counted_then_named_by_their_cities_in_brackets():
    """亿吨大港有4个(镇江、泰州、芜湖、重庆): each city's port; 南京、重庆等长江主要内河港口 too;
    江阴港 is 江苏's and 福建's (福州江阴港): of a list, neither, unless its province is told."""
    text = "长江干线亿吨大港有5个(镇江、泰州、芜湖、重庆、江阴)。"
    ports = {p["name"] for p in extract_text(text)["ports"]}
    assert ports == {"镇江港", "泰州港", "芜湖港", "重庆港"}
    assert {p["name"] for p in extract_text("货轮靠上福建江阴港。")["ports"]} == {"江阴港区"}
    assert {p["name"] for p in extract_text("货船从江苏江阴港出发。")["ports"]} == {"江阴港"}
    ports = {p["name"] for p in extract_text("南京、重庆等长江主要内河港口通往东南亚。")["ports"]}
    assert ports == {"南京港", "重庆港"}


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # a port's central area, named 中心港区 or 中心作业区 all the same
        ("今年前三季度,连云港港中心港区的吞吐量创新高。", ["中心港区"]),
        ("宜宾港设有志城、中心、南溪3个港区。", ["宜宾港", "志城作业区", "中心港区", "南溪港区"]),
        ("货轮驶入柳州中心港区卸货。", ["柳州中心港区"]),
    ],
)
def test_a_ports_central_area_is_named_by_its_word(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


def test_a_port_named_like_a_district_is_the_port():
    """黄石港, 黄石's port, is named like the city's district 黄石港区: the port."""
    for text in ("一艘货轮从黄石港启航,驶往上海。", "继武汉港、黄石港之后,蕲春港也开放了。"):
        record = extract_text(text)
        assert "黄石港" in [p["name"] for p in record["ports"]]
        assert "黄石港区" not in [r["name"] for r in record["regions"]]


def test_a_canonical_name_another_place_also_goes_by_names_its_own_place():
    """江阴港 is 江苏's port by name, though 福州's 江阴港区 is also written 江阴港."""
    from cqmap.geo.gazetteer import gazetteer

    assert gazetteer().resolve("江阴港").name == "江阴港"
    assert gazetteer().resolve("福州江阴港").name == "江阴港区"


def test_a_port_name_a_port_area_shares_is_the_whole_port_unless_the_area_is_told():
    """江阴港 alone is 江苏's port (福州港's 江阴港区 is written so too); in a text that names
    福州港 or its 江阴港区, the area."""
    ports = {p["name"] for p in extract_text("今年前五个月,江阴港的集装箱量增长两成。")["ports"]}
    assert ports == {"江阴港"}
    text = "一列海铁联运专列开到福州港江阴港区。这是江西(江阴港)海铁联运的第十列。"
    assert {p["name"] for p in extract_text(text)["ports"]} == {"江阴港区"}


# --------------------------------------------------------------------------- no facility
@pytest.mark.parametrize(
    "text",
    [
        "据长沙新港委介绍,今年的吞吐量还会增长。",
        "钦州保税港区管委会的负责人到会讲话。",
        "西安国际港务区管委会计划再开三条线路。",
    ],
)
def test_a_ports_committee_is_no_port(text):
    """武汉新港委, 太仓港管委会, 西安国际港务区管委会: the port's committee, an office."""
    assert extract_text(text)["ports"] == []


@pytest.mark.parametrize(
    "text",
    [
        "兰州铁路物流中心的一位负责人介绍了今年的打算。",
        "据兰州铁路物流中心的工作人员说,班列已经装满。",
        "兰州铁路物流中心市场调度部安排了车皮。",
    ],
)
def test_a_railways_freight_office_told_by_its_staff_is_no_facility(text):
    """…铁路物流中心的负责人, …的工作人员, …调度部: the railway's freight office, its staff
    or a department of it, no hub."""
    assert extract_text(text)["ports"] == []


def test_an_office_is_no_facility_and_a_station_it_holds_is():
    ports = [p["name"] for p in extract_text("国铁上海局南京货运中心发布消息。")["ports"]]
    assert ports == []
    # (a crossing's or a port's 口岸 told with a word of kind or a verb: no port of its own)
    for text, port in (
        ("班列由阿拉山口边境口岸出境。", "阿拉山口"),
        ("国务院同意安庆港扩大口岸开放范围。", "安庆港"),
    ):
        assert [p["name"] for p in extract_text(text)["ports"]] == [port]
    # (a station the table does not have, held by a railway office: the route's start)
    text = "一列班列从武汉局集团公司汉西车务段所辖的舵落口站驶出,开往贝尔格莱德。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("武汉舵落口站", ["贝尔格莱德"])]


@pytest.mark.parametrize(
    "text",
    [
        "万州区新建码头三座。",  # a word of kind, not a name
        "涪陵区沿江港区扩建。",
        "长寿区的码头很忙。",
        "班列抵达它在中国的终点站。",  # (which for the train, not a name)
        "涪陵区的核心港区很忙。",
        "重庆两大机场客流增长。",  # (a count, not a name)
        "武隆支线机场通航。",  # (what kind of airport)
        "西安双国际机场格局正在形成。",  # (two airports: 国际 is the airport's word)
    ],
)
def test_words_of_kind_before_a_facility_word_name_no_facility(text):
    assert extract_text(text)["ports"] == []


@pytest.mark.parametrize(
    "text",
    [
        "万州、涪陵、江津加快发展港口物流。",  # no count, no 等
        "万州、涪陵、江津等区县加快发展港口物流。",  # 等, then no kind of port
    ],
)
def test_a_list_of_places_before_other_words_names_no_ports(text):
    record = extract_text(text)
    assert record["ports"] == []
    assert {r["name"] for r in record["regions"]} == {"万州区", "涪陵区", "江津区"}


def test_a_port_office_is_the_places_not_a_facility():
    """重庆口岸物流办 is the office of 重庆 (a region), not the facility 重庆口岸."""
    record = extract_text("四川口岸物流办、重庆口岸物流办签署合作协议。")
    assert record["ports"] == []
    assert {r["name"] for r in record["regions"]} == {"四川省", "重庆市"}
    assert [(p["a"], p["b"]) for p in record["pairings"]] == [("重庆市", "四川省")]


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        ("盐城港至武汉阳逻港航线实现常态化运营。", ["盐城港", "阳逻港"]),  # a port's line
        ("宜宾港航局召开会议。", []),  # an authority
        ("重庆港务物流集团发布年报。", []),  # a firm
    ],
)
def test_gang_hang_is_a_ports_line_unless_it_names_the_trade(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        ("天津港集团与万州新田港开展合作。", ["新田港"]),  # a port's company is no port
        # (the terminal's company: not the terminal, though 果园 still names the port)
        ("重庆果园集装箱码头有限公司员工正在作业。", ["果园港"]),
        ("龙门吊在果园港集装箱码头上来回移动。", ["果园港集装箱码头"]),  # on the terminal
        # (a company's name going on after the port's, of the table or read after its place)
        ("南京港龙潭集装箱有限公司负责箱体维修。", []),
        ("沧州港海物流有限公司的负责人接受了采访。", []),
        ("双方与杜伊斯堡港口集团签署合作协议。", []),
        # (a word of grammar or of what is done ends the name: the port itself)
        ("货物经果园港运往长安汽车有限公司。", ["果园港"]),
        ("日照港会同山东港口物流集团组织开行班列。", ["日照港"]),
    ],
)
def test_a_company_named_after_a_facility_is_no_facility(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


def test_a_provinces_ports_of_entry_and_its_airports_lines():
    """重庆口岸 is the municipality's ports of entry as one (customs), no facility; 重庆机场
    is its airport; the lines of 成渝机场群 are by air, no route."""
    record = extract_text("进口肉类经重庆口岸通关入境,重庆机场货运量增长,成渝机场群国际航线最多。")
    assert [p["name"] for p in record["ports"]] == ["江北国际机场"]
    assert record["routes"] == []


@pytest.mark.parametrize(
    "text",
    ["国铁成都局集团公司下属的贵铁物流中心做好了保障。", "重庆物流中心负责人表示将加快建设。"],
)
def test_a_railways_freight_office_is_no_facility(text):
    """贵铁物流中心: an office named by a railway's short name; 重庆物流中心: no name of its
    own."""
    assert not [p for p in extract_text(text)["ports"] if p["name"].endswith("物流中心")]


def test_a_citys_railway_freight_centre_is_a_yard_only_where_a_run_leaves_or_reaches_it():
    """某地铁路物流中心, the railway's freight office named after its city: told as a body
    (负责…的, …拥有) it is no facility, the city a place; where a train leaves or reaches it,
    or a unit of its own name follows, it is the yard."""
    record = extract_text("长沙铁路物流中心今年新增两条线路,它主管全省货运。")
    assert record["ports"] == [] and [r["name"] for r in record["regions"]] == ["长沙市"]
    record = extract_text("昨天,一列冷链班列缓缓驶离南宁铁路物流中心。")
    assert [p["name"] for p in record["ports"]] == ["南宁铁路物流中心"]
    record = extract_text("北京铁路物流中心房山营业网点承办了这趟班列。")
    assert [p["name"] for p in record["ports"]] == ["房山营业网点"]


@pytest.mark.parametrize(
    "text",
    [
        "重庆铁路物流中心团结村营业部的经济师表示,班列将按图定计划开行。",
        "据铁路部门重庆铁路物流中心相关负责人介绍,该班列每月发运200箱。",
        "重庆铁路物流中心副主任介绍了冷链专列的运输方案。",
        "重庆铁路物流中心团结村营业室的工作人员正在办理手续。",
    ],
)
def test_a_railways_freight_office_with_its_branch_or_staff_is_no_facility(text):
    """重庆铁路物流中心团结村营业部, …物流中心相关负责人: the office, not a hub."""
    assert "重庆铁路物流中心" not in [p["name"] for p in extract_text(text)["ports"]]


@pytest.mark.parametrize("text", ["货物将运往韩国各港。", "两国将共建越南最大港。", "中国第一大港"])
def test_words_of_kind_after_a_country_name_no_port(text):
    assert extract_text(text)["ports"] == []


@pytest.mark.parametrize(
    "text",
    [
        "重庆的第二大港",
        "这是四川的出海港。",
        "成都的航空港建设提速。",
        "万州新田港昨日开港。",
        "新船让洋山港同内河码头直接连通。",  # (同: with)
    ],
)
def test_words_of_kind_before_a_port_name_no_port_of_their_own(text):
    ports = [p["name"] for p in extract_text(text)["ports"]]
    assert not any(p.endswith(("大港", "出海港", "航空港", "开港", "河码头")) for p in ports), ports


def test_a_stop_of_a_network_is_no_station():
    """万象站点: a stop the company serves, not a station named 万象站."""
    text = "公司在原有的万象站点之外,又增开了琅勃拉邦站点。"
    assert extract_text(text)["ports"] == []


def test_a_port_of_its_own_name_is_not_read_inside_a_company_s_name():
    """宁波舟山港股份公司: a company, no port read from 宁波 and 舟山港."""
    ports = {
        p["name"] for p in extract_text("宁波舟山港股份公司参与发运。宁波市港口繁忙。")["ports"]
    }
    assert "宁波舟山港" not in ports


def test_a_website_is_no_station():
    """果园港官方网站: the port's website (网站), no station of its own under the port."""
    ports = {p["name"] for p in extract_text("数据来自果园港官方网站,发布于去年一月。")["ports"]}
    assert ports == {"果园港"}


def test_a_platform_is_no_station():
    """果园港2号站台, 团结村站台: a platform (站台), no station of its own."""
    assert {p["name"] for p in extract_text("货物在果园港2号站台装车。")["ports"]} == {"果园港"}


def test_chongqing_s_airports_are_read_by_their_short_names():
    """武陵山机场, 仙女山机场: Chongqing's airports named without their district."""
    record = extract_text("武陵山机场和仙女山机场的货邮吞吐量都在增长,巫山机场也开通了货运航线。")
    assert [p["name"] for p in record["ports"]] == ["黔江武陵山机场", "武隆仙女山机场", "巫山机场"]


def test_the_company_that_runs_an_airport_is_no_airport():
    """重庆机场集团 signs an agreement: a company, as 重庆港务集团 is no port; its place
    stays (重庆), and the airport named on its own is still read."""
    record = extract_text("重庆机场集团与东航物流签订合作协议。")
    assert record["ports"] == [] and [r["name"] for r in record["regions"]] == ["重庆市"]
    record = extract_text("重庆机场集团介绍,重庆机场新开两条全货机航线。")
    assert [p["name"] for p in record["ports"]] == ["江北国际机场"]


@pytest.mark.parametrize(
    ("text", "ports", "end"),
    [
        # (a gulf: the route goes to its port, but no port is named)
        ("陆海新通道重庆至北部湾铁海联运班列昨日开行。", set(), "北部湾港"),
        ("陆海新通道重庆至北部湾港铁海联运班列昨日开行。", {"北部湾港"}, "北部湾港"),
        # (a town abroad a crossing is at)
        ("中欧班列从重庆出发,经马拉舍维奇入境欧盟,抵达汉堡。", set(), "汉堡"),
        # (the towns abroad the China–Europe trains end at, and their terminals)
        ("这列中欧班列昨天从团结村站开出,将于半个月后抵达沃尔西诺。", {"团结村"}, "沃尔西诺站"),
        ("一趟汽车专列从重庆开出,运往俄罗斯沃罗滕斯克市。", set(), "沃罗滕斯克站"),
        (
            "一趟中欧班列由成都国际铁路港开往俄罗斯沃尔西诺站。",
            {"成都国际铁路港", "沃尔西诺站"},
            "沃尔西诺站",
        ),
        (
            "班列从合肥北站开出,经二连浩特出境,终点为别雷拉斯特。",
            {"合肥北站", "二连浩特", "别雷拉斯特"},
            "别雷拉斯特",
        ),
    ],
)
def test_the_place_a_facility_is_at_names_no_facility(text, ports, end):
    """北部湾, 珞璜, 马拉舍维奇, 沃尔西诺 written alone are the gulf or the town: a route there goes
    to the facility, but the record lists no port the text does not name."""
    record = extract_text(text)
    assert {p["name"] for p in record["ports"]} == ports
    assert [r["destinations"][-1] for r in record["routes"]] == [end]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("我们将同重庆、武汉、南京等长江沿线港口城市加强合作。", ["重庆市", "武汉市", "南京市"]),
        ("两市共同编制《泸州—宜宾港口群发展规划》。", ["泸州市", "宜宾市"]),
        # (a country's port city, named after the country: no port of the country)
        ("这座因班列而兴的德国港口城市位于莱茵河畔。", ["德国"]),
    ],
)
def test_port_cities_and_a_cluster_of_ports_name_no_port(text, regions):
    """港口城市: cities with ports; 港口群: a cluster of ports, named by their places."""
    record = extract_text(text)
    assert record["ports"] == [] and [r["name"] for r in record["regions"]] == regions


def test_an_airport_s_economic_zone_is_no_port():
    """武汉临空港经济开发区: the zone by the airport, no port named 临空港."""
    record = extract_text("首趟班列从武汉临空港经济开发区的吴家山站驶发。")
    assert [p["name"] for p in record["ports"]] == ["吴家山站"]


def test_a_port_s_limited_company_is_no_port():
    """江津港有限责任公司 (有限 as in 有限公司): the company, named by the port; 江津 stands
    only inside the port's name, no place of the story (the readings do not list it)."""
    record = extract_text("江津港有限责任公司负责人介绍了港口情况。")
    assert record["ports"] == [] and record["regions"] == []
    record = extract_text("江津港有限责任公司负责人介绍了江津的港口情况。")
    assert [r["name"] for r in record["regions"]] == ["江津区"]


def test_a_railway_company_s_freight_office_is_no_facility():
    """中国铁路成都局集团有限公司重庆铁路物流中心 does something: the railway's office, a unit
    of the company named before it; a train leaving 重庆铁路物流中心 leaves a facility."""
    text = "中国铁路成都局集团有限公司重庆铁路物流中心为车企定制运输方案。"
    assert extract_text(text)["ports"] == []
    text = "一趟汽车专列从重庆铁路物流中心驶出。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["重庆铁路物流中心"]


# --------------------------------------------------------------------------- hierarchy
def test_a_facility_abroad_lies_in_the_city_its_name_starts_with():
    gaz = gazetteer()
    assert gaz.holds("杜伊斯堡", "杜伊斯堡港") and gaz.holds("万象", "万象南站")
    assert not gaz.holds("万象", "杜伊斯堡港")
    text = "首趟中欧班列从重庆开往杜伊斯堡,最终停靠在杜伊斯堡港。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == ("重庆市", ["杜伊斯堡港"], [])
    # (one train told by its stations and by their cities: one route, at the stations)
    text = (
        "冷链班列(老挝万象-重庆江津)顺利抵达江津小南垭铁路物流中心。"
        "班列于6月8日在老挝万象南站完成装箱发车,经云南磨憨口岸入境,抵达重庆。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("万象南站", ["小南垭站"])


def test_a_terminal_of_a_port_named_with_a_weak_place_name_is_the_ports():
    # 江南 is also 南宁's 江南区: inside a terminal's name after 万州港 it is no place
    record = extract_text("首航仪式在万州港江南集装箱码头举行。")
    ports = {p["name"]: (p["parent"], p["host"]) for p in record["ports"]}
    assert ports == {"江南集装箱码头": ("万州港", "万州区")}
    assert record["regions"] == []


def test_a_chain_of_facilities_names_the_last_under_the_one_before():
    ports = {
        p["name"]: p["parent"] for p in extract_text("木材运抵遵义港余庆港区沙湾码头。")["ports"]
    }
    assert ports == {"沙湾码头": "余庆港区"}
    assert "余庆港区" not in gazetteer().places  # (the text's own facility: see below)


def test_a_text_s_facilities_are_its_own_whatever_was_read_before():
    """A facility the table does not have is placed as its own text says (山腰口岸 of 中国
    山腰口岸 at 中国; of 云南山腰口岸 at the province): read in either order, in one
    process, each text's record is the same (it was the first text's, for every text after
    it)."""
    import os
    import subprocess
    import sys

    texts = [
        "班列从昆明出发,经中国山腰口岸出境,开往越南。",
        "货车从蒙自出发,经云南山腰口岸出境。",
    ]
    code = (
        "import json, sys; from cqmap.geo.extract import extract_text; "
        "texts = json.loads(sys.argv[1]); "
        "print(json.dumps({t: extract_text(t)['ports'] for t in texts}, ensure_ascii=False))"
    )

    def read(order: list[str]) -> dict:
        out = subprocess.run(
            [sys.executable, "-c", code, json.dumps(order, ensure_ascii=False)],
            env=os.environ,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return json.loads(out)

    forward, backward = read(texts), read(texts[::-1])
    assert forward == backward
    hosts = [{p["name"]: p["host"] for p in forward[t]}["山腰口岸"] for t in texts]
    assert hosts == ["中国", "云南省"]


def test_texts_read_at_once_in_threads_keep_their_facilities_apart():
    """A worker of a dask cluster may read several texts at once, in threads: each text's
    facilities are its own there too (山腰口岸 at 中国 for one, at 云南省 for the other)."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "班列从昆明出发,经中国山腰口岸出境,开往越南。",
        "货车从蒙自出发,经云南山腰口岸出境。",
    ]

    def host(text: str) -> str:
        return {p["name"]: p["host"] for p in extract_text(text)["ports"]}["山腰口岸"]

    with ThreadPoolExecutor(4) as pool:
        hosts = list(pool.map(host, texts * 100))
    assert hosts == ["中国", "云南省"] * 100


@pytest.mark.parametrize(
    ("text", "port", "host"),
    [
        # 城厢 is also 莆田's 城厢区: after 青白江区 and before a facility word, a part of it
        ("班列从成都青白江区城厢货场出发。", "青白江区城厢货场", "青白江区"),
        # 新田 is also a county in Hunan
        ("工程位于万州区新田物流园内。", "万州区新田物流园", "万州区"),
    ],
)
def test_a_facility_after_a_district_is_that_districts(text, port, host):
    ports = {p["name"]: p["host"] for p in extract_text(text)["ports"]}
    assert ports.get(port) == host, ports


def test_a_port_area_the_table_knows_is_not_read_again_as_a_new_part():
    """涪陵港龙头作业区: 龙头作业区 is a name of the table's 龙头港 (a part of 涪陵港), not a
    new facility of 涪陵港 read from its words."""
    ports = {p["name"]: p for p in extract_text("涪陵港龙头作业区三期工程开工。")["ports"]}
    assert "龙头作业区" not in ports
    assert not ports["龙头港"].get("derived") and ports["龙头港"]["parent"] == "涪陵港"


def test_facilities_counted_are_no_names():
    """九大港区, 八座码头: how many, not which."""
    ports = extract_text("武汉港的九大港区各有分工,港口有八座码头。")["ports"]
    assert [p["name"] for p in ports] == ["武汉港"]
    # (nor what kind: 民航口岸; nor what goes with another: 配套物流园)
    ports = extract_text("项目建设内容有钢材中转中心和宜都港配套物流园。")["ports"]
    assert [p["name"] for p in ports] == ["宜都港"]
    # (nor a hub's areas counted right after it: 三个作业区)
    ports = extract_text("东川铁路物流中心三个作业区均已开放。")["ports"]
    assert [p["name"] for p in ports] == ["东川铁路物流中心"]


def test_the_areas_listed_after_a_port_are_its_parts():
    """A port and the areas it is made of: each a part of it, a known one as the table
    has it (新田港), a town's name with its word as a new part (太白港区)."""
    ports = {p["name"]: p for p in extract_text("万州港包括新田港区和太白港区。")["ports"]}
    assert not ports["新田港"]["derived"] and ports["新田港"]["parent"] == "万州港"
    assert ports["太白港区"]["derived"] and ports["太白港区"]["parent"] == "万州港"
    # (a few words after the port, then what is done to its areas)
    text = "安庆港扩大口岸开放范围,纳入皖河农场港区、长风港区,并打造它的重点港区。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports == {"安庆港": None, "皖河农场港区": "安庆港", "长风港区": "安庆港"}
    # (the port's works, then the areas they take in)
    text = "宜宾港三期工程正在建设,包括中心作业区、江北作业区等。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports == {"宜宾港": None, "江北作业区": "宜宾港", "中心作业区": "宜宾港"}
    # (listed right after the port, or after its port of entry: 龙门港区 is the port's, not
    # a facility of 龙门县)
    text = "台州港口岸健跳港区、头门港区及龙门港区日前通过国家验收。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports == {
        "台州港": None,
        "头门港区": "台州港",
        "健跳港区": "台州港",
        "龙门港区": "台州港",
    }


def test_the_areas_a_port_has_listed_sharing_one_word_are_its_parts():
    """A port, then what it has, its areas' names listed sharing one word (X、Y、Z三大港区)
    or counted, then named in brackets or after a colon (N个港区(X、Y); N个港区:X、Y和Z,以及W):
    each a part of that port; a list
    told after another port is that one's."""
    text = "宁波舟山港近年已建成梅山、大榭、金塘三大集装箱港区,吞吐量逐年上升。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports == {
        "宁波舟山港": None,
        "梅山港区": "宁波舟山港",
        "大榭港区": "宁波舟山港",
        "金塘港区": "宁波舟山港",
    }
    text = "武汉港沿江岸线很长,设有4个港区(花山、金口、阳逻、汉南)。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["花山港区"] == ports["汉南港区"] == "武汉港"
    # (or after a colon, the list going on after a comma and 以及)
    text = "按照新规划,九江港共设5个港区:城西、湖口和彭泽,以及瑞昌、都昌。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["城西港区"] == ports["彭泽港区"] == ports["都昌港区"] == "九江港"
    text = "武汉港开往上海港的班轮很多,上海港拥有洋山、外高桥两大港区。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["外高桥港区"] == ports["洋山港"] == "上海港"


def test_the_areas_listed_after_a_places_port_are_its_parts():
    """A place and 港 (no port of the table: the place's port), then its areas listed: each
    a part of that port, as after a port of the table."""
    text = "按新的规划,衡阳港划分为松木、白沙洲和祁东三大港区,各有分工。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["衡阳港"] is None
    assert ports["松木港区"] == ports["白沙洲港区"] == "衡阳港"
    text = "合肥港今后包括派河港区、临湖港区。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports == {"合肥港": None, "派河港区": "合肥港", "临湖港区": "合肥港"}


def test_a_hub_of_its_own_name_told_where_a_run_leaves_or_reaches_it():
    """A hub of its own name (集散中心, 集结中心, 物流园 …) after a word of a run, holding a
    place and more: the hub, at that place, the run's end; a province first only says
    where it lies; no name of grammar or of a place's office, nor a hub's word inside a
    station's name."""
    text = "满载家电的班列驶离合肥中欧班列集散中心,开往布达佩斯。"
    record = extract_text(text)
    (port,) = record["ports"]
    assert (port["name"], port["kind"], port["host"]) == (
        "合肥中欧班列集散中心",
        "rail hub",
        "合肥市",
    )
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("合肥中欧班列集散中心", ["布达佩斯"])
    ]
    text = "车队从四川南充现代物流园出发,驶向成都。"
    ports = {p["name"]: p["host"] for p in extract_text(text)["ports"]}
    assert ports == {"南充现代物流园": "南充市"}
    text = "两辆卡车从国际公路运输湖北集结中心缓缓开出,驶向塔什干。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["国际公路运输湖北集结中心"]
    for text in (
        "班列从该物流中心出发,开往西安。",
        "班列从重庆物流中心出发,开往西安。",
        "一列班列运抵天津港铁水联运中心货运站。",
    ):
        assert not [p for p in extract_text(text)["ports"] if p["name"].endswith("中心")]


@pytest.mark.parametrize(
    ("text", "port", "kind", "host"),
    [
        # (its name after 的: what stands before only says where it lies)
        (
            "一趟班列由河北邢台市的冀南智慧港集装箱场站开出，前往德国汉堡。",
            "冀南智慧港集装箱场站",
            "rail station",
            "邢台市",
        ),
        (
            "一列粮食专列从达州市的鑫顺国际班列货场出发，开往老挝万象。",
            "鑫顺国际班列货场",
            "rail station",
            "达州市",
        ),
        # (a zone between the place and the name: the place's hub)
        (
            "列车驶离宜昌自贸片区华中重工铁路物流货场，开往钦州港东站。",
            "宜昌华中重工铁路物流货场",
            "rail station",
            "宜昌市",
        ),
        # (where a run's ceremony is held: the run's start)
        (
            "首趟班列的发车仪式在自贡市的西南国际陆港举行，列车开往钦州港。",
            "西南国际陆港",
            "dry port",
            "自贡市",
        ),
        (
            "首趟班列12日于遂宁高新区西部铁路物流园举行首发仪式，列车开往钦州港。",
            "遂宁西部铁路物流园",
            "dry port",
            "遂宁市",
        ),
    ],
)
def test_a_hub_of_its_own_name_holding_no_place_is_at_the_place_told_before_it(
    text, port, kind, host
):
    """A hub or yard of its own name where a run leaves or reaches it, holding no place:
    at the last place told before it in its sentence, and the run's end."""
    record = extract_text(text)
    hub = next(p for p in record["ports"] if p["name"] == port)
    assert (hub["kind"], hub["host"], hub["derived"]) == (kind, host, True)
    assert [r["origin"] for r in record["routes"]] == [port]


@pytest.mark.parametrize(
    "text",
    [
        "一列班列从东部物流园开出，开往钦州港。",  # (no place before it: nowhere to put it)
        "班列从位于成都的新建物流园出发，开往钦州港。",  # (a word of kind, no name)
        "班列从成都的该物流园出发，开往钦州港。",  # (grammar, no name)
    ],
)
def test_no_hub_of_its_own_name_without_a_place_or_a_name(text):
    assert not [p for p in extract_text(text)["ports"] if p["name"].endswith("物流园")]


def test_a_terminal_of_its_own_name_told_where_a_ship_leaves_or_calls():
    """A terminal of its own name where a ship leaves it or calls at it, after a port or
    a place: the port's terminal named without the port (下属: whose it is), or the
    place's; no company's, nor a word of kind."""
    record = extract_text("一艘货轮从温州港下属七里码头缓缓起航,驶向基隆。")
    assert [(p["name"], p["parent"]) for p in record["ports"]] == [("七里码头", "温州港")]
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("七里码头", ["基隆"])]
    ports = extract_text("两艘驳船昨天靠泊在湖州市白雀三期码头。")["ports"]
    assert [(p["name"], p["host"]) for p in ports] == [("湖州市白雀三期码头", "湖州市")]
    # (a region of a province's level named as a city is, then only words of kind: the
    # region's terminal, named with it)
    ports = extract_text("一艘巨型货柜船今早停靠香港国际货柜码头。")["ports"]
    assert [(p["name"], p["host"]) for p in ports] == [("香港国际货柜码头", "香港特别行政区")]
    for text in ("货轮从温州港七里集装箱有限公司码头起航。", "货轮从一座新建码头起航。"):
        assert extract_text(text)["ports"] == []


def test_a_facility_of_its_own_name_in_a_citys_zone_of_development_is_the_citys():
    """A city, its zone of development (经开区, 高新区), then a name of its own and a
    facility word: the facility, at the city, the place no region of its own; no name of
    kind after it (新建码头)."""
    text = "昨天,一批货车开进德阳经开区的石亭铁路物流园。"
    record = extract_text(text)
    assert [(p["name"], p["host"]) for p in record["ports"]] == [("德阳石亭铁路物流园", "德阳市")]
    assert record["regions"] == []
    text = "首趟班列从德阳高新区石亭物流园出发,开往钦州港。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("德阳石亭物流园", ["钦州港"])
    assert extract_text("德阳经开区新建码头一座。")["ports"] == []


def test_an_area_told_by_a_word_for_the_port_before_is_its_part():
    """该港某某港区, 其西港区: an area of the port told before; not 其中 or a word of kind."""
    text = "鄂州三江港扩建工程昨天在该港杨叶港区开工。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["杨叶港区"] == "三江港"
    text = "营口港是渤海湾的大港,其西港区建有矿石码头。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["西港区"] == "营口港"
    for text in (
        "营口港是渤海湾的大港,其中心港区很繁忙。",
        "营口港是渤海湾的大港,其重点港区很繁忙。",
    ):
        assert [p["name"] for p in extract_text(text)["ports"]] == ["营口港"]


def test_an_area_of_its_own_name_told_alone_is_a_part_of_the_port_before():
    """An area of its own name where a clause starts, or after a word of where or of what
    (，某某作业区…; 对某某作业区改造; 某港区的某某作业区; a list after 则是): a part of the
    port read last before it in its paragraph; not a word of the part it plays (主力作业区,
    示范港区), nor a time (今后港区), nor a verb done to the areas (优化、调整港区布局), nor where
    no port is read before it."""
    text = "上周，九江港湖口港区开工，荻洲作业区一期也将在年底建成。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["荻洲作业区"] == "湖口港区"
    text = "九江港今年扩能，合同约定对鹭鸣作业区实施扩建。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports["鹭鸣作业区"] == "九江港"
    text = "按照规划，襄阳港共有四个港区，则是甲河港区、乙山港区和丙湖港区。"
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert [ports.get(n) for n in ("甲河港区", "乙山港区", "丙湖港区")] == ["襄阳港"] * 3
    for text in (
        "九江港运力大增，城西港区是该港的主力作业区。",
        "九江港运力大增，我们要把城西港区打造成示范港区。",
        "九江港运力大增，今后港区还要扩建。",
        "九江港这几年持续优化、调整港区作业的布局。",
    ):
        names = {p["name"] for p in extract_text(text)["ports"]}
        assert not names & {"主力作业区", "示范港区", "今后港区", "调整港区"}, text
    assert extract_text("荻洲作业区一期将于年底建成。")["ports"] == []


def test_a_visits_verb_or_a_share_is_no_part_of_a_facilitys_name():
    """来某地调研某某港区: the visit's verb is no part of the area's name, and the place
    stays a region; 某市的一部分港区: some of its areas, none named."""
    record = extract_text("省领导昨天到宜宾调研南岸港区建设。")
    assert not [p for p in record["ports"] if "调研" in p["name"]]
    assert [r["name"] for r in record["regions"]] == ["宜宾市"]
    record = extract_text("黄冈市的一部分港区并入了新组建的港口。")
    assert record["ports"] == [] and [r["name"] for r in record["regions"]] == ["黄冈市"]


def test_a_zones_station_is_a_facility_of_the_zone():
    """万盛站: the station of 万盛经开区 (a zone that holds a town, as a district does), the
    start of the train told leaving it."""
    text = "首发列车满载砂石从万盛站启程,向四川遂宁方向疾驰而去。"
    result = extract_text(text)
    (port,) = result["ports"]
    assert (port["name"], port["kind"], port["host"]) == ("万盛站", "rail station", "万盛经开区")
    assert [(r["origin"], r["destinations"]) for r in result["routes"]] == [("万盛站", ["遂宁市"])]


def test_a_site_before_a_facility_of_it_says_where_it_is():
    text = "一列中亚班列今晨从重庆沙坪坝区西部物流园团结村集装箱中心站开出,目的地是哈萨克斯坦。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("团结村", ["哈萨克斯坦"])


def test_a_zone_before_a_facility_in_its_districts_says_where_it_is():
    record = extract_text("一列班列昨日从两江新区果园港驶出,两天后抵达钦州港。")
    (route,) = record["routes"]
    assert (route["origin"], route["destinations"]) == ("果园港", ["钦州港"])
    assert "两江新区" not in {r["name"] for r in record["regions"]}


def test_a_county_port_is_the_port_area_there_not_the_port_it_belongs_to():
    """太仓市's port is 太仓港, a port area of 苏州港 placed in 太仓; 万州区's is 万州港,
    not its 新田港."""
    gaz = gazetteer()
    assert (gaz.port_of("太仓市"), gaz.port_of("苏州市"), gaz.port_of("万州区")) == (
        "太仓港",
        "苏州港",
        "万州港",
    )


# --------------------------------------------------------------------------- named like a port
@pytest.mark.parametrize(
    ("text", "regions", "ports"),
    [
        # (a city named like its port: the city, unless ships or water are near)
        ("防城港至重庆首趟冷链专列开行。", ["防城港市", "重庆市"], []),
        ("汽车经防城港出海,运往东南亚。", [], ["防城港"]),
        # (its province before it says where both are, not which is meant)
        ("铁矿石靠铁路拉到广西防城港下海。", [], ["防城港"]),
        # (goods landed there, 上岸; the gulf it lies on, 北部湾, before it)
        ("进口铁矿石在广西防城港上岸后转铁路。", [], ["防城港"]),
        ("冷链专列从北部湾防城港发车。", [], ["防城港"]),
        ("广西防城港市与江津区签署协议。", ["广西壮族自治区", "防城港市", "江津区"], []),
        ("锦州港—防城港粮食直航班轮昨日开通。", [], ["锦州港", "防城港"]),  # (a liner's end)
        ("这批货物运到钦州港、防城港。", [], ["钦州港", "防城港"]),  # (listed with a port)
        # (not a border town: named for its crossing)
        ("班列经阿拉山口出境。", [], ["阿拉山口"]),
    ],
)
def test_a_city_named_like_its_port_is_the_city_away_from_the_water(text, regions, ports):
    rec = extract_text(text)
    assert [r["name"] for r in rec["regions"]] == regions
    assert [p["name"] for p in rec["ports"]] == ports


@pytest.mark.parametrize(
    ("text", "regions", "ports"),
    [
        # (next to a county in a list: the county of the list's province, 内江's 东兴区)
        ("大足、东兴、隆昌三地召开协作会。", ["大足区", "东兴区", "隆昌市"], []),
        # (a list closed by 等地: places; 东兴 is 广西's next to 凭祥)
        ("防城港、凭祥、东兴等地与江津签署协议。", ["防城港市", "凭祥市", "东兴市", "江津区"], []),
        ("班列经凭祥、东兴口岸出境。", [], ["凭祥", "东兴"]),  # (the crossings)
        ("货物经东兴出境。", [], ["东兴"]),
    ],
)
def test_a_name_of_a_crossing_and_a_city_listed_among_places_is_the_place(text, regions, ports):
    """东兴, 凭祥, 防城港 name a border crossing or port and a city or county."""
    rec = extract_text(text)
    assert [r["name"] for r in rec["regions"]] == regions
    assert [p["name"] for p in rec["ports"]] == ports


@pytest.mark.parametrize(
    ("text", "port", "country"),
    [
        ("2022年9月,阳逻港开通至俄罗斯东方港的直航航线。", "东方港", "俄罗斯"),
        ("一艘货轮从钦州港驶往斯里兰卡汉班托塔港。", "汉班托塔港", "斯里兰卡"),
        ("一艘货轮从钦州港驶往泰国林查班港。", "林查班港", "泰国"),  # (a port of the table)
    ],
)
def test_a_port_of_its_own_name_after_a_country_is_read_and_the_country_says_where(
    text, port, country
):
    """俄罗斯东方港: a port abroad by a name of its own; the country right before it only
    says where it is, as a province does before a port of China (广西钦州港)."""
    record = extract_text(text)
    assert port in [p["name"] for p in record["ports"]]
    assert country not in [r["name"] for r in record["regions"]]
    assert [r["destinations"] for r in record["routes"]] == [[port]]


@pytest.mark.parametrize(
    ("text", "ports", "regions"),
    [
        (
            "该航线每周一班,依次挂靠釜山、上海、厦门、新加坡等港口。",
            ["釜山港", "上海港", "厦门港", "新加坡港"],
            [],
        ),
        ("这条环线的港序为:天津-海南洋浦-巴生-新加坡-天津。", ["洋浦港", "巴生港", "新加坡港"], []),
        ("回程船舶停靠韩国釜山―日本大阪,再返回上海。", ["釜山港", "大阪港"], ["上海市"]),
        # (the places a line passes, told as ports after them; in quotes)
        (
            "该航线途经“湛江—新加坡—海防—湛江”等港口,每周一班。",
            ["湛江港", "新加坡港", "海防港"],
            [],
        ),
        # (行经, the places a ship's loop passes, closed by 等港口)
        (
            "新船被投放到欧洲航线上,行经天津-青岛-新加坡-鹿特丹等港口。",
            ["天津港", "青岛港", "新加坡港"],
            [],
        ),
    ],
)
def test_places_a_line_calls_at_are_its_ports_of_call(text, ports, regions):
    """挂靠釜山、上海: a line calls at the port of each place it names (of the table, else the
    place's port); a country or province before one only says where it lies."""
    record = extract_text(text)
    read = [p["name"] for p in record["ports"]]
    assert all(port in read for port in ports), read
    assert [r["name"] for r in record["regions"]] == regions


def test_ports_listed_and_counted_as_ports_on_rivers_or_on_the_sea():
    """南京、镇江两大河港和大丰、连云港两个海港: ports on rivers, on the sea, counted."""
    record = extract_text("省内南京、镇江两大河港和大丰、连云港两个海港首批对外开放。")
    assert {"南京港", "镇江港", "大丰港", "连云港港"} <= {p["name"] for p in record["ports"]}
    assert not {"南京市", "镇江市"} & {r["name"] for r in record["regions"]}


def test_a_city_abroad_whose_name_ends_as_a_divisions_does_has_its_port():
    """济州港: the port of 济州 (Jeju), whose name ends in 州 as a Chinese division's does."""
    ports = extract_text("首艘集装箱货船驶入韩国济州港。")["ports"]
    assert [(p["name"], p["host"]) for p in ports] == [("济州港", "济州")]


def test_a_station_set_up_at_a_station_is_no_name():
    """在合川火车站设立货运站: a freight station to be set up there (设立 is no name)."""
    ports = extract_text("两地争取在合川火车站设立货运站。")["ports"]
    assert [p["name"] for p in ports] == ["合川站"]


def test_a_citys_freight_yard_by_its_direction():
    """陇南西货场: the yard of 陇南's west station, as 温州西货运场 is."""
    record = extract_text("满载农产品的班列从陇南西货场出发,经重庆抵达钦州港。")
    assert "陇南西货场" in [p["name"] for p in record["ports"]]
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("陇南西货场", ["钦州港"])
    ]


def test_a_provinces_facility_at_its_city_in_brackets_is_named_as_written():
    """江苏(苏州)国际铁路物流中心: the province's hub at 苏州, named as written; the province
    only says where it lies."""
    record = extract_text("一趟开往波兰华沙的中欧班列从江苏(苏州)国际铁路物流中心开出。")
    ports = {p["name"]: p for p in record["ports"]}
    assert ports["江苏(苏州)国际铁路物流中心"]["host"] == "苏州市"
    assert "江苏省" not in [r["name"] for r in record["regions"]]
    assert [r["origin"] for r in record["routes"]] == ["江苏(苏州)国际铁路物流中心"]


def test_a_ports_east_port_area_is_no_district_of_that_name():
    """铁山港东港区榄根作业区: a work area of 铁山港's east port area, not 日照's 东港区."""
    record = extract_text("首艘外贸货船停靠北海铁山港东港区榄根作业区。")
    assert [(p["name"], p["parent"]) for p in record["ports"]] == [("榄根作业区", "铁山港东港区")]
    assert "东港区" not in [r["name"] for r in record["regions"]]


def test_a_coasts_port_areas_are_no_district_of_that_name():
    """沿海港区, 盐城港滨海港区: a coast's port areas, and 滨海's; 秦皇岛's 海港区 only where it
    is named so."""
    record = extract_text("盐城港滨海港区开出首条集装箱航线,内陆货物经铁路直达沿海港区。")
    assert [p["name"] for p in record["ports"]] == ["滨海港区"]
    assert "海港区" not in [r["name"] for r in record["regions"]]
    record = extract_text("秦皇岛市海港区的企业参加了签约。")
    assert "海港区" in [r["name"] for r in record["regions"]]


def test_a_siding_of_a_four_character_name():
    """由山西稷山丰喜化肥专用线开出: a siding named after its plant, four characters, at its
    county."""
    record = extract_text("满载尿素的专列当天由山西稷山丰喜化肥专用线开出,前往河南郑州。")
    (port,) = record["ports"]
    assert (port["name"], port["kind"], port["host"]) == (
        "稷山丰喜化肥专用线",
        "rail station",
        "稷山县",
    )
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("稷山丰喜化肥专用线", ["郑州市"])
    ]


def test_anzali_is_irans_caspian_port():
    """伊朗安扎利港: the Caspian port of the trains and ships from 乌鲁木齐 via 阿克套."""
    (port,) = extract_text("这批货物经里海运抵伊朗安扎利港。")["ports"]
    assert (port["name"], port["kind"], port["host"]) == ("安扎利港", "sea port", "伊朗")


def test_damaiyu_is_a_port_area_of_taizhous_port():
    """台州大麦屿港: the port area at 玉环, placed by hand."""
    (port,) = extract_text("台州大麦屿港开通至泰国林查班港的集装箱航线。")["ports"][:1]
    assert (port["name"], port["parent"], port["host"]) == ("大麦屿港", "台州港", "台州市")
    place = gazetteer().places["大麦屿港"]
    assert place.approximate and place.accuracy_m == 10000


def test_the_china_kazakhstan_base_at_lianyungang():
    """中哈(连云港)物流合作基地, however it is written: the base at 连云港港 its trains leave."""
    for name in ("中哈(连云港)物流合作基地", "连云港中哈国际物流合作基地", "中哈物流合作基地"):
        record = extract_text(f"一趟班列由{name}开出,驶向哈萨克斯坦阿拉木图。")
        assert [(p["name"], p["parent"]) for p in record["ports"]] == [
            ("中哈物流合作基地", "连云港港")
        ]
        assert [r["origin"] for r in record["routes"]] == ["中哈物流合作基地"]


def test_a_station_read_after_its_place_is_that_station_named_again_alone():
    """新乡市塔铺火车站, then 塔铺站: the station of its own name read after its city, where
    the text names it again without the city."""
    text = (
        "一列货车驶出河南新乡市塔铺火车站。当地官员介绍了物流园的情况。园区去年扩建完成。"
        "首趟列车装满货物,从塔铺站接入新菏铁路,由阿拉山口出境,开到哈萨克斯坦多斯特克口岸。"
    )
    record = extract_text(text)
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("新乡市塔铺站", ["多斯特克"])
    ]


def test_words_of_a_ports_role_name_no_port():
    """开普敦的基本港, 新出海口: a base port, an outlet to the sea; no port named 基本港,
    and no 海口 (海南's city) inside 出海口."""
    record = extract_text("航线覆盖德班、开普敦的基本港。该港是新出海口吕四港区的门户。")
    assert [p["name"] for p in record["ports"]] == []
    assert "海口市" not in [r["name"] for r in record["regions"]]


def test_a_border_named_by_its_two_countries_holds_no_district():
    """中老边境勐满口岸: the China–Laos border; not 营口's 老边区, nor a crossing named
    after it."""
    record = extract_text("今年经中老边境勐满口岸出入境的旅客明显增多。")
    assert [p["name"] for p in record["ports"]] == []
    assert "老边区" not in [r["name"] for r in record["regions"]]


def test_a_crossing_named_with_its_word_is_no_county_inside_it():
    """金城口岸: the crossing's name and its word; not 城口县 (Chongqing's county) inside."""
    record = extract_text("金城口岸是越南老街省对华出口荔枝的重要口岸。")
    assert "城口县" not in [r["name"] for r in record["regions"]]


def test_stations_of_places_listed_and_counted():
    """在喀什、叶城、阿克苏3个车站: each its place's station (a prefecture and its city of
    one name: the city's); 站点 lists stops, of the table only."""
    record = extract_text("铁路部门在喀什、叶城、阿克苏3个车站建立了装车点。")
    ports = {p["name"]: p for p in record["ports"]}
    assert {"喀什站", "叶城站", "阿克苏站"} <= set(ports)
    assert ports["喀什站"]["host"] == "喀什市"


def test_stations_of_places_by_their_direction_listed_and_counted():
    """新建营山西、渠县北、达州南3座车站: each a place's station by its direction (营山县's
    west station, not 山西省; 渠县 says where its station lies)."""
    record = extract_text("这条高铁将新建营山西、渠县北、达州南3座车站。")
    ports = {p["name"]: p["host"] for p in record["ports"]}
    assert ports == {"营山西站": "营山县", "渠县北站": "渠县", "达州南站": "达州市"}
    assert not {"山西省", "渠县"} & {r["name"] for r in record["regions"]}
    # (资阳西: 资阳市's, the one of 资阳市 and 益阳's 资阳区 the name alone stands for; 在建,
    # being built, between the count and the word)
    record = extract_text("线路还将利用资阳西、营山西2座在建车站。")
    assert {p["name"]: p["host"] for p in record["ports"]} == {
        "资阳西站": "资阳市",
        "营山西站": "营山县",
    }


def test_airports_listed_with_the_word_said_with_the_last_too():
    """上海浦东、广州白云、深圳宝安机场三大机场: the airports, not the districts."""
    record = extract_text("货邮吞吐量紧随上海浦东、广州白云、深圳宝安机场三大机场。")
    assert {"浦东国际机场", "白云国际机场", "宝安国际机场"} <= {p["name"] for p in record["ports"]}
    assert not {"浦东新区", "宝安区"} & {r["name"] for r in record["regions"]}


@pytest.mark.parametrize(
    "text",
    [
        "这趟班列在境外先后停靠伊尔库茨克、叶卡捷琳堡、莫斯科3个站点,终点是华沙。",
        "回程列车一路停靠阿拉木图、塔什干,再返回西安。",
    ],
)
def test_the_stops_a_train_calls_at_are_no_ports(text):
    """停靠 a list of stations, or in a sentence of trains with no word of ships: the
    train's stops, not ports of call (伊尔库茨克 is no 伊尔库茨克港)."""
    record = extract_text(text)
    assert not [p["name"] for p in record["ports"] if p["name"].endswith("港")]
    assert "莫斯科" in [r["name"] for r in record["regions"]] or "塔什干" in [
        r["name"] for r in record["regions"]
    ]


def test_countries_a_line_calls_at_stay_regions():
    """日本 is no one port: a country in the calls stays a place."""
    record = extract_text("该航线挂靠日本、韩国各主要港口。")
    assert record["ports"] == []
    assert [r["name"] for r in record["regions"]] == ["日本", "韩国"]


def test_a_city_named_for_its_port_after_its_country_is_the_port():
    """孟加拉国吉大港: a city abroad named for its port (吉大港), right after its country, is
    its port (named 吉大港港, as 连云港's is 连云港港, hosted by the city); the country only
    says where it is."""
    record = extract_text("首班轮船从钦州港起航,驶往孟加拉国吉大港。")
    (port,) = [p for p in record["ports"] if p["name"] != "钦州港"]
    assert (port["name"], port["host"]) == ("吉大港港", "吉大港")
    assert [r["name"] for r in record["regions"]] == []
    assert [r["destinations"] for r in record["routes"]] == [["吉大港港"]]


def test_a_city_named_for_its_port_written_as_a_city_stays_the_city():
    record = extract_text("代表团访问了孟加拉国吉大港市。")
    assert record["ports"] == []
    assert [r["name"] for r in record["regions"]] == ["孟加拉国", "吉大港"]


def test_a_city_named_like_its_port_is_the_port_in_a_list_of_ports_of_its_sentence():
    """南京港、连云港、镇江港: the port (连云港港); 中亚班列(连云港~塔什干)。 with the port
    named only in the next sentence: the city."""
    record = extract_text("航线能通达南京港、连云港、镇江港、宁波港等50多个港口。")
    assert "连云港港" in {p["name"] for p in record["ports"]}
    assert "连云港市" not in {r["name"] for r in record["regions"]}
    record = extract_text("中亚班列(连云港~塔什干)。\n列车在连云港港口站发车。")
    assert "连云港市" in {r["name"] for r in record["regions"]}


def test_a_town_named_for_its_crossing_is_the_crossing_where_the_border_is_crossed():
    """经新疆阿拉山口出境: the crossing 阿拉山口, not the town 阿拉山口市."""
    record = extract_text("班列从西安出发,经新疆阿拉山口出境,抵达华沙。")
    assert "阿拉山口" in {p["name"] for p in record["ports"]}
    assert "阿拉山口市" not in {r["name"] for r in record["regions"]}


def test_a_dry_ports_station_is_its_railway_station():
    """赣州国际陆港站: the dry port's station, the most specific name, under the dry port."""
    record = extract_text(
        "7月18日,班列缓缓驶出赣州国际陆港站,五天后到达满洲里口岸,再出口至波兰华沙。"
    )
    ports = {p["name"]: p for p in record["ports"]}
    assert ports["赣州国际陆港站"]["kind"] == "rail station"
    assert ports["赣州国际陆港站"]["parent"] == "赣州国际陆港"
    assert [r["origin"] for r in record["routes"]] == ["赣州国际陆港站"]


def test_a_port_of_its_own_name_and_its_wharf_is_the_port():
    """合肥派河港码头: the wharf of 派河港 is the port, as 果园港码头 is 果园港."""
    record = extract_text("一艘集装箱船从合肥派河港码头离港,开往上海外高桥港。")
    ports = {p["name"]: p for p in record["ports"]}
    assert "合肥派河港码头" not in ports
    assert ports["合肥派河港"]["kind"] == "port"
    assert [r["origin"] for r in record["routes"]] == ["合肥派河港"]
    # (a port's own name of three characters, and its wharf: the port)
    record = extract_text("一艘货轮从同江哈鱼岛港码头起航,驶向俄罗斯。")
    ports = {p["name"]: p for p in record["ports"]}
    assert "同江哈鱼岛港码头" not in ports
    assert ports["同江哈鱼岛港"]["kind"] == "port"


def test_a_port_abroad_written_with_gangkou_is_its_port():
    """俄罗斯扎鲁比诺港口: the port 扎鲁比诺港 in Russia; 俄罗斯远东港口 names ports, none."""
    record = extract_text("一艘货轮从俄罗斯扎鲁比诺港口驶向日本新潟。")
    assert [p["name"] for p in record["ports"]] == ["扎鲁比诺港"]
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("扎鲁比诺港", ["新潟"])
    ]
    assert extract_text("货物运往俄罗斯远东港口。")["ports"] == []


@pytest.mark.parametrize(
    ("text", "port", "parent"),
    [
        ("货物抵达合肥港后再中转至广东中山港和蛇口港。", "蛇口港区", "深圳港"),
        ("宁波舟山港铁路穿山港站昨日启用。", "穿山港站", "穿山港区"),
        ("货物在盐田港或葵青港装上国际班轮。", "葵青港", "香港港"),
        ("班列从唐山南堡站开出,货物来自曹妃甸港。", "曹妃甸港区", "唐山港"),
        ("冷链班列从腾俊国际陆港开出,驶往万象南站。", "腾俊国际陆港", None),
        ("货物经寸滩保税港运往欧洲。", "两路寸滩保税港区", "重庆港"),
        ("内贸支线从湄洲湾港肖厝港区开出,驶往石湖港区。", "石湖港区", "泉州港"),
    ],
)
def test_port_areas_of_the_main_sea_ports_named_on_their_own(text, port, parent):
    """蛇口港, 穿山港站, 葵青港, 曹妃甸港: areas of 深圳港, 宁波舟山港, 香港港, 唐山港 named
    with no place before them."""
    ports = {p["name"]: p for p in extract_text(text)["ports"]}
    assert ports[port]["parent"] == parent


def test_a_port_area_may_have_a_name_of_four_characters():
    """南通吕四起步港区: a port area of its own four-character name (of 南通港); 货船停靠
    港区 is ships calling, no name."""
    ports = [p["name"] for p in extract_text("货轮停靠在江苏南通吕四起步港区。")["ports"]]
    assert ports == ["吕四起步港区"]
    text = "不时有来自宁波舟山港的货船停靠港区3号泊位。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["宁波舟山港"]


def test_a_citys_freight_station_by_its_direction():
    """岳阳货运北站: 岳阳's freight station, the train's origin."""
    record = extract_text("班列从岳阳货运北站开出,驶往深圳盐田港。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("岳阳货运北站", ["盐田港区"])
    ]


def test_a_citys_central_port_is_a_port_of_that_place():
    """周口中心港: 周口's central port, the line's origin."""
    record = extract_text("周口中心港开通至上海港的集装箱班轮航线。")
    ports = {p["name"]: p for p in record["ports"]}
    assert ports["周口中心港"]["kind"] == "port"
    assert [r["origin"] for r in record["routes"]] == ["周口中心港"]


def test_pingtans_port_is_a_port_area_of_fuzhous():
    """平潭港: 福州港's port area on the island county, where lines to Taiwan leave."""
    record = extract_text("一艘滚装船从平潭港启航,驶往台湾台中。")
    (port,) = record["ports"]
    assert (port["name"], port["kind"], port["parent"]) == ("平潭港区", "port area", "福州港")
    assert [r["origin"] for r in record["routes"]] == ["平潭港区"]


def test_a_table_port_named_after_its_citys_full_name_is_that_port():
    """南宁市国际铁路港 is the table's 南宁国际铁路港; 万州区港口物流 and 重庆市港口规划 name no
    facility."""
    record = extract_text("货物列车从广西南宁市国际铁路港发车,开往老挝万象。")
    assert [p["name"] for p in record["ports"]] == ["南宁国际铁路港"]
    assert extract_text("该码头写进重庆市港口规划。")["ports"] == []


def test_a_rail_ports_port_of_entry_is_the_rail_port():
    """成都铁路口岸, 成都国际铁路口岸: the port of entry at 成都国际铁路港, that port."""
    for text in ("班列最后开到成都铁路口岸。", "冷链列车抵达成都国际铁路口岸。"):
        assert [p["name"] for p in extract_text(text)["ports"]] == ["成都国际铁路港"]


def test_a_table_facilitys_other_name_written_with_its_word_for_station_is_that_facility():
    """郑州圃田车站 is 郑州圃田站, a name the table's 圃田站 goes by: that hub, not a new
    station."""
    record = extract_text("一列专列从郑州圃田车站开出,驶向越南河内。")
    assert [p["name"] for p in record["ports"]] == ["圃田站"]
    assert [r["origin"] for r in record["routes"]] == ["圃田站"]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("一列化肥专列从中鼎物流园开出,驶向老挝万象。", "中鼎物流园"),
        ("集装箱船装好电商货物后驶离海天码头,开往台湾。", "海天码头"),
        ("一列装着榴莲的冷链列车驶入凭祥口岸物流中心,等待查验。", "凭祥口岸物流中心"),
        ("一趟铁海联运班列由淮海国际陆港发车,货物经海运去日本。", "淮海国际陆港"),
        ("工人们在桃花村站忙着把春肥装上车。", "桃花村站"),
        ("新的冷库建在银川国际公铁物流港里。", "银川国际公铁物流港"),
        ("一艘运镍矿的外轮停靠状元岙深水港码头。", "状元岙港区"),
        ("一列中欧班列当天驶离合肥货运中心北站物流基地。", "合肥北站物流基地"),
        ("考察团来到重庆西部物流园区参观。", "团结村"),
        ("赣州港开出了第一趟去中亚的班列。", "赣州国际陆港"),
        ("一列满载家具的班列驶出赣州国际内陆港。", "赣州国际陆港"),
        ("西安国际内陆港与一家能源企业签约。", "西安国际陆港"),
    ],
)
def test_freight_parks_terminals_and_yards_of_the_table(text, port):
    """Dry ports, rail freight parks, terminals and yards the table holds, by the names
    articles give them (国铁凭祥口岸物流中心, the crossing's rail yard, not the crossing;
    西部物流园区, the old name of 团结村's logistics park)."""
    assert [p["name"] for p in extract_text(text)["ports"]] == [port]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("新航线的首艘船停靠大窑湾码头18号泊位。", "大窑湾港区"),
        ("大窑湾集装箱港区今天迎来一艘运送冻品的冷藏船。", "大窑湾港区"),
        ("集装箱船从洋浦小铲滩码头启航,驶向澳洲。", "洋浦港"),
        ("南昌县加快建设向塘国际物流港。", "南昌国际陆港"),
        ("铁路把义乌和宁波—舟山港连在一起。", "宁波舟山港"),
    ],
)
def test_a_port_by_the_name_of_its_terminal_or_base(text, port):
    """A port or port area the table holds, named by its container terminal or rail base
    (大窑湾码头 of 大窑湾港区, 小铲滩码头 of 洋浦港, 向塘国际物流港 of Nanchang's dry port;
    宁波—舟山港, the port's two cities joined by a dash)."""
    assert [p["name"] for p in extract_text(text)["ports"]] == [port]


@pytest.mark.parametrize(
    ("text", "area", "port"),
    [
        ("一艘运煤船昨天靠泊青岛前湾港。", "前湾港区", "青岛港"),
        ("一批集装箱在厦门海沧港区装船。", "海沧港区", "厦门港"),
        ("水富港中嘴作业区的码头开始试运营。", "中嘴作业区", "水富港"),
        ("思南港邵家桥港区的泊位已经建成。", "邵家桥港区", "思南港"),
    ],
)
def test_a_port_area_the_table_holds_is_named_as_the_area(text, area, port):
    """A port area the table holds, named by the text, is that area, a part of its port
    (前湾港区 of 青岛港), not the port as a whole: the most specific facility named."""
    ports = {p["name"]: p["parent"] for p in extract_text(text)["ports"]}
    assert ports == {area: port}


def test_a_citys_dry_port_named_with_international_before_its_word():
    """国际内陆港 after a city names its dry port, as 国际陆港 and 国际无水港 do."""
    record = extract_text("一趟装满机械配件的班列从昆明国际内陆港开出。")
    assert [p["name"] for p in record["ports"]] == ["昆明国际内陆港"]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        # (terminals, yards and crossings abroad of China's trains, by the names pages give)
        ("这列班列在俄罗斯后贝加尔换装后继续西行。", "后贝加尔斯克"),
        ("班列经乌波边境的赫鲁别舒夫口岸进入波兰。", "赫鲁别舒夫"),
        ("回程班列从伊尼亚-东站出发,运回一批木材。", "伊尼亚-东站"),
        ("这趟班列的终点是白俄罗斯明斯克州若季诺站。", "若季诺站"),
        ("集装箱运抵布达佩斯的BILK场站后分拨。", "BILK场站"),
        # (sea ports named in a line's calls)
        ("这条航线挂靠那瓦西瓦港和皮帕瓦沃港。", "那瓦西瓦港"),
        ("这批鲜花从伦敦希思罗机场空运到郑州。", "希思罗机场"),
    ],
)
def test_facilities_abroad_are_read_by_their_names(text, port):
    assert port in [p["name"] for p in extract_text(text)["ports"]]


def test_a_port_area_written_again_as_its_port_is_that_area():
    """盐城港滨海港区…滨海港至上海港: the area written again with 港 for 港区 is the area,
    not an unread name (the line runs from it)."""
    text = "集装箱轮停靠在盐城港滨海港区。上周,滨海港至上海港的内贸航线正式开通。"
    record = extract_text(text)
    assert [p["name"] for p in record["ports"]] == ["滨海港区", "上海港"]
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("滨海港区", ["上海港"])
    ]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # (a country before its port, with the facility's word: it says where the port is)
        ("两艘货轮先后停靠韩国釜山港。", []),
        # (before a crossing named by its town alone, no facility word: a place, as before
        # the town)
        ("这趟班列经波兰马拉舍维奇驶入欧盟,终点是汉堡。", ["波兰", "汉堡"]),
        # (a city abroad before a port of its country, and its country before it: where the
        # port is; before a station named by its town alone, a place as the country is)
        ("一艘集装箱船昨日靠泊越南胡志明市凯莱港。", []),
        ("这批货物将运到俄罗斯莫斯科别雷拉斯特物流中心。", []),
        ("去年的首趟班列开到了俄罗斯莫斯科多斯基诺。", ["俄罗斯", "莫斯科"]),
    ],
)
def test_a_country_before_its_port_says_where_it_is_before_a_bare_town_it_is_a_place(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # (a province, then its city or district right before a station there: both only
        # say where the station is)
        ("首趟班列从重庆市璧山区璧山站开出。", []),
        ("班列到达福建省厦门海沧火车站以后进行换装。", []),
        ("列车从四川省成都市青白江区城厢站出发。", []),
    ],
)
def test_places_in_a_row_before_a_facility_only_say_where_it_is(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


@pytest.mark.parametrize(
    "text, name, host",
    [
        ("一列装满焦炭的货车由白羊墅站发出,三天后运抵天津港。", "白羊墅站", "中国"),
        ("粮食先用火车运送至郜营站,再转往上海。", "郜营站", "中国"),
        ("满载化肥的列车昨天驶入松坝站。", "松坝站", "中国"),
        ("班列离开哈萨克斯坦的阿拉木图后,驶抵萨雷站换装。", "萨雷站", "哈萨克斯坦"),
        # (驶出, and a station written 火车站 or 车站)
        ("满载蔬菜的冷藏班列缓缓驶出农中火车站。", "农中站", "中国"),
        # (自, from, as 从)
        ("年底最后一趟班列自李家庄火车站开往阿拉木图。", "李家庄站", "中国"),
        # (驶向, 驶往: heading for it)
        ("满载煤炭的列车从兴隆场站开出,驶向青石岭站。", "青石岭站", "中国"),
        ("空车随后驶往青石岭站装车。", "青石岭站", "中国"),
    ],
)
def test_a_station_of_its_own_name_told_where_a_run_leaves_or_arrives(text, name, host):
    """A station of its own name right after a word of a run (由, 至, 驶入, 驶抵) is that
    station, in China or in the country of the place abroad its sentence names before it."""
    ports = {p["name"]: p for p in extract_text(text)["ports"]}
    assert ports[name]["host"] == host


@pytest.mark.parametrize(
    "text",
    [
        "报关手续由原先站外办理改为站内办理,货物随后运至郜营站。",
        "一艘货船从思林电站的升船机里驶出,粮食则由火车运抵郜营站。",
        "列车从起点站出发,开往装车站,再驶入郜营站。",
        "空车开往产地装车站,重车则驶出郜营火车站。",
        "大巴驶入城南汽车站,货车则驶出郜营车站。",
    ],
)
def test_words_of_time_power_stations_and_kinds_after_a_runs_word_name_no_station(text):
    """由原先站外 (a word of time), 思林电站 (a power station), 起点站 and 装车站 (a kind of
    station), 产地装车站 (a loading station) and 城南汽车站 (a bus station) name no station of
    their own; 郜营站 after 至, 运抵, 驶入 or 驶抵 is one."""
    assert [p["name"] for p in extract_text(text)["ports"]] == ["郜营站"]


@pytest.mark.parametrize(
    "text",
    [
        "一批火龙果经金城口岸运往云南,另一批经省外口岸出境。",
        "旅客通过金城口岸入境,综合保税区和经济区口岸联动发展。",
        "卡车先经二连口岸出境,再通过金城口岸返回。",
        "经过金城口岸的货车排起长队,两地口岸都很忙碌。",
        # (crossings by the way they carry, or by the side they are on)
        "一部分货物通过公路口岸出境,另一部分经对方口岸转运,再从金城口岸返回。",
    ],
)
def test_a_crossing_of_its_own_name_told_where_a_run_passes(text):
    """金城口岸 after 经, 通过, 经过 or 从 is a crossing of its own name; 省外口岸, 两地口岸,
    公路口岸 and 对方口岸 tell where crossings lie or how they carry, 经济区口岸 holds the word 经济, and 二连口岸 is 二连浩特's by
    its short name: none of those is one."""
    ports = {p["name"]: p["kind"] for p in extract_text(text)["ports"]}
    assert ports.pop("金城口岸") == "border crossing"
    assert not [name for name in ports if name.endswith("口岸") and "二连浩特" not in name]


@pytest.mark.parametrize(
    ("text", "name", "host"),
    [
        ("去年秋天,天津港银川无水港在当地物流园挂牌运营。", "天津港银川无水港", "银川市"),
        ("福建港口成都内陆港昨天揭牌,首批集装箱随即发往厦门。", "福建港口成都内陆港", "成都市"),
        ("青岛港郑州国际内陆港今年发送集装箱三万余标箱。", "青岛港郑州国际内陆港", "郑州市"),
        ("上月,唐山港内陆港在一家化工企业的厂区内成立。", "唐山港内陆港", "中国"),
    ],
)
def test_a_dry_port_named_with_the_sea_port_that_keeps_it(text, name, host):
    """A dry port named with the sea port that keeps it inland first, or the province's
    port group (福建港口), is one dry port of that whole name, placed at its own place where
    one is told in it, else in China; the port and the place before the dry port's word
    are not read apart."""
    ports = extract_text(text)["ports"]
    assert [(p["name"], p["kind"], p["host"]) for p in ports] == [(name, "dry port", host)]


@pytest.mark.parametrize(
    "name", ["霍尔果斯-东门无水港", "霍尔果斯—东门无水港", "霍尔果斯东门无水港"]
)
def test_a_dry_port_of_its_own_name_at_a_crossing_is_named_with_it(name):
    """A dry port of its own name right after the border crossing it lies at, with a dash
    or none, is one dry port named as written, at the crossing; the crossing is no
    mention of its own."""
    ports = extract_text(f"上周有两百辆汽车在{name}换装后发往中亚。")["ports"]
    assert [(p["name"], p["kind"], p["parent"]) for p in ports] == [(name, "dry port", "霍尔果斯")]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("果园港区管委会昨天发布了新的补贴办法,首批货物将从寸滩港运出。", "寸滩港"),
        ("城陵矶新港区管委会与海关签约,一艘货轮随后驶离武汉阳逻港。", "阳逻港"),
        ("越南谅山口岸经济区管理委员会的官员到访,双方货车经友谊关口岸往来。", "友谊关"),
    ],
)
def test_the_committee_of_a_port_area_or_of_a_zone_named_after_it_is_an_office(text, port):
    """A port area's committee (果园港区管委会), or the committee of a zone named after a
    port or crossing (…新港区管委会, …口岸经济区管理委员会), is an office named after it: no
    mention of the port, nor of the same port by a shorter name (果园港, 果园); the port
    told elsewhere is read."""
    assert [p["name"] for p in extract_text(text)["ports"]] == [port]


@pytest.mark.parametrize(
    ("text", "name", "host"),
    [
        ("规划提出,重庆新机场选址工作今年完成,江北国际机场继续扩容。", "重庆新机场", "重庆市"),
        ("成都新机场投运以后,多家货运航空公司将迁入。", "成都新机场", "成都市"),
    ],
)
def test_a_citys_new_airport_is_an_airport_named_so(text, name, host):
    """A city's new airport (重庆新机场), planned or built, is an airport named so, at the
    city, as a city's new port (长沙新港) is a port."""
    ports = {p["name"]: (p["kind"], p["host"]) for p in extract_text(text)["ports"]}
    assert ports[name] == ("airport", host)


@pytest.mark.parametrize(
    "text",
    [
        "一条新的“钦州港—吉大港”集装箱航线昨天开通。",
        "这条航线的挂靠港有新加坡、巴生和吉大港。",
        "货轮抵达吉大港后卸下了一批建材。",
    ],
)
def test_a_city_abroad_named_for_its_port_is_its_port_wherever_named(text):
    """吉大港, a city abroad named for its port, written without 市, is its port (吉大港港,
    hosted by the city) wherever it is named, as right after its country; no region."""
    record = extract_text(text)
    ports = {p["name"]: p["host"] for p in record["ports"]}
    assert ports["吉大港港"] == "吉大港"
    assert "吉大港" not in [r["name"] for r in record["regions"]]


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        (
            "上周,一趟冷链班列从腾俊国际陆港公铁联运中心发车。",
            "腾俊国际陆港公铁联运中心",
            "腾俊国际陆港",
        ),
        (
            "市里正在加快淮海国际陆港铁水联运中心的建设。",
            "淮海国际陆港铁水联运中心",
            "淮海国际陆港",
        ),
        # (a hub cqmap names with its city as written: its part without the city, as
        # the readers write a facility)
        (
            "满载家电的班列今早从合肥派河物流园铁路物流基地开出。",
            "派河物流园铁路物流基地",
            "合肥派河物流园",
        ),
        (
            "新都区传化物流基地公路港入驻了几十家物流企业。",
            "传化物流基地公路港",
            "新都区传化物流基地",
        ),
    ],
)
def test_a_hubs_part_for_the_ways_it_joins_is_named_whole(text, name, parent):
    """A dry port or rail hub, then the ways it joins and a hub's word (公铁联运中心,
    铁路物流基地; 公路港), names that part of it, whole, placed at the hub."""
    ports = {p["name"]: p for p in extract_text(text)["ports"]}
    assert ports[name]["parent"] == parent and ports[name]["derived"]
    assert parent not in ports


def test_a_hubs_part_told_with_and_without_its_city_is_one_part():
    """The part of a hub told once with the hub's city before it and once without is one
    facility, not two."""
    text = (
        "首列班列今早从芜湖某湾物流园铁路物流基地发出。"
        "据某湾物流园铁路物流基地负责人介绍,每周将开行两列。"
    )
    names = [p["name"] for p in extract_text(text)["ports"]]
    assert names == ["某湾物流园铁路物流基地"]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("温州海运港早在唐代就有船只往来。", "温州港"),
        ("今年上海海运港的吞吐量有望再创新高。", "上海港"),
        ("合肥水运港去年新开了两条航线。", "合肥港"),
    ],
)
def test_a_places_port_told_by_the_way_goods_go_is_its_port(text, port):
    """A place, then 海运港 or 水运港, names the place's port (温州海运港 is 温州港): the
    way its goods go says what kind of port, not which."""
    names = [p["name"] for p in extract_text(text)["ports"]]
    assert names == [port]


def test_the_way_goods_go_names_no_area_of_its_own():
    """After a port, 海运港区 is no port area of its own name (the way goods go, as 货运 is
    no name)."""
    names = [p["name"] for p in extract_text("洋山海运港区的集装箱量占全港一半以上。")["ports"]]
    assert not any(n.startswith("海运") for n in names)


@pytest.mark.parametrize(
    "text",
    ["涪陵港两个作业区同时开工建设。", "果园港主要作业区的吊机昼夜不停。"],
)
def test_a_count_or_a_word_of_kind_before_an_area_after_a_port_names_none(text):
    """After a port or hub of the table, a count or a word of kind and 作业区 (两个作业区,
    主要作业区) is no operation area of its own name; the port or hub stays read."""
    names = [p["name"] for p in extract_text(text)["ports"]]
    assert names and not any(n.endswith("作业区") for n in names)


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        # (the port told before in the sentence; 其中 and a word of kind are no part of a name)
        (
            "淮南港这几年新修了许多泊位,其中李咀、顾桥等核心作业区都通了铁路。",
            [("李咀作业区", "淮南港"), ("顾桥作业区", "淮南港")],
        ),
        # (after a word for the port told before, 该港, and a count)
        (
            "泉州港的吞吐量稳步上升。目前该港已有白屿、青礁、红澳三个港区。",
            [("白屿港区", "泉州港"), ("青礁港区", "泉州港"), ("红澳港区", "泉州港")],
        ),
        # (a word of what they are, 指, inside the first item: no part of its name)
        (
            "按照某市港口规划,九江港两翼指城西、红光两个港区。",
            [("城西港区", "九江港"), ("红光港区", "九江港")],
        ),
    ],
)
def test_a_ports_areas_by_their_own_names_sharing_one_word_are_its_parts(text, areas):
    ports = extract_text(text)["ports"]
    assert [(p["name"], p["parent"]) for p in ports if p["parent"]] == areas


def test_a_weak_name_starting_with_gang_after_a_ports_name_is_no_place():
    """台北港北三号码头: 港 ends the port's name, and 北三号码头 is its terminal, no
    terminal of 港北区; after its city or a word of grammar, 港北 and 港南 stay places."""
    record = extract_text("一艘集装箱船昨天靠泊台北港北三号码头。")
    assert [(p["name"], p["parent"]) for p in record["ports"]] == [("北三号码头", "台北港")]
    record = extract_text("贵港港北区的企业和港南的企业签了协议。")
    assert {r["name"] for r in record["regions"]} >= {"港北区", "港南区"}


def test_a_container_centre_by_its_number_is_a_terminal_of_the_port_before():
    """第六货柜中心, 第7货柜中心: a port of Taiwan's container terminals, by their numbers,
    each a terminal of the port read before; with no port before, none."""
    text = "这艘货轮昨天首次靠泊基隆港,随后在第六货柜中心装卸,下月还将停靠第2货柜中心。"
    ports = extract_text(text)["ports"]
    assert [(p["name"], p["parent"]) for p in ports if p["parent"]] == [
        ("第六货柜中心", "基隆港"),
        ("第2货柜中心", "基隆港"),
    ]
    assert extract_text("第六货柜中心今天举行了启用典礼。")["ports"] == []


def test_a_terminal_of_its_own_name_after_its_river_is_read_in_the_place_before():
    """金沙江某某码头: the river says where the terminal lies; it is placed in the place
    read before it; 湘江沿岸码头 names none."""
    ports = extract_text("永善县正在金沙江黄坪码头修建新的泊位。")["ports"]
    assert [(p["name"], p["host"]) for p in ports] == [("黄坪码头", "永善县")]
    assert extract_text("衡阳的货物先运到湘江沿岸码头装船。")["ports"] == []


def test_a_terminal_of_its_own_name_told_by_what_it_serves_is_read_in_the_place_before():
    """某某综合码头, 某某物流码头 where a clause starts or after 在, 从 …: a terminal of its own
    name, placed in the place read before it; what kind of terminal (现代化综合码头) or a
    place's terminals counted (全省公用码头) name none."""
    text = "湖南省湘潭县湘江岸边,竹埠综合码头一派繁忙,货船从竹埠综合码头驶向岳阳。"
    ports = extract_text(text)["ports"]
    assert [(p["name"], p["host"]) for p in ports] == [("竹埠综合码头", "湘潭县")]
    assert extract_text("湘潭县建成了一座现代化综合码头。")["ports"] == []
    assert extract_text("湖南全省公用码头去年吞吐量增长。")["ports"] == []


@pytest.mark.parametrize(
    "text",
    [
        "这几年,云阳港不少码头一年到头都吃不饱。",
        "推动班列走更多线路、经更多口岸出境。",
        "远期还将由东港港区接下主城港区迁出的部分散货业务。",
    ],
)
def test_how_many_and_a_verb_before_a_facilitys_word_name_none(text):
    """不少码头, 更多口岸 (how many), 接下主城港区 (a verb done to an area): no facility of
    that name."""
    names = [p["name"] for p in extract_text(text)["ports"]]
    assert not [n for n in names if n.startswith(("不少", "更多", "接下"))]


def test_stations_listed_each_with_its_word_and_counted_keep_their_names():
    """萨特玛站、塔门站和阿拉尔站4座车站: each item written whole with 站 is that station,
    not 塔门站站."""
    text = "新线沿线设有阿瓦提站、塔门站和阿拉尔站4座车站。"
    names = [p["name"] for p in extract_text(text)["ports"]]
    assert "塔门站" in names and not [n for n in names if n.endswith("站站")]


def test_an_airport_of_its_own_name_after_a_country_abroad_is_that_countrys():
    """哈萨克斯坦纳扎尔巴耶夫国际机场: an airport of its own name, however long, right after
    its country, is an airport there; words of kind or count are no name (多个机场)."""
    text = "货机从郑州起飞,经停土耳其阿塔图尔克国际机场,飞抵西班牙马德里。"
    ports = {p["name"]: p["host"] for p in extract_text(text)["ports"]}
    assert ports == {"阿塔图尔克国际机场": "土耳其"}
    assert extract_text("货机飞往泰国的多个机场。")["ports"] == []


def test_a_station_of_its_own_name_after_a_place_abroad_is_there():
    """乌兹别克斯坦阿布雷克站, 老挝某某车站: a station of its own name right after its country
    abroad is a station there, named as stations are (车站: 站); no word of moving before it
    is its name (开进研和站)."""
    text = "班列从武威南站开出，终点是乌兹别克斯坦阿布雷克站。"
    record = extract_text(text)
    ports = {p["name"]: p["host"] for p in record["ports"]}
    assert ports["阿布雷克站"] == "乌兹别克斯坦"
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [
        ("武威南站", ["阿布雷克站"])
    ]
    text = "一列木材班列从老挝塔纳棱车站开出，驶向广西凭祥。"
    ports = {p["name"]: p["host"] for p in extract_text(text)["ports"]}
    assert ports["塔纳棱站"] == "老挝"
    text = "列车从老挝开进研和站。"
    assert not [p for p in extract_text(text)["ports"] if p["name"].startswith("开进")]


def test_a_ship_leaving_the_wharf_names_no_wharf():
    """某轮自某港区驶离码头: the ship leaves the wharf; 驶离码头 is no terminal's name."""
    text = "货轮自涪陵港龙头港区驶离码头,开往上海。"
    assert not [p for p in extract_text(text)["ports"] if p["name"].startswith("驶离")]


def test_places_listed_before_their_ports_are_those_ports():
    """…盐田、蛇口和厦门,以及漳州、泉州等地海港: each place's port (等地, the places')."""
    text = "赣州港还同沿海的盐田、蛇口和厦门,以及漳州、泉州等地海港开展合作。"
    names = {p["name"] for p in extract_text(text)["ports"]}
    assert {"厦门港", "漳州港", "泉州港"} <= names
    # (等地港口, the places' ports as a whole: the places)
    text = "四川将深化同重庆主城以及万州、涪陵、忠县等地港口的合作。"
    assert extract_text(text)["ports"] == []


@pytest.mark.parametrize(
    ("written", "airport"),
    [("乌鲁木齐国际机场", "地窝堡国际机场"), ("郑州国际机场", "新郑国际机场")],
)
def test_an_international_airport_named_by_its_city_alone(written, airport):
    """An airport the table names by its city (郑州机场) is written with 国际 too."""
    assert gazetteer().get(written).name == airport


@pytest.mark.parametrize(
    "text",
    ["它成为我国对蒙古国公路口岸中第一个全天通关的。", "园区将依托机场发展临空经济。"],
)
def test_a_way_of_crossing_after_a_country_and_a_verb_before_an_airport_name_none(text):
    """对蒙古国公路口岸: the country's road crossings, none named; 依托机场: leaning on the
    airport, no airport named 依托机场."""
    assert extract_text(text)["ports"] == []


def test_stations_listed_then_counted_as_of_a_kind_are_each_a_station():
    """乐至、蓬溪南、营山西等7座为新建车站: each a station (营山西站, no 山西), the count said
    to be of the kind."""
    text = "全线设车站13座:乐至、蓬溪南、营山西、达州南等7座为新建车站。"
    record = extract_text(text)
    assert {"营山西站", "蓬溪南站"} <= {p["name"] for p in record["ports"]}
    assert "山西省" not in {r["name"] for r in record["regions"]}
