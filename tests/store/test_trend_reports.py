"""store.reports.trend against counts computed here from the incidents themselves, the
precision rule, and a click's query (jobs.trends.drill) finding exactly the bar's incidents."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from sahel_desk.analytics import trends
from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import Split, Unit
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.jobs import trends as job
from sahel_desk.synthetic.incidents import Generator


@pytest.fixture
def stored(store):
    store.incidents.add_many(Generator(41).incidents(700))
    trashed = store.incidents.ids(IncidentQuery())[:7]
    store.incidents.delete(trashed)  # the trash never counts
    return store.incidents.get_many(store.incidents.ids(IncidentQuery()))


def expected_start(day: dt.date, precision: DatePrecision, unit: Unit) -> tuple[dt.date, bool]:
    """Worked out without domain.periods: the Monday, the 1st, the quarter's first month."""
    if unit is Unit.WEEK:
        if precision is DatePrecision.MONTH:
            return day.replace(day=1), True
        return day - dt.timedelta(days=day.isoweekday() - 1), False
    if unit is Unit.MONTH:
        return day.replace(day=1), False
    if unit is Unit.QUARTER:
        return dt.date(day.year, {1: 1, 2: 1, 3: 1, 4: 4, 5: 4, 6: 4, 7: 7, 8: 7, 9: 7,
                                  10: 10, 11: 10, 12: 10}[day.month], 1), False  # fmt: skip
    return dt.date(day.year, 1, 1), False


def keys_of(incident, split: Split, kinds: dict[str, str]) -> set[str]:
    if split is Split.NONE:
        return {""}
    if split is Split.EVENT_TYPE:
        return {incident.event_type}
    if split is Split.ADMIN1:
        return {incident.place.admin1}
    if split is Split.ACTOR:
        names = {incident.actor1, *incident.assoc_actor1, *incident.assoc_actor2}
        return names | ({incident.actor2} if incident.actor2 else set())
    return {code for code in incident.tags if kinds.get(code) == split.value}


def expected(incidents, unit: Unit, split: Split, kinds) -> tuple[Counter, Counter]:
    counts, deaths = Counter(), Counter()
    for incident in incidents:
        start, coarse = expected_start(incident.date.day, incident.date.precision, unit)
        for key in keys_of(incident, split, kinds):
            counts[(start, key, coarse)] += 1
            deaths[(start, key, coarse)] += incident.fatalities or 0
    return counts, deaths


@pytest.mark.parametrize("unit", list(Unit))
@pytest.mark.parametrize("split", list(Split))
def test_trend_counts_match_the_incidents(store, stored, unit, split):
    kinds = {t.code: t.kind.value for t in store.tags.all()}
    want_n, want_f = expected(stored, unit, split, kinds)
    cells = store.reports.trend(unit, split)
    got_n = Counter({(c.start, c.key, c.imprecise): c.incidents for c in cells})
    got_f = Counter({(c.start, c.key, c.imprecise): c.fatalities for c in cells})
    assert got_n == want_n
    assert +got_f == +want_f  # zero-fatality cells aside
    if unit is Unit.WEEK:
        assert any(c.imprecise for c in cells)  # the generator writes "April 2023" dates


def test_actor_split_counts_each_incident_once_per_actor(store):
    incident = next(Generator(42).incidents(1))
    twice = incident.with_changes(
        actor2=incident.actor1, assoc_actor1=(incident.actor1,), assoc_actor2=(incident.actor1,)
    )
    store.incidents.add_many([twice])
    cells = store.reports.trend(Unit.YEAR, Split.ACTOR)
    assert [(c.key, c.incidents) for c in cells] == [(incident.actor1, 1)]


@pytest.mark.parametrize(
    ("unit", "split"),
    [
        (Unit.WEEK, Split.ADMIN1),
        (Unit.MONTH, Split.EVENT_TYPE),
        (Unit.QUARTER, Split.ACTOR),
        (Unit.MONTH, Split.DRIVER),
        (Unit.YEAR, Split.NONE),
    ],
)
def test_a_click_lists_exactly_the_incidents_of_the_bar(store, stored, unit, split):
    base = IncidentQuery(fatalities_max=20)  # a filter already on
    table = job.chart(store, base, job.ChartRequest(unit, split, top=4))
    bars = [
        (k, n)
        for n, series in enumerate(table.series)
        for k, value in enumerate(series.values)
        if value and series.key != trends.OTHER
    ]
    assert bars
    for k, n in bars[:: max(1, len(bars) // 12)]:
        query = job.drill(base, table, split, k, n)
        assert store.incidents.count(query) == table.series[n].values[k], (k, n)
        assert store.incidents.count(query.with_changes(fatalities_max=None)) >= 0
    if table.imprecise:
        band = table.imprecise[0]
        query = job.drill(base, table, split, band.first_bin, band=0)
        assert store.incidents.count(query) == band.incidents


def test_a_click_on_the_whole_bin_without_split(store, stored):
    table = job.chart(store, IncidentQuery(), job.ChartRequest(Unit.MONTH, Split.NONE))
    totals = table.stacked_total()
    k = max(range(len(totals)), key=totals.__getitem__)
    assert store.incidents.count(job.drill(IncidentQuery(), table, Split.NONE, k)) == totals[k]
