"""What every table of reading rules shares: entries tried in a stated order.

A form table (route forms, pair patterns) is written across modules of one concern each,
but the order its entries are tried in decides which one reads a sentence first; the
table's own module states that order once, by the entries' names, and builds the table
from it with :func:`in_order`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

__all__ = ["in_order"]


class _Named(Protocol):
    name: str


E = TypeVar("E", bound=_Named)


def in_order(entries: Iterable[E], order: Sequence[str], *, table: str) -> tuple[E, ...]:
    """The ``entries`` in the order of their names in ``order``.

    Raises
    ------
    ValueError
        Where two entries share a name, an entry is not placed in ``order`` or placed
        twice, or ``order`` names an entry that is not written (the message names them and
        the ``table``).
    """
    entries = list(entries)
    by_name = {e.name: e for e in entries}
    written_twice = sorted(n for n, k in Counter(e.name for e in entries).items() if k > 1)
    twice = sorted(n for n, k in Counter(order).items() if k > 1)
    missing = sorted(set(by_name) - set(order))
    unknown = sorted(set(order) - set(by_name))
    if written_twice or missing or unknown or twice:
        raise ValueError(
            f"{table}: each entry is written once and placed in its order once (written "
            f"twice: {written_twice}, not placed: {missing}, placed twice: {twice}, not "
            f"written: {unknown})"
        )
    return tuple(by_name[name] for name in order)
