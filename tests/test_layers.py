"""Layers from the seed records: joins, arcs, river routes, GeoJSON/QML/GeoPackage exports,
and the GeoPackage in real PyQGIS."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import Geod

from cqmap.geo.extract import default_corpus, extract_paths
from cqmap.geo.gazetteer import gazetteer
from cqmap.geo.vocabulary import MODES
from cqmap.layers.arcs import arc
from cqmap.layers.export import GEOPACKAGE_NAME, write_geojson_layers, write_geopackage
from cqmap.layers.model import LAYER_NAMES, build_layers
from cqmap.layers.registry import qml_for

GEOD = Geod(ellps="WGS84")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def layers():
    records = [r.record for r in extract_paths(default_corpus())]
    return build_layers(records)


def by(frame, **where):
    mask = np.ones(len(frame), dtype=bool)
    for k, v in where.items():
        mask &= (frame[k] == v).to_numpy()
    assert mask.sum() == 1, (where, mask.sum())
    return frame[mask].iloc[0]


# --------------------------------------------------------------------------- model
def test_every_layer_is_wgs84_and_valid(layers):
    for name, frame in layers.items():
        assert frame.crs.to_epsg() == 4326, name
        assert shapely.is_valid(np.array(frame.geometry)).all(), name
        assert not frame.geometry.is_empty.any(), name


def test_districts_carry_groups_counts_and_partners(layers):
    d = layers.districts
    assert len(d) == 38
    wanzhou = by(d, name="万州区")
    assert wanzhou["mentions"] > 50 and wanzhou["documents"] == 5
    assert "两江新区" in wanzhou["partners_extracted"].split("、")
    assert wanzhou["partners_reference"] == "两江新区"
    assert by(d, name="渝中区")["partners_reference"] == "巫溪县"
    assert by(d, name="渝中区")["partners_extracted"] == ""
    assert by(d, name="沙坪坝区")["partners_reference"] == ""  # no partner found: not guessed
    zones = layers.zones
    assert by(zones, name="两江新区")["mentions"] > 100


def test_pairings_join_extracted_and_reference(layers):
    p = layers.pairings
    main = by(p, a="两江新区", b="万州区")
    assert main["source"] == "extracted+reference" and main["relation"] == "official"
    assert main["confidence"] == "high" and main["evidence"] >= 30 and main["documents"] == 4
    assert main["first_date"] == "2022-01-05" and main["last_date"] == "2023-01-17"
    assert "两江新区" in main["quotes"]
    tianfu = by(p, a="两江新区", b="天府新区")
    assert tianfu["relation"] == "cooperation" and tianfu["source"] == "extracted"
    reference_only = by(p, a="渝中区", b="巫溪县")
    assert reference_only["source"] == "reference" and reference_only["evidence"] == 0
    assert set(p["relation"]) == {"official", "cooperation"}
    assert len(p[p["reference"]]) == len(gazetteer().reference_pairings)


def test_pairing_arcs_join_the_representative_points(layers):
    gaz = gazetteer()
    for row in layers.pairings.itertuples(index=False):
        a, b = gaz.places[row.a], gaz.places[row.b]
        coords = list(row.geometry.coords)
        assert coords[0] == pytest.approx((a.lon, a.lat)) and coords[-1] == pytest.approx(
            (b.lon, b.lat)
        )
        straight = GEOD.inv(a.lon, a.lat, b.lon, b.lat)[2] / 1000
        assert row.distance_km == pytest.approx(straight, abs=0.1)
        # a smooth arc, not a straight line: it bows away from the chord
        mid = shapely.Point(coords[len(coords) // 2])
        assert shapely.LineString([coords[0], coords[-1]]).distance(mid) > 0


def test_arc_never_wraps_around_the_antimeridian():
    line = arc((106.5, 29.6), (-119.0, 58.8))
    lons = np.array(line.coords)[:, 0]
    assert (np.abs(np.diff(lons)) < 30).all()


def test_water_routes_follow_the_rivers(layers):
    rivers = layers.rivers.set_index("name")
    nanchong = by(layers.routes, origin="南充港", destinations="果园港")
    assert nanchong["mode"] == "river" and not nanchong["schematic"]
    # down the 嘉陵江 past 合川, then the 长江 from 朝天门: every vertex on the water
    line = nanchong.geometry
    water = shapely.union_all([rivers.loc["嘉陵江", "geometry"], rivers.loc["长江", "geometry"]])
    coords = np.array(line.coords)[1:-1]
    assert all(water.distance(shapely.Point(c)) < 1e-6 for c in coords)
    straight = GEOD.inv(*line.coords[0], *line.coords[-1])[2] / 1000
    assert nanchong["length_km"] > 1.2 * straight  # the river winds
    assert nanchong["length_km"] == pytest.approx(GEOD.geometry_length(line) / 1000, abs=0.1)
    shanghai = by(layers.routes, origin="万州港", destinations="上海港")
    assert not shanghai["schematic"] and shanghai["length_km"] > 1500
    wanzhou = by(layers.routes, origin="万州港", destinations="涪陵港")
    assert not wanzhou["schematic"]


def test_other_routes_are_schematic_arcs(layers):
    sea = by(layers.routes, name="西部陆海新通道专列")
    assert sea["schematic"] and sea["mode"] == "rail-sea"
    assert sea.geometry.geom_type == "MultiLineString" and len(sea.geometry.geoms) == 3
    road = by(layers.routes, mode="road")
    assert road["schematic"] and road["destinations"] == "成都市、绵阳市"


def test_ports_are_the_named_ones_with_hosts(layers):
    ports = layers.ports.set_index("name")
    assert ports.loc["果园港", "host"] == "江北区" and ports.loc["果园港", "mentions"] >= 10
    assert ports.loc["果园港", "routes"] >= 3
    assert ports.loc["上海港", "mentions"] == 0 and ports.loc["上海港", "routes"] == 1  # via 沪渝
    assert "团结村" not in ports.index  # not named by the seeds


# --------------------------------------------------------------------------- exports
def test_geojson_layers_are_rfc7946_and_reproducible(layers, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    written = write_geojson_layers(layers, first)
    write_geojson_layers(layers, second)
    assert sorted(p.name for p in first.iterdir()) == sorted(
        f"{n}.{ext}" for n in LAYER_NAMES for ext in ("geojson", "qml")
    )
    for path in written:
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name
    raw = (first / "districts.geojson").read_bytes()
    assert "万州区".encode() in raw and b"\\u" not in raw
    doc = json.loads(raw)
    assert "crs" not in doc and doc["type"] == "FeatureCollection"
    for feature in doc["features"]:
        geom = shapely.geometry.shape(feature["geometry"])
        for poly in getattr(geom, "geoms", [geom]):
            assert poly.exterior.is_ccw and not any(r.is_ccw for r in poly.interiors)
    numbers = json.dumps(doc["features"][0]["geometry"]["coordinates"])
    assert (
        max(
            len(x.split(".")[1])
            for x in numbers.replace("[", "").replace("]", "").split(",")
            if "." in x
        )
        <= 6
    )
    total = sum(p.stat().st_size for p in first.glob("*.geojson"))
    assert total <= 3e6


def test_geopackage_is_version_1_3_with_styles_and_reproducible(layers, tmp_path):
    # (one name in two folders: the project stored inside names the file it reads)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = write_geopackage(layers, tmp_path / "a" / GEOPACKAGE_NAME)
    b = write_geopackage(layers, tmp_path / "b" / GEOPACKAGE_NAME)
    assert a.read_bytes() == b.read_bytes()
    con = sqlite3.connect(a)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # "GPKG"
        assert con.execute("PRAGMA user_version").fetchone()[0] == 10300
        styles = dict(
            con.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault")
        )
        assert set(styles) == set(LAYER_NAMES)
        assert styles["districts"] == qml_for("districts")
        counts = {
            name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in LAYER_NAMES
        }
    finally:
        con.close()
    assert counts["districts"] == 38 and counts["pairings"] == len(layers.pairings)
    assert [p.name for p in (tmp_path / "a").iterdir()] == [GEOPACKAGE_NAME]  # nothing else


def test_geopackage_stores_the_project_of_its_own_layers(layers, tmp_path):
    """``cqmap layers --format gpkg`` too: the project inside reads the file by its name."""
    import xml.etree.ElementTree as ET
    import zipfile
    from io import BytesIO

    path = write_geopackage(layers, tmp_path / "some.gpkg", names=["ports", "districts"])
    con = sqlite3.connect(path)
    try:
        ((name, content),) = con.execute("SELECT name, content FROM qgis_projects").fetchall()
        tables = {row[0] for row in con.execute("SELECT table_name FROM gpkg_contents")}
    finally:
        con.close()
    assert name == "cqmap" and "qgis_projects" not in tables  # (as QGIS keeps it)
    with zipfile.ZipFile(BytesIO(bytes.fromhex(content))) as archive:
        document = ET.fromstring(archive.read("cqmap.qgs"))
    assert [e.text for e in document.iter("datasource")][:2] == [
        "./some.gpkg|layername=ports",
        "./some.gpkg|layername=districts",
    ]
    assert len(document.findall("projectlayers/maplayer")) == 3  # (and the basemap)


def test_a_failed_write_leaves_nothing_behind(layers, tmp_path, monkeypatch):
    import cqmap.layers.export as export

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(export, "_add_styles", boom)
    with pytest.raises(OSError):
        write_geopackage(layers, tmp_path / GEOPACKAGE_NAME)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.qgis
def test_geopackage_loads_in_qgis_with_its_styles(layers, tmp_path, qgis_python, screenshot_dir):
    path = write_geopackage(layers, tmp_path / GEOPACKAGE_NAME)
    write_geojson_layers(layers, tmp_path, names=["districts"])
    shot = screenshot_dir / "qgis.png"  # the README's screenshot (--screenshots docs/)

    def probe(*args):
        out = subprocess.run(
            [qgis_python, str(ROOT / "tests" / "qgis_probe.py"), *args],
            capture_output=True, text=True, timeout=600,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert out.returncode == 0, out.stderr[-2000:]
        return json.loads(out.stdout)

    report = probe("--png", str(shot), "--extent", "104.6,27.6,110.6,32.6", str(path))
    beside = probe(str(tmp_path / "districts.geojson"))["layers"][0]
    loaded = {Path(entry["uri"].split("layername=")[-1]).name: entry for entry in report["layers"]}
    assert set(LAYER_NAMES) <= set(loaded)
    for name in LAYER_NAMES:
        entry = loaded[name]
        assert entry["valid"] and entry["crs"] == "EPSG:4326", name
        assert entry["style_loaded"], (name, entry["style_message"])
        assert entry["feature_count"] == len(getattr(layers, name)), name
        assert entry["invalid_geometries"] == 0, name
    districts = loaded["districts"]
    assert districts["renderer"]["type"] == "categorizedSymbol"
    assert districts["renderer"]["attribute"] == "group"
    assert {c["value"] for c in districts["renderer"]["categories"]} == {
        "主城都市区", "渝东北三峡库区城镇群", "渝东南武陵山区城镇群",
    }  # fmt: skip
    assert districts["labels"] == "name" and "万州区" in districts["names"]
    pairings = loaded["pairings"]["renderer"]
    assert pairings["type"] == "categorizedSymbol" and "relation" in pairings["attribute"]
    assert any("evidence" in expr for expr in pairings["data_defined"])
    routes = loaded["routes"]["renderer"]
    assert routes["attribute"] == "mode"
    assert {c["value"] for c in routes["categories"]} == set(MODES)  # (air, dotted, too)
    # the .qml beside a GeoJSON applies too
    assert beside["style_loaded"] and beside["renderer"]["attribute"] == "group"
    assert report["png"]["saved"] and shot.stat().st_size > 0


def test_every_mode_and_kind_of_facility_has_a_style():
    from cqmap.geo.ports import PORT_KINDS
    from cqmap.geo.vocabulary import MODES
    from cqmap.layers.styles import MODE_STYLES, PORT_STYLES

    assert set(MODE_STYLES) == set(MODES)
    assert set(PORT_STYLES) == set(PORT_KINDS)


def test_facilities_in_their_hierarchy_and_named_by_a_text_are_drawn():
    """A port area under its port, a station, and a facility only a text names (placed at
    its region, approximately, and saying so)."""
    from cqmap.geo.extract import extract_text

    text = (
        "新田港至上海港的集装箱班轮首航。"
        "同日,首趟班列由鱼嘴站开出,从霍尔果斯口岸出境。"
        "綦江港通往桐梓县的公路班车开通。"
    )
    ports = build_layers([extract_text(text, doc_id="t")]).ports.set_index("name")
    assert ports.loc["新田港", "parent"] == "万州港" and ports.loc["新田港", "kind"] == "port area"
    assert ports.loc["鱼嘴站", "kind"] in ("rail hub", "rail station")
    assert ports.loc["霍尔果斯", "kind"] == "border crossing"
    derived = ports.loc["綦江港"]
    assert derived["host"] == "綦江区" and bool(derived["approximate"])
    assert derived["accuracy_m"] >= 10_000
    district = gazetteer().places["綦江区"]
    assert (derived.geometry.x, derived.geometry.y) == (district.lon, district.lat)


def test_a_facility_under_a_parent_no_record_lists_is_drawn():
    """Records read in another process: a terminal under a port area that only its own
    name holds (遵义港余庆港区沙湾码头) is placed at its host, as surely as that is
    known; the area is placed there first (it was a KeyError)."""
    record = {
        "id": "t",
        "ports": [
            {
                "name": "甲乙港区丙丁码头",
                "kind": "terminal",
                "parent": "甲乙港区",
                "host": "遵义市",
                "derived": True,
                "mentions": [{"surface": "甲乙港区丙丁码头", "start": 0, "end": 8, "sentence": 0}],
            }
        ],
    }
    ports = build_layers([record]).ports.set_index("name")
    terminal = ports.loc["甲乙港区丙丁码头"]
    assert (terminal["parent"], terminal["host"]) == ("甲乙港区", "遵义市")
    assert bool(terminal["approximate"]) and terminal["accuracy_m"] >= 100_000
    city = gazetteer().places["遵义市"]
    assert (terminal.geometry.x, terminal.geometry.y) == (city.lon, city.lat)
    assert gazetteer().places["甲乙港区"].kind == "port area"


def test_a_facility_placed_at_its_country_claims_no_accuracy():
    """A port abroad that only a text names is placed at its country's point: no figure
    of accuracy would be true there, so none is given, and its popup says where it lies."""
    from cqmap.geo.extract import extract_text
    from cqmap.layers.popups import port_props

    text = "一艘货轮从俄罗斯东方港驶来,停靠在綦江港。"
    ports = build_layers([extract_text(text, doc_id="t")]).ports.set_index("name")
    abroad, district = ports.loc["东方港"], ports.loc["綦江港"]
    assert abroad["host"] == "俄罗斯" and bool(abroad["approximate"])
    assert abroad["accuracy_m"] != abroad["accuracy_m"]  # (NaN: unknown)
    assert district["accuracy_m"] == 20_000
    popup = port_props(abroad.rename("东方港"))["_popup"]
    assert "在 俄罗斯 内" in popup and "nan" not in popup
