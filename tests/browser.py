"""Headless Chromium harness for the map tests: open a map with the network closed, measure
what Leaflet drew, click features, take screenshots.

Drives Debian's ``/usr/bin/chromium`` through ``/usr/bin/chromedriver`` with Selenium (so
Selenium Manager never downloads a browser). Selenium is imported lazily, so that importing
this module (from ``conftest.py`` and the test files) works where it is missing and the
``browser`` fixture can skip with a reason instead.

Typical use (the ``browser`` fixture comes from ``conftest.py``)::

    report = open_map(browser, path)
    assert not report.js_errors and report.paths_drawn == 4
    assert "万州" in click_feature(browser, "path.leaflet-interactive[fill='none']")
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement

WINDOW: tuple[int, int] = (1280, 900)

# As in /work/shared/tools/browser_check.py: quiet, reproducible, Chinese UI.
CHROMIUM_FLAGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--lang=zh-CN",
    # Closed network, layer 1: no host name resolves, so nothing can leave the machine
    # (chromedriver talks to the DevTools port directly, not through this resolver).
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
)

# Interactive features: vector paths and markers (DivIcon divs, icon images).
FEATURE_SELECTOR = (
    ".leaflet-overlay-pane svg path.leaflet-interactive,"
    " .leaflet-marker-pane > .leaflet-interactive"
)

# Installed before any page script runs. Records console.error/warn, uncaught exceptions,
# failed element loads (capture phase: error events of <script>/<link>/<img> don't bubble)
# and unhandled rejections. Timestamps (performance.now(), i.e. ms since navigation start)
# when the number of drawn features last changed, and the last change of any kind in
# Leaflet's overlay and marker panes (re-projection after a zoom animation, say).
ERROR_HOOK = r"""
(function () {
  if (window.__cq) return;
  var cq = window.__cq = {events: [], lastDraw: null, complete: null, count: 0};
  var push = function (kind, msg, src, tile) {
    try {
      cq.events.push({kind: kind, msg: String(msg).slice(0, 500), src: src || '', tile: !!tile});
    } catch (e) {}
  };
  ['error', 'warn'].forEach(function (lvl) {
    var orig = console[lvl];
    console[lvl] = function () {
      push('console.' + lvl, Array.prototype.map.call(arguments, function (a) {
        try {
          return (a && a.stack) ? a.stack : (typeof a === 'object' ? JSON.stringify(a) : String(a));
        } catch (e) { return String(a); }
      }).join(' '));
      return orig.apply(this, arguments);
    };
  });
  window.addEventListener('error', function (ev) {
    var t = ev.target;
    if (t && t !== window && (t.src || t.href)) {
      push('resource', (t.tagName || '') + ' failed', t.src || t.href,
           t.classList && t.classList.contains('leaflet-tile'));
    } else {
      push('exception', ev.message + (ev.error && ev.error.stack ? '\n' + ev.error.stack : ''),
           (ev.filename || '') + ':' + (ev.lineno || 0));
    }
  }, true);
  window.addEventListener('unhandledrejection', function (ev) {
    var r = ev.reason;
    push('rejection', r && (r.stack || r.message) || r);
  });
  var panes = '.leaflet-overlay-pane, .leaflet-marker-pane';
  var drawn = function () {
    var n = document.querySelectorAll('.leaflet-marker-pane > *').length;
    document.querySelectorAll('.leaflet-pane svg path.leaflet-interactive').forEach(function (p) {
      var d = p.getAttribute('d'); if (d && d !== 'M0 0') n++;
    });
    return n;
  };
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      var t = records[i].target;
      if (t.nodeType === 1 && t.closest(panes)) {
        cq.lastDraw = performance.now();
        var n = drawn();
        if (n !== cq.count) { cq.count = n; cq.complete = cq.lastDraw; }
        return;
      }
    }
  }).observe(document, {subtree: true, childList: true, attributes: true,
                        attributeFilter: ['d', 'style', 'class']});
})();
"""

STATS_JS = r"""
var q = function (s) { return document.querySelectorAll(s); };
var text = function (l) { return l.textContent.trim(); };
var r = {leaflet: (typeof L !== 'undefined' && L.version) ? L.version : null, maps: 0,
         ready: document.readyState, now: performance.now(),
         lastDraw: window.__cq ? window.__cq.lastDraw : null,
         complete: window.__cq ? window.__cq.complete : null};
var paths = q('.leaflet-pane svg path.leaflet-interactive');
r.paths = Array.prototype.filter.call(paths, function (p) {
  var d = p.getAttribute('d'); return !!d && d !== 'M0 0';
}).length;
r.markers = q('.leaflet-marker-pane > *').length;
r.overlays = Array.prototype.map.call(q('.leaflet-control-layers-overlays label'), text);
r.bases = Array.prototype.map.call(q('.leaflet-control-layers-base label'), text);
if (r.leaflet) {
  for (var k in window) {
    var v; try { v = window[k]; } catch (e) { continue; }
    if (v instanceof L.Map) r.maps++;
  }
}
var nav = performance.getEntriesByType('navigation')[0];
r.load = nav && nav.loadEventEnd ? nav.loadEventEnd : null;
r.fonts = [];
try { document.fonts.forEach(function (f) {
  r.fonts.push(f.family.replace(/"/g, '') + ' ' + f.weight + ':' + f.status);
}); } catch (e) {}
return r;
"""

# A viewport point where `el` itself is hit (not a control, popup or other feature above it):
# points along an SVG path first (lines have no inside), then a grid over its box.
HIT_POINT_JS = r"""
var el = arguments[0];
var hit = function (x, y) {
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
  var h = document.elementFromPoint(x, y); return !!h && (h === el || el.contains(h));
};
var ctm = el.getScreenCTM ? el.getScreenCTM() : null;
var len = (el.getTotalLength && ctm) ? el.getTotalLength() : 0;
var fr = [0.5, 0.25, 0.75, 0.1, 0.9, 0.4, 0.6, 0.05, 0.95];
for (var i = 0; i < fr.length && len; i++) {
  var a = el.getPointAtLength(len * fr[i]);
  var x = a.x * ctm.a + a.y * ctm.c + ctm.e, y = a.x * ctm.b + a.y * ctm.d + ctm.f;
  if (hit(x, y)) return {x: x, y: y};
}
var rc = el.getBoundingClientRect();
for (var gy = 1; gy < 10; gy++) for (var gx = 1; gx < 10; gx++) {
  var x = rc.left + rc.width * gx / 10, y = rc.top + rc.height * gy / 10;
  if (hit(x, y)) return {x: x, y: y};
}
return null;
"""

# Every overlay of the layer control (folium keeps its layers in a global ``{base_layers,
# overlays}``; the control itself is a ``let``): per feature, the [lng, lat] of every
# vertex Leaflet holds (what it draws), in the order of the layer's data.
OVERLAY_VERTICES_JS = r"""
var control = Object.values(window).find(function (v) {
  return v && typeof v === 'object' && v.overlays && v.base_layers;
});
var flat = function (x, out) {
  if (x instanceof L.LatLng) { out.push([x.lng, x.lat]); }
  else { x.forEach(function (y) { flat(y, out); }); }
  return out;
};
var result = {};
Object.keys(control.overlays).forEach(function (name) {
  var features = [];
  control.overlays[name].eachLayer(function (f) {
    features.push(flat(f.getLatLng ? f.getLatLng() : f.getLatLngs(), []));
  });
  result[name] = features;
});
return result;
"""

POPUP_TEXT_JS = (
    "var c = document.querySelectorAll('.leaflet-popup-content');"
    "return c.length ? c[c.length - 1].innerText : null;"
)

# Tile URLs look like .../{z}/{x}/{y}.png; everything else that fails is a real failure.
_TILE_URL = re.compile(r"/\d+/\d+/\d+(?:@2x)?\.(?:png|jpe?g|webp)(?:\?|$)|[?&](?:tile|z)=")


@dataclass(frozen=True)
class FailedResource:
    """A request that did not load: URL, resource type (Script, Stylesheet, ...) and error."""

    url: str
    type: str
    error: str


@dataclass
class MapReport:
    """What a map did in the browser, measured once its drawing had settled.

    Attributes
    ----------
    url : str
        The file:// URL that was opened.
    js_errors : list of str
        Uncaught exceptions, unhandled rejections and ``console.error`` calls.
    failed_resources : list of FailedResource
        Failed requests other than map tiles (scripts, stylesheets, fonts, images).
    failed_tiles : list of str
        URLs of failed tile requests: expected with the network closed, not errors.
    warnings : list of str
        ``console.warn`` calls and harness notes (e.g. a timeout).
    leaflet_version : str or None
        ``L.version``, or None when Leaflet never loaded.
    maps : int
        Number of ``L.Map`` objects in the page's globals.
    paths_drawn : int
        SVG ``path.leaflet-interactive`` elements with a non-empty ``d``.
    markers : int
        Children of ``.leaflet-marker-pane`` (one per visible marker).
    overlays, base_layers : list of str
        Labels in the layer control.
    draw_ms : float or None
        Milliseconds from navigation start until every feature was drawn (the moment the
        count of drawn paths + markers reached its final value); None if nothing was drawn.
    settled_ms : float or None
        Milliseconds from navigation start until the last change in the overlay/marker
        panes (e.g. re-projection at the end of ``fitBounds``' zoom animation).
    load_ms : float or None
        Milliseconds from navigation start until the load event ended.
    fonts : list of str
        ``document.fonts`` entries as ``"family weight:status"``.
    """

    url: str
    js_errors: list[str] = field(default_factory=list)
    failed_resources: list[FailedResource] = field(default_factory=list)
    failed_tiles: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    leaflet_version: str | None = None
    maps: int = 0
    paths_drawn: int = 0
    markers: int = 0
    overlays: list[str] = field(default_factory=list)
    base_layers: list[str] = field(default_factory=list)
    draw_ms: float | None = None
    settled_ms: float | None = None
    load_ms: float | None = None
    fonts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Leaflet ran, a map exists, something was drawn, and nothing failed."""
        return (
            self.leaflet_version is not None
            and self.maps > 0
            and self.paths_drawn + self.markers > 0
            and not self.js_errors
            and not self.failed_resources
        )


def start_browser(
    chromium: str,
    chromedriver: str,
    *,
    profile_dir: Path,
    window: tuple[int, int] = WINDOW,
) -> WebDriver:
    """Start headless Chromium with the network closed.

    Parameters
    ----------
    chromium, chromedriver : str
        Paths of the browser and its driver (the ``chromium_paths`` fixture).
    profile_dir : pathlib.Path, keyword-only
        Empty folder for ``--user-data-dir`` (no state shared with other runs).
    window : (int, int), keyword-only
        Viewport size in CSS pixels; screenshots have exactly this size.

    Returns
    -------
    selenium.webdriver.remote.webdriver.WebDriver
        The driver; the caller quits it.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in (*CHROMIUM_FLAGS, f"--window-size={window[0]},{window[1]}"):
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile_dir}")
    # performance = DevTools Network events: the failed requests, with their resource type.
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=opts)
    try:
        # Exact viewport, so CDP mouse coordinates and screenshots match CSS pixels.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": window[0], "height": window[1], "deviceScaleFactor": 1, "mobile": False},
        )
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ERROR_HOOK})
        close_network(driver)
    except Exception:
        driver.quit()
        raise
    return driver


def close_network(driver: WebDriver) -> None:
    """Closed network, layer 2: DevTools offline emulation (file:// and data: still load)."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )


def network_reachable(driver: WebDriver, url: str = "https://cdn.jsdelivr.net/") -> bool:
    """Whether the page can fetch ``url`` (False proves the network is closed)."""
    return bool(
        driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "fetch(arguments[0], {mode: 'no-cors', cache: 'no-store'})"
            ".then(function () { done(true); }, function () { done(false); });",
            url,
        )
    )


def _failed_requests(driver: WebDriver) -> list[FailedResource]:
    """Failed requests since the last call, from the DevTools Network events."""
    requests: dict[str, tuple[str, str]] = {}
    failed: list[FailedResource] = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        method, p = msg.get("method"), msg.get("params", {})
        if method == "Network.requestWillBeSent":
            requests[p["requestId"]] = (p["request"]["url"], p.get("type", "Other"))
        elif method == "Network.loadingFailed" and p.get("requestId") in requests:
            url, rtype = requests[p["requestId"]]
            failed.append(FailedResource(url, p.get("type", rtype), p.get("errorText", "")))
        elif method == "Network.responseReceived" and p["response"].get("status", 200) >= 400:
            failed.append(
                FailedResource(
                    p["response"]["url"], p.get("type", "Other"), f"HTTP {p['response']['status']}"
                )
            )
    return [f for f in failed if not f.url.endswith("/favicon.ico")]


def _is_tile(url: str, rtype: str, tile_urls: set[str]) -> bool:
    return url in tile_urls or (rtype == "Image" and bool(_TILE_URL.search(url)))


def open_map(
    driver: WebDriver,
    path: str | Path,
    *,
    settle: float = 0.5,
    timeout: float = 20.0,
) -> MapReport:
    """Open a map file and report what it did once drawing has settled.

    Waits until Leaflet has drawn and the feature counts have not changed for ``settle``
    seconds (or, if Leaflet never appears, until ``settle`` seconds after the load event).

    Parameters
    ----------
    driver : WebDriver
        From :func:`start_browser` (the ``browser`` fixture).
    path : str or pathlib.Path
        The HTML file; opened as a file:// URL.
    settle : float, keyword-only
        Seconds without drawing required before measuring.
    timeout : float, keyword-only
        Upper bound, in seconds, for loading and settling.

    Returns
    -------
    MapReport
    """
    from selenium.common.exceptions import TimeoutException

    url = Path(path).resolve().as_uri()
    report = MapReport(url=url)
    close_network(driver)  # idempotent; also covers a tab opened since start_browser
    driver.get_log("performance")  # drop the previous page's events
    driver.get_log("browser")
    driver.set_page_load_timeout(timeout)
    start = time.monotonic()
    try:
        driver.get(url)
    except TimeoutException:
        report.warnings.append(f"page load not finished after {timeout}s")
        driver.execute_script("window.stop()")

    last: tuple[Any, ...] | None = None
    stats: dict[str, Any] = {}
    while True:
        stats = driver.execute_script(STATS_JS)
        sig = (stats["leaflet"], stats["maps"], stats["paths"], stats["markers"], stats["overlays"])
        quiet_since = stats["lastDraw"] if stats["lastDraw"] is not None else stats["load"] or 0
        quiet = stats["ready"] == "complete" and stats["now"] - quiet_since >= settle * 1000
        if quiet and sig == last and (stats["maps"] or stats["leaflet"] is None):
            break
        if time.monotonic() - start > timeout:
            report.warnings.append(f"map not settled after {timeout}s")
            break
        last = sig
        time.sleep(min(0.1, settle / 2))

    report.leaflet_version = stats["leaflet"]
    report.maps = stats["maps"]
    report.paths_drawn = stats["paths"]
    report.markers = stats["markers"]
    report.overlays = list(stats["overlays"])
    report.base_layers = list(stats["bases"])
    report.draw_ms = stats["complete"]
    report.settled_ms = stats["lastDraw"]
    report.load_ms = stats["load"]
    report.fonts = list(stats["fonts"])

    events = driver.execute_script("return window.__cq ? window.__cq.events : []")
    tile_urls = {e["src"] for e in events if e["kind"] == "resource" and e["tile"]}
    seen: set[str] = set()
    for f in _failed_requests(driver):
        if f.url in seen:
            continue
        seen.add(f.url)
        if _is_tile(f.url, f.type, tile_urls):
            report.failed_tiles.append(f.url)
        else:
            report.failed_resources.append(f)
    for e in events:
        if e["kind"] in ("exception", "rejection", "console.error"):
            report.js_errors.append(f"{e['kind']}: {e['msg']} {e['src']}".strip())
        elif e["kind"] == "console.warn":
            report.warnings.append(f"console.warn: {e['msg']}")
        elif e["kind"] == "resource" and e["src"] not in seen:
            # element-level failure the Network log did not show (e.g. a blocked data: URI)
            seen.add(e["src"])
            target = report.failed_tiles if e["tile"] else report.failed_resources
            target.append(e["src"] if e["tile"] else FailedResource(e["src"], "Element", e["msg"]))
    # Chromium's own log also has errors raised before/outside the hook (other frames).
    for entry in driver.get_log("browser"):
        message = entry.get("message", "")
        if entry.get("level") == "SEVERE" and "Uncaught" in message:
            head = message.split("Uncaught", 1)[1][:60].strip()
            if not any(head in j for j in report.js_errors):
                report.js_errors.append("browser-log: " + message)
    return report


def overlay_vertices(driver: WebDriver) -> dict[str, list[list[tuple[float, float]]]]:
    """The vertices Leaflet holds for every overlay of the map's layer control.

    Returns
    -------
    dict
        Overlay name (as the layer control shows it) -> one list per feature, in the
        layer's order, of its vertices as ``(lon, lat)`` (a marker: one vertex).
    """
    layers = driver.execute_script(OVERLAY_VERTICES_JS)
    return {
        name: [[(lon, lat) for lon, lat in feature] for feature in features]
        for name, features in layers.items()
    }


def _close_popups(driver: WebDriver, *, timeout: float) -> None:
    driver.execute_script(
        "document.querySelectorAll('.leaflet-popup-close-button')"
        ".forEach(function (b) { b.click(); });"
    )
    end = time.monotonic() + timeout
    # Leaflet fades a closing popup out for 200 ms before removing it.
    while driver.execute_script("return document.querySelectorAll('.leaflet-popup').length"):
        if time.monotonic() > end:
            break
        time.sleep(0.05)


def click_feature(
    driver: WebDriver,
    target: str | Callable[[WebElement], bool],
    *,
    timeout: float = 3.0,
) -> str:
    """Click a visible point of a feature with a real mouse event; return the popup's text.

    Parameters
    ----------
    driver : WebDriver
        A driver showing a map (after :func:`open_map`).
    target : str or callable
        A CSS selector, or a predicate over the interactive features
        (:data:`FEATURE_SELECTOR`: SVG paths and markers); the first match that has a point
        not covered by anything else (``document.elementFromPoint``) is clicked.
    timeout : float, keyword-only
        Seconds to wait for the popup.

    Returns
    -------
    str
        ``innerText`` of the opened ``.leaflet-popup-content``; "" if no popup opened.

    Raises
    ------
    LookupError
        If no matching feature has a visible, unobstructed point.
    """
    from selenium.webdriver.common.by import By

    if isinstance(target, str):
        candidates = driver.find_elements(By.CSS_SELECTOR, target)
    else:
        candidates = [
            e for e in driver.find_elements(By.CSS_SELECTOR, FEATURE_SELECTOR) if target(e)
        ]
    point = None
    for element in candidates:
        point = driver.execute_script(HIT_POINT_JS, element)
        if point:
            break
    if point is None:
        raise LookupError(
            f"no visible, unobstructed point on {target!r} ({len(candidates)} matches)"
        )

    _close_popups(driver, timeout=timeout)
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        event: dict[str, Any] = {"type": kind, "x": point["x"], "y": point["y"], "button": "none"}
        if kind != "mouseMoved":
            event.update(button="left", clickCount=1)
        driver.execute_cdp_cmd("Input.dispatchMouseEvent", event)
    end = time.monotonic() + timeout
    while True:
        text = driver.execute_script(POPUP_TEXT_JS)
        if text or time.monotonic() > end:
            return text or ""
        time.sleep(0.05)


def screenshot(driver: WebDriver, path: str | Path) -> Path:
    """Save a PNG of the viewport to ``path`` (parent folders created); return the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Let running CSS transitions (popup fade-in, zoom animation) finish first.
    end = time.monotonic() + 2.0
    while time.monotonic() < end and driver.execute_script(
        "return document.getAnimations().filter(function (a) {"
        " return a.playState === 'running'; }).length"
    ):
        time.sleep(0.05)
    if not driver.save_screenshot(str(out)):
        raise OSError(f"screenshot not written: {out}")
    return out


# --------------------------------------------------------------------------- layout
# Window sizes the layout is checked at: a laptop, a desktop and a phone (CSS pixels).
WINDOWS: dict[str, tuple[int, int]] = {
    "1280x800": (1280, 800),
    "1920x1080": (1920, 1080),
    "390x844": (390, 844),
}
PHONE_WIDTH = 500  # narrower windows are emulated as a mobile device

# What a panel is called in reports: the first of its classes found here.
PANEL_NAMES: tuple[tuple[str, str], ...] = (
    ("cq-title", "title"),
    ("cq-search", "search"),
    ("leaflet-control-layers", "layer control"),
    ("cq-legend", "legend"),
    ("cq-panel", "evidence panel"),
    ("cq-footer", "footer"),
    ("leaflet-control-zoom", "zoom"),
    ("leaflet-control-scale", "scale"),
    ("leaflet-control-attribution", "attribution"),
)

# Every control on the map and every open sheet (a panel's body that a narrow window shows
# apart from its button), the boxes of the features asked for (per overlay of the layer
# control: the features whose ``_search`` name is listed, or all with null), and every
# panel, or element of a panel with text of its own, whose content is wider than its box
# (or taller, where it is clipped).
LAYOUT_JS = r"""
var names = arguments[0], wanted = arguments[1];
var box = function (el) {
  var r = el.getBoundingClientRect();
  return [r.left, r.top, r.right, r.bottom];
};
var shown = function (el) { return el.getClientRects().length > 0; };
var nameOf = function (el) {
  for (var i = 0; i < names.length; i++) {
    if (el.classList.contains(names[i][0])) return names[i][1];
  }
  return el.className;
};
var describe = function (el) {
  return el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ?
    '.' + el.className.trim().split(/\s+/).join('.') : '') +
    ' "' + (el.textContent || el.value || el.placeholder || '').trim().slice(0, 40) + '"';
};
var panels = [], overflow = [];
// (an element with text of its own, or a field: not a rule that Leaflet draws past its box)
var hasText = function (el) {
  return el.tagName === 'INPUT' || Array.prototype.some.call(el.childNodes, function (n) {
    return n.nodeType === 3 && n.textContent.trim();
  });
};
var check = function (name, root) {
  var all = Array.prototype.filter.call(root.querySelectorAll('*'), hasText);
  [root].concat(all).forEach(function (el) {
    if (!shown(el) || el instanceof SVGElement) return;
    var style = getComputedStyle(el);
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      overflow.push(name + ': ' + describe(el) + ' is ' + el.scrollWidth + ' px wide in ' +
                    el.clientWidth);
    }
    var clipped = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (clipped && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) {
      overflow.push(name + ': ' + describe(el) + ' is ' + el.scrollHeight + ' px high in ' +
                    el.clientHeight);
    }
  });
};
document.querySelectorAll('.leaflet-control-container .leaflet-control').forEach(function (el) {
  if (!shown(el)) return;
  var name = nameOf(el);
  panels.push({name: name, box: box(el)});
  check(name, el);
});
document.querySelectorAll('.cq-fold.cq-open > .cq-body').forEach(function (body) {
  if (!shown(body) || getComputedStyle(body).position !== 'fixed') return;
  panels.push({name: nameOf(body.parentNode) + ' (open)', box: box(body)});
});
var control = Object.values(window).find(function (v) {
  return v && typeof v === 'object' && v.overlays && v.base_layers;
});
var features = [];
Object.keys(wanted).forEach(function (title) {
  var layer = control.overlays[title];
  if (!layer) return;
  layer.eachLayer(function (f) {
    var p = f.feature && f.feature.properties, el = f.getElement && f.getElement();
    if (!el || (wanted[title] && wanted[title].indexOf(p && p._search) < 0)) return;
    features.push({name: title + (p && p._search ? ' ' + p._search : ''), box: box(el)});
  });
});
var map = Object.values(window).find(function (v) { return v instanceof L.Map; });
return {window: [innerWidth, innerHeight], panels: panels, features: features,
        overflow: overflow, narrow: map.getContainer().classList.contains('cq-narrow')};
"""

# The evidence panel's list: its body's heights and whether its last item can be scrolled
# into the body's box.
EVIDENCE_SCROLL_JS = r"""
var body = document.querySelector('.cq-panel .cq-body');
var items = body.querySelectorAll('li');
var style = getComputedStyle(body);
var before = body.scrollTop;
body.scrollTop = body.scrollHeight;
var b = body.getBoundingClientRect(), last = items[items.length - 1].getBoundingClientRect();
var result = {items: items.length, scrollHeight: body.scrollHeight,
              clientHeight: body.clientHeight, overflowY: style.overflowY,
              scrolled: body.scrollTop > before,
              lastInView: last.top >= b.top - 1 && last.bottom <= b.bottom + 1};
body.scrollTop = before;
return result;
"""

Box = tuple[float, float, float, float]  # left, top, right, bottom (CSS pixels)


@dataclass
class Layout:
    """The boxes of a map's panels and features, as :data:`LAYOUT_JS` measured them.

    Attributes
    ----------
    window : (int, int)
        The viewport's width and height.
    panels : list of (str, Box)
        Every control (title, search, layer control, legend, evidence panel, footer, zoom,
        scale, attribution) and every open sheet, by name.
    features : list of (str, Box)
        The boxes of the features asked for (SVG paths and marker icons).
    overflow : list of str
        Elements of the panels whose content does not fit their box.
    narrow : bool
        Whether the map laid itself out for a narrow window (panels folded).
    """

    window: tuple[int, int]
    panels: list[tuple[str, Box]]
    features: list[tuple[str, Box]]
    overflow: list[str]
    narrow: bool

    def panel(self, name: str) -> Box | None:
        """The box of the panel called ``name``, or None."""
        return next((b for n, b in self.panels if n == name), None)


def measure_layout(driver: WebDriver, features: dict[str, list[str] | None]) -> Layout:
    """Measure the panels of the map on show and the features named in ``features``.

    Parameters
    ----------
    driver : WebDriver
        A driver showing a map (after :func:`open_map`).
    features : dict
        Overlay title (as the layer control shows it) -> the ``_search`` names of the
        features to measure in it, or None for all of its features.

    Returns
    -------
    Layout
    """
    raw = driver.execute_script(LAYOUT_JS, [list(p) for p in PANEL_NAMES], features)
    return Layout(
        window=tuple(raw["window"]),
        panels=[(p["name"], tuple(p["box"])) for p in raw["panels"]],
        features=[(f["name"], tuple(f["box"])) for f in raw["features"]],
        overflow=list(raw["overflow"]),
        narrow=bool(raw["narrow"]),
    )


def _overlap(a: Box, b: Box, tolerance: float = 0.5) -> bool:
    """Whether two boxes share more than an edge."""
    return (
        a[0] < b[2] - tolerance
        and b[0] < a[2] - tolerance
        and a[1] < b[3] - tolerance
        and b[1] < a[3] - tolerance
    )


def _inside(box: Box, window: tuple[int, int], tolerance: float = 0.5) -> bool:
    return (
        box[0] >= -tolerance
        and box[1] >= -tolerance
        and box[2] <= window[0] + tolerance
        and box[3] <= window[1] + tolerance
    )


def union(boxes: list[Box]) -> Box:
    """The box around ``boxes``."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def layout_problems(layout: Layout, *, features: bool = True) -> list[str]:
    """Everything wrong with a layout, one line each (empty when nothing covers anything).

    Two panels that overlap; a panel or a feature cut off by the window's edge; a panel
    over a feature (with ``features``); text wider than its box.
    """
    problems = []
    for i, (name, box) in enumerate(layout.panels):
        if not _inside(box, layout.window):
            problems.append(f"{name} {_fmt(box)} is cut off by the window {layout.window}")
        for other, other_box in layout.panels[i + 1 :]:
            if _overlap(box, other_box):
                problems.append(f"{name} {_fmt(box)} overlaps {other} {_fmt(other_box)}")
    if features:
        for feature, box in layout.features:
            if not _inside(box, layout.window):
                problems.append(f"{feature} {_fmt(box)} is cut off by the window {layout.window}")
            for name, panel in layout.panels:
                if _overlap(box, panel):
                    problems.append(f"{name} {_fmt(panel)} covers {feature} {_fmt(box)}")
    return problems + layout.overflow


def _fmt(box: Box) -> str:
    return "[" + ", ".join(f"{v:.0f}" for v in box) + "]"


def evidence_scroll(driver: WebDriver) -> dict[str, Any]:
    """How the evidence panel's list scrolls (:data:`EVIDENCE_SCROLL_JS`)."""
    return driver.execute_script(EVIDENCE_SCROLL_JS)


def set_window(driver: WebDriver, size: tuple[int, int]) -> None:
    """Resize the viewport to ``size`` CSS pixels; below :data:`PHONE_WIDTH` wide, as a
    mobile device (the page's viewport meta tag applies, as on a phone)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {
            "width": size[0],
            "height": size[1],
            "deviceScaleFactor": 1,
            "mobile": size[0] < PHONE_WIDTH,
        },
    )


@contextmanager
def window(driver: WebDriver, size: tuple[int, int]) -> Iterator[WebDriver]:
    """Show pages at ``size`` inside the block, then at :data:`WINDOW` again."""
    set_window(driver, size)
    try:
        yield driver
    finally:
        set_window(driver, WINDOW)


def click(driver: WebDriver, selector: str) -> None:
    """Click the middle of the first element matching ``selector`` with a real mouse event."""
    point = driver.execute_script(
        "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {x: r.left + r.width / 2, y: r.top + r.height / 2};",
        selector,
    )
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        event: dict[str, Any] = {"type": kind, "x": point["x"], "y": point["y"], "button": "none"}
        if kind != "mouseMoved":
            event.update(button="left", clickCount=1)
        driver.execute_cdp_cmd("Input.dispatchMouseEvent", event)
