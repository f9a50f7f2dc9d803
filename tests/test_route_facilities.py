"""The ends of a route named by its places, told at the one facility of its kind the
text names there (geo/route_facilities.py)."""

from __future__ import annotations

import pytest

from cqmap.geo.extract import extract_text


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # (the line named by its places, the stations told in other sentences)
        (
            "昨天,中老铁路(江津—万象)国际货运班列在江津开行。"
            "货物在小南垭站装车,列车后天抵达老挝万象南站。",
            ("小南垭站", ["万象南站"]),
        ),
        # (two stations of the place told: which one, untold)
        (
            "昨天,江津至万象的班列开行,小南垭站和珞璜站同时装车。",
            ("江津区", ["万象"]),
        ),
    ],
)
def test_a_line_s_end_is_the_one_facility_of_its_kind_the_text_names_there(text, route):
    """中老铁路(江津—万象)…, then 小南垭站 and 万象南站 told: the most specific places the
    text gives for the ends (a county's, a district's or a city abroad's)."""
    assert [(r["origin"], r["destinations"]) for r in extract_text(text)["routes"]] == [route]
