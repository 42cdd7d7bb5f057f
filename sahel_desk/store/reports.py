"""store.reports: GROUP BY counts for the stats command, charts and export summaries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, and_, func, literal, or_, select

from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import schema as s
from sahel_desk.store.filters import conditions
from sahel_desk.store.session import Session

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
