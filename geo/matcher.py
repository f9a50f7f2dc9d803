"""Find place mentions in cleaned text: longest match over every name, then context rules.

Every name of every gazetteer place (canonical, official, short, former, aliases) is
found with one Aho-Corasick pass (ahocorasick-rs), longest-leftmost: 宜宾三江新区 is one
place, not 宜宾 + 三江; 新田港 is the port of 万州, not a county in Hunan. Words that are
no place but hold one (嘉陵江, 成都平原, 北京时间: :data:`NOT_PLACES`) are found in the same
pass and shadow the names inside them. Then the context rules:

* ``before`` / ``after``: a mention is dropped when the text right before it ends with,
  or the text right after it starts with, one of these strings (江北 in 江北机场,
  长寿 in 长寿湖, 南岸 as a river bank, 内江 in 境内江河 ...);
* an agency's dateline (``新华社北京5月3日电``) names where a report was filed, not a
  place of the story: dropped;
* ``weak``: the name is also a common word (长寿, 石柱, 安康 ...) or comes from registry
  data only (the short form of a county or city elsewhere in China, a foreign city, a
  country outside the curated ones: 枝江, 万象, 汉堡) and counts only in a strong
  context: the place's full name elsewhere in the text, another place name next to it
  in a list (``A、B``; a weak one kept already: ``老挝琅勃拉邦和万象``), written together
  with it before what the two do together (``济宁万州签订``, ``江北酉阳携手``) or across a dash (``重庆—万象``), a town of it right after
  (``长寿海棠镇``), its province or city right before (``湖北枝江``, ``老挝万象``), a
  word of going or being somewhere right before (``至``, ``赴``, ``抵达``, ``位于`` ...)
  or a facility or route word right after (``港``, ``站``, ``口岸``, ``出发``). A place
  that holds others right before a weak name that it does not hold shows the name is a
  part of it the gazetteer does not know (``成都城厢``: not 莆田's 城厢区): dropped;
* a *shared* name (江北区 of Chongqing and of Ningbo, 朝阳) stands for the place its
  province or city right before names, else for the one in the text's own province (the
  province most of its other places lie in), else for the gazetteer's preferred one
  (Chongqing's, or the only one of the highest level); otherwise it is reported as
  unresolved, never guessed;
* ``chongqing``: 高新区 means 重庆高新区 only in a text about Chongqing and not right
  after another place name (成都高新区 is a place of its own).

A province's one-character name (渝, 川, 黔 …: :data:`cqmap.geo.regions.ABBREVIATIONS_OF_VISITS`)
is the province right after a verb of going or being there and before what is done there
(来渝考察, 赴川调研, 在渝期间) where no longer name covers it (来渝北区 is 渝北区). A county's
news names itself after 来 by the first character of its name (华蓥市代表团来璧考察): that
is the district, county or city the text names in full, where exactly one starts with it.

Nothing is fuzzy: a string either is a known name in an acceptable context or it is
not a mention.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import ahocorasick_rs

from cqmap.geo.facilities import FACILITY_WORDS, facilities
from cqmap.geo.gazetteer import Gazetteer, Place, gazetteer, gc_paused
from cqmap.geo.regions import ABBREVIATIONS_OF_VISITS, COMPOSITES, VISIT_DEEDS, VISIT_VERBS
from cqmap.geo.vocabulary import CORRIDORS

__all__ = [
    "Surface",
    "Hit",
    "Mention",
    "Lexicon",
    "lexicon",
    "scan",
    "find_mentions",
    "join_qualified",
    "says_where",
    "CONTEXT_RULES",
    "NOT_PLACES",
    "STRONG_BEFORE",
    "STRONG_AFTER",
]


class Rule(NamedTuple):
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    weak: bool = False
    chongqing: bool = False
    river_bank: bool = False  # not after a river in its clause (长江重庆段南岸 is a bank)
    # not beside a province's part named by a direction (川东、黔西、湘西、陕南: parts of
    # provinces, not 黔西市 and 湘西州)
    direction: bool = False


_NOT_AFTER_INSIDE = tuple("境区市省国城体室年圈域园厂校院")

# Context rules for short forms and short country names that double as ordinary words.
CONTEXT_RULES: dict[str, Rule] = {
    "江北": Rule(after=("机场", "国际机场", "嘴")),
    "长寿": Rule(
        before=("健康", "福寿", "延年", "益寿"), after=("湖", "之乡", "村", "老人"), weak=True
    ),
    "南岸": Rule(
        before=("江", "河", "长江", "嘉陵江", "乌江", "东", "西", "北"),
        after=("边", "线"),
        river_bank=True,
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
    # (北部湾, the gulf, is its ports where trains go: 重庆—北部湾, 经北部湾出海; but
    # 广西北部湾 names the province's coast, where the province is the place, and
    # 广西北部湾国际港务集团 a company)
    "北部湾": Rule(
        before=("广西",),
        after=("经济区", "城市群", "海域", "地区", "沿海", "湾区", "出海口", "国际港务"),
        weak=True,
    ),
    # (果园 alone is the port only in a strong context: 上海—果园—南充, or where 果园港 is
    # named in full; else an orchard)
    "果园": Rule(weak=True),
    # (南彭 alone is the road freight hub only in a strong context: 重庆南彭—广西凭祥—越南河内;
    # else the town, 南彭街道)
    "南彭": Rule(after=("街道", "镇"), weak=True),
    # (鱼嘴 alone is the station only in a strong context: 班列从重庆鱼嘴启程; else the
    # town, 鱼嘴镇, or the bank, 鱼嘴段)
    "鱼嘴": Rule(
        after=("镇", "街道", "组团", "段", "片区", "工业园", "园区", "湾", "立交"), weak=True
    ),
    "三坪": Rule(after=("村", "镇", "乡", "社区", "街道"), weak=True),  # (the station, 新疆三坪)
    # (珞璜 alone is the port in a route's chain, 泸州至珞璜至果园港; the town is 珞璜镇)
    "珞璜": Rule(after=("镇", "街道", "工业园", "电厂", "组团", "片区", "临港", "产业", "园区")),
    "高新区": Rule(before=("国家", "省级"), chongqing=True),  # (国家高新区: any such zone)
    "法国": Rule(before=tuple("合非违守依执立宪司")),
    "德国": Rule(before=tuple("道品美公")),
    "美国": Rule(before=tuple("完优甜健精审")),
    "英国": Rule(before=tuple("精群")),
    "日本": Rule(before=tuple("今昨明每当次同本节周")),
    "泰国": Rule(before=("国",)),
    "巴西": Rule(before=("渝", "川", "鄂", "湘", "黔")),
    "印度": Rule(after=("洋",)),
    "中东": Rule(after=("部",)),  # (中东部地区: the centre and east of a country)
    # (哈萨克族, 塔吉克语: a people, a language)
    **dict.fromkeys(
        ("哈萨克", "乌兹别克", "吉尔吉斯", "塔吉克", "土库曼"), Rule(after=("族", "语", "文", "人"))
    ),
    # (江淮运河, 京杭大运河, 平陆运河: canals, not 沧州's 运河区)
    "运河": Rule(
        before=("江淮", "京杭", "大", "平陆", "浙东", "隋唐", "引江济淮"),
        after=("航道", "沿线", "通航", "两岸", "工程", "船闸", "航运"),
        weak=True,
    ),
    **dict.fromkeys(
        ("黔西", "黔南", "黔东南", "黔西南", "湘西", "湘东", "桂东", "甘南"), Rule(direction=True)
    ),
    # (中国造, 中国式现代化, 中国特色: set phrases of a kind, not the country as a place)
    "中国": Rule(
        before=("今日",),  # (《今日中国》, a programme)
        after=("造", "制造", "智造", "创造", "特色", "式", "梦", "地图", "风格", "品牌"),
    ),
}
_WEAK = Rule(weak=True)
# 重庆港务物流集团 is a company, 宜宾港航局 an authority: not 重庆港, 宜宾港 (but
# 阳逻港航线 is the port's line)
# (the words after 港航 that make it the port-and-shipping trade, an authority or a firm)
_PORT_TRADE = ("局", "集团", "公司", "管理", "事", "投", "运", "发展", "中心", "部门", "企业", "物流", "业", "办")  # fmt: skip
_PORT_NAME = Rule(
    after=("务", "集团", "股份", "有限公司", "公司", *(f"航{w}" for w in _PORT_TRADE))
)

# Words that hold a place name but name no place: rivers (嘉陵江北碚 is 北碚, not 江北),
# landforms, set phrases (江海联运) and corridors. Found like names, they shadow the names
# inside them.
NOT_PLACES = (
    "长江", "嘉陵江", "乌江", "渠江", "涪江", "沱江", "岷江", "金沙江", "汉江", "湘江",
    "赣江", "珠江", "西江", "黄河", "淮河", "澜沧江", "红河水", "大江",
    "成都平原", "四川盆地", "江汉平原", "华北平原", "东北平原", "北京时间", "中国特色",
    "中国共产党",
    "长江经济带", "成渝地区", "三峡库区", "江海",
    "沿海城市", "召开县",  # (海城市 in coastal cities; 开县 in 召开县委…)
    "友好区县", "友好城区",  # (缔结友好区县: not 伊春's 友好区)
    *(name for corridor in CORRIDORS for name in corridor.names),
)  # fmt: skip

# A strong context for a weak name: right before it (a movement to or from it, a
# location in it) ...
STRONG_BEFORE = (
    "至", "到", "往", "赴", "抵", "达", "经", "从", "由", "位于", "落户",
    "起点为", "起点是", "终点为", "终点是", "终点站为", "目的地为", "目的地是",
    # (a word that says it is a city: 工业城市杜伊斯堡, 首都明斯克, 小城法兰克福)
    "城市", "小城", "首都", "首府", "港城", "名城", "古城", "重镇",
)  # fmt: skip
# ... or right after it (a facility of it, a route from it).
STRONG_AFTER = (
    "铁路",
    "出发",
    "始发",
    "至",
    "方向",
    "直达",
    "班列",
    "专列",
    "航线",
    "货运航线",
    "货运班列",
    "为起点",
    "为终点",
)  # fmt: skip  (and FACILITY_WORDS, below)
# ... or a dash between it and another place (a route's ends: 重庆—万象)
DASHES = "—－-~～"
_STRONG_BEFORE_RE = re.compile("(?:" + "|".join(map(re.escape, STRONG_BEFORE)) + r")\Z")
_STRONG_BEFORE_SPAN = max(map(len, STRONG_BEFORE))
# A Han character after a name that continues it into a longer word (大田湾, 万象更新)
# (nor a word of moving on after a place: 从陇南运至, 抵达万象后, 从石柱发往; nor a service
# from or to it: 重庆至芝加哥货运航线, 至万象班列)
_WORD_GOES_ON = re.compile(
    "(?![市区县省州港站口岸城的等和与及至后运出发启起驶开转进入到抵经国货航班])[\u4e00-\u9fff]"
)
# Two places written together, then what they do together: 济宁万州两地, 济宁万州签订 (the
# first is no word before the second, as 山城 is before 重庆)
_RUN_TOGETHER = re.compile("两地|三地|四地|携手|联手|签订|签署|签定|签约|对口|协作|合作")
_DATELINE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:电|讯)")
# After a place: the rest of an agency's dateline (新华社北京5月3日电: where a report was
# filed), or of an outlet's name (重庆日报, 中国水运网: who published it): no place of
# the story
_NOT_A_PLACE_AFTER = re.compile(
    rf"{_DATELINE.pattern}"
    r"|[\u4e00-\u9fff]{0,4}?(?:日报|晚报|晨报|商报|新闻社|电视台|新闻网)"
    r"|[\u4e00-\u9fff]{0,3}?网(?![\u4e00-\u9fff])"
)

_TOWN = re.compile(
    r"(?![等的和与及各所全该本])[\u4e00-\u9fff]{2,3}(?:镇|乡(?![村镇亲土愁情])|街道)"
)
# A job title and a surname right before a name: a person's name (副总经理罗海林)
_PERSON_BEFORE = re.compile(
    r"(?:书记|区长|县长|市长|主任|局长|处长|科长|所长|站长|校长|院长|厂长|部长|主席|会长|"
    r"秘书长|董事长|总经理|经理|总裁|负责人|记者|通讯员|编辑|代表|委员)[\u4e00-\u9fff]\Z"
)

_STRONG_AFTER_RE = re.compile(
    "|".join(map(re.escape, sorted({*STRONG_AFTER, *FACILITY_WORDS}, key=len, reverse=True)))
)

_STRONG_AFTER_FACILITY = re.compile(
    "|".join(map(re.escape, sorted(FACILITY_WORDS, key=len, reverse=True)))
)

# Tokens that join names in a list; a weak short form needs one of these next to a
# neighbouring place name.
_LIST_JOINERS = set("、和与及,， ")


# Regions that can be party to a pairing (token class A of geo.relations): Chongqing's
# districts and zones and the municipality, and divisions of China and its new areas.
PAIRABLE_LEVELS = frozenset(
    {"district", "zone", "municipality", "prefecture", "county", "new area", "province"}
)


_set_attr = object.__setattr__


@dataclass(frozen=True, init=False)
class Surface:
    """What a matched string stands for.

    ``cls`` is the token class used by :mod:`cqmap.geo.relations`: ``A`` a region that can be
    party to a pairing, ``P`` a port or hub, ``B`` anything else (provinces, the
    municipality, countries, composites). A *shared* surface (``candidates``) stands for
    one of several places and is resolved by :func:`scan` to one of ``choices``.
    """

    text: str
    places: tuple[str, ...]  # canonical names (several for a composite such as 万达开)
    form: str  # name | short | composite
    rule: Rule | None
    levels: tuple[str, ...] = ()
    cls: str = "B"
    choices: tuple[Surface, ...] = ()  # a shared name: one surface per candidate place
    # Derived once here rather than for every mention: the (first) place, and whether it
    # is a Chongqing district or zone that can pair (an ``A`` surface names one place).
    place: str = field(init=False)
    unit: bool = field(init=False)
    # For the context rules of :func:`scan`: a rule-free name of Chongqing or one of its
    # units (the text is about Chongqing), and a full name of one place (it confirms the
    # place's weak short forms).
    about_chongqing: bool = field(init=False)
    confirms: bool = field(init=False)
    shared: bool = field(init=False)  # it stands for one of several places (``choices``)

    # (``__init__`` is written out: a frozen dataclass's sets each field, and then
    # ``__post_init__`` each derived one, with ``object.__setattr__``, 4 µs a surface,
    # against one instance dict here; the lexicon makes 13,000 of them.)
    def __init__(
        self,
        text: str,
        places: tuple[str, ...],
        form: str,
        rule: Rule | None,
        levels: tuple[str, ...] = (),
        cls: str = "B",
        choices: tuple[Surface, ...] = (),
    ) -> None:
        chongqing_level = "district" in levels or "zone" in levels
        _set_attr(
            self,
            "__dict__",
            {
                "text": text,
                "places": places,
                "form": form,
                "rule": rule,
                "levels": levels,
                "cls": cls,
                "choices": choices,
                "place": places[0] if places else "",
                "unit": cls == "A" and chongqing_level,
                "about_chongqing": rule is None and (chongqing_level or "重庆市" in places),
                "confirms": form == "name" and len(places) == 1 and rule is None,
                "shared": bool(choices),
            },
        )


Hit = tuple[int, int, Surface]  # (start, end, surface): a mention before expansion


class Mention(NamedTuple):
    """A place mention: ``text[start:end] == surface``."""

    place: str
    surface: str
    start: int
    end: int
    form: str  # name | short | composite
    level: str


def _is_weak(place: Place, name: str) -> bool:
    """Whether a name of a place only counts in a strong context (see the module docs)."""
    if place.curated or place.level in ("port", "province", "municipality"):
        return False
    if place.level in ("country", "city"):
        return True
    return name == place.short_name or len(name) <= 2


class Lexicon:
    """All surfaces of a gazetteer and the compiled matcher."""

    def __init__(self, gaz: Gazetteer):
        self.gazetteer = gaz
        places = gaz.places
        holders: dict[str, list[tuple[Place, str]]] = {}  # name -> (place, form)
        held_by = holders.get
        for place in gaz:
            canonical, short_form = place.name, place.short_name
            for name in place.names:
                if len(name) >= 2:
                    form = "short" if name == short_form and name != canonical else "name"
                    if form == "short" and name.endswith("村"):
                        continue  # (马村, 周村: any village's name; 马村区 is read in full)
                    held = held_by(name)
                    if held is None:
                        holders[name] = [(place, form)]
                    else:
                        held.append((place, form))

        rule_of = CONTEXT_RULES.get

        def surface(text: str, place: Place, form: str) -> Surface:
            level = place.level
            rule = rule_of(text) or (_WEAK if _is_weak(place, text) else None)
            if rule is None and level == "port" and text.endswith("港"):
                rule = _PORT_NAME
            cls = "P" if level == "port" else "A" if level in PAIRABLE_LEVELS else "B"
            return Surface(text, (place.name,), form, rule, (level,), cls)

        surfaces: dict[str, Surface] = {}
        for text, held in holders.items():
            if len(held) == 1:
                place, form = held[0]
                surfaces[text] = surface(text, place, form)
                continue
            choices = tuple(surface(text, place, form) for place, form in held)
            rule = CONTEXT_RULES.get(text)
            surfaces[text] = Surface(text, (), "shared", rule, choices=choices)
        for text, members in COMPOSITES.items():
            levels = tuple(gaz.resolve(p).level for p in members)  # (checks they exist)
            surfaces[text] = Surface(text, tuple(members), "composite", None, levels, "B")
        # bare 天府 (as in 两江天府) is the new area; a context rule guards its other uses
        if "天府" not in surfaces:
            surfaces["天府"] = surface("天府", places["天府新区"], "short")
        self.surfaces = surfaces
        # One automaton over every name and every word that names no place (None),
        # leftmost-longest: what starts first, and of that the longest.
        words = [*surfaces, *(w for w in NOT_PLACES if w not in surfaces)]
        self._values: list[Surface | None] = [surfaces.get(w) for w in words]
        self._automaton = ahocorasick_rs.AhoCorasick(
            words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )
        # the lengths of the names, by first character (longest first)
        lengths: dict[str, set[int]] = {}
        for text in surfaces:
            lengths.setdefault(text[0], set()).add(len(text))
        self._lengths = {c: sorted(n, reverse=True) for c, n in lengths.items()}

    def facility_surface(self, place: Place, text: str) -> Surface:
        """The surface of a facility named by the grammar of :mod:`cqmap.geo.facilities`."""
        return Surface(text, (place.name,), "facility", None, ("port",), "P")

    def find(self, text: str) -> list[Hit]:
        """Every surface in ``text``, longest-leftmost, before any context rule; a weak
        name gives way to a name that starts inside it and goes on beyond it, where that
        name is not weak or is longer (直达日本 is 日本, not the weak 达日; 抵达莫斯科 is
        莫斯科, not the weak 达莫)."""
        values = self._values
        hits: list[Hit] = []
        offset = 0
        while True:
            found = self._automaton.find_matches_as_indexes(text[offset:] if offset else text)
            for index, start, end in found:
                surface = values[index]
                start, end = start + offset, end + offset
                if surface is not None and _weak(surface):
                    stronger = self._stronger_inside(text, start, end)
                    if stronger is not None:
                        offset = stronger  # (read again from the stronger name)
                        break
                if surface is not None:
                    hits.append((start, end, surface))
            else:
                return hits

    def _stronger_inside(self, text: str, start: int, end: int) -> int | None:
        """Where a name that is not weak, or is longer than ``text[start:end]``, starts
        inside it and goes on."""
        surfaces, lengths = self.surfaces, self._lengths
        for s in range(start + 1, end):
            for length in lengths.get(text[s], ()):
                if s + length <= end:
                    break
                surface = surfaces.get(text[s : s + length])
                if surface is not None and (length > end - start or not _weak(surface)):
                    return s
        return None


def _weak(surface: Surface | None) -> bool:
    if surface is None:
        return False
    if surface.shared:
        return all(c.rule is not None and c.rule.weak for c in surface.choices)
    return surface.rule is not None and surface.rule.weak


@cache
def lexicon() -> Lexicon:
    """The lexicon of the shared gazetteer, compiled once per process."""
    gaz = gazetteer()
    with gc_paused():
        return Lexicon(gaz)


_RIVER_BEFORE = re.compile(r"(?:长江|嘉陵江|乌江|渠江|河|段)[^，。、；;,\s]{0,8}\Z")


# A part of a province named by its short name and a direction (川东, 鄂西, 陕南; not the
# provinces 陕西 and 渝北 district), as lists of areas name them
_PROVINCE_PART = "(?!陕西|渝北)[川黔湘鄂陕渝滇桂豫皖赣粤闽甘](?:东北|东南|西北|西南|东|西|南|北)"
_PART_BEFORE = re.compile(rf"{_PROVINCE_PART}[、和及]?\Z")
_PART_AFTER = re.compile(rf"(?:[、和及]?{_PROVINCE_PART}(?![\u4e00-\u9fff]{{0,2}}[市州县区]))|地区")


def _rejected(text: str, start: int, end: int, rule: Rule) -> bool:
    if rule.river_bank and _RIVER_BEFORE.search(text, max(0, start - 12), start):
        return True
    if rule.direction and (
        _PART_BEFORE.search(text, max(0, start - 4), start) or _PART_AFTER.match(text, end)
    ):
        return True
    if rule.before:
        head = text[max(0, start - 4) : start]
        if any(head.endswith(b) for b in rule.before):
            return True
    if rule.after:
        tail = text[end : end + 6]
        if any(tail.startswith(a) for a in rule.after):
            return True
    return False


def _shorter(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, Surface | None]:
    """The longest name that starts at ``start`` and ends before ``end``, if any."""
    for stop in range(end - 1, start + 1, -1):
        surface = lex.surfaces.get(text[start:stop])
        if surface is not None:
            return stop, surface
    return end, None


def _home(hits: list[Hit], gaz: Gazetteer) -> str | None:
    """The text's own province: the one most of its (unshared, not weak) places lie in."""
    counts: Counter[str] = Counter()
    places = gaz.places
    for _, _, surface in hits:
        if surface.shared or surface.form == "composite" or (surface.rule and surface.rule.weak):
            continue
        province = _province(places[surface.place])
        if province:
            counts[province] += 1
    if not counts:
        return None
    (first, n), *rest = counts.most_common(2)
    return first if not rest or rest[0][1] < n else None


# Places that hold others: one right before a weak name it does not hold shows the name
# is a part of it that the gazetteer does not know (成都城厢, a town of 成都).
_HOLDERS = frozenset({"municipality", "prefecture", "province", "country"})


def _part_of_another(hits: list[Hit], i: int, lex: Lexicon, text: str = "") -> bool:
    """Whether mention ``i`` comes right after a division that does not hold it: a city or
    province, or a district or county when a facility word follows (青白江区城厢火车站:
    a station of 青白江区, not one of 莆田's 城厢区)."""
    if i == 0:
        return False
    p_start, p_end, previous = hits[i - 1]
    if p_end != hits[i][0] or previous.shared or previous.form == "composite":
        return False
    if previous.rule is not None and previous.rule.weak:
        return False
    gaz = lex.gazetteer
    outer = gaz.places[previous.place]
    if previous.place in gaz.ancestors(hits[i][2].place):
        return False
    if outer.level in _HOLDERS:
        return True
    return outer.level in ("district", "county") and bool(
        _STRONG_AFTER_FACILITY.match(text, hits[i][1])
    )


def _qualified(hits: list[Hit], i: int, lex: Lexicon, candidates=None) -> Surface | bool:
    """Whether mention ``i`` comes right after a place that holds it (湖北枝江, 宁波江北区);
    for a shared mention, the choice that place holds (or ``False``)."""
    if i == 0:
        return False
    start = hits[i][0]
    p_start, p_end, previous = hits[i - 1]
    if p_end != start or previous.shared or previous.form == "composite":
        return False
    outer = previous.place
    for choice in candidates or (hits[i][2],):
        if outer in lex.gazetteer.ancestors(choice.place):
            return choice
    return False


def scan(text: str, *, lex: Lexicon | None = None, unresolved: list | None = None) -> list[Hit]:
    """Mentions as ``(start, end, surface)``, in order: the fast form of :func:`find_mentions`.

    Shared names are resolved to one place, or left out and, when ``unresolved`` is a
    list, appended to it as hits of their shared surface.
    """
    lex = lex or lexicon()
    raw = lex.find(text)
    if _VISITED.search(text) or _HOSTED.search(text):
        raw = _with_one_character_names(text, raw, lex)
    ruled = [i for i, h in enumerate(raw) if h[2].rule is not None or h[2].shared]
    if not ruled and not any(_NOT_A_PLACE_AFTER.match(text, h[1]) for h in raw):
        return facilities(text, raw, lex)  # (most texts: no mention with a context rule)

    dropped: set[int] = set()
    for i, (start, end, surface) in enumerate(raw):
        while surface.rule is not None and _rejected(text, start, end, surface.rule):
            # (重庆港务集团: not 重庆港, but a shorter name at the same place may stand)
            end, surface = _shorter(text, start, end, lex)
            if surface is None:
                dropped.add(i)
                break
            raw[i] = (start, end, surface)
        if i not in dropped and _NOT_A_PLACE_AFTER.match(text, end):
            dropped.add(i)  # (新华社北京5月3日电, 重庆日报: who reports, from where)
    if dropped:
        raw = [h for i, h in enumerate(raw) if i not in dropped]
        dropped = set()
    if any(h[2].shared for h in raw):
        raw = _resolve_shared(text, raw, lex, unresolved)
    ruled = [i for i, h in enumerate(raw) if h[2].rule is not None]
    about_chongqing = any(h[2].about_chongqing for h in raw)
    confirmed: set[str] | None = None  # places named in full: their weak forms are confirmed
    established: set[str] = set()  # places a weak name of which stands in a strong context
    unconfirmed: set[int] = set()  # weak names in no strong context
    for i in ruled:
        start, end, surface = raw[i]
        rule = surface.rule
        if rule.chongqing:
            # not right after another name (西安高新区), and only in a Chongqing text
            if not about_chongqing or (i and raw[i - 1][1] == start):
                dropped.add(i)
                continue
        if rule.weak:
            following = raw[i + 1][2] if i + 1 < len(raw) and raw[i + 1][0] == end else None
            if (
                following is not None
                and not (following.rule and following.rule.weak)
                and surface.place not in lex.gazetteer.ancestors(following.place)
                and not _run_together(text, raw, i)
                and not _qualified(raw, i, lex)  # (越南胡志明市凯莱港: its country before it)
            ):
                dropped.add(i)  # (山城重庆: a word before a name, not a place of its own)
                continue
            if _part_of_another(raw, i, lex, text):
                dropped.add(i)  # (成都城厢: a part of 成都, not 莆田's 城厢区)
                continue
            if _PERSON_BEFORE.search(text, max(0, start - 8), start):
                dropped.add(i)  # (副总经理罗海林: a person)
                continue
            if confirmed is None:
                confirmed = {h[2].place for h in raw if h[2].confirms}
            if surface.place in confirmed:
                continue
            if not (
                _in_list(text, raw, i, dropped)
                or _TOWN.match(text, end)
                or (
                    _STRONG_BEFORE_RE.search(text, max(0, start - _STRONG_BEFORE_SPAN), start)
                    and not _WORD_GOES_ON.match(text, end)  # (前往大田湾体育场: not 大田)
                )
                or _STRONG_AFTER_RE.match(text, end)
                or _qualified(raw, i, lex)
                or _dashed(text, raw, i)
                or _run_together(text, raw, i)
            ):
                dropped.add(i)
                unconfirmed.add(i)
            else:
                established.add(surface.place)
    # A weak name that a strong context established somewhere in the text counts wherever
    # else the text names it (泸县、永川两地协商 … 泸县政协结合自身实际: both are 泸县).
    dropped -= {i for i in unconfirmed if raw[i][2].place in established}
    if dropped:
        raw = [h for i, h in enumerate(raw) if i not in dropped]
    return facilities(text, raw, lex)


# 来渝考察, 赴川, 在渝期间: a province's one-character name where it is visited
_VISITED = re.compile(
    f"[{VISIT_VERBS}]([{''.join(ABBREVIATIONS_OF_VISITS)}])"
    f"(?=[，,。；;、：:\\s）)]|{'|'.join(VISIT_DEEDS)})"
)
# 来璧考察, 率队来秀对接: a county's news on its guests names itself by the first character
# of its name after 来 (a word's second character: 来自, 来说, 来访 … is none)
_HOSTED = re.compile(
    "来(?![自说看源访到往电信临回去年此京])([\u4e00-\u9fff])"
    f"(?=[，,。；;、：:\\s]|{'|'.join(VISIT_DEEDS)})"
)
_HOST_LEVELS = frozenset({"district", "county", "zone", "prefecture"})


def _with_one_character_names(text: str, raw: list[Hit], lex: Lexicon) -> list[Hit]:
    """The hits with each one-character name of a place that no other name covers: a
    province visited (:data:`_VISITED`), or a host (:data:`_HOSTED`) where exactly one
    district, county or city the text names in full starts with that character."""
    named: dict[str, set[str]] = {}
    for _, _, surface in raw:
        if surface.places and not surface.shared and not (surface.rule and surface.rule.weak):
            place = lex.gazetteer.places.get(surface.place)
            if place is not None and place.level in _HOST_LEVELS:
                named.setdefault(surface.place[0], set()).add(surface.place)
    found = [(m, ABBREVIATIONS_OF_VISITS[m.group(1)]) for m in _VISITED.finditer(text)]
    for m in _HOSTED.finditer(text):
        held = named.get(m.group(1))
        if held is not None and len(held) == 1:
            found.append((m, next(iter(held))))
    taken = {i for start, end, _ in raw for i in range(start, end)}
    extra = []
    for m, name in found:
        place = lex.surfaces.get(name)
        if m.start(1) not in taken and place is not None and not place.shared:
            surface = Surface(
                m.group(1), place.places, "abbreviation", None, place.levels, place.cls
            )
            extra.append((m.start(1), m.end(1), surface))
    return sorted(raw + extra, key=lambda h: h[0]) if extra else raw


def _resolve_shared(text: str, raw: list[Hit], lex: Lexicon, unresolved: list | None) -> list[Hit]:
    """Each shared mention as the place its context names (see the module docs)."""
    gaz = lex.gazetteer
    home = _home(raw, gaz)
    out: list[Hit] = []
    for i, (start, end, surface) in enumerate(raw):
        if not surface.shared:
            out.append((start, end, surface))
            continue
        choice = _qualified(raw, i, lex, surface.choices)
        if not choice and home:
            here = [c for c in surface.choices if _province(gaz.places[c.place]) == home]
            choice = here[0] if len(here) == 1 else False
        if not choice:
            preferred = gaz.preferred(c.place for c in surface.choices)
            place = gaz.places.get(preferred) if preferred else None
            # (in a text of another province, Chongqing's own is not the one: 江北 in a text
            # on Wuhan; a province, a facility or a city the tables name is: 海南, 广安)
            if place and (
                home is None
                or home == _province(place)
                or place.level in _TOP
                or (place.curated and place.province != "重庆市")
                # (南昌: the city, not the county of its name inside it)
                or all(
                    c.place == preferred or preferred in gaz.ancestors(c.place)
                    for c in surface.choices
                )
            ):
                choice = next(c for c in surface.choices if c.place == preferred)
        if choice:
            out.append((start, end, choice))
        elif unresolved is not None and any(not (c.rule and c.rule.weak) for c in surface.choices):
            unresolved.append((start, end, surface))  # (a weak name alone is no mention)
    return out


_TOP = frozenset({"province", "municipality", "country", "port"})


def _province(place: Place) -> str | None:
    return place.name if place.level in ("province", "municipality") else place.province


def join_qualified(hits: list[Hit], lex: Lexicon, text: str = "") -> list[Hit]:
    """The mentions with each place named right after a place that holds it (越南河内,
    重庆涪陵区, 湖北宜昌枝江, 德国的杜伊斯堡) joined into one mention of the inner place."""
    out: list[Hit] = []
    gaz = lex.gazetteer
    for hit in hits:
        if out:
            p_start, p_end, previous = out[-1]
            gap = hit[0] - p_end
            if (
                (gap == 0 or (gap == 1 and text[p_end] == "的"))
                and previous.form != "composite"
                and says_where(gaz, previous.place, hit[2].place)
            ):
                out[-1] = (p_start, hit[1], hit[2])
                continue
        out.append(hit)
    return out


def says_where(gaz: Gazetteer, outer: str, inner: str) -> bool:
    """Whether a place named right before another says where that one is: it holds it
    (湖北枝江, 越南河内), it is China and the other lies in China (中国重庆), it is a
    functional zone and the other a facility in one of the zone's districts (两江新区果园港:
    zones have no polygon, so this is as far as the gazetteer can tell), or it is a site
    and the other a facility of it in its district (西部物流园团结村集装箱中心站)."""
    if outer in gaz.ancestors(inner):
        return True
    if outer == "中国":
        return gaz.in_china(inner)
    zone, facility = gaz.places.get(outer), gaz.places.get(inner)
    if zone is None or facility is None or facility.level != "port":
        return False
    if zone.level == "port":
        # (西部物流园团结村集装箱中心站: a site, then a facility of it, in one district)
        return zone.host is not None and gaz.holds(zone.host, facility.host)
    return zone.level == "zone" and facility.host in zone.hosts


def find_mentions(text: str, *, lex: Lexicon | None = None) -> list[Mention]:
    """All place mentions in ``text``, in order of appearance.

    Composite names produce one mention per member, all with the composite's span.
    """
    return [
        Mention(place, surface.text, start, end, surface.form, level)
        for start, end, surface in scan(text, lex=lex)
        for place, level in zip(surface.places, surface.levels)
    ]


def _dashed(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` and a neighbouring one have only a dash between them."""
    start, end, _ = raw[i]
    before = i and raw[i - 1][1] < start and text[raw[i - 1][1] : start].strip(DASHES) == ""
    after = (
        i + 1 < len(raw) and end < raw[i + 1][0] and text[end : raw[i + 1][0]].strip(DASHES) == ""
    )
    return bool(before or after)


# The levels of places that articles write together as a pair (济宁万州, 江北酉阳); not a
# province or the municipality, which a word may come before (山城重庆, 美丽四川)
_PAIRED_LEVELS = frozenset({"district", "zone", "county", "prefecture"})


def _run_together(text: str, raw: list[Hit], i: int) -> bool:
    """Whether mention ``i`` and the next are two places written together before what
    the two do together (济宁万州签订, 江北酉阳携手)."""
    if i + 1 >= len(raw) or raw[i + 1][0] != raw[i][1]:
        return False
    first, second = raw[i][2], raw[i + 1][2]
    return (
        bool(first.levels and first.levels[0] in _PAIRED_LEVELS)
        and bool(second.levels and second.levels[0] in _PAIRED_LEVELS)
        and _RUN_TOGETHER.match(text, raw[i + 1][1]) is not None
    )


def _in_list(text: str, raw: list[Hit], i: int, dropped: set[int]) -> bool:
    """Whether mention ``i`` sits in a list with a neighbouring place name that is not
    weak, or weak and kept already (老挝琅勃拉邦和万象: the first confirmed by its country)."""
    start, end, _ = raw[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(raw):
            continue
        o_start, o_end, other = raw[j]
        if other.rule is not None and other.rule.weak and (j > i or j in dropped):
            continue
        gap = text[o_end:start] if j < i else text[end:o_start]
        if len(gap) <= 2 and gap and all(ch in _LIST_JOINERS for ch in gap):
            return True
    return False
