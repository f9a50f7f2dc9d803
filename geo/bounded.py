"""The bounded lists of a summary's entries (:mod:`cqmap.geo.summary`): counted in full,
the first few kept.

An entry of a :class:`cqmap.geo.summary.Summary` (a pair, a route, a corridor, a place)
counts its evidence sentences (``evidence``) and its documents (``documents``) and keeps
the first of them, in document order, up to a limit (``quotes``, ``document_ids``):
:func:`add_quotes` and :func:`add_document` fold one document's in, :func:`join_quotes`
and :func:`join_documents` those of a summary that follows. Since what is kept is the
first in document order, folding documents one by one and joining summaries of
consecutive chunks keep the same: the summary merges exactly. The limits are given by
the caller (the summary's bounds, read when used, so that a test may lower them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

__all__ = [
    "earliest",
    "latest",
    "quote_of",
    "add_quotes",
    "add_document",
    "join_quotes",
    "join_documents",
    "union",
    "deep_copy",
]


def earliest(a: str | None, b: str | None) -> str | None:
    """The earlier of two ISO dates (or texts that sort as dates); ``None`` is no date."""
    return b if a is None else a if b is None else min(a, b)


def latest(a: str | None, b: str | None) -> str | None:
    """The later of two ISO dates (or texts that sort as dates); ``None`` is no date."""
    return b if a is None else a if b is None else max(a, b)


def quote_of(evidence: dict) -> dict:
    """What is kept of an evidence sentence: its ``document``, ``sentence`` and ``quote``."""
    return {
        "document": evidence.get("document"),
        "sentence": evidence.get("sentence"),
        "quote": evidence.get("quote"),
    }


def add_quotes(entry: dict, evidence: Sequence[dict], limit: int) -> None:
    """Count an entry's evidence sentences, and keep them while under ``limit``."""
    entry["evidence"] += len(evidence)
    room = limit - len(entry["quotes"])
    if room > 0:
        entry["quotes"] += [quote_of(e) for e in evidence[:room]]


def add_document(entry: dict, doc_id: str, limit: int) -> None:
    """Count one more document of an entry, and list its id while under ``limit``."""
    entry["documents"] += 1
    if len(entry["document_ids"]) < limit:
        entry["document_ids"].append(doc_id)


def join_documents(into: dict, other: dict, limit: int) -> None:
    """Count ``other``'s documents into ``into``'s, and list their first ids while under
    ``limit`` (``other``'s documents follow ``into``'s)."""
    into["documents"] += other["documents"]
    room = limit - len(into["document_ids"])
    if room > 0:
        into["document_ids"].extend(other["document_ids"][:room])


def join_quotes(into: dict, other: dict, limit: int) -> None:
    """Count ``other``'s evidence sentences into ``into``'s, and keep their first ones
    while under ``limit`` (``other``'s sentences follow ``into``'s)."""
    into["evidence"] += other["evidence"]
    room = limit - len(into["quotes"])
    if room > 0:
        into["quotes"].extend(other["quotes"][:room])


def union(into: list, values: Iterable) -> None:
    """Append to ``into`` the values it does not hold yet, in order (first mention kept)."""
    for value in values:
        if value not in into:
            into.append(value)


def deep_copy(entry: dict) -> dict:
    """A copy of a JSON-ready entry that shares nothing with it (tuples become lists)."""
    return json.loads(json.dumps(entry))
