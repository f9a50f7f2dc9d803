"""What cleaning makes: :class:`CleanedDocument`, its count keys, and the :class:`Draft`
the steps pass along."""

from __future__ import annotations

from dataclasses import dataclass, field

from cqmap.geo.clean.chars import ATTENTION_RE

__all__ = ["CLEANING_KEYS", "CleanedDocument", "Draft"]

#: The fixed key set of ``CleanedDocument.cleaning``: bytes no encoding could decode,
#: replaced by U+FFFD (at most 5 % of a file; see :func:`cqmap.geo.clean.decode`); tags (and tag
#: remnants) and entities removed; control and zero-width characters removed; full-width
#: forms normalised; pinyin readings removed; mojibake runs repaired (wholly or in part, and
#: lost characters restored from their reading); mojibake left unrepaired (runs with a
#: character that could not be restored, and lost characters dropped: "?" with a
#: reading, U+FFFD); characters converted to Simplified (counted as the characters
#: outside GB2312 that conversion removed: an estimate, cheap to get, that misses the
#: few GB2312 characters t2s changes too); 著 -> 着 fixes; chrome and spam lines dropped;
#: commas standing right before another mark dropped (noise); lines broken mid-sentence
#: by the page's layout, or laid out a phrase to a line, joined to the next; dates spaced
#: out (2024 年 11 月 18 日) written together.
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
    "stray_commas",
    "broken_lines_joined",
    "spaced_dates_joined",
)


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


@dataclass(slots=True)
class Draft:
    """An article between the steps of :data:`cqmap.geo.clean.STEPS`: each step reads and
    replaces what it needs.

    ``found`` holds the characters of ``text`` that call for a step (:data:`ATTENTION_RE`,
    one scan): a step with nothing to do returns at once.
    """

    text: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLEANING_KEYS, 0))
    found: set[str] = field(default_factory=set)
    script: str = "simplified"
    changes_script: bool = False  # whether t2s would change anything
    lines: list[str] = field(default_factory=list)
    kinds: list[str | None] = field(default_factory=list)  # per line: chrome, spam or None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    sentences: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        self.rescan()

    def rescan(self) -> None:
        """Find again the characters that call for a step (after one brought new ones)."""
        self.found = set(ATTENTION_RE.findall(self.text))

    def document(self, encoding: str) -> CleanedDocument:
        return CleanedDocument(
            text=self.text,
            title=self.title,
            date=self.date,
            outlet=self.outlet,
            encoding=encoding,
            script=self.script,
            cleaning=self.counts,
            sentences=self.sentences,
        )
