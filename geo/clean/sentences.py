"""Sentence offsets of the cleaned text."""

from __future__ import annotations

import re

from cqmap.geo.clean.chars import HAN
from cqmap.geo.clean.document import Draft

# A sentence: from a non-space character to a run of terminators (with closing quotes),
# or to a line break that does not follow clause punctuation.
_SENTENCE_RE = re.compile(
    r"\S[^\n。！？!?；…]*(?:(?<=[，,、:：;])\n[^\n。！？!?；…]*)*"
    r"(?:[。！？!?；…]+[”’\"'」』)）》】]*)?"
)


# A line ending in one of these is a sentence broken by the page's layout (泸州—\n成都、\n
# 泸州—\n昆明: pages that break lines after every dash or comma): it is joined to the next.
# (A line ending in ":" or ";" may open or end a list item: it stays, and only its sentence
# goes on, as _SENTENCE_RE says.)
JOINS_NEXT_LINE = "，,、—–至到经与和及"  # (not ~: a tilde ends a chatty line)
# (The line break first: ``re`` then skips to each one instead of trying every position.)
_BROKEN_LINE_RE = re.compile(f"\n(?<=[{JOINS_NEXT_LINE}]\n)(?=\\S)")


# A page laid out as verse, a phrase to a line with no punctuation (many posts of social
# accounts: 6月3日上午\n一趟载着柑橘的班列\n从万州港出发\n驶向钦州港), breaks its sentences at
# every line. A run of at least VERSE_RUN such lines is one passage: each break in it is a
# comma, or nothing after a word that leaves its phrase open (…的\n班列). A line is verse when
# it is short, holds a Han character, ends in no mark, and is no list item, no row of words
# set apart by spaces or bars (a menu's, a table's: 首页 新闻 图片).
VERSE_LINE_MAX = 24
VERSE_RUN = 4
_END_UNMARKED = "(?<![。！？!?；;…：:，,、 ])"
# (matched whole against one line: its length first, so that a long line is given up at once)
_VERSE_LINE = re.compile(
    f"(?=[^\n|｜\t]{{2,{VERSE_LINE_MAX}}}\\Z)"
    f"(?![0-9０-９]{{1,2}}[.、．)）]|[(（][0-9０-９一二三四五六七八九十]{{1,2}}[)）]"
    f"|[一二三四五六七八九十]{{1,3}}[、.．]|[·•●▪■□◆◇★☆>\\-])"
    f"(?=.*[{HAN}])(?!.*[{HAN}] +[{HAN}]).+{_END_UNMARKED}"
)
_OPEN_PHRASE_END = "的由从在向往把被将对"


# (a cheap look for VERSE_RUN short lines in a row after the first, ending in no mark,
# before the lines are split and looked at one by one: most pages hold none; a line break
# first, so that ``re`` skips from one to the next; a longer line given up at once)
_SHORT_LINES = re.compile(
    f"\n[^\n]{{2,{VERSE_LINE_MAX}}}+{_END_UNMARKED}"
    f"(?:\n[^\n]{{2,{VERSE_LINE_MAX}}}+{_END_UNMARKED}){{{VERSE_RUN - 1}}}(?![^\n])"
)


def _verse_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) indices of the runs of at least :data:`VERSE_RUN` verse lines."""
    runs, start = [], None
    for i, line in enumerate([*lines, ""]):
        verse = _VERSE_LINE.fullmatch(line) is not None
        if verse and start is None:
            start = i
        elif not verse and start is not None:
            if i - start >= VERSE_RUN:
                runs.append((start, i - 1))
            start = None
    return runs


# A comma right before another mark of punctuation is noise some pages put after every
# phrase (重庆市江津区政协,、泸州市政协 … 建设工作,。), and so is one right after a mark of
# a list or a sentence's end (林查班港、,曼谷港): it is dropped, so that the list and the
# sentence read as written. (No comma stands meaningfully before 、,。;: , nor after 、。;: .)
# (",": a first literal, scanned fast; then commas before a mark, or a mark before it)
_STRAY_COMMA_RE = re.compile(r",(?:(?<=[、。;:],),*|,*(?=[,、。;:]))")


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans: split at 。！？!?；… (closing quotes included) and at line breaks,
    except that a line ending in ，,、:：; continues into the next one."""
    return tuple(m.span() for m in _SENTENCE_RE.finditer(text))


def drop_stray_commas(draft: Draft) -> None:
    """Drop the commas that stand right before another mark (:data:`_STRAY_COMMA_RE`)."""
    if "," in draft.text:
        draft.text, n = _STRAY_COMMA_RE.subn("", draft.text)
        draft.counts["stray_commas"] += n


def join_broken_lines(draft: Draft) -> None:
    """Join a line that ends in one of :data:`JOINS_NEXT_LINE` to the next one."""
    if "\n" in draft.text:
        draft.text, n = _BROKEN_LINE_RE.subn("", draft.text)
        draft.counts["broken_lines_joined"] += n


def join_verse_lines(draft: Draft) -> None:
    """Join the lines of each run of verse lines (:data:`_VERSE_LINE`) into one passage."""
    if "\n" not in draft.text or _SHORT_LINES.search(draft.text) is None:
        return
    lines = draft.text.split("\n")
    # (the title, first, stands alone: it is no phrase of the passage under it)
    runs = [(max(first, 1), last) for first, last in _verse_runs(lines)]
    runs = [(first, last) for first, last in runs if last - first + 1 >= VERSE_RUN]
    if not runs:
        return
    for first, last in runs:
        for i in range(first, last):
            mark = "" if lines[i][-1] in _OPEN_PHRASE_END else ","
            lines[i + 1] = lines[i] + mark + lines[i + 1]
            lines[i] = None
        draft.counts["broken_lines_joined"] += last - first
    draft.text = "\n".join(line for line in lines if line is not None)


def split_sentences(draft: Draft) -> None:
    """Sentence offsets of the final text."""
    draft.sentences = _sentences(draft.text)
