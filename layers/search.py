"""The overview's search box: find a district, zone or port by name.

It indexes the features of the overlays of the ``searchable`` layers of the registry by
their ``_search`` property (:mod:`cqmap.layers.popups`), fits the map to the one named
(into the part of the map that no control covers, ``cqLayout.show``) and opens its popup.
"""

from __future__ import annotations

from collections.abc import Sequence

from branca.element import MacroElement
from folium.template import Template

from cqmap.layers.overlays import GeoJsonLayer

__all__ = ["Search"]


class Search(MacroElement):
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

    def __init__(self, layers: Sequence[GeoJsonLayer], *, placeholder: str):
        super().__init__()
        self._name = "Search"
        self._layers = list(layers)
        self.placeholder = placeholder

    @property
    def layer_names(self) -> list[str]:
        return [layer.get_name() for layer in self._layers]
