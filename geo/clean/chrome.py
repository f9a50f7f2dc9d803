"""The chrome steps: whitespace; site chrome (breadcrumbs, datelines, share bars, disclaimers,
footers, menus, image placeholders, photo credits, ...) and spam lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate

from cqmap.geo.clean.chars import (
    ATTENTION_SPACE,
    CLAUSE_END,
    HAN_OR_WORD_RE,
    SENT_END,
    SENT_PUNCT_RE,
)
from cqmap.geo.clean.chrome_words import (
    LINE_PATTERNS,
    MARKER_LIMITS,
    SPAM_MIN,
    SPAM_WEAK,
    TOKENS,
    LinePattern,
)
from cqmap.geo.clean.document import Draft

_ODD_SPACE_RE = re.compile("[\t\u1680\u2000-\u200a\u202f\u205f]")


def _dispatch(patterns: Iterable[LinePattern]) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Per first character, the patterns a line starting with it may match.

    Each pattern is compiled once (3–4 ms for all): one alternation per first character
    matched the same lines, but compiling the three dozen of them took about 13 ms.
    """
    by_first: dict[str, list[re.Pattern[str]]] = {}
    for _, firsts, pattern, _ in patterns:
        rx = re.compile(pattern)
        for ch in firsts:
            by_first.setdefault(ch, []).append(rx)
    return {ch: tuple(rxs) for ch, rxs in by_first.items()}


_LINE_DISPATCH = _dispatch(LINE_PATTERNS)
_SPAM_WEAK_RE = re.compile("|".join(SPAM_WEAK))
# Structural chrome, tried only on lines holding the separator they need.
_BREADCRUMB_RE = re.compile(r"[^ >›»。,]{1,12}(?: ?[>›»] ?[^ >›»。,]{1,12}){2,} ?[>›»]?")
# Items start and end with a non-space, so each line splits one way only (no backtracking).
_NAV_ITEM = r"[^| ](?:[^|]{0,8}[^| ])?"
_NAV_RE = re.compile(rf"{_NAV_ITEM}(?: ?\| ?{_NAV_ITEM}){{2,}} ?\|?")
_MENU_RE = re.compile(r"(?:[^ 。,!?]{1,5} ){3,}[^ 。,!?]{1,5}")
# A letter, digit or Han character: HAN_OR_WORD_RE or an ASCII digit (a Han class of its own
# would take 1.6 ms to compile: ``re`` builds its bitmap a character at a time).
_DIGIT_RE = re.compile("[0-9]")
# What _is_structural_chrome needs. A plain class: ``re`` scans it fast (a literal
# alternative such as "客户端" would make it try the whole pattern at every position).
_STRUCTURE_RE = re.compile("[|>›» 端]")
# A photo credit (compiled when a credit marker first needs it: ``re.fullmatch`` caches it).
# A caption that tells what the photo shows, a sentence (…抵达港口。 某某 摄) or 图为…, is
# the article's text: the places and ports it names are the article's.
_CREDIT = r"(?!图为)[^。]{0,40}(?: |记者|通讯员|^)[\u4e00-\u9fff·]{2,5} ?/?(?:摄|摄影|供图)"


def _token_regex(tokens: Iterable[str]) -> str:
    """An alternation grouped by first character (``re`` tries one group per position)."""
    groups: dict[str, list[str]] = {}
    for tok in tokens:
        # The first atom: a literal character, or an escape such as "\\.".
        n = 2 if tok[0] == "\\" else 1
        groups.setdefault(tok[:n] if n == 2 else re.escape(tok[0]), []).append(tok[n:])
    parts = []
    for first, rests in groups.items():
        tails = "|".join(sorted(rests, key=len, reverse=True))
        parts.append(f"{first}(?:{tails})" if tails else first)
    return "|".join(parts)


_TOKEN_RE = re.compile(_token_regex(p for pats in TOKENS.values() for p in pats), re.MULTILINE)
_TOKEN_LITERAL = {p: kind for kind, pats in TOKENS.items() for p in pats if re.escape(p) == p}
_TOKEN_PATTERNS = [
    (kind, re.compile(p)) for kind, pats in TOKENS.items() for p in pats if p not in _TOKEN_LITERAL
]
# After one of these (and after the body began) the article is over: short lines that
# follow are footer menus and channel names.
_FOOTER_RE = re.compile(
    r"免责声明|版权声明|责任编辑|责编|版权所有|ICP[备证]|公网安备|附件下载|热榜|相关阅读|相关新闻"
    r"|推荐阅读|猜你喜欢|Copyright|上一篇|下一篇|上一条|下一条"
)
_FOOTER_SHORT = 12
# After a list of other articles (相关新闻, 推荐阅读 ...), headlines: longer, no full stop.
# (加载更多, 载入更多: a button under which more headlines load)
_RELATED_RE = re.compile(
    r"相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|猜你喜欢|热榜|加载更多|载入更多"
    # (a link to the previous or next article, its headline on the line under it)
    r"|上一篇|下一篇|上一条|下一条"
)
_HEADLINE = 40
_BODY_LINE = 40  # a kept line this long (or with a full stop) means the body has begun
_COPYRIGHT_RE = re.compile(r"版权所有|Copyright|©|ICP[备证]|公网安备|^\? ?(?:19|20)\d{2}")


@lru_cache(maxsize=4096)
def _token_kind(token: str) -> str:
    kind = _TOKEN_LITERAL.get(token)
    if kind is not None:
        return kind
    for kind, rx in _TOKEN_PATTERNS:
        if rx.fullmatch(token):
            return kind
    return "disclaimer"


# A menu's item on a line of its own: a word of one to four characters (成都, 国内新闻)
_MENU_ITEM_RE = re.compile("[\u4e00-\u9fff]{1,4}")
_MENU_ITEMS = 3


def _is_structural_chrome(line: str) -> bool:
    """Menus, navigation bars and breadcrumbs, recognised by their separators."""
    if not _STRUCTURE_RE.search(line):
        return False
    if len(line) <= 7 and line.endswith("客户端"):
        return True
    if "|" in line and len(line) <= 300 and _NAV_RE.fullmatch(line):
        return True
    if line.count(" ") >= 3 and len(line) <= 60 and _MENU_RE.fullmatch(line):
        return True
    return bool(_BREADCRUMB_RE.fullmatch(line))


def _split_lines(text: str, odd_spaces: bool) -> list[str]:
    """Non-empty lines, stripped, with single spaces (tabs and odd spaces included)."""
    if odd_spaces:
        text = _ODD_SPACE_RE.sub(" ", text)
    while "  " in text:  # each pass halves the runs of spaces
        text = text.replace("  ", " ")
    if " " in text:  # strip the lines: at most one space on either side of a line break
        text = text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    return list(filter(None, text.split("\n")))


# A table's rows, as pages paste them (福田区 | 兴国县 |): cells split by |
_TABLE_ROWS = 3
_TABLE_CELLS = range(2, 7)
_CELL_RE = re.compile("[^，,：:。；;！!？?]{1,15}")


def table_cells(line: str) -> int:
    """How many cells a line of a pasted table holds (福田区 | 兴国县 |: 2; 0 for no such
    line): two to six, each short and no clause."""
    if "|" not in line:
        return 0
    cells = [c.strip() for c in line.strip("| ").split("|")]
    if len(cells) not in _TABLE_CELLS:
        return 0
    # (a cell is short and no clause: not 作者: 峡江老张 | 来源:发表于…, a byline)
    return len(cells) if all(_CELL_RE.fullmatch(c) for c in cells) else 0


def _keep_tables(lines: list[str], kinds: list[str | None]) -> None:
    """Keep the rows of a table a page pasted (深圳市 | 赣州市 | / 福田区 | 兴国县 | / …):
    three or more lines in a row with as many cells each are content, not a menu."""
    i = 0
    while i < len(lines):
        n = table_cells(lines[i])
        j = i + 1
        while n and j < len(lines) and table_cells(lines[j]) == n:
            j += 1
        if n and j - i >= _TABLE_ROWS:
            for k in range(i, j):
                if kinds[k] == "chrome":
                    kinds[k] = None
        i = j


def _classify(text: str, lines: list[str]) -> list[str | None]:
    """Per line: ``"chrome"``, ``"spam"`` or ``None`` (kept)."""
    kinds: list[str | None] = [None] * len(lines)
    dispatch = _LINE_DISPATCH
    structure = _STRUCTURE_RE.search
    for i, line in enumerate(lines):
        first = line[0]
        rxs = dispatch.get(first)
        if rxs is not None and any(rx.fullmatch(line) for rx in rxs):
            kinds[i] = "chrome"
        elif (len(line) <= 60 or "|" in line) and structure(line) and _is_structural_chrome(line):
            kinds[i] = "chrome"
        elif not first.isalnum() and not HAN_OR_WORD_RE.search(line) and not _DIGIT_RE.search(line):
            kinds[i] = "chrome"  # nothing but punctuation

    _keep_tables(lines, kinds)

    # Markers and lexicon words, found in one pass over the whole text.
    starts: list[int] | None = None  # where each line starts (found lazily: few texts need it)
    disclaimer: dict[int, set[str]] = {}
    strong: dict[int, set[str]] = {}
    for m in _TOKEN_RE.finditer(text):
        if starts is None:
            starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
        i = bisect_right(starts, m.start()) - 1
        token = m.group()
        kind = _token_kind(token)
        if kind == "disclaimer":
            disclaimer.setdefault(i, set()).add(token)
        elif kind == "strong":
            before = text[m.start() - 1] if m.start() else ""
            if not (before.isascii() and before.isalpha()):  # not "AV" inside a word
                strong.setdefault(i, set()).add(token)
        elif kinds[i] is None and len(lines[i]) <= MARKER_LIMITS[kind]:
            if kind != "credit" or re.fullmatch(_CREDIT, lines[i]):
                kinds[i] = "chrome"
    for i, words in disclaimer.items():
        if kinds[i] is None and len(words) >= 2 and len(lines[i]) <= 160:
            kinds[i] = "chrome"
    for i, words in strong.items():
        weak = set(_SPAM_WEAK_RE.findall(lines[i]))
        if 3 * len(words) + len(weak) >= SPAM_MIN:
            kinds[i] = "spam"

    # Footer: once an end-of-article marker follows the body, short lines are menus.
    body = next(
        (
            i
            for i, line in enumerate(lines)
            if kinds[i] is None and (len(line) >= _BODY_LINE or SENT_PUNCT_RE.search(line))
        ),
        None,
    )
    chrome = [i for i, kind in enumerate(kinds) if kind == "chrome"]
    footer = None
    if body is not None:
        footer = next((i for i in chrome if i > body and _FOOTER_RE.search(lines[i])), None)
    if footer is not None:
        limit = _FOOTER_SHORT
        for i in range(footer, len(lines)):
            line = lines[i]
            if kinds[i] == "chrome" and limit < _HEADLINE and _RELATED_RE.search(line):
                limit = _HEADLINE
            elif kinds[i] is None and len(line) <= limit and not SENT_PUNCT_RE.search(line):
                kinds[i] = "chrome"
        chrome = [i for i, kind in enumerate(kinds) if kind == "chrome"]
    # A menu above the body, one item a line (成都 / | / 绵阳 / | / 德阳 …): three or more
    # lines of a short word each, chrome lines between them allowed.
    if body is not None:
        run: list[int] = []
        for i in range(body + 1):
            if i < body and kinds[i] is None and _MENU_ITEM_RE.fullmatch(lines[i]):
                run.append(i)
            elif i == body or kinds[i] != "chrome":
                if len(run) >= _MENU_ITEMS:
                    for k in run:
                        kinds[k] = "chrome"
                run = []
    # A site name standing right above the copyright line. (Each step reads the line
    # above before any step changes it: the chrome lines can be listed first.)
    for i in chrome:
        if i and kinds[i - 1] is None and _COPYRIGHT_RE.search(lines[i]):
            above = lines[i - 1]
            if len(above) <= 20 and not any(p in above for p in SENT_END + CLAUSE_END):
                kinds[i - 1] = "chrome"
    return kinds


# --------------------------------------------------------------------------- steps
def classify_lines(draft: Draft) -> None:
    """Lines stripped, spaces single; each line's kind: chrome, spam or kept (``None``)."""
    draft.lines = _split_lines(draft.text, not draft.found.isdisjoint(ATTENTION_SPACE))
    draft.text = "\n".join(draft.lines)
    draft.kinds = _classify(draft.text, draft.lines)


def drop_chrome(draft: Draft) -> None:
    """The chrome and spam lines out (after the metadata step has read the head)."""
    kinds = draft.kinds
    draft.counts["chrome_lines"] = kinds.count("chrome")
    draft.counts["spam_lines"] = kinds.count("spam")
    if any(kinds):
        draft.text = "\n".join(
            line for line, kind in zip(draft.lines, kinds, strict=True) if kind is None
        )
