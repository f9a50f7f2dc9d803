"""The committed geodata as GeoDataFrames (EPSG:4326).

* :func:`districts` — Chongqing's 38 county-level divisions with their 一区两群 group;
* :func:`context` — neighbouring prefectures, as context polygons;
* :func:`zones` — the functional zones (management seats; no polygons exist);
* :func:`ports` — ports and freight hubs with their host region;
* :func:`rivers` — 长江, 嘉陵江, 渠江, 乌江 as named lines;
* :func:`places` — one representative point per region.

Each call returns a fresh copy; the files are read once per process. Provenance of
every dataset is in :func:`metadata` (``geo/data/metadata.json``).
"""

from __future__ import annotations

import json
from functools import cache

import geopandas as gpd
import shapely

from cqmap.geo.data import DATA_DIR

__all__ = ["districts", "context", "zones", "ports", "rivers", "places", "metadata"]

CRS = "EPSG:4326"


@cache
def _read(name: str) -> gpd.GeoDataFrame:
    text = (DATA_DIR / f"{name}.geojson").read_text(encoding="utf-8")
    features = json.loads(text)["features"]
    # GEOS reads the geometries (shapely.geometry.shape would loop over every vertex)
    geometries = list(shapely.from_geojson(text).geoms) if features else []
    columns = list(features[0]["properties"]) if features else []
    rows = [f["properties"] for f in features]
    return gpd.GeoDataFrame(rows, columns=columns, geometry=geometries, crs=CRS)


def districts() -> gpd.GeoDataFrame:
    """The 38 districts: adcode, name, full_name, short_name, kind, group, subgroup, area_km2."""
    return _read("districts").copy()


def context() -> gpd.GeoDataFrame:
    """Context prefectures: adcode, name, short_name, level, province, area_km2."""
    return _read("context").copy()


def zones() -> gpd.GeoDataFrame:
    """Functional zones as seat points: name, hosts, seat, seat_district, approximate."""
    return _read("zones").copy()


def ports() -> gpd.GeoDataFrame:
    """Ports and hubs: name, kind, parent, river, host, host_level, approximate,
    accuracy_m, river_distance_m."""
    return _read("ports").copy()


def rivers() -> gpd.GeoDataFrame:
    """Named rivers, drawn downstream: name, name_en, extent."""
    return _read("rivers").copy()


def places() -> gpd.GeoDataFrame:
    """Representative points of Chongqing's districts, zones and the new areas: name,
    level, code, point (how it was chosen). Other divisions: :mod:`cqmap.geo.gazetteer`."""
    return _read("places").copy()


@cache
def metadata() -> dict:
    """Provenance of the committed data (sources, versions, datum, simplification)."""
    with open(DATA_DIR / "metadata.json", encoding="utf-8") as f:
        return json.load(f)
