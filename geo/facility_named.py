"""Facilities of their own names, told one after another after a place or a facility.

A place or a facility, then a name of two or three characters and a word for a terminal,
a port area, a yard, a station or an airport, names a facility of its own (北碚犁子林码头,
遵义港沙湾港区, 遵义阁老坝站, 贵阳龙洞堡国际机场): after a facility it is a part of it, and
each of several told one after another is a part of the one before (遵义港余庆港区沙湾码头);
after a place it keeps the place as written in its name, so that two terminals of one name
in two places stay two (a country or province only says where it lies: 中国山腰口岸 is
山腰口岸). A word of kind or number (新建码头: :data:`cqmap.geo.facility_names.NOT_NAMES`)
is no name, and a name of its own starting inside is that place's (南充市高坪机场).
:func:`named_after` finds such a name, :func:`parts_named` reads them, for
:func:`cqmap.geo.facilities.facilities`. A terminal of its own name right after the river
it lies on (金沙江某某码头, 澜沧江某某码头), or told by what it serves where a clause starts
(某某综合码头), is read too, in the place read last before it: :func:`terminals_told_alone`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_names import (
    AREA_NAMES,
    NAMED,
    NOT_AFTER_FACILITY,
    RAILWAY_STATION,
    SERVES,
    is_own_name,
    is_railway_office,
    station_name,
)
from cqmap.geo.facility_parts import AFTER_FACILITY
from cqmap.geo.facility_places import RAILWAY_BUREAUS
from cqmap.geo.place_context import NOT_PLACES
from cqmap.geo.places import Place
from cqmap.geo.vocabulary import FACILITY_HOSTS, FACILITY_WORDS, WATER_PORT_KINDS

__all__ = ["CROSSING_WAYS", "named_after", "parts_named", "terminals_told_alone"]


# What a terminal serves, as part of its name (综合码头, 货运码头: SERVES)
_SERVES = re.compile(SERVES)


# A border crossing's crossings by the way they carry (霍尔果斯公路口岸, 霍尔果斯铁路口岸)
CROSSING_WAYS = frozenset({"公路", "铁路"})


def parts_named(
    text: str,
    raw: list,
    i: int,
    start: int,
    named: re.Match,
    place: Place | None,
    end_at: int,
    own_names: list,
    gaz,
) -> tuple[Place | None, int, int]:
    """The facilities named one after another after a place or a facility (遵义港余庆港区
    沙湾码头: each a part of the one before; 北碚犁子林码头: a terminal of its own name, with
    its place), from the first ``named``: the last, where its name ends, and where it starts;
    the facilities of their own names read after a place are added to ``own_names``."""
    surface = raw[i][2]
    level = surface.levels[0] if surface.levels else None
    while named is not None:  # (遵义港余庆港区沙湾码头: each a part of the one before)
        kind = FACILITY_WORDS[named.group("w")]
        own = named.group()[named.start("own") - named.start() :]  # (not its 铁路)
        if own.endswith("港码头") and len(own) > 4:
            # (合肥派河港码头: a port of its own name and its wharf, the port, as
            # 果园港码头 is 果园港)
            own, kind = own[:-2], FACILITY_WORDS["港"]
        if place is not None or level == "port":
            # (遵义港沙湾港区: a port area of the port named before it)
            parent = place.name if place is not None else surface.place
            if named.group("own") in CROSSING_WAYS:
                own = parent + own  # (霍尔果斯公路口岸: named with its crossing)
            place = gaz.facility(station_name(own), kind, parent=parent, host=None)
        else:
            # (北碚犁子林码头: with its place as written, so that two terminals of one
            # name in two places stay two)
            written = surface.text
            if level == "city" and written.endswith("市") and surface.place != written:
                written = written[:-1]  # (汉堡市CTA场站 is 汉堡CTA场站: 市 added abroad)
            elif level in ("country", "province"):
                # (中国山腰口岸 is 山腰口岸, 山西中鼎物流园 中鼎物流园: the country or the
                # province says where it lies)
                written = ""
            if written and text[max(0, start - 2) : start] in RAILWAY_BUREAUS:
                start -= 2  # (中铁天津货柜中心站: the railway's, named so)
                written = text[start : start + 2] + written
            held = gaz.places.get(surface.place)
            if (
                written
                and held is not None
                and own.startswith(
                    tuple(n for n in (written, held.name, held.short_name) if n and len(n) >= 2)
                )
            ):
                written = ""  # (蒙自市蒙自北站 is 蒙自北站: its own name holds its place's)
            head = own[: len(own) - len(named.group("w"))]
            area = named.group("w") in ("港区", "作业区")  # (not a bonded zone, 保税港区)
            port = gaz.port_of(surface.place) if area and written else None
            if port is not None and len(head) >= 2 and "区" not in head:
                # (芜湖三山港区: an area of its own name at a city whose port the table
                # holds, that port's area, as 芜湖港三山港区 is; not a zone's, 某市综保区
                # 作业区)
                place = gaz.facility(own, kind, parent=port, host=None)
            else:
                place = gaz.facility(
                    station_name(written + own), kind, parent=None, host=surface.place
                )
            if written and len(head) >= 2:
                own_names.append((own, place))
        end_at = named.end()
        named = named_after(text, end_at, raw, i, gaz)
        if named is None and kind in ("port", "port area"):
            part = AFTER_FACILITY.match(text, end_at)
            if (
                part is not None
                and part.group("w") == "码头"
                and _SERVES.fullmatch(part.group("part") or "")
            ):
                # (襄阳小河港区综合码头: a terminal of the port area read just now,
                # named with the area's own name, as 三江港区综合码头 is of the
                # table's 三江港区)
                name = station_name(own + part.group())
                place = gaz.facility(name, FACILITY_WORDS["码头"], parent=place.name, host=None)
                end_at = part.end()
    return place, end_at, start


def named_after(
    text: str, end: int, raw: list, i: int, gaz, named: re.Pattern = NAMED
) -> re.Match | None:
    """A facility's own name and its word right after ``end`` (犁子林码头), if any: no
    other mention starts inside it, and it does not start with a word of kind or
    number (:data:`NOT_NAMES`)."""
    m = named.match(text, end)
    if m is None:
        return None
    if is_railway_office(m) or (
        m.group("w") == "物流中心" and raw[i][2].rule is not None and raw[i][2].rule.weak
    ):
        # (王家营西和桃花村物流中心: no place a weak name is confirmed by, for a word that is
        # so often an office's)
        return None
    # (南昌铁路向塘站: after a railway, a station's name may hold a word of direction)
    if not is_own_name(m.group("own"), after_railway=named is RAILWAY_STATION) and not (
        m.group("own") in AREA_NAMES and m.group("w") in ("港区", "作业区")
    ):
        return None  # (not 新建码头; but 宿迁港中心港区, an area's name)
    for j in range(i + 1, len(raw)):
        if raw[j][0] >= m.end():
            break
        if (
            raw[j][0] >= end
            and raw[i][2].levels[:1] in (("country",), ("province",))
            and raw[i][2].place in gaz.ancestors(raw[j][2].place)
        ):
            return None  # (阿塞拜疆的巴库港: a place of the country or province, its port)
        if raw[j][0] >= end and not (
            (raw[j][2].rule is not None and raw[j][2].rule.weak)
            # (沈阳虎石台站: a short name glued inside it, 石台, is part of the name)
            or (raw[j][0] > end and raw[j][2].form == "short")
            or _named_for_a_place(raw[i][2], raw[j], m, gaz)
        ):
            return None  # (a name of its own starts inside; a weak one is part of the name)
        if raw[j][0] == end == raw[i][1] and raw[i][2].place in gaz.ancestors(raw[j][2].place):
            return None  # (南充市高坪机场: 高坪区's airport, named after its district)
    return m


def _named_for_a_place(port, inner: tuple, m: re.Match, gaz) -> bool:
    """Whether the mention ``inner``, a place that is the own name of ``m``, a terminal
    right after the port ``port``, is part of the terminal's name: a port's terminal is
    often named for a place, the city it serves or the province that built it (某港钦州
    自动化码头, 某港贵州码头); a port is no part of one (涪陵港龙头作业区: 龙头港's)."""
    return (
        m.group("w") == "码头"
        and port.levels[:1] == ("port",)
        and port.place in gaz.places
        and gaz.places[port.place].kind in WATER_PORT_KINDS
        and inner[0] == m.start("own")
        and inner[1] == m.end("own")
        and inner[2].levels[:1] != ("port",)
    )


def _hosts_a_terminal(surface, gaz) -> bool:
    """Whether a mention is of a place a terminal told after it lies in (a province or a
    division that hosts facilities; not a country, a port or a name several places hold)."""
    return (
        not surface.shared
        and surface.levels[:1] != ("country",)
        and (surface.levels[:1] == ("province",) or surface.levels[0] in FACILITY_HOSTS)
        and surface.place in gaz.places
    )  # (a port's level is no host's: FACILITY_HOSTS holds divisions and countries)


# A river, then a terminal's own name, two or three characters, and 码头 (金沙江某某码头: the
# river says where it lies, as a place would); the rivers are those no place is named in
RIVERS = tuple(w for w in NOT_PLACES if w.endswith(("江", "河")))
_ON_A_RIVER = re.compile(
    f"(?:{'|'.join(RIVERS)})(?P<own>[\u4e00-\u9fff]{{2,3}}?)码头{NOT_AFTER_FACILITY}"
)


# A terminal of its own name, two to four characters, told by what it serves (某某综合码头,
# 某某物流码头, 某某公用码头) at the start of a clause or after a word of where (在, 从, 至 …):
# a terminal at the place read last before it (江西南昌县赣江边,某某综合码头…); not one
# whose own name another name before it continues (某港某某综合码头: read as the port's)
_SERVING_TERMINAL = re.compile(
    f"(?:^|(?<=[，,。；;、\n在从于至到和及往抵是]))(?P<own>[\u4e00-\u9fff]{{2,4}}?)"
    f"(?:{SERVES}|物流|专用)码头{NOT_AFTER_FACILITY}"
)


def terminals_told_alone(text: str, raw: list, lex) -> list:
    """The terminals of their own names told right after the river they lie on
    (:data:`_ON_A_RIVER`: 金沙江某某码头), or by what they serve where a clause starts
    (:data:`_SERVING_TERMINAL`: 某某综合码头), where no mention of ``raw`` (sorted) starts in
    the name but a weak one, as mentions to insert: each in the place (not a country)
    read last before it, where there is one."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    told = [*_SERVING_TERMINAL.finditer(text)]
    if "江" in text or "河" in text:
        told += [*_ON_A_RIVER.finditer(text)]
    host, seen = None, 0  # (the place read last before a terminal, found walking forward)
    for m in sorted(told, key=lambda m: m.start("own")):
        a, b = m.start("own"), m.end()
        if not is_own_name(m.group("own")) or (out and a < out[-1][1]):
            continue  # (长江沿岸码头, 长江主要码头: no name of its own)
        k = bisect_left(starts, a)
        if (k and raw[k - 1][1] > a) or any(
            not (raw[j][2].rule is not None and raw[j][2].rule.weak)
            for j in range(k, bisect_left(starts, b))
        ):
            continue  # (a name read there already)
        for _, _, surface in raw[seen:k]:
            if _hosts_a_terminal(surface, gaz):
                host = surface.place
        seen = max(seen, k)
        if host is None:
            continue
        name = text[a:b]
        place = gaz.facility(name, FACILITY_WORDS["码头"], parent=None, host=host)
        out.append((a, b, lex.facility_surface(place, name)))
    return out
