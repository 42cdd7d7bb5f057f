"""The Trends tab in the real window: it follows the filter, a click lists exactly the bar's
incidents, the picture is saved, and a hundred rebuilds neither crash nor grow."""

from __future__ import annotations

import gc
import sys

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from support import region, tick
from ui.windows import shown_window

from sahel_desk.analytics import trends
from sahel_desk.domain.periods import Split, Unit
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.ui.trends.chart import Hit


@pytest.fixture
def window(qtbot, store):
    store.incidents.add_many([*article_incidents(), *Generator(51).incidents(400)])
    win = shown_window(qtbot, store)
    win.side.setCurrentWidget(win.side.trends)
    return win


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_chart_follows_the_filter(window, store):
    panel = window.side.trends.view
    assert sum(panel.table.stacked_total()) == store.incidents.count()
    tick(window.incidents.places, region("Mopti"))
    mopti = store.incidents.count(IncidentQuery(admin1=frozenset({"Mopti"})))
    assert panel.query.admin1 == {"Mopti"}
    assert sum(panel.table.stacked_total()) == mopti > 0
    assert "by" not in panel.chart.plot.titleLabel.text  # not split yet
    choose(panel.split, Split.EVENT_TYPE)
    assert "by event type" in panel.chart.plot.titleLabel.text


def test_clicking_a_bar_lists_exactly_its_incidents(window, store):
    panel = window.side.trends.view
    choose(panel.split, Split.ADMIN1)
    choose(panel.unit, Unit.QUARTER)
    table = panel.table
    k = max(range(len(table.bins)), key=lambda b: table.series[0].values[b])
    value = table.series[0].values[k]
    # the point a user clicks: the middle of the bottom segment of bin k
    hit = panel.chart.hit_at(k, value / 2)
    assert hit == Hit(k, 0)
    panel.chart.sig_clicked.emit(hit)
    assert window.incidents.matching == value
    assert window.incidents.query.admin1 == {table.series[0].key}
    assert "recorded" in window.incidents.filters.summary.text()
    window.incidents.clear_filters()  # clearing drops the bar's days too
    assert window.incidents.query.recorded_from is None
    assert window.incidents.matching == store.incidents.count()


def test_the_month_only_band_in_weekly_bins(window, store):
    panel = window.side.trends.view
    choose(panel.unit, Unit.WEEK)
    table = panel.table
    months = store.incidents.count(IncidentQuery(date_precisions=frozenset({3})))
    assert table.imprecise_incidents == months > 0
    assert sum(table.stacked_total()) == store.incidents.count() - months
    assert f"{months} incidents known only to the month" in panel.note.text()
    assert panel.chart.band_plot.isVisible()
    panel.drill(Hit(table.imprecise[0].first_bin, band=0))
    assert window.incidents.matching == table.imprecise[0].incidents


def test_the_rolling_mean_fits_and_is_named_in_the_legend(window):
    panel = window.side.trends.view
    choose(panel.split, Split.EVENT_TYPE)
    choose(panel.stacked, False)  # side by side: bars lower than the total's mean
    panel.mean.setChecked(True)
    _xs, means = panel.chart.mean_line.getData()
    _low, high = panel.chart.plot.getViewBox().viewRange()[1]
    assert max(means) < high
    assert panel.chart.legend.getLabel(panel.chart.mean_line) is not None
    panel.mean.setChecked(False)
    assert panel.chart.legend.getLabel(panel.chart.mean_line) is None


def test_hover_words_and_rolling_mean(window):
    panel = window.side.trends.view
    table = panel.table
    k = table.stacked_total().index(max(table.stacked_total()))
    text = panel.hit_text(Hit(k, 0))
    assert str(table.series[0].values[k]) in text and panel.bin_label(table.bins[k]) in text
    panel.mean.setChecked(True)
    xs, ys = panel.chart.mean_line.getData()
    assert len(xs) == len(table.bins) - 2  # a 3-period mean starts at the third bin
    assert ys[0] == pytest.approx(sum(table.stacked_total()[:3]) / 3)


def test_save_png_and_the_change_report(window, tmp_path):
    panel = window.side.trends.view
    path = panel.save_png(str(tmp_path / "trend"))
    image = QImage(path)
    assert path.endswith(".png") and image.width() > 300
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}  # fmt: skip
    assert len(colours) > 8  # bars, axes and text, not a blank picture
    assert panel.changes.topLevelItemCount() == 2
    assert "latest complete period" in panel.changes_title.text()
    # sharp in a report, and says what it shows
    assert image.width() == 2 * panel.chart.width()
    assert window.ctx.store.path.name in panel.chart.caption.text()
    assert "all incidents" in panel.chart.caption.text()


def test_a_hundred_rebuilds_do_not_grow(window):
    """Items are reused, Python objects do not pile up, and None's reference count does not
    fall (PySide6 6.12's crash; on 6.11 pyqtgraph's calls only ever add references to None,
    which costs nothing)."""
    panel = window.side.trends.view
    splits = [Split.EVENT_TYPE, Split.ACTOR, Split.ADMIN1]
    for n in range(10):
        choose(panel.split, splits[n % 3])
    gc.collect()
    items, objects = len(panel.chart.plot.items), len(gc.get_objects())
    nones = sys.getrefcount(None)
    for n in range(100):
        choose(panel.split, splits[n % 3])
    gc.collect()
    assert len(panel.chart.plot.items) == items  # bars are kept and reused
    assert len(gc.get_objects()) - objects < 500
    assert sys.getrefcount(None) >= nones


def test_trends_are_not_built_until_shown(qtbot, store):
    win = shown_window(qtbot, store, show=False)
    assert win.side.trends.view is None and win.side.currentWidget() is win.editor
    win.open_incident(store.incidents.add_many(article_incidents())[0])
    assert win.side.currentWidget() is win.editor


def test_a_newer_request_supersedes_a_waiting_one(qtbot):
    """Chart requests queue behind one another: one superseded while waiting never runs."""
    import threading

    from sahel_desk.ui.tasks import Tasks

    tasks = Tasks()
    tasks.pool.setMaxThreadCount(1)
    gate, ran, shown = threading.Event(), [], []
    tasks.run(lambda: gate.wait(5), lambda _r: None, lambda _e: None)  # holds the thread
    tasks.run(lambda: ran.append("old"), shown.append, shown.append, key="trends")
    tasks.run(lambda: ran.append("new") or "new", shown.append, shown.append, key="trends")
    gate.set()
    qtbot.waitUntil(lambda: shown == ["new"], timeout=5000)
    assert tasks.wait() and ran == ["new"]


def test_an_event_type_has_the_maps_colour(window):
    from sahel_desk.ui.map import layers
    from sahel_desk.ui.palette import event_type_colour

    panel = window.side.trends.view
    choose(panel.split, Split.EVENT_TYPE)
    for k, series in enumerate(panel.table.series):
        brush = panel.chart.bars[k].opts["brush"]
        assert pg.mkBrush(brush).color().name() == event_type_colour(series.key), series.key
    assert layers.event_type_colour is event_type_colour  # the map draws with the same


def test_several_regions_from_the_map_stay_in_the_filter(window, store):
    both = frozenset({"Tombouctou", "Taoudénit"})
    window.show_query(IncidentQuery(admin1=both))
    assert window.incidents.places.text() == "Taoudénit +1"
    assert window.incidents.places.check_tree.checked() == {
        region("Taoudénit"),
        region("Tombouctou"),
    }
    event_type = window.incidents.event_type
    event_type.setCurrentIndex(event_type.findData("Battles"))  # another filter changes
    assert window.incidents.query.admin1 == both
    assert window.incidents.matching == store.incidents.count(
        IncidentQuery(admin1=both, event_types=frozenset({"Battles"}))
    )
    tick(
        window.incidents.places,
        region("Gao"),
        untick=(region("Taoudénit"), region("Tombouctou")),
    )
    assert window.incidents.query.admin1 == {"Gao"}
    window.incidents.clear_filters()
    assert window.incidents.places.text() == "All places"


def test_a_bar_within_an_actor_filter_is_said_and_goes_with_the_actor(window, store):
    window.show_query(IncidentQuery(actors=frozenset({"Civilians (Mali)"})))
    panel = window.side.trends.view
    choose(panel.split, Split.ACTOR)
    table = panel.table
    n = next(k for k, s in enumerate(table.series) if s.key not in ("Civilians (Mali)",)
             and s.key != "\x00other")  # fmt: skip
    k = max(range(len(table.bins)), key=lambda b: table.series[n].values[b])
    panel.drill(Hit(k, n))
    query = window.incidents.query
    assert query.actors == {"Civilians (Mali)"} and query.actor_groups
    assert window.incidents.matching == table.series[n].values[k]
    summary = window.incidents.filters.summary.text()
    assert "and also" in summary and table.series[n].key in summary
    window.incidents.filters.actor.setText("")  # the user drops the actor filter
    window.incidents._apply_filters()
    assert window.incidents.query.actors == frozenset()
    assert window.incidents.query.actor_groups == ()  # and with it the bar's narrowing


def test_a_bar_outside_the_filters_dates_is_explained(window, store):
    import datetime as dt

    from sahel_desk.domain.incident import EventDate

    base = next(iter(Generator(52).incidents(1)))
    store.incidents.add_many([base.with_changes(date=EventDate.week_of(dt.date(2022, 12, 29)))])
    window.show_query(IncidentQuery(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 6, 30)))
    panel = window.side.trends.view
    assert panel.table.bins[0] == dt.date(2022, 12, 1)  # the week of 29 Dec overlaps 1 Jan
    assert "Dec 2022: outside the filter's dates" in panel.note.text()


def test_an_incident_clicked_on_the_map_opens_in_the_editor(window, store):
    window.side.setCurrentWidget(window.side.map)
    incident_id = store.incidents.ids(IncidentQuery())[0]
    window.side.map.view.sig_open.emit(incident_id)
    assert window.side.currentWidget() is window.editor
    assert window.editor.current is not None and window.editor.current.id == incident_id


def test_the_change_column_reads_as_numbers_do(window):
    panel = window.side.trends.view
    assert panel.percent(25.0) == "+25 %" and panel.percent(-10.6) == "-11 %"
    assert panel.percent(0.2) == "0 %"
    assert panel.percent(25.4) == "+25.4 %"  # rounded, it would read as exactly +25 %
    column = [panel.changes.topLevelItem(0).child(n).text(3)
              for n in range(panel.changes.topLevelItem(0).childCount())]  # fmt: skip
    assert all(text == "—" or text.endswith(" %") for text in column)


def test_the_first_of_a_month_in_french(window):
    import datetime as dt

    from PySide6.QtCore import QLocale

    panel = window.side.trends.view
    panel.locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert panel.long_day(dt.date(2024, 8, 1)).startswith("1er ao")
    assert panel.long_day(dt.date(2024, 8, 12)).startswith("12 ao")
    panel.locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert panel.long_day(dt.date(2024, 8, 1)) == "1 Aug 2024"


def test_the_total_of_a_chart_by_actor_counts_each_incident_once(window):
    """Stacked, an incident with two actors is in two bars: the axis says so, and the rolling
    mean of the total (and a whole bin's hover) counts the bin's incidents, each once."""
    panel = window.side.trends.view
    choose(panel.unit, Unit.YEAR)
    choose(panel.split, Split.NONE)
    once = list(panel.table.series[0].values)
    choose(panel.split, Split.ACTOR)
    table = panel.table
    assert table.bin_totals() == once and sum(table.stacked_total()) > sum(once)
    assert "under each of their actors" in panel.chart.plot.titleLabel.text  # under the title
    assert panel.chart.plot.getAxis("left").labelText == "Incidents"
    assert panel.title().startswith("Incidents per year")
    panel.mean.setChecked(True)
    _xs, ys = panel.chart.mean_line.getData()
    assert ys[0] == pytest.approx(sum(once[:3]) / 3)
    name = panel.chart.legend.getLabel(panel.chart.mean_line).text
    assert "of the total" in name and "3-period" in name
    assert str(once[0]) in panel.hit_text(Hit(0, None))


def test_twelve_series_have_twelve_colours():
    from sahel_desk.ui.palette import OTHER_COLOUR, series_colours

    keys = [f"actor {k}" for k in range(12)]
    colours = series_colours(keys, False, "other")
    assert len(set(colours)) == 12 and OTHER_COLOUR not in colours
    assert series_colours([*keys[:11], "other"], False, "other")[-1] == OTHER_COLOUR


def test_the_fatalities_chart_says_how_many_tolls_are_unknown(window, store):
    panel = window.side.trends.view
    choose(panel.measure, trends.FATALITIES)
    unknown = store.incidents.count(IncidentQuery()) - store.incidents.count(
        IncidentQuery(fatalities_min=0)
    )
    assert unknown and panel.table.unknown_fatalities == unknown
    assert f"{unknown} incidents of the filter have no known fatality figure" in panel.note.text()


def test_back_returns_to_the_filter_before_the_click(window, store):
    """A click narrows the list (and the chart) to one bar; View → Back brings the filter
    set before it back, where "Clear filter" would drop that too."""
    panel = window.side.trends.view
    before = IncidentQuery(fatalities_max=20)
    window.incidents.filters.display(before)
    window.incidents.set_query(before)
    assert not window.back_action.isEnabled()
    choose(panel.split, Split.ADMIN1)
    table = panel.table
    k = max(range(len(table.bins)), key=lambda b: table.series[0].values[b])
    panel.chart.sig_clicked.emit(Hit(k, 0))
    assert window.incidents.matching == table.series[0].values[k]
    assert "View → Back" in window.statusBar().currentMessage()
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    assert window.incidents.query == before
    assert window.incidents.matching == store.incidents.count(before)
    assert not window.back_action.isEnabled()
    assert "fatalities" in window.incidents.filters.summary.text()


def test_back_stays_within_the_list_or_the_trash(window):
    """A filter of the list is not one of the trash: showing the trash forgets the clicks."""
    panel = window.side.trends.view
    choose(panel.split, Split.NONE)
    panel.chart.sig_clicked.emit(Hit(0, 0))
    assert window.back_action.isEnabled()
    window.trash_action.setChecked(True)
    assert not window.back_action.isEnabled()
    window.trash_action.setChecked(False)
    assert window.restore_action.isEnabled() is False and window.delete_action.isEnabled()


def test_bars_thinner_than_a_few_pixels_are_clicked_anywhere_in_their_bin(window):
    """Weekly bars over years are thinner than a pixel: a click between two is in one."""
    panel = window.side.trends.view
    choose(panel.unit, Unit.WEEK)
    table, chart = panel.table, panel.chart
    bottom = chart.order[0]
    k = max(range(len(table.bins)), key=lambda b: table.series[bottom].values[b])
    y = table.series[bottom].values[k] / 2
    box = chart.plot.getViewBox()
    box.setXRange(k - 2, k + 2, padding=0)  # wide bars: the gap between them is no bar
    assert chart.hit_at(k, y) == Hit(k, bottom) and chart.hit_at(k + 0.45, y) is None
    box.setXRange(-2000, 2000, padding=0)  # under a pixel each
    assert chart.hit_at(k + 0.45, y) == Hit(k, bottom)
    top = sum(s.values[k] for s in table.series)
    just_above = top + 2 * box.viewPixelSize()[1]  # a thin top segment, from just above
    assert chart.hit_at(k, just_above) == Hit(k, next(
        n for n in reversed(chart.order) if table.series[n].values[k]
    ))  # fmt: skip
    assert chart.hit_at(k, top + 20 * box.viewPixelSize()[1]) is None


def test_a_zoom_stays_on_its_dates_when_an_option_changes(window):
    import datetime as dt

    panel = window.side.trends.view
    chart = panel.chart
    choose(panel.unit, Unit.MONTH)
    assert not panel.whole.isEnabled()
    bins = panel.table.bins
    box = chart.plot.getViewBox()
    box.setXRange(10 - 0.6, 15 + 0.6, padding=0)
    box.sigRangeChangedManually.emit([True, False])  # as the mouse wheel does
    assert panel.whole.isEnabled()
    shown = (bins[10], bins[15])
    choose(panel.split, Split.ADMIN1)
    low, high = box.viewRange()[0]
    assert panel.table.bins[round(low + 0.6)] == shown[0]
    assert panel.table.bins[round(high - 0.6)] == shown[1]
    choose(panel.unit, Unit.QUARTER)  # the quarters holding those months
    low, high = box.viewRange()[0]
    first, last = panel.table.bins[round(low + 0.6)], panel.table.bins[round(high - 0.6)]
    assert first <= shown[0] < first + dt.timedelta(days=92)
    assert last <= shown[1] < last + dt.timedelta(days=92)
    panel.whole.click()
    assert box.viewRange()[0] == pytest.approx([-0.6, len(panel.table.bins) - 0.4])
    assert not panel.whole.isEnabled() and not chart.zoomed


def test_a_series_keeps_its_colour_when_its_rank_changes():
    from sahel_desk.ui.palette import OTHER_COLOUR, KeptColours

    colours = KeptColours()
    first = dict(zip(["a", "b", "c", "other"], colours(["a", "b", "c", "other"], False, "other"),
                     strict=True))  # fmt: skip
    assert first["other"] == OTHER_COLOUR
    second = dict(zip(["c", "a", "d"], colours(["c", "a", "d"], False, "other"), strict=True))
    assert second["c"] == first["c"] and second["a"] == first["a"]
    assert second["d"] not in first.values()  # b's colour is kept for b
    assert colours(["b", "d"], False, "other") == [first["b"], second["d"]]


def test_the_series_of_a_rolling_mean_is_stacked_at_the_bottom(window):
    """Its line then follows its own bars, not a height no bar has."""
    panel = window.side.trends.view
    choose(panel.split, Split.ADMIN1)
    choose(panel.unit, Unit.QUARTER)
    panel.mean.setChecked(True)
    panel.mean_of.setCurrentIndex(panel.mean_of.findData(panel.table.series[1].key))
    chart, table = panel.chart, panel.table
    assert chart.order[0] == 1
    assert list(chart.bars[1].opts["y0"]) == [0] * len(table.bins)
    k = max(range(len(table.bins)), key=lambda b: table.series[1].values[b])
    assert chart.hit_at(k, table.series[1].values[k] / 2) == Hit(k, 1)
    assert panel.hit_text(Hit(k, 1)).endswith(f"{table.series[1].values[k]} incidents")
    panel.mean.setChecked(False)
    assert chart.order == list(range(len(table.series)))


LONG = "Jama'at Nasr al-Islam wal Muslimin (JNIM) and associates"


def _lone_chart(qtbot, width: int):
    """A chart of its own, ``width`` pixels wide, shown."""
    from sahel_desk.ui.trends.chart import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(width, 500)
    chart.show()
    return chart


def test_legend_names_are_whole_when_they_fit(qtbot):
    import datetime as dt

    chart = _lone_chart(qtbot, 1100)
    long = LONG
    table = trends.TrendTable(Unit.YEAR, trends.INCIDENTS, (dt.date(2024, 1, 1),),
                              (trends.Series(long, (3,)), trends.Series("Dozo", (1,))))  # fmt: skip
    chart.show_table(table, [long, "Dozo"], ["2024"], True)
    assert chart.legend.getLabel(chart.bars[0]).text == long
    many = tuple(trends.Series(f"{long} {n}", (1,)) for n in range(12))
    chart.resize(500, 500)
    chart.show_table(
        trends.TrendTable(Unit.YEAR, trends.INCIDENTS, (dt.date(2024, 1, 1),), many),
        [s.key for s in many], ["2024"], True,
    )  # fmt: skip
    cut = chart.legend.getLabel(chart.bars[0]).text
    assert cut.endswith("…") and long.startswith(cut[:-1].rstrip())


def test_the_change_report_sorts_by_numbers_with_regions_first(window):
    from PySide6.QtCore import Qt

    from sahel_desk.domain.text import fold

    panel = window.side.trends.view
    tree = panel.changes
    header = tree.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        4, Qt.SortOrder.DescendingOrder
    )  # fmt: skip
    flags = [tree.topLevelItem(0).child(n).text(4)
             for n in range(tree.topLevelItem(0).childCount())]  # fmt: skip
    flagged = [f for f in flags if f in ("new", "large increase", "moderate increase")]
    assert flagged and flags[: len(flagged)] == flagged  # the flags first, as it begins
    rank = {"new": 0, "large increase": 1, "moderate increase": 2}
    assert [rank[f] for f in flagged] == sorted(rank[f] for f in flagged)  # worst first
    for group in (0, 1):  # the actors too
        item = tree.topLevelItem(group)
        shown = [item.child(n).text(4) for n in range(item.childCount())]
        first = [f for f in shown if f in rank]
        assert shown[: len(first)] == first
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        header.sectionClicked.emit(1)  # as a click on "Latest": largest first, then round
        assert header.sortIndicatorOrder() == order
        regions = tree.topLevelItem(0)
        assert regions.text(0).startswith("Regions")
        assert tree.topLevelItem(1).text(0).startswith("Actors")
        latest = [int(regions.child(n).text(1)) for n in range(regions.childCount())]
        assert latest == sorted(latest, reverse=order == Qt.SortOrder.DescendingOrder)
        assert len(set(latest)) > 1
    header.sectionClicked.emit(3)  # "Change", largest first: "new" (no percent) above all
    changes = [tree.topLevelItem(0).child(n) for n in range(tree.topLevelItem(0).childCount())]
    news = [c.text(3) == "—" for c in changes]
    assert news == sorted(news, reverse=True)
    numbers = [float(c.text(3).replace("−", "-").rstrip(" %").replace(",", ""))
               for c in changes if c.text(3) != "—"]  # fmt: skip
    assert numbers == sorted(numbers, reverse=True)
    header.sectionClicked.emit(0)
    names = [
        tree.topLevelItem(0).child(n).text(0) for n in range(tree.topLevelItem(0).childCount())
    ]
    assert names == sorted(names, key=fold)  # Ménaka before Mopti


def test_a_rolling_mean_of_a_series_follows_its_name_not_its_rank(window, store):
    """"Of Gao" stays Gao's when a filter changes the ranks; the total's when Gao is gone."""
    panel = window.side.trends.view
    choose(panel.split, Split.ADMIN1)
    panel.mean.setChecked(True)
    last = panel.table.series[-2].key  # a series ranked low, "Other" aside
    panel.mean_of.setCurrentIndex(panel.mean_of.findData(last))
    assert panel.chart.mean_of == len(panel.table.series) - 2
    regions = frozenset({last, panel.table.series[0].key})
    window.show_query(IncidentQuery(admin1=regions))  # now one of two series
    keys = [s.key for s in panel.table.series]
    assert panel.mean_of.currentData() == last and panel.chart.mean_of == keys.index(last)
    others = frozenset({panel.table.series[0].key}) if keys[0] != last else frozenset({keys[1]})
    window.show_query(IncidentQuery(admin1=others))
    assert panel.mean_of.currentIndex() == 0 and panel.chart.mean_of == -1  # the total's


def test_a_zoom_is_kept_through_a_click_and_back_and_round_trips_of_the_period(window):
    panel = window.side.trends.view
    chart = panel.chart
    choose(panel.unit, Unit.WEEK)
    box = chart.plot.getViewBox()
    box.setXRange(100 - 0.6, 130 + 0.6, padding=0)
    box.sigRangeChangedManually.emit([True, False])
    before = box.viewRange()[0]
    for unit in (Unit.MONTH, Unit.QUARTER, Unit.WEEK):  # each wider; back to the same weeks
        choose(panel.unit, unit)
    assert box.viewRange()[0] == pytest.approx(before)
    k = next(b for b in range(100, 131) if panel.table.series[0].values[b])
    panel.chart.sig_clicked.emit(Hit(k, 0))  # one week's bar: the chart shows that week
    assert len(panel.table.bins) < 10 and chart.zoomed
    window.back_action.trigger()
    assert box.viewRange()[0] == pytest.approx(before)


def test_a_zoom_over_the_band_of_month_only_incidents_is_kept_too(window):
    panel = window.side.trends.view
    chart = panel.chart
    choose(panel.unit, Unit.WEEK)
    band = chart.band_plot.getViewBox()
    assert chart.band_plot.isVisible()
    band.setXRange(200 - 0.6, 260 + 0.6, padding=0)
    band.sigRangeChangedManually.emit([True, False])  # a wheel over the band
    assert chart.zoomed and panel.whole.isEnabled()
    shown = chart.kept  # the dates the bars above show (the band lines up with them)
    choose(panel.split, Split.ADMIN1)
    assert chart.kept == shown and chart._shown_dates() == shown
    assert 150 < chart.plot.getViewBox().viewRange()[0][0] < 260


def test_legend_names_are_cut_again_when_the_chart_is_resized(qtbot):
    import datetime as dt

    chart = _lone_chart(qtbot, 500)
    long = LONG
    many = tuple(trends.Series(f"{long} {n}", (1,)) for n in range(6))
    table = trends.TrendTable(Unit.YEAR, trends.INCIDENTS, (dt.date(2024, 1, 1),), many)
    chart.show_table(table, [s.key for s in many], ["2024"], True)
    cut = chart.legend.getLabel(chart.bars[0]).text
    assert cut.endswith("…")
    chart.resize(1600, 500)
    qtbot.waitUntil(lambda: chart.legend.getLabel(chart.bars[0]).text != cut, timeout=2000)
    assert chart.legend.getLabel(chart.bars[0]).text == f"{long} 0"
