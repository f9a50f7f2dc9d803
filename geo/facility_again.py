"""Facilities named again, after a reader of :mod:`cqmap.geo.facilities` found them.

A facility read with its place or country is often written again without it: a port
abroad of its own name (俄罗斯扎鲁比诺港, then 扎鲁比诺港), a station or terminal of its
own name read after its place (新乡市塔铺火车站, then 塔铺站 or 塔铺车站), a port area as
its port, 港 for 港区 (盐城港滨海港区, then 滨海港), and a port's head alone (万州新田港,
then 新田: the port, not a county of that name elsewhere). Each is that facility again
where nothing else is read there. :func:`named_again`, :func:`own_names_again` and
:func:`areas_again` give the mentions to insert; :func:`heads_again` the mentions with the
heads taken as their facilities; :func:`own_names_retold` the mentions with a facility read
anew where an own name is written again taken as the facility of that name.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from cqmap.geo.facility_names import station_name
from cqmap.geo.places import Place
from cqmap.geo.vocabulary import DIRECTIONS, facility_word

__all__ = ["areas_again", "heads_again", "named_again", "own_names_again", "own_names_retold"]


def own_names_again(text: str, hits: list, own_names: list, lex) -> list:
    """Mentions of the facilities of their own names read after their places, ``own_names``
    (``(own, facility)``), where the text names them again without the place
    (:func:`_written_again`), outside every mention in ``hits``."""
    names = {
        again: lex.facility_surface(place, again)
        for own, place in own_names
        for again in _written_again(own)
    }
    return _found_again(text, hits, names)


def own_names_retold(text: str, hits: list, own_names: list, lex) -> list:
    """The mentions ``hits`` (sorted), where a facility read anew from a mention inside or
    around an own name of ``own_names`` written again without its place is that facility:
    舟山大浦口集装箱码头, then 大浦口集装箱码头 (not 浦口区's 浦口集装箱码头); 腾冲猴桥口岸,
    then 云南猴桥口岸 (the province says where it lies). Only a facility the text's reading
    made (not the table's) ending where the own name ends is taken so; a mention the own
    name covers is no mention of its own."""
    gaz = lex.gazetteer
    names: dict[str, Place] = {}
    for own, place in own_names:
        for again in _written_again(own):
            names.setdefault(again, place)  # (the first told, where two are alike)
    lengths = sorted({len(again) for again in names}, reverse=True)
    out, dropped = hits, set()
    for k, (start, end, surface) in enumerate(hits):
        held = gaz.places.get(surface.place) if surface.levels[:1] == ("port",) else None
        if held is None or held.curated:
            continue
        for size in lengths:  # (the longest own name written there first)
            at = end - size
            place = names.get(text[at:end]) if at >= 0 else None
            if place is None or place.name == surface.place:
                continue
            if at > start and not set(gaz.candidates(text[start:at])) & (
                {place.host} | set(gaz.ancestors(place.name))
            ):
                continue  # (before the own name: only where the facility lies)
            first, inside, j = min(start, at), [], k - 1
            while j >= 0 and hits[j][1] > first:  # (the mentions it covers, before it)
                inside.append(j)
                j -= 1
            if any(hits[j][0] < first for j in inside):
                continue  # (a mention across its start)
            if out is hits:
                out = list(hits)
            dropped.update(inside)
            out[k] = (first, end, lex.facility_surface(place, text[first:end]))
            break
    return [h for j, h in enumerate(out) if j not in dropped]


def areas_again(text: str, hits: list, lex) -> list:
    """Mentions of the port areas read in ``hits`` where the text writes them again as
    their port, 港 for 港区 (滨海港区: 滨海港), outside every mention in ``hits``; not
    before 区 or 口 (a name going on)."""
    gaz = lex.gazetteer
    areas = {
        surface.place[:-1]: lex.facility_surface(gaz.places[surface.place], surface.place[:-1])
        for _, _, surface in hits
        if surface.levels[:1] == ("port",)
        and surface.place in gaz.places
        and surface.place.endswith("港区")
        and len(surface.place) >= 4
    }
    return [
        hit
        for hit in _found_again(text, hits, areas)
        if text[hit[1] : hit[1] + 1] not in ("区", "口")
    ]


def _head(name: str) -> str:
    """A facility's name without its facility word (新田港: 新田; 东川铁路物流中心: 东川), or
    "" for a station named by its direction from a place (平湖南站: 平湖's, not 平湖 itself)."""
    word = facility_word(name)
    if word[:1] in DIRECTIONS:
        return ""
    return name[: len(name) - len(word)]


def heads_again(hits: list, lex) -> list:
    """The mentions ``hits`` with a place named by the head of a facility told before it
    taken as that facility, where the facility does not lie in the place (万州新田港…班列从
    新田出发: 新田港, not 湖南's 新田县; 兰州东川铁路物流中心…班列从东川始发: not 昆明's 东川区)."""
    gaz = lex.gazetteer
    heads: dict[str, Place] = {}
    out = hits
    for k, (start, end, surface) in enumerate(hits):
        if surface.levels[:1] == ("port",):
            place = gaz.places.get(surface.place)
            while place is not None and not place.curated and place.parent:
                # (三江港区集装箱码头: a terminal read as a part of the table's 三江港 tells
                # that port's head as well)
                place = gaz.places.get(place.parent)
            head = _head(place.name) if place is not None and place.curated else ""
            if len(head) >= 2 and place.host is not None:
                heads.setdefault(head, place)
            continue
        place = heads.get(surface.text)
        if place is None or len(surface.places) != 1:
            continue
        region = surface.places[0]
        if region == place.host or gaz.holds(region, place.host) or gaz.holds(place.host, region):
            continue  # (万州港…万州: the port's own district)
        if out is hits:
            out = list(hits)
        out[k] = (start, end, lex.facility_surface(place, surface.text))
    return out


def named_again(text: str, hits: list, read: list, lex) -> list:
    """Mentions of the ports abroad of their own names in ``read`` (read after their
    country) where the text names them again without it, outside every mention in
    ``hits``."""
    ports = {surface.text: surface for _, _, surface in read if surface.levels[:1] == ("port",)}
    return _found_again(text, hits, {n: s for n, s in ports.items() if len(n) >= 3})


def _written_again(own: str) -> tuple[str, ...]:
    """How a facility's own name may be written again: as read, and a station's with 站,
    车站 or 火车站 (塔铺火车站, 塔铺站, 塔铺车站)."""
    name = station_name(own)
    if not name.endswith("站") or name.endswith(("中心站", "货运站", "场站")):
        return tuple(dict.fromkeys((own, name)))
    stem = name[:-1]
    return tuple(dict.fromkeys((own, name, stem + "车站", stem + "火车站")))


def _found_again(text: str, hits: list, ports: dict) -> list:
    """Mentions ``(start, end, surface)`` of the names of ``ports`` (name → surface) in
    ``text``, outside every mention in ``hits``."""
    if not ports:
        return []
    spans = sorted((a, b) for a, b, _ in hits)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # (the farthest end so far)
    out = []
    for name, surface in ports.items():
        at = text.find(name)
        while at >= 0:
            k = bisect_left(starts, at + len(name))  # (the mentions starting before its end)
            if k == 0 or reach[k - 1] <= at:
                out.append((at, at + len(name), surface))
            at = text.find(name, at + len(name))
    return out
