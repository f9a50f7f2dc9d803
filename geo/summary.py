"""A summary of many documents' records: what the layers, maps and index page show.

:class:`Summary` folds the records of :mod:`cqmap.geo.extract`, one at a time, into what
the outputs of ``cqmap build`` read, so that building them takes memory independent of
the number of documents and of their evidence:

* the documents: their number, the first :data:`DOCUMENTS_LISTED` of them (id, title,
  date, outlet, path: the index page's table) and the newest date they give (the date
  outputs are stamped with), and the ids of all of them (what identifies a document);
* per place named (regions and ports): its mentions and the documents naming it;
* the facilities the texts name that the gazetteer does not hold (``derived`` ports),
  each as first named;
* per pair ``(a, b)``: its relation (``official`` if any record says so), its evidence
  sentences (the number, and the first :data:`PAIR_QUOTES` in document order, each with
  its document and sentence number), its documents (the number, the first
  :data:`DOCUMENT_IDS` ids) and the first and last ISO date of them;
* per route, merged as the routes layer merges them (a named route by name and origin,
  another by origin, destinations and mode): its fields (destinations and stops in order
  of first mention, the first opening date given, the corridor it was first read on),
  its evidence (the number, the first :data:`ROUTE_QUOTES`) and its documents;
* per corridor named without a route, and per place-like word (a place named, a word the
  gazetteer cannot place): the documents, and why the word has no position.

Summaries merge: ``a.merge(b)`` is the summary of ``a``'s documents followed by ``b``'s,
exactly the one :meth:`Summary.from_records` makes in one pass over all of them (the
kept quotes and ids included: they are the first ones in document order), so the
summaries of consecutive chunks of a corpus can be made apart and merged in any
grouping. :meth:`Summary.to_json` writes one stable text (keys sorted, lists in document
order, Chinese as characters) that :meth:`Summary.from_json` reads back exactly.

A document is identified by its record's ``id``: it is what the evidence cites
(``[id#sentence]``), and ``cqmap extract`` gives every document of a run an id of its
own (the file name's stem, numbered on clashes). A record whose id is already in a
summary is not added again (:meth:`Summary.add` returns ``False``); two summaries that
share a document cannot be merged exactly and are refused. Articles read in separate
runs (``cqmap summarize --update``) therefore need file names of their own. The ids of
all documents are kept, so that none is counted twice: the one part of a summary that
grows with the corpus (some 30 bytes a document).

Records files are read one record at a time (:func:`read_records`): the ``json`` output
of ``cqmap extract`` (``{"documents": [...]}``), JSON Lines, or a folder of
``part-*.jsonl`` parts (``cqmap extract --out-dir``).
"""

from __future__ import annotations

import datetime
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from cqmap.geo.errors import InputError

__all__ = [
    "DOCUMENTS_LISTED",
    "DOCUMENT_IDS",
    "PAIR_QUOTES",
    "ROUTE_QUOTES",
    "Summary",
    "iso_date",
    "read_records",
    "record_files",
    "summarize",
]

# The bounds: what any output shows, so that it never grows with the corpus.
# The index page lists the documents one row each: 1,000 rows is a long page already.
DOCUMENTS_LISTED = 1000
# The ids of a pair's, a route's, a corridor's or a place's documents, as popups and the
# index page list them: beyond 20 a list of ids says no more than its count does.
DOCUMENT_IDS = 20
# Evidence sentences of a pair: a pair map's panel lists 50 (cqmap.layers.maps.PANEL_QUOTES),
# a popup 12 (cqmap.layers.builders.MAX_QUOTES).
PAIR_QUOTES = 50
# Evidence sentences of a route: its popup lists 12 (cqmap.layers.builders.MAX_QUOTES).
ROUTE_QUOTES = 12

FORMAT = "summary"
VERSION = 1
DOCUMENT_FIELDS = ("id", "title", "date", "outlet", "path")


def _bounds() -> dict[str, int]:
    """The bounds in force (read when used, so that a test may lower them)."""
    return {
        "documents_listed": DOCUMENTS_LISTED,
        "document_ids": DOCUMENT_IDS,
        "pair_quotes": PAIR_QUOTES,
        "route_quotes": ROUTE_QUOTES,
    }


# --------------------------------------------------------------------------- dates
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def iso_date(text: str | None) -> str | None:
    """The ISO date ``YYYY-MM-DD`` a date of the records stands for, or ``None``.

    A full date (``2023-06-06``, also with a time after it) is itself; a month without a
    day (``2023-06``) is the first day of that month, a year alone (``2023``) the first
    day of that year; a date without a year (``06-06``), or anything that is no real
    date, has none. The layers' date attributes (pairings' ``first_date`` and
    ``last_date``, routes' ``opened_date``) are made by it, so that QGIS's temporal
    controller and the overview's time slider can compare them as text.

    Examples
    --------
    >>> iso_date("2023-6"), iso_date("2023"), iso_date("06-25"), iso_date("2022-01-05 08:40")
    ('2023-06-01', '2023-01-01', None, '2022-01-05')
    """
    if not text:
        return None
    match = _PARTIAL_DATE.match(str(text).strip())
    if match is None:
        return None
    rest = str(text).strip()[match.end() :]
    if rest and not rest[0].isspace() and rest[0] != "T":
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _stamp_day(date: str | None) -> str | None:
    """The day a document's date stamps outputs with (as :func:`cqmap.geo.io.build_date`
    reads it): its first ten characters when it starts with a year, else ``None``."""
    if date and len(date) >= 10 and date[4] == "-" and date[:4].isdigit():
        return date[:10]
    return None


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


# --------------------------------------------------------------------------- the summary
def _quote(evidence: dict) -> dict:
    return {
        "document": evidence.get("document"),
        "sentence": evidence.get("sentence"),
        "quote": evidence.get("quote"),
    }


def _quoted(entry: dict, evidence: Sequence[dict], limit: int) -> None:
    """Count an entry's evidence sentences, and keep them while under ``limit``."""
    entry["evidence"] += len(evidence)
    room = limit - len(entry["quotes"])
    if room > 0:
        entry["quotes"] += [_quote(e) for e in evidence[:room]]


def _cited(entry: dict, doc_id: str, limit: int) -> None:
    """Count one more document of an entry, and list its id while under ``limit``."""
    entry["documents"] += 1
    if len(entry["document_ids"]) < limit:
        entry["document_ids"].append(doc_id)


def _join_cited(into: dict, other: dict, limit: int) -> None:
    into["documents"] += other["documents"]
    room = limit - len(into["document_ids"])
    if room > 0:
        into["document_ids"].extend(other["document_ids"][:room])


def _join_quotes(into: dict, other: dict, limit: int) -> None:
    into["evidence"] += other["evidence"]
    room = limit - len(into["quotes"])
    if room > 0:
        into["quotes"].extend(other["quotes"][:room])


def _union(into: list, values: Iterable) -> None:
    for value in values:
        if value not in into:
            into.append(value)


def _copy(entry: dict) -> dict:
    return json.loads(json.dumps(entry))


class Summary:
    """What the layers, maps and index page read, folded from records (see the module).

    Attributes
    ----------
    document_count : int
        The documents summarised.
    documents : list of dict
        The first :data:`DOCUMENTS_LISTED` documents (``id``, ``title``, ``date``,
        ``outlet``, ``path``), in order.
    document_ids : set of str
        The id of every document summarised.
    newest_day : str or None
        The newest ``YYYY-MM-DD`` the documents' dates start with.
    mentions : dict
        Per place named in ``regions`` or ``ports``: ``[mentions, documents]``.
    derived : dict
        Per facility the texts name that the gazetteer does not hold: ``kind``,
        ``parent`` and ``host`` (none when it has a parent), as first named.
    pairs : dict
        Per pair ``(a, b)``: ``relation``, ``evidence`` (count), ``quotes`` (the first
        :data:`PAIR_QUOTES`: ``document``, ``sentence``, ``quote``), ``documents``
        (count), ``document_ids`` (the first :data:`DOCUMENT_IDS`), ``first_date`` and
        ``last_date`` (ISO, of its documents).
    routes : dict
        Per merge key: ``name``, ``names``, ``origin``, ``destinations``, ``via``,
        ``mode``, ``opened``, ``opened_year_inferred``, ``corridor``, ``evidence``,
        ``quotes`` (the first :data:`ROUTE_QUOTES`), ``documents``, ``document_ids``.
    corridors : dict
        Per corridor named without a route of its own: ``mode``, ``documents``,
        ``document_ids``.
    places : dict
        Per name in ``regions``, ``ports`` or ``unresolved``: ``unresolved`` (``None``
        for a place of the gazetteer, else the word's ``kind`` and ``candidates``, as
        first named), ``documents``, ``document_ids``.

    Every dict is in order of first appearance.
    """

    def __init__(self) -> None:
        self.document_count = 0
        self.documents: list[dict] = []
        self.document_ids: set[str] = set()
        self.newest_day: str | None = None
        self.mentions: dict[str, list[int]] = {}
        self.derived: dict[str, dict] = {}
        self.pairs: dict[tuple[str, str], dict] = {}
        self.routes: dict[tuple, dict] = {}
        self.corridors: dict[str, dict] = {}
        self.places: dict[str, dict] = {}

    # ------------------------------------------------------------------ folding
    @classmethod
    def from_records(cls, records: Iterable[dict]) -> Summary:
        """The summary of ``records``, read once, one at a time, in the order given."""
        summary = cls()
        for record in records:
            summary.add(record)
        return summary

    def add(self, record: dict) -> bool:
        """Fold one document's record in; ``False`` (and nothing changes) when a document
        of its id is already summarised."""
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise ValueError("not a cqmap record: no document id")
        doc_id = record["id"]
        if doc_id in self.document_ids:
            return False
        self.document_ids.add(doc_id)
        self.document_count += 1
        if len(self.documents) < DOCUMENTS_LISTED:
            self.documents.append({k: record.get(k) for k in DOCUMENT_FIELDS})
        self.newest_day = _max(self.newest_day, _stamp_day(record.get("date")))
        date = iso_date(record.get("date"))
        regions, ports = record.get("regions") or [], record.get("ports") or []

        named: set[str] = set()
        for entry in (*regions, *ports):
            counts = self.mentions.setdefault(entry["name"], [0, 0])
            counts[0] += len(entry.get("mentions") or ())
            if entry["name"] not in named:
                named.add(entry["name"])
                counts[1] += 1
        for entry in ports:
            if entry.get("derived") and entry["name"] not in self.derived:
                self.derived[entry["name"]] = {
                    "kind": entry.get("kind"),
                    "parent": entry.get("parent"),
                    "host": entry.get("host") if not entry.get("parent") else None,
                }

        cited: set[tuple] = set()
        for p in record.get("pairings") or []:
            key = (p["a"], p["b"])
            entry = self.pairs.get(key)
            if entry is None:
                entry = self.pairs[key] = {
                    "relation": "cooperation", "evidence": 0, "quotes": [], "documents": 0,
                    "document_ids": [], "first_date": None, "last_date": None,
                }  # fmt: skip
            if p.get("relation") == "official":
                entry["relation"] = "official"
            _quoted(entry, p.get("evidence") or (), PAIR_QUOTES)
            if key not in cited:
                cited.add(key)
                _cited(entry, doc_id, DOCUMENT_IDS)
                entry["first_date"] = _min(entry["first_date"], date)
                entry["last_date"] = _max(entry["last_date"], date)

        for route in record.get("routes") or []:
            key = _route_key(route)
            entry = self.routes.get(key)
            if entry is None:
                entry = self.routes[key] = {
                    "name": route.get("name"), "names": [], "origin": route.get("origin"),
                    "destinations": [], "via": [], "mode": route.get("mode"),
                    "opened": route.get("opened"),
                    "opened_year_inferred": route.get("opened_year_inferred", False),
                    "corridor": route.get("corridor"), "evidence": 0, "quotes": [],
                    "documents": 0, "document_ids": [],
                }  # fmt: skip
            elif not entry["opened"]:  # (the first opening date given)
                entry["opened"] = route.get("opened")
                entry["opened_year_inferred"] = route.get("opened_year_inferred", False)
            _union(entry["names"], route.get("names") or ())
            _union(entry["destinations"], route.get("destinations") or ())
            _union(entry["via"], route.get("via") or ())
            _quoted(entry, route.get("evidence") or (), ROUTE_QUOTES)
            if ("route", key) not in cited:
                cited.add(("route", key))
                _cited(entry, doc_id, DOCUMENT_IDS)

        for corridor in record.get("corridors") or []:
            entry = self.corridors.get(corridor["name"])
            if entry is None:
                entry = self.corridors[corridor["name"]] = {
                    "mode": corridor.get("mode"), "documents": 0, "document_ids": [],
                }  # fmt: skip
            if ("corridor", corridor["name"]) not in cited:
                cited.add(("corridor", corridor["name"]))
                _cited(entry, doc_id, DOCUMENT_IDS)

        words = [(e["name"], None) for e in (*regions, *ports)]
        words += [
            (e["surface"], {"kind": e.get("kind"), "candidates": list(e.get("candidates") or [])})
            for e in record.get("unresolved") or []
        ]
        for name, unresolved in words:
            entry = self.places.get(name)
            if entry is None:
                entry = self.places[name] = {
                    "unresolved": unresolved,
                    "documents": 0,
                    "document_ids": [],
                }
            if ("place", name) not in cited:
                cited.add(("place", name))
                _cited(entry, doc_id, DOCUMENT_IDS)
        return True

    def merge(self, other: Summary) -> Summary:
        """The summary of this summary's documents followed by ``other``'s: the one
        :meth:`from_records` makes of both in one pass. Neither is changed.

        Raises
        ------
        ValueError
            The two summaries share a document (it would be counted twice).
        """
        shared = self.document_ids & other.document_ids
        if shared:
            raise ValueError(
                f"the summaries share {len(shared)} document(s) ({min(shared)} …): "
                "a document would be counted twice; add the records of one to the other instead"
            )
        out = Summary.from_dict(self.to_dict())
        out.document_count += other.document_count
        out.document_ids |= other.document_ids
        room = DOCUMENTS_LISTED - len(out.documents)
        if room > 0:
            out.documents += [dict(d) for d in other.documents[:room]]
        out.newest_day = _max(out.newest_day, other.newest_day)
        for name, (mentions, documents) in other.mentions.items():
            counts = out.mentions.setdefault(name, [0, 0])
            counts[0] += mentions
            counts[1] += documents
        for name, facility in other.derived.items():
            out.derived.setdefault(name, dict(facility))
        for key, theirs in other.pairs.items():
            entry = out.pairs.get(key)
            if entry is None:
                out.pairs[key] = _copy(theirs)
                continue
            if theirs["relation"] == "official":
                entry["relation"] = "official"
            _join_quotes(entry, theirs, PAIR_QUOTES)
            _join_cited(entry, theirs, DOCUMENT_IDS)
            entry["first_date"] = _min(entry["first_date"], theirs["first_date"])
            entry["last_date"] = _max(entry["last_date"], theirs["last_date"])
        for key, theirs in other.routes.items():
            entry = out.routes.get(key)
            if entry is None:
                out.routes[key] = _copy(theirs)
                continue
            if not entry["opened"]:
                entry["opened"] = theirs["opened"]
                entry["opened_year_inferred"] = theirs["opened_year_inferred"]
            for field in ("names", "destinations", "via"):
                _union(entry[field], theirs[field])
            _join_quotes(entry, theirs, ROUTE_QUOTES)
            _join_cited(entry, theirs, DOCUMENT_IDS)
        for kind, entries in (("corridors", other.corridors), ("places", other.places)):
            mine = getattr(out, kind)
            for name, theirs in entries.items():
                entry = mine.get(name)
                if entry is None:
                    mine[name] = _copy(theirs)
                else:
                    _join_cited(entry, theirs, DOCUMENT_IDS)
        return out

    # ------------------------------------------------------------------ reading
    def pair_quotes(self, a: str, b: str) -> tuple[list[dict], int]:
        """The kept evidence sentences of the pair ``a``, ``b`` (either order: those of
        ``(a, b)`` first) and the number of all of them."""
        quotes: list[dict] = []
        total = 0
        for key in ((a, b), (b, a)) if a != b else ((a, b),):
            entry = self.pairs.get(key)
            if entry is not None:
                quotes += entry["quotes"]
                total += entry["evidence"]
        return quotes, total

    # ------------------------------------------------------------------ JSON
    def to_dict(self) -> dict:
        """The summary as JSON-ready data (every list in document order; the ids sorted)."""
        return {
            "cqmap": FORMAT,
            "version": VERSION,
            "bounds": _bounds(),
            "documents": {
                "count": self.document_count,
                "listed": [dict(d) for d in self.documents],
                "ids": sorted(self.document_ids),
                "newest_day": self.newest_day,
            },
            "mentions": [
                {"name": name, "mentions": m, "documents": d}
                for name, (m, d) in self.mentions.items()
            ],
            "derived": [{"name": name, **entry} for name, entry in self.derived.items()],
            "pairs": [{"a": a, "b": b, **_copy(e)} for (a, b), e in self.pairs.items()],
            "routes": [{"key": _copy(key), **_copy(e)} for key, e in self.routes.items()],
            "corridors": [{"name": n, **_copy(e)} for n, e in self.corridors.items()],
            "places": [{"name": n, **_copy(e)} for n, e in self.places.items()],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Summary:
        """The summary :meth:`to_dict` gave.

        Raises
        ------
        ValueError
            ``data`` is no cqmap summary, or one of another version or other bounds
            (its kept quotes and ids could not be merged exactly with this one's).
        """
        if not isinstance(data, dict) or data.get("cqmap") != FORMAT:
            raise ValueError("not a cqmap summary")
        if data.get("version") != VERSION:
            raise ValueError(f"a cqmap summary of version {data.get('version')}, not {VERSION}")
        if data.get("bounds") != _bounds():
            raise ValueError(
                f"a cqmap summary made with other bounds ({data.get('bounds')}): "
                "make it again from the records"
            )
        try:
            out = cls()
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
                (e["a"], e["b"]): {k: v for k, v in _copy(e).items() if k not in ("a", "b")}
                for e in data["pairs"]
            }
            out.routes = {
                _route_key_of(e["key"]): {k: v for k, v in _copy(e).items() if k != "key"}
                for e in data["routes"]
            }
            out.corridors = {
                e["name"]: {k: v for k, v in _copy(e).items() if k != "name"}
                for e in data["corridors"]
            }
            out.places = {
                e["name"]: {k: v for k, v in _copy(e).items() if k != "name"}
                for e in data["places"]
            }
        except (KeyError, TypeError, ValueError) as err:
            raise ValueError(f"not a cqmap summary: {type(err).__name__} {err}") from None
        if len(out.document_ids) != out.document_count:
            raise ValueError("not a cqmap summary: its document count is not its ids'")
        return out

    def to_json(self) -> str:
        """The summary as JSON text: keys sorted, indented by one space, Chinese as
        characters, a newline at the end; the same summary gives the same text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> Summary:
        """The summary :meth:`to_json` wrote (``ValueError`` if it is not one)."""
        try:
            data = json.loads(text)
        except ValueError as err:
            raise ValueError(f"not a cqmap summary: not JSON ({err})") from None
        return cls.from_dict(data)

    @classmethod
    def load(cls, path: str | os.PathLike) -> Summary:
        """The summary in the file ``path``.

        Raises
        ------
        geo.errors.InputError
            The file is no cqmap summary (one line naming it).
        """
        with open(path, "rb") as f:
            data = f.read()
        try:
            return cls.from_json(data)
        except ValueError as err:
            raise InputError(f"{os.fspath(path)}: {err}") from None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Summary):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return (
            f"<Summary of {self.document_count} document(s): {len(self.pairs)} pair(s), "
            f"{len(self.routes)} route(s), {len(self.places)} place name(s)>"
        )


def _route_key(route: dict) -> tuple:
    """How routes merge (as the routes layer draws them): a named route by its name and
    origin; another by its origin, destinations and mode."""
    if route.get("name"):
        return ("named", route["name"], route.get("origin"))
    return (
        "movement",
        route.get("origin"),
        tuple(route.get("destinations") or ()),
        route.get("mode"),
    )


def _route_key_of(value: Sequence) -> tuple:
    """A route key read back from JSON (its destinations a list there)."""
    if value[0] == "movement":
        return ("movement", value[1], tuple(value[2]), value[3])
    return tuple(value)


# --------------------------------------------------------------------------- records files
PARTS_GLOB = "part-*.jsonl"
BUILD_RECORDS = "records.jsonl"  # a build's records (cqmap build)
# A JSON document of records (cqmap extract's json: {"documents": [...]}, or a bare array)
# starts so; JSON Lines start with a record's own brace.
_JSON_HEAD = re.compile(r'\s*(?:\{\s*"documents"\s*:\s*)?\[')
_HEAD = 4096  # characters read to tell the two apart
_CHUNK = 1 << 20  # characters read at a time of a JSON document


def record_files(paths: Iterable[str | os.PathLike]) -> list[str]:
    """The records files to read for ``paths``: files as given (``-``: stdin), a folder
    as its ``part-*.jsonl`` parts in name order (``cqmap extract --out-dir``), or else as
    its ``records.jsonl`` (a ``cqmap build`` output).

    Raises
    ------
    FileNotFoundError
        A path that does not exist.
    geo.errors.InputError
        A folder with neither.
    """
    out: list[str] = []
    for p in paths:
        p = os.fspath(p)
        path = Path(p)
        if p == "-":
            out.append(p)
        elif path.is_dir():
            parts = sorted(path.glob(PARTS_GLOB))
            if not parts and (path / BUILD_RECORDS).is_file():
                parts = [path / BUILD_RECORDS]
            if not parts:
                raise InputError(
                    f"{p}: no records in this folder ({PARTS_GLOB} or {BUILD_RECORDS})"
                )
            out.extend(str(part) for part in parts)
        elif path.exists():
            out.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return out


def read_records(path: str | os.PathLike) -> Iterator[dict]:
    """The records of one records file, one at a time: the ``json`` output of ``cqmap
    extract`` (``{"documents": [...]}``, or a bare array) or JSON Lines, told apart by
    their first characters; ``-`` reads stdin.

    Raises
    ------
    geo.errors.InputError
        The file holds something else (one line naming it and where).
    """
    if os.fspath(path) == "-":
        yield from _records_of(sys.stdin.buffer, "<stdin>")
        return
    with open(path, "rb") as f:
        yield from _records_of(f, os.fspath(path))


def _records_of(binary, shown: str) -> Iterator[dict]:
    stream = io.TextIOWrapper(binary, encoding="utf-8")
    try:
        head = stream.read(_HEAD)
        match = _JSON_HEAD.match(head)
        if match is not None:
            yield from _json_array(stream, head, match.end(), shown)
        else:
            yield from _json_lines(stream, head, shown)
    except UnicodeDecodeError as err:
        raise InputError(f"{shown}: not UTF-8 ({err.reason})") from None
    finally:
        stream.detach()  # (the caller closes the file; stdin stays open)


def _record_or_fail(value: Any, shown: str, where: str) -> dict:
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        raise InputError(f"{shown}: {where}: not a cqmap record (no document id)")
    return value


def _json_lines(stream: TextIO, head: str, shown: str) -> Iterator[dict]:
    *complete, partial = head.split("\n")
    lines = itertools.chain(complete, [partial + stream.readline()], stream)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as err:
            raise InputError(f"{shown}: line {number}: not JSON ({err})") from None
        yield _record_or_fail(value, shown, f"line {number}")


def _json_array(stream: TextIO, buffer: str, pos: int, shown: str) -> Iterator[dict]:
    """The items of a JSON array whose ``[`` ends at ``pos`` of ``buffer`` (the text read
    so far), decoded one at a time: the text held grows only as far as an item needs."""
    decoder = json.JSONDecoder()
    ended, item, want_item = False, 0, True
    while True:
        while True:  # (blanks skipped, reading on where the text read ends)
            while pos < len(buffer) and buffer[pos] in " \t\r\n":
                pos += 1
            if pos < len(buffer) or ended:
                break
            buffer, pos = stream.read(_CHUNK), 0
            ended = not buffer
        if pos >= len(buffer):
            raise InputError(f"{shown}: the records end before the closing ]")
        char = buffer[pos]
        if char == "]" and (item == 0 or not want_item):
            rest = buffer[pos + 1 :] + stream.read(_HEAD)
            if rest.strip() not in ("", "}") or stream.read(1):
                raise InputError(f"{shown}: unexpected text after the records")
            return
        if not want_item:
            if char != ",":
                raise InputError(f"{shown}: after record {item}: not JSON (expected , or ])")
            pos, want_item = pos + 1, True
            continue
        while True:
            try:
                value, end = decoder.raw_decode(buffer, pos)
                break
            except ValueError as err:
                more = "" if ended else stream.read(max(_CHUNK, len(buffer) - pos))
                if not more:
                    raise InputError(f"{shown}: record {item + 1}: not JSON ({err})") from None
                buffer, pos = buffer[pos:] + more, 0
        item, want_item = item + 1, False
        yield _record_or_fail(value, shown, f"record {item}")
        buffer, pos = buffer[end:], 0


def summarize(
    paths: Iterable[str | os.PathLike], *, into: Summary | None = None
) -> tuple[Summary, int]:
    """Fold the records of the records files ``paths`` (:func:`record_files`) into a
    summary (``into``, changed in place, or a new one); return it and the number of
    records skipped because their document was already in it.

    Raises
    ------
    FileNotFoundError
        A path that does not exist.
    geo.errors.InputError
        A file or record that is not one of cqmap's (one line naming it); ``into`` may
        then hold part of what was read.
    """
    summary = into if into is not None else Summary()
    skipped = 0
    for path in record_files(paths):
        for number, record in enumerate(read_records(path), 1):
            try:
                added = summary.add(record)
            except (KeyError, TypeError, AttributeError) as err:
                shown = "<stdin>" if os.fspath(path) == "-" else os.fspath(path)
                raise InputError(
                    f"{shown}: record {number}: not a cqmap record ({type(err).__name__}: {err})"
                ) from None
            skipped += not added
    return summary, skipped
