"""Stations and border crossings told as where a run starts, passes, goes or ends.

A station's own name, two or three characters and 站, right after a word of a run leaving,
going or arriving (由白羊墅站出发, 运送至郜营站, 从阁老坝站接轨, 驶入松坝站) names that
station, though no place stands before it; so does a crossing's, two or three characters
and 口岸, after those words or one of passing (经金城口岸出境, 通过勐满口岸). Each lies in
the country of the last place abroad named before it in its sentence, else in China. Not a
word of kind or number (起点站, 火车站: :data:`cqmap.geo.facility_names.NOT_NAMES`), nor of
what a station does (编组站, 装车站), nor a yard (货站), a power station (思林电站), a word
of time (由原先站外) or of where crossings lie (经省外口岸); not where a name of the
gazetteer stands inside it, nor where the word of the run is part of a name.
:func:`facilities_of_runs` gives them, read after every other reader of
:func:`cqmap.geo.facilities.facilities` (a name read already stays as read).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_lines import STATION_KINDS
from cqmap.geo.facility_names import NOT_AFTER_FACILITY, is_own_name, station_name
from cqmap.geo.vocabulary import FACILITY_WORDS

__all__ = ["facilities_of_runs"]


# Words of a run leaving, going or arriving, that a station's own name may follow
# (由白羊墅站出发, 至郜营站, 驶入松坝站); not 在 or 经, which so often go before other
# words (在建, 经过)
_RUN_WORDS = (
    "从", "由", "至", "抵达", "到达", "驶抵", "驶入", "驶离", "驶出", "驶进", "运抵", "发往",
    "开往", "运往",
)  # fmt: skip
_OF_RUN = re.compile(
    f"(?:{'|'.join(_RUN_WORDS)})(?P<own>[\u4e00-\u9fff]{{2,3}}?)(?P<w>(?:火车|车)?[东西南北]?站){NOT_AFTER_FACILITY}"
)
# The words of passing a crossing's own name may follow as well (经金城口岸出境, 通过勐满口岸;
# 经过 and 经由 before 经, so that 过 or 由 is no part of the name)
# (not 经 of a word of its own: 经济区口岸, 经贸, 经营)
_PASSING_WORDS = ("经过", "经由", "经(?![济贸营验常费理销开典纬历])", "通过", "运到", "穿越")
_CROSSING_OF_RUN = re.compile(
    f"(?:{'|'.join((*_PASSING_WORDS, *_RUN_WORDS))})(?P<own>[\u4e00-\u9fff]{{2,3}}?)"
    f"(?P<w>(?:公路|铁路)?口岸){NOT_AFTER_FACILITY}"
)
# Words of where crossings lie rather than their names (经省外口岸, 通过境外口岸)
# (经两地口岸, 通过国家口岸: crossings of the two places, the country's; 通过公路口岸, 经水运
# 口岸, 对方口岸: crossings by the way they carry, or by the side they are on)
_WHERE_CROSSINGS_LIE = (
    "省外", "省内", "区外", "区内", "境外", "国外", "沿边", "双边", "周边", "两地", "各地", "多地",
    "国家", "全国", "本地", "公路", "水运", "海运", "空运", "陆运", "陆地", "水路", "航运", "对方",
    "我方", "双方", "本国", "邻国", "边民", "互市",
)  # fmt: skip
# Words of time that may stand where a name would (由原先站外通关: before, outside the station)
_OF_TIME = ("原先", "原来", "原本", "此前", "之前", "以前", "目前", "现在")
# The last characters of a name that make a word with 站 of no freight station (思林电站, a
# power station; 泵站, 加油站, 兵站, 边检站; 装车站, a loading station; 汽车站, a bus station)
_NOT_STATION_ENDS = frozenset("电泵基油气兵驿粮检哨装卸汽")
# Where a sentence ends, for the place abroad a station's sentence names before it
_SENTENCE_END = re.compile("[。!?！？\n]")


def facilities_of_runs(text: str, raw: list, lex) -> list:
    """The stations and crossings of their own names told right after a word of a run
    (:data:`_OF_RUN`, :data:`_CROSSING_OF_RUN`), where no mention of ``raw`` (sorted)
    covers the word or the name, as mentions to insert: in the country of the last place
    abroad named before it in its sentence, else in China."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    found = [*_OF_RUN.finditer(text)]
    if "口岸" in text:
        found = sorted([*found, *_CROSSING_OF_RUN.finditer(text)], key=lambda m: m.start())
    for m in found:
        own = m.group("own")
        if (
            not is_own_name(own)
            or own.startswith((*STATION_KINDS, *_OF_TIME, *_WHERE_CROSSINGS_LIE))
            or own[-1] in _NOT_STATION_ENDS
            or "货" in own
        ):
            continue
        if m.group("w").endswith("口岸") and _shortens_a_crossing(own, gaz):
            continue  # (二连口岸: 二连浩特's, by its short name)
        k = bisect_left(starts, m.start())
        if (k < len(raw) and raw[k][0] < m.end()) or (k and raw[k - 1][1] > m.start()):
            continue  # (a name read already inside, or the word inside a name: 东至站)
        host = "中国"
        stop = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        for j in range(k - 1, -1, -1):
            if raw[j][0] < stop:
                break
            place = raw[j][2].place
            if place in gaz.places and not gaz.in_china(place):
                # (从哈萨克斯坦某某站出发: a station of that country)
                held = (place, *sorted(gaz.ancestors(place)))
                host = next((a for a in held if gaz.places[a].level == "country"), host)
                break
        word = m.group("w")
        name = station_name(own + word)
        kind = FACILITY_WORDS["口岸" if word.endswith("口岸") else "站"]
        place = gaz.facility(name, kind, parent=None, host=host)
        surface = lex.facility_surface(place, text[m.start("own") : m.end()])
        out.append((m.start("own"), m.end(), surface))
    return out


def _shortens_a_crossing(own: str, gaz) -> bool:
    """Whether ``own`` begins the name of a border crossing of the table, or one of its
    names (二连 of 二连浩特): a short name of that crossing, not one of its own."""
    return any(
        name.startswith(own)
        for place in gaz.places.values()
        if place.level == "port" and place.kind == "border crossing" and place.curated
        for name in (place.name, *place.aliases)
    )
