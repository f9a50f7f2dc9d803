"""What each layer shows on the web maps: its features' popups, tooltips and styles, and
its rows of the legend.

A ``*_props`` function takes a feature's attributes (a row of its layer, missing values
as ``None``) and returns the properties the page binds (:class:`cqmap.layers.overlays.GeoJsonLayer`):
``_popup`` and ``_tip`` (HTML, every value escaped by :func:`esc`), ``_style`` (Leaflet
path options), ``_hover``, ``_html`` (a point's icon) and ``_search`` (its name in the
search box). A ``*_legend`` function gives the layer's rows of the legend, as HTML.
The layers of :data:`cqmap.layers.registry.LAYERS` name theirs.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from cqmap.layers.styles import (
    CONTEXT_STYLE,
    DISTRICT_OUTLINE,
    GROUP_COLORS,
    GROUP_LABELS,
    MODE_STYLES,
    PAIRING_STYLES,
    PORT_STYLES,
    REFERENCE_STYLE,
    RELATION_STYLES,
    RIVER_STYLE,
    ZONE_STYLE,
    evidence_width,
)

__all__ = [
    "esc",
    "line_swatch",
    "icon",
    "context_props",
    "district_props",
    "river_props",
    "zone_props",
    "pairing_props",
    "reference_props",
    "route_props",
    "port_props",
    "context_legend",
    "district_legend",
    "river_legend",
    "zone_legend",
    "pairing_legend",
    "route_legend",
    "port_legend",
]

POPUP_QUOTES = 8


# --------------------------------------------------------------------------- text
def esc(value: object) -> str:
    """HTML-escape for a popup: also ``$`` and backticks, live in JavaScript template literals."""
    text = html.escape("" if value is None else str(value), quote=True)
    return text.replace("$", "&#36;").replace("`", "&#96;")


def _quote_list(quotes: str, limit: int = POPUP_QUOTES) -> str:
    items = [q for q in (quotes or "").split("\n") if q]
    if not items:
        return ""
    shown = "".join(f"<li>{esc(q)}</li>" for q in items[:limit])
    more = f"<li>… {len(items) - limit} more</li>" if len(items) > limit else ""
    return f'<ol class="cq-quotes">{shown}{more}</ol>'


def _row(label: str, value: object) -> str:
    if value in (None, "", 0) and label not in ("提及 mentions",):
        return ""
    return f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>"


def _table(rows: Iterable[str]) -> str:
    body = "".join(rows)
    return f'<table class="cq-table">{body}</table>' if body else ""


def line_swatch(color: str, weight: float, dash: str | None) -> str:
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg width="28" height="10"><line x1="1" y1="5" x2="27" y2="5" stroke="{color}" '
        f'stroke-width="{min(weight, 4)}"{dash_attr}/></svg>'
    )


# --------------------------------------------------------------------------- features
def district_props(row) -> dict:
    title = f"<b>{esc(row.name)}</b> <small>{esc(row.adcode)}</small>"
    group = row.group + (f" · {row.subgroup}" if row.subgroup else "")
    table = _table(
        [
            _row("类型 kind", row.kind),
            _row("分组 group", group),
            _row("面积 area", f"{row.area_km2:,.0f} km²"),
            _row("提及 mentions", f"{row.mentions} ({row.documents} 篇)"),
            _row("配对 (文本) extracted", row.partners_extracted),
            _row("配对 (参考) reference", row.partners_reference),
            _row("证据句 evidence", row.evidence),
        ]
    )
    return {
        "_popup": title + table,
        "_tip": f"{esc(row.name)} · {esc(GROUP_LABELS.get(row.group, row.group))}",
        "_search": row.name,
        "_style": {
            "color": DISTRICT_OUTLINE["stroke"], "weight": DISTRICT_OUTLINE["weight"], "opacity": 1,
            "fillColor": GROUP_COLORS[row.group], "fillOpacity": 0.55,
        },
        "_hover": {"weight": 3, "color": "#333333"},
    }  # fmt: skip


def context_props(row) -> dict:
    return {
        "_tip": esc(row.name),
        "_popup": f"<b>{esc(row.name)}</b><br>{esc(row.province)}",
        "_style": {
            "color": CONTEXT_STYLE["stroke"], "weight": 0.8,
            "fillColor": CONTEXT_STYLE["fill"], "fillOpacity": 0.6,
        },
    }  # fmt: skip


def icon(style) -> str:
    return f'<i class="fa-solid fa-{style.icon}" style="color:{style.color}"></i>'


def zone_props(row) -> dict:
    table = _table(
        [
            _row("所在区 hosts", row.hosts),
            _row("管委会 seat (approx.)", f"{row.seat} · {row.seat_district}"),
            _row("提及 mentions", f"{row.mentions} ({row.documents} 篇)"),
            _row("配对 (文本) extracted", row.partners_extracted),
            _row("配对 (参考) reference", row.partners_reference),
        ]
    )
    return {
        "_popup": f"<b>{esc(row.name)}</b> <small>功能区 functional zone</small>{table}",
        "_tip": esc(row.name),
        "_search": row.name,
        "_html": icon(ZONE_STYLE),
    }


def pairing_props(row) -> dict:
    relation = RELATION_STYLES[row.relation].label
    table = _table(
        [
            _row("关系 relation", relation),
            _row("来源 source", row.source),
            _row("参考可信度 confidence", row.confidence),
            _row("证据句 evidence", row.evidence),
            _row("文档 documents", row.document_ids),
            _row("日期 dates", " – ".join(d for d in (row.first_date, row.last_date) if d)),
            _row("距离 distance", f"{row.distance_km:,.0f} km"),
            _row("参考出处 reference source", row.reference_source),
        ]
    )
    width = evidence_width(int(row.evidence))
    return {
        "_popup": f"<b>{esc(row.a)} — {esc(row.b)}</b>{table}{_quote_list(row.quotes)}",
        "_tip": f"{esc(row.a)} — {esc(row.b)} · {esc(relation)}",
        "_style": {"color": RELATION_STYLES[row.relation].color, "weight": width, "opacity": 0.85},
        "_hover": {"weight": width + 2, "opacity": 1},
    }


def reference_props(row) -> dict:
    props = pairing_props(row)
    props["_style"] = {
        "color": REFERENCE_STYLE.color, "weight": REFERENCE_STYLE.weight,
        "dashArray": REFERENCE_STYLE.dash, "opacity": 0.8,
    }  # fmt: skip
    props.pop("_hover")
    return props


def route_props(row) -> dict:
    ends = row.destinations or row.via
    length = f"{row.length_km:,.0f} km" + (" (示意 schematic)" if row.schematic else " (沿河道)")
    table = _table(
        [
            _row("方式 mode", MODE_STYLES[row.mode].label),
            _row("起点 origin", row.origin),
            _row("终点 destinations", row.destinations),
            _row("经 via", row.via),
            _row("开通 opened", row.opened),
            _row("长度 length", length),
            _row("文档 documents", row.document_ids),
        ]
    )
    style = MODE_STYLES[row.mode]
    return {
        "_popup": f"<b>{esc(row.name)}</b>{table}{_quote_list(row.quotes)}",
        "_tip": f"{esc(row.name)} · {esc(row.origin)} → {esc(ends)}",
        "_style": {
            "color": style.color,
            "weight": style.weight,
            "dashArray": style.dash,
            "opacity": 0.9,
        },
    }


def _placed(row) -> str | None:
    """How well a port's point is known: its accuracy, or, for one placed at a province
    or a country, only that it lies there."""
    if not row.approximate:
        return None
    if row.accuracy_m is None or row.accuracy_m != row.accuracy_m:  # (None or NaN)
        return f"在 {row.host} 内 (approximate: somewhere in it)" if row.host else "approximate"
    return f"约 ±{row.accuracy_m:,.0f} m (approximate)"


def port_props(row) -> dict:
    style = PORT_STYLES[row.kind]
    table = _table(
        [
            _row("类型 kind", style.label),
            _row("属于 part of", row.parent),
            _row("所在地 host", row.host),
            _row("河流 river", row.river),
            _row("位置 placed", _placed(row)),
            _row("提及 mentions", f"{row.mentions} ({row.documents} 篇)"),
            _row("线路 routes", row.routes),
        ]
    )
    return {
        "_popup": f"<b>{esc(row.name)}</b>{table}",
        "_tip": esc(row.name),
        "_search": row.name,
        "_html": icon(style),
    }


def river_props(row) -> dict:
    return {
        "_tip": esc(f"{row.name} {row.name_en}"),
        "_style": {"color": RIVER_STYLE.color, "weight": RIVER_STYLE.weight, "opacity": 0.9},
    }


# --------------------------------------------------------------------------- legend
def district_legend() -> list[str]:
    return [
        f'<span class="sw" style="background:{color}"></span>{esc(GROUP_LABELS[group])}'
        for group, color in GROUP_COLORS.items()
    ]


def context_legend() -> list[str]:
    return [f'<span class="sw" style="background:{CONTEXT_STYLE["fill"]}"></span>周边地区 context']


def pairing_legend() -> list[str]:
    rows = [
        f"{line_swatch(s.color, s.weight, s.dash)}{esc(s.label)}" for s in PAIRING_STYLES.values()
    ]
    return [*rows, "<small>线宽 = 证据句数 width = evidence</small>"]


def route_legend() -> list[str]:
    return [f"{line_swatch(s.color, s.weight, s.dash)}{esc(s.label)}" for s in MODE_STYLES.values()]


def river_legend() -> list[str]:
    return [f"{line_swatch(RIVER_STYLE.color, RIVER_STYLE.weight, None)}{esc(RIVER_STYLE.label)}"]


def port_legend() -> list[str]:
    return [f"{icon(s)}{esc(s.label)}" for s in PORT_STYLES.values()]


def zone_legend() -> list[str]:
    return [f"{icon(ZONE_STYLE)}{esc(ZONE_STYLE.label)}"]
