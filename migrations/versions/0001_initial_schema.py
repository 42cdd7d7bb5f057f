"""initial schema: incidents, actors, tags, places, sources, revisions, full-text index

Revision ID: 0001
Revises:
Create Date: 2026-11-24 13:33:07.054131
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Written out here, not imported: revision files never import app code.
# What the full-text index covers, defined once in SQL: the index stores no copy of it
# (external content), and the store (re)indexes rows from this view.
SEARCH_VIEW = """
CREATE VIEW incident_search AS
SELECT i.id AS id,
       i.notes AS notes,
       trim(i.location || ' ' || i.admin3 || ' ' || i.admin2 || ' ' || i.admin1 || ' '
            || i.country) AS location,
       (SELECT group_concat(name, ' ; ') FROM (
            SELECT a.name AS name, 0 AS k, 0 AS p FROM actors a WHERE a.id = i.actor1_id
            UNION ALL
            SELECT a.name, ia.side * 2 - 1, ia.position FROM incident_actors ia
              JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id = i.id
            UNION ALL
            SELECT a.name, 2, 0 FROM actors a WHERE a.id = i.actor2_id
            ORDER BY 2, 3)) AS actors,
       (SELECT group_concat(src, ' ; ') FROM (
            SELECT s.name || coalesce(' ' || s.url, '') AS src FROM sources s
             WHERE s.incident_id = i.id ORDER BY s.position)) AS sources
FROM incidents i
"""
FTS_DDL = (
    "CREATE VIRTUAL TABLE incident_fts USING fts5(notes, location, actors, sources, "
    "content = 'incident_search', content_rowid = 'id', "
    "tokenize = 'unicode61 remove_diacritics 2')"
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("actor_type", sa.Integer(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("name", name=op.f("uq_actors_name")),
    )
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actors_key"), ["key"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "places",
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("admin1", sa.Text(), server_default="", nullable=False),
        sa.Column("admin2", sa.Text(), server_default="", nullable=False),
        sa.Column("admin3", sa.Text(), server_default="", nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("alt_names", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("ref", name=op.f("pk_places")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("label_fr", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), server_default="", nullable=False),
        sa.Column("description_fr", sa.Text(), server_default="", nullable=False),
        sa.Column("hidden", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["tags.id"], name=op.f("fk_tags_parent_id_tags"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("code", name=op.f("uq_tags_code")),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_aliases_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_aliases")),
        sa.UniqueConstraint("key", name=op.f("uq_actor_aliases_key")),
    )
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_aliases_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("external_timestamp", sa.Integer(), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.Integer(), nullable=False),
        sa.Column("event_type", sa.String(length=40), nullable=False),
        sa.Column("sub_event_type", sa.String(length=60), nullable=False),
        sa.Column("original_event_type", sa.Text(), nullable=True),
        sa.Column("actor1_id", sa.Integer(), nullable=False),
        sa.Column("inter1", sa.Integer(), nullable=True),
        sa.Column("actor2_id", sa.Integer(), nullable=True),
        sa.Column("inter2", sa.Integer(), nullable=True),
        sa.Column("civilian_targeting", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("admin1", sa.Text(), server_default="", nullable=False),
        sa.Column("admin2", sa.Text(), server_default="", nullable=False),
        sa.Column("admin3", sa.Text(), server_default="", nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=False),
        sa.Column("place_ref", sa.String(length=40), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor1_id"], ["actors.id"], name=op.f("fk_incidents_actor1_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["actor2_id"], ["actors.id"], name=op.f("fk_incidents_actor2_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint("uuid", name=op.f("uq_incidents_uuid")),
        sqlite_autoincrement=True,  # purged ids are never reused by new incidents
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_actor1_id"), ["actor1_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_actor2_id"), ["actor2_id"], unique=False)
        batch_op.create_index(
            "ix_incidents_deleted_date", ["deleted", "event_date", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_incidents_external_id"), ["external_id"], unique=False)
        batch_op.create_index(
            "ix_incidents_report", ["deleted", "event_date", "admin1", "fatalities"], unique=False
        )

    op.create_table(
        "place_keys",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("exact", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["ref"], ["places.ref"], name=op.f("fk_place_keys_ref_places"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("key", "ref", name=op.f("pk_place_keys")),
    )
    op.create_table(
        "incident_actors",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_incident_actors_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_actors_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "side", "position", name=op.f("pk_incident_actors")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("incident_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_actors_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "incident_tags",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_tags_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_incident_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("incident_id", "tag_id", name=op.f("pk_incident_tags")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("incident_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_revisions_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
    )
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revisions_change_id"), ["change_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_revisions_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "sources",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("scale", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_sources_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "position", name=op.f("pk_sources")),
        sqlite_with_rowid=False,
    )
    op.execute(SEARCH_VIEW)
    op.execute(FTS_DDL)


def downgrade() -> None:
    op.execute("DROP TABLE incident_fts")
    op.execute("DROP VIEW incident_search")
    op.drop_table("sources")
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revisions_incident_id"))
        batch_op.drop_index(batch_op.f("ix_revisions_change_id"))

    op.drop_table("revisions")
    with op.batch_alter_table("incident_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_tags_tag_id"))

    op.drop_table("incident_tags")
    with op.batch_alter_table("incident_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_actors_actor_id"))

    op.drop_table("incident_actors")
    op.drop_table("place_keys")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_report")
        batch_op.drop_index(batch_op.f("ix_incidents_external_id"))
        batch_op.drop_index("ix_incidents_deleted_date")
        batch_op.drop_index(batch_op.f("ix_incidents_actor2_id"))
        batch_op.drop_index(batch_op.f("ix_incidents_actor1_id"))

    op.drop_table("incidents")
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_aliases_actor_id"))

    op.drop_table("actor_aliases")
    op.drop_table("tags")
    op.drop_table("places")
    op.drop_table("meta")
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actors_key"))

    op.drop_table("actors")
