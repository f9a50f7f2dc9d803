"""The examples of a rule table (pair patterns, route forms, chrome lines) as test cases."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest


def table_examples(table: Iterable, *, label: Callable[[object], str]) -> list:
    """One ``pytest.param(entry, example)`` per example of each entry of ``table``, named
    by the entry's name and ``label(example)``."""
    return [
        pytest.param(entry, example, id=f"{entry.name}: {label(example)}")
        for entry in table
        for example in entry.examples
    ]
