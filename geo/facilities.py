"""Facilities a text names that the gazetteer's table does not have.

A place, then a facility word, names a facility of that place (綦江港, 南川站, 大阪港,
昆明无水港); a facility, then a qualifier and a word for a part of it, names that part
(果园港集装箱码头, 鱼嘴站北货场; 果园港站, the port's station), and a facility, then two
characters and 作业区, an operation area of its own (广元港红岩作业区: 红岩作业区). Each is
registered with the gazetteer (:meth:`geo.gazetteer.Gazetteer.facility`) and read as a
port from then on. Not after a place's full name (万州区港口物流 is no facility), and
never the facility again (团结村火车站, 泸州港港区).
"""

from __future__ import annotations

import re

from geo.gazetteer import WATER_PORT_KINDS

__all__ = ["FACILITY_WORDS", "FACILITY_PARTS", "facilities"]

# A facility word after a place# (綦江港, 南川站, 大阪港, 昆明无水港), or a facility, a qualifier and a part of it
# (果园港集装箱码头, 鱼嘴站北货场). Each word with the kind it makes.
FACILITY_WORDS: dict[str, str] = {
    "港口": "port", "港": "port", "港区": "port area", "作业区": "port area",
    "码头": "terminal", "集装箱码头": "terminal", "铁路港": "rail hub", "国际港": "rail hub",
    "无水港": "dry port", "物流园": "dry port", "火车站": "rail station",
    "货运站": "rail station", "站": "rail station", "东站": "rail station",
    "西站": "rail station", "南站": "rail station", "北站": "rail station",
    "货场": "rail station", "口岸": "border crossing", "机场": "airport",
}  # fmt: skip
FACILITY_PARTS = (
    "集装箱",
    "件散货",
    "散货",
    "滚装",
    "多用途",
    "一期",
    "二期",
    "三期",
    "东",
    "西",
    "南",
    "北",
)
_FACILITY_WORD = "|".join(sorted(FACILITY_WORDS, key=len, reverse=True))
# (not 站在/站上: to stand; not 港务, 港航, 港城: words of their own)
_NOT_AFTER_FACILITY = "(?![在上起务航城澳])"
_AFTER_PLACE = re.compile(f"(?:{_FACILITY_WORD}){_NOT_AFTER_FACILITY}")
# After a facility: a part of it (果园港集装箱码头; 果园港站, the port's station), or an
# operation area with a name of its own (广元港红岩作业区: 红岩作业区, part of 广元港).
_AFTER_FACILITY = re.compile(
    f"(?:(?P<part>(?:{'|'.join(FACILITY_PARTS)}){{1,2}})(?P<w>码头|作业区|港区|货场|火车站|站)"
    f"|(?P<station>火车站|站)|(?P<own>[\u4e00-\u9fff]{{2}})(?P<area>作业区)){_NOT_AFTER_FACILITY}"
)
_DIVISION_ENDINGS = frozenset("区县市省州旗盟")
# The levels of place whose name, with a facility word, names a facility.
_FACILITY_HOSTS = frozenset({"district", "county", "prefecture", "municipality", "city", "country"})


def facilities(text: str, raw: list, lex) -> list:
    """The mentions ``(start, end, surface)`` of :class:`geo.matcher.Lexicon` ``lex``,
    with a place or facility that a facility word follows taken as the facility it names
    (綦江港, 果园港集装箱码头; see :data:`FACILITY_WORDS`)."""
    out = raw
    gaz = lex.gazetteer
    for i, (start, end, surface) in enumerate(raw):
        if surface.form == "composite" or surface.shared or end >= len(text):
            continue
        level = surface.levels[0] if surface.levels else None
        if level == "port":
            m = _AFTER_FACILITY.match(text, end)
            if m is None:
                continue
            port = gaz.places[surface.place]
            if m.group("station") and port.kind not in WATER_PORT_KINDS:
                continue  # (团结村火车站: the station itself)
            if m.group("own"):
                name, word = m.group(), m.group("area")  # (红岩作业区)
            else:  # (果园港集装箱码头; 北仑港站, as written where the port's name is not)
                written = surface.place if surface.text.endswith(surface.place) else surface.text
                name, word = written + m.group(), m.group("w") or m.group("station")
            kind = FACILITY_WORDS[word]
            parent, host = surface.place, None
        elif level in _FACILITY_HOSTS and surface.text[-1] not in _DIVISION_ENDINGS:
            # (a short name: 綦江港; after a full one, 万州区港口物流 is no facility)
            m = _AFTER_PLACE.match(text, end)
            if m is None or (level == "country" and m.group() != "港"):
                continue
            if i + 1 < len(raw) and raw[i + 1][0] < m.end():
                continue  # (a name of its own starts inside: 江北机场 is not 江北 + 机场)
            name, kind = surface.text + m.group(), FACILITY_WORDS[m.group()]
            parent, host = None, surface.place
        else:
            continue
        place = gaz.facility(name, kind, parent=parent, host=host)
        if out is raw:
            out = list(raw)
        out[i] = (start, m.end(), lex.facility_surface(place, text[start : m.end()]))
    return out
