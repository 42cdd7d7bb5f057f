"""The main window: the incident list, the editor beside it, the match count below."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from sahel_desk.ui.about import show_about
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.editor.form import IncidentEditor
from sahel_desk.ui.incidents.panel import IncidentPanel


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        store = ctx.store
        self.setWindowTitle(self.tr("Sahel Desk — {name}").format(name=store.path.name))
        self.resize(1280, 760)

        self.incidents = IncidentPanel(ctx, self)
        self.editor = IncidentEditor(ctx, self)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.incidents)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([680, 600])
        self.setCentralWidget(self.splitter)
        self.incidents.table.doubleClicked.connect(
            lambda index: self.open_incident(self.incidents.model.id_at(index.row()))
        )
        self.editor.sig_open_incident.connect(self.open_incident)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.incidents.sig_counts.connect(self._show_counts)
        self._show_counts(self.incidents.matching, self.incidents.total)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_action = QAction(self.tr("&New incident"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_incident)
        file_menu.addAction(new_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Sahel Desk"), self)
        about_action.triggered.connect(lambda: show_about(self, str(store.path)))
        help_menu.addAction(about_action)

    def new_incident(self) -> None:
        if not self.editor.dirty or self.editor.confirm_discard():
            self.editor.new()

    def open_incident(self, incident_id: int) -> None:
        if self.editor.dirty and not self.editor.confirm_discard():
            return
        self.editor.open(self.ctx.store.incidents.get(incident_id))

    def _show_counts(self, matching: int, total: int) -> None:
        locale = self.locale()
        self.counts.setText(
            self.tr("{matching} of {total} incidents").format(
                matching=locale.toString(matching), total=locale.toString(total)
            )
        )
