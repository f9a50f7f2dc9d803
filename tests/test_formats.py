"""The layers as FlatGeobuf (beside the GeoJSON of every build) and as GeoParquet (the
``[parquet]`` extra): the same features as the GeoJSON, the same bytes on every run, and
the FlatGeobuf files in real PyQGIS."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from conftest import require_client

from cqmap.cli.main import cqmap
from cqmap.geo.extract import default_corpus, extract_paths
from cqmap.layers.export import (
    MissingExtraError,
    write_flatgeobuf_layers,
    write_geojson_layers,
    write_parquet_layers,
)
from cqmap.layers.model import LAYER_NAMES, build_layers

ROOT = Path(__file__).resolve().parents[1]
# GeoJSON rounds to 6 decimals (RFC 7946 files, about 0.1 m); FlatGeobuf and GeoParquet
# keep the doubles: a vertex is at most half a unit of the 6th decimal away in each axis.
ROUNDING = 1e-6


@pytest.fixture(scope="module")
def layers():
    return build_layers([r.record for r in extract_paths(default_corpus())])


def require_pyarrow() -> None:
    """Skip (fail under ``CQMAP_REQUIRE_CLIENTS=1``, as in CI) without the [parquet] extra."""
    try:
        import pyarrow.parquet  # noqa: F401

        present = True
    except ImportError:
        present = False
    require_client(present, "pyarrow is not installed (pip install '.[parquet]')")


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cqmap, list(args), env=env, catch_exceptions=False)


def same_features(frame, geojson: Path, name: str) -> None:
    """``frame`` holds the features of the GeoJSON file ``geojson``: the same rows in the
    same order, the same properties (as the JSON has them), the same geometry up to the
    GeoJSON's rounding, EPSG:4326."""
    features = json.loads(geojson.read_bytes())["features"]
    assert frame.crs.to_epsg() == 4326, name
    assert len(frame) == len(features), name
    columns = [c for c in frame.columns if c != frame.geometry.name]
    for row, feature in zip(frame[columns].itertuples(index=False), features):
        assert list(feature["properties"]) == columns, name
        for column, value in zip(columns, row):
            expected = feature["properties"][column]
            if expected is None:
                assert value is None or pd.isna(value), (name, column)
            elif isinstance(expected, float):
                assert value == pytest.approx(expected, rel=1e-12), (name, column)
            else:
                assert value == expected and type(value) is type(expected), (name, column)
    ours = np.array(frame.geometry)
    theirs = np.array([shapely.geometry.shape(f["geometry"]) for f in features])
    assert shapely.is_valid(ours).all(), name
    assert (shapely.hausdorff_distance(ours, theirs) <= ROUNDING).all(), name
    assert (shapely.get_num_coordinates(ours) == shapely.get_num_coordinates(theirs)).all(), name
    assert np.allclose(shapely.area(ours), shapely.area(theirs), rtol=1e-6, atol=1e-9), name


# --------------------------------------------------------------------------- FlatGeobuf
def test_flatgeobuf_layers_hold_the_features_of_the_geojson(layers, tmp_path):
    write_geojson_layers(layers, tmp_path)
    written = write_flatgeobuf_layers(layers, tmp_path, styles=False)
    assert [p.name for p in written] == [f"{name}.fgb" for name in LAYER_NAMES]
    for name in LAYER_NAMES:
        info = pyogrio.read_info(tmp_path / f"{name}.fgb")
        assert info["layer_name"] == name  # (not the temporary file's name)
        assert info["driver"] == "FlatGeobuf" and info["features"] == len(getattr(layers, name))
        fgb = pyogrio.read_dataframe(tmp_path / f"{name}.fgb")
        same_features(fgb, tmp_path / f"{name}.geojson", name)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_flatgeobuf_keeps_the_layers_doubles(layers, tmp_path):
    """Not rounded: the coordinates the model computed, as in the GeoPackage."""
    write_flatgeobuf_layers(layers, tmp_path, names=["pairings", "ports"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "pairings.fgb", "pairings.qml", "ports.fgb", "ports.qml",
    ]  # fmt: skip
    for name in ("pairings", "ports"):
        back = pyogrio.read_dataframe(tmp_path / f"{name}.fgb")
        model = getattr(layers, name)
        assert shapely.equals_exact(
            np.array(back.geometry), np.array(model.geometry), tolerance=0
        ).all(), name


def test_build_writes_flatgeobuf_beside_geojson_byte_identical_across_builds(cqmap_build, tmp_path):
    first = cqmap_build(tmp_path / "a")
    second = cqmap_build(tmp_path / "b")
    manifest = json.loads((first / "cqmap-manifest.json").read_text(encoding="utf-8"))
    for name in LAYER_NAMES:
        fgb = first / "layers" / f"{name}.fgb"
        assert fgb.read_bytes() == (second / "layers" / fgb.name).read_bytes(), name
        assert f"layers/{name}.fgb" in manifest["files"]
        assert (first / "layers" / f"{name}.geojson").is_file()
        assert f'href="layers/{name}.fgb"' in (first / "index.html").read_text(encoding="utf-8")
    fgb = pyogrio.read_dataframe(first / "layers" / "districts.fgb")
    assert len(fgb) == 38 and fgb.crs.to_epsg() == 4326


@pytest.mark.qgis
def test_flatgeobuf_layers_open_in_qgis_with_their_styles(layers, tmp_path, qgis_python):
    write_flatgeobuf_layers(layers, tmp_path)
    out = subprocess.run(
        [qgis_python, str(ROOT / "tests" / "qgis_probe.py"),
         *(str(tmp_path / f"{name}.fgb") for name in LAYER_NAMES)],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    report = {Path(e["uri"]).stem: e for e in json.loads(out.stdout)["layers"]}
    assert set(report) == set(LAYER_NAMES)
    for name in LAYER_NAMES:
        entry = report[name]
        assert entry["valid"] and entry["provider"] == "ogr", name
        assert entry["crs"] == "EPSG:4326", name
        assert entry["feature_count"] == len(getattr(layers, name)), name
        assert entry["invalid_geometries"] == 0 and entry["null_geometries"] == 0, name
        assert entry["style_loaded"], (name, entry["style_message"])  # the .qml beside it
    assert report["districts"]["renderer"]["attribute"] == "group"
    assert "万州区" in report["districts"]["names"]
    assert report["routes"]["renderer"]["attribute"] == "mode"


def test_cqmap_layers_format_fgb(tmp_path):
    result = run("layers", "-o", str(tmp_path / "f"), "--format", "fgb")
    assert result.exit_code == 0, result.output
    assert {p.name for p in (tmp_path / "f").iterdir()} == {
        f"{n}.{e}" for n in LAYER_NAMES for e in ("fgb", "qml")
    }
    again = run("layers", "-o", str(tmp_path / "f"), "--format", "fgb")
    assert again.exit_code == 1 and "--overwrite" in again.output


# --------------------------------------------------------------------------- GeoParquet
def test_parquet_layers_are_geoparquet_with_the_features_of_the_geojson(layers, tmp_path):
    require_pyarrow()
    import geopandas as gpd
    import pyarrow.parquet as pq

    write_geojson_layers(layers, tmp_path)
    written = write_parquet_layers(layers, tmp_path)
    assert [p.name for p in written] == [f"{name}.parquet" for name in LAYER_NAMES]
    for name in LAYER_NAMES:
        path = tmp_path / f"{name}.parquet"
        back = gpd.read_parquet(path)
        same_features(back, tmp_path / f"{name}.geojson", name)
        model = getattr(layers, name)
        assert list(back.columns) == list(model.columns), name
        assert shapely.equals_exact(
            np.array(back.geometry), np.array(model.geometry), tolerance=0
        ).all(), name  # (WKB: the doubles, not rounded)
        schema = pq.read_schema(path)
        geo = json.loads(schema.metadata[b"geo"])
        assert geo["primary_column"] == "geometry" and geo["version"].startswith("1.")
        column = geo["columns"]["geometry"]
        assert column["encoding"] == "WKB"
        assert column["crs"]["id"] == {"authority": "EPSG", "code": 4326}
        assert set(column["geometry_types"]) == set(model.geometry.geom_type), name
        assert "__index_level_0__" not in schema.names  # (no index column)


def test_parquet_layers_are_byte_identical_across_runs(layers, tmp_path):
    """Two runs (here, and in a second Python) give the same bytes. The files name the
    pyarrow, pandas and geopandas that wrote them, so that holds for one installation."""
    require_pyarrow()
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    write_parquet_layers(layers, first)
    write_parquet_layers(layers, second, names=["districts", "routes"])
    for name in ("districts", "routes"):
        assert (first / f"{name}.parquet").read_bytes() == (second / f"{name}.parquet").read_bytes()
    third = tmp_path / "c"
    result = subprocess.run(
        [sys.executable, "-c", "from cqmap.cli.main import cqmap; cqmap()", "-q", "layers",
         "-o", str(third), "--format", "parquet"],
        capture_output=True, text=True, cwd=tmp_path, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for name in LAYER_NAMES:
        assert (first / f"{name}.parquet").read_bytes() == (third / f"{name}.parquet").read_bytes()


def test_cqmap_layers_format_parquet(tmp_path):
    require_pyarrow()
    result = run("layers", "-o", str(tmp_path / "p"), "--format", "parquet")
    assert result.exit_code == 0, result.output
    assert {p.name for p in (tmp_path / "p").iterdir()} == {f"{n}.parquet" for n in LAYER_NAMES}


def test_parquet_without_pyarrow_is_a_one_line_error(tmp_path, monkeypatch):
    """Exit status 1 (the installation lacks what the format needs: a runtime error, not a
    bad option), one line naming the extra, before any article is read; nothing written."""
    for module in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    out = tmp_path / "p"
    result = CliRunner().invoke(cqmap, ["layers", "-o", str(out), "--format", "parquet"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [
        "cqmap: error: GeoParquet needs pyarrow, which is not installed: "
        "pip install 'cqmap[parquet]'"
    ]
    assert not out.exists()
    with pytest.raises(MissingExtraError):
        write_parquet_layers(None, tmp_path)  # (checked before anything else)
    assert list(tmp_path.iterdir()) == []


def test_parquet_is_written_atomically(layers, tmp_path, monkeypatch):
    require_pyarrow()
    import geopandas as gpd

    def boom(self, f, **kwargs):
        f.write(b"PAR1 partial")
        raise OSError("disk full")

    monkeypatch.setattr(gpd.GeoDataFrame, "to_parquet", boom)
    with pytest.raises(OSError):
        write_parquet_layers(layers, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_parquet_bytes_do_not_depend_on_the_file_object(layers, tmp_path):
    """The file is written through a temporary file object; to a path it is the same."""
    require_pyarrow()
    (path,) = write_parquet_layers(layers, tmp_path, names=["ports"])
    buffer = io.BytesIO()
    layers.ports.to_parquet(buffer, index=False)
    assert path.read_bytes() == buffer.getvalue()
