"""Drivers or responses as a checkable two-level tree, with a search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sahel_desk.domain.tags import Tag
from sahel_desk.domain.text import fold

CODE = Qt.ItemDataRole.UserRole


class TagPicker(QWidget):
    def __init__(self, tags: list[Tag], language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(140)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.language = language
        self.set_tags(tags)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.search.textChanged.connect(self._filter)

    def set_tags(self, tags: list[Tag]) -> None:
        """(Re)build the tree from the vocabulary, keeping what was ticked."""
        ticked = self.checked() if self._items else frozenset()
        self.tree.clear()
        self._items = {}
        language = self.language
        for tag in tags:
            if tag.hidden:
                continue
            parent_item = self._items.get(tag.parent) if tag.parent else None
            item = QTreeWidgetItem([tag.label(language)])
            item.setData(0, CODE, tag.code)
            item.setToolTip(0, tag.description_fr if language == "fr" else tag.description_en)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent_item is None:
                self.tree.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            self._items[tag.code] = item
        self.tree.expandAll()
        self.set_checked(ticked)

    def set_checked(self, codes: frozenset[str]) -> None:
        for code, item in self._items.items():
            state = Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked
            item.setCheckState(0, state)

    def checked(self) -> frozenset[str]:
        return frozenset(
            code
            for code, item in self._items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def codes(self) -> frozenset[str]:
        return frozenset(self._items)

    def _filter(self, text: str) -> None:
        key = fold(text)
        for item in self._items.values():
            own = not key or key in fold(item.text(0))
            children = [item.child(n) for n in range(item.childCount())]
            child_hit = any(not key or key in fold(c.text(0)) for c in children)
            item.setHidden(not (own or child_hit))
