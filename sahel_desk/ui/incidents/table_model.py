"""The incident table's model: it holds ids only and fetches rows a page at a time.

Sorting and filtering happen in SQL (``IncidentQuery``); the model never sorts Python rows
(a proxy model over 100,000 rows takes seconds; SQL takes milliseconds).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sahel_desk.domain.incident import Incident
from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n

PAGE = 200  # rows fetched at once
PAGES_KEPT = 20
BLOCK = 1000  # ids fetched at once (a multiple of PAGE)
BLOCKS_KEPT = 50
IdWindow = Callable[[int, int], list[int]]  # (offset, limit) -> ids of the current result
Index = QModelIndex | QPersistentModelIndex


# (key, header, SQL sort key or None when the column cannot be sorted in SQL)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("date", "Date", "date"),
    ("location", "Location", "location"),
    ("admin1", "Region", "admin1"),
    ("actors", "Actors", "actor1"),
    ("event_type", "Event type", "event_type"),
    ("fatalities", "Fatalities", "fatalities"),
    ("drivers", "Drivers", None),
    ("responses", "Responses", None),
)


class IncidentTableModel(QAbstractTableModel):
    def __init__(
        self,
        fetch: Callable[[Sequence[int]], list[Incident]],
        tags: list[Tag],
        language: str = "en",
    ):
        super().__init__()
        self._fetch = fetch
        self._count = 0
        self._window: IdWindow = lambda _offset, _limit: []
        self._blocks: OrderedDict[int, list[int]] = OrderedDict()
        self._pages: OrderedDict[int, dict[int, Incident]] = OrderedDict()
        self.language = language
        self.set_tags(tags)
        self.locale = QLocale()

    def set_tags(self, tags: list[Tag]) -> None:
        self._labels = {t.code: t.label(self.language) for t in tags}
        self._kinds = {t.code: t.kind for t in tags}

    # ---- content ---------------------------------------------------------------------
    def set_result(self, count: int, first_ids: list[int], window: IdWindow) -> None:
        """A new result: how many rows, the first block of ids, and how to read more."""
        self.beginResetModel()
        self._count = count
        self._window = window
        self._blocks = OrderedDict({0: first_ids})
        self._pages.clear()
        self.endResetModel()

    def set_count(self, count: int) -> None:
        """The length of the current result, once counted (rows shown so far are kept)."""
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # changed between the read and the count: read again
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self._blocks.clear()
            self._pages.clear()
            self.endRemoveRows()

    def set_ids(self, ids: list[int]) -> None:
        """A result held in memory (small lists, tests)."""
        self.set_result(len(ids), ids[:BLOCK], lambda offset, limit: ids[offset : offset + limit])

    def refresh_rows(self) -> None:
        """Drop cached rows so that they are fetched again."""
        self._pages.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def _block(self, number: int) -> list[int]:
        block = self._blocks.get(number)
        if block is None:
            block = self._blocks[number] = self._window(number * BLOCK, BLOCK)
            while len(self._blocks) > BLOCKS_KEPT:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block

    def id_at(self, row: int) -> int | None:
        """The incident on ``row``; None if the data changed under the view (a reload follows)."""
        block = self._block(row // BLOCK)
        offset = row % BLOCK
        return block[offset] if offset < len(block) else None

    def row_of(self, incident_id: int) -> int | None:
        """The row of an incident among the blocks already read (None when not seen)."""
        for number, block in self._blocks.items():
            if incident_id in block:
                return number * BLOCK + block.index(incident_id)
        return None

    def rows_of(self, ids: Iterable[int | None]) -> dict[int, int]:
        """The rows of those of ``ids`` among the blocks already read: one pass over the
        blocks, where ``row_of`` per id would scan them all for each (a reload keeps up to a
        block's worth of selected incidents)."""
        wanted = {i for i in ids if i is not None}
        found: dict[int, int] = {}
        for number, block in self._blocks.items():
            for offset, incident_id in enumerate(block):
                if incident_id in wanted:
                    found[incident_id] = number * BLOCK + offset
        return found

    def incident_at(self, row: int) -> Incident | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            rows = range(page_no * PAGE, min((page_no + 1) * PAGE, self._count))
            ids = [i for i in (self.id_at(r) for r in rows) if i is not None]
            page = {i.id: i for i in self._fetch(ids) if i.id is not None}
            self._pages[page_no] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        incident_id = self.id_at(row)
        return page.get(incident_id) if incident_id is not None else None

    # ---- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Literal headers are listed for lupdate in i18n_catalog under this context.
            return QCoreApplication.translate("IncidentTableModel", COLUMNS[section][1])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and COLUMNS[section][2] is None
        ):  # a click on it sorts nothing: say what to do instead
            return QCoreApplication.translate(
                "IncidentTableModel",
                "Not sortable (several per incident): filter by driver or response instead",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][0] == "fatalities":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        incident = self.incident_at(index.row())
        if incident is None:
            return None
        return self._text(incident, COLUMNS[index.column()][0], role)

    def _text(self, incident: Incident, key: str, role: int) -> str:
        if key == "date":
            return fmt.event_date(incident.date, self.locale)
        if key == "location":
            unverified = QCoreApplication.translate("IncidentTableModel", "(unverified)")
            suffix = "" if incident.place.verified else " " + unverified
            return incident.place.location + suffix
        if key == "admin1":
            return incident.place.admin1
        if key == "actors":
            sep = "\n" if role == Qt.ItemDataRole.ToolTipRole else " — "
            return sep.join(a for a in (incident.actor1, incident.actor2) if a)
        if key == "event_type":
            return (
                f"{i18n.event_type_label(incident.event_type)}: "
                f"{i18n.sub_event_type_label(incident.sub_event_type)}"
            )
        if key == "fatalities":
            return fmt.fatalities(incident.fatalities, self.locale)
        kind = TagKind.DRIVER if key == "drivers" else TagKind.RESPONSE
        labels = sorted(self._labels.get(c, c) for c in incident.tags if self._kinds.get(c) is kind)
        return ("\n" if role == Qt.ItemDataRole.ToolTipRole else ", ").join(labels)
