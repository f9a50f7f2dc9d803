"""Every township-level division of China (乡, 镇, 街道, 苏木 …), by the county it lies in.

Derived from the location dictionary of the pinned ``jionlp`` (PyPI, Apache-2.0): its
``china_location.zip`` lists provinces, prefectures and counties with their adcodes, and
under each county its townships (and their villages, not kept). Written as ``towns.json``:
one row per county-level division that the divisions data holds,

    [county adcode, [township name, ...]]

townships in the dictionary's order, each as written (华亭镇, 嘉定镇街道). The file is read
only to name the stations and ports the gazetteer's table does not have after the town
they lie in (:mod:`cqmap.geo.towns`); a township is never a region of a record.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from importlib import metadata

__all__ = ["TOWN_COLUMNS", "town_rows", "location_lines"]

TOWN_COLUMNS = ("county", "towns")
_DICTIONARY = "jionlp/dictionary/china_location.zip"


def location_lines() -> list[str]:
    """The lines of jionlp's location dictionary, read from the installed distribution's
    files (jionlp itself is not imported: it loads much more than this)."""
    path = metadata.distribution("jionlp").locate_file(_DICTIONARY)
    with zipfile.ZipFile(str(path)) as archive:
        (member,) = archive.namelist()
        with archive.open(member) as f:
            return io.TextIOWrapper(f, encoding="utf-8").read().split("\n")


def town_rows(lines: Iterable[str], counties: set[str]) -> list[list]:
    """The rows of ``towns.json``, in adcode order: each county of ``counties`` (adcodes)
    with its townships. A line's tabs give its depth: 0 a province, 1 a prefecture, 2 a
    county (name, adcode, short name), 3 a township, 4 a village."""
    towns: dict[str, list[str]] = {}
    county = None
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if not fields[0]:
            continue
        if depth == 2:
            county = fields[1] if len(fields) > 1 and fields[1] in counties else None
        elif depth < 2:
            county = None
        elif depth == 3 and county is not None:
            names = towns.setdefault(county, [])
            if fields[0] not in names:
                names.append(fields[0])
    return [[code, towns[code]] for code in sorted(towns)]
