"""Short-lived connections: one per read or write, so worker threads never share one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from sahel_desk.domain.errors import DatabaseError, SahelDeskError
from sahel_desk.store import touched
from sahel_desk.store.meta import advance

_RULES = {
    "incidents.uuid": "an incident with the same UUID is already in this database (or twice in "
    "what is being saved)",
    "FOREIGN KEY": "it refers to something that does not exist",
}


_KEPT = 256  # own generations remembered
_KEPT_TOUCHED = 16  # and what the latest of them touched


class IntegrityProblem(SahelDeskError):
    """A write broke a database rule; the whole transaction was rolled back."""


class Session:
    def __init__(self, engine: Engine, author: str):
        self.engine = engine
        self.author = author
        # the generations this program's writes made -> the one each replaced, oldest first
        self.written: dict[str, str] = {}
        # the latest of them -> the incidents that write touched ("1,5,9"; None: too many)
        self.touched: dict[str, str | None] = {}
        self._noting = threading.Lock()  # over both

    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise database_error(exc) from exc

    def touched_since(self, seen: str, generation: str) -> str | None:
        """The incidents this program's writes touched from ``seen`` to ``generation``
        ("1,5,9", "" for none); None when another program wrote between, or when they
        touched more than ``touched.MOST`` together (reading the columns whole is as quick)."""
        parts, count = [], 0
        with self._noting:
            while generation != seen:
                ids, before = self.touched.get(generation), self.written.get(generation)
                if ids is None or before is None:
                    return None
                count += ids.count(",") + 1 if ids else 0
                if count > touched.MOST:
                    return None
                parts.append(ids)
                generation = before
        return ",".join(part for part in parts if part)

    @contextmanager
    def write(self, *, data: bool = True, note: bool = True) -> Iterator[Connection]:
        """One IMMEDIATE transaction: committed when the block ends, rolled back on error.
        One that changed rows gets the database a new generation (``meta.generation``, what
        caches of the incidents compare), unless it changes no ``data`` they hold (the search
        index's check and rebuild). The incidents it touches are noted (``touched``) unless
        ``note`` is False: a bulk write that will touch more than ``touched.MOST`` (the
        triggers cost an import of 100,000 incidents a quarter of its time)."""
        made = None
        try:
            with self.engine.connect().execution_options(write=True) as conn, conn.begin():
                raw = conn.connection.dbapi_connection
                noting = note and touched.start(raw)  # type: ignore[arg-type]
                if not note:
                    touched.stop(raw)  # type: ignore[arg-type]
                before = _changes(conn)
                yield conn
                if data and _changes(conn) != before:
                    ids = touched.take(raw) if noting else None  # type: ignore[arg-type]
                    made = advance(conn)
            if made:  # committed
                with self._noting:  # two threads may write at once
                    self.written[made[1]] = made[0]
                    self.touched[made[1]] = ids
                    while len(self.written) > _KEPT:
                        del self.written[next(iter(self.written))]
                    while len(self.touched) > _KEPT_TOUCHED:
                        del self.touched[next(iter(self.touched))]
        except IntegrityError as exc:
            detail = str(exc.orig)
            reason = next((why for key, why in _RULES.items() if key in detail), detail)
            raise IntegrityProblem(f"nothing was saved: {reason}") from exc
        except DBAPIError as exc:
            raise database_error(exc, "nothing was saved: ") from exc


def _changes(conn: Connection) -> int:
    """Rows this connection has changed since it opened (SQLite's own count)."""
    return conn.connection.dbapi_connection.total_changes  # type: ignore[union-attr]


def database_error(exc: DBAPIError, prefix: str = "") -> DatabaseError:
    """SQLite's complaint in one line a person can act on."""
    detail = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
    if "locked" in detail:
        detail = "the database is busy in another program (another Sahel Desk?); try again"
    elif "malformed" in detail or "not a database" in detail:
        detail = f"the database file is damaged ({detail}); restore a backup"
    return DatabaseError(prefix + detail)
