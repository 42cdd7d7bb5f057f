"""The filter bar over a real database: every filter, saved filters, the last filter kept."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from support import region, tick

from sahel_desk.domain.incident import DatePrecision, GeoPrecision, Place
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.synthetic.article import article_incidents
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.ui import settings
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.incidents import saved_filters
from sahel_desk.ui.incidents.choosers import place_key
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
    tick(bar.tags, "drv.economy")  # a parent finds its children
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
    tick(bar.places, region("Mopti"))
    mopti = panel.matching
    bar.saved.save_as("Mopti", panel.query)
    bar.clear.click()
    choice = bar.saved.choice
    choice.setCurrentIndex(choice.findData("Mopti"))
    choice.activated.emit(choice.currentIndex())
    assert panel.matching == mopti and panel.query.admin1 == {"Mopti"}
    again = IncidentPanel(ctx)  # the next start opens on the filter left
    qtbot.addWidget(again)
    assert again.query.admin1 == {"Mopti"} and again.matching == mopti
    assert again.filters.places.text() == "Mopti"
    assert again.filters.places.check_tree.checked() == {region("Mopti")}


def test_places_are_one_choice_any_of_a_country_region_or_cercle(panel, ctx):
    bar = panel.filters
    tick(bar.places, region("Mopti"), place_key("admin2", "Ansongo"))  # a cercle of Gao
    either = IncidentQuery(admin1=frozenset({"Mopti"}), admin2=frozenset({"Ansongo"}))
    assert panel.query.admin1 == {"Mopti"} and panel.query.admin2 == {"Ansongo"}
    places = {(i.place.admin1, i.place.admin2) for i in shown(panel)}
    assert {a1 for a1, _ in places} == {"Mopti", "Gao"}
    assert all(a1 == "Mopti" or a2 == "Ansongo" for a1, a2 in places)
    assert panel.matching == ctx.store.incidents.count(either)
    assert "Mopti or Ansongo" in bar.summary.text() and bar.places.text() == "Ansongo +1"
    tick(bar.places, place_key("countries", "Mali"), untick=(region("Mopti"),))
    assert panel.query.countries == {"Mali"} and panel.query.admin1 == frozenset()
    assert panel.matching == ctx.store.incidents.count(IncidentQuery(countries=frozenset({"Mali"})))


def test_the_place_tree_finds_a_cercle_without_its_accents(panel):
    tree = panel.filters.places.check_tree
    tree.search.setText("djenne")
    djenne = tree._items[place_key("admin2", "Djenné")]
    mopti = tree._items[region("Mopti")]
    gao = tree._items[region("Gao")]
    assert not djenne.isHidden() and not mopti.isHidden() and gao.isHidden()


def test_several_tags_and_the_location_precision(panel, ctx):
    bar = panel.filters
    tick(bar.tags, "drv.env.climate", "rsp.hum.aid")
    wanted = frozenset({"drv.env.climate", "rsp.hum.aid"})
    assert panel.query.tags == wanted
    assert panel.matching == ctx.store.incidents.count(IncidentQuery(tags=wanted)) > 0
    assert all(i.tags & wanted for i in shown(panel))
    assert "Climate change or " in bar.summary.text()
    bar.geo_precision.setCurrentIndex(bar.geo_precision.findData(GeoPrecision.REGION))
    assert {i.geo_precision for i in shown(panel)} == {GeoPrecision.REGION}
    assert "Region only" in bar.summary.text()


def test_a_saved_filter_is_replaced_or_deleted_only_when_the_user_says_so(panel, monkeypatch):
    saved = panel.filters.saved
    saved.save_as("Sud", IncidentQuery(admin1=frozenset({"Sikasso"})))
    answers = []
    monkeypatch.setattr(saved_filters.QMessageBox, "question", lambda *a: answers.pop(0))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("Sud", True))
    tick(panel.filters.places, region("Mopti"))
    answers.append(QMessageBox.StandardButton.Cancel)
    saved.save_button.click()  # the same name: asked, and refused
    assert saved.all()["Sud"]["admin1"] == ["Sikasso"]
    answers.append(QMessageBox.StandardButton.Yes)
    saved.save_button.click()
    assert saved.all()["Sud"]["admin1"] == ["Mopti"]
    assert saved.choice.currentData() == "Sud" and saved.delete_button.isEnabled()
    answers.append(QMessageBox.StandardButton.Cancel)
    saved.delete_button.click()
    assert "Sud" in saved.all()
    answers.append(QMessageBox.StandardButton.Yes)
    saved.delete_button.click()
    assert saved.all() == {} and saved.choice.count() == 1
    assert not saved.delete_button.isEnabled() and answers == []


def test_a_region_clicked_within_the_places_is_said_and_goes_with_them(panel, ctx):
    bar = panel.filters
    narrowed = IncidentQuery(
        admin2=frozenset({"Ansongo", "Djenné"}), admin1_groups=(frozenset({"Mopti"}),)
    )
    bar.display(narrowed)
    panel.set_query(narrowed)
    assert "Ansongo or Djenné · and also Mopti" in bar.summary.text()
    assert panel.matching == ctx.store.incidents.count(IncidentQuery(admin2=frozenset({"Djenné"})))
    tick(bar.places, region("Gao"))  # the places change: the narrowing goes with them
    assert panel.query.admin1_groups == ()
    assert panel.query.admin1 == {"Gao"} and panel.query.admin2 == {"Ansongo", "Djenné"}


def test_incidents_without_a_region_have_a_box_in_the_places(panel, ctx):
    nowhere = article_incidents()[2].with_changes(
        place=Place(location="Bakara-Nord", admin1=""),
        uuid="0e9f3a1c-6d1b-4a55-9a51-2b7c1f6b9d10",
    )
    ctx.store.incidents.add(nowhere)
    bar = panel.filters
    tick(bar.places, region(""))
    assert panel.query.admin1 == {""} and bar.places.text() == "(no region)"
    assert panel.matching == ctx.store.incidents.count(IncidentQuery(admin1=frozenset({""})))
    assert {i.place.admin1 for i in shown(panel)} == {""} and panel.matching >= 1


def test_the_places_open_on_mali_and_forget_a_search_when_closed(panel):
    places = panel.filters.places
    tree = places.check_tree.tree
    assert tree.topLevelItem(0).text(0) == "Mali" and tree.topLevelItem(0).isExpanded()
    assert not any(tree.topLevelItem(n).isExpanded() for n in range(1, tree.topLevelItemCount()))
    places.check_tree.search.setText("ansongo")
    tick(places)  # opened and closed without a tick
    assert places.check_tree.search.text() == "" and not tree.topLevelItem(1).isHidden()


def test_reversed_ranges_are_refused_in_words_and_change_nothing(panel):
    bar = panel.filters
    before = panel.matching
    bar.date_from.setText("2023")
    bar.date_to.setText("2022")
    bar.apply()
    assert "the first date is after the last" in bar.error.text()
    assert "still shows the filter below" in bar.error.text() and panel.matching == before
    bar.date_from.clear()
    bar.date_to.clear()
    bar.fatalities_min.setText("20")
    bar.fatalities_max.setText("10")
    bar.apply()
    assert "lowest fatalities are above the highest" in bar.error.text()
    bar.fatalities_min.clear()
    bar.apply()
    assert bar.error.text() == "" and "fatalities 0–10" in bar.summary.text()


def test_saved_filter_names_are_one_whatever_the_case_and_an_empty_filter_is_not_saved(
    panel, monkeypatch
):
    saved = panel.filters.saved
    monkeypatch.setattr(
        saved_filters.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("jnim", True))
    saved.save_button.click()  # nothing filtered yet
    assert saved.all() == {} and "Nothing to save" in panel.filters.error.text()
    saved.save_as("JNIM", IncidentQuery(admin1=frozenset({"Gao"})))
    tick(panel.filters.places, region("Mopti"))
    assert saved.choice.currentData() is None  # the filter changed: no saved name shown
    saved.save_button.click()  # "jnim": the same name, replaced after asking
    assert list(saved.all()) == ["JNIM"] and saved.all()["JNIM"]["admin1"] == ["Mopti"]


def test_a_toll_typed_with_a_thousands_separator_is_not_taken(panel):
    bar = panel.filters
    bar.fatalities_min.setText("")
    for char in "1,000":
        bar.fatalities_min.insert(char)
    assert "," not in bar.fatalities_min.text()
    bar.apply()  # and reading it never raises
    assert bar.error.text() == ""


def test_a_place_without_a_box_is_kept_and_named_until_the_ticks_change(panel):
    bar = panel.filters
    shown = IncidentQuery(admin2=frozenset({"Nowhere-cercle"}))
    bar.display(shown)
    panel.set_query(shown)
    assert bar.places.text() == "Nowhere-cercle" and panel.matching == 0
    bar.event_type.setCurrentIndex(bar.event_type.findData("Battles"))  # another filter
    assert panel.query.admin2 == {"Nowhere-cercle"}
    tick(bar.places, region("Mopti"))  # the user chooses places: the unboxed one goes
    assert panel.query.admin2 == frozenset() and panel.query.admin1 == {"Mopti"}
    assert bar.places.text() == "Mopti"


def test_several_precisions_read_as_one_phrase(panel):
    """A clicked weekly bar keeps exact days and weeks: one phrase, not the label twice."""
    query = IncidentQuery(
        date_precisions=frozenset({DatePrecision.DAY, DatePrecision.WEEK}),
        geo_precisions=frozenset({GeoPrecision.EXACT}),
    )
    words = panel.filters.words(query)
    assert words.count("date precision:") == 1 and " or " in words
    assert words.count("location precision:") == 1


def test_days_are_in_words_as_the_list_writes_them(panel):
    """The filter's days as the list writes them (also the About sheet of an export, read
    in other locales: 01/04 is 4 January to some); the core's words for a command-line
    export are Qt's, in both languages, for every month."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from sahel_desk.domain.dates import day_in_words
    from sahel_desk.ui import format as fmt

    query = IncidentQuery(date_from=dt.date(2023, 4, 1), recorded_to=dt.date(2024, 12, 9))
    words = panel.filters.words(query)
    assert "1 Apr 2023 – …" in words and "recorded … – 9 Dec 2024" in words
    for language, locale in (("en", QLocale(QLocale.Language.English)),
                             ("fr", QLocale(QLocale.Language.French))):  # fmt: skip
        for month in range(1, 13):
            day = dt.date(2023, month, 28)
            assert day_in_words(day, language) == fmt.day_in_words(day, locale), (language, month)
