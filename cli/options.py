"""Options and small helpers shared by the commands (as cligj does for rio and fio).

The reading modules (``geo.extract``: the gazetteer and pattern tables, a tenth of a
second) are imported when a command runs, not when it is listed or asked for its help.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cqmap.geo.errors import InputError, UnknownPlaceError

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from cqmap.geo.extract import Result
    from cqmap.geo.partitions import Partition, PartitionResult
    from cqmap.geo.records import RecordWriter
    from cqmap.geo.summary import Summary
    from cqmap.layers.model import Layers

LOG = logging.getLogger("cqmap")


paths_argument = click.argument("paths", nargs=-1, metavar="[PATH]...")
jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
    help="Worker processes for reading articles.",
)  # fmt: skip


def _scheduler(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None or value == "local" or _ADDRESS.fullmatch(value):
        return value
    raise click.BadParameter(f"{value!r}: give local, or a scheduler's address tcp://HOST:PORT")


_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://\S+|[^\s:/]+:\d+")
scheduler_option = click.option(
    "--scheduler", metavar="ADDRESS", callback=_scheduler,
    help="Read on dask (pip install 'cqmap[dask]'): local, a cluster of --jobs worker "
    "processes on this machine, or the address of a scheduler, tcp://HOST:PORT, whose "
    "workers see the input files (and an --out-dir) at the same paths.",
)  # fmt: skip


def check_scheduler(scheduler: str | None) -> None:
    """The rule of ``--jobs`` and ``--scheduler``, for every command that reads articles:
    ``--jobs`` sets the worker processes of this machine (a process pool, or the local
    cluster of ``--scheduler local``), so giving it beside a scheduler at an address,
    whose cluster has workers of its own, is a usage error."""
    from click.core import ParameterSource

    ctx = click.get_current_context()
    if scheduler not in (None, "local") and ctx.get_parameter_source("jobs") not in (
        None,
        ParameterSource.DEFAULT,
    ):
        raise click.UsageError(
            "--jobs sets the workers of this machine: a --scheduler at an address has its own"
        )


output_file_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default: stdout).",
)  # fmt: skip
overwrite_option = click.option(
    "--overwrite", is_flag=True, help="Replace outputs that exist (default: refuse)."
)
offline_option = click.option(
    "--offline/--cdn", "offline", default=True, show_default=True,
    help="Self-contained HTML (scripts, styles and fonts inlined: opens without network), "
    "or smaller pages that load them from CDNs (a notice shows when they cannot load).",
)  # fmt: skip
tiles_option = click.option(
    "--tiles", type=click.Choice(["osm", "amap", "none"]), default="osm", show_default=True,
    help="Basemap: OpenStreetMap, Gaode (GCJ-02; overlays shifted for display only) or none.",
)  # fmt: skip


def input_paths(paths: Sequence[str], *, default_seeds: bool = True) -> list[str]:
    """Expand files and folders; the bundled seeds when none are given (usage error if bad)."""
    from cqmap.geo.extract import default_corpus, expand_paths

    if not paths:
        if not default_seeds:
            raise click.UsageError("no input: give article files or folders, or - for stdin")
        LOG.debug("no PATH given: reading the bundled seed articles")
        return default_corpus()
    try:
        return expand_paths(paths)
    except (FileNotFoundError, InputError) as err:
        raise click.BadParameter(str(err), param_hint="PATH") from None


def read_results(
    paths: Sequence[str],
    errors: list[str],
    *,
    jobs: int = 1,
    encode: Callable[[dict], bytes] | None = None,
    executor: Executor | None = None,
    out_dir: str | os.PathLike | None = None,
    part_size: int | None = None,
) -> Iterator[Result]:
    """The results of ``paths`` in input order, as they come (see
    :func:`cqmap.geo.extract_many.extract_paths`, which ``executor``, ``out_dir`` and
    ``part_size`` are given to); a progress bar on a terminal; each error and warning
    logged on one line when its input comes, and the errors added to ``errors``."""
    from cqmap.geo.extract import STDIN, extract_paths

    stdin = sys.stdin.buffer.read() if STDIN in paths else None
    results = extract_paths(
        paths, jobs=jobs, stdin=stdin, encode=encode, executor=executor, out_dir=out_dir,
        part_size=part_size,
    )  # fmt: skip
    show = sys.stderr.isatty() and len(paths) > 1 and LOG.isEnabledFor(logging.INFO)
    with (
        click.progressbar(results, length=len(paths), label="reading", file=sys.stderr)
        if show
        else nullcontext(results) as bar
    ):
        for result in bar:
            if result.error:
                LOG.error("cqmap: error: %s", result.error)
                errors.append(result.error)
            elif result.warning:
                LOG.warning("cqmap: warning: %s", result.warning)
            yield result


def _show_progress(inputs: int) -> bool:
    """Whether reading ``inputs`` shows a progress bar: on a terminal, for more than one
    input, unless logging is quieter than INFO."""
    return sys.stderr.isatty() and inputs > 1 and LOG.isEnabledFor(logging.INFO)


def read_partitions(
    partitions: Sequence[Partition],
    errors: list[str],
    *,
    executor: Executor | None,
    out_dir: str | os.PathLike | None = None,
    fmt: str | Callable[[dict], bytes] | None = "jsonl",
    summarize: bool = False,
    return_records: bool = True,
) -> Iterator[PartitionResult]:
    """The results of ``partitions`` (:func:`cqmap.geo.partitions.run_partitions`, which
    ``executor``, ``out_dir``, ``fmt``, ``summarize`` and ``return_records`` are given
    to), in order, as they come; a progress bar on a terminal; each error and warning
    logged on one line, in input order, when its partition comes, and the errors added
    to ``errors``."""
    from cqmap.geo.partitions import run_partitions

    inputs = sum(len(partition) for partition in partitions)
    results = run_partitions(
        partitions, executor=executor, out_dir=out_dir, fmt=fmt, summarize=summarize,
        return_records=return_records,
    )  # fmt: skip
    with (
        click.progressbar(length=inputs, label="reading", file=sys.stderr)
        if _show_progress(inputs)
        else nullcontext() as bar
    ):
        for result in results:
            for _, error, warning in result.messages:
                if error:
                    LOG.error("cqmap: error: %s", error)
                    errors.append(error)
                elif warning:
                    LOG.warning("cqmap: warning: %s", warning)
            if bar is not None:
                bar.update(result.documents)
            yield result


def read_summary(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    records: RecordWriter | None = None,
) -> tuple[Summary, list[str]]:
    """The :class:`~cqmap.geo.summary.Summary` of the articles in ``paths``, and the errors.

    The articles are read in partitions of consecutive inputs
    (:mod:`cqmap.geo.partitions`), as ``cqmap extract`` reads them: in this process
    (``jobs`` 1), on a pool of ``jobs`` worker processes, or on dask (``scheduler``:
    ``local``, a cluster of ``jobs`` workers, or a scheduler's address). Each worker
    folds its partition's records into a summary of their own and, with ``records`` (a
    JSON Lines writer, :mod:`cqmap.geo.records`), serialises them (an error record for a
    document that could not be read); here the records' bytes are written in input order
    and the partitions' summaries merged in order (:func:`cqmap.geo.summary.merge_all`:
    the summary of all records in one pass, whatever the partitions). No record is
    decoded or held here; without ``records``, none is even sent. Errors and warnings
    are logged as :func:`read_partitions` logs them.
    """
    from cqmap.geo.extract import STDIN
    from cqmap.geo.partitions import executor_workers, open_executor, partition_paths
    from cqmap.geo.summary import merge_all

    stdin = sys.stdin.buffer.read() if STDIN in paths else None
    errors: list[str] = []
    with open_executor(jobs=jobs, scheduler=scheduler) as executor:
        workers = jobs if executor is None else executor_workers(executor)
        partitions = partition_paths(paths, stdin=stdin, workers=workers)
        results = read_partitions(
            partitions, errors, executor=executor, fmt="jsonl", summarize=True,
            return_records=records is not None,
        )  # fmt: skip

        def summaries() -> Iterator[Summary]:
            for result in results:  # (each partition's records written as it comes)
                if records is not None:
                    for item in result.items:
                        records.add(item)
                yield result.summary

        corpus = merge_all(summaries())
    return corpus, errors


def read_layers(
    paths: Sequence[str], *, jobs: int = 1, scheduler: str | None = None
) -> tuple[Layers, list[str]]:
    """The layers of the articles in ``paths``, and the errors; fails if none was read.
    The records are summarised where they are read (:func:`read_summary`), never all held."""
    from cqmap.layers.model import build_layers  # (geopandas: only the drawing commands need it)

    summary, errors = read_summary(paths, jobs=jobs, scheduler=scheduler)
    if not summary.document_count:
        raise InputError("no article could be read")
    return build_layers(summary), errors


def resolve_region(name: str) -> str:
    """A region's canonical name; a usage error with suggestions if it is unknown."""
    from cqmap.geo.gazetteer import REGION_LEVELS, resolve

    try:
        return resolve(name, levels=REGION_LEVELS).name
    except UnknownPlaceError as err:
        raise click.BadParameter(str(err)) from None


def finish(errors: Sequence[str]) -> None:
    """Exit 1 when some inputs failed (their errors were already logged)."""
    if errors:
        raise SystemExit(1)
