"""Stations told by the railway line they are on.

A station's own name right after its line, the line named by the short names of its ends
(京九铁路栗木站, 邯黄铁路渤海东站, 焦柳线岩屋庙站), names that station: in the country
named right before the line (老挝米轨铁路塔纳棱站), else in China. Not a line across a
border named by its countries (中老铁路), nor a word of what a station does (铁路编组站)
or a yard (铁路西货站). :func:`stations_on_lines` gives them, read after every other
reader of :func:`cqmap.geo.facilities.facilities` (a name read already stays as read).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_names import NOT_AFTER_FACILITY, is_own_name, station_name
from cqmap.geo.vocabulary import FACILITY_WORDS

__all__ = ["STATION_KINDS", "stations_on_lines"]


# A station of its own name right after the railway line it is on, the line named by the
# short names of its ends (京九铁路栗木站, 邯黄铁路渤海东站, 焦柳线岩屋庙站)
_ON_LINE = re.compile(
    f"(?P<line>[\u4e00-\u9fff]{{2}})(?:铁路|线)(?P<own>[\u4e00-\u9fff]{{2,3}}?)(?P<w>[东西南北]?站)"
    f"{NOT_AFTER_FACILITY}"
)
# Words of what a station does, rather than its name, after a railway (铁路编组站, 铁路装车站,
# 铁路无轨站, 铁路办理站)
STATION_KINDS = (
    "编组", "装车", "卸车", "换装", "办理", "集结", "技术", "区段", "中间", "会让", "越行", "乘降",
    "途经", "沿途", "无轨",
    "终到", "始发", "停靠", "改建", "扩建",  # (始发、终到两个车站: what a station is for a run)
)  # fmt: skip


def stations_on_lines(text: str, raw: list, lex) -> list:
    """The stations named after the railway line they are on (:data:`_ON_LINE`), where no
    mention of ``raw`` (sorted) is inside the line's name or the station's, as mentions to
    insert: in the country named right before the line (老挝米轨铁路塔纳棱站), else in China.
    Not a line across a border named by its countries (中老铁路: its stations are told by
    their places), nor a station's kind (铁路编组站) or a yard (铁路西货站)."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    for m in _ON_LINE.finditer(text):
        own = m.group("own")
        if (
            m.group("line").startswith("中")
            or not is_own_name(own)
            or own.startswith(STATION_KINDS)
            or "货" in own
        ):
            continue
        k = bisect_left(starts, m.start("line"))
        if (k < len(raw) and raw[k][0] < m.end()) or (k and raw[k - 1][1] > m.start("line")):
            continue  # (a name read already, or a place's or a port's railway: 宁波舟山港铁路)
        host = "中国"
        if k and raw[k - 1][1] == m.start("line") and raw[k - 1][2].levels[:1] == ("country",):
            host = raw[k - 1][2].place  # (老挝米轨铁路塔纳棱站: a line of that country)
        name = station_name(own + m.group("w"))
        place = gaz.facility(name, FACILITY_WORDS["站"], parent=None, host=host)
        # (the mention spans the line's name too: 驶离乌将铁路准东站 leaves the station)
        surface = lex.facility_surface(place, text[m.start("line") : m.end()])
        out.append((m.start("line"), m.end(), surface))
    return out
