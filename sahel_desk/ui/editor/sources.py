"""The sources of one incident: a small editable list (name, date, URL, scale)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain.dates import DateParseError, parse_event_date
from sahel_desk.domain.errors import Problem
from sahel_desk.domain.incident import DatePrecision, Source
from sahel_desk.ui import i18n


class SourcesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Date"), self.tr("URL"), self.tr("Scale")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(90)
        self.add = QPushButton(self.tr("Add source"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add.clicked.connect(lambda: self.append(Source("")))
        self.remove.clicked.connect(self._remove_current)

    def append(self, source: Source) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (
            source.name,
            source.date.strftime("%d/%m/%Y") if source.date else "",
            source.url or "",
            source.scale or "",
        )
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setCurrentCell(row, 0)

    def set_sources(self, sources: tuple[Source, ...]) -> None:
        self.table.setRowCount(0)
        for source in sources:
            self.append(source)

    def sources(self) -> tuple[tuple[Source, ...], list[Problem]]:
        """The rows as sources (blank rows skipped), and what is wrong with the others."""
        found, problems = [], []
        for row in range(self.table.rowCount()):
            name, date_text, url, scale = (
                (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                for c in range(4)
            )
            if not any((name, date_text, url, scale)):
                continue
            if not name:
                problems.append(
                    Problem("sources", self.tr("source {n} needs a name").format(n=row + 1))
                )
                continue
            date = None
            if date_text:
                try:
                    parsed = parse_event_date(date_text)
                except DateParseError as exc:
                    problems.append(Problem("sources", f"{name}: {i18n.date_error_text(exc)}"))
                    continue
                if parsed.precision is not DatePrecision.DAY:
                    problems.append(
                        Problem(
                            "sources",
                            self.tr("{name}: give the day the source was published").format(
                                name=name
                            ),
                        )
                    )
                    continue
                date = parsed.day
            found.append(Source(name, date, url or None, scale or None))
        return tuple(found), problems

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
