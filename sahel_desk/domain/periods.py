"""Periods of a trend chart: weeks, months, quarters, years, and which incidents fit in one.

The store bins in SQL and the analytics fill and compare bins in Python; both follow the
definitions here (a test checks the SQL against ``bin_start`` day by day).

Honest about precision: an incident goes in the bin holding its recorded day unless its date
is coarser than the bin. Then (only an incident known to the month, in weekly bins) it is
*imprecise*: kept apart, under the month it belongs to, never drawn in a particular week.
A week-precision incident ("the week of 12 June") goes in the week or month holding its
recorded middle day: most of its seven days are there.
"""

from __future__ import annotations

import datetime as dt
import enum

from sahel_desk.domain.incident import DatePrecision


class Unit(enum.StrEnum):
    WEEK = "week"  # Monday to Sunday (ISO 8601)
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Split(enum.StrEnum):
    """What the series of a trend chart are. Incidents have one event type and one admin1,
    but may involve several actors and carry several drivers or responses: with those, an
    incident counts once under each of them."""

    NONE = "none"
    EVENT_TYPE = "event_type"
    ADMIN1 = "admin1"
    ACTOR = "actor"
    DRIVER = "driver"
    RESPONSE = "response"
    DRIVER_GROUP = "driver_group"  # the top of the hierarchy: "Governance and institutions"
    RESPONSE_GROUP = "response_group"

    @property
    def multiple(self) -> bool:
        """True when one incident can count in several series."""
        return self is Split.ACTOR or self.tag_kind is not None

    @property
    def tag_kind(self) -> str | None:
        """"driver" or "response" for the splits by tag, else None."""
        if self in (Split.DRIVER, Split.DRIVER_GROUP):
            return "driver"
        if self in (Split.RESPONSE, Split.RESPONSE_GROUP):
            return "response"
        return None

    @property
    def tags(self) -> Split:
        """The split by single tags this one groups (itself when it does not group)."""
        return {Split.DRIVER_GROUP: Split.DRIVER, Split.RESPONSE_GROUP: Split.RESPONSE}.get(
            self, self
        )


def bin_start(day: dt.date, unit: Unit) -> dt.date:
    """The first day of the bin holding ``day``."""
    if unit is Unit.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if unit is Unit.MONTH:
        return day.replace(day=1)
    if unit is Unit.QUARTER:
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return dt.date(day.year, 1, 1)


def next_bin(start: dt.date, unit: Unit) -> dt.date:
    """The first day of the bin after the one starting on ``start``."""
    if unit is Unit.WEEK:
        return start + dt.timedelta(days=7)
    months = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}[unit]
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def bin_end(start: dt.date, unit: Unit) -> dt.date:
    """The last day of the bin starting on ``start``."""
    return next_bin(start, unit) - dt.timedelta(days=1)


def bins_between(first: dt.date, last: dt.date, unit: Unit) -> list[dt.date]:
    """Every bin start from the bin of ``first`` to the bin of ``last``, gaps included."""
    out, start, end = [], bin_start(first, unit), bin_start(last, unit)
    while start <= end:
        out.append(start)
        start = next_bin(start, unit)
    return out


def imprecise(precision: DatePrecision, unit: Unit) -> bool:
    """True when an incident of this precision cannot be placed in one bin of this unit."""
    return unit is Unit.WEEK and precision is DatePrecision.MONTH


def precise_enough(unit: Unit) -> frozenset[DatePrecision]:
    """The precisions whose incidents go in bins of ``unit`` (the others are shown apart)."""
    return frozenset(p for p in DatePrecision if not imprecise(p, unit))
