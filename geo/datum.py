"""Coordinate systems: WGS84 <-> GCJ-02, and the metric projection used for Chongqing.

Boundaries published by Gaode/AutoNavi, DataV and echarts, and Gaode map tiles, use
GCJ-02, the obfuscated datum that Chinese regulations require of online maps. It is
WGS84 plus a smooth, deterministic offset of a few hundred metres (445-525 m around
Chongqing). Everything cqmap stores or exports is WGS84; GCJ-02 appears only when
source boundaries are read (``to_wgs84``) and when overlays are drawn on Gaode tiles
(``to_gcj02``).

The forward formula is the public one; the inverse has no closed form and is solved
by fixed-point iteration to well under a millimetre.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "CHONGQING_AEA",
    "in_china",
    "to_gcj02",
    "to_wgs84",
    "transform_geometry",
    "to_metric",
    "from_metric",
]

# Krasovsky 1940 ellipsoid, as used by the GCJ-02 formula.
_A = 6378245.0
_EE = 0.00669342162296594323

# Albers equal-area for Chongqing and its neighbours (standard parallels bracket
# 28-32 N); used wherever lengths, areas or tolerances are expressed in metres.
CHONGQING_AEA = (
    "+proj=aea +lat_0=30 +lon_0=107.8 +lat_1=28 +lat_2=32 +x_0=0 +y_0=0 "
    "+ellps=WGS84 +units=m +no_defs"
)


def in_china(lon: ArrayLike, lat: ArrayLike) -> np.ndarray:
    """True where the GCJ-02 offset applies (the customary rectangle around China)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    return (lon >= 72.004) & (lon <= 137.8347) & (lat >= 0.8293) & (lat <= 55.8271)


def _offset(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """GCJ-02 minus WGS84, in degrees, at WGS84 positions."""
    x = lon - 105.0
    y = lat - 35.0
    sx = np.sqrt(np.abs(x))
    pi = np.pi
    ripple = (20.0 * np.sin(6.0 * x * pi) + 20.0 * np.sin(2.0 * x * pi)) * 2.0 / 3.0
    dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sx + ripple
    dlat += (20.0 * np.sin(y * pi) + 40.0 * np.sin(y / 3.0 * pi)) * 2.0 / 3.0
    dlat += (160.0 * np.sin(y / 12.0 * pi) + 320.0 * np.sin(y * pi / 30.0)) * 2.0 / 3.0
    dlon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sx + ripple
    dlon += (20.0 * np.sin(x * pi) + 40.0 * np.sin(x / 3.0 * pi)) * 2.0 / 3.0
    dlon += (150.0 * np.sin(x / 12.0 * pi) + 300.0 * np.sin(x / 30.0 * pi)) * 2.0 / 3.0
    radlat = lat / 180.0 * pi
    magic = 1.0 - _EE * np.sin(radlat) ** 2
    sqrtmagic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1.0 - _EE)) / (magic * sqrtmagic) * pi)
    dlon = (dlon * 180.0) / (_A / sqrtmagic * np.cos(radlat) * pi)
    inside = in_china(lon, lat)
    return np.where(inside, dlon, 0.0), np.where(inside, dlat, 0.0)


def to_gcj02(lon: ArrayLike, lat: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Convert WGS84 longitude/latitude (degrees) to GCJ-02.

    Parameters
    ----------
    lon, lat : array_like
        WGS84 coordinates in degrees; scalars or arrays of the same shape.

    Returns
    -------
    tuple of numpy.ndarray
        GCJ-02 longitude and latitude. Points outside China are returned unchanged.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    dlon, dlat = _offset(lon, lat)
    return lon + dlon, lat + dlat


def to_wgs84(
    lon: ArrayLike, lat: ArrayLike, *, iterations: int = 8, tolerance: float = 1e-9
) -> tuple[np.ndarray, np.ndarray]:
    """Convert GCJ-02 longitude/latitude (degrees) to WGS84 by iterative inversion.

    Solves ``to_gcj02(w) == g`` with the fixed-point iteration ``w <- w - (to_gcj02(w) - g)``.
    The offset field is smooth, so each step shrinks the error by about four orders
    of magnitude. Every point gets the same number of steps, so the result for a
    point depends on that point alone: vertices shared by two polygons stay shared.

    Parameters
    ----------
    lon, lat : array_like
        GCJ-02 coordinates in degrees.
    iterations : int, keyword-only
        Number of fixed-point steps (default 8; 3 already reach 1e-9 degrees).
    tolerance : float, keyword-only
        Largest residual accepted, in degrees (default 1e-9, about 0.1 mm); a larger
        one raises ``RuntimeError``.

    Returns
    -------
    tuple of numpy.ndarray
        WGS84 longitude and latitude.
    """
    g_lon = np.asarray(lon, dtype=float)
    g_lat = np.asarray(lat, dtype=float)
    w_lon, w_lat = g_lon.copy(), g_lat.copy()
    for _ in range(iterations):
        f_lon, f_lat = to_gcj02(w_lon, w_lat)
        w_lon = w_lon - (f_lon - g_lon)
        w_lat = w_lat - (f_lat - g_lat)
    f_lon, f_lat = to_gcj02(w_lon, w_lat)
    residual = max(
        np.max(np.abs(f_lon - g_lon), initial=0.0), np.max(np.abs(f_lat - g_lat), initial=0.0)
    )
    if residual > tolerance:
        raise RuntimeError(f"GCJ-02 inversion did not converge (residual {residual:.2e} deg)")
    return w_lon, w_lat


def transform_geometry(geometry, func):
    """Apply a ``(lon, lat) -> (lon, lat)`` array function to every vertex of a shapely geometry.

    ``func`` is one of :func:`to_wgs84` or :func:`to_gcj02`; works on single geometries
    and on arrays of geometries.
    """
    import shapely

    def _apply(coords: np.ndarray) -> np.ndarray:
        x, y = func(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, _apply)


@cache
def _aea_transformers():
    from pyproj import Transformer

    return (
        Transformer.from_crs("EPSG:4326", CHONGQING_AEA, always_xy=True),
        Transformer.from_crs(CHONGQING_AEA, "EPSG:4326", always_xy=True),
    )


def _project(geometry, transformer):
    import shapely

    return shapely.transform(
        geometry, lambda c: np.column_stack(transformer.transform(c[:, 0], c[:, 1]))
    )


def to_metric(geometry):
    """WGS84 lon/lat -> :data:`CHONGQING_AEA` metres, for geometries or arrays of them."""
    return _project(geometry, _aea_transformers()[0])


def from_metric(geometry):
    """:data:`CHONGQING_AEA` metres -> WGS84 lon/lat, for geometries or arrays of them."""
    return _project(geometry, _aea_transformers()[1])
