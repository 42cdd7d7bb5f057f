"""The incident table's model: it holds ids only and fetches rows a page at a time.

Sorting and filtering happen in SQL (``IncidentQuery``); the model never sorts Python rows
(a proxy model over 100,000 rows takes seconds; SQL takes milliseconds).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
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

PAGE = 200
PAGES_KEPT = 20
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
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Incident]] = OrderedDict()
        self.language = language
        self.set_tags(tags)
        self.locale = QLocale()

    def set_tags(self, tags: list[Tag]) -> None:
        self._labels = {t.code: t.label(self.language) for t in tags}
        self._kinds = {t.code: t.kind for t in tags}

    # ---- content ---------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self, ids: set[int]) -> None:
        """Drop cached rows of changed incidents so they are fetched again."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, incident_id: int) -> int | None:
        try:
            return self._ids.index(incident_id)
        except ValueError:
            return None

    def incident_at(self, row: int) -> Incident | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = {i.id: i for i in self._fetch(ids) if i.id is not None}
            self._pages[page_no] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # ---- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Literal headers are listed for lupdate in i18n_catalog under this context.
            return QCoreApplication.translate("IncidentTableModel", COLUMNS[section][1])
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
