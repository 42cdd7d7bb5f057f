"""The incident: what happened, when (and how precisely), where, who, and why it matters."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import os
from dataclasses import dataclass, field, replace

from sahel_desk.domain import taxonomy
from sahel_desk.domain.actors import ActorType, interaction


class DatePrecision(enum.IntEnum):
    """ACLED ``time_precision``: 1 exact day, 2 a week or so, 3 only the month."""

    DAY = 1
    WEEK = 2
    MONTH = 3


class GeoPrecision(enum.IntEnum):
    """ACLED ``geo_precision``: 1 the named town, 2 near it or part of a region, 3 the region."""

    EXACT = 1
    NEAR = 2
    REGION = 3


WEEK_HALF_SPAN = 3  # a week-precise date is the middle of a 7-day span


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date as precisely as the source gives it.

    ACLED records a week by its middle day and a month by its 15th; ``day`` is that
    representative day, ``precision`` says how far to trust it. "April 2023" is
    ``EventDate.month(2023, 4)``, never 1 April.
    """

    day: dt.date
    precision: DatePrecision = DatePrecision.DAY

    @classmethod
    def exact(cls, year: int, month: int, day: int) -> EventDate:
        return cls(dt.date(year, month, day), DatePrecision.DAY)

    @classmethod
    def week_of(cls, any_day: dt.date) -> EventDate:
        """The week (Monday to Sunday) holding ``any_day``, recorded on its Thursday."""
        monday = any_day - dt.timedelta(days=any_day.weekday())
        return cls(monday + dt.timedelta(days=3), DatePrecision.WEEK)

    @classmethod
    def month(cls, year: int, month: int) -> EventDate:
        return cls(dt.date(year, month, 15), DatePrecision.MONTH)

    @property
    def first_day(self) -> dt.date:
        """First day the event may have happened on: the month's first, or 3 days before the
        middle of a week (ACLED records a week by its middle day)."""
        if self.precision is DatePrecision.MONTH:
            return self.day.replace(day=1)
        if self.precision is DatePrecision.WEEK:
            return self.day - dt.timedelta(days=WEEK_HALF_SPAN)
        return self.day

    @property
    def last_day(self) -> dt.date:
        if self.precision is DatePrecision.MONTH:
            return self.day.replace(day=calendar.monthrange(self.day.year, self.day.month)[1])
        if self.precision is DatePrecision.WEEK:
            return self.day + dt.timedelta(days=WEEK_HALF_SPAN)
        return self.day


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    date: dt.date | None = None
    url: str | None = None
    scale: str | None = None  # ACLED levels: Local partner, Subnational, National, …


@dataclass(frozen=True, slots=True)
class Place:
    """Where: the admin hierarchy, the named location and its coordinates.

    ``ref`` names the gazetteer entry (``ocha:ML0401…`` or ``geonames:…``); a place the
    gazetteer does not know has no ref and is *unverified*.
    """

    location: str
    country: str = "Mali"
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    latitude: float | None = None
    longitude: float | None = None
    ref: str | None = None

    @property
    def verified(self) -> bool:
        return self.ref is not None


class _UuidPool:
    """Random version-4 UUIDs made 4,096 at a time from one ``os.urandom`` read, not one
    system call each: ``uuid.uuid4`` was a tenth of reading a 100,000-row import. Emptied
    in a forked child, so that it never repeats its parent's."""

    SIZE = 4096

    def __init__(self) -> None:
        self._ready: list[str] = []
        if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork either
            os.register_at_fork(after_in_child=self._ready.clear)

    def take(self) -> str:
        try:
            return self._ready.pop()  # atomic: threads never get the same one
        except IndexError:
            fresh = self._fill()
            mine = fresh.pop()  # before another thread can empty the pool again
            self._ready.extend(fresh)
            return mine

    def _fill(self) -> list[str]:
        raw = bytearray(os.urandom(16 * self.SIZE))
        raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
        raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # the RFC 4122 variant
        h = raw.hex()
        return [
            f"{h[k : k + 8]}-{h[k + 8 : k + 12]}-{h[k + 12 : k + 16]}-{h[k + 16 : k + 20]}-"
            f"{h[k + 20 : k + 32]}"
            for k in range(0, len(h), 32)
        ]


new_uuid = _UuidPool().take


@dataclass(frozen=True, slots=True)
class Incident:
    """One event, as ACLED codes it, plus Sahel Desk's own tags, sources and bookkeeping.

    ``fatalities`` is None when unknown: unknown is not zero.
    """

    date: EventDate
    event_type: str
    sub_event_type: str
    place: Place
    actor1: str
    geo_precision: GeoPrecision = GeoPrecision.EXACT
    inter1: ActorType | None = None
    assoc_actor1: tuple[str, ...] = ()
    actor2: str | None = None
    inter2: ActorType | None = None
    assoc_actor2: tuple[str, ...] = ()
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    civilian_targeting: bool = False
    notes: str = ""
    sources: tuple[Source, ...] = ()
    tags: frozenset[str] = frozenset()  # tag codes: drivers, responses, user tags
    uuid: str = field(default_factory=new_uuid)
    external_id: str | None = None  # ACLED event_id_cnty, UCDP id
    external_timestamp: int | None = None  # ACLED timestamp of the version we hold
    original_event_type: str | None = None  # legacy text kept when an import mapped it
    id: int | None = None
    deleted: bool = False
    created_at: dt.datetime | None = None
    created_by: str | None = None
    updated_at: dt.datetime | None = None
    updated_by: str | None = None

    @property
    def disorder_type(self) -> str | None:
        return taxonomy.disorder_type(self.sub_event_type)

    @property
    def interaction(self) -> str | None:
        return interaction(self.inter1, self.inter2)

    @property
    def year(self) -> int:
        return self.date.day.year

    def with_changes(self, **changes: object) -> Incident:
        return replace(self, **changes)  # type: ignore[arg-type]
