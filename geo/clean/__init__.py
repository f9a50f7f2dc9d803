"""Clean Chinese news articles scraped from the web into plain Simplified text.

Decoding (:func:`decode`, module :mod:`~cqmap.geo.clean.decoding`) turns bytes into text: BOMs,
``<meta charset>``, then the most plausible of the candidate decodings (UTF-8, GB18030,
Big5, UTF-16), with a few bad bytes replaced and counted. Then :func:`clean_text` runs
:data:`STEPS` in order over a :class:`~cqmap.geo.clean.document.Draft`; each step is a function
of its own module, returns at once when the text holds nothing for it, and counts what it
did in ``CleanedDocument.cleaning`` (keys :data:`CLEANING_KEYS`):

========================  ===================================================  ============
step                      what                                                 module
========================  ===================================================  ============
strip controls            newlines, control and zero-width characters          markup
strip HTML                comments, scripts, styles, tags, entities            markup
normalise full-width      full-width ASCII forms, odd spaces -> ASCII; odd     markup
                          dashes (―, ─) -> —
compose accents           combining tone marks composed (NFC)                  markup
remove readings           pinyin readings after characters (``區(qū)``,          readings
                          ``專(zhuan) 線`` by the dozen)
tell script               Simplified, Traditional or mixed                     script
repair mojibake           GBK-shifted runs                                     mojibake
convert to Simplified     exactly OpenCC ``t2s``                               script
fix 著                    著 -> 着 where it is not the zhù reading               script
join spaced dates         ``2024 年 11 月 18 日`` -> ``2024年11月18日``             markup
classify lines            whitespace; chrome and spam lines found              chrome
read metadata             title, date and outlet from the head                 metadata
drop chrome               the chrome and spam lines removed                    chrome
drop stray commas         a comma right before another mark (``政协,、``)         sentences
join broken lines         a line ending in 、, a dash, 至 … joins the next       sentences
split sentences           sentence offsets                                     sentences
========================  ===================================================  ============

The words and line patterns of the chrome step are data, in :mod:`cqmap.geo.clean.chrome_words`.
Everything is deterministic, and ``clean_bytes(b)`` equals ``clean_text(decode(b).text)``
apart from the recorded encoding and replaced bytes. Only the standard library and the
dictionary files of opencc-python-reimplemented are used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from cqmap.geo.clean import chrome, markup, metadata, mojibake, readings, script, sentences
from cqmap.geo.clean.decoding import MAX_REPLACED, Decoded, decode, read_text
from cqmap.geo.clean.document import CLEANING_KEYS, CleanedDocument, Draft
from cqmap.geo.errors import DocumentError
from cqmap.geo.t2s import to_simplified

__all__ = [
    "CLEANING_KEYS",
    "MAX_REPLACED",
    "STEPS",
    "CleanedDocument",
    "Decoded",
    "DocumentError",
    "Step",
    "clean_bytes",
    "clean_text",
    "decode",
    "read_text",
    "to_simplified",
]


class Step(NamedTuple):
    """One step of cleaning: a name and the function that changes the draft."""

    name: str
    run: Callable[[Draft], None]


#: The steps of :func:`clean_text`, in order.
STEPS: tuple[Step, ...] = (
    Step("strip controls", markup.strip_controls),
    Step("strip HTML", markup.strip_html),
    Step("normalise full-width", markup.normalise_fullwidth),
    Step("compose accents", markup.compose_accents),
    Step("remove readings", readings.remove_readings),
    Step("tell script", script.tell_script),
    Step("repair mojibake", mojibake.repair_mojibake),
    Step("convert to Simplified", script.convert_to_simplified),
    Step("unify variants", script.unify_variants),
    Step("fix 著", script.fix_zhe),
    Step("join spaced dates", markup.join_spaced_dates),
    Step("classify lines", chrome.classify_lines),
    Step("read metadata", metadata.read_metadata),
    Step("drop chrome", chrome.drop_chrome),
    Step("drop stray commas", sentences.drop_stray_commas),
    Step("join broken lines", sentences.join_broken_lines),
    Step("join verse lines", sentences.join_verse_lines),
    Step("split sentences", sentences.split_sentences),
)


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
    draft = Draft(text)
    for step in STEPS:
        step.run(draft)
    return draft.document(encoding)


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
