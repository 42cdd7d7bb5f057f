"""Writing incidents: one path for a single save and for a bulk load of 100,000.

Rows go in with ``executemany`` over the raw driver (per-object ORM inserts run about
20x slower). Ids are allocated up front inside the write transaction, so the child rows
(associated actors, tags, sources) need no round trip per incident; the full-text index is
filled by SQL from the rows just written. A creation
needs no revision row: the incident's own created_at/created_by record it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sized
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.errors import Problem, ValidationError
from sahel_desk.domain.incident import Incident
from sahel_desk.domain.text import clean, fold
from sahel_desk.reference.gazetteer import canonical_admin
from sahel_desk.store import search
from sahel_desk.store import tables as s
from sahel_desk.store.engine import ANALYSIS_LIMIT
from sahel_desk.store.rowmap import STORED_TIME, utcnow

Progress = Callable[[int], None]
BULK_CACHE_KIB = 128 * 1024
BIG_LOAD = 20_000
BATCH = 5000  # incidents per executemany round, and per search-index round


def _sql_insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


INCIDENT_COLS = (
    "id",
    "uuid",
    "external_id",
    "external_timestamp",
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "original_event_type",
    "actor1_id",
    "inter1",
    "actor2_id",
    "inter2",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "place_ref",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "notes",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "deleted",
)
SQL_INCIDENT = _sql_insert("incidents", INCIDENT_COLS)
SQL_ASSOC = _sql_insert("incident_actors", ("incident_id", "side", "position", "actor_id"))
SQL_TAG = _sql_insert("incident_tags", ("incident_id", "tag_id"))
SQL_BULK_INDEXES = (  # (name, sql) of the secondary indexes a big load drops and rebuilds
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
    "AND tbl_name IN ('incidents', 'incident_tags', 'incident_actors', 'sources')"
)
SQL_SOURCE = _sql_insert("sources", ("incident_id", "position", "name", "date", "url", "scale"))


@dataclass
class Registry:
    """Actor and tag ids by key, loaded once per write transaction."""

    actor_ids: dict[str, int] = field(default_factory=dict)  # folded name or alias -> id
    actor_names: dict[int, str] = field(default_factory=dict)
    tag_ids: dict[str, int] = field(default_factory=dict)
    by_spelling: dict[str, int] = field(default_factory=dict)  # exact text -> id, a cache
    tag_sets: dict[frozenset[str], tuple[int, ...]] = field(default_factory=dict)
    admin_names: dict[str, str] = field(default_factory=dict)
    # called before the registry writes: a bulk load's indexing must end first (Indexer)
    before_write: Callable[[], None] | None = None

    @classmethod
    def load(cls, conn: Connection) -> Registry:
        reg = cls()
        for actor_id, name, key in conn.execute(
            select(s.actors.c.id, s.actors.c.name, s.actors.c.key)
        ):
            reg.actor_ids.setdefault(key, actor_id)
            reg.actor_names[actor_id] = name
        for actor_id, key in conn.execute(
            select(s.actor_aliases.c.actor_id, s.actor_aliases.c.key)
        ):
            reg.actor_ids.setdefault(key, actor_id)
        reg.tag_ids = dict(conn.execute(select(s.tags.c.code, s.tags.c.id)).all())
        return reg

    def actor_id(
        self, conn: Connection, name: str, actor_type: ActorType | None, field: str = "actor1"
    ) -> int:
        """The registry actor ``name`` stands for, created (with its type) when unknown."""
        found = self.by_spelling.get(name)  # a bulk load repeats a few spellings many times
        if found is not None:
            return found
        key = fold(name)
        if not key:
            raise ValidationError([Problem(field, f"“{name}” is not an actor name")])
        found = self.actor_ids.get(key)
        if found is None:
            display = clean(name)
            if self.before_write is not None:
                self.before_write()
            found = conn.execute(
                s.actors.insert().values(
                    name=display, key=key, actor_type=int(actor_type) if actor_type else None
                )
            ).inserted_primary_key[0]
            self.actor_ids[key] = found
            self.actor_names[found] = display
        self.by_spelling[name] = found
        return found

    def admin(self, name: str) -> str:
        """The gazetteer's spelling of an admin unit ("Timbuktu", "tombouctou" -> Tombouctou)."""
        found = self.admin_names.get(name)
        if found is None:
            found = self.admin_names[name] = canonical_admin(name)
        return found

    def tag_set(self, codes: frozenset[str]) -> tuple[int, ...]:
        """Tag ids of ``codes``; the same few combinations recur across a bulk load."""
        found = self.tag_sets.get(codes)
        if found is None:
            found = self.tag_sets[codes] = tuple(sorted(self.tag_id(c) for c in codes))
        return found

    def tag_id(self, code: str) -> int:
        try:
            return self.tag_ids[code]
        except KeyError:
            raise ValidationError([Problem("tags", f"unknown tag “{code}”")]) from None


@dataclass
class Batch:
    """Rows for one executemany round, per table."""

    incidents: list[tuple[Any, ...]] = field(default_factory=list)
    assoc: list[tuple[Any, ...]] = field(default_factory=list)
    tags: list[tuple[Any, ...]] = field(default_factory=list)
    sources: list[tuple[Any, ...]] = field(default_factory=list)

    def flush(self, conn: Connection) -> None:
        for sql, rows in (
            (SQL_INCIDENT, self.incidents),
            (SQL_ASSOC, self.assoc),
            (SQL_TAG, self.tags),
            (SQL_SOURCE, self.sources),
        ):
            if rows:
                conn.exec_driver_sql(sql, rows)
                rows.clear()


class Resolved(NamedTuple):
    """An incident's actors as (registry id, registry name) pairs, its admin names canonical."""

    actor1: tuple[int, str]
    actor2: tuple[int, str] | None
    assoc1: tuple[tuple[int, str], ...]
    assoc2: tuple[tuple[int, str], ...]
    admin1: str
    admin2: str

    def names(self, incident: Incident) -> Incident:
        """``incident`` with actors and admin units written as the registries write them."""
        return incident.with_changes(
            actor1=self.actor1[1],
            actor2=self.actor2[1] if self.actor2 else None,
            assoc_actor1=tuple(name for _, name in self.assoc1),
            assoc_actor2=tuple(name for _, name in self.assoc2),
            place=replace(incident.place, admin1=self.admin1, admin2=self.admin2),
        )


def resolve(conn: Connection, reg: Registry, incident: Incident) -> Resolved:
    names = reg.actor_names
    a1 = reg.actor_id(conn, incident.actor1, incident.inter1)
    a2 = reg.actor_id(conn, incident.actor2, incident.inter2, "actor2") if incident.actor2 else None
    assoc = []
    for where, side in (
        ("assoc_actor1", incident.assoc_actor1),
        ("assoc_actor2", incident.assoc_actor2),
    ):
        # The same actor twice in one field is one associated actor.
        ids = dict.fromkeys(reg.actor_id(conn, n, None, where) for n in side) if side else ()
        assoc.append(tuple((n, names[n]) for n in ids))
    place = incident.place
    return Resolved(
        (a1, names[a1]),
        (a2, names[a2]) if a2 is not None else None,
        assoc[0],
        assoc[1],
        reg.admin(place.admin1),
        reg.admin(place.admin2),
    )


def stage(reg: Registry, batch: Batch, incident: Incident, r: Resolved, incident_id: int) -> None:
    """Queue the child rows of ``incident`` under ``incident_id``."""
    for side, actors in ((1, r.assoc1), (2, r.assoc2)):
        for position, (actor_id, _) in enumerate(actors):
            batch.assoc.append((incident_id, side, position, actor_id))
    for tag_id in reg.tag_set(incident.tags):
        batch.tags.append((incident_id, tag_id))
    for position, src in enumerate(incident.sources):
        batch.sources.append(
            (
                incident_id,
                position,
                src.name,
                src.date.isoformat() if src.date else None,
                src.url,
                src.scale,
            )
        )


def row_tuple(
    incident: Incident,
    r: Resolved,
    incident_id: int,
    author: str,
    now: str,
    created: tuple[str, str] | None = None,
) -> tuple[Any, ...]:
    """The ``incidents`` row in INCIDENT_COLS order; times as SQLAlchemy's SQLite strings."""
    p = incident.place
    created_at, created_by = created or (now, author)
    return (
        incident_id,
        incident.uuid,
        incident.external_id,
        incident.external_timestamp,
        incident.date.day.isoformat(),
        int(incident.date.precision),
        incident.event_type,
        incident.sub_event_type,
        incident.original_event_type,
        r.actor1[0],
        None if incident.inter1 is None else int(incident.inter1),
        r.actor2[0] if r.actor2 else None,
        None if incident.inter2 is None else int(incident.inter2),
        int(incident.civilian_targeting),
        p.country,
        r.admin1,
        r.admin2,
        p.admin3,
        p.location,
        p.latitude,
        p.longitude,
        int(incident.geo_precision),
        p.ref,
        incident.fatalities,
        incident.fatalities_low,
        incident.fatalities_high,
        incident.notes,
        created_at,
        created_by,
        now,
        author,
        int(incident.deleted),
    )


_KEEP_ON_UPDATE = frozenset({"id", "created_at", "created_by", "deleted"})
_UPDATED = tuple(c for c in INCIDENT_COLS if c not in _KEEP_ON_UPDATE)
SQL_UPDATE = f"UPDATE incidents SET {', '.join(f'{c} = ?' for c in _UPDATED)} WHERE id = ?"


def update_row(
    conn: Connection, incident: Incident, r: Resolved, incident_id: int, author: str, now: str
) -> None:
    """Rewrite the ``incidents`` row from ``incident``: the same mapping as an insert."""
    values = dict(zip(INCIDENT_COLS, row_tuple(incident, r, incident_id, author, now), strict=True))
    conn.exec_driver_sql(SQL_UPDATE, (*(values[c] for c in _UPDATED), incident_id))


def timestamp(value: dt.datetime) -> str:
    """The text form SQLAlchemy's SQLite DateTime writes and reads back."""
    return value.strftime(STORED_TIME)


def next_id(conn: Connection) -> int:
    """The next unused incident id, never one a purged incident had (AUTOINCREMENT's rule)."""
    used = conn.exec_driver_sql(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'incidents'), 0), "
        "coalesce((SELECT max(id) FROM incidents), 0))"
    ).scalar()
    return int(used or 0) + 1


def insert_many(
    conn: Connection,
    incidents: Iterable[Incident],
    *,
    author: str,
    check: Callable[[Incident], object] | None = None,
    progress: Progress | None = None,
    batch_size: int | None = None,
    expected: int | None = None,
    first_id: int | None = None,
) -> list[int]:
    """Insert every incident (validated by ``check`` first); return their new ids in order:
    the next unused ones, or from ``first_id`` on (ids the caller knows are free)."""
    reg = Registry.load(conn)
    incident_id = next_id(conn) if first_id is None else first_id
    # A load as large as what is there already goes faster without secondary indexes, which
    # are rebuilt (in the same transaction) at the end; a small one keeps them.
    if expected is None and isinstance(incidents, Sized):
        expected = len(incidents)
    big = expected is not None and expected >= max(BIG_LOAD, _count(conn))
    indexes = _drop_indexes(conn) if big else []
    # Index pages of a large load stay in memory instead of being re-read per batch.
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        ids = _load(conn, reg, incidents, incident_id, author, check, progress, batch_size or BATCH)
        for sql in indexes:
            conn.exec_driver_sql(sql)
        if big:  # the planner's statistics, so sorts and filters pick the right index
            conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
            conn.exec_driver_sql("ANALYZE")
    finally:
        conn.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default, for the pool
    return ids


def _load(
    conn: Connection,
    reg: Registry,
    incidents: Iterable[Incident],
    first_id: int,
    author: str,
    check: Callable[[Incident], object] | None,
    progress: Progress | None,
    batch_size: int,
) -> list[int]:
    batch = Batch()
    now = timestamp(utcnow())
    ids: list[int] = []
    incident_id = batch_start = first_id
    indexer = reg.before_write = Indexer(conn)
    try:
        for incident in incidents:
            if check is not None:
                check(incident)
            r = resolve(conn, reg, incident)
            batch.incidents.append(row_tuple(incident, r, incident_id, author, now))
            stage(reg, batch, incident, r, incident_id)
            ids.append(incident_id)
            incident_id += 1
            if len(batch.incidents) >= batch_size:
                indexer()
                batch.flush(conn)
                indexer.index(batch_start, incident_id - 1)
                batch_start = incident_id
                if progress:
                    progress(len(ids))
        indexer()
        batch.flush(conn)
        if incident_id > batch_start:
            search.index_range(conn, batch_start, incident_id - 1)
    finally:
        reg.before_write = None
        indexer.close()
    if progress:
        progress(len(ids))
    return ids


class Indexer:
    """The search index of a bulk load's batch, filled on a second thread while the next
    batch is made in Python: SQLite lets go of Python's lock while it indexes (a tenth of
    a 100,000-row import). One connection: calling the indexer waits for the batch in hand,
    and must come before anything else runs SQL on it."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._pool: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None

    def __call__(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()  # its error, raised here: the transaction is rolled back

    def index(self, first: int, last: int) -> None:
        self()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="sahel-index")
        self._pending = self._pool.submit(search.index_range, self._conn, first, last)

    def close(self) -> None:
        """Wait for the batch in hand (its error matters only if nothing else went wrong)
        and let the thread go."""
        try:
            with contextlib.suppress(Exception):
                self()
        finally:
            if self._pool is not None:
                self._pool.shutdown()


def _count(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT count(*) FROM incidents").scalar() or 0)


def _drop_indexes(conn: Connection) -> list[str]:
    """Drop the secondary indexes a bulk load maintains; return the SQL that recreates them."""
    rows = conn.exec_driver_sql(SQL_BULK_INDEXES).all()
    for name, _ in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]
