"""Records written as they come: JSON Lines, one JSON document, or a folder of parts.

A record is serialised on its own (in the worker process that read it, when there are
several) by :func:`encode_jsonl` or :func:`encode_json`, and a writer puts the bytes in
place in input order, so that memory does not grow with the corpus and the output is
the same bytes whatever the number of processes:

* ``jsonl``: one record a line (:func:`encode_jsonl`), compact, UTF-8;
* ``json``: one object ``{"documents": [...]}`` indented by one space, the array
  written item by item (:class:`JsonWriter`);
* a folder of parts (:class:`PartsWriter`, :func:`record_folder`): ``part-00000.jsonl``,
  ``part-00001.jsonl`` …, part ``k`` holding the records of the input documents
  ``k * part_size`` to ``(k + 1) * part_size - 1``, so that the boundaries depend only on
  the inputs and the parts concatenated are the ``jsonl`` output byte for byte; and the
  folder's manifest, as every folder cqmap writes (:mod:`cqmap.geo.output`).

:func:`dumps` serialises records held together into a string, in the same bytes.

A document that cannot be read (missing, unreadable, empty, binary, undecodable) has an
*error record* at its place, in every format: exactly ``{"id", "path", "error"}``, its
id, its path as a record gives it (``null`` for stdin) and the one-line message the
command line logs (:func:`error_record`, :func:`is_error_record`). The outputs thus hold
a record for every input, and say which could not be read and why.

Outputs are atomic: a file is written beside its target and renamed at the end
(:func:`cqmap.geo.io.atomic_file`), a folder built beside its target and swapped in
(:func:`cqmap.geo.output.replace_folder`); a run killed mid-way leaves the old output or none,
and the next run removes what it left.

Records are encoded by msgspec (a dependency, for the typed records too), which writes
the bytes the standard library's ``json`` writes for these records (strings, integers,
booleans, nulls; ``json.dumps(record, ensure_ascii=False, separators=(",", ":"))`` and,
indented, ``indent=1``): the standard library stays the reference the tests compare
with. Measured on the records of the seeds and 155 real pages (4 KB of JSON on
average): 0.011 ms a record compact and 0.039 ms indented, against 0.090 ms and
0.396 ms with the standard library, and about 2.3 ms to read the article. (msgspec and
``json`` differ on some floats, 1e-07 against 1e-7; a record holds no float.)
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import BinaryIO

from cqmap.geo.io import atomic_file, atomic_write
from cqmap.geo.output import (
    MANIFEST_NAME,
    check_output_folder,
    manifest_bytes,
    replace_folder,
    sweep_leftovers,
    temporary_folder,
)

__all__ = [
    "FORMATS",
    "PART_SIZE",
    "ERROR_RECORD_KEYS",
    "part_name",
    "error_record",
    "is_error_record",
    "encode_jsonl",
    "encode_json",
    "encoder",
    "RecordWriter",
    "JsonlWriter",
    "JsonWriter",
    "PartsWriter",
    "record_writer",
    "dumps",
    "record_file",
    "record_folder",
]

FORMATS = ("json", "jsonl")
PART_SIZE = 250  # input documents per part of a folder of records

_JSON_HEAD = b'{\n "documents": [\n'
_JSON_TAIL = b"\n ]\n}\n"
_JSON_EMPTY = b'{\n "documents": []\n}\n'


#: The keys of an error record, in order (:func:`error_record`).
ERROR_RECORD_KEYS = ("id", "path", "error")


def error_record(doc_id: str, path: str | None, error: str) -> dict:
    """The record of a document that could not be read: ``{"id", "path", "error"}``, in
    that order and nothing else (``error``: the one-line message naming the input).

    Examples
    --------
    >>> error_record("b", "news/b.txt", "news/b.txt: binary input (PNG image)")
    {'id': 'b', 'path': 'news/b.txt', 'error': 'news/b.txt: binary input (PNG image)'}
    """
    return {"id": doc_id, "path": path, "error": error}


def is_error_record(record: dict) -> bool:
    """Whether ``record`` is an error record (:func:`error_record`): a document's record
    never has an ``error`` key."""
    return "error" in record


def part_name(index: int) -> str:
    """The file name of part ``index`` of a folder of records: ``part-00000.jsonl`` …"""
    return f"part-{index:05d}.jsonl"


# --------------------------------------------------------------------------- encoding
def encode_jsonl(record: dict) -> bytes:
    """One record as a line of JSON Lines (compact, UTF-8, Chinese kept as characters)."""
    encode, _ = _msgspec()
    return encode(record) + b"\n"


def encode_json(record: dict) -> bytes:
    """One record as an item of the ``documents`` array of the ``json`` output: indented
    by one space per level, two levels in (JSON text holds no raw newline but between
    tokens, so each line is shifted as a whole)."""
    encode, format_json = _msgspec()
    return b"  " + format_json(encode(record), indent=1).replace(b"\n", b"\n  ")


@cache
def _msgspec() -> tuple[Callable[[dict], bytes], Callable[..., bytes]]:
    """msgspec's encoder and formatter, imported when the first record is encoded (10 ms:
    not for the commands and processes that encode none)."""
    import msgspec

    return msgspec.json.Encoder().encode, msgspec.json.format


def encoder(fmt: str) -> Callable[[dict], bytes]:
    """The function that serialises one record for the format ``fmt`` (``json``, ``jsonl``)."""
    if fmt == "jsonl":
        return encode_jsonl
    if fmt == "json":
        return encode_json
    raise ValueError(f"unknown format {fmt!r} (json or jsonl)")


# --------------------------------------------------------------------------- writers
class RecordWriter:
    """Takes every input document's encoded record in input order (its error record for
    a document that could not be read; ``None`` writes nothing) and writes it.
    ``documents`` counts the records written."""

    def __init__(self) -> None:
        self.documents = 0
        self.inputs = 0

    def add(self, data: bytes | None) -> None:
        """The next input's record, encoded for this writer's format, or ``None``."""
        self.inputs += 1
        if data is not None:
            self._write(data)
            self.documents += 1

    def close(self) -> None:
        """Finish the output (called only when every input was added)."""

    def _write(self, data: bytes) -> None:
        raise NotImplementedError


class JsonlWriter(RecordWriter):
    """JSON Lines on a binary stream: each record as it comes (:func:`encode_jsonl`)."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self.stream = stream

    def _write(self, data: bytes) -> None:
        self.stream.write(data)


class JsonWriter(RecordWriter):
    """One JSON object ``{"documents": [...]}`` on a binary stream, its array written item
    by item (:func:`encode_json`): the bytes of ``json.dumps(..., indent=1)`` of the whole."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self.stream = stream

    def _write(self, data: bytes) -> None:
        self.stream.write(_JSON_HEAD if self.documents == 0 else b",\n")
        self.stream.write(data)

    def close(self) -> None:
        self.stream.write(_JSON_TAIL if self.documents else _JSON_EMPTY)


class PartsWriter(RecordWriter):
    """JSON Lines parts in ``folder``: the records of inputs ``k * part_size`` to
    ``(k + 1) * part_size - 1`` in :func:`part_name` ``(k)``, every part written, even an
    empty one, so that the parts depend only on the number of inputs."""

    def __init__(self, folder: str | os.PathLike, part_size: int = PART_SIZE) -> None:
        super().__init__()
        if part_size < 1:
            raise ValueError(f"part_size must be at least 1, not {part_size}")
        self.folder = Path(folder)
        self.part_size = part_size
        self.parts: list[Path] = []
        self._file: BinaryIO | None = None

    def add(self, data: bytes | None) -> None:
        if self.inputs % self.part_size == 0:
            self._next_part()
        super().add(data)

    def _write(self, data: bytes) -> None:
        assert self._file is not None
        self._file.write(data)

    def _next_part(self) -> None:
        self._close_part()
        path = self.folder / part_name(len(self.parts))
        self._file = open(path, "wb")  # (closed by the next part, close() or abort())
        self.parts.append(path)

    def _close_part(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._close_part()

    def abort(self) -> None:
        """Close the open part without finishing (the folder is being thrown away)."""
        if self._file is not None:
            self._file.close()
            self._file = None


def record_writer(stream: BinaryIO, fmt: str) -> RecordWriter:
    """The writer of format ``fmt`` (``json`` or ``jsonl``) on a binary stream."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "json":
        return JsonWriter(stream)
    raise ValueError(f"unknown format {fmt!r} (json or jsonl)")


def dumps(records: Sequence[dict], *, fmt: str = "json") -> str:
    """Serialise records: ``json`` (one object with ``documents``) or ``jsonl`` (a line each),
    as the writers here write them one by one (the bytes :func:`record_writer` writes)."""
    encode = encoder(fmt)
    out = io.BytesIO()
    writer = record_writer(out, fmt)
    for record in records:
        writer.add(encode(record))
    writer.close()
    return out.getvalue().decode("utf-8")


# --------------------------------------------------------------------------- outputs
@contextmanager
def record_file(path: str | os.PathLike, fmt: str) -> Iterator[RecordWriter]:
    """A writer of format ``fmt`` into the file ``path``, which holds the whole output
    when the block ends without an error and is left as it was otherwise.

    The caller checks first that ``path`` may be written
    (:func:`cqmap.geo.output.check_output_file`). What killed runs left beside ``path`` is
    removed first.
    """
    sweep_leftovers(path)
    with atomic_file(path) as f:
        writer = record_writer(f, fmt)
        yield writer
        writer.close()


@contextmanager
def record_folder(
    out_dir: str | os.PathLike,
    *,
    overwrite: bool = False,
    inputs: Iterable[str | os.PathLike] = (),
    part_size: int = PART_SIZE,
) -> Iterator[PartsWriter]:
    """A writer of JSON Lines parts into the folder ``out_dir``, with its manifest.

    The folder is built beside ``out_dir`` and swapped in when the block ends without an
    error; on an error it is removed and ``out_dir`` stays as it was. The rules of
    :func:`cqmap.geo.output.check_output_folder` hold: a non-empty folder is replaced only with
    ``overwrite``, only if cqmap wrote it, and only if it holds nothing else.

    Raises
    ------
    geo.errors.OutputError
        ``out_dir`` may not be written.
    """
    target = check_output_folder(out_dir, overwrite=overwrite, inputs=inputs)
    sweep_leftovers(target)
    work = temporary_folder(target)
    writer = PartsWriter(work, part_size)
    try:
        yield writer
        writer.close()
        atomic_write(work / MANIFEST_NAME, manifest_bytes(work))
        os.chmod(work, 0o755)
        check_output_folder(out_dir, overwrite=overwrite, inputs=inputs)  # (anything new?)
        replace_folder(work, target)
    except BaseException:
        writer.abort()
        shutil.rmtree(work, ignore_errors=True)
        raise
