"""The ``meta`` table: small facts about the database (versions, removed reference codes)."""

from __future__ import annotations

import json
import secrets

from sqlalchemy import Connection, delete, select

from sahel_desk.store import tables as s

REMOVED_TAGS = "tags_removed"  # shipped tag codes the user merged away: never re-seeded
GENERATION = "generation"  # replaced by every write transaction that changed a row


def get(conn: Connection, key: str) -> str | None:
    return conn.execute(select(s.meta.c.value).where(s.meta.c.key == key)).scalar()


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(s.meta).where(s.meta.c.key == key))
    conn.execute(s.meta.insert().values(key=key, value=value))


def codes(conn: Connection, key: str) -> set[str]:
    try:
        return set(json.loads(get(conn, key) or "[]"))
    except ValueError:
        return set()


def add_code(conn: Connection, key: str, code: str) -> None:
    put(conn, key, json.dumps(sorted(codes(conn, key) | {code})))


def generation(conn: Connection) -> str:
    """The database's generation: a token ``Session.write`` replaces whenever a write
    transaction changed a row; what caches data compare. Migration 0007 makes the versions
    that would write without replacing it refuse the file."""
    return get(conn, GENERATION) or ""


def advance(conn: Connection) -> tuple[str, str]:
    """A new generation, inside the write transaction that changed rows: (the one it
    replaces, the new one). Random, not counted: a backup put back in place must not repeat
    a generation a cache holds."""
    before = generation(conn)
    token = secrets.token_hex(8)
    conn.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (GENERATION, token),
    )
    return before, token
