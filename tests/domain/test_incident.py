import datetime as dt

import pytest

from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.errors import ValidationError
from sahel_desk.domain.incident import DatePrecision, EventDate, Incident, Place
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.domain.validation import check, problems


def make(**changes) -> Incident:
    base = Incident(
        date=EventDate.exact(2023, 6, 14),
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="JNIM",
        inter1=ActorType.REBEL_GROUP,
        actor2="Military Forces of Mali (2021-)",
        inter2=ActorType.STATE_FORCES,
        place=Place("Bankass", admin1="Mopti", latitude=14.07, longitude=-3.51, ref="ocha:x"),
    )
    return base.with_changes(**changes)


def test_month_precision_is_a_month_not_the_first():
    april = EventDate.month(2023, 4)
    assert april.precision is DatePrecision.MONTH
    assert april.day == dt.date(2023, 4, 15)
    assert (april.first_day, april.last_day) == (dt.date(2023, 4, 1), dt.date(2023, 4, 30))


def test_week_is_recorded_on_its_thursday():
    week = EventDate.week_of(dt.date(2023, 6, 12))  # a Monday
    assert week.day == dt.date(2023, 6, 15)
    assert (week.first_day, week.last_day) == (dt.date(2023, 6, 12), dt.date(2023, 6, 18))


def test_derived_fields():
    incident = make()
    assert incident.disorder_type == "Political violence"
    assert incident.interaction == "State forces-Rebel group"


def test_valid_incident_passes():
    assert [p for p in problems(make()) if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sub_event_type": "Peaceful protest"}, "sub_event_type"),
        ({"event_type": "Terrorism"}, "event_type"),
        ({"event_type": "Violence against civilians", "sub_event_type": "Attack"}, "actor2"),
        ({"actor2": None, "inter2": None}, "actor2"),  # a battle needs two armed actors
        ({"civilian_targeting": True}, "civilian_targeting"),
        ({"fatalities": -1}, "fatalities"),
        ({"fatalities_low": 5, "fatalities_high": 2}, "fatalities_low"),
        ({"date": EventDate.exact(2999, 1, 1)}, "date"),
        ({"actor1": "  "}, "actor1"),
        ({"place": Place("Bankass", latitude=14.0)}, "latitude"),
    ],
)
def test_codebook_rules_are_errors(changes, field):
    with pytest.raises(ValidationError) as info:
        check(make(**changes))
    assert field in {p.field for p in info.value.problems}


def test_outside_country_and_unverified_place_are_warnings():
    warnings = check(make(place=Place("Bakara", latitude=48.85, longitude=2.35)))
    fields = {p.field for p in warnings}
    assert {"latitude", "location", "admin1"} <= fields  # admin1: no region, said
    assert all(p.severity == "warning" for p in warnings)
    placed = check(make(place=Place("Bakara", admin1="Mopti")))
    assert [p.field for p in placed] == ["location"]


def test_unknown_fatalities_is_not_zero():
    assert make().fatalities is None
    assert check(make(fatalities=0)) == []


def test_query_refuses_unknown_sort_and_knows_empty():
    assert IncidentQuery().is_empty
    assert not IncidentQuery(text="Ménaka").is_empty
    assert IncidentQuery(sort=(("fatalities", True),)).is_empty
    with pytest.raises(ValueError):
        IncidentQuery(sort=(("password", False),))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date": dt.date(2023, 4, 1)}, "date"),  # a bare date has no precision
        ({"actor1": None}, "actor1"),
        ({"assoc_actor1": "JNIM"}, "assoc_actor1"),  # a string is not a list of names
        ({"place": Place(None)}, "location"),
        ({"place": Place("Gao", latitude="16.27", longitude=-0.04)}, "latitude"),
        ({"uuid": "not-a-uuid"}, "uuid"),
        ({"uuid": ""}, "uuid"),
        # what validation's fast path for usual kinds must not let through
        ({"place": None}, "location"),
        ({"place": Place("Gao", latitude=True, longitude=-0.04)}, "latitude"),
        ({"assoc_actor2": ("JNIM", 3)}, "assoc_actor2"),
        ({"actor2": 5}, "actor2"),
        ({"uuid": 5}, "uuid"),
    ],
)
def test_wrong_kinds_of_value_are_refused_in_words(changes, field):
    with pytest.raises(ValidationError) as info:
        check(make(**changes))
    assert field in {p.field for p in info.value.problems}


def test_queries_survive_a_round_trip_through_json():
    import json

    from sahel_desk.domain.incident import GeoPrecision
    from sahel_desk.domain.query import query_from_dict, query_to_dict

    query = IncidentQuery(
        date_from=dt.date(2023, 1, 1),
        admin1=frozenset({"Mopti", "Ségou"}),
        date_precisions=frozenset({DatePrecision.MONTH}),
        geo_precisions=frozenset({GeoPrecision.REGION}),
        fatalities_min=1,
        text="Ménaka",
        unverified_only=True,
        sort=(("fatalities", True),),
    )
    text = json.dumps(query_to_dict(query))
    assert query_from_dict(json.loads(text)) == query
    assert query_to_dict(IncidentQuery()) == {}
    for bad in ([], {"password": 1}, {"date_from": "soon"}, {"sort": [["nope", True]]}):
        with pytest.raises(ValueError):
            query_from_dict(bad)


def test_places_narrowed_by_a_bar_or_a_map_click():
    from sahel_desk.domain.query import within_places

    mopti, gao = frozenset({"Mopti"}), frozenset({"Gao"})
    assert within_places(IncidentQuery(), "admin1", mopti) == IncidentQuery(admin1=mopti)
    cercle = IncidentQuery(admin2=frozenset({"Bandiagara"}))
    bar = within_places(within_places(cercle, "admin1", mopti), "admin1", gao)
    assert bar.admin1_groups == (mopti, gao)  # bars narrow on and on
    clicked = within_places(IncidentQuery(admin1=mopti), "admin1", gao, replace=True)
    assert clicked == IncidentQuery(admin1=gao)  # a second click replaces the first
    inside = within_places(cercle.with_changes(admin1_groups=(mopti,)), "admin1", gao, replace=True)
    assert inside.admin2 == cercle.admin2 and inside.admin1_groups == (gao,)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_new_uuids_are_distinct_version_4_and_never_shared_with_a_forked_child():
    import os
    import uuid

    from sahel_desk.domain import incident as module

    made = [module.new_uuid() for _ in range(10_000)]  # more than one batch of the pool
    assert len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert (str(parsed), parsed.version, parsed.variant) == (text, 4, uuid.RFC_4122)
    # a forked child gets fresh ones, not the rest of its parent's batch
    reading, writing = os.pipe()
    waiting = set(module.new_uuid.__self__._ready)
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.write(writing, module.new_uuid().encode())
        os._exit(0)
    os.waitpid(child, 0)
    assert os.read(reading, 36).decode() not in waiting | set(made)
