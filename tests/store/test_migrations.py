"""The migrations: one head, upgrade from empty, models match, failures roll back whole."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from support import read_rows

from sahel_desk import paths
from sahel_desk.domain.errors import DatabaseError
from sahel_desk.store import Store, migrate
from sahel_desk.store.engine import make_engine
from sahel_desk.store.schema import Base
from sahel_desk.synthetic.article import article_incidents

HEAD = "0009"


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_single_head():
    assert migrate.head_revision() == HEAD


def test_upgrade_from_empty_creates_every_table(tmp_path):
    engine = make_engine(tmp_path / "new.sqlite")
    result = migrate.upgrade(engine, tmp_path / "new.sqlite")
    assert (result.before, result.after, result.backup) == (None, HEAD, None)
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    assert {"incidents", "revisions", "tags", "actors", "places", "incident_fts"} <= names


def test_models_match_the_migrations(tmp_path):
    engine = make_engine(tmp_path / "drift.sqlite")
    migrate.upgrade(engine, None)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_object": lambda o, n, t, r, c: (
                    not (t == "table" and n.startswith("incident_fts"))
                ),
            },
        )
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def with_revision(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus revision 9000 (on top of the head) doing ``body``."""
    target = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), target, ignore=shutil.ignore_patterns("__pycache__"))
    head = (
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f'revision = "9000"\ndown_revision = "{HEAD}"\nbranch_labels = None\ndepends_on = None\n'
    )
    (target / "versions" / "9000_test.py").write_text(head + body, encoding="utf-8")
    return target


def failing_migrations(tmp_path: Path) -> Path:
    return with_revision(
        tmp_path,
        """
def upgrade():
    op.add_column("incidents", sa.Column("half_done", sa.Integer()))
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE incidents SET notes = 'clobbered'")
    raise RuntimeError("migration bug")


def downgrade():
    pass
""",
    )


def test_failing_migration_leaves_the_database_exactly_as_it_was(db_path, tmp_path):
    with Store.open(db_path) as store:
        store.incidents.add_many(article_incidents())
    before = dump(db_path)
    engine = make_engine(db_path)
    with pytest.raises(DatabaseError, match="rolled back"):
        migrate.upgrade(engine, db_path, migrations=failing_migrations(tmp_path))
    assert migrate.current_revision(engine) == HEAD
    engine.dispose()
    assert dump(db_path) == before
    backups = list(db_path.parent.glob("*.pre-9000.*.bak"))
    assert len(backups) == 1  # the backup was taken before the attempt
    assert dump(backups[0]) == before


def test_a_database_from_a_newer_version_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="newer"):
        Store.open(db_path)


def test_something_that_is_not_a_database_is_refused(tmp_path):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("my field notes, not a database", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a Sahel Desk database"):
        Store.open(notes)
    assert notes.read_text(encoding="utf-8") == "my field notes, not a database"


def test_reference_data_is_seeded_once(db_path):
    with Store.open(db_path) as store:
        assert store.opened.reloaded == ()  # the template already has it
        assert store.places.count() > 10_000
        assert len(store.tags.all()) > 20
        assert store.actors.match("GSIM") == "JNIM: Group for Support of Islam and Muslims"


def table_copying_migration(tmp_path: Path) -> Path:
    """A realistic later migration: rebuild `incidents` (batch mode), keeping the search view."""
    return with_revision(
        tmp_path,
        """

def upgrade():
    bind = op.get_bind()
    view = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'incident_search'").scalar()
    op.execute("DROP VIEW incident_search")
    with op.batch_alter_table("incidents", recreate="always") as batch:
        batch.add_column(sa.Column("reviewed", sa.Boolean(), server_default="0"))
    op.execute(view)


def downgrade():
    pass
""",
    )


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("incidents", "sources", "incident_tags", "incident_actors")
        }
    finally:
        conn.close()


def test_a_table_copying_migration_keeps_every_child_row(db_path, tmp_path):
    with Store.open(db_path) as store:
        store.incidents.add_many(article_incidents())
    before = counts(db_path)
    assert all(before.values())
    engine = make_engine(db_path)
    result = migrate.upgrade(engine, db_path, migrations=table_copying_migration(tmp_path))
    assert result.after == "9000"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on afterwards
    engine.dispose()
    assert counts(db_path) == before


def test_paths_with_hash_and_question_marks_are_kept_whole(tmp_path):
    folder = tmp_path / "Dossier #2" / "what?"
    path = folder / "mali.sqlite"
    with Store.open(path) as store:
        store.incidents.add_many(article_incidents())
    assert path.exists() and not (tmp_path / "Dossier ").exists()
    from sahel_desk.store.backup import backup_file

    copy = backup_file(path, "manual")
    assert counts(copy)["incidents"] == 3


def test_a_database_one_revision_behind_is_upgraded_with_a_backup(db_path):
    from alembic import command

    with Store.open(db_path) as store:
        store.incidents.add_many(article_incidents())
    engine = make_engine(db_path)
    with engine.connect().execution_options(write=True) as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        conn.commit()
    engine.dispose()
    with Store.open(db_path) as store:
        assert (store.opened.upgrade.before, store.opened.upgrade.after) == ("0001", HEAD)
        assert store.opened.upgrade.backup is not None and store.opened.upgrade.backup.exists()
        assert store.incidents.count() == 3 and store.check() == []
    assert counts(store.opened.upgrade.backup)["incidents"] == 3
    # the indexes the upgrade made have statistics, or the planner takes them for perfect
    stats = {name for (name,) in read_rows(store, "SELECT idx FROM sqlite_stat1")}
    assert "ix_incidents_trend" in stats


def test_the_generated_core_tables_are_current_and_the_same_schema():
    """store/tables.py (what the store runs on) is generated from the typed mappings in
    schema.py; it must be what the generator writes today and give the same DDL."""
    import importlib.util

    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from sahel_desk.store import tables

    path = Path(__file__).resolve().parents[2] / "scripts" / "gen_tables.py"
    spec = importlib.util.spec_from_file_location("gen_tables", path)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.TARGET.read_text(encoding="utf-8") == gen.source(), (
        "sahel_desk/store/tables.py is stale: run scripts/gen_tables.py"
    )

    def ddl(metadata) -> list[str]:
        dialect = sqlite.dialect()
        out = []
        for table in metadata.sorted_tables:
            out.append(str(CreateTable(table).compile(dialect=dialect)).strip())
            out += sorted(
                str(CreateIndex(i).compile(dialect=dialect)).strip() for i in table.indexes
            )
        return out

    assert ddl(tables.metadata) == ddl(Base.metadata)
