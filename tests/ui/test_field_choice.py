"""Field by field in the import preview: right-click a row that updates an incident, keep
some fields as they are here, take the others from the file; through the real window."""

from __future__ import annotations

from exchange.sharing import both_laptops
from ui.windows import menu_choice, shown_window

from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.jobs import imports
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.ui.exchange.field_choice import FieldChoiceDialog
from sahel_desk.ui.exchange.preview import ImportPreviewDialog


def test_a_conflict_is_taken_field_by_field_and_undone_in_one_step(
    qtbot, store, tmp_path, monkeypatch
):
    """A and B both changed the toll and the notes: the user keeps A's notes, takes B's
    toll; the row says so, the import writes that mix, Ctrl+Z puts A's version back and
    redo the mix again."""
    target, back = both_laptops(
        store, tmp_path, {"fatalities": 44, "notes": "A's note."}, {"fatalities": 7, "notes": "B"}
    )
    window = shown_window(qtbot, store)
    seen: dict[str, object] = {}

    def keep_notes(dialog: FieldChoiceDialog) -> int:
        assert set(dialog.groups) == {"fatalities", "notes"}
        assert dialog.groups["fatalities"].button(2).text() == "7"
        assert dialog.groups["notes"].button(1).text() == "A's note."
        assert dialog.groups["fatalities"].checkedId() == 2  # the file's, at first
        dialog.groups["notes"].button(1).setChecked(True)
        seen["fields"] = dialog.grab()
        return 1

    def choose(dialog: ImportPreviewDialog) -> int:
        (position,) = dialog.plan.positions(imports.CONFLICT)
        menu_choice(dialog, position, "Choose field by field")
        seen["label"] = dialog.model.index(position, 1).data()
        seen["button"] = dialog.go.text()
        return 1

    monkeypatch.setattr(FieldChoiceDialog, "exec", keep_notes)
    monkeypatch.setattr(ImportPreviewDialog, "exec", choose)
    window.import_flow.start(back)
    qtbot.waitUntil(lambda: store.imports.batches() != [])
    assert seen["label"] == f"Updates incident {target.id}, keeps here: notes"
    assert seen["button"] == "Import (new: 0, updated: 1)"
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (7, "A's note.")
    window.undo_runner.undo()
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (44, "A's note.")
    window.undo_runner.redo()
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (7, "A's note.")


def test_a_mix_that_breaks_acled_s_rules_is_refused_in_words(qtbot, store, tmp_path) -> None:
    """B turned a battle into violence against civilians (its type and its actor 2): the
    type from the file with our actors is no valid incident, and OK waits."""
    store.incidents.add_many(Generator(15).incidents(6))
    first = store.incidents.get(store.incidents.ids(IncidentQuery(sort=(("id", False),)))[0])
    battle = store.incidents.update(first.with_changes(
        event_type=taxonomy.BATTLES, sub_event_type="Armed clash", civilian_targeting=False,
        inter1=ActorType.STATE_FORCES, actor2="JNIM", inter2=ActorType.REBEL_GROUP,
    ))  # fmt: skip
    theirs = {
        "event_type": taxonomy.VIOLENCE_AGAINST_CIVILIANS, "sub_event_type": "Attack",
        "actor2": "Civilians (Mali)", "inter2": ActorType.CIVILIANS, "notes": "B",
    }  # fmt: skip
    target, back = both_laptops(store, tmp_path, {"notes": "A"}, theirs, added=False)
    assert target.id == battle.id
    plan = imports.plan_import(store, back)
    (position,) = plan.positions(imports.CONFLICT)
    stored = store.incidents.get(target.id)
    dialog = FieldChoiceDialog(plan, position, stored)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled() and dialog.problem.text() == ""
    dialog.groups["actor1"].button(1).setChecked(True)  # our actors, the file's type
    assert not ok.isEnabled()
    assert "actor 2 must be civilians" in dialog.problem.text()
    dialog.groups["event_type"].button(1).setChecked(True)  # our type too: fits again
    assert ok.isEnabled()
    keep_all = next(b for b in dialog.findChildren(type(ok)) if b.text() == "Keep every field here")
    keep_all.click()
    assert dialog.kept() == frozenset(dialog.groups)
    kept = dialog.incident()
    assert (kept.event_type, kept.actor2, kept.notes) == (stored.event_type, stored.actor2, "A")
    # values in words: the actor type's name, not its code (on the button itself)
    assert "Civilians" in dialog.groups["actor1"].button(2).text()
    named = FieldChoiceDialog(plan, position, stored, (), None, {"drv.grievances": "Grievances"})
    qtbot.addWidget(named)
    assert named._readable("tags", ["drv.grievances", "usr.x"]) == "Grievances; usr.x"


def _conflict_preview(qtbot, store, tmp_path):
    """A and B both changed the toll and the notes: the preview of B's file, its one
    conflict row, and A's incident."""
    target, back = both_laptops(
        store, tmp_path, {"fatalities": 44, "notes": "A's note."}, {"fatalities": 7, "notes": "B"}
    )
    plan = imports.plan_import(store, back)
    (position,) = plan.positions(imports.CONFLICT)
    dialog = ImportPreviewDialog(plan, None, load=store.incidents.get)
    qtbot.addWidget(dialog)
    return target, plan, position, dialog


def test_a_choice_holds_while_its_row_is_left_out_and_taken_again(qtbot, store, tmp_path):
    """Unticking the row (or the box of every such row) leaves it out; ticking it again
    takes it as chosen field by field, never whole without a word. The reasons under the
    table say the choice first."""
    from PySide6.QtCore import Qt

    target, plan, position, dialog = _conflict_preview(qtbot, store, tmp_path)
    model = dialog.model
    stored = store.incidents.get(target.id)
    whole = "taking the file's version takes its values"  # the conflict's warning
    assert whole in model.index(position, 6).data()
    repainted: list[tuple[int, int, int, int]] = []  # the view shows the reasons anew
    model.dataChanged.connect(
        lambda a, b, _roles: repainted.append((a.row(), a.column(), b.row(), b.column()))
    )
    model.choose_fields(position, frozenset({"notes"}), plan.keeping(position, stored, {"notes"}))
    assert any(r0 <= position <= r1 and c0 <= 6 <= c1 for r0, c0, r1, c1 in repainted)
    label = f"Updates incident {target.id}, keeps here: notes"
    assert model.index(position, 1).data() == label and dialog.older.isChecked()
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        assert whole not in model.index(position, 6).data(role)  # moot: the choice says
    box = model.index(position, 1)
    model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(position, 1).data() == "Changed here and in the file"
    assert whole in model.index(position, 6).data()  # left out: what taking it would do
    assert dialog.go.text() == "Import (new: 0, updated: 0)"
    model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(position, 1).data() == label
    dialog.older.setChecked(False)
    dialog.older.setChecked(True)
    assert model.index(position, 1).data() == label
    (written,) = plan.to_write(**dialog.choices())[1]
    assert (written.fatalities, written.notes) == (7, "A's note.")
    dialog.show()
    dialog.which.setCurrentIndex(0)
    dialog.table.selectRow(position)
    assert dialog.reasons.text().startswith(f"Row {plan.rows[position].line}: {label}")


def test_a_row_keeping_every_field_is_counted_as_kept_and_can_be_imported(qtbot, store, tmp_path):
    """Keeping every field here updates nothing: the button says so, and stays enabled (the
    choice is recorded for the next file)."""
    target, plan, position, dialog = _conflict_preview(qtbot, store, tmp_path)
    stored = store.incidents.get(target.id)
    every = frozenset({"notes", "fatalities"})
    dialog.model.choose_fields(position, every, plan.keeping(position, stored, every))
    assert dialog.go.text() == "Import (new: 0, updated: 0, kept as they are here: 1)"
    assert dialog.go.isEnabled()
    said = dialog.model.index(position, 1).data()
    assert said == f"Keeps incident {target.id} as it is here: fatalities, notes"
    # the field-by-field dialog opened on the row, a field ticked the file's way, cancelled:
    # the choice made stands, and is still counted as kept
    opened = FieldChoiceDialog(plan, position, stored, every)
    qtbot.addWidget(opened)
    opened.groups["notes"].button(2).setChecked(True)
    opened.reject()
    assert plan.tally(**dialog.choices())[1:] == (0, [], 1)
    notes = frozenset({"notes"})
    dialog.model.choose_fields(position, notes, plan.keeping(position, stored, notes))
    assert dialog.go.text() == "Import (new: 0, updated: 1)"


def test_a_duplicate_chosen_field_by_field_stays_so_when_the_file_is_read_again(
    qtbot, store, tmp_path, monkeypatch
):
    """A colleague's CSV corrects the toll and the notes of one of our events (no uuid):
    the user keeps our notes, takes the toll, then has a misspelt type read as suggested;
    the new preview holds the choice, and the import writes it."""
    from support import misspell_event_type

    from sahel_desk.synthetic.acled_files import acled_incidents, write_acled

    events = acled_incidents(3, seed=31)
    store.incidents.add_many([e.with_changes(external_id=None) for e in events[:2]])
    corrected = [
        e.with_changes(notes=f"{e.notes} (corrected)", fatalities=(e.fatalities or 0) + 3)
        for e in events
    ]
    path = misspell_event_type(write_acled(tmp_path / "c.csv", corrected), row=3)
    window = shown_window(qtbot, store)
    seen: list[object] = []

    def keep_notes(dialog: FieldChoiceDialog) -> int:
        assert dialog.groups["notes"].button(2).text().endswith("(corrected)")
        dialog.groups["notes"].button(1).setChecked(True)
        return 1

    def answer(dialog: ImportPreviewDialog) -> int:
        first = min(dialog.plan.positions(imports.DUPLICATE))
        target = dialog.plan.rows[first].existing_id
        if not seen:
            menu_choice(dialog, first, "Choose field by field")
            seen.append(target)
            dialog.suggested.click()
            return dialog.result()
        seen.append(dialog.model.index(first, 1).data())
        seen.append(dialog.go.text())
        return 1

    monkeypatch.setattr(FieldChoiceDialog, "exec", keep_notes)
    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    before = {i.id: i for i in store.incidents.get_many(store.incidents.ids(IncidentQuery()))}
    window.import_flow.start(path)
    target, label, button = seen
    assert label == f"Updates incident {target}, keeps here: notes"
    assert button == "Import (new: 1, updated: 1)"
    after = store.incidents.get(target)
    assert after.notes == before[target].notes  # ours, kept
    assert after.fatalities == (before[target].fatalities or 0) + 3  # the file's


def test_an_incident_changed_after_reading_is_not_chosen_from(qtbot, store, tmp_path, monkeypatch):
    """Another window changed the incident while the preview was open: the choice is
    refused in words, before any dialog offers versions that are no longer ours."""
    from sahel_desk.ui.exchange import preview

    target, _plan, position, dialog = _conflict_preview(qtbot, store, tmp_path)
    store.incidents.update(store.incidents.get(target.id).with_changes(notes="C"))
    said: list[str] = []
    monkeypatch.setattr(preview.QMessageBox, "warning", lambda *a: said.append(a[2]))
    opened: list[object] = []
    monkeypatch.setattr(FieldChoiceDialog, "exec", lambda d: opened.append(d) or 1)
    dialog._choose_fields(position)
    assert said == [f"Incident {target.id} was changed after the file was read: read the file "
                    "again."] and not opened  # fmt: skip
    assert position not in dialog.model.keep


def test_long_lists_are_shown_whole_where_they_part() -> None:
    """Two lists of associated actors that part after their first words must not read the
    same on both buttons."""
    from sahel_desk.jobs.merge import excerpt
    from sahel_desk.ui.exchange.field_choice import _LONG, readable

    ours = ["Militia of the Northern Inner Delta", "Dozo hunters of the Bandiagara plateau"]
    theirs = [*ours[:1], "Dozo hunters of the Bankass circle"]
    assert readable("assoc_actor1", ours).endswith("Bandiagara plateau")
    assert readable("assoc_actor1", theirs).endswith("Bankass circle")
    long_ours, long_theirs = "word " * 200 + "ours.", "word " * 200 + "theirs."
    assert excerpt(long_ours, long_theirs, _LONG, 120).endswith("ours.")
    assert excerpt(long_theirs, long_ours, _LONG, 120).endswith("theirs.")


def test_an_import_refused_for_a_change_made_meanwhile_reopens_with_its_choices(
    qtbot, store, tmp_path, monkeypatch
):
    """Another window changes the incident while the preview is open: the import is
    refused in words, writing nothing; the file is read again and its preview opens with
    the same choice, made against the incident as it now is."""
    from sahel_desk.ui.exchange import ops

    target, back = both_laptops(
        store, tmp_path, {"fatalities": 44, "notes": "A's note."}, {"fatalities": 7, "notes": "B"}
    )
    window = shown_window(qtbot, store)
    said: list[str] = []
    monkeypatch.setattr(ops.QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(
        FieldChoiceDialog, "exec", lambda d: d.groups["notes"].button(1).setChecked(True) or 1
    )
    labels: list[str] = []

    def answer(dialog: ImportPreviewDialog) -> int:
        (position,) = dialog.plan.positions(imports.CONFLICT)
        if not labels:
            menu_choice(dialog, position, "Choose field by field")
            store.incidents.update(store.incidents.get(target.id).with_changes(notes="C"))
        labels.append(dialog.model.index(position, 1).data())
        return 1

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    window.import_flow.start(back)
    assert len(said) == 1 and "was changed by" in said[0] and "The database is unchanged" in said[0]
    assert labels == [f"Updates incident {target.id}, keeps here: notes"] * 2
    after = store.incidents.get(target.id)
    assert (after.fatalities, after.notes) == (7, "C")  # the file's toll; notes as they now are


def test_values_that_differ_only_in_spacing_say_so(qtbot, store, tmp_path) -> None:
    ours, theirs = {"notes": "Two  killed.\nMore later."}, {"notes": "Two killed. More later."}
    target, back = both_laptops(store, tmp_path, ours, theirs)
    plan = imports.plan_import(store, back)
    (position,) = plan.positions(imports.CONFLICT)
    dialog = FieldChoiceDialog(plan, position, store.incidents.get(target.id))
    qtbot.addWidget(dialog)
    here, there = (dialog.groups["notes"].button(k).text() for k in (1, 2))
    assert here.endswith("(differs only in spacing or line breaks)") and there.endswith(
        "(differs only in spacing or line breaks)"
    )
