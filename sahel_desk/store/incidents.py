"""store.incidents: read, save, trash and restore incidents, with their history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, or_, select, update

from sahel_desk.domain import validation
from sahel_desk.domain.errors import NotFoundError, Problem, SahelDeskError, ValidationError
from sahel_desk.domain.flat import FlatIncident
from sahel_desk.domain.history import Action, Changes
from sahel_desk.domain.incident import DatePrecision, EventDate, Incident
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.domain.text import fold, fold_cached
from sahel_desk.store import rowmap, search, touched, writer
from sahel_desk.store import tables as s
from sahel_desk.store.filters import conditions, count_select, id_select, listed
from sahel_desk.store.session import Session

i = i_ = s.incidents  # i_ where a loop variable is called i


def _actor_keys(reg: writer.Registry, incident: Incident) -> frozenset[int | str]:
    """The two main actors, order-free, as registry ids (unknown names by their key)."""
    keys: set[int | str] = set()
    for name in (incident.actor1, incident.actor2):
        if name:
            key = fold(name)
            keys.add(reg.actor_ids.get(key, key))
    return frozenset(keys)


@dataclass(frozen=True)
class DuplicateKey:
    id: int
    first_day: dt.date
    last_day: dt.date
    place_key: str  # folded location
    actors: frozenset[str]  # folded names of actor 1 and actor 2
    deleted: bool = False  # in the trash


class ConflictError(SahelDeskError):
    """Someone else saved the incident after it was opened; saving would lose their change."""


class IncidentRepo:
    def __init__(self, session: Session):
        self._session = session

    # ---- reading -------------------------------------------------------------------------
    def get(self, incident_id: int) -> Incident:
        with self._session.read() as conn:
            found = rowmap.load(conn, [incident_id])
        if not found:
            raise NotFoundError(f"there is no incident {incident_id}")
        return found[0]

    def get_many(self, ids: Sequence[int]) -> list[Incident]:
        with self._session.read() as conn:
            return rowmap.load(conn, list(ids))

    def id_of_uuid(self, uuid: str) -> int | None:
        with self._session.read() as conn:
            return conn.execute(select(i.c.id).where(i.c.uuid == uuid)).scalar()

    def by_uuid(self, uuids: Sequence[str]) -> dict[str, Incident]:
        """The stored incidents (trash included) with these uuids, by uuid."""
        return {i.uuid: i for i in self._by_column(i_.c.uuid, uuids)}

    def by_external_id(self, external_ids: Sequence[str]) -> dict[str, Incident]:
        """The stored incidents (trash included) with these ACLED/UCDP ids, by id."""
        return {i.external_id: i for i in self._by_column(i_.c.external_id, external_ids)}  # type: ignore[misc]

    def _by_column(self, column: Any, values: Sequence[str]) -> list[Incident]:
        given = listed(v for v in values if v)  # one statement, not 900 values at a time
        with self._session.read() as conn:
            ids = list(conn.execute(select(i_.c.id).where(column.in_(given))).scalars())
            return rowmap.load(conn, ids)

    def duplicate_keys(self, first: dt.date, last: dt.date) -> list[DuplicateKey]:
        """What the duplicate rule compares, for every incident (trash included: an event
        someone deleted must not come back unnoticed) whose dates may fall between ``first``
        and ``last``: cheap enough to check a whole import in memory."""
        window = IncidentQuery(date_from=first, date_to=last, include_deleted=True)
        a1, a2 = s.actors.alias("a1"), s.actors.alias("a2")
        sql = (
            select(i_.c.id, i_.c.event_date, i_.c.date_precision, i_.c.location)
            .add_columns(a1.c.name, a2.c.name, i_.c.deleted)
            .join(a1, a1.c.id == i_.c.actor1_id)
            .outerjoin(a2, a2.c.id == i_.c.actor2_id)
        )
        with self._session.read() as conn:
            rows = conn.execute(sql.where(*conditions(conn, window))).all()
        out = []
        for incident_id, day, precision, location, actor1, actor2, deleted in rows:
            date = EventDate(day, DatePrecision(precision))
            actors = frozenset(fold_cached(a) for a in (actor1, actor2) if a)
            place = fold_cached(location)
            out.append(
                DuplicateKey(incident_id, date.first_day, date.last_day, place, actors, deleted)
            )
        return sorted(out, key=lambda key: key.deleted)  # a live match is named first

    def notes_of(self, ids: Sequence[int]) -> dict[int, str]:
        """The notes of these incidents (trash included), without loading the incidents."""
        found: dict[int, str] = {}
        with self._session.read() as conn:
            for start in range(0, len(ids), 900):
                chunk = list(ids[start : start + 900])
                rows = conn.execute(select(i_.c.id, i_.c.notes).where(i_.c.id.in_(chunk)))
                found.update((incident_id, notes or "") for incident_id, notes in rows)
        return found

    def ids(self, query: IncidentQuery, offset: int = 0, limit: int | None = None) -> list[int]:
        with self._session.read() as conn:
            sql = id_select(conn, query).offset(offset)
            if limit is not None:
                sql = sql.limit(limit)
            return list(conn.execute(sql).scalars())

    def page(self, query: IncidentQuery, offset: int = 0, limit: int = 200) -> list[Incident]:
        with self._session.read() as conn:
            ids = list(conn.execute(id_select(conn, query).offset(offset).limit(limit)).scalars())
            return rowmap.load(conn, ids)

    def stream_flat(self, query: IncidentQuery, chunk: int = 2000) -> Iterator[FlatIncident]:
        """Like ``stream``, as flat records read straight from SQL: what exports write."""
        with self._session.read() as conn:
            ids = list(conn.execute(id_select(conn, query)).scalars())
            for start in range(0, len(ids), chunk):
                yield from rowmap.load_flat(conn, ids[start : start + chunk])

    def stream(self, query: IncidentQuery, chunk: int = 2000) -> Iterator[Incident]:
        """Every incident ``query`` selects, in its order, read in chunks from one snapshot
        (an export sees the database as it was when it began, whatever is saved meanwhile)."""
        with self._session.read() as conn:
            ids = list(conn.execute(id_select(conn, query)).scalars())
            for start in range(0, len(ids), chunk):
                yield from rowmap.load(conn, ids[start : start + chunk])

    def similar(self, incident: Incident) -> list[Incident]:
        """Incidents that may be the same event: ACLED's aggregation rule (same day within
        either date's precision, same place, same actors in any order). The incident itself
        (same id) is left out; so is the trash."""
        window = IncidentQuery(date_from=incident.date.first_day, date_to=incident.date.last_day)
        with self._session.read() as conn:
            where = [*conditions(conn, window), i.c.id.is_not(incident.id)]
            place = incident.place
            same_name = func.lower(i.c.location) == place.location.strip().lower()
            # The same place picked from the gazetteer, or written the same way (one of the two
            # records may be unverified: Bakara typed, Bakara picked).
            where.append(or_(i.c.place_ref == place.ref, same_name) if place.ref else same_name)
            ids = list(conn.execute(select(i.c.id).where(*where).limit(50)).scalars())
            candidates = rowmap.load(conn, ids)
            reg = writer.Registry.load(conn)
        mine = _actor_keys(reg, incident)
        return [c for c in candidates if _actor_keys(reg, c) == mine]

    def count(self, query: IncidentQuery | None = None) -> int:
        with self._session.read() as conn:
            return conn.execute(count_select(conn, query or IncidentQuery())).scalar_one()

    # ---- writing -------------------------------------------------------------------------
    def add(self, incident: Incident) -> Incident:
        """Validate and save a new incident; returns it as stored (id, registry actor names)."""
        validation.check(incident)
        with self._session.write() as conn:
            (new_id,) = writer.insert_many(conn, [incident], author=self._session.author)
            return rowmap.load(conn, [new_id])[0]

    def add_many(
        self,
        incidents: Iterable[Incident],
        *,
        validate: bool = True,
        progress: writer.Progress | None = None,
        expected: int | None = None,
    ) -> list[int]:
        """Bulk insert in one transaction: all incidents or none. Returns the new ids.

        ``incidents`` may be a generator (memory stays flat); ``expected``, its length when
        known, lets a large load take the fast path.
        """
        today = dt.date.today()
        count = expected if expected is not None else (
            len(incidents) if isinstance(incidents, Sized) else None
        )  # fmt: skip
        # a bulk load is not noted for the charts' columns (read whole after it anyway)
        with self._session.write(note=count is not None and count <= touched.MOST) as conn:
            return writer.insert_many(
                conn,
                incidents,
                author=self._session.author,
                check=(lambda incident: validation.check(incident, today)) if validate else None,
                progress=progress,
                expected=expected,
            )

    def update(self, incident: Incident) -> Incident:
        """Save an edited incident; one revision row per changed field, in the same transaction.

        Refuses (ConflictError) when the stored copy changed since ``incident`` was read, so
        ``incident`` must come from the store (its ``updated_at`` is the version it was read at).
        """
        if incident.id is None:
            raise NotFoundError("this incident has not been saved yet")
        validation.check(incident)
        author = self._session.author
        with self._session.write() as conn:
            stored = rowmap.load(conn, [incident.id])
            if not stored:
                raise NotFoundError(f"there is no incident {incident.id}")
            old = stored[0]
            if incident.uuid != old.uuid:
                raise ValidationError([Problem("uuid", "an incident's UUID never changes")])
            if old.updated_at != incident.updated_at:
                raise ConflictError(
                    f"incident {incident.id} was changed by {old.updated_by} at "
                    f"{old.updated_at:%Y-%m-%d %H:%M} UTC after you opened it; reopen it to "
                    "see their change"
                )
            reg = writer.Registry.load(conn)
            if not rewrite(conn, reg, old, incident, rowmap.Step.now(author)):
                return old
            return rowmap.load(conn, [old.id])[0]

    def retag(
        self,
        ids: Iterable[int],
        add: frozenset[str] = frozenset(),
        remove: frozenset[str] = frozenset(),
    ) -> Changes:
        """Add and remove tags on many incidents in one transaction, with a history row each."""
        wanted = sorted(set(ids))
        author = self._session.author
        with self._session.write() as conn:
            reg = writer.Registry.load(conn)
            add_ids = {reg.tag_id(code) for code in add}
            remove_ids = {reg.tag_id(code) for code in remove}
            code_of = {v: k for k, v in reg.tag_ids.items()}
            current: dict[int, set[int]] = {n: set() for n in wanted}
            it = s.incident_tags
            for incident_id, tag_id in conn.execute(
                select(it.c.incident_id, it.c.tag_id).where(it.c.incident_id.in_(wanted))
            ):
                current[incident_id].add(tag_id)
            present = set(conn.execute(select(i.c.id).where(i.c.id.in_(wanted))).scalars())
            step = rowmap.Step.now(author)
            touched = []
            for incident_id in wanted:
                if incident_id not in present:
                    continue
                before = current[incident_id]
                after = (before | add_ids) - remove_ids
                if after == before:
                    continue
                touched.append(incident_id)
                for tag_id in after - before:
                    conn.execute(it.insert().values(incident_id=incident_id, tag_id=tag_id))
                if before - after:
                    conn.execute(
                        delete(it).where(
                            it.c.incident_id == incident_id, it.c.tag_id.in_(before - after)
                        )
                    )
                conn.execute(
                    s.revisions.insert().values(
                        step.revision(
                            incident_id,
                            Action.UPDATE,
                            "tags",
                            sorted(code_of[t] for t in before),
                            sorted(code_of[t] for t in after),
                        )
                    )
                )
            if touched:
                conn.execute(
                    update(i)
                    .where(i.c.id.in_(touched))
                    .values(updated_at=step.at, updated_by=author)
                )
        return Changes(incidents=frozenset(touched), change_id=step.change_id)

    def delete(self, ids: Iterable[int]) -> Changes:
        """Move to the trash (nothing is destroyed; ``restore`` brings them back)."""
        return self._set_deleted(ids, True)

    def restore(self, ids: Iterable[int]) -> Changes:
        return self._set_deleted(ids, False)

    def _set_deleted(self, ids: Iterable[int], deleted: bool) -> Changes:
        wanted = sorted(set(ids))
        action = Action.DELETE if deleted else Action.RESTORE
        author = self._session.author
        with self._session.write() as conn:
            hit = list(
                conn.execute(
                    select(i.c.id).where(i.c.id.in_(wanted), i.c.deleted.is_(not deleted))
                ).scalars()
            )
            if not hit:
                return Changes()
            step = rowmap.Step.now(author)
            conn.execute(
                update(i)
                .where(i.c.id.in_(hit))
                .values(deleted=deleted, updated_at=step.at, updated_by=author)
            )
            conn.execute(s.revisions.insert(), [step.revision(n, action) for n in hit])
        return Changes(incidents=frozenset(hit), change_id=step.change_id)

    def purge(self, ids: Iterable[int] | None = None) -> int:
        """Destroy incidents that are in the trash (all of them when ``ids`` is None).

        Incidents not in the trash are never touched. secure_delete overwrites the freed pages.
        """
        with self._session.write() as conn:
            where = [i.c.deleted.is_(True)]
            if ids is not None:
                where.append(i.c.id.in_(sorted(set(ids))))
            doomed = list(conn.execute(select(i.c.id).where(*where)).scalars())
            destroy(conn, doomed)
            return len(doomed)

    def last_modified(self) -> dt.datetime | None:
        with self._session.read() as conn:
            return conn.execute(select(func.max(i.c.updated_at))).scalar()


# ---- the write steps other store modules share (store.imports) ----------------------------
def rewrite(
    conn: Connection, reg: writer.Registry, old: Incident, incident: Incident, step: rowmap.Step
) -> list[str]:
    """Write ``incident`` over the stored ``old`` (same id): the row, its actors, tags and
    sources, the search index, and one revision row per changed field, all stamped ``step``.

    Returns the changed fields; nothing is written when there are none. No conflict check:
    the caller decided (``IncidentRepo.update`` compares ``updated_at`` first).
    """
    assert old.id is not None
    r = writer.resolve(conn, reg, incident)
    named = r.names(incident)
    before, after = rowmap.flat(old), rowmap.flat(named)
    changed = [f for f in rowmap.TRACKED if before[f] != after[f]]
    if not changed:
        return changed
    search.unindex(conn, [old.id])  # while the view still shows the indexed text
    writer.update_row(conn, named, r, old.id, step.author, writer.timestamp(step.at))
    for table in (s.incident_actors, s.incident_tags, s.sources):
        conn.execute(delete(table).where(table.c.incident_id == old.id))
    batch = writer.Batch()
    writer.stage(reg, batch, named, r, old.id)
    batch.flush(conn)
    search.index_range(conn, old.id, old.id)
    conn.execute(
        s.revisions.insert(),
        [step.revision(old.id, Action.UPDATE, f, before[f], after[f]) for f in changed],
    )
    return changed


def destroy(conn: Connection, ids: Sequence[int]) -> None:
    """Delete these incidents for good: index entries first, then the rows (their actors, tags,
    sources and revisions go with them, ON DELETE CASCADE)."""
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        search.unindex(conn, chunk)
        conn.execute(delete(i).where(i.c.id.in_(chunk)))
