"""Load layers in real PyQGIS and print what QGIS sees, as JSON on stdout.

Run with the system Python that has PyQGIS (Debian ``python3-qgis``)::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_probe.py [--png OUT.png]
        [--extent MINX,MINY,MAXX,MAXY] URI [URI ...]

A URI is ``file.geojson``, ``file.gpkg|layername=x`` or ``file.gpkg`` (every layer).
For each layer: validity, provider, CRS, feature count, geometry type, fields, the
values of the ``name`` field, how many geometries are invalid, and the renderer QGIS
applied (type, classification attribute, categories, symbol sizes), whether labels
are on and with which field, and whether a style was found in the data source
(GeoPackage ``layer_styles``) or in a ``.qml`` beside the file. With ``--png``, all
layers are rendered into one image.

Tests call this as a subprocess (PyQGIS cannot be imported into a virtualenv).
"""

import json
import os
import sys

import qgis_env  # noqa: F401,E402  (offscreen Qt, before anything imports it)


def describe_renderer(layer):
    renderer = layer.renderer()
    out = {"type": renderer.type() if renderer else None}
    if renderer is None:
        return out
    if renderer.type() == "categorizedSymbol":
        out["attribute"] = renderer.classAttribute()
        out["categories"] = [
            {
                "value": c.value(),
                "label": c.label(),
                "color": c.symbol().color().name() if c.symbol() else None,
            }
            for c in renderer.categories()
        ]
    elif renderer.type() == "graduatedSymbol":
        out["attribute"] = renderer.classAttribute()
    symbols = renderer.symbols(_context())
    out["symbols"] = len(symbols)
    out["symbol_layers"] = sorted(
        {sl.layerType() for s in symbols for sl in (s.symbolLayers() if s else [])}
    )
    # data-defined width (e.g. arcs by evidence count)
    defined = []
    for s in symbols:
        for sl in s.symbolLayers() if s else []:
            props = sl.dataDefinedProperties()
            for key in props.propertyKeys():
                prop = props.property(key)
                if prop.isActive():
                    defined.append(prop.expressionString() or prop.field())
    out["data_defined"] = sorted(set(defined))
    return out


_CTX = None


def _context():
    global _CTX
    from qgis.core import QgsRenderContext

    if _CTX is None:
        _CTX = QgsRenderContext()
    return _CTX


def main(argv):
    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsCoordinateTransform,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsProject,
        QgsRectangle,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    png = None
    extent_arg = None
    uris = []
    it = iter(argv)
    for a in it:
        if a == "--png":
            png = next(it)
        elif a == "--extent":
            extent_arg = [float(v) for v in next(it).split(",")]
        else:
            uris.append(a)

    app = QgsApplication([], False)
    app.initQgis()
    report = {"qgis": Qgis.QGIS_VERSION, "layers": []}
    layers = []
    expanded = []
    for uri in uris:
        path = uri.split("|")[0]
        if path.endswith(".gpkg") and "|" not in uri:
            probe = QgsVectorLayer(path, "probe", "ogr")
            sep = getattr(QgsVectorLayer, "SublayerSeparator", "!!::!!")
            subs = probe.dataProvider().subLayers() if probe.isValid() else []
            names = [s.split(sep)[1] for s in subs]
            expanded += [f"{path}|layername={n}" for n in names if n != "layer_styles"]
            del probe
        else:
            expanded.append(uri)

    for uri in expanded:
        name = uri.split("layername=")[-1] if "layername=" in uri else os.path.basename(uri)
        layer = QgsVectorLayer(uri, name, "ogr")
        entry = {"uri": uri, "valid": layer.isValid()}
        report["layers"].append(entry)
        if not layer.isValid():
            continue
        # What QGIS does when a user adds the layer: apply the default style, which is
        # the one stored in the data source (GeoPackage layer_styles) or a .qml beside it.
        message, style_loaded = layer.loadDefaultStyle()
        entry["style_loaded"] = bool(style_loaded)
        entry["style_message"] = message
        fields = [f.name() for f in layer.fields()]
        names = []
        invalid = 0
        null = 0
        for feature in layer.getFeatures():
            g = feature.geometry()
            if g is None or g.isNull() or g.isEmpty():
                null += 1
            elif not g.isGeosValid():
                invalid += 1
            if "name" in fields:
                names.append(feature["name"])
        labeling = layer.labeling()
        label_field = None
        if labeling is not None and layer.labelsEnabled():
            try:
                label_field = labeling.settings().fieldName
            except Exception:  # rule-based labeling has no single settings object
                label_field = "rule-based"
        entry.update(
            {
                "provider": layer.dataProvider().name(),
                "crs": layer.crs().authid(),
                "feature_count": layer.featureCount(),
                "geometry": QgsWkbTypes.geometryDisplayString(layer.geometryType()),
                "fields": fields,
                "names": names,
                "invalid_geometries": invalid,
                "null_geometries": null,
                "renderer": describe_renderer(layer),
                "labels": label_field,
                "encoding": layer.dataProvider().encoding(),
            }
        )
        layers.append(layer)

    if png and layers:
        settings = QgsMapSettings()
        dest = layers[0].crs()
        settings.setDestinationCrs(dest)
        extent = QgsRectangle()
        extent.setMinimal()
        for layer in layers:
            tr = QgsCoordinateTransform(layer.crs(), dest, QgsProject.instance())
            extent.combineExtentWith(tr.transformBoundingBox(layer.extent()))
        extent.scale(1.05)
        if extent_arg:
            extent = QgsRectangle(*extent_arg)
        order = sorted(layers, key=lambda lyr: int(lyr.geometryType()))  # points on top
        settings.setLayers(order)
        settings.setExtent(extent)
        settings.setOutputSize(QSize(1400, 1000))
        settings.setBackgroundColor(QColor(255, 255, 255))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        report["png"] = {"path": png, "saved": job.renderedImage().save(png, "png")}
        del job, settings

    print(json.dumps(report, ensure_ascii=False))
    sys.stdout.flush()
    # PyQGIS segfaults if layers outlive exitQgis(): drop every reference first, then
    # leave without running late destructors.
    layers.clear()
    layer = None  # noqa: F841
    import gc

    gc.collect()
    app.exitQgis()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
