"""store.reports.trend against counts computed here from the incidents themselves, the
precision rule, and a click's query (jobs.trends.drill) finding exactly the bar's incidents."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from sahel_desk.analytics import trends
from sahel_desk.domain.incident import DatePrecision, EventDate
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


def keys_of(incident, split: Split, kinds: dict[str, str], parents=None) -> set[str]:
    if split is Split.NONE:
        return {""}
    if split is Split.EVENT_TYPE:
        return {incident.event_type}
    if split is Split.ADMIN1:
        return {incident.place.admin1}
    if split is Split.ACTOR:
        names = {incident.actor1, *incident.assoc_actor1, *incident.assoc_actor2}
        return names | ({incident.actor2} if incident.actor2 else set())
    codes = {code for code in incident.tags if kinds.get(code) == split.tag_kind}
    if split.tags is not split:  # a group: each tag's parent, or the tag if at the top
        return {(parents or {}).get(code) or code for code in codes}
    return codes


def expected(incidents, unit: Unit, split: Split, kinds, parents) -> tuple[Counter, Counter]:
    counts, deaths = Counter(), Counter()
    for incident in incidents:
        start, coarse = expected_start(incident.date.day, incident.date.precision, unit)
        for key in keys_of(incident, split, kinds, parents):
            counts[(start, key, coarse)] += 1
            deaths[(start, key, coarse)] += incident.fatalities or 0
    return counts, deaths


@pytest.mark.parametrize("unit", list(Unit))
@pytest.mark.parametrize("split", list(Split))
def test_trend_counts_match_the_incidents(store, stored, unit, split):
    kinds = {t.code: t.kind.value for t in store.tags.all()}
    parents = {t.code: t.parent for t in store.tags.all()}
    want_n, want_f = expected(stored, unit, split, kinds, parents)
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
        (Unit.WEEK, Split.ACTOR),
        (Unit.WEEK, Split.RESPONSE),
        (Unit.QUARTER, Split.DRIVER_GROUP),
    ],
)
def test_a_click_lists_exactly_the_incidents_of_the_bar(store, stored, unit, split):
    """Every bar, "Other" included (an incident with two folded actors counts once there),
    and the band of incidents known only to the month."""
    base = IncidentQuery(fatalities_max=20)  # a filter already on
    table = job.chart(store, base, job.ChartRequest(unit, split, top=4))
    assert table.series[-1].key == trends.OTHER or split in (Split.NONE,)
    bars = [
        (k, n)
        for n, series in enumerate(table.series)
        for k, value in enumerate(series.values)
        if value
    ]
    assert bars
    for k, n in bars[:: max(1, len(bars) // 12)]:
        query = job.drill(base, table, split, k, n)
        assert store.incidents.count(query) == table.series[n].values[k], (k, n)
    for n, band in enumerate(table.imprecise):
        query = job.drill(base, table, split, band.first_bin, band=n)
        assert store.incidents.count(query) == band.incidents, band
    if unit is Unit.WEEK:
        assert table.imprecise


@pytest.mark.parametrize("split", [Split.ACTOR, Split.DRIVER])
def test_a_click_keeps_the_lists_own_actor_or_tag_filter(store, stored, split):
    """Filtered on one actor (or driver) and split by actor: JNIM's bar is that actor *and*
    JNIM, and the click lists exactly those."""
    kinds = {t.code: t.kind.value for t in store.tags.all()}
    if split is Split.ACTOR:
        base = IncidentQuery(actors=frozenset({"Civilians (Mali)"}))
    else:
        code = Counter(c for i in stored for c in i.tags if kinds.get(c) == "driver")
        base = IncidentQuery(tags=frozenset({code.most_common(1)[0][0]}))
    table = job.chart(store, base, job.ChartRequest(Unit.YEAR, split, top=3))
    assert len(table.series) == 4
    for n, series in enumerate(table.series):
        k = max(range(len(table.bins)), key=lambda b, s=series: s.values[b])
        query = job.drill(base, table, split, k, n)
        assert store.incidents.count(query) == series.values[k], series.key
        again = job.chart(store, query, job.ChartRequest(Unit.YEAR, split, top=3))
        assert sum(again.series[0].values) == series.values[k]  # a second click narrows on


def test_a_click_on_the_whole_bin_without_split(store, stored):
    table = job.chart(store, IncidentQuery(), job.ChartRequest(Unit.MONTH, Split.NONE))
    totals = table.stacked_total()
    k = max(range(len(totals)), key=totals.__getitem__)
    assert store.incidents.count(job.drill(IncidentQuery(), table, Split.NONE, k)) == totals[k]


def test_the_change_report_sets_the_filters_dates_aside(store, stored):
    """A date filter (or a clicked bar) must not make every region "new": the periods before
    lie outside it. The latest period is where the data ends, not where the filter's last
    incident is, and no later than the filter's end."""
    today = dt.date(2030, 1, 1)
    last = max(i.date.day for i in stored)
    whole = job.change_report(store, IncidentQuery(), Unit.MONTH, today=today)
    assert whole.latest <= last.replace(day=1)
    month = whole.latest
    dated = IncidentQuery(date_from=month, date_to=last)  # only the latest month
    report = job.change_report(store, dated, Unit.MONTH, today=today)
    assert report.dates_ignored and report.latest <= month
    assert not any(c.level.value == "new" for c in report.regions if c.baseline > 0)
    if report.latest == whole.latest:
        assert report.regions == whole.regions
    narrow = IncidentQuery(text="Tessalit")  # a filter whose last incident is early
    assert job.change_report(store, narrow, Unit.MONTH, today=today).latest == whole.latest


def test_a_rise_on_one_incident_is_not_flagged():
    from sahel_desk.analytics import changes as ch

    months = [dt.date(2023, m, 1) for m in range(1, 6)]
    counts = {"Kidal": dict(zip(months, [1, 0, 0, 0, 2], strict=True))}  # +700%, on 2
    (change,) = ch.compare(counts, months[-1], Unit.MONTH)
    assert change.level is ch.Level.STEADY and change.percent == 700


@pytest.mark.parametrize("split", [Split.DRIVER, Split.DRIVER_GROUP])
def test_a_parent_tag_applied_directly_drills_to_exactly_its_bar(store, stored, split):
    """A driver bar counts incidents tagged with that very code; a parent's bar must not
    list its children's incidents too (a group's bar does: it is the group)."""
    store.incidents.retag(
        {i.id: i.tags for i in stored[:30]}, add=frozenset({"drv.governance"}), remove=frozenset()
    )
    table = job.chart(store, IncidentQuery(), job.ChartRequest(Unit.YEAR, split, top=40))
    (n,) = [k for k, s in enumerate(table.series) if s.key == "drv.governance"]
    for k, value in enumerate(table.series[n].values):
        if value:
            query = job.drill(IncidentQuery(), table, split, k, n)
            assert store.incidents.count(query) == value, (table.bins[k], value)


def test_a_region_bar_within_a_place_filter_lists_exactly_its_incidents(store, stored):
    """Places chosen are any-of; a region's bar narrows them (a cercle and a country here)."""
    cercle = Counter(i.place.admin2 for i in stored if i.place.admin1 == "Mopti")
    for base in (
        IncidentQuery(admin2=frozenset({cercle.most_common(1)[0][0]})),
        IncidentQuery(countries=frozenset({"Mali"}), admin2=frozenset({"Ansongo"})),
    ):
        table = job.chart(store, base, job.ChartRequest(Unit.YEAR, Split.ADMIN1, top=8))
        for n, series in enumerate(table.series):
            for k, value in enumerate(series.values):
                if value:
                    query = job.drill(base, table, Split.ADMIN1, k, n)
                    assert store.incidents.count(query) == value, (base, series.key)


def test_a_latest_period_the_data_nearly_covers_says_where_the_data_ends(store):
    """Data through the 28th of a 31-day month: that month counts (a seventh may be
    missing), and the report says the data ends before it does."""
    base = next(iter(Generator(81).incidents(1)))
    days = [dt.date(2024, 2, 10), dt.date(2024, 3, 5), dt.date(2024, 3, 28)]
    uuids = [f"{n:08d}-0000-4000-8000-000000000000" for n in range(len(days))]
    store.incidents.add_many(
        [base.with_changes(date=EventDate(day), uuid=u) for day, u in zip(days, uuids, strict=True)]
    )
    report = job.change_report(store, IncidentQuery(), Unit.MONTH, today=dt.date(2024, 6, 1))
    assert report.latest == dt.date(2024, 3, 1) and report.data_ends == dt.date(2024, 3, 28)
    full = job.change_report(store, IncidentQuery(), Unit.MONTH, today=dt.date(2024, 4, 2))
    assert full.latest == dt.date(2024, 3, 1)
    store.incidents.add_many([base.with_changes(date=EventDate(dt.date(2024, 3, 31)))])
    assert job.change_report(store, IncidentQuery(), Unit.MONTH, today=dt.date(2024, 6, 1)
                             ).data_ends is None  # fmt: skip
