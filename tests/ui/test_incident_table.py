"""The incident list over a real database: paging, SQL sorting, filtering, counts."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from support import region, tick

from sahel_desk.domain.query import IncidentQuery
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.panel import IncidentPanel
from sahel_desk.ui.incidents.table_model import PAGE


@pytest.fixture
def panel(qtbot, store):
    store.incidents.add_many([*article_incidents(), *Generator(5).incidents(600)])
    ctx = AppContext.create(store, synchronous=True)
    widget = IncidentPanel(ctx)
    qtbot.addWidget(widget)
    return widget


def column_texts(panel, column, rows):
    model = panel.model
    return [model.data(model.index(r, column)) for r in range(rows)]


def test_dates_are_shown_as_precisely_as_they_are_known(panel):
    panel.search.setText("convoy")
    panel._apply_filters()
    assert panel.model.rowCount() == 1
    assert column_texts(panel, 0, 1) == ["Apr 2023"]
    assert column_texts(panel, 5, 1) == ["unknown"]  # fatalities: unknown, not 0
    panel.search.setText("Bakara")
    panel._apply_filters()
    assert column_texts(panel, 1, 1) == ["Bakara (unverified)"]
    assert "Recruitment of local fighters" in column_texts(panel, 6, 1)[0]


def test_rows_come_a_page_at_a_time_in_sql_order(panel, store):
    model = panel.model
    assert model.rowCount() == 603
    expected = store.incidents.ids(IncidentQuery())
    assert [model.id_at(r) for r in range(603)] == expected
    model.data(model.index(PAGE + 5, 0))
    assert set(model._pages) == {1}  # only the page that was looked at was fetched
    first = model.incident_at(0)
    assert first.date.day == max(i.date.day for i in store.incidents.get_many(expected))


def test_header_click_sorts_in_sql(panel, store):
    header = panel.table.horizontalHeader()
    header.setSortIndicator(5, Qt.SortOrder.AscendingOrder)  # fatalities
    assert panel.query.sort == (("fatalities", False),)
    shown = [panel.model.incident_at(r).fatalities for r in range(603)]
    known = [f for f in shown if f is not None]
    assert known == sorted(known)
    tip = panel.model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Not sortable")  # drivers: the header says so
    assert panel.model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # drivers: not sortable
    assert panel.query.sort == (("fatalities", False),)
    assert header.sortIndicatorSection() == 5


def test_filters_count_and_clear(panel, qtbot):
    tick(panel.places, region("Mopti"))
    mopti = panel.matching
    assert 0 < mopti < 603
    assert "of 603 incidents match" in panel.summary.text()
    assert panel.clear.isEnabled()
    assert all(panel.model.incident_at(r).place.admin1 == "Mopti" for r in range(mopti))
    panel.event_type.setCurrentIndex(panel.event_type.findData("Battles"))
    assert panel.matching < mopti
    panel.clear.click()
    assert panel.matching == 603 and not panel.clear.isEnabled()
    panel.search.setText("segou")  # accent-insensitive, debounced while typing
    qtbot.waitUntil(lambda: panel.query.text == "segou", timeout=2000)
    assert 0 < panel.matching < 603


def test_threaded_loading_delivers_on_the_gui_thread(qtbot, store):
    store.incidents.add_many(article_incidents())
    ctx = AppContext.create(store)  # real worker threads
    widget = IncidentPanel(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3, timeout=5000)
    widget.set_query(widget.query.with_changes(date_from=dt.date(2023, 6, 1)))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=5000)
    ctx.tasks.wait()


def test_ids_are_read_in_blocks_not_all_at_once(qtbot, store, small_blocks):
    store.incidents.add_many([*article_incidents(), *Generator(5).incidents(600)])
    widget = IncidentPanel(AppContext.create(store, synchronous=True))
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 603 and list(model._blocks) == [0]
    expected = store.incidents.ids(IncidentQuery())
    assert model.id_at(450) == expected[450] and set(model._blocks) == {0, 2}
    assert [model.id_at(r) for r in range(603)] == expected
    assert model.id_at(603 + 5) is None  # past the end (data shrank under the view)


def test_a_long_result_shows_its_first_rows_before_it_is_counted(qtbot, store, small_blocks):
    store.incidents.add_many([*article_incidents(), *Generator(5).incidents(600)])
    ctx = AppContext.create(store)  # real worker threads
    widget = IncidentPanel(ctx)
    qtbot.addWidget(widget)
    seen: list[tuple[str, int]] = []
    model = widget.model
    model.modelReset.connect(lambda: seen.append(("reset", model.rowCount())))
    model.rowsInserted.connect(lambda *_: seen.append(("grown", model.rowCount())))
    widget.reload()
    qtbot.waitUntil(lambda: widget.matching == 603 and len(seen) == 2, timeout=5000)
    # the first block is shown as it is read; the count then grows the table, keeping it
    assert seen == [("reset", 200), ("grown", 603)]
    assert widget.summary.text() == "603 incidents"
    expected = store.incidents.ids(IncidentQuery())
    assert [model.id_at(r) for r in range(603)] == expected
    seen.clear()
    widget.set_query(widget.query.with_changes(admin1=frozenset({"Mopti"})))
    mopti = store.incidents.count(widget.query)
    qtbot.waitUntil(lambda: widget.matching == mopti, timeout=5000)
    assert seen == [("reset", mopti)]  # shorter than a block: counted by reading it
    assert f"{mopti} of 603 incidents match" in widget.summary.text()
    ctx.tasks.wait()
