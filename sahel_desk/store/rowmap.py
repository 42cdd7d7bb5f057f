"""Incident <-> table rows: the one place that knows how a domain Incident is laid out in SQL."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.history import Action
from sahel_desk.domain.incident import (
    DatePrecision,
    EventDate,
    GeoPrecision,
    Incident,
    Place,
    Source,
)
from sahel_desk.store import schema as s

# Fields compared for the revision log, in form order.
TRACKED = (
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "assoc_actor1",
    "actor2",
    "inter2",
    "assoc_actor2",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "place_ref",
    "geo_precision",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "notes",
    "sources",
    "tags",
    "external_id",
    "external_timestamp",
    "original_event_type",
)


def utcnow() -> dt.datetime:
    """Naive UTC: SQLite has no time zones, so every stored time is UTC by convention."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def flat(incident: Incident) -> dict[str, Any]:
    """The tracked fields of ``incident`` as plain JSON-able values."""
    p = incident.place
    return {
        "event_date": incident.date.day.isoformat(),
        "date_precision": int(incident.date.precision),
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1,
        "inter1": _int(incident.inter1),
        "assoc_actor1": list(incident.assoc_actor1),
        "actor2": incident.actor2,
        "inter2": _int(incident.inter2),
        "assoc_actor2": list(incident.assoc_actor2),
        "civilian_targeting": incident.civilian_targeting,
        "country": p.country,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "admin3": p.admin3,
        "location": p.location,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "place_ref": p.ref,
        "geo_precision": int(incident.geo_precision),
        "fatalities": incident.fatalities,
        "fatalities_low": incident.fatalities_low,
        "fatalities_high": incident.fatalities_high,
        "notes": incident.notes,
        "sources": [_source_json(src) for src in incident.sources],
        "tags": sorted(incident.tags),
        "external_id": incident.external_id,
        "external_timestamp": incident.external_timestamp,
        "original_event_type": incident.original_event_type,
    }


def _int(value: ActorType | None) -> int | None:
    return int(value) if value is not None else None


def _source_json(src: Source) -> dict[str, Any]:
    return {
        "name": src.name,
        "date": src.date.isoformat() if src.date else None,
        "url": src.url,
        "scale": src.scale,
    }


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Step:
    """One user step: who, when, and the change id that groups its revision rows."""

    author: str
    at: dt.datetime
    change_id: str

    @classmethod
    def now(cls, author: str) -> Step:
        return cls(author, utcnow(), str(uuidlib.uuid4()))

    def revision(
        self,
        incident_id: int,
        action: Action,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> dict[str, Any]:
        """A ``revisions`` row; ``old``/``new`` are values, stored as JSON when a field changed."""
        changed = field is not None
        return {
            "incident_id": incident_id,
            "change_id": self.change_id,
            "at": self.at,
            "author": self.author,
            "action": action.value,
            "field": field,
            "old": to_json(old) if changed else None,
            "new": to_json(new) if changed else None,
        }


def load(conn: Connection, ids: Sequence[int]) -> list[Incident]:
    """The incidents with these ids, in the order given (missing ids are skipped)."""
    if not ids:
        return []
    a1 = aliased(s.ActorRow, name="a1")
    a2 = aliased(s.ActorRow, name="a2")
    i = s.incidents
    rows: dict[int, Any] = {}
    for chunk in _chunks(ids):
        query = (
            select(i, a1.name.label("actor1_name"), a2.name.label("actor2_name"))
            .join(a1, a1.id == i.c.actor1_id)
            .outerjoin(a2, a2.id == i.c.actor2_id)
            .where(i.c.id.in_(chunk))
        )
        rows.update((row.id, row) for row in conn.execute(query))
    present = list(rows)
    assoc = _assoc(conn, present)
    tags = _tags(conn, present)
    srcs = _sources(conn, present)
    out = []
    for incident_id in ids:
        row = rows.get(incident_id)
        if row is None:
            continue
        out.append(
            _incident(
                row,
                assoc.get(incident_id, {}),
                tags.get(incident_id, frozenset()),
                srcs.get(incident_id, ()),
            )
        )
    return out


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _assoc(conn: Connection, ids: Sequence[int]) -> dict[int, dict[int, list[str]]]:
    out: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    ia = s.incident_actors
    for chunk in _chunks(ids):
        query = (
            select(ia.c.incident_id, ia.c.side, s.actors.c.name)
            .join(s.actors, s.actors.c.id == ia.c.actor_id)
            .where(ia.c.incident_id.in_(chunk))
            .order_by(ia.c.incident_id, ia.c.side, ia.c.position)
        )
        for incident_id, side, name in conn.execute(query):
            out[incident_id][side].append(name)
    return out


def _tags(conn: Connection, ids: Sequence[int]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    it = s.incident_tags
    for chunk in _chunks(ids):
        query = (
            select(it.c.incident_id, s.tags.c.code)
            .join(s.tags, s.tags.c.id == it.c.tag_id)
            .where(it.c.incident_id.in_(chunk))
        )
        for incident_id, code in conn.execute(query):
            found[incident_id].add(code)
    return {k: frozenset(v) for k, v in found.items()}


def _sources(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[Source, ...]]:
    found: dict[int, list[Source]] = defaultdict(list)
    src = s.sources
    for chunk in _chunks(ids):
        query = (
            select(src.c.incident_id, src.c.name, src.c.date, src.c.url, src.c.scale)
            .where(src.c.incident_id.in_(chunk))
            .order_by(src.c.incident_id, src.c.position)
        )
        for incident_id, name, date, url, scale in conn.execute(query):
            found[incident_id].append(Source(name, date, url, scale))
    return {k: tuple(v) for k, v in found.items()}


def _actor_type(value: int | None) -> ActorType | None:
    return ActorType(value) if value is not None else None


def _incident(
    row: Any, assoc: dict[int, list[str]], tags: frozenset[str], srcs: tuple[Source, ...]
) -> Incident:
    return Incident(
        id=row.id,
        uuid=row.uuid,
        external_id=row.external_id,
        external_timestamp=row.external_timestamp,
        date=EventDate(row.event_date, DatePrecision(row.date_precision)),
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        original_event_type=row.original_event_type,
        actor1=row.actor1_name,
        inter1=_actor_type(row.inter1),
        assoc_actor1=tuple(assoc.get(1, ())),
        actor2=row.actor2_name,
        inter2=_actor_type(row.inter2),
        assoc_actor2=tuple(assoc.get(2, ())),
        civilian_targeting=bool(row.civilian_targeting),
        place=Place(
            location=row.location,
            country=row.country,
            admin1=row.admin1,
            admin2=row.admin2,
            admin3=row.admin3,
            latitude=row.latitude,
            longitude=row.longitude,
            ref=row.place_ref,
        ),
        geo_precision=GeoPrecision(row.geo_precision),
        fatalities=row.fatalities,
        fatalities_low=row.fatalities_low,
        fatalities_high=row.fatalities_high,
        notes=row.notes,
        sources=srcs,
        tags=tags,
        deleted=bool(row.deleted),
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )
