"""cqmap's own error types: failures it reports in one line, as opposed to bugs.

The command line catches these (and ``OSError``) and prints their message; anything else
is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = ["CqmapError", "OutputError"]


class CqmapError(Exception):
    """A failure cqmap reports in one line (its message names what failed)."""


class OutputError(CqmapError):
    """An output cqmap refuses to write: it would replace or read back someone's data."""
