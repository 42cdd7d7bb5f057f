"""The main window: the incident list, beside it the editor, trends and map tabs, the match
count below."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QSplitter

from sahel_desk.domain.errors import Cancelled
from sahel_desk.domain.history import Changes
from sahel_desk.domain.incident import Incident
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.ui import format as fmt
from sahel_desk.ui import i18n, settings
from sahel_desk.ui.about import show_about
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.editor.form import IncidentEditor
from sahel_desk.ui.exchange.export_dialog import ExportDialog
from sahel_desk.ui.exchange.ops import ImportFlow, error_text, export_message, run_export
from sahel_desk.ui.incidents.dialogs import BulkTagDialog, HistoryDialog
from sahel_desk.ui.incidents.ops import delete_incidents, empty_trash, retag_incidents
from sahel_desk.ui.incidents.panel import IncidentPanel
from sahel_desk.ui.incidents.undo import UndoRunner, _StoreCommand
from sahel_desk.ui.side_tabs import SideTabs
from sahel_desk.ui.tags.manager import TagManagerDialog
from sahel_desk.ui.watch import ChangeWatcher

_BACK_STEPS = 20  # filters View → Back can return to


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        store = ctx.store
        self.setWindowTitle(self.tr("Sahel Desk — {name}").format(name=store.path.name))
        self.resize(1280, 760)

        self.incidents = IncidentPanel(ctx, self)
        self.editor = IncidentEditor(ctx, self)
        self.side = SideTabs(self.editor, ctx, self, describe=self.incidents.filters.words)
        self.side.follow(self.incidents.query)
        self.side.sig_drill.connect(self.show_query)
        self.side.sig_open.connect(self.open_incident)
        self.side.sig_message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        # "Showing the incidents of ..." is wrong once the filter is cleared
        self.incidents.clear.clicked.connect(self.statusBar().clearMessage)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.incidents)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([680, 600])
        self.setCentralWidget(self.splitter)
        self.incidents.table.doubleClicked.connect(self._open_row)
        table = self.incidents.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        self.editor.sig_open_incident.connect(self.open_incident)
        ctx.events.sig_data_changed.connect(self._on_data_changed)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.incidents.sig_counts.connect(self._show_counts)
        self._show_counts(self.incidents.matching, self.incidents.total)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_action = QAction(self.tr("&New incident"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_incident)
        file_menu.addAction(new_action)
        file_menu.addSeparator()
        self.import_flow = ImportFlow(
            ctx,
            self,
            lambda text: self.statusBar().showMessage(text, 15_000),
            self._may_import,
        )
        self._action(file_menu, self.tr("&Import…"), self.import_file, QKeySequence("Ctrl+I"))
        self._action(file_menu, self.tr("&Export…"), self.export_incidents, QKeySequence("Ctrl+E"))
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_runner = UndoRunner(ctx.undo, ctx.tasks, ctx.events)
        self.undo_runner.may_run = self._may_step
        undo = QAction(self.tr("&Undo"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = QAction(self.tr("&Redo"), self)
        # Ctrl+Shift+Z everywhere, plus the platform's own Redo (Ctrl+Y on Windows); on Linux
        # they are the same key, and a shortcut listed twice is "ambiguous" and never fires.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys
        ]
        redo.setShortcuts(redo_keys)
        undo.triggered.connect(self.undo_runner.undo)
        redo.triggered.connect(self.undo_runner.redo)
        self.undo_action, self.redo_action = undo, redo
        ctx.undo.indexChanged.connect(self._show_undo_state)
        self.undo_runner.sig_busy.connect(self._show_undo_state)
        self.undo_runner.sig_failed.connect(self._report)
        self.undo_runner.sig_done.connect(self._show_undone)
        self._show_undo_state()
        # Data undo belongs to the list: in the editor's fields Ctrl+Z undoes typing.
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.incidents.addAction(action)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.delete_action = self._list_action(
            edit_menu,
            self.tr("&Delete (move to trash)"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
        )
        self.restore_action = self._action(
            edit_menu, self.tr("&Restore from trash"), self.restore_selected
        )
        self._action(
            edit_menu,
            self.tr("&Tag selected incidents…"),
            self.tag_selected,
            QKeySequence("Ctrl+T"),
        )
        self._action(
            edit_menu,
            self.tr("&History of this incident"),
            self.show_history,
            QKeySequence("Ctrl+H"),
        )
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Manage drivers and responses…"), self.manage_tags)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.trash_action = self._action(
            view_menu, self.tr("Show the &trash"), self.incidents.show_trash
        )
        self.trash_action.setCheckable(True)
        self._action(view_menu, self.tr("&Empty the trash…"), self.empty_trash)
        self._earlier: list[IncidentQuery] = []  # filters replaced by clicks on bars and regions
        self.back_action = self._action(
            view_menu,
            self.tr("&Back to the filter before the click"),
            self.go_back,
            QKeySequence.StandardKey.Back,
        )
        self.trash_action.toggled.connect(self._trash_shown)
        self._trash_shown(False)
        view_menu.addSeparator()
        self.watcher = ChangeWatcher(
            ctx, lambda text: self.statusBar().showMessage(text, 15_000), self
        )
        self._action(
            view_menu, self.tr("&Refresh"), self.watcher.refresh, QKeySequence.StandardKey.Refresh
        )
        language_menu = view_menu.addMenu(self.tr("&Language"))
        chosen = i18n.resolve_language(settings.LANGUAGE.get(ctx.settings))
        group = QActionGroup(self)
        for code, name in i18n.available_languages():
            action = QAction(name, self, checkable=True, checked=code == chosen)
            action.triggered.connect(lambda _on, code=code: self.choose_language(code))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Sahel Desk"), self)
        about_action.triggered.connect(lambda: show_about(self, str(store.path)))
        help_menu.addAction(about_action)
        self.restore_layout()

    def _row_menu(self, position: object) -> None:
        """Right-click on the list: what can be done with the selected incidents, here."""
        menu = QMenu(self)
        in_trash = self.incidents.in_trash
        menu.addAction(
            self.tr("Open in the editor"),
            lambda: self._open_row(self.incidents.table.currentIndex()),
        )
        menu.addAction(self.tr("History…"), self.show_history)
        menu.addAction(self.tr("Tag selected incidents…"), self.tag_selected)
        menu.addSeparator()
        if in_trash:
            menu.addAction(self.tr("Restore from trash"), self.restore_selected)
        else:
            menu.addAction(self.tr("Delete (move to trash)"), self.delete_selected)
        menu.exec(self.incidents.table.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    def _open_row(self, index: object) -> None:
        if not index.isValid():  # type: ignore[attr-defined]
            return
        incident_id = self.incidents.model.id_at(index.row())  # type: ignore[attr-defined]
        if incident_id is not None:
            self.open_incident(incident_id)

    def manage_tags(self) -> None:
        TagManagerDialog(self.ctx, self).exec()

    def _on_data_changed(self, changes: Changes) -> None:
        current = self.editor.current
        if current is not None and current.id in changes.incidents:
            self.editor.changed_elsewhere()  # an undo, a deletion, a bulk tag
        elif current is not None and current.id is not None and changes.elsewhere:
            self.editor.changed_elsewhere(if_newer=True)  # another program's write
        if changes.actors:  # an import or another program added actors: completion knows them
            spellings = self.ctx.store.actors.spellings()
            self.incidents.filters.set_actors(spellings)
            self.editor.set_actors(spellings)
        if changes.tags:  # renamed, hidden, added or merged: every list of tags follows
            tags = self.ctx.store.tags.all()
            self.incidents.model.set_tags(tags)
            self.incidents.filters.fill_tags(tags)
            self.editor.set_tags(tags)

    def _show_undo_state(self, *_args: object) -> None:
        stack, busy = self.ctx.undo, self.undo_runner.busy
        if not shiboken6.isValid(stack):
            return  # the stack is being destroyed with the context (it signals on its way out)
        self.undo_action.setEnabled(stack.canUndo() and not busy)
        self.redo_action.setEnabled(stack.canRedo() and not busy)
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo {step}").format(step=undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {step}").format(step=redo_text) if redo_text else self.tr("&Redo")
        )

    def _trash_shown(self, on: bool) -> None:
        self.delete_action.setEnabled(not on)
        self.restore_action.setEnabled(on)
        # Back returns within one view: a filter of the list is not one of the trash
        self._earlier.clear()
        self.back_action.setEnabled(False)

    def choose_language(self, code: str) -> None:
        settings.LANGUAGE.set(self.ctx.settings, code)
        self.statusBar().showMessage(
            self.tr("The new language applies when Sahel Desk starts again."), 10_000
        )

    def restore_layout(self) -> None:
        """Window size and place, the list/editor split and the table's columns, as left."""
        st = self.ctx.settings
        if geometry := settings.WINDOW_GEOMETRY.get(st):
            self.restoreGeometry(QByteArray(geometry))
        if state := settings.WINDOW_STATE.get(st):
            self.restoreState(QByteArray(state))
        if split := settings.SPLITTER_STATE.get(st):
            self.splitter.restoreState(QByteArray(split))
        if header_state := settings.TABLE_HEADER_STATE.get(st):
            header = self.incidents.table.horizontalHeader()
            header.blockSignals(True)  # widths and order only: the sort is the last filter's
            header.restoreState(QByteArray(header_state))
            header.blockSignals(False)
            self.incidents.show_sort()

    def save_layout(self) -> None:
        st = self.ctx.settings
        settings.WINDOW_GEOMETRY.set(st, bytes(self.saveGeometry().data()))
        settings.WINDOW_STATE.set(st, bytes(self.saveState().data()))
        settings.SPLITTER_STATE.set(st, bytes(self.splitter.saveState().data()))
        header = self.incidents.table.horizontalHeader()
        settings.TABLE_HEADER_STATE.set(st, bytes(header.saveState().data()))
        st.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.dirty and not self.editor.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        # a save queued behind an import still lands before the database closes
        self.ctx.tasks.writes.waitForDone()
        super().closeEvent(event)

    def _list_action(self, menu: object, text: str, slot: object, shortcut: object) -> QAction:
        """An action whose shortcut works where the list has focus, not in the editor."""
        action = self._action(menu, text, slot, shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.incidents.addAction(action)
        return action

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _show_undone(self, step: str, undo: bool) -> None:
        # replaces what the step said when it was done ("… Ctrl+Z brings them back")
        text = self.tr("Undone: {step}") if undo else self.tr("Redone: {step}")
        self.statusBar().showMessage(text.format(step=step), 8000)

    def _report(self, error: Exception) -> None:
        self.statusBar().showMessage(self.tr("Not done: {error}").format(error=error), 10_000)

    def delete_selected(self) -> None:
        chosen = self.incidents.chosen()
        if chosen.count and not self.incidents.in_trash:

            def done(changes: Changes) -> None:
                self.statusBar().showMessage(
                    self.tr("{incidents} moved to the trash; Ctrl+Z brings them back").format(
                        incidents=fmt.incidents(len(changes.incidents), self.locale())
                    ),
                    8000,
                )

            # 100,000 take seconds: say it is under way (Ctrl+Z works once it is done)
            self.statusBar().showMessage(
                self.tr("Moving {incidents} to the trash…").format(
                    incidents=fmt.incidents(chosen.count, self.locale())
                )
            )
            delete_incidents(ctx=self.ctx, ids=chosen, on_error=self._report, on_done=done)
            self.incidents.table.clearSelection()  # pressed twice: the second does nothing

    def restore_selected(self) -> None:
        chosen = self.incidents.chosen()
        if chosen.count and self.incidents.in_trash:
            delete_incidents(ctx=self.ctx, ids=chosen, restore=True, on_error=self._report)
            self.incidents.table.clearSelection()

    def tag_selected(self) -> None:
        ids = self.incidents.chosen()
        if not ids.count:
            return
        dialog = BulkTagDialog(
            self.ctx.store.tags.all(), ids.count, language=i18n.ui_language(), parent=self
        )
        if dialog.exec():
            add, remove = dialog.choice()
            retag_incidents(ctx=self.ctx, ids=ids, add=add, remove=remove, on_error=self._report)

    def show_history(self) -> None:
        incident_id = self.incidents.current_id() or (
            self.editor.current.id if self.editor.current else None
        )
        if incident_id is not None:
            HistoryDialog(
                incident_id,
                self.ctx.store.history.for_incident(incident_id),
                self,
                tags=self.ctx.store.tags.all(),
                language=i18n.ui_language(),
            ).exec()

    def empty_trash(self) -> None:
        in_trash = self.ctx.store.incidents.count(IncidentQuery(deleted_only=True))
        if not in_trash:
            self.statusBar().showMessage(self.tr("The trash is empty."), 5000)
            return
        if self.confirm_empty_trash(in_trash):
            empty_trash(
                ctx=self.ctx,
                on_error=self._report,
                on_done=lambda n: self.statusBar().showMessage(
                    self.tr("{incidents} destroyed").format(
                        incidents=fmt.incidents(n, self.locale())
                    ),
                    8000,
                ),
            )

    def confirm_empty_trash(self, count: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty the trash"),
            self.tr("Destroy {incidents} in the trash? This cannot be undone.").format(
                incidents=fmt.incidents(count, self.locale())
            ),
            parent=self,
        )
        destroy = box.addButton(self.tr("Empty the trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is destroy

    def import_file(self) -> None:
        self.import_flow.start()

    def export_incidents(self) -> None:
        panel = self.incidents
        words = panel.filters.words(panel.query)
        folder = settings.EXPORT_FOLDER.get(self.ctx.settings) or str(Path.home())
        dialog = ExportDialog(
            matching=panel.matching,
            total=panel.total,
            filter_words=words if not panel.query.is_empty or panel.in_trash else "",
            folder=folder,
            parent=self,
        )
        if not dialog.exec():
            return
        target = dialog.target()
        settings.EXPORT_FOLDER.set(self.ctx.settings, str(target.parent))
        use_filter = dialog.filtered.isChecked()
        query = panel.query if use_filter else IncidentQuery(sort=panel.query.sort)
        run_export(
            ctx=self.ctx,
            parent=self,
            query=query,
            target=target,
            filter_words=words if use_filter else "",
            on_done=lambda result: QMessageBox.information(
                self, self.tr("Export"), export_message(result)
            ),
            on_error=self._export_failed,
        )

    def _may_import(self, changes: Changes) -> bool:
        """Whether an import may write over the incident open in the editor with unsaved
        edits: only once the user lets them go. Saving them first would not do: the import,
        planned before, would then write over what was saved."""
        return self._may_change(
            lambda incident: incident.id in changes.incidents,
            self.editor.confirm_discard_for_import,
        )

    def _may_step(self, command: _StoreCommand) -> bool:
        """Whether an undo or redo may change the incident open with unsaved edits."""
        return self._may_change(
            command.touches, lambda: self.editor.confirm_discard_for_step(command.text())
        )

    def _may_change(self, touches: Callable[[Incident], bool], ask: Callable[[], bool]) -> bool:
        """True unless the incident open with unsaved edits is one ``touches`` and the user,
        asked, keeps the edits; let go, they are reverted at once (whatever follows)."""
        current = self.editor.current
        if not (self.editor.dirty and current is not None and current.id is not None):
            return True
        if not touches(current):
            return True
        if not ask():
            return False
        self.editor.revert()
        return True

    def _export_failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            text = self.tr("Export cancelled; nothing was written and no earlier file was touched.")
        else:
            text = self.tr("Not exported: {error}").format(error=error_text(error))
        QMessageBox.warning(self, self.tr("Export"), text)

    def new_incident(self) -> None:
        if not self.editor.dirty or self.editor.confirm_discard():
            self.side.show_editor()
            self.editor.new()

    def open_incident(self, incident_id: int) -> None:
        if self.editor.dirty and not self.editor.confirm_discard():
            return
        self.side.show_editor()
        self.editor.open(self.ctx.store.incidents.get(incident_id))

    def show_query(self, query: IncidentQuery) -> None:
        """List the incidents of ``query`` (a bar or a region clicked), shown in the filter bar.
        The filter it replaces is kept for View → Back: a click narrows the chart to one bar,
        and "Clear filter" would lose the filter set before it."""
        self._earlier.append(self.incidents.query)
        del self._earlier[:-_BACK_STEPS]
        self.back_action.setEnabled(True)
        self._set_query(query)

    def go_back(self) -> None:
        """The filter before the last bar or region clicked."""
        if self._earlier:
            self._set_query(self._earlier.pop())
            self.statusBar().showMessage(self.tr("Back to the filter before the click"), 8000)
        self.back_action.setEnabled(bool(self._earlier))

    def _set_query(self, query: IncidentQuery) -> None:
        self.incidents.filters.display(query)
        self.incidents.set_query(query)
        self.incidents.show_sort()

    def _show_counts(self, matching: int, total: int) -> None:
        locale = self.locale()
        if self.incidents.in_trash:  # the trash is not a part of the live incidents
            filtered = not self.incidents.query.with_changes(deleted_only=False).is_empty
            text = (
                self.tr("In the trash, matching the filter: {incidents}")
                if filtered
                else self.tr("In the trash: {incidents}")
            ).format(incidents=fmt.incidents(matching, locale))
        else:
            text = self.tr("{matching} of {total}").format(
                matching=locale.toString(matching), total=fmt.incidents(total, locale)
            )
        self.counts.setText(text)
