"""File → Export and File → Import through the real window, checked in the files and the
database; the import is one undoable step."""

from __future__ import annotations

import pytest
import python_calamine
from exchange.sharing import edit_sheet
from support import db_checksum, misspell_event_type, misspelt_types_csv
from ui.windows import menu_choice, shown_window

from sahel_desk.domain.query import IncidentQuery
from sahel_desk.jobs.export import export
from sahel_desk.synthetic.acled_files import acled_incidents, write_acled
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.ui.exchange import ops
from sahel_desk.ui.exchange.export_dialog import ExportDialog
from sahel_desk.ui.exchange.preview import ColumnMappingDialog, ImportPreviewDialog


@pytest.fixture
def window(qtbot, store, monkeypatch):
    store.incidents.add_many([*article_incidents(), *Generator(21).incidents(200)])
    win = shown_window(qtbot, store)
    shown: list[str] = []
    monkeypatch.setattr(ops.QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(
        "sahel_desk.ui.main_window.QMessageBox.information", lambda *a: shown.append(a[2])
    )
    monkeypatch.setattr(
        "sahel_desk.ui.main_window.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    win.shown_messages = shown
    return win


def test_export_writes_the_filtered_incidents(window, tmp_path, monkeypatch):
    panel = window.incidents
    panel.set_query(panel.query.with_changes(admin1=frozenset({"Mopti"})))
    target = tmp_path / "mopti.xlsx"

    def accept(dialog: ExportDialog) -> bool:
        assert dialog.filtered.isChecked() and dialog.filtered.isEnabled()
        dialog.path.setText(str(target))
        return True

    monkeypatch.setattr(ExportDialog, "exec", accept)
    window.export_incidents()
    rows = python_calamine.CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0)
    data = rows.to_python()
    assert len(data) - 1 == panel.matching > 0
    admin1 = data[0].index("admin1")
    assert {r[admin1] for r in data[1:]} == {"Mopti"}
    about = python_calamine.CalamineWorkbook.from_path(str(target)).get_sheet_by_name("About")
    assert any("Mopti" in str(row[1]) for row in about.to_python() if len(row) > 1)
    assert "written to" in window.shown_messages[-1]


def test_export_dialog_refuses_a_bad_name(qtbot, tmp_path):
    dialog = ExportDialog(matching=3, total=9, filter_words="", folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.filtered.isEnabled() and dialog.everything.isChecked()
    dialog.path.setText(str(tmp_path / "out.ods"))
    dialog._accept()
    assert not dialog.isHidden() or dialog.result() == 0
    assert ".xlsx" in dialog.error.text()
    (tmp_path / "a folder.xlsx").mkdir()
    dialog.path.setText(str(tmp_path / "a folder.xlsx"))
    dialog._accept()
    assert dialog.error.text() == "a folder.xlsx is a folder: name the file to write in it."


def test_import_preview_apply_and_undo(window, store, tmp_path, monkeypatch):
    path = write_acled(tmp_path / "acled.xlsx", acled_incidents(40, seed=31))
    before_count = store.incidents.count()
    before = db_checksum(store.path)
    seen: list[ImportPreviewDialog] = []

    def accept(dialog: ImportPreviewDialog) -> bool:
        seen.append(dialog)
        assert dialog.go.isEnabled()
        assert dialog.model.rowCount() == 40
        return True

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    window.import_flow.start(path)
    assert seen
    assert store.incidents.count() == before_count + 40
    assert window.incidents.total == before_count + 40
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    ids = store.incidents.ids(IncidentQuery())
    added = max(ids)
    window.open_incident(added)
    window.undo_runner.undo()
    assert store.incidents.count() == before_count
    assert "changed elsewhere" in window.editor.summary.text()  # gone, and said
    window.undo_runner.redo()
    assert store.incidents.count() == before_count + 40
    assert store.incidents.ids(IncidentQuery()) == ids  # each incident under its own id again
    # back: the editor shows it again, with nothing said against saving it
    assert window.editor.current.id == added and window.editor.summary.text() == ""
    window.undo_runner.undo()
    assert store.incidents.count() == before_count
    assert before != db_checksum(store.path)  # the batch is on record, marked undone


def test_preview_offers_to_overwrite_newer_versions(window, store, tmp_path, monkeypatch):
    """An incident edited here after the export: the file's copy is older, kept unless the user
    ticks the box; the import (with the overwrite) is still one undo step."""
    path = tmp_path / "ours.xlsx"

    export(store, IncidentQuery(), path)
    first_id = store.incidents.ids(IncidentQuery())[0]
    edited = store.incidents.get(first_id)
    store.incidents.update(edited.with_changes(notes="Edited after the export."))

    def overwrite(dialog: ImportPreviewDialog) -> bool:
        assert dialog.older.isVisibleTo(dialog) and not dialog.older.isChecked()
        assert not dialog.go.isEnabled()  # nothing newer: nothing to import by default
        dialog.older.setChecked(True)
        assert dialog.go.isEnabled() and "updated: 1" in dialog.go.text()
        return True

    monkeypatch.setattr(ImportPreviewDialog, "exec", overwrite)
    window.import_flow.start(path)
    assert store.incidents.get(first_id).notes == edited.notes
    window.undo_runner.undo()
    assert store.incidents.get(first_id).notes == "Edited after the export."


def test_cancelled_preview_writes_nothing(window, store, tmp_path, monkeypatch):
    path = write_acled(tmp_path / "acled.csv", acled_incidents(10, seed=32))
    before = db_checksum(store.path)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: False)
    window.import_flow.start(path)
    assert db_checksum(store.path) == before


def test_the_preview_names_a_workbook_saved_as_csv(window, store, tmp_path, monkeypatch):
    """Our workbook saved as CSV by a colleague has our columns, but is no workbook."""
    import csv

    workbook = tmp_path / "shared.xlsx"
    export(store, IncidentQuery(), workbook)
    saved = tmp_path / "shared.csv"
    rows = python_calamine.CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0)
    with open(saved, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows.to_python())
    said: list[str] = []
    monkeypatch.setattr(
        ImportPreviewDialog, "exec", lambda dialog: said.append(dialog.intro.text()) and False
    )
    window.import_flow.start(workbook)
    window.import_flow.start(saved)
    assert said[0].startswith("Sahel Desk workbook · 203 rows")
    assert said[1].startswith("Sahel Desk columns, as CSV · 203 rows")


def test_unknown_columns_ask_for_a_mapping(window, store, tmp_path, monkeypatch):
    path = tmp_path / "colleague.csv"
    path.write_text(
        "Saisie du 3 avril\n"
        "Quand,Genre,Sous-genre,Qui,Où,Région\n02/04/2023,Battles,Armed clash,JNIM,Boni,Mopti\n",
        encoding="utf-8",
    )
    asked: list[ColumnMappingDialog] = []

    def choose(dialog: ColumnMappingDialog) -> bool:
        asked.append(dialog)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        shown = dialog.combos["Quand"].parentWidget().layout().labelForField(dialog.combos["Quand"])
        assert shown.text() == "Quand\ne.g. “02/04/2023”"  # what the column holds
        from PySide6.QtWidgets import QLabel

        said = [w.text() for w in dialog.findChildren(QLabel) if w.text().startswith("• ")]
        assert said == ["• the header is row 2: the rows above it (a title, a note) are not read"]
        for header, field in {"Quand": "event_date", "Genre": "event_type",
                              "Sous-genre": "sub_event_type", "Qui": "actor1",
                              "Où": "location", "Région": "admin1"}.items():  # fmt: skip
            combo = dialog.combos[header]
            combo.setCurrentIndex(combo.findData(field))
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return True

    previews: list[ImportPreviewDialog] = []
    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: previews.append(d) or False)
    window.import_flow.start(path)
    assert asked and previews
    row = previews[0].plan.rows[0]
    assert row.incident is not None or row.problems  # read with the chosen columns


def test_a_hostile_file_is_refused_in_words(window, store, tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"%PDF-1.4 not a spreadsheet")
    before = db_checksum(store.path)
    window.import_flow.start(path)
    said = window.shown_messages[-1]
    assert said.startswith("Nothing was imported: report.xlsx is not a spreadsheet")
    assert said.count("report.xlsx") == 1 and said.endswith("The database is unchanged.")
    assert db_checksum(store.path) == before
    assert store.incidents.count(IncidentQuery()) == 203


def test_export_asks_before_replacing_a_file(qtbot, tmp_path, monkeypatch):
    existing = tmp_path / "colleague.xlsx"
    existing.write_bytes(b"their work")
    dialog = ExportDialog(matching=3, total=9, filter_words="", folder=str(tmp_path))
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_replace", lambda path: asked.append(path.name) or False)
    dialog.path.setText(str(existing))
    dialog._accept()
    assert asked == ["colleague.xlsx"] and dialog.result() == 0  # kept, dialog still open
    monkeypatch.setattr(dialog, "confirm_replace", lambda path: True)
    dialog._accept()
    assert dialog.result() == 1
    assert existing.read_bytes() == b"their work"  # the dialog only chooses; export writes


def test_a_rows_reasons_are_read_whole_under_the_table(qtbot, store, tmp_path):
    """The Why column shows the start of a long reason; selecting the row shows all."""
    from sahel_desk.jobs import imports

    path = tmp_path / "typos.csv"
    path.write_text(
        "event_date,event_type,sub_event_type,actor1,admin1,location\n"
        "2023-04-14,Violense contre les civils,Armed clahs,JNIM,Mopti,Djenné\n",
        encoding="utf-8",
    )
    dialog = ImportPreviewDialog(imports.plan_import(store, path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    assert dialog.reasons.text().startswith("Row 2: ")
    assert "“Armed clahs” is not an ACLED sub-event type: Armed clash?" in dialog.reasons.text()
    dialog.which.setCurrentIndex(0)  # another view of the rows: no stale reasons
    assert dialog.reasons.text() == "Select a row to read all it says."
    assert dialog.go.text() == "Import (new: 0, updated: 0)" and not dialog.go.isEnabled()


def _choose(dialog: ImportPreviewDialog, text: str) -> None:
    """Pick ``text`` in the probable duplicates' list, as the user does."""
    box = dialog.duplicates
    assert not box.isHidden()
    box.setCurrentIndex(box.findText(text))
    box.activated.emit(box.currentIndex())


def test_held_back_rows_are_taken_one_by_one(window, store, tmp_path, monkeypatch):
    """Three probable duplicates: the user ticks one in the table; only it is imported, the
    batch counts the two left, and the box for all of them follows the ticks."""
    from PySide6.QtCore import Qt

    from sahel_desk.jobs import imports

    events = acled_incidents(6, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events[:3]])
    before = store.incidents.count()
    path = write_acled(tmp_path / "colleague.csv", events)

    def pick_one(dialog: ImportPreviewDialog) -> bool:
        model = dialog.model
        held = [p for p, r in enumerate(model.rows) if r.action == imports.DUPLICATE]
        assert len(held) == 3
        cell = model.index(held[1], 1)
        assert model.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.flags(model.index(held[1], 2)) & Qt.ItemFlag.ItemIsUserCheckable
        assert model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        assert "new: 4" in dialog.go.text()
        assert dialog.duplicates.currentText() == "As chosen row by row"
        _choose(dialog, "Import them as new incidents")  # all three, then two left again
        assert model.picked == set(held) and "new: 6" in dialog.go.text()
        for position in (held[0], held[2]):
            model.setData(model.index(position, 1), Qt.CheckState.Unchecked.value,
                          Qt.ItemDataRole.CheckStateRole)  # fmt: skip
        assert model.picked == {held[1]}
        assert dialog.duplicates.currentText() == "As chosen row by row"
        return True

    monkeypatch.setattr(ImportPreviewDialog, "exec", pick_one)
    window.import_flow.start(path)
    assert store.incidents.count() == before + 4
    batch = store.imports.batches()[-1]
    assert (batch.added, batch.duplicates) == (4, 2)
    window.undo_runner.undo()
    window.undo_runner.redo()  # the same rows again
    assert store.incidents.count() == before + 4


def test_a_probable_duplicate_taken_as_the_incident_it_is(window, store, tmp_path, monkeypatch):
    """A colleague's CSV repeats three of our events with corrections: the user right-clicks
    one and has it update the incident it probably is; the two others are left. No second
    copy is made; undo puts the incident back, redo takes the correction again."""
    from sahel_desk.jobs import imports

    events = acled_incidents(6, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events[:3]])
    before = store.incidents.count()
    ours = [store.incidents.get(i) for i in sorted(store.incidents.ids(IncidentQuery()))][-3:]
    corrected = [e.with_changes(notes=f"{e.notes} (corrected)") for e in events]
    path = write_acled(tmp_path / "colleague.csv", corrected)

    def update_one(dialog: ImportPreviewDialog) -> bool:
        model = dialog.model
        held = sorted(dialog.plan.positions(imports.DUPLICATE))
        target = model.rows[held[0]].existing_id
        menu_choice(dialog, held[0], f"Update incident {target} with this row")
        assert model.index(held[0], 1).data() == f"Updates incident {target}"
        assert dialog.duplicates.currentText() == "As chosen row by row"
        assert dialog.go.text() == "Import (new: 3, updated: 1)" and dialog.go.isEnabled()
        update_one.target = target
        return True

    monkeypatch.setattr(ImportPreviewDialog, "exec", update_one)
    window.import_flow.start(path)
    assert store.incidents.count() == before + 3
    target = update_one.target
    stored = next(i for i in ours if i.id == target)
    now = store.incidents.get(target)
    assert now.notes == f"{stored.notes} (corrected)" and now.uuid == stored.uuid
    batch = store.imports.batches()[-1]
    assert (batch.added, batch.updated, batch.duplicates) == (3, 1, 2)
    window.undo_runner.undo()
    assert store.incidents.get(target).notes == stored.notes
    window.undo_runner.redo()
    assert store.incidents.get(target).notes == f"{stored.notes} (corrected)"


def test_two_rows_updating_one_incident_are_stopped_in_the_preview(qtbot, store, tmp_path):
    """The same event twice in a colleague's CSV, both taken as updates: the preview says
    which rows and which incident, and Import waits until one is left out."""
    from sahel_desk.jobs import imports

    events = acled_incidents(2, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events])
    twice = [events[0].with_changes(notes="Awa's version."),
             events[0].with_changes(notes="Moussa's version.", external_id="MLI99999")]  # fmt: skip
    dialog = ImportPreviewDialog(imports.plan_import(store, write_acled(tmp_path / "c.csv", twice)))
    qtbot.addWidget(dialog)
    dialog.show()
    held = sorted(dialog.plan.positions(imports.DUPLICATE))
    assert len(held) == 2
    _choose(dialog, "Update the incidents they probably are")
    target = dialog.plan.rows[held[0]].existing_id
    assert dialog.clashes.isVisible() and not dialog.go.isEnabled()
    assert dialog.clashes.text() == (
        f"Rows 2, 3 would each update incident {target}: take one of them as the update, the "
        "others as new incidents or not at all"
    )
    menu_choice(dialog, held[1], "Leave out")
    assert dialog.clashes.isHidden() and dialog.go.isEnabled()
    assert dialog.go.text() == "Import (new: 0, updated: 1)"


def test_the_menu_key_acts_on_the_selected_duplicate(qtbot, store, tmp_path):
    """The keyboard's menu key opens the menu for the row selected, wherever the point the
    event carries (Qt gives the current cell's centre, in the viewport's or the table's
    coordinates): not for the row under that point."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from sahel_desk.jobs import imports

    events = acled_incidents(6, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events[:3]])
    corrected = [e.with_changes(notes=f"{e.notes} (corrected)") for e in events]
    dialog = ImportPreviewDialog(
        imports.plan_import(store, write_acled(tmp_path / "c.csv", corrected))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.which.setCurrentIndex(0)
    held = sorted(dialog.plan.positions(imports.DUPLICATE))
    for position, in_table in ((held[0], False), (held[0], True), (held[-1], True)):
        dialog.table.selectRow(position)
        dialog.table.setFocus()
        at = dialog.table.visualRect(dialog.proxy.index(position, 3)).center()
        if in_table:  # below the header: the point of the next row in the viewport
            at = dialog.table.viewport().mapTo(dialog.table, at)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, at, dialog.table.mapToGlobal(at)
        )
        QApplication.sendEvent(dialog.table, event)
        target = dialog.plan.rows[position].existing_id
        texts = [a.text() for a in dialog.menu.actions()]
        assert f"Update incident {target} with this row" in texts
        dialog.menu.close()


def test_the_preview_opens_on_the_rows_held_back_for_a_decision(qtbot, store, tmp_path):
    """Three probable duplicates among six: the table opens on those three, not on every row
    where they would be lost among the new ones; "Every row" shows all six again."""
    from PySide6.QtCore import Qt

    from sahel_desk.jobs import imports

    events = acled_incidents(6, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events[:3]])
    dialog = ImportPreviewDialog(
        imports.plan_import(store, write_acled(tmp_path / "c.csv", events))
    )
    qtbot.addWidget(dialog)
    assert dialog.which.currentText() == "To decide: held back (3)"
    shown = [dialog.proxy.index(k, 1).data(Qt.ItemDataRole.UserRole) for k in range(3)]
    assert dialog.proxy.rowCount() == 3 and set(shown) == {imports.DUPLICATE}
    dialog.which.setCurrentIndex(0)
    assert dialog.proxy.rowCount() == 6


def test_the_preview_reads_misspelt_types_again_as_suggested(window, store, tmp_path, monkeypatch):
    """The user presses the button under the table: the file is read again with the types
    suggested, the new preview shows the row as new, and importing writes Battles."""
    path = misspelt_types_csv(tmp_path / "typos.csv", ("Batles", "Armed clash"))
    seen = []

    def answer(dialog: ImportPreviewDialog) -> int:
        seen.append((dialog.suggested.isHidden(), dialog.suggested.text(), dialog.plan.counts))
        if len(seen) == 1:
            dialog.suggested.click()
            return dialog.result()
        return 1

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    before = store.incidents.count()
    window.import_flow.start(path)
    assert len(seen) == 2
    assert seen[0][:2] == (False, "Read the misspelt type as suggested and check again")
    assert seen[0][2]["rejected"] == 1 and seen[1][2]["new"] == 1
    assert seen[1][0]  # nothing left to suggest: the button is gone
    assert store.incidents.count() == before + 1
    newest = store.incidents.get(max(store.incidents.ids(IncidentQuery())))
    assert (newest.event_type, newest.place.location) == ("Battles", "Boni")


def _tick_then_read_as_suggested(store, tmp_path, monkeypatch, meanwhile=lambda path: None):
    """Two probable duplicates and a misspelt type: the first preview ticks the second
    duplicate, calls ``meanwhile`` with the file, then reads it again as suggested; the
    second imports. Returns the ticks each preview opened with, and the second's button."""
    from PySide6.QtCore import Qt

    events = acled_incidents(3, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events[:2]])
    path = misspell_event_type(write_acled(tmp_path / "c.csv", events), row=3)
    seen: list[object] = []

    def answer(dialog: ImportPreviewDialog) -> int:
        seen.append(set(dialog.model.picked))
        if len(seen) == 1:
            box = dialog.model.index(1, 1)
            dialog.model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
            meanwhile(path)
            dialog.suggested.click()
            return dialog.result()
        seen.append(dialog.go.text())
        return 1

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    return path, seen


def test_rows_ticked_stay_ticked_when_the_file_is_read_again_as_suggested(
    window, store, tmp_path, monkeypatch
):
    """The user ticks one of two probable duplicates, then has the misspelt type read as
    suggested: the new preview keeps that tick, and importing writes that row and the
    corrected one, not the duplicate left unticked."""
    path, seen = _tick_then_read_as_suggested(store, tmp_path, monkeypatch)
    before = store.incidents.count()
    window.import_flow.start(path)
    assert seen == [set(), {1}, "Import (new: 2, updated: 0)"]
    assert store.incidents.count() == before + 2


def test_a_duplicate_taken_as_an_update_stays_so_when_the_file_is_read_again(
    window, store, tmp_path, monkeypatch
):
    """As a tick: the choice to update an incident with a row is kept across "read the
    misspelt types as suggested"."""
    from sahel_desk.jobs import imports
    from sahel_desk.ui.exchange.preview import AS_UPDATE

    events = acled_incidents(3, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events[:2]])
    path = misspell_event_type(write_acled(tmp_path / "c.csv", events), row=3)
    seen: list[object] = []

    def answer(dialog: ImportPreviewDialog) -> int:
        first = min(dialog.plan.positions(imports.DUPLICATE))
        seen.append((first, set(dialog.model.as_update)))
        if len(seen) == 1:
            dialog.model.choose({first}, AS_UPDATE)
            dialog.suggested.click()
            return dialog.result()
        seen.append(dialog.go.text())
        return 1

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    window.import_flow.start(path)
    (first, none), (again, taken), button = seen
    assert none == set() and taken == {again} and again == first
    assert button == "Import (new: 1, updated: 1)"


def test_an_import_asks_before_writing_over_unsaved_edits(window, store, tmp_path, monkeypatch):
    """The editor holds unsaved notes of an incident the import updates: the user is asked
    first; cancelling writes nothing and keeps the edits, discarding imports and shows the
    imported version. (Saving first is no choice: the import would then write over it.)"""
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    uuid = edit_sheet(path, {(2, "fatalities"): 77})
    first_id = store.incidents.id_of_uuid(uuid)
    before = store.incidents.get(first_id)
    window.open_incident(first_id)
    window.editor.notes.setPlainText("Typed, not saved.")
    assert window.editor.dirty
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: True)
    asked: list[bool] = []
    window.editor.confirm_discard_for_import = lambda: asked.append(False) or False
    window.import_flow.start(path)
    assert asked == [False] and store.incidents.get(first_id).fatalities == before.fatalities
    assert window.editor.notes.toPlainText() == "Typed, not saved." and window.editor.dirty
    assert store.imports.batches() == []
    window.editor.confirm_discard_for_import = lambda: asked.append(True) or True
    window.import_flow.start(path)
    assert asked == [False, True] and store.incidents.get(first_id).fatalities == 77
    assert window.editor.fatalities.text() == "77" and not window.editor.dirty
    assert window.editor.notes.toPlainText() == before.notes
    # the edits are let go at once, not only once an import is written (it may fail)
    from sahel_desk.domain.history import Changes

    window.editor.notes.setPlainText("Typed again.")
    assert window._may_import(Changes(frozenset({first_id})))
    assert window.editor.notes.toPlainText() == before.notes and not window.editor.dirty


def test_undoing_an_import_asks_before_writing_over_unsaved_edits(
    window, store, tmp_path, monkeypatch
):
    """As the import itself: Ctrl+Z of an import that changed the incident being edited asks
    first; cancelling leaves the import and the edits, discarding undoes it. An undo that
    does not touch the open incident asks nothing."""
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    uuid = edit_sheet(path, {(2, "fatalities"): 77})
    first_id = store.incidents.id_of_uuid(uuid)
    before = store.incidents.get(first_id)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: True)
    window.import_flow.start(path)
    asked: list[str] = []
    window.editor.confirm_discard_for_step = lambda step: asked.append(step) or False
    window.editor.confirm_discard = lambda: True  # leaving one incident's edits for another
    other = next(i for i in store.incidents.ids(IncidentQuery()) if i != first_id)
    window.open_incident(other)
    window.editor.notes.setPlainText("Typed, not saved.")
    window.undo_runner.undo()  # the import did not change this one: nothing asked
    assert asked == [] and store.incidents.get(first_id).fatalities == before.fatalities
    window.undo_runner.redo()
    window.open_incident(first_id)
    window.editor.notes.setPlainText("Typed, not saved.")
    window.undo_runner.undo()
    assert asked == ["Import ours.xlsx"] and store.incidents.get(first_id).fatalities == 77
    assert window.editor.notes.toPlainText() == "Typed, not saved."
    window.editor.confirm_discard_for_step = lambda step: asked.append(step) or True
    window.undo_runner.undo()
    assert store.incidents.get(first_id).fatalities == before.fatalities
    assert not window.editor.dirty and window.editor.fatalities.text() == str(before.fatalities)


def test_the_open_incident_is_reloaded_when_an_import_updates_it(window, store, tmp_path,
                                                                monkeypatch):  # fmt: skip
    """The editor shows an incident, no edits unsaved; an import changes its fatalities: the
    editor shows the imported value (and the old one once the import is undone, the new one
    again on redo), so the user's next edit is saved over it, not refused."""
    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    uuid = edit_sheet(path, {(2, "fatalities"): 77})
    first_id = store.incidents.id_of_uuid(uuid)
    window.open_incident(first_id)
    before = window.editor.fatalities.text()
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: True)
    window.import_flow.start(path)
    assert store.incidents.get(first_id).fatalities == 77
    assert window.editor.fatalities.text() == "77"
    window.undo_runner.undo()
    assert window.editor.fatalities.text() == before
    window.undo_runner.redo()
    assert window.editor.fatalities.text() == "77"
    window.editor.notes.setPlainText("Checked after the import.")
    assert window.editor.save()
    assert store.incidents.get(first_id).fatalities == 77


def test_ticks_are_not_carried_to_a_file_edited_meanwhile(window, store, tmp_path, monkeypatch):
    """The file changes between the two reads (rows moved, say): its lines may hold other
    events now, so the new preview starts with no ticks rather than wrong ones."""

    def swap_rows(path):
        header, first, second, *rest = path.read_text(encoding="utf-8").splitlines(True)
        path.write_text("".join([header, second, first, *rest]), encoding="utf-8")

    path, seen = _tick_then_read_as_suggested(store, tmp_path, monkeypatch, swap_rows)
    window.import_flow.start(path)
    assert seen[:2] == [set(), set()]


def test_unchanged_rows_show_which_event_they_are(window, qtbot, store, tmp_path):
    """Our own export read back: every row unchanged, each still showing its date, place,
    actor and type, so the user sees what was checked rather than blank columns."""
    from sahel_desk.jobs import imports

    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    dialog = ImportPreviewDialog(imports.plan_import(store, path))
    qtbot.addWidget(dialog)
    first = dialog.plan.rows[0]
    assert first.action == imports.UNCHANGED and first.incident is None
    cells = [dialog.model.index(0, column).data() for column in range(2, 6)]
    assert all(cells) and first.read.actor1 == cells[2]


def test_the_preview_opens_on_what_the_import_brings_among_unchanged_rows(
    window, qtbot, store, tmp_path
):
    """Our export read back with one correction: nothing held back or refused, so the table
    opens on the one row the import writes, not on 203 rows, 202 of them unchanged."""
    from sahel_desk.jobs import imports

    path = tmp_path / "ours.xlsx"
    export(store, IncidentQuery(), path)
    edit_sheet(path, {(2, "fatalities"): 77})
    dialog = ImportPreviewDialog(imports.plan_import(store, path))
    qtbot.addWidget(dialog)
    assert dialog.which.currentText() == "To import: new and updated (1)"
    assert dialog.proxy.rowCount() == 1
