"""Extraction as a whole: the records of the seed articles, the output contract (schema,
stable output, one-line errors, any input), the pair patterns written for speed reading as
the plain ones, and what start-up loads. Expectations come from reading the seeds.

What is read from sentences written for the purpose is tested by concern: places in
test_places.py, pairings in test_pairings_read.py, facilities in test_facilities.py, routes
in test_routes.py, test_route_ends.py and test_route_legs.py, dates and openings in
test_openings.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reading import _known, route

from cqmap.geo.clean import DocumentError
from cqmap.geo.extract import (
    default_corpus,
    dumps,
    expand_paths,
    extract_bytes,
    extract_paths,
    extract_text,
)

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


def pairs(record: dict) -> dict[frozenset, dict]:
    return {frozenset((p["a"], p["b"])): p for p in record["pairings"]}


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


def test_places_counted_after_a_list_are_no_unresolved_name_and_confirm_it():
    """卢湾、嘉定、黄浦、宝山四区: 四区 counts the districts listed (one of them a name the
    gazetteer no longer holds), it ends no name; the short names listed are places."""
    record = extract_text("这项帮扶任务由卢湾、嘉定、黄浦、宝山四区分担。")
    assert not {u["surface"] for u in record["unresolved"]} & {"宝山四区", "山四区"}
    assert {"嘉定区", "黄浦区"} <= {r["name"] for r in record["regions"]}


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
    "等", "三地", "一体化", "（", "）",
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
    from cqmap.geo import route_clauses as C
    from cqmap.geo import route_ends as E

    if not skeleton:
        return
    k = data.draw(st.integers(0, len(skeleton) - 1))
    at = data.draw(st.integers(k, len(skeleton) - 1))
    start = max(skeleton.rfind(c, 0, k) for c in C.CLAUSE_ENDS) + 1
    end = C.clause_end(skeleton, at, len(skeleton))
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
