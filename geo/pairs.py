"""Pairings read from sentences: pair patterns as a table.

Each pair pattern is one entry of :data:`PAIR_PATTERNS`: its name (recorded in the
evidence), its pattern over the sentence's skeleton (:mod:`cqmap.geo.skeleton`; ``A`` is a
region that can pair), written plainly (``plain``) and, where that is slow, as it runs
(``pattern``: the same matches, with guards that make most regions fail at once; a test
checks that the two agree), the words it turns on (from which its hint and guard are
made), what it yields, and example sentences with the pairs they give, which are also its
tests. Adding a form is one entry.

What a match yields: first parties in group ``a``, partners in group ``b``; every first
party with every partner, unless the entry says otherwise: ``among`` (every two of
group ``a``), ``respective`` (the regions in turn, A与B、C与D), ``co_subjects`` (first
parties side by side, never a pair themselves), ``co_objects`` (partners aided side by
side, never a pair themselves), ``implied`` (the first party is the
paragraph's or document's subject), ``members`` (the regions a composite name stands for:
万达开, 川渝, every two).

Three readings span sentences and are no entry of the table (:mod:`cqmap.geo.relations`):
双方 or 两地 continuing the last pair, 两地 after a sentence that names exactly two
regions, and the members of a group counted and told acting as one (川渝毗邻七区县…共商),
listed as many as the count in that sentence or one of the next three (every two:
:func:`cqmap.geo.pair_matching.members_listed`).

The words and regex pieces the patterns are written with are :mod:`cqmap.geo.pair_words`;
how a document's sentences are matched against the table, and a sentence's matches
become its pairs, is :mod:`cqmap.geo.pair_matching`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from cqmap.geo.pair_words import (
    AID_AFAR,
    AID_FOCUS,
    AID_GIVEN,
    AIDED_AT,
    ALL_TOGETHER,
    AS_PAIR,
    ASK,
    BACK,
    COUNTED,
    DELIVER,
    FOR,
    FRONT,
    GO,
    GO_TOGETHER,
    GUIDE,
    GUIDE_TO,
    HELPED,
    IN_RELAY,
    IN_TURN,
    JOIN,
    JOINT_AREAS,
    JOINTLY,
    LEAD,
    LIST,
    MEETING_OF_BOTH,
    NEXT_DEED,
    NOT_BORDERING,
    NOT_CO_HELPERS,
    NOT_COUNTED,
    NOT_EVENT_WEEK,
    ORG,
    ORG_CHAR,
    PAIR_JOIN,
    PAIR_LINK,
    PAIR_VERBS,
    PARK,
    PLACE_PREPOSITIONS,
    RUN,
    RUN_OUT,
    RUN_TOGETHER,
    SELF,
    SENT_TO,
    TOGETHER,
    WE,
    WELCOME,
    WITH,
    ahead,
    alt,
    firsts,
)
from cqmap.geo.skeleton import NOT_A, A

__all__ = ["PairPattern", "PairExample", "PAIR_PATTERNS"]

# A word of going to a place; 到 right after a place is from one to the other (重庆到贵阳
# 的快速铁路), no visit
_GO_NOT_FROM_TO = alt(w if w != "到" else "(?<![\ue000-\uefff])到" for w in GO)
_SENT_NOT_FROM_TO = alt(w if w != "到" else "(?<![\ue000-\uefff])到" for w in SENT_TO)
# …到B的省际公交, 到B的高速公路: a way to the place, no visit
_NOT_A_WAY = (
    "(?!的?[^，。；,;]{0,4}?(?:公交|班车|客车|铁路|高速|公路|航线|线路|专线|快速路|大道|动车|高铁))"
)


class PairExample(NamedTuple):
    """A sentence and the pairs a pattern reads in it (none: it must read none)."""

    sentence: str
    pairs: tuple[tuple[str, str], ...]


# What a region aids, named so (…的对口支援对象, 的对口帮扶地区)
_AIDED = "的对口(?:支援|帮扶|协作)(?:对象|地区|区县|县|区)"


@dataclass(frozen=True)
class PairPattern:
    """One way articles state a pairing (see the module docs)."""

    name: str
    plain: str  # the pattern as read
    words: tuple[str, ...]  # words one of which every match holds: its hint is made of them
    examples: tuple[PairExample, ...]
    needs_cue: bool
    fast: str = ""  # the same matches, written to run fast ("": the plain pattern)
    implied: bool = False  # the first party is the paragraph's or document's subject
    same_subject: bool = False  # the ``gap`` group must not start a clause of its own
    alone: bool = False  # never part of the combined regex of the first-party patterns
    co_subjects: bool = False  # its first parties act side by side: never a pair themselves
    co_objects: bool = False  # its second parties are aided side by side: never a pair themselves
    respective: bool = False  # pairs in order (first parties with partners), no other pair
    among: bool = False  # every two of the regions of group ``a`` are a pair
    members: bool = False  # group ``c`` is a composite name: every two of its regions
    # its first party may end a list of parties acting alike (山东省、沈阳市对口支援忠县)
    listed_firsts: bool = False
    # a first party (or the list it ends) right after one of these is where something
    # happens, not who acts: 分别在重庆与成都启动项目, 到江津、荣昌和大足参观
    not_after: str = ""
    # its first party right after 、 (a list's item: 大竹、邻水和梁平) and joined to the
    # partner by a bare 和 or 及 is that list going on, no party of its own
    closes_list: bool = False
    # its places right after 为 and followed by what is brought them (为重庆、湛江和海南之间
    # 的贸易合作带来机遇) are those who gain from what the subject does, not who act
    not_gainers: bool = False
    # its places right after 听取(了) are those whose reports a third heard, apart
    # (听取了武隆区和酉阳县扶贫办的汇报), not partners
    not_heard: bool = False

    @property
    def pattern(self) -> str:
        """The pattern as it runs."""
        return self.fast or self.plain

    @cached_property
    def hint(self) -> re.Pattern:
        """Words the sentence must contain for the pattern to have a chance."""
        return re.compile("|".join(re.sub(r"[(\[?].*", "", w) or w for w in self.words))

    @cached_property
    def regex(self) -> re.Pattern:
        """The pattern over one sentence's skeleton (reading runs the document forms)."""
        return re.compile(self.pattern)


# Leaders' titles before their party (市委副书记、市长某某率): any run but a clause's end
_TITLES_OUT = "，。；,;：:\ue000-\uefff"
_TITLES = f"[^{_TITLES_OUT}]{{0,40}}?"
_PARTY = "(?:党政代表团|代表团|考察团|调研组|考察组|工作组|一行|队)"

# --------------------------------------------------------------------------- the table
PAIR_PATTERNS: tuple[PairPattern, ...] = (
    PairPattern(
        "A与B",
        rf"{LEAD}{ORG}{alt(JOIN)}{ORG}(?P<b>{LIST}){NOT_BORDERING}{NOT_COUNTED}{NOT_CO_HELPERS}",
        JOIN,
        (
            PairExample("璧山区与巫溪县签署产业协作协议。", (("璧山区", "巫溪县"),)),
            # (a partner and others: 等地 before the pairing itself)
            PairExample("上海市与万州区等地实施结对支援以来成效显著。", (("万州区", "上海市"),)),
            # (with others, one of them told after 等 too: the partners of the cooperation)
            PairExample(
                "广西正与贵州、重庆等省市及新加坡积极合作。",
                (("重庆市", "广西壮族自治区"),),  # (the pairs with a side in Chongqing)
            ),
            PairExample("荣昌区与泸县接壤,两地合作推进产业协同。", ()),
            PairExample("双方分别在重庆与成都启动创新中心项目。", ()),
            PairExample("代表们随后到江津、荣昌和大足参观考察。", ()),
            # (和 that ends a list of partners goes on with the list: 璧山 is no party)
            PairExample("该县将联合巫山、巫溪、奉节、璧山和湖北巴东一起推进合作。", ()),
            # (whose reports a third heard: they report apart)
            PairExample("调研组听取了武隆区和酉阳县扶贫办的协作工作汇报。", ()),
        ),
        needs_cue=True,
        fast=rf"{LEAD}{ahead(firsts(JOIN))}{ORG}{alt(JOIN)}{ORG}(?P<b>{LIST})"
        rf"{NOT_BORDERING}{NOT_COUNTED}{NOT_CO_HELPERS}",
        not_after=PLACE_PREPOSITIONS,
        closes_list=True,
        not_gainers=True,
        not_heard=True,
    ),
    PairPattern(
        "A携手B",
        rf"{LEAD}{ORG}{alt(PAIR_VERBS)}{ORG}(?P<b>{LIST})",
        PAIR_VERBS,
        (
            PairExample("江北区对口帮扶酉阳县发展特色农业。", (("江北区", "酉阳县"),)),
            PairExample("泸州市联合江津区共建产业集群。", (("江津区", "泸州市"),)),
            PairExample("吉林省帮助巫溪县种植脱毒马铃薯。", (("巫溪县", "吉林省"),)),
            # (联合向: jointly, to a third)
            PairExample("潼南区政府联合向四川省发展改革委提交报告。", ()),
            # (a list of parties helping one: each is its partner, not each other's)
            PairExample("山东省、沈阳市对口支援忠县。", (("山东省", "忠县"), ("沈阳市", "忠县"))),
            PairExample("山东省和沈阳市对口支援忠县。", (("山东省", "忠县"), ("沈阳市", "忠县"))),
        ),
        needs_cue=False,
        listed_firsts=True,
        fast=rf"{LEAD}{ahead(firsts(PAIR_VERBS))}{ORG}{alt(PAIR_VERBS)}{ORG}(?P<b>{LIST})",
    ),
    # Places listed giving aid in turn, told in a clause of its own between (湖州、杭州…7个
    # 市和下辖的40个市县区,轮番接力,对口支援涪陵): each the partner of the place aided
    PairPattern(
        "A、B…,轮番接力,对口支援C",
        rf"(?P<a>{A}(?:[、和及与]{A})*)[^，,。；;\ue000-\ue7ff]{{0,24}}[，,]{alt(IN_RELAY)}[，,]?(?:对口)?"
        rf"{alt(AID_GIVEN)}(?P<b>{LIST})",
        IN_RELAY,
        (
            PairExample(
                "湖州、嘉兴2个市和下辖的市县区,轮番接力,对口支援涪陵。",
                (("涪陵区", "湖州市"), ("涪陵区", "嘉兴市")),
            ),
        ),
        needs_cue=False,
        alone=True,
    ),
    # A region giving aid, then, in the next clause of its sentence, the places it aids
    # most (山东对口援助重庆的14个区县,重点帮扶石柱、巫山、丰都等地区): each its partner
    PairPattern(
        "A援助…,重点帮扶B",
        # (read on its own, not with the patterns that lead with a region, whose
        # alternation the match of A援助 itself, A携手B, would win)
        rf"(?<![\ue000-\ue7ff]){LEAD}{ORG}(?:对口)?{alt(AID_GIVEN)}[^，,。；;]{{0,24}}?[，,]"
        rf"{alt(AID_FOCUS)}?(?:对口)?{alt(AID_GIVEN)}(?P<b>{LIST})",
        AID_GIVEN,
        (
            PairExample(
                "山东对口援助重庆的14个区县,重点帮扶石柱、巫山等地区。",
                (("重庆市", "山东省"), ("山东省", "石柱县"), ("山东省", "巫山县")),
            ),
        ),
        needs_cue=False,
    ),
    # Places giving aid to a place (深圳、广州、珠海等9市对巫山开展对口帮扶): each its partner
    PairPattern(
        "A对B开展对口帮扶",
        rf"(?P<a>{LIST}){ORG}对{ORG}(?P<b>{LIST}){ORG}(?:开展|进行|实施|展开)了?对口"
        rf"(?:帮扶|支援|协作|援助)",
        (
            "开展对口",
            "进行对口",
            "实施对口",
            "展开对口",
            "开展了对口",
            "进行了对口",
            "实施了对口",
            "展开了对口",
        ),
        (
            PairExample(
                "1992年起,宁波、温州等市对涪陵开展对口支援。",
                (("涪陵区", "宁波市"), ("涪陵区", "温州市")),
            ),
            PairExample("天津市对万州区开展对口协作。", (("万州区", "天津市"),)),
            # (the aided told with where they lie, a list after words of its own; the
            # aided are no partners of each other, whatever else reads them so)
            PairExample(
                "江苏对三峡库区的湖北秭归县和重庆云阳县、万州区开展对口支援的合作。",
                (("云阳县", "江苏省"), ("万州区", "江苏省")),
            ),
        ),
        needs_cue=False,
        alone=True,
        co_objects=True,
    ),
    # Places named the counterparts a region aids (把重庆万州、云阳明确为江苏省的对口支援
    # 对象; 万州区是天津市的对口支援地区)
    PairPattern(
        "把B明确为A的对口支援对象",
        rf"(?:把|将)(?P<b>{LIST}){ORG}(?:明确|确定|列|确)为(?P<a>{A}){ORG}{_AIDED}",
        ("明确为", "确定为", "列为", "确为"),
        (
            PairExample(
                "规划把重庆涪陵、武隆明确为浙江省的对口支援对象。",
                (("涪陵区", "浙江省"), ("武隆区", "浙江省")),
            ),
        ),
        needs_cue=False,
        alone=True,
    ),
    PairPattern(
        "B是A的对口支援地区",
        rf"(?P<b>{LIST}){ORG}(?:是|为|作为)(?P<a>{A}){ORG}{_AIDED}",
        ("的对口支援", "的对口帮扶", "的对口协作"),
        (PairExample("万州区是天津市的对口支援地区。", (("万州区", "天津市"),)),),
        needs_cue=False,
        alone=True,
    ),
    # Aid sent to the counterpart far away (援藏, 援疆, 援青: a province's teams in the
    # region it supports): 重庆第一批援藏队伍踏上高原,对口支援西藏昌都; 重庆援疆干部赴
    # 新疆阿克苏工作. The place they go to, or support, within the sentence.
    PairPattern(
        "A援藏…赴B",
        rf"{LEAD}{ORG}{alt(AID_AFAR)}{RUN}{{0,24}}?{alt(AIDED_AT)}(?P<b>{LIST})",
        AID_AFAR,
        (
            PairExample(
                "1996年,重庆第一批援藏干部进藏,对口支援西藏昌都。", (("重庆市", "昌都市"),)
            ),
            PairExample("多年来,重庆选派援藏干部赴西藏昌都工作。", (("重庆市", "昌都市"),)),
            # (who is sent: a team of one's own people, not another place's)
            PairExample("重庆援藏工作队负责人介绍了情况。", ()),
        ),
        needs_cue=False,
    ),
    # (Not after 、, a region or a verb: checked behind the first party, so that the regex
    # engine can skip ahead to regions. Its matches are its own: ``alone``.)
    PairPattern(
        "A、B两地",
        rf"(?<![、\ue000-\ue7ff赴到与和同往]){LEAD}{ORG}[、和与]{ORG}(?P<b>{A}){ORG}{alt(TOGETHER)}",
        TOGETHER,
        (
            PairExample("潼南、遂宁两地共建产业园。", (("潼南区", "遂宁市"),)),
            PairExample("荣昌、泸县签订文旅合作协议。", (("荣昌区", "泸县"),)),
            PairExample("湖北、重庆库区共签约招商项目41个。", ()),
            # (one landscape, not two parties: 合江佛宝与江津四面山同为一体)
            PairExample("合江佛宝与江津四面山同为一体。", ()),
        ),
        needs_cue=False,
        fast=rf"{LEAD}(?<![、\ue000-\ue7ff赴到与和同往].){ahead('、和与')}{ORG}[、和与]{ORG}"
        rf"(?P<b>{A}){ORG}{alt(TOGETHER)}",
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
    # Two parties going together to a third place: 江津区政协、泸州市政协来到合江考察
    # (the visitors act as one; the place they go to is read by A赴B、C).
    PairPattern(
        "A、B赴C",
        rf"(?<![、\ue000-\ue7ff赴到与和同往在]){LEAD}{ORG}、{ORG}(?P<b>{A}){ORG}"
        rf"(?:一同|一起|共同|联合)?{alt(GO_TOGETHER)}",
        GO_TOGETHER,
        (
            PairExample(
                "綦江区政协、遵义市政协来到习水县,考察赤水河保护工作。",
                (("綦江区", "遵义市"),),
            ),
            PairExample("代表团先后赴綦江、遵义考察。", ()),
        ),
        needs_cue=True,
        fast=rf"{LEAD}(?<![、\ue000-\ue7ff赴到与和同往在].){ahead('、')}{ORG}、{ORG}(?P<b>{A}){ORG}"
        rf"(?:一同|一起|共同|联合)?{alt(GO_TOGETHER)}",
        alone=True,
    ),
    PairPattern(
        "A赴B、C",
        rf"{LEAD}{ORG}{alt(IN_TURN)}?{_GO_NOT_FROM_TO}(?P<b>{LIST}){_NOT_A_WAY}",
        GO,
        (
            PairExample("荣昌区党政代表团赴丰都县考察交流合作事宜。", (("荣昌区", "丰都县"),)),
            # (A到B right after A: from one to the other, a way, no visit)
            PairExample("两地互联互通,重庆到贵阳的快速铁路正加紧施工。", ()),
            # (a way from a town of one to the other: 江津塘河到合江的省际公交)
            PairExample("两地越连越紧,江津塘河到合江的省际公交开通运营。", ()),
            # (渝: the province's one-character name where it is visited)
            PairExample("四川省党政代表团来渝考察,两省市签署行动计划。", (("重庆市", "四川省"),)),
        ),
        needs_cue=True,
        fast=rf"{LEAD}{ahead(firsts(IN_TURN + GO))}{ORG}{alt(IN_TURN)}?{_GO_NOT_FROM_TO}"
        rf"(?P<b>{LIST}){_NOT_A_WAY}",
        # (岳池县、武胜县两地法院来到合川,同合川区法院座谈: each visitor with the host)
        listed_firsts=True,
    ),
    # A party invited by another (松桃县、花垣县两地法院受秀山县法院邀请; 应綦江区委邀请,
    # 习水县党政代表团…): a visit, its host the one who invited
    PairPattern(
        "A应B邀请",
        rf"{LEAD}{ORG}(?:应|受)(?P<b>{A}){ORG}(?:的)?邀请",
        ("邀请",),
        (
            PairExample(
                "6月13日,贵州省松桃县、湖南省花垣县两地法院受秀山县法院邀请,召开联席会。",
                (("秀山县", "松桃苗族自治县"), ("秀山县", "花垣县")),
            ),
        ),
        needs_cue=True,
        listed_firsts=True,
    ),
    PairPattern(
        "应B邀请,A",
        rf"(?:应|受)(?P<b>{A}){ORG}(?:的)?邀请[,，]?\s*{LEAD}",
        ("邀请",),
        (PairExample("应綦江区委邀请,习水县党政代表团到綦江考察交流。", (("綦江区", "习水县"),)),),
        needs_cue=True,
    ),
    # a party's leaders at the head of its delegation, their titles listed (华蓥市委副书记、
    # 市长某某率党政代表团来璧; 潼南区政协党组书记、主席某某一行来璧)
    PairPattern(
        "A…率团赴B",
        rf"{LEAD}{_TITLES}{_PARTY}(?:一行)?{alt(GO)}(?P<b>{LIST})",
        GO,
        (
            PairExample(
                "3月2日,华蓥市委副书记、市长张某率党政代表团来璧山区考察。",
                (("璧山区", "华蓥市"),),
            ),
            PairExample(
                "潼南区政协党组书记、主席李某一行来璧,考察璧山产业发展,希望两地深化合作。",
                (("潼南区", "璧山区"),),
            ),
        ),
        needs_cue=True,
        fast=rf"{LEAD}(?=[^{_TITLES_OUT}代考调工一队]{{0,40}}+[代考调工一队]){_TITLES}{_PARTY}"
        rf"(?:一行)?{alt(GO)}(?P<b>{LIST})",
    ),
    PairPattern(
        "A…,与B",
        rf"^{NOT_A}{{0,30}}?{LEAD}(?P<gap>{RUN}{{0,60}}?){alt(WITH)}{ORG}(?P<b>{LIST}){NOT_BORDERING}",
        WITH,
        (PairExample("万州区积极拓宽渠道,与开州区形成合作机制。", (("万州区", "开州区"),)),),
        needs_cue=True,
        fast=rf"^{NOT_A}{{0,30}}+{LEAD}{ahead(firsts(WITH), 60, RUN_OUT)}"
        rf"(?P<gap>{RUN}{{0,60}}?){alt(WITH)}{ORG}(?P<b>{LIST}){NOT_BORDERING}",
        same_subject=True,
        not_after=PLACE_PREPOSITIONS,
        not_gainers=True,
    ),
    PairPattern(
        "A向B出售",
        rf"{LEAD}{ORG}{alt(FOR)}{ORG}(?P<b>{A}){ORG}{alt(DELIVER)}",
        DELIVER,
        (PairExample("璧山区累计向巫溪县投入帮扶资金三千万元。", (("璧山区", "巫溪县"),)),),
        needs_cue=False,
        fast=rf"{LEAD}{ahead(firsts(FOR))}{ORG}{alt(FOR)}{ORG}(?P<b>{A}){ORG}{alt(DELIVER)}",
    ),
    # (Read from its 在: a literal first lets the regex engine skip ahead.)
    PairPattern(
        "研发在A、生产在B",
        rf"{alt(FRONT)}在{LEAD}[、,，]?\s*{alt(BACK)}在(?P<b>{A})",
        FRONT,
        (PairExample("实现研发在渝北、生产在云阳的协作模式。", (("渝北区", "云阳县"),)),),
        needs_cue=False,
        fast=rf"在(?<={alt(FRONT)}在){LEAD}[、,，]?\s*{alt(BACK)}在(?P<b>{A})",
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
        "AB两地",
        # two places written together, then what they do together: 济宁万州两地, 江北酉阳携手,
        # 重庆四川党政联席会议 (a meeting of both)
        rf"{LEAD}(?P<b>{A}){alt(RUN_TOGETHER + MEETING_OF_BOTH)}",
        RUN_TOGETHER + MEETING_OF_BOTH,
        (
            PairExample("江北酉阳携手前行,帮扶深情令人感动。", (("江北区", "酉阳县"),)),
            PairExample("今年,济宁万州签订了东西部协作框架协议。", (("万州区", "济宁市"),)),
            PairExample("落实重庆四川党政联席会议达成的共识。", (("重庆市", "四川省"),)),
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
    PairPattern(
        "A引导…在B",
        rf"{LEAD}{ORG}{alt(GUIDE)}{NOT_A}{{0,40}}?{alt(GUIDE_TO)}(?P<b>{A})",
        GUIDE,
        (PairExample("合川区引导辖区企业在秀山县建设加工基地。", (("合川区", "秀山县"),)),),
        needs_cue=False,
        fast=rf"{LEAD}{ahead(firsts(GUIDE))}{ORG}{alt(GUIDE)}{NOT_A}{{0,40}}?"
        rf"{alt(GUIDE_TO)}(?P<b>{A})",
    ),
    # Runs as ``A ORG [^A。；;]{0,16}? verb B`` written to take linear time (the two lazy
    # runs would try 13 x 17 splits at every region). ORG's characters are a subset of the
    # run's, so the gap before the verb is the shortest of at most 16 run characters, or
    # of 16 + i (i <= 12) whose first i are ORG characters: the same match, in the same
    # order.
    PairPattern(
        "A到B",
        rf"{LEAD}{ORG}{RUN}{{0,16}}?{_SENT_NOT_FROM_TO}(?P<b>{A}){_NOT_A_WAY}",
        ("到", "赴", "前往"),
        (
            PairExample("九龙坡区选派干部到城口县挂职锻炼。", (("九龙坡区", "城口县"),)),
            # (A到B right after A: from one to the other, a way, no one sent)
            PairExample("两地互联互通,重庆到贵阳的快速铁路正加紧施工。", ()),
        ),
        needs_cue=True,
        fast=rf"{LEAD}{ahead(firsts(SENT_TO), 28, RUN_OUT)}"
        rf"(?:{RUN}{{0,16}}?|(?={RUN}{{17}}){ORG_CHAR}{{1,12}}?{RUN}{{16}})"
        rf"{_SENT_NOT_FROM_TO}(?P<b>{A}){_NOT_A_WAY}",
    ),
    # A party's visit told with who accompanies it, hosts that may be named between:
    # 綦江区考察团一行在桐梓县负责同志陪同下,先后到桐梓县… (the party, then where it goes).
    PairPattern(
        "A一行在…陪同下到B",
        rf"{LEAD}{RUN}{{0,24}}?一行[^。；;]{{0,4}}?在[^。；;]{{0,40}}?陪同下[，,]?\s*"
        rf"{alt(IN_TURN + ('一同', '还', '又'))}?{alt(SENT_TO)}(?P<b>{A})",
        ("陪同下",),
        (
            PairExample(
                "綦江区考察团一行在桐梓县负责同志的陪同下,先后到桐梓县娄山关镇考察产业合作。",
                (("綦江区", "桐梓县"),),
            ),
        ),
        needs_cue=True,
        fast=rf"{LEAD}{ahead('一', 24, RUN_OUT)}{RUN}{{0,24}}?一行[^。；;]{{0,4}}?在"
        rf"[^。；;]{{0,40}}?陪同下[，,]?\s*"
        rf"{alt(IN_TURN + ('一同', '还', '又'))}?{alt(SENT_TO)}(?P<b>{A})",
    ),
    # A conference or programme named by its pair: 永川区—彭水县对口协同工作推进会.
    PairPattern(
        "A—B对口协同",
        rf"{LEAD}\s*[—–\-－]\s*(?P<b>{A})(?=[^\ue000-\uefff，,。；;]{{0,4}}{alt(AS_PAIR)})",
        AS_PAIR,
        (PairExample("江北区—酉阳县对口协同工作推进会召开。", (("江北区", "酉阳县"),)),),
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
    # Several first parties side by side: 大渡口区、大足区分别与忠县开展对口协同,
    # 开州区、城口县、巫溪县与达州市签署协议, 泸州、遂宁6市政府与重庆市政府. (和 joins them
    # only before 分别/均/都/各自: 万州、开州和云阳 is one list.) With 分别 and as many
    # partners, each has its own: 沙坪坝区、江津区分别与奉节县、巫山县 (_RESPECTIVE).
    PairPattern(
        "A、B与C",
        rf"(?P<a>{A}(?:[、和]{A})+){ORG}(?:(?:(?P<each>分别)|均|都|各自)"
        rf"{alt(('与', '同', '和', '跟', *PAIR_JOIN))}|{alt(('与', '同', '跟', *PAIR_JOIN))})"
        rf"(?P<b>{LIST})",
        ("与", "同", "和", "跟", "对口", "结对", "携手"),
        (
            PairExample(
                "大渡口区、大足区分别与忠县开展对口协同。",
                (("大渡口区", "忠县"), ("大足区", "忠县")),
            ),
            PairExample(
                "遂宁、广安两市政府与重庆市政府签署合作备忘录。",
                (("遂宁市", "重庆市"), ("广安市", "重庆市")),
            ),
        ),
        needs_cue=True,
        co_subjects=True,
    ),
    # Places asking a third for its help act alike toward it, no pair themselves:
    # 巫山、奉节两县负责人请求上海市继续帮扶 (each the partner of the one asked).
    PairPattern(
        "A、B恳请C",
        rf"(?P<a>{A}(?:[、和及]{A})+){ORG}{alt(ASK)}{ORG}(?P<b>{LIST})",
        ASK,
        (
            PairExample(
                "巫山、奉节两县负责人请求上海市继续加大帮扶力度。",
                (("巫山县", "上海市"), ("奉节县", "上海市")),
            ),
        ),
        needs_cue=True,
        co_subjects=True,
    ),
    # Pairs side by side: 铜梁区与云阳县、垫江县与酉阳县分别签订协议 (each its own pair).
    PairPattern(
        "A与B、C与D",
        # (also 济南市对口重庆武隆区、烟台市对口重庆巫山县: 对口, 结对 or 帮扶 between)
        rf"(?P<a>{A}{PAIR_LINK}{A}(?:、{A}{PAIR_LINK}{A})+)",
        ("、",),
        (
            PairExample(
                "铜梁区与云阳县、垫江县与酉阳县分别签订协议。",
                (("铜梁区", "云阳县"), ("垫江县", "酉阳县")),
            ),
            PairExample(
                "其中济南市对口重庆武隆区、烟台市对口重庆巫山县、淄博市对口石柱县。",
                (("武隆区", "济南市"), ("巫山县", "烟台市"), ("石柱县", "淄博市")),
            ),
        ),
        needs_cue=True,
        respective=True,
    ),
    # Three or four regions acting together: 万州区、开州区、云阳县三地共同推进, 推动万州、
    # 开州和云阳协同发展. (A longer list, or one that goes on with 等, is an enumeration.
    # Not after a join, a region, or a region and 和 — 和 after organisations joins a
    # list of parties of another kind: checked behind the first region, so that the regex
    # engine can skip ahead to regions.)
    PairPattern(
        "A、B、C三地",
        rf"(?<![、与同跟及\ue000-\ue7ff])(?<!{A}和)(?P<a>{A}(?:[、和及]{A}){{2,3}})(?![、和及等]|{A})"
        rf"的?{COUNTED}{alt(ALL_TOGETHER)}",
        ("、", "和", "及"),
        (
            PairExample(
                "推动万州、开州和云阳协同发展。",
                (("万州区", "开州区"), ("万州区", "云阳县"), ("开州区", "云阳县")),
            ),
            PairExample(
                "万州、达州、开州三地政府签定统筹发展方案。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (after 和 that joins organisations, not after a region and 和)
            PairExample(
                "两省口岸办和万州、达州、开州三地政府签定合作协议。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (and not read as a pair of the region before 和 with the list's first:
            # the start of a counted list is no partner of A与B)
            PairExample(
                "重庆市政府和万州、达州、开州三地政府签定合作协议。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (the places' bodies, then a joint meeting: 联席会议)
            PairExample(
                "来自四川省泸州市和重庆市永川区、江津区的三地人大常委会在泸州召开联席会议。",
                (("永川区", "泸州市"), ("江津区", "泸州市"), ("永川区", "江津区")),
            ),
            PairExample(
                "万州区、达州市、开州区三地高度重视、迅速行动、协同发力。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (places named as those that gain: 为…带来)
            PairExample("新航线将为重庆、宜昌和武汉之间的航运合作带来新的机遇。", ()),
            # (counted, then where they met to sign)
            PairExample(
                "重庆、广西、贵州三省区市31日在重庆签署框架协议。",
                (("重庆市", "广西壮族自治区"), ("重庆市", "贵州省")),
            ),
            # (counted as provinces, and signing with a fourth: one party of three)
            PairExample(
                "重庆、广西、贵州三省区市与甘肃省签署合作备忘录。",
                # (pairs with a side in Chongqing)
                (("重庆市", "广西壮族自治区"), ("重庆市", "贵州省"), ("重庆市", "甘肃省")),
            ),
        ),
        needs_cue=True,
        fast=rf"(?P<a>{A}(?<![、与同跟及\ue000-\ue7ff].)(?<!{A}和.)(?:[、和及]{A}){{2,3}})(?![、和及等]|{A})"
        rf"的?{COUNTED}{alt(ALL_TOGETHER)}",
        among=True,
        not_gainers=True,
    ),
    # Three or more parties signing one agreement together: 四川省内江市及重庆市奉节县、巫溪县、
    # 巫山县、城口县共同签订川渝协同发展协议 (a list that goes on with 等 is an enumeration)
    PairPattern(
        "A、B、C…共同签订",
        rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{A}(?:(?:[、和及]|以及){A}){{2,9}})(?![、和及等]|{A})"
        rf"(?:共同|一同|联合)(?:签订|签署|签约)",
        ("共同签", "一同签", "联合签"),
        (
            PairExample(
                "内江市及奉节县、巫溪县、城口县共同签订协同发展协议。",
                (
                    ("奉节县", "内江市"),
                    ("巫溪县", "内江市"),
                    ("城口县", "内江市"),
                    ("奉节县", "巫溪县"),
                    ("奉节县", "城口县"),
                    ("巫溪县", "城口县"),
                ),
            ),
        ),
        needs_cue=False,
        among=True,
    ),
    # Five or more parties counted (6个区县), met and signing as one: 梁平区、垫江县和达川区、
    # 开江县、大竹县以及邻水县6个区县主要领导齐聚梁平…签订了合作协议. (Without a count,
    # a long list is an enumeration.)
    PairPattern(
        "A、B…N个区县…签订",
        # (the count closes the list: its groups may be parted by commas, 梁平区、垫江县,
        # 达州市达川区、开江县,广安市邻水县七区县…共商发展大计)
        rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{A}(?:(?:[、和及，,]|以及){A}){{4,9}})"
        rf"(?:[五六七八九十0-9０-９]+个?(?:区县|省区市|省市区|省区|省市|省份|省|地|方|区|县|市))"
        rf"[^。；;]{{0,60}}?{alt((*RUN_TOGETHER, '联席会议', '共同', '共商', '共谋', '共建'))}",
        (
            *("区县", "五地", "六地", "七地", "八地", "九地", "十地", "五方", "六方", "七方"),
            *("省区", "省市", "省份"),
        ),
        (
            PairExample(
                "梁平区、垫江县和达川区、开江县以及邻水县5个区县负责人齐聚梁平,签订了合作协议。",
                # (pairs with a side in Chongqing: two places elsewhere are no pair here)
                (("梁平区", "垫江县"),)
                + tuple(
                    (a, b) for a in ("梁平区", "垫江县") for b in ("达川区", "开江县", "邻水县")
                ),
            ),
            # (provinces counted: 重庆、广西…九省区市人民政府共同签署)
            PairExample(
                "重庆、广西、贵州、甘肃、青海五省区市人民政府共同签署合作协议。",
                tuple(("重庆市", p) for p in ("广西壮族自治区", "贵州省", "甘肃省", "青海省")),
            ),
            # (a list with no count: places named, not parties)
            PairExample("梁平区、垫江县、达川区、开江县和邻水县签订了合作协议。", ()),
            # (the groups of a counted list parted by commas)
            PairExample(
                "来自梁平区、垫江县,达川区、开江县,邻水县五区县围绕主题共商发展大计。",
                (("梁平区", "垫江县"),)
                + tuple(
                    (a, b) for a in ("梁平区", "垫江县") for b in ("达川区", "开江县", "邻水县")
                ),
            ),
        ),
        needs_cue=False,
        among=True,
    ),
    # The task of supporting one given to another: 中央把对口支援重庆万州任务交给上海
    PairPattern(
        "把对口支援A任务交给B",
        rf"把(?:对口)?(?:支援|帮扶|协作)(?P<a>{A}){ORG}任务(?:交给|交由|赋予)(?P<b>{A})",
        ("任务交给", "任务交由", "任务赋予"),
        (PairExample("中央把对口支援重庆万州任务交给上海。", (("万州区", "上海市"),)),),
        needs_cue=False,
    ),
    # Three or more places named, then 等 and a count of all of them (八区县, 六地), acting
    # as one: 安岳、大足、荣昌、潼南等渝西川东八区县…共同签署协议; 潼南、彭水、遂宁、内江等
    # 川渝八地联合发布宣言 (the places named are each other's partners; the others, not
    # named, are none)
    PairPattern(
        "A、B、C等N区县…共同",
        rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{A}(?:(?:[、和及，,]|[，,]?以?及){A}){{2,9}})"
        rf"等[^，,。；;：:\ue000-\ue7ff]{{0,8}}?"
        rf"(?:[三四五六七八九十0-9０-９]+个?(?:区县|省区市|省市区|省区|省市|省份|地|方))"
        rf"[^。；;]{{0,40}}?{alt(('共同', '联合', '携手', '共建', '共商', '联席会议', *RUN_TOGETHER))}",
        ("等",),
        (
            PairExample(
                "安岳、大足、荣昌、潼南等渝西川东八区县召开协作会,共同签署合作协议。",
                (("大足区", "荣昌区"), ("大足区", "潼南区"), ("荣昌区", "潼南区"))
                + tuple((a, "安岳县") for a in ("大足区", "荣昌区", "潼南区")),
            ),
            PairExample(
                "潼南、彭水、遂宁、内江等川渝八地联合发布人才联盟宣言。",
                (("彭水县", "潼南区"),)
                + tuple((a, b) for a in ("潼南区", "彭水县") for b in ("遂宁市", "内江市")),
            ),
            # (named among others, not said to act together: an enumeration)
            PairExample("潼南、彭水、遂宁、内江等川渝八地的代表参观了展览。", ()),
        ),
        needs_cue=False,
        among=True,
    ),
    # Places a third party brings together to do something jointly: 会同万州、达州、开州等地
    # 政府,共同编制了…方案 (the third, an office of the city, is no place of its own)
    PairPattern(
        "会同A、B、C…共同",
        rf"会同(?P<a>{A}(?:[、和及]{A}){{1,5}})等?地?{ORG}[，,]?(?:共同|联合|一起)",
        ("会同",),
        (
            PairExample(
                "会同万州、开州、云阳等地政府,共同编制了多式联运方案。",
                (("万州区", "开州区"), ("万州区", "云阳县"), ("开州区", "云阳县")),
            ),
        ),
        needs_cue=False,
        among=True,
    ),
    # The host welcomes the visitors: 彭水县委…对南川区党政代表团的到来表示欢迎.
    PairPattern(
        "ABC三地",
        # three or four places written together, then 三地 and what they do together:
        # 万州达州开州三地政协…联席会议
        rf"(?<![\ue000-\ue7ff])(?P<a>{A}{{3,4}})(?![\ue000-\ue7ff])(?:三地|四地|三方|四方){ORG}"
        rf"{alt(ALL_TOGETHER + ('联席',))}",
        ("三地", "四地", "三方", "四方"),
        (
            PairExample(
                "万州达州开州三地政协召开联席会议。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
        ),
        needs_cue=True,
        among=True,
    ),
    PairPattern(
        "B对A的到来",
        rf"(?P<b>{A}){RUN}{{0,16}}?对{ORG}{LEAD}{RUN}{{0,12}}?{alt(WELCOME)}",
        WELCOME,
        (PairExample("秀山县委对合川区党政代表团的到来表示欢迎。", (("合川区", "秀山县"),)),),
        needs_cue=False,
        alone=True,
    ),
    # A composite name that stands for partners (万达开, 川渝), working together: every two
    # of its regions.
    PairPattern(
        "万达开 (partners named together)",
        # (not the name of an agreement: 签署万达开统筹发展合作协议)
        # (nor of a zone: 助力万达开川渝统筹发展示范区建设; nor of a strategy another place
        # seizes: 抢抓…、万开云同城化发展等重大战略机遇)
        # (nor a grouping before it: 川渝万达开统筹发展 is 万达开's)
        rf"(?<!签署)(?<!签订)(?<!《)(?P<c>[\uec00-\uefff])(?![\uec00-\uefff])[”\"]?(?:三地|两地|四地)?"
        rf"{ORG}{alt(ALL_TOGETHER + ('统筹',))}"
        rf"(?![^，。；,;]{{0,6}}?(?:示范区|试验区|合作区|经济区|等重大战略|等战略|战略机遇))",
        ("[\\uec00-\\uefff]",),
        (
            PairExample(
                "万达开三地携手推进一体化发展。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (the platforms along the Sichuan–Chongqing border by their names)
            PairExample(
                "坚定不移推动合广长协同发展。",
                (("合川区", "广安市"), ("合川区", "长寿区"), ("长寿区", "广安市")),
            ),
            PairExample(
                "川渝万达开统筹发展第四次党政联席会在万州举行。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            PairExample("服务台将覆盖万达开、万开云及周边区县,助力协同发展。", ()),
            PairExample("宣汉县政协助力万达开川渝统筹发展示范区建设。", ()),
            PairExample("该县正抢抓双城经济圈建设、万开云同城化发展等重大战略机遇。", ()),
        ),
        needs_cue=True,
        members=True,
        alone=True,
    ),
    PairPattern(
        "我们与B",
        rf"{alt(WE)}{ORG}(?:与|同|和|携手|联手|联动){ORG}(?P<b>{LIST}){NOT_BORDERING}",
        WE,
        (),
        needs_cue=True,
        implied=True,
    ),
    PairPattern(
        "B对口支援我县",
        # a partner aiding the text's own place, which names itself (广东对口支援我县)
        rf"(?P<b>{LIST}){ORG}(?:的)?(?:对口)?{alt(HELPED)}(?:了)?{alt(SELF)}",
        SELF,
        (
            PairExample(
                "巫山县迎来调研组。据介绍,广东省对口支援我县这些年,成效明显。",
                (("巫山县", "广东省"),),
            ),
            PairExample(
                "城口县的茶园扩种了三百亩。江北区帮扶我县多年,城口县干部表示感谢。",
                (("江北区", "城口县"),),
            ),
            PairExample("广东省对口支援我县多年。", ()),  # (whose county: untold)
        ),
        needs_cue=True,
        implied=True,
    ),
    PairPattern(
        "在B…帮扶下",
        # the subject helped by a partner: 在深圳市对口援建支持下, 在江北区的帮扶下
        rf"在{ORG}(?P<b>{LIST}){ORG}(?:的)?(?:对口)?{alt(HELPED)}(?:和|与|及)?"
        r"(?:支持|帮助|推动|指导)?下",
        HELPED,
        (
            PairExample(
                "巫山县的村子曾经缺水。在深圳市对口援建支持下建成了水池。", (("巫山县", "深圳市"),)
            ),
            PairExample("城口县的茶园,在江北区帮扶下扩种了三百亩。", (("江北区", "城口县"),)),
            PairExample("在重庆市的支持下,项目顺利推进。", ()),
        ),
        needs_cue=True,
        implied=True,
    ),
    PairPattern(
        "(A)与B",
        rf"(?:^|[，,；;：:“]|{NEXT_DEED})\s*(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        rf"(?:强化|加强|深化|推动)?{alt(WITH)}{ORG}(?P<b>{LIST}){NOT_BORDERING}",
        WITH,
        (),
        needs_cue=True,
        # (Nothing after the spaces is a space: ``\s*+``. The guard: the verb's first
        # character within the five characters the optional words take up at most; they
        # hold none of them.)
        fast=rf"(?:^|[，,；;：:“]|{NEXT_DEED})\s*+{ahead(firsts(WITH), 5, '')}"
        r"(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        rf"(?:强化|加强|深化|推动)?{alt(WITH)}{ORG}(?P<b>{LIST}){NOT_BORDERING}",
        implied=True,
    ),
)
