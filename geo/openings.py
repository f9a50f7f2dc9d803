"""When routes opened: the dates of a document's routes, from the sentences around them.

A route takes its date from a sentence of its own that speaks of an opening (开通, 首航,
首发 …: :data:`cqmap.geo.route_words.OPENING_CUE`), the day it left first, then the one
sentence of it alone that tells its first run with its day (2017年8月31日,…首发); else from a sentence before it in its paragraph
(the cue in one of the two) that reads no route of its own, or from the last dated
sentence before it when it says 同日 or 当天; else its own date when the next sentence,
about the same service, speaks of the opening; else from one of the next two sentences
that says since when it has run (自2018年1月23日…开行以来); else from the headline, or from
the day it left when an undated headline of it speaks of the opening; else, for a train
of a corridor, from where the text tells that corridor's service from its place born
(2011年3月19日,首条中欧班列线路“渝新欧”在重庆诞生). How a date is read (a day alone, a
year inferred, a dateline) is :mod:`cqmap.geo.dates`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from cqmap.geo.dates import (
    EventDate,
    dates_in,
    document_date,
    month_of_year_before,
)
from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.opening_words import (
    AFTERWARDS,
    ANNIVERSARY,
    ARRIVAL_AFTER,
    ARRIVED,
    ARRIVES,
    BORN,
    CLAUSE_MARK,
    EXPECTED,
    FIRST_RUN,
    FIRST_SINCE,
    FIRST_TOLD,
    HOUR_FIRST,
    LEFT,
    MEANWHILE,
    NEWLINE,
    NEWLY_OPENED,
    NOT_YET,
    OPENED_ON,
    PLANNED,
    REFERS_BACK,
    RUNS_COUNTED,
    SAME_DAY,
    SAME_MONTH,
    SINCE,
    SINCE_THEN,
    THIS_LINE,
    THIS_SERVICE,
    THIS_SERVICE_REACH,
    TOLD_TO_REPORTER,
    WILL,
    YEARS_FIRST,
)
from cqmap.geo.regions import ABBREVIATIONS
from cqmap.geo.route_words import CORRIDOR_OF, OPENING_CUE, RUN_BEFORE
from cqmap.geo.routes import Route
from cqmap.geo.vocabulary import finer_mode

__all__ = ["date_routes", "paragraph_start", "told_run_before"]

_DIVISION_WORD = re.compile("(?:市|省|区|县|自治区|壮族自治区)$")


_FULL_STOPS = ("。", "！", "？", "!", "?", "…")
_TITLE_ENDS = ("！", "？", "!", "?")
# A port or station named by its place (广元港: 广元, told again as 从四川省广元市起锚)
_CITY_PORT = re.compile("(?<=..)港$")
_FACILITY_END = re.compile("(?:港区|作业区|港|站)$")


def _place_of(name: str) -> str:
    """The place's part of a facility's name (广元港: 广元), else the name."""
    place = _FACILITY_END.sub("", name)
    return place if len(place) >= 2 else name


_QUOTES = '“”"‘’「」『』'


def _clause_of(text: str, k: int, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` that holds index ``k`` (between commas or
    semicolons)."""
    begin = max(text.rfind(c, start, k) for c in "，,；;") + 1
    stops = [i for i in (text.find(c, k, end) for c in "，,；;") if i >= 0]
    return max(begin, start), min(stops, default=end)


def _name_at(text: str, name: str, start: int, end: int) -> int:
    """Where a service's name stands in ``text[start:end]``, written as it is or with
    quotes inside (“印尼拉博塔港—武汉阳逻港”国际直航航线), else -1."""
    at = text.find(name, start, end)
    if at >= 0 or not any(q in text[start:end] for q in _QUOTES):
        return at
    quoted = f"[{_QUOTES}]?".join(map(re.escape, name.translate({ord(q): None for q in _QUOTES})))
    m = re.compile(quoted).search(text, start, end)
    return m.start() if m else -1


def named_at(text: str, place: str | None, start: int, end: int, gaz: Gazetteer) -> int:
    """Where ``text[start:end]`` names ``place`` (its name, or its name without the word
    of its level: 阿拉木图, 万州), else -1."""
    known = gaz.places.get(place) if place else None
    told_as = (
        place or "",
        _DIVISION_WORD.sub("", place or ""),
        _CITY_PORT.sub("", place or ""),  # (门司港 told 门司)
        *((known.short_name or "", *known.aliases) if known is not None else ()),  # (东盟)
    )
    for told in dict.fromkeys(told_as):
        at = text.find(told, start, end) if len(told) >= 2 else -1
        if at >= 0:
            return at
    return -1


def told_run_before(
    route: Route, text: str, start: int, end: int, gaz: Gazetteer
) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` that tells ``route`` as a line run before the one
    the sentence is about (继开通往明斯克的班列后: :data:`~cqmap.geo.route_words.RUN_BEFORE`
    names each of its ends), if any."""
    m = RUN_BEFORE.search(text, start, end)
    if m is None or not route.destinations:
        return None
    a, b = m.span()
    return (a, b) if all(named_at(text, d, a, b, gaz) >= 0 for d in route.destinations) else None


def paragraph_start(text: str, start: int, end: int) -> int:
    """Where the paragraph of the sentence ``text[start:end]`` is counted from: its last
    line (a label's line joined to the sentence after it, 据介绍:\n…, is the paragraph
    of what it introduces)."""
    return text.rfind("\n", start, end - 1) + 1 or start


def date_routes(
    routes: list[Route],
    text: str,
    sentences: Sequence[tuple[int, int]],
    *,
    date: str | None,
    gaz: Gazetteer,
) -> None:
    """Give each route the date it opened: from a sentence of its own that speaks of an
    opening, else from a sentence before it in its paragraph (the opening cue in one of
    the two), or the last dated sentence before it when it says 同日 or 当天 (else the day of the report), else from the
    headline; a day alone takes the document's month, a missing year the document's, and
    a month without a day (2011年3月) stands as ``YYYY-MM`` (:mod:`cqmap.geo.dates`)."""
    document = document_date(date, text)
    report_day = (
        EventDate(
            f"{document.year:04d}-{document.month:02d}-{document.day:02d}"
            if document.year
            else f"{document.month:02d}-{document.day:02d}",
            document.year is not None,  # (the year is the document's, not the sentence's)
            0,
        )
        if document.month and document.day
        else None
    )
    breaks = [m.start() for m in NEWLINE.finditer(text)]
    own = {ev.sentence: route for route in routes for ev in route.evidence}
    shared = Counter(ev.sentence for route in routes for ev in route.evidence)

    def paragraph(i: int) -> int:
        return bisect_right(breaks, paragraph_start(text, *sentences[i]))

    def found(i: int) -> list[EventDate]:
        start, end = sentences[i]
        dates = dates_in(text, start, end, document=document)
        # (…驶出,将于明天傍晚抵达重庆,之后…于9月12日终抵杜伊斯堡: a day it is to arrive,
        # told after 将 or 预计, is no day it ran)
        dates = [d for d in dates if not _to_arrive(d, start)]
        if len(dates) > 1:
            # (10月26日…开出,…预定11月5日到达杜伊斯堡: the day it is expected somewhere is no
            # day it ran, where another is told)
            dates = [
                d for d in dates if not EXPECTED.search(text, max(start, d.start - 5), d.start)
            ] or dates
        told = (
            TOLD_TO_REPORTER.search(text, start, end)
            if dates and text.find("记者", start, end) >= 0
            else None
        )
        if (
            told is not None
            and dates[0].start < told.start()
            and not OPENING_CUE.search(text, dates[0].start, told.start())
        ):
            # (3月4日,在都拉营站,…向记者说明,今年1月,…班列已经跑通: the day it was told,
            # then when it ran)
            return dates_in(text, told.end(), end, document=document) or dates
        return dates

    def _to_arrive(date: EventDate, start: int) -> bool:
        """Whether ``date`` is a day something is to arrive: an arrival told right after
        it, in a sentence that said 将, 预计 or 计划 before it (…将于明天傍晚抵达重庆,之后…于
        9月12日终抵杜伊斯堡; 按计划10月31日到釜山港,11月2日到门司)."""
        if not ARRIVAL_AFTER.match(text, date.start):
            return False
        return WILL.search(text, start, date.start) is not None

    def clause_dates(route: Route, i: int) -> list[EventDate]:
        """The dates of the clause of sentence ``i`` that names ``route``, where semicolons
        part the sentence into clauses and that clause tells one (今年5月14日,昆明至旧金山…
        开通;今天,昆明至曼谷…再开一条: 今天 the second's): the later of the clauses that name
        its end and its start, where it names the end (…宜昌的磷矿石运抵果园港;4月18日,由常州
        发来的组件也在这里卸船: 常州's; …吴家山站首发…;2016年4月6日,开通通往里昂的线路:
        里昂's). The others told there are shared."""
        start, end = sentences[i]
        if not CLAUSE_MARK.search(text, start, end):
            return []
        at = _end_at(route, start, end)
        if at < 0:
            return []
        at = max(at, _named_at(route.origin, start, end))
        marks = [m.start() for m in CLAUSE_MARK.finditer(text, start, end)]
        bounds = [start, *(k + 1 for k in marks)], [*marks, end]
        k = bisect_right(marks, at)
        if not OPENING_CUE.search(text, bounds[0][k], bounds[1][k]):
            # (“武汉—东盟试验航线”工作方案获得通过;到了7月21日,通往东盟的试验航线开通: the
            # clause that names it again and tells the opening)
            k = next(
                (
                    j
                    for j in range(k + 1, len(marks) + 1)
                    if OPENING_CUE.search(text, bounds[0][j], bounds[1][j])
                    and _end_at(route, bounds[0][j], bounds[1][j]) >= 0
                ),
                k,
            )
        a, b = bounds[0][k], bounds[1][k]
        dates = dates_in(text, a, b, document=document)
        if dates:
            return dates
        # (2015年1月,航道贯通;5月,…接力航线开通: the month of the year told before)
        month = month_of_year_before(text, a, b, start)
        return [month] if month is not None else []

    @cache
    def cue(i: int) -> bool:
        start, end = sentences[i]
        counted = [m.span() for m in RUNS_COUNTED.finditer(text, start, end)]
        # (the clauses that tell a year's first train, not since which it has run: 今天这趟
        # 是该线今年的头一列, beside 该线去年3月首次开行, the line's opening)
        clauses = [
            _clause_of(text, m.start(), start, end) for m in YEARS_FIRST.finditer(text, start, end)
        ]
        years_first = [c for c in clauses if not FIRST_SINCE.search(text, *c)]
        return (
            any(
                not any(a <= m.start() < b for a, b in (*counted, *years_first))
                for m in OPENING_CUE.finditer(text, start, end)
            )
            and PLANNED.search(text, start, end) is None
            and ANNIVERSARY.search(text, start, end) is None
        )

    def _opening_near(i: int, route: Route) -> bool:
        """Whether a sentence up to two after ``i``, in its paragraph, of no other route and
        with no date of its own, tells a first (此次尚属首次, 这还是头一趟; not 每月开行一班)."""
        return any(
            cue(k)
            and FIRST_TOLD.search(text, *sentences[k]) is not None
            and own.get(k, route) is route
            and not found(k)
            and paragraph(k) == paragraph(i)
            for k in range(i + 1, min(len(sentences), i + 3))
        )

    def _comment(i: int) -> bool:
        """Whether sentence ``i`` only comments: it tells no route, and no date but in an
        aside in brackets (（转载:凤凰网 2026年1月19日）)."""
        return i not in own and (not found(i) or text.startswith("(", sentences[i][0]))

    def _year_told_again(route: Route) -> str | None:
        """The year of the route's month and day where a sentence that names its start or
        an end tells that day with a year of its own, the one year so told, else None."""
        month, day = int(route.opened[-5:-3]), int(route.opened[-2:])
        told = re.compile(rf"((?:19|20)\d{{2}})年0?{month}月0?{day}日")
        starts = [a for a, _ in sentences]
        years = set()
        for m in told.finditer(text):
            start, end = sentences[max(0, bisect_right(starts, m.start()) - 1)]
            if any(_named_at(p, start, end) >= 0 for p in (route.origin, *route.destinations)):
                years.add(m.group(1))
        return years.pop() if len(years) == 1 else None

    def _first_run_told(i: int) -> bool:
        """Whether sentence ``i`` tells a first run on its last date, not one expected
        (首趟回程专列…开进, not 首班…将于20日抵达)."""
        dates = found(i)
        start = sentences[i][0]
        return (
            cue(i)
            and FIRST_TOLD.search(text, *sentences[i]) is not None
            and bool(dates)
            and not EXPECTED.search(text, max(start, dates[-1].start - 5), dates[-1].start)
        )

    def _year_before(i: int, month_day: str) -> str | None:
        """The year of the last date with a year told in sentence ``i`` or the two before
        it, in its paragraph, no later in its year than ``month_day``, else None."""
        for j in range(i, max(-1, i - 3), -1):
            if paragraph(j) != paragraph(i):
                break
            for d in reversed(found(j)):
                if len(d.value) >= 7 and not d.year_inferred and d.value[5:7] <= month_day[:2]:
                    return d.value[:4]
        return None

    def _headline(i: int) -> bool:
        """Whether sentence ``i`` is a title line, not a sentence of the body (a title
        ends without a full stop: 3月26日,…班列从果园港首发。 opens a text that has none)."""
        start, end = sentences[i]
        line = text[start:end].rstrip()
        # (a title may end in ! or ?, on a line of its own: 国际货运航线正式开通运行!)
        alone = line[-1:] in _TITLE_ENDS and text.startswith("\n", end)
        return line[-1:] not in _FULL_STOPS or alone

    def _nearest_before(route: Route, i: int) -> list[EventDate]:
        """The dates of sentence ``i``, the one told nearest before where the sentence
        first names the service first, then all in order (自2016年4月28日东盟班车首次开通后,
        同年6月13日,东线复线(重庆-防城港)首趟班车也正式开通: 6月13日)."""
        in_clause = clause_dates(route, i)
        if in_clause:
            return in_clause
        dates = found(i)
        if shared.get(i, 0) >= 2:
            # (自2015年7月“兰州号”…首发以来,兰州新区已经相继开通了“兰州—汉堡”…班列,…: the
            # date since which the lines listed after it came, none's opening)
            # (but 今年以来 or 2022年以来 read as a date says the lines were newly opened
            # that year: :mod:`cqmap.geo.dates` reads it so only before 新开通 and the like)
            dates = [
                d
                for d in dates
                if not SINCE_THEN.match(text, d.start) or NEWLY_OPENED.match(text, d.start)
            ]
        start, end = sentences[i]
        own_date = _told_before_end(route, i)
        if own_date is not None:
            return [own_date]
        if len(dates) < 2 or not route.name:
            return dates
        at = _name_at(text, route.name, start, end)
        if at >= 0:
            # (…“武汉—东盟四国试验航线”工作方案获得通过;到了7月21日,…试验航线开通: the
            # date told between its name and its opening)
            cue = OPENING_CUE.search(text, at + len(route.name), end)
            near = [d for d in dates if cue is not None and at < d.start < cue.start()]
            if near:
                return [near[-1], *dates]
        before = [d for d in dates if d.start < at]
        return [before[-1], *dates] if at >= 0 and before else dates

    def _departures(i: int, route: Route | None = None) -> list[EventDate]:
        """The date of sentence ``i`` that a departure follows (…日自舟山港启程): of several,
        the one nearest the departure (11月9日到达…的班列,是9月22日从…驶出: 9月22日);
        where the sentence tells several routes, the last before ``route``'s end."""
        start, end = sentences[i]
        in_clause = clause_dates(route, i) if route is not None else []
        left = [d for d in in_clause or found(i) if _left_on(d, end)]
        if route is not None and route.origin:
            # (4月10日,…首度由英国伦敦发车: a run from the end of 义乌—伦敦, its return)
            left = [d for d in left if not _left_from_its_end(d, route, end)]
        if route is not None and left:
            # (2021年5月20日,…首次开出通往阿拉木图的班列,7月28日,又开出首列前往塔什干的
            # 班列: each the date told before its own end, if a departure follows it)
            own_date = _told_before_end(route, i)
            if own_date is not None:
                return [own_date] if own_date in left else []
        return left[-1:]

    def _left_after(route: Route, i: int) -> list[EventDate]:
        """The day the route left its start, told in one of the three sentences after
        ``i`` of no other route that names that start (…专列从防城港开出), if any."""
        for j in range(i + 1, min(len(sentences), i + 4)):
            start, end = sentences[j]
            if (
                own.get(j, route) is route
                and route.origin
                and _place_of(route.origin) in text[start:end]
            ):
                left = _departures(j)
                if left:
                    return left[:1]
        return []

    def _left_from_its_end(date: EventDate, route: Route, end: int) -> bool:
        """Whether what leaves on ``date`` leaves from an end of ``route`` that is not its
        start (…由英国伦敦发车, of 义乌—伦敦)."""
        m = LEFT.match(text, date.start, end)
        if m is None or m.group("place") is None:
            return False
        a, b = m.span("place")
        return _named_at(route.origin, a, b) < 0 and any(
            _named_at(d, a, b) >= 0 for d in route.destinations
        )

    def _left_on(date: EventDate, end: int) -> bool:
        """Whether a departure follows ``date`` (…日自舟山港启程), and not one told of what
        then arrives on that day (11月26日,由霍尔果斯启运的…专线抵达波兰: the arrival's)."""
        m = LEFT.match(text, date.start, end)
        return m is not None and ARRIVES.match(text, m.end(), end) is None

    def _told_before_end(route: Route, i: int) -> EventDate | None:
        """In a sentence of several routes with several dates, the date told last before
        ``route``'s end (2016年4月6日,武汉开通了通往里昂的线路;2017年2月23日,首列从里昂返回…:
        each its own), if the sentence names that end."""
        dates = found(i)
        if len(dates) < 2 or shared.get(i, 0) < 2:
            return None
        at = _end_at(route, *sentences[i])
        before = [d for d in dates if d.start < at]
        return before[-1] if at >= 0 and before else None

    def _named_at(place: str | None, start: int, end: int) -> int:
        return named_at(text, place, start, end, gaz)

    def _end_at(route: Route, start: int, end: int) -> int:
        """Where the sentence names the route's end, after its start where it names that
        (2016年…武汉开通了通往里昂的线路;2017年…首列从里昂返回武汉: 里昂—武汉 the second),
        else -1."""
        origin = _named_at(route.origin, start, end)
        for d in route.destinations:
            at = _named_at(d, max(start, origin), end)
            if at < 0 < origin:  # (a start the sentence names only after it: 开通至凯莱港
                at = _named_at(d, start, end)  # …;…“拉博塔港—阳逻港”航线开通)
            if at >= 0:
                return at
        return -1

    def _since_opened(route: Route) -> EventDate | None:
        """The date of a sentence of the route's own that tells it named, then since when
        it has run (中欧班列(合肥—汉堡)自2015年6月开通以来), or on what day it opened
        (贵阳至加尔各答国际货运航线于2023年12月13日正式开通), if any."""
        for ev in route.evidence:
            start, end = sentences[ev.sentence]
            m = SINCE.search(text, start, end)
            if m is None or not text.startswith("自", m.start()):
                m = OPENED_ON.search(text, start, end)
                if m is None:
                    continue
            at = _end_at(route, start, end)
            if 0 <= at < m.start() and m.start() - at <= 20:
                dates = dates_in(text, m.start(), m.end(), document=document)
                if dates:
                    return dates[0]
        return None

    first_told = min(routes, key=lambda r: r.evidence[0].sentence, default=None)
    for route in routes:
        if route.opened is not None:
            continue
        if all(NOT_YET.search(text, *sentences[ev.sentence]) for ev in route.evidence):
            continue  # (今年下半年,重庆将开通…航线: a plan has opened on no day)
        before = [
            told_run_before(route, text, *sentences[ev.sentence], gaz) for ev in route.evidence
        ]
        if all(before):
            # (这是继开通往明斯克的班列后,新开通的一条线路: a line opened before the one
            # told, on a day only its own words give: 继2018年开通…后; not 继2023年、2024年
            # 相继开出…之后, lines of two years)
            dates = dates_in(text, *before[0], document=document)
            if len(dates) == 1:
                route.opened, route.opened_year_inferred = dates[0].value, dates[0].year_inferred
            continue
        since = _since_opened(route)
        if since is not None:
            # (中欧班列(合肥—汉堡)自2015年6月开通以来…: when it opened, told of itself,
            # whatever first the sentences around it tell, 首次运载回程货)
            route.opened, route.opened_year_inferred = since.value, since.year_inferred
            continue
        # the day of its first run, where a sentence of its own that speaks of an opening
        # says when it left (4月24日自舟山港启程, not the 5月12日 ceremony of its arrival)
        # (or where a sentence up to two before or after, of no other route, speaks of the
        # opening: 3月30日,…专列从涪陵龙头港出发…。在…铁路专用线开通暨…首趟班列发车仪式…)
        arrived = {ev.sentence for ev in route.evidence if ev.pattern == "arrival"}
        left = next(
            (
                d
                for ev in route.evidence
                if any(
                    # (not where the sentence of the opening gives its own date: 去年3月开始
                    # 常态化运行 dates the service, not this run)
                    cue(k)
                    and own.get(k, route) is route
                    # (or the arrival told, dated: 11日,首趟班列开进小南垭站。…7日从泰国起运)
                    and (k == ev.sentence or not found(k) or k in arrived)
                    for k in range(max(0, ev.sentence - 2), min(len(sentences), ev.sentence + 3))
                )
                for d in _departures(ev.sentence, route)
            ),
            None,
        )
        if left is not None:
            route.opened, route.opened_year_inferred = left.value, left.year_inferred
            continue
        # (…当日,X9216次中欧班列…鸣笛启程 … 2017年8月31日,中欧班列(金华—阿拉木图)首发: the
        # day of its first run, told in a sentence of its own alone, before a day borrowed
        # for a sentence that tells none)
        # (not the day it arrived: 8月27日,…首发专列开进终点站——成都, after it left on 8月25日)
        first = [
            (ev.sentence, found(ev.sentence))
            for ev in route.evidence
            if shared.get(ev.sentence) == 1 and _first_run_told(ev.sentence)
        ]
        if len(first) == 1 and len(first[0][1]) == 1:
            (i, (day,)), end = first[0], sentences[first[0][0]][1]
            # (a day: a year or a month told so is refined by the sentences around it)
            if len(day.value) in (5, 10) and not ARRIVED.match(text, day.start, end):
                year = _year_before(i, day.value) if len(day.value) == 5 else None
                route.opened = f"{year}-{day.value}" if year else day.value
                route.opened_year_inferred = day.year_inferred or year is not None
                continue
        # (2014年6月26日,首趟列车从合肥始发,…到达阿拉木图。…2015年6月26日,…班列首次延伸至德国
        # 汉堡: of 合肥—汉堡, first the sentences that name its end)
        ends_named = sorted(
            route.evidence, key=lambda ev: _end_at(route, *sentences[ev.sentence]) < 0
        )
        for ev in ends_named:
            i = ev.sentence
            # (of its dates, the day it left: 11月9日到达…的班列,是9月22日从…驶出)
            # (4月18日,一趟…班列到达成都。…这还是头一趟: a run whose first is told in a
            # sentence after it, of no other route)
            opening = cue(i) or _opening_near(i, route)
            here = (_departures(i, route) or _nearest_before(route, i)) if opening else []
            if here and ARRIVED.match(text, here[0].start, sentences[i][1]):
                # (10月29日,一列冷链货运列车驶入团结村站。…10月26日上午,…首列冷链专列,由
                # 广西北部湾防城港开出: the day it left its start, told after the arrival)
                here = _left_after(route, i) or here
            if here and all(len(d.value) == 4 for d in here) and i > 0:
                # (1月1日,首列班车发出。当日,…发出2021年中欧班列第一趟列车: the day told
                # before, of the year this sentence tells)
                if SAME_DAY.match(text, sentences[i][0]):
                    year = here[0].value
                    before = [
                        d._replace(value=f"{year}-{d.value}") if len(d.value) == 5 else d
                        for d in found(i - 1)
                        if d.value.startswith(year) or len(d.value) == 5
                    ]
                    here = before[-1:] or here
            if not here:
                # (当天,一列…列车驶离…。…此次尚属首次: a run told 当天, whose first is told
                # in a sentence after it, of no other route)
                # (5月14日,…开通活动…举办。上午10点40分,…车队…发车: a sentence opening with an
                # hour of the day, of the day told before)
                same_day = (
                    (
                        SAME_DAY.search(text, *sentences[i]) is not None
                        or HOUR_FIRST.match(text, sentences[i][0]) is not None
                    )
                    and (cue(i) or _opening_near(i, route))
                ) or (i > 0 and MEANWHILE.match(text, sentences[i][0]) is not None and cue(i - 1))
                # (…今年6月,…班轮正式开行…。同月,…班轮首航: that month, whatever the
                # sentence before tells of)
                same_month = cue(i) and SAME_MONTH.match(text, sentences[i][0]) is not None
                # (7月14日,班轮从珞璜港驶离。这标志着…开启首航。本次班轮…通过首班穿梭巴士从
                # 宜宾港运至珞璜港的元明粉: the day of the run the sentences before, each
                # referring back to the one before it, tell)
                told_before = REFERS_BACK.match(text, *sentences[i]) is not None
                # (…首趟回程专列…开进南京龙潭站。…借此…。这趟专列在布拉戈维申斯克发车: the
                # service told before the sentences of comment)
                this_service = THIS_SERVICE.match(text, *sentences[i]) is not None
                afterwards = AFTERWARDS.match(text, sentences[i][0]) is not None
                back = THIS_SERVICE_REACH if this_service else 5 if same_day else 3
                across_comment = False
                for j in range(i - 1, i - 1 if afterwards else max(-1, i - back), -1):
                    if j < i - 1:
                        refers = REFERS_BACK.match(text, *sentences[j + 1]) is not None
                        across_comment = across_comment or (told_before and not refers)
                        told_before = told_before and (refers or (this_service and _comment(j + 1)))
                    if paragraph(j) != paragraph(i) and not (same_day or same_month or told_before):
                        break
                    if own.get(j, route) is not route and not (
                        same_month or told_before or same_day
                    ):
                        continue  # (the sentence of another route: its date is that one's;
                        # but 同一天,反方向的班列也首发: that day)
                    if same_month and found(j):
                        # (its month, where the date before has a year: 2021-06)
                        before = found(j)[-1]
                        here = (
                            [before._replace(value=before.value[:7])]
                            if len(before.value) >= 7
                            else []
                        )
                        break
                    if (cue(i) or cue(j)) and found(j):
                        if across_comment and not _first_run_told(j):
                            break  # (across comment, only a first run told so is its)
                        here = found(j)[-1:]
                        break
                    if (
                        (cue(i) or cue(j))
                        and j > 0
                        and SAME_DAY.match(text, sentences[j][0])
                        and found(j - 1)
                    ):
                        # (12月3日,…。同日,…专列首发出境。这趟专列自莫斯科开出: the day told
                        # before the sentence of the same day)
                        here = found(j - 1)[-1:]
                        break
                if not here and same_day and report_day is not None:
                    here = [report_day]  # (新华社…29日电 … 当日首航: the day of the report)
            if (
                not here
                and i + 1 < len(sentences)
                and (
                    paragraph(i + 1) == paragraph(i)
                    or REFERS_BACK.match(text, sentences[i + 1][0], sentences[i + 1][1])
                    # (…班列从新乡出发。(a new paragraph) 经过半年筹备,当天,…班列正式开通: that
                    # day, told in its first clauses)
                    or SAME_DAY.search(
                        text,
                        sentences[i + 1][0],
                        min(sentences[i + 1][1], sentences[i + 1][0] + 16),
                    )
                )
                and (
                    own.get(i + 1, route) is route
                    # (…班列从株洲启运。这是继开通往明斯克的班列后,新开通的一条线路: of the
                    # line before it only in passing)
                    or told_run_before(own[i + 1], text, *sentences[i + 1], gaz) is not None
                )
                and cue(i + 1)
                and not [d for d in found(i + 1) if not SINCE_THEN.match(text, d.start)]
            ):
                here = found(i)  # (…从钦州港东站出发。这趟班列在5年前的今天首发)
            if not here and _departures(i, route):
                # (1月4日,…班列从CSP武汉码头出发,驶往乌兹别克斯坦。…(a caption)…这趟班列首发,
                # 靠的是…: its first run, told of it after sentences of comment)
                later = next(
                    (
                        k
                        for k in range(i + 1, min(len(sentences), i + 2 + THIS_SERVICE_REACH))
                        if not _comment(k) or THIS_SERVICE.match(text, *sentences[k])
                    ),
                    None,
                )
                if (
                    later is not None
                    and all(_comment(k) for k in range(i + 1, later))
                    and own.get(later, route) is route
                    and THIS_SERVICE.match(text, *sentences[later])
                    and cue(later)
                    and FIRST_TOLD.search(text, *sentences[later])
                    and not found(later)
                ):
                    here = _departures(i, route)[:1]
            if not here:
                # (…班列开行突破550列。自2018年1月23日该班列开行以来…: when it opened; …首次
                # 出口海外。2024年12月3日,轮船从宜宾港出发: the first run told again, dated)
                for j in range(i + 1, min(len(sentences), i + 4)):
                    if own.get(j, route) is not route:
                        continue
                    if j < i + 3 and SINCE.search(text, *sentences[j]):
                        here = found(j)[:1]
                        break
                    if j == i + 1 and THIS_LINE.search(text, *sentences[j]) and cue(j):
                        # (…全货运航线正式开通。此前一天,6月18日凌晨,该线航班已完成首航: the
                        # line's first run, told right after with its day)
                        here = found(j)[:1]
                        if here:
                            break
                    told_again = (
                        route.origin and _place_of(route.origin) in text[slice(*sentences[j])]
                    )
                    if told_again and any(cue(k) for k in range(i, j + 1)) and _departures(j):
                        here = _departures(j)[:1]
                        break
            if not here and i > 0 and paragraph(0) == 0 and cue(0) and _headline(0):
                here = found(0)  # the headline
                if (
                    not here
                    and (
                        own.get(0) is route
                        or (route.origin and _place_of(route.origin) in text[slice(*sentences[0])])
                        # (国际货运航线正式开通运行! over 6月16日,一架全货机从花湖机场起飞: a
                        # headline of no route of its own, told of the body's first)
                        or (0 not in own and route is first_told)
                    )
                    and FIRST_RUN.search(text, *sentences[0])
                ):
                    # (防城港至重庆首趟…专列开行 over 10月26日,…专列从防城港站出发: the
                    # headline tells the opening, the body the day it left)
                    here = _departures(i) or found(i)[:1]
                    if not here and i > 1 and SAME_DAY.match(text, sentences[i][0]):
                        # (…班列首发 over 10月27日,(a caption)。当日,一趟…返程班列抵达厦门
                        # 海沧站: the day told before)
                        here = found(i - 1)[-1:]
            if here:
                route.opened, route.opened_year_inferred = here[0].value, here[0].year_inferred
                if len(route.opened) == 5 and document.year is None:
                    # (引江济淮航道于2023年8月16日试运行。8月19日,…9条航线同时开航: the
                    # year told just before, where the text has no date of its own)
                    year = _year_before(i, route.opened)
                    if year is not None:
                        route.opened, route.opened_year_inferred = f"{year}-{route.opened}", True
                break
    for route in routes:
        if route.opened is not None and (len(route.opened) == 5 or route.opened_year_inferred):
            # (12月3日,…列车驶出广州增城铁路物流园 … 2021年12月3日,…两趟…分别从深圳平湖南
            # 铁路物流园和广州增城铁路物流园首发: the day told again with its year)
            year = _year_told_again(route)
            if year is not None:
                route.opened, route.opened_year_inferred = f"{year}-{route.opened[-5:]}", False
    undated = [r for r in routes if r.opened is None and r.origin]
    if undated:
        _date_by_corridor(undated, text, sentences, found, gaz)


def _date_by_corridor(
    routes: list[Route],
    text: str,
    sentences: Sequence[tuple[int, int]],
    found: Callable[[int], list[EventDate]],
    gaz: Gazetteer,
) -> None:
    """Date the trains of a corridor (``routes``, none dated; a train of the corridor's
    mode told of no corridor is taken for one of it) by the sentence that tells the
    corridor's service from their place born: a dated first run or opening that names
    the corridor and where the train left from, or a place that holds it (2011年3月19日,
    首条中欧班列线路“渝新欧”在重庆诞生: a train of 中欧班列 from 团结村, in 重庆)."""
    by_birth: dict[int, str] = {}  # the routes dated here, by id: the date they took
    for k, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        born = BORN.search(sentence)
        if born is None or YEARS_FIRST.search(sentence) or PLANNED.search(sentence):
            continue
        names = [n for n in CORRIDOR_OF if n in sentence]
        named = {CORRIDOR_OF[n] for n in names}
        # (渝新欧 names its home in its first character: 渝, 重庆)
        homes = {ABBREVIATIONS[n[0]] for n in names if n[0] in ABBREVIATIONS}
        for route in routes:
            # (a corridor's train, or one of its mode that the text tells no corridor of;
            # or one dated here before, to a year, told again to its month: 自2011年…以来,
            # then 2011年3月,“渝新欧”正式开行)
            before = by_birth.get(id(route))
            if (route.opened is not None and before is None) or not any(
                route.corridor == c.name
                or (route.corridor is None and finer_mode(route.mode, c.mode) is not None)
                for c in named
            ):
                continue
            places = (route.origin, *gaz.ancestors(route.origin))
            if not homes.intersection(places) and not any(
                _DIVISION_WORD.sub("", p) in sentence for p in places
            ):
                continue
            # (the date it was born, told before the words of its birth)
            dated = [d for d in found(k) if not d.year_inferred and d.start < start + born.end()]
            if dated and (
                before is None
                or (len(dated[0].value) > len(before) and dated[0].value.startswith(before))
            ):
                route.opened, route.opened_year_inferred = dated[0].value, False
                by_birth[id(route)] = dated[0].value
