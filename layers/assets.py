"""Front-end assets of the project's Folium maps: linked from a CDN, or inlined for offline use.

Unmodified folium output links about ten files (Leaflet, jQuery, Bootstrap, Font Awesome,
awesome-markers, ...) from five CDNs, so a map opened without network is blank
(``L is not defined``). The project's maps need only:

* Leaflet (JS + CSS) - the map itself;
* jQuery - folium builds every popup with ``$(`<div ...>`)[0]``;
* Font Awesome 6, solid style only - ``<i class="fa-solid fa-anchor"></i>`` in DivIcon markers.

:data:`ASSETS` lists them with the file inside the installed XStatic package and the public
CDN URL of the *same* version (read from the package, never hard-coded).
:func:`use_project_assets` makes a map link only those; :func:`inline_assets` turns the
rendered HTML into one self-contained file, reading the content from the installed packages
at run time (no third-party JS/CSS is copied into the repository).

The maps' own stylesheet and script, written for this project, are here too:
:data:`MAP_CSS` and :data:`LAYOUT_JS`, the layout that keeps every panel off every other
and off the features a map is about, at any window size.

Examples
--------
>>> m = use_project_assets(folium.Map(location=[29.56, 106.55]))  # doctest: +SKIP
>>> online = m.get_root().render()  # doctest: +SKIP
>>> offline = inline_assets(online)  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import functools
import html as html_lib
import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import folium

__all__ = [
    "ASSETS",
    "Asset",
    "FONT_FORMATS",
    "LAYOUT_JS",
    "MAP_CSS",
    "TIME_JS",
    "inline_assets",
    "inlined_sizes",
    "use_project_assets",
]

JSDELIVR = "https://cdn.jsdelivr.net/npm"

# Every browser that runs Leaflet 1.9 reads woff2; the .ttf fallbacks would only add weight.
FONT_FORMATS: tuple[str, ...] = ("woff2",)

# MIME types of the files CSS may reference; anything else is refused rather than guessed.
MIME_TYPES: dict[str, str] = {
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
}


@dataclass(frozen=True)
class Asset:
    """One front-end file, both as installed (XStatic package) and as published (CDN).

    Attributes
    ----------
    name : str
        Key in folium's figure header; equal to folium's own key where it has one
        (``leaflet``, ``jquery``, ``leaflet_css``) so a plugin re-declaring it replaces
        rather than duplicates the link.
    kind : {"js", "css"}
        Rendered as ``<script src>`` or ``<link rel="stylesheet">``.
    package : str
        PyPI distribution that provides the file, e.g. ``XStatic-Leaflet``.
    version : str
        Upstream version of the packaged files (the package's ``VERSION``).
    base_dir : pathlib.Path
        The package's ``BASE_DIR`` (its ``data`` folder).
    file : str
        Path of the file relative to ``base_dir``.
    url : str
        jsdelivr URL of the same file and version.
    aliases : tuple of str
        Other public URLs of exactly this file and version that the inliner also accepts.
    """

    name: str
    kind: Literal["js", "css"]
    package: str
    version: str
    base_dir: Path
    file: str
    url: str
    aliases: tuple[str, ...] = ()

    @property
    def path(self) -> Path:
        """Absolute path of the installed file."""
        return self.base_dir / self.file

    @property
    def label(self) -> str:
        """``name@version``, used in the inlined tags and in messages."""
        return f"{self.name}@{self.version}"


def _xstatic(
    name: str,
    kind: Literal["js", "css"],
    module: str,
    file: str,
    url: str,
    *,
    aliases: tuple[str, ...] = (),
) -> Asset:
    """Build an :class:`Asset`, taking version and location from the installed XStatic package.

    ``url`` and ``aliases`` are templates with a ``{version}`` field, so the CDN link always
    names the version whose files are installed.
    """
    pkg = importlib.import_module(module)
    version = str(pkg.VERSION)
    return Asset(
        name=name,
        kind=kind,
        package=str(pkg.PACKAGE_NAME),
        version=version,
        base_dir=Path(pkg.BASE_DIR),
        file=file,
        url=url.format(version=version),
        aliases=tuple(a.format(version=version) for a in aliases),
    )


# Order = order in the page header: Leaflet before anything that extends L, jQuery before
# the popups, CSS after JS (folium renders default_js, then default_css).
ASSETS: tuple[Asset, ...] = (
    _xstatic(
        "leaflet",
        "js",
        "xstatic.pkg.leaflet",
        "leaflet.js",
        f"{JSDELIVR}/leaflet@{{version}}/dist/leaflet.js",
    ),
    _xstatic(
        "jquery",
        "js",
        "xstatic.pkg.jquery",
        "jquery.min.js",
        f"{JSDELIVR}/jquery@{{version}}/dist/jquery.min.js",
        # folium's own default (and XStatic-jQuery's listed CDN) serve the same file.
        aliases=("https://code.jquery.com/jquery-{version}.min.js",),
    ),
    _xstatic(
        "leaflet_css",
        "css",
        "xstatic.pkg.leaflet",
        "leaflet.css",
        f"{JSDELIVR}/leaflet@{{version}}/dist/leaflet.css",
    ),
    # fontawesome.css = the fa-* classes and glyph code points; solid.css = the 900-weight
    # @font-face. all.css would add the brands and regular fonts the maps never use.
    _xstatic(
        "fontawesome_css",
        "css",
        "xstatic.pkg.font_awesome",
        "css/fontawesome.min.css",
        f"{JSDELIVR}/@fortawesome/fontawesome-free@{{version}}/css/fontawesome.min.css",
    ),
    _xstatic(
        "fontawesome_solid_css",
        "css",
        "xstatic.pkg.font_awesome",
        "css/solid.min.css",
        f"{JSDELIVR}/@fortawesome/fontawesome-free@{{version}}/css/solid.min.css",
    ),
)


def use_project_assets(m: folium.Map) -> folium.Map:
    """Make ``m`` link only the project's assets (Leaflet, jQuery, Font Awesome solid).

    folium's ``JSCSSMixin.render`` adds one header child per ``(name, url)`` pair of the
    element's ``default_js`` / ``default_css``; setting them on the instance leaves other
    maps untouched. Plugins added later still contribute their own links, which
    :func:`inline_assets` accepts only if they are in :data:`ASSETS`.

    Parameters
    ----------
    m : folium.Map
        The map to change in place.

    Returns
    -------
    folium.Map
        ``m``, for chaining.
    """
    # New lists, not the class-level ones: folium's add_js_link/add_css_link mutate the
    # list in place and would otherwise leak into every Map of the process.
    m.default_js = [(a.name, a.url) for a in ASSETS if a.kind == "js"]
    m.default_css = [(a.name, a.url) for a in ASSETS if a.kind == "css"]
    # A map that was rendered before already has folium's links in its figure header, and
    # rendering only adds/replaces entries by name: drop the ones we no longer declare.
    header = getattr(m.get_root(), "header", None)
    if header is not None:
        ours = {a.name for a in ASSETS}
        for name, _url in (*folium.Map.default_js, *folium.Map.default_css):
            if name not in ours:
                header._children.pop(name, None)
    return m


# --- inlining ---------------------------------------------------------------------------

# A linked script (with its body, which browsers ignore) or any <link>. One alternation, so
# a single pass sees only the page's own tags, never "<script"/"<link" inside inlined files.
_EXTERNAL_TAG = re.compile(
    r"<script\b(?P<script>[^>]*?(?<![-\w])src\s*=[^>]*)>.*?</script\s*>|<link\b(?P<link>[^>]*)>",
    re.IGNORECASE | re.DOTALL,
)
_ATTR = re.compile(
    r"""(?P<key>[a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'=<>`]+))"""
)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(?P<css>.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<ref>[^'")]*)(?P=q)\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import\b", re.IGNORECASE)
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)
_FONT_SRC = re.compile(r"(?P<head>\bsrc\s*:\s*)(?P<value>[^;}]+)", re.IGNORECASE)
_FONT_SOURCE = re.compile(
    r"""url\(\s*(['"]?)[^'")]*\1\s*\)(?:\s*format\(\s*['"]?(?P<fmt>[^'")]+)['"]?\s*\))?""",
    re.IGNORECASE,
)
# The .map files are not inlined; a dangling reference makes DevTools fetch a missing file.
_SOURCE_MAP = re.compile(
    r"(?://[#@]\s*sourceMappingURL=[^\n]*|/\*[#@]\s*sourceMappingURL=[^*]*\*/)"
)


def _attrs(text: str) -> dict[str, str]:
    """Attributes of one tag, lower-cased names, entity-decoded values."""
    out: dict[str, str] = {}
    for a in _ATTR.finditer(text):
        value = a.group("dq") if a.group("dq") is not None else a.group("sq") or a.group("bare")
        out.setdefault(a.group("key").lower(), html_lib.unescape(value or ""))
    return out


def _is_stylesheet(attrs: dict[str, str]) -> bool:
    return "stylesheet" in attrs.get("rel", "").lower().split()


@functools.cache
def _data_uri(path: Path) -> str:
    """``data:`` URI of a packaged file (base64; deterministic for identical bytes)."""
    mime = MIME_TYPES.get(path.suffix.lower())
    if mime is None:
        raise ValueError(f"no MIME type known for {path.name!r} (referenced from packaged CSS)")
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _resolve(asset: Asset, ref: str) -> Path:
    """Packaged file that a relative ``url()`` of ``asset`` points to."""
    if re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", ref, re.IGNORECASE):
        raise ValueError(f"{asset.label}: CSS references an external resource: url({ref})")
    target = (asset.path.parent / ref.split("#")[0].split("?")[0]).resolve()
    base = asset.base_dir.resolve()
    if base not in target.parents or not target.is_file():
        raise ValueError(f"{asset.label}: url({ref}) is not a file of {asset.package}")
    return target


def _keep_font_formats(css: str, formats: Iterable[str]) -> str:
    """Drop the @font-face sources whose format is not in ``formats`` (if one remains)."""
    wanted = {f.lower() for f in formats}

    def src(match: re.Match[str]) -> str:
        sources = list(_FONT_SOURCE.finditer(match.group("value")))
        kept = [s.group(0) for s in sources if (s.group("fmt") or "").lower() in wanted]
        return match.group("head") + ",".join(kept) if kept else match.group(0)

    return _FONT_FACE.sub(lambda face: _FONT_SRC.sub(src, face.group(0)), css)


@functools.cache
def _inline_css(asset: Asset) -> str:
    css = _SOURCE_MAP.sub("", asset.path.read_text(encoding="utf-8"))
    css = _keep_font_formats(css, FONT_FORMATS)

    def url(match: re.Match[str]) -> str:
        ref = match.group("ref").strip()
        # data: is already inline; "#default#VML" is an old-IE behavior, never fetched.
        if not ref or ref.lower().startswith("data:") or ref.startswith("#"):
            return match.group(0)
        return f'url("{_data_uri(_resolve(asset, ref))}")'

    css = _CSS_URL.sub(url, css)
    if _CSS_IMPORT.search(css):
        raise ValueError(f"{asset.label}: @import cannot be inlined")
    # "</style" would end the element early; "\/" is a plain "/" to the CSS parser.
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def _leaflet_icon_defaults(asset: Asset) -> str:
    """JS that points L.Icon.Default at inline images.

    Leaflet guesses the marker image folder from the ``url()`` in leaflet.css; once that is
    a data: URI the guess is "" and every ``L.marker`` (folium creates each marker with the
    default icon before ``setIcon``) requests ``marker-icon.png`` next to the HTML file.
    """
    images = asset.path.parent / "images"
    icons = {
        "iconUrl": "marker-icon.png",
        "iconRetinaUrl": "marker-icon-2x.png",
        "shadowUrl": "marker-shadow.png",
    }
    options = ",".join(f'{k}:"{_data_uri(images / v)}"' for k, v in icons.items())
    return (
        "\n/* cqmap: Leaflet default marker images, inlined */\n"
        f'L.Icon.Default.imagePath="";L.Icon.Default.mergeOptions({{{options}}});\n'
    )


# Project JS appended to an inlined library, keyed by Asset.name.
_JS_EPILOGUES = {"leaflet": _leaflet_icon_defaults}


@functools.cache
def _inline_js(asset: Asset) -> str:
    js = _SOURCE_MAP.sub("", asset.path.read_text(encoding="utf-8"))
    epilogue = _JS_EPILOGUES.get(asset.name)
    if epilogue is not None:
        js += epilogue(asset)
    # "</script" would end the element; "<!--" could switch the HTML parser into its
    # escaped-script state. Both escapes read the same inside JS strings and regexes.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js.replace("<!--", "\\x3C!--")


def _inline(asset: Asset) -> str:
    if asset.kind == "js":
        return f'<script data-asset="{asset.label}">{_inline_js(asset)}</script>'
    return f'<style data-asset="{asset.label}">{_inline_css(asset)}</style>'


def inline_assets(html: str, *, assets: Iterable[Asset] = ASSETS) -> str:
    """Return ``html`` as one self-contained file: the table's files inline, nothing external.

    Each ``<script src>`` / ``<link rel="stylesheet">`` whose URL is an asset's ``url`` or
    alias becomes an inline ``<script>`` / ``<style>`` with the file read from the
    installed XStatic package; ``url()`` references inside the CSS become ``data:`` URIs
    (fonts limited to :data:`FONT_FORMATS`); source-map comments are dropped. A file linked
    twice is inlined once. The result depends only on ``html`` and the installed packages.

    Parameters
    ----------
    html : str
        A rendered page, e.g. ``m.get_root().render()`` after :func:`use_project_assets`.
    assets : iterable of Asset, keyword-only
        The files that may be inlined; defaults to :data:`ASSETS`.

    Returns
    -------
    str
        The self-contained page.

    Raises
    ------
    ValueError
        Naming every script or stylesheet that is not in ``assets`` (other CDN, plugin,
        relative file) and every ``@import`` / non-``data:`` ``url()`` in a page ``<style>``.
    """
    by_url: dict[str, Asset] = {}
    for asset in assets:
        for url in (asset.url, *asset.aliases):
            by_url[url] = asset
    unknown: list[str] = []
    done: set[Asset] = set()

    def replace(asset: Asset | None, original: str, what: str) -> str:
        if asset is None:
            unknown.append(what)
            return original
        if asset in done:
            return f"<!-- {asset.label}: inlined above -->"
        done.add(asset)
        return _inline(asset)

    def tag(match: re.Match[str]) -> str:
        if match.group("script") is not None:
            src = _attrs(match.group("script")).get("src", "")
            return replace(by_url.get(src), match.group(0), f"<script src={src}>")
        attrs = _attrs(match.group("link"))
        if not _is_stylesheet(attrs):
            return match.group(0)
        href = attrs.get("href", "")
        return replace(by_url.get(href), match.group(0), f"<link rel=stylesheet href={href}>")

    # Page <style> blocks must not pull anything in either (checked on the original page,
    # so the inlined packaged CSS is not re-scanned).
    for block in _STYLE_BLOCK.finditer(html):
        css = block.group("css")
        if _CSS_IMPORT.search(css):
            unknown.append("@import in a page <style>")
        for u in _CSS_URL.finditer(css):
            ref = u.group("ref").strip()
            if ref and not ref.lower().startswith("data:") and not ref.startswith("#"):
                unknown.append(f"url({ref}) in a page <style>")

    out = _EXTERNAL_TAG.sub(tag, html)
    if unknown:
        listed = "\n  ".join(dict.fromkeys(unknown))
        raise ValueError(
            "inline_assets: external scripts/stylesheets not in the asset table "
            f"(add them to layers.assets.ASSETS or drop the plugin):\n  {listed}"
        )
    return out


def inlined_sizes(*, assets: Iterable[Asset] = ASSETS) -> dict[str, int]:
    """UTF-8 size in bytes of each asset's inline element, keyed by ``name@version``.

    Parameters
    ----------
    assets : iterable of Asset, keyword-only
        Defaults to :data:`ASSETS`.

    Returns
    -------
    dict of str to int
        In table order; the sum is the fixed cost of an offline map.
    """
    return {a.label: len(_inline(a).encode("utf-8")) for a in assets}


# --- the maps' own stylesheet and layout script -------------------------------------------
# Written for this project (no third-party code): inlined into every map as they are.

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
