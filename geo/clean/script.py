"""The script steps: the script of a text, Traditional -> Simplified (exactly OpenCC ``t2s``),
then 著 -> 着 where it is not the zhù reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cqmap.geo.clean.document import Draft
from cqmap.geo.t2s import changes_script, code_points, to_simplified, use_arrays

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


# The text measured last and its sizes: telling the script of a text of up to
# _SCRIPT_SAMPLE characters measures the very text (the same object) that converting it
# measures next. (One tuple, rebound at once: threads never see a text with another's sizes.)
_last_sizes: tuple[str, tuple[int, int, int, int]] | None = None


def _encoded_sizes(text: str) -> tuple[int, int, int, int]:
    """``len(text.encode(codec, "ignore"))`` for ASCII, GB2312, GBK and Big5.

    For a long text, by table lookup: a codec's "ignore" handler is called for every
    run of characters it cannot encode, which makes Traditional text slow in GB2312.
    """
    global _last_sizes
    last = _last_sizes
    if last is not None and last[0] is text:
        return last[1]
    if not use_arrays(len(text)):
        found = tuple(len(text.encode(c, "ignore")) for c in ("ascii", *_SCRIPT_CODECS))
    else:
        import numpy as np

        sizes, weights = _code_sizes()
        found = tuple(
            (np.bincount(sizes.take(code_points(text)), minlength=128) @ weights).tolist()
        )
    _last_sizes = (text, found)
    return found


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


# --------------------------------------------------------------------------- steps
def tell_script(draft: Draft) -> None:
    """The input's script (text that t2s would not change is Simplified: no need to count)."""
    draft.changes_script = changes_script(draft.text)
    draft.script = _script(draft.text) if draft.changes_script else "simplified"


def convert_to_simplified(draft: Draft) -> None:
    """Traditional -> Simplified, exactly OpenCC ``t2s``."""
    if not draft.changes_script:
        return
    text = draft.text
    converted = to_simplified(text)
    if converted is not text:
        draft.counts["converted_chars"] = max(0, _outside_gb2312(text) - _outside_gb2312(converted))
        draft.text = converted


# Variant characters that OpenCC's t2s leaves as they are, with the character
# Simplified text writes (陜西, as pages of Hong Kong and China News Service write 陕西;
# 瑯勃拉邦, Taiwan's 琅勃拉邦)
VARIANTS = {"陜": "陕", "瑯": "琅"}
_VARIANT_RE = re.compile(f"[{''.join(VARIANTS)}]")
_VARIANT_TABLE = str.maketrans(VARIANTS)


def unify_variants(draft: Draft) -> None:
    """Variant characters that t2s keeps written as Simplified text writes them
    (:data:`VARIANTS`)."""
    if _VARIANT_RE.search(draft.text):
        draft.text = draft.text.translate(_VARIANT_TABLE)


def fix_zhe(draft: Draft) -> None:
    """著 -> 着 where it is not the zhù reading."""
    draft.text = _fix_zhe(draft.text, draft.counts)
