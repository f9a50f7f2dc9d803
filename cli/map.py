"""``cqmap map``: the interactive overview map."""

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
    read_layers,
    scheduler_option,
    tiles_option,
)

LOG = logging.getLogger("cqmap")


@click.command(name="map", short_help=SHORT_HELP["map"])
@paths_argument
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Output HTML file (default: stdout).",
)  # fmt: skip
@tiles_option
@offline_option
@jobs_option
@scheduler_option
@overwrite_option
def command(paths, output, tiles, offline, jobs, scheduler, overwrite):
    """The overview map of the articles in PATH (default: the bundled seeds): districts
    by 一区两群 group, pairing arcs, freight routes, ports, legend, layer control and
    search.

    \b
    Example:
      cqmap map -o overview.html
      cqmap map news/ -o overview.html --cdn --tiles none
    """
    check_scheduler(scheduler)  # (a usage error before anything is imported)
    from cqmap.geo.io import atomic_write
    from cqmap.geo.output import check_output_file
    from cqmap.layers.maps import overview_map
    from cqmap.layers.render import render_map

    files = input_paths(paths)
    if output is not None:
        check_output_file(output, overwrite=overwrite, inputs=paths or files)
    layers, errors = read_layers(files, jobs=jobs, scheduler=scheduler)
    html = render_map(overview_map(layers, tiles=tiles), offline=offline)
    if output is None:
        click.echo(html, nl=False)
    else:
        atomic_write(output, html)
        LOG.info("wrote %s; open it in a browser", output)
    finish(errors)
