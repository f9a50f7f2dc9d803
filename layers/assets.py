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
