"""Stations told as where a run starts, goes or ends.

A station's own name, two or three characters and 站, right after a word of a run leaving,
going or arriving (由白羊墅站出发, 运送至郜营站, 从阁老坝站接轨, 驶入松坝站) names that
station, though no place stands before it: in the country of the last place abroad named
before it in its sentence, else in China. Not a word of kind or number (起点站, 火车站:
:data:`cqmap.geo.facility_names.NOT_NAMES`), nor of what a station does (编组站, 装车站),
nor a yard (货站), nor a power station (思林电站) or a word of time (由原先站外); not where a name of the gazetteer stands inside it, nor where the word
of the run is part of a name. :func:`stations_of_runs` gives them, read after every other
reader of :func:`cqmap.geo.facilities.facilities` (a name read already stays as read).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_lines import STATION_KINDS
from cqmap.geo.facility_names import NOT_AFTER_FACILITY, is_own_name, station_name
from cqmap.geo.vocabulary import FACILITY_WORDS

__all__ = ["stations_of_runs"]


# Words of a run leaving, going or arriving, that a station's own name may follow
# (由白羊墅站出发, 至郜营站, 驶入松坝站); not 在 or 经, which so often go before other
# words (在建, 经过)
_RUN_WORDS = (
    "从", "由", "至", "抵达", "到达", "驶抵", "驶入", "驶离", "运抵", "发往", "开往", "运往",
)  # fmt: skip
_OF_RUN = re.compile(
    f"(?:{'|'.join(_RUN_WORDS)})(?P<own>[\u4e00-\u9fff]{{2,3}}?)(?P<w>[东西南北]?站){NOT_AFTER_FACILITY}"
)
# Words of time that may stand where a name would (由原先站外通关: before, outside the station)
_OF_TIME = ("原先", "原来", "原本", "此前", "之前", "以前", "目前", "现在")
# The last characters of a name that make a word with 站 of no freight station (思林电站, a
# power station; 泵站, 加油站, 兵站, 边检站)
_NOT_STATION_ENDS = frozenset("电泵基油气兵驿粮检哨")
# Where a sentence ends, for the place abroad a station's sentence names before it
_SENTENCE_END = re.compile("[。!?！？\n]")


def stations_of_runs(text: str, raw: list, lex) -> list:
    """The stations of their own names told right after a word of a run (:data:`_OF_RUN`),
    where no mention of ``raw`` (sorted) covers the word or the name, as mentions to
    insert: in the country of the last place abroad named before it in its sentence,
    else in China."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    for m in _OF_RUN.finditer(text):
        own = m.group("own")
        if (
            not is_own_name(own)
            or own.startswith((*STATION_KINDS, *_OF_TIME))
            or own[-1] in _NOT_STATION_ENDS
            or "货" in own
        ):
            continue
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
        name = station_name(own + m.group("w"))
        place = gaz.facility(name, FACILITY_WORDS["站"], parent=None, host=host)
        surface = lex.facility_surface(place, text[m.start("own") : m.end()])
        out.append((m.start("own"), m.end(), surface))
    return out
