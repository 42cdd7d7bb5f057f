"""The tables, as SQLAlchemy 2.x typed mappings. Private to ``sahel_desk.store``.

The migrations in ``migrations/versions`` must produce exactly this (a test compares).
Reference data (tags, actors, places) is seeded by ``store.seed`` from ``resources/``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Full-text index (FTS5, SQLite-only, so not a mapped table): external content over the view
# ``incident_search`` that migration 0001 creates. The store keeps it in sync (store.search).
FTS_TABLE = "incident_fts"
SEARCH_VIEW = "incident_search"
FTS_COLUMNS = ("notes", "location", "actors", "sources")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Key-value facts about the database: versions of the seeded reference data."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TagRow(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id", ondelete="RESTRICT"))
    label_en: Mapped[str] = mapped_column(Text)
    label_fr: Mapped[str] = mapped_column(Text)
    description_en: Mapped[str] = mapped_column(Text, server_default="")
    description_fr: Mapped[str] = mapped_column(Text, server_default="")
    hidden: Mapped[bool] = mapped_column(Boolean, server_default=text("0"))
    position: Mapped[int] = mapped_column(Integer, server_default=text("0"))


class ActorRow(Base):
    __tablename__ = "actors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    key: Mapped[str] = mapped_column(Text, index=True)
    actor_type: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, server_default="")


class ActorAliasRow(Base):
    __tablename__ = "actor_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, unique=True)


class PlaceRow(Base):
    """The gazetteer; reloaded whole when the shipped gazetteer changes."""

    __tablename__ = "places"
    ref: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(Text)
    admin1: Mapped[str] = mapped_column(Text, server_default="")
    admin2: Mapped[str] = mapped_column(Text, server_default="")
    admin3: Mapped[str] = mapped_column(Text, server_default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    population: Mapped[int | None] = mapped_column(Integer)
    alt_names: Mapped[str] = mapped_column(Text, server_default="")


class PlaceKeyRow(Base):
    """Folded word-start suffixes of every name of a place: prefix search by index range."""

    __tablename__ = "place_keys"
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    ref: Mapped[str] = mapped_column(ForeignKey("places.ref", ondelete="CASCADE"), primary_key=True)
    exact: Mapped[bool] = mapped_column(Boolean, server_default=text("0"))


class IncidentRow(Base):
    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(64), index=True)
    external_timestamp: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[dt.date] = mapped_column(Date)
    date_precision: Mapped[int] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String(40))
    sub_event_type: Mapped[str] = mapped_column(String(60))
    original_event_type: Mapped[str | None] = mapped_column(Text)
    actor1_id: Mapped[int] = mapped_column(ForeignKey("actors.id"))
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    inter2: Mapped[int | None] = mapped_column(Integer)
    civilian_targeting: Mapped[bool] = mapped_column(Boolean, server_default=text("0"))
    country: Mapped[str] = mapped_column(Text)
    admin1: Mapped[str] = mapped_column(Text, server_default="")
    admin2: Mapped[str] = mapped_column(Text, server_default="")
    admin3: Mapped[str] = mapped_column(Text, server_default="")
    location: Mapped[str] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int] = mapped_column(Integer)
    place_ref: Mapped[str | None] = mapped_column(String(40))
    fatalities: Mapped[int | None] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, server_default=text("0"))

    __table_args__ = (
        # The table's default order, and a covering index for trend charts and summaries (0006).
        Index("ix_incidents_deleted_date", "deleted", "event_date", "id"),
        Index(
            "ix_incidents_trend",
            "deleted",
            "event_date",
            "date_precision",
            "event_type",
            "admin1",
            "actor1_id",
            "actor2_id",
            "fatalities",
        ),
        # The incident list's sorts and commonest filters without a full sort (0002).
        Index("ix_incidents_sort_fatalities", "deleted", "fatalities"),
        Index("ix_incidents_sort_location", "deleted", "location"),
        Index("ix_incidents_filter_admin1", "deleted", "admin1", "event_date"),
        Index("ix_incidents_filter_type", "deleted", "event_type", "event_date"),
        # Actor filters, and sorting by actor name actor by actor (0003).
        Index("ix_incidents_actor1", "actor1_id", "deleted"),
        Index("ix_incidents_actor2", "actor2_id", "deleted"),
        # A purged incident's id is never given to a new one (a stale reference would find it).
        {"sqlite_autoincrement": True},
    )


class IncidentActorRow(Base):
    """Associated actors (ACLED ``assoc_actor_1``/``assoc_actor_2``), in order."""

    __tablename__ = "incident_actors"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    side: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)

    __table_args__: ClassVar[dict[str, bool]] = {"sqlite_with_rowid": False}


# Link tables are WITHOUT ROWID: one B-tree fewer to maintain per row of a bulk load.
class IncidentTagRow(Base):
    __tablename__ = "incident_tags"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True, index=True)

    __table_args__: ClassVar[dict[str, bool]] = {"sqlite_with_rowid": False}


class SourceRow(Base):
    """Sources of an incident, in the order the analyst gave them."""

    __tablename__ = "sources"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    scale: Mapped[str | None] = mapped_column(Text)

    __table_args__: ClassVar[dict[str, bool]] = {"sqlite_with_rowid": False}


class RevisionRow(Base):
    """One change to one incident: who, when, which field, old -> new (JSON text)."""

    __tablename__ = "revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    change_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class ImportBatchRow(Base):
    """One applied import: the file, who and when, its counts, and whether it was undone.

    ``imported_at`` is also the ``updated_at`` every incident it wrote was given: an incident
    whose ``updated_at`` differs was changed after the import (store.imports refuses to undo).
    """

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text)
    added: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    updated: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    unchanged: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    duplicates: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rejected: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(Text)

    __table_args__: ClassVar[dict[str, bool]] = {"sqlite_autoincrement": True}


class ImportItemRow(Base):
    """An incident an import added or updated, by uuid (an id goes with a purge); ``before``
    is the updated incident's content before, as ``rowmap.flat`` JSON."""

    __tablename__ = "import_items"
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True
    )
    incident_uuid: Mapped[str] = mapped_column(Text, primary_key=True, index=True)
    action: Mapped[str] = mapped_column(Text)  # "added" | "updated"
    before: Mapped[str | None] = mapped_column(Text)
    # when the file's version was last modified (Sahel Desk's sd_last_modified), if it says
    source_modified: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the id an added incident was given: a redo gives it back (null: imported before 0008)
    incident_id: Mapped[int | None] = mapped_column(Integer)
    # for an update chosen field by field: the file's value of each field kept as it was
    # here (``rowmap.flat`` JSON), what a later merge takes the file to have said
    kept: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_import_items_kept", "incident_uuid", sqlite_where=text("kept IS NOT NULL")),
    )


incidents = IncidentRow.__table__
incident_actors = IncidentActorRow.__table__
incident_tags = IncidentTagRow.__table__
sources = SourceRow.__table__
revisions = RevisionRow.__table__
actors = ActorRow.__table__
actor_aliases = ActorAliasRow.__table__
tags = TagRow.__table__
places = PlaceRow.__table__
place_keys = PlaceKeyRow.__table__
meta = Meta.__table__
import_batches = ImportBatchRow.__table__
import_items = ImportItemRow.__table__
