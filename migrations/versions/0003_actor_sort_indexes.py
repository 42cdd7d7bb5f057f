"""actor indexes that also serve sorting by actor name (with ANALYZE statistics)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 14:25:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (actor_id, deleted) replaces (actor_id): with statistics, SQLite walks actors in name
    # order and each actor's incidents from this index, instead of sorting 100,000 rows.
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_actor1_id")
        batch_op.drop_index("ix_incidents_actor2_id")
        batch_op.create_index("ix_incidents_actor1", ["actor1_id", "deleted"], unique=False)
        batch_op.create_index("ix_incidents_actor2", ["actor2_id", "deleted"], unique=False)
    op.execute("ANALYZE")


def downgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_actor2")
        batch_op.drop_index("ix_incidents_actor1")
        batch_op.create_index("ix_incidents_actor2_id", ["actor2_id"], unique=False)
        batch_op.create_index("ix_incidents_actor1_id", ["actor1_id"], unique=False)
