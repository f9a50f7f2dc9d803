"""``cqmap pairing``: the route map of one pair of regions, or of every pair."""

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
    read_layers,
    resolve_region,
    scheduler_option,
    tiles_option,
)
from cqmap.geo.errors import OutputError

LOG = logging.getLogger("cqmap")


@click.command(name="pairing", short_help=SHORT_HELP["pairing"])
@click.argument("args", nargs=-1, metavar="[A B] [PATH]...")
@click.option("--all", "all_pairs", is_flag=True, help="One map per pair, into the folder -o.")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path),
    help="Output HTML file (a folder with --all; default: stdout).",
)  # fmt: skip
@tiles_option
@offline_option
@jobs_option
@scheduler_option
@overwrite_option
def command(args, all_pairs, output, tiles, offline, jobs, scheduler, overwrite):
    """The route map of regions A and B: both highlighted, the arc between them, the
    ports and routes that touch them, and every evidence sentence. A and B take full,
    short or former names and adcodes (万州, 500101, 开县). Articles from PATH (default:
    the bundled seeds).

    \b
    Example:
      cqmap pairing 渝北 云阳 -o yubei-yunyang.html
      cqmap pairing --all -o pairings/
    """
    check_scheduler(scheduler)  # (a usage error before anything is imported)
    from cqmap.geo.io import atomic_write
    from cqmap.geo.output import check_output_file
    from cqmap.layers.maps import pairing_map
    from cqmap.layers.render import render_map
    from cqmap.layers.site import write_pairing_maps

    if all_pairs:
        a = b = None
        paths = args
        if output is None:
            raise click.UsageError("--all needs -o FOLDER")
    else:
        if len(args) < 2:
            raise click.UsageError("give two regions A and B, or --all")
        a, b = resolve_region(args[0]), resolve_region(args[1])
        if a == b:
            raise click.BadParameter(f"{a} twice: a pairing needs two regions")
        paths = args[2:]
    files = input_paths(paths)
    inputs = list(paths) or files
    if output is not None and not all_pairs:
        check_output_file(output, overwrite=overwrite, inputs=inputs)
    if all_pairs and output.exists() and not output.is_dir():
        raise OutputError(f"{output}: exists and is not a folder")
    layers, errors = read_layers(files, jobs=jobs, scheduler=scheduler)
    if all_pairs:
        written = write_pairing_maps(
            layers, output, tiles=tiles, offline=offline, overwrite=overwrite, inputs=inputs
        )
        LOG.info("wrote %d pairing maps to %s/", len(written), output)
    else:
        html = render_map(pairing_map(layers, a, b, tiles=tiles), offline=offline)
        if output is None:
            click.echo(html, nl=False)
        else:
            atomic_write(output, html)
            LOG.info("wrote %s; open it in a browser", output)
    finish(errors)
