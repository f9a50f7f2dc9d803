"""Pair patterns of three or more parties of one joint act.

Parties signing or founding one thing together (A、B、C…共同签订, A与B、C…一道签订, A、B、C
成立…联盟, 发起方是A、B、C), the parties of one agreement named as such (签署…的N个X包括A、B、
C), parties told with the one that starts, hosts or convenes what they do (由A发起,联动B、C…
建立; A邀请B、C…签订; 会同A、B、C…共同), their representatives met for their working
together (来自A、B、C…的代表齐聚), and a zone built across them for it (在A、B、C打造协同发展
示范区): every two of them partners. Here the act and its words make the places listed its
parties (without them, a list is an enumeration); with the pieces of a list of parties
these forms share (a place and its bodies, the joins between them). Entries of
:data:`cqmap.geo.pair_forms_together.TOGETHER_FORMS`, placed in its order there.
"""

from __future__ import annotations

from itertools import combinations

from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import COUNT, ORG, alt
from cqmap.geo.skeleton import A

__all__ = ["JOINT_FORMS"]
# One body of a place, named right after it, in a list of parties (广安市司法局, 长寿区人民
# 法院, 两江新区社发局, 广安市政府, 重庆海关): no place, no mark (文化和旅游厅: 和 inside
# its name)
_BODY = (
    "(?:文化和旅游|[^、，。；,;和及与\ue000-\uefff]){0,10}?(?:局|院|委|会|办|所|厅|部|联|社|府|关)"
)
# A place and the bodies of it that act, listed (荣昌区法院、检察院、司法局)
# (a county in brackets after its city names the party: 资阳(安岳县))
_BODIES_OF_PLACE = rf"{A}{{1,2}}(?:[（(]{A}[)）])?(?:{_BODY}(?:、{_BODY}){{0,4}})?"

# Between the parties of a list: a mark or a join, or a comma between the places of one
# province and another's (江津区法院、永川区司法局,四川省泸州市合江县、…)
_PARTY_JOIN = "(?:[、和及，,]|以及|[，,]以?及)"
# Three to twenty parties listed, each maybe with its province before it and its bodies
# after it (四川省遂宁市司法局、射洪市司法局、重庆市潼南区司法局), no list going on before them
_PARTIES = (
    rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{_BODIES_OF_PLACE}"
    rf"(?:{_PARTY_JOIN}{_BODIES_OF_PLACE}){{2,19}})(?![、和及等]|{A})"
)
# A body places found together (联盟, 协作体, 共同体), and a body of members they make up
# (…and 首批成员单位): told as made of them (…联盟由A、B、C共同组成), they are its members; a
# region made of places is no body (经济圈由A、B组成)
_ALLIANCE = ("联盟", "协作体", "共同体")
_MEMBERS_BODY = (*_ALLIANCE, "联合体", "合作组织", "成员单位")

# The founders of an alliance, listed as parties are, or in two lists joined by 与 (甲市、
# 乙市与重庆某区、某县成立…联盟): all of them its members
_FOUNDERS = (
    rf"(?<![、与同跟及\ue000-\ue7ff])(?P<a>{_BODIES_OF_PLACE}"
    rf"(?:(?:{_PARTY_JOIN}|与){_BODIES_OF_PLACE}){{2,9}})(?![、和及与等]|{A})"
)
# After a list of parties, what closes it: 等 and the bodies of them all, maybe counted
# (等地法院及司法局等三地8部门), or the bodies of the last (政府)
_BODIES_OF_ALL = rf"(?:等[^，,。；;\ue000-\ue7ff]{{0,30}}?|{ORG})"

# Parties listed, with their bodies, maybe closed by their count (成都海关、重庆海关、西安
# 海关等3个内陆海关; 湛江、北海2个沿海海关)
_SIGNERS = (
    rf"{_BODIES_OF_PLACE}(?:[、和及]{_BODIES_OF_PLACE})+"
    rf"(?:等?{COUNT}个[^，,。；;\ue000-\ue7ff]{{0,8}})?"
)
# What places meeting as one confer on together (共商发展大计, 共谋抱团发展); the counted
# forms take them too (:mod:`cqmap.geo.pair_forms_counted`)
CONFER = ("共商", "共谋", "共话", "共议")

# Who a place sends to a gathering (代表, 负责同志), how they gather (齐聚一堂), and what
# for, within their sentence: working together (为深化跨区域协作, 共商合作)
_DELEGATES = ("代表", "负责人", "负责同志", "主要负责同志", "领导")
_GATHER = ("齐聚", "相聚", "聚首", "汇聚")
_GATHERED_FOR = ("协作", "合作", "协同", *CONFER, "联席", "联防", "联动", "共建")

# One to nine more parties after the first, joined as a list (联动秀山县、铜仁市, 邀请长寿区、
# 梁平区和达州市开江县,及广安市邻水县)
_MORE_PARTIES = rf"{A}{{1,2}}(?:{ORG}(?:[、和及]|[，,]?及|以及){ORG}{A}{{1,2}}){{1,9}}"

# The area where places border each other (毗邻区域, 交界地带, 接壤处): a zone built there
# lies across them
_BORDER_AREA = "(?:毗邻|交界|接壤)(?:区域|地区|地带|处)"

JOINT_FORMS: tuple[PairPattern, ...] = (
    # Three or more parties signing one agreement together: 四川省内江市及重庆市奉节县、巫溪县、
    # 巫山县、城口县共同签订川渝协同发展协议 (a list that goes on with 等 is an enumeration)
    PairPattern(
        "A、B、C…共同签订",
        # (each party may be an organ of its place, 广安市司法局、长寿区司法局…共同组建, and a
        # place told with its province, 四川省广安市)
        rf"{_PARTIES}"
        # (their count, and what they are: 这9个柠檬产地, 十地)
        rf"(?:这?{COUNT}(?:个[^，,。；;\ue000-\ue7ff]{{0,6}}?|地))?"
        # (when and where they met, between: 四川20日在成都共同签署; what they will do: 将共同成立)
        rf"(?:[0-9０-９]{{1,2}}日)?(?:在{A}{{1,2}})?将?"
        # (or founding one body together: 潼南、江津和遂宁共同成立柠檬产区联盟, 共同发起…联盟,
        # 一起组建…联盟; or leading it together: 共同牵头,成立…联盟)
        rf"(?:共同|一同|一起|一道|联合)(?:牵头[，,]?)?(?:签订|签署|签约|成立|组建|发起)",
        (
            *("共同签", "一同签", "联合签", "共同成立", "联合成立", "共同组建", "联合组建"),
            *("一起签", "一道签", "一起成立", "一道成立", "一起组建", "一道组建"),
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
            # (a list going on after 以及, all signing together: 一起)
            PairExample(
                "遵义、綦江以及桐梓、习水一起签署了协议。",
                (("綦江区", "遵义市"), ("綦江区", "桐梓县"), ("綦江区", "习水县")),
            ),
            # (counted after the list, in groups parted by commas, founding it together)
            PairExample(
                "万州、开州,达州、宣汉四地联合发起成立文旅联盟。",
                (
                    ("万州区", "开州区"),
                    ("万州区", "达州市"),
                    ("万州区", "宣汉县"),
                    ("开州区", "达州市"),
                    ("开州区", "宣汉县"),
                ),
            ),
            # (a county in brackets after its city is the party; 一道, and what they are)
            PairExample(
                "潼南、合川和资阳(安岳县)三个柠檬产地一道组建了产业联盟。",
                (("潼南区", "合川区"), ("潼南区", "安岳县"), ("合川区", "安岳县")),
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
    # The members of an alliance, told as what it is made of: 联盟由A、B、C…共同组成, 首批
    # 成员单位由A、B、C 9个区县政府…组成 (each the others' partner)
    PairPattern(
        "联盟由A、B、C…组成",
        rf"{alt(_MEMBERS_BODY)}[^，,。；;\ue000-\ue7ff]{{0,8}}?由{_PARTIES}"
        # (the list counted, 9个区县政府; other members after it, 以及部分企业)
        rf"(?:等?{COUNT}个[^，,。；;\ue000-\ue7ff]{{0,8}})?[^。；;]{{0,40}}?(?:共同|联合)?组成",
        ("组成",),
        (
            PairExample(
                "这个物流协作联盟由万州区、开州区、云阳县、奉节县、巫山县、巫溪县、城口县、"
                "梁平区、垫江县、忠县、丰都县和达州市交通局共同组成。",
                tuple(
                    combinations(
                        (
                            *("万州区", "开州区", "云阳县", "奉节县", "巫山县", "巫溪县"),
                            *("城口县", "梁平区", "垫江县", "忠县", "丰都县", "达州市"),
                        ),
                        2,
                    )
                ),
            ),
            # (counted, with other members after them)
            PairExample(
                "茶旅联盟的首批成员单位由石柱、彭水、武隆3个区县政府和几家茶企组成。",
                (("石柱县", "彭水县"), ("武隆区", "石柱县"), ("彭水县", "武隆区")),
            ),
            # (a region made of places: no body of members)
            PairExample("这个经济区由合川区、铜梁区和潼南区等地组成。", ()),
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
    # Places setting up an alliance, told without 共同 (贵州、四川、重庆将成立…旅游联盟;
    # 14地即A、B、C…: the members named after their count): an alliance's founders are its
    # members, each the others' partner
    PairPattern(
        "A、B、C成立…联盟",
        rf"{_FOUNDERS}(?:三省市|三省|三地|四地|[0-9０-９]+地)?(?:将|正式|携手|联手)?"
        rf"(?:成立|组建|发起成立)[^。；;，,]{{0,30}}?{alt(_ALLIANCE)}",
        _ALLIANCE,
        (
            PairExample(
                "贵州、四川、重庆将成立“大山地”旅游联盟。",
                (("重庆市", "四川省"), ("重庆市", "贵州省")),
            ),
            PairExample(
                "万州、开州、云阳携手成立“大三峡”旅游联盟。",
                (("万州区", "开州区"), ("万州区", "云阳县"), ("开州区", "云阳县")),
            ),
            # (two lists joined by 与: the founders all)
            PairExample(
                "自贡、宜宾与重庆江津、綦江成立文旅产业联盟。",
                (
                    ("江津区", "綦江区"),
                    *((a, b) for a in ("江津区", "綦江区") for b in ("自贡市", "宜宾市")),
                ),
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
    # A zone built across places listed, for their working together (在江津区、泸州市、
    # 永川区建设…泸永江融合发展示范区): every two of them partners
    PairPattern(
        "在A、B、C打造协同发展示范区",
        rf"在(?P<a>{A}(?:[、和及与]{A}){{1,9}})(?:"
        rf"(?:打造|建设|共建|规划建设|设立)"
        rf"[^。；;]{{0,30}}?(?:协同发展|一体化发展|融合发展|合作发展|合作)"
        r"(?:示范区|先行区|合作区|功能平台|实验区)"
        # (or in the area where they border, a zone of any name: 在渝北区和广安市毗邻区域
        # 规划建设高竹新区, one zone across the border)
        rf"|的?{_BORDER_AREA}(?:打造|建设|共建|规划建设|设立)"
        r"[^，,。；;]{0,20}?(?:新区|示范区|先行区|合作区|实验区|产业园|园区))",
        ("示范区", "先行区", "合作区", "功能平台", "实验区", "新区", "产业园", "园区"),
        (
            PairExample(
                "规划提出,在江津区、泸州市、永川区建设泸永江融合发展示范区。",
                (("江津区", "泸州市"), ("永川区", "江津区"), ("永川区", "泸州市")),
            ),
            # (one place: a zone of its own, no partner)
            PairExample("在两江新区打造内陆开放合作示范区。", ()),
            # (a zone of any name in the area where they border: it lies across them)
            PairExample(
                "方案同意在荣昌区和隆昌市交界地带规划建设一个现代农业园区。",
                (("荣昌区", "隆昌市"),),
            ),
            PairExample("在荣昌区和隆昌市交界处,一条小河静静流过。", ()),
        ),
        needs_cue=False,
        among=True,
    ),
    # The places that founded something together, told as its founders: 联盟…成立,发起方是
    # 万盛经开区、南川区、桐梓县、綦江区四个区县的人民政府 (each the others' partner)
    PairPattern(
        "发起方是A、B、C",
        # (counted first, then listed after a colon: 发起单位有四家：A、B…)
        rf"(?:发起方|发起单位|发起者|共同发起人)(?:是|为|包括|有)(?:{COUNT}[家个方][:：])?"
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
            # (counted, then listed after a colon)
            PairExample(
                "联盟的发起单位有三家:荣昌区司法局、永川区司法局和内江市司法局。",
                (("荣昌区", "永川区"), ("荣昌区", "内江市"), ("永川区", "内江市")),
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
)
