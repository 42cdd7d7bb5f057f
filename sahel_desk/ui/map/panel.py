"""The map: Mali's regions or cercles as a choropleth of incident counts, or the incidents as
points sized by fatalities and coloured by event type or actor 1, for the current query.

The numbers come from ``store.reports`` in a worker (``ctx.tasks``, key "map": a newer query
supersedes an older one); the panel keeps one PlotWidget and its items for its whole life and
only replaces their data, which is what lets pyqtgraph redraw 100,000 points in a blink.
Clicking a shape emits ``sig_drill`` with the query narrowed to it, clicking an incident's
point ``sig_open``; the main window decides what to do with them. To look at it alone:
``scripts/screenshot.py --db DB --tab map``.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain.query import IncidentQuery, within_places
from sahel_desk.reference import boundaries
from sahel_desk.reference.boundaries import Shape
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.map import layers
from sahel_desk.ui.map.data import CHOROPLETH_MODES, MODES, MapData, fetch
from sahel_desk.ui.map.layers import PointLayers
from sahel_desk.ui.map.legend import MapLegend
from sahel_desk.ui.map.points import PointCloud

# Degrees of longitude are shorter than degrees of latitude: at Mali's middle latitude (17°N)
# by cos(17°). Locking the view to that ratio keeps the country's shape true.
ASPECT = math.cos(math.radians(17.0))
Z_FILL, Z_OUTLINE, Z_POINTS, Z_HIGHLIGHT, Z_LABELS = 0, 1, 5, 8, 10
POINT_RADIUS = 6.0  # screen pixels within which the pointer is "on" an incident


def _path(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # a cercle's hole (Bamako in Kati) stays open
    for ring in shape.rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


class MapPanel(QWidget):
    sig_drill = Signal(object)  # IncidentQuery narrowed to the clicked region or cercle
    sig_open = Signal(int)  # the incident of the point clicked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = IncidentQuery()
        self.mode = "admin1"
        self.data: MapData | None = None

        self.mode_box = QComboBox()
        for mode, text in (
            ("admin1", self.tr("Incidents per region")),
            ("admin2", self.tr("Incidents per cercle")),
            ("event_type", self.tr("Incidents by event type")),
            ("actor1", self.tr("Incidents by actor 1")),
        ):
            self.mode_box.addItem(text, mode)
        self.whole = QPushButton(self.tr("Whole country"))
        self.whole.setToolTip(self.tr("Zoom back out to all of Mali (wheel to zoom, drag to pan)"))
        self.not_drawn = QLabel()  # what the map leaves out, said at once
        self.not_drawn.setWordWrap(True)
        self.hover = QLabel(self._hint())
        self.hover.setWordWrap(True)  # a long place name or French words: a second line

        self.plot = pg.PlotWidget()
        self.view = self.plot.getViewBox()
        self.view.setAspectLocked(True, ratio=ASPECT)
        self.plot.setMenuEnabled(False)  # pyqtgraph's menu is English-only
        self.plot.hideButtons()
        self.plot.setLabel("bottom", self.tr("Longitude (°)"))
        self.plot.setLabel("left", self.tr("Latitude (°)"))
        # whole degrees crowd the axis in the side pane: every 2° of longitude, 5° of latitude
        self.plot.getAxis("bottom").setTickSpacing(2, 1)
        self.plot.getAxis("left").setTickSpacing(5, 1)
        self.plot.setMinimumSize(240, 220)  # the legend goes under it in a narrow pane
        self._apply_palette()

        # Items made once, reused by every reload (only their data and brushes change).
        self._shapes: dict[str, list[tuple[Shape, QGraphicsPathItem]]] = {}
        for level in CHOROPLETH_MODES:
            self._shapes[level] = []
            for shape in boundaries.map_shapes(level):
                item = QGraphicsPathItem(_path(shape))
                item.setZValue(Z_FILL if level == "admin2" else Z_OUTLINE)
                self.plot.addItem(item)
                self._shapes[level].append((shape, item))
        self._highlight = QGraphicsPathItem()
        self._highlight.setZValue(Z_HIGHLIGHT)
        self.plot.addItem(self._highlight)
        self.points = PointCloud()
        self.points.setZValue(Z_POINTS)
        self.plot.addItem(self.points)
        self._labels: dict[str, pg.TextItem] = {}
        for shape in boundaries.map_shapes("admin1"):
            label = pg.TextItem(anchor=(0.5, 0.5))
            label.setPos(*boundaries.label_point(shape.name))
            label.setZValue(Z_LABELS)
            self.plot.addItem(label)
            self._labels[shape.name] = label
        self.legend = MapLegend()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.mode_box)
        bar.addWidget(self.whole)
        bar.addStretch(1)
        self.middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # legend under, if narrow
        self.middle.addWidget(self.plot, 1)
        self.middle.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.not_drawn)  # a row of its own: beside the buttons it took
        layout.addLayout(self.middle, 1)  # six lines in a narrow pane
        layout.addWidget(self.hover)

        self.mode_box.currentIndexChanged.connect(self.on_mode_changed)
        self.whole.clicked.connect(self.show_whole_country)
        self.plot.scene().sigMouseMoved.connect(self.on_mouse_moved)
        self.view.sigRangeChanged.connect(lambda *_: self._declutter())
        self.plot.scene().sigMouseClicked.connect(self.on_mouse_clicked)
        self._style_shapes()
        self.show_whole_country()

    # --- Colours from the palette ---------------------------------------------------------

    def _apply_palette(self) -> None:
        palette = self.palette()
        self._base = palette.color(QPalette.ColorRole.Base)
        self._text = palette.color(QPalette.ColorRole.Text)
        # "No incidents" and the land under points: a step from the background toward the text.
        self._neutral = self._mix(self._base, self._text, 0.12)
        self.plot.setBackground(self._base)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(self._text)
            axis.setTextPen(self._text)

    @staticmethod
    def _mix(a: QColor, b: QColor, t: float) -> QColor:
        return QColor(
            round(a.red() + (b.red() - a.red()) * t),
            round(a.green() + (b.green() - a.green()) * t),
            round(a.blue() + (b.blue() - a.blue()) * t),
        )

    def _pen(self, width: float, alpha: int, colour: QColor | None = None) -> QPen:
        colour = QColor(colour or self._text)
        colour.setAlpha(alpha)
        pen = QPen(colour, width)
        pen.setCosmetic(True)  # in screen pixels whatever the zoom
        return pen

    # --- Public --------------------------------------------------------------------------

    def set_query(self, query: IncidentQuery) -> None:
        """Show ``query``'s incidents; the data is fetched off the GUI thread."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        store, mode, query = self.ctx.store, self.mode, self.query
        self.ctx.tasks.run(
            lambda: fetch(store, mode, query), self._on_loaded, self._on_failed, key="map"
        )

    def set_mode(self, mode: str) -> None:
        """ "admin1", "admin2" (choropleths), "event_type" or "actor1" (points)."""
        if mode not in MODES:
            raise ValueError(f"unknown map mode {mode!r}: use one of {', '.join(MODES)}")
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))  # reloads when it changes

    def show_whole_country(self) -> None:
        x0, y0, x1, y1 = self._bounds()
        self.view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)

    @property
    def shown_mode(self) -> str:
        """The mode of what is on screen (a new mode shows once its data has arrived)."""
        return self.data.mode if self.data is not None else self.mode

    def shape_at(self, lon: float, lat: float) -> Shape | None:
        """The region (or cercle, in the cercle mode) under a point of the map."""
        level = "admin2" if self.shown_mode == "admin2" else "admin1"
        return boundaries.shape_at(boundaries.map_shapes(level), lon, lat)

    def describe_at(self, lon: float, lat: float) -> str:
        """What hovering there says: the place and its count ("" outside Mali)."""
        shape = self.shape_at(lon, lat)
        if shape is None or self.data is None:
            return ""
        count = self.data.shown.tally.counts.get(shape.name, 0)
        text = self.tr("{place}: {count}").format(place=shape.name, count=self._incidents(count))
        if self.shown_mode == "admin2":
            text += " · " + self.tr("region of {region}").format(region=shape.region)
        folded = [
            (region, n)
            for region, (host, n) in self.data.regions.tally.folded.items()
            if host == shape.name and self.shown_mode != "admin2" and n
        ]
        for region, n in folded:
            text += " " + self.tr("(of which {region}: {count})").format(
                region=region, count=self.legend.number(n)
            )
        return text

    def point_at(self, lon: float, lat: float) -> int | None:
        """The index (in data.points) of the incident drawn under (lon, lat), in points mode."""
        points = self.data.points if self.data is not None else None
        if points is None or not self.points.isVisible():
            return None
        per_px = self.view.viewPixelSize()
        return points.nearest(lon, lat, (per_px[0] or 1e-9, per_px[1] or 1e-9), POINT_RADIUS)

    def describe_point(self, k: int) -> str:
        """ "Battles · 12 fatalities · incident 4031 (click to open it)" """
        points = self.data.points  # type: ignore[union-attr]
        layer = points.layer_of(k)
        if layer.key == layers.OTHER:
            what = (
                self.tr("another event type")
                if points.by == "event_type"
                else self.tr("another actor")
            )
        else:
            what = i18n.event_type_label(layer.key) if points.by == "event_type" else layer.key
        toll = points.fatalities[k]
        if toll != toll:  # NaN: unknown
            deaths = self.tr("fatalities unknown")
        else:
            deaths = fmt.deaths(int(toll), self.locale())
        return self.tr("{what} · {deaths} · incident {id} (click to open it)").format(
            what=what, deaths=deaths, id=int(points.ids[k])
        )

    def drill_at(self, lon: float, lat: float) -> IncidentQuery | None:
        """What a click there does: emits (and returns) the query narrowed to the region or
        cercle under the point, with every region the shape counts (Tombouctou brings
        Taoudénit); None outside Mali."""
        shape = self.shape_at(lon, lat)
        if shape is None:
            return None
        level = "admin2" if self.shown_mode == "admin2" else "admin1"
        names = boundaries.admin_names_of(level, shape.name)
        query = within_places(self.query, level, names, replace=True)
        self.sig_drill.emit(query)
        return query

    # --- Slots ---------------------------------------------------------------------------

    def on_mode_changed(self, _index: int) -> None:
        self.mode = self.mode_box.currentData()
        self._highlight.setPath(QPainterPath())
        self.reload()

    def on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self.view.mapSceneToView(scene_pos)
        shape = self.shape_at(point.x(), point.y())
        near = self.point_at(point.x(), point.y())
        text = (
            self.describe_point(near)
            if near is not None
            else self.describe_at(point.x(), point.y())
        )
        self.hover.setText(text or self._hint())
        self._highlight.setPath(_path(shape) if shape else QPainterPath())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def on_mouse_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        point = self.view.mapSceneToView(event.scenePos())
        near = self.point_at(point.x(), point.y())
        if near is not None:  # an incident under the pointer: open it
            self.sig_open.emit(int(self.data.points.ids[near]))  # type: ignore[union-attr]
            return
        self.drill_at(point.x(), point.y())

    def _on_loaded(self, data: MapData) -> None:
        self.data = data
        self._draw()

    def _on_failed(self, error: Exception) -> None:
        self.not_drawn.setText(self.tr("The map could not be loaded: {error}").format(error=error))

    # --- Drawing -------------------------------------------------------------------------

    def _bounds(self) -> tuple[float, float, float, float]:
        boxes = [shape.bbox for shape in boundaries.map_shapes("admin1")]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    def _style_shapes(self) -> None:
        """Fills and outlines for the mode (and for the data, in a choropleth)."""
        data = self.data
        mode = self.shown_mode
        fill_level = mode if mode in CHOROPLETH_MODES else "admin1"
        choropleth = None
        if data is not None:
            choropleth = data.cercles if mode == "admin2" else data.regions
        colours = layers.class_colours(choropleth.breaks) if choropleth else []
        for level, items in self._shapes.items():
            for shape, item in items:
                if level == "admin2" and mode != "admin2":
                    item.setVisible(False)
                    continue
                item.setVisible(True)
                if level != fill_level:  # the region outlines over the cercles
                    item.setBrush(QBrush(Qt.BrushStyle.NoBrush))
                    item.setPen(self._pen(2.0, 230, QColor(30, 30, 30)))
                    continue
                colour = self._neutral
                if mode in CHOROPLETH_MODES and choropleth is not None:
                    index = choropleth.colour_index(shape.name)
                    if index >= 0:
                        colour = QColor(colours[index])
                item.setBrush(QBrush(colour))
                # Borders between coloured fills: dark grey in any palette (a light theme's
                # text colour is fine on pale land, a dark theme's vanishes on pale yellow).
                border = QColor(60, 60, 60) if mode in CHOROPLETH_MODES else None
                item.setPen(self._pen(1.0, 150 if level == "admin2" else 220, border))
        self._highlight.setPen(self._pen(3.0, 255))

    def _draw(self) -> None:
        data = self.data
        if data is None:
            return
        self._style_shapes()
        self._draw_labels(data)
        self._draw_points(data.points)
        self.hover.setText(self._hint())
        self.not_drawn.setText(self.legend.show_data(data, self._neutral.name()))

    def _hint(self) -> str:
        if self.data is not None and self.data.mode == "admin2":
            return self.tr("Point at a cercle for its name and count; click to list its incidents.")
        return self.tr("Point at a region for its name and count; click to list its incidents.")

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        # Mali is about as tall as wide: in a pane taller than wide, a legend beside the map
        # takes a third of its width, and under it a sixth of its height
        below = self.width() < self.height() * 1.1
        self.middle.setDirection(
            QBoxLayout.Direction.TopToBottom if below else QBoxLayout.Direction.LeftToRight
        )
        self.legend.set_below(below)
        self._declutter()  # the labels' room changed with the map's
        # and again once the layout has given the map its new size (the legend moved)
        QTimer.singleShot(0, self, self._declutter)  # not after the panel is gone

    def _draw_labels(self, data: MapData) -> None:
        fill = QColor(self._base)
        fill.setAlpha(205)
        border = self._pen(1.0, 90)
        for name, label in self._labels.items():
            text = name
            if data.mode == "admin1":
                text += "\n" + self.legend.number(data.regions.tally.counts.get(name, 0))
            label.fill = QBrush(fill)
            label.border = border
            label.setColor(self._text)
            label.setText(text)
        self._declutter()

    def _declutter(self) -> None:
        """Hide a label that would overlap one already placed (busiest places first): small
        regions in the west crowd at the whole-country zoom; zooming in brings them back, and
        pointing at a region names it anyway."""
        data = self.data
        counts = data.regions.tally.counts if data is not None and data.mode == "admin1" else {}
        placed: list[QRectF] = []
        for name in sorted(self._labels, key=lambda n: (-counts.get(n, 0), n)):
            label = self._labels[name]
            label.show()
            label.updateTransform(force=True)  # measured where it will be drawn, not was
            rect = label.sceneBoundingRect()
            crowded = any(rect.intersects(other) for other in placed)
            label.setVisible(not crowded)
            if not crowded:
                placed.append(rect)

    def _draw_points(self, points: PointLayers | None) -> None:
        if points is None:
            self.points.clear()
            self.points.setVisible(False)
            return
        styles = []
        for colour, size, ring in points.styles():
            fill = QColor(colour)
            fill.setAlpha(0 if ring else 190)  # overlapping points add up to a darker patch
            styles.append((fill, size, QColor(colour) if ring else None))
        self.points.set_points(points.x, points.y, points.style, styles, self._pen(0.6, 140))
        self.points.setVisible(True)

    # --- Words ---------------------------------------------------------------------------

    def _incidents(self, n: int) -> str:
        return fmt.incidents(n, self.locale())
