"""Named saved filters: a list to pick one from, Save… and Delete, kept in the settings.

Replacing a saved filter of the same name, or deleting one, is asked first: a saved filter
can be a morning's work of choosing places, tags and dates.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sahel_desk.domain.query import IncidentQuery, query_from_dict, query_to_dict
from sahel_desk.ui import settings
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.layout import shrinkable

Yes, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel


class SavedFilters(QWidget):
    sig_use = Signal(object)  # the IncidentQuery of the saved filter picked
    sig_error = Signal(str)  # a saved filter that cannot be read, in words

    def __init__(
        self,
        ctx: AppContext,
        current: Callable[[], IncidentQuery | None],
        parent: QWidget | None = None,
    ):
        """``current``: the filter on screen (None when a field cannot be read)."""
        super().__init__(parent)
        self.ctx = ctx
        self._current = current
        self.choice = shrinkable(QComboBox())
        self.save_button = QPushButton(self.tr("Save filter…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the saved filter chosen on the left"))
        self.delete_button.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.delete_button)
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self._ask_name_and_save)
        self.delete_button.clicked.connect(self._ask_and_delete)
        self.choice.activated.connect(self._use)
        self.choice.currentIndexChanged.connect(
            lambda n: self.delete_button.setEnabled(self.choice.itemData(n) is not None)
        )
        self._fill()

    def all(self) -> dict[str, dict]:
        try:
            data = json.loads(settings.SAVED_FILTERS.get(self.ctx.settings) or "{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_as(self, name: str, query: IncidentQuery) -> None:
        data = self.all()
        data[name] = query_to_dict(query.with_changes(sort=IncidentQuery().sort))
        self._write(data)
        self.choice.setCurrentIndex(self.choice.findData(name))

    def delete(self, name: str) -> None:
        data = self.all()
        data.pop(name, None)
        self._write(data)

    def _write(self, data: dict[str, dict]) -> None:
        settings.SAVED_FILTERS.set(self.ctx.settings, json.dumps(data, ensure_ascii=False))
        self._fill()

    def _fill(self) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Saved filters…"), None)
        for name in sorted(self.all(), key=str.casefold):
            self.choice.addItem(name, name)
        self.choice.blockSignals(False)
        self.delete_button.setEnabled(False)

    def _ask_name_and_save(self) -> None:
        current = self._current()
        if current is None:
            return  # a field cannot be read: the filter bar says which
        if current.with_changes(sort=IncidentQuery().sort) == IncidentQuery():
            self.sig_error.emit(self.tr("Nothing to save: no filter is set."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name:"))
        name = name.strip()
        if not ok or not name:
            return
        # "JNIM" and "jnim" are one name: the one saved first keeps its spelling
        name = next((n for n in self.all() if n.casefold() == name.casefold()), name)
        if name in self.all() and not self._confirm(
            self.tr("Replace the saved filter “{name}” with the filter on screen?"), name
        ):
            return
        self.save_as(name, current)

    def _ask_and_delete(self) -> None:
        name = self.choice.currentData()
        if name is not None and self._confirm(
            self.tr("Delete the saved filter “{name}”? The incidents are not affected."), name
        ):
            self.delete(name)

    def _confirm(self, question: str, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Saved filters"), question.format(name=name), Yes | Cancel, Cancel
        )
        return answer == Yes

    def _use(self, index: int) -> None:
        name = self.choice.itemData(index)
        if name is None:
            return
        try:
            query = query_from_dict(self.all()[name])
        except (KeyError, ValueError) as exc:
            self.sig_error.emit(
                self.tr("This saved filter cannot be read: {error}").format(error=exc)
            )
            return
        self.sig_use.emit(query)
        self.choice.setCurrentIndex(index)  # applying it reset the list: it is the one shown

    def forget_choice(self) -> None:
        """The filter on screen changed: it is no longer the saved one the list names."""
        self.choice.setCurrentIndex(0)
