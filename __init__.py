"""cqmap: map Chongqing's 一区两群 regional coordination from news text.

The public Python API. The command line (``cqmap``) is built on the same functions::

    import cqmap

    record = cqmap.extract_file("article.html")          # one document's records
    record = cqmap.extract_text("万州区与两江新区……", doc_id="a1")
    layers = cqmap.build_layers([record])                 # GeoDataFrames in EPSG:4326
    cqmap.build_site(layers, "out")                       # layers, maps, index.html

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
    "build_layers": "cqmap.layers.model",
    "Layers": "cqmap.layers.model",
    "build_site": "cqmap.layers.site",
    "CqmapError": "cqmap.geo.errors",
    "InputError": "cqmap.geo.errors",
    "DocumentError": "cqmap.geo.errors",
    "OutputError": "cqmap.geo.errors",
    "UnknownPlaceError": "cqmap.geo.errors",
}

__all__ = sorted(_API)


def __getattr__(name: str):
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'cqmap' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
