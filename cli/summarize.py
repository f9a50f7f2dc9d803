"""``cqmap summarize``: records files to the summary that ``cqmap build --summary`` reads."""

from __future__ import annotations

import logging

import click

from cqmap.cli.main import SHORT_HELP
from cqmap.cli.options import output_file_option, overwrite_option
from cqmap.geo.errors import InputError

LOG = logging.getLogger("cqmap")


@click.command(name="summarize", short_help=SHORT_HELP["summarize"])
@click.argument("paths", nargs=-1, required=True, metavar="RECORDS...")
@output_file_option
@click.option(
    "--update", is_flag=True,
    help="Fold the records into the summary already in -o FILE (a document already in it "
    "is not counted again) and replace it.",
)  # fmt: skip
@overwrite_option
def command(paths, output, update, overwrite):
    """Read records files (cqmap extract's JSON or JSON Lines, a folder of part-*.jsonl
    parts from --out-dir, a build folder's records.jsonl, or - for stdin), one record at
    a time, and write their summary: what the layers, maps and index page of cqmap build
    show, in memory and size that do not grow with the number of documents.

    A document is identified by its id (the article's file name): a record whose id is
    already summarised is skipped. The error record of a document that could not be
    read is kept as such (the summary counts and lists them), until a record of that
    document comes, here or with --update once the file is fixed. The file is written
    beside its place and moved there when complete.

    \b
    Example:
      cqmap summarize records.json -o summary.json
      cqmap summarize records/ -o summary.json          # parts of extract --out-dir
      cqmap summarize new.jsonl -o summary.json --update
      cqmap build --summary summary.json -o site
    """
    from cqmap.geo.io import atomic_write
    from cqmap.geo.output import check_output_file, sweep_leftovers
    from cqmap.geo.summary import Summary, record_files, summarize

    if update and output is None:
        raise click.UsageError("--update needs -o FILE: the summary to update")
    if update and overwrite:
        raise click.UsageError("--update replaces the summary it updates: leave out --overwrite")
    try:
        files = record_files(paths)
    except (FileNotFoundError, InputError) as err:
        raise click.BadParameter(str(err), param_hint="RECORDS") from None
    summary = None
    if update:
        if not output.is_file():
            raise click.BadParameter(f"{output}: no such file to update", param_hint="-o")
        check_output_file(output, overwrite=True, inputs=paths)
        summary = Summary.load(output)  # (refused unless cqmap wrote it)
        before = summary.document_count
    elif output is not None:
        check_output_file(output, overwrite=overwrite, inputs=paths)
    summary, skipped = summarize(files, into=summary)
    text = summary.to_json()
    if output is None:
        click.get_binary_stream("stdout").write(text.encode("utf-8"))
        return
    sweep_leftovers(output)
    atomic_write(output, text)
    unread = f"; {summary.error_count} could not be read" if summary.error_count else ""
    if update:
        LOG.info(
            "added %d document(s) to %s (%d in all%s; %d already in it, skipped)",
            summary.document_count - before, output, summary.document_count, unread, skipped,
        )  # fmt: skip
    else:
        LOG.info(
            "wrote the summary of %d document(s) to %s%s",
            summary.document_count, output, f" ({unread[2:]})" if unread else "",
        )  # fmt: skip
        if skipped:
            LOG.warning("cqmap: warning: %d record(s) of a document already read, skipped", skipped)
