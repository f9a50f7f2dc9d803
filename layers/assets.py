"""The front-end files the project's Folium maps use, from installed registry packages.

Unmodified folium output links about ten files (Leaflet, jQuery, Bootstrap, Font Awesome,
awesome-markers, ...) from five CDNs, so a map opened without network is blank
(``L is not defined``). The project's maps need only:

* Leaflet (JS + CSS) - the map itself;
* jQuery - folium builds every popup with ``$(`<div ...>`)[0]``;
* Font Awesome 6, solid style only - ``<i class="fa-solid fa-anchor"></i>`` in DivIcon markers.

:data:`ASSETS` lists them with the file inside the installed XStatic package and the public
CDN URL of the *same* version (read from the package, never hard-coded).
:func:`use_project_assets` makes a map link only those; :mod:`cqmap.layers.inline` turns
the rendered HTML into one self-contained file, reading the content from the installed
packages at run time (no third-party JS/CSS is copied into the repository).

Examples
--------
>>> m = use_project_assets(folium.Map(location=[29.56, 106.55]))  # doctest: +SKIP
>>> online = m.get_root().render()  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import folium

__all__ = ["ASSETS", "Asset", "use_project_assets"]

JSDELIVR = "https://cdn.jsdelivr.net/npm"


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
    :func:`cqmap.layers.inline.inline_assets` accepts only if they are in :data:`ASSETS`.

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
