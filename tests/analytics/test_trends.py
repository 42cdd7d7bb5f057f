"""Trend series, rolling means and change flags, against series worked out by hand."""

import datetime as dt
from dataclasses import dataclass

import pytest

from sahel_desk.analytics import changes as ch
from sahel_desk.analytics.trends import FATALITIES, OTHER, build, rolling_mean
from sahel_desk.domain.periods import Unit

D = dt.date


@dataclass(frozen=True)
class Cell:
    start: dt.date
    key: str
    incidents: int
    fatalities: int = 0
    imprecise: bool = False


CELLS = [
    Cell(D(2023, 1, 1), "Mopti", 3, 10),
    Cell(D(2023, 1, 1), "Gao", 1, 0),
    Cell(D(2023, 3, 1), "Mopti", 2, 4),
    Cell(D(2023, 3, 1), "Kidal", 1, 7),
    Cell(D(2023, 4, 1), "Ségou", 1, 1),
    Cell(D(2023, 4, 1), "Gao", 2, 2),
]


def test_bins_are_filled_and_series_ranked():
    table = build(CELLS, Unit.MONTH)
    assert table.bins == (D(2023, 1, 1), D(2023, 2, 1), D(2023, 3, 1), D(2023, 4, 1))
    assert [(s.key, s.values) for s in table.series] == [
        ("Mopti", (3, 0, 2, 0)),
        ("Gao", (1, 0, 0, 2)),
        ("Kidal", (0, 0, 1, 0)),
        ("Ségou", (0, 0, 0, 1)),
    ]
    assert table.stacked_total() == [4, 0, 3, 3]


def test_top_n_folds_the_rest_into_other():
    table = build(CELLS, Unit.MONTH, FATALITIES, top=2)
    assert [(s.key, s.values) for s in table.series] == [
        ("Mopti", (10, 0, 4, 0)),
        ("Kidal", (0, 0, 7, 0)),
        (OTHER, (0, 0, 0, 3)),
    ]
    assert table.series[-1].members == ("Gao", "Ségou")
    assert sum(s.total for s in table.series) == sum(c.fatalities for c in CELLS)


def test_the_range_asked_for_wins_over_the_data():
    table = build(CELLS, Unit.QUARTER, first=D(2022, 11, 5), last=D(2023, 8, 1))
    assert table.bins == (D(2022, 10, 1), D(2023, 1, 1), D(2023, 4, 1), D(2023, 7, 1))
    assert table.stacked_total() == [0, 7, 3, 0]
    assert build([], Unit.MONTH, first=D(2023, 1, 1)).bins == ()
    early = build([Cell(D(2022, 9, 30), "Gao", 2)], Unit.MONTH, first=D(2022, 10, 1))
    assert early.bins[0] == D(2022, 9, 1) and early.stacked_total()[0] == 2  # never dropped


def test_imprecise_cells_are_a_band_over_their_month_weeks():
    cells = [
        Cell(D(2023, 5, 29), "", 4),  # the week of Monday 29 May
        Cell(D(2023, 6, 1), "", 5, imprecise=True),  # June 2023, day unknown
        Cell(D(2023, 6, 26), "", 1),
    ]
    table = build(cells, Unit.WEEK)
    # weeks of 29 May, 5, 12, 19, 26 June: June touches all five
    assert len(table.bins) == 5 and table.stacked_total() == [4, 0, 0, 0, 1]
    (band,) = table.imprecise
    assert (band.month, band.first_bin, band.last_bin, band.incidents) == (D(2023, 6, 1), 0, 4, 5)
    assert table.imprecise_incidents == 5


def test_rolling_mean():
    assert rolling_mean([3, 0, 3, 6, 9], 3) == [None, None, 2.0, 3.0, 6.0]
    assert rolling_mean([4, 2], 1) == [4.0, 2.0]
    with pytest.raises(ValueError):
        rolling_mean([1], 0)


def test_change_flags_against_the_four_periods_before():
    months = [D(2023, m, 1) for m in range(1, 6)]  # Jan..May; May is the latest
    counts = {
        "Mopti": dict(zip(months, [10, 10, 10, 10, 13], strict=True)),  # +30%: large
        "Gao": dict(zip(months, [4, 4, 4, 4, 5], strict=True)),  # +25% exactly: moderate
        "Kidal": dict(zip(months, [10, 10, 10, 10, 11], strict=True)),  # +10%: moderate
        "Kayes": dict(zip(months, [10, 10, 10, 10, 10], strict=True)),  # steady
        "Bla": dict(zip(months, [20, 20, 20, 20, 19], strict=True)),  # -5%: no large change
        "Ségou": dict(zip(months, [8, 8, 8, 8, 2], strict=True)),  # a fall
        "Ansongo": dict(zip(months, [1, 0, 1, 0, 0], strict=True)),  # 0.5 to 0: noise, as 1 to 2
        "Bourem": dict(zip(months, [3, 3, 3, 3, 0], strict=True)),  # from a mean of 3: a fall
        "Tessit": dict(zip(months, [20, 16, 16, 15, 21], strict=True)),  # 21 / 16.75: large
        "Wagner": {D(2023, 5, 1): 3},  # new
        "Gone": {D(2022, 12, 1): 9},  # nothing in the window: left out
    }
    changes = {c.key: c for c in ch.compare(counts, D(2023, 5, 1), Unit.MONTH)}
    assert changes["Mopti"].level is ch.Level.LARGE and changes["Mopti"].percent == 30
    assert changes["Gao"].level is ch.Level.MODERATE
    assert changes["Kidal"].level is ch.Level.MODERATE
    assert changes["Kayes"].level is ch.Level.STEADY
    assert changes["Bla"].level is ch.Level.STEADY
    assert changes["Ségou"].level is ch.Level.DECREASE and changes["Ségou"].baseline == 8
    # a fall needs a mean of three before it, as a rise needs three now
    assert changes["Ansongo"].level is ch.Level.STEADY
    assert changes["Bourem"].level is ch.Level.DECREASE
    assert changes["Wagner"].level is ch.Level.NEW and changes["Wagner"].percent is None
    assert "Gone" not in changes
    assert changes["Tessit"].level is ch.Level.LARGE
    # +25% exactly, which floating point makes 25.000000000000007% (7 against 28 / 5)
    five = [D(2022, m, 1) for m in range(12, 13)] + months
    edge = ch.compare({"Léré": dict(zip(five, [6, 6, 6, 5, 5, 7], strict=True))},
                      D(2023, 5, 1), Unit.MONTH, periods=5)  # fmt: skip
    assert edge[0].level is ch.Level.MODERATE and edge[0].baseline == 28 / 5
    ordered = [c.key for c in ch.compare(counts, D(2023, 5, 1), Unit.MONTH)]
    assert ordered[:5] == ["Wagner", "Tessit", "Mopti", "Gao", "Kidal"]
    assert [c.key for c in ch.flagged(list(changes.values()))] == ordered[:5]


def test_latest_complete_period():
    today = D(2024, 3, 15)
    assert ch.latest_complete(Unit.MONTH, D(2024, 3, 14), today) == D(2024, 2, 1)
    # old data: the last period it covers whole, not July's first nine days
    assert ch.latest_complete(Unit.MONTH, D(2022, 7, 9), today) == D(2022, 6, 1)
    assert ch.latest_complete(Unit.MONTH, D(2022, 7, 31), today) == D(2022, 7, 1)
    assert ch.latest_complete(Unit.WEEK, D(2022, 7, 6), today) == D(2022, 6, 27)  # a Wednesday
    assert ch.latest_complete(Unit.WEEK, D(2022, 7, 10), today) == D(2022, 7, 4)  # a Sunday
    # data through a Thursday: that week is not complete, today or a week later
    for later in (today, D(2024, 3, 19), D(2024, 4, 2)):
        assert ch.latest_complete(Unit.WEEK, D(2024, 3, 7), later) == D(2024, 2, 26)
    assert ch.latest_complete(Unit.WEEK, D(2024, 3, 9), today) == D(2024, 3, 4)  # but Saturday
    for later in (D(2024, 4, 20), D(2024, 5, 2)):  # eight days of March: February
        assert ch.latest_complete(Unit.MONTH, D(2024, 3, 8), later) == D(2024, 2, 1)
    assert ch.latest_complete(Unit.MONTH, D(2024, 3, 28), D(2024, 5, 2)) == D(2024, 3, 1)
    assert ch.latest_complete(Unit.YEAR, D(2023, 12, 30), today) == D(2023, 1, 1)
    assert ch.latest_complete(Unit.QUARTER, D(2024, 3, 14), today) == D(2023, 10, 1)
    assert ch.latest_complete(Unit.WEEK, D(2024, 3, 14), today) == D(2024, 3, 4)
    # a filter ending mid-month: that month is not complete
    assert ch.latest_complete(Unit.MONTH, D(2024, 3, 1), today, D(2023, 9, 20)) == D(2023, 8, 1)
    assert ch.latest_complete(Unit.MONTH, None, today) is None
    assert ch.periods_before(D(2024, 1, 1), Unit.MONTH, 2) == [D(2023, 11, 1), D(2023, 12, 1)]


def test_a_key_seen_only_in_the_band_is_still_a_key():
    cells = [Cell(D(2023, 6, 5), "drv.a", 2), Cell(D(2023, 6, 1), "drv.b", 1, imprecise=True)]
    assert build(cells, Unit.WEEK).keys == {"drv.a", "drv.b"}
