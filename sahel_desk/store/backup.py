"""Consistent copies of the database file (SQLite's online backup API)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP = 5


def backup_file(db_path: Path, label: str, keep: int = KEEP) -> Path:
    """Copy ``db_path`` beside itself as ``<name>.<label>.<time>.bak``; keep the newest ``keep``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = db_path.with_name(f"{db_path.name}.{label}.{stamp}.bak")
    # as_uri() escapes '#' and '?' ("Dossier #2"), which a raw f-string URI would cut short.
    source = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    older = sorted(db_path.parent.glob(f"{db_path.name}.{label}.*.bak"))
    for stale in older[:-keep] if keep else []:
        stale.unlink(missing_ok=True)
    return target
