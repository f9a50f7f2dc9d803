"""``cqmap extract``: regions, pairings, ports and routes, with evidence, as JSON."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

from cqmap.cli.main import SHORT_HELP
from cqmap.cli.options import (
    check_scheduler,
    finish,
    input_paths,
    jobs_option,
    output_file_option,
    overwrite_option,
    read_partitions,
    read_results,
    scheduler_option,
)
from cqmap.geo.output import check_output_file
from cqmap.geo.records import PART_SIZE, RecordWriter, encoder, record_file, record_writer

if TYPE_CHECKING:
    from concurrent.futures import Executor

LOG = logging.getLogger("cqmap")
TABLES = "parquet"  # (cqmap.geo.tables.FORMAT: that module is imported when the command runs)


@click.command(name="extract", short_help=SHORT_HELP["extract"])
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@output_file_option
@click.option(
    "--out-dir", type=click.Path(file_okay=False, path_type=Path),
    help="Output folder of JSON Lines parts (part-00000.jsonl …), or with --format parquet "
    "of Parquet tables (mentions/part-00000.parquet …), and a cqmap manifest, instead of "
    "one file.",
)  # fmt: skip
@click.option(
    "--part-size", type=click.IntRange(min=1), default=PART_SIZE, show_default=True,
    help="Input documents per part, with --out-dir.",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", TABLES]), default="json",
    show_default=True,
    help="One JSON object with all documents, one document per line, or, with --out-dir, "
    "flat Parquet tables (a folder per table: documents, mentions, pair_evidence, "
    "route_evidence, corridor_evidence, unresolved; pip install 'cqmap[parquet]').",
)  # fmt: skip
@jobs_option
@scheduler_option
@overwrite_option
@click.pass_context
def command(ctx, paths, output, out_dir, part_size, fmt, jobs, scheduler, overwrite):
    """Read articles (files, folders, or - for stdin; any common encoding, HTML or text)
    and write their records: regions, pairings, ports, routes and unresolved names, with
    evidence. The schema is in the README.

    The documents are read in partitions of consecutive inputs, by --jobs worker
    processes or by the workers of a dask cluster (--scheduler), which serialise the
    records. Each record is written as soon as its partition and those before it are
    read, in input order: the output is the same bytes whatever --jobs and --scheduler,
    and the records are not held in memory, in either format. With --out-dir, part k
    holds the documents k*N to k*N+N-1 of the input (N: --part-size), written by the
    worker that read them; the parts concatenated are the --format jsonl output.
    A file that cannot be read (missing, binary, undecodable) is one line on stderr and
    an error record at its place, {"id", "path", "error"} (with --format parquet, a row
    of the documents table with its error), the rest is read, and the status is 1. A file
    or folder is complete or absent: it is written beside its place and moved there at
    the end (a worker that dies stops a --jobs run, which then writes nothing; dask
    reads the partition again on another worker).

    With --out-dir and --format parquet, the records are flat Parquet tables, one
    folder per table (each one dataset: DuckDB read_parquet('DIR/mentions/*.parquet'),
    pandas, pyarrow.dataset), part k of each written by the worker that read it.

    \b
    Example:
      cqmap extract seeds/ -o records.json
      cat article.html | cqmap extract - --format jsonl
      cqmap extract archive/ --out-dir records/ --jobs 2
      cqmap extract archive/ --out-dir tables/ --format parquet --jobs 2
      cqmap extract archive/ --out-dir records/ --scheduler tcp://10.0.0.5:8786
    """
    if output is not None and out_dir is not None:
        raise click.UsageError("give -o FILE or --out-dir FOLDER, not both")
    if fmt == TABLES and out_dir is None:
        raise click.UsageError("--format parquet writes a folder of tables: give --out-dir FOLDER")
    if out_dir is not None:
        if fmt == "json" and ctx.get_parameter_source("fmt") is not ParameterSource.DEFAULT:
            raise click.UsageError(
                "--out-dir writes JSON Lines parts (or Parquet tables: --format parquet): "
                "leave out --format json"
            )
        fmt = TABLES if fmt == TABLES else "jsonl"
    elif ctx.get_parameter_source("part_size") is not ParameterSource.DEFAULT:
        raise click.UsageError("--part-size needs --out-dir")
    check_scheduler(scheduler)
    from cqmap.geo.partitions import open_executor, parts_folder
    from cqmap.geo.tables import TABLE_NAMES, require_pyarrow

    if fmt == TABLES:
        require_pyarrow()  # (before any article is read)

    files = input_paths(paths, default_seeds=False)
    errors: list[str] = []
    if out_dir is not None:  # (checked when entered, before any reading)
        with (
            parts_folder(out_dir, overwrite=overwrite, inputs=paths, fmt=fmt) as folder,
            open_executor(jobs=jobs, scheduler=scheduler) as executor,
        ):
            if fmt == TABLES:
                _write_tables(
                    files, errors, executor=executor, out_dir=folder.path, part_size=part_size
                )
            else:
                for _ in read_results(
                    files, errors, executor=executor, out_dir=folder.path, part_size=part_size
                ):
                    pass  # (the workers write the parts)
        LOG.info(
            "wrote %s in %d part(s)%s to %s/",
            _records_written(len(files), errors),
            len(folder.parts) // (len(TABLE_NAMES) if fmt == TABLES else 1),
            f" of each of {len(TABLE_NAMES)} tables" if fmt == TABLES else "",
            out_dir,
        )
    else:
        if output is not None:
            check_output_file(output, overwrite=overwrite, inputs=paths)
            sink = record_file(output, fmt)
        else:
            sink = _stdout(fmt)
        with sink as writer, open_executor(jobs=jobs, scheduler=scheduler) as executor:
            for result in read_results(files, errors, executor=executor, encode=encoder(fmt)):
                writer.add(result.data)
        if output is not None:
            LOG.info("wrote %s to %s", _records_written(writer.documents, errors), output)
    finish(errors)


def _records_written(records: int, errors: list[str]) -> str:
    """What ``records`` records written are: ``12 document(s)``, and ``, 1 error record(s)``
    for the documents that could not be read (each has one, at its place)."""
    if not errors:
        return f"{records} document(s)"
    return f"{records - len(errors)} document(s) and {len(errors)} error record(s)"


def _write_tables(
    files: list[str],
    errors: list[str],
    *,
    executor: Executor | None,
    out_dir: Path,
    part_size: int,
) -> None:
    """Read ``files`` in partitions of ``part_size``, each worker writing its part of every
    Parquet table into ``out_dir`` (:func:`cqmap.cli.options.read_partitions`: the progress
    bar, and each error and warning on one line, in input order, added to ``errors``)."""
    import sys

    from cqmap.geo.extract import STDIN
    from cqmap.geo.partitions import partition_paths

    stdin = sys.stdin.buffer.read() if STDIN in files else None
    partitions = partition_paths(files, size=part_size, stdin=stdin)
    for _ in read_partitions(partitions, errors, executor=executor, out_dir=out_dir, fmt=TABLES):
        pass  # (the workers write the tables)


@contextmanager
def _stdout(fmt: str) -> Iterator[RecordWriter]:
    """A record writer on stdout. When the reader goes away (``| head``), the next write
    fails, what is left is not read, and click ends the command with status 1, quietly."""
    stream = click.get_binary_stream("stdout")
    writer = record_writer(stream, fmt)
    yield writer
    writer.close()
    stream.flush()
