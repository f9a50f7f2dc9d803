"""Sentences as skeletons: every place mention replaced by one private-use character.

Patterns over a sentence's structure, rather than its words, are written over its
skeleton: ``两江新区产业促进局与万州区发展改革委共同推动`` becomes
``<A>产业促进局与<A>发展改革委共同推动``. Token classes: ``A`` regions that can pair
(districts, functional zones, prefectures, counties, new areas, provinces), ``P`` ports
and hubs, ``B`` everything else (countries, foreign cities, composites such as 沪渝).
The ``i``-th mention of a sentence is its class's ``i``-th character, so a token tells
which mention it stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from cqmap.geo.lexicon import Hit, Surface

__all__ = [
    "A",
    "P",
    "B",
    "ANY",
    "NOT_A",
    "MAX_QUOTE",
    "Evidence",
    "Sentence",
    "quote",
    "skeleton",
    "places_in",
    "surfaces_in",
    "is_token",
]

_A0, _P0, _B0 = 0xE000, 0xE800, 0xEC00
A = "[\ue000-\ue7ff]"
P = "[\ue800-\uebff]"
B = "[\uec00-\uefff]"
ANY = "[\ue000-\uefff]"
NOT_A = "[^\ue000-\ue7ff]"
_BASE = {"A": _A0, "P": _P0, "B": _B0}


def is_token(c: str) -> bool:
    """Whether a skeleton character stands for a mention (of any class)."""
    return "\ue000" <= c <= "\uefff"


# The characters of a sentence an evidence quote keeps: a longer sentence (a list of
# hundreds of places, text without punctuation) is cut around the first mention the
# record rests on, so that records grow with the evidence, not with sentence length x
# readings. ``start``/``end`` still give the whole sentence.
MAX_QUOTE = 400


def quote(text: str, start: int, end: int, hits: Sequence[Hit], places: set[str]) -> str:
    """The sentence ``text[start:end]``, cut to :data:`MAX_QUOTE` characters around the
    first of ``hits`` naming one of ``places`` (its start when none does), with ``…``
    where it is cut."""
    if end - start <= MAX_QUOTE:
        return text[start:end]
    first = next((h for h, _, s in hits if s.place in places), start)
    lo = max(start, first - MAX_QUOTE // 4)
    hi = min(end, lo + MAX_QUOTE)
    lo = max(start, hi - MAX_QUOTE)
    return ("…" if lo > start else "") + text[lo:hi] + ("…" if hi < end else "")


class Evidence(NamedTuple):
    """Where a relation was read: a sentence of a document and the rule that fired."""

    document: str
    sentence: int
    start: int
    end: int
    quote: str
    pattern: str

    def as_dict(self) -> dict:
        """The record's evidence (:class:`cqmap.geo.schema.Evidence`, the same fields)."""
        return self._asdict()


_TOKEN = re.compile(ANY)  # the private-use characters tokens are written with
_ORDINARY = "\uf8ff"  # a private-use character outside them: in no pattern's class


def skeleton(text: str, start: int, end: int, hits: Sequence[Hit]) -> str:
    """``text[start:end]`` with the ``i``-th of ``hits`` replaced by its class's ``i``-th
    private-use character."""
    parts: list[str] = []
    pos = start
    for i, (h_start, h_end, surface) in enumerate(hits):
        parts.append(text[pos:h_start])
        parts.append(chr(_BASE[surface.cls] + i))
        pos = h_end
    parts.append(text[pos:end])
    return "".join(parts)


class Sentence:
    """A sentence with its mentions replaced by one private-use character each.

    ``hits`` are ``(start, end, surface)`` triples (see :func:`cqmap.geo.matcher.scan`).
    """

    __slots__ = ("start", "end", "hits", "skeleton", "_pos", "_classes")

    def __init__(self, text: str, start: int, end: int, hits: Sequence[Hit]):
        self.start, self.end, self.hits = start, end, hits
        self.skeleton = skeleton(text, start, end, hits)
        pos_map: list[tuple[int, int]] = []  # (skeleton index of token, text offset)
        shift = start  # text offset minus skeleton index, before the next token
        for h_start, h_end, _ in hits:
            pos_map.append((h_start - shift, h_start))
            shift += h_end - h_start - 1
        self._pos = pos_map
        self._classes: dict[str, list[str]] | None = None

    def hit(self, ch: str) -> Hit:
        code = ord(ch)
        base = _B0 if code >= _B0 else _P0 if code >= _P0 else _A0
        return self.hits[code - base]

    def place(self, ch: str) -> str:
        return self.hit(ch)[2].places[0]

    def places_in(self, fragment: str, cls: str | None = None) -> list[str]:
        return places_in(self.hits, fragment, cls)

    def of_class(self, cls: str) -> list[str]:
        """The places of the sentence's mentions of class ``cls`` (found once)."""
        if self._classes is None:
            self._classes = {}
            for _, _, s in self.hits:
                self._classes.setdefault(s.cls, []).append(s.places[0])
        return self._classes.get(cls, [])

    def text_offset(self, k: int) -> int:
        """Text offset of skeleton index ``k`` (a token stands for its whole mention)."""
        j = bisect_right(self._pos, (k, float("inf"))) - 1
        if j < 0:
            return self.start + k
        k_token, t_start = self._pos[j]
        if k_token == k:
            return t_start
        return self.hits[j][1] + (k - k_token - 1)

    def text_span(self, k_start: int, k_end: int) -> tuple[int, int]:
        """Text offsets of the skeleton span ``[k_start, k_end)``."""
        return self.text_offset(k_start), self.text_offset(k_end - 1) + (
            self.hits[bisect_right(self._pos, (k_end - 1, float("inf"))) - 1][1]
            - self.text_offset(k_end - 1)
            if 0xE000 <= ord(self.skeleton[k_end - 1]) <= 0xEFFF
            else 1
        )


def places_in(hits: Sequence[Hit], fragment: str, cls: str | None = None) -> list[str]:
    """The places of the tokens in a skeleton ``fragment`` (of class ``cls`` if given)."""
    return [s.place for s in surfaces_in(hits, fragment) if cls is None or s.cls == cls]


def surfaces_in(hits: Sequence[Hit], fragment: str) -> list[Surface]:
    """What the tokens in a skeleton ``fragment`` stand for, in order."""
    out = []
    for ch in fragment if len(fragment) == 1 else _TOKEN.findall(fragment):
        code = ord(ch)
        if 0xE000 <= code <= 0xEFFF:
            out.append(hits[code - (_B0 if code >= _B0 else _P0 if code >= _P0 else _A0)][2])
    return out
