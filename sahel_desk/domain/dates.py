"""Reading dates the way analysts type them, with the precision the words carry.

"14/06/2023" is a day; "week of 12 June 2023" a week; "April 2023" or "avril 2023" only a
month, stored as a month (never as 1 April). English and French month names, with or
without accents; day-month-year order (as in Mali), or ISO year-month-day.
"""

from __future__ import annotations

import datetime as dt
import re

from sahel_desk.domain.incident import EventDate
from sahel_desk.domain.text import fold

_MONTHS = {
    **{
        m: n
        for n, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ],
            start=1,
        )
    },
    **{
        m: n
        for n, m in enumerate(
            [
                "janvier",
                "fevrier",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "aout",
                "septembre",
                "octobre",
                "novembre",
                "decembre",
            ],
            start=1,
        )
    },
}
for _name, _number in list(_MONTHS.items()):
    _MONTHS.setdefault(_name[:3], _number)
_MONTHS |= {"sept": 9, "fevr": 2, "juil": 7, "janv": 1, "avr": 4}

_WEEK = re.compile(r"^(?:the )?(?:week of|la semaine du|semaine du) (.*)$")


# Months as the list writes a day ("30 Oct 2014", "30 oct. 2014"), where Qt is not at hand
_MONTH_ABBREVIATIONS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
}  # fmt: skip


def day_in_words(day: dt.date, language: str = "en") -> str:
    """ "1 Apr 2023", "1 avr. 2023": a day no reader takes for another (01/04 is 4 January
    to some of them), as the incident list writes it."""
    months = _MONTH_ABBREVIATIONS["fr" if language.startswith("fr") else "en"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


EMPTY = "type a date: 14/06/2023, June 2023, or week of 12 June 2023"
NOT_A_DAY = "{text} is not a real day"
UNREADABLE = (
    "cannot read “{text}” as a date: type 14/06/2023, 14 June 2023, June 2023, 2023-06 or "
    "week of 12 June 2023"
)
MESSAGES = (EMPTY, NOT_A_DAY, UNREADABLE)  # for the UI's translation catalogue


class DateParseError(ValueError):
    """The text is not a date Sahel Desk can read; the message says what it accepts."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


def parse_event_date(text: str, today: dt.date | None = None) -> EventDate:
    """An EventDate from what a person typed; raises DateParseError with a readable reason."""
    key = fold(text)  # lower case, no accents; "/", "-" and "." all become single spaces
    if not key:
        raise DateParseError(EMPTY)
    original = text.strip()
    week = _WEEK.match(key)
    if week:
        return EventDate.week_of(_day(week.group(1), original))
    month = _month_only(key)
    if month is not None:
        return EventDate.month(*month)
    return EventDate(_day(key, original))


def _month_only(key: str) -> tuple[int, int] | None:
    words = key.split()
    if len(words) != 2:
        return None
    first, second = words
    if first in _MONTHS and second.isdigit() and len(second) == 4:
        return int(second), _MONTHS[first]
    if first.isdigit() and second.isdigit():
        if len(first) == 4 and 1 <= int(second) <= 12:  # 2023-04
            return int(first), int(second)
        if len(second) == 4 and 1 <= int(first) <= 12:  # 04/2023
            return int(second), int(first)
    return None


def _day(key: str, original: str) -> dt.date:
    iso = re.fullmatch(r"(\d{4}) (\d{1,2}) (\d{1,2})", key)
    numeric = re.fullmatch(r"(\d{1,2}) (\d{1,2}) (\d{4})", key)
    words = re.fullmatch(r"(?:le )?(\d{1,2})(?:er)? ([a-z]+) (\d{4})", key)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if numeric:  # day first, as written in Mali and France
            return dt.date(int(numeric[3]), int(numeric[2]), int(numeric[1]))
        if words and words[2] in _MONTHS:
            return dt.date(int(words[3]), _MONTHS[words[2]], int(words[1]))
    except ValueError as exc:
        raise DateParseError(NOT_A_DAY, text=original) from exc
    raise DateParseError(UNREADABLE, text=original)


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """The days a typed period covers: "2023", "April 2023", "14/06/2023", "week of …"."""
    key = fold(text)
    if re.fullmatch(r"\d{4}", key):
        return dt.date(int(key), 1, 1), dt.date(int(key), 12, 31)
    value = parse_event_date(text)
    return value.first_day, value.last_day
