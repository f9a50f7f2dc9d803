"""Tests for geo.clean (and geo.t2s): decoding, HTML, pinyin, mojibake, chrome, t2s."""

from __future__ import annotations

import html
import re
import time
from functools import cache, lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opencc import OpenCC
from tables import table_examples

from cqmap.geo.clean import (
    CLEANING_KEYS,
    CleanedDocument,
    DocumentError,
    clean_bytes,
    clean_text,
    read_text,
    to_simplified,
)
from cqmap.geo.clean.chrome_words import LINE_PATTERNS
from cqmap.geo.extract import extract_text
from cqmap.geo.t2s import tables

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
READING_RE = re.compile(rf"\([a-z{TONED}]*[{TONED}][a-z{TONED}]*\)")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xA0: 0x20}


def seed_path(key: str) -> Path:
    return next(SEEDS.glob(f"{key}_*.txt"))


@cache
def raw(key: str) -> str:
    return seed_path(key).read_text(encoding="utf-8")


@cache
def cleaned(key: str) -> CleanedDocument:
    return clean_bytes(seed_path(key).read_bytes())


def cleaned_lines(key: str) -> set[str]:
    return set(cleaned(key).text.split("\n"))


def normalise(line: str) -> str:
    """An independent, simple cleaning of one raw line without mojibake."""
    line = READING_RE.sub("", line.translate(FULLWIDTH))
    line = to_simplified(line)
    line = re.sub("著(?![名作称述])", "着", line).replace("显着", "显著")
    return " ".join(line.split())


# ---------------------------------------------------------------------------------------
# The seeds: metadata, counts, what is kept and what is dropped
# ---------------------------------------------------------------------------------------

METADATA = {
    "000": (
        "一区两群·区县协同 | 产业协同、城乡互动、科技协作……今年两江新区携手万州干了这些事",
        "10-08 10:00",
        "华龙网-新重庆客户端",
        "simplified",
    ),
    "001": (
        "优势互补+共促共进 两江新区、万州区建立4个对口协同发展机制",
        "01-12 19:42:04",
        "上游新闻·重庆晨报",
        "simplified",
    ),
    "002": (
        "重庆:“一区两群”区县对口协同发展开局良好",
        "2022-01-05 08:40:36",
        "重庆日报",
        "traditional",
    ),
    # 003 has no head: it opens with a body sentence whose "12月14日" is an event date.
    "003": (None, None, None, "traditional"),
    "004": (
        "两江新区:努力在全面建设社会主义现代化新重庆进程中走在前列 更好发挥引领示范作用",
        "2023-01-17 15:06",
        "公民报",
        "traditional",
    ),
}

# Raw line indices (0-based, split on "\n") that are site chrome or spam; every other
# non-empty line is article text and must survive.
CHROME = {
    "000": {36},  # reporter solicitation (报料微信, 报料QQ)
    "001": {
        0,  # breadcrumb
        2,  # dateline
        4,
        16,
        26,
        42,
        60,  # image file names
        72,  # 【免责声明】
        74,
        75,
        76,
        77,
        78,
        79,
        80,
        82,
        84,
        86,
        88,
        90,
        92,  # menus, channels, hot list
        94,
        95,
        96,
        97,
        98,
        99,  # report form
    },  # fmt: skip
    "002": {0, 2, 78, 81, 82, 87, 90, 93},  # breadcrumb, dateline/share, editor, footer
    "003": {14, 55, 79, 80},  # "……", caption with photo credit, site name, copyright
    "004": {
        0,  # breadcrumb
        4,  # dateline
        9,
        77,
        120,
        192,
        241,
        266,  # image placeholders
        79,
        122,
        195,
        243,
        268,  # photo credits
        71,  # "……"
        312,
        314,  # ==附件下载==, "·"
        315,  # spam
    },  # fmt: skip
}


@pytest.mark.parametrize("key", sorted(METADATA))
def test_seed_metadata(key: str) -> None:
    doc = cleaned(key)
    title, date, outlet, script = METADATA[key]
    assert (doc.title, doc.date, doc.outlet, doc.script) == (title, date, outlet, script)
    assert doc.encoding == "utf-8"
    assert tuple(doc.cleaning) == CLEANING_KEYS
    if title is not None:
        assert doc.text.split("\n")[0] == title  # the headline stays in the text


@pytest.mark.parametrize("key", sorted(CHROME))
def test_seed_chrome_dropped(key: str) -> None:
    lines = raw(key).split("\n")
    kept = cleaned_lines(key)
    for i in sorted(CHROME[key]):
        line = normalise(lines[i])
        assert line not in kept, f"{key} line {i} kept: {lines[i]!r}"
        runs = HAN_RUN_RE.findall(line)
        if runs and len(max(runs, key=len)) >= 8:  # and not hidden in another line
            probe = max(runs, key=len)
            assert cleaned(key).text.count(probe) < normalise(raw(key)).count(probe)
    counts = cleaned(key).cleaning
    assert counts["chrome_lines"] + counts["spam_lines"] == len(CHROME[key])


@pytest.mark.parametrize("key", sorted(CHROME))
def test_seed_article_paragraphs_survive(key: str) -> None:
    from cqmap.geo.clean.sentences import JOINS_NEXT_LINE

    text = cleaned(key).text
    kept = cleaned_lines(key)
    lines = raw(key).split("\n")
    for i, line in enumerate(lines):
        if not line.strip() or i in CHROME[key]:
            continue
        if "?" not in line:
            broken = normalise(line)[-1:] in JOINS_NEXT_LINE  # joined to the next line
            after = i and normalise(lines[i - 1])[-1:] in JOINS_NEXT_LINE
            if broken or after:
                assert any(normalise(line) in k for k in kept), f"{key} line {i} lost: {line!r}"
            else:
                assert normalise(line) in kept, f"{key} line {i} lost: {line!r}"
        # Also through the longest Han run (lines with mojibake included).
        runs = HAN_RUN_RE.findall(normalise(line))
        probe = max(runs, key=len)
        assert probe in text, f"{key} line {i} lost: {line!r}"


def test_government_site_page() -> None:
    # the chrome of a government portal: menus, breadcrumb, font and print buttons,
    # previous/next links, the editor, the sponsors and the site code
    page = """<html><head><title>九龙坡区与巫山县签订对口协同发展协议_重庆市人民政府网</title></head>
<body><div>首页 | 政务公开 | 政务服务 | 互动交流 | 走进重庆</div>
<div>当前位置：首页 > 政务公开 > 区县动态</div>
<h1>九龙坡区与巫山县签订对口协同发展协议</h1>
<div>发布时间：2021-03-16 09:12 来源：九龙坡区政府网 【字体：大 中 小】 打印本页</div>
<p>3月15日，九龙坡区党政代表团赴巫山县考察，两地签订对口协同发展协议。</p>
<p>巫山县负责人表示，巫山将和九龙坡携手，共同推动“一区两群”协调发展。</p>
<p>扫一扫在手机打开当前页</p>
<div>上一篇：江北区召开区委常委会会议</div>
<div>下一篇：城口县开展森林防火演练</div>
<p>【责任编辑：张三】</p>
<div>主办：重庆市人民政府办公厅 版权所有：重庆市人民政府网 渝ICP备05003300号</div>
<div>网站标识码：5000000095 联系我们 | 网站地图 | 使用帮助</div>
</body></html>"""
    doc = clean_bytes(page.encode("utf-8"))
    assert (doc.title, doc.date, doc.outlet) == (
        "九龙坡区与巫山县签订对口协同发展协议", "2021-03-16 09:12", "九龙坡区政府网"
    )  # fmt: skip
    assert doc.text.split("\n") == [
        "九龙坡区与巫山县签订对口协同发展协议",
        "3月15日,九龙坡区党政代表团赴巫山县考察,两地签订对口协同发展协议。",
        "巫山县负责人表示,巫山将和九龙坡携手,共同推动“一区两群”协调发展。",
    ]


def test_news_portal_page() -> None:
    # an app banner, a "more" link, editors, and a list of related headlines
    page = """上游新闻APP下载
首页 > 重庆 > 区县
大足区石柱县携手共建“消费帮扶馆”
2022-05-18 16:20:11 来源：上游新闻 作者：记者 李四
5月17日，石柱县特色农产品消费帮扶馆在大足区开馆。
据介绍，大足区累计采购石柱县农产品1.2亿元。
编辑：赵六
审核：钱七
点击查看更多精彩内容
相关新闻
大足区召开一季度经济形势分析会
石柱县黄连产业提质增效
"""
    doc = clean_bytes(page.encode("utf-8"))
    assert (doc.title, doc.date, doc.outlet) == (
        "大足区石柱县携手共建“消费帮扶馆”", "2022-05-18 16:20:11", "上游新闻"
    )  # fmt: skip
    assert doc.text.split("\n") == [
        "大足区石柱县携手共建“消费帮扶馆”",
        "5月17日,石柱县特色农产品消费帮扶馆在大足区开馆。",
        "据介绍,大足区累计采购石柱县农产品1.2亿元。",
    ]


def test_headlines_a_portal_loads_under_its_editor_line_are_dropped() -> None:
    """A portal's correction link and editor (【纠错】 责任编辑: 某某) end the article; under
    its 加载更多 button, the photo headlines it loads are no part of it."""
    page = (
        "首趟冷链班列从南宁开往河内\n"
        "10日,一趟装着冷冻海产品的班列从南宁国际铁路港开往越南河内。\n"
        "+1\n"
        "【纠错】 责任编辑: 王某\n"
        "新闻评论\n"
        "加载更多\n"
        "山东威海海边的雾凇美景引来四方游客\n"
        "甘肃敦煌鸣沙山迎来今冬第一场雪\n"
    )
    assert clean_text(page).text.split("\n") == [
        "首趟冷链班列从南宁开往河内",
        "10日,一趟装着冷冻海产品的班列从南宁国际铁路港开往越南河内。",
        "+1",
    ]


def test_links_to_the_previous_and_next_articles_are_dropped() -> None:
    """Links to the neighbouring articles, however the page writes them (- 上一篇:…, both on
    one line, 上一条 with its headline under it, [1][2] 下一页), are no part of the article;
    a line of the article that starts with 上一条 stays."""
    page = (
        "万州港开通至上海的集装箱航线\n"
        "5月6日,一艘集装箱船从万州港出发驶往上海洋山港。\n"
        "上一条航线开通于两年前,驶往南京港。\n"
        "[1][2][3]下一页\n"
        "- 上一篇:涪陵港新增驶往武汉的班轮\n"
        "上一篇:泸州港开通铁水联运 下一篇:宜宾港吞吐量增长\n"
        "[上一篇] [下一篇]\n"
        "上一条\n"
        "果园港至钦州港的班列增至每日两列\n"
    )
    assert clean_text(page).text.split("\n") == [
        "万州港开通至上海的集装箱航线",
        "5月6日,一艘集装箱船从万州港出发驶往上海洋山港。",
        "上一条航线开通于两年前,驶往南京港。",
    ]


def test_a_caption_that_tells_what_the_photo_shows_is_kept_and_a_credit_alone_is_not() -> None:
    """A photo's caption, a sentence or 图为… with its credit at the end, is the article's
    text (the port it names is the article's); the credit line alone is chrome."""
    page = (
        "果园港新增至钦州港的班列\n"
        "6日,一列装着摩托车的班列从果园港驶出,开往钦州港。\n"
        "一列班列停在果园港内等待装车。 某某 摄\n"
        "图为团结村站的集装箱堆场 记者某某 摄\n"
        "本报记者 某某 摄\n"
    )
    assert clean_text(page).text.split("\n") == [
        "果园港新增至钦州港的班列",
        "6日,一列装着摩托车的班列从果园港驶出,开往钦州港。",
        "一列班列停在果园港内等待装车。 某某 摄",
        "图为团结村站的集装箱堆场 记者某某 摄",
    ]


def test_a_caption_under_its_marker_that_tells_a_sentence_is_kept() -> None:
    """A caption after ▲ is chrome when it only labels the photo, and the article's text
    when it tells a sentence (▲…作业。 某某 摄)."""
    page = (
        "万州港铁水联运量增长\n"
        "今年以来,万州港的铁水联运量比去年同期增长两成。\n"
        "▲码头一景\n"
        "▲新田港区的集装箱正在装车。某某 摄\n"
    )
    assert clean_text(page).text.split("\n") == [
        "万州港铁水联运量增长",
        "今年以来,万州港的铁水联运量比去年同期增长两成。",
        "▲新田港区的集装箱正在装车。某某 摄",
    ]


def test_a_menu_of_one_item_a_line_above_the_body_is_dropped() -> None:
    """A site's channels, one a line with bars between (万州 / | / 涪陵 / | / 黔江 …), are
    a menu."""
    page = (
        "万州\n|\n涪陵\n|\n黔江\n|\n綦江\n首页>区县新闻\n两地携手共建园区\n"
        "5月6日,綦江区与习水县签订合作协议。\n"
    )
    assert clean_text(page).text.split("\n") == [
        "两地携手共建园区",
        "5月6日,綦江区与习水县签订合作协议。",
    ]


def test_the_rows_of_a_pasted_table_are_kept_and_a_menu_is_not() -> None:
    """A table a page pasted, its cells split by bars (主城区 | 对口区县 | / 渝中区 | 城口县 |
    …: three rows or more, as many cells each), is content; a bar of channels, a byline
    with a bar, stay chrome."""
    page = (
        "首页 | 新闻 | 区县 | 图片\n"
        "作者: 本网记者 | 来源:发表于2024-05-06\n"
        "主城区与对口区县安排如下。\n"
        "主城区 | 对口区县 |\n渝中区 | 城口县 |\n大渡口区 | 奉节县 |\n江北区 | 巫山县 |\n"
    )
    assert clean_text(page).text.split("\n") == [
        "主城区与对口区县安排如下。",
        "主城区 | 对口区县 |",
        "渝中区 | 城口县 |",
        "大渡口区 | 奉节县 |",
        "江北区 | 巫山县 |",
    ]


def test_spam_line_dropped() -> None:
    doc = cleaned("004")
    assert doc.cleaning["spam_lines"] == 1
    assert "无码" not in doc.text and "午夜福利" not in doc.text
    for key in ("000", "001", "002", "003"):
        assert cleaned(key).cleaning["spam_lines"] == 0


@pytest.mark.parametrize("key", sorted(METADATA))
def test_no_remnants(key: str) -> None:
    text = cleaned(key).text
    assert not READING_RE.search(text), "pinyin reading left"
    assert not re.search(r"</?\w+>|/p>|&[a-z]+;", text), "HTML remnant left"
    assert not re.search(r"[\uff01-\uff5e\u3000\u00a0\ue000-\uf8ff\ufffd]", text)
    if key >= "002":  # Traditional seeds: every "?" inside a line was mojibake
        assert not re.search(r"\?(?!\n|$)", text)
    assert "\n\n" not in text and text == text.strip()
    assert all(line == line.strip() and "  " not in line for line in text.split("\n"))


def test_pinyin_counts() -> None:
    assert cleaned("002").cleaning["pinyin_readings"] == 675
    assert cleaned("003").cleaning["pinyin_readings"] == 547
    assert cleaned("000").cleaning["pinyin_readings"] == 0


# ---------------------------------------------------------------------------------------
# Mojibake
# ---------------------------------------------------------------------------------------


def test_mojibake_003_hidden_liangjiang() -> None:
    text = cleaned("003").text
    # Both 两江新区 hidden in "?!眱山聟^" runs (their private-use characters were
    # dropped from the corpus) come back.
    assert "”两江新区自贸办有关负责人说。" in text
    assert "”两江新区经济运行局局长、双城办常务副主任李建彬说。" in text
    # 32 visible in the raw text, 2 of them in the dropped footer, 2 recovered.
    assert raw("003").count("兩江新區") == 32
    assert text.count("两江新区") == 32


def test_mojibake_003_runs() -> None:
    doc = cleaned("003")
    text = doc.text
    assert "寄予厚望。《纲要》多处提及两江新区" in text
    assert "“我们着力用好改革关键一招。”李建彬介绍,以企业审批为例" in text
    assert "推进两江天府营业执照互办互发便利化程度。”李建彬介绍,目前" in text
    assert "战略合作关系。”李建彬说。" in text
    assert "李建彬谈到了在共建港航物流枢纽方面" in text
    # "?!?/p>": the full stop comes back, the closing quote's byte went with the "<".
    assert "打造内陆开放门户。\n" in text
    # The run after "當(dāng)?shù)" repairs but its first character (地) is lost.
    assert "为当电子企业提供生产所必须的零部件。" in text
    for garbage in ("眱", "聟", "崩罱", "毒V", "仉娮", "?!", "/p>"):
        assert garbage not in text
    assert doc.cleaning["mojibake_repaired"] == 13
    # Five "?!?/p>" closing quotes and one first character lost.
    assert doc.cleaning["mojibake_unrepaired"] == 6


def test_mojibake_002() -> None:
    doc = cleaned("002")
    assert "类似的资源。现在,两地正谋划共建澄(溪)海(棠)新区" in doc.text
    # "域?qū)崿F(xiàn)": the lost lead byte is the one the document's own 实现 supports.
    assert "在资源、市场、人力、资本、生态等多领域实现全方位对接互动。" in doc.text
    # "日?qǐng)?bào)": 报 comes back from its reading, the ghost "?qǐng)" is counted lost.
    assert doc.outlet == "重庆日报"
    assert doc.cleaning["mojibake_unrepaired"] == 2


def test_mojibake_004() -> None:
    doc = cleaned("004")
    assert "步行最多5分钟。重庆创业汇文化发展有限公司" in doc.text
    # "?!苯\ue3d3?,": 。”近 repaired, the next character's byte is gone (counted).
    assert "我的荣誉感更强了。”近,两江新区翠云街道" in doc.text
    assert "苯" not in doc.text and "\ue3d3" not in doc.text
    assert doc.cleaning["mojibake_repaired"] == 2
    assert doc.cleaning["mojibake_unrepaired"] == 2


def shift(text: str, at: int) -> str:
    """Corrupt ``text`` like the corpus: from character ``at`` on, the GBK bytes lose
    their first byte (shown as "?") and are decoded one byte off until the decoder falls
    back in step; full-width forms are then normalised to ASCII."""
    data = text.encode("gbk")
    head = len(text[:at].encode("gbk"))
    tail = data[head + 1 :].decode("gb18030", "replace").replace("\ufffd", "?")
    return (text[:at] + "?" + tail).translate(FULLWIDTH)


@pytest.mark.parametrize(
    ("original", "at"),
    [
        ("兩江新區經濟運行局局長說：「這是我們的重點工作。」兩江新區管委會表示同意。", "。」"),
        ("會議指出，要加快建設內陸開放門戶。《規劃》明確提出了具體要求和時間表。", "。《"),
        ("萬州區與兩江新區簽訂了“合作協議”，萬州區發展改革委負責人說明了有關情況。", "，萬"),
        ("“我們將加快建設。”萬州區政府負責人說。", "。”"),
    ],
)
def test_mojibake_synthetic(original: str, at: str) -> None:
    corrupted = shift(original, original.index(at))
    assert corrupted != original.translate(FULLWIDTH)
    doc = clean_text(corrupted)
    assert doc.text == clean_text(original).text
    assert doc.cleaning["mojibake_repaired"] == 1


def test_question_marks_left_alone() -> None:
    for text in ("你知道吗?我们在VR展区见。", "怎么办?A股继续上涨。", "真的吗?这是好消息。"):
        doc = clean_text(text)
        assert doc.text == text
        assert doc.cleaning["mojibake_repaired"] == 0


def test_lost_characters_are_removed_not_guessed() -> None:
    doc = clean_text("两江新区\ufffd的发展。")
    assert doc.text == "两江新区的发展。"
    assert doc.cleaning["mojibake_unrepaired"] == 1


# ---------------------------------------------------------------------------------------
# Pinyin, HTML, full-width, 著
# ---------------------------------------------------------------------------------------


def test_pinyin_readings() -> None:
    text = "兩江新區(qū)(2021年-2025年)重慶(chongqing)澄(溪)萬(wàn)州(de)(下称“长安跨越”)"
    doc = clean_text(text)
    assert doc.text == "两江新区(2021年-2025年)重庆(chongqing)澄(溪)万州(de)(下称“长安跨越”)"
    assert doc.cleaning["pinyin_readings"] == 2
    assert clean_text("A(qū)").text == "A(qū)"  # only after Han characters
    assert clean_text("萬(wa\u0300n)州").text == "万州"  # combining tone mark (NFD)
    assert clean_text("萬(wàn)州").text == "万州"  # the only reading, tone mark inside
    # (a space before the ")", as one converter writes it)
    assert clean_text("株式會(huì )社的經(jīng)濟").text == "株式会社的经济"


def test_toneless_pinyin_readings_by_the_dozen() -> None:
    """專(zhuan) 線: a converter's readings without tone marks, with the space after them,
    where the text holds several and each is a syllable; a label, 图(a), stays."""
    text = (
        "广安建成華鎣高興(xing) 、武勝萬(wan) 善4個(ge) 物流園區,“華鎣—深圳”貨運專(zhuan) 線運行。"
    )
    doc = clean_text(text)
    assert doc.text == "广安建成华蓥高兴、武胜万善4个物流园区,“华蓥—深圳”货运专线运行。"
    assert doc.cleaning["pinyin_readings"] == 4
    assert clean_text("如图(a)所示,数据(b)见表(c)。").text == "如图(a)所示,数据(b)见表(c)。"


def test_html_is_stripped() -> None:
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>标题</title>"
        "<script>var x = '<p>两江新区</p>';</script><style>p {color: red}</style></head>"
        "<body><div class=nav>首页 &gt; 双城 &gt; 正文</div><h1>两江新区万州区建立协同发展机制</h1>"
        "<p>第一段&nbsp;内容,两江新区&amp;万州区。</p><br/><p>第二段<b>加粗</b>内容。</p>"
        "<!-- 注释 --></body></html>"
    )
    doc = clean_text(page)
    assert (
        doc.text
        == "两江新区万州区建立协同发展机制\n第一段 内容,两江新区&万州区。\n第二段加粗内容。"
    )
    assert doc.title == "两江新区万州区建立协同发展机制"
    assert doc.cleaning["html_tags"] > 10 and doc.cleaning["html_entities"] == 4
    assert clean_text("第一段。</p>\n第二段。<br>").text == "第一段。\n第二段。"


def test_fullwidth_and_whitespace() -> None:
    doc = clean_text("  ＡＢＣ１２３，第一行。\u3000\u3000第二句\xa0 !\n\n\n\t第二行  \n")
    assert doc.text == "ABC123,第一行。 第二句 !\n第二行"
    assert doc.cleaning["fullwidth_chars"] == 10


def test_zhe() -> None:
    doc = clean_text(
        "兩江新區承載著經濟發展功能,印證著創新,提供著服務,滿載著貨物。"
        "著名的企業取得顯著成果,著眼未來,著力推進,名著與專著。"
    )
    assert doc.text == (
        "两江新区承载着经济发展功能,印证着创新,提供着服务,满载着货物。"
        "著名的企业取得显著成果,着眼未来,着力推进,名著与专著。"
    )
    assert doc.cleaning["zhe_fixed"] == 6


def test_variants_that_t2s_keeps_are_written_as_simplified_text_writes_them() -> None:
    """陜 (a variant of 陝 that OpenCC leaves as it is) is 陕, in Simplified and in
    Traditional pages alike, so that 陜西 is the province; 瑯 is 琅."""
    assert clean_text("首趟班列从陜西发出。").text == "首趟班列从陕西发出。"
    assert clean_text("首趟班列從陜西開出。").text == "首趟班列从陕西开出。"
    assert clean_text("列車駛抵瑯勃拉邦站。").text == "列车驶抵琅勃拉邦站。"
    assert "陕西省" in [r["name"] for r in extract_text("汉中茶叶经陜西运往中亚。")["regions"]]


# ---------------------------------------------------------------------------------------
# Dates, titles, outlets, sentences
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "date", "outlet"),
    [
        ("2022-01-05 08:40:36 来源:重庆日报 分享", "2022-01-05 08:40:36", "重庆日报"),
        ("2023年1月17日 15:06 来源: 重庆晨报", "2023-01-17 15:06", "重庆晨报"),
        ("发布时间:2021/3/9", "2021-03-09", None),
        ("01-12 19:42:04 来源:上游新闻·重庆晨报", "01-12 19:42:04", "上游新闻·重庆晨报"),
        # a byline that opens with its date and time, with no word of metadata
        ("2015-05-29 02:37:30 联合报 记者某某/综合报道", "2015-05-29 02:37:30", None),
        # a date written day first, alone on its line
        ("31.01.2015 13:26", "2015-01-31 13:26", None),
        # (with slashes, its time first: a foreign site's template)
        ("17:26 | 23/03/2020", "2020-03-23 17:26", None),
        # (or after it, past a bar)
        ("19/03/2021 | 08:05", "2021-03-19 08:05", None),
        # an outlet's name and a date, as a byline
        ("长江航运网\u30002020-10-29", "2020-10-29", "长江航运网"),
        # (a portal and its paper, joined by a dash)
        ("华龙网-重庆日报 2020-07-04 06:37:13", "2020-07-04 06:37:13", "华龙网-重庆日报"),
        # a writer's name and a date with its time, as a byline
        ("王小明 2017年04月11日 19:34:00", "2017-04-11 19:34:00", None),
    ],
)
def test_dates_and_outlets(head: str, date: str, outlet: str | None) -> None:
    doc = clean_text(
        f"两江新区万州区建立协同发展机制\n{head}\n两江新区与万州区签署协议。9月16日挂牌。"
    )
    assert (doc.title, doc.date, doc.outlet) == ("两江新区万州区建立协同发展机制", date, outlet)


def test_title_stands_above_the_dateline() -> None:
    doc = clean_text(
        "重庆日报网\n登录 注册\n两江新区万州区建立协同发展机制\n1月17日 15:06 来源:重庆日报\n"
        "两江新区与万州区签署协议,推动产业协同。"
    )
    assert (doc.title, doc.date, doc.outlet) == (
        "两江新区万州区建立协同发展机制",
        "01-17 15:06",
        "重庆日报",
    )
    assert doc.text.split("\n")[:2] == ["重庆日报网", "两江新区万州区建立协同发展机制"]


def test_a_headline_may_end_in_an_exclamation_or_a_question() -> None:
    """专列首发! over its source and time: the headline, not the body's first sentence, so
    the date under it is the article's."""
    doc = clean_text(
        "渝黔专列首发!\n\n来源: 重庆日报 时间: 2021-10-23 10:45:51\n\n"
        "22日下午,首趟渝黔专列从团结村站开出。"
    )
    assert (doc.title, doc.date) == ("渝黔专列首发!", "2021-10-23 10:45:51")
    doc = clean_text("港口通道还远吗?\n2023-08-14 15:00\n首批榴莲运抵果园港。")
    assert (doc.title, doc.date) == ("港口通道还远吗?", "2023-08-14 15:00")


def test_a_dateline_under_a_photos_caption_dates_the_article() -> None:
    """A caption first, its credit at its end (…记者 某某 摄): the dateline opens the line after."""
    doc = clean_text(
        "3月9日,“渝桂新”全程铁海联运往返班列的首发列车从重庆市江津区小南垭铁路物流中心驶出。"
        "本报记者 王某 摄\n本报重庆3月9日电(记者王某)9日上午,一列装满货物的列车驶出。"
    )
    assert doc.date == "03-09"


def test_the_byline_date_under_the_title_wins_over_a_page_date_above_it() -> None:
    doc = clean_text(
        "2020-07-26\n宜宾港集装箱吞吐量突破12万标箱\n• 2014年12月30日 15时21分\n"
        "• 来源: 四川日报\n12月16日上午,宜宾港的近洋航线首航。"
    )
    assert (doc.title, doc.date, doc.outlet) == (
        "宜宾港集装箱吞吐量突破12万标箱",
        "2014-12-30 15:21",
        "四川日报",
    )
    # with no date under the title, the one above it stands
    doc = clean_text(
        "2020-07-26\n宜宾港集装箱吞吐量突破12万标箱\n12月16日上午,宜宾港的近洋航线首航。"
    )
    assert doc.date == "2020-07-26"


@pytest.mark.parametrize("key", sorted(METADATA))
def test_html_wrapped_seed_gives_the_same_result(key: str) -> None:
    body = "\n".join(
        f'<p class="c">{html.escape(line, quote=False)}</p>' for line in raw(key).split("\n")
    )
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>站点</title>'
        f'<script>var a = "<p>";</script></head><body>\n{body}\n</body></html>'
    )
    doc = clean_bytes(page.encode("utf-8"))
    want = cleaned(key)
    assert (doc.text, doc.title, doc.date, doc.outlet) == (
        want.text,
        want.title,
        want.date,
        want.outlet,
    )
    assert doc.cleaning["html_tags"] >= 2 * raw(key).count("\n")  # <p> and </p> per line


def test_dateline_in_body() -> None:
    doc = clean_text("新华社重庆1月5日电(记者 张三)两江新区与万州区签署协议。")
    assert (doc.date, doc.outlet) == ("01-05", "新华社重庆")
    doc = clean_text("12月14日,两地将加强全方位协同。\n两江新区2022年3月5日召开会议。")
    assert (doc.title, doc.date, doc.outlet) == (None, None, None)


def test_sentences_on_seeds() -> None:
    for key in METADATA:
        doc = cleaned(key)
        assert_sentences(doc)
    doc = cleaned("004")
    spans = [doc.text[s:e] for s, e in doc.sentences]
    assert "岁末年初,一连串科技含量高、发展前景广" in spans  # a line broken after "," joined
    assert "新年新气象。" in spans
    doc = cleaned("000")
    spans = [doc.text[s:e] for s, e in doc.sentences]
    assert "“汽车产业是两江新区与万州区推动产业协同的重要发力点。”" in spans


def assert_sentences(doc: CleanedDocument) -> None:
    last = 0
    for start, end in doc.sentences:
        assert last <= start < end <= len(doc.text)
        piece = doc.text[start:end]
        assert piece == piece.strip()
        last = end
    # Every non-space character belongs to a sentence.
    covered = sum(len(doc.text[s:e].replace("\n", "").replace(" ", "")) for s, e in doc.sentences)
    assert covered == len(doc.text.replace("\n", "").replace(" ", ""))


# ---------------------------------------------------------------------------------------
# Encodings and errors
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(METADATA))
@pytest.mark.parametrize(
    ("codec", "name"),
    [
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16-le"),  # with a BOM
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-8-sig", "utf-8-sig"),
    ],
)
def test_encodings_give_the_same_text(key: str, codec: str, name: str) -> None:
    text = raw(key)
    doc = clean_bytes(text.encode(codec))
    assert doc.encoding == name
    assert doc.text == cleaned(key).text
    assert doc.sentences == cleaned(key).sentences


@pytest.mark.parametrize("bom", [b"\xfe\xff", b"\xff\xfe"])
def test_two_spoilt_bytes_that_look_like_a_bom_do_not_decide_the_encoding(bom: bytes) -> None:
    data = bytearray(raw("002").encode("utf-8"))
    data[:2] = bom  # (the first character's bytes spoilt)
    doc = clean_bytes(bytes(data))
    assert doc.encoding == "utf-8"
    assert doc.cleaning["bytes_replaced"] >= 2
    assert doc.text[-200:] == cleaned("002").text[-200:]


@pytest.mark.parametrize("key", ["002", "003", "004"])
def test_big5(key: str) -> None:
    # Big5 has no pinyin letters or private-use characters: the lines it can encode.
    lines = []
    for line in READING_RE.sub("", raw(key)).split("\n"):
        try:
            line.encode("big5")
        except UnicodeEncodeError:
            continue
        lines.append(line)
    text = "\n".join(lines)
    assert len(text) > 500
    text_out, encoding = read_text(text.encode("big5"))
    assert (text_out, encoding) == (text, "big5")
    assert clean_bytes(text.encode("big5")).text == clean_text(text).text


def test_meta_charset_is_honoured() -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>兩江新區與萬州區</p></body></html>'
    data = page.encode("gbk")
    assert read_text(data) == (page, "gb18030")
    assert clean_bytes(data).text == "两江新区与万州区"
    # A wrong label on valid UTF-8 does not win.
    assert read_text(page.encode("utf-8")) == (page, "utf-8")


@pytest.mark.parametrize("key", sorted(METADATA))
def test_bytes_and_str_agree(key: str) -> None:
    text = raw(key)
    assert clean_text(text) == cleaned(key)
    assert clean_text(text.replace("\n", "\r\n")).text == cleaned(key).text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b" \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        (bytes(range(256)) * 8, "binary"),
        ("两江新区, 万州区\n".encode("utf-16-le")[:-1], "truncated"),
        ("两江新区, 万州区\n".encode("utf-16-be")[:-1], "truncated"),
        (b"\xff\xfe" + "两江新区".encode("utf-16-le")[:-1], "truncated"),
        ("两江新区与万州区".encode()[:-1], "truncated"),
        (b"\xff" * 64, "undecodable"),
    ],
)
def test_document_errors(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as err:
        clean_bytes(data)
    text = str(err.value)
    assert message in text and "\n" not in text
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "ab | " * 300 + "x" * 20,  # a navigation bar that is not one
        "a b " * 500,
        ">".join(["首页"] * 200),
        "?" * 3000,
        "?!毒V" * 500,
        "兩(qū" * 1000,
        "<p " * 2000,
        "<script>" * 1000,
        "&amp" * 2000,
        "2023-01-17 " * 500,
    ],
)
def test_pathological_inputs_are_fast(text: str) -> None:
    clean_text("warm up?!")  # first use compiles the tables
    start = time.perf_counter()
    clean_text(text)
    assert time.perf_counter() - start < 1.0


# ---------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("两江新区兩區萬州重慶?？!！,，。、:;“”()（）<>/p&amp;\n \t\u3000\xa0\ufffd")
    + list(TONED)
    + ["(qū)", "?!", "</p>", "&nbsp;", "來源:", "版权所有", "图片", "▲", "著", "?/p>"]
)
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(_ALPHABET, max_size=120).map("".join),
    st.lists(
        st.one_of(_ALPHABET, st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)),
        max_size=120,
    ).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_clean_text_never_crashes(text: str) -> None:
    doc = clean_text(text)
    assert_sentences(doc)
    assert doc == clean_text(text)  # deterministic
    assert tuple(doc.cleaning) == CLEANING_KEYS
    assert doc.script in ("simplified", "traditional", "mixed")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_clean_bytes_decodes_or_raises(data: bytes) -> None:
    try:
        doc = clean_bytes(data)
    except DocumentError as err:
        assert "\n" not in str(err)
    else:
        assert_sentences(doc)


@lru_cache(maxsize=1)
def _opencc() -> OpenCC:
    return OpenCC("t2s")


def _t2s_pieces() -> list[str]:
    t = tables()
    keys = sorted(t.phrases)
    chars = sorted(chr(i) for i, v in enumerate(t.char_table) if isinstance(v, str))
    return keys + chars


_SEPARATORS = list("-,.?!* \n\u3000，。、；：？！…“”‘’『』「」—－（）《》〈〉～【】")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_t2s_pieces()),
            st.sampled_from(_SEPARATORS),
            st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
            st.characters(),
        ),
        max_size=40,
    ).map("".join)
)
def test_to_simplified_equals_opencc(text: str) -> None:
    assert to_simplified(text) == _opencc().convert(text)


@pytest.mark.parametrize("key", sorted(METADATA))
def test_to_simplified_equals_opencc_on_seeds(key: str) -> None:
    text = raw(key)
    assert to_simplified(text) == _opencc().convert(text)


# ---------------------------------------------------------------------------------------
# Fast paths: each equals the plain definition it replaces
# ---------------------------------------------------------------------------------------

_LONG_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_t2s_pieces()),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
        st.characters(min_codepoint=0x20000, max_codepoint=0x2FFFF),
        st.characters(),
    ),
    min_size=150,
    max_size=400,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(_LONG_TEXT)
def test_array_mapping_equals_str_translate(text: str) -> None:
    import numpy  # noqa: F401 (loaded: long texts take the array path)

    from cqmap.geo.t2s import _ASTRAL_RE, ARRAY_MIN, _charwise, tables, use_arrays

    assert use_arrays(ARRAY_MIN) and not use_arrays(ARRAY_MIN - 1)
    t = tables()
    expected = _ASTRAL_RE.sub(
        lambda m: t.astral.get(m.group(), m.group()), text.translate(t.char_table)
    )
    assert len(text) < ARRAY_MIN or _charwise(text, t) == expected
    assert _charwise(text[: ARRAY_MIN - 1], t) == expected[: ARRAY_MIN - 1]


def test_code_sizes_are_the_codecs_sizes() -> None:
    """Every BMP character's size in each codec, as its "ignore" encoding gives it."""
    from cqmap.geo.clean.script import _SCRIPT_CODECS, _code_sizes

    sizes, _ = _code_sizes()
    for k, codec in enumerate(_SCRIPT_CODECS):
        got = (sizes[:0x10000] >> (2 * k)) & 3
        expected = [len(chr(c).encode(codec, "ignore")) for c in range(0x10000)]
        assert got.tolist() == expected, codec
    assert not sizes[0x10000:].any()  # the table's claim for non-BMP characters
    for codec in _SCRIPT_CODECS:
        assert all(chr(c).encode(codec, "ignore") == b"" for c in range(0x10000, 0x110000, 97))


@settings(max_examples=100, deadline=None)
@given(_LONG_TEXT)
def test_encoded_sizes_equal_the_codecs(text: str) -> None:
    import numpy  # noqa: F401 (loaded: long texts take the array path)

    from cqmap.geo.clean.script import _SCRIPT_CODECS, _encoded_sizes

    for sample in (text, text[:50]):
        expected = tuple(len(sample.encode(c, "ignore")) for c in ("ascii", *_SCRIPT_CODECS))
        assert _encoded_sizes(sample) == expected


_READING_PIECES = st.sampled_from(
    ["兩", "區", "萬", "州", "的", "A", "(", ")", " ", "qū", "wàn", "zhuàng", "lǜe", "nü", "ba",
     "xyz", "ēr", "ā", "qu", "jiāngg", "(qū)", "(wàn)", "(ba)", "(q)", "(zhōngguó)"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_READING_PIECES, max_size=30).map("".join))
def test_reading_removal_equals_the_syllable_regex(text: str) -> None:
    from cqmap.geo.clean.chars import HAN
    from cqmap.geo.clean.readings import _remove_readings, _syllable_regex

    reading = re.compile(rf"\((?<=[{HAN}]\()(?:{_syllable_regex()}) ?\)")
    counts = dict.fromkeys(CLEANING_KEYS, 0)
    assert (_remove_readings(text, counts), counts["pinyin_readings"]) == reading.subn("", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_READING_PIECES, max_size=12).map("".join))
def test_marker_readings_equal_the_syllable_regex(text: str) -> None:
    from cqmap.geo.clean.readings import _syllable_regex, marker_reading

    reading = re.compile(rf"\(?({_syllable_regex()})\)")
    for pos in range(len(text) + 1):
        expected, got = reading.match(text, pos), marker_reading(text, pos)
        assert (got and (got.span(), got.group(1))) == (
            expected and (expected.span(), expected.group(1))
        )


def test_toned_syllables_are_what_the_syllable_regex_accepts() -> None:
    import random

    from cqmap.geo.clean.readings import _syllable_regex, _toned_syllables

    syllable = re.compile(f"(?:{_syllable_regex()})")
    spellings = _toned_syllables()
    assert all(syllable.fullmatch(s) for s in spellings)
    letters = sorted(set("".join(spellings)))
    rng = random.Random(0)
    for _ in range(20000):
        s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
        assert bool(syllable.fullmatch(s)) == (s in spellings), s
    for s in sorted(spellings)[::7]:  # one letter changed
        for i in range(len(s)):
            for c in letters:
                t = s[:i] + c + s[i + 1 :]
                assert bool(syllable.fullmatch(t)) == (t in spellings), t


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "两", " ", "  ", "\n", "\t", "\u3000"]), max_size=30).map(
        "".join
    )
)
def test_split_lines_equals_strip_and_drop(text: str) -> None:
    from cqmap.geo.clean.chrome import _split_lines

    odd = "\t" in text
    plain = text.replace("\t", " ") if odd else text
    plain = re.sub(" {2,}", " ", plain)
    want = [line for line in (part.strip(" ") for part in plain.split("\n")) if line]
    assert _split_lines(text, odd) == want


@pytest.mark.parametrize(("rule", "example"), table_examples(LINE_PATTERNS, label=str))
def test_every_chrome_line_pattern_drops_its_examples(rule, example) -> None:
    """Each line pattern matches its examples whole, is tried for their first character,
    and cleaning drops them from an article (the text around them stays)."""
    assert re.fullmatch(rule.pattern, example), rule.name
    assert example[0] in rule.firsts, f"{rule.name}: {example[0]!r} is not among its firsts"
    body = "万州区与江北区签署对口协同协议,共建产业园区。"
    cleaned = clean_text(f"{body}\n{example}\n{body}")
    assert cleaned.text == f"{body}\n{body}"
    assert cleaned.cleaning["chrome_lines"] == 1


def test_cleaning_runs_its_declared_steps_in_order(monkeypatch) -> None:
    """clean_text is the list of steps: taking one out of STEPS takes its work out."""
    import cqmap.geo.clean as clean

    html = "<p>万州区与江北区签署对口协同协议。</p>"
    assert clean.clean_text(html).text == "万州区与江北区签署对口协同协议。"
    steps = tuple(s for s in clean.STEPS if s.name != "strip HTML")
    monkeypatch.setattr(clean, "STEPS", steps)
    assert "<p>" in clean.clean_text(html).text


def test_lines_broken_mid_sentence_are_joined() -> None:
    """A page that breaks lines after dashes and list commas: the sentence is one line
    again, and its routes are read; lines ending a heading, a colon or a full stop stay."""
    from cqmap.geo.extract import extract_bytes

    page = "江津港航线再添新成员\n目前已开通:\n江津—\n成都、\n江津—\n昆明铁水联运班列。\n下一步将加密班次。"
    doc = clean_text(page)
    assert doc.text.split("\n") == [
        "江津港航线再添新成员",
        "目前已开通:",
        "江津—成都、江津—昆明铁水联运班列。",
        "下一步将加密班次。",
    ]
    assert doc.cleaning["broken_lines_joined"] == 3
    routes = extract_bytes(page.encode())["routes"]
    assert sorted((r["origin"], *r["destinations"]) for r in routes) == [
        ("江津区", "成都市"),
        ("江津区", "昆明市"),
    ]


def test_lines_of_verse_are_one_passage() -> None:
    """A page laid out as verse, a phrase to a line: a run of such lines is one passage,
    its breaks commas (none after an open 的), and its route is read; the title, a list and
    a menu's row of words stay lines of their own."""
    from cqmap.geo.extract import extract_bytes

    page = (
        "柑橘出海记\n5月9日上午\n一列装满忠县柑橘的\n铁海联运班列\n从果园港鸣笛出发\n"
        "三天后将抵达钦州港\n这批柑橘随后装船运往新加坡。\n"
        "入选名单\n1.忠县柑橘园\n2.万州柠檬园\n3.开州茶园\n4.云阳蚕桑园\n"
        "首页  新闻  图片\n关于我们  联系方式\n网站地图  隐私声明\n帮助中心  意见反馈"
    )
    doc = clean_text(page)
    lines = doc.text.split("\n")
    assert lines[:3] == [
        "柑橘出海记",
        "5月9日上午,一列装满忠县柑橘的铁海联运班列,从果园港鸣笛出发,三天后将抵达钦州港",
        "这批柑橘随后装船运往新加坡。",
    ]
    assert "1.忠县柑橘园" in lines and "4.云阳蚕桑园" in lines
    assert lines[-4:] == [
        "首页 新闻 图片",
        "关于我们 联系方式",
        "网站地图 隐私声明",
        "帮助中心 意见反馈",
    ]
    routes = extract_bytes(page.encode())["routes"]
    assert [(r["origin"], r["destinations"], r["via"]) for r in routes] == [
        ("果园港", ["新加坡"], ["钦州港"])
    ]


def test_commas_before_another_mark_are_dropped() -> None:
    """A page that puts a comma after every phrase (綦江区政协,、遵义市政协 … 工作,。):
    the commas before another mark go, the list reads as a list, and its two parties are
    a pair; a comma between words stays."""
    from cqmap.geo.extract import extract_bytes

    page = "6月3日,,綦江区政协,、遵义市政协来到习水县,考察赤水河保护工作,。两地将继续协作。"
    doc = clean_text(page)
    assert (
        doc.text == "6月3日,綦江区政协、遵义市政协来到习水县,考察赤水河保护工作。两地将继续协作。"
    )
    assert doc.cleaning["stray_commas"] == 3
    pairs = extract_bytes(page.encode())["pairings"]
    assert [(p["a"], p["b"]) for p in pairs] == [("綦江区", "遵义市")]
    # (after a mark of a list: 甲港、,乙港 is the list 甲港、乙港, whose ports are the line's ends)
    page = "钦州港新开了直达泰国林查班港、,越南海防港的两条航线。"
    doc = clean_text(page)
    assert doc.text == "钦州港新开了直达泰国林查班港、越南海防港的两条航线。"
    # (two lines counted: one to each)
    routes = extract_bytes(page.encode())["routes"]
    assert sorted(d for r in routes for d in r["destinations"]) == ["林查班港", "海防港"]


def test_dates_spaced_out_are_written_together() -> None:
    """An e-paper's dates with spaces in them (本报重庆 7 月 20 日电, 2024 年 11 月 18 日,
    5 月6 日): written together, so the head's date (with its weekday) and a route's
    opening day are read; a count of years (5 年间) stays as it is."""
    from cqmap.geo.extract import extract_bytes

    page = (
        "新田港的新线路\n2021 年 10 月 12 日 星期二\n"
        "本报重庆 10 月 11 日电 5 年间,这条线路从无到有。"
        "2021 年 10 月 8 日,首趟班列从万州新田港铁路专用线出发,开往广西钦州港。"
    )
    doc = clean_text(page)
    assert "2021年10月8日,首趟班列" in doc.text
    assert "5 年间" in doc.text
    assert doc.cleaning["spaced_dates_joined"] == 3
    assert doc.date == "2021-10-12"
    (route,) = extract_bytes(page.encode())["routes"]
    assert route["opened"] == "2021-10-08"


def test_odd_dashes_between_places_are_dashes():
    """A horizontal bar or a box-drawing line typed between two places (洋浦─海防,
    大连―新西伯利亚) is a dash: the line's ends are read."""
    from cqmap.geo.extract import extract_bytes

    page = "洋浦─海防集装箱航线首航。大连―新西伯利亚国际道路运输线路启动。"
    doc = clean_text(page)
    assert doc.text == "洋浦—海防集装箱航线首航。大连—新西伯利亚国际道路运输线路启动。"
    assert doc.cleaning["fullwidth_chars"] == 2
    routes = extract_bytes(page.encode())["routes"]
    assert sorted((r["origin"], *r["destinations"]) for r in routes) == [
        ("大连市", "新西伯利亚"),
        ("洋浦港", "海防市"),
    ]
