"""A document's pairings, read sentence by sentence: the pairs a sentence's patterns read,
the pairs ``双方``/``两地`` continue from the sentences before (or ``两地`` pairs the two
places the sentence before names), the members of a group counted and told acting as
one, and the orientation and relation of each pair.

A pairing joins two regions one of which is in Chongqing (a district, a zone or the
municipality), never a place and a part of it. It is ``official`` when it is a reference
pairing, or when it joins the 一区 with the 两群 in a 对口/结对/帮扶/一区两群 context;
``cooperation`` otherwise. A region that names a company (京东方重庆公司) is no party.
Which sentences are read, and the routes, are :mod:`cqmap.geo.relations`'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import NamedTuple

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.lexicon import Hit
from cqmap.geo.pair_groups import groups_acting, members_counted, members_listed, members_named
from cqmap.geo.pair_making import pairs_of, part_of, written_under
from cqmap.geo.pair_matching import Candidate
from cqmap.geo.pair_words import (
    A_WAY_BETWEEN,
    CONTINUATION_CUES,
    COOP_CUES,
    COUNT,
    OFFICIAL_CUES,
    ORG,
)
from cqmap.geo.skeleton import Evidence, places_in, quote, skeleton
from cqmap.geo.vocabulary import COMPANY_WORDS

__all__ = ["COOP", "DocumentPairs", "Pairing", "SentenceToRead", "without_companies"]

CHONGQING = {"district", "zone"}

MUNICIPALITY = "重庆市"


# --------------------------------------------------------------------------- records
@dataclass
class Pairing:
    a: str
    b: str
    relation: str
    evidence: list[Evidence] = field(default_factory=list)


class SentenceToRead(NamedTuple):
    """A sentence of a document read for pairs and routes, with what the first pass found."""

    index: int
    start: int
    end: int
    paragraph: int  # the number of line breaks before it
    hits: Sequence[Hit]  # its mentions
    has_cue: bool  # whether it (or its table's caption) has a cue of working together
    port: str | None  # the last port it names


# --------------------------------------------------------------------------- cues
# Words of working together (合作, 协同, 签约 …)
COOP = re.compile("|".join(COOP_CUES))
# (not a cue quoted as a name: 围绕“两点”定位、“两地”“两高”目标 is a slogan)
_CUE_WORDS = "|".join(CONTINUATION_CUES)
# (nor the two places a way or a service runs between: 两地间还没有直达客运班车)
_CONTINUATION_SKELETON = re.compile(
    f"(?<![\ue000-\uefff])(?:(?<!“)(?:{_CUE_WORDS})|(?:{_CUE_WORDS})(?!”))(?!{A_WAY_BETWEEN})"
)
# What is done where a place is named after 在 (在泸州召开座谈会, 在万州签署, 在屯溪会见): a
# meeting held there, the place only where
_MET_AT = re.compile("[^，。；,;]{0,4}?(?:召开|举行|举办|签署|签订|会谈|座谈|会见)")
# Two places told as one in a sentence (江津、綦江两地): its cue further on is theirs
_TWO_TOLD_HERE = re.compile(f"[\ue000-\ue7ff][、和与及][\ue000-\ue7ff](?:{_CUE_WORDS})")
_OFFICIAL = re.compile("|".join(OFFICIAL_CUES))


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
# …and of a third joined with them, acting with them, not aiding them (大渡口区某校、邻水县
# 某校与我区某校共同组建: the two are each other's partners still)
_JOINED_WITH_THEM = frozenset({"B与我县签约"})


def _without_co_recipients(read: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A sentence's pairs without the two told as one (A、B两地) where a third is paired
    with each of them: they are the third's partners, not each other's (由浙江对口支援重庆
    的涪陵、万州两地)."""
    partners: dict[str, set[str]] = {}
    for a, b, pattern in read:
        if pattern not in _TOLD_AS_ONE and pattern not in _JOINED_WITH_THEM:
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
# …or one item of a list of names a count of companies closes (与重庆某某电子、某某车辆等企业
# 对接: the firms, each named after a place or not; not a place alone, 与重庆、成都等企业)
_LISTED_COMPANY = re.compile(
    "[^，。、；;,的与和同及等]{2,8}(?:、[^，。、；;,]{2,12}){0,6}?等(?:企业|公司|厂商|车企)"
)
_AS_COMPANY: dict[int, object] = {}
# A region right before words of some of its parts, or of those at the grassroots of a
# province or a city (到四川部分县市考察, 同四川基层检察院的协作): they act, not the region
# (but 对口协作重庆市多个区县 is the municipality's, as the convention reads it; and a
# county's or a district's grassroots are its own: 万州区基层医务人员被派到…进修); or of
# many or some of its things (重庆不少超市…与四川农业企业, 一些, 许多, 众多)
_ITS_PARTS = re.compile("部分|不少|一些|许多|众多")
# …or those of its parts a province or the municipality counts (四川这六个市, 重庆市6个区县:
# theirs, not its; not the count of a list it ends, 绍兴、金华两个市)
_ITS_COUNTED_PARTS = re.compile(f"[这那]?{COUNT}个?(?:市|县|区|区县|市州|地市|城市)")
_PROVINCES = frozenset({"province", "municipality"})
_GRASSROOTS = re.compile("基层")
# …and a province or a city told by its areas next to another's (大足与毗邻四川市县的协作,
# 毗邻贵州区县): those areas, not the whole
_NEXT_TO = ("相邻", "毗邻", "周边")
_ITS_AREAS = re.compile("地区|区县|市县|市州")
_OVER_COUNTIES = frozenset({"province", "prefecture", "municipality"})


def without_companies(text: str, hits: Sequence[Hit]) -> Sequence[Hit]:
    """The sentence's mentions, with the regions that name a company, or that only say
    where parts of them lie, made no party."""
    out = None
    for k, (start, end, surface) in enumerate(hits):
        if surface.cls == "A" and (
            _COMPANY.match(text, end)
            or _LISTED_COMPANY.match(text, end)
            or _ITS_PARTS.match(text, end)
            or (
                _ITS_COUNTED_PARTS.match(text, end)
                and text[start - 1 : start] != "、"
                and _PROVINCES.intersection(surface.levels[:1])
            )
            or (_GRASSROOTS.match(text, end) and _OVER_COUNTIES.intersection(surface.levels[:1]))
            or (
                text[max(0, start - 2) : start] in _NEXT_TO
                and _ITS_AREAS.match(text, end)
                and _OVER_COUNTIES.intersection(surface.levels[:1])
            )
        ):
            if out is None:
                out = list(hits)
            as_company = _AS_COMPANY.get(id(surface))
            if as_company is None:
                as_company = _AS_COMPANY[id(surface)] = replace(surface, cls="B")
            out[k] = (start, end, as_company)
    return hits if out is None else out


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


# --------------------------------------------------------------------------- reading
class DocumentPairs:
    """The pairings of one document, read sentence by sentence in order (:meth:`read`),
    then settled (:meth:`finish`).

    Parameters
    ----------
    doc_id, text
        The document and its text.
    plain
        The text with any private-use character of its own made ordinary (the skeletons'
        mention characters).
    sentences
        The spans of its sentences.
    found
        The pair patterns' matches, by sentence (:func:`cqmap.geo.pair_matching.candidates`).
    continuation_sentences
        The sentences with a word that continues a pair (双方, 两地 …).
    gaz
        The gazetteer.
    """

    def __init__(
        self,
        doc_id: str,
        text: str,
        plain: str,
        sentences: Sequence[tuple[int, int]],
        *,
        found: dict[int, list[Candidate]],
        continuation_sentences: set[int],
        gaz: Gazetteer,
    ) -> None:
        self.doc_id, self.text, self.plain, self.sentences, self.gaz = (
            doc_id,
            text,
            plain,
            sentences,
            gaz,
        )
        self.found = found
        self.continuation_sentences = continuation_sentences
        self.text_has_cue = bool(found) and COOP.search(text) is not None
        self.pairings: dict[tuple[str, str], Pairing] = {}
        # Whether the text is about pairing (对口, 结对, ...): looked up when first needed.
        self.about_pairing: list[bool] = []
        # the last pair read, and the sentence it was read in
        self.last_pair: tuple[tuple[str, str], int] | None = None
        # the two regions of a sentence that names exactly two (山东聊城…;重庆彭水…), and its
        # number: 两地 in the next sentence, on working together, pairs them
        self.two_before: tuple[tuple[str, ...], int] | None = None
        self.one_before: tuple[str, int] | None = None  # (the one region a sentence names)
        # groups of places counted told acting as one: the counts told within three
        # sentences of each sentence
        self.counted_near: dict[int, set[int]] = {}
        starts = [s for s, _ in sentences]
        for at, n in groups_acting(text):
            j = bisect_right(starts, at, 1) - 1
            for k in range(j - 3, j + 4):
                self.counted_near.setdefault(k, set()).add(n)

    def read(self, s: SentenceToRead) -> None:
        """Read the pairs of sentence ``s``: those its patterns read, else those it continues
        from the sentences before; with the members of a group counted near it."""
        i = s.index
        read = (
            pairs_of(
                self.found[i],
                s.has_cue,
                self.text_has_cue,
                self.gaz,
                written_under(self.text, s.hits),
            )
            if i in self.found
            else []
        )
        if len(read) > 2:
            read = _without_co_recipients(read)
        read = (
            read
            or self._both_continued(s)
            or self._two_before_continued(s)
            or self._one_before_continued(s)
        )
        if i in self.counted_near:
            read = read + self._group_counted(s, read)
        named_here = sorted({h.place for _, _, h in s.hits if h.cls == "A"})
        # (where the two meet is none of them: …交通运输厅和重庆市交通局在成都举行联席会, then
        # 双方将…, tells 成都 no party)
        parties = {
            h.place
            for start, end, h in s.hits
            if h.cls == "A"
            and not (self.text[start - 1 : start] == "在" and _MET_AT.match(self.text, end))
        }
        self.two_before = (tuple(named_here), i) if len(named_here) == 2 == len(parties) else None
        if self.two_before and without_companies(self.text, s.hits) is not s.hits:
            # (a place that names a company is not named as a place: 滕州市某集团与巫山某
            # 集团洽谈, then 两地商务部门…, tells no two places)
            self.two_before = None
        # (nor is the one place named where a meeting is held: 在屯溪会见…, then 双方…一起,
        # tells 屯溪 no party)
        self.one_before = (named_here[0], i) if len(named_here) == 1 == len(parties) else None
        if read:
            self._add(s, read)

    def finish(self) -> list[Pairing]:
        """The document's pairings, a visit to a part of a partner folded into its pair, in
        the order they are first told."""
        _fold_visited_parts(self.pairings, self.gaz)
        return sorted(self.pairings.values(), key=lambda p: (p.evidence[0].sentence, p.a, p.b))

    def _shape(self, s: SentenceToRead) -> str:
        return skeleton(self.plain, s.start, s.end, s.hits)

    def _both_continued(self, s: SentenceToRead) -> list[tuple[str, str, str]]:
        """双方 (or 两地) of the pair read just before, in a sentence that names no other
        region."""
        last_pair, i = self.last_pair, s.index
        if not (
            last_pair
            and i in self.continuation_sentences
            and (i - last_pair[1] <= 3 or s.start - self.sentences[last_pair[1]][1] <= 160)
        ):
            return []
        if _CONTINUATION_SKELETON.search(self._shape(s)) and not any(
            h.place not in last_pair[0] for _, _, h in s.hits if h.cls == "A"
        ):
            return [(*last_pair[0], "双方 (continued)")]
        return []

    def _two_before_continued(self, s: SentenceToRead) -> list[tuple[str, str, str]]:
        """两地 on working together, of the two regions the sentence before names."""
        two_before, i = self.two_before, s.index
        if not (
            two_before
            and two_before[1] == i - 1
            and i in self.continuation_sentences
            and COOP.search(self.text, s.start, s.end)
            and _told_of_two_before(self._shape(s), s.hits, self.gaz)
        ):
            return []
        # (…开往成都的列车。到四川去,…共同召开两地党政联席会议: the one place this
        # sentence names, where it holds one of the two, stands for it)
        here = {h.place for _, _, h in s.hits if h.cls == "A"}
        a, b = two_before[0]
        if len(here) == 1:
            (h,) = here
            if h in self.gaz.ancestors(a) and h not in self.gaz.ancestors(b):
                a = h
            elif h in self.gaz.ancestors(b) and h not in self.gaz.ancestors(a):
                b = h
            elif h not in (a, b) and _WITH_BOTH.search(self._shape(s)):
                # (…重庆的云阳、湖北的秭归。常州与两县往来不断: this one with each)
                return [(h, x, "A与两地 (each named before)") for x in (a, b)]
        return [(a, b, "两地 (the two named before)")]

    def _one_before_continued(self, s: SentenceToRead) -> list[tuple[str, str, str]]:
        """两地 acting together, of the one region the sentence before names and the one
        this sentence names (重庆市人民政府审定方案。…四川省人民政府也通过了这份方案,两地
        政府就此联手…)."""
        one_before, last_pair, i = self.one_before, self.last_pair, s.index
        if not (
            one_before
            and one_before[1] == i - 1
            # (not where the two of a pair read just before are meant: 两地已联手规划…)
            and not (last_pair and i - last_pair[1] <= 5)
            and i in self.continuation_sentences
            and _ACT_TOGETHER.search(self.text, s.start, s.end)
            and _CONTINUATION_SKELETON.search(self._shape(s))
        ):
            return []
        here = {h.place for _, _, h in s.hits if h.cls == "A"}
        other = one_before[0]
        if len(here) == 1:
            (h,) = here
            if h != other and not self.gaz.holds(h, other):
                return [(other, h, "两地 (one named before, one here)")]
        return []

    def _group_counted(
        self, s: SentenceToRead, read: list[tuple[str, str, str]]
    ) -> list[tuple[str, str, str]]:
        """The pairs of the members of a group counted and told acting as one, listed as
        many as the count in the sentence or one of the three before or after it (川渝毗邻
        七区县…共话 … 跨梁平区、长寿区、垫江县,以及四川省邻水县…等7个毗邻区县), but those
        ``read`` already holds."""
        text, gaz, counts = self.text, self.gaz, self.counted_near[s.index]
        members = members_listed(text, s.hits, gaz)
        if len(members) < 3 or len(members) not in counts:
            # (…2市4区6县携手成立…联盟。12地即A、B、C…: named right after their count,
            # however many the text gives)
            members = members_named(text, s.start, s.end, s.hits, gaz, counts)
        if not members:
            # (…A、B、C三家检察院之外,D、E两家检察院也来 … 五家检察院共同签署: lists each
            # counted, as many as the group)
            members = members_counted(text, s.hits, gaz, counts)
        # (with what the sentence's own words pair: 梁平、垫江两地和四川的达川…)
        told = {frozenset(r[:2]) for r in read}
        return [
            (a, b, "N区县…A、B、C (a group counted)")
            for a, b in combinations(members, 2)
            if frozenset((a, b)) not in told
        ]

    def _add(self, s: SentenceToRead, read: list[tuple[str, str, str]]) -> None:
        """Add the pairs read in ``s``, oriented, each with the sentence as evidence."""
        sentence_text = self.text[s.start : s.end]
        for a, b, pattern in read:
            key, relation = _orient(a, b, sentence_text, self.text, self.about_pairing, self.gaz)
            if key is None:
                continue
            pairing = self.pairings.get(key)
            if pairing is None:
                pairing = self.pairings[key] = Pairing(key[0], key[1], relation)
            elif relation == "official":
                pairing.relation = "official"
            if not pairing.evidence or pairing.evidence[-1].sentence != s.index:
                quoted = quote(self.text, s.start, s.end, s.hits, {a, b})
                pairing.evidence.append(
                    Evidence(self.doc_id, s.index, s.start, s.end, quoted, pattern)
                )
            self.last_pair = (key, s.index)
