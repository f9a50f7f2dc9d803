"""Interactive Folium maps: the overview of all layers, and one route map per pairing.

Both are made of the same parts, each in its module:

* the map on its basemap (``osm``, ``amap``: overlays shifted WGS84 -> GCJ-02 for
  display only, the footer says so; ``none``): :mod:`cqmap.layers.basemap`, with the
  page's stylesheet and script helpers (:mod:`cqmap.layers.page`);
* every layer of the registry as an overlay, bottom first, its features' popups
  pre-rendered and escaped (:mod:`cqmap.layers.overlays`, :mod:`cqmap.layers.popups`);
* the controls: the legend, footer and layer control (:mod:`cqmap.layers.panels`),
  placed by the layout in corners chosen for the window (:mod:`cqmap.layers.layout`,
  :data:`OVERVIEW_CORNERS`, :data:`PAIRING_CORNERS`), which fits the map's features
  (Chongqing; a pair's regions and arc) into the part of the map no control covers;
* the overview's own: the time slider in the title panel (:mod:`cqmap.layers.timeline`)
  and the search box (:mod:`cqmap.layers.search`); a pairing map's own: the evidence
  panel (:data:`PANEL_QUOTES` sentences).

A map is written by :func:`cqmap.layers.render.render_map` (self-contained, or linking
CDNs) and :func:`cqmap.layers.render.save_map`; the date it carries comes from
:func:`cqmap.geo.io.build_date`.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import folium
import geopandas as gpd

from cqmap.geo.gazetteer import gazetteer
from cqmap.geo.summary import PAIR_QUOTES
from cqmap.layers import registry
from cqmap.layers.basemap import base_map, frame_bounds, shift_for
from cqmap.layers.layout import Control, Corners, fold
from cqmap.layers.model import Layers
from cqmap.layers.overlays import add_overlay, features_json, layer_rows, selected, shared_layers
from cqmap.layers.panels import add_panels
from cqmap.layers.popups import esc
from cqmap.layers.registry import LayerSpec, Overlay
from cqmap.layers.script import script_json
from cqmap.layers.search import Search
from cqmap.layers.styles import RELATION_STYLES
from cqmap.layers.timeline import TimeSlider, time_html, timed, timeline_dates

__all__ = [
    "OVERVIEW_CORNERS",
    "PAIRING_CORNERS",
    "PANEL_QUOTES",
    "overview_map",
    "pairing_map",
]

PANEL_QUOTES = 50  # a pair map's panel; the records keep every sentence
assert PANEL_QUOTES <= PAIR_QUOTES  # (the summary keeps as many of each pair)

# Where each map's controls sit (:data:`cqmap.layers.layout.Corners`).
OVERVIEW_CORNERS: Corners = {
    "wide": {
        "topleft": ["zoom", "search"],
        "topright": ["title", "layers", "legend"],
        "bottomleft": ["footer", "scale"],
        "bottomright": ["attribution"],
    },
    "narrow": {
        "topleft": ["title", "search"],
        "topright": ["layers", "legend"],
        "bottomleft": ["footer", "scale"],
        "bottomright": ["zoom", "attribution"],
    },
}
PAIRING_CORNERS: Corners = {
    mode: {
        "topleft": ["zoom", "layers"],
        "topright": ["evidence", "legend"],
        "bottomleft": ["footer", "scale"],
        "bottomright": ["attribution"],
    }
    for mode in ("wide", "narrow")
}


# --------------------------------------------------------------------------- overview
def overview_map(layers: Layers, *, tiles: str = "osm", title: str | None = None) -> folium.Map:
    """The overview: every layer of the registry, bottom first, with legend, search and
    the time slider."""
    shift = shift_for(tiles)
    shared = shared_layers(layers, tiles)
    bounds = frame_bounds(layers.districts, shift)
    m = base_map(tiles, bounds=bounds)
    dates = timeline_dates(layers)
    dated, searched = [], []
    for spec in registry.map_order():
        for overlay in spec.map_overlays:
            if spec.shared:
                data = shared[overlay.key]
            else:
                rows = selected(layer_rows(layers, spec.name), overlay)
                data = features_json(rows, _props(spec, overlay, dated=bool(dates)), shift=shift)
            layer = add_overlay(m, data, overlay)
            if spec.temporal:
                dated.append(layer)
            if spec.searchable:
                searched.append(layer)

    heading = title or "重庆“一区两群”对口协同与货运通道"
    extracted = int(layers.pairings["extracted"].sum()) if len(layers.pairings) else 0
    subtitle = (
        f"{layers.document_count} 篇新闻 · {extracted} 对文本配对 · {len(layers.routes)} 条线路"
    )
    time_row = time_html(dates) if dates else ""
    m.add_child(
        Control(
            f"{esc(heading)}<small>{esc(subtitle)}</small>{time_row}",
            key="title",
            css_class="cq-title",
        )
    )
    if dates:
        m.add_child(TimeSlider(dated, dates))
    m.add_child(Search(searched, placeholder="搜索区县/港口 Search"))
    add_panels(
        m,
        layers,
        tiles=tiles,
        corners=OVERVIEW_CORNERS,
        bounds=bounds,
        collapse_layers=False,
        timed=bool(dates),
    )
    return m


def _props(spec: LayerSpec, overlay: Overlay, *, dated: bool) -> Callable:
    """An overlay's feature properties; ``dated``: with the layer's date, when it has one."""
    if dated and spec.temporal:
        return timed(overlay.props, spec.temporal)
    return overlay.props


# --------------------------------------------------------------------------- pairing
def pairing_map(layers: Layers, a: str, b: str, *, tiles: str = "osm") -> folium.Map:
    """The route map of one pair: both regions highlighted, their arc, ports, routes, evidence."""
    gaz = gazetteer()
    a, b = gaz.resolve(a).name, gaz.resolve(b).name
    regions = {a, b}
    hosts = set(regions)
    for name in regions:
        hosts.update(gaz.places[name].hosts)
    match = [r for r in layer_rows(layers, "pairings") if {r[0].a, r[0].b} == regions]
    focus_d = [r for r in layer_rows(layers, "districts") if r[0].name in regions]
    focus_z = [r for r in layer_rows(layers, "zones") if r[0].name in regions]
    ports = [r for r in layer_rows(layers, "ports") if r[0].host in hosts]
    near = regions | {r[0].name for r in ports}
    routes = [
        r
        for r in layer_rows(layers, "routes")
        if {r[0].origin, *r[0].destinations.split("、"), *r[0].via.split("、")} & near
    ]
    shift = shift_for(tiles)
    # the pair's features: its regions (a zone is a point) and its arc
    focus = [g for _, g in focus_d + focus_z + match] or list(layers.districts.geometry)
    frame = gpd.GeoDataFrame(geometry=focus, crs=layers.districts.crs)
    bounds = frame_bounds(frame, shift)
    m = base_map(tiles, bounds=bounds)
    shared = shared_layers(layers, tiles)
    # Each layer draws the pair's features where it has a selection of them (shown whole
    # otherwise); the districts highlight the pair's; no pairings layer without an arc.
    selection = {"pairings": match, "routes": routes, "zones": focus_z, "ports": ports}
    styles = {"districts": f"cqFocus({script_json(sorted(regions))})"}
    omit = set() if match else {"pairings"}
    for spec in registry.map_order():
        if spec.name in omit:
            continue
        for overlay in spec.map_overlays:
            if spec.shared:
                data = shared[overlay.key]
            else:
                rows = selected(selection.get(spec.name, layer_rows(layers, spec.name)), overlay)
                data = features_json(rows, overlay.props, shift=shift)
            add_overlay(m, data, overlay, style=styles.get(spec.name, "cqStyle"))

    row = match[0][0] if match else None
    m.add_child(_evidence_panel(a, b, row, *_pair_evidence(layers, a, b)))
    add_panels(
        m,
        layers,
        tiles=tiles,
        corners=PAIRING_CORNERS,
        bounds=bounds,
        collapse_layers=True,
        extra=f" · {a} — {b}",
    )
    return m


def _evidence_panel(
    a: str, b: str, row: SimpleNamespace | None, evidence: list[str], total: int
) -> Control:
    """The pair's panel: its names and relation on the button, then the reference source,
    the distance and the evidence sentences (the first :data:`PANEL_QUOTES` of ``total``,
    and how many more there are), scrolling."""
    relation = RELATION_STYLES[row.relation].label if row is not None else "无记录 no record"
    count = f" · 证据 {int(row.evidence)} 句" if row is not None else ""
    label = f"<b>{esc(a)} — {esc(b)}</b> <small>{esc(relation)}{count}</small>"
    meta = []
    if row is not None and row.reference:
        meta.append(f"参考可信度 {esc(row.confidence)} · {esc(row.reference_source)}")
    if row is not None:
        meta.append(f"距离 {row.distance_km:,.0f} km · 证据 {int(row.evidence)} 句")
    body = "".join(f'<p class="cq-meta">{line}</p>' for line in meta)
    if evidence:
        more = total - PANEL_QUOTES
        body += (
            '<ol class="cq-quotes">'
            + "".join(f"<li>{esc(q)}</li>" for q in evidence[:PANEL_QUOTES])
            + (f"<li>… 另有 {more} 句 {more} more in the records</li>" if more > 0 else "")
            + "</ol>"
        )
    else:
        body += "<p>文本中没有证据句 no evidence sentence in the documents</p>"
    return Control(fold(label, body), key="evidence", css_class="cq-panel cq-fold cq-open")


def _pair_evidence(layers: Layers, a: str, b: str) -> tuple[list[str], int]:
    """The first evidence sentences of a pair, as the summary keeps them (at least
    :data:`PANEL_QUOTES`; the popups show a few), and the number of all of them."""
    quotes, total = layers.corpus.pair_quotes(a, b)
    return [f"[{e['document']}#{e['sentence']}] {e['quote']}" for e in quotes], total
