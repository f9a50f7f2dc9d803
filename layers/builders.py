"""The builders of the layers: the extraction records of many documents, joined to the geodata.

Each layer of :data:`cqmap.layers.registry.LAYERS` names its builder here, a function of one
:class:`LayerInputs` (the records and the gazetteer, and what several layers read from
them, computed once when first asked for) that returns the layer as a GeoDataFrame in
EPSG:4326:

* :func:`build_districts` — the 38 polygons with group, mention counts, partners
  (extracted and reference) and evidence counts;
* :func:`build_zones` — the functional zones (seat points) with the same counts;
* :func:`build_pairings` — one smooth arc per pair (extracted, reference, or both) with
  relation, reference confidence, evidence and document counts, dates and geodesic
  distance;
* :func:`build_ports` — the ports the documents name, with host and mention counts;
* :func:`build_routes` — one line per route: along the rivers for water routes, a
  schematic arc otherwise, with mode, name, opening date (as written, and as the ISO
  date ``opened_date`` with ``undated``), geodesic length and evidence;
* :func:`build_context` and :func:`build_rivers` — the context polygons and named rivers,
  for orientation.

Every record keeps its provenance: document ids and the quoted evidence sentences.
:func:`not_drawn` lists what the texts name that the layers do not draw, and why.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import NamedTuple

import geopandas as gpd
import pandas as pd
import shapely

from cqmap.geo import boundaries
from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.vocabulary import WATER_MODES
from cqmap.layers.arcs import arc, geodesic_km, line_length_km
from cqmap.layers.routing import river_network

__all__ = [
    "LayerInputs",
    "NotDrawn",
    "build_context",
    "build_districts",
    "build_pairings",
    "build_ports",
    "build_rivers",
    "build_routes",
    "build_zones",
    "document_year_date",
    "iso_date",
    "not_drawn",
]

CRS = "EPSG:4326"
# Quotes kept per feature in the layers (popups list them; all are in the JSON records).
MAX_QUOTES = 12


# Why a route, a corridor or a place the texts name is not on the map.
ROUTE_NO_ORIGIN = "起点无法定位 its origin is no place that can be placed"
ROUTE_NO_END = "没有可定位的终点 no destination or stop apart from its origin ({origin})"
ROUTE_ONE_POINT = "起点与终点同在一处 its ends are at one place"
CORRIDOR_NO_ROUTE = (
    "通道名称, 无起终点 a corridor named without a route of its own: no ends to draw"
)
PLACE_NO_FEATURE = (
    "地图上没有它的要素 no feature of its own on the map: not a district or zone of "
    "Chongqing, nor a port, nor an end of a drawn pairing or route"
)
PLACE_UNKNOWN = {
    "town": "地名表中没有此乡镇 a town the gazetteer does not hold: no position",
    "county-level": "地名表中没有此地名 a place the gazetteer does not hold: no position",
}
PLACE_SHARED = "重名 {candidates} share this name; the text does not say which"


class NotDrawn(NamedTuple):
    """Something the texts name that the maps do not draw, and why."""

    kind: str  # route, corridor or place
    name: str
    reason: str
    documents: tuple[str, ...]


def document_year_date(date: str | None) -> str | None:
    """``YYYY-MM-DD`` of a document date, or ``None`` when the article gives no year."""
    if date and len(date) >= 10 and date[4] == "-" and date[:4].isdigit():
        return date[:10]
    return None


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def iso_date(text: str | None) -> str | None:
    """The ISO date ``YYYY-MM-DD`` a date of the records stands for, or ``None``.

    A full date (``2023-06-06``, also with a time after it) is itself; a month without a
    day (``2023-06``) is the first day of that month, a year alone (``2023``) the first
    day of that year; a date without a year (``06-06``), or anything that is no real
    date, has none. The layers' date attributes (pairings' ``first_date`` and
    ``last_date``, routes' ``opened_date``) are made by it, so that QGIS's temporal
    controller and the overview's time slider can compare them as text.

    Examples
    --------
    >>> iso_date("2023-6"), iso_date("2023"), iso_date("06-25"), iso_date("2022-01-05 08:40")
    ('2023-06-01', '2023-01-01', None, '2022-01-05')
    """
    if not text:
        return None
    match = _PARTIAL_DATE.match(str(text).strip())
    if match is None:
        return None
    rest = str(text).strip()[match.end() :]
    if rest and not rest[0].isspace() and rest[0] != "T":
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _join(values: Iterable[str], sep: str = "、") -> str:
    return sep.join(values)


def _quotes(evidence: Sequence[dict]) -> str:
    lines = [f"[{e['document']}#{e['sentence']}] {e['quote']}" for e in evidence[:MAX_QUOTES]]
    if len(evidence) > MAX_QUOTES:
        lines.append(f"… {len(evidence) - MAX_QUOTES} more")
    return "\n".join(lines)


def _frame(rows: list[dict], geometry: list, columns: Sequence[str]) -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(rows, columns=list(columns), geometry=geometry, crs=CRS)
    return frame


class LayerInputs:
    """What the builders read: the records, the gazetteer, and what several layers share.

    The shared parts (mentions per place, the merged pairings with the partners they
    give each place, the merged routes) are computed once, when a builder first asks.

    Parameters
    ----------
    records : sequence of dict
        Document records as produced by :func:`cqmap.geo.extract.extract_bytes` (in the order
        they should be cited).
    gaz : Gazetteer
        The gazetteer, holding the facilities the texts named that its table does not.
    """

    def __init__(self, records: Sequence[dict], gaz: Gazetteer):
        self.records = records
        self.gaz = gaz

    @cached_property
    def dates(self) -> dict[str, str | None]:
        """The ISO date of each document, by id."""
        return {r["id"]: iso_date(r.get("date")) for r in self.records}

    @cached_property
    def mentions(self) -> tuple[dict[str, int], dict[str, set[str]]]:
        """Mentions per place, and the documents that mention it."""
        mentions: dict[str, int] = {}
        mention_docs: dict[str, set[str]] = {}
        for r in self.records:
            for entry in r["regions"] + r["ports"]:
                mentions[entry["name"]] = mentions.get(entry["name"], 0) + len(entry["mentions"])
                mention_docs.setdefault(entry["name"], set()).add(r["id"])
        return mentions, mention_docs

    @cached_property
    def pairings(self) -> _Pairings:
        """The pairings layer, with the partners and evidence it gives each place."""
        return _pairings(self.records, self.gaz, self.dates)

    @cached_property
    def routes(self) -> tuple[gpd.GeoDataFrame, list[NotDrawn], set[str]]:
        """The routes layer, the routes it cannot draw, and the corridors of those it draws."""
        return _routes(self.records, self.gaz)

    def counts(self, name: str) -> dict:
        """A district's or zone's mention, partner and evidence counts."""
        mentions, mention_docs = self.mentions
        pairs = self.pairings
        return {
            "mentions": mentions.get(name, 0),
            "documents": len(mention_docs.get(name, ())),
            "partners_extracted": _join(pairs.partners_extracted.get(name, [])),
            "partners_reference": _join(pairs.partners_reference.get(name, [])),
            "evidence": pairs.evidence_of.get(name, 0),
        }


class _Pairings(NamedTuple):
    frame: gpd.GeoDataFrame
    partners_extracted: dict[str, list[str]]
    partners_reference: dict[str, list[str]]
    evidence_of: dict[str, int]


# --------------------------------------------------------------------------- builders
def build_context(inputs: LayerInputs) -> gpd.GeoDataFrame:
    """The context polygons (neighbouring prefectures), for orientation."""
    return boundaries.context()


def build_districts(inputs: LayerInputs) -> gpd.GeoDataFrame:
    """The 38 districts with their counts (:meth:`LayerInputs.counts`)."""
    districts = boundaries.districts()
    extra = gpd.GeoDataFrame([inputs.counts(n) for n in districts["name"]], index=districts.index)
    districts = districts.drop(columns="geometry").join(extra).set_geometry(districts.geometry)
    return gpd.GeoDataFrame(districts, geometry="geometry", crs=CRS)


def build_rivers(inputs: LayerInputs) -> gpd.GeoDataFrame:
    """The named rivers, for orientation."""
    return boundaries.rivers()


def build_zones(inputs: LayerInputs) -> gpd.GeoDataFrame:
    """The functional zones (seat points) with their counts."""
    zones = boundaries.zones()
    z_extra = gpd.GeoDataFrame([inputs.counts(n) for n in zones["name"]], index=zones.index)
    return gpd.GeoDataFrame(
        zones.drop(columns="geometry").join(z_extra), geometry=zones.geometry, crs=CRS
    )


def build_pairings(inputs: LayerInputs) -> gpd.GeoDataFrame:
    """One arc per pair, extracted, reference or both."""
    return inputs.pairings.frame


def build_routes(inputs: LayerInputs) -> gpd.GeoDataFrame:
    """One line per route the texts name that can be drawn."""
    return inputs.routes[0]


def build_ports(inputs: LayerInputs) -> gpd.GeoDataFrame:
    """The ports the documents name or a drawn route passes."""
    mentions, mention_docs = inputs.mentions
    return _ports(inputs.records, inputs.routes[0], inputs.gaz, mentions, mention_docs)


def not_drawn(inputs: LayerInputs, frames: Mapping[str, gpd.GeoDataFrame]) -> list[NotDrawn]:
    """What the texts name that the layers ``frames`` do not draw, with the reason."""
    _, undrawn, corridors = inputs.routes
    drawn = _drawn_places(
        frames["districts"], frames["zones"], frames["ports"], frames["pairings"], frames["routes"]
    )
    return (
        undrawn
        + _undrawn_corridors(inputs.records, corridors)
        + _undrawn_places(inputs.records, drawn)
    )


def _pairings(
    records: Sequence[dict], gaz: Gazetteer, dates: Mapping[str, str | None]
) -> _Pairings:
    """Extracted pairings, merged over documents, then the reference ones."""
    pairs: dict[tuple[str, str], dict] = {}
    for r in records:
        for p in r["pairings"]:
            entry = pairs.setdefault(
                (p["a"], p["b"]), {"relation": "cooperation", "evidence": [], "documents": []}
            )
            if p["relation"] == "official":
                entry["relation"] = "official"
            entry["evidence"].extend(p["evidence"])
            if r["id"] not in entry["documents"]:
                entry["documents"].append(r["id"])
    for ref in gaz.reference_pairings:
        key = (
            (ref.a, ref.b)
            if (ref.a, ref.b) in pairs or (ref.b, ref.a) not in pairs
            else (ref.b, ref.a)
        )
        entry = pairs.setdefault(key, {"relation": "official", "evidence": [], "documents": []})
        entry["relation"] = "official"
        entry["reference"] = ref
    pairing_rows, pairing_geoms = [], []
    partners_extracted: dict[str, list[str]] = {}
    partners_reference: dict[str, list[str]] = {}
    evidence_of: dict[str, int] = {}
    for (a, b), entry in sorted(pairs.items(), key=lambda kv: _pair_order(kv[0], gaz)):
        pa, pb = gaz.places[a], gaz.places[b]
        ref = entry.get("reference")
        evidence = entry["evidence"]
        doc_dates = sorted(d for d in (dates.get(doc) for doc in entry["documents"]) if d)
        extracted = bool(evidence)
        source = (
            "extracted+reference"
            if extracted and ref
            else "extracted"
            if extracted
            else "reference"
        )
        pairing_rows.append(
            {
                "a": a,
                "b": b,
                "relation": entry["relation"],
                "source": source,
                "extracted": extracted,
                "reference": ref is not None,
                "confidence": ref.confidence if ref else None,
                "reference_source": ref.source if ref else None,
                "evidence": len(evidence),
                "documents": len(entry["documents"]),
                "document_ids": _join(entry["documents"], "; "),
                "first_date": doc_dates[0] if doc_dates else None,
                "last_date": doc_dates[-1] if doc_dates else None,
                "distance_km": round(geodesic_km((pa.lon, pa.lat), (pb.lon, pb.lat)), 1),
                "quotes": _quotes(evidence),
            }
        )
        pairing_geoms.append(arc((pa.lon, pa.lat), (pb.lon, pb.lat)))
        for x, y in ((a, b), (b, a)):
            if extracted:
                partners_extracted.setdefault(x, []).append(y)
                evidence_of[x] = evidence_of.get(x, 0) + len(evidence)
            if ref:
                partners_reference.setdefault(x, []).append(y)
    pairings = _frame(
        pairing_rows,
        pairing_geoms,
        [
            "a", "b", "relation", "source", "extracted", "reference", "confidence",
            "reference_source", "evidence", "documents", "document_ids", "first_date",
            "last_date", "distance_km", "quotes",
        ],
    )  # fmt: skip
    return _Pairings(pairings, partners_extracted, partners_reference, evidence_of)


def _pair_order(key: tuple[str, str], gaz: Gazetteer) -> tuple:
    a, b = gaz.places[key[0]], gaz.places[key[1]]
    return (a.level != "district", a.code or a.name, b.level != "district", b.code or b.name)


def _point(name: str, gaz: Gazetteer) -> tuple[float, float]:
    place = gaz.places[name]
    return (place.lon, place.lat)


def _routes(
    records: Sequence[dict], gaz: Gazetteer
) -> tuple[gpd.GeoDataFrame, list[NotDrawn], set[str]]:
    """The routes layer, the routes it cannot draw, and the corridors of those it draws."""
    merged: dict[tuple, dict] = {}
    for r in records:
        for route in r["routes"]:
            if route["name"]:
                key = ("named", route["name"], route["origin"])
            else:
                key = ("movement", route["origin"], tuple(route["destinations"]), route["mode"])
            entry = merged.setdefault(
                key, {**route, "destinations": [], "via": [], "evidence": [], "documents": []}
            )
            for d in route["destinations"]:
                if d not in entry["destinations"]:
                    entry["destinations"].append(d)
            for v in route["via"]:
                if v not in entry["via"]:
                    entry["via"].append(v)
            entry["opened"] = entry["opened"] or route["opened"]
            entry["evidence"].extend(route["evidence"])
            if r["id"] not in entry["documents"]:
                entry["documents"].append(r["id"])

    network = river_network()
    rows, geoms, undrawn, corridors = [], [], [], set()
    for entry in merged.values():
        origin = entry["origin"]
        ends = entry["destinations"] or entry["via"][-1:]
        if origin is None or not ends:
            undrawn.append(
                _undrawn_route(entry, ROUTE_NO_ORIGIN if origin is None else ROUTE_NO_END)
            )
            continue
        via = [v for v in entry["via"] if v not in ends]
        legs, schematic = [], False
        for end in ends:
            stops = [origin, *via, end]
            points = [_point(s, gaz) for s in stops]
            leg = None
            if entry["mode"] in WATER_MODES:
                parts = [network.path(p, q) for p, q in zip(points[:-1], points[1:])]
                if all(parts):
                    leg = (
                        shapely.line_merge(shapely.MultiLineString(parts))
                        if len(parts) > 1
                        else parts[0]
                    )
                    if leg.geom_type != "LineString":
                        leg = shapely.LineString([c for part in parts for c in part.coords])
            if leg is None:
                schematic = True
                pieces = [arc(p, q) for p, q in zip(points[:-1], points[1:]) if p != q]
                if not pieces:
                    continue
                leg = shapely.LineString([c for piece in pieces for c in piece.coords])
            legs.append(leg)
        if not legs:
            undrawn.append(_undrawn_route(entry, ROUTE_ONE_POINT))
            continue
        if entry.get("corridor"):
            corridors.add(entry["corridor"])
        geometry = legs[0] if len(legs) == 1 else shapely.MultiLineString(legs)
        rows.append(
            {
                "name": entry["name"] or f"{origin}—{'、'.join(ends)}",
                "origin": origin,
                "destinations": _join(entry["destinations"]),
                "via": _join(entry["via"]),
                "mode": entry["mode"],
                "opened": entry["opened"],
                "opened_date": iso_date(entry["opened"]),
                "undated": iso_date(entry["opened"]) is None,
                "schematic": schematic,
                "length_km": round(line_length_km(geometry), 1),
                "evidence": len(entry["evidence"]),
                "documents": len(entry["documents"]),
                "document_ids": _join(entry["documents"], "; "),
                "quotes": _quotes(entry["evidence"]),
            }
        )
        geoms.append(geometry)
    columns = [
        "name", "origin", "destinations", "via", "mode", "opened", "opened_date", "undated",
        "schematic", "length_km", "evidence", "documents", "document_ids", "quotes",
    ]  # fmt: skip
    return _frame(rows, geoms, columns), undrawn, corridors


def _undrawn_route(entry: dict, reason: str) -> NotDrawn:
    """A route the map cannot draw, named by its name or else by its ends."""
    ends = [*entry["destinations"], *entry["via"]]
    name = entry["name"] or f"{entry['origin'] or '?'}—{'、'.join(ends) or '?'}"
    reason = reason.format(origin=entry["origin"])
    return NotDrawn("route", name, reason, tuple(entry["documents"]))


def _undrawn_corridors(records: Sequence[dict], drawn: set[str]) -> list[NotDrawn]:
    """The corridors the texts name (without a route of their own) that no drawn route is on."""
    named: dict[str, list[str]] = {}
    for r in records:
        for corridor in r["corridors"]:
            documents = named.setdefault(corridor["name"], [])
            if r["id"] not in documents:
                documents.append(r["id"])
    return [
        NotDrawn("corridor", name, CORRIDOR_NO_ROUTE, tuple(documents))
        for name, documents in named.items()
        if name not in drawn
    ]


def _drawn_places(
    districts: gpd.GeoDataFrame,
    zones: gpd.GeoDataFrame,
    ports: gpd.GeoDataFrame,
    pairings: gpd.GeoDataFrame,
    routes: gpd.GeoDataFrame,
) -> set[str]:
    """Every place the maps draw: a feature of its own, or an end of an arc or a route."""
    drawn = {*districts["name"], *zones["name"], *ports["name"]}
    drawn.update(pairings["a"], pairings["b"], routes["origin"])
    for column in ("destinations", "via"):
        for value in routes[column]:
            drawn.update(value.split("、"))
    return drawn


def _undrawn_places(records: Sequence[dict], drawn: set[str]) -> list[NotDrawn]:
    """The places the texts name that the maps do not draw: places of no feature of
    their own that no arc or route ends at, and the words the gazetteer cannot place."""
    found: dict[str, tuple[str, list[str]]] = {}
    for r in records:
        named = [(e["name"], PLACE_NO_FEATURE) for e in r["regions"] + r["ports"]]
        named += [(e["surface"], _unknown_reason(e)) for e in r["unresolved"]]
        for name, reason in named:
            if name in drawn:
                continue
            _, documents = found.setdefault(name, (reason, []))
            if r["id"] not in documents:
                documents.append(r["id"])
    return [
        NotDrawn("place", name, reason, tuple(documents))
        for name, (reason, documents) in found.items()
    ]


def _unknown_reason(entry: dict) -> str:
    """Why a place-like word of ``unresolved`` has no position."""
    if entry["kind"] == "shared":
        return PLACE_SHARED.format(candidates="、".join(entry["candidates"]))
    return PLACE_UNKNOWN.get(entry["kind"], PLACE_UNKNOWN["county-level"])


def _derived_row(place) -> dict:
    return {
        "name": place.name,
        "kind": place.kind,
        "parent": place.parent,
        "river": None,
        "host": place.host,
        "host_level": "derived",
        "approximate": True,
        "accuracy_m": place.accuracy_m,
    }


def _ports(
    records: Sequence[dict],
    routes: gpd.GeoDataFrame,
    gaz: Gazetteer,
    mentions: dict[str, int],
    mention_docs: dict[str, set[str]],
) -> gpd.GeoDataFrame:
    on_routes: dict[str, int] = {}
    for _, route in routes.iterrows():
        for name in [
            route["origin"],
            *route["destinations"].split("、"),
            *route["via"].split("、"),
        ]:
            if name and gaz.places.get(name) and gaz.places[name].level == "port":
                on_routes[name] = on_routes.get(name, 0) + 1
    table = boundaries.ports()
    keep = table["name"].map(lambda n: mentions.get(n, 0) > 0 or n in on_routes)
    table = table[keep].reset_index(drop=True)
    derived = sorted(
        {n for n in [*mentions, *on_routes] if n in gaz.places.derived}
    )  # (named by the texts, placed at their parent or host: approximate)
    if derived:
        rows = [_derived_row(gaz.places[n]) for n in derived]
        extra = gpd.GeoDataFrame(
            rows, geometry=[shapely.Point(gaz.places[n].lon, gaz.places[n].lat) for n in derived],
            crs=CRS,
        )  # fmt: skip
        table = gpd.GeoDataFrame(
            pd.concat([table, extra], ignore_index=True), geometry="geometry", crs=CRS
        )
    table["mentions"] = table["name"].map(lambda n: mentions.get(n, 0))
    table["documents"] = table["name"].map(lambda n: len(mention_docs.get(n, ())))
    table["routes"] = table["name"].map(lambda n: on_routes.get(n, 0))
    columns = [
        "name", "kind", "parent", "river", "host", "host_level", "approximate", "accuracy_m",
        "mentions", "documents", "routes",
    ]  # fmt: skip
    return gpd.GeoDataFrame(table[columns], geometry=table.geometry, crs=CRS)
