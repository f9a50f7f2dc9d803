"""Typed records: a document's record (:mod:`cqmap.geo.extract`) as frozen msgspec Structs.

The records cqmap writes stay plain JSON (:mod:`cqmap.geo.records`); this module is a
typed, validated view of them that writes the same JSON back::

    doc = Document.from_dict(record)   # ValueError naming the field on anything unexpected
    doc.routes[0].mode                 # 'river'
    doc.to_dict() == record            # True, with the same key order: the same bytes

Each element of a record is a class: :class:`Document` (the record) holds a
:class:`Cleaning` and tuples of :class:`Region`, :class:`Pairing`, :class:`Port`,
:class:`Route`, :class:`NamedCorridor` and :class:`Unresolved`; a region, a port and an
unresolved name have :class:`Mention` s, a pairing, a route and a corridor
:class:`Evidence`. A file that could not be read is an :class:`ErrorRecord`
(``{"id", "path", "error"}``); :func:`from_dict` returns either, :func:`read_records`
reads them from a records file or folder.

The closed vocabularies are ``Literal`` types made from the tuples the code itself uses,
so that they cannot drift apart: :data:`Mode` (``vocabulary.MODES``), :data:`PortKind`
(``vocabulary.PORT_KINDS``), :data:`RegionKind` (``vocabulary.REGION_LEVELS``),
:data:`Relation`, :data:`Script`, :data:`UnresolvedKind` (``vocabulary.RELATIONS``,
``SCRIPTS``, ``UNRESOLVED_KINDS``) and :data:`CorridorName` (the names of
``vocabulary.CORRIDORS`` and ``PROGRAMMES``); :class:`Cleaning` has one field per key of
``clean.CLEANING_KEYS``, in that order (``msgspec.defstruct``).

msgspec does the work. The classes are ``msgspec.Struct`` s, frozen (hashable; setting a
field raises ``AttributeError``) and ``forbid_unknown_fields``; ``from_dict`` is
``msgspec.convert`` (strict: a boolean is no integer, nor is 3.0), which reports an
unknown or missing key, a value of the wrong type or outside its vocabulary as a
``msgspec.ValidationError`` naming its path (``… - at `$.routes[2].mode` ``);
``to_dict`` is ``msgspec.json``'s encoder and then its decoder
(``msgspec.to_builtins`` is faster but keeps the tuples as tuples, and a record's arrays
are lists). Written here are only what msgspec has no word for: the checks across
fields (``__post_init__``: a named corridor's mode is its corridor's, a shared
unresolved name and only it lists candidates, an error is one line), the taking apart
of msgspec's message into :class:`RecordSchemaError`'s ``field`` and ``reason`` (with
the vocabulary, in the code's order, for a value outside it), and :func:`read_records`'
handing over from the fast reading of a line to the records reader's.

Every key is written, ``null`` included, but ``Unresolved.candidates``. ``omit_defaults``
leaves out every field equal to its default, so it is set on :class:`Unresolved` alone,
whose ``candidates`` alone has a default (``None``: no key), and no other field has
one: one given a default later, in a class with ``omit_defaults``, would go missing
from the JSON. (``kw_only`` lets that default come before ``mentions``, the JSON's
order: an ``Unresolved`` is made by keyword. msgspec reads a ``null`` there as the key
left out; ``msgspec.UNSET`` would tell them apart, but then ``candidates`` would not be
``None``.)

``msgspec.json.encode(doc)`` gives the record's compact JSON (``records.encode_jsonl
(record)`` without its newline) byte for byte, and ``msgspec.json.decode(line,
type=Document)`` reads a line of a document straight to the Struct (a ``Document |
ErrorRecord`` decoder is not possible without a tag key). :func:`read_records` reads
records as ``cqmap summarize`` does and converts each: about 0.09 ms a record of 4 KB,
against 2.3 ms to read the article.

Cost per record, best of 20 (the least of several such runs, on a shared machine;
Python 3.11, msgspec 0.23), against the hand-written loaders and writers this module
had first; 5 seeds of 12.9 KB of JSON on average, 155 local real pages of 4.1 KB:

=========================================  ==========  ===========
per record                                 seeds       local pages
=========================================  ==========  ===========
``from_dict``, hand-written                0.130 ms    0.060 ms
``from_dict`` (``msgspec.convert``)        0.013 ms    0.008 ms
``to_dict``, hand-written                  0.062 ms    0.030 ms
``to_dict`` (``msgspec.json`` both ways)   0.054 ms    0.025 ms
``json.loads(line)``, then ``from_dict``   0.093 ms    0.042 ms
``msgspec.json.decode(line, Document)``    0.033 ms    0.013 ms
``msgspec.json.encode(doc)``               0.008 ms    0.004 ms
reading the article (``extract_file``)     2.3 ms
=========================================  ==========  ===========
"""

from __future__ import annotations

import os
import re
import types
import typing
from collections.abc import Iterator
from typing import Any, Literal, TypeVar

import msgspec

from cqmap.geo.clean.document import CLEANING_KEYS
from cqmap.geo.errors import InputError
from cqmap.geo.vocabulary import (
    CORRIDORS,
    MODES,
    PORT_KINDS,
    PROGRAMMES,
    REGION_LEVELS,
    RELATIONS,
    SCRIPTS,
    UNRESOLVED_KINDS,
)

__all__ = [
    "Mode",
    "PortKind",
    "RegionKind",
    "Relation",
    "Script",
    "UnresolvedKind",
    "CorridorName",
    "VOCABULARIES",
    "RecordSchemaError",
    "Mention",
    "Evidence",
    "Region",
    "Port",
    "Pairing",
    "Route",
    "NamedCorridor",
    "Unresolved",
    "Cleaning",
    "Document",
    "ErrorRecord",
    "Record",
    "from_dict",
    "read_records",
]

# --------------------------------------------------------------------------- vocabularies
# (Literal[tuple] is Literal of its items: each vocabulary is written where the code
# that makes the value states it, and only there.)
Mode = Literal[MODES]
PortKind = Literal[PORT_KINDS]
RegionKind = Literal[REGION_LEVELS]
Relation = Literal[RELATIONS]
Script = Literal[SCRIPTS]
UnresolvedKind = Literal[UNRESOLVED_KINDS]
CorridorName = Literal[tuple(c.name for c in (*CORRIDORS, *PROGRAMMES))]

#: Each closed vocabulary of a record and its values, in the order the code states them.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "mode": typing.get_args(Mode),
    "port kind": typing.get_args(PortKind),
    "region kind": typing.get_args(RegionKind),
    "relation": typing.get_args(Relation),
    "script": typing.get_args(Script),
    "unresolved kind": typing.get_args(UnresolvedKind),
    "corridor": typing.get_args(CorridorName),
}

_CORRIDOR_MODES = {c.name: c.mode for c in (*CORRIDORS, *PROGRAMMES)}


# --------------------------------------------------------------------------- errors
class RecordSchemaError(InputError):
    """A record that does not fit the schema. ``field`` is the path of the offending
    field (``routes[2].mode``; empty for the record as a whole), ``reason`` what is wrong
    with it (msgspec's words: ``Invalid enum value 'boat'``); ``str()`` is
    ``"<field>: <reason>"`` (``record: …`` for the whole), after the ``context``
    (``<file>: record <n> (<id>): ``) where there is one."""

    def __init__(self, field: str, reason: str, *, context: str = "") -> None:
        self.field = field
        self.reason = reason
        self.context = context
        super().__init__(f"{context}{field or 'record'}: {reason}")

    @classmethod
    def of(cls, err: msgspec.ValidationError, kind: type) -> RecordSchemaError:
        """The error of msgspec's ``"<reason> - at `$.routes[2].mode`"`` converting to
        ``kind``: the key an unknown or missing field message names, or the field a
        check across fields names (:class:`_FieldError`), goes on the path; a value
        outside a vocabulary is told the vocabulary."""
        reason, at, path = str(err).rpartition(" - at `$")
        if not at:  # (the record itself: msgspec gives no path)
            reason, path = path, "`"
        path = path[:-1]
        cause = err.__cause__
        if isinstance(cause, _FieldError):
            path, reason = f"{path}.{cause.field}", cause.reason
        elif reason.startswith(("Object contains unknown field `", "Object missing required")):
            path += "." + reason[reason.index("`") + 1 : -1]
        elif reason.startswith("Invalid enum value "):
            reason += f" (expected one of {', '.join(_values_at(kind, path))})"
        return cls(path.lstrip("."), reason)


def _values_at(kind: type, path: str) -> tuple[str, ...]:
    """The values of the ``Literal`` at ``path`` (``.routes[2].mode``) of ``kind``, in
    the code's order (``msgspec.inspect`` sorts them)."""
    hint: Any = kind
    for step in re.findall(r"\[\d+\]|[^.\[\]]+", path):
        hint = _bare(hint)  # (a tuple's items, or a Struct's field)
        hint = typing.get_args(hint)[0] if step[0] == "[" else typing.get_type_hints(hint)[step]
    return typing.get_args(_bare(hint))


def _bare(hint: Any) -> Any:
    """``X`` of ``X | None``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        (hint,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
    return hint


class _FieldError(ValueError):
    """Raised by a ``__post_init__`` check: msgspec gives it as the ``__cause__`` of the
    ``ValidationError`` it raises, at the path of the element; ``field`` is the field's."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


# --------------------------------------------------------------------------- elements
_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode
_T = TypeVar("_T", bound="_Element")


class _Element(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What every typed element shares (its subclasses inherit the configuration)."""

    @classmethod
    def from_dict(cls: type[_T], data: Any) -> _T:
        """The element of the JSON object ``data``, validated.

        Raises
        ------
        RecordSchemaError
            (a ``ValueError``) An unknown or missing key, a value of the wrong type or
            outside its vocabulary; the message starts with the field's path
            (``routes[2].mode: Invalid enum value 'boat' (expected one of river, …)``).
        """
        try:
            return msgspec.convert(data, cls)
        except msgspec.ValidationError as err:
            raise RecordSchemaError.of(err, cls) from None

    def to_dict(self) -> dict:
        """The JSON object: keys in the order cqmap writes them, lists as lists."""
        return _decode(_encode(self))


class Mention(_Element):
    """Where a place or an unresolved name stands: ``surface`` as written, ``start``/
    ``end`` in the cleaned text, ``sentence`` the sentence's index."""

    surface: str
    start: int
    end: int
    sentence: int


class Evidence(_Element):
    """A sentence a relation was read from: its ``document`` and index, its span, the
    ``quote`` and the ``pattern`` (the name of an entry of the pair table,
    ``geo/pairs.py``, or of the route forms, ``geo/route_forms.py``, or a reader's own
    name) that read it."""

    document: str
    sentence: int
    start: int
    end: int
    quote: str
    pattern: str


class Region(_Element):
    """A region named: its canonical ``name``, GB/T 2260 ``adcode`` where there is one,
    its ``kind`` and its mentions."""

    name: str
    adcode: str | None
    kind: RegionKind
    mentions: tuple[Mention, ...]


class Port(_Element):
    """A port or hub named: ``parent`` the facility it belongs to, ``host`` the region it
    lies in; ``derived`` when the text names a facility the table does not have."""

    name: str
    kind: PortKind
    parent: str | None
    host: str | None
    derived: bool
    mentions: tuple[Mention, ...]


class Pairing(_Element):
    """Two regions that work together, the 一区 (or Chongqing) side as ``a``."""

    a: str
    b: str
    relation: Relation
    evidence: tuple[Evidence, ...]


class Route(_Element):
    """A freight service: its ends and stops, ``mode``, ``opened`` (as the text dates
    it), the corridor it runs on, and every name the text gives it."""

    name: str | None
    names: tuple[str, ...]
    origin: str | None
    destinations: tuple[str, ...]
    via: tuple[str, ...]
    mode: Mode
    opened: str | None
    opened_year_inferred: bool
    corridor: CorridorName | None
    evidence: tuple[Evidence, ...]


class NamedCorridor(_Element):
    """A corridor a text names without a route of its own (not
    :class:`cqmap.geo.vocabulary.Corridor`, the corridor itself); ``mode`` is its
    services' mode."""

    name: CorridorName
    mode: Mode
    evidence: tuple[Evidence, ...]

    def __post_init__(self) -> None:
        if self.mode != _CORRIDOR_MODES.get(self.name, self.mode):
            reason = f"{self.mode!r} is not the mode of {self.name} ({_CORRIDOR_MODES[self.name]})"
            raise _FieldError("mode", reason)


class Unresolved(_Element, omit_defaults=True, kw_only=True):
    """A place-like name the gazetteer does not place. ``candidates`` (the places that
    hold the name) only for ``kind == "shared"``, whose JSON alone has the key
    (keyword arguments only: the default of ``candidates`` comes before ``mentions``)."""

    surface: str
    kind: UnresolvedKind
    candidates: tuple[str, ...] | None = None  # (omit_defaults: no key when None)
    mentions: tuple[Mention, ...]

    def __post_init__(self) -> None:
        if (self.candidates is None) != (self.kind != "shared"):
            if self.candidates is None:
                raise _FieldError("candidates", "missing (a shared name lists them)")
            reason = f"only a shared name has them, not a {self.kind!r} one"
            raise _FieldError("candidates", reason)


# One count per cleaning step, made from CLEANING_KEYS (a step added there is a field here).
Cleaning = msgspec.defstruct(
    "Cleaning",
    [(key, int) for key in CLEANING_KEYS],
    bases=(_Element,),
    module=__name__,
    namespace={"__doc__": "What each cleaning step did, counted (``clean.CLEANING_KEYS``)."},
)


class Document(_Element):
    """The record of one document (:func:`cqmap.geo.extract.extract_file`).

    ``id`` is the document's id; ``path`` the file as given (``None`` for stdin);
    ``title``, ``date``, ``outlet`` what the page gives, if anything; ``encoding`` the
    encoding the input was read in; ``script`` the input's script.
    """

    id: str
    path: str | None
    title: str | None
    date: str | None
    outlet: str | None
    encoding: str
    script: Script
    cleaning: Cleaning  # type: ignore[valid-type]  (a class made from CLEANING_KEYS)
    regions: tuple[Region, ...]
    pairings: tuple[Pairing, ...]
    ports: tuple[Port, ...]
    routes: tuple[Route, ...]
    corridors: tuple[NamedCorridor, ...]
    unresolved: tuple[Unresolved, ...]


class ErrorRecord(_Element):
    """The record of an input that could not be read: its ``id``, ``path`` and the
    one-line ``error`` (``{"id", "path", "error"}``)."""

    id: str
    path: str | None
    error: str

    def __post_init__(self) -> None:
        if "\n" in self.error:
            raise _FieldError("error", "not one line")


Record = Document | ErrorRecord


# --------------------------------------------------------------------------- reading
def from_dict(data: Any) -> Document | ErrorRecord:
    """The typed record of a JSON object: an :class:`ErrorRecord` when it has an
    ``error`` key, else a :class:`Document` (msgspec can tell Structs apart only by a
    tag key, which a record has not).

    Raises
    ------
    RecordSchemaError
        (a ``ValueError``) ``data`` does not fit the schema; the message names the field.
    """
    if type(data) is dict and "error" in data:
        return ErrorRecord.from_dict(data)
    return Document.from_dict(data)


def read_records(path: str | os.PathLike) -> Iterator[Document | ErrorRecord]:
    """The typed records of a records file or folder, one at a time.

    ``path`` is what ``cqmap summarize`` reads (:func:`cqmap.geo.summary.record_files`
    and :func:`cqmap.geo.summary.read_records`, used here): the ``json`` output of
    ``cqmap extract``, JSON Lines, a folder of ``part-*.jsonl`` parts (``--out-dir``) or a
    build's folder (its ``records.jsonl``); ``-`` reads stdin.

    Raises
    ------
    RecordSchemaError
        A record that does not fit the schema; the message names the file, the record's
        number in it, its id and the field.
    geo.errors.InputError
        A file that is no records file.
    FileNotFoundError
        ``path`` does not exist.
    """
    from cqmap.geo.summary import read_records as read_dicts
    from cqmap.geo.summary import record_files

    for file in record_files([path]):
        for number, data in enumerate(read_dicts(file), 1):
            try:
                yield from_dict(data)
            except RecordSchemaError as err:
                shown = "<stdin>" if file == "-" else file
                raise RecordSchemaError(
                    err.field, err.reason, context=f"{shown}: record {number} ({data['id']}): "
                ) from None
