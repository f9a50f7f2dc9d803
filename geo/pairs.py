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
parties side by side, never a pair themselves), ``implied`` (the first party is the
paragraph's or document's subject), ``members`` (the regions a composite name stands for:
万达开, 川渝, every two).

Speed: only sentences with two regions (or one and an implied subject) are read, and
their skeletons are joined into one document skeleton that each pattern scans once
(:func:`candidates`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import combinations, product
from typing import NamedTuple

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.matcher import Hit
from cqmap.geo.regions import PARTNERSHIPS
from cqmap.geo.skeleton import _A0, _B0, NOT_A, A, places_in, skeleton

__all__ = [
    "COOP_CUES",
    "OFFICIAL_CUES",
    "CONTINUATION_CUES",
    "PairPattern",
    "PairExample",
    "PAIR_PATTERNS",
    "candidates",
    "pairs_of",
]

# Organisation words after a region (经济运行局, 党政代表团, 直属企业重庆港务物流集团 ...):
# no punctuation, no other pairable region.
_ORG_OUT = '\ue000-\ue7ff，,。；;：:！!？?、“”"（）()'
ORG_CHAR = f"[^{_ORG_OUT}]"
ORG = f"{ORG_CHAR}{{0,12}}?"
_RUN_OUT = "\ue000-\ue7ff。；;"
_RUN = f"[^{_RUN_OUT}]"  # what may stand between a region and a word, within a clause
LIST = rf"{A}(?:{ORG}(?:、|和|及|与|以及){ORG}{A})*"
# 与B接壤: where a place lies, not with whom it works
_NOT_BORDERING = r"(?![^，。；,;]{0,4}?(?:接壤|毗邻|相邻|交界|接界|相连|隔江相望))"
# …和万州、达州、开州三地政府签定: the start of a counted list is no partner of what comes
# before it (the list's places act together; the parties before it are of another kind)
_NOT_COUNTED = rf"(?!(?:[、和及]{A})*(?:三地|四地|三方|四方|三区县|三区|三县))"

# Signing, as articles write it (签定 is a common variant of 签订)
_SIGN = ("签署", "签订", "签定", "签约")
# Words that mark a sentence as being about working together.
COOP_CUES = (
    "合作", "协作", "协同", "携手", "联手", "牵手", "结对", "对口", "帮扶", "共建", "共同",
    "联动", *_SIGN, "协议", "两地", "双方", "互访", "联席", "座谈", "交流", "共享",
    "一体化", "互认", "互办", "支援", "援助", "补偿", "飞地", "合资", "联盟", "对接",
    "挂职", "进修", "培训", "支医", "优惠", "示范园区", "战略", "一区两群", "考察", "欢迎",
)  # fmt: skip
OFFICIAL_CUES = ("对口", "结对", "帮扶", "一区两群")
CONTINUATION_CUES = ("双方", "两地", "两区", "两县", "双边")
# Words of place and direction that put a region in a sentence as a where, not a who.
_PLACE_PREPOSITIONS = "在到赴往至于从向经对把"


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _firsts(words: Iterable[str]) -> str:
    return "".join(dict.fromkeys(w[0] for w in words))


def _ahead(firsts: str, within: int = 12, out: str = _ORG_OUT) -> str:
    """A guard for a lazy gap (at most ``within`` characters, none of ``out``) and a word.

    It asserts that one of the word's first characters ``firsts`` comes within reach with
    no excluded character before it: a necessary condition, checked possessively (no
    backtracking). Where it fails, the gap would have tried every length in vain; most
    regions are followed by no such word, so this saves most of the matching time.
    """
    return f"(?=[^{out}{firsts}]{{0,{within}}}+[{firsts}])"


class PairExample(NamedTuple):
    """A sentence and the pairs a pattern reads in it (none: it must read none)."""

    sentence: str
    pairs: tuple[tuple[str, str], ...]


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


# After a comma, a clause that continues the same subject starts with one of these
# (``A拓宽渠道,与B形成`` / ``A…部署,不断强化与B``), never with a new noun
# (``A…,京东方公司则与B`` is the company's relation, not A's).
_CONTINUING_CLAUSE = re.compile(
    r"^(?:并|还|则|也|将|正|又|已|已经|同时|不断|进一步|积极|主动|持续|全面|共同|加快|大力|先后)*"
    r"(?:强化|加强|深化|推动|推进|加大|拓展)?$"
)

# --------------------------------------------------------------------------- the words
# (同 as with, not as the first character of a word: 同心, 同时, 同步 …)
# (nor 同 as "both" before a verb: 两地同属巴渝文化, 同依一座山, 同饮一江水)
_TONG = "同(?![心时样步比期类等一志学行城级胞盟意属依饮处享根源宗为在住])"
_JOIN = ("与", "和", _TONG, "跟")
_PAIR_VERBS = (
    "携手", "联手", "牵手", "结对", "对口(?:协同|帮扶|协作|支援|合作|支持)?", "协同", "帮扶",
    "支援", "援助", "援建", "联动", "助力", "联合(?!国)",
)  # fmt: skip
# 山东省和沈阳市对口支援忠县: two helping a third act alike; they are no pair
_NOT_CO_HELPERS = rf"(?!{ORG}{_alt(_PAIR_VERBS)}{ORG}{A})"
_PAIR_JOIN = ("对口协同", "对口帮扶", "结对", "携手")
# (not 共签约: 湖北、重庆库区共签约招商项目41个 counts what they signed, with others)
_TOGETHER = (
    "两地", "双方", "两区", "两县", "共同", "携手", "联合", "联手", "一起", "同为",
    *(f"(?<!共){w}" for w in _SIGN), "分别是",
)  # fmt: skip
_GO = ("赴", "到", "前往")
# What places build together across a border (“江津—赤水、习水”片区)
_JOINT_AREAS = ("片区", "合作区", "协作区", "示范区", "合作园区", "协同发展区", "一体化发展区")
# What joins the two of a pair in a list of pairs (A与B、C与D; A对口B、C对口D)
_PAIR_LINK = "(?:与|和|同|对口(?:帮扶|协作|协同|支援)?|结对(?:帮扶)?|帮扶)"
# 、 between two things one party does: 开展专项视察调研、积极与重庆探索共建
_NEXT_DEED = "、(?=积极|主动|持续|不断|进一步)"
_GO_TOGETHER = ("来到", "赴", "前往", "到")
_JOINTLY = ("联合", "共同", "携手", "联手")
_IN_TURN = ("先后", "分别", "相继")
_WITH = ("与", _TONG, "携手", "联手", "联动", "对口协同", "对口帮扶", "结对")
_FOR = ("向", "为", "给")
_DELIVER = (
    "出售", "转让", "输送", "提供", "采购", "购买", "销售", "培训", "开展", "捐赠", "捐助",
    "赠送", "移交", "投入", "拨付", "选派", "派出",
)  # fmt: skip
_FRONT = ("研发", "总部", "设计", "孵化", "前端", "创新")
_BACK = ("生产", "制造", "落地", "转化", "后端", "产业化")
_GUIDE = ("引导", "组织", "推动", "支持", "帮助", "选派", "派遣", "援助", "协调", "带动")
_GUIDE_TO = ("在", "到", "赴", "落户", "入驻", "助力", "帮扶", "支持")
_SENT_TO = ("来到", "分派到", "派到", "派驻", "到", "赴", "前往")
_AS_PAIR = ("对口", "协同", "结对", "合作", "协作")
_PARK = ("产业", "协作", "合作", "共建", "协同", "对口", "飞地", "孵化")
_ALL_TOGETHER = (
    "共同",
    "携手",
    "联合",
    "联手",
    "一起",
    "协同",
    "一体化",
    "同城化",
    *_SIGN,
    "合作(?!社)",
)
_HELPED = ("援建", "支援", "帮扶", "协同", "协作", "援助")
# After a list of places: its count (三地) and a clause up to what they do together,
# which may list what they do (三地高度重视、迅速行动、协同发力), else a few words
_COUNTED = rf"(?:(?:三地|四地|三方|四方|三区县|三区|三县)[^，。；,;\ue000-\uefff]{{0,24}}?|{ORG})"
_RUN_TOGETHER = ("两地", "携手", "联手", *_SIGN)
_WE = ("我们", "我区", "我县", "我市", "新区", "本区", "该区", "双方")
_WELCOME = ("的到来", "来访", "莅临", "一行的到来")
# Places asking a third for its help (恳请上海市加强帮扶): they act alike toward it
_ASK = ("恳请", "请求", "吁请", "感谢")
_LEAD = f"(?P<a>{A})"
# …·B周, …·B文化周: an event week (not 周年, a years' count; not 周边, the places around)
_NOT_EVENT_WEEK = rf"(?!{ORG_CHAR}{{0,4}}?周(?!年|边))"

# --------------------------------------------------------------------------- the table
PAIR_PATTERNS: tuple[PairPattern, ...] = (
    PairPattern(
        "A与B",
        rf"{_LEAD}{ORG}{_alt(_JOIN)}{ORG}(?P<b>{LIST}){_NOT_BORDERING}{_NOT_COUNTED}{_NOT_CO_HELPERS}",
        _JOIN,
        (
            PairExample("璧山区与巫溪县签署产业协作协议。", (("璧山区", "巫溪县"),)),
            PairExample("荣昌区与泸县接壤,两地合作推进产业协同。", ()),
            PairExample("双方分别在重庆与成都启动创新中心项目。", ()),
            PairExample("代表们随后到江津、荣昌和大足参观考察。", ()),
            # (和 that ends a list of partners goes on with the list: 璧山 is no party)
            PairExample("该县将联合巫山、巫溪、奉节、璧山和湖北巴东一起推进合作。", ()),
        ),
        needs_cue=True,
        fast=rf"{_LEAD}{_ahead(_firsts(_JOIN))}{ORG}{_alt(_JOIN)}{ORG}(?P<b>{LIST})"
        rf"{_NOT_BORDERING}{_NOT_COUNTED}{_NOT_CO_HELPERS}",
        not_after=_PLACE_PREPOSITIONS,
        closes_list=True,
        not_gainers=True,
    ),
    PairPattern(
        "A携手B",
        rf"{_LEAD}{ORG}{_alt(_PAIR_VERBS)}{ORG}(?P<b>{LIST})",
        _PAIR_VERBS,
        (
            PairExample("江北区对口帮扶酉阳县发展特色农业。", (("江北区", "酉阳县"),)),
            PairExample("泸州市联合江津区共建产业集群。", (("江津区", "泸州市"),)),
            # (a list of parties helping one: each is its partner, not each other's)
            PairExample("山东省、沈阳市对口支援忠县。", (("山东省", "忠县"), ("沈阳市", "忠县"))),
            PairExample("山东省和沈阳市对口支援忠县。", (("山东省", "忠县"), ("沈阳市", "忠县"))),
        ),
        needs_cue=False,
        listed_firsts=True,
        fast=rf"{_LEAD}{_ahead(_firsts(_PAIR_VERBS))}{ORG}{_alt(_PAIR_VERBS)}{ORG}(?P<b>{LIST})",
    ),
    # (Not after 、, a region or a verb: checked behind the first party, so that the regex
    # engine can skip ahead to regions. Its matches are its own: ``alone``.)
    PairPattern(
        "A、B两地",
        rf"(?<![、\ue000-\ue7ff赴到与和同往]){_LEAD}{ORG}[、和与]{ORG}(?P<b>{A}){ORG}{_alt(_TOGETHER)}",
        _TOGETHER,
        (
            PairExample("潼南、遂宁两地共建产业园。", (("潼南区", "遂宁市"),)),
            PairExample("荣昌、泸县签订文旅合作协议。", (("荣昌区", "泸县"),)),
            PairExample("湖北、重庆库区共签约招商项目41个。", ()),
        ),
        needs_cue=False,
        fast=rf"{_LEAD}(?<![、\ue000-\ue7ff赴到与和同往].){_ahead('、和与')}{ORG}[、和与]{ORG}"
        rf"(?P<b>{A}){ORG}{_alt(_TOGETHER)}",
        alone=True,
        not_gainers=True,
    ),
    # Two parties acting as one, where what they do is the title of their joint action:
    # 永川区政协、泸州市政协“…联合视察协商”活动 (the word sits inside the quotation).
    PairPattern(
        "A、B“联合…”",
        rf"(?<![、\ue000-\ue7ff赴到与和同往]){_LEAD}{ORG}[、和与]{ORG}(?P<b>{A}){ORG}"
        rf"[“\"][^”\"。；;\ue000-\ue7ff]{{0,30}}?{_alt(_JOINTLY)}",
        _JOINTLY,
        (
            PairExample(
                "綦江区政协、遵义市政协“生态共治联合调研”活动在习水举行。",
                (("綦江区", "遵义市"),),
            ),
            PairExample("綦江区、遵义市“旅游节”开幕,两地游客联合参与。", ()),
        ),
        needs_cue=False,
        fast=rf"{_LEAD}(?<![、\ue000-\ue7ff赴到与和同往].){_ahead('、和与')}{ORG}[、和与]{ORG}"
        rf"(?P<b>{A}){ORG}[“\"][^”\"。；;\ue000-\ue7ff]{{0,30}}?{_alt(_JOINTLY)}",
        alone=True,
    ),
    # Two parties going together to a third place: 江津区政协、泸州市政协来到合江考察
    # (the visitors act as one; the place they go to is read by A赴B、C).
    PairPattern(
        "A、B赴C",
        rf"(?<![、\ue000-\ue7ff赴到与和同往在]){_LEAD}{ORG}、{ORG}(?P<b>{A}){ORG}"
        rf"(?:一同|一起|共同|联合)?{_alt(_GO_TOGETHER)}",
        _GO_TOGETHER,
        (
            PairExample(
                "綦江区政协、遵义市政协来到习水县,考察赤水河保护工作。",
                (("綦江区", "遵义市"),),
            ),
            PairExample("代表团先后赴綦江、遵义考察。", ()),
        ),
        needs_cue=True,
        fast=rf"{_LEAD}(?<![、\ue000-\ue7ff赴到与和同往在].){_ahead('、')}{ORG}、{ORG}(?P<b>{A}){ORG}"
        rf"(?:一同|一起|共同|联合)?{_alt(_GO_TOGETHER)}",
        alone=True,
    ),
    PairPattern(
        "A赴B、C",
        rf"{_LEAD}{ORG}{_alt(_IN_TURN)}?{_alt(_GO)}(?P<b>{LIST})",
        _GO,
        (PairExample("荣昌区党政代表团赴丰都县考察交流合作事宜。", (("荣昌区", "丰都县"),)),),
        needs_cue=True,
        fast=rf"{_LEAD}{_ahead(_firsts(_IN_TURN + _GO))}{ORG}{_alt(_IN_TURN)}?{_alt(_GO)}(?P<b>{LIST})",
    ),
    PairPattern(
        "A…,与B",
        rf"^{NOT_A}{{0,30}}?{_LEAD}(?P<gap>{_RUN}{{0,60}}?){_alt(_WITH)}{ORG}(?P<b>{LIST}){_NOT_BORDERING}",
        _WITH,
        (PairExample("万州区积极拓宽渠道,与开州区形成合作机制。", (("万州区", "开州区"),)),),
        needs_cue=True,
        fast=rf"^{NOT_A}{{0,30}}+{_LEAD}{_ahead(_firsts(_WITH), 60, _RUN_OUT)}"
        rf"(?P<gap>{_RUN}{{0,60}}?){_alt(_WITH)}{ORG}(?P<b>{LIST}){_NOT_BORDERING}",
        same_subject=True,
        not_after=_PLACE_PREPOSITIONS,
        not_gainers=True,
    ),
    PairPattern(
        "A向B出售",
        rf"{_LEAD}{ORG}{_alt(_FOR)}{ORG}(?P<b>{A}){ORG}{_alt(_DELIVER)}",
        _DELIVER,
        (PairExample("璧山区累计向巫溪县投入帮扶资金三千万元。", (("璧山区", "巫溪县"),)),),
        needs_cue=False,
        fast=rf"{_LEAD}{_ahead(_firsts(_FOR))}{ORG}{_alt(_FOR)}{ORG}(?P<b>{A}){ORG}{_alt(_DELIVER)}",
    ),
    # (Read from its 在: a literal first lets the regex engine skip ahead.)
    PairPattern(
        "研发在A、生产在B",
        rf"{_alt(_FRONT)}在{_LEAD}[、,，]?\s*{_alt(_BACK)}在(?P<b>{A})",
        _FRONT,
        (PairExample("实现研发在渝北、生产在云阳的协作模式。", (("渝北区", "云阳县"),)),),
        needs_cue=False,
        fast=rf"在(?<={_alt(_FRONT)}在){_LEAD}[、,，]?\s*{_alt(_BACK)}在(?P<b>{A})",
    ),
    # (Not an event named by its host and its guest: “重庆·山东周” is a week of one
    # province's events held in the other, no statement of their working together.)
    PairPattern(
        "A·B",
        rf"{_LEAD}\s*[·•・‧]\s*(?P<b>{A}){_NOT_EVENT_WEEK}",
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
        # two places written together, then what they do together: 济宁万州两地, 江北酉阳携手
        rf"{_LEAD}(?P<b>{A}){_alt(_RUN_TOGETHER)}",
        _RUN_TOGETHER,
        (
            PairExample("江北酉阳携手前行,帮扶深情令人感动。", (("江北区", "酉阳县"),)),
            PairExample("今年,济宁万州签订了东西部协作框架协议。", (("万州区", "济宁市"),)),
        ),
        needs_cue=False,
    ),
    PairPattern(
        "AB产业园",
        rf"{_LEAD}(?P<b>{A}){_alt(_PARK)}",
        _PARK,
        (PairExample("渝北云阳产业协作园区开园。", (("渝北区", "云阳县"),)),),
        needs_cue=False,
    ),
    PairPattern(
        "A引导…在B",
        rf"{_LEAD}{ORG}{_alt(_GUIDE)}{NOT_A}{{0,40}}?{_alt(_GUIDE_TO)}(?P<b>{A})",
        _GUIDE,
        (PairExample("合川区引导辖区企业在秀山县建设加工基地。", (("合川区", "秀山县"),)),),
        needs_cue=False,
        fast=rf"{_LEAD}{_ahead(_firsts(_GUIDE))}{ORG}{_alt(_GUIDE)}{NOT_A}{{0,40}}?"
        rf"{_alt(_GUIDE_TO)}(?P<b>{A})",
    ),
    # Runs as ``A ORG [^A。；;]{0,16}? verb B`` written to take linear time (the two lazy
    # runs would try 13 x 17 splits at every region). ORG's characters are a subset of the
    # run's, so the gap before the verb is the shortest of at most 16 run characters, or
    # of 16 + i (i <= 12) whose first i are ORG characters: the same match, in the same
    # order.
    PairPattern(
        "A到B",
        rf"{_LEAD}{ORG}{_RUN}{{0,16}}?{_alt(_SENT_TO)}(?P<b>{A})",
        ("到", "赴", "前往"),
        (PairExample("九龙坡区选派干部到城口县挂职锻炼。", (("九龙坡区", "城口县"),)),),
        needs_cue=True,
        fast=rf"{_LEAD}{_ahead(_firsts(_SENT_TO), 28, _RUN_OUT)}"
        rf"(?:{_RUN}{{0,16}}?|(?={_RUN}{{17}}){ORG_CHAR}{{1,12}}?{_RUN}{{16}})"
        rf"{_alt(_SENT_TO)}(?P<b>{A})",
    ),
    # A party's visit told with who accompanies it, hosts that may be named between:
    # 綦江区考察团一行在桐梓县负责同志陪同下,先后到桐梓县… (the party, then where it goes).
    PairPattern(
        "A一行在…陪同下到B",
        rf"{_LEAD}{_RUN}{{0,24}}?一行[^。；;]{{0,4}}?在[^。；;]{{0,40}}?陪同下[，,]?\s*"
        rf"{_alt(_IN_TURN + ('一同', '还', '又'))}?{_alt(_SENT_TO)}(?P<b>{A})",
        ("陪同下",),
        (
            PairExample(
                "綦江区考察团一行在桐梓县负责同志的陪同下,先后到桐梓县娄山关镇考察产业合作。",
                (("綦江区", "桐梓县"),),
            ),
        ),
        needs_cue=True,
        fast=rf"{_LEAD}{_ahead('一', 24, _RUN_OUT)}{_RUN}{{0,24}}?一行[^。；;]{{0,4}}?在"
        rf"[^。；;]{{0,40}}?陪同下[，,]?\s*"
        rf"{_alt(_IN_TURN + ('一同', '还', '又'))}?{_alt(_SENT_TO)}(?P<b>{A})",
    ),
    # A conference or programme named by its pair: 永川区—彭水县对口协同工作推进会.
    PairPattern(
        "A—B对口协同",
        rf"{_LEAD}\s*[—–\-－]\s*(?P<b>{A})(?=[^\ue000-\uefff，,。；;]{{0,4}}{_alt(_AS_PAIR)})",
        _AS_PAIR,
        (PairExample("江北区—酉阳县对口协同工作推进会召开。", (("江北区", "酉阳县"),)),),
        needs_cue=False,
    ),
    # Areas built by places across a border, each named by its places: 打造“江津—赤水、
    # 习水”“南川—道真、正安”“秀山—铜仁”三大片区 (the first with each of the others).
    PairPattern(
        "“A—B”片区",
        rf"[“\"]{_LEAD}\s*[—–\-－]\s*(?P<b>{A}(?:、{A})*)[”\"]"
        rf"(?=(?:[“\"][^”\"。；;]{{0,24}}[”\"])*[^，,。；;“\"]{{0,6}}?{_alt(_JOINT_AREAS)})",
        _JOINT_AREAS,
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
        rf"{_alt(('与', '同', '和', '跟', *_PAIR_JOIN))}|{_alt(('与', '同', '跟', *_PAIR_JOIN))})"
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
        rf"(?P<a>{A}(?:[、和及]{A})+){ORG}{_alt(_ASK)}{ORG}(?P<b>{LIST})",
        _ASK,
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
        rf"(?P<a>{A}{_PAIR_LINK}{A}(?:、{A}{_PAIR_LINK}{A})+)",
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
        rf"{_COUNTED}{_alt(_ALL_TOGETHER)}",
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
            PairExample(
                "万州区、达州市、开州区三地高度重视、迅速行动、协同发力。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (places named as those that gain: 为…带来)
            PairExample("新航线将为重庆、宜昌和武汉之间的航运合作带来新的机遇。", ()),
        ),
        needs_cue=True,
        fast=rf"(?P<a>{A}(?<![、与同跟及\ue000-\ue7ff].)(?<!{A}和.)(?:[、和及]{A}){{2,3}})(?![、和及等]|{A})"
        rf"{_COUNTED}{_alt(_ALL_TOGETHER)}",
        among=True,
        not_gainers=True,
    ),
    # The host welcomes the visitors: 彭水县委…对南川区党政代表团的到来表示欢迎.
    PairPattern(
        "ABC三地",
        # three or four places written together, then 三地 and what they do together:
        # 万州达州开州三地政协…联席会议
        rf"(?<![\ue000-\ue7ff])(?P<a>{A}{{3,4}})(?![\ue000-\ue7ff])(?:三地|四地|三方|四方){ORG}"
        rf"{_alt(_ALL_TOGETHER + ('联席',))}",
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
        rf"(?P<b>{A}){_RUN}{{0,16}}?对{ORG}{_LEAD}{_RUN}{{0,12}}?{_alt(_WELCOME)}",
        _WELCOME,
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
        rf"(?<!签署)(?<!签订)(?<!《)(?P<c>[\uec00-\uefff])[”\"]?(?:三地|两地|四地)?{ORG}"
        rf"{_alt(_ALL_TOGETHER + ('统筹',))}"
        rf"(?![^，。；,;]{{0,6}}?(?:示范区|试验区|合作区|经济区|等重大战略|等战略|战略机遇))",
        ("[\\uec00-\\uefff]",),
        (
            PairExample(
                "万达开三地携手推进一体化发展。",
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
        rf"{_alt(_WE)}{ORG}(?:与|同|和|携手|联手|联动){ORG}(?P<b>{LIST}){_NOT_BORDERING}",
        _WE,
        (),
        needs_cue=True,
        implied=True,
    ),
    PairPattern(
        "在B…帮扶下",
        # the subject helped by a partner: 在深圳市对口援建支持下, 在江北区的帮扶下
        rf"在{ORG}(?P<b>{LIST}){ORG}(?:的)?(?:对口)?{_alt(_HELPED)}(?:和|与|及)?"
        r"(?:支持|帮助|推动|指导)?下",
        _HELPED,
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
        rf"(?:^|[，,；;：:“]|{_NEXT_DEED})\s*(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        rf"(?:强化|加强|深化|推动)?{_alt(_WITH)}{ORG}(?P<b>{LIST}){_NOT_BORDERING}",
        _WITH,
        (),
        needs_cue=True,
        # (Nothing after the spaces is a space: ``\s*+``. The guard: the verb's first
        # character within the five characters the optional words take up at most; they
        # hold none of them.)
        fast=rf"(?:^|[，,；;：:“]|{_NEXT_DEED})\s*+{_ahead(_firsts(_WITH), 5, '')}"
        r"(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        rf"(?:强化|加强|深化|推动)?{_alt(_WITH)}{ORG}(?P<b>{LIST}){_NOT_BORDERING}",
        implied=True,
    ),
)

# 沙坪坝区、江津区分别与奉节县、巫山县: as many partners as first parties, each its own.
_RESPECTIVE = replace(
    next(p for p in PAIR_PATTERNS if p.co_subjects), name="A、B分别与C、D", respective=True
)

# --------------------------------------------------------------------------- document skeletons
# The pair patterns run once per document rather than once per sentence: over the
# skeletons of the sentences to analyse, joined by _SEP (which also opens and closes the
# whole). _SEP never occurs in cleaned text (control characters are removed) and the
# document forms of the patterns cannot cross it: every negated class excludes it, and
# the anchor ``^`` (a sentence's start) becomes _SEP itself. So a document finds, in each
# sentence, exactly the matches the sentence's own skeleton gives, in the same order.
_SEP = "\x00"


def _for_document(pattern: str) -> str:
    """The document form of a pair pattern (see above)."""
    doc = pattern.replace("[^", "[^\\x00")
    if doc.startswith("^"):
        doc = "\\x00" + doc[1:]
    return doc.replace("(?:^|", "(?:\\x00|")


def _combined_pattern(patterns: Sequence[str]) -> str:
    """One regex for the patterns that start with the first party: ``(?P<a>A)(?:rest|rest…)``.

    Factoring out the leading token keeps the regex engine's fast scan for its first
    character (an alternation of groups would be tried at every position). Group
    ``p<i>`` says which pattern matched, in order of preference.
    """
    alternatives = []
    for i, pattern in enumerate(patterns):
        rest = pattern[len(_LEAD) :]
        rest = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}{i}>", rest)
        alternatives.append(f"(?P<p{i}>{rest})")
    return _LEAD + "(?:" + "|".join(alternatives) + ")"


def _combined(patterns: Sequence[str]) -> re.Pattern:
    """The regex of :func:`_combined_pattern`."""
    return re.compile(_combined_pattern(patterns))


_LEADING = tuple(
    p for p in PAIR_PATTERNS if not (p.implied or p.alone) and p.pattern.startswith(_LEAD)
)
_OTHERS = tuple(p for p in PAIR_PATTERNS if not p.implied and p not in _LEADING)
_IMPLIED = tuple(p for p in PAIR_PATTERNS if p.implied)


class _Regex:
    """A document pattern, compiled when it first runs (``re`` takes 1 ms a pattern, and
    a document runs only those its sentences hold a hint of)."""

    __slots__ = ("pattern", "_regex")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._regex: re.Pattern | None = None

    @property
    def regex(self) -> re.Pattern:
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.pattern)
        return regex

    def finditer(self, string: str) -> Iterator[re.Match]:
        return (self._regex or self.regex).finditer(string)


_LEADING_RE = _Regex(_combined_pattern([_for_document(p.pattern) for p in _LEADING]))
_OTHERS_RE = tuple((p, _Regex(_for_document(p.pattern))) for p in _OTHERS)
_IMPLIED_RE = tuple((p, _Regex(_for_document(p.pattern))) for p in _IMPLIED)
_COMMA = re.compile("[，,]")


# Candidate pairs of one sentence: (pattern, first parties, second parties), in the order
# the per-sentence reading tried them (explicit patterns, then implied ones).
Candidate = tuple[PairPattern, list[str], list[str]]
# A sentence to read pairs in: (index, start, end, mentions, explicit patterns count?,
# the subject for the implied patterns or None).
Todo = tuple[int, int, int, Sequence[Hit], bool, "str | None"]


def candidates(text: str, todo: list[Todo]) -> dict[int, list[Candidate]]:
    """The pair patterns' matches in the sentences ``todo``, by sentence."""
    parts = [_SEP]
    starts: list[int] = []  # where each sentence's skeleton starts in the document's
    offset = 1
    for _, start, end, hits, _, _ in todo:
        shape = skeleton(text, start, end, hits)
        starts.append(offset)
        parts.append(shape)
        parts.append(_SEP)
        offset += len(shape) + 1
    document = "".join(parts)
    out: dict[int, list[Candidate]] = {}
    # (A match ends inside its sentence: its last character tells which one it is.)
    if any(entry[4] for entry in todo):
        for m in _LEADING_RE.finditer(document):
            i, _, _, hits, explicit, _ = todo[bisect_right(starts, m.end() - 1) - 1]
            if explicit:
                k = int(m.lastgroup[1:])
                pattern = _LEADING[k]
                start = _list_start(document, m.start())
                guard = pattern.not_after
                if guard and document[start - 1] in guard:
                    continue
                if document.startswith("等", m.end(f"b{k}")):
                    continue  # (铜仁市和永川区、合川区等4个成员: a list of members)
                if (
                    pattern.closes_list
                    and document[m.start() - 1] == "、"
                    and document[m.start() + 1 : m.start(f"b{k}")] in _LIST_AND
                ):
                    continue  # (大竹、邻水和梁平: one list)
                if (
                    pattern.not_gainers
                    and document[start - 1] == "为"
                    and _BENEFIT.match(document, m.end())
                ):
                    continue  # (为重庆与湛江的贸易合作带来机遇: who gains, not who acts)
                if pattern.listed_firsts:  # (山东省、沈阳市对口支援忠县: both)
                    listed = document[_list_start(document, m.start()) : m.start() + 1]
                    first = places_in(hits, listed, "A")
                else:
                    first = [hits[ord(m.group("a")) - _A0][2].place]  # (one region token)
                second = places_in(hits, m.group(f"b{k}"), "A")
                out.setdefault(i, []).append((pattern, first, second))
        for pattern, regex in _OTHERS_RE:
            if not pattern.hint.search(document):
                continue  # (a sentence without the hint has no match either)
            for m in regex.finditer(document):
                i, _, _, hits, explicit, _ = todo[bisect_right(starts, m.end() - 1) - 1]
                if not explicit:
                    continue
                guard = pattern.not_after
                if guard and document[_list_start(document, m.start("a")) - 1] in guard:
                    continue
                if pattern.same_subject:
                    gap = m.group("gap")
                    clause = _COMMA.split(gap)[-1] if _COMMA.search(gap) else ""
                    if clause and not _CONTINUING_CLAUSE.match(clause):
                        continue
                if pattern.members:
                    surface = hits[ord(m.group("c")) - _B0][2]
                    if surface.form == "composite" and surface.text in PARTNERSHIPS:
                        out.setdefault(i, []).append((pattern, list(surface.places), []))
                    continue
                if (
                    pattern.not_gainers
                    and document[_list_start(document, m.start("a")) - 1] == "为"
                    and _BENEFIT.match(document, m.end())
                ):
                    continue  # (为重庆、湛江和海南之间的合作带来机遇: who gains, not who acts)
                first = places_in(hits, m.group("a"), "A")  # (one region, or a list)
                if pattern.among:
                    out.setdefault(i, []).append((pattern, first, first))
                    continue
                if pattern.respective:  # A与B、C与D: the regions in turn
                    out.setdefault(i, []).append((pattern, first[0::2], first[1::2]))
                    continue
                if document.startswith("等", m.end("b")):
                    continue  # (铜仁市和永川区、合川区等4个成员: a list of members)
                second = places_in(hits, m.group("b"), "A")
                if (
                    pattern.co_subjects
                    and "each" in m.re.groupindex
                    and m.group("each")
                    and len(first) == len(second) > 1
                ):
                    out.setdefault(i, []).append((_RESPECTIVE, first, second))
                else:
                    out.setdefault(i, []).append((pattern, first, second))
    if any(entry[5] is not None for entry in todo):
        for pattern, regex in _IMPLIED_RE:
            for m in regex.finditer(document):
                k = bisect_right(starts, m.end() - 1) - 1
                i, _, _, hits, _, subject = todo[k]
                if subject is not None:
                    second = places_in(hits, m.group("b"), "A")
                    actor = _clause_actor(document, starts[k], m.start(), hits)
                    first = actor if actor is not None and actor not in second else subject
                    if first in second:
                        continue  # (与江津区、新都区缔结: not 江津区's partners; whose, untold)
                    out.setdefault(i, []).append((pattern, [first], second))
    return out


# A clause that opens with a region and goes on with what it does (泸县政协结合自身实际):
# that region is who acts in the clauses after it in the sentence
_ACTOR_CLAUSE = re.compile(rf"\s*({A}){ORG_CHAR}*\Z")


def _clause_actor(document: str, start: int, end: int, hits: Sequence[Hit]) -> str | None:
    """The region that opens the last clause before ``end`` in a sentence (skeleton from
    ``start``) and does something there, or None: the implied first party of the clauses
    that follow it (泸县政协结合自身实际,…,积极与重庆探索共建…: 泸县, not the document's
    subject)."""
    clauses = _COMMA.split(document[start:end])[:-1]  # (the last is the match's own)
    for clause in reversed(clauses):
        m = _ACTOR_CLAUSE.match(clause)
        if m is not None and len(clause) - m.end(1) >= 2:
            return hits[ord(m.group(1)) - _A0][2].place
    return None


# A bare 和 or 及 after a list's last region but one: the list goes on (see ``closes_list``)
_LIST_AND = ("和", "及")
# After places named as those that gain (为A、B…): what the subject brings them, within
# the sentence's next few characters (为三地的合作,带来更多利好)
_BENEFIT = re.compile(r"[^\x00。；;]{0,12}?(?:带来|注入|增添)")


def _list_start(skeleton: str, k: int) -> int:
    """Where the list of places that token ``k`` ends starts (江津、荣昌和大足: 江津)."""
    while k >= 2 and skeleton[k - 1] in "、和及与" and "\ue000" <= skeleton[k - 2] <= "\uefff":
        k -= 2
    return k


def pairs_of(
    found: list[Candidate], has_cue: bool, text_has_cue: bool, gaz: Gazetteer
) -> list[tuple[str, str, str]]:
    """The distinct pairs of one sentence's candidates, each with its pattern's name.

    A pattern that needs a cue takes a pair without one in its sentence only if the pair
    is a reference pair and the text speaks of working together somewhere (北碚区和巫山县
    的气温 in a weather report is no evidence of their pairing).
    """
    out: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    # (大渡口区、大足区分别与忠县: 大渡口区 and 大足区 are not a pair, whatever else reads them
    # so; 沙坪坝区、江津区分别与奉节县、巫山县: nor are 江津区 and 奉节县.)
    claimed: set[tuple[str, str]] = set()
    for pattern, firsts, seconds in found:
        if pattern.co_subjects:
            seen.update((a, b) for a in firsts for b in firsts if a < b)
        if pattern.respective:
            members = (*firsts, *seconds)
            claimed.update((a, b) for a in members for b in members if a < b)
    for pattern, firsts, seconds in found:
        respective = pattern.respective
        if not respective and len(firsts) + len(seconds) > 2:
            # (石柱县 visits 内江 and 内江市市中区 in one list: its partner is 内江市)
            firsts, seconds = _wholes(firsts, gaz), _wholes(seconds, gaz)
        if respective:
            pairs: Iterable[tuple[str, str]] = zip(firsts, seconds)
        elif pattern.among or pattern.members:
            pairs = combinations(firsts, 2)
        else:
            pairs = product(firsts, seconds)
        for a, b in pairs:
            if a == b:
                continue
            if (
                pattern.needs_cue
                and not has_cue
                and (not text_has_cue or gaz.reference_pair(a, b) is None)
            ):
                continue
            key = (a, b) if a < b else (b, a)
            if key not in seen and (respective or key not in claimed):
                seen.add(key)
                out.append((a, b, pattern.name))
    return out


def _wholes(places: list[str], gaz: Gazetteer) -> list[str]:
    """``places`` without those that lie in another of them (内江市, 内江市市中区: 内江市)."""
    if len(places) < 2:
        return places
    return [p for p in places if not any(q != p and q in gaz.ancestors(p) for q in places)]
