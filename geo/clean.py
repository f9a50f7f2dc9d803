"""Clean Chinese news articles scraped from the web into plain Simplified text.

The pipeline, in order (each step counts what it did in ``CleanedDocument.cleaning``):

1. bytes -> text (:func:`read_text`): BOMs, ``<meta charset>``, then the most plausible
   of the candidate decodings (UTF-8, GB18030, Big5, UTF-16);
2. newlines, control and zero-width characters;
3. HTML: comments, ``<script>``/``<style>`` and the like with their content, tags
   (block tags become line breaks), entities;
4. full-width ASCII forms, ideographic and no-break spaces -> ASCII;
5. pinyin readings inserted after characters (``區(qū)``);
6. GBK-shifted mojibake (:func:`_repair_mojibake`);
7. Traditional -> Simplified (:func:`to_simplified`, exactly OpenCC ``t2s``), then
   著 -> 着 where it is not the zhù reading;
8. whitespace; site chrome (breadcrumbs, datelines, share bars, disclaimers, footers,
   menus, image placeholders, photo credits, ...) and spam lines;
9. title, date and outlet from the article head; sentence offsets.

Everything is deterministic, and ``clean_bytes(b)`` equals ``clean_text(read_text(b)[0])``
apart from the recorded encoding. Only the standard library and the dictionary files of
opencc-python-reimplemented are used; ``geo`` never imports ``layers`` or ``cli``.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, product
from typing import NamedTuple

from geo.patterns import char_class, trie_regex
from geo.t2s import changes_script, code_points, to_simplified, use_arrays
from geo.t2s import tables as _t2s_tables

__all__ = [
    "CLEANING_KEYS",
    "CleanedDocument",
    "DocumentError",
    "clean_bytes",
    "clean_text",
    "read_text",
    "decode",
    "Decoded",
    "MAX_REPLACED",
    "to_simplified",
]

#: The fixed key set of ``CleanedDocument.cleaning``: bytes no encoding could decode,
#: replaced by U+FFFD (at most 1 % of a file; see :func:`decode`); tags (and tag remnants) and
#: entities removed; control and zero-width characters removed; full-width forms
#: normalised; pinyin readings removed; mojibake runs repaired (wholly or in part, and
#: lost characters restored from their reading); mojibake left unrepaired (runs with a
#: character that could not be restored, and lost characters dropped: "?" with a
#: reading, U+FFFD); characters converted to Simplified (counted as the characters
#: outside GB2312 that conversion removed: an estimate, cheap to get, that misses the
#: few GB2312 characters t2s changes too); 著 -> 着 fixes; chrome and spam lines dropped.
CLEANING_KEYS = (
    "bytes_replaced",
    "html_tags",
    "html_entities",
    "control_chars",
    "fullwidth_chars",
    "pinyin_readings",
    "mojibake_repaired",
    "mojibake_unrepaired",
    "converted_chars",
    "zhe_fixed",
    "chrome_lines",
    "spam_lines",
)


class DocumentError(ValueError):
    """The input cannot be read as a text document (empty, binary, truncated, undecodable)."""


@dataclass(frozen=True)
class CleanedDocument:
    """A cleaned article.

    Attributes
    ----------
    text
        Cleaned Simplified text, one paragraph per line (joined by ``"\\n"``).
    title, date, outlet
        Metadata from the article head, ``None`` when absent. ``date`` is
        ``YYYY-MM-DD HH:MM[:SS]`` or ``YYYY-MM-DD``, or without a year
        ``MM-DD HH:MM[:SS]`` / ``MM-DD``.
    encoding
        How the bytes were decoded (``"utf-8"`` for text given as ``str``).
    script
        ``"simplified"``, ``"traditional"`` or ``"mixed"``, from the input's characters.
    cleaning
        Counts per step, keys :data:`CLEANING_KEYS`.
    sentences
        ``(start, end)`` offsets into ``text``, one per sentence, in order.
    """

    text: str
    title: str | None
    date: str | None
    outlet: str | None
    encoding: str
    script: str
    cleaning: dict[str, int] = field(default_factory=dict)
    sentences: tuple[tuple[int, int], ...] = ()


# ---------------------------------------------------------------------------------------
# Character knowledge, derived from the codecs the standard library ships
# ---------------------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{_HAN}]")
_HAN_OR_WORD_RE = re.compile(f"[{_HAN}A-Za-z]")

# Punctuation a repaired run may contain (after full-width normalisation).
_CJK_PUNCT = frozenset("、。·—～…‘’“”〔〕〈〉《》「」『』〖〗【】!,.:;?()[]-~\"'%")
# A run's first character is (lost byte, first run byte). Shifts start at CJK
# punctuation, so the lost byte is taken as 0xA1/0xA3 when that gives one of these.
_PUNCT_LEADS = (0xA1, 0xA3)
_PUNCT_START = frozenset("、。“”‘’《》〈〉「」『』【】〔〕…—！，：；？（）")


@dataclass(frozen=True)
class _Charsets:
    common: frozenset[str]  # GB2312 level 1 and Big5 level 1: the frequent characters
    known: frozenset[str]  # all of GB2312 and Big5
    trad_only: frozenset[str]  # changed by t2s and absent from GB2312
    simp_only: frozenset[str]  # t2s results absent from Big5


def _pairs(codec: str, leads: Iterable[int], trails: Iterable[int]) -> Iterator[str]:
    trails = list(trails)
    for lead in leads:
        for trail in trails:
            try:
                yield bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue


@lru_cache(maxsize=1)
def _charsets() -> _Charsets:
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    gb1 = set(_pairs("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)))
    gb2 = set(_pairs("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF)))
    b51 = set(_pairs("big5", range(0xA4, 0xC6), big5_trails))
    b51.update(_pairs("big5", [0xC6], range(0x40, 0x7F)))
    b52 = set(_pairs("big5", range(0xC9, 0xFA), big5_trails))
    table = _t2s_tables().char_table
    mapped = {chr(i): v for i, v in enumerate(table) if isinstance(v, str)}
    trad_only = {k for k in mapped if k not in gb1 and k not in gb2}
    simp_only = {v for v in mapped.values() if len(v) == 1 and v not in b51 and v not in b52}
    simp_only -= set(mapped)
    common = gb1 | b51
    return _Charsets(
        common=frozenset(common),
        known=frozenset(gb1 | gb2 | b51 | b52),
        trad_only=frozenset(trad_only),
        simp_only=frozenset(simp_only),
    )


@lru_cache(maxsize=1)
def _plausible_re() -> re.Pattern[str]:
    """Runs of ordinary text, for choosing a decoding (compiled only when one is needed)."""
    ordinary = char_class(_charsets().common | _CJK_PUNCT | _PUNCT_START)
    return re.compile(f"[\\t\\n\\r\\x20-\\x7e\\u3000{ordinary}\\uff01-\\uff5e]+")


# ---------------------------------------------------------------------------------------
# Step 1: bytes -> text
# ---------------------------------------------------------------------------------------

# BOMs, longest first (the UTF-32-LE BOM begins with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_META_RE = re.compile(
    rb"""<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
# Labels seen in the wild -> the codec used (GB18030 and CP950 are supersets).
_CHARSET_ALIASES = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5",
    "big-5": "big5",
    "x-x-big5": "big5",
    "cp950": "cp950",
    "big5-hkscs": "big5hkscs",
}
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The same control characters as bytes, for ``bytes.translate`` (several times faster
# than a regex scan over a document's first bytes).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_LEGACY = ("gb18030", "big5", "cp950")  # tried after UTF-8, preferred in this order on ties
_MIN_PLAUSIBLE = 0.6  # share of ordinary characters a decoding needs
_SAMPLE = 4000  # characters looked at per candidate decoding


def _plausibility(text: str) -> float:
    """Share of ordinary characters (ASCII, common CJK, CJK punctuation), minus controls."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    good = sum(map(len, _plausible_re().findall(sample)))
    bad = len(_CONTROL_RE.findall(sample))
    return (good - bad) / len(sample)


def _is_truncation(err: UnicodeDecodeError, size: int) -> bool:
    return err.end >= size and size - err.start <= 3


@dataclass
class _Candidate:
    name: str
    text: str
    truncated: bool = False
    score: float = 0.0


def _decode(data: bytes, codec: str, name: str) -> _Candidate | None:
    """A strict decoding, or one marked truncated when only the end is incomplete."""
    try:
        return _Candidate(name, data.decode(codec))
    except UnicodeDecodeError as err:
        if _is_truncation(err, len(data)):
            return _Candidate(name, data[: err.start].decode(codec, "replace"), truncated=True)
        return None


def _check_binary(text: str, encoding: str) -> None:
    sample = text[:_SAMPLE]
    if _CONTROL_RE.search(sample):
        controls = len(_CONTROL_RE.findall(sample))
        if controls > max(2, len(sample) // 100):
            raise DocumentError(f"binary input: {controls} control characters as {encoding}")


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    if b"<" not in head:
        return None
    m = _META_RE.search(head)
    if not m:
        return None
    return _CHARSET_ALIASES.get(m.group(1).decode("ascii").lower())


def read_text(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes.

    A BOM decides the encoding. Otherwise an HTML ``<meta charset>`` that decodes the
    bytes cleanly is honoured (unless the bytes are also valid UTF-8 and read better
    so: pages re-saved as UTF-8 keep their old label). Otherwise every candidate --
    UTF-8, GB18030, Big5 (CP950), and UTF-16 LE/BE when the bytes hold NULs or nothing
    else decodes -- is decoded strictly and the one with the largest share of ordinary
    characters wins (UTF-8 first on ties).

    Parameters
    ----------
    data
        The raw bytes.

    Returns
    -------
    tuple[str, str]
        The text (BOM removed, otherwise unchanged) and the encoding's name:
        ``"utf-8"``, ``"utf-8-sig"``, ``"gb18030"``, ``"big5"``, ``"cp950"``,
        ``"utf-16-le"``, ``"utf-16-be"``, ``"utf-32-le"`` or ``"utf-32-be"``.

    Raises
    ------
    DocumentError
        Empty, binary, truncated or undecodable input.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"read_text() needs bytes, not {type(data).__name__}")
    data = bytes(data)
    if not data or data.isspace():  # (not data.strip(): without copying the data)
        raise DocumentError("empty input")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as err:
                what = "truncated" if _is_truncation(err, len(body)) else "undecodable"
                raise DocumentError(f"{what} {name} input at byte {err.start + len(bom)}") from None
            if not text.strip():
                raise DocumentError("empty input")
            _check_binary(text, name)
            return text, name
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DocumentError(f"binary input ({kind})")

    declared = _declared_charset(data)
    if declared is not None:
        cand = _decode(data, declared, declared)
        if cand is not None and not cand.truncated:
            utf8 = None if declared == "utf-8" else _decode(data, "utf-8", "utf-8")
            if (
                utf8 is None
                or utf8.truncated
                or _plausibility(utf8.text) <= _plausibility(cand.text)
            ):
                _check_binary(cand.text, cand.name)
                return cand.text, cand.name

    candidates: list[_Candidate] = []
    for codec in ("utf-8", *_LEGACY):
        if codec == "cp950" and any(c.name == "big5" and not c.truncated for c in candidates):
            continue  # CP950 only adds characters to Big5
        cand = _decode(data, codec, codec)
        if cand is not None:
            candidates.append(cand)
    if b"\x00" in data or all(c.truncated for c in candidates):
        for codec in ("utf-16-le", "utf-16-be"):
            cand = _decode(data[: len(data) & ~1], codec, codec)
            if cand is not None:
                cand.truncated = cand.truncated or len(data) % 2 == 1
                candidates.append(cand)
    if not candidates:
        if b"\x00" in data or _CONTROL_RE.search(data[:_SAMPLE].decode("latin-1")):
            raise DocumentError("binary input: not text in UTF-8, GB18030, Big5 or UTF-16")
        raise DocumentError("undecodable input: not UTF-8, GB18030, Big5 or UTF-16")
    if len(candidates) == 1 and not candidates[0].truncated and candidates[0].name == "utf-8":
        best = candidates[0]  # only UTF-8 decodes: valid UTF-8 needs no scoring
        head = data[: 2 * _SAMPLE]
        if len(head.translate(None, _CONTROL_BYTES)) == len(head):
            return best.text, best.name  # (controls are the same bytes in UTF-8)
        best.score = 1.0
    else:
        for cand in candidates:
            cand.score = _plausibility(cand.text)
        best = max(candidates, key=lambda c: c.score)  # first of equals: candidate order
    if best.score < _MIN_PLAUSIBLE:
        if b"\x00" in data or _CONTROL_RE.search(data[:_SAMPLE].decode("latin-1")):
            raise DocumentError("binary input: no decoding gives plausible text")
        raise DocumentError("undecodable input: no decoding gives plausible text")
    if best.truncated:
        raise DocumentError(f"truncated {best.name} input: incomplete character at the end")
    _check_binary(best.text, best.name)
    return best.text, best.name


# A file with up to this share of bytes no encoding decodes is read, those bytes replaced
# (one wrong byte in a three-byte character spoils the three).
MAX_REPLACED = 0.05


class Decoded(NamedTuple):
    """A document's text, the encoding it was read in and how many bytes were replaced."""

    text: str
    encoding: str
    bytes_replaced: int = 0


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes, keeping an article that a few bad bytes spoil.

    As :func:`read_text`; where no encoding decodes the whole file (a stray byte, a
    Latin-1 é or one GBK character in UTF-8, an incomplete character at the end), the
    encoding that decodes it with the fewest bad bytes is taken, and those bytes are
    replaced by U+FFFD, if they are at most :data:`MAX_REPLACED` of the file and the text
    reads as text.

    Raises
    ------
    DocumentError
        Empty, binary, or mostly undecodable input.
    """
    try:
        text, encoding = read_text(data)
        return Decoded(text, encoding)
    except DocumentError as err:
        strict = err
    data = bytes(data)
    if not data or data.isspace() or any(data.startswith(magic) for magic, _ in _MAGIC):
        raise strict
    tries = [_lenient(data, codec) for codec in ("utf-8", *_LEGACY)]
    text, codec, bad = min(tries, key=lambda t: t[2])  # (first of equals: UTF-8)
    if bad > max(1, len(data) * MAX_REPLACED) or _plausibility(text) < _MIN_PLAUSIBLE:
        raise strict
    _check_binary(text, codec)
    return Decoded(text, codec, bad)


def _lenient(data: bytes, codec: str) -> tuple[str, str, int]:
    """``data`` decoded in ``codec`` with each undecodable run of bytes replaced by
    U+FFFD, and the number of bytes replaced."""
    parts, pos, bad = [], 0, 0
    while True:
        try:
            parts.append(data[pos:].decode(codec))
            return "".join(parts), codec, bad
        except UnicodeDecodeError as err:
            parts.append(data[pos : pos + err.start].decode(codec))
            parts.append("\ufffd")
            bad += err.end - err.start
            pos += err.end


# ---------------------------------------------------------------------------------------
# Steps 2-4: control characters, HTML, full-width forms
# ---------------------------------------------------------------------------------------

# Anything that needs attention before the per-step checks (one scan decides which run).
_ODD_CHARS = "\r\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2028\u2029\u2060\ufeff"
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
_TAG_REMNANT_RE = re.compile(r"/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,200})?/?>")

_FULLWIDTH_TABLE = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xA0: 0x20}
_FULLWIDTH_ASCII = {chr(k): chr(v) for k, v in _FULLWIDTH_TABLE.items()}


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


# ---------------------------------------------------------------------------------------
# Step 5: pinyin readings
# ---------------------------------------------------------------------------------------

# Every Mandarin syllable (without tone), by initial.
_SYLLABLES = """
a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun
nuo nü nüe nue
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan
lun luo lü lüe lue
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui
zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
""".split()
_TONES = {
    "a": "āáǎà",
    "e": "ēéěè",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}
_TONED_LETTERS = "".join(_TONES.values())


def _syllable_regex() -> str:
    """A valid syllable with its vowels written with or without tone marks, and at least
    one tone mark (the lookahead); where the mark sits is not policed.

    The definition of a reading. It compiles slowly (70 ms: a trie of every syllable), so
    the steps below look for a cheap shape (letters before ")") and check the letters
    against :func:`_toned_syllables`, the same spellings as a set; the tests hold the two
    equal.
    """
    vowels = {v: f"[{v}{marks}]" for v, marks in _TONES.items()}
    return f"(?=[a-zü]{{0,5}}[{_TONED_LETTERS}])" + trie_regex(_SYLLABLES, vowels)


# A toned letter, at most five more letters, ")": cheap to look for, always in a reading.
# Read backwards from the ")": the literal first lets ``re`` skip from one ")" to the next.
_READING_HINT_RE = re.compile(
    "\\)(?:" + "|".join(f"(?<=[{_TONED_LETTERS}ü][a-zü]{{{k}}}\\))" for k in range(6)) + ")"
)

# Characters some step of clean_text acts on; one findall decides which steps run.
# (Toned letters are looked for separately: pinyin documents hold hundreds of them.)
_ATTENTION_RE = re.compile(
    f"[{_ODD_CHARS}\uff01-\uff5e\u3000\u00a0?\ufffd\t\u1680\u2000-\u200a\u202f\u205f\u0300-\u036f]"
)
_ATTENTION_ODD = frozenset(
    map(chr, [0x0D, *range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])
) | frozenset("\u00ad\u200b\u200c\u200d\u2028\u2029\u2060\ufeff")
_ATTENTION_FULLWIDTH = frozenset(map(chr, [*range(0xFF01, 0xFF5F), 0x3000, 0xA0]))
_ATTENTION_COMBINING = frozenset(map(chr, range(0x300, 0x370)))  # "qu\u0304" for "qū"
_ATTENTION_SPACE = frozenset("\t\u1680\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200B))))


# Anything that looks like a reading: letters in parentheses after a Han character. Where
# every such candidate is a toned syllable (as in pinyin documents) they are exactly the
# readings, found several times faster than by the syllable regex.
_READING_CANDIDATE_RE = re.compile(rf"\((?<=[{_HAN}]\()([a-zü{_TONED_LETTERS}]{{1,6}})\)")
# The same after a mojibake "?", which may have eaten the "(": ``(qū)`` or ``qū)``.
_MARKER_READING_CANDIDATE_RE = re.compile(rf"\(?([a-zü{_TONED_LETTERS}]{{1,6}})\)")


@lru_cache(maxsize=1)
def _toned_syllables() -> frozenset[str]:
    """Every spelling the syllable regex accepts: each vowel plain or with one of its tone
    marks, at least one of them marked."""
    spellings: set[str] = set()
    for syllable in _SYLLABLES:
        options = [(ch, *_TONES[ch]) if ch in _TONES else (ch,) for ch in syllable]
        spellings.update("".join(letters) for letters in product(*options))
        spellings.discard(syllable)
    return frozenset(spellings)


def _remove_readings(text: str, counts: dict[str, int]) -> str:
    """Drop ``(qū)``-style readings: one toned pinyin syllable after a Han character."""
    if not _READING_HINT_RE.search(text):
        return text
    # [before, letters, between, letters, ..., after]
    parts = _READING_CANDIDATE_RE.split(text)
    syllables = _toned_syllables()
    if syllables.issuperset(parts[1::2]):
        text, n = "".join(parts[::2]), len(parts) // 2
    else:  # some candidates are other words in parentheses: keep those
        n = 0

        def drop(m: re.Match[str]) -> str:
            nonlocal n
            if m.group(1) in syllables:
                n += 1
                return ""
            return m.group()

        text = _READING_CANDIDATE_RE.sub(drop, text)
    counts["pinyin_readings"] += n
    return text


def _marker_reading(text: str, pos: int) -> re.Match[str] | None:
    """A reading at ``pos``, written ``(qū)`` or ``qū)`` (group 1: the syllable)."""
    m = _MARKER_READING_CANDIDATE_RE.match(text, pos)
    return m if m is not None and m.group(1) in _toned_syllables() else None


# ---------------------------------------------------------------------------------------
# Step 6: GBK-shifted mojibake
# ---------------------------------------------------------------------------------------

_LOST = "\ufffd"
_MAX_RUN = 64  # a longer "run" is ordinary text after a real question mark
_ORDINARY_RUN = 6  # so is a run opening with this many common characters
# A private-use character dropped from a run leaves a gap of two bytes (p, q) in one of
# GB18030's user-defined areas: AAA1-AFFE, F8A1-FEFE, A140-A7A0.
_PUA_GAPS = (
    (range(0xAA, 0xB0), (*range(0xA1, 0xFF),)),
    (range(0xF8, 0xFF), (*range(0xA1, 0xFF),)),
    (range(0xA1, 0xA8), (*range(0x40, 0x7F), *range(0x80, 0xA1))),
)
# A lost character whose reading survived ("日?bào)") comes back only where the reading
# and the character before it make a word fixed in mastheads and datelines.
_READING_WORDS = {
    **{(prev, "bào"): "报" for prev in "日晚晨商时早周导快画学党侨法青"},
    ("新", "wén"): "闻",
    ("记", "zhě"): "者",
    ("视", "tái"): "台",
    ("电", "tái"): "台",
}


class _GbkChars(dict):
    """``(lead << 8) | trail`` -> the character the two GB18030 bytes decode to, or None
    (filled on first use: a plain dict lookup afterwards)."""

    def __missing__(self, key: int) -> str | None:
        try:
            ch = bytes((key >> 8, key & 0xFF)).decode("gb18030")
        except UnicodeDecodeError:
            ch = None
        else:
            ch = ch if len(ch) == 1 else None
        self[key] = ch
        return ch


_GBK_CHARS = _GbkChars()


def _gbk_char(lead: int, trail: int) -> str | None:
    return _GBK_CHARS[lead << 8 | trail]


class _RunBytes(dict):
    """The two GBK bytes a character of a shifted run stands for, if it can be one
    (filled on first use)."""

    def __missing__(self, ch: str) -> bytes | None:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            b = bytes((0xA3, o + 0x80))  # a full-width form, normalised to ASCII later
        elif o == 0x20:
            b = b"\xa1\xa1"  # a normalised ideographic space
        elif o < 0x80:
            b = None
        else:
            try:
                b = ch.encode("gb18030")
            except UnicodeEncodeError:
                b = None
            else:
                b = b if len(b) == 2 else None
        self[ch] = b
        return b


_RUN_BYTES = _RunBytes()


class _Context:
    """What a repair may consult: the document's script and its own character bigrams."""

    def __init__(self, text: str, traditional: bool) -> None:
        self.text = text
        self.traditional = traditional
        self.plausible_chars = _plausible_chars(traditional)
        self.weights = _weights(traditional)
        self._rev: str | None = None
        self._succ: dict[str, frozenset[str]] = {}
        self._pred: dict[str, frozenset[str]] = {}

    def succ(self, ch: str | None) -> frozenset[str]:
        """Characters that follow ``ch`` somewhere in the document."""
        if not ch:
            return frozenset()
        got = self._succ.get(ch)
        if got is None:
            got = self._succ[ch] = self._neighbours(ch, 1)
        return got

    def pred(self, ch: str | None) -> frozenset[str]:
        """Characters that precede ``ch`` somewhere in the document."""
        if not ch:
            return frozenset()
        got = self._pred.get(ch)
        if got is None:
            got = self._pred[ch] = self._neighbours(ch, -1)
        return got

    def _neighbours(self, ch: str, step: int) -> frozenset[str]:
        # Predecessors are the successors in the reversed text: a pattern that starts
        # with the literal character lets ``re`` jump from one occurrence to the next.
        if step < 0 and self._rev is None:
            self._rev = self.text[::-1]
        return frozenset(_follower_re(ch).findall(self.text if step > 0 else self._rev))

    def plausible(self, ch: str) -> bool:
        """A character a repaired run may contain."""
        return ch in self.plausible_chars

    def weight(self, ch: str) -> float:
        """How ordinary ``ch`` looks here; runs are scored by the sum."""
        return self.weights[ch]


@lru_cache(maxsize=2)
def _plausible_chars(traditional: bool) -> frozenset[str]:
    """Characters a repaired run may contain: CJK punctuation, and the common characters
    that are not of the other script."""
    cs = _charsets()
    return (cs.common - (cs.simp_only if traditional else cs.trad_only)) | _CJK_PUNCT


class _Weights(dict):
    """How ordinary a character looks in a repair, by script (runs are scored by the
    sum); filled on first use, so that a lookup is a plain dict lookup afterwards."""

    def __init__(self, traditional: bool) -> None:
        super().__init__()
        cs = _charsets()
        self.common = cs.common
        self.known = cs.known
        # Characters of the other script are implausible in a repair.
        self.foreign = cs.simp_only if traditional else cs.trad_only

    def __missing__(self, ch: str) -> float:
        if ch in _CJK_PUNCT:
            w = 0.5 if ord(ch) > 0x7F else 0.0
        elif ch in self.common and ch not in self.foreign:
            w = 1.0
        elif ch.isascii():
            w = -1.0  # a letter glued between Han characters: the resync byte
        else:
            w = -1.0 if ch in self.known else -2.0
        self[ch] = w
        return w


@lru_cache(maxsize=2)
def _weights(traditional: bool) -> _Weights:
    return _Weights(traditional)


@lru_cache(maxsize=4096)
def _follower_re(ch: str) -> re.Pattern[str]:
    """``X(.)``: what follows a character (compiled once per character)."""
    return re.compile(f"{re.escape(ch)}(.)")


@lru_cache(maxsize=1024)
def _lead_candidates(trail: int, traditional: bool) -> tuple[str, ...]:
    """Common Han characters ending in byte ``trail``, for each possible lead byte."""
    cs = _charsets()
    foreign = cs.simp_only if traditional else cs.trad_only
    found = (_gbk_char(lead, trail) for lead in range(0x81, 0xFF))
    return tuple(c for c in found if c and c in cs.common and c not in foreign and _HAN_RE.match(c))


def _infer_char(
    candidates: Iterable[str], ctx: _Context, before: str | None, after: str | None
) -> str | None:
    """The one candidate the document's own bigrams support (on both sides if any)."""
    left = ctx.succ(before) if before and _HAN_RE.match(before) else frozenset()
    right = ctx.pred(after) if after and _HAN_RE.match(after) else frozenset()
    both = [c for c in candidates if c in left and c in right]
    if both:
        return both[0] if len(both) == 1 else None
    either = [c for c in candidates if c in left or c in right]
    return either[0] if len(either) == 1 else None


def _fill_gap(
    lead: int, trail: int, before: str | None, after: str | None, ctx: _Context
) -> str | None:
    """Two characters for a run character (lead, trail) hiding a dropped PUA pair.

    The pair (p, q) comes between the bytes: (lead, p) and (q, trail). The answer must
    be unique and every bigram it makes must occur elsewhere in the document.
    """
    if not before or not after:
        return None
    left = ctx.succ(before)
    right = ctx.pred(after)
    plausible = ctx.plausible_chars
    gbk = _GBK_CHARS
    found: list[str] = []
    for kind, (p_range, _) in enumerate(_PUA_GAPS):
        for p in p_range:
            a = gbk[lead << 8 | p]
            if a is None or a not in left or a not in plausible or not _HAN_RE.match(a):
                continue
            # The b that follow a and precede ``after`` in the document, among the
            # characters (q, trail) decodes to (distinct, so a set counts them all).
            seconds = _gap_seconds(trail, kind)
            found.extend(a + b for b in ctx.succ(a) & right if b in seconds and b in plausible)
            if len(found) > 1:
                return None  # not unique
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1024)
def _gap_seconds(trail: int, kind: int) -> frozenset[str]:
    """The characters the bytes (q, trail) decode to, for every q of gap ``kind``."""
    chars = [_GBK_CHARS[q << 8 | trail] for q in _PUA_GAPS[kind][1]]
    chars = [c for c in chars if c is not None]
    seconds = frozenset(chars)
    assert len(seconds) == len(chars)  # a decoding is one to one
    return seconds


@dataclass(frozen=True)
class _Repair:
    text: str
    lost: int  # characters that could not be restored


def _evaluate(
    units: list[tuple[str, bytes]],
    resync: str | None,
    prev: str | None,
    nxt: str | None,
    ctx: _Context,
) -> _Repair | None:
    """Decode one shifted run, or ``None`` when the run reads better as it stands.

    ``units`` are the run's characters with the byte pairs they stand for. ``resync``
    is the ASCII character that ended the run, or ``None`` when a second "?" ended it
    (that "?" swallowed a byte, so the last character is incomplete).
    """
    weights = ctx.weights
    if len(units) >= 3:
        han = [ch for ch, _ in units if "\u3400" <= ch <= "\u9fff"]
        if len(han) >= 3 and all(weights[ch] > 0 for ch in han):
            return None  # ordinary text after a real question mark
    raw = b"".join([b for _, b in units]) + (resync.encode("ascii") if resync else b"")
    if len(raw) < 2:
        return None
    head, rest = raw[0], raw[1:]
    lost = 0
    if resync is None:
        rest = rest[:-1]  # its second byte went with the "?"
        lost += 1
    try:
        body = rest.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if len(body) * 2 != len(rest):
        return None  # four-byte sequences: not a two-byte shift
    chars = list(body.translate(_FULLWIDTH_TABLE))

    # The first character's lead byte is the one the "?" replaced.
    first = None
    for lead in _PUNCT_LEADS:
        ch = _gbk_char(lead, head)
        if ch is not None and ch in _PUNCT_START:
            first = ch.translate(_FULLWIDTH_TABLE)
            break
    if first is None:
        first = _infer_char(
            _lead_candidates(head, ctx.traditional), ctx, prev, chars[0] if chars else nxt
        )
        if first is None:
            lost += 1

    # One implausible character in a complete run may hide a dropped private-use one.
    plausible = ctx.plausible_chars
    bad = [i for i, ch in enumerate(chars) if ch not in plausible]
    if resync is not None and len(bad) == 1:
        i = bad[0]
        before = chars[i - 1] if i else (first or prev)
        after = chars[i + 1] if i + 1 < len(chars) else nxt
        pair = _fill_gap(rest[2 * i], rest[2 * i + 1], before, after, ctx)
        if pair is not None:
            chars[i : i + 1] = pair
            bad = []
    if bad:
        return None
    repaired = (first or "") + "".join(chars)
    if not any(weights[ch] > 0 for ch in repaired):
        return None
    as_is = [ch for ch, _ in units] + ([resync] if resync else [])
    if sum(map(weights.__getitem__, repaired)) < sum(map(weights.__getitem__, as_is)) + 0.5:
        return None
    return _Repair(repaired, lost)


def _try_run(text: str, start: int, prev: str | None, ctx: _Context) -> tuple[_Repair, int] | None:
    """Parse the run starting at ``start`` and repair it: the repair and the run's end."""
    weights = ctx.weights
    run_bytes = _RUN_BYTES
    units: list[tuple[str, bytes]] = []
    reinterpreted = 0
    ordinary = 0  # common Han characters in a row from the start
    n = len(text)
    i = start
    while i < n and len(units) <= _MAX_RUN:
        ch = text[i]
        if ordinary is not None and "\u3400" <= ch <= "\u9fff":
            if weights[ch] > 0:
                ordinary += 1
                if ordinary >= _ORDINARY_RUN:
                    return None  # plain text after a real question mark
            else:
                ordinary = None
        if ch == "?" or ch == _LOST:
            if not units:
                return None
            rep = _evaluate(units, None, prev, text[i + 1] if i + 1 < n else None, ctx)
            return (rep, i + 1) if rep else None
        if "\x40" <= ch <= "\x7e":
            if not units:
                return None
            m = _marker_reading(text, i + 1)  # the reading of the run's last character
            after = m.end() if m and text[i + 1] == "(" else i + 1
            rep = _evaluate(units, ch, prev, text[after] if after < n else None, ctx)
            if rep is not None:
                return rep, i + 1
            # Or a normalised full-width character inside the run: read on, twice at most.
            reinterpreted += 1
            if reinterpreted > 2:
                return None
        elif ch == " " and not units:
            return None
        b = run_bytes[ch]
        if b is None:
            return None
        units.append((ch, b))
        i += 1
    return None


def _markers(text: str) -> Iterator[int]:
    """The offsets of "?" and U+FFFD in ``text``, in order (``str.find`` is many times
    faster than a regex scanning for a set of characters)."""
    q = text.find("?")
    lost = text.find(_LOST)
    while q >= 0 or lost >= 0:
        if lost < 0 or 0 <= q < lost:
            yield q
            q = text.find("?", q + 1)
        else:
            yield lost
            lost = text.find(_LOST, lost + 1)


def _repair_mojibake(text: str, counts: dict[str, int], *, traditional: bool) -> str:
    """Repair GBK-shifted mojibake.

    A GBK byte stream decoded one byte off shows as a "?" (the lost first byte) and a
    run of wrong characters up to an ASCII character where the decoder fell back in
    step: ``寄予厚望?!毒V要》`` for ``寄予厚望。《綱要》``. The run is turned back into
    bytes (ASCII punctuation in it was full-width: ``A3 xx``), the lost byte is put
    back -- 0xA1/0xA3 when that gives CJK punctuation, else the one byte the document's
    own bigrams support, else that character is lost -- and the bytes are decoded
    again. The result replaces the run only if every character is plausible (common,
    same script) and it reads better than the run.

    A second "?" inside a run swallowed a byte and the ASCII character after it (often
    the "<" of ``</p>``): what precedes is repaired and the incomplete character counted
    as lost. A private-use character the corpus dropped from a run leaves two bytes
    missing; they are searched for where exactly one character is implausible.

    Lost characters are removed, never guessed: a "?" followed by a reading
    (``?bào)``) is a lost Han character and only comes back when the reading and the
    character before it make a masthead word (日 + bào -> 报).
    """
    if "?" not in text and _LOST not in text:
        return text
    ctx = _Context(text, traditional)
    out: list[str] = []
    last: str | None = None  # the last character written, for bigram evidence
    pos = 0
    for i in _markers(text):
        if i < pos:
            continue  # inside a repaired run
        if i > pos:
            out.append(text[pos:i])
            last = text[i - 1]
        j = i + 1
        lost_char = text[i] == _LOST
        reading = None
        rm = _marker_reading(text, j)
        if rm:
            reading = rm.group(1)
            j = rm.end()
            counts["pinyin_readings"] += 1
            lost_char = True
        got = _try_run(text, j, last, ctx)
        if got is not None:
            rep, end = got
            out.append(rep.text)
            last = rep.text[-1]
            counts["mojibake_repaired"] += 1
            counts["mojibake_unrepaired"] += int(rep.lost > 0)
            if text[end - 1] in "?\ufffd":
                # Behind a swallowing "?": a reading, or the rest of a tag whose "<" went.
                rr = _marker_reading(text, end)
                if rr:
                    counts["pinyin_readings"] += 1
                    end = rr.end()
                tm = _TAG_REMNANT_RE.match(text, end)
                if tm:
                    counts["html_tags"] += 1
                    end = tm.end()
            else:
                rr = _marker_reading(text, end)
                if rr and text[end] == "(":
                    counts["pinyin_readings"] += 1
                    end = rr.end()
            pos = end
        elif lost_char:
            restored = None
            if reading is not None and last is not None:
                restored = _READING_WORDS.get((to_simplified(last), reading))
            if restored is not None:
                out.append(restored)
                last = restored
                counts["mojibake_repaired"] += 1
            else:
                counts["mojibake_unrepaired"] += 1
            pos = j
        else:
            out.append("?")
            last = "?"
            pos = i + 1
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Step 7: script, conversion, 著
# ---------------------------------------------------------------------------------------


_SCRIPT_SAMPLE = 3000  # characters looked at to tell the script


_SCRIPT_CODECS = ("gb2312", "gbk", "big5")


@lru_cache(maxsize=1)
def _code_sizes():
    """Each code point's size in GB2312, GBK and Big5 (0: not encodable), two bits each,
    and whether it is ASCII (bit 6); with the weights that turn a histogram of these
    values into the four sizes of an encoding.

    Encodes every BMP character once, separated by NULs (no double-byte code holds a
    NUL); an unencodable character becomes a lone "?" (a "?" is never a trail byte).
    No character outside the BMP is in these codecs.
    """
    import numpy as np

    sizes = np.zeros(0x110000, dtype=np.uint8)
    sizes[:0x80] = 0b1010101
    chars = "\0".join(map(chr, range(0x80, 0x10000)))
    for k, codec in enumerate(_SCRIPT_CODECS):
        data = np.frombuffer(chars.encode(codec, "replace"), dtype=np.uint8)
        bounds = np.concatenate(([-1], np.flatnonzero(data == 0), [len(data)]))
        lengths = np.diff(bounds) - 1
        lengths[(lengths == 1) & (data[bounds[:-1] + 1] == ord("?"))] = 0
        sizes[0x80:0x10000] |= (lengths << (2 * k)).astype(np.uint8)
    weights = np.array([[v >> 6, v & 3, v >> 2 & 3, v >> 4 & 3] for v in range(128)])
    return sizes, weights


def _encoded_sizes(text: str) -> tuple[int, int, int, int]:
    """``len(text.encode(codec, "ignore"))`` for ASCII, GB2312, GBK and Big5.

    For a long text, by table lookup: a codec's "ignore" handler is called for every
    run of characters it cannot encode, which makes Traditional text slow in GB2312.
    """
    if not use_arrays(len(text)):
        return tuple(len(text.encode(c, "ignore")) for c in ("ascii", *_SCRIPT_CODECS))
    import numpy as np

    sizes, weights = _code_sizes()
    return tuple((np.bincount(sizes.take(code_points(text)), minlength=128) @ weights).tolist())


def _outside(text: str, ascii_len: int, size: int) -> int:
    """Non-ASCII characters of ``text`` that a double-byte codec cannot encode, from the
    size of its encoding."""
    return len(text) - ascii_len - (size - ascii_len) // 2


def _outside_gb2312(text: str, sizes: tuple[int, int, int, int] | None = None) -> int:
    """Non-ASCII characters outside GB2312: Traditional forms, for the most part.

    The codec does the counting (much faster than a character class; a table lookup
    for long texts). GB2312 lacks the common "·" and "—" (it has look-alikes), which
    do not count.
    """
    ascii_len, gb2312, _, _ = sizes or _encoded_sizes(text)
    if ascii_len == len(text):
        return 0
    return _outside(text, ascii_len, gb2312) - text.count("·") - text.count("—")


def _script(text: str) -> str:
    """``"traditional"``, ``"simplified"`` or ``"mixed"``, from a sample of ``text``.

    Characters outside GB2312 but inside GBK are Traditional forms, characters outside
    Big5 but inside GBK Simplified ones.
    """
    sample = text[:_SCRIPT_SAMPLE]
    sizes = _encoded_sizes(sample)
    ascii_len, _, gbk, big5 = sizes
    non_ascii = len(sample) - ascii_len
    outside_gb = _outside_gb2312(sample, sizes)
    if outside_gb <= 0 or outside_gb * 50 <= non_ascii:
        return "simplified"
    neither = _outside(sample, ascii_len, gbk)  # emoji, U+FFFD, rare characters
    trad = outside_gb - neither
    simp = max(0, _outside(sample, ascii_len, big5) - neither)
    if trad <= 0:
        return "simplified"
    share = trad / (trad + simp)
    if share >= 0.85:
        return "traditional"
    if share <= 0.15:
        return "simplified"
    return "mixed"


# 著 keeps its zhù reading in these words (written 著 in Simplified too); elsewhere it is
# the particle zhe or zhuó (着眼, 着力), which Simplified writes 着.
_ZHU_BEFORE = "显卓名专原编论巨土昭译合遗拙宏鸿彰撰"
_ZHU_AFTER = "名作称述书者录文"
_ZHE_RE = re.compile(f'著(?<![{_ZHU_BEFORE}]著)(?![{_ZHU_AFTER}]|有[《“"])')


def _fix_zhe(text: str, counts: dict[str, int]) -> str:
    if "著" not in text:
        return text
    text, n = _ZHE_RE.subn("着", text)
    counts["zhe_fixed"] += n
    return text


# ---------------------------------------------------------------------------------------
# Step 8: whitespace, chrome and spam lines
# ---------------------------------------------------------------------------------------

_ODD_SPACE_RE = re.compile("[\t\u1680\u2000-\u200a\u202f\u205f]")

_SENT_END = "。！？!?；…"
_CLAUSE_END = "，,、:：;"
_SENT_PUNCT_RE = re.compile("[。！？!?]")

_UI_WORDS = (
    "取消|确定|确认|提交|登录|注册|退出|搜索|关闭窗口|获取验证码|发送验证码|验证码|登录/注册"
)
# Whole-line chrome (Simplified text, ASCII punctuation, single spaces), each pattern
# with the characters a matching line can start with: a line is only tried against the
# patterns for its first character.
_LINE_PATTERNS = (
    # breadcrumbs
    ("您你当现目的所位", r"(?:您|你)?(?:当前|现在|目前)?(?:的|所在)?位置 ?[:>].{0,80}"),
    ("首主网返", r"(?:首页|主页|网站首页|返回首页) ?[>›»/].{0,80}"),
    # datelines: a date (and time) with source/author/share chrome
    (
        "0123456789",
        r"(?:(?:19|20)\d{2} ?[-/.年] ?)?\d{1,2} ?[-/.月] ?\d{1,2} ?日?"
        r"(?: ?\d{1,2}:\d{2}(?::\d{2})?)?"
        r"(?: ?(?:来源|作者|编辑|发布|浏览|阅读|点击|字号|分享|责任编辑).{0,80})?",
    ),
    (
        "来稿文信作发时",
        r"(?:来源|稿件来源|文章来源|信息来源|作者|发布时间|发布日期|时间) ?:.{0,60}",
    ),
    # share bars and page tools
    ("分收点评打关纠字", r"(?:分享|收藏|点赞|评论|打印|关闭|纠错|字号)(?: \S{1,8}){0,8}"),
    # disclaimers
    ("【[(", r"[【\[(] ?(?:免责|版权|特别)?声明 ?[】\])].*"),
    ("免版特声", r"(?:免责声明|版权声明|特别声明|声明) ?:.*|免责声明.*"),
    ("*本", r"\*? ?本(?:网站|网|站)(?:有关|所有|部分|发布)?(?:内容|文章|信息|稿件).{0,120}"),
    ("?", r"\? ?(?:19|20)\d{2}\b.{0,100}"),  # "©" lost as "?"
    ("举", r"举报(?:内容|中心|电话)?"),
    # navigation, menus, UI
    ("•·▪▸►", r"[•·▪▸►] ?\S{1,10}"),
    (
        "点进本今2一热排",
        r"(?:点击进入|进入)\S{0,6}频道|(?:本周|今日|24小时|一周)?热(?:榜|门推荐|点推荐|门文章)"
        r"|排行榜",
    ),
    ("相推延热", r"(?:相关|推荐|延伸|热门)(?:阅读|新闻|文章|链接|专题) ?[:>]?"),
    ("上下", r"(?:上一篇|下一篇|上一页|下一页)[:>»]?.{0,40}"),
    ("返查更猜我发", r"(?:返回顶部|返回首页|查看更多|更多|猜你喜欢|我要评论|发表评论) ?[>»]*"),
    ("点查阅浏", r"(?:点击)?(?:查看|阅读|浏览)(?:更多|原文|全文).{0,10}"),
    (
        "取确提登注退搜关获发验请加",
        rf"(?:{_UI_WORDS})(?: (?:{_UI_WORDS}))*"
        r"|请先完成.{0,8}验证|请输入.{0,10}|加载中.{0,3}",
    ),
    # editors, attachments, image placeholders, photo credits
    (
        "[【( 责编校审监终值本实",
        r"[\[【(]? ?(?:责任编辑|责编|编辑|校对|审核|审校|监制|终审|值班编辑|本文编辑|实习编辑"
        r"|编审)(?: ?:| ).{0,40}",
    ),
    ("=-—_*#~· 附相下", r"[=\-—_*#~· ]*(?:附件下载|附件|相关附件|下载附件)[=\-—_*#~· ]*"),
    ("=-*#~", r"[=\-*#~]{2,}.{1,12}[=\-*#~]{2,}"),
    ("[【(图视音点配", r"[\[【(]?(?:图片|图像|配图|图|视频|音频|点击播放)[\]】)]?"),
    ("图摄视", r"(?:图片来源|图源|图|图片|摄影|视频) ?[/:] ?\S{2,20}"),
    ("▲△▼▽", r"[▲△▼▽] ?.{0,40}"),
)


def _dispatch(patterns: Iterable[tuple[str, str]]) -> dict[str, re.Pattern[str]]:
    by_first: dict[str, list[str]] = {}
    for firsts, pattern in patterns:
        for ch in firsts:
            by_first.setdefault(ch, []).append(pattern)
    return {ch: re.compile("|".join(f"(?:{p})" for p in pats)) for ch, pats in by_first.items()}


_LINE_DISPATCH = _dispatch(_LINE_PATTERNS)
# Structural chrome, tried only on lines holding the separator they need.
_BREADCRUMB_RE = re.compile(r"[^ >›»。,]{1,12}(?: ?[>›»] ?[^ >›»。,]{1,12}){2,} ?[>›»]?")
# Items start and end with a non-space, so each line splits one way only (no backtracking).
_NAV_ITEM = r"[^| ](?:[^|]{0,8}[^| ])?"
_NAV_RE = re.compile(rf"{_NAV_ITEM}(?: ?\| ?{_NAV_ITEM}){{2,}} ?\|?")
_MENU_RE = re.compile(r"(?:[^ 。,!?]{1,5} ){3,}[^ 。,!?]{1,5}")
_WORD_RE = re.compile(f"[0-9A-Za-z{_HAN}]")
# What _is_structural_chrome needs. A plain class: ``re`` scans it fast (a literal
# alternative such as "客户端" would make it try the whole pattern at every position).
_STRUCTURE_RE = re.compile("[|>›» 端]")
_CREDIT_RE = re.compile(r".{0,40}(?: |记者|通讯员|^)[\u4e00-\u9fff·]{2,5} ?/?(?:摄|摄影|供图)")

# Words found anywhere in a line, by kind (spam words are scored per line). A word with a
# very frequent first character (新, 联, 成, 中, ...) is written without it: ``re`` stops
# at every occurrence of a first character, so rare ones keep the scan fast.
_TOKENS: dict[str, tuple[str, ...]] = {
    "share": ("分享到",),
    "app": (
        "扫一扫",
        "扫码",
        "按识别",
        "载客户端",
        "开APP",
        "开App",
        "APP下载",
        "App下载",
        "注微信公众号",
    ),
    "reprint": ("转载请注明", r"未经授权.{0,6}?(?:转载|复制|使用|镜像)", "者依法必究"),
    "legal": (
        r"ICP[备证]",
        "网安备",
        "备案号",
        "听节目许可证",
        "闻信息服务许可证",
        "版权所有",
        "网站标识码",
        r"版权归.{1,30}?所有",
        "Copyright",
        "COPYRIGHT",
        r"All [Rr]ights [Rr]eserved",
        "©",
    ),
    "contact": (
        "法和不良信息",
        "良信息举报",
        "举报电话",
        "举报邮箱",
        "系邮箱",
        "系电话",
        "服电话",
        "稿邮箱",
        "闻热线",
        "报料热线",
        "爆料热线",
    ),
    "email": (r"@[A-Za-z0-9-]+\.[A-Za-z]{2,}",),
    "tips": ("闻线索", "迎向我们报料", "报料微信", "报料QQ", "报料邮箱", "迎爆料", "迎投稿"),
    "image": (r"\.(?:png|jpe?g|gif|webp|bmp|svg|PNG|JPE?G|GIF)$",),
    "credit": ("摄影$", "摄$", "供图$"),
    # Disclaimer words: two distinct ones make a line chrome (disclaimers span lines).
    "disclaimer": (
        "本网站",
        "本网",
        "本站",
        "转载",
        "删除",
        "系我们",
        "请勿",
        "未经授权",
        "依法必究",
        "QQ",
        "免责",
        "网站地图",
        "联系我们",
        "使用帮助",
    ),
    # Spam: strong words count 3 (and make the weak ones worth looking for), weak ones 1.
    "strong": (
        "无码",
        "人妻",
        "毛片",
        "黄片",
        "黄色网站",
        "色情网站",
        "乱伦",
        "偷拍",
        "人影片",
        "午夜福利",
        "福利视频",
        "伦理片",
        "级片",
        "激情视频",
        "裸聊",
        "约炮",
        "百家乐",
        "六合彩",
        "时彩",
        "博彩",
        "上赌场",
        "澳门赌场",
        "娱乐城",
        "荷官",
        "开发票",
        "票代开",
        "代孕",
        "久久",
        "字幕",
        r"AV(?![A-Za-z])",
        r"av(?![A-Za-z])",
    ),
}
_SPAM_WEAK_RE = re.compile(
    "在线|视频|永久|不卡|免费|高清|观看|国产|精品|专区|欧美|日韩|亚洲|午夜|福利|成人|色情|美女"
    "|性感|影院|播放|无删减|破解版"
)
_SPAM_MIN = 5  # strong words 3, weak ones 1, distinct words per line
# The longest line each marker kind condemns.
_MARKER_LIMITS = {
    "share": 140,
    "app": 60,
    "reprint": 160,
    "legal": 220,
    "contact": 120,
    "email": 100,
    "tips": 160,
    "image": 90,
    "credit": 50,
}


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


_TOKEN_RE = re.compile(_token_regex(p for pats in _TOKENS.values() for p in pats), re.MULTILINE)
_TOKEN_LITERAL = {p: kind for kind, pats in _TOKENS.items() for p in pats if re.escape(p) == p}
_TOKEN_PATTERNS = [
    (kind, re.compile(p)) for kind, pats in _TOKENS.items() for p in pats if p not in _TOKEN_LITERAL
]
# After one of these (and after the body began) the article is over: short lines that
# follow are footer menus and channel names.
_FOOTER_RE = re.compile(
    r"免责声明|版权声明|责任编辑|责编|版权所有|ICP[备证]|公网安备|附件下载|热榜|相关阅读|相关新闻"
    r"|推荐阅读|猜你喜欢|Copyright"
)
_FOOTER_SHORT = 12
# After a list of other articles (相关新闻, 推荐阅读 ...), headlines: longer, no full stop.
_RELATED_RE = re.compile(r"相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|猜你喜欢|热榜")
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


def _classify(text: str, lines: list[str]) -> list[str | None]:
    """Per line: ``"chrome"``, ``"spam"`` or ``None`` (kept)."""
    kinds: list[str | None] = [None] * len(lines)
    dispatch = _LINE_DISPATCH
    structure = _STRUCTURE_RE.search
    for i, line in enumerate(lines):
        first = line[0]
        rx = dispatch.get(first)
        if rx is not None and rx.fullmatch(line):
            kinds[i] = "chrome"
        elif (len(line) <= 60 or "|" in line) and structure(line) and _is_structural_chrome(line):
            kinds[i] = "chrome"
        elif not first.isalnum() and not _WORD_RE.search(line):
            kinds[i] = "chrome"  # nothing but punctuation

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
        elif kinds[i] is None and len(lines[i]) <= _MARKER_LIMITS[kind]:
            if kind != "credit" or _CREDIT_RE.fullmatch(lines[i]):
                kinds[i] = "chrome"
    for i, words in disclaimer.items():
        if kinds[i] is None and len(words) >= 2 and len(lines[i]) <= 160:
            kinds[i] = "chrome"
    for i, words in strong.items():
        weak = set(_SPAM_WEAK_RE.findall(lines[i]))
        if 3 * len(words) + len(weak) >= _SPAM_MIN:
            kinds[i] = "spam"

    # Footer: once an end-of-article marker follows the body, short lines are menus.
    body = next(
        (
            i
            for i, line in enumerate(lines)
            if kinds[i] is None and (len(line) >= _BODY_LINE or _SENT_PUNCT_RE.search(line))
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
            elif kinds[i] is None and len(line) <= limit and not _SENT_PUNCT_RE.search(line):
                kinds[i] = "chrome"
        chrome = [i for i, kind in enumerate(kinds) if kind == "chrome"]
    # A site name standing right above the copyright line. (Each step reads the line
    # above before any step changes it: the chrome lines can be listed first.)
    for i in chrome:
        if i and kinds[i - 1] is None and _COPYRIGHT_RE.search(lines[i]):
            above = lines[i - 1]
            if len(above) <= 20 and not any(p in above for p in _SENT_END + _CLAUSE_END):
                kinds[i - 1] = "chrome"
    return kinds


# ---------------------------------------------------------------------------------------
# Step 9: metadata, sentences
# ---------------------------------------------------------------------------------------

_DATE_YMD_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日?"
    r"(?: ?(\d{1,2}) ?[:时] ?(\d{1,2})(?: ?[:分] ?(\d{1,2}))?)?"
)
_DATE_MD_RE = re.compile(
    r"(?<![\d-])(\d{1,2})(?:-|月)(\d{1,2})日? ?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d-])"
)
# "华龙网-新重庆客户端10月8日10时讯", "新华社重庆1月5日电": the dateline opening a body.
_DATELINE_RE = re.compile(
    r"(?P<outlet>[^ ,。:()]{2,24}?)?\(? ?(?:(?P<y>(?:19|20)\d{2})年)?"
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:(?P<h>\d{1,2})时(?:(?P<mi>\d{1,2})分)?)? ?(?:电|讯)"
)
_META_WORDS_RE = re.compile(r"来源|发布|时间|作者|编辑|日期|浏览|阅读")
_OUTLET_RE = re.compile(
    r"(?:稿件|文章|信息|新闻)?来源 ?[:：] ?(?P<o>[^ |,;]{2,30}?)"
    r"(?= |$|[|,;]|作者|编辑|责任编辑|发布|时间|日期|浏览|阅读|分享|字号)"
)
_TITLE_BAD_END = frozenset(_SENT_END + _CLAUSE_END)
_HEAD_LINES = 12  # metadata is looked for in the first lines only
# A sentence: from a non-space character to a run of terminators (with closing quotes),
# or to a line break that does not follow clause punctuation.
_SENTENCE_RE = re.compile(
    r"\S[^\n。！？!?；…]*(?:(?<=[，,、:：;])\n[^\n。！？!?；…]*)*"
    r"(?:[。！？!?；…]+[”’\"'」』)）》】]*)?"
)


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
    if len(name) < 2 or not _HAN_OR_WORD_RE.search(name):
        return None
    return name


def _is_title(line: str) -> bool:
    return (
        len(line) <= 80
        and len(_HAN_RE.findall(line)) >= 4
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
            and (_SENT_PUNCT_RE.search(lines[i]) or len(lines[i]) >= 60)
        ),
        None,
    )
    date = outlet = None
    for i in range(body if body is not None else head):
        line = lines[i]
        if i == first and title is not None:
            continue
        if date is None and (kinds[i] == "chrome" or _META_WORDS_RE.search(line)):
            m = _DATE_YMD_RE.search(line)
            if m:
                date = _fmt_date(*m.groups())
            else:
                m = _DATE_MD_RE.search(line)
                if m:
                    date = _fmt_date(None, *m.groups())
        if outlet is None:
            m = _OUTLET_RE.search(line)
            if m:
                outlet = _clean_outlet(m.group("o"))
    if body is not None:
        m = _DATELINE_RE.match(lines[body])
        if m:
            if date is None:
                hour = m.group("h")
                minute = m.group("mi") or ("0" if hour else None)
                date = _fmt_date(m.group("y"), m.group("m"), m.group("d"), hour, minute)
            if outlet is None:
                outlet = _clean_outlet(m.group("outlet"))
    return title, date, outlet


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans: split at 。！？!?；… (closing quotes included) and at line breaks,
    except that a line ending in ，,、:：; continues into the next one."""
    return tuple(m.span() for m in _SENTENCE_RE.finditer(text))


# ---------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------


def clean_text(text: str, *, encoding: str = "utf-8") -> CleanedDocument:
    """Clean one article given as text.

    Parameters
    ----------
    text
        The article: plain text or HTML, Simplified or Traditional.
    encoding
        The encoding the text was decoded from, recorded in the result.

    Returns
    -------
    CleanedDocument
        Cleaned Simplified text with title, date, outlet, script, counts per step and
        sentence offsets.
    """
    counts = dict.fromkeys(CLEANING_KEYS, 0)
    # One scan tells which of the character-level steps have anything to do.
    found = set(_ATTENTION_RE.findall(text))
    if not found.isdisjoint(_ATTENTION_ODD):
        text = _strip_controls(text, counts)
    if "<" in text or "&" in text:
        stripped = _strip_html(text, counts)
        if stripped is not text:  # entities may have brought new characters (&nbsp;)
            text = stripped
            found = set(_ATTENTION_RE.findall(text))
            if not found.isdisjoint(_ATTENTION_ODD):
                text = _strip_controls(text, counts)
    if not found.isdisjoint(_ATTENTION_FULLWIDTH):
        text = _normalise_fullwidth(text, counts, found & _ATTENTION_FULLWIDTH)
    if not found.isdisjoint(_ATTENTION_COMBINING):
        text = unicodedata.normalize("NFC", text)
    if ")" in text:
        text = _remove_readings(text, counts)
    # Text without any character t2s would change is Simplified (no need to count).
    changes = changes_script(text)
    script = _script(text) if changes else "simplified"
    if "?" in found or _LOST in found or "\uff1f" in found:
        repaired = _repair_mojibake(text, counts, traditional=script != "simplified")
        if repaired != text:
            text = repaired
            changes = changes_script(text)
    converted = to_simplified(text) if changes else text
    if converted is not text:
        counts["converted_chars"] = max(0, _outside_gb2312(text) - _outside_gb2312(converted))
        text = converted
    text = _fix_zhe(text, counts)

    lines = _split_lines(text, not found.isdisjoint(_ATTENTION_SPACE))
    text = "\n".join(lines)
    kinds = _classify(text, lines)
    title, date, outlet = _metadata(lines, kinds)
    counts["chrome_lines"] = kinds.count("chrome")
    counts["spam_lines"] = kinds.count("spam")
    if any(kinds):
        text = "\n".join(line for line, kind in zip(lines, kinds, strict=True) if kind is None)
    return CleanedDocument(
        text=text,
        title=title,
        date=date,
        outlet=outlet,
        encoding=encoding,
        script=script,
        cleaning=counts,
        sentences=_sentences(text),
    )


def clean_bytes(data: bytes) -> CleanedDocument:
    """Decode (:func:`decode`) and clean (:func:`clean_text`) one article.

    Raises
    ------
    DocumentError
        Empty, binary or mostly undecodable input.
    """
    text, encoding, replaced = decode(data)
    cleaned = clean_text(text, encoding=encoding)
    cleaned.cleaning["bytes_replaced"] = replaced
    return cleaned
