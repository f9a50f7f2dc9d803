"""The words of pairings, and the regex pieces the pair patterns are made of.

The cues that mark a sentence as being about working together (:data:`COOP_CUES`,
:data:`OFFICIAL_CUES`, :data:`CONTINUATION_CUES`), the pieces of the patterns over a
sentence's skeleton (:mod:`cqmap.geo.skeleton`; ``A`` is a region that can pair): a
region's organisation words (:data:`ORG`), a list of regions (:data:`LIST`), the first
party (:data:`LEAD`), the guards that make a pattern fast (:func:`ahead`), and the words
each pattern turns on. The patterns are :data:`cqmap.geo.pairs.PAIR_PATTERNS`.
"""

from __future__ import annotations

from collections.abc import Iterable

from cqmap.geo.skeleton import A

__all__ = [
    "A_WAY_BETWEEN",
    "WAY_LINES",
    "WAY_SERVICES",
    "ORG_CHAR",
    "ORG",
    "LIST",
    "COOP_CUES",
    "OFFICIAL_CUES",
    "CONTINUATION_CUES",
    "ALL_TOGETHER",
    "ASK",
    "AS_PAIR",
    "BACK",
    "COUNT",
    "COUNT_OR_ONE",
    "COUNTED",
    "COUNTED_PARTIES",
    "DELIVER",
    "FOR",
    "FRONT",
    "GIFTS",
    "GO",
    "GO_TOGETHER",
    "GUIDE",
    "GUIDE_TO",
    "HELP_GIVEN",
    "HELPED",
    "RECEIVED",
    "SUPPORT_IN_FULL",
    "GIVEN_AS",
    "SIGNED",
    "IN_RELAY",
    "IN_TURN",
    "JOIN",
    "JOINTLY",
    "JOINT_AREAS",
    "KINDS_COUNTED",
    "LEAD",
    "LED",
    "NEXT_DEED",
    "NOT_BORDERING",
    "NOT_COUNTED",
    "NOT_CO_HELPERS",
    "NOT_EVENT_WEEK",
    "PAIR_JOIN",
    "PAIR_LINK",
    "PAIR_VERBS",
    "PARK",
    "PLACE_PREPOSITIONS",
    "RUN",
    "RUN_OUT",
    "RUN_TOGETHER",
    "SENT_TO",
    "TOGETHER",
    "VISITED_FOR",
    "WE",
    "SELF",
    "WELCOME",
    "WITH",
    "ahead",
    "alt",
    "firsts",
]

# Organisation words after a region (经济运行局, 党政代表团, 直属企业重庆港务物流集团 ...):
# no punctuation, no other pairable region.
_ORG_OUT = '\ue000-\ue7ff，,。；;：:！!？?、“”"（）()'
ORG_CHAR = f"[^{_ORG_OUT}]"
# (an aside in brackets right after the region, naming no region: 两江新区(自贸区)法院)
ORG = f"(?:[（(]{ORG_CHAR}{{1,10}}?[)）])?{ORG_CHAR}{{0,12}}?"
RUN_OUT = "\ue000-\ue7ff。；;"
RUN = f"[^{RUN_OUT}]"  # what may stand between a region and a word, within a clause
# (two places written together, no mark between, are a list too: 与四川贵州建立机制; a
# province right before a place of its own says where that place lies, as elsewhere)
# (an item between that names a place as no party, a company of it, is an item of the list
# still: 深入合川区服务中心、合川区电力公司、渝北区总工会)
_NOT_A_PARTY = "[\uec00-\uefff]"
LIST = rf"{A}(?:{ORG}(?:、{ORG}{_NOT_A_PARTY}{ORG})*(?:、|和|及|与|以及){ORG}{A}|{A})*"
# The ways that run between places, and the services on them: the words the pair rules
# tell a link by, no work together (each rule adds the words of its own)
WAY_LINES = ("铁路", "高铁", "高速", "公路", "航线")
WAY_SERVICES = ("公交", "班车")
# (told of two places: 两地间还没有直达客运班车, 两地中欧班列已开行两万列, 两地之间的货物往来)
_WAYS = "|".join(
    ("客运", "货运", *WAY_SERVICES, "中欧班列", "班列", *WAY_LINES, "货物往来", "物流通道")
)
A_WAY_BETWEEN = f"(?:之?间[^，,。；;\ue000-\uefff]{{0,8}}?|的)?(?:直达|省际|城际)?(?:{_WAYS})"
# 与B接壤: where a place lies, not with whom it works (the rest of a list before the word:
# 与桐梓县、习水县等区域接壤; nor the way between them: 缩短重庆与兰州及沿线城市间的距离,
# 两地之间的距离)
NOT_BORDERING = (
    r"(?!(?:[、和及][\ue000-\uefff])*[^，。；,;]{0,4}?(?:接壤|毗邻|相邻|交界|接界|相连|相接|隔江相望|界牌|界碑"
    # (nor two places a new way draws together: 通车后湖南与重庆紧紧联系起来)
    r"|联系起来|连接起来|连在一起|连成一体)"
    r"|[^，。；,;]{0,10}?(?:之间|间)的?(?:距离|路程|时空距离|运输时间|车程)"
    # (nor a way or a service between them: 济宁和重庆之间的水运物流通道; but an agreement
    # signed on one, 就修建两地间高速公路签下协议, is theirs)
    rf"|[^，。；,;]{{0,10}}?(?:之间|间)的?[^，。；,;]{{0,6}}?(?:{_WAYS})"
    r"(?![^，。；,;]{0,12}?(?:签订|签署|签下|签约)))"
)
# A count of places as articles write it (5个区县, 两地, 十家): one or two digits, or a
# numeral; with 一 where a count of one stands beside others (3市1区8县)
_NUMERALS = "两二三四五六七八九十"
COUNT = f"(?:[0-9０-９]{{1,2}}|[{_NUMERALS}])"
COUNT_OR_ONE = f"(?:[0-9０-９]{{1,2}}|[一{_NUMERALS}])"
# …和万州、达州、开州三地政府签定: the start of a counted list is no partner of what comes
# before it (the list's places act together; the parties before it are of another kind)
NOT_COUNTED = (
    rf"(?!(?:[、和及]{A})*(?:三地|四地|三方|四方|三区|三县|[三四]省(?:区市|区|市)?"
    # (nor the place that holds the districts counted after it: 遂宁和重庆5区县签订, its
    # seven districts are the parties)
    rf"|{COUNT}个?(?:区县|区[(（]县[)）])))"
)

# 两地 as a word of working together, but not where it only names the two a way joins
# (畅联两地的高速, 两地之间的交通: linked, no work together)
_BOTH_PLACES = (
    f"(?<!连接|联通|连通|畅联|串联|贯通)两地(?!{A_WAY_BETWEEN}|之?间的?(?:交通|距离|路程|车程))"
)

# Signing, as articles write it (签定 is a common variant of 签订)
_SIGN = ("签署", "签订", "签定", "签约")
# (and told as done: 签了多份协议, 签下协议)
SIGNED = (*_SIGN, "签了", "签下")
# Words that mark a sentence as being about working together.
COOP_CUES = (
    "合作", "协作", "协同", "携手", "联手", "牵手", "结对", "对口", "帮扶", "共建", "合建", "合办",
    "共同",
    "联动", *_SIGN, "协议", _BOTH_PLACES, "双方", "互访", "联席", "座谈", "交流", "共享",
    "一体化", "同城化", "互认", "互办", "支援", "援助", "补偿", "飞地", "合资", "联盟", "对接",
    "挂职", "进修", "培训", "支医", "优惠", "示范园区", "战略", "一区两群", "考察", "欢迎",
    "协商",  # (三省市政协召开联合协商会议: a consultation of them)
    "联防", "联控", "共治",  # (边界河流联防联控, 联防共治: guarding something together)
    "巡河",  # (两县河长沿界河巡河: the river chiefs of its two sides patrolling it)
    "捐赠", "捐助", "捐献",  # (向孝感捐赠物资: aid given)
    "融合发展",  # (推动内江、荣昌、大足融合发展: growing as one)
    "学习借鉴",  # (赴铜梁区学习借鉴园区建设经验: a visit to learn from the host)
)  # fmt: skip
OFFICIAL_CUES = ("对口", "结对", "帮扶", "一区两群")
CONTINUATION_CUES = ("双方", "两地", "两区", "两县", "双边")
# Words of place and direction that put a region in a sentence as a where, not a who.
PLACE_PREPOSITIONS = "在到赴往至于从向经对把"


def alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def firsts(words: Iterable[str]) -> str:
    return "".join(dict.fromkeys(w[0] for w in words))


def ahead(firsts: str, within: int = 12, out: str = _ORG_OUT) -> str:
    """A guard for a lazy gap (at most ``within`` characters, none of ``out``) and a word.

    It asserts that one of the word's first characters ``firsts`` comes within reach with
    no excluded character before it: a necessary condition, checked possessively (no
    backtracking). Where it fails, the gap would have tried every length in vain; most
    regions are followed by no such word, so this saves most of the matching time.
    """
    return f"(?=[^{out}{firsts}]{{0,{within}}}+[{firsts}])"


# --------------------------------------------------------------------------- the words
# (同 as with, not as the first character of a word: 同心, 同时, 同步 …)
# (nor 同 as "both" before a verb: 两地同属巴渝文化, 同依一座山, 同饮一江水; nor the end of a
# town's or a village's name: 邻水县坛同镇)
_TONG = "同(?![心时样步比期类等一志学行城级胞盟意属依饮处享根源宗为在住镇乡村])"
JOIN = ("与", "和", _TONG, "跟")
PAIR_VERBS = (
    "携手", "联手", "牵手", "结对", "对口(?:协同|帮扶|协作|支援|合作|支持)?", "协同", "帮扶",
    "支援", "援助", "援建", "联动", "助力", "帮助", "联合(?!国|向)",
    "配合",  # (四川将配合重庆完成枢纽论证: one helping the other's work)
)  # fmt: skip
# Aid to a counterpart region far away, by the teams a province sends (援藏, 援疆, 援青),
# and the words of where they go or whom they support
AID_AFAR = ("援藏", "援疆", "援青")
AIDED_AT = ("赴", "前往", "进驻", "对口支援", "支援", "援助")
# 山东省和沈阳市对口支援忠县: two helping a third act alike; they are no pair
NOT_CO_HELPERS = rf"(?!{ORG}{alt(PAIR_VERBS)}{ORG}{A})"
PAIR_JOIN = ("对口协同", "对口帮扶", "结对", "携手")
# (not 共签约: 湖北、重庆库区共签约招商项目41个 counts what they signed, with others;
# 一同 as 一起, and 结伴, going as companions: 两县的河长结伴巡河; not what is put
# together, 把A的…和B的…放在一起规划)
TOGETHER = (
    "两地", "双方", "两区", "两县", "共同", "携手", "联合", "联手", "(?<![放连合]在)一起",
    "同为(?!一体)",
    "合作(?!社)", "结伴", "一同",
    *(f"(?<!共){w}" for w in _SIGN), "分别是",
)  # fmt: skip
# (深入, 走进 a place: a party's visit, 代表团一行深入合川区的园区考察)
# (走访 a place: visiting it, 代表团先后走访两江新区和合川区)
GO = ("赴", "到", "前往", "来到", "来", "深入", "走进", "走访")
# A team led (率队, 带队, 率团) to a place, and what it goes there for (率队前往某县开展
# 协商视察)
LED = ("率队", "带队", "率团", "带团")
VISITED_FOR = ("考察", "视察", "调研", "交流", "学习", "访问", "对接", "座谈", "协商", "洽谈")
# What places build together across a border (“江津—赤水、习水”片区)
JOINT_AREAS = ("片区", "合作区", "协作区", "示范区", "合作园区", "协同发展区", "一体化发展区")
# What joins the two of a pair in a list of pairs (A与B、C与D; A对口B、C对口D)
PAIR_LINK = "(?:与|和|同|对口(?:帮扶|协作|协同|支援)?|结对(?:帮扶)?|帮扶)"
# 、 between two things one party does: 开展专项视察调研、积极与重庆探索共建
NEXT_DEED = "、(?=积极|主动|持续|不断|进一步)"
GO_TOGETHER = ("来到", "赴", "前往", "到")
JOINTLY = ("联合", "共同", "携手", "联手")
IN_TURN = ("先后", "分别", "相继")
IN_RELAY = ("轮番接力", "接力", "轮流")  # (places giving aid one after another)
WITH = ("与", _TONG, "携手", "联手", "联动", "联合(?!国|向)", "对口协同", "对口帮扶", "结对")
FOR = ("向", "为", "给(?!予)")  # (给予B…: what A给予B…帮扶 reads)
# What one place gives or sends another (向B捐赠; 向B支援蔬菜, 援助物资: aid sent)
DELIVER = (
    "出售", "转让", "输送", "提供", "采购", "购买", "销售", "培训", "开展", "捐赠", "捐助",
    "赠送", "移交", "投入", "拨付", "选派", "派出", "支援", "援助",
)  # fmt: skip
# What one place gives another, told of the text's own place (本次向孝感捐赠的物资)
GIFTS = ("捐赠", "捐助", "捐献", "赠送")
# What a place receives from another and now has or uses (用上了某省援助的设备, 住上了某区
# 援建的新房), and the words of what was given so (援建的, 捐赠的)
RECEIVED = ("收到", "用上", "住上", "接受", "获赠", "拿到", "迎来", "接收", "搬进")
GIVEN_AS = ("援助", "援建", "捐赠", "捐助", "捐献", "捐建", "赠送")
# Support told whole-hearted (全力支持, 倾力支持): one partner's of the other
SUPPORT_IN_FULL = ("全力", "倾力", "大力", "鼎力", "倾情")
# What a party gives the other, named after it (给予开州的真情帮扶, 给予城口资金援助)
HELP_GIVEN = ("帮扶", "援助", "支持", "帮助", "支援")
FRONT = ("研发", "总部", "设计", "孵化", "前端", "创新")
BACK = ("生产", "制造", "落地", "转化", "后端", "产业化")
GUIDE = ("引导", "组织", "推动", "支持", "帮助", "选派", "派遣", "援助", "协调", "带动")
GUIDE_TO = ("在", "到", "赴", "落户", "入驻", "助力", "帮扶", "支持")
SENT_TO = ("来到", "分派到", "派到", "派驻", "到", "赴", "前往")
# A group of provinces by their one-character names, counted (湘鄂渝黔四省市, 渝川黔三地:
# :func:`cqmap.geo.matcher.scan` reads it as a composite): its parties, by the count
COUNTED_PARTIES = "[三四五六]个?(?:省区市|省市区|省市|省区|省份|省|地|方)"
# (一体化, 同城化: two places growing into one, 綦江—万盛一体化发展规划)
AS_PAIR = ("对口", "协同", "结对", "合作", "协作", "一体化", "同城化")
PARK = (
    "产业",
    "协作",
    "合作",
    "共建",
    "协同",
    "对口",
    "飞地",
    "孵化",
    "援助",
    "援建",
    "帮扶",
    "重点援助",
    "重点帮扶",
)
ALL_TOGETHER = (
    "共同",
    "携手",
    "联合",
    "联手",
    "一起",
    "协同",
    "一体化",
    "同城化",
    "联席会",  # (三地人大常委会在泸州召开联席会议)
    *_SIGN,
    "合作(?!社)",
)
HELPED = ("援建", "支援", "帮扶", "协同", "协作", "援助")
# Words between a group of places counted and what it does that tell each does it on its
# own: 分别签约; N个区县代表在分会场签约, each with whoever holds the ceremony
APART = "分别|会场"
# What a group of places counted (七区县, 三县三区) does as one: its members, listed as
# many as the count, are each other's partners
GROUP_ACTS = (
    "齐聚", "相聚", "聚到", "聚首", "共话", "共商", "共谋", "共议", "合力", "共建", "共同",
    "携手", "联合", "联手", "抱团", "一起", "一同", *SIGNED,
)  # fmt: skip
# Aid given (帮扶, 支援 …), and the words before it that say which of the aided it is
# given to first (重点帮扶石柱、巫山)
AID_GIVEN = ("帮扶", "支援", "援助", "援建")
AID_FOCUS = ("重点", "主要", "着力", "还", "并", "同时", "先后")
# After a list of places: its count (三地) and a clause up to what they do together,
# which may list what they do (三地高度重视、迅速行动、协同发力) or say where they met
# (四省区市31日在重庆签署), else a few words
COUNTED = (
    rf"(?:(?:三地|四地|三方|四方|三区县|三区|三县|[三四]省(?:区市|区|市)?)"
    rf"(?:[与和同]{A})?[^，。；,;\ue000-\uefff]{{0,24}}?"
    # (where they met: 四省区市31日在重庆签署)
    rf"(?:在{A}[^，。；,;\ue000-\uefff]{{0,8}}?)?|{ORG})"
)
# A group of places counted by its kinds, a count for each (六县一区, 3市3区8县): places
# told as one group (two or three kinds; a count of one kind alone, 等5市, is no such group)
KINDS_COUNTED = f"(?:{COUNT_OR_ONE}(?:市|区|县|州)){{2,3}}(?![0-9０-９])"
# (两省市: a province and the municipality, 重庆四川两省市印发…)
RUN_TOGETHER = ("两地", "两省市", "携手", "联手", *_SIGN)
MEETING_OF_BOTH = ("党政联席会议", "联席会议", "双核联动")
WE = ("我们", "我区", "我县", "我市", "新区", "本区", "该区", "双方", "我院")
# The text's own place, named by itself (广东对口支援我县: the county whose news it is)
SELF = ("我区", "我县", "我市", "本区", "本县", "本市")
WELCOME = ("的到来", "来访", "莅临", "一行的到来")
# Places asking a third for its help (恳请上海市加强帮扶): they act alike toward it
ASK = ("恳请", "请求", "吁请", "感谢")
# (not a person's second title: 滕州市委书记、枣庄市委常委某某带队 leads 滕州's party;
# nor what lies within a region: 四川境内和重庆境内的航电工程)
LEAD = f"(?<![记长任]、)(?<!常委、)(?P<a>{A})(?!境内)"
# …·B周, …·B文化周: an event week (not 周年, a years' count; not 周边, the places around)
NOT_EVENT_WEEK = rf"(?!{ORG_CHAR}{{0,4}}?周(?!年|边))"
