"""The main window: the incident list in the centre, the match count in the status bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from sahel_desk.ui.about import show_about
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.panel import IncidentPanel


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        store = ctx.store
        self.setWindowTitle(self.tr("Sahel Desk — {name}").format(name=store.path.name))
        self.resize(1280, 760)

        self.incidents = IncidentPanel(ctx, self)
        self.setCentralWidget(self.incidents)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.incidents.sig_counts.connect(self._show_counts)
        self._show_counts(self.incidents.matching, self.incidents.total)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Sahel Desk"), self)
        about_action.triggered.connect(lambda: show_about(self, str(store.path)))
        help_menu.addAction(about_action)

    def _show_counts(self, matching: int, total: int) -> None:
        locale = self.locale()
        self.counts.setText(
            self.tr("{matching} of {total} incidents").format(
                matching=locale.toString(matching), total=locale.toString(total)
            )
        )
