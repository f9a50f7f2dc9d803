"""The route forms' and the routes' types: what a form is, the example sentences that are
its tests, a route read and a corridor a document names.

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
transhipments: :mod:`cqmap.geo.route_named`). The ``fallback`` forms — corridors (西部陆海新通道, 中欧班列) and plain
movements (``从X出发…驶往Y、Z``) — read a sentence no other form read; where one did,
they only make its ends more specific (驶离涪陵黄旗港 for a line named 重庆港—宁波舟山港).
A corridor named without a destination of its own is a *corridor* of the document, not
a route. How a sentence's routes become a document's is :mod:`cqmap.geo.route_reading` and
:mod:`cqmap.geo.route_settling`.

The generic reader of a form's groups and what builds a route from them are
:mod:`cqmap.geo.route_building`; the sentence a form reads, with what it says as a whole,
is :class:`cqmap.geo.routes.Context`.

Modes: ``river``, ``rail``, ``rail-sea`` (铁海联运), ``rail-river`` (铁水联运), ``river-sea``
(江海联运), ``road``, ``unspecified``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from cqmap.geo.skeleton import Evidence
from cqmap.geo.vocabulary import CORRIDORS, PROGRAMMES

__all__ = ["Citations", "Example", "RouteForm", "Route", "CorridorMention"]


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
    each: bool = False  # each destination listed is the end of a service of its own

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern)


_COMPILED: dict[str, re.Pattern] = {}


def _compiled(pattern: str) -> re.Pattern:
    regex = _COMPILED.get(pattern)
    if regex is None:
        regex = _COMPILED[pattern] = re.compile(pattern)
    return regex


class Citations(list):
    """A route's evidence, with the sentences it cites kept as a set as it grows, so that
    whether it cites a sentence is one look-up however often the text tells the route
    (a page of a route told ten thousand times is merged in linear time)."""

    def _sentences(self) -> set[int]:
        # (made the first time it is needed: a copy or an unpickled list comes without it)
        seen = self.__dict__.get("_cited")
        if seen is None:
            seen = self.__dict__["_cited"] = {e.sentence for e in self}
        return seen

    def append(self, ev: Evidence) -> None:
        super().append(ev)
        self._sentences().add(ev.sentence)

    def extend(self, evs) -> None:
        for ev in evs:  # (one by one, as list.extend takes an iterator: each is seen)
            self.append(ev)

    def __iadd__(self, evs):
        self.extend(evs)
        return self

    def cites(self, sentence: int) -> bool:
        """Whether one of the evidence is of ``sentence``."""
        return sentence in self._sentences()


@dataclass
class Route:
    name: str | None
    origin: str | None
    destinations: list[str]
    via: list[str]
    mode: str
    opened: str | None = None
    opened_year_inferred: bool = False
    evidence: list[Evidence] = field(default_factory=Citations)
    corridor: str | None = None
    names: list[str] = field(default_factory=list)
    form: str = ""
    # its ends are one run's (飞往莫斯科和卢森堡), told finer than the line's area: one
    # route, not a line to each
    one_run: bool = False
    # its origin is not told leaving in its sentence: the port the sentence names, or
    # the place the sentences before were about (该港…。…班列由此重新开行: a corridor's
    # train there)
    anchored: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.evidence, Citations):
            self.evidence = Citations(self.evidence)


@dataclass
class CorridorMention:
    """A corridor a document names without a route of its own (西部陆海新通道 alone)."""

    name: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def mode(self) -> str:
        return next(c.mode for c in (*CORRIDORS, *PROGRAMMES) if c.name == self.name)
