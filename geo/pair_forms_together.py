"""Pair patterns of three or more parties acting together.

Places acting together or signing one agreement (A、B、C三地, A、B…N个区县…签订), listed
with their bodies (荣昌区法院、检察院…等四地10部门), counted by their kinds (3市3区8县), named
after their count (14地即…), founding an alliance, or gathering for their working together:
every two of them partners. Entries of :data:`cqmap.geo.pair_forms_groups.GROUP_FORMS`, in
their order there.
"""

from __future__ import annotations

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

__all__ = ["TOGETHER_FORMS"]
# One body of a place, named right after it, in a list of parties (广安市司法局, 长寿区人民
# 法院, 两江新区社发局, 广安市政府, 重庆海关): no place, no mark (文化和旅游厅: 和 inside
# its name)
_BODY = (
    "(?:文化和旅游|[^、，。；,;和及与\ue000-\uefff]){0,10}?(?:局|院|委|会|办|所|厅|部|联|社|府|关)"
)
# A place and the bodies of it that act, listed (荣昌区法院、检察院、司法局)
_BODIES_OF_PLACE = rf"{A}{{1,2}}(?:{_BODY}(?:、{_BODY}){{0,4}})?"

# Between the parties of a list: a mark or a join, or a comma between the places of one
# province and another's (江津区法院、永川区司法局,四川省泸州市合江县、…)
_PARTY_JOIN = "(?:[、和及，,]|以及|[，,]以?及)"
# Three to ten parties listed, each maybe with its province before it and its bodies after
# it (四川省遂宁市司法局、射洪市司法局、重庆市潼南区司法局), no list going on before them
_PARTIES = (
    rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{_BODIES_OF_PLACE}"
    rf"(?:{_PARTY_JOIN}{_BODIES_OF_PLACE}){{2,9}})(?![、和及等]|{A})"
)
# After a list of parties, what closes it: 等 and the bodies of them all, maybe counted
# (等地法院及司法局等三地8部门), or the bodies of the last (政府)
_BODIES_OF_ALL = rf"(?:等[^，,。；;\ue000-\ue7ff]{{0,30}}?|{ORG})"

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
# Parties listed, with their bodies, maybe closed by their count (成都海关、重庆海关、西安
# 海关等3个内陆海关; 湛江、北海2个沿海海关)
_SIGNERS = (
    rf"{_BODIES_OF_PLACE}(?:[、和及]{_BODIES_OF_PLACE})+"
    rf"(?:等?{COUNT}个[^，,。；;\ue000-\ue7ff]{{0,8}})?"
)
# What places meeting as one confer on together (共商发展大计, 共谋抱团发展)
_CONFER = ("共商", "共谋", "共话", "共议")

# Who a place sends to a gathering (代表, 负责同志), how they gather (齐聚一堂), and what
# for, within their sentence: working together (为深化跨区域协作, 共商合作)
_DELEGATES = ("代表", "负责人", "负责同志", "主要负责同志", "领导")
_GATHER = ("齐聚", "相聚", "聚首", "汇聚")
_GATHERED_FOR = ("协作", "合作", "协同", *_CONFER, "联席", "联防", "联动", "共建")

# One to nine more parties after the first, joined as a list (联动秀山县、铜仁市, 邀请长寿区、
# 梁平区和达州市开江县,及广安市邻水县)
_MORE_PARTIES = rf"{A}{{1,2}}(?:{ORG}(?:[、和及]|[，,]?及|以及){ORG}{A}{{1,2}}){{1,9}}"

TOGETHER_FORMS: tuple[PairPattern, ...] = (
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
    # Three or more parties signing one agreement together: 四川省内江市及重庆市奉节县、巫溪县、
    # 巫山县、城口县共同签订川渝协同发展协议 (a list that goes on with 等 is an enumeration)
    PairPattern(
        "A、B、C…共同签订",
        # (each party may be an organ of its place, 广安市司法局、长寿区司法局…共同组建, and a
        # place told with its province, 四川省广安市)
        rf"{_PARTIES}"
        # (when and where they met, between: 四川20日在成都共同签署; what they will do: 将共同成立)
        rf"(?:[0-9０-９]{{1,2}}日)?(?:在{A}{{1,2}})?将?"
        # (or founding one body together: 潼南、江津和遂宁共同成立柠檬产区联盟, 共同发起…联盟;
        # or leading it together: 共同牵头,成立…联盟)
        rf"(?:共同|一同|联合)(?:牵头[，,]?)?(?:签订|签署|签约|成立|组建|发起)",
        (
            *("共同签", "一同签", "联合签", "共同成立", "联合成立", "共同组建", "联合组建"),
            *("共同发起", "联合发起", "共同牵头", "联合牵头"),
        ),
        (
            # (founding one body together)
            PairExample(
                "荣昌、永川和内江共同成立了川渝生猪产业联盟。",
                (("荣昌区", "永川区"), ("荣昌区", "内江市"), ("永川区", "内江市")),
            ),
            # (when and where they signed, between them and 共同)
            PairExample(
                "重庆、四川、贵州20日在成都共同签署物流合作协议。",
                (("重庆市", "四川省"), ("重庆市", "贵州省")),
            ),
            # (founding one body together: 共同发起)
            PairExample(
                "万州、开州、云阳和达州共同发起成立文旅联盟。",
                (
                    ("万州区", "开州区"),
                    ("万州区", "云阳县"),
                    ("万州区", "达州市"),
                    ("开州区", "云阳县"),
                    ("开州区", "达州市"),
                    ("云阳县", "达州市"),
                ),
            ),
            # (organs leading it together: 文化和旅游厅, with 和 in its name)
            PairExample(
                "重庆市文化和旅游发展委员会、贵州省文化和旅游厅、四川省文化和旅游厅共同牵头,成立山地旅游联盟。",
                (("重庆市", "四川省"), ("重庆市", "贵州省")),
            ),
            # (each party an organ of its place, a place told with its province)
            PairExample(
                "联盟由四川省达州市司法局、开江县司法局、重庆市梁平区司法局共同组建。",
                # (a place and a part of it, each a party: 达州市 and 开江县)
                (("梁平区", "达州市"), ("梁平区", "开江县")),
            ),
            # (each place with its bodies listed, the places parted by commas)
            PairExample(
                "泸州市法院、检察院,永川区法院、检察院和江津区法院共同签署了司法协作协议。",
                (("永川区", "泸州市"), ("江津区", "泸州市"), ("永川区", "江津区")),
            ),
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
    # The parties of one agreement named as such, after their count: 签署协议的5个海关
    # 包括成都海关、重庆海关、西安海关等3个内陆海关,以及湛江、北海2个沿海海关 (each the
    # others' partner)
    PairPattern(
        "签署…的N个X包括A、B、C",
        rf"(?:签署|签订|签约)[^。；;，,\ue000-\ue7ff]{{0,16}}?的{COUNT}"
        rf"个?[^。；;，,\ue000-\ue7ff]{{0,6}}?(?:包括|分别是|分别为)[:：]?"
        rf"(?P<a>{_SIGNERS}(?:[，,]?(?:以及|及|和){_SIGNERS})*)",
        ("包括", "分别是", "分别为"),
        (
            PairExample(
                "签署协议的5个海关包括成都海关、重庆海关、西安海关等3个内陆海关,以及湛江、北海2个沿海海关。",
                tuple(("重庆市", b) for b in ("成都市", "西安市", "湛江市", "北海市")),
            ),
            PairExample("签署备忘录的海关来自重庆、贵阳和湛江。", ()),
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
    # Places setting up an alliance, told without 共同 (贵州、四川、重庆将成立…旅游联盟;
    # 14地即A、B、C…: the members named after their count): an alliance's founders are its
    # members, each the others' partner
    PairPattern(
        "A、B、C成立…联盟",
        rf"{_PARTIES}(?:三省市|三省|三地|四地|[0-9０-９]+地)?(?:将|正式|携手|联手)?"
        rf"(?:成立|组建|发起成立)[^。；;，,]{{0,30}}?(?:联盟|协作体|共同体)",
        ("联盟", "协作体", "共同体"),
        (
            PairExample(
                "贵州、四川、重庆将成立“大山地”旅游联盟。",
                (("重庆市", "四川省"), ("重庆市", "贵州省")),
            ),
            PairExample(
                "万州、开州、云阳携手成立“大三峡”旅游联盟。",
                (("万州区", "开州区"), ("万州区", "云阳县"), ("开州区", "云阳县")),
            ),
            # (a body each of them sets up, not one together)
            PairExample("万州、开州、云阳各自成立了物流公司。", ()),
        ),
        needs_cue=False,
        among=True,
    ),
    # One party starting something and the others it joins with, setting it up together:
    # 由怀化市发起,联动秀山县、铜仁市…建立劳务协作机制 (each the others' partner)
    PairPattern(
        "由A发起,联动B、C…建立",
        rf"由(?P<a>{A}{{1,2}}{ORG}(?:牵头)?发起[，,]?(?:联动|联合|携手|会同){_MORE_PARTIES})"
        rf"[^。；;]{{0,30}}?(?:建立|成立|组建|签署|签订|共建|构建)",
        ("发起",),
        (
            PairExample(
                "由湖南省怀化市发起,联动重庆市秀山县、贵州省铜仁市,建立劳务协作对接机制。",
                (("秀山县", "怀化市"), ("秀山县", "铜仁市")),
            ),
        ),
        needs_cue=False,
        among=True,
    ),
    # A host and the parties it invites, meeting to sign one agreement: 开江县政府邀请
    # 梁平区、垫江县和达川区…召开…协议签订会 (all of them, each the others' partner)
    PairPattern(
        "A邀请B、C…签订",
        rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{A}{ORG}邀请{_MORE_PARTIES})"
        rf"[^。；;]{{0,60}}?(?:签订|签署|签约)",
        ("邀请",),
        (
            PairExample(
                "开江县政府邀请梁平区、垫江县和达州市达川区在开江召开联防联控座谈暨协议签订会。",
                (
                    ("梁平区", "开江县"),
                    ("垫江县", "开江县"),
                    ("梁平区", "垫江县"),
                    ("梁平区", "达川区"),
                    ("垫江县", "达川区"),
                ),
            ),
            # (a host inviting guests to what is no signing)
            PairExample("开江县政府邀请梁平区、垫江县的客商参加展会。", ()),
        ),
        needs_cue=False,
        among=True,
    ),
    # One party and a list with it, signing one agreement all together: 贵州同广西、重庆、
    # 云南…一道签下合作协议 (each is each other's partner, as with the list alone)
    PairPattern(
        "A与B、C…一道签订",
        # (or a list with a list: 綦江区、江津区就同遵义市、习水县联合签署, all four)
        rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{A}(?:(?:[、和及]{A}){{1,9}}就?(?:与|同|跟)"
        rf"{A}(?:(?:[、和及]|以及){A}){{0,9}}|(?:与|同|和|跟){A}(?:(?:[、和及]|以及){A}){{1,9}}))"
        # (the list closed by a count of its kind: …、城口县等3区(县)一道签署)
        rf"(?:等[0-9一二三四五六七八九十]+个?(?:区县|区[(（]县[)）]|区|县|地|方))?"
        rf"(?![、和及等]|{A})(?:一道|一同|共同|一起|联合)(?:签订|签署|签下|签约)",
        ("一道签", "一同签", "共同签", "一起签", "联合签"),
        (
            PairExample(
                "贵州同广西、重庆、云南一道签下合作共建通道的协议。",
                (("重庆市", "贵州省"), ("重庆市", "广西壮族自治区"), ("重庆市", "云南省")),
            ),
            # (a list with a list, signing one agreement: all of them)
            PairExample(
                "綦江区、江津区就同遵义市、习水县联合签署了河长制合作协议。",
                (("綦江区", "江津区"),)
                + tuple((a, b) for a in ("綦江区", "江津区") for b in ("遵义市", "习水县")),
            ),
            # (the list closed by a count of its kind)
            PairExample(
                "达州市与万州区、开州区、城口县等3区(县)一道签署了交通合作协议。",
                (
                    ("万州区", "达州市"),
                    ("开州区", "达州市"),
                    ("城口县", "达州市"),
                    ("万州区", "开州区"),
                    ("万州区", "城口县"),
                    ("开州区", "城口县"),
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
    # A zone built across places listed, for their working together (在江津区、泸州市、
    # 永川区建设…泸永江融合发展示范区): every two of them partners
    PairPattern(
        "在A、B、C打造协同发展示范区",
        rf"在(?P<a>{A}(?:[、和及与]{A}){{1,9}})(?:打造|建设|共建|规划建设|设立)"
        rf"[^。；;]{{0,30}}?(?:协同发展|一体化发展|融合发展|合作发展|合作)"
        r"(?:示范区|先行区|合作区|功能平台|实验区)",
        ("示范区", "先行区", "合作区", "功能平台", "实验区"),
        (
            PairExample(
                "规划提出,在江津区、泸州市、永川区建设泸永江融合发展示范区。",
                (("江津区", "泸州市"), ("永川区", "江津区"), ("永川区", "泸州市")),
            ),
            # (one place: a zone of its own, no partner)
            PairExample("在两江新区打造内陆开放合作示范区。", ()),
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
        rf"(?:(?!{APART})[^。；;]){{0,40}}?{alt(('共同', '联合', '携手', '共建', *_CONFER, '联席会议', *RUN_TOGETHER))}",
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
    # The places that founded something together, told as its founders: 联盟…成立,发起方是
    # 万盛经开区、南川区、桐梓县、綦江区四个区县的人民政府 (each the others' partner)
    PairPattern(
        "发起方是A、B、C",
        rf"(?:发起方|发起单位|发起者|共同发起人)(?:是|为|包括|有)"
        rf"(?P<a>{A}(?:{ORG}(?:[、和及，,]|[，,]?以?及){ORG}{A}){{1,9}})",
        ("发起方", "发起单位", "发起者", "共同发起人"),
        (
            PairExample(
                "旅游联盟在那年8月成立,发起方是万盛经开区、南川区、桐梓县、綦江区四个区县的政府。",
                (
                    ("南川区", "綦江区"),
                    ("万盛经开区", "南川区"),
                    ("南川区", "桐梓县"),
                    ("万盛经开区", "綦江区"),
                    ("桐梓县", "綦江区"),
                    ("万盛经开区", "桐梓县"),
                ),
            ),
            # (who took part, not who founded it)
            PairExample("展会的参展方是南川区、綦江区和桐梓县的企业。", ()),
        ),
        needs_cue=False,
        among=True,
    ),
    # The representatives of places listed gathering for their working together: 来自秀山县、
    # 酉阳县法院,松桃县以及花垣县等地法院的代表齐聚,为加强司法协作…
    # (each the others' partner; not a gathering for something else, 齐聚观看演出)
    PairPattern(
        "来自A、B、C…的代表齐聚",
        rf"来自(?P<a>{_BODIES_OF_PLACE}(?:{_PARTY_JOIN}{_BODIES_OF_PLACE}){{2,9}})"
        rf"(?:等[^，,。；;\ue000-\ue7ff]{{0,16}}?|{ORG})的?{alt(_DELEGATES)}"
        rf"[^，,。；;\ue000-\ue7ff]{{0,6}}?{alt(_GATHER)}(?=[^。；;]{{0,40}}?{alt(_GATHERED_FOR)})",
        ("来自",),
        (
            PairExample(
                "为加强生态检察协作,来自陕西省汉江流域检察分院和平利县、镇坪县检察院,"
                "重庆市城口县、巫溪县及湖北省竹溪县检察院的负责人相聚城口县,共商联防机制。",
                # (陕西省: where the body of an area of it lies, no party of its own)
                (("巫溪县", "城口县"),)
                + tuple(
                    (a, b) for a in ("巫溪县", "城口县") for b in ("平利县", "镇坪县", "竹溪县")
                ),
            ),
            PairExample("来自万州区、开州区和云阳县的游客齐聚广场,观看合作演出的开幕式。", ()),
        ),
        needs_cue=True,
        among=True,
    ),
    # Places a third party brings together to do something jointly: 会同万州、达州、开州等地
    # 政府,共同编制了…方案 (the third, an office of the city, is no place of its own)
    PairPattern(
        "会同A、B、C…共同",
        # (each place may be told with its bodies, 荣昌区法院、检察院、司法局, and the places
        # grouped by province, parted by commas; closed by the bodies of them all and their
        # count: …荣县等地法院及文旅局等四地10部门,在永川区法院联合签署)
        rf"会同(?P<a>{_BODIES_OF_PLACE}(?:{_PARTY_JOIN}{_BODIES_OF_PLACE}){{1,9}})"
        rf"{_BODIES_OF_ALL}[，,]?(?:在{A}{ORG}[，,]?)?(?:共同|联合|一起)",
        ("会同",),
        (
            PairExample(
                "会同万州、开州、云阳等地政府,共同编制了多式联运方案。",
                (("万州区", "开州区"), ("万州区", "云阳县"), ("开州区", "云阳县")),
            ),
            # (each place with its bodies, the places grouped by province, parted by commas;
            # the bodies of them all counted, and where they sign)
            PairExample(
                "由江津区法院发起,会同江津区检察院、文旅委,永川区法院,四川省自贡市荣县、"
                "泸州市合江县等地法院及文旅局等四地10部门,在永川区法院联合签署了保护协议。",
                (
                    ("江津区", "永川区"),
                    ("江津区", "合江县"),
                    ("江津区", "荣县"),
                    ("永川区", "合江县"),
                    ("永川区", "荣县"),
                ),
            ),
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
