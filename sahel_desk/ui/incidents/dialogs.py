"""Small dialogs of the incident list: an incident's history, and tagging many at once."""

from __future__ import annotations

import json

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain.history import Revision
from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n


def _value(text: str | None, labels: dict[str, str], field: str | None = None) -> str:
    """A stored old/new value as a person reads it (tag codes as their labels; an unknown
    toll as "unknown", never a dash that could be read as none)."""
    if text is None:
        return ""
    value = json.loads(text)
    if value is None and field in ("fatalities", "fatalities_low", "fatalities_high"):
        return fmt.fatalities(None, QLocale())
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(
            v.get("name", "") if isinstance(v, dict) else labels.get(str(v), str(v)) for v in value
        )
    return labels.get(str(value), str(value))


class HistoryDialog(QDialog):
    """Who changed what, when: old -> new, from the revision log."""

    def __init__(
        self,
        incident_id: int,
        revisions: list[Revision],
        parent: QWidget | None = None,
        tags: list[Tag] | None = None,
        language: str = "en",
    ):
        super().__init__(parent)
        labels = {t.code: t.label(language) for t in tags or ()}
        fields = i18n.field_words()
        self.setWindowTitle(self.tr("History of incident {id}").format(id=incident_id))
        self.resize(820, 420)
        actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("moved to the trash"),
            "restore": self.tr("restored"),
        }
        self.table = QTableWidget(len(revisions), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When (UTC)"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, rev in enumerate(revisions):
            if rev.field:
                what = fields.get(rev.field, rev.field)
            else:
                what = actions.get(rev.action.value, rev.action.value)
            who = rev.author
            if rev.imported_from:  # a colleague's change, most likely: say whose file
                who = self.tr("{author} (import of {file})").format(
                    author=rev.author, file=rev.imported_from
                )
            cells = (
                f"{rev.at:%Y-%m-%d %H:%M}",
                who,
                what,
                _value(rev.old, labels, rev.field),
                _value(rev.new, labels, rev.field),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if rev.imported_from:
                self.table.item(row, 1).setToolTip(
                    self.tr("{author} imported “{file}”; the file does not say who made the "
                            "change in it.").format(author=rev.author, file=rev.imported_from)
                )  # fmt: skip
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class BulkTagDialog(QDialog):
    """Add or remove one driver or response on the selected incidents."""

    def __init__(
        self, tags: list[Tag], count: int, language: str = "en", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tag {n} incidents").format(n=count))
        self.tag = QComboBox()
        kinds = {TagKind.DRIVER: self.tr("Driver"), TagKind.RESPONSE: self.tr("Response")}
        by_code = {t.code: t for t in tags}
        for tag in tags:
            if tag.hidden or tag.kind not in kinds:
                continue
            parent_tag = by_code.get(tag.parent or "")
            path = f"{parent_tag.label(language)} › " if parent_tag else ""
            self.tag.addItem(f"{kinds[tag.kind]}: {path}{tag.label(language)}", tag.code)
        self.add = QRadioButton(self.tr("Add it"))
        self.remove = QRadioButton(self.tr("Remove it"))
        self.add.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow("", self.add)
        form.addRow("", self.remove)
        form.addRow(buttons)

    def choice(self) -> tuple[frozenset[str], frozenset[str]]:
        code = frozenset({self.tag.currentData()})
        return (code, frozenset()) if self.add.isChecked() else (frozenset(), code)
