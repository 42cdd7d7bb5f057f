"""PointCloud: many markers of a few styles, painted with one ``drawPixmapFragments`` call.

pyqtgraph's ScatterPlotItem looks up a style key for every point in Python whenever its data
is replaced (about 2 µs a point: 200 ms for 100,000, most of the map's budget). Here a point's
style is an index into a small atlas (one disc per colour and size), so replacing the data is
a few numpy copies and painting is one vectorised transform; the same fragment call pyqtgraph
itself uses (its PrimitiveArray helper: internal, so pyqtgraph is pinned in constraints.txt).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap


class PointCloud(pg.GraphicsObject):
    def __init__(self) -> None:
        super().__init__()
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._style = np.empty(0, dtype=np.intp)
        self._styles: list[tuple[QColor, float]] = []
        self._pen = QPen(Qt.PenStyle.NoPen)
        self._bounds = QRectF()
        self._atlas: QPixmap | None = None
        self._rects = np.empty((0, 4))
        self._dpr = 0.0
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def __len__(self) -> int:
        return len(self._x)

    def set_points(
        self,
        x: np.ndarray,
        y: np.ndarray,
        style: np.ndarray,
        styles: list[tuple[QColor, float, QColor | None]],
        pen: QPen,
    ) -> None:
        """Points at (x, y) in data coordinates, point k drawn as ``styles[style[k]]`` (fill,
        diameter in logical pixels, and a ring colour for a hollow mark, else None) outlined
        with ``pen``; drawn in array order."""
        if not len(x) == len(y) == len(style):
            raise ValueError("x, y and style must have the same length")
        self.prepareGeometryChange()
        self._x, self._y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self._style = np.asarray(style, dtype=np.intp)
        self._styles, self._pen = list(styles), QPen(pen)
        self._atlas = None
        if len(self._x):
            x0, x1 = float(self._x.min()), float(self._x.max())
            y0, y1 = float(self._y.min()), float(self._y.max())
            pad = 0.5  # degrees: room for the markers' radius at any sensible zoom
            self._bounds = QRectF(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad)
        else:
            self._bounds = QRectF()
        self.update()

    def clear(self) -> None:
        self.set_points(np.empty(0), np.empty(0), np.empty(0, dtype=np.intp), [], self._pen)

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def _build_atlas(self, dpr: float) -> None:
        """One row of discs, one per style, at the screen's pixel ratio."""
        cells = [int(np.ceil((size + self._pen.widthF() + 3) * dpr)) for _, size, _ in self._styles]
        atlas = QPixmap(max(1, sum(cells)), max([1, *cells]))
        atlas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(atlas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._pen)
        pen.setWidthF(self._pen.widthF() * dpr)
        painter.setPen(pen)
        rects, left = [], 0
        for (colour, size, ring), cell in zip(self._styles, cells, strict=True):
            d = size * dpr
            painter.setBrush(colour)
            painter.setPen(QPen(ring, 2 * dpr) if ring is not None else pen)
            painter.drawEllipse(QRectF(left + (cell - d) / 2, (cell - d) / 2, d, d))
            rects.append((left, 0, cell, cell))
            left += cell
        painter.end()
        self._atlas, self._rects, self._dpr = atlas, np.array(rects, dtype=float), dpr

    def paint(self, painter: QPainter, _option: object, widget: object = None) -> None:
        if not len(self._x):
            return
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        if self._atlas is None or dpr != self._dpr:
            self._build_atlas(dpr)
        t = painter.transform()  # data -> device, affine for a ViewBox
        px = t.m11() * self._x + t.m21() * self._y + t.dx()
        py = t.m12() * self._x + t.m22() * self._y + t.dy()
        painter.resetTransform()
        self._fragments.resize(len(px))
        fragments = self._fragments.ndarray()
        fragments[:, 0] = np.clip(px, -(2**30), 2**30)  # Qt misbehaves far outside
        fragments[:, 1] = np.clip(py, -(2**30), 2**30)
        fragments[:, 2:6] = self._rects[self._style]
        fragments[:, 6:10] = (1 / dpr, 1 / dpr, 0.0, 1.0)  # scale x, y, rotation, opacity
        painter.drawPixmapFragments(*self._fragments.drawargs(), self._atlas)
