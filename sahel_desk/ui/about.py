"""The About box: version, database, and the attributions the reference data requires."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sahel_desk import __version__, paths


def attributions() -> str:
    """The shipped ATTRIBUTION files, as plain text."""
    texts = []
    for path in sorted(paths.resources_dir().rglob("ATTRIBUTION*.md")):
        texts.append(path.read_text(encoding="utf-8").strip())
    return "\n\n".join(texts)


def show_about(parent: QWidget, db_path: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Sahel Desk"))
    box.setText(
        QCoreApplication.translate("About", "Sahel Desk {version}\nDatabase: {path}").format(
            version=__version__, path=db_path
        )
    )
    box.setDetailedText(attributions())
    box.setInformativeText(
        QCoreApplication.translate(
            "About",
            "Boundaries: OCHA / ITOS / Government of Mali (COD-AB), CC BY-IGO. "
            "Place names: GeoNames (geonames.org), CC BY 4.0.",
        )
    )
    box.exec()
