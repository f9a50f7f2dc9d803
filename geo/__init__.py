"""Geographic knowledge and geoparsing for Chongqing's 一区两群.

The gazetteer (districts, functional zones, context places, ports), the committed
boundary data, datum conversion (WGS84 <-> GCJ-02), text cleaning and the extraction
of regions, pairings, ports and freight routes from news text.

``geo`` knows nothing of ``layers`` or ``cli``; they build on it.
"""

__version__ = "0.1.0"
