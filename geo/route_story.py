"""A document's routes, told over its sentences.

A route is often told in more than one sentence: a train leaves a station told of before
(该站首次开出…), goes on in the next sentence (班列将经钦州港运输至越南), arrives a sentence
or two after it left, or is told arriving and then where it came from. :class:`RouteStory`
reads the sentences in order, each with the routes :func:`cqmap.geo.route_reading.read_routes`
finds in it, and keeps what the next sentences may refer back to: the last port named, the
last route, a train told leaving with nowhere to go yet, one told arriving from nowhere yet.

The forms of a single sentence are tables (:mod:`cqmap.geo.route_forms`); the ways a
sentence goes on from the ones before are :mod:`cqmap.geo.route_onward`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.lexicon import Hit
from cqmap.geo.opening_text import told_run_before
from cqmap.geo.openings import date_routes
from cqmap.geo.route_ends import via_places
from cqmap.geo.route_facilities import at_facilities
from cqmap.geo.route_forms import NAMED_BY_ENDS
from cqmap.geo.route_merging import merge_route, reverse_of, starts_before, take_start
from cqmap.geo.route_movement_words import (
    COMPANY_AFTER,
    FROM_HERE,
    HAS_SERVICE,
    NOT_ON_THE_WAY,
    THIS_FACILITY,
)
from cqmap.geo.route_onward import (
    arrival,
    arrived_at,
    came_from,
    depart_route,
    departure,
    extend_route,
    go_on_alike,
    goods_go_on,
    sailed_from,
    ship_on,
)
from cqmap.geo.route_reading import read_routes
from cqmap.geo.route_services import PROGRAMME_OF, PROGRAMME_RE
from cqmap.geo.route_settling import settle_corridors
from cqmap.geo.route_types import CorridorMention, Route
from cqmap.geo.skeleton import Evidence, Sentence, quote

__all__ = ["RouteStory"]

# How many sentences after a route one may still tell where its train goes on to (in
# another paragraph: a line between them, 此趟班列共运载…, is common)
ONWARD_REACH = 2
# ... and how many where the sentence names it again (这趟班列会从满洲里出境…开到汉堡, three
# sentences on: the train told before, whatever was said of it between)
TOLD_BACK_REACH = 4
_THIS_TRAIN = re.compile(
    "(?:这|该|此|本)(?:趟|列|班)(?:班列|列车|专列|货车)?|(?:这|该|此)(?:班列|列车|专列)"
)


def _named_again(sentences_on: int, text: str) -> bool:
    """Whether a sentence ``sentences_on`` after a train was told names it again
    (这趟班列…) within :data:`TOLD_BACK_REACH`."""
    return sentences_on <= TOLD_BACK_REACH and _THIS_TRAIN.search(text) is not None


# A service's other direction told (对向列车, 相向开行, 双向对开): one two-way service
_OPPOSITE = re.compile("对向|相向|双向|对开")
# A list of dated events in one sentence (2015年8月14日,…;2016年4月6日,…;2017年2月23
# 日,…): where one ends
_NEXT_EVENT = re.compile(
    r"[；;]\s*(?=(?:\d{4}年|今年|去年)?\d{1,2}月\d{1,2}日|(?:\d{4}年|今年|去年)\d{1,2}月)"
)
_EVENTS = 3  # (two are a line and its extension: 2019年,…直达南京港;2021年5月,航线延伸至上海港)
# How many sentences on, in its paragraph, services opened with no subject (开通了至…航线)
# are still the port's named last, where no sentence between names a place
_PARAGRAPH_REACH = 4
# A sentence about the train or ship of the sentences before (这趟班列, 该轮, 此批货物)
_THIS_SERVICE = re.compile("(?:这|该|此)(?:趟|列|艘|批|轮)")
# How many sentences back the service a sentence names so (这趟班列) may have been told
_THIS_SERVICE_BACK = 4
# the facility of a sentence before, named so: 该站, 该港, 这座码头
_THIS_FACILITY = re.compile(THIS_FACILITY)
# a sentence on the train or its goods told before: 列车由…发车, 这批货物…
# (据了解,这趟首开的中欧班列邮包专列…: a lead word, and what the train is, between)
_TOLD_BACK = re.compile(
    r"\s*(?:据(?:了解|悉|介绍)[，,]\s*)?"
    r"(?:(?:该|这|此)(?:趟|列|批|艘)?[^，,。；;]{0,10}?)?(?:列车|班列|专列|货轮|货物|集装箱)"
)
# a train told arriving (开进, 驶入, 抵达 …)
# (…列车停靠成都双流西站。这趟列车自昆明洛羊镇站发车: where it berths or stops at last)
_ARRIVED = re.compile(f"开进|驶进|驶入|开入|抵达|到达|运抵|驶抵|{NOT_ON_THE_WAY}停靠")
# a ship told leaving the port, unnamed (离港, 驶离港口): the port told of before
_LEFT_PORT = re.compile("离港|出港(?!量)|(?:驶离|离开)(?:港口|码头)")
# here, the place told of before: 从这里开出, 由此出发
_HERE = re.compile(FROM_HERE)
# a sentence on the service of the sentence before: 这是…, 该班列为…
# (这是首列…班列; “阿联酋—钦州—兰州”这条线路由此开通: the line's name, then 这条)
_TOLD_AGAIN = re.compile(r'\s*(?:[“"][^”"。]{1,30}[”"])?(?:这|此|该)(?:也是|是|为|趟|列|班列|条)')


def _read_events(
    sent: Sentence, plain: str, sentence_text: str, anchor: str | None, gaz: Gazetteer
) -> tuple[list, dict]:
    """The routes of a sentence, read in each of its dated events apart where it lists at
    least :data:`_EVENTS` of them (回顾历程:2015年8月14日,…由吴家山站发出,前往杜伊斯堡;
    2016年4月6日,武汉开通了通往里昂的线路;…): each event's routes are its own."""
    cuts = [m.end() for m in _NEXT_EVENT.finditer(sentence_text)]
    if len(cuts) < _EVENTS - 1:
        return read_routes(sent, sentence_text, anchor, gaz)
    routes, named = [], {}
    bounds = [0, *cuts, len(sentence_text)]
    for a, b in zip(bounds, bounds[1:]):
        start, end = sent.start + a, sent.start + b
        hits = [h for h in sent.hits if start <= h[0] and h[1] <= end]
        found, more = read_routes(
            Sentence(plain, start, end, hits), sentence_text[a:b], anchor, gaz
        )
        routes += found
        named.update(more)
    return routes, named


class RouteStory:
    """The routes and corridors of one document, read sentence by sentence in order.

    Parameters
    ----------
    doc_id
        The document's id, for the evidence.
    text, plain
        The document's text, and the same text with any private-use character of its own
        made ordinary (skeletons stand for mentions with them).
    gaz
        The gazetteer.
    """

    def __init__(self, doc_id: str, text: str, plain: str, gaz: Gazetteer) -> None:
        self.doc_id, self.text, self.plain, self.gaz = doc_id, text, plain, gaz
        self.routes: list[Route] = []
        self.corridors: dict[str, CorridorMention] = {}
        self._last_port: tuple[str, int, int] | None = None  # (port, sentence, paragraph)
        self._last_placed = -1  # the last sentence that names a place
        self._last_route: tuple[Route, int, int] | None = None  # (route, sentence, paragraph)
        # a ship or train told leaving with nowhere to go yet: (place, sentence, paragraph,
        # its text, its evidence, the places it was told passing)
        self._left: tuple[str, int, int, str, Evidence, list[str]] | None = None
        # a train told arriving with nowhere named it came from: (place, sentence)
        self._came: tuple[str, int, Evidence] | None = None
        # the last sentence's routes: trains of one day may go on alike
        self._siblings: list[Route] = []
        # the facilities the document names, in order (where its routes' ends may be)
        self._facilities: dict[str, None] = {}

    # ------------------------------------------------------------------ one sentence
    def read(
        self,
        i: int,
        s_start: int,
        s_end: int,
        paragraph: int,
        hits: Sequence[Hit],
        *,
        has_route_word: bool,
        port: str | None,
    ) -> None:
        """Read sentence ``i`` (``text[s_start:s_end]``, in ``paragraph``, with its mentions
        ``hits``): its routes where it has a word of transport, and ``port``, the last port
        it names, as what the next sentences may leave from."""
        routes_here = (
            self._read_routes(i, s_start, s_end, paragraph, hits) if has_route_word else []
        )
        origins_here = [r.origin for r in routes_here if r.origin]
        self._facilities.update((h[2].place, None) for h in hits if h[2].cls == "P")
        if hits:
            self._last_placed = i
        if port is not None:
            # (…从阳逻港始发,直达日本门司、大阪、名古屋等港口: the port the routes of the
            # sentence leave from, not the last of their ends)
            ports_here = {h[2].place for h in hits if h[2].cls == "P"}
            left_from = [o for o in origins_here if o in ports_here]
            passed = {v for r in routes_here for v in r.via}
            if left_from or port not in passed:
                self._last_port = (left_from[-1] if left_from else port, i, paragraph)
            else:
                # (…由满洲里出境,驶往德国汉堡。今明两天还将再开行两列前往汉堡的班列: a
                # crossing passed is no port the next sentences' trains leave from)
                self._last_port = None

    def _cite(
        self, i: int, s_start: int, s_end: int, hits, places: set[str], form: str
    ) -> Evidence:
        return Evidence(
            self.doc_id, i, s_start, s_end, quote(self.text, s_start, s_end, hits, places), form
        )

    def _anchor(
        self, i: int, s_start: int, s_end: int, paragraph: int, hits: Sequence[Hit]
    ) -> str | None:
        """The port or station a sentence's routes may leave from without naming it."""
        text = self.text
        this = _THIS_FACILITY.search(text, s_start, s_end)  # (该站, 此港: looked up once)
        if this is not None:
            # (南堡站响起汽笛,一趟列车由该站起步,开往乌兰巴托: the station named before
            # it in the sentence)
            named = [h[2].place for h in hits if h[2].cls == "P" and h[1] <= this.start()]
            if named:
                return named[-1]
        subject = _subject_port(text, s_start, s_end, hits, self.gaz)
        if subject is not None:
            # (某港近年加速扩容,去年开通了至某地的航线: the port the sentence is about)
            return subject
        last = self._last_port
        if last is None:
            return None
        if (
            (
                last[2] == paragraph
                # (…太仓港现有泊位数十个…。提升…水深至“-12米”。又开通了至泰国…航线: the
                # port a sentence before that, where none between names a place)
                and (
                    i - last[1] <= 1
                    or (
                        i - last[1] <= _PARAGRAPH_REACH
                        and self._last_placed == last[1]
                        and _opens_unnamed(text, s_start, s_end, hits)
                    )
                )
            )
            # (这趟班列…: the train of a sentence before, a paragraph on)
            or (i - last[1] <= 2 and _THIS_SERVICE.search(text, s_start, s_end))
            # (该站首次开出…: the station told of a few sentences before)
            or (i - last[1] <= 6 and this is not None)
            # (…专列从这里开出: the place told of a few sentences before)
            or (i - last[1] <= 3 and _HERE.search(text, s_start, s_end))
            # (头一艘集装箱船拉响汽笛离港: the port told of a few sentences before)
            or (i - last[1] <= 6 and _LEFT_PORT.search(text, s_start, s_end))
        ):
            return last[0]
        return None

    def _read_routes(
        self, i: int, s_start: int, s_end: int, paragraph: int, hits: Sequence[Hit]
    ) -> list[Route]:
        """The routes of a sentence with a word of transport, and those it goes on with;
        the sentence's own routes."""
        text, gaz, routes = self.text, self.gaz, self.routes

        def cite(places: set[str], form: str) -> Evidence:
            return self._cite(i, s_start, s_end, hits, places, form)

        sentence_text = text[s_start:s_end]
        sent = Sentence(self.plain, s_start, s_end, hits)
        anchor = self._anchor(i, s_start, s_end, paragraph, hits)
        found_routes, named = _read_events(sent, self.plain, sentence_text, anchor, gaz)
        earlier = len(routes)  # (a sentence's routes are distinct: merged as read)
        if found_routes:
            self._siblings = []
        opposite = _OPPOSITE.search(text, s_start, s_end) is not None
        # (这趟班列…到达非洲莫桑比克: the train to 非洲 a few sentences before, captions between)
        reach = _THIS_SERVICE_BACK if _THIS_SERVICE.search(text, s_start, s_end) else 1
        # (lines from several starts, listed: each a service of its own; not one service
        # told with its leg from a stop, 货物从河内启运,…直达西安国际港站,再换乘中欧班列开往
        # 布达佩斯)
        listed = len({r.origin for r in found_routes}) > 1 and not _starts_at_stops(
            found_routes, gaz
        )
        came = self._came
        for route in found_routes:
            if came and i - came[1] <= 4:
                if (
                    not route.destinations
                    and route.origin
                    and not route.anchored
                    and _TOLD_BACK.match(sentence_text)
                    and not gaz.holds(came[0], route.origin)
                ):
                    # (…班列开进维尔纽斯。据了解,这趟专列于3日自重庆发车: to where it was
                    # told arriving)
                    route.destinations = [came[0]]
                    route.evidence.append(came[2])
                # (班列开进重庆市江津区小南垭站。…“这批榴莲是从泰国起运的,…就到了重庆”:
                # the station it came to, told a few sentences before; not a network's
                # lines, 已开通至南亚、中东、非洲的7条线路, after the train to 米兰)
                if len(route.destinations) == 1 and route.destinations[0] in gaz.ancestors(came[0]):
                    # (the arrival told, its day too: 5月20日,…试运行班列到达重庆小南垭站)
                    route.destinations = [came[0]]
                    route.evidence.append(came[2])
            route.evidence.append(cite({route.origin, *route.destinations}, route.form))
            # (not a service named by its own ends: “宜宾—北部湾港”班列, then its 返程, each
            # a first run of its own)
            service = (
                reverse_of(routes[:earlier], route, gaz)
                if opposite and route.form != NAMED_BY_ENDS
                else None
            )
            if service is not None:
                # (从南沙港驶往果园港的对开班列同时发车: the service's other direction)
                service.evidence.append(route.evidence[-1])
                continue
            last = self._last_route
            if (
                last
                and (last[2] == paragraph or i - last[1] <= ONWARD_REACH)
                and goods_go_on(last[0], route, sentence_text, gaz)
            ):
                # (…开往连云港。货物随后经连云港出海,…出口到巴基斯坦: the train's
                # goods going on, over the sea)
                last[0].evidence.append(route.evidence[-1])
                continue
            if (
                last
                and last[1] == i - 1
                and _TOLD_AGAIN.match(sentence_text)
                and starts_before(last[0], route, gaz)
            ):
                # (这是首列“印度孟买—中国钦州—中国兰州”班列: the train of the sentence
                # before, told from where its goods started)
                take_start(last[0], route, gaz)
                self._siblings.append(last[0])
                continue
            merged = merge_route(routes, route, gaz, among=earlier, reach=reach, listed=listed)
            self._siblings.append(merged)
            if told_run_before(route, sentence_text, 0, len(sentence_text), gaz) is None:
                # (…班列从株洲启运。这是继开通往明斯克的班列后,新开通的线路: the train told
                # is still the one before)
                self._last_route = (merged, i, paragraph)
        last = self._last_route
        near = last is not None and (
            last[2] == paragraph
            or i - last[1] <= ONWARD_REACH
            or _named_again(i - last[1], sentence_text)
        )
        # 经果园港通过江海联运至营口港: a liner's goods shipped on by sea from its end,
        # told with the liner or in the sentence after it
        shipped = ship_on(last[0], sent, sentence_text, gaz) if near else None
        if shipped is not None:
            shipped.evidence.append(cite({shipped.origin, *shipped.destinations}, shipped.form))
            merge_route(routes, shipped, gaz)
        extended = departed = None
        if not found_routes and shipped is None and near:
            # 班列将经钦州港运输至越南、印度: the train of a sentence before goes on
            before = [list(r.destinations) for r in self._siblings]
            extended = extend_route(routes, last[0], sent, sentence_text, gaz)
            for other in go_on_alike(self._siblings, before, extended, gaz) if extended else ():
                other.evidence.append(cite(set(other.destinations), "onward"))
            departed = None if extended else depart_route(routes, sent, gaz)
            if departed is not None:
                departed.evidence.append(cite({departed.origin}, "departure"))
                # (told again here: where it goes may follow a sentence on)
                self._last_route = (departed, i, paragraph)
            if extended is not None:
                extended.evidence.append(cite(set(extended.destinations), "onward"))
        if not found_routes and _ARRIVED.search(sentence_text):
            place = arrived_at(sent, gaz)
            self._came = (place, i, cite({place}, "arrival")) if place is not None else None
        if found_routes or shipped is not None or extended is not None or departed is not None:
            self._left = None
        else:
            self._told_leaving(i, paragraph, sent, sentence_text, anchor, cite)
        for corridor in named:
            entry = self.corridors.setdefault(corridor, CorridorMention(corridor))
            entry.evidence.append(self._cite(i, s_start, s_end, (), set(), "corridor named"))
        return found_routes

    def _told_leaving(self, i, paragraph, sent, sentence_text, anchor, cite) -> None:
        """A sentence with no route of its own: where a train told leaving before arrives,
        where one told arriving before came from, or a train told leaving here."""
        gaz, left, came = self.gaz, self._left, self._came
        # “华航汉亚6”轮当天从阳逻港一期码头出发。约一周后,…将到达越南凯莱港: a ship or train
        # told leaving, and where it arrives a sentence or two on
        arrived = (
            arrival(left[0], sent, sentence_text, left[3], gaz, passed=left[5])
            if left
            and (
                (left[2] == paragraph and i - left[1] <= 2)
                or _named_again(i - left[1], sentence_text)
            )
            else []
        )
        for route in arrived:
            route.evidence += [left[4], cite({*route.destinations}, route.form)]
            self._last_route = (merge_route(self.routes, route, gaz), i, paragraph)
            self._left = None
        if arrived:
            return
        # (…刷新了烟台港的纪录。“海蓝鲸”轮本航次…驶往韩国平泽: a ship told sailing, from the
        # port of the sentence before)
        sailed = sailed_from(anchor, sent, sentence_text, gaz) if anchor and not left else []
        for route in sailed:
            route.evidence.append(cite({anchor, *route.destinations}, route.form))
            self._last_route = (merge_route(self.routes, route, gaz), i, paragraph)
        if sailed:
            return
        origin = departure(sent, gaz, anchor)
        if (
            origin is not None
            and came
            and i - came[1] <= 2
            and _TOLD_BACK.match(sentence_text)
            and not gaz.holds(came[0], origin)
        ):
            # (…班列平稳到达重庆。列车由德国杜伊斯堡发车,一路穿过波兰…: where the train
            # told arriving came from)
            back = came_from(origin, came[0], sent, sentence_text, gaz)
            back.evidence += [came[2], cite({origin, came[0]}, back.form)]
            self._last_route = (merge_route(self.routes, back, gaz), i, paragraph)
            self._came = None
        elif origin is not None:
            passed = via_places(sent)
            self._left = (origin, i, paragraph, sentence_text, cite({origin}, "departure"), passed)

    # ------------------------------------------------------------------ the document
    def _programmes(self, sentences: Sequence[tuple[int, int]]) -> None:
        """The programmes the text names (:data:`~cqmap.geo.route_services.PROGRAMME_RE`),
        each a corridor named, in whatever sentence: no route is theirs."""
        starts = [s for s, _ in sentences]
        for m in PROGRAMME_RE.finditer(self.text):
            i = bisect_right(starts, m.start()) - 1
            if i < 0 or _NAMES_A_TRAIN.match(self.text, m.end()):
                continue
            s_start, s_end = sentences[i]
            entry = self.corridors.setdefault(
                PROGRAMME_OF[m.group()].name, CorridorMention(PROGRAMME_OF[m.group()].name)
            )
            entry.evidence.append(self._cite(i, s_start, s_end, (), set(), "programme named"))

    def finish(
        self, sentences: Sequence[tuple[int, int]], *, date: str | None = None
    ) -> tuple[list[Route], list[CorridorMention]]:
        """The document's routes (corridors settled, opening dates read) and the corridors
        named without a route, in a deterministic order."""
        self._programmes(sentences)
        routes = settle_corridors(self.routes, self.corridors, self.gaz)
        at_facilities(routes, self._facilities, self.gaz)
        if routes:
            date_routes(routes, self.text, sentences, date=date, gaz=self.gaz)
        ordered = sorted(
            routes, key=lambda r: (r.evidence[0].sentence, r.name or "", r.origin or "")
        )
        named = sorted(self.corridors.values(), key=lambda c: c.evidence[0].sentence)
        return ordered, named


# A service word right after a programme's name: the name is a train's (新亚欧大陆桥国际货运
# 班列 from 合肥 to 中亚), a route's, no programme named
_NAMES_A_TRAIN = re.compile("(?:国际)?(?:货运)?(?:班列|专列|列车)")


# What a port does, told with no subject (开通了至泰国、越南的近洋航线)
_OPENS = re.compile("开通|开行|开辟|新增|开出|开设|新辟|新开|增开|推出")
# ... or has: 每天都有开往…的班列 (a sentence telling the services of its subject)
_TELLS = re.compile(f"{_OPENS.pattern}|{HAS_SERVICE}")


def _opens_unnamed(text: str, start: int, end: int, hits: Sequence[Hit]) -> bool:
    """Whether a sentence tells services opened with no place before the telling (开通了至
    日本…航线: its subject the port told before), not a subject of its own (中国的西部…都已
    开通…线路)."""
    m = _OPENS.search(text, start, end)
    return m is not None and all(h[0] >= m.end() for h in hits)


def _starts_at_stops(routes: list[Route], gaz: Gazetteer) -> bool:
    """Whether one of ``routes`` starts where one of them stops, or in or around such a
    place (``Gazetteer.holds``): each stop and each start looked at once."""
    stops = {v for r in routes for v in r.via}
    around = {a for v in stops for a in gaz.ancestors(v)}
    return any(
        r.origin is not None
        and (
            r.origin in stops or r.origin in around or not stops.isdisjoint(gaz.ancestors(r.origin))
        )
        for r in routes
    )


# A clause's end (the subject's clause and a later one of the same sentence)
_CLAUSE_END = re.compile("[，,；;：:]")
# The places other than facilities that may be what a sentence is about (its subject)
_SUBJECT_LEVELS = ("city", "prefecture", "district", "county")
# The length of a lead clause before the subject (近年来, 2023年以来)
_LEAD = 8
# A company named after the subject's place (某市某某货运有限公司): its speaker's words
_COMPANY_AFTER = re.compile(COMPANY_AFTER)


def _subject_port(
    text: str, start: int, end: int, hits: Sequence[Hit], gaz: Gazetteer
) -> str | None:
    """The port or station a sentence is about, where a later clause of it tells services
    opened with no subject of its own (某港近年加速扩容,去年开通了至某地的航线): the first
    place the sentence names, a facility (its province or city may stand right before it),
    at the start of its first clause or of the one after a short lead (近年来,某港…), and
    no other place named between it and the telling (but the places that hold it: 某站是
    重庆的货场,每天都有开往…的班列); else None (not a partner named
    after a word of dealing with it: 该作业区已与某港结盟,开通…)."""
    if not hits:
        return None
    n = 0
    while n + 1 < len(hits) and hits[n][1] == hits[n + 1][0]:
        n += 1  # (重庆市万州区, 广西钦州港: the places written together at its start)
    first = next((h for h in hits[: n + 1] if h[2].cls == "P"), None)
    if first is None:
        # (else the city or county: 某市近年加快开放,去年开通了至某港的航线)
        first = hits[n]
        if getattr(gaz.places.get(first[2].place), "level", None) not in _SUBJECT_LEVELS:
            return None
    if _COMPANY_AFTER.match(text, first[1]):
        return None  # (某市某某货运有限公司经理说,…开通了…: its speaker's words)
    at = hits[0][0]
    lead = _CLAUSE_END.search(text, start, at)
    if lead is None:
        opens = text[start:at].strip() == ""
    else:
        opens = (
            lead.start() - start <= _LEAD
            and _CLAUSE_END.search(text, lead.end(), at) is None
            and text[lead.end() : at].strip() == ""
        )
    if not opens:
        return None
    cut = _CLAUSE_END.search(text, first[1], end)
    if cut is None:
        return None  # (one clause: the telling names its subject before it)
    m = _TELLS.search(text, cut.end(), end)
    subject = first[2].place
    if m is None or any(
        first[1] <= h[0] < m.end() and h[2].place != subject and not gaz.holds(h[2].place, subject)
        for h in hits
    ):
        return None
    return subject
