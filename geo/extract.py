"""Text to records: clean an article, find its places, read its pairings and routes.

The record of one document (JSON-ready, stable key order and ordering)::

    {"id", "path", "title", "date", "outlet", "encoding", "script", "cleaning": {counts},
     "regions":  [{"name", "adcode", "kind", "mentions": [{"surface", "start", "end", "sentence"}]}],
     "pairings": [{"a", "b", "relation", "evidence": [{"document", "sentence", "start", "end",
                                                        "quote", "pattern"}]}],
     "ports":    [{"name", "kind", "parent", "host", "derived", "mentions": [...]}],
     "routes":   [{"name", "names", "origin", "destinations", "via", "mode", "opened",
                   "opened_year_inferred", "corridor", "evidence": [...]}],
     "corridors": [{"name", "mode", "evidence": [...]}],
     "unresolved": [{"surface", "kind", "mentions": [...]}]}

Offsets (``start``/``end``) index the cleaned text; ``sentence`` is the sentence's index
in it. Names are canonical gazetteer names (万州区, 秀山县, 两江新区, 果园港).

Many documents: :mod:`cqmap.geo.extract_many` reads many files with this, in order,
in worker processes when asked (:func:`extract_paths`: one :class:`Result` per input);
:mod:`cqmap.geo.article_files` says which files (a folder's articles, the bundled seeds)
and names them; :func:`cqmap.geo.records.dumps` serialises records. Their names are
importable from here too.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cqmap.geo.article_files import STDIN as STDIN  # (moved: still here)
from cqmap.geo.article_files import (
    SUFFIXES,
    _record_path,
    default_corpus,
    document_ids,
    expand_paths,
)
from cqmap.geo.article_files import _articles_in as _articles_in
from cqmap.geo.article_files import _seed_folders as _seed_folders
from cqmap.geo.clean import CleanedDocument, clean_bytes, clean_text
from cqmap.geo.gazetteer import CHINA, Gazetteer, gazetteer
from cqmap.geo.lexicon import Hit, Lexicon, lexicon
from cqmap.geo.matcher import scan
from cqmap.geo.ports import PLACE_ALIASES
from cqmap.geo.qualified import join_qualified, says_where
from cqmap.geo.records import dumps
from cqmap.geo.regions import ZONES_NO_DIVISION
from cqmap.geo.relations import read_relations
from cqmap.geo.unresolved import unresolved
from cqmap.geo.vocabulary import facility_word

if TYPE_CHECKING:
    from cqmap.geo.extract_many import extract_paths

__all__ = [
    "Result",
    "extract_text",
    "extract_bytes",
    "extract_file",
    "extract_paths",
    "expand_paths",
    "document_ids",
    "dumps",
    "SUFFIXES",
    "default_corpus",
]


@dataclass(frozen=True)
class Result:
    """The outcome for one input: its record (or its bytes, ``data``, when it was encoded
    where it was read). ``error`` is one line naming the input when it could not be read:
    its record is then the error record ``{"id", "path", "error"}``
    (:func:`cqmap.geo.records.error_record`, ``error`` the same line). ``warning`` is one
    line naming the input when some of its bytes could not be decoded and were replaced."""

    path: str
    record: dict | None
    error: str | None = None
    data: bytes | None = None
    warning: str | None = None


# --------------------------------------------------------------------------- one document
# (位于渝北区的江北国际机场、沙坪坝区的团结村站: each told where it lies)
_TOLD_WHERE = re.compile("(?:位于|地处|坐落于|坐落在)[^，,。；;]{0,40}$")


# After 澳洲 closing a list: parts of the world counted (北美、南美、澳洲等区域, 南亚和澳洲等
# 地), where 澳洲 is the continent, Oceania, not the country; it stays a route's end as 北美
# is (not 出口到欧美、澳洲等国家: the country)
_PARTS_OF_THE_WORLD_AFTER = ("等区域", "等地区", "等地")

# An industrial park or development zone named by its full word (綦江工业园区, 射洪经济开发区,
# 荣昌高新技术产业开发区, 中马钦州产业园区): a place right before it only says where the
# park lies, as one before a port does (not a zone named short, 广安经开区, 西安高新区:
# the readings name those as places)
_PARK_WORDS = (
    "工业园区|工业园|工业开发区|经济开发区|经济技术开发区|高新技术产业开发区|高新技术产业园区"
    "|产业园区"
)
_PARK = re.compile(_PARK_WORDS)
# A park with a short name of its own between the place and the park's word (合江临港工业园区,
# 两江新区鱼复工业开发区, 江北港城工业园): the place says where the park lies, as right before
# the word; a city, county or district of China (:func:`_park_named`), then two to four
# characters of the name, no word of a clause, of a count or of a whole (not 万州各工业园区,
# 江津区内工业园区, 重庆的工业园区, 綦江新建工业园区)
_PARK_NAMED = re.compile(
    "(?:(?![的和与及在从由到至向经为是、各内等全所该新建设造])[\u4e00-\u9fff]){2,4}?"
    f"(?:{_PARK_WORDS})"
)


# A centre of goods abroad named after its city (莫斯科某某物流中心, 阿拉木图分拨中心, 法兰克福
# 邮件处理中心): the end a service reaches, the city before it only saying where it lies, as
# before a port; not after a word that tells the city as a place (以卢森堡为…物流中心), nor
# a centre in China, whose city the readings name (昆明物流中心, 国铁某局的铁路物流中心)
_SITE_ABROAD = re.compile(
    "(?:(?![的和与及在为是于、])[\u4e00-\u9fff]){0,6}?(?:物流中心|分拨中心|处理中心)"
)


# A site's name with a place in brackets in it (中新(重庆)多式联运示范基地, 西部(成都)科学城,
# 新疆(伊吾)某某算力中心, 中欧班列(西安)集结中心): the place says where the base, park or
# centre lies, as one before a park's full word does; the name goes on after the bracket
# to the site's word, with no word of a clause between (not 成渝号(绵阳)从某某物流基地出发),
# and not a company's (某某(四川)有限公司: the readings name its place)
_SITE_BRACKETED = re.compile(
    "[)）](?:(?![的和与及在从由到至向经为是、])[\u4e00-\u9fff]){0,10}?"
    "(?:基地|产业园|园区|物流园|科学城|集结中心|物流中心|分拨中心|算力中心|数据中心)"
)


# A site of its own name after the place it lies in, a wharf, a storage or transfer base, a
# market or a power plant (宁波北仑某某集装箱码头, 荆州煤炭铁水联运储配基地, 眉山某某货物转运
# 中心, 青白江国际木材交易中心, 江西新昌电厂): the place says where the site is, as before a
# port of the table; its own name of two to eight characters between, with no word of a
# clause (not 在万州码头, 到重庆的码头) nor a count's word (座, 个, 处: 云南十多座电站码头,
# the province's wharves counted), not a company's name (某地国际货柜码头有限公司: the readings name its
# place), and not 中国 (中国某某交易中心: a body of the country, as the readings take it)
_SITE_NAMED = re.compile(
    "(?:(?![的和与及在从由到至向经为是、座个处])[\u4e00-\u9fff])"
    "{2,8}?(?:码头|储配基地|转运中心|交易中心|电厂)(?!有限|股份|公司|集团)"
)


def _qualifies_park(hits: Sequence[Hit], k: int, text: str, gaz: Gazetteer) -> bool:
    """Whether mention ``k`` is a region named right before an industrial park's full
    word, and no other name right after it (重庆綦江工业园区: 綦江区 says where the park
    is), or in brackets in a site's name (:data:`_SITE_BRACKETED`), or a place abroad right
    before a centre of goods named after it (:data:`_SITE_ABROAD`)."""
    start, end = hits[k][0], hits[k][1]
    if k + 1 < len(hits) and hits[k + 1][0] == end:
        return False
    if text[start - 1 : start] in ("(", "（") and _SITE_BRACKETED.match(text, end):
        return True  # (中新(重庆)多式联运示范基地: the site's name, the place in it)
    return (
        _PARK.match(text, end) is not None
        or (_park_named(hits[k]) and _PARK_NAMED.match(text, end) is not None)
        or (_site_named(hits[k]) and _SITE_NAMED.match(text, end) is not None)
        or _site_abroad(hits, k, text, gaz)
    )


def _park_named(hit: Hit) -> bool:
    """Whether a mention may say where a park with a name of its own after it lies
    (:data:`_PARK_NAMED`): a city, a county or a district of China, not a province (贵州某某
    经济开发区: the readings name the province) nor a place abroad."""
    levels = hit[2].levels
    return bool(levels) and all(lv in ("prefecture", "county", "district", "zone") for lv in levels)


def _site_named(hit: Hit) -> bool:
    """Whether a mention may say where a site of its own name after it lies
    (:data:`_SITE_NAMED`): a division, not a facility nor 中国."""
    return hit[2].levels[:1] != ("port",) and CHINA not in hit[2].places


def _site_abroad(hits: Sequence[Hit], k: int, text: str, gaz: Gazetteer) -> bool:
    """Whether mention ``k`` is a place abroad right before a centre of goods named after
    it (阿拉木图分拨中心)."""
    # (the centre's word after the mention first: most mentions have none)
    if _SITE_ABROAD.match(text, hits[k][1]) is None:
        return False
    places = hits[k][2].places
    return bool(places) and not any(name == CHINA or gaz.in_china(name) for name in places)


def _qualifies_facility(hits: Sequence[Hit], k: int, gaz: Gazetteer, text: str) -> bool:
    """Whether mention ``k`` is a region named right before a port or station that lies in
    it (广西钦州港, 重庆涪陵黄旗港): it says where the facility is, it names no place of the
    story."""
    start, end, surface = hits[k]
    if k + 1 >= len(hits) or surface.shared:
        return False
    # (重庆江津的小南垭站: a 的 between says where it is too; not 位于渝北区的江北国际机场,
    # where the place is told as one)
    gap = hits[k + 1][0] - end
    # (北部湾港(防城港): a port, then the part of it meant, in brackets)
    bracketed = (
        gap == 1
        and text[end] in "(（"
        and surface.levels[:1] == ("port",)
        and text[hits[k + 1][1] : hits[k + 1][1] + 1] in (")", "）")
    )
    if (
        gap
        and not bracketed
        and not (
            gap == 1
            and text[end] == "的"
            and not _TOLD_WHERE.search(text, max(0, start - 44), start)
        )
    ):
        return False
    after = hits[k + 1][2]
    if after.form == "composite" or not after.places or after.levels[:1] != ("port",):
        return False
    if surface.levels[:1] == ("port",):
        # (重庆果园港鱼嘴站, 上海港的洋山深水港区, 北部湾港(防城港): a port right before a
        # part of it says where the part is, as a place does; it is read where the text
        # names it elsewhere)
        # (贵阳国际陆港都拉营站: a site, then a facility of it in its city, as 西部物流园团结村
        # 集装箱中心站 is)
        return all(says_where(gaz, name, after.places[0]) for name in surface.places)
    # (a country or a city abroad says where its port is as a province does: 越南凯莱港,
    # 韩国釜山港, 胡志明市凯莱港; but before a crossing or station named by its town alone,
    # with no facility word, it stays a region, as before the town: 波兰马拉舍维奇, as
    # 立陶宛维尔纽斯, and 莫斯科 before such a station)
    bare = not facility_word(after.text)
    return all(
        says_where(gaz, name, after.places[0])
        and gaz.places[name].level != "port"
        and not (bare and gaz.places[name].level in ("country", "city") and name != "中国")
        for name in surface.places
    )


def _qualifiers(hits: Sequence[Hit], gaz: Gazetteer, text: str) -> list[bool]:
    """Per mention, whether it only says where what follows it is: a facility or a park
    (:func:`_qualifies_facility`, :func:`_qualifies_park`), or a place that holds the
    region right after it, which itself only says so (重庆市璧山区璧山站, 福建省厦门海沧火车站:
    the province says where the district is, the district where the station is)."""
    out = [False] * len(hits)
    right_before = [False] * len(hits)  # (says where a facility is, right before it)
    for k in range(len(hits) - 1, -1, -1):
        if _qualifies_park(hits, k, text, gaz):
            out[k] = True
            # (乌兹别克斯坦塔什干分拨中心: the country says where the city is, as the city
            # where the centre is)
            right_before[k] = _site_abroad(hits, k, text, gaz) or bool(
                _site_named(hits[k]) and _SITE_NAMED.match(text, hits[k][1])
            )
            continue
        if _qualifies_facility(hits, k, gaz, text):
            out[k] = True
            right_before[k] = hits[k + 1][0] == hits[k][1]
            continue
        start, end, surface = hits[k]
        # (not before a place told with 的 before its facility, 湖北宜昌的白洋港, nor before
        # a park: the readings name those places)
        if k + 1 == len(hits) or not right_before[k + 1] or hits[k + 1][0] != end:
            continue
        after = hits[k + 1][2]
        out[k] = (
            not surface.shared
            and surface.form != "composite"
            and len(after.places) == 1
            and after.levels[:1] != ("port",)
            and surface.levels[:1] != ("port",)
            and all(says_where(gaz, name, after.places[0]) for name in surface.places)
        )
        right_before[k] = out[k]
    return out


def _record(
    cleaned: CleanedDocument,
    *,
    doc_id: str,
    path: str | None,
    gaz: Gazetteer,
    lex: Lexicon,
) -> dict:
    with gaz.one_text():  # (the facilities it names are its own: see Gazetteer.one_text)
        return _read(cleaned, doc_id=doc_id, path=path, gaz=gaz, lex=lex)


def _city_in_front(surface, places) -> str | None:
    """The city whose full name a county's is written with, where the gazetteer holds the
    two as one name (宁波市江北区, 龙岩市永定区: the county's own name is shared), else
    ``None``."""
    if len(surface.places) != 1:
        return None
    place = places[surface.places[0]]
    city = place.parent
    if (
        place.level != "county"
        or not city
        or len(surface.text) <= len(city)
        or not surface.text.startswith(city)
        or city not in places
        or places[city].level not in ("prefecture", "municipality")
    ):
        return None
    return city


def _read(
    cleaned: CleanedDocument,
    *,
    doc_id: str,
    path: str | None,
    gaz: Gazetteer,
    lex: Lexicon,
) -> dict:
    text = cleaned.text
    sentences = cleaned.sentences
    shared: list[Hit] = []  # names several places hold, that the context did not settle
    hits = scan(text, lex=lex, unresolved=shared)
    starts = [s for s, _ in sentences]
    hit_sentence = [bisect_right(starts, h[0], 1) - 1 for h in hits]  # (lo=1: never below 0)

    regions: dict[str, dict] = {}
    ports: dict[str, dict] = {}
    entries: dict[str, dict] = {}  # either kind, by name
    places = gaz.places
    qualifies = _qualifiers(hits, gaz, text)
    for k, ((start, end, surface), i) in enumerate(zip(hits, hit_sentence)):
        if surface.form == "composite":
            continue  # (成渝, 万达开 name a grouping: no place of its own; routes read them)
        if qualifies[k]:
            continue  # (广西钦州港, 江苏太仓港, 綦江工业园区: the place only says where it is)
        mention = {"surface": surface.text, "start": start, "end": end, "sentence": i}
        if surface.text == "澳洲" and text.startswith(_PARTS_OF_THE_WORLD_AFTER, end):
            continue  # (北美、澳洲等区域: the continent, a route's end, no region)
        if surface.form == "name" and surface.text in PLACE_ALIASES:
            continue  # (北部湾, 珞璜: the place the facility is at, no facility named)
        found = [(name, mention) for name in surface.places]
        city = _city_in_front(surface, places)
        if city is not None:
            # (宁波市江北区, 龙岩市永定区: the city written in front of its county names it
            # too, as in 宜宾市翠屏区, read as two names)
            found.insert(0, (city, {**mention, "surface": city, "end": start + len(city)}))
        for name, mention in found:
            entry = entries.get(name)
            if entry is None:
                place = places[name]
                if place.level == "area" or name in ZONES_NO_DIVISION:
                    continue  # (欧洲: a route's end, no region; 成都高新区: a zone, no division)
                if place.level == "port":
                    entry = ports[name] = {
                        "name": name, "kind": place.kind, "parent": place.parent,
                        "host": place.host, "derived": place.derived, "mentions": [],
                    }  # fmt: skip
                else:
                    adcode = place.code if place.code and place.code.isdigit() else None
                    entry = regions[name] = {
                        "name": name, "adcode": adcode, "kind": place.level, "mentions": []
                    }  # fmt: skip
                entries[name] = entry
            entry["mentions"].append(mention)

    # Relations read a place named with its province or city in front (越南河内, 重庆涪陵)
    # as one mention of the place itself.
    joined = join_qualified(hits, lex, text)
    if len(joined) != len(hits):
        hit_sentence = [bisect_right(starts, h[0], 1) - 1 for h in joined]
    pairings, routes, corridors = read_relations(
        doc_id, text, sentences, joined, hit_sentence, gaz, date=cleaned.date
    )
    return {
        "id": doc_id,
        "path": path,
        "title": cleaned.title,
        "date": cleaned.date,
        "outlet": cleaned.outlet,
        "encoding": cleaned.encoding,
        "script": cleaned.script,
        "cleaning": dict(cleaned.cleaning),
        "regions": list(regions.values()),
        "pairings": [
            {
                "a": p.a,
                "b": p.b,
                "relation": p.relation,
                "evidence": [e.as_dict() for e in p.evidence],
            }
            for p in pairings
        ],
        "ports": list(ports.values()),
        "routes": [
            {
                "name": r.name,
                "names": list(r.names),
                "origin": r.origin,
                "destinations": list(r.destinations),
                "via": list(r.via),
                "mode": r.mode,
                "opened": r.opened,
                "opened_year_inferred": r.opened_year_inferred,
                "corridor": r.corridor,
                "evidence": [e.as_dict() for e in r.evidence],
            }
            for r in routes
        ],
        "corridors": [
            {"name": c.name, "mode": c.mode, "evidence": [e.as_dict() for e in c.evidence]}
            for c in corridors
        ],
        "unresolved": unresolved(text, hits, shared, starts),
    }


def extract_text(text: str, *, doc_id: str = "doc", path: str | None = None) -> dict:
    """The record of an article given as text. See the module docstring for the schema."""
    return _record(clean_text(text), doc_id=doc_id, path=path, gaz=gazetteer(), lex=lexicon())


def extract_bytes(data: bytes, *, doc_id: str = "doc", path: str | None = None) -> dict:
    """The record of an article given as bytes in any common encoding.

    Raises
    ------
    geo.clean.DocumentError
        Empty, binary, truncated or undecodable input.
    """
    return _record(clean_bytes(data), doc_id=doc_id, path=path, gaz=gazetteer(), lex=lexicon())


def extract_file(path: str | os.PathLike, *, doc_id: str | None = None) -> dict:
    """Extract the records of one article file (any common encoding, HTML or text).

    Parameters
    ----------
    path : path-like
        The article.
    doc_id : str, keyword-only
        The document's id (default: the file's stem, as ``cqmap extract`` gives it).

    Raises
    ------
    cqmap.geo.errors.DocumentError
        Empty, binary, truncated or undecodable input.
    OSError
        The file cannot be read.

    Examples
    --------
    >>> import cqmap
    >>> record = cqmap.extract_file("seeds/01.txt")  # doctest: +SKIP
    >>> [p["name"] for p in record["ports"]]  # doctest: +SKIP
    """
    path = os.fspath(path)
    with open(path, "rb") as f:
        data = f.read()
    doc_id = Path(path).stem if doc_id is None else doc_id
    return extract_bytes(data, doc_id=doc_id, path=_record_path(path))


# --------------------------------------------------------------------------- many documents
# (cqmap.geo.extract_many, which imports this module: its names are imported from it when
# first asked for here, not when this module is loaded)
_MANY = frozenset({"extract_paths", "_one", "_failed", "_worker_start"})


def __getattr__(name: str):
    if name in _MANY:
        import cqmap.geo.extract_many

        return getattr(cqmap.geo.extract_many, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
