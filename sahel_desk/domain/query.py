"""IncidentQuery: the one filter shared by the table, charts, map and export.

A plain value; the store turns it into SQL. Empty fields mean "no restriction".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sahel_desk.domain.incident import DatePrecision, GeoPrecision

SORT_KEYS = (
    "date",
    "location",
    "admin1",
    "admin2",
    "actor1",
    "actor2",
    "event_type",
    "sub_event_type",
    "fatalities",
    "updated_at",
    "id",
)


@dataclass(frozen=True)
class IncidentQuery:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    admin2: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()  # registry names; matched as actor 1, 2 or associated
    event_types: frozenset[str] = frozenset()
    sub_event_types: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()  # any of these tag codes (or their children)
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    date_precisions: frozenset[DatePrecision] = frozenset()
    geo_precisions: frozenset[GeoPrecision] = frozenset()
    unverified_only: bool = False
    text: str = ""  # full text, accent-insensitive
    include_deleted: bool = False
    deleted_only: bool = False  # the trash
    sort: tuple[tuple[str, bool], ...] = field(default=(("date", True), ("id", True)))

    def __post_init__(self) -> None:
        for key, _descending in self.sort:
            if key not in SORT_KEYS:
                raise ValueError(f"cannot sort by {key!r}")

    def with_changes(self, **changes: object) -> IncidentQuery:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered (sorting aside)."""
        return self.with_changes(sort=IncidentQuery().sort) == IncidentQuery()
