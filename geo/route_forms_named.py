"""The route forms of services named by their ends, in the order they are tried: one
entry per way articles name a line or a train by where it goes.

Lists of lines first (:mod:`cqmap.geo.route_forms_lists`), then the forms placed by
their names in :data:`_ORDER`, the order that decides which form reads a service first.
Each kind is written in a module of its own: chains of ends (泸州至珞璜至果园港水水中转航线,
:mod:`cqmap.geo.route_forms_chains`), ends in brackets or told as the line's way
(中老铁路(江津—万象)冷链专列, :mod:`cqmap.geo.route_forms_brackets`), lines opened to
places and ends told as a start and an end (开通至宁波的直达航线, 以重庆为起点,
:mod:`cqmap.geo.route_forms_opened`), services both ways (往返于万州港和上海港之间,
:mod:`cqmap.geo.route_forms_both_ways`) and composite names (渝新欧, 蓉欧快铁,
:mod:`cqmap.geo.route_forms_composite`). Each entry is a
:class:`cqmap.geo.routes.RouteForm`; :data:`cqmap.geo.route_forms.ROUTE_FORMS` runs these
first, then the forms of movements and of the places told before.
"""

from __future__ import annotations

from cqmap.geo.route_forms_both_ways import BOTH_WAYS_FORMS
from cqmap.geo.route_forms_brackets import BRACKET_FORMS
from cqmap.geo.route_forms_chains import CHAIN_FORMS, NAMED_BY_ENDS
from cqmap.geo.route_forms_composite import COMPOSITE_FORMS
from cqmap.geo.route_forms_lists import LIST_FORMS
from cqmap.geo.route_forms_opened import OPENED_FORMS
from cqmap.geo.route_types import RouteForm
from cqmap.geo.rule_tables import in_order

__all__ = ["NAMED_BY_ENDS", "NAMED_FORMS"]


# The forms in the order :data:`cqmap.geo.route_forms.ROUTE_FORMS` tries them, after the
# lists of lines (the first form that reads a service wins): each name once
_ORDER = (
    NAMED_BY_ENDS,
    "“X—Y”首航",
    "继X—Y之后",
    "X到Y service",
    "X到Y、Z service",
    "X往返Y service",
    "abbreviated ends service",
    "service (X—Y)",
    "service的线路为X—Y",
    "X开通Y等方向的service",
    "X开通至Y的service、至Z的service",
    "X至Y service…,至Z service",
    "N条service,X分别至A、B",
    "X有N班service直达Y",
    "X开通至Y的service",
    "Y班列…驶出X",
    "X与Y开通service",
    "往返于X和Y之间",
    "往返于X—Y—Z之间",
    "在X和Y之间往返",
    "分别从X、Y对向开出",
    "X与Y之间往来的service",
    "X与Y之间开行service",
    "连接X与Y的service开通",
    "X和Y…起点和终点",
    "以X为起点…Y为终点",
    "X开通…航线,终点是Y",
    "composite service",
)
_WRITTEN = (*CHAIN_FORMS, *BRACKET_FORMS, *OPENED_FORMS, *BOTH_WAYS_FORMS, *COMPOSITE_FORMS)
NAMED_FORMS: tuple[RouteForm, ...] = (
    *LIST_FORMS,
    *in_order(_WRITTEN, _ORDER, table="forms of a service named by its ends"),
)
