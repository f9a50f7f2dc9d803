"""The overview's time slider: the pairings from their first evidence date, the routes
from their opening date.

The slider sits in the title panel (:func:`time_html`); :class:`TimeSlider` binds it to
the overlays of the temporal layers (``temporal`` in the registry; ``cqTime.start``,
:data:`TIME_JS`). Each feature carries its date (``_date``, :func:`timed`); the slider
steps through :func:`timeline_dates` and opens on the last date, with everything shown.
Undated features are always shown, and their popups say so (:data:`UNDATED`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace

from branca.element import Element

from cqmap.layers import registry
from cqmap.layers.model import Layers
from cqmap.layers.overlays import GeoJsonLayer
from cqmap.layers.popups import esc
from cqmap.layers.script import Raw, script_json

__all__ = ["TIME_JS", "TimeSlider", "UNDATED", "time_html", "timed", "timeline_dates"]

# How an undated pairing or route is marked (popup, legend): the slider never hides it.
UNDATED = "无日期, 始终显示 undated: always shown"


def timeline_dates(layers: Layers) -> list[str]:
    """The dates the overview's time slider steps through: every date of a temporal
    layer (a pairing's first evidence date, a route's opening date: ISO), in order, each once."""
    dates = set()
    for spec in registry.LAYERS:
        if spec.temporal:
            dates |= set(getattr(layers, spec.name)[spec.temporal])
    return sorted(d for d in dates if isinstance(d, str) and d)


def timed(props: Callable[[SimpleNamespace], dict], column: str) -> Callable:
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


def time_html(dates: Sequence[str]) -> str:
    """The slider's row in the title panel: play, the slider, the date shown."""
    return (
        '<div class="cq-time" role="group" aria-label="时间 Time">'
        '<button type="button" class="cq-play" aria-pressed="false" '
        'title="播放 Play" aria-label="播放 Play"><i class="fa-solid fa-play"></i></button>'
        f'<input type="range" min="0" max="{len(dates) - 1}" step="1" '
        f'value="{len(dates) - 1}" aria-label="日期 Date">'
        f"<output>{esc(dates[-1])}</output></div>"
    )


class TimeSlider(Element):
    """Binds the title panel's slider (:func:`time_html`) to the timed layers
    (``cqTime.start``, :data:`TIME_JS`). Added after the title panel."""

    def __init__(self, layers: Sequence[GeoJsonLayer], dates: Sequence[str]):
        super().__init__()
        self._name = "TimeSlider"
        self._layers = list(layers)
        self.dates = list(dates)

    def render(self, **kwargs) -> None:
        names = ", ".join(layer.get_name() for layer in self._layers)
        script = (
            TIME_JS
            + f"cqTime.start({self._parent.get_name()}.getContainer().querySelector('.cq-time'), "
            f"[{names}], {script_json(self.dates)});\n"
        )
        self.get_root().script.add_child(Raw(script), name=self.get_name())


# --------------------------------------------------------------------------- script
# Written for this project (no third-party code): inlined into the overview as it is.

# The overview's time slider (in the title panel): ``cqTime.start(root, groups, dates)``
# binds the ``.cq-time`` element ``root`` (a play button, a range input over the indices
# of ``dates``, the ISO dates the features carry, in order, and an ``output``) to the
# GeoJSON layers ``groups``. At a date, a feature whose ``_date`` is later is taken out of
# its layer and one whose ``_date`` is that date or earlier is put back; a feature
# without a date is always shown. It opens at the last date (everything shown); play
# steps through the dates from the first (or from where the slider is) to the last.
TIME_JS = r"""
var cqTime = (function () {
  'use strict';
  var STEP_MS = 900;

  function start(root, groups, dates) {
    if (!root || !dates.length) { return null; }
    var input = root.querySelector('input'), output = root.querySelector('output');
    var button = root.querySelector('button'), icon = button.querySelector('i');
    var items = [], timer = null;
    groups.forEach(function (group) {
      group.eachLayer(function (layer) {
        var p = layer.feature && layer.feature.properties;
        items.push({group: group, layer: layer, date: (p && p._date) || null});
      });
    });

    function show(index) {
      index = Math.max(0, Math.min(dates.length - 1, index));
      var day = dates[index];
      input.value = String(index);
      items.forEach(function (item) {
        var on = !item.date || item.date <= day, has = item.group.hasLayer(item.layer);
        if (on && !has) { item.group.addLayer(item.layer); }
        if (!on && has) {
          if (item.layer.closePopup) { item.layer.closePopup(); }
          item.group.removeLayer(item.layer);
        }
      });
      output.textContent = day;
      root.setAttribute('data-date', day);
    }

    function playing(on) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      icon.className = on ? 'fa-solid fa-pause' : 'fa-solid fa-play';
    }

    function stop() {
      if (timer !== null) { clearInterval(timer); timer = null; }
      playing(false);
    }

    function play() {
      if (+input.value >= dates.length - 1) { show(0); }
      playing(true);
      timer = setInterval(function () {
        var next = +input.value + 1;
        if (next >= dates.length) { stop(); return; }
        show(next);
      }, STEP_MS);
    }

    L.DomEvent.on(input, 'input change', function () { stop(); show(+input.value); });
    L.DomEvent.on(button, 'click', function () { if (timer === null) { play(); } else { stop(); } });
    show(dates.length - 1);
    return {show: show, play: play, stop: stop};
  }

  return {start: start};
})();
"""
