"""Relations between places, read sentence by sentence: pairings and freight routes.

Each sentence with place mentions is read through its *skeleton* (:mod:`cqmap.geo.skeleton`),
every mention one character that says what kind of place it is. The forms are tables:
pair patterns in :mod:`cqmap.geo.pairs`, route forms in :mod:`cqmap.geo.route_forms`; each entry has a
name that the evidence records, so that every relation says why it was read.

This module reads a document: which sentences to read for pairs (two regions, or one
and the paragraph's or document's subject) and for routes (a word of transport), the
pairs ``双方``/``两地`` continue from the sentences before (or ``两地`` pairs the two places
the sentence before names), and the orientation and relation of each pair. The routes
told over several sentences, the corridors named without a route and the routes' opening
dates are :class:`cqmap.geo.route_story.RouteStory`'s.

A pairing joins two regions one of which is in Chongqing (a district, a zone or the
municipality), never a place and a part of it. It is ``official`` when it is a reference
pairing, or when it joins the 一区 with the 两群 in a 对口/结对/帮扶/一区两群 context;
``cooperation`` otherwise. A region that names a company (京东方重庆公司) is no party.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from cqmap.geo.clean.chrome import table_cells
from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.matcher import Hit
from cqmap.geo.opening_text import paragraph_start
from cqmap.geo.pair_matching import (
    Todo,
    candidates,
    groups_acting,
    members_counted,
    members_listed,
    members_named,
    pairs_of,
    part_of,
    partners_named_together,
)
from cqmap.geo.pair_words import (
    A_WAY_BETWEEN,
    CONTINUATION_CUES,
    COOP_CUES,
    OFFICIAL_CUES,
    ORG,
)
from cqmap.geo.pairs import PAIR_PATTERNS
from cqmap.geo.route_story import RouteStory
from cqmap.geo.route_words import DASH, ROUTE_HINTS, WAYS_NAME
from cqmap.geo.routes import CorridorMention, Route
from cqmap.geo.skeleton import _ORDINARY, _TOKEN, Evidence, places_in, quote, skeleton
from cqmap.geo.vocabulary import COMPANY_WORDS

__all__ = ["Evidence", "Pairing", "read_relations"]

CHONGQING = {"district", "zone"}

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


MUNICIPALITY = "重庆市"


# --------------------------------------------------------------------------- records
@dataclass
class Pairing:
    a: str
    b: str
    relation: str
    evidence: list[Evidence] = field(default_factory=list)


# --------------------------------------------------------------------------- skeletons
_FINAL = tuple("。！？!?；;…")
_CONTINUATION = re.compile("|".join(CONTINUATION_CUES))
# (not a cue quoted as a name: 围绕“两点”定位、“两地”“两高”目标 is a slogan)
_CUE_WORDS = "|".join(CONTINUATION_CUES)
# (nor the two places a way or a service runs between: 两地间还没有直达客运班车)
_CONTINUATION_SKELETON = re.compile(
    f"(?<![\ue000-\uefff])(?:(?<!“)(?:{_CUE_WORDS})|(?:{_CUE_WORDS})(?!”))(?!{A_WAY_BETWEEN})"
)
# Two places told as one in a sentence (江津、綦江两地): its cue further on is theirs
_TWO_TOLD_HERE = re.compile(f"[\ue000-\ue7ff][、和与及][\ue000-\ue7ff](?:{_CUE_WORDS})")
_COOP = re.compile("|".join(COOP_CUES))
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


_OFFICIAL = re.compile("|".join(OFFICIAL_CUES))
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
    # The mentions by sentence, and the document's subject: the Chongqing unit with the
    # most mentions (ties: the first seen, as dicts keep order).
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
    starts = [s for s, _ in sentences]
    route_sentences: set[int] = set()
    continuation_sentences: set[int] = set()
    for m in _CUES.finditer(text):
        i = bisect_right(starts, m.start(), 1) - 1  # (lo=1: never below 0)
        if text[m.start()] in _CONTINUATION_FIRST:
            continuation_sentences.add(i)
        else:
            route_sentences.add(i)
    # Whether the text is about pairing (对口, 结对, ...): looked up when first needed.
    about_pairing: list[bool] = []

    # First pass, in order: each sentence's paragraph, regions and subject; which to read.
    subjects: dict[int, str] = {}  # paragraph -> its first Chongqing unit
    # Sentences the second pass looks at: (index, start, end, paragraph, mentions, has_cue,
    # the last port named in it or None).
    plan: list[tuple[int, int, int, int, Sequence[Hit], bool, str | None]] = []
    todo: list[Todo] = []
    paragraph = 0  # the number of line breaks before the sentence
    counted = 0
    for i in sorted(by_sentence.keys() | route_sentences | continuation_sentences):
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
                if surface.unit and paragraph not in subjects and start not in ways_names:
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
            if len(regions) >= 2 or (
                subject and subject not in regions and _IMPLIED_HINT.search(text, s_start, s_end)
            ):
                # a sentence cut by a line break (no final punctuation) reads on into the next
                context_end = s_end
                if not text.endswith(_FINAL, s_start, s_end) and i + 1 < len(sentences):
                    context_end = sentences[i + 1][1]
                caption = _table_caption(text, s_start, s_end)
                cue_from = s_start if caption is None else caption
                has_cue = _COOP.search(text, cue_from, context_end) is not None
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
                    parties = _without_companies(text, sentence_hits)
                    todo.append(
                        (i, s_start, s_end, parties, explicit, subject if implied else None)
                    )
        plan.append((i, s_start, s_end, paragraph, sentence_hits, has_cue, port))
    # Skeletons stand for mentions with private-use characters: any of the text's own
    # become an ordinary character there (same length), or they would read as mentions.
    plain = _TOKEN.sub(_ORDINARY, text) if _TOKEN.search(text) else text
    found = candidates(plain, todo) if todo else {}
    text_has_cue = bool(found) and _COOP.search(text) is not None

    # Second pass, in order: pairs (and pairs continued by 双方/两地), routes.
    pairings: dict[tuple[str, str], Pairing] = {}
    story = RouteStory(doc_id, text, plain, gaz)
    last_pair: tuple[tuple[str, str], int] | None = None
    # the two regions of a sentence that names exactly two (山东聊城…;重庆彭水…), and its
    # number: 两地 in the next sentence, on working together, pairs them
    two_before: tuple[tuple[str, str], int] | None = None
    one_before: tuple[str, int] | None = None  # (the one region a sentence names, and it)
    # groups of places counted told acting as one: the counts told within three sentences
    # of each sentence
    counted_near: dict[int, set[int]] = {}
    for at, n in groups_acting(text):
        j = bisect_right(starts, at, 1) - 1
        for k in range(j - 3, j + 4):
            counted_near.setdefault(k, set()).add(n)

    def cite(places: set[str], pattern: str) -> Evidence:
        """The evidence of the sentence being read (``i``, below), quoted around ``places``."""
        return Evidence(
            doc_id, i, s_start, s_end, quote(text, s_start, s_end, sentence_hits, places), pattern
        )

    for i, s_start, s_end, paragraph, sentence_hits, has_cue, port in plan:
        read = pairs_of(found[i], has_cue, text_has_cue, gaz) if i in found else []
        if len(read) > 2:
            read = _without_co_recipients(read)
        if (
            not read
            and last_pair
            and i in continuation_sentences
            and (i - last_pair[1] <= 3 or s_start - sentences[last_pair[1]][1] <= 160)
        ):
            shape = skeleton(plain, s_start, s_end, sentence_hits)
            if _CONTINUATION_SKELETON.search(shape) and not any(
                s.place not in last_pair[0] for _, _, s in sentence_hits if s.cls == "A"
            ):
                read = [(*last_pair[0], "双方 (continued)")]
        if (
            not read
            and two_before
            and two_before[1] == i - 1
            and i in continuation_sentences
            and _COOP.search(text, s_start, s_end)
            and _told_of_two_before(
                skeleton(plain, s_start, s_end, sentence_hits), sentence_hits, gaz
            )
        ):
            # (…开往成都的列车。到四川去,…共同召开两地党政联席会议: the one place this
            # sentence names, where it holds one of the two, stands for it)
            here = {s.place for _, _, s in sentence_hits if s.cls == "A"}
            a, b = two_before[0]
            if len(here) == 1:
                (h,) = here
                if h in gaz.ancestors(a) and h not in gaz.ancestors(b):
                    a = h
                elif h in gaz.ancestors(b) and h not in gaz.ancestors(a):
                    b = h
                elif h not in (a, b) and _WITH_BOTH.search(
                    skeleton(plain, s_start, s_end, sentence_hits)
                ):
                    # (…重庆的云阳、湖北的秭归。常州与两县往来不断: this one with each)
                    read = [(h, x, "A与两地 (each named before)") for x in (a, b)]
            read = read or [(a, b, "两地 (the two named before)")]
        if (
            not read
            and one_before
            and one_before[1] == i - 1
            # (not where the two of a pair read just before are meant: 两地已联手规划…)
            and not (last_pair and i - last_pair[1] <= 5)
            and i in continuation_sentences
            and _ACT_TOGETHER.search(text, s_start, s_end)
            and _CONTINUATION_SKELETON.search(skeleton(plain, s_start, s_end, sentence_hits))
        ):
            # (重庆市人民政府审定方案。…四川省人民政府也通过了这份方案,两地政府就此联手…:
            # one of the two named before, the other here)
            here = {s.place for _, _, s in sentence_hits if s.cls == "A"}
            other = one_before[0]
            if len(here) == 1:
                (h,) = here
                if h != other and not gaz.holds(h, other):
                    read = [(other, h, "两地 (one named before, one here)")]
        if i in counted_near:
            # (川渝毗邻七区县…共话 … 跨梁平区、长寿区、垫江县,以及四川省邻水县…等7个毗邻区县:
            # the members of a group counted and told acting as one, listed as many as the
            # count in its sentence or one of the three before or after it)
            members = members_listed(text, sentence_hits, gaz)
            if len(members) < 3 or len(members) not in counted_near[i]:
                # (…3市3区8县携手成立…联盟。14地即A、B、C…: named right after their count,
                # however many the text gives)
                members = members_named(text, s_start, s_end, sentence_hits, gaz, counted_near[i])
            if not members:
                # (…A、B、C三家检察院之外,D、E两家检察院也来 … 五家检察院共同签署: lists each
                # counted, as many as the group)
                members = members_counted(text, sentence_hits, gaz, counted_near[i])
            if members:
                # (with what the sentence's own words pair: 梁平、垫江两地和四川的达川…)
                told = {frozenset(r[:2]) for r in read}
                read = read + [
                    (a, b, "N区县…A、B、C (a group counted)")
                    for a, b in combinations(members, 2)
                    if frozenset((a, b)) not in told
                ]
        named_here = sorted({s.place for _, _, s in sentence_hits if s.cls == "A"})
        two_before = (tuple(named_here), i) if len(named_here) == 2 else None
        if two_before and _without_companies(text, sentence_hits) is not sentence_hits:
            # (a place that names a company is not named as a place: 滕州市某集团与巫山某
            # 集团洽谈, then 两地商务部门…, tells no two places)
            two_before = None
        one_before = (named_here[0], i) if len(named_here) == 1 else None
        if read:
            sentence_text = text[s_start:s_end]
            for a, b, pattern in read:
                key, relation = _orient(a, b, sentence_text, text, about_pairing, gaz)
                if key is None:
                    continue
                pairing = pairings.get(key)
                if pairing is None:
                    pairing = pairings[key] = Pairing(key[0], key[1], relation)
                elif relation == "official":
                    pairing.relation = "official"
                if not pairing.evidence or pairing.evidence[-1].sentence != i:
                    pairing.evidence.append(cite({a, b}, pattern))
                last_pair = (key, i)

        story.read(
            i,
            s_start,
            s_end,
            paragraph,
            sentence_hits,
            has_route_word=i in route_sentences,
            port=port,
        )

    routes, named_corridors = story.finish(sentences, date=date)
    _fold_visited_parts(pairings, gaz)
    ordered_pairs = sorted(pairings.values(), key=lambda p: (p.evidence[0].sentence, p.a, p.b))
    return ordered_pairs, routes, named_corridors


def _told_of_two_before(shape: str, hits: Sequence[Hit], gaz: Gazetteer) -> bool:
    """Whether the continuation cue of a sentence's skeleton may stand for the two places
    of the sentence before: not where a place abroad comes before it (…运抵新加坡,把本地
    企业与新加坡企业间的合作…,开创两地的…合作: this sentence's own two)."""
    cue = _CONTINUATION_SKELETON.search(shape)
    if cue is None or _TWO_TOLD_HERE.search(shape, 0, cue.start()):
        return False  # (考察江津、綦江两地商会…,参观两地…: this sentence's own two)
    return not any(
        (place := gaz.places.get(name)) is not None and place.level in ("country", "city")
        for name in places_in(hits, shape[: cue.start()], "B")
    )


# The patterns that read a visit (A赴B、C): who goes where
_VISITS = frozenset({"A赴B、C"})


def _fold_visited_parts(pairings: dict[tuple[str, str], Pairing], gaz: Gazetteer) -> None:
    """A party that visits a part of a place it pairs with visits that place: the pair read
    only from the visit joins the place's pair (石柱县 paired with 内江市, its delegation
    visiting a village of 内江市市中区: one pair, 石柱县—内江市)."""
    for key, pairing in list(pairings.items()):
        if any(e.pattern not in _VISITS for e in pairing.evidence):
            continue
        for party, part in ((pairing.a, pairing.b), (pairing.b, pairing.a)):
            if gaz.places[part].level in CHONGQING:
                continue  # (荣昌区, a unit of the 一区两群 of its own: not a part of 重庆市)
            if gaz.places[part].level in ("prefecture", "province"):
                continue  # (a city is a party of its own: 重庆 visiting 西藏昌都市, its pair)
            whole = next(
                (
                    k
                    for k in pairings
                    if k != key
                    and party in k
                    and (k[0] if k[1] == party else k[1]) in gaz.ancestors(part)
                ),
                None,
            )
            if whole is not None:
                target = pairings[whole]
                target.evidence.extend(
                    e
                    for e in pairing.evidence
                    if all(e.sentence != t.sentence for t in target.evidence)
                )
                target.evidence.sort(key=lambda e: e.sentence)
                del pairings[key]
                break


# a place with the two named before (常州与两县往来不断): each of them its partner
_WITH_BOTH = re.compile(f"[\ue000-\ue7ff]{ORG}(?:与|和|同|跟)(?:两县|两地|两区|两市)")


# The pairs read of two places told as one (A、B两地, the pattern's name)
_TOLD_AS_ONE = frozenset({"A、B两地"})


def _without_co_recipients(read: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A sentence's pairs without the two told as one (A、B两地) where a third is paired
    with each of them: they are the third's partners, not each other's (由浙江对口支援重庆
    的涪陵、万州两地)."""
    partners: dict[str, set[str]] = {}
    for a, b, pattern in read:
        if pattern not in _TOLD_AS_ONE:
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    return [
        (a, b, pattern)
        for a, b, pattern in read
        if pattern not in _TOLD_AS_ONE or not (partners.get(a, set()) & partners.get(b, set()))
    ]


# what two places do together (两地政府就此联手完成…), not what they are (两地一水相连)
_ACT_TOGETHER = re.compile("联手|携手|共同|一起|共建|共商|合作|协作|签署|签订|签约")


def _in_chongqing(place) -> bool:
    return place.level in CHONGQING or place.name == MUNICIPALITY


# A region whose name a company's carries (京东方重庆公司, 四川省港航投资集团) is no party
# to a pairing there: the company is.
# (a name of up to ten characters: 四川恒通动保生物科技公司; not across a verb or a joining
# word: 合川区引导本土企业国泰康宁有限公司, 万州区政府与…公司; nor the units a district
# sends to help as a group: 南岸区集团对口帮扶丰都县)
_COMPANY = re.compile(
    r"(?:(?!引导|组织|推动|带动|支持|帮助|协调|与|和|同|及|的|在|对|向|为|将|把|被)[^，。、；;,]){0,10}?"
    # (集团 not of units sent as a group: 南岸区集团对口帮扶; 成都铁路局: the railway's bureau)
    rf"(?:{'|'.join(w if w != '集团' else '集团(?!对口|帮扶|结对|支援|式)' for w in COMPANY_WORDS)}"
    r"|银行|铁路局"
    r"|大学"  # (a university named after the place: 重庆工商大学与岳池县人民政府签订…)
    # (a business or a park named after the place: 重庆旅游商贸大厦与, 德州泰山体育与,
    # 成都天府国际生物城、, 哈密陆港型国家物流枢纽和, 香港某某科技签订)
    r"|(?:大厦|体育|丝业|生物城|物流枢纽|科技)(?=与|和|同|及|签|、|[，,。；;]))"
)
_AS_COMPANY: dict[int, object] = {}


def _without_companies(text: str, hits: Sequence[Hit]) -> Sequence[Hit]:
    """The sentence's mentions, with the regions that name a company made no party."""
    out = None
    for k, (start, end, surface) in enumerate(hits):
        if surface.cls == "A" and _COMPANY.match(text, end):
            if out is None:
                out = list(hits)
            as_company = _AS_COMPANY.get(id(surface))
            if as_company is None:
                as_company = _AS_COMPANY[id(surface)] = replace(surface, cls="B")
            out[k] = (start, end, as_company)
    return hits if out is None else out


def _has_reference_pair(regions: set[str], gaz: Gazetteer) -> bool:
    return any(gaz.reference_pair(a, b) for a in regions for b in regions if a < b)


def _side(place, gaz: Gazetteer) -> int:
    """0 for the 一区 (主城都市区, the zones; the municipality itself), 1 for the 两群, 2
    outside Chongqing."""
    if not _in_chongqing(place):
        return 2
    return 0 if place.group == "主城都市区" or place.name == MUNICIPALITY else 1


def _order_key(place) -> tuple:
    return (place.level != "district", place.code or "", place.name)


_ORIENTATION: dict[tuple[int, str, str], tuple[tuple[str, str] | None, bool, bool]] = {}


def _orientation(a: str, b: str, gaz: Gazetteer) -> tuple[tuple[str, str] | None, bool, bool]:
    """``(key, is_reference, joins_one_and_two)`` of a pair; cached, it only depends on a and b."""
    cache_key = (id(gaz), a, b)
    cached = _ORIENTATION.get(cache_key)
    if cached is not None:
        return cached
    pa, pb = gaz.places[a], gaz.places[b]
    if not (_in_chongqing(pa) or _in_chongqing(pb)):
        result = (None, False, False)  # cqmap maps Chongqing's relations, not others'
    elif part_of(a, b, gaz) or part_of(b, a, gaz):
        result = (None, False, False)  # (重庆市 and 万州区: a place and a part of it)
    else:
        sa, sb = _side(pa, gaz), _side(pb, gaz)
        if (sa, _order_key(pa)) > (sb, _order_key(pb)):
            pa, pb, sa, sb = pb, pa, sb, sa
        key = (pa.name, pb.name)
        result = (key, gaz.reference_pair(*key) is not None, {sa, sb} == {0, 1})
    _ORIENTATION[cache_key] = result
    return result


def _orient(
    a: str, b: str, sentence_text: str, text: str, about_pairing: list[bool], gaz: Gazetteer
) -> tuple[tuple[str, str] | None, str]:
    """The pair in canonical order (一区 side first) and its relation.

    ``about_pairing`` caches whether ``text`` has an official cue: ``[]`` until first
    needed (most pairs are reference pairs or do not join the 一区 with the 两群).
    """
    key, reference, one_and_two = _orientation(a, b, gaz)
    if key is None:
        return None, ""
    if reference:
        return key, "official"
    if one_and_two:
        if not about_pairing:
            about_pairing.append(_OFFICIAL.search(text) is not None)
        if about_pairing[0] or _OFFICIAL.search(sentence_text):
            return key, "official"
    return key, "cooperation"
