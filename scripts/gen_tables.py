"""Write ``sahel_desk/store/tables.py``: the tables of ``store/schema.py`` as plain Core tables.

    .venv/bin/python scripts/gen_tables.py

``schema.py`` (typed ORM mappings) is the one definition; the store runs on the generated Core
tables so that opening the window never imports the ORM (about 0.1 s of a 0.6 s start). A
test fails when ``tables.py`` differs from what this script writes, and compares the two
schemas' DDL.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Column, ForeignKey, Table

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "sahel_desk" / "store" / "tables.py"

HEADER = '''"""The store's tables as SQLAlchemy Core, generated from ``schema.py`` by
``scripts/gen_tables.py``: do not edit (a test compares). Private to ``sahel_desk.store``.

The typed ORM mappings in ``schema.py`` are the definition (Alembic and the tests use them);
the store runs on these, so that the window's start never imports the ORM.
"""

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

FTS_TABLE = {fts_table!r}
SEARCH_VIEW = {search_view!r}
FTS_COLUMNS = {fts_columns!r}

metadata = MetaData(naming_convention={naming!r})
'''


def _type(column: Column) -> str:
    return repr(column.type)  # String(length=36), DateTime(timezone=True): every argument


def _refuse_what_is_not_written(column: Column) -> None:
    """Column settings this generator does not write would be lost without a trace (the DDL
    comparison cannot see them): stop instead."""
    table = column.table.name
    unwritten = {
        "default": column.default,
        "onupdate": column.onupdate,
        "server_onupdate": column.server_onupdate,
        "info": column.info or None,
        "comment": column.comment,
        "autoincrement": None if column.autoincrement == "auto" else column.autoincrement,
    }
    found = {name: value for name, value in unwritten.items() if value is not None}
    if found:
        raise SystemExit(f"{table}.{column.name}: gen_tables.py does not write {sorted(found)}")


def _column(column: Column) -> str:
    _refuse_what_is_not_written(column)
    args = [repr(column.name)]
    fks = list(column.foreign_keys)
    if fks:
        fk: ForeignKey = fks[0]
        ondelete = f", ondelete={fk.ondelete!r}" if fk.ondelete else ""
        args.append(f"ForeignKey({fk.target_fullname!r}{ondelete})")
    else:
        args.append(_type(column))
    if column.primary_key:
        args.append("primary_key=True")
    if not column.primary_key:
        args.append(f"nullable={column.nullable}")
    if column.unique:
        args.append("unique=True")
    if column.index:
        args.append("index=True")
    default = column.server_default
    if default is not None:
        arg = default.arg  # type: ignore[attr-defined]
        value = f"text({arg.text!r})" if hasattr(arg, "text") else repr(arg)
        args.append(f"server_default={value}")
    return f"    Column({', '.join(args)}),"


def _table(table: Table) -> str:
    lines = [f"{table.name} = Table(", f"    {table.name!r},", "    metadata,"]
    lines += [_column(c) for c in table.columns]
    if {type(c).__name__ for c in table.constraints} - {
        "PrimaryKeyConstraint",
        "ForeignKeyConstraint",
        "UniqueConstraint",
    }:
        raise SystemExit(f"{table.name}: gen_tables.py does not write its CHECK constraints")
    for index in sorted(table.indexes, key=lambda i: i.name or ""):
        where = index.dialect_kwargs.get("sqlite_where")
        others = set(index.dialect_kwargs) - {"sqlite_where"}
        if index.unique or others or index.expressions != list(index.columns):
            raise SystemExit(f"{index.name}: gen_tables.py writes plain and partial indexes only")
        if where is None and any(c.index for c in index.columns) and len(index.columns) == 1:
            continue  # made by index=True on its column
        names = ", ".join(repr(c.name) for c in index.columns)
        partial = f", sqlite_where=text({str(where)!r})" if where is not None else ""
        lines.append(f"    Index({index.name!r}, {names}{partial}),")
    for key, value in sorted(table.dialect_kwargs.items()):
        lines.append(f"    {key}={value!r},")
    lines.append(")")
    return "\n".join(lines)


def source() -> str:
    from sahel_desk.store import schema

    meta = schema.Base.metadata
    head = HEADER.format(
        fts_table=schema.FTS_TABLE,
        search_view=schema.SEARCH_VIEW,
        fts_columns=schema.FTS_COLUMNS,
        naming=dict(meta.naming_convention),
    )
    tables = [_table(t) for t in meta.sorted_tables]
    raw = head + "\n\n" + "\n\n".join(tables) + "\n"
    ruff = Path(sys.executable).with_name("ruff")  # the project's formatter, as committed
    return subprocess.run(
        [str(ruff), "format", "--stdin-filename", str(TARGET), "-"],
        input=raw,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


def main() -> int:
    TARGET.write_text(source(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
