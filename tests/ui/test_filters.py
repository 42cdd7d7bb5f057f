"""The filter bar over a real database: every filter, saved filters, the last filter kept."""

import datetime as dt

import pytest

from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.ui import settings
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents.panel import IncidentPanel


@pytest.fixture
def ctx(store):
    store.incidents.add_many([*article_incidents(), *Generator(11).incidents(500)])
    context = AppContext.create(store, synchronous=True)
    settings.LAST_FILTER.reset(context.settings)
    settings.SAVED_FILTERS.reset(context.settings)
    return context


@pytest.fixture
def panel(qtbot, ctx):
    widget = IncidentPanel(ctx)
    qtbot.addWidget(widget)
    return widget


def shown(panel):
    return panel.ctx.store.incidents.get_many(
        [panel.model.id_at(r) for r in range(panel.model.rowCount())]
    )


def test_more_filters_narrow_the_list_as_the_store_counts(panel, ctx):
    bar = panel.filters
    bar.date_from.setText("2023")
    bar.date_to.setText("2023")
    bar.apply()
    expected = ctx.store.incidents.count(
        IncidentQuery(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31))
    )
    assert panel.matching == expected > 3
    bar.actor.setText("GSIM")  # an alias: the registry's JNIM
    bar.apply()
    assert {i.actor1 for i in shown(panel)} | {i.actor2 for i in shown(panel)} >= {
        "JNIM: Group for Support of Islam and Muslims"
    }
    bar.precision.setCurrentIndex(bar.precision.findData(DatePrecision.MONTH))
    assert {i.date.precision for i in shown(panel)} == {DatePrecision.MONTH}
    assert "Filter:" in bar.summary.text() and "GSIM" not in bar.summary.text()
    bar.clear.click()
    assert panel.matching == 503 and bar.summary.text() == ""


def test_tags_fatalities_and_unverified(panel):
    bar = panel.filters
    bar.tag.setCurrentIndex(bar.tag.findData("drv.economy"))  # a parent finds its children
    assert panel.matching > 0
    assert all(any(t.startswith("drv.eco.") for t in i.tags) for i in shown(panel))
    bar.clear.click()
    bar.fatalities_min.setText("10")
    bar.apply()
    assert all(i.fatalities is not None and i.fatalities >= 10 for i in shown(panel))
    bar.clear.click()
    bar.unverified.setChecked(True)
    assert all(not i.place.verified for i in shown(panel))
    assert "Bakara" in {i.place.location for i in shown(panel)}


def test_unreadable_fields_say_so_and_change_nothing(panel):
    bar = panel.filters
    bar.date_from.setText("someday")
    bar.apply()
    assert "cannot read" in bar.error.text() and panel.matching == 503
    bar.date_from.clear()
    bar.actor.setText("Nobody At All")
    bar.apply()
    assert "no actor" in bar.error.text() and panel.matching == 503


def test_saved_filters_and_the_last_filter_come_back(qtbot, panel, ctx):
    bar = panel.filters
    bar.region.setCurrentIndex(bar.region.findData("Mopti"))
    mopti = panel.matching
    bar.save_as("Mopti", panel.query)
    bar.clear.click()
    bar.saved.setCurrentIndex(bar.saved.findData("Mopti"))
    bar.saved.activated.emit(bar.saved.currentIndex())
    assert panel.matching == mopti and panel.query.admin1 == {"Mopti"}
    again = IncidentPanel(ctx)  # the next start opens on the filter left
    qtbot.addWidget(again)
    assert again.query.admin1 == {"Mopti"} and again.matching == mopti
    assert again.filters.region.currentData() == "Mopti"
