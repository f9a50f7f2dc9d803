"""Records as flat Parquet tables with explicit schemas, for DuckDB, pandas, Spark or Arrow.

A record (one document: :mod:`cqmap.geo.extract`) nests its facts three levels deep. The
tables here hold the same facts as rows, one table per kind of fact, each row carrying
its document's id (``document``) so that tables join on it:

==================  ============================================================
table               one row per
==================  ============================================================
documents           document (its metadata and cleaning counts, or why it could not be read)
mentions            mention of a region or a port (with the place's attributes)
pair_evidence       evidence sentence of a pairing (with the pairing)
route_evidence      evidence sentence of a route (with the route and its index)
corridor_evidence   evidence sentence of a corridor named without a route of its own
unresolved          mention of a name the gazetteer does not know or cannot settle
==================  ============================================================

The schemas are module constants (:data:`DOCUMENTS`, :data:`MENTIONS` …, all in
:data:`SCHEMAS`): per column its name, type, whether it may be null and its meaning; the
meanings are stored in the files as field metadata (``description``), and the table's name
and :data:`SCHEMA_VERSION` as schema metadata. Rows are in record order: documents in
input order, and within a document the order of the record's lists (a region's mentions,
then the next region's …; every region before the ports). A record's facts are all there:
an entity is repeated on each of its rows (a route on each of its evidence rows), every
entity has at least one row (the extractor never makes one without a mention or
evidence; a record that breaks this, or holds a field no column holds, is refused with a
``ValueError``, never dropped silently). A document that could not be read (its error
record, :func:`cqmap.geo.records.error_record`) has one ``documents`` row, with its
``path`` and ``error`` and nulls for what reading would have given, and no row in the
other tables; ``error`` is null for every document read. Two things are renamed: the record's ``id`` is
``document`` (as evidence calls it), and ``start``/``end`` are ``start_char``/``end_char``
(``end`` is a reserved word of SQL: DuckDB cannot read it unquoted).

:class:`RecordTables` collects the rows of records as they come and writes one Parquet
file per table (:meth:`RecordTables.write`); ``cqmap extract --out-dir DIR --format
parquet`` has each partition's worker write its part of every table,
``DIR/<table>/part-0000k.parquet``, so that each table's folder is one dataset::

    SELECT name, count(*) FROM read_parquet('DIR/mentions/*.parquet') GROUP BY name;
    pyarrow.dataset.dataset("DIR/route_evidence")
    pandas.read_parquet("DIR/pair_evidence")

The files are deterministic: the writer's options are fixed (:data:`WRITE_OPTIONS`:
zstd level 3, row groups of up to 1,048,576 rows (one per part in practice), Parquet
format 2.6, data pages v1, statistics, no page index), and pyarrow writes no time stamp; the footer names the
pyarrow version that wrote it (``created_by``), so the bytes are the same for the same
records *and* pyarrow version.

pyarrow (the ``[parquet]`` extra) is imported only when a table is made: without it,
:func:`require_pyarrow` fails in one line (:class:`cqmap.geo.errors.MissingExtraError`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cqmap.geo.clean.document import CLEANING_KEYS
from cqmap.geo.errors import require_extra
from cqmap.geo.io import atomic_file
from cqmap.geo.records import ERROR_RECORD_KEYS, is_error_record, part_name
from cqmap.geo.vocabulary import MODES, RELATIONS, SCRIPTS

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "FORMAT",
    "SCHEMA_VERSION",
    "Column",
    "DOCUMENTS",
    "MENTIONS",
    "PAIR_EVIDENCE",
    "ROUTE_EVIDENCE",
    "CORRIDOR_EVIDENCE",
    "UNRESOLVED",
    "CLEANING_MEANINGS",
    "SCHEMAS",
    "TABLE_NAMES",
    "WRITE_OPTIONS",
    "require_pyarrow",
    "arrow_schema",
    "table_part_name",
    "RecordTables",
    "records_to_tables",
]

FORMAT = "parquet"  # the --format of cqmap extract --out-dir that writes these tables
SCHEMA_VERSION = "2"  # stored in each file; raised when a column changes (2: documents.error)


class Column(NamedTuple):
    """One column of a table: ``type`` is ``string``, ``int64``, ``bool`` or
    ``list<string>`` (a list of non-null strings)."""

    name: str
    type: str
    nullable: bool
    meaning: str


# --------------------------------------------------------------------------- schemas
# fmt: off
_DOCUMENT = Column("document", "string", False, "the document's id (its file name without extension; stdin for -)")
_SENTENCE = Column("sentence", "int64", False, "the sentence's number in the cleaned text, from 0")
_START = Column("start_char", "int64", False, "where it starts in the cleaned text (characters, from 0)")
_END = Column("end_char", "int64", False, "where it ends in the cleaned text (exclusive)")
_PATTERN = Column("pattern", "string", False, "the rule that read it (an entry of geo/pairs.py or geo/route_forms.py, or a reader)")
_QUOTE = Column("quote", "string", False, "the sentence (over 400 characters: cut, with …)")
_EVIDENCE = (_PATTERN, _SENTENCE, _START, _END, _QUOTE)
_UNREAD = "null for a document that could not be read"


def _either(values: tuple[str, ...]) -> str:
    """A vocabulary as a column's description says it: ``river, rail … or unspecified``."""
    return f"{', '.join(values[:-1])} or {values[-1]}"

#: What each cleaning count counts (the keys of :data:`cqmap.geo.clean.CLEANING_KEYS`).
CLEANING_MEANINGS = {
    "bytes_replaced": "bytes no encoding decoded, replaced by U+FFFD",
    "html_tags": "HTML tags (and tag remnants) removed",
    "html_entities": "HTML entities decoded",
    "control_chars": "control and zero-width characters removed",
    "fullwidth_chars": "full-width forms, odd spaces and odd dashes (―, ─) normalised",
    "pinyin_readings": "pinyin readings after characters removed",
    "mojibake_repaired": "mojibake runs repaired, wholly or in part",
    "mojibake_unrepaired": "mojibake runs left unrepaired, and lost characters dropped",
    "converted_chars": "characters converted to Simplified (an estimate)",
    "zhe_fixed": "著 changed to 着",
    "chrome_lines": "page chrome lines dropped (navigation, share buttons …)",
    "spam_lines": "spam lines dropped",
    "stray_commas": "commas right before another mark dropped",
    "broken_lines_joined": "lines broken mid-sentence, or a phrase to a line, joined to the next",
    "spaced_dates_joined": "dates spaced out (2024 年 11 月 18 日) written together",
}

DOCUMENTS: tuple[Column, ...] = (
    _DOCUMENT,
    Column("path", "string", True, "the input file as given (a bundled seed: seeds/<name>); null for stdin"),
    Column("error", "string", True, "why the document could not be read (the one-line message cqmap logs; its row has no other value but document and path, and it has no row in the other tables); null for a document read"),
    Column("title", "string", True, "the headline found in the article"),
    Column("date", "string", True, "the article's date as the record gives it: YYYY-MM-DD HH:MM[:SS], or MM-DD … without a year"),
    Column("outlet", "string", True, "the outlet named in the article's head"),
    Column("encoding", "string", True, f"the encoding the input was decoded from; {_UNREAD}"),
    Column("script", "string", True, f"the input's script: {_either(SCRIPTS)}; {_UNREAD}"),
    *(
        Column(f"cleaning_{key}", "int64", True, f"{CLEANING_MEANINGS.get(key, f'cleaning: {key}')}; {_UNREAD}")
        for key in CLEANING_KEYS
    ),
)
MENTIONS: tuple[Column, ...] = (
    _DOCUMENT,
    Column("kind", "string", False, "region or port (the record's regions or ports)"),
    Column("name", "string", False, "the place's canonical name (万州区, 果园港)"),
    Column("place_kind", "string", False, "a region's kind (district, zone, county, country …) or a port's (river port, rail hub …)"),
    Column("adcode", "string", True, "a region's GB/T 2260 code; null for a port or a region without one"),
    Column("parent", "string", True, "a port's parent facility (新田港 → 万州港); null for a region"),
    Column("host", "string", True, "the region a port lies in; null for a region"),
    Column("derived", "bool", True, "a port the table does not hold, named by a place and a facility word; null for a region"),
    Column("surface", "string", False, "the name as the text writes it (秀山)"),
    _START,
    _END,
    _SENTENCE,
)
PAIR_EVIDENCE: tuple[Column, ...] = (
    _DOCUMENT,
    Column("a", "string", False, "the 一区 (or Chongqing) side of the pairing"),
    Column("b", "string", False, "the other side"),
    Column("relation", "string", False, _either(RELATIONS)),
    *_EVIDENCE,
)
ROUTE_EVIDENCE: tuple[Column, ...] = (
    _DOCUMENT,
    Column("route", "int64", False, "the route's index in the document's routes, from 0"),
    Column("name", "string", True, "the route's name, if the text gives one"),
    Column("names", "list<string>", False, "every name the text gives the service"),
    Column("origin", "string", True, "where it starts"),
    Column("destinations", "list<string>", False, "where it goes, in order"),
    Column("via", "list<string>", False, "the stops on the way, in order"),
    Column("mode", "string", False, _either(MODES)),
    Column("opened", "string", True, "the first run's date: YYYY-MM-DD, YYYY-MM, YYYY or MM-DD"),
    Column("opened_year_inferred", "bool", False, "the year of opened was taken from the document's date"),
    Column("corridor", "string", True, "the corridor the route runs on (西部陆海新通道 …)"),
    *_EVIDENCE,
)
CORRIDOR_EVIDENCE: tuple[Column, ...] = (
    _DOCUMENT,
    Column("name", "string", False, "a corridor named without a route of its own (中欧班列 …)"),
    Column("mode", "string", False, "the mode of its services"),
    *_EVIDENCE,
)
UNRESOLVED: tuple[Column, ...] = (
    _DOCUMENT,
    Column("surface", "string", False, "the name as the text writes it"),
    Column("kind", "string", False, "town, county-level (unknown to the gazetteer) or shared (held by several places)"),
    Column("candidates", "list<string>", True, "the places a shared name may be; null for the other kinds"),
    _START,
    _END,
    _SENTENCE,
)
# fmt: on

#: Every table's columns, by table name, in the order of the folders ``cqmap extract`` writes.
SCHEMAS: dict[str, tuple[Column, ...]] = {
    "documents": DOCUMENTS,
    "mentions": MENTIONS,
    "pair_evidence": PAIR_EVIDENCE,
    "route_evidence": ROUTE_EVIDENCE,
    "corridor_evidence": CORRIDOR_EVIDENCE,
    "unresolved": UNRESOLVED,
}
TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)

#: The options of ``pyarrow.parquet.write_table``, fixed so that the bytes are too.
WRITE_OPTIONS: dict[str, object] = {
    "compression": "zstd",
    "compression_level": 3,
    "row_group_size": 1 << 20,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "use_compliant_nested_type": True,
    "store_schema": True,
    "write_page_index": False,
    "write_page_checksum": False,
}


def require_pyarrow() -> None:
    """Check that the tables can be written (pyarrow, the ``[parquet]`` extra, is installed).

    Raises
    ------
    cqmap.geo.errors.MissingExtraError
        pyarrow cannot be imported (one line saying how to install it).
    """
    require_extra("pyarrow.parquet", extra="parquet", needed_by="Parquet tables need")


def _arrow_type(name: str) -> pa.DataType:
    import pyarrow as pa

    if name == "list<string>":
        return pa.list_(pa.field("element", pa.string(), nullable=False))
    return {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}[name]


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` (a name of :data:`TABLE_NAMES`), as the files hold it:
    each field's meaning in its ``description`` metadata; ``cqmap.table`` and
    ``cqmap.schema_version`` in the schema's metadata."""
    require_pyarrow()
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(
                c.name,
                _arrow_type(c.type),
                nullable=c.nullable,
                metadata={"description": c.meaning},
            )
            for c in SCHEMAS[table]
        ],
        metadata={"cqmap.table": table, "cqmap.schema_version": SCHEMA_VERSION},
    )


def table_part_name(index: int) -> str:
    """The file name of part ``index`` of a table's folder: ``part-00000.parquet`` …"""
    return Path(part_name(index)).with_suffix(".parquet").name


# --------------------------------------------------------------------------- flattening
# fmt: off
_RECORD_KEYS = frozenset(
    ("id", "path", "title", "date", "outlet", "encoding", "script", "cleaning",
     "regions", "pairings", "ports", "routes", "corridors", "unresolved")
)
_REGION_KEYS = frozenset(("name", "adcode", "kind", "mentions"))
_PORT_KEYS = frozenset(("name", "kind", "parent", "host", "derived", "mentions"))
_MENTION_KEYS = frozenset(("surface", "start", "end", "sentence"))
_PAIRING_KEYS = frozenset(("a", "b", "relation", "evidence"))
_ROUTE_KEYS = frozenset(
    ("name", "names", "origin", "destinations", "via", "mode", "opened",
     "opened_year_inferred", "corridor", "evidence")
)
_CORRIDOR_KEYS = frozenset(("name", "mode", "evidence"))
_EVIDENCE_KEYS = frozenset(("document", "sentence", "start", "end", "quote", "pattern"))
_UNRESOLVED_KEYS = frozenset(("surface", "kind", "mentions"))
_SHARED_KEYS = _UNRESOLVED_KEYS | {"candidates"}
_CLEANING_KEYS = frozenset(CLEANING_KEYS)
_ERROR_KEYS = frozenset(ERROR_RECORD_KEYS)
# The record's fields in the order of the tables' columns (after document, and route).
_DOCUMENT_FIELDS = ("title", "date", "outlet", "encoding", "script")  # (after path, error)
_PLACE_FIELDS = ("name", "kind", "adcode", "parent", "host", "derived")
_EVIDENCE_OF = (  # (table, the record's list, its entries' fields, those in the table)
    ("pair_evidence", "pairings", _PAIRING_KEYS, ("a", "b", "relation")),
    ("route_evidence", "routes", _ROUTE_KEYS,
     ("name", "names", "origin", "destinations", "via", "mode", "opened",
      "opened_year_inferred", "corridor")),
    ("corridor_evidence", "corridors", _CORRIDOR_KEYS, ("name", "mode")),
)
# fmt: on


def _check(entry: dict, keys: frozenset, doc: str, what: str) -> None:
    if entry.keys() != keys:
        extra = sorted(entry.keys() - keys)
        missing = sorted(keys - entry.keys())
        raise ValueError(
            f"{doc}: a record's {what} does not fit the tables (fields without a column: "
            f"{extra or 'none'}; missing: {missing or 'none'})"
        )


def _rows_of(entry: dict, key: str, doc: str, what: str) -> list[dict]:
    rows = entry[key]
    if not rows:
        raise ValueError(f"{doc}: a record's {what} has no {key} (it would have no row)")
    return rows


class RecordTables:
    """The rows of records, collected as they come (:meth:`add`), for one Parquet file per
    table (:meth:`write`) or Arrow tables (:meth:`tables`).

    Examples
    --------
    >>> import cqmap
    >>> rows = RecordTables()
    >>> rows.add(cqmap.extract_text("璧山区与巫溪县签署产业协作协议。", doc_id="a1"))
    >>> rows.tables()["pair_evidence"].column("b").to_pylist()
    ['巫溪县']
    """

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple]] = {name: [] for name in TABLE_NAMES}
        self.documents = 0

    def add(self, record: dict) -> None:
        """Add the rows of one record (a document): all of them, or none when it raises.
        An error record (a document that could not be read) is one ``documents`` row
        with its ``path`` and ``error``.

        Raises
        ------
        ValueError
            The record holds a field no column holds, lacks one, or has an entity without
            a mention or evidence (a record not made by this version of cqmap).
        """
        doc = record.get("id")
        if is_error_record(record):
            _check(record, _ERROR_KEYS, doc, "error record")
            unread = (None,) * (len(DOCUMENTS) - 3)  # (all but document, path and error)
            self.rows["documents"].append((doc, record["path"], record["error"], *unread))
            self.documents += 1
            return
        rows: dict[str, list[tuple]] = {name: [] for name in TABLE_NAMES}
        _check(record, _RECORD_KEYS, doc, "document")
        cleaning = record["cleaning"]
        _check(cleaning, _CLEANING_KEYS, doc, "cleaning")
        rows["documents"].append(
            (doc, record["path"], None, *map(record.__getitem__, _DOCUMENT_FIELDS), *map(cleaning.__getitem__, CLEANING_KEYS))
        )  # fmt: skip
        for kind, key, keys in (("region", "regions", _REGION_KEYS), ("port", "ports", _PORT_KEYS)):
            for place in record[key]:
                _check(place, keys, doc, kind)
                head = (doc, kind, *map(place.get, _PLACE_FIELDS))  # (what it lacks: null)
                for m in _rows_of(place, "mentions", doc, kind):
                    _check(m, _MENTION_KEYS, doc, "mention")
                    rows["mentions"].append((*head, m["surface"], m["start"], m["end"], m["sentence"]))  # fmt: skip
        for table, key, keys, fields in _EVIDENCE_OF:
            what = key[:-1]
            for i, entry in enumerate(record[key]):
                _check(entry, keys, doc, what)
                head = (doc, i) if table == "route_evidence" else (doc,)
                head += tuple(map(entry.__getitem__, fields))
                for e in _rows_of(entry, "evidence", doc, what):
                    _check(e, _EVIDENCE_KEYS, doc, "evidence")
                    if e["document"] != doc:  # (one document column holds both)
                        raise ValueError(f"{doc}: evidence of a {what} names another document")
                    rows[table].append((*head, e["pattern"], e["sentence"], e["start"], e["end"], e["quote"]))  # fmt: skip
        for entry in record["unresolved"]:
            shared = "candidates" in entry
            _check(entry, _SHARED_KEYS if shared else _UNRESOLVED_KEYS, doc, "unresolved name")
            surface = entry["surface"]
            head = (doc, surface, entry["kind"], entry["candidates"] if shared else None)
            for m in _rows_of(entry, "mentions", doc, "unresolved name"):
                _check(m, _MENTION_KEYS, doc, "mention")
                if m["surface"] != surface:  # (one surface column holds both)
                    raise ValueError(f"{doc}: an unresolved name's mention writes it otherwise")
                rows["unresolved"].append((*head, m["start"], m["end"], m["sentence"]))
        for name, new in rows.items():
            self.rows[name].extend(new)
        self.documents += 1

    def table(self, name: str) -> pa.Table:
        """The rows of table ``name`` so far, with its schema (:func:`arrow_schema`).

        Raises
        ------
        ValueError
            A column that may not be null holds a null.
        """
        import pyarrow as pa

        schema = arrow_schema(name)
        rows = self.rows[name]
        columns = list(zip(*rows)) if rows else [()] * len(schema)
        arrays = []
        for field, values in zip(schema, columns):
            array = pa.array(values, type=field.type)
            if not field.nullable and array.null_count:
                raise ValueError(f"{name}.{field.name}: a null in a column that has none")
            arrays.append(array)
        return pa.Table.from_arrays(arrays, schema=schema)

    def tables(self) -> dict[str, pa.Table]:
        """Every table (:data:`TABLE_NAMES`), by name."""
        return {name: self.table(name) for name in TABLE_NAMES}

    def write(self, folder: str | os.PathLike, index: int) -> list[Path]:
        """Write part ``index`` of every table: ``folder/<table>/part-<index>.parquet``
        (:func:`table_part_name`), each through a temporary file and a rename, so that a
        part written again has the same bytes in its place; a table without rows gets a
        file without rows. The tables' folders are made if missing.

        Returns
        -------
        list of pathlib.Path
            The files written, in the order of :data:`TABLE_NAMES`.
        """
        import pyarrow.parquet as pq

        written = []
        for name in TABLE_NAMES:
            path = Path(folder) / name / table_part_name(index)
            path.parent.mkdir(exist_ok=True)
            with atomic_file(path) as f:
                pq.write_table(self.table(name), f, **WRITE_OPTIONS)
            written.append(path)
        return written


def records_to_tables(records: Iterable[dict]) -> dict[str, pa.Table]:
    """The tables of ``records`` (:class:`RecordTables`), by name.

    Parameters
    ----------
    records : iterable of dict
        Records, as :func:`cqmap.extract_file` and ``cqmap extract`` give them.

    Returns
    -------
    dict of str to pyarrow.Table
        One table per name of :data:`TABLE_NAMES`, with the schemas of :func:`arrow_schema`.
    """
    rows = RecordTables()
    for record in records:
        rows.add(record)
    return rows.tables()
