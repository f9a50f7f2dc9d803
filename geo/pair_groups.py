"""Groups of places counted that act as one, and the members a group is told by.

A group counted and what it does as one (七区县齐聚, 三地联手: :func:`groups_acting`), and
its members: named after its count (:func:`members_named`), listed before it
(:func:`members_listed`) or as many as it counts (:func:`members_counted`). The reading of
a document's pairs that asks them is :mod:`cqmap.geo.pair_document`; the patterns of
groups are :mod:`cqmap.geo.pair_forms_groups`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.lexicon import Hit
from cqmap.geo.pair_words import APART, COUNT, COUNT_OR_ONE, GROUP_ACTS, KINDS_COUNTED, alt
from cqmap.geo.vocabulary import NUMERALS, count_of

__all__ = ["groups_acting", "members_counted", "members_listed", "members_named"]

# A group of places counted (七区县, 7个毗邻区县; 三县三区: three and three), then, within
# its clause, what it does as one (齐聚, 共商 …)
# (6位“邻居”: neighbours counted; 七个川渝毗邻区县: with the grouping they are of)
# What places counted do as one, told right after them (三地联手)
_PLACES_ACT = (
    "联手",
    "携手",
    "共同",
    "合力",
    "抱团",
    "一起",
    "共建",
    "共商",
    "共谋",
    "签署",
    "签订",
)
# The bodies of places, counted as a group of them (五家法院, 7家检察机关)
_BODIES_COUNTED = "(?:人民)?(?:法院|检察院|检察机关|政府|政协|人大)"
_GROUP = (
    rf"(?:(?P<n>{COUNT})"
    r"(?:个?(?:川渝|渝川)?(?:毗邻|相邻|周边|沿线)?(?:区县|县区|区市县|市区县|县市区)|位[“\"]?邻居"
    # (or their bodies counted: 五家法院共同签署)
    rf"|家{_BODIES_COUNTED})"
    # (counted by kinds: 三县三区, 3市3区8县)
    rf"|(?P<kinds>{KINDS_COUNTED})"
    # (三地 only right after what they do as one: 共谋三地区域旅游协作; or right before
    # it, 三地联手推进…, not 三地之间半小时可达)
    r"|(?<=[谋商议建话])(?P<places>[三四五六七八九])地"
    rf"|(?P<acting>[三四五六七八九])地(?=(?:将|已|正|也|还)?{alt(_PLACES_ACT)}))"
)
# (another group counted between a count and the act: the act is the later group's; 两家
# 检察院也来,五家检察院共同签署)
_ANOTHER_COUNT = f"{COUNT}家"
_GROUP_ACTING = (
    re.compile(rf"{_GROUP}(?:(?!{APART}|{_ANOTHER_COUNT})[^。；;]){{0,12}}?{alt(GROUP_ACTS)}"),
    re.compile(rf"{alt(GROUP_ACTS)}{_GROUP}"),
)
_GROUP_HINT = re.compile(
    rf"{COUNT}(?:个?(?:川渝|渝川)?(?:毗邻|相邻|周边|沿线)?"
    r"(?:区县|县区|区市县|市区县|县市区)|位[“\"]?邻居|家" + _BODIES_COUNTED + ")"
    r"|[0-9０-９一二两三四五六七八九十][市区县州][0-9０-９一二两三四五六七八九十]{1,2}[市区县州]"
    r"|[谋商议建话][三四五六七八九]地|[三四五六七八九]地(?:将|已|正|也|还)?[联携共合抱一签]"
)
# What may stand between the members of a list: a mark, and 以及, 和 or 及 (after a count
# of those before: 梁平、垫江两地和四川的达川)
_MEMBERS_JOINED = re.compile(r"(?:[两二三四五六七八九]地)?[、，,\s]*(?:以及|和|及|与)?[、，,\s]*")


def groups_acting(text: str) -> list[tuple[int, int]]:
    """Where ``text`` tells a group of places counted acting as one, and its count, in
    order (川渝毗邻七区县…共话: 7; 三县三区相聚蓬溪,共商: 6)."""
    if _GROUP_HINT.search(text) is None:
        return []  # (most texts: no group counted; one search tells)
    out = []
    for m in (m for regex in _GROUP_ACTING for m in regex.finditer(text)):
        counted = {k: v for k, v in m.groupdict().items() if v}
        if "n" in counted:
            n = counted["n"]
            out.append((m.start(), count_of(n)))
        elif "places" in counted or "acting" in counted:
            out.append((m.start(), NUMERALS[counted.get("places") or counted["acting"]]))
        else:
            counts = _KIND_COUNT.findall(counted["kinds"])
            out.append((m.start(), sum(count_of(n) for n in counts)))
    return sorted(out)


# The count of one kind of a group counted by kinds (3市 of 3市3区8县)
_KIND_COUNT = re.compile(f"({COUNT_OR_ONE})[市区县州]")
# A group's count, then its members named (14地即A、B、C…, 这5个区县分别是…)
_NAMED_AFTER_COUNT = re.compile(
    f"({COUNT})个?(?:地|方|区县|县区|区市县|市区县|县市区|市县)(?:即|分别是|分别为|包括)[:：]?"
)


def members_named(
    text: str, start: int, end: int, hits: Sequence[Hit], gaz: Gazetteer, counts: set[int]
) -> list[str]:
    """The members of a group counted (one of ``counts``), named in the sentence from
    ``start`` to ``end`` in a list right after their count (4地即重庆市梁平区、四川省大竹县…):
    all of them the text names, however many (a page may stop before its list does);
    none when no such list, of three or more."""
    for m in _NAMED_AFTER_COUNT.finditer(text, start, end):
        if count_of(m.group(1)) not in counts:
            continue
        first = next((k for k, h in enumerate(hits) if h[0] == m.end()), None)
        if first is None:
            continue
        # (the list that starts at the count, not the longest of the sentence: a longer
        # one may follow; 重庆市梁平区 that opens it is its first member, 梁平区)
        listed = list(dict.fromkeys(_member_runs(text, hits[first:], gaz)[0][0]))
        if len(listed) >= 3:
            return listed
    return []


def _member_runs(text: str, hits: Sequence[Hit], gaz: Gazetteer) -> list[tuple[list[str], int]]:
    """The lists of a sentence's mentions of regions (that can pair), each with where its
    last mention ends (遂宁市蓬溪县、合川区、潼南区,南充市嘉陵区、西充县,广安市武胜县: one list
    of six)."""
    runs: list[tuple[list[str], int]] = []
    run: list[str] = []
    for k, (start, end, surface) in enumerate(hits):
        gap = start - hits[k - 1][1] if k else 0
        # (四川省达州市的达川区, 重庆的梁平区: a place that holds the next says where it is)
        holder = (
            bool(run)
            and gap in (0, 1)
            and text[start - gap : start] in ("", "的")
            and run[-1] in gaz.ancestors(surface.place)
        )
        joined = (
            k > 0
            and run
            and _MEMBERS_JOINED.fullmatch(text, hits[k - 1][1], start) is not None
            and 0 < gap <= 4
        )
        if surface.cls != "A":
            run = []
            continue
        if holder:
            run = [*run[:-1], surface.place]
            runs[-1] = (run, end)
        elif joined:
            run = [*run, surface.place]
            runs[-1] = (run, end)
        else:
            run = [surface.place]
            runs.append((run, end))
    return runs


def members_listed(text: str, hits: Sequence[Hit], gaz: Gazetteer) -> list[str]:
    """The regions (that can pair) of the longest list of a sentence's mentions, in order
    (遂宁市蓬溪县、合川区、潼南区,南充市嘉陵区、西充县,广安市武胜县: six)."""
    best: list[str] = []
    for run, _ in _member_runs(text, hits, gaz):
        if len(run) > len(best):
            best = run
    return list(dict.fromkeys(best))


# A list's own count right after it (黔江、彭水、利川三家检察院; 武隆、咸丰两家检察院)
_LIST_COUNTED = re.compile(f"等?({COUNT})(?:家|个区县|个|地|区县|区|县|市)")


def members_counted(text: str, hits: Sequence[Hit], gaz: Gazetteer, counts: set[int]) -> list[str]:
    """The members of a group counted (one of ``counts``), told in a sentence's lists each
    closed by its own count, the counts adding up to the group's (…黔江、彭水、利川三家检察院
    之外,武隆、咸丰两家检察院也来 … 五家检察院共同签署: five); none when they do not."""
    members: list[str] = []
    told = 0
    for run, end in _member_runs(text, hits, gaz):
        counted = _LIST_COUNTED.match(text, end)
        if counted is not None:
            members += run
            told += count_of(counted.group(1))
    members = list(dict.fromkeys(members))
    return members if len(members) >= 3 and told == len(members) and told in counts else []
