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
    # The day recorded for the incident (the middle of its week, any day of its month), not
    # every day it may have happened: a chart's bar is exactly the incidents binned in it.
    recorded_from: dt.date | None = None
    recorded_to: dt.date | None = None
    # Where: in any of these countries, regions or cercles (one choice, not three filters).
    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    admin2: frozenset[str] = frozenset()
    # And also, group by group: a chart's or the map's region within the places chosen.
    admin1_groups: tuple[frozenset[str], ...] = ()  # each: in any of these regions
    admin2_groups: tuple[frozenset[str], ...] = ()  # each: in any of these cercles
    actors: frozenset[str] = frozenset()  # registry names; matched as actor 1, 2 or associated
    event_types: frozenset[str] = frozenset()
    sub_event_types: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()  # any of these tag codes (or their children)
    # And also, group by group: a chart's bar of actor X within "actor A" is A and X.
    actor_groups: tuple[frozenset[str], ...] = ()  # each: any of these actors
    tag_groups: tuple[frozenset[str], ...] = ()  # each: any of these tags (or children)
    exact_tag_groups: tuple[frozenset[str], ...] = ()  # each: any of these tags, not children
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


_SETS = {
    "countries": str,
    "admin1": str,
    "admin2": str,
    "actors": str,
    "event_types": str,
    "sub_event_types": str,
    "tags": str,
    "date_precisions": DatePrecision,
    "geo_precisions": GeoPrecision,
}


_GROUPS = ("actor_groups", "tag_groups", "exact_tag_groups", "admin1_groups", "admin2_groups")
PLACE_FIELDS = ("countries", "admin1", "admin2")


def within_places(
    query: IncidentQuery, level: str, names: frozenset[str], *, replace: bool = False
) -> IncidentQuery:
    """``query`` narrowed to these regions (``level`` "admin1") or cercles ("admin2").

    They become the place choice when none is made; otherwise they narrow it ("Bandiagara",
    then the bar of Mopti: Bandiagara and also Mopti), as the places chosen are any-of.
    ``replace`` (a click on the map): an earlier click at this level is replaced, not added
    to, so that a second region clicked shows that region."""
    groups = f"{level}_groups"
    if replace:
        if not any(getattr(query, name) for name in PLACE_FIELDS if name != level):
            return query.with_changes(**{level: names, groups: ()})  # the click is the choice
        return query.with_changes(**{groups: (names,)})  # inside a choice: the last click
    if not any(getattr(query, name) for name in PLACE_FIELDS):
        return query.with_changes(**{level: names})
    return query.with_changes(**{groups: (*getattr(query, groups), names)})


def query_to_dict(query: IncidentQuery) -> dict[str, object]:
    """A JSON-able dict of the fields that differ from an empty query (for saved filters)."""
    empty = IncidentQuery()
    out: dict[str, object] = {}
    for name in query.__dataclass_fields__:
        value = getattr(query, name)
        if value == getattr(empty, name):
            continue
        if name in _SETS:
            out[name] = sorted(int(v) if isinstance(v, int) else v for v in value)
        elif name in _GROUPS:
            out[name] = [sorted(group) for group in value]
        elif isinstance(value, dt.date):
            out[name] = value.isoformat()
        elif name == "sort":
            out[name] = [[key, desc] for key, desc in value]
        else:
            out[name] = value
    return out


def query_from_dict(data: object) -> IncidentQuery:
    """The query a saved dict describes; ValueError (in words) for anything malformed."""
    if not isinstance(data, dict):
        raise ValueError("a saved filter must be an object")
    fields: dict[str, object] = {}
    for name, value in data.items():
        if name not in IncidentQuery.__dataclass_fields__:
            raise ValueError(f"unknown filter field {name!r}")
        try:
            if name in _SETS:
                fields[name] = frozenset(_SETS[name](v) for v in value)
            elif name in _GROUPS:
                fields[name] = tuple(frozenset(str(v) for v in group) for group in value)
            elif name in ("date_from", "date_to", "recorded_from", "recorded_to"):
                fields[name] = dt.date.fromisoformat(value)
            elif name == "sort":
                fields[name] = tuple((str(k), bool(d)) for k, d in value)
            elif name in ("fatalities_min", "fatalities_max"):
                fields[name] = None if value is None else int(value)
            elif name == "text":
                fields[name] = str(value)
            else:
                fields[name] = bool(value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"filter field {name!r}: {exc}") from exc
    return IncidentQuery(**fields)  # type: ignore[arg-type]
