"""The incident list: a filter bar over a paged, SQL-sorted table, and the match count."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain.query import IncidentQuery, query_from_dict, query_to_dict
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n, settings
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.filters import FilterBar
from sahel_desk.ui.incidents.selection import Chosen, merged
from sahel_desk.ui.incidents.table_model import BLOCK, COLUMNS, IncidentTableModel

_RESELECT_BLOCKS = 3  # blocks read again after a reload to keep a selection below the first


class IncidentPanel(QWidget):
    sig_counts = Signal(int, int)  # matching, total

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = IncidentQuery()
        self.shown_query = self.query  # the query whose rows the table holds
        # a reload's selection, and the blocks below the first it was in (see _show)
        self._kept: tuple[frozenset[int], int | None, list[int]] = (frozenset(), None, [])
        self.model = IncidentTableModel(
            ctx.store.incidents.get_many, ctx.store.tags.all(), i18n.ui_language()
        )
        self.total = 0
        self.matching = 0
        self._total_stale = True

        self.filters = FilterBar(ctx, self)
        # The commonest filters, by name (tests and the main window use them).
        self.search = self.filters.search
        self.event_type = self.filters.event_type
        self.places = self.filters.places
        self.clear = self.filters.clear
        self.summary = QLabel()

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
        header.setSectionsMovable(True)  # order, widths and hidden columns are remembered
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setStretchLastSection(True)
        for column, width in enumerate((185, 160, 110, 320, 260, 80, 220)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

        self.filters.sig_changed.connect(self._apply_filters)
        header.sortIndicatorChanged.connect(self._on_sort)
        self._restore_last_filter()
        ctx.events.sig_data_changed.connect(lambda _changes: self.reload())
        self.reload()

    def _column_menu(self, position: object) -> None:
        """Right-click on the header: choose the columns (the date always stays)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(1, len(COLUMNS)):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.exec(header.mapToGlobal(position))  # type: ignore[arg-type]

    def show_column(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)

    # ---- selection and the trash ----------------------------------------------------------
    def chosen(self) -> Chosen:
        """The selected rows: ids when they fit in the blocks read, else query and ranges."""
        ranges = merged(
            [(span.top(), span.bottom()) for span in self.table.selectionModel().selection()]
        )
        count = sum(n for _, n in ranges)
        if count > BLOCK:  # the rows of the query on screen (self.query may be newer)
            rows = self.model.rowCount()
            return Chosen(count, query=self.shown_query, ranges=ranges, rows=rows)
        rows = (row for first, n in ranges for row in range(first, first + n))
        ids = frozenset(i for i in map(self.model.id_at, rows) if i is not None)
        return Chosen(len(ids), ids=ids)

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
    def _restore_last_filter(self) -> None:
        """Open on the filter the analyst left, if it can still be read."""
        try:
            saved = query_from_dict(json.loads(settings.LAST_FILTER.get(self.ctx.settings) or "{}"))
        except ValueError:
            return  # an unreadable leftover is ignored, never an error at start
        self.query = saved
        self.filters.display(saved)
        self.show_sort()

    def show_sort(self) -> None:
        """Put the header's sort arrow where the query's sort is, without re-sorting."""
        key, descending = self.query.sort[0]
        column = next((n for n, c in enumerate(COLUMNS) if c[2] == key), 0)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)

    def clear_filters(self) -> None:
        self.filters.clear_all()

    def _apply_filters(self) -> None:
        query = self.filters.query(self.query)
        if query is not None:
            self.set_query(query)

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column][2]
        if key is None:  # not sortable in SQL: put the indicator back where the sort is
            self.show_sort()
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(self.query.with_changes(sort=((key, descending),)))

    def set_query(self, query: IncidentQuery) -> None:
        self.query = query
        self.filters.describe(query)
        if not query.deleted_only:  # the trash is a view, not a filter to come back to
            text = json.dumps(query_to_dict(query), ensure_ascii=False)
            settings.LAST_FILTER.set(self.ctx.settings, text)
        self.ctx.events.sig_query_changed.emit(query)
        self.reload(data_changed=False)

    # ---- loading ------------------------------------------------------------------------
    def reload(self, *, data_changed: bool = True) -> None:
        """Read the first block of ids off the GUI thread and show it; count afterwards.

        The rows come first: counting 1,000,000 matches takes longer than reading a page of
        them, so a result longer than one block is shown while its count is worked out. The
        total (for "N of M") is counted again only when the data changed, not for a new filter.
        """
        store, query = self.ctx.store, self.query
        known_total = None if data_changed or self._total_stale else self.total
        self._total_stale = known_total is None
        self.ctx.tasks.run(
            lambda: store.incidents.ids(query, 0, BLOCK),
            lambda first: self._first_block(query, first, known_total),
            self._failed,
            key="incident-table",
        )

    def _first_block(self, query: IncidentQuery, first: list[int], known_total: int | None) -> None:
        matching = len(first) if len(first) < BLOCK else None  # a short result counts itself
        if matching is not None and known_total is not None:
            self._loaded(query, first, matching, known_total)
            return
        self._show(query, len(first), first)  # provisional length until the count arrives
        self.summary.setText(self.tr("Counting the incidents…"))
        store = self.ctx.store

        def counts() -> tuple[int, int]:
            total = store.incidents.count() if known_total is None else known_total
            if matching is not None:
                return matching, total
            return (total if query.is_empty else store.incidents.count(query)), total

        def counted(result: tuple[int, int]) -> None:
            self.model.set_count(result[0])
            kept, current, blocks = self._kept
            if blocks:  # the rows below the first block exist now: select them again
                self._reselect(kept, current, blocks)
            self._counted(query, *result)

        self.ctx.tasks.run(counts, counted, self._failed, key="incident-table")

    def _loaded(self, query: IncidentQuery, first: list[int], matching: int, total: int) -> None:
        self._show(query, matching, first)
        self._counted(query, matching, total)  # fewer rows than a block: all of them read

    def _show(self, query: IncidentQuery, rows: int, first: list[int]) -> None:
        ids = self.ctx.store.incidents.ids
        chosen = self.chosen()
        kept = chosen.ids if chosen.ids is not None else frozenset()
        current = self.current_id()
        # the same list read again (another program wrote, a save): the blocks the selection
        # was in are read again too, or a selection below the first block would be dropped
        again = query == self.shown_query
        were = self.model.rows_of({*kept, current}).values() if again else ()
        blocks = sorted({row // BLOCK for row in were} - {0})[:_RESELECT_BLOCKS]
        self.model.set_result(rows, first, lambda offset, limit: ids(query, offset, limit))
        self.shown_query = query
        self._kept = (kept, current, blocks)  # again once counted: rows past the first block
        self._reselect(kept, current)

    def _counted(self, query: IncidentQuery, matching: int, total: int) -> None:
        self.matching, self.total = matching, total
        self._total_stale = False
        locale = self.locale()
        if query.deleted_only:
            filtered = not query.with_changes(deleted_only=False).is_empty
            if matching:
                text = self.tr("Trash: {incidents} (restore them, or empty the trash)").format(
                    incidents=fmt.incidents(matching, locale)
                )
            elif filtered:  # the trash view keeps the filter: it may hide what is there
                text = self.tr("No incident in the trash matches the filter.")
            else:
                text = self.tr("The trash is empty.")
        elif query.is_empty:
            text = fmt.incidents(total, locale)
        elif matching == 1:
            text = self.tr("1 of {total} matches the filter").format(
                total=fmt.incidents(total, locale)
            )
        else:
            text = self.tr("{matching} of {total} incidents match the filter").format(
                matching=locale.toString(matching), total=locale.toString(total)
            )
        self.summary.setText(text)
        self.sig_counts.emit(matching, total)

    def _reselect(
        self, ids: frozenset[int], current: int | None, blocks: Sequence[int] = ()
    ) -> None:
        """Keep the analyst's selection across a reload, for rows in the first block and in
        ``blocks`` (read again)."""
        for block in blocks:
            if block * BLOCK < self.model.rowCount():
                self.model.id_at(block * BLOCK)
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        rows = self.model.rows_of({*ids, current})
        for incident_id in ids:
            row = rows.get(incident_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        row = rows.get(current) if current is not None else None
        if row is not None:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _failed(self, error: Exception) -> None:
        self.summary.setText(self.tr("Could not load incidents: {error}").format(error=error))
