"""Committed derived data and the module that rebuilds it (``python -m cqmap.geo.data.build``)."""

from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files(__name__)))
