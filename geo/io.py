"""Deterministic, atomic file output shared by the data build and the exports.

* ``atomic_write`` writes to a temporary file in the target folder and renames it, so
  an interrupted run never leaves a half-written file behind; ``atomic_file`` does the
  same for content written piece by piece (records as they are read).
* ``geojson_bytes`` serialises features as RFC 7946 GeoJSON: WGS84 lon/lat, exterior
  rings counter-clockwise (right-hand rule), no ``crs`` member, coordinates rounded to
  6 decimals (about 0.1 m), UTF-8 with Chinese kept as characters, one feature per
  line, byte-identical for identical input.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

__all__ = [
    "atomic_write",
    "atomic_file",
    "build_date",
    "geojson_bytes",
    "write_geojson",
    "rounded_geometry",
]

COORDINATE_DECIMALS = 6


def atomic_write(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    Parameters
    ----------
    path : path-like
        Destination. Its folder must exist.
    data : bytes or str
        Content; ``str`` is encoded as UTF-8.

    Returns
    -------
    pathlib.Path
        The destination path.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_file(path) as f:
        f.write(data)
    return Path(path)


@contextmanager
def atomic_file(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through, for content written as it comes.

    The file is a temporary one beside ``path``, named
    ``.<name>.cqmap-tmp-<pid>-<random>`` (what :func:`cqmap.geo.output.sweep_leftovers` removes
    once its process no longer runs); it is synced and renamed to ``path`` when the block
    ends without an error, and removed when it raises. ``path`` never holds a partial file.

    Parameters
    ----------
    path : path-like
        Destination. Its folder must exist.

    Yields
    ------
    BinaryIO
        The temporary file, open for writing.
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.cqmap-tmp-{os.getpid()}-", dir=path.parent)
    except OSError as err:  # name the file the user asked for, not the temporary one
        raise OSError(err.errno, f"cannot write {path}: {err.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def rounded_geometry(geometry, *, decimals: int = COORDINATE_DECIMALS):
    """Round every coordinate of a shapely geometry and orient polygons per RFC 7946."""
    import numpy as np
    import shapely

    rounded = shapely.transform(geometry, lambda c: np.round(c, decimals))
    return shapely.orient_polygons(rounded, exterior_cw=False)


def _clean(value: Any) -> Any:
    # numpy scalars and NaN have no JSON form of their own (there are no numpy scalars
    # before numpy is imported: this module leaves the import to those who need it)
    numpy = sys.modules.get("numpy")
    if numpy is not None and isinstance(value, numpy.generic):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, tuple):
        return [_clean(v) for v in value]
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _coordinates(geometry) -> Any:
    """RFC 7946 ``coordinates`` of a (rounded) shapely geometry, built from numpy arrays.

    ``shapely.geometry.mapping`` makes a Python tuple per vertex; this stays in numpy until
    ``tolist``. Adding 0.0 turns a rounded ``-0.0`` into ``0.0``.
    """
    import shapely

    kind = geometry.geom_type
    if kind == "Point":
        return (shapely.get_coordinates(geometry)[0] + 0.0).tolist()
    if kind == "LineString":
        return (shapely.get_coordinates(geometry) + 0.0).tolist()
    if kind == "Polygon":
        return [
            (shapely.get_coordinates(ring) + 0.0).tolist()
            for ring in (geometry.exterior, *geometry.interiors)
        ]
    if kind in ("MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"):
        return [_coordinates(part) for part in geometry.geoms]
    raise ValueError(f"cannot write a {kind} as GeoJSON")


def geojson_bytes(
    features: Iterable[tuple[Mapping[str, Any], Any]],
    *,
    decimals: int = COORDINATE_DECIMALS,
) -> bytes:
    """Serialise ``(properties, shapely geometry)`` pairs as an RFC 7946 FeatureCollection.

    Property order is kept as given; ``None`` geometries become ``null``.
    """
    import shapely

    lines = []
    for properties, geometry in features:
        if geometry is None or shapely.is_empty(geometry):
            geom = None
        else:
            rounded = rounded_geometry(geometry, decimals=decimals)
            geom = {"type": rounded.geom_type, "coordinates": _coordinates(rounded)}
        feature = {"type": "Feature", "properties": _clean(dict(properties)), "geometry": geom}
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    body = ",\n".join(lines)
    text = '{"type":"FeatureCollection","features":[\n' + body + ("\n" if lines else "") + "]}\n"
    return text.encode("utf-8")


def write_geojson(
    path: str | os.PathLike,
    features: Iterable[tuple[Mapping[str, Any], Any]],
    *,
    decimals: int = COORDINATE_DECIMALS,
) -> Path:
    """Write features as RFC 7946 GeoJSON, atomically. See :func:`geojson_bytes`."""
    return atomic_write(path, geojson_bytes(features, decimals=decimals))


def build_date(document_dates: Iterable[str | None] = ()):
    """The date stamped on outputs: ``SOURCE_DATE_EPOCH`` if set (reproducible builds),
    else the newest of the documents' dates (``YYYY-MM-DD …``), else ``None``.

    It never depends on the day of the run: the same input gives the same bytes.
    """
    import datetime as dt

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    days = [
        d[:10] for d in document_dates if d and len(d) >= 10 and d[4] == "-" and d[:4].isdigit()
    ]
    return dt.date.fromisoformat(max(days)) if days else None
