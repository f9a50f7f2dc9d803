"""The main job's output folder: records, layers, GeoPackage, maps and an index page.

::

    out/
      index.html              counts, tables of pairs and routes, what is not drawn and
                              why, and links to everything below
      overview.html           the overview map
      pairings/<a>_<b>.html   one route map per pair (extracted and reference pairs)
      layers/<layer>.geojson  one GeoJSON per layer, with <layer>.qml beside it
      layers/<layer>.fgb      the same layer as FlatGeobuf (the same .qml styles it)
      cqmap.gpkg              every layer with its QGIS style stored inside, and the
                              QGIS project (table qgis_projects)
      cqmap.qgz               the QGIS project: every layer, styled and labelled, in
                              drawing order over OpenStreetMap (relative paths)
      records.jsonl           the extraction records, one document a line (schema in the
                              README), when the build read articles
      summary.json            their summary (:class:`cqmap.geo.summary.Summary`), which
                              ``cqmap build --summary`` builds the same folder from
      cqmap-manifest.json     what cqmap wrote here (only such a folder is ever replaced)

The folder is assembled in a temporary folder beside the target and swapped into place
at the end (:func:`open_site`, :mod:`cqmap.geo.output`), so an interrupted or failed build
leaves no partial output, and a folder holding anything cqmap did not write is never
replaced. The records are written into it as they are read (:attr:`Site.records_path`),
and nothing the folder holds grows with the number of documents but the records: the
layers, maps and index page are made from the summary, whose lists are bounded.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from cqmap.geo.io import atomic_write
from cqmap.geo.output import (
    MANIFEST_NAME,
    check_output_file,
    check_output_folder,
    manifest_bytes,
    replace_folder,
    sweep_leftovers,
    temporary_folder,
)
from cqmap.geo.records import encode_jsonl, record_file
from cqmap.layers.export import (
    GEOPACKAGE_NAME,
    write_flatgeobuf_layers,
    write_geojson_layers,
    write_geopackage,
)
from cqmap.layers.maps import overview_map, pairing_map
from cqmap.layers.model import Layers
from cqmap.layers.panels import date_stamp
from cqmap.layers.popups import esc
from cqmap.layers.project import PROJECT_FILE, write_project
from cqmap.layers.registry import LAYER_TITLES
from cqmap.layers.render import save_map

__all__ = [
    "RECORDS_FILE",
    "SUMMARY_FILE",
    "Site",
    "SiteReport",
    "build_site",
    "open_site",
    "pairing_filename",
    "write_pairing_maps",
]

RECORDS_FILE = "records.jsonl"
SUMMARY_FILE = "summary.json"


@dataclass
class SiteReport:
    """What a build wrote, relative to its folder."""

    folder: Path
    files: list[str] = field(default_factory=list)
    summary: dict[str, int] = field(default_factory=dict)

    @property
    def index(self) -> Path:
        return self.folder / "index.html"


def pairing_filename(a: str, b: str) -> str:
    """File name of a pairing map: the two canonical names, file-system safe."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in f"{a}_{b}")
    return f"{safe}.html"


class Site:
    """An output folder being built (:func:`open_site`): its files are written into
    ``work``, a temporary folder beside the target, swapped into place at the end."""

    def __init__(self, folder: Path, work: Path):
        self.folder = folder
        self.work = work
        self.report = SiteReport(folder)

    @property
    def records_path(self) -> Path:
        """Where the records go (:data:`RECORDS_FILE`): written before :meth:`write`,
        as they are read (:func:`cqmap.geo.records.record_file`), or not at all."""
        return self.work / RECORDS_FILE

    def write(
        self,
        layers: Layers,
        *,
        tiles: str = "osm",
        offline: bool = True,
        step: Callable[[str], None] | None = None,
    ) -> SiteReport:
        """Write the summary, layers, GeoPackage, QGIS project, maps and index page."""
        work = self.work
        note = step or (lambda _: None)
        (work / "layers").mkdir()
        (work / "pairings").mkdir()
        note(SUMMARY_FILE)
        atomic_write(work / SUMMARY_FILE, layers.corpus.to_json())
        note("layers/*.geojson")
        write_geojson_layers(layers, work / "layers")
        note("layers/*.fgb")
        write_flatgeobuf_layers(layers, work / "layers", styles=False)  # (the .qml are there)
        note(GEOPACKAGE_NAME)
        write_geopackage(layers, work / GEOPACKAGE_NAME)
        note(PROJECT_FILE)
        write_project(layers, work / PROJECT_FILE, geopackage=GEOPACKAGE_NAME)
        note("overview.html")
        save_map(overview_map(layers, tiles=tiles), work / "overview.html", offline=offline)
        pair_files = []
        for row in layers.pairings.itertuples(index=False):
            name = pairing_filename(row.a, row.b)
            note(f"pairings/{name}")
            save_map(
                pairing_map(layers, row.a, row.b, tiles=tiles),
                work / "pairings" / name,
                offline=offline,
            )
            pair_files.append((row, name))
        note("index.html")
        summary = layers.summary()
        records = self.records_path.is_file()
        atomic_write(work / "index.html", _index_html(layers, summary, pair_files, records))
        self.report.summary = summary
        return self.report


@contextmanager
def open_site(
    out_dir: str | os.PathLike,
    *,
    overwrite: bool = False,
    inputs: Sequence[str | os.PathLike] = (),
) -> Iterator[Site]:
    """An output folder to build: a :class:`Site` whose files go into a temporary folder
    beside ``out_dir``, swapped into place (with its manifest) when the block ends
    without an error, and removed, leaving ``out_dir`` as it was, when it raises.

    ``out_dir`` is checked first, before anything is read or written: it must not exist
    (or be empty) unless ``overwrite``, and then it must be a cqmap output holding
    nothing else (:func:`cqmap.geo.output.check_output_folder`); it is checked again
    before the swap. After the block, ``site.report.files`` lists what it holds.

    Raises
    ------
    geo.errors.OutputError
        The folder may not be written.
    """
    out = Path(out_dir)
    target = check_output_folder(out, overwrite=overwrite, inputs=inputs)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(target)
    work = temporary_folder(target)
    site = Site(out, work)
    try:
        yield site
        atomic_write(work / MANIFEST_NAME, manifest_bytes(work))
        os.chmod(work, 0o755)
        check_output_folder(out, overwrite=overwrite, inputs=inputs)  # (anything new in it?)
        replace_folder(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    site.report.files = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())


def build_site(
    layers: Layers,
    out_dir: str | os.PathLike,
    *,
    tiles: str = "osm",
    offline: bool = True,
    overwrite: bool = False,
    inputs: Sequence[str | os.PathLike] = (),
    step: Callable[[str], None] | None = None,
    records: Iterable[dict] | None = None,
) -> SiteReport:
    """Write every output of the main job into ``out_dir``.

    Parameters
    ----------
    layers : Layers
        From :func:`cqmap.layers.model.build_layers`.
    out_dir : path-like
        Target folder; it must not exist (or be empty) unless ``overwrite``, and then it
        must be a cqmap output holding nothing else (see :mod:`cqmap.geo.output`).
    tiles, offline : keyword-only
        Basemap and self-contained maps, as in :func:`cqmap.layers.render.save_map`.
    inputs : keyword-only
        The paths the layers were read from: the output may neither hold nor lie in them.
    step : callable, keyword-only
        Called with a short description before each file (progress reporting).
    records : iterable of dict, keyword-only
        The records the layers were built from, written to :data:`RECORDS_FILE` one at
        a time (none without them: ``summary.json`` holds what the outputs show).

    Raises
    ------
    geo.errors.OutputError
        The folder may not be written (:func:`cqmap.geo.output.check_output_folder`).
    """
    with open_site(out_dir, overwrite=overwrite, inputs=inputs) as site:
        if records is not None:
            (step or (lambda _: None))(RECORDS_FILE)
            with record_file(site.records_path, "jsonl") as writer:
                for record in records:
                    writer.add(encode_jsonl(record))
        site.write(layers, tiles=tiles, offline=offline, step=step)
    return site.report


def write_pairing_maps(
    layers: Layers,
    folder: str | os.PathLike,
    *,
    tiles: str = "osm",
    offline: bool = True,
    overwrite: bool = False,
    inputs: Sequence[str | os.PathLike] = (),
) -> list[Path]:
    """Write the route map of every pair into ``folder``: all of them, or none.

    Every target is checked before the first is written (an existing map needs
    ``overwrite``; an input is never replaced); the maps are written to temporary files
    and renamed into place at the end.

    Raises
    ------
    geo.errors.OutputError
        One of the maps may not be written.
    """
    folder = Path(folder)
    targets = [
        (row, folder / pairing_filename(row.a, row.b))
        for row in layers.pairings.itertuples(index=False)
    ]
    for _, target in targets:
        check_output_file(target, overwrite=overwrite, inputs=inputs, new_folders=True)
    folder.mkdir(parents=True, exist_ok=True)
    work = temporary_folder(folder / "pairings")
    try:
        for row, target in targets:
            save_map(
                pairing_map(layers, row.a, row.b, tiles=tiles), work / target.name, offline=offline
            )
        for _, target in targets:
            os.replace(work / target.name, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [target for _, target in targets]


# The index page's summary: what each count is, and where the page or the maps show it.
SUMMARY_LABELS = {
    "documents": ("文档 documents", "the table 文档 Documents"),
    "districts and zones named": (
        "提及的区县与功能区 districts and zones named",
        "of the {districts} districts and {zones} zones on the overview map",
    ),
    "pairings": ("文本配对 pairings from the texts", "arcs of the layer {pairings}"),
    "reference pairings": ("参考配对 reference pairings", "arcs of the layer {reference}"),
    "pair maps": ("配对地图 pair maps", "rows of the table 配对地图 Pairing route maps"),
    "ports": ("港口与枢纽 ports and hubs", "markers of the layer {ports}"),
    "routes": (
        "货运线路 routes drawn",
        "rows of the table 货运线路 Routes; lines of the layer {routes}",
    ),
    "routes not drawn": ("未绘制的线路 routes not drawn", "{not_drawn}"),
    "corridors not drawn": ("未绘制的通道 corridors not drawn", "{not_drawn}"),
    "places not drawn": ("未绘制的地点 places not drawn", "{not_drawn}"),
}
NOT_DRAWN_KINDS = {"route": "线路 route", "corridor": "通道 corridor", "place": "地点 place"}
MISSING = "—"  # the cell of a value the data does not have


def _cell(value: object) -> str:
    """A table cell's escaped text: ``—`` for a missing value (None, NaN, NaT, "")."""
    if value is None or value == "" or (not isinstance(value, str) and pd.isna(value)):
        return MISSING
    return esc(value)


class _Html(str):
    """Markup built from escaped parts, put into a cell as it is."""


def _html_table(table_id: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A table of escaped cells (:func:`_cell`); a cell given as :class:`_Html` is kept as is."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{c if isinstance(c, _Html) else _cell(c)}</td>" for c in row)
        + "</tr>"
        for row in rows
    )
    return f'<table id="{table_id}"><tr>{head}</tr>{body}</table>'


def _summary_table(layers: Layers, summary: dict[str, int]) -> str:
    where = {
        "districts": len(layers.districts),
        "zones": len(layers.zones),
        "not_drawn": "rows of the table 未绘制 Not drawn, with the reason",
        **{key: LAYER_TITLES[key] for key in ("pairings", "reference", "ports", "routes")},
    }
    rows = "".join(
        f'<tr data-key="{esc(key)}"><th>{esc(SUMMARY_LABELS[key][0])}</th><td>{count}</td>'
        f"<td>{esc(SUMMARY_LABELS[key][1].format(**where))}</td></tr>"
        for key, count in summary.items()
    )
    return f'<table id="summary"><tr><th>项目 what</th><th>数量 count</th><th>见 shown as</th></tr>{rows}</table>'


def _pairs_table(pair_files: Sequence[tuple]) -> str:
    rows = [
        (
            _Html(f'<a href="pairings/{esc(name)}">{esc(row.a)} — {esc(row.b)}</a>'),
            row.relation,
            row.source,
            int(row.evidence),
            row.confidence,
        )
        for row, name in pair_files
    ]
    headers = ("配对 pair", "relation", "source", "evidence", "reference confidence")
    return _html_table("pairs", headers, rows)


def _routes_table(layers: Layers) -> str:
    rows = [
        (r.name, r.mode, r.origin, r.destinations or r.via, r.opened, f"{r.length_km:,.0f}")
        for r in layers.routes.itertuples(index=False)
    ]
    headers = ("name", "mode", "origin", "destinations", "opened", "km")
    return _html_table("routes", headers, rows)


def _not_drawn_section(layers: Layers) -> str:
    if not layers.not_drawn:
        return "<p>文本中提到的一切都已绘制 Everything the texts name is drawn.</p>"
    rows = [(NOT_DRAWN_KINDS[n.kind], n.name, n.reason, n.documents_text) for n in layers.not_drawn]
    return (
        "<p>文本提到、地图上没有画出的线路、通道和地点, 及其原因 "
        "What the texts name that the maps do not draw, and why.</p>"
        + _html_table("not-drawn", ("kind", "name", "reason", "documents"), rows)
    )


def _documents_table(layers: Layers) -> str:
    rows = [(d["id"], d["title"], d["date"], d["outlet"]) for d in layers.documents]
    table = _html_table("documents", ("id", "title", "date", "outlet"), rows)
    more = layers.document_count - len(rows)
    if more > 0:
        table += (
            f'<p id="documents-more">另有 {more} 篇 and {more} more documents '
            f"(the first {len(rows)} are listed)</p>"
        )
    return table


def _records_line(records: bool) -> str:
    """The index page's line on the records and their summary."""
    summary = f'<a href="{SUMMARY_FILE}">{SUMMARY_FILE}</a>'
    if records:
        return (
            f'<p><a href="{RECORDS_FILE}">{RECORDS_FILE}</a> — the extraction records with '
            f"evidence, one document a line · {summary} — their summary</p>"
        )
    return f"<p>{summary} — the summary of the extraction records this was built from</p>"


def _index_html(
    layers: Layers, summary: dict[str, int], pair_files: Sequence[tuple], records: bool
) -> str:
    layer_links = " · ".join(
        f'<a href="layers/{name}.geojson">{name}.geojson</a> (<a href="layers/{name}.fgb">fgb</a>, '
        f'<a href="layers/{name}.qml">qml</a>)'
        for name, _ in layers.items()
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cqmap — 一区两群 对口协同与货运通道</title>
<style>
body{{font:14px/1.55 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}}
table{{border-collapse:collapse;margin:.5em 0 1.5em}}td,th{{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left;vertical-align:top}}
th{{font-weight:600}}h1{{font-size:1.5em}}h2{{font-size:1.15em;margin-top:1.6em}}
</style></head><body>
<h1>重庆“一区两群”对口协同与货运通道</h1>
<p><a href="overview.html"><b>打开总览地图 Open the overview map</b></a></p>
<h2>概要 Summary</h2>{_summary_table(layers, summary)}
<h2>配对地图 Pairing route maps</h2>
{_pairs_table(pair_files)}
<h2>货运线路 Routes</h2>
{_routes_table(layers)}
<h2>未绘制 Not drawn</h2>
{_not_drawn_section(layers)}
<h2>图层 Layers (QGIS)</h2>
<p><a href="{PROJECT_FILE}">{PROJECT_FILE}</a> — the QGIS project: open it in QGIS for every
layer, styled and labelled, over OpenStreetMap</p>
<p><a href="{GEOPACKAGE_NAME}">{GEOPACKAGE_NAME}</a> (styles and the project included) · {layer_links}</p>
{_records_line(records)}
<h2>文档 Documents</h2>
{_documents_table(layers)}
<p><small>WGS84 (EPSG:4326){date_stamp(layers)} · cqmap</small></p>
</body></html>
"""
