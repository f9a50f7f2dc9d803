"""A map as one HTML page: deterministic, self-contained or linking its scripts from CDNs.

* output is deterministic: element ids are numbered, not random (folium's are), and
  Chinese is written as characters, not ``\\uXXXX`` escapes;
* ``offline=True`` (the default) inlines Leaflet, jQuery and Font Awesome from the
  installed registry packages (:func:`cqmap.layers.inline.inline_assets`): one file that
  draws without network; ``offline=False`` links them from CDNs, and the page says so when
  they cannot load (:data:`CDN_NOTICE`).
"""

from __future__ import annotations

import re
from pathlib import Path

import folium

from cqmap.geo.io import atomic_write
from cqmap.layers.inline import inline_assets

__all__ = ["CDN_NOTICE", "render_map", "save_map"]


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


# JSON escapes of CJK characters (folium's own JSON is ASCII-escaped). The pattern starts
# with a literal backslash so the regex engine can skip ahead; an escape that follows an
# odd number of backslashes is an escaped backslash and stays as it is.
_CJK_ESCAPE = re.compile(r"\\u(3[0-9a-fA-F]{3}|[4-9][0-9a-fA-F]{3}|[fF][fF][0-9a-eA-E][0-9a-fA-F])")


def _unescape_cjk(text: str) -> str:
    """Write Chinese as characters, not ``\\uXXXX``: half the size, and greppable.

    Only CJK code points are unescaped; none of them means anything to HTML or JavaScript.
    """

    def put(m: re.Match) -> str:
        start = m.start()
        slashes = 0
        while start - slashes - 1 >= 0 and text[start - slashes - 1] == "\\":
            slashes += 1
        return m.group(0) if slashes % 2 else chr(int(m.group(1), 16))

    return _CJK_ESCAPE.sub(put, text)


# A map that loads its scripts from CDNs says so in the page when they cannot load
# (without network, Leaflet is missing and the page would be blank without a word).
CDN_NOTICE = (
    '<div id="cq-cdn-notice" hidden style="position:fixed;top:0;left:0;right:0;'
    "z-index:100000;background:#fff3cd;color:#5c4400;padding:6px 12px;"
    'font:14px/1.4 sans-serif;border-bottom:1px solid #e0c97a">'
    "地图脚本无法从网络加载 · This map's scripts could not be loaded from the network: "
    "make it again without --cdn for a map that opens anywhere.</div>"
    '<script>window.addEventListener("load",function(){if(!window.L){'
    'document.getElementById("cq-cdn-notice").hidden=false;}});</script>'
)


def render_map(m: folium.Map, *, offline: bool = True) -> str:
    """The map as one HTML string: self-contained (every script, style and font inlined
    from the installed packages), or with ``offline=False`` loading them from CDNs (and
    a notice in the page when they cannot load)."""
    root = m.get_root()
    _number_elements(root)
    text = _unescape_cjk(root.render())
    if offline:
        return inline_assets(text)
    head, tail = text.rsplit("</body>", 1)
    return head + CDN_NOTICE + "</body>" + tail


def save_map(m: folium.Map, path: str | Path, *, offline: bool = True) -> Path:
    """Render and write a map atomically."""
    return atomic_write(path, render_map(m, offline=offline))
