"""store.imports: an import written in one transaction, recorded as a batch that can be undone.

The import job (``sahel_desk.jobs.imports``) plans; this module writes the plan as one batch:
new incidents through the bulk writer, updated ones like an edit (a revision row per changed
field), and a record of the batch with, per incident, what it was before.

How undo knows nothing was changed since: every incident a batch writes is given the same
``updated_at``, the batch's ``imported_at``, and every later write of an incident (edit,
retag, trash, tag merge, another import) gives it a new one. Undo refuses (ConflictError,
nothing changed) when any incident of the batch has another ``updated_at`` or is gone.
Undo puts an updated incident back as it was *including* its ``updated_at``/``updated_by``
(the revision rows record the undo itself, by whom and when), so that after undoing a later
import the earlier one can be undone too, and a re-import compares with the true version.

Redo re-applies an undone batch under the same id (an undo stack keeps one id), refused in
the same way when an incident the undo restored was changed since or an incident it removed
came back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select, update

from sahel_desk.domain import validation
from sahel_desk.domain.errors import NotFoundError, Problem, ValidationError, problem
from sahel_desk.domain.history import Changes
from sahel_desk.domain.incident import Incident
from sahel_desk.domain.tags import Tag
from sahel_desk.store import rowmap, touched, writer
from sahel_desk.store import tables as s
from sahel_desk.store import tags as tagging
from sahel_desk.store.filters import listed
from sahel_desk.store.incidents import ConflictError, destroy, rewrite
from sahel_desk.store.session import Session

ADDED, UPDATED = "added", "updated"
KEPT = "kept"  # an update chosen field by field that, all kept, changed nothing: its choice
M_CHANGED_SINCE = (
    "incident {id} was changed by {author} at {at} UTC, after the file was read ({n} changed "
    "in all); read the file again: nothing was imported"
)
_EXAMPLES = 5  # incidents named in a refusal
_SQL_ITEM = (
    "INSERT INTO import_items (batch_id, incident_uuid, action, before, source_modified, "
    "incident_id, kept) VALUES (?, ?, ?, ?, ?, ?, ?)"
)

b = s.import_batches


@dataclass(frozen=True)
class ImportBatch:
    """One applied import, as the history of imports lists it."""

    id: int
    file_name: str
    imported_at: dt.datetime  # UTC; also the updated_at of every incident it wrote
    author: str
    added: int
    updated: int
    unchanged: int
    duplicates: int
    rejected: int
    undone_at: dt.datetime | None = None
    undone_by: str | None = None
    file_sha256: str | None = None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True)
class _Current:
    """An incident of a batch as it is now."""

    id: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class _Item:
    uuid: str
    action: str
    before: dict[str, Any] | None
    source_modified: dt.datetime | None = None  # the file's version of the incident
    incident_id: int | None = None  # the id an added incident was given
    kept: dict[str, Any] | None = None  # an update's fields kept here: the file's values


class ImportRepo:
    def __init__(self, session: Session):
        self._session = session

    # ---- reading -------------------------------------------------------------------------
    def batches(self) -> list[ImportBatch]:
        """Every import, newest first (undone ones included, marked)."""
        with self._session.read() as conn:
            return [_batch(row) for row in conn.execute(select(b).order_by(b.c.id.desc()))]

    def get(self, batch_id: int) -> ImportBatch:
        with self._session.read() as conn:
            return _get(conn, batch_id)

    def versions(self, uuids: Sequence[str]) -> dict[str, dt.datetime]:
        """When the version of each incident the database holds was made, for those an import
        wrote last: the file's ``sd_last_modified`` then, not the time of the import (which is
        their ``updated_at``). Incidents edited here since are left out: their ``updated_at``
        is their version's time."""
        return self._times(rowmap.IMPORTED_VERSION, uuids)

    def kept_since(self, since: Mapping[int, dt.datetime]) -> dict[int, dict[str, Any]]:
        """For each incident id, the fields imports made after its time (``since``, a naive
        UTC file time) kept as they were here, each with the file's value then (the latest
        such import's): what the file said when the user last kept ours instead."""
        if not since:
            return {}
        it, i = s.import_items, s.incidents
        # the few items with a choice first (a partial index), newest first; then which
        # incidents they are: never a lookup per incident asked about (100,000 at a time)
        query = (
            select(it.c.incident_uuid, b.c.imported_at, it.c.kept)
            .join(b, b.c.id == it.c.batch_id)
            .where(it.c.kept.is_not(None), b.c.undone_at.is_(None))
            .order_by(b.c.id.desc())
        )
        found: dict[int, dict[str, Any]] = {}
        with self._session.read() as conn:
            choices = conn.execute(query).all()
            uuids = {uuid for uuid, _, _ in choices}
            ids = dict(
                conn.execute(select(i.c.uuid, i.c.id).where(i.c.uuid.in_(listed(uuids)))).all()
            ) if uuids else {}  # fmt: skip
        for uuid, at, kept in choices:
            incident_id = ids.get(uuid)
            if incident_id in since and at > since[incident_id]:
                for name, value in json.loads(kept).items():
                    found.setdefault(incident_id, {}).setdefault(name, value)
        return found

    def _times(self, sql: str, uuids: Sequence[str]) -> dict[str, dt.datetime]:
        found: dict[str, dt.datetime] = {}
        with self._session.read() as conn:
            for start in range(0, len(uuids), 900):
                chunk = tuple(uuids[start : start + 900])
                rows = conn.exec_driver_sql(
                    f"SELECT i.uuid, {sql} FROM incidents AS i "
                    f"WHERE i.uuid IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
                found.update(
                    (uuid, dt.datetime.fromisoformat(moment)) for uuid, moment in rows if moment
                )
        return found

    # ---- writing -------------------------------------------------------------------------
    def apply(
        self,
        file_name: str,
        new: Sequence[Incident],
        updates: Sequence[Incident],
        *,
        counts: Mapping[str, int] | None = None,
        file_sha256: str | None = None,
        progress: Callable[[int], None] | None = None,
        tags: Sequence[Tag] = (),
        seen: Mapping[int, dt.datetime | None] | None = None,
        kept: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> ImportBatch:
        """Write an import in one transaction (all or nothing) and record it as one batch.

        ``tags`` are tags the incidents need that may not exist yet (the import's review
        tags): those missing are created in the same transaction.

        ``new`` are inserted; each of ``updates`` (carrying the stored ``id`` and the same
        ``uuid``) is written over the stored incident like an edit, with a revision row per
        changed field, but without ``IncidentRepo.update``'s conflict check: the plan decided.
        An update that changes nothing is not recorded and counts as unchanged. ``counts``
        gives ``unchanged``, ``duplicates`` and ``rejected`` for the record. ``progress`` is
        called with the number of incidents written so far. ``seen``: the last change of
        incidents to update as the caller read them (by id); one changed since is refused
        (ConflictError), as what the update writes was weighed against what was read.
        ``kept``: for updates chosen field by field (by uuid), the file's values of the
        fields kept here, recorded for later merges (``kept_since``).

        Raises ValidationError naming the incident when one is invalid; nothing is written.
        """
        new, updates = list(new), list(updates)
        _check(new, updates)
        counts = counts or {}
        with self._session.write(note=len(new) + len(updates) <= touched.MOST) as conn:
            have = set(conn.execute(select(s.tags.c.code)).scalars())
            for tag in tags:
                if tag.code not in have:
                    tagging.create(conn, tag.kind, tag.label_en, tag.label_fr, code=tag.code)
                    have.add(tag.code)
            # the batch first (its time set once written): its id marks the revisions
            batch_id = conn.execute(
                b.insert().values(
                    file_name=file_name,
                    file_sha256=file_sha256,
                    imported_at=rowmap.utcnow(),
                    author=self._session.author,
                )
            ).inserted_primary_key[0]
            base = counts.get("unchanged", 0) + len(updates)
            items = self._write_batch(conn, batch_id, new, updates, progress, base, seen=seen,
                                      kept=kept,
                                      duplicates=counts.get("duplicates", 0),
                                      rejected=counts.get("rejected", 0))  # fmt: skip
            _record(conn, batch_id, items)
            return _get(conn, batch_id)

    def undo(self, batch_id: int) -> Changes:
        """Take an import back in one transaction: the incidents it added are destroyed (with
        their links and index entries), those it updated are put back as they were.

        Refused (ConflictError, nothing changed) when the batch was already undone, or when
        any of its incidents was edited, retagged, trashed or destroyed after the import:
        undoing would silently lose that later work.
        """
        author = self._session.author
        size = self.get(batch_id)  # read first: a large undo is not noted (see apply)
        written = size.added + size.updated
        with self._session.write(note=written <= touched.MOST) as conn:
            batch = _get(conn, batch_id)
            if batch.undone_at is not None:
                raise ConflictError(
                    f"import {batch.id} ({batch.file_name}) was already undone by "
                    f"{batch.undone_by} at {batch.undone_at:%Y-%m-%d %H:%M} UTC"
                )
            items = _items(conn, batch_id)
            now = _current(conn, [item.uuid for item in items])
            changed = [
                item.uuid
                for item in items
                if item.action != KEPT  # wrote nothing: nothing to take back
                and (item.uuid not in now or now[item.uuid].updated_at != batch.imported_at)
            ]
            if changed:
                raise ConflictError(_refusal(batch, "undone", changed, now))
            restored = [
                (now[item.uuid].id, item.before) for item in items if item.action == UPDATED
            ]
            added = [now[item.uuid].id for item in items if item.action == ADDED]
            step = rowmap.Step.now(author)
            _restore(conn, batch, restored, step)
            destroy(conn, added)
            conn.execute(
                update(b).where(b.c.id == batch_id).values(undone_at=step.at, undone_by=author)
            )
        ids = frozenset(added) | {incident_id for incident_id, _ in restored}
        return Changes(incidents=ids, change_id=step.change_id)

    def redo(
        self,
        batch_id: int,
        new: Sequence[Incident],
        updates: Sequence[Incident],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> ImportBatch:
        """Apply an undone import again (an undo stack's redo), under the same batch id.

        ``new`` and ``updates`` are what was given to ``apply``; updates that changed nothing
        then are left out again. The batch gets a new ``imported_at`` and is no longer undone.
        Refused (ConflictError, nothing changed) when the batch is not undone, when the
        incidents are not the batch's, when an incident the undo put back was changed since,
        or when one it removed is back in the database.
        """
        new, updates = list(new), list(updates)
        _check(new, updates)
        with self._session.write(note=len(new) + len(updates) <= touched.MOST) as conn:
            batch = _get(conn, batch_id)
            if batch.undone_at is None:
                raise ConflictError(f"import {batch.id} ({batch.file_name}) is not undone")
            items = _items(conn, batch_id)
            recorded = {item.uuid: item for item in items if item.action in (UPDATED, KEPT)}
            updates = [u for u in updates if u.uuid in recorded]
            if {i.uuid for i in new} != {item.uuid for item in items if item.action == ADDED} or (
                len(updates) != len(recorded)
            ):
                raise ConflictError(
                    f"these are not the incidents of import {batch.id} ({batch.file_name}); "
                    "read the file again to import it anew"
                )
            now = _current(conn, [item.uuid for item in items])
            changed = [
                item.uuid
                for item in items
                if (item.action == ADDED and item.uuid in now)
                or (
                    item.action == UPDATED
                    and (item.uuid not in now or now[item.uuid].updated_at != _before_at(item))
                )
            ]
            if changed:
                raise ConflictError(_refusal(batch, "redone", changed, now))
            base = batch.unchanged + batch.updated
            kept = {item.uuid: item.kept for item in items if item.kept}  # chosen then
            written = self._write_batch(conn, batch_id, new, updates, progress, base,
                                        first_id=_former_ids(conn, new, items), kept=kept,
                                        author=self._session.author, undone_at=None,
                                        undone_by=None)  # fmt: skip
            conn.execute(delete(s.import_items).where(s.import_items.c.batch_id == batch_id))
            _record(conn, batch_id, written)
            return _get(conn, batch_id)

    def _write_batch(
        self,
        conn: Connection,
        batch_id: int,
        new: list[Incident],
        updates: list[Incident],
        progress: Callable[[int], None] | None,
        unchanged: int,
        first_id: int | None = None,
        seen: Mapping[int, dt.datetime | None] | None = None,
        kept: Mapping[str, Mapping[str, Any]] | None = None,
        **values: Any,
    ) -> list[_Item]:
        """``_write`` for batch ``batch_id``, then its record's time and counts (``unchanged``:
        the unchanged ones counted as if no update were, ``values`` the other columns)."""
        stamp, items = self._write(conn, new, updates, progress, batch_id, first_id, seen, kept)
        updated = sum(1 for item in items if item.action == UPDATED)
        counts = {"added": len(new), "updated": updated, "unchanged": unchanged - updated}
        conn.execute(
            update(b).where(b.c.id == batch_id).values(imported_at=stamp, **counts, **values)
        )
        return items

    def _write(
        self,
        conn: Connection,
        new: list[Incident],
        updates: list[Incident],
        progress: Callable[[int], None] | None,
        batch_id: int,
        first_id: int | None = None,
        seen: Mapping[int, dt.datetime | None] | None = None,
        kept: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> tuple[dt.datetime, list[_Item]]:
        """Insert ``new`` (from ``first_id`` on, if given), rewrite ``updates``; every
        incident written gets one updated_at, returned with the items to record."""
        author = self._session.author
        items: list[_Item] = []
        if new:
            ids = writer.insert_many(conn, new, author=author, progress=progress,
                                     expected=len(new), first_id=first_id)  # fmt: skip
            stamp_text = conn.exec_driver_sql(
                "SELECT updated_at FROM incidents WHERE id = ?", (ids[0],)
            ).scalar_one()
            # The bulk writer stamps a whole load with one time; make sure of it, as undo
            # compares each incident's updated_at with the batch's (touches nothing otherwise).
            conn.exec_driver_sql(
                "UPDATE incidents SET updated_at = ? WHERE id BETWEEN ? AND ? AND updated_at != ?",
                (stamp_text, ids[0], ids[-1], stamp_text),
            )
            stamp = dt.datetime.fromisoformat(stamp_text)
            items += [
                _Item(incident.uuid, ADDED, None, incident.updated_at, incident_id)
                for incident, incident_id in zip(new, ids, strict=True)
            ]
        else:
            stamp = rowmap.utcnow()
        if not updates:
            return stamp, items
        step = rowmap.Step.of_import(author, stamp, batch_id)
        reg = writer.Registry.load(conn)  # after the insert: it knows the actors that created
        stored = {x.id: x for x in rowmap.load(conn, [u.id for u in updates if u.id is not None])}
        _unchanged_since(stored, seen or {})
        for done, incident in enumerate(updates, 1):
            old = stored.get(incident.id) if incident.id is not None else None
            if old is None:
                raise NotFoundError(
                    f"there is no incident {incident.id} to update with {_label(incident)}; "
                    "nothing was imported"
                )
            if old.uuid != incident.uuid:
                raise ValidationError(
                    [_row(incident), Problem("uuid", "an incident's UUID never changes")]
                )
            before = rowmap.flat(old)
            mine = dict((kept or {}).get(incident.uuid) or {}) or None
            if rewrite(conn, reg, old, incident, step):
                before["updated_at"] = writer.timestamp(old.updated_at) if old.updated_at else None
                before["updated_by"] = old.updated_by
                items.append(_Item(incident.uuid, UPDATED, before, incident.updated_at, kept=mine))
            elif mine:  # every change refused: the choice still said, for a later merge
                items.append(_Item(incident.uuid, KEPT, None, None, kept=mine))
            if progress and (done % 1000 == 0 or done == len(updates)):
                progress(len(new) + done)
        return stamp, items


# ---- helpers --------------------------------------------------------------------------------
def _label(incident: Incident) -> str:
    if incident.external_id:
        return f"{incident.external_id} ({incident.uuid})"
    return str(incident.uuid)


def _row(incident: Incident) -> Problem:
    return problem("row", "incident {row} cannot be imported", row=_label(incident))


def _check(new: list[Incident], updates: list[Incident]) -> None:
    """Validate as ``add_many`` does, naming the incident; the same uuid twice is refused."""
    today = dt.date.today()
    seen: set[str] = set()
    for incident in (*new, *updates):
        try:
            validation.check(incident, today)
        except ValidationError as exc:
            raise ValidationError([_row(incident), *exc.problems]) from None
        if incident.uuid in seen:
            raise ValidationError(
                [_row(incident), problem("uuid", "the same incident is twice in this import")]
            )
        seen.add(incident.uuid)
    for incident in updates:
        if incident.id is None:
            raise NotFoundError(
                f"{_label(incident)} is an update but names no stored incident; "
                "nothing was imported"
            )


def _batch(row: Any) -> ImportBatch:
    return ImportBatch(
        id=row.id,
        file_name=row.file_name,
        imported_at=row.imported_at,
        author=row.author,
        added=row.added,
        updated=row.updated,
        unchanged=row.unchanged,
        duplicates=row.duplicates,
        rejected=row.rejected,
        undone_at=row.undone_at,
        undone_by=row.undone_by,
        file_sha256=row.file_sha256,
    )


def _get(conn: Connection, batch_id: int) -> ImportBatch:
    row = conn.execute(select(b).where(b.c.id == batch_id)).first()
    if row is None:
        raise NotFoundError(f"there is no import {batch_id}")
    return _batch(row)


def _items(conn: Connection, batch_id: int) -> list[_Item]:
    it = s.import_items
    rows = conn.execute(
        select(
            it.c.incident_uuid,
            it.c.action,
            it.c.before,
            it.c.source_modified,
            it.c.incident_id,
            it.c.kept,
        ).where(it.c.batch_id == batch_id)
    )
    return [
        _Item(
            uuid,
            action,
            json.loads(before) if before else None,
            modified,
            incident_id,
            json.loads(kept) if kept else None,
        )
        for uuid, action, before, modified, incident_id, kept in rows
    ]


def _record(conn: Connection, batch_id: int, items: Iterable[_Item]) -> None:
    rows = [
        (
            batch_id,
            item.uuid,
            item.action,
            rowmap.to_json(item.before) if item.before else None,
            writer.timestamp(item.source_modified) if item.source_modified else None,
            item.incident_id,
            rowmap.to_json(item.kept) if item.kept else None,
        )
        for item in items
    ]
    if rows:
        # in uuid order: both indexes of the table are by uuid (0.42 s for 100,000 in the
        # file's order, 0.34 s sorted)
        rows.sort(key=lambda row: row[1])
        conn.exec_driver_sql(_SQL_ITEM, rows)


def _unchanged_since(
    stored: Mapping[int, Incident], seen: Mapping[int, dt.datetime | None]
) -> None:
    """Refuse (ConflictError) when an incident to update was changed after ``seen`` says it
    was read: by another window or program while the preview was open."""
    changed = [x for i, when in seen.items() if (x := stored.get(i)) and x.updated_at != when]
    if changed:
        first = changed[0]
        params = {"id": first.id, "author": first.updated_by, "n": len(changed),
                  "at": f"{first.updated_at:%Y-%m-%d %H:%M}"}  # fmt: skip
        error = ConflictError(M_CHANGED_SINCE.format(**params))
        error.template, error.params = M_CHANGED_SINCE, params  # type: ignore[attr-defined]
        raise error


def _former_ids(conn: Connection, new: Sequence[Incident], items: Sequence[_Item]) -> int | None:
    """The first of the ids a redone batch's added incidents had, when each can have its own
    back: they were given in ``new``'s order (as ``apply`` inserts them) and none is taken
    since. None otherwise (a batch recorded before ids were), and the next ids are used."""
    had = {item.uuid: item.incident_id for item in items if item.action == ADDED}
    first = had.get(new[0].uuid) if new else None
    if first is None or any(had.get(i.uuid) != first + k for k, i in enumerate(new)):
        return None
    taken = conn.exec_driver_sql(
        "SELECT count(*) FROM incidents WHERE id BETWEEN ? AND ?", (first, first + len(new) - 1)
    ).scalar()
    return None if taken else first


def _current(conn: Connection, uuids: Sequence[str]) -> dict[str, _Current]:
    """The batch's incidents still in the database (trash included), by uuid."""
    found: dict[str, _Current] = {}
    for start in range(0, len(uuids), 900):
        chunk = tuple(uuids[start : start + 900])
        for uuid, incident_id, updated_at in conn.exec_driver_sql(
            "SELECT uuid, id, updated_at FROM incidents "
            f"WHERE uuid IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            found[uuid] = _Current(incident_id, dt.datetime.fromisoformat(updated_at))
    return found


def _before_at(item: _Item) -> dt.datetime | None:
    text = item.before.get("updated_at") if item.before else None
    return dt.datetime.fromisoformat(text) if text else None


def _refusal(batch: ImportBatch, verb: str, changed: list[str], now: dict[str, _Current]) -> str:
    named = [f"incident {now[u].id}" if u in now else f"{u} (no longer stored)" for u in changed]
    shown = ", ".join(named[:_EXAMPLES]) + (
        f" and {len(named) - _EXAMPLES:,} more" if len(named) > _EXAMPLES else ""
    )
    since = "the import" if verb == "undone" else "the import was undone"
    return (
        f"import {batch.id} ({batch.file_name}, {batch.imported_at:%Y-%m-%d %H:%M} UTC) cannot "
        f"be {verb}: {len(changed):,} of its incidents were edited, retagged, trashed, removed "
        f"or added again after {since} ({shown}); that work would be lost. Nothing was changed."
    )


def _restore(
    conn: Connection,
    batch: ImportBatch,
    restored: list[tuple[int, dict[str, Any] | None]],
    step: rowmap.Step,
) -> None:
    """Put updated incidents back as ``before`` says, with a revision row per field (``step``)
    and the ``updated_at``/``updated_by`` they had."""
    if not restored:
        return
    reg = writer.Registry.load(conn)
    # Exactly the actors and admin names they had: registry names are unique, so resolve them
    # by their exact spelling, and take the admin names as written.
    reg.by_spelling.update({name: actor_id for actor_id, name in reg.actor_names.items()})
    befores = [before for _, before in restored if before is not None]
    for before in befores:
        for key in ("admin1", "admin2"):
            reg.admin_names[before[key]] = before[key]
    gone = sorted({code for before in befores for code in before["tags"]} - reg.tag_ids.keys())
    if gone:
        raise ConflictError(
            f"import {batch.id} ({batch.file_name}) cannot be undone: the tags "
            f"{', '.join(gone)} the incidents had before were merged or removed since. "
            "Nothing was changed."
        )
    stored = {x.id: x for x in rowmap.load(conn, [incident_id for incident_id, _ in restored])}
    stamps = []
    for incident_id, before in restored:
        if before is None:
            continue
        current = stored[incident_id]
        rewrite(conn, reg, current, rowmap.unflat(before, current), step)
        stamps.append((before.get("updated_at"), before.get("updated_by"), incident_id))
    if stamps:
        conn.exec_driver_sql(
            "UPDATE incidents SET updated_at = coalesce(?, updated_at), "
            "updated_by = coalesce(?, updated_by) WHERE id = ?",
            stamps,
        )
