"""cqmap on dask: articles as a bag of records, and the executor ``cqmap extract`` runs on.

Needs the ``dask`` extra (``pip install 'cqmap[dask]'``)::

    import cqmap

    from cqmap.geo.records import is_error_record

    bag = cqmap.dask.read_articles(["archive/"])      # one bag partition per 250 articles
    read = bag.remove(is_error_record)               # (the files that could be read)
    ports = read.pluck("ports").flatten().pluck("name").frequencies().compute()
    cqmap.dask.to_jsonl(bag, "records/")             # the parts of cqmap extract --out-dir
    summary = cqmap.dask.summarize(bag)              # what cqmap build's outputs show

A file that cannot be read has its error record in the bag, at its place (``{"id",
"path", "error"}``: :func:`cqmap.geo.records.error_record`), as in the records ``cqmap
extract`` writes; :func:`summarize` and :func:`to_jsonl` take it as the command does.

A bag partition is a cqmap partition (:mod:`cqmap.geo.partitions`): consecutive input
documents, in input order, read by one task. The bag runs on whatever scheduler dask is
given (a ``distributed.Client`` when one is made, else dask's default for bags: local
processes). Workers elsewhere must see the files at the paths given (relative paths are
read from the folder they were given in).

(The module is ``cqmap.geo.dask``, imported with absolute imports only, so that it never
stands for the real ``dask``.)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cqmap.geo.article_files import STDIN, expand_paths
from cqmap.geo.errors import DaskMissingError, InputError
from cqmap.geo.partitions import extract_partition, partition_paths, parts_folder
from cqmap.geo.records import PART_SIZE, encode_jsonl, part_name

if TYPE_CHECKING:
    from concurrent.futures import Executor

    import dask.bag

    from cqmap.geo.summary import Summary

__all__ = ["DaskMissingError", "read_articles", "summarize", "to_jsonl", "client_executor"]

LOG = logging.getLogger("cqmap")
_INSTALL = "pip install 'cqmap[dask]'"


def _need(module: str):
    """Import ``module`` of dask, or fail in one line saying how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise DaskMissingError(
            f"{module} is not installed ({err.name or module}): {_INSTALL}"
        ) from None


# --------------------------------------------------------------------------- bags
def _records(partition) -> list[dict]:
    """The records of a partition's documents, an error record for each that could not
    be read (its error also logged, on the worker)."""
    result = extract_partition(partition, fmt=None)
    for _, error, warning in result.messages:
        if error:
            LOG.error("cqmap: error: %s", error)
        elif warning:
            LOG.warning("cqmap: warning: %s", warning)
    return list(result.items)


def read_articles(
    paths: Iterable[str | os.PathLike], *, partition_size: int = PART_SIZE
) -> dask.bag.Bag:
    """A bag of the records of the articles at ``paths``, in input order.

    Parameters
    ----------
    paths : iterable of path-like
        Files and folders (expanded as ``cqmap extract`` expands them: a folder's
        articles in name order, cqmap's output folders skipped); not ``-``.
    partition_size : int, keyword-only
        Documents per bag partition: partition ``k`` holds the records of the inputs
        ``k * partition_size`` to ``(k + 1) * partition_size - 1`` (a file that cannot
        be read has its error record, and its one-line error is logged on the worker),
        as part ``k`` of ``cqmap extract --out-dir --part-size partition_size``.

    Returns
    -------
    dask.bag.Bag
        Records (dicts, the schema of :mod:`cqmap.geo.extract`, or error records:
        :func:`cqmap.geo.records.is_error_record`), computed when asked.

    Examples
    --------
    >>> import cqmap
    >>> bag = cqmap.dask.read_articles(["seeds/"], partition_size=2)  # doctest: +SKIP
    >>> bag.npartitions, bag.count().compute()  # doctest: +SKIP
    (3, 5)
    """
    bag = _need("dask.bag")
    delayed = _need("dask").delayed
    files = expand_paths(paths)
    if STDIN in files:
        raise InputError("-: read_articles reads files, not stdin")
    parts = partition_paths(files, size=partition_size)
    if not parts:
        return bag.from_sequence([], npartitions=1)
    return bag.from_delayed([delayed(_records, pure=True)(p) for p in parts])


def summarize(bag: dask.bag.Bag) -> Summary:
    """The :class:`cqmap.geo.summary.Summary` of the bag's records, in bag order: each
    partition's made where it is (``Summary.from_records``; error records counted as
    such), then merged (:func:`cqmap.geo.summary.merge_all`: the summary of all records
    in one pass, the same whatever the partitions).

    Raises
    ------
    ValueError
        Two records of one document id (a document would be counted twice).
    """
    from cqmap.geo.summary import Summary, merge_all

    return bag.reduction(Summary.from_records, merge_all).compute()


def _write_part(records: Sequence[dict], folder: str, index: int) -> str:
    """Part ``index`` of ``folder``: the records as JSON Lines, written atomically."""
    from cqmap.geo.io import atomic_file

    name = part_name(index)
    with atomic_file(Path(folder) / name) as f:
        for record in records:
            f.write(encode_jsonl(record))
    return name


def to_jsonl(
    bag: dask.bag.Bag,
    folder: str | os.PathLike,
    *,
    overwrite: bool = False,
) -> list[str]:
    """Write the bag's records into ``folder`` as ``cqmap extract --out-dir`` does.

    Part ``k`` (``part-00000.jsonl`` …) holds the records of bag partition ``k``, one
    JSON line each, written by the task that computed them; the folder gets its manifest
    and is swapped into place whole when every part is written (on an error it stays as
    it was). For a bag of :func:`read_articles`, the parts are the bytes of
    ``cqmap extract PATHS --out-dir folder --part-size partition_size``.

    Parameters
    ----------
    bag : dask.bag.Bag
        Records.
    folder : path-like
        The output folder: as for ``cqmap extract --out-dir``, a folder that exists is
        replaced only with ``overwrite``, and only if cqmap wrote it.
    overwrite : bool, keyword-only
        Replace a folder of cqmap's that exists.

    Returns
    -------
    list of str
        The parts' names.
    """
    dask = _need("dask")
    with parts_folder(folder, overwrite=overwrite) as parts:
        work = str(parts.path.resolve())
        writes = [
            dask.delayed(_write_part, pure=False)(d, work, k)
            for k, d in enumerate(bag.to_delayed())
        ]
        dask.compute(*writes)
    return parts.parts


# --------------------------------------------------------------------------- the executor
@contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """Processes started in the block ignore Ctrl-C (they inherit it ignored), as the
    workers of a process pool do: the command stops them, without their tracebacks."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def client_executor(scheduler: str, *, workers: int = 1) -> Iterator[Executor]:
    """A :class:`concurrent.futures.Executor` on a dask cluster (``client.get_executor()``),
    for :func:`cqmap.geo.partitions.run_partitions`; the client closed at the end.

    Parameters
    ----------
    scheduler : str
        ``local``: a ``LocalCluster`` of ``workers`` processes of one thread each, made
        here and closed at the end; or the address of a running scheduler
        (``tcp://HOST:PORT``), whose workers read.
    workers : int, keyword-only
        Worker processes of the local cluster.

    Raises
    ------
    DaskMissingError
        dask.distributed is not installed.
    OSError
        The scheduler cannot be reached (one line naming it).
    """
    distributed = _need("distributed")
    cluster = None
    # (what dask logs in this process while the client runs, such as a heartbeat late
    # under load or a comm closed as a worker dies, is its chatter too: a task's failure
    # reaches the caller through its result, and stderr stays the caller's)
    with distributed.utils.silence_logging_cmgr(logging.CRITICAL):
        try:
            if scheduler == "local":
                with _workers_ignore_ctrl_c():
                    cluster = distributed.LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,  # (no dashboard; its HTTP server on a free port)
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                        # (the cluster's own chatter, even at shutdown — a worker's last
                        # heartbeat on a closed stream, logged as an error — is no user's
                        # concern: a task's failure reaches the caller through its result)
                        silence_logs=logging.CRITICAL,
                    )
                client = distributed.Client(cluster)
            else:
                try:
                    client = distributed.Client(scheduler, timeout="10s")
                except OSError as err:
                    raise OSError(
                        f"{scheduler}: cannot reach the dask scheduler ({err})".splitlines()[0]
                    ) from None
            executor = client.get_executor(pure=False)
            try:
                yield executor
            except BaseException:
                executor.shutdown(wait=False)  # (cancels what is left)
                raise
            finally:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()
