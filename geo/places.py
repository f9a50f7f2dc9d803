"""Every place cqmap knows, built from data: the :class:`Place` entry, and the places of
the curated tables (:mod:`cqmap.geo.regions`, :mod:`cqmap.geo.ports`) with the points and
hosts of the committed derived data (``geo/data/places.geojson``, ``ports.geojson``,
``divisions.json``, ``world.json``, ``states.json``), read once with the standard library. How names
resolve to them is :mod:`cqmap.geo.gazetteer`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

from cqmap.geo.data import DATA_DIR
from cqmap.geo.names import short_name
from cqmap.geo.ports import PORTS
from cqmap.geo.regions import (
    AREAS,
    CONTEXT_PLACES,
    COUNTRIES,
    DISTRICTS,
    FORMER_NAMES,
    FORMER_NAMES_ABROAD,
    NEW_AREAS,
    PROVINCE_SHORT_FORMS,
    ZONES,
)
from cqmap.geo.vocabulary import FACILITY_WORDS, WATER_PORT_KINDS

__all__ = ["Place", "build_places", "data_tables"]


_set_attr = object.__setattr__


class _Names:
    """``Place.names``: every name that resolves to the place, canonical first. Worked
    out once, when the place is made, and kept in the instance, whose own value wins
    over this non-data descriptor (which works it out for an instance without one)."""

    def __get__(self, place: Place | None, owner: type | None = None):
        if place is None:
            return self
        names = place.__dict__["names"] = _names(
            place.name, place.full_name, place.short_name, place.former_names, place.aliases
        )
        return names


def _names(name, full_name, short_name, former_names, aliases) -> tuple[str, ...]:
    """The canonical name, then each other name once, in order (empty ones left out)."""
    if not (former_names or aliases) and (short_name is None or short_name == full_name):
        if full_name is None or full_name == name:
            return (name,)
        if full_name:
            return (name, full_name)
    return tuple(
        dict.fromkeys((name, *filter(None, (full_name, short_name, *former_names, *aliases))))
    )


@dataclass(frozen=True, init=False)
class Place:
    """One gazetteer entry.

    ``lon``/``lat`` is the representative point in WGS84 (pole of inaccessibility of a
    district, seat of a city or zone, terminal of a port). ``host`` is the region a port
    or new area lies in, or the district of a zone's seat; ``hosts`` the districts a
    functional zone spans. ``parent`` is the division a division lies in (a county's
    prefecture, a city's country) or the port a port area belongs to. ``curated``: the
    place comes from the hand-kept tables (its names resolve freely); the places derived
    from registry data only (every other division of China, countries, foreign cities)
    are ``curated=False``, and their short names need a strong context in text.
    """

    name: str
    level: str
    lon: float
    lat: float
    code: str | None = None
    full_name: str | None = None
    short_name: str | None = None
    kind: str | None = None
    group: str | None = None
    subgroup: str | None = None
    former_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    host: str | None = None
    hosts: tuple[str, ...] = ()
    river: str | None = None
    province: str | None = None
    approximate: bool = False
    parent: str | None = None
    curated: bool = True
    accuracy_m: float | None = None
    derived: bool = False  # a facility a text names, not in the table (see Gazetteer.facility)
    county: str | None = None  # the county a port outside Chongqing lies in

    # (The dataclass gives the fields, equality, hash and repr; ``__init__`` is written
    # out: a frozen dataclass's sets each field with ``object.__setattr__``, 3 µs a place,
    # against one instance dict here, and the gazetteer makes 8,000 of them.)
    def __init__(
        self,
        name: str,
        level: str,
        lon: float,
        lat: float,
        code: str | None = None,
        full_name: str | None = None,
        short_name: str | None = None,
        kind: str | None = None,
        group: str | None = None,
        subgroup: str | None = None,
        former_names: tuple[str, ...] = (),
        aliases: tuple[str, ...] = (),
        host: str | None = None,
        hosts: tuple[str, ...] = (),
        river: str | None = None,
        province: str | None = None,
        approximate: bool = False,
        parent: str | None = None,
        curated: bool = True,
        accuracy_m: float | None = None,
        derived: bool = False,
        county: str | None = None,
    ) -> None:
        _set_attr(
            self,
            "__dict__",
            {
                "name": name,
                "level": level,
                "lon": lon,
                "lat": lat,
                "code": code,
                "full_name": full_name,
                "short_name": short_name,
                "kind": kind,
                "group": group,
                "subgroup": subgroup,
                "former_names": former_names,
                "aliases": aliases,
                "host": host,
                "hosts": hosts,
                "river": river,
                "province": province,
                "approximate": approximate,
                "parent": parent,
                "curated": curated,
                "accuracy_m": accuracy_m,
                "derived": derived,
                "county": county,
                "names": _names(name, full_name, short_name, former_names, aliases),
            },
        )

    names = _Names()


def _points(filename: str) -> dict[str, dict]:
    with open(DATA_DIR / filename, encoding="utf-8") as f:
        features = json.load(f)["features"]
    return {
        feat["properties"]["name"]: {**feat["properties"], "xy": feat["geometry"]["coordinates"]}
        for feat in features
    }


def data_tables(filename: str) -> dict[str, tuple[dict[str, int], list[list]]]:
    """The tables of a ``geo/data`` JSON file: each as the index of each column and the
    rows (lists, read as they are: no dict a row)."""
    with open(DATA_DIR / filename, encoding="utf-8") as f:
        tables = json.load(f)
    return {
        name: ({c: i for i, c in enumerate(t["columns"])}, t["rows"]) for name, t in tables.items()
    }


def _divisions(former: dict[str, list[str]]) -> list[Place]:
    """Every division of China but Chongqing's districts (:data:`DISTRICTS`), with the
    curated names of :data:`CONTEXT_PLACES` where they have them."""
    col, rows = data_tables("divisions.json")["divisions"]
    ADCODE, NAME, PARENT = col["adcode"], col["name"], col["parent"]
    LEVEL, LON, LAT = col["level"], col["lon"], col["lat"]
    by_code = {r[ADCODE]: r for r in rows}
    context = {c.adcode: c for c in CONTEXT_PLACES}
    chongqing = {d.adcode for d in DISTRICTS}
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[NAME]] = counts.get(r[NAME], 0) + 1
    canonicals: dict[str, str] = {}  # by adcode
    provinces: dict[str, str] = {}  # by adcode

    def canonical(r: list) -> str:
        name = canonicals.get(r[ADCODE])
        if name is None:
            if r[ADCODE] in context:
                name = context[r[ADCODE]].name
            elif counts[r[NAME]] > 1 or r[NAME] in _CHONGQING_NAMES:
                name = by_code[r[PARENT]][NAME] + r[NAME]  # 宁波市江北区
            else:
                name = r[NAME]
            canonicals[r[ADCODE]] = name
        return name

    def province_of(r: list) -> str:
        province = provinces.get(r[ADCODE])
        if province is None:
            parent = r[PARENT]
            province = r[NAME] if parent is None else province_of(by_code[parent])
            provinces[r[ADCODE]] = province
        return province

    # (a county that became a county-level city or a district keeps its former name in
    # older texts: 水富县 is 水富市, 崇明县 崇明区; only where no division holds that name
    # now and the short name is that one division's; not a city become a district, 增城市:
    # X市 is too often a word's end, 资源城市, 海上城市)
    stems: dict[str, int] = {}
    for r in rows:
        if r[LEVEL] == "county":
            stems[short_name(r[NAME])] = stems.get(short_name(r[NAME]), 0) + 1

    def former_county(r: list) -> tuple[str, ...]:
        if r[LEVEL] != "county" or r[NAME][-1] not in "市区":
            return ()
        stem = short_name(r[NAME])
        if not stem or stem == r[NAME] or len(stem) < 2 or stems.get(stem) != 1:
            return ()
        old = stem + "县"
        return () if old in counts else (old,)

    # (an autonomous county, prefecture or banner is written with its short name and its
    # word of kind: 松桃县, 恩施州, 鄂伦春旗; only where no division holds that name and the
    # short name is one such division's)
    autonomous = Counter(short_name(r[NAME]) for r in rows if r[NAME].endswith(_AUTONOMOUS))

    def as_commonly_written(r: list) -> tuple[str, ...]:
        if not r[NAME].endswith(_AUTONOMOUS):
            return ()
        stem = short_name(r[NAME])
        if not stem or len(stem) < 2 or autonomous.get(stem) != 1:
            return ()
        written = stem + r[NAME][-1]
        return () if written in counts else (written,)

    short_forms: dict[str, list[str]] = {}  # (内蒙: 内蒙古自治区's)
    for short, province in PROVINCE_SHORT_FORMS.items():
        short_forms.setdefault(province, []).append(short)

    out = []
    for r in rows:
        code = r[ADCODE]
        if code in chongqing:
            continue
        name = canonical(r)
        curated = context.get(code)
        short = curated.short_name if curated else short_name(r[NAME])
        parent = r[PARENT]
        out.append(
            Place(
                name,
                r[LEVEL],  # province, municipality, prefecture or county
                r[LON],
                r[LAT],
                code=code,
                full_name=r[NAME],
                short_name=short,
                former_names=(*former.get(name, ()), *former_county(r)),
                aliases=(*as_commonly_written(r), *short_forms.get(name, ())),
                province=province_of(r),
                parent=canonical(by_code[parent]) if parent else None,
                curated=curated is not None,
            )
        )
    return out


# The kinds of autonomous division (自治县, 自治州, 自治旗)
_AUTONOMOUS = ("自治县", "自治州", "自治旗")
# A province's one-character name and a direction: a part of the province (川西, 渝东)
_PART_OF_A_PROVINCE = re.compile(
    "[川渝鄂湘黔滇陕甘豫皖苏浙闽粤桂琼赣晋冀鲁辽吉黑蒙藏青宁新][东西南北中]"
)


def _world(named: frozenset[str] = frozenset()) -> list[Place]:
    """The world's countries (the curated :data:`COUNTRIES` with their aliases) and the
    foreign cities with Chinese names; a city of Asia named ``X市`` is also ``X`` (海防市:
    海防, as articles write it), unless another place (of ``named``, or of the world) has
    that name. (Elsewhere 市 translates a name's "City": 联合市, Union City, is no 联合.)
    Then other countries' first-level divisions (``states.json``), and the oblasts named
    after their centres that it leaves out (明斯克州)."""
    tables = data_tables("world.json")
    curated = {c.iso3: c for c in COUNTRIES}
    area_of = {country: a.name for a in AREAS for country in a.countries}
    continent_area = {a.continent: a.name for a in AREAS if a.continent}
    out = []
    country_names = {}
    col, rows = tables["countries"]
    ISO3, NAME, LON, LAT = col["iso3"], col["name"], col["lon"], col["lat"]
    CONTINENT, OTHER_NAMES = col["continent"], col["names"]
    in_asia = set()
    other_names: set[str] = set()
    for r in rows:
        c = curated.get(r[ISO3])
        country_names[r[ISO3]] = r[NAME]
        if r[CONTINENT] == "AS":
            in_asia.add(r[ISO3])
        # (亚塞拜然, 寮国: its names in Taiwan's and Hong Kong's usage, for Traditional
        # pages; none a name of China's)
        others = tuple(
            n for n in r[OTHER_NAMES] if n not in named and n not in (c.aliases if c else ())
        )
        other_names.update(others)
        out.append(
            Place(
                r[NAME],
                "country",
                r[LON],
                r[LAT],
                code=r[ISO3],
                aliases=(*(c.aliases if c else ()), *others),
                parent=area_of.get(r[NAME]) or continent_area.get(r[CONTINENT]),
                curated=c is not None,
            )
        )
    unknown = set(area_of) - set(country_names.values())
    if unknown:
        raise ValueError(f"areas name countries world.json does not hold: {sorted(unknown)}")
    taken = set(country_names.values()) | other_names
    part_of_a_province = _PART_OF_A_PROVINCE.fullmatch  # (two characters, or no match)
    former_abroad: dict[str, list[str]] = {}
    for old, new in FORMER_NAMES_ABROAD.items():
        former_abroad.setdefault(new, []).append(old)
    col, rows = tables["cities"]
    NAMES, COUNTRY, LON, LAT = col["names"], col["country"], col["lon"], col["lat"]
    PREFERRED = col["preferred"]
    for r in rows:
        names = [
            n
            # (the preferred first, then by length, then by code point: sorted by the code
            # points first, the sort by length keeps their order among the names of one
            # length)
            # (and a name in Simplified characters before one of the same length in
            # Japanese forms: 冲绳 before 冲縄, 横滨 before 横浜)
            for n in sorted(
                sorted(r[NAMES]),
                key=lambda n: (n != r[PREFERRED], len(n), not JAPANESE_FORMS.isdisjoint(n)),
            )
            # (港区, Tokyo's Minato, is a word; 川西, Kawanishi, the west of Sichuan)
            if n not in taken
            and n not in FACILITY_WORDS
            and n not in WORDS_ABROAD
            and not (len(n) == 2 and part_of_a_province(n))
        ]
        if not names:
            continue
        taken.update(names)
        asian = r[COUNTRY] in in_asia or r[COUNTRY] in _PROVINCE_OF_CODE
        stems = [n[:-1] for n in names if len(n) >= 3 and n.endswith("市") and asian]
        if stems:
            stems = [
                n
                for n in stems
                if n not in taken
                and n not in named
                and n not in FACILITY_WORDS
                and n not in WORDS_ABROAD
                and not (len(n) == 2 and part_of_a_province(n))
            ]
            taken.update(stems)
        country = country_names.get(r[COUNTRY]) or _PROVINCE_OF_CODE.get(r[COUNTRY])
        out.append(
            Place(
                names[0],
                "city",
                r[LON],
                r[LAT],
                aliases=(*names[1:], *stems),
                former_names=tuple(former_abroad.get(names[0], ())),
                province=country,
                parent=country,
                curated=False,
            )
        )
    cities_of_oblasts = [p for p in out if p.level == "city" and p.parent in _OBLAST_COUNTRIES]
    # (another country's first-level divisions: 雪兰莪州, 老街省, by their full name; the
    # name the translation gives without its word of kind, 雪兰莪, is their short name,
    # weak as a foreign city's; none takes a name of a place above)
    col, rows = data_tables("states.json")["states"]
    CODE, NAME, SHORT, COUNTRY = col["code"], col["name"], col["short"], col["country"]
    ALIASES, LON, LAT = col["aliases"], col["lon"], col["lat"]
    for r in rows:
        if r[NAME] in taken or r[NAME] in named or r[COUNTRY] not in country_names:
            continue
        if taken.intersection(r[ALIASES]) or named.intersection(r[ALIASES]):
            continue
        short = r[SHORT] if r[SHORT] not in taken and r[SHORT] not in named else None
        country = country_names[r[COUNTRY]]
        out.append(
            Place(
                r[NAME],
                "state",
                r[LON],
                r[LAT],
                code=r[CODE],
                short_name=short,
                aliases=tuple(r[ALIASES]),
                province=country,
                parent=country,
                curated=False,
                approximate=True,
            )
        )
    # (an oblast named after its centre, as those of Belarus, Russia and Central Asia are,
    # which the translations leave out: the city's name and 州, 明斯克州, 阿拉木图州, is
    # the oblast, placed at its centre, approximate; not a name a place above holds)
    held = taken | named | {n for p in out for n in p.names}
    for city in cities_of_oblasts:
        oblast = city.name + "州"
        if oblast in held:
            continue
        held.add(oblast)
        out.append(
            Place(
                oblast,
                "state",
                city.lon,
                city.lat,
                province=city.parent,
                parent=city.parent,
                curated=False,
                approximate=True,
            )
        )
    return out


# The countries whose first-level divisions are oblasts named after their centres
# (白俄罗斯明斯克州, 哈萨克斯坦阿拉木图州, 俄罗斯基洛夫州)
_OBLAST_COUNTRIES = frozenset(
    {"白俄罗斯", "俄罗斯", "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "乌克兰"}
)


# Characters in the forms Japanese writes them, which the world's data give beside the
# Simplified ones among a city's Chinese names (縄 for 绳, 浜 for 滨, 広 for 广 …)
JAPANESE_FORMS = frozenset("豊広沢浜亀渋瀬蔵児巻帯恵総関縄黒焼辺発桜稲滝")

# Short names of cities abroad that are words of the pages (南下东盟、北上蒙俄: going north):
# no names of the cities, which keep their full names (北上市)
WORDS_ABROAD = frozenset({"北上"})

# Cities of China the world's data hold under a code of their own: their province
_PROVINCE_OF_CODE = {"TWN": "台湾省"}


# Every name of a Chongqing district: a division elsewhere with the same name is written
# with its parent's name in front (宁波市江北区).
_CHONGQING_NAMES = frozenset(d.full_name for d in DISTRICTS) | frozenset(d.name for d in DISTRICTS)


def build_places() -> dict[str, Place]:
    """Every place, by canonical name: Chongqing's districts and zones, China's divisions,
    the new areas, countries and foreign cities, parts of the world and the facilities."""
    points = _points("places.geojson")
    ports = _points("ports.geojson")
    former: dict[str, list[str]] = {}
    for old, new in FORMER_NAMES.items():
        former.setdefault(new, []).append(old)
    places: list[Place] = []

    for d in DISTRICTS:
        lon, lat = points[d.name]["xy"]
        places.append(
            Place(
                d.name,
                "district",
                lon,
                lat,
                code=d.adcode,
                full_name=d.full_name,
                short_name=d.short_name,
                kind=d.kind,
                group=d.group,
                subgroup=d.subgroup,
                former_names=tuple(former.get(d.name, ())),
                province="重庆市",
                parent="重庆市",
            )
        )
    for z in ZONES:
        lon, lat = points[z.name]["xy"]
        places.append(
            Place(
                z.name,
                "zone",
                lon,
                lat,
                short_name=z.short_name,
                aliases=z.aliases,
                former_names=tuple(former.get(z.name, ())),
                group="主城都市区",
                hosts=z.hosts,
                host=z.hosts[0],
                province="重庆市",
                parent="重庆市",
                approximate=True,
            )
        )
    places.extend(_divisions(former))
    for a in NEW_AREAS:
        lon, lat = points[a.name]["xy"]
        places.append(
            Place(a.name, "new area", lon, lat, aliases=a.aliases, host=a.host, approximate=True)
        )
    places.extend(_world(frozenset(n for p in places for n in p.names)))
    for a in AREAS:
        places.append(
            Place(
                a.name,
                "area",
                a.lon,
                a.lat,
                aliases=a.aliases,
                parent=a.within,
                approximate=True,
                accuracy_m=float(a.accuracy_m),
            )
        )
    provinces = {p.name: p.province for p in places}
    by_code = {p.code: p.name for p in places if p.code}
    # (a facility abroad lies in the city of its country its name starts with: 杜伊斯堡港 in
    # 杜伊斯堡, 万象南站 in 万象; the boundaries place it in the country only)
    cities = {(n, p.parent): p.name for p in places if p.level == "city" for n in p.names}
    # (a water port named X港 is written X港区 too, as its area: 秭归港区茅坪作业区, where
    # no other facility is named so, nor a division: 黄石港区 is 黄石市's district)
    taken = {n for p in PORTS for n in (p.name, *p.aliases)} | {p.name for p in places}
    for p in PORTS:
        derived = ports[p.name]
        lon, lat = derived["xy"]
        county = by_code.get(derived["county_code"])
        if county is None and derived["host"]:
            county = next(
                (
                    cities[name[:k], derived["host"]]
                    for name in (p.name, *p.aliases)
                    for k in range(len(name) - 1, 1, -1)
                    if (name[:k], derived["host"]) in cities
                ),
                None,
            )
        places.append(
            Place(
                p.name,
                "port",
                lon,
                lat,
                kind=p.kind,
                aliases=(
                    *p.aliases,
                    *(
                        f"{n}区"
                        for n in (p.name, *p.aliases)
                        if p.kind in WATER_PORT_KINDS and n.endswith("港") and f"{n}区" not in taken
                    ),
                ),
                host=derived["host"],
                river=p.river,
                province=provinces.get(derived["host"]),
                parent=p.parent,
                county=county,
                approximate=True,
                accuracy_m=p.accuracy_m,
            )
        )
    by_name = {p.name: p for p in places}
    if len(by_name) != len(places):
        seen: set[str] = set()
        twice = next(p.name for p in places if p.name in seen or seen.add(p.name))
        raise ValueError(f"two places are called {twice}")
    return by_name
