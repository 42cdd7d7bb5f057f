"""Short-lived connections: one per read or write, so worker threads never share one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine


class Session:
    def __init__(self, engine: Engine, author: str):
        self.engine = engine
        self.author = author

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One IMMEDIATE transaction: committed when the block ends, rolled back on error."""
        with self.engine.connect().execution_options(write=True) as conn, conn.begin():
            yield conn
