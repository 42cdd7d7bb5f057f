"""import items remember when the file's version of each incident was last modified

Without it a re-import compares the file with the time of the earlier import, not with the
version that import brought, and a colleague's later correction reads as older than ours.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_items") as batch:
        batch.add_column(sa.Column("source_modified", sa.DateTime(), nullable=True))
    # An incident's imports, by uuid: planning an import and exporting look them up, and the
    # history of imports only grows (a scan per lookup would slow every import to come).
    op.create_index("ix_import_items_incident_uuid", "import_items", ["incident_uuid"])


def downgrade() -> None:
    op.drop_index("ix_import_items_incident_uuid", table_name="import_items")
    with op.batch_alter_table("import_items") as batch:
        batch.drop_column("source_modified")
