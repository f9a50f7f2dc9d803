"""The sentence a route form reads, with what it says as a whole, and the corridors it
names; the old home of the route forms' types and of what their readers share, which
still exports every name.

A form reads a sentence with its :class:`Context`: the sentence, its text and the
gazetteer, and what the sentence says as a whole, found once whatever number of matches
ask (its first start, its first destinations, its stops, its mode, whether it tells
freight flown or transported, its ends after its first start, the corridors it names).
The corridors a sentence names are read here (:func:`corridors_in`: not another river's
黄金水道; not a railway's name that only starts a train's or a station's).

What the readers share has homes of its own, each a concern: the route forms' and the
routes' types, and the groups a form yields (:mod:`cqmap.geo.route_types`); the generic
reader of a form's groups, a chain's places and the route every reader builds
(:mod:`cqmap.geo.route_building`); the mode a line or a route is read with
(:mod:`cqmap.geo.route_line_modes`); the names of services as a sentence writes them
(:mod:`cqmap.geo.route_service_names`). The readers import them from their homes; this
module keeps the names importable as before.

The words and regex pieces the forms are written with (``T``, ``TAIL``, ``ORIGIN`` …) are
:mod:`cqmap.geo.route_words`; where a movement starts and ends in a sentence, read by
several readers, is :mod:`cqmap.geo.route_ends`; the readers of movements (a train or a
ship told leaving, goods shipped) are :mod:`cqmap.geo.route_movements`; how a sentence's
routes become a document's is :mod:`cqmap.geo.route_reading` and
:mod:`cqmap.geo.route_settling`.
"""

from __future__ import annotations

import re
from functools import cached_property

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.route_building import CAN_ONLY, chain_of, read_groups, read_opened_list, route_of
from cqmap.geo.route_clauses import compared, remark_start
from cqmap.geo.route_ends import crossed_at, ends_after, origin_of, sold_to, via_places
from cqmap.geo.route_line_modes import RIVER_SERVICE, by_sea, by_sea_only, line_mode
from cqmap.geo.route_modes import flown_freight, mode_of
from cqmap.geo.route_movement_words import DESTINATIONS, GOODS_FROM, ORIGIN
from cqmap.geo.route_service_names import NAME_LEAD, clean_name, name_before, name_of
from cqmap.geo.route_services import (
    CORRIDOR_OF,
    CORRIDOR_RE,
    PASSENGERS,
    RIVER_BEFORE,
    TRANSPORT_CUE,
)
from cqmap.geo.route_types import CorridorMention, Example, Route, RouteForm
from cqmap.geo.skeleton import Sentence

__all__ = [
    "RouteForm",
    "Example",
    "Route",
    "CorridorMention",
    "Context",
    "corridors_in",
    "read_opened_list",
    "read_groups",
    "route_of",
    "by_sea",
    "by_sea_only",
    "chain_of",
    "clean_name",
    "line_mode",
    "name_before",
    "name_of",
    "NAME_LEAD",
    "RIVER_SERVICE",
    "compared",
    "CAN_ONLY",
]


class Context:
    """What a form reads a sentence with, and what the sentence says as a whole (found
    once, whatever number of matches read it: a sentence of 20,000 service names takes
    linear time)."""

    def __init__(self, sent: Sentence, text: str, gaz: Gazetteer, anchor: str | None):
        self.sent, self.text, self.gaz = sent, text, gaz
        self.anchor = anchor  # the port the sentence before was about

    @cached_property
    def origin_told(self) -> re.Match | None:
        """The first start the sentence's words tell (从X, 由X …: :data:`ORIGIN`); not a
        border crossing the sentence tells the border crossed at (霍尔果斯是…节点,…中欧班列
        在阿拉山口换装出境: where the trains pass, :func:`crossed_at`)."""
        sent = self.sent
        for m in ORIGIN.finditer(sent.skeleton):
            if not crossed_at(sent, origin_of(sent, m, self.gaz), self.gaz):
                return m
        return None

    @cached_property
    def first_origin(self) -> re.Match | None:
        return self.origin_told or GOODS_FROM.search(self.sent.skeleton)

    @cached_property
    def first_destinations(self) -> re.Match | None:
        skeleton = self.sent.skeleton
        return next((d for d in DESTINATIONS.finditer(skeleton) if not sold_to(skeleton, d)), None)

    @cached_property
    def stops(self) -> list[str]:
        return via_places(self.sent)

    @cached_property
    def corridors(self) -> dict[str, str]:
        return corridors_in(self)

    @cached_property
    def corridors_alone(self) -> set[str]:
        """The corridors the sentence names once at least as themselves, not only as the
        first word of a train's or a station's name (:data:`_RAILWAYS_TRAIN`)."""
        return {
            CORRIDOR_OF[c.group()].name
            for c in CORRIDOR_RE.finditer(self.text)
            if not (c.group().endswith("铁路") and _RAILWAYS_TRAIN.match(self.text, c.end()))
        }

    @cached_property
    def said_mode(self) -> str | None:
        """The mode the sentence's words say (looked up once: many matches ask)."""
        return mode_of(self.text, None)

    def mode(self, default: str | None = "unspecified") -> str | None:
        """The sentence's mode, else ``default``."""
        return self.said_mode or default

    @cached_property
    def flown(self) -> bool:
        """Whether the sentence tells freight flown (found once: many movements ask)."""
        return flown_freight(self.text)

    @cached_property
    def passengers(self) -> bool:
        """Whether the sentence tells passengers (looked up once, however many lists of
        calls or lines in it ask: a text of thousands reads in linear time)."""
        return PASSENGERS.search(self.sent.skeleton) is not None

    @cached_property
    def transport(self) -> bool:
        """Whether the sentence has a word of freight transport."""
        return TRANSPORT_CUE.search(self.text) is not None

    @cached_property
    def ends(self) -> tuple[list[str], list[str]]:
        """The sentence's destinations and stops after its first origin."""
        k = self.first_origin.end() if self.first_origin else 0
        end = remark_start(self.sent.skeleton, k)
        # (…从苏州西站出发,开往莫斯科;同一天,从连云港…发出,驶向阿拉木图: a clause after a
        # semicolon telling a run from another start tells that run's ends, not this one's;
        # not 从成都经某地至钦州港;另一条从成都经某地至防城港, lines again from the same start)
        later = ORIGIN.search(self.sent.skeleton, k, end) if self.first_origin else None
        cut = -1
        if later is not None:
            cut = max(self.sent.skeleton.rfind(c, k, later.start()) for c in "；;")
        if cut >= 0:
            first = origin_of(self.sent, self.first_origin, self.gaz)
            other = origin_of(self.sent, later, self.gaz)
            if not (self.gaz.holds(first, other) or self.gaz.holds(other, first)):
                end = cut
        return ends_after(self.sent, k, self.gaz, end)


# The service word right after a corridor's name (西部陆海新通道铁海联运班列): part of the
# name it is written with
_SERVICE_TAIL = re.compile(r"(?:铁海联运)?(?:班列|专列|列车)?")

# A railway's name, then a train or a station of it, named by it (中老铁路冷链专列,
# 中老铁路(太原-万象)冷链班列, 中老铁路老挝粮食专列, 中老铁路磨憨站): the name is the train's
# or the station's, no corridor named
_RAILWAYS_TRAIN = re.compile(r"[^，。；,;！？、“”]{0,16}?(?:列车|班列|专列|货列|站)")


# The Yangtze named as the river another flows into (嘉陵江是长江上游北岸的支流): not the
# river a golden waterway told after it is
_INTO_THE_YANGTZE = re.compile("[^，。；,;]{0,10}?支流")
# A golden waterway in quotes (建成“黄金水道”): a figure for a busy river or canal, the
# Yangtze's only where the sentence names it
_QUOTED = re.compile('[“"「]')


def _another_rivers(text: str, start: int, end: int) -> bool:
    """Whether 黄金水道 alone at ``text[start:end]`` is another river's than the Yangtze
    (:data:`~cqmap.geo.route_services.OTHER_GOLDEN_RIVERS`): the river named right after it
    (“黄金水道”嘉陵江航道), else the last river named before it, not counting a 长江 told as
    the river a tributary flows into; one in quotes in a sentence that names no river is
    a figure of speech, no river's (畅通运河“黄金水道”)."""
    after = RIVER_BEFORE.match(text, end + text.startswith(("”", '"', "」"), end))
    if after is not None:
        return after.group() != "长江"
    rivers = [
        r.group()
        for r in RIVER_BEFORE.finditer(text, 0, start)
        if not (r.group() == "长江" and _INTO_THE_YANGTZE.match(text, r.end(), start))
    ]
    if rivers:
        return rivers[-1] != "长江"
    return start > 0 and bool(_QUOTED.match(text, start - 1)) and not RIVER_BEFORE.search(text)


def corridors_in(ctx: Context) -> dict[str, str]:
    """The corridors a sentence names: canonical name -> its name as written (…专列)."""
    out: dict[str, str] = {}
    for c in CORRIDOR_RE.finditer(ctx.text):
        if c.group() == "黄金水道" and _another_rivers(ctx.text, c.start(), c.end()):
            continue  # (西江已成为亿吨黄金水道: that river's, no Yangtze)
        tail = _SERVICE_TAIL.match(ctx.text, c.end())
        out.setdefault(CORRIDOR_OF[c.group()].name, c.group() + (tail.group() if tail else ""))
    return out
