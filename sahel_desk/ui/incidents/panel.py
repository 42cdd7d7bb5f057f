"""The incident list: a filter bar over a paged, SQL-sorted table, and the match count."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain import taxonomy
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.ui import i18n
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.table_model import COLUMNS, IncidentTableModel

ALL = ""  # the combo boxes' "any" entry


class IncidentPanel(QWidget):
    sig_counts = Signal(int, int)  # matching, total

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = IncidentQuery()
        self.model = IncidentTableModel(ctx.store.incidents.get_many, ctx.store.tags.all())
        self.total = 0
        self.matching = 0

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, places, actors, sources…"))
        self.search.setClearButtonEnabled(True)
        self.event_type = QComboBox()
        self.event_type.addItem(self.tr("All event types"), ALL)
        for name in taxonomy.EVENT_TYPES:
            self.event_type.addItem(i18n.event_type_label(name), name)
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), ALL)
        for name in ctx.store.places.admin1_names("Mali"):
            self.region.addItem(name, name)
        self.clear = QPushButton(self.tr("Clear filter"))
        self.clear.setEnabled(False)
        self.summary = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.event_type, 1)
        bar.addWidget(self.region, 1)
        bar.addWidget(self.clear)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)  # sorting is SQL's job, driven by the header below
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 160, 110, 320, 260, 80, 220)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.event_type.currentIndexChanged.connect(self._apply_filters)
        self.region.currentIndexChanged.connect(self._apply_filters)
        self.clear.clicked.connect(self.clear_filters)
        header.sortIndicatorChanged.connect(self._on_sort)
        ctx.events.sig_data_changed.connect(lambda _changes: self.reload())
        self.reload()

    # ---- selection and the trash ----------------------------------------------------------
    def selected_ids(self) -> frozenset[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return frozenset(self.model.id_at(row) for row in rows)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def show_trash(self, on: bool) -> None:
        """Show what is in the trash instead of the incidents (the filters still apply)."""
        self.set_query(self.query.with_changes(deleted_only=on))

    @property
    def in_trash(self) -> bool:
        return self.query.deleted_only

    # ---- user intents -------------------------------------------------------------------
    def clear_filters(self) -> None:
        for widget in (self.search, self.event_type, self.region):
            widget.blockSignals(True)
        self.search.clear()
        self.event_type.setCurrentIndex(0)
        self.region.setCurrentIndex(0)
        for widget in (self.search, self.event_type, self.region):
            widget.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        event_type = self.event_type.currentData()
        region = self.region.currentData()
        self.set_query(
            self.query.with_changes(
                text=self.search.text().strip(),
                event_types=frozenset({event_type}) if event_type else frozenset(),
                admin1=frozenset({region}) if region else frozenset(),
            )
        )

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column][2]
        if key is None:  # not sortable in SQL: put the indicator back where the sort is
            current = next(n for n, c in enumerate(COLUMNS) if c[2] == self.query.sort[0][0])
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder
                if self.query.sort[0][1]
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(self.query.with_changes(sort=((key, descending),)))

    def set_query(self, query: IncidentQuery) -> None:
        self.query = query
        self.clear.setEnabled(not query.is_empty)
        self.ctx.events.sig_query_changed.emit(query)
        self.reload()

    # ---- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        store, query = self.ctx.store, self.query

        def work() -> tuple[list[int], int]:
            return store.incidents.ids(query), store.incidents.count()

        self.ctx.tasks.run(work, self._loaded, self._failed, key="incident-table")

    def _loaded(self, result: tuple[list[int], int]) -> None:
        ids, total = result
        self.matching, self.total = len(ids), total
        self.model.set_ids(ids)
        locale = self.locale()
        if self.query.deleted_only:
            text = self.tr("Trash: {n} incidents (restore them, or empty the trash)").format(
                n=locale.toString(len(ids))
            )
        elif self.query.is_empty:
            text = self.tr("{total} incidents").format(total=locale.toString(total))
        else:
            text = self.tr("{matching} of {total} incidents match the filter").format(
                matching=locale.toString(len(ids)), total=locale.toString(total)
            )
        self.summary.setText(text)
        self.sig_counts.emit(len(ids), total)

    def _failed(self, error: Exception) -> None:
        self.summary.setText(self.tr("Could not load incidents: {error}").format(error=error))
