"""When routes opened: the dates of a document's routes, from the sentences around them.

A route takes its date from a sentence of its own that tells since when it has run, or
from one anywhere that tells so of the brand, in quotes, a sentence of it names it by
(自2018年6月2日“雪域号”…首发以来; not a brand running lines to other ends too); else from
a sentence of its own that speaks of an opening (开通, 首航,
首发 …: :data:`cqmap.geo.route_runs.OPENING_CUE`), the day it left first, then the one
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
from collections.abc import Sequence

from cqmap.geo.dates import EventDate, dates_in
from cqmap.geo.gazetteer import Gazetteer
from cqmap.geo.opening_text import DIVISION_WORD, OpeningText, place_of, told_run_before
from cqmap.geo.opening_words import (
    AFTERWARDS,
    ARRIVED,
    BORN,
    FIRST_RUN,
    FIRST_TOLD,
    HOUR_FIRST,
    MEANWHILE,
    NOT_YET,
    PLANNED,
    REFERS_BACK,
    SAME_DAY,
    SAME_MONTH,
    SINCE,
    SINCE_THEN,
    THIS_LINE,
    THIS_SERVICE,
    THIS_SERVICE_REACH,
    YEARS_FIRST,
)
from cqmap.geo.regions import ABBREVIATIONS
from cqmap.geo.route_services import CORRIDOR_OF
from cqmap.geo.route_types import Route
from cqmap.geo.vocabulary import finer_mode

__all__ = ["date_routes"]


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
    doc = OpeningText(routes, text, sentences, date=date, gaz=gaz)
    brands = _brands(doc, routes)
    for route in routes:
        if route.opened is not None:
            continue
        if all(NOT_YET.search(text, *sentences[ev.sentence]) for ev in route.evidence):
            continue  # (今年下半年,重庆将开通…航线: a plan has opened on no day)
        opened = _opening_date(doc, route, brands)
        if opened is not None:
            route.opened, route.opened_year_inferred = opened.value, opened.year_inferred
    for route in routes:
        if route.opened is not None and (len(route.opened) == 5 or route.opened_year_inferred):
            # (12月3日,…列车驶出广州增城铁路物流园 … 2021年12月3日,…两趟…分别从深圳平湖南
            # 铁路物流园和广州增城铁路物流园首发: the day told again with its year)
            year = doc.year_told_again(route)
            if year is not None:
                route.opened, route.opened_year_inferred = f"{year}-{route.opened[-5:]}", False
    undated = [r for r in routes if r.opened is None and r.origin]
    if undated:
        _date_by_corridor(undated, doc)


# A service's brand, in quotes, before its service word (“雪域号”国际货运班列)
_BRAND = re.compile("“([^“”]{2,12})”(?=[^，,。；;“”]{0,16}?(?:班列|专列|航线|班轮|快线|快铁))")
# A name in quotes (in a sentence telling since when something has run)
_QUOTED = re.compile("“([^“”]{2,12})”")


def _brands(doc: OpeningText, routes: list[Route]) -> dict[int, EventDate]:
    """The date since which each route has run, by id, where a sentence anywhere in the
    text tells it of the brand, in quotes, that a sentence of the route names it by, and no
    route to other ends has that brand (自2018年6月2日“雪域号”…班列首发以来, of the
    “雪域号” train told leaving 拉萨 for 加德满都; not of one of the lines of a brand of many)."""
    text = doc.text
    named: dict[str, dict[int, Route]] = {}
    for route in routes:
        for ev in route.evidence:
            for m in _BRAND.finditer(text, *doc.sentences[ev.sentence]):
                named.setdefault(m.group(1), {})[id(route)] = route
    out: dict[int, EventDate] = {}
    if not named:
        return out
    for start, end in doc.sentences:
        for m in SINCE.finditer(text, start, end):
            if text[m.start()] != "自":
                continue
            for q in _QUOTED.finditer(text, m.start(), m.end()):
                carried = named.get(q.group(1), {})
                if len({tuple(r.destinations) for r in carried.values()}) != 1:
                    continue  # (none, or a brand of lines to other ends too)
                dates = dates_in(text, m.start(), m.end(), document=doc.document)
                for key in carried if dates else ():
                    out.setdefault(key, dates[0])
    return out


def _opening_date(doc: OpeningText, route: Route, brands: dict[int, EventDate]) -> EventDate | None:
    """The date ``route`` opened, by the first rule that gives one: told of a line run
    before another, told of itself with since when it has run, the day it left near a
    sentence of the opening, the day of its first run told alone, else from the
    sentences around the ones that tell it (:func:`_from_sentences`)."""
    before = [
        told_run_before(route, doc.text, *doc.sentences[ev.sentence], doc.gaz)
        for ev in route.evidence
    ]
    if all(before):
        # (这是继开通往明斯克的班列后,新开通的一条线路: a line opened before the one
        # told, on a day only its own words give: 继2018年开通…后; not 继2023年、2024年
        # 相继开出…之后, lines of two years)
        dates = dates_in(doc.text, *before[0], document=doc.document)
        return dates[0] if len(dates) == 1 else None
    # (中欧班列(长沙—汉堡)自2017年9月开行以来…: when it opened, told of itself,
    # whatever first the sentences around it tell, 首次运载回程货)
    return (
        doc.since_opened(route)
        or brands.get(id(route))
        or _left_near_opening(doc, route)
        or _first_run_alone(doc, route)
        or _from_sentences(doc, route)
    )


def _left_near_opening(doc: OpeningText, route: Route) -> EventDate | None:
    """The day of its first run, where a sentence of its own that speaks of an opening
    says when it left (4月24日自舟山港启程, not the 5月12日 ceremony of its arrival), or
    where a sentence up to two before or after, of no other route, speaks of the opening
    (3月30日,…专列从涪陵龙头港出发…。在…铁路专用线开通暨…首趟班列发车仪式…)."""
    arrived = {ev.sentence for ev in route.evidence if ev.pattern == "arrival"}
    return next(
        (
            d
            for ev in route.evidence
            if any(
                # (not where the sentence of the opening gives its own date: 去年3月开始
                # 常态化运行 dates the service, not this run)
                doc.cue(k)
                and doc.own.get(k, route) is route
                # (or the arrival told, dated: 11日,首趟班列开进小南垭站。…7日从泰国起运)
                and (k == ev.sentence or not doc.found(k) or k in arrived)
                for k in range(max(0, ev.sentence - 2), min(len(doc.sentences), ev.sentence + 3))
            )
            for d in doc.departures(ev.sentence, route)
        ),
        None,
    )


def _first_run_alone(doc: OpeningText, route: Route) -> EventDate | None:
    """The day of its first run, told in the one sentence of its own, of it alone, that
    tells a first run with one day (…当日,X9216次中欧班列…鸣笛启程 … 2017年8月31日,
    中欧班列(金华—阿拉木图)首发), before a day borrowed for a sentence that tells none;
    not the day it arrived (8月27日,…首发专列开进终点站——成都, after it left on 8月25日)."""
    first = [
        (ev.sentence, doc.found(ev.sentence))
        for ev in route.evidence
        if doc.shared.get(ev.sentence) == 1 and doc.first_run_told(ev.sentence)
    ]
    if len(first) != 1 or len(first[0][1]) != 1:
        return None
    (i, (day,)), end = first[0], doc.sentences[first[0][0]][1]
    # (a day: a year or a month told so is refined by the sentences around it)
    if len(day.value) not in (5, 10) or ARRIVED.match(doc.text, day.start, end):
        return None
    year = doc.year_before(i, day.value) if len(day.value) == 5 else None
    return day._replace(
        value=f"{year}-{day.value}" if year else day.value,
        year_inferred=day.year_inferred or year is not None,
    )


def _from_sentences(doc: OpeningText, route: Route) -> EventDate | None:
    """The date the sentences around one that tells ``route`` give it, first around the
    ones that name its end (2016年3月2日,首趟列车从长沙始发,…到达阿拉木图。…2017年9月5日,
    …班列第一次延伸到德国汉堡: of 长沙—汉堡, the second): each rule of :data:`_AROUND` in
    turn, the first that gives a date."""
    ends_named = sorted(
        route.evidence, key=lambda ev: doc.end_at(route, *doc.sentences[ev.sentence]) < 0
    )
    for ev in ends_named:
        i = ev.sentence
        here: list[EventDate] = []
        for rule in _AROUND:
            # (a date since which lines came is the opening of none of them, but the one
            # named inside its clause: :meth:`OpeningText.since_of_another`)
            here = [d for d in rule(doc, route, i) if not doc.since_of_another(route, d)]
            if here:
                break
        if not here:
            continue
        day = here[0]
        if len(day.value) == 5 and doc.document.year is None:
            # (引江济淮航道于2023年8月16日试运行。8月19日,…9条航线同时开航: the
            # year told just before, where the text has no date of its own)
            year = doc.year_before(i, day.value)
            if year is not None:
                return day._replace(value=f"{year}-{day.value}", year_inferred=True)
        return day
    return None


def _opening_here(doc: OpeningText, route: Route, i: int) -> list[EventDate]:
    """Where sentence ``i`` speaks of an opening, or a sentence just after it tells a first
    (4月18日,一趟…班列到达成都。…这还是头一趟), the day it left, else its dates, the one
    nearest before the service first (11月9日到达…的班列,是9月22日从…驶出: 9月22日)."""
    text, sentences = doc.text, doc.sentences
    opening = doc.cue(i) or doc.opening_near(i, route)
    here = (doc.departures(i, route) or doc.nearest_before(route, i)) if opening else []
    if here and ARRIVED.match(text, here[0].start, sentences[i][1]):
        # (11月5日,一列冷链班列驶进团结村站。…11月2日上午,…首列冷链专列,从
        # 广西钦州港发出: the day it left its start, told after the arrival)
        here = doc.left_after(route, i) or here
    if here and all(len(d.value) == 4 for d in here) and i > 0:
        # (1月1日,首列班车发出。当日,…发出2021年中欧班列第一趟列车: the day told
        # before, of the year this sentence tells)
        if SAME_DAY.match(text, sentences[i][0]):
            year = here[0].value
            before = [
                d._replace(value=f"{year}-{d.value}") if len(d.value) == 5 else d
                for d in doc.found(i - 1)
                if d.value.startswith(year) or len(d.value) == 5
            ]
            here = before[-1:] or here
    return here


def _told_before(doc: OpeningText, route: Route, i: int) -> list[EventDate]:
    """The date a sentence before ``i`` tells, in its paragraph and of no other route,
    where one of the two speaks of the opening; further back, or across sentences of
    other routes or of comment, where sentence ``i`` says so (同日, 当天, 同月, 这趟专列 …);
    else, for 当天 told of no earlier day, the day of the report."""
    text, sentences = doc.text, doc.sentences
    here: list[EventDate] = []
    # (当天,一列…列车驶离…。…此次尚属首次: a run told 当天, whose first is told
    # in a sentence after it, of no other route)
    # (5月14日,…开通活动…举办。上午10点40分,…车队…发车: a sentence opening with an
    # hour of the day, of the day told before)
    same_day = (
        (
            SAME_DAY.search(text, *sentences[i]) is not None
            or HOUR_FIRST.match(text, sentences[i][0]) is not None
        )
        and (doc.cue(i) or doc.opening_near(i, route))
    ) or (i > 0 and MEANWHILE.match(text, sentences[i][0]) is not None and doc.cue(i - 1))
    # (…今年6月,…班轮正式开行…。同月,…班轮首航: that month, whatever the
    # sentence before tells of)
    same_month = doc.cue(i) and SAME_MONTH.match(text, sentences[i][0]) is not None
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
    leg_before = any(doc.first_leg(j, route) for j in range(max(0, i - back + 1), i))
    for j in range(i - 1, i - 1 if afterwards else max(-1, i - back), -1):
        if j < i - 1:
            refers = REFERS_BACK.match(text, *sentences[j + 1]) is not None
            across_comment = across_comment or (told_before and not refers)
            told_before = told_before and (refers or (this_service and doc.comment(j + 1)))
        if doc.paragraph(j) != doc.paragraph(i) and not (same_day or same_month or told_before):
            # (…轮由釜山港运抵武汉阳逻港。(a new paragraph) …海铁联运通道在汉顺利打通:
            # the first leg's day, across the paragraph, where a first leg is told before)
            if not leg_before:
                break
            if not doc.first_leg(j, route):
                continue
        if (
            doc.own.get(j, route) is not route
            and not (same_month or told_before or same_day)
            and not doc.first_leg(j, route)
        ):
            continue  # (the sentence of another route: its date is that one's;
            # but 同一天,反方向的班列也首发: that day; and a ship's run to where the goods
            # change to a train is the route's first leg, on its day)
        if same_month and doc.found(j):
            # (its month, where the date before has a year: 2021-06)
            before = doc.found(j)[-1]
            here = [before._replace(value=before.value[:7])] if len(before.value) >= 7 else []
            break
        if (doc.cue(i) or doc.cue(j)) and doc.found(j):
            if across_comment and not doc.first_run_told(j):
                break  # (across comment, only a first run told so is its)
            here = doc.found(j)[-1:]
            break
        if (
            (doc.cue(i) or doc.cue(j))
            and j > 0
            and SAME_DAY.match(text, sentences[j][0])
            and doc.found(j - 1)
        ):
            # (12月3日,…。同日,…专列首发出境。这趟专列自莫斯科开出: the day told
            # before the sentence of the same day)
            here = doc.found(j - 1)[-1:]
            break
    if not here and same_day and doc.report_day is not None:
        here = [doc.report_day]  # (新华社…29日电 … 当日首航: the day of the report)
    return here


def _opened_next(doc: OpeningText, route: Route, i: int) -> list[EventDate]:
    """The dates of sentence ``i`` where the next, in its paragraph or referring back to
    it, of the same service, speaks of the opening and tells no date of its own
    (…从钦州港东站出发。这趟班列在5年前的今天首发)."""
    text, sentences = doc.text, doc.sentences
    if not (
        i + 1 < len(sentences)
        and (
            doc.paragraph(i + 1) == doc.paragraph(i)
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
            doc.own.get(i + 1, route) is route
            # (…班列从株洲启运。这是继开通往明斯克的班列后,新开通的一条线路: of the
            # line before it only in passing)
            or told_run_before(doc.own[i + 1], text, *sentences[i + 1], doc.gaz) is not None
        )
        and doc.cue(i + 1)
        and not [d for d in doc.found(i + 1) if not SINCE_THEN.match(text, d.start)]
    ):
        return []
    return doc.found(i)


def _first_after_comment(doc: OpeningText, route: Route, i: int) -> list[EventDate]:
    """The day it left, told in sentence ``i``, where its first run is told of it after
    sentences of comment, with no date (1月4日,…班列从CSP武汉码头出发,驶往乌兹别克斯坦。
    …(a caption)…这趟班列首发,靠的是…)."""
    left = doc.departures(i, route)
    if not left:
        return []
    later = next(
        (
            k
            for k in range(i + 1, min(len(doc.sentences), i + 2 + THIS_SERVICE_REACH))
            if not doc.comment(k) or THIS_SERVICE.match(doc.text, *doc.sentences[k])
        ),
        None,
    )
    if (
        later is not None
        and all(doc.comment(k) for k in range(i + 1, later))
        and doc.own.get(later, route) is route
        and THIS_SERVICE.match(doc.text, *doc.sentences[later])
        and doc.cue(later)
        and FIRST_TOLD.search(doc.text, *doc.sentences[later])
        and not doc.found(later)
    ):
        return left[:1]
    return []


def _told_after(doc: OpeningText, route: Route, i: int) -> list[EventDate]:
    """The date one of the three sentences after ``i``, of no other route, tells of the
    opening: since when it has run (…班列累计开行超过300列。自2019年4月8日该班列开行以来…),
    its first run told right after (前一天,5月9日上午,这条航线已经完成首航), or the
    day it left its start told again (…首次出口海外。2024年12月3日,轮船从宜宾港出发)."""
    text, sentences = doc.text, doc.sentences
    for j in range(i + 1, min(len(sentences), i + 4)):
        if doc.own.get(j, route) is not route:
            continue
        if j < i + 3 and SINCE.search(text, *sentences[j]):
            return doc.found(j)[:1]
        if j == i + 1 and THIS_LINE.search(text, *sentences[j]) and doc.cue(j):
            here = doc.found(j)[:1]
            if here:
                return here
        told_again = route.origin and place_of(route.origin) in text[slice(*sentences[j])]
        if told_again and any(doc.cue(k) for k in range(i, j + 1)) and doc.departures(j):
            return doc.departures(j)[:1]
    return []


def _from_headline(doc: OpeningText, route: Route, i: int) -> list[EventDate]:
    """The headline's date, where it speaks of an opening; else, where it tells the route's
    first run with no date, the day sentence ``i`` tells it left (防城港至重庆首趟…专列开行
    over 10月26日,…专列从防城港站出发). The headline may stand below the site's name and
    section (:meth:`~cqmap.geo.opening_text.OpeningText.headline_at`)."""
    text, sentences = doc.text, doc.sentences
    h = doc.headline_at()
    if h is None or not (i > h and doc.paragraph(0) == 0):
        return []
    here = doc.found(h)
    if (
        not here
        and (
            doc.own.get(h) is route
            or (route.origin and place_of(route.origin) in text[slice(*sentences[h])])
            # (…货运航线开通运行! over 5月8日,一架全货机从花湖机场起飞: a
            # headline of no route of its own, told of the body's first)
            or (h not in doc.own and route is doc.first_told)
        )
        and FIRST_RUN.search(text, *sentences[h])
    ):
        here = doc.departures(i) or doc.found(i)[:1]
        if not here and i > h + 1 and SAME_DAY.match(text, sentences[i][0]):
            # (…班列首发 over 10月27日,(a caption)。当日,一趟…返程班列抵达厦门
            # 海沧站: the day told before)
            here = doc.found(i - 1)[-1:]
    return here


# The rules that date a route from the sentences around sentence ``i`` that tells it, in
# the order they are tried: the first that gives a date wins.
_AROUND = (
    _opening_here,
    _told_before,
    _opened_next,
    _first_after_comment,
    _told_after,
    _from_headline,
)


def _date_by_corridor(routes: list[Route], doc: OpeningText) -> None:
    """Date the trains of a corridor (``routes``, none dated; a train of the corridor's
    mode told of no corridor is taken for one of it) by the sentence that tells the
    corridor's service from their place born: a dated first run or opening that names
    the corridor and where the train left from, or a place that holds it (2011年3月19日,
    首条中欧班列线路“渝新欧”在重庆诞生: a train of 中欧班列 from 团结村, in 重庆)."""
    by_birth: dict[int, str] = {}  # the routes dated here, by id: the date they took
    for k, (start, end) in enumerate(doc.sentences):
        sentence = doc.text[start:end]
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
            places = (route.origin, *doc.gaz.ancestors(route.origin))
            if not homes.intersection(places) and not any(
                DIVISION_WORD.sub("", p) in sentence for p in places
            ):
                continue
            # (the date it was born, told before the words of its birth)
            dated = [
                d for d in doc.found(k) if not d.year_inferred and d.start < start + born.end()
            ]
            if dated and (
                before is None
                or (len(dated[0].value) > len(before) and dated[0].value.startswith(before))
            ):
                route.opened, route.opened_year_inferred = dated[0].value, False
                by_birth[id(route)] = dated[0].value
