"""``cqmap build``: the main job — every layer, map and an index page, from articles."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from cqmap.cli.main import SHORT_HELP
from cqmap.cli.options import (
    check_scheduler,
    finish,
    input_paths,
    jobs_option,
    offline_option,
    overwrite_option,
    paths_argument,
    read_summary,
    scheduler_option,
    tiles_option,
)
from cqmap.geo.errors import InputError

LOG = logging.getLogger("cqmap")


@click.command(name="build", short_help=SHORT_HELP["build"])
@paths_argument
@click.option(
    "-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
    show_default=True, help="Output folder.",
)  # fmt: skip
@click.option(
    "--summary", "summary_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Build from a summary (cqmap summarize, or a build's summary.json) instead of articles.",
)  # fmt: skip
@jobs_option
@scheduler_option
@tiles_option
@offline_option
@overwrite_option
def command(paths, output, summary_file, jobs, scheduler, tiles, offline, overwrite):
    """Geoparse the articles in PATH (files or folders; default: the bundled seeds) and
    write the layers (GeoJSON + QML, GeoPackage), the overview map, one route map per
    pairing and an index.html that links them all, with the records (records.jsonl,
    written as they are read) and their summary (summary.json).

    The articles are read in partitions, as cqmap extract reads them (--jobs worker
    processes, or dask's workers with --scheduler): each worker serialises its records
    and summarises them, and the summaries are merged in input order. Every output is
    the same bytes whatever --jobs and --scheduler.

    With --summary, build from a summary instead (cqmap summarize): the same outputs
    as from the articles it summarises, without their records.

    \b
    Example:
      cqmap build                        # the seeds, into out/
      cqmap build news/ -o site --overwrite --jobs 2
      cqmap build --summary summary.json -o site
    """
    if summary_file is not None and paths:
        raise click.UsageError("give article PATHs or --summary FILE, not both")
    check_scheduler(scheduler)
    from cqmap.geo.records import record_file
    from cqmap.geo.summary import Summary
    from cqmap.layers.model import build_layers
    from cqmap.layers.project import PROJECT_FILE
    from cqmap.layers.site import RECORDS_FILE, open_site

    errors: list[str] = []
    step = lambda name: LOG.debug("writing %s", name)  # noqa: E731
    if summary_file is not None:
        with open_site(
            output, overwrite=overwrite, inputs=[summary_file]
        ) as site:  # (checked first)
            corpus = Summary.load(summary_file)
            report = site.write(build_layers(corpus), tiles=tiles, offline=offline, step=step)
    else:
        files = input_paths(paths)
        inputs = list(paths) or files
        with open_site(output, overwrite=overwrite, inputs=inputs) as site:  # (checked first)
            step(RECORDS_FILE)
            with record_file(site.records_path, "jsonl") as records:
                corpus, errors = read_summary(
                    files, jobs=jobs, scheduler=scheduler, records=records
                )
            if not corpus.document_count:
                raise InputError("no article could be read")
            report = site.write(build_layers(corpus), tiles=tiles, offline=offline, step=step)
    summary = ", ".join(f"{v} {k}" for k, v in report.summary.items())
    LOG.info("read %s", summary)
    LOG.info("wrote %d files to %s/", len(report.files), output)
    LOG.info("open %s in a browser, %s in QGIS", report.index, output / PROJECT_FILE)
    finish(errors)
