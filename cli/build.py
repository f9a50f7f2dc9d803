"""``cqmap build``: the main job — every layer, map and an index page, from articles."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from cqmap.cli.main import SHORT_HELP
from cqmap.cli.options import (
    finish,
    input_paths,
    jobs_option,
    offline_option,
    overwrite_option,
    paths_argument,
    read_layers,
    tiles_option,
)

LOG = logging.getLogger("cqmap")


@click.command(name="build", short_help=SHORT_HELP["build"])
@paths_argument
@click.option(
    "-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
    show_default=True, help="Output folder.",
)  # fmt: skip
@jobs_option
@tiles_option
@offline_option
@overwrite_option
def command(paths, output, jobs, tiles, offline, overwrite):
    """Geoparse the articles in PATH (files or folders; default: the bundled seeds) and
    write the layers (GeoJSON + QML, GeoPackage), the overview map, one route map per
    pairing and an index.html that links them all.

    \b
    Example:
      cqmap build                        # the seeds, into out/
      cqmap build news/ -o site --overwrite
    """
    from cqmap.geo.output import check_output_folder
    from cqmap.layers.project import PROJECT_FILE
    from cqmap.layers.site import build_site

    files = input_paths(paths)
    inputs = list(paths) or files
    check_output_folder(output, overwrite=overwrite, inputs=inputs)  # (before any reading)
    layers, errors = read_layers(files, jobs=jobs)
    report = build_site(
        layers, output, tiles=tiles, offline=offline, overwrite=overwrite, inputs=inputs,
        step=lambda name: LOG.debug("writing %s", name),
    )  # fmt: skip
    summary = ", ".join(f"{v} {k}" for k, v in report.summary.items())
    LOG.info("read %s", summary)
    LOG.info("wrote %d files to %s/", len(report.files), output)
    LOG.info("open %s in a browser, %s in QGIS", report.index, output / PROJECT_FILE)
    finish(errors)
