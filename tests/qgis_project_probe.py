"""Open a QGIS project in real PyQGIS and print what QGIS sees, as JSON on stdout.

Run with the system Python that has PyQGIS (Debian ``python3-qgis``)::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_project_probe.py
        [--png OUT.png] PROJECT

PROJECT is a ``.qgz``/``.qgs`` file or a project stored in a GeoPackage
(``geopackage:/path/cqmap.gpkg?projectName=cqmap``). The report gives whether
``QgsProject.read`` succeeded, the project CRS, its default view extent and the extent
the main map canvas of QGIS opens on (``theMapCanvas``, as QGIS Desktop reads it), both in
EPSG:4326, and for every layer of the layers panel, top first: id, name,
type, provider, source (absolute, as QGIS resolved it), validity, visibility, feature
count, renderer type, and whether labels are on, with which field and placement.

With ``--png``, the project is rendered on its default view extent (the visible layers
in panel order, less raster layers: map tiles need a network) into OUT.png, and the
report gives the share of pixels that are not the background, the number of distinct
colours, and every label QGIS placed (layer id, text, label rectangle) together with the
feature it labels (its point, for point layers), all in the project CRS.

Tests call this as a subprocess (PyQGIS cannot be imported into a virtualenv).
"""

import json
import os
import sys

import qgis_env  # noqa: F401,E402  (offscreen Qt, before anything imports it)

BACKGROUND = (255, 255, 255)
PNG_SIZE = (1200, 900)


def _rect(r):
    return [r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum()]


def describe_layer(node, project):
    from qgis.core import QgsMapLayerType, QgsPalLayerSettings

    layer = node.layer()
    entry = {"id": node.layerId(), "name": node.name(), "visible": node.isVisible()}
    if layer is None:
        entry["valid"] = False
        return entry
    entry.update(
        {
            "valid": layer.isValid(),
            "type": "vector" if layer.type() == QgsMapLayerType.VectorLayer else "raster",
            "provider": layer.providerType(),
            "source": layer.source(),
            "crs": layer.crs().authid(),
            "opacity": layer.opacity(),
        }
    )
    if layer.type() == QgsMapLayerType.VectorLayer:
        renderer = layer.renderer()
        entry["feature_count"] = layer.featureCount()
        entry["renderer"] = renderer.type() if renderer else None
        entry["labels_enabled"] = layer.labelsEnabled()
        labeling = layer.labeling()
        if labeling is not None and labeling.type() == "simple":
            settings = labeling.settings()
            entry["label_field"] = settings.fieldName
            entry["label_placement"] = int(settings.placement)
            entry["label_over_point"] = settings.placement == QgsPalLayerSettings.OverPoint
    else:
        entry["renderer"] = layer.renderer().type() if layer.renderer() else None
    return entry


def render(project, png):
    """Render the visible vector layers on the default view; report pixels and labels."""
    from qgis.core import (
        QgsCoordinateTransform,
        QgsMapLayerType,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    root = project.layerTreeRoot()
    layers = [
        node.layer()
        for node in root.findLayers()
        if node.isVisible()
        and node.layer() is not None
        and node.layer().type() == QgsMapLayerType.VectorLayer
    ]
    settings = QgsMapSettings()
    settings.setDestinationCrs(project.crs())
    settings.setTransformContext(project.transformContext())
    settings.setLayers(layers)  # (top first, as in the panel)
    settings.setExtent(project.viewSettings().defaultViewExtent())
    settings.setOutputSize(QSize(*PNG_SIZE))
    settings.setBackgroundColor(QColor(*BACKGROUND))
    settings.setFlag(settings.DrawLabeling, True)
    settings.setLabelingEngineSettings(project.labelingEngineSettings())
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    results = job.takeLabelingResults()
    width, height = image.width(), image.height()
    colours = set()
    drawn = 0
    for y in range(0, height, 2):
        for x in range(0, width, 2):
            rgb = image.pixelColor(x, y).getRgb()[:3]
            colours.add(rgb)
            drawn += rgb != BACKGROUND
    by_id = {layer.id(): layer for layer in layers}
    labels = []
    for position in results.allLabels() if results else []:
        layer = by_id.get(position.layerID)
        entry = {
            "layer": position.layerID,
            "text": position.labelText,
            "rect": _rect(position.labelRect),
            "unplaced": position.isUnplaced,
        }
        if layer is not None and layer.geometryType() == QgsWkbTypes.PointGeometry:
            transform = QgsCoordinateTransform(layer.crs(), project.crs(), project)
            point = layer.getFeature(position.featureId).geometry().asPoint()
            point = transform.transform(point)
            entry["point"] = [point.x(), point.y()]
        labels.append(entry)
    saved = image.save(png, "png")
    map_units_per_pixel = settings.mapUnitsPerPixel()
    del job
    return {
        "path": png,
        "saved": saved,
        "size": [width, height],
        "drawn_share": drawn / ((width // 2) * (height // 2)),
        "colours": len(colours),
        "map_units_per_pixel": map_units_per_pixel,
        "extent": _rect(settings.visibleExtent()),
        "labels": labels,
    }


def main(argv):
    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
    )

    png = None
    uris = []
    it = iter(argv)
    for a in it:
        if a == "--png":
            png = next(it)
        else:
            uris.append(a)
    if len(uris) != 1:
        sys.exit(f"one project expected\n{__doc__}")

    from qgis.gui import QgsMapCanvas

    app = QgsApplication([], True)  # (with widgets: the canvas; offscreen, no display)
    app.initQgis()
    canvas = QgsMapCanvas()
    canvas.setObjectName("theMapCanvas")  # reads its extent when a project is read
    project = QgsProject.instance()
    report = {"qgis": Qgis.QGIS_VERSION, "uri": uris[0], "read": project.read(uris[0])}
    report["error"] = project.error()
    report["crs"] = project.crs().authid()
    report["title"] = project.title()
    view = project.viewSettings().defaultViewExtent()
    report["extent"] = _rect(view)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs84 = QgsCoordinateTransform(project.crs(), wgs84, project)
    report["extent_wgs84"] = _rect(to_wgs84.transformBoundingBox(view))
    report["canvas_extent_wgs84"] = _rect(to_wgs84.transformBoundingBox(canvas.extent()))
    root = project.layerTreeRoot()
    report["custom_order"] = root.hasCustomLayerOrder()
    report["label_engine"] = int(project.labelingEngineSettings().placementVersion())
    report["layers"] = [describe_layer(node, project) for node in root.findLayers()]
    report["render_order"] = [layer.id() for layer in root.layerOrder()]
    if png:
        report["png"] = render(project, png)

    print(json.dumps(report, ensure_ascii=False))
    sys.stdout.flush()
    # PyQGIS segfaults if layers outlive exitQgis(): drop every reference first, then
    # leave without running late destructors.
    project.clear()
    del canvas
    import gc

    gc.collect()
    app.exitQgis()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
