"""Routes built from a route form's match: the generic reader of a form's groups and
what every reader builds its routes with.

The generic reader (:func:`read_groups`) reads a form's groups (see
:mod:`cqmap.geo.route_types`): a chain's places (:func:`chain_of`: its origin, stops and
destinations, a loop's way back left out), the ends told finer in the sentence, the
service's name and its mode; lines opened from one place and listed each with where it
goes are one route each (:func:`read_opened_list`). What ships can do is no service
(:data:`CAN_ONLY`). Every reader builds its routes with :func:`route_of`: the mode follows
from the ends (:mod:`cqmap.geo.route_line_modes`), ends of water routes named as regions are
moved to the region's port (:meth:`cqmap.geo.gazetteer.Gazetteer.port_of`), an air line's
district to its one airport, a run out and back ends where it turns, and its ends and
stops are each named once.

The sentence a form reads, with what it says as a whole, is
:class:`cqmap.geo.routes.Context`; the readers of their own forms are
:mod:`cqmap.geo.route_named`, :mod:`cqmap.geo.route_movements` and
:mod:`cqmap.geo.route_anchors`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cqmap.geo.gazetteer import CHINA, Gazetteer
from cqmap.geo.route_clauses import compared
from cqmap.geo.route_ends import inside, listed_places, sold_to, told_finer_after
from cqmap.geo.route_line_modes import by_sea, flown_inland, line_mode, of_the_sea, to_the_sea
from cqmap.geo.route_modes import FLIES_TO
from cqmap.geo.route_movement_words import DESTINATIONS, RETURNS, RUNS_TIME_ENDS
from cqmap.geo.route_pieces import BRACKETED, DASH, T
from cqmap.geo.route_service_names import name_before, name_of, whole_brackets
from cqmap.geo.route_types import Route, RouteForm
from cqmap.geo.skeleton import P, Sentence
from cqmap.geo.vocabulary import WATER_MODES, WATER_PORT_KINDS

if TYPE_CHECKING:
    from cqmap.geo.routes import Context

__all__ = ["CAN_ONLY", "chain_of", "read_groups", "read_opened_list", "route_of"]

# What ships can do is no service (not after a run's time: 只要3天就能从老挝运到昆明,
# 只需12天即可从欧洲运到成都, where it will arrive)
CAN_ONLY = re.compile(rf"(?<![{RUNS_TIME_ENDS}])(?:可|能|可以|能够)\s*(?:实现)?\s*\Z")

_PORT_AFTER = re.compile(rf"[^，。；,;]{{0,8}}?(?:前往|驶往|至|到达|抵达|直达)(?P<p>{P})")
_BRACKETS = re.compile(BRACKETED)
_PLACE_IN_ASIDE = re.compile(f"({T})[(（]({T}(?:[、和及]{T})*)[)）]")


def _to_port(place: str | None, mode: str, ctx: Context) -> str | None:
    """Move a water route's region endpoint to its port (named here, else its only one);
    a country stays itself (武汉至日本直达航线 goes to Japan, whichever port is named)."""
    gaz = ctx.gaz
    p = gaz.places.get(place) if place else None
    if p is None or p.level in ("port", "country") or mode not in WATER_MODES:
        return place
    # (a port on the water, or one whose water is not known: not 湛江口岸, the city's port
    # of entry, for 湛江—温州航线)
    hosted_here = [
        q
        for q in ctx.sent.of_class("P")
        if gaz.places[q].host == place and gaz.places[q].kind in (*WATER_PORT_KINDS, "port")
    ]
    if hosted_here:
        return hosted_here[0]
    return gaz.port_of(place) or place


def _airport_of(place: str | None, gaz: Gazetteer) -> str | None:
    """An air line's end named by a district or county with one airport: that airport
    (成都双流: 双流国际机场); a city stays itself, as the text names it."""
    p = gaz.places.get(place) if place else None
    if p is None or p.level not in ("district", "county"):
        return place
    return gaz.airport_of(place) or place


def route_of(form, name, origin, dests, via, mode, ctx: Context, *, corridor=None) -> Route:
    """The route a form reads: a river route to ports abroad goes by sea too, a water
    route's region ends are their ports, its ends and stops each once."""
    mode = by_sea(mode, [origin, *dests], ctx.gaz)
    if mode in WATER_MODES and flown_inland(name, [origin, *dests], ctx):
        mode = "air"
    if mode == "air":
        # (“成都双流—布达佩斯”货运航线: a district's one airport, named by it)
        origin = _airport_of(origin, ctx.gaz)
        dests = [_airport_of(d, ctx.gaz) for d in dests]
    origin = _to_port(origin, mode, ctx)
    ends = [_to_port(x, mode, ctx) for x in dests]
    dests = list(dict.fromkeys(d for d in ends if d != origin))
    if (
        via
        and ends
        and RETURNS.search(ctx.text)
        and (not dests or (len(via) == 1 and all(ctx.gaz.holds(d, origin) for d in dests)))
    ):
        # (从西安出发,开往阿拉木图,卸货后返回西安; 从西安国际港站开出,…返回西安: a run out and
        # back ends where it turns; not a liner's calls, back to its city, told on their own)
        dests, via = [via[-1]], via[:-1]
    mode = (
        to_the_sea(mode, origin, dests[0], ctx.gaz, via)
        if len(dests) == 1
        else of_the_sea(mode, [origin, *dests], ctx.gaz, via)
    )
    # (not where it starts from: 从中国昆明启程,先后通过中国、老挝…)
    via = [
        v
        for v in dict.fromkeys(via)
        if v != origin
        and v not in dests
        and not (origin is not None and v in ctx.gaz.ancestors(origin))
        and not (v == CHINA and origin is not None and ctx.gaz.in_china(origin))
    ]
    return Route(whole_brackets(name), origin, dests, via, mode, corridor=corridor, form=form.name)


def read_groups(
    form: RouteForm,
    m: re.Match,
    ctx: Context,
    *,
    origin: str | None = None,
    destination: str | None = None,
) -> list[Route]:
    """The generic reader: the form's groups (see :mod:`cqmap.geo.route_types`);
    ``origin`` and ``destination``, tokens standing for the ends where the form's groups
    for them have other names."""
    sent = ctx.sent
    if not form.over_text and CAN_ONLY.search(sent.skeleton, max(0, m.start() - 6), m.start()):
        return []  # (可实现重庆港至舟山港全程直达: what ships can do, no service)
    if not form.over_text and compared(sent.skeleton, m.start()):
        return []  # (比重庆至上海至新加坡江海联运通道减少2100公里: the way it is compared with)
    groups = m.groupdict()
    if origin is not None:
        groups["o"] = origin
    if destination is not None:
        groups["d"] = destination
    via: list[str] = []
    if groups.get("chain"):
        origins, dests, via = chain_of(sent, groups["chain"], ctx.gaz)
    else:
        origins = sent.places_in(groups["o"]) if groups.get("o") else []
        dests = listed_places(sent, groups["d"], ctx.gaz) if groups.get("d") else []
    last = "chain" if groups.get("chain") else "d" if groups.get("d") else None
    if last is not None and dests:
        # (至匈牙利首都布达佩斯的冷链专列: the capital, the line's end)
        dests[-1] = told_finer_after(sent, m.end(last), dests[-1], ctx.gaz)
    if groups.get("beyond"):
        via, dests = via + dests, sent.places_in(groups["beyond"])
    if groups.get("v"):
        via += sent.places_in(groups["v"])
    name = None
    if form.named:
        start, end = m.span("name") if groups.get("name") is not None else m.span()
        name = name_of(ctx, start, end) or None
        bracket = sent.skeleton[start - 1] if start else ""
        before = name_before(ctx, start - 1) if bracket in ("(", "（") else None
        if before is not None:
            # (中老铁路(江津—万象)冷链专列: the ends in brackets after the service's name)
            name = before + bracket + (name or "")
    tail = groups.get("tail") or ""
    flown = not form.over_text and FLIES_TO.search(m.group()) is not None
    mode = line_mode(form, tail, name, ctx, flown=flown)
    if mode is None:
        return []
    finer = _told_finer(dests, m, ctx)
    out = []
    for origin in origins:
        ends = [_destination_after(sent, m.end(), d, mode, ctx) for d in finer]
        out.append(route_of(form, name, origin, ends, via, mode, ctx))
        out[-1].one_run = finer != dests
    return out


# The next line of a list, from the same place (…、通往上海宜东的内贸直达线,以及通往上海
# 外高桥的外贸直达航线): where it goes
_NEXT_LINE = re.compile(f"(?:开往|驶往|发往|通往|驶向|运往|至|直达)(?P<d>{T})")


def read_opened_list(form: RouteForm, m: re.Match, ctx: Context) -> list[Route]:
    """Lines opened from one place, listed each with where it goes and its service (芜湖港
    开通了通往上海洋山的联盟航线、通往上海宜东的内贸直达线): a route each."""
    out = read_groups(form, m, ctx)
    for line in _NEXT_LINE.finditer(ctx.sent.skeleton, m.start("more"), m.end("more")):
        out += read_groups(form, m, ctx, destination=line.group("d"))
    return out


def _told_finer(dests: list[str], m: re.Match, ctx: Context) -> list[str]:
    """``dests``, each area told finer where the sentence, before the line's match ``m``,
    says the service goes to places inside it (…飞往莫斯科和卢森堡,这标志着重庆至欧洲的
    货运航线首航: 莫斯科, 卢森堡; not …,而从重庆开往越南河内的铁路测试班列 after it, another
    service's end)."""
    areas = {d for d in dests if getattr(ctx.gaz.places.get(d), "level", None) == "area"}
    if not areas:
        return dests
    skeleton = ctx.sent.skeleton
    told = dict.fromkeys(
        x
        for d in DESTINATIONS.finditer(skeleton, 0, m.start())
        if not sold_to(skeleton, d)
        for x in ctx.sent.places_in(d.group("list"))
    )
    out = []
    for d in dests:
        inside = [x for x in told if x != d and ctx.gaz.holds(d, x)] if d in areas else []
        out.extend(inside or [d])
    return list(dict.fromkeys(out))


# What joins a chain's places (泰国一老挝一重庆: 一 typed for a dash, between two places;
# 武汉飞大阪, 泉州直飞马尼拉: an air line's ends; 到 after a stop passed, 西安经青岛到玛瑙斯)
_LINKS = re.compile(
    f'{DASH}+|至|经|(?<=经[\ue000-\uefff])到|(?<=[\ue000-\uefff])[“”"]?(?:一|直?飞)(?=[“”"]?[\ue000-\uefff])'
)


def chain_of(
    sent: Sentence, chain: str, gaz: Gazetteer | None = None
) -> tuple[list[str], list[str], list[str]]:
    """A chain's origin (a list of at most one), destinations and stops: its links are
    its places between the dashes, 至 and 经 (asides left out, but places in an aside
    that lie in the place before it stand for that place: 越南(河内)—中国(重庆))."""
    if gaz is not None:
        # (places in the aside that lie in the place before it stand for it: 波兰(华沙、
        # 罗兹), the two cities)
        chain = _PLACE_IN_ASIDE.sub(
            lambda m: (
                m.group(2)
                if all(
                    inside(inner, sent.place(m.group(1)), gaz)
                    for inner in sent.places_in(m.group(2))
                )
                else m.group(1)
            ),
            chain,
        )
    chain = _BRACKETS.sub("", chain)
    links = [sent.places_in(part) for part in _LINKS.split(chain) if part]
    links = _without_the_way_back(links, gaz)
    return links[0][:1], links[-1], [x for link in links[1:-1] for x in link]


def _without_the_way_back(links: list[list[str]], gaz: Gazetteer | None) -> list[list[str]]:
    """A loop's links without the way back: a chain that returns to its start (兰州—汉堡—
    兰州, 钦州港—洋浦—新加坡—吉大港—新加坡—钦州港) ends where it turns back, the last
    place before the stops it passed already (汉堡; 吉大港)."""

    def same(a: str, b: str) -> bool:
        return a == b or (gaz is not None and (gaz.holds(a, b) or gaz.holds(b, a)))

    if len(links) < 3 or not links[0] or not links[-1]:
        return links
    if not any(same(x, links[0][0]) for x in links[-1]):
        return links
    out = links[:-1]
    # (the stops of the way back, passed already on the way out)
    while len(out) > 2 and all(
        any(same(x, y) for link in out[1:-1] for y in link) for x in out[-1]
    ):
        out = out[:-1]
    return out


def _destination_after(sent: Sentence, k_end: int, default: str, mode: str, ctx: Context) -> str:
    """``…前往涪陵港``: a port named after the service that sits in the destination region."""
    m = _PORT_AFTER.match(sent.skeleton, k_end)
    if m:
        port = sent.place(m.group("p"))
        if ctx.gaz.places[port].host == default:
            return port
    return _to_port(default, mode, ctx)
