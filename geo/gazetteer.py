"""The gazetteer: every place cqmap can name, and strict resolution of names to places.

A place is resolved from its canonical name, official full name, short name, former
names, aliases or code (GB/T 2260 adcode, ISO 3166 alpha-3). Nothing is fuzzy-matched:
an unknown name raises :class:`UnknownPlaceError`, whose message suggests the closest
real names (``unknown region '万洲'; did you mean 万州区?``) but never picks one.

The names come from the curated tables (:mod:`cqmap.geo.regions`, :mod:`cqmap.geo.ports`); the
representative points and the hosts of ports come from the committed derived data
(``geo/data/places.geojson``, ``ports.geojson``), read once with the standard library.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache

from cqmap.geo.data import DATA_DIR
from cqmap.geo.errors import UnknownPlaceError
from cqmap.geo.names import short_name
from cqmap.geo.pairings import REFERENCE_PAIRINGS, ReferencePairing
from cqmap.geo.ports import PORTS
from cqmap.geo.regions import (
    AREAS,
    CONTEXT_PLACES,
    COUNTRIES,
    DISTRICTS,
    FORMER_NAMES,
    NEW_AREAS,
    ZONES,
)
from cqmap.geo.vocabulary import FACILITY_WORDS, LEVELS, REGION_LEVELS, WATER_PORT_KINDS

__all__ = [
    "LEVELS",
    "REGION_LEVELS",
    "WATER_PORT_KINDS",
    "Place",
    "Gazetteer",
    "UnknownPlaceError",
    "gazetteer",
    "resolve",
]

# Divisions, from the top: a name held by several of them goes to the highest one when
# nothing else tells them apart (海南 is the province, not 海南藏族自治州).
_RANK = {"country": 0, "province": 1, "municipality": 1, "prefecture": 2, "county": 3}


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


@dataclass
class Gazetteer:
    """All places, indexed by every name and code.

    A name held by several places (江北区 of Chongqing and of Ningbo, 朝阳, 海南) is
    *shared*: :meth:`candidates` lists its holders, and :meth:`get` returns the one it
    stands for when nothing else is known (:meth:`preferred`), or ``None``.
    """

    places: dict[str, Place]
    reference_pairings: tuple[ReferencePairing, ...] = REFERENCE_PAIRINGS
    _index: dict[str, str] = field(default_factory=dict, repr=False)
    _shared: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _pairs: dict[frozenset, ReferencePairing] = field(default_factory=dict, repr=False)
    _ports: dict[str, list[str]] | None = field(default=None, repr=False)
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.places = _Places(self.places)
        holders: dict[str, list[str]] = {}
        get = holders.get
        for place in self.places.values():
            name = place.name
            for key in (*place.names, place.code) if place.code else place.names:
                held = get(key)
                if held is None:
                    holders[key] = [name]
                elif name not in held:
                    held.append(name)
        self._index = {k: v[0] for k, v in holders.items() if len(v) == 1}
        self._shared = {k: tuple(v) for k, v in holders.items() if len(v) > 1}
        self._pairs = {frozenset((p.a, p.b)): p for p in self.reference_pairings}

    def candidates(self, name: str) -> tuple[str, ...]:
        """Every place a name or code may stand for (canonical names; empty if none)."""
        key = name.strip()
        if key in self._index:
            return (self._index[key],)
        return self._shared.get(key, ())

    def preferred(self, names: Iterable[str]) -> str | None:
        """The place a shared name stands for when no context tells: a facility (a
        border town is named for its crossing), else Chongqing's own, else the only one of
        the highest level, else ``None``."""
        names = list(names)
        ports = [n for n in names if self.places[n].level == "port"]
        if len(ports) == 1:
            return ports[0]  # (a border town named for its crossing: 阿拉山口, 霍尔果斯)
        home = [n for n in names if self.places[n].province == "重庆市"]
        if len(home) == 1:
            return home[0]
        ranks = [_RANK.get(self.places[n].level, 9) for n in names]
        best = min(ranks)
        top = [n for n, r in zip(names, ranks) if r == best]
        return top[0] if len(top) == 1 else None

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places.values())

    def __len__(self) -> int:
        return len(self.places)

    def __contains__(self, name: object) -> bool:
        return name in self._index or name in self._shared

    def get(self, name: str) -> Place | None:
        """The place a name or code stands for (a shared name: :meth:`preferred`), or ``None``."""
        held = self.candidates(name)
        key = held[0] if len(held) == 1 else self.preferred(held) if held else None
        return self.places[key] if key else None

    def resolve(self, name: str, *, levels: Iterable[str] | None = None) -> Place:
        """The place ``name`` stands for; raise :class:`UnknownPlaceError` otherwise.

        Parameters
        ----------
        name : str
            Canonical, full, short or former name, alias, adcode or ISO3 code.
        levels : iterable of str, keyword-only
            Accept only places of these levels (e.g. ``REGION_LEVELS``).
        """
        allowed = set(levels) if levels is not None else None
        what = "region" if allowed and "port" not in allowed else "place"
        place = self.get(name)
        if place is None or (allowed is not None and place.level not in allowed):
            raise UnknownPlaceError(name, self.suggest(name, levels=allowed), what=what)
        return place

    def suggest(self, name: str, *, levels: Iterable[str] | None = None, n: int = 3) -> list[str]:
        """Canonical names whose names look most like ``name`` (for error messages only).

        Similarity is difflib's ratio against every name of a place; ties go to the
        level this toolkit is about (districts first), then to the canonical name's
        own similarity. Only suggestions of the best one's level are offered.
        """
        from difflib import SequenceMatcher  # (only for error messages: imported then)

        allowed = set(levels) if levels is not None else None
        query = name.strip()
        if not query:
            return []
        scores: dict[str, float] = {}
        for key, canonical in self._index.items():
            if allowed is not None and self.places[canonical].level not in allowed:
                continue
            if not self.places[canonical].curated:
                continue  # (suggestions come from the places cqmap is about)
            ratio = SequenceMatcher(None, query, key).ratio()
            if query in key or key in query:
                ratio = max(ratio, 0.6)
            if query[0] == key[0]:
                ratio += 0.05  # a mistyped name usually keeps its first character
            if ratio > scores.get(canonical, 0.0):
                scores[canonical] = ratio

        def rank(item: tuple[str, float]) -> tuple:
            canonical, score = item
            own = SequenceMatcher(None, query, canonical).ratio()
            return (-round(score, 3), LEVELS.index(self.places[canonical].level), -own, canonical)

        ranked = sorted(((c, s) for c, s in scores.items() if s >= 0.5), key=rank)
        if not ranked:
            return []
        best, best_score = ranked[0]
        level = self.places[best].level
        return [c for c, s in ranked if self.places[c].level == level and s >= best_score - 0.15][
            :n
        ]

    def search(self, query: str | None, *, levels: Iterable[str] | None = None) -> list[Place]:
        """Places for a lookup: the place ``query`` names, else every place with a name
        containing it, else :class:`UnknownPlaceError`; all places when ``query`` is empty.
        """
        allowed = set(levels) if levels else None

        def ok(p: Place) -> bool:
            return allowed is None or p.level in allowed

        if not query:
            return [p for p in self.places.values() if ok(p)]
        exact = self.get(query)
        if exact is not None and ok(exact):
            return [exact]
        q = query.strip()
        found = [
            p
            for p in self.places.values()
            if ok(p) and any(q in n for n in (*p.names, p.code or ""))
        ]
        if not found:
            raise UnknownPlaceError(query, self.suggest(query, levels=allowed), what="place")
        return found

    def describe(self, place: Place) -> dict:
        """A place as a flat, JSON-ready record (for listings)."""
        return {
            "name": place.name,
            "code": place.code,
            "level": place.level,
            "kind": place.kind,
            "group": place.group,
            "subgroup": place.subgroup,
            "full_name": place.full_name,
            "short_name": place.short_name,
            "aliases": [n for n in place.names if n != place.name],
            "partners": [
                f"{partner} ({pairing.confidence})"
                for partner, pairing in self.partners(place.name)
            ],
            "host": place.host,
            "lon": place.lon,
            "lat": place.lat,
        }

    def districts(self) -> list[Place]:
        """The 38 districts, in adcode order."""
        return sorted(
            (p for p in self.places.values() if p.level == "district"), key=lambda p: p.code
        )

    def by_level(self, level: str) -> list[Place]:
        return [p for p in self.places.values() if p.level == level]

    def partners(self, name: str) -> list[tuple[str, ReferencePairing]]:
        """The reference partners of a region, as ``(partner, pairing)``."""
        canonical = self.resolve(name).name
        out = []
        for pairing in self.reference_pairings:
            if pairing.a == canonical:
                out.append((pairing.b, pairing))
            elif pairing.b == canonical:
                out.append((pairing.a, pairing))
        return out

    def facility(self, name: str, kind: str, *, parent: str | None, host: str | None) -> Place:
        """A facility a text names that the table does not have (綦江港, 南川站,
        果园港集装箱码头), placed at its parent facility or else at its host region
        (approximate; accuracy 2 km under a facility, 20 km in a region). It is found by
        name from then on; it never resolves a name in text by itself (only the grammar
        of :mod:`cqmap.geo.matcher` names one)."""
        known = self.places.get(name)
        if known is not None:
            return known
        at = self.places[parent or host]
        place = Place(
            name,
            "port",
            at.lon,
            at.lat,
            kind=kind,
            host=at.host if parent else host,
            province=at.province
            if parent or at.level not in ("province", "municipality")
            else at.name,
            parent=parent,
            curated=False,
            approximate=True,
            accuracy_m=2000.0 if parent else 20000.0,
            derived=True,
        )
        self.places.derived[name] = place
        return place

    def ancestors(self, name: str) -> frozenset[str]:
        """The places ``name`` lies in or belongs to: its divisions up to the province, a
        port's parent facilities and their hosts' divisions (湖北枝江, 越南河内)."""
        held = self._ancestors.get(name)
        if held is None:
            places = self.places
            place = places.get(name)
            if place is None:
                return frozenset()  # (a name the gazetteer does not know)
            chain: list[str] = []
            for up in (place.parent, place.county, place.host):
                while up and up in places and up not in chain:
                    chain.append(up)
                    up = places[up].parent or places[up].host
            if place.province and place.province not in chain:
                chain.append(place.province)
            held = self._ancestors[name] = frozenset(chain)
        return held

    def in_china(self, name: str) -> bool:
        """Whether a place lies in one of China's provinces (中国重庆: 重庆)."""
        places = self.places
        return any(
            getattr(places.get(p), "level", None) in ("province", "municipality")
            for p in (name, *self.ancestors(name))
        )

    def holds(self, a: str | None, b: str | None) -> bool:
        """Whether two places are one, or one lies in or belongs to the other."""
        if a is None or b is None:
            return a is b
        return a == b or b in self.ancestors(a) or a in self.ancestors(b)

    def port_of(self, region: str) -> str | None:
        """The port of a region, if it has one: the water port it hosts at the top of
        its own hierarchy (万州区: 万州港, whose 新田港 is a part; 上海市: 上海港; not a
        port area of another province's port: 洋山港 is not 舟山市's). A country has none:
        日本 is not the one Japanese port the table holds."""
        if self._ports is None:
            index: dict[str, list[str]] = {}
            for q in self.places.values():
                if q.level == "port" and q.kind in WATER_PORT_KINDS and q.host:
                    if getattr(self.places.get(q.host), "level", None) == "country":
                        continue
                    parent = self.places.get(q.parent) if q.parent else None
                    if parent is not None and parent.province != q.province:
                        continue  # (洋山港 lies in Zhejiang but is Shanghai's)
                    for where in dict.fromkeys((q.host, q.county)):
                        if where and (parent is None or where not in (parent.host, parent.county)):
                            index.setdefault(where, []).append(q.name)
            self._ports = index
        ports = self._ports.get(region, ())
        return ports[0] if len(ports) == 1 else None

    def reference_pair(self, a: str, b: str) -> ReferencePairing | None:
        """The reference pairing between two canonical names, in either order."""
        return self._pairs.get(frozenset((a, b)))


class _Places(dict):
    """The places by canonical name; a derived facility (:meth:`Gazetteer.facility`) is
    found too, but is not one of them (iteration and ``len`` are the table's)."""

    def __init__(self, places: dict[str, Place]):
        super().__init__(places)
        self.derived: dict[str, Place] = {}

    def __missing__(self, name: str) -> Place:
        return self.derived[name]

    def get(self, name, default=None):
        return super().get(name) or self.derived.get(name, default)

    def __contains__(self, name) -> bool:
        return super().__contains__(name) or name in self.derived


def _points(filename: str) -> dict[str, dict]:
    with open(DATA_DIR / filename, encoding="utf-8") as f:
        features = json.load(f)["features"]
    return {
        feat["properties"]["name"]: {**feat["properties"], "xy": feat["geometry"]["coordinates"]}
        for feat in features
    }


def _tables(filename: str) -> dict[str, tuple[dict[str, int], list[list]]]:
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
    col, rows = _tables("divisions.json")["divisions"]
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
                former_names=tuple(former.get(name, ())),
                province=province_of(r),
                parent=canonical(by_code[parent]) if parent else None,
                curated=curated is not None,
            )
        )
    return out


# A province's one-character name and a direction: a part of the province (川西, 渝东)
_PART_OF_A_PROVINCE = re.compile(
    "[川渝鄂湘黔滇陕甘豫皖苏浙闽粤桂琼赣晋冀鲁辽吉黑蒙藏青宁新][东西南北中]"
)


def _world(named: frozenset[str] = frozenset()) -> list[Place]:
    """The world's countries (the curated :data:`COUNTRIES` with their aliases) and the
    foreign cities with Chinese names; a city named ``X市`` is also ``X`` (海防市: 海防, as
    articles write it), unless another place (of ``named``, or of the world) has that name."""
    tables = _tables("world.json")
    curated = {c.iso3: c for c in COUNTRIES}
    area_of = {country: a.name for a in AREAS for country in a.countries}
    out = []
    country_names = {}
    col, rows = tables["countries"]
    ISO3, NAME, LON, LAT = col["iso3"], col["name"], col["lon"], col["lat"]
    for r in rows:
        c = curated.get(r[ISO3])
        country_names[r[ISO3]] = r[NAME]
        out.append(
            Place(
                r[NAME],
                "country",
                r[LON],
                r[LAT],
                code=r[ISO3],
                aliases=c.aliases if c else (),
                parent=area_of.get(r[NAME]),
                curated=c is not None,
            )
        )
    unknown = set(area_of) - set(country_names.values())
    if unknown:
        raise ValueError(f"areas name countries world.json does not hold: {sorted(unknown)}")
    taken = set(country_names.values())
    part_of_a_province = _PART_OF_A_PROVINCE.fullmatch  # (two characters, or no match)
    col, rows = tables["cities"]
    NAMES, COUNTRY, LON, LAT = col["names"], col["country"], col["lon"], col["lat"]
    for r in rows:
        names = [
            n
            # (by length, then by code point: sorted by the code points first, the sort
            # by length keeps their order among the names of one length)
            for n in sorted(sorted(r[NAMES]), key=len)
            # (港区, Tokyo's Minato, is a word; 川西, Kawanishi, the west of Sichuan)
            if n not in taken
            and n not in FACILITY_WORDS
            and not (len(n) == 2 and part_of_a_province(n))
        ]
        if not names:
            continue
        taken.update(names)
        stems = [n[:-1] for n in names if len(n) >= 3 and n.endswith("市")]
        if stems:
            stems = [
                n
                for n in stems
                if n not in taken
                and n not in named
                and n not in FACILITY_WORDS
                and not (len(n) == 2 and part_of_a_province(n))
            ]
            taken.update(stems)
        country = country_names.get(r[COUNTRY])
        out.append(
            Place(
                names[0],
                "city",
                r[LON],
                r[LAT],
                aliases=(*names[1:], *stems),
                province=country,
                parent=country,
                curated=False,
            )
        )
    return out


# Every name of a Chongqing district: a division elsewhere with the same name is written
# with its parent's name in front (宁波市江北区).
_CHONGQING_NAMES = frozenset(d.full_name for d in DISTRICTS) | frozenset(d.name for d in DISTRICTS)


def _build() -> Gazetteer:
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
                aliases=p.aliases,
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
    return Gazetteer(by_name)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (then as before): for building the tables that
    live as long as the process (the gazetteer, the lexicon). They make no garbage
    cycles, and the collector would otherwise walk their objects again and again while
    they grow (a fifth of the time it takes to build them)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    with gc_paused():
        return _build()


def resolve(name: str, *, levels: Iterable[str] | None = None) -> Place:
    """Resolve a name with the shared gazetteer; see :meth:`Gazetteer.resolve`."""
    return gazetteer().resolve(name, levels=levels)
