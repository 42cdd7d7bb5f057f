"""The map panel over a real store: counts drawn per shape against counts computed here from
the incidents written, click-to-filter, the post-2016 rule, what is not drawn, and pixels."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from PySide6.QtGui import QColor

from sahel_desk.domain.incident import Place
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.reference import boundaries
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.map import layers
from sahel_desk.ui.map.panel import MapPanel

MOPTI_TOWN = (-4.20, 14.49)
MENAKA_TOWN = (2.40, 15.92)
TOMBOUCTOU_TOWN = (-3.00, 16.77)


@pytest.fixture
def incidents(store):
    written = list(Generator(11).incidents(600))
    store.incidents.add_many(written)
    return written


@pytest.fixture
def panel(qtbot, store, incidents):
    widget = MapPanel(AppContext.create(store, synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    widget.set_query(IncidentQuery())
    return widget


def expected_region_counts(incidents) -> Counter[str]:
    """Independently of boundaries.tally: Taoudénit's incidents go to Tombouctou's shape."""
    counts: Counter[str] = Counter()
    for incident in incidents:
        region = incident.place.admin1
        counts["Tombouctou" if region == "Taoudénit" else region] += 1
    return counts


def test_region_counts_drawn_equal_the_incidents(panel, incidents):
    expected = expected_region_counts(incidents)
    drawn = panel.data.regions.tally.counts
    assert {name: n for name, n in drawn.items() if n} == dict(expected)
    assert expected["Ménaka"] > 0  # Ménaka is a shape of its own
    # The labels on the map say the same numbers.
    for name, label in panel._labels.items():
        assert label.textItem.toPlainText().split("\n") == [name, str(drawn[name])]
    # And the fills follow the classes: the busiest region has the darkest colour.
    shapes = dict((shape.name, item) for shape, item in panel._shapes["admin1"])
    busiest = max(expected, key=expected.get)
    assert shapes[busiest].brush().color() == QColor(layers.SEQUENTIAL[-1])


def test_cercle_counts_follow_the_incidents(panel, incidents):
    panel.set_mode("admin2")
    expected = Counter(i.place.admin2 for i in incidents)
    drawn = panel.data.cercles.tally.counts
    assert {name: n for name, n in drawn.items() if n} == {
        name: n for name, n in expected.items() if name
    }


def test_hover_names_the_place_and_its_count(panel, incidents):
    expected = expected_region_counts(incidents)
    text = panel.describe_at(*MOPTI_TOWN)
    assert text.startswith(f"Mopti: {expected['Mopti']} incidents")
    panel.on_mouse_moved(panel.view.mapViewToScene(_qpoint(*MOPTI_TOWN)))
    assert panel.hover.text() == text
    taoudenit = sum(1 for i in incidents if i.place.admin1 == "Taoudénit")
    assert f"(of which Taoudénit: {taoudenit})" in panel.describe_at(*TOMBOUCTOU_TOWN)
    assert panel.describe_at(2.11, 13.51) == ""  # Niamey: not Mali


def test_clicking_a_region_emits_the_query_narrowed_to_it(panel, qtbot):
    base = IncidentQuery(event_types=frozenset({"Battles"}))
    panel.set_query(base)
    with qtbot.waitSignal(panel.sig_drill) as signal:
        panel.drill_at(*MENAKA_TOWN)
    assert signal.args[0] == base.with_changes(admin1=frozenset({"Ménaka"}))
    with qtbot.waitSignal(panel.sig_drill) as signal:
        panel.drill_at(*TOMBOUCTOU_TOWN)  # Tombouctou's shape also counts Taoudénit
    assert signal.args[0].admin1 == {"Tombouctou", "Taoudénit"}
    panel.set_mode("admin2")
    with qtbot.waitSignal(panel.sig_drill) as signal:
        panel.drill_at(*MOPTI_TOWN)
    assert signal.args[0] == base.with_changes(admin2=frozenset({"Mopti"}))
    with qtbot.assertNotEmitted(panel.sig_drill):
        assert panel.drill_at(2.11, 13.51) is None


class LeftClick:
    """What pyqtgraph's scene hands a click handler: a left click at a scene position."""

    def __init__(self, scene_pos):
        self._pos = scene_pos

    def button(self):
        from PySide6.QtCore import Qt

        return Qt.MouseButton.LeftButton

    def double(self):
        return False

    def scenePos(self):
        return self._pos


def test_a_real_click_reaches_the_drill(panel, qtbot):
    """The scene's click, mapped from view coordinates, ends in the same signal."""
    scene_pos = panel.view.mapViewToScene(_qpoint(*MOPTI_TOWN))
    with qtbot.waitSignal(panel.sig_drill) as signal:
        panel.on_mouse_clicked(LeftClick(scene_pos))
    assert signal.args[0].admin1 == {"Mopti"}


def test_the_drilled_query_selects_what_the_shape_counts(panel, store, incidents):
    query = panel.drill_at(*TOMBOUCTOU_TOWN)
    assert store.incidents.count(query) == panel.data.regions.tally.counts["Tombouctou"]


def test_menaka_and_taoudenit_are_placed_and_said(panel, incidents):
    taoudenit = sum(1 for i in incidents if i.place.admin1 == "Taoudénit")
    assert taoudenit > 1
    menaka = [i for i in incidents if i.place.admin1 == "Ménaka" and i.place.latitude]
    shapes = boundaries.map_shapes("admin1")
    inside = sum(
        boundaries.shape_at(shapes, i.place.longitude, i.place.latitude).name == "Ménaka"
        for i in menaka
    )
    assert inside == len(menaka) > 0
    said = panel.legend.text()
    assert (
        f"Taoudénit has no boundary in the 2015 data: its {taoudenit} incidents are counted "
        "in Tombouctou." in said
    )
    assert "Ménaka, a region since 2016, is drawn with its 2015 cercle outline." in said
    assert "CC BY-IGO" in said


def test_points_and_the_incidents_without_coordinates(panel, incidents):
    panel.set_mode("event_type")
    missing = sum(1 for i in incidents if i.place.latitude is None)
    assert missing > 0
    assert panel.not_drawn.text() == f"Incidents without coordinates, not drawn: {missing}"
    assert panel.points.isVisible() and len(panel.points) == len(incidents) - missing
    by_type = Counter(i.event_type for i in incidents if i.place.latitude is not None)
    assert {layer.key: len(layer) for layer in panel.data.points.layers} == dict(by_type)
    assert "Violence against civilians" in panel.legend.text()
    panel.set_mode("actor1")
    keys = [layer.key for layer in panel.data.points.layers]
    assert len(keys) <= layers.TOP_ACTORS + 1 and layers.OTHER in keys
    assert "Other actors" in panel.legend.text()
    panel.set_mode("admin1")
    assert not panel.points.isVisible() and len(panel.points) == 0


def test_an_unknown_region_is_counted_apart(panel, store, incidents):
    odd = dataclasses.replace(
        incidents[0],
        uuid="00000000-0000-4000-8000-0000000000aa",
        place=Place("Nowhere", admin1="", latitude=None, longitude=None),
    )
    store.incidents.add(odd)
    panel.reload()
    assert panel.data.regions.tally.unplaced == 1
    assert "not counted: 1" in panel.not_drawn.text()


def test_the_grab_is_a_map(panel, qtbot):
    image = panel.plot.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 8  # background, fills of several classes, outlines, labels
    assert set(layers.SEQUENTIAL[-1:]) <= colours


def test_a_failed_load_is_said(panel, monkeypatch):
    def broken(*_args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(panel.ctx.store.reports, "counts", broken)
    panel.reload()
    assert "The map could not be loaded: disk gone" in panel.not_drawn.text()


def test_unknown_mode_is_refused(panel):
    with pytest.raises(ValueError, match="unknown map mode"):
        panel.set_mode("admin3")


def _qpoint(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


@pytest.mark.parametrize("size", [(1100, 750), (600, 800), (900, 700)])
def test_labels_never_overlap_and_the_busiest_region_is_named(panel, incidents, qtbot, size):
    """At any size of the pane, as drawn (the legend may have moved under the map)."""
    panel.resize(*size)
    qtbot.wait(50)  # laid out and painted, as a user sees it
    visible = [label for label in panel._labels.values() if label.isVisible()]
    for label in visible:
        label.updateTransform(force=True)  # where it is drawn now, not when last measured
    rects = [label.sceneBoundingRect() for label in visible]
    assert all(
        not a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :]
    ), "overlapping labels"
    busiest = expected_region_counts(incidents).most_common(1)[0][0]
    assert panel._labels[busiest].isVisible()


@pytest.mark.parametrize("mode", ["admin1", "admin2", "event_type", "actor1"])
def test_an_empty_filter_draws_an_empty_map_without_error(panel, mode):
    panel.set_mode(mode)
    panel.set_query(IncidentQuery(text="zzqxnonsense"))
    assert panel.data is not None and "could not be loaded" not in panel.not_drawn.text()
    for label in panel._labels.values():  # regions say their count (0); other modes, names
        lines = label.textItem.toPlainText().split("\n")
        assert lines[1:] == (["0"] if mode == "admin1" else [])


def test_an_unknown_toll_is_a_ring_not_a_zero(panel, incidents):
    """Unknown is not zero: the two are drawn apart, and the legend says which is which."""
    panel.set_mode("event_type")
    drawn = [i for i in incidents if i.place.latitude is not None]
    unknown = sum(1 for i in drawn if i.fatalities is None)
    zero = sum(1 for i in drawn if i.fatalities == 0)
    assert unknown and zero
    points = panel.data.points
    assert points.size_counts[layers.UNKNOWN] == unknown
    assert points.size_counts[0] == zero
    rings = [s for s in points.styles() if s[2]]
    assert len(rings) == len(points.layers)
    assert "unknown (a ring)" in panel.legend.text()


def test_pointing_at_an_incident_names_it_and_a_click_opens_it(panel, store, qtbot):
    panel.set_mode("event_type")
    points = panel.data.points
    k = len(points.x) - 1  # drawn last: on top of any other at the same place
    x, y = float(points.x[k]), float(points.y[k])
    found = panel.point_at(x, y)
    assert found is not None  # the topmost point there (another may share the spot)
    assert (points.x[found], points.y[found]) == (x, y)
    incident = store.incidents.get(int(points.ids[found]))
    words = panel.describe_point(found)
    assert f"incident {incident.id}" in words
    assert (
        "fatalities unknown" in words if incident.fatalities is None
        else str(incident.fatalities) in words
    )  # fmt: skip
    scene_pos = panel.view.mapViewToScene(_qpoint(x, y))
    with qtbot.waitSignal(panel.sig_open) as signal:
        panel.on_mouse_clicked(LeftClick(scene_pos))
    assert signal.args[0] == incident.id
    panel.set_mode("admin1")  # no points drawn: a click is the region's again
    assert panel.point_at(x, y) is None


def test_a_region_clicked_within_a_place_filter_narrows_it(panel, store):
    """The list on a cercle, the map by region: the click keeps the cercle (places chosen are
    any-of, so the region is one more condition, not one more place)."""
    panel.set_query(IncidentQuery(admin2=frozenset({"Tombouctou", "Gao"})))
    query = panel.drill_at(*TOMBOUCTOU_TOWN)
    assert query.admin2 == {"Tombouctou", "Gao"} and query.admin1_groups
    assert store.incidents.count(query) == store.incidents.count(
        IncidentQuery(admin2=frozenset({"Tombouctou"}))
    )


def test_a_second_region_clicked_replaces_the_first(panel, store):
    first = panel.drill_at(*MOPTI_TOWN)
    panel.set_query(first)
    second = panel.drill_at(*TOMBOUCTOU_TOWN)
    assert second.admin1 == {"Tombouctou", "Taoudénit"} and second.admin1_groups == ()
    country = IncidentQuery(countries=frozenset({"Mali"}))  # a place already chosen
    panel.set_query(country)
    panel.set_query(panel.drill_at(*MOPTI_TOWN))
    again = panel.drill_at(*TOMBOUCTOU_TOWN)
    assert again.countries == {"Mali"} and again.admin1_groups == (
        frozenset({"Tombouctou", "Taoudénit"}),
    )
    assert store.incidents.count(again) == store.incidents.count(second)


def test_in_a_narrow_pane_the_legend_goes_under_the_map(panel, qtbot):
    """Beside the map the legend takes a third of a narrow pane's width; under it, the map
    is drawn larger."""
    assert panel.legend.geometry().left() >= panel.plot.geometry().right()  # wide: beside
    beside = panel.plot.width()
    panel.resize(600, 800)
    qtbot.waitUntil(lambda: panel.legend.geometry().top() >= panel.plot.geometry().bottom())
    assert panel.plot.width() > 1.3 * (600 - (1100 - beside))  # the legend's width back
    panel.resize(1100, 750)
    qtbot.waitUntil(lambda: panel.legend.geometry().left() >= panel.plot.geometry().right())
