"""store.reports: GROUP BY counts for the stats command, charts and export summaries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, and_, func, select

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
