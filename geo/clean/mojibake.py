"""The mojibake step: GBK-shifted mojibake (``寄予厚望?!毒V要》`` for ``寄予厚望。《綱要》``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from cqmap.geo.clean.chars import CJK_PUNCT, HAN_RE, PUNCT_LEADS, PUNCT_START, charsets
from cqmap.geo.clean.document import Draft
from cqmap.geo.clean.markup import FULLWIDTH_TABLE, TAG_REMNANT_RE
from cqmap.geo.clean.readings import marker_reading
from cqmap.geo.t2s import changes_script, to_simplified

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
    cs = charsets()
    return (cs.common - (cs.simp_only if traditional else cs.trad_only)) | CJK_PUNCT


class _Weights(dict):
    """How ordinary a character looks in a repair, by script (runs are scored by the
    sum); filled on first use, so that a lookup is a plain dict lookup afterwards."""

    def __init__(self, traditional: bool) -> None:
        super().__init__()
        cs = charsets()
        self.common = cs.common
        self.known = cs.known
        # Characters of the other script are implausible in a repair.
        self.foreign = cs.simp_only if traditional else cs.trad_only

    def __missing__(self, ch: str) -> float:
        if ch in CJK_PUNCT:
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
    cs = charsets()
    foreign = cs.simp_only if traditional else cs.trad_only
    found = (_gbk_char(lead, trail) for lead in range(0x81, 0xFF))
    return tuple(c for c in found if c and c in cs.common and c not in foreign and HAN_RE.match(c))


def _infer_char(
    candidates: Iterable[str], ctx: _Context, before: str | None, after: str | None
) -> str | None:
    """The one candidate the document's own bigrams support (on both sides if any)."""
    left = ctx.succ(before) if before and HAN_RE.match(before) else frozenset()
    right = ctx.pred(after) if after and HAN_RE.match(after) else frozenset()
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
            if a is None or a not in left or a not in plausible or not HAN_RE.match(a):
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
    chars = list(body.translate(FULLWIDTH_TABLE))

    # The first character's lead byte is the one the "?" replaced.
    first = None
    for lead in PUNCT_LEADS:
        ch = _gbk_char(lead, head)
        if ch is not None and ch in PUNCT_START:
            first = ch.translate(FULLWIDTH_TABLE)
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
            m = marker_reading(text, i + 1)  # the reading of the run's last character
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
        rm = marker_reading(text, j)
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
                rr = marker_reading(text, end)
                if rr:
                    counts["pinyin_readings"] += 1
                    end = rr.end()
                tm = TAG_REMNANT_RE.match(text, end)
                if tm:
                    counts["html_tags"] += 1
                    end = tm.end()
            else:
                rr = marker_reading(text, end)
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


def repair_mojibake(draft: Draft) -> None:
    """Repair GBK-shifted runs, which start at a "?" or U+FFFD."""
    found = draft.found
    if "?" in found or _LOST in found or "\uff1f" in found:
        repaired = _repair_mojibake(
            draft.text, draft.counts, traditional=draft.script != "simplified"
        )
        if repaired != draft.text:
            draft.text = repaired
            draft.changes_script = changes_script(repaired)
