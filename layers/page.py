"""What every map's page shares: its stylesheet, and the script functions its overlays call.

:class:`Helpers` puts them into the page once, with the layout's script
(:data:`cqmap.layers.layout.LAYOUT_JS`): ``cqStyle``, ``cqPoint`` and ``cqBind`` style,
draw and bind every feature of a :class:`cqmap.layers.overlays.GeoJsonLayer` from its
properties (:mod:`cqmap.layers.popups`); ``cqFocus`` makes a pairing map's two regions
stand out.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from cqmap.layers.layout import LAYOUT_JS

__all__ = ["Helpers", "MAP_CSS"]

# Written for this project (no third-party code): inlined into every map as it is.
#
# Class names: a panel that folds (``cq-fold``) holds a ``cq-toggle`` button and a
# ``cq-body``; ``cq-open`` shows the body. The map container carries ``cq-wide`` or
# ``cq-narrow`` (set by :data:`LAYOUT_JS`): wide, the panels are open and their bodies
# bounded in height; narrow, every panel is a button that opens its body as a sheet
# between the controls at the top and those at the bottom.
MAP_CSS = r"""
.cq-title,.cq-fold{background:rgba(255,255,255,.95);border-radius:4px;box-sizing:border-box;
  box-shadow:0 1px 4px rgba(0,0,0,.3);color:#222;
  font:12px/1.5 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;overflow-wrap:anywhere}
.cq-title{padding:6px 12px;font-weight:600;font-size:15px;line-height:1.35}
.cq-title small{display:block;font-weight:400;font-size:12px;color:#555}
.cq-toggle{display:flex;align-items:baseline;gap:8px;box-sizing:border-box;width:100%;margin:0;
  padding:6px 10px;border:0;border-radius:4px;background:none;color:inherit;font:inherit;
  text-align:left;cursor:pointer;overflow-wrap:anywhere}
.cq-toggle>span{flex:1 1 auto;min-width:0}
.cq-toggle::after{content:"\25BE";color:#777}
.cq-fold:not(.cq-open) .cq-toggle::after{content:"\25B8"}
.cq-toggle:focus-visible{outline:2px solid #2171b5}
.cq-toggle i{margin-right:4px;color:#555}
.cq-toggle small{color:#555}
.cq-body{box-sizing:border-box;padding:0 10px 8px;overflow-x:hidden;overflow-y:auto;overscroll-behavior:contain}
.cq-fold:not(.cq-open) .cq-body{display:none}
.cq-wide .cq-panel,.cq-wide .cq-legend{width:400px}
.cq-panel{--cq-share:2}
.cq-legend .cq-cols{columns:2 170px;column-gap:14px}
.cq-legend section{break-inside:avoid;padding-top:2px}
.cq-legend h4{margin:2px 0;font-size:12px}
.cq-legend .sw{display:inline-block;width:14px;height:12px;margin-right:6px;vertical-align:middle;
  border:1px solid #fff;outline:1px solid #ccc}
.cq-legend svg{vertical-align:middle;margin-right:6px}
.cq-legend i{width:16px;text-align:center;margin-right:6px}
.cq-panel .cq-meta{margin:0 0 4px;color:#444}
.cq-panel .cq-quotes{max-height:none;overflow:visible;margin:0}
.cq-wide .cq-footer{max-width:720px;background:rgba(255,255,255,.85);border-radius:0;box-shadow:none;
  font:11px/1.4 sans-serif;color:#333}
.cq-wide .cq-footer .cq-toggle{display:none}
.cq-wide .cq-footer .cq-body{display:block;padding:2px 8px}
.cq-narrow .cq-fold .cq-body{position:fixed;z-index:1001;box-sizing:border-box;padding:8px 12px;
  background:#fff;border-radius:4px;box-shadow:0 2px 10px rgba(0,0,0,.35)}
.cq-narrow .cq-footer .cq-body{font-size:11px}
.cq-narrow .cq-title{font-size:14px}
.cq-narrow .cq-title small{font-size:11px}
.cq-search input{width:190px;padding:4px 6px;border:0;font:13px sans-serif;box-sizing:border-box}
.cq-narrow .cq-search input{width:176px}
.cq-search input.cq-miss{background:#fee}
.leaflet-control-layers{font:13px/1.4 "Noto Sans CJK SC","Microsoft YaHei",sans-serif}
.leaflet-control-layers label{font-size:13px}
.leaflet-control-scale-line{font-size:11px}
.leaflet-popup-content{font:13px/1.45 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;
  overflow-wrap:anywhere}
.leaflet-tooltip{font:13px/1.4 "Noto Sans CJK SC","Microsoft YaHei",sans-serif}
.cq-table th{text-align:left;padding-right:8px;color:#555;font-weight:400;white-space:nowrap;vertical-align:top}
.cq-table td{overflow-wrap:anywhere}
.cq-narrow .cq-table th{white-space:normal;width:40%}
.cq-quotes{margin:6px 0 0;padding-left:18px;max-height:220px;overflow:auto;font-size:12px}
.cq-icon{font-size:15px;text-align:center;text-shadow:0 0 3px #fff,0 0 3px #fff}
.leaflet-container.cq-plain{background:#f7f9fb}
.cq-time{display:flex;align-items:center;gap:6px;margin-top:4px;font-weight:400;font-size:12px}
.cq-time input{flex:1 1 110px;min-width:60px;width:110px;margin:0}
.cq-time output{flex:none;white-space:nowrap;font-variant-numeric:tabular-nums;color:#333}
.cq-time button{flex:none;width:26px;height:24px;padding:0;border:1px solid #bbb;border-radius:4px;
  background:#fff;color:#333;cursor:pointer}
.cq-time button:focus-visible{outline:2px solid #2171b5}
.cq-undated{color:#8a5a00}
.leaflet-interactive:focus{outline:none}
"""


class Helpers(MacroElement):
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
