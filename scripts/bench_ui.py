"""Benchmark the incident window (issue 3's figures) on this machine.

    .venv/bin/python scripts/bench_ui.py [--incidents 100000] [--db PATH] [--json]

Builds a demo database of N incidents (unless --db is given), then measures in fresh
processes: process start to a painted window showing the first page; filter and sort
changes applied and repainted; saving one edited incident; resident memory with it open.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import build_db  # scripts/ is on the path of a script run directly

ROOT = Path(__file__).resolve().parents[1]
STARTS = 9  # this class of machine varies by 0.1 s from one start to the next

# A window whose tasks run inline, for timing filter and sort changes.
OPEN_WINDOW = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from sahel_desk.store import Store
from sahel_desk.ui.context import AppContext
from sahel_desk.ui.main_window import MainWindow
store = Store.open(sys.argv[1])
window = MainWindow(AppContext.create(store, synchronous=True))
window.show()
"""

# The start as `sahel-desk` runs it: cli.main pauses the garbage collector, app.start builds.
CHILD = r"""
import gc; gc.disable()
import os, sys, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from sahel_desk import app as sahel_app
app = QApplication(sys.argv[:1])
window = sahel_app.start(app, Path(sys.argv[1]))
gc.enable()
import resource
from PySide6.QtCore import QEventLoop
while window.incidents.model.rowCount() == 0:  # the first page arrives from a worker thread
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # idle, as app.exec()
window.incidents.table.viewport().repaint()
app.processEvents()
painted = time.time()
print(painted, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

MEASURE = (
    OPEN_WINDOW
    + r"""
import json, statistics, datetime as dt
from sahel_desk.domain.query import IncidentQuery
panel = window.incidents
app.processEvents()

def timed(query):
    start = time.perf_counter()
    panel.set_query(query)
    panel.table.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000

cases = {
    "sort by date (default)": IncidentQuery(),
    "sort by fatalities": IncidentQuery(sort=(("fatalities", True),)),
    "sort by location": IncidentQuery(sort=(("location", False),)),
    "sort by actor": IncidentQuery(sort=(("actor1", False),)),
    "filter region Mopti": IncidentQuery(admin1=frozenset({"Mopti"})),
    "filter event type Battles": IncidentQuery(event_types=frozenset({"Battles"})),
    "filter text 'menaka'": IncidentQuery(text="menaka"),
    "filter year 2023": IncidentQuery(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31)),
    "filter driver Climate change": IncidentQuery(tags=frozenset({"drv.env.climate"})),
}
out = {}
for name, query in cases.items():
    timed(IncidentQuery(text="warm-up-nothing"))
    out[name] = round(statistics.median(timed(query) for _ in range(5)), 1)
incident = store.incidents.get(panel.model.id_at(0))
saves = []
for n in range(20):
    start = time.perf_counter()
    incident = store.incidents.update(incident.with_changes(notes=f"bench edit {n}"))
    saves.append((time.perf_counter() - start) * 1000)
out["save one incident (median of 20)"] = round(statistics.median(saves), 1)
print(json.dumps(out))
"""
)


def run_child(code: str, db: Path, config: Path) -> str:
    # Settings of its own: a last filter left by the user must not change what is measured.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(config)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's second launch reads compiled modules
    result = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.strip().splitlines()[-1]


def _count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM incidents WHERE NOT deleted").fetchone()[0]
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sahel-bench-ui-") as tmp:
        db = args.db or Path(tmp) / "ui.sqlite"
        if args.db is None:
            build_db(db, args.incidents)
        config = Path(tmp) / "config"
        run_child(CHILD, db, config)  # once to warm the OS file cache, as a second launch would be
        starts, memory = [], []
        for _ in range(STARTS):
            began = time.time()
            painted, rss_kib = run_child(CHILD, db, config).split()
            starts.append((float(painted) - began) * 1000)
            memory.append(int(rss_kib) / 1024)
        figures = {
            "incidents": _count(db),
            f"start to painted first page ms (median of {STARTS})": round(
                statistics.median(starts)
            ),
            "resident memory MB with the window open": round(statistics.median(memory)),
            **json.loads(run_child(MEASURE, db, config)),
        }
    if not args.json:
        width = max(map(len, figures))
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
        print()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
