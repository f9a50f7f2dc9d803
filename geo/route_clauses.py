"""Where the telling of a movement in a sentence is bounded, and how it is framed.

Where the clause holding a point of the sentence starts and ends (:func:`clause_start`,
:func:`clause_end`), where the sentence turns to a remark on what it told
(:func:`remark_start`), and whether what is read there is told as what something is
compared with (:func:`compared`) or as how goods go in general, not as a service that
runs (:func:`told_in_general`). The readers of a movement's ends use them:
:mod:`cqmap.geo.route_ends`, :mod:`cqmap.geo.route_movements` and the others.
"""

from __future__ import annotations

import re

from cqmap.geo.route_pieces import CLAUSE_ENDS

__all__ = ["clause_end", "clause_start", "compared", "remark_start", "told_in_general"]


# Where a sentence turns from a movement to a remark on it (…,标志着…; …,这是首趟…运抵重庆
# 的班列: the remark names its ends again, by coarser names)
_REMARK = re.compile(
    "[，,；;](?:这也?是|(?:这也?|此举|并|从而)?(?:标志着|意味着)|是继"
    # (…开出16条航线,…,能通达南京港、连云港等50多个港口: where the lines can reach, a
    # network's reach, no ends of the service told)
    "|(?:[^，,。；;]{0,6}?)(?:能|可|可以)(?:通达|辐射|覆盖|连通|通往)"
    # (…一路开往老挝万象,为大湾区通往东盟地区打开了一条新通道: what the run opens, no end
    # of it)
    "|(?:为|给)[^，,。；;]{0,12}?(?:通往|连接|联通|走向)[^，,。；;]{0,16}?(?:打开|开辟|打通|搭建|架起))"
    # (…运往新加坡;同一时间,…一列国际班列…西行,目的地是哈萨克斯坦: another train)
    "|[；;](?=[^。；;]{0,16}?(?:一列|一趟|一艘|另一))"
    # (…奔赴莫斯科;同一天,从连云港开出的班列驶向阿拉木图: the same day's other run)
    "|[；;](?=同一天|同日|当天|与此同时)"
)


# (较宜宾至南京走长江水运少用9天: 较 right before the way compared with)
# (no lookbehind: it would cost the pattern its fast scan for its first characters)
_COMPARED = re.compile("相较|相比|比起|较之|对比|不同于|较(?=[\ue000-\uefff])")
# 同上海至重庆的长江运输比: what stands between 同 (与, 跟) and 比 is compared with
_COMPARED_WITH = re.compile("[同与跟][^，。；,;]{1,24}?相?比(?![例重率较])")
_COMPARED_REACH = 26  # (the longest span 同…比 may take)


# How goods went before, or must go, told as a way of their kind (以前货物从秀山到东南亚,
# 要经陆路到宁波港; 进口货物也需要从东部港口城市经长江抵达重庆): no service run (not 过去,
# after which readers split: 过去…先从荆州走公路把货运到武汉阳逻港 is a route to some)
_IN_GENERAL = re.compile("以前|以往|通常|一般|往往|需要|必须")
_IN_GENERAL_REACH = 24  # (characters before the movement looked at: a bounded window)
# ... and the way goods went before, told as what they mostly did (此前,这里的烟花都是经霞凝港
# 运往上海; 原来,煤炭主要是…,或由新疆铁运至重庆; 在此之前,运输方式一般是…,先由老挝运到泰国):
# the sentence opens on the time before, then tells the habit, however many clauses on
# (not 此前5月9日,首趟班列开行: a run dated before; 此前,从武汉至欧洲的货运主要通过水运: the
# habit told after the way)
_BEFORE_HABIT = re.compile(
    # (or after who tells it: 据了解,此前…; 某某说,此前,…)
    "^(?:[^，。；,;]{0,8}[，,])?[^，。；,;]{0,12}?(?:此前|原来|原先|在此之前)[^。；;]*?"
    "(?:主要是|一般是|都是|通常是|大多是)"
)
_BEFORE_HABIT_REACH = 60  # (characters before the movement looked at: a bounded window)


def told_in_general(skeleton: str, at: int) -> bool:
    """Whether what is read from skeleton index ``at`` is told, in its clause, as how goods
    used to go or must go (:data:`_IN_GENERAL` before it, or :data:`_BEFORE_HABIT` opening
    the sentence), not as a service that runs
    (looked for within :data:`_IN_GENERAL_REACH` characters, so that a sentence of many
    movements stays linear)."""
    start = clause_start(skeleton, at, max(0, at - _IN_GENERAL_REACH))
    if _IN_GENERAL.search(skeleton, start, at) is not None:
        return True
    return at <= _BEFORE_HABIT_REACH and _BEFORE_HABIT.search(skeleton, 0, at) is not None


def compared(skeleton: str, at: int) -> bool:
    """Whether what is read from skeleton index ``at`` is what something is compared with
    (相较于从广东直接海运至欧洲; 比重庆至上海至新加坡的通道: 比 right before; 同上海至重庆
    的长江运输比: between 同 and 比)."""
    clause = clause_start(skeleton, at)
    if _COMPARED.search(skeleton, clause, at) is not None or skeleton.endswith("比", 0, at):
        return True
    # (a bounded window: a text of many clauses without a mark stays linear)
    start = max(clause, at - _COMPARED_REACH)
    within = _COMPARED_WITH.search(skeleton, start, at + _COMPARED_REACH)
    return within is not None and within.start() < at < within.end()


def remark_start(skeleton: str, k: int, end: int | None = None) -> int:
    """Where the sentence turns to a remark on what it told from skeleton index ``k``
    (``end``, or the skeleton's end, when it does not)."""
    end = len(skeleton) if end is None else end
    remark = _REMARK.search(skeleton, k, end)
    return remark.start() if remark else end


def clause_start(skeleton: str, k: int, start: int = 0) -> int:
    """Where the clause holding skeleton index ``k`` starts, at the earliest ``start``."""
    return max(start, *(skeleton.rfind(c, start, k) + 1 for c in CLAUSE_ENDS))


def clause_end(skeleton: str, k: int, end: int) -> int:
    """Where the clause holding skeleton index ``k`` ends, at the latest ``end`` (a
    movement's service follows its ends: 开往万州、奉节的高速客船)."""
    ends = [i for i in (skeleton.find(c, k, end) for c in CLAUSE_ENDS) if i >= 0]
    return min(ends, default=end)
