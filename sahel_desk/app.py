"""Composition root: opens the store, builds the window, runs the event loop. Imported by no one."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from sahel_desk.domain.errors import SahelDeskError
from sahel_desk.store import Store
from sahel_desk.ui import i18n, settings
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.main_window import MainWindow


def main(db_path: Path, language: str | None = None) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        # Qt would abort with a page about missing xcb libraries; the cause is simpler.
        print(
            "sahel-desk: no display to open the window on (DISPLAY is not set); "
            "the commands work without one: sahel-desk --help",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        window = start(app, db_path, language)
    finally:
        gc.enable()  # cli.main paused it while the window's modules loaded
    if window is None:
        return 1
    try:
        return app.exec()
    finally:
        window.ctx.store.close()


def start(app: QApplication, db_path: Path, language: str | None = None) -> MainWindow | None:
    """Everything up to a shown window (also what the start-up test runs); None on failure,
    after telling the user why. ``language``: this start's, else the one the settings keep."""
    app.setApplicationName("Sahel Desk")
    app.setOrganizationName("SahelDesk")
    if QLocale.system().language() == QLocale.Language.C:
        # A bare "C" system locale prints 100003; analysts read 100,003.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    language = i18n.resolve_language(language or settings.LANGUAGE.get(settings.open_settings()))
    i18n.install(app, language)  # the module keeps the translators alive
    try:
        store = Store.open(db_path)
    except SahelDeskError as exc:
        QMessageBox.critical(None, "Sahel Desk", str(exc))
        return None
    window = MainWindow(AppContext.create(store))
    window.show()
    return window
