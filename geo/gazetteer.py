"""The gazetteer: every place cqmap can name, and strict resolution of names to places.

A place is resolved from its canonical name, official full name, short name, former
names, aliases or code (GB/T 2260 adcode, ISO 3166 alpha-3). Nothing is fuzzy-matched:
an unknown name raises :class:`UnknownPlaceError`, whose message suggests the closest
real names (``unknown region '万洲'; did you mean 万州区?``) but never picks one.

The names come from the curated tables (:mod:`geo.regions`, :mod:`geo.ports`); the
representative points and the hosts of ports come from the committed derived data
(``geo/data/places.geojson``, ``ports.geojson``), read once with the standard library.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from geo.data import DATA_DIR
from geo.pairings import REFERENCE_PAIRINGS, ReferencePairing
from geo.ports import PORTS
from geo.regions import (
    CONTEXT_PLACES,
    COUNTRIES,
    DISTRICTS,
    FORMER_NAMES,
    NEW_AREAS,
    ZONES,
)

__all__ = [
    "LEVELS",
    "Place",
    "Gazetteer",
    "UnknownPlaceError",
    "gazetteer",
    "resolve",
]

# Levels of places, from the districts this toolkit is about outwards.
LEVELS = (
    "district",
    "zone",
    "municipality",
    "prefecture",
    "new area",
    "province",
    "country",
    "port",
)
REGION_LEVELS = LEVELS[:-1]


@dataclass(frozen=True)
class Place:
    """One gazetteer entry.

    ``lon``/``lat`` is the representative point in WGS84 (pole of inaccessibility of a
    district, seat of a city or zone, terminal of a port). ``host`` is the region a port
    or new area lies in, or the district of a zone's seat; ``hosts`` the districts a
    functional zone spans.
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

    @property
    def names(self) -> tuple[str, ...]:
        """Every name that resolves to this place, canonical first."""
        seen: dict[str, None] = {self.name: None}
        for n in (self.full_name, self.short_name, *self.former_names, *self.aliases):
            if n:
                seen.setdefault(n, None)
        return tuple(seen)


class UnknownPlaceError(LookupError):
    """A name that is not in the gazetteer. ``str()`` is a one-line message."""

    def __init__(self, query: str, suggestions: Iterable[str] = (), *, what: str = "region"):
        self.query = query
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {' or '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown {what} {query!r}{hint}")

    def __str__(self) -> str:  # KeyError-style quoting would hide the message
        return self.args[0]


@dataclass
class Gazetteer:
    """All places, indexed by every name and code."""

    places: dict[str, Place]
    reference_pairings: tuple[ReferencePairing, ...] = REFERENCE_PAIRINGS
    _index: dict[str, str] = field(default_factory=dict, repr=False)
    _pairs: dict[frozenset, ReferencePairing] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, str] = {}
        for place in self.places.values():
            keys = list(place.names)
            if place.code:
                keys.append(place.code)
            for key in keys:
                owner = index.setdefault(key, place.name)
                if owner != place.name:
                    raise ValueError(f"name {key!r} given to both {owner} and {place.name}")
        self._index = index
        self._pairs = {frozenset((p.a, p.b)): p for p in self.reference_pairings}

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places.values())

    def __len__(self) -> int:
        return len(self.places)

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def get(self, name: str) -> Place | None:
        """The place a name or code stands for, or ``None``."""
        key = self._index.get(name.strip())
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
        allowed = set(levels) if levels is not None else None
        query = name.strip()
        if not query:
            return []
        scores: dict[str, float] = {}
        for key, canonical in self._index.items():
            if allowed is not None and self.places[canonical].level not in allowed:
                continue
            ratio = difflib.SequenceMatcher(None, query, key).ratio()
            if query in key or key in query:
                ratio = max(ratio, 0.6)
            if query[0] == key[0]:
                ratio += 0.05  # a mistyped name usually keeps its first character
            if ratio > scores.get(canonical, 0.0):
                scores[canonical] = ratio

        def rank(item: tuple[str, float]) -> tuple:
            canonical, score = item
            own = difflib.SequenceMatcher(None, query, canonical).ratio()
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

    def reference_pair(self, a: str, b: str) -> ReferencePairing | None:
        """The reference pairing between two canonical names, in either order."""
        return self._pairs.get(frozenset((a, b)))


def _points(filename: str) -> dict[str, dict]:
    with open(DATA_DIR / filename, encoding="utf-8") as f:
        features = json.load(f)["features"]
    return {
        feat["properties"]["name"]: {**feat["properties"], "xy": feat["geometry"]["coordinates"]}
        for feat in features
    }


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
                approximate=True,
            )
        )
    for c in CONTEXT_PLACES:
        lon, lat = points[c.name]["xy"]
        places.append(
            Place(
                c.name,
                c.level,
                lon,
                lat,
                code=c.adcode,
                short_name=c.short_name,
                province=c.province,
            )
        )
    for a in NEW_AREAS:
        lon, lat = points[a.name]["xy"]
        places.append(
            Place(a.name, "new area", lon, lat, aliases=a.aliases, host=a.host, approximate=True)
        )
    for c in COUNTRIES:
        lon, lat = points[c.name]["xy"]
        places.append(Place(c.name, "country", lon, lat, code=c.iso3, aliases=c.aliases))
    for p in PORTS:
        derived = ports[p.name]
        lon, lat = derived["xy"]
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
                approximate=True,
            )
        )
    return Gazetteer({p.name: p for p in places})


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return _build()


def resolve(name: str, *, levels: Iterable[str] | None = None) -> Place:
    """Resolve a name with the shared gazetteer; see :meth:`Gazetteer.resolve`."""
    return gazetteer().resolve(name, levels=levels)
