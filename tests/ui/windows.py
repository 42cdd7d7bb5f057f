"""The main window as UI tests open it: over a real store, tasks run in place, shown and
closed by pytest-qt; and an entry of the import preview's menu taken as a user does. Import
as ``from ui.windows import shown_window, menu_choice``."""

from __future__ import annotations

from typing import Any

from sahel_desk.store import Store
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.exchange.preview import ImportPreviewDialog
from sahel_desk.ui.main_window import MainWindow


def shown_window(qtbot: Any, store: Store, *, show: bool = True) -> MainWindow:
    window = MainWindow(AppContext.create(store, synchronous=True))
    qtbot.addWidget(window)
    if show:
        window.show()
    return window


def menu_choice(dialog: ImportPreviewDialog, position: int, starts: str) -> None:
    """Right-click the row at ``position`` (which selects it) and take the entry of the menu
    that opens starting with ``starts``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    dialog.show()
    dialog.which.setCurrentIndex(0)  # every row: the position is the proxy's row
    viewport = dialog.table.viewport()
    at = dialog.table.visualRect(dialog.proxy.index(position, 3)).center()
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at))
    QApplication.sendEvent(viewport, event)
    (action,) = [a for a in dialog.menu.actions() if a.text().startswith(starts)]
    action.trigger()
    dialog.menu.close()
