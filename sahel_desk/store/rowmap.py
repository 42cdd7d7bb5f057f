"""Incident <-> table rows: the one place that knows how a domain Incident is laid out in SQL."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from sahel_desk.domain.actors import ActorType
from sahel_desk.domain.flat import FlatIncident
from sahel_desk.domain.history import Action, version_time
from sahel_desk.domain.incident import (
    DatePrecision,
    EventDate,
    GeoPrecision,
    Incident,
    Place,
    Source,
)

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


STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"  # the text SQLAlchemy's SQLite DateTime writes, reads


def utcnow() -> dt.datetime:
    """Naive UTC: SQLite has no time zones, so every stored time is UTC by convention."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# ``flat``'s names, in its order
FIELDS = (
    "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "inter1",
    "assoc_actor1", "actor2", "inter2", "assoc_actor2", "civilian_targeting", "country",
    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "place_ref",
    "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "notes", "sources",
    "tags", "external_id", "external_timestamp", "original_event_type",
)  # fmt: skip


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


def unflat(values: dict[str, Any], base: Incident) -> Incident:
    """``base`` with the tracked fields of ``values`` (what ``flat`` wrote) put back.

    ``flat`` keeps everything an analyst can change, so ``unflat(flat(x), x)`` rebuilds ``x``;
    the bookkeeping (id, uuid, deleted, created/updated) comes from ``base``.
    """
    v = values
    return base.with_changes(
        date=EventDate(dt.date.fromisoformat(v["event_date"]), DatePrecision(v["date_precision"])),
        event_type=v["event_type"],
        sub_event_type=v["sub_event_type"],
        actor1=v["actor1"],
        inter1=_ACTOR_TYPE[v["inter1"]],
        assoc_actor1=tuple(v["assoc_actor1"]),
        actor2=v["actor2"],
        inter2=_ACTOR_TYPE[v["inter2"]],
        assoc_actor2=tuple(v["assoc_actor2"]),
        civilian_targeting=bool(v["civilian_targeting"]),
        place=Place(
            v["location"],
            v["country"],
            v["admin1"],
            v["admin2"],
            v["admin3"],
            v["latitude"],
            v["longitude"],
            v["place_ref"],
        ),
        geo_precision=GeoPrecision(v["geo_precision"]),
        fatalities=v["fatalities"],
        fatalities_low=v["fatalities_low"],
        fatalities_high=v["fatalities_high"],
        notes=v["notes"],
        sources=tuple(
            Source(src["name"], _date(src["date"]), src["url"], src["scale"])
            for src in v["sources"]
        ),
        tags=frozenset(v["tags"]),
        external_id=v["external_id"],
        external_timestamp=v["external_timestamp"],
        original_event_type=v["original_event_type"],
    )


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

    @classmethod
    def of_import(cls, author: str, at: dt.datetime, batch_id: int) -> Step:
        """An import's writing of its batch at ``at``: its change id tells the batch by
        that time (``import_change_id``), which a redo renews on the batch but not on the
        revisions the first writing left."""
        return cls(author, at, import_change_id(batch_id, at))

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


_IMPORTS = uuidlib.UUID("5a4e1d35-7c1b-4c51-9d0e-2f6a8b0c9e11")  # Sahel Desk's import steps


def import_change_id(batch_id: int, at: dt.datetime) -> str:
    """The change id of the revisions import ``batch_id`` wrote at ``at`` (naive UTC, as
    stored: the history rebuilds it from the time read back)."""
    if at.tzinfo is not None:
        raise ValueError("an import's time is naive UTC, as the database holds it")
    return str(uuidlib.uuid5(_IMPORTS, f"{batch_id} {at.strftime(STORED_TIME)}"))


_COLUMNS = (
    "i.id, i.uuid, i.external_id, i.external_timestamp, i.event_date, i.date_precision, "
    "i.event_type, i.sub_event_type, i.original_event_type, a1.name, i.inter1, a2.name, i.inter2, "
    "i.civilian_targeting, i.location, i.country, i.admin1, i.admin2, i.admin3, i.latitude, "
    "i.longitude, i.place_ref, i.geo_precision, i.fatalities, i.fatalities_low, "
    "i.fatalities_high, i.notes, i.deleted, i.created_at, i.created_by, i.updated_at, i.updated_by"
)


def _select_sql(n: int) -> str:
    marks = _marks(n)
    return (
        f"SELECT {_COLUMNS} FROM incidents AS i JOIN actors AS a1 ON a1.id = i.actor1_id "
        f"LEFT JOIN actors AS a2 ON a2.id = i.actor2_id WHERE i.id IN ({marks})"
    )


def load(conn: Connection, ids: Sequence[int]) -> list[Incident]:
    """The incidents with these ids, in the order given (missing ids are skipped).

    Plain SQL and hand-made conversions: exports read every incident through here, and
    SQLAlchemy's row processing took two thirds of the time (6 s for 100,000).
    """
    if not ids:
        return []
    rows: dict[int, tuple[Any, ...]] = {}
    for chunk in _chunks(ids):
        rows.update((row[0], row) for row in _fetch(conn, _select_sql(len(chunk)), tuple(chunk)))
    present = list(rows)
    assoc = _assoc(conn, present)
    tags = _tags(conn, present)
    srcs = _sources(conn, present)
    no_tags: frozenset[str] = frozenset()
    return [
        _incident(row, assoc.get(key, {}), tags.get(key, no_tags), srcs.get(key, ()))
        for key in ids
        if (row := rows.get(key)) is not None
    ]


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _fetch(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """Rows straight from sqlite3: SQLAlchemy's row wrapping cost more than the query here."""
    return conn.connection.driver_connection.execute(sql, params).fetchall()  # type: ignore[union-attr]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _assoc(conn: Connection, ids: Sequence[int]) -> dict[int, dict[int, list[str]]]:
    out: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for chunk in _chunks(ids):
        sql = (
            "SELECT ia.incident_id, ia.side, a.name FROM incident_actors AS ia "
            "JOIN actors AS a ON a.id = ia.actor_id "
            f"WHERE ia.incident_id IN ({_marks(len(chunk))}) "
            "ORDER BY ia.incident_id, ia.side, ia.position"
        )
        for incident_id, side, name in _fetch(conn, sql, tuple(chunk)):
            out[incident_id][side].append(name)
    return out


def _tags(conn: Connection, ids: Sequence[int]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(ids):
        sql = (
            "SELECT it.incident_id, t.code FROM incident_tags AS it JOIN tags AS t "
            f"ON t.id = it.tag_id WHERE it.incident_id IN ({_marks(len(chunk))})"
        )
        for incident_id, code in _fetch(conn, sql, tuple(chunk)):
            found[incident_id].add(code)
    return {k: frozenset(v) for k, v in found.items()}


def _sources(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[Source, ...]]:
    found: dict[int, list[Source]] = defaultdict(list)
    for chunk in _chunks(ids):
        sql = (
            "SELECT incident_id, name, date, url, scale FROM sources "
            f"WHERE incident_id IN ({_marks(len(chunk))}) ORDER BY incident_id, position"
        )
        for incident_id, name, date, url, scale in _fetch(conn, sql, tuple(chunk)):
            found[incident_id].append(Source(name, _date(date), url, scale))
    return {k: tuple(v) for k, v in found.items()}


_ACTOR_TYPE: dict[int | None, ActorType | None] = {None: None, **{int(t): t for t in ActorType}}
_DATE_PRECISION = {int(p): p for p in DatePrecision}
_GEO_PRECISION = {int(p): p for p in GeoPrecision}


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _incident(
    row: tuple[Any, ...],
    assoc: dict[int, list[str]],
    tags: frozenset[str],
    srcs: tuple[Source, ...],
) -> Incident:
    (id_, uuid, ext_id, ext_ts, day, date_prec, event_type, sub_type, original, actor1, inter1,
     actor2, inter2, civ, location, country, admin1, admin2, admin3, lat, lon, ref, geo_prec,
     fat, fat_low, fat_high, notes, deleted, created_at, created_by, updated_at,
     updated_by) = row  # fmt: skip
    return Incident(
        id=id_,
        uuid=uuid,
        external_id=ext_id,
        external_timestamp=ext_ts,
        date=EventDate(dt.date.fromisoformat(day), _DATE_PRECISION[date_prec]),
        event_type=event_type,
        sub_event_type=sub_type,
        original_event_type=original,
        actor1=actor1,
        inter1=_ACTOR_TYPE[inter1],
        assoc_actor1=tuple(assoc.get(1, ())),
        actor2=actor2,
        inter2=_ACTOR_TYPE[inter2],
        assoc_actor2=tuple(assoc.get(2, ())),
        civilian_targeting=bool(civ),
        place=Place(location, country, admin1, admin2, admin3, lat, lon, ref),
        geo_precision=_GEO_PRECISION[geo_prec],
        fatalities=fat,
        fatalities_low=fat_low,
        fatalities_high=fat_high,
        notes=notes,
        sources=srcs,
        tags=tags,
        deleted=bool(deleted),
        created_at=_datetime(created_at),
        created_by=created_by,
        updated_at=_datetime(updated_at),
        updated_by=updated_by,
    )


# ---- flat records for exports: one SQL statement per chunk, no Incident objects ----------------
# The file's sd_last_modified recorded by the import that wrote the incident last (its
# updated_at is that import's time), NULL when it was edited here since or never imported.
IMPORTED_VERSION = """(SELECT it.source_modified FROM import_items AS it
     JOIN import_batches AS bt ON bt.id = it.batch_id
     WHERE it.incident_uuid = i.uuid AND bt.imported_at = i.updated_at
       AND bt.undone_at IS NULL AND it.source_modified IS NOT NULL LIMIT 1)"""

# The file's sd_last_modified recorded by the last import that brought the incident (edited
# here since or not): the version its sd_based_on names.
BASED_ON = """(SELECT it.source_modified FROM import_items AS it
     JOIN import_batches AS bt ON bt.id = it.batch_id
     WHERE it.incident_uuid = i.uuid AND bt.undone_at IS NULL
       AND it.source_modified IS NOT NULL ORDER BY bt.id DESC LIMIT 1)"""

# sd_last_modified is the time of the incident's *version*: for an incident an import wrote
# last (updated_at is that import's time), the file's own sd_last_modified, as the import
# planner reads it (store.imports.versions); else updated_at. A colleague who re-exports what
# they imported from us must not make our older text look newer than our later correction.
# sd_based_on is the version the last import brought, even if edited since: the importer
# tells an edit made on top of our old version from a copy that knew our later one.

_FLAT_SQL = """
SELECT i.id, i.uuid, i.external_id, i.external_timestamp, i.event_date, i.date_precision,
  i.event_type, i.sub_event_type, i.original_event_type, a1.name,
  (SELECT group_concat(name, '; ') FROM (SELECT a.name FROM incident_actors AS ia
     JOIN actors AS a ON a.id = ia.actor_id WHERE ia.incident_id = i.id AND ia.side = 1
     ORDER BY ia.position)),
  i.inter1, a2.name,
  (SELECT group_concat(name, '; ') FROM (SELECT a.name FROM incident_actors AS ia
     JOIN actors AS a ON a.id = ia.actor_id WHERE ia.incident_id = i.id AND ia.side = 2
     ORDER BY ia.position)),
  i.inter2, i.civilian_targeting, i.country, i.admin1, i.admin2, i.admin3, i.location,
  i.latitude, i.longitude, i.place_ref, i.geo_precision, i.fatalities, i.fatalities_low,
  i.fatalities_high, i.notes,
  (SELECT group_concat(name, '; ') FROM (SELECT name FROM sources WHERE incident_id = i.id
     ORDER BY position)),
  (SELECT group_concat(coalesce(scale, ''), char(31)) FROM (SELECT scale FROM sources
     WHERE incident_id = i.id ORDER BY position)),
  (SELECT json_group_array(json(j)) FROM (SELECT json_patch('{}', json_object('name', name,
     'date', date, 'url', nullif(url, ''), 'scale', nullif(scale, ''))) AS j FROM sources
     WHERE incident_id = i.id ORDER BY position)),
  (SELECT group_concat(code, '; ') FROM (SELECT t.code, t.kind FROM incident_tags AS it
     JOIN tags AS t ON t.id = it.tag_id WHERE it.incident_id = i.id ORDER BY t.code)
     WHERE kind = 'driver'),
  (SELECT group_concat(code, '; ') FROM (SELECT t.code, t.kind FROM incident_tags AS it
     JOIN tags AS t ON t.id = it.tag_id WHERE it.incident_id = i.id ORDER BY t.code)
     WHERE kind = 'response'),
  (SELECT group_concat(code, '; ') FROM (SELECT t.code, t.kind FROM incident_tags AS it
     JOIN tags AS t ON t.id = it.tag_id WHERE it.incident_id = i.id ORDER BY t.code)
     WHERE kind NOT IN ('driver', 'response')),
  coalesce({version}, i.updated_at, i.created_at),
  {based_on}
FROM incidents AS i JOIN actors AS a1 ON a1.id = i.actor1_id
LEFT JOIN actors AS a2 ON a2.id = i.actor2_id
WHERE i.id IN ({marks})
""".replace("{version}", IMPORTED_VERSION).replace("{based_on}", BASED_ON)


def _flat(row: tuple[Any, ...]) -> FlatIncident:
    values = list(row[1:])
    values[3] = dt.date.fromisoformat(values[3])  # event_date
    values[9] = values[9] or ""  # assoc_actor1
    values[12] = values[12] or ""  # assoc_actor2
    values[14] = bool(values[14])  # civilian_targeting
    for k in (28, 29, 31, 32, 33):  # source names and scales, drivers, responses, user tags
        values[k] = values[k] or ""
    if values[30] == "[]":
        values[30] = None  # no sources
    for k in (34, 35):  # modified, based_on
        moment = values[k]
        values[k] = version_time(dt.datetime.fromisoformat(moment)) if moment else None
    return FlatIncident(*values)


def load_flat(conn: Connection, ids: Sequence[int]) -> list[FlatIncident]:
    """The flat records of these incidents, in the order given (see ``domain.flat``)."""
    rows: dict[int, tuple[Any, ...]] = {}
    for chunk in _chunks(ids):
        sql = _FLAT_SQL.replace("{marks}", _marks(len(chunk)))
        rows.update((row[0], row) for row in _fetch(conn, sql, tuple(chunk)))
    return [_flat(rows[k]) for k in ids if k in rows]
