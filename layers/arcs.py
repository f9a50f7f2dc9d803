"""Smooth arcs between two places, computed once in Python.

The arc is a quadratic Bézier curve drawn in Web Mercator (the plane of the web map),
bowing to the left of the canonical direction ``a -> b`` by ``bulge`` times the chord.
Because the geometry is computed here, the same line appears in the HTML map and in
QGIS; because it is drawn in the map plane it never crosses the antimeridian (a route
from Chongqing to Canada bows across Eurasia instead of wrapping around the globe).
Lengths are measured on the ellipsoid along the drawn line, never in degrees.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Geod, Transformer

__all__ = ["arc", "geodesic_km", "line_length_km"]

GEOD = Geod(ellps="WGS84")
_TO_MERCATOR = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
_FROM_MERCATOR = Transformer.from_crs("EPSG:3857", "EPSG:4326", always_xy=True)
# Web Mercator is undefined at the poles; the map never goes there.
_MAX_LAT = 85.0


def arc(
    a: tuple[float, float],
    b: tuple[float, float],
    *,
    bulge: float = 0.18,
    points: int = 41,
) -> shapely.LineString:
    """A smooth arc from ``a`` to ``b`` (WGS84 lon/lat), as a LineString in WGS84.

    Parameters
    ----------
    a, b : tuple of float
        End points, longitude and latitude in degrees.
    bulge : float, keyword-only
        How far the curve's control point sits from the chord, as a share of its length.
    points : int, keyword-only
        Number of vertices.

    Raises
    ------
    ValueError
        If ``a`` and ``b`` are the same point.
    """
    if a == b:
        raise ValueError("an arc needs two different end points")
    lat_a, lat_b = (max(min(p[1], _MAX_LAT), -_MAX_LAT) for p in (a, b))
    (x0, x1), (y0, y1) = _TO_MERCATOR.transform([a[0], b[0]], [lat_a, lat_b])
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 - dy * bulge, (y0 + y1) / 2 + dx * bulge
    t = np.linspace(0.0, 1.0, points)
    u = 1.0 - t
    x = u * u * x0 + 2 * u * t * cx + t * t * x1
    y = u * u * y0 + 2 * u * t * cy + t * t * y1
    lon, lat = _FROM_MERCATOR.transform(x, y)
    lon[0], lat[0], lon[-1], lat[-1] = a[0], a[1], b[0], b[1]  # exact end points
    return shapely.LineString(np.column_stack([lon, lat]))


def geodesic_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance between two lon/lat points on WGS84, km."""
    return float(GEOD.inv(a[0], a[1], b[0], b[1])[2]) / 1000.0


def line_length_km(line) -> float:
    """Geodesic length of a (multi)line along its vertices, km."""
    return float(GEOD.geometry_length(line)) / 1000.0
