"""The Store: the one door to the database for the UI, the CLI and the tests."""

from __future__ import annotations

import functools
import getpass
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from sahel_desk.domain.errors import DatabaseError
from sahel_desk.store import meta, migrate, search
from sahel_desk.store.catalog import ActorRepo, HistoryRepo
from sahel_desk.store.engine import make_engine
from sahel_desk.store.incidents import IncidentRepo
from sahel_desk.store.places import PlaceRepo
from sahel_desk.store.seed import ensure_reference_data
from sahel_desk.store.session import Session, database_error
from sahel_desk.store.tags import TagRepo

if TYPE_CHECKING:
    from sahel_desk.store.imports import ImportRepo
    from sahel_desk.store.reports import ReportRepo


@dataclass(frozen=True)
class OpenReport:
    """What opening did: the schema upgrade (and its backup) and the reference data reloaded."""

    upgrade: migrate.UpgradeResult
    reloaded: tuple[str, ...]


class Store:
    """An open Sahel Desk database. Open with ``Store.open(path)``; close when done."""

    def __init__(self, path: Path, session: Session, report: OpenReport):
        self.path = path
        self._session = session
        self.opened = report
        self.incidents = IncidentRepo(session)
        self.tags = TagRepo(session)
        self.actors = ActorRepo(session)
        self.places = PlaceRepo(session)
        self.history = HistoryRepo(session)

    # Loaded when first used: the window's start does not wait for them (issue 3's 0.6 s).
    @functools.cached_property
    def reports(self) -> ReportRepo:
        from sahel_desk.store.reports import ReportRepo

        return ReportRepo(self._session)

    @functools.cached_property
    def imports(self) -> ImportRepo:
        from sahel_desk.store.imports import ImportRepo

        return ImportRepo(self._session)

    @classmethod
    def open(cls, path: Path | str, *, author: str | None = None, create: bool = True) -> Store:
        """Open (creating if allowed) and upgrade the database at ``path``."""
        path = Path(path).expanduser()
        if not path.exists():
            if not create:
                raise DatabaseError(f"there is no database at {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file")
        else:
            _check_is_sqlite(path)
            _refuse_foreign(path)
        engine = make_engine(path)
        try:
            result = migrate.upgrade(engine, path)
            with engine.connect().execution_options(write=True) as conn, conn.begin():
                reloaded = ensure_reference_data(conn)
                if reloaded:  # another program's cached columns must see it (meta.generation)
                    meta.advance(conn)
        except DBAPIError as exc:
            engine.dispose()
            raise database_error(exc) from exc
        except Exception:
            engine.dispose()
            raise
        session = Session(engine, author or _default_author())
        return cls(path, session, OpenReport(result, tuple(reloaded)))

    def close(self) -> None:
        try:  # SQLite's advice: refresh the planner's statistics when they have drifted
            with self._session.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except DBAPIError:
            pass  # a busy or read-only database keeps its old statistics; nothing is lost
        self._session.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def author(self) -> str:
        return self._session.author

    def generation(self) -> str:
        """A token that changes whenever any program's write changed the data
        (``meta.generation``): a window compares it to notice another program's writes."""
        with self._session.read() as conn:
            return meta.generation(conn)

    def only_ours_since(self, generation: str, seen: str) -> bool:
        """Whether every write from ``seen`` to ``generation`` was this program's: following
        its own writes back from ``generation`` leads to ``seen``, with no other in between."""
        written = self._session.written
        while generation != seen:
            before = written.get(generation)  # .get: a write may be forgetting the oldest
            if before is None:
                break
            generation = before
        return generation == seen

    def schema_revision(self) -> str | None:
        return migrate.current_revision(self._session.engine)

    def check(self) -> list[str]:
        """Integrity problems, in words; empty when the database is sound."""
        problems: list[str] = []
        with self._session.read() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            if result != ["ok"]:
                problems.extend(f"integrity: {line}" for line in result)
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {row[0]} row {row[1]} points to a missing {row[2]}")
        # FTS5's integrity check is written as an INSERT: it needs the write lock to be honest
        # while another program is saving.
        with self._session.write(data=False) as conn:
            problems.extend(search.problems(conn))
        return problems

    def reindex(self) -> None:
        """Rebuild the full-text index from the incidents (repairs what 'check' reports)."""
        with self._session.write(data=False) as conn:
            search.rebuild(conn)

    def info(self) -> dict[str, object]:
        with self._session.read() as conn:
            meta = dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())
            counts = {
                table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                for table in ("incidents", "actors", "tags", "places", "revisions")
            }
            trashed = conn.exec_driver_sql(
                "SELECT count(*) FROM incidents WHERE deleted"
            ).scalar_one()
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
        return {
            "path": str(self.path),
            "size_bytes": self.path.stat().st_size,
            "schema": self.schema_revision(),
            "sqlite": sqlite3.sqlite_version,
            "journal_mode": journal,
            "incidents_in_trash": trashed,
            **{f"{k}_count": v for k, v in counts.items()},
            **meta,
        }


def _refuse_foreign(path: Path) -> None:
    """An SQLite file of another program (tables, but no schema version of ours) is left alone.

    Read through a plain read-only connection: the engine's pragmas would switch it to WAL.
    """
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be read as a database ({exc})") from exc
    finally:
        conn.close()
    if names and "alembic_version" not in names:
        raise DatabaseError(
            f"{path} is an SQLite database of another program, not Sahel Desk's; "
            "nothing was changed"
        )


def _check_is_sqlite(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise DatabaseError(f"{path} is not a Sahel Desk database (not an SQLite file)")


def _default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems
        return "analyst"
