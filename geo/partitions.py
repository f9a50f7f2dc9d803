"""Partitions: runs of consecutive input documents, each read and written by one worker.

A partition (:class:`Partition`) is the input documents ``start`` to ``start + n - 1``
(their paths as given and their document ids). :func:`extract_partition` reads them
with the per-document code of :mod:`cqmap.geo.extract` and serialises each record where
it was read, with the encoders of :mod:`cqmap.geo.records` (the same bytes as one
process writes). Without an output folder it returns the bytes; with one, it writes its
part itself (``part-00007.jsonl``, or ``<table>/part-00007.parquet`` for each of the
Parquet tables of :mod:`cqmap.geo.tables`: a temporary name, then a rename, so that a rerun of
the partition — a worker lost and the partition run again elsewhere — puts the same
bytes in its place) and returns only small metadata: the part's name, the number of
documents and records, and the one-line errors and warnings of its documents. A
document that cannot be read has its error record at its place (``{"id", "path",
"error"}``: :func:`cqmap.geo.records.error_record`), in every output. Asked to, it also
makes the summary of its records (:class:`cqmap.geo.summary.Summary`): the summaries of
consecutive partitions merge into the corpus's (:func:`cqmap.geo.summary.merge_all`).

:func:`run_partitions` runs partitions on any :class:`concurrent.futures.Executor` —
a pool of processes (:func:`process_pool`), dask's ``client.get_executor()``
(:mod:`cqmap.geo.dask`) — or, without one, in this process, and yields their results
in partition order as soon as each and those before it are done. At most a few
partitions per worker are in flight, so that memory stays flat whatever the corpus.
Each worker process compiles the gazetteer and the patterns once (:func:`lexicon` is
cached; a forked pool inherits the parent's).

A folder of parts (:func:`parts_folder`) follows the rules of every cqmap output
(:mod:`cqmap.geo.output`): it is built beside its place and swapped in whole when every
part is written, with its manifest; what a killed worker left in it (a part's temporary
file) is removed first.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from cqmap.geo.article_files import STDIN, document_ids
from cqmap.geo.errors import WorkerLostError
from cqmap.geo.extract import Result
from cqmap.geo.extract_many import _one, _worker_start
from cqmap.geo.io import atomic_file, atomic_write
from cqmap.geo.lexicon import lexicon
from cqmap.geo.output import (
    MANIFEST_NAME,
    check_output_folder,
    manifest_bytes,
    replace_folder,
    sweep_leftovers,
    temporary_folder,
)
from cqmap.geo.records import PART_SIZE, encoder, part_name
from cqmap.geo.tables import FORMAT as TABLES
from cqmap.geo.tables import TABLE_NAMES, RecordTables, table_part_name

if TYPE_CHECKING:
    from cqmap.geo.summary import Summary

__all__ = [
    "Partition",
    "PartitionResult",
    "PartsFolder",
    "WorkerLostError",
    "partition_paths",
    "extract_partition",
    "run_partitions",
    "executor_workers",
    "process_pool",
    "open_executor",
    "parts_folder",
]

# Guided sizes (outputs that do not depend on the partitions): no partition smaller.
_SMALLEST = 4


@dataclass(frozen=True)
class Partition:
    """Consecutive input documents: ``paths[i]`` (as given) is input ``start + i``, read
    with the document id ``ids[i]``. Relative paths are read from ``cwd`` (the folder they
    were given in: a worker elsewhere finds them there); ``stdin`` is the content of
    ``-`` when the partition holds it."""

    index: int
    start: int
    paths: tuple[str, ...]
    ids: tuple[str, ...]
    cwd: str
    stdin: bytes | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.paths)


@dataclass(frozen=True)
class PartitionResult:
    """What a partition gives back.

    Attributes
    ----------
    index, start, documents : int
        The partition's number, its first input and its number of inputs.
    records : int
        The documents read (the others could not be read: an error record each).
    messages : tuple of (int, str or None, str or None)
        ``(i, error, warning)`` for each document ``start + i`` with an error or a
        warning, in input order: the one-line messages the command line logs.
    items : tuple
        Without an output folder, one item a document: its record (an error record for a
        document that could not be read) encoded (bytes), or the record itself (a dict,
        ``fmt=None``). Empty when the part was written, or when no records were asked
        for (``return_records=False``).
    part : str or None
        The part file written (its name in the output folder).
    summary : cqmap.geo.summary.Summary or None
        With ``summarize``: the summary of the partition's records
        (``Summary.from_records(records)``); the summaries of consecutive partitions
        merge (``a.merge(b)``, :func:`cqmap.geo.summary.merge_all`) into the corpus's.
    """

    index: int
    start: int
    documents: int
    records: int
    messages: tuple[tuple[int, str | None, str | None], ...] = ()
    items: tuple[bytes | dict, ...] = field(default=(), repr=False)
    part: str | None = None
    summary: Summary | None = None

    @property
    def errors(self) -> list[str]:
        """The one-line errors, in input order."""
        return [error for _, error, _ in self.messages if error]

    @property
    def warnings(self) -> list[str]:
        """The one-line warnings, in input order."""
        return [warning for _, _, warning in self.messages if warning]

    @property
    def data(self) -> bytes:
        """The encoded records joined (for ``jsonl``: the bytes of the partition's part)."""
        return b"".join(item for item in self.items if isinstance(item, bytes))

    def results(self, partition: Partition) -> Iterator[Result]:
        """One :class:`cqmap.geo.extract.Result` a document of ``partition`` (the one this
        result is of), in input order: as :func:`cqmap.geo.extract_many.extract_paths` gives them
        (without items, the results carry only the errors and warnings)."""
        notes = {i: (error, warning) for i, error, warning in self.messages}
        items = self.items or (None,) * len(partition)
        for i, (path, item) in enumerate(zip(partition.paths, items)):
            error, warning = notes.get(i, (None, None))
            record = item if isinstance(item, dict) else None
            data = item if isinstance(item, bytes) else None
            yield Result(path, record, error, data=data, warning=warning)


# --------------------------------------------------------------------------- partitions
def partition_paths(
    paths: Sequence[str],
    *,
    size: int = PART_SIZE,
    stdin: bytes | None = None,
    workers: int | None = None,
) -> list[Partition]:
    """The inputs ``paths`` (already expanded) cut into partitions, in order.

    Parameters
    ----------
    paths : sequence of str
        Files, or ``-`` for ``stdin``.
    size : int, keyword-only
        Documents per partition: partition ``k`` holds inputs ``k * size`` to
        ``(k + 1) * size - 1``, as part ``k`` of ``cqmap extract --out-dir`` does.
    stdin : bytes, keyword-only
        The content standing for ``-``.
    workers : int, keyword-only
        Guided sizes instead, for outputs that do not depend on the partitions: each a
        quarter of an even share among ``workers`` of what is left (at most ``size``, at
        least 4), so that the workers finish close together.
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    ids = document_ids(paths)
    cwd = os.getcwd()
    out: list[Partition] = []
    start = 0
    while start < len(paths):
        n = size
        if workers is not None:
            n = min(size, max(_SMALLEST, (len(paths) - start) // (4 * max(1, workers))))
        chunk = tuple(paths[start : start + n])
        out.append(
            Partition(
                index=len(out),
                start=start,
                paths=chunk,
                ids=tuple(ids[start : start + n]),
                cwd=cwd,
                stdin=stdin if STDIN in chunk else None,
            )
        )
        start += len(chunk)
    return out


def _encoder(fmt: str | Callable[[dict], bytes] | None) -> Callable[[dict], bytes] | None:
    if fmt is None or callable(fmt):
        return fmt
    return encoder(fmt)


def _documents(partition: Partition) -> Iterator[Result]:
    """The results of the partition's documents, each with its record (a dict)."""
    for path, doc_id in zip(partition.paths, partition.ids):
        data = partition.stdin if path == STDIN else None
        yield _one((path, doc_id, data), None, cwd=partition.cwd)


def extract_partition(
    partition: Partition,
    *,
    out_dir: str | os.PathLike | None = None,
    fmt: str | Callable[[dict], bytes] | None = "jsonl",
    summarize: bool = False,
    return_records: bool = True,
) -> PartitionResult:
    """Read the documents of ``partition`` and serialise their records.

    Every document has a record at its place: its own, or, when it cannot be read, its
    error record (:func:`cqmap.geo.records.error_record`), written and returned like the
    others (in the Parquet tables: a ``documents`` row with its ``error``).

    Parameters
    ----------
    partition : Partition
        The documents.
    out_dir : path-like, keyword-only
        A folder (it exists) to write the partition's part in:
        :func:`cqmap.geo.records.part_name` ``(partition.index)``, JSON Lines, a record
        a document, in input order. It is written through a temporary file and renamed,
        replacing a part of that name: running a partition again writes the same bytes.
        With ``fmt`` ``parquet``, the part of every table of :mod:`cqmap.geo.tables`
        instead, ``<table>/part-00007.parquet``, each written the same way (a table's
        folder is made if missing).
    fmt : {"jsonl", "json", "parquet"} or callable or None, keyword-only
        How the records are returned (without ``out_dir``): encoded for that format
        (:func:`cqmap.geo.records.encoder`) or by that module-level function, or, with
        ``None``, as dicts. With ``out_dir``, ``jsonl`` or ``parquet`` (the records'
        rows, held until the partition is read: :class:`cqmap.geo.tables.RecordTables`).
    summarize : bool, keyword-only
        Also the summary of the records (:class:`cqmap.geo.summary.Summary`), made as
        they are read.
    return_records : bool, keyword-only
        ``False``: no records at all, neither written nor returned (``items`` empty, and
        nothing encoded): for a caller that wants only the summary, the counts and the
        messages. Not with ``out_dir``, which is there to write them.

    Returns
    -------
    PartitionResult
        With ``out_dir``: the part's name, the counts and the messages; otherwise also
        one item a document (unless ``return_records`` is ``False``).
    """
    tables = None
    if not return_records and out_dir is not None:
        raise ValueError("out_dir writes the records: return_records=False asks for none")
    if fmt == TABLES:
        if out_dir is None:
            raise ValueError("Parquet tables are written to a folder: give out_dir")
        tables = RecordTables()
    elif out_dir is not None and fmt != "jsonl":
        raise ValueError(f"a part is 'jsonl' or Parquet tables ('parquet'), not {fmt!r}")
    encode = None if tables is not None or not return_records else _encoder(fmt)
    summary = None
    if summarize:
        from cqmap.geo.summary import Summary

        summary = Summary()
    messages: list[tuple[int, str | None, str | None]] = []
    records = 0
    items: list[bytes | dict] = []
    part = None if out_dir is None else part_name(partition.index)
    if tables is not None:
        part = table_part_name(partition.index)  # (in each table's folder)
    # (a part through a temporary file, each record written as it comes)
    with (
        nullcontext() if part is None or tables is not None else atomic_file(Path(out_dir) / part)
    ) as f:
        for i, result in enumerate(_documents(partition)):
            if result.error or result.warning:
                messages.append((i, result.error, result.warning))
            record = result.record  # (an error record when the document could not be read)
            records += result.error is None
            if summary is not None:
                summary.add(record)
            if tables is not None:  # (its rows kept for the tables, written below)
                tables.add(record)
            elif not return_records:
                continue
            elif f is not None:
                f.write(encode(record))
            else:
                items.append(record if encode is None else encode(record))
    if tables is not None:
        tables.write(out_dir, partition.index)  # (every table's part, each renamed in place)
    return PartitionResult(
        index=partition.index,
        start=partition.start,
        documents=len(partition),
        records=records,
        messages=tuple(messages),
        items=tuple(items),
        part=part,
        summary=summary,
    )


# --------------------------------------------------------------------------- running them
def executor_workers(executor: Executor) -> int:
    """How many partitions ``executor`` runs at once: a pool's processes or threads, the
    threads of a dask cluster's workers (as they are now), else the CPUs."""
    workers = getattr(executor, "_max_workers", None)  # (ProcessPool-, ThreadPoolExecutor)
    if isinstance(workers, int) and workers > 0:
        return workers
    client = getattr(executor, "_client", None)  # (dask's ClientExecutor)
    if client is not None:
        return max(1, sum(client.nthreads().values()))
    return os.cpu_count() or 2


def _outcome(future: Future) -> PartitionResult:
    """The future's result; a lost worker as a one-line error."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerLostError(
            "a worker process ended while reading (killed, or out of memory?); "
            "the run stopped and wrote nothing"
        ) from None
    except Exception as err:
        if type(err).__name__ == "KilledWorker":  # (dask gave up: its workers kept dying)
            raise WorkerLostError(f"dask: {str(err).splitlines()[0]}") from None
        raise


def run_partitions(
    partitions: Iterable[Partition],
    *,
    executor: Executor | None,
    out_dir: str | os.PathLike | None = None,
    fmt: str | Callable[[dict], bytes] | None = "jsonl",
    summarize: bool = False,
    return_records: bool = True,
    ahead: int | None = None,
) -> Iterator[PartitionResult]:
    """Run :func:`extract_partition` on each partition; yield the results in order.

    Parameters
    ----------
    partitions : iterable of Partition
        In order (taken as they are needed).
    executor : concurrent.futures.Executor or None, keyword-only
        Runs the partitions (its owner shuts it down): a process pool
        (:func:`process_pool`), dask's ``client.get_executor()``. ``None``: one after the
        other, in this process.
    out_dir, fmt, summarize, return_records : keyword-only
        As :func:`extract_partition` takes them. ``out_dir`` must be the same folder for
        every worker (a shared file system for a cluster of machines).
    ahead : int, keyword-only
        Partitions in flight (default: two per worker of the executor). Each result is
        yielded once it and those before it are done; the rest wait for the caller.

    Raises
    ------
    WorkerLostError
        A worker process died (a process pool stops; dask runs the partition again
        elsewhere and gives up only after several losses).
    """
    todo = iter(partitions)
    options = {"fmt": fmt, "summarize": summarize, "return_records": return_records}
    if executor is None:
        for partition in todo:
            yield extract_partition(partition, out_dir=out_dir, **options)
        return
    out = None if out_dir is None else os.path.abspath(out_dir)

    def submit(partition: Partition) -> Future:
        return executor.submit(extract_partition, partition, out_dir=out, **options)

    pending = deque(submit(p) for p in islice(todo, ahead or 2 * executor_workers(executor)))
    try:
        while pending:
            result = _outcome(pending[0])
            pending.popleft()
            pending.extend(submit(p) for p in islice(todo, 1))
            yield result
    finally:
        for future in pending:  # (the caller stopped, or a partition failed)
            future.cancel()


# --------------------------------------------------------------------------- executors
@contextmanager
def process_pool(jobs: int) -> Iterator[Executor]:
    """A :class:`concurrent.futures.ProcessPoolExecutor` of ``jobs`` worker processes,
    forked where the system can (they inherit the compiled gazetteer and patterns), each
    ignoring Ctrl-C and ending with this process (Linux: even when it is killed)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    lexicon()  # compiled once, here; forked workers inherit it
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def open_executor(*, jobs: int = 1, scheduler: str | None = None) -> Iterator[Executor | None]:
    """The executor that reads the partitions: ``None`` (this process) for one job, a
    :func:`process_pool` of ``jobs``, or, with ``scheduler``, dask's: ``local`` (a local
    cluster of ``jobs`` worker processes) or the address of a scheduler
    (``tcp://HOST:PORT``); see :func:`cqmap.geo.dask.client_executor`."""
    if scheduler is not None:
        from cqmap.geo.dask import client_executor  # (a one-line error without dask)

        with client_executor(scheduler, workers=jobs) as executor:
            yield executor
    elif jobs > 1:
        with process_pool(jobs) as executor:
            yield executor
    else:
        yield None


# --------------------------------------------------------------------------- folders of parts
class PartsFolder:
    """The temporary folder the workers write the parts in (``path``); ``parts``, the
    parts (``/``-separated paths in the folder), once the folder is in place. With
    ``tables`` (the Parquet tables of :mod:`cqmap.geo.tables`), the parts are in a folder
    per table (``mentions/part-00000.parquet``) instead of JSON Lines at the top."""

    def __init__(self, path: Path, *, tables: Sequence[str] = ()) -> None:
        self.path = path
        self.tables = tuple(tables)
        self.parts: list[str] = []

    def finish(self) -> None:
        """Remove what is not a part (the temporary file of a worker that was killed
        while writing, its partition since written again) and write the manifest."""
        for table in self.tables:
            (self.path / table).mkdir(exist_ok=True)
        self.parts = _keep_parts(self.path, ".parquet" if self.tables else ".jsonl", self.tables)
        atomic_write(self.path / MANIFEST_NAME, manifest_bytes(self.path))
        os.chmod(self.path, 0o755)


def _keep_parts(folder: Path, suffix: str, tables: Sequence[str] = ()) -> list[str]:
    """Remove from ``folder`` what is not a part (``part-*`` files with ``suffix``, at
    the top, or, with ``tables``, in the folders of those names); return the parts."""
    parts = []
    for entry in sorted(folder.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            if entry.name in tables:
                parts.extend(f"{entry.name}/{part}" for part in _keep_parts(entry, suffix))
            else:
                shutil.rmtree(entry)
        elif not tables and entry.name.startswith("part-") and entry.suffix == suffix:
            parts.append(entry.name)
        else:
            entry.unlink()
    return parts


@contextmanager
def parts_folder(
    out_dir: str | os.PathLike,
    *,
    overwrite: bool = False,
    inputs: Iterable[str | os.PathLike] = (),
    fmt: str = "jsonl",
) -> Iterator[PartsFolder]:
    """A folder for the workers to write parts in, swapped in as ``out_dir`` with its
    manifest when the block ends without an error; on an error it is removed and
    ``out_dir`` stays as it was. The rules of
    :func:`cqmap.geo.output.check_output_folder` hold (as for
    :func:`cqmap.geo.records.record_folder`). ``fmt`` is the parts' (as
    :func:`extract_partition` takes it): ``jsonl``, or ``parquet``, a folder per table.

    Shut the workers down inside the block: a worker still writing when the folder is
    removed would leave its part.

    Raises
    ------
    geo.errors.OutputError
        ``out_dir`` may not be written.
    """
    if fmt not in ("jsonl", TABLES):
        raise ValueError(f"parts are 'jsonl' or Parquet tables ('parquet'), not {fmt!r}")
    target = check_output_folder(out_dir, overwrite=overwrite, inputs=inputs)
    sweep_leftovers(target)
    folder = PartsFolder(temporary_folder(target), tables=TABLE_NAMES if fmt == TABLES else ())
    try:
        yield folder
        folder.finish()
        check_output_folder(out_dir, overwrite=overwrite, inputs=inputs)  # (anything new?)
        replace_folder(folder.path, target)
    except BaseException:
        shutil.rmtree(folder.path, ignore_errors=True)
        raise
