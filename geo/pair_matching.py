"""Pairings found in a document: the pair patterns matched.

:func:`candidates` matches the patterns of :data:`cqmap.geo.pairs.PAIR_PATTERNS` in a
document's sentences, each match with its first parties and partners (:data:`Candidate`),
leaving out those its guards say are no pairing (a list of members, whose directions are
carried out, who gains, where a party meets); :func:`cqmap.geo.pair_making.pairs_of` makes
one sentence's matches its pairs, as each pattern says (see :mod:`cqmap.geo.pairs`).

Speed: only sentences with two regions (or one and an implied subject) are read, and
their skeletons are joined into one document skeleton that each pattern scans once
(:func:`candidates`). Groups of places counted acting as one, and their members, are
:mod:`cqmap.geo.pair_groups` (still exported here).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

from cqmap.geo.lexicon import Hit, Surface
from cqmap.geo.pair_groups import groups_acting, members_counted, members_listed, members_named
from cqmap.geo.pair_words import (
    COUNTED_PARTIES,
    LEAD,
    ORG,
    ORG_CHAR,
    SIGNED,
    alt,
)
from cqmap.geo.pairs import PAIR_PATTERNS, PairPattern
from cqmap.geo.regions import PARTNERSHIPS
from cqmap.geo.skeleton import _A0, _B0, A, is_token, places_in, skeleton
from cqmap.geo.vocabulary import JOINT_MEETING, JOINT_MEETING_REACH

__all__ = [
    "Candidate",
    "Todo",
    "candidates",
    "groups_acting",
    "members_counted",
    "members_listed",
    "members_named",
    "partners_named_together",
]


# After a comma, a clause that continues the same subject starts with one of these
# (``A拓宽渠道,与B形成`` / ``A…部署,不断强化与B``), never with a new noun
# (``A…,京东方公司则与B`` is the company's relation, not A's).
_CONTINUING_CLAUSE = re.compile(
    r"^(?:并|还|则|也|将|正|又|已|已经|同时|不断|进一步|积极|主动|持续|全面|共同|加快|大力|先后)*"
    r"(?:强化|加强|深化|推动|推进|加大|拓展)?$"
)

# 沙坪坝区、江津区分别与奉节县、巫山县: as many partners as first parties, each its own.
_RESPECTIVE = replace(
    next(p for p in PAIR_PATTERNS if p.name == "A、B与C"), name="A、B分别与C、D", respective=True
)

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


def _combined_pattern(patterns: Sequence[str]) -> str:
    """One regex for the patterns that start with the first party: ``(?P<a>A)(?:rest|rest…)``.

    Factoring out the leading token keeps the regex engine's fast scan for its first
    character (an alternation of groups would be tried at every position). Group
    ``p<i>`` says which pattern matched, in order of preference.
    """
    alternatives = []
    for i, pattern in enumerate(patterns):
        rest = pattern[len(LEAD) :]
        rest = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}{i}>", rest)
        alternatives.append(f"(?P<p{i}>{rest})")
    return LEAD + "(?:" + "|".join(alternatives) + ")"


def _combined(patterns: Sequence[str]) -> re.Pattern:
    """The regex of :func:`_combined_pattern`."""
    return re.compile(_combined_pattern(patterns))


_LEADING = tuple(
    p for p in PAIR_PATTERNS if not (p.implied or p.alone) and p.pattern.startswith(LEAD)
)
_OTHERS = tuple(p for p in PAIR_PATTERNS if not p.implied and p not in _LEADING)
_IMPLIED = tuple(p for p in PAIR_PATTERNS if p.implied)


class _Regex:
    """A document pattern, compiled when it first runs (``re`` takes 1 ms a pattern, and
    a document runs only those its sentences hold a hint of)."""

    __slots__ = ("pattern", "_regex")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._regex: re.Pattern | None = None

    @property
    def regex(self) -> re.Pattern:
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.pattern)
        return regex

    def finditer(self, string: str) -> Iterator[re.Match]:
        return (self._regex or self.regex).finditer(string)


_LEADING_RE = _Regex(_combined_pattern([_for_document(p.pattern) for p in _LEADING]))
_OTHERS_RE = tuple((p, _Regex(_for_document(p.pattern))) for p in _OTHERS)
_IMPLIED_RE = tuple((p, _Regex(_for_document(p.pattern))) for p in _IMPLIED)
_COMMA = re.compile("[，,]")
# A grouping's name told as its two parties signing (渝黔两省市签署, 川渝两地政协签署): the
# two, whatever else it names (川渝两地 is often a region: 成渝两地产业转移)
# (or its organs signing jointly: 川渝警方共同签署)
TWO_PARTIES = re.compile(
    '[”"]?(?:两地|两省市|两市|双方)[^，。；,;\ue000-\ue7ff]{0,6}?(?:签署|签订|签下|签约)'
    "|[^，。；,;\ue000-\ue7ff]{0,4}?(?:共同|联合|一同)(?:签署|签订|签下|签约)"
)
_COUNTED_PARTIES = re.compile(COUNTED_PARTIES)
# A grouping's name of three places or more told holding a joint meeting (川陕渝地方政协推进…
# 联合协商会议): its parties (not 川渝, which names a region as often as the two, 川渝毗邻区域
# 两地四方联席会议; nor a name before another, 川渝万达开…联席会议)
_JOINT_MEETING = re.compile(
    f"(?![\uec00-\uefff])[^\uec00-\uefff。；;]{{0,{JOINT_MEETING_REACH}}}?{JOINT_MEETING}"
)


def partners_named_together(surface: Surface, text: str, end: int) -> bool:
    """Whether a composite's name, ending at ``end`` in ``text``, stands for partners: a
    partnership's (万达开), a grouping told as its two parties signing (渝黔两省市签署), or
    provinces counted (渝川黔三地政协召开联席会议), or a grouping holding a joint meeting
    (川陕渝地方政协…联合协商会议)."""
    if surface.form != "composite":
        return False
    if (
        surface.text in PARTNERSHIPS
        or TWO_PARTIES.match(text, end)
        or (len(surface.places) >= 3 and _JOINT_MEETING.match(text, end))
    ):
        return True
    # (the count is of the names: 川渝六方, six parties of the two, are none of them)
    counted = _COUNTED_PARTIES.match(text, end)
    return counted is not None and "三四五六".find(counted.group()[0]) + 3 == len(surface.places)


# The marks clauses are parted by (贵州加快建设开放通道;与重庆市深化合作: the region that
# opens the clause before acts on), and those a match may open with
_OPENERS = ("，", ",", "；", ";")
_CLAUSES = re.compile(f"[{''.join(_OPENERS)}]")


# Candidate pairs of one sentence: (pattern, first parties, second parties), in the order
# the per-sentence reading tried them (explicit patterns, then implied ones).
Candidate = tuple[PairPattern, list[str], list[str]]
# A sentence to read pairs in: (index, start, end, mentions, explicit patterns count?,
# the subject for the implied patterns or None).
Todo = tuple[int, int, int, Sequence[Hit], bool, "str | None"]


def candidates(text: str, todo: list[Todo]) -> dict[int, list[Candidate]]:
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
    out: dict[int, list[Candidate]] = {}
    # (A match ends inside its sentence: its last character tells which one it is.)
    if any(entry[4] for entry in todo):
        for m in _LEADING_RE.finditer(document):
            i, _, _, hits, explicit, _ = todo[bisect_right(starts, m.end() - 1) - 1]
            if explicit:
                k = int(m.lastgroup[1:])
                pattern = _LEADING[k]
                start = _list_start(document, m.start())
                guard = pattern.not_after
                if guard and document[start - 1] in guard:
                    continue
                if _members_listed(document, m.start(), m.start(f"b{k}"), m.end(f"b{k}")):
                    continue  # (铜仁市和永川区、合川区等4个成员: a list of members)
                if (
                    pattern.closes_list
                    and document[m.start() - 1] == "、"
                    and document[m.start() + 1 : m.start(f"b{k}")] in _LIST_AND
                ):
                    continue  # (大竹、邻水和梁平: one list)
                if (
                    pattern.not_gainers
                    and document[start - 1] == "为"
                    and _BENEFIT.match(document, m.end())
                ):
                    continue  # (为重庆与湛江的贸易合作带来机遇: who gains, not who acts)
                if pattern.not_heard and _HEARD.search(document, max(0, start - 4), start):
                    continue  # (听取了武隆区和酉阳县扶贫办的汇报: whom a third heard)
                if _carried_out(document, start, m.end(f"b{k}")):
                    continue  # (落实重庆市委与四川省委的工作安排: whose directions)
                if pattern.listed_firsts:  # (山东省、沈阳市对口支援忠县: both)
                    listed = document[_list_start(document, m.start()) : m.start() + 1]
                    # (not the province told right before an item: 贵州省松桃县、湖南省花垣县)
                    listed = "".join(
                        c
                        for c, after in zip(listed, listed[1:] + " ")
                        if not (is_token(c) and is_token(after))
                    )
                    first = places_in(hits, listed, "A")
                else:
                    first = [hits[ord(m.group("a")) - _A0][2].place]  # (one region token)
                second = places_in(hits, m.group(f"b{k}"), "A")
                if _met_elsewhere(pattern, document, m.end(f"b{k}"), second, hits):
                    continue  # (赴成都,与四川省交通厅座谈: where they meet)
                out.setdefault(i, []).append((pattern, first, second))
        for pattern, regex in _OTHERS_RE:
            if not pattern.hint.search(document):
                continue  # (a sentence without the hint has no match either)
            for m in regex.finditer(document):
                i, _, _, hits, explicit, _ = todo[bisect_right(starts, m.end() - 1) - 1]
                if not explicit:
                    continue
                guard = pattern.not_after
                if guard and document[_list_start(document, m.start("a")) - 1] in guard:
                    continue
                if pattern.same_subject:
                    gap = m.group("gap")
                    clause = _COMMA.split(gap)[-1] if _COMMA.search(gap) else ""
                    if clause and not _CONTINUING_CLAUSE.match(clause):
                        continue
                if pattern.members:
                    surface = hits[ord(m.group("c")) - _B0][2]
                    if partners_named_together(surface, document, m.end("c")):
                        out.setdefault(i, []).append((pattern, list(surface.places), []))
                    continue
                if (
                    pattern.not_gainers
                    and document[_list_start(document, m.start("a")) - 1] == "为"
                    and _BENEFIT.match(document, m.end())
                ):
                    continue  # (为重庆、湛江和海南之间的合作带来机遇: who gains, not who acts)
                if pattern.not_heard and _HEARD.search(
                    document, max(0, _list_start(document, m.start("a")) - 4), m.start("a")
                ):
                    continue  # (串联香港与重庆: the ends of a third's link)
                if (
                    "b" in m.re.groupindex
                    and m.group("b")
                    and _carried_out(document, m.start(), m.end("b"))
                ):
                    continue  # (落实重庆市委与四川省委的工作安排: whose directions)
                first = places_in(hits, m.group("a"), "A")  # (one region, or a list)
                if pattern.among:
                    first = _narrowed(first, hits, m.group("a"))
                    out.setdefault(i, []).append((pattern, first, first))
                    continue
                if pattern.respective:  # A与B、C与D: the regions in turn
                    out.setdefault(i, []).append((pattern, first[0::2], first[1::2]))
                    continue
                if _members_listed(document, m.start(), m.start("b"), m.end("b")):
                    continue  # (铜仁市和永川区、合川区等4个成员: a list of members)
                second = places_in(hits, m.group("b"), "A")
                if _met_elsewhere(pattern, document, m.end("b"), second, hits):
                    continue  # (赴成都,与四川省交通厅座谈: where they meet)
                if (
                    pattern.co_subjects
                    and "each" in m.re.groupindex
                    and m.group("each")
                    and len(first) == len(second) > 1
                ):
                    out.setdefault(i, []).append((_RESPECTIVE, first, second))
                else:
                    out.setdefault(i, []).append((pattern, first, second))
    if any(entry[5] is not None for entry in todo):
        for pattern, regex in _IMPLIED_RE:
            if not pattern.hint.search(document):
                continue  # (as above: a list of places tried item by item for nothing)
            for m in regex.finditer(document):
                k = bisect_right(starts, m.end() - 1) - 1
                i, _, _, hits, _, subject = todo[k]
                if subject is not None:
                    if _carried_out(document, m.start(), m.end("b")):
                        continue  # (两地贯彻落实党中央部署和浙江省委有关要求)
                    second = places_in(hits, m.group("b"), "A")
                    actor = _clause_actor(document, starts[k], m.start(), hits)
                    first = actor if actor is not None and actor not in second else subject
                    if first in second:
                        continue  # (与江津区、新都区缔结: not 江津区's partners; whose, untold)
                    out.setdefault(i, []).append((pattern, [first], second))
    return out


# A clause that opens with a region and goes on with what it does (泸县政协结合自身实际;
# 重庆法院系统落实“一盘棋”的部署, quotation marks in it): that region is who acts in the
# clauses after it in the sentence (a document's title in it may name places: 重庆市印发了
# 《重庆市人民政府关于…的意见》)
_ACTOR_CLAUSE = re.compile(rf"\s*({A})(?:{ORG_CHAR}|[“”\"]|《[^》。；;]*》)*\Z")


def _clause_actor(document: str, start: int, end: int, hits: Sequence[Hit]) -> str | None:
    """The region that opens the last clause before ``end`` in a sentence (skeleton from
    ``start``) and does something there, or None: the implied first party of the clauses
    that follow it (泸县政协结合自身实际,…,积极与重庆探索共建…: 泸县, not the document's
    subject)."""
    clauses = _CLAUSES.split(document[start:end])
    if not document.startswith(_OPENERS, end):
        clauses = clauses[:-1]  # (the last is the match's own, unless the match opens one)
    for clause in reversed(clauses):
        m = _ACTOR_CLAUSE.match(clause)
        if m is not None and len(clause) - m.end(1) >= 2:
            return hits[ord(m.group(1)) - _A0][2].place
    return None


# What a party carries out (贯彻, 落实 …) and whose directions (…省委工作要求, …工作安排):
# the places named with the directions give them, they are no partners
_CARRY_OUT = re.compile("贯彻|落实|按照|根据|遵照|执行|遵循")
_DIRECTIONS = re.compile(
    f"{ORG_CHAR}{{0,8}}?(?:工作要求|工作安排|工作部署|决策部署|部署要求|要求|安排|指示|精神)"
)
_CLAUSE_MARK = re.compile(f"[，,。；;：:{_SEP}]")
# (…缔结友城后的工作安排: arrangements made after the two paired, told with the pairing)
_PAIRED_BEFORE = re.compile(alt(("缔结", "结对", "结为", "建立", *SIGNED)))


def _carried_out(document: str, start: int, end: int) -> bool:
    """Whether a match from ``start`` to its partner's end at ``end`` names whose
    directions its clause carries out (落实重庆市委和四川省委的工作部署)."""
    directions = _DIRECTIONS.match(document, end)
    if directions is None or _PAIRED_BEFORE.search(document, end, directions.end()):
        return False  # (按照双流区和渝北区缔结友城后的工作安排: the pairing is told)
    clause = max(
        (m.end() for m in _CLAUSE_MARK.finditer(document, max(0, start - 40), start)),
        default=max(0, start - 40),
    )
    return _CARRY_OUT.search(document, clause, end) is not None


# After a partner: 等地 and the pairing itself (上海与万州等地实施结对支援, 南川区与彭州市、
# 广元市等市县签了合作协议, 广西正与贵州、重庆等省市积极合作: its partners, not members
# listed; not 等4个成员, counted)
_PAIRED_WITH_MORE = re.compile(
    # (等省市及新加坡积极合作: another partner told after 等 too)
    "等地?[^0-9个，,。；;\x00]{0,10}?"
    + alt(("结对", "对口", "帮扶", "支援", "援助", "合作", "协作", *SIGNED))
)
# Aid given to the places listed (山东对口帮扶石柱、巫山等地区: each one helped)
_AID_TO = re.compile("帮扶|对口|援助|支援|结对|援建")


def _members_listed(document: str, start: int, b_start: int, b_end: int) -> bool:
    """Whether the partners of a match, going on with 等, are members listed rather than
    partners (铜仁市和永川区、合川区等4个成员): not where 等地 and the pairing follow
    (上海与万州等地实施结对支援), nor where aid is given to them (山东对口帮扶石柱、巫山等地区)."""
    if not document.startswith("等", b_end):
        return False
    return not (
        _PAIRED_WITH_MORE.match(document, b_end) or _AID_TO.search(document, start, b_start)
    )


# Places whose reports a third party heard (听取了A和B…的汇报): they report, apart; places
# a third links (串联香港与重庆, 打通济宁和重庆内河航运的新通道): the ends of its link
_HEARD = re.compile("(?:听取|串联|连接|联通|连通|贯通|打通)(?:了|起)?\\Z")
# A bare 和 or 及 after a list's last region but one: the list goes on (see ``closes_list``)
_LIST_AND = ("和", "及")
# After places named as those that gain (为A、B…): what the subject brings them, within
# the sentence's next few characters (为三地的合作,带来更多利好)
_BENEFIT = re.compile(r"[^\x00。；;]{0,12}?(?:带来|注入|增添)")


def _list_start(skeleton: str, k: int) -> int:
    """Where the list of places that token ``k`` ends starts (江津、荣昌和大足: 江津; each
    item may have the place that holds it before it: 贵州省松桃县、湖南省花垣县)."""
    while True:
        j = k - 1 if k >= 1 and is_token(skeleton[k - 1]) else k  # (its province)
        if j < 2 or skeleton[j - 1] not in "、和及与":
            return k
        # (松桃县: an autonomous county by its short name and 县)
        last = j - 3 if j >= 3 and skeleton[j - 2] in "县区市" else j - 2
        if not is_token(skeleton[last]):
            return k
        k = last


# Another region's body met in the clause after a place gone to (赴成都,与四川省交通厅座谈)
_MET_THERE = re.compile(rf"[,，]\s*[与同]{ORG}({A})")


def _met_elsewhere(
    pattern: PairPattern, document: str, end: int, gone: list[str], hits: Sequence[Hit]
) -> bool:
    """Whether the places ``gone`` to, their list ending at ``end``, are only where the
    party meets a region the next clause names, none of them (…赴成都,与四川省交通厅座谈:
    四川省)."""
    if not pattern.met_there:
        return False
    met = _MET_THERE.match(document, end)
    return met is not None and hits[ord(met.group(1)) - _A0][2].place not in gone


# An item with a place in brackets after it (资阳(乐至县)等4个蔬菜主产地): the place in brackets
# says which part of the item acts
_BRACKETED = re.compile(f"(?P<whole>{A})[(（](?P<part>{A})[)）]")


def _narrowed(places: list[str], hits: Sequence[Hit], fragment: str) -> list[str]:
    """``places`` of a list ``fragment``, each item told with a place in brackets after it
    giving way to that place."""
    wholes = {places_in(hits, m.group("whole"))[0] for m in _BRACKETED.finditer(fragment)}
    return [p for p in places if p not in wholes] if wholes else places
