"""Records to GeoDataFrames, joins, exports (GeoJSON, GeoPackage, QML) and Folium maps."""
