"""Dates and openings: the dates a text tells (its page date, datelines, days told by the
report's own, years told before), and the day a route opened (a first run, the day it left,
a service running since a date), not a plan, a deadline, a year's first run or runs
counted."""

from __future__ import annotations

import pytest

from cqmap.geo.extract import extract_text


# --------------------------------------------------------------------------- dates
def test_a_day_told_by_a_report_dated_on_no_day_of_the_calendar_is_none():
    """A page dated 2月30日 gives 昨天 no day (and reading goes on)."""
    from cqmap.geo.dates import DocumentDate, dates_in

    assert dates_in("昨天首航", 0, 4, document=DocumentDate(2023, 2, 30)) == []
    assert [d.value for d in dates_in("昨天首航", 0, 4, document=DocumentDate(2023, 3, 1))] == [
        "2023-02-28"
    ]


def test_last_night_and_this_morning_are_days_of_the_report():
    """昨晚 and 昨夜 are the day before the report's, 今晨 and 今早 its own."""
    from cqmap.geo.dates import DocumentDate, dates_in

    def values(text: str) -> list[str]:
        return [d.value for d in dates_in(text, 0, len(text), document=DocumentDate(1997, 4, 20))]

    assert values("昨晚9时,货轮驶离高雄港") == ["1997-04-19"]
    assert values("今晨,货轮抵达福州港") == ["1997-04-20"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2022年,基地于当年5月开通了南亚班车。", ["2022-05"]),  # the year told before
        ("同年6月,班车开通。", []),  # no year told before in the sentence: none guessed
        ("今年6月,班车开通。", ["2024-06"]),  # the document's year
        # (the year told before by the report's own: the year before the report's)
        ("去年4月,班列驶离自贡南站;同年12月,中老班列首发。", ["2023-04", "2023-12"]),
    ],
)
def test_a_month_after_tongnian_takes_the_year_told_before(text, values):
    from cqmap.geo.dates import DocumentDate, dates_in

    found = dates_in(text, 0, len(text), document=DocumentDate(2024, 11, 20))
    assert [d.value for d in found] == values


def test_a_month_after_a_period_of_a_year_takes_that_year():
    """2009年第一季度,…2月底 (a month inside the quarter told before: 2009-02), not a month
    after a year told alone (2011年,…,随后10月: the year dates what it tells) nor after
    次年 (the next year)."""
    from cqmap.geo.dates import DocumentDate, dates_in

    def values(text: str) -> list[str]:
        return [d.value for d in dates_in(text, 0, len(text), document=DocumentDate(None, 5, 8))]

    assert values("2009年第一季度,吞吐量大增,其中自2月底开通至香港的班轮后增长最快") == ["2009-02"]
    assert values("2011年,港口获批开通四条航线,随后又在10月获批一条") == ["2011"]
    assert values("2019年上半年,港口开工建设,次年3月建成") == ["2019"]


def test_a_month_of_a_year_in_chinese_numerals_is_a_date():
    """二○○四年十二月 (no day told): 2004-12, as 2004年12月 is."""
    from cqmap.geo.dates import DocumentDate, dates_in

    def values(text: str) -> list[str]:
        return [d.value for d in dates_in(text, 0, len(text), document=DocumentDate(None, 5, 8))]

    assert values("从二○○六年十一月起,该港开通了至高雄的集装箱航线") == ["2006-11"]
    assert values("二〇二〇年三月,航线开通") == ["2020-03"]
    assert values("二○一五年十月十八日首发") == ["2015-10-18"]


def test_yuanyue_is_the_first_month():
    """元月 is January (2022年元月, 元月5日), but not the 元 of a sum (亿美元月均)."""
    from cqmap.geo.dates import DocumentDate, dates_in

    def values(text: str) -> list[str]:
        return [d.value for d in dates_in(text, 0, len(text), document=DocumentDate(2023, 6, 1))]

    assert values("2022年元月,货运列车从恩施站驶出") == ["2022-01"]
    assert values("元月5日,班列首发") == ["2023-01-05"]
    assert values("出口额达5亿美元月均增长") == []


def test_a_dateline_after_the_pages_date_is_of_the_year_before():
    """A repost dated 2024-11-22 of a report filed 12月29日: the report is of 2023."""
    from cqmap.geo.dates import document_date

    text = "中新社重庆12月29日电 满载化工品的班列29日驶出团结村中心站。"
    assert tuple(document_date("2024-11-22", text)) == (2023, 12, 29)
    assert tuple(document_date("2024-12-30", text)) == (2024, 12, 29)
    # (filed less than a month after the page's date: still a report of the year before;
    # but a day's difference is the time zone's)
    assert tuple(document_date("2024-12-10", text)) == (2023, 12, 29)
    assert tuple(document_date("2024-12-28", text)) == (2024, 12, 29)


def test_a_later_date_of_a_sentence_takes_the_year_told_before_it_unless_it_says_its_own():
    from cqmap.geo.dates import DocumentDate, dates_in

    def values(text: str) -> list[str]:
        return [d.value for d in dates_in(text, 0, len(text), document=DocumentDate(2024, 9, 1))]

    assert values("2021年5月20日首次开出,7月28日又开出") == ["2021-05-20", "2021-07-28"]
    assert values("2019年3月1日开通,今年5月6日再次开行") == ["2019-03-01", "2024-05-06"]
    assert values("十一月二十六日起飞") == ["2024-11-26"]
    # (a year's zero typed as a circle)
    assert values("二○一五年十月十八日首发") == ["2015-10-18"]


def test_a_day_after_this_month_in_brackets_is_of_that_month():
    from cqmap.geo.dates import DocumentDate, dates_in

    text = "本月(10月)26日,航线开通。"  # (a page whose date gives no month)
    found = dates_in(text, 0, len(text), document=DocumentDate(2021, None, None))
    assert [d.value for d in found] == ["2021-10-26"]


# --------------------------------------------------------------------------- openings
@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("2023年,北碚区开通了北碚犁子林码头至南充河西码头的水路货运航线。", "2023"),
        ("2019年3月,果园港至钦州港的班列开通。", "2019-03"),
        # a span from a year is no opening date
        ("2023年以来,果园港至钦州港的班列常态化开行。", None),
        # nor the year's first train
        ("今年首趟果园港至钦州港的班列开行。", None),
    ],
)
def test_an_opening_told_by_its_year_or_month(text, opened):
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def test_the_day_since_which_a_service_has_run_is_its_opening():
    text = (
        "11月16日,记者从铁路局获悉,重庆至宁波铁海联运班列开行突破550列。"
        "自2018年1月23日渝甬铁海联运班列开行以来,业务量稳步提升。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2018-01-23"


def test_the_year_since_which_a_service_has_run_is_its_opening():
    """这趟班列自2018年开始稳定开行: since that year, its opening's year."""
    text = "果园港每天发出两班列车,把铁矿石运往四川威远县。这趟班列自2018年开始稳定开行。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2018"
    # (自2020年正式开通后: the year it opened; not 自2017年…通道开通以来, a corridor's)
    text = (
        "近日,一批木片搭乘“果园—威远”班列从果园港运抵四川威远县,这条物流通道的货种又多了一样。"
        "返程时,班列还带回适合装箱的货物,交由船公司销往国内外。"
        "该班列自2020年正式开通后,运量逐年增长,到目前已累计超过100万吨。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2020"
    text = "近日,一批木片搭乘班列从果园港运抵四川威远县。自2017年陆海新通道开通以来,运量稳步提升。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


@pytest.mark.parametrize(
    ("told", "opened"),
    [
        # (the corridor's service told born from the train's place, in another paragraph)
        ("2011年3月19日,首条中欧班列线路在重庆诞生。", "2011-03-19"),
        ("中欧班列(渝新欧)自2011年在重庆首次开行以来,发展迅速。", "2011"),
        # (渝新欧 names its home, 重庆, by its first character)
        ("2011年3月,“渝新欧”正式开行,运行稳定。", "2011-03"),
        # (told again to its month: the finer date)
        ("渝新欧自2011年在重庆首次开行以来发展迅速。\n2011年3月,“渝新欧”正式开行。", "2011-03"),
        # (not where it was born: a first shipment since it opened, dated)
        ("去年6月26日,一批货物成为渝新欧开通以来首单跨境电商产品。", None),
    ],
)
def test_a_corridors_train_takes_the_day_its_service_was_born_there(told, opened):
    text = f"7月11日,一列中欧班列驶出团结村中心站,开往德国杜伊斯堡。\n{told}"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["opened"]) == ("团结村", opened)


def test_same_month_opening_a_sentence_is_the_month_told_before():
    """同月 opening a sentence: the month of the date told before, whatever route it dates."""
    text = "今年6月,镇江至万州的粮食集装箱班轮正式开行。同月,万州至上海的直达班轮首航,驶离万州港。"
    record = extract_text("发布时间:2021-11-24\n" + text)
    opened = {r["destinations"][0]: r["opened"] for r in record["routes"]}
    assert opened["上海港"] == "2021-06"


def test_what_came_after_a_date_is_not_dated_by_it():
    """此后 opening a sentence: its lines opened later than the date told before it."""
    text = (
        "2021年3月,两港试行联动接卸。"
        "此后,芜湖港陆续开通了通往上海洋山的联盟航线、通往上海外高桥的外贸直达航线。"
    )
    record = extract_text(text)
    assert [r["opened"] for r in record["routes"]] == [None, None]


def test_what_came_before_a_date_is_not_dated_by_it():
    """此前 opening a sentence: its lines ran before the opening told before it."""
    text = (
        "11月28日,王家营西站举行了昆明至万象国际货运列车首发仪式。"
        "此前,昆明已先后开行昆明至曼谷的国际班列。"
    )
    record = extract_text(text)
    assert [r["opened"] for r in record["routes"]] == ["11-28", None]


def test_a_sentence_opening_with_an_hour_is_of_the_day_told_before():
    """5月14日,…线路开通活动…举办。上午10点40分,车队…发车: that day."""
    text = (
        "5月14日,中国至越南河内国际道路运输线路开通活动在南宁、昆明同步举办。"
        "上午10点40分,运输车队从广西南宁、云南昆明同步发车,向越南河内驶去,首次入境越南腹地。"
    )
    opened = {r["origin"]: r["opened"] for r in extract_text(text)["routes"]}
    assert opened["南宁市"] == opened["昆明市"] == "05-14"


def test_lines_listed_after_a_date_since_which_they_came_are_not_dated_by_it():
    """自2015年7月“兰州号”…首发以来,…相继开通了A、B: the lines came since then, each on a
    day the sentence does not tell."""
    text = (
        "自2015年7月“兰州号”中亚班列首发以来,兰州新区已经相继开通了“兰州—汉堡—兰州”"
        "中欧往返货运班列,“兰州新区—土库曼斯坦”钻机设备整车专列等。"
    )
    record = extract_text(text)
    assert [(r["destinations"], r["opened"]) for r in record["routes"]] == [
        (["汉堡"], None),
        (["土库曼斯坦"], None),
    ]


def test_a_date_since_which_lines_came_is_the_opening_of_the_one_named_inside_its_clause():
    """自2015年6月1日首列中欧班列(武汉—汉堡)开行以来,长沙、合肥也开行了…: the train named
    inside the clause opened that day; the lines told after it came since, on days the text
    does not tell, whether the sentence after it tells of them or not."""
    since = "自2015年6月1日首列中欧班列(武汉—汉堡)开行以来,长沙、合肥也开行了开往欧洲的班列。"
    for text in (since, f"中欧班列开行十年。{since}长沙的班列已开行百列。"):
        opened = {r["origin"]: r["opened"] for r in extract_text(text)["routes"]}
        assert opened == {"武汉市": "2015-06-01", "长沙市": None, "合肥市": None}


def test_lines_opened_one_after_another_from_a_month_on_are_not_dated_by_it():
    """从2021年3月起,…陆续开通了A、B、C: the lines came since then, each on a day the sentence
    does not tell, as after a date since which (以来) they came."""
    text = "从2021年3月起,湖南陆续开通了长沙至越南、长沙至老挝、长沙至泰国的国际货运班列。"
    routes = extract_text(text)["routes"]
    assert len(routes) == 3 and {r["opened"] for r in routes} == {None}


def test_a_new_line_opened_is_dated_and_a_deadline_or_a_task_is_not():
    """开出外贸新航线 opens a line that day; 2014年年底以前 … 要开起来 sets a task by a
    deadline: no opening."""
    text = "发布时间:2020-10-21\n10月20日,南京港开出外贸新航线“南京—关西—广岛”。"
    (route,) = extract_text(text)["routes"]
    assert (route["destinations"], route["opened"]) == (["广岛"], "2020-10-20")
    text = "协议定下目标:2014年年底以前,宜宾港—阳逻港中转班轮要开起来,争取每周5班以上。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == [None]


def test_lines_a_port_opened_year_by_year_leave_from_that_port_each_on_its_date():
    """The port the routes of the sentence before leave from (not the last of their ends)
    opens the lines of a chronology, each dated by its own event; 今年 starts an event."""
    text = (
        "2019年11月,汉亚直航航线开通,从阳逻港始发,直达日本门司、大阪、名古屋等港口。"
        "2022年9月,开通至俄罗斯东方港直航航线;2023年11月,开通至越南凯莱港直航航线;"
        "今年11月,“印尼拉博塔港—武汉阳逻港”国际直航航线开通。"
    )
    routes = {
        r["destinations"][-1]: (r["origin"], r["opened"]) for r in extract_text(text)["routes"]
    }
    assert routes["东方港"] == ("阳逻港", "2022-09")
    assert routes["凯莱港"] == ("阳逻港", "2023-11")


def test_runs_counted_are_no_opening():
    """开行2595车次 counts a service's runs: no opening to date a route by."""
    text = (
        "发布时间:2021-10-20\n近日,一辆跨境公路班车即将从重庆公路物流基地出发前往越南。"
        "今年1—9月,跨境公路班车已开行2595车次。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_a_train_of_a_corridors_mode_takes_the_day_the_corridor_opened_there():
    """A train told of no corridor, of a corridor's mode (or one of its legs), from the
    place the corridor opened from: the corridor's opening; not one from elsewhere."""
    train = "班列驶出重庆团结村站,货物将先经铁路运至广西北部湾,再通过海运抵达新加坡。"
    opened = "\n一年前的9月25日,南向通道正式开通运营,构建起一条以重庆为基点的联运新动脉。"
    (route,) = extract_text(train + opened)["routes"]
    assert (route["destinations"], route["opened"]) == (["新加坡"], "09-25")
    (route,) = extract_text(train + opened.replace("重庆", "成都"))["routes"]
    assert route["opened"] is None


def test_of_a_sentences_openings_a_service_takes_the_one_told_before_it():
    """Two openings in one sentence: the service takes the date told nearest before it is
    named, and 同年 is the year of the date before."""
    text = (
        "自2016年4月28日东盟公路班车首次开通后,同年6月13日,"
        "东线复线(重庆-防城港)首趟班车也正式开通。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["destinations"], route["opened"]) == (["防城港市"], "2016-06-13")


@pytest.mark.parametrize(
    ("sentence", "opened"),
    [
        ("1995年,万州第一艘集装箱班轮驶往南京港,运费很高。", "1995"),  # the first: an opening
        ("1995年,万州首艘集装箱班轮驶往南京港。", "1995"),
        ("2024年第一趟班列从万州驶往南京。", None),  # the year's first run: no opening
    ],
)
def test_the_first_service_of_its_kind_is_dated_by_its_year(sentence, opened):
    """The first of a service (第一艘, 首艘) told with its year opened it then; the first
    run of a year did not."""
    (route,) = extract_text(sentence)["routes"]
    assert route["opened"] == opened


@pytest.mark.parametrize(
    ("headline", "opened"),
    [
        ("钦州港至重庆首趟冷链专列开行", "2019-10-26"),  # the headline tells the opening
        ("冷链专列首次从钦州港东站开往重庆", "2019-10-26"),  # (a first, told 首次)
        ("钦州港东站冷链运输繁忙", None),  # no opening
        ("钦州港至重庆冷链专列又发一列", None),
    ],
)
def test_an_undated_headline_of_an_opening_dates_the_day_the_service_left(headline, opened):
    text = (
        f"{headline}\n\n"
        "2019年10月26日9时15分,满载25个集装箱、装着冷冻水产和热带水果的南向通道冷链集装箱专列,"
        "从钦州港东站出发驶向重庆团结村站。"
        "这标志着钦州港东站加入了冷链运输行列。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


@pytest.mark.parametrize(
    ("site", "opened"),
    [
        ("华西在线\n华西在线>>物流\n\n", "2021-03-09"),  # the site's name and section
        ("商贸新闻 港口新闻 铁路新闻\n\n", "2021-03-09"),  # a menu of the site
        ("遂宁港货运量三年增长2倍\n\n", None),  # a headline of its own, over a subtitle
    ],
)
def test_a_headline_below_the_sites_lines_dates_the_day_the_service_left(site, opened):
    """人民网 / 人民网>>江西 / …专列首发 over 3月9日,…专列从…驶出: the headline, below the
    lines of the site, tells the first run of the train the body tells leaving."""
    text = (
        f"{site}“川桂通”专列首发\n\n"
        "2021年03月10日 08:15 来源:华西在线\n\n小字号\n\n打印本页\n\n"
        "3月9日上午,一列装着化工原料和家具的“川桂通”专列从遂宁西站缓缓驶出,"
        "两天后将抵达广西钦州港东站。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def _ship_then_train(opened: str) -> str:
    return (
        "本报讯 9月3日上午,“长江之星”轮载着一批家电配件,由韩国釜山港运抵武汉阳逻港。"
        "这批配件将在武汉换装中欧班列,经阿拉山口出境后运往德国杜伊斯堡。\n\n"
        "卸下货轮、装上班列,一卸一装标志着连接韩国、中国、欧洲三地的海铁联运通道"
        f"在汉{opened}。\n\n“釜山—武汉—杜伊斯堡”海铁联运线路全程约需一个月。"
    )


def test_the_first_legs_day_dates_the_route_across_a_paragraph():
    """…轮由釜山港运抵武汉阳逻港 (a ship's run, a route of its own), then in a new paragraph the
    sea-rail channel through 武汉 told opened: the route from 釜山港 opened the day its first
    leg ran, though that sentence tells another route."""
    routes = {r["destinations"][0]: r for r in extract_text(_ship_then_train("正式开通"))["routes"]}
    assert routes["杜伊斯堡"]["opened"] == "09-03"
    assert routes["阳逻港"]["opened"] is None  # (the leg itself: no opening told of it)


def test_a_way_told_run_through_speaks_of_an_opening():
    """…海铁联运通道在汉顺利打通 (成功打通, 正式打通): the first run of the route through it."""
    routes = {r["destinations"][0]: r for r in extract_text(_ship_then_train("顺利打通"))["routes"]}
    assert routes["杜伊斯堡"]["opened"] == "09-03"


def test_a_line_named_by_its_ends_right_after_the_day_it_opened_takes_that_day():
    """…于5月6日开行A—B—C班列后再次发运: the line opened on the day told before its name, not
    the day of the run the sentence tells."""
    text = (
        "7月9日,一列装着家具的中欧班列从赣州国际陆港开出,由二连浩特口岸出境,这是该陆港"
        "于5月6日开行赣州国际陆港—二连浩特—莫斯科班列后再次发运。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "05-06"


@pytest.mark.parametrize(
    ("between", "opened"),
    [
        ("", "06-03"),  # the day after the one told before
        ("经停两天后,", None),  # (days gone by: the next day is not the day after)
    ],
)
def test_the_next_day_is_the_day_after_the_one_told_before(between, opened):
    """6月2日,…货机降落花湖机场。…将于次日凌晨运往法兰克福。这也标志着…航线正式启航: 6月3日."""
    text = (
        "6月2日晚,一架全货机降落在鄂州花湖机场。"
        f"机上除了快件,还有一批电子元件,将由这架货机{between}于次日凌晨运往德国法兰克福。"
        "这意味着湖北首条“鄂州—法兰克福”全货机航线由此开通。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def test_an_undated_headline_of_a_first_run_dates_a_run_told_the_same_day_as_a_caption():
    """…返程班列首发 over 10月27日,(a caption)。当日,一趟…返程班列抵达…: the caption's day."""
    text = (
        "钦州铁海联运返程班列首发\n\n10月27日,工人在钦州港东站吊装返程班列的集装箱。\n\n"
        "当日,一趟由俄罗斯莫斯科出发的返程班列抵达钦州港东站。该班列将在钦州港转船前往越南"
        "胡志明港。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "10-27"


def test_a_first_run_of_a_few_days_before_takes_the_reports_month():
    text = (
        "云南开通首条长江班轮航线\n31.01.2015 13:26\n"
        "记者从省交通厅获悉,近日“水富—宜宾—上海航线”集装箱班轮从水富港首次起航。"
    )
    record = extract_text(text)
    assert record["date"] == "2015-01-31 13:26"  # (a date written day first)
    (route,) = record["routes"]
    assert (route["opened"], route["opened_year_inferred"]) == ("2015-01", True)


def test_a_few_days_before_a_report_of_a_months_first_days_is_no_month():
    text = "重庆中亚班列发车\n2015-06-03 02:37:30 来源:联合报\n重庆中亚班列日前在团结村中心站发车,驶往哈萨克斯坦。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None  # (May or June: not told)


def test_a_planned_opening_gives_no_opening_date():
    (route,) = extract_text("重庆计划2021年开通到万象国际铁路货运班列。")["routes"]
    assert route["destinations"] == ["万象"] and route["opened"] is None


def test_the_day_a_paper_came_out_is_no_opening():
    """3月6日出版的《重庆日报》: the day the paper told it; the train left on 5 March."""
    text = (
        "万州至宁波班列首发\n3月6日出版的《重庆日报》以《万州至宁波班列首发》为题报道了这条新通道。"
        "3月5日,万州开往宁波的铁海联运班列在万州站首发。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "03-05"


@pytest.mark.parametrize(
    "text",
    [
        "日前,首趟散粮专列从白城站驶出,开往成都,预计1月28日抵达成都普兴站。",
        "首列货运班列已从钦州港东站驶出,将于明天傍晚抵达重庆,之后于9月12日终抵德国杜伊斯堡。",
        # (a ship's schedule: 按计划10月31日到…)
        "首趟班轮从阳逻港启航,按计划10月31日到韩国釜山港。",
    ],
)
def test_a_day_a_service_is_to_arrive_is_no_opening(text):
    """预计1月28日抵达, 将…于8月31日终抵: a day to come, told of its arrival."""
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_the_day_a_reporter_learnt_of_it_is_no_opening():
    text = "11月16日,记者从铁路部门获悉,重庆至宁波铁海联运班列已累计开行550余列。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_the_day_figures_were_given_is_no_opening():
    """7月3日,…提供的信息显示 (the day the figures were given): the lines told after it
    take the year the figures tell (今年上半年: the report's)."""
    text = (
        "发布时间:2020-07-04 06:37\n7月3日,市口岸物流办的统计显示,今年上半年济南新开通3条"
        "国际货运航线,分别是济南-首尔、济南-东京、济南-莫斯科。"
    )
    routes = extract_text(text)["routes"]
    assert [r["opened"] for r in routes] == ["2020", "2020", "2020"]


@pytest.mark.parametrize(
    ("text", "opened", "inferred"),
    [
        # (the report's year, told as 今年, where nothing finer is: marked inferred)
        ("今年,果园港开通至宜宾港的水水中转航线。", "2023", True),
        ("去年,果园港开通至宜宾港的水水中转航线。", "2022", True),
        # (a part of the report's year told alone: that year, inferred)
        ("上半年,果园港开通至宜宾港的水水中转航线。", "2023", True),
        ("一季度,果园港新开通至宜宾港的水水中转航线。", "2023", True),
        # (a part of a year told with its year: that year, told)
        ("2022年上半年,果园港开通至宜宾港的水水中转航线。", "2022", False),
        # (a plan, dated or not, has opened on no day)
        ("2024年,果园港还将开通至宜宾港的水水中转航线。", None, False),
        ("下半年,果园港将开通至宜宾港的水水中转航线。", None, False),
        ("2024年,果园港正谋划开通至宜宾港的水水中转航线。", None, False),
        # (the runs of a service counted from its start are no opening)
        ("2023年,果园港至宜宾港航线开行突破500班。", None, False),
    ],
)
def test_a_year_the_report_tells_as_its_own_dates_an_opening(text, opened, inferred):
    (route,) = extract_text("发布时间:2023-12-28 10:00\n" + text)["routes"]
    assert (route["opened"], route["opened_year_inferred"]) == (opened, inferred)


def test_lines_newly_opened_since_the_year_began_opened_in_the_reports_year():
    """今年以来…新开通 (lines opened since the year began: this year, inferred), but not
    今年以来…开行 (the runs counted since then)."""
    text = "发布时间:2023-12-28 10:00\n今年以来,机场新开通“万州—昆明”“万州—贵阳”2条货运航线。"
    routes = extract_text(text)["routes"]
    assert [(r["destinations"], r["opened"], r["opened_year_inferred"]) for r in routes] == [
        (["昆明市"], "2023", True),
        (["贵阳市"], "2023", True),
    ]
    text = "发布时间:2023-12-28 10:00\n今年以来,万州至昆明货运航线已开行120班。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_lines_newly_opened_since_a_year_told_in_full_opened_in_that_year():
    """2021年以来…新开 (lines newly opened since that year began: that year), but not
    2021年以来…陆续开通 (lines opened one after another in the years since)."""
    text = "2021年以来,南宁国际航空货运快速增长,新开南宁至新德里、河内、金奈3条航线。"
    routes = extract_text(text)["routes"]
    assert [r["opened"] for r in routes] == ["2021", "2021", "2021"]
    text = "2017年以来,昆明机场陆续开通飞往德里、孟买的货运航线。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == [None, None]


def test_the_start_of_something_told_by_its_curtain_is_an_opening():
    """开启了…出口的序幕 (the curtain raised on a trade: its first run), but not 揭开新一年的
    序幕 (a year's first run)."""
    text = (
        "2021年元月,一列装满茶叶的货运列车从恩施站开出,驶往哈萨克斯坦阿拉木图,"
        "开启了恩施茶叶坐火车出口的序幕。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2021-01"
    text = (
        "2025年1月1日,一趟从德国杜伊斯堡始发的中欧班列到达团结村站,中欧班列由此揭开新一年的序幕。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_a_first_run_told_with_its_own_day_beats_a_day_borrowed_for_another_run():
    """当日,…鸣笛启程 (a run on the report's day) … 2017年8月31日,中欧班列(金华—阿拉木图)首发
    (the first run, told alone with its day): the first run's day; but a first told by
    its arrival (…首发专列开进终点站) does not beat the day it left."""
    text = (
        "发布时间:2022-09-01 18:00\n记者9月1日从铁路部门获悉,当日,一趟中欧班列从金华南站鸣笛"
        "启程,奔赴阿拉木图。金华平台发出的班列已累计达1700列。2017年8月31日,中欧班列(金华—"
        "阿拉木图)首发。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2017-08-31"
    text = (
        "8月25日,临沧站举行启动仪式,首批集装箱专列随后从临沧站出发,开往成都。"
        "8月27日,这趟首发专列开进终点站成都。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "08-25"


def test_a_first_run_told_by_its_arrival_takes_the_day_it_left_told_after():
    """11月3日,…驶入团结村站。这是…首列冷链专列。10月31日上午,…由钦州港东站开出: the day
    it left its start."""
    text = (
        "11月3日,一列装着冻品海鲜的冷链专列从钦州港东站驶入团结村站。这是陆海新通道上的第一列"
        "冷链专列。10月31日上午,这列冷链专列由广西钦州港东站开出。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "10-31"


def test_a_line_set_up_is_an_opening():
    """开设…航线 (a line set up), as 开辟 is."""
    (route,) = extract_text("2009年5月,南通港开设了直达釜山的集装箱航线。")["routes"]
    assert route["opened"] == "2009-05"


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("6月3日,昆明至万象的冷链班列正式开出。", "06-03"),  # formally sent off
        ("6月3日,昆明至万象的冷链班列顺利开出。", None),  # a run that went well
    ],
)
def test_a_run_formally_sent_off_is_an_opening(text, opened):
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def test_a_line_set_going_is_an_opening():
    """开出…班线 (a line set going, not a train leaving), as 开通 is."""
    (route,) = extract_text("九江港早在2020年就开出直达上海港的集装箱班线。")["routes"]
    assert route["opened"] == "2020"


def test_the_years_of_lines_run_before_do_not_date_the_line_added_now():
    """继…之后,此次再添…: the years told of the lines before are not the new line's."""
    text = "继2021年、2022年相继开出郑州至首尔、大阪航线之后,此次再添郑州至河内的货运航线。"
    routes = {r["destinations"][0]: r["opened"] for r in extract_text(text)["routes"]}
    assert routes["河内"] is None


def test_the_first_batch_sent_is_an_opening():
    """第一批…发往 (the first batch sent), as 首批 is."""
    text = "10月26日凌晨,第一批共8个车皮的磷矿石从宣威站发往江苏常州,标志着该站正式投入营运。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "10-26"


def test_a_run_marking_an_anniversary_of_the_service_is_no_opening():
    """标志着…开行满十周年: the run told marks the service's anniversary; its opening is
    the day told of its first train."""
    text = (
        "2014年11月18日,首趟义乌至马德里的中欧班列开行。2024年11月18日,一趟班列从义乌西站"
        "鸣笛启程,驶往西班牙马德里,标志着这条线路开行满十周年。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2014-11-18"
    text = "6月26日,又一趟中欧班列从合肥北站开往德国汉堡,当天正是安徽中欧班列开通满五周年。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None
    # (its years told full: 开行满十年)
    text = (
        "2024年11月18日,义乌中欧班列开行满十年。当天,一列中欧班列由义乌西站开出,奔向西班牙马德里。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_a_route_told_in_several_sentences_is_dated_first_by_one_that_names_its_end():
    """…首趟列车从郑州始发,…到达阿拉木图。2017年9月8日,…第一次延伸到了德国汉堡: 郑州—汉堡
    opened on the day told with 汉堡."""
    text = (
        "2016年3月2日,第一趟列车装着机械配件从郑州始发,由霍尔果斯出境,最终到达哈萨克斯坦阿拉木图。"
        "2017年9月8日,郑州国际货物班列第一次延伸到了德国汉堡。"
    )
    routes = [r for r in extract_text(text)["routes"] if r["destinations"] == ["汉堡"]]
    assert [r["opened"] for r in routes] == ["2017-09-08"]


def test_a_run_that_leaves_from_a_routes_end_is_not_the_day_that_route_left():
    """…4月10日,这趟列车首次由英国伦敦发车: the return of 义乌—伦敦, not its first run,
    told with its own day after it."""
    text = (
        "继首趟班列1月从中国义乌发车、历时半月抵达英国伦敦后,4月10日,这趟列车首次由英国伦敦"
        "发车返回义乌。1月3日,这趟列车首次由浙江义乌发车,驶往英国伦敦。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["opened"]) for r in routes][:1] == [
        ("义乌市", ["伦敦"], "01-03")
    ]


def test_the_first_train_of_a_year_since_which_it_has_run_is_its_opening():
    """自2011年首列…开行以来 dates the service (not 2024年首趟, the year's first run)."""
    text = "自2011年首列重庆至杜伊斯堡的中欧班列开行以来,这条铁路线越来越忙。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2011"
    (route,) = extract_text("2024年首趟重庆至杜伊斯堡的中欧班列开行。")["routes"]
    assert route["opened"] is None


def test_today_of_a_report_reposted_days_later_is_of_the_month_before():
    text = "发布时间:2022-07-04 10:00\n今(30)日,首趟班列从哈密市首发,驶往重庆江津区小南垭站。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2022-06-30"


def test_the_same_day_as_a_report_with_no_other_date_is_the_reports_day():
    text = "新华社成都6月29日电 当日,一艘集装箱货轮从广元港出发,驶往上海港,这是该航线首航。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "06-29"


def test_a_line_told_again_after_how_it_was_learnt_takes_the_day_it_opened():
    """4月9日,…开通欧洲新航线。(new paragraph) 据悉,此次开通的新航线…从天津港出发,…抵达
    汉堡: the day the line told before opened."""
    text = (
        "4月9日,海洋联盟在青岛港开通欧洲新航线。\n"
        "据悉,此次开通的新航线周班运行,从青岛港出发,途经新加坡,抵达鹿特丹、汉堡等欧洲港口。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "04-09"


def test_an_outlets_dateline_of_its_news_is_no_event_date():
    """台湾网3月31日厦门消息 日前,…: the day of the report, not of the run (日前: some days
    before, no day told)."""
    text = "台湾网3月31日厦门消息 日前,一艘滚装轮承载着首批出口快件,从厦门港驶向台湾基隆。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_an_outlets_news_of_a_day_opening_its_report_is_its_dateline():
    """某网某视窗6月6日消息: opening the report, a colon after it, the day it was filed: a
    run told 昨日 is of the day before."""
    text = "本地新闻网港口频道6月6日消息:昨日清晨,一艘集装箱轮从青岛港启航驶往东南亚,这是该码头的首条外贸航线。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "06-05"


def test_a_first_run_opens_on_the_day_it_left_not_on_the_day_of_its_arrival_ceremony():
    text = (
        "舟山至重庆江海直达航线首航测试到港接航仪式5月12日在珞璜港举行。"
        "万吨级江海直达船4月24日自浙江舟山港启程,5月11日下午抵达重庆江津珞璜港,"
        "这也是江海直达船首次抵达长江上游。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "04-24"


def test_the_day_a_first_run_is_expected_somewhere_is_no_day_it_opened():
    """The day a train left, then the day it is expected at its end (预定…到达): the first."""
    text = (
        "9月14日凌晨,一列车次为X9021的中欧班列装着微波炉、吸尘器、电风扇等小家电"
        "共50车,由中国铁路西安局集团有限公司西安国际港站缓缓开出,将由阿拉山口口岸出境,"
        "预定9月29日凌晨到达德国杜伊斯堡,这趟全程图定班列由此开行成功。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "09-14"


def test_a_first_run_told_again_with_its_date_a_few_sentences_on_dates_the_route():
    text = (
        "五天后,载有光伏组件的轮船从宜宾港出发,通过长江至上海,最终将抵达印度尼西亚。"
        "这是四川光伏产品首次通过江海联运出口海外。另一家企业也在准备出口。"
        "2024年12月3日,载有光伏组件的轮船从四川宜宾港出发。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2024-12-03"


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # the departure's verb before its place (…缓缓驶离…码头), the opening in the headline
        (
            "涪陵—南京集装箱班轮首航\n5月6日9时,满载货物的“长江1号”轮缓缓驶离涪陵港龙头作业区。",
            "05-06",
        ),
        # the day it left, the opening told in the next sentence (of no other route)
        (
            "4月2日,一列班列从团结村出发,驶向钦州港。团结村铁路专用线开通暨首趟班列发车仪式同时举行。",
            "04-02",
        ),
    ],
)
def test_a_route_opens_on_the_day_it_left_where_its_opening_is_told_nearby(text, opened):
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def test_a_text_with_no_title_lends_no_date_of_its_first_sentence_to_other_routes():
    """Without a title, the first sentence is the body's: its date is its own route's,
    not the date of a route told later that gives none of its own."""
    text = (
        "3月26日,西部陆海新通道(果园港—河内)国际铁路班列在果园港首发。\n"
        "另据介绍,西部陆海新通道(涪陵—钦州)铁海联运专列从涪陵西站驶出。"
    )
    opened = {r["origin"]: r["opened"] for r in extract_text(text)["routes"]}
    assert opened["果园港"] == "03-26"
    assert opened.get("涪陵西站", opened.get("涪陵区")) is None


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # 首开: the first run, told in the sentence after the train's
        (
            "7月24日,一列装载汽车的班列从汉阳站开出,驶往厦门。这是武汉首开至厦门的水铁联运班列。",
            "07-24",
        ),
        # a liner named in the headline, its first run told later from its port's place
        # (广元港: 从四川省广元市起锚, a ship weighing anchor)
        (
            "广元至重庆集装箱班轮首航\n中新网成都9月28日电 28日上午,一艘满载货物的集装箱班轮"
            "从四川省广元市起锚,顺江而下。\n当地交通部门负责人说,这条班轮的开行将降低运输成本。",
            "09-28",
        ),
    ],
)
def test_opening_dates_of_first_runs_told_apart(text, opened):
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


@pytest.mark.parametrize(
    ("said", "opened"),
    [
        ("昨天", "2015-05-28"),
        ("前天", "2015-05-27"),
        ("今日上午", "2015-05-29"),
        ("日前", "2015-05"),
    ],
)
def test_a_day_told_by_the_reports_own(said, opened):
    """昨天发车 in a report of 29 May: the 28th (the year is the report's, so inferred);
    日前, a few days before: May."""
    text = f"重庆中亚班列发车\n2015-05-29 02:37:30 来源:联合报\n重庆中亚班列{said}在团结村中心站发车,驶往哈萨克斯坦。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened
    assert route["opened_year_inferred"] is (opened is not None)


def test_a_years_first_train_is_no_opening_and_a_service_runs_since_the_month_it_says():
    """今年首趟…发车 is the year's first run; the line ran regularly since 去年5月: opened
    then (the year the report's, inferred)."""
    text = (
        "果园港今年首趟铁海联运班列发车\n2024-01-06 来源:某某网\n"
        "1月5日,一列班列从果园港出发,开往钦州港。\n"
        "这条线路去年5月起按每周两列常态化开行,今年还将加密。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["opened"], route["opened_year_inferred"]) == ("2023-05", True)


def test_of_a_sentences_dates_a_run_opened_on_the_day_it_left():
    """11月9日到达杜伊斯堡的班列,是9月22日从团结村中心站驶出的: it opened on 9月22日."""
    text = "11月9日到达德国杜伊斯堡的首趟常态化班列,是9月22日从团结村中心站驶出的。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "09-22"


def test_a_run_opens_on_its_day_where_the_next_paragraph_tells_that_day_s_opening():
    """11月15日…(a long description of the goods)…班列由安阳市出发。(a new paragraph) 筹备了
    五个多月,当天,这条…班列正式开通运行: opened 11月15日."""
    text = (
        "11月15日9时40分,满载本地企业生产的铝锭、轮胎和纸品的“铝海号”海铁联运国际班列由安阳市"
        "出发,预计用一天多时间经铁路运到青岛黄岛,然后走海路运往韩国釜山港。\n"
        "筹备了五个多月,当天,这条海铁联运国际班列正式开通运行,成为继今年4月开出中欧班列之后"
        "的又一条国际班列。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "11-15"


def test_the_year_of_a_sentence_of_the_same_day_takes_the_day_told_before():
    """1月1日,…首列班车发出。当日,…发出2021年…第一趟列车: 2021-01-01, not 2021."""
    text = (
        "1月1日,重庆团结村站发出新年首列中欧班列。"
        "当日,成都发出2021年中欧班列第一趟列车,驶往波兰罗兹。"
    )
    (route,) = [r for r in extract_text(text)["routes"] if r["origin"] == "成都市"]
    assert route["opened"] == "2021-01-01"


def test_a_movement_told_in_a_list_keeps_its_own_mode_and_the_day_of_the_run_it_fed():
    """…经铁路运到珞璜港的水泥、经首班水上穿梭巴士从泸州港运到珞璜港的化工原料: the
    second came by river, on the day of the run the sentences before tell (本次班轮,
    这标志着 refer back to it)."""
    text = (
        "6月3日上午,一艘集装箱班轮从江津珞璜港解缆起航,驶往上海港。\n"
        "这标志着两条新航线同时开启首航。\n"
        "本次班轮装载的货物中,有经铁路运到珞璜港的水泥、经首班水上穿梭巴士从泸州港运到珞璜港的化工原料。"
    )
    routes = {r["origin"]: r for r in extract_text(text)["routes"]}
    assert routes["泸州港"]["destinations"] == ["珞璜港"]
    assert (routes["泸州港"]["mode"], routes["泸州港"]["opened"]) == ("river", "06-03")
    # (a leg told alone keeps the combined mode of its sentence)
    text = "重庆至钦州的铁海联运班列,从团结村出发驶往钦州港。"
    assert {r["mode"] for r in extract_text(text)["routes"]} == {"rail-sea"}
    # (the sentence before, of another run, dates it only where this one refers back)
    text = (
        "6月3日上午,一艘集装箱班轮从江津珞璜港解缆起航,驶往上海港。\n"
        "另有一艘首班水上穿梭巴士从泸州港驶抵珞璜港。"
    )
    routes = {r["origin"]: r for r in extract_text(text)["routes"]}
    assert routes["泸州港"]["opened"] is None


def test_a_date_since_which_a_corridor_has_run_does_not_keep_the_next_sentence_from_dating():
    """这是2017年…开通以来,首次开行…的班列: 2017 is the corridor's, the train's day is
    the one told before."""
    text = (
        "4月13日,一列从重庆发出的集装箱班列抵达钦州港,随后从钦州港转海运发往印度。"
        "这是2017年陆海新通道开通以来,首次开行出口印度的班列。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["opened"]) == (
        "重庆市",
        ["印度"],
        "04-13",
    )


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # (a clause of its own, its month in the year told before it)
        (
            "2015年1月,湘江航道全线贯通;5月,岳阳至钦州港的接力航线在城陵矶新港开通;10月10日,一艘大型集装箱轮投入运营。",
            "2015-05",
        ),
        # (named in one clause, opened in another)
        (
            "今年7月7日,“重庆—钦州港试验航线”方案获得通过;到了7月21日,通往钦州港的试验航线开通。",
            "07-21",
        ),
        # (the day the reporter was told, then when it opened)
        (
            "发布时间:2023-05-09\n5月8日,在果园港码头,港口负责人向记者介绍,今年3月,果园港至太仓港的集装箱快班已经开通。",
            "2023-03",
        ),
    ],
)
def test_a_route_takes_the_date_of_its_own_clause_not_of_the_telling(text, opened):
    """Clauses parted by semicolons each tell their own dates: a route takes its
    clause's; a day the reporter was told (…向记者介绍) is no day of the opening told after it."""
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def test_a_lines_name_written_with_quotes_inside_takes_the_date_told_right_before_it():
    """…;今年11月,“印尼拉博塔港—武汉阳逻港”国际直航航线开通: 今年11月, not the first date
    of the sentence."""
    text = (
        "发布时间:2024-12-20\n"
        "2022年9月,阳逻港开通至俄罗斯东方港直航航线;"
        "今年11月,“印尼拉博塔港—武汉阳逻港”国际直航航线开通。"
    )
    routes = {r["origin"]: r for r in extract_text(text)["routes"]}
    assert routes["阳逻港"]["opened"] == "2022-09"
    assert routes["拉博塔港"]["opened"] == "2024-11"


def test_where_a_train_crosses_the_border_is_no_start_and_a_first_trial_run_is_an_opening():
    """从满洲里进入国境: a stop; 由此第一次试跑: the run told before opened the line."""
    text = (
        "当地时间5月2日,一列班列载着机械配件由德国汉堡启程,目的地是重庆。"
        "汉堡至重庆的回程线路由此第一次试跑。"
        "这趟班列沿途经过波兰、白俄罗斯等国,从满洲里进入国境,终点为重庆团结村站。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["opened"]) == (
        "汉堡",
        ["团结村"],
        "05-02",
    )


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # (头一回: the first time)
        (
            "3月8日,一趟班列载着医疗物资驶离武汉吴家山站,目的地是老挝万象。"
            "武汉的货物坐中老班列运往老挝,这还是头一回。",
            "03-08",
        ),
        # (the day told before a sentence of the same day)
        (
            "12月3日,主题活动在昆明举办。\n同日,一趟国际货运专列在磨憨站首发出境。"
            "这趟专列自俄罗斯莫斯科开出,终点为泰国曼谷。",
            "12-03",
        ),
        # (the year's first train is no opening, however it is said)
        ("3月8日,今年头一趟班列驶离武汉吴家山站,目的地是老挝万象。", None),
    ],
)
def test_first_runs_told_in_other_words(text, opened):
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def test_a_lines_opening_told_beside_this_years_first_train():
    """成都至明斯克班列去年5月首次开行,今天这趟是该线今年的头一列: the line opened last year;
    今年开往明斯克的第一趟 is this year's first, no opening."""
    text = (
        "发布时间:2024-03-02\n"
        "今天有一列班列自成都出发,这是成都今年开往明斯克的第一趟班列。"
        "这趟班列由成都城厢站开出,将从满洲里离境,开往白俄罗斯的明斯克。"
        "成都至明斯克班列去年5月首次开行,今天这趟是该线今年的头一列。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["opened"]) for r in routes] == [
        ("城厢站", ["明斯克"], "2023-05")
    ]


def test_a_scheduled_line_and_the_first_line_of_its_kind():
    """班线 is a service; 首条…直航线 is an opening, on the day the ship left."""
    text = "安庆港早在2019年就开出直达上海洋山港的“点对点”班线。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("安庆港", ["洋山港"])
    ]
    text = (
        "5月9日,一艘货轮装着300个标箱的货物从安庆港解缆,目的地是俄罗斯的符拉迪沃斯托克港,"
        "安庆港由此有了首条外贸直航线。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["destinations"], route["opened"]) == (["符拉迪沃斯托克港"], "05-09")


def test_freight_flown_from_a_city_on_a_day_told_in_chinese_numerals():
    """十一月二十六日,…头一架全货机…从成都起飞,目的地是欧洲的布鲁塞尔: an air route, opened
    that day; a passenger flight is none."""
    text = "十一月二十六日一早,川航头一架全货机装着贸易货物从成都起飞,目的地是欧洲的布鲁塞尔。"
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"], r["mode"], r["opened"]) for r in routes] == [
        ("成都市", ["布鲁塞尔"], "air", "11-26")
    ]
    assert extract_text("一架客机从成都起飞,飞往北京。")["routes"] == []
    # (a day in Chinese numerals only with its month: 十日可达 is ten days)
    text = "一趟班列从团结村开出,驶往德国杜伊斯堡,十日可达,这是首趟班列。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == [None]


def test_the_station_told_before_opening_lines_on_days_of_one_year():
    """该站首次开出通往阿拉木图的班列,7月28日,又开出首列前往塔什干的班列: from the station of
    the sentences before, each on the day told before its own end, of the year told first."""
    text = (
        "3月2日,一趟班列从团结村站驶出,目的地为德国杜伊斯堡。今年该站已发出班列300列。"
        "2022年5月20日,该站首次开出通往哈萨克斯坦阿拉木图的中亚班列,"
        "7月28日,又开出首列去往塔什干的中亚班列。"
    )
    routes = {r["destinations"][0]: r for r in extract_text(text)["routes"]}
    assert routes["阿拉木图"]["origin"] == routes["塔什干"]["origin"] == "团结村"
    assert (routes["阿拉木图"]["opened"], routes["塔什干"]["opened"]) == (
        "2022-05-20",
        "2022-07-28",
    )


def test_a_sentence_listing_dated_events_reads_each_event_apart():
    """回顾历程:2015年…;2016年…;2017年…: each event's route, on its own day."""
    text = (
        "回顾历程:2015年8月14日,一列班列由团结村站发出,前往德国杜伊斯堡;"
        "2016年4月6日,重庆开通了通往法国里昂的一条班列线路;"
        "2017年2月23日,首列从里昂返回重庆的班列抵达;"
        "2018年8月26日,一列班列由德国汉堡出发,抵达团结村站。"
    )
    routes = {
        (r["origin"], r["destinations"][0]): r["opened"] for r in extract_text(text)["routes"]
    }
    assert routes[("团结村", "杜伊斯堡")] == "2015-08-14"
    assert routes[("重庆市", "里昂")] == "2016-04-06"
    assert routes[("里昂", "重庆市")] == "2017-02-23"


def test_an_end_told_after_a_remark_and_the_other_direction_the_same_day():
    """…开出一趟班列,这是该线首次发车,目的地是四川成都: the end told by name after a remark
    on the run; 同一天,反方向的班列也在成都首发: that day, though the day is the other
    train's."""
    text = (
        "12月10日下午,荆州港盐卡港区开出一趟装运叶蜡石的货运班列,这是该线首次发车,"
        "目的地是四川成都。同一天上午,反方向的铁水联运班列也在成都首发,开往荆州。"
    )
    routes = [(r["origin"], r["destinations"], r["opened"]) for r in extract_text(text)["routes"]]
    assert routes == [
        ("盐卡港区", ["成都市"], "12-10"),
        ("成都市", ["荆州市"], "12-10"),
    ]


def test_a_run_told_the_same_day_whose_first_is_told_after_it_takes_that_day():
    text = (
        "5月8日,第一趟中老班列在西宁站等待发车。\n"
        "当天,这列中老班列驶离西宁站,经磨憨口岸开往老挝万象。这在青海尚属首次。"
    )
    (route,) = extract_text("发布时间:2023-05-09\n" + text)["routes"]
    assert route["opened"] == "2023-05-08"


def test_runs_counted_after_the_services_name_are_no_opening():
    text = (
        "本报5月9日讯 9日凌晨,一列中老班列拉响汽笛,由西宁站出发,开往老挝万象。"
        "这趟车开出后,青海今年开行的中老班列已超过300车。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_a_run_told_by_its_arrival_whose_first_is_told_after_it_takes_that_day():
    text = (
        "发布时间:2024-04-20\n4月18日,一趟中老铁路(万象—西安)国际货运班列到达西安国际港站,"
        "车上装着木薯淀粉。这趟车共30柜,用的是敞顶箱。从老挝开来的货运列车,这还是头一趟。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["destinations"], route["opened"]) == (["西安国际港站"], "2024-04-18")


def test_a_day_without_a_year_takes_the_year_told_just_before_in_its_paragraph():
    """No page date: 8月19日 after 2023年8月16日 in the paragraph is of 2023 (marked inferred)."""
    text = "新航道于2023年8月16日开始试运行。8月19日,蚌埠—上海的集装箱航线首航。"
    (route,) = extract_text(text)["routes"]
    assert (route["opened"], route["opened_year_inferred"]) == ("2023-08-19", True)


def test_lines_setting_off_together_formally_open_on_that_day():
    text = (
        "发布时间:2025-07-31\n7月25日上午,江津珞璜港—万州新田港,开州港—宜昌港,"
        "两条试点航线同时拉响汽笛,班轮正式起航。"
    )
    assert {r["opened"] for r in extract_text(text)["routes"]} == {"2025-07-25"}


def test_a_first_told_as_from_nothing_dates_the_run_before():
    """…全货机在天府国际机场升空,飞往布鲁塞尔。…全货机航线就此从无到有: the run opened it."""
    text = "4月20日,一架全货机在天府国际机场升空,飞往布鲁塞尔。该机场的全货机航线就此从无到有。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "04-20"


def test_a_line_opened_takes_the_date_told_between_its_name_and_its_opening():
    """今年7月7日,“武汉—东盟试验航线”工作方案获得通过;到了7月21日,…试验航线开通: 7月21日."""
    text = (
        "2014-09-01 今年7月7日,“武汉—东盟四国试验航线”工作方案获得原则通过;"
        "到了7月21日,武汉市对外宣布,通往东盟的试验航线开通。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"].endswith("07-21")


def test_a_date_that_ends_a_span_of_figures_is_no_opening():
    """截至4月16日,…班列(兰州至阿拉木图)一共发出13列; 自…开行,至6月30日,已累计…: the end
    of a span the figures count to, not the day a line opened."""
    text = "截至4月16日,中亚班列(兰州至阿拉木图)今年一共发出13列。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == [None]
    text = "自1月下旬首趟保定至天津港班列开行,至6月30日,这条线已累计开行42列。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == [None]


def test_a_ports_opening_dates_the_train_that_left_it_the_same_day():
    """开港 (a port opened) is an opening: 当日, the train that left it runs on that day."""
    text = "8月1日,阳逻港铁水联运二期工程开港。当日,从该港口开出的满载货物的列车抵达吴家山站。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["opened"]) == ("阳逻港", "08-01")


def test_a_run_told_meanwhile_after_a_first_run_takes_its_day():
    """与此同时 opening a sentence: its run is of the first run told before, that day."""
    text = (
        "3月8日,首趟班列驶离团结村站,目的地是德国杜伊斯堡。"
        "与此同时,另一趟班列由成都开出,驶往波兰罗兹。"
    )
    opened = {r["destinations"][0]: r["opened"] for r in extract_text(text)["routes"]}
    assert opened == {"杜伊斯堡": "03-08", "罗兹": "03-08"}


def test_a_line_told_run_before_the_new_one_takes_no_day_of_it():
    """这是继开通往X的班列后,新开通的一条线路: the new line is the run told before, that
    day; the line to X opened before it, on no day the text gives."""
    text = (
        "5月20日,今年首列中欧班列从长沙北站启运,终点为俄罗斯莫斯科。"
        "这是长沙继开通往白俄罗斯明斯克的班列后,新开通的一条班列线路。"
    )
    opened = {r["destinations"][0]: r["opened"] for r in extract_text(text)["routes"]}
    assert opened == {"莫斯科": "05-20", "明斯克": None}


def test_a_line_told_since_it_opened_takes_that_date_over_another_first():
    """…首趟回程班列到达合肥,这是合肥至汉堡班列第一次运载回程货物。中欧班列(合肥—汉堡)自2016年3月
    开通以来…: the line to 汉堡 opened in 2016-03, not on the day its first return came."""
    text = (
        "12月12日,从德国汉堡开往合肥的首趟回程中欧班列到达合肥北站,"
        "这是合肥至汉堡中欧班列第一次运载回程货物。"
        "中欧班列(合肥—汉堡)自2016年3月开通以来,每月稳定开行4列。"
    )
    opened = {
        (r["origin"], r["destinations"][0]): r["opened"] for r in extract_text(text)["routes"]
    }
    assert opened[("合肥市", "汉堡")] == "2016-03"


def test_a_lines_first_run_told_right_after_with_its_day_dates_it():
    """…这条航线由此正式开通。而在前一天,6月18日凌晨,该线航班已飞完首航: the line named again
    (该线) with its first run and its day, in the sentence right after."""
    text = (
        "19日,三方签约保障西安至银川全货运航线运营,这条航线由此正式开通。"
        "而在前一天,6月18日凌晨,该线航班已飞完首航。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "06-18"


def test_a_headline_of_an_opening_ending_in_an_exclamation_dates_the_bodys_first_run():
    """国际货运航线正式开通! over 6月16日,一架全货机从花湖机场起飞,前往纽约: the headline, on a
    line of its own, tells the opening of the run the body tells first, that day."""
    text = "国际货运航线正式开通!\n6月16日晚,一架装满货物的全货机从花湖机场起飞,飞往美国纽约。"
    (route,) = extract_text(text)["routes"]
    assert (route["destinations"], route["opened"]) == (["纽约"], "06-16")


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # (the arrival told first, dated, a first of its kind; the start told after)
        (
            "6月3日,首趟冷链测试班列开进重庆江津小南垭站。这趟直达班列从老挝到重庆只用了4天。",
            "06-03",
        ),
        # (… and the day the goods left told with them: that day)
        (
            "6月3日,首趟冷链测试班列开进重庆江津小南垭站。"
            "这批水果是5月30日从老挝起运的,只走了4天就到了重庆。",
            "05-30",
        ),
    ],
)
def test_a_first_arrival_told_before_where_it_came_from_dates_the_route(text, opened):
    (route,) = extract_text(text)["routes"]
    assert (route["destinations"], route["opened"]) == (["小南垭站"], opened)


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        # (its first run told of it after sentences of comment, an aside and a caption)
        (
            "2025年3月2日,一列装着摩托车配件的班列从万州新田港铁路专用线出发,驶往越南河内。"
            "春寒未退,码头上已是一片忙碌。(转发自本地客户端 2025年3月9日)\n"
            "(图为新田港的堆场。张三 摄)\n"
            "这趟班列首发,得益于港区新修的铁路专用线。",
            "2025-03-02",
        ),
        # (the service told after the sentences of comment, its first arrival before them)
        (
            "5月6日晚,首趟回程专列载着木材开进涪陵龙头港铁路专用线。两地的合作由此更进一步。"
            "港口也多了一条通道。\n"
            "这趟专列在俄罗斯伊尔库茨克发车,经满洲里口岸入境,一路开到涪陵龙头港。",
            "05-06",
        ),
        # (a service put into running from a day: 投入运行)
        ("4月8日起,江津至万象的班列投入运行。", "04-08"),
    ],
)
def test_a_service_named_again_after_comment_takes_the_day_of_its_first_run(text, opened):
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == opened


def test_a_run_told_again_by_another_service_after_comment_is_not_dated_by_it():
    """The sentence after the comment names another service (这条航线 of a ship, after a
    train): the train's day is not the line's first."""
    text = (
        "2025年3月2日,一列班列从万州新田港铁路专用线出发,驶往越南河内。码头上一片忙碌。"
        "另有一艘货轮从新田港开往上海洋山港。这条航线首航,由港务集团运营。"
    )
    routes = {r["destinations"][0]: r["opened"] for r in extract_text(text)["routes"]}
    assert routes.get("洋山港") != "2025-03-02"


def test_across_comment_only_a_first_run_told_dates_the_service():
    """Named again after comment (该航线是…), the service is not dated by a first sailing
    expected on a later day (首班…将于20日抵达), nor by runs counted (2014年…共34列)."""
    text = (
        "2月19日傍晚,一艘货轮驶离海沧码头。\n该航线首班装着电商货物,将于20日早上抵达台北港。"
        "航程可缩短5小时。\n该航线是厦门港至台北港的跨境电商快线。"
    )
    assert [r["opened"] for r in extract_text(text)["routes"]] == [None]
    text = (
        "2014年经满洲里出境的苏满欧班列共34列。到目前为止,这条线的货值已达14亿元。"
        "这趟班列从苏州发车,终点是波兰华沙。"
    )
    assert [r["opened"] for r in extract_text(text)["routes"]] == [None]


def test_a_day_told_again_with_its_year_where_its_ends_are_named_takes_that_year():
    """A first run told by its day (12月3日), then the same day told with its year in a
    sentence that names the train's start (2021年12月3日,…从广州增城铁路物流园首发): that
    year; the same day of another year in a sentence of neither end is no year of it."""
    text = (
        "12月3日10时许,一列中老国际货运列车首发,驶出广州增城铁路物流园,约6天后到达老挝万象。\n"
        "2021年12月3日,两趟中老国际货运列车分别从深圳平湖南铁路物流园和广州增城铁路物流园首发。"
    )
    opened = {r["origin"]: r["opened"] for r in extract_text(text)["routes"]}
    assert opened["增城铁路物流园"] == "2021-12-03"
    text = "3月19日,首趟班列从团结村出发开往杜伊斯堡。2011年3月19日,中欧班列在这里诞生。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == ["03-19"]


def test_the_day_a_line_is_told_opened_wins_over_a_later_run():
    """A later run (3月13日,…货机起飞) with a first told near it, then the line told opened
    on its own day (…航线于2023年12月13日正式开通): that day; a day planned is none."""
    text = (
        "3月13日,一架货机从贵阳龙洞堡国际机场起飞,目的地是印度加尔各答。"
        "贵州首条全货机航线的货物里从此有了本地产品。"
        "据了解,贵阳至加尔各答国际货运航线于2023年12月13日正式开通。"
    )
    assert [r["opened"] for r in extract_text(text)["routes"]] == ["2023-12-13"]
    text = "贵阳至达卡国际货运航线计划于2025年6月1日开通。"
    assert [r["opened"] for r in extract_text(text)["routes"]] in ([], [None])


def test_the_day_what_left_arrives_is_not_the_day_it_left():
    """10月30日,首趟由霍尔果斯口岸出发的…专线到达波兰。车队于10月18日从霍尔果斯发车: the 30th is
    the arrival of what left there; the run opened the day it left."""
    text = (
        "10月30日,首趟由新疆霍尔果斯口岸出发的国际公路货运专线到达波兰,全程共用12天。"
        "车队于10月18日从霍尔果斯发车,途经哈萨克斯坦和俄罗斯,最终抵达波兰。"
    )
    assert [r["opened"] for r in extract_text(text)["routes"]] == ["10-18"]


def test_a_brand_told_since_when_it_has_run_dates_its_one_line():
    """A train of a brand, in quotes, told leaving on a day, and a sentence at the end
    telling since when trains of that brand have run: the brand's first run is the line's
    opening; not where the brand runs lines to other ends too."""
    text = (
        "2021年4月9日,“雪域号”国际货运班列从拉萨出发,运往加德满都。车上装有建材和日用品。"
        "货物到站后将分拨各地。今年的开行量明显增加。"
        "自2018年6月2日“雪域号”国际货运班列首发以来,已累计开行120列。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2018-06-02"
    text = (
        "2021年4月9日,“秦岭号”国际货运班列从西安出发,运往米兰。当天,另一列“秦岭号”"
        "国际货运班列从西安出发,运往塔什干。两列班列装载汽车配件和服装。货物将在当地分拨。"
        "今年的开行量明显增加。自2014年3月5日“秦岭号”国际货运班列首发以来,"
        "已累计开行上万列。"
    )
    opened = {r["destinations"][0]: r["opened"] for r in extract_text(text)["routes"]}
    assert "2014-03-05" not in opened.values()


def test_a_day_gone_back_to_is_the_days_date_not_the_end_of_a_span():
    """时间回到2016年3月2日那天 goes back to the day a first run left: its date, though
    到 before a date ends a span elsewhere (至6月30日,已累计开行…)."""
    text = "时间回到2016年3月2日那天,首趟班列从长沙开出,驶往阿拉木图。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == ["2016-03-02"]


def test_a_dateline_in_chinese_numerals_dates_the_report_not_the_event():
    """中新网太仓十一月二十日电: the report's day, from which 昨天 is counted, never an
    event's date."""
    text = "中新网太仓十一月二十日电 昨天,首班货轮由太仓港启航,驶往基隆港。"
    assert [r["opened"] for r in extract_text(text)["routes"]] == ["11-19"]
