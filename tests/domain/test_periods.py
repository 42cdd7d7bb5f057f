"""Periods of trend charts: bin starts and ends, and which precisions a bin can hold."""

import datetime as dt

import pytest

from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import (
    Unit,
    bin_end,
    bin_start,
    bins_between,
    imprecise,
    next_bin,
    precise_enough,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "unit", "start", "end"),
    [
        (D(2023, 6, 14), Unit.WEEK, D(2023, 6, 12), D(2023, 6, 18)),  # a Wednesday
        (D(2023, 6, 12), Unit.WEEK, D(2023, 6, 12), D(2023, 6, 18)),  # a Monday
        (D(2023, 6, 18), Unit.WEEK, D(2023, 6, 12), D(2023, 6, 18)),  # a Sunday
        (D(2024, 1, 1), Unit.WEEK, D(2024, 1, 1), D(2024, 1, 7)),
        (D(2023, 1, 1), Unit.WEEK, D(2022, 12, 26), D(2023, 1, 1)),  # across the year
        (D(2024, 2, 29), Unit.MONTH, D(2024, 2, 1), D(2024, 2, 29)),
        (D(2023, 12, 31), Unit.MONTH, D(2023, 12, 1), D(2023, 12, 31)),
        (D(2023, 5, 20), Unit.QUARTER, D(2023, 4, 1), D(2023, 6, 30)),
        (D(2023, 12, 31), Unit.QUARTER, D(2023, 10, 1), D(2023, 12, 31)),
        (D(2023, 8, 1), Unit.YEAR, D(2023, 1, 1), D(2023, 12, 31)),
    ],
)
def test_bins(day, unit, start, end):
    assert bin_start(day, unit) == start
    assert bin_end(start, unit) == end
    assert next_bin(start, unit) == end + dt.timedelta(days=1)


def test_bins_between_fills_gaps():
    assert bins_between(D(2023, 11, 20), D(2024, 2, 3), Unit.MONTH) == [
        D(2023, 11, 1), D(2023, 12, 1), D(2024, 1, 1), D(2024, 2, 1)
    ]  # fmt: skip
    assert len(bins_between(D(2023, 1, 2), D(2023, 12, 31), Unit.WEEK)) == 52
    assert bins_between(D(2023, 5, 5), D(2023, 5, 5), Unit.QUARTER) == [D(2023, 4, 1)]


def test_only_a_month_in_weekly_bins_is_imprecise():
    assert imprecise(DatePrecision.MONTH, Unit.WEEK)
    assert not imprecise(DatePrecision.WEEK, Unit.WEEK)
    assert not any(imprecise(DatePrecision.MONTH, u) for u in (Unit.MONTH, Unit.QUARTER))
    assert precise_enough(Unit.WEEK) == {DatePrecision.DAY, DatePrecision.WEEK}
    assert precise_enough(Unit.MONTH) == set(DatePrecision)
