"""Find place mentions in cleaned text: one trie-shaped regex, longest match, context rules.

Every name of every gazetteer place (canonical, official, former, aliases) is matched as
is. Short forms (万州, 江北, 两江 ...) are matched too, but many are ordinary words or
parts of other names, so each may carry a context rule:

* ``before`` / ``after``: a mention is dropped when the text right before it ends with,
  or the text right after it starts with, one of these strings (江北 in 江北机场,
  长寿 in 长寿湖, 南岸 as a river bank, 内江 in 境内江河 ...);
* ``weak``: the short form is also a common word (安康, 石柱, 长寿 ...) and only counts
  when something confirms it: the place's full name elsewhere in the text, another
  place name next to it in a list (``A、B``, ``A和B``), or a town of it right after
  (``长寿海棠镇``);
* ``chongqing``: 高新区 means 重庆高新区 only in a text about Chongqing and not right
  after another place name (成都高新区 is a place of its own).

Longest-leftmost matching resolves nesting: 宜宾三江新区 is one place, not 宜宾 + 三江,
新田港 is the port of 万州, not a county in Hunan. Nothing is fuzzy: a string either is
a known name in an acceptable context or it is not a mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from geo.gazetteer import Gazetteer, gazetteer
from geo.patterns import trie_regex
from geo.regions import COMPOSITES

__all__ = [
    "Surface",
    "Hit",
    "Mention",
    "Lexicon",
    "lexicon",
    "scan",
    "find_mentions",
    "CONTEXT_RULES",
]


class Rule(NamedTuple):
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    weak: bool = False
    chongqing: bool = False


_NOT_AFTER_INSIDE = tuple("境区市省国城体室年圈域园厂校院")

# Context rules for short forms and short country names that double as ordinary words.
CONTEXT_RULES: dict[str, Rule] = {
    "江北": Rule(after=("机场", "国际机场", "嘴")),
    "长寿": Rule(
        before=("健康", "福寿", "延年", "益寿"), after=("湖", "之乡", "村", "老人"), weak=True
    ),
    "南岸": Rule(
        before=("江", "河", "长江", "嘉陵江", "乌江", "东", "西", "北"), after=("边", "线")
    ),
    "两江": Rule(after=("四岸", "交汇", "汇流", "环抱", "沿岸", "两岸", "并流", "三峡")),
    "天府": Rule(
        after=("国际机场", "机场", "之国", "广场", "大道", "软件园", "国际会议中心", "文化")
    ),
    "内江": Rule(before=_NOT_AFTER_INSIDE),
    "城口": Rule(before=("进", "出", "入", "县城", "村")),
    "巫山": Rule(after=("云雨", "山脉")),
    "石柱": Rule(after=("子", "上", "下", "旁"), weak=True),
    "安康": Rule(weak=True),
    "乐山": Rule(after=("乐水",)),
    "北京": Rule(after=("时间",)),
    "兰州": Rule(after=("拉面", "牛肉面")),
    "巴中": Rule(before=("川",)),
    "大足": Rule(),
    "高新区": Rule(chongqing=True),
    "法国": Rule(before=tuple("合非违守依执立宪司")),
    "德国": Rule(before=tuple("道品美公")),
    "美国": Rule(before=tuple("完优甜健精审")),
    "英国": Rule(before=tuple("精群")),
    "日本": Rule(before=tuple("今昨明每当次同本节周")),
    "泰国": Rule(before=("国",)),
    "巴西": Rule(before=("渝", "川", "鄂", "湘", "黔")),
    "印度": Rule(after=("洋",)),
}

_TOWN = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)")

# Tokens that join names in a list; a weak short form needs one of these next to a
# neighbouring place name.
_LIST_JOINERS = set("、和与及,， ")


PAIRABLE_LEVELS = frozenset({"district", "zone", "prefecture", "new area"})


@dataclass(frozen=True)
class Surface:
    """What a matched string stands for.

    ``cls`` is the token class used by :mod:`geo.relations`: ``A`` a region that can be
    party to a pairing, ``P`` a port or hub, ``B`` anything else (provinces, the
    municipality, countries, composites).
    """

    text: str
    places: tuple[str, ...]  # canonical names (several for a composite such as 万达开)
    form: str  # name | short | composite
    rule: Rule | None
    levels: tuple[str, ...] = ()
    cls: str = "B"
    # Derived once here rather than for every mention: the (first) place, and whether it
    # is a Chongqing district or zone that can pair (an ``A`` surface names one place).
    place: str = field(init=False)
    unit: bool = field(init=False)
    # For the context rules of :func:`scan`: a rule-free name of Chongqing or one of its
    # units (the text is about Chongqing), and a full name of one place (it confirms the
    # place's weak short forms).
    about_chongqing: bool = field(init=False)
    confirms: bool = field(init=False)

    def __post_init__(self) -> None:
        derived = {
            "place": self.places[0],
            "unit": self.cls == "A" and ("district" in self.levels or "zone" in self.levels),
            "about_chongqing": self.rule is None
            and ("district" in self.levels or "zone" in self.levels or "重庆市" in self.places),
            "confirms": self.form == "name" and len(self.places) == 1,
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)


Hit = tuple[int, int, Surface]  # (start, end, surface): a mention before expansion


class Mention(NamedTuple):
    """A place mention: ``text[start:end] == surface``."""

    place: str
    surface: str
    start: int
    end: int
    form: str  # name | short | composite
    level: str


class Lexicon:
    """All surfaces of a gazetteer and the compiled matcher."""

    def __init__(self, gaz: Gazetteer):
        self.gazetteer = gaz
        surfaces: dict[str, Surface] = {}

        def add(text: str, places: tuple[str, ...], form: str) -> None:
            levels = tuple(gaz.resolve(p).level for p in places)
            if form == "composite":
                cls = "B"
            elif levels[0] == "port":
                cls = "P"
            else:
                cls = "A" if levels[0] in PAIRABLE_LEVELS else "B"
            surfaces[text] = Surface(text, places, form, CONTEXT_RULES.get(text), levels, cls)

        for place in gaz:
            for name in place.names:
                if len(name) >= 2:
                    short = name == place.short_name and name != place.name
                    add(name, (place.name,), "short" if short else "name")
        for text, members in COMPOSITES.items():
            add(text, tuple(members), "composite")  # resolve() checks the members exist
        # bare 天府 (as in 两江天府) is the new area; a context rule guards its other uses
        if "天府" not in surfaces:
            add("天府", ("天府新区",), "short")
        self.surfaces = surfaces
        words = sorted(surfaces, key=lambda w: (-len(w), w))
        self.pattern = re.compile(trie_regex(words))


@cache
def lexicon() -> Lexicon:
    """The lexicon of the shared gazetteer, compiled once per process."""
    return Lexicon(gazetteer())


def _rejected(text: str, start: int, end: int, rule: Rule) -> bool:
    if rule.before:
        head = text[max(0, start - 4) : start]
        if any(head.endswith(b) for b in rule.before):
            return True
    if rule.after:
        tail = text[end : end + 6]
        if any(tail.startswith(a) for a in rule.after):
            return True
    return False


def scan(text: str, *, lex: Lexicon | None = None) -> list[Hit]:
    """Mentions as ``(start, end, surface)``, in order: the fast form of :func:`find_mentions`."""
    lex = lex or lexicon()
    surfaces = lex.surfaces
    raw: list[Hit] = [(m.start(), m.end(), surfaces[m.group()]) for m in lex.pattern.finditer(text)]
    ruled = [i for i, h in enumerate(raw) if h[2].rule is not None]
    if not ruled:
        return raw  # (most texts: only the mentions with a context rule need a look)

    rejected = {i for i in ruled if _rejected(text, raw[i][0], raw[i][1], raw[i][2].rule)}
    if rejected:
        raw = [h for i, h in enumerate(raw) if i not in rejected]
        ruled = [i for i, h in enumerate(raw) if h[2].rule is not None]
    about_chongqing = any(h[2].about_chongqing for h in raw)
    confirmed: set[str] | None = None  # places named in full: their weak forms are confirmed
    dropped: set[int] = set()
    for i in ruled:
        start, end, surface = raw[i]
        rule = surface.rule
        if rule.chongqing:
            # not right after another name (西安高新区), and only in a Chongqing text
            if not about_chongqing or (i and raw[i - 1][1] == start):
                dropped.add(i)
                continue
        if rule.weak:
            if confirmed is None:
                confirmed = {h[2].place for h in raw if h[2].confirms}
            if not (surface.place in confirmed or _in_list(text, raw, i) or _TOWN.match(text, end)):
                dropped.add(i)
    return [h for i, h in enumerate(raw) if i not in dropped] if dropped else raw


def find_mentions(text: str, *, lex: Lexicon | None = None) -> list[Mention]:
    """All place mentions in ``text``, in order of appearance.

    Composite names produce one mention per member, all with the composite's span.
    """
    return [
        Mention(place, surface.text, start, end, surface.form, level)
        for start, end, surface in scan(text, lex=lex)
        for place, level in zip(surface.places, surface.levels)
    ]


def _in_list(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` sits in a list with a neighbouring, non-weak place name."""
    start, end, _ = raw[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(raw):
            continue
        o_start, o_end, other = raw[j]
        if other.rule is not None and other.rule.weak:
            continue
        gap = text[o_end:start] if j < i else text[end:o_start]
        if len(gap) <= 2 and gap and all(ch in _LIST_JOINERS for ch in gap):
            return True
    return False
