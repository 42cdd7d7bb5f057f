"""Bring a database to the current schema: backup first, then every pending revision in one
transaction, so a failed migration leaves the file exactly as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from sahel_desk import paths
from sahel_desk.domain.errors import DatabaseError
from sahel_desk.store import meta
from sahel_desk.store.backup import backup_file
from sahel_desk.store.engine import ANALYSIS_LIMIT

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic takes ~0.15 s to import; a database already at head (every start but the first
# after an update) is recognised without it, from the revision files' own lines.
_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(migrations: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations or paths.migrations_dir()))
    return config


def head_revision(migrations: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config(migrations)).get_heads()
    if len(heads) != 1:
        raise DatabaseError(f"the migrations have {len(heads)} heads; expected one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'alembic_version'"
        ).scalar()
        if found is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _quick_head(migrations: Path | None) -> str | None:
    """The single head read straight from the revision files, or None if unsure."""
    revisions, downs = set(), set()
    for path in ((migrations or paths.migrations_dir()) / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(text))
        downs.update(_DOWN.findall(text))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def upgrade(
    engine: Engine, db_path: Path | None, *, migrations: Path | None = None
) -> UpgradeResult:
    """Upgrade to head. A database that already holds data is backed up beside itself first."""
    before = current_revision(engine)
    if before is not None and before == _quick_head(migrations):
        return UpgradeResult(before, before, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(migrations)
    head = head_revision(migrations)
    if before == head:
        return UpgradeResult(before, head, None)
    known = {s.revision for s in ScriptDirectory.from_config(config).walk_revisions()}
    if before is not None and before not in known:
        raise DatabaseError(
            f"this database has schema {before}, newer than this Sahel Desk knows; "
            "install the newer version that wrote it"
        )
    backup = None
    if before is not None and db_path is not None and db_path.exists():
        backup = backup_file(db_path, f"pre-{head}")
    try:
        with engine.connect().execution_options(write=True) as conn:
            # A table-copying (batch) migration drops and re-creates tables: with foreign keys
            # on, ON DELETE CASCADE would empty every child table. SQLite ignores this pragma
            # inside a transaction, so it is set on the raw connection before BEGIN.
            raw = conn.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise DatabaseError(f"{len(broken)} rows would point to missing records")
                meta.advance(conn)  # a revision may change rows: caches of the data read anew
                if before is not None:
                    # A new index without statistics looks perfect to the planner: 0006's
                    # trend index then won every sort, and sorting by location took 175 ms.
                    conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
                    conn.exec_driver_sql("ANALYZE")
                conn.commit()
            finally:
                conn.rollback()
                raw.execute("PRAGMA foreign_keys = ON")
    except Exception as exc:
        raise DatabaseError(
            f"upgrading the database from {before or 'empty'} to {head} failed and was rolled "
            f"back; nothing changed ({type(exc).__name__}: {exc})"
        ) from exc
    return UpgradeResult(before, current_revision(engine), backup)
