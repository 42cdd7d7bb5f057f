"""``sahel-desk bench``: the store's figures at a given size, measured on this machine.

Builds N synthetic incidents into a fresh database and times: the bulk insert (validation,
tags, associated actors, sources, the full-text index and the indexes included) against
plain ``sqlite3.executemany`` of the same rows doing the same work (see ``_raw_floor``);
one page of 200 rows; a full-text query; counts by month x admin1.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sahel_desk.domain.errors import SahelDeskError
from sahel_desk.domain.query import IncidentQuery
from sahel_desk.store import meta, search, writer
from sahel_desk.store.engine import ANALYSIS_LIMIT
from sahel_desk.store.facade import Store
from sahel_desk.store.rowmap import utcnow
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.texttable import format_table


def median_ms(action: Callable[[], object], repeat: int = 7) -> tuple[float, Any]:
    """The median of ``repeat`` timed calls, in ms, and the last call's result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def _staged(store: Store, incidents: list) -> writer.Batch:
    """The rows the store writes for ``incidents``, ready for executemany (not timed)."""
    batch = writer.Batch()
    with store._session.write() as conn:  # new actors are registered here, before the clock
        reg = writer.Registry.load(conn)
        now = writer.timestamp(utcnow())
        for n, incident in enumerate(incidents, start=1):
            r = writer.resolve(conn, reg, incident)
            batch.incidents.append(writer.row_tuple(incident, r, n, "bench", now))
            writer.stage(reg, batch, incident, r, n)
    return batch


def _raw_floor(db: Path, incidents: list) -> tuple[float, float]:
    """Plain sqlite3 writing the same rows into a fresh database of the same schema.

    Returns incidents/s for:
    - the same work as the store's bulk load, done as plainly as possible: the store's
      pragmas, secondary indexes dropped, one executemany per table, the search index filled
      in one statement, the indexes rebuilt, statistics, commit. Only Python is left out:
      no validation, no name resolution, no row building (the store's load does all three);
    - incident and tag rows alone into tables stripped of their indexes, never committed:
      the bare executemany rate, a database no query could use.
    """
    store = Store.open(db, author="bench")
    try:
        batch = _staged(store, incidents)
    finally:
        store.close()
    raw = sqlite3.connect(db, isolation_level=None)
    try:
        for pragma in ("foreign_keys = ON", "secure_delete = ON", "synchronous = NORMAL"):
            raw.execute(f"PRAGMA {pragma}")
        raw.execute(f"PRAGMA cache_size = -{writer.BULK_CACHE_KIB}")
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        indexes = raw.execute(writer.SQL_BULK_INDEXES).fetchall()
        for name, _ in indexes:
            raw.execute(f'DROP INDEX "{name}"')
        bare_start = time.perf_counter()
        raw.executemany(writer.SQL_INCIDENT, batch.incidents)
        raw.executemany(writer.SQL_TAG, batch.tags)
        bare_s = time.perf_counter() - bare_start
        raw.executemany(writer.SQL_ASSOC, batch.assoc)
        raw.executemany(writer.SQL_SOURCE, batch.sources)
        raw.execute(search.INDEX_RANGE_SQL, (1, len(incidents)))
        for _, sql in indexes:
            raw.execute(sql)
        raw.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        raw.execute("ANALYZE")
        raw.execute(  # as Session.write does: caches of the data must read it anew
            "UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = ?", (meta.GENERATION,)
        )
        raw.execute("COMMIT")
        same_s = time.perf_counter() - start
    finally:
        raw.close()
    return len(incidents) / same_s, len(incidents) / bare_s


def run(n: int, seed: int = 1, db: Path | None = None) -> dict[str, Any]:
    if n < 1:
        raise SahelDeskError("--incidents must be at least 1")
    with tempfile.TemporaryDirectory(prefix="sahel-bench-") as tmp:
        if db is not None and db.exists():
            raise SahelDeskError(f"{db} exists; the benchmark only writes a new database")
        path = db or Path(tmp) / "bench.sqlite"
        start = time.perf_counter()
        incidents = list(Generator(seed).incidents(n))
        generate_s = time.perf_counter() - start

        raw_same, raw_bare = _raw_floor(Path(tmp) / "floor.sqlite", incidents)
        store = Store.open(path, author="bench")
        try:
            start = time.perf_counter()
            store.incidents.add_many(incidents, validate=True)
            insert_s = time.perf_counter() - start
            rate = n / insert_s

            everything = IncidentQuery()
            page_ms, page = median_ms(lambda: store.incidents.page(everything, n // 2, 200))
            ids_ms, _ = median_ms(lambda: store.incidents.get_many(list(range(1, 201))))
            fts = IncidentQuery(text="Ménaka")
            fts_ms, hits = median_ms(lambda: store.incidents.ids(fts))
            count_ms, _ = median_ms(lambda: store.incidents.count(fts))
            grid_ms, grid = median_ms(lambda: store.reports.counts(("month", "admin1")))
            size_mb = path.stat().st_size / 1e6
        finally:
            store.close()

    figures = {
        "incidents": n,
        "generate_s": round(generate_s, 2),
        "insert_s": round(insert_s, 2),
        "insert_rows_per_s": round(rate),
        "raw_same_work_incidents_per_s": round(raw_same),
        "insert_vs_raw_same_work": round(rate / raw_same, 2),
        "raw_bare_incidents_and_tags_per_s": round(raw_bare),
        "insert_vs_raw_bare": round(rate / raw_bare, 2),
        "page_200_sorted_by_date_ms": round(page_ms, 1),
        "page_200_by_id_ms": round(ids_ms, 1),
        "fts_query_ms": round(fts_ms, 1),
        "fts_query_hits": len(hits),
        "fts_count_ms": round(count_ms, 1),
        "counts_month_x_admin1_ms": round(grid_ms, 1),
        "counts_month_x_admin1_cells": len(grid),
        "database_mb": round(size_mb, 1),
        "page_rows": len(page),
    }
    table = format_table(
        ["Measure", "Value"],
        [[k, v] for k, v in figures.items()],
    )
    return {**figures, "table": table}
