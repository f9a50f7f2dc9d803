"""Movements read from sentences: a train or a ship told leaving a place for others.

The readers of the route forms that tell a movement rather than name a line
(:data:`cqmap.geo.route_forms.ROUTE_FORMS`): ``从X出发…驶往Y、Z`` and its kin
(:func:`read_movement`), goods named by their place and shipped (:func:`read_shipped`),
and as many starts as ends told 分别 (:func:`respective`). Where a movement starts and
ends in a sentence is :mod:`cqmap.geo.route_ends`; the route model and the readers of
named lines are :mod:`cqmap.geo.routes`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_building import CAN_ONLY, route_of
from cqmap.geo.route_clauses import (
    clause_end,
    clause_start,
    compared,
    remark_start,
    told_in_general,
)
from cqmap.geo.route_ends import (
    THE_OTHER_RUN,
    crossed_at,
    ends_after,
    listed_bound_for,
    origin_of,
    other_origins,
)
from cqmap.geo.route_modes import FLIES_TO, TRAINS, TRANSFER, mode_of, on_by_ship, regauged
from cqmap.geo.route_movement_words import CAN_REACH, ORIGIN, SHIPMENT
from cqmap.geo.route_pieces import END_IS_RE, SEMICOLONS, SERVICE, TLIST, T
from cqmap.geo.route_runs import FUTURE, LINES_COUNTED, RESPECTIVELY, SEVERAL, counted_network
from cqmap.geo.route_services import PASSENGER_SERVICE, PASSENGERS
from cqmap.geo.route_types import Route, RouteForm
from cqmap.geo.routes import Context
from cqmap.geo.skeleton import Sentence, is_token
from cqmap.geo.vocabulary import BY_WATER_OR_UNSAID, finer_mode

__all__ = ["ends_named_first", "read_movement", "read_sent_on", "read_shipped", "respective"]


# Goods a sentence tells carried, on a train of passengers' kind too (动车组, 高铁)
_GOODS_ABOARD = re.compile("货物|快件|快递|包裹|商品|货品")
_PEOPLE_ABOARD = re.compile("旅客|游客|乘客")
# What can be done from a start, right after it (从武汉可一路开到宜昌; not 可能, 能源)
_CAN_AFTER = re.compile(r"(?:可以|能够|可(?!能)|能(?![源力耗]))")
# What can be done along a way, told before the start (船舶可沿江淮运河从寿县一路驶到芜湖:
# what ships can do on the canal; not 可能)
_CAN_ALONG = re.compile(
    r"(?:可以|能够|可(?!能)|能(?![源力耗]))(?:沿着?|顺着?|经由|通过)[^，。；,;\ue000-\uefff]{1,10}\Z"
)
# Goods or a train told as what one plans, hopes or is able to carry from a start (还计划把
# 班列从西安开到德黑兰, 希望…就能把货物从德国运到中国; not 首次把榨菜从涪陵运到上海, a run):
# no service run
_PLANNED_CARRY = re.compile(
    r"(?:计划|希望|打算|准备|拟|力争|争取|可以|能够|能)[^，。；,;\ue000-\uefff]{0,3}?把"
    r"[^，。；,;\ue000-\uefff]{0,8}\Z"
)


# A share of the goods, told after the run (其中约七成, 其中有60%, 其中三分之一): what a part
# of them does next
_SHARE_ON = re.compile(
    r"其中[^，。；,;\ue000-\uefff]{0,4}?"
    r"(?:[一二三四五六七八九]成|\d+(?:\.\d+)?[%％]|百分之|[一二三四五六七八九]分之)"
)


def read_movement(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """从X出发…驶往Y、Z (or a corridor's service from a place): the sentence's ends."""
    sent, gaz, skeleton = ctx.sent, ctx.gaz, ctx.sent.skeleton
    # (up to where the sentence starts another movement: …从广元起锚,…船舶可从广元直达上海;
    # every bound here keeps a sentence of many movements linear)
    if compared(skeleton, m.start()):
        return []  # (相较于从广东直接海运至欧洲: the way it is compared with, no route)
    if told_in_general(skeleton, m.start()):
        return []  # (以前从团结村站发出的列车最远行至广州: how trains went before)
    if m.group("o5") and listed_bound_for(skeleton, m.start("o5")):
        return []  # (运往遵义、贵阳的化肥运抵果园港: places the goods are bound for)
    if m.group("o5") and (told := ctx.origin_told) is not None and told.start() < m.start():
        # (从钦州港东站出发,载着巴西的纸浆运抵…: the cargo's origin, no route's; nor after
        # 在果园港,…来自巴西的铁矿石…发往威远县, whose start is known by what follows it, past
        # the cargo: the whole sentence searched)
        return []
    if (
        m.group("o2")
        and skeleton[m.start("o2") - 1 : m.start("o2")] in ("、", "和", "及", "与")
        and ORIGIN.search(skeleton, 0, m.start())
    ):
        return []  # (从成都、攀枝花出发: an item of the list the movement before starts from)
    # (goods told by their origin are the cargo of the movement before, no movement of
    # their own)
    origin = origin_of(sent, m, gaz)
    if crossed_at(sent, origin, gaz):
        return []  # (阿拉山口是…口岸,…班列都在阿拉山口换装出境: where trains pass)
    more, listed = other_origins(sent, m, origin)  # (从X、Y等站点发出: not Y's movement)
    then = next((x for x in ORIGIN.finditer(skeleton, listed) if not x.group("o5")), None)
    end = then.start() if then else len(skeleton)
    # (or turns to a remark on it: …前往仪陇、南部等地,标志着…,这是继…到南充河西码头航线后的)
    end = remark_start(skeleton, m.end(), end)
    # (or to a share of its goods sent on: …运往台北的货物,其中约七成将转运至东南亚: where
    # a part goes on is no end of the run)
    share = _SHARE_ON.search(skeleton, m.end(), end)
    if share is not None:
        end = share.start()
    # (or to a plan for it: …(仅由深圳开往明斯克),每周一班;今后计划延伸至德国汉堡: where it
    # may go one day is no end of this run)
    plan = _PLAN_CLAUSE.search(skeleton, m.end(), end)
    if plan is not None:
        end = plan.start()
    # (or to a later event, dated: …直达门司、大阪、名古屋;2021年10月,航线增开至韩国釜山,
    # which extends the line to one more end)
    extended: list[str] = []
    later = _LATER_EVENT.search(skeleton, m.end(), end)
    if later is not None:
        after = _LATER_EVENT.search(skeleton, later.end(), end)
        extended = [
            x
            for e in _EXTENDED.finditer(skeleton, later.end(), after.start() if after else end)
            for x in sent.places_in(e.group("list"))
        ]
        end = later.start()
    elif (mark := _CLAUSE_MARK.search(skeleton, m.end(), end)) is not None:
        # (…从重庆出发开往新加坡;北部湾至香港航线也已启动: another clause on a service of
        # its own; not …开出;新年刚到,它便越过满洲里: the same train going on)
        after = _CLAUSE_MARK.search(skeleton, mark.end(), end)
        if _OWN_SERVICE.search(skeleton, mark.end(), after.start() if after else end):
            end = mark.start()
    if (
        CAN_ONLY.search(skeleton, max(0, m.start() - 3), m.start())
        or _CAN_ALONG.search(skeleton, max(0, m.start() - 16), m.start())
        or _PLANNED_CARRY.search(skeleton, max(0, m.start() - 16), m.start())
        # (5000吨级船舶从武汉可一路开到宜昌: what ships can do from there)
        or _CAN_AFTER.match(skeleton, m.end())
        or _a_way(skeleton, m.end(), end)
        or _A_TRIP.search(skeleton[m.end() : clause_end(skeleton, m.end(), end)])
        or _way_before(skeleton, m.start())
        or _way_measured(skeleton, m.start())
        or _DRAWN_OUT.search(skeleton, m.end(), clause_end(skeleton, m.end(), end))
    ):
        # (船舶可从广元直达上海; 一条从广元出发…至重庆的水上通道; 中吉乌公路从喀什出发,…终点是
        # 塔什干: a way, no service)
        return []
    if (
        PASSENGERS.search(skeleton, m.start(), clause_end(skeleton, m.end(), end))
        # (从重庆北站开出的动车组到达贵阳北站,一批快件经高铁顺利运达: goods aboard)
        and not (_GOODS_ABOARD.search(skeleton) and not _PEOPLE_ABOARD.search(skeleton))
    ) or PASSENGER_SERVICE.search(skeleton, clause_start(skeleton, m.start()), m.start()):
        # (从云阳开往万州、奉节的高速客船, 国际客运列车由北京…前往阿拉木图: passengers; not
        # 载着28台客车驶离…: buses shipped)
        return []
    if counted_network(skeleton, max(0, m.start() - 4), end):
        # (义乌始发的中欧班列已有11条线路,辐射到西班牙、伊朗等国家; 61条从重庆、苏州等城市直通
        # 欧洲的运行线: a network)
        return []
    transfer = TRANSFER.search(skeleton, m.end(), end)
    if transfer is not None:
        routes = _transferred(form, m, ctx, origin, transfer, end)
        if routes:
            return routes
    dests, via = ends_after(sent, m.end(), gaz, end)
    if origin is not None and origin in dests and len(dests) > 1:
        # (产品从中亚地区运来,…产品通过连云港直通中亚和欧洲: goods both ways told, the
        # place they come from among where others go; no one movement)
        return []
    reach = CAN_REACH.search(skeleton, m.end(), end) if dests else None
    if reach is not None and not ends_after(sent, m.end(), gaz, reach.start())[0]:
        return []  # (从湛江港出发,货物能够直达南亚、非洲: where its lines reach, no run)
    if dests == [CHINA] and via and gaz.in_china(origin) and not gaz.in_china(via[-1]):
        # (驶离深圳平湖南…,抵达老挝,到达泰国,随后…返回中国: the way back home, the run
        # ends where it turns)
        dests, via = [via[-1]], via[:-1]
    if not dests:  # (一条通往桐梓县的班车从綦江港首发: the end named first, in its clause)
        dests, via = ends_named_first(sent, m.start(), gaz, origin)
    if not dests and end < len(skeleton):
        # (…开出一趟“长江班列”,这是该线首次发车,目的地是四川成都: the end told by name
        # after a remark on the run)
        told = _END_TOLD.search(skeleton, end, min(len(skeleton), end + _END_TOLD_REACH))
        if told is not None:
            dests, via = ends_after(sent, told.start(), gaz, told.end())
    if not dests:
        return []
    # (its own words from where its clause starts to its last end; freight flown: air)
    last = _last_of(sent, dests, m.end(), end)
    mode = _own_mode(ctx, m.start(), last + 1)
    if ctx.flown:
        mode = "air"
    elif FLIES_TO.search(skeleton, m.start(), last + 1):
        # (开通了从永川飞往黔江、武隆的短途运输航线: flights, no freight told; 落地新疆, the
        # word right before its place, whose token the search takes in)
        return []
    if mode == "unspecified" and not ctx.transport:
        return []
    last_end = _last_of(sent, dests, m.end(), end)
    if mode in TRAINS and (
        on_by_ship(skeleton, m.end(), last_end)
        or _SHIPPED_FIRST.search(skeleton, m.start(), last_end) is not None
    ):
        # (班列…抵达钦州港东站后通过船舶转运至越南: on by ship; not 比传统先陆运再海运
        # 缩短了20天 after it ends, a comparison; 货柜从泰国曼谷上船,经过5天的海上运输,
        # 到达厦门后…搭载中欧班列前往德国汉堡: by ship first)
        mode = "rail-sea"
    if len(dests) > 1 and RESPECTIVELY.search(skeleton, m.end(), end):
        if not more and SEVERAL.search(skeleton, 0, m.start()):
            # 两列班列从兴隆场站分别发往河内和阿拉木图: a route each (one train's goods
            # shipped on 分别 to two countries stay one route); so also where 分别 told
            # before the start too (分别载着…从太仓港区驶出,分别开往南通、常熟: ships)
            return [route_of(form, None, origin, [d], via, mode, ctx) for d in dests]
    if len(dests) > 1 and not more and LINES_COUNTED.search(skeleton, 0, m.start()):
        # (国际线路已有11条,由西安通往伊朗、汉堡、科沃拉等地: the lines counted before, each
        # to one of the places)
        return [route_of(form, None, origin, [d], via, mode, ctx) for d in dests]
    dests += [x for x in extended if x not in dests]
    return [
        route_of(form, None, o, ends, via, mode, ctx)
        for o, ends in respective(skeleton, m.end(), [origin, *more], dests)
    ]


# A service's end told by name (目的地是四川成都), a clause or two on
_END_TOLD = re.compile(f"(?:{END_IS_RE})(?:{T})+")
_END_TOLD_REACH = 60  # (characters after the remark: bounded, so that a long text stays linear)
# Goods put on a ship, or carried over the sea, before the train a movement tells (not 海运
# alone: 比走海运快, a way compared with; 跨里海运输走廊, the Caspian)
_SHIPPED_FIRST = re.compile("上船|装船|(?<![比较于])海上运输")
# Where a movement's clause starts: after a comma, a semicolon or a list's 、 (…的江津
# 成品纸、通过水上穿梭巴士从宜宾港运至珞璜港的元明粉)
_CLAUSE_STARTS = "，,；;、"


def _own_mode(ctx: Context, start: int, end: int) -> str:
    """A movement's mode: the words of its own clause where they tell another mode than
    the sentence's (通过铁路运至珞璜港的水泥、通过水上穿梭巴士从宜宾港运至珞璜港的元明粉:
    the second is by river), else the sentence's (a leg of it told alone, 班列 of a 铁海联运
    sentence, keeps the sentence's)."""
    skeleton, said = ctx.sent.skeleton, ctx.mode()
    begin = max(skeleton.rfind(c, 0, start) for c in _CLAUSE_STARTS) + 1
    own = mode_of(skeleton[begin:end], None)
    return said if own is None or finer_mode(own, said) is not None else own


def _last_of(sent: Sentence, places: list[str], start: int, end: int) -> int:
    """Where in the skeleton ``[start, end)`` the last mention of ``places`` is (``start``
    if none)."""
    skeleton = sent.skeleton
    for k in range(end - 1, start - 1, -1):
        if is_token(skeleton[k]) and sent.place(skeleton[k]) in places:
            return k
    return start


def respective(
    skeleton: str, at: int, starts: list[str], dests: list[str]
) -> list[tuple[str, list[str]]]:
    """Each start with its destinations: in turn where as many go 分别 to as many (两列班列
    从成都、重庆发出,分别到达马来西亚和泰国: 成都—马来西亚, 重庆—泰国), else all of them."""
    if (
        len(starts) > 1
        and len(starts) == len(dests)
        and (RESPECTIVELY.search(skeleton, at) or _EACH_COUNTED.search(skeleton))
    ):
        return [(s, [d]) for s, d in zip(starts, dests, strict=True)]
    if len(starts) == 1 and len(dests) == 2 and THE_OTHER_RUN.search(skeleton, at):
        return [(starts[0], [d]) for d in dests]  # (一列去往罗斯托克,另一列去往斯瓦夫库夫)
    return [(s, dests) for s in starts]


# A later event told in the same sentence, after ；and its date
_CLAUSE_MARK = re.compile(f"[{SEMICOLONS}]")
# A service a clause tells of (a line, a train), not a way on (直达, 运到)
_OWN_SERVICE = re.compile("航线|班列|专列|专线|班轮|快线|班车|线路|班线|快航")
# A clause that tells the future (；今后计划…, ，未来将…, ，下一步有望…; not …启程,计划一路
# 直航…: the run's own course)
_PLAN_CLAUSE = re.compile(rf"[，,；;]\s*(?:{FUTURE.pattern}|下一步|有望)")
_LATER_EVENT = re.compile(r"[；;]\s*(?:\d{4}年|\d{1,2}月|同年|次年|今年|去年|此后|随后)")
# …航线增开至韩国釜山: the line extended to one more end
_EXTENDED = re.compile(f"(?:增开至|增开到|延伸至|延伸到|延长至|延长到|拓展至)(?P<list>{TLIST})")


def read_shipped(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """巫山恋橙装车启运菲律宾马尼拉: goods named by their place, shipped to where the
    sentence says, where it tells a shipment and no movement from elsewhere."""
    sent, skeleton = ctx.sent, ctx.sent.skeleton
    if not SHIPMENT.search(ctx.text) or ctx.origin_told or compared(skeleton, m.start()):
        return []
    origin = sent.place(m.group("o"))
    dests, via = ends_after(sent, m.end(), ctx.gaz, remark_start(skeleton, m.end()))
    dests = [d for d in dests if not ctx.gaz.holds(origin, d) and not ctx.gaz.holds(d, origin)]
    if not dests:
        return []
    return [route_of(form, None, origin, dests, via, ctx.mode(), ctx)]


def read_sent_on(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """抵达凭祥口岸物流中心,通关以后转运到江苏、浙江等地: goods sent on from the
    facility they reached, once cleared; one route from it to all the places named, by no
    way the sentence tells (the train that brought them is not the one going on)."""
    sent = ctx.sent
    if not ctx.transport:
        return []
    hub = sent.place(m.group("o"))
    dests = [d for d in sent.places_in(m.group("d")) if not ctx.gaz.holds(d, hub)]
    if not dests:
        return []
    return [route_of(form, None, hub, dests, [], "unspecified", ctx)]


def _transferred(
    form: RouteForm, m: re.Match, ctx: Context, origin: str, transfer: re.Match, end: int
) -> list[Route]:
    """到达湛江港后,转搭…快线直达粤港澳大湾区: the goods change to another service where
    the first one ends. Two routes: the first to that place, the other on from it, each
    of the mode its own words say."""
    sent, gaz = ctx.sent, ctx.gaz
    dests, via = ends_after(sent, m.end(), gaz, transfer.start())
    onward, onward_via = ends_after(sent, transfer.end(), gaz, end)
    if len(dests) != 1 or not onward:
        return []
    if not ctx.transport:
        return []
    hub, skeleton = dests[0], sent.skeleton
    mode, then = mode_of(skeleton[: transfer.start()]), mode_of(skeleton[transfer.end() : end])
    if mode == "rail" and regauged(skeleton, transfer):
        return []  # (到达后贝加尔斯克后换装宽轨车组,…运抵莫斯科: the train goes on, read whole)
    # (the ship may be told between the port and the word of changing; a service told in
    # a clause after the goods' last end is none they go on by: 抵达盐田港,随后通过海运转驳
    # 至奥胡斯,至此…班列辐射…)
    after_hub = _last_of(sent, dests, m.end(), transfer.start()) + 1
    onward_end = clause_end(skeleton, _last_of(sent, onward, transfer.end(), end), end)
    if mode in TRAINS and on_by_ship(skeleton, after_hub, onward_end):
        # (…班列抵达钦州港东站后通过船舶转运至越南: the train's rail-sea route, on to where
        # the ship goes, the port a stop)
        stops = [*via, hub, *(v for v in onward_via if v != hub)]
        return [route_of(form, None, origin, onward, stops, "rail-sea", ctx)]
    named = _SERVICE_RE.search(skeleton, transfer.end(), end) is not None
    if mode in BY_WATER_OR_UNSAID and not named and _ONTO_A_SHIP.match(skeleton, transfer.end()):
        # (来自万州的柠檬抵达洋山港,转乘海船驶往新加坡: goods by water changing ships, no
        # service named: one route, the port a stop)
        stops = [*via, hub, *(v for v in onward_via if v != hub)]
        return [route_of(form, None, origin, onward, stops, "river-sea", ctx)]
    first = route_of(form, None, origin, dests, via, mode, ctx)
    if not named and then == "unspecified":
        # (随后换装海轮运往中东市场: the goods go on by some sea ship, no service told)
        return [first]
    leg = route_of(form, None, hub, [d for d in onward if d != hub], onward_via, then, ctx)
    if named:
        leg.form = "transfer"  # (转搭…快线: a service of its own, not 换装海船出口)
    return [first, leg]


_SERVICE_RE = re.compile(SERVICE)
# Another ship boarded right after the word of changing (转乘海船, 换装到驳船上; not 转乘
# 班列, a train, nor 转搭…快线, a service of its own)
_ONTO_A_SHIP = re.compile(
    "(?:到|至)?[^，。；,;\ue000-\uefff]{0,6}?(?:海船|海轮|江船|江轮|驳船|货轮|内河船)"
)
# How far before a movement its end may be named (一条通往桐梓县的班车从綦江港首发)
_NAMED_FIRST = 30


def ends_named_first(
    sent: Sentence, k: int, gaz: Gazetteer, origin: str | None
) -> tuple[list[str], list[str]]:
    """The ends and stops named before a movement told from skeleton index ``k``, in its
    clause (一条通往桐梓县的班车从綦江港首发; 开往波兰华沙的中欧班列从新筑站发车), but for its
    origin; in its own clause where a movement is told before it (从重庆出发驶往万象,另一列
    从成都出发 names no end of the second)."""
    skeleton = sent.skeleton
    start = max(0, k - _NAMED_FIRST)
    if any(not x.group("o5") for x in ORIGIN.finditer(skeleton, 0, k)):
        start = max(start, *(skeleton.rfind(c, 0, k) + 1 for c in "，,；;"))
    dests, via = ends_after(sent, start, gaz, k)
    return [d for d in dests if d != origin], via


# A waterway from a place to another is no service (这条从贵州通往重庆的水路; a channel of
# trade, 从某口岸始发,通往中亚五国的货运物流渠道)
_A_WAY = re.compile(
    f"{T}[^，。；,;\ue000-\uefff]{{0,4}}的[^，。；,;\ue000-\uefff]{{0,8}}?"
    "(?:通道|航道|水道|水路|走廊|渠道)"
)
# The time or distance of going from a place to another, in the movement's clause (从万州到
# 上海的运输时间缩短了一半, 从璧山到主城的通行时间): a trip measured, no run (not 抵达…的
# 时间, a run's arrival; nor a later clause's 使重庆到欧洲的运输时间缩短, the run's gain)
_A_TRIP = re.compile(
    f"\\A[^，。；,;\ue000-\uefff]{{0,2}}(?:到|至){T}的[^，。；,;\ue000-\uefff]{{0,4}}?"
    "(?:时间|时长|距离|里程|车程|运距)"
)
# What the service is said to be (…到达钦州港东站,是四川最短的出海铁路货运大通道)
_IS_WHAT = re.compile("是|成为")


def _a_way(skeleton: str, start: int, end: int) -> bool:
    """Whether the movement told from ``start`` is a way's course (一条从广元出发…至重庆的
    水上通道), not a service said after its run to be one (…到达钦州港东站,是…大通道)."""
    way = _A_WAY.search(skeleton, start, end)
    return way is not None and not _IS_WHAT.search(
        skeleton, clause_start(skeleton, way.start()), way.start()
    )


# A way right before where it starts (中吉乌公路从喀什出发): a road, a railway or a waterway told
# (铁路专用线从…站引出,直达…码头: a siding; 这条水运大动脉——从涪陵出发: an artery)
_WAY_BEFORE = re.compile("(?:公路|铁路|高速|航道|运河|水道|管道|专用线|大动脉)[\\s—–-]*\\Z")
# A way told by its length before a movement (这条全长近900公里的水运航道,自涪陵出发,…
# 直抵遵义; 铁路全长300公里,从…引出): the course of the way, no run on it (not 全程
# 1391公里, a run's length)
_WAY_MEASURED = re.compile(
    "(?:全长|总长)[^，。；,;]{0,16}?(?:公路|铁路|高速|航道|运河|水道|大动脉)"
    "|(?:公路|铁路|高速|航道|运河|水道|大动脉)[^，。；,;]{0,6}?(?:全长|总长)"
)
# (a ship, a train or goods told after the way are a run on it: 这条…航道已建成,一艘货船从…)
_ON_THE_WAY_TOLD = re.compile("船|轮|班列|列车|专列|航线|货物|集装箱|车辆")


@lru_cache(maxsize=64)
def _first_length_word(skeleton: str) -> int:
    """Where 全长 or 总长 first stands in ``skeleton`` (-1 where neither does): looked up
    once per sentence, not once per movement (a sentence may tell thousands)."""
    found = [i for i in (skeleton.find("全长"), skeleton.find("总长")) if i >= 0]
    return min(found) if found else -1


def _way_measured(skeleton: str, k: int) -> bool:
    """Whether a way told by its length is what a movement from ``k`` describes."""
    first = _first_length_word(skeleton)
    if first < 0 or first + 2 > k:
        return False  # (every way measured says 全长 or 总长: none before k, none told)
    way = _WAY_MEASURED.search(skeleton, 0, k)
    return way is not None and not _ON_THE_WAY_TOLD.search(skeleton, way.end(), k)


# A line drawn out of a station (线路从宜昌南站的西端引出,一直通到…港): the course of a
# railway, no run on it, whatever word tells the way before it (not 接轨, which a train
# does too: 班列在塔铺站与新菏铁路接轨)
_DRAWN_OUT = re.compile("引出")
# ... but not one gone along (集装箱沿长江航道由泸州运抵武汉: the goods' way)
_ALONG = re.compile("(?:沿|顺|经|走|通过)[^，。；,;\ue000-\uefff]{0,6}\\Z")


def _way_before(skeleton: str, k: int) -> bool:
    """Whether a way is told right before a movement from ``k`` as what starts there."""
    way = _WAY_BEFORE.search(skeleton, max(0, k - 8), k)
    return way is not None and not _ALONG.search(skeleton, max(0, way.start() - 8), way.start())


# Services counted, then told each of its own (两列北向班列分别装着…,从成都、攀枝花出发,开往
# 青岛、淄博: in turn)
_EACH_COUNTED = re.compile(r"[两二三四五六七八九十]\s*(?:列|趟|艘|班|条)[^。；;]{0,12}?分别")
