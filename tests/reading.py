"""What the extractor read, in the shapes the extraction tests compare: one route of a
record by its fields, the routes of a text as tuples, and the gazetteer's place names (to
check that a name read is one it knows). Shared by tests/test_extract.py, test_places.py,
test_routes.py, test_route_ends.py and test_route_legs.py."""

from __future__ import annotations

from cqmap.geo.extract import extract_text


def _known() -> set[str]:
    from cqmap.geo.gazetteer import gazetteer

    return set(gazetteer().places)


def route(record: dict, **want) -> dict:
    for r in record["routes"]:
        if all(r[k] == v for k, v in want.items()):
            return r
    raise AssertionError(
        f"no route {want} in {[(r['name'], r['origin']) for r in record['routes']]}"
    )


def _routes(text: str) -> list[tuple]:
    return sorted(
        (r["origin"], r["destinations"], r["via"], r["mode"]) for r in extract_text(text)["routes"]
    )
