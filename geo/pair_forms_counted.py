"""Pair patterns of three or more places made parties by their count.

A list closed by the count of its places (A、B、C三地, A、B…N个区县…签订, A、B、C等N区县…共同;
a list by province, each closed by its own count: A、B等N市…,C、D等N区…,共同), named in
brackets after their count (N地(A、B、C)…共同), or written together before it (ABC三地),
then acting together: every two of them partners. Here the count makes the places listed
parties of one act (without it, a list is an enumeration). Entries of
:data:`cqmap.geo.pair_forms_together.TOGETHER_FORMS`, placed in its order there.
"""

from __future__ import annotations

from cqmap.geo.pair_forms_joint import CONFER
from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    ALL_TOGETHER,
    APART,
    COUNT,
    COUNTED,
    KINDS_COUNTED,
    ORG,
    RUN_TOGETHER,
    alt,
)
from cqmap.geo.skeleton import A

__all__ = ["COUNTED_FORMS"]

# The short name a text gives what it has just listed, in brackets ((以下简称三地)):
# what the list does follows it
_SHORT_NAME_GIVEN = "(?:[(（](?:以下|下文|下)?(?:简称|统称|合称)[^)）。；;]{0,8}[)）])?"
# What places listed do together, with 融合发展 (growing as one, as 一体化: 推动内江市、荣昌区、
# 大足区融合发展; not after a grouping's name, 助推泸永江融合发展, where a project helps), and
# 整合 right after them (pooling what they have: 巴中市、城口县、巫溪县整合…资源)
_LISTED_TOGETHER = (*ALL_TOGETHER, "融合发展", "整合")
# A list of places closed by a count of them all, and their bodies (内江、自贡等三市工商联):
# one province's parties, of a list by province
_COUNTED_LIST = (
    rf"{A}(?:[、和及]{A})*等{COUNT}个?(?:市|区|县|州|地|区县|市州)"
    r"[^，,。；;\ue000-\ue7ff]{0,12}"
)

COUNTED_FORMS: tuple[PairPattern, ...] = (
    # Three or four regions acting together: 万州区、开州区、云阳县三地共同推进, 推动万州、
    # 开州和云阳协同发展. (A longer list, or one that goes on with 等, is an enumeration.
    # Not after a join, a region, or a region and 和 — 和 after organisations joins a
    # list of parties of another kind: checked behind the first region, so that the regex
    # engine can skip ahead to regions.)
    PairPattern(
        "A、B、C三地",
        rf"(?<![、与同跟及\ue000-\ue7ff])(?<!{A}和)(?P<a>{A}(?:[、和及]{A}){{2,3}})(?![、和及等]|{A})"
        rf"{_SHORT_NAME_GIVEN}的?{COUNTED}{alt(_LISTED_TOGETHER)}",
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
            # (the short name given them in brackets, then what they do: 融合发展)
            PairExample(
                "方案旨在推动内江市、荣昌区、大足区(以下简称三地)融合发展。",
                (("荣昌区", "内江市"), ("大足区", "内江市"), ("荣昌区", "大足区")),
            ),
            # (pooling what they have, 整合; not places whose things a third pools)
            PairExample(
                "该旅游环线由四川巴中市、重庆城口县、巫溪县整合周边的生态资源,联手建设。",
                (("城口县", "巴中市"), ("巫溪县", "巴中市"), ("城口县", "巫溪县")),
            ),
            PairExample("项目整合万州区、开州区、云阳县的资源,推进合作。", ()),
            PairExample(
                "万州区、达州市、开州区三地高度重视、迅速行动、协同发力。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (places named as those that gain: 为…带来)
            PairExample("新航线将为重庆、宜昌和武汉之间的航运合作带来新的机遇。", ()),
            # (counted, then where they met to sign)
            PairExample(
                "重庆、广西、贵州三省区市31日在贵阳签署合作框架协议。",
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
        rf"{_SHORT_NAME_GIVEN}的?{COUNTED}{alt(_LISTED_TOGETHER)}",
        among=True,
        not_gainers=True,
    ),
    # Parties listed by province, each list closed by its count and its bodies, then acting
    # together: 内江、自贡等三市工商联,荣昌、大足等四区工商联,共同成立了…联盟
    # (the places named are each other's partners; the others, not named, are none)
    PairPattern(
        "A、B等N市…,C、D等N区…,共同",
        rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{_COUNTED_LIST}(?:[，,]{_COUNTED_LIST})+)"
        rf"[，,]?(?:共同|联合|一同|携手)(?:签订|签署|签约|成立|组建|发起)",
        ("等",),
        (
            PairExample(
                "会上,内江、自贡等三市工商联,荣昌、大足等四区工商联,共同成立了商会联盟。",
                (("荣昌区", "大足区"),)
                + tuple((a, b) for a in ("荣昌区", "大足区") for b in ("内江市", "自贡市")),
            ),
            # (one list counted: the form of A、B、C等N区县…共同)
            PairExample("会上,荣昌、大足等四区工商联共同成立了商会联盟。", ()),
        ),
        needs_cue=False,
        among=True,
    ),
    # Places counted, named in brackets right after their count, then acting together:
    # 川渝九地(合川区、铜梁区,德阳市、广元市…)的工商联共同协办 (a list that goes on with 等
    # names some of them: 12个省区市(重庆、广西等)共同建设, no pairs)
    PairPattern(
        "N地(A、B、C)…共同",
        rf"(?:[0-9０-９]{{1,2}}|[三四五六七八九十])个?(?:地|方|区县|市区县|区市县|省区市|省市)[(（]"
        rf"(?P<a>{A}(?:(?:[、和及，,]|[，,]?以?及){A}){{2,11}})[)）]{ORG}(?:共同|联合|携手|一起|一同)",
        ("[(（]",),
        (
            PairExample(
                "会议由川渝四地(重庆市合川区、铜梁区,四川省遂宁市、南充市)的工商联共同承办。",
                (("合川区", "铜梁区"),)
                + tuple((a, b) for a in ("合川区", "铜梁区") for b in ("遂宁市", "南充市")),
            ),
            PairExample("通道由西部12个省区市(重庆、广西、贵州等)共同建设。", ()),
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
        # (这8个西部省份: the count told with 这, the kind with where they lie)
        # (or with where they lie before it: 重庆、广西…和贵州西南五省(区、市))
        rf"(?:(?:[东西南北]{{1,2}}部?)?这?[五六七八九十0-9０-９]+个?(?:西部|东部|中部|沿线|沿江)?"
        # (五省(区、市): the provinces, regions and city counted as one)
        rf"(?:区县|省区市|省市区|省区|省市|省份|省[(（]区、?市[)）]|省|地|方|区|县|市)"
        # (or closed by 等 and their kind: 重庆、广西…和云南等省区市签下框架协议)
        rf"|等(?:省区市|省市区|省区|省市|省份))"
        # (not each on its own: APART)
        rf"(?:(?!{APART})[^。；;]){{0,60}}?{alt((*RUN_TOGETHER, '联席会议', '共同', '共商', '共谋', '共建'))}",
        (
            *("区县", "五地", "六地", "七地", "八地", "九地", "十地", "五方", "六方", "七方"),
            *("省区", "省市", "省份", "省(区", "省（区"),
        ),
        (
            # (counted with 这, the kind with where they lie)
            PairExample(
                "2019年初,甘肃、重庆、云南、青海、贵州、广西这6个西部省份齐聚重庆,签下共建通道的协议。",
                tuple(
                    ("重庆市", b)
                    for b in ("广西壮族自治区", "贵州省", "甘肃省", "青海省", "云南省")
                ),
            ),
            PairExample(
                "梁平区、垫江县和达川区、开江县以及邻水县5个区县负责人齐聚梁平,签订了合作协议。",
                # (pairs with a side in Chongqing: two places elsewhere are no pair here)
                (("梁平区", "垫江县"),)
                + tuple(
                    (a, b) for a in ("梁平区", "垫江县") for b in ("达川区", "开江县", "邻水县")
                ),
            ),
            # (provinces, regions and the city counted as one, told where they lie)
            PairExample(
                "重庆、广西、四川、云南和贵州西南五省(区、市)签署了物流合作协议。",
                tuple(("重庆市", b) for b in ("云南省", "贵州省", "广西壮族自治区", "四川省")),
            ),
            # (provinces counted: 青海、重庆…五省区市政府代表共同签署)
            PairExample(
                "青海、重庆、甘肃、广西、贵州五省区市政府代表共同签署了合作协议。",
                tuple(("重庆市", p) for p in ("广西壮族自治区", "贵州省", "甘肃省", "青海省")),
            ),
            # (closed by 等 and their kind instead of a count)
            PairExample(
                "云南、青海、重庆、贵州、甘肃和广西等省区市签下协议,共同建设新通道。",
                tuple(
                    ("重庆市", p)
                    for p in ("广西壮族自治区", "贵州省", "甘肃省", "青海省", "云南省")
                ),
            ),
            # (a list with no count: places named, not parties)
            PairExample("梁平区、垫江县、达川区、开江县和邻水县签订了合作协议。", ()),
            PairExample("合川、璧山、铜梁、大足、荣昌5个区县代表在分会场签约。", ()),
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
    # Three or more places named, then 等 and a count of all of them (八区县, 六地), acting
    # as one: 安岳、大足、荣昌、潼南等渝西川东八区县…共同签署协议; 潼南、彭水、遂宁、内江等
    # 川渝八地联合发布宣言 (the places named are each other's partners; the others, not
    # named, are none)
    PairPattern(
        "A、B、C等N区县…共同",
        # (an item may hold a place in brackets that says which part of it acts: 资阳(安岳县))
        rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{A}(?:(?:[、和及，,]|[，,]?以?及){A}(?:[(（]{A}[)）])?){{2,9}})"
        rf"等[^，,。；;：:\ue000-\ue7ff]{{0,8}}?"
        # (the kind may be told with what they grow or make: 等9个柠檬出产地)
        rf"(?:[三四五六七八九十0-9０-９]+个?[\u4e00-\u9fff]{{0,4}}?(?:区县|省区市|省市区|省区|省市|省份|地|方)"
        # (or counted by kinds, one count each: 等“六县一区”, 等3市3区8县)
        rf"|[“\"]?{KINDS_COUNTED})"
        rf"(?:(?!{APART})[^。；;]){{0,40}}?{alt(('共同', '联合', '携手', '共建', *CONFER, '联席会议', *RUN_TOGETHER))}",
        ("等",),
        (
            PairExample(
                "安岳、大足、荣昌、潼南等渝西川东八区县召开协作会,共同签署合作协议。",
                (("大足区", "荣昌区"), ("大足区", "潼南区"), ("荣昌区", "潼南区"))
                + tuple((a, "安岳县") for a in ("大足区", "荣昌区", "潼南区")),
            ),
            # (the kind told with what they grow; an item with a part of it in brackets)
            PairExample(
                "铜梁、大足和遂宁、资阳(乐至县)等4个蔬菜主产地,共同成立了产销联盟。",
                (("铜梁区", "大足区"),)
                + tuple((a, b) for a in ("铜梁区", "大足区") for b in ("遂宁市", "乐至县")),
            ),
            # (counted by kinds, and conferring together)
            PairExample(
                "陕西平利,湖北竹山、神农架林区、房县和重庆巫溪等“四县一区”的文旅部门负责人"
                "相聚竹山,共谋抱团发展。",
                tuple(("巫溪县", b) for b in ("竹山县", "房县", "神农架林区", "平利县")),
            ),
            PairExample(
                "潼南、彭水、遂宁、内江等川渝八地联合发布人才联盟宣言。",
                (("彭水县", "潼南区"),)
                + tuple((a, b) for a in ("潼南区", "彭水县") for b in ("遂宁市", "内江市")),
            ),
            # (named among others, not said to act together: an enumeration)
            PairExample("潼南、彭水、遂宁、内江等川渝八地的代表参观了展览。", ()),
            # (each on its own: at a ceremony's venue, with whoever holds it)
            PairExample("黔江、武隆、万州、开州等4个区县的代表在分会场完成签约。", ()),
        ),
        needs_cue=False,
        among=True,
    ),
    # Three or four places written together, then 三地 and what they do together:
    # 万州达州开州三地政协…联席会议
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
)
