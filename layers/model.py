"""Records to layers: the extraction records of many documents, joined to the geodata.

:func:`build_layers` takes the document records of :mod:`cqmap.geo.extract` and returns a
:class:`Layers`: one GeoDataFrame in EPSG:4326 per layer of
:data:`cqmap.layers.registry.LAYERS`, made by that layer's builder (:mod:`cqmap.layers.builders`),
in the registry's order, plus the documents, what is not drawn and why, and the records.

Every record keeps its provenance: document ids and the quoted evidence sentences.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import geopandas as gpd

from cqmap.geo.gazetteer import Gazetteer, gazetteer
from cqmap.geo.io import build_date
from cqmap.layers import registry
from cqmap.layers.builders import LayerInputs, NotDrawn, document_year_date, iso_date, not_drawn
from cqmap.layers.registry import LAYER_NAMES

__all__ = [
    "Layers",
    "LAYER_NAMES",
    "NotDrawn",
    "build_layers",
    "document_year_date",
    "iso_date",
]


@dataclass
class Layers:
    """The map's layers, one GeoDataFrame each, plus the documents they came from.

    ``frames`` holds the layers by name, in the order of :data:`cqmap.layers.registry.LAYERS`;
    each is also an attribute (``layers.districts``).
    """

    frames: dict[str, gpd.GeoDataFrame]
    documents: list[dict] = field(default_factory=list)
    not_drawn: list[NotDrawn] = field(default_factory=list)
    records: list[dict] = field(default_factory=list, repr=False)

    def __getattr__(self, name: str) -> gpd.GeoDataFrame:
        try:
            return self.__dict__["frames"][name]
        except KeyError:
            raise AttributeError(name) from None

    def items(self) -> Iterable[tuple[str, gpd.GeoDataFrame]]:
        yield from self.frames.items()

    def replace(self, **frames: gpd.GeoDataFrame) -> Layers:
        """A copy with the layers ``frames`` (by name) in place of these ones."""
        unknown = set(frames) - set(self.frames)
        if unknown:
            raise ValueError(f"no layer {sorted(unknown)[0]!r}")
        return dataclasses.replace(self, frames={**self.frames, **frames})

    @property
    def date(self):
        """The date the outputs are stamped with (:func:`cqmap.geo.io.build_date`), or ``None``."""
        return build_date(d.get("date") for d in self.documents)

    def summary(self) -> dict[str, int]:
        """Counts for the index page, each of what the maps and its tables show.

        ``pairings`` and ``reference pairings`` are the arcs of the overview's two
        pairing layers, ``pair maps`` the pairs with a map of their own (their union),
        ``ports`` and ``routes`` the features of those layers; the ``… not drawn`` counts
        are the entries of :attr:`not_drawn` of each kind.
        """
        pairs = self.pairings
        named = int((self.districts["mentions"] > 0).sum() + (self.zones["mentions"] > 0).sum())
        missing = Counter(entry.kind for entry in self.not_drawn)
        return {
            "documents": len(self.documents),
            "districts and zones named": named,
            "pairings": int(pairs["extracted"].sum()) if len(pairs) else 0,
            "reference pairings": int(pairs["reference"].sum()) if len(pairs) else 0,
            "pair maps": len(pairs),
            "ports": len(self.ports),
            "routes": len(self.routes),
            "routes not drawn": missing["route"],
            "corridors not drawn": missing["corridor"],
            "places not drawn": missing["place"],
        }


def build_layers(records: Sequence[dict], *, gaz: Gazetteer | None = None) -> Layers:
    """Join the extraction records of ``records`` to the geodata, as GeoDataFrames.

    Every layer of :data:`cqmap.layers.registry.LAYERS` is made by its builder, in the
    registry's order.

    Parameters
    ----------
    records : sequence of dict
        Document records as produced by :func:`cqmap.geo.extract.extract_bytes` (in the order
        they should be cited).
    gaz : Gazetteer, optional
        The gazetteer (default: :func:`cqmap.geo.gazetteer.gazetteer`).
    """
    gaz = gaz or gazetteer()
    for r in records:  # (the facilities the texts named that the table does not have)
        for entry in r["ports"]:
            if entry.get("derived"):
                gaz.facility(
                    entry["name"],
                    entry["kind"],
                    parent=entry["parent"],
                    host=entry["host"] if not entry["parent"] else None,
                )
    documents = [{k: r.get(k) for k in ("id", "title", "date", "outlet", "path")} for r in records]
    inputs = LayerInputs(records, gaz)
    frames = {spec.name: spec.builder(inputs) for spec in registry.LAYERS}
    return Layers(
        frames=frames,
        documents=documents,
        not_drawn=not_drawn(inputs, frames),
        records=list(records),
    )
