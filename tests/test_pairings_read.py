"""Pairings read from text: the general pairing rules on sentences written for the purpose,
the examples of the pair table, and pairings as articles tell them (the rules met in real
articles are in test_pairing_rules.py)."""

from __future__ import annotations

import pytest
from tables import table_examples

from cqmap.geo.extract import extract_text
from cqmap.geo.pairs import PAIR_PATTERNS


# --------------------------------------------------------------------------- general rules
@pytest.mark.parametrize(
    "sentence, pair, relation",
    [
        ("江北区与酉阳县签署对口协同发展协议。", ("江北区", "酉阳县"), "official"),
        ("北碚区携手巫山县推动文旅融合。", ("北碚区", "巫山县"), "official"),
        ("潼南区对口协同彭水县,共建产业园。", ("潼南区", "彭水县"), "official"),
        ("渝中区结对巫溪县。", ("渝中区", "巫溪县"), "official"),
        ("深化永川区与彭水县对口协作。", ("永川区", "彭水县"), "official"),
        ("永川·彭水对口协同发展座谈会在永川召开。", ("永川区", "彭水县"), "official"),
        ("璧山、梁平两地签订合作协议。", ("璧山区", "梁平区"), "cooperation"),
        ("铜梁、奉节两地签订对口协同协议。", ("铜梁区", "奉节县"), "official"),
        ("研发在沙坪坝、生产在奉节。", ("沙坪坝区", "奉节县"), "cooperation"),
        ("南岸区向石柱县采购农产品,推进对口帮扶。", ("南岸区", "石柱县"), "official"),
        ("两江新区与天府新区签署合作协议。", ("两江新区", "天府新区"), "cooperation"),
        ("永川区—彭水县对口协同工作推进会召开。", ("永川区", "彭水县"), "official"),
        ("石柱县向大足区赠送锦旗,感谢大足区的帮扶。", ("大足区", "石柱县"), "official"),
        ("江津区援建的奉节县脐橙交易中心正式投用。", ("江津区", "奉节县"), "cooperation"),
        ("结对帮扶以来,璧山区累计向巫溪县投入帮扶资金2000万元。", ("璧山区", "巫溪县"), "official"),
    ],
)
def test_pairing_patterns_on_unseen_sentences(sentence, pair, relation):
    rec = extract_text(sentence)
    got = {frozenset((p["a"], p["b"])): p["relation"] for p in rec["pairings"]}
    assert got.get(frozenset(pair)) == relation, rec["pairings"]


def test_one_to_many_pairing():
    rec = extract_text("南川区党政代表团先后赴城口县、巫溪县分别签订对口协同协议。")
    assert {frozenset((p["a"], p["b"])) for p in rec["pairings"]} == {
        frozenset(("南川区", "城口县")),
        frozenset(("南川区", "巫溪县")),
    }


def test_many_to_one_pairing():
    rec = extract_text("今年以来,大渡口区、大足区分别与忠县开展对口协同。")
    assert {frozenset((p["a"], p["b"])) for p in rec["pairings"]} == {
        frozenset(("大渡口区", "忠县")),
        frozenset(("大足区", "忠县")),
    }
    # side by side, the first parties are not a pair of their own
    rec = extract_text("江北区和渝北区都与酉阳县签署了协议。")
    assert {frozenset((p["a"], p["b"])) for p in rec["pairings"]} == {
        frozenset(("江北区", "酉阳县")),
        frozenset(("渝北区", "酉阳县")),
    }


def test_implied_subject_of_a_paragraph_that_names_only_the_partner():
    # 我区 opens its paragraph, whose only region is the partner: the subject is the
    # document's (its most named unit), not 城口县 itself
    rec = extract_text(
        "渝北区与城口县对口协同工作取得实效\n"
        "近年来,渝北区坚持把对口协同作为重要政治任务。\n"
        "今年以来,我区与城口县共同实施协同项目15个。\n"
    )
    (pairing,) = rec["pairings"]
    assert (pairing["a"], pairing["b"]) == ("渝北区", "城口县")
    assert [(e["sentence"], e["pattern"]) for e in pairing["evidence"]] == [
        (0, "A与B"),
        (2, "我们与B"),
    ]


def pairs_in(text: str) -> set[frozenset[str]]:
    """The pairs read in ``text``, unordered."""
    return {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}


def test_first_parties_side_by_side():
    # each first party with the partner, none with another first party
    assert pairs_in("开州区、城口县、巫溪县与达州市签署万达开统筹发展合作协议。") == {
        frozenset(("开州区", "达州市")),
        frozenset(("城口县", "达州市")),
        frozenset(("巫溪县", "达州市")),
    }
    # 分别 with as many partners as first parties: each its own
    rec = extract_text("沙坪坝区、江津区分别与奉节县、巫山县签订对口协同协议。")
    assert {(p["a"], p["b"], p["relation"]) for p in rec["pairings"]} == {
        ("沙坪坝区", "奉节县", "official"),
        ("江津区", "巫山县", "official"),
    }
    assert {e["pattern"] for p in rec["pairings"] for e in p["evidence"]} == {"A、B分别与C、D"}
    # 分别 with one partner: all with it (see test_many_to_one_pairing); with a different
    # number of partners: every first party with every partner
    assert pairs_in("沙坪坝区、江津区分别与奉节县、巫山县、城口县签订对口协同协议。") == {
        frozenset((a, b)) for a in ("沙坪坝区", "江津区") for b in ("奉节县", "巫山县", "城口县")
    }


def test_pairs_side_by_side_and_regions_acting_together():
    # pairs listed one after the other: each its own, no pair across them
    assert pairs_in("会上,九龙坡区与巫山县、江北区与城口县分别签订对口协同协议。") == {
        frozenset(("九龙坡区", "巫山县")),
        frozenset(("江北区", "城口县")),
    }
    # three regions acting together: every two of them
    trio = {
        frozenset(p) for p in (("万州区", "开州区"), ("万州区", "云阳县"), ("开州区", "云阳县"))
    }
    assert pairs_in("万州区、开州区、云阳县三地共同推进同城化发展。") == trio
    assert pairs_in("推动万州、开州和云阳协同发展。") == trio
    # a longer list, or one going on with 等, is an enumeration
    assert pairs_in("万州区、开州区、云阳县、巫山县、奉节县共同发布倡议。") == set()
    assert pairs_in("万州区、开州区、云阳县等区县共同发布倡议。") == set()
    assert pairs_in("渝中区、江北区、南岸区合作社数量增长明显。") == set()  # 合作社: a cooperative


@pytest.mark.parametrize(
    "sentence",
    [
        "成都与德阳签署合作协议。",  # not Chongqing's relation
        "万州区、开州区、云阳县、巫山县等区县参加。",  # an enumeration
        "作为两江新区电子信息产业联盟盟主单位,京东方重庆公司则与成都公司加强合作。",
        "两江新区召开会议,万州区也召开会议。",
        "北碚区和巫山县的气温均超过40℃。",  # a reference pair, in a text about the weather
        "珞璜铁路物流枢纽由成都铁路局和江津区共同投资新建。",  # the railway's bureau
        # (the way between them, a new railway's: no relation of theirs)
        "新线通车后,缩短了重庆与兰州及沿线城市之间的距离,为两地经贸合作创造了条件。",
        # (the ends of a new waterway: 打通A和B…的通道)
        "该航线的开通,将打通济宁和重庆内河航运的新通道,带动东西部协作。",
    ],
)
def test_no_pairing_without_a_stated_relation(sentence):
    assert extract_text(sentence)["pairings"] == []


# --------------------------------------------------------------------------- pair table
@pytest.mark.parametrize(
    ("pattern", "example"), table_examples(PAIR_PATTERNS, label=lambda e: e.sentence[:16])
)
def test_every_pair_pattern_reads_its_examples(pattern, example):
    """The examples of each entry of the pair table are its tests: the pairs are read,
    and the entry's pattern finds them in the sentence's skeleton; an example with no
    pairs reads none."""
    from cqmap.geo.lexicon import lexicon
    from cqmap.geo.matcher import scan
    from cqmap.geo.qualified import join_qualified
    from cqmap.geo.skeleton import skeleton

    text = example.sentence
    got = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert got == {frozenset(pair) for pair in example.pairs}
    if example.pairs:
        shape = skeleton(text, 0, len(text), join_qualified(scan(text), lexicon(), text))
        assert pattern.regex.search(shape), shape


# --------------------------------------------------------------------------- as articles tell them
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # 两地 after a sentence that names exactly two places
        (
            "山东聊城,地处鲁西平原;重庆彭水,位于武陵山区。山南海北的两地,因东西部协作紧紧连在一起。",
            {("彭水县", "聊城市")},
        ),
        # …, and the one place the sentence of 两地 names, where it holds one of them
        (
            "重庆党政代表团踏上开往成都的列车。到四川去,与亲兄弟会面,共同召开两地党政联席会议。",
            {("重庆市", "四川省")},
        ),
        # …, but not where a place abroad comes before 两地: the sentence's own two
        (
            "首趟班列从涪陵区出发,驶往钦州市。货物运抵新加坡后,本地企业与新加坡企业间的合作"
            "将加深,开创两地物流的长效合作。",
            set(),
        ),
        # “两地” quoted is a slogan's word, no reference back
        (
            "山东港口集团与重庆物流集团签约。合作旨在围绕重庆“两点”定位、“两地”“两高”目标,"
            "携手建设内陆开放高地。",
            set(),
        ),
        (
            "山东省与重庆市领导座谈。会议提出深化两地合作,携手建设内陆开放高地。",
            {("重庆市", "山东省")},
        ),
        # a place and a part of it visited in one sentence: the partner is the place
        (
            "石柱县党政代表团先后前往内江市、内江市市中区永安镇等地考察合作。",
            {("石柱县", "内江市")},
        ),
        # a place inside a company's name is no party
        (
            "荣昌区党政代表团先后前往四川恒通动保生物科技公司、内江国际物流港等地考察合作。",
            set(),
        ),
    ],
)
def test_more_pairings_as_articles_tell_them(text, pairs):
    assert {(p["a"], p["b"]) for p in extract_text(text)["pairings"]} == pairs


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("会上,“同心共建美丽泸州”主题活动启动,各方表示将加强合作。", []),  # 同心: no 'with'
        ("会上,“同泸州共建产业园”主题活动启动,各方表示将加强合作。", [("江津区", "泸州市")]),
    ],
)
def test_tong_is_with_only_where_it_starts_no_word(sentence, pairs):
    record = extract_text("江津区召开工作会议。" + sentence)
    assert sorted((p["a"], p["b"]) for p in record["pairings"]) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a visit to a part of a partner is a visit to the partner
        (
            "石柱县与内江市签署合作协议。随后,石柱县代表团前往内江市市中区永安镇考察。",
            [("石柱县", "内江市", ["A与B", "A赴B、C"])],
        ),
        # with no pair of the whole, the visit stands
        (
            "石柱县代表团前往内江市市中区永安镇考察合作。",
            [("石柱县", "内江市市中区", ["A赴B、C"])],
        ),
        # a city visited is a party of its own, beside its province's pair
        (
            "重庆市代表团赴西藏昌都市考察对口支援工作。重庆市与西藏自治区举行合作座谈会。",
            [("重庆市", "昌都市", ["A赴B、C"]), ("重庆市", "西藏自治区", ["A与B"])],
        ),
    ],
)
def test_a_visit_to_a_part_of_a_partner_joins_the_partners_pair(text, pairs):
    record = extract_text(text)
    assert [
        (p["a"], p["b"], [e["pattern"] for e in p["evidence"]]) for p in record["pairings"]
    ] == pairs


@pytest.mark.parametrize(
    "text",
    [
        # the region opening the clause before a semicolon acts on after it
        "贵州加快建设开放通道,打通北上长江的水运通道;与重庆市深化合作,推动乌江航运发展。",
        "贵州加快建设开放通道;与重庆市深化合作。",
    ],
)
def test_a_region_acts_on_after_a_semicolon(text):
    assert [(p["a"], p["b"]) for p in extract_text(text)["pairings"]] == [("重庆市", "贵州省")]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # (visitors listed, each with the host they meet)
        (
            "6月4日,岳池县、武胜县两地法院来到合川,同合川区法院开了座谈交流会。",
            {("合川区", "岳池县"), ("合川区", "武胜县")},
        ),
        # (where a visitor is, in brackets after it, is an aside)
        (
            "近日,岳池县（四川省广安市）政协一行来到重庆市合川区考察交流。",
            {("合川区", "岳池县")},
        ),
    ],
)
def test_visitors_told_in_lists_and_with_asides(text, pairs):
    assert {(p["a"], p["b"]) for p in extract_text(text)["pairings"]} == pairs


def test_two_places_told_one_in_each_of_two_sentences_then_acting_together():
    """重庆市人民政府审定方案。…四川省人民政府也通过了这份方案,两地政府就此联手…: a pair; not
    两地虽一水相连 (what they are, not what they do together)."""
    text = (
        "2022年11月30日,重庆市人民政府审定方案。"
        "同年12月7日,四川省人民政府也通过了这份方案,两地政府就此联手完成了新区规划。"
    )
    pairs = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert pairs == {frozenset(("重庆市", "四川省"))}
    text = "重庆市召开了发布会。四川省的代表说,两地虽一水相连,铁路等级却偏低。"
    assert extract_text(text)["pairings"] == []


def test_the_one_place_named_where_a_meeting_is_held_is_no_party_then():
    """…在安徽屯溪会见…。随后双方共同…重庆…: 屯溪 is where they met, no party of the 两地
    that follows (the one place named as a party is: 重庆市人民政府审定方案 above)."""
    text = "4月1日,部长在安徽屯溪会见了来访的老挝部长。随后双方共同出席了重庆一家商会的开业仪式。"
    assert extract_text(text)["pairings"] == []
    text = "4月1日,部长在安徽屯溪召开了座谈会。随后双方共同出席了重庆一家商会的开业仪式。"
    assert extract_text(text)["pairings"] == []


def test_two_acting_together_are_no_partners_of_what_they_follow():
    """沙坪坝区和武侯区共同贯彻重庆的部署: 同 ends 共同, no word joining them to 重庆."""
    record = extract_text("沙坪坝区和武侯区共同贯彻重庆的部署。")
    assert {(p["a"], p["b"]) for p in record["pairings"]} == {("沙坪坝区", "武侯区")}


@pytest.mark.parametrize(
    "text",
    [
        "德州泰山体育与重庆安达体育签订了合作协议。",
        "建议深化重庆国际生物城与成都天府国际生物城的产业合作。",
        "重庆旅游商贸大厦与宕昌县招商局签订战略合作协议。",
        "重庆工商大学与岳池县人民政府签订人才合作协议。",
        "南岸区企业参加广交会。今年,公司又拿到订单,与澳门某某科技签订了销售合作协议。",
        # (items of a list of firms closed by 等企业, one named after its place)
        "随后,合川区经信委与成都蓉达机械、德阳东汽配件等企业洽谈合作。",
        "江津区与泸州恒丰酒业、宜宾凯达食品等企业签约合作。",
    ],
)
def test_businesses_and_parks_named_after_places_are_no_parties(text):
    """A business, a park or a university named after its place (…体育, …生物城, …大厦,
    …科技, …大学; a firm in a list closed by 等企业) signs for itself."""
    assert extract_text(text)["pairings"] == []


def test_places_listed_before_a_count_of_firms_are_partners_still():
    """与重庆、成都等企业: places alone in the list, the firms theirs, stay partners."""
    record = extract_text("营山县与重庆、成都等企业对接合作。")
    assert {(p["a"], p["b"]) for p in record["pairings"]} == {("重庆市", "营山县")}


@pytest.mark.parametrize(
    "text",
    [
        "推进毕节—遵义—黔江铁路的前期工作。深化与江津、涪陵的合作,合建港口中转基地。",
        "加快重庆至城口高速公路前期工作。加强与广安、邻水合作,共同开展顶层设计。",
    ],
)
def test_a_place_a_railway_or_road_is_named_by_is_no_subject(text):
    """黔江 in 毕节—遵义—黔江铁路, 城口 in 重庆至城口高速公路: the places a way is named by
    are no subject that the next sentence's partners work with."""
    assert extract_text(text)["pairings"] == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "遵义市港口建设工作要点。遵义市要建好乌江上的港口,遵义市各县要配合。"
            "深化与江津、涪陵的合作,合建港口中转基地。",
            {("涪陵区", "遵义市"), ("江津区", "遵义市")},
        ),
        (
            "广安市物流规划。广安市要畅通出川通道,广安市将开通更多班车。"
            "深化与渝北区合作,共建产业园区。",
            {("渝北区", "广安市")},
        ),
    ],
)
def test_a_page_written_from_the_other_side_is_its_own_places(text, pairs):
    """A page that names a place outside Chongqing first and again and again, far more
    than any of Chongqing's units, is that place's: it is who works with the units its
    clauses name without a first party."""
    assert {(p["a"], p["b"]) for p in extract_text(text)["pairings"]} == pairs


def test_a_page_of_chongqing_that_names_its_partner_often_stays_its_own():
    # (the unit's own page: it names itself first, though the partner more often)
    text = (
        "巫山县考察团赴巴东县考察。巴东县的景区多,巴东县的线路好,巴东县的酒店新。"
        "加强与神农架林区合作。"
    )
    pairs = {(p["a"], p["b"]) for p in extract_text(text)["pairings"]}
    assert pairs == {("巫山县", "巴东县"), ("巫山县", "神农架林区")}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # (a county listed as an item of its own beside its city: a party each)
        (
            "垫江县发改委同广安市、邻水县的发改部门签订了合作协议。",
            {("垫江县", "广安市"), ("垫江县", "邻水县")},
        ),
        (
            "梁平区与达州市和大竹县签订了合作协议。",
            {("梁平区", "达州市"), ("梁平区", "大竹县")},
        ),
        # (a county written with its city before its name: the city says where it lies)
        (
            "万州区水利局与达州市水利局、达州市宣汉水利局签订了合作协议。",
            {("万州区", "达州市")},
        ),
    ],
)
def test_a_part_listed_beside_its_whole_is_a_party_of_its_own(text, pairs):
    assert {(p["a"], p["b"]) for p in extract_text(text)["pairings"]} == pairs


@pytest.mark.parametrize(
    "text",
    ["南川区商会到四川部分县市考察交流。", "奉节县检察院深化同四川基层检察院的协作。"],
)
def test_a_region_before_words_of_some_of_its_parts_is_no_party(text):
    """四川部分县市, 四川基层检察院: the parts act, and the province only says where."""
    assert extract_text(text)["pairings"] == []
    # (the province's own body is a party)
    pairs = extract_text("奉节县检察院与四川省检察院签订协作协议。")["pairings"]
    assert [(p["a"], p["b"]) for p in pairs] == [("奉节县", "四川省")]
    # (a district's grassroots are its own: its staff sent to a partner)
    pairs = extract_text("巫山县基层教师被派到渝中区的学校跟岗学习,两地对口协同。")["pairings"]
    assert [(p["a"], p["b"]) for p in pairs] == [("渝中区", "巫山县")]


def test_a_partner_the_sentence_names_its_parties_with_is_not_the_subject_s_too():
    """…,深化与遵义的合作,推动綦江、南川与遵义共建…: the sentence names who works with
    遵义; the text's subject (江津区) is not taken as a party of 与遵义 as well."""
    text = "江津区发布了新规划。规划提出,深化与遵义的全方位合作,推动綦江、南川与遵义共建物流通道。"
    pairs = {(p["a"], p["b"]) for p in extract_text(text)["pairings"]}
    assert pairs == {("南川区", "遵义市"), ("綦江区", "遵义市")}
    # (a group acting as one names no party of its members: the subject pairs with them)
    text = (
        "长寿区交通局发布消息。规划提出,加强与渝北区的合作,渝北、合川、垫江三地将共同起草一份协议。"
    )
    pairs = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert frozenset(("长寿区", "渝北区")) in pairs and len(pairs) == 4
    # (with no party of its own named with the partner, the subject is the party)
    text = "万州区发布了规划。规划提出,加强与舟山市的合作,建好江海联运。"
    pairs = {(p["a"], p["b"]) for p in extract_text(text)["pairings"]}
    assert pairs == {("万州区", "舟山市")}


def test_an_agreement_signed_on_a_way_between_two_places_pairs_them():
    """A与B就修建两地间高速公路签下协议: the way is what they agreed on, and they signed;
    a way between two places told alone is still no relation of theirs."""
    text = "5月8日,江津区与习水县就修建两地间高速公路正式签下协议。"
    assert [(p["a"], p["b"]) for p in extract_text(text)["pairings"]] == [("江津区", "习水县")]
    text = "江津区与习水县之间的高速公路今年通车。"
    assert extract_text(text)["pairings"] == []


def test_an_aside_in_brackets_after_a_partys_region_keeps_the_pair():
    """两江新区(自贸区)法院和天府新区法院共同推出…: the aside names no region; the two
    courts' places are the pair."""
    text = "荣昌区(高新区)法院和内江市法院共同发布了一批典型案例。"
    assert [(p["a"], p["b"]) for p in extract_text(text)["pairings"]] == [("荣昌区", "内江市")]
