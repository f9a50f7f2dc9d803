"""The metadata step: title, date and outlet from the article head (never from the body)."""

from __future__ import annotations

import re

from cqmap.geo.clean.chars import CLAUSE_END, HAN_OR_WORD_RE, HAN_RE, SENT_END, SENT_PUNCT_RE
from cqmap.geo.clean.document import Draft

_DATE_YMD_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日?"
    r"(?: ?(\d{1,2}) ?[:时] ?(\d{1,2})(?: ?[:分] ?(\d{1,2}))?)?"
)
_DATE_MD_RE = re.compile(
    r"(?<![\d-])(\d{1,2})(?:-|月)(\d{1,2})日? ?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d-])"
)
# "华龙网-新重庆客户端3月2日9时讯", "新华社重庆1月5日电": the dateline opening a body.
_DATELINE_RE = re.compile(
    r"(?P<outlet>[^ ,。:()]{2,24}?)?\(? ?(?:(?P<y>(?:19|20)\d{2})年)?"
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:(?P<h>\d{1,2})时(?:(?P<mi>\d{1,2})分)?)? ?(?:电|讯)"
)
# A date written day first, as some sites' templates do (31.01.2015 13:26; 17:26 | 23/03/2020,
# its time first; 23/03/2020 | 17:26, its time after a bar)
_DATE_DMY_RE = re.compile(
    r"(?:(?P<h>\d{1,2}):(?P<mi>\d{2})\s*\|\s*)?"
    r"(?<![\d./])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})"
    r"(?:(?: |\s*\|\s*)(?P<hour>\d{1,2}):(?P<minute>\d{2}))?(?![\d./])"
)
_META_WORDS_RE = re.compile(r"来源|发布|时间|作者|编辑|日期|浏览|阅读")
# A line that holds nothing but a date (and a time), after a list's bullet
_BARE_DATE_LINE_RE = re.compile(rf"[\s•·|]*{_DATE_YMD_RE.pattern}[秒分]?\s*")
# A byline that opens with its date and time (2015-05-29 02:37:30 联合报 记者…)
_BYLINE_DATE_RE = re.compile(
    r"\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日? ?\d{1,2}[:时]\d{1,2}(?![\d])"
)
# A byline of an outlet's name and a date (九州物流网 2020-10-29; a portal and its paper:
# 舜网-济南日报 2021-03-15 08:20:45)
_OUTLET_DATE_LINE_RE = re.compile(
    r"\s*(?P<o>(?:[\u4e00-\u9fff]{1,10}[-—])?[\u4e00-\u9fff]{1,10}(?:网|报|社|台|客户端|在线|新闻))"
    rf"\s+{_DATE_YMD_RE.pattern}\s*"
)
# A byline of a writer's name and a date with its time (李宸仪 2017年04月11日 19:34:00)
_WRITER_DATE_LINE_RE = re.compile(
    r"\s*[\u4e00-\u9fff]{2,4}\s+(?:19|20)\d{2} ?[-/.年] ?\d{1,2} ?[-/.月] ?\d{1,2}日? ?"
    r"\d{1,2}[:时]\d{1,2}(?:[:分]\d{1,2})?\s*"
)
_OUTLET_RE = re.compile(
    r"(?:稿件|文章|信息|新闻)?来源 ?[:：] ?(?P<o>[^ |,;]{2,30}?)"
    r"(?= |$|[|,;]|作者|编辑|责任编辑|发布|时间|日期|浏览|阅读|分享|字号)"
)
# (a headline may end in ! or ?: 示范区专列首发!, 这趟班列何时开?)
_TITLE_BAD_END = frozenset(SENT_END + CLAUSE_END) - frozenset("！？!?")
_HEAD_LINES = 12  # metadata is looked for in the first lines only
# The end of a photo's caption: its credit (新华社记者 丁怡全 摄, 通讯员供图, (无人机照片))
_CAPTION_END = re.compile(r"(?:摄|供图|图片|照片\)|照片）)\s*$")


def _fmt_date(
    year: str | None,
    month: str,
    day: str,
    hour: str | None = None,
    minute: str | None = None,
    second: str | None = None,
) -> str | None:
    mo, d = int(month), int(day)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    date = f"{mo:02d}-{d:02d}" if year is None else f"{int(year):04d}-{mo:02d}-{d:02d}"
    if hour is None or minute is None:
        return date
    h, mi = int(hour), int(minute)
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return date
    date += f" {h:02d}:{mi:02d}"
    if second is not None and 0 <= int(second) <= 59:
        date += f":{int(second):02d}"
    return date


def _clean_outlet(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" -—·:()[]【】\"'“”《》")
    if len(name) < 2 or not HAN_OR_WORD_RE.search(name):
        return None
    return name


def _is_title(line: str) -> bool:
    return (
        len(line) <= 80
        and len(HAN_RE.findall(line)) >= 4
        and line[-1] not in _TITLE_BAD_END
        and "。" not in line
        and not _DATELINE_RE.match(line)
    )


def _metadata(
    lines: list[str], kinds: list[str | None]
) -> tuple[str | None, str | None, str | None]:
    """Title, date and outlet from the article head (never from the body)."""
    head = min(len(lines), _HEAD_LINES)
    first = next((i for i in range(head) if kinds[i] is None), None)
    # The headline stands right above the dateline when there is one (a site name or a
    # channel may come first); otherwise it is the first kept line, or there is none.
    dateline = next(
        (
            i
            for i in range(head)
            if kinds[i] == "chrome"
            and (_DATE_YMD_RE.search(lines[i]) or _DATE_MD_RE.search(lines[i]))
        ),
        None,
    )
    if dateline is not None:
        above = [i for i in range(dateline) if kinds[i] is None]
        if above and _is_title(lines[above[-1]]):
            first = above[-1]
    title = lines[first] if first is not None and _is_title(lines[first]) else None
    # The body starts at the first kept sentence or long line after the title.
    body = next(
        (
            i
            for i in range(head)
            if kinds[i] is None
            and not (i == first and title is not None)
            and (SENT_PUNCT_RE.search(lines[i]) or len(lines[i]) >= 60)
        ),
        None,
    )
    date = outlet = None
    # (a date above the headline is the page's, a crawl's or a print's, not the article's
    # when the byline under the headline gives one)
    above_title: str | None = None
    for i in range(body if body is not None else head):
        line = lines[i]
        if i == first and title is not None:
            continue
        if date is None and (
            kinds[i] == "chrome"
            or _META_WORDS_RE.search(line)
            or _BARE_DATE_LINE_RE.fullmatch(line)
            or _BYLINE_DATE_RE.match(line)
            or _DATE_DMY_RE.fullmatch(line.strip())
            or _OUTLET_DATE_LINE_RE.fullmatch(line)
            or _WRITER_DATE_LINE_RE.fullmatch(line)
        ):
            m = _DATE_YMD_RE.search(line)
            if m:
                date = _fmt_date(*m.groups())
            elif m := _DATE_DMY_RE.search(line):
                hour, minute = m["hour"] or m["h"], m["minute"] or m["mi"]
                date = _fmt_date(m["y"], m["m"], m["d"], hour, minute)
            else:
                m = _DATE_MD_RE.search(line)
                if m:
                    date = _fmt_date(None, *m.groups())
            if date is not None and title is not None and i < first and above_title is None:
                above_title, date = date, None
        if outlet is None:
            m = _OUTLET_RE.search(line) or _OUTLET_DATE_LINE_RE.fullmatch(line)
            if m:
                outlet = _clean_outlet(m.group("o"))
    if body is not None:
        m = _DATELINE_RE.match(lines[body])
        if m is None and _CAPTION_END.search(lines[body]):
            # (a photo's caption first, its credit at the end: the dateline opens the line
            # after it)
            after = next((i for i in range(body + 1, len(lines)) if kinds[i] is None), None)
            m = _DATELINE_RE.match(lines[after]) if after is not None else None
        if m:
            if date is None:
                hour = m.group("h")
                minute = m.group("mi") or ("0" if hour else None)
                date = _fmt_date(m.group("y"), m.group("m"), m.group("d"), hour, minute)
            if outlet is None:
                outlet = _clean_outlet(m.group("outlet"))
    return title, date or above_title, outlet


def read_metadata(draft: Draft) -> None:
    """Title, date and outlet from the classified lines of the head."""
    draft.title, draft.date, draft.outlet = _metadata(draft.lines, draft.kinds)
