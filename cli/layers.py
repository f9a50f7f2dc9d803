"""``cqmap layers``: the QGIS-ready layers (GeoJSON or FlatGeobuf + QML, one GeoPackage, or
GeoParquet)."""

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
    overwrite_option,
    paths_argument,
    read_layers,
    scheduler_option,
)

LOG = logging.getLogger("cqmap")


@click.command(name="layers", short_help=SHORT_HELP["layers"])
@paths_argument
@click.option(
    "-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
    help="Output folder (created if missing).",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["geojson", "fgb", "gpkg", "parquet"]), default="geojson",
    show_default=True,
    help="GeoJSON or FlatGeobuf with a .qml beside each layer, one cqmap.gpkg with styles "
    "inside, or GeoParquet (needs pyarrow: pip install 'cqmap[parquet]').",
)  # fmt: skip
@jobs_option
@scheduler_option
@overwrite_option
def command(paths, output, fmt, jobs, scheduler, overwrite):
    """Join the records of the articles in PATH (default: the bundled seeds) to the
    districts and write the layers: districts, zones, pairings, routes, ports, context,
    rivers. WGS84 (EPSG:4326), styles included (GeoParquet has none).

    \b
    Example:
      cqmap layers seeds/ -o layers/
      cqmap layers seeds/ -o layers/ --format gpkg
      cqmap layers seeds/ -o layers/ --format parquet
    """
    check_scheduler(scheduler)  # (a usage error before anything is imported)
    from cqmap.geo.output import check_output_file
    from cqmap.layers.export import (
        GEOPACKAGE_NAME,
        require_parquet,
        write_flatgeobuf_layers,
        write_geojson_layers,
        write_geopackage,
        write_parquet_layers,
    )
    from cqmap.layers.model import LAYER_NAMES

    if fmt == "parquet":
        require_parquet()  # (before any article is read)
    files = input_paths(paths)
    extensions = {"geojson": ("geojson", "qml"), "fgb": ("fgb", "qml"), "parquet": ("parquet",)}
    targets = (
        [output / GEOPACKAGE_NAME]
        if fmt == "gpkg"
        else [output / f"{name}.{ext}" for name in LAYER_NAMES for ext in extensions[fmt]]
    )
    for target in targets:
        check_output_file(target, overwrite=overwrite, inputs=paths or files, new_folders=True)
    output.mkdir(parents=True, exist_ok=True)
    layers, errors = read_layers(files, jobs=jobs, scheduler=scheduler)
    if fmt == "gpkg":
        written = [write_geopackage(layers, targets[0])]
    elif fmt == "fgb":
        written = write_flatgeobuf_layers(layers, output)
    elif fmt == "parquet":
        written = write_parquet_layers(layers, output)
    else:
        written = write_geojson_layers(layers, output)
    for path in written:
        LOG.info("wrote %s", path)
    finish(errors)
