"""QGIS styles (QML) for the exported layers, from the shared symbology in :mod:`cqmap.layers.styles`.

The documents follow the structure QGIS 3.x writes itself (``renderer-v2`` with symbol
layers whose properties are given both as ``<Option>`` maps and, for older readers,
as ``<prop>`` elements) and are kept minimal: QGIS fills in defaults for anything
left out. The same text goes into a ``.qml`` beside each GeoJSON file and into the
GeoPackage's ``layer_styles`` table.

* districts: categorised by ``group``, labelled with ``name``;
* pairings: categorised by relation (reference-only pairs dashed grey), line width
  data-defined by the number of evidence sentences;
* routes: categorised by ``mode`` (river solid, rail dashed, rail-sea dash-dot, road
  thin, air dotted), labelled along the line;
* ports: categorised by ``kind``; zones: a star; both labelled beside the marker
  (QGIS's cartographic placement: top right first, then the other corners, measured
  from the edge of the symbol), never on top of it;
* context: plain, labelled; rivers: plain, named along the line;
* pairings are labelled ``a—b`` along the arc once zoomed in past 1:750,000 (at the
  scale of all Chongqing, dozens of such labels would cover the map).

Each layer's style function (``districts_style`` …, named by its entry in
:data:`cqmap.layers.registry.LAYERS`) gives the document as an element, which
:mod:`cqmap.layers.project` embeds in the QGIS project; :func:`qml_text` gives it as text
(:func:`cqmap.layers.registry.qml_for`, :func:`cqmap.layers.registry.style_element` by layer name).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from cqmap.layers.styles import (
    CONTEXT_STYLE,
    DISTRICT_OUTLINE,
    EVIDENCE_WIDTH_EXPRESSION,
    GROUP_COLORS,
    GROUP_LABELS,
    MODE_STYLES,
    PAIRING_STYLES,
    PORT_STYLES,
    RIVER_STYLE,
    ZONE_STYLE,
)

__all__ = [
    "qml_text",
    "context_style",
    "districts_style",
    "rivers_style",
    "zones_style",
    "pairings_style",
    "routes_style",
    "ports_style",
    "LABEL_FONT",
    "POINT_PLACEMENT",
]

LABEL_FONT = "Noto Sans CJK SC"
PX_TO_MM = 0.26  # QGIS symbol sizes are in millimetres; web map sizes in CSS pixels
# The expression that sorts a pairing into official / cooperation / reference (only).
PAIRING_CLASS = 'CASE WHEN "extracted" THEN "relation" ELSE \'reference\' END'
EVIDENCE_WIDTH_MM = f"{PX_TO_MM} * {EVIDENCE_WIDTH_EXPRESSION}"
PAIRING_LABEL = '"a" || \'—\' || "b"'

# Label placements (QgsPalLayerSettings::Placement). A point's label goes beside its
# marker: "cartographic" placement tries the positions in order, at ``dist`` from the
# edge of the symbol (offsetType 1), so that the marker stays visible. Priorities run
# 0-10: QGIS's labeling engine (version 2) drops a label of priority below 5 wherever it
# touches an obstacle (a line, a marker), so none is below 5; the markers' labels come
# first.
POINT_PLACEMENT = {
    "placement": "6",  # OrderedPositionsAroundPoint
    "predefinedPositionOrder": "TR,TL,BR,BL,R,L,TSR,BSR",
    "offsetType": "1",  # FromSymbolBounds
    "dist": "0.8",
    "distUnits": "MM",
    "priority": "9",
}
POLYGON_PLACEMENT = {"placement": "0", "dist": "1", "distUnits": "MM", "priority": "5"}
LINE_PLACEMENT = {  # along the line (parallel), above or below it
    "placement": "2",
    "placementFlags": "10",
    "dist": "1",
    "distUnits": "MM",
    "priority": "5",
}
CURVED_PLACEMENT = {**LINE_PLACEMENT, "placement": "3"}  # following a winding river
LABELLED_BELOW_SCALE = 750_000  # pairings: labels from 1:750,000 inwards


def _rgba(color: str, alpha: int = 255) -> str:
    color = color.lstrip("#")
    r, g, b = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    return f"{r},{g},{b},{alpha}"


def _mm(px: float) -> str:
    return f"{px * PX_TO_MM:.3g}"


def _empty_properties(parent: ET.Element, tag: str = "data_defined_properties") -> None:
    ddp = ET.SubElement(parent, tag)
    opt = ET.SubElement(ddp, "Option", type="Map")
    ET.SubElement(opt, "Option", type="QString", name="name", value="")
    ET.SubElement(opt, "Option", name="properties")
    ET.SubElement(opt, "Option", type="QString", name="type", value="collection")


def _symbol_layer(
    symbol: ET.Element, cls: str, options: dict[str, str], expressions: dict[str, str] | None = None
) -> None:
    layer = ET.SubElement(
        symbol, "layer", {"class": cls, "enabled": "1", "locked": "0", "pass": "0"}
    )
    opt = ET.SubElement(layer, "Option", type="Map")
    for key in sorted(options):
        ET.SubElement(opt, "Option", type="QString", name=key, value=options[key])
    for key in sorted(options):
        ET.SubElement(layer, "prop", k=key, v=options[key])
    ddp = ET.SubElement(layer, "data_defined_properties")
    root = ET.SubElement(ddp, "Option", type="Map")
    ET.SubElement(root, "Option", type="QString", name="name", value="")
    if expressions:
        props = ET.SubElement(root, "Option", type="Map", name="properties")
        for key, expression in expressions.items():
            p = ET.SubElement(props, "Option", type="Map", name=key)
            ET.SubElement(p, "Option", type="bool", name="active", value="true")
            ET.SubElement(p, "Option", type="QString", name="expression", value=expression)
            ET.SubElement(p, "Option", type="int", name="type", value="3")
    else:
        ET.SubElement(root, "Option", name="properties")
    ET.SubElement(root, "Option", type="QString", name="type", value="collection")


def _symbol(parent: ET.Element, kind: str, name: str) -> ET.Element:
    symbol = ET.SubElement(
        parent,
        "symbol",
        {"type": kind, "name": name, "alpha": "1", "clip_to_extent": "1", "force_rhr": "0"},
    )
    _empty_properties(symbol)
    return symbol


def _fill(
    parent: ET.Element,
    name: str,
    color: str,
    outline: str,
    *,
    alpha: int = 200,
    width_px: float = 1.0,
) -> None:
    symbol = _symbol(parent, "fill", name)
    _symbol_layer(
        symbol,
        "SimpleFill",
        {
            "color": _rgba(color, alpha),
            "outline_color": _rgba(outline),
            "outline_style": "solid",
            "outline_width": _mm(width_px),
            "outline_width_unit": "MM",
            "style": "solid",
            "joinstyle": "bevel",
        },
    )


def _line(
    parent: ET.Element,
    name: str,
    color: str,
    width_px: float,
    dash_px: str | None,
    *,
    width_expression: str | None = None,
) -> None:
    symbol = _symbol(parent, "line", name)
    options = {
        "line_color": _rgba(color),
        "line_style": "solid",
        "line_width": _mm(width_px),
        "line_width_unit": "MM",
        "capstyle": "round",
        "joinstyle": "round",
        "use_custom_dash": "0",
    }
    if dash_px:
        options["use_custom_dash"] = "1"
        options["customdash"] = ";".join(_mm(float(v)) for v in dash_px.split())
        options["customdash_unit"] = "MM"
        options["capstyle"] = "flat"
    expressions = {"outlineWidth": width_expression} if width_expression else None
    _symbol_layer(symbol, "SimpleLine", options, expressions)


def _marker(parent: ET.Element, name: str, color: str, shape: str, size_mm: float) -> None:
    symbol = _symbol(parent, "marker", name)
    _symbol_layer(
        symbol,
        "SimpleMarker",
        {
            "name": shape,
            "color": _rgba(color),
            "outline_color": "255,255,255,255",
            "outline_style": "solid",
            "outline_width": "0.4",
            "outline_width_unit": "MM",
            "size": f"{size_mm:g}",
            "size_unit": "MM",
            "angle": "0",
        },
    )


def _categorized(attr: str, categories: Sequence[tuple[str, str]], draw) -> ET.Element:
    renderer = ET.Element(
        "renderer-v2",
        {
            "type": "categorizedSymbol",
            "attr": attr,
            "symbollevels": "0",
            "enableorderby": "0",
            "forceraster": "0",
            "referencescale": "-1",
        },
    )
    cats = ET.SubElement(renderer, "categories")
    for i, (value, label) in enumerate(categories):
        ET.SubElement(cats, "category", render="true", symbol=str(i), value=value, label=label)
    symbols = ET.SubElement(renderer, "symbols")
    for i, (value, _) in enumerate(categories):
        draw(symbols, str(i), value)
    ET.SubElement(renderer, "rotation")
    ET.SubElement(renderer, "sizescale")
    return renderer


def _single(draw) -> ET.Element:
    renderer = ET.Element(
        "renderer-v2",
        {
            "type": "singleSymbol",
            "symbollevels": "0",
            "enableorderby": "0",
            "forceraster": "0",
            "referencescale": "-1",
        },
    )
    symbols = ET.SubElement(renderer, "symbols")
    draw(symbols, "0", None)
    ET.SubElement(renderer, "rotation")
    ET.SubElement(renderer, "sizescale")
    return renderer


def _labeling(
    field: str,
    *,
    size: float,
    placement: dict[str, str],
    color: str = "#252525",
    expression: bool = False,
    italic: bool = False,
    below_scale: int | None = None,
    obstacle: bool = True,
) -> ET.Element:
    """A ``simple`` labeling of ``field`` (an expression with ``expression``), shown at
    every scale or, with ``below_scale``, only from 1:``below_scale`` inwards.

    With ``obstacle``, other labels avoid the layer's features (a marker, a line); a
    layer of polygons that tile the map is none, or every label inside it would pay for
    it and the labeler would drop a port's label to place a district's.
    """
    labeling = ET.Element("labeling", type="simple")
    settings = ET.SubElement(labeling, "settings", calloutType="simple")
    style = ET.SubElement(
        settings,
        "text-style",
        {
            "fieldName": field,
            "isExpression": "1" if expression else "0",
            "fontFamily": LABEL_FONT,
            "fontItalic": "1" if italic else "0",
            "fontSize": f"{size:g}",
            "fontSizeUnit": "Point",
            "fontWeight": "50",
            "textColor": _rgba(color),
            "textOpacity": "1",
            "namedStyle": "Regular",
        },
    )
    ET.SubElement(style, "families")
    ET.SubElement(
        style,
        "text-buffer",
        {
            "bufferDraw": "1",
            "bufferSize": "0.8",
            "bufferSizeUnits": "MM",
            "bufferColor": "255,255,255,255",
            "bufferOpacity": "1",
            "bufferNoFill": "1",
        },
    )
    ET.SubElement(settings, "text-format", {"multilineAlign": "3", "wrapChar": ""})
    ET.SubElement(settings, "placement", placement)
    rendering = {"drawLabels": "1", "obstacle": "1" if obstacle else "0", "upsidedownLabels": "0"}
    if below_scale is None:
        rendering["scaleVisibility"] = "0"
    else:  # (QGIS keeps the most zoomed-out scale in "scaleMax", the denominator)
        rendering.update(scaleVisibility="1", scaleMin="0", scaleMax=str(below_scale))
    ET.SubElement(settings, "rendering", rendering)
    _empty_properties(settings, "dd_properties")
    return labeling


def _document(renderer: ET.Element, labeling: ET.Element | None, geometry_type: int) -> ET.Element:
    attrs = {"version": "3.22.0", "styleCategories": "Symbology|Labeling"}
    attrs["labelsEnabled"] = "1" if labeling is not None else "0"
    root = ET.Element("qgis", attrs)
    root.append(renderer)
    if labeling is not None:
        root.append(labeling)
    ET.SubElement(root, "blendMode").text = "0"
    ET.SubElement(root, "featureBlendMode").text = "0"
    ET.SubElement(root, "layerGeometryType").text = str(geometry_type)
    return root


def qml_text(root: ET.Element) -> str:
    """A style document (from a layer's style function) as the text of a ``.qml`` file."""
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"


# --------------------------------------------------------------------------- layers
# Each returns the layer's style as a new ``<qgis>`` element. Its children
# (``renderer-v2``, ``labeling``, blend modes, ``layerGeometryType``) are what a
# ``<maplayer>`` of a QGIS project holds; its ``labelsEnabled`` attribute goes on the
# ``<maplayer>``. The layers of :data:`cqmap.layers.registry.LAYERS` name theirs.
def districts_style() -> ET.Element:
    """Districts categorised by ``group``, labelled with ``name``."""
    renderer = _categorized(
        "group",
        [(g, GROUP_LABELS[g]) for g in GROUP_COLORS],
        lambda parent, name, value: _fill(
            parent,
            name,
            GROUP_COLORS[value],
            DISTRICT_OUTLINE["stroke"],
            alpha=190,
            width_px=DISTRICT_OUTLINE["weight"],
        ),
    )
    labeling = _labeling("name", size=8, placement=POLYGON_PLACEMENT, obstacle=False)
    return _document(renderer, labeling, 2)


def context_style() -> ET.Element:
    """Context polygons: plain, labelled."""
    renderer = _single(
        lambda parent, name, _: _fill(
            parent, name, CONTEXT_STYLE["fill"], CONTEXT_STYLE["stroke"], alpha=255
        )
    )
    labeling = _labeling(
        "name", size=7, placement=POLYGON_PLACEMENT, color="#737373", obstacle=False
    )
    return _document(renderer, labeling, 2)


def rivers_style() -> ET.Element:
    """Rivers: plain, named along the line."""
    renderer = _single(
        lambda parent, name, _: _line(parent, name, RIVER_STYLE.color, RIVER_STYLE.weight, None)
    )
    labeling = _labeling("name", size=8, placement=CURVED_PLACEMENT, color="#2171b5", italic=True)
    return _document(renderer, labeling, 1)


def zones_style() -> ET.Element:
    """Zones: a star, labelled beside it."""
    renderer = _single(lambda parent, name, _: _marker(parent, name, ZONE_STYLE.color, "star", 5))
    return _document(renderer, _labeling("name", size=8, placement=POINT_PLACEMENT), 0)


def pairings_style() -> ET.Element:
    """Pairings by relation (reference-only pairs dashed grey), width by evidence."""

    def draw(parent, name, value):
        s = PAIRING_STYLES[value]
        expression = EVIDENCE_WIDTH_MM if value != "reference" else None
        _line(parent, name, s.color, s.weight, s.dash, width_expression=expression)

    renderer = _categorized(PAIRING_CLASS, [(k, v.label) for k, v in PAIRING_STYLES.items()], draw)
    labeling = _labeling(
        PAIRING_LABEL,
        size=7,
        placement=LINE_PLACEMENT,
        color="#6a1b4d",
        expression=True,
        below_scale=LABELLED_BELOW_SCALE,
    )
    return _document(renderer, labeling, 1)


def routes_style() -> ET.Element:
    """Routes categorised by ``mode``, labelled along the line."""
    renderer = _categorized(
        "mode",
        [(k, v.label) for k, v in MODE_STYLES.items()],
        lambda parent, name, value: _line(
            parent,
            name,
            MODE_STYLES[value].color,
            MODE_STYLES[value].weight,
            MODE_STYLES[value].dash,
        ),
    )
    return _document(renderer, _labeling("name", size=7, placement=LINE_PLACEMENT), 1)


def ports_style() -> ET.Element:
    """Ports categorised by ``kind``, labelled beside the marker."""
    renderer = _categorized(
        "kind",
        [(k, v.label) for k, v in PORT_STYLES.items()],
        lambda parent, name, value: _marker(
            parent, name, PORT_STYLES[value].color, PORT_STYLES[value].shape, 3.6
        ),
    )
    return _document(renderer, _labeling("name", size=8, placement=POINT_PLACEMENT), 0)
