"""Undo/redo, the trash and bulk tagging through the real window, checked in the database."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from support import read_rows as db
from ui.windows import shown_window

from sahel_desk.domain.history import Action
from sahel_desk.domain.incident import new_uuid
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.dialogs import HistoryDialog
from sahel_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    store.incidents.add_many(article_incidents())
    win = shown_window(qtbot, store)
    win.editor.ask_duplicate = lambda twins: "save"
    win.editor.confirm_discard = lambda: True
    return win


def select_rows(window, ids):
    panel = window.incidents
    panel.table.clearSelection()
    for incident_id in ids:
        row = panel.model.row_of(incident_id)
        panel.table.selectionModel().select(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        panel.table.selectionModel().setCurrentIndex(
            panel.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )


def test_undo_and_redo_an_edit(window, store):
    bakara = store.incidents.id_of_uuid(article_incidents()[2].uuid)
    window.open_incident(bakara)
    window.editor.fatalities.setText("7")
    assert window.editor.save()
    assert db(store, "SELECT fatalities FROM incidents WHERE id = ?", bakara) == [(7,)]
    window.ctx.undo.undo()
    assert db(store, "SELECT fatalities FROM incidents WHERE id = ?", bakara) == [(0,)]
    window.ctx.undo.redo()
    assert db(store, "SELECT fatalities FROM incidents WHERE id = ?", bakara) == [(7,)]
    fields = [r.field for r in store.history.for_incident(bakara) if r.action is Action.UPDATE]
    assert fields == ["fatalities"] * 3  # the edit, its undo and its redo, each on record


def test_undo_leaves_the_keys_where_they_were(window, store, qtbot):
    """The incident open in the editor is read again after an undo, but the cursor stays
    in the list: a second Ctrl+Z, or Ctrl+Shift+Z, must reach the window, not a field."""
    bakara = store.incidents.id_of_uuid(article_incidents()[2].uuid)
    window.open_incident(bakara)
    window.editor.fatalities.setText("7")
    assert window.editor.save()
    window.activateWindow()
    window.incidents.table.setFocus()
    qtbot.waitUntil(lambda: window.incidents.table.hasFocus())
    window.ctx.undo.undo()
    assert window.editor.fatalities.text() == "0"  # read again
    assert window.incidents.table.hasFocus()


def test_undoing_an_edit_asks_before_writing_over_further_unsaved_edits(window, store):
    """Save, type more, Edit → Undo: the undo would change the incident being edited, so it
    asks; cancelling keeps the typing and the saved value, discarding undoes the save."""
    bakara = store.incidents.id_of_uuid(article_incidents()[2].uuid)
    window.open_incident(bakara)
    window.editor.fatalities.setText("7")
    assert window.editor.save()
    window.editor.notes.setPlainText("Typed after saving.")
    asked: list[str] = []
    window.editor.confirm_discard_for_step = lambda step: asked.append(step) or False
    window.undo_runner.undo()
    assert asked and db(store, "SELECT fatalities FROM incidents WHERE id = ?", bakara) == [(7,)]
    assert window.editor.notes.toPlainText() == "Typed after saving." and window.editor.dirty
    window.editor.confirm_discard_for_step = lambda step: asked.append(step) or True
    window.undo_runner.undo()
    assert db(store, "SELECT fatalities FROM incidents WHERE id = ?", bakara) == [(0,)]
    assert not window.editor.dirty


def test_undoing_a_new_incident_moves_it_to_the_trash(window, store):
    window.new_incident()
    editor = window.editor
    editor.date.setText("14/06/2023")
    editor.location.setText("Bakara")
    editor.actor1.setText("JNIM")
    editor.inter1.setCurrentIndex(editor.inter1.findText("Rebel group"))
    editor.event_type.setCurrentIndex(editor.event_type.findText("Strategic developments"))
    assert editor.save()
    new_id = editor.current.id
    window.ctx.undo.undo()
    assert db(store, "SELECT deleted FROM incidents WHERE id = ?", new_id) == [(1,)]
    window.ctx.undo.redo()
    assert db(store, "SELECT deleted FROM incidents WHERE id = ?", new_id) == [(0,)]


def test_delete_restore_from_trash_and_empty_it(window, store, monkeypatch):
    first, second, _ = (store.incidents.id_of_uuid(i.uuid) for i in article_incidents())
    select_rows(window, [first, second])
    window.delete_selected()
    assert db(store, "SELECT id FROM incidents WHERE deleted ORDER BY id") == [(first,), (second,)]
    assert window.counts.text() == "1 of 1 incident"
    assert window.statusBar().currentMessage().startswith("2 incidents moved to the trash")
    assert window.ctx.undo.undoText() == "Delete 2 incidents"
    window.undo_action.trigger()  # Ctrl+Z brings them back
    assert db(store, "SELECT count(*) FROM incidents WHERE deleted") == [(0,)]
    assert window.statusBar().currentMessage() == "Undone: Delete 2 incidents"
    window.ctx.undo.redo()
    window.trash_action.trigger()  # View > Show the trash
    assert window.incidents.in_trash and window.incidents.model.rowCount() == 2
    assert window.counts.text() == "In the trash: 2 incidents"
    assert window.incidents.summary.text().startswith("Trash: 2 incidents (restore")
    select_rows(window, [second])
    window.restore_selected()
    assert db(store, "SELECT id FROM incidents WHERE deleted") == [(first,)]
    assert window.ctx.undo.undoText() == "Restore 1 incident"  # one, said as one
    asked = []
    window.confirm_empty_trash = lambda count: asked.append(count) or True
    window.empty_trash()
    assert asked == [1]
    assert db(store, "SELECT count(*) FROM incidents") == [(2,)]
    assert window.incidents.model.rowCount() == 0 and window.ctx.undo.count() == 0
    assert window.incidents.summary.text() == "The trash is empty."
    window.empty_trash()  # nothing left: nothing asked, nothing done
    assert asked == [1] and "empty" in window.statusBar().currentMessage()


def test_bulk_tagging_is_one_undoable_step(window, store):
    ids = [store.incidents.id_of_uuid(i.uuid) for i in article_incidents()]
    before = {i.id: i.tags for i in store.incidents.get_many(ids)}
    select_rows(window, ids)
    from sahel_desk.ui.incidents import ops

    ops.retag_incidents(
        ctx=window.ctx,
        ids=frozenset(ids),
        add=frozenset({"drv.env.climate"}),
        remove=frozenset({"drv.arm.recruitment"}),
        on_error=pytest.fail,
    )
    after = {i.id: i.tags for i in store.incidents.get_many(ids)}
    assert all("drv.env.climate" in tags for tags in after.values())
    assert "drv.arm.recruitment" not in after[ids[2]]
    assert window.ctx.undo.count() == 1
    window.ctx.undo.undo()
    assert {i.id: i.tags for i in store.incidents.get_many(ids)} == before


def test_history_dialog_lists_who_changed_what(window, store, qtbot):
    bakara = store.incidents.id_of_uuid(article_incidents()[2].uuid)
    window.open_incident(bakara)
    window.editor.notes.setPlainText("Recruitment confirmed by two sources.")
    assert window.editor.save()
    dialog = HistoryDialog(bakara, store.history.for_incident(bakara))
    qtbot.addWidget(dialog)
    cells = [
        [dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())
    ]
    assert cells[0][2] == "created" and cells[0][1] == "tester"
    assert cells[1][2:] == [
        "notes",
        "Increased recruitment drives to bolster local militias.",
        "Recruitment confirmed by two sources.",
    ]


def test_history_says_which_import_brought_a_change(store, qtbot, tmp_path):
    """An incident a colleague's file brought: its creation reads "tester (import of …)"."""
    from sahel_desk.jobs import imports
    from sahel_desk.synthetic.acled_files import acled_incidents, write_acled

    plan = imports.plan_import(store, write_acled(tmp_path / "awa.csv", acled_incidents(1)))
    imports.apply_import(store, plan)
    made = max(store.incidents.ids(IncidentQuery()))
    dialog = HistoryDialog(made, store.history.for_incident(made))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "tester (import of awa.csv)"
    assert "does not say who made the change" in dialog.table.item(0, 1).toolTip()


def test_history_speaks_in_labels_not_codes(window, store, qtbot):
    bakara = store.incidents.id_of_uuid(article_incidents()[2].uuid)
    store.incidents.retag([bakara], add=frozenset({"drv.env.climate"}))
    dialog = HistoryDialog(bakara, store.history.for_incident(bakara), tags=store.tags.all())
    qtbot.addWidget(dialog)
    row = [dialog.table.item(1, c).text() for c in range(5)]
    assert row[2] == "drivers and responses"
    assert "Climate change" in row[4] and "drv." not in row[4]


def test_selection_survives_a_bulk_change_and_the_row_menu_matches_the_view(window, store):
    ids = [store.incidents.id_of_uuid(i.uuid) for i in article_incidents()]
    select_rows(window, ids[:2])
    from sahel_desk.ui.incidents import ops

    ops.retag_incidents(
        ctx=window.ctx,
        ids=frozenset(ids[:2]),
        add=frozenset({"rsp.hum.aid"}),
        remove=frozenset(),
        on_error=pytest.fail,
    )
    assert window.incidents.chosen().ids == frozenset(ids[:2])
    assert window.delete_action.isEnabled() and not window.restore_action.isEnabled()
    window.trash_action.trigger()
    assert not window.delete_action.isEnabled() and window.restore_action.isEnabled()


def test_the_windows_undo_runs_off_the_gui_thread_one_step_at_a_time(qtbot, store):
    import threading

    store.incidents.add_many(article_incidents())
    ctx = AppContext.create(store)  # real worker threads
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    ids = frozenset(store.incidents.ids(IncidentQuery()))
    from sahel_desk.ui.incidents import ops

    ops.retag_incidents(
        ctx=ctx,
        ids=ids,
        add=frozenset({"drv.env.climate"}),
        remove=frozenset(),
        on_error=pytest.fail,
    )
    qtbot.waitUntil(lambda: ctx.undo.count() == 1, timeout=5000)
    assert "Undo" in win.undo_action.text() and "3" in win.undo_action.text()
    threads = []
    command = ctx.undo.command(0)
    original = command.backward
    command.backward = lambda: threads.append(threading.current_thread()) or original()
    win.undo_action.trigger()
    assert not win.undo_action.isEnabled()  # busy: a second Ctrl+Z waits for the first
    qtbot.waitUntil(lambda: ctx.undo.index() == 0, timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert all("drv.env.climate" not in i.tags for i in store.incidents.get_many(sorted(ids)))
    win.redo_action.trigger()
    qtbot.waitUntil(lambda: ctx.undo.index() == 1, timeout=5000)
    assert all("drv.env.climate" in i.tags for i in store.incidents.get_many(sorted(ids)))
    ctx.tasks.wait()


@pytest.fixture
def long_list(qtbot, store, small_blocks):
    """A window over 603 incidents, three blocks of ids, the list focused."""
    from sahel_desk.synthetic.incidents import Generator

    store.incidents.add_many([*article_incidents(), *Generator(3).incidents(600)])
    win = shown_window(qtbot, store)
    win.incidents.table.setFocus()
    return win, win.incidents.table


def test_select_all_then_delete_reads_the_ids_on_the_worker(qtbot, store, long_list):
    """Ctrl+A over a long list names the rows by query and ranges, not by reading every id."""
    win, table = long_list
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    chosen = win.incidents.chosen()
    assert chosen.count == 603 and chosen.ids is None and chosen.ranges == ((0, 603),)
    assert list(win.incidents.model._blocks) == [0]  # nothing past the first block was read
    win.delete_selected()
    assert store.incidents.count() == 0
    assert store.incidents.count(IncidentQuery(deleted_only=True)) == 603
    assert "603 incidents moved to the trash" in win.statusBar().currentMessage()
    win.undo_action.trigger()
    assert store.incidents.count() == 603


def test_a_selection_is_not_worked_on_after_the_list_changed(qtbot, store, long_list):
    """Delete twice, or after the list changed under the selection: nothing unselected goes."""
    win, table = long_list
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # 603 rows
    assert win.incidents.chosen().count == 603
    store.incidents.add(article_incidents()[0].with_changes(uuid=new_uuid()))  # elsewhere
    win.delete_selected()
    assert store.incidents.count(IncidentQuery(deleted_only=True)) == 0
    assert "the list changed" in win.statusBar().currentMessage()
    win.incidents.reload()
    table.selectAll()
    win.delete_selected()
    win.delete_selected()  # pressed again: the selection went with the first
    assert store.incidents.count(IncidentQuery(deleted_only=True)) == 604


def test_history_says_an_unknown_toll_was_unknown(window, store, qtbot):
    unknown = next(i for i in article_incidents() if i.fatalities is None)
    incident_id = store.incidents.id_of_uuid(unknown.uuid)
    window.open_incident(incident_id)
    window.editor.fatalities.setText("5")
    assert window.editor.save()
    dialog = HistoryDialog(incident_id, store.history.for_incident(incident_id))
    qtbot.addWidget(dialog)
    last = [dialog.table.item(dialog.table.rowCount() - 1, c).text() for c in range(2, 5)]
    assert last == ["fatalities", "unknown", "5"]


def test_a_delete_says_it_is_under_way_then_what_it_did(qtbot, store):
    store.incidents.add_many(article_incidents())
    ctx = AppContext.create(store)  # real worker threads
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.incidents.matching == 3, timeout=5000)
    win.incidents.table.selectAll()
    win.delete_selected()
    assert win.statusBar().currentMessage() == "Moving 3 incidents to the trash…"
    qtbot.waitUntil(lambda: "moved to the trash" in win.statusBar().currentMessage(), timeout=5000)
    assert win.statusBar().currentMessage().startswith("3 incidents moved to the trash")
    ctx.tasks.wait()


def test_a_filtered_trash_view_does_not_call_the_trash_empty(window, store):
    first = store.incidents.id_of_uuid(article_incidents()[0].uuid)
    select_rows(window, [first])
    window.delete_selected()
    window.trash_action.trigger()
    window.incidents.set_query(window.incidents.query.with_changes(text="nothing-like-this"))
    assert window.incidents.summary.text() == "No incident in the trash matches the filter."
    assert window.counts.text() == "In the trash, matching the filter: 0 incidents"
