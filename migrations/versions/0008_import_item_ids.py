"""import items remember the id each incident an import added was given

Undoing an import destroys the incidents it added; redoing it wrote them under new ids (an
AUTOINCREMENT id is never handed out twice), so "incident 412" in an analyst's notes named
nothing after an undo and a redo. With the id kept, a redo puts each back under its own.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_items") as batch:
        batch.add_column(sa.Column("incident_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_items") as batch:
        batch.drop_column("incident_id")
