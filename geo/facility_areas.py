"""A port's areas, listed after it: each a port area or operation area of that port.

A port, then what it is made of or what is done to it, then its areas each named with
its word (宜宾港涵盖翠柏港区、南溪港区…; 芜湖港…重点打造裕溪口港区、朱家桥港区与三山港区;
宜宾港二期扩建工程涵盖中心作业区、江北作业区), or its areas' names sharing one word after a
word of what it has (宁波舟山港…建成梅山、大榭、金塘三大集装箱港区), or counted, then named
in brackets (武汉港…拥有9个港区(经开、阳逻…)). Each item is a part of that port whatever
its name is (an area the table knows stays the table's); no item of kind (沿江港区). The
port may be a place's, named by the place and 港 (衡阳港分为…等8大港区), as after a port of
the table.
:func:`areas_listed` gives the mentions with them, for
:func:`cqmap.geo.facilities.facilities` to read on. An area of its own name told after a
word for the port told before (该港某某港区, 其西港区), or told alone where a clause starts
or after a word of where (…，某某作业区…; 对某某作业区实施改造), is a part of that port:
:func:`areas_of_the_port_before` gives them, read after the ports of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cqmap.geo.facility_lists import KIND_OF_PORT
from cqmap.geo.facility_names import AREA_NAMES, is_own_name
from cqmap.geo.facility_places import DIVISION_ENDINGS, facility_after_place
from cqmap.geo.lexicon import replaced
from cqmap.geo.vocabulary import DIRECTIONS, FACILITY_HOSTS, FACILITY_WORDS

__all__ = ["areas_listed", "areas_of_the_port_before"]


# A port, then the areas it is made of, each named with its word: 宜宾港涵盖翠柏港区、南溪
# 港区、江安港区和新市港区 (each a port area of that port, whatever its name is)
# (or a few words after the port, then what is done to its areas: 芜湖港…正重点打造裕溪口
# 港区、朱家桥港区与三山港区; 安庆港扩大口岸开放范围,纳入皖河农场港区、长风港区; 宜宾港二期
# 扩建工程涵盖中心作业区、江北作业区: the works take in the areas)
# What parts the items of a list of areas, and the words an area's name ends with
# (a comma may stand before 以及: 阳逻、经开和主城,以及青山、蔡甸)
_JOIN = "(?:、|[，,]?以及|和|及|与)"
_AREA_WORD = "(?:港区|作业区)"
_AREAS_OF = re.compile(
    r"(?:[^。；;！!？?]{0,30}?(?:打造|纳入|建设|新建|扩建|涵盖|包括|包含)|下辖|辖有|分为|由"
    # (台州港口岸龙门港区、头门港区以及健跳港区: the port's areas listed right after it, two
    # or more)
    rf"|口岸|(?=[\u4e00-\u9fff]{{2,4}}?{_AREA_WORD}{_JOIN}))"
    rf"(?P<list>(?:[\u4e00-\u9fff]{{2,4}}?{_AREA_WORD}{_JOIN})*[\u4e00-\u9fff]{{2,4}}?{_AREA_WORD})"
)
_AREA_ITEM = re.compile(rf"(?P<own>[\u4e00-\u9fff]{{2,4}}?)(?P<w>{_AREA_WORD})")
_ITEMS = re.compile(_JOIN)
# ... or the names of its areas listed sharing one word, after a word of what the port has
# (宁波舟山港…已建成梅山、大榭、金塘三大集装箱港区; 温州港…形成状元岙、乐清湾、大小门岛三大
# 核心港区), or counted, then named in brackets or after a colon (武汉港…拥有9个港区(经开、
# 阳逻、…、东西湖); 某港共设5个港区:甲、乙和丙,以及丁、戊);
# the words of what kind of port between the count and the word, as in other lists of ports
_COUNT = "(?:\\d{1,2}|[两二三四五六七八九十]{1,2})"
_AREA_NAMES = f"(?:[\u4e00-\u9fff]{{2,4}}?{_JOIN}){{1,15}}[\u4e00-\u9fff]{{2,4}}?"
_SHARED_AREAS_OF = re.compile(
    r"[^。；;！!？?]{0,40}?(?:拥有|建成|划分为|分为|包括|包含|设有|共设|形成)了?"
    rf"(?:(?P<list>{_AREA_NAMES})等?{_COUNT}?[大个]?(?:{'|'.join(KIND_OF_PORT)}){{0,2}}"
    rf"(?P<w>{_AREA_WORD})"
    rf"|{_COUNT}个?(?P<w2>{_AREA_WORD})(?:[(（](?P<list2>{_AREA_NAMES})[)）]"
    rf"|[:：](?P<list3>{_AREA_NAMES})(?=[，,。；;\n]|$)))"
)


def _names_an_area(own: str) -> bool:
    """Whether ``own`` names a port's area in a list of them: a name of its own, or a word
    of kind an area is named by (:data:`~cqmap.geo.facility_names.AREA_NAMES`: 中心)."""
    return own in AREA_NAMES or is_own_name(own)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each item of the list at ``text[start:end]`` (parted by 、, 和,
    以及 …)."""
    out, at = [], start
    for join in _ITEMS.finditer(text, start, end):
        out.append((at, join.start()))
        at = join.end()
    return [*out, (at, end)]


def _port_named_by_place(text: str, raw: list, i: int, gaz) -> tuple[str, int] | None:
    """The port a place names with 港 right after its short name (衡阳港, 合肥港: no port
    of the table, read as the place's port only later), and where its name ends, so that
    the areas listed after it are its parts as after a port of the table; else None."""
    start, end, surface = raw[i]
    level = surface.levels[0] if surface.levels else None
    if (
        level not in FACILITY_HOSTS
        or level == "country"
        or text[end : end + 1] != "港"
        or (surface.form != "short" and surface.text[-1] in DIVISION_ENDINGS)
        # (only where areas are listed after it: the port is read in its turn otherwise)
        or not (_AREAS_OF.match(text, end + 1) or _SHARED_AREAS_OF.match(text, end + 1))
    ):
        return None
    place, end_at, _ = facility_after_place(text, raw, i, start, None, gaz)
    if place is None or end_at != end + 1:
        return None  # (开州港口, 万州港集装箱码头: not the port's name alone)
    return place.name, end_at


def areas_listed(text: str, raw: list, lex) -> list:
    """The mentions, with the areas listed after a port (:data:`_AREAS_OF`,
    :data:`_SHARED_AREAS_OF`) as parts of it: an area that the table knows stays the
    table's; any other is a new part of the port (a weak name inside it, such as a town's,
    is part of its name)."""
    gaz = lex.gazetteer
    added, covered = [], []
    starts = [h[0] for h in raw]  # (the mentions inside an item, found by bisection)

    def add(a: int, b: int, name: str, word: str, port: str) -> None:
        place = gaz.facility(name, FACILITY_WORDS[word], parent=port, host=None)
        added.append((a, b, lex.facility_surface(place, text[a:b])))
        covered.append((a, b))

    for i, (_, end, surface) in enumerate(raw):
        if surface.shared:
            continue
        port = surface.place
        if surface.levels[:1] != ("port",):
            # (衡阳港分为祁东、常宁…等8大港区: a place's port, named by it and 港)
            named = _port_named_by_place(text, raw, i, gaz)
            if named is None:
                continue
            port, end = named
        m = _AREAS_OF.match(text, end)
        if m is not None:
            for a, b in _items(text, m.start("list"), m.end("list")):
                own = _AREA_ITEM.fullmatch(text, a, b)
                if own is None or not _names_an_area(own.group("own")):
                    continue  # (沿江港区, 的重点港区: no name of its own)
                inside = raw[bisect_left(starts, a) : bisect_left(starts, b)]
                if any(
                    not (h[2].rule is not None and h[2].rule.weak)
                    # (藤县港区: a place's full name, weak as it is, is the place's)
                    or h[2].text[-1] in DIVISION_ENDINGS
                    for h in inside
                ):
                    continue  # (南溪港区: read as a place and its word, below)
                add(a, b, text[a:b], own.group("w"), port)
            continue
        m = _SHARED_AREAS_OF.match(text, end)
        if m is None:
            continue
        group = next(g for g in ("list", "list2", "list3") if m.group(g))
        word = m.group("w") or m.group("w2")
        between = raw[bisect_left(starts, end) : bisect_left(starts, m.start(group))]
        if any(h[2].levels[:1] == ("port",) for h in between):
            continue  # (a list told after another port: that one's)
        for a, b in _items(text, m.start(group), m.end(group)):
            item = text[a:b]
            if _names_an_area(item):  # (not 主城、其他港区: no name of its own)
                # (named by its item and the word the list shares, 梅山港区; an item
                # with the word already keeps it: 赣榆港区、徐圩港区两大港区)
                add(a, b, item if item.endswith(word) else item + word, word, port)
    dropped = {k for a, b in covered for k in range(bisect_left(starts, a), bisect_left(starts, b))}
    return replaced(raw, dropped, added)


# A port's area told by a word for that port (该港田镇港区, 其罗泊湾作业区, 其西港区: the port
# told before); not 其中, 其他 …, words of their own
_OF_THAT_PORT = re.compile(
    f"(?:该港|本港|其(?![中他它余次实]))(?P<own>[\u4e00-\u9fff]{{1,4}}?)(?P<w>{_AREA_WORD})"
)


# A port's area of its own name told alone where a clause starts, or after a word of where
# or of what (…秭归港区，茅坪作业区二期…; 包括对某某作业区实施改造; 某港区的某某作业区): an area of
# the port told before it in its paragraph, as after 该港
_TOLD_ALONE = re.compile(
    rf"(?:^|(?<=[，,。；;：:、\n在于从至到对据为即是和及与的]))(?P<own>[\u4e00-\u9fff]{{2,3}}?)"
    rf"(?P<w>{_AREA_WORD})"
)

# The kinds of facility a port area is a part of (a port, or an area of it: not a terminal)
_AREA_PARENTS = ("river port", "sea port", "port", "port area")


def areas_of_the_port_before(text: str, raw: list, lex) -> list:
    """The areas of their own names told after a word for the port told before (该港, 本港,
    其: 该港田镇港区), or alone where a clause starts or after a word of where or of what
    (:data:`_TOLD_ALONE`), as mentions to insert: each a part of the last port or port area
    read before it in its paragraph (``raw``, sorted); a name of one character only where
    it is a direction (其西港区). Not a name of kind (其重点港区, 主力作业区), nor where a
    mention read already stands inside it."""
    gaz, out = lex.gazetteer, []
    starts = [h[0] for h in raw]
    # (the ports read and the line breaks, looked up by bisection: a text of many areas told
    # reads in linear time)
    ports = [(h[0], h[2]) for h in raw if h[2].levels[:1] == ("port",)]
    port_starts = [a for a, _ in ports]
    breaks = [m.start() for m in re.finditer("\n", text)]
    told = [*_OF_THAT_PORT.finditer(text), *_TOLD_ALONE.finditer(text)]
    for m in sorted(told, key=lambda m: m.start()):
        own = m.group("own")
        if out and m.start("own") < out[-1][1]:
            continue  # (told after 该港 and where a clause starts: read once)
        if len(own) == 1 and own not in DIRECTIONS:
            continue
        if len(own) > 1 and not _names_an_area(own):
            continue
        k = bisect_left(starts, m.start("own"))
        if (k < len(raw) and raw[k][0] < m.end()) or (k and raw[k - 1][1] > m.start()):
            continue  # (a name read already inside, or the word inside a name)
        b = bisect_left(breaks, m.start())
        line = breaks[b - 1] if b else -1
        j = bisect_left(port_starts, m.start("own"))
        port = ports[j - 1][1] if j and ports[j - 1][0] > line else None
        if port is None or gaz.places[port.place].kind not in _AREA_PARENTS:
            continue
        name = own + m.group("w")
        place = gaz.facility(name, FACILITY_WORDS[m.group("w")], parent=port.place, host=None)
        out.append(
            (m.start("own"), m.end(), lex.facility_surface(place, text[m.start("own") : m.end()]))
        )
    return out


# A list of a port's areas by their own names sharing one word, a count or 等 and words of
# kind between (其中甲、乙等核心作业区; 该港现有某某湾南岸、某某湾、某某湾四个港区): each
# name with the word is an area of the port told before it in its sentence (or, after a
# word for that port, 该港, the last read before), whatever its name is. The first item
# may follow a word of what the port has (其中, 现有 …), which is no part of its name.
_SHARED_LIST = re.compile(
    rf"(?P<list>(?:(?:(?![是为有的在与和及等])[\u4e00-\u9fff]){{2,5}}、){{1,15}}"
    rf"(?:(?![是为有的在与和及等])[\u4e00-\u9fff]){{2,5}}?)"
    rf"(?:等|等?{_COUNT}[个大])(?:{'|'.join(KIND_OF_PORT)}){{0,2}}(?P<w>{_AREA_WORD})"
)
# Words of what the port has, or which they are, before the first item (其中新桥…, 现有
# 某某…; 双核指某某、某某两个港区)
_LIST_LEADS = (
    "其中", "包括", "包含", "拥有", "现有", "建成", "布局", "形成", "分为", "设有", "指", "即",
)  # fmt: skip
# Where a sentence ends (the port the list belongs to is told before it in its sentence;
# a clause after ; is still its sentence)
_SENTENCE_ENDS = "。!?！？\n"
# A word for the port told before (该港现有…: the last port read before the sentence)
_THAT_PORT = ("该港", "本港", "其")


def areas_sharing_a_word(text: str, raw: list, lex) -> list:
    """The mentions, with the areas of their own names a list names sharing one word
    (:data:`_SHARED_LIST`) as parts of the port told before it: an item that is no place
    nor port of the table (a place's area is its own: 万州、涪陵等港区), read whole; the
    port is the last one read before the list in its sentence, or, where a word for the
    port told before stands there (该港), the last read before it; an area read there
    gives its own port (秭归港区…;宜都、…: its port's areas)."""
    gaz = lex.gazetteer
    starts = [h[0] for h in raw]
    added, dropped = [], set()
    for m in _SHARED_LIST.finditer(text):
        items = [[a, b] for a, b in _items(text, m.start("list"), m.end("list"))]
        first = items[0]
        # (the last word of what the port has in the first item: 双核指某某, after 指)
        for w in _LIST_LEADS:
            at = text.rfind(w, first[0], first[1])
            if at >= 0:
                first[0] = max(first[0], at + len(w))
        lead = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        k = bisect_left(starts, m.start())
        before = [h for h in raw[bisect_left(starts, lead) : k] if h[1] <= m.start()]
        if not any(w in text[lead : m.start("list")] for w in _THAT_PORT) or any(
            h[2].levels[:1] == ("port",) for h in before
        ):
            told = before
        else:
            told = raw[:k]
        port = next((h[2] for h in reversed(told) if h[2].levels[:1] == ("port",)), None)
        if port is None or port.shared or port.place not in gaz.places:
            continue
        parent = gaz.places[port.place]
        if parent.kind in ("port area", "terminal") and parent.parent in gaz.places:
            parent = gaz.places[parent.parent]
        if parent.kind not in _AREA_PARENTS or parent.kind == "port area":
            continue
        word = m.group("w")
        for a, b in items:
            own = text[a:b]
            if len(own) < 2 or not _names_an_area(own):
                continue
            lo, hi = bisect_left(starts, a), bisect_left(starts, b)
            inside = raw[lo:hi]
            if (lo and raw[lo - 1][1] > a) or any(
                h[1] > b
                or h[0] == a
                or (h[2].levels[:1] == ("port",) and gaz.places[h[2].place].curated)
                for h in inside
                if h[2].place in gaz.places
            ):
                continue  # (a place's area, or the table's: read as such)
            place = gaz.facility(own + word, FACILITY_WORDS[word], parent=parent.name, host=None)
            added.append((a, b, lex.facility_surface(place, own)))
            dropped.update(range(lo, hi))
    return replaced(raw, dropped, added)
