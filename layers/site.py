"""The main job's output folder: records, layers, GeoPackage, maps and an index page.

::

    out/
      index.html              summary table and links to everything below
      overview.html           the overview map
      pairings/<a>_<b>.html   one route map per pair (extracted and reference pairs)
      layers/<layer>.geojson  one GeoJSON per layer, with <layer>.qml beside it
      cqmap.gpkg              every layer with its QGIS style stored inside
      records.json            the extraction records (schema in the README)
      cqmap-manifest.json     what cqmap wrote here (only such a folder is ever replaced)

The folder is assembled in a temporary folder beside the target and swapped into place
at the end (:mod:`geo.output`), so an interrupted or failed build leaves no partial
output, and a folder holding anything cqmap did not write is never replaced.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.extract import dumps
from geo.io import atomic_write
from geo.output import (
    MANIFEST_NAME,
    check_output_file,
    check_output_folder,
    manifest_bytes,
    replace_folder,
    sweep_leftovers,
    temporary_folder,
)
from layers.export import GEOPACKAGE_NAME, write_geojson_layers, write_geopackage
from layers.maps import date_stamp, esc, overview_map, pairing_map, save_map
from layers.model import Layers

__all__ = ["SiteReport", "build_site", "pairing_filename", "write_pairing_maps"]


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


def build_site(
    layers: Layers,
    out_dir: str | os.PathLike,
    *,
    tiles: str = "osm",
    offline: bool = True,
    overwrite: bool = False,
    inputs: Sequence[str | os.PathLike] = (),
    step: Callable[[str], None] | None = None,
) -> SiteReport:
    """Write every output of the main job into ``out_dir``.

    Parameters
    ----------
    layers : Layers
        From :func:`layers.model.build_layers`.
    out_dir : path-like
        Target folder; it must not exist (or be empty) unless ``overwrite``, and then it
        must be a cqmap output holding nothing else (see :mod:`geo.output`).
    tiles, offline : keyword-only
        Basemap and self-contained maps, as in :func:`layers.maps.save_map`.
    inputs : keyword-only
        The paths the layers were read from: the output may neither hold nor lie in them.
    step : callable, keyword-only
        Called with a short description before each file (progress reporting).

    Raises
    ------
    geo.errors.OutputError
        The folder may not be written (:func:`geo.output.check_output_folder`).
    """
    out = Path(out_dir)
    target = check_output_folder(out, overwrite=overwrite, inputs=inputs)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(target)
    work = temporary_folder(target)
    report = SiteReport(out)
    note = step or (lambda _: None)
    try:
        (work / "layers").mkdir()
        (work / "pairings").mkdir()
        note("records.json")
        atomic_write(work / "records.json", dumps(layers.records))
        note("layers/*.geojson")
        write_geojson_layers(layers, work / "layers")
        note(GEOPACKAGE_NAME)
        write_geopackage(layers, work / GEOPACKAGE_NAME)
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
        atomic_write(work / "index.html", _index_html(layers, summary, pair_files))
        atomic_write(work / MANIFEST_NAME, manifest_bytes(work))
        os.chmod(work, 0o755)
        check_output_folder(out, overwrite=overwrite, inputs=inputs)  # (anything new in it?)
        replace_folder(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    report.summary = summary
    report.files = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    return report


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


def _index_html(layers: Layers, summary: dict[str, int], pair_files: Sequence[tuple]) -> str:
    counts = "".join(f"<tr><th>{esc(k)}</th><td>{v}</td></tr>" for k, v in summary.items())
    docs = "".join(
        f"<tr><td>{esc(d['id'])}</td><td>{esc(d['title'] or '')}</td><td>{esc(d['date'] or '')}</td>"
        f"<td>{esc(d['outlet'] or '')}</td></tr>"
        for d in layers.documents
    )
    pairs = "".join(
        f'<tr><td><a href="pairings/{esc(name)}">{esc(row.a)} — {esc(row.b)}</a></td>'
        f"<td>{esc(row.relation)}</td><td>{esc(row.source)}</td><td>{int(row.evidence)}</td>"
        f"<td>{esc(row.confidence or '')}</td></tr>"
        for row, name in pair_files
    )
    routes = "".join(
        f"<tr><td>{esc(r.name)}</td><td>{esc(r.mode)}</td><td>{esc(r.origin)}</td>"
        f"<td>{esc(r.destinations or r.via)}</td><td>{esc(r.opened or '')}</td><td>{r.length_km:,.0f}</td></tr>"
        for r in layers.routes.itertuples(index=False)
    )
    layer_links = " · ".join(
        f'<a href="layers/{name}.geojson">{name}.geojson</a> (<a href="layers/{name}.qml">qml</a>)'
        for name, _ in layers.items()
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cqmap — 一区两群 对口协同与货运通道</title>
<style>
body{{font:14px/1.55 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}}
table{{border-collapse:collapse;margin:.5em 0 1.5em}}td,th{{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left}}
th{{font-weight:600}}h1{{font-size:1.5em}}h2{{font-size:1.15em;margin-top:1.6em}}
</style></head><body>
<h1>重庆“一区两群”对口协同与货运通道</h1>
<p><a href="overview.html"><b>打开总览地图 Open the overview map</b></a></p>
<h2>概要 Summary</h2><table>{counts}</table>
<h2>配对地图 Pairing route maps</h2>
<table><tr><th>配对 pair</th><th>relation</th><th>source</th><th>evidence</th><th>reference confidence</th></tr>{pairs}</table>
<h2>货运线路 Routes</h2>
<table><tr><th>name</th><th>mode</th><th>origin</th><th>destinations</th><th>opened</th><th>km</th></tr>{routes}</table>
<h2>图层 Layers (QGIS)</h2>
<p><a href="{GEOPACKAGE_NAME}">{GEOPACKAGE_NAME}</a> (styles included) · {layer_links}</p>
<p><a href="records.json">records.json</a> — the extraction records with evidence</p>
<h2>文档 Documents</h2>
<table><tr><th>id</th><th>title</th><th>date</th><th>outlet</th></tr>{docs}</table>
<p><small>WGS84 (EPSG:4326){date_stamp(layers)} · cqmap</small></p>
</body></html>
"""
