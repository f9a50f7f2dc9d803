"""Places told with where they are: a place right after a place that holds it (越南河内,
重庆涪陵区, 德国的杜伊斯堡), or with it in brackets after it (岳池县（四川省广安市）), is one
mention of the inner place when relations are read (:func:`join_qualified`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cqmap.geo.gazetteer import CHINA, Gazetteer

if TYPE_CHECKING:
    from cqmap.geo.lexicon import Hit, Lexicon

__all__ = ["join_qualified", "says_where"]


def join_qualified(hits: list[Hit], lex: Lexicon, text: str = "") -> list[Hit]:
    """The mentions with each place named right after a place that holds it (越南河内,
    重庆涪陵区, 湖北宜昌枝江, 德国的杜伊斯堡), or right before one in brackets (岳池县
    （四川省广安市）), joined into one mention of the inner place."""
    out: list[Hit] = []
    gaz = lex.gazetteer
    for hit in hits:
        if out:
            p_start, p_end, previous = out[-1]
            gap = hit[0] - p_end
            if (
                (gap == 0 or (gap == 1 and text[p_end] == "的"))
                and previous.form != "composite"
                and says_where(gaz, previous.place, hit[2].place)
            ):
                out[-1] = (p_start, hit[1], hit[2])
                _aside(out, text, gaz)
                continue
        out.append(hit)
        _aside(out, text, gaz)
    return out


def _aside(out: list[Hit], text: str, gaz: Gazetteer) -> None:
    """The last mention of ``out`` joined to the one before it where it stands in brackets
    right after it and is a division that holds it (岳池县（四川省广安市）: where it is, an
    aside)."""
    if len(out) < 2:
        return
    (start, end, inner), (b_start, b_end, outer) = out[-2], out[-1]
    if (
        b_start == end + 1
        and text[end] in "(（"
        and text[b_end : b_end + 1] in (")", "）")
        and "composite" not in (inner.form, outer.form)
        and outer.place in gaz.ancestors(inner.place)
        and gaz.places[outer.place].level != "port"
    ):
        out[-2:] = [(start, b_end + 1, inner)]


def says_where(gaz: Gazetteer, outer: str, inner: str) -> bool:
    """Whether a place named right before another says where that one is: it holds it
    (湖北枝江, 越南河内), it is China and the other lies in China (中国重庆), it is a
    functional zone and the other a facility in one of the zone's districts (两江新区果园港:
    zones have no polygon, so this is as far as the gazetteer can tell), or it is a site
    and the other a facility of it in its district (西部物流园团结村集装箱中心站), or it is a
    division or a city abroad and the other a facility of its country (卡卢加州沃尔西诺站,
    胡志明市凯莱港)."""
    if outer in gaz.ancestors(inner):
        return True
    if outer == CHINA:
        return gaz.in_china(inner)
    zone, facility = gaz.places.get(outer), gaz.places.get(inner)
    if zone is None or facility is None or facility.level != "port":
        return False
    if zone.level == "port":
        # (西部物流园团结村集装箱中心站: a site, then a facility of it, in one district)
        return zone.host is not None and gaz.holds(zone.host, facility.host)
    if zone.level in ("state", "city"):
        # (罗勇府玛达普站, 卡卢加州沃尔西诺站, 胡志明市凯莱港: a division or a city abroad
        # before a facility of its country; the table places a facility abroad in its
        # country only)
        return facility.host is not None and facility.host == zone.parent
    return zone.level == "zone" and facility.host in zone.hosts
