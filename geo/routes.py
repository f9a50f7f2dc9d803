"""Freight routes read from sentences: the words, patterns and readers of the route forms.

Each route form is one entry of :data:`cqmap.geo.route_forms.ROUTE_FORMS`: its name (recorded in the evidence),
its pattern over the sentence's skeleton (:mod:`cqmap.geo.skeleton`; a token ``T`` stands for
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
transhipments). The ``fallback`` forms — corridors (西部陆海新通道, 中欧班列) and plain
movements (``从X出发…驶往Y、Z``) — read a sentence no other form read; where one did,
they only make its ends more specific (驶离涪陵黄旗港 for a line named 重庆港—宁波舟山港).
A corridor named without a destination of its own is a *corridor* of the document, not
a route. How a sentence's routes become a document's is :mod:`cqmap.geo.route_reading`.

Modes: ``river``, ``rail``, ``rail-sea`` (铁海联运), ``rail-river`` (铁水联运), ``river-sea``
(江海联运), ``road``, ``unspecified``. Ends of water routes named as regions are moved to
the region's port (:meth:`cqmap.geo.gazetteer.Gazetteer.port_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.regions import ABBREVIATIONS, ABBREVIATIONS_AT_END
from cqmap.geo.skeleton import ANY, B, Evidence, P, Sentence
from cqmap.geo.vocabulary import CORRIDORS, MODES, WATER_MODES

__all__ = [
    "SERVICE_WORDS",
    "MODE_WORDS",
    "RouteForm",
    "Example",
    "Route",
    "CorridorMention",
    "BRACKETED",
    "CHAIN",
    "CLAUSE",
    "CORRIDOR_RE",
    "Context",
    "DASH",
    "DEPART",
    "LINK",
    "OPENING_CUE",
    "ORIGIN",
    "PASSENGERS",
    "ROUTE_HINTS",
    "SERVICE",
    "SERVICE_ENDS",
    "T",
    "TAIL",
    "TLIST",
    "TRANSPORT_CUE",
    "ends_after",
    "origin_of",
    "read_bracket_ends",
    "read_chain_list",
    "read_composite",
    "read_corridor",
    "read_groups",
    "read_movement",
    "TRANSFER",
    "read_from_anchor",
    "read_abbreviated",
    "ABBREVIATED",
    "NOT_A_COMPANY",
    "read_named_by_end",
    "read_transship",
]

# --------------------------------------------------------------------------- vocabulary
SERVICE_WORDS = (
    "班轮航线", "班轮", "航线", "快线", "班列", "专列", "班车", "航班", "水水中转", "直达",
    "专线", "穿梭巴士", "线路", "滚装船", "货轮", "货船", "直航", "快班", "列车",
    # (路线 alone is any way, 旅游路线: only a way of freight)
    "铁路路线", "物流路线", "运输路线", "货运路线", "运输新路线", "物流新路线",
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


CORRIDOR_RE = re.compile(
    "|".join(sorted((re.escape(n) for c in CORRIDORS for n in c.names), key=len, reverse=True))
)
_CORRIDOR_OF = {n: c for c in CORRIDORS for n in c.names}

# Words of a sentence that may name a route (it is read for routes only if it has one).
ROUTE_HINTS = (
    *SERVICE_WORDS, *(w for mode, words in MODE_WORDS[:3] for w in words),
    "运抵", "驶往", "发往", "运往", "开往", "通往", "驶向", "中转", "出发", "启程", "始发",
    "驶离", "驶出", "起航", "启航", "离港", "解缆", "抵达", "到达",
    "航运", "往返", "首航", "分拨", "运输至", "出口至", "运至", *(n for c in CORRIDORS for n in c.names),
)  # fmt: skip
TRANSPORT_CUE = re.compile(
    "班轮|航线|快线|班列|专列|班车|运抵|驶往|发往|运往|开往|通往|驶向|中转|货运|集装箱|货物|首航"
    # (a quantity of freight: 6.3万吨砂石, 108标箱)
    r"|\d万?(?:吨|标箱)"
)
# A sentence on passengers (客船, 动车) names no freight route.
PASSENGERS = re.compile("客船|客轮|游轮|客运|旅客|游客|动车|高铁|城际快巴|公交|客车")
# A line by air (烟台—巫山直飞航线) is no freight route of cqmap's modes
BY_AIR = re.compile("直飞|航班|飞机|民航|航空公司|机场")
OPENING_CUE = re.compile(
    "开通|开行|首航|首发|首开|首趟|首列|首班|首批|开航|启航|正式运营|正式运行|开通运营|投运|投入运营"
    "|启用|鸣笛|发车|常态化|首次|测试班列|试运行|试运营"
)

# --------------------------------------------------------------------------- pattern pieces
T = ANY  # any place
TLIST = f"{T}(?:[、和及与]{T})*"
# a character of the clause that is no place (route names and tails run over these)
CLAUSE = r"[^，。；,;：:\ue000-\uefff]"
SERVICE = f"(?:{'|'.join(SERVICE_WORDS)})"
DASH = "[—–\\-－~～]"
BRACKETED = r"[(（][^()（）]{0,16}[)）]"  # an aside: 内江(自贡)至…, 南通港(狼山码头)
# a link of a chain: dashes (one or two) or 至, a place, an aside in brackets
# (一 between two places stands for a dash in pages typed or recognised carelessly:
# 万州一宜昌)
LINK = f'(?:{DASH}{{1,2}}|至|经|一)[“”"]?{T}[“”"]?(?:{BRACKETED})?'
# A chain of places: 泸州—武汉—台湾, 泸州至珞璜港至果园港
CHAIN = f'[“"]?{T}[“”"]?(?:{BRACKETED})?(?:{LINK})+'
_CHAIN_RE = re.compile(CHAIN)
_PLACE_IN_ASIDE = re.compile(f"({T})[(（]({T})[)）]")
# The words between a route's ends and its service word: a clause, in which a grouping
# or a country may stand (…码头至南充河西码头的川渝水路货运航线); not a corridor's
# (欧洲-成都-东南亚货运列车通道)
# The words of a service named right after its ends (南宁到河内集装箱跨境班列): kinds of
# service only, no verb between (两江新区到万州区考察航线 is a visit)
SERVICE_KINDS = (
    "集装箱|跨境|国际|货运|冷链|直达|快速|铁海联运|海铁联运|铁水联运|水铁联运|江海联运|江海直达|"
    "多式联运|中欧|中亚|中老|中越"
)
TAIL = f"(?P<tail>(?:{CLAUSE}|{B}){{0,14}}?{SERVICE}(?:航线|班轮)?)(?!通道|大通道|走廊)"


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
            for x in sent.places_in(v.group("list") or v.group("v") or v.group("x"))
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
        k = self.first_origin.end() if self.first_origin else 0
        return ends_after(self.sent, k, self.gaz, remark_start(self.sent.skeleton, k))


# --------------------------------------------------------------------------- readers
_QUOTES_SPACES = re.compile(r"[“”\"‘’「」『』\s]")
_RIVER_SERVICE = re.compile("快线|航线|班轮")
# Services that say nothing of how they run (遂宁—钦州线路): no mode, where the form would
# take the river's
_ANY_SERVICE = re.compile("线路|专线")


def _unsaid(tail: str, water: str) -> str:
    """The mode of a service whose words and sentence say none: the form's, unless its
    word names no way of running (线路, 专线)."""
    return "unspecified" if _ANY_SERVICE.search(tail) and not _RIVER_SERVICE.search(tail) else water


_SERVICE_TAIL = re.compile(r"(?:铁海联运)?(?:班列|专列|列车)?")
_PORT_AFTER = re.compile(rf"[^，。；,;]{{0,8}}?(?:前往|驶往|至|到达|抵达|直达)(?P<p>{P})")
# What comes before a service's name in its clause (今年开行的渝甬班列: 渝甬班列)
_NAME_LEAD = re.compile(r"^.*(?:的|了|开行|开通|开出|运行|实现|常态化|首趟|首列|一列|这趟|该)")
_BRACKETS = re.compile(BRACKETED)
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
    """Move a water route's region endpoint to its port (named here, else its only one);
    a country stays itself (武汉至日本直达航线 goes to Japan, whichever port is named)."""
    gaz = ctx.gaz
    p = gaz.places.get(place) if place else None
    if p is None or p.level in ("port", "country") or mode not in WATER_MODES:
        return place
    hosted_here = [q for q in ctx.sent.of_class("P") if gaz.places[q].host == place]
    if hosted_here:
        return hosted_here[0]
    return gaz.port_of(place) or place


# Across the sea from China's rivers: abroad, and these three
_OVER_SEA = frozenset({"香港特别行政区", "澳门特别行政区", "台湾省"})


def _over_sea(name: str | None, gaz: Gazetteer) -> bool:
    """Whether a route's end lies across the sea from China's rivers (釜山, 门司港, 新加坡,
    东南亚, 香港)."""
    place = gaz.places.get(name) if name else None
    if place is None or name == "中国":
        return False
    if place.level in ("country", "area") or name in _OVER_SEA:
        return True
    return any(
        a in _OVER_SEA or (a != "中国" and getattr(gaz.places.get(a), "level", None) == "country")
        for a in gaz.ancestors(name)
    )


def _route(form, name, origin, dests, via, mode, ctx: Context, *, corridor=None) -> Route:
    if mode == "river" and any(_over_sea(x, ctx.gaz) for x in (origin, *dests)):
        mode = "river-sea"  # (荆州港直航日韩: a river liner to ports abroad goes by sea too)
    origin = _to_port(origin, mode, ctx)
    dests = [d for d in (_to_port(x, mode, ctx) for x in dests) if d != origin]
    dests = list(dict.fromkeys(dests))
    via = [v for v in dict.fromkeys(via) if v != origin and v not in dests]
    return Route(name, origin, dests, via, mode, corridor=corridor, form=form.name)


def read_groups(
    form: RouteForm, m: re.Match, ctx: Context, *, origin: str | None = None
) -> list[Route]:
    """The generic reader: the form's groups (see the module docs); ``origin``, a token
    standing for the origin where the form's group for it has another name."""
    sent = ctx.sent
    if not form.over_text and _CAN.search(sent.skeleton, max(0, m.start() - 6), m.start()):
        return []  # (可实现重庆港至舟山港全程直达: what ships can do, no service)
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
        start, end = m.span("name") if groups.get("name") is not None else m.span()
        skeleton = sent.skeleton
        name = _name_of(ctx, start, end) or None
        if skeleton[start - 1 : start] in ("(", "（"):
            # (中老铁路(江津—万象)国际货运列车: the ends in brackets after the service's name)
            service = _SERVICE_BEFORE.search(skeleton, max(0, start - 25), start - 1)
            if service is not None:
                name = _NAME_LEAD.sub("", _name_of(ctx, service.start(), start)) + (name or "")
    tail = groups.get("tail") or ""
    if BY_AIR.search(tail) or (name and BY_AIR.search(name)):
        return []
    mode = mode_of(name or tail, None) or ctx.mode(_unsaid(tail, form.water))
    out = []
    for origin in origins:
        ends = [_destination_after(sent, m.end(), d, mode, ctx) for d in dests]
        out.append(_route(form, name, origin, ends, via, mode, ctx))
    return out


def read_chain_list(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """泸州—成都、泸州—昆明班列: each chain of the list a route of the service."""
    sent = ctx.sent
    mode = mode_of(m.group("tail"), None) or ctx.mode(_unsaid(m.group("tail"), form.water))
    out = []
    for chain in _CHAIN_RE.finditer(m.group("chains")):
        origins, dests, via = _chain(sent, chain.group(), ctx.gaz)
        if origins and dests:
            out.append(_route(form, None, origins[0], dests, via, mode, ctx))
    return out


# What joins a chain's places (泰国一老挝一重庆: 一 typed for a dash, between two places)
_LINKS = re.compile(f'{DASH}+|至|经|(?<=[\ue000-\uefff])[“”"]?一(?=[“”"]?[\ue000-\uefff])')


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
    links = [sent.places_in(part) for part in _LINKS.split(chain) if part]
    return links[0][:1], links[-1], [x for link in links[1:-1] for x in link]


def _destination_after(sent: Sentence, k_end: int, default: str, mode: str, ctx: Context) -> str:
    """``…前往涪陵港``: a port named after the service that sits in the destination region."""
    m = _PORT_AFTER.match(sent.skeleton, k_end)
    if m:
        port = sent.place(m.group("p"))
        if ctx.gaz.places[port].host == default:
            return port
    return _to_port(default, mode, ctx)


def read_bracket_ends(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """渝甬班列(重庆—宁波): the name is read backwards from the bracket."""
    skeleton = ctx.sent.skeleton
    service = _SERVICE_BEFORE.search(skeleton, max(0, m.start() - 24), m.start())
    if service is None:
        return []
    # (its name, before the bracket: 西部陆海新通道铁海联运班列, not cut inside a word)
    name = _NAME_LEAD.sub("", _name_of(ctx, *service.span())) or None
    mode = mode_of(name or "", None) or ctx.mode(form.water)
    origin, dest = ctx.sent.place(m.group("o")), ctx.sent.place(m.group("d"))
    return [_route(form, name, origin, [dest], [], mode, ctx)]


def read_composite(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
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
        place = origin_of(sent, start, gaz)
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


def read_transship(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """宜宾港…的集装箱在果园港中转: the first leg, to the hub."""
    origin, hub = ctx.sent.place(m.group("o")), ctx.sent.place(m.group("v"))
    return [Route(None, origin, [], [hub], ctx.mode("river"), form=form.name)]


def read_movement(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """从X出发…驶往Y、Z (or a corridor's service from a place): the sentence's ends."""
    sent, gaz, skeleton = ctx.sent, ctx.gaz, ctx.sent.skeleton
    # (up to where the sentence starts another movement: …从广元起锚,…船舶可从广元直达上海;
    # every bound here keeps a sentence of many movements linear)
    clause = max(skeleton.rfind(c, 0, m.start()) for c in _CLAUSE_ENDS) + 1
    if _COMPARED.search(skeleton, clause, m.start()):
        return []  # (相较于从广东直接海运至欧洲: the way it is compared with, no route)
    if m.group("o5") and ORIGIN.search(skeleton, 0, m.start()):
        return []  # (从钦州港东站出发,载着巴西的纸浆运抵…: the cargo's origin, no route's)
    # (goods told by their origin are the cargo of the movement before, no movement of
    # their own)
    origin = origin_of(sent, m, gaz)
    more, listed = other_origins(sent, m, origin)  # (从X、Y等站点发出: not Y's movement)
    then = next((x for x in ORIGIN.finditer(skeleton, listed) if not x.group("o5")), None)
    end = then.start() if then else len(skeleton)
    # (or turns to a remark on it: …前往仪陇、南部等地,标志着…,这是继…到南充河西码头航线后的)
    end = remark_start(skeleton, m.end(), end)
    if _CAN.search(skeleton, max(0, m.start() - 3), m.start()) or _A_WAY.search(
        skeleton, m.end(), end
    ):
        return []  # (船舶可从广元直达上海; 一条从广元出发…至重庆的水上通道: no service)
    if PASSENGERS.search(skeleton, m.start(), _clause_end(skeleton, m.end(), end)):
        return []  # (从云阳开往万州、奉节的高速客船: passengers)
    transfer = TRANSFER.search(skeleton, m.end(), end)
    if transfer is not None:
        routes = _transferred(form, m, ctx, origin, transfer, end)
        if routes:
            return routes
    dests, via = ends_after(sent, m.end(), gaz, end)
    if not dests:  # (一条通往桐梓县的班车从綦江港首发: the end named first, in its clause)
        dests, via = ends_after(sent, max(0, m.start() - _NAMED_FIRST), gaz, m.start())
        dests = [d for d in dests if d != origin]
    mode = ctx.mode()
    if not dests or (mode == "unspecified" and not ctx.transport):
        return []
    if len(dests) > 1 and _RESPECTIVELY.search(skeleton, m.end(), end):
        if _SEVERAL.search(skeleton, 0, m.start()):
            # 两列班列从兴隆场站分别发往河内和阿拉木图: a route each (one train's goods
            # shipped on 分别 to two countries stay one route)
            return [_route(form, None, origin, [d], via, mode, ctx) for d in dests]
    return [_route(form, None, o, dests, via, mode, ctx) for o in (origin, *more)]


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
    if BY_AIR.search(tail) or PASSENGERS.search(tail):
        return []
    mode = mode_of(tail, None) or ctx.mode(_unsaid(tail, form.water))
    out = []
    for name in _ABBREVIATED_RE.findall(m.group("names")):
        chars = re.split(f"{DASH}+", name)
        places = [ABBREVIATIONS[c] for c in chars[:-1]]
        places.append(ABBREVIATIONS_AT_END.get(chars[-1], ABBREVIATIONS[chars[-1]]))
        if len(set(places)) != len(places) or not all(p in ctx.gaz.places for p in places):
            continue
        label = _clean_name(name + _NAME_LEAD.sub("", tail.lstrip(_CLOSE_QUOTE + "、和及等")))
        out.append(_route(form, label, places[0], [places[-1]], places[1:-1], mode, ctx))
    return out


def read_from_anchor(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """这趟班列将出发前往钦州港: a train or ship of the sentences before leaves for a place,
    and the sentence names no place it leaves from: it leaves from the port they were
    about (``ctx.anchor``), else it is no route."""
    sent, gaz = ctx.sent, ctx.gaz
    if ctx.anchor is None or ctx.first_origin is not None or not ctx.transport:
        return []
    if PASSENGERS.search(sent.skeleton) or _PLANNED_HERE.search(sent.skeleton, 0, m.start()):
        return []
    dests, via = ends_after(sent, m.start(), gaz, remark_start(sent.skeleton, m.start()))
    dests = [d for d in dests if not gaz.holds(d, ctx.anchor)]
    if not dests:
        return []
    return [_route(form, None, ctx.anchor, dests, via, ctx.mode(), ctx)]


# What may be, some day (未来…将可以通过西部陆海新通道直达…)
_FUTURE = re.compile("未来|将来|远期|今后")
# (计划/拟…出发前往: a plan, not a run)
_PLANNED_HERE = re.compile("计划|规划|拟|有望|力争|争取")
_CLAUSE_ENDS = "，。；,;"
_COMPARED = re.compile("相较|相比|比起|较之|对比|不同于")
# Where a sentence turns from a movement to a remark on it (…,标志着…; …,这是首趟…运抵重庆
# 的班列: the remark names its ends again, by coarser names)
_REMARK = re.compile("[，,；;](?:这也?是|(?:这也?|此举|并|从而)?(?:标志着|意味着)|是继)")


def remark_start(skeleton: str, k: int, end: int | None = None) -> int:
    """Where the sentence turns to a remark on what it told from skeleton index ``k``
    (``end``, or the skeleton's end, when it does not)."""
    end = len(skeleton) if end is None else end
    remark = _REMARK.search(skeleton, k, end)
    return remark.start() if remark else end


def _clause_end(skeleton: str, k: int, end: int) -> int:
    """Where the clause holding skeleton index ``k`` ends, at the latest ``end`` (a
    movement's service follows its ends: 开往万州、奉节的高速客船)."""
    ends = [i for i in (skeleton.find(c, k, end) for c in _CLAUSE_ENDS) if i >= 0]
    return min(ends, default=end)


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
    first = _route(form, None, origin, dests, via, mode, ctx)
    named = _SERVICE_RE.search(skeleton, transfer.end(), end) is not None
    if not named and then == "unspecified":
        # (随后换装海轮运往中东市场: the goods go on by some sea ship, no service told)
        return [first]
    leg = _route(form, None, hub, [d for d in onward if d != hub], onward_via, then, ctx)
    if named:
        leg.form = "transfer"  # (转搭…快线: a service of its own, not 换装海船出口)
    return [first, leg]


# The goods change to another service (到达湛江港后,转搭华南集装箱快线): a route ends there
TRANSFER = re.compile("转搭|转乘|换乘|换装|转装|改由|转由|转驳|转海船|转海轮|换海船|换海轮")
_SERVICE_RE = re.compile(SERVICE)
# How far before a movement its end may be named (一条通往桐梓县的班车从綦江港首发)
_NAMED_FIRST = 30
_INNER = re.compile(f"的?({T})")
# What ships can do, and a waterway from a place to another, are no service
_CAN = re.compile(r"(?:可|能|可以|能够)\s*(?:实现)?\s*\Z")
_A_WAY = re.compile(
    f"{T}[^，。；,;\ue000-\uefff]{{0,4}}的[^，。；,;\ue000-\uefff]{{0,8}}?(?:通道|航道|水道|走廊)"
)
# Several services told at once (两列班列, 3趟): 分别 then gives each its end
_SEVERAL = re.compile(r"(?:两|二|三|四|五|六|多|\d+)\s*(?:列|趟|艘|班|条)")
_RESPECTIVELY = re.compile(r"分别(?:运抵|驶往|发往|运往|开往|抵达|到达|直达|前往|驶向|运至|通往)")


# Goods handed on where a run ends, in China (抵达重庆后将运转至成都及周边地区进行分销)
_DISTRIBUTED = re.compile(r"后[，,]?\s*(?:将|再|随即|即|被)*(?:运转|分拨|配送|分销|转运|疏运)至?\Z")


def ends_after(
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
        bare = d.group().startswith("到") and not d.group().startswith("到达")
        if bare and not _carried_to(skeleton, k, d.start()):
            continue  # (从重庆到广西,登高桥,进货场: a span, no movement)
        if skeleton.startswith(_ACROSS_WORDS, d.end()):
            # (抵达阿拉山口出境: where it crosses the border, a stop)
            stops.append((d.start(), sent.places_in(d.group("list"))))
            continue
        if dests and _DISTRIBUTED.search(skeleton, max(0, d.start() - 12), d.start() + 1):
            onward = sent.places_in(d.group("list"))
            if not any(_over_sea(x, gaz) for x in onward):
                break  # (抵达重庆后将运转至成都…分销: the goods handed on, the run ends)
        if dests:
            stops.append((d.start(), dests))
        dests = sent.places_in(d.group("list"))
        inner = _INNER.match(skeleton, d.end())
        if inner and len(dests) == 1 and _finer_end(sent.place(inner.group(1)), dests[0], gaz):
            dests = [sent.place(inner.group(1))]  # (抵达菲律宾的马尼拉港, 两江新区鱼嘴站: the port)
    for v in VIA.finditer(skeleton, k, end):
        stops.append((v.start(), sent.places_in(v.group("list") or v.group("v") or v.group("x"))))
    via = [x for _, places in sorted(stops, key=lambda s: s[0]) for x in places]
    return dests, [x for x in via if x not in dests]


def _carried_to(skeleton: str, k: int, at: int) -> bool:
    """Whether a bare 到 (at ``at``, in a movement read from ``k``) tells something
    carried: a service or a word of freight in the clauses from the movement's to its
    own (班列从团结村到钦州港; 从果园港搭乘货轮,直接运输到上海港), not a span (从重庆到广西,
    登高桥)."""
    start = max(skeleton.rfind(c, 0, k) for c in _CLAUSE_ENDS) + 1
    end = _clause_end(skeleton, at, len(skeleton))
    return _CARRIED.search(skeleton, start, end) is not None


_CARRIED = re.compile(f"{TRANSPORT_CUE.pattern}|运输|运送|集散|转运|装载|搭乘|铁路|货轮")


def corridors_in(ctx: Context) -> dict[str, str]:
    """The corridors a sentence names: canonical name -> its name as written (…专列)."""
    out: dict[str, str] = {}
    for c in CORRIDOR_RE.finditer(ctx.text):
        tail = _SERVICE_TAIL.match(ctx.text, c.end())
        out.setdefault(_CORRIDOR_OF[c.group()].name, c.group() + (tail.group() if tail else ""))
    return out


def read_corridor(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """A corridor's service from a place to places the sentence names."""
    sent, gaz = ctx.sent, ctx.gaz
    corridor = _CORRIDOR_OF[m.group()]
    if _FUTURE.search(ctx.text, 0, m.start()):
        return []  # (未来,东南亚的水果将可以通过西部陆海新通道直达…: what may be, no run)
    origin = origin_of(sent, ctx.first_origin, gaz) if ctx.first_origin else None
    # (without a destination, the route is only a part: it joins the corridor's route
    # from the same place if the document has one, else it is a corridor mention)
    dests, via = ctx.ends
    # (else its first port, not one it passes or goes to: 经磨憨口岸出境前往老挝, nor one
    # named after where it last goes: …运送到重庆的产品…,了解重庆无水港功能)
    skeleton = sent.skeleton
    before = max((d.start() for d in DESTINATIONS.finditer(skeleton)), default=len(skeleton))
    ports = [
        p for p in sent.places_in(skeleton[:before], "P") if p not in ctx.stops and p not in dests
    ]
    start = origin or next(iter(ports), None) or ctx.anchor
    if start is None:
        return []
    mode = corridor.mode if corridor.mode == "rail-sea" else ctx.mode(corridor.mode)
    name = ctx.corridors[corridor.name]
    starts = [start, *(other_origins(sent, ctx.first_origin, start)[0] if origin else ())]
    return [_route(form, name, s, dests, via, mode, ctx, corridor=corridor.name) for s in starts]


def other_origins(sent: Sentence, m: re.Match, origin: str) -> tuple[list[str], int]:
    """The places listed after the first of an :data:`ORIGIN` match (``从X、Y、Z…出发``),
    each a movement's origin as well, and the skeleton index where the list ends."""
    more = _MORE_ORIGINS.match(sent.skeleton, m.end()) if m.group("o") else None
    if more is None:
        return [], m.end()
    return [p for p in dict.fromkeys(sent.places_in(more.group())) if p != origin], more.end()


def origin_of(sent: Sentence, m: re.Match, gaz: Gazetteer) -> str:
    """The place an :data:`ORIGIN` (or :data:`_GOODS_FROM`) match starts from: 从重庆团结村
    starts from 团结村."""
    groups = m.groupdict()
    for group in ("o2", "o3", "o4", "o5", "o6"):
        if groups.get(group):
            return sent.place(groups[group])
    place = sent.place(m.group("o"))
    if m.group("inner"):
        inner = sent.place(m.group("inner"))
        if _within(inner, place, gaz):
            return inner
    return place


def _finer_end(inner: str, outer: str, gaz: Gazetteer) -> bool:
    """Whether ``inner``, named right after the end ``outer``, is that end told finer: a
    place in it, or a port or station after a region (重庆市两江新区鱼嘴站: a zone holds
    no ports in the gazetteer, yet the station is where the train goes)."""
    if _within(inner, outer, gaz) or _inside(inner, outer, gaz):  # (中国阿拉山口)
        return True
    place, area = gaz.places.get(inner), gaz.places.get(outer)
    return (
        place is not None
        and area is not None
        and place.level == "port"
        and area.level in ("zone", "district", "municipality")
    )


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
# (汽笛长鸣: the whistle as a train or ship leaves; 起锚: a ship weighs anchor)
# After a place: not a company named after it (由福建冠海海运集团, 由重庆某物流有限公司)
NOT_A_COMPANY = r"(?![^，。；;、\ue000-\uefff]{0,8}?(?:集团|公司))"
# Crossing a border (出境, 入境): where it does, it passes
_ACROSS_WORDS = ("出境", "入境", "出关", "入关", "离境")
_ACROSS = f"(?:{'|'.join(_ACROSS_WORDS)})"
DEPART = (
    "出发|始发|启程|起航|启航|起锚|首发|发车|发出|驶出|驶离|开出|离港|解缆|鸣笛|汽笛长鸣|完成装船"
)
# 从团结村、鱼嘴、小南垭等多个站点同时驶出: the other places a movement leaves from, listed
# after its first (trains of one day, a route each)
_MORE_ORIGINS = re.compile(rf"(?:[、和及]{T})+(?=等|[^，。；,;\ue000-\uefff]{{0,12}}?(?:{DEPART}))")
ORIGIN = re.compile(
    # (not 记者从沙坪坝区获悉: where a report comes from)
    # (not 来自越南的产品: where goods were made; not 由中国西部省份…打造: who does it)
    rf"(?:从|由|(?<!来)自)(?P<o>{T})(?P<inner>{T})?(?![^，。；;]{{0,8}}?(?:获悉|了解到|得知))"
    # (not 从阿拉山口出境: where it crosses the border, a stop)
    rf"(?![^，。；,;\ue000-\uefff]{{0,4}}?{_ACROSS})"
    # (not 从澳大利亚进口的锰矿石: where the goods were bought; 由美国进口至南京港 moves)
    r"(?!(?:进口|购进|采购)的)"
    rf"(?![^，。；;]{{0,14}}?(?:{_AGENCY}))"
    # (not 由福建冠海海运集团…: a company named after its place)
    rf"{NOT_A_COMPANY}"
    # (not 向老挝万象发出: sent toward it)
    # (not 中欧班列(重庆)—中东欧国家班列顺利发车: the far end of a dashed name is no origin)
    rf"|(?<![向往朝—–\-－])(?P<o2>{T}){ORG_NT}(?:{DEPART}|是[^，。]{{0,12}}始发)"
    rf"|(?:驶出|驶离|开出|发自|离开)(?P<o3>{T})"
    # 在重庆团结村中心站,…班列…驶出站台: where it stands as it leaves
    # (not 在中国访问…迎接从河内驶往重庆的班列: an explicit 从 before the verb starts it)
    rf"|在(?P<o4>{T})(?=(?:(?!从|由)[^。；;]){{0,40}}?(?:{DEPART}|发往|运往|驶往|开往))"
    # 湖北宜昌的2万吨磷矿石运抵果园港, 来自福建三明的陶瓷: where the goods come from
    rf"|(?:来自)?(?P<o5>{T})的(?=[^，。；;\ue000-\uefff]{{0,20}}?(?:运抵|运往|运至|发往|驶往|抵达))"
    # 3月2日,江津小南垭铁路物流中心,首趟…列车正式发车: the scene, a facility in a clause of
    # its own, where the train then leaves (no other place said to start it)
    rf"|(?:^|(?<=[，,])){T}?(?P<o6>{P})[^，,。；;\ue000-\uefff]{{0,8}}[，,](?=(?:(?!从|由|自)[^。；;]){{0,60}}?(?:{DEPART}))"
)
# 来自巴西的纸浆…转运至重庆: where goods come from, when nothing else is said to leave
_GOODS_FROM = re.compile(f"来自(?P<o>{T})(?P<inner>{T})?")
# (a few words may stand between the verb and the place: 开往1.1万公里外的德国杜伊斯堡)
DESTINATIONS = re.compile(
    r"(?:(?:运抵|驶往|发往|运往|开往|抵达|到达|直达|前往|驶向|运至|通达|通往|驶抵|驶入|直奔|开赴|奔赴|驰往|直抵|走向|抵|终点为|终点是|终点站为|终到|向着|朝着)"
    r"(?:至|到)?"
    rf"(?:(?!{SERVICE})[^，。；,;：:()（）“”\ue000-\uefff]){{0,10}}?|至(?={T})"
    # (从城厢火车站到果园港火车站: 到 right before a place; not 达到, 来到, 受到 …)
    rf"|(?<![达得受看感提来回遇想做办收找听见拿])到(?={T})"
    # (班列从钦州港东站出发重庆: left for it, the place right after the verb)
    rf"|出发(?={T}))"
    rf"(?P<list>{TLIST})"
)
VIA = re.compile(
    rf"(?:途经|经由|经停|经过|经|通过|进入|转入|再转|穿越|过境)(?P<list>{T}(?:[、和及]{T})*)"
    rf"|在(?P<v>{T})(?:中转|转运|换装)"
    # (从阿拉山口出境, 在阿拉山口口岸出境后: where it crosses the border, a stop)
    rf"|(?:从|在|由|自)(?P<x>{T})[^，。；,;\ue000-\uefff]{{0,4}}?{_ACROSS}"
)
SERVICE_ENDS = "|".join(dict.fromkeys([*(w[-2:] for w in SERVICE_WORDS), "铁路"]))
# (a composite in it is part of the name: 渝甬班列(重庆—宁波))
_SERVICE_BEFORE = re.compile(rf"(?:{CLAUSE}|{B}){{0,16}}(?:{SERVICE}|铁路)\Z")
