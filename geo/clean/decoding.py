"""Decoding: bytes -> text. BOMs, ``<meta charset>``, then the most plausible of the
candidate decodings (UTF-8, GB18030, Big5, UTF-16); a few bad bytes are replaced and
counted.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import NamedTuple

from cqmap.geo.clean.chars import plausible_re
from cqmap.geo.errors import DocumentError

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
    good = sum(map(len, plausible_re().findall(sample)))
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

    A BOM decides the encoding (a UTF-16 or UTF-32 one only when the text it gives is
    plausible: two spoilt bytes can look like one). Otherwise an HTML ``<meta charset>`` that decodes the
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
            if codec != "utf-8-sig" and _plausibility(text) < _MIN_PLAUSIBLE:
                break  # (a UTF-8 or GB18030 text whose first bytes were spoilt into a BOM)
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
