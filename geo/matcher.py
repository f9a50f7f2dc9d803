"""Find place mentions in cleaned text: longest match over every name, then context rules.

Every name of every gazetteer place (canonical, official, short, former, aliases) is
found with one Aho-Corasick pass (ahocorasick-rs), longest-leftmost: 宜宾三江新区 is one
place, not 宜宾 + 三江; 新田港 is the port of 万州, not a county in Hunan. Words that are
no place but hold one (嘉陵江, 成都平原, 北京时间:
:data:`cqmap.geo.place_context.NOT_PLACES`) are found in the same
pass and shadow the names inside them (the names, their surfaces and the automaton:
:mod:`cqmap.geo.lexicon`, whose :data:`Hit`, :class:`Surface`, :class:`Lexicon` and
:func:`lexicon` this module still exports). Then the context rules (their words are
:mod:`cqmap.geo.place_context`; the tests of a mention where it stands,
:mod:`cqmap.geo.mention_context`; the strong contexts of a weak name,
:mod:`cqmap.geo.weak_context`); :func:`scan` applies them:

* ``before`` / ``after``: a mention is dropped when the text right before it ends with,
  or the text right after it starts with, one of these strings (江北 in 江北机场,
  长寿 in 长寿湖, 南岸 as a river bank, 内江 in 境内江河 ...);
* an agency's dateline (``新华社北京5月3日电``) names where a report was filed, not a
  place of the story: dropped;
* ``weak``: the name is also a common word (长寿, 石柱, 安康 ...) or comes from registry
  data only (the short form of a county or city elsewhere in China, a foreign city, a
  country outside the curated ones named in two characters: 枝江, 万象, 汉堡, 南非; not
  a prefecture's of three characters or more, 石家庄, nor a province's capital, 杭州) and
  counts only in a strong
  context: the place's full name elsewhere in the text, another place name next to it
  in a list (``A、B``; a weak one kept already: ``老挝琅勃拉邦和万象``), written together
  with it before what the two do together (``济宁万州签订``, ``江北酉阳携手``) or across a dash (``重庆—万象``)
  or 到 (``济宁到重庆万州``), a company's name it starts where it is a prefecture's city
  (``襄阳恒达仓储有限公司``), goods each named by its place in a list of them closed by 等
  and the goods' word (``朔州陶瓷、忻州法兰等特色产品``), a chamber of commerce of its people (``深圳邻水商会``, both
  places; ``衢州湖北商会``), a town of it right after
  (``长寿海棠镇``), its province or city right before (``湖北枝江``, ``老挝万象``), a
  place it holds right after (``立陶宛维尔纽斯``), a
  word of going or being somewhere right before (``至``, ``赴``, ``抵达``, ``位于`` ...; not
  the 到 of a verb of perceiving, ``尝到忠州的味道``), 在 before it and an event held there
  after it (``推介活动在沈阳拉开帷幕``) or the end of its phrase (``在苏州,``)
  or a facility or route word right after (``港``, ``站``, ``口岸``, ``出发``). A place
  that holds others right before a weak name that it does not hold shows the name is a
  part of it the gazetteer does not know (``成都城厢``: not 莆田's 城厢区): dropped, as
  is a weak name right after a station's word (``长沙火车新北站``: the station's own name);
* a *shared* name (江北区 of Chongqing and of Ningbo, 朝阳) stands for the place its
  province or city right before names; a name shared by a crossing or port and a region
  (东兴, 凭祥, 防城港) listed next to a region (大足、东兴、隆昌) or in a list closed by
  等地 stands for the region (the one in a listed neighbour's province where it is
  shared by several); a city named like its water port (防城港) is the city unless words
  of ships or water stand near; else for the one in the text's own province (the
  province most of its other places lie in), else for the gazetteer's preferred one
  (Chongqing's, or the only one of the highest level); otherwise it is reported as
  unresolved, never guessed (:mod:`cqmap.geo.shared_names`);
* ``chongqing``: 高新区 means 重庆高新区 only in a text about Chongqing and not right
  after another place name (成都高新区 is a place of its own).

A province's one-character name (渝, 川, 黔 …: :data:`cqmap.geo.regions.ABBREVIATIONS_OF_VISITS`)
is the province right after a verb of going or being there and before what is done there
(来渝考察, 赴川调研, 在渝期间) where no longer name covers it (来渝北区 is 渝北区). A county's
news names itself after 来 by the first character of its name (华蓥市代表团来璧考察): that
is the district, county or city the text names in full, where exactly one starts with it.
Both, and groups of provinces written by their one-character names (湘鄂渝黔四省市), are
added to the lexicon's hits by :mod:`cqmap.geo.abbreviations`.

Nothing is fuzzy: a string either is a known name in an acceptable context or it is
not a mention.
"""

from __future__ import annotations

from typing import NamedTuple

from cqmap.geo.abbreviations import with_counted_groups, with_one_character_names
from cqmap.geo.facilities import facilities
from cqmap.geo.facility_names import names_a_facility_after
from cqmap.geo.lexicon import Hit, Lexicon, Surface, lexicon
from cqmap.geo.mention_context import (
    DIVISION_AFTER,
    names_a_service,
    of_a_country_named,
    part_of_another,
    rejected,
    shorter,
    titled,
    with_their_states,
)
from cqmap.geo.place_context import (
    COUNT_FIRSTS,
    COUNTED_NOUN,
    LAST_CHARACTER_TAKEN,
    NOT_A_PLACE_AFTER,
    OFFICE_NAMED_AFTER,
    PERSON_BEFORE,
    PORT_NAME,
    STRONG_AFTER_RE,
    STRONG_BEFORE_RE,
    STRONG_BEFORE_SPAN,
    TOWN,
    VENUE_AFTER,
    WORD_GOES_ON,
    WORD_GOES_ON_AFTER_COUNT,
)
from cqmap.geo.shared_names import qualified, resolve_shared
from cqmap.geo.vocabulary import COMPANY_WORDS
from cqmap.geo.weak_context import (
    aside_of_its_holder,
    dashed,
    dotted,
    goods_listed,
    held_by_the_one_before,
    in_list,
    listed_abroad,
    names_a_company,
    owners_listed,
    run_together,
)
from cqmap.geo.word_splits import cut_inside

__all__ = [
    "Surface",
    "Hit",
    "Mention",
    "Lexicon",
    "lexicon",
    "scan",
    "find_mentions",
]

# The end of a phrase right after 在 and a name (在苏州,首趟中欧班列…: where it happens)
_PHRASE_ENDS = frozenset("，,。")

# The words of a station right before a weak name: the name is the station's own, after
# its city (长沙火车新北站, 长沙铁路货运新北站: no 新北区), as 火车东站 is a direction's
_STATION_WORDS_BEFORE = ("火车", "货运")

# A chamber of commerce of a place's people, named after their home, in the place they work
# in, named right before (重庆邻水商会, 衢州湖北商会, 内江市温州商会): both are places, the
# home no part of the host, the host no word before the home
CHAMBER = "商会"


# Words of grammar a port's name does not end with (和港南: 港南 after 和 is a place)
_GRAMMAR = frozenset("的和与及等在了个各是为有将已把被从由到向至经这那该此其每再又也就还才以暨")
# The characters that join two names (甲和乙, 甲与乙, 甲及乙)
_JOINS = frozenset("和与及")


def _holds(outer, inner, lex) -> bool:
    """Whether the place ``outer`` names holds the one ``inner`` names (贵港 holds 港北)."""
    return outer.place in lex.gazetteer.ancestors(inner.place)


class Mention(NamedTuple):
    """A place mention: ``text[start:end] == surface``."""

    place: str
    surface: str
    start: int
    end: int
    form: str  # name | short | composite
    level: str


# The levels of a district's or a county's full name, and of the city named right before it
_INNER_LEVELS = frozenset({"district", "county"})
_CITY_LEVELS = frozenset({"prefecture", "municipality"})


# The forms of a name that words may meet inside: a short name, or one several places share
# (沿江北上: no 江北)
_CUT_FORMS = frozenset({"short", "shared"})


def _not_in_the_city_before(raw: list[Hit], lex: Lexicon) -> list[Hit]:
    """The mentions without a district's or a county's full name right after a city's
    full name that does not hold it (新乡市西工区: an area of 新乡's so called, not 洛阳's
    西工区); the city says where the name lies, and no place of that name lies there."""
    gaz = lex.gazetteer
    out: list[Hit] = []
    for hit in raw:
        start, _, surface = hit
        if out and out[-1][1] == start and not surface.shared and surface.form == "name":
            before = out[-1][2]
            level = getattr(gaz.places.get(surface.place), "level", None)
            if (
                level in _INNER_LEVELS
                and not before.shared
                and before.form == "name"
                and before.text.endswith("市")
                and getattr(gaz.places.get(before.place), "level", None) in _CITY_LEVELS
                and not _holds(before, surface, lex)
            ):
                continue
        out.append(hit)
    return out


def scan(
    text: str,
    *,
    lex: Lexicon | None = None,
    unresolved: list | None = None,
    passed: frozenset[int] = frozenset(),
) -> list[Hit]:
    """Mentions as ``(start, end, surface)``, in order: the fast form of :func:`find_mentions`.

    Shared names are resolved to one place, or left out and, when ``unresolved`` is a
    list, appended to it as hits of their shared surface. A weak name left out (for want
    of a strong context, or as the end of a port's name before it) does not cut a port's
    name that starts inside it and goes on beyond it (靠上高雄港: 上高 is no place there,
    and 高雄港 is read; 改港南通口岸: no 港南, and 南通口岸 is read); the text is read
    again with the weak names at ``passed`` passed over.
    """
    lex = lex or lexicon()
    told = len(unresolved) if unresolved is not None else 0
    raw = with_their_states(text, lex.find(text, passed), lex)
    raw = with_one_character_names(text, raw, lex)
    raw = with_counted_groups(text, raw, lex)
    raw = _not_in_the_city_before(raw, lex)
    # (隆重庆祝, 繁荣昌盛: two words meet inside a short name, which is none there; the
    # mentions next to it are words of the cut too, a few on each side)
    raw = [
        h
        for i, h in enumerate(raw)
        if not (
            h[2].form in _CUT_FORMS and cut_inside(text, h[0], h[1], raw[max(0, i - 3) : i + 4])
        )
    ]
    ruled = [i for i, h in enumerate(raw) if h[2].rule is not None or h[2].shared]
    if (
        not ruled
        and not any(NOT_A_PLACE_AFTER.match(text, h[1]) for h in raw)
        and not any(names_a_service(text, h[0], h[1]) for h in raw)
        and not any(titled(text, h[0]) for h in raw)
        and not any(text[h[1] - 1 : h[1] + 1] in LAST_CHARACTER_TAKEN for h in raw)
    ):
        return facilities(text, raw, lex)  # (most texts: no mention with a context rule)

    dropped: set[int] = set()
    # (天津港集团, 盐田港股份: a port's company, named by the port; its place is read for
    # what it tells of the place's weak names elsewhere, then left out)
    companies: set[int] = set()  # where such names start
    for i, (start, end, surface) in enumerate(raw):
        if text[end - 1 : end + 1] in LAST_CHARACTER_TAKEN:
            # (振兴区域经济: 区域 takes the 区, and 振兴 is read as what it is alone)
            end, surface = shorter(text, start, end, lex)
            if surface is None:
                dropped.add(i)
                continue
            raw[i] = (start, end, surface)
        while surface.rule is not None and rejected(text, start, end, surface.rule):
            company = surface.rule is PORT_NAME and text.startswith(COMPANY_WORDS, end)
            # (重庆港务集团: not 重庆港, but a shorter name at the same place may stand)
            named = surface.places
            office = OFFICE_NAMED_AFTER.match(text, end) is not None
            end, surface = shorter(text, start, end, lex)
            if company and text.startswith("港", end):
                companies.add(start)  # (not 深圳盐田港集团: 深圳 says where the port is)
            while office and surface is not None and surface.places == named:
                # (果园港区管委会: an office named after the port area, nor 果园港 nor 果园
                # either, the same port by a shorter name)
                end, surface = shorter(text, start, end, lex)
            if surface is None:
                dropped.add(i)
                break
            raw[i] = (start, end, surface)
        if i not in dropped and NOT_A_PLACE_AFTER.match(text, end):
            dropped.add(i)  # (新华社北京5月3日电, 重庆日报: who reports, from where)
        elif i not in dropped and titled(text, start):
            dropped.add(i)  # (董事长韩国福: a person, named after a title)
        elif i not in dropped and names_a_service(text, start, end):
            # (“兰州号”国际货运班列: the train's name; read, as a company's place is, for
            # what it tells of weak names elsewhere, then left out)
            companies.add(start)
    if dropped:
        raw = [h for i, h in enumerate(raw) if i not in dropped]
        dropped = set()
    if any(h[2].shared for h in raw):
        raw = resolve_shared(text, raw, lex, unresolved)
    ruled = [i for i, h in enumerate(raw) if h[2].rule is not None]
    about_chongqing = any(h[2].about_chongqing for h in raw)
    confirmed: set[str] | None = None  # places named in full: their weak forms are confirmed
    countries: set[str] | None = None  # countries named, not by a weak name
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
            chamber = text.startswith(CHAMBER, end)  # (邻水商会: the home of its people)
            # (衢州湖北商会: the place the chamber of another's people is in)
            hosts_chamber = following is not None and text.startswith(CHAMBER, raw[i + 1][1])
            if (
                following is not None
                and not hosts_chamber
                and not (following.rule and following.rule.weak)
                and surface.place not in lex.gazetteer.ancestors(following.place)
                and not run_together(text, raw, i)
                and not qualified(raw, i, lex)  # (越南胡志明市凯莱港: its country before it)
            ):
                dropped.add(i)  # (山城重庆: a word before a name, not a place of its own)
                continue
            if not chamber and part_of_another(raw, i, lex, text):
                dropped.add(i)  # (成都城厢: a part of 成都, not 莆田's 城厢区)
                continue
            if text[max(0, start - 3) : start].endswith(
                ("港区", "作业区")
            ) and not lex.gazetteer.in_china(surface.place):
                # (钦州保税港区盛港码头: a terminal's own name after the port area it lies in,
                # no 盛港 of Singapore's)
                dropped.add(i)
                continue
            if (
                surface.text[0] in _JOINS
                and i
                and raw[i - 1][1] == start
                and not _holds(raw[i - 1][2], surface, lex)
            ):
                # (龙湾和龙港两地: 和 joins two places, no 和龙 of 吉林's; but 新疆和田, a
                # place in the one before it)
                dropped.add(i)
                continue
            if PERSON_BEFORE.search(text, max(0, start - 8), start):
                dropped.add(i)  # (副总经理罗海林: a person)
                continue
            if text[max(0, start - 2) : start] in _STATION_WORDS_BEFORE:
                dropped.add(i)  # (长沙火车新北站: a station's own name)
                continue
            if (
                surface.text[0] == "港"
                and "\u4e00" <= text[start - 1 : start] <= "\u9fff"
                and text[start - 1] not in _GRAMMAR
                and not (i and raw[i - 1][1] == start and _holds(raw[i - 1][2], surface, lex))
            ):
                # (台北港北六号码头, 天津新港北站: 港 ends the port's name before it, no 港北
                # of a weak name; but 贵港港北, the district after its city)
                dropped.add(i)
                continue
            if (
                surface.text[0] in COUNT_FIRSTS
                and COUNTED_NOUN.fullmatch(surface.text)
                and (WORD_GOES_ON_AFTER_COUNT.match(text, end) or not qualified(raw, i, lex))
            ):
                # (三条航线, 三次开行, 增加到三条: a count, not 三条 or 三次 in Japan, unless
                # its country says it is: 日本三条)
                dropped.add(i)
                continue
            if confirmed is None:
                confirmed = {h[2].place for h in raw if h[2].confirms}
            if surface.place in confirmed:
                continue
            if countries is None:
                countries = {
                    h[2].place
                    for h in raw
                    if h[2].levels[:1] == ("country",)
                    and len(h[2].places) == 1
                    and not (h[2].rule and h[2].rule.weak)
                }
            if of_a_country_named(surface, countries, lex.gazetteer) and not (
                DIVISION_AFTER.match(text, end)
            ):
                continue
            if not (
                chamber
                or hosts_chamber
                or in_list(text, raw, i, dropped)
                # (立陶宛维尔纽斯: a place it holds right after it says where that one is)
                or (
                    following is not None
                    and surface.place in lex.gazetteer.ancestors(following.place)
                )
                or TOWN.match(text, end)
                # (沈阳虎石台站: a facility of its own name there; not 石台 inside it)
                or names_a_facility_after(text, end)
                or (
                    STRONG_BEFORE_RE.search(text, max(0, start - STRONG_BEFORE_SPAN), start)
                    and (
                        not WORD_GOES_ON.match(text, end)  # (前往大田湾体育场: not 大田)
                        # (驶往阿布扎比哈里发港: a port of its own name in the city abroad
                        # gone to)
                        or (
                            not lex.gazetteer.in_china(surface.place)
                            and names_a_facility_after(text, end, abroad=True)
                        )
                    )
                )
                or STRONG_AFTER_RE.match(text, end)
                # (宁德地区, 衢州地区: a prefecture's city named short and 地区, the land of
                # the prefecture; not a county's or district's name, 中原地区, 河西地区, 江南
                # 地区: parts of the country)
                or (
                    text.startswith("地区", end)
                    and lex.gazetteer.places[surface.place].level == "prefecture"
                )
                # (在沈阳拉开帷幕: the venue of an event; 在苏州,首趟班列…: where what follows
                # happens, the place closing its phrase)
                or (
                    text[start - 1 : start] == "在"
                    and (VENUE_AFTER.match(text, end) or text[end : end + 1] in _PHRASE_ENDS)
                )
                or qualified(raw, i, lex)
                or held_by_the_one_before(text, raw, i, lex.gazetteer)
                or dashed(text, raw, i)
                or dotted(text, raw, i, lex.gazetteer)
                or run_together(text, raw, i)
                or listed_abroad(text, raw, i, lex.gazetteer)
                or names_a_company(text, raw, i, lex.gazetteer)
                or owners_listed(text, raw, i)
                # (not a city abroad: 高山蔬菜、高山茶叶 are highland goods, not Takayama's)
                or (goods_listed(text, raw, i) and lex.gazetteer.in_china(surface.place))
                or aside_of_its_holder(text, raw, i, lex.gazetteer)
            ):
                dropped.add(i)
                unconfirmed.add(i)
            else:
                established.add(surface.place)
    # A weak name that a strong context established somewhere in the text counts wherever
    # else the text names it (泸县、永川两地协商 … 泸县政协结合自身实际: both are 泸县).
    dropped -= {i for i in unconfirmed if raw[i][2].place in established}
    hiding = frozenset(
        raw[i][0]
        for i in dropped
        if raw[i][2].rule.weak and lex.hides_a_port(text, raw[i][0], raw[i][1])
    )
    if hiding - passed:
        if unresolved is not None:
            del unresolved[told:]  # (told again by the second reading)
        return scan(text, lex=lex, unresolved=unresolved, passed=passed | hiding)
    dropped |= {i for i, h in enumerate(raw) if h[0] in companies}
    if dropped:
        raw = [h for i, h in enumerate(raw) if i not in dropped]
    return facilities(text, raw, lex)


def find_mentions(text: str, *, lex: Lexicon | None = None) -> list[Mention]:
    """All place mentions in ``text``, in order of appearance.

    Composite names produce one mention per member, all with the composite's span.
    """
    return [
        Mention(place, surface.text, start, end, surface.form, level)
        for start, end, surface in scan(text, lex=lex)
        for place, level in zip(surface.places, surface.levels)
    ]
