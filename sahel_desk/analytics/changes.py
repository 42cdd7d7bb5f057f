"""Change at a glance, as ACLED's early-warning dashboard reads it: the latest complete period
against the average of the periods before it (4 by default).

A rise above +25% is a large increase, from +10% to +25% a moderate one; a series with
incidents in the latest period and none in the periods before is new (an actor appearing).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sahel_desk.domain.periods import Unit, bin_end, bin_start

LARGE, MODERATE = 25, 10  # percent
MINIMUM = 3  # incidents in the latest period before a rise is flagged: +300% on 1 is noise


class Level(enum.StrEnum):
    NEW = "new"
    LARGE = "large increase"
    MODERATE = "moderate increase"
    STEADY = "no large change"
    DECREASE = "decrease"


@dataclass(frozen=True)
class Change:
    key: str
    latest: int
    baseline: float  # mean of the periods before
    level: Level

    @property
    def percent(self) -> float | None:
        """The change in percent; None when there was nothing before (new)."""
        if self.baseline == 0:
            return None
        return (self.latest - self.baseline) / self.baseline * 100


def latest_complete(
    unit: Unit, last_day: dt.date | None, today: dt.date, until: dt.date | None = None
) -> dt.date | None:
    """The start of the latest period that is over: before today's, not past ``until`` (the
    filter's end), and one the data covers to its end, or nearly (a seventh of it: a day
    of a week, four of a month, 52 of a year): data ending on a Wednesday says nothing of
    that week's Friday. The answer does not move as days pass with no new data."""
    if last_day is None:
        return None
    latest = _before(bin_start(today, unit), unit)
    if until is not None:
        latest = min(latest, _covered(until, unit))
    return min(latest, _covered(last_day, unit, nearly=True))


def _covered(last: dt.date, unit: Unit, *, nearly: bool = False) -> dt.date:
    """The latest period that ends on or before ``last`` (``nearly``: a seventh of it after)."""
    start = bin_start(last, unit)
    end = bin_end(start, unit)
    slack = dt.timedelta(days=((end - start).days + 1) // 7 if nearly else 0)
    return start if end - slack <= last else _before(start, unit)


def _before(start: dt.date, unit: Unit) -> dt.date:
    return bin_start(start - dt.timedelta(days=1), unit)


def periods_before(latest: dt.date, unit: Unit, count: int) -> list[dt.date]:
    """The ``count`` bin starts before ``latest``, oldest first."""
    out = [latest]
    for _ in range(count):
        out.insert(0, _before(out[0], unit))
    return out[:-1]


def compare(
    counts: Mapping[str, Mapping[dt.date, int]],
    latest: dt.date,
    unit: Unit,
    periods: int = 4,
    minimum: int = MINIMUM,
) -> list[Change]:
    """Each series' latest period against the mean of the ``periods`` before it; the flagged
    ones first (new, large, moderate), then by the size of the rise. A rise is flagged only
    with at least ``minimum`` incidents in the latest period, a fall only from a mean of at
    least ``minimum`` before it (1 to 0 is noise either way); a new series always is."""
    if periods < 1:
        raise ValueError("compare with at least one period before")
    before = periods_before(latest, unit, periods)
    out = []
    for key, by_bin in counts.items():
        now = by_bin.get(latest, 0)
        total = sum(by_bin.get(b, 0) for b in before)
        if now == 0 and total == 0:
            continue
        level = _level(now, total, periods)
        rise = level in (Level.LARGE, Level.MODERATE)
        if (rise and now < minimum) or (level is Level.DECREASE and total < minimum * periods):
            level = Level.STEADY  # too few incidents on the larger side to say
        out.append(Change(key, now, total / periods, level))
    order = list(Level)
    return sorted(out, key=lambda c: (order.index(c.level), -(c.latest - c.baseline), c.key))


def _level(now: int, total: int, periods: int) -> Level:
    """In whole numbers (now against total / periods), so that +25.0% is never +25.000001%."""
    if total == 0:
        return Level.NEW
    scaled = now * periods * 100  # 100 x now, against total x (100 + percent)
    if scaled > total * (100 + LARGE):
        return Level.LARGE
    if scaled >= total * (100 + MODERATE):
        return Level.MODERATE
    # a fall of 10% or more, as a rise of 10% is moderate; less is no large change
    return Level.DECREASE if scaled <= total * (100 - MODERATE) else Level.STEADY


def counts_by_key(cells: Iterable[object]) -> dict[str, dict[dt.date, int]]:
    """{key: {bin start: incidents}} from trend cells, leaving out imprecise ones."""
    out: dict[str, dict[dt.date, int]] = {}
    for cell in cells:
        if getattr(cell, "imprecise", False):
            continue
        by_bin = out.setdefault(cell.key, {})  # type: ignore[attr-defined]
        by_bin[cell.start] = by_bin.get(cell.start, 0) + cell.incidents  # type: ignore[attr-defined]
    return out


def flagged(changes: Sequence[Change]) -> list[Change]:
    return [c for c in changes if c.level in (Level.NEW, Level.LARGE, Level.MODERATE)]
