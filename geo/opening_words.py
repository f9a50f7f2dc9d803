"""The words of openings: how articles tell a route's first run or opening, what came
before or after it, and what only looks like one (a year's first train, an anniversary,
runs counted, a plan). Read by :mod:`cqmap.geo.openings`, which dates routes with them.
"""

from __future__ import annotations

import re

from cqmap.geo.dates import NEWLY_SINCE
from cqmap.geo.route_pieces import SEMICOLONS
from cqmap.geo.route_runs import FUTURE, PLANS

__all__ = [
    "NEWLINE",
    "REFERS_BACK",
    "THIS_LINE",
    "THIS_SERVICE",
    "THIS_SERVICE_REACH",
    "LEFT",
    "ARRIVES",
    "ARRIVAL_AFTER",
    "ARRIVED",
    "WILL",
    "EXPECTED",
    "SINCE",
    "OPENED_ON",
    "OPENED_ON_BEFORE",
    "SINCE_THEN",
    "NEWLY_OPENED",
    "YEARS_FIRST",
    "ANNIVERSARY",
    "FIRST_SINCE",
    "RUNS_COUNTED",
    "FIRST_RUN",
    "PLANNED",
    "NOT_YET",
    "FIRST_TOLD",
    "CLAUSE_MARK",
    "TOLD_TO_REPORTER",
    "SAME_MONTH",
    "AFTERWARDS",
    "SAME_DAY",
    "NEXT_DAY",
    "MEANWHILE",
    "HOUR_FIRST",
    "BORN",
]

NEWLINE = re.compile("\n")
# 这趟班列…首发: a sentence about the service of the one before (本次班轮…: the run of
# the sentence before)
# (据悉,此次开通的…: after a word of how it was learnt)
REFERS_BACK = re.compile(
    r"\s*(?:(?:据悉|据了解|据介绍|记者了解到|记者获悉)[，,]?)?(?:就是|正是|这是)?(?:这|该|此|本次)"
)
# The line a sentence before told, named again (该线航班, 这条航线, 该班列)
THIS_LINE = re.compile("(?:该|这条|此条|本条)(?:线|航线|线路|班列|专列|班轮)")
# A sentence opening with the service told before, by its kind (这趟专列在…发车, 这趟班列首发,
# 该批货物): it speaks of that service, however many sentences of comment came between
THIS_SERVICE = re.compile(
    r"\s*(?:(?:据悉|据了解|据介绍)[，,]?)?(?:这|该|此|本)(?:一|次)?(?:趟|列|班|艘|条|批)?"
    "(?:国际|首趟|首列|首班)?(?:货运)?(?:班列|专列|列车|班轮|航线|货轮|轮船|航班|线路|货物)"
)
# How many sentences of comment may stand between a service told and the sentence that
# names it so (an agency's quote, a word on what it means, a photo's caption)
THIS_SERVICE_REACH = 5
# A date, then the ship or train leaving from somewhere (4月24日自浙江舟山港启程): the day
# of a first run
LEFT = re.compile(
    r"[^，,。；;]{0,12}?日[^。；;]{0,30}?(?:自|从|由)(?P<place>[^，,。；;]{1,14}?)"
    r"(?:启程|出发|驶出|驶离|发出|起航|启航|起锚|首发|开出|发车|起运|启运|发运)"
    # (6月22日15:30,…满载着275标箱的货轮,缓缓驶离万州江南集装箱码头: the verb first)
    r"|[^，,。；;]{0,12}?日[^。；;]{0,60}?(?:驶离|驶出|开出|离开)"
)
# What leaves told arriving, in the clause of its leaving (由霍尔果斯启运…——「…专线」抵达波兰)
ARRIVES = re.compile(r"[^，,。；;]{0,40}?(?:抵达|到达|运抵|驶抵)")
# An arrival told right after a date (9月2日终抵波兰华沙, 27日抵达中国义乌)
ARRIVAL_AFTER = re.compile(
    r"[^，,。；;]{0,10}?日[^，,。；;]{0,6}?(?:终抵|抵达|到达|运抵|驶抵|抵|到)"
)
# An arrival told in the clauses after a date (8月27日,…首发专列开进终点站, 7月16日,…平安抵郑)
ARRIVED = re.compile(r"[^。；;]{0,40}?(?:抵达|到达|运抵|驶抵|开进|驶进|驶入|开抵|抵)")
# What is to come, told before it (将于今日下午抵达, 预计…, 按计划10月31日到釜山港)
WILL = re.compile("将|预计|预定|预期|计划")
# A day something is expected, right before its date (预计, 预定 …于)
EXPECTED = re.compile("(?:预计|预定|预期|计划|将于)[于在]?$")
# 自2018年1月23日…开行以来: since the day it opened
SINCE = re.compile(
    r"自[^。；;]{0,10}\d{1,2}[日月][^。；;]{0,30}?(?:开行|开通|开航|首发|首航|运营|运行)以来"
    # (这条线路去年3月开始按每周三列的频次常态化运行: since that month)
    r"|(?:\d{4}年|去年|今年)?\d{1,2}月(?:开始|起)[^。；;]{0,20}?(?:常态化|开行|开通|运行)"
    # (该线路自2020年开始按周常态化运行: since that year)
    r"|自\d{4}年(?:开始|起)[^。；;]{0,20}?(?:常态化|开行|开通|运行)"
    # (该班列自2021年正式开通后: the year it opened, told of it; not 自2019年陆海新通道
    # 开通以来, a corridor's)
    r"|自\d{4}年(?:正式)?(?:开通|开行|开航|运营|运行)(?:以来|后)"
)
# The day a line opened, told of it right after its name (…国际货运航线于2023年12月13日正式开通;
# not 将于, 计划于: a plan), or right before it, a day with no year too (…于4月13日开行南昌—
# 霍尔果斯—多斯基诺班列后: the line opened then, its year the report's)
OPENED_ON = re.compile(
    r"(?<!将)(?<!拟)(?<!计划)(?<!预计)(?<!预定)于\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:正式)?(?:开通|开航|开行|首航|通航)"
)
OPENED_ON_BEFORE = re.compile(
    r"(?<!将)(?<!拟)(?<!计划)(?<!预计)(?<!预定)于(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:正式)?(?:开通|开航|开行|首航|通航)了?"
)
# A date since which something has been (2017年西部陆海新通道开通以来): no day of this run
# (这是2017年…开通以来,首次开行出口印度的班列 dates the train by the sentence before)
# (or from which lines came one after another: 从2023年2月起,某省陆续开通了…: since then, each
# on a day of its own)
SINCE_THEN = re.compile(
    r"[^，,。；;]{0,40}?以来|[^，,。；;]{0,12}?(?:起|开始)[，,]?[^。；;]{0,12}?(?:陆续|相继|先后)"
)
# …but a year since which lines are told newly opened (2022年以来,…新开…5条航线): theirs
NEWLY_OPENED = re.compile(rf"(?:今年|\d{{4}}年){NEWLY_SINCE.pattern}")
# The first train of a year (今年首趟, 新年首班, 2024年首列) is no service's opening
YEARS_FIRST = re.compile(
    "年(?:度|的)?(?:首|第一|头一)(?:趟|列|班|发|航)"
    # (北京今年开往莫斯科的第一趟中欧班列: this year's first, told with where it goes)
    "|(?:今年|本年度|新年|年内)[^，,。；;]{0,12}?的(?:首|第一|头一)(?:趟|列|班|发|航)"
)
# An anniversary of a service's running (标志着…开行满7周年, 迎来开通3周年): the run told
# beside it marks it, and is no opening
ANNIVERSARY = re.compile(
    "(?:开行|开通|运营|运行|开航|通航)(?:已经|已)?(?:整整|满)?[\\d一二三四五六七八九十两]+(?:个)?周年"
    # (开行满十年的历史节点: its years told full)
    "|(?:开行|开通|运营|运行|开航|通航)(?:已经|已)?(?:整整)?满[\\d一二三四五六七八九十两]+(?:个)?年"
)
# …except the first one since which the service has run (自2011年首列…班列成功开行以来:
# its opening)
FIRST_SINCE = re.compile(r"自\d{4}年(?:首|第一)[^。；;]{0,30}?(?:开行|开通|运行|发出|开出)以来")
# Runs counted (今年1—9月已开行2595车次, 累计开行超1000列): how busy a service is, no opening
# (湖南今年开行的中老班列已超过6500车: what ran, counted after its name)
RUNS_COUNTED = re.compile(
    r"开行(?:了|的[^，,。；;]{1,12}?(?:已经?|累计|共)?)?(?:突破|超过|超|近|逾|约|达到|达)?"
    r"\d[\d.,，万]*(?:车次|车|列|班次|班|趟|艘次|航次)"
)
# A first run, or an opening, in a headline (not a mere 发车: 一日双向发车)
FIRST_RUN = re.compile("首(?:趟|列|班|发|航|开|次)|开通|开航")
# An opening planned, not made (计划2021年开通, 拟于明年开行): its year is no opening's
PLANNED = re.compile(
    f"(?:{PLANS.pattern}|将于|预计)[^，,。；;]{{0,12}}?(?:开通|开行|首发|开航|首航|开辟)"
)
# What is to come or planned (未来…还将谋划开通, 将增设…航线): a route told only so has no
# opening date
NOT_YET = re.compile(
    f"{FUTURE.pattern}|{PLANS.pattern}|将(?:要|会)?(?:开通|开行|增设|开辟|新开|首发|首航)|还将"
    # (…航线也要开辟, 中转班轮要开起来: what is to be done)
    "|(?<![主需重])要(?:开通|开行|增设|开辟|新开|首发|首航|开起来)"
)
# A first told (首次, 头一趟, 第一列): what a sentence after a run may say of it
FIRST_TOLD = re.compile(
    "首次|首趟|首列|首班|首航|首发|头一|第一|(?:由此|就此|从此|自此)(?:开通|开行|从无到有|实现零的突破)"
)
CLAUSE_MARK = re.compile(f"[{SEMICOLONS}]")
# The reporter told (…向记者说明, 记者从…获悉): the date before it is the telling's
TOLD_TO_REPORTER = re.compile(
    "(?:向|对|告诉)记者(?:介绍|说明|表示|透露|说)|记者[^，,。；;]{0,20}?(?:获悉|了解到|得知)"
)
# 同月, 当月 opening a sentence: the month of the date told before
SAME_MONTH = re.compile(r"\s*(?:同月|当月)")
# A sentence that opens telling what came after (此后,…陆续开通了…) or before (此前济南还有两条
# …航线): the date told before is not its date
AFTERWARDS = re.compile(r"\s*(?:此后|之后|后来|其后|此前|在此之前)")
# The day after the one told before (于次日凌晨运往列日, 翌日, 第二天)
NEXT_DAY = re.compile("次日|翌日|第二天")
# 同日, 签约当天: the day of the sentences before
SAME_DAY = re.compile("同日|同一天|当天|当日|同天")
# 与此同时 opening a sentence: the event of the sentence before, at its time (3月3日,首趟班列
# 驶离团结村站。与此同时,成都开出的班列也将前往蒂尔堡)
MEANWHILE = re.compile(r"\s*(?:与此同时|同一时间|同一时刻)")
# An hour of the day opening a sentence (上午10点40分, 14时20分): of the day told before
HOUR_FIRST = re.compile(
    r"\s*(?:上午|下午|中午|晚上|晚间|凌晨|早上|清晨|傍晚)?\s*\d{1,2}(?:时|点|:|：)"
)
# A corridor's service told born (首条中欧班列线路“渝新欧”在重庆诞生, 自2011年在重庆首次开行以来,
# 南向通道正式开通运营)
# (not a first train: 2017年4月28日首趟…班列 is one run, maybe not this train's service)
BORN = re.compile(
    "诞生|首次开行|首条[^，,。；;]{0,12}线路|(?:自|从)[^，,。；;]{0,20}?(?:开行|开通)以来"
    # (一年前的9月25日,南向通道正式开通运营: the corridor itself opened)
    '|(?:通道|班列|渝新欧|铁路)[”"]?(?:\\d{4}年)?(?:正式开通|正式开行|开通运营|正式运营)'
)
