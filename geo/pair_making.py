"""Pairings made of one sentence's pattern matches.

:func:`pairs_of` makes the matches found in a sentence (:data:`cqmap.geo.pair_matching.Candidate`,
by :func:`cqmap.geo.pair_matching.candidates`) its distinct pairs, each with its pattern's
name, as the pattern says (see :mod:`cqmap.geo.pairs`): every first party with every
partner, every two of parties acting as one, or the regions in turn; first parties side by
side, and partners aided side by side, are no pair; a pattern that needs a cue takes a pair
without one only where it is a reference pair in a text of working together. A place and
a part of it are never partners (:func:`part_of`): in a list, a part named by the place
that holds it or written under it (:func:`written_under`) gives way to it, unless each is
a party of its own, and a province that only says where a group's body lies is none.
Where the patterns match is :mod:`cqmap.geo.pair_matching`; what a match makes, this module.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from itertools import combinations, product

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.lexicon import Hit
from cqmap.geo.pair_matching import Candidate
from cqmap.geo.pair_words import SELF, WE

__all__ = ["pairs_of", "part_of", "written_under"]


def pairs_of(
    found: list[Candidate],
    has_cue: bool,
    text_has_cue: bool,
    gaz: Gazetteer,
    under: Collection[str] = frozenset(),
) -> list[tuple[str, str, str]]:
    """The distinct pairs of one sentence's candidates, each with its pattern's name.

    A pattern that needs a cue takes a pair without one in its sentence only if the pair
    is a reference pair and the text speaks of working together somewhere (北碚区和巫山县
    的气温 in a weather report is no evidence of their pairing). ``under``: the regions the
    sentence writes with a place that holds them before (:func:`written_under`).
    """
    out: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    # (大渡口区、大足区分别与忠县: 大渡口区 and 大足区 are not a pair, whatever else reads them
    # so; 沙坪坝区、江津区分别与奉节县、巫山县: nor are 江津区 and 奉节县.)
    claimed: set[tuple[str, str]] = set()
    # (甘肃、重庆、广西、贵州四省区市与云南省签署: counted, they act as one party, each
    # other's partners too)
    counted = [set(firsts) for pattern, firsts, _ in found if pattern.among]
    for pattern, firsts, seconds in found:
        if pattern.co_subjects and not any(set(firsts) <= group for group in counted):
            seen.update((a, b) for a in firsts for b in firsts if a < b)
        if pattern.co_objects:  # (江苏对秭归县和云阳县、万州区开展对口支援: not a pair)
            seen.update((a, b) for a in seconds for b in seconds if a < b)
        if pattern.respective:
            members = (*firsts, *seconds)
            claimed.update((a, b) for a in members for b in members if a < b)
    # (a partner the sentence names its own parties with is theirs, not the implied
    # subject's too: 深化与遵义的合作,推动綦江、南川与遵义共建通道, read by A、B与C)
    # (but not a group acting as one, 与渝北、合川、垫江三地…: the subject's partners each)
    named = {
        p
        for pattern, firsts, seconds in found
        if not (pattern.implied or pattern.among or pattern.members)
        for p in seconds
    }
    # (parties acting as one first: 泸州市法院、永川区法院和江津区法院共同签署, every two of
    # them partners, not two told as one, 永川区和江津区, beside a third's partners)
    for pattern, firsts, seconds in sorted(found, key=lambda c: not c[0].among):
        if pattern.implied and named and not _SELF_NAMED.intersection(pattern.words):
            seconds = [b for b in seconds if b not in named]
        respective = pattern.respective
        if not respective and not pattern.among and len(firsts) + len(seconds) > 2:
            # (石柱县 visits 内江 and 内江市市中区 in one list: its partner is 内江市; but
            # parties acting as one are each a party, 达州市司法局、开江县司法局…共同组建)
            firsts, seconds = _wholes(firsts, gaz, under), _wholes(seconds, gaz, under)
        if pattern.among and len(firsts) > 2:
            firsts = _without_holding_provinces(firsts, gaz)
        if respective:
            pairs: Iterable[tuple[str, str]] = zip(firsts, seconds)
        elif pattern.among or pattern.members:
            pairs = combinations(firsts, 2)
        else:
            pairs = product(firsts, seconds)
        for a, b in pairs:
            if a == b:
                continue
            if (
                pattern.needs_cue
                and not has_cue
                and (not text_has_cue or gaz.reference_pair(a, b) is None)
            ):
                continue
            key = (a, b) if a < b else (b, a)
            if key not in seen and (respective or key not in claimed):
                seen.add(key)
                out.append((a, b, pattern.name))
    return out


# The words a text names its own place by (我区, 我们): a pattern of them names the subject,
# no guess of it
_SELF_NAMED = frozenset((*SELF, *WE))


def _without_holding_provinces(places: list[str], gaz: Gazetteer) -> list[str]:
    """``places`` of a group of parties without a province that holds another of them: it
    says where a body of the group lies (陕西省汉江流域检察分院和平利县、镇坪县检察院…, the
    body of an area of the province), no party of its own."""
    return [
        p
        for p in places
        if gaz.places[p].level != "province"
        or not any(q != p and p in gaz.ancestors(q) for q in places)
    ]


def _wholes(places: list[str], gaz: Gazetteer, under: Collection[str]) -> list[str]:
    """``places`` without those that lie in another of them, named by it (内江市, 内江市市中区:
    内江市) or written with it before its name (泸州市合江县法院, ``under``): not a part
    that is an item of its own (与达州、开江交通部门: a party each)."""
    if len(places) < 2:
        return places
    # (each name looked at once, against the places it lies in: a list of a place told
    # ten thousand times is no ten thousand squared checks)
    names = set(places)
    inside = {
        p
        for p in names
        if any(
            q != p and q in names and (p in under or p.startswith(q)) and part_of(p, q, gaz)
            for q in gaz.ancestors(p)
        )
    }
    return [p for p in places if p not in inside]


def written_under(text: str, hits: Sequence[Hit]) -> set[str]:
    """The regions of ``hits`` whose mention is written with a place before their own name
    (泸州市合江县法院, 遂宁市射洪生态环境局: the one before only says where they lie)."""
    return {
        h[2].place
        for h in hits
        if h[2].cls == "A" and h[1] - h[0] > len(h[2].text) and text.endswith(h[2].text, h[0], h[1])
    }


def part_of(part: str, whole: str, gaz: Gazetteer) -> bool:
    """Whether ``part`` lies in ``whole`` as a part of it, for pairing: not a zone in the
    district that hosts it (万盛经开区 and 綦江区, 两江新区 and 渝北区 are partners of their
    own)."""
    place = gaz.places[part]
    if place.level == "zone" and whole in (place.hosts or ()):
        return False
    return whole in gaz.ancestors(part)
