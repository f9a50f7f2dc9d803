"""The one registry of layers: everything that makes a layer, in one entry per layer.

A :class:`LayerSpec` names a layer and holds its title, geometry, builder
(:mod:`cqmap.layers.builders`), QGIS style (:mod:`cqmap.layers.qml`), web-map popup and legend rows
(:mod:`cqmap.layers.popups`), its rank in the drawing order and its date field, if any.
:data:`LAYERS` lists them; every output reads it at the time it is written:

* :func:`cqmap.layers.model.build_layers` calls each builder, in this order (the order of the
  GeoJSON, FlatGeobuf, GeoParquet and GeoPackage layers);
* :mod:`cqmap.layers.export` writes each layer's QML (and, in the GeoPackage, its style name);
* :mod:`cqmap.layers.project` draws them in the QGIS project in :func:`draw_order`, titled,
  styled, temporal where they have a date field;
* :mod:`cqmap.layers.maps` adds each layer's overlays to the web maps, bottom first (the
  reverse of the drawing order), its legend rows to its section of the legend, its
  features to the search box when ``searchable``, to the time slider when temporal.

Adding a layer is one entry here plus its builder (and its style, popup and legend
functions). The constants that other modules used to keep (``LAYER_NAMES``,
``LAYER_TITLES``, ``STYLE_NAMES``, ``DRAW_ORDER``, ``TEMPORAL_FIELDS``) are derived from
:data:`LAYERS` below.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Literal

import geopandas as gpd

from cqmap.layers import builders, popups, qml

__all__ = [
    "LayerSpec",
    "Overlay",
    "LAYERS",
    "LEGEND_SECTIONS",
    "LAYER_NAMES",
    "LAYER_TITLES",
    "STYLE_NAMES",
    "DRAW_ORDER",
    "TEMPORAL_FIELDS",
    "spec",
    "draw_order",
    "map_order",
    "legend_sections",
    "style_element",
    "qml_for",
]

Props = Callable[[SimpleNamespace], dict]


@dataclass(frozen=True)
class Overlay:
    """One layer of the web maps' layer control, drawn from (some of) a layer's features.

    Parameters
    ----------
    key : str
        Its name (a key of :data:`LAYER_TITLES`).
    title : str
        Its title in the layer control.
    props : callable
        The properties of a feature (:mod:`cqmap.layers.popups`).
    select : callable, optional
        Which features it draws (default: all).
    """

    key: str
    title: str
    props: Props
    select: Callable[[SimpleNamespace], bool] | None = None


@dataclass(frozen=True)
class LayerSpec:
    """Everything that makes one layer.

    Parameters
    ----------
    name : str
        The layer's name: of its files (``<name>.geojson``), GeoPackage table and project
        layer (``cqmap_<name>``).
    title : str
        Its title in QGIS (and, unless ``overlays`` say otherwise, on the web maps).
    geometry : {"Point", "Line", "Polygon"}
        Its geometry type, as the QGIS project names it.
    builder : callable
        :class:`cqmap.layers.builders.LayerInputs` -> GeoDataFrame (EPSG:4326).
    style : callable
        () -> its QGIS style, a new ``<qgis>`` element (:mod:`cqmap.layers.qml`).
    style_name : str
        The style's name in the GeoPackage's ``layer_styles``.
    popup : callable
        A feature's properties on the web maps (:mod:`cqmap.layers.popups`).
    legend : tuple of (str, callable)
        The legend section it belongs to (:data:`LEGEND_SECTIONS`) and () -> its rows.
    rank : int
        Its place in the drawing order, 0 on top.
    temporal : str, optional
        The ISO date field a feature is shown from (QGIS's temporal controller, the
        overview's time slider); ``None``: the layer has no time.
    time_span : tuple of str
        Further date fields the project's time range covers.
    overlays : tuple of Overlay
        Its layers on the web maps (default: one, of all features, ``title``, ``popup``).
    searchable : bool
        Its features can be found in the overview's search box.
    shared : bool
        Drawn whole on every map (serialised once per layers and basemap).
    simplify : bool
        Drawn on the web maps simplified together with the other such polygons, so that
        shared borders stay shared.
    opacity : str
        Its opacity over the basemap in the QGIS project.
    """

    name: str
    title: str
    geometry: Literal["Point", "Line", "Polygon"]
    builder: Callable[[builders.LayerInputs], gpd.GeoDataFrame]
    style: Callable[[], ET.Element]
    style_name: str
    popup: Props
    legend: tuple[str, Callable[[], list[str]]]
    rank: int
    temporal: str | None = None
    time_span: tuple[str, ...] = ()
    overlays: tuple[Overlay, ...] = ()
    searchable: bool = False
    shared: bool = False
    simplify: bool = False
    opacity: str = "1"

    @property
    def map_overlays(self) -> tuple[Overlay, ...]:
        """Its overlays on the web maps."""
        return self.overlays or (Overlay(self.name, self.title, self.popup),)


# The legend's sections, in order (a section no layer names comes after these).
GROUPS, PAIRINGS, ROUTES, PORTS = (
    "一区两群 Groups",
    "配对 Pairings",
    "货运线路 Routes",
    "港口与枢纽 Ports",
)
LEGEND_SECTIONS = (GROUPS, PAIRINGS, ROUTES, PORTS)

LAYERS: tuple[LayerSpec, ...] = (
    LayerSpec(
        name="context",
        title="周边地区 Context",
        geometry="Polygon",
        builder=builders.build_context,
        style=qml.context_style,
        style_name="cqmap context",
        popup=popups.context_props,
        legend=(GROUPS, popups.context_legend),
        rank=6,
        shared=True,
        simplify=True,
        opacity="0.6",
    ),
    LayerSpec(
        name="districts",
        title="区县 Districts",
        geometry="Polygon",
        builder=builders.build_districts,
        style=qml.districts_style,
        style_name="cqmap districts by 一区两群 group",
        popup=popups.district_props,
        legend=(GROUPS, popups.district_legend),
        rank=5,
        searchable=True,
        shared=True,
        simplify=True,
        opacity="0.8",
    ),
    LayerSpec(
        name="rivers",
        title="河流 Rivers",
        geometry="Line",
        builder=builders.build_rivers,
        style=qml.rivers_style,
        style_name="cqmap rivers",
        popup=popups.river_props,
        legend=(ROUTES, popups.river_legend),
        rank=4,
        shared=True,
    ),
    LayerSpec(
        name="zones",
        title="功能区 Functional zones",
        geometry="Point",
        builder=builders.build_zones,
        style=qml.zones_style,
        style_name="cqmap functional zones",
        popup=popups.zone_props,
        legend=(PORTS, popups.zone_legend),
        rank=1,
        searchable=True,
    ),
    LayerSpec(
        name="pairings",
        title="配对 Pairings (文本提取与参考 extracted and reference)",
        geometry="Line",
        builder=builders.build_pairings,
        style=qml.pairings_style,
        style_name="cqmap pairings by relation",
        popup=popups.pairing_props,
        legend=(PAIRINGS, popups.pairing_legend),
        rank=3,
        temporal="first_date",
        time_span=("last_date",),
        overlays=(
            Overlay(
                "pairings",
                "配对 (文本提取) Extracted pairings",
                popups.pairing_props,
                lambda row: row.extracted,
            ),
            Overlay(
                "reference",
                "配对 (参考) Reference pairings",
                popups.reference_props,
                lambda row: row.reference,
            ),
        ),
    ),
    LayerSpec(
        name="routes",
        title="货运线路 Freight routes",
        geometry="Line",
        builder=builders.build_routes,
        style=qml.routes_style,
        style_name="cqmap routes by mode",
        popup=popups.route_props,
        legend=(ROUTES, popups.route_legend),
        rank=2,
        temporal="opened_date",
    ),
    LayerSpec(
        name="ports",
        title="港口与枢纽 Ports and hubs",
        geometry="Point",
        builder=builders.build_ports,
        style=qml.ports_style,
        style_name="cqmap ports by kind",
        popup=popups.port_props,
        legend=(PORTS, popups.port_legend),
        rank=0,
        searchable=True,
    ),
)


# --------------------------------------------------------------------------- lookups
# (Read at the time of the call, so that a layer added to LAYERS is in every output.)
def spec(name: str) -> LayerSpec:
    """The entry of the layer ``name``.

    Raises
    ------
    ValueError
        No layer of that name.
    """
    for entry in LAYERS:
        if entry.name == name:
            return entry
    raise ValueError(f"no layer {name!r}")


def draw_order() -> tuple[LayerSpec, ...]:
    """The layers top first, as in QGIS's layers panel."""
    return tuple(sorted(LAYERS, key=lambda s: s.rank))


def map_order() -> tuple[LayerSpec, ...]:
    """The layers bottom first, in the order the web maps add them."""
    return draw_order()[::-1]


def legend_sections() -> dict[str, list[str]]:
    """The legend's rows by section: :data:`LEGEND_SECTIONS` first, each section's rows
    in drawing order (top first)."""
    sections: dict[str, list[str]] = {title: [] for title in LEGEND_SECTIONS}
    for entry in draw_order():
        title, rows = entry.legend
        sections.setdefault(title, []).extend(rows())
    return {title: rows for title, rows in sections.items() if rows}


def style_element(name: str) -> ET.Element:
    """The QGIS style of the layer ``name``, as a new ``<qgis>`` element."""
    return spec(name).style()


def qml_for(name: str) -> str:
    """The QGIS style of the layer ``name``, as the text of a ``.qml`` file."""
    return qml.qml_text(spec(name).style())


# --------------------------------------------------------------------------- derived
LAYER_NAMES = tuple(s.name for s in LAYERS)
LAYER_TITLES = {o.key: o.title for s in LAYERS for o in s.map_overlays}
STYLE_NAMES = {s.name: s.style_name for s in LAYERS}
DRAW_ORDER = tuple(s.name for s in draw_order())
TEMPORAL_FIELDS = {s.name: s.temporal for s in LAYERS if s.temporal}
