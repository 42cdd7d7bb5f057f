"""Alembic environment. Sahel Desk runs migrations itself (sahel_desk.store.migrate), handing in
an open connection; every pending revision runs in that one transaction: all or nothing.
"""

from __future__ import annotations

from alembic import context

from sahel_desk.store.schema import FTS_TABLE, Base

config = context.config


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 table and its shadow tables are SQLite internals Alembic cannot model.
    return not (type_ == "table" and name and name.startswith(FTS_TABLE))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Sahel Desk migrations run through sahel_desk.store.migrate")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        include_object=include_object,
        transaction_per_migration=False,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
