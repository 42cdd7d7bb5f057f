"""What changed in an incident: the revision log as the store returns it."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # moved to the trash
    RESTORE = "restore"  # taken back out of the trash


@dataclass(frozen=True)
class Revision:
    """One field of one incident changed by one person at one time.

    ``old`` and ``new`` are JSON texts of the values (``null`` for empty). A create,
    delete or restore has no field. ``change_id`` groups the rows of one save.
    ``imported_from`` names the file whose import made the change: the author imported
    it, a colleague (whom files do not name) most likely made it.
    """

    incident_id: int
    change_id: str
    at: dt.datetime  # UTC
    author: str
    action: Action
    field: str | None = None
    old: str | None = None
    new: str | None = None
    imported_from: str | None = None


@dataclass(frozen=True)
class Changes:
    """What one operation touched, so views refresh only what concerns them."""

    incidents: frozenset[int] = frozenset()
    tags: bool = False
    actors: bool = False
    change_id: str | None = None
    elsewhere: bool = False  # another program wrote: any incident may have changed


_READ_BACK_ERROR_US = 5  # how far from its millisecond a sheet's day fraction reads back


def version_time(value: dt.datetime) -> dt.datetime:
    """A version's time as files carry it (``sd_last_modified``, ``sd_based_on``): naive UTC,
    to the nearest millisecond, which a spreadsheet's date-time cell keeps (its day fraction
    read back may be a microsecond off, hence rounding, not cutting). Whole seconds made two
    versions of the same second look like one.

    Never rounded into the next second (x.9996 is x.999): a file would carry it as a whole
    second, which is compared to the second by cutting (``as_carried``, as LibreOffice shows
    times), and the version would no longer be ours: a colleague's copy of it was taken over
    a later correction."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    if value.microsecond >= 1_000_000 - _READ_BACK_ERROR_US:
        # a whole second read back from a sheet a microsecond short: that second
        return value.replace(microsecond=0) + dt.timedelta(seconds=1)
    return value.replace(microsecond=min((value.microsecond + 500) // 1000 * 1000, 999_000))


def same_version(ours: dt.datetime, theirs: dt.datetime) -> bool:
    """Whether the file time ``theirs`` names our version made at ``ours``. A whole-second
    file time is our time cut to the second (LibreOffice's CSV), or, in a file exported
    before version times stayed within their second, rounded up to the next one."""
    if theirs.tzinfo is not None:
        theirs = theirs.astimezone(dt.UTC).replace(tzinfo=None)
    if theirs.microsecond:
        return version_time(ours) == version_time(theirs)
    cut = as_carried(ours, theirs)
    if theirs == cut:
        return True
    if ours.tzinfo is not None:
        ours = ours.astimezone(dt.UTC).replace(tzinfo=None)
    return ours.microsecond >= 999_500 and theirs == cut + dt.timedelta(seconds=1)


def as_carried(value: dt.datetime, like: dt.datetime) -> dt.datetime:
    """``value`` as precisely as the file time ``like`` was carried: to the second when
    ``like`` has no fraction of a second (a file exported before times had milliseconds, or
    a workbook saved again as CSV by LibreOffice), else as ``version_time``. Comparing a
    precise time of ours with a whole-second one would make an untouched copy look older."""
    if like.microsecond:
        return version_time(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)
