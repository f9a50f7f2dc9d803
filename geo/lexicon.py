"""Every name of every gazetteer place as a surface, and the one automaton that finds them.

A :class:`Surface` is what a matched string stands for: its place (or the places of a
composite such as 万达开, or the candidates of a name several places hold), the form of the
name, the context rule it needs (:mod:`cqmap.geo.place_context`) and its token class for
the pair patterns. A :data:`Hit` is a surface found at a span of a text: the type every
reader of mentions takes.

The :class:`Lexicon` holds one surface per name of every place (canonical, official, short,
former, aliases) and finds them all with one Aho-Corasick pass (ahocorasick-rs),
longest-leftmost: 宜宾三江新区 is one place, not 宜宾 + 三江; 新田港 is the port of 万州, not
a county in Hunan. Words that are no place but hold one (嘉陵江, 成都平原, 北京时间:
:data:`cqmap.geo.place_context.NOT_PLACES`) are found in the same pass and shadow the names
inside them. Which names are *weak* (count only in a strong context) is decided here, name
by name; the context rules are applied to what it finds by :func:`cqmap.geo.matcher.scan`.
It is built once per process (:func:`lexicon`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace

import ahocorasick_rs

from cqmap.geo.gazetteer import Gazetteer, Place, built_once, gazetteer, gc_paused
from cqmap.geo.place_context import (
    AIRPORT_NAME,
    BY_NAMES,
    CONTEXT_RULES,
    NOT_PLACES,
    PORT_AREA_NAME,
    PORT_NAME,
    STATE_NAME,
    STRONG_BEFORE_RE,
    STRONG_BEFORE_SPAN,
    WEAK,
    Rule,
)
from cqmap.geo.regions import COMPOSITES, SERVICE_CHAINS
from cqmap.geo.vocabulary import DIRECTIONS

__all__ = ["PAIRABLE_LEVELS", "Surface", "Hit", "Lexicon", "lexicon", "replaced"]


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
    one of several places and is resolved by :func:`cqmap.geo.matcher.scan` to one of ``choices``.
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


def replaced(hits: list[Hit], dropped: Collection[int], added: list[Hit]) -> list[Hit]:
    """``hits`` without those at the indexes ``dropped``, with ``added``, in text order (the
    mentions a reader of facilities reads as one facility: 梅山 in 梅山港区); ``hits``
    themselves where nothing is added."""
    if not added:
        return hits
    kept = [h for k, h in enumerate(hits) if k not in dropped]
    return sorted([*kept, *added], key=lambda h: h[0])


def _is_weak(place: Place, name: str) -> bool:
    """Whether a name of a place only counts in a strong context (see the module docs)."""
    if place.curated or place.level in ("port", "province", "municipality"):
        return False
    if place.level == "country":
        # (尼日利亚, 莫桑比克: a country's name of three characters or more is no word;
        # 南非 in 云南非遗, 加纳 in 增加纳税 are)
        return len(name) <= 2
    if place.level == "city":
        return True
    if place.level == "prefecture" and place.code and place.code.endswith("0100"):
        # (杭州, 南昌, 合肥, 济南: a province's capital, its division code XX0100, is named
        # as the capital; the words that hold such a name are NOT_PLACES, 复合肥)
        return False
    if place.level == "prefecture" and len(name) >= 3:
        # (石家庄, 驻马店, 鄂尔多斯: a prefecture's name of three characters or more is no
        # word; those that name a landform too are ruled so, 牡丹江, 三门峡: CONTEXT_RULES)
        return False
    return name == place.short_name or len(name) <= 2


def _weak_elsewhere(choice: Surface, place: Place, text: str) -> Surface:
    """A shared name's choice as weak where its place's name is weak, though the rule the
    name carries for a place of the tables is not (江北: Chongqing's 江北区 named short is
    read as a place, 宁波's only in a strong context, as other counties' short names
    elsewhere are; 江北夜游航线 in a text on 杭州 is the north bank's)."""
    rule = choice.rule
    if rule is None or rule.weak or not _is_weak(place, text):
        return choice
    return replace(choice, rule=rule._replace(weak=True))


# A zone or new area named with its province or city in front (四川天府新区, 重庆两江新区,
# 陕西西咸新区): the text names two places, the one that holds it and the area, as with
# 湖北枝江; its canonical name is kept whole (宜宾三江新区, 重庆高新区: the area's own name)
_AREA_LEVELS = frozenset({"new area", "zone"})


def _its_holder_and_name(gaz: Gazetteer, place: Place, name: str) -> bool:
    """Whether ``name`` of a zone or new area is a place that holds it, then another of
    the area's names (四川天府新区: 四川 and 天府新区)."""
    if place.level not in _AREA_LEVELS:
        return False
    holders = {gaz.places[a] for a in gaz.ancestors(place.name) if a in gaz.places}
    return any(
        name == f"{head}{rest}"
        for holder in holders
        for head in holder.names
        for rest in place.names
        if rest != name
    )


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
                if name != canonical and _its_holder_and_name(gaz, place, name):
                    continue  # (四川天府新区: 四川 and 天府新区, each read as named)
                if len(name) >= 2:
                    form = "short" if name == short_form and name != canonical else "name"
                    if form == "short" and name.endswith("村"):
                        continue  # (马村, 周村: any village's name; 马村区 is read in full)
                    if form == "short" and name in BY_NAMES:
                        continue  # (山城: 重庆's by-name; 山城区 is read in full)
                    held = held_by(name)
                    if held is None:
                        holders[name] = [(place, form)]
                    else:
                        held.append((place, form))

        rule_of = CONTEXT_RULES.get

        def surface(text: str, place: Place, form: str) -> Surface:
            level = place.level
            rule = rule_of(text) or (WEAK if _is_weak(place, text) else None)
            if rule is None and level == "port" and text.endswith(("港", "港口", "港务区")):
                # (杜伊斯堡港口集团: a company, as 重庆港集团 is; 西安国际港务区管委会, an office)
                rule = PORT_NAME
            elif rule is None and level == "port" and text.endswith("港区"):
                rule = PORT_AREA_NAME  # (果园港区管委会: the area's committee, an office)
            elif rule is None and level == "port" and text.endswith("机场"):
                rule = AIRPORT_NAME
            elif rule is None and level == "state":
                rule = STATE_NAME  # (西宁省级: no 西宁省)
            cls = "P" if level == "port" else "A" if level in PAIRABLE_LEVELS else "B"
            return Surface(text, (place.name,), form, rule, (level,), cls)

        surfaces: dict[str, Surface] = {}
        for text, held in holders.items():
            if len(held) == 1:
                place, form = held[0]
                surfaces[text] = surface(text, place, form)
                continue
            choices = tuple(
                _weak_elsewhere(surface(text, place, form), place, text) for place, form in held
            )
            rule = CONTEXT_RULES.get(text)
            surfaces[text] = Surface(text, (), "shared", rule, choices=choices)
        for text, members in {**COMPOSITES, **SERVICE_CHAINS}.items():
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
        # the breaks no name or word holds: reading again after a weak name stops at one
        held = "\x00".join(words)
        breaks = "".join(c for c in _BREAKS if c not in held)
        self._breaks = re.compile(f"[{re.escape(breaks)}]") if breaks else None
        # the lengths of the names, by first character (longest first)
        lengths: dict[str, set[int]] = {}
        for text in surfaces:
            lengths.setdefault(text[0], set()).add(len(text))
        self._lengths = {c: sorted(n, reverse=True) for c, n in lengths.items()}

    def facility_surface(self, place: Place, text: str) -> Surface:
        """The surface of a facility named by the grammar of :mod:`cqmap.geo.facilities`."""
        return Surface(text, (place.name,), "facility", None, ("port",), "P")

    def find(self, text: str, passed: frozenset[int] = frozenset()) -> list[Hit]:
        """Every surface in ``text``, longest-leftmost, before any context rule; a weak
        name gives way to a name that starts inside it and goes on beyond it, where that
        name is not weak or is longer, or starts right after a word of moving to it
        (直达日本 is 日本, not the weak 达日; 抵达莫斯科 is 莫斯科, not the weak 达莫; 抵达曼谷
        is 曼谷, not the weak 达曼); not to one that ends on a direction before 站, which
        names the weak place's station (同江北站 is 同江's, not 江北 + 站), nor to one that
        ends on a facility word right after the weak name (通海港区 is 通海's port area,
        not 海港区). A weak name
        starting at one of ``passed`` is passed over, and what starts inside it is read
        (the weak names :func:`cqmap.geo.matcher.scan` left out)."""
        hits: list[Hit] = []
        resume = 0
        for index, start, end in self._automaton.find_matches_as_indexes(text):
            if start < resume:
                continue  # (read again already, from a name inside a weak one)
            again = self._hit(text, index, start, end, passed, hits)
            if again is not None:
                # (read again from there only to the next break: no name holds one, so
                # what follows it reads as it did; once per break at most, not to the end)
                brk = self._breaks.search(text, again) if self._breaks else None
                resume = brk.start() if brk else len(text)
                self._read_again(text, again, resume, passed, hits)
        return hits

    def _read_again(
        self, text: str, offset: int, stop: int, passed: frozenset[int], hits: list[Hit]
    ) -> None:
        """Read ``text[offset:stop]`` into ``hits`` as :meth:`find` does, from ``offset``."""
        while True:
            for index, start, end in self._automaton.find_matches_as_indexes(text[offset:stop]):
                again = self._hit(text, index, start + offset, end + offset, passed, hits)
                if again is not None:
                    offset = again
                    break
            else:
                return

    def _hit(
        self, text: str, index: int, start: int, end: int, passed: frozenset[int], hits: list
    ) -> int | None:
        """Keep the match ``index`` at ``start:end`` in ``hits``, or say where to read again:
        inside a weak name passed over, or from a stronger name starting inside it."""
        surface = self._values[index]
        if surface is not None and _weak(surface):
            if start in passed:
                return start + 1  # (read again from inside the name passed over)
            stronger = self._stronger_inside(text, start, end)
            if stronger is not None:
                return stronger  # (read again from the stronger name)
        if surface is not None and not _a_landform(surface, text, end):
            hits.append((start, end, surface))
        return None

    def hides_a_port(self, text: str, start: int, end: int) -> bool:
        """Whether a port's name starts inside ``text[start:end]`` and goes on beyond it:
        a port of the table, or a place's name with 港 or 口岸 right after it (靠上高雄港:
        高雄港 starts inside 上高)."""
        surfaces, lengths = self.surfaces, self._lengths
        for s in range(start + 1, end):
            for n in lengths.get(text[s], ()):
                surface = surfaces.get(text[s : s + n]) if s + n > end else None
                if surface is not None and (
                    "port" in surface.levels or text.startswith(_PORT_WORDS, s + n)
                ):
                    return True
        return False

    def _stronger_inside(self, text: str, start: int, end: int) -> int | None:
        """Where a name that is not weak, or is longer than ``text[start:end]``, starts
        inside it and goes on."""
        surfaces, lengths = self.surfaces, self._lengths
        # (the end of the facility word right after the name, if one follows: once per name)
        word_end = -1
        if text[end : end + 1] in _FACILITY_FIRSTS:
            word_end = max(
                (end + len(w) for w in _FACILITY_WORDS_AFTER if text.startswith(w, end)),
                default=-1,
            )
        for s in range(start + 1, end):
            for length in lengths.get(text[s], ()):
                if s + length <= end:
                    break
                if (
                    s + length == end + 1
                    and _DIRECTION_STATION.match(text, end)
                    # (从江北站: 从 is a word of leaving, 江北站 the station left)
                    and not STRONG_BEFORE_RE.search(text, max(0, s - STRONG_BEFORE_SPAN), s)
                ):
                    continue  # (同江北站: 同江's north station; 江北 ends inside its name)
                if s + length <= word_end:
                    continue  # (通海港区: 通海's port area; 海港区 ends inside its word)
                surface = surfaces.get(text[s : s + length])
                if surface is not None and (
                    length > end - start
                    or not _weak(surface)
                    # (抵达曼谷 is 曼谷, not the weak 达曼: the name starts after a word of
                    # moving to it, which the other starts inside)
                    or STRONG_BEFORE_RE.search(text, max(0, s - STRONG_BEFORE_SPAN), s)
                ):
                    return s
        return None


# Words that make a place's name a port's or a crossing's (高雄港, 南通口岸)
_PORT_WORDS = ("港", "口岸")

# Words of a facility right after a place (通海港区, 某某站): a name that starts inside the
# place and ends on such a word cuts into the facility's name (海港区 in 通海港区)
# Characters that end a stretch of text no name crosses (a clause's, a sentence's, a line's)
_BREAKS = "，。；！？,;!?\n"

_FACILITY_WORDS_AFTER = ("港区", "港", "站", "口岸", "码头")
_FACILITY_FIRSTS = frozenset(word[0] for word in _FACILITY_WORDS_AFTER)

# A station or crossing named by its direction from the place before it (同江北站, 合江东站,
# 同江北口岸): a name that starts inside the place and ends on the direction cuts into the
# facility's name
_DIRECTION_STATION = re.compile(f"[{DIRECTIONS}](?:(?:火?车)?站|口岸)")


def _weak(surface: Surface | None) -> bool:
    if surface is None:
        return False
    if surface.shared:
        return all(c.rule is not None and c.rule.weak for c in surface.choices)
    return surface.rule is not None and surface.rule.weak


@built_once
def lexicon() -> Lexicon:
    """The lexicon of the shared gazetteer, compiled once per process."""
    gaz = gazetteer()
    with gc_paused():
        return Lexicon(gaz)


def _a_landform(surface: Surface, text: str, end: int) -> bool:
    """Whether a name is the first part of a landform's: a short name before 湾 (通州湾,
    胶州湾: the bay, not the district; a 湾区 is a region of its own name), or a name that
    ends in a direction before 岸 (太湖南岸, 大运河北岸: the bank, not 湖南 or 河北)."""
    if text.startswith("岸", end):
        return surface.text[-1] in "东南西北"
    return (
        surface.form in ("short", "shared")
        and text.startswith("湾", end)
        and not text.startswith("湾区", end)
    )
