"""Water routes that follow the water: shortest paths along the named rivers.

The river lines of ``geo/data/rivers.geojson`` share their junction vertices (嘉陵江
ends on a vertex of 长江 at 朝天门, 渠江 on 嘉陵江 at 合川, 乌江 on 长江 at 涪陵), so
together they form a small graph. A route's end points are snapped to the nearest
point of any river (within ``max_snap_m``), and the path between them is the shortest
one along the graph, measured geodesically.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from functools import cache

import numpy as np
import shapely
from pyproj import Geod

from cqmap.geo import boundaries

__all__ = ["RiverNetwork", "river_network"]

GEOD = Geod(ellps="WGS84")


class RiverNetwork:
    """A graph of river vertices; edges are consecutive vertices of a line."""

    def __init__(self, lines: Sequence[shapely.LineString], names: Sequence[str]):
        self.names = list(names)
        self.lines = list(lines)
        self._node: dict[tuple[float, float], int] = {}
        self.coords: list[tuple[float, float]] = []
        self.edges: dict[int, list[tuple[int, float]]] = {}
        self._line_nodes: list[list[int]] = []
        for line in self.lines:
            ids = [self._id(tuple(c)) for c in line.coords]
            self._line_nodes.append(ids)
            xy = np.asarray(line.coords)
            lengths = GEOD.inv(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])[2]
            for u, v, w in zip(ids[:-1], ids[1:], lengths):
                self.edges.setdefault(u, []).append((v, float(w)))
                self.edges.setdefault(v, []).append((u, float(w)))

    def _id(self, xy: tuple[float, float]) -> int:
        node = self._node.get(xy)
        if node is None:
            node = self._node[xy] = len(self.coords)
            self.coords.append(xy)
        return node

    def snap(self, point: tuple[float, float]) -> tuple[int, int, tuple[float, float], float]:
        """Nearest river point: ``(line, segment, snapped lon/lat, distance in metres)``."""
        p = shapely.Point(point)
        best = None
        for i, line in enumerate(self.lines):
            pos = line.project(p)
            q = line.interpolate(pos)
            d = float(GEOD.inv(point[0], point[1], q.x, q.y)[2])
            if best is None or d < best[3]:
                # the segment that holds the snapped point
                cum = np.concatenate(
                    [[0.0], np.cumsum(np.hypot(*np.diff(np.asarray(line.coords), axis=0).T))]
                )
                seg = int(min(np.searchsorted(cum, pos, side="right") - 1, len(cum) - 2))
                best = (i, max(seg, 0), (q.x, q.y), d)
        return best

    def path(
        self, a: tuple[float, float], b: tuple[float, float], *, max_snap_m: float = 5000.0
    ) -> shapely.LineString | None:
        """The line along the rivers from ``a`` to ``b``, or ``None`` if either is off the water."""
        sa, sb = self.snap(a), self.snap(b)
        if sa[3] > max_snap_m or sb[3] > max_snap_m:
            return None
        start, goal = -1, -2  # temporary nodes at the snapped points
        extra: dict[int, list[tuple[int, float]]] = {start: [], goal: []}
        coords = {start: sa[2], goal: sb[2]}
        for tmp, (line, seg, xy, _) in ((start, sa), (goal, sb)):
            u, v = self._line_nodes[line][seg], self._line_nodes[line][seg + 1]
            for node in (u, v):
                w = float(GEOD.inv(xy[0], xy[1], *self.coords[node])[2])
                extra[tmp].append((node, w))
                extra.setdefault(node, []).append((tmp, w))
        if sa[0] == sb[0] and sa[1] == sb[1]:  # same segment: straight along it
            w = float(GEOD.inv(*sa[2], *sb[2])[2])
            extra[start].append((goal, w))
        dist = {start: 0.0}
        prev: dict[int, int] = {}
        heap = [(0.0, start)]
        while heap:
            d, u = heapq.heappop(heap)
            if u == goal:
                break
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.edges.get(u, []) + extra.get(u, []):
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd, v))
        if goal not in dist:
            return None
        nodes = [goal]
        while nodes[-1] != start:
            nodes.append(prev[nodes[-1]])
        nodes.reverse()
        xy = [coords[n] if n < 0 else self.coords[n] for n in nodes]
        xy = [a, *xy, b] if sa[3] > 1 or sb[3] > 1 else xy  # from the port to the water
        return shapely.LineString(_dedupe(xy))


def _dedupe(xy: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = [xy[0]]
    for p in xy[1:]:
        if p != out[-1]:
            out.append(p)
    return out


@cache
def river_network() -> RiverNetwork:
    """The network of the committed named rivers, built once per process."""
    rivers = boundaries.rivers()
    return RiverNetwork(list(rivers.geometry), list(rivers["name"]))
