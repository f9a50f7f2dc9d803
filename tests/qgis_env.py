"""The environment the PyQGIS probes run in: offscreen Qt, and a runtime folder of its own.

Imported first by ``qgis_probe.py``, ``qgis_project_probe.py`` and
``qgis_temporal_probe.py`` (run as scripts with the system Python, their folder on
``sys.path``), before anything imports Qt.
"""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "XDG_RUNTIME_DIR" not in os.environ:  # silences a Qt warning
    _rt = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
    os.makedirs(_rt, mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = _rt
