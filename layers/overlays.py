"""The layers' features on a map: each overlay a light GeoJSON layer, its data script-safe.

Every overlay is a :class:`GeoJsonLayer`: its features carry a pre-rendered,
HTML-escaped popup and tooltip (``_popup``/``_tip``), their style and, for points, their
icon (:mod:`cqmap.layers.popups`); the page's helpers bind them
(:class:`cqmap.layers.page.Helpers`). Text from articles therefore reaches the page
only as escaped text, inside script-safe JSON (:func:`cqmap.layers.script.script_json`).

Every vertex passes through :func:`features_json`, shifted for the basemap
(:func:`cqmap.layers.basemap.shift_for`). The polygons are drawn from a lighter copy of
the same coverage (:data:`DISPLAY_TOLERANCE_M`); the exported layers keep the 100 m
data. The rows of each layer, and the serialised GeoJSON of the layers every map shares
(districts, context, rivers), are computed once per :class:`~cqmap.layers.model.Layers`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace

import folium
import geopandas as gpd
import numpy as np
import shapely
from folium.map import Layer

from cqmap.geo.datum import from_metric, to_metric
from cqmap.layers import registry
from cqmap.layers.basemap import Shift, shift_for
from cqmap.layers.model import Layers
from cqmap.layers.registry import Overlay
from cqmap.layers.script import Raw, script_json

__all__ = [
    "DISPLAY_DECIMALS",
    "DISPLAY_TOLERANCE_M",
    "GeoJsonLayer",
    "Row",
    "add_overlay",
    "features_json",
    "layer_rows",
    "selected",
    "shared_layers",
]

# Display simplification of the polygons (metres, in CHONGQING_AEA): the exported layers
# keep the 100 m data; the page carries a lighter copy drawn from the same coverage.
DISPLAY_TOLERANCE_M = 350.0
DISPLAY_DECIMALS = 5

Row = tuple[SimpleNamespace, object]  # a feature's attributes and its geometry


# --------------------------------------------------------------------------- rows
def _cache(layers: Layers) -> dict:
    """Per-Layers cache of what every map of it shares (the geometry does not change)."""
    return layers.__dict__.setdefault("_map_cache", {})


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _frame_rows(frame: gpd.GeoDataFrame) -> list[Row]:
    """A frame's rows as plain objects (NaN as None), read in one pass."""
    columns = [c for c in frame.columns if c != frame.geometry.name]
    values = frame[columns].itertuples(index=False, name=None)
    return [
        (SimpleNamespace(**{c: (None if _missing(v) else v) for c, v in zip(columns, row)}), g)
        for row, g in zip(values, frame.geometry)
    ]


def layer_rows(layers: Layers, name: str) -> list[Row]:
    """The rows of one of the layers, read once per Layers (maps select from them)."""
    cache = _cache(layers)
    key = ("rows", name)
    if key not in cache:
        cache[key] = _frame_rows(getattr(layers, name))
    return cache[key]


def selected(rows: Sequence[Row] | gpd.GeoDataFrame, overlay: Overlay) -> Sequence[Row]:
    """The rows an overlay draws."""
    if isinstance(rows, gpd.GeoDataFrame):
        rows = _frame_rows(rows)
    if overlay.select is None:
        return rows
    return [r for r in rows if overlay.select(r[0])]


# --------------------------------------------------------------------------- GeoJSON
def _display_polygons(layers: Layers) -> dict[str, gpd.GeoDataFrame]:
    """The polygon layers drawn simplified (``simplify`` in the registry: districts and
    context), simplified together (shared borders stay shared) for the page, by name.

    The copies stay WGS84: like every overlay, they are shifted for the basemap when
    they are serialised (:func:`features_json`).
    """
    frames = [(s.name, getattr(layers, s.name)) for s in registry.draw_order() if s.simplify]
    geoms = np.array([g for _, frame in frames for g in frame.geometry], dtype=object)
    back = from_metric(shapely.coverage_simplify(to_metric(geoms), DISPLAY_TOLERANCE_M))
    out, start = {}, 0
    for name, frame in frames:
        part = back[start : start + len(frame)]
        out[name] = frame.set_geometry(gpd.GeoSeries(part, index=frame.index, crs=frame.crs))
        start += len(frame)
    return out


def features_json(
    rows: Sequence[Row] | gpd.GeoDataFrame,
    props: Callable[[SimpleNamespace], dict],
    *,
    shift: Shift,
) -> str:
    """A FeatureCollection as script-safe JSON text; geometry serialised by GEOS.

    ``shift`` moves the geometries for the basemap (:func:`cqmap.layers.basemap.shift_for`):
    every overlay passes through here, so every vertex of every layer is drawn in the
    basemap's datum.
    """
    if isinstance(rows, gpd.GeoDataFrame):
        rows = _frame_rows(rows)
    geoms = shift(np.array([g for _, g in rows], dtype=object))
    geoms = shapely.transform(geoms, lambda c: np.round(c, DISPLAY_DECIMALS))
    parts = [
        '{"type":"Feature","properties":' + script_json(props(row)) + ',"geometry":' + g + "}"
        for (row, _), g in zip(rows, shapely.to_geojson(geoms))
    ]
    return '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"


def shared_layers(layers: Layers, tiles: str) -> dict[str, str]:
    """The serialised layers every map draws whole (``shared`` in the registry: districts,
    context, rivers), by overlay key, once per Layers and basemap."""
    cache = _cache(layers)
    key = ("shared", tiles)
    if key not in cache:
        shift = shift_for(tiles)
        simple = _display_polygons(layers)
        cache[key] = {
            overlay.key: features_json(
                selected(simple.get(s.name, getattr(layers, s.name)), overlay),
                overlay.props,
                shift=shift,
            )
            for s in registry.LAYERS
            if s.shared
            for overlay in s.map_overlays
        }
    return cache[key]


# --------------------------------------------------------------------------- layer
class GeoJsonLayer(Layer):
    """A GeoJSON overlay: styles, icons, popups and tooltips come from the features.

    ``style`` is the name (or source) of a JavaScript function of a feature; the
    default reads the feature's ``_style``. The data goes into the page as it is: it is
    already script-safe JSON (:func:`features_json`), and never passes through Jinja.
    """

    def __init__(self, data: str, *, name: str, show: bool = True, style: str = "cqStyle"):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "GeoJson"
        self.data = data
        self.style = style

    def render(self, **kwargs) -> None:
        name, parent = self.get_name(), self._parent.get_name()
        script = (
            f"var {name} = L.geoJson({self.data}, "
            f"{{style: {self.style}, pointToLayer: cqPoint, onEachFeature: cqBind}});\n"
        )
        if self.show:
            script += f"{name}.addTo({parent});\n"
        self.get_root().script.add_child(Raw(script), name=name)


def add_overlay(
    m: folium.Map, data: str, overlay: Overlay, *, show: bool = True, style: str = "cqStyle"
) -> GeoJsonLayer:
    """Add an overlay's features (``data``, from :func:`features_json`) to ``m``."""
    layer = GeoJsonLayer(data, name=overlay.title, show=show, style=style)
    m.add_child(layer)
    return layer
