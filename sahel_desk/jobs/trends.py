"""Trends: the chart's table and the change report for a query, and the query a click on a bar
means. Runs off the GUI thread; the widgets only draw what comes back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sahel_desk.analytics import changes as ch
from sahel_desk.analytics import trends
from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import Split, Unit, bin_end, precise_enough
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import Store


@dataclass(frozen=True)
class ChartRequest:
    unit: Unit = Unit.MONTH
    split: Split = Split.NONE
    measure: str = trends.INCIDENTS
    top: int = 6


@dataclass(frozen=True)
class ChangeReport:
    unit: Unit
    latest: dt.date | None  # start of the latest complete period; None without data
    periods: int
    regions: tuple[ch.Change, ...] = ()
    actors: tuple[ch.Change, ...] = ()


def chart(store: Store, query: IncidentQuery, request: ChartRequest) -> trends.TrendTable:
    """The series of the chart ``request`` describes, for the incidents ``query`` matches."""
    cells = store.reports.trend(request.unit, request.split, query)
    return trends.build(
        cells,
        request.unit,
        request.measure,
        top=request.top,
        first=query.date_from,
        last=query.date_to,
    )


def change_report(
    store: Store, query: IncidentQuery, unit: Unit, *, periods: int = 4, today: dt.date
) -> ChangeReport:
    """Regions and actors of the latest complete period against the ``periods`` before."""
    regions = ch.counts_by_key(store.reports.trend(unit, Split.ADMIN1, query))
    actors = ch.counts_by_key(store.reports.trend(unit, Split.ACTOR, query))
    days = [day for by_bin in regions.values() for day in by_bin]
    latest = ch.latest_complete(unit, max(days, default=None), today, query.date_to)
    if latest is None:
        return ChangeReport(unit, None, periods)
    return ChangeReport(
        unit,
        latest,
        periods,
        tuple(ch.compare(regions, latest, unit, periods)),
        tuple(ch.compare(actors, latest, unit, periods)),
    )


def drill(
    query: IncidentQuery,
    table: trends.TrendTable,
    split: Split,
    bin_index: int,
    series: int | None = None,
    band: int | None = None,
) -> IncidentQuery:
    """``query`` narrowed to exactly the incidents of one bar (bin and series) or of one band
    of incidents known only to the month: by the recorded day and the precisions the bin
    holds, so that the table shows what the bar counts."""
    precisions = query.date_precisions or frozenset(DatePrecision)
    if band is not None:
        month = table.imprecise[band].month
        return query.with_changes(
            recorded_from=month,
            recorded_to=bin_end(month, Unit.MONTH),
            date_precisions=precisions & {DatePrecision.MONTH},
        )
    start = table.bins[bin_index]
    narrowed = query.with_changes(
        recorded_from=start,
        recorded_to=bin_end(start, table.unit),
        date_precisions=precisions & precise_enough(table.unit),
    )
    if narrowed.date_precisions == frozenset(DatePrecision):
        narrowed = narrowed.with_changes(date_precisions=frozenset())
    if series is None or split is Split.NONE:
        return narrowed
    chosen = table.series[series]
    keys = frozenset(chosen.members if chosen.key == trends.OTHER else (chosen.key,))
    field = {
        Split.EVENT_TYPE: "event_types",
        Split.ADMIN1: "admin1",
        Split.ACTOR: "actors",
        Split.DRIVER: "tags",
        Split.RESPONSE: "tags",
    }[split]
    return narrowed.with_changes(**{field: keys})
