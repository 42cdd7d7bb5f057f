"""indexes so that sorting and the commonest filters of the incident list stay under 100 ms

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 14:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_incidents_sort_fatalities": ["deleted", "fatalities"],
    "ix_incidents_sort_location": ["deleted", "location"],
    "ix_incidents_filter_admin1": ["deleted", "admin1", "event_date"],
    "ix_incidents_filter_type": ["deleted", "event_type", "event_date"],
}


def upgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        for name, columns in INDEXES.items():
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        for name in INDEXES:
            batch_op.drop_index(name)
