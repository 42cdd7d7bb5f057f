"""The trend chart: bars per bin (stacked or side by side), an optional rolling mean, and the
incidents known only to the month in a band of their own under weekly bars.

It only draws a ``TrendTable``; the items are kept and their data replaced on each redraw
(600 bars redraw in about 1.5 ms that way, against 12 ms to build them anew). Hover and
click are hit-tested here and reported as (bin, series key, imprecise band).
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sahel_desk.analytics.trends import OTHER, TrendTable, rolling_mean
from sahel_desk.domain.periods import Unit, bin_end
from sahel_desk.ui.palette import OTHER_COLOUR, series_colours


@dataclass(frozen=True)
class Hit:
    """What is under the pointer: a bin and a series, or an imprecise band."""

    bin: int
    series: int | None = None  # index into table.series
    band: int | None = None  # index into table.imprecise


class BinAxis(pg.AxisItem):
    """Bottom axis: ticks on round periods (every quarter, year, five years...) so that the
    labels never overlap; weekly bins are ticked at the weeks holding a month's first day,
    labelled with that month."""

    STEPS: ClassVar[dict[Unit, tuple[int, ...]]] = {
        Unit.WEEK: (1, 2, 3, 6, 12, 24, 60, 120),  # in months
        Unit.MONTH: (1, 2, 3, 6, 12, 24, 60, 120),
        Unit.QUARTER: (1, 2, 4, 8, 20, 40),
        Unit.YEAR: (1, 2, 5, 10, 20, 50),
    }

    def __init__(self) -> None:
        super().__init__("bottom")
        self.labels: list[str] = []
        self.anchors: list[int | None] = []  # a round-period number per bin, None: no tick

    def set_bins(self, bins: tuple[dt.date, ...], unit: Unit, labels: list[str]) -> None:
        self.unit, self.labels = unit, labels
        self.anchors = [_anchor(start, unit) for start in bins]

    def tickValues(self, minVal, maxVal, size):
        count = len(self.labels)
        if not count:
            return []
        first, last = max(0, int(np.ceil(minVal))), min(count - 1, int(np.floor(maxVal)))
        candidates = [k for k in range(first, last + 1) if self.anchors[k] is not None]
        if not candidates:  # a week or two holding no month's first day: still dated
            return [(1, [first])] if first <= last else []
        widest = max(
            QFontMetrics(self.font()).horizontalAdvance(self.labels[k]) for k in candidates
        )
        fits = max(1, int(size // (widest + 18)))
        steps = self.STEPS[self.unit]
        step = next((s for s in steps if len(candidates) / s <= fits), steps[-1])
        return [(step, [k for k in candidates if self.anchors[k] % step == 0])]

    def tickStrings(self, values, scale, spacing):
        return [self.labels[int(v)] if 0 <= int(v) < len(self.labels) else "" for v in values]


def month_start_in(start: dt.date, unit: Unit) -> dt.date | None:
    """The first day of a month inside the bin starting ``start`` (weeks may hold none)."""
    if unit is not Unit.WEEK:
        return start
    for offset in range(7):
        day = start + dt.timedelta(days=offset)
        if day.day == 1:
            return day
    return None


def _anchor(start: dt.date, unit: Unit) -> int | None:
    """A count of round periods since year 0 (months for weeks and months), so that ticks
    fall on January, on quarters... None for a week holding no month's first day."""
    first = month_start_in(start, unit)
    if first is None:
        return None
    if unit in (Unit.WEEK, Unit.MONTH):
        return first.year * 12 + first.month - 1
    if unit is Unit.QUARTER:
        return first.year * 4 + (first.month - 1) // 3
    return first.year


_NARROW_PX = 4  # a bar narrower than this is clicked anywhere in its bin
_SLACK_PX = 3  # and a segment this close above its stack's top is the top one


class TrendChart(QWidget):
    sig_hover = Signal(object)  # Hit | None
    sig_clicked = Signal(object)  # Hit
    sig_zoomed = Signal(bool)  # whether some periods are out of sight

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table: TrendTable | None = None
        self.colours: list[str] = []
        self._bar_top = 1.0
        self._rows = 1
        self.mean_name = self.tr("Rolling mean")
        self.stacked = True
        self.mean_of: int | None = None  # -1 the total, k series k, None no rolling mean
        self.window = 3
        self.order: list[int] = []  # the series from the bottom of a stack up
        self._names: list[str] = []  # the series' names in the legend
        # the first and last day the user zoomed or panned to: kept across redraws
        self.kept: tuple[dt.date, dt.date] | None = None
        self.view = pg.GraphicsLayoutWidget()
        self.axis = BinAxis()
        self.plot = self.view.addPlot(row=0, col=0, axisItems={"bottom": self.axis})
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.getViewBox().setMouseEnabled(x=True, y=False)
        self.legend = self.plot.addLegend(offset=(10, 5), colCount=3)
        self.band_axis = BinAxis()
        self.band_plot = self.view.addPlot(row=1, col=0, axisItems={"bottom": self.band_axis})
        self.band_plot.setMenuEnabled(False)
        self.band_plot.hideButtons()
        self.band_plot.setXLink(self.plot)
        self.band_plot.getViewBox().setMouseEnabled(x=True, y=False)
        self.band_plot.setMaximumHeight(110)
        self.view.ci.layout.setRowStretchFactor(0, 4)
        self.bars: list[pg.BarGraphItem] = []
        self.bands = pg.BarGraphItem(x=[], height=[], width=1)
        self.band_plot.addItem(self.bands)
        self.mean_line = pg.PlotDataItem(pen=pg.mkPen(width=2.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.mean_line)
        self.mean_line.setZValue(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.caption = QLabel()  # what the picture shows, for a saved or pasted chart
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.caption.setFont(font)
        layout.addWidget(self.caption)
        for box in (self.plot.getViewBox(), self.band_plot.getViewBox()):  # linked on x
            box.sigRangeChangedManually.connect(self._zoomed_by_user)
        self.view.setToolTip(
            self.tr("The mouse wheel zooms on the periods and a drag moves them; All periods "
                    "shows them all again.")
        )  # fmt: skip
        # the legend's names are cut to the chart's width: cut again when it changes
        self._relegend = QTimer(self, singleShot=True, interval=150)
        self._relegend.timeout.connect(self._refit_legend)
        self.view.scene().sigMouseMoved.connect(self._moved)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        self.apply_palette()

    # ---- appearance ------------------------------------------------------------------------
    def apply_palette(self) -> None:
        """Background and ink from the widget's palette, so a dark palette stays readable."""
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        self.view.setBackground(palette.color(QPalette.ColorRole.Base))
        for plot in (self.plot, self.band_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(ink))
                axis.setTextPen(pg.mkPen(ink))
            plot.titleLabel.setText(plot.titleLabel.text, color=ink)
        self.legend.setLabelTextColor(ink)
        self.mean_line.setPen(pg.mkPen(ink, width=2.5, style=Qt.PenStyle.DashLine))
        self.ink = ink

    def set_titles(self, title: str, unit: str, band_title: str, counted: str = "") -> None:
        """The title, the axes' units, and under the title how bars count (``counted``:
        "Incidents, under each of their actors"), there rather than on the axis, where it
        ran past a short chart into the band's axis."""
        text = html.escape(title, False)
        if counted:
            text += f"<br><span style='font-size: 9pt'>{html.escape(counted, False)}</span>"
        self.plot.setTitle(text, color=self.ink)
        self.plot.setLabel("left", unit, color=self.ink)
        self.band_plot.setLabel("left", band_title, color=self.ink)

    # ---- drawing ---------------------------------------------------------------------------
    def show_table(
        self,
        table: TrendTable,
        names: list[str],
        bin_labels: list[str],
        stacked: bool,
        tick_labels: list[str] | None = None,
        colours: list[str] | None = None,
    ) -> None:
        """Draw ``table``; ``names`` label its series, ``bin_labels`` its bins (the hover),
        ``tick_labels`` the axis (for weeks, the month a tick's week begins). The dates the
        user zoomed to stay shown."""
        self.table, self.stacked = table, stacked
        self.colours = colours or series_colours([s.key for s in table.series], False, OTHER)
        for axis in (self.axis, self.band_axis):
            axis.set_bins(table.bins, table.unit, tick_labels or bin_labels)
        count = len(table.series)
        while len(self.bars) < count:
            bar = pg.BarGraphItem(x=[], height=[], width=0.8)
            self.plot.addItem(bar)
            self.bars.append(bar)
        self._names = names
        self._fill_legend()
        self._layout_bars()
        self._draw_mean()
        self._draw_bands()
        self._show_kept_dates()

    def _fill_legend(self) -> None:
        """The series' names, and the rolling mean's, each cut to the room a column has;
        measured once drawn, and cut shorter if pyqtgraph's padding took the legend past the
        plot's edge."""
        table = self.table
        if table is None:
            self.legend.clear()
            return
        names = self._names
        entries = [*names, self.mean_name] if self.mean_of is not None else names
        columns, room = self._legend_columns(entries)
        self._rows = -(-len(entries) // columns)
        area = self._legend_area()
        for _ in range(4):
            self._legend_entries(columns, room)
            excess = self.legend.boundingRect().width() + 10 - area  # 10: the legend's offset
            if excess <= 0 or room <= 40:
                return
            room = max(room - int(excess / columns) - 4, 40)

    def _legend_entries(self, columns: int, room: int) -> None:
        table = self.table
        assert table is not None
        self.legend.clear()
        self.legend.setColumnCount(columns)
        metrics = self._legend_metrics()

        def cut(name: str) -> str:  # the legend reads HTML: "&" and "<" as themselves
            return html.escape(metrics.elidedText(name, Qt.TextElideMode.ElideRight, room), False)

        for k in range(len(table.series)):
            self.legend.addItem(self.bars[k], cut(self._names[k]))
        if self.mean_of is not None and table.series:
            self.legend.addItem(self.mean_line, cut(self.mean_name))

    def _legend_area(self) -> float:
        """The plot's own width (the view less its axis), where the legend sits."""
        return self.plot.getViewBox().width() or self.view.width() * 0.85

    def _legend_metrics(self) -> QFontMetrics:
        """Of the legend's own text size (pyqtgraph's, in points), not the widget's."""
        font = QFont(self.font())
        font.setPointSizeF(float(str(self.legend.opts["labelTextSize"]).removesuffix("pt")))
        return QFontMetrics(font)

    def _layout_bars(self) -> None:
        """The bars' places: stacked from the bottom up in ``order`` (the series of a rolling
        mean at the bottom, so that its line follows its bars), or side by side."""
        table = self.table
        if table is None:
            return
        count = len(table.series)
        order = list(range(count))
        if self.stacked and self.mean_of is not None and 0 <= self.mean_of < count:
            order.remove(self.mean_of)
            order.insert(0, self.mean_of)
        self.order = order
        x = np.arange(len(table.bins), dtype=float)
        base = np.zeros(len(table.bins))
        width = 0.8 if self.stacked or count <= 1 else 0.8 / count
        for k in range(count, len(self.bars)):
            self.bars[k].setOpts(x=[], height=[], y0=[])
            self.bars[k].hide()
        for k in order:
            bar, colour = self.bars[k], QColor(self.colour(k))
            heights = np.asarray(table.series[k].values, dtype=float)
            if self.stacked:
                bar.setOpts(x=x, height=heights, y0=base.copy(), width=width, brush=colour,
                            pen=pg.mkPen(colour.darker(130)))  # fmt: skip
                base += heights
            else:
                offset = (k - (count - 1) / 2) * width
                bar.setOpts(x=x + offset, height=heights, y0=np.zeros(len(x)), width=width,
                            brush=colour, pen=pg.mkPen(colour.darker(130)))  # fmt: skip
            bar.show()
        self._bar_top = max(
            [*(base if self.stacked else [max(s.values, default=0) for s in table.series]), 1]
        )

    # ---- zoom ------------------------------------------------------------------------------
    def _zoomed_by_user(self, *_args: object) -> None:
        self.kept = self._shown_dates()
        self.sig_zoomed.emit(True)

    @property
    def zoomed(self) -> bool:
        return self.kept is not None

    def show_all(self) -> None:
        """Every period again (All periods): the zoom is forgotten."""
        self.kept = None
        self._show_every_bin()
        self.sig_zoomed.emit(False)

    def _show_every_bin(self) -> None:
        count = len(self.table.bins) if self.table else 0
        self.plot.setXRange(-0.6, max(count - 0.4, 0.4), padding=0)

    def _shown_dates(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day of the bins in sight."""
        table = self.table
        if table is None or not table.bins:
            return None
        low, high = self.plot.getViewBox().viewRange()[0]
        if np.floor(high) < np.ceil(low):  # inside one bar
            low = high = round((low + high) / 2)
        first = min(max(0, int(np.ceil(low))), len(table.bins) - 1)
        last = max(min(len(table.bins) - 1, int(np.floor(high))), first)
        return table.bins[first], bin_end(table.bins[last], table.unit)

    def _show_kept_dates(self) -> None:
        """The dates the user zoomed to, in this table's bins; every bin when they hold
        them all or none (a bar clicked: the zoom is kept for Back)."""
        table = self.table
        assert table is not None
        inside = []
        if self.kept is not None:
            first, last = self.kept
            inside = [k for k, start in enumerate(table.bins)
                      if first <= bin_end(start, table.unit) and start <= last]  # fmt: skip
        if not inside or len(inside) == len(table.bins):
            self._show_every_bin()
            return
        self.plot.setXRange(inside[0] - 0.6, inside[-1] + 0.6, padding=0)

    def _fit_y(self) -> None:
        """Room for the bars, the rolling mean and, above them, the legend's rows; whole
        numbers on the axis when the counts are small (never 0.5 incident)."""
        _xs, means = self.mean_line.getData()
        top = max(self._bar_top, max(means, default=0) if means is not None else 0)
        # the legend's share of the plot's height, in pixels: a short chart needs more
        tall = self.plot.getViewBox().height()
        share = self.legend.boundingRect().height() / tall if tall > 0 else 0.1 * self._rows
        self.plot.setYRange(0, top * 1.05 / (1 - min(max(share, 0.1 * self._rows), 0.6)),
                            padding=0)  # fmt: skip
        axis = self.plot.getAxis("left")
        if top <= 8:
            axis.setTickSpacing(levels=[(1, 0)])
        else:
            axis.setTickSpacing()

    def _legend_columns(self, names: list[str]) -> tuple[int, int]:
        """Legend columns, and the width a name may take in one: as many as the whole names
        fit in, up to three; at least two for more than four series (the legend sits over
        the bars), whose names are then cut to fit (the hover says them whole)."""
        metrics = self._legend_metrics()
        room = int(self._legend_area()) - 30  # less the legend's offset and gaps
        sample = 48  # the colour swatch and the padding around a name (measured)
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0) + sample
        columns = max(1 if len(names) <= 4 else 2, min(3, room // max(widest, 1)))
        return columns, max(room // columns - sample, 60)

    def colour(self, k: int) -> str:
        return self.colours[k]

    def set_mean(self, of: int | None, window: int, name: str | None = None) -> None:
        """The rolling mean of series ``of`` (-1: the total, None: none) over ``window``
        bins, named ``name`` in the legend."""
        moved = of != self.mean_of
        renamed = name is not None and name != self.mean_name
        self.mean_of, self.window = of, window
        if name is not None:
            self.mean_name = name
        if moved and self.stacked:
            self._layout_bars()
        if moved or renamed:
            self._fill_legend()
        self._draw_mean()

    def _draw_mean(self) -> None:
        table = self.table
        if table is None or self.mean_of is None or not table.series:
            self.mean_line.setData([], [])
            if table is not None:
                self._fit_y()
            return
        if self.mean_of < 0:
            values = table.bin_totals()
        else:
            values = list(table.series[min(self.mean_of, len(table.series) - 1)].values)
        means = rolling_mean(values, self.window)
        xs = [k for k, m in enumerate(means) if m is not None]
        self.mean_line.setData(xs, [means[k] for k in xs])
        self._fit_y()

    def _draw_bands(self) -> None:
        table = self.table
        bands = table.imprecise if table else ()
        self.band_plot.setVisible(bool(bands))
        if not bands:
            self.bands.setOpts(x=[], height=[], width=1)
            return
        brush = QBrush(QColor(OTHER_COLOUR), Qt.BrushStyle.BDiagPattern)
        self.bands.setOpts(
            x=[(b.first_bin + b.last_bin) / 2 for b in bands],
            width=[b.last_bin - b.first_bin + 0.9 for b in bands],
            height=[b.value for b in bands],
            y0=0,
            brush=brush,
            pen=pg.mkPen(OTHER_COLOUR),
        )
        self.band_plot.setYRange(0, max(b.value for b in bands) * 1.15 or 1, padding=0)

    # ---- pointing --------------------------------------------------------------------------
    def hit(self, scene_pos: QPointF) -> Hit | None:
        """The bin and series (or band) at a scene position."""
        table = self.table
        if table is None or not table.bins:
            return None
        if self.band_plot.isVisible() and self.band_plot.sceneBoundingRect().contains(scene_pos):
            point = self.band_plot.getViewBox().mapSceneToView(scene_pos)
            for k, band in enumerate(table.imprecise):
                inside = band.first_bin - 0.5 <= point.x() <= band.last_bin + 0.5
                if inside and 0 <= point.y() <= band.value:
                    return Hit(round(point.x()), band=k)
            return None
        if not self.plot.getViewBox().sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.getViewBox().mapSceneToView(scene_pos)
        return self.hit_at(point.x(), point.y())

    def hit_at(self, x: float, y: float) -> Hit | None:
        """The bar at chart coordinates (bin index on x, the measure on y). Bars a few
        pixels wide are hit anywhere in their bin (weekly bars over years are thinner than a
        pixel), and a segment a few pixels tall from just above it."""
        table = self.table
        if table is None:
            return None
        count = len(table.series)
        k = round(x)
        if not 0 <= k < len(table.bins) or y < 0 or not count:
            return None
        per_x, per_y = self.plot.getViewBox().viewPixelSize()
        half = 0.5 if 0.8 / max(per_x, 1e-9) < _NARROW_PX else 0.4
        if self.stacked:
            if abs(x - k) > half:
                return None
            top, last = 0.0, None
            for n in self.order:
                value = table.series[n].values[k]
                top += value
                last = n if value else last
                if y <= top and value:
                    return Hit(k, n)
            return Hit(k, last) if last is not None and y <= top + _SLACK_PX * per_y else None
        width = 2 * half / count
        n = int((x - k + half) // width)
        if 0 <= n < count and y <= table.series[n].values[k] + _SLACK_PX * per_y:
            return Hit(k, n) if table.series[n].values[k] else None
        return None

    def _refit_legend(self) -> None:
        if self.table is not None:
            self._fill_legend()
            self._fit_y()  # its rows may have changed

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.table is not None:
            self._relegend.start()

    def _moved(self, scene_pos: QPointF) -> None:
        self.sig_hover.emit(self.hit(scene_pos))

    def _clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        if event.double():  # type: ignore[attr-defined]
            return  # its first click drilled already; a second would only repeat it
        found = self.hit(event.scenePos())  # type: ignore[attr-defined]
        if found is not None:
            self.sig_clicked.emit(found)
