"""Pair patterns of aid and of what one region gives or places in another: aid given, by
one region or by several listed (A对B开展对口帮扶, A、B…N个市…对口支援C, A、B…,轮番接力,
对口支援C), told as a noun (A对B的支援), with the places it aids most (A援助…,重点帮扶B),
the aided named as such (把B明确为A的对口支援对象, B是A的对口支援地区), the aid told as the
task given the region (支援B是中央交给A的任务), sent far away
(A援藏…赴B); funds put in or help given (A向B投入, A给予B…帮扶) and gifts received (A用上了B
援建的…); a region's firms guided
to build in another (A引导…在B), and work split between the two (研发在A、生产在B). The
giver and the one given to are partners. Entries of
:data:`cqmap.geo.pair_forms.TWO_PARTY_FORMS`, placed in its order there.
"""

from __future__ import annotations

from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    AID_AFAR,
    AID_FOCUS,
    AID_GIVEN,
    AIDED_AT,
    BACK,
    DELIVER,
    FOR,
    FRONT,
    GIVEN_AS,
    GUIDE,
    GUIDE_TO,
    HELP_GIVEN,
    IN_RELAY,
    LEAD,
    LIST,
    ORG,
    RECEIVED,
    RUN,
    SUPPORT_IN_FULL,
    ahead,
    alt,
    firsts,
)
from cqmap.geo.place_context import PLACE_COUNT
from cqmap.geo.skeleton import NOT_A, A

__all__ = ["AID_FORMS"]

# What a region aids, named so (…的对口支援对象, 的对口帮扶地区)
_AIDED = "的对口(?:支援|帮扶|协作)(?:对象|地区|区县|县|区)"

AID_FORMS: tuple[PairPattern, ...] = (
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
    # Places listed and counted as places, then aiding one, a clause on at most (杭州、温州…
    # 这7个市连同其下辖的40个区市县,一以贯之地对口支援涪陵): each the partner of the one aided
    PairPattern(
        "A、B…N个市…对口支援C",
        rf"(?P<a>{A}(?:[、和及与]{A})+)(?:等|这|这些)?"
        rf"{PLACE_COUNT}(?:城市|地市|市|县|区县|市县|省份|省区|省市)"
        rf"[^。；;\ue000-\ue7ff]{{0,30}}?(?:对口)?{alt(AID_GIVEN)}(?P<b>{LIST})",
        AID_GIVEN,
        (
            PairExample(
                "杭州、温州、绍兴这3个市连同其下辖的区县,一以贯之地对口支援涪陵。",
                (("涪陵区", "杭州市"), ("涪陵区", "温州市"), ("涪陵区", "绍兴市")),
            ),
            # (not a count of what they did: 杭州、温州建成3个市级园区,支援…)
            PairExample("重庆、成都两个城市的企业。", ()),
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
        # (帮扶重点放在B: its focus told after the word of aid)
        rf"{alt(AID_FOCUS)}?(?:对口)?{alt(AID_GIVEN)}(?:重点(?:放在|在|是|为))?(?P<b>{LIST})",
        AID_GIVEN,
        (
            PairExample(
                "山东对口援助重庆的14个区县,重点帮扶石柱、巫山等地区。",
                (("重庆市", "山东省"), ("山东省", "石柱县"), ("山东省", "巫山县")),
            ),
            PairExample(
                "国家明确由江苏对口支援三峡库区部分区县,帮扶重点放在云阳、奉节等地。",
                (("云阳县", "江苏省"), ("奉节县", "江苏省")),
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
    # The aid a region gives another, told as a noun (上海市对万州区的支援从未间断; 由黄浦、
    # 嘉定两区承担对万州的对口支援): the givers each the aided's partner; not aid to an area
    # in it (对重庆三峡库区的对口支援)
    PairPattern(
        "A对B的支援",
        rf"(?P<a>{LIST}){ORG}对{ORG}(?P<b>{LIST})(?!{ORG}库区){ORG}的(?:对口)?(?:帮扶|支援|援助)",
        ("的帮扶", "的支援", "的援助", "的对口"),
        (
            PairExample("多年来,上海市对万州区的支援从未间断。", (("万州区", "上海市"),)),
            PairExample(
                "上海由黄浦、嘉定两区率先承担对万州的对口支援。",
                (("万州区", "黄浦区"), ("万州区", "嘉定区")),
            ),
            # (aid to an area that lies in a region: the region is where, not the aided)
            PairExample("江苏一直深化对重庆三峡库区的对口支援。", ()),
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
    # Aid to a place told as the task the centre gave a region (支援某地是中央交给某省的一项
    # 政治任务): the region given the task and the place aided
    PairPattern(
        "支援B是交给A的任务",
        rf"(?:对口)?(?:支援|帮扶)(?P<b>{LIST}){ORG}(?:库区)?[，,]?是{RUN}{{0,16}}?交(?:办)?给(?P<a>{A})的",
        ("交给", "交办给"),
        (
            PairExample("支援万州库区是中央交办给天津的重点工作。", (("万州区", "天津市"),)),
            PairExample("对口支援巫山,是中央和省委交给广东的重要任务。", (("巫山县", "广东省"),)),
            # (the task told with no place aided: no pair)
            PairExample("抓好对口帮扶,是上级交给杭州的一件大事。", ()),
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
    PairPattern(
        "A向B出售",
        rf"{LEAD}{ORG}{alt(FOR)}{ORG}(?P<b>{A}){ORG}{alt(DELIVER)}",
        DELIVER,
        (PairExample("璧山区累计向巫溪县投入帮扶资金三千万元。", (("璧山区", "巫溪县"),)),),
        needs_cue=False,
        fast=rf"{LEAD}{ahead(firsts(FOR))}{ORG}{alt(FOR)}{ORG}(?P<b>{A}){ORG}{alt(DELIVER)}",
    ),
    PairPattern(
        "A给予B…帮扶",
        rf"{LEAD}{ORG}给予(?P<b>{A})[^，。；,;\ue000-\ue7ff]{{0,8}}?{alt(HELP_GIVEN)}",
        ("给予",),
        (
            PairExample("感谢潍坊市长期以来给予开州的真情帮扶。", (("开州区", "潍坊市"),)),
            PairExample("近年来山东省累计给予城口资金援助2亿多元。", (("城口县", "山东省"),)),
            # (given by no place: 国家给予重庆的支持)
            PairExample("国家在政策上给予重庆大力支持。", ()),
            # (a list of givers: each)
            PairExample(
                "潍坊市、临沂市累计给予开州资金援助。",
                (("开州区", "潍坊市"), ("开州区", "临沂市")),
            ),
        ),
        needs_cue=False,
        listed_firsts=True,
    ),
    # A region's whole-hearted support of another, in some fields maybe (浙江倾力支持涪陵;
    # 上海在产业、民生等方面全力支持万州、夷陵): the supporter and each supported are
    # partners; support told plainly (四川支持广安建设…) is a province's for its own or a
    # policy's, no pairing
    PairPattern(
        "A全力支持B",
        rf"{LEAD}{ORG}(?:在[^，,。；;\ue000-\uefff]{{1,24}}?方面)?{alt(SUPPORT_IN_FULL)}支持了?"
        rf"(?P<b>{LIST})",
        SUPPORT_IN_FULL,
        (
            PairExample("江苏倾力支持万州建设新型工业园区。", (("万州区", "江苏省"),)),
            PairExample(
                "多年来,天津在教育、医疗等方面全力支持万州、涪陵。",
                (("万州区", "天津市"), ("涪陵区", "天津市")),
            ),
            PairExample("四川省支持广安市建设合作示范区。", ()),
        ),
        needs_cue=False,
        co_objects=True,
    ),
    # What a region receives from another, told by what it now has or uses (巫山县的学校
    # 里,用上了广东省援助的设备; 城口县的村民住上了江北区援建的新房): the giver and the
    # receiver are partners
    PairPattern(
        "A用上了B援建的",
        rf"{LEAD}{ORG}[，,]?{alt(RECEIVED)}了?(?P<b>{LIST}){ORG}(?:对口)?{alt(GIVEN_AS)}的",
        RECEIVED,
        (
            PairExample("城口县的村民,住上了江北区援建的新房。", (("江北区", "城口县"),)),
            PairExample(
                "奉节县几所小学也收到了临沂市、潍坊市捐赠的图书。",
                (("奉节县", "临沂市"), ("奉节县", "潍坊市")),
            ),
            # (no aid: bought, or given by no place)
            PairExample("城口县的村民用上了江北区生产的农机。", ()),
            PairExample("城口县的村民住上了援建的新房。", ()),
        ),
        needs_cue=False,
        listed_firsts=True,
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
    PairPattern(
        "A引导…在B",
        rf"{LEAD}{ORG}{alt(GUIDE)}{NOT_A}{{0,40}}?{alt(GUIDE_TO)}(?P<b>{A})",
        GUIDE,
        (PairExample("合川区引导辖区企业在秀山县建设加工基地。", (("合川区", "秀山县"),)),),
        needs_cue=False,
        fast=rf"{LEAD}{ahead(firsts(GUIDE))}{ORG}{alt(GUIDE)}{NOT_A}{{0,40}}?"
        rf"{alt(GUIDE_TO)}(?P<b>{A})",
    ),
)
