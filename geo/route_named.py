"""Readers of services named in a sentence: lists of chains, pairs counted, composites,
ends in brackets, trains named by where they go, one-character short names joined by
dashes and transhipments at a hub.

Each reader takes a route form's match and the sentence's :class:`~cqmap.geo.routes.Context`
and returns the routes it reads; the forms that use them are
:data:`cqmap.geo.route_forms_named.NAMED_FORMS` and :data:`cqmap.geo.route_forms.ROUTE_FORMS`.
The generic reader and what the readers share (a chain's places, a line's mode, a service's
name) are :mod:`cqmap.geo.routes`.
"""

from __future__ import annotations

import re

from cqmap.geo.gazetteer import CHINA
from cqmap.geo.regions import ABBREVIATIONS, ABBREVIATIONS_AT_END, SERVICE_CHAINS
from cqmap.geo.route_building import CAN_ONLY, chain_of, read_groups, route_of
from cqmap.geo.route_clauses import remark_start
from cqmap.geo.route_ends import ends_after, origin_of, within
from cqmap.geo.route_line_modes import RIVER_SERVICE, line_mode
from cqmap.geo.route_modes import BY_AIR, mode_of
from cqmap.geo.route_pieces import DASH, LISTED_CHAIN, SERVICE, SPACE, T
from cqmap.geo.route_service_names import NAME_LEAD, clean_name, name_before, name_of
from cqmap.geo.route_services import PASSENGERS
from cqmap.geo.route_types import Route, RouteForm
from cqmap.geo.routes import Context
from cqmap.geo.skeleton import is_token
from cqmap.geo.vocabulary import COUNTRIES_TOGETHER

__all__ = [
    "ABBREVIATED",
    "CALL",
    "CALL_JOIN",
    "CALLS",
    "ROTATION",
    "ROTATION_JOIN",
    "read_abbreviated",
    "read_both_ways",
    "read_bracket_ends",
    "read_calls",
    "read_chain_list",
    "read_composite",
    "read_countries_together",
    "read_named_by_end",
    "read_pairs_counted",
    "read_rotation",
    "read_run_between",
    "read_transship",
]

CHAIN_RE = re.compile(LISTED_CHAIN)


# A chain of a list cut short by the name the gazetteer does not know right after it (至哈萨克
# 斯坦巴甫洛达尔: the city after its country), not by a word joining the next chain: no route
# of its own, as a chain to an unknown end (its country is no end the line names)
_CUT_SHORT = re.compile("[\u4e00-\u9fff](?<![和及以与])")


def read_chain_list(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """泸州—成都、泸州—昆明班列: each chain of the list a route of the service."""
    sent = ctx.sent
    mode = line_mode(form, m.group("tail"), None, ctx)
    if mode is None:
        return []
    # (兰州—天津、兰州—连云港的班列从兰州东川站发车: the place they left, told after them in
    # their clause, within each start)
    told = ctx.first_origin
    left = (
        origin_of(sent, told, ctx.gaz)
        if told is not None
        and told.start() >= m.end()
        and not _ANOTHER_TOLD.search(sent.skeleton, m.end(), told.start())
        else None
    )
    out = []
    chains = m.group("chains")
    for chain in CHAIN_RE.finditer(chains):
        if _CUT_SHORT.match(chains, chain.end()):
            continue  # (晋中至哈萨克斯坦巴甫洛达尔: its end a city not known, after its country)
        origins, dests, via = chain_of(sent, chain.group(), ctx.gaz)
        if origins and dests:
            origin = left if left and within(left, origins[0], ctx.gaz) else origins[0]
            out.append(route_of(form, None, origin, dests, via, mode, ctx))
    return out


def read_pairs_counted(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """航线3条(射阳港到太仓港、大丰港到宿迁港): each pair of ends in the brackets after a
    count of lines a line of the service."""
    mode = line_mode(form, m.group("tail"), None, ctx)
    if mode is None:
        return []
    out = []
    for pair in m.group("pairs").split("、"):
        ends = [ctx.sent.places_in(part) for part in _ENDS_JOINED.split(pair) if part]
        if len(ends) == 2 and ends[0] and ends[1]:
            out.append(route_of(form, None, ends[0][0], ends[1], [], mode, ctx))
    return out


_ENDS_JOINED = re.compile(f"{DASH}+|至|到")


def read_both_ways(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """Ends each worded one of two ways (以X为起点 or 起点为X: groups ``o``/``o2``,
    ``d``/``d2``, and ``d3`` where a form has it)."""
    return read_groups(
        form,
        m,
        ctx,
        origin=m.group("o") or m.group("o2"),
        # (d3: 莫斯科为目的站点, told without 以)
        destination=m.group("d") or m.group("d2") or m.groupdict().get("d3"),
    )


def read_run_between(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """A service told run between two ends (郑州与青岛港间开行…班列): from the first named;
    not between China and another country or part of the world (中国与欧洲之间才头一次
    开行了班列: the programme as a whole, told of no run of its own)."""
    return [r for r in read_groups(form, m, ctx) if CHINA not in (r.origin, *r.destinations)]


def read_bracket_ends(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """渝甬班列(重庆—宁波), 东线(重庆南彭-广西凭祥-越南河内): the name is read backwards
    from the bracket; the places in it are the ends and the stops."""
    name = name_before(ctx, m.start())
    if name is None or _A_LEG.search(name):
        # (采用铁路(保定—喀什)、国际公路(喀什—奥什)的联运方式: how each leg of one run goes)
        return []
    name = name or None
    # (某航空公司开通…首条欧洲货运航线“鄂州—列日”: a line of a sentence of aircraft is flown)
    mode = line_mode(form, name or "", name, ctx)
    if mode is None:
        return []  # (a line of passengers)
    origins, dests, via = chain_of(ctx.sent, m.group("chain"), ctx.gaz)
    if not origins or not dests:
        return []
    return [route_of(form, name, origins[0], dests, via, mode, ctx)]


# A way alone (铁路, 跨国公路, 境外铁路), after what introduces the legs of a run (采取, 、):
# no service named, a leg of one
_A_LEG = re.compile("(?:^|采取|采用|利用|通过|经)(?:跨国|境外|境内|国际)?(?:铁路|公路|海运|水运)$")


# What a service's course is called, right before 为/是 and its chain of places
# (首航航线为“…”, 运行线路是：…, 航线具体路径为:…)
_COURSE_IS = re.compile(
    rf"(?P<service>{SERVICE}|线路|路线|路径)的?(?:具体|运行)?(?:线路|路线|路径)?[为是]\Z"
)


def read_course(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """航线为“长寿港重钢码头—涪陵港攀华码头”, 运行线路是：广元南—磨憨—万象南站: a service's
    course told as a chain of places after what it is called."""
    skeleton = ctx.sent.skeleton
    course = _COURSE_IS.search(skeleton, max(0, m.start() - 12), m.start())
    if course is None:
        return []
    origins, dests, via = chain_of(ctx.sent, m.group("chain"), ctx.gaz)
    if not origins or not dests:
        return []
    # (全货机班机为定期航班,航线为海拉尔—通辽—天津: a line of aircraft is flown)
    mode = line_mode(form, course.group("service"), None, ctx)
    if mode is None:
        return []
    route = route_of(form, None, origins[0], dests, via, mode, ctx)
    return [route] if route.destinations else []  # (a loop back to its start: no end)


# Between the two places a composite names (川渝间, 川渝之间), and lines counted after
_BETWEEN = re.compile("之?间")
_COUNTED = re.compile(r"(?:\d+|[两二三四五六七八九十百几多]+)条")


# A line told as still being prepared, after its name (…航线的开通筹备, …航线的筹建工作)
_PREPARED = re.compile("的?(?:开通|开行)?(?:筹备|筹建|前期工作)")


def read_countries_together(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """武汉至日韩直达航线: a line to countries written together by one character of each
    (:data:`cqmap.geo.vocabulary.COUNTRIES_TOGETHER`), one route from the place before
    to them all."""
    sent = ctx.sent
    if CAN_ONLY.search(sent.skeleton, max(0, m.start() - 6), m.start()):
        return []  # (可实现武汉至日韩直达: what ships can do, no service)
    if _PREPARED.match(sent.skeleton, m.end()):
        return []  # (推进九江至日韩航线的开通筹备: a line still being prepared)
    mode = line_mode(form, m.group("tail"), None, ctx)
    if mode is None:
        return []
    origin = sent.place(m.group("o"))
    return [route_of(form, None, origin, list(COUNTRIES_TOGETHER[m.group("g")]), [], mode, ctx)]


def read_composite(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """沪渝集装箱直达快线(万州航线): a composite names both ends."""
    sent, gaz = ctx.sent, ctx.gaz
    surface = sent.hit(m.group("c"))[2]
    in_order = SERVICE_CHAINS.get(surface.text)
    if surface.form != "composite" or (len(surface.places) != 2 and in_order is None):
        return []
    skeleton = sent.skeleton
    if _WAY_BEFORE.search(skeleton, max(0, m.start("c") - 8), m.start("c")) or _WAYS_COUNTED.match(
        skeleton, m.end("c")
    ):
        return []
    name = name_of(ctx, *m.span())
    if BY_AIR.search(name):
        return []  # (成渝机场群…国际航线最多: airports' lines, a grouping's, by air)
    if PASSENGERS.search(name):
        return []  # (川渝两地一条跨省客运班车: a bus of passengers)
    if _BETWEEN.match(ctx.sent.skeleton, m.end("c")) and _COUNTED.search(
        ctx.sent.skeleton, m.end()
    ):
        return []  # (川渝间的水水中转航线已有6条: the lines between the two, counted)
    mode = mode_of(name, None) or ctx.mode()
    if mode == "unspecified" and RIVER_SERVICE.search(name):
        mode = "river"
    home = [p for p in surface.places if p == "重庆市"]
    away = [p for p in surface.places if p != "重庆市"]
    origin = sent.place(m.group("x")) if m.group("x") else (home or surface.places)[0]
    dests = away if home else list(surface.places[1:])
    lead = _CHAIN_LEAD.search(skeleton, max(0, m.start("c") - 3), m.start("c"))
    if lead is not None and not m.group("x"):
        # (泸蓉欧, 越滇蓉欧: the composite ends a longer chain of short names, which starts
        # the route; the composite's first is a stop)
        chain = [ABBREVIATIONS[c] for c in lead.group()]
        origin, stops = chain[0], [*chain[1:], surface.places[0]]
        dests = list(surface.places[1:])
    else:
        stops = []
    if in_order is not None:
        # (渝满俄: its ends in order, the middle a stop)
        origin, stops, dests = in_order[0], list(in_order[1:-1]), [in_order[-1]]
    returning = len(dests) == 1 and bool(
        _COMING_BACK_BEFORE.search(skeleton, max(0, m.start("c") - 12), m.start("c"))
        or _COMING_BACK.search(name)
    )
    if returning:
        # (返程的首趟中欧(厦蓉欧)班列开进东孚车站: the brand's train coming back, from its
        # far end, by its stops in turn)
        origin, dests, stops = dests[0], [origin], stops[::-1]
    # "渝黔"班列从团结村出发开往贵阳: the ends the sentence names inside the composite's
    ports = sent.of_class("P")

    def home_port(region: str) -> str:
        inside = list(dict.fromkeys(p for p in ports if within(p, region, gaz)))
        return inside[0] if len(inside) == 1 else region

    start = ctx.first_origin
    if start:
        place = origin_of(sent, start, gaz)
        if within(place, origin, gaz):
            origin = place
    else:
        # (重庆果园港与太仓港和上海港开行“沪渝直达快线”: the one port of its end the
        # sentence names, where none is said to leave)
        origin = home_port(origin)
    end = ctx.first_destinations
    if end:
        named = sent.places_in(end.group("list"))
        if _CLAUSE_BREAK.search(sent.skeleton, *sorted((end.start(), m.start("c")))):
            # (not the composite's own start, told in a clause of its own: “越桂蓉欧快线”
            # 开通以后,从成都发货到越南更快了)
            named = [x for x in named if x != origin]
        inside = {d: [x for x in named if within(x, d, gaz)] for d in dests}
        if (
            named
            and not any(inside.values())
            and not _CLAUSE_BREAK.search(sent.skeleton, end.start(), m.start("c"))
        ):
            # "渝黔桂新"班列…经贵阳、南宁抵达钦州港: the composite is the start of a
            # longer name, and the sentence's end lies beyond it (not 泸州至上海…,向西开通
            # 直达罗兹的“泸蓉欧”快铁: the end of another service, told before it)
            dests = named
        else:
            dests = [x for d in dests for x in inside[d] or [d]]
    far = [origin] if returning else dests
    if not stops and all(gaz.places[d].level == "area" for d in far if d):
        # (蓉欧快铁, a city's trains to a part of the world, named with no end of its own:
        # the brand of a corridor, 中欧班列, no route)
        return []
    via = [*stops, *(v for v in ctx.stops if v not in stops)]
    return [route_of(form, name, origin, dests, via, mode, ctx)]


_CLAUSE_BREAK = re.compile("[，,；;]")
# A service told coming back (“渝新欧”回程班列; 返程的首趟…, right before its name, in its
# clause); not 去回程 (both ways), nor 返程时 (what a train does on its way back)
_COMING_BACK = re.compile("(?<![去往])(?:回程|返程)(?!时|途中|过程中|中)")
_COMING_BACK_BEFORE = re.compile(f"{_COMING_BACK.pattern}[^，,；;。]{{0,10}}\\Z")
# A hub's ways told by their directions (向北,“渝满俄”班列常态化开行; 往北,有…班列; 开出渝满俄、
# 中欧班列、渝甬四向班列): the service of a way, named as its corridor, no route of its own
_WAY_BEFORE = re.compile(
    r"(?:[向往朝][东南西北]|[东南西北]向)[，,:：]?(?:有|是|靠|沿|经由?|通过)?[“\"]?\Z"
)
_WAYS_COUNTED = re.compile(r"[^，,。；;]{0,20}?[两三四五六七八]向")
# A break of clause, or another train told (…线路运行平稳 另一趟班列由成都国际铁路港发出)
_ANOTHER_TOLD = re.compile(r"[，,；;\s]|另一|另外")
# One-character short names right before a composite (泸 in 泸蓉欧): the chain's start
# (those of ABBREVIATIONS that end no common word before a service's name: not 港, 日, 新,
# 宁, 万, 深 …)
_CHAIN_LEAD = re.compile("[泸渝川蓉鄂湘黔桂滇陕沪甬穗厦越老泰]{1,3}\\Z")


def read_transship(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """广元港、广安港…宜宾港…的集装箱在果园港中转: the first leg of each, to the hub."""
    sent = ctx.sent
    hub = sent.place(m.group("v"))
    origins = [p for p in sent.places_in(m.group("o"), "P") if p != hub]
    return [Route(None, o, [hub], [], ctx.mode("river"), form=form.name) for o in origins]


def read_named_by_end(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """布达佩斯直达班列驶出团结村站: a train named by where it goes, from where it leaves;
    where the sentence then says it goes (中亚班列…经霍尔果斯出境,最终抵达阿富汗), there,
    by the stops it names. A composite (“渝黔”班列) names both ends: no route here."""
    if ctx.sent.hit(m.group("d"))[2].form == "composite":
        return []
    routes = read_groups(form, m, ctx, origin=m.group("o") or m.group("o2"))
    skeleton = ctx.sent.skeleton
    dests, via = ends_after(ctx.sent, m.end(), ctx.gaz, remark_start(skeleton, m.end()))
    for route in routes if dests else ():
        route.destinations = [d for d in dests if d != route.origin]
        route.via = [v for v in via if v != route.origin and v not in route.destinations]
    return [r for r in routes if r.destinations]


# Services named by their places' one-character short names joined by dashes (泸-宁-韩;
# “泸-汉”、“泸-宁”等内支线班轮): each name a route, first to last, the others stops
_ABBR = "[" + "".join(ABBREVIATIONS) + "]"
ABBREVIATED = f"{_ABBR}(?:{DASH}{{1,2}}{_ABBR}){{1,3}}"
_ABBREVIATED_RE = re.compile(ABBREVIATED)
_CLOSE_QUOTE = '”"’」'


def read_abbreviated(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """川—鄂—沪长江班轮; “泸-汉”、“泸-宁”、“泸-沪”等内支线班轮: a route for each name, its
    places read from :data:`cqmap.geo.regions.ABBREVIATIONS`."""
    tail = m.group("tail")
    mode = None if PASSENGERS.search(tail) else line_mode(form, tail, None, ctx)
    if mode is None:
        return []
    out = []
    for name in _ABBREVIATED_RE.findall(m.group("names")):
        chars = re.split(f"{DASH}+", name)
        places = [ABBREVIATIONS[c] for c in chars[:-1]]
        places.append(ABBREVIATIONS_AT_END.get(chars[-1], ABBREVIATIONS[chars[-1]]))
        if len(set(places)) != len(places) or not all(p in ctx.gaz.places for p in places):
            continue
        label = clean_name(name + NAME_LEAD.sub("", tail.lstrip(_CLOSE_QUOTE + "、和及等")))
        out.append(route_of(form, label, places[0], [places[-1]], places[1:-1], mode, ctx))
    return out


# One call of a line or of a rotation: a place, or a place within one (宁波北仑: 北仑), a
# port after its country (日本的大阪); or, passed over, a canal on the way (苏伊士运河) or
# a name no table holds (菲列斯多), also where a place's name ends it (阿尔格萨拉斯: no
# call at 拉斯)
# (and a place with a part of it the gazetteer does not know: 马尼拉北, a call at 马尼拉)
CALL = f"(?:{T}(?:的?{T})?(?:运河|[\u4e00-\u9fff](?=[ 、，,]))?|[\u4e00-\u9fff]{{2,5}}{T}?)"
# What parts the items of a line's calls (a space around, as in lists of ends: JOIN); the
# form of calls (:mod:`cqmap.geo.route_forms`) lists them with it
CALL_JOIN = f"{SPACE}(?:[、，,]|以及|和|及|与){SPACE}"
# The name of the form of calls, which the routes it reads carry
CALLS = "X航线挂靠A、B…Z"
# (the calls of a rotation, listed or joined by dashes: 大连-青岛-高雄)
ROTATION_JOIN = f"{CALL_JOIN}|[—–\\-－→]{{1,2}}"
_ROTATION_JOIN_KEPT = re.compile(f"((?:{ROTATION_JOIN}))")
_COMMA = re.compile("[，,]")


# Several lines told from one start (两条航线从X出发, 分别挂靠…): the calls listed are
# theirs together, each line's own not told apart
_SEVERAL_LINES = re.compile("分别|(?:\\d+|[两二三四五六七八九十几多]+)条")


# The name of the form of a liner's port rotation, told as such (港序, 挂港顺序为 A-B-…-Z)
ROTATION = "X航线港序为A-B-…-Z"


def _calls(ctx: Context, m: re.Match, one_list: bool = False) -> list[str | None]:
    """The place of each call a match lists (:data:`CALL`), ``None`` for one passed over;
    up to a comma before an item that names no place (…和巴布亚新几内亚,既让福州港…: the
    next clause), and, ``one_list``, up to the first comma (the calls after a start told
    are one list: a comma goes on to another clause, another line's calls)."""
    sent = ctx.sent
    calls = m.group("calls")
    if one_list:
        calls = _COMMA.split(calls, maxsplit=1)[0]
    out: list[str | None] = []
    items = _ROTATION_JOIN_KEPT.split(calls)
    for k in range(0, len(items), 2):
        item = items[k]
        places = sent.places_in(item) if item and is_token(item[0]) else []
        if not places and k and _COMMA.search(items[k - 1]):
            break
        out.append(places[-1] if places else None)
    return out


def read_rotation(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """港序为天津、宁波、吉达; 挂港顺序为:青岛-上海-厦门: a liner's rotation, from its first
    call to its last, the others its stops (:func:`read_calls`); an item that names no place
    (菲列斯多) is passed over, and a rotation back to its first port (厦门-高雄-香港-厦门)
    does not tell where the line turns: not read."""
    calls = _calls(ctx, m)
    if calls[0] is None or calls[-1] is None or calls[0] == calls[-1]:
        return []
    return read_calls(form, m, ctx)


def read_calls(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """该航线依次挂靠宁波、厦门、胡志明和曼谷: a liner told by its calls, from the first to
    the last, the others its stops. Where the sentence tells a start of its own before its
    calls and no end (从大连港启航,挂靠釜山、神户、横滨等港口; 沿途依次挂靠…), the line
    goes from that start to each port it calls at; where it tells an end too (从X出发,…驶往
    Y), the forms of movements read it."""
    sent = ctx.sent
    if ctx.passengers:
        return []
    told = ctx.origin_told
    if told is not None and (
        told.end() > m.start("calls")
        or ctx.first_destinations is not None
        # (the lines counted right before the match's service word, or 分别 in it)
        or _SEVERAL_LINES.search(sent.skeleton, max(0, m.start() - 4), m.start("calls"))
    ):
        return []
    calls = _calls(ctx, m, told is not None)
    if not calls or calls[-1] is None:
        return []  # (the last call a name no table holds: the line's end unknown)
    calls = [c for c in calls if c is not None]
    if told is not None:
        start = origin_of(sent, told, ctx.gaz)
        if calls[-1] == start:
            calls = calls[:-1]  # (…最后返回天津: back where it started)
        if not calls or start in calls or len(set(calls)) != len(calls):
            return []
        return [route_of(form, None, start, calls, [], ctx.mode(form.water), ctx)]
    if len(calls) > 2 and calls[0] == calls[-1]:
        calls = calls[:-1]  # (…最后返回厦门: the loop ends where it turns back)
    if len(set(calls)) != len(calls) or len(calls) < 3:
        return []
    return [route_of(form, None, calls[0], [calls[-1]], calls[1:-1], ctx.mode(form.water), ctx)]
