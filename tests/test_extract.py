"""Geoparsing: places, pairings, ports and routes read from the seed articles and from
sentences written for the purpose. Expectations come from reading the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tables import table_examples

from cqmap.geo.clean import DocumentError
from cqmap.geo.extract import (
    default_corpus,
    dumps,
    expand_paths,
    extract_bytes,
    extract_paths,
    extract_text,
)
from cqmap.geo.gazetteer import gazetteer
from cqmap.geo.matcher import find_mentions
from cqmap.geo.pairs import PAIR_PATTERNS
from cqmap.geo.route_forms import ROUTE_FORMS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    paths = expand_paths([SEEDS])
    out = {}
    for result in extract_paths(paths):
        assert result.error is None, result.error
        out[result.record["id"][:3]] = result.record
    return out


def test_default_corpus_is_the_bundled_seeds():
    # The installed copy of seeds/ is what `cqmap build` reads without PATH.
    names = [Path(p).name for p in default_corpus()]
    assert names == sorted(p.name for p in SEEDS.glob("*.txt")) and len(names) == 5


def places(text: str) -> list[str]:
    return [m.place for m in find_mentions(text)]


def pairs(record: dict) -> dict[frozenset, dict]:
    return {frozenset((p["a"], p["b"])): p for p in record["pairings"]}


# --------------------------------------------------------------------------- mentions
@pytest.mark.parametrize(
    "text, wrong",
    [
        ("双方加强合作,推动合作共赢。", "合作市"),  # cpca: 甘肃 合作市
        ("动力电池来自宁德时代位于宜宾的电池工厂", "宁德市"),
        ("长安汽车正全力推动两地新能源汽车产业集聚发展", "长安区"),  # jionlp
        ("成渝地区双城经济圈建设", "双城区"),
        ("万州区新田港二期合作协议", "新田县"),
        ("雪宝山—四面山—黑山谷生态康养游", "宝山区"),
        ("西工大重庆科创中心正式揭牌", "西工区"),
        ("两江新区鱼复新城与宜宾三江新区成为首批示范园区", "三江县"),
    ],
)
def test_false_positives_of_other_tools_are_not_made(text, wrong):
    found = places(text)
    assert wrong not in found
    assert all(not p.endswith(("县", "区")) or p in _known() for p in found)


def _known() -> set[str]:
    from cqmap.geo.gazetteer import gazetteer

    return set(gazetteer().places)


def test_nested_names_resolve_to_the_longest():
    assert places("两江新区鱼复新城与宜宾三江新区") == ["两江新区", "宜宾三江新区"]
    assert places("万州区新田港二期") == ["万州区", "新田港"]
    assert places("重庆江北国际机场") == ["江北国际机场"]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("从江北机场出发", "江北区"),
        ("游客在长寿湖边露营", "长寿区"),
        ("祝老人健康长寿", "长寿区"),
        ("码头位于长江南岸", "南岸区"),
        ("他对党忠诚", "忠县"),
        ("境内江河纵横", "内江市"),
        ("两江四岸灯火璀璨", "两江新区"),
        ("成都高新区企业", "重庆高新区"),
        ("合法国家机构", "法国"),
        ("今日本市发布通知", "日本"),
        ("祝大家平安康康、万事安康", "安康市"),
    ],
)
def test_ambiguous_short_forms_resolve_by_context(text, absent):
    assert absent not in places(text)


@pytest.mark.parametrize(
    "text, present",
    [
        ("江北区与酉阳县签订协议", "江北区"),
        ("渝北、江北两区", "江北区"),
        ("长寿海棠镇、云台镇与垫江澄溪镇", "长寿区"),
        ("南岸、巴南等区", "南岸区"),
        ("忠县石宝寨", "忠县"),
        ("重庆两江新区与高新区签署协议", "重庆高新区"),
        ("开县和梁平县", "开州区"),
        ("成都高新区企业", "成都高新区"),
        ("安康、汉中两市", "安康市"),
        # (a list told as places, and 以及 joining it)
        ("通往攀枝花以及昭通、六盘水等地的通道", "昭通市"),
        ("通往攀枝花以及昭通、六盘水等地的通道", "六盘水市"),
    ],
)
def test_short_and_former_names_resolve_in_context(text, present):
    assert present in places(text)


def test_composites_expand():
    assert places("覆盖万达开、万开云") == [
        "万州区",
        "达州市",
        "开州区",
        "万州区",
        "开州区",
        "云阳县",
    ]


# --------------------------------------------------------------------------- seeds
def test_seed_metadata(records):
    assert records["000"]["date"] == "10-08 10:00"
    assert records["000"]["outlet"] == "华龙网-新重庆客户端"
    assert records["001"]["title"] == "优势互补+共促共进 两江新区、万州区建立4个对口协同发展机制"
    assert records["001"]["date"] == "01-12 19:42:04"
    assert records["002"]["date"] == "2022-01-05 08:40:36"
    assert records["002"]["script"] == "traditional"
    assert records["004"]["date"] == "2023-01-17 15:06"
    assert records["004"]["outlet"] == "公民报"
    assert records["000"]["script"] == "simplified"


def test_seed_regions_and_counts(records):
    regions = {r["name"]: r for r in records["002"]["regions"]}
    for name in (
        "渝北区", "云阳县", "巴南区", "丰都县", "九龙坡区", "城口县", "开州区", "江津区",
        "万盛经开区", "合川区", "秀山县", "荣昌区", "黔江区", "重庆高新区", "长寿区", "垫江县",
        "大渡口区", "忠县", "彭水县", "两江新区", "万州区", "云阳县",
    ):  # fmt: skip
        assert name in regions, name
    # 达州 is named only inside 万达开, a grouping: no region of its own
    assert "达州市" not in regions
    assert regions["秀山县"]["adcode"] == "500241" and regions["秀山县"]["kind"] == "district"
    assert regions["两江新区"]["adcode"] is None and regions["两江新区"]["kind"] == "zone"
    # 两江新区 is hidden twice in GBK-shifted mojibake in 003: repaired, it is found
    rec = records["003"]
    mentions = {r["name"]: r for r in rec["regions"]}["两江新区"]["mentions"]
    text_hits = [m for m in mentions if m["surface"] in ("两江新区", "两江", "重庆两江新区")]
    assert len(text_hits) >= 40
    for r in rec["regions"]:
        for m in r["mentions"]:
            assert m["end"] > m["start"] >= 0


# Every pairing named in the five seeds (a, b, relation).
SEED_PAIRINGS = {
    "000": {("两江新区", "万州区", "official")},
    "001": {("两江新区", "万州区", "official")},
    "002": {
        ("两江新区", "万州区", "official"),
        ("渝北区", "云阳县", "official"),
        ("巴南区", "丰都县", "official"),
        ("九龙坡区", "城口县", "official"),
        ("江津区", "开州区", "official"),
        ("万盛经开区", "开州区", "official"),
        ("合川区", "秀山县", "official"),
        ("荣昌区", "丰都县", "official"),
        ("重庆高新区", "黔江区", "official"),
        ("长寿区", "垫江县", "official"),
        ("大渡口区", "忠县", "official"),
    },
    "003": {
        ("两江新区", "天府新区", "cooperation"),
        ("两江新区", "宜宾市", "cooperation"),
        ("两江新区", "眉山市", "cooperation"),
        ("两江新区", "广安市", "cooperation"),
        ("两江新区", "宜宾三江新区", "cooperation"),
        # 川渝: the municipality and the province (重庆市·四川省共建…), and 两江新区 with
        # the province (强化与四川其他地区合作)
        ("重庆市", "四川省", "cooperation"),
        ("两江新区", "四川省", "cooperation"),
    },
    "004": {("两江新区", "天府新区", "cooperation"), ("两江新区", "万州区", "official")},
}


@pytest.mark.parametrize("seed", sorted(SEED_PAIRINGS))
def test_every_seed_pairing_comes_out_and_nothing_else(records, seed):
    got = {(p["a"], p["b"], p["relation"]) for p in records[seed]["pairings"]}
    assert got == SEED_PAIRINGS[seed]


def test_pairing_evidence_quotes_the_sentence(records):
    rec = records["002"]
    pairing = pairs(rec)[frozenset(("黔江区", "重庆高新区"))]
    quotes = [e["quote"] for e in pairing["evidence"]]
    assert any("黔江区向重庆高新区出售" in q for q in quotes)
    for e in pairing["evidence"]:
        assert e["document"] == rec["id"]
        assert e["end"] > e["start"] and isinstance(e["sentence"], int)
    one_to_many = pairs(rec)[frozenset(("开州区", "江津区"))]
    assert any(
        "党政代表团先后赴江津区、万盛经开区分别签订协议" in e["quote"]
        for e in one_to_many["evidence"]
    )
    yubei = pairs(rec)[frozenset(("渝北区", "云阳县"))]
    assert any("研发在渝北、生产在云阳" in e["quote"] for e in yubei["evidence"])


def test_a_long_sentence_is_quoted_around_its_pair():
    """A sentence of thousands of characters is cut to MAX_QUOTE around the first party,
    so records grow with the readings, not with sentence length x readings."""
    from cqmap.geo.skeleton import MAX_QUOTE

    filler = "项目建设稳步推进，" * 400
    text = filler + "黔江区与北碚区签署对口协同协议，" + filler + "。"
    (pairing,) = extract_bytes(text.encode())["pairings"]
    (e,) = pairing["evidence"]
    assert len(e["quote"]) <= MAX_QUOTE + 2 and e["quote"].startswith("…")
    assert "黔江区与北碚区签署对口协同协议" in e["quote"]
    assert e["end"] - e["start"] > 7000  # the whole sentence is still located


def test_implied_subject_and_continued_pairs(records):
    # 004: "两江新区和万州区分别是…" then "2022年,双方携手设立…"
    pairing = pairs(records["004"])[frozenset(("两江新区", "万州区"))]
    assert any("双方携手设立" in e["quote"] for e in pairing["evidence"])
    # 003: "我们与四川宜宾、眉山、广安等地建立了战略合作关系" (the speaker is 两江新区)
    meishan = pairs(records["003"])[frozenset(("两江新区", "眉山市"))]
    assert any("我们与四川宜宾" in e["quote"] for e in meishan["evidence"])


def route(record: dict, **want) -> dict:
    for r in record["routes"]:
        if all(r[k] == v for k, v in want.items()):
            return r
    raise AssertionError(
        f"no route {want} in {[(r['name'], r['origin']) for r in record['routes']]}"
    )


def test_seed_routes(records):
    r = route(records["000"], name="万州—涪陵水水中转班轮")
    assert (r["origin"], r["destinations"], r["mode"], r["opened"]) == (
        "万州港",
        ["涪陵港"],
        "river",
        "06-06",
    )
    r = route(records["000"], name="沪渝集装箱直达快线(万州航线)")
    assert (r["origin"], r["destinations"], r["mode"], r["opened"]) == (
        "万州港",
        ["上海港"],
        "river",
        "06-22",
    )
    r = route(records["003"], name="四川南充港—重庆果园港集装箱班轮航线")
    assert (r["origin"], r["destinations"], r["mode"], r["opened"]) == (
        "南充港",
        ["果园港"],
        "river",
        "05-25",
    )
    r = route(records["003"], origin="两江新区", mode="road")
    assert r["destinations"] == ["成都市", "绵阳市"]
    r = route(records["003"], origin="宜宾港")  # (its boxes transship at 果园港: that leg)
    assert r["destinations"] == ["果园港"] and r["via"] == [] and r["mode"] == "river"
    r = route(records["004"], name="西部陆海新通道专列")
    assert r["origin"] == "果园港" and r["mode"] == "rail-sea"
    assert r["destinations"] == ["巴基斯坦", "英国", "加拿大"]
    assert len(r["evidence"]) >= 2  # also 果园港 as the corridor's first station
    # a corridor named without an end of its own is a corridor of the text, not a route
    assert not any(r["corridor"] == "中欧班列" for r in records["004"]["routes"])
    corridors = {c["name"]: c for c in records["004"]["corridors"]}
    assert corridors["中欧班列"]["mode"] == "rail" and corridors["中欧班列"]["evidence"]
    assert "长江黄金水道" in {c["name"] for c in records["003"]["corridors"]}


def test_seed_ports(records):
    ports = {p["name"]: p for p in records["003"]["ports"]}
    for name in ("果园港", "宜宾港", "泸州港", "广安港", "南充港", "广元港", "成都无水港"):
        assert name in ports
    assert ports["果园港"]["host"] == "江北区"
    assert ports["南充港"]["host"] == "南充市"
    ports0 = {p["name"]: p for p in records["000"]["ports"]}
    assert ports0["万州港"]["host"] == "万州区"
    # the port area the text names, with the port it belongs to
    assert ports0["新田港"]["parent"] == "万州港" and ports0["新田港"]["kind"] == "port area"
    assert ports0["万州港"]["parent"] == "重庆港"


def test_unresolved_places_are_reported_not_guessed(records):
    unresolved = {u["surface"] for u in records["002"]["unresolved"]}
    assert {"海棠镇", "云台镇", "澄溪镇"} <= unresolved
    unresolved0 = {u["surface"] for u in records["000"]["unresolved"]}
    assert {"走马镇", "恒合乡"} <= unresolved0
    for rec in records.values():
        for u in rec["unresolved"]:
            assert u["surface"] not in _known()


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
    ],
)
def test_no_pairing_without_a_stated_relation(sentence):
    assert extract_text(sentence)["pairings"] == []


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


# --------------------------------------------------------------------------- contract
def test_output_is_stable_and_schema_is_complete(records):
    paths = expand_paths([SEEDS])
    first = dumps([r.record for r in extract_paths(paths)])
    second = dumps([r.record for r in extract_paths(paths, jobs=2)])
    assert first == second
    doc = json.loads(first)["documents"][0]
    assert list(doc) == [
        "id", "path", "title", "date", "outlet", "encoding", "script", "cleaning",
        "regions", "pairings", "ports", "routes", "corridors", "unresolved",
    ]  # fmt: skip
    assert list(doc["regions"][0]) == ["name", "adcode", "kind", "mentions"]
    assert list(doc["ports"][0]) == ["name", "kind", "parent", "host", "derived", "mentions"]
    assert list(doc["routes"][0]) == [
        "name", "names", "origin", "destinations", "via", "mode", "opened",
        "opened_year_inferred", "corridor", "evidence",
    ]  # fmt: skip
    assert list(doc["regions"][0]["mentions"][0]) == ["surface", "start", "end", "sentence"]
    assert list(doc["pairings"][0]) == ["a", "b", "relation", "evidence"]
    lines = dumps([r.record for r in extract_paths(paths)], fmt="jsonl").splitlines()
    assert len(lines) == 5 and all(json.loads(line)["id"] for line in lines)


def test_bad_files_give_one_line_errors_and_the_rest_still_runs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("两江新区与万州区签署对口协同协议。", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    results = list(extract_paths([str(empty), str(good), str(binary)]))
    assert [r.error is None for r in results] == [False, True, False]
    for r in (results[0], results[2]):
        assert "\n" not in r.error and r.path in r.error
    assert results[1].record["pairings"][0]["a"] == "两江新区"


def test_stdin_bytes_in_another_encoding():
    data = "九龙坡区与城口县签署对口协同协议。".encode("gb18030")
    (result,) = extract_paths(["-"], stdin=data)
    assert result.record["id"] == "stdin" and result.record["path"] is None
    assert result.record["pairings"][0]["b"] == "城口县"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes_the_extractor(text):
    rec = extract_text(text)
    json.dumps(rec, ensure_ascii=False)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["两江新区", "与", "万州区", "、", "携手", "签署", "协议", "。", "\n", "果园港", "—",
             "班轮", "从", "驶往", "成都", "两地", "双方", "沪渝", "快线", "(", ")", "?", "高新区"]
        ),
        max_size=40,
    )
)  # fmt: skip
def test_dense_place_text_never_crashes(parts):
    text = "".join(parts)
    if not text.strip():
        with pytest.raises(DocumentError):
            extract_bytes(text.encode("utf-8"))
        return
    rec = extract_bytes(text.encode("utf-8"))
    for r in rec["regions"]:
        assert r["mentions"]


# --------------------------------------------------------------------------- reading fast
# The pair patterns run over whole documents, rewritten to run in linear time: these check
# that they read exactly what the patterns as first written read, sentence by sentence.
def test_private_use_characters_of_the_text_are_not_places():
    # A private-use character in the text once read as a mention (or crashed the reader).
    for text, pair in [
        ("两江新区与万州区签署协议,\ue0ff与万州区合作。", ("两江新区", "万州区")),
        ("两江新区\ue001与万州区签署协议。", ("两江新区", "万州区")),
        ("\ue000与两江新区、万州区签署协议。", None),
    ]:
        got = {(p["a"], p["b"]) for p in extract_text(text)["pairings"]}
        assert got == ({pair} if pair else set()), text


# Skeleton pieces: tokens (three regions, a port, a composite), the patterns' words,
# punctuation, and letters that make long gaps.
_SKELETON_PIECES = list("\ue000\ue001\ue002\ue800\uec00、，,。；;：:“ \nxxxx") + [
    "与", "和", "同", "跟", "及", "以及", "携手", "联手", "结对", "对口协同", "协同", "帮扶",
    "先后", "赴", "到", "来到", "派驻", "前往", "向", "为", "出售", "提供", "研发在", "在",
    "生产在", "引导", "支持", "落户", "两地", "签署", "共同", "·", "产业", "我们", "新区",
    "除了", "进一步", "强化", "并", "则", "京东方公司", "经济运行局", "分别", "都", "—", "对口",
    "等", "三地", "一体化",
]  # fmt: skip
# (the words of later rules, drawn apart so that their combinations come up often)
_RULE_PIECES = list("\ue000\ue001\ue002\ue800\uec00、，,。；;： x") + [
    "与", "和", "同", "同属", "及", "一行", "在", "陪同下", "先后", "到", "前往", "请求",
    "恳请", "两县", "两地", "·", "周", "周年", "文化周", "为", "带来", "注入", "三地", "共同",
    "合作", "的", "负责同志", "等", "对口支援", "支援", "援助",
]  # fmt: skip
_SKELETONS = st.sampled_from([_SKELETON_PIECES, _RULE_PIECES]).flatmap(
    lambda pieces: st.lists(st.sampled_from(pieces), max_size=40).map("".join)
)


def _spans(m, names) -> tuple:
    return (m.end(), *(m.span(n) if m.group(n) is not None else None for n in names))


@settings(max_examples=400, deadline=None)
@given(_SKELETONS)
def test_fast_pair_patterns_read_as_the_plain_ones(skeleton):
    """Each entry of the pair table runs a pattern written for speed (guards): it finds
    what its plain pattern finds."""
    import re

    from cqmap.geo.pairs import PAIR_PATTERNS

    for pattern in PAIR_PATTERNS:
        written = re.compile(pattern.plain)
        names = sorted(written.groupindex)
        assert [_spans(m, names) for m in pattern.regex.finditer(skeleton)] == [
            _spans(m, names) for m in written.finditer(skeleton)
        ], pattern.name


_FREIGHT_PIECES = list("\ue000\ue001，。x到运货") + [
    "货运输",
    "运输",
    "货运",
    "班列",
    "3万吨",
    "铁路",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FREIGHT_PIECES), max_size=30).map("".join), st.data())
def test_a_bare_to_is_looked_up_as_the_plain_search_finds(skeleton, data):
    """Whether a bare 到 tells something carried is found among the sentence's words of
    freight, found once: it says what a search of its clauses says."""
    from cqmap.geo import route_ends as E

    if not skeleton:
        return
    k = data.draw(st.integers(0, len(skeleton) - 1))
    at = data.draw(st.integers(k, len(skeleton) - 1))
    start = max(skeleton.rfind(c, 0, k) for c in E.CLAUSE_ENDS) + 1
    end = E.clause_end(skeleton, at, len(skeleton))
    plain = E._CARRIED.search(skeleton, start, end) is not None
    assert E._carried_to(skeleton, k, at) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(_SKELETONS, min_size=1, max_size=6))
def test_document_reading_equals_sentence_reading(sentences):
    """A document skeleton finds, in each sentence, the matches of its own skeleton."""
    import re
    from bisect import bisect_right

    from cqmap.geo import pair_matching as R

    sentences = [s.replace("\x00", "") for s in sentences]
    document = R._SEP + R._SEP.join(sentences) + R._SEP
    starts = [1]
    for s in sentences[:-1]:
        starts.append(starts[-1] + len(s) + 1)

    def per_document(regex):
        found = [[] for _ in sentences]
        for m in regex.finditer(document):
            k = bisect_right(starts, m.end() - 1) - 1
            groups = {
                n: (m.start(n) - starts[k], m.end(n) - starts[k])
                for n in m.groupdict()
                if m.group(n) is not None
            }
            found[k].append((m.lastgroup, m.end() - starts[k], groups))
        return found

    def per_sentence(regex):
        return [
            [
                (
                    m.lastgroup,
                    m.end(),
                    {n: m.span(n) for n in m.groupdict() if m.group(n) is not None},
                )
                for m in regex.finditer(s)
            ]
            for s in sentences
        ]

    leading = R._combined([p.pattern for p in R._LEADING])
    assert per_document(R._LEADING_RE) == per_sentence(leading)
    for pattern, regex in R._OTHERS_RE + R._IMPLIED_RE:
        assert per_document(regex) == per_sentence(re.compile(pattern.pattern)), pattern.name


def test_document_patterns_cannot_cross_a_sentence_boundary():
    """Nothing a document pattern consumes or looks ahead at matches the separator: every
    negated class excludes it, and there is no "." or "^" (checked on the parse). Behind a
    region, a lookbehind may use "." for the region itself."""
    import re._constants as C
    import re._parser as parser

    from cqmap.geo import pair_matching as R

    def check(items, behind=False):
        for op, av in items:
            if op is C.IN and av and av[0][0] is C.NEGATE:
                assert any(
                    (o is C.LITERAL and v == 0) or (o is C.RANGE and v[0] == 0) for o, v in av[1:]
                ), av
            if op is C.IN:
                assert not any(o is C.CATEGORY and v is not C.CATEGORY_SPACE for o, v in av), av
            assert op is not C.ANY or behind
            assert not (op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING))
            if op in (C.ASSERT, C.ASSERT_NOT):
                check(av[1].data, behind=av[0] < 0)
                continue
            for sub in av if isinstance(av, (tuple, list)) else ():
                for x in sub if isinstance(sub, (tuple, list)) else (sub,):
                    if isinstance(x, parser.SubPattern):
                        check(x.data, behind)

    for regex in [R._LEADING_RE, *(r for _, r in R._OTHERS_RE + R._IMPLIED_RE)]:
        check(parser.parse(regex.pattern).data)


# --------------------------------------------------------------------------- start-up
@pytest.mark.parametrize(("copies", "loads_numpy"), [(1, False), (100, True)])
def test_numpy_is_loaded_only_when_a_corpus_pays_for_it(copies, loads_numpy):
    """An article or two are read without numpy (its import costs more than it saves);
    a corpus of Traditional text switches to array lookups, with the same records."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from cqmap.geo.extract import dumps, extract_bytes\n"
        f"data = open({str(SEEDS / '002_f8a72875693deaa6.txt')!r}, 'rb').read()\n"
        f"records = [extract_bytes(data) for _ in range({copies})]\n"
        "assert len({dumps([r]) for r in records}) == 1\n"
        "print('numpy' in sys.modules)\n"
        "sys.stdout.write(dumps(records[-1:]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded, record = out.stdout.split("\n", 1)
    assert loaded == str(loads_numpy)
    data = (SEEDS / "002_f8a72875693deaa6.txt").read_bytes()
    assert record == dumps([extract_bytes(data)])  # (numpy is loaded in this process)


# --------------------------------------------------------------------------- pair table
@pytest.mark.parametrize(
    ("pattern", "example"), table_examples(PAIR_PATTERNS, label=lambda e: e.sentence[:16])
)
def test_every_pair_pattern_reads_its_examples(pattern, example):
    """The examples of each entry of the pair table are its tests: the pairs are read,
    and the entry's pattern finds them in the sentence's skeleton; an example with no
    pairs reads none."""
    from cqmap.geo.matcher import lexicon, scan
    from cqmap.geo.qualified import join_qualified
    from cqmap.geo.skeleton import skeleton

    text = example.sentence
    got = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert got == {frozenset(pair) for pair in example.pairs}
    if example.pairs:
        shape = skeleton(text, 0, len(text), join_qualified(scan(text), lexicon(), text))
        assert pattern.regex.search(shape), shape


# --------------------------------------------------------------------------- route forms
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


# --------------------------------------------------------------------------- false places
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("推动成渝地区双城经济圈建设走深走实。", "成都市"),  # a grouping
        ("成渝城市群一体化发展提速。", "成都市"),
        ("成都平原经济区与川南经济区协同发展。", "成都市"),  # a landform
        ("新华社北京5月3日电 重庆果园港迎来新航线。", "北京市"),  # an agency's dateline
        ("中新网重庆3月12日电 班列从果园港出发。", "重庆市"),
        ("新码头位于长江重庆段南岸的一处缓坡上。", "南岸区"),  # a bank
        ("嘉陵江北碚段航道整治完工。", "江北区"),  # a river before a district
        ("巫溪代表团先后前往大田湾体育场考察。", "大田县"),  # a word that goes on
        ("一辆辆“中国造”汽车驶入果园港。", "中国"),  # a set phrase of a kind
        ("奋力谱写中国式现代化重庆篇章。", "中国"),
        ("央视《今日中国》节目走进重庆。", "中国"),
        ("江淮运河航线开通,货船从阜阳港出发。", "运河区"),  # a canal
        ("合川区啸马村与岳池县凤凰村签约。", "马村区"),  # a village's name
        ("港口有效辐射川东、黔西、湘西、陕南等地区。", "黔西市"),  # parts of provinces
        ("港口有效辐射川东、黔西、湘西、陕南等地区。", "湘西土家族苗族自治州"),
        ("这是鄂西湘西地区物资外运的通道。", "湘西土家族苗族自治州"),
        ("港口辐射四川东部、陕甘南部、鄂湘西部。", "甘南藏族自治州"),  # 甘's south
        ("港口辐射四川东部、陕甘南部、鄂湘西部。", "湘西土家族苗族自治州"),
        ("在立石、吉安等毗邻镇开展套种。", "吉安市"),  # towns
        ("舟山—重庆 江海直达航线开通。", "江海区"),  # 江海 is river and sea
        ("秀山站成为西部陆海新通道始发站点。", "通道侗族自治县"),  # inside a corridor's name
        ("列车从钦州港东站出发,三天后抵达山城重庆。", "山城区"),  # a word before a name
        ("首列成都城厢—重庆果园港班列开通。", "城厢区"),  # a part of the city before it
        ("山城重庆携手成都共建经济圈。", "山城区"),  # a word before a name, then 携手
        ("转自:中国水运网\n重庆港的班轮开往宁波。", "中国"),  # an outlet's name
        ("重庆日报记者从万州获悉,班轮开通。", "重庆市"),
        ("以新时代中国特色社会主义思想为指导。", "中国"),  # a set phrase
        ("为武陵山区乡村振兴提供保障。", "武陵区"),  # a mountain, and 乡村 is no town
        ("公司副总经理罗海林、重庆宜化公司董事长先后致辞。", "海林市"),  # a person
        ("相比经长江抵达东部沿海城市再出海的线路。", "海城市"),  # coastal cities
        ("昨日召开县委常委会议。", "开州区"),  # 召开 县委, not 开县
        ("两地表示将缔结友好区县,深化合作。", "友好区"),  # friendship, not 伊春's 友好区
        ("代表团来渝北区考察。", "重庆市"),  # 渝北区, not 渝 visited
        ("货物运到川东北地区。", "四川省"),  # a part of a province
        ("当地有哈萨克族、塔吉克族群众。", "哈萨克斯坦"),  # a people
        ("重庆与四川合作。代表团来璧考察。", "璧山区"),  # a host the text does not name
    ],
)
def test_false_places_are_not_read(text, absent):
    assert absent in gazetteer().places  # (a name the matcher could read)
    record = extract_text(text)
    assert absent not in {r["name"] for r in record["regions"]}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("项目位于长寿的化工园区。", "长寿区"),  # a weak short form in a strong context
        ("嘉陵江北碚段航道整治完工。", "北碚区"),
        ("货物经湖北枝江转运。", "枝江市"),  # its province before it
        ("班列抵达老挝万象。", "万象"),
        ("宁波江北区与重庆江北区签署协议。", "宁波市江北区"),  # a shared name, qualified
        ("货物从陇南运至广元港。", "陇南市"),  # a word of moving on after it
        ("班列抵达万象后卸货。", "万象"),
        ("货物运抵老挝琅勃拉邦和万象。", "万象"),  # listed after a confirmed one
        ("列车经满洲里出境,最终抵达莫斯科。", "莫斯科"),  # not the weak 达莫 across 抵达
        ("贵州省党政代表团来渝考察。", "重庆市"),  # a province's one-character name
        ("市领导赴川调研产业合作。", "四川省"),
        ("列车沿途经过塔吉克、吉尔吉斯和土库曼三个国家。", "吉尔吉斯斯坦"),  # Taiwan's short names
        ("璧山区位于重庆西部。华蓥市代表团来璧考察。", "璧山区"),  # the host's first character
        ("他们抵达波兰中西部最大的城市波兹南。", "波兹南"),  # a word that says it is a city
        # (a country after its continent, of any country of it: GeoNames' continents)
        ("班列预计40天到达非洲莫桑比克和纳米比亚。", "莫桑比克"),
        ("班列预计40天到达非洲莫桑比克和纳米比亚。", "纳米比亚"),
        ("货物运抵南美巴拉圭。", "巴拉圭"),
    ],
)
def test_places_in_a_strong_context_are_read(text, present):
    assert present in {r["name"] for r in extract_text(text)["regions"]}


def test_a_composite_after_zhi_is_where_a_line_goes_not_a_line_of_its_own():
    """九江至川渝始发集装箱班轮: 川渝 is where the line from 九江 goes, no 四川—重庆 line."""
    routes = extract_text("在沿江向西开通九江至川渝始发集装箱班轮。")["routes"]
    assert routes and all(r["origin"] == "九江港" for r in routes)


def test_a_service_opened_in_the_next_sentence_is_no_onward_leg():
    """开行至俄罗斯的班列 in the sentence after a line to 塔什干 opens a service of its own:
    the first line still ends at 塔什干."""
    text = (
        "今年,湛江市已向西开行至乌兹别克斯坦塔什干的中欧班列。"
        "此外,成功向北开行至俄罗斯的中欧接续班列。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes][:1] == [("湛江市", ["塔什干"])]


def test_a_hosts_first_character_that_is_also_a_provinces_is_the_host():
    """来黔考察 in a text naming 黔江区: the host (黔江), once, not Guizhou as well."""
    record = extract_text("安徽省岳西县考察团一行来黔考察。黔江区领导陪同调研。")
    names = {r["name"] for r in record["regions"]}
    assert "黔江区" in names and "贵州省" not in names
    assert [(p["a"], p["b"]) for p in record["pairings"]] == [("黔江区", "岳西县")]


def test_a_train_goes_on_where_the_next_sentence_says():
    text = "首趟班列从鱼嘴站出发,驶往钦州港。班列将经钦州港运输至越南、印度等地。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"], route["via"]) == (
        "鱼嘴站",
        ["越南", "印度"],
        ["钦州港"],
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
        "首趟班列从鱼嘴站驶出,开往钦州港。鱼嘴站是陆海新通道的重要节点。"
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


def test_a_train_does_not_go_on_to_where_it_is_planned_to_go():
    text = (
        "首趟班列从团结村出发,经凭祥出境后前往越南河内。该班列远期将通过泛亚铁路直达泰国、新加坡。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["destinations"] == ["河内"] and route["via"] == ["凭祥"]


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


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_an_article_with_up_to_one_percent_bad_bytes_still_yields_its_places(data):
    seed = (SEEDS / "000_8773d324a35f446d.txt").read_bytes()
    clean = {r["name"] for r in extract_bytes(seed)["regions"]}
    spoilt = bytearray(seed)
    count = data.draw(st.integers(1, len(seed) // 100))
    for _ in range(count):
        spoilt[data.draw(st.integers(0, len(seed) - 1))] = data.draw(st.integers(0, 255))
    record = extract_bytes(bytes(spoilt))
    found = {r["name"] for r in record["regions"]}
    assert len(found & clean) >= 0.7 * len(clean)
    assert record["cleaning"]["bytes_replaced"] <= 4 * count


# --------------------------------------------------------------------------- facilities
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
        ("朱沱港铁路集疏运中心建成投用。", "朱沱港铁路集疏运中心", "朱沱港", "永川区"),
        # (a station's yard, after the station: 货场)
        ("列车缓缓驶入万州站货场。", "万州站货场", "万州站", "万州区"),
        ("集装箱从团结村货场发出。", "团结村货场", "团结村", "沙坪坝区"),
        # (a port written with 区, its area: the table's 秭归港)
        ("汽车运抵宜昌港秭归港区茅坪作业区。", "茅坪作业区", "秭归港", "宜昌市"),
        # airports: a place and 机场 (a plane taking off from it), or a name of its own
        ("货机从宜昌机场起飞。", "宜昌机场", None, "宜昌市"),
        ("货物运抵贵阳龙洞堡国际机场。", "贵阳龙洞堡国际机场", None, "贵阳市"),
        # (named after a district its city holds: that district's)
        ("货机从南充市高坪机场起飞。", "高坪机场", None, "高坪区"),
        # a railway's yard or freight hub at a place
        ("一列货车从新疆塔城地区乌苏铁路货场启动。", "乌苏铁路货场", None, "乌苏市"),
        ("冷链班列驶离南宁铁路物流中心。", "南宁铁路物流中心", None, "南宁市"),
        ("专列由武汉东西湖铁路集装箱中心站开出。", "东西湖铁路集装箱中心站", None, "东西湖区"),
        # a port of entry by its kind, or of its own name after a country (named without it)
        ("冷链车开进成都铁路口岸。", "成都铁路口岸", None, "成都市"),
        ("车队途中经过老挝班海口岸。", "班海口岸", None, "老挝"),
        # a port's terminal, named after 的
        ("安庆港的五里庙集装箱码头上桥吊往来不停。", "五里庙集装箱码头", "安庆港", "安庆市"),
        # (a station's freight base: a part of it; 南京货运中心 alone is an office)
        ("合肥北站物流基地响起汽笛声。", "合肥北站物流基地", "合肥北站", "合肥市"),
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
        # (a port of its own name right after its city, the ship setting off from it)
        ("船队从宜城市小河港起程。", "宜城市小河港", None, "宜城市"),
        ("首航仪式在济宁春江港举行。济宁市开出多条航线。", "济宁春江港", None, "济宁市"),
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


def test_a_place_after_china_is_china_s_and_goods_coming_back_are_no_onward_leg():
    """中国义乌: a weak short form told as a place of China; 中国中西部 names no 中西区;
    马德里拉响汽笛 is 马德里; goods carried back to 中国 do not move a train's end."""
    regions = {r["name"] for r in extract_text("另一列班列从中国义乌发出。")["regions"]}
    assert "义乌市" in regions
    regions = {r["name"] for r in extract_text("重庆是中国中西部唯一的直辖市。")["regions"]}
    assert "中西区" not in regions
    regions = {r["name"] for r in extract_text("班列在西班牙的首都马德里拉响汽笛启程。")["regions"]}
    assert "马德里" in regions
    text = (
        "由义乌驶向马德里的那一列班列载着手机。"
        "借助这条班列,中国商品走向海外,沿线各国的商品也被运到中国。"
    )
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("义乌市", ["马德里"])]


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


def test_an_airport_named_with_and_without_guoji_is_one():
    text = "货物运抵贵阳龙洞堡国际机场。贵阳龙洞堡机场货运量增长。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["贵阳龙洞堡国际机场"]


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
    ],
)
def test_words_of_kind_before_a_facility_word_name_no_facility(text):
    assert extract_text(text)["ports"] == []


def test_a_grouping_may_stand_between_a_routes_ends_and_its_service():
    text = "北碚区开通了北碚犁子林码头至南充河西码头的川渝水路货运航线。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("北碚犁子林码头", ["南充河西码头"])


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


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        (
            "预计年底前,果园、珞璜、新田、龙头四大枢纽港全部投运。",
            ["果园港", "珞璜港", "新田港", "龙头港"],
        ),
        ("规划了永川朱沱、渝北洛碛、武隆白马等9个专业化重点港口。", ["朱沱港", "洛碛港", "白马港"]),
        ("已形成以主城、涪陵、万州三个枢纽港区为龙头的港口体系。", ["涪陵港", "万州港"]),
        ("港口与重庆江北、成都天府两大机场联通。", ["江北国际机场", "天府国际机场"]),
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
        "万州、涪陵、江津加快发展港口物流。",  # no count, no 等
        "万州、涪陵、江津等区县加快发展港口物流。",  # 等, then no kind of port
    ],
)
def test_a_list_of_places_before_other_words_names_no_ports(text):
    record = extract_text(text)
    assert record["ports"] == []
    assert {r["name"] for r in record["regions"]} == {"万州区", "涪陵区", "江津区"}


def test_a_list_of_places_sharing_a_facility_word_names_a_facility_of_each():
    record = extract_text("本年拟建立德阳、昭通等无水港。")
    ports = {p["name"]: p["host"] for p in record["ports"]}
    assert ports == {"德阳无水港": "德阳市", "昭通无水港": "昭通市"}


def test_the_lines_of_one_list_stay_apart_though_one_port_holds_another():
    text = "重庆共有重庆—宜昌、忠县—宜昌、万州—宜昌三条滚装航线。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("重庆市", ("宜昌港",)), ("忠县港", ("宜昌港",)), ("万州港", ("宜昌港",))}


def test_a_named_line_takes_the_ends_its_movement_names_and_no_more():
    text = (
        "“重庆港—宁波舟山港”江海直达航线常态化开行:货轮驶离涪陵黄旗港,直达宁波舟山港,"
        "随后这批货物将换装海船出口至新加坡。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("黄旗作业区", ["宁波舟山港"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11艘船舶从遵义港沙湾港区出发,沿着乌江直奔涪陵黄旗港。", [("沙湾港区", ["黄旗作业区"])]),
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
        ("2017年9月,西部陆海新通道的前身——渝黔桂新“南向通道”班列开通运营。", []),
        # (a railway named by its ends: no service)
        ("成渝铁路复线货运班列增多。", []),
        # (渝甬 one of the directions counted, no line of its own)
        ("园区开行中欧班列、渝满俄、渝甬四向国际班列线路62条。", []),
    ],
)
def test_more_ways_to_go(text, expected):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


# --------------------------------------------------------------------------- parts of the world
def test_a_part_of_the_world_is_a_routes_end_and_no_region():
    record = extract_text("首趟班列从小南垭站出发,开往欧洲。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("小南垭站", ["欧洲"])]
    assert record["regions"] == []
    assert gazetteer().holds("欧洲", "杜伊斯堡") and gazetteer().holds("东南亚", "河内")


def test_places_abroad_listed_together_confirm_each_other():
    record = extract_text("航点主要包括列日、纽约、悉尼、布拉格等。")
    assert [r["name"] for r in record["regions"]] == ["列日", "纽约", "悉尼", "布拉格"]
    # (two alone do not: each is a weak name)
    assert extract_text("航点包括列日、布拉格。")["regions"] == []


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


def test_a_train_to_a_part_of_the_world_told_again_by_its_city_is_one_route():
    text = "首趟班列从团结村出发,开往欧洲。班列将于16天后抵达德国杜伊斯堡。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("团结村", ["杜伊斯堡"])


def test_trains_days_apart_to_a_part_of_the_world_and_a_city_in_it_stay_two():
    text = (
        "28日,一列班列从兴隆场站发往越南河内。同日,一趟回程班列运抵兴隆场站。"
        "此前一天,一列电子产品专列已从兴隆场站开往东盟国家。"
    )
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {("兴隆场站", ("河内",)), ("兴隆场站", ("东南亚",))}


def test_the_centre_and_east_of_a_country_is_no_middle_east():
    assert [m for m in find_mentions("中东部地区的企业加快发展。") if m.place == "中东"] == []


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
    """A facility the table does not have is placed as its own text says (釜山港 of 韩国的
    釜山港 at 韩国; of 挂靠釜山 at the city): read in either order, in one process, each
    text's record is the same (it was the first text's, for every text after it)."""
    import os
    import subprocess
    import sys

    texts = [
        "班轮从盐卡港区出发,先靠韩国的釜山港,再到名古屋。",
        "货轮从钦州港出发,挂靠釜山、新加坡。",
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
    hosts = [{p["name"]: p["host"] for p in forward[t]}["釜山港"] for t in texts]
    assert hosts == ["韩国", "釜山"]


def test_the_day_since_which_a_service_has_run_is_its_opening():
    text = (
        "11月16日,记者从铁路局获悉,重庆至宁波铁海联运班列开行突破550列。"
        "自2018年1月23日渝甬铁海联运班列开行以来,业务量稳步提升。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2018-01-23"


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
    text = f"7月11日,一列中欧班列从团结村中心站驶出,驶向德国杜伊斯堡。\n{told}"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["opened"]) == ("团结村", opened)


def test_same_month_opening_a_sentence_is_the_month_told_before():
    """同月 opening a sentence: the month of the date told before, whatever route it dates."""
    text = "今年6月,镇江至万州的粮食集装箱班轮正式开行。同月,万州至上海的直达班轮首航,驶离万州港。"
    record = extract_text("发布时间:2021-11-24\n" + text)
    opened = {r["destinations"][0]: r["opened"] for r in record["routes"]}
    assert opened["上海港"] == "2021-06"


def test_a_crossing_passed_with_its_epithet_is_a_stop_and_the_train_told_at_it_is_one():
    """越过北大门满洲里: a stop; the train told leaving the crossing first is the same."""
    text = (
        "新年刚开头,“粤满俄”班列已取道北大门满洲里驶出国门,朝俄罗斯的莫斯科开去。"
        "据海关介绍,该班列从东莞石龙站开出,越过北大门满洲里,终点是俄罗斯的莫斯科。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("石龙站", ["莫斯科"], ["满洲里"])]


def test_what_came_after_a_date_is_not_dated_by_it():
    """此后 opening a sentence: its lines opened later than the date told before it."""
    text = (
        "2021年3月,两港试行联动接卸。"
        "此后,芜湖港陆续开通了通往上海洋山的联盟航线、通往上海外高桥的外贸直达航线。"
    )
    record = extract_text(text)
    assert [r["opened"] for r in record["routes"]] == [None, None]


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


def test_an_alternative_border_crossing_in_brackets_is_no_origin():
    """经阿拉山口(霍尔果斯)出境: both crossings are stops; the line has no origin told."""
    text = "渝新欧铁路2011年正式开通,经新疆阿拉山口(霍尔果斯)出境,进入哈萨克斯坦,至德国的杜伊斯堡。"
    assert not [r for r in extract_text(text)["routes"] if r["origin"] == "霍尔果斯"]


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


def test_the_day_a_reporter_learnt_of_it_is_no_opening():
    text = "11月16日,记者从铁路局集团有限公司获悉,重庆至宁波铁海联运班列开行突破550列。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] is None


def test_a_provinces_short_name_and_a_direction_is_no_foreign_city():
    # 川西 is the west of Sichuan; Kawanishi keeps its full name 川西市
    assert gazetteer().candidates("川西") == ()
    assert gazetteer().places[gazetteer().candidates("川西市")[0]].province == "日本"
    assert extract_text("辐射川东北、成都平原及川西方向。")["regions"] == []


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
    ],
)
def test_where_a_train_is_sent_to_and_has_been(text, expected):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "千吨级船舶可从四川广元直达上海。",  # what ships can do
        "形成了一条从广元出发,经南充、广安至重庆的水上出川大通道。",  # a waterway
    ],
)
def test_what_ships_can_do_and_a_waterway_are_no_service(text):
    assert extract_text(text)["routes"] == []


def test_a_movement_ends_where_the_sentence_starts_another():
    text = "两艘货船当日从广元起锚,标志着千吨级船舶可从四川广元直达上海。"
    assert extract_text(text)["routes"] == []


def test_where_the_cargo_is_from_is_not_where_the_train_leaves():
    text = "在钦州港东站,一列装载越南腰果的班列启程驶往重庆两江新区。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "钦州港东站"


def test_a_station_named_after_its_port_is_the_station():
    text = "一列专列从重庆果园港鱼嘴站发出,预计48小时后抵达广州南沙港。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "鱼嘴站" and gazetteer().places["鱼嘴站"].parent == "果园港"


@pytest.mark.parametrize(
    ("text", "opened", "inferred"),
    [
        # (the report's year, told as 今年, where nothing finer is: marked inferred)
        ("今年,果园港开通至宜宾港的水水中转航线。", "2023", True),
        ("去年,果园港开通至宜宾港的水水中转航线。", "2022", True),
        # (a plan, dated or not, has opened on no day)
        ("2024年,果园港还将开通至宜宾港的水水中转航线。", None, False),
        # (the runs of a service counted from its start are no opening)
        ("2023年,果园港至宜宾港航线开行突破500班。", None, False),
    ],
)
def test_a_year_the_report_tells_as_its_own_dates_an_opening(text, opened, inferred):
    (route,) = extract_text("发布时间:2023-12-28 10:00\n" + text)["routes"]
    assert (route["opened"], route["opened_year_inferred"]) == (opened, inferred)


def test_the_first_train_of_a_year_since_which_it_has_run_is_its_opening():
    """自2011年首列…开行以来 dates the service (not 2024年首趟, the year's first run)."""
    text = "自2011年首列重庆至德国杜伊斯堡的中欧班列成功开行以来,这条铁路线越来越忙。"
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


def test_a_first_run_opens_on_the_day_it_left_not_on_the_day_of_its_arrival_ceremony():
    text = (
        "舟山至重庆江海直达航线首航测试到港接航仪式5月12日在珞璜港举行。"
        "万吨级江海直达船4月24日自浙江舟山港启程,5月11日下午抵达重庆江津珞璜港,"
        "这也是江海直达船首次抵达长江上游。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "04-24"


def test_places_that_opened_trains_to_a_part_of_the_world_each_have_a_route():
    text = "随后,武汉、苏州、成都、郑州等城市相继开行直达欧洲的铁路列车。"
    routes = {(r["origin"], tuple(r["destinations"])) for r in extract_text(text)["routes"]}
    assert routes == {(o, ("欧洲",)) for o in ("武汉市", "苏州市", "成都市", "郑州市")}


def test_a_corridor_of_trains_is_no_service():
    assert extract_text("标志着欧洲-成都-东南亚货运列车通道双向畅通。")["routes"] == []


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
    text = "西部陆海新通道是由中国西部省份与东盟国家合作打造的国际陆海贸易新通道,向南经广西、云南出海。"
    record = extract_text(text)
    assert record["routes"] == [] and [c["name"] for c in record["corridors"]] == ["西部陆海新通道"]


def test_a_train_heading_towards_a_place_goes_there():
    text = "一列西部陆海新通道班列从钦州港东站缓缓驶出,向着重庆方向进发。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("钦州港东站", ["重庆市"])


@pytest.mark.parametrize(
    ("text", "port", "kind"),
    [
        ("石柱县代表团考察了内江国际物流港项目。", "内江国际物流港", "dry port"),
        ("班列从重庆团结村铁路中心站发出。", "团结村", "rail hub"),
        ("列车经磨憨边境口岸出境。", "磨憨", "border crossing"),
    ],
)
def test_more_names_of_facilities(text, port, kind):
    ports = {p["name"]: p["kind"] for p in extract_text(text)["ports"]}
    assert ports == {port: kind}


def test_a_first_run_told_again_with_its_date_a_few_sentences_on_dates_the_route():
    text = (
        "五天后,载有光伏组件的轮船从宜宾港出发,通过长江至上海,最终将抵达印度尼西亚。"
        "这是四川光伏产品首次通过江海联运出口海外。另一家企业也在准备出口。"
        "2024年12月3日,载有光伏组件的轮船从四川宜宾港出发。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "2024-12-03"


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


def test_a_weak_name_established_once_counts_everywhere_in_the_text():
    """泸县 in a list of places stands; so does its later mention as the party that acts
    (泸县政协…、积极与重庆探索), which is then the first party of the clauses after it."""
    text = "2022年,泸县、永川两地协商共建产业园。泸县政协结合自身实际,开展调研、积极与重庆探索共建协商平台。"
    record = extract_text(text)
    mentions = {r["name"]: len(r["mentions"]) for r in record["regions"]}
    assert mentions["泸县"] == 2
    assert sorted((p["a"], p["b"]) for p in record["pairings"]) == [
        ("永川区", "泸县"),
        ("重庆市", "泸县"),
    ]


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


def test_a_departure_from_a_finer_place_refines_the_routes_origin():
    """A liner named by its ports, then told leaving one of the port's terminals with no
    end named: the terminal is where the route starts (its evidence says so)."""
    text = "涪陵—南京集装箱班轮今日首航。上午9时,满载货物的货轮缓缓驶离涪陵港龙头作业区。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("龙头港", ["南京港"])  # (its 作业区)
    assert [e["pattern"] for e in route["evidence"]] == ["X—Y service", "departure"]


def test_a_port_area_the_table_knows_is_not_read_again_as_a_new_part():
    """涪陵港龙头作业区: 龙头作业区 is a name of the table's 龙头港 (a part of 涪陵港), not a
    new facility of 涪陵港 read from its words."""
    ports = {p["name"]: p for p in extract_text("涪陵港龙头作业区三期工程开工。")["ports"]}
    assert "龙头作业区" not in ports
    assert not ports["龙头港"].get("derived") and ports["龙头港"]["parent"] == "涪陵港"


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


@pytest.mark.parametrize(
    ("text", "routes", "ports"),
    [
        # 果园 alone, in a chain of a service, is the port
        (
            "果园港已开通上海—果园—南充、果园—西昌等多条水铁联运线路。",
            [("上海市", ["南充市"], ["果园港"]), ("果园港", ["西昌市"], [])],
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
    ("text", "routes"),
    [
        ("果园港至越南海防的近洋航线开通。", [("果园港", ["海防市"])]),  # 海防市, as written
        ("开通成都至胡志明的国际班列。", [("成都市", ["胡志明市"])]),
        ("加强海防建设,纪念胡志明诞辰。", []),  # words, and a person: weak, no context
    ],
)
def test_a_foreign_city_named_without_shi_is_read_in_a_strong_context(text, routes):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes
    if not routes:
        assert extract_text(text)["regions"] == []


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # passenger boats in the movement's clause: no freight route
        ("过去从忠县开往万州、丰都的客轮每天都有,如今码头转向货运。", []),
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


@pytest.mark.parametrize(
    "text",
    [
        "2020年成渝两地中欧班列开行近5000列。",  # trains of both places
        "两地同时发出中欧班列(成渝)号第一趟列车。",  # a brand in brackets
        "成渝中欧班列品牌的竞争力位居全国前列。",  # the corridor's trains of both
    ],
)
def test_a_composite_naming_where_trains_start_names_no_route_between_its_places(text):
    assert extract_text(text)["routes"] == []


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("班列运的是公司从澳大利亚进口的锰矿石,运抵遵义北站后转运。", []),  # bought there
        ("这批玉米由美国进口至南京港,再经长江运抵新田港。", [("美国", ["新田港"])]),
    ],
)
def test_where_goods_were_bought_is_no_origin_unless_they_move_from_it(text, routes):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == routes


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


def test_china_before_one_of_its_places_is_that_place():
    (route,) = extract_text("首列从中国重庆到白俄罗斯明斯克的中欧班列昨日抵达。")["routes"]
    assert (route["origin"], route["destinations"]) == ("重庆市", ["明斯克"])


def test_lines_counted_after_one_name_are_a_route_each():
    text = "目前,泸州港已开通“泸州—武汉、南京、上海”等地12条集装箱航线。"
    routes = sorted((r["origin"], r["destinations"]) for r in extract_text(text)["routes"])
    assert routes == [("泸州港", ["上海港"]), ("泸州港", ["南京港"]), ("泸州港", ["武汉港"])]


def test_the_ships_of_a_voyage_told_going_on_extend_its_route():
    text = (
        "从遵义港发出的8艘货船沿乌江而下,途经思南到达沿河。货船将沿乌江水路直奔重庆涪陵进入长江。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("遵义港", ["涪陵区"])
    assert route["via"] == ["思南县", "沿河土家族自治县"]  # (思南: a weak name, then 到达)


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


def test_a_ship_told_leaving_then_arriving_a_sentence_on_is_one_route():
    text = (
        "11月15日11时,满载化肥的“长江6”轮从阳逻港出发。"
        "9天后,“长江6”轮将抵达越南胡志明市凯莱港,完成首航。"
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


def test_a_site_before_a_facility_of_it_says_where_it_is():
    text = "中亚班列从重庆沙坪坝区西部物流园团结村集装箱中心站缓缓驶出,奔赴哈萨克斯坦。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("团结村", ["哈萨克斯坦"])


def test_a_zone_before_a_facility_in_its_districts_says_where_it_is():
    record = extract_text("一列班列昨日从两江新区果园港驶出,两天后抵达钦州港。")
    (route,) = record["routes"]
    assert (route["origin"], route["destinations"]) == ("果园港", ["钦州港"])
    assert "两江新区" not in {r["name"] for r in record["regions"]}


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


def _routes(text: str) -> list[tuple]:
    return sorted(
        (r["origin"], r["destinations"], r["via"], r["mode"]) for r in extract_text(text)["routes"]
    )


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


def test_a_port_office_is_the_places_not_a_facility():
    """重庆口岸物流办 is the office of 重庆 (a region), not the facility 重庆口岸."""
    record = extract_text("四川口岸物流办、重庆口岸物流办签署合作协议。")
    assert record["ports"] == []
    assert {r["name"] for r in record["regions"]} == {"四川省", "重庆市"}
    assert [(p["a"], p["b"]) for p in record["pairings"]] == [("重庆市", "四川省")]


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


def test_a_way_for_tourists_is_no_freight_route():
    """路线 is a service word only as a way of freight (铁路路线, 物流路线)."""
    assert _routes("万州开辟一条直达巫山的精品旅游路线。") == []
    assert _routes("重庆开辟一条直达欧洲的国际铁路路线。") == [("重庆市", ["欧洲"], [], "rail")]


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


def test_a_movements_ends_stop_where_the_sentence_turns_to_a_remark_on_it():
    """…前往仪陇县、南部县等地,标志着…开通,这是继…到南充河西码头航线后的第二条: the
    line recalled in the remark is not where these ships go."""
    text = (
        "6艘船舶从北碚犁子林码头出发,沿嘉陵江前往仪陇县、南部县等地,标志着新航线开通,"
        "这是继去年开通的犁子林到南充河西码头航线后的第二条航线。"
    )
    assert _routes(text) == [("北碚犁子林码头", ["仪陇县", "南部县"], [], "river")]


def test_a_text_with_no_title_lends_no_date_of_its_first_sentence_to_other_routes():
    """Without a title, the first sentence is the body's: its date is its own route's,
    not the date of a route told later that gives none of its own."""
    text = (
        "3月26日,西部陆海新通道(果园港—河内)国际铁路班列从果园港首发。\n"
        "另据介绍,西部陆海新通道(涪陵—钦州)铁海联运专列从涪陵西站驶出。"
    )
    opened = {r["origin"]: r["opened"] for r in extract_text(text)["routes"]}
    assert opened["果园港"] == "03-26"
    assert opened.get("涪陵西站", opened.get("涪陵区")) is None


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
            "中欧班列成都—罗兹、成都—莫斯科线路运行平稳 另一趟班列从成都国际铁路港始发",
            [("成都市", ["罗兹"], [], "rail"), ("成都市", ["莫斯科"], [], "rail")],
        ),
    ],
)
def test_a_services_end_named_by_its_place_is_the_station_it_left_from(text, routes):
    assert _routes(text) == routes


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


def test_a_remark_on_a_corridors_train_names_no_end_of_it():
    """…抵达重庆市江津区,这是首趟经由西部陆海新通道运抵重庆的冷链班列: the remark
    names the end again by a coarser name; the train goes to 江津区, not via it."""
    text = (
        "2月20日,一列满载香蕉的班列从东南亚出发抵达重庆市江津区,"
        "这是龙年首趟经由西部陆海新通道运抵重庆的冷链班列。"
    )
    assert _routes(text) == [("东南亚", ["江津区"], [], "rail-sea")]


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


def test_a_corridor_named_beside_another_route_is_named_by_the_text():
    """渝甬班列+中欧班列 过境运输: the sentence reads the 渝甬 route; 中欧班列, named
    without a route of its own, is one of the text's corridors."""
    record = extract_text("今年3月首次尝试“渝甬班列+中欧班列”过境运输模式。")
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("重庆市", ["宁波市"])]
    assert [c["name"] for c in record["corridors"]] == ["中欧班列"]


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
        # one train's goods to several countries: one route
        (
            "班列从果园港出发,驶往越南、泰国。",
            [("果园港", ["越南", "泰国"], [], "rail")],
        ),
        # the way a route is compared with is no route
        ("此趟班列全程约25天,相较于从广东直接海运至欧洲,节约20天。", []),
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
        # a port's figures: the sailings of a line counted, or a way of working named after it
        ("今年一季度,果园港集装箱量增长,发运沪渝直达快线300艘次。", []),
        ("1—10月沪渝直达快线共计完成上下水983艘次。", []),
        ("码头按照沪渝直达“快线优先、以出保进”的方式组织生产。", []),
    ],
)
def test_services_to_several_cities_and_ways_compared_with(text, routes):
    assert _routes(text) == routes


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # a short name ending as a division's full name does (州) is still a short name
        ("开州港—万州新田港航线开通。", {"开州港": "开州区", "新田港": "万州区"}),
        ("綦江港口开通航线。", {"綦江港": "綦江区"}),  # 港口 is the word for any port
        ("万州区港口物流发展。", {}),  # after a full name: no facility
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
        "这些班列满载汽车配件和家电,通过铁海联运驶向越南、泰国等地。"
    )
    routes = _routes(text)
    assert ("团结村", ["欧洲"], [], "rail") in routes
    for station in ("团结村", "鱼嘴站", "小南垭站"):
        assert (station, ["越南", "泰国"], [], "rail-sea") in routes, routes
    assert len(routes) == 4


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


def test_a_train_of_the_sentences_before_leaves_from_the_port_they_were_about():
    """这趟班列将出发前往钦州港, a paragraph after the station is named: from the station;
    with no port named before, no route."""
    text = (
        "12月5日上午,重庆团结村中心站,调度员正盯着监控屏幕。\n"
        "屏幕上,工人正在紧张装箱。\n"
        "当天下午1点,这趟装满汽车配件的班列,将出发前往广西钦州港。"
    )
    assert _routes(text) == [("团结村", ["钦州港"], [], "rail")]
    assert _routes("当天下午1点,这趟装满汽车配件的班列,将出发前往广西钦州港。") == []
    # (far from the port, the sentence is about another train)
    far = "团结村中心站迎来开放日。\n屏幕上,工人正在装箱。\n天气晴好。\n这趟班列将出发前往钦州港。"
    assert _routes(far) == []


def test_two_trains_named_only_by_their_corridor_are_one_only_where_their_ends_agree():
    """南向通道 toward 新加坡 from 北部湾港, and its up-direction test train from 钦州港站 to
    遵义北站: two routes. 中欧班列 to 杜伊斯堡, told again going to 欧洲: one."""
    text = (
        "南向通道以北部湾港为始发港,利用铁路运输,实现向南经海运至新加坡、南亚。"
        "8月5日,南向通道首趟上行测试班列从钦州港站发出,于次日到达遵义北站。"
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


def test_directions_counted_are_all_the_services_ends():
    """…通往重庆、成都等地的班列…,开行至重庆、成都、昆明等5个方向班列: a service to each
    direction counted, 昆明 too."""
    text = "北部湾港通往重庆、成都等地的集装箱班列迅速增长,现已常态化开行至重庆、成都、昆明等5个方向班列。"
    assert [r[:2] for r in _routes(text)] == [
        ("北部湾港", ["成都市"]),
        ("北部湾港", ["昆明市"]),
        ("北部湾港", ["重庆市"]),
    ]


def test_the_country_named_as_a_place_stays_a_region():
    """The set phrases (中国造, 中国式) aside, 中国 named as a place is read."""
    regions = {
        r["name"] for r in extract_text("中国与新加坡签署协议,中国造汽车经钦州港出口。")["regions"]
    }
    assert {"中国", "新加坡"} <= regions


def test_what_may_be_some_day_on_a_corridor_is_no_route():
    """未来…将可以通过西部陆海新通道直达重庆: a corridor named, no run."""
    record = extract_text(
        "小南垭站迎来首班冷链班列。未来,东南亚的水果将可以通过西部陆海新通道直达重庆。"
    )
    assert not any(r["destinations"] == ["重庆市"] for r in record["routes"])
    assert [c["name"] for c in record["corridors"]] == ["西部陆海新通道"]


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


def test_a_trains_goods_told_going_on_leave_it_where_they_change_to_another_service():
    """…到达盐田港后,通过驳船运至葵青港,换装国际班轮发往欧洲: the train's goods go on to
    葵青港; the liners from there are another service."""
    text = (
        "首趟班列从团结村发出,驶往深圳盐田港。班列所载货物到达盐田港后,"
        "将通过驳船运至香港葵青港,换装国际班轮发往欧洲、日本等地。"
    )
    assert _routes(text) == [("团结村", ["葵青港"], ["盐田港区"], "rail")]


def test_stops_told_with_their_country_and_a_station_named_after_its_city():
    """经过波兰、白俄罗斯到中国阿拉山口: stops, 阿拉山口 the finer of 中国 阿拉山口; 杜伊斯堡车站 (杜伊斯堡站),
    a station of the city, as written."""
    text = (
        "这趟整车班列从德国杜伊斯堡车站出发,经过波兰、白俄罗斯到中国阿拉山口,最后抵达重庆团结村。"
    )
    assert _routes(text) == [("杜伊斯堡站", ["团结村"], ["波兰", "白俄罗斯", "阿拉山口"], "rail")]


def test_a_division_named_by_a_direction_stays_one_outside_lists_of_areas():
    regions = {
        r["name"] for r in extract_text("黔西市与彭水县签约,湘西州代表团来渝考察。")["regions"]
    }
    assert {"黔西市", "湘西土家族苗族自治州"} <= regions
    # (湘西部分县市: some counties of 湘西, not the west of 湘)
    regions = {r["name"] for r in extract_text("湘西部分县市的椪柑运往重庆。")["regions"]}
    assert "湘西土家族苗族自治州" in regions


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


def test_goods_going_on_by_some_sea_ship_are_no_route_of_their_own():
    """…抵达广州南沙港,随后换装海轮运往中东市场: the train's route ends at the port; the sea
    ship is no service the text tells (a named one is: 转搭华南集装箱快线)."""
    text = (
        "一列铁海联运专列从果园港鱼嘴站发出,预计48小时后抵达广州南沙港,随后换装海轮运往中东市场。"
    )
    assert _routes(text) == [("鱼嘴站", ["南沙港区"], [], "rail-sea")]


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


@pytest.mark.parametrize(
    "text",
    [
        "首列中欧班列从团结村站出发。该班列经达州、西安、兰州,从阿拉山口出境,到达德国杜伊斯堡。",
        "首列中欧班列从团结村站出发。该班列途经达州,在阿拉山口口岸出境后,最终抵达德国杜伊斯堡。",
    ],
)
def test_where_a_train_crosses_the_border_is_a_stop_not_its_origin(text):
    routes = _routes(text)
    assert [r[:2] for r in routes] == [("团结村", ["杜伊斯堡"])], routes
    assert "阿拉山口" in routes[0][2]


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


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        ("天津港集团与万州新田港开展合作。", ["新田港"]),  # a port's company is no port
        # (the terminal's company: not the terminal, though 果园 still names the port)
        ("重庆果园集装箱码头有限公司员工正在作业。", ["果园港"]),
        ("龙门吊在果园港集装箱码头上来回移动。", ["果园港集装箱码头"]),  # on the terminal
    ],
)
def test_a_company_named_after_a_facility_is_no_facility(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


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
            [("重庆市", ["东京"]), ("班加罗尔", ["重庆市"]), ("重庆市", ["芝加哥"])],
        ),
        # (a stop the gazetteer does not know: no stop, and no end of the route)
        (
            "航空公司开通重庆-沃罗滕斯克(经停)-莫斯科货运航线。",
            [("重庆市", ["莫斯科"])],
        ),
        ("航空公司开通重庆-沃罗滕斯克货运航线。", []),
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


def test_a_provinces_ports_of_entry_and_its_airports_lines():
    """重庆口岸 is the municipality's ports of entry as one (customs), no facility; 重庆机场
    is its airport; the lines of 成渝机场群 are by air, no route."""
    record = extract_text("进口肉类经重庆口岸通关入境,重庆机场货运量增长,成渝机场群国际航线最多。")
    assert [p["name"] for p in record["ports"]] == ["江北国际机场"]
    assert record["routes"] == []


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
    ("text", "ports"),
    [
        ("一列黔粤班列从贵州遵义阁老坝站缓缓驶出。", ["遵义阁老坝站"]),  # a station of its own
        ("旅客在成都东客站候车。", []),  # passengers'
        # (what kind of terminal, not which: a part of its port's name)
        ("钦州港自动化集装箱码头投入运营。", ["钦州港自动化集装箱码头"]),
        ("九江港新增开放码头两个。", ["九江港"]),
        # (万州's 火车站; a 水电站 is no name of a station of its own)
        ("班列经过万州火车站,路过一座水电站。", ["万州站"]),
    ],
)
def test_a_station_named_after_a_place(text, ports):
    assert [p["name"] for p in extract_text(text)["ports"]] == ports


def test_goods_handed_on_in_china_where_a_run_ends_are_no_part_of_it():
    """…抵达重庆后将运转至成都及周边地区进行分销: the train ends at 重庆; a rail-sea train's
    goods shipped on abroad still go on with it."""
    text = "冷链班列在老挝万象南站发车,经磨憨口岸入境,抵达重庆后将运转至成都及周边地区进行分销。"
    assert [r[:2] for r in _routes(text)] == [("万象南站", ["重庆市"])]
    text = "班列从团结村出发,抵达钦州港后转运至新加坡。"
    assert [r[:2] for r in _routes(text)] == [("团结村", ["新加坡"])]


def test_a_crossing_the_train_reaches_to_leave_the_country_is_a_stop():
    """班列将用四天抵达阿拉山口出境,再前往中亚五国: 阿拉山口 is passed, not the end."""
    text = "首趟中亚班列从团结村出发,开往哈萨克斯坦。班列将用四天时间抵达阿拉山口出境,再前往五国。"
    assert [r[:2] for r in _routes(text)] == [("团结村", ["哈萨克斯坦"])]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # (two movements told in one sentence: a route each)
        (
            "这天,重庆的班列将驶向德国杜伊斯堡,成都的班列将行至波兰罗兹。",
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
            "班列从涪陵西站出发,驶往钦州港。货物将运至钦州港,再换装海运货轮运抵新加坡。",
            [("涪陵西站", ["新加坡"], ["钦州港"], "rail-sea")],
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


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("在钦州港火车站,前往重庆的列车整装待发。", "钦州港站"),  # (火车站 is 站)
        ("班列驶离广西钦州港火车东站。", "钦州港东站"),  # (火车东站 is 东站)
        ("货物运抵南川火车站。", "南川站"),
        ("货物运抵河内的东英车站。", "河内东英站"),  # (车站 is 站 too)
        ("班列抵达钦州港集装箱办理站。", "钦州港集装箱办理站"),
    ],
)
def test_a_station_is_named_with_zhan(text, port):
    assert [p["name"] for p in extract_text(text)["ports"]] == [port]


@pytest.mark.parametrize(
    ("text", "regions", "ports"),
    [
        # (a city named like its port: the city, unless ships or water are near)
        ("防城港至重庆首趟冷链专列开行。", ["防城港市", "重庆市"], []),
        ("汽车经防城港出海,运往东南亚。", [], ["防城港"]),
        # (not a border town: named for its crossing)
        ("班列经阿拉山口出境。", [], ["阿拉山口"]),
    ],
)
def test_a_city_named_like_its_port_is_the_city_away_from_the_water(text, regions, ports):
    rec = extract_text(text)
    assert [r["name"] for r in rec["regions"]] == regions
    assert [p["name"] for p in rec["ports"]] == ports


def test_a_train_told_leaving_a_city_of_its_province_starts_there():
    text = "2016年,首列广西至北京的冷链集装箱班列在防城港发出。"
    assert [r[:2] for r in _routes(text)] == [("防城港市", ["北京市"])]


def test_a_weak_country_right_before_its_city_says_where_the_city_is():
    """立陶宛维尔纽斯: the country is kept, and the train goes to the city."""
    rec = extract_text("重庆至立陶宛维尔纽斯的中欧班列首发。")
    assert [r["name"] for r in rec["regions"]] == ["重庆市", "立陶宛", "维尔纽斯"]
    assert [(r["origin"], r["destinations"]) for r in rec["routes"]] == [("重庆市", ["维尔纽斯"])]


def test_people_boarding_a_train_are_no_goods_going_on():
    text = "当日,陆海新通道班列从钦州港出发,驶往团结村。次日,代表团一行踏上开往成都的列车。"
    assert [r[:2] for r in _routes(text)] == [("钦州港", ["团结村"])]


def test_a_shared_name_right_before_one_it_holds_is_the_holder():
    """承德双桥区: 承德 is 承德市 (not 承德县), and 双桥区 is 承德市's (not 大足区's former
    name); bare 双桥 among Chongqing's districts is that former district, now 大足区."""
    assert [r["name"] for r in extract_text("河北承德双桥区企业来访。")["regions"]][-1] == "双桥区"
    listed = [r["name"] for r in extract_text("大足、双桥、荣昌三地召开协作会。")["regions"]]
    assert listed == ["大足区", "荣昌区"]


def test_a_name_shared_by_a_city_and_the_county_inside_it_is_the_city():
    """南昌 (南昌市 and its 南昌县), 乌鲁木齐: the city, in a text of another province too."""
    regions = [
        r["name"] for r in extract_text("班列经过长沙、南昌,经兰州、乌鲁木齐抵达上海。")["regions"]
    ]
    assert {"南昌市", "乌鲁木齐市"} <= set(regions) and "南昌县" not in regions


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
    ("text", "regions"),
    [
        ("班列抵达广西钦州港。", []),  # (广西 says where the port is)
        ("货轮直奔重庆涪陵黄旗港。", []),
        ("列车开往湖南怀化的新晃站。", []),  # (a 的 between changes nothing)
        ("货船驶向广西的钦州港。", []),
        ("货机从位于渝北区的江北国际机场起飞。", ["渝北区"]),  # (told where it lies)
        (
            "广西与重庆签约,班列抵达广西钦州港。",
            ["广西壮族自治区", "重庆市"],
        ),  # (named as places too)
    ],
)
def test_a_region_named_only_to_say_where_a_port_is_is_no_region_of_the_story(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


def test_a_services_other_direction_and_where_its_goods_are_sold_are_no_routes_of_their_own():
    """渝穗班列 from 果园港 to 南沙港, its 对向列车 the same day, and the goods it carries
    exported to 非洲: one route."""
    text = (
        "20日,渝穗海铁联运(重庆果园港—广州南沙港)国际班列从重庆果园港驶出,奔赴广州南沙港。"
        "同时,从南沙港发往重庆果园港的对向列车也发车。"
        "渝穗班列运输的是出口到非洲、欧美、东南亚的化工品和机械。"
    )
    assert [r[:2] for r in _routes(text)] == [("果园港", ["南沙港区"])]


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


def test_where_a_ship_is_bound_and_where_goods_once_changed_service():
    """目的地是江苏泰州: where it goes; 原本需要从重庆转运: where goods changed, no origin."""
    text = "一艘货船从重庆涪陵黄旗港徐徐驶离,沿着长江一路向东进发,目的地是江苏泰州。"
    # (a ship's end named by its city: the city's port, 泰州港)
    assert [r[:2] for r in _routes(text)] == [("黄旗作业区", ["泰州港"])]
    text = "宜宾开通了直达上海的班轮,把原本需要从重庆转运的集装箱货物的运输时间缩短到10天。"
    assert all(r[0] != "重庆市" for r in _routes(text))


def test_a_day_told_by_a_report_dated_on_no_day_of_the_calendar_is_none():
    """A page dated 2月30日 gives 昨天 no day (and reading goes on)."""
    from cqmap.geo.dates import DocumentDate, dates_in

    assert dates_in("昨天首航", 0, 4, document=DocumentDate(2023, 2, 30)) == []
    assert [d.value for d in dates_in("昨天首航", 0, 4, document=DocumentDate(2023, 3, 1))] == [
        "2023-02-28"
    ]


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


def test_a_dateline_after_the_pages_date_is_of_the_year_before():
    """A repost dated 2024-11-22 of a report filed 12月29日: the report is of 2023."""
    from cqmap.geo.dates import document_date

    text = "中新社重庆12月29日电 满载化工品的班列29日驶出团结村中心站。"
    assert tuple(document_date("2024-11-22", text)) == (2023, 12, 29)
    assert tuple(document_date("2024-12-30", text)) == (2024, 12, 29)


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
    ("text", "name"),
    [
        ("班列从团结村出发,驶往比律悉。", "布鲁塞尔"),  # another name GeoNames lists
        ("货机从江北国际机场起飞,飞往杜拜。", "迪拜"),
        ("货物运往印度尼西亚雅加达。", "雅加达"),
        # (Taiwan's largest cities, in 台湾省)
        ("重庆至香港、台北的货运航线开通。", "台北"),
    ],
)
def test_a_foreign_city_is_shown_by_its_name_in_simplified_chinese_use(text, name):
    """A city is named by the CLDR's Simplified Chinese name of its time zone's city
    (迪拜, not 杜拜), whichever of its names the text gives."""
    assert name in {r["name"] for r in extract_text(text)["regions"]}


def test_taiwans_cities_lie_in_taiwan_and_its_small_towns_are_no_names():
    """台北 lies in 台湾省 (in China); 三峡, a town of Taiwan, stays the gorges."""
    from cqmap.geo.gazetteer import gazetteer

    gaz = gazetteer()
    assert gaz.places["台北"].parent == "台湾省" and gaz.in_china("台北")
    assert "三峡" not in gaz.places


def test_the_year_of_a_sentence_of_the_same_day_takes_the_day_told_before():
    """1月1日,…首列班车发出。当日,…发出2021年…第一趟列车: 2021-01-01, not 2021."""
    text = (
        "1月1日,中欧班列首列班车从重庆团结村站发出。"
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
    ("text", "port", "country"),
    [
        ("2022年9月,阳逻港开通至俄罗斯东方港的直航航线。", "东方港", "俄罗斯"),
        ("一艘货轮从钦州港驶往斯里兰卡汉班托塔港。", "汉班托塔港", "斯里兰卡"),
        ("一艘货轮从钦州港驶往泰国林查班港。", "林查班港", "泰国"),  # (a port of the table)
    ],
)
def test_a_port_of_its_own_name_after_a_country_is_read_and_the_country_stays_a_region(
    text, port, country
):
    """俄罗斯东方港: a port abroad by a name of its own, the country named as a place (as
    the readers do: 立陶宛维尔纽斯)."""
    record = extract_text(text)
    assert port in [p["name"] for p in record["ports"]]
    assert country in [r["name"] for r in record["regions"]]
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
    ],
)
def test_places_a_line_calls_at_are_its_ports_of_call(text, ports, regions):
    """挂靠釜山、上海: a line calls at the port of each place it names (of the table, else the
    place's port); a country or province before one only says where it lies."""
    record = extract_text(text)
    read = [p["name"] for p in record["ports"]]
    assert all(port in read for port in ports), read
    assert [r["name"] for r in record["regions"]] == regions


def test_countries_a_line_calls_at_stay_regions():
    """日本 is no one port: a country in the calls stays a place."""
    record = extract_text("该航线挂靠日本、韩国各主要港口。")
    assert record["ports"] == []
    assert [r["name"] for r in record["regions"]] == ["日本", "韩国"]


def test_a_city_named_for_its_port_after_its_country_is_the_port():
    """孟加拉国吉大港: a city abroad named for its port (吉大港), right after its country, is
    its port (named 吉大港港, as 连云港's is 连云港港, hosted by the city); the country stays
    a place."""
    record = extract_text("首班轮船从钦州港起航,驶往孟加拉国吉大港。")
    (port,) = [p for p in record["ports"] if p["name"] != "钦州港"]
    assert (port["name"], port["host"]) == ("吉大港港", "吉大港")
    assert [r["name"] for r in record["regions"]] == ["孟加拉国"]
    assert [r["destinations"] for r in record["routes"]] == [["吉大港港"]]


def test_a_city_named_for_its_port_written_as_a_city_stays_the_city():
    record = extract_text("代表团访问了孟加拉国吉大港市。")
    assert record["ports"] == []
    assert [r["name"] for r in record["regions"]] == ["孟加拉国", "吉大港"]


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("装满葡萄酒的专列预计下月初驶入义乌火车西站。", "义乌西站"),  # (义乌西站)
        ("首趟班列当天从长春铁路综合货场开出。", "长春铁路综合货场"),
        ("首趟班列当天从广元铁路综合物流基地开出。", "广元铁路综合物流基地"),
        ("一列化工原料班列从四川绵阳皂角铺铁路物流基地开出。", "绵阳皂角铺铁路物流基地"),
        ("一列班列从兰州铁路东川物流中心开出。", "东川铁路物流中心"),  # (the table's)
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


@pytest.mark.parametrize(
    "text",
    ["国铁成都局集团公司下属的贵铁物流中心做好了保障。", "重庆物流中心负责人表示将加快建设。"],
)
def test_a_railways_freight_office_is_no_facility(text):
    """贵铁物流中心: an office named by a railway's short name; 重庆物流中心: no name of its
    own."""
    assert not [p for p in extract_text(text)["ports"] if p["name"].endswith("物流中心")]


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


def test_a_city_abroad_by_its_former_name_is_that_city():
    """马德拉斯 is 清奈 (Chennai) by its former name, not 马德拉 (a city of America) and 斯."""
    text = "昆明至德里、马德拉斯、班加罗尔这3条全货运航线都已开通。"
    ends = [r["destinations"] for r in extract_text(text)["routes"]]
    assert ends == [["德里"], ["清奈"], ["班加罗尔"]]


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


def test_a_railways_freight_station_at_a_place_is_read():
    """厦门海沧铁路货运站: a railway's freight station at a place."""
    record = extract_text("8月16日,厦门海沧铁路货运站开出了首趟中欧班列。")
    assert [p["name"] for p in record["ports"]] == ["海沧铁路货运站"]


@pytest.mark.parametrize(
    "text",
    [
        "重庆铁路物流中心团结村营业部的经济师表示,班列将按图定计划开行。",
        "据铁路部门重庆铁路物流中心相关负责人介绍,该班列每月发运200箱。",
    ],
)
def test_a_railways_freight_office_with_its_branch_or_staff_is_no_facility(text):
    """重庆铁路物流中心团结村营业部, …物流中心相关负责人: the office, not a hub."""
    assert "重庆铁路物流中心" not in [p["name"] for p in extract_text(text)["ports"]]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("首趟“重庆—杜伊斯堡”回程班列昨天抵达团结村。", ("杜伊斯堡", ["团结村"])),
        ("中欧班列(成都—罗兹)回程班列抵达成都。", ("罗兹", ["成都市"])),
        # (a way named as it runs: no turning)
        ("杜伊斯堡至成都的回程线路第一次试跑。", ("杜伊斯堡", ["成都市"])),
    ],
)
def test_a_lines_return_train_runs_from_its_far_end(text, ends):
    """“重庆—杜伊斯堡”回程班列: the line named by its ends, its train coming back."""
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ends


def test_a_road_told_from_where_it_starts_is_no_service():
    """中吉乌公路从喀什出发,…终点是塔什干: a way described, not goods moved on it."""
    text = "这条跨境公路从新疆喀什出发,经伊尔克什坦口岸进入吉尔吉斯斯坦,终点是塔什干。"
    assert extract_text(text)["routes"] == []


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


@pytest.mark.parametrize("text", ["货物将运往韩国各港。", "两国将共建越南最大港。", "中国第一大港"])
def test_words_of_kind_after_a_country_name_no_port(text):
    assert extract_text(text)["ports"] == []


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
    ("text", "routes"),
    [
        # (a city after its country and 的)
        ("班列从东莞石龙站开出,它越过满洲里,终点是俄罗斯的莫斯科。", [("石龙站", ["莫斯科"])]),
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
            "花湖机场陆续开出的航线已飞到比利时列日、印度德里等地,这座专业货运枢纽机场正在成形。",
            [("花湖国际机场", ["列日"]), ("花湖国际机场", ["德里"])],
        ),
        # (flights told with no freight: no route)
        ("航空上,机场开通了从永川飞往黔江、武隆的短途运输航线。", []),
        # (a freighter flying straight there: 直航)
        ("一架货机从成都双流国际机场腾空,直航缅甸仰光。", [("双流国际机场", ["仰光"])]),
        # (a network counted after a train is no train going on)
        (
            "一列班列由阿拉山口站开出,开往波兰马拉舍维奇。"
            "取道这个口岸开行的线路已有123条,通达德国、波兰等21个国家。",
            [("阿拉山口", ["马拉舍维奇"])],
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
    ],
)
def test_where_goods_come_from_and_where_they_are_unloaded(text, route):
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [route]


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


def test_where_a_train_leaves_the_country_is_no_start():
    for text in (
        "班列已取道满洲里驶出国门,驶向俄罗斯莫斯科。",
        "班列取道满洲里驶出国门,开往莫斯科。",
    ):
        assert all(r["origin"] != "满洲里" for r in extract_text(text)["routes"])


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


@pytest.mark.parametrize(
    ("text", "origin", "kind"),
    [
        # (a name of its own, then a railway's yard)
        ("班列从南京尧化门铁路货场开出,驶向老挝万象。", "南京尧化门铁路货场", "rail station"),
        # (a rail port abroad by a name of its own)
        ("班列从波兰库特诺国际港开出,驶往成都。", "库特诺国际港", "rail hub"),
    ],
)
def test_facilities_by_names_of_their_own_start_routes(text, origin, kind):
    record = extract_text(text)
    assert [r["origin"] for r in record["routes"]] == [origin]
    assert {p["name"]: p["kind"] for p in record["ports"]}[origin] == kind


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


def test_a_train_coming_back_from_a_city_abroad():
    """首列从汉堡返回武汉的班列抵达吴家山站: from 汉堡, to the station it arrived at."""
    text = "2018年8月26日,首列从汉堡返回武汉的中欧班列抵达吴家山站。"
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [
        ("汉堡", ["吴家山站"])
    ]


def test_the_station_told_before_opening_lines_on_days_of_one_year():
    """该站首次开出通往阿拉木图的班列,7月28日,又开出首列前往塔什干的班列: from the station of
    the sentences before, each on the day told before its own end, of the year told first."""
    text = (
        "3月2日,一趟班列从团结村站驶出,目的地为德国杜伊斯堡。今年该站已发出班列300列。"
        "2022年5月20日,该站首次开出通往哈萨克斯坦阿拉木图的中亚班列,"
        "7月28日,又开出首列前往乌兹别克斯坦塔什干的中亚班列。"
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


def test_a_bank_told_at_the_start_of_a_sentence_after_the_river_is_no_district():
    """长江…江面开阔…。南岸,新田港二期已现雏形: the south bank, not 南岸区."""
    text = "11月6日,长江万州段江面开阔,货轮往来不断。南岸,新田港二期已现雏形。"
    assert "南岸区" not in places(text)
    assert "南岸区" in places("南岸,区委书记带队调研。")


def test_a_later_date_of_a_sentence_takes_the_year_told_before_it_unless_it_says_its_own():
    from cqmap.geo.dates import DocumentDate, dates_in

    def values(text: str) -> list[str]:
        return [d.value for d in dates_in(text, 0, len(text), document=DocumentDate(2024, 9, 1))]

    assert values("2021年5月20日首次开出,7月28日又开出") == ["2021-05-20", "2021-07-28"]
    assert values("2019年3月1日开通,今年5月6日再次开行") == ["2019-03-01", "2024-05-06"]
    assert values("十一月二十六日起飞") == ["2024-11-26"]


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
            "一列中欧班列从沈阳出发,驶向德国杜伊斯堡。返程则自杜伊斯堡启程,经波兰回到沈阳。",
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


def test_a_kind_of_service_defined_a_count_shaped_name_and_a_lists_number():
    """中亚班列,指的是…: a kind defined, no service; 三条航线: a count, not 三条 in Japan;
    1.中亚班列(…): the list's number is no part of the line's name."""
    record = extract_text("中欧班列,指的是从中国始发、目的地为欧洲各国的集装箱班列。")
    assert record["routes"] == []
    record = extract_text("三条航线投运后,黄石新港的状况就此改变。")
    assert "三条" not in {r["name"] for r in record["regions"]}
    record = extract_text("现开行的主要线路:\n1.中亚班列(连云港~塔什干)。列车在连云港发车。")
    assert [r["names"] for r in record["routes"]] == [["中亚班列"]]


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


def test_goods_loaded_at_a_port_and_bound_elsewhere_go_from_there():
    text = "14日,一台造桥机在宜城市的小河港吊装上船,目的地是泰国林查班港。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("宜城市小河港", ["林查班港"])]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("中国驻杜塞尔多夫总领事馆举办了接车仪式。", "杜塞尔多夫"),  # (驻: a mission in it)
        ("杭州海关消息,一季度出口增长。", "杭州市"),  # (an office of the place)
        ("还有成都至西宁、成都至格尔木两条铁路。", "格尔木市"),  # (两条: a count after it)
        ("二连浩特口岸通向蒙古。", "蒙古国"),  # (the country, written short)
        ("重庆、成都再一次站到了新起点上。", "成都市"),  # (再一次站: no station)
    ],
)
def test_a_weak_name_confirmed_by_a_mission_an_office_or_a_count(text, place):
    assert place in {r["name"] for r in extract_text(text)["regions"]}


def test_a_people_a_tent_and_an_autonomous_region_are_not_the_country():
    regions = {r["name"] for r in extract_text("内蒙古的蒙古族牧民住在蒙古包里。")["regions"]}
    assert regions == {"内蒙古自治区"}


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


def test_goods_gathered_on_the_way_pass_there():
    """在重庆集结后运进…: where goods are gathered on the way is a stop, not a start."""
    text = (
        "这批糖从越南海防港启运,经广西入境,在重庆集结后运进乌鲁木齐,最终运往哈萨克斯坦的阿拉木图。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("海防港", ["阿拉木图"], ["广西壮族自治区", "重庆市"])]


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


def test_goods_gathered_at_a_place_then_shipped_on_go_from_there_to_each_listed():
    """各地的货柜先集中到重庆,再由中老铁路运往老挝万象、泰国林查班/曼谷: from where they are
    gathered; a slash lists two places."""
    text = "山东、宁夏、四川等地的货柜先集中到重庆,再由中老铁路运往老挝万象、泰国林查班/曼谷等地。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("重庆市", ["万象", "林查班港", "曼谷"])]


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


def test_trains_told_one_by_one_each_go_to_their_own_end():
    text = "渝新欧还从重庆另发了2班去程班列,一班开往波兰,一班开往德国杜伊斯堡。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("重庆市", ["波兰"]), ("重庆市", ["杜伊斯堡"])]


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


def test_a_ship_told_leaving_this_port_then_arriving_goes_from_the_port_told_of():
    text = "果园港是长江上游的重要港口。3月1日,首艘集装箱货轮从这座港口启航。9天后,货轮抵达上海港。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert routes == [("果园港", ["上海港"])]


def test_a_railway_groups_yard_named_after_its_city_is_a_facility_there():
    """中国铁路X局集团有限公司Y物流园: the group's city is a region, and its yard a facility
    of that city (the short name 兰州 is confirmed by the group named after it)."""
    text = "一列班列由中国铁路兰州局集团有限公司东岗物流园开出,驶往哈萨克斯坦阿拉木图。"
    record = extract_text(text)
    assert "兰州市" in [r["name"] for r in record["regions"]]
    (route,) = record["routes"]
    assert (route["origin"], route["destinations"]) == ("兰州东岗物流园", ["阿拉木图"])


def test_a_named_international_logistics_park_after_its_city_is_a_facility():
    text = "首趟班列从包头沙河铁路国际物流园缓缓开出,驶往蒙古国乌兰巴托。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "包头沙河铁路国际物流园"


def test_a_service_leaving_a_city_confirms_its_short_name():
    """石家庄开出的班列: a train leaving it; the short name is a region."""
    text = "石家庄开出的中欧班列越来越多。"
    assert [r["name"] for r in extract_text(text)["regions"]] == ["石家庄市"]


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


def test_a_lines_train_told_leaving_a_station_of_its_city_then_going_on():
    """The line named in the headline, its train told leaving a station of the line's city
    and where it passes and ends a sentence on: one route, from the station, with its stop."""
    text = (
        "烟台—蒙古国中欧班列开通\n\n"
        "7日,烟台大季家站开出一趟中欧班列。该班列将经二连浩特口岸出境,约9天后到达蒙古乌兰巴托。"
    )
    routes = [(r["origin"], r["destinations"], r["via"]) for r in extract_text(text)["routes"]]
    assert routes == [("烟台大季家站", ["乌兰巴托"], ["二连浩特"])]


def test_a_corridors_train_from_the_place_told_before_is_not_told_leaving_it():
    """由此重新开行 (thereby): the train's start stays the city it was told leaving."""
    text = (
        "记者在兰州国际陆港获悉,一趟班列从甘肃省兰州市发车,货物将运到利雅得。"
        "甘肃的西部陆海新通道班列由此重新开行。这批货到广西钦州港后改由轮船运往沙特阿拉伯。"
    )
    origins = {r["origin"] for r in extract_text(text)["routes"]}
    assert origins == {"兰州市"}


@pytest.mark.parametrize(
    "text",
    [
        "该市已相继开通至越南、泰国、德国等线路。",
        "该市已开通至越南、至泰国和至德国等出口方向班列线路3条。",
    ],
)
def test_lines_listed_to_several_ends_are_a_line_to_each(text):
    routes = extract_text("烟台港" + text)["routes"]
    assert sorted(d for r in routes for d in r["destinations"]) == ["德国", "泰国", "越南"]
    assert all(len(r["destinations"]) == 1 for r in routes)


def test_where_goods_were_grown_is_no_origin():
    text = "这批运往泰国的苹果都由烟台市栖霞市种出,品质上乘。"
    assert extract_text(text)["routes"] == []


def test_a_station_after_a_citys_railway_is_that_citys_station():
    """南昌铁路向塘站: the city's station, named without 铁路; not after a county whose
    name is a railway line's (紫云铁路沙湾站 in 宜昌)."""
    text = "专列先在太原铁路北营站装车出发,再驶往老挝万象。"
    (route,) = extract_text(text)["routes"]
    assert route["origin"] == "太原北营站"
    text = "主线自紫云铁路沙湾站引出,接进白洋港。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["白洋港"]


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


def test_a_run_told_by_its_arrival_whose_first_is_told_after_it_takes_that_day():
    text = (
        "发布时间:2024-04-20\n4月18日,一趟中老铁路(万象—西安)国际货运班列到达西安国际港站,"
        "车上装着木薯淀粉。这趟车共30柜,用的是敞顶箱。从老挝开来的货运列车,这还是头一趟。"
    )
    (route,) = extract_text(text)["routes"]
    assert (route["destinations"], route["opened"]) == (["西安国际港站"], "2024-04-18")


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


def test_a_day_without_a_year_takes_the_year_told_just_before_in_its_paragraph():
    """No page date: 8月19日 after 2023年8月16日 in the paragraph is of 2023 (marked inferred)."""
    text = "新航道于2023年8月16日开始试运行。8月19日,蚌埠—上海的集装箱航线首航。"
    (route,) = extract_text(text)["routes"]
    assert (route["opened"], route["opened_year_inferred"]) == ("2023-08-19", True)


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # 运河 is a canal, not the short form of 运河区 (沧州), even where goods go by it
        ("这是第一次有货物取道运河运往汉川。", ["汉川市"]),
        # 通江 is reaching the Yangtze, not 通江县; 中西部 the centre and west
        ("这条“通江”航线让湖北和中西部的货物多了出路。", ["湖北省"]),
        # 换上海轮: changing to a sea-going ship
        ("集装箱运到钦州港,就地换上海轮运往新加坡。", ["新加坡"]),
        # 会同: together with
        ("海关会同口岸单位做好服务,货物运往新加坡。", ["新加坡"]),
    ],
)
def test_words_of_transport_and_parts_are_no_places(text, regions):
    assert [r["name"] for r in extract_text(text)["regions"]] == regions


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("班列从泸州国际铁路港开出。", "泸州国际铁路港"),
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


def test_lines_listed_then_counted_after_their_service_are_a_line_to_each():
    text = "淮南港是淮河的重要港口。该港陆续开出至太仓、扬州、上海的内贸航线,共计3条。"
    routes = [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]]
    assert sorted(routes) == [
        ("淮南港", ["上海港"]),
        ("淮南港", ["太仓港"]),
        ("淮南港", ["扬州港"]),
    ]


def test_lines_setting_off_together_formally_open_on_that_day():
    text = (
        "发布时间:2025-07-31\n7月25日上午,江津珞璜港—万州新田港,开州港—宜昌港,"
        "两条试点航线同时拉响汽笛,班轮正式起航。"
    )
    assert {r["opened"] for r in extract_text(text)["routes"]} == {"2025-07-25"}


def test_a_county_port_is_the_port_area_there_not_the_port_it_belongs_to():
    """太仓市's port is 太仓港, a port area of 苏州港 placed in 太仓; 万州区's is 万州港,
    not its 新田港."""
    gaz = gazetteer()
    assert (gaz.port_of("太仓市"), gaz.port_of("苏州市"), gaz.port_of("万州区")) == (
        "太仓港",
        "苏州港",
        "万州港",
    )


def test_an_air_line_named_by_its_ends_with_fei_from_the_airport_a_freighter_left():
    """一架全货机在郑州新郑国际机场升空,郑州飞日本大阪的定期货运航线首航: an air line, from
    the airport the freighter left."""
    text = "一架全货机在郑州新郑国际机场升空,郑州飞日本大阪的定期货运航线顺利完成首航。"
    routes = [(r["origin"], r["destinations"], r["mode"]) for r in extract_text(text)["routes"]]
    assert routes == [("新郑国际机场", ["大阪"], "air")]


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


@pytest.mark.parametrize("word", ["远洋", "河海直达"])
def test_an_ocean_going_line_from_a_river_port_goes_by_river_and_sea(word):
    text = f"4月12日,淮安港至上海洋山港的{word}集装箱航线投入运营。"
    (route,) = extract_text(text)["routes"]
    assert route["mode"] == "river-sea"


def test_a_corridors_name_before_the_ends_in_brackets_is_part_of_the_services_name():
    text = "9月14日,南向通道(广西南宁—甘肃兰州)冷链集装箱班列开出首趟。"
    (route,) = extract_text(text)["routes"]
    assert route["name"] == "南向通道(广西南宁—甘肃兰州)冷链集装箱班列"


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


def test_a_service_launched_to_a_port_and_a_station_named_after_an_international_port():
    text = (
        "汽笛声中,一列班列驶离吉安港,开往福州国际港站。"
        "2018年10月31日,吉安港先推出了到盐田港的“同港同价”班列;此后又推出了对接厦门港的班列。"
    )
    routes = [(r["origin"], r["destinations"], r["opened"]) for r in extract_text(text)["routes"]]
    assert routes[0][:2] == ("吉安港", ["福州国际港站"])
    assert ("吉安港", ["盐田港区"], "2018-10-31") in routes


def test_the_pearl_river_delta_is_a_lines_end_and_no_region():
    text = "6月16日,梧州港—珠三角集装箱班轮航线开行。"
    record = extract_text(text)
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("梧州港", ["珠三角"])]
    assert [r["name"] for r in record["regions"]] == []


def test_a_train_told_again_with_only_where_it_stops_on_its_way():
    """一列“东盟快班”驶离杜伊斯堡…运抵越南。该班列途中将在重庆中转: a train (列), with a stop."""
    text = (
        "21日,一列“东盟快班”驶离德国杜伊斯堡,预计19天后运抵越南、泰国等东盟国家。"
        "该班列途中将在成都中转。"
    )
    routes = [
        (r["origin"], r["destinations"], r["via"], r["mode"]) for r in extract_text(text)["routes"]
    ]
    assert routes == [("杜伊斯堡", ["越南", "泰国"], ["成都市"], "rail")]


def test_a_stop_of_a_network_is_no_station():
    """万象站点: a stop the company serves, not a station named 万象站."""
    text = "公司在原有的万象站点之外,又增开了琅勃拉邦站点。"
    assert extract_text(text)["ports"] == []


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


def test_a_weak_name_after_a_verb_of_perceiving_is_no_place_gone_to():
    """尝到忠州的味道: 到 ends 尝到 (to taste), no movement to 忠州 (a city of Korea by its
    short form); 渝东南武陵山区: the mountains, not 常德's 武陵区; 运到万象 goes there."""
    regions = {
        r["name"] for r in extract_text("让乡亲们尝到忠州的味道、看到忠州的风景。")["regions"]
    }
    assert "忠州市" not in regions
    regions = {
        r["name"]
        for r in extract_text("两群是渝东北三峡库区城镇群和渝东南武陵山区城镇群。")["regions"]
    }
    assert "武陵区" not in regions
    assert "万象" in {r["name"] for r in extract_text("货物运到万象。")["regions"]}


def test_a_city_named_like_its_port_is_the_port_in_a_list_of_ports_of_its_sentence():
    """南京港、连云港、镇江港: the port (连云港港); 中亚班列(连云港~塔什干)。 with the port
    named only in the next sentence: the city."""
    record = extract_text("航线能通达南京港、连云港、镇江港、宁波港等50多个港口。")
    assert "连云港港" in {p["name"] for p in record["ports"]}
    assert "连云港市" not in {r["name"] for r in record["regions"]}
    record = extract_text("中亚班列(连云港~塔什干)。\n列车在连云港港口站发车。")
    assert "连云港市" in {r["name"] for r in record["regions"]}


def test_lines_opened_at_a_facility_of_their_start_start_there():
    """贵阳至仰光、贵阳至达卡两条航线在贵阳龙洞堡国际机场开通: both lines start at the airport."""
    routes = extract_text(
        "贵阳至缅甸仰光、贵阳至孟加拉达卡两条全货机货运航线在贵阳龙洞堡国际机场正式开通。"
    )["routes"]
    assert sorted((r["origin"], r["destinations"][0]) for r in routes) == [
        ("贵阳龙洞堡国际机场", "仰光"),
        ("贵阳龙洞堡国际机场", "达卡"),
    ]


def test_a_port_of_its_own_name_is_not_read_inside_a_company_s_name():
    """宁波舟山港股份公司: a company, no port read from 宁波 and 舟山港."""
    ports = {
        p["name"] for p in extract_text("宁波舟山港股份公司参与发运。宁波市港口繁忙。")["ports"]
    }
    assert "宁波舟山港" not in ports


def test_a_weak_name_before_dao_and_a_place_is_a_route_s_end():
    """济宁到重庆万州的集装箱水运航线: 济宁 is the route's start, as across a dash; 潼南双江到
    玉溪: 双江 is a town of 潼南, no 双江县."""
    record = extract_text("济宁到重庆万州的集装箱水运航线开通。")
    assert "济宁市" in {r["name"] for r in record["regions"]}
    assert [(r["origin"], r["destinations"]) for r in record["routes"]] == [("济宁市", ["万州港"])]
    regions = {r["name"] for r in extract_text("潼南双江到玉溪这一段通道已经通车。")["regions"]}
    assert "双江拉祜族佤族布朗族傣族自治县" not in regions


def test_a_day_after_this_month_in_brackets_is_of_that_month():
    from cqmap.geo.dates import DocumentDate, dates_in

    text = "本月(10月)26日,航线开通。"  # (a page whose date gives no month)
    found = dates_in(text, 0, len(text), document=DocumentDate(2021, None, None))
    assert [d.value for d in found] == ["2021-10-26"]


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


def test_a_dateline_of_reports_put_together_names_no_place_nor_date():
    """(北京8日综合电): where and when the report was filed, no place of the story nor an
    opening; 山西农民报, 山西法制报: newspapers, no places."""
    record = extract_text("(北京8日综合电)首班由中国开往马来西亚的班列抵达。")
    assert "北京市" not in {r["name"] for r in record["regions"]}
    assert all(r["opened"] is None for r in record["routes"])
    record = extract_text("本文由山西农民报、山西法制报发布。")
    assert "山西省" not in {r["name"] for r in record["regions"]}


def test_a_first_told_as_from_nothing_dates_the_run_before():
    """…全货机在天府国际机场升空,飞往布鲁塞尔。…全货机航线就此从无到有: the run opened it."""
    text = "4月20日,一架全货机在天府国际机场升空,飞往布鲁塞尔。该机场的全货机航线就此从无到有。"
    (route,) = extract_text(text)["routes"]
    assert route["opened"] == "04-20"


def test_a_train_named_again_sentences_later_goes_where_it_says():
    """首趟班列从宜昌东站开出。…(two sentences on other things)…这趟班列会从满洲里出境,…开到
    德国汉堡: the train told leaving, named again (这趟班列) three sentences on."""
    text = (
        "20日,首趟“宜-汉-欧”国际货运班列从宜昌东站缓缓开出。\n"
        "宜昌同欧洲的经贸往来由此多了一条新通道。\n"
        "宜昌已有航空、水运两个一类口岸。\n"
        "据了解,这趟班列会从满洲里铁路口岸出境,大约17天后开到德国汉堡。"
    )
    routes = extract_text(text)["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("宜昌东站", ["汉堡"])]


def test_a_weak_name_where_an_event_is_held_is_a_place():
    """推介活动在沈阳拉开帷幕: the venue, 沈阳市 (a weak short form of a city elsewhere)."""
    regions = {r["name"] for r in extract_text("奉节产品推介活动在沈阳拉开帷幕。")["regions"]}
    assert "沈阳市" in regions


def test_trains_counted_then_told_each_of_its_own_go_in_turn():
    """两列北向班列分别装着…,从成都、攀枝花出发,开往青岛、淄博: 成都—青岛, 攀枝花—淄博."""
    text = "两列北向班列分别装着元明粉和钛精矿,从成都、攀枝花出发,开往山东青岛、淄博。"
    routes = extract_text(text)["routes"]
    assert sorted((r["origin"], r["destinations"]) for r in routes) == [
        ("成都市", ["青岛市"]),
        ("攀枝花市", ["淄博市"]),
    ]


def test_a_yard_after_a_railway_bureau_is_the_start_not_the_bureau_s_city():
    """从中国铁路北京局下花园铁路货场开出: the yard (局 names no yard of its own), not 北京."""
    text = "首列车辆从中国铁路北京局下花园铁路货场开出,将经霍尔果斯口岸出境,开往塔什干。"
    record = extract_text(text)
    assert "下花园铁路货场" in {p["name"] for p in record["ports"]}
    assert [r["origin"] for r in record["routes"]] == ["下花园铁路货场"]


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


def test_a_fast_line_and_goods_set_off_are_service_words():
    """“精品快航”直达航线 is a liner's service; 装车起运 is a start."""
    routes = extract_text("泰州港开出了至上海洋山港、重庆港的“精品快航”。")["routes"]
    assert sorted(d for r in routes for d in r["destinations"]) == ["洋山港", "重庆港"]
    routes = extract_text("该航线在合肥港派河港区装车起运,一路直抵上海海通码头。")["routes"]
    assert [(r["origin"], r["destinations"]) for r in routes] == [("派河港区", ["上海海通码头"])]


def test_all_freighter_lines_are_flown_both_ways_between_their_ends():
    """西安至银川往返全货运航线: an air line (全货运), to 银川 (a weak name before 往返)."""
    routes = extract_text("今年7月,西安至银川往返全货运航线由圆通航空开通。")["routes"]
    assert [(r["origin"], r["destinations"], r["mode"]) for r in routes] == [
        ("西安市", ["银川市"], "air")
    ]


def test_a_hub_named_after_the_district_in_brackets_after_its_city():
    """成都(双流)空铁国际联运港: the district's air–rail hub (国际联运港), the train's start;
    中欧班列(重庆)缓缓驶出中心站: no facility after a place in brackets after a service."""
    text = "第一列从成都(双流)空铁国际联运港发车的货运班列开到老挝万象。"
    (route,) = extract_text(text)["routes"]
    assert (route["origin"], route["destinations"]) == ("双流空铁国际联运港", ["万象"])


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


def test_short_names_listed_then_counted_with_zhe_are_places():
    """杭州、温州…湖州这7个市: a list counted as cities (weak short names, all of them)."""
    regions = {r["name"] for r in extract_text("杭州、温州、绍兴这3个市对口支援涪陵。")["regions"]}
    assert {"杭州市", "温州市", "绍兴市"} <= regions


def test_a_town_named_for_its_crossing_is_the_crossing_where_the_border_is_crossed():
    """经新疆阿拉山口出境: the crossing 阿拉山口, not the town 阿拉山口市."""
    record = extract_text("班列从西安出发,经新疆阿拉山口出境,抵达华沙。")
    assert "阿拉山口" in {p["name"] for p in record["ports"]}
    assert "阿拉山口市" not in {r["name"] for r in record["regions"]}


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


def test_by_way_of_a_port_a_crossing_or_where_a_report_came_from_is_no_start():
    """经由广西钦州港: by way of it; 从我国新疆阿拉山口出境: the crossing where it leaves;
    从中国铁路上海局集团公司了解到: where the report came from."""
    assert extract_text("这趟班列就会出发,经由广西钦州港,最终到达东南亚。")["routes"] == []
    text = "中欧班列会从我国新疆阿拉山口出境,一路穿过哈萨克斯坦,终点是波兰华沙。"
    assert all(r["origin"] != "阿拉山口" for r in extract_text(text)["routes"])
    text = (
        "从中国铁路上海局集团公司了解到,货物班列由中哈(连云港)物流合作基地开出,目的地是阿拉木图。"
    )
    assert all(r["origin"] != "上海市" for r in extract_text(text)["routes"])


def test_a_canonical_name_another_place_also_goes_by_names_its_own_place():
    """江阴港 is 江苏's port by name, though 福州's 江阴港区 is also written 江阴港."""
    from cqmap.geo.gazetteer import gazetteer

    assert gazetteer().resolve("江阴港").name == "江阴港"
    assert gazetteer().resolve("福州江阴港").name == "江阴港区"


def test_a_line_opened_takes_the_date_told_between_its_name_and_its_opening():
    """今年7月7日,“武汉—东盟试验航线”工作方案获得通过;到了7月21日,…试验航线开通: 7月21日."""
    text = (
        "2014-09-01 今年7月7日,“武汉—东盟四国试验航线”工作方案获得原则通过;"
        "到了7月21日,武汉市对外宣布,通往东盟的试验航线开通。"
    )
    (route,) = extract_text(text)["routes"]
    assert route["opened"].endswith("07-21")


def test_how_often_lines_run_at_a_place_is_no_line_opened():
    """…加密东南亚等国际班列在小南垭站的开行频次: how often they run, no line opened there."""
    assert extract_text("将进一步加密东南亚等国际班列在小南垭站的开行频次。")["routes"] == []


def test_a_website_is_no_station():
    """果园港官方网站: the port's website (网站), no station of its own under the port."""
    ports = {p["name"] for p in extract_text("数据来自果园港官方网站,发布于去年一月。")["ports"]}
    assert ports == {"果园港"}


def test_a_platform_is_no_station():
    """果园港2号站台, 团结村站台: a platform (站台), no station of its own."""
    assert {p["name"] for p in extract_text("货物在果园港2号站台装车。")["ports"]} == {"果园港"}


def test_records_do_not_depend_on_the_hash_seed():
    """Lines counted to several places (…等6个方向的班列) come out in the order told, in every
    process: a set's order, which changes with the hash seed, reached the routes."""
    import os
    import subprocess
    import sys

    text = "今年北部湾港开往成都的班列增至每周五列,已开行至成都、昆明、贵阳、兰州、西宁等6个方向的班列。"
    code = (
        "import json, sys; from cqmap.geo.extract import extract_text; "
        "print(json.dumps(extract_text(sys.argv[1], doc_id='d'), ensure_ascii=False))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, text],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "5", "8")
    }
    assert len(outputs) == 1
    record = json.loads(outputs.pop())
    assert [r["destinations"] for r in record["routes"]] == [
        ["成都市"],
        ["昆明市"],
        ["贵阳市"],
        ["兰州市"],
        ["西宁市"],
    ]


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


def test_the_company_that_runs_an_airport_is_no_airport():
    """重庆机场集团 signs an agreement: a company, as 重庆港务集团 is no port; its place
    stays (重庆), and the airport named on its own is still read."""
    record = extract_text("东航物流与重庆机场集团签署战略合作协议。")
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
    ],
)
def test_the_place_a_facility_is_at_names_no_facility(text, ports, end):
    """北部湾, 珞璜, 马拉舍维奇 written alone are the gulf or the town: a route there goes
    to the facility, but the record lists no port the text does not name."""
    record = extract_text(text)
    assert {p["name"] for p in record["ports"]} == ports
    assert [r["destinations"][-1] for r in record["routes"]] == [end]


def test_a_railway_company_s_freight_office_is_no_facility():
    """中国铁路成都局集团有限公司重庆铁路物流中心 does something: the railway's office, a unit
    of the company named before it; a train leaving 重庆铁路物流中心 leaves a facility."""
    text = "中国铁路成都局集团有限公司重庆铁路物流中心为车企定制运输方案。"
    assert extract_text(text)["ports"] == []
    text = "一趟汽车专列从重庆铁路物流中心驶出。"
    assert [p["name"] for p in extract_text(text)["ports"]] == ["重庆铁路物流中心"]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("万州港依托两江,承接东西,联动干支。", []),  # (two rivers)
        ("两江通航设施全年共通过船舶一万艘。", []),
        ("巴中与内江同在天府大地。", ["巴中市", "内江市"]),  # (Sichuan, poetically)
        ("各区县政府、高新区管委会负责人参加会议。", []),  # (any city's zone)
        # (in a strong context, a list of parties, the new area)
        ("两江、城口两地签署对口协同协议。", ["两江新区", "城口县"]),
    ],
)
def test_a_zone_s_short_name_counts_only_in_a_strong_context(text, regions):
    """两江, 天府 and 高新区 alone are more often two rivers, Sichuan and any city's zone
    than 两江新区, 天府新区 and 重庆高新区: weak short forms."""
    assert [r["name"] for r in extract_text(text)["regions"]] == regions
