"""One cell of an imported file to one typed value, or a ``CellError`` that says why not in words.

Cells come from the csv module (always ``str``) or from python-calamine (``str``, ``float``,
``int``, ``bool``, ``datetime.date``, ``datetime.datetime``, or ``""`` when empty). Every reader
here takes either kind: ``"12"``, ``12.0`` and ``" 12 "`` are the same whole number, ``"14,5"``
(French decimal comma) and ``14.5`` the same decimal.

Dates are read by a ``DateReader`` built over the whole column: whether ``05/04/2021`` is the
5th of April or the 4th of May is decided from the rows that can tell (a first part above 12
means day first), never cell by cell. Two-digit years (``16-Feb-21``, spreadsheets re-saving an
ACLED file) take their century from the row's ``year`` column when the caller passes it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable

from sahel_desk.domain.errors import Problem, problem
from sahel_desk.domain.text import fold

NOT_WHOLE = "“{value}” is not a whole number"
BELOW_MINIMUM = "“{value}” is less than {minimum}"
NOT_A_NUMBER = "“{value}” is not a number"
DATE_MISSING = "the date is missing"
NOT_A_DATE = "“{value}” is not a date: write 2020-07-31, 31/07/2020 or 31 July 2020"
NOT_A_DAY = "“{value}” is not a real day"
NUMBER_NOT_DATE = (
    "“{value}” is a number, not a date (a spreadsheet day number between 1997 and 2100)"
)
YEAR_CONTRADICTS = "the date “{value}” says {written} but the year column says {year}"
MONTH_FIRST_AMONG_DAY_FIRST = (
    "“{value}” is written month first, but the other dates of this column are day first "
    "(e.g. {example}); correct it in the file"
)
DAY_FIRST_AMONG_MONTH_FIRST = (
    "“{value}” is written day first, but the other dates of this column are month first "
    "(e.g. {example}); correct it in the file"
)
NOTE_DAY_FIRST = "dates read day first ({example}); no row says otherwise"
NOTE_MONTH_FIRST = "dates read month first ({example}); no row says otherwise"
NOTE_NO_EVIDENCE = (
    "dates read day first: no date has a part above 12 to tell the day from the month "
    "(ACLED and French practice)"
)
NOTE_DAY_FIRST_CONFLICT = (
    "dates read day first ({example}, {count} rows); {other} rows written month first "
    "({other_example}) are refused"
)
NOTE_MONTH_FIRST_CONFLICT = (
    "dates read month first ({example}, {count} rows); {other} rows written day first "
    "({other_example}) are refused"
)
NOT_A_MOMENT = "“{value}” is not a date and time (2024-05-17 14:03:00)"
MESSAGES = (
    NOT_A_MOMENT,
    NOT_WHOLE,
    BELOW_MINIMUM,
    NOT_A_NUMBER,
    DATE_MISSING,
    NOT_A_DATE,
    NOT_A_DAY,
    NUMBER_NOT_DATE,
    YEAR_CONTRADICTS,
    MONTH_FIRST_AMONG_DAY_FIRST,
    DAY_FIRST_AMONG_MONTH_FIRST,
    NOTE_DAY_FIRST,
    NOTE_MONTH_FIRST,
    NOTE_NO_EVIDENCE,
    NOTE_DAY_FIRST_CONFLICT,
    NOTE_MONTH_FIRST_CONFLICT,
)  # for the UI's translation catalogue


class CellError(ValueError):
    """A cell that cannot be read as what its column holds.

    ``template``/``params`` as in ``domain.errors.problem``: the UI says it in the user's language.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def problem(self, where: str, severity: str = "error") -> Problem:
        """This error as a ``Problem`` on column ``where``."""
        return problem(where, self.template, severity, **self.params)


# --- Text ---------------------------------------------------------------------------------------

# What ``str.splitlines`` breaks an ASCII text at: without one, a multiline text is one line
_ASCII_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e]")


def text(value: object, multiline: bool = False) -> str:
    """The cell as trimmed NFC text; "" for an empty cell; ``12.0`` -> ``"12"``.

    White space runs collapse to one space as in ``domain.text.clean``. ``multiline`` keeps the
    line breaks (``\\r\\n`` and ``\\r`` become ``\\n``; each line is cleaned, runs of blank lines
    become one blank line): for notes and descriptions.
    """
    if value is None:
        return ""
    if (
        value.__class__ is str
        and value.isascii()
        and not (multiline and _ASCII_LINE_BREAK.search(value))
    ):
        return " ".join(value.split())  # most cells: nothing to normalise (fast path)
    if isinstance(value, str):
        raw = value
    elif isinstance(value, bool):
        raw = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        raw = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, dt.datetime):
        raw = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    elif isinstance(value, dt.date):
        raw = value.isoformat()
    else:
        raw = str(value)
    raw = unicodedata.normalize("NFC", raw)
    if not multiline:
        return " ".join(raw.split())
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


# --- Numbers ------------------------------------------------------------------------------------

# Digits with "." or "," as the decimal mark; thousands grouped by spaces (French "1 234,5") or,
# when both marks occur, by the other mark ("1,234.5", "1.234,5").
_PLAIN = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
_GROUPED_SPACE = re.compile(r"([+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:[.,](\d+))?")
_GROUPED_COMMA = re.compile(r"([+-]?\d{1,3}(?:,\d{3})+)\.(\d+)")
_GROUPED_DOT = re.compile(r"([+-]?\d{1,3}(?:\.\d{3})+),(\d+)")


def _number_text(raw: str) -> str | None:
    """``raw`` as Python float syntax, or None when it is not a number."""
    if _PLAIN.fullmatch(raw):
        return raw.replace(",", ".")
    for pattern, group_mark in (
        (_GROUPED_SPACE, None),
        (_GROUPED_COMMA, ","),
        (_GROUPED_DOT, "."),
    ):
        found = pattern.fullmatch(raw)
        if found:
            whole = found[1]
            whole = (
                re.sub(r"[ \u00a0\u202f]", "", whole)
                if group_mark is None
                else whole.replace(group_mark, "")
            )
            return f"{whole}.{found[2]}" if found[2] else whole
    return None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_PLAIN_DECIMAL = re.compile(r"-?\d{1,12}(?:\.\d{1,12})?")


def decimal(value: object) -> float | None:
    """A decimal number: ``"14.5"``, ``"14,5"``, ``14.5``, ``14``; None for an empty cell."""
    if value.__class__ is str and _PLAIN_DECIMAL.fullmatch(value):
        return float(value)  # most cells (fast path)
    if value is None:
        return None
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(NOT_A_NUMBER, value=text(value))
    if isinstance(value, int | float):
        number = float(value)
    else:
        raw = text(value)
        syntax = _number_text(raw)
        if syntax is None:
            raise CellError(NOT_A_NUMBER, value=raw)
        number = float(syntax)
    if not math.isfinite(number):
        raise CellError(NOT_A_NUMBER, value=text(value))
    return number


def integer(value: object, *, minimum: int | None = 0) -> int | None:
    """A whole number: ``"12"``, ``12.0``, ``"12.0"``, ``" 12 "``; None for an empty cell.

    ``12.5`` and ``"abc"`` are not whole numbers; a value below ``minimum`` is refused too.
    """
    if value is None:
        return None  # a column the file lacks (fast path)
    cls = value.__class__
    if (cls is str and value.isdigit() and value.isascii()) or cls is int:  # type: ignore[union-attr]
        number = int(value)  # most cells (fast path)
        if minimum is not None and number < minimum:
            raise CellError(BELOW_MINIMUM, value=text(value), minimum=minimum)
        return number
    if cls is float and value.is_integer():  # type: ignore[union-attr]
        number = int(value)  # a workbook's numbers (fast path)
        if minimum is not None and number < minimum:
            raise CellError(BELOW_MINIMUM, value=text(value), minimum=minimum)
        return number
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(NOT_WHOLE, value=text(value))
    if isinstance(value, int):
        number = value
    else:
        raw = text(value)
        if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", raw):
            number = int(raw)  # exact, however long
        else:
            try:
                as_float = decimal(value)
            except CellError:
                raise CellError(NOT_WHOLE, value=raw) from None
            if as_float is None or not as_float.is_integer():
                raise CellError(NOT_WHOLE, value=raw)
            number = int(as_float)
    if minimum is not None and number < minimum:
        raise CellError(BELOW_MINIMUM, value=text(value), minimum=minimum)
    return number


def moment(value: object) -> dt.datetime | None:
    """A date and time, naive UTC as Sahel Desk writes ``sd_last_modified``; None when empty.

    A spreadsheet's datetime cell, or ISO text (``2024-05-17 14:03:00``, ``T`` or a zone too).
    """
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        found = value
    else:
        raw = text(value)
        try:
            found = dt.datetime.fromisoformat(raw)
        except ValueError:
            shown = _SHOWN_MOMENT.fullmatch(raw)  # "2024-05-17 9:03:00", as a sheet shows it
            if shown is None:
                raise CellError(NOT_A_MOMENT, value=raw) from None
            parts = [int(part) for part in shown.groups(default="0")[:6]]
            fraction = int((shown[7] or "0").ljust(6, "0")[:6])
            try:
                found = dt.datetime(*parts, fraction)  # type: ignore[misc]
            except ValueError:
                raise CellError(NOT_A_MOMENT, value=raw) from None
    if found.tzinfo is not None:
        found = found.astimezone(dt.UTC).replace(tzinfo=None)
    return found


# A date and time as a spreadsheet shows and saves it as text: hours without a leading zero.
_SHOWN_MOMENT = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?"
)
_FALSE = frozenset({"0", "false", "faux", "no", "non"})


def flag(value: object) -> bool:
    """A yes/no cell: blank, 0, false, no, non (and faux) are false; any other value is true.

    ACLED's ``civilian_targeting`` holds "Civilians targeted" or nothing: any text is true.
    """
    if _blank(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    raw = text(value)
    if fold(raw) in _FALSE:
        return False
    return re.fullmatch(r"0+(?:[.,]0+)?", raw) is None


# --- Dates --------------------------------------------------------------------------------------

_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
MONTHS: dict[str, int] = dict(_MONTH_NAMES)
for _name, _number in _MONTH_NAMES.items():
    MONTHS.setdefault(_name[:3], _number)
MONTHS |= {"sept": 9, "janv": 1, "fevr": 2, "avr": 4, "juil": 7}
del MONTHS["jui"]  # juin or juillet: too short to tell
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)

# A time after the date ("2020-07-31 00:00:00", "2020-07-31T12:30:00Z", "31/12/2020 14:00").
_TIME = re.compile(
    r"^(.*?\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp][Mm])?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2})?$"
)
_YMD = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")
_SERIAL = re.compile(r"\d+(?:[.,]\d+)?")
_DAY_MONTH_WORDS = re.compile(
    rf"(?:(?:{_WEEKDAYS}) )?(?:le )?(\d{{1,2}})(?:er|st|nd|rd|th)? ([a-z]+) (\d{{4}}|\d{{2}})"
)
_MONTH_DAY_WORDS = re.compile(
    rf"(?:(?:{_WEEKDAYS}) )?([a-z]+) (\d{{1,2}})(?:st|nd|rd|th)? (\d{{4}}|\d{{2}})"
)

EXCEL_EPOCH = dt.date(1899, 12, 30)  # the 1900 system, its phantom 29 Feb 1900 absorbed
SERIAL_FIRST = (dt.date(1997, 1, 1) - EXCEL_EPOCH).days
SERIAL_LAST = (dt.date(2100, 12, 31) - EXCEL_EPOCH).days
TWO_DIGIT_PIVOT = 68  # 00–68 -> 2000s, 69–99 -> 1900s (and never a year still to come)


def _without_time(raw: str) -> str:
    found = _TIME.fullmatch(raw)
    return found[1] if found else raw


def _day_month(raw: str) -> tuple[int, int] | None:
    """The first two parts of a numeric ``a/b/yyyy`` date, or None for another shape."""
    found = _DMY.fullmatch(_without_time(raw))
    return (int(found[1]), int(found[3])) if found else None


class DateReader:
    """Reads a date column whose format is decided from the whole column, not cell by cell.

    ``samples`` are every raw value of the column (more than one column may be pooled, as
    UCDP's ``date_start`` and ``date_end``). Only numeric ``a/b/yyyy`` dates need the column:
    a first part above 12 is evidence for day first, a second part above 12 for month first.
    The majority wins, and the dates that contradict it are refused; with no evidence at all
    the dates are read day first, as ACLED and French writers do, and ``note`` says so.
    """

    def __init__(self, samples: Iterable[object], *, today: dt.date | None = None) -> None:
        self._today = today or dt.date.today()
        day_first: list[str] = []
        month_first: list[str] = []
        numeric = 0
        for value in samples:
            if not isinstance(value, str):
                continue
            raw = value.strip()
            parts = _day_month(raw)
            if parts is None:
                continue
            numeric += 1
            first, second = parts
            if first > 12 >= second:
                day_first.append(raw)
            elif second > 12 >= first:
                month_first.append(raw)
        self._numeric = numeric
        self._month_first = len(month_first) > len(day_first)
        self._examples = (day_first[:1], month_first[:1])
        self.note_template: str | None = None
        self.note_params: dict[str, object] = {}
        major, minor = (month_first, day_first) if self._month_first else (day_first, month_first)
        if not numeric:
            return
        if major and minor:
            self.note_template = (
                NOTE_MONTH_FIRST_CONFLICT if self._month_first else NOTE_DAY_FIRST_CONFLICT
            )
            self.note_params = {
                "example": major[0],
                "count": len(major),
                "other": len(minor),
                "other_example": minor[0],
            }
        elif major:
            self.note_template = NOTE_MONTH_FIRST if self._month_first else NOTE_DAY_FIRST
            self.note_params = {"example": major[0]}
        else:
            self.note_template = NOTE_NO_EVIDENCE

    @property
    def order(self) -> str:
        """``"dmy"`` or ``"mdy"`` for a column of numeric day/month dates; ``"ymd"`` when the
        column has none (ISO dates, month names, spreadsheet dates or serial numbers)."""
        if not self._numeric:
            return "ymd"
        return "mdy" if self._month_first else "dmy"

    @property
    def note(self) -> str | None:
        """How the day/month order was decided, for the import preview; None if nothing was."""
        if self.note_template is None:
            return None
        return self.note_template.format(**self.note_params)

    # --- Reading one cell ---

    def parse(self, value: object, year: int | None = None) -> dt.date:
        """The day ``value`` names; ``year`` (the row's year column) resolves a two-digit year
        and must agree with a four-digit one. CellError when the cell is not a real date."""
        if _blank(value):
            raise CellError(DATE_MISSING)
        if isinstance(value, dt.datetime):
            return self._checked(value.date(), text(value), year)
        if isinstance(value, dt.date):
            return self._checked(value, text(value), year)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise CellError(NOT_A_DATE, value=text(value))
        raw = text(value)
        if not isinstance(value, str):
            return self._checked(self._serial(raw), raw, year)
        bare = _without_time(raw)
        found = _YMD.fullmatch(bare)
        if found:
            return self._checked(
                self._day(raw, int(found[1]), int(found[3]), int(found[4])), raw, year
            )
        found = _DMY.fullmatch(bare)
        if found:
            return self._numeric_day(raw, int(found[1]), int(found[3]), found[4], year)
        if _SERIAL.fullmatch(bare):
            return self._checked(self._serial(raw), raw, year)
        key = fold(bare)
        found = _DAY_MONTH_WORDS.fullmatch(key)
        if found and found[2] in MONTHS:
            return self._worded(raw, int(found[1]), MONTHS[found[2]], found[3], year)
        found = _MONTH_DAY_WORDS.fullmatch(key)
        if found and found[1] in MONTHS:
            return self._worded(raw, int(found[2]), MONTHS[found[1]], found[3], year)
        raise CellError(NOT_A_DATE, value=raw)

    def _numeric_day(
        self, raw: str, first: int, second: int, year_text: str, year: int | None
    ) -> dt.date:
        day_first_example, month_first_example = self._examples
        if self._month_first:
            if first > 12 >= second:
                raise CellError(
                    DAY_FIRST_AMONG_MONTH_FIRST, value=raw, example=month_first_example[0]
                )
            month, day = first, second
        else:
            if second > 12 >= first and day_first_example:
                raise CellError(
                    MONTH_FIRST_AMONG_DAY_FIRST, value=raw, example=day_first_example[0]
                )
            if second > 12 >= first:  # a lone month-first date the samples did not hold
                month, day = first, second
            else:
                day, month = first, second
        return self._worded(raw, day, month, year_text, year)

    def _worded(self, raw: str, day: int, month: int, year_text: str, year: int | None) -> dt.date:
        full = self._full_year(raw, year_text, year)
        return self._checked(self._day(raw, full, month, day), raw, year)

    def _full_year(self, raw: str, year_text: str, year: int | None) -> int:
        if len(year_text) == 4:
            return int(year_text)
        short = int(year_text)
        if year is not None:
            if year % 100 != short:
                raise CellError(YEAR_CONTRADICTS, value=raw, written=f"’{year_text}", year=year)
            return year
        full = (2000 if short <= TWO_DIGIT_PIVOT else 1900) + short
        return full - 100 if full > self._today.year else full

    @staticmethod
    def _day(raw: str, year: int, month: int, day: int) -> dt.date:
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise CellError(NOT_A_DAY, value=raw) from None

    @staticmethod
    def _serial(raw: str) -> dt.date:
        number = decimal(raw)
        if number is None or not SERIAL_FIRST <= number < SERIAL_LAST + 1:
            raise CellError(NUMBER_NOT_DATE, value=raw)
        return EXCEL_EPOCH + dt.timedelta(days=math.floor(number))

    @staticmethod
    def _checked(day: dt.date, raw: str, year: int | None) -> dt.date:
        if year is not None and day.year != year:
            raise CellError(YEAR_CONTRADICTS, value=raw, written=day.year, year=year)
        return day
