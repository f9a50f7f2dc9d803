"""Relations between places, read sentence by sentence: pairings and freight routes.

Each sentence with place mentions is read through its *skeleton* (:mod:`cqmap.geo.skeleton`),
every mention one character that says what kind of place it is. The forms are tables:
pair patterns in :mod:`cqmap.geo.pairs`, route forms in :mod:`cqmap.geo.route_forms`; each entry has a
name that the evidence records, so that every relation says why it was read.

This module reads a document: which sentences to read for pairs (two regions, or one
and the paragraph's or document's subject) and for routes (a word of transport), in one
pass over its sentences; then, in a second, each sentence's pairs
(:class:`cqmap.geo.pair_document.DocumentPairs`: the pairs continued by ``双方``/``两地``,
the orientation and relation of each pair) and its routes
(:class:`cqmap.geo.route_story.RouteStory`: the routes told over several sentences, the
corridors named without a route and the routes' opening dates).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from cqmap.geo.clean.chrome import table_cells
from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.lexicon import Hit
from cqmap.geo.opening_text import paragraph_start
from cqmap.geo.pair_document import (
    COOP,
    DocumentPairs,
    Pairing,
    SentenceToRead,
    without_companies,
)
from cqmap.geo.pair_matching import Todo, candidates, partners_named_together
from cqmap.geo.pair_words import CONTINUATION_CUES, SELF
from cqmap.geo.pairs import PAIR_PATTERNS
from cqmap.geo.route_movement_words import WAYS_NAME
from cqmap.geo.route_pieces import DASH
from cqmap.geo.route_services import ROUTE_HINTS
from cqmap.geo.route_story import RouteStory
from cqmap.geo.route_types import CorridorMention, Route
from cqmap.geo.skeleton import _ORDINARY, _TOKEN, Evidence

__all__ = ["Evidence", "Pairing", "read_relations"]

# Between the places a railway or a road is named by (昭通—遵义—黔江铁路, 重庆至城口高速公路)
_WAYS_LINK = re.compile(f"{DASH}+|至|到")


def _in_ways_names(text: str, hits: Sequence[Hit]) -> set[int]:
    """The starts of the mentions that are among the places a railway or a road is named
    by (昭通—遵义—黔江铁路: 黔江 names the railway, and is no party of the text): each
    linked to the next by a dash or 至, up to one the way's word follows. One pass from
    the last, so that a long chain of places stays linear."""
    out: set[int] = set()
    names_a_way = False  # (whether the mention after the one looked at is in a way's name)
    for k in range(len(hits) - 1, -1, -1):
        end = hits[k][1]
        if WAYS_NAME.match(text, end):
            names_a_way = True
        else:
            link = _WAYS_LINK.match(text, end)
            names_a_way = (
                names_a_way
                and link is not None
                and k + 1 < len(hits)
                and hits[k + 1][0] == link.end()
            )
        if names_a_way:
            out.add(hits[k][0])
    return out


# --------------------------------------------------------------------------- skeletons
_FINAL = tuple("。！？!?；;…")
_CONTINUATION = re.compile("|".join(CONTINUATION_CUES))
# A row of a table a page pasted (渝中区 | 城口县 |, :func:`table_cells`): its cue is the
# table's caption, the lines right above its first row
_CAPTION_LINES = 2


def _table_caption(text: str, s_start: int, s_end: int) -> int | None:
    """Where the caption of the table whose row ``text[s_start:s_end]`` is starts: the
    lines above its first row; None where the sentence is no such row."""
    if "|" not in text[s_start:s_end] or not table_cells(text[s_start:s_end].strip()):
        return None
    start = text.rfind("\n", 0, s_start) + 1
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not table_cells(text[above : start - 1].strip()):
            break
        start = above
    for _ in range(_CAPTION_LINES):
        if start > 0:
            start = text.rfind("\n", 0, start - 1) + 1
    return start


# The words of the patterns whose first party is implied (与B, B对口支援我县, B来到我县考察 …)
_IMPLIED_HINT = re.compile("|".join(p.hint.pattern for p in PAIR_PATTERNS if p.implied))
# The words of the patterns that read a pair without a cue (A·B, 研发在A…, A携手B …)
_CUELESS_HINT = re.compile("|".join(p.hint.pattern for p in PAIR_PATTERNS if not p.needs_cue))
ROUTE_HINT = re.compile("|".join(ROUTE_HINTS))
# Route hints and continuation cues in one pass. The two word lists share no character,
# so no match of one can hide a match of the other: the same matches as two passes. (No
# group: an alternation of plain words keeps the engine's scan for their first characters.)
_CUES = re.compile(f"{ROUTE_HINT.pattern}|{_CONTINUATION.pattern}")
_CONTINUATION_FIRST = frozenset(cue[0] for cue in CONTINUATION_CUES)
assert set("".join(CONTINUATION_CUES)).isdisjoint(ROUTE_HINT.pattern)


# --------------------------------------------------------------------------- reading
def read_relations(
    doc_id: str,
    text: str,
    sentences: Sequence[tuple[int, int]],
    hits: Sequence[Hit],
    hit_sentence: Sequence[int],
    gaz: Gazetteer,
    *,
    date: str | None = None,
) -> tuple[list[Pairing], list[Route], list[CorridorMention]]:
    """Pairings, routes and corridors named without a route, of one document, with
    evidence, in a deterministic order.

    Parameters
    ----------
    hits, hit_sentence
        The mentions (:func:`cqmap.geo.matcher.scan`) and the index of the sentence of each.
    date
        The document's date (its routes' opening dates take their month and year from it
        where the text gives none).
    """
    starts = [s for s, _ in sentences]
    route_sentences: set[int] = set()
    continuation_sentences: set[int] = set()
    for m in _CUES.finditer(text):
        i = bisect_right(starts, m.start(), 1) - 1  # (lo=1: never below 0)
        if text[m.start()] in _CONTINUATION_FIRST:
            continuation_sentences.add(i)
        else:
            route_sentences.add(i)
    plan, todo = _plan(
        text, sentences, hits, hit_sentence, route_sentences | continuation_sentences, gaz
    )
    # Skeletons stand for mentions with private-use characters: any of the text's own
    # become an ordinary character there (same length), or they would read as mentions.
    plain = _TOKEN.sub(_ORDINARY, text) if _TOKEN.search(text) else text
    pairs = DocumentPairs(
        doc_id,
        text,
        plain,
        sentences,
        found=candidates(plain, todo) if todo else {},
        continuation_sentences=continuation_sentences,
        gaz=gaz,
    )
    story = RouteStory(doc_id, text, plain, gaz)
    # Second pass, in order: pairs (and pairs continued by 双方/两地), routes.
    for s in plan:
        pairs.read(s)
        story.read(
            s.index,
            s.start,
            s.end,
            s.paragraph,
            s.hits,
            has_route_word=s.index in route_sentences,
            port=s.port,
        )
    routes, named_corridors = story.finish(sentences, date=date)
    return pairs.finish(), routes, named_corridors


def _plan(
    text: str,
    sentences: Sequence[tuple[int, int]],
    hits: Sequence[Hit],
    hit_sentence: Sequence[int],
    cued: set[int],
    gaz: Gazetteer,
) -> tuple[list[SentenceToRead], list[Todo]]:
    """The first pass, in order: each sentence's paragraph, regions and subject. Returns
    the sentences to read (those with mentions, and the ``cued`` ones) and those of them to
    match the pair patterns in: two regions, or one and the paragraph's or document's
    subject, with a cue or a pattern that needs none."""
    # The mentions by sentence, and the document's subject: the Chongqing unit with the
    # most mentions (ties: the first seen, as dicts keep order); or the page's own place
    # when it is written from the other side (:func:`_own_place_abroad`).
    by_sentence: dict[int, list[Hit]] = {}
    for h, i in zip(hits, hit_sentence):
        group = by_sentence.get(i)
        if group is None:
            by_sentence[i] = [h]
        else:
            group.append(h)
    # (a place a railway or a road is named by is no subject: 昭通—遵义—黔江铁路)
    ways_names = _in_ways_names(text, hits)
    counts: dict[str, int] = {}
    for h in hits:
        if h[2].unit and h[0] not in ways_names:
            counts[h[2].place] = counts.get(h[2].place, 0) + 1
    doc_subject = max(counts, key=counts.__getitem__) if counts else None
    own = _own_place_abroad(hits, ways_names, counts[doc_subject] if doc_subject else 0)
    if own is not None:
        doc_subject = own
    subjects: dict[int, str] = {}  # paragraph -> its first Chongqing unit
    plan: list[SentenceToRead] = []
    todo: list[Todo] = []
    paragraph = 0  # the number of line breaks before the sentence
    counted = 0
    for i in sorted(by_sentence.keys() | cued):
        s_start, s_end = sentences[i]
        at = paragraph_start(text, s_start, s_end)
        paragraph += text.count("\n", counted, at)
        counted = at
        sentence_hits = by_sentence.get(i, ())
        prior = subjects.get(paragraph)  # (the sentences before in the paragraph)
        regions: set[str] = set()
        port = None
        for start, end, surface in sentence_hits:
            if surface.cls == "A":
                regions.add(surface.place)
                if (
                    surface.unit
                    and own is None
                    and paragraph not in subjects
                    and start not in ways_names
                ):
                    subjects[paragraph] = surface.place
            elif surface.cls == "P":
                port = surface.place
            elif partners_named_together(surface, text, end):
                regions.update(surface.places)  # (万达开, 渝黔两省市签署: partners named together)
        has_cue = False
        if regions:
            subject = subjects.get(paragraph, doc_subject)
            if subject is None and sentence_hits and sentence_hits[0][2].cls == "A":
                # (贵州加快建设开放通道;与重庆市深化合作: a sentence that opens with a
                # region, in a text with no subject of its own, is that region's)
                if not text[s_start : sentence_hits[0][0]].strip():
                    subject = sentence_hits[0][2].place
            if len(regions) == 1 and subject in regions:
                # 我区与城口县… opening a paragraph: its only region is the partner, and the
                # subject is the paragraph's before it, or else the document's
                subject = prior or doc_subject
            if (
                own is None
                and subject in regions
                and _named_with_self(text, s_start, s_end, sentence_hits, subject)
            ):
                subject = _self_besides(counts, regions)
            if len(regions) >= 2 or (
                subject and subject not in regions and _IMPLIED_HINT.search(text, s_start, s_end)
            ):
                # a sentence cut by a line break (no final punctuation) reads on into the next
                context_end = s_end
                if not text.endswith(_FINAL, s_start, s_end) and i + 1 < len(sentences):
                    context_end = sentences[i + 1][1]
                caption = _table_caption(text, s_start, s_end)
                cue_from = s_start if caption is None else caption
                has_cue = COOP.search(text, cue_from, context_end) is not None
                # (a sentence without a cue can only be read by a pattern that needs none,
                # and then by its words, or for a reference pair: it is left out otherwise)
                explicit = len(regions) >= 2 and (
                    has_cue
                    or _CUELESS_HINT.search(text, s_start, s_end) is not None
                    or _has_reference_pair(regions, gaz)
                )
                implied = (
                    subject is not None
                    and has_cue
                    and not (len(regions) == 1 and subject in regions)
                )
                if explicit or implied:
                    parties = without_companies(text, sentence_hits)
                    todo.append(
                        (i, s_start, s_end, parties, explicit, subject if implied else None)
                    )
        plan.append(SentenceToRead(i, s_start, s_end, paragraph, sentence_hits, has_cue, port))
    return plan, todo


# The words of a text naming its own place (我区与…, 与我县…: :data:`pair_words.SELF`; not
# inside 日本市场 or 本区域), and the marks a clause ends at
_SELF_WORD = re.compile(f"(?<!日)(?:{'|'.join(SELF)})(?![域场])")
_CLAUSE_END = re.compile("[，,；;：:]")


def _named_with_self(
    text: str, s_start: int, s_end: int, hits: Sequence[Hit], subject: str
) -> bool:
    """Whether the sentence names ``subject`` in the clause where the text names its own
    place after it (重庆市某区某校、四川省某县某校与我区某校共同组建: the first district is one
    of the partners joined to 我区, no 我区 itself)."""
    m = _SELF_WORD.search(text, s_start, s_end)
    if m is None:
        return False
    clause = max((c.end() for c in _CLAUSE_END.finditer(text, s_start, m.start())), default=s_start)
    return any(h[2].place == subject and clause <= h[0] < m.start() for h in hits)


def _self_besides(counts: dict[str, int], named: set[str]) -> str | None:
    """The text's own place where the subject found is among the partners it names with
    itself: the Chongqing unit the text names most besides the sentence's (its officials
    told elsewhere: 梁平区教委负责人主持), or None."""
    others = {place: n for place, n in counts.items() if place not in named}
    return max(others, key=others.__getitem__) if others else None


# A page written from the other side (遵义's plan: …深化与綦江、江津合作) is its own
# place's: the region it names first, when it names it again and again, at least twice
# as often as any Chongqing unit (a Chongqing unit's page names the partner it visits
# often, but itself first: 巫山县考察团赴巴东…)
_OWN_PLACE_TIMES = 3
_OWN_PLACE_RATIO = 2


def _own_place_abroad(hits: Sequence[Hit], ways_names: set[int], most: int) -> str | None:
    """The page's own place outside Chongqing's units, or None: the first region it
    names, not one of Chongqing's units, named at least :data:`_OWN_PLACE_TIMES` times
    and :data:`_OWN_PLACE_RATIO` times as often as the unit named most (``most``)."""
    first = next((h[2] for h in hits if h[2].cls == "A" and h[0] not in ways_names), None)
    if first is None or first.unit:
        return None
    times = sum(1 for h in hits if h[2].place == first.place and h[0] not in ways_names)
    if times >= _OWN_PLACE_TIMES and times >= _OWN_PLACE_RATIO * most:
        return first.place
    return None


def _has_reference_pair(regions: set[str], gaz: Gazetteer) -> bool:
    return any(gaz.reference_pair(a, b) for a in regions for b in regions if a < b)
