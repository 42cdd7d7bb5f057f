"""``sahel-desk bench``: the store's figures at a given size, measured on this machine.

Builds N synthetic incidents into a fresh database and times: the bulk insert (validation,
tags, associated actors, sources and the full-text index included) against raw
``sqlite3.executemany`` of the same incident and tag rows alone, under the same conditions;
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
from sahel_desk.store import writer
from sahel_desk.store.facade import Store
from sahel_desk.store.rowmap import utcnow
from sahel_desk.synthetic.incidents import Generator
from sahel_desk.texttable import format_table


def _median_ms(action: Callable[[], object], repeat: int = 7) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def _raw_rates(db: Path, store: Store, incidents: list) -> tuple[float, float]:
    """Plain sqlite3 executemany of the same rows, nothing else (no checks, no search index).

    Returns (incident rows/s into the indexed table, incident+tag rows/s with the secondary
    indexes dropped as the store's big-load path does). Both run in a rolled-back transaction.
    """
    with store._session.write() as conn:
        reg = writer.Registry.load(conn)
        now = writer.timestamp(utcnow())
        rows, tags = [], []
        for n, incident in enumerate(incidents, start=1):
            rows.append(
                writer.row_tuple(incident, writer.resolve(conn, reg, incident), n, "bench", now)
            )
            tags.extend((n, tag_id) for tag_id in reg.tag_set(incident.tags))
    raw = sqlite3.connect(db, isolation_level=None)
    rates = []
    try:
        raw.execute("PRAGMA synchronous = NORMAL")
        for drop_indexes in (False, True):
            raw.execute("BEGIN IMMEDIATE")
            if drop_indexes:
                for (name,) in raw.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    "AND tbl_name IN ('incidents', 'incident_tags')"
                ).fetchall():
                    raw.execute(f'DROP INDEX "{name}"')
            start = time.perf_counter()
            raw.executemany(writer.SQL_INCIDENT, rows)
            if drop_indexes:
                raw.executemany(writer.SQL_TAG, tags)
            rates.append(len(rows) / (time.perf_counter() - start))
            raw.execute("ROLLBACK")
    finally:
        raw.close()
    return rates[0], rates[1]


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

        store = Store.open(path, author="bench")
        try:
            raw_indexed, raw_bulk = _raw_rates(path, store, incidents)
            start = time.perf_counter()
            store.incidents.add_many(incidents, validate=True)
            insert_s = time.perf_counter() - start
            rate = n / insert_s

            everything = IncidentQuery()
            page_ms, page = _median_ms(lambda: store.incidents.page(everything, n // 2, 200))
            ids_ms, _ = _median_ms(lambda: store.incidents.get_many(list(range(1, 201))))
            fts = IncidentQuery(text="Ménaka")
            fts_ms, hits = _median_ms(lambda: store.incidents.ids(fts))
            count_ms, _ = _median_ms(lambda: store.incidents.count(fts))
            grid_ms, grid = _median_ms(lambda: store.reports.counts(("month", "admin1")))
            size_mb = path.stat().st_size / 1e6
        finally:
            store.close()

    figures = {
        "incidents": n,
        "generate_s": round(generate_s, 2),
        "insert_s": round(insert_s, 2),
        "insert_rows_per_s": round(rate),
        "raw_indexed_incidents_per_s": round(raw_indexed),
        "raw_unindexed_incidents_with_tags_per_s": round(raw_bulk),
        "insert_vs_raw": round(rate / raw_bulk, 2),
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
