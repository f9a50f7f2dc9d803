"""cqmap's own error types: failures it reports in one line, as opposed to bugs.

The command line catches these (and ``OSError``) and prints their message in one line;
anything else is a bug and keeps its traceback. Each also derives from the built-in type
a caller of the library would expect (``ValueError`` for a document that cannot be read,
``LookupError`` for an unknown place name).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "CqmapError",
    "DaskMissingError",
    "DocumentError",
    "InputError",
    "MissingExtraError",
    "OutputError",
    "require_extra",
    "UnknownPlaceError",
    "WorkerLostError",
]


class CqmapError(Exception):
    """A failure cqmap reports in one line (its message names what failed)."""


class OutputError(CqmapError):
    """An output cqmap refuses to write: it would replace or read back someone's data."""


class InputError(CqmapError, ValueError):
    """An input cqmap cannot read: a folder without articles, a file that is not one."""


class DocumentError(InputError):
    """The input cannot be read as a text document (empty, binary, truncated, undecodable)."""


class WorkerLostError(CqmapError, RuntimeError):
    """A worker process ended while it read a partition (killed, or out of memory)."""


class MissingExtraError(CqmapError, ImportError):
    """An optional dependency a command or format needs is not installed (one line naming
    the extra: ``pip install 'cqmap[parquet]'``)."""


def require_extra(module: str, *, extra: str, needed_by: str) -> None:
    """Import ``module``, or fail in one line saying what needs it and which extra
    installs it (``GeoParquet needs pyarrow, which is not installed: pip install
    'cqmap[parquet]'``).

    Raises
    ------
    MissingExtraError
        ``module`` cannot be imported.
    """
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        package = module.split(".")[0]
        raise MissingExtraError(
            f"{needed_by} {package}, which is not installed: pip install 'cqmap[{extra}]'"
        ) from None


class DaskMissingError(MissingExtraError):
    """dask (or dask.distributed) is not installed (the ``[dask]`` extra)."""


class UnknownPlaceError(CqmapError, LookupError):
    """A name that is not in the gazetteer. ``str()`` is a one-line message."""

    def __init__(self, query: str, suggestions: Iterable[str] = (), *, what: str = "region"):
        self.query = query
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {' or '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown {what} {query!r}{hint}")

    def __str__(self) -> str:  # KeyError-style quoting would hide the message
        return self.args[0]
