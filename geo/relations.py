"""Relations between places, read sentence by sentence: pairings and freight routes.

Each sentence with place mentions is turned into a *skeleton*: every mention is
replaced by one private-use character that says what kind of place it is, so that
patterns can be written over the sentence's structure rather than its words::

    两江新区产业促进局与万州区发展改革委共同推动  ->  <A>产业促进局与<A>发展改革委共同推动

Token classes: ``A`` regions that can pair (districts, functional zones, prefectures,
new areas), ``P`` ports and hubs, ``B`` everything else (provinces, the municipality,
countries, composites such as 沪渝). The patterns are module-level tables, each with a
name that the evidence records, so that every relation says why it was read.

Pairings
    ``A与B签署…协议``, ``A携手B``, ``A对口协同B``, ``A结对B``, ``A党政代表团赴B、C分别
    签订协议`` (one to many), ``A向B出售``, ``研发在A、生产在B``, ``A·B``, ``A、B两地``,
    ``A…,与B…``, ``A引导…在B``, an implied subject (``我们与B``, a sentence that starts
    with ``与B``), and ``双方``/``两地`` continuing the pair of the sentences before.
    A pairing is ``official`` when it is a reference pairing, or when it joins the
    一区 with the 两群 in a 对口/结对/帮扶/一区两群 context; ``cooperation`` otherwise.

Routes
    ``X—Y…班轮/航线/快线/班列``, composite services (``沪渝集装箱直达快线(万州航线)``),
    corridors (西部陆海新通道, 中欧班列) anchored at a port of the sentence or the one
    before, and plain movements (``从X出发…驶往Y、Z``). Mode from the wording, endpoints
    of water routes moved to the port of their region, opening date when stated.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from geo.gazetteer import Gazetteer
from geo.matcher import Hit

__all__ = ["Evidence", "Pairing", "Route", "read_relations", "PAIR_PATTERNS", "COOP_CUES"]

PAIRABLE = {"district", "zone", "prefecture", "new area"}
CHONGQING = {"district", "zone"}

_A0, _P0, _B0 = 0xE000, 0xE800, 0xEC00
A = "[\ue000-\ue7ff]"
P = "[\ue800-\uebff]"
B = "[\uec00-\uefff]"
ANY = "[\ue000-\uefff]"
NOT_A = "[^\ue000-\ue7ff]"
# Organisation words after a region (经济运行局, 党政代表团, 直属企业重庆港务物流集团 ...):
# no punctuation, no other pairable region.
ORG = "[^\ue000-\ue7ff，,。；;：:！!？?、“”\"（）()]{0,12}?"
JOIN = "(?:与|和|同|跟)"
PAIR_VERB = (
    "(?:携手|联手|牵手|结对|对口(?:协同|帮扶|协作|支援|合作|支持)?|协同|帮扶|支援|援助|联动|助力)"
)
LIST = rf"{A}(?:{ORG}(?:、|和|及|与|以及){ORG}{A})*"

# Words that mark a sentence as being about working together.
COOP_CUES = (
    "合作", "协作", "协同", "携手", "联手", "牵手", "结对", "对口", "帮扶", "共建", "共同",
    "联动", "签署", "签订", "协议", "两地", "双方", "互访", "联席", "座谈", "交流", "共享",
    "一体化", "互认", "互办", "支援", "援助", "补偿", "飞地", "合资", "联盟", "对接",
    "挂职", "进修", "培训", "支医", "优惠", "示范园区", "战略", "一区两群",
)  # fmt: skip
OFFICIAL_CUES = ("对口", "结对", "帮扶", "一区两群")
CONTINUATION_CUES = ("双方", "两地", "两区", "两县", "双边")


@dataclass(frozen=True)
class PairPattern:
    name: str
    regex: re.Pattern
    needs_cue: bool
    hint: re.Pattern  # words the sentence must contain for the pattern to have a chance
    implied: bool = False  # the first party is the paragraph's or document's subject
    same_subject: bool = False  # the ``gap`` group must not start a clause of its own


def _pp(
    name: str,
    pattern: str,
    *,
    needs_cue: bool,
    hint: str,
    implied: bool = False,
    same_subject: bool = False,
) -> PairPattern:
    return PairPattern(
        name, re.compile(pattern), needs_cue, re.compile(hint), implied, same_subject
    )


# After a comma, a clause that continues the same subject starts with one of these
# (``A拓宽渠道,与B形成`` / ``A…部署,不断强化与B``), never with a new noun
# (``A…,京东方公司则与B`` is the company's relation, not A's).
_CONTINUING_CLAUSE = re.compile(
    r"^(?:并|还|则|也|将|正|又|已|已经|同时|不断|进一步|积极|主动|持续|全面|共同|加快|大力|先后)*"
    r"(?:强化|加强|深化|推动|推进|加大|拓展)?$"
)


PAIR_PATTERNS: tuple[PairPattern, ...] = (
    _pp("A与B", rf"(?P<a>{A}){ORG}{JOIN}{ORG}(?P<b>{LIST})", hint="与|和|同|跟",
        needs_cue=True),
    _pp("A携手B", rf"(?P<a>{A}){ORG}{PAIR_VERB}{ORG}(?P<b>{LIST})", hint="携手|联手|牵手|结对|对口|协同|帮扶|支援|援助|联动|助力",
        needs_cue=False),
    _pp(
        "A、B两地",
        rf"(?<![、\ue000-\ue7ff赴到与和同往])(?P<a>{A}){ORG}[、和与]{ORG}(?P<b>{A}){ORG}"
        "(?:两地|双方|两区|两县|共同|携手|联合|联手|一起|同为|签订|签署|分别是)",
        hint="、|和|与",
        needs_cue=False,
    ),
    _pp(
        "A赴B、C",
        rf"(?P<a>{A}){ORG}(?:先后|分别|相继)?(?:赴|到|前往)(?P<b>{LIST})",
        hint="赴|到|前往",
        needs_cue=True,
    ),
    _pp(
        "A…,与B",
        rf"^{NOT_A}{{0,30}}?(?P<a>{A})(?P<gap>[^\ue000-\ue7ff。；;]{{0,60}}?)"
        rf"(?:与|同|携手|联手|联动|对口协同|对口帮扶|结对){ORG}(?P<b>{LIST})",
        hint="与|同|携手|联手|联动|对口|结对",
        needs_cue=True,
        same_subject=True,
    ),
    _pp(
        "A向B出售",
        rf"(?P<a>{A}){ORG}(?:向|为|给){ORG}(?P<b>{A}){ORG}"
        "(?:出售|转让|输送|提供|采购|购买|销售|培训|开展|捐赠|移交)",
        hint="向|为|给",
        needs_cue=False,
    ),
    _pp(
        "研发在A、生产在B",
        rf"(?:研发|总部|设计|孵化|前端|创新)在(?P<a>{A})[、,，]?\s*"
        rf"(?:生产|制造|落地|转化|后端|产业化)在(?P<b>{A})",
        hint="在",
        needs_cue=False,
    ),
    _pp("A·B", rf"(?P<a>{A})\s*[·•・‧]\s*(?P<b>{A})", hint="[·•・‧]",
        needs_cue=False),
    _pp(
        "AB产业园",
        rf"(?P<a>{A})(?P<b>{A})(?:产业|协作|合作|共建|协同|对口|飞地|孵化)",
        hint="[\\ue000-\\ue7ff]{2}",
        needs_cue=False,
    ),
    _pp(
        "A引导…在B",
        rf"(?P<a>{A}){ORG}(?:引导|组织|推动|支持|帮助|选派|派遣|援助|协调|带动)"
        rf"{NOT_A}{{0,40}}?(?:在|到|赴|落户|入驻|助力|帮扶|支持)(?P<b>{A})",
        hint="引导|组织|推动|支持|帮助|选派|派遣|援助|协调|带动",
        needs_cue=False,
    ),
    _pp(
        "A到B",
        rf"(?P<a>{A}){ORG}[^\ue000-\ue7ff。；;]{{0,16}}?"
        rf"(?:来到|分派到|派到|派驻|到|赴|前往)(?P<b>{A})",
        hint="到|赴|前往",
        needs_cue=True,
    ),
    _pp(
        "我们与B",
        rf"(?:我们|我区|我县|我市|新区|本区|该区|双方){ORG}(?:与|同|和|携手|联手|联动){ORG}"
        rf"(?P<b>{LIST})",
        hint="我们|我区|我县|我市|新区|本区|该区|双方",
        needs_cue=True,
        implied=True,
    ),
    _pp(
        "(A)与B",
        r"(?:^|[，,；;：:“])\s*(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        r"(?:强化|加强|深化|推动)?(?:与|同|携手|联手|联动|对口协同|对口帮扶|结对)"
        rf"{ORG}(?P<b>{LIST})",
        hint="与|同|携手|联手|联动|对口|结对",
        needs_cue=True,
        implied=True,
    ),
)

# --------------------------------------------------------------------------- routes
SERVICE = "(?:班轮航线|班轮|航线|快线|班列|专列|航班|水水中转|直达)"
DASH = "[—–\\-－~～]"
ROUTE_DASH = re.compile(
    rf"(?P<o>{ANY}){DASH}(?P<d>{ANY})(?P<tail>[^，。；,;：:\ue000-\uefff]{{0,14}}?{SERVICE}"
    "(?:航线|班轮)?)"
)
ROUTE_COMPOSITE = re.compile(
    rf"(?P<c>{B})(?P<tail>[^，。；,;：:\ue000-\uefff]{{0,14}}?(?:快线|航线|班轮|班列|专列))"
    rf"(?P<paren>[”\"’]?\s*[(（](?P<x>{ANY})(?:航线|线|班轮)[)）])?"
)
# organisation words between a place and a verb, with no other place inside
ORG_NT = "[^\ue000-\uefff，,。；;：:！!？?、“”\"（）()]{0,12}?"
ORIGIN = re.compile(
    rf"(?:从|由|自)(?P<o>{ANY})|(?P<o2>{ANY}){ORG_NT}(?:出发|始发|启程|首发|发车|是[^，。]{{0,12}}始发)"
)
TRANSSHIP = re.compile(rf"(?P<o>{P})[^，。；,;\ue000-\uefff]{{0,24}}?在(?P<v>{P})(?:中转|转运|换装)")
DESTINATIONS = re.compile(
    rf"(?:运抵|驶往|发往|运往|开往|抵达|到达|直达|前往|驶向|运至|通达)(?:至|到)?"
    rf"(?P<list>{ANY}(?:[、和及与]{ANY})*)"
)
VIA = re.compile(rf"(?:途经|经由|经)(?P<list>{ANY}(?:[、和及]{ANY})*)|在(?P<v>{ANY})(?:中转|转运|换装)")
TRANSPORT_CUE = re.compile(r"班轮|航线|快线|班列|专列|运抵|驶往|发往|运往|开往|中转|货运|集装箱")
OPENING_CUE = re.compile(r"开通|开行|首航|首发|开航|启航|正式运营|正式运行|开通运营")
DATE = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")

# Corridors: canonical name, the names articles use, and the mode the corridor implies.
CORRIDORS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("西部陆海新通道", ("西部陆海新通道", "陆海新通道", "南向通道"), "rail-sea"),
    ("中欧班列", ("中欧班列", "渝新欧"), "rail"),
)
_CORRIDOR_RE = re.compile(
    "|".join(sorted((re.escape(n) for _, names, _ in CORRIDORS for n in names), key=len, reverse=True))
)
_CORRIDOR_OF = {n: (c, mode) for c, names, mode in CORRIDORS for n in names}

MODE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rail-sea", ("铁海联运", "海铁联运", "陆海联运")),
    ("rail", ("班列", "专列", "铁路", "火车")),
    ("river", ("班轮", "航线", "水水中转", "船舶", "货轮", "江海联运", "水运", "航运", "快线")),
    ("road", ("货运车", "货车", "卡车", "公路", "冷链车", "汽车运输")),
)


# --------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: a sentence of a document and the rule that fired."""

    document: str
    sentence: int
    start: int
    end: int
    quote: str
    pattern: str

    def as_dict(self) -> dict:
        return {
            "document": self.document,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "pattern": self.pattern,
        }


@dataclass
class Pairing:
    a: str
    b: str
    relation: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Route:
    name: str | None
    origin: str | None
    destinations: list[str]
    via: list[str]
    mode: str
    opened: str | None
    evidence: list[Evidence] = field(default_factory=list)
    corridor: str | None = None


# --------------------------------------------------------------------------- skeletons
_BASE = {"A": _A0, "P": _P0, "B": _B0}
_FINAL = tuple("。！？!?；;…")
_CONTINUATION = re.compile("|".join(CONTINUATION_CUES))
_CONTINUATION_SKELETON = re.compile("(?<![\ue000-\uefff])(?:" + "|".join(CONTINUATION_CUES) + ")")
_COOP = re.compile("|".join(COOP_CUES))
_OFFICIAL = re.compile("|".join(OFFICIAL_CUES))
_IMPLIED_HINT = re.compile("与|同|携手|联手|联动|结对|对口")
ROUTE_HINT = re.compile(
    "班轮|航线|快线|班列|专列|运抵|驶往|发往|运往|开往|中转|出发|启程|始发|航运|"
    + "|".join(n for _, names, _ in CORRIDORS for n in names)
)


class _Sentence:
    """A sentence with its mentions replaced by one private-use character each.

    ``hits`` are ``(start, end, surface)`` triples (see :func:`geo.matcher.scan`).
    """

    __slots__ = ("start", "end", "hits", "skeleton", "_pos")

    def __init__(self, text: str, start: int, end: int, hits: Sequence[Hit]):
        self.start, self.end, self.hits = start, end, hits
        parts: list[str] = []
        pos_map: list[tuple[int, int]] = []  # (skeleton index of token, text offset)
        pos = start
        k = 0
        for i, (h_start, h_end, surface) in enumerate(hits):
            parts.append(text[pos:h_start])
            k += h_start - pos
            pos_map.append((k, h_start))
            parts.append(chr(_BASE[surface.cls] + i))
            k += 1
            pos = h_end
        parts.append(text[pos:end])
        self.skeleton = "".join(parts)
        self._pos = pos_map

    def hit(self, ch: str) -> Hit:
        code = ord(ch)
        base = _B0 if code >= _B0 else _P0 if code >= _P0 else _A0
        return self.hits[code - base]

    def place(self, ch: str) -> str:
        return self.hit(ch)[2].places[0]

    def places_in(self, fragment: str, cls: str | None = None) -> list[str]:
        out = []
        for ch in fragment:
            if 0xE000 <= ord(ch) <= 0xEFFF:
                surface = self.hit(ch)[2]
                if cls is None or surface.cls == cls:
                    out.append(surface.places[0])
        return out

    def of_class(self, cls: str) -> list[str]:
        return [s.places[0] for _, _, s in self.hits if s.cls == cls]

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


# --------------------------------------------------------------------------- reading
def read_relations(
    doc_id: str,
    text: str,
    sentences: Sequence[tuple[int, int]],
    hits: Sequence[Hit],
    hit_sentence: Sequence[int],
    gaz: Gazetteer,
) -> tuple[list[Pairing], list[Route]]:
    """Pairings and routes of one document, with evidence, in a deterministic order.

    Parameters
    ----------
    hits, hit_sentence
        The mentions (:func:`geo.matcher.scan`) and the index of the sentence of each.
    """
    by_sentence: dict[int, list[Hit]] = {}
    for h, i in zip(hits, hit_sentence):
        by_sentence.setdefault(i, []).append(h)
    sentence_of = _index_of(sentences)
    route_sentences = {sentence_of(m.start()) for m in ROUTE_HINT.finditer(text)}
    continuation_sentences = {sentence_of(m.start()) for m in _CONTINUATION.finditer(text)}
    paragraph_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    doc_subject = _document_subject(hits)
    about_pairing = _OFFICIAL.search(text) is not None
    pairings: dict[tuple[str, str], Pairing] = {}
    routes: dict[tuple, Route] = {}
    subjects: dict[int, str] = {}  # paragraph -> its first Chongqing unit
    last_pair: tuple[tuple[str, str], int] | None = None
    last_port: tuple[str, int, int] | None = None  # (port, sentence, paragraph)

    interesting = sorted(set(by_sentence) | route_sentences | continuation_sentences)
    for i in interesting:
        s_start, s_end = sentences[i]
        sentence_hits = by_sentence.get(i, ())
        paragraph = bisect_right(paragraph_starts, s_start) - 1
        regions: set[str] = set()
        for _, _, surface in sentence_hits:
            if surface.cls == "A":
                regions.add(surface.places[0])
                if paragraph not in subjects and surface.levels[0] in CHONGQING:
                    subjects[paragraph] = surface.places[0]
        sentence_text = text[s_start:s_end]
        sent = None
        found: list[tuple[str, str, str]] = []
        subject = subjects.get(paragraph, doc_subject)
        if len(regions) >= 2 or (
            regions and subject and subject not in regions and _IMPLIED_HINT.search(sentence_text)
        ):
            # a sentence cut by a line break (no final punctuation) reads on into the next
            context_end = s_end
            if not sentence_text.endswith(_FINAL) and i + 1 < len(sentences):
                context_end = sentences[i + 1][1]
            has_cue = _COOP.search(text, s_start, context_end) is not None
            sent = _Sentence(text, s_start, s_end, sentence_hits)
            found = _pairs_in(sent, regions, has_cue, subject, gaz)
        if (
            not found
            and last_pair
            and i in continuation_sentences
            and (i - last_pair[1] <= 3 or s_start - sentences[last_pair[1]][1] <= 160)
        ):
            sent = sent or _Sentence(text, s_start, s_end, sentence_hits)
            if _CONTINUATION_SKELETON.search(sent.skeleton) and not any(
                p not in last_pair[0] for p in sent.of_class("A")
            ):
                found = [(*last_pair[0], "双方 (continued)")]
        for a, b, pattern in found:
            key, relation = _orient(a, b, sentence_text, about_pairing, gaz)
            if key is None:
                continue
            pairing = pairings.get(key)
            if pairing is None:
                pairing = pairings[key] = Pairing(key[0], key[1], relation)
            elif relation == "official":
                pairing.relation = "official"
            if not pairing.evidence or pairing.evidence[-1].sentence != i:
                pairing.evidence.append(Evidence(doc_id, i, s_start, s_end, sentence_text, pattern))
            last_pair = (key, i)

        if i in route_sentences:
            sent = sent or _Sentence(text, s_start, s_end, sentence_hits)
            anchor = last_port[0] if last_port and last_port[2] == paragraph and i - last_port[1] <= 1 else None
            for route in _routes_in(sent, sentence_text, anchor, gaz):
                route.evidence.append(
                    Evidence(doc_id, i, s_start, s_end, sentence_text, route.name or "movement")
                )
                _merge_route(routes, route)
        ports_here = [s.places[0] for _, _, s in sentence_hits if s.cls == "P"]
        if ports_here:
            last_port = (ports_here[-1], i, paragraph)

    ordered_pairs = sorted(pairings.values(), key=lambda p: (p.evidence[0].sentence, p.a, p.b))
    ordered_routes = sorted(
        routes.values(), key=lambda r: (r.evidence[0].sentence, r.name or "", r.origin or "")
    )
    return ordered_pairs, ordered_routes


def _index_of(sentences: Sequence[tuple[int, int]]):
    starts = [s for s, _ in sentences]

    def index(offset: int) -> int:
        return max(bisect_right(starts, offset) - 1, 0)

    return index


def _document_subject(hits: Sequence[Hit]) -> str | None:
    """The Chongqing unit a document is mostly about (most mentions, then first)."""
    counts: dict[str, int] = {}
    for _, _, surface in hits:
        if surface.cls == "A" and ("district" in surface.levels or "zone" in surface.levels):
            counts[surface.places[0]] = counts.get(surface.places[0], 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)  # ties: the first seen (dicts keep order)


_LEAD = f"(?P<a>{A})"


def _combined(patterns: Sequence[PairPattern]) -> re.Pattern:
    """One regex for the patterns that start with the first party: ``(?P<a>A)(?:rest|rest…)``.

    Factoring out the leading token keeps the regex engine's fast scan for its first
    character (an alternation of groups would be tried at every position). Group
    ``p<i>`` says which pattern matched, in order of preference.
    """
    alternatives = []
    for i, pattern in enumerate(patterns):
        rest = pattern.regex.pattern[len(_LEAD) :]
        rest = re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{i}>", rest)
        alternatives.append(f"(?P<p{i}>{rest})")
    return re.compile(_LEAD + "(?:" + "|".join(alternatives) + ")")


_LEADING = tuple(p for p in PAIR_PATTERNS if not p.implied and p.regex.pattern.startswith(_LEAD))
_OTHERS = tuple(p for p in PAIR_PATTERNS if not p.implied and not p.regex.pattern.startswith(_LEAD))
_IMPLIED = tuple(p for p in PAIR_PATTERNS if p.implied)
_LEADING_RE = _combined(_LEADING)


def _pairs_in(
    sent: _Sentence, regions: set[str], has_cue: bool, subject: str | None, gaz: Gazetteer
) -> list[tuple[str, str, str]]:
    """The pairs one sentence states, each with the name of the pattern that read it.

    ``regions`` are the distinct pairable places of the sentence. The explicit patterns
    run as one regex (leftmost match, earlier patterns first); the implied ones after.
    """
    skeleton = sent.skeleton
    out: list[tuple[str, str, str]] = []
    seen: set[frozenset] = set()

    def add(pattern: PairPattern, firsts: list[str], seconds: list[str]) -> None:
        for a in firsts:
            for b in seconds:
                if a == b:
                    continue
                if pattern.needs_cue and not has_cue and gaz.reference_pair(a, b) is None:
                    continue
                key = frozenset((a, b))
                if key not in seen:
                    seen.add(key)
                    out.append((a, b, pattern.name))

    if len(regions) >= 2:
        for m in _LEADING_RE.finditer(skeleton):
            i = int(m.lastgroup[1:])
            add(_LEADING[i], sent.places_in(m.group("a"), "A"), sent.places_in(m.group(f"b{i}"), "A"))
        for pattern in _OTHERS:
            if not pattern.hint.search(skeleton):
                continue
            for m in pattern.regex.finditer(skeleton):
                if pattern.same_subject:
                    gap = m.group("gap")
                    clause = re.split("[，,]", gap)[-1] if re.search("[，,]", gap) else ""
                    if clause and not _CONTINUING_CLAUSE.match(clause):
                        continue
                add(pattern, sent.places_in(m.group("a"), "A"), sent.places_in(m.group("b"), "A"))
    if subject is not None and has_cue and not (len(regions) == 1 and subject in regions):
        for pattern in _IMPLIED:
            for m in pattern.regex.finditer(skeleton):
                add(pattern, [subject], sent.places_in(m.group("b"), "A"))
    return out


def _side(place, gaz: Gazetteer) -> int:
    """0 for the 一区 (主城都市区 and the zones), 1 for the 两群, 2 outside Chongqing."""
    if place.level not in CHONGQING:
        return 2
    return 0 if place.group == "主城都市区" else 1


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
    if pa.level not in CHONGQING and pb.level not in CHONGQING:
        result = (None, False, False)  # cqmap maps Chongqing's relations, not others'
    else:
        sa, sb = _side(pa, gaz), _side(pb, gaz)
        if (sa, _order_key(pa)) > (sb, _order_key(pb)):
            pa, pb, sa, sb = pb, pa, sb, sa
        key = (pa.name, pb.name)
        result = (key, gaz.reference_pair(*key) is not None, {sa, sb} == {0, 1})
    _ORIENTATION[cache_key] = result
    return result


def _orient(
    a: str, b: str, sentence_text: str, about_pairing: bool, gaz: Gazetteer
) -> tuple[tuple[str, str] | None, str]:
    """The pair in canonical order (一区 side first) and its relation."""
    key, reference, one_and_two = _orientation(a, b, gaz)
    if key is None:
        return None, ""
    if reference or (one_and_two and (about_pairing or _OFFICIAL.search(sentence_text))):
        return key, "official"
    return key, "cooperation"


# --------------------------------------------------------------------------- routes
def _mode(text: str, default: str = "unspecified") -> str:
    for mode, words in MODE_WORDS:
        if any(w in text for w in words):
            return mode
    return default


def _opened(sentence_text: str) -> str | None:
    if not OPENING_CUE.search(sentence_text):
        return None
    m = DATE.search(sentence_text)
    if not m:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{month:02d}-{day:02d}"
    return f"{m.group('y')}-{date}" if m.group("y") else date


def _to_port(place: str, mode: str, sent: _Sentence, gaz: Gazetteer) -> str:
    """Move a water route's region endpoint to its port (named here, else the only one)."""
    p = gaz.places.get(place)
    if p is None or p.level == "port" or mode != "river":
        return place
    hosted_here = [q for q in sent.of_class("P") if gaz.places[q].host == place]
    if hosted_here:
        return hosted_here[0]
    river_ports = [q.name for q in gaz.by_level("port") if q.host == place and q.kind == "river port"]
    return river_ports[0] if len(river_ports) == 1 else place


def _clean_name(s: str) -> str:
    return re.sub(r"[“”\"‘’「」『』\s]", "", s)


def _routes_in(sent: _Sentence, sentence_text: str, anchor: str | None, gaz: Gazetteer) -> list[Route]:
    """The routes one sentence names; ``anchor`` is the port the sentence before was about."""
    skeleton = sent.skeleton
    out: list[Route] = []
    opened = _opened(sentence_text)

    def name_of(m: re.Match) -> str:
        t_start, t_end = sent.text_span(m.start(), m.end())
        return _clean_name(sentence_text[t_start - sent.start : t_end - sent.start])

    # X—Y …班轮/航线: a named service between two places
    for m in ROUTE_DASH.finditer(skeleton):
        name = name_of(m)
        mode = _mode(name, _mode(sentence_text, "river"))
        origin = _to_port(sent.place(m.group("o")), mode, sent, gaz)
        dest = _destination_after(sent, m.end(), sent.place(m.group("d")), mode, gaz)
        out.append(Route(name, origin, [dest], [], mode, opened))

    # 沪渝集装箱直达快线(万州航线): a composite names both ends
    for m in ROUTE_COMPOSITE.finditer(skeleton):
        surface = sent.hit(m.group("c"))[2]
        if surface.form != "composite" or len(surface.places) != 2:
            continue
        name = name_of(m)
        mode = _mode(name, _mode(sentence_text))
        if mode == "unspecified" and re.search("快线|航线|班轮", name):
            mode = "river"
        home = [p for p in surface.places if p == "重庆市"]
        away = [p for p in surface.places if p != "重庆市"]
        origin = sent.place(m.group("x")) if m.group("x") else (home or surface.places)[0]
        dests = away if home else list(surface.places[1:])
        out.append(_route(name, origin, dests, [], mode, opened, sent, gaz))

    # 宜宾港…的集装箱在果园港中转: a transhipment names the first leg
    for m in TRANSSHIP.finditer(skeleton):
        origin, hub = sent.place(m.group("o")), sent.place(m.group("v"))
        out.append(Route(None, origin, [], [hub], _mode(sentence_text, "river"), opened))
    if out:
        return out

    # corridors (西部陆海新通道, 中欧班列) and plain movements (从X出发…驶往Y、Z)
    origin = None
    origin_match = ORIGIN.search(skeleton)
    if origin_match:
        origin = sent.place(origin_match.group("o") or origin_match.group("o2"))
    dest_match = DESTINATIONS.search(skeleton)
    dests = sent.places_in(dest_match.group("list")) if dest_match else []
    via: list[str] = []
    for v in VIA.finditer(skeleton):
        via += sent.places_in(v.group("list") or v.group("v"))

    corridors: dict[str, tuple[str, str]] = {}
    for c in _CORRIDOR_RE.finditer(sentence_text):
        corridor, corridor_mode = _CORRIDOR_OF[c.group()]
        corridors.setdefault(corridor, (_service_name(sentence_text, c), corridor_mode))
    for corridor, (name, corridor_mode) in corridors.items():
        mode = corridor_mode if corridor_mode == "rail-sea" else _mode(sentence_text, corridor_mode)
        start = origin or next(iter(sent.of_class("P")), None) or anchor
        if start is None:
            continue  # a corridor named in passing, with no place on it
        out.append(_route(name, start, dests, via, mode, opened, sent, gaz, corridor=corridor))
    if corridors:
        return out

    mode = _mode(sentence_text)
    if origin is not None and dests and (mode != "unspecified" or TRANSPORT_CUE.search(sentence_text)):
        out.append(_route(None, origin, dests, via, mode, opened, sent, gaz))
    return out


def _route(name, origin, dests, via, mode, opened, sent, gaz, *, corridor=None) -> Route:
    origin = _to_port(origin, mode, sent, gaz)
    dests = [d for d in (_to_port(x, mode, sent, gaz) for x in dests) if d != origin]
    via = [v for v in via if v != origin and v not in dests]
    return Route(name, origin, dests, via, mode, opened, corridor=corridor)


def _service_name(sentence_text: str, m: re.Match) -> str:
    """The corridor's name as written, with the service word that follows (…专列)."""
    tail = re.match(r"(?:铁海联运)?(?:班列|专列|列车)?", sentence_text[m.end() :])
    return m.group() + (tail.group() if tail else "")


def _destination_after(sent: _Sentence, k_end: int, default: str, mode: str, gaz: Gazetteer) -> str:
    """``…前往涪陵港``: a port named after the service that sits in the destination region."""
    m = re.match(rf"[^，。；,;]{{0,8}}?(?:前往|驶往|至|到达|抵达|直达)(?P<p>{P})", sent.skeleton[k_end:])
    if m:
        port = sent.place(m.group("p"))
        if gaz.places[port].host == default:
            return port
    return _to_port(default, mode, sent, gaz)


def _merge_route(routes: dict[tuple, Route], route: Route) -> None:
    if route.corridor:
        key = ("corridor", route.corridor, route.origin)
    else:
        key = ("named", route.name, route.origin) if route.name else (
            "movement", route.origin, tuple(route.destinations), route.mode
        )
    existing = routes.get(key)
    if existing is None:
        routes[key] = route
        return
    for d in route.destinations:
        if d not in existing.destinations:
            existing.destinations.append(d)
    for v in route.via:
        if v not in existing.via and v not in existing.destinations:
            existing.via.append(v)
    if existing.mode == "unspecified":
        existing.mode = route.mode
    existing.opened = existing.opened or route.opened
    if existing.corridor and route.name and existing.name == existing.corridor:
        existing.name = route.name
    for ev in route.evidence:
        if all(e.sentence != ev.sentence for e in existing.evidence):
            existing.evidence.append(ev)
