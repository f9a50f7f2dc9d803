"""``cqmap places``: look places up in the gazetteer."""

from __future__ import annotations

import json

import click

from cqmap.cli.main import SHORT_HELP
from cqmap.geo.errors import UnknownPlaceError
from cqmap.geo.gazetteer import LEVELS, gazetteer


@click.command(name="places", short_help=SHORT_HELP["places"])
@click.argument("query", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "geojson"]), default="table",
    show_default=True, help="Output format.",
)  # fmt: skip
@click.option(
    "--level", type=click.Choice(LEVELS), multiple=True,
    help="Only places of this level (repeat for several).",
)  # fmt: skip
def command(query, fmt, level):
    """The gazetteer entry of QUERY (a name in any form, or an adcode), or every place
    whose names contain QUERY, or all places: name, adcode, level, group, aliases and
    reference partners.

    \b
    Example:
      cqmap places 开州
      cqmap places 港 --level port --format json
    """
    gaz = gazetteer()
    try:
        found = gaz.search(query, levels=level or None)
    except UnknownPlaceError as err:
        raise click.BadParameter(str(err), param_hint="QUERY") from None
    rows = [gaz.describe(p) for p in found]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "geojson":
        features = [
            {
                "type": "Feature",
                "properties": {k: v for k, v in row.items() if k not in ("lon", "lat")},
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            }
            for row in rows
        ]
        click.echo(
            json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
        )
    else:
        columns = ("name", "code", "level", "group", "aliases", "partners")
        table = [[_cell(row[c]) for c in columns] for row in rows]
        widths = [
            max(_width(x) for x in [c, *(r[i] for r in table)]) for i, c in enumerate(columns)
        ]
        click.echo("  ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip())
        for r in table:
            click.echo("  ".join(_pad(x, w) for x, w in zip(r, widths)).rstrip())


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return "、".join(value) or "-"
    return str(value)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
