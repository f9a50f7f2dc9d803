"""Benchmark: layers and maps for the seeds (figures, not a timed test).

    python tests/bench/bench_maps.py [--runs 3] [--chromium PATH] [--chromedriver PATH]

Prints, each measured in a fresh process:

* the time of ``import geopandas, folium`` alone (the floor any such tool pays);
* the time to build every layer and map of the seeds (extraction, layers, GeoJSON +
  QML, GeoPackage, overview map, one map per pairing), and its ratio to that floor
  (target <= 3);
* the overview map's size online and offline (targets <= 1 MB and <= 2 MB), the sum of
  the GeoJSON layers (target <= 3 MB);
* in headless Chromium with the network closed: the time from navigation until the
  offline overview has drawn every feature. Without selenium, Chromium or ChromeDriver
  (or when the browser does not start) this one figure is skipped with a line that says
  why; the others are still printed.

Each figure is the median of ``--runs`` measurements.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

IMPORT = (
    "import time; t=time.perf_counter(); import geopandas, folium; print(time.perf_counter()-t)"
)
BUILD = """
import sys, time
t = time.perf_counter()
from cqmap.geo.extract import default_corpus, extract_paths
from cqmap.layers.export import write_geojson_layers, write_geopackage
from cqmap.layers.maps import overview_map, pairing_map
from cqmap.layers.render import save_map
from cqmap.layers.model import build_layers
out = sys.argv[1]
import os
os.makedirs(out + "/layers", exist_ok=True)
layers = build_layers([r.record for r in extract_paths(default_corpus())])
write_geojson_layers(layers, out + "/layers")
write_geopackage(layers, out + "/cqmap.gpkg")
save_map(overview_map(layers), out + "/overview.html", offline=False)
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


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="measurements per figure")
    parser.add_argument("--chromium", default=CHROMIUM, help="the Chromium binary")
    parser.add_argument("--chromedriver", default=CHROMEDRIVER, help="its ChromeDriver")
    args = parser.parse_args(argv)
    runs = max(args.runs, 1)
    imports = _median([float(_run(IMPORT)) for _ in range(runs)])
    with tempfile.TemporaryDirectory() as tmp:
        builds = []
        for _ in range(runs):
            seconds, pairs = _run(BUILD, tmp).split()
            builds.append(float(seconds))
        build = _median(builds)
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
        missing = _browser_missing(args.chromium, args.chromedriver)
        if missing:
            print(f"Chromium timing skipped: {missing}")
        else:
            _browser(out / "overview-offline.html", args.chromium, args.chromedriver, runs)
    return 0


def _browser_missing(chromium: str, chromedriver: str) -> str | None:
    """Why the browser timing cannot run here, or ``None`` when it can."""
    try:
        import selenium.webdriver  # noqa: F401
    except ImportError as error:
        return f"selenium cannot be imported ({error}; pip install '.[test]')"
    for name, path in (("Chromium", chromium), ("ChromeDriver", chromedriver)):
        if not Path(path).exists():
            return f"{name} is missing at {path} (apt-get install chromium chromium-driver)"
    return None


def _browser(path: Path, chromium: str, chromedriver: str, runs: int) -> None:
    """Print the time Chromium takes to draw the offline overview (median of ``runs``)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import open_map, start_browser
    from selenium.common.exceptions import WebDriverException

    with tempfile.TemporaryDirectory() as profile:
        try:
            driver = start_browser(chromium, chromedriver, profile_dir=Path(profile))
        except WebDriverException as error:
            reason = str(error.msg or error).strip().splitlines()[0]
            print(f"Chromium timing skipped: the browser did not start ({reason})")
            return
        try:
            draws = []
            for _ in range(runs):
                t0 = time.perf_counter()
                report = open_map(driver, path)
                draws.append(report.draw_ms)
                wall = time.perf_counter() - t0
            if None in draws:
                print(f"Chromium drew nothing ({len(report.js_errors)} JS errors)")
                return
            print(
                f"Chromium, network closed: every feature drawn {_median(draws):.0f} ms after "
                f"navigation ({report.paths_drawn} paths, {report.markers} markers, "
                f"{len(report.js_errors)} JS errors; harness wall time {wall:.1f} s)"
            )
        finally:
            driver.quit()


if __name__ == "__main__":
    raise SystemExit(main())
