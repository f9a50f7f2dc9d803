"""``cqmap layers``: the QGIS-ready layers (GeoJSON + QML, or one GeoPackage)."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from cli.main import SHORT_HELP
from cli.options import (
    finish,
    input_paths,
    jobs_option,
    overwrite_option,
    paths_argument,
    read_layers,
)

LOG = logging.getLogger("cqmap")


@click.command(name="layers", short_help=SHORT_HELP["layers"])
@paths_argument
@click.option(
    "-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
    help="Output folder (created if missing).",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["geojson", "gpkg"]), default="geojson", show_default=True,
    help="GeoJSON with a .qml beside each layer, or one cqmap.gpkg with styles inside.",
)  # fmt: skip
@jobs_option
@overwrite_option
def command(paths, output, fmt, jobs, overwrite):
    """Join the records of the articles in PATH (default: the bundled seeds) to the
    districts and write the layers: districts, zones, pairings, routes, ports, context,
    rivers. WGS84 (EPSG:4326), styles included.

    \b
    Example:
      cqmap layers seeds/ -o layers/
      cqmap layers seeds/ -o layers/ --format gpkg
    """
    from geo.output import check_output_file
    from layers.export import GEOPACKAGE_NAME, write_geojson_layers, write_geopackage
    from layers.model import LAYER_NAMES

    files = input_paths(paths)
    targets = (
        [output / GEOPACKAGE_NAME]
        if fmt == "gpkg"
        else [output / f"{name}.{ext}" for name in LAYER_NAMES for ext in ("geojson", "qml")]
    )
    for target in targets:
        check_output_file(target, overwrite=overwrite, inputs=paths or files, new_folders=True)
    output.mkdir(parents=True, exist_ok=True)
    layers, errors = read_layers(files, jobs=jobs)
    if fmt == "gpkg":
        written = [write_geopackage(layers, targets[0])]
    else:
        written = write_geojson_layers(layers, output)
    for path in written:
        LOG.info("wrote %s", path)
    finish(errors)
