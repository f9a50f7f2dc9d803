"""Stations and yards told by the railway office that holds them.

A railway office, then a word of holding and a station's or yard's own name
(国铁上海局南京货运中心所辖的尧化门铁路货场, 武汉局汉西车务段管内的吴家山站), names that
facility, at the place the office is named after (the last city, district or county told
before it in its clause). :func:`held_by_office` gives them, as mentions for
:func:`cqmap.geo.facilities.facilities` to insert; a name read already stays as read.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_names import NAMED, is_own_name, is_railway_office, station_name
from cqmap.geo.vocabulary import FACILITY_WORDS, HELD_BY_OFFICE, OFFICES, RAILWAY_GROUP

__all__ = ["held_by_office"]


# A station or yard a railway office holds (国铁上海局南京货运中心所辖的尧化门铁路货场, 武汉局
# 汉西车务段管内的吴家山站, 南京货运中心所属的尧化门铁路货场): its own name after the
# office, at the place the office is named after
_HELD_BY_OFFICE = re.compile(
    f"(?:{'|'.join(HELD_BY_OFFICE)})的|(?<=局)(?:{'|'.join(g[1:] for g in RAILWAY_GROUP)})"
)
_OFFICE = re.compile("|".join(OFFICES))


def held_by_office(text: str, raw: list, lex) -> list:
    """The facilities named after a railway office that holds them (:data:`_HELD_BY_OFFICE`),
    each at the place named in the office's name, as mentions to insert."""
    if _HELD_BY_OFFICE.search(text) is None:
        return []  # (most texts: looked for once before the mentions are indexed)
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]  # (the mentions near each match, found by bisection)
    for held in _HELD_BY_OFFICE.finditer(text):
        named = NAMED.match(text, held.end())
        if named is None or not is_own_name(named.group("own")) or is_railway_office(named):
            continue
        k = bisect_left(starts, named.start())
        if k < len(raw) and raw[k][0] < named.end():
            continue  # (a name the table knows, or a place's facility, read already)
        lead = max(0, held.start() - 24)
        lead = max(lead, *(text.rfind(c, lead, held.start()) + 1 for c in "，,。；;"))
        if _OFFICE.search(text, lead, held.start()) is None:
            continue
        hosts = [
            h for h in raw[bisect_left(starts, lead) : bisect_left(starts, held.start())]
            if h[1] <= held.start()
            and h[2].levels[:1] in (("prefecture",), ("municipality",), ("county",), ("district",))
            and not h[2].shared
        ]  # fmt: skip
        if not hosts:
            continue
        host = hosts[-1][2]
        kind = FACILITY_WORDS[named.group("w")]
        place = gaz.facility(
            station_name(host.text + named.group()), kind, parent=None, host=host.place
        )
        out.append((named.start(), named.end(), lex.facility_surface(place, named.group())))
    return out
