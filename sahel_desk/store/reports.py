"""store.reports: GROUP BY counts for the stats command, charts and export summaries."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, and_, case, func, literal, or_, select, true, type_coerce
from sqlalchemy.types import NullType

from sahel_desk.domain.incident import DatePrecision
from sahel_desk.domain.periods import Split, Unit, bin_start
from sahel_desk.domain.points import IncidentPoints
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import tables as s
from sahel_desk.store.filters import conditions
from sahel_desk.store.session import Session

if TYPE_CHECKING:
    from sahel_desk.store.memberships import ColumnCache, Memberships

i = s.incidents
_DIMENSIONS: dict[str, Any] = {
    "year": func.substr(i.c.event_date, 1, 4),
    "month": func.substr(i.c.event_date, 1, 7),
    "admin1": i.c.admin1,
    "admin2": i.c.admin2,
    "country": i.c.country,
    "event_type": i.c.event_type,
    "sub_event_type": i.c.sub_event_type,
    "date_precision": i.c.date_precision,
}


_DAY = i.c.event_date
_MONTH = func.substr(_DAY, 1, 7)  # "2024-03": months, and quarters and years summed from them
# Weeks as integers: the Julian day number of a Monday is a multiple of 7, so JDN // 7 names
# the week (cheaper in SQL than date(d, 'weekday 0', '-6 days')). A date known only to the
# month keeps its month ("2024-03"): in weekly bins it belongs to no week (domain.periods).
_WEEK = type_coerce(  # an int or a str: no result processing
    case(
        (i.c.date_precision == int(DatePrecision.MONTH), _MONTH),
        else_=func.cast(func.julianday(_DAY) + 0.5, Integer) // 7,
    ),
    NullType(),
)
_JDN_TO_ORDINAL = 1721425  # date.fromordinal(jdn - this)


@dataclass(frozen=True)
class TrendCell:
    """Incidents of one bin and one series. ``imprecise`` cells hold incidents whose date is
    coarser than the bin (known to the month, in weekly bins): ``start`` is then their month's
    first day, and they belong to no particular week (``domain.periods``)."""

    start: dt.date
    key: str  # the series: an event type, admin1, actor name or tag code; "" when not split
    imprecise: bool
    incidents: int
    fatalities: int  # known figures only


@dataclass(frozen=True)
class CountRow:
    """One cell of a GROUP BY: its key values, incidents, and known fatalities.

    ``fatalities`` sums only known figures; ``unknown_fatalities`` counts incidents without one.
    """

    key: tuple[Any, ...]
    incidents: int
    fatalities: int
    unknown_fatalities: int


class ReportRepo:
    dimensions = tuple(_DIMENSIONS)

    def __init__(self, session: Session):
        self._session = session
        self._columns: ColumnCache | None = None  # made on first use: numpy loads then
        self._making = threading.Lock()  # the chart and the change report ask together

    def counts(self, by: tuple[str, ...], query: IncidentQuery | None = None) -> list[CountRow]:
        """Incidents and fatalities grouped by ``by`` (names from ``dimensions``), sorted by key."""
        unknown = [d for d in by if d not in _DIMENSIONS]
        if unknown:
            raise ValueError(f"cannot count by {', '.join(unknown)}")
        columns = [_DIMENSIONS[d].label(d) for d in by]
        sql = (
            select(
                *columns,
                func.count().label("n"),
                func.coalesce(func.sum(i.c.fatalities), 0).label("f"),
                # type_: sum() would take its argument's Boolean type and read 7,860 as True
                func.sum(i.c.fatalities.is_(None), type_=Integer).label("u"),
            )
            .group_by(*columns)
            .order_by(*columns)
        )
        with self._session.read() as conn:
            where = conditions(conn, query or IncidentQuery())
            if where:
                sql = sql.where(and_(*where))
            return [
                CountRow(tuple(row[: len(by)]), row.n, int(row.f), int(row.u or 0))
                for row in conn.execute(sql)
            ]

    def trend(
        self, unit: Unit, split: Split, query: IncidentQuery | None = None
    ) -> list[TrendCell]:
        """Incidents and fatalities per bin of ``unit`` and per series of ``split``.

        Bins with no incident are absent (``analytics.trends`` fills them). The charts count
        the same from columns held in memory (``memberships``, ten times faster once read);
        this is the SQL statement of it, which the tests hold that to.

        SQL groups by week or month and series, scanning the covering index
        ix_incidents_trend; the bins are dated here (quarters and years summed from months).
        Actors are grouped as (actor 1, actor 2) pairs in one scan plus one for associated
        actors, then counted once per incident and actor.
        """
        start = _WEEK if unit is Unit.WEEK else _MONTH
        with self._session.read() as conn:
            where = and_(true(), *conditions(conn, query or IncidentQuery()))
            if split is Split.ACTOR:
                raw = _actor_cells(conn, start, where)
            else:
                key, joins = _series(split)
                # count(*), not count(DISTINCT id): an incident meets a tag (or, through the
                # DISTINCT subquery, a group) once, so each (bin, series) holds it once.
                sql = (
                    select(start, key, func.count(), func.coalesce(func.sum(i.c.fatalities), 0))
                    .select_from(joins)
                    .where(where)
                    .group_by(start, key)
                )
                raw = conn.execute(sql).tuples().all()
                if split in (Split.DRIVER, Split.RESPONSE):  # tag ids: name them
                    codes = dict(conn.execute(select(s.tags.c.id, s.tags.c.code)).tuples().all())
                    raw = [(group, codes[key], n, f) for group, key, n, f in raw]
        return _cells(raw, unit)

    def memberships(self, split: Split, query: IncidentQuery | None = None) -> Memberships:
        """The incidents ``query`` matches and the series of ``split`` each belongs to: what
        ``trend`` counts, and the distinct counts a chart by actor or tag needs besides, from
        columns held in memory (``store.memberships``)."""
        from sahel_desk.store import memberships  # numpy: not for every use of the store

        with self._making:
            if self._columns is None:
                self._columns = memberships.ColumnCache(
                    self._session.touched_since, self._session.read
                )
        with self._session.read() as conn:
            return memberships.memberships(conn, self._columns, split, query or IncidentQuery())

    def last_day(self) -> dt.date | None:
        """The latest day any incident (out of the trash) is recorded on."""
        with self._session.read() as conn:
            found = conn.execute(
                select(func.max(_DAY)).where(i.c.deleted.is_(False))
            ).scalar_one_or_none()
        if found is None:
            return None
        return found if isinstance(found, dt.date) else dt.date.fromisoformat(found)

    def tag_counts(self, query: IncidentQuery | None = None) -> list[tuple[str, str, int]]:
        """(tag code, admin1, incidents) for every tag in use, and (code, "*", incidents) for its
        total. A parent tag counts each incident tagged with it or any child once."""
        tagged = s.tags.alias("tagged")
        counted = s.tags.alias("counted")
        link = s.incident_tags
        base = (
            select(counted.c.code, i.c.admin1, func.count(func.distinct(i.c.id)).label("n"))
            .select_from(link)
            .join(tagged, tagged.c.id == link.c.tag_id)
            .join(counted, or_(counted.c.id == tagged.c.id, counted.c.id == tagged.c.parent_id))
            .join(i, i.c.id == link.c.incident_id)
        )
        with self._session.read() as conn:
            where = conditions(conn, query or IncidentQuery())
            if where:
                base = base.where(and_(*where))
            by_admin = base.group_by(counted.c.code, i.c.admin1)
            totals = base.with_only_columns(
                counted.c.code, literal("*"), func.count(func.distinct(i.c.id))
            ).group_by(counted.c.code)
            rows = [(c, a or "", n) for c, a, n in conn.execute(by_admin)]
            rows += [(c, a, n) for c, a, n in conn.execute(totals)]
        return rows

    def points(self, query: IncidentQuery | None = None) -> IncidentPoints:
        """The incidents matching ``query`` that have coordinates, as parallel columns (by id),
        and the number of matching incidents without coordinates (which a map cannot draw).

        Unknown fatalities are NaN, never 0. Two queries over one read transaction.
        """
        has_xy = and_(i.c.latitude.is_not(None), i.c.longitude.is_not(None))
        no_xy = or_(i.c.latitude.is_(None), i.c.longitude.is_(None))
        rows_sql = (
            select(
                i.c.id, i.c.latitude, i.c.longitude, i.c.fatalities, i.c.event_type, s.actors.c.name
            )
            .select_from(i.join(s.actors, s.actors.c.id == i.c.actor1_id))
            .order_by(i.c.id)
        )
        missing_sql = select(func.count()).select_from(i)
        with self._session.read() as conn:
            # most incidents have coordinates: one pass over the table (see conditions)
            where = conditions(conn, query or IncidentQuery(), scan=True)
            rows = conn.execute(rows_sql.where(has_xy, *where)).tuples().all()
            missing = conn.execute(missing_sql.where(no_xy, *where)).scalar_one()
        if not rows:
            return IncidentPoints(without_coordinates=missing)
        ids, lat, lon, fatal, event_type, actor1 = zip(*rows, strict=True)
        nan = float("nan")
        return IncidentPoints(
            ids=ids,
            latitude=lat,
            longitude=lon,
            fatalities=tuple(nan if f is None else float(f) for f in fatal),
            event_type=event_type,
            actor1=actor1,
            without_coordinates=missing,
        )


def _series(split: Split) -> tuple[Any, Any]:
    """The series key of ``split`` and the FROM clause that reaches it (not for actors)."""
    if split is Split.NONE:
        return literal(""), i
    if split in (Split.EVENT_TYPE, Split.ADMIN1):
        return i.c[split.value], i
    link = s.incident_tags
    if split.tags is split:
        # The tag's id, named after grouping (``trend``): no tags row to read per link, and
        # "+ 0" keeps SQLite walking the incidents in date order instead of tag by tag.
        of_kind = select(s.tags.c.id).where(s.tags.c.kind == split.tag_kind).scalar_subquery()
        on = and_(link.c.incident_id == i.c.id, (link.c.tag_id + 0).in_(of_kind))
        return link.c.tag_id, i.join(link, on)
    # A group: the tag's parent, or the tag at the top; one row per incident and group, or
    # an incident with two drivers of one group would add its fatalities twice.
    parent = s.tags.alias("parent")
    group = func.coalesce(parent.c.code, s.tags.c.code)
    grouped = (
        select(link.c.incident_id, group.label("code"))
        .select_from(
            link.join(
                s.tags, and_(s.tags.c.id == link.c.tag_id, s.tags.c.kind == split.tag_kind)
            ).outerjoin(parent, parent.c.id == s.tags.c.parent_id)
        )
        .distinct()
        .subquery("grouped")
    )
    return grouped.c.code, i.join(grouped, grouped.c.incident_id == i.c.id)


def _actor_cells(conn: Any, start: Any, where: Any) -> list[tuple[Any, ...]]:
    """(bin, actor name, incidents, fatalities) for every actor an incident involves (1, 2 or
    associated, as the actor filter matches), each incident counted once per actor."""
    names = dict(conn.execute(select(s.actors.c.id, s.actors.c.name)).tuples().all())
    fatal = func.coalesce(func.sum(i.c.fatalities), 0)
    sums: dict[tuple[Any, Any], list[int]] = {}

    def add(key: tuple[Any, Any], n: int, f: int) -> None:
        cell = sums.get(key)
        if cell is None:
            sums[key] = [n, f]
        else:
            cell[0] += n
            cell[1] += f

    pairs = select(start, i.c.actor1_id, i.c.actor2_id, func.count(), fatal)
    for day, a1, a2, n, f in conn.execute(
        pairs.where(where).group_by(start, i.c.actor1_id, i.c.actor2_id)
    ).tuples():
        add((day, a1), n, f)
        if a2 is not None and a2 != a1:
            add((day, a2), n, f)
    link = s.incident_actors
    others = (
        select(i.c.id, link.c.actor_id)
        .select_from(i.join(link, link.c.incident_id == i.c.id))
        .where(where, link.c.actor_id != i.c.actor1_id)
        .where(or_(i.c.actor2_id.is_(None), link.c.actor_id != i.c.actor2_id))
        .distinct()
        .subquery("others")
    )
    assoc = (
        select(start, others.c.actor_id, func.count(), fatal)
        .select_from(i.join(others, others.c.id == i.c.id))
        .group_by(start, others.c.actor_id)
    )
    for day, actor, n, f in conn.execute(assoc).tuples():
        add((day, actor), n, f)
    return [(day, names[a], n, f) for (day, a), (n, f) in sums.items()]


def _cells(raw: Any, unit: Unit) -> list[TrendCell]:
    """TrendCells from (bin, key, incidents, fatalities) rows, where a bin is a week number
    (JDN // 7) or a month ("2024-03"): a month in weekly bins is imprecise."""
    dated: dict[Any, tuple[dt.date, bool]] = {}
    sums: dict[tuple[dt.date, str, bool], list[int]] = {}
    for group, key, n, f in raw:
        where = dated.get(group)
        if where is None:
            if isinstance(group, int):
                where = (dt.date.fromordinal(group * 7 - _JDN_TO_ORDINAL), False)
            else:
                first = dt.date(int(group[:4]), int(group[5:7]), 1)
                where = (first, True) if unit is Unit.WEEK else (bin_start(first, unit), False)
            dated[group] = where
        cell = sums.get((where[0], key or "", where[1]))
        if cell is None:
            sums[(where[0], key or "", where[1])] = [n, int(f)]
        else:
            cell[0] += n
            cell[1] += int(f)
    return [TrendCell(d, k, c, n, f) for (d, k, c), (n, f) in sums.items()]
