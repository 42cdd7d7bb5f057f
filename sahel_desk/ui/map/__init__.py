"""The map feature: Mali's regions and cercles with the incidents of the current query.

Only this folder imports pyqtgraph (slow to import): the main window imports ``panel`` when
the map is first shown.
"""
