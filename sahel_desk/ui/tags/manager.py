"""The tag manager: drivers and responses as a tree, with add, rename, move, merge and hide.

Each button asks what it needs (labels, a parent, a target), then calls a public method
(``add_tag``, ``rename_tag``, ``move_tag``, ``merge_tags``, ``toggle_hidden``) that runs the
Store call off the GUI thread, announces ``Changes(tags=True, …)`` and refreshes the tree.
Tests call those methods directly and replace ``confirm`` (asked before a merge).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.domain.errors import ValidationError
from sahel_desk.domain.history import Changes
from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.ui import format as fmt
from sahel_desk.ui.context import AppContext

CODE = Qt.ItemDataRole.UserRole  # a tag row: its code
KIND = Qt.ItemDataRole.UserRole + 1  # every row: the kind's value
ERROR_STYLE = "color: #c62828;"
Choices = list[tuple[str, str | None]]  # (text shown, tag code or None for "top level")


def _language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(problem.message for problem in error.problems)
    return str(error)


class TagLabelsDialog(QDialog):
    """English and French labels (French follows English until typed in) and, for a new
    tag, where it goes."""

    def __init__(
        self,
        title: str,
        label_en: str = "",
        label_fr: str = "",
        parents: Choices | None = None,
        current_parent: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.label_en = QLineEdit(label_en)
        self.label_fr = QLineEdit(label_fr)
        self._french_typed = bool(label_fr) and label_fr != label_en
        self.label_en.textEdited.connect(self._follow)
        self.label_fr.textEdited.connect(self._typed)
        self.parent_tag = QComboBox()
        for text, code in parents or []:
            self.parent_tag.addItem(text, code)
        self.parent_tag.setCurrentIndex(max(0, self.parent_tag.findData(current_parent)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("English label"), self.label_en)
        form.addRow(self.tr("French label"), self.label_fr)
        if parents:
            form.addRow(self.tr("Under"), self.parent_tag)
        form.addRow(buttons)

    def _follow(self, text: str) -> None:
        if not self._french_typed:
            self.label_fr.setText(text)

    def _typed(self, _text: str) -> None:
        self._french_typed = True

    def values(self) -> tuple[str, str, str | None]:
        return self.label_en.text(), self.label_fr.text(), self.parent_tag.currentData()


class TagChoiceDialog(QDialog):
    """One tag (or "top level") from a list: a new parent, or the tag to merge into."""

    def __init__(self, title: str, prompt: str, choices: Choices, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.choices = QComboBox()
        for text, code in choices:
            self.choices.addItem(text, code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(prompt, self.choices)
        form.addRow(buttons)

    def choice(self) -> str | None:
        return self.choices.currentData()


class TagManagerDialog(QDialog):
    """Drivers and responses (and the user's own tags, when there are any) with their use."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tags: dict[str, Tag] = {}
        self.usage: dict[str, int] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self._select: str | None = None
        # Replaceable in tests: how to ask before a merge (a real message box by default).
        self.confirm: Callable[[str], bool] = self._confirm
        self.setWindowTitle(self.tr("Manage drivers and responses"))
        self.resize(820, 560)
        self.sections = {
            TagKind.DRIVER: self.tr("Drivers"),
            TagKind.RESPONSE: self.tr("Responses"),
            TagKind.USER: self.tr("Own tags"),
        }

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("English"), self.tr("French"), self.tr("Incidents"), self.tr("Hidden")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.on_rename())

        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.hide_button = QPushButton(self.tr("Hide"))
        self.add_button.clicked.connect(self.on_add)
        self.rename_button.clicked.connect(self.on_rename)
        self.move_button.clicked.connect(self.on_move)
        self.merge_button.clicked.connect(self.on_merge)
        self.hide_button.clicked.connect(self.on_toggle_hidden)
        self.hint = QLabel(
            self.tr(
                "Hidden tags stay on their incidents and in the filters; the editor no "
                "longer offers them."
            )
        )
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.move_button,
            self.merge_button,
            self.hide_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(actions)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self._listening = True
        ctx.events.sig_data_changed.connect(self.on_data_changed)
        self._update_buttons()
        self.refresh()

    # ---- the tree ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload tags and their use off the GUI thread (counts grow with the data)."""
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda: (store.tags.all(), store.tags.usage()),
            self._fill,
            self._show_error,
            key=f"tag-manager-{id(self)}",
        )

    def on_data_changed(self, _changes: Changes) -> None:
        """Any change may move the counts (an edit, a delete) or the tags themselves."""
        if self._listening:
            self.refresh()

    def _fill(self, result: tuple[list[Tag], dict[str, int]]) -> None:
        tags, usage = result
        keep = self._select or self.selected_code()
        self._select = None
        self.tags = {tag.code: tag for tag in tags}
        self.usage = usage
        self.items = {}
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        locale = QLocale()
        sections: dict[TagKind, QTreeWidgetItem] = {}
        for kind, title in self.sections.items():
            if kind is TagKind.USER and not any(t.kind is kind for t in tags):
                continue
            section = QTreeWidgetItem([title])
            section.setFont(0, bold)
            section.setData(0, KIND, kind.value)
            self.tree.addTopLevelItem(section)
            sections[kind] = section
        for tag in tags:
            holder = self.items.get(tag.parent or "") or sections.get(tag.kind)
            if holder is None:
                continue
            item = QTreeWidgetItem(
                [
                    tag.label_en,
                    tag.label_fr,
                    locale.toString(usage.get(tag.code, 0)),
                    self.tr("hidden") if tag.hidden else "",
                ]
            )
            item.setData(0, CODE, tag.code)
            item.setData(0, KIND, tag.kind.value)
            item.setToolTip(0, tag.code)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tag.hidden:
                for column in range(4):
                    item.setForeground(column, dim)
            holder.addChild(item)
            self.items[tag.code] = item
        self.tree.expandAll()
        if keep in self.items:
            self.tree.setCurrentItem(self.items[keep])
        self._update_buttons()

    def item(self, code: str) -> QTreeWidgetItem | None:
        return self.items.get(code)

    def select(self, code: str) -> None:
        if code in self.items:
            self.tree.setCurrentItem(self.items[code])

    def selected_code(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, CODE) if item is not None else None

    def selected_kind(self) -> TagKind | None:
        item = self.tree.currentItem()
        return TagKind(item.data(0, KIND)) if item is not None else None

    def _update_buttons(self) -> None:
        code = self.selected_code()
        tag = self.tags.get(code or "")
        self.add_button.setEnabled(self.selected_kind() is not None)
        for button in (self.rename_button, self.move_button, self.merge_button, self.hide_button):
            button.setEnabled(tag is not None)
        self.hide_button.setText(self.tr("Show") if tag and tag.hidden else self.tr("Hide"))

    def _name(self, code: str | None) -> str:
        tag = self.tags.get(code or "")
        return tag.label(_language()) if tag else (code or "")

    def _path(self, tag: Tag) -> str:
        parent = self.tags.get(tag.parent or "")
        own = tag.label(_language())
        return f"{parent.label(_language())} › {own}" if parent else own

    def _top_level(self, kind: TagKind, besides: str | None = None) -> Choices:
        return [
            (tag.label(_language()), tag.code)
            for tag in self.tags.values()
            if tag.kind is kind and tag.parent is None and tag.code != besides
        ]

    def _has_children(self, code: str) -> bool:
        return any(tag.parent == code for tag in self.tags.values())

    # ---- the buttons: ask, then call the methods below -----------------------------------
    def on_add(self) -> None:
        kind = self.selected_kind()
        if kind is None:
            return
        tag = self.tags.get(self.selected_code() or "")
        current = (tag.parent or tag.code) if tag else None
        dialog = TagLabelsDialog(
            self.tr("New tag"),
            parents=[(self.tr("(top level)"), None), *self._top_level(kind)],
            current_parent=current,
            parent=self,
        )
        if dialog.exec():
            label_en, label_fr, parent = dialog.values()
            self.add_tag(kind, label_en, label_fr, parent)

    def on_rename(self) -> None:
        tag = self.tags.get(self.selected_code() or "")
        if tag is None:
            return
        dialog = TagLabelsDialog(self.tr("Rename"), tag.label_en, tag.label_fr, parent=self)
        if dialog.exec():
            label_en, label_fr, _ = dialog.values()
            self.rename_tag(tag.code, label_en, label_fr)

    def on_move(self) -> None:
        tag = self.tags.get(self.selected_code() or "")
        if tag is None:
            return
        if self._has_children(tag.code):
            self.error.setText(
                self.tr(
                    "“{tag}” has sub-tags, and tags have two levels: move its sub-tags out "
                    "first, or merge it into another tag."
                ).format(tag=self._name(tag.code))
            )
            return
        choices = [(self.tr("(top level)"), None), *self._top_level(tag.kind, tag.code)]
        dialog = TagChoiceDialog(
            self.tr("Move “{tag}”").format(tag=self._name(tag.code)),
            self.tr("Under"),
            choices,
            self,
        )
        dialog.choices.setCurrentIndex(max(0, dialog.choices.findData(tag.parent)))
        if dialog.exec():
            self.move_tag(tag.code, dialog.choice())

    def on_merge(self) -> None:
        tag = self.tags.get(self.selected_code() or "")
        if tag is None:
            return
        below = {t.code for t in self.tags.values() if t.parent == tag.code}
        targets = [
            (self._path(t), t.code)
            for t in self.tags.values()
            if t.kind is tag.kind
            and t.code != tag.code
            and t.code not in below
            and not (below and t.parent is not None)
        ]
        if not targets:
            self.error.setText(
                self.tr("There is no tag to merge “{tag}” into.").format(tag=self._name(tag.code))
            )
            return
        dialog = TagChoiceDialog(
            self.tr("Merge “{tag}”").format(tag=self._name(tag.code)),
            self.tr("Into"),
            targets,
            self,
        )
        if dialog.exec() and dialog.choice():
            self.merge_tags(tag.code, dialog.choice() or "")

    def on_toggle_hidden(self) -> None:
        code = self.selected_code()
        if code in self.tags:
            self.toggle_hidden(code)

    # ---- the operations (what the buttons do once they know; tests call these) -----------
    def add_tag(
        self, kind: TagKind, label_en: str, label_fr: str, parent: str | None = None
    ) -> None:
        store = self.ctx.store
        self._run(lambda: store.tags.add(kind, label_en, label_fr, parent))

    def rename_tag(self, code: str, label_en: str, label_fr: str) -> None:
        store = self.ctx.store
        self._run(lambda: store.tags.rename(code, label_en, label_fr))

    def move_tag(self, code: str, parent: str | None) -> None:
        store = self.ctx.store
        self._run(lambda: store.tags.move(code, parent))

    def toggle_hidden(self, code: str) -> None:
        store = self.ctx.store
        hidden = not (self.tags[code].hidden if code in self.tags else False)
        self._run(lambda: store.tags.set_hidden(code, hidden))

    def merge_tags(self, source: str, into: str) -> bool:
        """Ask ``confirm`` first (a merge cannot be undone); False when the user declined."""
        question = self.tr(
            "Merge “{source}” into “{into}”?\n\n"
            "Incidents tagged “{source}”: {incidents}. They will carry “{into}” instead; its "
            "sub-tags, if any, move under “{into}”; then “{source}” is deleted.\n\n"
            "This cannot be undone."
        ).format(
            source=self._name(source),
            into=self._name(into),
            incidents=fmt.incidents(self.usage.get(source, 0), self.locale()),
        )
        if not self.confirm(question):
            return False
        self.error.clear()
        store = self.ctx.store

        def done(changes: Changes) -> None:
            self.ctx.undo.clear()  # older steps may name the tag that is now gone
            self._select = into
            self.ctx.events.sig_data_changed.emit(changes)

        def merge() -> Changes:
            return store.tags.merge(source, into)

        self.ctx.tasks.run(merge, done, self._show_error, write=True)
        return True

    def _run(self, work: Callable[[], Tag]) -> None:
        self.error.clear()

        def done(tag: Tag) -> None:
            self._select = tag.code
            self.ctx.events.sig_data_changed.emit(Changes(tags=True))

        self.ctx.tasks.run(work, done, self._show_error, write=True)

    def _show_error(self, error: Exception) -> None:
        self.error.setText(self.tr("Not done: {error}").format(error=_message(error)))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Merge tags"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def done(self, result: Any) -> None:
        """Closing: stop listening, so a late refresh never reaches a closed dialog."""
        if self._listening:
            self._listening = False
            self.ctx.events.sig_data_changed.disconnect(self.on_data_changed)
        super().done(result)
