"""store.actors, store.history: the registries incidents point into (store.tags: tags.py)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, or_, select

from sahel_desk.domain.actors import Actor, ActorType
from sahel_desk.domain.history import Action, Revision, as_carried, same_version
from sahel_desk.domain.text import fold
from sahel_desk.store import rowmap
from sahel_desk.store import tables as s
from sahel_desk.store.filters import listed
from sahel_desk.store.session import Session


class ActorRepo:
    def __init__(self, session: Session):
        self._session = session

    def spellings(self) -> list[str]:
        """Every actor's name and aliases, sorted: what a field completes actor names from."""
        return sorted({n for a in self.all() for n in (a.name, *a.aliases)})

    def all(self) -> list[Actor]:
        with self._session.read() as conn:
            aliases: dict[int, list[str]] = {}
            for actor_id, alias in conn.execute(
                select(s.actor_aliases.c.actor_id, s.actor_aliases.c.alias).order_by(
                    s.actor_aliases.c.id
                )
            ):
                aliases.setdefault(actor_id, []).append(alias)
            rows = conn.execute(select(s.actors).order_by(s.actors.c.name)).all()
        return [
            Actor(
                name=row.name,
                actor_type=ActorType(row.actor_type) if row.actor_type else None,
                aliases=tuple(aliases.get(row.id, ())),
                country=row.country,
                description=row.description,
                id=row.id,
            )
            for row in rows
        ]

    def match(self, text: str) -> str | None:
        """The registry name for ``text`` (a name or an alias, written any way), or None."""
        key = fold(text)
        if not key:
            return None
        a, al = s.actors, s.actor_aliases
        query = (
            select(a.c.name)
            .outerjoin(al, al.c.actor_id == a.c.id)
            .where(or_(a.c.key == key, al.c.key == key))
            .order_by((a.c.key == key).desc())
            .limit(1)
        )
        with self._session.read() as conn:
            return conn.execute(query).scalar()


class HistoryRepo:
    def __init__(self, session: Session):
        self._session = session

    def for_incident(self, incident_id: int) -> list[Revision]:
        """Every recorded change of one incident, oldest first, starting with its creation.

        The creation is read from the incident's own created_at/created_by (a bulk load of
        100,000 incidents does not write 100,000 revision rows saying the same thing).
        """
        r, i, it, b = s.revisions, s.incidents, s.import_items, s.import_batches
        query = select(r).where(r.c.incident_id == incident_id).order_by(r.c.id)
        with self._session.read() as conn:
            born = conn.execute(
                select(i.c.uuid, i.c.created_at, i.c.created_by).where(i.c.id == incident_id)
            ).first()
            if born is None:
                return []
            # an import stamps what it writes with its own time and author: which file
            batches = conn.execute(
                select(b.c.id, b.c.file_name, b.c.imported_at, b.c.author)
                .join(it, it.c.batch_id == b.c.id)
                .where(it.c.incident_uuid == born.uuid)
            ).all()
            files = {(at, author): name for _, name, at, author in batches}

            def imported_from(at: dt.datetime, author: str, change_id: str = "") -> str | None:
                # by the batch's time; or, once a redo renewed it, by the change id the
                # first writing gave its revisions
                found = files.get((at, author))
                if found is None and change_id[14:15] == "5":  # a uuid5: perhaps an import's
                    found = next((name for batch_id, name, _, _ in batches
                                  if rowmap.import_change_id(batch_id, at) == change_id),
                                 None)  # fmt: skip
                return found

            created = Revision(
                incident_id,
                "",
                born.created_at,
                born.created_by,
                Action.CREATE,
                imported_from=imported_from(born.created_at, born.created_by),
            )
            return [
                created,
                *(
                    Revision(
                        incident_id=row.incident_id,
                        change_id=row.change_id,
                        at=row.at,
                        author=row.author,
                        action=Action(row.action),
                        field=row.field,
                        old=row.old,
                        new=row.new,
                        imported_from=imported_from(row.at, row.author, row.change_id),
                    )
                    for row in conn.execute(query)
                ),
            ]

    def bases(self, since: Mapping[int, dt.datetime]) -> dict[int, Base]:
        """For each incident id, what each field changed here after its time held before
        that first change, as ``rowmap.flat`` values: the version a copy made at that time
        started from, for the fields changed since (a three-way merge's base).

        Times are naive UTC file times, compared as precisely as each was carried
        (``as_carried``). A change an import wrote is marked: it may be the other side's own
        change coming back, not one made here.
        """
        if not since:
            return {}
        r, b = s.revisions, s.import_batches
        # by time alone (not by change id, as for_incident): a redo renews the batch's time
        # and rewrites the same fields, so its own rows say which fields an import changed
        by_import = exists().where(b.c.imported_at == r.c.at)
        query = (
            select(r.c.incident_id, r.c.field, r.c.old, r.c.at, by_import)
            .where(
                r.c.incident_id.in_(listed(since)),
                r.c.action == Action.UPDATE.value,
                r.c.field.is_not(None),
            )
            .order_by(r.c.id)
        )
        found: dict[int, Base] = {}
        with self._session.read() as conn:
            for incident_id, field, old, at, imported in conn.execute(query):
                base_time = since[incident_id]
                if as_carried(at, base_time) <= as_carried(base_time, base_time) or same_version(
                    at, base_time
                ):
                    continue
                base = found.setdefault(incident_id, Base({}, set()))
                if field not in base.values:
                    base.values[field] = json.loads(old) if old is not None else None
                if imported:
                    base.imported.add(field)
        return found

    def versions(self, ids: Sequence[int]) -> dict[int, list[dt.datetime]]:
        """For each incident id, the times of every version this database held: its
        creation, each change, and the file version each import brought (what an export
        wrote as ``sd_last_modified`` then). Naive UTC."""
        r, i = s.revisions, s.incidents
        found: dict[int, list[dt.datetime]] = {k: [] for k in ids}
        wanted = listed(found)
        with self._session.read() as conn:
            for query in (
                select(i.c.id, i.c.created_at).where(i.c.id.in_(wanted)),
                select(r.c.incident_id, r.c.at).where(r.c.incident_id.in_(wanted)),
                _brought(wanted),
            ):
                for incident_id, when in conn.execute(query):
                    found[incident_id].append(when)
        return found

    def brought(self, ids: Sequence[int]) -> dict[int, list[dt.datetime]]:
        """For each incident id, the file versions imports (not undone) brought: the times
        their files gave them. Naive UTC."""
        found: dict[int, list[dt.datetime]] = {k: [] for k in ids}
        with self._session.read() as conn:
            for incident_id, when in conn.execute(_brought(listed(found))):
                found[incident_id].append(when)
        return found


def _brought(wanted: Any) -> Any:
    i, it, b = s.incidents, s.import_items, s.import_batches
    return (
        select(i.c.id, it.c.source_modified)
        .join(it, it.c.incident_uuid == i.c.uuid)
        .join(b, b.c.id == it.c.batch_id)
        .where(i.c.id.in_(wanted), b.c.undone_at.is_(None), it.c.source_modified.is_not(None))
    )


@dataclass(frozen=True)
class Base:
    """What fields changed here since a time held before (``bases``)."""

    values: dict[str, Any]
    imported: set[str]  # fields an import changed since then
