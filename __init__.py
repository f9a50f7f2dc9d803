"""cqmap: map Chongqing's 一区两群 regional coordination from news text.

The public Python API. The command line (``cqmap``) is built on the same functions::

    import cqmap

    record = cqmap.extract_file("article.html")          # one document's records
    record = cqmap.extract_text("万州区与两江新区……", doc_id="a1")
    summary = cqmap.Summary.from_records([record])        # mergeable: a.merge(b)
    doc = cqmap.Document.from_dict(record)                # typed, validated; .to_dict()
    layers = cqmap.build_layers(summary)                  # GeoDataFrames in EPSG:4326
    cqmap.build_site(layers, "out")                       # layers, maps, index.html

``cqmap.dask`` (with the ``[dask]`` extra) reads articles as a dask bag of records.

The packages below are the toolkit's parts: :mod:`cqmap.geo` (geographic knowledge and
text -> records), :mod:`cqmap.layers` (records -> GeoDataFrames, exports and maps) and
:mod:`cqmap.cli` (the command line). The names here are imported when first used, so
``import cqmap`` is quick and loads neither geopandas nor folium until a layer is built.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Each public name and the module that defines it.
_API = {
    "extract_file": "cqmap.geo.extract",
    "extract_text": "cqmap.geo.extract",
    "extract_bytes": "cqmap.geo.extract",
    "extract_paths": "cqmap.geo.extract",
    "expand_paths": "cqmap.geo.extract",
    "Summary": "cqmap.geo.summary",
    "build_layers": "cqmap.layers.model",
    "Layers": "cqmap.layers.model",
    "build_site": "cqmap.layers.site",
    "Document": "cqmap.geo.schema",
    "ErrorRecord": "cqmap.geo.schema",
    "read_records": "cqmap.geo.schema",
    "RecordSchemaError": "cqmap.geo.schema",
    "CqmapError": "cqmap.geo.errors",
    "InputError": "cqmap.geo.errors",
    "DocumentError": "cqmap.geo.errors",
    "OutputError": "cqmap.geo.errors",
    "UnknownPlaceError": "cqmap.geo.errors",
}

__all__ = sorted(_API)


def __getattr__(name: str):
    if name == "dask":  # (a module, not a name in one: cqmap.dask is cqmap.geo.dask)
        value = importlib.import_module("cqmap.geo.dask")
        globals()[name] = value
        return value
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'cqmap' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "dask"})
