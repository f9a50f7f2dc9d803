"""Event dates in article text: when a route opened.

A date is ``[YYYY年]M月D日``, a month of a year (``YYYY-MM``), a year alone (``YYYY``), or
a day alone (``8日``, ``今(8)日``) whose month is the
document's (its dateline's). A year the text does not give is taken from the document's
date and marked as inferred: the document's year, or the year before when the day would
fall more than a month after the document (a report of June on a 22 December opening).
A date that ends an agency's dateline (``新华社重庆3月12日电``, or in Chinese numerals,
``十二月十五日电``) says when the report was filed: it is never an event's date, and it is
the document's day that 今天 and 昨天 count from. A date gone back to (``时间回到…那天``) is
the day's, not the end of a span. 近日 and 日前 (a few days before the report) give the
report's month, its year inferred, where the report is dated after its month's first week.
A day or a month after 同年 or 当年 takes the year told before it in the sentence, and a month
after a period of a year (2009年第一季度,…2月底) that period's year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

__all__ = [
    "NEWLY_SINCE",
    "EventDate",
    "DocumentDate",
    "dates_in",
    "document_date",
    "month_of_year_before",
]

# (本月(10月)26日: the month in brackets after 本月)
_DATE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?:(?P<bracketed>本月[(（])?(?P<m>\d{1,2}|(?<![美日欧港万亿千百十\d])元)月(?(bracketed)[)）]))?"
    r"(?:(?P<d>\d{1,2})|今[(（](?P<t>\d{1,2})[)）])日"
    # (新华社北京5月3日电, 5月3日讯, 台湾网3月31日厦门消息: when a report was filed)
    # (not 10日发布消息, 10日消息: a day told by who reported it, not a dateline; but
    # 人民网某某视窗6月6日消息: opening the report, a colon after it)
    r"(?P<wire>(?:综合|专)?(?:电|讯)|(?!发布|發佈|公布)[\u4e00-\u9fff]{2,4}?消息(?![称说指显])"
    r"|消息(?=[:：]))?"
)
# The year of the date told before in the sentence (2016年4月28日…,同年6月13日)
_SAME_YEAR = ("同年", "当年")
# A month without a day (2011年3月, 今年3月): a date of its own only where no day is given
_MONTH = re.compile(
    rf"(?:(?P<y>\d{{4}})年|(?P<this>今年)|(?P<same>{'|'.join(_SAME_YEAR)})|(?P<last>去年))?"
    r"(?P<m>\d{1,2}|(?<![美日欧港万亿千百十\d])元)月(?![\d份]|\d{1,2}日)"
)
# A year told (for 同年 and 当年 after it in the sentence): in full, or by the report's
# own (去年4月…;同年12月: the year before the report's)
_YEAR_TOLD = re.compile(r"(?P<y>(?:19|20)\d{2})年|(?P<back>[今去前])年")
# What is newly opened since a year began (2022年以来,…新开南宁至新德里等5条航线, 今年以来,
# 新区新开通3条航线): opened in that year, though a span from it counts nothing else (not
# 2019年以来相继开通: lines of the years since)
NEWLY_SINCE = re.compile("以来[^。；;]{0,40}?新(?:开(?![工发展放拓])|增)")
# A year alone (2023年): a date of its own only where no month or day is given; not a
# span from or to it (2023年以来, 2023年前), nor 今年 (今年首趟: the first of the year)
# (nor a deadline: 2014年年底以前, 2020年底前)
_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d{2})年(?:(?![\d月度]|以来|以前|之前|前|起|至|到|以后|之后|年?底(?:以前|之前|前))"
    rf"|(?={NEWLY_SINCE.pattern}))"
)
# The parts of a year that, told alone, are of the report's year (上半年, 一季度)
_PARTS_OF_A_YEAR = ("上半年", "一季度", "第一季度", "前三季度", "前两季度")
# A year told by the report's own (今年, 去年, 前年), where nothing finer is told: not a
# span from it (今年以来), nor the year's first run (今年首趟: no opening); but what is
# newly opened since the year began opened in it
_YEAR_OF_REPORT = re.compile(
    "(?:今|去|前)年(?!以来|来|起|至今|度|底前|首|第一|[\\d一二三四五六七八九十]+月)"
    f"|今年(?={NEWLY_SINCE.pattern})"
    # (上半年济南开通国际货运航线6条, 一季度…新增航线3条: a part of the report's year, told
    # alone; not a year's part told with its year, 2023年上半年, nor of the year before)
    f"|(?<![年\\d])(?:{'|'.join(_PARTS_OF_A_YEAR)})(?!以来)"
)
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2, **dict.fromkeys(_PARTS_OF_A_YEAR, 0)}
# Words right before a date that ends a span (截至6月30日, 至6月30日, 2月1日至3日)
_SPAN_ENDS = ("截至", "截止", "至", "到")
# Words that go back to a day, not to the end of a span (时间回到2014年6月26日那天, 回溯到…)
_BACK_TO = ("回到", "回溯到", "追溯到", "倒回到")
# The words that close a dateline's date (十二月十五日电: when the report was filed)
_FILED = ("电", "讯")
# A date the report was made on: 记者6月3日从江津区获悉, 3日了解到, 16日,记者从…公司获悉
# (or the day figures were given: 5月9日,区商务委发布的数据显示)
_REPORTED = re.compile(r"[，,]?\s*[^，,。]{0,24}?(?:获悉|了解到|得知|(?:信息|数据|统计)显示)")
# A day a paper came out on (3月8日出版的《经济日报》, 3日刊发的): when it was told
_PUBLISHED = re.compile(r"(?:出版|刊发|刊登|刊载|发表)的?[《“\"]")
# A day told by the report's own (昨天首航, 前天发车, 今日上午…): days back from the document's
# day (今日 and 今天 only as a time of it, not 《今日中国》)
_RELATIVE = re.compile(
    "昨天|昨日|昨晚|昨夜|前天|前日|(?:今日|今天)(?=[，,上下早晚凌中午])|今晨|今早"
)
_DAYS_BACK = {"昨": 1, "前": 2, "今": 0}
# A few days before the report (近日, 日前): its month, where nothing finer is told
_RECENT = re.compile("近日|日前")
_FEW_DAYS = 7
_ANY_YEAR = 2001  # (a year that is no leap year, for a day told without one)
# The document's own date, as the cleaner writes it: YYYY-MM-DD … or MM-DD …
_DOC_DATE = re.compile(r"(?:(?P<y>\d{4})-)?(?P<m>\d{2})-(?P<d>\d{2})")


def _month(told: str) -> int:
    """A month's number as told: 3, or 元 for the first (2022年元月)."""
    return 1 if told == "元" else int(told)


class EventDate(NamedTuple):
    """A date read in the text: ``value`` is ``YYYY-MM-DD`` or ``MM-DD``."""

    value: str
    year_inferred: bool
    start: int


class DocumentDate(NamedTuple):
    """What the document says of its own date (any part may be unknown)."""

    year: int | None
    month: int | None
    day: int | None


# How many days a report may seem filed after the page that carries it is dated (a day's
# difference of time zones, or of a page dated by its first edition): further on, the
# report is of the year before (贵阳12月8日电 on a page dated 11月18日: a repost, a year on)
_FILED_AFTER_PAGE = 2


def document_date(doc_date: str | None, text: str) -> DocumentDate:
    """The document's date: its dateline's (the report's own day), else its metadata's;
    a dateline without a year takes the metadata's, or the year before where its day
    would fall after the metadata's (:data:`_FILED_AFTER_PAGE`: a repost of a December
    report, dated in November)."""
    meta = _DOC_DATE.match(doc_date) if doc_date else None
    meta_year = int(meta.group("y")) if meta and meta.group("y") else None
    head = min(len(text), 400)

    def filed(year: int | None, mon: int, day: int) -> DocumentDate:
        # (a dateline without its year: the metadata's, or the year before, as above)
        if year is None and meta_year is not None:
            after = (mon - int(meta.group("m"))) * 31 + day - int(meta.group("d"))
            year = meta_year - 1 if after > _FILED_AFTER_PAGE else meta_year
        return DocumentDate(year, mon, day)

    for m in _DATE.finditer(text, 0, head) if text.find("日", 0, head) >= 0 else ():
        if m.group("wire") and m.group("m"):
            year = int(m.group("y")) if m.group("y") else None
            return filed(year, _month(m.group("m")), int(m.group("d") or m.group("t")))
    # (中新网太仓十二月十五日电: a dateline in Chinese numerals, as reposts abroad write it)
    for m in _CN_DATE.finditer(text, 0, head) if "日电" in text[:head] else ():
        if text.startswith(_FILED, m.end()):
            year = int(_cn_year(m.group("y"))) if m.group("y") else None
            return filed(year, _cn_number(m.group("m")), _cn_number(m.group("d")))
    if meta:
        return DocumentDate(meta_year, int(meta.group("m")), int(meta.group("d")))
    return DocumentDate(None, None, None)


def month_of_year_before(text: str, start: int, end: int, before: int) -> EventDate | None:
    """A month told without its year in ``text[start:end]`` (…;5月,…接力航线开通), in the
    last year told in full in ``text[before:start]`` (2015年1月,航道贯通;…): its clause
    of a sentence whose first clause gave the year. None where either is missing."""
    for m in _MONTH.finditer(text, start, end) if text.find("月", start, end) >= 0 else ():
        if m.group("y") or m.group("this") or m.group("same") or m.group("last"):
            return None
        mon = _month(m.group("m"))
        if not 1 <= mon <= 12 or (m.start() > start and text[m.start() - 1].isdigit()):
            continue
        told = [y for y in _YEAR_TOLD.finditer(text, before, start) if y.group("y")]
        return EventDate(f"{told[-1].group('y')}-{mon:02d}", False, m.start()) if told else None
    return None


def dates_in(text: str, start: int, end: int, *, document: DocumentDate) -> list[EventDate]:
    """The event dates in ``text[start:end]``, in order (datelines left out).

    A day alone takes the ``document``'s month, a date without a year its year (marked
    as inferred; see the module docs). Where no day is given, a month with its year
    (``2011年3月``, or the document's year for 今年3月) is a date ``YYYY-MM``; where no
    month is given either, a year (``2023年``) is a date ``YYYY``.
    """
    # (Each pattern needs its character: 日, 月, 年. ``re`` would try it at every position.)
    days = _days(text, start, end, document) if text.find("日", start, end) >= 0 else None
    if days is not None and text.find("月", start, end) >= 0:
        # (十一月二十六日: a date in Chinese numerals, month and day told)
        # (not a dateline's, 十二月十五日电: when the report was filed)
        told = [
            _cn_date(m, document)
            for m in _CN_DATE.finditer(text, start, end)
            if not text.startswith(_FILED, m.end())
        ]
        days = sorted([*days, *filter(None, told)], key=lambda d: d.start)
    if days:
        return days
    relative = _RELATIVE.search(text, start, end) if document.month and document.day else None
    told = _relative_day(relative, document) if relative is not None else None
    if told is not None:
        return [told]
    # (近日,…从水富港首次起航: the report's month, where a few days before fall in it)
    recent = (
        _RECENT.search(text, start, end)
        if document.year and document.month and (document.day or 0) > _FEW_DAYS
        else None
    )
    if recent is not None:
        return [EventDate(f"{document.year:04d}-{document.month:02d}", True, recent.start())]
    out = []
    for m in _MONTH.finditer(text, start, end) if text.find("月", start, end) >= 0 else ():
        mon = _month(m.group("m"))
        if not 1 <= mon <= 12 or (m.start() > start and text[m.start() - 1].isdigit()):
            continue
        if m.group("y"):
            out.append(EventDate(f"{m.group('y')}-{mon:02d}", False, m.start()))
        elif m.group("same"):
            # (2022年,…于当年5月开通: the year told before it in the sentence)
            told = list(_YEAR_TOLD.finditer(text, start, m.start()))
            if told and told[-1].group("y"):
                out.append(EventDate(f"{told[-1].group('y')}-{mon:02d}", False, m.start()))
            elif told and document.year:
                year = document.year - _YEARS_BACK[told[-1].group("back") + "年"]
                out.append(EventDate(f"{year:04d}-{mon:02d}", True, m.start()))
        elif (m.group("this") or m.group("last")) and document.year:
            year = document.year - (1 if m.group("last") else 0)
            out.append(EventDate(f"{year:04d}-{mon:02d}", True, m.start()))
        elif (year := _year_of_sentence(text, start, m.start())) is not None:
            # (2009年第一季度,…自2月底开通…航线后: the year of the period told before it)
            out.append(EventDate(f"{year}-{mon:02d}", False, m.start()))
    if text.find("年", start, end) >= 0:
        # (从二○○七年九月起: a month of a year, told in Chinese numerals)
        for m in _CN_MONTH.finditer(text, start, end):
            year = _cn_year(m.group("y"))
            out.append(EventDate(f"{year}-{_cn_number(m.group('m')):02d}", False, m.start()))
        out.sort(key=lambda d: d.start)
    if out:
        return out
    for m in _YEAR.finditer(text, start, end) if text.find("年", start, end) >= 0 else ():
        if m.start() > start and text[m.start() - 1].isdigit():
            continue
        out.append(EventDate(m.group("y"), False, m.start()))
    if not out and document.year:
        # (今年,果园港开通至宜宾等6条航线: the document's year)
        for m in _YEAR_OF_REPORT.finditer(text, start, end):
            year = document.year - _YEARS_BACK[m.group()]
            out.append(EventDate(f"{year:04d}", True, m.start()))
    return out


# A period of a year told in full (2009年第一季度, 2023年上半年): a month told after it in
# its sentence, without a year of its own, is of that year (2009年第一季度,…其中自2月底开通…
# 航线后); not a year told alone (2011年,…开通…,随后又在10月…: the year dates what it tells)
_YEAR_OF_PERIOD = re.compile(
    r"(?P<y>(?:19|20)\d{2})年(?:第?[一二三四1-4]季度|[上下]半年|前[二两三]季度|上半年度)"
)
# A year other than the one told before, right before a month (次年5月, 明年3月)
_OTHER_YEAR = ("次年", "翌年", "明年", "来年", "后年", "上年")


def _year_of_sentence(text: str, start: int, at: int) -> str | None:
    """The year of a month told at ``at`` without its own: the year of the last period
    told before it from ``start`` (its sentence), unless another year is told right
    before the month; else None."""
    if text.endswith(_OTHER_YEAR, start, at):
        return None
    told = list(_YEAR_OF_PERIOD.finditer(text, start, at))
    return told[-1].group("y") if told else None


def _relative_day(m: re.Match, document: DocumentDate) -> EventDate | None:
    """The day ``m`` (昨天, 前天, 今日…) tells, counted from the document's own day (none
    where that day is no day of the calendar: a page dated 2月30日)."""
    back = _DAYS_BACK[m.group()[0]]
    try:
        today = date(document.year or _ANY_YEAR, document.month, document.day)
    except ValueError:
        return None
    day = today - timedelta(days=back)
    if document.year is None:
        return EventDate(f"{day.month:02d}-{day.day:02d}", False, m.start())
    return EventDate(day.isoformat(), True, m.start())


# A date in Chinese numerals, its month and day told (二〇二三年十一月二十六日): never a
# day alone (十日可达 is ten days)
_CN_DATE = re.compile(
    # (a year's zero often typed as a circle or a letter: 二○一三年, 二Ｏ一三年)
    "(?:(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年)?(?P<m>十[一二]?|[一二三四五六七八九])月"
    "(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
# A month of a year in Chinese numerals, no day told (二○○七年九月起)
_CN_MONTH = re.compile(
    "(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>十[一二]?|[一二三四五六七八九])月"
    "(?!三十|二?十|[一二三四五六七八九]日)"
)


def _cn_year(told: str) -> str:
    """A year in Chinese numerals (二〇二三), in digits."""
    return "".join(str(_CN_DIGITS[c]) for c in told)


def _cn_number(told: str) -> int:
    """一 to 三十一, in Chinese numerals, as a number."""
    if "十" not in told:
        return _CN_DIGITS[told]
    tens, _, ones = told.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _cn_date(m: re.Match, document: DocumentDate) -> EventDate | None:
    mon, day = _cn_number(m.group("m")), _cn_number(m.group("d"))
    if not 1 <= day <= 31:
        return None
    if m.group("y"):
        year = _cn_year(m.group("y"))
        return EventDate(f"{year}-{mon:02d}-{day:02d}", False, m.start())
    if document.year is not None:
        return EventDate(f"{document.year:04d}-{mon:02d}-{day:02d}", True, m.start())
    return EventDate(f"{mon:02d}-{day:02d}", False, m.start())


def _days(text: str, start: int, end: int, document: DocumentDate) -> list[EventDate]:
    year, month = document.year, document.month
    out = []
    for m in _DATE.finditer(text, start, end):
        if (
            m.group("wire")
            or _REPORTED.match(text, m.end())
            or _PUBLISHED.match(text, m.end())
            or text.endswith("记者", 0, m.start())
        ):
            continue  # (3月12日电, 记者3日获悉, 8日出版的《经济日报》: when it was reported)
        if text.endswith(_SPAN_ENDS, start, m.start()) and not text.endswith(
            _BACK_TO, start, m.start()
        ):
            continue  # (自1月下旬首趟…开行,至6月30日,已累计开行…: the end of a span of figures)
        day = int(m.group("d") or m.group("t"))
        mon = _month(m.group("m")) if m.group("m") else month
        if m.group("t") and mon and document.day and day > document.day:
            # (今(30)日 on a page of 7月4日: the day the report was first made, in the month
            # before; the page reposts it)
            mon = mon - 1 or 12  # (December: of the year before, as below)
        if mon is None or not (1 <= mon <= 12 and 1 <= day <= 31):
            continue
        if m.group("m") is None and m.group("t") is None and m.start() > start:
            # a bare 8日 right after a number is part of something else (2018日)
            if text[m.start() - 1].isdigit():
                continue
        if m.group("y"):
            out.append(EventDate(f"{m.group('y')}-{mon:02d}-{day:02d}", False, m.start()))
        elif (
            out
            and not out[-1].year_inferred
            and len(out[-1].value) == 10
            and (
                text.endswith(_SAME_YEAR, start, m.start())
                # (2021年5月20日,…首次开出…班列,7月28日,又开出…: later in the year told
                # before, in the same sentence)
                or (
                    m.group("m")
                    and mon >= int(out[-1].value[5:7])
                    and not text.endswith(("今年", "去年", "前年", "本年"), start, m.start())
                )
            )
        ):
            # (自2016年4月28日…开通后,同年6月13日: the year of the date told before)
            out.append(EventDate(f"{out[-1].value[:4]}-{mon:02d}-{day:02d}", False, m.start()))
        elif year is not None:
            after = (mon - (month or mon)) * 31 + day - (document.day or day)
            inferred = year - 1 if after > 31 else year
            out.append(EventDate(f"{inferred:04d}-{mon:02d}-{day:02d}", True, m.start()))
        else:
            out.append(EventDate(f"{mon:02d}-{day:02d}", False, m.start()))
    return out
