"""Pair patterns of two parties: one region and its partner (or partners).

A region with another (A与B, A携手B), aid given and received (对口支援, 援藏), visits and
invitations (A赴B, A应B邀请, A一行在…陪同下到B), a pair named together (A·B, AB两地,
A—B对口协同). Entries of :data:`cqmap.geo.pairs.PAIR_PATTERNS`, in its order.
"""

from __future__ import annotations

from cqmap.geo.pair_forms_aid import AID_FORMS
from cqmap.geo.pair_forms_bodies import BODY_FORMS
from cqmap.geo.pair_forms_visits import VISIT_FORMS
from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    A_WAY_BETWEEN,
    AS_PAIR,
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
_BY_NAME = {p.name: p for p in (*_FORMS, *BODY_FORMS, *VISIT_FORMS, *AID_FORMS)}
if sorted(_BY_NAME) != sorted(_ORDER):
    raise ValueError("each two-party form is placed in _ORDER once")
TWO_PARTY_FORMS: tuple[PairPattern, ...] = tuple(_BY_NAME[name] for name in _ORDER)
