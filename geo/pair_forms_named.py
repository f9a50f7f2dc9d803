"""Pair patterns of two regions named together as one: listed, then told as two or acting
together (A、B两地, A、B签订), or under the title of their joint action (A、B“联合…”);
written together before what they do together or their joint meeting (AB两地, AB携手), or
before the park they build (AB产业园); joined by a dot (A·B) or a dash before what they do
as a pair (A—B对口协同), or a dash inside the name of an area they build (“A—B”片区); a row
of a pasted table of pairs (A | B). Entries of :data:`cqmap.geo.pair_forms.TWO_PARTY_FORMS`,
placed in its order there.
"""

from __future__ import annotations

from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    A_WAY_BETWEEN,
    AS_PAIR,
    JOINT_AREAS,
    JOINTLY,
    LEAD,
    MEETING_OF_BOTH,
    NOT_BORDERING,
    NOT_COUNTED,
    NOT_EVENT_WEEK,
    ORG,
    PARK,
    RUN_TOGETHER,
    TOGETHER,
    ahead,
    alt,
)
from cqmap.geo.skeleton import A

__all__ = ["NAMED_FORMS"]

# What two places told as one (A、B两地) are not right after: a list going on, a place, a
# word of going or joining (赴, 与), or the end of a verb of visiting or studying, whose
# object they are (考察江津、綦江两地商会的做法; 参观, 走访, 调研), or of helping, whom
# a third's work serves (两家企业签约,助力重庆、广东两地扩大贸易)
_NOT_TWO_AFTER = "、\ue000-\ue7ff赴到与和同往抵察观访研力"
# What two places told as one are not right before: where something is held (活动在重庆、
# 成都两地同时举行; but 在A与B共同推动下 is the two acting)
_HELD_THERE = "(?:同时|同步|分别)?(?:举行|举办|召开|展出)"
# (nor after where goods or a river pass: 运抵重庆、云南两地, 流经四川、重庆两地; 经 alone
# is by whom, 经四川省、重庆市两地政府批复)
_NOT_TWO_AFTER_WORDS = ("流经", "途经")
# Parties of no place acting with the two, listed after them (四川省、重庆市的有关单位以及
# 机场、航空公司将一起签署: the two act together still): 以及, 及, 和 or 与 and a few items,
# none a place
_OTHER_PARTIES = "(?:(?:以及|及|和|与)[^，,。；;、\ue000-\uefff]{1,12}(?:、[^，,。；;、\ue000-\uefff]{1,12}){1,4})?"

NAMED_FORMS: tuple[PairPattern, ...] = (
    # (Not after 、, a region or a verb: checked behind the first party, so that the regex
    # engine can skip ahead to regions. Its matches are its own: ``alone``.)
    PairPattern(
        "A、B两地",
        rf"(?<![{_NOT_TWO_AFTER}]){''.join(f'(?<!{w})' for w in _NOT_TWO_AFTER_WORDS)}{LEAD}{ORG}"
        rf"(?:[、和与]|[，,]和){ORG}(?P<b>{A}){NOT_COUNTED}{NOT_BORDERING}{ORG}{_OTHER_PARTIES}"
        rf"{ORG}{alt(TOGETHER)}(?!{A_WAY_BETWEEN})(?!{_HELD_THERE})",
        TOGETHER,
        (
            PairExample("潼南、遂宁两地共建产业园。", (("潼南区", "遂宁市"),)),
            PairExample("荣昌、泸县签订文旅合作协议。", (("荣昌区", "泸县"),)),
            # (each with the people it sends, a comma before 和; going as companions, 结伴)
            PairExample(
                "安岳县某村的护林员,和潼南区某镇的护林员结伴巡山。", (("潼南区", "安岳县"),)
            ),
            PairExample("铜梁区的志愿者和合川区的志愿者一同植树。", (("铜梁区", "合川区"),)),
            # (put together, by a third: 放在一起)
            PairExample("规划把邻水县的几个镇和渝北区的几个镇放在一起统一规划,推进合作。", ()),
            # (working together with a third that is no place: 与一家物流企业合作)
            PairExample("该航线由荆门市、梁平区与一家物流企业合作运营。", (("梁平区", "荆门市"),)),
            # (and with parties of no place listed after them: 以及机场、航空公司)
            PairExample(
                "贵州省、重庆市的有关部门以及铁路、港口企业将一同签署合作备忘录。",
                (("重庆市", "贵州省"),),
            ),
            PairExample("荣昌、永川合作社负责人参加了培训。", ()),
            PairExample("湖北、重庆库区共签约招商项目41个。", ()),
            # (one landscape, not two parties: 合江佛宝与江津四面山同为一体)
            PairExample("合江佛宝与江津四面山同为一体。", ()),
            # (where they meet, where goods arrive or a river passes: no pair; approved by
            # both, 经…两地政府批复, a pair)
            PairExample("开江、梁平两县界牌旁有一座古亭。", ()),
            PairExample("这批货物将运抵重庆、云南两地。", ()),
            PairExample("这条河流经四川、重庆两地。", ()),
            PairExample("启动仪式在遵义、綦江两地同时举行,共同推进合作。", ()),
            # (but 在…下, under the two acting together: a pair)
            PairExample(
                "在江津区商务委与泸州市商务局共同推动下,两家企业签订合同。",
                (("江津区", "泸州市"),),
            ),
            # (a service of the two, no work of theirs together)
            PairExample("眼下重庆、长沙两地中欧班列每周都有多趟发出。", ()),
            PairExample("经四川省、重庆市两地政府批复,先行区获准设立。", (("重庆市", "四川省"),)),
        ),
        needs_cue=False,
        fast=rf"{LEAD}(?<![{_NOT_TWO_AFTER}].){''.join(f'(?<!{w}.)' for w in _NOT_TWO_AFTER_WORDS)}"
        rf"{ahead('、和与，,')}{ORG}(?:[、和与]|[，,]和){ORG}"
        rf"(?P<b>{A}){NOT_COUNTED}{NOT_BORDERING}{ORG}{_OTHER_PARTIES}{ORG}{alt(TOGETHER)}"
        rf"(?!{A_WAY_BETWEEN})(?!{_HELD_THERE})",
        alone=True,
        not_gainers=True,
    ),
    # Two parties acting as one, where what they do is the title of their joint action:
    # 永川区政协、泸州市政协“…联合视察协商”活动 (the word sits inside the quotation).
    PairPattern(
        "A、B“联合…”",
        rf"(?<![、\ue000-\ue7ff赴到与和同往]){LEAD}{ORG}[、和与]{ORG}(?P<b>{A}){ORG}"
        rf"[“\"][^”\"。；;\ue000-\ue7ff]{{0,30}}?{alt(JOINTLY)}",
        JOINTLY,
        (
            PairExample(
                "綦江区政协、遵义市政协“生态共治联合调研”活动在习水举行。",
                (("綦江区", "遵义市"),),
            ),
            PairExample("綦江区、遵义市“旅游节”开幕,两地游客联合参与。", ()),
        ),
        needs_cue=False,
        fast=rf"{LEAD}(?<![、\ue000-\ue7ff赴到与和同往].){ahead('、和与')}{ORG}[、和与]{ORG}"
        rf"(?P<b>{A}){ORG}[“\"][^”\"。；;\ue000-\ue7ff]{{0,30}}?{alt(JOINTLY)}",
        alone=True,
    ),
    # (Not an event named by its host and its guest: “重庆·山东周” is a week of one
    # province's events held in the other, no statement of their working together.)
    PairPattern(
        "A·B",
        rf"{LEAD}\s*[·•・‧]\s*(?P<b>{A}){NOT_EVENT_WEEK}",
        ("[·•・‧]",),
        (
            PairExample("“永川·彭水”对口协同联席会议召开。", (("永川区", "彭水县"),)),
            PairExample("江北·酉阳结对五周年座谈会召开,双方共话协作。", (("江北区", "酉阳县"),)),
            PairExample("借助“重庆·浙江周”等平台招引合作项目。", ()),
        ),
        needs_cue=False,
    ),
    PairPattern(
        "A | B",
        # a row of a table of pairs a page pasted, under a caption that says what they do
        # (…对口协同安排 / 主城区 | 对口区县 | / 渝中区 | 城口县 |): the cue is the caption's
        rf"(?<![^\n]){LEAD} ?\| ?(?P<b>{A}) ?\|?(?![^\n])",
        ("\\|",),
        (
            PairExample(
                "主城区与渝东北区县对口协同安排如下。\n主城区 | 对口区县 |\n渝中区 | 城口县 |\n"
                "大渡口区 | 奉节县 |\n江北区 | 巫山县 |",
                (("渝中区", "城口县"), ("大渡口区", "奉节县"), ("江北区", "巫山县")),
            ),
            # (a table of something else: no pairs)
            PairExample(
                "各区县今年降水量如下。\n区县 | 降水 |\n渝中区 | 城口县 |\n大渡口区 | 奉节县 |\n"
                "江北区 | 巫山县 |",
                (),
            ),
        ),
        needs_cue=True,
    ),
    PairPattern(
        "AB两地",
        # two places written together, then what they do together: 济宁万州两地, 江北酉阳携手,
        # 重庆四川党政联席会议 (a meeting of both)
        rf"{LEAD}(?P<b>{A}){alt(RUN_TOGETHER + MEETING_OF_BOTH)}",
        RUN_TOGETHER + MEETING_OF_BOTH,
        (
            PairExample("江北酉阳携手前行,帮扶深情令人感动。", (("江北区", "酉阳县"),)),
            PairExample("今年,济宁万州签订了东西部协作框架协议。", (("万州区", "济宁市"),)),
            PairExample("落实重庆四川党政联席会议达成的共识。", (("重庆市", "四川省"),)),
            PairExample("湖北重庆两省市联合出台了实施方案。", (("湖北省", "重庆市"),)),
            PairExample("重庆成都双核联动联建会议召开。", (("重庆市", "成都市"),)),
        ),
        needs_cue=False,
    ),
    PairPattern(
        "AB产业园",
        rf"{LEAD}(?P<b>{A}){alt(PARK)}",
        PARK,
        (
            PairExample("渝北云阳产业协作园区开园。", (("渝北区", "云阳县"),)),
            # (the helper's project in the place helped)
            PairExample("查看了城口县临沂市重点援助项目。", (("城口县", "临沂市"),)),
        ),
        needs_cue=False,
    ),
    # A conference or programme named by its pair: 永川区—彭水县对口协同工作推进会, 南川—武隆
    # 一体化发展方案.
    PairPattern(
        "A—B对口协同",
        rf"{LEAD}\s*[—–\-－]\s*(?P<b>{A})(?=[^\ue000-\uefff，,。；;]{{0,4}}{alt(AS_PAIR)})",
        AS_PAIR,
        (
            PairExample("江北区—酉阳县对口协同工作推进会召开。", (("江北区", "酉阳县"),)),
            PairExample("有关部门编制了南川—武隆一体化发展方案。", (("南川区", "武隆区"),)),
            PairExample("加快推动璧山—铜梁同城化发展。", (("璧山区", "铜梁区"),)),
            # (a line between them is no pair: 綦江—万盛公交一体化 is the buses')
            PairExample("开通綦江—万盛城际公交。", ()),
        ),
        needs_cue=False,
    ),
    # Areas built by places across a border, each named by its places: 打造“江津—赤水、
    # 习水”“南川—道真、正安”“秀山—铜仁”三大片区 (the first with each of the others).
    PairPattern(
        "“A—B”片区",
        rf"[“\"]{LEAD}\s*[—–\-－]\s*(?P<b>{A}(?:、{A})*)[”\"]"
        rf"(?=(?:[“\"][^”\"。；;]{{0,24}}[”\"])*[^，,。；;“\"]{{0,6}}?{alt(JOINT_AREAS)})",
        JOINT_AREAS,
        (
            PairExample(
                "着力打造“綦江—桐梓”“南川—道真、正安”两大片区。",
                (("綦江区", "桐梓县"), ("南川区", "道真仡佬族苗族自治县"), ("南川区", "正安县")),
            ),
            PairExample("开通“重庆—成都”“重庆—贵阳”两条航线。", ()),
        ),
        needs_cue=False,
        alone=True,
    ),
)
