"""Symbology shared by the Folium maps and the QGIS styles, so both read the same way.

Colours are ColorBrewer-like qualitative choices that stay apart for colour-blind
readers; dash patterns are in pixels (Leaflet ``dashArray``) and are converted to
millimetres for QGIS.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "GROUP_COLORS",
    "GROUP_LABELS",
    "RELATION_STYLES",
    "REFERENCE_STYLE",
    "PAIRING_STYLES",
    "MODE_STYLES",
    "PORT_STYLES",
    "CONTEXT_STYLE",
    "RIVER_STYLE",
    "ZONE_STYLE",
    "DISTRICT_OUTLINE",
    "EVIDENCE_WIDTH_EXPRESSION",
    "evidence_width",
]

GROUP_COLORS = {
    "主城都市区": "#e6550d",
    "渝东北三峡库区城镇群": "#31a354",
    "渝东南武陵山区城镇群": "#756bb1",
}
GROUP_LABELS = {
    "主城都市区": "主城都市区 (一区)",
    "渝东北三峡库区城镇群": "渝东北三峡库区城镇群",
    "渝东南武陵山区城镇群": "渝东南武陵山区城镇群",
}


class LineStyle(NamedTuple):
    color: str
    weight: float  # px
    dash: str | None  # Leaflet dashArray, px
    label: str


RELATION_STYLES = {
    "official": LineStyle("#c51b7d", 2.5, None, "对口协同 (official)"),
    "cooperation": LineStyle("#2171b5", 2.5, None, "合作 (cooperation)"),
}
# Reference pairings the corpus does not (yet) attest.
REFERENCE_STYLE = LineStyle("#636363", 1.5, "4 4", "参考对口关系 (reference)")
# The classes a pairing is drawn in: its relation when the text attests it, else reference.
PAIRING_STYLES = {**RELATION_STYLES, "reference": REFERENCE_STYLE}

MODE_STYLES = {
    "river": LineStyle("#08519c", 3.0, None, "水运 river"),
    "rail": LineStyle("#252525", 2.5, "10 6", "铁路 rail"),
    "rail-sea": LineStyle("#6a51a3", 2.5, "12 4 2 4", "铁海联运 rail-sea"),
    "rail-river": LineStyle("#3182bd", 2.5, "12 4 2 4 2 4", "铁水联运 rail-river"),
    "river-sea": LineStyle("#08306b", 3.0, "16 4", "江海联运 river-sea"),
    "sea": LineStyle("#0570b0", 2.0, "8 4", "海运 sea"),
    "road": LineStyle("#d94801", 1.5, None, "公路 road"),
    "air": LineStyle("#41ab5d", 1.5, "1 6", "航空 air"),
    "unspecified": LineStyle("#737373", 1.5, "2 4", "未说明 unspecified"),
}


class MarkerStyle(NamedTuple):
    color: str
    icon: str  # Font Awesome 6 solid icon name
    shape: str  # QGIS simple marker shape
    label: str


PORT_STYLES = {
    "river port": MarkerStyle("#08519c", "anchor", "circle", "河港 river port"),
    "sea port": MarkerStyle("#084594", "ship", "diamond", "海港 sea port"),
    "port area": MarkerStyle("#4292c6", "anchor", "circle", "港区 port area"),
    "port": MarkerStyle("#2171b5", "anchor", "circle", "港口 port (named in a text)"),
    "terminal": MarkerStyle("#6baed6", "box", "square", "码头 terminal"),
    "dry port": MarkerStyle("#8c6d31", "warehouse", "square", "无水港 dry port"),
    "rail hub": MarkerStyle("#252525", "train", "triangle", "铁路枢纽 rail hub"),
    "rail station": MarkerStyle("#636363", "train-subway", "triangle", "铁路站场 rail station"),
    "border crossing": MarkerStyle("#cb181d", "passport", "pentagon", "口岸 border crossing"),
    "airport": MarkerStyle("#41ab5d", "plane", "star", "机场 airport"),
}
ZONE_STYLE = MarkerStyle("#a50f15", "star", "star", "功能区 functional zone (seat)")
CONTEXT_STYLE = {"fill": "#f0f0f0", "stroke": "#bdbdbd"}
# The districts' borders: white lines between the group colours.
DISTRICT_OUTLINE = {"stroke": "#ffffff", "weight": 1.2}  # px
RIVER_STYLE = LineStyle("#6baed6", 2.0, None, "河流 river")


# An arc's width (px) grows slowly with its evidence sentences n: base + step * sqrt(n - 1),
# capped. The web maps compute it (evidence_width); QGIS evaluates the same rule as an
# expression of the field ``evidence`` (EVIDENCE_WIDTH_EXPRESSION).
EVIDENCE_WIDTH_BASE = 2.0
EVIDENCE_WIDTH_STEP = 1.5
EVIDENCE_WIDTH_MAX = 8.0
EVIDENCE_WIDTH_EXPRESSION = (
    f"min({EVIDENCE_WIDTH_BASE:g} + {EVIDENCE_WIDTH_STEP:g} * "
    f'sqrt(max(coalesce("evidence", 0) - 1, 0)), {EVIDENCE_WIDTH_MAX:g})'
)


def evidence_width(evidence: int, *, base: float = EVIDENCE_WIDTH_BASE) -> float:
    """Line width (px) of an arc with ``evidence`` sentences: grows slowly, caps at
    :data:`EVIDENCE_WIDTH_MAX`."""
    step = EVIDENCE_WIDTH_STEP * max(evidence - 1, 0) ** 0.5
    return round(min(base + step, EVIDENCE_WIDTH_MAX), 2)
