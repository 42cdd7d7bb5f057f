import pytest
from ui.windows import shown_window

from sahel_desk.domain.history import Changes
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.ui.about import attributions
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.main_window import MainWindow


def test_main_window_lists_the_incidents(qtbot, store, tmp_path):
    store.incidents.add_many(article_incidents())
    window = shown_window(qtbot, store)
    assert store.path.name in window.windowTitle()
    assert window.counts.text() == "3 of 3 incidents"
    model = window.incidents.model
    assert model.rowCount() == 3
    shot = tmp_path / "main.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 1000


def test_about_carries_the_required_attributions():
    text = attributions()
    assert "GeoNames" in text and "CC BY 4.0" in text
    assert "OCHA" in text and "CC BY-IGO" in text


def test_layout_and_language_are_remembered(qtbot, store):
    from sahel_desk.ui import settings

    first = shown_window(qtbot, store)
    first.resize(760, 540)  # fits the offscreen screen, so restoring does not clamp it
    first.incidents.table.setColumnWidth(1, 333)
    first.incidents.show_column(7, False)  # no "Responses" column, please
    header = first.incidents.table.horizontalHeader()
    header.moveSection(header.visualIndex(5), 1)  # fatalities right after the date
    left_at = first.size()
    first.choose_language("fr")
    assert "starts again" in first.statusBar().currentMessage()
    first.close()
    ctx = AppContext.create(store, synchronous=True)
    assert settings.LANGUAGE.get(ctx.settings) == "fr"
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == left_at
    assert second.incidents.table.columnWidth(1) == 333
    again = second.incidents.table.horizontalHeader()
    assert again.isSectionHidden(7) and again.logicalIndex(1) == 5
    settings.LANGUAGE.reset(ctx.settings)


def test_tag_changes_reach_the_list_the_filters_and_the_editor(qtbot, store):
    from PySide6.QtCore import Qt

    from sahel_desk.domain.history import Changes

    store.incidents.add_many(article_incidents())
    window = shown_window(qtbot, store, show=False)
    store.tags.rename("drv.arm.recruitment", "Recruitment drives", "Campagnes de recrutement")
    store.tags.set_hidden("drv.env.climate", True)
    window.ctx.events.sig_data_changed.emit(Changes(tags=True))
    model = window.incidents.model
    drivers = [model.data(model.index(r, 6)) for r in range(model.rowCount())]
    assert any("Recruitment drives" in d for d in drivers)
    bar = window.incidents.filters
    assert bar.tags.label("drv.arm.recruitment") == "Recruitment drives"
    assert bar.tags.check_tree.label("drv.env.climate") == "Climate change (hidden)"
    tree = window.editor.drivers.tree
    flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    assert tree.findItems("Recruitment drives", flags)
    assert not tree.findItems("Climate change", flags)  # hidden: no longer offered


def test_the_application_starts_on_a_new_database(qtbot, qapp, tmp_path):
    """What `sahel-desk` runs before the event loop: locale, translations, store, window."""
    import importlib

    app_module = importlib.import_module("sahel_desk.app")  # tests may; the package may not
    window = app_module.start(qapp, tmp_path / "first-run.sqlite")
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.counts.text() == "0 of 0 incidents", timeout=5000)
    window.ctx.tasks.wait()
    window.ctx.store.close()


def test_another_programs_writes_reach_the_open_window(qtbot, store):
    """The command line imports into the database the window has open: within a few seconds
    the list, its counts and the charts show it, and the status bar says why."""
    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.store import Store
    from sahel_desk.synthetic.incidents import Generator

    store.incidents.add_many(Generator(61).incidents(20))
    window = shown_window(qtbot, store)
    assert window.incidents.total == 20 and not window.watcher.check()
    first = store.incidents.get(store.incidents.ids(IncidentQuery())[0])
    window.ctx.store.incidents.update(first.with_changes(notes="Ours."))
    window.ctx.events.sig_data_changed.emit(Changes(incidents=frozenset({first.id})))
    assert not window.watcher.check()  # this window's own write is no news
    with Store.open(store.path, author="colleague") as other:
        other.incidents.add_many(Generator(62).incidents(5))
    assert window.watcher.check()
    assert window.incidents.total == 25
    assert "Another program changed the database" in window.statusBar().currentMessage()
    assert not window.watcher.check()
    assert window.watcher.timer.isActive() and window.watcher.timer.interval() <= 5000


def test_this_windows_own_write_not_yet_shown_is_not_anothers(qtbot, store):
    """Between a write's commit and its result reaching the window, a tick of the watcher
    must not call it another program's."""
    from sahel_desk.synthetic.incidents import Generator

    window = shown_window(qtbot, store)
    tasks = window.ctx.tasks
    tasks.synchronous = False
    seen_during: list[bool] = []

    def write() -> None:
        store.incidents.add_many(Generator(63).incidents(2))
        seen_during.append(tasks.writing)

    tasks.run(write, lambda _r: seen_during.append(window.watcher.check()), print, write=True)
    assert tasks.wait()
    qtbot.waitUntil(lambda: len(seen_during) == 2)
    assert seen_during == [True, False] and not tasks.writing
    window.ctx.events.sig_data_changed.emit(Changes())  # as the write's own result does
    assert not window.watcher.check()


def test_another_programs_write_reaches_the_open_incident_and_is_not_hidden(qtbot, store):
    """The open incident, changed by another program, is read again (it has no unsaved
    edits); another program's write just before one of this window's is still news."""
    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.store import Store
    from sahel_desk.synthetic.incidents import Generator

    store.incidents.add_many(Generator(64).incidents(6))
    window = shown_window(qtbot, store)
    first_id = store.incidents.ids(IncidentQuery())[0]
    window.open_incident(first_id)
    with Store.open(store.path, author="colleague") as other:
        theirs = other.incidents.get(first_id)
        other.incidents.update(theirs.with_changes(notes="Changed by a colleague."))
    assert window.watcher.check()
    assert window.editor.current.notes == "Changed by a colleague."
    assert not window.watcher.check()
    with Store.open(store.path, author="colleague") as other:
        other.incidents.add_many(Generator(65).incidents(1))
    second = store.incidents.get(store.incidents.ids(IncidentQuery())[1])
    store.incidents.update(second.with_changes(notes="Ours, after theirs."))
    window.ctx.events.sig_data_changed.emit(Changes(incidents=frozenset({second.id})))
    assert window.watcher.check()  # their write is still news after ours


def test_a_selection_below_the_first_block_survives_a_reload(qtbot, store):
    """Another program's write reloads the list: the incidents the analyst had selected far
    down (before pressing Delete, say) stay selected."""
    from PySide6.QtCore import QItemSelectionModel

    from sahel_desk.synthetic.incidents import Generator
    from sahel_desk.ui.incidents.table_model import BLOCK

    store.incidents.add_many(Generator(66).incidents(BLOCK + 200))
    window = shown_window(qtbot, store)
    table, model = window.incidents.table, window.incidents.model
    assert model.rowCount() == BLOCK + 200
    row = BLOCK + 150
    chosen = model.id_at(row)
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(model.index(row, 0), flags.Select | flags.Rows)
    table.selectionModel().setCurrentIndex(model.index(row, 0), flags.NoUpdate)
    assert window.incidents.chosen().ids == {chosen}
    window.watcher.refresh()
    assert window.incidents.chosen().ids == {chosen}
    assert window.incidents.current_id() == chosen


def test_actors_another_program_added_are_offered_for_completion(qtbot, store):
    from sahel_desk.store import Store
    from sahel_desk.synthetic.incidents import Generator

    store.incidents.add_many(Generator(67).incidents(3))
    window = shown_window(qtbot, store)
    new = "Brand New Militia (Mali)"
    with Store.open(store.path, author="colleague") as other:
        other.incidents.add_many([next(Generator(68).incidents(1)).with_changes(actor1=new)])
    assert window.watcher.check()
    assert new in window.incidents.filters.actor_names.stringList()
    assert new in window.editor.actor1.completer().model().stringList()


def test_the_watcher_reads_off_the_gui_thread_and_a_late_answer_is_no_news(qtbot, store):
    """The generation is read in a worker; an answer read before this window's own write
    and delivered after it is not taken for another program's write."""
    import threading

    from sahel_desk.synthetic.incidents import Generator

    window = shown_window(qtbot, store)
    tasks = window.ctx.tasks
    tasks.synchronous = False
    threads: list[threading.Thread] = []
    generation = window.ctx.store.generation

    def reading() -> str:
        threads.append(threading.current_thread())
        return generation()

    window.ctx.store.generation = reading  # the same read, noting its thread
    try:
        assert not window.watcher.check()  # asked; the answer comes through the event loop
        assert tasks.wait()
        assert threads and threads[0] is not threading.main_thread()
        store.incidents.add_many(Generator(66).incidents(2))  # this window's write
        window.ctx.events.sig_data_changed.emit(Changes())  # shown: the watcher moves on
        qtbot.wait(50)  # the late answer (the generation before the write) arrives
        assert "Another program" not in window.statusBar().currentMessage()
        assert window.watcher.seen == generation()
    finally:
        del window.ctx.store.generation


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_window_fits_a_1366_pixel_screen_at_150_percent(qtbot, qapp, store, language):
    """910 pixels across: with the filters opened and every tab made, in French too (a
    third longer), nothing sets the window wider; the filters reflow into two columns."""
    from PySide6.QtCore import QLocale

    from sahel_desk.ui import i18n

    previous = QLocale()
    i18n.install(qapp, language)
    try:
        window = shown_window(qtbot, store)
        filters = window.incidents.filters
        filters.more.setChecked(True)
        for page in (window.side.trends, window.side.map):
            window.side.setCurrentWidget(page)
            page.ensure()
        assert window.minimumSizeHint().width() <= 900
        grid = filters.extra

        def squeezed() -> list[str]:  # cells narrower than the grid's own least for them
            return [type(w).__name__ for w, _ in grid._cells if w.width() < grid._least(w)]

        window.resize(900, 700)
        qtbot.waitUntil(lambda: grid.columns == 2)
        qtbot.wait(20)  # laid out in its new arrangement
        assert not squeezed()
        window.resize(1800, 900)
        splitter = window.centralWidget()
        total = sum(splitter.sizes())
        for left in range(450, 1400, 10):  # the narrowest list pane with four columns
            splitter.setSizes([left, total - left])
            qtbot.wait(1)
            if grid.columns == 4:
                break
        qtbot.wait(20)
        assert grid.columns == 4 and not squeezed()
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(previous)
