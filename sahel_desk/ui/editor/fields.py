"""Entry fields with completion: places from the gazetteer, actors from the registry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from sahel_desk.domain.places import GazetteerEntry


class PlaceField(QLineEdit):
    """A location typed freely; choosing a completion ties it to a gazetteer entry.

    Editing the text afterwards unties it: a place the gazetteer does not know is kept,
    unverified.
    """

    sig_place_chosen = Signal(object)  # GazetteerEntry | None

    def __init__(
        self, search: Callable[[str, int], list[GazetteerEntry]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._search = search
        self._shown: dict[str, GazetteerEntry] = {}
        self.entry: GazetteerEntry | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        completer.activated[str].connect(self._chosen)
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if self.entry is not None:
            self.entry = None
            self.sig_place_chosen.emit(None)
        entries = self._search(text, 15) if len(text.strip()) >= 2 else []
        self._shown = {self._label(e): e for e in entries}
        self._model.setStringList(list(self._shown))

    @staticmethod
    def _label(entry: GazetteerEntry) -> str:
        where = ", ".join(
            p for p in (entry.admin2, entry.admin1, entry.country) if p and p != entry.name
        )
        return f"{entry.name} — {where}" if where else entry.name

    def choose(self, entry: GazetteerEntry) -> None:
        self.entry = entry
        self.setText(entry.name)
        self.sig_place_chosen.emit(entry)

    def _chosen(self, label: str) -> None:
        entry = self._shown.get(label)
        if entry is not None:
            # The completer writes the label into the field after this slot; put the name back.
            QTimer.singleShot(0, lambda: self.choose(entry))


class ActorField(QLineEdit):
    """An actor name with completion over every registry name and alias."""

    def __init__(self, spellings: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        completer = QCompleter(spellings, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_spellings(self, spellings: list[str]) -> None:
        """Complete over these names (the registry after an import added actors)."""
        self.completer().model().setStringList(spellings)  # type: ignore[attr-defined]
