"""The builders of the layers: the summary of many documents' records, joined to the geodata.

Each layer of :data:`cqmap.layers.registry.LAYERS` names its builder here, a function of one
:class:`LayerInputs` (the :class:`~cqmap.geo.summary.Summary` of the records and the
gazetteer, and what several layers read from them, computed once when first asked for)
that returns the layer as a GeoDataFrame in EPSG:4326:

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

Every feature keeps its provenance: its documents (their number, and the first
:data:`cqmap.geo.summary.DOCUMENT_IDS` ids) and its evidence sentences (their number,
and the first :data:`MAX_QUOTES` quoted). :func:`not_drawn` lists what the texts name
that the layers do not draw, and why. The builders read the summary only, so that the
layers of a corpus take memory independent of its number of documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import NamedTuple

import geopandas as gpd
import pandas as pd
import shapely

from cqmap.geo import boundaries
from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.summary import PAIR_QUOTES, ROUTE_QUOTES, Summary, iso_date
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
assert MAX_QUOTES <= min(PAIR_QUOTES, ROUTE_QUOTES)  # (the summary keeps as many)


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
    """Something the texts name that the maps do not draw, and why: ``documents`` lists
    the first ids of the documents naming it, ``document_count`` counts them all."""

    kind: str  # route, corridor or place
    name: str
    reason: str
    documents: tuple[str, ...]
    document_count: int | None = None  # (None: as many as listed)

    @property
    def documents_text(self) -> str:
        """The documents as the index page lists them: ``a; b; … 3 more``."""
        return _ids(self.documents, self.document_count)


def document_year_date(date: str | None) -> str | None:
    """``YYYY-MM-DD`` of a document date, or ``None`` when the article gives no year."""
    if date and len(date) >= 10 and date[4] == "-" and date[:4].isdigit():
        return date[:10]
    return None


def _join(values: Iterable[str], sep: str = "、") -> str:
    return sep.join(values)


def _quotes(quotes: Sequence[dict], total: int) -> str:
    """The first :data:`MAX_QUOTES` of ``total`` evidence sentences, one a line, and how
    many more there are."""
    lines = [f"[{e['document']}#{e['sentence']}] {e['quote']}" for e in quotes[:MAX_QUOTES]]
    if total > MAX_QUOTES:
        lines.append(f"… {total - MAX_QUOTES} more")
    return "\n".join(lines)


def _ids(ids: Sequence[str], total: int | None = None) -> str:
    """Document ids joined by ``; ``, and how many more there are than listed."""
    text = _join(ids, "; ")
    if total is not None and total > len(ids):
        text += f"; … {total - len(ids)} more"
    return text


def _frame(rows: list[dict], geometry: list, columns: Sequence[str]) -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(rows, columns=list(columns), geometry=geometry, crs=CRS)
    return frame


class LayerInputs:
    """What the builders read: the summary, the gazetteer, and what several layers share.

    The shared parts (mentions per place, the pairings with the partners they give each
    place, the routes) are computed once, when a builder first asks.

    Parameters
    ----------
    summary : Summary
        The summary of the document records (:class:`cqmap.geo.summary.Summary`).
    gaz : Gazetteer
        The gazetteer, holding the facilities the texts named that its table does not.
    """

    def __init__(self, summary: Summary, gaz: Gazetteer):
        self.summary = summary
        self.gaz = gaz

    @cached_property
    def mentions(self) -> tuple[dict[str, int], dict[str, int]]:
        """Mentions per place, and the number of documents that mention it."""
        named = self.summary.mentions
        return {n: m for n, (m, _) in named.items()}, {n: d for n, (_, d) in named.items()}

    @cached_property
    def pairings(self) -> _Pairings:
        """The pairings layer, with the partners and evidence it gives each place."""
        return _pairings(self.summary, self.gaz)

    @cached_property
    def routes(self) -> tuple[gpd.GeoDataFrame, list[NotDrawn], set[str]]:
        """The routes layer, the routes it cannot draw, and the corridors of those it draws."""
        return _routes(self.summary, self.gaz)

    def counts(self, name: str) -> dict:
        """A district's or zone's mention, partner and evidence counts."""
        mentions, mention_docs = self.mentions
        pairs = self.pairings
        return {
            "mentions": mentions.get(name, 0),
            "documents": mention_docs.get(name, 0),
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
    return _ports(inputs.routes[0], inputs.gaz, mentions, mention_docs)


def not_drawn(inputs: LayerInputs, frames: Mapping[str, gpd.GeoDataFrame]) -> list[NotDrawn]:
    """What the texts name that the layers ``frames`` do not draw, with the reason."""
    _, undrawn, corridors = inputs.routes
    drawn = _drawn_places(
        frames["districts"], frames["zones"], frames["ports"], frames["pairings"], frames["routes"]
    )
    return (
        undrawn
        + _undrawn_corridors(inputs.summary, corridors)
        + _undrawn_places(inputs.summary, drawn)
    )


_NO_EVIDENCE = {
    "evidence": 0, "quotes": [], "documents": 0, "document_ids": [], "first_date": None,
    "last_date": None,
}  # fmt: skip


def _pairings(summary: Summary, gaz: Gazetteer) -> _Pairings:
    """Extracted pairings, merged over documents (by the summary), then the reference ones."""
    pairs: dict[tuple[str, str], dict] = {key: dict(e) for key, e in summary.pairs.items()}
    for ref in gaz.reference_pairings:
        key = (
            (ref.a, ref.b)
            if (ref.a, ref.b) in pairs or (ref.b, ref.a) not in pairs
            else (ref.b, ref.a)
        )
        entry = pairs.setdefault(key, {**_NO_EVIDENCE, "relation": "official"})
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
        extracted = evidence > 0
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
                "evidence": evidence,
                "documents": entry["documents"],
                "document_ids": _ids(entry["document_ids"], entry["documents"]),
                "first_date": entry["first_date"],
                "last_date": entry["last_date"],
                "distance_km": round(geodesic_km((pa.lon, pa.lat), (pb.lon, pb.lat)), 1),
                "quotes": _quotes(entry["quotes"], evidence),
            }
        )
        pairing_geoms.append(arc((pa.lon, pa.lat), (pb.lon, pb.lat)))
        for x, y in ((a, b), (b, a)):
            if extracted:
                partners_extracted.setdefault(x, []).append(y)
                evidence_of[x] = evidence_of.get(x, 0) + evidence
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


def _routes(summary: Summary, gaz: Gazetteer) -> tuple[gpd.GeoDataFrame, list[NotDrawn], set[str]]:
    """The routes layer, the routes it cannot draw, and the corridors of those it draws.

    Routes are merged over documents by the summary: a named route by its name and
    origin, another by its origin, destinations and mode.
    """
    network = river_network()
    rows, geoms, undrawn, corridors = [], [], [], set()
    for entry in summary.routes.values():
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
                "evidence": entry["evidence"],
                "documents": entry["documents"],
                "document_ids": _ids(entry["document_ids"], entry["documents"]),
                "quotes": _quotes(entry["quotes"], entry["evidence"]),
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
    return NotDrawn("route", name, reason, tuple(entry["document_ids"]), entry["documents"])


def _undrawn_corridors(summary: Summary, drawn: set[str]) -> list[NotDrawn]:
    """The corridors the texts name (without a route of their own) that no drawn route is on."""
    return [
        NotDrawn(
            "corridor", name, CORRIDOR_NO_ROUTE, tuple(entry["document_ids"]), entry["documents"]
        )
        for name, entry in summary.corridors.items()
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


def _undrawn_places(summary: Summary, drawn: set[str]) -> list[NotDrawn]:
    """The places the texts name that the maps do not draw: places of no feature of
    their own that no arc or route ends at, and the words the gazetteer cannot place
    (each with the reason of its first naming)."""
    return [
        NotDrawn(
            "place",
            name,
            PLACE_NO_FEATURE
            if entry["unresolved"] is None
            else _unknown_reason(entry["unresolved"]),
            tuple(entry["document_ids"]),
            entry["documents"],
        )
        for name, entry in summary.places.items()
        if name not in drawn
    ]


def _unknown_reason(entry: dict) -> str:
    """Why a place-like word of ``unresolved`` has no position (its ``kind`` and
    ``candidates``)."""
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
    routes: gpd.GeoDataFrame,
    gaz: Gazetteer,
    mentions: dict[str, int],
    mention_docs: dict[str, int],
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
    table["documents"] = table["name"].map(lambda n: mention_docs.get(n, 0))
    table["routes"] = table["name"].map(lambda n: on_routes.get(n, 0))
    columns = [
        "name", "kind", "parent", "river", "host", "host_level", "approximate", "accuracy_m",
        "mentions", "documents", "routes",
    ]  # fmt: skip
    return gpd.GeoDataFrame(table[columns], geometry=table.geometry, crs=CRS)
