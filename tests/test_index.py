"""The index page of a build tells the truth: no ``nan``/``None``, counts that agree with
its tables and with what the maps draw, and what cannot be drawn listed with the reason.

Through the installed ``cqmap build`` and real headless Chromium, on the seeds and on a
short article written for this test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser import open_map, overlay_vertices

from cqmap.layers.registry import LAYER_TITLES

# Written for this test: a pairing with no reference (so no confidence), a route with no
# opening date, a route whose ends are one place (江津 is 珞璜港's district), a corridor
# named without ends and a town the gazetteer does not hold.
OWN_ARTICLE = """江津黔江携手共建山地冷链物流中心
2023-05-16 09:30 来源：测试日报
本报讯 5月15日，江津区与黔江区签署合作协议，双方将在江津共建一座面向渝东南的农产品冷链物流中心。
按照协议，珞璜港至果园港的水水中转航线将增加班次，把黔江的山货经江津运往主城。
江津至珞璜港的集装箱短驳班轮也在试运行，白沙镇的柑橘可以就近装船。
两地还商定，今后将更多借助中欧班列把山地特产销往海外市场。
"""

# A value a program left in a cell: nan, NaN, None, NaT, null, undefined.
NOT_A_VALUE = re.compile(r"(?<![A-Za-z])(?:nan|none|nat|null|undefined)(?![A-Za-z])", re.I)

READ_INDEX_JS = r"""
var cells = function (row) {
  return Array.from(row.cells).map(function (c) { return c.innerText.trim(); });
};
var tables = {};
document.querySelectorAll('table[id]').forEach(function (t) {
  tables[t.id] = Array.from(t.rows).slice(1).map(cells);
});
var summary = {};
document.querySelectorAll('#summary tr[data-key]').forEach(function (r) {
  summary[r.dataset.key] = Number(r.cells[1].innerText);
});
var links = Array.from(document.querySelectorAll('#pairs a')).map(function (a) {
  return a.getAttribute('href');
});
return {text: document.body.innerText, tables: tables, summary: summary, links: links};
"""

NOT_DRAWN_KIND = {"route": "routes not drawn", "corridor": "corridors not drawn",
                  "place": "places not drawn"}  # fmt: skip


@pytest.fixture(scope="module")
def seed_site(cqmap_build, tmp_path_factory) -> Path:
    return cqmap_build(tmp_path_factory.mktemp("seeds") / "out")


@pytest.fixture(scope="module")
def own_site(cqmap_build, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("own")
    (root / "news").mkdir()
    (root / "news" / "jiangjin.txt").write_text(OWN_ARTICLE, encoding="utf-8")
    return cqmap_build(root / "out", "news", cwd=root)


def read_index(browser, site: Path) -> dict:
    """The index page as Chromium shows it: its text, tables (rows of cell texts, by
    table id, without the header row), summary counts and pairing-map links."""
    report = open_map(browser, site / "index.html")
    assert report.js_errors == [] and report.failed_resources == []
    return browser.execute_script(READ_INDEX_JS)


def drawn_features(browser, site: Path) -> dict[str, int]:
    """The number of features of each overlay of the overview map, as Leaflet holds them."""
    report = open_map(browser, site / "overview.html")
    assert report.ok, report
    return {name: len(features) for name, features in overlay_vertices(browser).items()}


def check_index(browser, site: Path) -> dict:
    """What every index page must show; returns the page as :func:`read_index` reads it."""
    page = read_index(browser, site)
    assert not NOT_A_VALUE.search(page["text"]), NOT_A_VALUE.findall(page["text"])
    tables, summary = page["tables"], page["summary"]
    assert all(cell for rows in tables.values() for row in rows for cell in row)  # "—"
    lines = (site / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    drawn = drawn_features(browser, site)
    # every count is what its table lists and what the overview draws
    assert summary["documents"] == len(tables["documents"]) == len(records)
    assert summary["pair maps"] == len(tables["pairs"]) == len(page["links"])
    assert all((site / link).is_file() for link in page["links"])
    assert summary["pairings"] == drawn[LAYER_TITLES["pairings"]]
    assert summary["reference pairings"] == drawn[LAYER_TITLES["reference"]]
    assert summary["ports"] == drawn[LAYER_TITLES["ports"]]
    assert summary["routes"] == len(tables["routes"]) == drawn[LAYER_TITLES["routes"]]
    not_drawn = tables.get("not-drawn", [])
    for kind, key in NOT_DRAWN_KIND.items():
        assert summary[key] == sum(row[0].endswith(kind) for row in not_drawn), key
    named = 0
    for layer in ("districts", "zones"):
        features = json.loads((site / "layers" / f"{layer}.geojson").read_text("utf-8"))
        named += sum(f["properties"]["mentions"] > 0 for f in features["features"])
        assert drawn[LAYER_TITLES[layer]] == len(features["features"])
    assert summary["districts and zones named"] == named
    # nothing the texts name is dropped without a word: drawn, or listed with a reason
    routes = {row[0] for row in tables["routes"]}
    missing = {row[1]: row[2] for row in not_drawn}
    assert all(reason for reason in missing.values())
    for doc in records:
        for route in doc["routes"]:
            assert not route["name"] or route["name"] in routes | set(missing), route["name"]
        on_drawn_routes = {r["corridor"] for r in doc["routes"] if r["name"] in routes}
        for corridor in doc["corridors"]:
            assert corridor["name"] in on_drawn_routes | set(missing), corridor["name"]
        for place in doc["unresolved"]:
            assert place["surface"] in missing, place["surface"]
    return page


@pytest.mark.browser
def test_the_index_of_the_seeds_tells_the_truth(browser, seed_site):
    page = check_index(browser, seed_site)
    missing = {row[1]: (row[0], row[2]) for row in page["tables"]["not-drawn"]}
    kind, reason = missing["中欧班列"]  # named in 004 without a route of its own
    assert kind.endswith("corridor") and "without a route" in reason
    assert "西部陆海新通道" not in missing  # drawn: its 专列 is a route
    assert "no position" in missing["海棠镇"][1]  # a town the gazetteer does not hold
    assert page["summary"]["routes"] == 6
    opened = {row[0]: row[4] for row in page["tables"]["routes"]}
    assert opened["宜宾港—果园港"] == "—" and opened["万州—涪陵水水中转班轮"] == "06-06"
    confidence = {row[0]: row[4] for row in page["tables"]["pairs"]}
    assert confidence["两江新区 — 天府新区"] == "—" and confidence["两江新区 — 万州区"] == "high"


@pytest.mark.browser
def test_the_index_of_an_article_says_what_it_cannot_draw(browser, own_site):
    page = check_index(browser, own_site)
    tables = page["tables"]
    (route,) = tables["routes"]
    assert route[0] == "珞璜港至果园港的水水中转航线" and route[4] == "—"  # no opening date
    confidence = {row[0]: row[4] for row in tables["pairs"]}
    assert confidence["江津区 — 黔江区"] == "—"  # extracted, no reference: no confidence
    missing = {row[1]: (row[0], row[2], row[3]) for row in tables["not-drawn"]}
    kind, reason, documents = missing["江津至珞璜港的集装箱短驳班轮"]
    assert kind.endswith("route") and "no destination" in reason and "珞璜港" in reason
    assert documents == "jiangjin"
    kind, reason, _ = missing["中欧班列"]
    assert kind.endswith("corridor") and "no ends to draw" in reason
    kind, reason, _ = missing["白沙镇"]
    assert kind.endswith("place") and "no position" in reason
    assert {k: page["summary"][k] for k in NOT_DRAWN_KIND.values()} == dict.fromkeys(
        NOT_DRAWN_KIND.values(), 1
    )
