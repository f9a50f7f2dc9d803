"""Freight routes read from sentences: route forms as a table, corridors, modes.

Each route form is one entry of :data:`ROUTE_FORMS`: its name (recorded in the evidence),
its pattern over the sentence's skeleton (:mod:`geo.skeleton`; a token ``T`` stands for
any place), the shape of what it yields and example sentences with the expected route,
which are also its tests. Adding a form is one entry. Its groups say what it yields:

``chain``
    places in order, separated by dashes or 至 (``泸州至珞璜至果园港``, ``重庆——宜宾、泸州``):
    the first is the origin, the last (a list, if it is one) the destinations, the others
    the stops (``via``); ``beyond`` (``…直达越南、泰国``) takes over as destinations.
``o`` / ``d`` / ``v``
    origins (a list gives one route each), destinations and stops.
``name``
    a form with ``named`` names the service with the text it matched.
``tail``
    the service word (班列, 航线 …), read for the mode before the sentence is.

Forms with a ``reader`` read their match with a function of their own (composite names,
transhipments). The ``fallback`` forms run only when no other form read the sentence:
corridors (西部陆海新通道, 中欧班列) and plain movements (``从X出发…驶往Y、Z``). A corridor
named without a destination of its own is a *corridor* of the document, not a route.

Modes: ``river``, ``rail``, ``rail-sea`` (铁海联运), ``rail-river`` (铁水联运), ``river-sea``
(江海联运), ``road``, ``unspecified``. Ends of water routes named as regions are moved to
the region's port (:meth:`geo.gazetteer.Gazetteer.port_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import NamedTuple

from geo.gazetteer import Gazetteer
from geo.skeleton import ANY, B, Evidence, P, Sentence
from geo.vocabulary import CORRIDORS, MODES, WATER_MODES, finer_mode

__all__ = [
    "SERVICE_WORDS",
    "MODE_WORDS",
    "RouteForm",
    "Example",
    "ROUTE_FORMS",
    "Route",
    "read_routes",
    "merge_route",
    "extend_route",
    "settle_corridors",
    "CorridorMention",
]

# --------------------------------------------------------------------------- vocabulary
SERVICE_WORDS = (
    "班轮航线", "班轮", "航线", "快线", "班列", "专列", "班车", "航班", "水水中转", "直达",
    "专线", "穿梭巴士", "线路", "滚装船", "货轮", "直航", "快班", "列车",
)  # fmt: skip
# Modes from the wording, the most specific first (铁海联运班列 is rail-sea, not rail).
MODE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rail-river", ("铁水联运", "水铁联运", "铁江联运")),
    ("river-sea", ("江海联运", "江海直达", "江海直航", "江海中转", "近洋")),
    ("rail-sea", ("铁海联运", "海铁联运", "陆海联运")),
    ("rail", ("班列", "专列", "铁路", "火车", "列车")),
    (
        "river",
        (
            "班轮",
            "航线",
            "水水中转",
            "船",
            "货轮",
            "水运",
            "航运",
            "快线",
            "穿梭巴士",
            "直航",
            "快班",
        ),
    ),
    ("road", ("货运车", "货车", "卡车", "公路", "班车", "冷链车", "汽车运输")),
)
assert {mode for mode, _ in MODE_WORDS} < set(MODES)


_CORRIDOR_RE = re.compile(
    "|".join(sorted((re.escape(n) for c in CORRIDORS for n in c.names), key=len, reverse=True))
)
_CORRIDOR_OF = {n: c for c in CORRIDORS for n in c.names}

# Words of a sentence that may name a route (it is read for routes only if it has one).
ROUTE_HINTS = (
    *SERVICE_WORDS, *(w for mode, words in MODE_WORDS[:3] for w in words),
    "运抵", "驶往", "发往", "运往", "开往", "通往", "驶向", "中转", "出发", "启程", "始发",
    "航运", "往返", "首航", "分拨", "运输至", "出口至", "运至", *(n for c in CORRIDORS for n in c.names),
)  # fmt: skip
TRANSPORT_CUE = re.compile(
    "班轮|航线|快线|班列|专列|班车|运抵|驶往|发往|运往|开往|通往|驶向|中转|货运|集装箱|货物|首航"
)
# A sentence on passengers (客船, 动车) names no freight route.
PASSENGERS = re.compile("客船|客轮|游轮|客运|旅客|游客|动车|高铁|城际快巴|公交|客车")
# A line by air (烟台—巫山直飞航线) is no freight route of cqmap's modes
BY_AIR = re.compile("直飞|航班|飞机|民航|航空公司|机场")
OPENING_CUE = re.compile(
    "开通|开行|首航|首发|首趟|首列|首班|首批|开航|启航|正式运营|正式运行|开通运营|投运|投入运营"
    "|启用|鸣笛|发车|常态化|首次"
)

# --------------------------------------------------------------------------- pattern pieces
T = ANY  # any place
TLIST = f"{T}(?:[、和及与]{T})*"
# a character of the clause that is no place (route names and tails run over these)
CLAUSE = r"[^，。；,;：:\ue000-\uefff]"
SERVICE = f"(?:{'|'.join(SERVICE_WORDS)})"
DASH = "[—–\\-－~～]"
_BRACKETED = r"[(（][^()（）]{0,16}[)）]"  # an aside: 内江(自贡)至…, 南通港(狼山码头)
# a link of a chain: dashes (one or two) or 至, a place, an aside in brackets
# (一 between two places stands for a dash in pages typed or recognised carelessly:
# 万州一宜昌)
_LINK = f'(?:{DASH}{{1,2}}|至|经|一)[“”"]?{T}[“”"]?(?:{_BRACKETED})?'
# A chain of places: 泸州—武汉—台湾, 泸州至珞璜港至果园港
_CHAIN = f'[“"]?{T}[“”"]?(?:{_BRACKETED})?(?:{_LINK})+'
_CHAIN_RE = re.compile(_CHAIN)
_PLACE_IN_ASIDE = re.compile(f"({T})[(（]({T})[)）]")
# The words between a route's ends and its service word: a clause, in which a grouping
# or a country may stand (…码头至南充河西码头的川渝水路货运航线); not a corridor's
# (欧洲-成都-东南亚货运列车通道)
_TAIL = f"(?P<tail>(?:{CLAUSE}|{B}){{0,14}}?{SERVICE}(?:航线|班轮)?)(?!通道|大通道|走廊)"


class Example(NamedTuple):
    """A sentence and the route a form reads in it (``None``: the default of a field is
    not checked)."""

    sentence: str
    origin: str
    destinations: tuple[str, ...]
    via: tuple[str, ...] = ()
    mode: str | None = None


@dataclass(frozen=True)
class RouteForm:
    """One way articles state a route (see the module docs)."""

    name: str
    pattern: str
    examples: tuple[Example, ...]
    named: bool = False  # the match names the service
    water: str = "river"  # the mode when neither the service nor the sentence says
    reader: Callable | None = None  # reads a match itself: (form, match, context)
    fallback: bool = False  # only when no other form read the sentence
    over_text: bool = False  # the pattern runs over the sentence's text, not its skeleton

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern)


_COMPILED: dict[str, re.Pattern] = {}


def _compiled(pattern: str) -> re.Pattern:
    regex = _COMPILED.get(pattern)
    if regex is None:
        regex = _COMPILED[pattern] = re.compile(pattern)
    return regex


@dataclass
class Route:
    name: str | None
    origin: str | None
    destinations: list[str]
    via: list[str]
    mode: str
    opened: str | None = None
    opened_year_inferred: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    corridor: str | None = None
    names: list[str] = field(default_factory=list)
    form: str = ""


@dataclass
class CorridorMention:
    """A corridor a document names without a route of its own (西部陆海新通道 alone)."""

    name: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def mode(self) -> str:
        return next(c.mode for c in CORRIDORS if c.name == self.name)


class Context:
    """What a form reads a sentence with, and what the sentence says as a whole (found
    once, whatever number of matches read it: a sentence of 20,000 service names takes
    linear time)."""

    def __init__(self, sent: Sentence, text: str, gaz: Gazetteer, anchor: str | None):
        self.sent, self.text, self.gaz = sent, text, gaz
        self.anchor = anchor  # the port the sentence before was about

    @cached_property
    def first_origin(self) -> re.Match | None:
        skeleton = self.sent.skeleton
        return ORIGIN.search(skeleton) or _GOODS_FROM.search(skeleton)

    @cached_property
    def first_destinations(self) -> re.Match | None:
        return DESTINATIONS.search(self.sent.skeleton)

    @cached_property
    def stops(self) -> list[str]:
        sent = self.sent
        return [
            x
            for v in VIA.finditer(sent.skeleton)
            for x in sent.places_in(v.group("list") or v.group("v"))
        ]

    @cached_property
    def corridors(self) -> dict[str, str]:
        return corridors_in(self)

    @cached_property
    def said_mode(self) -> str | None:
        """The mode the sentence's words say (looked up once: many matches ask)."""
        return mode_of(self.text, None)

    def mode(self, default: str | None = "unspecified") -> str | None:
        """The sentence's mode, else ``default``."""
        return self.said_mode or default

    @cached_property
    def transport(self) -> bool:
        """Whether the sentence has a word of freight transport."""
        return TRANSPORT_CUE.search(self.text) is not None

    @cached_property
    def ends(self) -> tuple[list[str], list[str]]:
        """The sentence's destinations and stops after its first origin."""
        return _ends_after(self.sent, self.first_origin.end() if self.first_origin else 0, self.gaz)


# --------------------------------------------------------------------------- readers
_QUOTES_SPACES = re.compile(r"[“”\"‘’「」『』\s]")
_RIVER_SERVICE = re.compile("快线|航线|班轮")
_SERVICE_TAIL = re.compile(r"(?:铁海联运)?(?:班列|专列|列车)?")
_PORT_AFTER = re.compile(rf"[^，。；,;]{{0,8}}?(?:前往|驶往|至|到达|抵达|直达)(?P<p>{P})")
# What comes before a service's name in its clause (今年开行的渝甬班列: 渝甬班列)
_NAME_LEAD = re.compile(r"^.*(?:的|了|开行|开通|开出|运行|实现|常态化|首趟|首列|一列|这趟|该)")
_BRACKETS = re.compile(_BRACKETED)
_MODE_RES = tuple((mode, re.compile("|".join(words))) for mode, words in MODE_WORDS)


def mode_of(text: str, default: str | None = "unspecified") -> str | None:
    """The first mode of :data:`MODE_WORDS` one of whose words ``text`` contains."""
    for mode, words in _MODE_RES:
        if words.search(text):
            return mode
    return default


def _clean_name(s: str) -> str:
    return _QUOTES_SPACES.sub("", s)


def _name_of(ctx: Context, start: int, end: int) -> str:
    sent = ctx.sent
    t_start, t_end = sent.text_span(start, end)
    return _clean_name(ctx.text[t_start - sent.start : t_end - sent.start])


def _to_port(place: str | None, mode: str, ctx: Context) -> str | None:
    """Move a water route's region endpoint to its port (named here, else its only one)."""
    gaz = ctx.gaz
    p = gaz.places.get(place) if place else None
    if p is None or p.level == "port" or mode not in WATER_MODES:
        return place
    hosted_here = [q for q in ctx.sent.of_class("P") if gaz.places[q].host == place]
    if hosted_here:
        return hosted_here[0]
    return gaz.port_of(place) or place


def _route(form, name, origin, dests, via, mode, ctx: Context, *, corridor=None) -> Route:
    origin = _to_port(origin, mode, ctx)
    dests = [d for d in (_to_port(x, mode, ctx) for x in dests) if d != origin]
    dests = list(dict.fromkeys(dests))
    via = [v for v in dict.fromkeys(via) if v != origin and v not in dests]
    return Route(name, origin, dests, via, mode, corridor=corridor, form=form.name)


def _read_groups(
    form: RouteForm, m: re.Match, ctx: Context, *, origin: str | None = None
) -> list[Route]:
    """The generic reader: the form's groups (see the module docs); ``origin``, a token
    standing for the origin where the form's group for it has another name."""
    sent = ctx.sent
    groups = m.groupdict()
    if origin is not None:
        groups["o"] = origin
    via: list[str] = []
    if groups.get("chain"):
        origins, dests, via = _chain(sent, groups["chain"], ctx.gaz)
    else:
        origins = sent.places_in(groups["o"]) if groups.get("o") else []
        dests = sent.places_in(groups["d"]) if groups.get("d") else []
    if groups.get("beyond"):
        via, dests = via + dests, sent.places_in(groups["beyond"])
    if groups.get("v"):
        via += sent.places_in(groups["v"])
    name = None
    if form.named:
        span = m.span("name") if groups.get("name") is not None else m.span()
        name = _name_of(ctx, *span) or None
    tail = groups.get("tail") or ""
    if BY_AIR.search(tail) or (name and BY_AIR.search(name)):
        return []
    mode = mode_of(name or tail, None) or ctx.mode(form.water)
    out = []
    for origin in origins:
        ends = [_destination_after(sent, m.end(), d, mode, ctx) for d in dests]
        out.append(_route(form, name, origin, ends, via, mode, ctx))
    return out


def _read_chain_list(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """泸州—成都、泸州—昆明班列: each chain of the list a route of the service."""
    sent = ctx.sent
    mode = mode_of(m.group("tail"), None) or ctx.mode(form.water)
    out = []
    for chain in _CHAIN_RE.finditer(m.group("chains")):
        origins, dests, via = _chain(sent, chain.group(), ctx.gaz)
        if origins and dests:
            out.append(_route(form, None, origins[0], dests, via, mode, ctx))
    return out


def _chain(
    sent: Sentence, chain: str, gaz: Gazetteer | None = None
) -> tuple[list[str], list[str], list[str]]:
    """A chain's origin (a list of at most one), destinations and stops: its links are
    its places between the dashes, 至 and 经 (asides left out, but a place in an aside
    that lies in the place before it stands for that place: 越南(河内)—中国(重庆))."""
    if gaz is not None:
        chain = _PLACE_IN_ASIDE.sub(
            lambda m: (
                m.group(2)
                if _inside(sent.place(m.group(2)), sent.place(m.group(1)), gaz)
                else m.group(1)
            ),
            chain,
        )
    chain = _BRACKETS.sub("", chain)
    links = [sent.places_in(part) for part in re.split(f"{DASH}+|至|经", chain) if part]
    return links[0][:1], links[-1], [x for link in links[1:-1] for x in link]


def _destination_after(sent: Sentence, k_end: int, default: str, mode: str, ctx: Context) -> str:
    """``…前往涪陵港``: a port named after the service that sits in the destination region."""
    m = _PORT_AFTER.match(sent.skeleton, k_end)
    if m:
        port = sent.place(m.group("p"))
        if ctx.gaz.places[port].host == default:
            return port
    return _to_port(default, mode, ctx)


def _read_bracket_ends(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """渝甬班列(重庆—宁波): the name is read backwards from the bracket."""
    skeleton = ctx.sent.skeleton
    service = _SERVICE_BEFORE.search(skeleton, max(0, m.start() - 14), m.start())
    if service is None:
        return []
    name = _NAME_LEAD.sub("", _name_of(ctx, *service.span())) or None
    mode = mode_of(name or "", None) or ctx.mode(form.water)
    origin, dest = ctx.sent.place(m.group("o")), ctx.sent.place(m.group("d"))
    return [_route(form, name, origin, [dest], [], mode, ctx)]


def _read_composite(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """沪渝集装箱直达快线(万州航线): a composite names both ends."""
    sent, gaz = ctx.sent, ctx.gaz
    surface = sent.hit(m.group("c"))[2]
    if surface.form != "composite" or len(surface.places) != 2:
        return []
    name = _name_of(ctx, *m.span())
    mode = mode_of(name, None) or ctx.mode()
    if mode == "unspecified" and _RIVER_SERVICE.search(name):
        mode = "river"
    home = [p for p in surface.places if p == "重庆市"]
    away = [p for p in surface.places if p != "重庆市"]
    origin = sent.place(m.group("x")) if m.group("x") else (home or surface.places)[0]
    dests = away if home else list(surface.places[1:])
    # "渝黔"班列从团结村出发开往贵阳: the ends the sentence names inside the composite's
    start = ctx.first_origin
    if start:
        place = _origin(sent, start, gaz)
        if _within(place, origin, gaz):
            origin = place
    end = ctx.first_destinations
    if end:
        named = sent.places_in(end.group("list"))
        inside = {d: [x for x in named if _within(x, d, gaz)] for d in dests}
        if named and not any(inside.values()):
            # "渝黔桂新"班列…经贵阳、南宁抵达钦州港: the composite is the start of a
            # longer name, and the sentence's end lies beyond it
            dests = named
        else:
            dests = [x for d in dests for x in inside[d] or [d]]
    via = ctx.stops
    return [_route(form, name, origin, dests, via, mode, ctx)]


def _read_transship(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """宜宾港…的集装箱在果园港中转: the first leg, to the hub."""
    origin, hub = ctx.sent.place(m.group("o")), ctx.sent.place(m.group("v"))
    return [Route(None, origin, [], [hub], ctx.mode("river"), form=form.name)]


def _read_movement(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """从X出发…驶往Y、Z (or a corridor's service from a place): the sentence's ends."""
    sent, gaz, skeleton = ctx.sent, ctx.gaz, ctx.sent.skeleton
    # (up to where the sentence starts another movement: …从广元起锚,…船舶可从广元直达上海;
    # every bound here keeps a sentence of many movements linear)
    then = ORIGIN.search(skeleton, m.end())
    end = then.start() if then else len(skeleton)
    if _CAN.search(skeleton, max(0, m.start() - 3), m.start()) or _A_WAY.search(
        skeleton, m.end(), end
    ):
        return []  # (船舶可从广元直达上海; 一条从广元出发…至重庆的水上通道: no service)
    origin = _origin(sent, m, gaz)
    dests, via = _ends_after(sent, m.end(), gaz, end)
    if not dests:  # (一条通往桐梓县的班车从綦江港首发: the end named first, in its clause)
        dests, via = _ends_after(sent, max(0, m.start() - _NAMED_FIRST), gaz, m.start())
        dests = [d for d in dests if d != origin]
    mode = ctx.mode()
    if not dests or (mode == "unspecified" and not ctx.transport):
        return []
    if len(dests) > 1 and _RESPECTIVELY.search(skeleton, m.end(), end):
        # 两列班列从兴隆场站分别发往河内和阿拉木图: a route each
        return [_route(form, None, origin, [d], via, mode, ctx) for d in dests]
    return [_route(form, None, origin, dests, via, mode, ctx)]


# How far before a movement its end may be named (一条通往桐梓县的班车从綦江港首发)
_NAMED_FIRST = 30
_INNER = re.compile(f"的({T})")
# What ships can do, and a waterway from a place to another, are no service
_CAN = re.compile(r"(?:可|能|可以|能够)\s*\Z")
_A_WAY = re.compile(
    f"{T}[^，。；,;\ue000-\uefff]{{0,4}}的[^，。；,;\ue000-\uefff]{{0,8}}?(?:通道|航道|水道|走廊)"
)
_RESPECTIVELY = re.compile(r"分别(?:运抵|驶往|发往|运往|开往|抵达|到达|直达|前往|驶向|运至|通往)")


def _ends_after(
    sent: Sentence, k: int, gaz: Gazetteer, end: int | None = None
) -> tuple[list[str], list[str]]:
    """The destinations and stops a sentence names after skeleton index ``k``: its last
    destination (…至德国的杜伊斯堡), and the places it passes (经达州…到达阿拉山口,进入
    哈萨克斯坦) in the order it names them."""
    skeleton = sent.skeleton
    stops: list[tuple[int, list[str]]] = []
    dests: list[str] = []
    end = len(skeleton) if end is None else end
    for d in DESTINATIONS.finditer(skeleton, k, end):
        if dests:
            stops.append((d.start(), dests))
        dests = sent.places_in(d.group("list"))
        inner = _INNER.match(skeleton, d.end())
        if inner and len(dests) == 1 and _within(sent.place(inner.group(1)), dests[0], gaz):
            dests = [sent.place(inner.group(1))]  # (抵达菲律宾的马尼拉港: the port)
    for v in VIA.finditer(skeleton, k, end):
        stops.append((v.start(), sent.places_in(v.group("list") or v.group("v"))))
    via = [x for _, places in sorted(stops, key=lambda s: s[0]) for x in places]
    return dests, [x for x in via if x not in dests]


def corridors_in(ctx: Context) -> dict[str, str]:
    """The corridors a sentence names: canonical name -> its name as written (…专列)."""
    out: dict[str, str] = {}
    for c in _CORRIDOR_RE.finditer(ctx.text):
        tail = _SERVICE_TAIL.match(ctx.text, c.end())
        out.setdefault(_CORRIDOR_OF[c.group()].name, c.group() + (tail.group() if tail else ""))
    return out


def _read_corridor(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """A corridor's service from a place to places the sentence names."""
    sent, gaz = ctx.sent, ctx.gaz
    corridor = _CORRIDOR_OF[m.group()]
    origin = _origin(sent, ctx.first_origin, gaz) if ctx.first_origin else None
    # (without a destination, the route is only a part: it joins the corridor's route
    # from the same place if the document has one, else it is a corridor mention)
    dests, via = ctx.ends
    # (else its first port, not one it passes or goes to: 经磨憨口岸出境前往老挝)
    ports = [p for p in sent.of_class("P") if p not in ctx.stops and p not in dests]
    start = origin or next(iter(ports), None) or ctx.anchor
    if start is None:
        return []
    mode = corridor.mode if corridor.mode == "rail-sea" else ctx.mode(corridor.mode)
    name = ctx.corridors[corridor.name]
    return [_route(form, name, start, dests, via, mode, ctx, corridor=corridor.name)]


def _origin(sent: Sentence, m: re.Match, gaz: Gazetteer) -> str:
    """The place an :data:`ORIGIN` (or :data:`_GOODS_FROM`) match starts from: 从重庆团结村
    starts from 团结村."""
    groups = m.groupdict()
    for group in ("o2", "o3", "o4", "o5"):
        if groups.get(group):
            return sent.place(groups[group])
    place = sent.place(m.group("o"))
    if m.group("inner"):
        inner = sent.place(m.group("inner"))
        if _within(inner, place, gaz):
            return inner
    return place


def _inside(name: str, area: str, gaz: Gazetteer) -> bool:
    """Whether place ``name`` lies in ``area``, a country included (重庆 in 中国)."""
    if area in gaz.ancestors(name) or _within(name, area, gaz):
        return True
    place, outer = gaz.places.get(name), gaz.places.get(area)
    if place is None or outer is None or outer.level != "country" or not place.province:
        return False
    province = gaz.places.get(place.province)
    return (
        area == "中国" and province is not None and province.level in ("province", "municipality")
    )


def _within(name: str, area: str, gaz: Gazetteer) -> bool:
    """Whether place ``name`` lies in ``area`` (itself, its province, a port's host's)."""
    if name == area:
        return True
    place = gaz.places.get(name)
    if place is None:
        return False
    if place.level == "port" and place.host:
        return _within(place.host, area, gaz)
    return place.province == area or place.parent == area


# organisation words between a place and a verb, with no other place inside, and no 的
# (越南腰果的班列启程: where the cargo is from)
ORG_NT = '[^\ue000-\uefff，,。；;：:！!？?、“”"（）()的]{0,12}?'
# What someone does rather than where something leaves: 由X主导开行, 由X合作打造
_AGENCY = "打造|主导|组织|负责|承办|承运|牵头|合作|共同|联合|发起|建设|推动|投资|运营"
_DEPART = "出发|始发|启程|起航|启航|首发|发车|发出|驶出|驶离|开出|离港|解缆|鸣笛|完成装船"
ORIGIN = re.compile(
    # (not 记者从沙坪坝区获悉: where a report comes from)
    # (not 来自越南的产品: where goods were made; not 由中国西部省份…打造: who does it)
    rf"(?:从|由|(?<!来)自)(?P<o>{T})(?P<inner>{T})?(?![^，。；;]{{0,8}}?(?:获悉|了解到|得知))"
    rf"(?![^，。；;]{{0,14}}?(?:{_AGENCY}))"
    # (not 向老挝万象发出: sent toward it)
    rf"|(?<![向往朝])(?P<o2>{T}){ORG_NT}(?:{_DEPART}|是[^，。]{{0,12}}始发)"
    rf"|(?:驶出|驶离|开出|发自|离开)(?P<o3>{T})"
    # 在重庆团结村中心站,…班列…驶出站台: where it stands as it leaves
    # (not 在中国访问…迎接从河内驶往重庆的班列: an explicit 从 before the verb starts it)
    rf"|在(?P<o4>{T})(?=(?:(?!从|由)[^。；;]){{0,40}}?(?:{_DEPART}|发往|运往|驶往|开往))"
    # 湖北宜昌的2万吨磷矿石运抵果园港, 来自福建三明的陶瓷: where the goods come from
    rf"|(?:来自)?(?P<o5>{T})的(?=[^，。；;\ue000-\uefff]{{0,20}}?(?:运抵|运往|运至|发往|驶往|抵达))"
)
# 来自巴西的纸浆…转运至重庆: where goods come from, when nothing else is said to leave
_GOODS_FROM = re.compile(f"来自(?P<o>{T})(?P<inner>{T})?")
# (a few words may stand between the verb and the place: 开往1.1万公里外的德国杜伊斯堡)
DESTINATIONS = re.compile(
    r"(?:(?:运抵|驶往|发往|运往|开往|抵达|到达|直达|前往|驶向|运至|通达|通往|驶抵|直奔|开赴|直抵|抵|终点为|终点站为|终到|向着|朝着)"
    r"(?:至|到)?"
    rf"(?:(?!{SERVICE})[^，。；,;：:()（）“”\ue000-\uefff]){{0,10}}?|至(?={T}))"
    rf"(?P<list>{TLIST})"
)
VIA = re.compile(
    rf"(?:途经|经由|经停|经|通过|进入|转入|再转|穿越|过境)(?P<list>{T}(?:[、和及]{T})*)"
    rf"|在(?P<v>{T})(?:中转|转运|换装)"
)
_SERVICE_ENDS = "|".join(dict.fromkeys([*(w[-2:] for w in SERVICE_WORDS), "铁路"]))
_SERVICE_BEFORE = re.compile(rf"{CLAUSE}{{0,10}}(?:{SERVICE}|铁路)\Z")

# --------------------------------------------------------------------------- the forms
_OPEN = (
    f"(?:开行|开通|开辟|开出|开设|发出|开)了?(?:[一两二三四五六七八九十\\d]+条)?(?:经(?P<v>{T}))?"
    "(?:至|到|往|前往|通往|直达)"
)
_GO = "开往|驶往|发往|通往|驶向|运往"

ROUTE_FORMS: tuple[RouteForm, ...] = (
    RouteForm(
        "X—Y、X—Y service",
        # a list of chains sharing one service word, one route each: 泸州—成都、泸州—昆明
        # 铁水联运班列; 泸州—武汉—台湾、泸州—南京—韩国近洋航线 (the middle a stop)
        rf"(?P<chains>{_CHAIN}(?:、{_CHAIN})+)"
        rf"{_TAIL}",
        (
            Example(
                "已开通江津—成都、江津—昆明铁水联运班列。",
                "江津区",
                ("昆明市",),
                mode="rail-river",
            ),
            Example(
                "重庆共有忠县一宜昌、万州一宜昌两条滚装航线。", "万州港", ("宜昌港",), mode="river"
            ),
            Example(
                "开行宜宾—武汉—釜山、宜宾—南京—大阪集装箱近洋航线。",
                "宜宾港",
                ("大阪",),
                ("南京市",),
                "river-sea",
            ),
        ),
        reader=_read_chain_list,
    ),
    RouteForm(
        "service: X—Y X—Y",
        # a service word, then its lines listed: 已开通6条核心线路:成都—罗兹 成都—莫斯科;
        # 开通集装箱班轮航线:泸州—上海、泸州—南京 (one route each)
        rf"(?P<tail>{SERVICE}(?:航线|班轮)?)[:：]\s*"
        rf"(?P<chains>{_CHAIN}(?:[\s、,，]+{_CHAIN})+)",
        (
            Example(
                "中欧班列已开通核心线路:成都—罗兹 成都—莫斯科 杜伊斯堡—成都。",
                "杜伊斯堡",
                ("成都市",),
                mode="rail",
            ),
            Example(
                "开通集装箱班轮航线:泸州—上海、泸州—南京。", "泸州港", ("南京港",), mode="river"
            ),
        ),
        water="unspecified",  # (线路 says no mode: the sentence's words, else none)
        reader=_read_chain_list,
    ),
    RouteForm(
        "X、Y至Z service",
        # a list of origins to one end, one route each: 开通水富港、广元港、南充港至果园港的
        # 水水中转穿梭巴士
        # (the first not the end of a chain before it: 忠县—南京、忠县—太仓)
        rf"(?<!{DASH[:-1]}至一])(?P<o>{T}(?:[、和及]{T})+)(?:至|到|{DASH}{{1,2}})(?P<d>{T})"
        rf"(?!{DASH}|至|[、和及]{T})"
        rf"{_TAIL}",
        (
            Example(
                "果园港相继开通水富港、广元港、南充港至果园港的水水中转穿梭巴士。",
                "广元港",
                ("果园港",),
                mode="river",
            ),
            Example(
                "重庆、忠县、万州至宜昌的滚装航线有三条。", "忠县港", ("宜昌港",), mode="river"
            ),
        ),
    ),
    RouteForm(
        "X—Y service",
        # places joined by dashes or 至 and a service word: 涪陵—上海集装箱班轮航线,
        # 泸州至珞璜至果园港水水中转航线, 重庆——宜宾、泸州支线, 万州至上海至宁波直达越南、泰国航线
        rf"(?P<chain>[“\"]?{T}[“”\"]?(?:{_BRACKETED})?(?:{_LINK})+(?:、{T})*)"
        rf"(?:直达(?P<beyond>{TLIST}))?{_TAIL}",
        (
            Example(
                "3月1日,“涪陵—上海”集装箱班轮航线正式开通。", "涪陵港", ("上海港",), mode="river"
            ),
            Example(
                "泸州至珞璜港至果园港的水水中转航线已常态运行。", "泸州港", ("果园港",), ("珞璜港",)
            ),
            Example("忠县——石柱、丰都集装箱支线班轮开通。", "忠县港", ("石柱县", "丰都港")),
            Example("“万州—南京”集装箱直航昨日驶离码头。", "万州港", ("南京港",), mode="river"),
            Example("万州一宜昌滚装航线恢复运行。", "万州港", ("宜昌港",), mode="river"),
            Example(
                "遵义至涪陵至上海铁水联运班列发车。",
                "遵义市",
                ("上海市",),
                ("涪陵区",),
                "rail-river",
            ),
        ),
        named=True,
    ),
    RouteForm(
        "service (X—Y)",
        # 渝甬班列(重庆—宁波), 中老铁路(江津—万象): the ends in brackets after the service.
        # (Read from the bracket and checked behind, a fixed width: a run before the
        # service, tried at every character, costs 20 times as much.)
        rf"[(（](?<=(?:{_SERVICE_ENDS})[(（])(?P<o>{T}){DASH}{{1,2}}(?P<d>{T})[)）]",
        (
            Example("今年开行的渝甬班列(重庆—宁波)运量大增。", "重庆市", ("宁波市",), mode="rail"),
            Example("首趟中老铁路(江津—万象)昨日开出。", "江津区", ("万象",), mode="rail"),
        ),
        reader=_read_bracket_ends,
    ),
    RouteForm(
        "X开通至Y的service",
        # 涪陵港开行至泸州港的集装箱班轮; 广元港、广安港相继开通至重庆港的班轮 (one each);
        # 綦江港通往桐梓县的公路班车
        rf"(?P<o>{TLIST}){CLAUSE}{{0,8}}?(?:{_OPEN}|{_GO})(?P<d>{TLIST})"
        rf"{_TAIL}",
        (
            Example("涪陵港开行至四川泸州港的集装箱班轮。", "涪陵港", ("泸州港",)),
            Example("广元港、广安港相继开通至重庆港的集装箱班轮。", "广安港", ("重庆港",)),
            Example("綦江港通往桐梓县的集装箱公路班车开通。", "綦江港", ("桐梓县",), mode="road"),
            Example("泸州港将开通经武汉至日本的近洋航线。", "泸州港", ("日本",), ("武汉市",)),
        ),
    ),
    RouteForm(
        "Y班列…驶出X",
        # 布达佩斯直达班列驶出重庆团结村站: a train named by where it goes, and where it leaves
        rf"(?P<d>{T})[”\"]?(?P<tail>(?:直达|国际)?(?:班列|专列|货运班列))[^。；;]{{0,30}}?"
        rf"(?:(?:驶出|驶离|开出|从|由)(?P<o>{T})|(?P<o2>{T})[^。；;\ue000-\uefff]{{0,6}}?(?:{_DEPART}))",
        (
            Example(
                "6月19日,布达佩斯直达班列驶出重庆团结村站。", "团结村", ("布达佩斯",), mode="rail"
            ),
        ),
        reader=lambda form, m, ctx: (
            []
            if ctx.sent.hit(m.group("d"))[2].form == "composite"  # (“渝黔”班列: both ends)
            else _read_groups(form, m, ctx, origin=m.group("o") or m.group("o2"))
        ),
    ),
    RouteForm(
        "X与Y开通service",
        # 果园港与涪陵港开通"水水中转"穿梭巴士: a service opened between two ports
        rf"(?P<o>{P})(?:与|和|及)(?P<d>{P})(?:之间|间)?(?P<tail>{CLAUSE}{{0,6}}?"
        rf"(?:开通|开行|开辟|开设|实现){CLAUSE}{{0,14}}?{SERVICE})",
        (Example("果园港与涪陵港开通“水水中转”穿梭巴士。", "果园港", ("涪陵港",)),),
    ),
    RouteForm(
        "往返于X和Y之间",
        # 该航线往返于万州港和上海港之间 (the first-named end first)
        rf"(?:往返|往来|穿梭|运行)于?(?P<o>{T})(?:和|与|及|至|、)(?P<d>{T})(?:之间|间)",
        (Example("该航线往返于万州港和上海港之间。", "万州港", ("上海港",)),),
    ),
    RouteForm(
        "往返于X—Y—Z之间",
        # a chain of ports the service calls at, both ways
        rf"(?:往返|往来|穿梭|运行)于?(?P<chain>{T}(?:{_BRACKETED})?(?:{_LINK}){{2,}})(?:之间|间)",
        (
            Example(
                "快线往返于宜宾港—泸州港—果园港—上海港之间。",
                "宜宾港",
                ("上海港",),
                ("泸州港", "果园港"),
            ),
        ),
    ),
    RouteForm(
        "在X和Y之间往返",
        rf"在(?P<o>{T})(?:和|与|及|、)(?P<d>{T})(?:之间|间)(?:往返|往来|穿梭|运行)",
        (Example("货轮每周在城陵矶港和果园港之间往返一次。", "城陵矶港", ("果园港",)),),
    ),
    RouteForm(
        "composite service",
        # 沪渝集装箱直达快线(万州航线): a composite (沪渝) names both ends
        rf"(?P<c>{B})(?P<tail>{CLAUSE}{{0,14}}?(?:快线|航线|班轮|班列|专列|班车))"
        rf"(?P<paren>[”\"’]?\s*[(（](?P<x>{T})(?:航线|线|班轮)[)）])?",
        (
            Example(
                "沪渝集装箱直达快线(万州航线)6月22日首航。", "万州港", ("上海港",), mode="river"
            ),
        ),
        reader=_read_composite,
    ),
    RouteForm(
        "X…在Y中转",
        rf"(?P<o>{P})[^，。；,;\ue000-\uefff]{{0,24}}?在(?P<v>{P})(?:中转|转运|换装)",
        (Example("宜宾港的集装箱在果园港中转。", "宜宾港", (), ("果园港",)),),
        reader=_read_transship,
    ),
    RouteForm(
        "corridor",
        # 西部陆海新通道班列从果园港出发,驶往钦州港: a corridor's service with its ends
        _CORRIDOR_RE.pattern,
        (
            Example(
                "西部陆海新通道班列从鱼嘴站出发,驶往钦州港。",
                "鱼嘴站",
                ("钦州港",),
                mode="rail-sea",
            ),
        ),
        reader=_read_corridor,
        fallback=True,
        over_text=True,
    ),
    RouteForm(
        "从X出发…驶往Y",
        ORIGIN.pattern,
        (
            Example("满载汽配的班列从团结村出发,驶往德国、波兰。", "团结村", ("德国", "波兰")),
            Example("货轮自云阳港启程,一路驶向安庆港。", "云阳港", ("安庆港",)),
        ),
        reader=_read_movement,
        fallback=True,
    ),
)


# --------------------------------------------------------------------------- reading
def read_routes(
    sent: Sentence, text: str, anchor: str | None, gaz: Gazetteer
) -> tuple[list[Route], dict[str, str]]:
    """The routes one sentence names, and the corridors it names without a route.

    ``anchor`` is the port the sentence before was about (a corridor named with no place
    of its own starts there).
    """
    ctx = Context(sent, text, gaz, anchor)
    skeleton = sent.skeleton
    out: list[Route] = []
    if PASSENGERS.search(text) and not TRANSPORT_CUE.search(text):
        return out, {}
    for form in ROUTE_FORMS:
        refine_only = form.fallback and bool(out)
        regex = form.regex
        for m in regex.finditer(text if form.over_text else skeleton):
            read = form.reader or _read_groups
            before = len(out)  # (the routes of one match are distinct: a list of lines)
            for route in read(form, m, ctx):
                if route.origin is None:
                    continue
                existing = _matching(out[:before], route, gaz)
                if existing is not None:  # (named twice, or read by two forms)
                    _absorb(existing, route, gaz, ends_only=refine_only)
                elif not refine_only:
                    _add(out, route)
            if form.fallback and out:
                break
    corridors = ctx.corridors
    named = {r.corridor for r in out if r.corridor}
    return out, {c: n for c, n in corridors.items() if c not in named and not out}


def _same_ends(
    a: Route, b: Route, gaz: Gazetteer, *, exactly: bool = False, areas: bool = True
) -> bool:
    """Whether two routes join the same places: each end one place, or one in the other
    (果园港 and 重庆港, 龙头港 and 涪陵区); a stop of one may be an end of the other, and
    the ends of one may be some of the other's (达州—万象, and 达州 to 琅勃拉邦 and 万象),
    unless ``exactly``."""
    holds = gaz.holds if areas else partial(_holds_in_country, gaz)
    if not holds(a.origin, b.origin):
        return False
    ends_a, ends_b = [*a.destinations, *a.via], [*b.destinations, *b.via]
    a_in_b = all(any(holds(x, y) for y in ends_b) for x in a.destinations)
    b_in_a = all(any(holds(x, y) for y in ends_a) for x in b.destinations)
    if a.destinations and b.destinations and not exactly:
        return a_in_b or b_in_a
    return a_in_b and b_in_a


def _holds_in_country(gaz: Gazetteer, a: str, b: str) -> bool:
    """:meth:`Gazetteer.holds`, but not a part of the world (欧洲) holding a place in it."""
    if a != b and "area" in (
        getattr(gaz.places.get(a), "level", None),
        getattr(gaz.places.get(b), "level", None),
    ):
        return False
    return gaz.holds(a, b)


def _near(a: Route, b: Route, sentences: int = 1) -> bool:
    """Whether two routes are told within a few sentences of each other (their last
    sentences: they are read in order, so a route repeated all over a long text costs
    no more each time)."""
    return any(
        abs(x.sentence - y.sentence) <= sentences for x in a.evidence[-2:] for y in b.evidence[-2:]
    )


def _finer(a: str, b: str, gaz: Gazetteer) -> str:
    """Of two places one of which holds the other, the one inside (the text's most specific)."""
    return b if a in gaz.ancestors(b) else a


def merge_route(
    routes: list[Route], route: Route, gaz: Gazetteer, *, among: int | None = None
) -> Route:
    """Add a document's route, or merge it into the one it repeats: the same service
    named again (by its name, or by its ends, the most specific places kept) is one route
    with all its names. ``among``: only the first routes of ``routes`` may be the one it
    repeats (the routes of one sentence were merged as they were read)."""
    existing = _matching(routes[:among] if among is not None else routes, route, gaz)
    if existing is None:
        _add(routes, route)
        return route
    _absorb(existing, route, gaz)
    return existing


def _add(routes: list[Route], route: Route) -> None:
    routes.append(route)
    if route.name and route.name not in route.names:
        route.names.append(route.name)


def _matching(routes: list[Route], route: Route, gaz: Gazetteer) -> Route | None:
    """The route of ``routes`` that ``route`` names again, if any: one from the same
    place before one from a place that holds it (忠县—宜昌 is not 重庆—宜昌 again)."""
    found = None
    for existing in routes:
        if existing.corridor != route.corridor and existing.corridor and route.corridor:
            continue
        if route.corridor and not (route.destinations and existing.destinations):
            continue  # (a part of a corridor's route: settled at the end, settle_corridors)
        same_mode = existing.mode == route.mode or "unspecified" in (existing.mode, route.mode)
        # (a river liner told again as a 近洋 line: one service, when its ends are the same)
        legs_of_mode = not same_mode and finer_mode(existing.mode, route.mode) is not None
        same_name = route.name and route.name == existing.name
        # (a train to 欧洲 told as a train to 杜伊斯堡 a sentence on is one; a train to
        # 东盟国家 the day before one to 河内 is another)
        areas = not route.evidence or not existing.evidence or _near(existing, route)
        if (
            (same_name and gaz.holds(existing.origin, route.origin))
            or (same_mode and _same_ends(existing, route, gaz, areas=areas))
            or (legs_of_mode and _same_ends(existing, route, gaz, exactly=True, areas=areas))
        ):
            if existing.origin == route.origin:
                return existing
            found = found or existing
    return found


def _absorb(existing: Route, route: Route, gaz: Gazetteer, *, ends_only: bool = False) -> None:
    """Merge ``route`` into ``existing``, the route it names again; ``ends_only``: take
    only its more specific names of the same ends (a movement told with a named line:
    驶离涪陵黄旗港…直达宁波舟山港 for the 重庆港—宁波舟山港 line, whose goods go on by sea
    on another service)."""
    existing.origin = _finer(existing.origin, route.origin, gaz)
    for d in route.destinations:
        held = next((i for i, x in enumerate(existing.destinations) if gaz.holds(x, d)), None)
        if held is None and (ends_only or any(gaz.holds(v, d) for v in existing.via)):
            continue  # (a stop of the route told as its end: 班列到达钦州港, 换海船到越南)
        if held is None:
            existing.destinations.append(d)
        else:
            existing.destinations[held] = _finer(existing.destinations[held], d, gaz)
    for v in route.via if not ends_only else ():
        if v not in existing.via and v not in existing.destinations:
            existing.via.append(v)
    existing.via = [v for v in existing.via if v not in existing.destinations]
    existing.mode = finer_mode(existing.mode, route.mode) or existing.mode
    existing.corridor = existing.corridor or route.corridor
    if existing.opened is None and route.opened:
        existing.opened, existing.opened_year_inferred = route.opened, route.opened_year_inferred
    if route.name and route.name not in existing.names:
        existing.names.append(route.name)
        if existing.name is None or existing.name == existing.corridor:
            existing.name = route.name
    for ev in route.evidence:
        if all(e.sentence != ev.sentence for e in existing.evidence):
            existing.evidence.append(ev)


# The subject of a sentence that tells where a train or its goods go on to
_ONWARD_SUBJECT = re.compile("班列|列车|专列|货物|集装箱|货品")
# Only a rail-sea or rail service's route goes on over the sea (a river liner's goods
# shipped on from Shanghai are another service's)
_GOES_ON = ("rail-sea", "rail")
# What is planned, or was done before, is not where this train goes (远期将通过泛亚铁路
# 直达泰国; 此前货物要运到团结村火车站)
_PLANNED = re.compile("远期|将来|未来|计划|规划|拟|有望|力争|争取|此前|以前|过去|原先|原来")


def extend_route(
    routes: list[Route], last: Route, sent: Sentence, text: str, gaz: Gazetteer
) -> Route | None:
    """Extend a train's route with where a later sentence says it goes on to (班列将经
    钦州港运输至越南、印度: its destinations become stops, these its destinations).

    The train is the document's route whose destination the sentence passes through
    (再通过钦州港分拨至…), else the route read last, or the route from its place when
    that was only a corridor named there. Returns the route extended (or confirmed).
    """
    if not _ONWARD_SUBJECT.search(text) or ORIGIN.search(sent.skeleton) or _PLANNED.search(text):
        return None  # (a movement of its own, or a plan)
    dests, via = _ends_after(sent, 0, gaz)
    if not dests:
        return None
    if not last.destinations:
        last = next(
            (r for r in reversed(routes) if r.destinations and gaz.holds(r.origin, last.origin)),
            last,
        )
    route = next(
        (
            r
            for r in reversed(routes)
            if r.mode in _GOES_ON and any(gaz.holds(v, d) for v in via for d in r.destinations)
        ),
        last,
    )
    if route.mode not in _GOES_ON or any(gaz.holds(d, route.origin) for d in dests):
        return None
    if all(any(gaz.holds(d, x) for x in [*route.destinations, *route.via]) for d in dests):
        # (where it goes or passes, told again: by a finer name, 欧洲 then 杜伊斯堡)
        route.destinations = [
            next((_finer(x, d, gaz) for d in dests if gaz.holds(x, d)), x)
            for x in route.destinations
        ]
        return route
    stops = [*route.via, *route.destinations, *via]
    route.via = [
        v for v in dict.fromkeys(stops) if v not in dests and not gaz.holds(v, route.origin)
    ]
    route.destinations = list(dict.fromkeys(dests))
    return route


def settle_corridors(routes: list[Route], corridors: dict[str, CorridorMention]) -> list[Route]:
    """The routes, with each part of a corridor's route (a place on it, no destination)
    joined to the corridor's route from that place, or else made a corridor mention."""
    out = []
    for route in routes:
        if route.corridor and not route.destinations:
            whole = next(
                (
                    r
                    for r in routes
                    if r.corridor == route.corridor and r.origin == route.origin and r.destinations
                ),
                None,
            )
            if whole is not None:
                whole.evidence.extend(
                    e
                    for e in route.evidence
                    if all(e.sentence != w.sentence for w in whole.evidence)
                )
                whole.evidence.sort(key=lambda e: e.sentence)
            else:
                entry = corridors.setdefault(route.corridor, CorridorMention(route.corridor))
                entry.evidence.extend(route.evidence)
                entry.evidence.sort(key=lambda e: e.sentence)
            continue
        out.append(route)
    return out
