"""The map every page starts from: its basemap and the display shift of the basemap's datum.

* basemaps (:data:`TILES`): ``osm`` (default), ``amap`` (Gaode, GCJ-02: every overlay
  is shifted WGS84 -> GCJ-02 for display only, :func:`shift_for`), ``none``;
* the map links only the project's assets (:func:`cqmap.layers.assets.use_project_assets`)
  and carries the page's stylesheet and helpers (:class:`cqmap.layers.page.Helpers`).
"""

from __future__ import annotations

from collections.abc import Callable

import folium
import geopandas as gpd
import shapely

from cqmap.geo.datum import to_gcj02, transform_geometry
from cqmap.layers.assets import use_project_assets
from cqmap.layers.page import Helpers

__all__ = ["AMAP_URL", "OSM_URL", "Shift", "TILES", "base_map", "frame_bounds", "shift_for"]

TILES = ("osm", "amap", "none")
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
AMAP_URL = "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}"

# The display shift of a basemap's datum: geometries (or arrays of them) in, moved out.
Shift = Callable[[object], object]


def base_map(tiles: str, *, bounds: list[list[float]]) -> folium.Map:
    """A map on the basemap ``tiles`` (one of :data:`TILES`), opening on ``bounds``.

    Raises
    ------
    ValueError
        An unknown basemap.
    """
    if tiles not in TILES:
        raise ValueError(f"unknown basemap {tiles!r} (choose from {', '.join(TILES)})")
    # zoom and scale controls come from the layout (LAYOUT_JS), which places them
    m = folium.Map(tiles=None, control_scale=False, zoom_control=False)
    m.add_child(Helpers(plain=tiles == "none"))
    if tiles == "osm":
        folium.TileLayer(
            tiles=OSM_URL,
            attr='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
            name="OpenStreetMap (WGS84)",
            max_zoom=19,
        ).add_to(m)
    elif tiles == "amap":
        folium.TileLayer(
            tiles=AMAP_URL,
            attr="© 高德地图 AutoNavi (GCJ-02)",
            name="高德地图 Gaode (GCJ-02)",
            subdomains="1234",
            max_zoom=18,
        ).add_to(m)
    m.fit_bounds(bounds)
    use_project_assets(m)
    return m


def shift_for(tiles: str) -> Shift:
    """The display shift of a basemap: WGS84 -> GCJ-02 on Gaode tiles, else none."""
    if tiles == "amap":
        return _to_gcj02
    return _same


def _to_gcj02(geometry):
    """Every vertex of a geometry (or an array of them) moved WGS84 -> GCJ-02."""
    return transform_geometry(geometry, to_gcj02)


def _same(geometry):
    return geometry


def frame_bounds(frame: gpd.GeoDataFrame, shift: Shift) -> list[list[float]]:
    """``[[south, west], [north, east]]`` of a frame's features, shifted for the basemap."""
    minx, miny, maxx, maxy = shift(shapely.box(*frame.total_bounds)).bounds
    return [[miny, minx], [maxy, maxx]]
