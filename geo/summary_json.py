"""A :class:`cqmap.geo.summary.Summary` as JSON-ready data, and back.

What ``summary.json`` holds (``cqmap summarize``, ``cqmap build``): the format's name and
version, the bounds the summary was made with (a summary of other bounds cannot be merged
exactly with this one's, so it is refused), and every entry in document order. The
summary's methods (``to_dict``, ``from_dict``, ``to_json``, ``from_json``, ``load``) use
these two functions; the bounds in force are passed in, so that this module reads no
other module's settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cqmap.geo.bounded import deep_copy

__all__ = ["FORMAT", "VERSION", "summary_to_dict", "fill_summary"]

FORMAT = "summary"
VERSION = 2  # (2: the errors of the documents that could not be read; 1 is read as none)
_READABLE_VERSIONS = (1, VERSION)


def summary_to_dict(summary: Any, *, bounds: dict[str, int]) -> dict:
    """``summary`` as JSON-ready data: every list in document order, the ids sorted."""
    return {
        "cqmap": FORMAT,
        "version": VERSION,
        "bounds": dict(bounds),
        "documents": {
            "count": summary.document_count,
            "listed": [dict(d) for d in summary.documents],
            "ids": sorted(summary.document_ids),
            "newest_day": summary.newest_day,
        },
        "mentions": [
            {"name": name, "mentions": m, "documents": d}
            for name, (m, d) in summary.mentions.items()
        ],
        "derived": [{"name": name, **entry} for name, entry in summary.derived.items()],
        "pairs": [{"a": a, "b": b, **deep_copy(e)} for (a, b), e in summary.pairs.items()],
        "routes": [{"key": deep_copy(key), **deep_copy(e)} for key, e in summary.routes.items()],
        "corridors": [{"name": n, **deep_copy(e)} for n, e in summary.corridors.items()],
        "places": [{"name": n, **deep_copy(e)} for n, e in summary.places.items()],
        "errors": [{"id": i, **e} for i, e in summary.errors.items()],
    }


def fill_summary(out: Any, data: dict, *, bounds: dict[str, int]) -> Any:
    """Fill the new, empty summary ``out`` with what :func:`summary_to_dict` gave (also a
    summary of version 1, which kept no errors: it has none) and return it.

    Raises
    ------
    ValueError
        ``data`` is no cqmap summary, or one of another version or other bounds.
    """
    if not isinstance(data, dict) or data.get("cqmap") != FORMAT:
        raise ValueError("not a cqmap summary")
    if data.get("version") not in _READABLE_VERSIONS:
        raise ValueError(f"a cqmap summary of version {data.get('version')}, not {VERSION}")
    if data.get("bounds") != bounds:
        raise ValueError(
            f"a cqmap summary made with other bounds ({data.get('bounds')}): "
            "make it again from the records"
        )
    try:
        documents = data["documents"]
        out.document_count = int(documents["count"])
        out.documents = [dict(d) for d in documents["listed"]]
        out.document_ids = set(documents["ids"])
        out.newest_day = documents["newest_day"]
        out.mentions = {e["name"]: [e["mentions"], e["documents"]] for e in data["mentions"]}
        out.derived = {
            e["name"]: {k: e[k] for k in ("kind", "parent", "host")} for e in data["derived"]
        }
        out.pairs = {
            (e["a"], e["b"]): {k: v for k, v in deep_copy(e).items() if k not in ("a", "b")}
            for e in data["pairs"]
        }
        out.routes = {
            _route_key_of(e["key"]): {k: v for k, v in deep_copy(e).items() if k != "key"}
            for e in data["routes"]
        }
        out.corridors = {
            e["name"]: {k: v for k, v in deep_copy(e).items() if k != "name"}
            for e in data["corridors"]
        }
        out.places = {
            e["name"]: {k: v for k, v in deep_copy(e).items() if k != "name"}
            for e in data["places"]
        }
        errors = data["errors"] if data["version"] != 1 else []
        out.errors = {e["id"]: {"path": e["path"], "error": e["error"]} for e in errors}
    except (KeyError, TypeError, ValueError) as err:
        raise ValueError(f"not a cqmap summary: {type(err).__name__} {err}") from None
    if len(out.document_ids) != out.document_count:
        raise ValueError("not a cqmap summary: its document count is not its ids'")
    if len(out.errors) != len(errors) or not out.document_ids.isdisjoint(out.errors):
        raise ValueError("not a cqmap summary: an error twice, or of a document summarised")
    return out


def _route_key_of(value: Sequence) -> tuple:
    """A route key read back from JSON (its destinations a list there)."""
    if value[0] == "movement":
        return ("movement", value[1], tuple(value[2]), value[3])
    return tuple(value)
