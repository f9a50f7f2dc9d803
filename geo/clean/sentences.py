"""Sentence offsets of the cleaned text."""

from __future__ import annotations

import re

from geo.clean.document import Draft

# A sentence: from a non-space character to a run of terminators (with closing quotes),
# or to a line break that does not follow clause punctuation.
_SENTENCE_RE = re.compile(
    r"\S[^\n。！？!?；…]*(?:(?<=[，,、:：;])\n[^\n。！？!?；…]*)*"
    r"(?:[。！？!?；…]+[”’\"'」』)）》】]*)?"
)


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans: split at 。！？!?；… (closing quotes included) and at line breaks,
    except that a line ending in ，,、:：; continues into the next one."""
    return tuple(m.span() for m in _SENTENCE_RE.finditer(text))


def split_sentences(draft: Draft) -> None:
    """Sentence offsets of the final text."""
    draft.sentences = _sentences(draft.text)
