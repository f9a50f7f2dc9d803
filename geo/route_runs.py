"""Whether a sentence tells a service run: plans, networks, runs told before, openings
and several services at once.

What may be or is planned (:data:`FUTURE`, :data:`PLANS`, :data:`PLANNED_OPENING`,
:data:`OPENED_IN_STAGES`) and what tells no run of a service told before
(:data:`NOT_RUN`); a network told by its lines counted (:func:`counted_network`); a line
run before the one told (:data:`RUN_BEFORE`); the words of an opening (:data:`OPENING_CUE`,
:data:`FIRST_OF_KIND`); and several services told at once (:data:`SEVERAL`,
:data:`RESPECTIVELY`). The readers that ask them are :mod:`cqmap.geo.route_reading`,
:mod:`cqmap.geo.route_movements` and the openings' (:mod:`cqmap.geo.opening_text`).
"""

from __future__ import annotations

import re

__all__ = [
    "ENDS_COUNTED",
    "FIRST_OF_KIND",
    "FUTURE",
    "LINES_COUNTED",
    "LINES_SPREAD",
    "NOT_RUN",
    "OPENED_IN_STAGES",
    "OPENED_ONE_AFTER_ANOTHER",
    "OPENING_CUE",
    "PLANNED_OPENING",
    "PLANNED_OPENING_REACH",
    "PLANS",
    "RESPECTIVELY",
    "RUN_BEFORE",
    "SEVERAL",
    "counted_network",
]

# What may be some day (未来…将可以, 届时, 建成后, 目的是), what is planned, hoped for or
# possible (计划, 有望, 可实现; not 按计划, as planned; 探索…通道, a channel explored, but
# not 探索开行, a run tried), and what was done before (此前,
# 原来): no run of the service told
_FUTURE_WORDS = "未来|将来|远期|今后|届时|建成后|目的就是|目的是|旨在"
# Words of an intent (计划, 谋划, 力争 …; not 按计划, as planned): of a plan, and of a line
# still to be opened (PLANNED_OPENING)
_INTENT_WORDS = "(?<!按)计划|规划|谋划|筹划|拟|力争|争取|打算"
_PLAN_WORDS = f"{_INTENT_WORDS}|探索[^，,。；;]{{0,16}}?通道|有望|可实现|可以实现|能够实现"
FUTURE = re.compile(_FUTURE_WORDS)
PLANS = re.compile(_PLAN_WORDS)
# A line named as what is still to be opened (谋划开通义乌—华沙班列, 即将开通的昆明至莫斯科航线,
# 还将在下月开通合肥至河内的航线, 计划在试运行之后,打造柳州至海防的班列; not 已开通, 开通了:
# one opened): no service run yet, up to the line's first place
PLANNED_OPENING = re.compile(
    f'(?:还将|即将|{_INTENT_WORDS})[^。；;已了]{{0,16}}?(?:开通|新开|开辟|增开|打造)的?[“"「]?$'
)
# Lines to be opened one after another (年内还将逐步开通鄂州至…、…等地货运航线, 将陆续开辟…
# 航线): a plan of a network, no run yet, up to every line of the sentence after it
OPENED_IN_STAGES = re.compile("将(?:逐步|陆续|相继|分批|分步)(?:开通|新开|开辟|增开)")
# How far before a place PLANNED_OPENING can start (its longest match): searched in that
# window only, a long sentence of many places is read in linear time
PLANNED_OPENING_REACH = 24
# Lines counted (通行114条中欧班列线路, 等17条线路, 61条从重庆、苏州等城市直通欧洲的运行线):
# a network, not one service (not 多出一条国际货运新线, the one told)
# (or after them: 已开通运输线路12条)
LINES_COUNTED = re.compile(
    r"(?:\d+|[两二三四五六七八九十百几多][一二三四五六七八九十百几多]*)条[^，。；;]{0,24}?(?:线路|航线|线)"
    r"|(?:线路|航线)(?:已有|已达|共有|增至|达到?)?(?:\d+|[两二三四五六七八九十百几多][一二三四五六七八九十百几多]*)条"
)
# Lines opened one after another (已相继开通了大连至俄罗斯、中亚和德国的班列通道, 先后开通,
# 陆续开通): a network's lines, told together, not the one train told before (not 将相继开通,
# lines still to be opened: OPENED_IN_STAGES)
OPENED_ONE_AFTER_ANOTHER = re.compile("(?<!将)(?:相继|先后|陆续)(?:开通|开行|开辟|新开)")
# A network told by its lines counted and the countries or cities they reach, counted or
# not (已累计通行114条中欧班列线路,…通往波兰、德国等21国; 已有11条线路,辐射到西班牙、伊朗等
# 国家; 通达哈萨克斯坦、荷兰等欧洲、中亚和东南亚25个国家: the parts of the world between):
# all its lines, no service
# (or the trades it is parted in, 开通韩国、西非、美东等6大板块共42条航线)
ENDS_COUNTED = re.compile(
    r"等(?:[\u4e00-\u9fff、和]{0,12}?[\d一二三四五六七八九十百几多]+[个大]?)?"
    r"(?:国家|国(?!内)|城市|地区|板块)"
)


# A service's lines told spreading to places (班列线路已陆续拓展到波兰华沙、匈牙利布达佩斯…):
# where the network has come to reach, no one run (not 首次把线路延伸到德国汉堡, a line
# extended to one more end)
# (线路一步步向外延伸,先后通达…: spreading, where no one end follows 延伸)
LINES_SPREAD = re.compile("线路[^，,。；;]{0,6}?(?:拓展|扩展|覆盖|辐射|延伸(?![到至]))")


def counted_network(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` tells a network: its lines counted
    (:data:`LINES_COUNTED`) and the places they reach counted or closed by 等
    (:data:`ENDS_COUNTED`), or its lines spreading (:data:`LINES_SPREAD`); no one
    service."""
    end = len(text) if end is None else end
    return LINES_SPREAD.search(text, start, end) is not None or (
        LINES_COUNTED.search(text, start, end) is not None
        and ENDS_COUNTED.search(text, start, end) is not None
    )


# What tells no run of a service told before: what may be, a plan, the service's next step
# (深蓉班列下一步还会延伸到重庆: no place it runs to yet; 后续还将安排多批货物…运往越南: goods
# to come), or a past (so many years ago, 五年前每周只有一趟班列开往欧洲: not a year's
# first months, 2024年前三季度)
NOT_RUN = re.compile(
    f"{_FUTURE_WORDS}|{_PLAN_WORDS}|下一步|后续(?:还|也)?将|此前|之前|以前|过去|原先|原来"
    "|(?<!\\d)(?:\\d{1,2}|[一二三四五六七八九十几数多两]+)年前(?![一二三四五六七八九十两\\d])"
)


# Several services told at once (两列班列, 3趟, 分别载着…驶出): 分别 then gives each its end
SEVERAL = re.compile(r"(?:两|二|三|四|五|六|多|\d+)\s*(?:列|趟|艘|班|条)|分别")
RESPECTIVELY = re.compile(r"分别(?:运抵|驶往|发往|运往|开往|抵达|到达|直达|前往|驶向|运至|通往)")


# A line told run before the one a sentence is about (继开通往明斯克的班列后, 继开行至宁波港
# 班列之后; 在列日、芝加哥等航线开通之后): no day of the sentence is its day, and no train
# after it goes on from its end
RUN_BEFORE = re.compile(
    "继[^。；;!！?？]{1,40}?(?:之后|后)|在[^。；;!！?？]{1,40}?(?:开通|开出|开行|开辟|首航)(?:之后|以后)"
    # (某地至甲港、乙港之后,第三条…线路: the lines before the one counted)
    "|(?:至|到)[^。；;!！?？，,]{1,30}?(?:之后|以后)(?=[，,]?的?第[一二三四五六七八九十\\d]+条)"
    # (在甲、乙、丙之后,…开出了第四条…: the lines before the one counted)
    "|在[^。；;!！?？]{1,40}?(?:之后|以后)(?=[，,][^。；;]{0,24}?第[一二三四五六七八九十\\d]+条)"
)


# The first of its kind (首个, 第一艘): an opening (the first of a year, 2024年第一趟, is
# told apart where openings are dated)
FIRST_OF_KIND = "首个|首艘|首条|第一[个趟列艘班条]"
OPENING_CUE = re.compile(
    "开通|开行|首航|首发|首开|首趟|首列|首班|首批|开航|启航|正式起航|正式运营|正式运行|开通运营|投运|投入运营|投入运行"
    "|开辟|开设|新航线|新开|推出|开港|通车运行"
    # (…冷链列车正式开出: a run formally sent off, the first)
    "|正式(?:开出|发出|出发|驶出|驶离|启程|起运|启运)"
    # (某港开出直达上海港的班线: a line set going, not a train leaving)
    "|开出[^，,。；;]{0,20}?(?:航线|班线|快线|线路)"
    # (…海铁联运通道在汉顺利打通: a way run through for the first time; not a bare
    # 打通, mostly said of a gap closed: 打通…最后一公里)
    "|(?:顺利|成功|正式)打通"
    # (…的全货机航线就此从无到有, 实现零的突破: the first of them; 开启了…出口的序幕: its start,
    # not 揭开新一年的序幕, a year's first run)
    "|从无到有|零的突破|(?<!年)(?<!年的)序幕"
    f"|启用|鸣笛|发车|常态化|首次|第一次|第一批|头一[回次趟列班批艘架]|测试班列|试运行|试运营|试跑|{FIRST_OF_KIND}"
)
