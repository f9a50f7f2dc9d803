"""``cqmap extract``: regions, pairings, ports and routes, with evidence, as JSON."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from cli.options import (
    finish,
    input_paths,
    jobs_option,
    overwrite_option,
    read_records,
)
from geo.extract import dumps
from geo.io import atomic_write
from geo.output import check_output_file

LOG = logging.getLogger("cqmap")


@click.command(name="extract", short_help="Extract records with evidence as JSON.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default: stdout).",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
    help="One JSON object with all documents, or one document per line.",
)  # fmt: skip
@jobs_option
@overwrite_option
def command(paths, output, fmt, jobs, overwrite):
    """Read articles (files, folders, or - for stdin; any common encoding, HTML or text)
    and write their records: regions, pairings, ports, routes and unresolved names, with
    evidence. The schema is in the README.

    \b
    Example:
      cqmap extract seeds/ -o records.json
      cat article.html | cqmap extract - --format jsonl
    """
    files = input_paths(paths, default_seeds=False)
    if output is not None:
        check_output_file(output, overwrite=overwrite, inputs=paths)
    records, errors = read_records(files, jobs=jobs)
    text = dumps(records, fmt=fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write(output, text)
        LOG.info("wrote %d document(s) to %s", len(records), output)
    finish(errors)
