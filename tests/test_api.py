"""The public Python API, ``import cqmap``, through the installed package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cqmap

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def test_every_public_name_resolves_to_what_its_module_defines():
    import importlib

    for name in cqmap.__all__:
        module = importlib.import_module(cqmap._API[name])
        assert getattr(cqmap, name) is getattr(module, name)
    assert cqmap.dask.__name__ == "cqmap.geo.dask"
    assert set(cqmap.__all__) | {"dask"} <= set(dir(cqmap))


def test_importing_cqmap_loads_no_mapping_stack_and_no_reader():
    code = (
        "import sys, cqmap\n"
        "heavy = {'geopandas', 'folium', 'dask', 'cqmap.geo.extract', 'cqmap.layers'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_documented_round_trip_builds_a_site(tmp_path):
    """A file and a text read, summarised, written and read back, built: the pair of the
    text is on the index page, the seed's ports in the layers."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    records = [
        cqmap.extract_file(seed),
        cqmap.extract_text("璧山区与巫溪县签署产业协作协议。", doc_id="a1"),
    ]
    assert records[0]["id"] == seed.stem and records[1]["pairings"]
    summary = cqmap.Summary.from_records(records[:1]).merge(cqmap.Summary.from_records(records[1:]))
    assert summary.to_json() == cqmap.Summary.from_records(records).to_json()
    (tmp_path / "summary.json").write_text(summary.to_json(), encoding="utf-8")
    layers = cqmap.build_layers(cqmap.Summary.load(tmp_path / "summary.json"))
    assert layers.pairings.crs.to_epsg() == 4326
    pairs = layers.pairings.set_index(["a", "b"])
    assert bool(pairs.loc[("璧山区", "巫溪县"), "extracted"])  # (read, not only a reference)
    assert pairs.loc[("璧山区", "巫溪县"), "document_ids"] == "a1"
    report = cqmap.build_site(layers, tmp_path / "site")
    assert "协作协议" in (tmp_path / "site" / "summary.json").read_text(encoding="utf-8")
    assert Path(report.index).is_file()
