"""Sentence offsets of the cleaned text."""

from __future__ import annotations

import re

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


# A comma right before another mark of punctuation is noise some pages put after every
# phrase (重庆市江津区政协,、泸州市政协 … 建设工作,。): it is dropped, so that the list
# and the sentence read as written. (No comma stands meaningfully before 、,。;: .)
_STRAY_COMMA_RE = re.compile(r",,*(?=[,、。;:])")  # (",,*": a first literal, scanned fast)


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


def split_sentences(draft: Draft) -> None:
    """Sentence offsets of the final text."""
    draft.sentences = _sentences(draft.text)
