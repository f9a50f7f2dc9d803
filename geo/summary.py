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
  gazetteer cannot place): the documents, and why the word has no position;
* the documents that could not be read (their error records,
  :func:`cqmap.geo.records.error_record`): per id, its path and one-line error, in the
  order they came. They are not documents of the summary (not counted, listed nor
  summarised), and an error does not settle its id: a record of that document read later
  (``cqmap summarize --update`` once the file is fixed) is added as any other, and its
  error is then dropped. An error of a document already summarised, or already failed,
  changes nothing. The errors are what the corpus still lacks.

Summaries merge: ``a.merge(b)`` is the summary of ``a``'s documents followed by ``b``'s,
exactly the one :meth:`Summary.from_records` makes in one pass over all of them (the
kept quotes and ids included: they are the first ones in document order; ``a``'s errors
that ``b`` read are settled), so the summaries of consecutive chunks of a corpus can be
made apart and merged in any grouping; :meth:`Summary.update` merges in place and
:func:`merge_all` merges many, in time linear in their size. :meth:`Summary.to_json` writes one stable text (keys sorted, lists in document
order, Chinese as characters) that :meth:`Summary.from_json` reads back exactly.

A document is identified by its record's ``id``: it is what the evidence cites
(``[id#sentence]``), and ``cqmap extract`` gives every document of a run an id of its
own (the file name's stem, numbered on clashes). A record whose id is already in a
summary is not added again (:meth:`Summary.add` returns ``False``); two summaries that
share a document cannot be merged exactly and are refused. Articles read in separate
runs (``cqmap summarize --update``) therefore need file names of their own. The ids of
all documents are kept, so that none is counted twice, and the errors of all documents
that could not be read, so that each is settled exactly when read: the parts of a
summary that grow with the corpus (some 30 bytes a document, and a line an error).

Records files are read one record at a time (:func:`summarize`, with
:func:`cqmap.geo.record_files.read_records`, also importable from here): the ``json``
output of ``cqmap extract`` (``{"documents": [...]}``), JSON Lines, or a folder of
``part-*.jsonl`` parts (``cqmap extract --out-dir``).

The module's parts: the entries' bounded lists (counted in full, the first few kept) are
:mod:`cqmap.geo.bounded`, the reading of records files :mod:`cqmap.geo.record_files`;
its JSON form :mod:`cqmap.geo.summary_json`; the summary itself, its bounds and its
merging are here.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Iterable

from cqmap.geo.bounded import (
    add_document,
    add_quotes,
    deep_copy,
    earliest,
    join_documents,
    join_quotes,
    latest,
    union,
)
from cqmap.geo.errors import InputError
from cqmap.geo.record_files import BUILD_RECORDS, PARTS_GLOB, read_records, record_files
from cqmap.geo.records import is_error_record
from cqmap.geo.summary_json import fill_summary, summary_to_dict

__all__ = [
    "DOCUMENTS_LISTED",
    "DOCUMENT_IDS",
    "PAIR_QUOTES",
    "ROUTE_QUOTES",
    "Summary",
    "iso_date",
    "merge_all",
    "read_records",
    "record_files",
    "summarize",
    "PARTS_GLOB",
    "BUILD_RECORDS",
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


# --------------------------------------------------------------------------- the summary
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
        ``parent`` and ``host`` (the region it lies in, under its parent too: where a
        parent no record lists is placed), as first named.
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
    errors : dict
        Per id of a document that could not be read and is not summarised (an error
        record, :func:`cqmap.geo.records.error_record`): its ``path`` and ``error``, as
        its first error record gave them. No id is both here and in ``document_ids``.

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
        self.errors: dict[str, dict] = {}

    @property
    def error_count(self) -> int:
        """The documents that could not be read (and have no record in the summary)."""
        return len(self.errors)

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
        of its id is already summarised.

        An error record (a document that could not be read) is kept in :attr:`errors`,
        unless its document is summarised or failed already (``False``); a record of a
        document that had failed replaces its error.
        """
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise ValueError("not a cqmap record: no document id")
        doc_id = record["id"]
        if doc_id in self.document_ids:
            return False
        if is_error_record(record):
            if doc_id in self.errors:
                return False
            self.errors[doc_id] = {"path": record.get("path"), "error": record["error"]}
            return True
        self.errors.pop(doc_id, None)  # (read now: the error is settled)
        self.document_ids.add(doc_id)
        self.document_count += 1
        if len(self.documents) < DOCUMENTS_LISTED:
            self.documents.append({k: record.get(k) for k in DOCUMENT_FIELDS})
        self.newest_day = latest(self.newest_day, _stamp_day(record.get("date")))
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
                    # (a part's host too: where to place a parent no record lists)
                    "host": entry.get("host"),
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
            add_quotes(entry, p.get("evidence") or (), PAIR_QUOTES)
            if key not in cited:
                cited.add(key)
                add_document(entry, doc_id, DOCUMENT_IDS)
                entry["first_date"] = earliest(entry["first_date"], date)
                entry["last_date"] = latest(entry["last_date"], date)

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
            union(entry["names"], route.get("names") or ())
            union(entry["destinations"], route.get("destinations") or ())
            union(entry["via"], route.get("via") or ())
            add_quotes(entry, route.get("evidence") or (), ROUTE_QUOTES)
            if ("route", key) not in cited:
                cited.add(("route", key))
                add_document(entry, doc_id, DOCUMENT_IDS)

        for corridor in record.get("corridors") or []:
            entry = self.corridors.get(corridor["name"])
            if entry is None:
                entry = self.corridors[corridor["name"]] = {
                    "mode": corridor.get("mode"), "documents": 0, "document_ids": [],
                }  # fmt: skip
            if ("corridor", corridor["name"]) not in cited:
                cited.add(("corridor", corridor["name"]))
                add_document(entry, doc_id, DOCUMENT_IDS)

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
                add_document(entry, doc_id, DOCUMENT_IDS)
        return True

    def merge(self, other: Summary) -> Summary:
        """The summary of this summary's documents followed by ``other``'s: the one
        :meth:`from_records` makes of both in one pass. Neither is changed.

        Raises
        ------
        ValueError
            The two summaries share a document (it would be counted twice).
        """
        out = self.copy()
        out.update(other)
        return out

    def copy(self) -> Summary:
        """A summary equal to this one that shares nothing with it that changes."""
        out = Summary()
        out.update(self)
        return out

    def update(self, other: Summary) -> None:
        """Fold ``other`` in, in place: this summary becomes ``self.merge(other)``, the
        summary of its documents followed by ``other``'s, in time linear in ``other``'s
        size (``other`` is not changed, and nothing of it that changes is shared).

        ``other``'s documents settle this summary's errors of their ids; ``other``'s
        errors of documents summarised or failed here change nothing (as :meth:`add`
        takes their records one after the other).

        Raises
        ------
        ValueError
            The two summaries share a document (it would be counted twice); nothing
            changes then.
        """
        if not self.document_ids.isdisjoint(other.document_ids):
            shared = self.document_ids & other.document_ids
            raise ValueError(
                f"the summaries share {len(shared)} document(s) ({min(shared)} …): "
                "a document would be counted twice; add the records of one to the other instead"
            )
        # (looked up from the smaller side: a partition's few ids against a corpus's errors)
        if len(self.errors) <= len(other.document_ids):
            for doc_id in [i for i in self.errors if i in other.document_ids]:
                del self.errors[doc_id]
        else:
            for doc_id in other.document_ids:
                self.errors.pop(doc_id, None)
        for doc_id, error in list(other.errors.items()):
            if doc_id not in self.document_ids and doc_id not in self.errors:
                self.errors[doc_id] = dict(error)
        self.document_count += other.document_count
        self.document_ids |= other.document_ids
        room = DOCUMENTS_LISTED - len(self.documents)
        if room > 0:
            self.documents += [dict(d) for d in other.documents[:room]]
        self.newest_day = latest(self.newest_day, other.newest_day)
        for name, (mentions, documents) in list(other.mentions.items()):
            counts = self.mentions.setdefault(name, [0, 0])
            counts[0] += mentions
            counts[1] += documents
        for name, facility in other.derived.items():
            self.derived.setdefault(name, dict(facility))
        for key, theirs in other.pairs.items():
            entry = self.pairs.get(key)
            if entry is None:
                self.pairs[key] = deep_copy(theirs)
                continue
            if theirs["relation"] == "official":
                entry["relation"] = "official"
            join_quotes(entry, theirs, PAIR_QUOTES)
            join_documents(entry, theirs, DOCUMENT_IDS)
            entry["first_date"] = earliest(entry["first_date"], theirs["first_date"])
            entry["last_date"] = latest(entry["last_date"], theirs["last_date"])
        for key, theirs in other.routes.items():
            entry = self.routes.get(key)
            if entry is None:
                self.routes[key] = deep_copy(theirs)
                continue
            if not entry["opened"]:
                entry["opened"] = theirs["opened"]
                entry["opened_year_inferred"] = theirs["opened_year_inferred"]
            for field in ("names", "destinations", "via"):
                union(entry[field], theirs[field])
            join_quotes(entry, theirs, ROUTE_QUOTES)
            join_documents(entry, theirs, DOCUMENT_IDS)
        for kind, entries in (("corridors", other.corridors), ("places", other.places)):
            mine = getattr(self, kind)
            for name, theirs in entries.items():
                entry = mine.get(name)
                if entry is None:
                    mine[name] = deep_copy(theirs)
                else:
                    join_documents(entry, theirs, DOCUMENT_IDS)

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
        """The summary as JSON-ready data (every list in document order; the ids sorted;
        :func:`cqmap.geo.summary_json.summary_to_dict`)."""
        return summary_to_dict(self, bounds=_bounds())

    @classmethod
    def from_dict(cls, data: dict) -> Summary:
        """The summary :meth:`to_dict` gave (also one of version 1, which kept no errors:
        it has none; :func:`cqmap.geo.summary_json.fill_summary`).

        Raises
        ------
        ValueError
            ``data`` is no cqmap summary, or one of another version or other bounds
            (its kept quotes and ids could not be merged exactly with this one's).
        """
        return fill_summary(cls(), data, bounds=_bounds())

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
            f"{len(self.routes)} route(s), {len(self.places)} place name(s); "
            f"{self.error_count} error(s)>"
        )


def merge_all(summaries: Iterable[Summary]) -> Summary:
    """The summaries of consecutive chunks of a corpus, in order, merged into one: the
    summary of all their records in one pass (:meth:`Summary.merge`). Each is folded
    into a new summary in turn (:meth:`Summary.update`), so the time is linear in their
    sizes, and none of them is changed; they are taken one at a time, as they come.

    Raises
    ------
    ValueError
        Two of them share a document (it would be counted twice).

    Examples
    --------
    >>> merge_all([]) == Summary()
    True
    """
    out = Summary()
    for summary in summaries:
        out.update(summary)
    return out


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


def summarize(
    paths: Iterable[str | os.PathLike], *, into: Summary | None = None
) -> tuple[Summary, int]:
    """Fold the records of the records files ``paths`` (:func:`record_files`) into a
    summary (``into``, changed in place, or a new one); return it and the number of
    records skipped because their document was already in it (an error record also when
    its document had already failed).

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
