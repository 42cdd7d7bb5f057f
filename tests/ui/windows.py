"""The main window as UI tests open it: over a real store, tasks run in place, shown and
closed by pytest-qt. Import as ``from ui.windows import shown_window``."""

from __future__ import annotations

from typing import Any

from sahel_desk.store import Store
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.main_window import MainWindow


def shown_window(qtbot: Any, store: Store, *, show: bool = True) -> MainWindow:
    window = MainWindow(AppContext.create(store, synchronous=True))
    qtbot.addWidget(window)
    if show:
        window.show()
    return window
