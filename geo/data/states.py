"""Foreign first-level divisions with their Chinese names: ``states.json``.

* Names: the ISO 3166-2 subdivisions without a parent (a country's first level: Malaysia's
  states, Vietnam's provinces, Poland's voivodeships, Germany's Länder) and their Simplified
  Chinese names, from the iso-codes translations that the pinned ``pycountry`` ships
  (``locales/zh_CN/LC_MESSAGES/iso3166-2.mo``; LGPL-2.1, the Debian iso-codes project).
  A name is kept as the translation writes it where it ends in a word of its kind (罗兹省,
  老街省, 尖竹汶府, 鞑靼斯坦共和国); where it does not (雪兰莪, 北莱茵-威斯特法伦), the word
  news writes after it is added from the division's type and country
  (:data:`KIND_WORDS`: 雪兰莪州, 北莱茵-威斯特法伦州, 占巴塞省), and the translation's own
  name is kept as its short name (but a name that ends like a city's, 玻璃市, is the
  division's name as news writes it, and with its word of kind another name, 玻璃市州); a division whose translation has no such word and whose
  type has none is left out. Left out too: China's own divisions (HK, MO, TW included:
  :mod:`cqmap.geo.data.divisions` and the world's cities hold them), a name or short name
  that a Chinese division, a country or a foreign city holds (莫斯科, 河南省: the city and
  the province keep it; the short name alone is dropped where only it is held: 北宁省
  stays, 北宁 is the city), and names made of words of direction or rank only (中部省,
  首都区).
* Points: the ``latLng`` that the pinned ``iso3166-2`` package (MIT) gives each
  subdivision, a geocoded centre: approximate, with no accuracy figure (a division spans
  tens to hundreds of kilometres).

Rows::

    states: [code (ISO 3166-2), name, short name or null, [other names], iso3, lon, lat]
"""

from __future__ import annotations

import gettext
import json
import re
from importlib import metadata
from pathlib import Path

__all__ = ["STATE_COLUMNS", "KIND_WORDS", "state_rows"]

STATE_COLUMNS = ("code", "name", "short", "aliases", "country", "lon", "lat")

# The word of its kind that Chinese news writes after a first-level division's name, by the
# ISO type (and the country, where it writes another): a state of Malaysia or a Land of
# Germany is a 州 (雪兰莪州, 北莱茵-威斯特法伦州), a state of India a 邦, a province of
# Thailand a 府, of Laos a 省 (占巴塞省), a region of Italy or France a 大区 (艾米利亚-
# 罗马涅大区), an oblast or a region of Central Asia a 州 (塔什干州)
KIND_WORDS: dict[str, str] = {
    "State": "州",
    "Land": "州",
    "Oblast": "州",
    "Administrative region": "州",
    "Province": "省",
    "Voivodship": "省",
    "Prefecture": "县",
}
KIND_WORDS_BY_COUNTRY: dict[tuple[str, str], str] = {
    ("IN", "State"): "邦",
    ("TH", "Province"): "府",
    ("IT", "Region"): "大区",
    ("FR", "Metropolitan region"): "大区",
    ("KZ", "Region"): "州",
    ("UZ", "Region"): "州",
    ("KG", "Region"): "州",
    ("TJ", "Region"): "州",
    ("BY", "Oblast"): "州",
}
# The words of their kind a translation's name may already end in (罗兹省, 鞑靼斯坦共和国)
# (东京都, 北海道: a metropolis and a circuit of Japan)
_ENDINGS = ("省", "州", "府", "邦", "县", "都", "道", "大区", "共和国", "自治区")
# A name whose stem is made of these only says where in the country, not which division
# (中部省, 西部省, 首都区): left out
_GENERIC = frozenset("东西南北中央部方首都沿海滨高地区上下内外大小新")
# A short name ending in a landform's word names the landform too (锡尔河, the Syr Darya):
# not taken alone
_LANDFORM_ENDINGS = ("河", "江", "湖", "山", "岛", "海")
_CHINESE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·\-]{1,14}\Z")
# China's own codes: its divisions are held elsewhere
_CHINESE_COUNTRIES = ("CN", "HK", "MO", "TW")


def _translation() -> gettext.NullTranslations:
    import pycountry

    locales = Path(pycountry.__file__).parent / "locales"
    return gettext.translation("iso3166-2", str(locales), languages=["zh_CN"])


def _points() -> dict[str, tuple[float, float]]:
    """``{ISO 3166-2 code: (lon, lat)}`` of the ``iso3166-2`` package's data."""
    # (the data file, read without importing the package, whose import needs its clients)
    path = metadata.distribution("iso3166-2").locate_file("iso3166_2/iso3166-2.json")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {
        code: (round(float(s["latLng"][1]), 6), round(float(s["latLng"][0]), 6))
        for subdivisions in data.values()
        for code, s in subdivisions.items()
        if s.get("latLng") and len(s["latLng"]) == 2
    }


def state_rows(taken: set[str]) -> list:
    """``[code, name, short, aliases, iso3, lon, lat]`` per foreign first-level division, by code.

    ``taken``: the names of Chinese divisions (full and short), countries and foreign
    cities; a division never takes one of them.
    """
    import pycountry

    translate = _translation().gettext
    points = _points()
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.parent_code or s.country_code in _CHINESE_COUNTRIES or s.code not in points:
            continue
        written = translate(s.name)
        # (伪: a name the translation marks as not recognised, which no news writes so)
        if written == s.name or not _CHINESE.match(written) or written.startswith("伪"):
            continue
        aliases = []
        if written.endswith(_ENDINGS):
            name, short = written, None
        else:
            word = KIND_WORDS_BY_COUNTRY.get((s.country_code, s.type)) or KIND_WORDS.get(s.type)
            if word is None:
                continue
            name, short = written + word, written
            if written.endswith("市"):
                # (玻璃市, Perlis: a name that ends like a city's is written as it stands,
                # and so named; with its word of kind, 玻璃市州, it is its other name)
                name, aliases = written, [written + word]
        stem = short or next((name[: -len(e)] for e in _ENDINGS if name.endswith(e)), name)
        if (
            name in taken
            or taken.intersection(aliases)
            or len(name) < 3
            or _GENERIC.issuperset(stem)
        ):
            continue
        if short is not None and (
            len(short) < 3 or short in taken or short.endswith(_LANDFORM_ENDINGS)
        ):
            short = None  # (霹雳, 沙巴: words; 北宁: the city's; 锡尔河: the river)
        lon, lat = points[s.code]
        out.append([s.code, name, short, aliases, iso3[s.country_code], lon, lat])
    # (a name two divisions would hold stays unresolved rather than guessed)
    counts: dict[str, int] = {}
    for row in out:
        for n in {*filter(None, row[1:3]), *row[3]}:
            counts[n] = counts.get(n, 0) + 1
    return [
        [code, name, short if short and counts[short] == 1 else None, aliases, *rest]
        for code, name, short, aliases, *rest in out
        if counts[name] == 1 and all(counts[a] == 1 for a in aliases)
    ]
