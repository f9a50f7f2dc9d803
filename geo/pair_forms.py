"""Pair patterns of two parties: one region and its partner (or partners).

A region with another (A与B, A携手B), aid given and received (对口支援, 援藏), visits and
invitations (A赴B, A应B邀请, A一行在…陪同下到B), a pair named together (A·B, AB两地,
A—B对口协同). Entries of :data:`cqmap.geo.pairs.PAIR_PATTERNS`, in its order.
"""

from __future__ import annotations

from cqmap.geo.pair_forms_bodies import BODY_FORMS
from cqmap.geo.pair_forms_visits import VISIT_FORMS
from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    A_WAY_BETWEEN,
    AID_AFAR,
    AID_FOCUS,
    AID_GIVEN,
    AIDED_AT,
    AS_PAIR,
    BACK,
    DELIVER,
    FOR,
    FRONT,
    GUIDE,
    GUIDE_TO,
    HELP_GIVEN,
    IN_RELAY,
    JOIN,
    JOINT_AREAS,
    JOINTLY,
    LEAD,
    LIST,
    MEETING_OF_BOTH,
    NOT_BORDERING,
    NOT_CO_HELPERS,
    NOT_COUNTED,
    NOT_EVENT_WEEK,
    ORG,
    PAIR_VERBS,
    PARK,
    PLACE_PREPOSITIONS,
    RUN,
    RUN_OUT,
    RUN_TOGETHER,
    TOGETHER,
    WAY_LINES,
    WITH,
    ahead,
    alt,
    firsts,
)
from cqmap.geo.place_context import PLACE_COUNT
from cqmap.geo.skeleton import NOT_A, A

__all__ = ["TWO_PARTY_FORMS"]

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

# What a region aids, named so (…的对口支援对象, 的对口帮扶地区)
_AIDED = "的对口(?:支援|帮扶|协作)(?:对象|地区|区县|县|区)"

_FORMS: tuple[PairPattern, ...] = (
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
            # (the ends of a third's link: 串联, 打通)
            PairExample("三方合作构建串联香港与重庆的航空货运网络。", ()),
            PairExample("双方分别在重庆与成都启动创新中心项目。", ()),
            PairExample("代表们随后到江津、荣昌和大足参观考察。", ()),
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
        not_after=PLACE_PREPOSITIONS + _OBJECT_AFTER + _AIDED_AFTER,
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
        rf"(?<![{_NOT_TWO_AFTER}]){''.join(f'(?<!{w})' for w in _NOT_TWO_AFTER_WORDS)}{LEAD}{ORG}"
        rf"(?:[、和与]|[，,]和){ORG}(?P<b>{A}){NOT_COUNTED}{NOT_BORDERING}{ORG}"
        rf"{alt(TOGETHER)}(?!{A_WAY_BETWEEN})(?!{_HELD_THERE})",
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
            PairExample("目前成都、重庆两地中欧班列已开通四十条线路。", ()),
            PairExample("经四川省、重庆市两地政府批复,先行区获准设立。", (("重庆市", "四川省"),)),
        ),
        needs_cue=False,
        fast=rf"{LEAD}(?<![{_NOT_TWO_AFTER}].){''.join(f'(?<!{w}.)' for w in _NOT_TWO_AFTER_WORDS)}"
        rf"{ahead('、和与，,')}{ORG}(?:[、和与]|[，,]和){ORG}"
        rf"(?P<b>{A}){NOT_COUNTED}{NOT_BORDERING}{ORG}{alt(TOGETHER)}(?!{A_WAY_BETWEEN})"
        rf"(?!{_HELD_THERE})",
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
    PairPattern(
        "A引导…在B",
        rf"{LEAD}{ORG}{alt(GUIDE)}{NOT_A}{{0,40}}?{alt(GUIDE_TO)}(?P<b>{A})",
        GUIDE,
        (PairExample("合川区引导辖区企业在秀山县建设加工基地。", (("合川区", "秀山县"),)),),
        needs_cue=False,
        fast=rf"{LEAD}{ahead(firsts(GUIDE))}{ORG}{alt(GUIDE)}{NOT_A}{{0,40}}?"
        rf"{alt(GUIDE_TO)}(?P<b>{A})",
    ),
    # A conference or programme named by its pair: 永川区—彭水县对口协同工作推进会, 綦江—万盛
    # 一体化发展规划.
    PairPattern(
        "A—B对口协同",
        rf"{LEAD}\s*[—–\-－]\s*(?P<b>{A})(?=[^\ue000-\uefff，,。；;]{{0,4}}{alt(AS_PAIR)})",
        AS_PAIR,
        (
            PairExample("江北区—酉阳县对口协同工作推进会召开。", (("江北区", "酉阳县"),)),
            PairExample("市政府印发綦江—万盛一体化发展规划。", (("万盛经开区", "綦江区"),)),
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

# The forms in the order :mod:`cqmap.geo.pair_matching` tries them (of those that lead
# with a region, the first that matches there wins): each name once
_ORDER = (
    "A与B",
    "A携手B",
    "A、B…,轮番接力,对口支援C",
    "A、B…N个市…对口支援C",
    "A援助…,重点帮扶B",
    "A对B开展对口帮扶",
    "A对B的支援",
    "把B明确为A的对口支援对象",
    "B是A的对口支援地区",
    "A援藏…赴B",
    "A、B两地",
    "A、B“联合…”",
    "A机关、B机关印发",
    "A机关、B机关主办",
    "《A机关 B机关…》",
    "A、B赴C",
    "A赴B、C",
    "A应B邀请",
    "应B邀请,A",
    "A…率团赴B",
    "A…,与B",
    "A向B出售",
    "A给予B…帮扶",
    "研发在A、生产在B",
    "A·B",
    "A | B",
    "AB两地",
    "AB产业园",
    "A引导…在B",
    "A到B",
    "A一行在…陪同下到B",
    "A—B对口协同",
    "“A—B”片区",
)
_BY_NAME = {p.name: p for p in (*_FORMS, *BODY_FORMS, *VISIT_FORMS)}
if sorted(_BY_NAME) != sorted(_ORDER):
    raise ValueError("each two-party form is placed in _ORDER once")
TWO_PARTY_FORMS: tuple[PairPattern, ...] = tuple(_BY_NAME[name] for name in _ORDER)
