"""Trends: the chart's table and the change report for a query, and the query a click on a bar
means. Runs off the GUI thread; the widgets only draw what comes back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sahel_desk.analytics import changes as ch
from sahel_desk.analytics import trends
from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import Split, Unit, bin_end, precise_enough
from sahel_desk.domain.query import IncidentQuery, within_places
from sahel_desk.store import Store

if TYPE_CHECKING:
    from sahel_desk.store.memberships import Memberships


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
    dates_ignored: bool = False  # the filter's dates were set aside to reach the periods before
    data_ends: dt.date | None = None  # the last day with data, when the latest period goes on


def chart(store: Store, query: IncidentQuery, request: ChartRequest) -> trends.TrendTable:
    """The series of the chart ``request`` describes, for the incidents ``query`` matches.

    When an incident can count under several series (actors, drivers, responses), "Other"
    and the band of incidents known only to the month are counted again, each incident once:
    a sum over series would count an incident with two folded actors twice. Counted from the
    columns the store keeps in memory (``store.memberships``): a join per count took 150 ms
    at 100,000 incidents."""
    members = store.reports.memberships(request.split, query)
    table = trends.build(
        members.cells(request.unit),
        request.unit,
        request.measure,
        top=request.top,
        first=query.date_from,
        last=query.date_to,
    )
    table = replace(table, unknown_fatalities=members.unknown_fatalities)
    if not request.split.multiple:
        return table
    if not table.keys:  # no incident has a driver (say): every one is outside the chart
        return replace(table, uncharted=members.total)
    return _distinct(table, members, request.unit)


def _distinct(table: trends.TrendTable, members: Memberships, unit: Unit) -> trends.TrendTable:
    """A chart where an incident can count under several series (actors, drivers): "Other",
    the band and the incidents in no series, each incident counted once."""
    every = members.distinct(unit, table.keys)  # the band, and each bin's total
    other = None
    if table.series and table.series[-1].key == trends.OTHER:
        other = members.distinct(unit, frozenset(table.series[-1].members))
    table = trends.with_distinct(table, every, other)
    return replace(table, uncharted=members.total - members.count(table.keys))


def narrowed(query: IncidentQuery, split: Split, keys: frozenset[str]) -> IncidentQuery:
    """``query`` and also any of ``keys`` of ``split`` (an actor, a tag): the list's own actor
    or tag filter is kept, the keys are one more condition."""
    if split is Split.ACTOR:
        if not query.actors:
            return query.with_changes(actors=keys)
        return query.with_changes(actor_groups=(*query.actor_groups, keys))
    if split.tags is split:  # single tags count as applied: a parent's bar is not its children's
        return query.with_changes(exact_tag_groups=(*query.exact_tag_groups, keys))
    if not query.tags:
        return query.with_changes(tags=keys)
    return query.with_changes(tag_groups=(*query.tag_groups, keys))


def change_report(
    store: Store, query: IncidentQuery, unit: Unit, *, periods: int = 4, today: dt.date
) -> ChangeReport:
    """Regions and actors of the latest complete period against the ``periods`` before.

    The latest period is the last one over (before today's) that the data reaches, whatever
    the filter matches last (a narrow filter would otherwise always end on an incident); it
    ends no later than the filter's end. The filter's dates are set aside for the counts:
    the periods before lie outside them."""
    ends = [d for d in (query.date_to, query.recorded_to) if d is not None]
    undated = query.with_changes(date_from=None, date_to=None, recorded_from=None, recorded_to=None)
    last_day = store.reports.last_day()
    latest = ch.latest_complete(unit, last_day, today, min(ends, default=None))
    if latest is None:
        return ChangeReport(unit, None, periods)
    regions = ch.counts_by_key(store.reports.memberships(Split.ADMIN1, undated).cells(unit))
    actors = ch.counts_by_key(store.reports.memberships(Split.ACTOR, undated).cells(unit))
    return ChangeReport(
        unit,
        latest,
        periods,
        tuple(ch.compare(regions, latest, unit, periods)),
        tuple(ch.compare(actors, latest, unit, periods)),
        dates_ignored=undated != query,
        # nearly covered (latest_complete's slack): its last days may be missing, and said
        data_ends=last_day if last_day is not None and last_day < bin_end(latest, unit) else None,
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
        banded = query.with_changes(
            recorded_from=month,
            recorded_to=bin_end(month, Unit.MONTH),
            date_precisions=precisions & {DatePrecision.MONTH},
        )
        if split.tag_kind:  # the band holds tagged incidents only
            banded = narrowed(banded, split, table.keys)
        return banded
    start = table.bins[bin_index]
    narrowed_by_bin = query.with_changes(
        recorded_from=start,
        recorded_to=bin_end(start, table.unit),
        date_precisions=precisions & precise_enough(table.unit),
    )
    if narrowed_by_bin.date_precisions == frozenset(DatePrecision):
        narrowed_by_bin = narrowed_by_bin.with_changes(date_precisions=frozenset())
    if series is None or split is Split.NONE:
        return narrowed_by_bin
    chosen = table.series[series]
    keys = frozenset(chosen.members if chosen.key == trends.OTHER else (chosen.key,))
    if split.multiple:
        return narrowed(narrowed_by_bin, split, keys)
    if split is Split.ADMIN1:
        return within_places(narrowed_by_bin, "admin1", keys)
    return narrowed_by_bin.with_changes(event_types=keys)
