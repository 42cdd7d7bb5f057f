"""import items remember the fields an import kept as they were here, against the file

Chosen field by field, an import takes a colleague's toll and keeps our notes. Read again,
the same file offered its notes as a change once more, to be taken without a question: the
database kept no word of the choice. The file's value of each field kept is now recorded,
and a later merge counts it as what the file said then.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_items") as batch:
        batch.add_column(sa.Column("kept", sa.Text(), nullable=True))
    # planning asks about every incident of a file: only the few items with a choice are read
    op.create_index(
        "ix_import_items_kept",
        "import_items",
        ["incident_uuid"],
        sqlite_where=sa.text("kept IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_import_items_kept", table_name="import_items")
    with op.batch_alter_table("import_items") as batch:
        batch.drop_column("kept")
