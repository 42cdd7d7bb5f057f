"""ReportRepo.points: the map's incidents, checked against the incidents the test wrote."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import IncidentPoints
from sahel_desk.synthetic.incidents import Generator


@pytest.fixture
def generated(store):
    incidents = list(Generator(5).incidents(400))
    ids = store.incidents.add_many(incidents)
    return dict(zip(ids, incidents, strict=True))


def test_points_are_the_incidents_with_coordinates(store, generated):
    points = store.reports.points(IncidentQuery())
    placed = {i: inc for i, inc in generated.items() if inc.place.latitude is not None}
    assert isinstance(points, IncidentPoints)
    assert list(points.ids) == sorted(placed)
    assert points.without_coordinates == len(generated) - len(placed) > 0
    for n, incident_id in enumerate(points.ids):
        incident = placed[incident_id]
        assert points.latitude[n] == pytest.approx(incident.place.latitude)
        assert points.longitude[n] == pytest.approx(incident.place.longitude)
        assert points.event_type[n] == incident.event_type
        if incident.fatalities is None:
            assert math.isnan(points.fatalities[n])  # unknown is NaN, never 0
        else:
            assert points.fatalities[n] == incident.fatalities
    unknown = sum(1 for inc in placed.values() if inc.fatalities is None)
    assert points.unknown_fatalities == unknown > 0


def test_actor1_is_the_registry_name(store, generated):
    points = store.reports.points()
    stored = store.incidents.get_many(list(points.ids[:50]))
    by_id = {incident.id: incident.actor1 for incident in stored}
    assert [by_id[i] for i in points.ids[:50]] == list(points.actor1[:50])


def test_points_follow_the_query(store, generated):
    query = IncidentQuery(admin1=frozenset({"Mopti"}), event_types=frozenset({"Battles"}))
    points = store.reports.points(query)
    wanted = Counter(
        inc.place.latitude is not None
        for inc in generated.values()
        if inc.place.admin1 == "Mopti" and inc.event_type == "Battles"
    )
    assert len(points) == wanted[True] > 0
    assert points.without_coordinates == wanted[False]
    assert set(points.event_type) == {"Battles"}


def test_deleted_incidents_are_not_drawn(store, generated):
    before = store.reports.points()
    store.incidents.delete(before.ids[:10])
    after = store.reports.points()
    assert len(after) == len(before) - 10
    assert not set(before.ids[:10]) & set(after.ids)


def test_nothing_matches(store, generated):
    points = store.reports.points(IncidentQuery(text="zzzznothing"))
    assert len(points) == 0 and points.without_coordinates == 0


def test_columns_must_line_up():
    with pytest.raises(ValueError, match="differ in length"):
        IncidentPoints(ids=(1, 2), latitude=(1.0,))
