"""The QGIS project of a build (``cqmap.qgz``, and the same project in the GeoPackage),
through the real path: the installed ``cqmap build`` on the seeds, then real PyQGIS."""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import shapely
from pyproj import Transformer

from cqmap.geo.output import manifest_files
from cqmap.layers.model import LAYER_NAMES
from cqmap.layers.project import (
    BASEMAP_ID,
    DRAW_ORDER,
    PROJECT_FILE,
    PROJECT_NAME,
    layer_id,
)
from cqmap.layers.registry import qml_for, style_element

ROOT = Path(__file__).resolve().parents[1]
GEOPACKAGE = "cqmap.gpkg"
POINT_LAYERS = ("ports", "zones")
MM_PER_INCH = 25.4
DPI = 96  # QgsMapSettings' default output resolution
TO_WEB_MERCATOR = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)


@pytest.fixture(scope="module")
def built(cqmap_build, tmp_path_factory) -> Path:
    """The output folder of one ``cqmap build`` of the seeds."""
    return cqmap_build(tmp_path_factory.mktemp("project") / "out")


def project_row(gpkg: Path) -> tuple[str, str, str]:
    con = sqlite3.connect(gpkg)
    try:
        rows = con.execute("SELECT name, metadata, content FROM qgis_projects").fetchall()
    finally:
        con.close()
    assert len(rows) == 1, rows
    return rows[0]


def project_document(qgz: Path) -> ET.Element:
    with zipfile.ZipFile(qgz) as archive:
        return ET.fromstring(archive.read(f"{PROJECT_NAME}.qgs"))


def probe(qgis_python: str, *args: str) -> dict:
    """What real PyQGIS sees of a project (``tests/qgis_project_probe.py``)."""
    out = subprocess.run(
        [qgis_python, str(ROOT / "tests" / "qgis_project_probe.py"), *args],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def geopackage_uri(gpkg: Path) -> str:
    return f"geopackage:{gpkg}?projectName={PROJECT_NAME}"


def expected_order() -> list[str]:
    return [layer_id(name) for name in DRAW_ORDER] + [BASEMAP_ID]


def written_renderer(name: str) -> str:
    return style_element(name).find("renderer-v2").get("type")


def feature_counts(gpkg: Path) -> dict[str, int]:
    con = sqlite3.connect(gpkg)
    try:
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in LAYER_NAMES}
    finally:
        con.close()


def districts_bounds(built: Path) -> tuple[float, float, float, float]:
    doc = json.loads((built / "layers" / "districts.geojson").read_text(encoding="utf-8"))
    shapes = [shapely.geometry.shape(f["geometry"]) for f in doc["features"]]
    return shapely.union_all(shapes).bounds


def assert_project_opens(report: dict, folder: Path) -> None:
    """Read without error; every layer valid, read from ``folder``, in drawing order."""
    assert report["read"] and not report["error"], report["error"]
    assert [entry["id"] for entry in report["layers"]] == expected_order()
    assert report["render_order"] == expected_order() and not report["custom_order"]
    for entry in report["layers"]:
        assert entry["valid"], entry
        if entry["type"] == "vector":
            path = entry["source"].split("|")[0]
            assert Path(path).resolve() == (folder / GEOPACKAGE).resolve(), entry["source"]


# --------------------------------------------------------------------------- the styles
def test_point_labels_sit_beside_their_markers_in_the_qml():
    for name in POINT_LAYERS:
        placement = ET.fromstring(qml_for(name)).find("labeling/settings/placement")
        assert placement.get("placement") == "6", name  # cartographic, never 1 (over point)
        assert placement.get("offsetType") == "1" and float(placement.get("dist")) > 0, name
        assert placement.get("predefinedPositionOrder", "").startswith("TR,"), name


def test_drawing_order_puts_points_over_lines_over_polygons():
    assert sorted(DRAW_ORDER) == sorted(LAYER_NAMES)
    ranks = [int(style_element(name).findtext("layerGeometryType")) for name in DRAW_ORDER]
    assert ranks == sorted(ranks)  # 0 points (top), 1 lines, 2 polygons (bottom)
    assert DRAW_ORDER.index("rivers") > DRAW_ORDER.index("routes")  # routes over the water


# --------------------------------------------------------------------------- the files
def test_build_writes_the_project_beside_the_geopackage_and_into_it(built):
    qgz = built / PROJECT_FILE
    assert PROJECT_FILE in manifest_files(built)  # so that --overwrite may replace it
    with zipfile.ZipFile(qgz) as archive:
        entries = archive.infolist()
    assert [e.filename for e in entries] == [f"{PROJECT_NAME}.qgs"]
    assert all(e.compress_type == zipfile.ZIP_STORED and e.create_system == 3 for e in entries)
    name, metadata, content = project_row(built / GEOPACKAGE)
    assert name == PROJECT_NAME and json.loads(metadata)["last_modified_user"] == "cqmap"
    assert bytes.fromhex(content) == qgz.read_bytes()  # the same project, as QGIS stores it
    document = project_document(qgz)
    sources = [e.text for e in document.iter("datasource")]
    assert sorted(sources[:-1]) == sorted(f"./{GEOPACKAGE}|layername={n}" for n in LAYER_NAMES)
    assert str(built) not in ET.tostring(document, encoding="unicode")  # no absolute path
    assert document.findtext("properties/Paths/Absolute") == "false"
    assert [p.name for p in built.parent.iterdir()] == ["out"]  # no temporary file left


def test_two_builds_give_the_same_project_bytes(built, cqmap_build, tmp_path):
    again = cqmap_build(tmp_path / "elsewhere")
    assert (again / PROJECT_FILE).read_bytes() == (built / PROJECT_FILE).read_bytes()
    assert project_row(again / GEOPACKAGE) == project_row(built / GEOPACKAGE)
    assert (again / GEOPACKAGE).read_bytes() == (built / GEOPACKAGE).read_bytes()


def test_overwrite_replaces_a_build_with_its_project(built, cqmap_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    cqmap_build(out, "--overwrite")
    assert (out / PROJECT_FILE).read_bytes() == (built / PROJECT_FILE).read_bytes()


# --------------------------------------------------------------------------- in QGIS
@pytest.mark.qgis
def test_project_opens_in_qgis_styled_labelled_and_in_order(built, qgis_python, tmp_path):
    png = tmp_path / "project.png"
    report = probe(qgis_python, "--png", str(png), str(built / PROJECT_FILE))
    assert_project_opens(report, built)
    assert report["crs"] == "EPSG:3857" and report["label_engine"] == 1  # (version 2)
    layers = {entry["id"]: entry for entry in report["layers"]}
    counts = feature_counts(built / GEOPACKAGE)
    for name in LAYER_NAMES:
        entry = layers[layer_id(name)]
        assert entry["type"] == "vector" and entry["crs"] == "EPSG:4326", name
        assert entry["renderer"] == written_renderer(name), name
        assert entry["feature_count"] == counts[name], name
        assert entry["labels_enabled"] and entry["visible"], name
    for name in POINT_LAYERS:
        entry = layers[layer_id(name)]
        assert entry["label_field"] == "name" and not entry["label_over_point"], name
    basemap = report["layers"][-1]
    assert basemap["id"] == BASEMAP_ID and basemap["type"] == "raster"
    assert basemap["provider"] == "wms" and "type=xyz" in basemap["source"]
    assert "tile.openstreetmap.org" in basemap["source"] and "zmax=19" in basemap["source"]
    # on Chongqing: every district inside the view, with a margin but not much more
    x0, y0, x1, y1 = districts_bounds(built)
    for view in ("extent_wgs84", "canvas_extent_wgs84"):  # (the default view, the canvas)
        vx0, vy0, vx1, vy1 = report[view]
        assert vx0 < x0 and vy0 < y0 and vx1 > x1 and vy1 > y1, view
        assert (vx1 - vx0) < 1.5 * (x1 - x0) and (vy1 - vy0) < 1.5 * (y1 - y0), view
    assert_rendered_with_labels_beside_markers(report["png"], built, png)


def assert_rendered_with_labels_beside_markers(rendered: dict, built: Path, png: Path) -> None:
    """The PNG is a map, not a blank; every port and zone in view is labelled, and no
    label covers its marker."""
    assert rendered["saved"] and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert rendered["drawn_share"] > 0.5 and rendered["colours"] > 100
    labels = [label for label in rendered["labels"] if not label["unplaced"]]
    assert {label["layer"] for label in labels} >= {layer_id(n) for n in LAYER_NAMES} - {
        layer_id("pairings")  # (labelled only once zoomed in)
    }
    clearance = 1.5 * DPI / MM_PER_INCH * rendered["map_units_per_pixel"]  # 1.5 mm
    ex0, ey0, ex1, ey1 = rendered["extent"]
    for name in POINT_LAYERS:
        doc = json.loads((built / "layers" / f"{name}.geojson").read_text(encoding="utf-8"))
        in_view = set()
        for feature in doc["features"]:
            x, y = TO_WEB_MERCATOR.transform(*feature["geometry"]["coordinates"])
            if ex0 < x < ex1 and ey0 < y < ey1:
                in_view.add(feature["properties"]["name"])
        placed = [label for label in labels if label["layer"] == layer_id(name)]
        assert in_view and {label["text"] for label in placed} >= in_view, name
        for label in placed:
            rx0, ry0, rx1, ry1 = label["rect"]
            px, py = label["point"]
            gap = math.hypot(max(rx0 - px, 0, px - rx1), max(ry0 - py, 0, py - ry1))
            assert gap > clearance, (name, label["text"], gap, clearance)


@pytest.mark.qgis
def test_project_stored_in_the_geopackage_opens_the_same(built, qgis_python):
    from_file = probe(qgis_python, str(built / PROJECT_FILE))
    stored = probe(qgis_python, geopackage_uri(built / GEOPACKAGE))
    assert_project_opens(stored, built)

    def seen(report):
        keys = ("id", "name", "type", "valid", "renderer", "labels_enabled", "feature_count")
        return [{k: entry.get(k) for k in keys} for entry in report["layers"]]

    assert seen(stored) == seen(from_file)
    assert stored["extent"] == from_file["extent"] and stored["crs"] == from_file["crs"]


@pytest.mark.qgis
def test_a_moved_output_folder_still_opens(built, qgis_python, tmp_path):
    copied = shutil.copytree(built, tmp_path / "copied")
    moved = tmp_path / "moved" / "elsewhere"
    moved.parent.mkdir()
    os.rename(copied, moved)  # (the copy's old place no longer exists)
    assert_project_opens(probe(qgis_python, str(moved / PROJECT_FILE)), moved)
    assert_project_opens(probe(qgis_python, geopackage_uri(moved / GEOPACKAGE)), moved)


# --------------------------------------------------------------------------- time
def temporal_probe(qgis_python: str, project: Path, layer: str, *renders: str) -> dict:
    """What PyQGIS's temporal controller sees (``tests/qgis_temporal_probe.py``)."""
    out = subprocess.run(
        [qgis_python, str(ROOT / "tests" / "qgis_temporal_probe.py"), str(project),
         layer_id(layer), *renders],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


@pytest.mark.qgis
def test_pairings_and_routes_are_temporal_in_qgis(built, qgis_python):
    """The build's project: pairings drawn from their first evidence date, routes from
    their opening date, each layer temporal on its ISO date field, and the project's time
    range over the data; a pairing first evidenced later is not drawn at an earlier
    date, the undated ones are."""
    from cqmap.layers.project import TEMPORAL_FIELDS

    doc = json.loads((built / "layers" / "pairings.geojson").read_text(encoding="utf-8"))
    first = {(f["properties"]["a"], f["properties"]["b"]): f["properties"]["first_date"]
             for f in doc["features"]}  # fmt: skip
    later = sorted(pair for pair, day in first.items() if day and day > "2022-06-01")
    assert later and any(day is None for day in first.values())
    hide = " AND ".join(f"NOT (\"a\" = '{a}' AND \"b\" = '{b}')" for a, b in later)
    report = temporal_probe(qgis_python, built / PROJECT_FILE, "pairings",
                            "2022-06-01", "-", "all", hide, "all", "-")  # fmt: skip
    assert report["read"] and not report["error"], report["error"]
    for name, entry in report["layers"].items():
        field = TEMPORAL_FIELDS.get(name.removeprefix("cqmap_"))
        assert entry["active"] == (field is not None), name
        if field:  # single field, accumulated: drawn from the date on
            assert entry["start_field"] == field and entry["mode"] == 1 and entry["accumulate"]
    assert report["time_range"] == ["2022-01-05", "2023-01-17"]
    at_date, without_later, everything = report["renders"]
    assert at_date["drawn"] > 0 and at_date["mask"] == without_later["mask"]
    assert everything["drawn"] > at_date["drawn"]


@pytest.mark.qgis
def test_a_route_is_not_drawn_before_it_opened_in_qgis(qgis_python, tmp_path):
    """Routes with opening dates (one of 2023-06, one of 2021, the others undated),
    written as a build writes them and rendered at dates by QGIS: before 2023-06 the route
    of 2023-06 is not drawn and every undated one is; before 2021 neither dated one is;
    at the end of the project's time range every route is drawn."""
    from test_time import with_route_dates

    from cqmap.geo.extract import default_corpus, extract_paths
    from cqmap.layers.export import write_geopackage
    from cqmap.layers.model import build_layers
    from cqmap.layers.project import write_project

    layers = build_layers([r.record for r in extract_paths(default_corpus())])
    layers = with_route_dates(layers, {0: "2023-06", 1: "2021"})
    write_geopackage(layers, tmp_path / GEOPACKAGE)
    write_project(layers, tmp_path / PROJECT_FILE, geopackage=GEOPACKAGE)
    names = list(layers.routes["name"])

    def without(*rows: int) -> str:
        return " AND ".join(f"\"name\" != '{names[row]}'" for row in rows)

    report = temporal_probe(
        qgis_python, tmp_path / PROJECT_FILE, "routes",
        "2022-01-05", "-", "all", without(0),
        "2020-06-01", "-", "all", without(0, 1),
        "2023-06-01", "-", "all", "-",
        "all", without(0, 1, 2, 3, 4),  # (one undated route alone)
    )  # fmt: skip
    assert report["read"] and not report["error"], report["error"]
    assert report["time_range"] == ["2021-01-01", "2023-06-01"]
    renders = report["renders"]
    for at_date, expected in zip(renders[0:6:2], renders[1:6:2]):
        assert at_date["drawn"] > 0 and at_date["mask"] == expected["mask"], at_date["at"]
    before_2023, before_2021, at_end = renders[0], renders[2], renders[4]
    assert at_end["drawn"] > before_2023["drawn"] > before_2021["drawn"] >= renders[6]["drawn"] > 0
