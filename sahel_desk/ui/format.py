"""Domain values as a person reads them, in the UI's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from sahel_desk.domain.incident import DatePrecision, EventDate


def event_date(value: EventDate, locale: QLocale) -> str:
    """ "14 Jun 2023", "week of 12 Jun 2023", "Apr 2023": never more precise than the source."""
    if value.precision is DatePrecision.MONTH:
        day = value.day
        return locale.toString(QDate(day.year, day.month, 1), "MMM yyyy")
    if value.precision is DatePrecision.WEEK:
        shown = day_in_words(value.first_day, locale)
        return QCoreApplication.translate("format", "week of {date}").format(date=shown)
    return day_in_words(value.day, locale)


def day_in_words(value: dt.date, locale: QLocale) -> str:
    """ "14 Jun 2023": a day no reader takes for another (01/04 is 4 January to some)."""
    return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def fatalities(value: int | None, locale: QLocale) -> str:
    if value is None:
        return QCoreApplication.translate("format", "unknown")
    return locale.toString(value)


def incidents(n: int, locale: QLocale) -> str:
    """ "1 incident", "3 003 incidents": a count of incidents as a sentence says it."""
    if n == 1:
        return QCoreApplication.translate("format", "1 incident")
    return QCoreApplication.translate("format", "{count} incidents").format(
        count=locale.toString(n)
    )


def deaths(n: int, locale: QLocale) -> str:
    """ "1 fatality", "12 fatalities" (in French "morts": ACLED counts the dead)."""
    if n == 1:
        return QCoreApplication.translate("format", "1 fatality")
    return QCoreApplication.translate("format", "{count} fatalities").format(
        count=locale.toString(n)
    )


def event_date_input(value: EventDate) -> str:
    """The date as the editor shows it for editing: a form its parser reads back exactly."""
    day = value.day
    if value.precision is DatePrecision.MONTH:
        return f"{day.month:02d}/{day.year}"
    if value.precision is DatePrecision.WEEK:
        first = value.first_day
        shown = f"{first.day:02d}/{first.month:02d}/{first.year}"
        # "semaine du 23/12/2024" in French: the parser reads both languages' words
        return QCoreApplication.translate("format", "week of {date}").format(date=shown)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
