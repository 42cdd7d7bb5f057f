"""Benchmark the trend charts (issue 5's figures) on this machine.

    .venv/bin/python scripts/bench_trends.py [--incidents 100000] [--db PATH] [--repeat 5]

Builds a demo database of N incidents (unless --db is given), then, for every period and
split, measures what a filter change costs: the counts and the series (the worker's part),
and replacing the chart's data until it is painted (the GUI thread's part), with a filter
(one region) and without; and the first chart after a write, which reads the columns the
charts count: after opening (read whole), after this program's write (only the incidents it
touched read again) and after another program's (read whole). Medians of --repeat runs, in
milliseconds. --db's database is edited (one incident's notes): give it a copy.
--writes-only measures only the last three.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from _bench import build_db  # scripts/ is on the path of a script run directly

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(db: Path, repeat: int, writes_only: bool = False) -> dict[str, object]:
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
        figures["after opening month driver"] = _after_opening(db, job, repeat)
        for label, query in () if writes_only else (
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
        job.chart(store, IncidentQuery(), job.ChartRequest(Unit.MONTH, Split.DRIVER))
        figures["after a write month driver"] = _after_a_write(store, store, job, repeat)
        with Store.open(db, author="another program") as other:
            figures["after another's write month driver"] = _after_a_write(
                other, store, job, repeat
            )
    return figures


def _after_opening(db: Path, job, repeat: int) -> dict[str, float]:
    """The first chart of a window just opened: the columns are read whole."""
    from sahel_desk.domain.periods import Split, Unit
    from sahel_desk.domain.query import IncidentQuery
    from sahel_desk.store import Store

    times = []
    for _ in range(repeat):
        with Store.open(db) as store:
            start = time.perf_counter()
            job.chart(store, IncidentQuery(), job.ChartRequest(Unit.MONTH, Split.DRIVER))
            times.append((time.perf_counter() - start) * 1000)
    return _median(times)


def _after_a_write(writer, store, job, repeat: int) -> dict[str, float]:
    """The first chart after ``writer`` edited an incident: ``store``'s columns are patched
    when it wrote them itself, read whole otherwise (store.memberships)."""
    from sahel_desk.domain.periods import Split, Unit
    from sahel_desk.domain.query import IncidentQuery

    first = writer.incidents.get(writer.incidents.ids(IncidentQuery())[0])
    times = []
    for k in range(repeat):
        edit = f"Benchmark edit {k} at {time.time_ns()}."  # a change, however often run
        first = writer.incidents.update(first.with_changes(notes=edit))
        start = time.perf_counter()
        job.chart(store, IncidentQuery(), job.ChartRequest(Unit.MONTH, Split.DRIVER))
        times.append((time.perf_counter() - start) * 1000)
    return _median(times)


def _median(times: list[float]) -> dict[str, float]:
    middle = round(sorted(times)[len(times) // 2], 1)
    return {"compute ms": middle, "draw ms": 0.0, "total ms": middle, "bars": 0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--writes-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sahel-bench-trends-") as tmp:
        db = args.db or Path(tmp) / "trends.sqlite"
        if args.db is None:
            build_db(db, args.incidents)
        figures = measure(db, args.repeat, args.writes_only)
    worst = max((v["total ms"], k) for k, v in figures.items() if isinstance(v, dict))
    for key, value in figures.items():
        print(f"{key:<28} {value}")
    print(f"\nslowest: {worst[1]} in {worst[0]} ms")
    print(json.dumps({"incidents": figures["incidents"], "slowest": worst}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
