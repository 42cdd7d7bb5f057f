"""Benchmark the trend charts (issue 5's figures) on this machine.

    .venv/bin/python scripts/bench_trends.py [--incidents 100000] [--db PATH] [--repeat 5]

Builds a demo database of N incidents (unless --db is given), then, for every period and
split, measures what a filter change costs: the counts and the series (the worker's part),
and replacing the chart's data until it is painted (the GUI thread's part), with a filter
(one region) and without; and the first chart after a write, which reads the columns the
charts count again. Medians of --repeat runs, in milliseconds. --db's database is edited
(one incident's notes): give it a copy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from _bench import build_db  # scripts/ is on the path of a script run directly

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(db: Path, repeat: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from sahel_desk.domain.periods import Split, Unit
    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.jobs import trends as job
    from sahel_desk.store import Store
    from sahel_desk.store.bench import median_ms
    from sahel_desk.ui.trends.chart import TrendChart

    chart = TrendChart()
    chart.resize(900, 600)
    chart.show()
    app.processEvents()
    figures: dict[str, object] = {}
    with Store.open(db) as store:
        figures["incidents"] = store.incidents.count()
        for label, query in (
            ("all", IncidentQuery()),
            ("Mopti", IncidentQuery(admin1=frozenset({"Mopti"}))),
        ):
            for unit in Unit:
                for split in Split:
                    request = job.ChartRequest(unit, split)
                    compute, table = median_ms(
                        lambda q=query, r=request: job.chart(store, q, r), repeat
                    )
                    names = [str(s.key) for s in table.series]
                    labels = [b.isoformat() for b in table.bins]

                    def draw(table=table, names=names, labels=labels) -> None:
                        chart.show_table(table, names, labels, True)
                        chart.repaint()  # paints now, as the event loop would next
                        app.processEvents()

                    drawn, _ = median_ms(draw, repeat)
                    figures[f"{label} {unit.value} {split.value}"] = {
                        "compute ms": round(compute, 1),
                        "draw ms": round(drawn, 1),
                        "total ms": round(compute + drawn, 1),
                        "bars": len(table.bins) * len(table.series),
                    }
        figures["after a write month driver"] = _after_a_write(store, job, repeat)
    return figures


def _after_a_write(store, job, repeat: int) -> dict[str, float]:
    """The first chart after a write: the cached columns are read again (store.memberships)."""
    import time

    from sahel_desk.domain.periods import Split, Unit
    from sahel_desk.domain.query import IncidentQuery

    first = store.incidents.get(store.incidents.ids(IncidentQuery())[0])
    times = []
    for k in range(repeat):
        edit = f"Benchmark edit {k} at {time.time_ns()}."  # a change, however often run
        first = store.incidents.update(first.with_changes(notes=edit))
        start = time.perf_counter()
        job.chart(store, IncidentQuery(), job.ChartRequest(Unit.MONTH, Split.DRIVER))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"compute ms": round(times[len(times) // 2], 1), "draw ms": 0.0,
            "total ms": round(times[len(times) // 2], 1), "bars": 0}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sahel-bench-trends-") as tmp:
        db = args.db or Path(tmp) / "trends.sqlite"
        if args.db is None:
            build_db(db, args.incidents)
        figures = measure(db, args.repeat)
    worst = max((v["total ms"], k) for k, v in figures.items() if isinstance(v, dict))
    for key, value in figures.items():
        print(f"{key:<28} {value}")
    print(f"\nslowest: {worst[1]} in {worst[0]} ms")
    print(json.dumps({"incidents": figures["incidents"], "slowest": worst}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
