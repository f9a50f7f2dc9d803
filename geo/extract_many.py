"""Extraction over many files: each article read as :mod:`cqmap.geo.extract` reads one,
in input order, in this process or in worker processes.

:func:`extract_paths` reads files in order, with ``jobs`` worker processes when asked,
and yields one :class:`cqmap.geo.extract.Result` per input, in input order; a bad file
gives a result with an ``error`` (one line naming the file) and an error record
(``{"id", "path", "error"}``: :func:`cqmap.geo.records.error_record`) instead of stopping
the run. Given an ``encode`` function (:mod:`cqmap.geo.records`), each record is serialised
where it was read, and the result carries its bytes instead: the workers send bytes,
not Python objects, and at most a few partitions of them wait in the parent at a time
(:mod:`cqmap.geo.partitions`, which runs them on any executor, dask's too: each document
with :func:`_one`, each worker process started with :func:`_worker_start`).

Which files, their document ids and the paths their records give come from
:mod:`cqmap.geo.article_files`. The names here are importable from
:mod:`cqmap.geo.extract` too, as they were when they lived there (imported from here when
first asked for: this module imports that one, not the other way round).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from typing import TYPE_CHECKING

from cqmap.geo.article_files import STDIN, _record_path, document_ids
from cqmap.geo.clean import DocumentError
from cqmap.geo.extract import Result, extract_bytes
from cqmap.geo.records import PART_SIZE, error_record

if TYPE_CHECKING:
    from concurrent.futures import Executor

__all__ = ["extract_paths"]


def _one(
    job: tuple[str, str, bytes | None],
    encode: Callable[[dict], bytes] | None = None,
    cwd: str | None = None,
) -> Result:
    """One document: ``(path, doc_id, data)`` (``data``: the bytes of ``-``), a relative
    path read from ``cwd`` when given (a worker elsewhere); messages and the record name
    the path as given. A document that cannot be read gets its error record, encoded
    with ``encode`` like any record."""
    path, doc_id, data = job
    shown = "<stdin>" if path == STDIN else path
    file = path if cwd is None or path == STDIN else os.path.join(cwd, path)
    try:
        recorded = _record_path(file)
    except (OSError, RuntimeError):  # (a symbolic link loop: reading it fails below too)
        recorded = path
    if file != path and recorded == file:
        recorded = path  # (not a seed: the path as given)
    try:
        if data is None:
            with open(file, "rb") as f:
                data = f.read()
        record = extract_bytes(data, doc_id=doc_id, path=recorded)
    except DocumentError as err:
        return _failed(path, doc_id, recorded, f"{shown}: {err}", encode)
    except OSError as err:
        return _failed(path, doc_id, recorded, f"{path}: {err.strerror or err}", encode)
    replaced = record["cleaning"].get("bytes_replaced", 0)
    warning = (
        f"{shown}: {replaced} byte(s) not {record['encoding']}, replaced" if replaced else None
    )
    if encode is not None:
        return Result(path, None, data=encode(record), warning=warning)
    return Result(path, record, warning=warning)


def _failed(
    path: str,
    doc_id: str,
    recorded: str | None,
    error: str,
    encode: Callable[[dict], bytes] | None,
) -> Result:
    """The result of a document that could not be read: the one-line ``error`` and the
    error record that carries it (encoded with ``encode`` when given)."""
    record = error_record(doc_id, recorded, error)
    if encode is not None:
        return Result(path, None, error, data=encode(record))
    return Result(path, record, error)


def _worker_start(parent: int) -> None:
    """A worker ignores Ctrl-C (the parent stops the pool) and ends with its parent,
    even a parent killed with SIGKILL (Linux), instead of waiting for work forever."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # (the parent died before prctl took effect)
        os._exit(1)


def extract_paths(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    stdin: bytes | None = None,
    encode: Callable[[dict], bytes] | None = None,
    executor: Executor | None = None,
    out_dir: str | os.PathLike | None = None,
    part_size: int | None = None,
) -> Iterator[Result]:
    """Extract every path (already expanded), in order; ``jobs`` > 1 uses worker processes.

    The documents are read in partitions of consecutive inputs
    (:mod:`cqmap.geo.partitions`), each by one worker, which serialises their records;
    with one job and no ``executor`` nor ``out_dir``, one by one in this process.

    Parameters
    ----------
    paths : sequence of str
        Files, or ``-`` for ``stdin`` (its bytes must then be given).
    jobs : int, keyword-only
        Number of processes (a :func:`cqmap.geo.partitions.process_pool`), when no
        ``executor`` is given. Results come back in input order either way, each as soon
        as its partition and those before it are done; at most two partitions per worker
        are in flight (at most 250 documents each, fewer towards the end, so that the
        workers finish together).
    stdin : bytes, keyword-only
        The content standing for ``-``.
    encode : callable, keyword-only
        Serialises a record to bytes (a module-level function, such as
        :func:`cqmap.geo.records.encode_jsonl`), where it was read: results then carry ``data``
        and no ``record``.
    executor : concurrent.futures.Executor, keyword-only
        Runs the partitions instead (dask's ``client.get_executor()``, a pool of one's
        own); its owner shuts it down.
    out_dir : path-like, keyword-only
        A folder (it exists) where the workers write the records themselves, as the
        JSON Lines parts of ``cqmap extract --out-dir`` (part ``k``: the inputs
        ``k * part_size`` to ``(k + 1) * part_size - 1``); the results then carry
        neither ``record`` nor ``data``, only the errors and warnings.
    part_size : int, keyword-only
        Documents per part, with ``out_dir`` (default 250).
    """
    if executor is None and out_dir is None and (jobs <= 1 or len(paths) <= 1):
        ids = document_ids(paths)
        for p, i in zip(paths, ids):
            yield _one((p, i, stdin if p == STDIN else None), encode)
        return
    from cqmap.geo.partitions import executor_workers, partition_paths, process_pool, run_partitions

    if out_dir is not None:
        parts = partition_paths(paths, size=part_size or PART_SIZE, stdin=stdin)
    else:
        workers = jobs if executor is None else executor_workers(executor)
        parts = partition_paths(paths, stdin=stdin, workers=workers)
    pool = (
        process_pool(jobs)
        if executor is None and jobs > 1 and len(parts) > 1
        else nullcontext(executor)
    )
    with pool as runner:
        results = run_partitions(
            parts, executor=runner, out_dir=out_dir, fmt="jsonl" if out_dir else encode
        )
        for partition, result in zip(parts, results):
            yield from result.results(partition)
