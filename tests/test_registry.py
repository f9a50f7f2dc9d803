"""The registry of layers is the single source of every output's layers: each layer the
build writes has an entry, each entry is in every output, and a layer added to the
registry (one entry plus its builder) appears in all of them."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from cqmap.geo.extract import default_corpus, extract_paths
from cqmap.layers import qml, registry
from cqmap.layers.model import build_layers
from cqmap.layers.popups import esc
from cqmap.layers.project import PROJECT_FILE, layer_id
from cqmap.layers.registry import LayerSpec
from cqmap.layers.site import build_site

PROBE = "probe"


def _probe_builder(inputs) -> gpd.GeoDataFrame:
    """A tiny test layer: one point at the first zone's seat."""
    zone = inputs.gaz.places["两江新区"]
    return gpd.GeoDataFrame(
        {"name": ["试验点"]}, geometry=[shapely.Point(zone.lon, zone.lat)], crs="EPSG:4326"
    )


PROBE_SPEC = LayerSpec(
    name=PROBE,
    title="试验 Probe layer",
    geometry="Point",
    builder=_probe_builder,
    style=qml.zones_style,
    style_name="cqmap probe",
    popup=lambda row: {"_popup": f"<b>{esc(row.name)}</b>", "_tip": esc(row.name)},
    legend=("试验 Probe", lambda: ["probe-legend-row"]),
    rank=7,
)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [r.record for r in extract_paths(default_corpus())]


@pytest.fixture
def probe_layer(monkeypatch):
    """The registry with one more layer: its entry plus its builder, nothing else."""
    monkeypatch.setattr(registry, "LAYERS", (*registry.LAYERS, PROBE_SPEC))
    return PROBE_SPEC


def _outputs(site: Path) -> dict[str, set[str]]:
    """The layers of each output of a build, by layer name (by title for the maps)."""
    with sqlite3.connect(site / "cqmap.gpkg") as con:
        tables = {n for (n,) in con.execute("SELECT table_name FROM gpkg_geometry_columns")}
        styled = {n for (n,) in con.execute("SELECT f_table_name FROM layer_styles")}
    with zipfile.ZipFile(site / PROJECT_FILE) as archive:
        project = ET.fromstring(archive.read("cqmap.qgs"))
    ids = [e.text for e in project.iter("id")]
    html = (site / "overview.html").read_text(encoding="utf-8")
    overlays = re.search(r"overlays :\s*\{(.*?)\}", html, re.S).group(1)
    return {
        "geojson": {p.stem for p in (site / "layers").glob("*.geojson")},
        "qml": {p.stem for p in (site / "layers").glob("*.qml")},
        "fgb": {p.stem for p in (site / "layers").glob("*.fgb")},
        "gpkg": tables,
        "gpkg styles": styled,
        "project": {i.removeprefix("cqmap_") for i in ids if i != "cqmap_basemap_osm"},
        "project ids": set(ids),
        "overview titles": set(re.findall(r'"([^"]+)" : geo_json_\d+', overlays)),
        "overview": html,
        "index": (site / "index.html").read_text(encoding="utf-8"),
    }


def _in_script(html: str) -> str:
    """``html`` as :func:`cqmap.layers.script.script_json` puts it into a page's script."""
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ('"', '\\"')):
        html = html.replace(raw, escaped)
    return html


def _check_every_output(site: Path, specs: tuple[LayerSpec, ...]) -> None:
    names = {s.name for s in specs}
    out = _outputs(site)
    for key in ("geojson", "qml", "fgb", "gpkg", "gpkg styles", "project"):
        assert out[key] == names, key  # every layer written has an entry, and the reverse
    assert {layer_id(n) for n in names} <= out["project ids"]
    titles = {o.title for s in specs for o in s.map_overlays}
    assert out["overview titles"] == titles
    for s in specs:
        assert s.name in out["index"]
        for row in s.legend[1]():  # (in the page as script-safe JSON text)
            assert _in_script(row) in out["overview"], row


def test_the_registry_is_the_single_source_of_the_layers(records, tmp_path):
    layers = build_layers(records)
    assert [name for name, _ in layers.items()] == list(registry.LAYER_NAMES)
    build_site(layers, tmp_path / "out")
    _check_every_output(tmp_path / "out", registry.LAYERS)


def test_the_derived_constants_agree_with_the_registry():
    assert registry.LAYER_NAMES == tuple(s.name for s in registry.LAYERS)
    assert len(set(registry.LAYER_NAMES)) == len(registry.LAYERS)
    assert sorted(s.rank for s in registry.LAYERS) == list(range(len(registry.LAYERS)))
    assert registry.DRAW_ORDER == ("ports", "zones", "routes", "pairings", "rivers",
                                   "districts", "context")  # fmt: skip
    names = {"0": "Point", "1": "Line", "2": "Polygon"}
    for s in registry.LAYERS:  # the declared geometry is the style's
        assert names[s.style().findtext("layerGeometryType")] == s.geometry, s.name
        assert registry.STYLE_NAMES[s.name] == s.style_name
    assert set(registry.legend_sections()) == set(registry.LEGEND_SECTIONS)


def test_adding_a_layer_is_one_entry_plus_its_builder(records, tmp_path, probe_layer):
    layers = build_layers(records)
    assert list(layers.frames)[-1] == PROBE
    assert registry.draw_order()[-1] is probe_layer  # at the bottom (rank 7)
    build_site(layers, tmp_path / "out")
    _check_every_output(tmp_path / "out", registry.LAYERS)
    out = _outputs(tmp_path / "out")
    assert "试验 Probe layer" in out["overview titles"]
    assert "试验点" in (tmp_path / "out" / "layers" / f"{PROBE}.geojson").read_text("utf-8")
    assert _in_script("<h4>试验 Probe</h4>") in out["overview"]
