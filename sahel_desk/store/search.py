"""Keeping the full-text index in step with the incidents.

The index has no copy of the text: it reads ``incident_search`` (a view over incidents,
actors and sources). A row is indexed after it is written and must be unindexed *before* it
changes or goes, while the view still shows what was indexed.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from sahel_desk.store.tables import FTS_COLUMNS, FTS_TABLE, SEARCH_VIEW

_COLUMNS = ", ".join(FTS_COLUMNS)
INDEX_RANGE_SQL = (
    f"INSERT INTO {FTS_TABLE} (rowid, {_COLUMNS}) "
    f"SELECT id, {_COLUMNS} FROM {SEARCH_VIEW} WHERE id BETWEEN ? AND ?"
)


def index_range(conn: Connection, first: int, last: int) -> None:
    """Index incidents ``first``..``last`` (ids allocated together by a bulk load)."""
    conn.exec_driver_sql(INDEX_RANGE_SQL, (first, last))


def index_ids(conn: Connection, ids: Sequence[int]) -> None:
    """Index these incidents (rows already written, not yet in the index)."""
    for start in range(0, len(ids), 900):
        chunk = tuple(ids[start : start + 900])
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE} (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
            f"FROM {SEARCH_VIEW} WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )


def unindex(conn: Connection, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = tuple(ids[start : start + 900])
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_COLUMNS}) "
            f"SELECT 'delete', id, {_COLUMNS} FROM {SEARCH_VIEW} "
            f"WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )


def problems(conn: Connection) -> list[str]:
    """Differences between the index and the incidents, in words (empty when in step)."""
    try:
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
        )
    except DBAPIError as exc:
        if "corrupt" not in str(exc.orig).lower() and "malformed" not in str(exc.orig).lower():
            raise
        return [
            "the full-text index is out of step with the incidents; "
            "'sahel-desk db reindex' rebuilds it"
        ]
    return []


def rebuild(conn: Connection) -> None:
    """Re-index everything from the view (repairs an index that fell out of step)."""
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
