"""The maps' layout, in real headless Chromium: nothing covers anything.

At a laptop's, a desktop's and a phone's window, on the overview and on two pairing maps,
the bounding boxes of every panel (title, search, layer control, legend, evidence panel,
footer, zoom, scale, attribution) and of the features the map is about (the pair's
districts, zone and arc; on the overview, Chongqing) are measured: no two panels overlap,
no panel or feature is cut off by the window's edge, no panel covers a feature, and no
text is wider than its box. On a narrow window the panels fold into buttons that open on
demand; the evidence list scrolls inside its bounded panel.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from browser import (
    WINDOWS,
    click,
    click_feature,
    evidence_scroll,
    layout_problems,
    measure_layout,
    open_map,
    screenshot,
    set_window,
    union,
    window,
)

from cqmap.layers.registry import LAYER_TITLES
from cqmap.layers.site import pairing_filename
from cqmap.layers.styles import RELATION_STYLES

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
PAIRS = (("两江新区", "万州区"), ("渝北区", "云阳县"))
PAGES = {"overview": "overview.html"} | {
    f"{a}—{b}": f"pairings/{pairing_filename(a, b)}" for a, b in PAIRS
}
OVERVIEW_PANELS = {
    "title", "search", "layer control", "legend", "footer", "zoom", "scale", "attribution",
}  # fmt: skip
PAIRING_PANELS = {
    "layer control",
    "legend",
    "evidence panel",
    "footer",
    "zoom",
    "scale",
    "attribution",
}


@pytest.fixture(scope="module")
def site(cqmap_build, tmp_path_factory) -> Path:
    """The seeds built by the installed ``cqmap build``."""
    return cqmap_build(tmp_path_factory.mktemp("layout") / "out")


def features_of(page: str) -> dict[str, list[str] | None]:
    """What a map is about, per overlay: the pair's regions (a district's polygon, a zone's
    marker) and every arc of the pair; on the overview, every district."""
    if page == "overview":
        return {LAYER_TITLES["districts"]: None}
    pair = page.split("—")
    return {
        LAYER_TITLES["districts"]: pair,
        LAYER_TITLES["zones"]: pair,
        LAYER_TITLES["pairings"]: None,
        LAYER_TITLES["reference"]: None,
    }


def measure(browser, page: str):
    layout = measure_layout(browser, features_of(page))
    if page == "overview":  # Chongqing as a whole
        layout.features = [("Chongqing", union([b for _, b in layout.features]))]
    return layout


@pytest.mark.browser
@pytest.mark.parametrize("size", WINDOWS)
@pytest.mark.parametrize("page", PAGES)
def test_nothing_covers_anything(browser, site, page, size):
    """Every panel in the window, apart from every other, off the map's features."""
    with window(browser, WINDOWS[size]):
        report = open_map(browser, site / PAGES[page])
        assert report.js_errors == [] and report.failed_resources == []
        layout = measure(browser, page)
        screenshot(browser, ARTIFACTS / "layout" / f"{page}-{size}.png")
    names = {name for name, _ in layout.panels}
    assert names == (OVERVIEW_PANELS if page == "overview" else PAIRING_PANELS)
    if page != "overview":
        pair = set(page.split("—"))
        drawn = {name.split(" ")[-1] for name, _ in layout.features}
        assert pair <= drawn, f"the pair's regions are not drawn: {drawn}"
        assert any(name.startswith(LAYER_TITLES["pairings"]) for name, _ in layout.features)
    assert layout.narrow == (WINDOWS[size][0] < 700)
    assert layout_problems(layout) == []


@pytest.mark.browser
@pytest.mark.parametrize("size", WINDOWS)
def test_the_evidence_list_scrolls_in_a_bounded_panel(browser, site, size):
    """42 sentences do not fit: the panel ends above the next control and its list scrolls
    to the last one; on a phone the panel is a button whose sheet opens between the
    controls, apart from all of them."""
    page = "两江新区—万州区"
    with window(browser, WINDOWS[size]):
        open_map(browser, site / PAGES[page])
        narrow = measure(browser, page).narrow
        if narrow:  # folded: only the button shows
            assert (
                browser.execute_script(
                    "return getComputedStyle(document.querySelector('.cq-panel .cq-body')).display"
                )
                == "none"
            )
            click(browser, ".cq-panel .cq-toggle")
        scroll = evidence_scroll(browser)
        layout = measure(browser, page)
        if narrow:
            screenshot(browser, ARTIFACTS / "layout" / f"{page}-{size}-evidence.png")
    assert scroll["items"] == 42
    assert scroll["overflowY"] in ("auto", "scroll")
    assert scroll["scrollHeight"] > scroll["clientHeight"] > 0
    assert scroll["scrolled"] and scroll["lastInView"]
    # open, the panel still overlaps nothing (on a phone it covers the map, on demand)
    assert layout_problems(layout, features=not narrow) == []
    if narrow:
        assert layout.panel("evidence panel (open)") is not None


@pytest.mark.browser
def test_panels_fold_on_a_phone_and_open_one_at_a_time(browser, site):
    """On a phone the legend, the evidence panel and the footer are buttons and the layer
    control is collapsed (as Leaflet's); opening one panel closes the other, a tap on the
    map closes it, and each open sheet lies apart from every control."""
    page = "渝北区—云阳县"
    folded = (
        "return ['.cq-legend', '.cq-panel', '.cq-footer'].map(function (s) {"
        " return document.querySelector(s).classList.contains('cq-open'); })"
    )
    expanded = "return !!document.querySelector('.leaflet-control-layers-expanded')"
    with window(browser, WINDOWS["390x844"]):
        open_map(browser, site / PAGES[page])
        assert browser.execute_script(folded) == [False, False, False]
        assert browser.execute_script(expanded) is False
        click(browser, ".cq-legend .cq-toggle")
        assert browser.execute_script(folded) == [True, False, False]
        legend = measure(browser, page)
        screenshot(browser, ARTIFACTS / "layout" / f"{page}-390x844-legend.png")
        click(browser, ".cq-panel .cq-toggle")
        assert browser.execute_script(folded) == [False, True, False]
        evidence = measure(browser, page)
        click(browser, ".cq-footer .cq-toggle")
        footer = measure(browser, page)
        box = footer.panel("footer (open)")
        assert box is not None
        browser.execute_cdp_cmd(  # a tap on the map, away from every control
            "Input.dispatchMouseEvent", {"type": "mousePressed", "x": 195, "y": box[1] - 40,
                                         "button": "left", "clickCount": 1},
        )  # fmt: skip
        browser.execute_cdp_cmd(
            "Input.dispatchMouseEvent", {"type": "mouseReleased", "x": 195, "y": box[1] - 40,
                                         "button": "left", "clickCount": 1},
        )  # fmt: skip
        assert browser.execute_script(folded) == [False, False, False]
    for layout in (legend, evidence, footer):
        assert layout_problems(layout, features=False) == []
    assert legend.panel("legend (open)") is not None
    # wide, the same map shows its panels open and the layer control collapsed
    open_map(browser, site / PAGES[page])
    assert browser.execute_script(folded) == [True, True, True]
    assert browser.execute_script(expanded) is False
    open_map(browser, site / PAGES["overview"])
    assert browser.execute_script(expanded) is True


@pytest.mark.browser
def test_the_layout_follows_a_resized_window(browser, site):
    """A laptop window turned into a phone's: the panels fold and the map is fitted again;
    and back."""
    page = "两江新区—万州区"
    try:
        set_window(browser, WINDOWS["1280x800"])
        open_map(browser, site / PAGES[page])
        for size in ("390x844", "1920x1080"):  # the page stays open: only the window changes
            set_window(browser, WINDOWS[size])
            browser.execute_script(
                "return new Promise(function (done) { requestAnimationFrame(function () {"
                " requestAnimationFrame(done); }); })"
            )
            layout = measure(browser, page)
            assert layout.window == WINDOWS[size]
            assert layout.narrow == (size == "390x844")
            assert layout_problems(layout) == [], size
    finally:
        set_window(browser, WINDOWS["1280x800"])
        set_window(browser, (1280, 900))


@pytest.mark.browser
@pytest.mark.parametrize("size", ("1280x800", "390x844"))
def test_popups_fit_the_window_and_wrap(browser, site, size):
    """An arc's popup (long quotes, document lists) wraps inside its box, and the map pans
    it into the part of the window that no panel covers."""
    with window(browser, WINDOWS[size]):
        open_map(browser, site / PAGES["overview"])
        official = RELATION_STYLES["official"].color
        text = click_feature(browser, lambda e: e.get_attribute("stroke") == official)
        assert "对口协同" in text
        settled = "return document.querySelector('.leaflet-popup').getBoundingClientRect().left"
        left = None  # (the map pans the popup into view)
        while left != (left := browser.execute_script(settled)):
            time.sleep(0.3)
        problems = browser.execute_script(
            """
            var out = [], popup = document.querySelector('.leaflet-popup-content-wrapper');
            var r = popup.getBoundingClientRect();
            if (r.left < 0 || r.right > innerWidth) out.push('popup cut off: ' + r.left + '..' + r.right);
            [popup].concat(Array.from(popup.querySelectorAll('*'))).forEach(function (el) {
                if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
                    out.push(el.tagName + ' ' + el.scrollWidth + ' > ' + el.clientWidth);
                }
            });
            return out;
            """
        )
        popup = browser.execute_script(
            "var r = document.querySelector('.leaflet-popup-content-wrapper')"
            ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"
        )
        layout = measure(browser, "overview")
        screenshot(browser, ARTIFACTS / "layout" / f"overview-{size}-popup.png")
    assert problems == []
    layout.features = [("the popup", tuple(popup))]  # panned clear of every panel
    assert layout_problems(layout) == []


@pytest.mark.browser
@pytest.mark.parametrize("size", ("1280x800", "390x844"))
@pytest.mark.parametrize("name", ("万州区", "果园港"))
def test_search_shows_what_it_finds_clear_of_the_panels(browser, site, size, name):
    """A district or port found by the search is fitted (and its popup panned) into the
    part of the map that no panel covers."""
    with window(browser, WINDOWS[size]):
        open_map(browser, site / PAGES["overview"])
        browser.execute_script(
            "var input = document.querySelector('.cq-search input');"
            "input.value = arguments[0]; input.dispatchEvent(new Event('change'));",
            name,
        )
        settled = "return document.querySelector('.leaflet-popup').getBoundingClientRect().left"
        left = None  # (the map pans the popup into view)
        while left != (left := browser.execute_script(settled)):
            time.sleep(0.3)
        overlay = LAYER_TITLES["districts" if name.endswith("区") else "ports"]
        layout = measure_layout(browser, {overlay: [name]})
        popup = browser.execute_script(
            "var r = document.querySelector('.leaflet-popup-content-wrapper')"
            ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"
        )
    assert [n for n, _ in layout.features] == [f"{overlay} {name}"]
    layout.features.append(("the popup", tuple(popup)))
    assert layout_problems(layout) == []
