"""The incidents a write transaction touched, noted by triggers on this program's connections.

The chart columns (``store.memberships``) are read whole once per generation: 1.5 s at
1,000,000 incidents. After a write of this program they need only the incidents it touched read
again. TEMP triggers (this connection's, in its own schema: nothing is added to the file, and
another program's writes are never noted, so they are read whole) list them in a TEMP table,
which the write takes before it commits.
"""

from __future__ import annotations

import sqlite3

MOST = 20_000  # more touched than this: reading the columns whole is as quick

_WATCHED = {  # table -> its column naming the incident
    "incidents": "id",
    "incident_tags": "incident_id",
    "incident_actors": "incident_id",
}
_TRIGGERS = [
    f"touched_{table}_{event}" for table in _WATCHED for event in ("insert", "update", "delete")
]
_INSTALL = [
    "CREATE TEMP TABLE IF NOT EXISTS touched (incident_id INTEGER)",
    *(
        f"CREATE TEMP TRIGGER IF NOT EXISTS touched_{table}_{event.lower()} "
        f"AFTER {event} ON main.{table} BEGIN "
        + " ".join(f"INSERT INTO touched VALUES ({row}.{column});" for row in rows)
        + " END"
        for table, column in _WATCHED.items()
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",)))
    ),
]


def stop(conn: sqlite3.Connection) -> None:
    """Note nothing in the transaction ``conn`` has begun (a bulk write): the triggers a
    pooled connection kept from an earlier write are dropped; ``start`` makes them again."""
    for name in _TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS temp.{name}")


def start(conn: sqlite3.Connection) -> bool:
    """Note what the transaction ``conn`` has begun touches; False when it cannot (a file
    whose tables are not made yet)."""
    try:
        for statement in _INSTALL:
            conn.execute(statement)
        conn.execute("DELETE FROM temp.touched")
    except sqlite3.OperationalError:
        return False
    return True


def take(conn: sqlite3.Connection) -> str | None:
    """The ids the transaction touched, distinct, as "1,5,9" ("" for none); None when more
    than ``MOST``. The list is emptied."""
    distinct = "SELECT DISTINCT incident_id FROM temp.touched WHERE incident_id IS NOT NULL"
    (count,) = conn.execute(f"SELECT count(*) FROM ({distinct})").fetchone()
    found = None
    if count <= MOST:
        (found,) = conn.execute(f"SELECT group_concat(incident_id) FROM ({distinct})").fetchone()
    conn.execute("DELETE FROM temp.touched")
    return None if count > MOST else found or ""
