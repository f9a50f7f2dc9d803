"""Records files read one record at a time: what ``cqmap summarize`` and ``cqmap build
--summary``'s makers read.

A records file is the ``json`` output of ``cqmap extract`` (``{"documents": [...]}``, or
a bare array), JSON Lines (``--format jsonl``, a build's ``records.jsonl``), or a folder
of ``part-*.jsonl`` parts (``cqmap extract --out-dir``): :func:`record_files` lists the
files to read for what was given, :func:`read_records` reads one, a record at a time
(error records of documents that could not be read included: any object with an ``id``),
so that memory does not grow with the file. Anything else is a one-line
:class:`cqmap.geo.errors.InputError` naming the file and where in it.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from cqmap.geo.errors import InputError

__all__ = ["PARTS_GLOB", "BUILD_RECORDS", "record_files", "read_records"]

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
