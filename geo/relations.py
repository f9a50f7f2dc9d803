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
    签订协议`` (one to many), ``A、B、C与D`` (many to one), ``A、B分别与C、D`` and
    ``A与B、C与D`` (each its own), ``A、B、C三地共同`` (three or four acting together:
    every two), ``A向B出售``, ``研发在A、生产在B``, ``A·B``, ``A、B两地``,
    ``A…,与B…``, ``A引导…在B``, an implied subject (``我们与B``, a sentence that starts
    with ``与B``), and ``双方``/``两地`` continuing the pair of the sentences before.
    A pairing is ``official`` when it is a reference pairing, or when it joins the
    一区 with the 两群 in a 对口/结对/帮扶/一区两群 context; ``cooperation`` otherwise.

Routes
    ``X—Y…班轮/航线/快线/班列/班车`` and ``…班列(X—Y)``, services between two ports
    (``X与Y开通…班轮``) or two places (``往返于X和Y之间``), composite services
    (``沪渝集装箱直达快线(万州航线)``; a composite that starts a longer name, as 渝黔 in
    渝黔桂新, yields to the sentence's own end and stops), corridors (西部陆海新通道,
    中欧班列) anchored at a port of the sentence or the one before, and plain movements
    (``从X出发…驶往Y、Z``). Mode from the wording, endpoints of water routes moved to the
    port of their region, opening date when stated.

Speed: only sentences with two regions (or one and an implied subject) are read for
pairs, and their skeletons are joined into one document skeleton that each pair pattern
scans once (:func:`_candidates`); guards in the patterns make regions that are followed
by none of a pattern's words fail at once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations, product

from geo.gazetteer import Gazetteer
from geo.matcher import Hit
from geo.routes import (
    ROUTE_HINTS,
    CorridorMention,
    Route,
    date_routes,
    merge_route,
    read_routes,
    settle_corridors,
)
from geo.skeleton import (
    _A0,
    _ORDINARY,
    _TOKEN,
    NOT_A,
    A,
    Evidence,
    Sentence,
    places_in,
    skeleton,
)

__all__ = ["Evidence", "Pairing", "read_relations", "PAIR_PATTERNS", "COOP_CUES"]

PAIRABLE = {"district", "zone", "prefecture", "new area"}
CHONGQING = {"district", "zone"}

# Organisation words after a region (经济运行局, 党政代表团, 直属企业重庆港务物流集团 ...):
# no punctuation, no other pairable region.
_ORG_OUT = '\ue000-\ue7ff，,。；;：:！!？?、“”"（）()'
ORG_CHAR = f"[^{_ORG_OUT}]"
ORG = f"{ORG_CHAR}{{0,12}}?"
JOIN = "(?:与|和|同|跟)"
PAIR_VERB = "(?:携手|联手|牵手|结对|对口(?:协同|帮扶|协作|支援|合作|支持)?|协同|帮扶|支援|援助|援建|联动|助力)"
_PAIR_JOIN = "对口协同|对口帮扶|结对|携手"
_RUN_OUT = "\ue000-\ue7ff。；;"
_RUN_TO = f"[^{_RUN_OUT}]"  # what may stand between a region and 到 (``A到B``)
LIST = rf"{A}(?:{ORG}(?:、|和|及|与|以及){ORG}{A})*"


def _ahead(firsts: str, within: int = 12, out: str = _ORG_OUT) -> str:
    """A guard for a lazy gap (at most ``within`` characters, none of ``out``) and a word.

    It asserts that one of the word's first characters ``firsts`` comes within reach with
    no excluded character before it: a necessary condition, checked possessively (no
    backtracking). Where it fails, the gap would have tried every length in vain; most
    regions are followed by no such word, so this saves most of the matching time.
    """
    return f"(?=[^{out}{firsts}]{{0,{within}}}+[{firsts}])"


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
    """A pair pattern over a sentence's skeleton (compiled when first used on its own:
    reading runs the document forms, see :func:`_for_document`)."""

    name: str
    pattern: str
    needs_cue: bool
    hint: re.Pattern  # words the sentence must contain for the pattern to have a chance
    implied: bool = False  # the first party is the paragraph's or document's subject
    same_subject: bool = False  # the ``gap`` group must not start a clause of its own
    alone: bool = False  # never part of the combined regex of the first-party patterns
    co_subjects: bool = False  # its first parties act side by side: never a pair themselves
    respective: bool = False  # pairs in order (first parties with partners), no other pair
    among: bool = False  # every two of the regions of group ``a`` are a pair

    @cached_property
    def regex(self) -> re.Pattern:
        """The pattern over one sentence's skeleton."""
        return re.compile(self.pattern)


def _pp(
    name: str,
    pattern: str,
    *,
    needs_cue: bool,
    hint: str,
    implied: bool = False,
    same_subject: bool = False,
    alone: bool = False,
    co_subjects: bool = False,
    respective: bool = False,
    among: bool = False,
) -> PairPattern:
    return PairPattern(
        name,
        pattern,
        needs_cue,
        re.compile(hint),
        implied,
        same_subject,
        alone,
        co_subjects,
        respective,
        among,
    )


# After a comma, a clause that continues the same subject starts with one of these
# (``A拓宽渠道,与B形成`` / ``A…部署,不断强化与B``), never with a new noun
# (``A…,京东方公司则与B`` is the company's relation, not A's).
_CONTINUING_CLAUSE = re.compile(
    r"^(?:并|还|则|也|将|正|又|已|已经|同时|不断|进一步|积极|主动|持续|全面|共同|加快|大力|先后)*"
    r"(?:强化|加强|深化|推动|推进|加大|拓展)?$"
)


PAIR_PATTERNS: tuple[PairPattern, ...] = (
    _pp(
        "A与B",
        rf"(?P<a>{A}){_ahead('与和同跟')}{ORG}{JOIN}{ORG}(?P<b>{LIST})",
        hint="与|和|同|跟",
        needs_cue=True,
    ),
    _pp(
        "A携手B",
        rf"(?P<a>{A}){_ahead('携联牵结对协帮支援助')}{ORG}{PAIR_VERB}{ORG}(?P<b>{LIST})",
        hint="携手|联手|牵手|结对|对口|协同|帮扶|支援|援助|援建|联动|助力",
        needs_cue=False,
    ),
    # (Not after 、, a region or a verb: checked behind the first party, so that the regex
    # engine can skip ahead to regions. Its matches are its own: ``alone``.)
    _pp(
        "A、B两地",
        rf"(?P<a>{A})(?<![、\ue000-\ue7ff赴到与和同往].){_ahead('、和与')}{ORG}[、和与]{ORG}"
        rf"(?P<b>{A}){ORG}(?:两地|双方|两区|两县|共同|携手|联合|联手|一起|同为|签订|签署|分别是)",
        hint="、|和|与",
        needs_cue=False,
        alone=True,
    ),
    _pp(
        "A赴B、C",
        rf"(?P<a>{A}){_ahead('先分相赴到前')}{ORG}(?:先后|分别|相继)?(?:赴|到|前往)(?P<b>{LIST})",
        hint="赴|到|前往",
        needs_cue=True,
    ),
    _pp(
        "A…,与B",
        rf"^{NOT_A}{{0,30}}+(?P<a>{A}){_ahead('与同携联对结', 60, _RUN_OUT)}(?P<gap>[^\ue000-\ue7ff。；;]{{0,60}}?)"
        rf"(?:与|同|携手|联手|联动|对口协同|对口帮扶|结对){ORG}(?P<b>{LIST})",
        hint="与|同|携手|联手|联动|对口|结对",
        needs_cue=True,
        same_subject=True,
    ),
    _pp(
        "A向B出售",
        rf"(?P<a>{A}){_ahead('向为给')}{ORG}(?:向|为|给){ORG}(?P<b>{A}){ORG}"
        "(?:出售|转让|输送|提供|采购|购买|销售|培训|开展|捐赠|捐助|赠送|移交|投入|拨付|选派|派出)",
        hint="向|为|给",
        needs_cue=False,
    ),
    # (Read from its 在: a literal first lets the regex engine skip ahead.)
    _pp(
        "研发在A、生产在B",
        rf"在(?<=(?:研发|总部|设计|孵化|前端|创新)在)(?P<a>{A})[、,，]?\s*"
        rf"(?:生产|制造|落地|转化|后端|产业化)在(?P<b>{A})",
        hint="在",
        needs_cue=False,
    ),
    _pp("A·B", rf"(?P<a>{A})\s*[·•・‧]\s*(?P<b>{A})", hint="[·•・‧]", needs_cue=False),
    _pp(
        "AB产业园",
        rf"(?P<a>{A})(?P<b>{A})(?:产业|协作|合作|共建|协同|对口|飞地|孵化)",
        hint="[\\ue000-\\ue7ff]{2}",
        needs_cue=False,
    ),
    _pp(
        "A引导…在B",
        rf"(?P<a>{A}){_ahead('引组推支帮选派援协带')}{ORG}(?:引导|组织|推动|支持|帮助|选派|派遣|援助|协调|带动)"
        rf"{NOT_A}{{0,40}}?(?:在|到|赴|落户|入驻|助力|帮扶|支持)(?P<b>{A})",
        hint="引导|组织|推动|支持|帮助|选派|派遣|援助|协调|带动",
        needs_cue=False,
    ),
    # Read as ``A ORG [^A。；;]{0,16}? verb B``; written so that it runs in linear time
    # (the two lazy runs would try 13 x 17 splits at every region). ORG's characters are
    # a subset of the run's, so the gap before the verb is the shortest of at most 16
    # run characters, or of 16 + i (i <= 12) whose first i are ORG characters: the same
    # match, found in the same order.
    _pp(
        "A到B",
        rf"(?P<a>{A}){_ahead('来分派到赴前', 28, _RUN_OUT)}(?:{_RUN_TO}{{0,16}}?|(?={_RUN_TO}{{17}}){ORG_CHAR}{{1,12}}?{_RUN_TO}{{16}})"
        rf"(?:来到|分派到|派到|派驻|到|赴|前往)(?P<b>{A})",
        hint="到|赴|前往",
        needs_cue=True,
    ),
    # A conference or programme named by its pair: 永川区—彭水县对口协同工作推进会.
    _pp(
        "A—B对口协同",
        rf"(?P<a>{A})\s*[—–\-－]\s*(?P<b>{A})(?=[^\ue000-\uefff，,。；;]{{0,4}}(?:对口|协同|结对|合作|协作))",
        hint="[—–\\-－]",
        needs_cue=False,
    ),
    # Several first parties side by side: 大渡口区、大足区分别与忠县开展对口协同,
    # 开州区、城口县、巫溪县与达州市签署协议. (和 joins them only before 分别/均/都/各自:
    # 万州、开州和云阳 is one list.) With 分别 and as many partners, each has its own:
    # 沙坪坝区、江津区分别与奉节县、巫山县 (see _RESPECTIVE).
    _pp(
        "A、B与C",
        rf"(?P<a>{A}(?:[、和]{A})+)(?:(?:(?P<each>分别)|均|都|各自)(?:与|同|和|跟|{_PAIR_JOIN})"
        rf"|(?:与|同|跟|{_PAIR_JOIN}))(?P<b>{LIST})",
        hint="与|同|和|跟|对口|结对|携手",
        needs_cue=True,
        co_subjects=True,
    ),
    # Pairs side by side: 铜梁区与云阳县、垫江县与酉阳县分别签订协议 (each its own pair).
    _pp(
        "A与B、C与D",
        rf"(?P<a>{A}(?:与|和|同){A}(?:、{A}(?:与|和|同){A})+)",
        hint="、",
        needs_cue=True,
        respective=True,
    ),
    # Three or four regions acting together: 万州区、开州区、云阳县三地共同推进, 推动万州、
    # 开州和云阳协同发展. (A longer list, or one that goes on with 等, is an enumeration.
    # Not after a join or a region: checked behind the first region, so that the regex
    # engine can skip ahead to regions.)
    _pp(
        "A、B、C三地",
        rf"(?P<a>{A}(?<![、和与同跟及\ue000-\ue7ff].)(?:[、和及]{A}){{2,3}})(?![、和及等]|{A})"
        rf"(?:三地|四地|三方|四方|三区县|三区|三县)?{ORG}"
        "(?:共同|携手|联合|联手|一起|协同|一体化|同城化|签订|签署|合作(?!社))",
        hint="、|和|及",
        needs_cue=True,
        among=True,
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
        # (Nothing after the spaces is a space: ``\s*+``. The guard: the verb's first
        # character within the five characters the optional words take up at most; they
        # hold none of them.)
        rf"(?:^|[，,；;：:“])\s*+{_ahead('与同携联对结', 5, '')}"
        r"(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        r"(?:强化|加强|深化|推动)?(?:与|同|携手|联手|联动|对口协同|对口帮扶|结对)"
        rf"{ORG}(?P<b>{LIST})",
        hint="与|同|携手|联手|联动|对口|结对",
        needs_cue=True,
        implied=True,
    ),
)

# 沙坪坝区、江津区分别与奉节县、巫山县: as many partners as first parties, each its own.
_RESPECTIVE = replace(
    next(p for p in PAIR_PATTERNS if p.co_subjects), name="A、B分别与C、D", respective=True
)


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
_CONTINUATION_SKELETON = re.compile("(?<![\ue000-\uefff])(?:" + "|".join(CONTINUATION_CUES) + ")")
_COOP = re.compile("|".join(COOP_CUES))
_OFFICIAL = re.compile("|".join(OFFICIAL_CUES))
_IMPLIED_HINT = re.compile("与|同|携手|联手|联动|结对|对口")
ROUTE_HINT = re.compile("|".join(ROUTE_HINTS))
# Route hints and continuation cues in one pass. The two word lists share no character,
# so no match of one can hide a match of the other: the same matches as two passes. (No
# group: an alternation of plain words keeps the engine's scan for their first characters.)
_CUES = re.compile(f"{ROUTE_HINT.pattern}|{_CONTINUATION.pattern}")
_CONTINUATION_FIRST = frozenset(cue[0] for cue in CONTINUATION_CUES)
assert set("".join(CONTINUATION_CUES)).isdisjoint(ROUTE_HINT.pattern)

# --------------------------------------------------------------------------- document skeletons
# The pair patterns run once per document rather than once per sentence: over the
# skeletons of the sentences to analyse, joined by _SEP (which also opens and closes the
# whole). _SEP never occurs in cleaned text (control characters are removed) and the
# document forms of the patterns cannot cross it: every negated class excludes it, and
# the anchor ``^`` (a sentence's start) becomes _SEP itself. So a document finds, in each
# sentence, exactly the matches the sentence's own skeleton gives, in the same order.
_SEP = "\x00"


def _for_document(pattern: str) -> str:
    """The document form of a pair pattern (see above)."""
    doc = pattern.replace("[^", "[^\\x00")
    if doc.startswith("^"):
        doc = "\\x00" + doc[1:]
    return doc.replace("(?:^|", "(?:\\x00|")


_LEAD = f"(?P<a>{A})"


def _combined(patterns: Sequence[str]) -> re.Pattern:
    """One regex for the patterns that start with the first party: ``(?P<a>A)(?:rest|rest…)``.

    Factoring out the leading token keeps the regex engine's fast scan for its first
    character (an alternation of groups would be tried at every position). Group
    ``p<i>`` says which pattern matched, in order of preference.
    """
    alternatives = []
    for i, pattern in enumerate(patterns):
        rest = pattern[len(_LEAD) :]
        rest = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}{i}>", rest)
        alternatives.append(f"(?P<p{i}>{rest})")
    return re.compile(_LEAD + "(?:" + "|".join(alternatives) + ")")


_LEADING = tuple(
    p for p in PAIR_PATTERNS if not (p.implied or p.alone) and p.pattern.startswith(_LEAD)
)
_OTHERS = tuple(p for p in PAIR_PATTERNS if not p.implied and p not in _LEADING)
_IMPLIED = tuple(p for p in PAIR_PATTERNS if p.implied)
_LEADING_RE = _combined([_for_document(p.pattern) for p in _LEADING])
_OTHERS_RE = tuple((p, re.compile(_for_document(p.pattern))) for p in _OTHERS)
_IMPLIED_RE = tuple((p, re.compile(_for_document(p.pattern))) for p in _IMPLIED)
_COMMA = re.compile("[，,]")


# Candidate pairs of one sentence: (pattern, first parties, second parties), in the order
# the per-sentence reading tried them (explicit patterns, then implied ones).
_Candidate = tuple[PairPattern, list[str], list[str]]
# A sentence to read pairs in: (index, start, end, mentions, explicit patterns count?,
# the subject for the implied patterns or None).
_Todo = tuple[int, int, int, Sequence[Hit], bool, "str | None"]


def _candidates(text: str, todo: list[_Todo]) -> dict[int, list[_Candidate]]:
    """The pair patterns' matches in the sentences ``todo``, by sentence."""
    parts = [_SEP]
    starts: list[int] = []  # where each sentence's skeleton starts in the document's
    offset = 1
    for _, start, end, hits, _, _ in todo:
        shape = skeleton(text, start, end, hits)
        starts.append(offset)
        parts.append(shape)
        parts.append(_SEP)
        offset += len(shape) + 1
    document = "".join(parts)
    out: dict[int, list[_Candidate]] = {}
    # (A match ends inside its sentence: its last character tells which one it is.)
    if any(entry[4] for entry in todo):
        for m in _LEADING_RE.finditer(document):
            i, _, _, hits, explicit, _ = todo[bisect_right(starts, m.end() - 1) - 1]
            if explicit:
                k = int(m.lastgroup[1:])
                first = [hits[ord(m.group("a")) - _A0][2].place]  # (one region token)
                second = places_in(hits, m.group(f"b{k}"), "A")
                out.setdefault(i, []).append((_LEADING[k], first, second))
        for pattern, regex in _OTHERS_RE:
            if not pattern.hint.search(document):
                continue  # (a sentence without the hint has no match either)
            for m in regex.finditer(document):
                i, _, _, hits, explicit, _ = todo[bisect_right(starts, m.end() - 1) - 1]
                if not explicit:
                    continue
                if pattern.same_subject:
                    gap = m.group("gap")
                    clause = _COMMA.split(gap)[-1] if _COMMA.search(gap) else ""
                    if clause and not _CONTINUING_CLAUSE.match(clause):
                        continue
                first = places_in(hits, m.group("a"), "A")  # (one region, or a list)
                if pattern.among:
                    out.setdefault(i, []).append((pattern, first, first))
                    continue
                if pattern.respective:  # A与B、C与D: the regions in turn
                    out.setdefault(i, []).append((pattern, first[0::2], first[1::2]))
                    continue
                second = places_in(hits, m.group("b"), "A")
                if pattern.co_subjects and m.group("each") and len(first) == len(second) > 1:
                    out.setdefault(i, []).append((_RESPECTIVE, first, second))
                else:
                    out.setdefault(i, []).append((pattern, first, second))
    if any(entry[5] is not None for entry in todo):
        for pattern, regex in _IMPLIED_RE:
            for m in regex.finditer(document):
                i, _, _, hits, _, subject = todo[bisect_right(starts, m.end() - 1) - 1]
                if subject is not None:
                    second = places_in(hits, m.group("b"), "A")
                    out.setdefault(i, []).append((pattern, [subject], second))
    return out


def _pairs(
    candidates: list[_Candidate], has_cue: bool, text_has_cue: bool, gaz: Gazetteer
) -> list[tuple[str, str, str]]:
    """The distinct pairs of one sentence's candidates, each with its pattern's name.

    A pattern that needs a cue takes a pair without one in its sentence only if the pair
    is a reference pair and the text speaks of working together somewhere (北碚区和巫山县
    的气温 in a weather report is no evidence of their pairing).
    """
    out: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    # (大渡口区、大足区分别与忠县: 大渡口区 and 大足区 are not a pair, whatever else reads them
    # so; 沙坪坝区、江津区分别与奉节县、巫山县: nor are 江津区 and 奉节县.)
    claimed: set[tuple[str, str]] = set()
    for pattern, firsts, seconds in candidates:
        if pattern.co_subjects:
            seen.update((a, b) for a in firsts for b in firsts if a < b)
        if pattern.respective:
            members = (*firsts, *seconds)
            claimed.update((a, b) for a in members for b in members if a < b)
    for pattern, firsts, seconds in candidates:
        respective = pattern.respective
        if respective:
            pairs: Iterable[tuple[str, str]] = zip(firsts, seconds)
        elif pattern.among:
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
        The mentions (:func:`geo.matcher.scan`) and the index of the sentence of each.
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
    counts: dict[str, int] = {}
    for h in hits:
        if h[2].unit:
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
    todo: list[_Todo] = []
    paragraph = 0  # the number of line breaks before the sentence
    counted = 0
    for i in sorted(by_sentence.keys() | route_sentences | continuation_sentences):
        s_start, s_end = sentences[i]
        paragraph += text.count("\n", counted, s_start)
        counted = s_start
        sentence_hits = by_sentence.get(i, ())
        prior = subjects.get(paragraph)  # (the sentences before in the paragraph)
        regions: set[str] = set()
        port = None
        for _, _, surface in sentence_hits:
            if surface.cls == "A":
                regions.add(surface.place)
                if surface.unit and paragraph not in subjects:
                    subjects[paragraph] = surface.place
            elif surface.cls == "P":
                port = surface.place
        has_cue = False
        if regions:
            subject = subjects.get(paragraph, doc_subject)
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
                has_cue = _COOP.search(text, s_start, context_end) is not None
                explicit = len(regions) >= 2
                implied = (
                    subject is not None
                    and has_cue
                    and not (len(regions) == 1 and subject in regions)
                )
                if explicit or implied:
                    todo.append(
                        (i, s_start, s_end, sentence_hits, explicit, subject if implied else None)
                    )
        plan.append((i, s_start, s_end, paragraph, sentence_hits, has_cue, port))
    # Skeletons stand for mentions with private-use characters: any of the text's own
    # become an ordinary character there (same length), or they would read as mentions.
    plain = _TOKEN.sub(_ORDINARY, text) if _TOKEN.search(text) else text
    candidates = _candidates(plain, todo) if todo else {}
    text_has_cue = bool(candidates) and _COOP.search(text) is not None

    # Second pass, in order: pairs (and pairs continued by 双方/两地), routes.
    pairings: dict[tuple[str, str], Pairing] = {}
    routes: list[Route] = []
    corridors: dict[str, CorridorMention] = {}
    last_pair: tuple[tuple[str, str], int] | None = None
    last_port: tuple[str, int, int] | None = None  # (port, sentence, paragraph)
    for i, s_start, s_end, paragraph, sentence_hits, has_cue, port in plan:
        found = _pairs(candidates[i], has_cue, text_has_cue, gaz) if i in candidates else []
        if (
            not found
            and last_pair
            and i in continuation_sentences
            and (i - last_pair[1] <= 3 or s_start - sentences[last_pair[1]][1] <= 160)
        ):
            shape = skeleton(plain, s_start, s_end, sentence_hits)
            if _CONTINUATION_SKELETON.search(shape) and not any(
                s.place not in last_pair[0] for _, _, s in sentence_hits if s.cls == "A"
            ):
                found = [(*last_pair[0], "双方 (continued)")]
        if found:
            sentence_text = text[s_start:s_end]
            for a, b, pattern in found:
                key, relation = _orient(a, b, sentence_text, text, about_pairing, gaz)
                if key is None:
                    continue
                pairing = pairings.get(key)
                if pairing is None:
                    pairing = pairings[key] = Pairing(key[0], key[1], relation)
                elif relation == "official":
                    pairing.relation = "official"
                if not pairing.evidence or pairing.evidence[-1].sentence != i:
                    pairing.evidence.append(
                        Evidence(doc_id, i, s_start, s_end, sentence_text, pattern)
                    )
                last_pair = (key, i)

        if i in route_sentences:
            sentence_text = text[s_start:s_end]
            sent = Sentence(plain, s_start, s_end, sentence_hits)
            anchor = (
                last_port[0]
                if last_port and last_port[2] == paragraph and i - last_port[1] <= 1
                else None
            )
            found_routes, named = read_routes(sent, sentence_text, anchor, gaz)
            for route in found_routes:
                route.evidence.append(
                    Evidence(doc_id, i, s_start, s_end, sentence_text, route.form)
                )
                merge_route(routes, route)
            for corridor in named:
                entry = corridors.setdefault(corridor, CorridorMention(corridor))
                entry.evidence.append(
                    Evidence(doc_id, i, s_start, s_end, sentence_text, "corridor named")
                )
        if port is not None:
            last_port = (port, i, paragraph)

    routes = settle_corridors(routes, corridors)
    if routes:
        date_routes(routes, text, sentences, date=date)
    ordered_pairs = sorted(pairings.values(), key=lambda p: (p.evidence[0].sentence, p.a, p.b))
    ordered_routes = sorted(
        routes, key=lambda r: (r.evidence[0].sentence, r.name or "", r.origin or "")
    )
    named_corridors = sorted(corridors.values(), key=lambda c: c.evidence[0].sentence)
    return ordered_pairs, ordered_routes, named_corridors


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
