"""Time on the map, without clients: the layers' ISO date attributes, the QGIS project's
temporal properties and time range, and the overview's time slider in the page (its
behaviour in Chromium is in ``test_maps.py``, in QGIS in ``test_project.py``)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from cqmap.geo.extract import default_corpus, extract_paths
from cqmap.layers.maps import overview_map, pairing_map
from cqmap.layers.model import build_layers, iso_date
from cqmap.layers.popups import esc
from cqmap.layers.project import TEMPORAL_FIELDS, layer_id, project_time_range, project_xml
from cqmap.layers.render import render_map
from cqmap.layers.timeline import UNDATED, timeline_dates

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def layers():
    return build_layers([r.record for r in extract_paths(default_corpus())])


def with_route_dates(layers, opened: dict[int, str | None]):
    """A copy of ``layers`` whose routes ``opened`` (by row) are replaced, with the date
    attributes that follow."""
    routes = layers.routes.copy()
    for row, value in opened.items():
        routes.loc[row, "opened"] = value
        routes.loc[row, "opened_date"] = iso_date(value)
        routes.loc[row, "undated"] = iso_date(value) is None
    return layers.replace(routes=routes)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023-06-06", "2023-06-06"),
        ("2023-6-6", "2023-06-06"),
        ("2023-06", "2023-06-01"),  # a month: its first day
        ("2023", "2023-01-01"),  # a year: its first day
        ("2022-01-05 08:40:36", "2022-01-05"),  # a document's date and time
        ("06-25", None),  # no year: no date
        ("10-08 10:00", None),
        ("2023-02-30", None),  # no such day
        ("2023年", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(text, expected):
    assert iso_date(text) == expected


def test_pairings_and_routes_carry_iso_dates(layers):
    for column in ("first_date", "last_date"):
        values = [v for v in layers.pairings[column] if isinstance(v, str)]
        assert values and all(ISO.fullmatch(v) for v in values), column
    assert layers.pairings["first_date"].isna().sum() > 0  # (the reference-only pairs)
    routes = layers.routes
    assert list(routes.columns[:8]) == [
        "name", "origin", "destinations", "via", "mode", "opened", "opened_date", "undated",
    ]  # fmt: skip
    # the seeds' routes open on a day without a year (06-06) or on no day: all undated
    assert routes["opened_date"].isna().all() and routes["undated"].all()
    dated = with_route_dates(layers, {0: "2023-06", 1: "2021"})
    assert list(dated.routes["opened_date"][:3]) == ["2023-06-01", "2021-01-01", None]


def test_the_project_makes_pairings_and_routes_temporal(layers):
    dated = with_route_dates(layers, {0: "2023-06", 1: "2021"})
    root = ET.fromstring(project_xml(dated, geopackage="cqmap.gpkg"))
    temporal = {layer.findtext("id"): layer.find("temporal") for layer in root.iter("maplayer")}
    for name, field in TEMPORAL_FIELDS.items():
        element = temporal.pop(layer_id(name))
        assert element.get("enabled") == "1" and element.get("mode") == "1"
        assert element.get("startField") == field and element.get("accumulate") == "1"
    assert all(element is None for element in temporal.values())
    assert project_time_range(dated) == ("2021-01-01", "2023-06-01")
    time_range = root.find("ProjectTimeSettings/TemporalRange")
    assert time_range.findtext("start") == "2021-01-01T00:00:00Z"
    assert time_range.findtext("end") == "2023-06-01T00:00:00Z"
    # the seeds alone: their pairings' dates, to the build date
    assert project_time_range(layers) == ("2022-01-05", "2023-01-17")


def time_slider(html: str) -> tuple[list[str], str] | None:
    """The dates of the page's time slider, and its row's HTML, or None."""
    dates = re.search(r"cqTime\.start\([^\n]*, (\[[^\]]*\])\);", html)
    row = re.search(r'\\u003cdiv class=\\"cq-time\\".*?\\u003c/div\\u003e', html)
    if dates is None:
        return None
    return json.loads(dates.group(1)), row.group(0) if row else ""


def test_the_overview_has_a_time_slider_and_marks_undated_features(layers):
    dated = with_route_dates(layers, {0: "2023-06", 1: "2021"})
    html = render_map(overview_map(dated), offline=False)
    dates, row = time_slider(html)
    assert (
        dates == timeline_dates(dated) == ["2021-01-01", "2022-01-05", "2023-01-17", "2023-06-01"]
    )
    assert 'max=\\"3\\"' in row and 'value=\\"3\\"' in row  # (opens on the last date)
    assert html.count(esc(UNDATED)) > len(dated.routes) - 2  # popups and the legend
    assert render_map(overview_map(dated), offline=False) == html  # deterministic
    # the pair maps have no slider
    assert "cqTime.start" not in render_map(pairing_map(dated, "渝北", "云阳"), offline=False)


def test_no_dates_no_slider(layers):
    pairings = layers.pairings.assign(first_date=None, last_date=None)
    undated = layers.replace(pairings=pairings)
    html = render_map(overview_map(undated), offline=False)
    assert time_slider(html) is None and 'class=\\"cq-time' not in html and "cqTime" not in html
