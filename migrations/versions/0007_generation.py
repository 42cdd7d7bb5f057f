"""the database's generation: a token every write that changes rows replaces

The trend charts keep the incidents' columns in memory and read them again only when the
generation has moved (store.memberships). A Sahel Desk that predates it would write without
moving it and leave another program's charts counting what is no longer there: this
revision makes those versions refuse the file ("newer than this Sahel Desk knows").

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 02:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO meta (key, value) VALUES ('generation', lower(hex(randomblob(8)))) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


def downgrade() -> None:
    op.execute("DELETE FROM meta WHERE key = 'generation'")
