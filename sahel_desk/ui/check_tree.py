"""A checkable tree with a search box, and a button that drops one down.

Ticks are independent: a ticked parent stands for all of it (a driver group, a region), so
ticking it does not tick its children. Used for drivers and responses in the editor, and for
places and tags in the filter bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from sahel_desk.domain.text import fold

KEY = Qt.ItemDataRole.UserRole


class Node(NamedTuple):
    key: str
    label: str
    parent: str | None = None  # the key of a node given before this one
    tooltip: str = ""
    checkable: bool = True  # False: a heading ("Drivers") that only groups what is below


class CheckTree(QWidget):
    sig_changed = Signal()  # a box was ticked or unticked by the user

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(140)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._headings: dict[str, QTreeWidgetItem] = {}
        self.fit_labels = False  # a drop-down widens to its longest label; a form does not
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.search.textChanged.connect(self._filter)
        self.tree.itemChanged.connect(lambda _item, _column: self.sig_changed.emit())

    def set_nodes(self, nodes: Iterable[Node], *, expand: Callable[[Node], bool] = bool) -> None:
        """(Re)build the tree, keeping what was ticked; ``expand`` says which nodes open."""
        ticked = self.checked()
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items, self._headings = {}, {}
        made: list[tuple[QTreeWidgetItem, Node]] = []
        for node in nodes:
            parent = self._items.get(node.parent or "") or self._headings.get(node.parent or "")
            item = QTreeWidgetItem([node.label])
            item.setData(0, KEY, node.key)
            item.setToolTip(0, node.tooltip or node.label)
            if node.checkable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self._items[node.key] = item
            else:
                self._headings[node.key] = item
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            made.append((item, node))
        if self.fit_labels:  # wide enough for the longest label, expanded, none cut short
            self.tree.expandAll()
            width = self.tree.sizeHintForColumn(0) + self.tree.indentation() * 3 + 40
            self.setMinimumWidth(min(max(width, 320), 640))
        for item, node in made:
            item.setExpanded(expand(node))
        self.tree.blockSignals(False)
        self.set_checked(ticked)

    def set_checked(self, keys: frozenset[str]) -> None:
        self.tree.blockSignals(True)
        for key, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)

    def checked(self) -> frozenset[str]:
        return frozenset(
            key for key, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked
        )

    def keys(self) -> frozenset[str]:
        return frozenset(self._items)

    def label(self, key: str) -> str:
        item = self._items.get(key)
        return item.text(0) if item is not None else key

    def _filter(self, text: str) -> None:
        """Show what matches, with its ancestors (to read it in place) and its descendants."""
        key = fold(text)

        def show(item: QTreeWidgetItem, ancestor_hit: bool) -> bool:
            own = not key or ancestor_hit or key in fold(item.text(0))
            below = [show(item.child(n), own) for n in range(item.childCount())]
            visible = own or any(below)
            item.setHidden(not visible)
            if key and any(below):
                item.setExpanded(True)
            return visible

        for n in range(self.tree.topLevelItemCount()):
            show(self.tree.topLevelItem(n), False)


class TreeButton(QToolButton):
    """A button naming what is ticked in the tree it drops down ("All places", "Mopti +2").

    ``sig_chosen`` fires when the drop-down closes with other ticks than it opened with, so a
    list is filtered once per choice, not once per box. Keys chosen elsewhere that have no box
    here (a chart's or the map's value) are kept, and named, until the ticks change.
    """

    sig_chosen = Signal()

    def __init__(self, tree: CheckTree, nothing: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check_tree = tree
        tree.fit_labels = True
        self.nothing = nothing
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # as wide as the lists beside it, so that a choice reads in full
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        tree.tree.setMinimumHeight(320)
        action.setDefaultWidget(tree)
        menu.addAction(action)
        self.setMenu(menu)
        self._opened_with: frozenset[str] = frozenset()
        self._extra: frozenset[str] = frozenset()  # chosen, but with no box in the tree
        self.sig_chosen.connect(self._forget_extra)  # before any listener reads the choice
        menu.aboutToShow.connect(self._opening)
        menu.aboutToHide.connect(self._closing)
        tree.sig_changed.connect(self.show_choice)
        self.show_choice()

    def _opening(self) -> None:
        self._opened_with = self.check_tree.checked()
        self.check_tree.search.setFocus()

    def _closing(self) -> None:
        self.check_tree.search.clear()  # reopened, the whole tree shows again
        if self.check_tree.checked() != self._opened_with:
            self.sig_chosen.emit()

    def chosen_keys(self) -> frozenset[str]:
        return self.check_tree.checked() | self._extra

    def show_keys(self, keys: frozenset[str]) -> None:
        """Tick ``keys``; those without a box are kept as they are and named on the button."""
        boxes = self.check_tree.keys()
        self.check_tree.set_checked(keys & boxes)
        self._extra = keys - boxes
        self.show_choice()

    def extra_label(self, key: str) -> str:
        """How a chosen key without a box reads on the button."""
        return key

    def _forget_extra(self) -> None:
        self._extra = frozenset()
        self.show_choice()

    def show_choice(self) -> None:
        """Name the ticks, and the chosen keys the tree has no box for."""
        names = sorted(self.check_tree.label(k) for k in self.check_tree.checked())
        names += sorted(map(self.extra_label, self._extra))
        if not names:
            text = self.nothing
        elif len(names) == 1:
            text = names[0]
        else:
            text = self.tr("{first} +{more}").format(first=names[0], more=len(names) - 1)
        self.setText(text)
        self.setToolTip("\n".join(names))
