"""The editor, driven by keyboard through pytest-qt over a real database."""

import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from support import read_rows as rows
from support import region
from support import tick as tick_in
from ui.windows import shown_window

from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.main_window import MainWindow

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture
def window(qtbot, store):
    win = shown_window(qtbot, store)
    win.editor.ask_duplicate = lambda twins: "save"
    win.editor.confirm_discard = lambda: True
    return win


def type_into(qtbot, widget, text):
    """Type as a keyboard does; characters QTest cannot synthesise (’, é) go as key events
    carrying their text, the way an input method delivers them."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def pick_place(qtbot, editor, typed):
    """Type a place and take the first completion with the keyboard, as a user does."""
    type_into(qtbot, editor.location, typed)
    popup = editor.location.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.location.entry is not None, timeout=2000)


def type_strategic(qtbot, editor, date, place, actor, sub="Other"):
    """A short strategic-development incident typed into the form (not saved)."""
    choose(editor.event_type, "Strategic developments")
    choose(editor.sub_event_type, sub)
    type_into(qtbot, editor.date, date)
    type_into(qtbot, editor.location, place)
    type_into(qtbot, editor.actor1, actor)
    choose(editor.inter1, "Rebel group")


def choose(combo, text):
    combo.setCurrentIndex(combo.findText(text))


def tick(picker, label):
    items = picker.tree.findItems(label, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    items[0].setCheckState(0, Qt.CheckState.Checked)


def test_the_articles_three_incidents_typed_through_the_editor(qtbot, window, store):
    editor = window.editor

    # 1. April 2023, Bankass: an attack on a military convoy, casualties but no death toll.
    window.new_incident()
    choose(editor.event_type, "Battles")
    choose(editor.sub_event_type, "Armed clash")
    type_into(qtbot, editor.date, "April 2023")
    assert "Month only" in editor.date_hint.text()
    pick_place(qtbot, editor, "Bankass")
    assert editor.admin1.currentText() == "Mopti" and editor.latitude.text()
    type_into(qtbot, editor.actor1, "Jama’at Nasr al-Islam wal Muslimin")
    choose(editor.inter1, "Rebel group")
    type_into(qtbot, editor.actor2, "FAMa")
    choose(editor.inter2, "State forces")
    type_into(qtbot, editor.notes, "Attack on military convoy, several casualties reported.")
    tick(editor.drivers, "Institutional instability")
    tick(editor.responses, "Increased funding for security forces")
    assert editor.save()
    assert store.incidents.count() == 1

    # 2. June 2023, Tombouctou (typed without accent: "Timbuktu" finds it).
    window.new_incident()
    choose(editor.event_type, "Violence against civilians")
    choose(editor.sub_event_type, "Abduction/forced disappearance")
    type_into(qtbot, editor.date, "juin 2023")
    pick_place(qtbot, editor, "Timbuktu")
    type_into(qtbot, editor.actor1, "GSIM")
    choose(editor.inter1, "Rebel group")
    type_into(qtbot, editor.actor2, "Civilians (Mali)")
    choose(editor.inter2, "Civilians")
    editor.civilian_targeting.setChecked(True)
    type_into(qtbot, editor.fatalities, "0")
    type_into(qtbot, editor.notes, "Kidnapping of NGO workers, demands for ransom released.")
    tick(editor.drivers, "Kidnapping for ransom")
    tick(editor.responses, "Humanitarian aid")
    assert editor.save()

    # 3. August 2023, Bakara: no gazetteer knows it; kept unverified, without coordinates.
    window.new_incident()
    choose(editor.event_type, "Strategic developments")
    choose(editor.sub_event_type, "Change to group/activity")
    type_into(qtbot, editor.date, "August 2023")
    type_into(qtbot, editor.location, "Bakara")
    assert editor.location.entry is None and "unverified" in editor.place_hint.text()
    type_into(qtbot, editor.actor1, "JNIM")
    choose(editor.inter1, "Rebel group")
    type_into(qtbot, editor.notes, "Increased recruitment drives to bolster local militias.")
    tick(editor.drivers, "Recruitment of local fighters")
    assert editor.save()

    saved = store.incidents.get_many(store.incidents.ids(IncidentQuery(sort=(("id", False),))))
    assert [i.place.location for i in saved] == ["Bankass", "Tombouctou", "Bakara"]
    assert {i.actor1 for i in saved} == {JNIM}  # three spellings, one registry actor
    assert all(i.date.precision is DatePrecision.MONTH for i in saved)
    assert [i.date.day.month for i in saved] == [4, 6, 8]
    assert saved[0].fatalities is None and saved[1].fatalities == 0
    assert saved[0].actor2 == "Military Forces of Mali (2021-)"
    assert saved[1].place.admin1 == "Tombouctou" and saved[1].place.verified
    assert not saved[2].place.verified and saved[2].place.latitude is None
    assert saved[0].tags == {"drv.gov.instability", "rsp.sec.funding"}
    assert rows(store, "SELECT date_precision, place_ref IS NULL FROM incidents ORDER BY id") == [
        (3, 0),
        (3, 0),
        (3, 1),
    ]
    # The list shows them, newest first, with their month-only dates.
    assert window.counts.text() == "3 of 3 incidents"


def test_nothing_is_saved_until_the_codebook_rules_hold(qtbot, window, store):
    editor = window.editor
    window.new_incident()
    choose(editor.event_type, "Violence against civilians")
    choose(editor.sub_event_type, "Attack")
    type_into(qtbot, editor.date, "31/02/2023")
    assert not editor.save()
    assert editor.errors["date"].isVisible() and "real day" in editor.errors["date"].text()
    editor.date.clear()
    type_into(qtbot, editor.date, "14/06/2023")
    type_into(qtbot, editor.location, "Bakara")
    type_into(qtbot, editor.actor1, "JNIM")
    choose(editor.inter1, "Rebel group")
    type_into(qtbot, editor.actor2, "Military Forces of Mali (2021-)")
    choose(editor.inter2, "State forces")
    assert not editor.save()  # violence against civilians needs civilians as actor 2
    assert "civilians" in editor.errors["actor2"].text()
    assert "Not saved" in editor.summary.text()
    assert store.incidents.count() == 0


def test_editing_records_history_and_duplicates_are_flagged(qtbot, window, store):
    editor = window.editor
    asked = []
    editor.ask_duplicate = lambda twins: asked.append(twins) or "open"
    window.new_incident()
    type_strategic(qtbot, editor, "14/06/2023", "Bakara", "JNIM")
    editor.ask_duplicate = lambda twins: "save"
    assert editor.save()
    first_id = editor.current.id
    # The same event typed again: the user is warned and opens the existing one.
    editor.ask_duplicate = lambda twins: asked.append(twins) or "open"
    window.new_incident()
    type_strategic(qtbot, editor, "June 2023", "bakara", "GSIM")
    assert not editor.save()
    assert [t.id for t in asked[0]] == [first_id]
    assert editor.current.id == first_id and store.incidents.count() == 1
    # Edit it: the history says what changed.
    type_into(qtbot, editor.fatalities, "4")
    assert editor.save()
    change = [r for r in store.history.for_incident(first_id) if r.field == "fatalities"]
    assert [(json.loads(c.old), json.loads(c.new)) for c in change] == [(None, 4)]


def test_redo_has_one_unambiguous_shortcut_each(window):
    redo = next(
        a
        for a in window.findChildren(type(window.delete_action))
        if a.text().replace("&", "").startswith("Redo")
    )
    keys = [k.toString() for k in redo.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and len(keys) == len(set(keys))


def test_a_late_save_does_not_overwrite_the_next_incident(qtbot, window, store):
    from sahel_desk.synthetic.article import article_incidents

    first, second, _ = store.incidents.get_many(store.incidents.add_many(article_incidents()))
    editor = window.editor
    window.open_incident(first.id)
    stale_generation = editor._generation
    window.open_incident(second.id)
    editor.notes.setPlainText("typed into the second incident")
    editor._saved(store.incidents.get(first.id), stale_generation)  # the first save lands late
    assert editor.current.id == second.id and editor.dirty
    assert editor.notes.toPlainText() == "typed into the second incident"


def test_saving_twice_quickly_makes_one_incident(qtbot, store):
    ctx = AppContext.create(store)  # real worker threads: the second Ctrl+S comes first
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    editor = win.editor
    editor.ask_duplicate = lambda twins: "save"
    type_strategic(qtbot, editor, "14/06/2023", "Bakara", "JNIM")
    assert editor.save()
    assert not editor.save()  # refused while the first is on its way
    qtbot.waitUntil(lambda: editor.current is not None, timeout=5000)
    ctx.tasks.wait()
    assert store.incidents.count() == 1


def test_removing_a_source_is_an_edit(window, store):
    from sahel_desk.synthetic.article import article_incidents

    (first,) = store.incidents.add_many(article_incidents()[:1])
    window.open_incident(first)
    assert not window.editor.dirty
    window.editor.sources.table.setCurrentCell(0, 0)
    window.editor.sources.remove.click()
    assert window.editor.dirty


def test_the_editor_follows_deletion_and_undo_of_its_incident(window, store):
    from sahel_desk.synthetic.article import article_incidents

    (first,) = store.incidents.add_many(article_incidents()[:1])
    window.open_incident(first)
    from sahel_desk.ui.incidents import ops

    ops.delete_incidents(ctx=window.ctx, ids=frozenset({first}), on_error=pytest.fail)
    assert "trash" in window.editor.title.text() and not window.editor.save_button.isEnabled()
    window.ctx.undo.undo()
    assert "trash" not in window.editor.title.text() and window.editor.save_button.isEnabled()


def test_every_problem_shows_at_once_and_follows_the_typing(qtbot, window):
    editor = window.editor
    window.new_incident()
    choose(editor.event_type, "Battles")
    editor.date.setText("next week")
    assert not editor.save()
    shown = {k for k, label in editor.errors.items() if label.isVisible()}
    assert {"date", "actor1", "location"} <= shown  # not only the date
    editor.date.clear()
    type_into(qtbot, editor.date, "14/06/2023")  # fixed: its message goes as it is typed
    assert not editor.errors["date"].isVisible()


def test_actor_type_follows_the_actor_and_vac_targets_civilians(qtbot, window):
    editor = window.editor
    window.new_incident()
    type_into(qtbot, editor.actor2, "FAMa")
    editor.actor2.editingFinished.emit()
    assert editor.inter2.currentText() == "State forces"
    editor.actor2.setText("Civilians (Mali)")
    editor.actor2.editingFinished.emit()
    assert editor.inter2.currentText() == "Civilians"
    choose(editor.event_type, "Violence against civilians")
    assert editor.civilian_targeting.isChecked()


def test_done_when_type_filter_undo_redo_delete_restore(qtbot, window, store):
    """Issue 3's end-to-end path, with the database checked after each step."""
    from sahel_desk.ui.incidents import ops

    test_the_articles_three_incidents_typed_through_the_editor(qtbot, window, store)
    ids = store.incidents.ids(IncidentQuery(sort=(("id", False),)))
    bankass, tombouctou, bakara = ids

    # Filter: the month-only incidents of 2023 in Mopti, then the unverified place.
    bar = window.incidents.filters
    tick_in(bar.places, region("Mopti"))
    assert window.incidents.matching == 1 and window.incidents.model.id_at(0) == bankass
    bar.clear.click()
    bar.unverified.setChecked(True)
    assert window.incidents.matching == 1 and window.incidents.model.id_at(0) == bakara
    bar.clear.click()

    # Edit, undo, redo.
    window.open_incident(tombouctou)
    window.editor.fatalities.setText("3")
    assert window.editor.save()
    assert rows(store, f"SELECT fatalities FROM incidents WHERE id = {tombouctou}") == [(3,)]
    window.ctx.undo.undo()
    assert rows(store, f"SELECT fatalities FROM incidents WHERE id = {tombouctou}") == [(0,)]
    window.ctx.undo.redo()
    assert rows(store, f"SELECT fatalities FROM incidents WHERE id = {tombouctou}") == [(3,)]

    # Delete one, then restore it from the trash.
    ops.delete_incidents(ctx=window.ctx, ids=frozenset({bakara}), on_error=pytest.fail)
    assert rows(store, f"SELECT deleted FROM incidents WHERE id = {bakara}") == [(1,)]
    assert window.counts.text() == "2 of 2 incidents"
    window.trash_action.trigger()
    assert window.incidents.model.rowCount() == 1
    ops.delete_incidents(
        ctx=window.ctx, ids=frozenset({bakara}), restore=True, on_error=pytest.fail
    )
    assert rows(store, f"SELECT deleted FROM incidents WHERE id = {bakara}") == [(0,)]
    actions = [r.action.value for r in store.history.for_incident(bakara)]
    assert actions == ["create", "delete", "restore"]


def test_esc_closes_a_completion_list_and_nothing_else(qtbot, window):
    editor = window.editor
    type_into(qtbot, editor.actor1, "JN")
    popup = editor.actor1.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    asked = []
    editor.confirm_discard = lambda: asked.append(1) or True
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and editor.actor1.text() == "JN" and asked == []
    assert editor.dirty  # "JN" typed: an Esc in the editor would ask to discard it
    bar = window.incidents.filters  # but an Esc in the filter bar is not the editor's
    bar.more.setChecked(True)
    bar.search.setFocus()
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert asked == [] and editor.actor1.text() == "JN"


def test_long_tag_labels_do_not_widen_the_form_past_its_pane(window):
    """Only the filter's drop-downs widen to their longest label; the editor's trees wrap
    into the form (a wide tree pushed every field's right edge out of sight)."""
    editor = window.editor
    assert not editor.drivers.fit_labels and editor.drivers.minimumWidth() == 0
    assert window.incidents.filters.tags.check_tree.minimumWidth() >= 320


def test_a_week_acled_recorded_on_a_sunday_keeps_its_day_through_another_edit(window, store):
    """ACLED records a week on any day; the field shows the week from its first day, which
    reads back as that week's Thursday: an edit of the notes must not move the event."""
    import datetime as dt

    from sahel_desk.domain.incident import DatePrecision, EventDate
    from sahel_desk.synthetic.article import article_incidents

    sunday = EventDate(dt.date(2024, 12, 29), DatePrecision.WEEK)
    (first,) = store.incidents.add_many([article_incidents()[0].with_changes(date=sunday)])
    window.open_incident(first)
    window.editor.notes.setPlainText("Checked with a second source.")
    incident, _problems = window.editor.build()
    assert incident is not None and incident.date == sunday
    window.editor.date.setText("week of 19/12/2024")  # typed: the week as typed
    incident, _ = window.editor.build()
    assert incident.date == EventDate.week_of(dt.date(2024, 12, 19))
