"""A long job's progress and cancel, between a worker thread and a QProgressDialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class JobProgress(QObject):
    """``report(done, total)`` and ``cancelled()`` are safe to call from the worker thread."""

    sig_progress = Signal(int, int)

    def __init__(self, parent: QWidget, title: str, label: str):
        super().__init__(parent)
        self._stop = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._stop.set)
        self.sig_progress.connect(self._show)  # queued: the worker never touches the widget

    def report(self, done: int, total: int) -> None:
        self.sig_progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _show(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def finish(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
