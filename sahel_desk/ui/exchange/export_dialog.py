"""File → Export: what to export (the current filter or everything), where, as what."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ExportDialog(QDialog):
    """Choose the incidents (filter or all), the format and the file."""

    def __init__(
        self,
        *,
        matching: int,
        total: int,
        filter_words: str,
        folder: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export incidents"))
        locale = QLocale()
        layout = QVBoxLayout(self)
        self.filtered = QRadioButton(
            self.tr("The {n} incidents of the current filter").format(n=locale.toString(matching))
        )
        self.everything = QRadioButton(
            self.tr("All {n} incidents").format(n=locale.toString(total))
        )
        group = QButtonGroup(self)
        for button in (self.filtered, self.everything):
            group.addButton(button)
            layout.addWidget(button)
        if filter_words:
            shown = QLabel(self.tr("Filter: {parts}").format(parts=filter_words))
            shown.setWordWrap(True)
            shown.setIndent(24)
            layout.insertWidget(1, shown)
            self.filtered.setChecked(True)
        else:
            self.filtered.setEnabled(False)
            self.everything.setChecked(True)
        layout.addSpacing(8)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A workbook (.xlsx) holds the incidents, a monthly summary with a chart, "
                    "drivers, responses and what was exported. A CSV (.csv) holds ACLED's 31 "
                    "columns only, for tools that read ACLED files."
                ),
                wordWrap=True,
            )
        )
        row = QHBoxLayout()
        self.path = QLineEdit(str(Path(folder) / self.tr("sahel-desk-export.xlsx")))
        self.path.setMinimumWidth(380)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        layout.insertWidget(layout.count() - 1, self.error)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path.text(),
            self.tr("Excel workbook (*.xlsx);;ACLED CSV (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # Export asks, once, for any path
        )
        if chosen:
            self.path.setText(chosen)

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _accept(self) -> None:
        target = self.target()
        if target.suffix.lower() not in (".xlsx", ".csv"):
            self.error.setText(self.tr("Name the file .xlsx (workbook) or .csv (ACLED CSV)."))
        elif not target.parent.is_dir():
            self.error.setText(
                self.tr("The folder {folder} does not exist.").format(folder=target.parent)
            )
        elif target.is_dir():
            self.error.setText(
                self.tr("{name} is a folder: name the file to write in it.").format(
                    name=target.name
                )
            )
        elif target.exists() and not self.confirm_replace(target):
            return  # the user keeps the file; the dialog stays open to choose another name
        else:
            self.accept()
            return
        self.error.show()

    def confirm_replace(self, target: Path) -> bool:
        """Ask before an export replaces a file (a colleague's workbook of the same name)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{name} already exists in {folder}. Replace it with this export?").format(
                name=target.name, folder=target.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
