"""Export layers for QGIS: GeoJSON and FlatGeobuf (+ a ``.qml`` style beside each), one
GeoPackage, and GeoParquet.

* GeoJSON per layer, RFC 7946 (WGS84 lon/lat, counter-clockwise exteriors, no ``crs``
  member, 6 decimals, UTF-8 with Chinese kept as characters), via :mod:`cqmap.geo.io`.
* FlatGeobuf per layer (``<layer>.fgb``): the same features in the same order and the
  same attributes, coordinates in full double precision, EPSG:4326 in the header;
  geometries as GDAL writes them to a format of one geometry type (a layer mixing lines
  and multilines, as ``routes`` does, holds multilines). Written without the spatial
  index: GDAL's packed Hilbert R-tree is deterministic but stores the features in Hilbert
  order, which would change the drawing order QGIS uses (the styles order nothing) and
  the row order of the GeoJSON and GeoPackage; the largest layer is 0.6 MB, read whole
  in milliseconds. QGIS reads the ``.qml`` beside it as it does beside a GeoJSON.
* GeoParquet 1.0 per layer (``<layer>.parquet``, geopandas' ``to_parquet``: WKB
  geometries, the CRS as PROJJSON), with the ``[parquet]`` extra (pyarrow).
* One GeoPackage 1.3 with every layer and its style in the ``layer_styles`` table, the
  table QGIS reads when a layer is added, so the style applies by itself, and the QGIS
  project of :mod:`cqmap.layers.project` in the ``qgis_projects`` table (every layer, styled,
  over OpenStreetMap: *Browser ▸ GeoPackage ▸ cqmap.gpkg ▸ cqmap*).

Every file is written to a temporary name in the target folder and renamed into place,
so an interrupted run never leaves a half-written layer; the output of two runs is
byte-identical (GeoPackage timestamps come from :func:`cqmap.geo.io.build_date`, the documents'
newest date; FlatGeobuf and GeoParquet hold no time stamp). The GeoParquet metadata name the versions of
geopandas, pandas and pyarrow that wrote it (and the PROJJSON is PROJ's), so its bytes
are the same for the same input *and* installation.
"""

from __future__ import annotations

import io
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import pandas as pd

from cqmap.geo.errors import MissingExtraError, require_extra
from cqmap.geo.io import atomic_file, atomic_write, write_geojson
from cqmap.layers.model import Layers
from cqmap.layers.project import project_archive, store_project
from cqmap.layers.registry import qml_for, spec

__all__ = [
    "write_geojson_layers",
    "write_flatgeobuf_layers",
    "write_parquet_layers",
    "write_geopackage",
    "flatgeobuf_bytes",
    "require_parquet",
    "MissingExtraError",
    "GEOPACKAGE_NAME",
]

GEOPACKAGE_NAME = "cqmap.gpkg"


def _records(frame: gpd.GeoDataFrame) -> Iterable[tuple[dict, object]]:
    columns = [c for c in frame.columns if c != frame.geometry.name]
    for row, geometry in zip(frame[columns].itertuples(index=False, name=None), frame.geometry):
        props = {}
        for key, value in zip(columns, row):
            if value is None or (isinstance(value, float) and pd.isna(value)):
                props[key] = None
            elif hasattr(value, "item"):
                props[key] = value.item()
            else:
                props[key] = value
        yield props, geometry


def write_geojson_layers(
    layers: Layers, out_dir: str | os.PathLike, *, names: Iterable[str] | None = None
) -> list[Path]:
    """Write ``<layer>.geojson`` and ``<layer>.qml`` for each layer into ``out_dir``.

    Returns the paths written, in layer order.
    """
    out_dir = Path(out_dir)
    written = []
    for name, frame in layers.items():
        if names is not None and name not in names:
            continue
        written.append(write_geojson(out_dir / f"{name}.geojson", _records(frame)))
        written.append(atomic_write(out_dir / f"{name}.qml", qml_for(name)))
    return written


def flatgeobuf_bytes(frame: gpd.GeoDataFrame, name: str) -> bytes:
    """One layer as a FlatGeobuf file, features in layer order (no spatial index).

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        The layer (EPSG:4326).
    name : str
        The layer name stored in the file's header (GDAL would otherwise take the file
        name, which differs between a temporary file and its final name).

    Returns
    -------
    bytes
        The file: the same bytes for the same frame (GDAL writes it in memory, with no
        time stamp).
    """
    import pyogrio

    buffer = io.BytesIO()
    pyogrio.write_dataframe(
        frame, buffer, layer=name, driver="FlatGeobuf", layer_options={"SPATIAL_INDEX": "NO"}
    )
    return buffer.getvalue()


def write_flatgeobuf_layers(
    layers: Layers,
    out_dir: str | os.PathLike,
    *,
    names: Iterable[str] | None = None,
    styles: bool = True,
) -> list[Path]:
    """Write ``<layer>.fgb`` (and, with ``styles``, ``<layer>.qml``) for each layer.

    Parameters
    ----------
    layers : Layers
        From :func:`cqmap.layers.model.build_layers`.
    out_dir : path-like
        An existing folder.
    names : iterable of str, keyword-only
        Only these layers (default: all).
    styles : bool, keyword-only
        Also write the QGIS style beside each (``False`` when the ``.qml`` files are
        already there, beside the GeoJSON of the same name).

    Returns
    -------
    list of pathlib.Path
        The paths written, in layer order.
    """
    out_dir = Path(out_dir)
    written = []
    for name, frame in layers.items():
        if names is not None and name not in names:
            continue
        written.append(atomic_write(out_dir / f"{name}.fgb", flatgeobuf_bytes(frame, name)))
        if styles:
            written.append(atomic_write(out_dir / f"{name}.qml", qml_for(name)))
    return written


def require_parquet() -> None:
    """Check that GeoParquet can be written (pyarrow, the ``[parquet]`` extra, is installed).

    Raises
    ------
    MissingExtraError
        pyarrow cannot be imported.
    """
    require_extra("pyarrow.parquet", extra="parquet", needed_by="GeoParquet needs")


def write_parquet_layers(
    layers: Layers, out_dir: str | os.PathLike, *, names: Iterable[str] | None = None
) -> list[Path]:
    """Write ``<layer>.parquet`` (GeoParquet 1.0, no index column) for each layer.

    Parameters
    ----------
    layers : Layers
        From :func:`cqmap.layers.model.build_layers`.
    out_dir : path-like
        An existing folder.
    names : iterable of str, keyword-only
        Only these layers (default: all).

    Returns
    -------
    list of pathlib.Path
        The paths written, in layer order.

    Raises
    ------
    MissingExtraError
        pyarrow is not installed (checked before anything is written).
    """
    require_parquet()
    out_dir = Path(out_dir)
    written = []
    for name, frame in layers.items():
        if names is not None and name not in names:
            continue
        path = out_dir / f"{name}.parquet"
        with atomic_file(path) as f:
            frame.to_parquet(f, index=False)
        written.append(path)
    return written


def write_geopackage(
    layers: Layers, path: str | os.PathLike, *, names: Iterable[str] | None = None
) -> Path:
    """Write every layer, with its QGIS style as the default, into one GeoPackage 1.3,
    and the QGIS project of those layers into its ``qgis_projects`` table."""
    import pyogrio

    path = Path(path)
    date = layers.date  # (no date known: the epoch, so that two runs give the same bytes)
    stamp = f"{date.isoformat() if date else '1970-01-01'}T00:00:00.000Z"
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".gpkg", dir=path.parent)
    except OSError as err:
        raise OSError(err.errno, f"cannot write {path}: {err.strerror}") from None
    os.close(fd)
    os.unlink(tmp)  # the GPKG driver creates the file itself
    written = []
    try:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": stamp})
        for name, frame in layers.items():
            if names is not None and name not in names:
                continue
            pyogrio.write_dataframe(
                frame,
                tmp,
                layer=name,
                driver="GPKG",
                append=bool(written),
                dataset_options=None if written else {"VERSION": "1.3"},
                layer_options={"SPATIAL_INDEX": "YES", "IDENTIFIER": name},
            )
            written.append(name)
        _add_styles(tmp, written, stamp)
        _add_project(tmp, project_archive(layers, geopackage=path.name, names=written), date)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, tmp + "-journal", tmp + "-wal", tmp + "-shm"):
            try:
                os.unlink(leftover)
            except FileNotFoundError:
                pass
        raise
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})
    return path


def _add_styles(path: str, names: list[str], stamp: str) -> None:
    """Store each layer's QML in ``layer_styles``, the table QGIS reads default styles from."""
    con = sqlite3.connect(path)
    try:
        geometry_columns = dict(
            con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall()
        )
        con.execute(
            """CREATE TABLE layer_styles (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
                f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
                useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
                update_time DATETIME DEFAULT CURRENT_TIMESTAMP)"""
        )
        for name in names:
            con.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                "owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)",
                (
                    name,
                    geometry_columns[name],
                    spec(name).style_name,
                    qml_for(name),
                    f"{spec(name).style_name} (written by cqmap)",
                    stamp,
                ),
            )
        con.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', ?)",
            (stamp,),
        )
        con.commit()
    finally:
        con.close()


def _add_project(path: str, archive: bytes, day) -> None:
    """Store the QGIS project in ``qgis_projects``, then compact the file."""
    con = sqlite3.connect(path)
    try:
        store_project(con, archive, day=day)
        con.commit()
        con.execute("VACUUM")  # a compact file, the same bytes for the same content
    finally:
        con.close()
