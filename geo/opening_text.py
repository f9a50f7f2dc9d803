"""A document read for when its routes opened: the questions the dating rules ask of its
sentences.

Which dates a sentence tells (not a day something is still to arrive, not the day a
reporter was told), whether it speaks of an opening (:data:`~cqmap.geo.route_runs.OPENING_CUE`,
not a count of runs nor a plan), on which of its dates a departure follows, and where it
names a route's ends. :class:`OpeningText` holds what these share for one document (its
sentences, paragraphs and date, which route each sentence tells);
:func:`cqmap.geo.openings.date_routes` asks them of the sentences around each route.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from cqmap.geo.dates import (
    DocumentDate,
    EventDate,
    dates_in,
    document_date,
    month_of_year_before,
)
from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.opening_words import (
    ANNIVERSARY,
    ARRIVAL_AFTER,
    ARRIVES,
    CLAUSE_MARK,
    EXPECTED,
    FIRST_SINCE,
    FIRST_TOLD,
    LEFT,
    NEWLINE,
    NEWLY_OPENED,
    NEXT_DAY,
    OPENED_ON,
    OPENED_ON_BEFORE,
    PLANNED,
    RUNS_COUNTED,
    SINCE,
    SINCE_THEN,
    TOLD_TO_REPORTER,
    WILL,
    YEARS_FIRST,
)
from cqmap.geo.route_runs import OPENING_CUE, RUN_BEFORE
from cqmap.geo.route_types import Route

__all__ = [
    "DIVISION_WORD",
    "OpeningText",
    "named_at",
    "paragraph_start",
    "place_of",
    "told_run_before",
]

DIVISION_WORD = re.compile("(?:市|省|区|县|自治区|壮族自治区)$")

_FULL_STOPS = ("。", "！", "？", "!", "?", "…")
_TITLE_ENDS = ("！", "？", "!", "?")
# A port or station named by its place (广元港: 广元, told again as 从四川省广元市起锚)
_CITY_PORT = re.compile("(?<=..)港$")
_FACILITY_END = re.compile("(?:港区|作业区|港|站)$")
_QUOTES = '“”"‘’「」『』'
# How many lines may open a page before its body: a site's name, its sections, the headline,
# the time and source of the story (人民网 / 人民网>>江西 / …专列首发 / 2025年05月15日 | 来源…)
_HEAD_LINES = 6
# How far after the day a line opened its name may tell its end (于4月13日开行南昌国际陆港—
# 霍尔果斯—俄罗斯多斯基诺…: the name's own length, its start and stops before the end)
_NAMED_AFTER = 30
_CLAUSE_END = re.compile("[，,；;。]")
# Days or hours gone by (历经两天, 运行30个小时): a next day told after them is not the day after
_SPAN = re.compile("[\\d一二两三四五六七八九十]+(?:天|个?小时)")
# A line of the site above a headline: short, with no number, a menu of short words, or a
# trail of sections (新华丝路首页; 成都新闻 温江新闻 新都新闻; 人民网>>江西, 中新网首页|安徽|北京)
_SITE_LINE = re.compile(
    r"[^\d\n]{1,16}|[^\d\s]{1,8}(?:[ \u3000]+[^\d\s]{1,8})+|[^\n]*(?:>|›|\|)[^\n]*"
)
# A headline is a line of few words: a longer line without a full stop is the body's, cut short
_HEADLINE_LEN = 40


def place_of(name: str) -> str:
    """The place's part of a facility's name (广元港: 广元), else the name."""
    place = _FACILITY_END.sub("", name)
    return place if len(place) >= 2 else name


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
        DIVISION_WORD.sub("", place or ""),
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
    the sentence is about (继开通往明斯克的班列后: :data:`~cqmap.geo.route_runs.RUN_BEFORE`
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


def _report_day(document: DocumentDate) -> EventDate | None:
    """The day of the report, where the document tells its month and day."""
    if not (document.month and document.day):
        return None
    value = (
        f"{document.year:04d}-{document.month:02d}-{document.day:02d}"
        if document.year
        else f"{document.month:02d}-{document.day:02d}"
    )
    # (the year is the document's, not the sentence's)
    return EventDate(value, document.year is not None, 0)


class OpeningText:
    """One document's sentences, read for when its routes opened.

    Parameters
    ----------
    routes
        The document's routes: which sentences tell which route (their evidence).
    text
        The document's text.
    sentences
        The spans of its sentences, in order.
    date
        The document's date, where the caller knows it (else read from the text).
    gaz
        The gazetteer, for the names a place is told by.
    """

    def __init__(
        self,
        routes: list[Route],
        text: str,
        sentences: Sequence[tuple[int, int]],
        *,
        date: str | None,
        gaz: Gazetteer,
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.gaz = gaz
        self.document = document_date(date, text)
        self.report_day = _report_day(self.document)
        #: the route each sentence tells (the last, where it tells several)
        self.own = {ev.sentence: route for route in routes for ev in route.evidence}
        #: how many routes each sentence tells
        self.shared = Counter(ev.sentence for route in routes for ev in route.evidence)
        #: the route the text tells first
        self.first_told = min(routes, key=lambda r: r.evidence[0].sentence, default=None)
        self._breaks = [m.start() for m in NEWLINE.finditer(text)]
        self._starts = [a for a, _ in sentences]  # (where each sentence starts, in order)
        self._cues: dict[int, bool] = {}
        self._found: dict[int, list[EventDate]] = {}

    def paragraph(self, i: int) -> int:
        """The number of sentence ``i``'s paragraph."""
        return bisect_right(self._breaks, paragraph_start(self.text, *self.sentences[i]))

    def found(self, i: int) -> list[EventDate]:
        """The dates sentence ``i`` tells of a run: not a day something is to arrive, nor
        the day it was told to a reporter (read once: the rules ask it of a sentence many
        times, and never change the list)."""
        if i not in self._found:
            dates = self._dates_of_runs(*self.sentences[i])
            self._found[i] = sorted(dates + self._next_day(i, dates), key=lambda d: d.start)
        return self._found[i]

    def _next_day(self, i: int, dates: list[EventDate]) -> list[EventDate]:
        """The day after the date told before, where sentence ``i`` tells a day as the next
        (4月8日,…货机降落郑州。…于次日凌晨运往列日: 4月9日), told before it in the sentence
        or last in the sentence before, in its paragraph."""
        start, end = self.sentences[i]
        m = NEXT_DAY.search(self.text, start, end)
        if m is None:
            return []
        before = [d for d in dates if d.start < m.start()]
        if not before and i > 0 and self.paragraph(i - 1) == self.paragraph(i):
            before = self.found(i - 1)
        if not before or len(before[-1].value) not in (5, 10):
            return []
        day = before[-1]
        if _SPAN.search(self.text, day.start, m.start()):
            return []  # (8月19日…启程,历经两天…抵达二连浩特,于次日…出境: after the span)
        year = day.value[:4] if len(day.value) == 10 else "2001"  # (no year: not a leap one)
        try:
            then = date.fromisoformat(f"{year}-{day.value[-5:]}") + timedelta(days=1)
        except ValueError:
            return []
        value = then.isoformat() if len(day.value) == 10 else then.isoformat()[5:]
        return [EventDate(value, day.year_inferred, m.start())]

    def _dates_of_runs(self, start: int, end: int) -> list[EventDate]:
        text, document = self.text, self.document
        dates = dates_in(text, start, end, document=document)
        # (…驶出,将于明天傍晚抵达重庆,之后…于9月12日终抵杜伊斯堡: a day it is to arrive,
        # told after 将 or 预计, is no day it ran)
        dates = [d for d in dates if not self._to_arrive(d, start)]
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

    def _to_arrive(self, date: EventDate, start: int) -> bool:
        """Whether ``date`` is a day something is to arrive: an arrival told right after
        it, in a sentence that said 将, 预计 or 计划 before it (…将于明天傍晚抵达重庆,之后…于
        9月12日终抵杜伊斯堡; 按计划10月31日到釜山港,11月2日到门司)."""
        if not ARRIVAL_AFTER.match(self.text, date.start):
            return False
        return WILL.search(self.text, start, date.start) is not None

    def clause_dates(self, route: Route, i: int) -> list[EventDate]:
        """The dates of the clause of sentence ``i`` that names ``route``, where semicolons
        part the sentence into clauses and that clause tells one (今年5月14日,昆明至旧金山…
        开通;今天,昆明至曼谷…再开一条: 今天 the second's): the later of the clauses that name
        its end and its start, where it names the end (…宜昌的磷矿石运抵果园港;4月18日,由常州
        发来的组件也在这里卸船: 常州's; …吴家山站首发…;2016年4月6日,开通通往里昂的线路:
        里昂's). The others told there are shared."""
        text = self.text
        start, end = self.sentences[i]
        if not CLAUSE_MARK.search(text, start, end):
            return []
        at = self.end_at(route, start, end)
        if at < 0:
            return []
        at = max(at, self.place_at(route.origin, start, end))
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
                    and self.end_at(route, bounds[0][j], bounds[1][j]) >= 0
                ),
                k,
            )
        a, b = bounds[0][k], bounds[1][k]
        dates = dates_in(text, a, b, document=self.document)
        if dates:
            return dates
        # (2015年1月,航道贯通;5月,…接力航线开通: the month of the year told before)
        month = month_of_year_before(text, a, b, start)
        return [month] if month is not None else []

    def cue(self, i: int) -> bool:
        """Whether sentence ``i`` speaks of an opening: not of runs counted, a year's first
        run or a plan."""
        if i not in self._cues:
            self._cues[i] = self._speaks_of_opening(*self.sentences[i])
        return self._cues[i]

    def _speaks_of_opening(self, start: int, end: int) -> bool:
        text = self.text
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

    def opening_near(self, i: int, route: Route) -> bool:
        """Whether a sentence up to two after ``i``, in its paragraph, of no other route and
        with no date of its own, tells a first (此次尚属首次, 这还是头一趟; not 每月开行一班)."""
        return any(
            self.cue(k)
            and FIRST_TOLD.search(self.text, *self.sentences[k]) is not None
            and self.own.get(k, route) is route
            and not self.found(k)
            and self.paragraph(k) == self.paragraph(i)
            for k in range(i + 1, min(len(self.sentences), i + 3))
        )

    def comment(self, i: int) -> bool:
        """Whether sentence ``i`` only comments: it tells no route, and no date but in an
        aside in brackets (（转载:凤凰网 2026年1月19日）)."""
        return i not in self.own and (
            not self.found(i) or self.text.startswith("(", self.sentences[i][0])
        )

    def year_told_again(self, route: Route) -> str | None:
        """The year of the route's month and day where a sentence that names its start or
        an end tells that day with a year of its own, the one year so told, else None."""
        month, day = int(route.opened[-5:-3]), int(route.opened[-2:])
        told = re.compile(rf"((?:19|20)\d{{2}})年0?{month}月0?{day}日")
        years = set()
        for m in told.finditer(self.text):
            start, end = self.sentences[max(0, bisect_right(self._starts, m.start()) - 1)]
            if any(self.place_at(p, start, end) >= 0 for p in (route.origin, *route.destinations)):
                years.add(m.group(1))
        return years.pop() if len(years) == 1 else None

    def first_run_told(self, i: int) -> bool:
        """Whether sentence ``i`` tells a first run on its last date, not one expected
        (首趟回程专列…开进, not 首班…将于20日抵达)."""
        dates = self.found(i)
        start = self.sentences[i][0]
        return (
            self.cue(i)
            and FIRST_TOLD.search(self.text, *self.sentences[i]) is not None
            and bool(dates)
            and not EXPECTED.search(self.text, max(start, dates[-1].start - 5), dates[-1].start)
        )

    def year_before(self, i: int, month_day: str) -> str | None:
        """The year of the last date with a year told in sentence ``i`` or the two before
        it, in its paragraph, no later in its year than ``month_day``, else None."""
        for j in range(i, max(-1, i - 3), -1):
            if self.paragraph(j) != self.paragraph(i):
                break
            for d in reversed(self.found(j)):
                if len(d.value) >= 7 and not d.year_inferred and d.value[5:7] <= month_day[:2]:
                    return d.value[:4]
        return None

    def headline(self, i: int) -> bool:
        """Whether sentence ``i`` is a title line, not a sentence of the body (a title
        ends without a full stop: 3月26日,…班列从果园港首发。 opens a text that has none)."""
        start, end = self.sentences[i]
        line = self.text[start:end].rstrip()
        # (a title may end in ! or ?, on a line of its own: …货运航线开通运行!)
        alone = line[-1:] in _TITLE_ENDS and self.text.startswith("\n", end)
        return line[-1:] not in _FULL_STOPS or alone

    def headline_at(self) -> int | None:
        """The sentence that is the page's headline: the first title line that speaks of an
        opening, below none but lines of the site (its name and the section it files the
        story in: 人民网 / 人民网>>江西 / …专列首发), else None."""
        for i in range(min(len(self.sentences), _HEAD_LINES)):
            if not self.headline(i):
                return None
            line = self.text[slice(*self.sentences[i])].strip()
            if self.cue(i):
                return i if len(line) <= _HEADLINE_LEN else None
            if not _SITE_LINE.fullmatch(line):
                return None  # (a headline of its own: 货值突破14亿元 over a subtitle)
        return None

    def nearest_before(self, route: Route, i: int) -> list[EventDate]:
        """The dates of sentence ``i``, the one told nearest before where the sentence
        first names the service first, then all in order (自2016年4月28日东盟班车首次开通后,
        同年6月13日,东线复线(重庆-防城港)首趟班车也正式开通: 6月13日)."""
        text = self.text
        start, end = self.sentences[i]
        run_before = RUN_BEFORE.search(text, start, end)
        if run_before is not None and told_run_before(route, text, start, end, self.gaz) is None:
            # (继2023年、2024年相继开出…航线之后,此次再添…: the years of the lines run before,
            # not of the line added now)
            a, b = run_before.span()
        else:
            a = b = -1
        in_clause = [d for d in self.clause_dates(route, i) if not a <= d.start < b]
        if in_clause:
            return in_clause
        dates = [d for d in self.found(i) if not a <= d.start < b]
        if self.shared.get(i, 0) >= 2:
            # (自2015年7月“兰州号”…首发以来,兰州新区已经相继开通了“兰州—汉堡”…班列,…: the
            # date since which the lines listed after it came, none's opening)
            # (but 今年以来 or 2022年以来 read as a date says the lines were newly opened
            # that year: :mod:`cqmap.geo.dates` reads it so only before 新开通 and the like)
            dates = [d for d in dates if not self.since_of_another(route, d)]
        own_date = self.told_before_end(route, i)
        if own_date is not None and not a <= own_date.start < b:
            return [own_date]
        if len(dates) < 2 or not route.name:
            return dates
        at = _name_at(text, route.name, start, end)
        if at >= 0:
            # (…“武汉—东盟四国试验航线”工作方案获得通过;到了7月21日,…试验航线开通: the
            # date told between its name and its opening)
            opening = OPENING_CUE.search(text, at + len(route.name), end)
            near = [d for d in dates if opening is not None and at < d.start < opening.start()]
            if near:
                return [near[-1], *dates]
        before = [d for d in dates if d.start < at]
        return [before[-1], *dates] if at >= 0 and before else dates

    def since_of_another(self, route: Route, date: EventDate) -> bool:
        """Whether ``date`` opens a clause of since when in a sentence of several routes
        (自2015年7月“兰州号”…首发以来,兰州新区已经相继开通了“兰州—汉堡”…班列: the date since
        which the lines listed after it came, none's opening) and ``route`` is not the one
        service named inside the clause, before 以来 (自2015年6月1日首列中欧班列(武汉—汉堡)
        开行以来,长沙、合肥也开行了…: 武汉—汉堡's alone); not a year since which
        lines are told newly opened (2022年以来…新开通: :data:`NEWLY_OPENED`)."""
        text = self.text
        since = SINCE_THEN.match(text, date.start)
        if since is None or NEWLY_OPENED.match(text, date.start):
            return False
        i = bisect_right(self._starts, date.start) - 1
        if i < 0 or self.shared.get(i, 0) < 2:
            return False
        return not date.start <= self.end_at(route, *self.sentences[i]) < since.end()

    def departures(self, i: int, route: Route | None = None) -> list[EventDate]:
        """The date of sentence ``i`` that a departure follows (…日自舟山港启程): of several,
        the one nearest the departure (11月9日到达…的班列,是9月22日从…驶出: 9月22日);
        where the sentence tells several routes, the last before ``route``'s end."""
        end = self.sentences[i][1]
        in_clause = self.clause_dates(route, i) if route is not None else []
        left = [d for d in in_clause or self.found(i) if self._left_on(d, end)]
        if route is not None and route.origin:
            # (4月10日,…首度由英国伦敦发车: a run from the end of 义乌—伦敦, its return)
            left = [d for d in left if not self._left_from_its_end(d, route, end)]
        if route is not None and left:
            # (2021年5月20日,…首次开出通往阿拉木图的班列,7月28日,又开出首列前往塔什干的
            # 班列: each the date told before its own end, if a departure follows it)
            own_date = self.told_before_end(route, i)
            if own_date is not None:
                return [own_date] if own_date in left else []
        return left[-1:]

    def left_after(self, route: Route, i: int) -> list[EventDate]:
        """The day the route left its start, told in one of the three sentences after
        ``i`` of no other route that names that start (…专列从防城港开出), if any."""
        for j in range(i + 1, min(len(self.sentences), i + 4)):
            start, end = self.sentences[j]
            if (
                self.own.get(j, route) is route
                and route.origin
                and place_of(route.origin) in self.text[start:end]
            ):
                left = self.departures(j)
                if left:
                    return left[:1]
        return []

    def _left_from_its_end(self, date: EventDate, route: Route, end: int) -> bool:
        """Whether what leaves on ``date`` leaves from an end of ``route`` that is not its
        start (…由英国伦敦发车, of 义乌—伦敦)."""
        m = LEFT.match(self.text, date.start, end)
        if m is None or m.group("place") is None:
            return False
        a, b = m.span("place")
        return self.place_at(route.origin, a, b) < 0 and any(
            self.place_at(d, a, b) >= 0 for d in route.destinations
        )

    def _left_on(self, date: EventDate, end: int) -> bool:
        """Whether a departure follows ``date`` (…日自舟山港启程), and not one told of what
        then arrives on that day (11月26日,由霍尔果斯启运的…专线抵达波兰: the arrival's)."""
        m = LEFT.match(self.text, date.start, end)
        return m is not None and ARRIVES.match(self.text, m.end(), end) is None

    def told_before_end(self, route: Route, i: int) -> EventDate | None:
        """In a sentence of several routes with several dates, the date told last before
        ``route``'s end (2016年4月6日,武汉开通了通往里昂的线路;2017年2月23日,首列从里昂返回…:
        each its own), if the sentence names that end."""
        dates = self.found(i)
        if len(dates) < 2 or self.shared.get(i, 0) < 2:
            return None
        at = self.end_at(route, *self.sentences[i])
        before = [d for d in dates if d.start < at]
        return before[-1] if at >= 0 and before else None

    def first_leg(self, i: int, route: Route) -> bool:
        """Whether the route sentence ``i`` tells is the first leg of ``route``: from its
        start to a place it goes by (大阪—阳逻港 of 大阪—武汉—阿拉木图: 阳逻港 in 武汉)."""
        leg = self.own.get(i)
        return (
            leg is not None
            and leg is not route
            and leg.origin == route.origin
            and bool(leg.destinations)
            and all(
                d in route.via or self.gaz.ancestors(d).intersection(route.via)
                for d in leg.destinations
            )
        )

    def place_at(self, place: str | None, start: int, end: int) -> int:
        """Where ``text[start:end]`` names ``place`` (:func:`named_at`), else -1."""
        return named_at(self.text, place, start, end, self.gaz)

    def end_at(self, route: Route, start: int, end: int) -> int:
        """Where the sentence names the route's end, after its start where it names that
        (2016年…武汉开通了通往里昂的线路;2017年…首列从里昂返回武汉: 里昂—武汉 the second),
        else -1."""
        origin = self.place_at(route.origin, start, end)
        for d in route.destinations:
            at = self.place_at(d, max(start, origin), end)
            if at < 0 < origin:  # (a start the sentence names only after it: 开通至凯莱港
                at = self.place_at(d, start, end)  # …;…“拉博塔港—阳逻港”航线开通)
            if at >= 0:
                return at
        return -1

    def since_opened(self, route: Route) -> EventDate | None:
        """The date of a sentence of the route's own that tells it named, then since when
        it has run (中欧班列(长沙—汉堡)自2017年9月开行以来), or on what day it opened
        (贵阳至加尔各答国际货运航线于2023年12月13日正式开通), or, right before its name, on what
        day it opened (于4月13日开行南昌国际陆港—霍尔果斯—俄罗斯多斯基诺…班列), if any."""
        text = self.text
        for ev in route.evidence:
            start, end = self.sentences[ev.sentence]
            m = SINCE.search(text, start, end)
            if m is None or not text.startswith("自", m.start()):
                m = OPENED_ON.search(text, start, end)
                if m is None:
                    continue
            at = self.end_at(route, start, end)
            if 0 <= at < m.start() and m.start() - at <= 20:
                dates = dates_in(text, m.start(), m.end(), document=self.document)
                if dates:
                    return dates[0]
        for ev in route.evidence:
            # (…于4月13日开行南昌国际陆港—霍尔果斯—俄罗斯多斯基诺中欧班列后再次发运: the
            # line named by its ends right after the day it opened, in that clause)
            start, end = self.sentences[ev.sentence]
            for m in OPENED_ON_BEFORE.finditer(text, start, end):
                at = self.end_at(route, m.end(), end)
                if 0 <= at - m.end() <= _NAMED_AFTER and not _CLAUSE_END.search(text, m.end(), at):
                    dates = dates_in(text, m.start(), m.end(), document=self.document)
                    if dates:
                        return dates[0]
        return None
