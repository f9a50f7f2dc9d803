"""Records to layers: the extraction records of many documents, joined to the geodata.

:func:`build_layers` takes the :class:`~cqmap.geo.summary.Summary` of the document records
of :mod:`cqmap.geo.extract` (or the records, which it summarises first) and returns a
:class:`Layers`: one GeoDataFrame in EPSG:4326 per layer of
:data:`cqmap.layers.registry.LAYERS`, made by that layer's builder (:mod:`cqmap.layers.builders`),
in the registry's order, plus what is not drawn and why, and the summary (the documents,
and the evidence the maps quote).

Every feature keeps its provenance: document ids and the quoted evidence sentences.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import geopandas as gpd

from cqmap.geo.gazetteer import Gazetteer, gazetteer
from cqmap.geo.io import build_date
from cqmap.geo.summary import Summary
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
    """The map's layers, one GeoDataFrame each, plus the summary of the documents they
    came from.

    ``frames`` holds the layers by name, in the order of :data:`cqmap.layers.registry.LAYERS`;
    each is also an attribute (``layers.districts``). ``corpus`` is the
    :class:`~cqmap.geo.summary.Summary` they were built from: the documents and the
    evidence sentences the maps quote.
    """

    frames: dict[str, gpd.GeoDataFrame]
    corpus: Summary = field(default_factory=Summary, repr=False)
    not_drawn: list[NotDrawn] = field(default_factory=list)

    @property
    def documents(self) -> list[dict]:
        """The documents listed (``id``, ``title``, ``date``, ``outlet``, ``path``): the
        first :data:`cqmap.geo.summary.DOCUMENTS_LISTED`, in order."""
        return self.corpus.documents

    @property
    def document_count(self) -> int:
        """The number of documents the layers were built from."""
        return self.corpus.document_count

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
        return build_date([self.corpus.newest_day])

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
            "documents": self.document_count,
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


def build_layers(summary: Summary | Iterable[dict], *, gaz: Gazetteer | None = None) -> Layers:
    """Join the summary of the extraction records to the geodata, as GeoDataFrames.

    Every layer of :data:`cqmap.layers.registry.LAYERS` is made by its builder, in the
    registry's order, from the summary only: the memory it takes does not grow with the
    number of documents.

    Parameters
    ----------
    summary : Summary or iterable of dict
        The :class:`~cqmap.geo.summary.Summary` of the document records, or the records
        themselves as produced by :func:`cqmap.geo.extract.extract_bytes` (in the order
        they should be cited), summarised first (:meth:`Summary.from_records`).
    gaz : Gazetteer, optional
        The gazetteer (default: :func:`cqmap.geo.gazetteer.gazetteer`).
    """
    if not isinstance(summary, Summary):
        summary = Summary.from_records(summary)
    gaz = gaz or gazetteer()
    gaz.facilities(summary.derived)  # (named by the texts, not in the table)
    inputs = LayerInputs(summary, gaz)
    frames = {spec.name: spec.builder(inputs) for spec in registry.LAYERS}
    return Layers(frames=frames, corpus=summary, not_drawn=not_drawn(inputs, frames))
