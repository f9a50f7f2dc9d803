"""The test run and the benchmarks themselves: a plain ``pytest`` leaves the tracked
files as they were (the README's screenshots go to the git-ignored ``tests/artifacts/``
unless ``--screenshots DIR`` asks for them), and the maps benchmark says what it cannot
measure instead of crashing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS = ROOT / "docs"
# The tests that take the README's screenshots (overview.png, qgis.png).
SCREENSHOT_TESTS = (
    "tests/test_maps.py::test_offline_overview_works_without_network",
    "tests/test_layers.py::test_geopackage_loads_in_qgis_with_its_styles",
)
PICTURES = ("overview.png", "qgis.png")
PNG = b"\x89PNG\r\n\x1a\n"


def digests(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file under ``folder``."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_pytest(*args: str) -> subprocess.CompletedProcess:
    """The screenshot tests in a pytest of their own (clients required: they are here)."""
    env = {**os.environ, "CQMAP_REQUIRE_CLIENTS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SCREENSHOT_TESTS, *args],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=900,
    )  # fmt: skip


@pytest.mark.browser
@pytest.mark.qgis
def test_screenshots_go_to_docs_only_when_asked(chromium_paths, qgis_python, tmp_path):
    docs = digests(DOCS)
    start = time.time() - 1
    plain = run_pytest()
    assert plain.returncode == 0, plain.stdout[-3000:]
    assert digests(DOCS) == docs  # the tracked pictures are untouched
    for name in PICTURES:
        shot = ARTIFACTS / name
        assert shot.stat().st_mtime >= start and shot.read_bytes()[:8] == PNG
    asked = run_pytest("--screenshots", str(tmp_path / "pictures"))
    assert asked.returncode == 0, asked.stdout[-3000:]
    assert sorted(p.name for p in (tmp_path / "pictures").iterdir()) == sorted(PICTURES)
    assert all((tmp_path / "pictures" / name).read_bytes()[:8] == PNG for name in PICTURES)
    assert digests(DOCS) == docs


# --------------------------------------------------------------------------- benchmarks
def run_bench(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "tests" / "bench" / "bench_maps.py"), "--runs", "1", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, **(env or {})},
    )  # fmt: skip


def assert_figures_then_skip(result: subprocess.CompletedProcess, reason: str) -> None:
    """The benchmark printed its figures, then one line saying why it did not time Chromium."""
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    heads = ("import geopandas, folium:", "all layers and maps", "overview map:", "GeoJSON layers:")
    assert len(lines) == len(heads) + 1, result.stdout
    assert all(line.startswith(head) for line, head in zip(lines, heads)), result.stdout
    assert lines[-1].startswith("Chromium timing skipped: ") and reason in lines[-1]


def test_the_maps_benchmark_skips_the_browser_without_selenium(tmp_path):
    blocked = tmp_path / "selenium"
    blocked.mkdir()
    (blocked / "__init__.py").write_text('raise ImportError("not installed here")\n')
    result = run_bench(env={"PYTHONPATH": str(tmp_path)})
    assert_figures_then_skip(result, "selenium cannot be imported (not installed here")


def test_the_maps_benchmark_skips_the_browser_without_chromium(tmp_path):
    result = run_bench("--chromium", str(tmp_path / "chromium"))
    assert_figures_then_skip(result, f"Chromium is missing at {tmp_path / 'chromium'}")
