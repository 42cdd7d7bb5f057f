"""Trend series from ``store.reports.trend`` cells: bins filled, top-N with "other", rolling
means, and the precision rule's imprecise incidents kept apart (``domain.periods``).

Pure functions over plain values: the chart widget only draws what ``build`` returns.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from sahel_desk.domain.periods import Unit, bin_start, bins_between

OTHER = "\x00other"  # the key of the folded series (no real key starts with NUL)
INCIDENTS, FATALITIES = "incidents", "fatalities"


class Cell(Protocol):
    """What ``store.reports.TrendCell`` holds (analytics does not import the store)."""

    @property
    def start(self) -> dt.date: ...
    @property
    def key(self) -> str: ...
    @property
    def imprecise(self) -> bool: ...
    @property
    def incidents(self) -> int: ...
    @property
    def fatalities(self) -> int: ...


@dataclass(frozen=True)
class Series:
    key: str  # OTHER for the folded series
    values: tuple[int, ...]  # one per bin
    members: tuple[str, ...] = ()  # for OTHER: the keys folded into it

    @property
    def total(self) -> int:
        return sum(self.values)


@dataclass(frozen=True)
class Imprecise:
    """Incidents whose date is coarser than the bins (known to the month, in weekly bins),
    shown apart over the bins they may fall in."""

    month: dt.date  # first day of their month
    first_bin: int  # index of the first bin the month touches
    last_bin: int  # index of the last one
    value: int  # incidents or fatalities (the measure), all series together
    incidents: int


@dataclass(frozen=True)
class TrendTable:
    unit: Unit
    measure: str
    bins: tuple[dt.date, ...]  # bin starts, contiguous
    series: tuple[Series, ...]  # largest first, OTHER last
    imprecise: tuple[Imprecise, ...] = ()
    keys: frozenset[str] = frozenset()  # every series key, OTHER's members included
    uncharted: int = 0  # incidents of the filter in no series (no driver, in a driver chart)
    # per bin, each incident once where one counts under several series (actors, drivers);
    # empty when the series do not overlap and their sum is the total
    totals: tuple[int, ...] = ()
    unknown_fatalities: int = 0  # incidents of the filter with no known toll (add nothing)

    @property
    def imprecise_incidents(self) -> int:
        return sum(band.incidents for band in self.imprecise)

    def stacked_total(self) -> list[int]:
        return [sum(s.values[k] for s in self.series) for k in range(len(self.bins))]

    def bin_totals(self) -> list[int]:
        """Each bin's incidents (or fatalities), each incident once: the height of a stacked
        bar overstates it when an incident counts under several series."""
        return list(self.totals) if self.totals else self.stacked_total()


def build(
    cells: Iterable[Cell],
    unit: Unit,
    measure: str = INCIDENTS,
    *,
    top: int = 6,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> TrendTable:
    """The chart's series: every bin from ``first`` (or the earliest cell) to ``last`` (or the
    latest), zeros where nothing happened; the ``top`` series by total, the rest summed into
    OTHER; imprecise cells apart, per month. A cell counts in the bin holding its start."""
    if measure not in (INCIDENTS, FATALITIES):
        raise ValueError(f"unknown measure {measure!r}")
    cells = list(cells)
    days = [c.start for c in cells]
    if not days:
        return TrendTable(unit, measure, (), ())
    # the range asked for, widened to every cell: an incident the filter keeps (a week or a
    # month overlapping its first day) is never dropped from the chart
    low = min(first or min(days), min(days))
    high = max(last or max(days), max(days))
    bins = bins_between(low, high, unit)
    index = {start: k for k, start in enumerate(bins)}
    by_key: dict[str, list[int]] = {}
    months: dict[dt.date, list[int]] = {}
    for cell in cells:
        value = cell.incidents if measure == INCIDENTS else cell.fatalities
        if cell.imprecise:
            band = months.setdefault(cell.start, [0, 0])
            band[0] += value
            band[1] += cell.incidents
            continue
        k = index.get(cell.start)  # most cells start their bin
        if k is None:
            k = index[bin_start(cell.start, unit)]
        by_key.setdefault(cell.key, [0] * len(bins))[k] += value
    ranked = sorted(by_key.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    series = [Series(key, tuple(values)) for key, values in ranked[:top]]
    rest = ranked[top:]
    if rest:
        folded = [sum(column) for column in zip(*(values for _, values in rest), strict=True)]
        series.append(Series(OTHER, tuple(folded), tuple(key for key, _ in rest)))
    keys = frozenset(cell.key for cell in cells)  # a key seen only in the band counts too
    return TrendTable(unit, measure, tuple(bins), tuple(series), _bands(months, bins, unit), keys)


def with_distinct(
    table: TrendTable, every: Iterable[Cell] | None = None, other: Iterable[Cell] | None = None
) -> TrendTable:
    """For splits where one incident counts under several series (actors, drivers): OTHER's
    values from ``other``, the incidents of its members counted once each, and the imprecise
    bands and each bin's total from ``every``, the incidents of all series counted once each
    (not once per series)."""
    series = list(table.series)
    index = {start: k for k, start in enumerate(table.bins)}
    if other is not None and series and series[-1].key == OTHER:
        values = [0] * len(table.bins)
        for cell in other:
            k = index.get(bin_start(cell.start, table.unit))
            if k is not None and not cell.imprecise:
                values[k] += _value(cell, table.measure)
        series[-1] = replace(series[-1], values=tuple(values))
    bands, totals = table.imprecise, table.totals
    if every is not None:
        months: dict[dt.date, list[int]] = {}
        counted = [0] * len(table.bins)
        for cell in every:
            if cell.imprecise:
                band = months.setdefault(cell.start, [0, 0])
                band[0] += _value(cell, table.measure)
                band[1] += cell.incidents
            else:
                k = index.get(bin_start(cell.start, table.unit))
                if k is not None:
                    counted[k] += _value(cell, table.measure)
        bands, totals = _bands(months, list(table.bins), table.unit), tuple(counted)
    return replace(table, series=tuple(series), imprecise=bands, totals=totals)


def _value(cell: Cell, measure: str) -> int:
    return cell.incidents if measure == INCIDENTS else cell.fatalities


def _bands(months: dict[dt.date, list[int]], bins: list[dt.date], unit: Unit) -> tuple:
    out = []
    for month, (value, incidents) in sorted(months.items()):
        next_month = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        # the bins from the one holding the 1st to the one holding the last day
        first = bisect.bisect_left(bins, bin_start(month, unit))
        last = bisect.bisect_right(bins, next_month - dt.timedelta(days=1)) - 1
        if first <= last:
            out.append(Imprecise(month, first, last, value, incidents))
    return tuple(out)


def rolling_mean(values: Sequence[float], window: int = 3) -> list[float | None]:
    """The trailing mean over ``window`` bins; None until ``window`` bins are available."""
    if window < 1:
        raise ValueError("a rolling mean needs a window of at least 1")
    out: list[float | None] = []
    running = 0.0
    for k, value in enumerate(values):
        running += value
        if k >= window:
            running -= values[k - window]
        out.append(running / window if k >= window - 1 else None)
    return out
