"""The QGIS project of a build: every layer, styled and labelled, over OpenStreetMap.

``cqmap.qgz`` opens the whole map in QGIS: the layers of the GeoPackage beside it, in
drawing order (polygons at the bottom, then rivers, the other lines and the points on
top), each with the style of :mod:`cqmap.layers.qml` and its labels, over the OpenStreetMap
tiles (an XYZ layer at the bottom), on Chongqing's extent. The data stay in EPSG:4326;
the project draws in Web Mercator (EPSG:3857), the projection of the tiles, so that they
are drawn as they are and the map looks like the web maps.

Time: the pairings and routes layers are temporal (QGIS's temporal controller, *View ▸
Panels ▸ Temporal Controller*): a pairing is drawn from its first evidence date
(``first_date``), a route from its opening date (``opened_date``), and a feature without
a date always; the project's time range spans the dates of the data
(:func:`project_time_range`).

The project is written without QGIS: it is the XML QGIS 3.22 reads (a ``.qgs``), zipped
into a ``.qgz``. The layers reference the GeoPackage by a relative path
(``./cqmap.gpkg|layername=…``), so the output folder can be moved. The same archive is
stored in the GeoPackage's ``qgis_projects`` table, where QGIS keeps projects in a
GeoPackage (*Browser ▸ GeoPackage ▸ cqmap.gpkg ▸ cqmap*); there, too, the path is read
relative to the GeoPackage itself.

The bytes are the same for the same layers, on any machine: no random layer ids, fixed
zip timestamps (the build date), entries in name order and stored uncompressed, and CRSs
written by their EPSG codes (no WKT, which changes with the PROJ database).
"""

from __future__ import annotations

import io
import math
import os
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

from cqmap.geo.io import atomic_write
from cqmap.layers import registry
from cqmap.layers.model import Layers
from cqmap.layers.registry import DRAW_ORDER, TEMPORAL_FIELDS

__all__ = [
    "PROJECT_NAME",
    "PROJECT_FILE",
    "DRAW_ORDER",
    "TEMPORAL_FIELDS",
    "BASEMAP_ID",
    "BASEMAP_SOURCE",
    "layer_id",
    "project_extent",
    "project_time_range",
    "project_xml",
    "project_archive",
    "write_project",
    "store_project",
]

PROJECT_NAME = "cqmap"
PROJECT_FILE = f"{PROJECT_NAME}.qgz"
PROJECT_TITLE = "cqmap — 重庆“一区两群”对口协同与货运通道"
QGIS_VERSION = "3.22.0"  # the version whose project format this follows
BASEMAP_ID = "cqmap_basemap_osm"
BASEMAP_TITLE = "OpenStreetMap"
BASEMAP_SOURCE = "type=xyz&url=https://tile.openstreetmap.org/{z}/{x}/{y}.png&zmax=19&zmin=0"
BASEMAP_ATTRIBUTION = ("© OpenStreetMap contributors", "https://www.openstreetmap.org/copyright")
MARGIN = 0.04  # of the extent's width and height, on every side of Chongqing
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
# Entries are stored, not deflated: deflate's bytes depend on the zlib a Python links
# (zlib-ng gives other bytes than zlib), and the project is small (about 80 kB).
ZIP_METHOD = zipfile.ZIP_STORED
WEB_MERCATOR_RADIUS = 6378137.0

# The CRSs the project uses, as QGIS writes them, less the WKT: QGIS reads a CRS of its
# own database by ``srsid`` and ``authid``.
CRS = {
    "EPSG:4326": {
        "proj4": "+proj=longlat +datum=WGS84 +no_defs",
        "srsid": "3452",
        "srid": "4326",
        "authid": "EPSG:4326",
        "description": "WGS 84",
        "projectionacronym": "longlat",
        "ellipsoidacronym": "EPSG:7030",
        "geographicflag": "true",
    },
    "EPSG:3857": {
        "proj4": "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 "
        "+units=m +nadgrids=@null +wktext +no_defs",
        "srsid": "3857",
        "srid": "3857",
        "authid": "EPSG:3857",
        "description": "WGS 84 / Pseudo-Mercator",
        "projectionacronym": "merc",
        "ellipsoidacronym": "EPSG:7030",
        "geographicflag": "false",
    },
}
PROJECT_CRS = "EPSG:3857"
DATA_CRS = "EPSG:4326"
# Time: each layer's ``temporal`` field (the registry's) is the date attribute QGIS's
# temporal controller reads. A feature is drawn from that date on
# (Qgis::VectorTemporalMode FeatureDateTimeInstantFromField, "single field", with
# accumulation); a feature without a date is always drawn.
TEMPORAL_MODE_SINGLE_FIELD = "1"  # QgsVectorLayerTemporalProperties::TemporalMode
TIME_STEP = ("1", "d")  # the temporal controller steps a day at a time
# QgsLabelingEngineSettings::PlacementEngineVersion2 (a project without it gets version 1)
LABEL_ENGINE_VERSION_2 = "1"

Extent = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


# --------------------------------------------------------------------------- geometry
def _web_mercator(lon: float, lat: float) -> tuple[float, float]:
    """EPSG:4326 → EPSG:3857 (the spherical formula EPSG:3857 defines)."""
    x = WEB_MERCATOR_RADIUS * math.radians(lon)
    y = WEB_MERCATOR_RADIUS * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return x, y


def project_extent(layers: Layers) -> Extent:
    """The extent the project opens on: Chongqing's 38 districts with a margin, in
    EPSG:3857, rounded to the metre."""
    lon0, lat0, lon1, lat1 = (float(v) for v in layers.districts.total_bounds)
    (x0, y0), (x1, y1) = _web_mercator(lon0, lat0), _web_mercator(lon1, lat1)
    dx, dy = (x1 - x0) * MARGIN, (y1 - y0) * MARGIN
    return (
        float(math.floor(x0 - dx)),
        float(math.floor(y0 - dy)),
        float(math.ceil(x1 + dx)),
        float(math.ceil(y1 + dy)),
    )


def project_time_range(layers: Layers) -> tuple[str, str] | None:
    """The dates the project's temporal controller spans: the earliest date of a pairing
    or a route and the latest one (or the build date, when later), as ``YYYY-MM-DD``;
    ``None`` when no feature has a date."""
    dates = []
    for spec in registry.LAYERS:
        frame = getattr(layers, spec.name)
        for column in (spec.temporal, *spec.time_span) if spec.temporal else ():
            if column in frame.columns:
                dates += [d for d in frame[column] if isinstance(d, str) and d]
    if not dates:
        return None
    end = max(dates)
    if layers.date is not None:
        end = max(end, layers.date.isoformat())
    return min(dates), end


# --------------------------------------------------------------------------- XML
def layer_id(name: str) -> str:
    """The id of a layer in the project (fixed, so that two builds give the same bytes)."""
    return f"cqmap_{name}"


def _ordered(names: Iterable[str]) -> list[str]:
    order = [s.name for s in registry.draw_order()]
    names = list(names)
    unknown = [n for n in names if n not in order]
    if unknown:
        raise ValueError(f"no place in the drawing order for layer {unknown[0]!r}")
    return sorted(names, key=order.index)


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _crs(parent: ET.Element, authid: str) -> None:
    srs = ET.SubElement(parent, "spatialrefsys")
    for key, value in CRS[authid].items():
        _text(srs, key, value)


def _extent(parent: ET.Element, extent: Extent) -> None:
    element = ET.SubElement(parent, "extent")
    for key, value in zip(("xmin", "ymin", "xmax", "ymax"), extent):
        _text(element, key, f"{value:.0f}")


def _vector_layer(parent: ET.Element, name: str, source: str) -> ET.Element:
    spec = registry.spec(name)
    style = spec.style()
    layer = ET.SubElement(
        parent,
        "maplayer",
        {
            "type": "vector",
            "geometry": spec.geometry,
            "labelsEnabled": style.get("labelsEnabled", "0"),
            "hasScaleBasedVisibilityFlag": "0",
            "minScale": "0",
            "maxScale": "0",
            "styleCategories": "AllStyleCategories",
        },
    )
    _text(layer, "id", layer_id(name))
    _text(layer, "datasource", source)
    _text(layer, "layername", spec.title)
    _crs(ET.SubElement(layer, "srs"), DATA_CRS)
    _text(layer, "provider", "ogr", encoding="UTF-8")
    layer.extend(list(style))  # renderer-v2, labeling, blend modes, geometry type
    if spec.temporal:
        _temporal(layer, spec.temporal)
    _text(layer, "layerOpacity", spec.opacity)
    return layer


def _temporal(layer: ET.Element, field: str) -> None:
    """The layer's temporal properties: each feature drawn from the date in ``field``
    on, and always when it has none (QGIS filters ``field <= end OR field IS NULL``)."""
    temporal = ET.SubElement(
        layer,
        "temporal",
        {
            "enabled": "1",
            "mode": TEMPORAL_MODE_SINGLE_FIELD,
            "startField": field,
            "endField": "",
            "durationField": "",
            "durationUnit": "d",
            "fixedDuration": "0",
            "accumulate": "1",
            "startExpression": "",
            "endExpression": "",
            "limitMode": "0",
        },
    )
    fixed = ET.SubElement(temporal, "fixedRange")
    _text(fixed, "start", "")
    _text(fixed, "end", "")


def _time_settings(parent: ET.Element, span: tuple[str, str] | None) -> None:
    """The project's time range (the temporal controller's), covering every date."""
    step, unit = TIME_STEP
    settings = ET.SubElement(
        parent,
        "ProjectTimeSettings",
        {"timeStepUnit": unit, "timeStep": step, "frameRate": "1", "cumulativeTemporalRange": "0"},
    )
    if span is not None:
        time_range = ET.SubElement(settings, "TemporalRange")
        _text(time_range, "start", f"{span[0]}T00:00:00Z")
        _text(time_range, "end", f"{span[1]}T00:00:00Z")


def _basemap_layer(parent: ET.Element) -> ET.Element:
    layer = ET.SubElement(
        parent,
        "maplayer",
        {
            "type": "raster",
            "hasScaleBasedVisibilityFlag": "0",
            "minScale": "1e+08",
            "maxScale": "0",
            "styleCategories": "AllStyleCategories",
        },
    )
    _text(layer, "id", BASEMAP_ID)
    _text(layer, "datasource", BASEMAP_SOURCE)
    _text(layer, "layername", BASEMAP_TITLE)
    _crs(ET.SubElement(layer, "srs"), PROJECT_CRS)
    _text(layer, "attribution", BASEMAP_ATTRIBUTION[0], href=BASEMAP_ATTRIBUTION[1])
    _text(layer, "provider", "wms")
    pipe = ET.SubElement(layer, "pipe")
    renderer = ET.SubElement(
        pipe,
        "rasterrenderer",
        {
            "type": "singlebandcolordata",
            "band": "1",
            "alphaBand": "-1",
            "opacity": "1",
            "nodataColor": "",
        },
    )
    ET.SubElement(renderer, "rasterTransparency")
    ET.SubElement(pipe, "brightnesscontrast", {"brightness": "0", "contrast": "0", "gamma": "1"})
    ET.SubElement(
        pipe, "huesaturation", {"saturation": "0", "grayscaleMode": "0", "colorizeOn": "0"}
    )
    ET.SubElement(pipe, "rasterresampler", maxOversampling="2")
    _text(layer, "blendMode", "0")
    return layer


def _layer_tree(parent: ET.Element, entries: list[tuple[str, str, str, str]]) -> None:
    """The layers panel, top first: ``(id, title, source, provider)`` per layer."""
    group = ET.SubElement(parent, "layer-tree-group")
    ET.SubElement(group, "customproperties")
    for ident, title, source, provider in entries:
        node = ET.SubElement(
            group,
            "layer-tree-layer",
            {
                "id": ident,
                "name": title,
                "source": source,
                "providerKey": provider,
                "checked": "Qt::Checked",
                "expanded": "0" if ident == BASEMAP_ID else "1",
            },
        )
        ET.SubElement(node, "customproperties")
    order = ET.SubElement(group, "custom-order", enabled="0")
    for ident, *_ in entries:
        _text(order, "item", ident)


def _properties(parent: ET.Element) -> None:
    properties = ET.SubElement(parent, "properties")
    paths = ET.SubElement(properties, "Paths")
    _text(paths, "Absolute", "false", type="bool")  # (paths relative to the project)
    srs = ET.SubElement(properties, "SpatialRefSys")
    _text(srs, "ProjectionsEnabled", "1", type="int")
    pal = ET.SubElement(properties, "PAL")  # the labeling engine of new QGIS projects
    _text(pal, "PlacementEngineVersion", LABEL_ENGINE_VERSION_2, type="int")


def _metadata(parent: ET.Element, created: str) -> None:
    metadata = ET.SubElement(parent, "projectMetadata")
    _text(metadata, "identifier", PROJECT_NAME)
    _text(metadata, "title", PROJECT_TITLE)
    _text(
        metadata,
        "abstract",
        "Districts, 对口协同 pairings, ports and freight routes read from news articles "
        "by cqmap; basemap © OpenStreetMap contributors.",
    )
    _text(metadata, "author", "cqmap")
    _text(metadata, "creation", created)


def _view(parent: ET.Element, extent: Extent) -> None:
    """The extent QGIS opens on: the main canvas's, and the project's default view."""
    canvas = ET.SubElement(parent, "mapcanvas", name="theMapCanvas", annotationsVisible="1")
    _text(canvas, "units", "meters")
    _extent(canvas, extent)
    _text(canvas, "rotation", "0")
    _crs(ET.SubElement(canvas, "destinationsrs"), PROJECT_CRS)
    _text(canvas, "rendermaptile", "0")
    view = ET.SubElement(parent, "ProjectViewSettings", UseProjectScales="0", rotation="0")
    ET.SubElement(view, "Scales")
    bounds = dict(zip(("xmin", "ymin", "xmax", "ymax"), (f"{v:.0f}" for v in extent)))
    _crs(ET.SubElement(view, "DefaultViewExtent", bounds), PROJECT_CRS)


def _created(day: date | None) -> str:
    return f"{day.isoformat()}T00:00:00" if day else "1970-01-01T00:00:00"


def project_xml(layers: Layers, *, geopackage: str, names: Iterable[str] | None = None) -> str:
    """The project (``.qgs`` XML) of ``layers``, read from the GeoPackage ``geopackage``.

    Parameters
    ----------
    layers : Layers
        The build's layers (their extent and date; the features are in the GeoPackage).
    geopackage : str
        File name of the GeoPackage, in the folder of the project.
    names : iterable of str, optional
        The layers to include (default: every layer).

    Raises
    ------
    ValueError
        A layer has no entry in :data:`cqmap.layers.registry.LAYERS`.
    """
    chosen = None if names is None else set(names)
    ordered = _ordered(n for n, _ in layers.items() if chosen is None or n in chosen)
    created = _created(layers.date)
    root = ET.Element(
        "qgis",
        {
            "projectname": PROJECT_TITLE,
            "version": QGIS_VERSION,
            "saveUser": "cqmap",
            "saveUserFull": "cqmap",
            "saveDateTime": created,
        },
    )
    ET.SubElement(root, "homePath", path="")
    _text(root, "title", PROJECT_TITLE)
    _crs(ET.SubElement(root, "projectCrs"), PROJECT_CRS)
    sources = {n: f"./{geopackage}|layername={n}" for n in ordered}
    entries = [(layer_id(n), registry.spec(n).title, sources[n], "ogr") for n in ordered]
    entries.append((BASEMAP_ID, BASEMAP_TITLE, BASEMAP_SOURCE, "wms"))
    _layer_tree(root, entries)
    ET.SubElement(root, "relations")
    extent = project_extent(layers)
    _view(root, extent)
    project_layers = ET.SubElement(root, "projectlayers")
    for name in ordered:
        _vector_layer(project_layers, name, sources[name])
    _basemap_layer(project_layers)
    _properties(root)
    _time_settings(root, project_time_range(layers))
    _metadata(root, created)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"


# --------------------------------------------------------------------------- archive
def _zip_time(day: date | None) -> tuple[int, int, int, int, int, int]:
    if day is None or day.year < ZIP_EPOCH[0]:
        return ZIP_EPOCH
    return (day.year, day.month, day.day, 0, 0, 0)


def _zip(entries: Mapping[str, bytes], day: date | None) -> bytes:
    """A zip of ``entries`` in name order, each with the same fixed time and mode."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_zip_time(day))
            info.compress_type = ZIP_METHOD
            info.create_system = 3  # (Unix, wherever it is built)
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def project_archive(
    layers: Layers, *, geopackage: str, names: Iterable[str] | None = None
) -> bytes:
    """The project as a ``.qgz``: :func:`project_xml` zipped as ``cqmap.qgs``."""
    xml = project_xml(layers, geopackage=geopackage, names=names)
    return _zip({f"{PROJECT_NAME}.qgs": xml.encode("utf-8")}, layers.date)


def write_project(layers: Layers, path: str | os.PathLike, *, geopackage: str) -> Path:
    """Write the project to ``path`` (a ``.qgz`` beside the GeoPackage), atomically.

    Parameters
    ----------
    layers : Layers
        The build's layers.
    path : path-like
        Destination, in the folder of the GeoPackage.
    geopackage : str
        File name of the GeoPackage the layers are read from.
    """
    return atomic_write(path, project_archive(layers, geopackage=geopackage))


def store_project(
    con: sqlite3.Connection, archive: bytes, *, day: date | None, name: str = PROJECT_NAME
) -> None:
    """Store a ``.qgz`` archive in a GeoPackage as the project ``name``.

    The table and its rows are as QGIS writes them (``qgis_projects``: the name, JSON
    metadata, and the archive as lower-case hexadecimal text); the modification time is
    the build date, so that the bytes do not depend on the day of the build.
    """
    con.execute(
        "CREATE TABLE IF NOT EXISTS qgis_projects"
        "(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)"
    )
    modified = _created(day)
    metadata = f'{{"last_modified_time": "{modified}", "last_modified_user": "cqmap" }}'
    con.execute(
        "INSERT OR REPLACE INTO qgis_projects (name, metadata, content) VALUES (?, ?, ?)",
        (name, metadata, archive.hex()),
    )
