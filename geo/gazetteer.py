"""The gazetteer: every place cqmap can name, and strict resolution of names to places.

A place is resolved from its canonical name, official full name, short name, former
names, aliases or code (GB/T 2260 adcode, ISO 3166 alpha-3). Nothing is fuzzy-matched:
an unknown name raises :class:`UnknownPlaceError`, whose message suggests the closest
real names (``unknown region '万洲'; did you mean 万州区?``) but never picks one.

The places, their names and points are built from data by :mod:`cqmap.geo.places`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import TypeVar

from cqmap.geo.errors import UnknownPlaceError
from cqmap.geo.pairings import REFERENCE_PAIRINGS, ReferencePairing
from cqmap.geo.places import Place, build_places
from cqmap.geo.vocabulary import LEVELS, REGION_LEVELS, WATER_PORT_KINDS, facility_kind

T = TypeVar("T")

__all__ = [
    "built_once",
    "AT_HOST_ACCURACY_M",
    "CHINA",
    "LEVELS",
    "REGION_LEVELS",
    "WATER_PORT_KINDS",
    "Place",
    "Gazetteer",
    "UnknownPlaceError",
    "gazetteer",
    "resolve",
]

# China's own name as a place (the country): 中国重庆, routes from China …
CHINA = "中国"
# Divisions, from the top: a name held by several of them goes to the highest one when
# nothing else tells them apart (海南 is the province, not 海南藏族自治州).
_RANK = {"country": 0, "province": 1, "municipality": 1, "prefecture": 2, "county": 3}
# How far a facility placed at its host region's point may lie from it, by the host's
# level: a county or a city spans some tens of kilometres, a prefecture up to hundreds; in
# a province or a country no figure would be true, so none is given (the point says only
# in which region it lies).
AT_HOST_ACCURACY_M = {
    "district": 20_000.0,
    "county": 20_000.0,
    "zone": 20_000.0,
    "new area": 20_000.0,
    "city": 20_000.0,
    "prefecture": 100_000.0,
}


# The word for a city, written after the name of one abroad as after China's (曼谷市)
_CITY_WORD = "市"


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
    _airports: dict[str, list[str]] | None = field(default=None, repr=False)
    _watered: frozenset[str] | None = field(default=None, repr=False)
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
        if key not in self._shared and key.endswith(_CITY_WORD) and len(key) > 2:
            # (曼谷市, 比什凯克市: a city abroad written with the word for a city)
            city = self._index.get(key[: -len(_CITY_WORD)])
            if city is not None and self.places[city].level == "city":
                return (city,)
        return self._shared.get(key, ())

    def preferred(self, names: Iterable[str]) -> str | None:
        """The place a shared name stands for when no context tells: a facility (a
        border town is named for its crossing), else Chongqing's own, else the only one of
        the highest level, else ``None``."""
        names = list(names)
        ports = [n for n in names if self.places[n].level == "port"]
        if len(ports) == 1:
            return ports[0]  # (a border town named for its crossing: 阿拉山口, 霍尔果斯)
        whole = [n for n in ports if self.places[n].parent is None]
        if len(ports) > 1 and len(whole) == 1:
            # (江阴港: 江苏's port of that name, not 福州港's 江阴港区, which a text names so
            # only where 福州 or its port is told)
            return whole[0]
        home = [n for n in names if self.places[n].province == "重庆市"]
        if len(home) == 1:
            return home[0]
        # (喀什 is 喀什市, the city: a 地区 goes by its full name, 喀什地区)
        seats = [
            n
            for n in names
            if n.endswith("市")
            and (area := self.places[n].parent) in names
            and area.endswith("地区")
        ]
        if len(seats) == 1:
            return seats[0]
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
        if len(held) > 1 and name in held and self.places[name].level == "port":
            return self.places[name]  # (江阴港: the port of that name, not 福州's 江阴港区)
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
        (approximate; accuracy 2 km under a facility, else as :data:`AT_HOST_ACCURACY_M`
        says for its host's level: none known in a province or a country). It is found by
        name from then on; it never resolves a name in text by itself (only the grammar
        of :mod:`cqmap.geo.matcher` names one). Read inside :meth:`one_text`, it is that
        text's."""
        known = self.places.get(name)
        if known is None and kind == "airport":  # (龙洞堡机场 is 龙洞堡国际机场)
            other = name[:-4] + "机场" if name.endswith("国际机场") else name[:-2] + "国际机场"
            known = self.places.get(other)
        if known is None:
            # (郑州圃田车站, read as 郑州圃田站: a name the table's 圃田站 goes by)
            table = [n for n in self.candidates(name) if self.places[n].level == "port"]
            known = self.places[table[0]] if len(table) == 1 else None
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
            # (under a parent placed less surely than 2 km, as surely as the parent)
            accuracy_m=max(2000.0, at.accuracy_m or 0.0)
            if parent
            else AT_HOST_ACCURACY_M.get(at.level),
            derived=True,
        )
        self.places.derived[name] = place
        return place

    def facilities(self, listed: dict[str, dict]) -> None:
        """Place the facilities records name that the table does not have (a summary's
        ``derived``: name -> ``kind``, ``parent``, ``host``), each after its parent. A
        parent no record lists (遵义港余庆港区沙湾码头: 余庆港区 is named only within its
        terminal's name) is placed at its part's host, its kind read from its name; a
        facility with neither a parent nor a host known is left out."""
        pending = dict(listed)
        while pending:
            ready = [n for n, f in pending.items() if not f["parent"] or f["parent"] in self.places]
            for name in ready:
                f = pending.pop(name)
                if f["parent"] or f["host"] in self.places:
                    self.facility(name, f["kind"], parent=f["parent"], host=f["host"])
            if not ready:  # (the parents left are named by no record: each at its part's host)
                name, f = next(iter(pending.items()))
                if f["host"] in self.places:
                    self.facility(
                        f["parent"], facility_kind(f["parent"]), parent=None, host=f["host"]
                    )
                else:
                    del pending[name]

    @contextmanager
    def one_text(self) -> Iterator[None]:
        """Read one text inside: the facilities it names that the table does not have
        (:meth:`facility`) are its own, found by name only until it is read; then those
        known before are back. A text's record thus depends on the text alone, not on
        the texts read before it in the process (釜山港 placed at 韩国 by one text and at
        釜山 by another: each as its own text says, in any order, in any worker)."""
        places = self.places
        before = places.derived
        places.derived = {}  # (this thread's: texts read in threads at once keep apart)
        try:
            yield
        finally:
            places.derived = before

    def ancestors(self, name: str) -> frozenset[str]:
        """The places ``name`` lies in or belongs to: its divisions up to the province, a
        port's parent facilities and their hosts' divisions (湖北枝江, 越南河内)."""
        held = self._ancestors.get(name)
        if held is None:
            places = self.places
            place = places.get(name)
            if place is None:
                return frozenset()  # (a name the gazetteer does not know)
            table = dict.__contains__(places, name)
            chain: list[str] = []
            for up in (place.parent, place.county, place.host):
                while up and up in places and up not in chain:
                    chain.append(up)
                    up = places[up].parent or places[up].host
            if place.province and place.province not in chain:
                chain.append(place.province)
            held = frozenset(chain)
            if table:  # (a derived facility's: its text's, not kept; see one_text)
                self._ancestors[name] = held
        return held

    def in_china(self, name: str) -> bool:
        """Whether a place lies in one of China's provinces (中国重庆: 重庆)."""
        places = self.places
        return any(
            getattr(places.get(p), "level", None) in ("province", "municipality")
            for p in (name, *self.ancestors(name))
        )

    def country_of(self, name: str) -> str | None:
        """The country a place is or lies in (莫斯科: 俄罗斯; 林查班港: 泰国), if the gazetteer
        knows one; of several, the first by name."""
        places = self.places
        return next(
            (
                p
                for p in (name, *sorted(self.ancestors(name)))
                if getattr(places.get(p), "level", None) == "country"
            ),
            None,
        )

    def innermost(self, names: Iterable[str]) -> list[str]:
        """The names, in order, that hold none of the others (钦州港 and 钦州港东站: the
        station; 喀什地区 and 喀什市: the city)."""
        names = list(names)
        return [n for n in names if not any(n in self.ancestors(x) for x in names if x != n)]

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
        ports = self.water_ports(region)
        return ports[0] if len(ports) == 1 else None

    def water_ports(self, region: str) -> tuple[str, ...]:
        """The water ports a region hosts at the top of their own hierarchies (泉州市:
        湄洲湾港 and 泉州港; 万州区: 万州港); :meth:`port_of` is the one, where there is one
        only."""
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
                        if where and (parent is None or where != parent.host):
                            index.setdefault(where, []).append(q.name)
            # (a port area in the county its port's point lies in is that county's port:
            # 太仓市's is 太仓港, not 苏州港, placed there)
            for where, names in index.items():
                parents = {self.places[n].parent for n in names}
                index[where] = [n for n in names if n not in parents]
            self._ports = index
        return tuple(self._ports.get(region, ()))

    def on_the_water(self, name: str) -> bool:
        """Whether a place is a water port or holds one (重庆市, 万州区, 上海市; not 成都市)."""
        if self._watered is None:
            held: set[str] = set()
            for q in self.places.values():
                if q.level == "port" and q.kind in WATER_PORT_KINDS:
                    held.add(q.name)
                    held.update(self.ancestors(q.name))
            self._watered = frozenset(held)
        return name in self._watered

    def airport_of(self, region: str) -> str | None:
        """The airport of a region, if it hosts one only (双流区: 双流国际机场; not 成都市,
        which holds two)."""
        if self._airports is None:
            index: dict[str, list[str]] = {}
            for q in self.places.values():
                if q.level == "port" and q.kind == "airport" and q.host:
                    for where in dict.fromkeys((q.host, q.county)):
                        if where:
                            index.setdefault(where, []).append(q.name)
            self._airports = index
        airports = self._airports.get(region, ())
        return airports[0] if len(airports) == 1 else None

    def reference_pair(self, a: str, b: str) -> ReferencePairing | None:
        """The reference pairing between two canonical names, in either order."""
        return self._pairs.get(frozenset((a, b)))


class _Places(dict):
    """The places by canonical name; a derived facility (:meth:`Gazetteer.facility`) is
    found too, but is not one of them (iteration and ``len`` are the table's)."""

    def __init__(self, places: dict[str, Place]):
        super().__init__(places)
        self._outside: dict[str, Place] = {}  # (those placed outside any text: layers')
        self._local = threading.local()

    @property
    def derived(self) -> dict[str, Place]:
        """The derived facilities: this thread's text's while it reads one (see
        :meth:`Gazetteer.one_text`), else those placed outside any text."""
        return getattr(self._local, "derived", self._outside)

    @derived.setter
    def derived(self, value: dict[str, Place]) -> None:
        self._local.derived = value

    def __missing__(self, name: str) -> Place:
        return self.derived[name]

    def get(self, name, default=None):
        return super().get(name) or self.derived.get(name, default)

    def __contains__(self, name) -> bool:
        return super().__contains__(name) or name in self.derived


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


def built_once(build: Callable[[], T]) -> Callable[[], T]:
    """``build``'s result, built once per process, whatever threads ask for it at once
    (``functools.cache`` may build it twice then, and two gazetteers would hold two
    texts' facilities apart from the lexicon's: a dask worker's threads start together)."""
    lock = threading.Lock()
    built: list[T] = []

    @wraps(build)
    def get() -> T:
        if not built:
            with lock:
                if not built:
                    built.append(build())
        return built[0]

    return get


@built_once
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    with gc_paused():
        return Gazetteer(build_places())


def resolve(name: str, *, levels: Iterable[str] | None = None) -> Place:
    """Resolve a name with the shared gazetteer; see :meth:`Gazetteer.resolve`."""
    return gazetteer().resolve(name, levels=levels)
