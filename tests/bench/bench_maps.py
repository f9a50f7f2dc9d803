"""Benchmark: layers and maps for the seeds (figures, not a timed test).

    python tests/bench/bench_maps.py

Prints, each measured in a fresh process:

* the time of ``import geopandas, folium`` alone (the floor any such tool pays);
* the time to build every layer and map of the seeds (extraction, layers, GeoJSON +
  QML, GeoPackage, overview map, one map per pairing), and its ratio to that floor
  (target <= 3);
* the overview map's size online and offline (targets <= 1 MB and <= 2 MB), the sum of
  the GeoJSON layers (target <= 3 MB);
* in headless Chromium with the network closed (when available): the time from
  navigation until the offline overview has drawn every feature.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

IMPORT = (
    "import time; t=time.perf_counter(); import geopandas, folium; print(time.perf_counter()-t)"
)
BUILD = """
import sys, time
t = time.perf_counter()
from geo.extract import default_corpus, extract_paths
from layers.export import write_geojson_layers, write_geopackage
from layers.maps import overview_map, pairing_map, save_map
from layers.model import build_layers
out = sys.argv[1]
import os
os.makedirs(out + "/layers", exist_ok=True)
layers = build_layers([r.record for r in extract_paths(default_corpus())])
write_geojson_layers(layers, out + "/layers")
write_geopackage(layers, out + "/cqmap.gpkg")
save_map(overview_map(layers), out + "/overview.html")
save_map(overview_map(layers), out + "/overview-offline.html", offline=True)
for row in layers.pairings.itertuples(index=False):
    save_map(pairing_map(layers, row.a, row.b), out + f"/pair-{row.a}-{row.b}.html")
print(time.perf_counter() - t, len(layers.pairings))
"""


def _run(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return out.stdout.strip()


def main() -> int:
    imports = sorted(float(_run(IMPORT)) for _ in range(3))[1]
    with tempfile.TemporaryDirectory() as tmp:
        builds = []
        for _ in range(3):
            seconds, pairs = _run(BUILD, tmp).split()
            builds.append(float(seconds))
        build = sorted(builds)[1]
        out = Path(tmp)
        online = (out / "overview.html").stat().st_size
        offline = (out / "overview-offline.html").stat().st_size
        geojson = sum(p.stat().st_size for p in (out / "layers").glob("*.geojson"))
        print(f"import geopandas, folium: {imports:.2f} s")
        print(
            f"all layers and maps ({pairs} pairing maps): {build:.2f} s = "
            f"{build / imports:.1f}x the import (target <= 3)"
        )
        print(f"overview map: {online / 1e6:.2f} MB online, {offline / 1e6:.2f} MB offline")
        print(f"GeoJSON layers: {geojson / 1e6:.2f} MB in all")
        _browser(out / "overview-offline.html")
    return 0


def _browser(path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from browser import open_map, start_browser
    except ImportError:
        print("Chromium timing skipped: selenium is not installed")
        return
    if not Path("/usr/bin/chromium").exists():
        print("Chromium timing skipped: /usr/bin/chromium is missing")
        return
    with tempfile.TemporaryDirectory() as profile:
        driver = start_browser(
            "/usr/bin/chromium", "/usr/bin/chromedriver", profile_dir=Path(profile)
        )
        try:
            draws = []
            for _ in range(3):
                t0 = time.perf_counter()
                report = open_map(driver, path)
                draws.append(report.draw_ms)
                wall = time.perf_counter() - t0
            print(
                f"Chromium, network closed: every feature drawn {sorted(draws)[1]:.0f} ms after "
                f"navigation ({report.paths_drawn} paths, {report.markers} markers, "
                f"{len(report.js_errors)} JS errors; harness wall time {wall:.1f} s)"
            )
        finally:
            driver.quit()


if __name__ == "__main__":
    raise SystemExit(main())
