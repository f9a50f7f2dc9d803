"""Markup steps: newlines, control and zero-width characters; HTML (comments, scripts
and styles with their content, tags, entities); full-width forms and odd spaces.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

from cqmap.geo.clean.chars import ATTENTION_COMBINING, ATTENTION_FULLWIDTH, ATTENTION_ODD
from cqmap.geo.clean.document import Draft

_NEWLINE_RE = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# C0/C1 controls (not tab/newline), zero-width characters, BOMs, soft hyphens.
_INVISIBLE_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")

_HTML_HINT_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|<!--|<!DOCTYPE", re.I)
_HTML_DROP_RE = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|noscript|template|svg|iframe|object|head)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<!DOCTYPE[^>]*>|<\?xml[^>]*>",
    re.I | re.S,
)
_BLOCK_TAGS = (
    "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|"
    "footer|form|h[1-6]|header|hr|html|li|main|nav|ol|option|p|pre|section|table|tbody|td|"
    "tfoot|th|thead|title|tr|ul"
)
_ATTRS = r"(?:[^<>\"']|\"[^\"]*\"|'[^']*')*"
_BLOCK_TAG_RE = re.compile(rf"</?(?:{_BLOCK_TAGS})\b{_ATTRS}>", re.I)
_TAG_RE = re.compile(rf"</?[A-Za-z][A-Za-z0-9:-]*\b{_ATTRS}>")
_ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# The rest of a tag whose "<" a mojibake "?" swallowed: "?/p>".
TAG_REMNANT_RE = re.compile(r"/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,200})?/?>")

FULLWIDTH_TABLE = (
    {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
    | {0x3000: 0x20, 0xA0: 0x20}
    # (a horizontal bar, a box-drawing line or a figure dash typed as a dash between
    # places: 大连―新西伯利亚, 洋浦─海防)
    | {0x2015: 0x2014, 0x2500: 0x2014, 0x2012: 0x2014}
)
_FULLWIDTH_ASCII = {chr(k): chr(v) for k, v in FULLWIDTH_TABLE.items()}


def _strip_controls(text: str, counts: dict[str, int]) -> str:
    text = _NEWLINE_RE.sub("\n", text)
    text, n = _INVISIBLE_RE.subn("", text)
    counts["control_chars"] += n
    return text


def _strip_html(text: str, counts: dict[str, int]) -> str:
    if "<" in text and _HTML_HINT_RE.search(text):
        text, n_drop = _HTML_DROP_RE.subn("\n", text)
        text, n_block = _BLOCK_TAG_RE.subn("\n", text)
        text, n_tag = _TAG_RE.subn("", text)
        counts["html_tags"] += n_drop + n_block + n_tag
    # Twice at most: scraped text is often escaped once too often ("&amp;nbsp;").
    for _ in range(2):
        if "&" not in text:
            break
        n = len(_ENTITY_RE.findall(text))
        if not n:
            break
        counts["html_entities"] += n
        text = html.unescape(text)
    return text


def _normalise_fullwidth(text: str, counts: dict[str, int], present: Iterable[str]) -> str:
    """Full-width forms and odd spaces to ASCII; ``present`` are the ones ``text`` holds.

    One ``str.count`` and ``str.replace`` per distinct form present: documents hold few,
    so this beats a regex pass (and ``str.translate`` costs ~50 ns per character).
    """
    n = 0
    for ch in present:
        n += text.count(ch)
        text = text.replace(ch, _FULLWIDTH_ASCII[ch])
    counts["fullwidth_chars"] += n
    return text


# --------------------------------------------------------------------------- steps
def strip_controls(draft: Draft) -> None:
    """Newlines to ``\\n``; control and zero-width characters out."""
    if not draft.found.isdisjoint(ATTENTION_ODD):
        draft.text = _strip_controls(draft.text, draft.counts)


def strip_html(draft: Draft) -> None:
    """Comments, scripts and styles with their content, tags (block tags become line
    breaks), entities."""
    text = draft.text
    if "<" in text or "&" in text:
        stripped = _strip_html(text, draft.counts)
        if stripped is not text:  # entities may have brought new characters (&nbsp;)
            draft.text = stripped
            draft.rescan()
            strip_controls(draft)


def normalise_fullwidth(draft: Draft) -> None:
    """Full-width ASCII forms, ideographic and no-break spaces to ASCII; a horizontal bar,
    a box-drawing line or a figure dash to an em dash."""
    present = draft.found & ATTENTION_FULLWIDTH
    if present:
        draft.text = _normalise_fullwidth(draft.text, draft.counts, present)


def compose_accents(draft: Draft) -> None:
    """Combining tone marks composed (``qu\\u0304`` -> ``qū``), for the readings step."""
    if not draft.found.isdisjoint(ATTENTION_COMBINING):
        draft.text = unicodedata.normalize("NFC", draft.text)


# A date a page spaced out (2024 年 11 月 18 日, 5 月6 日: e-papers and PDFs): written
# together, as every reader of dates expects. A year has four digits, a day follows a
# month (not 阅读:212 日期), and only a date with a space in it is counted.
_SPACED_DATE_RE = re.compile(
    r"(?<![\d.])(?:\d{4} *年(?: *\d{1,2} *月(?: *\d{1,2} *日)?)?|\d{1,2} *月(?: *\d{1,2} *日)?)"
)
# (a space next to 年, 月 or 日: the only texts the pattern is run on, found by substring
# searches, which cost far less than a scan)
_SPACED_UNITS = (" 年", " 月", " 日", "年 ", "月 ")


def join_spaced_dates(draft: Draft) -> None:
    """Dates spaced out (``2024 年 11 月 18 日``) written together (``2024年11月18日``)."""
    text = draft.text
    if not any(unit in text for unit in _SPACED_UNITS):
        return
    n = 0

    def joined(m: re.Match[str]) -> str:
        nonlocal n
        date = m.group()
        if " " not in date:
            return date
        n += 1
        return date.replace(" ", "")

    draft.text = _SPACED_DATE_RE.sub(joined, text)
    draft.counts["spaced_dates_joined"] += n
