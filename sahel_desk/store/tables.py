"""The store's tables as SQLAlchemy Core, generated from ``schema.py`` by
``scripts/gen_tables.py``: do not edit (a test compares). Private to ``sahel_desk.store``.

The typed ORM mappings in ``schema.py`` are the definition (Alembic and the tests use them);
the store runs on these, so that the window's start never imports the ORM.
"""

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

FTS_TABLE = "incident_fts"
SEARCH_VIEW = "incident_search"
FTS_COLUMNS = ("notes", "location", "actors", "sources")

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


actors = Table(
    "actors",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("name", Text(), nullable=False, unique=True),
    Column("key", Text(), nullable=False, index=True),
    Column("actor_type", Integer(), nullable=True),
    Column("country", Text(), nullable=True),
    Column("description", Text(), nullable=False, server_default=""),
)

import_batches = Table(
    "import_batches",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("file_name", Text(), nullable=False),
    Column("file_sha256", Text(), nullable=True),
    Column("imported_at", DateTime(), nullable=False),
    Column("author", Text(), nullable=False),
    Column("added", Integer(), nullable=False, server_default=text("0")),
    Column("updated", Integer(), nullable=False, server_default=text("0")),
    Column("unchanged", Integer(), nullable=False, server_default=text("0")),
    Column("duplicates", Integer(), nullable=False, server_default=text("0")),
    Column("rejected", Integer(), nullable=False, server_default=text("0")),
    Column("undone_at", DateTime(), nullable=True),
    Column("undone_by", Text(), nullable=True),
    sqlite_autoincrement=True,
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(length=64), primary_key=True),
    Column("value", Text(), nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("ref", String(length=40), primary_key=True),
    Column("name", Text(), nullable=False),
    Column("kind", String(length=16), nullable=False),
    Column("country", Text(), nullable=False),
    Column("admin1", Text(), nullable=False, server_default=""),
    Column("admin2", Text(), nullable=False, server_default=""),
    Column("admin3", Text(), nullable=False, server_default=""),
    Column("latitude", Float(), nullable=True),
    Column("longitude", Float(), nullable=True),
    Column("population", Integer(), nullable=True),
    Column("alt_names", Text(), nullable=False, server_default=""),
)

tags = Table(
    "tags",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("code", String(length=80), nullable=False, unique=True),
    Column("kind", String(length=16), nullable=False),
    Column("parent_id", ForeignKey("tags.id", ondelete="RESTRICT"), nullable=True),
    Column("label_en", Text(), nullable=False),
    Column("label_fr", Text(), nullable=False),
    Column("description_en", Text(), nullable=False, server_default=""),
    Column("description_fr", Text(), nullable=False, server_default=""),
    Column("hidden", Boolean(), nullable=False, server_default=text("0")),
    Column("position", Integer(), nullable=False, server_default=text("0")),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("actor_id", ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("alias", Text(), nullable=False),
    Column("key", Text(), nullable=False, unique=True),
)

import_items = Table(
    "import_items",
    metadata,
    Column("batch_id", ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_uuid", Text(), primary_key=True, index=True),
    Column("action", Text(), nullable=False),
    Column("before", Text(), nullable=True),
    Column("source_modified", DateTime(), nullable=True),
    Column("incident_id", Integer(), nullable=True),
    Column("kept", Text(), nullable=True),
    Index("ix_import_items_kept", "incident_uuid", sqlite_where=text("kept IS NOT NULL")),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("uuid", String(length=36), nullable=False, unique=True),
    Column("external_id", String(length=64), nullable=True, index=True),
    Column("external_timestamp", Integer(), nullable=True),
    Column("event_date", Date(), nullable=False),
    Column("date_precision", Integer(), nullable=False),
    Column("event_type", String(length=40), nullable=False),
    Column("sub_event_type", String(length=60), nullable=False),
    Column("original_event_type", Text(), nullable=True),
    Column("actor1_id", ForeignKey("actors.id"), nullable=False),
    Column("inter1", Integer(), nullable=True),
    Column("actor2_id", ForeignKey("actors.id"), nullable=True),
    Column("inter2", Integer(), nullable=True),
    Column("civilian_targeting", Boolean(), nullable=False, server_default=text("0")),
    Column("country", Text(), nullable=False),
    Column("admin1", Text(), nullable=False, server_default=""),
    Column("admin2", Text(), nullable=False, server_default=""),
    Column("admin3", Text(), nullable=False, server_default=""),
    Column("location", Text(), nullable=False),
    Column("latitude", Float(), nullable=True),
    Column("longitude", Float(), nullable=True),
    Column("geo_precision", Integer(), nullable=False),
    Column("place_ref", String(length=40), nullable=True),
    Column("fatalities", Integer(), nullable=True),
    Column("fatalities_low", Integer(), nullable=True),
    Column("fatalities_high", Integer(), nullable=True),
    Column("notes", Text(), nullable=False, server_default=""),
    Column("created_at", DateTime(), nullable=False),
    Column("created_by", Text(), nullable=False),
    Column("updated_at", DateTime(), nullable=False),
    Column("updated_by", Text(), nullable=False),
    Column("deleted", Boolean(), nullable=False, server_default=text("0")),
    Index("ix_incidents_actor1", "actor1_id", "deleted"),
    Index("ix_incidents_actor2", "actor2_id", "deleted"),
    Index("ix_incidents_deleted_date", "deleted", "event_date", "id"),
    Index("ix_incidents_filter_admin1", "deleted", "admin1", "event_date"),
    Index("ix_incidents_filter_type", "deleted", "event_type", "event_date"),
    Index("ix_incidents_sort_fatalities", "deleted", "fatalities"),
    Index("ix_incidents_sort_location", "deleted", "location"),
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
    sqlite_autoincrement=True,
)

place_keys = Table(
    "place_keys",
    metadata,
    Column("key", Text(), primary_key=True),
    Column("ref", ForeignKey("places.ref", ondelete="CASCADE"), primary_key=True),
    Column("exact", Boolean(), nullable=False, server_default=text("0")),
)

incident_actors = Table(
    "incident_actors",
    metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("side", Integer(), primary_key=True),
    Column("position", Integer(), primary_key=True),
    Column("actor_id", ForeignKey("actors.id"), nullable=False, index=True),
    sqlite_with_rowid=False,
)

incident_tags = Table(
    "incident_tags",
    metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True, index=True),
    sqlite_with_rowid=False,
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column(
        "incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("change_id", String(length=36), nullable=False, index=True),
    Column("at", DateTime(), nullable=False),
    Column("author", Text(), nullable=False),
    Column("action", String(length=16), nullable=False),
    Column("field", String(length=40), nullable=True),
    Column("old", Text(), nullable=True),
    Column("new", Text(), nullable=True),
)

sources = Table(
    "sources",
    metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer(), primary_key=True),
    Column("name", Text(), nullable=False),
    Column("date", Date(), nullable=True),
    Column("url", Text(), nullable=True),
    Column("scale", Text(), nullable=True),
    sqlite_with_rowid=False,
)
