"""Stations and ports named after the town they lie in.

A rail station, yard, port, wharf or border crossing is often named after its town (萨拉齐站,
嫘祖站, 白市驿站, 关累港, 满都拉口岸), a name the gazetteer's table does not have. A township-level division
of China (``towns.json``, :mod:`cqmap.geo.data.towns`), written as it is or without its
word of kind (萨拉齐镇, 萨拉齐), right before a facility word names that facility, placed at
the town's county as the facilities of :mod:`cqmap.geo.facilities` are at theirs
(approximate). Only where the text names that county or its prefecture: a town's name is
held by many towns (城厢, 马庄 …), and one held by one town may still name a place
elsewhere that is no division (兴隆场 in Chongqing is a rail yard, 兴隆场镇 lies in Hunan);
the text's own places tell which, or nothing is read. A name read that starts inside the
town's name and ends on its word (香港 in 蔗香港) gives way to the facility. The town is
never a region.
Stations listed sharing one word (设嫘祖、旧县和远安车站; counted, 新建干溪、旧县两个车站)
are each a station: a town as above, or a county or city of the name; counted, a name
that is neither is a station of its own name, where the list's other stations lie.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate

from cqmap.geo.facility_lines import STATION_KINDS
from cqmap.geo.facility_lists import COUNT_BEFORE, word_across
from cqmap.geo.facility_names import GANG_IN_ANOTHER_WORD, is_own_name, station_name
from cqmap.geo.place_context import NOT_PLACES
from cqmap.geo.places import data_tables
from cqmap.geo.vocabulary import FACILITY_WORDS

__all__ = ["TOWN_SUFFIXES", "town_counties", "town_facilities"]

# A township's word of kind, longest first (嘉定镇街道 is 嘉定镇 without 街道)
TOWN_SUFFIXES = ("民族苏木", "民族乡", "街道", "苏木", "镇", "乡")
_SUFFIX = re.compile(f"(?:{'|'.join(TOWN_SUFFIXES)})$")
_SUFFIX_SET = frozenset(TOWN_SUFFIXES)
# The facility words a town's name may stand before (not 港区, 港口, 港澳 …: 港 in another
# word; a border crossing, 满都拉口岸, 硕龙公路口岸, is often named after its town)
_WORD = re.compile(f"火车站|车站|货场|站|码头|(?:公路|铁路)?口岸|港{GANG_IN_ANOTHER_WORD}")
# The levels of the places a text names that tell a town's county: the county itself or
# its prefecture (a province holds too many towns of one name to tell)
_TELLING = {"county", "district", "prefecture", "city", "municipality"}
_LONGEST = 6  # (珠恩嘎达布其: a town's name, without its word, of up to six characters)
# What may stand right before a town's name, besides no character of a name and a place
# or facility read (包头萨拉齐站): a word of where, of moving or of having (从萨拉齐站,
# 驶出研和站, 停进研和站, 设有太阳坪站), a railway line or office (小西线跳磴站, 郑州局圃田
# 站), a port before its station; any other character makes it the end of a longer name
# (新云台码头, 艮山口站: not the towns 云台 and 山口)
_BEFORE = frozenset("从自由在于至到往向经达抵赴的和与及、出进入开离停驶发靠泊过有是为线局港")
# A railway's name right before a town's name: the railway's station there (川黔铁路赶水站)
_RAILWAY = "铁路"


@cache
def town_counties() -> dict[str, list[str]]:
    """Every township's name, as written and without its word of kind (two characters or
    more), with the adcodes of the counties that hold a town of that name (a county that
    holds two, 某镇 and 某乡, is listed twice)."""
    ((columns, rows),) = data_tables("towns.json").values()
    county_at, towns_at = columns["county"], columns["towns"]
    out: dict[str, list[str]] = {}
    for row in rows:
        county = row[county_at]
        for name in row[towns_at]:
            if name in _SUFFIX_SET:
                continue  # (a township the dictionary gives no name of its own: 街道)
            out.setdefault(name, []).append(county)
            stem = _SUFFIX.sub("", name)
            if stem != name and len(stem) >= 2 and stem not in _SUFFIX_SET:
                out.setdefault(stem, []).append(county)  # (not 苏木 of 苏木乡: a word)
    return out


def town_facilities(text: str, hits: list, lex) -> list:
    """The mentions ``hits`` with the facilities named after a town added (see the
    module's docstring), in order; ``hits`` itself where there are none."""
    if not any(w in text for w in ("站", "港", "码头", "货场", "口岸")):
        return hits
    gaz = lex.gazetteer
    told = {
        place
        for _, _, surface in hits
        if surface.levels and surface.levels[0] in _TELLING
        for place in surface.places
    }
    if not told:
        # (no town can be placed: the index of towns is not needed, nor loaded)
        listed = _stations_listed(text, hits, told, {}, gaz, lex) if "、" in text else []
        return _with(hits, listed) if listed else hits
    index = town_counties()
    starts, reach = _reach(hits)
    added = []
    for m in _WORD.finditer(text):
        own = _town_before(text, m.start(), index)
        if own is None:
            continue
        start = m.start() - len(own)
        past = _past(starts, reach, start, m.end())
        if past is not None and past > 0:
            inner = _past(starts, reach, start, start + 1)
            if (inner is not None and inner > 0) or not m.start() - start < past <= m.end() - start:
                continue  # (a name read already: a place's, or a facility's)
            # (望谟蔗香港: a name read that starts inside the town's name and ends on its
            # word, 香港, cuts the town's port, and gives way to it)
            past = _past(starts, reach, start, start)
        before = text[start - 1 : start]
        # (a place or facility read right before it: 包头萨拉齐站)
        if (
            "\u4e00" <= before <= "\u9fff"
            and before not in _BEFORE
            and past != 0
            and not text.endswith(_RAILWAY, 0, start)
        ):
            continue  # (the town's name is the end of a longer name: 新云台码头)
        word = m.group()
        name = station_name(own + word)
        if not is_own_name(own) or gaz.candidates(own + word):
            continue  # (连云港: the city, in an outlet's name; not 连云's port)
        counties = _told_counties(own, told, index, gaz)
        if len(counties) != 1:
            continue  # (no town of its name in the places the text names, or several)
        # (新筑车站: 新筑站, the table's 西安国际港站, as the gazetteer finds it)
        place = gaz.facility(name, FACILITY_WORDS[word], parent=None, host=counties[0])
        added.append((start, m.end(), lex.facility_surface(place, own + word)))
    if "、" in text:
        added += _stations_listed(text, hits, told, index, gaz, lex)
    return _with(hits, added) if added else hits


def _reach(hits: list) -> tuple[list[int], list[int]]:
    """The starts of ``hits`` in order and, at each, the farthest end so far: whether a
    span overlaps one of them is then a bisection (:func:`_past`)."""
    spans = sorted((a, b) for a, b, _ in hits)
    return [a for a, _ in spans], list(accumulate((b for _, b in spans), max))


def _past(starts: list[int], reach: list[int], start: int, end: int) -> int | None:
    """How far the mentions starting before ``end`` reach past ``start``: positive where
    one overlaps ``start``–``end``, 0 where one ends right at ``start``; ``None`` where
    none starts before ``end``."""
    k = bisect_left(starts, end)
    return reach[k - 1] - start if k else None


def _told_counties(own: str, told: set, index: dict, gaz) -> list[str]:
    """The counties among the places the text names (or in a prefecture it names) that
    hold a town named ``own``."""
    return [
        place.name
        for code in dict.fromkeys(index.get(own, ()))
        if (place := gaz.get(code)) is not None and (place.name in told or place.parent in told)
    ]


def _with(hits: list, added: list) -> list:
    """``hits`` with the mentions ``added``, in order; a place read where an added
    facility is named (a listed station's name) gives way to it."""
    starts, reach = _reach(added)

    def inside(h: tuple) -> bool:  # (an added span starting at or before it reaches its end)
        k = bisect_right(starts, h[0])
        return bool(k) and reach[k - 1] >= h[1]

    return sorted([*(h for h in hits if not inside(h)), *added], key=lambda h: h[0])


# Stations listed sharing one word (沿线设嫘祖、干溪、远安和旧县车站; 在曲樟、博白、
# 铁山港火车站均可受理货运): each name before the last, a town of the places the text names or a
# county or city, is its station; the last is read as any station is
# (not 场站, a yard's word: 西安、郑州和兰州三大场站)
# (江山、后溪街、衢州3个办理站: stations that handle freight, counted before the word; not
# 一站式, all in one place)
_STATION_WORD = re.compile("火车站|车站|办理站|(?<!场)站(?![点台内前区长务段式])")
_LIST_JOIN = "、和及"
_LISTED_LEVELS = {"county", "district", "prefecture", "city"}
_LIST_REACH = 12  # (the names a list of stations walks back over at most)


def _stations_listed(text: str, hits: list, told: set, index: dict, gaz, lex) -> list:
    """The stations of lists that share one word for a station (see
    :data:`_STATION_WORD`): ``(start, end, surface)`` of each name before the last, or of
    each name where a count or 等 stands before the word."""
    out = []
    ports = None  # (the facilities read, for bisection: made at the first list)
    ends = None  # (the mentions by where they end: made at the first list)
    for m in _STATION_WORD.finditer(text):
        items = []
        at = m.start()
        # (设嫘祖、远安两个车站, 干溪、旧县等车站: a count or 等 between the list and its word;
        # the last name is then a station of the list too)
        count = COUNT_BEFORE.search(text, max(0, at - 12), at)
        if count is not None:
            at = count.start()
        while len(items) < _LIST_REACH:  # (bounded: linear in long lists)
            length = next(
                (
                    n
                    for n in range(2, _LONGEST + 1)
                    if at - n - 1 >= 0
                    and text[at - n - 1] in _LIST_JOIN
                    and all("\u4e00" <= c <= "\u9fff" for c in text[at - n : at])
                ),
                None,
            )
            if length is None:
                break
            items.append((at - length, at))
            at = at - length - 1
        if len(items) < (1 if count else 2) or not all(is_own_name(text[a:b]) for a, b in items):
            continue  # (one name before the word, or two joined uncounted: no list to share it)
        if count is not None:
            # (counted, the list is one of stations whatever its last name is: each name
            # is a station of its own, 新建干溪、旧县两个车站: 干溪站)
            items.insert(0, (len(text), len(text)))
        elif not (
            (last := text[items[0][0] : items[0][1]]) in index
            or gaz.candidates(last)
            or gaz.candidates(last + "站")
        ):
            continue  # (the name the word follows is no name of a station's place)
        # (the last name is the station read as any is, uncounted; the first name's start
        # is where the list begins, and the names between are each a station of their own)
        first_start = _first_item(text, at, index, gaz)
        if first_start is not None:
            items.append(first_start)
        # (曲靖市龙津沟、珠江源等车站: a place right before the list is where its stations
        # of no place's name lie)
        if ends is None:
            ends = {h[1]: h[2] for h in hits}
        host_before = _place_before(text, first_start[0] if first_start else at, ends)
        if host_before is not None and first_start is None:
            items.append((host_before[0], at))
        elif first_start is None and count is not None and (lead := _lead_name(text, at)):
            items.append(lead)  # (,干溪、宜都两个车站: a name that begins its clause)
        if ports is None:
            ports = _reach([h for h in hits if h[2].levels == ("port",)])
        hosts, unplaced = [], []  # (where the list's stations lie; its own names unplaced)
        for start, end in items[1:]:
            past = _past(*ports, start, end)
            if past is not None and past > 0:
                # (a facility read there already: the table's, 团结村; where it lies is
                # where the list's stations do)
                hosts += _hosts_of_ports(hits, start, end, gaz)
                continue
            own = text[start:end]
            host = _listed_host(own, told, index, gaz) or (
                host_before[1] if host_before and is_own_name(own) else None
            )
            if host is None:
                if count is not None and _station_of_its_own_name(own, index, gaz):
                    unplaced.append((start, end))
                continue
            hosts.append(host)
            place = gaz.facility(
                station_name(own + "站"), FACILITY_WORDS["站"], parent=None, host=host
            )
            out.append((start, end, lex.facility_surface(place, own)))
        if unplaced:
            # (旧县、干溪两座车站: counted, 干溪, no town nor place, is a station of its
            # own name, where the list's other stations lie, else in China)
            host = _shared_host(hosts, gaz)
            for start, end in unplaced:
                own = text[start:end]
                # (萨特玛站、塔门站和阿拉尔站4座车站: an item written whole with its word)
                name = own if own.endswith("站") else own + "站"
                place = gaz.facility(name, FACILITY_WORDS["站"], parent=None, host=host)
                out.append((start, end, lex.facility_surface(place, own)))
    return out


def _lead_name(text: str, end: int) -> tuple[int, int] | None:
    """The span of two or three characters ending at ``end`` that begins its clause (after
    a mark, or at the text's start), if there is one."""
    for length in (2, 3):
        start = end - length
        if start < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[start:end]):
            return None
        if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
            return start, end
    return None


def _station_of_its_own_name(own: str, index: dict, gaz) -> bool:
    """Whether a name of a list of stations counted, of two or three characters, is a
    station's own name (干溪, 后溪街): no town's (placed only where its county is told), no
    place nor word that names none inside it, nor a word of what a station is for a run
    (始发, 终到: :data:`cqmap.geo.facility_lines.STATION_KINDS`), nor a yard's (货)."""
    if not 2 <= len(own) <= 3 or own in index or not is_own_name(own) or "货" in own:
        return False
    if own.startswith(STATION_KINDS):
        return False
    return not any(
        own[i:j] in NOT_PLACES or gaz.candidates(own[i:j])
        for i in range(len(own) - 1)
        for j in range(i + 2, len(own) + 1)
    )


def _hosts_of_ports(hits: list, start: int, end: int, gaz) -> list[str]:
    """The places the facilities read over ``start``–``end`` lie in."""
    return [
        place.host
        for a, b, surface in hits
        if a < end
        and b > start
        and surface.levels == ("port",)
        and (place := gaz.places.get(surface.place)) is not None
        and place.host
    ]


def _shared_host(hosts: list, gaz) -> str:
    """The innermost place all of ``hosts`` lie in or are (远安县 for 远安县 alone, 衢州市
    for 江山市 and 龙游县), else 中国."""
    shared = None
    for host in hosts:
        held = {host, *gaz.ancestors(host)}
        shared = held if shared is None else shared & held
    inner = gaz.innermost(sorted(shared)) if shared else []
    return inner[0] if len(inner) == 1 else "中国"


def _place_before(text: str, end: int, ends: dict) -> tuple[int, str] | None:
    """Where the first name of a list ending at ``end`` starts and the place named right
    before it (曲靖市珠江源: 珠江源, at 曲靖市), where a county, district or city is read
    there (``ends``: the mentions by where they end) and the name is two to
    :data:`_LONGEST` characters; else ``None``."""
    for length in range(2, _LONGEST + 1):
        start = end - length
        if start < 1 or not "\u4e00" <= text[start] <= "\u9fff":
            return None
        surface = ends.get(start)
        if surface is not None:
            level = surface.levels[0] if surface.levels else None
            if level in _LISTED_LEVELS and not surface.shared and len(surface.places) == 1:
                return start, surface.place
            return None  # (a name read there that is no place hosting a station)
    return None


def _first_item(text: str, end: int, index: dict, gaz) -> tuple[int, int] | None:
    """The first name of a list, ending at ``end``: the longest town or place name there
    (设干溪: 干溪), or ``None``, also where a longer name runs into it (曲靖市珠江源: 珠江
    runs into 江源, no 江源区's)."""
    own = _longest_before(text, end, lambda own: own in index or bool(gaz.candidates(own)))
    if own is None:
        return None
    lead = max(0, end - len(own) - 4)
    return (
        None if word_across(text[lead:end], end - len(own) - lead, gaz) else (end - len(own), end)
    )


def _listed_host(own: str, told: set, index: dict, gaz) -> str | None:
    """Where a listed station named ``own`` lies: the one county among the places the text
    names that holds a town of that name, else the one county or city of that name."""
    counties = _told_counties(own, told, index, gaz)
    if len(counties) == 1:
        return counties[0]
    places = [p for p in gaz.candidates(own) if gaz.places[p].level in _LISTED_LEVELS]
    return places[0] if len(places) == 1 else None


def _town_before(text: str, end: int, index: dict) -> str | None:
    """The longest township's name right before ``end`` (as written or without its word
    of kind), if any."""
    return _longest_before(
        text, end, lambda own: own in index and all("\u4e00" <= c <= "\u9fff" for c in own)
    )


def _longest_before(text: str, end: int, is_name) -> str | None:
    """The longest run of two to :data:`_LONGEST` characters right before ``end`` that
    ``is_name``, if any."""
    for length in range(min(_LONGEST, end), 1, -1):
        if is_name(own := text[end - length : end]):
            return own
    return None
