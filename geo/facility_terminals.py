"""Terminals listed before 等, each named whole with its word: terminals of their own names.

A list of terminals, each item written with 码头 (城北粮油码头、江南建材码头、东港煤炭码头等
3座码头; 岳阳洗舱站码头、常德洗舱站码头等项目), names each terminal whole, in the place its name
begins with or else in the place (or the port's place) told before the list in its
sentence; the mentions inside an item are part of its name. No item of size or kind, nor
one that holds a port or a port's area (read as that area's terminal). :func:`terminals_listed`
gives the mentions with them, for :func:`cqmap.geo.facilities.facilities` to read on.

A port's container centre by its number (第六货柜中心, 第7货柜中心: how a port of Taiwan
names its container terminals) is a terminal of the port read last before it:
:func:`centres_by_number`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_names import is_own_name
from cqmap.geo.lexicon import replaced
from cqmap.geo.vocabulary import FACILITY_WORDS

__all__ = ["centres_by_number", "terminals_listed"]


# A list of terminals before 等, each named whole with its word (城北粮油码头、江南建材码头、
# 东港煤炭码头等3座码头; 岳阳洗舱站码头、常德洗舱站码头等项目)
_TERMINALS_LISTED = re.compile(
    "(?:[\u4e00-\u9fff]{2,16}?码头(?:、|及|和)){1,12}[\u4e00-\u9fff]{2,16}?码头(?=等)"
)
_TERMINAL_JOIN = re.compile("码头(?:、|及|和)")
_SENTENCE_ENDS = "。；;!！?？\n"


def terminals_listed(text: str, raw: list, lex) -> list:
    """The mentions, with the terminals a list names each whole with its word before 等
    (:data:`_TERMINALS_LISTED`) as facilities of their own names, the mentions inside them
    dropped: each in the place its name begins with (武汉洗舱站码头), else in the place, or
    the port's, named last before the list (or in its first item) in its sentence. The first item only where it
    goes on a list begun before it (、): its start is not told otherwise; no item of kind
    or count (20万吨级码头, 在建…码头), nor one that holds a port or a port's area
    (湖口港区银砂湾作业区综合码头: the area's terminal, read so)."""
    if _TERMINALS_LISTED.search(text) is None:
        return raw  # (most texts: looked for once before the mentions are indexed)
    gaz = lex.gazetteer
    starts = [h[0] for h in raw]
    added, dropped = [], set()
    for m in _TERMINALS_LISTED.finditer(text):
        items, at = [], m.start()
        for join in _TERMINAL_JOIN.finditer(text, m.start(), m.end()):
            items.append((at, join.start() + 2))
            at = join.end()
        items.append((at, m.end()))
        lead = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        for n, (a, b) in enumerate(items):
            name = text[a:b]
            if (
                (n == 0 and text[a - 1 : a] != "、")
                or not is_own_name(name[:-2])
                or "吨" in name
                or "港" in name[:-2]
                or "作业区" in name
            ):
                continue
            lo, hi = bisect_left(starts, a), bisect_left(starts, b)
            inside = raw[lo:hi]
            if (lo and raw[lo - 1][1] > a) or any(
                h[1] > b or h[2].levels[:1] == ("port",) or h[2].shared for h in inside
            ):
                continue  # (a mention across its ends, or a port inside)
            # (the places told before the list, its first item's own among them: not an
            # item's before it, 瑞昌金丝港码头、城东…码头)
            told = [h for h in raw[bisect_left(starts, lead) : lo] if h[1] <= items[0][1]]
            if inside and inside[0][0] == a:
                host = inside[0][2].place  # (武汉洗舱站码头)
            elif told:
                last = told[-1][2]
                host = gaz.places[last.place].host if last.levels[:1] == ("port",) else last.place
            else:
                continue
            if host not in gaz.places:
                continue
            place = gaz.facility(name, FACILITY_WORDS["码头"], parent=None, host=host)
            added.append((a, b, lex.facility_surface(place, name)))
            dropped.update(range(lo, hi))
    return replaced(raw, dropped, added)


# A port's container centre by its number (高雄港第六货柜中心, 该港第7货柜中心: a port of
# Taiwan names its container terminals so)
_CENTRE_BY_NUMBER = re.compile("第(?:\\d{1,2}|[一二三四五六七八九十]{1,3})货柜中心")
# The kinds of port a terminal is a part of
_TERMINAL_PARENTS = ("sea port", "river port", "port")


def centres_by_number(text: str, raw: list, lex) -> list:
    """The container centres by their numbers (:data:`_CENTRE_BY_NUMBER`) that no mention of
    ``raw`` (sorted) covers, as mentions to insert: each a terminal of the port read last
    before it (of an area's or a terminal's port, that port), where there is one."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    for m in _CENTRE_BY_NUMBER.finditer(text):
        k = bisect_left(starts, m.start())
        if (k < len(raw) and raw[k][0] < m.end()) or (k and raw[k - 1][1] > m.start()):
            continue  # (read already)
        port = next((h[2] for h in reversed(raw[:k]) if h[2].levels[:1] == ("port",)), None)
        if port is None or port.shared or port.place not in gaz.places:
            continue
        parent = gaz.places[port.place]
        if parent.kind not in _TERMINAL_PARENTS and parent.parent in gaz.places:
            parent = gaz.places[parent.parent]
        if parent.kind not in _TERMINAL_PARENTS:
            continue
        place = gaz.facility(m.group(), FACILITY_WORDS["码头"], parent=parent.name, host=None)
        out.append((m.start(), m.end(), lex.facility_surface(place, m.group())))
    return out
