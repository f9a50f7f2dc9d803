"""Open a QGIS project in real PyQGIS and report its time: as JSON on stdout.

Run with the system Python that has PyQGIS (Debian ``python3-qgis``)::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_temporal_probe.py PROJECT LAYER_ID
        [DATE_OR_ALL SUBSET] ...

The report gives the project's time range (``time_range``: ISO start and end, or null)
and, for every vector layer, its temporal properties as QGIS read them (``active``,
``mode``, ``start_field``, ``accumulate``). Each pair of arguments after ``LAYER_ID`` is a
render of that layer alone on the project's default view: at the date ``DATE_OR_ALL``
(``YYYY-MM-DD``: a temporal render of that day, as the temporal controller draws it;
``all``: no temporal range), with the feature filter ``SUBSET`` (a QGIS expression, or
``-`` for none). Each render reports the number of pixels drawn and a digest of which
pixels they are (``mask``), so that two renders can be compared.
"""

import hashlib
import json
import os
import sys

import qgis_env  # noqa: F401,E402  (offscreen Qt, before anything imports it)

SIZE = (800, 600)


def render(project, layer, day, subset):
    from qgis.core import QgsDateTimeRange, QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QDate, QDateTime, QSize, Qt, QTime
    from qgis.PyQt.QtGui import QColor

    layer.setSubsetString("" if subset == "-" else subset)
    settings = QgsMapSettings()
    settings.setDestinationCrs(project.crs())
    settings.setTransformContext(project.transformContext())
    settings.setLayers([layer])
    settings.setExtent(project.viewSettings().defaultViewExtent())
    settings.setOutputSize(QSize(*SIZE))
    settings.setBackgroundColor(QColor(255, 255, 255, 0))
    if day != "all":
        start = QDateTime(QDate.fromString(day, Qt.ISODate), QTime(0, 0), Qt.UTC)
        settings.setIsTemporal(True)
        settings.setTemporalRange(QgsDateTimeRange(start, start.addDays(1), True, False))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    mask = bytearray()
    drawn = 0
    for y in range(image.height()):
        for x in range(image.width()):
            hit = image.pixelColor(x, y).alpha() > 0
            mask.append(hit)
            drawn += hit
    layer.setSubsetString("")
    return {"at": day, "subset": subset, "drawn": drawn, "mask": hashlib.sha1(mask).hexdigest()}


def main(argv):
    from qgis.core import QgsApplication, QgsMapLayerType, QgsProject

    uri, layer_id, *renders = argv
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    report = {"read": project.read(uri), "error": project.error()}
    span = project.timeSettings().temporalRange()
    report["time_range"] = (
        [span.begin().date().toString("yyyy-MM-dd"), span.end().date().toString("yyyy-MM-dd")]
        if span.begin().isValid()
        else None
    )
    report["layers"] = {}
    for layer in project.mapLayers().values():
        if layer.type() != QgsMapLayerType.VectorLayer:
            continue
        props = layer.temporalProperties()
        report["layers"][layer.id()] = {
            "active": props.isActive(),
            "mode": int(props.mode()),
            "start_field": props.startField(),
            "accumulate": props.accumulateFeatures(),
            "fields": {f.name(): f.typeName() for f in layer.fields()},
        }
    layer = project.mapLayer(layer_id)
    report["renders"] = [
        render(project, layer, day, subset) for day, subset in zip(renders[::2], renders[1::2])
    ]
    print(json.dumps(report, ensure_ascii=False))
    sys.stdout.flush()
    del layer
    project.clear()
    app.exitQgis()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
