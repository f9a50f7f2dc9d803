"""Names several places hold (江北区 of Chongqing and of Ningbo, 朝阳, 东兴, 防城港): the one
a mention stands for, from its context, or none (see :mod:`cqmap.geo.matcher`'s module docs).

:func:`resolve_shared` takes the mentions of a text before the context rules and gives
each shared one the place its context names: its province or city right before it
(:func:`qualified`), a place right after it that one of them holds (承德双桥区), a list of
regions it is named in (大足、东兴、隆昌; 防城港、凭祥、东兴等地), an office named after the
town right after it (满洲里海关), the water near a city named
like its port (防城港), the text's own province, else the gazetteer's preferred one;
otherwise it is reported unresolved, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from cqmap.geo.gazetteer import WATER_PORT_KINDS, Gazetteer, Place
from cqmap.geo.place_context import STATE_OFFICES, listed_together

if TYPE_CHECKING:
    from cqmap.geo.lexicon import Hit, Lexicon, Surface

__all__ = ["TOWNS_OF_THEIR_CROSSINGS", "qualified", "resolve_shared"]


def _home(hits: list[Hit], gaz: Gazetteer) -> str | None:
    """The text's own province: the one most of its (unshared, not weak) places lie in."""
    counts: Counter[str] = Counter()
    places = gaz.places
    for _, _, surface in hits:
        if surface.shared or surface.form == "composite" or (surface.rule and surface.rule.weak):
            continue
        province = _province(places[surface.place])
        if province:
            counts[province] += 1
    if not counts:
        return None
    (first, n), *rest = counts.most_common(2)
    return first if not rest or rest[0][1] < n else None


def qualified(hits: list[Hit], i: int, lex: Lexicon, candidates=None) -> Surface | bool:
    """Whether mention ``i`` comes right after a place that holds it (湖北枝江, 宁波江北区);
    for a shared mention, the choice that place holds (or ``False``)."""
    if i == 0:
        return False
    start = hits[i][0]
    p_start, p_end, previous = hits[i - 1]
    if p_end != start or previous.shared or previous.form == "composite":
        return False
    outer, gaz = previous.place, lex.gazetteer
    held = [c for c in candidates or (hits[i][2],) if outer in gaz.ancestors(c.place)]
    if len(held) > 1 and all(gaz.places[c.place].level != "port" for c in held):
        # (新疆喀什: both 喀什地区 and 喀什市 lie there; the one the name alone stands for;
        # 广西凭祥, the town and its crossing, is read by the facilities' rules)
        preferred = gaz.preferred(c.place for c in held)
        return next((c for c in held if c.place == preferred), held[0])
    return held[0] if held else False


# Border towns named for the crossing they grew at (阿拉山口市, 霍尔果斯市, 满洲里市, 二连浩特市):
# their province right before the name says where both are, not which is meant, and the
# name is read as it is alone (取道新疆阿拉山口出境, 内蒙古满洲里是…陆路口岸: the crossing); a
# crossing named for an older town (广西凭祥, 广西东兴, 云南瑞丽) is the town after its province
TOWNS_OF_THEIR_CROSSINGS = frozenset({"阿拉山口", "霍尔果斯", "满洲里", "二连浩特"})


def resolve_shared(text: str, raw: list[Hit], lex: Lexicon, unresolved: list | None) -> list[Hit]:
    """Each shared mention as the place its context names (see the module docs)."""
    gaz = lex.gazetteer
    home = _home(raw, gaz)
    crossings_told = "口岸" in text  # (looked up once: a text may be long)
    out: list[Hit] = []
    for i, (start, end, surface) in enumerate(raw):
        if not surface.shared:
            out.append((start, end, surface))
            continue
        choice = (
            _town_of_its_office(text, end, surface)
            or _town_a_line_joins(text, start, end, surface, gaz)
            or _crossing_passed(text, end, surface, gaz)
            or _crossing_on_the_way(text, raw, i, surface, gaz)
        )
        if not choice and crossings_told:
            choice = _listed_as_crossing(text, raw, i, surface)
        if not choice:
            # (承德双桥区: 承德市, which holds 双桥区; 新疆塔城乌苏: 塔城地区, which holds 乌苏市)
            choice = _holding_next(raw, i, gaz)
        if (
            not choice
            and not _city_and_its_port(surface, gaz)
            and surface.text not in TOWNS_OF_THEIR_CROSSINGS
        ):
            # (not a city and its port: 广西防城港 says where both are, not which is meant;
            # nor a border town named for its crossing: 新疆阿拉山口 is read as 阿拉山口 is)
            choice = qualified([*out[-1:], raw[i]], min(len(out), 1), lex, surface.choices)
        if not choice and _listed_as_place(text, raw, out, i, surface):
            choice = _listed_region(surface, raw, out, i, gaz, home)
        if not choice:
            choice = _listed_with_regions(text, raw, out, i, surface, gaz)
        if not choice:
            choice = _city_of_its_port(text, start, end, surface, gaz)
        if not choice:
            choice = _listed_with_ports(text, raw, out, i, surface, gaz, home)
        if not choice:
            choice = _port_told_elsewhere(raw, surface, gaz)
        if not choice and home:
            here = [c for c in surface.choices if _province(gaz.places[c.place]) == home]
            choice = (
                here[0]
                if len(here) == 1 and not _weak_beside_a_province(here[0], surface, gaz)
                else False
            )
        if not choice:
            preferred = gaz.preferred(c.place for c in surface.choices)
            place = gaz.places.get(preferred) if preferred else None
            # (in a text of another province, Chongqing's own is not the one: 江北 in a text
            # on Wuhan; a province, a facility or a city the tables name is: 海南, 广安)
            if place and (
                home is None
                or home == _province(place)
                or place.level in _TOP
                or (place.curated and place.province != "重庆市")
                # (南昌: the city, not the county of its name inside it)
                or all(
                    c.place == preferred or preferred in gaz.ancestors(c.place)
                    for c in surface.choices
                )
                # (喀什站, 喀什至瓜达尔: the city, not the prefecture that holds it, where the
                # name is not an item of a list, whose items tell what it is)
                or (
                    all(
                        c.place == preferred or c.place in gaz.ancestors(preferred)
                        for c in surface.choices
                    )
                    and _list_start(text, raw, i) == start
                    and _list_end(text, raw, i) == end
                )
            ):
                choice = next(c for c in surface.choices if c.place == preferred)
        if choice:
            out.append((start, end, choice))
        elif unresolved is not None and any(not (c.rule and c.rule.weak) for c in surface.choices):
            unresolved.append((start, end, surface))  # (a weak name alone is no mention)
    return out


_TOP = frozenset({"province", "municipality", "country", "port"})


def _weak_beside_a_province(choice: Surface, surface: Surface, gaz: Gazetteer) -> bool:
    """Whether ``choice`` is a weak short name the name shares with a province's (河北: 天津's
    河北区, weak, and 河北省): the text's own province does not make it the district
    (天津的电子产品、河北的药品: the province), its own strong context would."""
    return (
        choice.rule is not None
        and choice.rule.weak
        and any(gaz.places[c.place].level == "province" for c in surface.choices)
    )


def _holding_next(raw: list[Hit], i: int, gaz: Gazetteer) -> Surface | bool:
    """The choice of shared mention ``i`` that holds a place the mention right after it
    may stand for (承德双桥区: 承德市, not 承德县; 双桥区 is then 承德市's)."""
    if i + 1 >= len(raw) or raw[i + 1][0] != raw[i][1]:
        return False
    following = raw[i + 1][2]
    inner = following.choices or (following,)
    for choice in raw[i][2].choices:
        if any(choice.place in gaz.ancestors(c.place) for c in inner):
            return choice
    return False


# 等地, 等区县, 等城市 closing a list: what it lists are places
_PLACES_LISTED = re.compile(
    "等(?:[0-9一二三四五六七八九十]+个?)?(?:地|区县|县区|市县|县市|城市|市|县)"
)


def _list_end(text: str, raw: list[Hit], i: int) -> int:
    """Where the list that mention ``i`` is an item of ends (its own end if none)."""
    k = raw[i][1]
    for j in range(i + 1, len(raw)):  # (the list goes on to its last name)
        # (新疆阿拉山口: an item told with its province right before it)
        if raw[j][0] != k and not listed_together(text, k, raw[j][0]):
            break
        k = raw[j][1]
    return k


def _list_start(text: str, raw: list[Hit], i: int) -> int:
    """Where the list that mention ``i`` is an item of starts (its own start if none)."""
    while i > 0 and listed_together(text, raw[i - 1][1], raw[i][0]):
        i -= 1
    return raw[i][0]


def _listed_as_crossing(text: str, raw: list[Hit], i: int, surface: Surface) -> Surface | bool:
    """The crossing of a name a town and its crossing share, in a list of crossings
    (满洲里、新疆阿拉山口、霍尔果斯3个沿边口岸: each the crossing, whatever stands before it)."""
    ports = [c for c in surface.choices if c.cls == "P"]
    if len(ports) != 1 or not _in_a_list_of_crossings(text, raw, i):
        return False
    return ports[0]


def _in_a_list_of_crossings(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` stands in a list that closes as crossings (阿拉山口、喀什、满洲里
    等5个出境口岸): a name there is a crossing's, never a place's by its preference."""
    return _CROSSINGS_LISTED.match(text, _list_end(text, raw, i)) is not None


# 等口岸, 3个沿边内陆口岸, 5个出境口岸 closing a list: what it lists are ports of entry
_CROSSINGS_LISTED = re.compile(
    "(?:等|等?[0-9一二三四五六七八九十两]+个?)"
    "(?:沿边|边境|陆路|内陆|铁路|公路|国家级|一类|出境|入境|进出境|出入境){0,3}口岸"
)


def _listed_as_place(text: str, raw: list[Hit], out: list[Hit], i: int, surface: Surface) -> bool:
    """Whether a name shared by a facility and a region (东兴, 凭祥, 防城港) is listed as a
    place: next to a region's name in a list (大足、东兴、隆昌), or in a list that 等地 closes
    (防城港、凭祥、东兴等地)."""
    if not any(c.cls == "P" for c in surface.choices) or all(c.cls == "P" for c in surface.choices):
        return False
    k = _list_end(text, raw, i)
    if _PLACES_LISTED.match(text, k):
        return True
    if _CROSSINGS_LISTED.match(text, k):
        return False  # (满洲里、新疆阿拉山口、霍尔果斯3个沿边口岸: crossings, a region among them)
    # (a region's name listed right before it, already resolved, or right after it)
    return any(s.cls != "P" for s in _listed_next_to(text, raw, out, i))


def _listed_next_to(text: str, raw: list[Hit], out: list[Hit], i: int) -> list[Surface]:
    """The names listed right before mention ``i`` (already resolved) and right after it,
    each of one place (not shared, not a composite)."""
    start, end, _ = raw[i]
    before = [(h, h[1], start) for h in out[-1:]]
    after = [(h, end, h[0]) for h in raw[i + 1 : i + 2]]
    return [
        h[2]
        for h, a, b in before + after
        if listed_together(text, a, b) and not h[2].shared and h[2].form != "composite"
    ]


def _listed_with_regions(
    text: str, raw: list[Hit], out: list[Hit], i: int, surface: Surface, gaz: Gazetteer
) -> Surface | bool:
    """A name several regions share (兴山: 兴山县 of 宜昌, 兴山区 of 鹤岗), listed next to
    a region's name (宜昌、保康、兴山、房县): the one in that region's province, where one is;
    not one inside the listed region where the name is a province's too (天津与河北: the
    province beside the city, no district of the city's own listed with it)."""
    if any(c.cls == "P" for c in surface.choices):
        return False
    a_province = any(gaz.places[c.place].level == "province" for c in surface.choices)
    for listed in _listed_next_to(text, raw, out, i):
        province = _province(gaz.places[listed.place])
        here = [
            c
            for c in surface.choices
            if _province(gaz.places[c.place]) == province
            and not (a_province and listed.place in gaz.ancestors(c.place))
        ]
        if province and len(here) == 1:
            return here[0]
    return False


# Words of ships and water near a name: a city named like its port (防城港) is the port
# (goods landed, 在防城港上岸; the gulf it lies on, 广西北部湾防城港)
_WATER_WORDS = re.compile(
    "船|航线|航运|水运|海运|出海|下海|上岸|班轮|直航|码头|泊位|港口|吞吐|江海|海铁|铁海|港区|北部湾"
)
# A port listed right before or after it (运到钦州港、防城港: the port, as its neighbour is;
# not in a list closed by 等地, read as places first)
_PORT_BEFORE = re.compile("港[、和及与]\\Z")
_PORT_AFTER = re.compile("[、和及与][\u4e00-\u9fff]{1,5}?港(?![口区务])")
_WATER_SPAN = 20


def _city_and_its_port(surface: Surface, gaz: Gazetteer) -> tuple[Surface, Surface] | None:
    """The city and the water port a name is both of (防城港: 防城港市 and the port), if it
    is (not 阿拉山口, 满洲里: a border town is named for its crossing)."""
    if len(surface.choices) != 2:
        return None
    port = next((c for c in surface.choices if c.cls == "P"), None)
    city = next((c for c in surface.choices if c.cls != "P"), None)
    if port is None or city is None or city.place != surface.text + "市":
        return None
    if gaz.places[port.place].kind not in WATER_PORT_KINDS:
        return None
    return city, port


def _city_of_its_port(
    text: str, start: int, end: int, surface: Surface, gaz: Gazetteer
) -> Surface | bool:
    """A name that is a city's and its port's (防城港: 防城港市 and the port): the city,
    unless words of ships or water stand near it (防城港至重庆冷链专列: the city; 经防城港
    出海: the port)."""
    pair = _city_and_its_port(surface, gaz)
    if pair is None:
        return False
    city, port = pair
    # (within its sentence: 中亚班列(连云港~塔什干)。列车在连云港港口站发车 names the city)
    lo = max(0, start - _WATER_SPAN, text.rfind("。", max(0, start - _WATER_SPAN), start) + 1)
    hi = text.find("。", end, end + _WATER_SPAN)
    near = _WATER_WORDS.search(text, lo, hi if hi >= 0 else end + _WATER_SPAN)
    listed = _PORT_BEFORE.search(text, max(0, start - 2), start) or _PORT_AFTER.match(text, end)
    return port if near or listed else city


def _town_of_its_office(text: str, end: int, surface: Surface) -> Surface | bool:
    """The region of a name a town and its crossing or port share, right before an office
    named after it (满洲里海关, 凭祥海关: the customs of the town, not the crossing)."""
    if not text.startswith(STATE_OFFICES, end):
        return False
    regions = [c for c in surface.choices if c.cls != "P"]
    if len(regions) != 1 or len(regions) == len(surface.choices):
        return False
    return regions[0]


# A road or railway named by the towns it joins (防城港至东兴铁路, 连云港至霍尔果斯高速公路,
# 奎屯至阿拉山口的铁路), not the crossing's road or rail port (至霍尔果斯铁路口岸)
# nor a service on it (至霍尔果斯铁路班列)
_LINE_AFTER = re.compile(
    r"[^，,。；;!！?？的]{0,16}?(?:铁路|高速公路|公路|高速|高铁)(?![口班运货联枢物集专场站过])"
)
# A word of a town right before a name (边境城市东兴, 口岸城市凭祥): the town
_TOWN_BEFORE = re.compile("城市\\Z")


def _town_a_line_joins(
    text: str, start: int, end: int, surface: Surface, gaz: Gazetteer
) -> Surface | bool:
    """The town of a name a town and its crossing share, where it is an end of a road or
    railway named by the towns it joins (防城港至东兴铁路: 东兴市, not 内江's 东兴区), or
    told as a town (边境城市东兴)."""
    crossing = _crossing_of(surface, gaz)
    if crossing is None:
        return False
    host = gaz.places[crossing.place].host
    towns = [
        c
        for c in surface.choices
        if c.cls != "P" and (c.place == host or host in gaz.ancestors(c.place))
    ]
    if len(towns) != 1:
        return False
    if _TOWN_BEFORE.search(text, max(0, start - 2), start):
        return towns[0]
    joined = text[start - 1 : start] in ("至", "到") or text[end : end + 1] in ("至", "到")
    return towns[0] if joined and _LINE_AFTER.match(text, end) else False


# Crossing the border right after a name: the name of a town and its crossing is the crossing
_CROSSED = re.compile("出境|入境|出关|入关|出国|进境")


def _crossing_passed(text: str, end: int, surface: Surface, gaz: Gazetteer) -> Surface | bool:
    """The border crossing of a name a town and its crossing share, where the border is
    crossed right after it (取道新疆阿拉山口出境: the crossing, not 阿拉山口市)."""
    if not _CROSSED.match(text, end):
        return False
    return _crossing_of(surface, gaz) or False


def _crossing_of(surface: Surface, gaz: Gazetteer) -> Surface | None:
    """The one border crossing among a shared name's choices, if it has one."""
    crossings = [
        c for c in surface.choices if c.cls == "P" and gaz.places[c.place].kind == "border crossing"
    ]
    return crossings[0] if len(crossings) == 1 else None


# The words before a list of the places a train or ship passes (途经兰州、哈密、阿拉山口)
_ON_THE_WAY = re.compile("(?:途经|途径|经过|经由|经)[\u4e00-\u9fff]{0,3}?\\Z")


def _crossing_on_the_way(
    text: str, raw: list[Hit], i: int, surface: Surface, gaz: Gazetteer
) -> Surface | bool:
    """The border crossing of a name a town and its crossing share, listed among the
    places a run passes right before a place abroad or another facility (途经兰州、哈密、
    阿拉山口、多斯特克; 途经阿拉山口、阿拉木图: the crossing it leaves by, not 阿拉山口市; but
    经凭祥、南宁: the town)."""
    crossing = _crossing_of(surface, gaz)
    if crossing is None or i + 1 >= len(raw):
        return False
    following = raw[i + 1][2]
    if not listed_together(text, raw[i][1], raw[i + 1][0]) or not (
        following.cls == "P"
        or (not following.shared and following.place and not gaz.in_china(following.place))
    ):
        return False
    start = _list_start(text, raw, i)
    return crossing if _ON_THE_WAY.search(text, max(0, start - 6), start) else False


def _listed_with_ports(
    text: str,
    raw: list[Hit],
    out: list[Hit],
    i: int,
    surface: Surface,
    gaz: Gazetteer,
    home: str | None,
) -> Surface | bool:
    """The region a name shared by regions stands for where it is listed next to places
    of other provinces than the text's, each with a port on the water: the one of its
    regions with such a port (洋浦至南沙、锦州、天津等运输路径, in a text on Hainan: 广州's
    南沙, not 三沙's)."""
    start, end, _ = raw[i]
    near = [h for h in out[-1:] if listed_together(text, h[1], start)]
    near += [h for h in raw[i + 1 : i + 2] if listed_together(text, end, h[0])]
    near = [h[2].place for h in near if not h[2].shared]
    if not near or not all(gaz.port_of(n) and _province(gaz.places[n]) != home for n in near):
        return False
    regions = [c for c in surface.choices if c.cls != "P"]
    if len({_province(gaz.places[c.place]) for c in regions}) < len(regions):
        return False  # (广安: 广安市 and its 广安区, one province's; not told apart so)
    watered = [c for c in regions if gaz.port_of(c.place)]
    return watered[0] if len(watered) == 1 else False


def _port_told_elsewhere(raw: list[Hit], surface: Surface, gaz: Gazetteer) -> Surface | bool:
    """The one port of a name several ports share that the text names elsewhere by a name
    of its own, or by its parent port's (福建(江阴港) in a text on 福州港江阴港区: that port
    area, not 江苏's 江阴港)."""
    ports = [c for c in surface.choices if c.cls == "P"]
    if len(ports) < 2:
        return False
    told = {h[2].place for h in raw if not h[2].shared and h[2].form != "composite"}
    named = [c for c in ports if c.place in told or gaz.places[c.place].parent in told]
    return named[0] if len(named) == 1 else False


def _listed_region(
    surface: Surface, raw: list[Hit], out: list[Hit], i: int, gaz: Gazetteer, home: str | None
) -> Surface | bool:
    """The region a name listed as a place stands for: the only one, else the one in the
    province of a place listed next to it, else the one in the text's own province."""
    regions = [c for c in surface.choices if c.cls != "P"]
    if len(regions) == 1:
        return regions[0]
    near = [h[2] for h in (out[-1:] + raw[i + 1 : i + 2]) if not h[2].shared]
    for province in [*(_province(gaz.places[n.place]) for n in near), home]:
        here = [c for c in regions if _province(gaz.places[c.place]) == province]
        if province and len(here) == 1:
            return here[0]
    return False


def _province(place: Place) -> str | None:
    return place.name if place.level in ("province", "municipality") else place.province
