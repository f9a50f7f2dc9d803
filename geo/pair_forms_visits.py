"""Pair patterns of visits: a region's party going to another (A赴B、C, A…率团赴B), two
going together to a third (A、B赴C), invited by its host (A应B邀请, 应B邀请,A), sending its
people there (A选派干部到B), or taken round by its hosts (A一行在…陪同下到B). The visitor
and the place visited are partners; not a way or a service from one to the other
(重庆到贵阳的快速铁路). Entries of :data:`cqmap.geo.pair_forms.TWO_PARTY_FORMS`, placed in its
order there.
"""

from __future__ import annotations

from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    GO,
    GO_TOGETHER,
    IN_TURN,
    LEAD,
    LIST,
    ORG,
    ORG_CHAR,
    RUN,
    RUN_OUT,
    SENT_TO,
    WAY_LINES,
    WAY_SERVICES,
    ahead,
    alt,
    firsts,
)
from cqmap.geo.skeleton import A

__all__ = ["VISIT_FORMS"]

# A word of going to a place; 到 right after a place is from one to the other (重庆到贵阳
# 的快速铁路), no visit
_GO_NOT_FROM_TO = alt(w if w != "到" else "(?<![\ue000-\uefff])到" for w in GO)
_SENT_NOT_FROM_TO = alt(w if w != "到" else "(?<![\ue000-\uefff])到" for w in SENT_TO)
# …到B的省际公交, 到B的高速公路: a way to the place, no visit
_NOT_A_WAY = (
    "(?!的?[^，。；,;]{0,4}?"
    f"{alt((*WAY_SERVICES, '客车', *WAY_LINES, '线路', '专线', '快速路', '大道', '动车'))})"
)

# Leaders' titles before their party (市委副书记、市长某某率): any run but a clause's end
_TITLES_OUT = "，。；,;：:\ue000-\uefff"
_TITLES = f"[^{_TITLES_OUT}]{{0,40}}?"
_PARTY = "(?:党政代表团|代表团|考察团|调研组|考察组|工作组|一行|队)"

VISIT_FORMS: tuple[PairPattern, ...] = (
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
            # (深入 a place's sites: a visit to it)
            PairExample(
                "两天里,达州市政协一行先后深入万州区的园区、开州区的企业考察。",
                (("万州区", "达州市"), ("开州区", "达州市")),
            ),
            # (走访: visiting, each place in turn)
            PairExample(
                "武胜县党政代表团先后走访永川区和璧山区,就产业合作开展对接。",
                (("永川区", "武胜县"), ("璧山区", "武胜县")),
            ),
            # (渝: the province's one-character name where it is visited)
            PairExample("四川省党政代表团来渝考察,两省市签署行动计划。", (("重庆市", "四川省"),)),
            # (the body met in the next clause is the place gone to's own: still its partner)
            PairExample(
                "岳池县、武胜县两地法院来到合川,同合川区法院座谈。",
                (("合川区", "岳池县"), ("合川区", "武胜县")),
            ),
        ),
        needs_cue=True,
        met_there=True,
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
    # a party's leaders at the head of its delegation, their titles listed (邻水县委副书记、
    # 县长某某率党政代表团来长寿; 潼南区政协党组书记、主席某某一行来璧)
    PairPattern(
        "A…率团赴B",
        rf"{LEAD}{_TITLES}{_PARTY}(?:一行)?{alt(GO)}(?P<b>{LIST})",
        GO,
        (
            PairExample(
                "9月14日,邻水县委副书记、县长王某率党政代表团来长寿区考察。",
                (("长寿区", "邻水县"),),
            ),
            PairExample(
                "潼南区政协党组书记、主席李某一行来璧,考察璧山产业发展,希望两地深化合作。",
                (("潼南区", "璧山区"),),
            ),
            # (another region's body met in the next clause: the place gone to is where
            # they meet, that region the partner)
            PairExample(
                "11月8日,万州区副区长张某一行赴成都,同四川省商务厅座谈。",
                (("万州区", "四川省"),),
            ),
        ),
        needs_cue=True,
        met_there=True,
        fast=rf"{LEAD}(?=[^{_TITLES_OUT}代考调工一队]{{0,40}}+[代考调工一队]){_TITLES}{_PARTY}"
        rf"(?:一行)?{alt(GO)}(?P<b>{LIST})",
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
        met_there=True,
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
)
