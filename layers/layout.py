"""Where a map's controls sit: every control in a corner chosen for the window, no two
overlapping, and the map's features fitted into the part of the map that none covers.

A control (:class:`Control`, or one of Leaflet's) registers with the page's layout
(``cqLayout.add``) under a key; :class:`Layout`, added last, starts it with the map's
:data:`Corners` and the bounds to fit (``cqLayout.start``, :data:`LAYOUT_JS`). Open
panels are bounded in height and scroll; on a narrow window the panels that fold
(:func:`fold`) become buttons that open as sheets.
"""

from __future__ import annotations

import folium
from branca.element import Element

from cqmap.layers.script import Raw, script_json

__all__ = ["Corners", "Control", "LAYOUT_JS", "Layout", "MAX_FIT_ZOOM", "fold"]

MAX_FIT_ZOOM = 12  # the closest a map opens on its features (two neighbouring districts)

# Where the controls sit, per corner and top to bottom, in a wide window and in a narrow
# one (``LAYOUT_JS`` folds the panels there). ``zoom``, ``scale``, ``attribution`` and
# ``layers`` are Leaflet's; the others are the keys of the map's own controls.
Corners = dict[str, dict[str, list[str]]]


class Control(Element):
    """A Leaflet control holding static, already-escaped HTML, registered with the layout
    (``cqLayout``) under ``key``; the layout moves it to its corner.

    Its element is made once, so a control keeps its state (an open panel, a scroll
    position) when the layout moves it. HTML made by :func:`fold` makes a panel that
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
            f"  var control = L.control({{position: {script_json(self.position)}}});\n"
            f"  var div = L.DomUtil.create('div', {script_json(self.css_class)});\n"
            f"  div.innerHTML = {script_json(self.html)};\n"
            "  L.DomEvent.disableClickPropagation(div);\n"
            "  L.DomEvent.disableScrollPropagation(div);\n"
            "  control.onAdd = function() { return div; };\n"
            f"  control.addTo({self._parent.get_name()});\n"
            f"  cqLayout.add({script_json(self.key)}, control);\n"
            "})();\n"
        )
        self.get_root().script.add_child(Raw(script), name=self.get_name())


def fold(label: str, body: str) -> str:
    """The HTML of a panel that folds: a button showing ``label`` that opens and closes
    ``body`` (both already-escaped HTML). The control holding it has the class ``cq-fold``
    (and ``cq-open``: the layout opens or folds it for the window)."""
    return (
        '<button type="button" class="cq-toggle" aria-expanded="true">'
        f"<span>{label}</span></button>"
        f'<div class="cq-body">{body}</div>'
    )


class Layout(Element):
    """Places every control and fits the map (``cqLayout.start``; see :data:`LAYOUT_JS`):
    corners per window width, folding panels, bounded heights, and ``bounds`` fitted into
    the part of the map that no control covers.

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
            f"cqLayout.start({self._parent.get_name()}, {script_json(self.options)}, "
            f"{self.layer_control.get_name()});\n"
        )
        self.get_root().script.add_child(Raw(script), name=self.get_name())


# --------------------------------------------------------------------------- script
# Written for this project (no third-party code): inlined into every map as it is
# (:class:`cqmap.layers.page.Helpers`).

# The layout of a map's controls. ``cqLayout.add(key, control)`` registers a control;
# ``cqLayout.start(map, options, layerControl)`` then places every control in its corner
# (``options.corners.wide`` / ``.narrow``: per corner, the keys top to bottom), folds the
# panels on a narrow window (narrower than 700 px or lower than 560 px), bounds the
# height of open panels so that no two controls overlap, and fits ``options.bounds`` into
# the largest part of the map that no control covers (fitBounds with paddingTopLeft and
# paddingBottomRight; ``cqLayout.show(bounds, maxZoom)`` does the same for any bounds, and
# popups are panned into that part). It runs again when the window is resized, when fonts
# are ready and when a panel opens or closes; it refits only while the view is the one it
# fitted.
LAYOUT_JS = r"""
var cqLayout = (function () {
  'use strict';
  var GAP = 10;       // px between controls, and between a control and the window's edge
  var MARGIN = 14;    // px between the fitted features and any control
  var MIN_BODY = 96;  // px an open panel's body keeps when the column is short
  var NARROW = {x: 700, y: 560};
  var FIT_SNAP = 0.25;  // zoom steps of a fit (the user's zooms keep the map's own steps)
  var controls = {}, map = null, options = null, mode = null, fitted = null, pending = false;

  function add(key, control) { controls[key] = control; }

  function containerOf(key) { return controls[key] && controls[key].getContainer(); }

  function folds() {
    return Object.keys(controls).map(containerOf).filter(function (el) {
      return el && el.classList.contains('cq-fold');
    });
  }

  function setOpen(el, open) {
    el.classList.toggle('cq-open', open);
    var button = el.querySelector('.cq-toggle');
    if (button) { button.setAttribute('aria-expanded', open ? 'true' : 'false'); }
  }

  function toggle(el) {
    var open = !el.classList.contains('cq-open');
    if (open && mode === 'narrow') {  // one sheet at a time
      folds().forEach(function (other) { setOpen(other, false); });
    }
    setOpen(el, open);
    layout();
  }

  function bindToggles() {
    folds().forEach(function (el) {
      var button = el.querySelector('.cq-toggle');
      if (button) { L.DomEvent.on(button, 'click', function () { toggle(el); }); }
    });
  }

  // Every control into its corner, top to bottom (Leaflet stacks a bottom corner upwards).
  function arrange(next) {
    mode = next;
    var box = map.getContainer();
    box.classList.toggle('cq-narrow', next === 'narrow');
    box.classList.toggle('cq-wide', next === 'wide');
    var layers = controls.layers;
    if (layers) {
      map.off('click', layers.collapse, layers);
      layers.options.collapsed = next === 'narrow' || !!options.collapseLayers;
    }
    var corners = options.corners[next];
    Object.keys(corners).forEach(function (pos) {
      var keys = corners[pos].filter(function (key) { return controls[key]; });
      if (pos.indexOf('bottom') === 0) { keys.reverse(); }
      keys.forEach(function (key) {
        var control = controls[key];
        control.remove();
        control.options.position = pos;
        control.addTo(map);
      });
    });
    folds().forEach(function (el) { setOpen(el, next === 'wide'); });
  }

  function rect(el, box) {
    var r = el.getBoundingClientRect();
    return {left: r.left - box.left, top: r.top - box.top, right: r.right - box.left,
            bottom: r.bottom - box.top, width: r.width, height: r.height};
  }

  function corner(pos) { return map._controlCorners[pos]; }

  function shown(el) { return el.getClientRects().length > 0; }

  function children(pos) {
    return Array.prototype.filter.call(corner(pos).children, shown);
  }

  // Two corners side by side share the width: the wider one's controls wrap.
  function shareWidth(a, b, width, box) {
    var wa = rect(corner(a), box).width, wb = rect(corner(b), box).width;
    if (wa + wb + GAP <= width) { return; }
    var wide = wa >= wb ? a : b, room = width - GAP - Math.min(wa, wb) - GAP;
    children(wide).forEach(function (el) { el.style.maxWidth = Math.max(room, 60) + 'px'; });
  }

  // Heights that add up to `total`, each at most its natural height and the rest shared
  // by weight (a panel's CSS property --cq-share, 1 by default): the largest cut first.
  function waterFill(naturals, weights, total) {
    var order = naturals.map(function (n, i) { return i; });
    order.sort(function (i, j) { return naturals[i] / weights[i] - naturals[j] / weights[j]; });
    var out = naturals.slice(), left = total;
    var weight = weights.reduce(function (s, w) { return s + w; }, 0);
    order.forEach(function (i) {
      out[i] = Math.max(MIN_BODY, Math.min(naturals[i], left * weights[i] / weight));
      left -= out[i];
      weight -= weights[i];
    });
    return out;
  }

  // A column of open panels (wide) ends above whatever sits below it.
  function boundColumn(pos, box, height) {
    var bodies = Array.prototype.filter.call(
      corner(pos).querySelectorAll('.cq-fold.cq-open > .cq-body'), shown);
    if (!bodies.length) { return; }
    var col = rect(corner(pos), box), limit = height - GAP;
    ['bottomleft', 'bottomright'].forEach(function (below) {
      children(below).forEach(function (el) {
        var r = rect(el, box);
        if (r.left < col.right && r.right > col.left) { limit = Math.min(limit, r.top - GAP); }
      });
    });
    var over = col.bottom - limit;
    if (over <= 0) { return; }
    var naturals = bodies.map(function (b) { return b.scrollHeight; });
    var weights = bodies.map(function (b) {
      return parseFloat(getComputedStyle(b.parentNode).getPropertyValue('--cq-share')) || 1;
    });
    var total = naturals.reduce(function (s, n) { return s + n; }, 0) - over;
    waterFill(naturals, weights, total).forEach(function (h, i) {
      bodies[i].style.maxHeight = Math.floor(h) + 'px';
    });
  }

  // An open panel on a narrow window: a sheet between the top and the bottom controls.
  function placeSheets(box, width, height) {
    var top = 0, bottom = height;
    ['topleft', 'topright'].forEach(function (pos) {
      children(pos).forEach(function (el) { top = Math.max(top, rect(el, box).bottom); });
    });
    ['bottomleft', 'bottomright'].forEach(function (pos) {
      children(pos).forEach(function (el) { bottom = Math.min(bottom, rect(el, box).top); });
    });
    folds().forEach(function (el) {
      var body = el.querySelector('.cq-body');
      if (!body || !el.classList.contains('cq-open')) { return; }
      body.style.top = (box.top + top + GAP) + 'px';
      body.style.left = (box.left + GAP) + 'px';
      body.style.width = (width - 2 * GAP) + 'px';
      body.style.maxHeight = Math.max(bottom - top - 2 * GAP, MIN_BODY) + 'px';
    });
  }

  function reset() {
    folds().forEach(function (el) {
      var body = el.querySelector('.cq-body');
      if (body) { ['top', 'left', 'width', 'maxHeight'].forEach(function (p) { body.style[p] = ''; }); }
    });
    Object.keys(controls).forEach(function (key) {
      var el = containerOf(key);
      if (el) { el.style.maxWidth = ''; }
    });
  }

  // The largest rectangle of the map that no control covers, for bounds of aspect bw:bh.
  function freeRect(width, height, boxes, bw, bh) {
    var lefts = [0], rights = [width], tops = [0], bottoms = [height];
    boxes.forEach(function (r) {
      lefts.push(r.right); rights.push(r.left); tops.push(r.bottom); bottoms.push(r.top);
    });
    var best = null;
    lefts.forEach(function (l) { rights.forEach(function (r) {
      if (r - l <= 2 * MARGIN) { return; }
      tops.forEach(function (t) { bottoms.forEach(function (b) {
        if (b - t <= 2 * MARGIN) { return; }
        var hit = boxes.some(function (o) {
          return o.left < r && o.right > l && o.top < b && o.bottom > t;
        });
        if (hit) { return; }
        var scale = Math.min((r - l - 2 * MARGIN) / bw, (b - t - 2 * MARGIN) / bh);
        var area = (r - l) * (b - t);
        if (!best || scale > best.scale + 1e-9 || (Math.abs(scale - best.scale) <= 1e-9 && area > best.area)) {
          best = {left: l, top: t, right: r, bottom: b, scale: scale, area: area};
        }
      }); });
    }); });
    return best || {left: 0, top: 0, right: width, bottom: height};
  }

  function ours() {
    return fitted === null || (map.getZoom() === fitted.zoom && map.getCenter().equals(fitted.center, 1e-7));
  }

  // The part of the map that no control covers, best for `bounds` (the map's own).
  function openArea(bounds) {
    var box = map.getContainer().getBoundingClientRect(), size = map.getSize(), boxes = [];
    Object.keys(controls).forEach(function (key) {
      var el = containerOf(key);
      if (el && el.parentNode && shown(el)) { boxes.push(rect(el, box)); }
    });
    var z = map.getZoom();
    var sw = map.project(bounds.getSouthWest(), z), ne = map.project(bounds.getNorthEast(), z);
    return freeRect(size.x, size.y, boxes, Math.max(ne.x - sw.x, 1), Math.max(sw.y - ne.y, 1));
  }

  // Popups open in that part too (the map pans them there), as high as it is at most.
  function popupsIn(room) {
    var popup = L.Popup.prototype.options, pad = GAP / 2, size = map.getSize();
    popup.autoPanPaddingTopLeft = L.point(room.left + pad, room.top + pad);
    popup.autoPanPaddingBottomRight = L.point(size.x - room.right + pad, size.y - room.bottom + pad);
    popup.maxHeight = Math.max(room.bottom - room.top - 2 * GAP - 60, 120);  // (tip, padding)
  }

  // Fit `bounds` into the part of the map that no control covers.
  function show(bounds, maxZoom, room) {
    var size = map.getSize();
    bounds = L.latLngBounds(bounds);
    room = room || openArea(bounds);
    var snap = map.options.zoomSnap;
    map.options.zoomSnap = FIT_SNAP;
    map.fitBounds(bounds, {
      paddingTopLeft: [room.left + MARGIN, room.top + MARGIN],
      paddingBottomRight: [size.x - room.right + MARGIN, size.y - room.bottom + MARGIN],
      maxZoom: maxZoom, animate: false
    });
    map.options.zoomSnap = snap;
  }

  function layout() {
    pending = false;
    var refit = ours();
    map.invalidateSize({pan: false});
    var size = map.getSize();
    var next = (size.x < NARROW.x || size.y < NARROW.y) ? 'narrow' : 'wide';
    if (next !== mode) { arrange(next); }
    var box = map.getContainer().getBoundingClientRect();
    reset();
    shareWidth('topleft', 'topright', size.x, box);
    shareWidth('bottomleft', 'bottomright', size.x, box);
    if (mode === 'narrow') {
      placeSheets(box, size.x, size.y);
    } else {
      boundColumn('topleft', box, size.y);
      boundColumn('topright', box, size.y);
    }
    var bounds = L.latLngBounds(options.bounds), room = openArea(bounds);
    popupsIn(room);
    if (refit) {
      show(bounds, options.maxZoom, room);
      fitted = {center: map.getCenter(), zoom: map.getZoom()};
    }
  }

  function schedule() {
    if (!pending) { pending = true; L.Util.requestAnimFrame(layout); }
  }

  function start(m, opts, layerControl) {
    map = m;
    options = opts;
    add('zoom', L.control.zoom());
    add('scale', L.control.scale());
    if (map.attributionControl) { add('attribution', map.attributionControl); }
    if (layerControl) { add('layers', layerControl); }
    bindToggles();
    layout();
    map.on('click', function () {  // a tap on the map closes a sheet
      if (mode === 'narrow' && folds().some(function (el) { return el.classList.contains('cq-open'); })) {
        folds().forEach(function (el) { setOpen(el, false); });
        layout();
      }
    });
    window.addEventListener('resize', schedule);
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(schedule); }
  }

  return {add: add, start: start, layout: layout, show: show};
})();
"""
