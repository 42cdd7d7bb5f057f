"""Helpers shared by the tests (on the path through pytest's ``pythonpath``)."""

from __future__ import annotations

import sqlite3
from typing import Any


def read_rows(store: Any, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` read through a second, plain sqlite3 connection: what is really stored."""
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()
