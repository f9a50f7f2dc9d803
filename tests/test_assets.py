"""layers.assets and layers.inline through the real path: folium map -> project assets ->
inlined file -> headless Chromium with the network closed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import folium
import folium.plugins
import pytest
from browser import click_feature, network_reachable, open_map, screenshot

from cqmap.layers.assets import ASSETS, Asset, use_project_assets
from cqmap.layers.inline import inline_assets, inlined_sizes

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
EVIDENCE = "两江新区与万州区签署协议"
OFFLINE_BUDGET = 2_000_000  # bytes: an offline map must stay e-mailable
PAYLOAD_BUDGET = 1_000_000  # bytes: the fixed assets leave at least half of it for data

# Rough boxes, not real boundaries: enough to draw, overlap nothing and click.
DISTRICTS = {
    "两江新区": ("#2e86c1", [[29.60, 106.45], [29.95, 106.45], [29.95, 106.90], [29.60, 106.90]]),
    "涪陵区": ("#27ae60", [[29.40, 107.05], [29.85, 107.05], [29.85, 107.60], [29.40, 107.60]]),
    "万州区": ("#c0392b", [[30.55, 108.05], [31.00, 108.05], [31.00, 108.70], [30.55, 108.70]]),
}
PAIRING = [[29.78, 106.68], [30.78, 108.38]]  # 两江新区 -> 万州区
PORT = ("果园港", [29.64, 106.80])
OVERLAYS = ["区县", "结对", "港口"]
# Any external script/stylesheet reference, in a tag or in CSS.
EXTERNAL_REF = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//"
    r"|<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//"
    r"|url\(\s*[\"']?(?:https?:)?//"
    r"|@import",
    re.IGNORECASE,
)


def build_map() -> folium.Map:
    """A small map with every kind of feature the project draws."""
    m = folium.Map(location=[30.2, 107.5], zoom_start=8)
    districts = folium.FeatureGroup(name=OVERLAYS[0]).add_to(m)
    for name, (color, ring) in DISTRICTS.items():
        folium.Polygon(
            ring, color=color, fill_color=color, fill_opacity=0.35, popup=folium.Popup(name)
        ).add_to(districts)
    pairings = folium.FeatureGroup(name=OVERLAYS[1]).add_to(m)
    # A numeric max_width: folium's default "100%" makes Leaflet's width computation NaN,
    # and Chinese text (breakable anywhere) then wraps to one character per line.
    evidence = folium.Popup(EVIDENCE, max_width=320)
    folium.PolyLine(PAIRING, color="#8e44ad", weight=5, popup=evidence).add_to(pairings)
    ports = folium.FeatureGroup(name=OVERLAYS[2]).add_to(m)
    folium.Marker(
        PORT[1],
        icon=folium.DivIcon(
            html='<i class="fa-solid fa-anchor" style="font-size:22px;color:#1a5276"></i>',
            icon_size=(24, 24),
            icon_anchor=(12, 12),
        ),
        popup=folium.Popup(PORT[0]),
    ).add_to(ports)
    folium.LayerControl(collapsed=False).add_to(m)
    m.fit_bounds([[29.3, 106.3], [31.1, 108.8]])
    return m


@dataclass
class Pages:
    online_html: str
    offline_html: str
    online: Path
    offline: Path
    folium_default: Path


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Pages:
    out = tmp_path_factory.mktemp("assets")
    default = out / "folium_default.html"
    default.write_text(build_map().get_root().render(), encoding="utf-8")
    m = use_project_assets(build_map())
    online_html = m.get_root().render()
    offline_html = inline_assets(online_html)
    online, offline = out / "online.html", out / "offline.html"
    online.write_text(online_html, encoding="utf-8")
    offline.write_bytes(offline_html.encode("utf-8"))
    return Pages(online_html, offline_html, online, offline, default)


# --- the asset table and the HTML, without a browser ------------------------------------


def test_table_matches_installed_xstatic_packages() -> None:
    for asset in ASSETS:
        assert asset.path.is_file(), asset
        assert asset.url.startswith("https://cdn.jsdelivr.net/npm/"), asset.url
        assert f"@{asset.version}/" in asset.url, (asset.url, asset.version)
        assert asset.url.endswith("/" + Path(asset.file).name)
        if asset.name != "leaflet_css":  # the only file without a version banner
            assert asset.version in asset.path.read_text(encoding="utf-8")[:400], asset


def test_online_map_links_only_the_table(pages: Pages) -> None:
    linked = re.findall(
        r'<script src="([^"]+)"|<link rel="stylesheet" href="([^"]+)"', pages.online_html
    )
    assert [js or css for js, css in linked] == [a.url for a in ASSETS]
    for gone in ("bootstrap", "awesome-markers", "glyphicons", "all.min.css"):
        assert gone not in pages.online_html


def test_use_project_assets_after_a_default_render() -> None:
    m = build_map()
    assert "bootstrap" in m.get_root().render()
    html = use_project_assets(m).get_root().render()
    assert "bootstrap" not in html and "awesome-markers" not in html
    # The class defaults are untouched: other maps still get folium's links.
    assert "bootstrap" in build_map().get_root().render()


def test_offline_map_is_self_contained_small_and_deterministic(pages: Pages) -> None:
    assert EXTERNAL_REF.search(pages.offline_html) is None
    for asset in ASSETS:
        assert f'data-asset="{asset.label}"' in pages.offline_html
    assert "sourceMappingURL" not in pages.offline_html
    assert ".ttf" not in pages.offline_html  # Font Awesome: woff2 only
    assert EVIDENCE in pages.offline_html

    sizes = inlined_sizes()
    offline_size = pages.offline.stat().st_size
    print(f"\ninlined payload: {sizes} total {sum(sizes.values())} B")
    print(f"test map: online {pages.online.stat().st_size} B, offline {offline_size} B")
    assert sum(sizes.values()) < PAYLOAD_BUDGET
    assert offline_size < OFFLINE_BUDGET

    # Written twice from the same rendered page: byte-identical. (Not from a second render:
    # folium 0.20 re-adds addTo/setIcon script lines on every render of the same Map.)
    again = pages.offline.with_name("offline_again.html")
    again.write_bytes(inline_assets(pages.online_html).encode("utf-8"))
    assert again.read_bytes() == pages.offline.read_bytes()


def test_inline_assets_rejects_external_scripts_and_stylesheets(pages: Pages) -> None:
    m = use_project_assets(build_map())
    folium.plugins.Fullscreen().add_to(m)
    plugin_url = folium.plugins.Fullscreen.default_js[0][1]
    with pytest.raises(ValueError, match=re.escape(plugin_url)):
        inline_assets(m.get_root().render())

    head = "<head>"
    for extra, named in (
        ('<script src="https://unpkg.com/x@1/x.js"></script>', "https://unpkg.com/x@1/x.js"),
        ("<script defer src='//cdn.example/y.js'>/* body */</script>", "//cdn.example/y.js"),
        ('<link rel="stylesheet" href="local.css">', "local.css"),
        ("<style>@import url(https://fonts.example/a.css);</style>", "@import"),
        ("<style>.a{background:url(https://img.example/a.png)}</style>", "img.example"),
    ):
        with pytest.raises(ValueError, match=re.escape(named)):
            inline_assets(pages.online_html.replace(head, head + extra, 1))


def test_inline_assets_escapes_and_embeds(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "dot.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "a.js").write_text('var s = "</script><!-- x";\n//# sourceMappingURL=a.js.map\n')
    (tmp_path / "a.css").write_text(".a{background:url('img/dot.png')} .b{content:'</style>'}")
    (tmp_path / "b.css").write_text(".c{background:url(https://img.example/c.png)}")

    def fake(name: str, kind: str, file: str) -> Asset:
        return Asset(name, kind, "XStatic-Fake", "1.0", tmp_path, file, f"https://cdn.test/{file}")

    table = (fake("a", "js", "a.js"), fake("a_css", "css", "a.css"), fake("b_css", "css", "b.css"))
    page = (
        '<html><head><script src="https://cdn.test/a.js"></script>'
        '<link rel="stylesheet" href="https://cdn.test/a.css"/>'
        '<script src="https://cdn.test/a.js"></script></head></html>'
    )
    out = inline_assets(page, assets=table)
    assert out.count("<script") == 1 and out.count("</script>") == 1  # duplicate dropped
    assert '"<\\/script>\\x3C!-- x"' in out and "sourceMappingURL" not in out
    assert 'url("data:image/png;base64,iVBORw0KGgo=")' in out and "<\\/style>" in out
    with pytest.raises(ValueError, match="external resource"):
        inline_assets('<link rel="stylesheet" href="https://cdn.test/b.css">', assets=table)


# --- in headless Chromium, network closed -----------------------------------------------

FONT_JS = r"""
var done = arguments[arguments.length - 1];
document.fonts.ready.then(function () {
  var i = document.querySelector('.leaflet-marker-pane i.fa-solid');
  if (!i) { done(null); return; }
  var before = getComputedStyle(i, '::before'), box = i.getBoundingClientRect();
  var glyph = before.content.replace(/["']/g, '');
  var width = function (font) {
    var c = document.createElement('canvas').getContext('2d'); c.font = font;
    return c.measureText(glyph).width;
  };
  var faces = [];
  document.fonts.forEach(function (f) {
    faces.push([f.family.replace(/"/g, ''), String(f.weight), f.status]);
  });
  done({family: getComputedStyle(i).fontFamily, weight: getComputedStyle(i).fontWeight,
        codepoint: glyph.charCodeAt(0), width: box.width, height: box.height, faces: faces,
        check: document.fonts.check('900 22px "Font Awesome 6 Free"', glyph),
        fa: width('900 40px "Font Awesome 6 Free"'), fallback: width('900 40px serif')});
});
"""


@pytest.mark.browser
def test_offline_map_in_chromium(browser, pages: Pages) -> None:
    assert not network_reachable(browser), "the harness must close the network"
    report = open_map(browser, pages.offline)
    print(
        f"\noffline map, ms after navigation start: all features drawn {report.draw_ms:.0f}, "
        f"load event {report.load_ms:.0f}, settled {report.settled_ms:.0f}; "
        f"{len(report.failed_tiles)} tile requests failed (expected)"
    )
    assert report.js_errors == []
    assert report.failed_resources == []
    assert report.leaflet_version == next(a.version for a in ASSETS if a.name == "leaflet")
    assert report.maps == 1
    assert report.paths_drawn == len(DISTRICTS) + 1
    assert report.markers == 1
    assert report.overlays == OVERLAYS
    assert report.ok
    assert report.draw_ms is not None and 0 < report.draw_ms <= report.settled_ms < 10_000

    wanzhou = DISTRICTS["万州区"][0]
    assert click_feature(browser, lambda e: e.get_attribute("fill") == wanzhou) == "万州区"
    assert click_feature(browser, ".leaflet-marker-pane > .leaflet-marker-icon") == PORT[0]
    assert EVIDENCE in click_feature(browser, "path.leaflet-interactive[fill='none']")

    font = browser.execute_async_script(FONT_JS)
    assert font is not None, "no Font Awesome icon in the marker pane"
    assert "Font Awesome 6 Free" in font["family"] and font["weight"] == "900"
    assert font["codepoint"] == 0xF13D  # fa-anchor
    assert ["Font Awesome 6 Free", "900", "loaded"] in font["faces"]
    assert font["check"]
    assert font["width"] > 0 and font["height"] > 0
    assert abs(font["fa"] - font["fallback"]) > 1, "glyph measured like the fallback font"

    shot = screenshot(browser, ARTIFACTS / "assets_offline.png")
    assert shot.stat().st_size > 10_000


@pytest.mark.browser
@pytest.mark.parametrize("page", ["folium_default", "online"])
def test_cdn_linked_map_fails_with_network_closed(browser, pages: Pages, page: str) -> None:
    """Why the inliner exists: a CDN-linked map (folium's or ours) is blank offline."""
    report = open_map(browser, getattr(pages, page))
    assert report.leaflet_version is None
    assert any("L is not defined" in e for e in report.js_errors), report.js_errors
    assert report.paths_drawn == 0 and report.markers == 0
    assert any(f.type == "Script" and "leaflet" in f.url for f in report.failed_resources)
    assert not report.ok
