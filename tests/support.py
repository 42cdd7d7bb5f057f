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


def db_checksum(path: Any) -> str:
    """A digest of every row of every table, read through plain sqlite3: equal digests mean
    nothing was written (an import that refused a file must leave this unchanged)."""
    import hashlib

    digest = hashlib.sha256()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )]  # fmt: skip
        for table in tables:
            digest.update(table.encode())
            for text in sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"')):
                digest.update(text.encode())
    finally:
        conn.close()
    return digest.hexdigest()


def tick(chooser: Any, *keys: str, untick: tuple[str, ...] = ()) -> None:
    """Open a filter drop-down (places, tags), tick and untick boxes as a user does, close it."""
    from PySide6.QtCore import Qt, QTimer

    def inside() -> None:
        items = chooser.check_tree._items
        for key in keys:
            items[key].setCheckState(0, Qt.CheckState.Checked)
        for key in untick:
            items[key].setCheckState(0, Qt.CheckState.Unchecked)
        chooser.menu().hide()

    QTimer.singleShot(0, inside)
    chooser.showMenu()  # the drop-down's own event loop runs until inside() closes it


def region(name: str) -> str:
    from sahel_desk.ui.incidents.choosers import place_key

    return place_key("admin1", name)


def misspelt_types_csv(path: Any, *types: tuple[str, str]) -> Any:
    """A colleague's CSV of battles between JNIM and FAMa at Boni, one a day from 14 April
    2023, each with its (event type, sub-event type) as typed, misspellings and all."""
    lines = ["event_date,event_type,sub_event_type,actor1,actor2,inter2,admin1,location"]
    for day, (event_type, sub_type) in enumerate(types, 14):
        lines.append(f"2023-04-{day},{event_type},{sub_type},JNIM,FAMa,State forces,Mopti,Boni")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def misspell_event_type(path: Any, row: int) -> Any:
    """The CSV at ``path`` with the event type of its ``row``-th row (1 is the first after the
    header) misspelt, its last letter doubled: a type with one likely reading."""
    import csv

    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("event_type")
    rows[row][column] += rows[row][column][-1]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path
