"""Pair patterns of a region with another: joined by a word of working with (A与B签署,
A和B共建), by a verb of pairing or helping that takes the partner as its object
(A携手B, A对口帮扶B, A联合B), or told later in the region's own clause (A…,与B形成合作
机制). Not the regions a third party joins, builds in or aids (推进建设A和B的示范区, 对口支援A
和B), nor two joined that each act on their own (A与B都…), nor a region that begins a way's
name (A至B高速). Entries of :data:`cqmap.geo.pair_forms.TWO_PARTY_FORMS`, placed in its
order there.
"""

from __future__ import annotations

from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    JOIN,
    LEAD,
    LIST,
    NOT_BORDERING,
    NOT_CO_HELPERS,
    NOT_COUNTED,
    ORG,
    PAIR_VERBS,
    PLACE_PREPOSITIONS,
    RUN,
    RUN_OUT,
    WAY_LINES,
    WITH,
    ahead,
    alt,
    firsts,
)
from cqmap.geo.skeleton import NOT_A

__all__ = ["WITH_FORMS"]

# A body's other name, in brackets right after its own (四川天府新区法院（四川自贸区法院）与…):
# still that body, whatever places the other name holds
_ALIAS = "(?:[（(][^（）()、，,。；;]{1,24}[)）])?"

# A region joined to what comes before it (服从国家和湖北省的总体安排, 执行国家及贵州省的
# 要求): the second of two things named, no subject of the sentence
_JOINED = "和及"

# A title right before the joining word (依照《行动计划》和重庆、四川的工作部署): the
# word joins the title to what follows, not the region before the title to it
_NOT_TITLE_JOINED = "(?<!》)"

# Two places joined, then 都 or 均 (重庆与成都都在抓住机遇): each does it on its own, no
# work of theirs together (not 都市: 与成都都市圈协同)
_EACH = "(?!都(?!市)|均)"

# What two places joined (A与B, A和B) right after are the object of, or the core of
# something built: 推进建设荣昌和隆昌的示范区, 以安岳和潼南为核心打造金三角 (built there,
# not by them)
_OBJECT_AFTER = "设以"

# …or the end of a word of aiding (对口支援武隆区和石柱县, 帮扶城口与巫溪): the two aided,
# side by side, as co-objects are
_AIDED_AFTER = "援扶"

# A region that begins a way's name (两省携手出资的巫山至巴东高速): the way's end, no partner
_NOT_A_WAY_NAME = (
    "(?!(?:至|到|—|－|-)[\ue000-\ue7ff]?[^，,。；;\ue000-\uefff]{0,4}?"
    f"{alt((*WAY_LINES, '快速通道'))})"
)

# …or the end of a word of visiting or studying (先后走访两江新区和合川区, 考察荣昌与大足):
# the places visited, side by side, no partners of each other
_VISITED_AFTER = "访察观研"

WITH_FORMS: tuple[PairPattern, ...] = (
    PairPattern(
        "A与B",
        rf"{LEAD}{ORG}{_ALIAS}{_NOT_TITLE_JOINED}{alt(JOIN)}{ORG}(?P<b>{LIST}){_EACH}{NOT_BORDERING}"
        rf"{NOT_COUNTED}{NOT_CO_HELPERS}",
        JOIN,
        (
            PairExample("璧山区与巫溪县签署产业协作协议。", (("璧山区", "巫溪县"),)),
            # (a body's other name in brackets after its own: 法院（自贸区法院）)
            PairExample(
                "四川天府新区检察院（四川自贸区检察院）与重庆两江新区检察院签署协作协议。",
                (("两江新区", "天府新区"),),
            ),
            # (a zone and the district that hosts it are partners of their own; the
            # municipality and a zone of it are not)
            PairExample("綦江区与万盛经开区签署合作协议。", (("万盛经开区", "綦江区"),)),
            PairExample("重庆市与万盛经开区签署合作协议。", ()),
            # (a partner and others: 等地 before the pairing itself)
            PairExample("上海市与万州区等地实施结对支援以来成效显著。", (("万州区", "上海市"),)),
            # (with others, one of them told after 等 too: the partners of the cooperation)
            PairExample(
                "广西正与贵州、重庆等省市及新加坡积极合作。",
                (("重庆市", "广西壮族自治区"),),  # (the pairs with a side in Chongqing)
            ),
            PairExample("荣昌区与泸县接壤,两地合作推进产业协同。", ()),
            # (the rest of the list before 接壤, and what lies within each: where, not who)
            PairExample("綦江区与遵义市桐梓县、习水县等区域接壤,合作潜力大。", ()),
            PairExample("嘉陵江四川境内和重庆境内的航电工程由合作各方建成。", ()),
            # (the two a way draws together: linked, not working together)
            PairExample("新高铁通车后,湖南将与重庆紧紧联系起来,共同分享发展红利。", ()),
            # (the ends of a third's link: 串联, 打通)
            PairExample("三方合作构建串联香港与重庆的航空货运网络。", ()),
            PairExample("双方分别在重庆与成都启动创新中心项目。", ()),
            PairExample("代表们随后到江津、荣昌和大足参观考察。", ()),
            # (the places a delegation visits in turn: no partners of each other)
            PairExample("代表团来到重庆,先后走访两江新区和合川区,就产业合作开展对接。", ()),
            # (the object of what is built, or the core of it: built there, not by them)
            PairExample(
                "两院签署合作协议,将推进建设荣昌和隆昌的特色农业示范区,并以安岳和潼南为核心打造柠檬基地。",
                (),
            ),
            # (和 that ends a list of partners goes on with the list: 璧山 is no party)
            PairExample("该县将联合巫山、巫溪、奉节、璧山和湖北巴东一起推进合作。", ()),
            # (whose reports a third heard: they report apart)
            PairExample("调研组听取了武隆区和酉阳县扶贫办的协作工作汇报。", ()),
        ),
        needs_cue=True,
        fast=rf"{LEAD}{ahead(firsts(JOIN) + '（(')}{ORG}{_ALIAS}{_NOT_TITLE_JOINED}{alt(JOIN)}"
        rf"{ORG}(?P<b>{LIST}){_EACH}"
        rf"{NOT_BORDERING}{NOT_COUNTED}{NOT_CO_HELPERS}",
        not_after=PLACE_PREPOSITIONS + _OBJECT_AFTER + _AIDED_AFTER + _VISITED_AFTER,
        closes_list=True,
        not_gainers=True,
        not_heard=True,
    ),
    PairPattern(
        "A携手B",
        rf"{LEAD}{ORG}{alt(PAIR_VERBS)}{ORG}(?P<b>{LIST}){_NOT_A_WAY_NAME}",
        PAIR_VERBS,
        (
            PairExample("江北区对口帮扶酉阳县发展特色农业。", (("江北区", "酉阳县"),)),
            PairExample("泸州市联合江津区共建产业集群。", (("江津区", "泸州市"),)),
            PairExample("吉林省帮助巫溪县种植脱毒马铃薯。", (("巫溪县", "吉林省"),)),
            PairExample("贵州将配合重庆完成界河航道论证。", (("重庆市", "贵州省"),)),
            # (联合向: jointly, to a third)
            PairExample("潼南区政府联合向四川省发展改革委提交报告。", ()),
            # (a list of parties helping one: each is its partner, not each other's)
            PairExample("山东省、沈阳市对口支援忠县。", (("山东省", "忠县"), ("沈阳市", "忠县"))),
            PairExample("山东省和沈阳市对口支援忠县。", (("山东省", "忠县"), ("沈阳市", "忠县"))),
        ),
        needs_cue=False,
        listed_firsts=True,
        fast=rf"{LEAD}{ahead(firsts(PAIR_VERBS))}{ORG}{alt(PAIR_VERBS)}{ORG}(?P<b>{LIST})"
        rf"{_NOT_A_WAY_NAME}",
    ),
    PairPattern(
        "A…,与B",
        rf"^{NOT_A}{{0,30}}?{LEAD}(?P<gap>{RUN}{{0,60}}?){alt(WITH)}{ORG}(?P<b>{LIST}){_EACH}{NOT_BORDERING}"
        rf"{NOT_COUNTED}",
        WITH,
        (PairExample("万州区积极拓宽渠道,与开州区形成合作机制。", (("万州区", "开州区"),)),),
        needs_cue=True,
        fast=rf"^{NOT_A}{{0,30}}+{LEAD}{ahead(firsts(WITH), 60, RUN_OUT)}"
        rf"(?P<gap>{RUN}{{0,60}}?){alt(WITH)}{ORG}(?P<b>{LIST}){_EACH}{NOT_BORDERING}"
        rf"{NOT_COUNTED}",
        same_subject=True,
        not_after=PLACE_PREPOSITIONS + _JOINED,
        not_gainers=True,
        not_heard=True,
    ),
)
