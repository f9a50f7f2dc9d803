"""Routes whose start a sentence takes from outside its own words: the port the
sentences before were about (``Context.anchor``: 这趟班列将出发前往钦州港; 开通了到上海的
“天天班”…), or a corridor's train (西部陆海新通道班列从鱼嘴站出发…; 中欧班列(重庆)…向德国
杜伊斯堡开去). The readers of the forms in :mod:`cqmap.geo.route_forms` that use them; the
other readers are :mod:`cqmap.geo.routes`'.
"""

from __future__ import annotations

import re

from cqmap.geo.route_building import CAN_ONLY, route_of
from cqmap.geo.route_clauses import clause_start, remark_start
from cqmap.geo.route_ends import crossed_at, ends_after, origin_of, other_origins
from cqmap.geo.route_line_modes import line_mode
from cqmap.geo.route_modes import mode_of
from cqmap.geo.route_movement_words import (
    ACROSS_WORDS,
    COMPANY_AFTER,
    DESTINATIONS,
    FROM_HERE,
    GOES_TO,
    RUNS_TIME_ENDS,
)
from cqmap.geo.route_movements import ends_named_first, respective
from cqmap.geo.route_pieces import SERVICE, TLIST, T
from cqmap.geo.route_runs import LINES_COUNTED, PLANS, counted_network
from cqmap.geo.route_services import CORRIDOR_OF, PASSENGERS
from cqmap.geo.route_types import Route, RouteForm
from cqmap.geo.routes import Context
from cqmap.geo.skeleton import ANY, surfaces_in
from cqmap.geo.vocabulary import BRAND_HOMES, WATER_PORT_KINDS

__all__ = [
    "read_anchor_services",
    "read_corridor",
    "read_from_anchor",
    "read_lines_before",
    "read_lines_by_end",
    "read_lines_named",
    "read_lines_reaching",
    "read_points_served",
]


def _from_anchor(m: re.Match, ctx: Context, anchor: str | None = None) -> bool:
    """Whether the service of a sentence leaves from the port the sentences before were
    about (or ``anchor``): there is one, the sentence names no start of its own, speaks of
    freight and not of passengers, and plans nothing before the match."""
    skeleton = ctx.sent.skeleton
    return (
        (anchor or ctx.anchor) is not None
        and ctx.first_origin is None
        and ctx.transport
        and not PASSENGERS.search(skeleton)
        and not PLANS.search(skeleton, 0, m.start())
    )


_HERE = re.compile(FROM_HERE)


def read_from_anchor(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """这趟班列将出发前往钦州港: a train or ship of the sentences before leaves for a place,
    and the sentence names no place it leaves from: it leaves from the port they were
    about (``ctx.anchor``), else it is no route; 从这里, after a place the sentence names
    (凭祥市…送走了第一列中越班列,列车从这里出发开往河内), leaves from that place."""
    sent, gaz = ctx.sent, ctx.gaz
    here = _HERE.search(sent.skeleton, m.start(), m.end())
    told = sent.places_in(sent.skeleton[: m.start()]) if here is not None else []
    anchor = told[-1] if told else ctx.anchor
    if not _from_anchor(m, ctx, anchor):
        return []
    dests, via = ends_after(sent, m.start(), gaz, remark_start(sent.skeleton, m.start()))
    dests = [d for d in dests if not gaz.holds(d, anchor)]
    if not dests:
        return []
    # (an airport's service that names no mode flies: 该机场货运航班飞往列日)
    flies = getattr(gaz.places.get(anchor), "kind", None) == "airport"
    return [
        route_of(
            form, None, anchor, dests, via, ctx.mode("air" if flies else None) or "unspecified", ctx
        )
    ]


def read_lines_by_end(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """开辟了南美西航线; 其中有东南亚、日本和韩国3条外贸航线: the lines a port opened, each
    named by where it goes, from the port the sentence names before them, else the one the
    sentences before were about (a port on the water: not an airport's lines, nor a
    station's); each a route; else no route."""
    return _lines_of_port(form, m, ctx, ctx.sent.places_in(m.group("d")))


def read_lines_named(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """天津线、广州线和宁波线: lines named each by its far end and 线, a route to each from
    the port, as :func:`read_lines_by_end` reads them; not a part of the world (东北线,
    美西线: a region's trade) nor two places' short names (成渝线: a railway)."""
    gaz = ctx.gaz
    ends = [
        s.place
        for s in surfaces_in(ctx.sent.hits, m.group("d"))
        if len(s.places) == 1 and getattr(gaz.places.get(s.place), "level", None) != "area"
    ]
    return _lines_of_port(form, m, ctx, ends)


def _lines_of_port(form: RouteForm, m: re.Match, ctx: Context, ends: list[str]) -> list[Route]:
    """The routes of a port's lines to ``ends``, named after the match's start (see
    :func:`read_lines_by_end`)."""
    sent, gaz = ctx.sent, ctx.gaz
    if ctx.first_origin is not None or ctx.passengers:
        return []
    if PLANS.search(sent.skeleton, 0, m.start()):
        return []
    told = sent.places_in(sent.skeleton[: m.start()])
    origin = told[-1] if told else ctx.anchor
    if getattr(gaz.places.get(origin), "kind", None) not in (*WATER_PORT_KINDS, "river port"):
        return []
    dests = [d for d in ends if not gaz.holds(d, origin)]
    if not dests:
        return []
    # (one route to all; the form's ``each`` makes it one to each)
    return [route_of(form, None, origin, dests, [], ctx.mode(form.water), ctx)]


def read_lines_before(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """在布鲁塞尔、圣保罗等货运航线开出之后,成都又…: lines named by their far ends, told
    opened before the new line of a place named after them (the city or port the rest of
    the sentence names first): from that place, a route to each; else no route."""
    sent, gaz = ctx.sent, ctx.gaz
    found = [k for k in (sent.skeleton.find(c, m.end()) for c in "；;") if k >= 0]
    end = min(found) if found else None  # (the clause up to the first semicolon of either kind)
    origin = next(
        (
            s.place
            for s in surfaces_in(sent.hits, sent.skeleton[m.end() : end])
            if len(s.places) == 1 and s.cls in ("A", "P")
        ),
        None,
    )
    if origin is None:
        return []
    mode = line_mode(form, m.group("tail") or "", None, ctx)
    if mode is None:
        return []
    listed = sent.places_in(m.group("d"))
    # (a country right before its city only says where the city is: 比利时布鲁塞尔)
    dests = [
        d
        for d in listed
        if not gaz.holds(d, origin) and not any(x != d and gaz.holds(d, x) for x in listed)
    ]
    return [route_of(form, None, origin, [d], [], mode, ctx) for d in dests]


def read_lines_reaching(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """泉州港的国际航线通达菲律宾、日本…: the places a port's lines reach, one route to
    them all, as :func:`read_lines_by_end` reads them; not where one of the places is a
    part of the world (覆盖东南亚、欧洲: the network's reach, no line's end)."""
    if any(
        getattr(ctx.gaz.places.get(d), "level", None) == "area"
        for d in ctx.sent.places_in(m.group("d"))
    ):
        return []
    return read_lines_by_end(form, m, ctx)


# 到上海的“天天班”, 到日本、俄罗斯的国际直达航线: one service to where it goes
_TO_SERVICE = re.compile(
    # (a corridor's or an area's name may stand before the service: 的中亚班列)
    # (or none: 开通至俄罗斯东方港直航航线)
    f"(?:{GOES_TO}|到|至|往)(?P<d>{TLIST})的?[^，,。；;]{{0,12}}?(?:{SERVICE}|班|线)"
)


def read_anchor_services(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """开通了到上海的“天天班”,到日本、俄罗斯的国际直达航线: the services a port the
    sentences before were about (``ctx.anchor``) opened, each 到…的 one, where the
    sentence names no place they leave from; else no route."""
    sent, gaz = ctx.sent, ctx.gaz
    if not _from_anchor(m, ctx):
        return []
    skeleton = sent.skeleton
    # (not a company named after a place, whose speaker tells them: 九江港务公司经理说:
    # “我们开通了至洋山港的…”, the port's company)
    opener = [
        sent.place(t.group())
        for t in _TOKEN.finditer(skeleton, clause_start(skeleton, m.start()), m.start())
        if _COMPANY_AFTER.match(skeleton, t.end()) is None
    ]
    if opener and not any(x == ctx.anchor or _same_port(x, ctx.anchor, gaz) for x in opener):
        # (这是株洲市继开通往明斯克的班列后…: another place that opened them, its city, is
        # named in the clause before the verb; the services are its, not the port's before;
        # not 赣州港先推出了到盐田港的班列, the port itself)
        return []
    # (a service that names no mode goes as the sentence says, but not by the sea another
    # one crosses: a river liner to ports abroad is made river-sea by route_of)
    said = ctx.mode(form.water)
    default = "river" if said == "river-sea" else said
    out = []
    for s in _TO_SERVICE.finditer(skeleton, m.end()):
        if PLANS.search(skeleton, m.end(), s.start()):
            break  # (…,明年打算开通前往南京港的航线: what is planned, no service yet)
        dests = [d for d in sent.places_in(s.group("d")) if not gaz.holds(d, ctx.anchor)]
        if dests:
            mode = mode_of(s.group(), None) or default
            out.append(route_of(form, None, ctx.anchor, dests, [], mode, ctx))
    return out


# a place's token in a skeleton; a company's name after one (九江港务公司)
_TOKEN = re.compile(ANY)
_COMPANY_AFTER = re.compile(COMPANY_AFTER)


def _same_port(a: str, b: str, gaz) -> bool:
    """Whether ``a`` is a port holding or held by the port ``b`` (赣州港, 赣州国际陆港)."""
    return gaz.places[a].level == "port" and (gaz.holds(a, b) or gaz.holds(b, a))


def read_points_served(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """重庆机场已开通国际货运航线15条,航点主要包括列日、纽约…: the cities an airport's
    cargo lines serve (or reach: 货运航班飞往芝加哥、河内…四地), each a route by air from the
    airport named before in the sentence, else from the one the sentences before were
    about; else no route."""
    gaz = ctx.gaz
    origin = ctx.sent.place(m.group("o")) if m.group("o") else ctx.anchor
    if origin is None or getattr(gaz.places.get(origin), "kind", None) != "airport":
        return []
    listed = ctx.sent.places_in(m.group("d") or m.group("d2") or m.group("d3"))
    if m.group("d3") and any(getattr(gaz.places.get(d), "level", None) == "area" for d in listed):
        return []  # (通达欧洲、北美和亚洲的网络: the network's reach, no line's end)
    # (a country right before its city only says where the city is: 俄罗斯莫斯科)
    dests = [
        d
        for d in listed
        if not gaz.holds(d, origin) and not any(x != d and gaz.holds(d, x) for x in listed)
    ]
    return [route_of(form, None, origin, [d], [], "air", ctx) for d in dests]


# The course of a railway or a waterway (北起昆明, 南至万象; 起于…止于)
_COURSE = re.compile("[东南西北]起(?![航运锚])|起于|止于")


def _own_place(m: re.Match, ctx: Context) -> str | None:
    """The place in brackets right after a corridor's name in the text (中欧班列(重庆))."""
    text, at = ctx.text, m.end()
    if text[at : at + 1] not in ("(", "（"):
        return None
    for start, end, surface in ctx.sent.hits:
        if start - ctx.sent.start == at + 1 and text[end - ctx.sent.start :][:1] in (")", "）"):
            return surface.places[0]
    return None


def _brand_home(name: str, dests: list[str], gaz) -> str | None:
    """The city whose trains the brand ``name`` names (:data:`BRAND_HOMES`), unless it is,
    or is in, one of the ends ``dests`` (the brand's train coming home), or the ends are
    parts of the world only (渝新欧通往欧洲: the brand's reach, no run told), else None."""
    home = BRAND_HOMES.get(name)
    if home is None or any(gaz.holds(d, home) or gaz.holds(home, d) for d in dests):
        return None
    if all(gaz.places[d].level == "area" for d in dests):
        return None
    return home


# 从义乌到西班牙马德里,从苏州到波兰华沙: lines told by their ends, one after another
# (the end: a place, or a place in its country or city: 莫斯科的沃尔西诺)
_PAIRED_ENDS = re.compile(
    rf"(?:^|(?<=[，,；;]))从(?P<o>{T})(?:到|至)(?P<d>{T}(?:的?{T})?)(?=[，,；;])"
)


# The corridor's train changed to, boarded again or boarded where the goods arrived (将在武汉
# 换乘中欧班列; 再次搭乘中欧班列; 运抵西安港后,再分别搭乘长安号中欧班列运往…): goods going on
# from where they arrived, a journey told before; with no start of its own told (not
# 搭乘中欧班列从团结村出发), no route of the corridor's own
_BOARDED = re.compile(
    "(?:换乘|转乘|改乘|再次?搭乘|(?:后|在[^，。；,;]{1,12})[，,]?[^，。；,;]{0,12}?搭乘)"
    "[^，。；,;]{0,16}\\Z"
)


# A run's time, then what it can do in it (只需12天便可从欧洲到达成都)
_RUNS_TIME = re.compile(f"[{RUNS_TIME_ENDS}](?:可以|能够|可|能)\\s*\\Z")


def read_corridor(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """A corridor's service from a place to places the sentence names."""
    sent, gaz = ctx.sent, ctx.gaz
    corridor = CORRIDOR_OF[m.group()]
    if corridor.name not in ctx.corridors:
        return []  # (梧州要把西江建成“黄金水道”: another river's, no Yangtze service)
    if _COURSE.search(ctx.text):
        return []  # (中老铁路北起昆明,…最终到达万象: the railway's course, no service)
    if counted_network(ctx.text):
        return []  # (…通行114条中欧班列线路,…通往波兰、德国等21国: a network)
    pairs = list(_PAIRED_ENDS.finditer(sent.skeleton))
    if len(pairs) > 1:
        # (从义乌到西班牙马德里,从苏州到波兰华沙,…如今都可以通过中欧班列…相连: the
        # corridor's lines, each told by its ends)
        mode = corridor.mode if corridor.mode == "rail-sea" else ctx.mode(corridor.mode)
        name = ctx.corridors.get(corridor.name, m.group())  # (not another river's 黄金水道)
        routes = []
        for pair in pairs:
            origin, end = sent.place(pair.group("o")), sent.places_in(pair.group("d"))[-1]
            routes.append(
                route_of(form, name, origin, [end], [], mode, ctx, corridor=corridor.name)
            )
        return routes
    if (
        ctx.first_origin is not None
        and CAN_ONLY.search(
            sent.skeleton, max(0, ctx.first_origin.start() - 3), ctx.first_origin.start()
        )
        and not _RUNS_TIME.search(
            sent.skeleton, max(0, ctx.first_origin.start() - 4), ctx.first_origin.start()
        )
    ):
        # (中老铁路将延伸至曼谷,令农产品可由曼谷经万象运到昆明: what could be; but 只需12天
        # 便可从欧洲到达成都 is a run's time)
        return []
    origin = origin_of(sent, ctx.first_origin, gaz) if ctx.first_origin else None
    if origin is None and _BOARDED.search(ctx.text, max(0, m.start() - 20), m.start()):
        return []  # (…抵达西安港后,搭乘中欧班列开往塔什干: the goods' journey goes on)
    # (without a destination, the route is only a part: it joins the corridor's route
    # from the same place if the document has one, else it is a corridor mention)
    dests, via = ctx.ends
    if origin is not None and not dests:
        # (开往波兰华沙的中欧班列从新筑站发车: the end named first)
        dests, via = ends_named_first(sent, ctx.first_origin.start(), gaz, origin)
    # (else its first port, not one it passes or goes to: 经磨憨口岸出境前往老挝, nor one
    # named after where it last goes: …运送到重庆的产品…,了解重庆无水港功能)
    skeleton = sent.skeleton
    before = max((d.start() for d in DESTINATIONS.finditer(skeleton)), default=len(skeleton))
    # (nor a border crossing: 从新疆霍尔果斯口岸出境 is where it leaves the country)
    ports = [
        p
        for p in sent.places_in(skeleton[:before], "P")
        if p not in ctx.stops and p not in dests and gaz.places[p].kind != "border crossing"
    ]
    # (else the port told before, not a border crossing where the sentence tells trains
    # crossing a border at it or at no other crossing it names: 经二连浩特口岸出入境的中欧班列,
    # where they pass; …二连浩特口岸…。出境班列可抵达波兰、德国…, the trains it lets out; but
    # …完善苏州口岸功能…。开行由阿拉山口出境…的班列 cross at 阿拉山口, from the inland port)
    anchor = ctx.anchor
    if (
        anchor is not None
        and gaz.places[anchor].kind == "border crossing"
        and any(w in skeleton for w in ACROSS_WORDS)
        and not any(crossed_at(sent, p, gaz) for p in sent.of_class("P") if p != anchor)
    ):
        anchor = None
    # (else the place in brackets after the corridor's name, whose trains they are:
    # 中欧班列(重庆)驶出中心站,向德国杜伊斯堡开去)
    # (else the city a brand of trains names: 长安号开进米兰, Xi'an's train; not one told
    # coming home, “渝新欧”回程班列开抵重庆, nor one a brand's trains are joined to at a
    # city a line reaches: 专列延伸到重庆、济南,与“渝新欧”衔接)
    own = _own_place(m, ctx) if dests else None
    home = _brand_home(m.group(), dests, gaz) if dests and own is None else None
    start = origin or next(iter(ports), None) or anchor or own or home
    if start is None:
        return []
    # (a run of the brand's city is the corridor's named elsewhere as much as before: the
    # corridor is told as it was, its route the brand's)
    tied = None if start == home else corridor.name
    mode = corridor.mode if corridor.mode == "rail-sea" else ctx.mode(corridor.mode)
    name = ctx.corridors.get(corridor.name, m.group())
    starts = [start, *(other_origins(sent, ctx.first_origin, start)[0] if origin else ())]
    at = ctx.first_origin.end() if origin else m.end()
    pairs = respective(skeleton, at, starts, dests)
    if len(starts) == 1 and len(dests) > 1 and LINES_COUNTED.search(skeleton, 0, at):
        pairs = [(start, [d]) for d in dests]  # (the lines counted before: one to each end)
    routes = [route_of(form, name, s, ends, via, mode, ctx, corridor=tied) for s, ends in pairs]
    if not origin:
        for route in routes:
            route.anchored = True
    return routes
