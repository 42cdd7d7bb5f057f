"""Cells to typed values: text, numbers, flags, and dates decided from the whole column."""

from __future__ import annotations

import datetime as dt

import pytest

from sahel_desk.exchange.values import (
    MONTH_FIRST_AMONG_DAY_FIRST,
    NOT_A_DAY,
    NOTE_NO_EVIDENCE,
    YEAR_CONTRADICTS,
    CellError,
    DateReader,
    decimal,
    flag,
    integer,
    moment,
    text,
)

D = dt.date
TODAY = D(2025, 6, 1)


def read(value: object, year: int | None = None, column: tuple[object, ...] = ()) -> dt.date:
    return DateReader(column or (value,), today=TODAY).parse(value, year)


# --- text ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  ", ""),
        (12.0, "12"),
        (12.5, "12.5"),
        (12, "12"),
        (True, "TRUE"),
        (D(2020, 7, 31), "2020-07-31"),
        (dt.datetime(2020, 7, 31), "2020-07-31"),
        (dt.datetime(2020, 7, 31, 14, 5), "2020-07-31 14:05:00"),
        ("  Ségou \t  region\n", "Ségou region"),
        ("Se\u0301gou", "Ségou"),  # decomposed accent, composed (NFC)
        ("a\u00a0 b", "a b"),
    ],
)
def test_text(value: object, expected: str) -> None:
    assert text(value) == expected


def test_multiline_text_keeps_line_breaks() -> None:
    raw = "\r\n  first   line \r\n\r\n\r\n second\tline\rthird  \n\n"
    assert text(raw, multiline=True) == "first line\n\nsecond line\nthird"
    assert text(raw) == "first line second line third"


@pytest.mark.parametrize("brk", ["\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e"])
def test_multiline_text_breaks_where_a_line_ends_whatever_the_mark(brk: str) -> None:
    """One ASCII line is cleaned the quick way; every mark ``splitlines`` ends a line at
    still makes two lines, accented or not, and other control characters a space."""
    for raw in (f" one  {brk} two ", f" été  {brk} two "):
        first = raw.split()[0]
        assert text(raw, multiline=True) == f"{first}\ntwo"
    assert text("one\ttwo\x1fthree  ", multiline=True) == "one two three"


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["12", 12.0, "12.0", " 12 ", 12, "12,0", "+12"])
def test_integer_reads_whole_numbers_however_written(value: object) -> None:
    assert integer(value) == 12


@pytest.mark.parametrize("value", [None, "", "   "])
def test_integer_of_an_empty_cell_is_unknown_not_zero(value: object) -> None:
    assert integer(value) is None


def test_integer_thousands_and_long_values() -> None:
    assert integer("1 234") == 1234
    assert integer("1\u00a0234") == 1234
    assert integer("123456789012345678901234567890") == 123456789012345678901234567890
    assert integer(0) == 0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (12.5, "“12.5” is not a whole number"),
        ("12.5", "“12.5” is not a whole number"),
        ("abc", "“abc” is not a whole number"),
        (True, "“TRUE” is not a whole number"),
        ("1,234", "“1,234” is not a whole number"),  # French 1.234
        ("-1", "“-1” is less than 0"),
        (-1.0, "“-1” is less than 0"),
        (-1, "“-1” is less than 0"),
        (float("inf"), "“inf” is not a whole number"),
    ],
)
def test_integer_refuses_with_a_message(value: object, message: str) -> None:
    with pytest.raises(CellError) as caught:
        integer(value)
    assert str(caught.value) == message
    assert caught.value.template.format(**caught.value.params) == message


def test_integer_minimum() -> None:
    assert integer("-1", minimum=None) == -1
    assert integer("5", minimum=5) == 5
    with pytest.raises(CellError, match="less than 1"):
        integer(0, minimum=1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("14.5", 14.5),
        ("14,5", 14.5),  # French decimal comma
        (" -4,25 ", -4.25),
        (14.5, 14.5),
        (14, 14.0),
        ("1 234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        (",5", 0.5),
        ("1e3", 1000.0),
        ("", None),
        (None, None),
    ],
)
def test_decimal(value: object, expected: float | None) -> None:
    assert decimal(value) == expected


@pytest.mark.parametrize("value", ["abc", "14.5.2", "nan", "inf", float("nan"), "1_000", False])
def test_decimal_refuses(value: object) -> None:
    with pytest.raises(CellError, match="is not a number"):
        decimal(value)


# --- flags --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", [None, "", " ", "0", "0.0", "false", "FALSE", "no", "No", "non", "NON", 0, 0.0, False]
)
def test_flag_false(value: object) -> None:
    assert flag(value) is False


@pytest.mark.parametrize(
    "value", ["Civilians targeted", "Civilian targeting", "1", "yes", "oui", "x", 1, 1.0, True]
)
def test_flag_true(value: object) -> None:
    assert flag(value) is True


# --- dates: formats -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-07-31", D(2020, 7, 31)),
        ("2020-07-31 00:00:00", D(2020, 7, 31)),
        ("2020-07-31T13:45:00", D(2020, 7, 31)),
        ("2020-07-31T13:45:00Z", D(2020, 7, 31)),
        ("2020/7/31", D(2020, 7, 31)),
        ("31 December 2020", D(2020, 12, 31)),
        ("31 december 2020", D(2020, 12, 31)),
        ("31 DECEMBER 2020", D(2020, 12, 31)),
        ("31 Dec 2020", D(2020, 12, 31)),
        ("December 31, 2020", D(2020, 12, 31)),
        ("Thursday 3 January 2013", D(2013, 1, 3)),
        ("31 décembre 2020", D(2020, 12, 31)),
        ("31 decembre 2020", D(2020, 12, 31)),
        ("1er mars 2021", D(2021, 3, 1)),
        ("le 1er mars 2021", D(2021, 3, 1)),
        ("15 févr. 2021", D(2021, 2, 15)),
        ("3 août 2019", D(2019, 8, 3)),
        ("16-Feb-2021", D(2021, 2, 16)),
        ("16-Feb-21", D(2021, 2, 16)),
        ("16 Feb 21", D(2021, 2, 16)),
        ("31/12/2020", D(2020, 12, 31)),
        ("31-12-2020", D(2020, 12, 31)),
        ("31.12.2020", D(2020, 12, 31)),
        ("31/12/2020 00:00:00", D(2020, 12, 31)),
        (dt.datetime(2020, 7, 31, 0, 0), D(2020, 7, 31)),
        (D(2020, 7, 31), D(2020, 7, 31)),
        (44000.0, D(2020, 6, 18)),  # Excel serial, 1900 system
        (44000, D(2020, 6, 18)),
        ("44000", D(2020, 6, 18)),
        ("44000.75", D(2020, 6, 18)),  # a time of day is dropped
        (35431, D(1997, 1, 1)),
    ],
)
def test_date_formats(value: object, expected: dt.date) -> None:
    assert read(value) == expected


@pytest.mark.parametrize(
    "value", ["2020", 2020, 100000.0, "1.5", "soon", "31 Smarch 2020", "2020-07", True, "   "]
)
def test_not_dates(value: object) -> None:
    with pytest.raises(CellError):
        read(value)


def test_a_number_outside_the_serial_range_says_so() -> None:
    with pytest.raises(CellError, match="is a number, not a date"):
        read("2020")


@pytest.mark.parametrize(
    "value", ["31/02/2021", "2021-02-29", "29 February 2021", "13/13/2020", "30-Feb-21", "0/1/2020"]
)
def test_impossible_dates(value: str) -> None:
    with pytest.raises(CellError) as caught:
        read(value)
    assert caught.value.template == NOT_A_DAY
    assert str(caught.value) == f"“{value}” is not a real day"


def test_leap_day_exists() -> None:
    assert read("29/02/2020") == D(2020, 2, 29)


# --- dates: two-digit years ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "year", "expected"),
    [
        ("16-Feb-21", 2021, D(2021, 2, 16)),
        ("25-Aug-03", 2003, D(2003, 8, 25)),
        ("25-Aug-97", 1997, D(1997, 8, 25)),
        ("10/05/89", 1989, D(1989, 5, 10)),
        ("16-Feb-70", 2070, D(2070, 2, 16)),  # the year column beats the pivot
        ("16-Feb-21", None, D(2021, 2, 16)),  # pivot: 00–68 -> 2000s
        ("25-Aug-03", None, D(2003, 8, 25)),
        ("25-Aug-97", None, D(1997, 8, 25)),  # 69–99 -> 1900s
        ("01-Jan-69", None, D(1969, 1, 1)),
        ("01-Jan-25", None, D(2025, 1, 1)),  # this year is fine
        ("01-Jan-26", None, D(1926, 1, 1)),  # never a year still to come
        ("01-Jan-68", None, D(1968, 1, 1)),
    ],
)
def test_two_digit_years(value: str, year: int | None, expected: dt.date) -> None:
    assert read(value, year) == expected


def test_pivot_without_future_clamp() -> None:
    reader = DateReader((), today=D(2100, 1, 1))
    assert reader.parse("01-Jan-68") == D(2068, 1, 1)
    assert reader.parse("01-Jan-69") == D(1969, 1, 1)


def test_two_digit_year_contradicting_the_year_column() -> None:
    with pytest.raises(CellError) as caught:
        read("16-Feb-21", 2020)
    assert caught.value.template == YEAR_CONTRADICTS
    assert str(caught.value) == "the date “16-Feb-21” says ’21 but the year column says 2020"


@pytest.mark.parametrize(
    "value", ["2021-03-01", "01/03/2021", "1 March 2021", D(2021, 3, 1), 44256.0]
)
def test_four_digit_year_contradicting_the_year_column(value: object) -> None:
    assert read(value, 2021) == D(2021, 3, 1)
    with pytest.raises(CellError) as caught:
        read(value, 2020)
    assert caught.value.template == YEAR_CONTRADICTS
    assert "says 2021 but the year column says 2020" in str(caught.value)


# --- dates: day/month order from the column -----------------------------------------------------


def test_day_first_evidence() -> None:
    reader = DateReader(["05/04/2021", "31/12/2020", "06/07/2021", None, ""])
    assert reader.order == "dmy"
    assert reader.parse("05/04/2021") == D(2021, 4, 5)
    assert reader.note == "dates read day first (31/12/2020); no row says otherwise"


def test_month_first_evidence() -> None:
    reader = DateReader(["05/04/2021", "12/31/2020", "06/07/2021"])
    assert reader.order == "mdy"
    assert reader.parse("05/04/2021") == D(2021, 5, 4)
    assert reader.parse("12/31/2020") == D(2020, 12, 31)
    assert reader.note == "dates read month first (12/31/2020); no row says otherwise"


def test_no_evidence_reads_day_first_and_says_so() -> None:
    reader = DateReader(["05/04/2021", "06/07/2021", "2021-01-31"])
    assert reader.order == "dmy"
    assert reader.parse("05/04/2021") == D(2021, 4, 5)
    assert reader.note_template == NOTE_NO_EVIDENCE
    assert "day first" in (reader.note or "")


def test_contradicting_dates_are_refused_majority_day_first() -> None:
    reader = DateReader(["31/12/2020", "25/12/2020", "12/31/2020", "05/04/2021"])
    assert reader.order == "dmy"
    assert reader.parse("25/12/2020") == D(2020, 12, 25)
    assert reader.parse("05/04/2021") == D(2021, 4, 5)
    with pytest.raises(CellError) as caught:
        reader.parse("12/31/2020")
    assert caught.value.template == MONTH_FIRST_AMONG_DAY_FIRST
    assert "“12/31/2020” is written month first" in str(caught.value)
    assert "31/12/2020" in str(caught.value)
    assert reader.note == (
        "dates read day first (31/12/2020, 2 rows); 1 rows written month first (12/31/2020) "
        "are refused"
    )


def test_contradicting_dates_are_refused_majority_month_first() -> None:
    reader = DateReader(["12/31/2020", "12/25/2020", "31/12/2020"])
    assert reader.order == "mdy"
    assert reader.parse("12/25/2020") == D(2020, 12, 25)
    with pytest.raises(CellError, match="is written day first"):
        reader.parse("31/12/2020")


def test_a_tie_reads_day_first() -> None:
    reader = DateReader(["31/12/2020", "12/31/2020"])
    assert reader.order == "dmy"
    with pytest.raises(CellError):
        reader.parse("12/31/2020")


def test_a_column_without_numeric_day_month_dates() -> None:
    reader = DateReader(["2020-07-31", "31 December 2020", 44000.0, D(2020, 1, 1)])
    assert reader.order == "ymd"
    assert reader.note is None
    assert reader.parse("05/04/2021") == D(2021, 4, 5)  # a stray one: day first


def test_samples_can_be_a_generator_and_two_digit_years_count_as_evidence() -> None:
    reader = DateReader(value for value in ["12/31/20", "05/04/21"])
    assert reader.order == "mdy"
    assert reader.parse("05/04/21", 2021) == D(2021, 5, 4)


def test_missing_date() -> None:
    with pytest.raises(CellError, match="the date is missing"):
        DateReader(()).parse("")


def test_cell_error_as_problem() -> None:
    with pytest.raises(CellError) as caught:
        integer("abc")
    found = caught.value.problem("fatalities")
    assert (found.field, found.severity) == ("fatalities", "error")
    assert found.message == "“abc” is not a whole number"
    assert dict(found.params) == {"value": "abc"}
    assert caught.value.problem("best", "warning").severity == "warning"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-25 00:38:32", dt.datetime(2026, 11, 25, 0, 38, 32)),
        ("2026-11-25 0:38:32", dt.datetime(2026, 11, 25, 0, 38, 32)),  # a sheet's "h:mm:ss"
        ("2026-11-25 9:38", dt.datetime(2026, 11, 25, 9, 38)),
        ("2026-11-25 9:38:32,125", dt.datetime(2026, 11, 25, 9, 38, 32, 125_000)),
        ("2026-11-25T00:38:32+01:00", dt.datetime(2026, 11, 24, 23, 38, 32)),
    ],
)
def test_moment_reads_a_date_and_time_as_sheets_save_it(raw: str, expected: object) -> None:
    assert moment(raw) == expected


@pytest.mark.parametrize("raw", ["2026-13-25 0:38:32", "yesterday", "2026-11-25 25:00"])
def test_moment_refuses_what_is_no_date_and_time(raw: str) -> None:
    with pytest.raises(CellError):
        moment(raw)
