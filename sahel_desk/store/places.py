"""store.places: the gazetteer in SQL, searched accent-insensitively by word prefix."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select

from sahel_desk.domain.places import GazetteerEntry, PlaceKind
from sahel_desk.domain.text import fold
from sahel_desk.reference.gazetteer import canonical_admin
from sahel_desk.store import tables as s
from sahel_desk.store.session import Session

_KIND_ORDER = case(
    {"admin1": 0, "admin2": 1, "admin3": 2, "settlement": 3}, value=s.places.c.kind, else_=4
)


class PlaceRepo:
    def __init__(self, session: Session):
        self._session = session

    def search(self, text: str, limit: int = 20) -> list[GazetteerEntry]:
        """Places any of whose names has a word starting with ``text`` ("segou", "Timbuk").

        Exact names first, then regions before cercles before settlements, then by population.
        """
        key = fold(text)
        if not key:
            return []
        p, k = s.places, s.place_keys
        best_exact = func.max(case((k.c.key == key, 1), else_=0))
        query = (
            select(p, best_exact.label("hit"))
            .join(k, k.c.ref == p.c.ref)
            .where(k.c.key >= key, k.c.key < key + "\U0010ffff")
            .group_by(p.c.ref)
            .order_by(best_exact.desc(), _KIND_ORDER, p.c.population.desc().nulls_last(), p.c.name)
            .limit(limit)
        )
        with self._session.read() as conn:
            return [_entry(row) for row in conn.execute(query)]

    def find(
        self, name: str, admin1: str | None = None, admin2: str | None = None
    ) -> list[GazetteerEntry]:
        """Places called exactly ``name`` (any spelling), narrowed by region and cercle."""
        p, k = s.places, s.place_keys
        query = (
            select(p)
            .join(k, k.c.ref == p.c.ref)
            .where(k.c.key == fold(name), k.c.exact.is_(True))
            .order_by(_KIND_ORDER, p.c.population.desc().nulls_last(), p.c.ref)
        )
        rows = []
        with self._session.read() as conn:
            rows = [_entry(row) for row in conn.execute(query)]
        if admin1:
            want = fold(canonical_admin(admin1))
            rows = [r for r in rows if fold(r.admin1) == want]
        if admin2:
            want = fold(canonical_admin(admin2))
            rows = [r for r in rows if fold(r.admin2) == want]
        return rows

    def get(self, ref: str) -> GazetteerEntry | None:
        with self._session.read() as conn:
            row = conn.execute(select(s.places).where(s.places.c.ref == ref)).first()
        return _entry(row) if row else None

    def admin1_names(self, country: str | None = None) -> list[str]:
        query = select(s.places.c.name).where(s.places.c.kind == PlaceKind.ADMIN1.value)
        if country:
            query = query.where(s.places.c.country == country)
        with self._session.read() as conn:
            return sorted(set(conn.execute(query).scalars()))

    def admin_units(self) -> list[tuple[str, str, str]]:
        """(country, region, cercle) of every region and cercle the gazetteer knows, sorted;
        a region's own row has "" for the cercle."""
        p = s.places.c
        query = select(p.country, p.admin1, case((p.kind == "admin2", p.name), else_="")).where(
            p.kind.in_((PlaceKind.ADMIN1.value, PlaceKind.ADMIN2.value)), p.admin1 != ""
        )
        with self._session.read() as conn:
            return sorted(set(conn.execute(query).tuples()))

    def count(self) -> int:
        with self._session.read() as conn:
            return conn.execute(select(func.count()).select_from(s.places)).scalar_one()


def _entry(row: Any) -> GazetteerEntry:
    return GazetteerEntry(
        ref=row.ref,
        name=row.name,
        kind=PlaceKind(row.kind),
        country=row.country,
        admin1=row.admin1,
        admin2=row.admin2,
        admin3=row.admin3,
        latitude=row.latitude,
        longitude=row.longitude,
        alt_names=tuple(n for n in row.alt_names.split("|") if n),
        population=row.population,
    )
