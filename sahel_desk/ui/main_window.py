"""The main window. A shell for now: the incident workspace (issue 3) fills its centre."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from sahel_desk.store import Store
from sahel_desk.ui.about import show_about


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Sahel Desk — {name}").format(name=store.path.name))
        self.resize(1100, 700)

        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.addWidget(self.summary)
        self.setCentralWidget(centre)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Sahel Desk"), self)
        about_action.triggered.connect(lambda: show_about(self, str(self.store.path)))
        help_menu.addAction(about_action)
        self.refresh()

    def refresh(self) -> None:
        total = self.store.incidents.count()
        self.summary.setText(
            self.tr("{count} incidents in\n{path}").format(
                count=self.locale().toString(total), path=self.store.path
            )
        )
        self.statusBar().showMessage(
            self.tr("{count} incidents").format(count=self.locale().toString(total))
        )
