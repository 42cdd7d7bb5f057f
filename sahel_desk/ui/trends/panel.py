"""The Trends tab: the chart's choices, the chart, and what changed in the latest period.

It follows the incident list's query (the main window calls ``set_query``); the work runs
off the GUI thread through ``ctx.tasks`` (a newer request supersedes an older one), and a
click on a bar asks the main window to show exactly those incidents (``sig_drill``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.analytics import changes as ch
from sahel_desk.analytics import trends
from sahel_desk.domain.periods import Split, Unit, bin_end
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.domain.text import fold
from sahel_desk.jobs import trends as job
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.layout import FlowLayout, labelled, shrinkable
from sahel_desk.ui.palette import KeptColours
from sahel_desk.ui.trends.chart import Hit, TrendChart, month_start_in

_TOTAL = "\x00total"  # the rolling mean's choice of the total (no series has this key)
_SEVERITY = {ch.Level.NEW: 4, ch.Level.LARGE: 3, ch.Level.MODERATE: 2, ch.Level.STEADY: 1,
             ch.Level.DECREASE: 0}  # fmt: skip
_FLAG_COLOURS = {ch.Level.NEW: "#7B3294", ch.Level.LARGE: "#C0392B", ch.Level.MODERATE: "#D68910"}


class TrendsPanel(QWidget):
    sig_drill = Signal(object)  # IncidentQuery: the incidents of the bar clicked
    sig_message = Signal(str)  # for the status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = IncidentQuery()
        self.table: trends.TrendTable | None = None
        self.request = job.ChartRequest()
        self.names: dict[str, str] = {}  # tag code -> label in the UI language
        self.locale = QLocale()
        self.describe: Callable[[IncidentQuery], str] | None = None  # the filter in words
        self._changes_for: tuple[object, ...] | None = None  # what the change report is of
        self.colours = KeptColours()  # a series keeps its colour when its rank changes

        self.unit = QComboBox()
        for unit, text in (
            (Unit.WEEK, self.tr("Week")),
            (Unit.MONTH, self.tr("Month")),
            (Unit.QUARTER, self.tr("Quarter")),
            (Unit.YEAR, self.tr("Year")),
        ):
            self.unit.addItem(text, unit)
        self.unit.setCurrentIndex(1)
        self.split = QComboBox()
        for split, text in (
            (Split.NONE, self.tr("Not split")),
            (Split.EVENT_TYPE, self.tr("Event type")),
            (Split.ADMIN1, self.tr("Region")),
            (Split.ACTOR, self.tr("Actor")),
            (Split.DRIVER_GROUP, self.tr("Driver group")),
            (Split.DRIVER, self.tr("Driver")),
            (Split.RESPONSE_GROUP, self.tr("Response group")),
            (Split.RESPONSE, self.tr("Response")),
        ):
            self.split.addItem(text, split)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Incidents"), trends.INCIDENTS)
        self.measure.addItem(self.tr("Fatalities"), trends.FATALITIES)
        self.stacked = QComboBox()
        self.stacked.addItem(self.tr("Stacked"), True)
        self.stacked.addItem(self.tr("Side by side"), False)
        self.top = QSpinBox()
        self.top.setRange(1, 12)
        self.top.setValue(6)
        self.top.setToolTip(self.tr("How many series are drawn; the rest are summed as Other"))
        self.mean = QCheckBox(self.tr("Rolling mean"))
        self.mean_of = shrinkable(QComboBox(), 16)  # "of: JNIM: Group for Support of…"
        self.window = QSpinBox()
        self.window.setRange(2, 12)
        self.window.setValue(3)
        self.window.setSuffix(self.tr(" periods"))
        self.whole = QPushButton(self.tr("All periods"))
        self.whole.setToolTip(self.tr("Show every period again after zooming with the mouse wheel"))
        self.whole.setEnabled(False)
        self.save = QPushButton(self.tr("Save as PNG…"))
        self.copy = QPushButton(self.tr("Copy"))

        # one flow of controls: two rows in a wide pane, more in a narrow one
        controls = FlowLayout()
        for label, widget in (
            (self.tr("Period:"), self.unit),
            (self.tr("Split by:"), self.split),
            (self.tr("Series:"), self.top),
            (self.tr("Measure:"), self.measure),
        ):
            controls.addWidget(labelled(label, widget))
        controls.addWidget(self.stacked)
        mean = QWidget()
        mean_row = QHBoxLayout(mean)
        mean_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mean, self.mean_of, self.window):
            mean_row.addWidget(widget)
        controls.addWidget(mean)
        for widget in (self.whole, self.save, self.copy):
            controls.addWidget(widget)

        self.chart = TrendChart()
        # the change report gives way first: a chart 50 pixels tall showed nothing
        self.chart.setMinimumHeight(self.fontMetrics().height() * 11)
        self.hover = QLabel(" ")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.changes_title = QLabel()
        self.changes_title.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setColumnCount(5)
        self.changes.setHeaderLabels(
            [
                self.tr("Region or actor"),
                self.tr("Latest"),
                self.tr("Before"),
                self.tr("Change"),
                self.tr("Flag"),
            ]
        )
        # short headers (the French ones took the names' room); the words in full on hover
        for column, tip in (
            (1, self.tr("Incidents in the latest complete period")),
            (2, self.tr("Average incidents per period in the periods before it")),
            (3, self.tr("The latest period against that average")),
        ):
            self.changes.headerItem().setToolTip(column, tip)
        self.changes.setRootIsDecorated(True)
        # sorted here, not by Qt's item sorting (a Python __lt__ on items crashed PySide):
        # a header click sorts each group by that column, the flags first to begin with
        self._report: job.ChangeReport | None = None
        self.changes_order = (4, Qt.SortOrder.DescendingOrder)
        self.changes.header().setSectionsClickable(True)
        self.changes.header().setSortIndicatorShown(True)
        self.changes.header().setSortIndicator(*self.changes_order)
        self.changes.header().sectionClicked.connect(self.sort_changes)
        header = self.changes.header()
        # the numbers as wide as their words, the names up to half the width (set as the
        # report is shown: a stretched name column was left the 60 pixels the French
        # headers spared); the flag column takes what remains
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.setIndentation(self.fontMetrics().horizontalAdvance("mm"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.changes_title)
        lower_layout.addWidget(self.changes)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(controls)
        upper_layout.addWidget(self.chart, 1)
        upper_layout.addWidget(self.hover)
        upper_layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        for combo in (self.unit, self.split, self.measure, self.stacked):
            combo.currentIndexChanged.connect(self.reload)
        self.top.valueChanged.connect(self.reload)
        self.mean.toggled.connect(self._mean_changed)
        self.mean_of.currentIndexChanged.connect(self._mean_changed)
        self.window.valueChanged.connect(self._mean_changed)
        self.whole.clicked.connect(self.chart.show_all)
        self.chart.sig_zoomed.connect(self.whole.setEnabled)
        self.save.clicked.connect(self.save_png)
        self.copy.clicked.connect(self.copy_image)
        self.chart.sig_hover.connect(self._hovered)
        self.chart.sig_clicked.connect(self._clicked)
        self._mean_changed()

    # ---- loading ---------------------------------------------------------------------------
    def set_query(self, query: IncidentQuery) -> None:
        self.query = query
        self._changes_for = None  # set_query also means "the data may have changed"
        self.reload()

    def reload(self) -> None:
        """Recompute the chart (and the change report) for the current query and choices."""
        # Qt hands a StrEnum back as its str: made enums again here
        request = job.ChartRequest(
            Unit(self.unit.currentData()),
            Split(self.split.currentData()),
            self.measure.currentData(),
            self.top.value(),
        )
        store, query = self.ctx.store, self.query
        language = i18n.ui_language()

        def work() -> tuple[trends.TrendTable, dict[str, str]]:
            table = job.chart(store, query, request)
            names = {}
            if request.split.tag_kind:
                names = {t.code: t.label(language) for t in store.tags.all()}
            return table, names

        self.ctx.tasks.run(
            work, lambda result: self._loaded(request, result), self._failed, key="trends"
        )
        today = dt.date.today()
        if self._changes_for == (query, request.unit, today):
            return  # the split, measure or layout changed: the change report did not
        self._changes_for = (query, request.unit, today)
        self.ctx.tasks.run(
            lambda: job.change_report(store, query, request.unit, today=today),
            self._show_changes,
            self._failed,
            key="trend-changes",
        )

    def _loaded(
        self, request: job.ChartRequest, result: tuple[trends.TrendTable, dict[str, str]]
    ) -> None:
        self.table, self.names = result
        self.request = request
        table = self.table
        labels = [self.series_name(s) for s in table.series]
        ticks = None
        if table.unit is Unit.WEEK:  # ticked at the weeks a month begins in, named by it
            ticks = [self.bin_label(month_start_in(b, Unit.WEEK) or b, Unit.MONTH)
                     for b in table.bins]  # fmt: skip
        self.chart.show_table(
            table,
            labels,
            [self.bin_label(b) for b in table.bins],
            self.stacked.currentData(),
            ticks,
            self.colours(
                [s.key for s in table.series], request.split is Split.EVENT_TYPE, trends.OTHER
            ),
        )
        words, counted = self.measure_words(), self.measure_words(axis=True)
        self.chart.set_titles(
            self.title(), words, self.tr("Month only"), counted if counted != words else ""
        )
        self.hover.setText(" ")  # the last chart's bar is not under the pointer any more
        self.chart.caption.setText(self.caption())
        self._fill_mean_choices(labels)
        self.note.setText(self.notes())

    def _failed(self, error: Exception) -> None:
        self.note.setText(self.tr("The chart could not be computed: {error}").format(error=error))

    # ---- words -----------------------------------------------------------------------------
    def bin_label(self, start: dt.date, unit: Unit | None = None) -> str:
        if unit is None:
            unit = Unit(self.unit.currentData()) if self.table is None else self.table.unit
        day = QDate(start.year, start.month, start.day)
        if unit is Unit.WEEK:
            return self.tr("week of {day}").format(day=self.long_day(start))
        if unit is Unit.MONTH:
            return self.locale.toString(day, "MMM yyyy")
        if unit is Unit.QUARTER:
            return self.tr("Q{quarter} {year}").format(
                quarter=(start.month - 1) // 3 + 1, year=start.year
            )
        return str(start.year)

    def long_day(self, day: dt.date) -> str:
        """ "1 Aug 2024"; in French "1er août 2024", as French writes the first of a month."""
        text = self.locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        if day.day == 1 and self.locale.language() == QLocale.Language.French:
            text = "1er" + text[1:]
        return text

    def series_name(self, series: trends.Series) -> str:
        split = self.request.split
        if series.key == trends.OTHER:
            return self.tr("Other ({count})").format(count=len(series.members))
        if split is Split.NONE:
            return self.tr("All incidents")
        if split is Split.EVENT_TYPE:
            return i18n.event_type_label(series.key)
        if split is Split.ADMIN1:
            return series.key or self.tr("No region")
        if split.tag_kind:
            return self.names.get(series.key, series.key)
        return series.key

    def measure_words(self, *, axis: bool = False) -> str:
        """What is counted; with ``axis``, also where an incident counts under each of its
        actors (or drivers): a stacked bar is then higher than the bin's incidents (said
        under the chart's title)."""
        fatal = self.request.measure == trends.FATALITIES
        kind = "actor" if self.request.split is Split.ACTOR else self.request.split.tag_kind
        if axis and kind == "actor":
            if fatal:
                return self.tr("Fatalities (known), under each actor")
            return self.tr("Incidents, under each of their actors")
        if axis and kind == "driver":
            if fatal:
                return self.tr("Fatalities (known), under each driver")
            return self.tr("Incidents, under each of their drivers")
        if axis and kind == "response":
            if fatal:
                return self.tr("Fatalities (known), under each response")
            return self.tr("Incidents, under each of their responses")
        if fatal:
            return self.tr("Fatalities (known figures)")
        return self.tr("Incidents")

    def title(self) -> str:
        unit = {
            Unit.WEEK: self.tr("per week"),
            Unit.MONTH: self.tr("per month"),
            Unit.QUARTER: self.tr("per quarter"),
            Unit.YEAR: self.tr("per year"),
        }[self.request.unit]
        split = {
            Split.NONE: "",
            Split.EVENT_TYPE: self.tr(", by event type"),
            Split.ADMIN1: self.tr(", by region"),
            Split.ACTOR: self.tr(", by actor"),
            Split.DRIVER: self.tr(", by driver"),
            Split.RESPONSE: self.tr(", by response"),
            Split.DRIVER_GROUP: self.tr(", by driver group"),
            Split.RESPONSE_GROUP: self.tr(", by response group"),
        }[self.request.split]
        return f"{self.measure_words()} {unit}{split}"

    def notes(self) -> str:
        table = self.table
        if table is None:
            return ""
        parts = []
        if not table.bins:
            parts.append(self.tr("No incident matches the filter."))
        if table.imprecise:
            parts.append(
                self.tr(
                    "{count} incidents known only to the month are not drawn in any week: "
                    "they are in the hatched band below, across the weeks of their month."
                ).format(count=self.locale.toString(table.imprecise_incidents))
            )
        several = {  # whole sentences: "chacun" or "chacune" depends on the noun in French
            Split.ACTOR: self.tr("An incident involving several actors counts under each."),
            Split.DRIVER: self.tr("An incident with several drivers counts under each."),
            Split.RESPONSE: self.tr("An incident with several responses counts under each."),
        }.get(self.request.split.tags)
        if several:
            parts.append(several)
        if table.uncharted:
            parts.append(
                {
                    Split.DRIVER: self.tr("{count} incidents with no driver are not shown."),
                    Split.RESPONSE: self.tr("{count} incidents with no response are not shown."),
                }.get(self.request.split.tags, "").format(
                    count=self.locale.toString(table.uncharted)
                )
            )
        outside = [
            start
            for start in table.bins
            if (self.query.date_from and bin_end(start, table.unit) < self.query.date_from)
            or (self.query.date_to and start > self.query.date_to)
        ]
        if outside:
            parts.append(
                self.tr(
                    "{periods}: outside the filter's dates, for incidents known to a week or a "
                    "month that overlaps them."
                ).format(periods=", ".join(self.bin_label(start) for start in outside))
            )
        if self.request.measure == trends.FATALITIES and table.unknown_fatalities:
            parts.append(
                self.tr(
                    "{count} incidents of the filter have no known fatality figure: they add "
                    "nothing (unknown is not zero)."
                ).format(count=self.locale.toString(table.unknown_fatalities))
            )
        elif self.request.measure == trends.FATALITIES:
            parts.append(self.tr("Every incident of the filter has a known fatality figure."))
        if table.bins:
            parts.append(self.tr("Click a bar to list its incidents."))
        return " ".join(parts)

    # ---- rolling mean ----------------------------------------------------------------------
    def _fill_mean_choices(self, labels: list[str]) -> None:
        """The series a rolling mean may follow, by key: "of Gao" stays Gao's when a filter
        changes the ranks, and the total's when Gao is no longer drawn."""
        chosen = self.mean_of.currentData()
        self.mean_of.blockSignals(True)
        self.mean_of.clear()
        self.mean_of.addItem(self.tr("of the total"), _TOTAL)
        assert self.table is not None
        for series, label in zip(self.table.series, labels, strict=True):
            self.mean_of.addItem(self.tr("of: {series}").format(series=label), series.key)
        self.mean_of.setCurrentIndex(max(0, self.mean_of.findData(chosen)))
        self.mean_of.blockSignals(False)
        self._mean_changed()

    def _mean_changed(self) -> None:
        on = self.mean.isChecked()
        self.mean_of.setEnabled(on)
        self.window.setEnabled(on)
        of = None
        if on:  # the series' place in this table, -1 the total
            of = max(self.mean_of.currentIndex() - 1, -1) if self.mean_of.count() else -1
        periods = self.window.value()
        what = self.mean_of.currentText() if self.mean_of.count() else self.tr("of the total")
        name = self.tr("{n}-period mean {of}").format(of=what, n=periods)
        self.chart.set_mean(of, periods, name)

    # ---- pointing --------------------------------------------------------------------------
    def hit_text(self, hit: Hit) -> str:
        table = self.table
        assert table is not None
        if hit.band is not None:
            band = table.imprecise[hit.band]
            return self.tr("{month}, date known only to the month: {amount}").format(
                month=self.locale.toString(
                    QDate(band.month.year, band.month.month, 1), "MMMM yyyy"
                ),
                amount=self.amount(band.incidents, trends.INCIDENTS),
            )
        series = table.series[hit.series] if hit.series is not None else None
        value = series.values[hit.bin] if series else table.bin_totals()[hit.bin]
        return self.tr("{period} · {series}: {amount}").format(
            period=self.bin_label(table.bins[hit.bin]),
            series=self.series_name(series) if series else "",
            amount=self.amount(value, self.request.measure),
        )

    def amount(self, value: int, measure: str) -> str:
        """ "1 incident", "12 incidents", "1 fatality" in the UI's language."""
        if measure == trends.FATALITIES:
            return fmt.deaths(value, self.locale)
        return fmt.incidents(value, self.locale)

    def _hovered(self, hit: Hit | None) -> None:
        self.hover.setText(self.hit_text(hit) if hit else " ")

    def _clicked(self, hit: Hit) -> None:
        self.drill(hit)

    def drill(self, hit: Hit) -> IncidentQuery:
        """Ask for the incidents of the bar (or band) ``hit``; returns the query sent. The
        chart then follows the list's new filter, so the words are made first."""
        assert self.table is not None
        query = job.drill(self.query, self.table, self.request.split, hit.bin, hit.series, hit.band)
        words = self.tr("Showing the incidents of {what} (View → Back returns)").format(
            what=self.hit_text(hit)
        )
        self.sig_drill.emit(query)
        self.sig_message.emit(words)
        return query

    # ---- change report ---------------------------------------------------------------------
    def sort_changes(self, column: int) -> None:
        """Sort the change report by ``column``: a second click on it turns the order round;
        numbers start with the largest, names with A."""
        current, order = self.changes_order
        if column == current:
            order = (Qt.SortOrder.AscendingOrder if order == Qt.SortOrder.DescendingOrder
                     else Qt.SortOrder.DescendingOrder)  # fmt: skip
        else:
            order = Qt.SortOrder.AscendingOrder if column == 0 else Qt.SortOrder.DescendingOrder
        self.changes_order = (column, order)
        self.changes.header().setSortIndicator(column, order)
        if self._report is not None:
            self._show_changes(self._report)

    def _show_changes(self, report: job.ChangeReport) -> None:
        self._report = report
        self.changes.clear()
        if report.latest is None:
            self.changes_title.setText(self.tr("No incident: nothing to compare."))
            return
        first = ch.periods_before(report.latest, report.unit, report.periods)[0]
        words = self.tr(
            "Incidents of the latest complete period, {latest}, against the average of the {n} "
            "before (from {first}): a large increase is above +25%, a moderate one +10 to +25% "
            "(with at least 3 incidents); a decrease is −10% or more (from an average of at "
            "least 3)."
        ).format(
            latest=self.bin_label(report.latest, report.unit),
            n=report.periods,
            first=self.long_day(first),
        )
        if report.dates_ignored:
            words += " " + self.tr("The filter's dates are set aside for this comparison.")
        if report.data_ends is not None:  # counted as complete, its last days without data
            words += " " + self.tr(
                "The data ends on {day}, before this period does: its count may be low."
            ).format(day=self.long_day(report.data_ends))
        self.changes_title.setText(words)
        for title, items in (
            (self.tr("Regions"), report.regions),
            (self.tr("Actors"), report.actors),
        ):
            flagged = ch.flagged(items)
            group = QTreeWidgetItem([
                self.tr("{what}: {n} flagged of {total}").format(
                    what=title, n=len(flagged), total=len(items)
                )
            ])  # fmt: skip
            self.changes.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # its words across the row, not cut
            column, order = self.changes_order
            ordered = sorted(
                items,
                key=lambda change: _sort_key(change, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            for change in ordered:
                group.addChild(self._change_item(change))
            group.setExpanded(True)
        self._fit_names()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_names()

    def _fit_names(self) -> None:
        """The names' column as wide as its longest name, up to a third of the report's
        width (a longer one is cut, whole in its tooltip)."""
        most = self.changes.viewport().width() // 3
        wanted = self.changes.sizeHintForColumn(0)
        self.changes.header().resizeSection(0, max(min(wanted, most), 120))

    def percent(self, value: float) -> str:
        """ "+25 %", "−11 %" with the locale's digits and spacing."""
        # one decimal where rounding would hide which side of a threshold it is (+25.4 %)
        near = round(value) in (-10, 10, 25) and round(value) != value
        shown = round(value, 1) if near else round(value)
        sign = "+" if shown > 0 else ""
        number = self.locale.toString(shown, "f", 1) if near else self.locale.toString(shown)
        return self.tr("{value} %").format(value=sign + number)

    def _change_item(self, change: ch.Change) -> QTreeWidgetItem:
        percent = change.percent
        words = {
            ch.Level.NEW: self.tr("new"),
            ch.Level.LARGE: self.tr("large increase"),
            ch.Level.MODERATE: self.tr("moderate increase"),
            ch.Level.STEADY: "",
            ch.Level.DECREASE: self.tr("decrease"),
        }[change.level]
        item = QTreeWidgetItem([
            change.key or self.tr("No region"),
            self.locale.toString(change.latest),
            self.locale.toString(change.baseline, "f", 0 if change.baseline.is_integer() else 2),
            "—" if percent is None else self.percent(percent),
            words,
        ])  # fmt: skip
        item.setToolTip(0, item.text(0))
        for column in (1, 2, 3):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        colour = _FLAG_COLOURS.get(change.level)
        if colour:
            item.setForeground(4, QColor(colour))
            font = item.font(4)
            font.setBold(True)
            item.setFont(4, font)
        return item

    # ---- the picture -----------------------------------------------------------------------
    def caption(self) -> str:
        """Under the chart, so that a saved or pasted picture says what it shows."""
        words = self.describe(self.query) if self.describe else ""
        return self.tr("Sahel Desk · {database} · {filter} · {date}").format(
            database=self.ctx.store.path.name,
            filter=words or self.tr("all incidents"),
            date=self.long_day(dt.date.today()),
        )

    def picture(self, scale: int = 2) -> QImage:
        """The chart with its caption, at twice the screen's resolution (sharp in a report)."""
        image = QImage(self.chart.size() * scale, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.chart.palette().color(QPalette.ColorRole.Base))
        self.chart.render(image)
        return image

    def save_png(self, path: str | None = None) -> str | None:
        """Save the chart as a PNG (asks where when no ``path``); returns the path written."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the chart"), "trend.png", self.tr("PNG images (*.png)")
            )
            if not path:
                return None
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.picture().save(path, "PNG"):
            self.sig_message.emit(
                self.tr("The chart could not be saved to {path}").format(path=path)
            )
            return None
        self.sig_message.emit(self.tr("Chart saved to {path}").format(path=path))
        return path

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.picture())
        self.sig_message.emit(self.tr("Chart copied to the clipboard"))


def _sort_key(change: ch.Change, column: int) -> tuple[object, ...]:
    """A change report row's value in ``column``, to sort by: numbers as numbers, "new" (no
    percent) above any rise, a flag by its severity and then the size of the rise."""
    percent = change.percent
    return (
        (fold(change.key or ""),),
        (change.latest, change.baseline),
        (change.baseline, change.latest),
        (float("inf") if percent is None else percent, change.latest),
        (_SEVERITY[change.level], change.latest - change.baseline),
    )[column]
