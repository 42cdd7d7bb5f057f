import datetime as dt

import pytest

from sahel_desk.domain.dates import DateParseError, parse_event_date
from sahel_desk.domain.incident import DatePrecision, EventDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 2023", EventDate.month(2023, 4)),
        ("avril 2023", EventDate.month(2023, 4)),
        ("Août 2023", EventDate.month(2023, 8)),
        ("aout 2023", EventDate.month(2023, 8)),
        ("2023-06", EventDate.month(2023, 6)),
        ("06/2023", EventDate.month(2023, 6)),
        ("14/06/2023", EventDate.exact(2023, 6, 14)),
        ("14-06-2023", EventDate.exact(2023, 6, 14)),
        ("2023-06-14", EventDate.exact(2023, 6, 14)),
        ("14 June 2023", EventDate.exact(2023, 6, 14)),
        ("le 1er juin 2023", EventDate.exact(2023, 6, 1)),
        ("14 févr. 2023", EventDate.exact(2023, 2, 14)),
        ("week of 12 June 2023", EventDate.week_of(dt.date(2023, 6, 12))),
        ("semaine du 12/06/2023", EventDate.week_of(dt.date(2023, 6, 12))),
    ],
)
def test_typed_dates_keep_their_precision(text, expected):
    assert parse_event_date(text) == expected


def test_a_month_is_never_the_first_of_the_month():
    april = parse_event_date("April 2023")
    assert april.precision is DatePrecision.MONTH and april.day.day == 15


@pytest.mark.parametrize("text", ["", "soon", "31/02/2023", "13/2023", "12 Smarch 2023"])
def test_unreadable_dates_say_what_is_accepted(text):
    with pytest.raises(DateParseError) as info:
        parse_event_date(text)
    assert str(info.value)


def test_periods_for_filters():
    from sahel_desk.domain.dates import parse_period

    assert parse_period("2023") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert parse_period("avril 2023") == (dt.date(2023, 4, 1), dt.date(2023, 4, 30))
    assert parse_period("14/06/2023") == (dt.date(2023, 6, 14), dt.date(2023, 6, 14))
