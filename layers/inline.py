"""A rendered map as one self-contained file: the project's assets inlined, nothing external.

Each ``<script src>`` / ``<link rel="stylesheet">`` of a file in the asset table
(:data:`cqmap.layers.assets.ASSETS`) becomes an inline element with the file read from
its installed XStatic package; what the CSS references (fonts, images) becomes ``data:``
URIs; anything else external is refused, named.

Examples
--------
>>> online = use_project_assets(folium.Map()).get_root().render()  # doctest: +SKIP
>>> offline = inline_assets(online)  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import functools
import html as html_lib
import re
from collections.abc import Iterable
from pathlib import Path

from cqmap.layers.assets import ASSETS, Asset

__all__ = ["FONT_FORMATS", "MIME_TYPES", "inline_assets", "inlined_sizes"]

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
